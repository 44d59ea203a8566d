#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders the PNG icon sizes the package installs from resources/icons/pgpilot.svg.
# Run after changing the SVG (needs rsvg-convert from librsvg2-bin); the PNGs are committed.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
svg=$here/../../resources/icons/pgpilot.svg
for size in 16 24 32 48 64 128 256 512; do
  mkdir -p "$here/${size}x${size}"
  rsvg-convert -w "$size" -h "$size" "$svg" -o "$here/${size}x${size}/pgpilot.png"
done
