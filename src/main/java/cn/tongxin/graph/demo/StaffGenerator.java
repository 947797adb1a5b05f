package cn.tongxin.graph.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import cn.tongxin.graph.demo.District.Staff;
import cn.tongxin.graph.demo.District.Town;
import cn.tongxin.graph.demo.District.Village;
import cn.tongxin.graph.staff.StaffPost;

/**
 * Draws the staff of united-front work (统战干部): a commissioner in every town and a liaison in every village, all
 * in post on the report day ("全覆盖"), with predecessors for some; since then a few liaisons have left unreplaced
 * and only some of the new communities have one, so that today shows gaps.
 */
final class StaffGenerator {

	private static final int TOWNS_WITH_PREDECESSOR = 4;

	private static final int VILLAGES_WITH_PREDECESSOR = 12;

	private static final int LIAISONS_LEFT_SINCE_REPORT = 2;

	private static final int NEW_COMMUNITIES_WITH_LIAISON = 2;

	private final Draws draws;

	private final ChineseNames names;

	private final PeopleGenerator people;

	StaffGenerator(Draws draws, ChineseNames names, PeopleGenerator people) {
		this.draws = draws;
		this.names = names;
		this.people = people;
	}

	List<Staff> staff(List<Town> towns, List<Village> villages, List<Village> settled, List<Village> newCommunities,
			Map<Village, LocalDate> established) {
		List<Staff> staff = new ArrayList<>();
		Set<String> phones = new HashSet<>();
		Set<Town> townsWithPredecessor = new HashSet<>(this.draws.sample(towns, TOWNS_WITH_PREDECESSOR));
		for (Town town : towns) {
			LocalDate since = this.draws.dateBetween(LocalDate.of(2020, 1, 1), LocalDate.of(2024, 6, 30));
			if (townsWithPredecessor.contains(town)) {
				add(staff, StaffPost.TOWN_COMMISSIONER, town, null, this.draws.dateBetween(LocalDate.of(2015, 1, 1),
						since.minusYears(2)), since.minusDays(1), phones);
			}
			add(staff, StaffPost.TOWN_COMMISSIONER, town, null, since, null, phones);
		}
		List<Village> shuffled = this.draws.sample(settled, settled.size());
		Set<Village> withPredecessor = new HashSet<>(shuffled.subList(0, VILLAGES_WITH_PREDECESSOR));
		Set<Village> leftSinceReport = new HashSet<>(
				shuffled.subList(VILLAGES_WITH_PREDECESSOR, VILLAGES_WITH_PREDECESSOR + LIAISONS_LEFT_SINCE_REPORT));
		for (Village village : villages) {
			if (newCommunities.contains(village)) {
				if (newCommunities.indexOf(village) < NEW_COMMUNITIES_WITH_LIAISON) {
					LocalDate from = established.get(village);
					add(staff, StaffPost.VILLAGE_LIAISON, village.town(), village,
							this.draws.dateBetween(from, District.LEDGER_DATE), null, phones);
				}
				continue;
			}
			LocalDate since = this.draws.dateBetween(LocalDate.of(2019, 1, 1), LocalDate.of(2025, 6, 30));
			if (withPredecessor.contains(village)) {
				add(staff, StaffPost.VILLAGE_LIAISON, village.town(), village,
						this.draws.dateBetween(LocalDate.of(2015, 1, 1), since.minusYears(1)), since.minusDays(1),
						phones);
			}
			LocalDate until = leftSinceReport.contains(village)
					? this.draws.dateBetween(District.REPORT_DATE.plusDays(1), District.LEDGER_DATE) : null;
			add(staff, StaffPost.VILLAGE_LIAISON, village.town(), village, since, until, phones);
		}
		return staff;
	}

	// Commissioners are mostly part-time (a deputy secretary's second hat); a liaison is a village cadre.
	private void add(List<Staff> staff, StaffPost post, Town town, Village village, LocalDate since, LocalDate until,
			Set<String> phones) {
		String gender = this.people.gender(0.6);
		boolean fullTime = this.draws.chance((post == StaffPost.TOWN_COMMISSIONER) ? 0.3 : 0.05);
		String id = String.format(Locale.ROOT, "S%04d", staff.size() + 1);
		staff.add(new Staff(id, this.names.person(gender), post, town, village, fullTime, since, until,
				this.people.phone(phones)));
	}

}
