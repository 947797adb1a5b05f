package cn.tongxin.graph.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import cn.tongxin.graph.enterprise.CreditCode;
import cn.tongxin.graph.ledger.ImportReport;
import cn.tongxin.graph.ledger.LedgerImport;

import jakarta.annotation.PreDestroy;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Rehearses the import once the service is ready, in the background: a made-up district of about 13,000 rows,
 * imported twice (the second time with every name changed) in one transaction that is rolled back, so that
 * nothing is stored and no audit entry kept. A service that has just started otherwise spends most of a clerk's
 * first import planning the import's statements and compiling its code (see benchmarks/README.md, Import over
 * HTTP). Its keys are none a district can hold: town codes begin with 00, which no division code does. For the
 * few seconds it runs, an import of people waits for it (both take the friendships' revision lock).
 * {@code tongxin.ledger.rehearse-at-start=false} turns it off.
 */
@Component
@ConditionalOnProperty(name = "tongxin.ledger.rehearse-at-start", havingValue = "true", matchIfMissing = true)
public class ImportRehearsal {

	private static final Log logger = LogFactory.getLog(ImportRehearsal.class);

	private static final int TOWNS = 2;

	private static final int VILLAGES = 1_000;

	private static final int ENTERPRISES = 1_000;

	private static final int LEADERS = 500;

	private static final int REPRESENTATIVES = 4_000;

	private static final int FRIENDSHIPS = 2_000;

	private static final int PAIRINGS = 1_000;

	private static final int PROJECTS = 500;

	private static final int UNITS = 100;

	private static final int MEMBERS = 2_000;

	/** Rows of each ledger of the work the report counts (sites, duties, problems, meetings and theirs). */
	private static final int WORK = 20;

	private final LedgerImport ledgerImport;

	private final CompletableFuture<Map<String, ImportReport>> done = new CompletableFuture<>();

	private volatile boolean stopping;

	ImportRehearsal(LedgerImport ledgerImport) {
		this.ledgerImport = ledgerImport;
	}

	@EventListener(ApplicationReadyEvent.class)
	void rehearseInTheBackground() {
		var thread = new Thread(this::rehearse, "import-rehearsal");
		thread.setDaemon(true);
		thread.setPriority(Thread.MIN_PRIORITY);
		thread.start();
	}

	/** The service is stopping: the rehearsal ends after the file it is at, and is rolled back as ever. */
	@PreDestroy
	void stop() {
		this.stopping = true;
	}

	/** What the rehearsal's second pass reported, once it is over: nothing of it was stored. */
	public CompletableFuture<Map<String, ImportReport>> done() {
		return this.done;
	}

	void rehearse() {
		long start = System.nanoTime();
		try {
			Map<String, ImportReport> reports = this.ledgerImport.rehearse(List.of(files("甲"), files("乙")),
					() -> this.stopping);
			if (!this.stopping) {
				logger.info("Rehearsed the import in %.1f s (nothing stored)".formatted((System.nanoTime() - start) / 1e9));
			}
			this.done.complete(reports);
		}
		catch (RuntimeException ex) {
			// a rehearsal only makes the first import faster: a failed one changes nothing else
			if (!this.stopping) {
				logger.warn("Could not rehearse the import: " + ex.getMessage());
			}
			this.done.completeExceptionally(ex);
		}
	}

	/** The made-up district's ledgers, each name marked with {@code mark}. */
	static Map<String, String> files(String mark) {
		var files = new LinkedHashMap<String, String>();
		var csv = new StringBuilder("code,name\n");
		for (int t = 0; t < TOWNS; t++) {
			csv.append(town(t)).append(",演练镇").append(mark).append(t).append('\n');
		}
		files.put("towns", csv.toString());
		csv = new StringBuilder("code,name,town_code,kind,households,latitude,longitude\n");
		for (int v = 0; v < VILLAGES; v++) {
			csv.append("%s,演练村%s%d,%s,VILLAGE,%d,34.%05d,107.%05d\n".formatted(village(v), mark, v, town(v % TOWNS),
					100 + v, v, v));
		}
		files.put("villages", csv.toString());
		csv = new StringBuilder("credit_code,name,town_code,industry,ownership,employees,latitude,longitude\n");
		for (int e = 0; e < ENTERPRISES; e++) {
			csv.append("%s,演练企业%s%d,%s,FOOD,PRIVATE,%d,34.%05d,107.%05d\n".formatted(enterprise(e), mark, e,
					town(e % TOWNS), 10 + e, e, e));
		}
		files.put("enterprises", csv.toString());
		csv = new StringBuilder("id,name,gender,role,level,town_code\n");
		for (int l = 0; l < LEADERS; l++) {
			csv.append(((l % 2 == 0) ? "%s,演练领导%s%d,MALE,STANDING_COMMITTEE,DISTRICT,%s\n"
					: "%s,演练领导%s%d,FEMALE,BRANCH_COMMITTEE,TOWN,%s\n").formatted(leader(l), mark, l,
							(l % 2 == 0) ? "" : town(l % TOWNS)));
		}
		files.put("leaders", csv.toString());
		csv = new StringBuilder("id,name,gender,birth_year,ethnicity,category,level,enterprise_credit_code,town_code,phone\n");
		for (int r = 0; r < REPRESENTATIVES; r++) {
			csv.append("%s,演练代表%s%d,FEMALE,1970,汉族,INTELLECTUAL,DISTRICT,%s,%s,1380000%04d\n".formatted(
					representative(r), mark, r, (r % 3 == 0) ? enterprise(r % ENTERPRISES) : "", town(r % TOWNS), r));
		}
		files.put("representatives", csv.toString());
		csv = new StringBuilder("leader_id,representative_id,since,last_contact\n");
		for (int f = 0; f < FRIENDSHIPS; f++) {
			csv.append("%s,%s,2024-01-01,2024-03-01\n".formatted(leader(f % LEADERS), representative(f)));
		}
		files.put("friendships", csv.toString());
		csv = new StringBuilder("leader_id,representative_id,date,kind,note\n");
		for (int f = 0; f < FRIENDSHIPS / 4; f++) {
			csv.append("%s,%s,2024-02-01,VISIT,演练%s\n".formatted(leader(f % LEADERS), representative(f), mark));
		}
		files.put("contacts", csv.toString());
		csv = new StringBuilder("enterprise_credit_code,village_code,since\n");
		for (int p = 0; p < PAIRINGS; p++) {
			csv.append("%s,%s,%s\n".formatted(enterprise(p), village(p), "甲".equals(mark) ? "2024-01-01" : "2024-01-02"));
		}
		files.put("pairings", csv.toString());
		csv = new StringBuilder("id,name,enterprise_credit_code,village_code,status,investment_wan\n");
		for (int p = 0; p < PROJECTS; p++) {
			csv.append("%s,演练项目%s%d,%s,%s,PLANNED,%d\n".formatted(project(p), mark, p, enterprise(p), village(p), p));
		}
		files.put("projects", csv.toString());
		csv = new StringBuilder("code,name,domain,town_code\n");
		for (int u = 0; u < UNITS; u++) {
			csv.append("%s,演练单位%s%d,DEPARTMENT,%s\n".formatted(unit(u), mark, u, town(u % TOWNS)));
		}
		files.put("units", csv.toString());
		// the second pass moves every member to another category: their history is written too
		csv = new StringBuilder("id,name,category,tier,town_code,village_code,unit_code,representative_id,joined_on\n");
		for (int m = 0; m < MEMBERS; m++) {
			csv.append("%s,演练成员%s%d,%s,VILLAGE,%s,%s,%s,%s,2020-01-01\n".formatted(member(m), mark, m,
					"甲".equals(mark) ? "INTELLECTUAL" : "NEW_SOCIAL_STRATA", town(m % VILLAGES % TOWNS), village(m % VILLAGES), unit(m % UNITS),
					(m % 4 == 0) ? representative(m) : ""));
		}
		files.put("members", csv.toString());
		csv = new StringBuilder("id,name,post,town_code,village_code,since\n");
		for (int v = 0; v < VILLAGES; v++) {
			csv.append("演练S%05d,演练联络员%s%d,VILLAGE_LIAISON,%s,%s,%s\n".formatted(v, mark, v, town(v % TOWNS), village(v),
					"甲".equals(mark) ? "2024-01-01" : "2024-01-02"));
		}
		files.put("staff", csv.toString());
		csv = new StringBuilder("id,name,kind,level,domain,town_code,village_code,established_on,standards,rules\n");
		for (int w = 0; w < WORK; w++) {
			csv.append("演练Z%04d,演练阵地%s%d,PRACTICE_STATION,VILLAGE,VILLAGE,%s,%s,2020-01-01,PLACE|RULES,3\n".formatted(w,
					mark, w, town(w % TOWNS), village(w)));
		}
		files.put("sites", csv.toString());
		// the keys stay the same in both passes (an activity's title is part of its key): the counts change
		csv = new StringBuilder("site_id,date,title,participants,member_ids\n");
		for (int w = 0; w < WORK; w++) {
			csv.append("演练Z%04d,2024-03-01,演练活动,%d,%s\n".formatted(w, "甲".equals(mark) ? 10 : 11, member(w)));
		}
		files.put("site_activities", csv.toString());
		csv = new StringBuilder("id,holder_code,kind,title,year,due_on,weight\n");
		for (int w = 0; w < WORK; w++) {
			csv.append("演练D%04d,%s,COMMON,演练职责%s%d,2025,,10\n".formatted(w, town(w % TOWNS), mark, w));
		}
		files.put("duties", csv.toString());
		csv = new StringBuilder("duty_id,checked_on,result,score,action,note\n");
		for (int w = 0; w < WORK; w++) {
			csv.append("演练D%04d,2025-06-01,DONE,10,NONE,演练%s\n".formatted(w, mark));
		}
		files.put("duty_checks", csv.toString());
		csv = new StringBuilder("id,credit_code,raised_on,category,title,lead_code,assigned_on,due_on\n");
		for (int w = 0; w < WORK; w++) {
			csv.append("演练W%04d,%s,2025-01-01,POLICY,演练问题%s%d,%s,2025-01-02,2025-02-01\n".formatted(w,
					enterprise(w % ENTERPRISES), mark, w, unit(w % UNITS)));
		}
		files.put("problems", csv.toString());
		csv = new StringBuilder("date,body,topic\n");
		for (int w = 0; w < WORK; w++) {
			csv.append("2025-01-%02d,STANDING_COMMITTEE,演练会议%s%d\n".formatted(w + 1, mark, w));
		}
		files.put("meetings", csv.toString());
		return files;
	}

	private static String town(int t) {
		return "%09d".formatted(t + 1);
	}

	private static String village(int v) {
		return "%09d%03d".formatted(v / 1000 + 1, v % 1000);
	}

	private static String enterprise(int e) {
		String body = "00000000%09d".formatted(e);
		return body + CreditCode.checkCharacter(body);
	}

	private static String leader(int l) {
		return "演练L%05d".formatted(l);
	}

	private static String representative(int r) {
		return "演练R%06d".formatted(r);
	}

	private static String unit(int u) {
		return "YL-%04d".formatted(u);
	}

	private static String member(int m) {
		return "演练M%06d".formatted(m);
	}

	private static String project(int p) {
		return "演练P%05d".formatted(p);
	}

}
