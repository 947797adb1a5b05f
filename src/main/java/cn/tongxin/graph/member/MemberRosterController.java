package cn.tongxin.graph.member;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import cn.tongxin.graph.access.PersonalData;
import cn.tongxin.graph.audit.AuditTrail;
import cn.tongxin.graph.people.Category;
import cn.tongxin.graph.place.Places;
import cn.tongxin.graph.place.Town;
import cn.tongxin.graph.place.Village;
import cn.tongxin.graph.system.Export;
import cn.tongxin.graph.system.InvalidArgument;
import cn.tongxin.graph.system.Page;
import cn.tongxin.graph.system.Table;
import cn.tongxin.graph.system.Today;
import cn.tongxin.graph.unit.Unit;
import cn.tongxin.graph.unit.Units;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The roster (花名册) of the member ledger as a spreadsheet: {@code GET /api/export/members} with the filters of
 * {@code members(filter:)} ({@code category}, {@code tier}, {@code townCode}, {@code villageCode}, {@code unitCode},
 * {@code representative}, {@code asOf}, {@code name}) as {@code format=xlsx} (the default) or {@code csv}, in id
 * order. Within the user's towns, phone numbers and birth years masked as the API masks them; a bulk read of
 * personal data, so each download is in the audit trail (operation {@code export}, kind {@code members}). At most
 * {@link Members#LARGEST_ROSTER} members: a larger roster is refused, not cut short, so that nobody takes a part for
 * the whole.
 */
@RestController
@Export
class MemberRosterController {

	private static final int LARGEST = Members.LARGEST_ROSTER;

	private final Members members;

	private final Places places;

	private final Units units;

	private final Today today;

	private final AuditTrail audit;

	MemberRosterController(Members members, Places places, Units units, Today today, AuditTrail audit) {
		this.members = members;
		this.places = places;
		this.units = units;
		this.today = today;
		this.audit = audit;
	}

	@GetMapping("/api/export/members")
	ResponseEntity<byte[]> roster(@RequestParam(required = false) Category category,
			@RequestParam(required = false) MemberTier tier, @RequestParam(required = false) String townCode,
			@RequestParam(required = false) String villageCode, @RequestParam(required = false) String unitCode,
			@RequestParam(required = false) Boolean representative,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate asOf,
			@RequestParam(required = false) String name, @RequestParam(defaultValue = "xlsx") String format) {
		// another town's code is refused as an unknown one, as the work report's download does
		var filter = new MemberFilter(category, tier, blankAsNull(this.places.knownTownOrDistrict(blankAsNull(townCode))),
				blankAsNull(villageCode), blankAsNull(unitCode), representative, asOf, blankAsNull(name));
		Page<Member> page = this.members.page(filter, null, LARGEST + 1, true);
		if (page.totalCount() > LARGEST) {
			throw new InvalidArgument("筛选出 " + page.totalCount() + " 人，花名册一次最多导出 " + LARGEST
					+ " 人：请按镇（街道）、类别或分级缩小范围");
		}
		List<Member> roster = page.fetched();
		Map<String, Town> towns = this.places.townsByCode(codes(roster, Member::townCode));
		Map<String, Village> villages = this.places.villagesByCode(codes(roster, Member::villageCode));
		Map<String, Unit> units = this.units.byCode(codes(roster, Member::unitCode));
		var rows = new ArrayList<List<Object>>();
		for (Member member : roster) {
			var row = new ArrayList<Object>();
			row.add(member.id());
			row.add(member.name());
			row.add((member.gender() != null) ? member.gender().label() : null);
			row.add(PersonalData.birthYear(member.birthYear()));
			row.add(member.ethnicity());
			row.add(member.category().label());
			row.add(member.tier().label());
			row.add(nameOf(towns.get(member.townCode()), Town::name, member.townCode()));
			row.add(nameOf(villages.get(member.villageCode()), Village::name, member.villageCode()));
			row.add(nameOf(units.get(member.unitCode()), Unit::name, member.unitCode()));
			row.add((member.representativeId() != null) ? "是" : "否");
			row.add(member.joinedOn().toString());
			row.add((member.leftOn() != null) ? member.leftOn().toString() : null);
			row.add(PersonalData.phone(member.phone()));
			row.add(member.workplace());
			rows.add(row);
		}
		var table = new Table("花名册", List.of("编号", "姓名", "性别", "出生年份", "民族", "类别", "分级", "镇（街道）",
				"村（社区）", "成员单位", "代表人士", "加入日期", "退出日期", "联系电话", "工作单位"), rows);
		String scope = (filter.townCode() != null) ? "-" + filter.townCode() : "";
		String day = this.today.date().toString();
		ResponseEntity<byte[]> file = table.download("统战成员花名册" + scope + "-" + day, "members" + scope + "-" + day,
				format);
		this.audit.recordExport("members", described(filter, rows.size()));
		return file;
	}

	/** What was taken away, for the audit trail: the filters given and how many members. */
	private static List<String> described(MemberFilter filter, int count) {
		var given = new LinkedHashMap<String, Object>();
		given.put("category", filter.category());
		given.put("tier", filter.tier());
		given.put("townCode", filter.townCode());
		given.put("villageCode", filter.villageCode());
		given.put("unitCode", filter.unitCode());
		given.put("representative", filter.representative());
		given.put("asOf", filter.asOf());
		given.put("name", filter.name());
		var keys = new ArrayList<String>();
		given.forEach((key, value) -> {
			if (value != null) {
				keys.add(key + "=" + value);
			}
		});
		keys.add("rows=" + count);
		return keys;
	}

	private static List<String> codes(List<Member> roster, Function<Member, String> code) {
		return roster.stream().map(code).filter(Objects::nonNull).distinct().toList();
	}

	/** A record's name, or its code when it is not one the user may see (or none). */
	private static <T> String nameOf(T record, Function<T, String> name, String code) {
		return (record != null) ? name.apply(record) : code;
	}

	private static String blankAsNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
