package cn.tongxin.graph.area;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import cn.tongxin.graph.ledger.ImportReport;
import cn.tongxin.graph.ledger.Uploads;
import cn.tongxin.graph.ledger.Uploads.Upload;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/import/boundaries}: the towns' boundaries as a GeoJSON FeatureCollection (administrators), with
 * {@code ?dryRun=true} to check without storing; {@code DELETE /api/import/boundaries/{townCode}} removes one, so
 * that the town's area is approximate again. Sign-in, CSRF and the upload's size limit are the other imports'.
 */
@RestController
class BoundaryController {

	/**
	 * The largest boundaries file. It is read whole into a JSON tree and then into geometries, several times its
	 * size on the heap while it is checked, and the service is documented to run in 512 MB; a district's twelve
	 * towns are a few megabytes even at survey detail.
	 */
	static final DataSize LARGEST_FILE = DataSize.ofMegabytes(16);

	private final Boundaries boundaries;

	private final Uploads uploads;

	BoundaryController(Boundaries boundaries, Uploads uploads) {
		this.boundaries = boundaries;
		this.uploads = uploads;
	}

	@PostMapping(path = "/api/import/boundaries", consumes = { "application/geo+json", "application/json",
			"text/plain", "application/octet-stream" })
	ImportReport importBoundaries(@RequestParam(defaultValue = "false") boolean dryRun, HttpServletRequest request) {
		try (Upload upload = this.uploads.receive(request, LARGEST_FILE)) {
			try (InputStream content = upload.open()) {
				return this.boundaries.upload(content, dryRun);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@DeleteMapping("/api/import/boundaries/{townCode}")
	BoundaryRemoved removeBoundary(@PathVariable String townCode) {
		return new BoundaryRemoved(townCode, this.boundaries.remove(townCode));
	}

	/** Whether a town's uploaded boundary was removed: false when it had none. */
	record BoundaryRemoved(String townCode, boolean removed) {
	}

}
