package cn.tongxin.graph.benchmark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import cn.tongxin.graph.enterprise.CreditCode;

/**
 * The ledgers of the district the performance issue measures with: 200 towns, 2,302 villages, 2,000 enterprises,
 * 1,000 leaders, 20,000 representatives, 5,000 friendships, 1,000 contacts, 2,187 pairings and 726 projects,
 * 34,415 rows in all, every one of them valid. Deterministic; one CSV file per ledger, in load order. Every date
 * is on or before 2026-10-31, so that the tests' fixed today accepts every contact.
 * <p>
 * Run {@code main(directory)} to write the files, or use {@link #write} from a benchmark.
 */
public final class DistrictLedgers {

	static final long SEED = 20261203L;

	static final int TOWNS = 200;

	static final int VILLAGES = 2_302;

	static final int ENTERPRISES = 2_000;

	static final int LEADERS = 1_000;

	static final int REPRESENTATIVES = 20_000;

	static final int FRIENDS_PER_LEADER = 5;

	static final int CONTACTS = 1_000;

	static final int PAIRINGS = 2_187;

	static final int PROJECTS = 726;

	static final int UNITS = 200;

	static final int MEMBERS = 24_000;

	private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";

	private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏飞建国文斌宇浩凯辉婷晨欣雪琳";

	private static final List<String> INDUSTRIES = List.of("AGRICULTURE", "FOOD", "TOURISM", "E_COMMERCE", "LIQUOR",
			"LOGISTICS", "MANUFACTURING", "BUILDING_MATERIALS");

	private static final List<String> CATEGORIES = List.of("DEMOCRATIC_PARTY", "NON_PARTISAN", "INTELLECTUAL",
			"ETHNIC_MINORITY", "RELIGIOUS", "PRIVATE_ECONOMY", "NEW_SOCIAL_STRATA", "RETURNED_OVERSEAS_STUDENT",
			"HK_MACAO", "TAIWAN", "OVERSEAS_CHINESE");

	private static final List<String> CONTACT_KINDS = List.of("VISIT", "TALK", "MEETING", "CALL", "EVENT");

	private static final LocalDate FIRST_DAY = LocalDate.of(2019, 1, 1);

	private final Random random = new Random(SEED);

	private DistrictLedgers() {
	}

	public static void main(String[] args) {
		System.out.println(write(Path.of(args.length > 0 ? args[0] : "target/district")));
	}

