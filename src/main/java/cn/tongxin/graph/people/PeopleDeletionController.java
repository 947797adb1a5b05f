package cn.tongxin.graph.people;

import cn.tongxin.graph.deletion.DeletePayload;
import cn.tongxin.graph.deletion.Deletions;
import cn.tongxin.graph.deletion.SoftDelete;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** Editors delete leaders and representatives of their towns, keeping them as history until purged. */
@Controller
class PeopleDeletionController {

	private final Deletions deletions;

	private final SoftDelete leaders;

	private final SoftDelete representatives;

	PeopleDeletionController(Deletions deletions) {
		this.deletions = deletions;
		this.leaders = deletions.register(SoftDelete.of("leaders", "领导", "id", "people/delete-leader",
				"people/purge-deleted-leaders"));
		this.representatives = deletions.register(SoftDelete.of("representatives", "代表人士", "id",
				"people/delete-representative", "people/purge-deleted-representatives"));
	}

	@MutationMapping
	@PreAuthorize("hasRole('EDITOR')")
	DeletePayload deleteLeader(@Argument String id) {
		return this.deletions.delete(this.leaders, id);
	}

	@MutationMapping
	@PreAuthorize("hasRole('EDITOR')")
	DeletePayload deleteRepresentative(@Argument String id) {
		return this.deletions.delete(this.representatives, id);
	}

}
