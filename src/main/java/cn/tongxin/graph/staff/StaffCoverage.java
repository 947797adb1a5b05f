package cn.tongxin.graph.staff;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;

import cn.tongxin.graph.place.Town;
import cn.tongxin.graph.place.Village;
import cn.tongxin.graph.system.CypherFile;
import cn.tongxin.graph.system.GraphReader;
import cn.tongxin.graph.system.Page;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Where the work has its people (全覆盖): a commissioner in each town, a liaison in each village, on a day. */
@Component
@Transactional(readOnly = true)
public class StaffCoverage {

	private static final String STAFF_OF_TOWNS = CypherFile.load("staff/staff-of-towns");

	private static final String VILLAGES_WITHOUT_LIAISON = CypherFile.load("staff/villages-without-liaison");

	private final GraphReader graph;

	StaffCoverage(GraphReader graph) {
		this.graph = graph;
	}

	/** A town's commissioners in post, and how many of its villages have a liaison in post. */
	public record TownStaffing(Town town, List<Staff> commissioners, int villages, int villagesWithLiaison) {

		static TownStaffing from(Value staffing) {
			return new TownStaffing(Town.from(staffing.get("town")), staffing.get("commissioners").asList(Staff::from),
					staffing.get("villages").asInt(), staffing.get("villagesWithLiaison").asInt());
		}

	}

	List<TownStaffing> ofTowns(String townCode, LocalDate on) {
		var parameters = new HashMap<String, Object>();
		parameters.put("townCode", townCode);
		parameters.put("on", on);
		return this.graph.all(STAFF_OF_TOWNS, parameters, "staffing", TownStaffing::from);
	}

	Page<Village> villagesWithoutLiaison(String townCode, LocalDate on, String after, int fetch) {
		var parameters = new HashMap<String, Object>();
		parameters.put("townCode", townCode);
		parameters.put("on", on);
		parameters.put("after", after);
		parameters.put("fetch", fetch);
		return this.graph.all(VILLAGES_WITHOUT_LIAISON, parameters, "villages", page -> Page.from(page, Village::from))
			.get(0);
	}

}
