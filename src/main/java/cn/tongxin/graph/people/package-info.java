/** Party leaders and the non-party representatives of the united front. */
package cn.tongxin.graph.people;