	/** Writes the ledgers into {@code directory}; answers how many rows each has, by kind, in load order. */
	public static Map<String, Integer> write(Path directory) {
		try {
			Files.createDirectories(directory);
			return new DistrictLedgers().writeAll(directory);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Map<String, Integer> writeAll(Path directory) throws IOException {
		var counts = new LinkedHashMap<String, Integer>();
		double[][] townPlace = new double[TOWNS][2];
		List<String> townCodes = new ArrayList<>();
		try (var csv = open(directory, "towns", "code,name")) {
			for (int t = 0; t < TOWNS; t++) {
				String code = "610322%03d".formatted(100 + t);
				townCodes.add(code);
				townPlace[t][0] = 34 + this.random.nextDouble();
				townPlace[t][1] = 107 + this.random.nextDouble();
				csv.write(code + "," + name(2) + "镇\n");
			}
		}
		counts.put("towns", TOWNS);
		List<String> villageCodes = new ArrayList<>();
		try (var csv = open(directory, "villages", "code,name,town_code,kind,households,latitude,longitude")) {
			for (int v = 0; v < VILLAGES; v++) {
				int t = v * TOWNS / VILLAGES;
				String code = townCodes.get(t) + "%03d".formatted(v - (t * VILLAGES + TOWNS - 1) / TOWNS + 1);
				villageCodes.add(code);
				boolean community = v % 7 == 0;
				csv.write(code + "," + name(2) + (community ? "社区," : "村,") + townCodes.get(t) + ","
						+ (community ? "COMMUNITY" : "VILLAGE") + "," + (200 + this.random.nextInt(3000)) + ","
						+ near(townPlace[t][0]) + "," + near(townPlace[t][1]) + "\n");
			}
		}
		counts.put("villages", VILLAGES);
		List<String> creditCodes = new ArrayList<>();
		int[] enterpriseTown = new int[ENTERPRISES];
		try (var csv = open(directory, "enterprises",
				"credit_code,name,town_code,industry,ownership,employees,latitude,longitude")) {
			for (int e = 0; e < ENTERPRISES; e++) {
				String body = "91610322" + "%09d".formatted(e);
				creditCodes.add(body + CreditCode.checkCharacter(body));
				int t = this.random.nextInt(TOWNS);
				enterpriseTown[e] = t;
				csv.write(creditCodes.get(e) + "," + name(2) + "有限公司" + e + "," + townCodes.get(t) + ","
						+ INDUSTRIES.get(this.random.nextInt(INDUSTRIES.size())) + ","
						+ ((this.random.nextInt(10) < 8) ? "PRIVATE" : "STATE") + "," + (5 + this.random.nextInt(900)) + ","
						+ near(townPlace[t][0]) + "," + near(townPlace[t][1]) + "\n");
			}
		}
		counts.put("enterprises", ENTERPRISES);
		try (var csv = open(directory, "leaders", "id,name,gender,role,level,town_code")) {
			for (int l = 0; l < LEADERS; l++) {
				// the district's own leaders (1 in 25) belong to no town
				boolean district = l % 25 == 0;
				String role = district ? "STANDING_COMMITTEE" : (l % 2 == 0) ? "PARTY_COMMITTEE" : "BRANCH_COMMITTEE";
				String level = district ? "DISTRICT" : (l % 2 == 0) ? "TOWN" : "VILLAGE";
				csv.write("L%05d,%s,%s,%s,%s,%s\n".formatted(l, name(3), (l % 2 == 0) ? "MALE" : "FEMALE", role, level,
						district ? "" : townCodes.get(l % TOWNS)));
			}
		}
		counts.put("leaders", LEADERS);
		try (var csv = open(directory, "representatives",
				"id,name,gender,birth_year,ethnicity,category,level,enterprise_credit_code,town_code,phone")) {
			for (int r = 0; r < REPRESENTATIVES; r++) {
				boolean runs = r < ENTERPRISES;
				int t = runs ? enterpriseTown[r] : this.random.nextInt(TOWNS);
				csv.write("R%06d,%s,%s,%d,%s,%s,DISTRICT,%s,%s,138%08d\n".formatted(r, name(3),
						(r % 2 == 0) ? "MALE" : "FEMALE", 1950 + this.random.nextInt(50), (r % 9 == 0) ? "回族" : "汉族",
						runs ? "PRIVATE_ECONOMY" : CATEGORIES.get(this.random.nextInt(CATEGORIES.size())),
						runs ? creditCodes.get(r) : "", townCodes.get(t), r));
			}
		}
		counts.put("representatives", REPRESENTATIVES);
		// Each leader befriends representatives at a fixed stride, so that no pair comes twice.
		var friendships = new ArrayList<String[]>();
		try (var csv = open(directory, "friendships", "leader_id,representative_id,since,last_contact")) {
			for (int l = 0; l < LEADERS; l++) {
				for (int f = 0; f < FRIENDS_PER_LEADER; f++) {
					String leader = "L%05d".formatted(l);
					String representative = "R%06d".formatted((l * 7 + f * 4001) % REPRESENTATIVES);
					LocalDate since = FIRST_DAY.plusDays(this.random.nextInt(1500));
					friendships.add(new String[] { leader, representative, since.toString() });
					csv.write(leader + "," + representative + "," + since + "," + since.plusDays(this.random.nextInt(300))
							+ "\n");
				}
			}
		}
		counts.put("friendships", friendships.size());
		try (var csv = open(directory, "contacts", "leader_id,representative_id,date,kind,note")) {
			for (int c = 0; c < CONTACTS; c++) {
				// one contact on each of the first 1,000 friendships of every fifth, a day after it began
				String[] friendship = friendships.get(c * 5);
				LocalDate date = LocalDate.parse(friendship[2]).plusDays(1 + this.random.nextInt(100));
				csv.write(friendship[0] + "," + friendship[1] + "," + date + ","
						+ CONTACT_KINDS.get(c % CONTACT_KINDS.size()) + ",走访了解近况\n");
			}
		}
		counts.put("contacts", CONTACTS);
		try (var csv = open(directory, "pairings", "enterprise_credit_code,village_code,since")) {
			for (int v = 0; v < PAIRINGS; v++) {
				csv.write(creditCodes.get((int) ((long) v * 7919 % ENTERPRISES)) + "," + villageCodes.get(v) + ","
						+ FIRST_DAY.plusDays(this.random.nextInt(2400)) + "\n");
			}
		}
		counts.put("pairings", PAIRINGS);
		try (var csv = open(directory, "projects", "id,name,enterprise_credit_code,village_code,status,investment_wan")) {
			for (int p = 0; p < PROJECTS; p++) {
				int v = this.random.nextInt(PAIRINGS);
				csv.write("P%05d,共建项目%d,%s,%s,%s,%d\n".formatted(p, p, creditCodes.get((int) ((long) v * 7919 % ENTERPRISES)),
						villageCodes.get(v), List.of("PLANNED", "IN_PROGRESS", "COMPLETED").get(p % 3),
						5 + this.random.nextInt(500)));
			}
		}
		counts.put("projects", PROJECTS);
		return counts;
	}

	/**
	 * Writes a members ledger for the district of {@link #write} (whose towns, villages and representatives it
	 * names) into {@code directory}, with the member units it refers to: {@value #MEMBERS} members, a tenth of the
	 * district's tier, the rest of a town's or a village's, a third in a unit, one in 24 a representative (each a
	 * different one), one in 20 having left. Answers the rows of each, by kind, in load order.
	 */
	public static Map<String, Integer> writeMembers(Path directory) {
		try {
			Files.createDirectories(directory);
			return new DistrictLedgers().writeMembersAndUnits(directory);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Map<String, Integer> writeMembersAndUnits(Path directory) throws IOException {
		var counts = new LinkedHashMap<String, Integer>();
		List<String> townCodes = new ArrayList<>();
		for (int t = 0; t < TOWNS; t++) {
			townCodes.add("610322%03d".formatted(100 + t));
		}
		try (var csv = open(directory, "units", "code,name,domain,town_code")) {
			for (int u = 0; u < UNITS; u++) {
				csv.write("U%04d,%s单位%d,OTHER,%s\n".formatted(u, name(2), u, townCodes.get(u % TOWNS)));
			}
		}
		counts.put("units", UNITS);
		try (var csv = open(directory, "members", "id,name,gender,birth_year,ethnicity,category,tier,town_code,"
				+ "village_code,unit_code,representative_id,joined_on,left_on,phone,workplace")) {
			for (int m = 0; m < MEMBERS; m++) {
				String tier = (m % 10 == 0) ? "DISTRICT" : (m % 2 == 0) ? "TOWN" : "VILLAGE";
				int v = this.random.nextInt(VILLAGES);
				int t = v * TOWNS / VILLAGES;
				String village = townCodes.get(t) + "%03d".formatted(v - (t * VILLAGES + TOWNS - 1) / TOWNS + 1);
				LocalDate joined = FIRST_DAY.plusDays(this.random.nextInt(2000));
				csv.write("M%06d,%s,%s,%d,%s,%s,%s,%s,%s,%s,%s,%s,%s,139%08d,%s\n".formatted(m, name(3),
						(m % 2 == 0) ? "MALE" : "FEMALE", 1950 + this.random.nextInt(50), (m % 9 == 0) ? "回族" : "汉族",
						CATEGORIES.get(this.random.nextInt(CATEGORIES.size())), tier,
						tier.equals("DISTRICT") ? "" : townCodes.get(t), tier.equals("VILLAGE") ? village : "",
						(m % 3 == 0) ? "U%04d".formatted(this.random.nextInt(UNITS)) : "",
						(m % 24 == 0) ? "R%06d".formatted(m / 24) : "", joined,
						(m % 20 == 7) ? joined.plusDays(1 + this.random.nextInt(300)).toString() : "", m,
						name(2) + "公司"));
			}
		}
		counts.put("members", MEMBERS);
		return counts;
	}

	private String name(int length) {
		var name = new StringBuilder().append(SURNAMES.charAt(this.random.nextInt(SURNAMES.length())));
		for (int i = 1; i < length; i++) {
			name.append(GIVEN.charAt(this.random.nextInt(GIVEN.length())));
		}
		return name.toString();
	}

	private String near(double degrees) {
		return String.format(Locale.ROOT, "%.5f", degrees - 0.05 + this.random.nextDouble() * 0.1);
	}

	private static BufferedWriter open(Path directory, String kind, String header) throws IOException {
		BufferedWriter writer = Files.newBufferedWriter(directory.resolve(kind + ".csv"), StandardCharsets.UTF_8);
		writer.write(header + "\n");
		return writer;
	}

}
