package cn.tongxin.graph.place;

import java.time.LocalDate;

import cn.tongxin.graph.system.GraphValues;
import org.neo4j.driver.Value;

/**
 * A village or community, by its 12-digit statistical division code; unknown figures are {@code null}. It counts
 * from {@code establishedOn} on; a village with none has been there since always.
 */
public record Village(String code, String name, String townCode, VillageKind kind, Integer households,
		LocalDate establishedOn, Double latitude, Double longitude) {

	/**
	 * From the projection
	 * {@code v {.code, .name, townCode: t.code, .kind, .households, .establishedOn, .latitude, .longitude}}.
	 */
	public static Village from(Value village) {
		return new Village(village.get("code").asString(), village.get("name").asString(),
				village.get("townCode").asString(), GraphValues.enumOf(VillageKind.class, village.get("kind")),
				GraphValues.integer(village.get("households")), GraphValues.date(village.get("establishedOn")),
				GraphValues.decimal(village.get("latitude")), GraphValues.decimal(village.get("longitude")));
	}

}
