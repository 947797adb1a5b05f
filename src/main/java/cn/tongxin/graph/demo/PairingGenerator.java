package cn.tongxin.graph.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import cn.tongxin.graph.demo.District.Enterprise;
import cn.tongxin.graph.demo.District.Pairing;
import cn.tongxin.graph.demo.District.Project;
import cn.tongxin.graph.demo.District.Village;

/** Draws which enterprises are paired with which villages (万企兴万村), and the projects of those pairings. */
final class PairingGenerator {

	/** New communities, established after the report day and not yet paired with any enterprise. */
	private static final int NEW_COMMUNITIES = 4;

	/** Villages whose only pairing ended after the report day. */
	private static final int VILLAGES_WITH_ENDED_PAIRING_ONLY = 4;

	/** Villages that also have an ended pairing before their current one. */
	private static final int VILLAGES_WITH_PAIRING_HISTORY = 8;

	private static final double VILLAGES_WITH_SECOND_PAIRING = 0.10;

	private static final int MAX_VILLAGES_PER_ENTERPRISE = 4;

	private static final int PROJECTS = 189;

	private static final int PROJECTS_WITHOUT_INVESTMENT = 5;

	private static final List<LocalDate> FUTURE_ENDS = List.of(LocalDate.of(2030, 12, 31), LocalDate.of(2031, 6, 30),
			LocalDate.of(2031, 12, 31));

	/** Project themes any pairing may take up, besides those of the enterprise's own industry. */
	private static final List<String> COMMON_THEMES = List.of("产业联建", "就业帮扶");

	private final Draws draws;

	private List<Village> newCommunities = List.of();

	PairingGenerator(Draws draws) {
		this.draws = draws;
	}

	// Every village gets a current pairing, preferably with an enterprise of its own town, except a few new
	// communities (none yet) and a few villages whose only pairing has ended since the report day. Some villages
	// have a second current pairing, some an ended one before their current one. On the report day all are
	// paired: the new communities did not exist yet.
	List<Pairing> pairings(List<Village> villages, List<Enterprise> enterprises) {
		List<Village> communities = villages.stream().filter(Village::isCommunity).toList();
		this.newCommunities = this.draws.sample(communities, NEW_COMMUNITIES);
		Set<Village> newCommunities = new HashSet<>(this.newCommunities);
		List<Village> rest = villages.stream().filter((village) -> !village.isCommunity()).toList();
		List<Village> shuffled = this.draws.sample(rest, rest.size());
		Set<Village> endedOnly = new HashSet<>(shuffled.subList(0, VILLAGES_WITH_ENDED_PAIRING_ONLY));
		Set<Village> withHistory = new HashSet<>(shuffled.subList(VILLAGES_WITH_ENDED_PAIRING_ONLY,
				VILLAGES_WITH_ENDED_PAIRING_ONLY + VILLAGES_WITH_PAIRING_HISTORY));
		List<Pairing> pairings = new ArrayList<>();
		Map<String, Integer> load = new HashMap<>();
		for (Village village : villages) {
			if (newCommunities.contains(village)) {
				continue;
			}
			List<Enterprise> partners = new ArrayList<>();
			if (endedOnly.contains(village)) {
				LocalDate since = this.draws.dateBetween(LocalDate.of(2018, 1, 1), LocalDate.of(2023, 6, 30));
				LocalDate until = this.draws.dateBetween(District.REPORT_DATE.plusDays(1),
						District.LEDGER_DATE.minusDays(1));
				add(pairings, partner(enterprises, village, partners, load), village, since, until, load);
				continue;
			}
			LocalDate earliest = LocalDate.of(2018, 1, 1);
			if (withHistory.contains(village)) {
				LocalDate since = this.draws.dateBetween(earliest, LocalDate.of(2021, 6, 30));
				LocalDate until = this.draws.dateBetween(since.plusYears(1), LocalDate.of(2023, 12, 31));
				add(pairings, partner(enterprises, village, partners, load), village, since, until, load);
				earliest = until;
			}
			int current = this.draws.chance(VILLAGES_WITH_SECOND_PAIRING) ? 2 : 1;
			for (int i = 0; i < current; i++) {
				LocalDate since = this.draws.dateBetween(earliest, LocalDate.of(2025, 6, 30));
				LocalDate until = this.draws.chance(0.05) ? this.draws.pick(FUTURE_ENDS) : null;
				add(pairings, partner(enterprises, village, partners, load), village, since, until, load);
			}
		}
		return pairings;
	}

