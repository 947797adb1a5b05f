package cn.tongxin.graph.ledger;

/**
 * One column of a ledger file: its header, the graph property it fills, whether it must be filled, how its
 * cells are read, and, for a column that names another record, which ledger that record comes from and the tie
 * it makes in the graph.
 *
 * @param header the column's name in the file's first line
 * @param property the property it fills in the graph
 * @param required whether a blank cell rejects the row
 * @param cell how a non-blank cell is read
 * @param defaultValue what a blank optional cell means, {@code null} for "unknown"
 * @param references the kind of ledger whose key this column names, or {@code null}
 * @param personal personal data (a phone number, a birth year), never quoted back in a message
 * @param keptWhenAbsent a file without this column leaves the stored value as it is: a clerk's older file must not
 * undo what was set since by other means
 * @param instruction says how to apply the row (the day its changes took effect), not a value to keep: the Cypher
 * receives it, but it is not compared with what is stored, audited or backed up
 */
public record Column(String header, String property, boolean required, Cell cell, Object defaultValue,
		Reference references, boolean personal, boolean keptWhenAbsent, boolean instruction) {

	/** The default value of a blank cell that means the day of the import. */
	static final Object TODAY = new Object() {

		@Override
		public String toString() {
			return "today";
		}

	};

	/**
	 * A column that names a record of another ledger, which must already be in the graph and, when
	 * {@code ofUsersTowns}, be one the importing user may see (a user bound to towns refers only to their own);
	 * in a ledger of records, {@code tie} is the relationship it makes.
	 */
	public record Reference(String kind, String noun, boolean ofUsersTowns, Tie tie) {
	}

	/** A relationship between a row's record and the record a column names, and which way it points. */
	public record Tie(String type, boolean towardsNamed) {

		/** {@code (row's record)-[:type]->(named record)}: a village IN_TOWN its town. */
		public static Tie toNamed(String type) {
			return new Tie(type, true);
		}

		/** {@code (named record)-[:type]->(row's record)}: an enterprise CARRIES_OUT a project. */
		public static Tie fromNamed(String type) {
			return new Tie(type, false);
		}

	}

	public static Column required(String header, Cell cell) {
		return new Column(header, propertyFor(header), true, cell, null, null, false, false, false);
	}

	public static Column optional(String header, Cell cell) {
		return new Column(header, propertyFor(header), false, cell, null, null, false, false, false);
	}

	public Column orElse(Object value) {
		return new Column(this.header, this.property, this.required, this.cell, value, this.references, this.personal,
				this.keptWhenAbsent, this.instruction);
	}

	/** A blank cell means the day of the import. */
	public Column orToday() {
		return orElse(TODAY);
	}

	/** This column says how to apply the row, such as the day its changes took effect, rather than a value to keep. */
	public Column asInstruction() {
		return new Column(this.header, this.property, this.required, this.cell, this.defaultValue, this.references,
				this.personal, this.keptWhenAbsent, true);
	}

	/** This column names a record of ledger {@code kind}, called {@code noun} in messages, in the user's towns. */
	public Column references(String kind, String noun) {
		return referring(new Reference(kind, noun, true, null));
	}

	/** This column names a record of ledger {@code kind} in any town: enterprises pair with villages anywhere. */
	public Column referencesAnywhere(String kind, String noun) {
		return referring(new Reference(kind, noun, false, null));
	}

	/** The tie this reference makes from a ledger of records: a village's town column, IN_TOWN. */
	public Column tiedBy(Tie tie) {
		if (this.references == null) {
			throw new IllegalStateException(this.header + " names no record to be tied to");
		}
		Reference reference = this.references;
		return referring(new Reference(reference.kind(), reference.noun(), reference.ofUsersTowns(), tie));
	}

	private Column referring(Reference reference) {
		return new Column(this.header, this.property, this.required, this.cell, this.defaultValue, reference,
				this.personal, this.keptWhenAbsent, this.instruction);
	}

	public Column personalData() {
		return new Column(this.header, this.property, this.required, this.cell, this.defaultValue, this.references,
				true, this.keptWhenAbsent, this.instruction);
	}

	/** A file without this column keeps the stored value: clerks' files that predate it must not undo it. */
	public Column keptWhenLeftOut() {
		return new Column(this.header, this.property, this.required, this.cell, this.defaultValue, this.references,
				this.personal, true, this.instruction);
	}

	/** {@code town_code} becomes {@code townCode}: files speak snake_case, the graph camelCase. */
	private static String propertyFor(String header) {
		var property = new StringBuilder();
		boolean upper = false;
		for (char c : header.toCharArray()) {
			if (c == '_') {
				upper = true;
			}
			else {
				property.append(upper ? Character.toUpperCase(c) : c);
				upper = false;
			}
		}
		return property.toString();
	}

}
