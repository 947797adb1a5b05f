/** The meetings of the district's leading bodies on united-front work, as the work report counts them. */
package cn.tongxin.graph.meeting;
