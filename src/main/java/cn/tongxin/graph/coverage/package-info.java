/** Read-only pairing coverage: figures for the district and each town, over time and in slices, and the villages still unpaired. */
package cn.tongxin.graph.coverage;
