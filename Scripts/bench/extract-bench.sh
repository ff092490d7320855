#!/usr/bin/env bash
# Measures how fast `kg-export extract` turns news text into graphs, on one core.
#
#   Scripts/bench/extract-bench.sh [--debug] [TOTAL_BYTES]
#
# Generates about 5 MB of news-like articles (Scripts/bench/make-news.py: template
# sentences written for the benchmark, filled with names from the gazetteers; the same corpus
# every run), then times `kg-export extract FOLDER --format jsonld,dot --threads 1` pinned to
# one CPU with taskset, and prints the throughput in MB of input text per second, by wall clock
# and by CPU time (the CPU figure does not suffer from other processes sharing the core). Also
# prints the throughput with the default thread count. Builds kg-export in release mode (--debug uses
# the debug build). The project's target: at least 1 MB/s on one core.
set -euo pipefail
cd "$(dirname "$0")/../.."

configuration=release
if [[ "${1:-}" == "--debug" ]]; then configuration=debug; shift; fi
total=${1:-5000000}

swift build -c "$configuration" --product kg-export >/dev/null
bin=.build/$configuration/kg-export

tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
python3 Scripts/bench/make-news.py "$tmp/news" "$total" >/dev/null
bytes=$(cat "$tmp"/news/*.txt | wc -c)
articles=$(ls "$tmp/news" | wc -l)

run() { # label, then the command: prints wall-clock and CPU throughput
  local label=$1; shift
  python3 - "$label" "$bytes" "$@" <<'PY'
import resource, subprocess, sys, time
label, size, command = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
start = time.monotonic()
subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
wall = time.monotonic() - start
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
cpu = usage.ru_utime + usage.ru_stime
mb = size / 1e6
print(f"{label}: {mb:.2f} MB in {wall:.2f} s wall = {mb / wall:.2f} MB/s; "
      f"{cpu:.2f} s CPU = {mb / cpu:.2f} MB/s per core")
PY
}

pin=()
command -v taskset >/dev/null 2>&1 && pin=(taskset -c 0)
echo "extract-bench: $articles articles, $bytes bytes, $configuration build"
run "one core (--threads 1)" "${pin[@]}" "$bin" extract "$tmp/news" --format jsonld,dot \
  --threads 1 --output "$tmp/out1"
run "default threads" "$bin" extract "$tmp/news" --format jsonld,dot --output "$tmp/out2"
