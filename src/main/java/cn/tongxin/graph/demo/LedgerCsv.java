package cn.tongxin.graph.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.tongxin.graph.demo.District.Contact;
import cn.tongxin.graph.demo.District.Enterprise;
import cn.tongxin.graph.demo.District.Friendship;
import cn.tongxin.graph.demo.DemoDistrict.LedgerFile;
import cn.tongxin.graph.demo.District.Leader;
import cn.tongxin.graph.demo.District.Member;
import cn.tongxin.graph.demo.District.Pairing;
import cn.tongxin.graph.demo.District.Project;
import cn.tongxin.graph.demo.District.Representative;
import cn.tongxin.graph.demo.District.Staff;
import cn.tongxin.graph.demo.District.Town;
import cn.tongxin.graph.demo.District.Unit;
import cn.tongxin.graph.demo.District.Village;
import cn.tongxin.graph.people.LeaderLevel;
import cn.tongxin.graph.people.LeaderRole;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a drawn district as the ledgers a clerk would import, with the import's column names; it draws
 * nothing, so the order of the files cannot change the data.
 */
final class LedgerCsv {

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

	/** The level each role's leaders hold office at. */
	private static final Map<LeaderRole, LeaderLevel> LEVELS = new EnumMap<>(Map.of(LeaderRole.STANDING_COMMITTEE,
			LeaderLevel.DISTRICT, LeaderRole.PARTY_GROUP, LeaderLevel.DISTRICT, LeaderRole.PARTY_COMMITTEE,
			LeaderLevel.TOWN, LeaderRole.BRANCH_COMMITTEE, LeaderLevel.VILLAGE));

	private LedgerCsv() {
	}

	/** Kind → CSV text, in the order a full load uses: what is referred to before what refers to it. */
	static LinkedHashMap<String, String> coreFiles(District district) {
		LinkedHashMap<String, String> files = new LinkedHashMap<>();
		files.put("towns", towns(district));
		files.put("villages", villages(district));
		files.put("enterprises", enterprises(district));
		files.put("leaders", leaders(district));
		files.put("representatives", representatives(district));
		files.put("friendships", friendships(district));
		files.put("contacts", contacts(district));
		files.put("pairings", pairings(district));
		files.put("projects", projects(district));
		return files;
	}

	/** The wider ledger's files, after the core's: the members come twice, as they joined and as adjusted. */
	static List<LedgerFile> widerFiles(District district) {
		return List.of(new LedgerFile("units", "units", units(district)),
				new LedgerFile("members", "members", members(district.members())),
				new LedgerFile("members", "member-adjustments", members(district.memberAdjustments())),
				new LedgerFile("staff", "staff", staff(district)));
	}

	/**
	 * The files of the work the report counts, after the wider ledger's: sites, their activities, the duty lists,
	 * their checks, the enterprises' problems and the meetings.
	 */
	static List<LedgerFile> workFiles(District district) {
		District.Work work = district.work();
		return List.of(new LedgerFile("sites", "sites", sites(work)),
				new LedgerFile("site_activities", "site_activities", siteActivities(work)),
				new LedgerFile("duties", "duties", duties(work)),
				new LedgerFile("duty_checks", "duty_checks", dutyChecks(work)),
				new LedgerFile("problems", "problems", problems(work)),
				new LedgerFile("meetings", "meetings", meetings(work)));
	}

	private static String sites(District.Work work) {
		Csv csv = new Csv("id", "name", "kind", "level", "domain", "town_code", "village_code", "credit_code",
				"unit_code", "established_on", "standards", "rules", "latitude", "longitude");
		for (District.Site site : work.sites()) {
			csv.row(site.id(), site.name(), site.kind(), site.level(), site.domain(),
					(site.town() != null) ? site.town().code() : "", (site.village() != null) ? site.village().code() : "",
					(site.enterprise() != null) ? site.enterprise().creditCode() : "",
					(site.unit() != null) ? site.unit().code() : "", text(site.establishedOn()),
					String.join("|", site.standards()), String.valueOf(site.rules()), coordinate(site.latitude()),
					coordinate(site.longitude()));
		}
		return csv.toString();
	}

