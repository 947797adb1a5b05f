package cn.tongxin.graph.problem;

/** What an enterprise's problem is about. */
public enum ProblemCategory {

	POLICY, FINANCING, LAND, LABOUR, PERMITS, ARREARS, DISPUTE, INFRASTRUCTURE, OTHER

}
