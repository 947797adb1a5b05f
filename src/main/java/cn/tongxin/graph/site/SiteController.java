package cn.tongxin.graph.site;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import cn.tongxin.graph.enterprise.Enterprise;
import cn.tongxin.graph.enterprise.Enterprises;
import cn.tongxin.graph.member.Member;
import cn.tongxin.graph.place.Places;
import cn.tongxin.graph.place.Town;
import cn.tongxin.graph.place.Village;
import cn.tongxin.graph.staff.Staff;
import cn.tongxin.graph.system.Connection;
import cn.tongxin.graph.system.Cursor;
import cn.tongxin.graph.system.Page;
import cn.tongxin.graph.unit.Unit;
import cn.tongxin.graph.unit.Units;
import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

import static cn.tongxin.graph.system.BatchAnswers.arguments;
import static cn.tongxin.graph.system.BatchAnswers.byParent;
import static cn.tongxin.graph.system.BatchAnswers.lookUp;
import static cn.tongxin.graph.system.BatchAnswers.lookUpLists;
import static cn.tongxin.graph.system.BatchAnswers.perArguments;

/**
 * The sites over GraphQL: a page of them, one by id, and each one's places, staff, activities and participants.
 * The paged fields are batched through named data loaders ({@code @BatchMapping} takes no arguments): one query per
 * distinct page asked for in a request, whatever the number of sites.
 */
@Controller
class SiteController {

	private static final int DEFAULT_PAGE = 20;

	private static final int LARGEST_PAGE = 100;

	private static final String ACTIVITIES = "siteActivities";

	private static final String PARTICIPANTS = "siteParticipants";

	private final Sites sites;

	private final Places places;

	private final Enterprises enterprises;

	private final Units units;

	SiteController(Sites sites, Places places, Enterprises enterprises, Units units, BatchLoaderRegistry loaders) {
		this.sites = sites;
		this.places = places;
		this.enterprises = enterprises;
		this.units = units;
		loaders.<PageOf, Connection<SiteActivity>>forName(ACTIVITIES)
			.registerMappedBatchLoader((keys, environment) -> Mono
				.just(pages(keys, sites::activitiesOf, SiteActivity::position)));
		loaders.<PageOf, Connection<Member>>forName(PARTICIPANTS)
			.registerMappedBatchLoader((keys, environment) -> Mono.just(pages(keys, sites::participantsOf, Member::id)));
	}

	/** One page of a site's list. */
	record PageOf(String siteId, int size, String after) {
	}

	/** How one list's pages are read: the same page of each site, by site id. */
	@FunctionalInterface
	interface PagesOfSites<T> {

		Map<String, Page<T>> read(List<String> siteIds, String after, int fetch);

	}

	@QueryMapping
	Site site(@Argument String id) {
		return this.sites.byId(List.of(id)).get(id);
	}

	@QueryMapping
	Connection<Site> sites(@Argument SiteFilter filter, @Argument Integer first, @Argument String after) {
		int size = Connection.size(first, DEFAULT_PAGE, LARGEST_PAGE);
		SiteFilter given = (filter != null) ? filter : SiteFilter.NONE;
		this.places.knownTownOrDistrict(given.townCode());
		Page<Site> page = this.sites.page(given, Cursor.keyOf(after), size + 1);
		return Connection.of(page.totalCount(), page.fetched(), size, after, Site::id);
	}

	@SchemaMapping(typeName = "Site")
	List<Standard> missingStandards(Site site) {
		return site.missingStandards();
	}

	@BatchMapping(typeName = "Site", field = "town")
	Map<Site, Town> townOfSite(List<Site> sites) {
		return lookUp(sites, Site::townCode, this.places::townsByCode);
	}

	@BatchMapping(typeName = "Site", field = "village")
	Map<Site, Village> villageOfSite(List<Site> sites) {
		return lookUp(sites, Site::villageCode, this.places::villagesByCode);
	}

	@BatchMapping(typeName = "Site", field = "enterprise")
	Map<Site, Enterprise> enterpriseOfSite(List<Site> sites) {
		return lookUp(sites, Site::creditCode, this.enterprises::byCreditCode);
	}

	@BatchMapping(typeName = "Site", field = "unit")
	Map<Site, Unit> unitOfSite(List<Site> sites) {
		return lookUp(sites, Site::unitCode, this.units::byCode);
	}

	@BatchMapping(typeName = "Site", field = "staff")
	Map<Site, List<Staff>> staffOfSite(List<Site> sites) {
		return lookUpLists(sites, Site::id, this.sites::staffOf);
	}

	@BatchMapping(typeName = "SiteActivity", field = "site")
	Map<SiteActivity, Site> siteOfActivity(List<SiteActivity> activities) {
		return lookUp(activities, SiteActivity::siteId, this.sites::byId);
	}

	@SchemaMapping(typeName = "Site")
	CompletableFuture<Connection<SiteActivity>> activities(Site site, @Argument Integer first, @Argument String after,
			DataFetchingEnvironment environment) {
		DataLoader<PageOf, Connection<SiteActivity>> loader = environment.getDataLoader(ACTIVITIES);
		return loader.load(new PageOf(site.id(), Connection.size(first, DEFAULT_PAGE, LARGEST_PAGE), after));
	}

	@SchemaMapping(typeName = "Site")
	CompletableFuture<Connection<Member>> participants(Site site, @Argument Integer first, @Argument String after,
			DataFetchingEnvironment environment) {
		DataLoader<PageOf, Connection<Member>> loader = environment.getDataLoader(PARTICIPANTS);
		return loader.load(new PageOf(site.id(), Connection.size(first, DEFAULT_PAGE, LARGEST_PAGE), after));
	}

	/** One query per distinct page asked for: usually one, the same page of every site in the list. */
	private static <T> Map<PageOf, Connection<T>> pages(Set<PageOf> keys, PagesOfSites<T> read,
			Function<T, String> position) {
		return perArguments(keys, key -> arguments(key.size(), key.after()), (asked, group) -> {
			Map<String, Page<T>> found = read.read(group.stream().map(PageOf::siteId).distinct().toList(),
					asked.after(), asked.size() + 1);
			return byParent(group, key -> {
				Page<T> page = found.getOrDefault(key.siteId(), new Page<>(0, List.of()));
				return Connection.of(page.totalCount(), page.fetched(), asked.size(), asked.after(), position);
			});
		});
	}

}
