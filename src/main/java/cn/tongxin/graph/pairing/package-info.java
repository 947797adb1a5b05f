/** Village–enterprise pairings (万企兴万村) and the co-construction projects run inside them. */
package cn.tongxin.graph.pairing;
