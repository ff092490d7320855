"""Every export format, written by the kg-export binary, read back by a real reader.

Each test converts the hostile graph of conftest.py and checks that every entity comes
back with its identifier and its name unchanged, and that the relations survive.
"""
import csv
import html
import io
import json
import re
import subprocess
import sys

import networkx
import pytest
import rdflib
from pyld import jsonld

from conftest import BASE, KGV, ROOT, SCHEMA, percent_encode

SCHEMA_NAME = rdflib.URIRef(SCHEMA + "name")
SCHEMA_ALT = rdflib.URIRef(SCHEMA + "alternateName")


def iri(entity_id):
    return BASE + percent_encode(entity_id)


def relation_count(expected):
    # cooperatesWith chain between consecutive organizations, plus one leaderOf.
    from conftest import hostile_entities
    entities = hostile_entities()
    chain = sum(1 for a, b in zip(entities, entities[1:]) if a[1] == "organization" and b[1] == "organization")
    return chain + 1


# ---------------------------------------------------------------- JSON-LD


def compact_keys(value, found):
    if isinstance(value, dict):
        for key, nested in value.items():
            if key != "@context":
                found.add(key)
                compact_keys(nested, found)
    elif isinstance(value, list):
        for item in value:
            compact_keys(item, found)
    return found


def keys_per_node(value, counts=None):
    """For every node object with an @id, how many keys it has (besides @id and @context)."""
    counts = {} if counts is None else counts
    if isinstance(value, dict):
        if "@id" in value and "@value" not in value:
            counts[value["@id"]] = counts.get(value["@id"], 0) + sum(
                1 for k in value if k not in ("@id", "@context"))
        for key, nested in value.items():
            if key != "@context":
                keys_per_node(nested, counts)
    elif isinstance(value, list):
        for item in value:
            keys_per_node(item, counts)
    return counts


def test_jsonld_every_key_maps_to_an_iri_and_none_is_dropped(convert):
    document = json.loads(convert("jsonld"))
    context = document["@context"]
    keys = compact_keys(document["@graph"], set())
    undefined = sorted(k for k in keys if not k.startswith("@") and k not in context and ":" not in k)
    assert undefined == []
    expanded = jsonld.expand(document)
    expanded_keys = compact_keys(expanded, set())
    assert all(k.startswith("@") or k.startswith("http") for k in expanded_keys), expanded_keys
    # Expansion rewrites keys but must not lose any: every node keeps as many properties.
    compact_counts = {k: v for k, v in keys_per_node(document["@graph"]).items() if v}
    expanded_counts = {k: v for k, v in keys_per_node(expanded).items() if v}
    assert len(compact_counts) > 40
    assert sorted(compact_counts.values()) == sorted(expanded_counts.values())


def test_jsonld_pyld_and_rdflib_read_the_same_triples(convert, tmp_path):
    text = convert("jsonld")
    path = tmp_path / "g.jsonld"
    path.write_text(text, encoding="utf-8")
    pyld_quads = jsonld.to_rdf(json.loads(text), {"format": "application/n-quads"})
    pyld_graph = rdflib.Graph()
    pyld_graph.parse(data=pyld_quads, format="nt")
    rdflib_graph = rdflib.Graph()
    rdflib_graph.parse(str(path), format="json-ld")
    assert len(pyld_graph) > 0
    assert set(pyld_graph) == set(rdflib_graph)


def test_jsonld_names_come_back_unchanged(convert, expected, tmp_path):
    path = tmp_path / "g.jsonld"
    path.write_text(convert("jsonld"), encoding="utf-8")
    graph = rdflib.Graph()
    graph.parse(str(path), format="json-ld")
    for entity_id, (name, aliases) in expected.items():
        subject = rdflib.URIRef(iri(entity_id))
        assert [str(o) for o in graph.objects(subject, SCHEMA_NAME)] == [name], entity_id
        assert sorted(str(o) for o in graph.objects(subject, SCHEMA_ALT)) == sorted(aliases)


