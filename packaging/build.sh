#!/usr/bin/env bash
# Builds the packaged Postmortem Workbench: a jlinked runtime (JDK + JavaFX modules), a jpackage
# app image with the GUI launcher and the `pmw` command-line launcher, a JDK 25 AOT cache, and
# this OS's installer (.deb on Linux, .dmg on macOS, .msi on Windows).
#
#   packaging/build.sh [image|installer|all] [--skip-maven] [--no-aot]
#
#   image        jar -> runtime -> app image in target/dist/ (+ AOT caches)
#   installer    the installer from an existing app image (Linux: needs fakeroot and dpkg-deb)
#   all          both (default)
#   --skip-maven use target/pmw.jar and target/lib as they are (the Maven `dist` profile, CI)
#   --no-aot     no AOT training runs (faster build, slower start)
#
# The recipe (modules, names, version, Java options) is in jlink.properties; the jpackage inputs
# are in packaging/. Only the same OS/architecture as the JDK can be targeted (jlink and jpackage
# do not cross-build).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

what=all; skip_maven=; no_aot=
for a in "$@"; do
  case "$a" in
    image|installer|all) what=$a ;;
    --skip-maven) skip_maven=1 ;;
    --no-aot) no_aot=1 ;;
    -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
    *) echo "build.sh: unknown argument '$a' (see --help)" >&2; exit 2 ;;
  esac
done

say() { printf '\n== [%ss] %s\n' "$SECONDS" "$*"; }
die() { echo "build.sh: $*" >&2; exit 1; }
prop() { # value of key $1 in jlink.properties (trailing spaces trimmed)
  local v; v=$(sed -n "s/^$1[[:space:]]*=[[:space:]]*//p" jlink.properties | tail -n 1)
  v=${v%"${v##*[![:space:]]}"}
  [ -n "$v" ] || [ -n "${2+x}" ] || die "jlink.properties has no '$1'"
  echo "${v:-${2-}}"
}

case "$(uname -s)" in
  Linux) os=linux; native_ext=so; native_dir=lib ;;
  Darwin) os=mac; native_ext=dylib; native_dir=lib ;;
  MINGW*|MSYS*|CYGWIN*) os=win; native_ext=dll; native_dir=bin ;;
  *) die "unsupported OS $(uname -s)" ;;
esac

