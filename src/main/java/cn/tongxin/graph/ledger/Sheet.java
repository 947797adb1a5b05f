package cn.tongxin.graph.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import cn.tongxin.graph.audit.Change;

/**
 * One kind of ledger file, declared by the feature it belongs to ({@link LedgerSheets}): its columns, the columns
 * that together are its key, the rules across columns, the column naming the row's own town ({@code null} where
 * the town follows from a record the row refers to), for a row that records an event in the life of another
 * record which one ({@link During}), what its rows are in the graph ({@link Layout}), and the folder under
 * {@code queries/} of its Cypher: {@code <kind>-stored}, {@code <kind>-upsert}, {@code <kind>-export} and, for
 * records with a key of their own, {@code <kind>-create}; with {@code checkedInGraph}, {@code <kind>-rules}, the
 * rules across records (a village in the row's town). Reading a row yields the graph properties it sets, or every
 * problem found in it.
 */
public record Sheet(String kind, String title, List<String> keyHeaders, List<Column> columns, List<RowRule> rules,
		String ownTown, During during, boolean checkedInGraph, List<RecordRule> recordRules, Layout layout,
		String cypher) {

	public Sheet {
		keyHeaders = List.copyOf(keyHeaders);
		columns = List.copyOf(columns);
		rules = List.copyOf(rules);
		recordRules = List.copyOf(recordRules);
	}

	/**
	 * Rows dated inside the period of a record of ledger {@code kind} (its {@code since} to its {@code until}, and
	 * not after today), found by this sheet's leading key columns, which are that ledger's key: a contact within a
	 * friendship. With {@code newest}, that ledger's column of the newest such date: the graph keeps the newer of
	 * its stated value (as {@code stated}) and the newest dated row (as the column's own property).
	 */
	public record During(String kind, String dateHeader, String noun, String newest, String stated) {

		/**
		 * Why a row of {@code sheet} cannot be dated within {@code record} of {@code period}, its properties as
		 * stored ({@code null} when there is none the user may see), or {@code null} when it can.
		 */
		Reason problemWith(Sheet sheet, Map<String, Object> row, Sheet period, Map<String, Object> record,
				LocalDate today) {
			var date = (LocalDate) row.get(sheet.column(this.dateHeader).property());
			if (record == null) {
				return period.aboutRecord(row, "：二人没有" + this.noun + "，请先导入 " + period.kind() + " 台账");
			}
			if (date.isAfter(today)) {
				return about(date + "：不能晚于今天（" + today + "）");
			}
			if (record.get("since") instanceof LocalDate since && date.isBefore(since)) {
				return about(date + "：早于" + this.noun + "开始的日期 " + since);
			}
			if (record.get("until") instanceof LocalDate until && date.isAfter(until)) {
				return about(date + "：晚于" + this.noun + "结束的日期 " + until);
			}
			return null;
		}

		private Reason about(String problem) {
			return new Reason(this.dateHeader, this.dateHeader + " " + problem);
		}

	}

	/** A sheet of ledger {@code kind}, declared column by column. */
	public static Builder kind(String kind) {
		return new Builder(kind);
	}

	/** Declares a sheet; the last call names its {@link Layout} and makes it. */
	public static final class Builder {

		private final String kind;

		private String title;

		private List<String> keyHeaders = List.of();

		private List<Column> columns = List.of();

		private List<RowRule> rules = List.of();

		private String ownTown;

		private During during;

		private boolean checkedInGraph;

		private List<RecordRule> recordRules = List.of();

		private String cypher;

		private Builder(String kind) {
			this.kind = kind;
		}

		/** The name a clerk knows the ledger by, on the workbench's import page: {@code 镇（街道）}. */
		public Builder titled(String title) {
			this.title = title;
			return this;
		}

		/** The folder under {@code queries/} that holds this ledger's Cypher files. */
		public Builder cypherIn(String folder) {
			this.cypher = folder;
			return this;
		}

		public Builder keyedBy(String... headers) {
			this.keyHeaders = List.of(headers);
			return this;
		}

		/** The column that names the row's own town: a user bound to towns imports rows of those towns only. */
		public Builder placedBy(String header) {
			this.ownTown = header;
			return this;
		}

		public Builder columns(Column... columns) {
			this.columns = List.of(columns);
			return this;
		}

		public Builder rules(RowRule... rules) {
			this.rules = List.of(rules);
			return this;
		}

		/**
		 * Rows may give where the record lies: latitude and longitude, last, in range and together; the graph
		 * keeps them as a point too.
		 */
		public Builder located() {
			var columns = new ArrayList<>(this.columns);
			columns.add(Column.optional("latitude", Cell.decimal(-90, 90)));
			columns.add(Column.optional("longitude", Cell.decimal(-180, 180)));
			this.columns = List.copyOf(columns);
			var rules = new ArrayList<>(this.rules);
			rules.add(RowRule.together("latitude", "longitude"));
			this.rules = List.copyOf(rules);
			return this;
		}

		/** Rows dated within a record of ledger {@code kind}, called {@code noun} in messages. */
		public Builder datedWithin(String kind, String dateHeader, String noun) {
			this.during = new During(kind, dateHeader, noun, null, null);
			return this;
		}

		/**
		 * As {@link #datedWithin}, and that ledger's {@code newest} column follows the newest dated row; the graph
		 * keeps its stated value as {@code stated}.
		 */
		public Builder datedWithin(String kind, String dateHeader, String noun, String newest, String stated) {
			this.during = new During(kind, dateHeader, noun, newest, stated);
			return this;
		}

		/**
		 * Rows are also checked against the graph by the ledger's {@code <kind>-rules} Cypher, for {@code rules}
		 * across records and any about the importing user: given {@code $rows}, {@code $userTowns} and
		 * {@code $today}, it answers {@code key}, {@code column} and {@code problem} for each rule a row breaks. The
		 * bulk first load, with no graph to ask and no user, checks {@code rules} itself: they must be all the
		 * Cypher's rules about records, with its messages.
		 */
		public Builder checkedInGraph(RecordRule... rules) {
			this.checkedInGraph = true;
			this.recordRules = List.of(rules);
			return this;
		}

		public Sheet records(String label) {
			return build(new Layout.Records(label));
		}

		public Sheet events(String label) {
			return build(new Layout.Events(label));
		}

		public Sheet ties(String type) {
			return build(new Layout.Ties(type));
		}

		private Sheet build(Layout layout) {
			return new Sheet(this.kind, Objects.requireNonNull(this.title, this.kind + ": titled is required"),
					this.keyHeaders, this.columns, this.rules, this.ownTown, this.during, this.checkedInGraph,
					this.recordRules, layout, Objects.requireNonNull(this.cypher, this.kind + ": cypherIn is required"));
		}

	}

	/** Whether rows are records with a key of their own, which a uniqueness constraint keeps single. */
	boolean hasOwnKey() {
		return this.layout instanceof Layout.Records;
	}

	/** The Cypher file of one of this ledger's questions: {@code stored}, {@code upsert}, {@code create}, ... */
	String cypherFile(String question) {
		return this.cypher + "/" + this.kind + "-" + question;
	}

	/** Whether its records carry a point, from their latitude and longitude. */
	boolean located() {
		return this.columns.stream().anyMatch(column -> column.header().equals("latitude"))
				&& this.columns.stream().anyMatch(column -> column.header().equals("longitude"));
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
			if (column.instruction() || !after.containsKey(column.property())) {
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

	/** Whether a row would change nothing of what is stored: its instructions aside, every value it gives is kept. */
	boolean sameAsStored(Map<String, Object> stored, Map<String, Object> row) {
		for (Column column : this.columns) {
			if (!column.instruction() && row.containsKey(column.property())
					&& !sameValue(stored.get(column.property()), row.get(column.property()))) {
				return false;
			}
		}
		return true;
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

	/**
	 * Why a row, its values by header (text, or typed as a mutation gives them), breaks this ledger's cell and row
	 * rules on {@code today}, the day of the import; empty when it keeps them. The references, periods and rules
	 * across records are checked against the graph, on import.
	 */
	public List<Reason> check(Map<String, ?> row, LocalDate today) {
		return read(1, row, today).reasons();
	}

	ReadRow read(LedgerFile.Row row, LocalDate today) {
		return read(row.line(), row.cells(), today);
	}

	/**
	 * Reads one row given by header: text from a file, or values a mutation gives typed, checked by the same
	 * cells; a header left out is a column the row does not have. {@code today} is the day of the import.
	 */
	ReadRow read(int line, Map<String, ?> values, LocalDate today) {
		var byHeader = new LinkedHashMap<String, Object>();
		var problems = new ArrayList<Reason>();
		for (Column column : this.columns) {
			if (column.keptWhenAbsent() && !values.containsKey(column.header())) {
				continue;
			}
			Object value = values.get(column.header());
			if (value == null || (value instanceof String text && text.isBlank())) {
				if (column.required()) {
					problems.add(new Reason(column.header(), column.header() + "：必填，不能为空"));
				}
				byHeader.put(column.header(), (column.defaultValue() == Column.TODAY) ? today : column.defaultValue());
				continue;
			}
			try {
				byHeader.put(column.header(), column.cell().accept(value));
			}
			catch (CellRejected ex) {
				String quoted = column.personal() ? "" : " " + shown(value);
				problems.add(new Reason(column.header(), column.header() + quoted + "：" + ex.getMessage()));
				byHeader.put(column.header(), null);
			}
		}
		if (problems.isEmpty()) {
			for (RowRule rule : this.rules) {
				Reason problem = rule.problemWith(byHeader, today);
				if (problem != null) {
					problems.add(problem);
				}
			}
		}
		if (!problems.isEmpty()) {
			return new ReadRow(line, null, List.copyOf(problems));
		}
		var properties = new LinkedHashMap<String, Object>();
		for (Column column : this.columns) {
			if (byHeader.containsKey(column.header())) {
				properties.put(column.property(), byHeader.get(column.header()));
			}
		}
		return new ReadRow(line, properties, List.of());
	}

	/** A value as a message quotes it: text trimmed, a decimal without an exponent. */
	private static String shown(Object value) {
		return (value instanceof Double number && Double.isFinite(number)) ? BigDecimal.valueOf(number).toPlainString()
				: value.toString().strip();
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
