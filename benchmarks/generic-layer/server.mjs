// The generic GraphQL layer of issue 13's outside comparison: Neo4j's own GraphQL library over the same Neo4j,
// served by Apollo Server as the library's documentation shows. NEO4J_URI (and NEO4J_USER / NEO4J_PASSWORD
// when the database asks for them) say where the graph is; PORT where to listen (0: a free port, printed).
import { readFileSync } from "node:fs";
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { Neo4jGraphQL } from "@neo4j/graphql";
import neo4j from "neo4j-driver";

const typeDefs = readFileSync(new URL("./schema.graphql", import.meta.url), "utf8");
const auth = process.env.NEO4J_PASSWORD
  ? neo4j.auth.basic(process.env.NEO4J_USER ?? "neo4j", process.env.NEO4J_PASSWORD)
  : undefined;
const driver = neo4j.driver(process.env.NEO4J_URI ?? "bolt://localhost:7687", auth);
const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
const server = new ApolloServer({ schema });
const { url } = await startStandaloneServer(server, {
  listen: { host: "127.0.0.1", port: Number(process.env.PORT ?? 0) },
});
console.log(`generic layer at ${url}`);
