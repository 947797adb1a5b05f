package cn.tongxin.graph.search;

/**
 * What a search finds and what a network draws: the schema's NodeKind, with their names in Chinese. Members, staff
 * and problems are drawn in networks only (around a site, a representative's enterprise); search does not find them.
 */
public enum NodeKind {

	LEADER("领导干部"), REPRESENTATIVE("党外代表人士"), ENTERPRISE("企业"), VILLAGE("村（社区）"), TOWN("镇（街道）"),
	SITE("阵地"), MEMBER("统战成员"), STAFF("工作人员"), PROBLEM("企业问题");

	private final String label;

	NodeKind(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
