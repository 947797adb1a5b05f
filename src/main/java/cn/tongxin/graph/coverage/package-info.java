/** Read-only pairing coverage: figures for the district and each town, and the villages still unpaired. */
package cn.tongxin.graph.coverage;
