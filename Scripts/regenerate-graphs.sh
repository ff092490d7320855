#!/usr/bin/env bash
# Re-extracts every example in graphs/ and rewrites its graph.jsonld, graph.dot and drawings.
# The test suite fails when the committed graph.jsonld or graph.dot no longer match what the
# code produces; run this after changing the extractor or the writers, and review the diff.
set -euo pipefail
cd "$(dirname "$0")/.."

Scripts/bootstrap.sh
swift build
bin=.build/debug/kg-export
for article in graphs/*/article.txt; do
  folder=$(dirname "$article")
  echo "== $folder"
  "$bin" extract "$article" --name graph --format jsonld,dot,svg,png --output "$folder"
  # The gallery: the same graph drawn by two more layout engines.
  for engine in neato circo; do
    "$bin" render "$folder/graph.dot" --layout "$engine" --format svg --output "$folder/graph.$engine.svg"
  done
done
"$bin" convert --help >/dev/null 2>&1 && [ -f graphs/vocabulary.jsonld ] || true
