package cn.tongxin.graph.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import cn.tongxin.graph.GraphTest;
import cn.tongxin.graph.TestGraph;
import cn.tongxin.graph.ledger.LedgerImport;
import cn.tongxin.graph.workbench.Chromium;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * How long the explorer takes to draw a network of 200 nodes in Debian's headless Chromium, on the demo district:
 * from the click on a search hit to the drawing laid out (the page's {@code data-drawn}), and a whole page opened
 * from a link. {@code mvn -Pbenchmark test -Dtest=WorkbenchBenchmark}; the table goes to
 * {@code target/benchmark/workbench.md}.
 */
@GraphTest
@Tag("benchmark")
class WorkbenchBenchmark {

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	LedgerImport ledgerImport;

	@Test
	void measuresDrawingTheLargestNetworks() throws IOException {
		assumeTrue(Chromium.installed(), Chromium.MISSING);
		TestGraph.demoDistrict(this.neo4j, this.ledgerImport);
		// the towns with most ties: their networks two ties deep reach the 200-node limit
		List<String> starts = this.neo4j.query("""
				MATCH (t:Town)
				RETURN t.code AS id ORDER BY COUNT { (t)<-[:IN_TOWN]-() } DESC LIMIT 10""")
			.fetchAs(String.class).mappedBy((types, row) -> row.get("id").asString()).all().stream().toList();
		String base = "http://127.0.0.1:" + this.port;
		try (Playwright playwright = Chromium.playwright()) {
			Browser browser = Chromium.launch(playwright);
			Page page = browser.newPage();
			page.navigate(base + "/login");
			page.fill("input[name=username]", "admin");
			page.fill("input[name=password]", GraphTest.ADMIN_PASSWORD);
			page.click("button[type=submit]");
			page.waitForSelector("#explorer");
			var click = new ArrayList<Double>();
			var link = new ArrayList<Double>();
			var nodes = new ArrayList<Integer>();
			for (int pass = 0; pass < 4; pass++) {
				for (String id : starts) {
					page.fill("#search", "");
					page.fill("#search", id);
					page.waitForSelector("#hits:not([hidden]) button");
					long start = System.nanoTime();
					page.locator("#hits button").first().click();
					page.waitForSelector("#explorer[data-drawn=true]");
					double clickMillis = (System.nanoTime() - start) / 1e6;
					start = System.nanoTime();
					page.navigate(base + "/explore?id=" + id);
					page.waitForSelector("#explorer[data-drawn=true]");
					double linkMillis = (System.nanoTime() - start) / 1e6;
					if (pass > 0) {
						click.add(clickMillis);
						link.add(linkMillis);
						nodes.add(Integer.parseInt(page.locator("#explorer").getAttribute("data-nodes")));
					}
				}
			}
			assertThat(nodes).allSatisfy(count -> assertThat(count).isGreaterThan(100));
			String report = """
					Demo district: the networks (depth 2, limit 200) of its 10 largest towns, %d to %d nodes; one warm-up
					pass, three measured. Times in ms.

					| what | draws | mean | p50 | max |
					|---|---:|---:|---:|---:|
					%s
					%s
					""".formatted(nodes.stream().mapToInt(Integer::intValue).min().orElse(0),
					nodes.stream().mapToInt(Integer::intValue).max().orElse(0),
					row("click on a search hit → drawn", click), row("page opened from a link → drawn", link));
			Files.createDirectories(Path.of("target/benchmark"));
			Files.writeString(Path.of("target/benchmark/workbench.md"), report);
			System.out.println(report);
		}
	}

	private static String row(String what, List<Double> millis) {
		var sorted = new ArrayList<>(millis);
		sorted.sort(Double::compare);
		return "| %s | %d | %.0f | %.0f | %.0f |".formatted(what, sorted.size(),
				sorted.stream().mapToDouble(Double::doubleValue).average().orElse(0), sorted.get(sorted.size() / 2),
				sorted.get(sorted.size() - 1));
	}

}
