package cn.tongxin.graph.audit;

import java.util.List;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import org.neo4j.driver.Value;

/** One recorded change: who, when (ISO-8601), what operation on which kind, the keys touched, and how. */
record AuditEntry(String id, String at, String username, String operation, String kind, List<String> keys,
		List<Change> changes) {

	private static final JsonMapper json = JsonMapper.builder().build();

	static AuditEntry from(Value entry) {
		return new AuditEntry(entry.get("id").asString(), entry.get("at").asString(), entry.get("username").asString(),
				entry.get("operation").asString(), entry.get("kind").asString(null),
				entry.get("keys").asList(Value::asString),
				json.readValue(entry.get("changes").asString(), new TypeReference<List<Change>>() {
				}));
	}

}
