package cn.tongxin.graph.problem;

/** Which problems the board lists: by state, overdue today or not, enterprise, lead and town. */
public record ProblemFilter(ProblemState state, Boolean overdue, String creditCode, String leadCode,
		String townCode) {

	static final ProblemFilter NONE = new ProblemFilter(null, null, null, null, null);

}
