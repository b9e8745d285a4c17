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

On matched pairs it also scores how figures are tied together (issue 9):
* facility: B-cubed precision / recall / F1 of the grouping of mentions by
  facility (truth `facility` string, predicted `facility.key`; a null
  facility is a group of one), over the whole folder, so a facility named
  differently in two languages must still share one key;
* scope (`facility` when a facility is set, else `province`, or `national`
  when the province is null), province and role: agreement;
* figure: B-cubed F1 of the grouping by predicted `figure` key against truth
  figures: mentions of one facility (or, without one, of one file), category
  and unit whose values agree once the more precise is rounded to the
  precision of the other (1,727 bn and "1.7 trillion" are one figure;
  332 bn and 334 bn are two);
* report cells: for each entry of `report.json` beside the folder, the
  predicted facility most of its truth mentions map to, and in it the beds and
  the VND investment (no part, no conversion) reported by the most articles;
  a cell is right when it agrees with the entry's as figures agree (`training`
  null: none found; a list of {value, unit}: per unit, the figure most
  articles report).

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
    pairs = []
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
            pairs.append((stem, t, p))
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

    links = score_links(folder, pairs, predicted)
    summary = {k: prf(*v) for k, v in sorted(counts.items())}
    accuracy = {k: {"correct": c, "matched": n, "accuracy": round(c / n, 4) if n else None}
                for k, (c, n) in attrs.items()}
    return summary, accuracy, links, misses, false_positives, wrong_attrs


def bcubed(items, truth_of, pred_of):
    """B-cubed precision, recall and F1 of a grouping of items."""
    t_groups, p_groups = defaultdict(set), defaultdict(set)
    for i, x in enumerate(items):
        t_groups[truth_of(i, x)].add(i)
        p_groups[pred_of(i, x)].add(i)
    if not items:
        return {"precision": 1.0, "recall": 1.0, "f1": 1.0, "mentions": 0}
    prec = rec = 0.0
    for i, x in enumerate(items):
        t, p = t_groups[truth_of(i, x)], p_groups[pred_of(i, x)]
        common = len(t & p)
        prec += common / len(p)
        rec += common / len(t)
    prec, rec = prec / len(items), rec / len(items)
    f = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return {"precision": round(prec, 4), "recall": round(rec, 4), "f1": round(f, 4), "mentions": len(items)}


def precision_step(v):
    """The place of a number's last significant digit: 1700 -> 100, 1727 -> 1."""
    v = abs(int(round(float(v))))
    if v == 0:
        return 1
    step = 1
    while v % (step * 10) == 0:
        step *= 10
    return step


def same_figure_value(a, b):
    """One value is the other rounded or cut to its precision, within 5 %."""
    if a is None or b is None:
        return a == b
    a, b = float(a), float(b)
    if precision_step(a) > precision_step(b):
        a, b = b, a  # a is the more precise
    step = precision_step(b)
    if abs(a - b) > 0.05 * max(abs(a), abs(b)):
        return False
    return abs(a - b) < step / 2 or b <= a < b + step


def truth_figures(pairs):
    """Groups matched truth mentions into real figures (see the module doc)."""
    groups = []  # (owner, category, unit, [values], id)
    ids = []
    for n, (stem, t, _) in enumerate(pairs):
        owner = ("facility", t["facility"]) if t.get("facility") else ("file", stem)
        value = t.get("value")
        for g in groups:
            if g[0] == owner and g[1] == t["category"] and g[2] == t.get("unit") and \
                    all(same_figure_value(value, v) for v in g[3]):
                g[3].append(value)
                ids.append(g[4])
                break
        else:
            groups.append((owner, t["category"], t.get("unit"), [value], len(groups)))
            ids.append(len(groups) - 1)
    return ids


def scope_of(fact, truth):
    if truth:
        return "facility" if fact.get("facility") else ("province" if fact.get("province") else "national")
    return fact.get("scope")


def fkey(p):
    f = p.get("facility")
    return f.get("key") if isinstance(f, dict) else None


def score_links(folder, pairs, predicted):
    facility = bcubed(pairs, lambda i, x: x[1].get("facility") or ("none", i),
                      lambda i, x: fkey(x[2]) or ("none", i))
    ids = truth_figures(pairs)
    figure = bcubed(pairs, lambda i, x: ids[i], lambda i, x: x[2].get("figure") or ("none", i))
    agree = {}
    for name, want, got in (("scope", lambda t: scope_of(t, True), lambda p: scope_of(p, False)),
                            ("province", lambda t: t.get("province"), lambda p: p.get("province")),
                            ("role", lambda t: t.get("role"), lambda p: p.get("role"))):
        ok = sum(1 for _, t, p in pairs if want(t) == got(p))
        agree[name] = {"correct": ok, "matched": len(pairs), "accuracy": round(ok / len(pairs), 4) if pairs else None}
    cells = report_cells(folder, pairs, predicted)
    return {"facility": facility, "figure": figure, "agreement": agree, "report": cells, "pairs": pairs}


