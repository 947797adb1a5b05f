package cn.tongxin.graph.ledger;

import java.util.List;

import cn.tongxin.graph.audit.AuditTrail;
import cn.tongxin.graph.ledger.LedgerArchive.ArchiveReport;
import cn.tongxin.graph.ledger.Uploads.Upload;
import cn.tongxin.graph.system.Today;
import cn.tongxin.graph.system.TownScope;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * {@code GET /api/export/all}: the whole graph as a zip of ledger files (administrators with the PII permission);
 * {@code POST /api/import/all}: such a zip back (administrators), up to {@code tongxin.ledger.max-upload-size}.
 * The zip is written as it is read from the graph, and each export is in the audit trail.
 */
@RestController
class LedgerArchiveController {

	private final LedgerArchive archive;

	private final AuditTrail audit;

	private final Uploads uploads;

	private final Today today;

	private final TownScope scope;

	LedgerArchiveController(LedgerArchive archive, AuditTrail audit, Uploads uploads, Today today, TownScope scope) {
		this.archive = archive;
		this.scope = scope;
		this.audit = audit;
		this.uploads = uploads;
		this.today = today;
	}

	@GetMapping("/api/export/all")
	ResponseEntity<StreamingResponseBody> exportAll() {
		// Taken now: the zip is written on another thread, where nobody is signed in.
		List<String> userTowns = this.scope.userTowns();
		// Recorded when the download starts, by whom it is, whether or not the client reads it to the end.
		this.audit.recordExport("all", List.of());
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/zip"))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"tongxin-graph-" + this.today.date() + ".zip\"")
			.body(out -> this.archive.export(userTowns, out));
	}

	@PostMapping(path = "/api/import/all", consumes = { "application/zip", "application/octet-stream",
			"application/x-zip-compressed" })
	ArchiveReport importAll(@RequestParam(defaultValue = "false") boolean dryRun, HttpServletRequest request) {
		try (Upload upload = this.uploads.receive(request)) {
			return this.archive.importAll(upload.file(), dryRun);
		}
	}

}
