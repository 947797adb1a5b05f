package cn.tongxin.graph.people;

public enum Gender {

	MALE, FEMALE

}
