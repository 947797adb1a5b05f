package cn.tongxin.graph.people;

public enum LeaderRole {

	/** 区委常委 */
	STANDING_COMMITTEE,
	/** 党组成员 */
	PARTY_GROUP,
	/** 党委委员 */
	PARTY_COMMITTEE,
	/** 党支部委员 */
	BRANCH_COMMITTEE

}
