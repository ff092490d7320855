#!/usr/bin/env bash
# Sets up a fresh Debian machine and runs the whole test suite: the Swift tests, the Python
# oracle tests (pyld, rdflib, networkx and Graphviz read our files back), and the score of the
# extractor on the evaluation articles when ../shared is beside the project.
set -euo pipefail
cd "$(dirname "$0")/.."

Scripts/bootstrap.sh --with-oracles

echo "== swift build"
swift build
echo "== swift test"
swift test

if [ -d Tests/Oracles ] && ls Tests/Oracles/test_*.py >/dev/null 2>&1; then
  echo "== oracle tests (pytest)"
  KG_EXPORT="$PWD/.build/debug/kg-export" python3 -m pytest -q Tests/Oracles
fi

echo "== no text of the evaluation articles in the project"
python3 Scripts/check-corpus-overlap.py ../shared/corpus

shared=../shared
if [ -f "$shared/eval/score-seeds.sh" ] && [ -d "$shared/corpus" ]; then
  echo "== extractor score on the evaluation articles"
  "$shared/eval/score-seeds.sh" .build/debug/kg-export --min-entity-f1 0.85 --min-relation-f1 0.70
fi
echo "all checks passed"
