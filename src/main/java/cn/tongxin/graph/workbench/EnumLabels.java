package cn.tongxin.graph.workbench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import cn.tongxin.graph.access.Role;
import cn.tongxin.graph.duty.DutyHolderKind;
import cn.tongxin.graph.meeting.MeetingBody;
import cn.tongxin.graph.member.MemberField;
import cn.tongxin.graph.member.MemberTier;
import cn.tongxin.graph.network.ContactKind;
import cn.tongxin.graph.network.EdgeType;
import cn.tongxin.graph.pairing.ProjectStatus;
import cn.tongxin.graph.people.Category;
import cn.tongxin.graph.people.Gender;
import cn.tongxin.graph.people.LeaderRole;
import cn.tongxin.graph.place.VillageKind;
import cn.tongxin.graph.problem.ProblemCategory;
import cn.tongxin.graph.problem.ProblemState;
import cn.tongxin.graph.search.NodeKind;
import cn.tongxin.graph.site.SiteKind;
import cn.tongxin.graph.site.SiteLevel;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Chinese names of the enums the pages show, taken from the enums themselves: the one source the pages' scripts
 * read them from ({@code labels.js}), so that a name is never copied into a script.
 */
final class EnumLabels {

	/** As JSON, in the enums' order: {@code {"villageKind": {"VILLAGE": "行政村", ...}, ...}}. */
	static final String JSON = JsonMapper.builder().build().writeValueAsString(all());

	private EnumLabels() {
	}

	static Map<String, Map<String, String>> all() {
		Map<String, Map<String, String>> labels = new LinkedHashMap<>();
		labels.put("villageKind", of(VillageKind.values(), VillageKind::label));
		labels.put("contactKind", of(ContactKind.values(), ContactKind::label));
		labels.put("leaderRole", of(LeaderRole.values(), LeaderRole::label));
		labels.put("category", of(Category.values(), Category::label));
		labels.put("role", of(Role.values(), Role::label));
		labels.put("memberTier", of(MemberTier.values(), MemberTier::label));
		labels.put("memberField", of(MemberField.values(), MemberField::label));
		labels.put("gender", of(Gender.values(), Gender::label));
		labels.put("projectStatus", of(ProjectStatus.values(), ProjectStatus::label));
		labels.put("siteKind", of(SiteKind.values(), SiteKind::label));
		labels.put("siteLevel", of(SiteLevel.values(), SiteLevel::label));
		labels.put("problemCategory", of(ProblemCategory.values(), ProblemCategory::label));
		labels.put("problemState", of(ProblemState.values(), ProblemState::label));
		labels.put("meetingBody", of(MeetingBody.values(), MeetingBody::label));
		labels.put("dutyHolderKind", of(DutyHolderKind.values(), DutyHolderKind::label));
		labels.put("nodeKind", of(NodeKind.values(), NodeKind::label));
		labels.put("edgeType", of(EdgeType.values(), EdgeType::label));
		return labels;
	}

	private static <E extends Enum<E>> Map<String, String> of(E[] values, Function<E, String> label) {
		Map<String, String> names = new LinkedHashMap<>();
		Arrays.stream(values).forEach(value -> names.put(value.name(), label.apply(value)));
		return names;
	}

}
