package cn.tongxin.graph.coverage;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;

import cn.tongxin.graph.coverage.Slices.Carrier;
import cn.tongxin.graph.coverage.Slices.KindCoverage;
import cn.tongxin.graph.coverage.Slices.PairingCarriers;
import cn.tongxin.graph.coverage.Slices.ProjectSlice;
import cn.tongxin.graph.coverage.Slices.ProjectSummary;
import cn.tongxin.graph.system.CypherFile;
import cn.tongxin.graph.system.GraphReader;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Coverage by kind of village, who carries the pairings, projects in figures: each one round trip. */
@Component
@Transactional(readOnly = true)
class CoverageSlices {

	private static final String BY_KIND = CypherFile.load("coverage/coverage-by-kind");

	private static final String CARRIERS = CypherFile.load("coverage/pairing-carriers");

	private static final String PROJECTS = CypherFile.load("coverage/project-summary");

	private final GraphReader graph;

	CoverageSlices(GraphReader graph) {
		this.graph = graph;
	}

	List<KindCoverage> byKind(String townCode, LocalDate asOf) {
		return this.graph.all(BY_KIND, parameters(townCode, asOf), "slice", KindCoverage::from);
	}

	PairingCarriers carriers(String townCode, LocalDate asOf) {
		List<Value> rows = this.graph.all(CARRIERS, parameters(townCode, asOf), "carrier", value -> value);
		return new PairingCarriers(carriersBy(rows, "INDUSTRY"), carriersBy(rows, "OWNERSHIP"));
	}

	ProjectSummary projects(String townCode) {
		List<Value> rows = this.graph.all(PROJECTS, parameters(townCode, null), "slice", value -> value);
		List<ProjectSlice> all = slicesBy(rows, "ALL");
		return new ProjectSummary(all.isEmpty() ? ProjectSlice.NONE : all.get(0), slicesBy(rows, "TOWN"),
				slicesBy(rows, "INDUSTRY"));
	}

	private static List<Carrier> carriersBy(List<Value> rows, String by) {
		return rows.stream().filter(row -> row.get("by").asString().equals(by)).map(Carrier::from).toList();
	}

	private static List<ProjectSlice> slicesBy(List<Value> rows, String by) {
		return rows.stream().filter(row -> row.get("by").asString().equals(by)).map(ProjectSlice::from).toList();
	}

	private static HashMap<String, Object> parameters(String townCode, LocalDate asOf) {
		var parameters = new HashMap<String, Object>();
		parameters.put("townCode", townCode);
		parameters.put("asOf", asOf);
		return parameters;
	}

}
