package cn.tongxin.graph.duty;

/** Whether a duty is one every holder has (共性) or this holder's own (个性). */
public enum DutyKind {

	COMMON, SPECIFIC

}
