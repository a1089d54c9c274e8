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
#   COLD_REPO        the local repository holding the plugin (default it/target/local-repo)
#   COLD_OLD_REPO    a second local repository holding another build of the plugin: its compare runs
#                    interleaved with this one's, in its own column (before/after figures in one run)
#   COLD_MVN         the Maven launcher (default: the project's ./mvnw); MAVEN_OPTS is passed through
# Peak RSS is the Maven JVM's maximum resident set (GNU time %M), the median of the runs. The load average
# before and after each size goes to stderr.
set -euo pipefail
# shellcheck source=cold-lib.sh
source "$(dirname "$0")/cold-lib.sh" "0 1000 5000" "$@"
psql_() { PGOPTIONS="-c client_min_messages=warning" psql -X -q -h "$host" -p "$port" -U postgres "$@"; }

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

url() { echo "jdbc:postgresql://$host:$port/$1?user=postgres"; }

echo "$compare_head$old_head pg_dump one side | dump + diff | apgdiff | compare / dump+diff | compare / apgdiff | compare / pg_dump |"
echo "|---:|---:|---:|---:|$old_cols---:|---:|---:|---:|---:|---:|"
for n in $sizes; do
    left=${prefix}_a_$n; right=${prefix}_b_$n
    reuse=$( [ -n "${COLD_REUSE:-}" ] && [ "$(psql_ -d postgres -Atc "SELECT count(*) FROM pg_database WHERE datname IN ('$left', '$right')")" = 2 ] && echo 1 || true)
    if [ -z "$reuse" ]; then
        build "$left" "$n" >/dev/null
        psql_ -d postgres -c "DROP DATABASE IF EXISTS $right" -c "CREATE DATABASE $right TEMPLATE $left" >/dev/null
    fi
    echo "    before $n tables: $(uptime)" >&2
    floor=""; cmp=""; rss=""; ocmp=""; orss=""; one=""; dd=""; ap=""
    for r in $(seq "$runs"); do
        # Interleaved, so that on a shared machine every tool sees the same load.
        maven_floor
        compare_both "$(url "$left")" "$(url "$right")"
        t=$(date +%s%N); pg_dump -h "$host" -p "$port" -U postgres --schema-only "$left" >/dev/null; one="$one $(ms "$t")"
        t=$(date +%s%N)
        pg_dump -h "$host" -p "$port" -U postgres --schema-only "$left" >"$work/a.sql"
        pg_dump -h "$host" -p "$port" -U postgres --schema-only "$right" >"$work/b.sql"
        diff "$work/a.sql" "$work/b.sql" >/dev/null || true
        dd="$dd $(ms "$t")"
        if command -v apgdiff >/dev/null; then
            t=$(date +%s%N)
            pg_dump -h "$host" -p "$port" -U postgres --schema-only "$left" >"$work/a.sql"
            pg_dump -h "$host" -p "$port" -U postgres --schema-only "$right" >"$work/b.sql"
            # pg_dump's \restrict lines (15.14 and later) are psql commands apgdiff does not parse.
            grep -v '^\\' "$work/a.sql" >"$work/a2.sql"; grep -v '^\\' "$work/b.sql" >"$work/b2.sql"
            apgdiff "$work/a2.sql" "$work/b2.sql" >/dev/null
            ap="$ap $(ms "$t")"
        fi
    done
    c=$(echo "$cmp" | median); o=$(echo "$one" | median); d=$(echo "$dd" | median)
    a=$( [ -n "$ap" ] && echo "$ap" | median || echo "")
    echo "| $n | $(compare_cells) $(sec "$o") | $(sec "$d") | $(sec "$a") | $(ratio "$c" "$d") | $(ratio "$c" "$a") | $(ratio "$c" "$o") |"
    grep -h "loaded expected and actual at once" "$work/mvn.log" | sed 's/^/    last compare: /' >&2 || true
    echo "    after $n tables: $(uptime)" >&2
    [ -n "$reuse" ] || psql_ -d postgres -c "DROP DATABASE $right" -c "DROP DATABASE $left" >/dev/null
done
