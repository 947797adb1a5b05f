package cn.tongxin.graph.site;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import cn.tongxin.graph.member.Member;
import cn.tongxin.graph.staff.Staff;
import cn.tongxin.graph.system.Cursor;
import cn.tongxin.graph.system.CypherFile;
import cn.tongxin.graph.system.GraphReader;
import cn.tongxin.graph.system.Page;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The sites as the API reads them, in the user's towns: a page, by id, and each one's staff, activities and members. */
@Component
@Transactional(readOnly = true)
public class Sites {

	/** The most staff one site lists: a site has a handful. */
	static final int LARGEST_STAFF = 100;

	private static final String SITES_PAGE = CypherFile.load("site/sites-page");

	private static final String SITES_BY_ID = CypherFile.load("site/sites-by-id");

	private static final String STAFF_OF_SITES = CypherFile.load("site/staff-of-sites");

	private static final String ACTIVITIES_OF_SITES = CypherFile.load("site/activities-of-sites");

	private static final String PARTICIPANTS_OF_SITES = CypherFile.load("site/participants-of-sites");

	private final GraphReader graph;

	Sites(GraphReader graph) {
		this.graph = graph;
	}

	public Map<String, Site> byId(Collection<String> ids) {
		return this.graph.byKey(SITES_BY_ID, "ids", ids, "site", Site::from, Site::id);
	}

	/** A page of the sites in id order, fetched {@code fetch} long, and how many match over all pages. */
	Page<Site> page(SiteFilter filter, String after, int fetch) {
		var given = new HashMap<String, Object>();
		given.put("kind", (filter.kind() != null) ? filter.kind().name() : null);
		given.put("level", (filter.level() != null) ? filter.level().name() : null);
		given.put("domain", (filter.domain() != null) ? filter.domain().name() : null);
		given.put("townCode", filter.townCode());
		given.put("belowStandard", filter.belowStandard());
		given.put("after", after);
		var parameters = new HashMap<String, Object>();
		parameters.put("filter", given);
		parameters.put("fetch", fetch);
		return this.graph.all(SITES_PAGE, parameters, "sites", page -> Page.from(page, Site::from)).get(0);
	}

	/** Each site's staff (those whose site_id names it), by site id. */
	Map<String, List<Staff>> staffOf(Collection<String> siteIds) {
		var parameters = new HashMap<String, Object>();
		parameters.put("siteIds", List.copyOf(siteIds));
		parameters.put("largest", LARGEST_STAFF);
		return this.graph.groupedBy(STAFF_OF_SITES, parameters, "staff", Staff::from, Staff::siteId);
	}

	/** The same page of each site's activities, newest first, after the activity a cursor stands after. */
	Map<String, Page<SiteActivity>> activitiesOf(Collection<String> siteIds, String after, int fetch) {
		var parameters = new HashMap<String, Object>();
		parameters.put("siteIds", List.copyOf(siteIds));
		parameters.put("fetch", fetch);
		String position = Cursor.keyOf(after);
		parameters.put("afterDate", null);
		parameters.put("afterTitle", null);
		if (position != null) {
			int bar = position.indexOf('|');
			// a date, a bar, then the title, which may hold bars of its own
			LocalDate date = Cursor.date((bar < 0) ? "" : position.substring(0, bar), after);
			parameters.put("afterDate", date);
			parameters.put("afterTitle", position.substring(bar + 1));
		}
		return pages(ACTIVITIES_OF_SITES, parameters, "activities", SiteActivity::from);
	}

	/** The same page of each site's participants: the members who took part in its activities, in id order. */
	Map<String, Page<Member>> participantsOf(Collection<String> siteIds, String after, int fetch) {
		var parameters = new HashMap<String, Object>();
		parameters.put("siteIds", List.copyOf(siteIds));
		parameters.put("after", Cursor.keyOf(after));
		parameters.put("fetch", fetch);
		return pages(PARTICIPANTS_OF_SITES, parameters, "participants", Member::from);
	}

	private <T> Map<String, Page<T>> pages(String cypher, Map<String, Object> parameters, String column,
			Function<Value, T> read) {
		var pages = new HashMap<String, Page<T>>();
		for (Value answer : this.graph.all(cypher, parameters, column, value -> value)) {
			pages.put(answer.get("siteId").asString(), Page.from(answer, read));
		}
		return pages;
	}

}
