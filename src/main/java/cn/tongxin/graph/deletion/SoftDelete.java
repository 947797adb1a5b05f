package cn.tongxin.graph.deletion;

import cn.tongxin.graph.system.CypherFile;

/**
 * A kind of record that editors delete softly and administrators purge, declared by the feature that owns it and
 * registered with {@link Deletions}: the ledger kind the audit trail names, how a refusal names one ("阵地"), the
 * argument that keys it, the statement that deletes one ($key, $userTowns, $username, and what else names it) and
 * the statement that purges every deleted one (each as {@code label} and {@code key}).
 */
public record SoftDelete(String kind, String noun, String argument, String delete, String purge) {

	/** From the named Cypher files under {@code queries/}. */
	public static SoftDelete of(String kind, String noun, String argument, String deleteQuery, String purgeQuery) {
		return new SoftDelete(kind, noun, argument, CypherFile.load(deleteQuery), CypherFile.load(purgeQuery));
	}

}
