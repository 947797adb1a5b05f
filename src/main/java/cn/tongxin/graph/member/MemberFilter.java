package cn.tongxin.graph.member;

import java.time.LocalDate;

import cn.tongxin.graph.people.Category;

/**
 * Which members a page lists: by category, tier, town, village and unit (those in force on {@code asOf}, read back
 * from the history, or today's without it), whether they are linked to a representative, in the ledger on
 * {@code asOf} (joined by then and not yet left), and by name (two characters or more through the full-text index,
 * or the start of the name).
 */
public record MemberFilter(Category category, MemberTier tier, String townCode, String villageCode, String unitCode,
		Boolean representative, LocalDate asOf, String name) {

	static final MemberFilter NONE = new MemberFilter(null, null, null, null, null, null, null, null);

}
