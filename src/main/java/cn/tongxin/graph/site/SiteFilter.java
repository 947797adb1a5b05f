package cn.tongxin.graph.site;

/** What a page of sites is filtered by; null is any. */
record SiteFilter(SiteKind kind, SiteLevel level, SiteDomain domain, String townCode, Boolean belowStandard) {

	static final SiteFilter NONE = new SiteFilter(null, null, null, null, null);

}
