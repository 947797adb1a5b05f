package cn.tongxin.graph.workbench;

import java.util.Arrays;
import java.util.Map;

import cn.tongxin.graph.member.MemberField;
import cn.tongxin.graph.network.ContactKind;
import cn.tongxin.graph.network.EdgeType;
import cn.tongxin.graph.place.VillageKind;
import cn.tongxin.graph.search.NodeKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The pages' one source of enum names: every value of every enum they show, named by the enum itself. */
class EnumLabelsTests {

	@Test
	void namesEveryValueOfEveryEnumThePagesShow() {
		Map<String, Map<String, String>> labels = EnumLabels.all();

		assertThat(labels).containsOnlyKeys("villageKind", "contactKind", "leaderRole", "category", "role", "memberTier",
				"memberField", "gender", "projectStatus", "siteKind", "siteLevel", "problemCategory", "problemState", "meetingBody",
				"dutyHolderKind", "nodeKind", "edgeType");
		labels.forEach((kind, names) -> assertThat(names.values()).as(kind).allSatisfy(name -> assertThat(name).isNotBlank()));
		assertThat(labels.get("villageKind")).containsExactly(Map.entry("VILLAGE", "行政村"), Map.entry("COMMUNITY", "社区"));
		assertThat(labels.get("contactKind").keySet())
			.containsExactlyElementsOf(Arrays.stream(ContactKind.values()).map(Enum::name).toList());
		assertThat(labels.get("contactKind")).containsEntry("VISIT", "走访");
		assertThat(labels.get("category")).hasSize(11);
		assertThat(labels.get("memberTier")).containsExactly(Map.entry("DISTRICT", "区管"), Map.entry("TOWN", "镇管"),
				Map.entry("VILLAGE", "村（社区）管"));
		assertThat(labels.get("memberField").keySet())
			.containsExactlyElementsOf(Arrays.stream(MemberField.values()).map(Enum::name).toList());
		assertThat(labels.get("projectStatus")).containsExactly(Map.entry("PLANNED", "计划中"),
				Map.entry("IN_PROGRESS", "进行中"), Map.entry("COMPLETED", "已完成"));
		assertThat(labels.get("siteKind")).hasSize(8).containsEntry("SECRETARY_DEMONSTRATION_POINT", "书记统战示范点");
		assertThat(labels.get("meetingBody")).containsEntry("STANDING_COMMITTEE", "区委常委会");
		assertThat(labels.get("nodeKind").keySet())
			.containsExactlyElementsOf(Arrays.stream(NodeKind.values()).map(Enum::name).toList());
		assertThat(labels.get("nodeKind")).containsEntry("MEMBER", "统战成员").containsEntry("STAFF", "工作人员")
			.containsEntry("PROBLEM", "企业问题");
		assertThat(labels.get("edgeType").keySet())
			.containsExactlyElementsOf(Arrays.stream(EdgeType.values()).map(Enum::name).toList());
		assertThat(labels.get("edgeType")).containsEntry("TOOK_PART", "参加活动").containsEntry("STAFFS", "阵地工作人员")
			.containsEntry("CONCERNS", "涉及企业");
	}

	@Test
	void isWrittenAsJsonThePagesRead() {
		assertThat(EnumLabels.JSON).startsWith("{\"villageKind\":{\"VILLAGE\":\"" + VillageKind.VILLAGE.label() + "\"")
			.contains("\"contactKind\":{\"VISIT\":\"走访\"");
	}

}
