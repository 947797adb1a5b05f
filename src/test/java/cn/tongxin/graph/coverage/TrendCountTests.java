package cn.tongxin.graph.coverage;

import java.time.LocalDate;
import java.util.List;

import cn.tongxin.graph.coverage.TrendCount.Group;
import cn.tongxin.graph.coverage.TrendCount.Late;
import cn.tongxin.graph.coverage.TrendCount.Span;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TrendCountTests {

	static final List<LocalDate> DAYS = List.of(day("2025-01-31"), day("2025-02-28"), day("2025-03-31"),
			day("2025-04-30"), day("2025-05-15"));

	@Test
	void countsAVillageOnTheDaysOneOfItsPairingsHoldsOnIncludingTheFirstAndLast() {
		assertThat(TrendCount.pairedOn(DAYS, List.of(new Group(List.of(span("2025-02-28", "2025-03-31")), 1))))
			.containsExactly(0, 1, 1, 0, 0);
		assertThat(TrendCount.pairedOn(DAYS, List.of(new Group(List.of(span("2025-03-01", null)), 3))))
			.as("three villages paired only by pairings of the same dates").containsExactly(0, 0, 3, 3, 3);
		assertThat(TrendCount.pairedOn(DAYS, List.of(new Group(List.of(span("2025-05-16", null)), 1))))
			.as("after the last day").containsExactly(0, 0, 0, 0, 0);
	}

	@Test
	void countsAVillageOnceOnADayTwoOfItsPairingsHoldOn() {
		var village = new Group(List.of(span("2025-03-01", null), span("2025-01-01", "2025-03-31"),
				span("2025-02-01", "2025-02-10")), 1);
		assertThat(TrendCount.pairedOn(DAYS, List.of(village))).containsExactly(1, 1, 1, 1, 1);
		var gap = new Group(List.of(span("2025-04-01", "2025-04-30"), span("2025-01-01", "2025-01-31")), 1);
		assertThat(TrendCount.pairedOn(DAYS, List.of(village, gap))).containsExactly(2, 1, 1, 2, 1);
	}

	@Test
	void takesAVillageEstablishedLateOutOfTheDaysBeforeItIsThere() {
		// established on 2025-03-31 (its first day), paired since 2025-01-01 and again from 2025-02-01 to 2025-02-28;
		// another on 2025-05-16, after the last day, paired since 2025-01-01; a third unpaired, from 2025-02-01
		var late = List.of(new Late(day("2025-03-31"), List.of(span("2025-01-01", null), span("2025-02-01", "2025-02-28"))),
				new Late(day("2025-05-16"), List.of(span("2025-01-01", null))), new Late(day("2025-02-01"), List.of()));

		assertThat(TrendCount.notYetEstablishedOn(DAYS, late)).containsExactly(3, 2, 1, 1, 1);
		assertThat(TrendCount.pairedBeforeEstablishedOn(DAYS, late)).containsExactly(2, 2, 1, 1, 1);
	}

	@Test
	void leavesOutAPairingThatEndsBeforeItStarts() {
		assertThat(TrendCount.merged(List.of(span("2025-03-01", "2025-02-01"), new Span(null, null)))).isEmpty();
	}

	private static Span span(String since, String until) {
		return new Span(day(since), (until != null) ? day(until) : null);
	}

	private static LocalDate day(String text) {
		return LocalDate.parse(text);
	}

}
