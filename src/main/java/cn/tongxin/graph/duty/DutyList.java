package cn.tongxin.graph.duty;

import java.util.List;

import org.neo4j.driver.Value;

/**
 * A holder's duty list for a year: its items (at most {@link Duties#LARGEST_LIST}) with their latest checks, and
 * over every item of the year, how many there are, their weights and their latest checks' scores summed.
 */
public record DutyList(DutyHolder holder, int year, int items, long weight, long score, List<Duty> duties) {

	/** The latest checks' scores over the weights, 0..1; 0 for a year without items. */
	public double rate() {
		return (this.weight > 0) ? (double) this.score / this.weight : 0;
	}

	static DutyList from(Value list) {
		return new DutyList(DutyHolder.from(list.get("holder")), list.get("year").asInt(), list.get("items").asInt(),
				list.get("weight").asLong(), list.get("score").asLong(), list.get("duties").asList(Duty::from));
	}

}
