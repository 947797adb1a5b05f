package cn.tongxin.graph.ledger;

/**
 * A rule across records, declared with the sheet that keeps it. The import asks the graph, in the ledger's
 * {@code <kind>-rules} Cypher; the bulk first load, which has no graph yet, checks the declaration against the
 * ledgers read before, with the same message.
 */
public sealed interface RecordRule {

	/**
	 * The record column {@code header} names lies in the one column {@code in} names: a liaison's village in the
	 * row's town.
	 */
	static RecordRule within(String header, String in) {
		return new Within(header, in);
	}

	/**
	 * A record column {@code header} names is named by one row only, {@code why} says so: a representative is one
	 * member.
	 */
	static RecordRule namedOnce(String header, String why) {
		return new NamedOnce(header, why);
	}

	/** @see RecordRule#within */
	record Within(String header, String in) implements RecordRule {

		/** Why {@code value} does not lie in {@code place}, {@code null} when no place was given. */
		Reason problem(Object value, Column place, Object placeValue) {
			return new Reason(this.header, this.header + " " + value + "："
					+ ((placeValue == null) ? "须同时填写它所在" + place.references().noun() + "的 " + this.in
							: "不在 " + this.in + " " + placeValue + " 所指的" + place.references().noun()));
		}

	}

	/** @see RecordRule#namedOnce */
	record NamedOnce(String header, String why) implements RecordRule {

		/** Why {@code value} cannot be named again, in a ledger called {@code title}: {@code key} names it. */
		Reason problem(Object value, String title, String key) {
			return new Reason(this.header, this.header + " " + value + "：已关联" + title + " " + key + "，" + this.why);
		}

	}

}
