package cn.tongxin.graph.ledger;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.tongxin.graph.GraphTest;
import cn.tongxin.graph.TestGraph;
import cn.tongxin.graph.demo.DemoDistrict;
import cn.tongxin.graph.ledger.InitialLoad.InitialLoadRefused;
import cn.tongxin.graph.place.PlaceLedgers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

import org.springframework.beans.factory.BeanCreationException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.neo4j.core.Neo4jClient;

import static cn.tongxin.graph.GraphTestConfiguration.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The bulk first load makes the very graph the import makes: the demo district, contacts included, is loaded both
 * ways and the two graphs are compared node by node and tie by tie, with every property and its type.
 */
@GraphTest
class InitialLoadTests {

	/** Every record and tie of the ledgers, as text that names labels, keys, properties and their types. */
	static final String GRAPH = """
			MATCH (n)
			WHERE NOT n:User AND NOT n:AuditEntry AND NOT n:Revision
			  AND NOT any(label IN labels(n) WHERE label STARTS WITH '__Neo4jMigration')
			RETURN 'node' AS what, labels(n) AS labels, [k IN keys(n) | k + '=' + valueOf(n[k])] AS properties
			UNION ALL
			MATCH (a)-[r]->(b)
			WHERE NOT a:User AND NOT a:AuditEntry AND NOT any(label IN labels(a) WHERE label STARTS WITH '__Neo4jMigration')
			RETURN type(r) + ' ' + keyOf(a) + ' -> ' + keyOf(b) AS what, [] AS labels,
			       [k IN keys(r) | k + '=' + valueOf(r[k])] AS properties
			""".replace("valueOf(n[k])", value("n[k]"))
		.replace("valueOf(r[k])", value("r[k]"))
		.replace("keyOf(a)", key("a"))
		.replace("keyOf(b)", key("b"));

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	LedgerImport ledgerImport;

	@Autowired
	Ledgers sheets;

	@Test
	void makesTheGraphTheImportMakes(@TempDir Path ledgers, @TempDir Path home) throws IOException {
		Map<String, String> files = DemoDistrict.coreFiles(DemoDistrict.SEED);
		assertThat(files).containsKeys("towns", "friendships", "contacts", "pairings", "projects");
		// ledgers added through the engine alone, with no line of the bulk load written for them, load the same;
		// the members as they joined, the first 3,000 of them (the import writes no history for a new member)
		for (DemoDistrict.LedgerFile file : DemoDistrict.files(DemoDistrict.SEED)) {
			if (List.of("units", "staff").contains(file.name())) {
				files.put(file.kind(), file.csv());
			}
			else if (file.name().equals("members")) {
				files.put(file.kind(), file.csv().lines().limit(3_001).collect(Collectors.joining("\n", "", "\n")));
			}
		}
		files.put("units", files.get("units") + "GXQ,高新区管委会,PARK,%s,%s\n".formatted(firstKey(files.get("towns")),
				firstKey(files.get("enterprises"))));
		files.put("villages", establishedOn(files.get("villages"), "2027-03-01"));
		for (var file : files.entrySet()) {
			Files.writeString(ledgers.resolve(file.getKey() + ".csv"), file.getValue());
		}
		TestGraph.empty(this.neo4j);
		files.forEach((kind, csv) -> assertThat(
				this.ledgerImport.importFile(kind, csv.getBytes(StandardCharsets.UTF_8), false).rejected())
			.as(kind)
			.isEmpty());

		Map<String, Integer> loaded = InitialLoad.load(this.sheets, home, ledgers, TODAY);

		assertThat(loaded.keySet()).containsExactlyElementsOf(files.keySet());
		List<String> imported = canonical(this.neo4j.query(GRAPH).fetch().all().stream().toList());
		List<String> bulkLoaded = bulkLoadedGraph(home);
		assertThat(imported).hasSizeGreaterThan(2000);
		assertThat(bulkLoaded).containsExactlyElementsOf(imported);
	}