def test_jsonld_round_trip_is_byte_identical(convert, tmp_path):
    first = convert("jsonld")
    path = tmp_path / "first.jsonld"
    path.write_text(first, encoding="utf-8")
    assert convert("jsonld", source=path) == first


def test_jsonld_is_read_by_the_scorer(convert, tmp_path):
    sys.path.insert(0, str(ROOT.parent / "shared" / "eval"))
    score_graph = pytest.importorskip("score_graph")
    path = tmp_path / "g.jsonld"
    path.write_text(convert("jsonld"), encoding="utf-8")
    nodes, edges = score_graph.load_graph(str(path))
    assert nodes[iri("person/ada-moreno")]["type"] == "Person"
    assert nodes[iri("country/norland")]["type"] == "Country"
    assert nodes[iri("organization/node")]["type"] == "Organization"
    assert (iri("person/ada-moreno"), "leaderOf", iri("country/norland")) in edges
    assert sum(1 for edge in edges if edge[1] == "cooperatesWith") == relation_count(None) - 1


def test_schema_org_equivalents_are_read_as_the_contract_names(kg_export, tmp_path):
    """A participant relation is written as schema:attendee; the scorer reads participant."""
    document = {
        "@context": {"kg": BASE, "s": SCHEMA, "kgv": KGV},
        "@graph": [
            {"@id": "kg:event/call", "@type": "s:Event", "s:name": "Call",
             "s:startDate": "2025-06-05", "kgv:participant": {"@id": "kg:person/bo"},
             "kgv:location": {"@id": "kg:place/geneva"}},
            {"@id": "kg:person/bo", "@type": "s:Person", "s:name": "Bo",
             "kgv:citizenOf": {"@id": "kg:country/norland"}},
            {"@id": "kg:country/norland", "@type": "s:Country", "s:name": "Norland"},
            {"@id": "kg:place/geneva", "@type": "s:City", "s:name": "Geneva"},
        ],
    }
    source = tmp_path / "small.jsonld"
    source.write_text(json.dumps(document), encoding="utf-8")
    out = tmp_path / "out.jsonld"
    subprocess.run([kg_export, "convert", str(source), "--format", "jsonld", "-o", str(out)], check=True)
    sys.path.insert(0, str(ROOT.parent / "shared" / "eval"))
    score_graph = pytest.importorskip("score_graph")
    nodes, edges = score_graph.load_graph(str(out))
    assert {n["type"] for n in nodes.values()} == {"Event", "Person", "Country", "Place"}
    assert nodes[BASE + "event/call"]["dates"] == {"2025-06-05"}
    assert set(edges) == {
        (BASE + "event/call", "participant", BASE + "person/bo"),
        (BASE + "event/call", "location", BASE + "place/geneva"),
        (BASE + "person/bo", "citizenOf", BASE + "country/norland"),
    }


# ---------------------------------------------------------------- RDF


def test_nquads_names_and_one_graph_per_document(convert, expected):
    dataset = rdflib.Dataset()
    dataset.parse(data=convert("nquads"), format="nquads")
    graphs = {str(g.identifier) for g in dataset.graphs()}
    assert BASE + "doc/note" in graphs
    for entity_id, (name, _) in expected.items():
        names = {str(o) for _, _, o, _ in dataset.quads((rdflib.URIRef(iri(entity_id)), SCHEMA_NAME, None, None))}
        assert names == {name}, entity_id
    leader = (rdflib.URIRef(iri("person/ada-moreno")), rdflib.URIRef(KGV + "leaderOf"),
              rdflib.URIRef(iri("country/norland")))
    assert {str(g) for *_, g in dataset.quads(leader + (None,))} == {BASE + "doc/note"}


def test_turtle_nquads_and_jsonld_describe_the_same_graph(convert, tmp_path):
    turtle = rdflib.Graph()
    turtle.parse(data=convert("turtle"), format="turtle")
    dataset = rdflib.Dataset()
    dataset.parse(data=convert("nquads"), format="nquads")
    union = {(s, p, o) for s, p, o, _ in dataset.quads((None, None, None, None))}
    path = tmp_path / "g.jsonld"
    path.write_text(convert("jsonld"), encoding="utf-8")
    linked = rdflib.Graph()
    linked.parse(str(path), format="json-ld")
    assert set(turtle) == union == set(linked)


