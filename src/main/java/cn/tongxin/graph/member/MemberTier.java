package cn.tongxin.graph.member;

/** Who manages a member (分级管理): the district, a town, or a village or community. */
public enum MemberTier {

	DISTRICT, TOWN, VILLAGE

}
