package cn.tongxin.graph.member;

import java.util.List;
import java.util.Map;

import cn.tongxin.graph.access.PersonalData;
import cn.tongxin.graph.people.People;
import cn.tongxin.graph.people.Representative;
import cn.tongxin.graph.place.Places;
import cn.tongxin.graph.place.Town;
import cn.tongxin.graph.place.Village;
import cn.tongxin.graph.system.Connection;
import cn.tongxin.graph.system.Cursor;
import cn.tongxin.graph.system.Page;
import cn.tongxin.graph.unit.Unit;
import cn.tongxin.graph.unit.Units;
import graphql.schema.DataFetchingFieldSelectionSet;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import static cn.tongxin.graph.system.BatchAnswers.lookUp;
import static cn.tongxin.graph.system.BatchAnswers.lookUpLists;

/** The member ledger over GraphQL: a member, a page of the ledger, and each member's history. */
@Controller
class MemberController {

	private static final int DEFAULT_PAGE = 20;

	private static final int LARGEST_PAGE = 200;

	private final Members members;

	private final Places places;

	private final Units units;

	private final People people;

	MemberController(Members members, Places places, Units units, People people) {
		this.members = members;
		this.places = places;
		this.units = units;
		this.people = people;
	}

	@QueryMapping
	Member member(@Argument String id) {
		return this.members.member(id).orElse(null);
	}

	@QueryMapping
	Connection<Member> members(@Argument MemberFilter filter, @Argument Integer first, @Argument String after,
			DataFetchingFieldSelectionSet selection) {
		int size = Connection.size(first, DEFAULT_PAGE, LARGEST_PAGE);
		// counting reads every member that matches: only when asked
		Page<Member> page = this.members.page((filter != null) ? filter : MemberFilter.NONE, Cursor.keyOf(after),
				size + 1, selection.contains("totalCount"));
		return Connection.of(page.totalCount(), page.fetched(), size, after, Member::id);
	}

	@SchemaMapping(typeName = "Member")
	String phone(Member member) {
		return PersonalData.phone(member.phone());
	}

	@SchemaMapping(typeName = "Member")
	String birthYear(Member member) {
		return PersonalData.birthYear(member.birthYear());
	}

	@BatchMapping(typeName = "Member", field = "town")
	Map<Member, Town> townOfMember(List<Member> members) {
		return lookUp(members, Member::townCode, this.places::townsByCode);
	}

	@BatchMapping(typeName = "Member", field = "village")
	Map<Member, Village> villageOfMember(List<Member> members) {
		return lookUp(members, Member::villageCode, this.places::villagesByCode);
	}

	@BatchMapping(typeName = "Member", field = "unit")
	Map<Member, Unit> unitOfMember(List<Member> members) {
		return lookUp(members, Member::unitCode, this.units::byCode);
	}

	@BatchMapping(typeName = "Member", field = "representative")
	Map<Member, Representative> representativeOfMember(List<Member> members) {
		return lookUp(members, Member::representativeId, this.people::representativesById);
	}

	@BatchMapping(typeName = "Member")
	Map<Member, List<MemberChange>> changes(List<Member> members) {
		return lookUpLists(members, Member::id, this.members::changesOf);
	}

	@BatchMapping(typeName = "Representative", field = "member")
	Map<Representative, Member> memberOfRepresentative(List<Representative> representatives) {
		return lookUp(representatives, Representative::id, this.members::ofRepresentatives);
	}

}
