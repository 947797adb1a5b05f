package cn.tongxin.graph.site;

/** The level that named the site. */
public enum SiteLevel {

	PROVINCIAL, MUNICIPAL, DISTRICT, TOWN, VILLAGE

}
