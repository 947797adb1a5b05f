package cn.tongxin.graph.pairing;

/** Where a co-construction project stands. */
public enum ProjectStatus {

	/** 计划中 */
	PLANNED("计划中"),

	/** 进行中 */
	IN_PROGRESS("进行中"),

	/** 已完成 */
	COMPLETED("已完成");

	private final String label;

	ProjectStatus(String label) {
		this.label = label;
	}

	/** The status's name, as the coverage page's table heads and the workbench write it. */
	public String label() {
		return this.label;
	}

}
