package cn.tongxin.graph.member;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.tongxin.graph.ledger.LedgerEntries;
import cn.tongxin.graph.system.Problem;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * One adjustment of a member (动态调整) entered by hand: the stored member as a members row, with the fields given
 * changed, effective on the day given ({@link LedgerEntries}, a one-row import): the ledger's rules, town scope,
 * audit and history, as a file's row.
 */
@Controller
class MemberEntryController {

	/** The input's fields that name columns of the ledger, other than by their own name. */
	private static final Map<String, String> INPUT_FIELDS = Map.of("on", "changed_on", "townCode", "town_code",
			"villageCode", "village_code", "unitCode", "unit_code", "leftOn", "left_on", "category", "category", "tier",
			"tier");

	private static final Map<String, String> ARGUMENT_NAMES = Map.of("changed_on", "on");

	private final LedgerEntries entries;

	private final Members members;

	MemberEntryController(LedgerEntries entries, Members members) {
		this.entries = entries;
		this.members = members;
	}

	record MemberPayload(Member member, List<Problem> problems) {
	}

	/**
	 * The input as given: a field left out keeps its value, a field given as null clears it (a unit, a village,
	 * leaving).
	 */
	@MutationMapping
	@PreAuthorize("hasRole('EDITOR')")
	MemberPayload updateMember(@Argument("input") Map<String, Object> input) {
		String id = (String) input.get("id");
		Member member = this.members.member(id).orElse(null);
		if (member == null) {
			return new MemberPayload(null, List.of(new Problem("id", "id " + id + "：没有这个成员，或不在您负责的镇")));
		}
		Map<String, Object> row = rowOf(member);
		INPUT_FIELDS.forEach((field, column) -> {
			if (input.containsKey(field)) {
				row.put(column, input.get(field));
			}
		});
		List<Problem> problems = this.entries.enter(MemberLedgers.MEMBERS, row, "updateMember", ARGUMENT_NAMES);
		if (!problems.isEmpty()) {
			return new MemberPayload(null, problems);
		}
		return new MemberPayload(this.members.member(id).orElse(null), List.of());
	}

	/** The member as the ledger's row, every column as stored, so that what is not adjusted is written as it was. */
	private static Map<String, Object> rowOf(Member member) {
		var row = new HashMap<String, Object>();
		row.put("id", member.id());
		row.put("name", member.name());
		row.put("gender", member.gender());
		row.put("birth_year", member.birthYear());
		row.put("ethnicity", member.ethnicity());
		row.put("category", member.category());
		row.put("tier", member.tier());
		row.put("town_code", member.townCode());
		row.put("village_code", member.villageCode());
		row.put("unit_code", member.unitCode());
		row.put("representative_id", member.representativeId());
		row.put("joined_on", member.joinedOn());
		row.put("left_on", member.leftOn());
		row.put("phone", member.phone());
		row.put("workplace", member.workplace());
		return row;
	}

}
