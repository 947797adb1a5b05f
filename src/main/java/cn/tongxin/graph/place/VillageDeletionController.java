package cn.tongxin.graph.place;

import cn.tongxin.graph.deletion.DeletePayload;
import cn.tongxin.graph.deletion.Deletions;
import cn.tongxin.graph.deletion.SoftDelete;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** Editors delete villages of their towns, keeping them as history until purged. */
@Controller
class VillageDeletionController {

	private final Deletions deletions;

	private final SoftDelete villages;

	VillageDeletionController(Deletions deletions) {
		this.deletions = deletions;
		this.villages = deletions.register(SoftDelete.of("villages", "村（社区）", "code",
				"place/delete-village", "place/purge-deleted-villages"));
	}

	@MutationMapping
	@PreAuthorize("hasRole('EDITOR')")
	DeletePayload deleteVillage(@Argument String code) {
		return this.deletions.delete(this.villages, code);
	}

}
