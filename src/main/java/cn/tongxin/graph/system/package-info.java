/** Infrastructure: the embedded Neo4j, schema migrations, the Cypher files, GraphQL scalars and errors, settings. */
package cn.tongxin.graph.system;
