"""Turns the CoNLL-2003 English token files into plain-text news articles for extract-bench.

Usage: python3 make-conll-news.py OUT_DIR TOKEN_FILE [TOKEN_FILE ...]

The CoNLL-2003 sentences are Reuters wire stories of 1996: real news, where the generated
benchmark corpus repeats its templates. The data stays in ../shared/data (it is never copied
into the repository); this writes a detokenized copy into OUT_DIR for one benchmark run. A
story starts at a dateline line ("BRUSSELS 1996-08-22") with the headline before it; each
story becomes one file. Prints the number of files and bytes written.
"""

import os
import re
import sys

DATELINE = re.compile(r"^[A-Z][A-Z .'-]+ \d{4}-\d{2}-\d{2}$")
NO_SPACE_BEFORE = {".", ",", ":", ";", "?", "!", ")", "'s", "n't", "%", "'"}
NO_SPACE_AFTER = {"(", "$"}


def sentences(path):
    current = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            token = line.rstrip("\n").split("\t")[0]
            if token.strip():
                current.append(token)
            elif current:
                yield current
                current = []
    if current:
        yield current


def detokenize(tokens):
    text = ""
    for token in tokens:
        if text and token not in NO_SPACE_BEFORE and text[-1:] not in NO_SPACE_AFTER:
            text += " "
        text += token
    return text


def main():
    out, paths = sys.argv[1], sys.argv[2:]
    os.makedirs(out, exist_ok=True)
    stories, story = [], []
    for path in paths:
        for tokens in sentences(path):
            line = detokenize(tokens)
            if DATELINE.match(line) and len(story) > 1:
                # The line before a dateline is the next story's headline.
                headline = story.pop()
                stories.append(story)
                story = [headline]
            story.append(line)
    stories.append(story)
    total = 0
    for index, lines in enumerate(stories):
        text = lines[0] + "\n\n" + "\n".join(lines[1:]) + "\n"
        with open(os.path.join(out, f"story-{index:05d}.txt"), "w", encoding="utf-8") as handle:
            handle.write(text)
        total += len(text.encode("utf-8"))
    print(len(stories), total)


if __name__ == "__main__":
    main()
