#!/usr/bin/env bash
# Rebuilds the shipped entity-tagger model, Sources/GraphExtraction/Resources/NER/entity-tagger.bin,
# from CoNLL-2003 train and CrossNER politics train (upsampled ×12), and prints the dev F1.
#
# Usage: Scripts/train-ner.sh [DATA_DIR] [OUTPUT]
#   DATA_DIR defaults to ../shared/data relative to the repository (or $KG_DATA); it must hold
#   conll2003/{train,dev}.txt and crossner-politics/{train,dev}.txt.
# Deterministic: the same data and seed give the same model bytes. Takes about a minute
# (4 runs × 14 epochs) on one core after the release build.
# The dev files are only scored, never trained on: each run keeps the epoch with the best mean
# dev F1 (early stopping), and the 4 runs' weights are averaged.
set -euo pipefail
cd "$(dirname "$0")/.."
data="${1:-${KG_DATA:-../shared/data}}"
output="${2:-Sources/GraphExtraction/Resources/NER/entity-tagger.bin}"
for file in conll2003/train.txt conll2003/dev.txt crossner-politics/train.txt crossner-politics/dev.txt; do
  [[ -r "$data/$file" ]] || { echo "train-ner.sh: missing $data/$file" >&2; exit 66; }
done
swift build -c release --product kg-export
nice .build/release/kg-export train-ner \
  --train "$data/conll2003/train.txt" "$data/crossner-politics/train.txt" --repeat 1 12 \
  --dev "$data/conll2003/dev.txt" "$data/crossner-politics/dev.txt" \
  --epochs 14 --runs 4 --seed 1 --table-bits 20 \
  --output "$output"
ls -l "$output"
