package cn.tongxin.graph.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import cn.tongxin.graph.demo.District.Enterprise;
import cn.tongxin.graph.demo.District.Town;
import cn.tongxin.graph.demo.District.Village;
import cn.tongxin.graph.enterprise.Ownership;

/** Draws the district's towns, their villages and communities, and the enterprises registered in them. */
final class PlaceGenerator {

	/** The first {@link District#URBAN_TOWNS} make up the district seat. */
	private static final List<String> TOWN_NAMES = List.of("城关镇", "东湖街道", "虢王镇", "柳林镇", "陈村镇", "石桥镇",
			"南塬镇", "龙泉镇", "杏林镇", "槐原镇", "河口镇", "青峰镇");

	private static final int VILLAGES = 150;

	private static final int MIN_VILLAGES_PER_TOWN = 10;

	private static final int MAX_VILLAGES_PER_TOWN = 15;

	private static final int COMMUNITIES_PER_URBAN_TOWN = 5;

	private static final int ENTERPRISES = 250;

	private static final int MIN_ENTERPRISES_PER_TOWN = 12;

	private static final int ENTERPRISES_WITHOUT_EMPLOYEES = 6;

	private static final int ENTERPRISES_WITHOUT_LOCATION = 4;

	/** Of every 100 enterprises, how many of each ownership. */
	private static final Map<Ownership, Integer> OWNERSHIP_WEIGHTS = new EnumMap<>(Map.of(Ownership.PRIVATE, 76,
			Ownership.STATE, 7, Ownership.COLLECTIVE, 9, Ownership.FOREIGN, 3, Ownership.OTHER, 5));

	private final Draws draws;

	private final ChineseNames names;

	PlaceGenerator(Draws draws, ChineseNames names) {
		this.draws = draws;
		this.names = names;
	}

	// Towns sit on a 4 × 3 grid across the district, each a little off its grid point.
	List<Town> towns() {
		List<Town> towns = new ArrayList<>();
		for (int i = 0; i < TOWN_NAMES.size(); i++) {
			double latitude = 34.70 - (i / 4) * 0.15 + this.draws.between(-0.015, 0.015);
			double longitude = 107.20 + (i % 4) * 0.4 / 3 + this.draws.between(-0.015, 0.015);
			towns.add(new Town(i, District.DIVISION + (100 + i), TOWN_NAMES.get(i), latitude, longitude));
		}
		return towns;
	}

	// Codes follow the statistical convention: communities (居委会) 001–199, villages (村委会) 200–399.
	// A rural town has a community at its seat, sometimes two.
	List<Village> villages(List<Town> towns) {
		List<Village> villages = new ArrayList<>();
		int[] counts = spread(towns.size(), VILLAGES, MIN_VILLAGES_PER_TOWN, MAX_VILLAGES_PER_TOWN);
		for (Town town : towns) {
			int communities = town.isUrban() ? COMMUNITIES_PER_URBAN_TOWN : 1 + (this.draws.chance(0.2) ? 1 : 0);
			for (int i = 0; i < counts[town.index()]; i++) {
				boolean community = i < communities;
				int number = community ? 1 + i : 200 + i - communities;
				String code = town.code() + String.format(Locale.ROOT, "%03d", number);
				String name = community ? this.names.community() : this.names.village();
				int households = community ? this.draws.between(500, 2500) : this.draws.between(80, 1600);
				villages.add(new Village(code, name, town, community, households,
						this.draws.near(town.latitude(), 0.025, 34.3, 34.8),
						this.draws.near(town.longitude(), 0.025, 107.1, 107.7)));
			}
		}
		return villages;
	}

	// Every town has a few; the district seat draws four times its share of the rest.
	List<Enterprise> enterprises(List<Town> towns) {
		List<Enterprise> enterprises = new ArrayList<>();
		int[] counts = new int[towns.size()];
		Arrays.fill(counts, MIN_ENTERPRISES_PER_TOWN);
		for (int extra = ENTERPRISES - counts.length * MIN_ENTERPRISES_PER_TOWN; extra > 0; extra--) {
			counts[this.draws.weighted(towns, (town) -> town.isUrban() ? 4 : 1).index()]++;
		}
		Set<Integer> withoutEmployees = this.draws.indexes(ENTERPRISES, ENTERPRISES_WITHOUT_EMPLOYEES);
		Set<Integer> withoutLocation = this.draws.indexes(ENTERPRISES, ENTERPRISES_WITHOUT_LOCATION);
		for (Town town : towns) {
			for (int i = 0; i < counts[town.index()]; i++) {
				int index = enterprises.size();
				// Drawn even where left out, so that which ones lack a value does not shift the others' draws.
				Industry industry = this.draws.weighted(List.of(Industry.values()), (each) -> each.weight);
				Ownership ownership = this.draws.weighted(List.of(Ownership.values()), OWNERSHIP_WEIGHTS::get);
				Integer employees = this.draws.skewed(5, 2000);
				Double latitude = this.draws.near(town.latitude(), 0.03, 34.3, 34.8);
				Double longitude = this.draws.near(town.longitude(), 0.03, 107.1, 107.7);
				String name = this.names.enterprise(industry, ownership);
				enterprises.add(new Enterprise(this.names.creditCode(), name, town, industry, ownership,
						withoutEmployees.contains(index) ? null : employees,
						withoutLocation.contains(index) ? null : latitude,
						withoutLocation.contains(index) ? null : longitude));
			}
		}
		return enterprises;
	}

	/** {@code total} split over {@code towns} towns, each getting {@code min}..{@code max}. */
	private int[] spread(int towns, int total, int min, int max) {
		int[] counts = new int[towns];
		int left = total;
		for (int i = 0; i < counts.length; i++) {
			counts[i] = min;
			left -= min;
		}
		while (left > 0) {
			int i = this.draws.below(counts.length);
			if (counts[i] < max) {
				counts[i]++;
				left--;
			}
		}
		return counts;
	}

}
