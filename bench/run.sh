#!/usr/bin/env bash
# bench/run.sh — the JSON-log ingest benchmark (budgets: ARCHITECTURE.md; reference: perf-anchors.md).
#
# What it does
#   1. Builds target/pmw.jar (and the test classes that hold the generator) if they are missing or
#      older than the sources.
#   2. Generates deterministic data into bench-data/ (git-ignored, never commit it) with
#      src/test/java/dev/pmw/bench/GenerateLogs.java: logs-1m.jsonl (1,000,000 lines, ~343 MB,
#      seed 1001) and logs-5m.jsonl (5,000,000 lines, ~1.7 GB, seed 5005).
#   3. Measures, ROUNDS times each, interleaved round-robin so host noise hits every command alike:
#        parse   in-process cold parse of 1M lines through the real import path (ParseBench):
#                MB/s, lines/s, heap bytes per line (LogStore.heapBytes) and live heap per line
#        pmw-1m  `java -jar target/pmw.jar analyze logs-1m.jsonl` as a whole process: wall time and
#                peak RSS (GNU time %M), JVM start, parse, bursts, timeline and output included
#        pmw-5m  the same on 5M lines
#        lnav-1m `lnav -n -c ';SELECT count(*) FROM all_logs' logs-1m.jsonl` with the format in
#                bench/lnav/pmw_bench.json installed into a throw-away HOME
#   4. Prints a table of medians (and the min) per command.
#
# The box is shared: before every timed command the script waits (at most GATE_WAIT s) until other
# processes use less than GATE_CORES cores, re-reads the input so it is in the page cache, and
# records how much CPU others used during the run ("others" column). A run during which others
# used more than RETRY_CORES is repeated (at most RETRIES times; the quietest attempt is kept).
# Compare numbers within one table only.
#
# Usage: bench/run.sh [--quick] [--no-5m] [--no-lnav]
#   --quick   one round, skip 5M
#   env: ROUNDS (default 3), GATE_CORES (0.35), GATE_WAIT (90), RETRY_CORES (0.3), RETRIES (3),
#        JAVA (a JDK 25 java)
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
DATA=$ROOT/bench-data
ROUNDS=${ROUNDS:-3}
GATE_CORES=${GATE_CORES:-0.35}
GATE_WAIT=${GATE_WAIT:-90}
RETRY_CORES=${RETRY_CORES:-0.3}
RETRIES=${RETRIES:-3}
DO_5M=1
DO_LNAV=1
for a in "$@"; do
  case "$a" in
    --quick) ROUNDS=1; DO_5M=0 ;;
    --no-5m) DO_5M=0 ;;
    --no-lnav) DO_LNAV=0 ;;
    *) echo "unknown option: $a" >&2; exit 2 ;;
  esac
done

