/** Contact networks: friendships and their contact timelines, the network around someone, paths between people. */
package cn.tongxin.graph.network;
