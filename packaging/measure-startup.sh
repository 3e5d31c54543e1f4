#!/usr/bin/env bash
# Start-up of the packaged app (Linux): time to the window's first frame, with and without the
# AOT cache, and `pmw --version` / `pmw analyze <sample>` end to end, with and without.
#
#   packaging/measure-startup.sh [IMAGE] [ROUNDS]      (default: target/dist/postmortem-workbench, 5)
#
# IMAGE may also be an installed app (/opt/pmw). The window runs on its own Xvfb (:93). Rounds are
# interleaved (every variant once per round) and, because the machine may be shared, each run
# waits (up to 90 s) until other processes use less than 0.35 cores, and is repeated (up to 5
# times) when they used more while it ran. Prints every value and the medians. "First frame" is FIRST_FRAME_MS from -Dpmw.exitAfterFirstFrame: milliseconds from the
# process start to the second pulse after the window showed, i.e. after the first frame was drawn.
# Needs: Xvfb, GNU time (/usr/bin/time).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
image=${1:-$root/target/dist/postmortem-workbench}
rounds=${2:-5}
gui=$(ls "$image/bin" | grep -v '^pmw$' | head -n 1)
sample="$image/lib/app/samples/payment-service-outage"
[ -x "$image/bin/pmw" ] && [ -n "$gui" ] || { echo "no packaged app at $image" >&2; exit 1; }

Xvfb :93 -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
sleep 1

busy() { awk '/^cpu /{print $2+$3+$4+$7+$8+$9}' /proc/stat; } # CPU ticks used, all cores
hz=$(getconf CLK_TCK)
quiet() { # wait until the rest of the machine uses < 0.35 cores over 1 s (at most 90 s)
  local b0 b1
  for _ in $(seq 1 90); do
    b0=$(busy); sleep 1; b1=$(busy)
    [ $(( (b1 - b0) * 100 / hz )) -lt 35 ] && return 0
  done
}
now_ms() { local t=${EPOCHREALTIME/./}; echo $((t / 1000)); }

# run VARIANT: prints "value foreign" — value in ms, foreign = cores other processes used meanwhile
run() {
  local v=$1 opts=-Dpmw.measure=1 b0 b1 t0 t1 out cpu value
  case $v in *-noaot) opts="$opts -XX:AOTMode=off" ;; esac
  b0=$(busy); t0=$(now_ms)
  case $v in
    frame-*) out=$(_JAVA_OPTIONS="$opts -Dpmw.exitAfterFirstFrame=true" DISPLAY=:93 \
               /usr/bin/time -f 'CPU %U %S' "$image/bin/$gui" 2>&1) ;;
    version-*) out=$(_JAVA_OPTIONS="$opts" /usr/bin/time -f 'CPU %U %S' "$image/bin/pmw" --version 2>&1) ;;
    analyze-*) out=$(_JAVA_OPTIONS="$opts" /usr/bin/time -f 'CPU %U %S' "$image/bin/pmw" analyze "$sample" 2>&1 >/dev/null) ;;
  esac
  t1=$(now_ms); b1=$(busy)
  cpu=$(awk '/^CPU /{printf "%d", ($2 + $3) * 1000}' <<<"$out")
  case $v in
    frame-*) value=$(sed -n 's/^FIRST_FRAME_MS=//p' <<<"$out") ;;
    *) value=$((t1 - t0)) ;;
  esac
  awk -v v="$value" -v busy=$(( (b1 - b0) * 1000 / hz )) -v own="$cpu" -v wall=$((t1 - t0)) \
    'BEGIN{f = (busy - own) / (wall ? wall : 1); printf "%s %.2f\n", v, (f < 0 ? 0 : f)}'
}

declare -A results
variants=(frame-aot frame-noaot version-aot version-noaot analyze-aot analyze-noaot)
for r in $(seq 1 "$rounds"); do
  for v in "${variants[@]}"; do
    for attempt in 1 2 3 4 5; do # a run during which others used >= 0.35 cores is run again
      quiet
      read -r x foreign < <(run "$v")
      awk -v f="$foreign" 'BEGIN{exit !(f < 0.35)}' && break
      echo "round $r  $v  $x ms  (others used $foreign cores: again)"
    done
    results[$v]="${results[$v]:-} $x"
    echo "round $r  $v  $x ms  (others: $foreign cores)"
  done
done

median() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END{print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
echo
echo "medians over $rounds rounds (ms; all values in brackets)"
for v in "${variants[@]}"; do
  printf '  %-14s %6s   [%s ]\n' "$v" "$(echo "${results[$v]}" | median)" "${results[$v]}"
done
