package cn.tongxin.graph.meeting;

import java.util.List;
import java.util.Map;

import cn.tongxin.graph.GraphTest;
import cn.tongxin.graph.TongxinHttp;
import cn.tongxin.graph.TwoTowns;
import cn.tongxin.graph.ledger.ImportReport;
import cn.tongxin.graph.ledger.ImportReport.RejectedRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.client.ClientGraphQlResponse;

import static cn.tongxin.graph.TongxinHttp.value;
import static cn.tongxin.graph.TongxinHttp.values;
import static org.assertj.core.api.Assertions.assertThat;

/** The meetings ledger over HTTP, and a period's meetings paged over GraphQL. */
@GraphTest
class MeetingImportTests {

	static final String HEADER = "date,body,topic\n";

	static final String MEETINGS = """
			query($from: Date, $to: Date, $body: MeetingBody, $first: Int, $after: String) {
			  meetings(from: $from, to: $to, body: $body, first: $first, after: $after) {
			    totalCount edges { node { date body topic } } pageInfo { hasNextPage endCursor } } }""";

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient neo4j;

	TongxinHttp admin;

	@BeforeEach
	void twoTowns() {
		this.admin = TwoTowns.emptyGraphWithTownsAB(this.neo4j, this.port);
	}

	@Test
	void keyAMeetingByItsDayAndBodyAndUpdateItsTopic() {
		String file = HEADER + "2025-03-01,LEADING_GROUP,部署全年工作\n2025-03-01,STANDING_COMMITTEE,听取统战工作汇报\n";
		ImportReport first = this.admin.importCsv("meetings", file);
		ImportReport again = this.admin.importCsv("meetings", file);
		ImportReport topic = this.admin.importCsv("meetings", HEADER + "2025-03-01,LEADING_GROUP,部署全年统战工作\n");

		assertThat(List.of(first.created(), again.unchanged(), topic.updated())).containsExactly(2, 2, 1);
		assertThat(this.neo4j.query("MATCH (m:Meeting) RETURN m.body + ' ' + m.topic AS m ORDER BY m")
			.fetchAs(String.class)
			.all()).containsExactly("LEADING_GROUP 部署全年统战工作", "STANDING_COMMITTEE 听取统战工作汇报");
	}

	@Test
	void refuseMeetingsFromAUserBoundToTownsAndABodyOffTheList() {
		ImportReport scoped = TwoTowns.editorOf(this.admin, TwoTowns.TOWN_A)
			.importCsv("meetings", HEADER + "2025-03-01,LEADING_GROUP,部署全年工作\n");
		ImportReport body = this.admin.importCsv("meetings", HEADER + "2025-03-01,PARTY_CONGRESS,部署全年工作\n");

		assertThat(scoped.rejected()).extracting(RejectedRow::message)
			.containsExactly("body LEADING_GROUP：会议属于全区，只有负责全区的用户才能导入");
		assertThat(body.rejected()).extracting(RejectedRow::message)
			.containsExactly("body PARTY_CONGRESS：应为 STANDING_COMMITTEE、LEADING_GROUP 之一");
		assertThat(this.neo4j.query("MATCH (m:Meeting) RETURN count(m)").fetchAs(Long.class).one()).contains(0L);
	}

	@Test
	void pageAPeriodsMeetingsByDayThenBodyForEveryUser() {
		assertThat(this.admin.importCsv("meetings", HEADER + "2024-12-30,LEADING_GROUP,年终\n"
				+ "2025-01-10,STANDING_COMMITTEE,一\n2025-01-10,LEADING_GROUP,二\n2025-06-01,LEADING_GROUP,三\n"
				+ "2025-12-31,STANDING_COMMITTEE,四\n2026-01-01,STANDING_COMMITTEE,新年\n").rejected()).isEmpty();
		TongxinHttp viewer = TwoTowns.viewerOf(this.admin, TwoTowns.TOWN_B);

		ClientGraphQlResponse first = meetings(viewer, Map.of("from", "2025-01-01", "to", "2025-12-31", "first", 3));
		ClientGraphQlResponse rest = meetings(viewer, Map.of("from", "2025-01-01", "to", "2025-12-31", "first", 3,
				"after", value(first, "meetings.pageInfo.endCursor")));
		ClientGraphQlResponse leadingGroup = meetings(this.admin, Map.of("body", "LEADING_GROUP"));

		assertThat((Object) value(first, "meetings.totalCount")).isEqualTo(4);
		assertThat(values(first, "meetings.edges[*].node.topic")).containsExactly("二", "一", "三");
		assertThat((Object) value(first, "meetings.pageInfo.hasNextPage")).isEqualTo(true);
		assertThat(values(rest, "meetings.edges[*].node.topic")).containsExactly("四");
		assertThat((Object) value(rest, "meetings.pageInfo.hasNextPage")).isEqualTo(false);
		assertThat(values(leadingGroup, "meetings.edges[*].node.date"))
			.containsExactly("2024-12-30", "2025-01-10", "2025-06-01");
	}

	@Test
	void refuseAPeriodThatEndsBeforeItBegins() {
		ClientGraphQlResponse backwards = meetings(this.admin, Map.of("from", "2025-12-31", "to", "2025-01-01"));

		assertThat(backwards.getErrors()).singleElement()
			.satisfies(error -> assertThat(error.getMessage()).contains("from 2025-12-31：不能晚于 to 2025-01-01"));
	}

	private static ClientGraphQlResponse meetings(TongxinHttp client, Map<String, Object> variables) {
		return client.graphQl().document(MEETINGS).variables(variables).executeSync();
	}

}
