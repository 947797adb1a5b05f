package cn.tongxin.graph.coverage;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TrendIntervalTests {

	@Test
	void theLastPointsAreExactlyThatManyOnEveryDayOfTheYear() {
		for (LocalDate day = LocalDate.of(2027, 1, 1); day.getYear() < 2029; day = day.plusDays(1)) {
			for (TrendInterval interval : TrendInterval.values()) {
				for (int points : new int[] { 1, 2, 12, 240 }) {
					List<LocalDate> days = interval.days(interval.firstOfLast(points, day), day);
					assertThat(days).as("%d %s points to %s", points, interval, day).hasSize(points).last().isEqualTo(day);
				}
			}
		}
	}

	@Test
	void endsEachPeriodOnItsLastDay() {
		assertThat(TrendInterval.MONTH.days(TrendInterval.MONTH.firstOfLast(3, LocalDate.of(2028, 3, 1)), LocalDate.of(2028, 3, 1)))
			.containsExactly(LocalDate.of(2028, 1, 31), LocalDate.of(2028, 2, 29), LocalDate.of(2028, 3, 1));
		assertThat(TrendInterval.QUARTER.firstOfLast(2, LocalDate.of(2026, 12, 31))).isEqualTo(LocalDate.of(2026, 7, 1));
		assertThat(TrendInterval.YEAR.firstOfLast(1, LocalDate.of(2026, 12, 31))).isEqualTo(LocalDate.of(2026, 1, 1));
	}

	@Test
	void countsThePointsWithoutBuildingThem() {
		LocalDate[][] ranges = { { LocalDate.of(2025, 5, 1), LocalDate.of(2025, 10, 15) },
				{ LocalDate.of(2025, 1, 1), LocalDate.of(2026, 11, 25) },
				{ LocalDate.of(2025, 3, 31), LocalDate.of(2025, 3, 31) },
				{ LocalDate.of(2024, 12, 31), LocalDate.of(2026, 12, 31) },
				{ LocalDate.of(1900, 1, 1), LocalDate.of(2100, 12, 31) } };
		for (TrendInterval interval : TrendInterval.values()) {
			for (LocalDate[] range : ranges) {
				assertThat(interval.points(range[0], range[1])).as(interval + " " + range[0] + ".." + range[1])
					.isEqualTo(interval.days(range[0], range[1]).size());
			}
		}
		assertThat(TrendInterval.MONTH.points(LocalDate.MIN, LocalDate.MAX)).isEqualTo(2L * 999_999_999 * 12 + 12);
	}

}
