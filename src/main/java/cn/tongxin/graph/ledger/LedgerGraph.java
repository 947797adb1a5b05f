package cn.tongxin.graph.ledger;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.tongxin.graph.system.CypherFile;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * The two questions the import asks the graph, per ledger: which of these keys are stored and with what
 * properties ({@code queries/ledger/<kind>-stored.cypher}), and write these rows
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

	/** The stored records among {@code keys}, by key, as the same properties an import row carries. */
	Map<List<Object>, Map<String, Object>> stored(Sheet sheet, Collection<Map<String, Object>> keys) {
		Collection<Map<String, Object>> records = this.neo4j.query(this.storedQueries.get(sheet.kind()))
			.bind(List.copyOf(keys))
			.to("keys")
			.fetch()
			.all();
		var byKey = new HashMap<List<Object>, Map<String, Object>>();
		for (Map<String, Object> record : records) {
			@SuppressWarnings("unchecked")
			var properties = (Map<String, Object>) record.get("properties");
			byKey.put(sheet.keyOf(properties), properties);
		}
		return byKey;
	}

	void upsert(Sheet sheet, List<Map<String, Object>> rows) {
		this.neo4j.query(this.upsertQueries.get(sheet.kind())).bind(rows).to("rows").run();
	}

	private static Map<String, String> loadAll(String question) {
		return Sheets.IN_LOAD_ORDER.stream()
			.collect(Collectors.toMap(Sheet::kind, sheet -> CypherFile.load("ledger/" + sheet.kind() + "-" + question),
					(a, b) -> a, HashMap::new));
	}

}
