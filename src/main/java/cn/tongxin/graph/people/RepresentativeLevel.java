package cn.tongxin.graph.people;

/** The level of the body a representative sits on. */
public enum RepresentativeLevel {

	PROVINCIAL, MUNICIPAL, DISTRICT

}
