package cn.tongxin.graph.audit;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;

import cn.tongxin.graph.system.Connection;
import cn.tongxin.graph.system.Cursor;
import cn.tongxin.graph.system.CypherFile;
import cn.tongxin.graph.system.GraphReader;
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

	@QueryMapping
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional(readOnly = true)
	Connection<AuditEntry> auditLog(@Argument AuditFilter filter, @Argument Integer first, @Argument String after) {
		int size = Connection.size(first, 20, LARGEST_PAGE);
		AuditFilter given = (filter != null) ? filter : new AuditFilter(null, null, null, null, null, null);
		// Entries are ordered by time, then id.
		String[] cursor = Cursor.partsOf(after, ".+", ".+");
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
		return Connection.of(log.totalCount(), log.entries(), size, after, entry -> Cursor.position(entry.at(), entry.id()));
	}

}
