package cn.tongxin.graph.duty;

/** Who holds a duty list: a town or a member unit. */
public enum DutyHolderKind {

	TOWN, UNIT

}
