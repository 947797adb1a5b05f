package cn.tongxin.graph.site;

/** The six standards a site is built to (六有). */
public enum Standard {

	/** 有场所. */
	PLACE,

	/** 有设施. */
	FACILITIES,

	/** 有制度. */
	RULES,

	/** 有资料. */
	MATERIALS,

	/** 有活动. */
	ACTIVITIES,

	/** 有记录. */
	RECORDS

}
