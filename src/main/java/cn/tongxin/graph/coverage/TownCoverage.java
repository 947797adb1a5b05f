package cn.tongxin.graph.coverage;

import cn.tongxin.graph.place.Town;

/** How many of a town's villages are paired now. */
public record TownCoverage(Town town, int villages, int pairedVillages) {

	public int unpairedVillages() {
		return this.villages - this.pairedVillages;
	}

	public double ratio() {
		return Coverage.ratio(this.pairedVillages, this.villages);
	}

}