	private static String siteActivities(District.Work work) {
		Csv csv = new Csv("site_id", "date", "title", "participants", "member_ids");
		for (District.SiteActivity activity : work.siteActivities()) {
			csv.row(activity.site().id(), text(activity.date()), activity.title(),
					String.valueOf(activity.participants()),
					String.join("|", activity.members().stream().map(Member::id).toList()));
		}
		return csv.toString();
	}

	private static String duties(District.Work work) {
		Csv csv = new Csv("id", "holder_code", "kind", "title", "year", "due_on", "weight");
		for (District.Duty duty : work.duties()) {
			csv.row(duty.id(), duty.holderCode(), duty.kind(), duty.title(), String.valueOf(duty.year()),
					text(duty.dueOn()), text(duty.weight()));
		}
		return csv.toString();
	}

	private static String dutyChecks(District.Work work) {
		Csv csv = new Csv("duty_id", "checked_on", "result", "score", "action", "note");
		for (District.DutyCheck check : work.dutyChecks()) {
			csv.row(check.duty().id(), text(check.checkedOn()), check.result(), String.valueOf(check.score()),
					check.action(), check.note());
		}
		return csv.toString();
	}

	private static String problems(District.Work work) {
		Csv csv = new Csv("id", "credit_code", "raised_on", "category", "title", "lead_code", "assigned_on", "due_on",
				"resolved_on", "satisfaction", "note");
		for (District.Problem problem : work.problems()) {
			csv.row(problem.id(), problem.enterprise().creditCode(), text(problem.raisedOn()), problem.category(),
					problem.title(), text(problem.leadCode()), text(problem.assignedOn()), text(problem.dueOn()),
					text(problem.resolvedOn()), text(problem.satisfaction()), problem.note());
		}
		return csv.toString();
	}

	private static String meetings(District.Work work) {
		Csv csv = new Csv("date", "body", "topic");
		for (District.Meeting meeting : work.meetings()) {
			csv.row(text(meeting.date()), meeting.body(), meeting.topic());
		}
		return csv.toString();
	}

	private static String units(District district) {
		Csv csv = new Csv("code", "name", "domain", "town_code", "credit_code");
		for (Unit unit : district.units()) {
			csv.row(unit.code(), unit.name(), unit.domain().name(), (unit.town() != null) ? unit.town().code() : "",
					(unit.enterprise() != null) ? unit.enterprise().creditCode() : "");
		}
		return csv.toString();
	}

	private static String members(List<Member> members) {
		Csv csv = new Csv("id", "name", "gender", "birth_year", "ethnicity", "category", "tier", "town_code",
				"village_code", "unit_code", "representative_id", "joined_on", "left_on", "changed_on", "phone",
				"workplace");
		for (Member member : members) {
			csv.row(member.id(), member.name(), member.gender(), Integer.toString(member.birthYear()),
					member.ethnicity(), member.category().name(), member.tier().name(),
					(member.town() != null) ? member.town().code() : "",
					(member.village() != null) ? member.village().code() : "",
					(member.unit() != null) ? member.unit().code() : "",
					(member.representative() != null) ? member.representative().id() : "", text(member.joinedOn()),
					text(member.leftOn()), text(member.changedOn()), text(member.phone()), text(member.workplace()));
		}
		return csv.toString();
	}

	private static String staff(District district) {
		Csv csv = new Csv("id", "name", "post", "town_code", "village_code", "site_id", "full_time", "since", "until",
				"phone");
		for (Staff staff : district.staff()) {
			csv.row(staff.id(), staff.name(), staff.post().name(), staff.town().code(),
					(staff.village() != null) ? staff.village().code() : "", "", Boolean.toString(staff.fullTime()),
					text(staff.since()), text(staff.until()), staff.phone());
		}
		return csv.toString();
	}

	private static String towns(District district) {
		Csv csv = new Csv("code", "name");
		for (Town town : district.towns()) {
			csv.row(town.code(), town.name());
		}
		return csv.toString();
	}

