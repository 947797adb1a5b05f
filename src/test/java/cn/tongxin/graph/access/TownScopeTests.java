package cn.tongxin.graph.access;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import cn.tongxin.graph.CypherCounter;
import cn.tongxin.graph.GraphTest;
import cn.tongxin.graph.TestGraph;
import cn.tongxin.graph.TongxinHttp;
import cn.tongxin.graph.TwoTowns;
import cn.tongxin.graph.enterprise.CreditCode;
import cn.tongxin.graph.ledger.ImportReport;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import org.junit.jupiter.api.BeforeEach;
import org.neo4j.driver.AccessMode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.execution.GraphQlSource;

import static cn.tongxin.graph.TongxinHttp.values;
import static cn.tongxin.graph.TwoTowns.TOWN_A;
import static cn.tongxin.graph.TwoTowns.TOWN_B;
import static cn.tongxin.graph.TwoTowns.editorOf;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 属地管理 over real HTTP: users of town A see and change only town A, through every query and the import; the
 * administrator, bound to no town, sees both. Town B is the denied case throughout.
 */
@GraphTest
class TownScopeTests {

	static final String VILLAGE_A = "610322100001";

	static final String VILLAGE_A_UNPAIRED = "610322100002";

	static final String VILLAGE_B = "610322101001";

	static final String ENTERPRISE_A = "91610322022725555J";

	/** An enterprise of town B paired with a village of town A. */
	static final String ENTERPRISE_B_PAIRED_WITH_A = "91610322557257081K";

	static final String ENTERPRISE_B = "916103225907754626";

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient neo4j;

	TongxinHttp admin;

	TongxinHttp editorOfA;

