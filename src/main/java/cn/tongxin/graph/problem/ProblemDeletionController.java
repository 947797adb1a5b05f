package cn.tongxin.graph.problem;

import cn.tongxin.graph.deletion.DeletePayload;
import cn.tongxin.graph.deletion.Deletions;
import cn.tongxin.graph.deletion.SoftDelete;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** Editors delete problems of their towns' enterprises, keeping them as history until purged. */
@Controller
class ProblemDeletionController {

	private final Deletions deletions;

	private final SoftDelete problems;

	ProblemDeletionController(Deletions deletions) {
		this.deletions = deletions;
		this.problems = deletions.register(SoftDelete.of("problems", "企业问题", "id",
				"problem/delete-problem", "problem/purge-deleted-problems"));
	}

	@MutationMapping
	@PreAuthorize("hasRole('EDITOR')")
	DeletePayload deleteProblem(@Argument String id) {
		return this.deletions.delete(this.problems, id);
	}

}
