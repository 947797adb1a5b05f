package cn.tongxin.graph.duty;

/**
 * What a check decided: nothing, a reminder by letter (发函提醒), a public rectification (通报整改) or a commendation
 * (表彰). A reminder or rectification is outstanding while it is the duty's latest check's action.
 */
public enum DutyAction {

	NONE, REMINDER, RECTIFICATION, COMMENDATION

}