	@BeforeEach
	void twoTowns() {
		TestGraph.empty(this.neo4j);
		this.admin = new TongxinHttp(this.port);
		ok("towns", TwoTowns.TOWNS_CSV);
		ok("villages", "code,name,town_code,latitude,longitude\n%s,甲一村,%s,34.60,107.30\n%s,甲二村,%s,34.60,107.30\n%s,乙一村,%s,34.60,107.30\n"
			.formatted(VILLAGE_A, TOWN_A, VILLAGE_A_UNPAIRED, TOWN_A, VILLAGE_B, TOWN_B));
		ok("enterprises", ("credit_code,name,town_code,latitude,longitude\n%s,甲企业,%s,34.60,107.30\n"
				+ "%s,乙企业一,%s,34.61,107.31\n%s,乙企业二,%s,34.60,107.30\n")
			.formatted(ENTERPRISE_A, TOWN_A, ENTERPRISE_B_PAIRED_WITH_A, TOWN_B, ENTERPRISE_B, TOWN_B));
		ok("leaders", ("id,name,role,level,town_code\nL-D,区领导,STANDING_COMMITTEE,DISTRICT,\n"
				+ "L-A,甲镇领导,PARTY_COMMITTEE,TOWN,%s\nL-B,乙镇领导,PARTY_COMMITTEE,TOWN,%s\n").formatted(TOWN_A, TOWN_B));
		// R-B runs the enterprise of town B that town A sees, and a leader of town A befriends R-B: a warm
		// introduction to that enterprise for town A's villages would name R-B
		ok("representatives", ("id,name,category,level,town_code,enterprise_credit_code\nR-A,甲代表,INTELLECTUAL,DISTRICT,%s,\n"
				+ "R-B,乙代表,PRIVATE_ECONOMY,DISTRICT,%s,%s\n").formatted(TOWN_A, TOWN_B, ENTERPRISE_B_PAIRED_WITH_A));
		ok("friendships", "leader_id,representative_id,since\nL-D,R-A,2024-01-01\nL-D,R-B,2024-01-01\n"
				+ "L-A,R-A,2024-01-01\nL-B,R-B,2024-01-01\nL-A,R-B,2024-01-01\n");
		ok("pairings", "enterprise_credit_code,village_code,since\n%s,%s,2024-01-01\n%s,%s,2024-01-01\n%s,%s,2024-01-01\n"
			.formatted(ENTERPRISE_A, VILLAGE_A, ENTERPRISE_B_PAIRED_WITH_A, VILLAGE_A, ENTERPRISE_B, VILLAGE_B));
		ok("projects", "id,name,enterprise_credit_code,village_code,status\nP-A,甲项目,%s,%s,PLANNED\nP-B,乙项目,%s,%s,PLANNED\n"
			.formatted(ENTERPRISE_A, VILLAGE_A, ENTERPRISE_B, VILLAGE_B));
		// the wider ledger: a member and the staff of each town; M-B moved from town A to B, so that A's past
		// reaches into B
		ok("members", ("id,name,category,tier,town_code,village_code,representative_id,joined_on\n"
				+ "M-A,甲成员,INTELLECTUAL,VILLAGE,%s,%s,R-A,2020-01-01\nM-B,乙成员,PRIVATE_ECONOMY,TOWN,%s,,,2020-01-01\n")
			.formatted(TOWN_A, VILLAGE_A, TOWN_A));
		ok("members", "id,name,category,tier,town_code,joined_on,changed_on\nM-B,乙成员,PRIVATE_ECONOMY,TOWN,%s,2020-01-01,2024-06-01\n"
			.formatted(TOWN_B));
		ok("staff", ("id,name,post,town_code,village_code,since\nS-A,甲委员,TOWN_COMMISSIONER,%s,,2023-01-01\n"
				+ "S-B,乙委员,TOWN_COMMISSIONER,%s,,2023-01-01\nS-B2,乙联络员,VILLAGE_LIAISON,%s,%s,2023-01-01\n")
			.formatted(TOWN_A, TOWN_B, TOWN_B, VILLAGE_B));
		// a site of each town with its staff, where M-A and M-B (of town B now) took part; a problem of each town's
		// enterprise, and one of the enterprise of town B that town A sees
		ok("staff", "id,name,post,town_code,site_id,since\nS-A2,甲站员,SITE_STAFF,%s,Z-A,2023-01-01\nS-B3,乙站员,SITE_STAFF,%s,Z-B,2023-01-01\n"
			.formatted(TOWN_A, TOWN_B));
		ok("sites", "id,name,kind,level,domain,town_code,established_on,latitude,longitude\nZ-A,甲站,PRACTICE_STATION,TOWN,TOWN,%s,2023-01-01,34.60,107.30\n"
				.formatted(TOWN_A) + "Z-B,乙站,PRACTICE_STATION,TOWN,TOWN,%s,2023-01-01,34.60,107.30\n".formatted(TOWN_B));
		ok("site_activities", "site_id,date,title,member_ids\nZ-A,2024-03-01,甲活动,M-A|M-B\nZ-B,2024-03-01,乙活动,M-B\n");
		ok("problems", ("id,credit_code,raised_on,category,title\nW-A,%s,2025-01-01,POLICY,甲问题\nW-B,%s,2025-01-01,LAND,乙问题\n"
				+ "W-B1,%s,2025-01-01,LAND,乙问题一\n").formatted(ENTERPRISE_A, ENTERPRISE_B, ENTERPRISE_B_PAIRED_WITH_A));
		this.editorOfA = editorOf(this.admin, TOWN_A);
	}

	@Test
	void showsOnlyTheUsersTowns() {
		assertThat(values(ask(this.editorOfA, "{ towns { code } }"), "towns[*].code")).containsExactly(TOWN_A);
		assertThat(values(ask(this.admin, "{ towns { code } }"), "towns[*].code")).containsExactly(TOWN_A, TOWN_B);
		var lookups = ask(this.editorOfA, "{ a: town(code: \"%s\") { code } b: town(code: \"%s\") { code } }".formatted(TOWN_A, TOWN_B));
		assertThat((Object) lookups.field("a.code").getValue()).isEqualTo(TOWN_A);
		assertThat((Object) lookups.field("b").getValue()).isNull();
	}

