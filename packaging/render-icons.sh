#!/usr/bin/env bash
# Render resources/icons/healthref.svg to the PNG sizes desktops use and to the Windows .ico.
# Needs rsvg-convert (Debian: librsvg2-bin) and ImageMagick's convert. Run after editing the SVG
# and commit the results with it.
set -euo pipefail
cd "$(dirname "$0")/../resources/icons"
for size in 16 24 32 48 64 128 256 512; do
  rsvg-convert -w "$size" -h "$size" healthref.svg -o "healthref-$size.png"
done
convert healthref-16.png healthref-24.png healthref-32.png healthref-48.png healthref-64.png \
  healthref-128.png healthref-256.png healthref.ico
echo "rendered $(ls healthref-*.png | wc -l) PNGs and healthref.ico"
