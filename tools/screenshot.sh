#!/usr/bin/env bash
# Takes a screenshot of the running app under Xvfb, as a new user would see it.
#   tools/screenshot.sh OUT.png [--sample] [--postmortem] [extra app args…]
# Starts Xvfb on :97 (1280x800), runs the packaged jar (./mvnw -q -DskipTests package first),
# optionally clicks "Open sample incident" through the -Dpmw.autoload=sample hook, waits for the
# first frame plus a settle delay, and writes the PNG. --postmortem opens the Postmortem workspace
# (-Dpmw.workspace=postmortem) and drafts it offline. Needs: xvfb, imagemagick, xdotool.
set -euo pipefail
out=${1:?usage: tools/screenshot.sh OUT.png [--sample]}
shift
extra=()
props=()
for a in "$@"; do
  if [ "$a" = "--sample" ]; then props+=("-Dpmw.autoload=sample");
  elif [ "$a" = "--postmortem" ]; then props+=("-Dpmw.workspace=postmortem");
  else extra+=("$a"); fi
done
cd "$(dirname "$0")/.."
JAVA=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
display=${PMW_SHOT_DISPLAY:-:97}
# a fresh config dir: no recent projects, no recovery offer left by an earlier (killed) shot
export XDG_CONFIG_HOME=${PMW_SHOT_CONFIG:-$(mktemp -d)}
Xvfb $display -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $app $xvfb 2>/dev/null || true' EXIT
sleep 1
DISPLAY=$display "$JAVA" --enable-native-access=ALL-UNNAMED -Dprism.order=sw "${props[@]}" -jar target/pmw.jar "${extra[@]}" >/tmp/pmw-shot.log 2>&1 &
app=$!
for _ in $(seq 1 60); do
  DISPLAY=$display xdotool search --name '^Postmortem Workbench' >/dev/null 2>&1 && break
  sleep 0.5
done
sleep "${PMW_SHOT_DELAY:-6}"
DISPLAY=$display import -window root "$out"
echo "wrote $out"
