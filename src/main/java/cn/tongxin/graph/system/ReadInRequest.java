package cn.tongxin.graph.system;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import graphql.GraphQLContext;

/**
 * The records of one kind that a GraphQL request has already read, by key, so that a field asking for one of them
 * again costs no statement: a village's town when the question started from that town, a friend read with the
 * friendship. Safe to reuse because they were read in the same request, for the same user and under the same
 * rules, in its one read transaction.
 */
public final class ReadInRequest {

	private ReadInRequest() {
	}

	/** This request's records of the type, by key; empty at first. */
	public static <V> Map<String, V> of(GraphQLContext request, Class<V> type) {
		return request.computeIfAbsent(ReadInRequest.class.getName() + "." + type.getName(),
				key -> new ConcurrentHashMap<String, V>());
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
