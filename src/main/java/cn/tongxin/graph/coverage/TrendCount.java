package cn.tongxin.graph.coverage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * Counts, for each day of a trend, the villages paired on it, from their pairings' dates read in one pass: a
 * village is paired on a day when one of its pairings holds on it (since on or before the day, and no until or
 * until on or after it).
 */
final class TrendCount {

	private TrendCount() {
	}

	/** The dates of one pairing; {@code until} null while it holds. */
	record Span(LocalDate since, LocalDate until) {
	}

	/**
	 * The pairings of one village, or one pairing's dates shared by {@code villages} villages paired only by it:
	 * each of those villages is paired on a day when one of the spans holds on it.
	 */
	record Group(List<Span> spans, int villages) {
	}

	/**
	 * A village established on {@code on}, after the first day of a trend, and the dates of its pairings: it is
	 * not there on the days before, neither as a village nor as paired.
	 */
	record Late(LocalDate on, List<Span> spans) {
	}

	/** How many of these villages are not yet established on each of {@code days}, by index. */
	static int[] notYetEstablishedOn(List<LocalDate> days, List<Late> late) {
		var before = new ArrayList<Group>();
		for (Late village : late) {
			before.add(new Group(List.of(new Span(days.get(0), village.on().minusDays(1))), 1));
		}
		return pairedOn(days, before);
	}

	/**
	 * How many of these villages are not yet established on each of {@code days} and yet have a pairing that holds
	 * on it: what {@link #pairedOn} counts of them too early, by index.
	 */
	static int[] pairedBeforeEstablishedOn(List<LocalDate> days, List<Late> late) {
		var early = new ArrayList<Group>();
		for (Late village : late) {
			LocalDate lastDayBefore = village.on().minusDays(1);
			var spans = new ArrayList<Span>();
			for (Span span : village.spans()) {
				if (span.since() != null && span.since().isBefore(village.on())) {
					spans.add(new Span(span.since(),
							(span.until() == null || span.until().isAfter(lastDayBefore)) ? lastDayBefore : span.until()));
				}
			}
			early.add(new Group(spans, 1));
		}
		return pairedOn(days, early);
	}

	/** How many villages are paired on each of {@code days} (in date order), by index. */
	static int[] pairedOn(List<LocalDate> days, List<Group> groups) {
		// each village adds its count to a run of days: +n where the run starts, -n after it ends
		int[] change = new int[days.size() + 1];
		for (Group group : groups) {
			for (Span run : merged(group.spans())) {
				int from = firstOnOrAfter(days, run.since());
				int to = (run.until() != null) ? firstOnOrAfter(days, run.until().plusDays(1)) : days.size();
				if (from < to) {
					change[from] += group.villages();
					change[to] -= group.villages();
				}
			}
		}
		int[] paired = new int[days.size()];
		int running = 0;
		for (int i = 0; i < days.size(); i++) {
			running += change[i];
			paired[i] = running;
		}
		return paired;
	}

	/** The days covered by any of these spans as separate runs, so that no day is counted twice. */
	static List<Span> merged(List<Span> spans) {
		var holding = new ArrayList<Span>();
		for (Span span : spans) {
			if (span.since() != null && (span.until() == null || !span.until().isBefore(span.since()))) {
				holding.add(span);
			}
		}
		if (holding.size() < 2) {
			return holding;
		}
		holding.sort(Comparator.comparing(Span::since));
		var runs = new ArrayList<Span>();
		Span run = holding.get(0);
		for (Span next : holding.subList(1, holding.size())) {
			if (run.until() != null && next.since().isAfter(run.until())) {
				runs.add(run);
				run = next;
			}
			else if (run.until() != null && (next.until() == null || next.until().isAfter(run.until()))) {
				run = new Span(run.since(), next.until());
			}
		}
		runs.add(run);
		return runs;
	}

	/** The index of the first day on or after {@code day}; the number of days when there is none. */
	private static int firstOnOrAfter(List<LocalDate> days, LocalDate day) {
		int found = Collections.binarySearch(days, day);
		return (found >= 0) ? found : -found - 1;
	}

}
