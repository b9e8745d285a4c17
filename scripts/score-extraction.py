#!/usr/bin/env python3
"""Score `tally facts` against a labelled folder (a dev / evaluation tool).

Usage:
    scripts/score-extraction.py [--tally PATH] [--json] [--quiet] FOLDER

FOLDER holds `articles/<stem>.txt` and `truth/<stem>.json` (the schema of
shared/corpus/README.md: category, value or min/max, unit, subject,
qualifier, year_or_period, quote, notes). The script runs
`tally facts --format json` on every article that has a truth file and
compares the facts with the labels. Python 3.11 standard library only.

Matching rule
-------------
* Only beds / investment / training are scored. Predicted facts with a
  non-null `repeat_of` and truth facts whose notes start with `REPEAT` are
  left out, so a figure restated in a headline, caption or duplicated
  paragraph counts once on both sides (and a restatement the extractor fails
  to link shows up as a false positive).
* A predicted fact matches a truth fact of the same file when
  - the categories are equal,
  - the value (or both min and max) are equal within 0.5 %,
  - the units are equal, and
  - the sentences overlap: the predicted sentence contains the truth quote
    or the other way round, or the predicted mention text occurs in the
    quote.
* Matching is one-to-one and greedy: truth facts in file order each take the
  first unmatched predicted fact that matches, preferring one whose sentence
  equals the quote exactly.

Scores are precision, recall and F1 per category, per language and overall.
The language of a file is the `_en_` / `_vi_` part of its stem, else the
language most predicted facts of the file carry.

On matched pairs the script also reports attribute accuracy:
* qualifier: the truth qualifier is among the predicted qualifiers, or both
  are empty;
* period: equal after case folding and whitespace collapsing (null = null);
* subject: case-insensitive containment either way (null = null).

Misses and false positives are listed with their sentences, as a work list.
`--json` prints the summary as JSON instead of text.
"""
import argparse
import glob
import json
import os
import re
import subprocess
import sys
from collections import defaultdict

CATEGORIES = ("beds", "investment", "training")
TOLERANCE = 0.005


def default_tally():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    for scratch in (".build-extract", ".build"):
        path = os.path.join(root, scratch, "debug", "tally")
        if os.path.exists(path):
            return path
    return "tally"


def close(a, b):
    if a is None or b is None:
        return a is None and b is None
    a, b = float(a), float(b)
    if a == b:
        return True
    return abs(a - b) <= TOLERANCE * max(abs(a), abs(b))


def same_amount(p, t):
    if t.get("value") is not None:
        return p.get("value") is not None and close(p["value"], t["value"])
    return close(p.get("min"), t.get("min")) and close(p.get("max"), t.get("max"))


def overlaps(p, t):
    s, q = p.get("sentence") or "", t.get("quote") or ""
    return (q and s and (q in s or s in q)) or (p.get("text") and p["text"] in q)


def norm(s):
    return re.sub(r"\s+", " ", s).strip().casefold() if isinstance(s, str) else s


def subject_ok(p, t):
    a, b = norm(p.get("subject")), norm(t.get("subject"))
    if a is None or b is None:
        return a is None and b is None
    return a in b or b in a


def qualifier_ok(p, t):
    want = t.get("qualifier")
    got = p.get("qualifiers") or []
    return (want in got) if want else not got


def period_ok(p, t):
    return norm(p.get("period")) == norm(t.get("year_or_period"))


def is_repeat(t):
    return (t.get("notes") or "").lstrip().upper().startswith("REPEAT")


def amount(f):
    if f.get("value") is not None:
        return f"{f['value']:g}" if isinstance(f["value"], (int, float)) else str(f["value"])
    return f"{f.get('min')}-{f.get('max')}"


