package cn.tongxin.graph.access;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser as the service sees it, over real HTTP: it keeps its cookies, signs in with the login form, and
 * sends the session's CSRF token only when told to. Redirects are not followed, so that tests see them.
 */
final class Browser {

	private static final JsonMapper json = JsonMapper.builder().build();

	private final CookieManager cookies;

	private final HttpClient http;

	private final String base;

	Browser(int port) {
		this(new CookieManager(), port);
	}

	private Browser(CookieManager cookies, int port) {
		this.cookies = cookies;
		this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
		this.base = "http://127.0.0.1:" + port;
	}

	/** The same browser, with the same cookies, asking another instance of the service (on the same host). */
	Browser at(int port) {
		return new Browser(this.cookies, port);
	}

	/** The value of one of the browser's cookies; empty when it has none of that name. */
	java.util.Optional<String> cookie(String name) {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(cookie -> cookie.getName().equals(name))
			.map(java.net.HttpCookie::getValue)
			.findFirst();
	}

	/** The same browser with a cookie set by hand, as one copied from another browser would be. */
	Browser withCookie(String name, String value) {
		var cookie = new java.net.HttpCookie(name, value);
		cookie.setPath("/");
		cookie.setVersion(0);
		this.cookies.getCookieStore().add(URI.create(this.base), cookie);
		return this;
	}

	/** Posts the sign-out form with its CSRF token; answers the form's answer (a redirect). */
	HttpResponse<String> signOut() {
		return send(request("/logout").header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString("_csrf=" + csrfToken())));
	}

	/** Posts the login form with its CSRF token; answers the form's answer (a redirect). */
	HttpResponse<String> signIn(String username, String password) {
		String form = "username=" + username + "&password=" + password + "&_csrf=" + csrfToken();
		return send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)));
	}

	/** Signs in, expecting to be let in. */
	Browser signedIn(String username, String password) {
		HttpResponse<String> signIn = signIn(username, password);
		assertThat(signIn.statusCode()).isEqualTo(302);
		assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("/login"));
		return this;
	}

	/** The CSRF token of this browser's session, as the login page carries it. */
	String csrfToken() {
		String page = send(request("/login")).body();
		var matcher = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page);
		assertThat(matcher.find()).as("a CSRF token on the login page").isTrue();
		return matcher.group(1);
	}

	/** A GraphQL document posted as the workbench posts it, with the session's CSRF token or without. */
	HttpResponse<String> graphQl(String document, boolean withCsrfToken) {
		HttpRequest.Builder request = request("/graphql").header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("query", document))));
		if (withCsrfToken) {
			request.header("X-CSRF-TOKEN", csrfToken());
		}
		return send(request);
	}

	/** A page, as a browser asks for one. */
	HttpResponse<String> page(String path) {
		return send(request(path).header("Accept", "text/html"));
	}

	HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(this.base + path));
	}

	HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
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
