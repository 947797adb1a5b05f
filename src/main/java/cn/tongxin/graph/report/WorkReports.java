package cn.tongxin.graph.report;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import cn.tongxin.graph.place.Places;
import cn.tongxin.graph.report.WorkReportLists.ReportDutyHolder;
import cn.tongxin.graph.report.WorkReportLists.ReportList;
import cn.tongxin.graph.report.WorkReportLists.ReportMeeting;
import cn.tongxin.graph.report.WorkReportLists.ReportProblem;
import cn.tongxin.graph.report.WorkReportLists.ReportSite;
import cn.tongxin.graph.system.CypherFile;
import cn.tongxin.graph.system.GraphReader;
import cn.tongxin.graph.system.InvalidArgument;
import cn.tongxin.graph.system.Today;
import cn.tongxin.graph.system.TownScope;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The work report, for the API and its spreadsheet alike: one round trip for all its figures. */
@Component
@Transactional(readOnly = true)
class WorkReports {

	private static final String WORK_REPORT = CypherFile.load("report/work-report");

	private static final String WORK_REPORT_OF_TOWNS = CypherFile.load("report/work-report-of-towns");

	private static final String SITES = CypherFile.load("report/report-sites");

	private static final String PROBLEMS = CypherFile.load("report/report-problems");

	private static final String MEETINGS = CypherFile.load("report/report-meetings");

	private static final String DUTY_HOLDERS = CypherFile.load("report/report-duty-holders");

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

	/**
	 * The records behind a report's sites, problems, meetings and duty holders, by the rules its figures count them
	 * (one statement each), at most {@link WorkReportLists#LARGEST} of each.
	 */
	WorkReportLists lists(WorkReport report, String townCode) {
		var parameters = new HashMap<String, Object>();
		parameters.put("from", report.from());
		parameters.put("to", report.to());
		parameters.put("townCode", this.places.knownTownOrDistrict(townCode));
		parameters.put("fetch", WorkReportLists.LARGEST);
		return new WorkReportLists(list(SITES, parameters, ReportSite::from),
				list(PROBLEMS, parameters, ReportProblem::from), list(MEETINGS, parameters, ReportMeeting::from),
				list(DUTY_HOLDERS, parameters, ReportDutyHolder::from));
	}

	private <T> ReportList<T> list(String cypher, Map<String, Object> parameters, Function<Value, T> read) {
		return this.graph.all(cypher, parameters, "list", list -> ReportList.from(list, read)).get(0);
	}

}
