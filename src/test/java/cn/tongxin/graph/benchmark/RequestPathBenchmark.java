package cn.tongxin.graph.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.tongxin.graph.GraphTest;
import cn.tongxin.graph.SharedNeo4j;
import cn.tongxin.graph.TestGraph;
import cn.tongxin.graph.TongxinHttp;
import cn.tongxin.graph.ledger.LedgerImport;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Query;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.Value;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The request path: each core question asked as a whole GraphQL request over kept-alive HTTP connections by
 * {@code wrk}, signed in with an API token, beside the very statements that request runs, replayed alone through
 * the driver. The statements are recorded from the request itself (a wrapper round the driver), so "its Cypher
 * alone" is exactly the request's round trips and nothing else: one read transaction with each statement in turn,
 * every result consumed. Both sides at 1 connection (the median) and at 10 (requests per second).
 * <p>
 * Run with {@code mvn -Pbenchmark test -Dtest=RequestPathBenchmark} ({@code wrk} on the PATH: Debian's {@code apt
 * install wrk}); {@code -Dtongxin.benchmark.seconds=10} sets each run's length, {@code
 * -Dtongxin.benchmark.warm-up=60} the seconds of load on every question before any is measured. The table goes to
 * {@code target/benchmark/request-path.md} and the console. It checks answers, never times.
 */
@GraphTest
@Tag("benchmark")
@TestPropertySource(properties = "tongxin.ledger.batch-size=1000")
class RequestPathBenchmark {

	/** NationalLedgers at this scale: 200 towns, 2,500 villages, 4,000 representatives, 1,000 leaders. */
	static final double SCALE = 0.005;

	static final int MANY = 10;

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	LedgerImport ledgerImport;

	@Autowired
	Driver driver;

	@org.springframework.beans.factory.annotation.Value("${tongxin.zone}")
	ZoneId zone;

