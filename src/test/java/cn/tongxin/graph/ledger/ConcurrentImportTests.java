package cn.tongxin.graph.ledger;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import cn.tongxin.graph.GraphTest;
import cn.tongxin.graph.TestGraph;
import cn.tongxin.graph.TongxinHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Eight clients importing the same keys at once, over HTTP: no duplicate node or relationship, no client's own
 * rows lost, no request failed. Constraints and MERGE keep keys unique; a batch that deadlocks is retried.
 */
@GraphTest
class ConcurrentImportTests {

	static final int CLIENTS = 8;

	static final int SHARED = 60;

	static final int OWN = 5;

	static final int NEW_KEYS = 200;

	static final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient neo4j;

	TongxinHttp admin;

	@BeforeEach
	void peopleToBefriend() {
		TestGraph.empty(this.neo4j);
		this.admin = new TongxinHttp(this.port);
		this.admin.importCsv("towns", "code,name\n610322100,甲镇\n");
		var leaders = new StringBuilder("id,name,role,level\n");
		var representatives = new StringBuilder("id,name,category,level,town_code\n");
		for (int i = 0; i < 8; i++) {
			leaders.append("L%d,领导%d,STANDING_COMMITTEE,DISTRICT\n".formatted(i, i));
			representatives.append("R%d,代表%d,INTELLECTUAL,DISTRICT,610322100\n".formatted(i, i));
		}
		this.admin.importCsv("leaders", leaders.toString());
		this.admin.importCsv("representatives", representatives.toString());
	}

	@Test
	void keepsEveryKeyOnceAndEveryClientsRows() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
		var start = new CountDownLatch(1);
		var results = new ArrayList<Future<List<ImportReport>>>();
		for (int client = 0; client < CLIENTS; client++) {
			int me = client;
			results.add(pool.submit(() -> {
				start.await();
				return List.of(this.admin.importCsv("villages", villages(me)),
						this.admin.importCsv("friendships", friendships(me)));
			}));
		}
		start.countDown();
		pool.shutdown();
		assertThat(pool.awaitTermination(2, TimeUnit.MINUTES)).isTrue();

		for (Future<List<ImportReport>> result : results) {
			for (ImportReport report : result.get()) {
				assertThat(report.rejected()).isEmpty();
			}
		}
		assertThat(count("MATCH (v:Village) RETURN count(v)")).isEqualTo(SHARED + CLIENTS * OWN);
		assertThat(count("MATCH (v:Village) RETURN count(DISTINCT v.code)")).isEqualTo(SHARED + CLIENTS * OWN);
		assertThat(count("MATCH (:Village)-[r:IN_TOWN]->() RETURN count(r)")).isEqualTo(SHARED + CLIENTS * OWN);
		assertThat(count("MATCH ()-[f:BEFRIENDS]->() RETURN count(f)")).isEqualTo(64);
		for (int client = 0; client < CLIENTS; client++) {
			assertThat(count("MATCH (v:Village) WHERE v.code STARTS WITH '6103221009%d' AND v.name = '客户%d自己的村' RETURN count(v)"
				.formatted(client, client))).as("client %d's own villages", client).isEqualTo(OWN);
		}
		Set<String> sharedNames = new HashSet<>(this.neo4j
			.query("MATCH (v:Village) WHERE v.code < '610322100900' RETURN DISTINCT v.name")
			.fetchAs(String.class)
			.all());
		assertThat(sharedNames).allSatisfy(name -> assertThat(name).matches("客户\\d共有的村"));
	}

	/**
	 * The same 200 new villages from eight clients at once: each is created by one of them, so the reports add up
	 * to 200 created, the rest unchanged, and the trail holds 200 creations and no change with a "before".
	 */
	@Test
	void reportsAndAuditsEachNewKeyCreatedOnce() throws Exception {
		var csv = new StringBuilder("code,name,town_code\n");
		for (int i = 0; i < NEW_KEYS; i++) {
			csv.append("610322200%03d,新村%d,610322100\n".formatted(i, i));
		}
		ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
		var start = new CountDownLatch(1);
		var results = new ArrayList<Future<ImportReport>>();
		for (int client = 0; client < CLIENTS; client++) {
			results.add(pool.submit(() -> {
				start.await();
				return this.admin.importCsv("villages", csv.toString());
			}));
		}
		start.countDown();
		pool.shutdown();
		assertThat(pool.awaitTermination(2, TimeUnit.MINUTES)).isTrue();

		int created = 0;
		for (Future<ImportReport> result : results) {
			ImportReport report = result.get();
			assertThat(report.rejected()).isEmpty();
			assertThat(report.updated()).isZero();
			assertThat(report.created() + report.unchanged()).isEqualTo(NEW_KEYS);
			created += report.created();
		}
		assertThat(created).isEqualTo(NEW_KEYS);
		var createdKeys = new ArrayList<String>();
		var changesWithBefore = new ArrayList<Map<String, Object>>();
		for (String entry : this.neo4j.query("MATCH (a:AuditEntry {kind: 'villages'}) RETURN a.changes")
			.fetchAs(String.class)
			.all()) {
			for (Map<String, Object> change : json.readValue(entry, new TypeReference<List<Map<String, Object>>>() {
			})) {
				if (change.get("before") != null) {
					changesWithBefore.add(change);
				}
				else if ("code".equals(change.get("property"))) {
					createdKeys.add((String) change.get("key"));
				}
			}
		}
		assertThat(changesWithBefore).isEmpty();
		assertThat(createdKeys).hasSize(NEW_KEYS).doesNotHaveDuplicates();
	}

	/** The shared villages under this client's name, and five of its own. */
	private static String villages(int client) {
		var csv = new StringBuilder("code,name,town_code\n");
		for (int i = 0; i < SHARED; i++) {
			csv.append("610322100%03d,客户%d共有的村,610322100\n".formatted(i, client));
		}
		for (int i = 0; i < OWN; i++) {
			csv.append("6103221009%d%d,客户%d自己的村,610322100\n".formatted(client, i, client));
		}
		return csv.toString();
	}

	/** Every leader with every representative, each client in its own order so that locks cross. */
	private static String friendships(int client) {
		var csv = new StringBuilder("leader_id,representative_id,since\n");
		for (int i = 0; i < 64; i++) {
			int pair = (client % 2 == 0) ? i : 63 - i;
			csv.append("L%d,R%d,2024-01-%02d\n".formatted(pair / 8, pair % 8, client + 1));
		}
		return csv.toString();
	}

	private long count(String cypher) {
		return this.neo4j.query(cypher).fetchAs(Long.class).one().orElseThrow();
	}

}
