package cn.tongxin.graph.site;

/** The field a site works in. */
public enum SiteDomain {

	TOWN, VILLAGE, PARK, ENTERPRISE, SCHOOL, HOSPITAL, RELIGION, NEW_STRATA, OTHER

}
