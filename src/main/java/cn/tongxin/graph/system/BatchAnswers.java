package cn.tongxin.graph.system;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Helpers for {@code @BatchMapping} methods and data loaders, which answer a whole list of parents with one query.
 */
public final class BatchAnswers {

	private BatchAnswers() {
	}

	/** The distinct, non-null keys of a batch of parents, to look up in one query. */
	public static <P> List<String> keys(List<P> parents, Function<P, String> key) {
		return parents.stream().map(key).filter(Objects::nonNull).distinct().toList();
	}

	/**
	 * Each parent's value, found by the parent's key among those one batch look-up returns: a village's town by
	 * its town code, say. A parent whose key finds nothing is left out, which GraphQL reads as {@code null}.
	 */
	public static <P, V> Map<P, V> lookUp(List<P> parents, Function<P, String> key,
			Function<List<String>, Map<String, V>> batch) {
		Map<String, V> found = batch.apply(keys(parents, key));
		return byParent(parents, parent -> found.get(key.apply(parent)));
	}

	/** Like {@link #lookUp} for a list per parent, with an empty list where the look-up finds nothing. */
	public static <P, V> Map<P, List<V>> lookUpLists(List<P> parents, Function<P, String> key,
			Function<List<String>, Map<String, List<V>>> batch) {
		Map<String, List<V>> found = batch.apply(keys(parents, key));
		return byParent(parents, parent -> found.getOrDefault(key.apply(parent), List.of()));
	}

	/** Each parent's value; a parent without one is left out, which GraphQL reads as {@code null}. */
	public static <P, V> Map<P, V> byParent(List<P> parents, Function<P, V> value) {
		var answer = new HashMap<P, V>();
		for (P parent : parents) {
			V found = value.apply(parent);
			if (found != null) {
				answer.put(parent, found);
			}
		}
		return answer;
	}

	/**
	 * For a data loader whose keys carry a field's arguments as well as its parent (a page size, a flag): one
	 * look-up per distinct set of arguments, usually one per request, each answering the keys that asked it.
	 */
	public static <K, V> Map<K, V> perArguments(Collection<K> keys, Function<K, List<Object>> arguments,
			BiFunction<K, List<K>, Map<K, V>> lookUp) {
		var answers = new HashMap<K, V>();
		keys.stream()
			.collect(Collectors.groupingBy(arguments))
			.values()
			.forEach(group -> answers.putAll(lookUp.apply(group.get(0), group)));
		return answers;
	}

	/** The arguments a key carries, compared by value, nulls allowed. */
	public static List<Object> arguments(Object... values) {
		return Arrays.asList(values);
	}

}