def report_cells(folder, pairs, predicted):
    path = os.path.join(folder, "report.json")
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as fh:
        entries = json.load(fh)
    rows = []
    right = total = 0
    for e in entries:
        votes = defaultdict(int)
        for stem, t, p in pairs:
            if t.get("facility") == e["facility"] and fkey(p):
                votes[fkey(p)] += 1
        key = max(sorted(votes), key=lambda k: votes[k]) if votes else None
        mine = [f for f in predicted if key and fkey(f) == key]
        got = {
            "beds": most_reported([f for f in mine if f["category"] == "beds" and f["unit"] == "beds"]),
            "investment_vnd": most_reported([f for f in mine if f["category"] == "investment" and f["unit"] == "VND"
                                             and f.get("role") not in ("part", "conversion")]),
            "training": training_cell([f for f in mine if f["category"] == "training"]),
        }
        for cell in ("beds", "investment_vnd", "training"):
            want, have = e.get(cell), got[cell]
            if isinstance(want, list):
                # A range in a training list (min/max, no value) is left out:
                # the report cell is each unit's most reported value.
                ok = sorted((w["unit"], float(w["value"])) for w in want if w.get("value") is not None) == sorted(
                    (h["unit"], float(h["value"])) for h in (have or []))
            else:
                ok = (want is None and not have) or (want is not None and have is not None and not isinstance(have, list)
                                                       and same_figure_value(have, want))
            right += ok
            total += 1
            rows.append({"facility": e["facility"], "cell": cell, "want": e.get(cell), "got": got[cell],
                         "key": key, "ok": ok})
    return {"right": right, "cells": total, "rows": rows}


def training_cell(facts):
    """Per training unit, the figure the most articles report."""
    units = sorted({f["unit"] for f in facts})
    cells = [{"unit": u, "value": most_reported([f for f in facts if f["unit"] == u])} for u in units]
    return [c for c in cells if c["value"] is not None] or None


def most_reported(facts):
    """The value of the figure the most articles report (ties: the larger)."""
    files = defaultdict(set)
    value = {}
    for f in facts:
        if f.get("value") is None:
            continue
        files[f["figure"]].add(f["file"])
        # A figure shows its most precise value (1,727 bn, not "1.7 trillion").
        old = value.get(f["figure"])
        if old is None or precision_step(f["value"]) < precision_step(old):
            value[f["figure"]] = f["value"]
    if not files:
        return None
    best = max(files, key=lambda k: (len(files[k]), float(value[k])))
    return value[best]


def show(fact_amount, unit, sentence):
    return f"{fact_amount} {unit}  «{(sentence or '')[:160]}»"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folder", help="labelled folder with articles/ and truth/")
    ap.add_argument("--tally", default=default_tally(), help="path of the tally binary")
    ap.add_argument("--json", action="store_true", help="print the summary as JSON")
    ap.add_argument("--quiet", action="store_true", help="omit the lists of errors")
    args = ap.parse_args()
    summary, accuracy, links, misses, fps, wrong = score(args.folder, args.tally)
    if args.json:
        links = {k: v for k, v in links.items() if k != "pairs"}
        json.dump({"scores": summary, "attributes": accuracy, "links": links,
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
    print()
    for name in ("facility", "figure"):
        b = links[name]
        print(f"{name:18} B-cubed P {b['precision']:.3f} R {b['recall']:.3f} F1 {b['f1']:.3f} over {b['mentions']}")
    for k, a in links["agreement"].items():
        acc = "n/a" if a["accuracy"] is None else f"{a['accuracy']:.3f}"
        print(f"agreement {k:10} {a['correct']}/{a['matched']} = {acc}")
    if links["report"]:
        r = links["report"]
        print(f"report cells       {r['right']}/{r['cells']}")
        for row in r["rows"]:
            if not row["ok"]:
                print(f"  wrong: {row['facility']} {row['cell']}: want {row['want']} got {row['got']} (key {row['key']})")
    if args.quiet:
        return 0
    print(f"\nMISSES ({len(misses)})")
    for stem, t in misses:
        print(f"  {stem}: {t['category']} " + show(amount(t), t['unit'], t['quote']))
    print(f"\nFALSE POSITIVES ({len(fps)})")
    for stem, p in fps:
        print(f"  {stem}: {p['category']} [{p.get('text')}] " + show(amount(p), p.get('unit'), p.get('sentence')))
    print("\nLINKS (truth facility / province / role  vs  predicted)")
    for stem, t, p in links["pairs"]:
        tf, pf = t.get("facility"), (p.get("facility") or {}).get("name") if p.get("facility") else None
        bad = [n for n, a, b in (("province", t.get("province"), p.get("province")), ("role", t.get("role"), p.get("role")))
               if a != b]
        print(f"  {stem[:14]} {amount(t):>14} {t['unit'][:6]:6} T[{tf} | {t.get('province')} | {t.get('role')}]"
              f"  P[{fkey(p)} | {p.get('province')} | {p.get('role')}] {' '.join(bad)}")
    print(f"\nWRONG ATTRIBUTES ({len(wrong)})")
    for stem, name, t, p in wrong:
        want = {"qualifier": t.get("qualifier"), "period": t.get("year_or_period"), "subject": t.get("subject")}[name]
        got = {"qualifier": p.get("qualifiers"), "period": p.get("period"), "subject": p.get("subject")}[name]
        print(f"  {stem}: {name}: want {want!r} got {got!r}  [{p.get('text')}]")
    return 0


if __name__ == "__main__":
    sys.exit(main())