	@Test
	void showsOnlyTheVillagesPeopleAndProjectsOfTheUsersTowns() {
		var response = ask(this.editorOfA, """
				{ va: village(code: "%s") { code } vb: village(code: "%s") { code }
				  ra: representative(id: "R-A") { id } rb: representative(id: "R-B") { id }
				  la: leader(id: "L-A") { id } lb: leader(id: "L-B") { id } ld: leader(id: "L-D") { id }
				  pa: project(id: "P-A") { id } pb: project(id: "P-B") { id } }
				""".formatted(VILLAGE_A, VILLAGE_B));

		for (String visible : List.of("va", "ra", "la", "ld", "pa")) {
			assertThat((Object) response.field(visible).getValue()).as(visible).isNotNull();
		}
		for (String hidden : List.of("vb", "rb", "lb", "pb")) {
			assertThat((Object) response.field(hidden).getValue()).as(hidden).isNull();
		}
	}

	@Test
	void showsTheEnterprisesOfTheUsersTownsAndThosePairedWithItsVillages() {
		var response = ask(this.editorOfA, """
				{ a: enterprise(creditCode: "%s") { name } paired: enterprise(creditCode: "%s") { name pairedVillages { code } }
				  other: enterprise(creditCode: "%s") { name } village(code: "%s") { pairings { enterprise { name } } } }
				""".formatted(ENTERPRISE_A, ENTERPRISE_B_PAIRED_WITH_A, ENTERPRISE_B, VILLAGE_A));

		assertThat((Object) response.field("a.name").getValue()).isEqualTo("甲企业");
		assertThat(values(response, "paired.pairedVillages[*].code")).containsExactly(VILLAGE_A);
		assertThat((Object) response.field("other").getValue()).isNull();
		assertThat(values(response, "village.pairings[*].enterprise.name")).containsExactlyInAnyOrder("甲企业", "乙企业一");
	}

	@Test
	void showsOnlyTheFriendshipsOfTheUsersTowns() {
		var response = ask(this.editorOfA, "{ leader(id: \"L-D\") { friends { representative { id } } } }");

		assertThat(values(response, "leader.friends[*].representative.id")).containsExactly("R-A");
		var all = ask(this.admin, "{ leader(id: \"L-D\") { friends { representative { id } } } }");
		assertThat(values(all, "leader.friends[*].representative.id")).containsExactlyInAnyOrder("R-A", "R-B");
	}

	@Test
	void countsCoverageOverTheUsersTownsOnly() {
		var district = ask(this.editorOfA, "{ coverage { villages pairedVillages byTown { town { code } } } }");
		var unpaired = ask(this.editorOfA, "{ unpairedVillages { totalCount edges { node { code } } } }");

		assertThat(district.field("coverage.villages").toEntity(Integer.class)).isEqualTo(2);
		assertThat(district.field("coverage.pairedVillages").toEntity(Integer.class)).isEqualTo(1);
		assertThat(values(district, "coverage.byTown[*].town.code")).containsExactly(TOWN_A);
		assertThat(values(unpaired, "unpairedVillages.edges[*].node.code")).containsExactly(VILLAGE_A_UNPAIRED);
		for (String query : List.of("{ coverage(townCode: \"%s\") { villages } }", "{ unpairedVillages(townCode: \"%s\") { totalCount } }")) {
			var refused = this.editorOfA.graphQl().document(query.formatted(TOWN_B)).executeSync();
			assertThat(refused.getErrors()).singleElement()
				.satisfies(error -> assertThat(error.getMessage()).isEqualTo("townCode " + TOWN_B + "：没有这个镇"));
		}
		assertThat(ask(this.admin, "{ coverage { villages } }").field("coverage.villages").toEntity(Integer.class))
			.isEqualTo(3);
	}

