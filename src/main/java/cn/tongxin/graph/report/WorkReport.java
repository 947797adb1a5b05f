package cn.tongxin.graph.report;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;

import cn.tongxin.graph.member.MemberTier;
import cn.tongxin.graph.people.Category;
import cn.tongxin.graph.site.SiteKind;
import org.neo4j.driver.Value;

/**
 * The work report's figures: stocks on {@code to}, and the flows of the period {@code from} to {@code to} (problems
 * raised and resolved, meetings). Every category, tier and kind of site is listed, with its zero.
 */
public record WorkReport(LocalDate from, LocalDate to, int towns, int memberUnits, int members,
		List<MembersOfCategory> membersByCategory, List<MembersOfTier> membersByTier, int representatives,
		int befriendedRepresentatives, int friendships, int villages, int pairedVillages, int projects,
		int commissionedTowns, int liaisonVillages, int dutyHolders, int problemsRaised, int problemsResolved,
		List<SitesOfKind> sitesByKind, int meetings) {

	public record MembersOfCategory(Category category, int members) {
	}

	public record SitesOfKind(SiteKind kind, int sites) {
	}

	public record MembersOfTier(MemberTier tier, int members) {
	}

	/** Paired villages over villages, 0 when there are none. */
	public double pairingCoverage() {
		return ratio(this.pairedVillages, this.villages);
	}

	/** Towns with a commissioner in post over towns. */
	public double townCommissionerCoverage() {
		return ratio(this.commissionedTowns, this.towns);
	}

	/** Villages with a liaison in post over villages. */
	public double villageLiaisonCoverage() {
		return ratio(this.liaisonVillages, this.villages);
	}

	private static double ratio(int part, int whole) {
		return (whole == 0) ? 0 : (double) part / whole;
	}

	static WorkReport from(LocalDate from, LocalDate to, Value report) {
		// members by category and tier; the district's also holds its corrections (-1 today's, +1 the day's)
		var byCategory = new HashMap<String, Integer>();
		var byTier = new HashMap<String, Integer>();
		for (Value group : report.get("memberGroups").values()) {
			int members = group.get("members").asInt();
			byCategory.merge(group.get("category").asString(), members, Integer::sum);
			byTier.merge(group.get("tier").asString(), members, Integer::sum);
		}
		List<String> siteKinds = report.get("siteKinds").asList(Value::asString);
		return new WorkReport(from, to, report.get("towns").asInt(), report.get("memberUnits").asInt(),
				report.get("members").asInt(),
				Arrays.stream(Category.values())
					.map(category -> new MembersOfCategory(category, byCategory.getOrDefault(category.name(), 0)))
					.toList(),
				Arrays.stream(MemberTier.values())
					.map(tier -> new MembersOfTier(tier, byTier.getOrDefault(tier.name(), 0)))
					.toList(),
				report.get("representatives").asInt(), report.get("befriendedRepresentatives").asInt(),
				report.get("friendships").asInt(), report.get("villages").asInt(), report.get("pairedVillages").asInt(),
				report.get("projects").asInt(), report.get("commissionedTowns").asInt(),
				report.get("liaisonVillages").asInt(), report.get("dutyHolders").asInt(),
				report.get("problemsRaised").asInt(), report.get("problemsResolved").asInt(),
				Arrays.stream(SiteKind.values())
					.map(kind -> new SitesOfKind(kind, Collections.frequency(siteKinds, kind.name())))
					.toList(),
				report.get("meetings").asInt());
	}

}
