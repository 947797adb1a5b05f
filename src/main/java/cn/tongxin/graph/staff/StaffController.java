package cn.tongxin.graph.staff;

import java.time.LocalDate;
import java.util.List;

import cn.tongxin.graph.access.PersonalData;
import cn.tongxin.graph.place.Places;
import cn.tongxin.graph.place.Village;
import cn.tongxin.graph.staff.StaffCoverage.TownStaffing;
import cn.tongxin.graph.system.Connection;
import cn.tongxin.graph.system.Cursor;
import cn.tongxin.graph.system.Page;
import cn.tongxin.graph.system.Today;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The staff's coverage over GraphQL: per town on a day, and the villages still without a liaison. */
@Controller
class StaffController {

	private static final int DEFAULT_PAGE = 20;

	private static final int LARGEST_PAGE = 100;

	private final StaffCoverage coverage;

	private final Places places;

	private final Today today;

	StaffController(StaffCoverage coverage, Places places, Today today) {
		this.coverage = coverage;
		this.places = places;
		this.today = today;
	}

	@QueryMapping
	List<TownStaffing> staffCoverage(@Argument LocalDate on, @Argument String townCode) {
		return this.coverage.ofTowns(this.places.knownTownOrDistrict(townCode), (on != null) ? on : this.today.date());
	}

	@QueryMapping
	Connection<Village> villagesWithoutLiaison(@Argument LocalDate on, @Argument String townCode,
			@Argument Integer first, @Argument String after) {
		int size = Connection.size(first, DEFAULT_PAGE, LARGEST_PAGE);
		Page<Village> page = this.coverage.villagesWithoutLiaison(this.places.knownTownOrDistrict(townCode),
				(on != null) ? on : this.today.date(), Cursor.keyOf(after), size + 1);
		return Connection.of(page.totalCount(), page.fetched(), size, after, Village::code);
	}

	@SchemaMapping(typeName = "Staff")
	String phone(Staff staff) {
		return PersonalData.phone(staff.phone());
	}

}
