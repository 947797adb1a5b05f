package cn.tongxin.graph.ledger;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.tongxin.graph.system.CypherFile;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * The two questions the import asks the graph, per ledger: which of these keys are stored and with what
 * properties ({@code queries/ledger/<kind>-stored.cypher}), and write these rows, saying what each write did
 * ({@code queries/ledger/<kind>-upsert.cypher}). Each is one round trip for a whole batch.
 */
@Component
class LedgerGraph {

	private final Neo4jClient neo4j;

	private final Map<String, String> storedQueries;

	private final Map<String, String> upsertQueries;

	LedgerGraph(Neo4jClient neo4j) {
		this.neo4j = neo4j;
		this.storedQueries = loadAll("stored");
		this.upsertQueries = loadAll("upsert");
	}

	/**
	 * The stored records among {@code keys}, by key: the same properties an import row carries, and whether a user
	 * bound to {@code userTowns} may see the record and may change it ({@code null}: the whole district).
	 */
	Map<List<Object>, Stored> stored(Sheet sheet, Collection<Map<String, Object>> keys, List<String> userTowns) {
		var parameters = new HashMap<String, Object>();
		parameters.put("keys", List.copyOf(keys));
		parameters.put("userTowns", userTowns);
		Collection<Map<String, Object>> records = this.neo4j.query(this.storedQueries.get(sheet.kind()))
			.bindAll(parameters)
			.fetch()
			.all();
		var byKey = new HashMap<List<Object>, Stored>();
		for (Map<String, Object> record : records) {
			@SuppressWarnings("unchecked")
			var stored = (Map<String, Object>) record.get("stored");
			@SuppressWarnings("unchecked")
			var properties = (Map<String, Object>) stored.get("properties");
			byKey.put(sheet.keyOf(properties), new Stored(properties, Boolean.TRUE.equals(stored.get("visible")),
					Boolean.TRUE.equals(stored.get("mayChange"))));
		}
		return byKey;
	}

	/**
	 * Writes the rows and answers, by key, what each write did: whether it created the record, and otherwise the
	 * properties it replaced, read under the record's lock. A row the write did not take (its town or a record it
	 * refers to left the user's reach meanwhile) has no answer.
	 */
	Map<List<Object>, Written> upsert(Sheet sheet, List<Map<String, Object>> rows, List<String> userTowns) {
		var parameters = new HashMap<String, Object>();
		parameters.put("rows", rows);
		parameters.put("userTowns", userTowns);
		Collection<Map<String, Object>> records = this.neo4j.query(this.upsertQueries.get(sheet.kind()))
			.bindAll(parameters)
			.fetch()
			.all();
		var byKey = new HashMap<List<Object>, Written>();
		for (Map<String, Object> record : records) {
			@SuppressWarnings("unchecked")
			var key = (List<Object>) record.get("key");
			@SuppressWarnings("unchecked")
			var before = (Map<String, Object>) record.get("before");
			byKey.put(key, new Written(Boolean.TRUE.equals(record.get("created")), before));
		}
		return byKey;
	}

	/** A stored record: its properties, and whether the importing user may see it and change it. */
	record Stored(Map<String, Object> properties, boolean visible, boolean mayChange) {
	}

	/** What one row's write did: created the record, or replaced {@code before}. */
	record Written(boolean created, Map<String, Object> before) {
	}

	private static Map<String, String> loadAll(String question) {
		return Sheets.IN_LOAD_ORDER.stream()
			.collect(Collectors.toMap(Sheet::kind, sheet -> CypherFile.load("ledger/" + sheet.kind() + "-" + question),
					(a, b) -> a, HashMap::new));
	}

}
