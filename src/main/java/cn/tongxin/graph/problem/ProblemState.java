package cn.tongxin.graph.problem;

/**
 * Where a problem stands, which follows from its dates ({@code queries/problem/state-on.cypher}): received (not
 * assigned), assigned to a lead, resolved, closed (resolved, and the enterprise asked how satisfied it is).
 */
public enum ProblemState {

	/** 已受理 */
	RECEIVED("已受理"),

	/** 已交办 */
	ASSIGNED("已交办"),

	/** 已解决 */
	RESOLVED("已解决"),

	/** 已办结 */
	CLOSED("已办结");

	private final String label;

	ProblemState(String label) {
		this.label = label;
	}

	/** The state's name, as the workbench writes it. */
	public String label() {
		return this.label;
	}

}
