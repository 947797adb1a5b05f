package cn.tongxin.graph.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.tongxin.graph.system.CypherFile;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * The questions the import asks the graph, per ledger, in the Cypher files its feature declares with it
 * ({@link Sheet#cypher()}): which of these keys are stored and with what properties ({@code <kind>-stored}), write
 * these rows, saying what each write did ({@code <kind>-upsert}), and, for the ledgers of records with a key of
 * their own, create these rows found absent ({@code <kind>-create}). Each is one round trip for a whole batch.
 */
@Component
class LedgerGraph {

	private final Neo4jClient neo4j;

	private final Map<String, String> storedQueries;

	private final Map<String, String> upsertQueries;

	private final Map<String, String> createQueries;

	private final Map<String, String> rulesQueries;

	LedgerGraph(Neo4jClient neo4j, Ledgers ledgers) {
		this.neo4j = neo4j;
		this.storedQueries = loadAll("stored", ledgers.inLoadOrder());
		this.upsertQueries = loadAll("upsert", ledgers.inLoadOrder());
		this.createQueries = loadAll("create", ledgers.inLoadOrder().stream().filter(Sheet::hasOwnKey).toList());
		this.rulesQueries = loadAll("rules", ledgers.inLoadOrder().stream().filter(Sheet::checkedInGraph).toList());
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
	 * refers to left the user's reach meanwhile) has no answer. Rows whose key is not among {@code stored} (the
	 * stored look-up found them absent) are created by the ledger's create statement, where it has one, with no
	 * old properties to read and no old ties to remove; the others, and any row it left out (a key another import
	 * created since the look-up), by the upsert.
	 */
	Map<List<Object>, Written> write(Sheet sheet, List<Map<String, Object>> rows, Set<List<Object>> stored,
			List<String> userTowns) {
		var written = new HashMap<List<Object>, Written>();
		List<Map<String, Object>> toUpsert = rows;
		String create = this.createQueries.get(sheet.kind());
		if (create != null) {
			var absent = rows.stream().filter(row -> !stored.contains(sheet.keyOf(row))).toList();
			if (!absent.isEmpty()) {
				for (Map<String, Object> record : run(create, absent, userTowns)) {
					@SuppressWarnings("unchecked")
					var key = (List<Object>) record.get("key");
					written.put(key, new Written(true, null));
				}
				toUpsert = rows.stream().filter(row -> !written.containsKey(sheet.keyOf(row))).toList();
			}
		}
		if (!toUpsert.isEmpty()) {
			for (Map<String, Object> record : run(this.upsertQueries.get(sheet.kind()), toUpsert, userTowns)) {
				@SuppressWarnings("unchecked")
				var key = (List<Object>) record.get("key");
				@SuppressWarnings("unchecked")
				var before = (Map<String, Object>) record.get("before");
				written.put(key, new Written(Boolean.TRUE.equals(record.get("created")), before));
			}
		}
		return written;
	}

	/**
	 * The rules across records each row breaks, by key ({@code <kind>-rules}): a village not in the row's town, a
	 * record another row already names. One round trip for the batch.
	 */
	Map<List<Object>, List<Reason>> brokenRules(Sheet sheet, List<Map<String, Object>> rows, List<String> userTowns,
			LocalDate today) {
		var parameters = new HashMap<String, Object>();
		parameters.put("rows", rows);
		parameters.put("userTowns", userTowns);
		parameters.put("today", today);
		var broken = new HashMap<List<Object>, List<Reason>>();
		for (Map<String, Object> record : this.neo4j.query(this.rulesQueries.get(sheet.kind())).bindAll(parameters).fetch().all()) {
			@SuppressWarnings("unchecked")
			var key = (List<Object>) record.get("key");
			broken.computeIfAbsent(key, k -> new ArrayList<>())
				.add(new Reason((String) record.get("column"), (String) record.get("problem")));
		}
		return broken;
	}

	private Collection<Map<String, Object>> run(String cypher, List<Map<String, Object>> rows, List<String> userTowns) {
		var parameters = new HashMap<String, Object>();
		parameters.put("rows", rows);
		parameters.put("userTowns", userTowns);
		return this.neo4j.query(cypher).bindAll(parameters).fetch().all();
	}

	/** A stored record: its properties, and whether the importing user may see it and change it. */
	record Stored(Map<String, Object> properties, boolean visible, boolean mayChange) {
	}

	/** What one row's write did: created the record, or replaced {@code before}. */
	record Written(boolean created, Map<String, Object> before) {
	}

	private static Map<String, String> loadAll(String question, List<Sheet> sheets) {
		return sheets.stream()
			.collect(Collectors.toMap(Sheet::kind, sheet -> CypherFile.load(sheet.cypherFile(question)),
					(a, b) -> a, HashMap::new));
	}

}
