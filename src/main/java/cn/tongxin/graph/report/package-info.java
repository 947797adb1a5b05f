/** The district's work report (工作报告), its figures drawn from the graph for any period and any town. */
package cn.tongxin.graph.report;
