package cn.tongxin.graph.place;

/** A rural village (行政村) or an urban community (社区). */
public enum VillageKind {

	VILLAGE, COMMUNITY

}
