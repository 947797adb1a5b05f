package cn.tongxin.graph.meeting;

/** Which body met. */
public enum MeetingBody {

	/** 区委常委会 */
	STANDING_COMMITTEE,
	/** 区委统一战线工作领导小组会 */
	LEADING_GROUP

}
