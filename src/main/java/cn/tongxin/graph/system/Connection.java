package cn.tongxin.graph.system;

import java.util.List;
import java.util.function.Function;

/**
 * A Relay connection: how many match over all pages, one page of edges with opaque cursors, and where it stands.
 * Lists that grow (unpaired villages, the audit trail) answer one.
 */
public record Connection<T>(int totalCount, List<Edge<T>> edges, PageInfo pageInfo) {

	public record Edge<T>(String cursor, T node) {
	}

	public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
	}

	/** The page size asked for: {@code byDefault} when none, and refused outside 0 to {@code largest}. */
	public static int size(Integer first, int byDefault, int largest) {
		int size = (first != null) ? first : byDefault;
		if (size < 0 || size > largest) {
			throw new InvalidArgument("first：每页 0 到 " + largest + " 条，收到 " + size + "；更多请用 after 翻页");
		}
		return size;
	}

	/**
	 * A page from nodes fetched one more than asked for, which tells whether another page follows; each node's
	 * cursor stands after its {@code key}.
	 */
	public static <T> Connection<T> of(int totalCount, List<T> fetched, int size, String after,
			Function<T, String> key) {
		List<Edge<T>> edges = fetched.subList(0, Math.min(size, fetched.size()))
			.stream()
			.map(node -> new Edge<>(Cursor.after(key.apply(node)), node))
			.toList();
		return new Connection<>(totalCount, edges, new PageInfo(fetched.size() > size, after != null,
				edges.isEmpty() ? null : edges.get(0).cursor(), edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor()));
	}

	/** The same page with each node turned into another, cursors kept. */
	public <U> Connection<U> map(Function<T, U> convert) {
		return new Connection<>(this.totalCount,
				this.edges.stream().map(edge -> new Edge<>(edge.cursor(), convert.apply(edge.node()))).toList(),
				this.pageInfo);
	}

}
