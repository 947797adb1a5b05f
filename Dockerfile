# Builds the service and runs it against an external Neo4j (see docker-compose.yml).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src src
COPY graph-schema graph-schema
COPY queries queries
RUN mvn -B -q package -DskipTests

FROM eclipse-temurin:17-jre
WORKDIR /app
RUN useradd --system --home /app tongxin && chown tongxin /app
COPY --from=build /build/target/tongxin-graph-*.jar /app/tongxin-graph.jar
USER tongxin
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/tongxin-graph.jar"]
