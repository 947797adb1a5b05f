package cn.tongxin.graph.people;

/** Where a leader serves; town and village leaders belong to a town. */
public enum LeaderLevel {

	DISTRICT, TOWN, VILLAGE;

	public boolean belongsToATown() {
		return this != DISTRICT;
	}

}
