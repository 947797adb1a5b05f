package cn.tongxin.graph.coverage;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TrendIntervalTests {

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
