package cn.tongxin.graph.audit;

import java.util.HashMap;
import java.util.List;
import java.util.UUID;

import cn.tongxin.graph.system.CypherFile;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes audit entries. It must be called inside the transaction of the change it records, so that the change
 * and its entry are stored together or not at all.
 */
@Component
public class AuditTrail {

	private static final String RECORD = CypherFile.load("audit/record");

	private static final JsonMapper json = JsonMapper.builder().build();

	private final Neo4jClient neo4j;

	AuditTrail(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/**
	 * @param operation what was done: {@code import}, {@code createUser}, ...
	 * @param kind the kind of record: a ledger kind, or {@code users}
	 * @param changes every changed property, by record key
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(String operation, String kind, List<Change> changes) {
		write(signedIn(), operation, kind, changes.stream().map(Change::key).distinct().toList(), changes);
	}

	/** Like {@link #record}, for someone who is not signed in, such as a failed sign-in under the name tried. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void recordAs(String username, String operation, String kind, List<Change> changes) {
		write(username, operation, kind, changes.stream().map(Change::key).distinct().toList(), changes);
	}

	/**
	 * Records that the signed-in user took a file of the graph's data away (operation {@code export}), in a
	 * transaction of its own: who and when, and which file ({@code kind}) of what ({@code keys}, such as a town).
	 */
	@Transactional
	public void recordExport(String kind, List<String> keys) {
		write(signedIn(), "export", kind, keys, List.of());
	}

	/** Who is signed in, by the name they signed in with; "system" for the service's own work (a demo load, say). */
	public static String signedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken)) ? authentication.getName() : "system";
	}

	private void write(String username, String operation, String kind, List<String> keys, List<Change> changes) {
		var parameters = new HashMap<String, Object>();
		parameters.put("id", UUID.randomUUID().toString());
		parameters.put("username", username);
		parameters.put("operation", operation);
		parameters.put("kind", kind);
		parameters.put("keys", keys);
		parameters.put("changes", json.writeValueAsString(changes));
		this.neo4j.query(RECORD).bindAll(parameters).run();
	}

}
