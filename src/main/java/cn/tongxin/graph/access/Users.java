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

import org.springframework.context.ApplicationEventPublisher;
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

	private static final String CREATE_UNLESS_NAMED = CypherFile.load("access/create-user-unless-named");

	private final GraphReader graph;

	private final Neo4jClient neo4j;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	Users(GraphReader graph, Neo4jClient neo4j, AuditTrail audit, ApplicationEventPublisher events) {
		this.graph = graph;
		this.neo4j = neo4j;
		this.audit = audit;
		this.events = events;
	}

	/**
	 * The user as stored. Users are not town-bound, and this runs while a request is being signed in, so it reads
	 * without the signed-in user's scope (asking for it here would ask for the sign-in under way).
	 */
	Optional<UserAccount> find(String username) {
		return this.neo4j.query(BY_USERNAME)
			.bind(username)
			.to("username")
			.fetchAs(UserAccount.class)
			.mappedBy((types, record) -> UserAccount.from(record.get("user")))
			.one();
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
		// a user of that name may have been removed from the graph by hand, and remembered
		this.events.publishEvent(new UserChanged(user.username()));
	}

	/**
	 * Creates a user who answers for no town, as {@link #create} does, unless a user of that name exists, in one
	 * statement that several instances may run at once; answers whether this call created it. Only a creation is
	 * audited, so the user's creation has one entry however many instances tried.
	 */
	@Transactional
	boolean createUnlessNamed(UserAccount user, String createdBy) {
		if (!user.townCodes().isEmpty()) {
			throw new IllegalArgumentException("Only a user with no towns is created this way");
		}
		boolean created = this.neo4j.query(CREATE_UNLESS_NAMED)
			.bindAll(Map.of("username", user.username(), "passwordHash", user.passwordHash(), "role",
					user.role().name(), "pii", user.pii(), "by", createdBy))
			.run()
			.counters()
			.nodesCreated() > 0;
		if (created) {
			this.audit.record("createUser", "users", changes(null, user));
			this.events.publishEvent(new UserChanged(user.username()));
		}
		return created;
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
		this.events.publishEvent(new UserChanged(user.username()));
	}

	/** A user's role, permissions, towns, state or password changed (or the user was created), once committed. */
	record UserChanged(String username) {
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
