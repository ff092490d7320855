#!/usr/bin/env bash
# Export benchmark: a synthetic graph of 100,000 entities and 500,000 relations written in
# every format by kg-export (time, CPU and peak memory per format), then the same graph written
# as GraphML by networkx and as N-Quads by rdflib, with the ratios. networkx reads kg-export's
# GraphML file and rdflib is given the quads of kg-export's N-Quads file before their clocks
# start (see python-writers.py), so all three write exactly the same graph.
#
# Usage: Scripts/bench/export-bench.sh [ENTITIES [RELATIONS]]
#   KG_EXPORT=path   use this kg-export binary (default: .build/release/kg-export, built if missing)
#   FORMATS=list     comma-separated formats (default: every format)
#   SKIP_PYTHON=1    skip the networkx and rdflib comparison
#   RDFLIB_CHUNK=n   N-Quads lines rdflib holds at once (default 1000000, about 1.3 GB)
#
# CPU time (user + system) is reported next to wall time because the machine may be shared;
# the ratios use CPU time. Peak memory is the maximum resident set size of the whole process,
# printed next to the peak of a run that only builds the graph: the difference is what the
# writer needs, which should not grow with the size of the output.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
entities=${1:-100000}
relations=${2:-500000}
formats=${FORMATS:-jsonld,nquads,turtle,graphml,gexf,neo4j,cypher,cytoscape,mermaid,csv,dot}
bin=${KG_EXPORT:-$root/.build/release/kg-export}
if [ ! -x "$bin" ]; then
  (cd "$root" && swift build -c release --product kg-export >&2)
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/kg-export-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
out="$work/out"
mkdir -p "$out"

size=(--entity-count "$entities" --relation-count "$relations")
echo "kg-export export benchmark: $entities entities, $relations relations ($(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg))"

/usr/bin/time -f "%M" -o "$work/baseline.rss" "$bin" synthesize "${size[@]}" 2> "$work/baseline.log"
baseline_kb=$(tail -1 "$work/baseline.rss")
grep -o 'sorting.*' "$work/baseline.log" | sed 's/^/  /'
printf '%-10s %14s %9s %9s %12s %14s\n' format bytes "wall s" "CPU s" "peak MiB" "over build MiB"
printf '%-10s %14s %9s %9s %12d %14s\n' "(build)" - - - $((baseline_kb / 1024)) 0

IFS=',' read -r -a list <<< "$formats"
for format in "${list[@]}"; do
  /usr/bin/time -f "%M" -o "$work/$format.rss" \
    "$bin" synthesize "${size[@]}" --format "$format" -o "$out" 2> "$work/$format.log"
  line=$(grep "wrote $format " "$work/$format.log")
  bytes=$(sed -E 's/.* ([0-9]+) bytes.*/\1/' <<< "$line")
  wall=$(sed -E 's/.* in ([0-9.]+) s,.*/\1/' <<< "$line")
  cpu=$(sed -E 's/.*CPU ([0-9.]+) s.*/\1/' <<< "$line")
  peak_kb=$(tail -1 "$work/$format.rss")
  printf '%-10s %14d %9s %9s %12d %14d\n' "$format" "$bytes" "$wall" "$cpu" $((peak_kb / 1024)) \
    $(((peak_kb - baseline_kb) / 1024))
  echo "$format $bytes $wall $cpu" >> "$work/kg-times.txt"
  # Keep only what the Python comparison reads (kg-export's GraphML and N-Quads), so the disk
  # does not fill up.
  find "$out" -type f ! -name synthetic.graphml ! -name synthetic.nq -delete
done

if [ "${SKIP_PYTHON:-0}" = 1 ]; then exit 0; fi
for format in graphml nquads; do
  case ",$formats," in
    *",$format,"*) ;;
    *) "$bin" synthesize "${size[@]}" --format "$format" -o "$out" 2> /dev/null ;;
  esac
done
python3 "$root/Scripts/bench/python-writers.py" "$out/synthetic.graphml" "$out/synthetic.nq" "$work/kg-times.txt" "$work"
