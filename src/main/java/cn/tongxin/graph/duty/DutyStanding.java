package cn.tongxin.graph.duty;

import org.neo4j.driver.Value;

/**
 * A holder's place in a year's ranking: its items, their weights and latest scores summed, the rate (score over
 * weight), and the reminders and rectifications outstanding (the latest check's action of that many items).
 */
public record DutyStanding(int rank, DutyHolder holder, int items, long weight, long score, double rate,
		int remindersOutstanding, int rectificationsOutstanding) {

	static DutyStanding from(Value standing) {
		return new DutyStanding(0, DutyHolder.from(standing.get("holder")), standing.get("items").asInt(),
				standing.get("weight").asLong(), standing.get("score").asLong(), standing.get("rate").asDouble(),
				standing.get("remindersOutstanding").asInt(), standing.get("rectificationsOutstanding").asInt());
	}

	DutyStanding ranked(int rank) {
		return new DutyStanding(rank, this.holder, this.items, this.weight, this.score, this.rate,
				this.remindersOutstanding, this.rectificationsOutstanding);
	}

}
