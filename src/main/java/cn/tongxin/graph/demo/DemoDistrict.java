package cn.tongxin.graph.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import cn.tongxin.graph.demo.District.Contact;
import cn.tongxin.graph.demo.District.Duty;
import cn.tongxin.graph.demo.District.Enterprise;
import cn.tongxin.graph.demo.District.Friendship;
import cn.tongxin.graph.demo.District.Leader;
import cn.tongxin.graph.demo.District.Member;
import cn.tongxin.graph.demo.District.Pairing;
import cn.tongxin.graph.demo.District.Project;
import cn.tongxin.graph.demo.District.Representative;
import cn.tongxin.graph.demo.District.Site;
import cn.tongxin.graph.demo.District.Staff;
import cn.tongxin.graph.demo.District.Town;
import cn.tongxin.graph.demo.District.Unit;
import cn.tongxin.graph.demo.District.Village;

/**
 * The ledgers of a made-up district, as the CSV files a clerk would import, for the service to load on first
 * start.
 * <p>
 * The demo goes through the ordinary ledger import, so it obeys the same rules as real data and shows them at
 * work. It is generated rather than checked in so that its shape is written down once, in this package: 12 towns,
 * about 150 villages, 250 enterprises, the district's leaders, 865 representatives, 189 projects, 92 member units,
 * 22,176 members on the day of the district's report (2025-12-31) with their history, a commissioner in every
 * town and a liaison in every village; full pairing and staff coverage on the report day, a few gaps today (new
 * communities, ended pairings, liaisons who left). Everything random comes from one {@link Random} drawn in a
 * fixed order (never the clock, never a hash order), so a seed always gives byte-identical files and loading the
 * demo again changes nothing. All names are invented; none contains a comma or a quote.
 */
public final class DemoDistrict {

	/** The seed the service loads its demo with. */
	public static final long SEED = 20261125L;

	private DemoDistrict() {
	}

	/**
	 * One file of the demo as a clerk would import it, CSV text with its header first and {@code \n} line ends. A
	 * kind can come twice: the members as they joined, then the adjustments recorded since.
	 */
	public record LedgerFile(String kind, String name, String csv) {
	}

	/** Every file of the demo, in the order a full load uses. */
	public static List<LedgerFile> files(long seed) {
		District district = draw(seed);
		List<LedgerFile> files = new ArrayList<>();
		LedgerCsv.coreFiles(district).forEach((kind, csv) -> files.add(new LedgerFile(kind, kind, csv)));
		files.addAll(LedgerCsv.widerFiles(district));
		files.addAll(LedgerCsv.workFiles(district));
		return files;
	}

	/**
	 * The kinds of the work the district's report counts, last in {@link #files}: the ties of some (a duty's holder,
	 * a problem's lead, an activity's members) are made by their import's Cypher from a code or a list, which the
	 * bulk first load does not make.
	 */
	static final Set<String> WORK_KINDS = Set.of("sites", "site_activities", "duties", "duty_checks", "problems",
			"meetings");

	/**
	 * The files of the work the district's report counts, in load order: sites and their activities, duty lists
	 * and their checks, enterprises' problems, meetings.
	 */
	static List<LedgerFile> workFiles(long seed) {
		return LedgerCsv.workFiles(draw(seed));
	}

	/**
	 * The first part of the demo, kind → CSV text in load order: the places, people, friendships and pairings
	 * without the wider ledger's 22,176 members, for tests that need a district quickly.
	 */
	public static LinkedHashMap<String, String> coreFiles(long seed) {
		return LedgerCsv.coreFiles(draw(seed));
	}

	// The steps share the one Random, so their order is part of every seed's output: contacts come last
	// because they were added last, and drawing them earlier would change every ledger after them.
	private static District draw(long seed) {
		Draws draws = new Draws(new Random(seed));
		ChineseNames names = new ChineseNames(draws);
		PlaceGenerator places = new PlaceGenerator(draws, names);
		List<Town> towns = places.towns();
		List<Village> villages = places.villages(towns);
		List<Enterprise> enterprises = places.enterprises(towns);
		PeopleGenerator people = new PeopleGenerator(draws, names);
		List<Leader> leaders = people.leaders(towns, villages);
		List<Representative> representatives = people.representatives(towns, enterprises);
		FriendshipGenerator friendshipGenerator = new FriendshipGenerator(draws);
		List<Friendship> friendships = friendshipGenerator.friendships(towns, leaders, representatives);
		PairingGenerator pairingGenerator = new PairingGenerator(draws);
		List<Pairing> pairings = pairingGenerator.pairings(villages, enterprises);
		List<Project> projects = pairingGenerator.projects(pairings);
		List<Contact> contacts = friendshipGenerator.contacts(friendships);
		List<Village> newCommunities = pairingGenerator.newCommunities();
		Map<Village, LocalDate> established = established(draws, villages, newCommunities);
		List<Unit> units = new UnitGenerator(draws).units(towns, enterprises);
		MemberGenerator memberGenerator = new MemberGenerator(draws, names, people);
		// the villages that existed through the ledger's years: the new communities have no members or old staff
		List<Village> settled = villages.stream().filter((village) -> !newCommunities.contains(village)).toList();
		List<Member> members = memberGenerator.members(towns, settled, units, representatives);
		List<Member> adjustments = memberGenerator.adjustments(members, towns, settled, units);
		List<Staff> staff = new StaffGenerator(draws, names, people).staff(towns, villages, settled, newCommunities,
				established);
		WorkGenerator work = new WorkGenerator(draws);
		List<Site> sites = work.sites(towns, settled, units, pairings);
		List<Duty> duties = work.duties(towns, units);
		return new District(towns, villages, enterprises, leaders, representatives, friendships, contacts, pairings,
				projects, established, units, members, adjustments, staff,
				new District.Work(sites, work.activities(sites, members), duties, work.checks(duties),
						work.problems(enterprises, units), work.meetings()));
	}

	/**
	 * The day each community was set up: the new ones in the demo's own year, after the report day, the others
	 * long before. A village's day is unknown, as in most ledgers (it has always been there).
	 */
	private static Map<Village, LocalDate> established(Draws draws, List<Village> villages,
			List<Village> newCommunities) {
		Map<Village, LocalDate> established = new HashMap<>();
		for (Village village : villages) {
			if (newCommunities.contains(village)) {
				established.put(village, draws.dateBetween(District.REPORT_DATE.plusDays(10), LocalDate.of(2026, 6, 30)));
			}
			else if (village.isCommunity()) {
				established.put(village, draws.dateBetween(LocalDate.of(2000, 1, 1), LocalDate.of(2018, 12, 31)));
			}
		}
		return established;
	}

}
