/** The CSV ledger import: reading files, the rules each row must pass, batched writes, the report of rejected rows. */
package cn.tongxin.graph.ledger;
