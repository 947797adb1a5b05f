package cn.tongxin.graph.network;

/** How a leader kept in touch with a befriended representative. */
public enum ContactKind {

	/** 走访 */
	VISIT,
	/** 谈心谈话 */
	TALK,
	/** 座谈会议 */
	MEETING,
	/** 电话联系 */
	CALL,
	/** 活动 */
	EVENT

}
