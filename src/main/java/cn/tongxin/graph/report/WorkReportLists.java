package cn.tongxin.graph.report;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import cn.tongxin.graph.duty.DutyHolderKind;
import cn.tongxin.graph.meeting.MeetingBody;
import cn.tongxin.graph.problem.ProblemCategory;
import cn.tongxin.graph.site.SiteKind;
import cn.tongxin.graph.site.SiteLevel;
import cn.tongxin.graph.system.GraphValues;
import org.neo4j.driver.Value;

/**
 * The records behind the work report's flows and sites, counted by the report's own rules, for its spreadsheet:
 * each list at most {@link #LARGEST} rows, with how many there are in all. A district has at most a few hundred of
 * each in a period. Names, dates and codes only: no personal data.
 */
record WorkReportLists(ReportList<ReportSite> sites, ReportList<ReportProblem> problems,
		ReportList<ReportMeeting> meetings, ReportList<ReportDutyHolder> dutyHolders) {

	/** The most rows one list holds: far more than a district's period has, small enough for one download. */
	static final int LARGEST = 2000;

	/** A list's rows, at most {@link #LARGEST}, and how many there are in all. */
	record ReportList<T>(int total, List<T> rows) {

		boolean cut() {
			return this.total > this.rows.size();
		}

		static <T> ReportList<T> from(Value list, Function<Value, T> read) {
			return new ReportList<>(list.get("total").asInt(), list.get("rows").asList(read));
		}

	}

	/** A site counted in sitesByKind. */
	record ReportSite(String id, String name, SiteKind kind, SiteLevel level, String town, String village,
			LocalDate establishedOn) {

		static ReportSite from(Value site) {
			return new ReportSite(site.get("id").asString(), site.get("name").asString(),
					SiteKind.valueOf(site.get("kind").asString()), SiteLevel.valueOf(site.get("level").asString()),
					GraphValues.text(site.get("town")), GraphValues.text(site.get("village")),
					GraphValues.date(site.get("establishedOn")));
		}

	}

	/** A problem raised or resolved within the period. */
	record ReportProblem(String id, String enterprise, String town, LocalDate raisedOn, ProblemCategory category,
			String title, String lead, LocalDate assignedOn, LocalDate dueOn, LocalDate resolvedOn) {

		static ReportProblem from(Value problem) {
			return new ReportProblem(problem.get("id").asString(), GraphValues.text(problem.get("enterprise")),
					GraphValues.text(problem.get("town")), GraphValues.date(problem.get("raisedOn")),
					ProblemCategory.valueOf(problem.get("category").asString()), problem.get("title").asString(),
					GraphValues.text(problem.get("lead")), GraphValues.date(problem.get("assignedOn")),
					GraphValues.date(problem.get("dueOn")), GraphValues.date(problem.get("resolvedOn")));
		}

	}

	/** A meeting within the period. */
	record ReportMeeting(LocalDate date, MeetingBody body, String topic) {

		static ReportMeeting from(Value meeting) {
			return new ReportMeeting(meeting.get("date").asLocalDate(), MeetingBody.valueOf(meeting.get("body").asString()),
					meeting.get("topic").asString());
		}

	}

	/** A town or unit with a duty list in to's year, scored as dutyRanking scores it. */
	record ReportDutyHolder(DutyHolderKind kind, String code, String name, String town, int items, int weight,
			int score, int reminders, int rectifications) {

		/** score ÷ weight, 0 when the items weigh nothing. */
		double rate() {
			return (this.weight == 0) ? 0 : (double) this.score / this.weight;
		}

		static ReportDutyHolder from(Value holder) {
			return new ReportDutyHolder(DutyHolderKind.valueOf(holder.get("kind").asString()),
					holder.get("code").asString(), holder.get("name").asString(), GraphValues.text(holder.get("town")),
					holder.get("items").asInt(), holder.get("weight").asInt(), holder.get("score").asInt(0),
					holder.get("reminders").asInt(), holder.get("rectifications").asInt());
		}

	}

}