	@Test
	void refusesTheWholeLoadForOneBadRowAndSaysWhere(@TempDir Path ledgers, @TempDir Path home) throws IOException {
		Files.writeString(ledgers.resolve("towns.csv"), "code,name\n610322100,城关镇\n");
		Files.writeString(ledgers.resolve("villages.csv"), """
				code,name,town_code,households
				610322100001,东关村,610322100,300
				610322100002,西关村,610322100,很多
				610322101001,南关村,610322101,120
				""");

		assertThatExceptionOfType(InitialLoadRefused.class)
			.isThrownBy(() -> InitialLoad.load(this.sheets, home, ledgers, TODAY))
			.satisfies(refused -> assertThat(refused.problems()).containsExactly(
					"villages.csv 第 3 行：households 很多：" + problemOf("households", "很多"),
					"villages.csv 第 4 行：town_code 610322101：没有这个镇，请先导入 towns 台账"))
			// at startup, the reason is what the console shows, not the bean that failed
			.satisfies(refused -> assertThat(new InitialLoadFailureAnalyzer()
				.analyze(new BeanCreationException("embeddedNeo4j", "could not be created", refused))
				.getDescription()).isEqualTo(refused.getMessage()).contains("第一处：villages.csv 第 3 行"));
		assertThat(home.resolve("data/databases/neo4j")).doesNotExist();
		assertThat(home.resolve("initial-load-problems.txt")).content(StandardCharsets.UTF_8).contains("第 3 行", "第 4 行");
	}

	@Test
	void refusesWhatTheImportRefusesAcrossRecordsInItsWords(@TempDir Path ledgers, @TempDir Path home)
			throws IOException {
		var files = new LinkedHashMap<String, String>();
		files.put("towns", "code,name\n610322100,城关镇\n610322101,马畅镇\n");
		files.put("villages", "code,name,town_code\n610322100001,东关村,610322100\n610322101001,马畅村,610322101\n");
		files.put("representatives", "id,name,category,level\nR1,周敏,NON_PARTISAN,DISTRICT\n");
		files.put("members", """
				id,name,category,tier,town_code,village_code,representative_id,joined_on
				M1,王芳,NON_PARTISAN,VILLAGE,610322100,610322100001,R1,2020-01-01
				M2,李强,INTELLECTUAL,VILLAGE,610322100,610322101001,,2020-01-01
				M3,张伟,NON_PARTISAN,DISTRICT,,610322100001,R1,2020-01-01
				""");
		files.put("staff", """
				id,name,post,town_code,village_code,since
				S1,刘洋,VILLAGE_LIAISON,610322101,610322101001,2024-01-01
				S2,陈静,VILLAGE_LIAISON,610322101,610322100001,2024-01-01
				""");
		for (var file : files.entrySet()) {
			Files.writeString(ledgers.resolve(file.getKey() + ".csv"), file.getValue());
		}
		TestGraph.empty(this.neo4j);
		var imported = new ArrayList<String>();
		files.forEach((kind, csv) -> this.ledgerImport.importFile(kind, csv.getBytes(StandardCharsets.UTF_8), false)
			.rejected()
			.forEach(row -> imported.add(kind + ".csv 第 " + row.line() + " 行：" + row.message())));
		assertThat(imported).hasSize(3)
			.anyMatch(problem -> problem.contains("village_code 610322101001：不在 town_code 610322100 所指的镇"))
			.anyMatch(problem -> problem.contains("village_code 610322100001：须同时填写它所在镇的 town_code"))
			.anyMatch(problem -> problem.contains("representative_id R1：已关联统战成员 M1"));

		assertThatExceptionOfType(InitialLoadRefused.class)
			.isThrownBy(() -> InitialLoad.load(this.sheets, home, ledgers, TODAY))
			.satisfies(refused -> assertThat(refused.problems()).containsExactlyInAnyOrderElementsOf(imported));
	}

	@Test
	void refusesAFileItCannotReadAsItsLedger(@TempDir Path ledgers, @TempDir Path home) throws IOException {
		Files.writeString(ledgers.resolve("towns.csv"), "code\n610322100\n");

		assertThatExceptionOfType(InitialLoadRefused.class)
			.isThrownBy(() -> InitialLoad.load(this.sheets, home, ledgers, TODAY))
			.withMessage("首次装载未进行：towns.csv 缺少必需的列：name（第 1 行应为列名）");
		assertThat(home.resolve("data/databases/neo4j")).doesNotExist();
	}

