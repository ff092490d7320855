"""Shared fixtures for the oracle tests: the kg-export binary and a hostile graph.

The oracle tests write graphs with the built kg-export binary (found through the
KG_EXPORT environment variable, default .build/debug/kg-export) and read them back with
independent, real readers: Graphviz, networkx, rdflib, pyld and Python's csv module.
"""
import json
import os
import pathlib
import subprocess

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
BASE = "https://w3id.org/kg-export/"
SCHEMA = "https://schema.org/"
KGV = "https://w3id.org/kg-export/vocab#"

# Names that break naive writers.
HOSTILE_NAMES = [
    'Quote "Unquote" Ltd',
    "Back\\slash \\n Partners",
    "Line\nBreak Institute",
    "Carriage\rReturn Group",
    "<Angle> & Ampersand &amp; Co",
    "习近平",
    "Emoji 🚀 Space Agency",
    "42nd Street Group",
    "node",
    "edge",
    "graph",
    "strict",
    "digraph",
    "subgraph",
    "Colon: The Organization",
    "Semi;colon, Comma Inc",
    "Tab\tSeparated",
    "Apostrophe's `Backtick` {Brace} |Pipe|",
    " Padded Name ",
    "#hash %percent ^caret",
    "end",
]

# Identifiers (after the base IRI) with characters that must be escaped in IRIs, DOT, XML...
HOSTILE_IDS = {
    'Quote "Unquote" Ltd': 'organization/quote-"unquote"',
    "Back\\slash \\n Partners": "organization/back\\slash",
    "习近平": "person/习近平",
    "Emoji 🚀 Space Agency": "organization/emoji-🚀",
    "node": "organization/node",
    "strict": "organization/strict",
    "#hash %percent ^caret": "organization/#hash %percent ^caret",
}


def slug(name):
    out, pending = [], False
    for ch in name.lower():
        if ch.isalnum():
            if pending and out:
                out.append("-")
            pending = False
            out.append(ch)
        elif ch in "'.":
            continue
        else:
            pending = True
    return "".join(out) or "unnamed"


def percent_encode(path):
    """Encode the way kg-export's IRIScheme does (slashes kept)."""
    result = []
    for ch in path:
        code = ord(ch)
        if code <= 0x20 or 0x7F <= code <= 0x9F or ch in '"#%<>?\\^`{|}':
            result.extend("%{:02X}".format(b) for b in ch.encode("utf-8"))
        else:
            result.append(ch)
    return "".join(result)


def hostile_entities():
    """(entity id, kind, name, aliases) for every hostile name, plus two people and a country."""
    entities = []
    for index, name in enumerate(HOSTILE_NAMES):
        kind = "person" if HOSTILE_IDS.get(name, "").startswith("person/") else "organization"
        entity_id = HOSTILE_IDS.get(name, "{}/{}".format(kind, slug(name)))
        entities.append((entity_id, kind, name, sorted({name + " (alias)", "Alias: " + name.strip()} - {name})))
    entities.append(("person/ada-moreno", "person", "Ada Moreno", ["Moreno"]))
    entities.append(("country/norland", "country", "Norland", []))
    return entities


def hostile_document():
    """The hostile graph as compact JSON-LD in kg-export's vocabulary, written independently."""
    context = {
        "@version": 1.1,
        "kg": BASE,
        "kgv": KGV,
        "schema": SCHEMA,
        "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
        "name": "schema:name",
        "alternateName": {"@id": "schema:alternateName", "@container": "@set"},
        "cooperatesWith": {"@id": "kgv:cooperatesWith", "@type": "@id"},
        "leaderOf": {"@id": "kgv:leaderOf", "@type": "@id"},
        "Person": "schema:Person",
        "Organization": "schema:Organization",
        "Country": "schema:Country",
    }
    nodes = []
    entities = hostile_entities()
    for position, (entity_id, kind, name, aliases) in enumerate(entities):
        node = {
            "@id": "kg:" + percent_encode(entity_id),
            "@type": {"person": "Person", "organization": "Organization", "country": "Country"}[kind],
            "name": name,
            "alternateName": aliases,
        }
        if kind == "organization" and position + 1 < len(entities) and entities[position + 1][1] == "organization":
            node["cooperatesWith"] = "kg:" + percent_encode(entities[position + 1][0])
        nodes.append(node)
    nodes[-2]["leaderOf"] = "kg:country/norland"
    statement = {
        "@id": "kg:rel/ada-leads-norland",
        "@type": ["rdf:Statement", "kgv:Relation"],
        "rdf:subject": {"@id": "kg:person/ada-moreno"},
        "rdf:predicate": {"@id": "kgv:leaderOf"},
        "rdf:object": {"@id": "kg:country/norland"},
        "kgv:confidence": {"@value": "0.875", "@type": "http://www.w3.org/2001/XMLSchema#decimal"},
        "http://www.w3.org/ns/prov#wasDerivedFrom": {
            "@id": "kg:ev/note/0-31",
            "@type": "http://www.w3.org/ns/oa#SpecificResource",
            "http://www.w3.org/ns/oa#hasSource": {"@id": "kg:doc/note"},
            "kgv:sentenceIndex": 0,
            "http://www.w3.org/ns/oa#hasSelector": [
                {"@type": "http://www.w3.org/ns/oa#TextPositionSelector",
                 "http://www.w3.org/ns/oa#start": 0, "http://www.w3.org/ns/oa#end": 31},
                {"@type": "http://www.w3.org/ns/oa#TextQuoteSelector",
                 "http://www.w3.org/ns/oa#exact": 'President "Ada" Moreno\\Norland'},
            ],
        },
    }
    article = {"@id": "kg:doc/note", "@type": "schema:NewsArticle", "schema:headline": "A <hostile> \"note\""}
    return {"@context": context, "@graph": nodes + [statement, article]}


@pytest.fixture(scope="session")
def kg_export():
    path = pathlib.Path(os.environ.get("KG_EXPORT", ROOT / ".build" / "debug" / "kg-export"))
    if not path.is_absolute():
        path = ROOT / path
    assert path.exists(), "build kg-export first (swift build) or set KG_EXPORT; missing {}".format(path)
    return str(path)


@pytest.fixture(scope="session")
def torture_file(tmp_path_factory):
    directory = tmp_path_factory.mktemp("torture")
    path = directory / "torture.jsonld"
    path.write_text(json.dumps(hostile_document(), ensure_ascii=False, indent=1), encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def convert(kg_export, torture_file, tmp_path_factory):
    """convert(format, *extra) -> text on standard output, or {part file name: text} for neo4j."""
    def run(fmt, *extra, source=None):
        source = str(source or torture_file)
        if fmt == "neo4j":
            out = tmp_path_factory.mktemp("neo4j")
            subprocess.run([kg_export, "convert", source, "--format", fmt, "-o", str(out), *extra], check=True)
            return {p.name: p.read_bytes().decode("utf-8") for p in out.iterdir()}
        result = subprocess.run([kg_export, "convert", source, "--format", fmt, "--stdout", *extra],
                                check=True, capture_output=True)
        return result.stdout.decode("utf-8")
    return run


@pytest.fixture(scope="session")
def expected():
    """entity id -> (name, aliases) as written into the torture file."""
    return {entity_id: (name, aliases) for entity_id, _, name, aliases in hostile_entities()}
