/** The built-in demo district, generated deterministically and loaded through the ledger import. */
package cn.tongxin.graph.demo;
