/**
 * Planning pairings: the enterprises near an unpaired village, who could pair with it and why (the planning rules),
 * a town's worksheet, the enterprises that carry too many villages, and the planners' spreadsheets. It reads
 * coverage's unpaired villages; coverage knows nothing of it.
 */
package cn.tongxin.graph.planning;
