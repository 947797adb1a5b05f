package cn.tongxin.graph.ledger;

import java.util.List;
import java.util.Map;

import cn.tongxin.graph.system.Problem;

import org.springframework.stereotype.Component;

/**
 * Ledger records entered one at a time, for the mutations: each is a one-row import, so it passes exactly the
 * rules, town scope and audit of the CSV ledger it belongs to.
 */
@Component
public class LedgerEntries {

	private final LedgerImport ledgerImport;

	LedgerEntries(LedgerImport ledgerImport) {
		this.ledgerImport = ledgerImport;
	}

	/**
	 * Enters one row of {@code sheet}, its values by header, typed (a date, a number, an enum) or as text; a header
	 * given as null is a blank cell. The mutation's name is the audit operation. Answers why it was refused,
	 * one problem per reason, each naming the field to change: the input field of the column the reason is about,
	 * or the argument {@code argumentNames} gives for that column. Empty when the row was stored.
	 */
	public List<Problem> enter(Sheet sheet, Map<String, ?> values, String operation,
			Map<String, String> argumentNames) {
		return this.ledgerImport.importEntry(sheet, values, operation)
			.stream()
			.map(reason -> new Problem(fieldOf(reason.column(), sheet, argumentNames), reason.message()))
			.toList();
	}

	public List<Problem> enter(Sheet sheet, Map<String, ?> values, String operation) {
		return enter(sheet, values, operation, Map.of());
	}

	/** The input field of the column a reason is about, or the argument that stands for that column. */
	private static String fieldOf(String header, Sheet sheet, Map<String, String> argumentNames) {
		return sheet.columns().stream()
			.filter(column -> column.header().equals(header))
			.findFirst()
			.map(column -> argumentNames.getOrDefault(column.header(), column.property()))
			.orElse(null);
	}

}
