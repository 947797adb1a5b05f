package cn.tongxin.graph.site;

/** What a site is. */
public enum SiteKind {

	/** 书记统战示范点. */
	SECRETARY_DEMONSTRATION_POINT("书记统战示范点"),

	/** 新的社会阶层人士统战工作实践创新基地. */
	NEW_STRATA_INNOVATION_BASE("新的社会阶层人士统战工作实践创新基地"),

	/** “助力秦创园”示范项目基地. */
	QINCHUANGYUAN_BASE("“助力秦创园”示范项目基地"),

	/** “村企互联共建”实验项目. */
	VILLAGE_ENTERPRISE_PILOT("“村企互联共建”实验项目"),

	/** 宗教中国化示范场所. */
	RELIGIOUS_DEMONSTRATION_SITE("宗教中国化示范场所"),

	/** 同心实践中心. */
	PRACTICE_CENTRE("同心实践中心"),

	/** 同心实践站. */
	PRACTICE_STATION("同心实践站"),

	/** 特色阵地：同心荟、亲清会客室、同心工作室…… */
	BRAND_ROOM("特色阵地");

	private final String label;

	SiteKind(String label) {
		this.label = label;
	}

	/** The kind's name in the district's report. */
	public String label() {
		return this.label;
	}

}
