package cn.tongxin.graph.site;

import cn.tongxin.graph.deletion.DeletePayload;
import cn.tongxin.graph.deletion.Deletions;
import cn.tongxin.graph.deletion.SoftDelete;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** Editors delete sites of their towns, keeping them with their activities as history until purged. */
@Controller
class SiteDeletionController {

	private final Deletions deletions;

	private final SoftDelete sites;

	SiteDeletionController(Deletions deletions) {
		this.deletions = deletions;
		this.sites = deletions.register(SoftDelete.of("sites", "阵地", "id",
				"site/delete-site", "site/purge-deleted-sites"));
	}

	@MutationMapping
	@PreAuthorize("hasRole('EDITOR')")
	DeletePayload deleteSite(@Argument String id) {
		return this.deletions.delete(this.sites, id);
	}

}
