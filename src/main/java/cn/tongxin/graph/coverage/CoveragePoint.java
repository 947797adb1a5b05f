package cn.tongxin.graph.coverage;

import java.time.LocalDate;

import cn.tongxin.graph.system.GraphValues;
import org.neo4j.driver.Value;

/** Coverage on one day of a trend. */
record CoveragePoint(LocalDate date, int villages, int pairedVillages) {

	static CoveragePoint from(Value point) {
		return new CoveragePoint(GraphValues.date(point.get("date")), point.get("villages").asInt(),
				point.get("pairedVillages").asInt());
	}

	public int unpairedVillages() {
		return this.villages - this.pairedVillages;
	}

	public double ratio() {
		return Coverage.ratio(this.pairedVillages, this.villages);
	}

}
