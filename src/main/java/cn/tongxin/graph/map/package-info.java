/**
 * The planner's map (结对地图): what lies in a box of the map, the villages (or their clusters), the enterprises,
 * today's pairings and the sites, in one answer bounded whatever the box; and the villages shown, as a spreadsheet.
 * It reads place; no feature knows of it.
 */
package cn.tongxin.graph.map;