	@Test
	void importsRowsOfTheUsersTownsAndRejectsTheOthers() {
		ImportReport villages = this.editorOfA.importCsv("villages",
				"code,name,town_code\n610322100003,甲三村,%s\n610322101002,乙二村,%s\n%s,乙一村改到甲,%s\n"
					.formatted(TOWN_A, TOWN_B, VILLAGE_B, TOWN_A));

		assertThat(villages.created()).isEqualTo(1);
		assertThat(villages.rejected()).containsExactly(
				new ImportReport.RejectedRow(3, "town_code " + TOWN_B + "：不在您负责的镇（属地）范围内"),
				new ImportReport.RejectedRow(4, "code " + VILLAGE_B + "：属于您负责范围以外的镇，不能修改"));
		assertThat(this.editorOfA.importCsv("towns", "code,name\n%s,乙镇改名\n".formatted(TOWN_B)).rejected())
			.extracting(ImportReport.RejectedRow::message)
			.containsExactly("code " + TOWN_B + "：不在您负责的镇（属地）范围内");
		assertThat(this.editorOfA.importCsv("leaders", "id,name,role,level\nL-X,新区领导,PARTY_GROUP,DISTRICT\n").rejected())
			.extracting(ImportReport.RejectedRow::message)
			.containsExactly("town_code：您只负责部分镇（" + TOWN_A + "），须填写其中之一");
		assertThat(this.editorOfA.importCsv("friendships", "leader_id,representative_id,since\nL-D,R-B,2025-01-01\nL-B,R-A,2025-01-01\n")
			.rejected()).extracting(ImportReport.RejectedRow::message)
			.containsExactly("representative_id R-B：不在您负责的镇（属地）范围内", "leader_id L-B：不在您负责的镇（属地）范围内");
		ImportReport pairings = this.editorOfA.importCsv("pairings",
				"enterprise_credit_code,village_code,since\n%s,%s,2025-01-01\n%s,%s,2025-01-01\n"
					.formatted(ENTERPRISE_B, VILLAGE_A_UNPAIRED, ENTERPRISE_A, VILLAGE_B));
		assertThat(pairings.created()).isEqualTo(1);
		assertThat(pairings.rejected()).extracting(ImportReport.RejectedRow::message)
			.containsExactly("village_code " + VILLAGE_B + "：不在您负责的镇（属地）范围内");
		var villageB = ask(this.admin, "{ village(code: \"%s\") { name town { code } } }".formatted(VILLAGE_B));
		assertThat(villageB.field("village.town.code").toEntity(String.class)).isEqualTo(TOWN_B);
	}

	/** What town B's records are called and keyed by: a user of town A must find none of it in any answer. */
	static final List<String> B_NAMES_AND_CODES = List.of(TOWN_B, "乙镇", VILLAGE_B, "乙一村", ENTERPRISE_B, "乙企业二", "L-B",
			"乙镇领导", "R-B", "乙代表", "P-B", "乙项目", "M-B", "乙成员", "S-B", "乙委员", "Z-B", "乙站", "W-B", "乙问题");

	/** Town B's keys, each with a key of the same form that names nothing: asked about, both must answer alike. */
	static final Map<String, String> NOTHING_LIKE = Map.of(TOWN_B, "610322199", VILLAGE_B, "610322199001", ENTERPRISE_B,
			"91610322000000000" + CreditCode.checkCharacter("91610322000000000"), "L-B", "L-X", "R-B", "R-X", "P-B",
			"P-X", "M-B", "M-X", "Z-B", "Z-X", "W-B", "W-X", "W-B1", "W-X1");

	/**
	 * The generic way to fill an argument, by its name: the keys of B's records, and of A's records whose
	 * surroundings reach into B. An optional argument is also left out.
	 */
	static final Map<String, List<String>> RECORD_KEYS = Map.of(
			"id", List.of("L-B", "R-B", "P-B", "M-B", ENTERPRISE_B, VILLAGE_B, TOWN_B, "L-D", "R-A", "M-A",
					ENTERPRISE_B_PAIRED_WITH_A, TOWN_A, "Z-B", "W-B", "W-B1", "Z-A", "S-A2"),
			"code", List.of(TOWN_B, VILLAGE_B, TOWN_A, VILLAGE_A), "townCode", List.of(TOWN_B, TOWN_A),
			// a list argument given one value (GraphQL takes it as a list of one): the map's town areas
			"townCodes", List.of(TOWN_B, TOWN_A),
			"villageCode", List.of(VILLAGE_B, VILLAGE_A, VILLAGE_A_UNPAIRED),
			"creditCode", List.of(ENTERPRISE_B, ENTERPRISE_B_PAIRED_WITH_A),
			"fromId", List.of("R-B", "L-B", VILLAGE_B, "R-A", "L-D"),
			"toId", List.of("R-B", "L-B", ENTERPRISE_B, VILLAGE_B, "R-A"));

