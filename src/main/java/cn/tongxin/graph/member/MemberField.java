package cn.tongxin.graph.member;

/** What a member's history keeps: the values by which the ledger is counted. */
public enum MemberField {

	CATEGORY, TIER, TOWN, VILLAGE, UNIT, LEFT_ON

}
