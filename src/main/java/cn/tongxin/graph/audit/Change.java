package cn.tongxin.graph.audit;

/**
 * One property of one record as a change left it. {@code before} is null for a new record, and both are
 * {@link #WITHHELD} for personal data.
 */
public record Change(String key, String property, String before, String after) {

	/** Stands for a personal value, which the trail records as changed but never writes down. */
	public static final String WITHHELD = "***";

}
