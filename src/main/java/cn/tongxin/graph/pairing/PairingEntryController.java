package cn.tongxin.graph.pairing;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.tongxin.graph.ledger.LedgerEntries;
import cn.tongxin.graph.system.Problem;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * Pairings and projects entered one at a time ({@link LedgerEntries}, one-row imports of their ledgers, with the
 * arguments given typed): the planner's lifecycle of a village's pairing. A pairing is never overwritten, so that coverage on any past day reads as it was: a pair that was
 * ever paired is not paired again, and an ended pairing is not ended a second time.
 */
@Controller
class PairingEntryController {

	private final LedgerEntries entries;

	private final Pairings pairings;

	PairingEntryController(LedgerEntries entries, Pairings pairings) {
		this.entries = entries;
		this.pairings = pairings;
	}

	record PairingPayload(Pairing pairing, List<Problem> problems) {
	}

	record CreateProjectInput(String id, String name, String villageCode, String creditCode, ProjectStatus status,
			LocalDate started, Double investmentWan) {
	}

	record ProjectPayload(Project project, List<Problem> problems) {
	}

	/** The mutations' argument names for the ledgers' reference columns. */
	private static final Map<String, String> REFERENCE_ARGUMENTS = Map.of("enterprise_credit_code", "creditCode",
			"village_code", "villageCode");

	@MutationMapping
	@PreAuthorize("hasRole('EDITOR')")
	PairingPayload pairVillage(@Argument String villageCode, @Argument String creditCode, @Argument LocalDate since) {
		Pairing existing = this.pairings.between(villageCode, creditCode).orElse(null);
		if (existing != null) {
			String when = (existing.until() != null) ? "自 " + existing.since() + " 至 " + existing.until()
					: "自 " + existing.since() + " 起";
			return new PairingPayload(null, List.of(new Problem("creditCode",
					"企业 " + creditCode + " 与村（社区）" + villageCode + " 已有结对（" + when + "），历史记录不能覆盖")));
		}
		return pairingEntry(villageCode, creditCode, since, null, "pairVillage");
	}

	@MutationMapping
	@PreAuthorize("hasRole('EDITOR')")
	PairingPayload endPairing(@Argument String villageCode, @Argument String creditCode, @Argument LocalDate until) {
		Pairing existing = this.pairings.between(villageCode, creditCode).orElse(null);
		if (existing == null) {
			return new PairingPayload(null, List.of(new Problem("creditCode",
					"企业 " + creditCode + " 与村（社区）" + villageCode + " 没有结对，或不在您负责的镇")));
		}
		if (existing.until() != null) {
			return new PairingPayload(null, List.of(new Problem("until",
					"这对结对已于 " + existing.until() + " 结束，历史记录不能覆盖")));
		}
		return pairingEntry(villageCode, creditCode, existing.since(), until, "endPairing");
	}

	@MutationMapping
	@PreAuthorize("hasRole('EDITOR')")
	ProjectPayload createProject(@Argument CreateProjectInput input) {
		if (this.pairings.project(input.id()).isPresent()) {
			return new ProjectPayload(null, List.of(new Problem("id", "id " + input.id() + "：已有这个编号的项目")));
		}
		return projectEntry(new Project(input.id(), input.name(), input.creditCode(), input.villageCode(),
				(input.status() != null) ? input.status() : ProjectStatus.PLANNED, input.started(), input.investmentWan()),
				"createProject");
	}

	@MutationMapping
	@PreAuthorize("hasRole('EDITOR')")
	ProjectPayload updateProjectStatus(@Argument String id, @Argument ProjectStatus status) {
		Project project = this.pairings.project(id).orElse(null);
		if (project == null) {
			return new ProjectPayload(null, List.of(new Problem("id", "id " + id + "：没有这个项目，或它不在您负责的镇")));
		}
		return projectEntry(new Project(project.id(), project.name(), project.enterpriseCreditCode(),
				project.villageCode(), status, project.started(), project.investmentWan()), "updateProjectStatus");
	}

	private PairingPayload pairingEntry(String villageCode, String creditCode, LocalDate since, LocalDate until,
			String operation) {
		var values = new HashMap<String, Object>();
		values.put("enterprise_credit_code", creditCode);
		values.put("village_code", villageCode);
		values.put("since", since);
		values.put("until", until);
		List<Problem> problems = this.entries.enter(PairingLedgers.PAIRINGS, values, operation, REFERENCE_ARGUMENTS);
		if (!problems.isEmpty()) {
			return new PairingPayload(null, problems);
		}
		return new PairingPayload(this.pairings.between(villageCode, creditCode).orElseThrow(), List.of());
	}

	/** The project as a projects row: every column, so that what is not changing is written as it was. */
	private ProjectPayload projectEntry(Project project, String operation) {
		var values = new HashMap<String, Object>();
		values.put("id", project.id());
		values.put("name", project.name());
		values.put("enterprise_credit_code", project.enterpriseCreditCode());
		values.put("village_code", project.villageCode());
		values.put("status", project.status());
		values.put("started", project.started());
		values.put("investment_wan", project.investmentWan());
		List<Problem> problems = this.entries.enter(PairingLedgers.PROJECTS, values, operation, REFERENCE_ARGUMENTS);
		if (!problems.isEmpty()) {
			return new ProjectPayload(null, problems);
		}
		return new ProjectPayload(this.pairings.project(project.id()).orElseThrow(), List.of());
	}

}
