package cn.tongxin.graph.report;

import java.time.LocalDate;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The work report over GraphQL. */
@Controller
class WorkReportController {

	private final WorkReports reports;

	WorkReportController(WorkReports reports) {
		this.reports = reports;
	}

	@QueryMapping
	WorkReport workReport(@Argument LocalDate from, @Argument LocalDate to, @Argument String townCode) {
		return this.reports.report(from, to, townCode);
	}

}
