#!/usr/bin/env python3
"""Writes deterministic DOT graphs for Scripts/bench/render-bench.sh.

  make-graphs.py small DIR COUNT        COUNT news-like graphs of 20-50 nodes, DIR/g0000.dot ...
  make-graphs.py large FILE NODES EDGES one random graph with NODES nodes and EDGES edges

The same arguments always give the same bytes (seeded random.Random, no hash ordering).
"""
import os
import random
import sys

KINDS = [("person", "ellipse"), ("country", "box"), ("organization", "component"),
         ("event", "diamond")]
PREDICATES = ["leaderOf", "metWith", "memberOf", "locatedIn", "participatedIn", "spokeWith"]
SYLLABLES = ["an", "bel", "cor", "dan", "el", "fir", "gon", "har", "is", "jor", "ka", "lin",
             "mor", "nu", "os", "per", "qui", "ros", "sa", "tor", "ul", "ven", "wa", "xi", "yu"]


def name(rng):
    words = [("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3)))).title()
             for _ in range(rng.randint(1, 2))]
    return " ".join(words)


def small_graph(index):
    rng = random.Random(index)
    count = rng.randint(20, 50)
    lines = ['digraph "kg-%04d" {' % index, "  rankdir=LR;"]
    for node in range(count):
        kind, shape = rng.choice(KINDS)
        lines.append('  n%d [label="%s", shape=%s, tooltip="%s/%d"];'
                     % (node, name(rng), shape, kind, node))
    for node in range(1, count):  # a spanning tree keeps the graph connected
        lines.append('  n%d -> n%d [label="%s"];'
                     % (rng.randrange(node), node, rng.choice(PREDICATES)))
    for _ in range(count // 3):
        a, b = rng.randrange(count), rng.randrange(count)
        if a != b:
            lines.append('  n%d -> n%d [label="%s"];' % (a, b, rng.choice(PREDICATES)))
    lines.append("}")
    return "\n".join(lines) + "\n"


def large_graph(nodes, edges):
    rng = random.Random(2000)
    lines = ["digraph Large {"]
    lines += ["  n%d;" % node for node in range(nodes)]
    lines += ["  n%d -> n%d;" % (rng.randrange(nodes), rng.randrange(nodes))
              for _ in range(edges)]
    lines.append("}")
    return "\n".join(lines) + "\n"


def main(argv):
    if len(argv) == 4 and argv[1] == "small":
        os.makedirs(argv[2], exist_ok=True)
        for index in range(int(argv[3])):
            with open(os.path.join(argv[2], "g%04d.dot" % index), "w") as out:
                out.write(small_graph(index))
    elif len(argv) == 5 and argv[1] == "large":
        with open(argv[2], "w") as out:
            out.write(large_graph(int(argv[3]), int(argv[4])))
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv)
