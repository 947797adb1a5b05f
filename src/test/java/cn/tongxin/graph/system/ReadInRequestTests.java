package cn.tongxin.graph.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import graphql.GraphQLContext;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a request reuses of what it has read: within a query, each record once; within a mutation, nothing. */
class ReadInRequestTests {

	@Test
	void aQueryLooksUpOnlyTheKeysItHasNotReadYet() {
		GraphQLContext query = GraphQLContext.newContext().build();
		ReadInRequest.query(query);
		var lookedUp = new ArrayList<List<String>>();
		var lookUp = ReadInRequest.through(ReadInRequest.of(query, String.class), keys -> {
			lookedUp.add(keys);
			return Map.of("a", "甲", "b", "乙");
		});

		assertThat(lookUp.apply(List.of("a", "b"))).containsEntry("a", "甲").containsEntry("b", "乙");
		assertThat(ReadInRequest.through(ReadInRequest.of(query, String.class), keys -> {
			lookedUp.add(keys);
			return Map.of("c", "丙");
		}).apply(List.of("a", "c"))).containsEntry("a", "甲").containsEntry("c", "丙");

		assertThat(lookedUp).containsExactly(List.of("a", "b"), List.of("c"));
	}

	@Test
	void looksUpNothingAQueryHasRememberedFromItsOwnAnswer() {
		GraphQLContext query = GraphQLContext.newContext().build();
		ReadInRequest.query(query);
		ReadInRequest.remember(query, String.class, List.of("甲", "乙"), name -> name.equals("甲") ? "a" : "b");
		var lookedUp = new ArrayList<List<String>>();

		var found = ReadInRequest.through(ReadInRequest.of(query, String.class), keys -> {
			lookedUp.add(keys);
			return Map.of();
		}).apply(List.of("a", "b"));

		assertThat(found).containsEntry("a", "甲").containsEntry("b", "乙");
		assertThat(lookedUp).isEmpty();
	}

	@Test
	void keepsEachKindApart() {
		GraphQLContext query = GraphQLContext.newContext().build();
		ReadInRequest.query(query);

		ReadInRequest.of(query, String.class).put("a", "甲");

		assertThat(ReadInRequest.of(query, Integer.class)).isEmpty();
		assertThat(ReadInRequest.of(query, String.class)).containsEntry("a", "甲");
	}

	@Test
	void remembersNothingOutsideAQuery() {
		GraphQLContext mutation = GraphQLContext.newContext().build();

		ReadInRequest.of(mutation, String.class).put("a", "甲");

		assertThat(ReadInRequest.of(mutation, String.class)).isEmpty();
	}

}
