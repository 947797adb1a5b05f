package cn.tongxin.graph.enterprise;

import cn.tongxin.graph.deletion.DeletePayload;
import cn.tongxin.graph.deletion.Deletions;
import cn.tongxin.graph.deletion.SoftDelete;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** Editors delete enterprises of their towns, keeping them as history until purged. */
@Controller
class EnterpriseDeletionController {

	private final Deletions deletions;

	private final SoftDelete enterprises;

	EnterpriseDeletionController(Deletions deletions) {
		this.deletions = deletions;
		this.enterprises = deletions.register(SoftDelete.of("enterprises", "企业", "creditCode",
				"enterprise/delete-enterprise", "enterprise/purge-deleted-enterprises"));
	}

	@MutationMapping
	@PreAuthorize("hasRole('EDITOR')")
	DeletePayload deleteEnterprise(@Argument String creditCode) {
		return this.deletions.delete(this.enterprises, creditCode);
	}

}
