package cn.tongxin.graph.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.ClassPathResource;

/**
 * The Cypher the service runs lives in {@code queries/}, one named file per question, so that it can be read,
 * reviewed and profiled as Cypher. Components load their files once, when they are created.
 */
public final class CypherFile {

	private CypherFile() {
	}

	/** The text of {@code queries/<name>.cypher}; fails at start-up, not at the first request, if it is missing. */
	public static String load(String name) {
		var resource = new ClassPathResource("queries/" + name + ".cypher");
		try (var in = resource.getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("No Cypher file queries/" + name + ".cypher on the classpath", ex);
		}
	}

}
