package cn.tongxin.graph.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import cn.tongxin.graph.audit.AuditTrail;
import cn.tongxin.graph.report.WorkReport.MembersOfCategory;
import cn.tongxin.graph.report.WorkReport.MembersOfTier;
import cn.tongxin.graph.report.WorkReportLists.ReportDutyHolder;
import cn.tongxin.graph.report.WorkReportLists.ReportList;
import cn.tongxin.graph.report.WorkReportLists.ReportMeeting;
import cn.tongxin.graph.report.WorkReportLists.ReportProblem;
import cn.tongxin.graph.report.WorkReportLists.ReportSite;
import cn.tongxin.graph.system.Export;
import cn.tongxin.graph.system.Table;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The work report as a spreadsheet for the department head: {@code GET /api/export/work-report?from=&to=&townCode=}
 * as {@code format=xlsx} (the default) or {@code csv}. The XLSX has a sheet per section: 概况 (one figure a row with
 * its Chinese name, the same figures as {@code workReport}), 成员 (by category and by tier), and the records the
 * figures count: 阵地, 民营企业问题, 会议, 职责清单 (each at most {@link WorkReportLists#LARGEST} rows). The CSV holds
 * one table, the figures. No personal data in any sheet. Each download is in the audit trail (operation
 * {@code export}).
 */
@RestController
@Export
class WorkReportExportController {

	private final WorkReports reports;

	private final AuditTrail audit;

	WorkReportExportController(WorkReports reports, AuditTrail audit) {
		this.reports = reports;
		this.audit = audit;
	}

	@GetMapping("/api/export/work-report")
	ResponseEntity<byte[]> workReport(@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to,
			@RequestParam(required = false) String townCode, @RequestParam(defaultValue = "xlsx") String format) {
		WorkReport report = this.reports.report(from, to, townCode);
		var rows = new ArrayList<List<Object>>();
		rows.add(List.of("统计期间", report.from() + " 至 " + report.to()));
		rows.add(List.of("镇（街道）", report.towns()));
		rows.add(List.of("成员单位", report.memberUnits()));
		rows.add(List.of("统战成员", report.members()));
		for (MembersOfCategory category : report.membersByCategory()) {
			rows.add(List.of("　其中 " + category.category().label(), category.members()));
		}
		for (MembersOfTier tier : report.membersByTier()) {
			rows.add(List.of("　" + tier.tier().label(), tier.members()));
		}
		rows.add(List.of("党外代表人士", report.representatives()));
		rows.add(List.of("结对交友的代表人士", report.befriendedRepresentatives()));
		rows.add(List.of("结对交友", report.friendships()));
		rows.add(List.of("镇统战委员配备率（%）", Table.percent(report.townCommissionerCoverage())));
		rows.add(List.of("村（社区）统战联络员配备率（%）", Table.percent(report.villageLiaisonCoverage())));
		rows.add(List.of("村（社区）", report.villages()));
		rows.add(List.of("已结对村（社区）", report.pairedVillages()));
		rows.add(List.of("结对覆盖率（%）", Table.percent(report.pairingCoverage())));
		rows.add(List.of("共建项目", report.projects()));
		rows.add(List.of("有职责清单的镇和成员单位", report.dutyHolders()));
		rows.add(List.of("受理民营企业问题", report.problemsRaised()));
		rows.add(List.of("解决民营企业问题", report.problemsResolved()));
		for (var sites : report.sitesByKind()) {
			rows.add(List.of("阵地：" + sites.kind().label(), sites.sites()));
		}
		rows.add(List.of("区委常委会、领导小组会议", report.meetings()));
		var sheets = new ArrayList<Table>();
		sheets.add(new Table("概况", List.of("项目", "数值"), rows));
		if ("xlsx".equalsIgnoreCase(format)) {
			WorkReportLists lists = this.reports.lists(report, townCode);
			sheets.add(members(report));
			sheets.add(sites(lists.sites()));
			sheets.add(problems(report, lists.problems()));
			sheets.add(meetings(lists.meetings()));
			sheets.add(dutyHolders(lists.dutyHolders()));
		}
		String scope = (townCode != null) ? "-" + townCode : "";
		ResponseEntity<byte[]> file = Table.download(sheets, "工作报告" + scope + "-" + report.to(),
				"work-report" + scope + "-" + report.to(), format);
		this.audit.recordExport("work-report", List.of(report.from() + ".." + report.to() + scope));
		return file;
	}

	/** The members by category and by tier, the two tables one under the other. */
	private static Table members(WorkReport report) {
		var rows = new ArrayList<List<Object>>();
		for (MembersOfCategory category : report.membersByCategory()) {
			rows.add(List.of("类别", category.category().label(), category.members()));
		}
		for (MembersOfTier tier : report.membersByTier()) {
			rows.add(List.of("分级管理", tier.tier().label(), tier.members()));
		}
		rows.add(List.of("合计", "", report.members()));
		return new Table("成员", List.of("分组", "项目", "人数（" + report.to() + "在册）"), rows);
	}

	private static Table sites(ReportList<ReportSite> sites) {
		var rows = new ArrayList<List<Object>>();
		for (ReportSite site : sites.rows()) {
			rows.add(row(site.id(), site.name(), site.kind().label(), site.level().label(), site.town(), site.village(),
					site.establishedOn()));
		}
		return new Table("阵地", List.of("编号", "名称", "类别", "级别", "镇（街道）", "村（社区）", "设立日期"),
				withCut(rows, sites));
	}

	private static Table problems(WorkReport report, ReportList<ReportProblem> problems) {
		var rows = new ArrayList<List<Object>>();
		for (ReportProblem problem : problems.rows()) {
			rows.add(row(problem.id(), problem.enterprise(), problem.town(), problem.category().label(), problem.title(),
					problem.raisedOn(), problem.lead(), problem.assignedOn(), problem.dueOn(), problem.resolvedOn(),
					within(report, problem.raisedOn()), within(report, problem.resolvedOn())));
		}
		return new Table("民营企业问题", List.of("编号", "企业", "镇（街道）", "类别", "问题", "受理日期", "牵头单位", "交办日期",
				"办理期限", "解决日期", "期内受理", "期内解决"), withCut(rows, problems));
	}

	private static Table meetings(ReportList<ReportMeeting> meetings) {
		var rows = new ArrayList<List<Object>>();
		for (ReportMeeting meeting : meetings.rows()) {
			rows.add(row(meeting.date(), meeting.body().label(), meeting.topic()));
		}
		return new Table("会议", List.of("日期", "会议", "议题"), withCut(rows, meetings));
	}

	private static Table dutyHolders(ReportList<ReportDutyHolder> holders) {
		var rows = new ArrayList<List<Object>>();
		for (ReportDutyHolder holder : holders.rows()) {
			rows.add(row(holder.kind().label(), holder.code(), holder.name(), holder.town(), holder.items(),
					holder.weight(), holder.score(), Table.percent(holder.rate()), holder.reminders(),
					holder.rectifications()));
		}
		return new Table("职责清单", List.of("类型", "代码", "名称", "镇（街道）", "事项", "总分值", "得分", "得分率（%）",
				"待回复的提醒", "待完成的整改"), withCut(rows, holders));
	}

	/** 是 when the day is within the report's period. */
	private static String within(WorkReport report, LocalDate day) {
		return (day != null && !day.isBefore(report.from()) && !day.isAfter(report.to())) ? "是" : "否";
	}

	/** A row whose empty cells stay empty (List.of takes no null). */
	private static List<Object> row(Object... cells) {
		return Arrays.asList(cells);
	}

	/** The rows, and a last line that says so when the list was cut at its cap. */
	private static List<List<Object>> withCut(List<List<Object>> rows, ReportList<?> list) {
		if (list.cut()) {
			rows.add(List.of("（仅列出前 " + list.rows().size() + " 项，共 " + list.total() + " 项）"));
		}
		return rows;
	}

}
