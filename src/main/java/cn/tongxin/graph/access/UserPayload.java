package cn.tongxin.graph.access;

import java.util.List;

import cn.tongxin.graph.system.Problem;

/** The user as changed, or the problems that stopped the change (then nothing was written). */
record UserPayload(UserAccount user, List<Problem> problems) {

	static UserPayload of(UserAccount user) {
		return new UserPayload(user, List.of());
	}

	static UserPayload refused(List<Problem> problems) {
		return new UserPayload(null, problems);
	}

}
