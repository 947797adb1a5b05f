package cn.tongxin.graph.ledger;

import java.util.List;

/**
 * One reason a row was refused, with the column it is about (its header; for a reason about the whole record, the
 * first column of its key), so that a mutation can name the field to change without reading the message.
 */
public record Reason(String column, String message) {

	/** The reasons of one row as a report gives them, joined by {@code ；}. */
	public static String joined(List<Reason> reasons) {
		return String.join("；", reasons.stream().map(Reason::message).toList());
	}

}