	@Test
	void measuresEachQuestionAgainstItsCypherAlone() throws Exception {
		int seconds = Integer.getInteger("tongxin.benchmark.seconds", 10);
		Path directory = Path.of("target/national-" + SCALE);
		NationalLedgers.write(directory, SCALE, false);
		TestGraph.empty(this.neo4j);
		var admin = new TongxinHttp(this.port);
		for (String kind : this.ledgerImport.kinds()) {
			Path file = directory.resolve(kind + ".csv");
			if (Files.exists(file)) {
				var response = admin.postImport(kind, "text/csv; charset=utf-8", Files.readAllBytes(file));
				assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
			}
		}
		String token = TongxinHttp.value(admin.graphQl()
			.document("mutation { createApiToken(input: {name: \"benchmark\"}) { token } }")
			.executeSync(), "createApiToken.token");
		String town = one("MATCH (t:Town) WITH t ORDER BY t.code SKIP 100 RETURN t.code AS code LIMIT 1");
		String leader = one("""
				MATCH (l:Leader)-[:BEFRIENDS]->() WITH l, count(*) AS friends ORDER BY friends DESC, l.id
				RETURN l.id AS code LIMIT 1""");

		// The generic layer's documents ask the same of the graph in its own generated API (filters on a pairing's
		// dates as the service counts a village paired on the district's today); each is checked against ours below.
		String today = LocalDate.now(this.zone).toString();
		String paired = """
				{ some: { edge: { since: { lte: "%s" }, OR: [{ until: { eq: null } }, { until: { gte: "%s" } }] } } }"""
			.formatted(today, today);
		String established = "OR: [{ establishedOn: { eq: null } }, { establishedOn: { lte: \"%s\" } }]".formatted(today);
		String inTown = "town: { some: { code: { eq: \"%s\" } } }".formatted(town);
		var questions = List.of(
				new Question("the district's coverage", "{ coverage { villages pairedVillages unpairedVillages ratio } }",
						"""
						{ villages: villagesConnection(where: { %s }) { aggregate { count { nodes } } }
						  pairedVillages: villagesConnection(where: { %s, pairingsConnection: %s }) {
						    aggregate { count { nodes } } } }""".formatted(established, established, paired)),
				new Question("a town's coverage", "{ coverage(townCode: \"%s\") { villages pairedVillages ratio } }"
					.formatted(town), """
						{ villages: villagesConnection(where: { %s, %s }) { aggregate { count { nodes } } }
						  pairedVillages: villagesConnection(where: { %s, %s, pairingsConnection: %s }) {
						    aggregate { count { nodes } } } }"""
					.formatted(established, inTown, established, inTown, paired)),
				new Question("a town's unpaired villages, first 50", """
						{ unpairedVillages(townCode: "%s", first: 50) { edges { node { code name households } } } }"""
					.formatted(town), """
						{ villagesConnection(first: 50, sort: [{ code: ASC }],
						    where: { %s, %s, NOT: { pairingsConnection: %s } }) {
						  edges { node { code name households } } } }""".formatted(established, inTown, paired)),
				new Question("the district's unpaired villages, first 50", """
						{ unpairedVillages(first: 50) { edges { cursor node { code name households town { code name } } }
						  pageInfo { hasNextPage endCursor } } }""", """
						{ villagesConnection(first: 50, sort: [{ code: ASC }],
						    where: { %s, NOT: { pairingsConnection: %s } }) {
						  edges { cursor node { code name households town { code name } } }
						  pageInfo { hasNextPage endCursor } } }""".formatted(established, paired)),
				new Question("a leader's friends", """
						{ leader(id: "%s") { id name role town { code name }
						  friends { representative { id name category } since lastContact } } }""".formatted(leader),
						"""
						{ leaders(where: { id: { eq: "%s" } }) { id name role town { code name }
						  friendsConnection(where: { edge: { until: { eq: null } } }) {
						    edges { properties { since lastContact } node { id name category } } } } }"""
							.formatted(leader)),
				new Question("a town's villages with their towns and pairings", """
						{ town(code: "%s") { villages { code name town { code name }
						  pairings { enterprise { creditCode name } since until } } } }""".formatted(town), """
						{ towns(where: { code: { eq: "%s" } }) { villages { code name town { code name }
						  pairingsConnection { edges { properties { since until } node { creditCode name } } } } } }"""
					.formatted(town)),
				new Question("a town with its villages", """
						{ town(code: "%s") { code name coverage { villages pairedVillages ratio }
						  villages { code name kind paired } } }""".formatted(town), """
						{ towns(where: { code: { eq: "%s" } }) { code name
						  villageCount: villagesConnection(where: { node: { %s } }) { aggregate { count { nodes } } }
						  pairedCount: villagesConnection(where: { node: { %s, pairingsConnection: %s } }) {
						    aggregate { count { nodes } } }
						  villages { code name kind paired(today: "%s") } } }"""
					.formatted(town, established, established, paired, today)));

		// A server runs for days: it is measured once the JIT has compiled the request path (Tomcat, security,
		// GraphQL, Jackson), which takes far longer than the few statements of a Cypher replay. Measured: district
		// coverage took 12 ms at the median after 2 s of warm-up and 4 ms after 40 s, while its Cypher stayed at 1.5-3 ms.
		int warmUp = Integer.getInteger("tongxin.benchmark.warm-up", 60);
		String ours = "http://127.0.0.1:" + this.port + "/graphql";
		Map<String, String> signedIn = Map.of("Authorization", "Bearer " + token);
		for (int round = 0; round < 2; round++) {
			for (Question question : questions) {
				wrk(ours, signedIn, question.document(), 2, Math.max(1, warmUp / (2 * questions.size())));
			}
		}
		var rows = new ArrayList<String>();
		var answers = new ArrayList<JsonNode>();
		var measured = new ArrayList<Figures>();
		for (Question question : questions) {
			List<Statement> statements = recordedStatements(admin.withToken(token), question.document());
			answers.add(ask(ours, signedIn, question.document()));
			var alone1 = cypherAlone(statements, 1, seconds);
			var alone10 = cypherAlone(statements, MANY, seconds);
			var whole1 = wrk(ours, signedIn, question.document(), 1, seconds);
			var whole10 = wrk(ours, signedIn, question.document(), MANY, seconds);
			measured.add(new Figures(whole1.medianMillis(), whole10.perSecond()));
			double floor = Math.max(alone1.medianMillis() * 1.5, alone1.medianMillis() + 1);
			rows.add("| %s | %d | %.2f | %.2f | %s | %,.0f | %,.0f | %.0f %% |".formatted(question.what(),
					statements.size(), alone1.medianMillis(), whole1.medianMillis(),
					(whole1.medianMillis() <= floor) ? "yes" : "no", alone10.perSecond(), whole10.perSecond(),
					100 * whole10.perSecond() / alone10.perSecond()));
		}
		String comparison = compareWithTheGenericLayer(questions, answers, measured, seconds, warmUp);
		String report = """
				NationalLedgers at scale %s, each question asked for %d s per run after %d s of warm-up on them all,
				signed in with an API token.
				"Cypher" is the request's own statements in one read transaction through the driver; "request" is the
				whole GraphQL request over HTTP (wrk, kept-alive connections). Medians at 1 connection, in ms; requests
				per second at %d connections. "within" is the goal: the request's median within 1.5x its Cypher's, or
				within 1 ms of it.

				| question | statements | Cypher p50 | request p50 | within | Cypher/s at %d | requests/s at %d | ratio |
				|---|---:|---:|---:|---|---:|---:|---:|
				%s

				%s
				""".formatted(SCALE, seconds, warmUp, MANY, MANY, MANY, String.join("\n", rows), comparison);
		Files.createDirectories(Path.of("target/benchmark"));
		Files.writeString(Path.of("target/benchmark/request-path.md"), report);
		System.out.println(report);
	}