	/** The communities that {@link #pairings} left unpaired as new, in the order drawn. */
	List<Village> newCommunities() {
		return this.newCommunities;
	}

	private static void add(List<Pairing> pairings, Enterprise enterprise, Village village, LocalDate since,
			LocalDate until, Map<String, Integer> load) {
		pairings.add(new Pairing(enterprise, village, since, until));
		load.merge(enterprise.creditCode(), 1, Integer::sum);
	}

	/**
	 * An enterprise for the village, not yet paired with it and below its limit: usually of the village's own
	 * town, and more likely one already paired elsewhere, so that a few enterprises carry several villages.
	 */
	private Enterprise partner(List<Enterprise> enterprises, Village village, List<Enterprise> partners,
			Map<String, Integer> load) {
		Predicate<Enterprise> free = (enterprise) -> !partners.contains(enterprise)
				&& load.getOrDefault(enterprise.creditCode(), 0) < MAX_VILLAGES_PER_ENTERPRISE;
		List<Enterprise> candidates = enterprises.stream()
			.filter(free)
			.filter((enterprise) -> enterprise.town() == village.town())
			.toList();
		if (candidates.isEmpty() || this.draws.chance(0.08)) {
			candidates = enterprises.stream().filter(free).toList();
		}
		Enterprise partner = this.draws.weighted(candidates,
				(enterprise) -> 2 + load.getOrDefault(enterprise.creditCode(), 0));
		partners.add(partner);
		return partner;
	}

	// Most projects belong to current pairings; those of ended pairings were completed while they lasted. Every
	// one was planned or started by the report day, which counts them all.
	List<Project> projects(List<Pairing> pairings) {
		List<Pairing> current = pairings.stream().filter((pairing) -> !pairing.hasEnded()).toList();
		List<Pairing> ended = pairings.stream().filter(Pairing::hasEnded).toList();
		Set<Integer> withoutInvestment = this.draws.indexes(PROJECTS, PROJECTS_WITHOUT_INVESTMENT);
		Map<String, Integer> phases = new HashMap<>();
		List<Project> projects = new ArrayList<>();
		for (int i = 0; i < PROJECTS; i++) {
			Pairing pairing = this.draws.chance(0.95) ? this.draws.pick(current) : this.draws.pick(ended);
			String status = pairing.hasEnded() ? "COMPLETED" : projectStatus();
			LocalDate latest = pairing.hasEnded() && pairing.until().isBefore(District.REPORT_DATE) ? pairing.until()
					: District.REPORT_DATE;
			LocalDate started = status.equals("PLANNED") ? null : this.draws.dateBetween(pairing.since(), latest);
			String id = String.format(Locale.ROOT, "P%04d", i + 1);
			projects.add(new Project(id, projectName(pairing, phases), pairing, status, started,
					withoutInvestment.contains(i) ? null : investment()));
		}
		return projects;
	}

	private String projectStatus() {
		double draw = this.draws.fraction();
		return (draw < 0.2) ? "PLANNED" : (draw < 0.6) ? "IN_PROGRESS" : "COMPLETED";
	}

	/** 王家村产业联建项目, and for a second one on the same theme 王家村产业联建二期项目. */
	private String projectName(Pairing pairing, Map<String, Integer> phases) {
		List<String> themes = new ArrayList<>(COMMON_THEMES);
		// The industry's own themes twice: twice as likely as a common one.
		themes.addAll(pairing.enterprise().industry().themes);
		themes.addAll(pairing.enterprise().industry().themes);
		String base = pairing.village().name() + this.draws.pick(themes);
		int phase = phases.merge(base, 1, Integer::sum);
		return base + ((phase == 1) ? "" : ChineseNames.chineseNumber(phase) + "期") + "项目";
	}

	/** Investment in 10,000 yuan, 10–3000, mostly modest; some with one decimal. */
	private String investment() {
		long tenths = Math.round(
				this.draws.skewed(10, 3000) * 10 + (this.draws.chance(0.3) ? this.draws.below(10) : 0));
		tenths = Math.min(tenths, 30000);
		return (tenths % 10 == 0) ? Long.toString(tenths / 10) : (tenths / 10) + "." + (tenths % 10);
	}

}
