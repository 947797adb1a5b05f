/**
 * The united-front sites (阵地): demonstration points, bases, pilots, practice centres and stations, brand rooms;
 * their 六有 standards, their staff, and the activities held there with the members who took part.
 */
package cn.tongxin.graph.site;
