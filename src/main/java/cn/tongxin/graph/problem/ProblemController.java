package cn.tongxin.graph.problem;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.tongxin.graph.enterprise.Enterprise;
import cn.tongxin.graph.enterprise.Enterprises;
import cn.tongxin.graph.place.Places;
import cn.tongxin.graph.place.Town;
import cn.tongxin.graph.system.Connection;
import cn.tongxin.graph.system.Cursor;
import cn.tongxin.graph.system.InvalidArgument;
import cn.tongxin.graph.system.Page;
import cn.tongxin.graph.unit.Unit;
import cn.tongxin.graph.unit.Units;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import static cn.tongxin.graph.system.BatchAnswers.lookUp;
import static cn.tongxin.graph.system.BatchAnswers.lookUpLists;

/** The problem board over GraphQL: a problem, a page of the board, the figures per lead, an enterprise's problems. */
@Controller
class ProblemController {

	private static final int DEFAULT_PAGE = 20;

	private static final int LARGEST_PAGE = 200;

	private final Problems problems;

	private final Enterprises enterprises;

	private final Units units;

	private final Places places;

	ProblemController(Problems problems, Enterprises enterprises, Units units, Places places) {
		this.problems = problems;
		this.enterprises = enterprises;
		this.units = units;
		this.places = places;
	}

	@QueryMapping
	EnterpriseProblem problem(@Argument String id) {
		return this.problems.problem(id).orElse(null);
	}

	@QueryMapping
	Connection<EnterpriseProblem> problems(@Argument ProblemFilter filter, @Argument Integer first,
			@Argument String after) {
		int size = Connection.size(first, DEFAULT_PAGE, LARGEST_PAGE);
		String[] position = Cursor.partsOf(after, "[01]", "\\d{4}-\\d{2}-\\d{2}", ".+");
		if (position != null) {
			Cursor.date(position[1], after);
		}
		Page<EnterpriseProblem> page = this.problems.page((filter != null) ? filter : ProblemFilter.NONE, position,
				size + 1);
		return Connection.of(page.totalCount(), page.fetched(), size, after, EnterpriseProblem::position);
	}

	/** From 1 January of {@code to}'s year to {@code to} (today) unless given, as the work report's period. */
	@QueryMapping
	List<LeadProblemStats> problemStatsByLead(@Argument LocalDate from, @Argument LocalDate to) {
		LocalDate last = (to != null) ? to : this.problems.today();
		LocalDate first = (from != null) ? from : last.withDayOfYear(1);
		if (first.isAfter(last)) {
			throw new InvalidArgument("from " + first + "：不能晚于 to " + last);
		}
		return this.problems.statsByLead(first, last);
	}

	@BatchMapping(typeName = "EnterpriseProblem", field = "enterprise")
	Map<EnterpriseProblem, Enterprise> enterpriseOfProblem(List<EnterpriseProblem> problems) {
		return lookUp(problems, EnterpriseProblem::creditCode, this.enterprises::byCreditCode);
	}

	@BatchMapping(typeName = "EnterpriseProblem", field = "town")
	Map<EnterpriseProblem, Town> townOfProblem(List<EnterpriseProblem> problems) {
		return lookUp(problems, EnterpriseProblem::townCode, this.places::townsByCode);
	}

	@BatchMapping(typeName = "EnterpriseProblem", field = "leadUnit")
	Map<EnterpriseProblem, Unit> leadUnitOfProblem(List<EnterpriseProblem> problems) {
		return lookUp(problems, EnterpriseProblem::leadCode, this.units::byCode);
	}

	@BatchMapping(typeName = "EnterpriseProblem", field = "leadTown")
	Map<EnterpriseProblem, Town> leadTownOfProblem(List<EnterpriseProblem> problems) {
		return lookUp(problems, EnterpriseProblem::leadCode, this.places::townsByCode);
	}

	@BatchMapping(typeName = "LeadProblemStats", field = "unit")
	Map<LeadProblemStats, Unit> unitOfLead(List<LeadProblemStats> leads) {
		return lookUp(leads, LeadProblemStats::leadCode, this.units::byCode);
	}

	@BatchMapping(typeName = "LeadProblemStats", field = "town")
	Map<LeadProblemStats, Town> townOfLead(List<LeadProblemStats> leads) {
		return lookUp(leads, LeadProblemStats::leadCode, this.places::townsByCode);
	}

	@BatchMapping(typeName = "Enterprise", field = "problems")
	Map<Enterprise, List<EnterpriseProblem>> problemsOfEnterprise(List<Enterprise> enterprises) {
		return lookUpLists(enterprises, Enterprise::creditCode, this.problems::ofEnterprises);
	}

}