# A JDK >= 25 with jlink and jpackage: JAVA_HOME, `java` on the PATH, then the usual folders
# (the same order ./mvnw uses).
jdk_version() { sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null; }
find_jdk() {
  local h best= bv=0 v j
  j=$(command -v java 2>/dev/null || true)
  for h in "${JAVA_HOME:-}" ${j:+"$(dirname "$(dirname "$(readlink -f "$j")")")"}; do
    v=$(jdk_version "$h"); [ -n "$h" ] && [ -x "$h/bin/jpackage" ] && [ "${v:-0}" -ge 25 ] && { echo "$h"; return; }
  done
  for h in /usr/lib/jvm/* /Library/Java/JavaVirtualMachines/*/Contents/Home "$HOME"/.sdkman/candidates/java/*; do
    v=$(jdk_version "$h"); [ -x "$h/bin/jpackage" ] && [ "${v:-0}" -gt "$bv" ] && [ "${v:-0}" -ge 25 ] && { best=$h; bv=$v; }
  done
  [ -n "$best" ] && echo "$best"
}
jdk=$(find_jdk) || die "needs a JDK 25+ with jlink and jpackage (set JAVA_HOME)"
export JAVA_HOME=$jdk

name=$(prop app.name)
version=$(prop app.version)
gui_main=$(prop gui.main-class)
cli=$(prop cli.launcher)
# The GUI launcher's name is the app image's name; on Linux it has no spaces.
if [ $os = linux ]; then launcher=$(prop gui.linux-launcher); else launcher=$name; fi

work=target/packaging
dist=target/dist
case $os in
  mac) image="$dist/$launcher.app"; appdir="$image/Contents/app"; bindir="$image/Contents/MacOS" ;;
  win) image="$dist/$launcher"; appdir="$image/app"; bindir="$image" ;;
  *) image="$dist/$launcher"; appdir="$image/lib/app"; bindir="$image/bin" ;;
esac
exe=""; [ $os = win ] && exe=.exe
set_time() { touch -h -r "$work/stamp" "$@"; } # give files the image's fixed file time (build_image)

build_image() {
  if [ -z "$skip_maven" ]; then
    say "Maven package (tests skipped; ./mvnw verify runs them)"
    ./mvnw -B -q -ntp -DskipTests package
  fi
  [ -f target/pmw.jar ] || die "target/pmw.jar is missing (run ./mvnw package)"
  rm -rf "$work" "$dist"
  mkdir -p "$work/input/lib" "$work/jfx-mods" "$work/manifest" "$dist"
  (cd "$work/manifest" && "$jdk/bin/jar" xf ../../pmw.jar META-INF/MANIFEST.MF)
  local jar_version
  jar_version=$(sed -n 's/^Implementation-Version: *//p' "$work/manifest/META-INF/MANIFEST.MF" | tr -d '\r')
  [ "${jar_version%-SNAPSHOT}" = "$version" ] \
    || die "jlink.properties app.version=$version but the pom's version is $jar_version: make them equal"

  say "Staging jpackage input and JavaFX modules"
  cp target/pmw.jar "$work/input/"
  local j n
  for j in target/lib/*.jar; do
    n=$(basename "$j")
    case "$n" in
      javafx-*) # the jars with this OS's classifier are the modules; the classifier-less ones are empty stubs
        [[ "$n" =~ ^javafx-[a-z]+-[0-9][^-]*-.+\.jar$ ]] && cp "$j" "$work/jfx-mods/" ;;
      *) cp "$j" "$work/input/lib/" ;;
    esac
  done
  ls "$work"/jfx-mods/javafx-graphics-*.jar >/dev/null 2>&1 || die "no javafx-graphics-*-<os>.jar in target/lib"
  # The sample incident, so "Open sample incident" works after install (SampleIncident looks in a
  # samples/ folder next to pmw.jar).
  mkdir -p "$work/input/samples"
  cp -R samples/payment-service-outage samples/README.md "$work/input/samples/"

  say "jlink: runtime with $(prop runtime.jdk-modules),$(prop runtime.javafx-modules)"
  # shellcheck disable=SC2046
  "$jdk/bin/jlink" --module-path "$work/jfx-mods" \
    --add-modules "$(prop runtime.jdk-modules),$(prop runtime.javafx-modules)" \
    --exclude-resources "glob:/javafx.graphics/*.$native_ext" \
    $(prop runtime.jlink-options) --output "$work/runtime"
  # JavaFX's natives as plain files in the runtime's library folder: NativeLibLoader finds them
  # there, instead of extracting them from the jimage to ~/.openjfx/cache at first start.
  (cd "$work/runtime/$native_dir" && fxg=$(echo ../../jfx-mods/javafx-graphics-*.jar) \
    && "$jdk/bin/jar" xf "$fxg" $("$jdk/bin/jar" tf "$fxg" | grep -E "^[^/]+\.$native_ext\$"))
  # The CDS archive for -XX:-UseCompressedOops (heaps over 32 GB) is never used by this app.
  rm -f "$work"/runtime/lib/server/classes_nocoops.jsa "$work"/runtime/bin/server/classes_nocoops.jsa

  say "jpackage: app image $image"
  local icon opts=()
  case $os in
    linux) icon=packaging/icons/png/pmw-256.png ;;
    mac) icon=packaging/macos/pmw.icns
         [ -f "$icon" ] || iconutil -c icns packaging/macos/pmw.iconset -o "$icon"
         opts+=(--mac-package-identifier "$(prop app.mac-id)" --mac-package-name "$(prop mac.package-name)") ;;
    win) icon=packaging/windows/pmw.ico ;;
  esac
  local javaopt=()
  for o in $(prop runtime.java-options); do javaopt+=(--java-options "$o"); done
  "$jdk/bin/jpackage" --type app-image --dest "$dist" --name "$launcher" \
    --app-version "$version" --vendor "$(prop app.vendor)" --copyright "$(prop app.copyright)" \
    --description "$(prop app.description)" --icon "$icon" \
    --input "$work/input" --main-jar pmw.jar --main-class "$gui_main" \
    --runtime-image "$work/runtime" "${javaopt[@]}" \
    --add-launcher "$cli=packaging/pmw-cli.properties" "${opts[@]}"

  # One fixed modification time for every file of the image. A JDK AOT cache rejects jars whose
  # time differs from the training run's, and jpackage copies the image again for the installer
  # without keeping times; dpkg-deb then clamps them back to SOURCE_DATE_EPOCH (build_installer).
  local stamp=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}
  touch -d "@$stamp" "$work/stamp" 2>/dev/null || touch -t "$(date -r "$stamp" +%Y%m%d%H%M.%S)" "$work/stamp"
  find "$image" -exec touch -h -r "$work/stamp" {} +
  if [ -z "$no_aot" ]; then train_aot; fi
  check_image
}

# A JDK 25 AOT cache per launcher, made by a training run of the finished image; the launcher's
# .cfg then names it ($APPDIR: the app folder, wherever the image is installed). A cache is only
# valid for this runtime and these jars (paths may move, file times may not), hence made here.
train_aot() {
  if [ "$(prop aot.gui false)" = true ]; then
    local run=()
    if [ $os = linux ] && [ -z "${DISPLAY:-}" ]; then
      if command -v xvfb-run >/dev/null; then run=(xvfb-run -a -s "-screen 0 1280x800x24")
      else echo "build.sh: no DISPLAY and no xvfb-run: no AOT cache for the window (apt install xvfb)" >&2; fi
    fi
    if [ $os != linux ] || [ -n "${DISPLAY:-}" ] || [ ${#run[@]} -gt 0 ]; then
      say "AOT training run: the window, from start to first frame"
      JAVA_TOOL_OPTIONS="-XX:AOTCacheOutput=$appdir/$launcher.aot -Dpmw.exitAfterFirstFrame=true" \
        "${run[@]}" "$bindir/$launcher$exe" >"$work/gui-training.log" 2>&1 \
        || { cat "$work/gui-training.log" >&2; die "GUI training run failed"; }
      [ -f "$appdir/$launcher.aot" ] || { cat "$work/gui-training.log" >&2; die "GUI training run wrote no AOT cache"; }
      use_aot "$launcher"
      # the window's classes now come from the cache, and JavaFX's natives from the runtime's files
      _JAVA_OPTIONS="-Xlog:class+load=info -Djavafx.verbose=true -Dpmw.exitAfterFirstFrame=true" \
        "${run[@]}" "$bindir/$launcher$exe" >"$work/gui-check.log" 2>&1 || true
      grep -q 'dev.pmw.ui.App source: shared objects file' "$work/gui-check.log" \
        || die "the window does not use its AOT cache (see $work/gui-check.log)"
      if grep -q 'glass.* from resource' "$work/gui-check.log" || ! grep -q 'glass.* from relative path' "$work/gui-check.log"; then
        die "JavaFX natives did not load from the runtime (see $work/gui-check.log)"
      fi
    fi
  fi
  if [ "$(prop aot.cli false)" = true ]; then
    say "AOT training run: pmw analyze on the sample incident"
    JAVA_TOOL_OPTIONS="-XX:AOTCacheOutput=$appdir/$cli.aot" \
      "$bindir/$cli$exe" analyze "$appdir/samples/payment-service-outage" --json >/dev/null 2>"$work/cli-training.log" \
      || { cat "$work/cli-training.log" >&2; die "CLI training run failed"; }
    [ -f "$appdir/$cli.aot" ] || die "CLI training run wrote no AOT cache"
    use_aot "$cli"
    _JAVA_OPTIONS=-Xlog:class+load=info "$bindir/$cli$exe" --version >"$work/cli-check.log" 2>&1 || true
    grep -q 'dev.pmw.PmwMain source: shared objects file' "$work/cli-check.log" \
      || die "pmw does not use its AOT cache (see $work/cli-check.log)"
  fi
}

use_aot() { # name the cache in launcher $1's .cfg
  printf 'java-options=-XX:AOTCache=$APPDIR/%s.aot\n' "$1" >> "$appdir/$1.cfg"
  set_time "$appdir/$1.cfg"
}

check_image() {
  say "Checks"
  local rt="$image/lib/runtime"
  [ $os = mac ] && rt="$image/Contents/runtime/Contents/Home"
  [ $os = win ] && rt="$image/runtime"
  # natives are files in the runtime, none left inside the jimage
  ls "$rt/$native_dir"/*."$native_ext" >/dev/null 2>&1 || die "no JavaFX natives in $rt/$native_dir"
  if "$jdk/bin/jimage" list "$rt/lib/modules" | grep -Eq '\.(so|dylib|dll)$'; then
    die "native libraries left inside the runtime's jimage"
  fi
  "$bindir/$cli$exe" --version
  du -sh "$image" | sed 's/^/app image: /'
}

build_installer() {
  [ -d "$image" ] || die "no app image at $image (run: packaging/build.sh image)"
  local common=(--app-image "$image" --name "$launcher" --app-version "$version"
                --vendor "$(prop app.vendor)" --copyright "$(prop app.copyright)"
                --description "$(prop app.description)" --license-file packaging/LICENSE.txt --dest "$dist")
  case $os in
    linux)
      for t in fakeroot dpkg-deb; do command -v $t >/dev/null || die "the .deb needs $t (apt install fakeroot dpkg)"; done
      # jpackage takes overrides by file name: <launcher>.desktop, postinst, prerm, postrm.
      local res="$work/linux-resources" appdir_installed="/opt/$(prop linux.package)"
      rm -rf "$res"; mkdir -p "$res"
      cp packaging/linux/postrm "$res/"
      cp packaging/linux/gui.desktop "$res/$launcher.desktop"
      cp packaging/linux/cli.desktop "$res/$cli.desktop"
      sed -e "s|@CLI@|$cli|g" -e "s|@APP_DIR@|$appdir_installed|g" packaging/linux/postinst > "$res/postinst"
      local mime_icon; mime_icon=$(sed -n 's|^mime-type=||p' packaging/linux/pmw-project.properties | tr / -)
      sed -e "s|@CLI@|$cli|g" -e "s|@APP_DIR@|$appdir_installed|g" -e "s|@MIME_ICON@|$mime_icon|g" \
        packaging/linux/prerm > "$res/prerm"
      # the image's file time (see build_image) for every file in the .deb
      export SOURCE_DATE_EPOCH; SOURCE_DATE_EPOCH=$(stat -c %Y "$appdir/pmw.jar")
      say "jpackage: .deb"
      rm -f "$dist"/*.deb
      "$jdk/bin/jpackage" --type deb "${common[@]}" --linux-package-name "$(prop linux.package)" \
        --linux-shortcut --linux-menu-group "Development;Utility;" --linux-app-category devel \
        --file-associations packaging/linux/pmw-project.properties \
        --resource-dir "$res" --icon packaging/icons/png/pmw-256.png
      ls -l "$dist"/*.deb ;;
    mac)
      say "jpackage: .dmg"
      "$jdk/bin/jpackage" --type dmg "${common[@]}" --mac-package-identifier "$(prop app.mac-id)" \
        --file-associations packaging/macos/pmw-project.properties --resource-dir packaging/macos ;;
    win)
      say "jpackage: .msi (needs the WiX Toolset on the PATH)"
      "$jdk/bin/jpackage" --type msi "${common[@]}" --win-upgrade-uuid "$(prop app.win-upgrade-uuid)" \
        --win-menu --win-menu-group "$name" --win-shortcut --win-dir-chooser \
        --file-associations packaging/windows/pmw-project.properties --resource-dir packaging/windows ;;
  esac
}

start=$(date +%s)
case $what in
  image) build_image ;;
  installer) build_installer ;;
  all) build_image; build_installer ;;
esac
say "done in $(( $(date +%s) - start )) s: $(ls -d "$dist"/* | tr '\n' ' ')"
