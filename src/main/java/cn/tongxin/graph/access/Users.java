package cn.tongxin.graph.access;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

	Users(GraphReader graph, Neo4jClient neo4j) {
		this.graph = graph;
		this.neo4j = neo4j;
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
	}

	/** Writes the user's role, permissions, towns and state, and the password hash when one is given. */
	@Transactional
	void update(UserAccount user, String updatedBy) {
		var parameters = new HashMap<String, Object>();
		parameters.put("username", user.username());
		parameters.put("passwordHash", user.passwordHash());
		parameters.put("role", user.role().name());
		parameters.put("pii", user.pii());
		parameters.put("enabled", user.enabled());
		parameters.put("townCodes", user.townCodes());
		parameters.put("by", updatedBy);
		this.neo4j.query(UPDATE).bindAll(parameters).run();
	}

}
