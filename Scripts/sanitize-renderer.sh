#!/usr/bin/env bash
# Runs the Graphviz renderer's tests under a memory checker.
#
#   Scripts/sanitize-renderer.sh [asan|valgrind|all]     (default: asan)
#
# asan      `swift test --sanitize=address` for GraphvizRenderingTests, in its own scratch path
#           (.build-asan) so the normal build is left alone. Finds use-after-free, overflows and
#           double frees in the renderer and in Graphviz as called by it. Leak detection is off:
#           fontconfig, pango and Graphviz keep process-lifetime caches that LeakSanitizer reports
#           at exit; leaks per render are what matters and the next mode measures those.
# valgrind  runs `kg-export render` over 20 and then 100 copies of a graph in one process under
#           valgrind's memcheck and requires (1) no memory errors and (2) the same "definitely
#           lost" bytes for both runs, i.e. nothing leaks per render.
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-asan}"

run_asan() {
  echo "sanitize-renderer: address sanitizer (scratch path .build-asan)"
  ASAN_OPTIONS="detect_leaks=0:abort_on_error=1:strict_string_checks=1" \
    swift test --sanitize=address --scratch-path .build-asan --filter GraphvizRenderingTests
}

run_valgrind() {
  if ! command -v valgrind >/dev/null 2>&1; then
    if [[ $(id -u) -eq 0 ]]; then apt-get install -y valgrind >/dev/null; else
      echo "sanitize-renderer: valgrind is missing; install the valgrind package" >&2
      exit 69
    fi
  fi
  swift build --product kg-export >/dev/null
  local kg work
  kg="$(swift build --show-bin-path)/kg-export"
  work=$(mktemp -d)
  trap 'rm -rf "$work"' RETURN
  mkdir -p "$work/in"
  for index in $(seq -w 1 100); do
    printf 'digraph "g%s" {\n  a [label="习近平"]; b [label="<b>"]; c [shape=box];\n  a -> b [label="metWith"]; b -> c; c -> a;\n}\n' "$index" >"$work/in/g$index.dot"
  done
  printf 'digraph Broken { a -> }\n' >"$work/in/g050.dot"  # one failure in the loop
  local lost=()
  for count in 20 100; do
    local log="$work/valgrind-$count.log"
    valgrind --tool=memcheck --leak-check=full --error-exitcode=99 --log-file="$log" \
      "$kg" render $(ls "$work"/in/*.dot | head -n "$count") -o "$work/out-$count" --jobs 1 \
      >/dev/null 2>&1 || [[ $? -eq 65 ]]
    local errors definitely
    errors=$(awk '/ERROR SUMMARY/ { print $4 }' "$log")
    definitely=$(awk '/definitely lost:/ { gsub(",", "", $4); print $4 }' "$log")
    echo "sanitize-renderer: valgrind, $count renders: $errors errors, ${definitely:-0} bytes definitely lost"
    if [[ "$errors" != "0" ]]; then
      cat "$log" >&2
      exit 1
    fi
    lost+=("${definitely:-0}")
  done
  if [[ "${lost[0]}" != "${lost[1]}" ]]; then
    echo "sanitize-renderer: definitely-lost bytes grow with the number of renders (${lost[*]})" >&2
    exit 1
  fi
}

case "$mode" in
  asan) run_asan ;;
  valgrind) run_valgrind ;;
  all) run_asan && run_valgrind ;;
  *) echo "usage: $0 [asan|valgrind|all]" >&2; exit 64 ;;
esac
