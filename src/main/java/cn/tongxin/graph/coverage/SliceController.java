package cn.tongxin.graph.coverage;

import java.time.LocalDate;
import java.util.List;

import cn.tongxin.graph.coverage.Slices.KindCoverage;
import cn.tongxin.graph.coverage.Slices.PairingCarriers;
import cn.tongxin.graph.coverage.Slices.ProjectSummary;
import cn.tongxin.graph.place.Places;
import cn.tongxin.graph.system.Today;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Coverage sliced the ways it is reported: by kind of village, by who carries the pairings, by projects. */
@Controller
class SliceController {

	private final CoverageSlices slices;

	private final Places places;

	private final Today today;

	SliceController(CoverageSlices slices, Places places, Today today) {
		this.slices = slices;
		this.places = places;
		this.today = today;
	}

	@QueryMapping
	List<KindCoverage> coverageByKind(@Argument String townCode, @Argument LocalDate asOf) {
		return this.slices.byKind(this.places.knownTownOrDistrict(townCode), day(asOf));
	}

	@QueryMapping
	PairingCarriers pairingCarriers(@Argument String townCode, @Argument LocalDate asOf) {
		return this.slices.carriers(this.places.knownTownOrDistrict(townCode), day(asOf));
	}

	@QueryMapping
	ProjectSummary projectSummary(@Argument String townCode) {
		return this.slices.projects(this.places.knownTownOrDistrict(townCode));
	}

	private LocalDate day(LocalDate asOf) {
		return (asOf != null) ? asOf : this.today.date();
	}

}
