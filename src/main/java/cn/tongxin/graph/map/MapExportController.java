package cn.tongxin.graph.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.tongxin.graph.audit.AuditTrail;
import cn.tongxin.graph.map.MapView.MapVillage;
import cn.tongxin.graph.place.Places;
import cn.tongxin.graph.place.Town;
import cn.tongxin.graph.place.VillageKind;
import cn.tongxin.graph.system.Export;
import cn.tongxin.graph.system.InvalidArgument;
import cn.tongxin.graph.system.Table;
import cn.tongxin.graph.system.Today;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The villages a view of the map shows, as a spreadsheet: {@code GET /api/export/map-villages} with the view's box
 * ({@code west}, {@code south}, {@code east}, {@code north}), {@code townCode} and filter ({@code kind},
 * {@code minHouseholds}, {@code maxHouseholds}, {@code paired}), as {@code format=xlsx} (the default) or
 * {@code csv}; read by the map's own statement, so within the user's towns. At most {@link #MOST} villages: a
 * larger view is refused, not cut short. Each download is in the audit trail (operation {@code export}).
 */
@RestController
@Export
class MapExportController {

	static final int MOST = 10_000;

	private final MapViews views;

	private final Places places;

	private final Today today;

	private final AuditTrail audit;

	MapExportController(MapViews views, Places places, Today today, AuditTrail audit) {
		this.views = views;
		this.places = places;
		this.today = today;
		this.audit = audit;
	}

	@GetMapping("/api/export/map-villages")
	ResponseEntity<byte[]> villages(@RequestParam double west, @RequestParam double south, @RequestParam double east,
			@RequestParam double north, @RequestParam(required = false) String townCode,
			@RequestParam(required = false) VillageKind kind, @RequestParam(required = false) Integer minHouseholds,
			@RequestParam(required = false) Integer maxHouseholds, @RequestParam(required = false) Boolean paired,
			@RequestParam(defaultValue = "xlsx") String format) {
		var box = new MapBox(west, south, east, north).checked();
		String town = this.places.knownTownOrDistrict((townCode == null || townCode.isBlank()) ? null : townCode);
		MapViews.Shown shown = this.views.villages(box, town,
				new MapFilter(kind, minHouseholds, maxHouseholds, paired), MOST);
		if (shown.count() > MOST) {
			throw new InvalidArgument("地图上有 " + shown.count() + " 个村（社区），一次最多导出 " + MOST + " 个：请放大地图或选定镇（街道）");
		}
		Map<String, Town> towns = this.places
			.townsByCode(shown.villages().stream().map(MapVillage::townCode).distinct().toList());
		var rows = new ArrayList<List<Object>>();
		for (MapVillage village : shown.villages()) {
			var row = new ArrayList<Object>();
			row.add(village.code());
			row.add(village.name());
			row.add((village.kind() != null) ? village.kind().label() : null);
			row.add(village.households());
			row.add(village.paired() ? "已结对" : "未结对");
			row.add(village.townCode());
			Town of = towns.get(village.townCode());
			row.add((of != null) ? of.name() : null);
			row.add(village.latitude());
			row.add(village.longitude());
			rows.add(row);
		}
		var table = new Table("地图上的村（社区）", List.of("村（社区）代码", "村（社区）", "类型", "户数", "结对", "镇（街道）代码",
				"镇（街道）", "纬度", "经度"), rows);
		String scope = (town != null) ? "-" + town : "";
		String day = this.today.date().toString();
		ResponseEntity<byte[]> file = table.download("结对地图村（社区）" + scope + "-" + day, "map-villages" + scope + "-" + day,
				format);
		var keys = new ArrayList<String>(List.of(String.format(Locale.ROOT, "%s,%s,%s,%s", west, south, east, north)));
		if (town != null) {
			keys.add(town);
		}
		this.audit.recordExport("map-villages", keys);
		return file;
	}

}
