package cn.tongxin.graph.meeting;

import java.util.List;

import cn.tongxin.graph.ledger.Cell;
import cn.tongxin.graph.ledger.LedgerSheets;
import cn.tongxin.graph.ledger.Sheet;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import static cn.tongxin.graph.ledger.Column.required;

/**
 * The meetings ledger (会议), last in the load order: a meeting is known by its day and body. Meetings are the
 * district's, of no town: every user reads them, and only a user of the whole district imports them, which
 * {@code queries/meeting/ledger/meetings-rules.cypher} checks (a rule about the user, which the bulk first load, run
 * by no user, has no need of).
 */
@Component
@Order(1300)
public class MeetingLedgers implements LedgerSheets {

	public static final Sheet MEETINGS = Sheet.kind("meetings")
		.titled("会议")
		.cypherIn("meeting/ledger")
		.keyedBy("date", "body")
		.columns(required("date", Cell.date()), required("body", Cell.oneOf(MeetingBody.class)),
				required("topic", Cell.text()))
		.checkedInGraph()
		.events("Meeting");

	@Override
	public List<Sheet> sheets() {
		return List.of(MEETINGS);
	}

}
