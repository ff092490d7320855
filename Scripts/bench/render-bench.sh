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

measure() { # command... ; prints "<wall seconds> <CPU seconds (user+sys, with children)>"
  /usr/bin/time -f "%e %U %S" -o "$work/time" "$@" >/dev/null
  awk '{ printf "%.3f %.3f\n", $1, $2 + $3 }' "$work/time"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
median() { printf '%s\n' "$@" | sort -g | sed -n "$((($# + 1) / 2))p"; }
peak_kb() { # command... ; prints the maximum resident set size in kB
  /usr/bin/time -v "$@" 2>&1 >/dev/null | awk -F': ' '/Maximum resident set size/ { print $2 }'
}
identical() { # dirA dirB ; counts files with equal bytes
  local same=0 name
  for name in "$1"/*.svg; do
    if cmp -s "$name" "$2/$(basename "$name")"; then same=$((same + 1)); fi
  done
  echo "$same"
}

same_drawing() { # dirA dirB ; counts files equal once dot's multi-graph page ids are removed
  local same=0 name
  for name in "$1"/*.svg; do
    if cmp -s "$name" <(sed 's/id="page0,1_graph0"/id="graph0"/' "$2/$(basename "$name")"); then
      same=$((same + 1))
    fi
  done
  echo "$same"
}

export small_list="${small[*]}"
dot_each() { # outdir
  mkdir -p "$1"
  local file
  for file in $small_list; do
    dot -Kdot -Tsvg "$file" -o "$1/$(basename "${file%.dot}").svg"
  done
}
export -f dot_each

echo "render-bench: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(dot -V 2>&1), kg-export $configuration build"
echo "    (wall time is what a user waits; CPU time = user + system, including child processes,"
echo "     and is less disturbed by other work on the machine)"
echo "(a) 1,000 small graphs (20-50 nodes), dot -> SVG"
"$kg" render "${small[@]:0:20}" -K dot -o "$work/warm" --jobs 1  # load fonts and plugins once
read -r inproc inproc_cpu < <(measure "$kg" render "${small[@]}" -K dot -o "$work/inproc" --jobs 1)
read -r workers workers_cpu < <(measure "$kg" render "${small[@]}" -K dot -o "$work/workers")
read -r cli cli_cpu < <(measure bash -c 'dot_each "$0"' "$work/cli")
# The floor for any in-process renderer: the dot program itself drawing all 1,000 graphs in one
# process (-O writes g0000.dot.svg next to each input), i.e. Graphviz's own cost per graph with
# its start-up paid once.
mkdir -p "$work/dotone"
cp "${small[@]}" "$work/dotone/"
read -r floor floor_cpu < <(measure dot -Kdot -Tsvg -O "$work"/dotone/*.dot)
echo "    kg-export, one process (--jobs 1):     ${inproc} s wall, ${inproc_cpu} s CPU"
echo "    kg-export, default (worker per core):  ${workers} s wall, ${workers_cpu} s CPU"
echo "    dot program, one process per graph:    ${cli} s wall, ${cli_cpu} s CPU"
echo "    dot program, all graphs in one process: ${floor} s wall, ${floor_cpu} s CPU (Graphviz's own cost per graph)"
echo "    ratio dot/kg-export, wall: $(ratio "$cli" "$inproc")x (--jobs 1), $(ratio "$cli" "$workers")x (default); CPU: $(ratio "$cli_cpu" "$inproc_cpu")x"
echo "    ceiling for an in-process renderer (dot per graph / dot in one process): $(ratio "$cli_cpu" "$floor_cpu")x per core by CPU, $(ratio "$cli" "$floor") x $(nproc) cores = $(awk -v a="$cli" -v b="$floor" -v n="$(nproc)" 'BEGIN { printf "%.2f", a / b * n }')x by wall at best"
echo "    kg-export's CPU per graph against Graphviz's own: $(ratio "$inproc_cpu" "$floor_cpu")x"
for name in "$work"/dotone/*.dot.svg; do mv "$name" "${name%.dot.svg}.svg"; done
echo "    identical SVG files: $(identical "$work/inproc" "$work/cli") of ${#small[@]} (in-process vs dot), $(identical "$work/inproc" "$work/workers") (--jobs 1 vs workers), $(same_drawing "$work/inproc" "$work/dotone") (vs dot in one process, which numbers its pages: id="page0,1_graph0")"

echo "(b) 2,000 nodes / 4,000 edges, sfdp -> SVG, median of 5"
kg_runs=() dot_runs=() kg_cpu_runs=() dot_cpu_runs=()
for _ in 1 2 3 4 5; do
  read -r wall cpu < <(measure "$kg" render "$work/large.dot" -K sfdp -o "$work/large-kg.svg")
  kg_runs+=("$wall") kg_cpu_runs+=("$cpu")
  read -r wall cpu < <(measure dot -Ksfdp -Tsvg "$work/large.dot" -o "$work/large-dot.svg")
  dot_runs+=("$wall") dot_cpu_runs+=("$cpu")
done
kg_large=$(median "${kg_runs[@]}") dot_large=$(median "${dot_runs[@]}")
kg_large_cpu=$(median "${kg_cpu_runs[@]}") dot_large_cpu=$(median "${dot_cpu_runs[@]}")
echo "    kg-export: ${kg_large} s wall, ${kg_large_cpu} s CPU (wall runs: ${kg_runs[*]})"
echo "    dot:       ${dot_large} s wall, ${dot_large_cpu} s CPU (wall runs: ${dot_runs[*]})"
echo "    ratio dot/kg-export: $(ratio "$dot_large" "$kg_large")x wall, $(ratio "$dot_large_cpu" "$kg_large_cpu")x CPU; identical SVG: $(cmp -s "$work/large-kg.svg" "$work/large-dot.svg" && echo yes || echo no)"

echo "(c) peak memory (maximum resident set size)"
echo "    kg-export, 1,000 small graphs, --jobs 1: $(peak_kb "$kg" render "${small[@]}" -K dot -o "$work/mem" --jobs 1) kB"
echo "    dot, one small graph:                    $(peak_kb dot -Kdot -Tsvg "${small[0]}") kB"
echo "    kg-export, large graph, sfdp:            $(peak_kb "$kg" render "$work/large.dot" -K sfdp -o "$work/mem.svg") kB"
echo "    dot, large graph, sfdp:                  $(peak_kb dot -Ksfdp -Tsvg "$work/large.dot") kB"
echo "    kg-export, --list-formats (baseline):    $(peak_kb "$kg" render --list-formats) kB"
