#!/bin/bash
# Cold figures: the `compare` goal as a user types it (a fresh Maven JVM each time) side by side with
# pg_dump --schema-only of one side, pg_dump of both sides + diff, and pg_dump of both + apgdiff.
# Prints a Markdown table of medians and ratios. See benchmark/README.md ("Cold compare").
#
# usage: benchmark/cold/cold-compare.sh <host:port of a PostgreSQL server, superuser postgres, trust> [sizes] [runs]
#   e.g. benchmark/cold/cold-compare.sh localhost:55416 "0 1000 5000" 3
# Needs the plugin in it/target/local-repo (./mvnw -o -B -pl it -am verify -DskipTests -Dinvoker.test=compare-pass).
set -euo pipefail
server=${1:?host:port}
sizes=${2:-0 1000 5000}
runs=${3:-3}
host=${server%:*}
port=${server#*:}
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d /tmp/cold-compare.XXXXXX)
trap 'rm -rf "$work"' EXIT
repo=$root/it/target/local-repo
sed "s#@localRepositoryUrl@#file://$HOME/.m2/repository#" "$root/it/src/it/settings.xml" > "$work/settings.xml"
cat > "$work/pom.xml" <<'POM'
<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
<groupId>bench</groupId><artifactId>cold-compare</artifactId><version>1</version><packaging>pom</packaging></project>
POM
version=$(sed -n 's#^  <version>\(.*\)</version>#\1#p' "$root/pom.xml" | head -1)
psql_() { PGOPTIONS="-c client_min_messages=warning" psql -X -q -h "$host" -p "$port" -U postgres "$@"; }
ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
median() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}'; }

build() { # the benchmark's synthetic tables (SyntheticSchema.tableBatch), without its views and functions
    local db=$1 n=$2
    psql_ -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
    psql_ -d "$db" -c "CREATE SCHEMA app"
    local from=1
    while [ "$from" -le "$n" ]; do
        local to=$(( from + 249 < n ? from + 249 : n ))
        psql_ -d "$db" -c "DO \$gen\$ DECLARE t text; parent text; BEGIN FOR i IN $from..$to LOOP
            t := 't' || lpad(i::text, 5, '0'); parent := 't' || lpad(greatest(1, i / 2)::text, 5, '0');
            EXECUTE format('CREATE TABLE app.%I (id bigint PRIMARY KEY, parent_id bigint REFERENCES app.%I (id)
              ON DELETE CASCADE, name varchar(100) NOT NULL, code char(8), amount numeric(12,2) NOT NULL DEFAULT 0,
              quantity integer, active boolean NOT NULL DEFAULT true, created_at timestamptz NOT NULL DEFAULT now(),
              payload jsonb, note text)', t, parent);
            EXECUTE format('CREATE INDEX %I ON app.%I (name)', t || '_name_idx', t);
            EXECUTE format('CREATE INDEX %I ON app.%I (created_at, quantity) WHERE active', t || '_recent_idx', t);
            END LOOP; END \$gen\$"
        from=$(( to + 1 ))
    done
}

echo "| tables | compare through mvn (cold) | pg_dump one side | dump + diff | apgdiff | compare / dump+diff | compare / apgdiff | compare / pg_dump |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|"
for n in $sizes; do
    build "cold_a_$n" "$n" >/dev/null
    psql_ -d postgres -c "DROP DATABASE IF EXISTS cold_b_$n" -c "CREATE DATABASE cold_b_$n TEMPLATE cold_a_$n" >/dev/null
    url() { echo "jdbc:postgresql://$host:$port/$1?user=postgres"; }
    cmp=""; one=""; dd=""; ap=""
    for r in $(seq "$runs"); do
        # Interleaved, so that on a shared machine every tool sees the same load.
        t=$(date +%s%N)
        (cd "$work" && "$root/mvnw" -o -B -s "$work/settings.xml" -Dmaven.repo.local="$repo" \
            "io.github.schemaparity:schemaparity-maven-plugin:$version:compare" \
            -Dschemaparity.expected="$(url cold_a_$n)" -Dschemaparity.actual="$(url cold_b_$n)" >"$work/mvn.log" 2>&1) \
            || { cat "$work/mvn.log"; exit 1; }
        cmp="$cmp $(ms "$t")"
        t=$(date +%s%N); pg_dump -h "$host" -p "$port" -U postgres --schema-only "cold_a_$n" >/dev/null; one="$one $(ms "$t")"
        t=$(date +%s%N)
        pg_dump -h "$host" -p "$port" -U postgres --schema-only "cold_a_$n" >"$work/a.sql"
        pg_dump -h "$host" -p "$port" -U postgres --schema-only "cold_b_$n" >"$work/b.sql"
        diff "$work/a.sql" "$work/b.sql" >/dev/null || true
        dd="$dd $(ms "$t")"
        if command -v apgdiff >/dev/null; then
            t=$(date +%s%N)
            pg_dump -h "$host" -p "$port" -U postgres --schema-only "cold_a_$n" >"$work/a.sql"
            pg_dump -h "$host" -p "$port" -U postgres --schema-only "cold_b_$n" >"$work/b.sql"
            # pg_dump's \restrict lines (15.14 and later) are psql commands apgdiff does not parse.
            grep -v '^\\' "$work/a.sql" >"$work/a2.sql"; grep -v '^\\' "$work/b.sql" >"$work/b2.sql"
            apgdiff "$work/a2.sql" "$work/b2.sql" >/dev/null
            ap="$ap $(ms "$t")"
        fi
    done
    c=$(echo "$cmp" | median); o=$(echo "$one" | median); d=$(echo "$dd" | median)
    a=$( [ -n "$ap" ] && echo "$ap" | median || echo "")
    ratio() { [ -n "$2" ] && awk -v x="$1" -v y="$2" 'BEGIN{printf "%.2fx", x/y}' || echo "n/a"; }
    sec() { [ -n "$1" ] && awk -v x="$1" 'BEGIN{printf "%.2f s", x/1000}' || echo "n/a"; }
    echo "| $n | $(sec "$c") | $(sec "$o") | $(sec "$d") | $(sec "$a") | $(ratio "$c" "$d") | $(ratio "$c" "$a") | $(ratio "$c" "$o") |"
    grep -h "loaded expected and actual at once" "$work/mvn.log" | sed 's/^/    last compare: /' >&2 || true
    psql_ -d postgres -c "DROP DATABASE cold_b_$n" -c "DROP DATABASE cold_a_$n" >/dev/null
done