	/**
	 * Arguments no name tells how to fill, per Query field: each entry one way to ask (the record keys are added as
	 * above). A new field with a required argument of another kind needs an entry here, or the test fails.
	 */
	static final Map<String, List<Map<String, String>>> ARGUMENTS = Map.of(
			"search", Stream.concat(Stream.of("乙"), B_NAMES_AND_CODES.stream()).map(text -> Map.of("text", text)).toList(),
			"coverageTrend", List.of(Map.of("from", "2023-12-01", "to", "2024-03-01")),
			"network", List.of(Map.of("depth", "3")),
			"connection", List.of(Map.of("maxHops", "6")),
			"dutyList", List.of(Map.of("holderCode", TOWN_B, "year", "2025"), Map.of("holderCode", TOWN_A, "year", "2025")),
			"dutyRanking", List.of(Map.of("year", "2025", "kind", "TOWN"), Map.of("year", "2025", "kind", "UNIT")),
			// a box around every village and enterprise of both towns
			"mapView", List.of(Map.of("box", "{west: 107, south: 34, east: 108, north: 35}")));

	/**
	 * Errors other than a refused argument or a refused user: such as a null where the schema promises a value,
	 * which empties the answer up to the nearest nullable field and would hide a leak beside it.
	 */
	static final Pattern ANSWERED_WHOLE = Pattern.compile("classification=(?!BAD_REQUEST|FORBIDDEN)");

	/** How deep below a Query field the selection goes, never through a type twice. */
	static final int SELECTION_DEPTH = 4;

	/** The start of the message of a document refused for its cost (QueryCost). */
	static final String OVER_BUDGET = "请求的计算量";

	@Autowired
	GraphQlSource graphQl;

	@Autowired
	CypherCounter cypher;

	/**
	 * Every Query field, found from the schema so that a new one is covered by default, asked over HTTP by a user
	 * of town A about town B's records (and about A's records next to them): no answer carries a name or a code of
	 * B, and an answer about a record of B is exactly the answer about a record that does not exist. The
	 * administrator, asked the same, finds all of B in the answers: the denied case beside the allowed. And every
	 * one of them, for either user, opens read sessions and read transactions only (what a cluster routes to its
	 * secondaries): nothing on a read path writes.
	 */
	@Test
	void answersNoQueryFieldWithAnotherTownsNamesOrCodes() {
		var leaks = new ArrayList<String>();
		var writes = new ArrayList<String>();
		var seenByA = new StringBuilder();
		var seenByAdmin = new StringBuilder();
		GraphQLObjectType query = this.graphQl.schema().getQueryType();
		this.cypher.reset();
		for (GraphQLFieldDefinition field : query.getFieldDefinitions()) {
			for (String selection : withinCostBudget(field, selection(field.getType(), SELECTION_DEPTH, Set.of()))) {
				for (Map<String, String> arguments : argumentsFor(field)) {
					String document = document(field, arguments, selection);
					String answer = answer(this.editorOfA, document, arguments);
					if (ANSWERED_WHOLE.matcher(answer).find()) {
						leaks.add(document + "\n  fails in a way that hides what else it would answer: " + answer);
					}
					if (B_NAMES_AND_CODES.stream().anyMatch(answer::contains)) {
						leaks.add(document + "\n  answers " + answer);
					}
					var unknown = new LinkedHashMap<String, String>(arguments);
					unknown.replaceAll((name, value) -> NOTHING_LIKE.getOrDefault(value, value));
					String nothing = unknown.equals(arguments) ? answer
							: answer(this.editorOfA, document(field, unknown, selection), unknown);
					if (!answer.equals(nothing)) {
						leaks.add(document + "\n  answers " + answer + "\n  but about nothing " + nothing);
					}
					seenByA.append(answer);
					seenByAdmin.append(this.admin.graphQl().document(document).executeSync().toMap());
					if (this.cypher.sessionModes().contains(AccessMode.WRITE)
							|| this.cypher.transactionModes().contains(AccessMode.WRITE)) {
						writes.add(document);
					}
					this.cypher.reset();
				}
			}
		}
		assertThat(leaks).as("answers to a user of town A that tell of town B").isEmpty();
		assertThat(writes).as("queries that opened a write session or transaction").isEmpty();
		assertThat(seenByA.toString()).as("what A sees of its own").contains("甲镇", "甲一村", "甲企业", "甲代表", "甲镇领导", "甲项目",
				"甲成员", "甲委员", "甲站", "甲问题");
		assertThat(B_NAMES_AND_CODES).as("what the administrator sees of B").allMatch(seenByAdmin.toString()::contains);
		var introduction = ask(this.admin, "{ pairingSuggestions(villageCode: \"%s\") { introduction { representativeName } } }"
			.formatted(VILLAGE_A_UNPAIRED));
		assertThat(values(introduction, "pairingSuggestions[*].introduction.representativeName")).contains("乙代表");
	}