	private static String villages(District district) {
		Csv csv = new Csv("code", "name", "town_code", "kind", "households", "latitude", "longitude",
				"established_on");
		for (Village village : district.villages()) {
			csv.row(village.code(), village.name(), village.town().code(),
					village.isCommunity() ? "COMMUNITY" : "VILLAGE", Integer.toString(village.households()),
					coordinate(village.latitude()), coordinate(village.longitude()),
					text(district.established().get(village)));
		}
		return csv.toString();
	}

	private static String enterprises(District district) {
		Csv csv = new Csv("credit_code", "name", "town_code", "industry", "ownership", "employees", "latitude",
				"longitude");
		for (Enterprise enterprise : district.enterprises()) {
			csv.row(enterprise.creditCode(), enterprise.name(), enterprise.town().code(),
					enterprise.industry().name(), enterprise.ownership().name(), text(enterprise.employees()),
					coordinate(enterprise.latitude()), coordinate(enterprise.longitude()));
		}
		return csv.toString();
	}

	private static String leaders(District district) {
		Csv csv = new Csv("id", "name", "gender", "role", "level", "town_code");
		for (Leader leader : district.leaders()) {
			csv.row(leader.id(), leader.name(), leader.gender(), leader.role().name(),
					LEVELS.get(leader.role()).name(), (leader.town() != null) ? leader.town().code() : "");
		}
		return csv.toString();
	}

	private static String representatives(District district) {
		Csv csv = new Csv("id", "name", "gender", "birth_year", "ethnicity", "category", "level",
				"enterprise_credit_code", "town_code", "phone");
		for (Representative representative : district.representatives()) {
			csv.row(representative.id(), representative.name(), representative.gender(),
					Integer.toString(representative.birthYear()), representative.ethnicity(),
					representative.category().name(), representative.level(),
					(representative.enterprise() != null) ? representative.enterprise().creditCode() : "",
					(representative.town() != null) ? representative.town().code() : "", representative.phone());
		}
		return csv.toString();
	}

	private static String friendships(District district) {
		Csv csv = new Csv("leader_id", "representative_id", "since", "last_contact");
		for (Friendship friendship : district.friendships()) {
			csv.row(friendship.leader().id(), friendship.representative().id(), text(friendship.since()),
					text(friendship.lastContact()));
		}
		return csv.toString();
	}

	private static String contacts(District district) {
		Csv csv = new Csv("leader_id", "representative_id", "date", "kind", "note");
		for (Contact contact : district.contacts()) {
			csv.row(contact.friendship().leader().id(), contact.friendship().representative().id(),
					text(contact.date()), contact.kind(), contact.note());
		}
		return csv.toString();
	}

	private static String pairings(District district) {
		Csv csv = new Csv("enterprise_credit_code", "village_code", "since", "until");
		for (Pairing pairing : district.pairings()) {
			csv.row(pairing.enterprise().creditCode(), pairing.village().code(), text(pairing.since()),
					text(pairing.until()));
		}
		return csv.toString();
	}

	private static String projects(District district) {
		Csv csv = new Csv("id", "name", "enterprise_credit_code", "village_code", "status", "started",
				"investment_wan");
		for (Project project : district.projects()) {
			csv.row(project.id(), project.name(), project.pairing().enterprise().creditCode(),
					project.pairing().village().code(), project.status(), text(project.started()),
					(project.investmentWan() != null) ? project.investmentWan() : "");
		}
		return csv.toString();
	}

	/** Five decimals, about a metre: enough for a map, and the same text on every machine. */
	private static String coordinate(Double degrees) {
		return (degrees != null) ? String.format(Locale.ROOT, "%.5f", degrees) : "";
	}

	/** An empty cell for a missing value, as the import reads it. */
	private static String text(Object value) {
		return (value != null) ? value.toString() : "";
	}

	/** One file's CSV text with {@code \n} line ends, as the import reads it; commons-csv quotes only where it must. */
	private static final class Csv {

		private final StringBuilder text = new StringBuilder();

		private final CSVPrinter printer;

		Csv(String... header) {
			try {
				this.printer = new CSVPrinter(this.text, FORMAT);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			row(header);
		}

		void row(String... cells) {
			try {
				this.printer.printRecord((Object[]) cells);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		@Override
		public String toString() {
			return this.text.toString();
		}

	}

}
