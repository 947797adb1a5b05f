package cn.tongxin.graph.member;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.tongxin.graph.system.CypherFile;
import cn.tongxin.graph.system.FullText;
import cn.tongxin.graph.system.GraphReader;
import cn.tongxin.graph.system.Page;
import cn.tongxin.graph.system.TownScope;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The member ledger as the API reads it, in the user's towns. */
@Component
@Transactional(readOnly = true)
public class Members {

	/**
	 * The most members one roster (花名册) download holds: the demo district's whole ledger (22,176) fits; a larger
	 * district downloads a town or a category at a time.
	 */
	public static final int LARGEST_ROSTER = 25_000;

	private static final String MEMBERS_BY_ID = CypherFile.load("member/members-by-id");

	private static final String MEMBERS_OF_REPRESENTATIVES = CypherFile.load("member/members-of-representatives");

	private static final String CHANGES_OF_MEMBERS = CypherFile.load("member/changes-of-members");

	private static final String MEMBERS_PAGE = CypherFile.load("member/members-page");

	private static final String MEMBERS_PAGE_IN_TOWN = CypherFile.load("member/members-page-in-town");

	private static final String MEMBERS_PAGE_NAMED = CypherFile.load("member/members-page-named");

	private static final String MEMBERS_PAGE_NAMED_PLAIN = CypherFile.load("member/members-page-named-plain");

	private static final String MEMBERS_PAGE_INITIAL = CypherFile.load("member/members-page-initial");

	private final GraphReader graph;

	private final TownScope scope;

	Members(GraphReader graph, TownScope scope) {
		this.graph = graph;
		this.scope = scope;
	}

	public Optional<Member> member(String id) {
		return Optional.ofNullable(byId(List.of(id)).get(id));
	}

	public Map<String, Member> byId(Collection<String> ids) {
		return this.graph.byKey(MEMBERS_BY_ID, "ids", ids, "member", Member::from, Member::id);
	}

	/** The member record of each representative that has one, by representative id. */
	public Map<String, Member> ofRepresentatives(Collection<String> representativeIds) {
		return this.graph.byKey(MEMBERS_OF_REPRESENTATIVES, "representativeIds", representativeIds, "member",
				Member::from, Member::representativeId);
	}

	/** Each member's adjustments, newest first, by member id. */
	public Map<String, List<MemberChange>> changesOf(Collection<String> ids) {
		return this.graph.groupedBy(CHANGES_OF_MEMBERS, "ids", ids, "change", MemberChange::from,
				MemberChange::memberId);
	}

	/**
	 * A page of the ledger, fetched {@code fetch} long, and, when {@code counted}, how many match over all pages
	 * (from kept counts where the filter allows, {@link #keptCount}, else by reading every member that matches; 0
	 * otherwise); as of a day, filtered by and showing the values in force then
	 * ({@code queries/member/values-on.cypher}).
	 */
	Page<Member> page(MemberFilter filter, String after, int fetch, boolean counted) {
		PageStatement statement = pageStatement(filter, after, fetch, counted,
				filter.townCode() != null || this.scope.userTowns() != null);
		return this.graph.all(statement.cypher(), statement.parameters(), "members",
				page -> Page.from(page, Member::from)).get(0);
	}

	/**
	 * The statement that answers a page, with its parameters but the user's towns (which every statement is given):
	 * the one {@link #page} runs, and that a benchmark replays alone. {@code inTowns}: the filter names a town or the
	 * user is bound to towns.
	 */
	public static PageStatement pageStatement(MemberFilter filter, String after, int fetch, boolean counted,
			boolean inTowns) {
		String name = (filter.name() != null && !filter.name().isBlank()) ? filter.name().strip() : null;
		var given = new HashMap<String, Object>();
		given.put("category", (filter.category() != null) ? filter.category().name() : null);
		given.put("tier", (filter.tier() != null) ? filter.tier().name() : null);
		given.put("townCode", filter.townCode());
		given.put("villageCode", filter.villageCode());
		given.put("unitCode", filter.unitCode());
		given.put("representative", filter.representative());
		given.put("asOf", filter.asOf());
		given.put("name", name);
		given.put("fulltext", (name != null) ? FullText.terms(name) : "");
		given.put("after", after);
		given.put("counted", counted);
		given.put("kept", counted && keptCount(filter, name));
		// one map, so that every combination of filters shares one plan (see the statement)
		var parameters = new HashMap<String, Object>();
		parameters.put("filter", given);
		parameters.put("fetch", fetch);
		return new PageStatement(cypherOf(filter, name, inTowns), parameters);
	}

	/** A statement of the member ledger and its parameters. */
	public record PageStatement(String cypher, Map<String, Object> parameters) {
	}

	/**
	 * Whether the filter's members can be counted without reading them: with no name, a category, a tier and a day
	 * at most, or only whether they are representatives (member/kept-count); with a name of one character, a
	 * category and a tier at most (the name tallies, member/members-page-initial).
	 */
	private static boolean keptCount(MemberFilter filter, String name) {
		if (name != null) {
			return oneCharacter(name) && byOwnValues(filter);
		}
		boolean placed = filter.townCode() != null || filter.villageCode() != null || filter.unitCode() != null;
		boolean byValues = filter.category() != null || filter.tier() != null || filter.asOf() != null;
		return !placed && (filter.representative() == null || !byValues);
	}

	/** A category and a tier at most besides the name: no day, place or representative. */
	private static boolean byOwnValues(MemberFilter filter) {
		return filter.townCode() == null && filter.villageCode() == null && filter.unitCode() == null
				&& filter.asOf() == null && filter.representative() == null;
	}

	/**
	 * The statement that starts from the filter's fewest members: a name's (its indexes; with a category and a tier
	 * at most, each match asked only those), else a town's or the town-bound user's towns' (with a name of one
	 * character too: a surname's members are many), else the whole ledger in id order (a name of one character: in
	 * id order or from the name's index, by how many it names). They answer alike; each has a plan of its own.
	 */
	private static String cypherOf(MemberFilter filter, String name, boolean inTowns) {
		if (name != null && !oneCharacter(name)) {
			return (byOwnValues(filter) && !inTowns) ? MEMBERS_PAGE_NAMED_PLAIN : MEMBERS_PAGE_NAMED;
		}
		if (inTowns) {
			return MEMBERS_PAGE_IN_TOWN;
		}
		return (name != null) ? MEMBERS_PAGE_INITIAL : MEMBERS_PAGE;
	}

	/** One character, as Cypher counts them (a character beyond the BMP, 𠮷, is one). */
	private static boolean oneCharacter(String name) {
		return name.codePointCount(0, name.length()) == 1;
	}

}