	/**
	 * The statements one request runs, recorded from the driver while it is asked once; fails on any error.
	 */
	private static List<Statement> recordedStatements(TongxinHttp client, String document) {
		// asked once before, so that the token's day of last use (written once a day) is not among them
		client.graphQl().document(document).executeSync();
		Recorder.STATEMENTS.clear();
		Recorder.recording = true;
		try {
			var response = client.graphQl().document(document).executeSync();
			assertThat(response.getErrors()).as(document).isEmpty();
		}
		finally {
			Recorder.recording = false;
		}
		var statements = List.copyOf(Recorder.STATEMENTS);
		assertThat(statements).as(document).isNotEmpty();
		return statements;
	}

	/** The statements in one read transaction, again and again on {@code connections} threads. */
	private Figures cypherAlone(List<Statement> statements, int connections, int seconds) throws Exception {
		Runnable once = () -> {
			try (Session session = this.driver
				.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
				session.executeRead(tx -> {
					statements.forEach(statement -> tx.run(statement.cypher(), statement.parameters()).consume());
					return null;
				});
			}
		};
		long warmUpEnd = System.nanoTime() + 2_000_000_000L;
		while (System.nanoTime() < warmUpEnd) {
			once.run();
		}
		ExecutorService threads = Executors.newFixedThreadPool(connections);
		try {
			long end = System.nanoTime() + seconds * 1_000_000_000L;
			var futures = new ArrayList<Future<List<Long>>>();
			for (int i = 0; i < connections; i++) {
				futures.add(threads.submit(() -> {
					var nanos = new ArrayList<Long>();
					while (System.nanoTime() < end) {
						long start = System.nanoTime();
						once.run();
						nanos.add(System.nanoTime() - start);
					}
					return nanos;
				}));
			}
			var all = new ArrayList<Long>();
			for (var future : futures) {
				all.addAll(future.get());
			}
			Collections.sort(all);
			return new Figures(all.get(all.size() / 2) / 1e6, all.size() / (double) seconds);
		}
		finally {
			threads.shutdownNow();
		}
	}

	private static final Pattern MEDIAN = Pattern.compile("^\\s+50%\\s+([\\d.]+)(us|ms|s)\\s*$", Pattern.MULTILINE);

	private static final Pattern PER_SECOND = Pattern.compile("^Requests/sec:\\s+([\\d.]+)", Pattern.MULTILINE);

