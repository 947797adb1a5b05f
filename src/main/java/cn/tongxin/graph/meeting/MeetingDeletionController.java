package cn.tongxin.graph.meeting;

import java.time.LocalDate;
import java.util.Map;

import cn.tongxin.graph.deletion.DeletePayload;
import cn.tongxin.graph.deletion.Deletions;
import cn.tongxin.graph.deletion.SoftDelete;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** Users of the whole district delete meetings, keeping them as history until purged. */
@Controller
class MeetingDeletionController {

	private final Deletions deletions;

	private final SoftDelete meetings;

	MeetingDeletionController(Deletions deletions) {
		this.deletions = deletions;
		this.meetings = deletions.register(SoftDelete.of("meetings", "会议", "date", "meeting/delete-meeting",
				"meeting/purge-deleted-meetings"));
	}

	/** A meeting is named by its day and its body. */
	@MutationMapping
	@PreAuthorize("hasRole('EDITOR')")
	DeletePayload deleteMeeting(@Argument LocalDate date, @Argument MeetingBody body) {
		return this.deletions.delete(this.meetings, date.toString(), Map.of("body", body.name()),
				"没有 " + date + " 的" + body.label() + "，或会议只能由负责全区的用户删除");
	}

}
