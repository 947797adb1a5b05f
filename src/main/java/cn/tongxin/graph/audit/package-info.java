/** The audit trail: an append-only record of who changed what, and when, written with each change. */
package cn.tongxin.graph.audit;
