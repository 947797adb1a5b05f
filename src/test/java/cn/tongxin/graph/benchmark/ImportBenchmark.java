package cn.tongxin.graph.benchmark;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.tongxin.graph.GraphTest;
import cn.tongxin.graph.TestGraph;
import cn.tongxin.graph.TongxinHttp;
import cn.tongxin.graph.demo.ImportRehearsal;
import cn.tongxin.graph.ledger.ImportReport;
import cn.tongxin.graph.ledger.LedgerImport;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Imports the {@link DistrictLedgers} (34,415 rows) over HTTP into an empty graph, each ledger posted whole to
 * {@code POST /api/import/{kind}}, then imports the same files again (every row unchanged), timing rows/s per
 * ledger and overall. {@code -Dtongxin.benchmark.rounds=3} (the default) repeats both imports, from an empty graph
 * each time: the first round is what a service that has just started does, the best of the others what a warm one
 * does. Then it imports a members ledger of 24,000 rows into the last round's district, twice. Run with
 * {@code mvn -Pbenchmark test -Dtest=ImportBenchmark}; the table goes to
 * {@code target/benchmark/import.md} and the console. It checks every report, never a time.
 * {@code -Dtongxin.benchmark.batch-size} overrides the production batch size of 1,000; {@code
 * -Dtongxin.benchmark.prime=true} imports the small demo district (and empties the graph) before the first round,
 * to see what warming the import up at start would give a fresh service. The service rehearses its import at
 * start ({@code ImportRehearsal}); the benchmark waits for that before its first round, unless {@code
 * -Dtongxin.benchmark.rehearse=false}.
 */
@GraphTest
@Tag("benchmark")
// The production batch size: the tests' own is small, to make batches of their small files.
// The import rehearsed at start, as in production, unless -Dtongxin.benchmark.rehearse=false.
@TestPropertySource(properties = { "tongxin.ledger.batch-size=${tongxin.benchmark.batch-size:1000}",
		"tongxin.ledger.rehearse-at-start=${tongxin.benchmark.rehearse:true}" })
class ImportBenchmark {

	private static final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	LedgerImport ledgerImport;

	@Autowired
	ObjectProvider<ImportRehearsal> rehearsal;

