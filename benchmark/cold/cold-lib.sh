#!/bin/bash
# What cold-compare.sh (PostgreSQL) and cold-compare-mariadb.sh share: their arguments, a scratch folder
# with a stub project and the it module's settings, the timing helpers, and one cold `compare` through
# Maven. Sourced, not run, as `source cold-lib.sh "<default sizes>" "$@"`: it sets server, host, port,
# sizes, runs, prefix and root (the project folder). COLD_REUSE=1: databases <prefix>_a_<n> and
# <prefix>_b_<n> that already exist are used as they are and kept (for repeated runs on a slow machine).
# Arguments: <host:port> [sizes (default: the script's)] [runs (default 3)].
if [ -z "${2:-}" ]; then
    echo "usage: $(basename "$0") <host:port> [sizes, default \"$1\"] [runs, default 3]" >&2
    exit 2
fi
server=$2
sizes=${3:-$1}
runs=${4:-3}
host=${server%:*}
port=${server#*:}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
prefix=${COLD_DB_PREFIX:-cold}
work=$(mktemp -d /tmp/cold-compare.XXXXXX)
trap 'rm -rf "$work"' EXIT
repo=${COLD_REPO:-$root/it/target/local-repo}
old_repo=${COLD_OLD_REPO:-}
mvn_=${COLD_MVN:-$root/mvnw}
sed "s#@localRepositoryUrl@#file://$HOME/.m2/repository#" "$root/it/src/it/settings.xml" > "$work/settings.xml"
cat > "$work/pom.xml" <<'POM'
<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
<groupId>bench</groupId><artifactId>cold-compare</artifactId><version>1</version><packaging>pom</packaging></project>
POM
version=$(sed -n 's#^  <version>\(.*\)</version>#\1#p' "$root/pom.xml" | head -1)
ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
median() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}'; }
ratio() { [ -n "$2" ] && awk -v x="$1" -v y="$2" 'BEGIN{printf "%.2fx", x/y}' || echo "n/a"; }
sec() { [ -n "$1" ] && awk -v x="$1" 'BEGIN{printf "%.2f s", x/1000}' || echo "n/a"; }
mib() { awk -v x="$1" 'BEGIN{printf "%d MiB", x/1024}'; }

# One cold compare of URLs $3 and $4 with the plugin of local repository $1, log into $2; writes
# "<ms> <peak RSS KiB>" to $work/took (GNU time's %M: the Maven JVM's maximum resident set).
compare() {
    local from=$1 log=$2 t
    t=$(date +%s%N)
    (cd "$work" && /usr/bin/time -f %M -o "$work/rss" "$mvn_" -o -B -s "$work/settings.xml" -Dmaven.repo.local="$from" \
        "io.github.schemaparity:schemaparity-maven-plugin:$version:compare" \
        -Dschemaparity.expected="$3" -Dschemaparity.actual="$4" >"$log" 2>&1) || { cat "$log"; exit 1; }
    echo "$(ms "$t") $(cat "$work/rss")" >"$work/took"
}

# Maven's own floor: a fresh Maven JVM validating the stub project, no plugin; appends to floor.
maven_floor() {
    local t
    t=$(date +%s%N)
    (cd "$work" && "$mvn_" -o -B -q -s "$work/settings.xml" -Dmaven.repo.local="$repo" validate) >/dev/null 2>&1
    floor="$floor $(ms "$t")"
}

# Runs compare() for this build and, with COLD_OLD_REPO, for the other one; appends to cmp/rss/ocmp/orss.
compare_both() {
    local took kib
    compare "$repo" "$work/mvn.log" "$1" "$2"; read -r took kib <"$work/took"; cmp="$cmp $took"; rss="$rss $kib"
    if [ -n "$old_repo" ]; then
        compare "$old_repo" "$work/mvn-old.log" "$1" "$2"; read -r took kib <"$work/took"; ocmp="$ocmp $took"; orss="$orss $kib"
    fi
}

# The compare columns of a table row: medians of Maven's floor, this build's time and RSS (and the other build's).
compare_cells() {
    local cells="$(sec "$(echo "$floor" | median)") | $(sec "$(echo "$cmp" | median)") | $(mib "$(echo "$rss" | median)") |"
    if [ -n "$old_repo" ]; then cells="$cells $(sec "$(echo "$ocmp" | median)") | $(mib "$(echo "$orss" | median)") |"; fi
    echo "$cells"
}
compare_head="| tables | mvn floor (validate) | compare through mvn (cold) | peak RSS |"
old_head=""; old_cols=""
if [ -n "$old_repo" ]; then old_head=" compare, old plugin | RSS, old |"; old_cols="---:|---:|"; fi
