package cn.tongxin.graph.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.ClassPathResource;

/**
 * The Cypher the service runs lives in {@code queries/}, one named file per question, so that it can be read,
 * reviewed and profiled as Cypher. Components load their files once, when they are created.
 * <p>
 * A rule that several questions share is written once, in its own file, and taken in where a line of a question reads
 * {@code // include: <name>}: the line is replaced by the text of {@code queries/<name>.cypher} (members' values on a
 * day, {@code member/values-on}, is one). An included file is a fragment, not a statement of its own.
 */
public final class CypherFile {

	private static final Pattern INCLUDE = Pattern.compile("(?m)^[ \\t]*// include: ([\\w/-]+)[ \\t]*$");

	private static final int DEEPEST_INCLUDE = 4;

	private CypherFile() {
	}

	/** The text of {@code queries/<name>.cypher}; fails at start-up, not at the first request, if it is missing. */
	public static String load(String name) {
		return load(name, 0);
	}

	private static String load(String name, int depth) {
		if (depth > DEEPEST_INCLUDE) {
			throw new IllegalStateException("Cypher files included too deeply, at queries/" + name + ".cypher");
		}
		Matcher include = INCLUDE.matcher(read(name));
		var text = new StringBuilder();
		while (include.find()) {
			include.appendReplacement(text, Matcher.quoteReplacement(load(include.group(1), depth + 1).stripTrailing()));
		}
		include.appendTail(text);
		return text.toString();
	}

	private static String read(String name) {
		var resource = new ClassPathResource("queries/" + name + ".cypher");
		try (var in = resource.getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("No Cypher file queries/" + name + ".cypher on the classpath", ex);
		}
	}

}
