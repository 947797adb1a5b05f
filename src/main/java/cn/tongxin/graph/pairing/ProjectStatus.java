package cn.tongxin.graph.pairing;

public enum ProjectStatus {

	PLANNED, IN_PROGRESS, COMPLETED

}
