#!/usr/bin/env python3
"""Time networkx writing GraphML and rdflib writing N-Quads of exactly kg-export's graph.

Both libraries are given what kg-export itself wrote, loaded before the clock starts, so only
writing is timed, as for kg-export:

- networkx reads kg-export's GraphML file with its own reader (`read_graphml`, as a
  multigraph keyed by edge id): the same nodes, edges and typed attributes, none left out.
  Only `write_graphml` is timed.
- rdflib is given the quads of kg-export's N-Quads file, parsed line by line into rdflib terms
  (IRIs, literals with their datatypes, named graphs). Only `serialize(format="nquads")` is
  timed. The memory store takes about 1 KB per quad, so for a large file the quads are loaded
  and serialized in consecutive chunks of RDFLIB_CHUNK lines (default 1,000,000), each into a
  fresh Dataset: every quad of the file is serialized once, and the time is the sum over the
  chunks. rdflib drops a quad repeated within a chunk (N-Quads is a set: kg-export writes an
  evidence node shared by a mention and a relation of the same document twice), so it writes
  slightly fewer lines than it was given.

Usage: python-writers.py GRAPHML NQUADS kg-times.txt WORKDIR
"""
import gc
import os
import re
import resource
import sys
import time

import networkx
import rdflib
from rdflib.graph import Dataset


def timed(action):
    wall, cpu = time.perf_counter(), time.process_time()
    action()
    return time.perf_counter() - wall, time.process_time() - cpu


def peak_mib():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024


# One N-Quads line as kg-export writes it: IRIs in angle brackets, literals double-quoted with
# an optional datatype or language, an optional graph name.
QUAD = re.compile(
    r'<([^>]*)> <([^>]*)> (?:<([^>]*)>|"((?:[^"\\]|\\.)*)"(?:\^\^<([^>]*)>|@([A-Za-z0-9-]+))?)'
    r'(?: <([^>]*)>)? \.$')
ESCAPE = re.compile(r'\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))')
SIMPLE = {'"': '"', "\\": "\\", "n": "\n", "r": "\r", "t": "\t", "b": "\b", "f": "\f", "'": "'"}


def unescape(text):
    if "\\" not in text:
        return text
    return ESCAPE.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)) if (m.group(1) or m.group(2))
                      else SIMPLE[m.group(3)], text)


def load_chunk(lines):
    """A Dataset holding the quads of `lines`, built through the store (as the parser does)."""
    dataset = Dataset()
    store = dataset.store
    graphs = {}
    iris = {}

    def iri(text):
        term = iris.get(text)
        if term is None:
            term = iris[text] = rdflib.URIRef(text)
        return term

    for line in lines:
        match = QUAD.match(line)
        if match is None:
            raise ValueError(f"not an N-Quads line kg-export writes: {line!r}")
        s, p, o_iri, o_text, o_type, o_lang, g = match.groups()
        if o_iri is not None:
            obj = iri(o_iri)
        else:
            obj = rdflib.Literal(unescape(o_text), datatype=iri(o_type) if o_type else None, lang=o_lang)
        name = g if g is not None else None
        context = graphs.get(name)
        if context is None:
            context = graphs[name] = (dataset.graph(iri(g)) if g is not None else dataset.default_context)
        store.add((iri(s), iri(p), obj), context=context)
    return dataset


def main():
    graphml_path, nquads_path, kg_times_path, work = sys.argv[1:5]
    chunk_lines = int(os.environ.get("RDFLIB_CHUNK", "1000000"))
    kg = {}
    with open(kg_times_path) as handle:
        for line in handle:
            name, size, wall, cpu = line.split()
            kg[name] = (int(size), float(wall), float(cpu))

    # networkx: kg-export's GraphML, read by networkx itself.
    start = time.perf_counter()
    graph = networkx.read_graphml(graphml_path, force_multigraph=True)
    load_wall = time.perf_counter() - start
    node_attributes = len({key for _, data in graph.nodes(data=True) for key in data})
    edge_attributes = len({key for _, _, data in graph.edges(data=True) for key in data})
    graphml = os.path.join(work, "networkx.graphml")
    nx_wall, nx_cpu = timed(lambda: networkx.write_graphml(graph, graphml))
    nx_size = os.path.getsize(graphml)
    os.remove(graphml)
    print(f"networkx: read kg-export's GraphML ({graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges, "
          f"{node_attributes} node and {edge_attributes} edge attribute keys) in {load_wall:.1f} s, untimed")
    print(f"networkx write_graphml: {nx_size} bytes in {nx_wall:.2f} s (CPU {nx_cpu:.2f} s); "
          f"python peak so far {peak_mib()} MiB")
    del graph
    gc.collect()

    # rdflib: kg-export's quads, in chunks of `chunk_lines` lines.
    nquads = os.path.join(work, "rdflib.nq")
    rdf_wall = rdf_cpu = load_total = 0.0
    quads = lines_read = chunks = 0
    with open(nquads_path, encoding="utf-8") as source, open(nquads, "wb") as destination:
        while True:
            lines = [line.rstrip("\n") for _, line in zip(range(chunk_lines), source)]
            if not lines:
                break
            start = time.perf_counter()
            dataset = load_chunk(lines)
            load_total += time.perf_counter() - start
            lines_read += len(lines)
            chunks += 1
            wall, cpu = timed(lambda: dataset.serialize(destination=destination, format="nquads"))
            rdf_wall += wall
            rdf_cpu += cpu
            del dataset, lines
            gc.collect()
    rdf_size = os.path.getsize(nquads)
    with open(nquads, "rb") as written:
        quads = sum(1 for _ in written)
    os.remove(nquads)
    print(f"rdflib: loaded kg-export's {lines_read} N-Quads lines in {chunks} chunk(s) of at most {chunk_lines} "
          f"in {load_total:.1f} s, untimed")
    print(f"rdflib serialize nquads: {quads} quads, {rdf_size} bytes in {rdf_wall:.2f} s (CPU {rdf_cpu:.2f} s)")
    print(f"python peak memory: {peak_mib()} MiB")

    print()
    if "graphml" in kg:
        size, wall, cpu = kg["graphml"]
        print(f"GraphML: kg-export CPU {cpu:.2f} s for {size} bytes vs networkx CPU {nx_cpu:.2f} s for {nx_size} bytes "
              f"of the same graph: kg-export {nx_cpu / cpu:.1f}x faster")
    if "nquads" in kg:
        size, wall, cpu = kg["nquads"]
        print(f"N-Quads: kg-export CPU {cpu:.2f} s for {lines_read} quads vs rdflib CPU {rdf_cpu:.2f} s for the same "
              f"quads ({quads} lines once repeats are dropped): kg-export {rdf_cpu / cpu:.1f}x faster")


if __name__ == "__main__":
    main()