def test_turtle_names_come_back_unchanged(convert, expected):
    graph = rdflib.Graph()
    graph.parse(data=convert("turtle"), format="turtle")
    for entity_id, (name, aliases) in expected.items():
        subject = rdflib.URIRef(iri(entity_id))
        assert [str(o) for o in graph.objects(subject, SCHEMA_NAME)] == [name]
        assert sorted(str(o) for o in graph.objects(subject, SCHEMA_ALT)) == sorted(aliases)


# ---------------------------------------------------------------- DOT


def decode_esc_string(text):
    """Graphviz escString as -Tjson reports it: \\\\ is a backslash, \\n \\l \\r line breaks."""
    out, index = [], 0
    while index < len(text):
        ch = text[index]
        if ch == "\\" and index + 1 < len(text):
            nxt = text[index + 1]
            out.append({"\\": "\\", "n": "\n", "l": "\n", "r": "\r", '"': '"'}.get(nxt, "\\" + nxt))
            index += 2
        else:
            out.append(ch)
            index += 1
    return html.unescape("".join(out))


def dot_name(entity_id):
    """The node name Graphviz keeps for an ID written by DOTWriter.

    Graphviz unescapes only \\" in quoted IDs, so the \\\\ written for a backslash stays
    doubled; kg-export's own slug IDs never contain one, but IDs read from JSON-LD may."""
    return entity_id.replace("\\", "\\\\").replace("\n", "\\n")


@pytest.mark.parametrize("extra", [[], ["--cluster", "country"], ["--no-legend"]])
def test_dot_parses_in_graphviz_with_every_name_intact(convert, expected, extra):
    dot = convert("dot", *extra)
    result = subprocess.run(["dot", "-Tjson"], input=dot.encode("utf-8"), capture_output=True, check=True)
    assert result.stderr == b""
    layout = json.loads(result.stdout)
    assert layout["name"] == "knowledge-graph"
    objects = {o["name"]: o for o in layout["objects"] if "nodes" not in o}
    for entity_id, (name, _) in expected.items():
        node = objects[dot_name(entity_id)]
        assert decode_esc_string(node["label"]) == name, entity_id
        assert node["URL"] == iri(entity_id)
    by_gvid = {o["_gvid"]: o["name"] for o in layout["objects"]}
    edges = {(by_gvid[e["tail"]], by_gvid[e["head"]], e["label"]) for e in layout.get("edges", [])}
    assert ("person/ada-moreno", "country/norland", "leader of") in edges
    names = {dot_name(entity_id) for entity_id in expected}
    assert all(tail in names and head in names for tail, head, _ in edges)
    assert len(edges) == relation_count(expected)


def test_dot_renders_with_neato_and_sfdp(convert):
    dot = convert("dot")
    for engine in ("neato", "sfdp"):
        result = subprocess.run([engine, "-Tsvg"], input=dot.encode("utf-8"), capture_output=True)
        assert result.returncode == 0, result.stderr
        assert b"<svg" in result.stdout


# ---------------------------------------------------------------- networkx


def test_graphml_loads_in_networkx_with_typed_attributes(convert, expected, tmp_path):
    path = tmp_path / "g.graphml"
    path.write_text(convert("graphml"), encoding="utf-8")
    graph = networkx.read_graphml(str(path))
    assert set(graph.nodes) == set(expected)
    for entity_id, (name, aliases) in expected.items():
        data = graph.nodes[entity_id]
        assert data["name"] == name
        assert json.loads(data.get("aliases", "[]")) == sorted(aliases)
    assert graph.number_of_edges() == relation_count(expected)
    edge = graph.edges["person/ada-moreno", "country/norland"]
    assert edge["predicate"] == "leaderOf" and isinstance(edge["confidence"], float)
    assert edge["confidence"] == pytest.approx(0.875)
    assert edge["quote"] == 'President "Ada" Moreno\\Norland'


