#!/usr/bin/env python3
"""Test-only: reads `tally facts --format json` output (a file) and checks,
in Python's own string model (Unicode scalars), that every fact's span
indexes its mention in the article file: text[start:end] == fact["text"].
Prints one JSON object: the key lists seen and any mismatches."""
import json
import sys

facts = json.load(open(sys.argv[1], encoding="utf-8"))
texts = {}
mismatches = []
keys = sorted({tuple(f.keys()) for f in facts})
for i, f in enumerate(facts):
    path = f["file"]
    if path not in texts:
        texts[path] = open(path, encoding="utf-8", newline="").read()
    start, end = f["span"]
    got = texts[path][start:end]
    if got != f["text"]:
        mismatches.append({"index": i, "file": path, "span": [start, end], "text": f["text"], "found": got})
json.dump({"facts": len(facts), "keys": [list(k) for k in keys], "mismatches": mismatches}, sys.stdout, ensure_ascii=False)
