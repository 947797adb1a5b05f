package cn.tongxin.graph.enterprise;

public enum Ownership {

	PRIVATE, STATE, COLLECTIVE, FOREIGN, OTHER

}
