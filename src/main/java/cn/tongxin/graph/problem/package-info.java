/**
 * Service to enterprises (为企服务): the problems private enterprises raise, who leads on each, and their
 * lifecycle (raised, assigned, resolved, closed with the follow-up's satisfaction); the problem board and the
 * figures per lead unit.
 */
package cn.tongxin.graph.problem;
