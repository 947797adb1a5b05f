package cn.tongxin.graph.coverage;

/** The orders a planner works down unpaired villages in. */
public enum UnpairedOrder {

	/** By village code. */
	CODE,
	/** The most households first; unknown last. */
	HOUSEHOLDS_DESC,
	/** The one nearest to an enterprise first; no location last. */
	DISTANCE

}
