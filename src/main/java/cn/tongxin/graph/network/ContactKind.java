package cn.tongxin.graph.network;

/** How a leader kept in touch with a befriended representative, with its name in Chinese. */
public enum ContactKind {

	VISIT("走访"), TALK("谈心谈话"), MEETING("座谈会议"), CALL("电话联系"), EVENT("活动");

	private final String label;

	ContactKind(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
