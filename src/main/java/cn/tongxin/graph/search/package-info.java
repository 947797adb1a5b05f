/** Finding people, enterprises, villages and towns by name, id or code, as the user types. */
package cn.tongxin.graph.search;
