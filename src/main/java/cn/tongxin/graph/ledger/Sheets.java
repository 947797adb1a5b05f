package cn.tongxin.graph.ledger;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.tongxin.graph.enterprise.Ownership;
import cn.tongxin.graph.network.ContactKind;
import cn.tongxin.graph.pairing.ProjectStatus;
import cn.tongxin.graph.people.Category;
import cn.tongxin.graph.people.Gender;
import cn.tongxin.graph.people.LeaderLevel;
import cn.tongxin.graph.people.LeaderRole;
import cn.tongxin.graph.people.RepresentativeLevel;
import cn.tongxin.graph.place.VillageKind;

import static cn.tongxin.graph.ledger.Column.optional;
import static cn.tongxin.graph.ledger.Column.required;

/**
 * The nine ledgers, in the order a full load takes them, with the rules of the import format. Each names the
 * column that places a row in a town, for users bound to towns; friendships, pairings and projects are placed
 * by the representative or village they refer to.
 */
final class Sheets {

	static final Sheet TOWNS = new Sheet("towns", List.of("code"), List.of(
			required("code", Cell.digits(9)),
			required("name", Cell.text())), "code");

	static final Sheet VILLAGES = new Sheet("villages", List.of("code"), List.of(
			required("code", Cell.digits(12)),
			required("name", Cell.text()),
			required("town_code", Cell.digits(9)).references("towns", "镇"),
			optional("kind", Cell.oneOf(VillageKind.class)).orElse(VillageKind.VILLAGE.name()),
			optional("households", Cell.wholeNumber(0, Integer.MAX_VALUE)),
			optional("latitude", Cell.decimal(-90, 90)),
			optional("longitude", Cell.decimal(-180, 180))),
			List.of(RowRule.together("latitude", "longitude")), "town_code");

	static final Sheet ENTERPRISES = new Sheet("enterprises", List.of("credit_code"), List.of(
			required("credit_code", Cell.creditCode()),
			required("name", Cell.text()),
			required("town_code", Cell.digits(9)).references("towns", "镇"),
			optional("industry", Cell.identifier()),
			optional("ownership", Cell.oneOf(Ownership.class)),
			optional("employees", Cell.wholeNumber(0, Integer.MAX_VALUE)),
			optional("latitude", Cell.decimal(-90, 90)),
			optional("longitude", Cell.decimal(-180, 180))),
			List.of(RowRule.together("latitude", "longitude")), "town_code");

	static final Sheet LEADERS = new Sheet("leaders", List.of("id"), List.of(
			required("id", Cell.identifier()),
			required("name", Cell.text()),
			optional("gender", Cell.oneOf(Gender.class)),
			required("role", Cell.oneOf(LeaderRole.class)),
			required("level", Cell.oneOf(LeaderLevel.class)),
			optional("town_code", Cell.digits(9)).references("towns", "镇")),
			List.of(RowRule.requiredWhen("town_code", "level",
					Set.of(LeaderLevel.TOWN.name(), LeaderLevel.VILLAGE.name()))), "town_code");

	static final Sheet REPRESENTATIVES = new Sheet("representatives", List.of("id"), List.of(
			required("id", Cell.identifier()),
			required("name", Cell.text()),
			optional("gender", Cell.oneOf(Gender.class)),
			optional("birth_year", Cell.yearSince(1900)).personalData(),
			optional("ethnicity", Cell.text()),
			required("category", Cell.oneOf(Category.class)),
			required("level", Cell.oneOf(RepresentativeLevel.class)),
			optional("enterprise_credit_code", Cell.creditCode()).referencesAnywhere("enterprises", "企业"),
			optional("town_code", Cell.digits(9)).references("towns", "镇"),
			optional("phone", Cell.phone()).personalData()), "town_code");

	static final Sheet FRIENDSHIPS = new Sheet("friendships", List.of("leader_id", "representative_id"), List.of(
			required("leader_id", Cell.identifier()).references("leaders", "领导"),
			required("representative_id", Cell.identifier()).references("representatives", "代表人士"),
			required("since", Cell.date()),
			optional("last_contact", Cell.date()).keptWhenLeftOut(),
			optional("until", Cell.date()).keptWhenLeftOut()),
			List.of(RowRule.notBefore("last_contact", "since"), RowRule.notBefore("until", "since")), null);

	/** A leader's contacts with a befriended representative, each dated within the friendship. */
	static final Sheet CONTACTS = new Sheet("contacts", List.of("leader_id", "representative_id", "date", "kind"),
			List.of(
					required("leader_id", Cell.identifier()).references("leaders", "领导"),
					required("representative_id", Cell.identifier()).references("representatives", "代表人士"),
					required("date", Cell.date()),
					required("kind", Cell.oneOf(ContactKind.class)),
					optional("note", Cell.text())),
			List.of(), null, new Sheet.During("friendships", "date", "结对交友"));

	static final Sheet PAIRINGS = new Sheet("pairings", List.of("enterprise_credit_code", "village_code"), List.of(
			required("enterprise_credit_code", Cell.creditCode()).referencesAnywhere("enterprises", "企业"),
			required("village_code", Cell.digits(12)).references("villages", "村（社区）"),
			required("since", Cell.date()),
			optional("until", Cell.date())),
			List.of(RowRule.notBefore("until", "since")), null);

	static final Sheet PROJECTS = new Sheet("projects", List.of("id"), List.of(
			required("id", Cell.identifier()),
			required("name", Cell.text()),
			required("enterprise_credit_code", Cell.creditCode()).referencesAnywhere("enterprises", "企业"),
			required("village_code", Cell.digits(12)).references("villages", "村（社区）"),
			required("status", Cell.oneOf(ProjectStatus.class)),
			optional("started", Cell.date()),
			optional("investment_wan", Cell.decimal(0, Double.MAX_VALUE))), null);

	static final List<Sheet> IN_LOAD_ORDER = List.of(TOWNS, VILLAGES, ENTERPRISES, LEADERS, REPRESENTATIVES,
			FRIENDSHIPS, CONTACTS, PAIRINGS, PROJECTS);

	/**
	 * The ledgers of records with a key of their own, which a uniqueness constraint keeps single: a row found absent
	 * is written by a statement that only creates. The others are relationships (or a contact, made unique by its
	 * ties), which only MERGE under the lock of both ends keeps single.
	 */
	static final List<Sheet> WITH_OWN_KEYS = List.of(TOWNS, VILLAGES, ENTERPRISES, LEADERS, REPRESENTATIVES, PROJECTS);

	private Sheets() {
	}

	static Optional<Sheet> byKind(String kind) {
		return IN_LOAD_ORDER.stream().filter(sheet -> sheet.kind().equals(kind)).findFirst();
	}

	static List<String> kinds() {
		return IN_LOAD_ORDER.stream().map(Sheet::kind).toList();
	}

}
