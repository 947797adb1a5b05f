package cn.tongxin.graph.duty;

/** What a check found: done, partly done, not done. */
public enum DutyResult {

	DONE, PARTLY, NOT_DONE

}
