package cn.tongxin.graph.system;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import graphql.GraphQLContext;

/**
 * The records of one kind that a GraphQL query has already read, by key, so that a field asking for one of them
 * again costs no statement: a village's town when the question started from that town, a friend read with the
 * friendship. Safe to reuse because they were read in the same query, for the same user and under the same rules,
 * in its read transaction ({@link QueryTransaction}). A mutation remembers nothing: one of its fields may
 * change what an earlier one read.
 */
public final class ReadInRequest {

	private static final String QUERY = ReadInRequest.class.getName() + ".query";

	private ReadInRequest() {
	}

	/** Marks the request as a query that reads the graph, whose records may be reused. */
	static void query(GraphQLContext request) {
		request.put(QUERY, Boolean.TRUE);
	}

	/** This query's records of the type, by key; empty at first, and for anything but a query always. */
	public static <V> Map<String, V> of(GraphQLContext request, Class<V> type) {
		Object query = request.get(QUERY);
		if (!Boolean.TRUE.equals(query)) {
			return new HashMap<>();
		}
		return request.computeIfAbsent(ReadInRequest.class.getName() + "." + type.getName(),
				key -> new ConcurrentHashMap<String, V>());
	}

	/** Remembers records this query has read by some other way than {@link #through}: a question's own answer. */
	public static <V> void remember(GraphQLContext request, Class<V> type, Collection<V> records,
			Function<V, String> key) {
		Map<String, V> read = of(request, type);
		records.forEach(record -> read.put(key.apply(record), record));
	}

	/** A batch look-up that answers the keys already read from {@code read}, and remembers what it reads. */
	public static <V> Function<List<String>, Map<String, V>> through(Map<String, V> read,
			Function<List<String>, Map<String, V>> lookUp) {
		return keys -> {
			List<String> unread = keys.stream().filter(key -> !read.containsKey(key)).toList();
			if (!unread.isEmpty()) {
				read.putAll(lookUp.apply(unread));
			}
			return read;
		};
	}

}
