package cn.tongxin.graph.meeting;

import java.time.LocalDate;

import cn.tongxin.graph.system.Connection;
import cn.tongxin.graph.system.Cursor;
import cn.tongxin.graph.system.InvalidArgument;
import cn.tongxin.graph.system.Page;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The meetings over GraphQL, a period's, paged. */
@Controller
class MeetingController {

	private static final int DEFAULT_PAGE = 20;

	private static final int LARGEST_PAGE = 200;

	private final Meetings meetings;

	MeetingController(Meetings meetings) {
		this.meetings = meetings;
	}

	@QueryMapping
	Connection<Meeting> meetings(@Argument LocalDate from, @Argument LocalDate to, @Argument MeetingBody body,
			@Argument Integer first, @Argument String after) {
		int size = Connection.size(first, DEFAULT_PAGE, LARGEST_PAGE);
		if (from != null && to != null && from.isAfter(to)) {
			throw new InvalidArgument("from " + from + "：不能晚于 to " + to);
		}
		String[] position = Cursor.partsOf(after, "\\d{4}-\\d{2}-\\d{2}", "[A-Z_]+");
		if (position != null) {
			Cursor.date(position[0], after);
		}
		Page<Meeting> page = this.meetings.page(from, to, body, position, size + 1);
		return Connection.of(page.totalCount(), page.fetched(), size, after, Meeting::position);
	}

}
