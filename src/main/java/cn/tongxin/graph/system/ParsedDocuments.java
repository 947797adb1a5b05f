package cn.tongxin.graph.system;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Each GraphQL document parsed and validated once: programs ask the same few documents thousands of times a day,
 * and parsing and validating one cost as much as a small question's whole Cypher (a profile of the request path).
 * Only valid documents are kept, by their text, within a bounded weight. What depends on the variables (the cost
 * budget, the depth limit, the arguments' checks) is worked out on each execution as before.
 */
@Configuration(proxyBeanMethods = false)
class ParsedDocuments {

	/** The documents' texts kept, in characters: a few hundred programs' documents, a few MiB at most. */
	static final long KEPT_CHARACTERS = 2_000_000;

	@Bean
	GraphQlSourceBuilderCustomizer parsedDocumentsKept() {
		var provider = new Kept();
		return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(provider));
	}

	static final class Kept implements PreparsedDocumentProvider {

		private final Cache<String, PreparsedDocumentEntry> documents = Caffeine.newBuilder()
			.maximumWeight(KEPT_CHARACTERS)
			.<String, PreparsedDocumentEntry>weigher((text, entry) -> text.length())
			.build();

		@Override
		public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
				Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
			String text = input.getQuery();
			PreparsedDocumentEntry kept = this.documents.getIfPresent(text);
			if (kept == null) {
				kept = parseAndValidate.apply(input);
				if (!kept.hasErrors()) {
					this.documents.put(text, kept);
				}
			}
			return CompletableFuture.completedFuture(kept);
		}

	}

}
