package cn.tongxin.graph;

import java.util.List;

import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two towns of the end-to-end tests, A (甲镇) and B (乙镇), and a signed-in user of each role bound to one of
 * them: town B is what a user of town A is denied. One place for what the test classes used to declare each for
 * itself. (The ledger's own tests keep theirs until the ledger engine's rewrite is done.)
 */
public final class TwoTowns {

	public static final String TOWN_A = "610322100";

	public static final String TOWN_B = "610322101";

	/** The towns ledger with A and B. */
	public static final String TOWNS_CSV = "code,name\n" + TOWN_A + ",甲镇\n" + TOWN_B + ",乙镇\n";

	private TwoTowns() {
	}

	/** An empty graph with towns A and B only, and the administrator signed in. */
	public static TongxinHttp emptyGraphWithTownsAB(Neo4jClient neo4j, int port) {
		TestGraph.empty(neo4j);
		var admin = new TongxinHttp(port);
		assertThat(admin.importCsv("towns", TOWNS_CSV).rejected()).as("towns A and B").isEmpty();
		return admin;
	}

	/** A viewer of the town, named after it: {@code a.viewer} or {@code b.viewer}. */
	public static TongxinHttp viewerOf(TongxinHttp admin, String town) {
		return userOf(admin, "VIEWER", town);
	}

	/** An editor of the town, named after it: {@code a.editor} or {@code b.editor}. */
	public static TongxinHttp editorOf(TongxinHttp admin, String town) {
		return userOf(admin, "EDITOR", town);
	}

	/** A user of the role bound to the town (A or B), without the personal-data permission, created by the admin. */
	public static TongxinHttp userOf(TongxinHttp admin, String role, String town) {
		String letter = switch (town) {
			case TOWN_A -> "a";
			case TOWN_B -> "b";
			default -> throw new IllegalArgumentException("neither town A nor town B: " + town);
		};
		return admin.createUser(letter + "." + role.toLowerCase(java.util.Locale.ROOT), role, false, List.of(town));
	}

}
