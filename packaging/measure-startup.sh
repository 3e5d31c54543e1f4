#!/usr/bin/env bash
# Start-up of the packaged app (Linux): time to the window's first frame, with and without the
# AOT cache, and `pmw --version` / `pmw analyze <sample>` end to end, with and without.
#
#   packaging/measure-startup.sh [IMAGE] [ROUNDS]      (default: target/dist/postmortem-workbench, 5)
#
# IMAGE may also be an installed app (/opt/pmw). The window runs on its own Xvfb (:93). Rounds are
# interleaved (every variant once per round) and, because the machine may be shared, each run
# waits (up to 90 s) until other processes use less than 0.35 cores. Prints every value and the
# medians. "First frame" is FIRST_FRAME_MS from -Dpmw.exitAfterFirstFrame: milliseconds from the
# process start to the second pulse after the window showed, i.e. after the first frame was drawn.
# Needs: Xvfb.
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

busy() { awk '/^cpu /{print $2+$3+$4+$7+$8+$9, $2+$3+$4+$5+$6+$7+$8+$9}' /proc/stat; }
quiet() { # wait until the rest of the machine uses < 0.35 cores over 1 s (at most 90 s)
  local n a b t0 t1 b0 b1 cores
  n=$(nproc)
  for _ in $(seq 1 90); do
    read -r b0 t0 < <(busy); sleep 1; read -r b1 t1 < <(busy)
    cores=$(awk -v b=$((b1 - b0)) -v t=$((t1 - t0)) -v n="$n" 'BEGIN{printf "%.2f", t ? b / t * n : 0}')
    awk -v c="$cores" 'BEGIN{exit !(c < 0.35)}' && return 0
  done
  echo "  (machine still busy: $cores cores)" >&2
}
now_ms() { local t=${EPOCHREALTIME/./}; echo $((t / 1000)); }

first_frame() { # $1: extra _JAVA_OPTIONS
  _JAVA_OPTIONS="-Dpmw.exitAfterFirstFrame=true $1" DISPLAY=:93 "$image/bin/$gui" 2>/dev/null \
    | sed -n 's/^FIRST_FRAME_MS=//p'
}
e2e() { # $1: extra _JAVA_OPTIONS, rest: pmw arguments
  local opts=$1 t0; shift
  t0=$(now_ms)
  _JAVA_OPTIONS="$opts" "$image/bin/pmw" "$@" >/dev/null 2>&1
  echo $(( $(now_ms) - t0 ))
}

declare -A results
variants=(frame-aot frame-noaot version-aot version-noaot analyze-aot analyze-noaot)
off=-XX:AOTMode=off
for r in $(seq 1 "$rounds"); do
  for v in "${variants[@]}"; do
    quiet
    case $v in
      frame-aot) x=$(first_frame -Dpmw.measure=1) ;;
      frame-noaot) x=$(first_frame $off) ;;
      version-aot) x=$(e2e -Dpmw.measure=1 --version) ;;
      version-noaot) x=$(e2e $off --version) ;;
      analyze-aot) x=$(e2e -Dpmw.measure=1 analyze "$sample") ;;
      analyze-noaot) x=$(e2e $off analyze "$sample") ;;
    esac
    results[$v]="${results[$v]:-} $x"
    echo "round $r  $v  $x ms"
  done
done

median() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END{print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
echo
echo "medians over $rounds rounds (ms; all values in brackets)"
for v in "${variants[@]}"; do
  printf '  %-14s %6s   [%s ]\n' "$v" "$(echo "${results[$v]}" | median)" "${results[$v]}"
done
