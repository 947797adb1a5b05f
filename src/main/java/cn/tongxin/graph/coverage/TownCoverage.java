package cn.tongxin.graph.coverage;

import cn.tongxin.graph.place.Town;
import org.neo4j.driver.Value;

/** How many of a town's villages are paired now. */
public record TownCoverage(Town town, int villages, int pairedVillages) {

	/** From {@code {town: t {.code, .name}, villages: ..., pairedVillages: ...}}. */
	static TownCoverage from(Value coverage) {
		return new TownCoverage(Town.from(coverage.get("town")), coverage.get("villages").asInt(),
				coverage.get("pairedVillages").asInt());
	}

	public int unpairedVillages() {
		return this.villages - this.pairedVillages;
	}

	public double ratio() {
		return Coverage.ratio(this.pairedVillages, this.villages);
	}

}
