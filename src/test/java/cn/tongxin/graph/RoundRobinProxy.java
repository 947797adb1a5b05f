package cn.tongxin.graph;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A load balancer as small as a test needs, on loopback: each HTTP request goes to the next of the service's
 * instances in turn, as a balancer without sticky sessions sends it. Like a real one, it asks each instance's
 * {@code /actuator/health/readiness} every 100 ms and sends nothing to one that is not ready, and a request whose
 * connection is refused goes to the next instance (it never reached the first).
 */
public final class RoundRobinProxy implements AutoCloseable {

	/** Headers a hop keeps to itself, or that the JDK sets from the request. */
	private static final Set<String> HOP = Set.of("host", "connection", "keep-alive", "content-length",
			"transfer-encoding", "upgrade", "te", "trailer", "expect", "http2-settings", "date");

	private final List<Integer> ports = new CopyOnWriteArrayList<>();

	private final Map<Integer, Boolean> ready = new ConcurrentHashMap<>();

	private final Map<Integer, AtomicInteger> served = new ConcurrentHashMap<>();

	private final AtomicInteger next = new AtomicInteger();

	private final HttpServer server;

	private final ExecutorService handlers = Executors.newFixedThreadPool(16);

	private final ScheduledExecutorService checks = Executors.newSingleThreadScheduledExecutor();

	// HTTP/1.1, no cookies of its own: what the client sends is what the instance gets
	private final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(2))
		.build();

	public RoundRobinProxy(int... ports) throws IOException {
		for (int port : ports) {
			this.ports.add(port);
			this.ready.put(port, true);
			this.served.put(port, new AtomicInteger());
		}
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 100);
		this.server.createContext("/", this::forward);
		this.server.setExecutor(this.handlers);
		this.server.start();
		this.checks.scheduleWithFixedDelay(this::checkReadiness, 0, 100, TimeUnit.MILLISECONDS);
	}

	public int port() {
		return this.server.getAddress().getPort();
	}

	/** How many requests the instance on {@code port} has answered through the proxy. */
	public int served(int port) {
		return this.served.get(port).get();
	}

	public boolean ready(int port) {
		return this.ready.get(port);
	}

	private void checkReadiness() {
		for (int port : this.ports) {
			try {
				var probe = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
					.timeout(Duration.ofMillis(500))
					.build();
				this.ready.put(port, this.client.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
			}
			catch (IOException ex) {
				this.ready.put(port, false);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	private void forward(HttpExchange exchange) throws IOException {
		try (exchange) {
			byte[] body = exchange.getRequestBody().readAllBytes();
			int start = Math.floorMod(this.next.getAndIncrement(), this.ports.size());
			for (int i = 0; i < this.ports.size(); i++) {
				int port = this.ports.get((start + i) % this.ports.size());
				if (!this.ready.get(port)) {
					continue;
				}
				try {
					forward(exchange, body, port);
					this.served.get(port).incrementAndGet();
					return;
				}
				catch (ConnectException refused) {
					this.ready.put(port, false);
				}
			}
			exchange.sendResponseHeaders(502, -1);
		}
	}

	private void forward(HttpExchange exchange, byte[] body, int port) throws IOException {
		var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + exchange.getRequestURI()))
			.method(exchange.getRequestMethod(), (body.length > 0) ? HttpRequest.BodyPublishers.ofByteArray(body)
					: HttpRequest.BodyPublishers.noBody());
		exchange.getRequestHeaders().forEach((name, values) -> {
			if (!HOP.contains(name.toLowerCase())) {
				values.forEach(value -> request.header(name, value));
			}
		});
		HttpResponse<byte[]> answer;
		try {
			answer = this.client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException(ex);
		}
		answer.headers().map().forEach((name, values) -> {
			if (!HOP.contains(name.toLowerCase()) && !name.startsWith(":")) {
				exchange.getResponseHeaders().put(name, values);
			}
		});
		byte[] content = answer.body();
		exchange.sendResponseHeaders(answer.statusCode(), (content.length == 0) ? -1 : content.length);
		if (content.length > 0) {
			exchange.getResponseBody().write(content);
		}
	}

	@Override
	public void close() {
		this.checks.shutdownNow();
		this.server.stop(0);
		this.handlers.shutdownNow();
	}

}
