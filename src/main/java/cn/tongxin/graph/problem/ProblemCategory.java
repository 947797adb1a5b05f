package cn.tongxin.graph.problem;

/** What an enterprise's problem is about. */
public enum ProblemCategory {

	/** 政策 */
	POLICY("政策"),

	/** 融资 */
	FINANCING("融资"),

	/** 用地 */
	LAND("用地"),

	/** 用工 */
	LABOUR("用工"),

	/** 审批 */
	PERMITS("审批"),

	/** 欠款 */
	ARREARS("欠款"),

	/** 纠纷 */
	DISPUTE("纠纷"),

	/** 基础设施 */
	INFRASTRUCTURE("基础设施"),

	/** 其他 */
	OTHER("其他");

	private final String label;

	ProblemCategory(String label) {
		this.label = label;
	}

	/** The category's name, as the workbench and the report's spreadsheet write it. */
	public String label() {
		return this.label;
	}

}
