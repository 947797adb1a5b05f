/** Who may do what: users in the graph, sign-in, roles, the towns a user answers for, and personal data. */
package cn.tongxin.graph.access;
