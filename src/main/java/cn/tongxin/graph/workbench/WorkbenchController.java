package cn.tongxin.graph.workbench;

import java.time.LocalDate;
import java.util.List;

import cn.tongxin.graph.access.CurrentUser;
import cn.tongxin.graph.access.Role;
import cn.tongxin.graph.access.UserAccount;
import cn.tongxin.graph.ledger.LedgerImport;
import cn.tongxin.graph.member.Members;
import cn.tongxin.graph.people.Category;
import cn.tongxin.graph.people.LeaderRole;
import cn.tongxin.graph.system.Today;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The workbench's pages. Each is a frame that its script fills from {@code /graphql}; the frame only needs who is
 * signed in (for the header and the editor's controls), the names of a few enums, and the district's today.
 */
@Controller
class WorkbenchController {

	private final Today today;

	/** The ledgers the import takes, in load order, as the features declare them. */
	private final List<LedgerKind> kinds;

	WorkbenchController(Today today, LedgerImport ledgerImport) {
		this.today = today;
		this.kinds = ledgerImport.ledgers().stream().map(sheet -> new LedgerKind(sheet.kind(), sheet.title())).toList();
	}

	@GetMapping("/login")
	String login() {
		return "login";
	}

	@GetMapping("/")
	String home() {
		return "redirect:/explore";
	}

	@GetMapping("/explore")
	String explore() {
		return "explore";
	}

	@GetMapping("/coverage")
	String coverage() {
		return "coverage";
	}

	@GetMapping("/coverage/towns/{code}")
	String town(@PathVariable String code, Model model) {
		model.addAttribute("townCode", code);
		return "town";
	}

	/** The planner's worksheet of a town: the town is chosen on the page, or given as {@code ?town=}. */
	@GetMapping("/planning")
	String planning(@RequestParam(required = false) String town, Model model) {
		model.addAttribute("townCode", town);
		// a pairing made here starts on the district's today, which the browser's clock need not agree with
		model.addAttribute("today", this.today.date());
		return "planning";
	}

	/**
	 * The planner's map (结对地图): the district, or a town ({@code ?town=}), with a village's card open
	 * ({@code &village=}) and the box in sight ({@code &view=west,south,east,north}), so that a link shares it. The
	 * script asks {@code mapView} for the box in sight, and checks the linked one (a bad one is ignored).
	 */
	@GetMapping("/map")
	String map(@RequestParam(required = false) String town, @RequestParam(required = false) String village,
			@RequestParam(required = false) String view, Model model) {
		model.addAttribute("townCode", town);
		model.addAttribute("villageCode", village);
		model.addAttribute("view", view);
		// a pairing made from a card starts on the district's today, as on the planning page
		model.addAttribute("today", this.today.date());
		return "map";
	}

	/**
	 * The member ledger (成员台账): filters, the roster's download, a member's card with their history and, for an
	 * editor, the adjustment form. Its filters may come in the address ({@code ?category=...&townCode=...}), as the
	 * dashboard's links give them.
	 */
	@GetMapping("/members")
	String members(Model model) {
		// an adjustment takes effect on the district's today unless the editor says otherwise
		model.addAttribute("today", this.today.date());
		model.addAttribute("rosterLimit", Members.LARGEST_ROSTER);
		return "members";
	}

	/** The villages without a liaison in post (统战联络员), a town's or the district's: the dashboard's gaps. */
	@GetMapping("/staffing")
	String staffing(@RequestParam(required = false) String town, Model model) {
		model.addAttribute("townCode", town);
		return "staffing";
	}

	/**
	 * The work report (工作报告) of a period and a town, to read, print and download: {@code ?from=&to=&town=} in the
	 * address, so that a link shares it. The period defaults to the last full calendar year before the district's
	 * today; with {@code to} alone it begins on 1 January of {@code to}'s year, as {@code workReport} does. The
	 * figures and the lists behind them ({@code &list=}) are drawn by the page's script.
	 */
	@GetMapping("/report")
	String report(@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to,
			@RequestParam(required = false) String town, Model model) {
		LocalDate last = (to != null) ? to : this.today.date().withDayOfYear(1).minusDays(1);
		model.addAttribute("from", (from != null) ? from : last.withDayOfYear(1));
		model.addAttribute("to", last);
		model.addAttribute("townCode", (town == null || town.isBlank()) ? null : town);
		model.addAttribute("today", this.today.date());
		model.addAttribute("wholeDistrict", CurrentUser.account().map(UserAccount::wholeDistrict).orElse(false));
		return "report";
	}

	@GetMapping("/health")
	String friendshipHealth(Model model) {
		model.addAttribute("roles", LeaderRole.values());
		model.addAttribute("categories", Category.values());
		model.addAttribute("today", this.today.date());
		return "health";
	}

	@GetMapping("/console")
	String console() {
		return "console";
	}

	@GetMapping("/import")
	String ledgerImport(Model model) {
		model.addAttribute("kinds", this.kinds);
		return "import";
	}

	/** The enums' Chinese names, for the pages' scripts (the head fragment puts them in a meta element). */
	@ModelAttribute("labels")
	String labels() {
		return EnumLabels.JSON;
	}

	@ModelAttribute("user")
	SignedIn user() {
		return CurrentUser.account().map(SignedIn::of).orElse(null);
	}

	/**
	 * Who is signed in, for the header, whether they may change ledgers (editors and administrators), and whether
	 * they are an administrator (who alone uploads the towns' boundaries).
	 */
	record SignedIn(String username, String role, boolean editor, boolean administrator) {

		static SignedIn of(UserAccount account) {
			return new SignedIn(account.username(), account.role().label(), account.role() != Role.VIEWER,
					account.role() == Role.ADMIN);
		}

	}

	/** A ledger the import takes, with the name a clerk knows it by. */
	record LedgerKind(String kind, String name) {
	}

}
