#!/usr/bin/env bash
# Scores kg-export on the project's own held-out texts (Tests/Heldout, never used to write
# rules), each alone and merged, with the evaluation scorer of ../shared/eval.
# usage: Scripts/score-heldout.sh [KG_EXPORT_BINARY] [score_graph.py options, e.g. --verbose]
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-}
if [[ -z $bin || $bin == -* ]]; then
  [[ -n $bin ]] || shift || true
  # The newer of the release and debug builds, so a stale build never hides a change.
  bin=.build/debug/kg-export
  if [[ -x .build/release/kg-export && ( ! -x $bin || .build/release/kg-export -nt $bin ) ]]; then
    bin=.build/release/kg-export
  fi
else
  shift
fi
scorer=../shared/eval/score_graph.py
[[ -f $scorer ]] || { echo "score-heldout: needs $scorer"; exit 2; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
args=()
for text in Tests/Heldout/*.txt; do
  name=$(basename "$text")
  "$bin" extract "$text" --format jsonld --stdout >"$tmp/$name.jsonld"
  args+=(--doc "$name=$tmp/$name.jsonld")
done
"$bin" extract Tests/Heldout/*.txt --merge --format jsonld --stdout >"$tmp/merged.jsonld"
python3 "$scorer" --gold Tests/Heldout/heldout-gold.json "${args[@]}" --merged "$tmp/merged.jsonld" "$@"
