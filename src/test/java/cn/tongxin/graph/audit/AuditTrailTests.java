package cn.tongxin.graph.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.tongxin.graph.GraphTest;
import cn.tongxin.graph.TestGraph;
import cn.tongxin.graph.TongxinHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.client.ClientGraphQlResponse;

import static cn.tongxin.graph.TongxinHttp.values;
import static org.assertj.core.api.Assertions.assertThat;

/** Every import and user change leaves an entry; administrators read them; nothing else does. */
@GraphTest
class AuditTrailTests {

	static final String LOG = """
			query($filter: AuditFilter, $first: Int, $after: String) {
			  auditLog(filter: $filter, first: $first, after: $after) {
			    totalCount
			    edges { cursor node { username operation kind keys changes { key property before after } } }
			    pageInfo { hasNextPage endCursor }
			  }
			}
			""";

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient neo4j;

	TongxinHttp admin;

	@BeforeEach
	void emptyTrail() {
		TestGraph.empty(this.neo4j);
		this.admin = new TongxinHttp(this.port);
	}

	@Test
	void recordsWhoImportedWhichRecordsAndTheirValues() {
		this.admin.importCsv("towns", "code,name\n610322100,甲镇\n610322101,乙镇\n");

		var log = log(Map.of("kind", "towns"));

		assertThat(log.field("auditLog.totalCount").toEntity(Integer.class)).isEqualTo(1);
		assertThat(log.field("auditLog.edges[0].node.username").toEntity(String.class)).isEqualTo("admin");
		assertThat(log.field("auditLog.edges[0].node.operation").toEntity(String.class)).isEqualTo("import");
		assertThat(values(log, "auditLog.edges[0].node.keys")).containsExactly("610322100", "610322101");
		assertThat(values(log, "auditLog.edges[0].node.changes[?(@.key == '610322101')]")).containsExactly(
				change("610322101", "code", null, "610322101"), change("610322101", "name", null, "乙镇"));
	}

	@Test
	void recordsBeforeAndAfterOfWhatChangedOnly() {
		this.admin.importCsv("towns", "code,name\n610322100,甲镇\n610322101,乙镇\n");
		this.admin.importCsv("towns", "code,name\n610322100,甲镇\n610322101,乙镇（新）\n");
		this.admin.importCsv("towns", "code,name\n610322100,甲镇\n610322101,乙镇（新）\n");
		this.admin.importCsv("towns", "code,name\n610322102,丙镇\n", true);

		var log = log(Map.of("kind", "towns"));

		assertThat(log.field("auditLog.totalCount").toEntity(Integer.class)).isEqualTo(2);
		assertThat(values(log, "auditLog.edges[0].node.changes")).containsExactly(
				change("610322101", "name", "乙镇", "乙镇（新）"));
	}

	@Test
	void marksPersonalValuesAsChangedWithoutWritingThemDown() {
		this.admin.importCsv("representatives", "id,name,category,level,phone\nR1,李娜,INTELLECTUAL,DISTRICT,13812345678\n");

		var log = log(Map.of("kind", "representatives"));

		assertThat(values(log, "auditLog.edges[0].node.changes[?(@.property == 'phone')].after")).containsExactly("***");
		assertThat(log.toMap().toString()).doesNotContain("13812345678");
	}

	@Test
	void recordsUserChangesWithoutPasswords() {
		this.admin.createUser("audited.user", "VIEWER", false, List.of());

		var log = log(Map.of("operation", "createUser", "key", "audited.user"));

		assertThat(values(log, "auditLog.edges[0].node.changes[*].property")).contains("role", "password");
		assertThat(values(log, "auditLog.edges[0].node.changes[?(@.property == 'password')].after")).containsExactly("***");
		assertThat(log.toMap().toString()).doesNotContain(TongxinHttp.USER_PASSWORD).doesNotContain("$2a$");
	}

	@Test
	void pagesThroughTheTrailNewestFirstWithoutRepeats() {
		for (int i = 0; i < 5; i++) {
			this.admin.importCsv("towns", "code,name\n61032210%d,第%d镇\n".formatted(i, i));
		}
		var keys = new ArrayList<String>();
		String after = null;
		boolean more = true;
		while (more) {
			var page = this.admin.graphQl()
				.document(LOG)
				.variable("filter", Map.of("kind", "towns"))
				.variable("first", 2)
				.variable("after", after)
				.executeSync();
			keys.addAll(values(page, "auditLog.edges[*].node.keys[0]"));
			more = page.field("auditLog.pageInfo.hasNextPage").toEntity(Boolean.class);
			after = page.field("auditLog.pageInfo.endCursor").toEntity(String.class);
		}

		assertThat(keys).containsExactly("610322104", "610322103", "610322102", "610322101", "610322100");
	}

	@Test
	void letsOnlyAdministratorsReadIt() {
		TongxinHttp editor = this.admin.createUser("an.editor", "EDITOR", false, List.of());

		var denied = editor.graphQl().document(LOG).executeSync();

		assertThat(denied.getErrors()).singleElement()
			.satisfies(error -> assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN"));
	}

	/** A change as the API answers it; before is null for a new record. */
	private static Map<String, String> change(String key, String property, String before, String after) {
		var change = new java.util.LinkedHashMap<String, String>();
		change.put("key", key);
		change.put("property", property);
		change.put("before", before);
		change.put("after", after);
		return change;
	}

	private ClientGraphQlResponse log(Map<String, Object> filter) {
		return this.admin.graphQl().document(LOG).variable("filter", filter).executeSync();
	}


}
