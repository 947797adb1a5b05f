package cn.tongxin.graph.ledger;

/**
 * What a ledger's rows are in the graph; the bulk first load writes them so, and the ledger's upsert Cypher
 * writes the same.
 */
public sealed interface Layout {

	/**
	 * A node per row, with the label, keyed by the first key column; the columns that name other records are not
	 * properties but ties ({@link Column#tiedBy}); latitude and longitude also make a point, {@code location}.
	 */
	record Records(String label) implements Layout {
	}

	/**
	 * A node per row that is known only by its columns together (a contact: who, with whom, when, how): every
	 * column is a property, and the columns that name records make ties.
	 */
	record Events(String label) implements Layout {
	}

	/**
	 * A relationship per row, from the record its first key column names to the one its second names; the other
	 * columns are its properties.
	 */
	record Ties(String type) implements Layout {
	}

}
