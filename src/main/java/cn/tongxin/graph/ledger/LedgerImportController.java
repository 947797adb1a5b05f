package cn.tongxin.graph.ledger;

import cn.tongxin.graph.ledger.Uploads.Upload;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/import/{kind}} with a CSV ledger as the body; {@code ?dryRun=true} checks without writing.
 * The body must be declared as CSV (or plain text or bytes): a form-encoded body would be parsed away as form
 * fields before it could be read, so such a request gets 415 rather than a misleading report. A body over
 * {@code tongxin.ledger.max-upload-size} gets 413; any other is taken as a stream, never whole into memory.
 * {@code ?coordinates=gcj02} says the file's latitudes and longitudes were read off a Chinese web map (高德, 腾讯):
 * they are taken to WGS-84 before the rules run.
 */
@RestController
class LedgerImportController {

	private final LedgerImport ledgerImport;

	private final Uploads uploads;

	LedgerImportController(LedgerImport ledgerImport, Uploads uploads) {
		this.ledgerImport = ledgerImport;
		this.uploads = uploads;
	}

	@PostMapping(path = "/api/import/{kind}", consumes = { "text/csv", "text/plain", "application/csv",
			"application/vnd.ms-excel", "application/octet-stream" })
	ImportReport importLedger(@PathVariable String kind, @RequestParam(defaultValue = "false") boolean dryRun,
			@RequestParam(required = false) String coordinates, HttpServletRequest request) {
		Coordinates datum = Coordinates.parse(coordinates);
		try (Upload upload = this.uploads.receive(request)) {
			return this.ledgerImport.importFile(kind, upload, dryRun, datum);
		}
	}

}
