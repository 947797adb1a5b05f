package cn.tongxin.graph.network;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;

import cn.tongxin.graph.network.Contacts.Pair;
import cn.tongxin.graph.people.Leader;
import cn.tongxin.graph.people.People;
import cn.tongxin.graph.people.Representative;
import cn.tongxin.graph.system.Connection;
import cn.tongxin.graph.system.ReadInRequest;
import cn.tongxin.graph.system.Today;
import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

import static cn.tongxin.graph.system.BatchAnswers.arguments;
import static cn.tongxin.graph.system.BatchAnswers.byParent;
import static cn.tongxin.graph.system.BatchAnswers.lookUp;
import static cn.tongxin.graph.system.BatchAnswers.perArguments;

/**
 * Friendships as fields of leaders and representatives, and their timelines. Fields with arguments are batched
 * through named data loaders ({@code @BatchMapping} takes none): one query per distinct set of arguments in a
 * request, whatever the number of parents.
 */
@Controller
class FriendshipController {

	private static final String FRIENDS = "friends";

	private static final String BEFRIENDED_BY = "befriendedBy";

	private static final String CONTACTS = "contacts";

	private final People people;

	private final Today today;

	FriendshipController(Friendships friendships, Contacts contacts, People people, Today today,
			BatchLoaderRegistry loaders) {
		this.people = people;
		this.today = today;
		loaders.<FriendsOf, List<Friendship>>forName(FRIENDS)
			.registerMappedBatchLoader((keys, environment) -> Mono.just(byFlag(keys,
					(ids, asked) -> friendships.ofLeaders(ids, asked.includeEnded(), asked.withFriends()
							? ReadInRequest.of(environment.getContext(), Representative.class) : null))));
		loaders.<FriendsOf, List<Friendship>>forName(BEFRIENDED_BY)
			.registerMappedBatchLoader((keys, environment) -> Mono.just(byFlag(keys,
					(ids, asked) -> friendships.ofRepresentatives(ids, asked.includeEnded()))));
		loaders.<ContactPage, Connection<Contact>>forName(CONTACTS)
			.registerMappedBatchLoader((keys, environment) -> Mono.just(pages(keys, contacts)));
	}

	/**
	 * A person's friendships asked for, with or without the ended ones; with the friends' records when the
	 * question asks for them (a leader's friends only).
	 */
	record FriendsOf(String id, boolean includeEnded, boolean withFriends) {
	}

	/** A page of one friendship's timeline. */
	record ContactPage(Pair friendship, int size, String after) {
	}

	@SchemaMapping(typeName = "Leader")
	CompletableFuture<List<Friendship>> friends(Leader leader, @Argument Boolean includeEnded,
			DataFetchingEnvironment environment) {
		DataLoader<FriendsOf, List<Friendship>> loader = environment.getDataLoader(FRIENDS);
		return loader.load(new FriendsOf(leader.id(), Boolean.TRUE.equals(includeEnded),
				environment.getSelectionSet().contains("representative")));
	}

	@SchemaMapping(typeName = "Representative")
	CompletableFuture<List<Friendship>> befriendedBy(Representative representative, @Argument Boolean includeEnded,
			DataFetchingEnvironment environment) {
		DataLoader<FriendsOf, List<Friendship>> loader = environment.getDataLoader(BEFRIENDED_BY);
		return loader.load(new FriendsOf(representative.id(), Boolean.TRUE.equals(includeEnded), false));
	}

	@SchemaMapping
	CompletableFuture<Connection<Contact>> contacts(Friendship friendship, @Argument Integer first,
			@Argument String after, DataFetchingEnvironment environment) {
		DataLoader<ContactPage, Connection<Contact>> loader = environment.getDataLoader(CONTACTS);
		return loader.load(new ContactPage(new Pair(friendship.leaderId(), friendship.representativeId()),
				Connection.size(first, 20, 100), after));
	}

	@SchemaMapping
	boolean ended(Friendship friendship) {
		return friendship.endedBy(this.today.date());
	}

	@BatchMapping(typeName = "Friendship")
	Map<Friendship, Leader> leader(List<Friendship> friendships) {
		return lookUp(friendships, Friendship::leaderId, this.people::leadersById);
	}

	/** The friend, most often read already with a leader's friendships (no statement then). */
	@BatchMapping(typeName = "Friendship")
	Map<Friendship, Representative> representative(List<Friendship> friendships, GraphQLContext request) {
		return lookUp(friendships, Friendship::representativeId,
				ReadInRequest.through(ReadInRequest.of(request, Representative.class), this.people::representativesById));
	}

	@BatchMapping(typeName = "Contact", field = "leader")
	Map<Contact, Leader> contactLeader(List<Contact> contacts) {
		return lookUp(contacts, Contact::leaderId, this.people::leadersById);
	}

	@BatchMapping(typeName = "Contact", field = "representative")
	Map<Contact, Representative> contactRepresentative(List<Contact> contacts) {
		return lookUp(contacts, Contact::representativeId, this.people::representativesById);
	}

	/** One query for each of the flags' combinations asked for. */
	private static Map<FriendsOf, List<Friendship>> byFlag(Set<FriendsOf> keys,
			BiFunction<List<String>, FriendsOf, Map<String, List<Friendship>>> query) {
		return perArguments(keys, key -> arguments(key.includeEnded(), key.withFriends()), (asked, group) -> {
			Map<String, List<Friendship>> found = query.apply(group.stream().map(FriendsOf::id).toList(), asked);
			return byParent(group, key -> found.getOrDefault(key.id(), List.of()));
		});
	}

	/** One query per distinct page asked for: usually one, the same page of every friendship in the list. */
	private static Map<ContactPage, Connection<Contact>> pages(Set<ContactPage> keys, Contacts contacts) {
		return perArguments(keys, key -> arguments(key.size(), key.after()), (asked, group) -> {
			Map<Pair, Connection<Contact>> found = contacts.pages(group.stream().map(ContactPage::friendship).toList(),
					asked.size(), asked.after());
			return byParent(group, key -> found.getOrDefault(key.friendship(),
					Connection.of(0, List.of(), asked.size(), asked.after(), Contact::position)));
		});
	}

}
