package cn.tongxin.graph.deletion;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.tongxin.graph.access.CurrentUser;
import cn.tongxin.graph.access.UserAccount;
import cn.tongxin.graph.audit.AuditTrail;
import cn.tongxin.graph.audit.Change;
import cn.tongxin.graph.system.CypherFile;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Soft deletes and the purge, each with its audit entry in the same transaction. */
@Component
class Deletions {

	/** What can be deleted: the ledger kind, its query, and how a message names it. */
	enum Deletable {

		VILLAGE("villages", "deletion/delete-village", "code", "村（社区）"),
		ENTERPRISE("enterprises", "deletion/delete-enterprise", "creditCode", "企业"),
		LEADER("leaders", "deletion/delete-leader", "id", "领导"),
		REPRESENTATIVE("representatives", "deletion/delete-representative", "id", "代表人士"),
		SITE("sites", "deletion/delete-site", "id", "阵地"),
		PROBLEM("problems", "deletion/delete-problem", "id", "企业问题"),
		DUTY("duties", "deletion/delete-duty", "id", "职责"),
		MEETING("meetings", "deletion/delete-meeting", "date", "会议");

		final String kind;

		final String cypher;

		final String argument;

		final String noun;

		Deletable(String kind, String query, String argument, String noun) {
			this.kind = kind;
			this.cypher = CypherFile.load(query);
			this.argument = argument;
			this.noun = noun;
		}

	}

	private static final String PURGE = CypherFile.load("deletion/purge-deleted");

	private final Neo4jClient neo4j;

	private final AuditTrail audit;

	Deletions(Neo4jClient neo4j, AuditTrail audit) {
		this.neo4j = neo4j;
		this.audit = audit;
	}

	/**
	 * Whether the record was there, in the user's towns, and is now deleted; {@code rest}, what else names it where
	 * its key alone does not (a meeting: its body too).
	 */
	@Transactional
	boolean delete(Deletable what, String key, Map<String, Object> rest) {
		var parameters = new HashMap<String, Object>(rest);
		parameters.put("key", key);
		parameters.put("userTowns", CurrentUser.towns());
		parameters.put("username", CurrentUser.account().map(UserAccount::username).orElse("system"));
		var deleted = this.neo4j.query(what.cypher).bindAll(parameters).fetch().one();
		deleted.ifPresent(row -> this.audit.record("delete", what.kind,
				List.of(new Change(String.valueOf(row.get("key")), "deleted", null, "true"))));
		return deleted.isPresent();
	}

	/** Removes every soft-deleted record for good; how many. */
	@Transactional
	int purge() {
		var purged = this.neo4j.query(PURGE).fetch().all();
		if (!purged.isEmpty()) {
			this.audit.record("purge", null, purged.stream()
				.map(Map.class::cast)
				.map(row -> new Change(String.valueOf(row.get("key")), "purged", String.valueOf(row.get("label")), null))
				.toList());
		}
		return purged.size();
	}

}
