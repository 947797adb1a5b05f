package cn.tongxin.graph.member;

/** Who manages a member (分级管理): the district, a town, or a village or community. */
public enum MemberTier {

	DISTRICT("区管"), TOWN("镇管"), VILLAGE("村（社区）管");

	private final String label;

	MemberTier(String label) {
		this.label = label;
	}

	/** The name a clerk knows the tier by. */
	public String label() {
		return this.label;
	}

}
