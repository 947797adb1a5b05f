package cn.tongxin.graph.problem;

/**
 * Where a problem stands, which follows from its dates ({@code queries/problem/state-on.cypher}): received (not
 * assigned), assigned to a lead, resolved, closed (resolved, and the enterprise asked how satisfied it is).
 */
public enum ProblemState {

	RECEIVED, ASSIGNED, RESOLVED, CLOSED

}
