package cn.tongxin.graph.people;

/** A leader's role, with its name in Chinese. */
public enum LeaderRole {

	STANDING_COMMITTEE("区委常委"), PARTY_GROUP("党组成员"), PARTY_COMMITTEE("党委委员"), BRANCH_COMMITTEE("党支部委员");

	private final String label;

	LeaderRole(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