def run_tally(tally, paths):
    out = subprocess.run([tally, "facts", "--format", "json", *paths],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def file_language(stem, facts):
    m = re.search(r"_(en|vi)_", "_" + stem + "_")
    if m:
        return m.group(1)
    counts = defaultdict(int)
    for f in facts:
        counts[f.get("language")] += 1
    return max(counts, key=counts.get) if counts else "??"


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else (1.0 if not fn else 0.0)
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def score(folder, tally):
    stems = sorted(os.path.splitext(os.path.basename(p))[0]
                   for p in glob.glob(os.path.join(folder, "truth", "*.json")))
    paths = [os.path.join(folder, "articles", s + ".txt") for s in stems]
    predicted = run_tally(tally, paths)
    by_file = defaultdict(list)
    for f in predicted:
        by_file[f["file"]].append(f)

    counts = defaultdict(lambda: [0, 0, 0])  # key -> tp, fp, fn
    attrs = {"qualifier": [0, 0], "period": [0, 0], "subject": [0, 0]}
    misses, false_positives, wrong_attrs = [], [], []
    for stem, path in zip(stems, paths):
        with open(os.path.join(folder, "truth", stem + ".json"), encoding="utf-8") as fh:
            truth = [t for t in json.load(fh) if not is_repeat(t)]
        facts = by_file.get(path, [])
        lang = file_language(stem, facts)
        preds = [f for f in facts if f.get("repeat_of") is None and f.get("category") in CATEGORIES]
        used = set()
        for t in truth:
            candidates = [i for i, p in enumerate(preds) if i not in used
                          and p["category"] == t["category"] and p.get("unit") == t.get("unit")
                          and same_amount(p, t) and overlaps(p, t)]
            exact = [i for i in candidates if preds[i].get("sentence") == t.get("quote")]
            chosen = (exact or candidates or [None])[0]
            keys = ("all", f"lang:{lang}", f"cat:{t['category']}", f"{lang}:{t['category']}")
            if chosen is None:
                for k in keys:
                    counts[k][2] += 1
                misses.append((stem, t))
                continue
            used.add(chosen)
            for k in keys:
                counts[k][0] += 1
            p = preds[chosen]
            for name, ok in (("qualifier", qualifier_ok(p, t)), ("period", period_ok(p, t)),
                             ("subject", subject_ok(p, t))):
                attrs[name][0] += ok
                attrs[name][1] += 1
                if not ok:
                    wrong_attrs.append((stem, name, t, p))
        for i, p in enumerate(preds):
            if i in used:
                continue
            for k in ("all", f"lang:{lang}", f"cat:{p['category']}", f"{lang}:{p['category']}"):
                counts[k][1] += 1
            false_positives.append((stem, p))

    summary = {k: prf(*v) for k, v in sorted(counts.items())}
    accuracy = {k: {"correct": c, "matched": n, "accuracy": round(c / n, 4) if n else None}
                for k, (c, n) in attrs.items()}
    return summary, accuracy, misses, false_positives, wrong_attrs


def show(fact_amount, unit, sentence):
    return f"{fact_amount} {unit}  «{(sentence or '')[:160]}»"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folder", help="labelled folder with articles/ and truth/")
    ap.add_argument("--tally", default=default_tally(), help="path of the tally binary")
    ap.add_argument("--json", action="store_true", help="print the summary as JSON")
    ap.add_argument("--quiet", action="store_true", help="omit the lists of errors")
    args = ap.parse_args()
    summary, accuracy, misses, fps, wrong = score(args.folder, args.tally)
    if args.json:
        json.dump({"scores": summary, "attributes": accuracy,
                   "misses": len(misses), "false_positives": len(fps)}, sys.stdout, indent=2)
        print()
        return 0
    print(f"{'scope':18} {'tp':>4} {'fp':>4} {'fn':>4} {'P':>6} {'R':>6} {'F1':>6}")
    order = ["all"] + [k for k in summary if k.startswith("lang:")] + \
            [k for k in summary if k.startswith("cat:")] + \
            [k for k in summary if ":" in k and not k.startswith(("lang:", "cat:"))]
    for k in order:
        s = summary[k]
        print(f"{k:18} {s['tp']:4} {s['fp']:4} {s['fn']:4} {s['precision']:6.3f} {s['recall']:6.3f} {s['f1']:6.3f}")
    print()
    for k, a in accuracy.items():
        acc = "n/a" if a["accuracy"] is None else f"{a['accuracy']:.3f}"
        print(f"attribute {k:10} {a['correct']}/{a['matched']} = {acc}")
    if args.quiet:
        return 0
    print(f"\nMISSES ({len(misses)})")
    for stem, t in misses:
        print(f"  {stem}: {t['category']} " + show(amount(t), t['unit'], t['quote']))
    print(f"\nFALSE POSITIVES ({len(fps)})")
    for stem, p in fps:
        print(f"  {stem}: {p['category']} [{p.get('text')}] " + show(amount(p), p.get('unit'), p.get('sentence')))
    print(f"\nWRONG ATTRIBUTES ({len(wrong)})")
    for stem, name, t, p in wrong:
        want = {"qualifier": t.get("qualifier"), "period": t.get("year_or_period"), "subject": t.get("subject")}[name]
        got = {"qualifier": p.get("qualifiers"), "period": p.get("period"), "subject": p.get("subject")}[name]
        print(f"  {stem}: {name}: want {want!r} got {got!r}  [{p.get('text')}]")
    return 0


if __name__ == "__main__":
    sys.exit(main())
