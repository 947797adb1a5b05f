package cn.tongxin.graph.site;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.tongxin.graph.enterprise.EnterpriseLedgers;
import cn.tongxin.graph.ledger.Cell;
import cn.tongxin.graph.ledger.Column.Tie;
import cn.tongxin.graph.ledger.LedgerSheets;
import cn.tongxin.graph.ledger.RecordRule;
import cn.tongxin.graph.ledger.Sheet;
import cn.tongxin.graph.unit.UnitLedgers;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import static cn.tongxin.graph.ledger.Column.optional;
import static cn.tongxin.graph.ledger.Column.required;

/**
 * The ledgers of sites (阵地) and of the activities held at them, after the members and staff. A site with no town
 * is the district's, which only a user of the whole district imports. The engine has no cell of several values, so
 * {@code standards} and {@code member_ids} are checked here part by part and stored as the text given; the reads
 * split them ({@code queries/site/}), and the activities' upsert ties the members named to the activity.
 */
@Component
@Order(900)
public class SiteLedgers implements LedgerSheets {

	/** A count that only the graph's integers cap. */
	private static final long NO_UPPER_LIMIT = Integer.MAX_VALUE;

	/** The 六有 met, {@code |}-separated, each at most once: {@code PLACE|RULES}. */
	public static final Cell STANDARDS = setOf(part -> {
		for (Standard standard : Standard.values()) {
			if (standard.name().equals(part)) {
				return null;
			}
		}
		return part + " 不是 " + Arrays.stream(Standard.values()).map(Enum::name).collect(Collectors.joining("、"))
				+ " 之一";
	});

	/** Member ids, {@code |}-separated, each at most once; that each exists is checked in the graph. */
	public static final Cell MEMBER_IDS = setOf(part -> null);

	public static final Sheet SITES = Sheet.kind("sites")
		.titled("阵地")
		.cypherIn("site/ledger")
		.keyedBy("id")
		.placedBy("town_code")
		.columns(required("id", Cell.identifier()), required("name", Cell.text()),
				required("kind", Cell.oneOf(SiteKind.class)), required("level", Cell.oneOf(SiteLevel.class)),
				required("domain", Cell.oneOf(SiteDomain.class)),
				optional("town_code", Cell.digits(9)).references("towns", "镇").tiedBy(Tie.toNamed("IN_TOWN")),
				optional("village_code", Cell.digits(12)).references("villages", "村（社区）")
					.tiedBy(Tie.toNamed("IN_VILLAGE")),
				optional("credit_code", EnterpriseLedgers.CREDIT_CODE).referencesAnywhere("enterprises", "企业")
					.tiedBy(Tie.toNamed("AT_ENTERPRISE")),
				optional("unit_code", UnitLedgers.UNIT_CODE).referencesAnywhere("units", "成员单位")
					.tiedBy(Tie.toNamed("OF_UNIT")),
				required("established_on", Cell.date()), optional("standards", STANDARDS),
				optional("rules", Cell.wholeNumber(0, NO_UPPER_LIMIT)))
		.located()
		.checkedInGraph(RecordRule.within("village_code", "town_code"))
		.records("Site");

	/**
	 * An activity is known by its site, date and title. That the site was established by the date and that each
	 * member named exists are rules across records the engine's {@link RecordRule} cannot say: the import checks them
	 * in {@code site_activities-rules}, the bulk first load does not (nor does it tie the members, which the upsert
	 * does).
	 */
	public static final Sheet SITE_ACTIVITIES = Sheet.kind("site_activities")
		.titled("阵地活动")
		.cypherIn("site/ledger")
		.keyedBy("site_id", "date", "title")
		.columns(required("site_id", Cell.identifier()).references("sites", "阵地").tiedBy(Tie.toNamed("AT_SITE")),
				required("date", Cell.date()), required("title", Cell.text()),
				optional("participants", Cell.wholeNumber(0, NO_UPPER_LIMIT)), optional("member_ids", MEMBER_IDS))
		.checkedInGraph()
		.events("SiteActivity");

	@Override
	public List<Sheet> sheets() {
		return List.of(SITES, SITE_ACTIVITIES);
	}

	/**
	 * A cell of {@code |}-separated values, each checked by {@code problemWith} (why it is wrong, or null), none
	 * blank and none twice; stored as the text given, without its surrounding spaces.
	 */
	static Cell setOf(Function<String, String> problemWith) {
		return Cell.code(text -> {
			var seen = new HashSet<String>();
			for (String raw : text.split("\\|", -1)) {
				String part = raw.strip();
				if (part.isEmpty()) {
					return "用 | 分隔，不能有空项";
				}
				String problem = problemWith.apply(part);
				if (problem != null) {
					return problem;
				}
				if (!seen.add(part)) {
					return part + " 重复";
				}
			}
			return null;
		});
	}

	/** The values of such a cell's stored text, trimmed, in the order given. */
	static List<String> partsOf(String text) {
		return (text == null) ? List.of() : Arrays.stream(text.split("\\|")).map(String::strip).toList();
	}

}
