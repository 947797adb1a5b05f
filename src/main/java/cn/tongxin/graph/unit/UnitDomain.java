package cn.tongxin.graph.unit;

/** The kind of body a member unit is. */
public enum UnitDomain {

	DEPARTMENT, PARK, ENTERPRISE, SCHOOL, HOSPITAL, OTHER

}
