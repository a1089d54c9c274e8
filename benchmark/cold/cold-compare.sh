#!/bin/bash
# Cold figures: the `compare` goal as a user types it (a fresh Maven JVM each time) side by side with
# pg_dump --schema-only of one side, pg_dump of both sides + diff, and pg_dump of both + apgdiff.
# Prints a Markdown table of medians and ratios. See benchmark/README.md ("Cold compare").
#
# usage: benchmark/cold/cold-compare.sh <host:port of a PostgreSQL server, superuser postgres, trust> [sizes] [runs]
#   e.g. benchmark/cold/cold-compare.sh localhost:55416 "0 1000 5000" 3
# Needs the plugin in it/target/local-repo (./mvnw -o -B -pl it -am verify -DskipTests -Dinvoker.test=compare-pass).
# Environment:
#   COLD_DB_PREFIX   prefix of the two databases it creates and drops (default cold: <prefix>_a_<n>, <prefix>_b_<n>)
#   COLD_OLD_REPO    a second local repository holding another build of the plugin: its compare runs
#                    interleaved with this one's, in its own column (before/after figures in one run)
#   COLD_MVN         the Maven launcher (default: the project's ./mvnw); MAVEN_OPTS is passed through
# Peak RSS is the Maven JVM's maximum resident set (GNU time %M), the median of the runs. The load average
# before and after each size goes to stderr.
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
prefix=${COLD_DB_PREFIX:-cold}
old_repo=${COLD_OLD_REPO:-}
mvn_=${COLD_MVN:-$root/mvnw}
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

# One cold compare with the plugin of local repository $1, log into $2; prints "<ms> <peak RSS KiB>".
compare() {
    local from=$1 log=$2 t
    t=$(date +%s%N)
    (cd "$work" && /usr/bin/time -f %M -o "$work/rss" "$mvn_" -o -B -s "$work/settings.xml" -Dmaven.repo.local="$from" \
        "io.github.schemaparity:schemaparity-maven-plugin:$version:compare" \
        -Dschemaparity.expected="$(url "${prefix}_a_$n")" -Dschemaparity.actual="$(url "${prefix}_b_$n")" >"$log" 2>&1) \
        || { cat "$log"; exit 1; }
    echo "$(ms "$t") $(cat "$work/rss")"
}
url() { echo "jdbc:postgresql://$host:$port/$1?user=postgres"; }

old_head=""; old_cols=""
[ -n "$old_repo" ] && { old_head=" compare, old plugin | RSS, old |"; old_cols="---:|---:|"; }
echo "| tables | compare through mvn (cold) | peak RSS |$old_head pg_dump one side | dump + diff | apgdiff | compare / dump+diff | compare / apgdiff | compare / pg_dump |"
echo "|---:|---:|---:|$old_cols---:|---:|---:|---:|---:|---:|"
for n in $sizes; do
    a=${prefix}_a_$n; b=${prefix}_b_$n
    build "$a" "$n" >/dev/null
    psql_ -d postgres -c "DROP DATABASE IF EXISTS $b" -c "CREATE DATABASE $b TEMPLATE $a" >/dev/null
    echo "    before $n tables: $(uptime)" >&2
    cmp=""; rss=""; ocmp=""; orss=""; one=""; dd=""; ap=""
    for r in $(seq "$runs"); do
        # Interleaved, so that on a shared machine every tool sees the same load.
        compare "$repo" "$work/mvn.log" >"$work/took"; read -r took kib <"$work/took"; cmp="$cmp $took"; rss="$rss $kib"
        if [ -n "$old_repo" ]; then
            compare "$old_repo" "$work/mvn-old.log" >"$work/took"; read -r took kib <"$work/took"; ocmp="$ocmp $took"; orss="$orss $kib"
        fi
        t=$(date +%s%N); pg_dump -h "$host" -p "$port" -U postgres --schema-only "$a" >/dev/null; one="$one $(ms "$t")"
        t=$(date +%s%N)
        pg_dump -h "$host" -p "$port" -U postgres --schema-only "$a" >"$work/a.sql"
        pg_dump -h "$host" -p "$port" -U postgres --schema-only "$b" >"$work/b.sql"
        diff "$work/a.sql" "$work/b.sql" >/dev/null || true
        dd="$dd $(ms "$t")"
        if command -v apgdiff >/dev/null; then
            t=$(date +%s%N)
            pg_dump -h "$host" -p "$port" -U postgres --schema-only "$a" >"$work/a.sql"
            pg_dump -h "$host" -p "$port" -U postgres --schema-only "$b" >"$work/b.sql"
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
    mib() { awk -v x="$1" 'BEGIN{printf "%d MiB", x/1024}'; }
    old_vals=""
    [ -n "$old_repo" ] && old_vals=" $(sec "$(echo "$ocmp" | median)") | $(mib "$(echo "$orss" | median)") |"
    echo "| $n | $(sec "$c") | $(mib "$(echo "$rss" | median)") |$old_vals $(sec "$o") | $(sec "$d") | $(sec "$a") | $(ratio "$c" "$d") | $(ratio "$c" "$a") | $(ratio "$c" "$o") |"
    grep -h "loaded expected and actual at once" "$work/mvn.log" | sed 's/^/    last compare: /' >&2 || true
    echo "    after $n tables: $(uptime)" >&2
    psql_ -d postgres -c "DROP DATABASE $b" -c "DROP DATABASE $a" >/dev/null
done
