package cn.tongxin.graph.access;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import cn.tongxin.graph.system.GraphValues;
import org.neo4j.driver.Value;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A user as stored: the role, whether personal data may be shown ({@code pii}), and the towns the user answers
 * for. No towns means the whole district.
 */
public record UserAccount(String username, String passwordHash, Role role, boolean pii, boolean enabled,
		List<String> townCodes) implements UserDetails {

	/** The authority that lets phone numbers and birth years be shown unmasked. */
	public static final String PII = "PII";

	static UserAccount from(Value user) {
		return new UserAccount(user.get("username").asString(), GraphValues.text(user.get("passwordHash")),
				Role.valueOf(user.get("role").asString()), user.get("pii").asBoolean(false),
				user.get("enabled").asBoolean(true), user.get("townCodes").asList(Value::asString));
	}

	/** Whether the user sees the whole district rather than some towns. */
	public boolean wholeDistrict() {
		return this.townCodes.isEmpty();
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		var authorities = new ArrayList<GrantedAuthority>();
		authorities.add(new SimpleGrantedAuthority("ROLE_" + this.role.name()));
		if (this.pii) {
			authorities.add(new SimpleGrantedAuthority(PII));
		}
		return authorities;
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	/** Never print the hash. */
	@Override
	public String toString() {
		return "UserAccount[" + this.username + ", " + this.role + "]";
	}

}
