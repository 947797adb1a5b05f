package cn.tongxin.graph.duty;

import cn.tongxin.graph.system.GraphValues;
import org.neo4j.driver.Value;

/** A town or a member unit, as the holder of a duty list. */
public record DutyHolder(DutyHolderKind kind, String code, String name) {

	static DutyHolder from(Value holder) {
		return new DutyHolder(GraphValues.enumOf(DutyHolderKind.class, holder.get("kind")), holder.get("code").asString(),
				holder.get("name").asString());
	}

}
