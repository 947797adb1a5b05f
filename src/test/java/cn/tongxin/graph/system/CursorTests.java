package cn.tongxin.graph.system;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The Relay cursors alone, without Spring or Neo4j; the paging tests show them over HTTP. */
class CursorTests {

	@Test
	void givesBackTheKeyItWraps() {
		for (String key : new String[] { "610322100001", "", "甲镇|2026-11-25|VISIT", "a/b+c=" }) {
			assertThat(Cursor.keyOf(Cursor.after(key))).as(key).isEqualTo(key);
		}
		assertThat(Cursor.keyOf(null)).isNull();
		assertThat(Cursor.after("610322100001")).as("opaque, and safe in an address").doesNotContain("610322100001")
			.matches("[A-Za-z0-9_-]+");
	}

	@Test
	void refusesACursorItDidNotGive() {
		for (String foreign : new String[] { "610322100001", "not base64!", Cursor.after("x").substring(1) }) {
			assertThatExceptionOfType(InvalidArgument.class).as(foreign)
				.isThrownBy(() -> Cursor.keyOf(foreign))
				.withMessage("after：「" + foreign + "」不是本接口给出的游标，请使用上一页返回的 endCursor");
		}
	}

	@Test
	void readsAPositionOfSeveralValuesAndRefusesOneOfAnotherList() {
		String cursor = Cursor.after(Cursor.position("2026-11-25", null, "L1"));

		assertThat(Cursor.partsOf(cursor, "\\d{4}-\\d{2}-\\d{2}", ".*", "L\\d+")).containsExactly("2026-11-25", "", "L1");
		assertThat(Cursor.partsOf(null, ".*")).isNull();
		assertThat(Cursor.date("2026-11-25", cursor)).hasToString("2026-11-25");
		String otherList = Cursor.after("610322100001");
		assertThatExceptionOfType(InvalidArgument.class).as("too few values")
			.isThrownBy(() -> Cursor.partsOf(otherList, ".*", ".*"))
			.withMessage("after：「" + otherList + "」不是这个列表的游标，请使用上一页返回的 endCursor");
		assertThatExceptionOfType(InvalidArgument.class).as("a value of another form")
			.isThrownBy(() -> Cursor.partsOf(cursor, "\\d+", ".*", ".*"));
		assertThatExceptionOfType(InvalidArgument.class).as("no date")
			.isThrownBy(() -> Cursor.date("yesterday", cursor));
	}

}
