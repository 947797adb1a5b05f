package cn.tongxin.graph.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Random;

import cn.tongxin.graph.demo.District.Contact;
import cn.tongxin.graph.demo.District.Enterprise;
import cn.tongxin.graph.demo.District.Friendship;
import cn.tongxin.graph.demo.District.Leader;
import cn.tongxin.graph.demo.District.Pairing;
import cn.tongxin.graph.demo.District.Project;
import cn.tongxin.graph.demo.District.Representative;
import cn.tongxin.graph.demo.District.Town;
import cn.tongxin.graph.demo.District.Village;

/**
 * The ledgers of a made-up district, as the CSV files a clerk would import, for the service to load on first
 * start.
 * <p>
 * The demo goes through the ordinary ledger import, so it obeys the same rules as real data and shows them at
 * work. It is generated rather than checked in so that its shape — 12 towns, about 150 villages, 250
 * enterprises, the district's leaders, 865 representatives, near-full pairing coverage with a few gaps, 189
 * projects — is written down once, in this package. Everything random comes from one {@link Random} drawn in a
 * fixed order (never the clock, never a hash order), so a seed always gives byte-identical files and loading the
 * demo again changes nothing. All names are invented; none contains a comma or a quote.
 */
public final class DemoDistrict {

	/** The seed the service loads its demo with. */
	public static final long SEED = 20261125L;

	private DemoDistrict() {
	}

	/** The demo's ledgers, kind → CSV text (header first, {@code \n} line ends), in the order a full load uses. */
	public static LinkedHashMap<String, String> csvFiles(long seed) {
		return LedgerCsv.files(draw(seed));
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
		return new District(towns, villages, enterprises, leaders, representatives, friendships, contacts, pairings,
				projects);
	}

}
