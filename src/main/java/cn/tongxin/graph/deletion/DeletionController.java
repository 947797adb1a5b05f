package cn.tongxin.graph.deletion;

import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** Administrators purge what was deleted; each feature maps its own delete mutation. */
@Controller
class DeletionController {

	private final Deletions deletions;

	DeletionController(Deletions deletions) {
		this.deletions = deletions;
	}

	record PurgePayload(int purged) {
	}

	@MutationMapping
	@PreAuthorize("hasRole('ADMIN')")
	PurgePayload purgeDeleted() {
		return new PurgePayload(this.deletions.purge());
	}

}
