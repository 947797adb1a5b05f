package cn.tongxin.graph.coverage;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/** How far apart the points of a coverage trend are: each point is the last day of a month, quarter or year. */
enum TrendInterval {

	MONTH(1), QUARTER(3), YEAR(12);

	private final int months;

	TrendInterval(int months) {
		this.months = months;
	}

	/**
	 * How many points {@link #days(LocalDate, LocalDate)} gives for these dates, counted without building them: one
	 * per period from the one holding {@code from} to the one holding {@code to}.
	 */
	long points(LocalDate from, LocalDate to) {
		return period(to) - period(from) + 1;
	}

	/** The number of this period counted from year 0, so that consecutive periods differ by one. */
	private long period(LocalDate day) {
		return Math.floorDiv(day.getYear() * 12L + day.getMonthValue() - 1, this.months);
	}

	/**
	 * The last day of each period from the one holding {@code from} to the one holding {@code to}; the last point is
	 * {@code to} itself when its period has not ended by then.
	 */
	List<LocalDate> days(LocalDate from, LocalDate to) {
		var days = new ArrayList<LocalDate>();
		LocalDate end = endOfPeriod(from);
		while (end.isBefore(to)) {
			days.add(end);
			end = endOfPeriod(end.plusDays(1));
		}
		days.add(to);
		return days;
	}

	/**
	 * The first day of the period {@code points - 1} periods before the one holding {@code last}: from there to
	 * {@code last}, {@link #days} has exactly {@code points} points.
	 */
	LocalDate firstOfLast(int points, LocalDate last) {
		int monthIndex = last.getMonthValue() - 1;
		LocalDate periodStart = last.withDayOfMonth(1).withMonth((monthIndex / this.months) * this.months + 1);
		return periodStart.minusMonths((long) (points - 1) * this.months);
	}

	private LocalDate endOfPeriod(LocalDate day) {
		int monthIndex = day.getMonthValue() - 1;
		int lastMonth = (monthIndex / this.months) * this.months + this.months;
		return day.withMonth(lastMonth).with(TemporalAdjusters.lastDayOfMonth());
	}

}
