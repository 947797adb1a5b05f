package cn.tongxin.graph.audit;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;

import cn.tongxin.graph.system.CypherFile;
import cn.tongxin.graph.system.GraphReader;
import cn.tongxin.graph.system.InvalidArgument;
import cn.tongxin.graph.system.TongxinProperties;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;

/** The audit trail for administrators: newest first, filtered, a page at a time. */
@Controller
class AuditLog {

	static final int LARGEST_PAGE = 100;

	private static final String AUDIT_LOG = CypherFile.load("audit/audit-log");

	private final GraphReader graph;

	private final String zone;

	AuditLog(GraphReader graph, TongxinProperties properties) {
		this.graph = graph;
		this.zone = properties.zone().getId();
	}

	/** Which entries: each part optional; dates are days in the district's time zone, both ends included. */
	record AuditFilter(String username, String operation, String kind, String key, LocalDate from, LocalDate to) {
	}

	/** One page as the query answers it: the entries, one more than asked for when another page follows. */
	private record Page(int totalCount, List<AuditEntry> entries) {
	}

	record Connection(int totalCount, List<Edge> edges, PageInfo pageInfo) {
	}

	record Edge(String cursor, AuditEntry node) {
	}

	record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
	}

	@QueryMapping
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional(readOnly = true)
	Connection auditLog(@Argument AuditFilter filter, @Argument Integer first, @Argument String after) {
		int size = (first != null) ? first : 20;
		if (size < 0 || size > LARGEST_PAGE) {
			throw new InvalidArgument("first：每页 0 到 " + LARGEST_PAGE + " 条，收到 " + size);
		}
		AuditFilter given = (filter != null) ? filter : new AuditFilter(null, null, null, null, null, null);
		String[] cursor = decode(after);
		var parameters = new HashMap<String, Object>();
		parameters.put("username", given.username());
		parameters.put("operation", given.operation());
		parameters.put("kind", given.kind());
		parameters.put("key", given.key());
		parameters.put("from", given.from());
		parameters.put("to", given.to());
		parameters.put("zone", this.zone);
		parameters.put("afterAt", (cursor != null) ? cursor[0] : null);
		parameters.put("afterId", (cursor != null) ? cursor[1] : null);
		parameters.put("limit", size + 1);
		Page log = this.graph
			.all(AUDIT_LOG, parameters, "log",
					value -> new Page(value.get("totalCount").asInt(), value.get("page").asList(AuditEntry::from)))
			.get(0);
		List<AuditEntry> entries = log.entries();
		List<Edge> edges = entries.subList(0, Math.min(size, entries.size()))
			.stream()
			.map(entry -> new Edge(encode(entry), entry))
			.toList();
		return new Connection(log.totalCount(), edges, new PageInfo(entries.size() > size, after != null,
				edges.isEmpty() ? null : edges.get(0).cursor(), edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor()));
	}

	private static String encode(AuditEntry entry) {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(("a1:" + entry.at() + "|" + entry.id()).getBytes(StandardCharsets.UTF_8));
	}

	private static String[] decode(String cursor) {
		if (cursor == null) {
			return null;
		}
		try {
			String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
			if (text.startsWith("a1:") && text.indexOf('|') > 0) {
				return text.substring(3).split("\\|", 2);
			}
		}
		catch (IllegalArgumentException ex) {
			// reported below
		}
		throw new InvalidArgument("after：「" + cursor + "」不是本接口给出的游标，请使用上一页返回的 endCursor");
	}

}
