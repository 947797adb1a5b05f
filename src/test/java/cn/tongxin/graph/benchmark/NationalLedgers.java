package cn.tongxin.graph.benchmark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;

import cn.tongxin.graph.enterprise.CreditCode;

/**
 * Ledgers of national size in the import format, for benchmarks: at scale 1, 40,000 towns, 500,000 villages,
 * 150,000 enterprises, 200,000 leaders and 800,000 representatives (a million people), 400,000 friendships,
 * about 475,000 pairings and 100,000 projects. A smaller scale shrinks every count alike. Besides, 10 district
 * leaders have 1,000 friends each (fewer at a smaller scale): 10,000 more friendships, the dense starts of the
 * network's questions. Deterministic for a
 * seed; written as one CSV file per ledger, in load order.
 * <p>
 * Run {@code main(directory, scale)} to write the files, or use {@link #write} from a benchmark.
 */
public final class NationalLedgers {

	static final long SEED = 20261125L;

	/** District leaders with many friends, whatever the scale: dense starts for the network's questions. */
	static final int DENSE_LEADERS = 10;

	/** How many friends each of them has at scale 1. */
	static final int DENSE_FRIENDS = 1_000;

	private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";

	private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏飞建国文斌宇浩凯辉婷晨欣雪琳";

	private static final List<String> INDUSTRIES = List.of("AGRICULTURE", "FOOD", "TOURISM", "E_COMMERCE", "LIQUOR",
			"LOGISTICS", "MANUFACTURING", "BUILDING_MATERIALS");

	private static final List<String> ROLES = List.of("STANDING_COMMITTEE", "PARTY_GROUP", "PARTY_COMMITTEE",
			"BRANCH_COMMITTEE");

	private static final List<String> CATEGORIES = List.of("DEMOCRATIC_PARTY", "NON_PARTISAN", "INTELLECTUAL",
			"ETHNIC_MINORITY", "RELIGIOUS", "PRIVATE_ECONOMY", "NEW_SOCIAL_STRATA", "RETURNED_OVERSEAS_STUDENT",
			"HK_MACAO", "TAIWAN", "OVERSEAS_CHINESE");

	private final Random random = new Random(SEED);

	private final double scale;

	private NationalLedgers(double scale) {
		this.scale = scale;
	}

	public static void main(String[] args) {
		Map<String, Integer> counts = write(Path.of(args.length > 0 ? args[0] : "target/national"),
				(args.length > 1) ? Double.parseDouble(args[1]) : 1.0);
		System.out.println(counts);
	}

