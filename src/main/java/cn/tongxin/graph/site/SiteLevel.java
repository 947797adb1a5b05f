package cn.tongxin.graph.site;

/** The level that named the site. */
public enum SiteLevel {

	/** 省级 */
	PROVINCIAL("省级"),

	/** 市级 */
	MUNICIPAL("市级"),

	/** 区级 */
	DISTRICT("区级"),

	/** 镇级 */
	TOWN("镇级"),

	/** 村级 */
	VILLAGE("村级");

	private final String label;

	SiteLevel(String label) {
		this.label = label;
	}

	/** The level's name, as the report and the workbench write it. */
	public String label() {
		return this.label;
	}

}
