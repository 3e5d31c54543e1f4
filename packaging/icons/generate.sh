#!/usr/bin/env bash
# Regenerates every raster icon from the two SVG sources (run after editing them; the results are
# committed, so building a package does not need this):
#   pmw.svg        the icon, used from 48 px up
#   pmw-small.svg  the same drawing for 16-32 px: no margin, thicker strokes, one timeline row
# Outputs: png/pmw-{16..1024}.png, ../windows/pmw.ico (16-256), ../macos/pmw.iconset/ (for
# `iconutil -c icns`, which only exists on macOS; packaging/build.sh runs it there).
# Needs ImageMagick's convert with an SVG reader (on Debian: apt install imagemagick librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")"
render() { # render SRC SIZE OUT: rasterise at 4x the target size, then downsample
  local density=$(( 72 * $2 * 4 / 512 ))
  convert -background none -density "$density" "$1" -resize "$2x$2" -strip "PNG32:$3"
}
mkdir -p png ../macos/pmw.iconset
for s in 16 24 32; do render pmw-small.svg $s png/pmw-$s.png; done
for s in 48 64 128 256 512 1024; do render pmw.svg $s png/pmw-$s.png; done

convert png/pmw-{16,24,32,48,64,128,256}.png ../windows/pmw.ico

set_icon() { cp "png/pmw-$1.png" "../macos/pmw.iconset/icon_$2.png"; }
set_icon 16 16x16;    set_icon 32 16x16@2x
set_icon 32 32x32;    set_icon 64 32x32@2x
set_icon 128 128x128; set_icon 256 128x128@2x
set_icon 256 256x256; set_icon 512 256x256@2x
set_icon 512 512x512; set_icon 1024 512x512@2x
identify ../windows/pmw.ico | sed 's/^/ico: /'
ls png ../macos/pmw.iconset