	/**
	 * The selection as one document where the cost budget allows it, otherwise in pieces that each keep the way
	 * down to one of its fields: every field of the selection is still asked, only not all at once, except a path
	 * that alone costs more than the budget (a worksheet's suggestions' towns' villages), which nobody can ask.
	 */
	private List<String> withinCostBudget(GraphQLFieldDefinition field, Selected selection) {
		boolean fits = argumentsFor(field).stream()
			.map(arguments -> answer(this.admin, document(field, arguments, selection.text()), arguments))
			.noneMatch(answer -> answer.contains(OVER_BUDGET));
		if (fits) {
			return List.of(selection.text());
		}
		List<Selected> pieces = selection.pieces();
		if (pieces.size() == 1) {
			// one path that is over the budget on its own is refused before anything runs, for every user alike
			return List.of();
		}
		return pieces.stream().flatMap(piece -> withinCostBudget(field, piece).stream()).toList();
	}

	/** Every way to fill the field's arguments: the table's, crossed with the record keys, or left out. */
	private static List<Map<String, String>> argumentsFor(GraphQLFieldDefinition field) {
		var ways = new ArrayList<Map<String, String>>();
		for (Map<String, String> given : ARGUMENTS.getOrDefault(field.getName(), List.of(Map.of()))) {
			List<Map<String, String>> filled = List.of(new LinkedHashMap<>(given));
			for (GraphQLArgument argument : field.getArguments()) {
				if (given.containsKey(argument.getName())) {
					continue;
				}
				boolean optional = !GraphQLTypeUtil.isNonNull(argument.getType()) || argument.hasSetDefaultValue();
				var values = new ArrayList<String>(RECORD_KEYS.getOrDefault(argument.getName(), List.of()));
				if (values.isEmpty() && !optional) {
					throw new AssertionError("Query.%s(%s:) is required and neither a record key nor in ARGUMENTS: add a way to ask it"
						.formatted(field.getName(), argument.getName()));
				}
				if (optional) {
					values.add(null);
				}
				var crossed = new ArrayList<Map<String, String>>();
				for (Map<String, String> way : filled) {
					for (String value : values) {
						var next = new LinkedHashMap<String, String>(way);
						if (value != null) {
							next.put(argument.getName(), value);
						}
						crossed.add(next);
					}
				}
				filled = crossed;
			}
			ways.addAll(filled);
		}
		return ways;
	}