# --- tools ---------------------------------------------------------------------------------------
find_java() {
  if [ -n "${JAVA:-}" ]; then echo "$JAVA"; return; fi
  for j in "${JAVA_HOME:-}/bin/java" "$(command -v java || true)" /usr/lib/jvm/*25*/bin/java /usr/lib/jvm/*/bin/java; do
    [ -x "$j" ] || continue
    v=$("$j" -XshowSettings:properties -version 2>&1 | sed -n 's/.*java.specification.version = //p')
    if [ "${v%%.*}" -ge 25 ] 2>/dev/null; then echo "$j"; return; fi
  done
  echo "no JDK 25 found (set JAVA=/path/to/java)" >&2; exit 1
}
JAVA=$(find_java)
TIME=/usr/bin/time
if [ ! -x $TIME ]; then
  echo "installing GNU time (peak RSS)"; apt-get install -y time >/dev/null
fi
if [ $DO_LNAV = 1 ] && ! command -v lnav >/dev/null; then
  echo "installing lnav (comparison)"; apt-get install -y lnav >/dev/null || DO_LNAV=0
fi

# --- build ---------------------------------------------------------------------------------------
newest_src=$(find src pom.xml -newer target/pmw.jar 2>/dev/null | head -1 || true)
if [ ! -f target/pmw.jar ] || [ ! -f target/test-classes/dev/pmw/bench/GenerateLogs.class ] || [ -n "$newest_src" ]; then
  echo "building target/pmw.jar"
  ./mvnw -q -o package -DskipTests
fi
CP="target/test-classes:target/pmw.jar:target/lib/*"

# --- data ----------------------------------------------------------------------------------------
mkdir -p "$DATA"
gen() { # lines file seed
  if [ ! -f "$2" ]; then
    echo "generating $(basename "$2") ($1 lines)"
    "$JAVA" -cp "$CP" dev.pmw.bench.GenerateLogs "$1" "$2.tmp" "$3" && mv "$2.tmp" "$2"
  fi
}
gen 1000000 "$DATA/logs-1m.jsonl" 1001
[ $DO_5M = 1 ] && gen 5000000 "$DATA/logs-5m.jsonl" 5005

LNAV_HOME=""
if [ $DO_LNAV = 1 ]; then
  LNAV_HOME=$(mktemp -d)
  trap 'rm -rf "$LNAV_HOME"' EXIT
  HOME=$LNAV_HOME lnav -i bench/lnav/pmw_bench.json >/dev/null 2>&1
fi

# --- measuring -----------------------------------------------------------------------------------
busy_jiffies() { awk '/^cpu /{print $2+$3+$4+$7+$8+$9}' /proc/stat; }
hz=$(getconf CLK_TCK)
gate() { # wait until other processes use < GATE_CORES cores over one second
  local waited=0
  while :; do
    local a b
    a=$(busy_jiffies); sleep 1; b=$(busy_jiffies)
    if awk -v d=$((b - a)) -v hz="$hz" -v max="$GATE_CORES" 'BEGIN{exit !(d/hz < max)}'; then return; fi
    waited=$((waited + 1))
    if [ $waited -ge "$GATE_WAIT" ]; then echo "  (box still busy after ${GATE_WAIT}s; measuring anyway)" >&2; return; fi
  done
}

RESULTS=$(mktemp)
# attempt NAME INPUT COMMAND...: one gated, page-cache-warmed run timed with GNU time; sets
# wall rss cpu others extra
attempt() {
  local name=$1 input=$2; shift 2
  gate
  cat "$input" > /dev/null
  local out tf a b user sys
  out=$(mktemp); tf=$(mktemp)
  a=$(busy_jiffies)
  $TIME -f "%e %M %U %S" -o "$tf" "$@" > "$out" 2>&1 || { echo "  $name failed:"; tail -5 "$out"; }
  b=$(busy_jiffies)
  read -r wall rss user sys < "$tf"
  rss=$((rss / 1024))
  cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN{printf "%.2f", u+s}')
  others=$(awk -v d=$((b - a)) -v hz="$hz" -v c="$cpu" -v w="$wall" 'BEGIN{o=(d/hz-c)/(w>0?w:1); printf "%.2f", (o<0?0:o)}')
  extra=""
  if [ "$name" = parse ]; then
    extra=$(grep -o 'mb_per_s=[0-9]*\|lines_per_s=[0-9]*\|parse_ms=[0-9]*\|heap_bytes_per_line=[0-9.]*\|live_bytes_per_line=[0-9.]*' "$out" | tr '\n' ' ')
  fi
  rm -f "$out" "$tf"
}

# run NAME INPUT COMMAND...: attempt, repeated while others were too busy; appends
# "name wall_s rss_mib cpu_s others_cores extra" to $RESULTS
run() {
  local name=$1 input=$2; shift 2
  local best="" best_others=99 try
  for try in $(seq 1 "$RETRIES"); do
    attempt "$name" "$input" "$@"
    if awk -v o="$others" -v b="$best_others" 'BEGIN{exit !(o < b)}'; then
      best="$name $wall $rss $cpu $others $extra"; best_others=$others
    fi
    if awk -v o="$others" -v m="$RETRY_CORES" 'BEGIN{exit !(o <= m)}'; then break; fi
    echo "  ($name: others used $others cores during the run; again)"
  done
  echo "$best" >> "$RESULTS"
  set -- $best
  printf "  %-8s %6ss  %5s MiB  cpu %5ss  others %s  %s\n" "$1" "$2" "$3" "$4" "$5" "${*:6}"
}

echo "JDK: $("$JAVA" -version 2>&1 | head -1)   rounds: $ROUNDS   $(nproc) cores"
for r in $(seq 1 "$ROUNDS"); do
  echo "round $r"
  run parse "$DATA/logs-1m.jsonl" "$JAVA" -cp "$CP" dev.pmw.bench.ParseBench "$DATA/logs-1m.jsonl" 1
  run pmw-1m "$DATA/logs-1m.jsonl" "$JAVA" -jar target/pmw.jar analyze "$DATA/logs-1m.jsonl"
  [ $DO_5M = 1 ] && run pmw-5m "$DATA/logs-5m.jsonl" "$JAVA" -jar target/pmw.jar analyze "$DATA/logs-5m.jsonl"
  [ $DO_LNAV = 1 ] && run lnav-1m "$DATA/logs-1m.jsonl" env HOME="$LNAV_HOME" lnav -n -c ';SELECT count(*) FROM all_logs' "$DATA/logs-1m.jsonl"
done

# --- table ---------------------------------------------------------------------------------------
median() { sort -n | awk '{a[NR]=$1} END{if(NR==0) exit; if(NR%2) print a[(NR+1)/2]; else printf "%.2f\n", (a[NR/2]+a[NR/2+1])/2}'; }
col() { awk -v n="$1" -v c="$2" '$1==n{print $c}' "$RESULTS"; }
kv() { awk -v n="$1" '$1==n' "$RESULTS" | grep -o "$2=[0-9.]*" | cut -d= -f2; }
size_mb() { awk -v b="$(stat -c %s "$1")" 'BEGIN{printf "%.0f", b/1e6}'; }

echo
echo "| command | input | median wall s (min) | MB/s | lines/s | peak RSS MiB | CPU s | others (cores) |"
echo "|---|---|---|---|---|---|---|---|"
row() { # name lines file label
  local name=$1 lines=$2 file=$3 label=$4
  [ -n "$(col "$name" 2)" ] || return 0
  local w wmin rss cpu oth mb
  w=$(col "$name" 2 | median); wmin=$(col "$name" 2 | sort -n | head -1)
  rss=$(col "$name" 3 | median); cpu=$(col "$name" 4 | median); oth=$(col "$name" 5 | median)
  mb=$(size_mb "$file")
  printf "| %s | %s | %s (%s) | %.0f | %.0f | %s | %s | %s |\n" "$label" "$lines" "$w" "$wmin" \
    "$(awk -v m="$mb" -v w="$w" 'BEGIN{print m/w}')" "$(awk -v l="$lines" -v w="$w" 'BEGIN{print l/w}')" "$rss" "$cpu" "$oth"
}
row pmw-1m 1000000 "$DATA/logs-1m.jsonl" '`pmw analyze` (whole process)'
row pmw-5m 5000000 "$DATA/logs-5m.jsonl" '`pmw analyze` (whole process)'
row lnav-1m 1000000 "$DATA/logs-1m.jsonl" '`lnav -n` count(*)'
if [ -n "$(col parse 2)" ]; then
  echo
  echo "In-process parse of logs-1m.jsonl (cold JVM, import path only):"
  echo "  parse ms: $(kv parse parse_ms | median)   MB/s: $(kv parse mb_per_s | median)   lines/s: $(kv parse lines_per_s | median)"
  echo "  heap bytes per line (LogStore.heapBytes): $(kv parse heap_bytes_per_line | median)   G1 heap used per line after GC (whole humongous regions count): $(kv parse live_bytes_per_line | median)"
fi
p1=$(col pmw-1m 2 | median); l1=$(col lnav-1m 2 | median)
if [ -n "$p1" ] && [ -n "$l1" ]; then
  echo "  pmw vs lnav on 1M lines: $(awk -v a="$l1" -v b="$p1" 'BEGIN{printf "%.1f", a/b}')x faster"
fi
echo "Budgets: 1M lines <= 2 s and <= 600 MiB RSS; 5M lines <= 10 s."
rm -f "$RESULTS"
