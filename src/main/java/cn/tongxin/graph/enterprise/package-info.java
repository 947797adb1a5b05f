/** Enterprises, identified by their unified social credit code. */
package cn.tongxin.graph.enterprise;
