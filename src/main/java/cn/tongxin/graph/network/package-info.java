/** Friendships between leaders and representatives: who befriends whom. */
package cn.tongxin.graph.network;
