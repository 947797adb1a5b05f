package cn.tongxin.graph.coverage;

import java.time.LocalDate;
import java.util.List;

/**
 * Pairing coverage over some towns (the whole district, or one town), with the figures of each; and which towns
 * ({@code townCode}, null for all the user sees) on which day, for the towns a page at a time.
 */
public record Coverage(int villages, int pairedVillages, List<TownCoverage> byTown, String townCode, LocalDate asOf) {

	public static Coverage of(List<TownCoverage> byTown) {
		return new Coverage(byTown.stream().mapToInt(TownCoverage::villages).sum(),
				byTown.stream().mapToInt(TownCoverage::pairedVillages).sum(), byTown, null, null);
	}

	/** The same figures, of the town {@code townCode} (null: every town the user sees) on the day {@code asOf}. */
	Coverage of(String townCode, LocalDate asOf) {
		return new Coverage(this.villages, this.pairedVillages, this.byTown, townCode, asOf);
	}

	public int unpairedVillages() {
		return this.villages - this.pairedVillages;
	}

	public double ratio() {
		return ratio(this.pairedVillages, this.villages);
	}

	/** Paired over all, in 0..1; a town with no villages yet counts as 0, not as fully covered. */
	static double ratio(int paired, int all) {
		return (all == 0) ? 0.0 : (double) paired / all;
	}

}
