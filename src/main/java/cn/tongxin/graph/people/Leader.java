package cn.tongxin.graph.people;

import cn.tongxin.graph.system.GraphValues;
import org.neo4j.driver.Value;

/** A Party leader; {@code townCode} is {@code null} for district leaders. */
public record Leader(String id, String name, Gender gender, LeaderRole role, LeaderLevel level, String townCode) {

	public static Leader from(Value leader) {
		return new Leader(leader.get("id").asString(), leader.get("name").asString(),
				GraphValues.enumOf(Gender.class, leader.get("gender")),
				GraphValues.enumOf(LeaderRole.class, leader.get("role")),
				GraphValues.enumOf(LeaderLevel.class, leader.get("level")), GraphValues.text(leader.get("townCode")));
	}

}