	/**
	 * Issue 13's outside comparison, repeated: the same questions asked of Neo4j's own GraphQL library (served by
	 * Apollo Server, {@code benchmarks/generic-layer}) over the same database, after ours, each answer checked
	 * against ours. The goal: at least twice its requests per second on every question. Runs when the layer is
	 * installed ({@code npm ci} in that folder); signed in to nothing, as the run of it was.
	 */
	private String compareWithTheGenericLayer(List<Question> questions, List<JsonNode> answers, List<Figures> ours,
			int seconds, int warmUp) throws Exception {
		Path folder = Path.of(System.getProperty("tongxin.benchmark.generic-layer", "benchmarks/generic-layer"));
		if (!Files.isDirectory(folder.resolve("node_modules"))) {
			return "The generic layer was not compared: run `npm ci` in " + folder + " first.";
		}
		var start = new ProcessBuilder("node", "server.mjs").directory(folder.toFile()).redirectErrorStream(true);
		start.environment().put("NEO4J_URI", SharedNeo4j.boltUri().toString());
		start.environment().put("NODE_ENV", "production");
		start.environment().put("PORT", "0");
		Process layer = start.start();
		try {
			var output = new BufferedReader(new InputStreamReader(layer.getInputStream(), StandardCharsets.UTF_8));
			String url = null;
			while (url == null) {
				String line = output.readLine();
				assertThat(line).as("the generic layer stopped before it listened").isNotNull();
				Matcher listening = LISTENING.matcher(line);
				url = listening.find() ? listening.group(1) : null;
			}
			Thread drain = new Thread(() -> output.lines().forEach(line -> { }), "generic-layer-output");
			drain.setDaemon(true);
			drain.start();
			for (int i = 0; i < questions.size(); i++) {
				Question question = questions.get(i);
				assertThat(leaves(ask(url, Map.of(), question.generic()), true))
					.as("the generic layer's answer to %s", question.what())
					.isEqualTo(leaves(answers.get(i), false));
			}
			for (int round = 0; round < 2; round++) {
				for (Question question : questions) {
					wrk(url, Map.of(), question.generic(), 2, Math.max(1, warmUp / (2 * questions.size())));
				}
			}
			var rows = new ArrayList<String>();
			for (int i = 0; i < questions.size(); i++) {
				var generic1 = wrk(url, Map.of(), questions.get(i).generic(), 1, seconds);
				var generic10 = wrk(url, Map.of(), questions.get(i).generic(), MANY, seconds);
				rows.add("| %s | %.2f | %.2f | %,.0f | %,.0f | %.2fx |".formatted(questions.get(i).what(),
						ours.get(i).medianMillis(), generic1.medianMillis(), ours.get(i).perSecond(),
						generic10.perSecond(), ours.get(i).perSecond() / generic10.perSecond()));
			}
			return """
					The generic layer (Neo4j's GraphQL library %s, Apollo Server, Node.js %s) over the same database, \
					measured after the service in the same way, with the same warm-up; its answers checked against ours.
					Goal: at least 2x its requests per second at %d connections on every question.

					| question | request p50 | generic p50 | requests/s at %d | generic/s at %d | ours / generic |
					|---|---:|---:|---:|---:|---:|
					%s""".formatted(version(folder, "@neo4j/graphql"), run(List.of("node", "--version")).strip(), MANY,
					MANY, MANY, String.join("\n", rows));
		}
		finally {
			layer.destroy();
			layer.waitFor();
		}
	}

	private static final Pattern LISTENING = Pattern.compile("generic layer at (\\S+)");

	/** The answer's values by the name of the field that holds them, with the wrappers of either API looked through. */
	static Map<String, List<String>> leaves(JsonNode data, boolean generic) {
		var leaves = new TreeMap<String, List<String>>();
		collect(data, "", generic, leaves);
		leaves.values().forEach(Collections::sort);
		DERIVED.forEach(leaves::remove);
		return leaves;
	}

	private static void collect(JsonNode node, String name, boolean generic, Map<String, List<String>> leaves) {
		if (node.isArray() && !node.isEmpty()) {
			node.forEach(element -> collect(element, name, generic, leaves));
		}
		else if (node.isObject()) {
			for (var field : node.properties()) {
				String key = field.getKey();
				String named = WRAPPERS.contains(key) ? name : generic ? GENERIC_ALIASES.getOrDefault(key, key) : key;
				collect(field.getValue(), named, generic, leaves);
			}
		}
		else {
			// none is none: the generic layer answers a to-one tie as a list, so an empty one is the service's null
			boolean none = node.isNull() || node.isArray();
			leaves.computeIfAbsent(name, key -> new ArrayList<>()).add(none ? "null" : node.asString());
		}
	}

	/** Objects that only hold other fields: Relay edges, the generic layer's aggregates and relationship properties. */
	private static final Set<String> WRAPPERS = Set.of("edges", "node", "properties", "aggregate", "count", "nodes",
			"representative", "enterprise");

	/** Figures the service derives from others (or its own cursors), which the generic layer is not asked for. */
	private static final Set<String> DERIVED = Set.of("ratio", "unpairedVillages", "cursor", "endCursor");

	private static final Map<String, String> GENERIC_ALIASES = Map.of("villageCount", "villages", "pairedCount",
			"pairedVillages", "pairingsConnection", "pairings", "friendsConnection", "friends");

