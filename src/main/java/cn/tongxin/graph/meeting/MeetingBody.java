package cn.tongxin.graph.meeting;

/** Which body met. */
public enum MeetingBody {

	/** 区委常委会 */
	STANDING_COMMITTEE("区委常委会"),

	/** 区委统一战线工作领导小组会 */
	LEADING_GROUP("区委统一战线工作领导小组会");

	private final String label;

	MeetingBody(String label) {
		this.label = label;
	}

	/** The body's name in the district's report. */
	public String label() {
		return this.label;
	}

}
