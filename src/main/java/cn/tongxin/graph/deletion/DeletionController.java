package cn.tongxin.graph.deletion;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.tongxin.graph.deletion.Deletions.Deletable;
import cn.tongxin.graph.meeting.MeetingBody;
import cn.tongxin.graph.system.Problem;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** Editors delete records of their towns, keeping history; administrators purge what was deleted. */
@Controller
class DeletionController {

	private final Deletions deletions;

	DeletionController(Deletions deletions) {
		this.deletions = deletions;
	}

	record DeletePayload(boolean deleted, List<Problem> problems) {
	}

	record PurgePayload(int purged) {
	}

	@MutationMapping
	@PreAuthorize("hasRole('EDITOR')")
	DeletePayload deleteVillage(@Argument String code) {
		return delete(Deletable.VILLAGE, code);
	}

	@MutationMapping
	@PreAuthorize("hasRole('EDITOR')")
	DeletePayload deleteEnterprise(@Argument String creditCode) {
		return delete(Deletable.ENTERPRISE, creditCode);
	}

	@MutationMapping
	@PreAuthorize("hasRole('EDITOR')")
	DeletePayload deleteLeader(@Argument String id) {
		return delete(Deletable.LEADER, id);
	}

	@MutationMapping
	@PreAuthorize("hasRole('EDITOR')")
	DeletePayload deleteRepresentative(@Argument String id) {
		return delete(Deletable.REPRESENTATIVE, id);
	}

	@MutationMapping
	@PreAuthorize("hasRole('EDITOR')")
	DeletePayload deleteSite(@Argument String id) {
		return delete(Deletable.SITE, id);
	}

	@MutationMapping
	@PreAuthorize("hasRole('EDITOR')")
	DeletePayload deleteProblem(@Argument String id) {
		return delete(Deletable.PROBLEM, id);
	}

	@MutationMapping
	@PreAuthorize("hasRole('EDITOR')")
	DeletePayload deleteDuty(@Argument String id) {
		return delete(Deletable.DUTY, id);
	}

	@MutationMapping
	@PreAuthorize("hasRole('EDITOR')")
	DeletePayload deleteMeeting(@Argument LocalDate date, @Argument MeetingBody body) {
		return delete(Deletable.MEETING, date.toString(), Map.of("body", body.name()),
				"没有 " + date + " 的" + body.label() + "，或会议只能由负责全区的用户删除");
	}

	@MutationMapping
	@PreAuthorize("hasRole('ADMIN')")
	PurgePayload purgeDeleted() {
		return new PurgePayload(this.deletions.purge());
	}

	private DeletePayload delete(Deletable what, String key) {
		return delete(what, key, Map.of(), "没有这个" + what.noun + "「" + key + "」，或它不在您负责的镇");
	}

	/** Deletes the record {@code key} (and {@code rest}) names, or says why not in {@code refusal}. */
	private DeletePayload delete(Deletable what, String key, Map<String, Object> rest, String refusal) {
		if (this.deletions.delete(what, key, rest)) {
			return new DeletePayload(true, List.of());
		}
		return new DeletePayload(false, List.of(new Problem(what.argument, refusal)));
	}

}
