package cn.tongxin.graph.enterprise;

import cn.tongxin.graph.system.GraphValues;
import org.neo4j.driver.Value;

/** An enterprise, by its unified social credit code; unknown figures are {@code null}. */
public record Enterprise(String creditCode, String name, String townCode, String industry, Ownership ownership,
		Integer employees, Double latitude, Double longitude) {

	public static Enterprise from(Value enterprise) {
		return new Enterprise(enterprise.get("creditCode").asString(), enterprise.get("name").asString(),
				enterprise.get("townCode").asString(), GraphValues.text(enterprise.get("industry")),
				GraphValues.enumOf(Ownership.class, enterprise.get("ownership")),
				GraphValues.integer(enterprise.get("employees")), GraphValues.decimal(enterprise.get("latitude")),
				GraphValues.decimal(enterprise.get("longitude")));
	}

}
