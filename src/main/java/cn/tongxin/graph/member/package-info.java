/**
 * The united-front members (统战成员) in 11 categories under tiered management (分级管理), with the history of
 * their adjustments (动态调整).
 */
package cn.tongxin.graph.member;
