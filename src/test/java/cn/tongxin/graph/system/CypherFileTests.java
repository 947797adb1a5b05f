package cn.tongxin.graph.system;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A rule several statements share is written once and taken in where a statement's line reads {@code // include:}. */
class CypherFileTests {

	@Test
	void takesTheMembersValuesOnADayIntoEveryStatementThatReadsThem() {
		String fragment = CypherFile.load("member/values-on").strip();

		for (String statement : new String[] { "member/members-page", "member/members-page-in-town", "member/members-page-named",
				"report/work-report", "report/work-report-of-towns" }) {
			String text = CypherFile.load(statement);
			assertThat(text).as(statement).doesNotContainPattern("(?m)^[ \\t]*// include:").contains(fragment);
		}
		for (String page : new String[] { "member/members-page", "member/members-page-in-town", "member/members-page-named" }) {
			// the whole ledger's page also counts from the tallies on a day (member/kept-count)
			int reads = page.equals("member/members-page") ? 3 : 2;
			assertThat(CypherFile.load(page).split("CALL \\(m, day\\)", -1)).as("count and page of %s", page)
				.hasSize(reads + 1);
		}
	}

	@Test
	void keepsEachVillagesNearestEnterpriseWhereverVillagesOrEnterprisesAreWritten() {
		String ringSearch = CypherFile.load("place/nearest/keep-nearest-enterprise").strip();

		for (String statement : new String[] { "place/ledger/villages-create", "place/ledger/villages-upsert",
				"enterprise/ledger/enterprises-create", "enterprise/ledger/enterprises-upsert", "enterprise/delete-enterprise" }) {
			String text = CypherFile.load(statement);
			assertThat(text).as(statement).doesNotContainPattern("(?m)^[ \\t]*// include:").contains(ringSearch);
		}
	}

	@Test
	void failsAtLoadingForAFileThatIsNotThere() {
		assertThatThrownBy(() -> CypherFile.load("member/no-such-question")).hasMessageContaining("no-such-question");
	}

}
