package cn.tongxin.graph.duty;

/** Who holds a duty list: a town or a member unit. */
public enum DutyHolderKind {

	/** 镇（街道） */
	TOWN("镇（街道）"),

	/** 成员单位 */
	UNIT("成员单位");

	private final String label;

	DutyHolderKind(String label) {
		this.label = label;
	}

	/** The kind's name, as the workbench and the report's spreadsheet write it. */
	public String label() {
		return this.label;
	}

}