	private static String version(Path folder, String module) throws IOException {
		Path manifest = folder.resolve("node_modules").resolve(module).resolve("package.json");
		return JSON.readTree(manifest.toFile()).get("version").asString();
	}

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** The answer's data, asked once over HTTP; fails on an error. */
	private static JsonNode ask(String url, Map<String, String> headers, String document)
			throws IOException, InterruptedException {
		var request = HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", document))));
		headers.forEach(request::header);
		var response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
		JsonNode answer = JSON.readTree(response.body());
		assertThat(answer.has("errors")).as(response.body()).isFalse();
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return answer.get("data");
	}

	/** wrk's median and requests per second for the question over {@code connections} kept-alive connections. */
	private static Figures wrk(String url, Map<String, String> headers, String document, int connections,
			int seconds) throws IOException, InterruptedException {
		Path body = Files.createTempFile("question", ".json");
		Path script = Files.createTempFile("question", ".lua");
		try {
			Files.writeString(body, JSON.writeValueAsString(Map.of("query", document)));
			var lua = new StringBuilder("""
					wrk.method = "POST"
					wrk.headers["Content-Type"] = "application/json"
					""");
			headers.forEach((name, value) -> lua.append("wrk.headers[\"%s\"] = \"%s\"\n".formatted(name, value)));
			lua.append("local file = io.open(\"%s\", \"r\"); wrk.body = file:read(\"*a\"); file:close()\n"
				.formatted(body));
			Files.writeString(script, lua);
			run(List.of("wrk", "-t1", "-c" + connections, "-d2s", "-s", script.toString(), url));
			String out = run(List.of("wrk", "-t" + Math.min(connections, 2), "-c" + connections, "-d" + seconds + "s",
					"--latency", "-s", script.toString(), url));
			assertThat(out).as(out).doesNotContain("Non-2xx").doesNotContain("Socket errors");
			Matcher median = MEDIAN.matcher(out);
			Matcher perSecond = PER_SECOND.matcher(out);
			assertThat(median.find() && perSecond.find()).as(out).isTrue();
			double millis = Double.parseDouble(median.group(1))
					* switch (median.group(2)) { case "us" -> 0.001; case "s" -> 1000; default -> 1; };
			return new Figures(millis, Double.parseDouble(perSecond.group(1)));
		}
		finally {
			Files.deleteIfExists(body);
			Files.deleteIfExists(script);
		}
	}

	private static String run(List<String> command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor()).as(out).isZero();
		return out;
	}

	private String one(String cypher) {
		return this.neo4j.query(cypher).fetchAs(String.class).mappedBy((types, row) -> row.get("code").asString())
			.one().orElseThrow();
	}

	/** A question as the service's document and as the generic layer's. */
	record Question(String what, String document, String generic) {
	}

	record Statement(String cypher, Value parameters) {
	}

	record Figures(double medianMillis, double perSecond) {
	}

	/** Wraps the driver so that the statements of the request being recorded are kept. */
	@TestConfiguration(proxyBeanMethods = false)
	static class Recorder {

		static final List<Statement> STATEMENTS = Collections.synchronizedList(new ArrayList<>());

		static volatile boolean recording;

		@Bean
		static BeanPostProcessor recordingDriver() {
			return new BeanPostProcessor() {

				@Override
				public Object postProcessAfterInitialization(Object bean, String beanName) {
					return (bean instanceof Driver driver) ? wrap(Driver.class, driver) : bean;
				}

			};
		}

		@SuppressWarnings("unchecked")
		private static <T> T wrap(Class<T> type, T target) {
			InvocationHandler handler = (proxy, method, args) -> {
				if (recording && method.getName().equals("run") && args != null && args.length > 0) {
					record(args);
				}
				Object result;
				try {
					result = method.invoke(target, args);
				}
				catch (InvocationTargetException ex) {
					throw ex.getTargetException();
				}
				if (result instanceof Session session && type != Session.class) {
					return wrap(Session.class, session);
				}
				if (result instanceof Transaction transaction && type != Transaction.class) {
					return wrap(Transaction.class, transaction);
				}
				return result;
			};
			return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, handler);
		}

		private static void record(Object[] args) {
			if (args[0] instanceof Query query) {
				STATEMENTS.add(new Statement(query.text(), query.parameters()));
			}
			else if (args[0] instanceof String text) {
				Object parameters = (args.length > 1) ? args[1] : Map.of();
				STATEMENTS.add(new Statement(text, (parameters instanceof Value value) ? value
						: org.neo4j.driver.Values.value(parameters)));
			}
		}

	}

}
