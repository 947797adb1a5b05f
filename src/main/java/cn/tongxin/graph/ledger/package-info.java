/**
 * The district's ledgers written: whole CSV files, one record at a time through GraphQL mutations, or a backup
 * zip, all by the same row rules, town scope and audit.
 */
package cn.tongxin.graph.ledger;