	private static String document(GraphQLFieldDefinition field, Map<String, String> arguments, String selection) {
		var written = new StringJoiner(", ", "(", ")").setEmptyValue("");
		arguments.forEach((name, value) -> {
			GraphQLType type = GraphQLTypeUtil.unwrapAll(field.getArgument(name).getType());
			boolean quoted = !(type instanceof GraphQLEnumType) && !(type instanceof GraphQLInputObjectType)
				&& !List.of("Int", "Float", "Boolean")
				.contains(((GraphQLNamedType) type).getName());
			written.add(name + ": " + (quoted ? "\"" + value + "\"" : value));
		});
		return "{ " + field.getName() + written + " " + selection + " }";
	}

	/**
	 * The fields below a type that could carry a name or a code, to a bounded depth, never through a type already
	 * on the way there, and none that needs an argument.
	 */
	private static Selected selection(GraphQLOutputType type, int depth, Set<String> through) {
		GraphQLType named = GraphQLTypeUtil.unwrapAll(type);
		if (!(named instanceof GraphQLObjectType object)) {
			return new Selected("", List.of());
		}
		var fields = new ArrayList<Selected>();
		for (GraphQLFieldDefinition field : object.getFieldDefinitions()) {
			boolean needsArguments = field.getArguments()
				.stream()
				.anyMatch(argument -> GraphQLTypeUtil.isNonNull(argument.getType()) && !argument.hasSetDefaultValue());
			GraphQLType below = GraphQLTypeUtil.unwrapAll(field.getType());
			if (needsArguments) {
				continue;
			}
			if (!(below instanceof GraphQLObjectType next)) {
				fields.add(new Selected(field.getName(), List.of()));
			}
			else if (depth > 0 && !through.contains(next.getName()) && !next.getName().equals(object.getName())) {
				var deeper = new HashSet<String>(through);
				deeper.add(object.getName());
				fields.add(new Selected(field.getName(), selection(field.getType(), depth - 1, deeper).below()));
			}
		}
		return new Selected("", fields);
	}

	/** A field and the fields selected below it ({@code ""} for the selection set of a Query field itself). */
	record Selected(String name, List<Selected> below) {

		String text() {
			if (this.below.isEmpty()) {
				return this.name;
			}
			var fields = new StringJoiner(" ", "{ ", " }");
			fields.add("__typename");
			this.below.forEach(field -> fields.add(field.text()));
			return (this.name.isEmpty() ? "" : this.name + " ") + fields;
		}

		/** The same selection split in two, each half keeping the way down to what it holds. */
		List<Selected> pieces() {
			if (this.below.size() > 1) {
				int half = this.below.size() / 2;
				return List.of(new Selected(this.name, this.below.subList(0, half)),
						new Selected(this.name, this.below.subList(half, this.below.size())));
			}
			if (this.below.size() == 1) {
				return this.below.get(0).pieces().stream().map(piece -> new Selected(this.name, List.of(piece))).toList();
			}
			return List.of(this);
		}

	}

	/**
	 * The whole answer, data and errors, as text; an error message's echo of a key the document sent (没有这个镇 and
	 * the like) reads as the argument's name, so that a key of B and one that names nothing read alike.
	 */
	private static String answer(TongxinHttp client, String document, Map<String, String> arguments) {
		Map<String, Object> answer = new LinkedHashMap<>(client.graphQl().document(document).executeSync().toMap());
		if (answer.get("errors") instanceof List<?> errors) {
			answer.put("errors", errors.stream().map(error -> {
				var masked = new LinkedHashMap<Object, Object>((Map<?, ?>) error);
				String message = String.valueOf(masked.get("message"));
				for (var argument : arguments.entrySet()) {
					if (RECORD_KEYS.containsKey(argument.getKey())) {
						message = message.replace(argument.getValue(), "<" + argument.getKey() + ">");
					}
				}
				masked.put("message", message);
				return masked;
			}).toList());
		}
		return answer.toString();
	}

	private ClientGraphQlResponse ask(TongxinHttp client, String query) {
		var response = client.graphQl().document(query).executeSync();
		assertThat(response.getErrors()).isEmpty();
		return response;
	}

	private void ok(String kind, String csv) {
		assertThat(this.admin.importCsv(kind, csv).rejected()).as(kind).isEmpty();
	}

}
