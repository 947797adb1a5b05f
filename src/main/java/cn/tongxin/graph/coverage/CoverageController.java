package cn.tongxin.graph.coverage;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.tongxin.graph.access.CurrentUser;
import cn.tongxin.graph.coverage.CoverageFigures.Position;
import cn.tongxin.graph.coverage.CoverageFigures.Ranked;
import cn.tongxin.graph.coverage.CoverageFigures.TownPage;
import cn.tongxin.graph.coverage.CoverageFigures.UnpairedPage;
import cn.tongxin.graph.coverage.CoverageFigures.VillageFilter;
import cn.tongxin.graph.place.Places;
import cn.tongxin.graph.place.Town;
import cn.tongxin.graph.place.Village;
import cn.tongxin.graph.place.VillageKind;
import cn.tongxin.graph.system.Connection;
import cn.tongxin.graph.system.Cursor;
import cn.tongxin.graph.system.InvalidArgument;
import cn.tongxin.graph.system.ReadInRequest;
import cn.tongxin.graph.system.Today;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingFieldSelectionSet;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import static cn.tongxin.graph.system.BatchAnswers.byParent;
import static cn.tongxin.graph.system.BatchAnswers.keys;


@Controller
class CoverageController {

	static final int DEFAULT_PAGE = 20;

	static final int LARGEST_PAGE = 100;

	static final int LONGEST_TREND = 240;

	private final CoverageFigures figures;

	private final Today today;

	CoverageController(CoverageFigures figures, Today today) {
		this.figures = figures;
		this.today = today;
	}

	/**
	 * The district's coverage, or one town's when {@code townCode} is given, today or on the day {@code asOf}. The
	 * district's figures per town are read only when {@code byTown} is asked for: for the one number a head of
	 * department wants, the totals of a district-wide user are one pass over the pairings, however many towns
	 * there are.
	 */
	@QueryMapping
	Coverage coverage(@Argument String townCode, @Argument LocalDate asOf, DataFetchingFieldSelectionSet selection) {
		LocalDate day = (asOf != null) ? asOf : this.today.date();
		if (townCode == null && CurrentUser.towns() == null
				&& !selection.containsAnyOf("villages", "pairedVillages", "unpairedVillages", "ratio", "byTown")) {
			// only the towns a page at a time are asked for: the totals, one pass over every pairing, are not read
			return new Coverage(0, 0, List.of(), null, day);
		}
		if (townCode == null) {
			return ((selection.contains("byTown") || CurrentUser.towns() != null)
					? Coverage.of(this.figures.ofDistrict(day)) : this.figures.districtTotals(day)).of(null, day);
		}
		List<TownCoverage> town = this.figures.ofTowns(List.of(townCode), day);
		if (town.isEmpty()) {
			throw Places.noSuchTown(townCode);
		}
		return Coverage.of(town).of(townCode, day);
	}

	/**
	 * The figures per town of a coverage, a page at a time in town-code order: for a district of many towns, where
	 * {@code byTown} answers all of them at once.
	 */
	@SchemaMapping(typeName = "Coverage")
	Connection<TownCoverage> towns(Coverage coverage, @Argument Integer first, @Argument String after) {
		int size = Connection.size(first, DEFAULT_PAGE, LARGEST_PAGE);
		LocalDate day = (coverage.asOf() != null) ? coverage.asOf() : this.today.date();
		TownPage page = this.figures.ofTownsPage(coverage.townCode(), Cursor.keyOf(after), size + 1, day);
		return Connection.of(page.totalCount(), page.towns(), size, after, town -> town.town().code());
	}

	/**
	 * Coverage at the end of each month, quarter or year from {@code from} to {@code to} (today by default), or over
	 * the last {@code points} of them: then the window is the service's, so a browser whose clock or time zone
	 * differs from the district's still gets exactly that many points.
	 */
	@QueryMapping
	List<CoveragePoint> coverageTrend(@Argument String townCode, @Argument LocalDate from, @Argument LocalDate to,
			@Argument TrendInterval interval, @Argument Integer points) {
		TrendInterval every = (interval != null) ? interval : TrendInterval.MONTH;
		LocalDate last = (to != null) ? to : this.today.date();
		if ((from == null) == (points == null)) {
			throw new InvalidArgument("请给出 from 或 points 之一（不能都给，也不能都不给）");
		}
		if (points != null && (points < 1 || points > LONGEST_TREND)) {
			throw new InvalidArgument("points " + points + "：应在 1 到 " + LONGEST_TREND + " 之间");
		}
		LocalDate first = (from != null) ? from : every.firstOfLast(points, last);
		if (first.isAfter(last)) {
			throw new InvalidArgument("from " + first + "：不能晚于 to " + last);
		}
		// counted before the days are built: a wide range must cost nothing but the refusal
		long count = every.points(first, last);
		if (count > LONGEST_TREND) {
			throw new InvalidArgument("一次最多 " + LONGEST_TREND + " 个时间点，这里有 " + count + " 个：请缩短 from 到 to 或改用更长的 interval");
		}
		return this.figures.trend(townCode, every.days(first, last)).orElseThrow(() -> Places.noSuchTown(townCode));
	}

	@QueryMapping
	Connection<Village> unpairedVillages(@Argument String townCode, @Argument VillageKind kind,
			@Argument Integer minHouseholds, @Argument UnpairedOrder orderBy, @Argument Integer first,
			@Argument String after, DataFetchingFieldSelectionSet selection, GraphQLContext request) {
		int size = Connection.size(first, DEFAULT_PAGE, LARGEST_PAGE);
		var filter = new VillageFilter(kind, minHouseholds, (orderBy != null) ? orderBy : UnpairedOrder.CODE);
		Position position = null;
		if (filter.orderBy() == UnpairedOrder.CODE) {
			String code = Cursor.keyOf(after);
			position = (code != null) ? new Position(null, code) : null;
		}
		else {
			// the value the list is ordered by (empty when unknown), then the code
			String[] parts = Cursor.partsOf(after, "(-?\\d+\\.\\d+(E-?\\d+)?)?", "\\d+");
			position = (parts != null) ? new Position(parts[0].isEmpty() ? null : Double.valueOf(parts[0]), parts[1]) : null;
		}
		UnpairedPage page = this.figures
			.unpairedVillages(townCode, filter, position, size + 1, selection.contains("totalCount"), this.today.date())
			.orElseThrow(() -> Places.noSuchTown(townCode));
		ReadInRequest.remember(request, Town.class, page.towns(), Town::code);
		return Connection.of(page.totalCount(), page.villages(), size, after, Ranked::position).map(Ranked::village);
	}

	@BatchMapping(typeName = "Town")
	Map<Town, TownCoverage> coverage(List<Town> towns) {
		Map<String, TownCoverage> byCode = this.figures.ofTowns(keys(towns, Town::code), this.today.date())
			.stream()
			.collect(Collectors.toMap(coverage -> coverage.town().code(), Function.identity()));
		return byParent(towns, town -> byCode.get(town.code()));
	}

}
