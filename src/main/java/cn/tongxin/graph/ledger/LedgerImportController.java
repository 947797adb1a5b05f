package cn.tongxin.graph.ledger;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/import/{kind}} with a CSV ledger as the body; {@code ?dryRun=true} checks without writing.
 * The body must be declared as CSV (or plain text or bytes): a form-encoded body would be parsed away as form
 * fields before it could be read, so such a request gets 415 rather than a misleading report.
 */
@RestController
class LedgerImportController {

	private final LedgerImport ledgerImport;

	LedgerImportController(LedgerImport ledgerImport) {
		this.ledgerImport = ledgerImport;
	}

	@PostMapping(path = "/api/import/{kind}", consumes = { "text/csv", "text/plain", "application/csv",
			"application/vnd.ms-excel", "application/octet-stream" })
	ImportReport importLedger(@PathVariable String kind, @RequestParam(defaultValue = "false") boolean dryRun,
			@RequestBody(required = false) byte[] content) {
		return this.ledgerImport.importFile(kind, (content != null) ? content : new byte[0], dryRun);
	}

}
