package cn.tongxin.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import cn.tongxin.graph.ledger.ImportReport;
import com.jayway.jsonpath.JsonPath;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.graphql.support.ResourceDocumentSource;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The service as a client sees it: CSV imports and GraphQL, over real HTTP on the test's port. */
public class TongxinHttp {

	/** The password {@link #createUser} gives. */
	public static final String USER_PASSWORD = "a-good-password";

	private static final JsonMapper json = JsonMapper.builder().build();

	private final String base;

	private final String authorization;

	private final HttpClient http = HttpClient.newHttpClient();

	private final HttpSyncGraphQlClient graphQl;

	/** Signed in as the first administrator. */
	public TongxinHttp(int port) {
		this(port, "admin", GraphTest.ADMIN_PASSWORD);
	}

	/** Signed in with HTTP Basic as the given user on every request; a null user sends no credentials. */
	public TongxinHttp(int port, String username, String password) {
		this("http://127.0.0.1:" + port, (username != null) ? "Basic " + Base64.getEncoder()
			.encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)) : null);
	}

	private TongxinHttp(String base, String authorization) {
		this.base = base;
		this.authorization = authorization;
		RestClient.Builder rest = RestClient.builder().baseUrl(this.base + "/graphql");
		if (this.authorization != null) {
			rest.defaultHeader("Authorization", this.authorization);
		}
		this.graphQl = HttpSyncGraphQlClient.builder(rest)
			.documentSource(new ResourceDocumentSource(List.of(new ClassPathResource("queries/")), List.of(".graphql")))
			.build();
	}

	public String baseUrl() {
		return this.base;
	}

	/**
	 * Has this client (an administrator) create a user with password {@code a-good-password}, expecting no
	 * problem, and answers a client signed in as them.
	 */
	public TongxinHttp createUser(String username, String role, boolean pii, List<String> townCodes) {
		var created = this.graphQl
			.document("mutation($input: CreateUserInput!) { createUser(input: $input) { problems { message } } }")
			.variable("input", Map.of("username", username, "password", USER_PASSWORD, "role", role, "pii", pii,
					"townCodes", townCodes))
			.executeSync();
		assertThat(values(created, "createUser.problems")).as("problems creating " + username).isEmpty();
		return as(username, USER_PASSWORD);
	}

	/** The same service, signed in as someone else. */
	public TongxinHttp as(String username, String password) {
		return new TongxinHttp(Integer.parseInt(this.base.substring(this.base.lastIndexOf(':') + 1)), username,
				password);
	}

	/** The same service, signed in by an API token ({@code Authorization: Bearer}). */
	public TongxinHttp withToken(String token) {
		return new TongxinHttp(this.base, "Bearer " + token);
	}

	/** GraphQL over HTTP; documents by name come from {@code queries/<name>.graphql}. */
	public HttpSyncGraphQlClient graphQl() {
		return this.graphQl;
	}

	/** Values at a JsonPath under {@code data}, such as {@code coverage.byTown[*].town.code}. */
	public static <T> List<T> values(ClientGraphQlResponse response, String path) {
		assertThat(response.getErrors()).isEmpty();
		return JsonPath.read(response.toMap(), "$.data." + path);
	}

	/** The one value at a definite JsonPath under {@code data}, such as {@code coverage.villages}. */
	public static <T> T value(ClientGraphQlResponse response, String path) {
		assertThat(response.getErrors()).isEmpty();
		return JsonPath.read(response.toMap(), "$.data." + path);
	}

	public ImportReport importCsv(String kind, String csv) {
		return importCsv(kind, csv, false);
	}

	public ImportReport importCsv(String kind, String csv, boolean dryRun) {
		HttpResponse<String> response = postImport(kind + (dryRun ? "?dryRun=true" : ""), "text/csv; charset=utf-8",
				csv.getBytes(StandardCharsets.UTF_8));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return json.readValue(response.body(), ImportReport.class);
	}

	/** Imports {@code sample-data/<kind>.csv}, the contract's sample, expecting no rejected row. */
	public ImportReport importSample(String kind) {
		ImportReport report = importCsv(kind, sample(kind));
		assertThat(report.rejected()).as(kind).isEmpty();
		return report;
	}

	public void importWholeSample() {
		for (String kind : List.of("towns", "villages", "enterprises", "leaders", "representatives", "friendships",
				"pairings", "projects")) {
			importSample(kind);
		}
	}

	public static String sample(String kind) {
		try (InputStream in = new ClassPathResource("sample-data/" + kind + ".csv").getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public HttpResponse<String> postImport(String kindAndQuery, String contentType, byte[] body) {
		var request = signedIn(HttpRequest.newBuilder(URI.create(this.base + "/api/import/" + kindAndQuery)))
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
		return send(request);
	}

	public HttpResponse<String> get(String path) {
		return send(signedIn(HttpRequest.newBuilder(URI.create(this.base + path))).build());
	}

	/** A GET whose answer is a file, such as a spreadsheet. */
	public HttpResponse<byte[]> download(String path) {
		try {
			return this.http.send(signedIn(HttpRequest.newBuilder(URI.create(this.base + path))).build(),
					HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Any request, as built by the caller, with this client's credentials added. */
	public HttpResponse<String> send(HttpRequest.Builder request) {
		return send(signedIn(request).build());
	}

	private HttpRequest.Builder signedIn(HttpRequest.Builder request) {
		return (this.authorization != null) ? request.header("Authorization", this.authorization) : request;
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}


}
