package cn.tongxin.graph.member;

/** What a member's history keeps: the values by which the ledger is counted. */
public enum MemberField {

	CATEGORY("类别"), TIER("分级"), TOWN("镇（街道）"), VILLAGE("村（社区）"), UNIT("成员单位"), LEFT_ON("退出");

	private final String label;

	MemberField(String label) {
		this.label = label;
	}

	/** The name a clerk knows the field by, as the member's card shows their history. */
	public String label() {
		return this.label;
	}

}
