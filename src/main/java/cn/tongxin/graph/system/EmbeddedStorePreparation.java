package cn.tongxin.graph.system;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Work on the embedded database's folder before the embedded Neo4j opens it, such as a first load by Neo4j's
 * bulk importer, which needs the store closed. An implementation must not need the database itself.
 */
public interface EmbeddedStorePreparation {

	/** Whether it would work on {@code home}, the embedded Neo4j's home, as it is now. */
	boolean wants(Path home);

	/** @param home the embedded Neo4j's home: its database lives under {@code data/databases/neo4j} */
	void prepare(Path home);

	/** Whether the embedded Neo4j's {@code home} holds no database yet, which a preparation may fill. */
	static boolean newStore(Path home) {
		return !Files.exists(home.resolve("data/databases/neo4j"));
	}

}
