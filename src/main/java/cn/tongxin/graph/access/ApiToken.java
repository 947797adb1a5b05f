package cn.tongxin.graph.access;

import java.time.LocalDate;

import cn.tongxin.graph.system.GraphValues;
import org.neo4j.driver.Value;

/**
 * An API token as its holder and administrators see it: never its secret or the secret's hash. It stops working
 * on {@code expiresOn} (a day in the district's time zone), or never when that is null.
 */
record ApiToken(String id, String name, String username, LocalDate createdOn, LocalDate expiresOn,
		LocalDate lastUsedOn) {

	static ApiToken from(Value token) {
		return new ApiToken(token.get("id").asString(), token.get("name").asString(), token.get("username").asString(),
				token.get("createdOn").asLocalDate(), GraphValues.date(token.get("expiresOn")),
				GraphValues.date(token.get("lastUsedOn")));
	}

	/** Whether it still works on {@code today}. */
	boolean validOn(LocalDate today) {
		return this.expiresOn == null || today.isBefore(this.expiresOn);
	}

}
