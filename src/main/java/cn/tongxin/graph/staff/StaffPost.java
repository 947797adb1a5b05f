package cn.tongxin.graph.staff;

/** What a member of staff is posted as. */
public enum StaffPost {

	/** 镇统战委员: one in every town. */
	TOWN_COMMISSIONER,

	/** 村（社区）统战联络员: one in every village and community. */
	VILLAGE_LIAISON,

	/** 示范点、实践站专兼职工作人员. */
	SITE_STAFF

}
