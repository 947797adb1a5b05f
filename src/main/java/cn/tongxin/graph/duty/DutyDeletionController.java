package cn.tongxin.graph.duty;

import cn.tongxin.graph.deletion.DeletePayload;
import cn.tongxin.graph.deletion.Deletions;
import cn.tongxin.graph.deletion.SoftDelete;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** Editors delete duties of the holders they answer for, keeping them with their checks as history until purged. */
@Controller
class DutyDeletionController {

	private final Deletions deletions;

	private final SoftDelete duties;

	DutyDeletionController(Deletions deletions) {
		this.deletions = deletions;
		this.duties = deletions.register(SoftDelete.of("duties", "职责", "id",
				"duty/delete-duty", "duty/purge-deleted-duties"));
	}

	@MutationMapping
	@PreAuthorize("hasRole('EDITOR')")
	DeletePayload deleteDuty(@Argument String id) {
		return this.deletions.delete(this.duties, id);
	}

}
