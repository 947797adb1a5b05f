package cn.tongxin.graph.coverage;

import java.util.List;

/** Pairing coverage over some towns (the whole district, or one town), with the figures of each. */
public record Coverage(int villages, int pairedVillages, List<TownCoverage> byTown) {

	static Coverage of(List<TownCoverage> byTown) {
		return new Coverage(byTown.stream().mapToInt(TownCoverage::villages).sum(),
				byTown.stream().mapToInt(TownCoverage::pairedVillages).sum(), byTown);
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
