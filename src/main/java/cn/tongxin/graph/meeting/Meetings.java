package cn.tongxin.graph.meeting;

import java.time.LocalDate;
import java.util.HashMap;

import cn.tongxin.graph.system.CypherFile;
import cn.tongxin.graph.system.GraphReader;
import cn.tongxin.graph.system.Page;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The meetings as the API reads them. */
@Component
@Transactional(readOnly = true)
public class Meetings {

	private static final String MEETINGS_PAGE = CypherFile.load("meeting/meetings-page");

	private final GraphReader graph;

	Meetings(GraphReader graph) {
		this.graph = graph;
	}

	/** A page of the period's meetings, fetched {@code fetch} long, after the position {@code after} (day, body). */
	Page<Meeting> page(LocalDate from, LocalDate to, MeetingBody body, String[] after, int fetch) {
		var given = new HashMap<String, Object>();
		given.put("from", from);
		given.put("to", to);
		given.put("body", (body != null) ? body.name() : null);
		given.put("afterDate", (after != null) ? LocalDate.parse(after[0]) : null);
		given.put("afterBody", (after != null) ? after[1] : null);
		var parameters = new HashMap<String, Object>();
		parameters.put("filter", given);
		parameters.put("fetch", fetch);
		return this.graph.all(MEETINGS_PAGE, parameters, "meetings", page -> Page.from(page, Meeting::from)).get(0);
	}

}
