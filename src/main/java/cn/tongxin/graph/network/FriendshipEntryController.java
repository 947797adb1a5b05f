package cn.tongxin.graph.network;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.tongxin.graph.ledger.LedgerEntries;
import cn.tongxin.graph.system.Problem;
import cn.tongxin.graph.system.Today;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * Friendships and contacts entered one at a time ({@link LedgerEntries}): one-row imports of their ledgers, with
 * the arguments given typed. A refused entry answers its problems and writes nothing.
 */
@Controller
class FriendshipEntryController {

	private final LedgerEntries entries;

	private final Friendships friendships;

	private final Contacts contacts;

	private final Today today;

	FriendshipEntryController(LedgerEntries entries, Friendships friendships, Contacts contacts, Today today) {
		this.entries = entries;
		this.friendships = friendships;
		this.contacts = contacts;
		this.today = today;
	}

	record RecordContactInput(String leaderId, String representativeId, LocalDate date, ContactKind kind,
			String note) {
	}

	record RecordContactPayload(Contact contact, List<Problem> problems) {
	}

	record BefriendInput(String leaderId, String representativeId, LocalDate since) {
	}

	record FriendshipPayload(Friendship friendship, List<Problem> problems) {
	}

	@MutationMapping
	@PreAuthorize("hasRole('EDITOR')")
	RecordContactPayload recordContact(@Argument RecordContactInput input) {
		var values = new HashMap<String, Object>();
		values.put("leader_id", input.leaderId());
		values.put("representative_id", input.representativeId());
		values.put("date", input.date());
		values.put("kind", input.kind());
		values.put("note", input.note());
		List<Problem> problems = this.entries.enter(NetworkLedgers.CONTACTS, values, "recordContact");
		if (!problems.isEmpty()) {
			return new RecordContactPayload(null, problems);
		}
		return new RecordContactPayload(this.contacts
			.contact(input.leaderId(), input.representativeId(), input.date(), input.kind())
			.orElseThrow(), List.of());
	}

	/** Befriends, resuming a friendship that had ended; for one that holds, corrects its start. */
	@MutationMapping
	@PreAuthorize("hasRole('EDITOR')")
	FriendshipPayload befriend(@Argument BefriendInput input) {
		return friendshipEntry(input.leaderId(), input.representativeId(), input.since(), null, "befriend", Map.of());
	}

	/** Ends a friendship: {@code on} is its last day, today when not given. It stays as history. */
	@MutationMapping
	@PreAuthorize("hasRole('EDITOR')")
	FriendshipPayload endFriendship(@Argument String leaderId, @Argument String representativeId,
			@Argument LocalDate on) {
		LocalDate lastDay = (on != null) ? on : this.today.date();
		Friendship friendship = this.friendships.between(leaderId, representativeId).orElse(null);
		if (friendship == null) {
			return new FriendshipPayload(null, List.of(new Problem("representativeId",
					"领导 " + leaderId + " 与代表人士 " + representativeId + " 没有结对交友关系，或不在您负责的镇")));
		}
		if (friendship.lastContact() != null && lastDay.isBefore(friendship.lastContact())) {
			return new FriendshipPayload(null, List.of(new Problem("on",
					"on " + lastDay + "：早于最近一次联系 " + friendship.lastContact() + "，结束日期不能早于已记录的联系")));
		}
		return friendshipEntry(leaderId, representativeId, friendship.since(), lastDay, "endFriendship",
				Map.of("until", "on"));
	}

	/** A friendships row of the pair, its since and its until (cleared when null). */
	private FriendshipPayload friendshipEntry(String leaderId, String representativeId, LocalDate since,
			LocalDate until, String operation, Map<String, String> argumentNames) {
		var values = new HashMap<String, Object>();
		values.put("leader_id", leaderId);
		values.put("representative_id", representativeId);
		values.put("since", since);
		values.put("until", until);
		List<Problem> problems = this.entries.enter(NetworkLedgers.FRIENDSHIPS, values, operation, argumentNames);
		if (!problems.isEmpty()) {
			return new FriendshipPayload(null, problems);
		}
		return new FriendshipPayload(this.friendships.between(leaderId, representativeId).orElseThrow(), List.of());
	}

}