def test_gexf_loads_in_networkx(convert, expected, tmp_path):
    path = tmp_path / "g.gexf"
    path.write_text(convert("gexf"), encoding="utf-8")
    graph = networkx.read_gexf(str(path))
    assert set(graph.nodes) == set(expected)
    for entity_id, (name, _) in expected.items():
        assert graph.nodes[entity_id]["label"] == name
    assert graph.number_of_edges() == relation_count(expected)
    _, _, data = next(iter(graph.edges(data=True)))
    assert isinstance(data["weight"], float)


# ---------------------------------------------------------------- CSV and property graphs


def test_csv_edge_list_reads_back(convert, expected):
    rows = list(csv.DictReader(io.StringIO(convert("csv"), newline="")))
    assert len(rows) == relation_count(expected)
    for row in rows:
        assert row["source_name"] == expected[row["source"]][0]
        assert row["target_name"] == expected[row["target"]][0]
        float(row["confidence"])


def test_neo4j_admin_import_files_read_back(convert, expected):
    files = convert("neo4j")
    assert sorted(files) == ["torture.nodes.csv", "torture.relationships.csv"]
    nodes = list(csv.DictReader(io.StringIO(files["torture.nodes.csv"], newline="")))
    assert {row["id:ID"]: row["name"] for row in nodes} == {k: v[0] for k, v in expected.items()}
    assert all(row[":LABEL"].startswith("Entity;") for row in nodes)
    relationships = list(csv.DictReader(io.StringIO(files["torture.relationships.csv"], newline="")))
    assert len(relationships) == relation_count(expected)
    assert all(r[":START_ID"] in expected and r[":END_ID"] in expected for r in relationships)
    assert {r[":TYPE"] for r in relationships} == {"COOPERATES_WITH", "LEADER_OF"}


def test_cytoscape_json_reads_back(convert, expected):
    document = json.loads(convert("cytoscape"))
    nodes = {n["data"]["id"]: n["data"] for n in document["elements"]["nodes"]}
    assert {k: v["label"] for k, v in nodes.items()} == {k: v[0] for k, v in expected.items()}
    edges = document["elements"]["edges"]
    assert len(edges) == relation_count(expected)
    assert all(e["data"]["source"] in nodes and e["data"]["target"] in nodes for e in edges)


CYPHER_STRING = re.compile(r"'((?:[^'\\]|\\.)*)'")


def decode_cypher(text):
    return re.sub(r"\\(u[0-9A-Fa-f]{4}|.)",
                  lambda m: chr(int(m.group(1)[1:], 16)) if m.group(1).startswith("u") and len(m.group(1)) == 5
                  else {"n": "\n", "r": "\r", "t": "\t"}.get(m.group(1), m.group(1)), text)


def test_cypher_string_literals_decode_to_the_names(convert, expected):
    script = convert("cypher")
    statements = [line for line in script.splitlines() if line.startswith("MERGE (n:Entity")]
    assert len(statements) == len(expected)
    for line in statements:
        literals = [decode_cypher(m) for m in CYPHER_STRING.findall(line)]
        entity_id = literals[0]
        assert literals[1] == expected[entity_id][0]


def test_mermaid_labels_decode_to_the_names(convert, expected):
    text = convert("mermaid")
    comments = re.findall(r"^  %% (.*)$", text, re.M)
    labels = re.findall(r'^  n\d+[\[\(\{>]+"(.*?)"[\]\)\}]+:::', text, re.M)
    assert len(labels) == len(expected)
    for entity_id, label in zip(comments, labels):
        entities = re.sub(r"#(\w+);", lambda m: "&" + ("#" if m.group(1).isdigit() else "") + m.group(1) + ";", label)
        decoded = html.unescape(entities.replace("<br>", "\n"))
        # Mermaid has no carriage return; kg-export drops it from labels.
        assert decoded == expected[entity_id][0].replace("\r", "")