	/**
	 * The villages ledger with an established_on column, if it has none, the first village's filled with {@code day}
	 * and the others' empty: a date the bulk load must store as the import does.
	 */
	private static String establishedOn(String villages, String day) {
		List<String> lines = villages.lines().toList();
		if (lines.get(0).contains("established_on")) {
			return villages;
		}
		var withColumn = new StringBuilder(lines.get(0)).append(",established_on\n");
		for (int i = 1; i < lines.size(); i++) {
			withColumn.append(lines.get(i)).append(',').append((i == 1) ? day : "").append('\n');
		}
		return withColumn.toString();
	}

	/**
	 * The statements of a migration on the classpath, each on its own, as neo4j-migrations runs them; one that
	 * neo4j-migrations runs in batches ({@code CALL { } IN TRANSACTIONS}, for a national store) in one transaction
	 * here, since the embedded API has no implicit transactions and a test district is small.
	 */
	private static List<String> statementsOf(String migration) throws IOException {
		String text = new ClassPathResource(migration).getContentAsString(StandardCharsets.UTF_8)
			.lines()
			.filter(line -> !line.strip().startsWith("//"))
			.collect(Collectors.joining("\n"));
		return Arrays.stream(text.split(";"))
			.map(statement -> statement.replaceAll("\\}\\s*IN TRANSACTIONS OF \\d+ ROWS", "}").strip())
			.filter(statement -> !statement.isEmpty())
			.toList();
	}

	/** The first cell of a ledger's first row: its first record's key. */
	private static String firstKey(String csv) {
		String firstRow = csv.split("\n")[1];
		return firstRow.substring(0, firstRow.indexOf(','));
	}

	/** The import's own words for a bad cell, so that the test does not restate them. */
	private static String problemOf(String header, String text) {
		String problem = Reason.joined(PlaceLedgers.VILLAGES.check(Map.of("code", "610322100002", "name", "村",
				"town_code", "610322100", header, text), TODAY));
		return problem.substring(problem.indexOf('：') + 1);
	}

	/**
	 * The bulk-loaded store's graph as the service finds it once its first start has run the migrations: the load
	 * writes no members' tallies, name tallies or flows nor villages' nearest enterprises: V0022 to V0026 work them
	 * out from what it loaded.
	 */
	private static List<String> bulkLoadedGraph(Path home) throws IOException {
		var dbms = new DatabaseManagementServiceBuilder(home).setConfig(GraphDatabaseSettings.pagecache_memory, 8L << 20)
			.build();
		try {
			var database = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
			for (String migration : List.of("V0022__Member_tallies.cypher", "V0023__Nearest_enterprise.cypher",
					"V0024__Member_tallies_of_those_who_left.cypher", "V0025__Member_flows.cypher",
					"V0026__Member_name_tallies.cypher")) {
				for (String statement : statementsOf("neo4j/migrations/" + migration)) {
					database.executeTransactionally(statement);
				}
			}
			try (var transaction = database.beginTx(); var result = transaction.execute(GRAPH)) {
				return canonical(result.stream().toList());
			}
		}
		finally {
			dbms.shutdown();
		}
	}

	/** Each row as one line, its properties sorted; the lines sorted. */
	private static List<String> canonical(List<Map<String, Object>> rows) {
		var lines = new ArrayList<String>();
		for (Map<String, Object> row : rows) {
			var properties = new ArrayList<String>();
			((List<?>) row.get("properties")).forEach(property -> properties.add(property.toString()));
			properties.sort(null);
			lines.add(row.get("what") + " " + row.get("labels") + " " + properties);
		}
		lines.sort(null);
		return lines;
	}

	private static String value(String of) {
		return ("valueType(%1$s) + ':' + CASE WHEN valueType(%1$s) STARTS WITH 'POINT' "
				+ "THEN toString(%1$s.latitude) + ',' + toString(%1$s.longitude) + ',' + toString(%1$s.srid) "
				+ "ELSE toString(%1$s) END").formatted(of);
	}

	private static String key(String of) {
		return ("coalesce(%1$s.code, %1$s.creditCode, %1$s.id, %1$s.leaderId + '|' + %1$s.representativeId + '|' "
				+ "+ toString(%1$s.date) + '|' + %1$s.kind)").formatted(of);
	}

}
