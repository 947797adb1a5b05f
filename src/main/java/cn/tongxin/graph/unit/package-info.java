/**
 * The district's member units (成员单位): departments, parks, enterprises, schools, hospitals, which share the
 * united-front duty with the towns.
 */
package cn.tongxin.graph.unit;
