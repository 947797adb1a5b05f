package cn.tongxin.graph.access;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import cn.tongxin.graph.audit.AuditTrail;
import cn.tongxin.graph.audit.Change;
import cn.tongxin.graph.system.CypherFile;
import cn.tongxin.graph.system.GraphReader;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Users as stored in the graph. */
@Component
@Transactional(readOnly = true)
class Users {

	private static final String BY_USERNAME = CypherFile.load("access/user-by-username");

	private static final String ALL = CypherFile.load("access/users");

	private static final String CREATE = CypherFile.load("access/create-user");

	private static final String UPDATE = CypherFile.load("access/update-user");

	private final GraphReader graph;

	private final Neo4jClient neo4j;

	private final AuditTrail audit;

	Users(GraphReader graph, Neo4jClient neo4j, AuditTrail audit) {
		this.graph = graph;
		this.neo4j = neo4j;
		this.audit = audit;
	}

	Optional<UserAccount> find(String username) {
		return this.graph.all(BY_USERNAME, Map.of("username", username), "user", UserAccount::from)
			.stream()
			.findFirst();
	}

	List<UserAccount> all() {
		return this.graph.all(ALL, Map.of(), "user", UserAccount::from);
	}

	@Transactional
	void create(UserAccount user, String createdBy) {
		this.neo4j.query(CREATE)
			.bindAll(Map.of("username", user.username(), "passwordHash", user.passwordHash(), "role",
					user.role().name(), "pii", user.pii(), "townCodes", user.townCodes(), "by", createdBy))
			.run();
		this.audit.record("createUser", "users", changes(null, user));
	}

	/**
	 * Writes the user's role, permissions, towns and state, and the password hash when one is given, recording
	 * it in the audit trail as {@code operation}.
	 */
	@Transactional
	void update(String operation, UserAccount before, UserAccount user, String updatedBy) {
		var parameters = new HashMap<String, Object>();
		parameters.put("username", user.username());
		parameters.put("passwordHash", user.passwordHash());
		parameters.put("role", user.role().name());
		parameters.put("pii", user.pii());
		parameters.put("enabled", user.enabled());
		parameters.put("townCodes", user.townCodes());
		parameters.put("by", updatedBy);
		this.neo4j.query(UPDATE).bindAll(parameters).run();
		this.audit.record(operation, "users", changes(before, user));
	}

	/** What the trail keeps of a user change: never a password or its hash, only that it changed. */
	private static List<Change> changes(UserAccount before, UserAccount after) {
		var changes = new ArrayList<Change>();
		String key = after.username();
		addIfChanged(changes, key, "role", (before != null) ? before.role().name() : null, after.role().name());
		addIfChanged(changes, key, "pii", (before != null) ? String.valueOf(before.pii()) : null, String.valueOf(after.pii()));
		addIfChanged(changes, key, "enabled", (before != null) ? String.valueOf(before.enabled()) : null,
				String.valueOf(after.enabled()));
		addIfChanged(changes, key, "towns", (before != null) ? towns(before) : null, towns(after));
		if (after.passwordHash() != null) {
			changes.add(new Change(key, "password", (before != null) ? Change.WITHHELD : null, Change.WITHHELD));
		}
		return changes;
	}

	private static void addIfChanged(List<Change> changes, String key, String property, String before, String after) {
		if (!Objects.equals(before, after)) {
			changes.add(new Change(key, property, before, after));
		}
	}

	private static String towns(UserAccount user) {
		return String.join(",", user.townCodes().stream().sorted().toList());
	}

}
