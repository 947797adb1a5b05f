package cn.tongxin.graph.ledger;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import cn.tongxin.graph.audit.Change;

/**
 * One kind of ledger file: its columns, the columns that together are its key, the rules across columns, the
 * column naming the row's own town ({@code null} where the town follows from a record the row refers to), and,
 * for a row that records an event in the life of another record, which one. Reading a row yields the graph
 * properties it sets, or every problem found in it.
 */
record Sheet(String kind, List<String> keyHeaders, List<Column> columns, List<RowRule> rules, String ownTown,
		During during) {

	/**
	 * Rows dated inside the period of a record of ledger {@code kind} (its {@code since} to its {@code until}),
	 * found by this sheet's leading key columns, which are that ledger's key: a contact within a friendship.
	 */
	record During(String kind, String dateHeader, String noun) {
	}

	Sheet(String kind, List<String> keyHeaders, List<Column> columns, List<RowRule> rules, String ownTown) {
		this(kind, keyHeaders, columns, rules, ownTown, null);
	}

	Sheet(String kind, List<String> keyHeaders, List<Column> columns, String ownTown) {
		this(kind, keyHeaders, columns, List.of(), ownTown);
	}

	/**
	 * Why a user bound to {@code userTowns} may not import this row, as far as its own town tells, or
	 * {@code null}. A town given by reference is checked with the other references.
	 */
	String outsideTowns(Map<String, Object> properties, List<String> userTowns) {
		if (userTowns == null || this.ownTown == null) {
			return null;
		}
		Column town = column(this.ownTown);
		Object code = properties.get(town.property());
		if (code == null) {
			return this.ownTown + "：您只负责部分镇（" + String.join("、", userTowns) + "），须填写其中之一";
		}
		if (town.references() == null && !userTowns.contains(code)) {
			return this.ownTown + " " + code + "：不在您负责的镇（属地）范围内";
		}
		return null;
	}

	List<String> missingColumns(Set<String> headers) {
		return this.columns.stream().filter(Column::required).map(Column::header).filter(h -> !headers.contains(h)).toList();
	}

	List<String> keyProperties() {
		return this.keyHeaders.stream().map(header -> column(header).property()).toList();
	}

	Column column(String header) {
		return this.columns.stream()
			.filter(column -> column.header().equals(header))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException(this.kind + " has no column " + header));
	}

	/** The key of a row or of a stored record, from its properties. */
	List<Object> keyOf(Map<String, Object> properties) {
		return keyProperties().stream().map(properties::get).toList();
	}

	/** A record's key as the audit trail files it: {@code 610322100}, or {@code L1+R2} for a pair. */
	String keyText(Map<String, Object> properties) {
		return String.join("+", keyOf(properties).stream().map(String::valueOf).toList());
	}

	/**
	 * The columns a row changes against what is stored ({@code before} null for a new record), by column name;
	 * personal values are marked as changed without being written down.
	 */
	List<Change> changes(Map<String, Object> before, Map<String, Object> after) {
		var changes = new ArrayList<Change>();
		for (Column column : this.columns) {
			if (!after.containsKey(column.property())) {
				continue;
			}
			Object old = (before != null) ? before.get(column.property()) : null;
			Object now = after.get(column.property());
			if (sameValue(old, now)) {
				continue;
			}
			changes.add(column.personal()
					? new Change(keyText(after), column.header(), (old != null) ? Change.WITHHELD : null,
							(now != null) ? Change.WITHHELD : null)
					: new Change(keyText(after), column.header(), (old != null) ? old.toString() : null,
							(now != null) ? now.toString() : null));
		}
		return changes;
	}

	/** Equal as stored: the graph answers whole numbers as Long and decimals as Double. */
	static boolean sameValue(Object stored, Object given) {
		return Objects.equals(comparable(stored), comparable(given));
	}

	private static Object comparable(Object value) {
		if (value instanceof Integer number) {
			return number.longValue();
		}
		if (value instanceof Float number) {
			return number.doubleValue();
		}
		return value;
	}

	/**
	 * A reason about the record as a whole: its key as {@link #describeKey} reads it, then {@code problem}; filed
	 * under the first column of its key.
	 */
	Reason aboutRecord(Map<String, Object> properties, String problem) {
		return new Reason(this.keyHeaders.get(0), describeKey(properties) + problem);
	}

	/** How a key reads in a message: {@code code 610322100} or {@code leader_id L1 + representative_id R2}. */
	String describeKey(Map<String, Object> properties) {
		var parts = new ArrayList<String>();
		for (String header : this.keyHeaders) {
			parts.add(header + " " + properties.get(column(header).property()));
		}
		return String.join(" + ", parts);
	}

	ReadRow read(LedgerFile.Row row) {
		var byHeader = new LinkedHashMap<String, Object>();
		var problems = new ArrayList<Reason>();
		for (Column column : this.columns) {
			if (column.keptWhenAbsent() && !row.has(column.header())) {
				continue;
			}
			String text = row.cell(column.header());
			if (text == null || text.isBlank()) {
				if (column.required()) {
					problems.add(new Reason(column.header(), column.header() + "：必填，不能为空"));
				}
				byHeader.put(column.header(), column.defaultValue());
				continue;
			}
			try {
				byHeader.put(column.header(), column.cell().parse(text));
			}
			catch (CellRejected ex) {
				String quoted = column.personal() ? "" : " " + text.strip();
				problems.add(new Reason(column.header(), column.header() + quoted + "：" + ex.getMessage()));
				byHeader.put(column.header(), null);
			}
		}
		if (problems.isEmpty()) {
			for (RowRule rule : this.rules) {
				Reason problem = rule.problemWith(byHeader);
				if (problem != null) {
					problems.add(problem);
				}
			}
		}
		if (!problems.isEmpty()) {
			return new ReadRow(row.line(), null, List.copyOf(problems));
		}
		var properties = new LinkedHashMap<String, Object>();
		for (Column column : this.columns) {
			if (byHeader.containsKey(column.header())) {
				properties.put(column.property(), byHeader.get(column.header()));
			}
		}
		return new ReadRow(row.line(), properties, List.of());
	}

	/** A row as read: its properties when it passed every rule, otherwise every reason why not. */
	record ReadRow(int line, Map<String, Object> properties, List<Reason> reasons) {

		boolean rejected() {
			return !this.reasons.isEmpty();
		}

		/** The reasons as a report gives them, or {@code null} when the row passed. */
		String problem() {
			return rejected() ? Reason.joined(this.reasons) : null;
		}

	}

}
