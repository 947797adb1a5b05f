import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The first requests after a start, in windows: how long a service just started stays slower than a warm one while
 * the JIT compiles its request path. One round asks three of the demo district's questions (the district's
 * coverage, its work report for 2025, a first page of members with their count) over one kept-alive connection,
 * signed in with an API token; it prints the median round of each window. Checks that each answer has data.
 * <p>
 * Usage (a single-file program, no build needed): {@code java benchmarks/FirstRequests.java http://127.0.0.1:8098
 * <admin password> [rounds, 600 by default]}; benchmarks/first-requests.sh starts the service for it.
 */
public class FirstRequests {

	static final List<String> QUESTIONS = List.of(
			"{ coverage { villages pairedVillages ratio byTown { town { code } ratio } } }",
			"{ workReport(from: \\\"2025-01-01\\\", to: \\\"2025-12-31\\\") { towns members membersByCategory { category members } pairingCoverage } }",
			"{ members(first: 50) { totalCount edges { node { id name category tier town { code } } } } }");

	static final int[] WINDOWS = { 10, 50, 100, 200, 400, 600, 1000, 2000 };

	public static void main(String[] args) throws Exception {
		String base = args[0];
		int rounds = (args.length > 2) ? Integer.parseInt(args[2]) : 600;
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		String basic = "Basic " + Base64.getEncoder().encodeToString(("admin:" + args[1]).getBytes(StandardCharsets.UTF_8));
		String created = ask(http, base, basic,
				"mutation { createApiToken(input: {name: \\\"first-requests benchmark\\\"}) { token } }");
		var token = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(created);
		if (!token.find()) {
			throw new IllegalStateException(created);
		}
		String bearer = "Bearer " + token.group(1);
		var millis = new ArrayList<Double>();
		for (int round = 0; round < rounds; round++) {
			long start = System.nanoTime();
			for (String question : QUESTIONS) {
				ask(http, base, bearer, question);
			}
			millis.add((System.nanoTime() - start) / 1e6);
		}
		System.out.println("| rounds | median round, ms |");
		System.out.println("|---|---:|");
		int from = 0;
		for (int to : WINDOWS) {
			if (to > rounds) {
				break;
			}
			var window = new ArrayList<>(millis.subList(from, to));
			window.sort(Double::compare);
			System.out.printf("| %d-%d | %.1f |%n", from + 1, to, window.get(window.size() / 2));
			from = to;
		}
	}

	private static String ask(HttpClient http, String base, String authorization, String query) throws Exception {
		var request = HttpRequest.newBuilder(URI.create(base + "/graphql"))
			.header("Content-Type", "application/json")
			.header("Authorization", authorization)
			.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"" + query + "\"}"))
			.build();
		String body = http.send(request, HttpResponse.BodyHandlers.ofString()).body();
		if (!body.contains("\"data\":{") || body.contains("\"errors\"")) {
			throw new IllegalStateException(query + " -> " + body);
		}
		return body;
	}

}
