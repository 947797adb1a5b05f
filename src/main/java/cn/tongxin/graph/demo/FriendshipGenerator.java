package cn.tongxin.graph.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import cn.tongxin.graph.demo.District.Contact;
import cn.tongxin.graph.demo.District.Friendship;
import cn.tongxin.graph.demo.District.Leader;
import cn.tongxin.graph.demo.District.Representative;
import cn.tongxin.graph.demo.District.Town;
import cn.tongxin.graph.network.ContactKind;
import cn.tongxin.graph.network.FriendshipRules;
import cn.tongxin.graph.people.LeaderRole;

/** Draws who of the leaders befriends whom (交友), and the contacts each friendship has had. */
final class FriendshipGenerator {

	/** How many representatives a leader of each role is to befriend: the service's default rules. */
	private static final FriendshipRules FRIENDSHIP_RULES = FriendshipRules.defaults();

	/** Share of leaders one friend short of their role's quota, so that "below quota" questions find someone. */
	private static final double LEADERS_SHORT_OF_QUOTA = 0.05;

	private static final List<ContactKind> CONTACT_KINDS = List.of(ContactKind.values());

	/** A note for each kind of contact, in {@link ContactKind}'s order. */
	private static final List<String> CONTACT_NOTES = List.of("走访了解企业经营和发展困难", "谈心谈话，听取意见建议",
			"参加党外人士座谈会", "电话沟通近况", "共同参加“万企兴万村”观摩活动");

	private final Draws draws;

	FriendshipGenerator(Draws draws) {
		this.draws = draws;
	}

	// Town and village leaders mostly befriend people of their own town; standing committee members
	// lean towards representatives of provincial or municipal standing.
	List<Friendship> friendships(List<Town> towns, List<Leader> leaders, List<Representative> representatives) {
		List<List<Representative>> byTown = byTown(towns, representatives);
		List<Representative> senior = representatives.stream()
			.filter((representative) -> !representative.level().equals("DISTRICT"))
			.toList();
		int shortCount = (int) Math.round(leaders.size() * LEADERS_SHORT_OF_QUOTA);
		Set<Integer> oneShort = this.draws.indexes(leaders.size(), shortCount);
		List<Friendship> friendships = new ArrayList<>();
		for (int i = 0; i < leaders.size(); i++) {
			Leader leader = leaders.get(i);
			int friends = FRIENDSHIP_RULES.quotaOf(leader.role()) - (oneShort.contains(i) ? 1 : 0);
			List<Representative> preferred = (leader.town() != null) ? byTown.get(leader.town().index())
					: (leader.role() == LeaderRole.STANDING_COMMITTEE) ? senior : representatives;
			List<Representative> chosen = new ArrayList<>();
			while (chosen.size() < friends) {
				Representative representative = this.draws.pick(this.draws.chance(0.8) ? preferred : representatives);
				if (!chosen.contains(representative)) {
					chosen.add(representative);
				}
			}
			chosen.sort(Comparator.comparing(Representative::id));
			for (Representative representative : chosen) {
				LocalDate since = this.draws.dateBetween(LocalDate.of(2019, 1, 1), LocalDate.of(2025, 6, 30));
				LocalDate lastContact = this.draws.chance(0.1) ? null
						: this.draws.dateBetween(since, District.LEDGER_DATE);
				friendships.add(new Friendship(leader, representative, since, lastContact));
			}
		}
		return friendships;
	}

	/** The representatives of each town, by the town's index; those without a town are in none. */
	private static List<List<Representative>> byTown(List<Town> towns, List<Representative> representatives) {
		List<List<Representative>> byTown = new ArrayList<>();
		for (int i = 0; i < towns.size(); i++) {
			byTown.add(new ArrayList<>());
		}
		for (Representative representative : representatives) {
			if (representative.town() != null) {
				byTown.get(representative.town().index()).add(representative);
			}
		}
		return byTown;
	}

	// Each friendship with a last contact has it on its timeline, after up to three earlier contacts, and most
	// have had a contact in the two months before the ledger date, which the friendships ledger has not caught
	// up with: about one in five is overdue. Drawn last of all the ledgers, so that adding contacts left every
	// other ledger of a seed as it was.
	List<Contact> contacts(List<Friendship> friendships) {
		List<Contact> contacts = new ArrayList<>();
		for (Friendship friendship : friendships) {
			if (friendship.lastContact() == null) {
				continue;
			}
			var dates = new TreeSet<LocalDate>();
			dates.add(friendship.lastContact());
			int earlier = this.draws.below(4);
			for (int i = 0; i < earlier; i++) {
				dates.add(this.draws.dateBetween(friendship.since(), friendship.lastContact()));
			}
			LocalDate recently = District.LEDGER_DATE.minusDays(60);
			if (this.draws.chance(0.85) && !recently.isBefore(friendship.since())) {
				dates.add(this.draws.dateBetween(recently, District.LEDGER_DATE));
			}
			for (LocalDate date : dates) {
				int kind = this.draws.below(CONTACT_KINDS.size());
				contacts.add(new Contact(friendship, date, CONTACT_KINDS.get(kind).name(), CONTACT_NOTES.get(kind)));
			}
		}
		return contacts;
	}

}
