package cn.tongxin.graph.coverage;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.tongxin.graph.place.Village;
import cn.tongxin.graph.system.CypherFile;
import cn.tongxin.graph.system.GraphReader;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Coverage figures and unpaired villages, each one read-only round trip. */
@Component
@Transactional(readOnly = true)
class CoverageFigures {

	private static final String COVERAGE_OF_TOWNS = CypherFile.load("coverage/coverage-of-towns");

	private static final String COVERAGE_OF_DISTRICT = CypherFile.load("coverage/coverage-of-district");

	private static final String COVERAGE_TREND = CypherFile.load("coverage/coverage-trend");

	private static final String UNPAIRED_IN_DISTRICT = CypherFile.load("coverage/unpaired-villages-in-district");

	private static final String UNPAIRED_IN_TOWN = CypherFile.load("coverage/unpaired-villages-in-town");

	private final GraphReader graph;

	CoverageFigures(GraphReader graph) {
		this.graph = graph;
	}

	/** The coverage of each of these towns on the day {@code asOf}, in code order; unknown codes are left out. */
	List<TownCoverage> ofTowns(Collection<String> townCodes, LocalDate asOf) {
		return townCoverages(COVERAGE_OF_TOWNS, Map.of("townCodes", List.copyOf(townCodes), "asOf", asOf));
	}

	/** The coverage of every town of the district on the day {@code asOf}, in code order. */
	List<TownCoverage> ofDistrict(LocalDate asOf) {
		return townCoverages(COVERAGE_OF_DISTRICT, Map.of("asOf", asOf));
	}

	/**
	 * The coverage of the district, or of one town, on each of {@code days}, in date order. Empty when the town is
	 * unknown.
	 */
	Optional<List<CoveragePoint>> trend(String townCode, List<LocalDate> days) {
		var parameters = new HashMap<String, Object>();
		parameters.put("townCode", townCode);
		parameters.put("days", days);
		List<CoveragePoint> points = this.graph.all(COVERAGE_TREND, parameters, "point", CoveragePoint::from);
		return points.isEmpty() ? Optional.empty() : Optional.of(points);
	}

	private List<TownCoverage> townCoverages(String cypher, Map<String, Object> parameters) {
		return this.graph.all(cypher, parameters, "coverage", TownCoverage::from);
	}

	/**
	 * Up to {@code limit} unpaired villages after the one with code {@code afterCode}, in code order, of one town
	 * or ({@code townCode} null) of the district; and how many unpaired villages there are in all. Empty when
	 * the town is unknown.
	 */
	Optional<UnpairedPage> unpairedVillages(String townCode, String afterCode, int limit, LocalDate today) {
		var parameters = new HashMap<String, Object>();
		parameters.put("townCode", townCode);
		parameters.put("after", afterCode);
		parameters.put("limit", limit);
		parameters.put("today", today);
		return this.graph
			.all((townCode != null) ? UNPAIRED_IN_TOWN : UNPAIRED_IN_DISTRICT, parameters, "unpaired",
					unpaired -> new UnpairedPage(unpaired.get("totalCount").asInt(),
							unpaired.get("page").asList(Village::from)))
			.stream()
			.findFirst();
	}

	record UnpairedPage(int totalCount, List<Village> villages) {
	}

}
