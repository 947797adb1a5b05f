package cn.tongxin.graph.ledger;

import java.util.List;

/**
 * What an import did (or, on a dry run, would do): records created, updated and found unchanged, and every
 * rejected row with its line and the reason.
 */
public record ImportReport(String kind, boolean dryRun, int created, int updated, int unchanged,
		List<RejectedRow> rejected) {

	public record RejectedRow(int line, String message) {
	}

}
