/** Deleting records: soft deletes that keep history, and the administrator's purge. */
package cn.tongxin.graph.deletion;
