package cn.tongxin.graph.network;

/**
 * The ties a network follows: the schema's EdgeType, with their names in Chinese. The first five are relationship
 * types of the graph; TOOK_PART and STAFFS are a site's ties, derived by the walk from the activities held there and
 * from the staff who name it.
 */
public enum EdgeType {

	BEFRIENDS("结对交友"), RUNS("经营"), PAIRED_WITH("村企结对"), IN_TOWN("属地"), TOOK_PART("参加活动"),
	STAFFS("阵地工作人员"), CONCERNS("涉及企业");

	private final String label;

	EdgeType(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
