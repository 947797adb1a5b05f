package cn.tongxin.graph.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The national timings' client of a running service: GraphQL over one kept-alive HTTP connection, signed in with
 * an API token the administrator makes for the run, as a program using the API would be.
 */
final class ServiceOverHttp {

	private static final JsonMapper json = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	private final String base;

	private String authorization;

	private ServiceOverHttp(String base, String authorization) {
		this.base = base;
		this.authorization = authorization;
	}

	/** Signed in at {@code base} with a new API token named {@code tokenName}, made by the administrator. */
	static ServiceOverHttp withToken(String base, String adminPassword, String tokenName) {
		var service = new ServiceOverHttp(base, "Basic " + Base64.getEncoder()
			.encodeToString(("admin:" + adminPassword).getBytes(StandardCharsets.UTF_8)));
		JsonNode created = service.graphQl("mutation($name: String!) { createApiToken(input: {name: $name}) { token } }",
				Map.of("name", tokenName));
		service.authorization = "Bearer " + created.at("/createApiToken/token").asString();
		return service;
	}

	/** The answer's data, checked to have come with HTTP 200 and no errors. */
	JsonNode graphQl(String document, Map<String, Object> variables) {
		try {
			String body = json.writeValueAsString(Map.of("query", document, "variables", variables));
			var request = HttpRequest.newBuilder(URI.create(this.base + "/graphql"))
				.header("Content-Type", "application/json")
				.header("Authorization", this.authorization)
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build();
			HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			JsonNode answer = json.readTree(response.body());
			check(response.statusCode() == 200 && !answer.has("errors"), document + " -> " + response.body());
			return answer.get("data");
		}
		catch (IOException | InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A wrong answer stops the timings: they check answers, never times. */
	static void check(boolean holds, String what) {
		if (!holds) {
			throw new IllegalStateException("wrong answer: " + what);
		}
	}

}
