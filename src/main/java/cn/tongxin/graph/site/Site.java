package cn.tongxin.graph.site;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import cn.tongxin.graph.system.GraphValues;
import org.neo4j.driver.Value;

/**
 * A site (阵地) and the 六有 standards it meets, in the order of the six. A site with no town is the district's.
 */
public record Site(String id, String name, SiteKind kind, SiteLevel level, SiteDomain domain, String townCode,
		String villageCode, String creditCode, String unitCode, LocalDate establishedOn, List<Standard> standards,
		Integer rules, Double latitude, Double longitude) {

	public static Site from(Value site) {
		List<String> met = site.get("standards").asList(Value::asString);
		return new Site(site.get("id").asString(), site.get("name").asString(),
				GraphValues.enumOf(SiteKind.class, site.get("kind")), GraphValues.enumOf(SiteLevel.class, site.get("level")),
				GraphValues.enumOf(SiteDomain.class, site.get("domain")), GraphValues.text(site.get("townCode")),
				GraphValues.text(site.get("villageCode")), GraphValues.text(site.get("creditCode")),
				GraphValues.text(site.get("unitCode")), GraphValues.date(site.get("establishedOn")),
				Arrays.stream(Standard.values()).filter(standard -> met.contains(standard.name())).toList(),
				GraphValues.integer(site.get("rules")), GraphValues.decimal(site.get("latitude")),
				GraphValues.decimal(site.get("longitude")));
	}

	/** The standards of the six it does not meet, in their order. */
	public List<Standard> missingStandards() {
		return Arrays.stream(Standard.values()).filter(standard -> !this.standards.contains(standard)).toList();
	}

}
