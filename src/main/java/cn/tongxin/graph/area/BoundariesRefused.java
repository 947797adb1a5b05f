package cn.tongxin.graph.area;

import java.util.List;
import java.util.stream.Collectors;

/** A boundaries file refused as a whole: nothing of it is stored, and what was stored stays. */
class BoundariesRefused extends RuntimeException {

	/** Problems spelt out in the message; all of them are in {@link #problems()}. */
	private static final int IN_THE_MESSAGE = 10;

	private final transient List<BoundaryProblem> problems;

	BoundariesRefused(List<BoundaryProblem> problems) {
		super(message(problems), null, false, false);
		this.problems = List.copyOf(problems);
	}

	/** A file refused before any feature could be read: not GeoJSON, or not a FeatureCollection. */
	BoundariesRefused(String why) {
		super(why + "，没有导入任何边界", null, false, false);
		this.problems = List.of();
	}

	List<BoundaryProblem> problems() {
		return this.problems;
	}

	private static String message(List<BoundaryProblem> problems) {
		String some = problems.stream().limit(IN_THE_MESSAGE).map(BoundaryFile::describe).collect(Collectors.joining("；"));
		String more = (problems.size() > IN_THE_MESSAGE) ? "；……共 " + problems.size() + " 处问题" : "";
		return "边界文件有 " + problems.size() + " 处问题，没有导入任何边界：" + some + more;
	}

}
