package cn.tongxin.graph.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import cn.tongxin.graph.coverage.Coverage;
import cn.tongxin.graph.coverage.CoverageFigures;
import cn.tongxin.graph.coverage.TownCoverage;
import cn.tongxin.graph.audit.AuditTrail;
import cn.tongxin.graph.planning.PlanningWorksheet.WorksheetRow;
import cn.tongxin.graph.place.Village;
import cn.tongxin.graph.system.Export;
import cn.tongxin.graph.system.Table;
import cn.tongxin.graph.system.Today;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The planner's tables as files, for every signed-in user, within their towns: {@code GET /api/export/coverage}
 * (coverage by town, today or {@code asOf}) and {@code GET /api/export/planning-worksheet?townCode=...}, each as
 * {@code format=xlsx} (the default) or {@code csv}. Each download is in the audit trail (operation {@code export}).
 */
@RestController
@Export
class PlannerExportController {

	private final CoverageFigures figures;

	private final PlanningWorksheet worksheet;

	private final Today today;

	private final AuditTrail audit;

	PlannerExportController(CoverageFigures figures, PlanningWorksheet worksheet, Today today, AuditTrail audit) {
		this.figures = figures;
		this.worksheet = worksheet;
		this.today = today;
		this.audit = audit;
	}

	@GetMapping("/api/export/coverage")
	ResponseEntity<byte[]> coverage(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@RequestParam(defaultValue = "xlsx") String format) {
		LocalDate day = (asOf != null) ? asOf : this.today.date();
		Coverage coverage = Coverage.of(this.figures.ofDistrict(day));
		var rows = new ArrayList<List<Object>>();
		for (TownCoverage town : coverage.byTown()) {
			rows.add(List.of(town.town().code(), town.town().name(), town.villages(), town.pairedVillages(),
					town.unpairedVillages(), Table.percent(town.ratio())));
		}
		rows.add(List.of("", "合计", coverage.villages(), coverage.pairedVillages(), coverage.unpairedVillages(),
				Table.percent(coverage.ratio())));
		var table = new Table("结对覆盖率", List.of("镇（街道）代码", "镇（街道）", "村（社区）数", "已结对", "未结对", "覆盖率（%）"), rows);
		ResponseEntity<byte[]> file = table.download("结对覆盖率-" + day, "coverage-" + day, format);
		this.audit.recordExport("coverage", List.of(day.toString()));
		return file;
	}

	@GetMapping("/api/export/planning-worksheet")
	ResponseEntity<byte[]> planningWorksheet(@RequestParam String townCode,
			@RequestParam(required = false) Integer suggestions, @RequestParam(defaultValue = "xlsx") String format) {
		List<WorksheetRow> worksheetRows = this.worksheet.rows(townCode, suggestions);
		var rows = new ArrayList<List<Object>>();
		for (WorksheetRow row : worksheetRows) {
			Village village = row.village();
			if (row.suggestions().isEmpty()) {
				rows.add(villageColumns(village, null, 0));
			}
			for (int rank = 0; rank < row.suggestions().size(); rank++) {
				rows.add(villageColumns(village, row.suggestions().get(rank), rank + 1));
			}
		}
		var table = new Table("结对规划表", List.of("村（社区）代码", "村（社区）", "类型", "户数", "推荐序号", "企业", "统一社会信用代码",
				"得分", "距离（公里）", "同镇", "行业对口", "当前结对村数", "引荐人", "推荐理由"), rows);
		String day = this.today.date().toString();
		ResponseEntity<byte[]> file = table.download("结对规划表-" + townCode + "-" + day,
				"planning-worksheet-" + townCode + "-" + day, format);
		this.audit.recordExport("planning-worksheet", List.of(townCode));
		return file;
	}

	private static List<Object> villageColumns(Village village, PairingSuggestion suggestion, int rank) {
		var columns = new ArrayList<Object>(List.of(village.code(), village.name(),
				(village.kind() != null) ? village.kind().label() : ""));
		columns.add(village.households());
		if (suggestion == null) {
			columns.addAll(Collections.nCopies(10, null));
			return columns;
		}
		columns.add(rank);
		columns.add(suggestion.enterprise().name());
		columns.add(suggestion.enterprise().creditCode());
		columns.add(suggestion.score());
		columns.add(suggestion.distanceKm());
		columns.add(suggestion.sameTown() ? "是" : "否");
		columns.add(suggestion.industryFit() ? "是" : "否");
		columns.add(suggestion.currentPairings());
		columns.add((suggestion.introduction() != null)
				? suggestion.introduction().leaderName() + "（经" + suggestion.introduction().representativeName() + "）" : "");
		columns.add(suggestion.reason());
		return columns;
	}

}
