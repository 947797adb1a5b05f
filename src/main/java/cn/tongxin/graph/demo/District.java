package cn.tongxin.graph.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.tongxin.graph.enterprise.Ownership;
import cn.tongxin.graph.member.MemberTier;
import cn.tongxin.graph.people.Category;
import cn.tongxin.graph.people.LeaderRole;
import cn.tongxin.graph.staff.StaffPost;
import cn.tongxin.graph.unit.UnitDomain;

/**
 * The demo district as drawn, one list per ledger in the order its rows are written; the records are the rows
 * before they become CSV. Records of places and people are compared by identity where the generators ask
 * "the same town?", since every one is drawn once.
 */
record District(List<Town> towns, List<Village> villages, List<Enterprise> enterprises, List<Leader> leaders,
		List<Representative> representatives, List<Friendship> friendships, List<Contact> contacts,
		List<Pairing> pairings, List<Project> projects, Map<Village, LocalDate> established, List<Unit> units,
		List<Member> members, List<Member> memberAdjustments, List<Staff> staff, Work work) {

	/** The district's administrative division code (区划代码): the first six digits of every local code. */
	static final String DIVISION = "610322";

	/** The ledgers are up to date to this day: no contact, no project start after it. */
	static final LocalDate LEDGER_DATE = LocalDate.of(2026, 10, 31);

	/**
	 * The day of the district's annual report: on it every village then established is paired, every town has its
	 * commissioner and every village its liaison, and the member ledger counts {@link MemberGenerator#MEMBERS}.
	 */
	static final LocalDate REPORT_DATE = LocalDate.of(2025, 12, 31);

	/** The first towns make up the district seat: more communities, more enterprises. */
	static final int URBAN_TOWNS = 2;

	record Town(int index, String code, String name, double latitude, double longitude) {

		boolean isUrban() {
			return this.index < URBAN_TOWNS;
		}

	}

	record Village(String code, String name, Town town, boolean isCommunity, int households, double latitude,
			double longitude) {
	}

	/** Employees and location may be missing, as in real ledgers. */
	record Enterprise(String creditCode, String name, Town town, Industry industry, Ownership ownership,
			Integer employees, Double latitude, Double longitude) {
	}

	/** A district leader has no town. */
	record Leader(String id, String name, String gender, LeaderRole role, Town town) {
	}

	record Representative(String id, String name, String gender, int birthYear, String ethnicity,
			Category category, String level, Enterprise enterprise, Town town, String phone) {
	}

	record Friendship(Leader leader, Representative representative, LocalDate since, LocalDate lastContact) {
	}

	record Contact(Friendship friendship, LocalDate date, String kind, String note) {
	}

	record Pairing(Enterprise enterprise, Village village, LocalDate since, LocalDate until) {

		boolean hasEnded() {
			return this.until != null && this.until.isBefore(LEDGER_DATE);
		}

	}

	record Project(String id, String name, Pairing pairing, String status, LocalDate started,
			String investmentWan) {
	}

	/** A member unit (成员单位); a unit of the enterprise domain is one of the district's enterprises. */
	record Unit(String code, String name, UnitDomain domain, Town town, Enterprise enterprise) {
	}

	/**
	 * A row of the members ledger: a member as they joined, or, in the adjustments, as they are from
	 * {@code changedOn}.
	 */
	record Member(String id, String name, String gender, int birthYear, String ethnicity, Category category,
			MemberTier tier, Town town, Village village, Unit unit, Representative representative,
			LocalDate joinedOn, LocalDate leftOn, LocalDate changedOn, String phone, String workplace) {
	}

	record Staff(String id, String name, StaffPost post, Town town, Village village, boolean fullTime,
			LocalDate since, LocalDate until, String phone) {
	}

	/** What the report counts of the work itself: {@link WorkGenerator}. */
	record Work(List<Site> sites, List<SiteActivity> siteActivities, List<Duty> duties, List<DutyCheck> dutyChecks,
			List<Problem> problems, List<Meeting> meetings) {
	}

	/** A site (阵地); standards: the 六有 it meets. Kind, level and domain as the import names them. */
	record Site(String id, String name, String kind, String level, String domain, Town town, Village village,
			Enterprise enterprise, Unit unit, LocalDate establishedOn, List<String> standards, int rules,
			Double latitude, Double longitude) {
	}

	record SiteActivity(Site site, LocalDate date, String title, int participants, List<Member> members) {
	}

	/** An item of a town's or unit's duty list; a weight left empty is the ledger's default. */
	record Duty(String id, String holderCode, String kind, String title, int year, LocalDate dueOn, Integer weight) {

		static final int DEFAULT_WEIGHT = 10;

		int weightOrDefault() {
			return (this.weight != null) ? this.weight : DEFAULT_WEIGHT;
		}

	}

	record DutyCheck(Duty duty, LocalDate checkedOn, String result, int score, String action, String note) {
	}

	/** A problem of a private enterprise; its state follows from its dates. */
	record Problem(String id, Enterprise enterprise, LocalDate raisedOn, String category, String title,
			String leadCode, LocalDate assignedOn, LocalDate dueOn, LocalDate resolvedOn, Integer satisfaction,
			String note) {
	}

	record Meeting(LocalDate date, String body, String topic) {
	}

}
