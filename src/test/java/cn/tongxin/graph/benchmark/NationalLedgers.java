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

	private final boolean members;

	private NationalLedgers(double scale, boolean members) {
		this.scale = scale;
		this.members = members;
	}

	/** {@code main(directory, scale[, members])}: with {@code false} as the third, no members.csv. */
	public static void main(String[] args) {
		Map<String, Integer> counts = write(Path.of(args.length > 0 ? args[0] : "target/national"),
				(args.length > 1) ? Double.parseDouble(args[1]) : 1.0, args.length <= 2 || Boolean.parseBoolean(args[2]));
		System.out.println(counts);
	}

	/** Writes every ledger into {@code directory}; answers how many rows each has, in load order. */
	public static Map<String, Integer> write(Path directory, double scale) {
		return write(directory, scale, true);
	}

	/**
	 * Writes the ledgers into {@code directory}, the members (25 million at scale 1) only when {@code members}:
	 * the benchmarks that import over HTTP leave them out (and a members.csv of an earlier run is removed).
	 * Answers how many rows each has, in load order.
	 */
	public static Map<String, Integer> write(Path directory, double scale, boolean members) {
		try {
			Files.createDirectories(directory);
			if (!members) {
				Files.deleteIfExists(directory.resolve("members.csv"));
			}
			return new NationalLedgers(scale, members).writeAll(directory);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private int count(int atFullScale) {
		return Math.max(1, (int) Math.round(atFullScale * this.scale));
	}

	private Map<String, Integer> writeAll(Path directory) throws IOException {
		var counts = new LinkedHashMap<String, Integer>();
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
		// Each representative is kept (name, town, category, birth year) for the member record that names them.
		var kept = new Representatives(representatives);
		try (var csv = open(directory, "representatives", "id,name,gender,birth_year,category,level,enterprise_credit_code,town_code,phone")) {
			for (int r = 0; r < representatives; r++) {
				boolean runs = r < enterprises;
				int t = runs ? enterpriseTown[r] : this.random.nextInt(towns);
				// drawn in the order the arguments were once evaluated in, so that the file stays as it was
				String name = name(3);
				int birthYear = 1950 + this.random.nextInt(50);
				int category = runs ? CATEGORIES.indexOf("PRIVATE_ECONOMY") : this.random.nextInt(CATEGORIES.size());
				kept.keep(r, name, t, category, birthYear);
				csv.write("R%07d,%s,%s,%d,%s,DISTRICT,%s,%s,138%08d\n".formatted(r, name, (r % 2 == 0) ? "MALE" : "FEMALE",
						birthYear, CATEGORIES.get(category), runs ? creditCodes.get(r) : "", townCodes.get(t), r));
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
		new Wider(directory, townCodes, creditCodes, kept).write(counts);
		return counts;
	}

	/** The representatives as written, for the member records that name them. */
	private static final class Representatives {

		final String[] names;

		final int[] towns;

		final byte[] categories;

		final short[] birthYears;

		Representatives(int count) {
			this.names = new String[count];
			this.towns = new int[count];
			this.categories = new byte[count];
			this.birthYears = new short[count];
		}

		void keep(int r, String name, int town, int category, int birthYear) {
			this.names[r] = name;
			this.towns[r] = town;
			this.categories[r] = (byte) category;
			this.birthYears[r] = (short) birthYear;
		}

		int size() {
			return this.names.length;
		}

	}

	/**
	 * The wider ledger, after the ledgers of part one and in their load order: member units, members, staff. Drawn
	 * from random numbers of their own, so that every file of part one stays as it was (byte for byte), and
	 * written row by row: 25 million members are never held. At scale 1: 15,000 units (3 for every 100 villages,
	 * two thirds in a town), 25,000,000 members and a commissioner in every town and a liaison in every village,
	 * all in post on 2025-12-31 (a few with a predecessor, 1 % of the liaisons gone in 2026 and not replaced).
	 */
	private final class Wider {

		/** Members at scale 1: the whole country. */
		static final int MEMBERS = 25_000_000;

		/** Of every 10,000 members, how many in each category (as the demo district's): {@link #CATEGORIES} order. */
		static final int[] CATEGORY_WEIGHTS = { 630, 680, 1490, 540, 400, 2800, 2430, 500, 145, 65, 320 };

		static final List<String> DOMAINS = List.of("DEPARTMENT", "PARK", "ENTERPRISE", "SCHOOL", "HOSPITAL", "OTHER");

		static final int[] DOMAIN_WEIGHTS = { 30, 5, 25, 15, 10, 15 };

		static final List<String> MINORITIES = List.of("回族", "藏族", "蒙古族", "维吾尔族", "壮族", "满族", "苗族", "彝族");

		static final long FIRST_JOINED = LocalDate.of(2012, 1, 1).toEpochDay();

		static final long LAST_JOINED = LocalDate.of(2026, 6, 30).toEpochDay();

		static final long LAST_LEFT = LocalDate.of(2026, 10, 31).toEpochDay();

		private final Random random = new Random(SEED + 2);

		private final Path directory;

		private final List<String> townCodes;

		private final List<String> creditCodes;

		private final Representatives representatives;

		Wider(Path directory, List<String> townCodes, List<String> creditCodes, Representatives representatives) {
			this.directory = directory;
			this.townCodes = townCodes;
			this.creditCodes = creditCodes;
			this.representatives = representatives;
		}

		void write(Map<String, Integer> counts) throws IOException {
			int units = count(15_000);
			counts.put("9 units", units);
			writeUnits(units);
			if (NationalLedgers.this.members) {
				counts.put("10 members", writeMembers(Math.max(count(MEMBERS), this.representatives.size()), units));
			}
			counts.put("11 staff", writeStaff());
		}

		private void writeUnits(int units) throws IOException {
			try (var csv = open(this.directory, "units", "code,name,domain,town_code,credit_code")) {
				for (int u = 0; u < units; u++) {
					String domain = DOMAINS.get(weighted(DOMAIN_WEIGHTS, 100));
					String town = (this.random.nextInt(3) < 2) ? this.townCodes.get(this.random.nextInt(this.townCodes.size())) : "";
					String enterprise = domain.equals("ENTERPRISE")
							? this.creditCodes.get((int) ((long) u * 7919 % this.creditCodes.size())) : "";
					csv.write("U%06d,%s%s,%s,%s,%s\n".formatted(u, name(this.random, 2), unitSuffix(domain), domain, town,
							enterprise));
				}
			}
		}

		/**
		 * Members in id order. Member m names representative r when it is the first member with
		 * {@code r = m * representatives / members}: every representative exactly once, spread evenly. A
		 * representative's record is theirs (name, category, town) in the district's tier, as in the demo; the others
		 * fall in a tier by weight (1 % district, 34 % town, 65 % village), a village member in a village of their
		 * town; 45 % of district and town members in a unit; 6 % have left.
		 */
		private int writeMembers(int members, int units) throws IOException {
			int towns = this.townCodes.size();
			long reps = this.representatives.size();
			var row = new StringBuilder(256);
			try (var csv = open(this.directory, "members", "id,name,gender,birth_year,ethnicity,category,tier,town_code,"
					+ "village_code,unit_code,representative_id,joined_on,left_on,phone,workplace")) {
				for (int m = 0; m < members; m++) {
					long r = m * reps / members;
					boolean representative = (m == 0) || r != (m - 1) * reps / members;
					long joined = FIRST_JOINED + this.random.nextInt((int) (LAST_JOINED - FIRST_JOINED + 1));
					row.setLength(0);
					row.append('M').append(padded(m, 8)).append(',');
					if (representative) {
						int rep = (int) r;
						int category = this.representatives.categories[rep];
						row.append(this.representatives.names[rep]).append(',').append((rep % 2 == 0) ? "MALE" : "FEMALE")
							.append(',').append(this.representatives.birthYears[rep]).append(',')
							.append(ethnicity(category)).append(',').append(CATEGORIES.get(category)).append(",DISTRICT,")
							.append(this.townCodes.get(this.representatives.towns[rep])).append(",,,R")
							.append(padded(rep, 7)).append(',').append(LocalDate.ofEpochDay(joined)).append(",,138")
							.append(padded(rep, 8)).append(",\n");
					}
					else {
						boolean male = this.random.nextInt(100) < 60;
						int category = weighted(CATEGORY_WEIGHTS, 10_000);
						int tierDraw = this.random.nextInt(100);
						String tier = (tierDraw < 1) ? "DISTRICT" : (tierDraw < 35) ? "TOWN" : "VILLAGE";
						int t = this.random.nextInt(towns);
						boolean inTown = !tier.equals("DISTRICT") || this.random.nextInt(10) < 6;
						String unit = (!tier.equals("VILLAGE") && this.random.nextInt(100) < 45)
								? "U" + padded(this.random.nextInt(units), 6) : "";
						row.append(name(this.random, 3)).append(',').append(male ? "MALE" : "FEMALE").append(',');
						if (this.random.nextInt(10) < 8) {
							row.append(1945 + this.random.nextInt(48));
						}
						row.append(',').append(ethnicity(category)).append(',').append(CATEGORIES.get(category)).append(',')
							.append(tier).append(',').append(inTown ? this.townCodes.get(t) : "").append(',');
						if (tier.equals("VILLAGE")) {
							row.append(this.townCodes.get(t)).append(padded(1 + this.random.nextInt(12 + t % 2), 3));
						}
						row.append(',').append(unit).append(",,").append(LocalDate.ofEpochDay(joined)).append(',');
						if (this.random.nextInt(100) < 6) {
							row.append(LocalDate.ofEpochDay(joined + 30 + this.random.nextInt((int) (LAST_LEFT - joined - 29))));
						}
						row.append(',');
						if (this.random.nextInt(100) < 85) {
							row.append("139").append(padded(m, 8));
						}
						row.append(',');
						if (this.random.nextInt(10) < 4) {
							row.append(name(this.random, 2)).append((category == 5) ? "有限公司" : "事务所");
						}
						row.append('\n');
					}
					csv.append(row);
				}
			}
			return members;
		}

		/**
		 * A commissioner in every town and a liaison in every village (12 or 13 a town, as {@link #writeAll} writes
		 * them), each in post from a day in 2019 to 2025 on; a tenth of the towns and 3 % of the villages with a
		 * predecessor, and 1 % of the liaisons gone on a day in 2026.
		 */
		private int writeStaff() throws IOException {
			int staff = 0;
			long first = LocalDate.of(2015, 1, 1).toEpochDay();
			try (var csv = open(this.directory, "staff", "id,name,post,town_code,village_code,site_id,full_time,since,until,phone")) {
				for (int t = 0; t < this.townCodes.size(); t++) {
					String town = this.townCodes.get(t);
					long since = day(LocalDate.of(2020, 1, 1), LocalDate.of(2024, 6, 30));
					if (this.random.nextInt(10) == 0) {
						staff = staff(csv, staff, "TOWN_COMMISSIONER", town, "", first + this.random.nextInt((int) (since - 730 - first)),
								LocalDate.ofEpochDay(since - 1).toString(), 30);
					}
					staff = staff(csv, staff, "TOWN_COMMISSIONER", town, "", since, "", 30);
					for (int v = 1; v <= 12 + t % 2; v++) {
						String village = town + padded(v, 3);
						since = day(LocalDate.of(2019, 1, 1), LocalDate.of(2025, 6, 30));
						if (this.random.nextInt(100) < 3) {
							staff = staff(csv, staff, "VILLAGE_LIAISON", town, village,
									first + this.random.nextInt((int) (since - 365 - first)), LocalDate.ofEpochDay(since - 1).toString(), 5);
						}
						String until = (this.random.nextInt(100) == 0)
								? LocalDate.ofEpochDay(day(LocalDate.of(2026, 1, 15), LocalDate.of(2026, 10, 31))).toString() : "";
						staff = staff(csv, staff, "VILLAGE_LIAISON", town, village, since, until, 5);
					}
				}
			}
			return staff;
		}

		private int staff(BufferedWriter csv, int s, String post, String town, String village, long since, String until,
				int fullTimePercent) throws IOException {
			csv.write("S%08d,%s,%s,%s,%s,,%s,%s,%s,137%08d\n".formatted(s, name(this.random, 3), post, town, village,
					this.random.nextInt(100) < fullTimePercent, LocalDate.ofEpochDay(since), until, s));
			return s + 1;
		}

		private long day(LocalDate from, LocalDate to) {
			return from.toEpochDay() + this.random.nextInt((int) (to.toEpochDay() - from.toEpochDay() + 1));
		}

		private int weighted(int[] weights, int total) {
			int draw = this.random.nextInt(total);
			for (int i = 0; i < weights.length; i++) {
				draw -= weights[i];
				if (draw < 0) {
					return i;
				}
			}
			throw new IllegalStateException("weights do not add up to " + total);
		}

		private String ethnicity(int category) {
			if (category == 3) { // ETHNIC_MINORITY
				return MINORITIES.get(this.random.nextInt(MINORITIES.size()));
			}
			int draw = this.random.nextInt(100);
			return (draw < 10) ? "" : (draw < 13) ? "回族" : "汉族";
		}

		private static String unitSuffix(String domain) {
			switch (domain) {
				case "DEPARTMENT":
					return "局";
				case "PARK":
					return "园区管委会";
				case "ENTERPRISE":
					return "集团";
				case "SCHOOL":
					return "中学";
				case "HOSPITAL":
					return "医院";
				default:
					return "协会";
			}
		}

		private static String padded(long number, int digits) {
			String text = Long.toString(number);
			return "0".repeat(Math.max(0, digits - text.length())) + text;
		}

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
