/**
 * Town areas for the map: the boundaries an administrator uploads as GeoJSON (checked with JTS, kept on the town,
 * carried by the backup), and where none was uploaded an approximate (示意) area drawn from the villages' points.
 */
package cn.tongxin.graph.area;
