#!/usr/bin/env bash
# Installs everything kg-export needs on a fresh Debian machine that has Swift:
# the Graphviz C library and headers, a font with CJK glyphs, and the Python test oracles.
# Safe to run again: it installs only what is missing.
set -euo pipefail

packages=()
pkg-config --exists libgvc 2>/dev/null || packages+=(pkg-config libgraphviz-dev)
command -v dot >/dev/null 2>&1 || packages+=(graphviz)  # the benchmark's baseline, never the product
fc-list 2>/dev/null | grep -qi "wenquanyi\|wqy" || packages+=(fonts-wqy-microhei)
if [ "${1:-}" = "--with-bench-tools" ]; then
  command -v /usr/bin/time >/dev/null 2>&1 || packages+=(time)
fi
if [ ${#packages[@]} -gt 0 ]; then
  echo "bootstrap: installing ${packages[*]}"
  export DEBIAN_FRONTEND=noninteractive
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  $sudo_cmd apt-get install -y -qq "${packages[@]}" >/dev/null
fi

if [ "${1:-}" = "--with-oracles" ] || [ "${1:-}" = "--with-bench-tools" ]; then
  if ! python3 -c "import pyld, rdflib, networkx, pytest" 2>/dev/null; then
    echo "bootstrap: installing the Python test oracles (pyld, rdflib, networkx, pytest)"
    python3 -m pip install --quiet --disable-pip-version-check pyld rdflib networkx pytest
  fi
fi
