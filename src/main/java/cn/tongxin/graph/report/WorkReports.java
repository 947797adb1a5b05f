package cn.tongxin.graph.report;

import java.time.LocalDate;
import java.util.HashMap;

import cn.tongxin.graph.place.Places;
import cn.tongxin.graph.system.CypherFile;
import cn.tongxin.graph.system.GraphReader;
import cn.tongxin.graph.system.InvalidArgument;
import cn.tongxin.graph.system.Today;
import cn.tongxin.graph.system.TownScope;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The work report, for the API and its spreadsheet alike: one round trip for all its figures. */
@Component
@Transactional(readOnly = true)
class WorkReports {

	private static final String WORK_REPORT = CypherFile.load("report/work-report");

	private static final String WORK_REPORT_OF_TOWNS = CypherFile.load("report/work-report-of-towns");

	private final GraphReader graph;

	private final Places places;

	private final Today today;

	private final TownScope scope;

	WorkReports(GraphReader graph, Places places, Today today, TownScope scope) {
		this.graph = graph;
		this.places = places;
		this.today = today;
		this.scope = scope;
	}

	/**
	 * Stocks on {@code to} (today when not given), for the period from {@code from} (1 January of {@code to}'s year
	 * when not given); with {@code townCode}, that town's share.
	 * @throws InvalidArgument for a period that ends before it begins or a town that is not the user's
	 */
	WorkReport report(LocalDate from, LocalDate to, String townCode) {
		LocalDate last = (to != null) ? to : this.today.date();
		LocalDate first = (from != null) ? from : last.withDayOfYear(1);
		if (first.isAfter(last)) {
			throw new InvalidArgument("from " + first + "：不能晚于 to " + last);
		}
		var parameters = new HashMap<String, Object>();
		parameters.put("from", first);
		parameters.put("to", last);
		String town = this.places.knownTownOrDistrict(townCode);
		parameters.put("townCode", town);
		// a town's share starts from the town; only the whole district reads every member
		String statement = (town == null && this.scope.userTowns() == null) ? WORK_REPORT : WORK_REPORT_OF_TOWNS;
		return this.graph.all(statement, parameters, "report", report -> WorkReport.from(first, last, report)).get(0);
	}

}
