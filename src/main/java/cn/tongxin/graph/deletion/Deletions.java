package cn.tongxin.graph.deletion;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import cn.tongxin.graph.audit.AuditTrail;
import cn.tongxin.graph.audit.Change;
import cn.tongxin.graph.system.Problem;
import cn.tongxin.graph.system.TownScope;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Soft deletes and the purge, each with its audit entry in the same transaction. It knows no feature: each feature
 * registers what of its own can be deleted ({@link SoftDelete}) and maps its own delete mutation to
 * {@link #delete}, so that a new deletable kind is a change to its own package.
 */
@Component
public class Deletions {

	private final List<SoftDelete> registered = new CopyOnWriteArrayList<>();

	private final Neo4jClient neo4j;

	private final AuditTrail audit;

	private final TownScope scope;

	Deletions(Neo4jClient neo4j, AuditTrail audit, TownScope scope) {
		this.neo4j = neo4j;
		this.audit = audit;
		this.scope = scope;
	}

	/** Makes {@code what} one of the kinds {@link #purge} removes; answers it, for the caller to keep. */
	public SoftDelete register(SoftDelete what) {
		this.registered.add(what);
		return what;
	}

	/** Deletes the record {@code key} names, or says it is not there or not in the user's towns. */
	@Transactional
	public DeletePayload delete(SoftDelete what, String key) {
		return delete(what, key, Map.of(), "没有这个" + what.noun() + "「" + key + "」，或它不在您负责的镇");
	}

	/** Deletes the record {@code key} (and {@code rest}) names, or says why not in {@code refusal}. */
	@Transactional
	public DeletePayload delete(SoftDelete what, String key, Map<String, Object> rest, String refusal) {
		var parameters = new HashMap<String, Object>(rest);
		parameters.put("key", key);
		parameters.put("userTowns", this.scope.userTowns());
		parameters.put("username", AuditTrail.signedIn());
		var deleted = this.neo4j.query(what.delete()).bindAll(parameters).fetch().one();
		if (deleted.isEmpty()) {
			return new DeletePayload(false, List.of(new Problem(what.argument(), refusal)));
		}
		this.audit.record("delete", what.kind(),
				List.of(new Change(String.valueOf(deleted.get().get("key")), "deleted", null, "true")));
		return new DeletePayload(true, List.of());
	}

	/** Removes every soft-deleted record of every registered kind for good; how many. */
	@Transactional
	int purge() {
		var purged = new ArrayList<Map<String, Object>>();
		this.registered.forEach(what -> purged.addAll(this.neo4j.query(what.purge()).fetch().all()));
		if (!purged.isEmpty()) {
			this.audit.record("purge", null, purged.stream()
				.map(row -> new Change(String.valueOf(row.get("key")), "purged", String.valueOf(row.get("label")), null))
				.toList());
		}
		return purged.size();
	}

}
