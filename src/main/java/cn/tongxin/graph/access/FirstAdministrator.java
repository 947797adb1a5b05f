package cn.tongxin.graph.access;

import java.util.List;

import cn.tongxin.graph.system.GraphAvailability;
import cn.tongxin.graph.system.TongxinProperties;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Creates the first administrator, {@code admin}, from {@code TONGXIN_ADMIN_PASSWORD} (or
 * {@code tongxin.admin-password}) when there is none. There is no built-in password: without one the service
 * starts, says how to set it, and lets nobody in. Several instances starting together on a new database create it
 * once, with one audit entry.
 */
@Component
class FirstAdministrator implements SmartInitializingSingleton {

	static final String USERNAME = "admin";

	static final int SHORTEST_PASSWORD = 8;

	private static final Log logger = LogFactory.getLog(FirstAdministrator.class);

	private final Users users;

	private final PasswordEncoder passwords;

	private final String password;

	private final GraphAvailability availability;

	FirstAdministrator(Users users, PasswordEncoder passwords, TongxinProperties properties,
			GraphAvailability availability) {
		this.users = users;
		this.availability = availability;
		this.passwords = passwords;
		this.password = properties.adminPassword();
	}

	@Override
	public void afterSingletonsInstantiated() {
		this.availability.whenAvailable("creating the first administrator", this::createIfMissing);
	}

	private void createIfMissing() {
		if (this.users.find(USERNAME).isPresent()) {
			return;
		}
		if (this.password == null || this.password.isBlank()) {
			logger.warn("""
					There is no administrator yet, so nobody can sign in. Set the first administrator's password \
					and restart: TONGXIN_ADMIN_PASSWORD=<at least %d characters> mvn spring-boot:run \
					(or --tongxin.admin-password=... on the command line). The user name is 'admin'.\
					""".formatted(SHORTEST_PASSWORD));
			return;
		}
		if (this.password.length() < SHORTEST_PASSWORD) {
			throw new IllegalStateException("TONGXIN_ADMIN_PASSWORD is too short: use at least " + SHORTEST_PASSWORD
					+ " characters");
		}
		// another instance starting at the same moment may have found no administrator either: one of them creates it
		if (this.users.createUnlessNamed(new UserAccount(USERNAME, this.passwords.encode(this.password), Role.ADMIN,
				true, true, List.of()), "system")) {
			logger.info("Created the administrator 'admin' with the password from TONGXIN_ADMIN_PASSWORD");
		}
	}

}
