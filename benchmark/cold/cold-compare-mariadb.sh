#!/bin/bash
# Cold figures on MariaDB: the `compare` goal as a user types it (a fresh Maven JVM each time) side by
# side with `mariadb-dump --no-data` of one side and of both sides + diff. Prints a Markdown table of
# medians and ratios. See benchmark/README.md ("Cold compare").
#
# usage: benchmark/cold/cold-compare-mariadb.sh <host:port of a MariaDB server> [sizes] [runs]
#   e.g. docker run -d --name cold-maria -e MARIADB_ROOT_PASSWORD=cold -p 127.0.0.1:33199:3306 mariadb:11.8
#        COLD_MARIADB_PASSWORD=cold benchmark/cold/cold-compare-mariadb.sh 127.0.0.1:33199 "0 1000" 3
# The user is root (COLD_MARIADB_USER), the password COLD_MARIADB_PASSWORD; the goal gets them through its
# SCHEMAPARITY_EXPECTED_/ACTUAL_ environment variables, mariadb-dump through MYSQL_PWD. Needs the plugin in
# it/target/local-repo, as cold-compare.sh does, and the mariadb client (Debian package mariadb-client).
# COLD_DB_PREFIX, COLD_OLD_REPO, COLD_MVN and the RSS column as in cold-compare.sh.
set -euo pipefail
# shellcheck source=cold-lib.sh
source "$(dirname "$0")/cold-lib.sh" "0 1000" "$@"
export SCHEMAPARITY_EXPECTED_USER=${COLD_MARIADB_USER:-root} SCHEMAPARITY_ACTUAL_USER=${COLD_MARIADB_USER:-root}
export SCHEMAPARITY_EXPECTED_PASSWORD=${COLD_MARIADB_PASSWORD:-} SCHEMAPARITY_ACTUAL_PASSWORD=${COLD_MARIADB_PASSWORD:-}
export MYSQL_PWD=${COLD_MARIADB_PASSWORD:-}
sql_() { mariadb -h "$host" -P "$port" -u "$SCHEMAPARITY_EXPECTED_USER" --protocol=tcp "$@"; }
dump() { mariadb-dump -h "$host" -P "$port" -u "$SCHEMAPARITY_EXPECTED_USER" --protocol=tcp --no-data "$1"; }

build() { # cold-compare.sh's synthetic tables in MariaDB's types; the partial index becomes a plain one
    local db=$1 n=$2
    { echo "DROP DATABASE IF EXISTS $db; CREATE DATABASE $db; USE $db;"
      for i in $(seq 1 "$n"); do
          local t parent
          t=$(printf 't%05d' "$i"); parent=$(printf 't%05d' $(( i / 2 > 1 ? i / 2 : 1 )))
          echo "CREATE TABLE $t (id bigint PRIMARY KEY, parent_id bigint, name varchar(100) NOT NULL, code char(8),
            amount decimal(12,2) NOT NULL DEFAULT 0, quantity int, active boolean NOT NULL DEFAULT true,
            created_at timestamp NOT NULL DEFAULT current_timestamp, payload json, note text,
            KEY ${t}_name_idx (name), KEY ${t}_recent_idx (created_at, quantity),
            CONSTRAINT ${t}_parent_fk FOREIGN KEY (parent_id) REFERENCES $parent (id) ON DELETE CASCADE);"
      done; } | sql_
}

url() { echo "jdbc:mariadb://$host:$port/$1"; }

echo "$compare_head$old_head mariadb-dump one side | dump + diff | compare / dump+diff | compare / mariadb-dump |"
echo "|---:|---:|---:|---:|$old_cols---:|---:|---:|---:|"
for n in $sizes; do
    left=${prefix}_a_$n; right=${prefix}_b_$n
    reuse=$( [ -n "${COLD_REUSE:-}" ] && [ "$(sql_ -N -e "SELECT count(*) FROM information_schema.schemata WHERE schema_name IN ('$left', '$right')")" = 2 ] && echo 1 || true)
    if [ -z "$reuse" ]; then
        build "$left" "$n"
        build "$right" "$n"
    fi
    echo "    before $n tables: $(uptime)" >&2
    floor=""; cmp=""; rss=""; ocmp=""; orss=""; one=""; dd=""
    for r in $(seq "$runs"); do
        # Interleaved, so that on a shared machine every tool sees the same load.
        maven_floor
        compare_both "$(url "$left")" "$(url "$right")"
        t=$(date +%s%N); dump "$left" >/dev/null; one="$one $(ms "$t")"
        t=$(date +%s%N)
        dump "$left" >"$work/a.sql"
        dump "$right" >"$work/b.sql"
        diff "$work/a.sql" "$work/b.sql" >/dev/null || true
        dd="$dd $(ms "$t")"
    done
    c=$(echo "$cmp" | median); o=$(echo "$one" | median); d=$(echo "$dd" | median)
    echo "| $n | $(compare_cells) $(sec "$o") | $(sec "$d") | $(ratio "$c" "$d") | $(ratio "$c" "$o") |"
    grep -h "loaded expected and actual at once" "$work/mvn.log" | sed 's/^/    last compare: /' >&2 || true
    echo "    after $n tables: $(uptime)" >&2
    [ -n "$reuse" ] || sql_ -e "DROP DATABASE $right; DROP DATABASE $left"
done
