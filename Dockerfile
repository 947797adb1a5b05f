# Builds the service and runs it against an external Neo4j (see docker-compose.yml).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src src
COPY graph-schema graph-schema
COPY queries queries
RUN mvn -B -q package -DskipTests
# unpacked (a thin jar beside lib/): classes load faster than from the nested jars, see docs/running.md
RUN java -Djarmode=tools -jar target/tongxin-graph-*.jar extract --destination /build/app \
    && mv /build/app/tongxin-graph-*.jar /build/app/tongxin-graph.jar

FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=build /build/app /app
RUN useradd --system --home /app tongxin && chown tongxin /app
USER tongxin
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/tongxin-graph.jar"]
