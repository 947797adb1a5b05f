package cn.tongxin.graph.system;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Runs one statement from {@code queries/} and reads one column of each row into a record, so that the
 * feature code says only what it asks. It joins the caller's transaction, read-only where the caller is.
 * <p>
 * Every statement gets {@code $userTowns}, the towns the signed-in user answers for ({@code null} for the whole
 * district), and every statement that reads town-bound records filters by it: town scope (属地) is enforced in
 * the Cypher, not by dropping rows afterwards.
 */
@Component
public class GraphReader {

	private final Neo4jClient neo4j;

	private final TownScope scope;

	GraphReader(Neo4jClient neo4j, TownScope scope) {
		this.neo4j = neo4j;
		this.scope = scope;
	}

	/** Every row's {@code column}, read by {@code read}, in the statement's order. */
	public <T> List<T> all(String cypher, Map<String, Object> parameters, String column, Function<Value, T> read) {
		var scoped = new HashMap<String, Object>(parameters);
		scoped.put("userTowns", this.scope.userTowns());
		return this.neo4j.query(cypher)
			.bindAll(scoped)
			.fetchAs(Value.class)
			.mappedBy((types, record) -> record.get(column))
			.all()
			.stream()
			.map(read)
			.toList();
	}

	/** Rows looked up by key, such as towns by code: each by its key. */
	public <T> Map<String, T> byKey(String cypher, String parameter, Collection<String> keys, String column,
			Function<Value, T> read, Function<T, String> keyOf) {
		return all(cypher, Map.of(parameter, List.copyOf(keys)), column, read).stream()
			.collect(Collectors.toMap(keyOf, Function.identity(), (first, second) -> first));
	}

	/** Rows that belong to some parents, such as the villages of towns: grouped by parent key, in order. */
	public <T> Map<String, List<T>> groupedBy(String cypher, String parameter, Collection<String> keys, String column,
			Function<Value, T> read, Function<T, String> parentKey) {
		return groupedBy(cypher, Map.of(parameter, List.copyOf(keys)), column, read, parentKey);
	}

	/** Like {@link #groupedBy(String, String, Collection, String, Function, Function)}, with more parameters. */
	public <T> Map<String, List<T>> groupedBy(String cypher, Map<String, Object> parameters, String column,
			Function<Value, T> read, Function<T, String> parentKey) {
		return all(cypher, parameters, column, read).stream().collect(Collectors.groupingBy(parentKey));
	}

}
