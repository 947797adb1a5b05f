/** Towns and their villages and communities. */
package cn.tongxin.graph.place;
