#!/usr/bin/env python3
"""Fails when a tracked file shares a run of 7 words with the evaluation articles.

The articles in ../shared/corpus are evaluation input only: tests and examples must use texts
written for this project. Usage: Scripts/check-corpus-overlap.py [CORPUS_DIR]
"""
import pathlib
import re
import subprocess
import sys

corpus_dir = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/corpus")
if not corpus_dir.is_dir():
    print(f"check-corpus-overlap: no {corpus_dir}, nothing to compare")
    sys.exit(0)


def words(text):
    text = text.replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"').lower()
    return re.sub(r"\s+", " ", text).split()


def shingles(tokens, size=7):
    return {" ".join(tokens[i:i + size]) for i in range(len(tokens) - size + 1)}


corpus = set()
for path in sorted(corpus_dir.glob("*.txt")):
    corpus |= shingles(words(path.read_text(encoding="utf-8")))
files = subprocess.run(["git", "ls-files"], capture_output=True, text=True, check=True).stdout.split()
found = 0
for name in files:
    if not name.endswith((".swift", ".py", ".md", ".txt", ".sh", ".json", ".jsonl")):
        continue
    for number, line in enumerate(pathlib.Path(name).read_text(encoding="utf-8").splitlines(), 1):
        if shingles(words(line)) & corpus:
            print(f"{name}:{number}: shares seven words with ../shared/corpus")
            found += 1
sys.exit(1 if found else 0)
