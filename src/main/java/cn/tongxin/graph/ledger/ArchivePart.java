package cn.tongxin.graph.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

/**
 * A feature's data that the backup must carry but that is no ledger (the towns' boundaries, say): one entry of the
 * zip, written after the ledgers and restored after them, so that the records it hangs on are there.
 */
public interface ArchivePart {

	/** The entry's name in the zip, such as {@code boundaries.geojson}. */
	String entry();

	/**
	 * Writes the entry for a user of {@code userTowns} ({@code null}: the whole district), inside the export's one
	 * read-only transaction; {@code out} must be left open.
	 */
	void export(List<String> userTowns, OutputStream out) throws IOException;

	/** Restores the entry (checks it only, on a dry run), by the same rules as its own upload. */
	ImportReport restore(InputStream content, boolean dryRun);

}
