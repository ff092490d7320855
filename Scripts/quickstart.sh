#!/usr/bin/env bash
# Sets up a fresh Debian machine and runs the main job on the bundled example: extracts the
# knowledge graph of graphs/biden-xi-woodside/article.txt and writes it as JSON-LD, DOT, SVG
# and PNG into out/.
set -euo pipefail
cd "$(dirname "$0")/.."

Scripts/bootstrap.sh
swift build -c release
mkdir -p out
.build/release/kg-export extract graphs/biden-xi-woodside/article.txt \
  --format jsonld,dot,svg,png --output out
ls -l out
