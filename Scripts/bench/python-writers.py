#!/usr/bin/env python3
"""Time networkx writing GraphML and rdflib writing N-Quads of the benchmark graph.

Both graphs are built from kg-export's CSV edge list (synthetic.csv) before the clock starts,
so only writing is timed, as for kg-export. The networkx graph has the edge list's
attributes (name and kind on nodes; predicate, label, confidence and quote on edges). The
rdflib dataset has, per node, rdf:type and schema:name, and per relation the direct triple,
a statement node (type, subject, predicate, object, confidence) and the quote, in the named
graph of the relation's document: fewer quads than kg-export writes (it also writes aliases,
mentions and Web Annotation selectors), so the throughput ratio is printed too.

Usage: python-writers.py synthetic.csv kg-times.txt WORKDIR
"""
import csv
import os
import resource
import sys
import time

import networkx
import rdflib
from rdflib.namespace import RDF, XSD


def timed(action):
    wall, cpu = time.perf_counter(), time.process_time()
    action()
    return time.perf_counter() - wall, time.process_time() - cpu


def main():
    edges_path, kg_times_path, work = sys.argv[1:4]
    kg = {}
    with open(kg_times_path) as handle:
        for line in handle:
            name, size, wall, cpu = line.split()
            kg[name] = (int(size), float(wall), float(cpu))

    with open(edges_path, newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))

    graph = networkx.MultiDiGraph()
    for row in rows:
        graph.add_node(row["source"], name=row["source_name"], kind=row["source_kind"])
        graph.add_node(row["target"], name=row["target_name"], kind=row["target_kind"])
        graph.add_edge(row["source"], row["target"], predicate=row["predicate"], label=row["label"],
                       confidence=float(row["confidence"]), quote=row["quote"])
    graphml = os.path.join(work, "networkx.graphml")
    nx_wall, nx_cpu = timed(lambda: networkx.write_graphml(graph, graphml))
    nx_size = os.path.getsize(graphml)
    os.remove(graphml)
    print(f"networkx write_graphml: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges, "
          f"{nx_size} bytes in {nx_wall:.2f} s (CPU {nx_cpu:.2f} s)")
    del graph

    base = "https://w3id.org/kg-export/"
    schema = rdflib.Namespace("https://schema.org/")
    kgv = rdflib.Namespace(base + "vocab#")
    dataset = rdflib.Dataset()
    seen = set()
    for index, row in enumerate(rows):
        context = dataset.graph(rdflib.URIRef(base + "doc/" + row["document"]))
        for node, name, kind in ((row["source"], row["source_name"], row["source_kind"]),
                                 (row["target"], row["target_name"], row["target_kind"])):
            subject = rdflib.URIRef(base + node)
            if node not in seen:
                seen.add(node)
                dataset.add((subject, RDF.type, schema[kind.capitalize()]))
                dataset.add((subject, schema.name, rdflib.Literal(name)))
        s, o = rdflib.URIRef(base + row["source"]), rdflib.URIRef(base + row["target"])
        p = kgv[row["predicate"]]
        statement = rdflib.URIRef(f"{base}rel/{index}")
        context.add((s, p, o))
        context.add((statement, RDF.type, RDF.Statement))
        context.add((statement, RDF.subject, s))
        context.add((statement, RDF.predicate, p))
        context.add((statement, RDF.object, o))
        context.add((statement, kgv.confidence, rdflib.Literal(row["confidence"], datatype=XSD.decimal)))
        context.add((statement, kgv.quote, rdflib.Literal(row["quote"])))
    quads = len(dataset)
    nquads = os.path.join(work, "rdflib.nq")
    rdf_wall, rdf_cpu = timed(lambda: dataset.serialize(destination=nquads, format="nquads"))
    rdf_size = os.path.getsize(nquads)
    os.remove(nquads)
    print(f"rdflib serialize nquads: {quads} quads, {rdf_size} bytes in {rdf_wall:.2f} s (CPU {rdf_cpu:.2f} s)")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    print(f"python peak memory: {peak} MiB")

    print()
    if "graphml" in kg:
        size, wall, cpu = kg["graphml"]
        print(f"GraphML: kg-export CPU {cpu:.2f} s for {size} bytes vs networkx {nx_cpu:.2f} s for {nx_size} bytes: "
              f"{nx_cpu / cpu:.1f}x faster ({(size / cpu) / (nx_size / nx_cpu):.1f}x the bytes per CPU second)")
    if "nquads" in kg:
        size, wall, cpu = kg["nquads"]
        print(f"N-Quads: kg-export CPU {cpu:.2f} s for {size} bytes vs rdflib {rdf_cpu:.2f} s for {rdf_size} bytes: "
              f"{rdf_cpu / cpu:.1f}x faster ({(size / cpu) / (rdf_size / rdf_cpu):.1f}x the bytes per CPU second)")
        lines_path = os.path.join(work, "nquads.lines")
        if os.path.exists(lines_path):
            with open(lines_path) as handle:
                kg_quads = int(handle.read().strip())
            print(f"N-Quads per quad: kg-export {cpu / kg_quads * 1e6:.2f} us for {kg_quads} quads vs rdflib "
                  f"{rdf_cpu / quads * 1e6:.2f} us for {quads} quads: {(rdf_cpu / quads) / (cpu / kg_quads):.1f}x")


if __name__ == "__main__":
    main()
