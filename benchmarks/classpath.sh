# Sourced by the benchmark scripts: compiles the test classes and sets $classpath to run them beside the packaged
# jar ($jar). Offline, the dependency plugin may lack its own dependencies (it did on the build machine); then the
# jar's own libraries serve, which hold everything the benchmark tools use (driver, Jackson, Neo4j).
mvn -q -o test-compile
if mvn -q -o dependency:build-classpath -Dmdep.outputFile=target/cp.txt > /dev/null 2>&1; then
  classpath="target/test-classes:target/classes:$(cat target/cp.txt)"
else
  rm -rf target/benchmark-lib && mkdir -p target/benchmark-lib
  unzip -q -j -o "$jar" 'BOOT-INF/lib/*' -d target/benchmark-lib
  classpath="target/test-classes:target/classes:target/benchmark-lib/*"
fi
