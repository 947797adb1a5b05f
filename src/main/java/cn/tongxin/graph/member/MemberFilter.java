package cn.tongxin.graph.member;

import java.time.LocalDate;

import cn.tongxin.graph.people.Category;

/**
 * Which members a page lists: by their values today, whether they are linked to a representative, in the ledger on
 * {@code asOf} (joined by then and not yet left), and by name (two characters or more through the full-text index,
 * or the start of the name).
 */
public record MemberFilter(Category category, MemberTier tier, String townCode, String villageCode, String unitCode,
		Boolean representative, LocalDate asOf, String name) {

	static final MemberFilter NONE = new MemberFilter(null, null, null, null, null, null, null, null);

}