	/** Writes the ledgers into {@code directory}; answers how many rows each has, in load order. */
	public static Map<String, Integer> write(Path directory, double scale) {
		try {
			Files.createDirectories(directory);
			return new NationalLedgers(scale).writeAll(directory);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private int count(int atFullScale) {
		return Math.max(1, (int) Math.round(atFullScale * this.scale));
	}

	private Map<String, Integer> writeAll(Path directory) throws IOException {
		var counts = new TreeMap<String, Integer>();
		int towns = count(40_000);
		int enterprises = count(150_000);
		int leaders = count(200_000);
		int representatives = count(800_000);
		double[][] townPlace = new double[towns][2];
		List<String> townCodes = new ArrayList<>(towns);
		try (var csv = open(directory, "towns", "code,name")) {
			for (int t = 0; t < towns; t++) {
				String code = "%06d%03d".formatted(110000 + t / 100, 100 + t % 100);
				townCodes.add(code);
				townPlace[t][0] = 21 + this.random.nextDouble() * 24;
				townPlace[t][1] = 80 + this.random.nextDouble() * 45;
				csv.write(code + "," + name(2) + "镇\n");
			}
		}
		counts.put("1 towns", towns);
		List<String> villageCodes = new ArrayList<>(towns * 13);
		try (var csv = open(directory, "villages", "code,name,town_code,kind,households,latitude,longitude")) {
			for (int t = 0; t < towns; t++) {
				// 12 or 13 villages a town: 12.5 on average
				for (int v = 1; v <= 12 + t % 2; v++) {
					String code = townCodes.get(t) + "%03d".formatted(v);
					villageCodes.add(code);
					csv.write(code + "," + name(2) + ((v % 5 == 0) ? "社区," : "村,") + townCodes.get(t) + ","
							+ ((v % 5 == 0) ? "COMMUNITY" : "VILLAGE") + "," + (200 + this.random.nextInt(3000)) + ","
							+ near(townPlace[t][0]) + "," + near(townPlace[t][1]) + "\n");
				}
			}
		}
		counts.put("2 villages", villageCodes.size());
		List<String> creditCodes = new ArrayList<>(enterprises);
		int[] enterpriseTown = new int[enterprises];
		try (var csv = open(directory, "enterprises",
				"credit_code,name,town_code,industry,ownership,employees,latitude,longitude")) {
			for (int e = 0; e < enterprises; e++) {
				String body = "91610322" + "%09d".formatted(e);
				String code = body + CreditCode.checkCharacter(body);
				creditCodes.add(code);
				int t = this.random.nextInt(towns);
				enterpriseTown[e] = t;
				csv.write(code + "," + name(2) + "有限公司" + e + "," + townCodes.get(t) + ","
						+ INDUSTRIES.get(this.random.nextInt(INDUSTRIES.size())) + ","
						+ ((this.random.nextInt(10) < 8) ? "PRIVATE" : "STATE") + "," + (5 + this.random.nextInt(900)) + ","
						+ near(townPlace[t][0]) + "," + near(townPlace[t][1]) + "\n");
			}
		}
		counts.put("3 enterprises", enterprises);
		int[] leaderTown = new int[leaders];
		var dense = new Random(SEED + 1);
		try (var csv = open(directory, "leaders", "id,name,gender,role,level,town_code")) {
			for (int l = 0; l < leaders; l++) {
				int t = this.random.nextInt(towns);
				leaderTown[l] = t;
				int role = (l % 20 == 0) ? 0 : (l % 10 == 0) ? 1 : (l % 2 == 0) ? 2 : 3;
				csv.write("L%07d,%s,%s,%s,%s,%s\n".formatted(l, name(3), (l % 2 == 0) ? "MALE" : "FEMALE", ROLES.get(role),
						(role == 3) ? "VILLAGE" : "TOWN", townCodes.get(t)));
			}
			// A few district leaders (no town) with many friends: the dense starts of the network benchmark. Their
			// own random numbers, so that every other row stays as it was.
			for (int d = 0; d < DENSE_LEADERS; d++) {
				csv.write("%s,%s,%s,STANDING_COMMITTEE,DISTRICT,\n".formatted(denseLeader(d), name(dense, 3),
						(d % 2 == 0) ? "MALE" : "FEMALE"));
			}
		}
		counts.put("4 leaders", leaders + DENSE_LEADERS);
		try (var csv = open(directory, "representatives", "id,name,gender,birth_year,category,level,enterprise_credit_code,town_code,phone")) {
			for (int r = 0; r < representatives; r++) {
				boolean runs = r < enterprises;
				int t = runs ? enterpriseTown[r] : this.random.nextInt(towns);
				csv.write("R%07d,%s,%s,%d,%s,DISTRICT,%s,%s,138%08d\n".formatted(r, name(3), (r % 2 == 0) ? "MALE" : "FEMALE",
						1950 + this.random.nextInt(50), runs ? "PRIVATE_ECONOMY" : CATEGORIES.get(this.random.nextInt(CATEGORIES.size())),
						runs ? creditCodes.get(r) : "", townCodes.get(t), r));
			}
		}
		counts.put("5 representatives", representatives);
		int friendships = 0;
		int denseFriends = count(DENSE_FRIENDS);
		try (var csv = open(directory, "friendships", "leader_id,representative_id,since,last_contact")) {
			for (int l = 0; l < leaders; l++) {
				for (int f = 0; f < 2; f++) {
					int r = this.random.nextInt(representatives);
					if (f == 1 && r == l) {
						continue;
					}
					LocalDate since = LocalDate.of(2019, 1, 1).plusDays(this.random.nextInt(2000));
					csv.write("L%07d,R%07d,%s,%s\n".formatted(l, (f == 0) ? l % representatives : r, since,
							since.plusDays(this.random.nextInt(300))));
					friendships++;
				}
			}
			for (int d = 0; d < DENSE_LEADERS; d++) {
				var friends = new TreeSet<Integer>();
				while (friends.size() < Math.min(denseFriends, representatives)) {
					friends.add(dense.nextInt(representatives));
				}
				for (int r : friends) {
					LocalDate since = LocalDate.of(2019, 1, 1).plusDays(dense.nextInt(2000));
					csv.write("%s,R%07d,%s,%s\n".formatted(denseLeader(d), r, since, since.plusDays(dense.nextInt(300))));
					friendships++;
				}
			}
		}
		counts.put("6 friendships", friendships);
		int pairings = 0;
		try (var csv = open(directory, "pairings", "enterprise_credit_code,village_code,since")) {
			for (int v = 0; v < villageCodes.size(); v++) {
				if (this.random.nextInt(100) < 5) {
					continue;
				}
				csv.write(creditCodes.get((int) ((long) v * 7919 % enterprises)) + "," + villageCodes.get(v) + ","
						+ LocalDate.of(2019, 1, 1).plusDays(this.random.nextInt(2400)) + "\n");
				pairings++;
			}
		}
		counts.put("7 pairings", pairings);
		int projects = count(100_000);
		try (var csv = open(directory, "projects", "id,name,enterprise_credit_code,village_code,status,investment_wan")) {
			for (int p = 0; p < projects; p++) {
				int v = this.random.nextInt(villageCodes.size());
				csv.write("P%07d,共建项目%d,%s,%s,%s,%d\n".formatted(p, p, creditCodes.get((int) ((long) v * 7919 % enterprises)),
						villageCodes.get(v), List.of("PLANNED", "IN_PROGRESS", "COMPLETED").get(p % 3), 5 + this.random.nextInt(500)));
			}
		}
		counts.put("8 projects", projects);
		return counts;
	}

	/** The id of the {@code d}th district leader with many friends. */
	static String denseLeader(int d) {
		return "LD%03d".formatted(d);
	}

	private String name(int length) {
		return name(this.random, length);
	}

	private static String name(Random random, int length) {
		var name = new StringBuilder().append(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
		for (int i = 1; i < length; i++) {
			name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
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
