#!/usr/bin/env bash
# Compares kg-export's in-process Graphviz rendering with running the `dot` program.
#
#   Scripts/bench/render-bench.sh [--debug]
#
# (a) 1,000 small news-like graphs (20-50 nodes), dot -> SVG: one `kg-export render` process
#     (--jobs 1, and the default worker processes) vs one `dot` process per graph.
# (b) one random graph of 2,000 nodes and 4,000 edges, sfdp -> SVG: kg-export vs dot,
#     median of 5 alternating runs each.
# (c) peak memory (maximum resident set size) of each, from /usr/bin/time -v.
# Also checks that both paths give byte-identical SVG. Builds kg-export in release mode
# (--debug uses the debug build instead). Needs python3, graphviz and GNU time; installs the
# last two with apt-get when missing and running as root.
set -euo pipefail
cd "$(dirname "$0")/../.."

configuration=release
if [[ "${1:-}" == "--debug" ]]; then configuration=debug; fi

install_if_missing() { # command package
  if ! command -v "$1" >/dev/null 2>&1; then
    if [[ $(id -u) -eq 0 ]]; then
      apt-get install -y "$2" >/dev/null
    else
      echo "render-bench: $1 is missing; install the $2 package" >&2
      exit 69
    fi
  fi
}
install_if_missing dot graphviz
install_if_missing /usr/bin/time time

swift build -c "$configuration" --product kg-export >/dev/null
kg="$(swift build -c "$configuration" --show-bin-path)/kg-export"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 Scripts/bench/make-graphs.py small "$work/small" 1000
python3 Scripts/bench/make-graphs.py large "$work/large.dot" 2000 4000
small=("$work"/small/*.dot)

seconds() { # command... ; prints the wall time in seconds
  local start end
  start=$(date +%s%N)
  "$@" >/dev/null
  end=$(date +%s%N)
  awk -v ns=$((end - start)) 'BEGIN { printf "%.3f", ns / 1e9 }'
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
median() { printf '%s\n' "$@" | sort -g | sed -n "$((($# + 1) / 2))p"; }
peak_kb() { # command... ; prints the maximum resident set size in kB
  /usr/bin/time -v "$@" 2>&1 >/dev/null | awk -F': ' '/Maximum resident set size/ { print $2 }'
}
dot_each() { # outdir
  mkdir -p "$1"
  for file in "${small[@]}"; do
    dot -Kdot -Tsvg "$file" -o "$1/$(basename "${file%.dot}").svg"
  done
}
identical() { # dirA dirB ; counts files with equal bytes
  local same=0 name
  for name in "$1"/*.svg; do
    if cmp -s "$name" "$2/$(basename "$name")"; then same=$((same + 1)); fi
  done
  echo "$same"
}

echo "render-bench: $(nproc) cores, $(dot -V 2>&1), kg-export $configuration build"
echo "(a) 1,000 small graphs (20-50 nodes), dot -> SVG"
"$kg" render "${small[@]:0:20}" -K dot -o "$work/warm" --jobs 1  # load fonts and plugins once
dot_each "$work/warm-dot" 2>/dev/null || true
inproc=$(seconds "$kg" render "${small[@]}" -K dot -o "$work/inproc" --jobs 1)
workers=$(seconds "$kg" render "${small[@]}" -K dot -o "$work/workers")
cli=$(seconds dot_each "$work/cli")
echo "    kg-export, one process (--jobs 1):     ${inproc} s"
echo "    kg-export, default (worker per core):  ${workers} s"
echo "    dot program, one process per graph:    ${cli} s"
echo "    ratio dot/kg-export: $(ratio "$cli" "$inproc")x (--jobs 1), $(ratio "$cli" "$workers")x (default)"
echo "    identical SVG files: $(identical "$work/inproc" "$work/cli") of ${#small[@]} (in-process vs dot), $(identical "$work/inproc" "$work/workers") (--jobs 1 vs workers)"

echo "(b) 2,000 nodes / 4,000 edges, sfdp -> SVG, median of 5"
kg_runs=() dot_runs=()
for _ in 1 2 3 4 5; do
  kg_runs+=("$(seconds "$kg" render "$work/large.dot" -K sfdp -o "$work/large-kg.svg")")
  dot_runs+=("$(seconds dot -Ksfdp -Tsvg "$work/large.dot" -o "$work/large-dot.svg")")
done
kg_large=$(median "${kg_runs[@]}")
dot_large=$(median "${dot_runs[@]}")
echo "    kg-export: ${kg_large} s (runs: ${kg_runs[*]})"
echo "    dot:       ${dot_large} s (runs: ${dot_runs[*]})"
echo "    ratio dot/kg-export: $(ratio "$dot_large" "$kg_large")x; identical SVG: $(cmp -s "$work/large-kg.svg" "$work/large-dot.svg" && echo yes || echo no)"

echo "(c) peak memory (maximum resident set size)"
echo "    kg-export, 1,000 small graphs, --jobs 1: $(peak_kb "$kg" render "${small[@]}" -K dot -o "$work/mem" --jobs 1) kB"
echo "    dot, one small graph:                    $(peak_kb dot -Kdot -Tsvg "${small[0]}") kB"
echo "    kg-export, large graph, sfdp:            $(peak_kb "$kg" render "$work/large.dot" -K sfdp -o "$work/mem.svg") kB"
echo "    dot, large graph, sfdp:                  $(peak_kb dot -Ksfdp -Tsvg "$work/large.dot") kB"