	@Test
	void importsTheDistrictOverHttp() throws Exception {
		long started = System.nanoTime();
		ImportRehearsal rehearsal = this.rehearsal.getIfAvailable();
		if (rehearsal != null) {
			// A clerk's first file comes after the service's rehearsal of the import (ImportRehearsal), a few
			// seconds after it is ready; the wait is printed.
			rehearsal.done().get();
			System.out.printf("Waited %.1f s for the import's rehearsal%n", (System.nanoTime() - started) / 1e9);
		}
		int rounds = Math.max(2, Integer.getInteger("tongxin.benchmark.rounds", 3));
		Path directory = Path.of("target/district");
		Map<String, Integer> counts = DistrictLedgers.write(directory);
		var admin = new TongxinHttp(this.port);
		var files = new LinkedHashMap<String, byte[]>();
		for (String kind : counts.keySet()) {
			files.put(kind, Files.readAllBytes(directory.resolve(kind + ".csv")));
		}
		// seconds[round][pass][ledger]; pass 0 is the first import, pass 1 the re-import
		double[][][] seconds = new double[rounds][2][counts.size()];
		if (Boolean.getBoolean("tongxin.benchmark.prime")) {
			// What a service would do if it warmed its import up at start: the small demo district, then nothing.
			TestGraph.demoDistrict(this.neo4j, this.ledgerImport);
		}
		for (int round = 0; round < rounds; round++) {
			TestGraph.empty(this.neo4j);
			for (int pass = 0; pass < 2; pass++) {
				int i = 0;
				for (var file : files.entrySet()) {
					int rows = counts.get(file.getKey());
					long start = System.nanoTime();
					HttpResponse<String> response = admin.postImport(file.getKey(), "text/csv; charset=utf-8",
							file.getValue());
					seconds[round][pass][i++] = (System.nanoTime() - start) / 1e9;
					assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
					ImportReport report = json.readValue(response.body(), ImportReport.class);
					assertThat(report.rejected()).as(file.getKey()).isEmpty();
					assertThat((pass == 0) ? report.created() : report.unchanged()).as(file.getKey()).isEqualTo(rows);
				}
			}
		}
		int best = 1;
		for (int round = 2; round < rounds; round++) {
			if (total(seconds[round][0]) < total(seconds[best][0])) {
				best = round;
			}
		}
		var lines = new ArrayList<String>();
		int i = 0;
		for (var count : counts.entrySet()) {
			lines.add(line(count.getKey(), count.getValue(), seconds[0][0][i], seconds[best][0][i], seconds[0][1][i],
					seconds[best][1][i]));
			i++;
		}
		int allRows = counts.values().stream().mapToInt(Integer::intValue).sum();
		lines.add(line("**all**", allRows, total(seconds[0][0]), total(seconds[best][0]), total(seconds[0][1]),
				total(seconds[best][1])));
		String report = """
				The district's ledgers (DistrictLedgers), each posted whole to /api/import/{kind}, into an empty graph
				(first import), then again (re-import, every row unchanged). Fresh: the first round, in a service that has
				just started; warm: the fastest of rounds 2 to %d. Seconds, and rows/s in brackets.

				| ledger | rows | first import, fresh | first import, warm | re-import, fresh | re-import, warm |
				|---|---:|---:|---:|---:|---:|
				%s
				""".formatted(rounds, String.join("\n", lines));
		report += members(admin, directory);
		Files.createDirectories(Path.of("target/benchmark"));
		Files.writeString(Path.of("target/benchmark/import.md"), report);
		System.out.println(report);
		assertThat(allRows).isEqualTo(34_415);
	}

	/**
	 * The members ledger (DistrictLedgers.writeMembers: 24,000 members of the last round's district, with 200 member
	 * units), posted whole like the others, into a graph with no member yet (first import), then again (re-import,
	 * every row unchanged). Its first import is the one whose statements are planned with no member stored.
	 */
	private static String members(TongxinHttp admin, Path directory) throws Exception {
		Map<String, Integer> counts = DistrictLedgers.writeMembers(directory);
		var lines = new ArrayList<String>();
		for (var count : counts.entrySet()) {
			byte[] csv = Files.readAllBytes(directory.resolve(count.getKey() + ".csv"));
			double[] seconds = new double[2];
			for (int pass = 0; pass < 2; pass++) {
				long start = System.nanoTime();
				HttpResponse<String> response = admin.postImport(count.getKey(), "text/csv; charset=utf-8", csv);
				seconds[pass] = (System.nanoTime() - start) / 1e9;
				assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
				ImportReport report = json.readValue(response.body(), ImportReport.class);
				assertThat(report.rejected()).as(count.getKey()).isEmpty();
				assertThat((pass == 0) ? report.created() : report.unchanged()).as(count.getKey())
					.isEqualTo(count.getValue());
			}
			lines.add("| %s | %,d | %.2f (%,.0f) | %.2f (%,.0f) |".formatted(count.getKey(), count.getValue(), seconds[0],
					count.getValue() / seconds[0], seconds[1], count.getValue() / seconds[1]));
		}
		return """

				Then the member units and members (DistrictLedgers.writeMembers) into the last round's district, in
				the same service: seconds, and rows/s in brackets.

				| ledger | rows | first import | re-import |
				|---|---:|---:|---:|
				%s
				""".formatted(String.join("\n", lines));
	}

	private static String line(String ledger, int rows, double... seconds) {
		var cells = new StringBuilder("| %s | %,d |".formatted(ledger, rows));
		for (double s : seconds) {
			cells.append(" %.2f (%,.0f) |".formatted(s, rows / s));
		}
		return cells.toString();
	}

	private static double total(double[] seconds) {
		double total = 0;
		for (double s : seconds) {
			total += s;
		}
		return total;
	}

}
