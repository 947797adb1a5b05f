package cn.tongxin.graph.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.tongxin.graph.audit.AuditTrail;
import cn.tongxin.graph.report.WorkReport.MembersOfCategory;
import cn.tongxin.graph.report.WorkReport.MembersOfTier;
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
 * as {@code format=xlsx} (the default) or {@code csv}, one figure a row with its Chinese name, the same figures as
 * {@code workReport}. Each download is in the audit trail (operation {@code export}).
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
		var table = new Table("工作报告", List.of("项目", "数值"), rows);
		String scope = (townCode != null) ? "-" + townCode : "";
		ResponseEntity<byte[]> file = table.download("工作报告" + scope + "-" + report.to(),
				"work-report" + scope + "-" + report.to(), format);
		this.audit.recordExport("work-report", List.of(report.from() + ".." + report.to() + scope));
		return file;
	}

}
