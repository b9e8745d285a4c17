#!/usr/bin/env python3
"""Sanity check for the evaluation corpus.

Checks, for every truth/NN_*.json:
  * the JSON parses and is a list of objects with the documented keys;
  * an article file with the same stem exists, starts with "Source: <url>\n\n";
  * every quote is an exact substring of the article file;
  * a quote shared by k facts of the same value occurs often enough
    (k facts on one duplicated sentence need the sentence to occur k times
    unless they are different figures of that sentence);
  * the number in the fact can be found in the quote in some written form;
  * the keys `facility`, `province`, `role` are present on every fact:
    facility is null or a non-empty ASCII name, province is null or one of
    the 63 provinces / centrally-run cities (pre-July-2025 names, no
    diacritics), role is null, "total", "part" or "conversion"; a
    conversion is an investment fact in a currency other than VND; a file
    with a "total" also has a "part" in the same unit and vice versa;
  * facility names are used consistently across the corpus: one facility
    string always has the same province, and no two facility strings differ
    only in case, spacing or punctuation;
  * stories.json: every story lists 2-3 existing files with different
    sources, and its facility string occurs, identically and with the
    story's province, in the truth of every one of its files;
  * report.json: one entry per story (same facility, province and files);
    its beds / investment_vnd figures are labelled facts of that facility.
Prints per-file, per-language, per-story and total counts; exits 1 on any
failure.
"""
import glob
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
CATS = {"beds", "investment", "training"}
QUALS = {None, "approx", "more_than", "planned"}
ROLES = {None, "total", "part", "conversion"}
REQ = {"category", "unit", "subject", "qualifier", "year_or_period", "quote",
       "facility", "province", "role"}
# provinces and centrally-run cities as named before the July 2025 mergers
PROVINCES = {
    "An Giang", "Ba Ria-Vung Tau", "Bac Giang", "Bac Kan", "Bac Lieu", "Bac Ninh",
    "Ben Tre", "Binh Dinh", "Binh Duong", "Binh Phuoc", "Binh Thuan", "Ca Mau",
    "Can Tho", "Cao Bang", "Da Nang", "Dak Lak", "Dak Nong", "Dien Bien", "Dong Nai",
    "Dong Thap", "Gia Lai", "Ha Giang", "Ha Nam", "Hanoi", "Ha Tinh", "Hai Duong",
    "Hai Phong", "Hau Giang", "Ho Chi Minh City", "Hoa Binh", "Hung Yen", "Khanh Hoa",
    "Kien Giang", "Kon Tum", "Lai Chau", "Lam Dong", "Lang Son", "Lao Cai", "Long An",
    "Nam Dinh", "Nghe An", "Ninh Binh", "Ninh Thuan", "Phu Tho", "Phu Yen",
    "Quang Binh", "Quang Nam", "Quang Ngai", "Quang Ninh", "Quang Tri", "Soc Trang",
    "Son La", "Tay Ninh", "Thai Binh", "Thai Nguyen", "Thanh Hoa", "Thua Thien Hue",
    "Tien Giang", "Tra Vinh", "Tuyen Quang", "Vinh Long", "Vinh Phuc", "Yen Bai",
}
STORY_KEYS = {"story", "facility", "province", "files"}
REPORT_KEYS = {"facility", "province", "files", "beds", "investment_vnd", "training", "notes"}
ALLOWED = REQ | {"value", "min", "max", "notes"}
WORDS = {4: "four", 6: "six", 24: "twenty-four"}


def number_forms(v):
    """Plausible written forms of a full-unit value (en and vi styles)."""
    forms = set()
    if isinstance(v, float) and not v.is_integer():
        s = repr(v)
        forms |= {s, s.replace(".", ",")}
        return forms
    v = int(v)
    for scale in (1, 10**3, 10**6, 10**9, 10**12):
        if v % scale and scale != 1:
            # allow one or two decimals at this scale
            x = v / scale
            for d in (1, 2, 3):
                s = f"{x:.{d}f}"
                if float(s) == x:
                    forms |= {s, s.replace(".", ",")}
            continue
        n = v // scale
        forms |= {str(n), f"{n:,}", f"{n:,}".replace(",", ".")}
    if v in WORDS:
        forms.add(WORDS[v])
    return forms


def norm_name(x):
    return re.sub(r"[^0-9a-z]", "", x.casefold())


def check_new_keys(where, f):
    """Presence and values of facility / province / role; returns error strings."""
    errs = []
    fac, prov, role = f.get("facility"), f.get("province"), f.get("role")
    if fac is not None and (not isinstance(fac, str) or not fac.strip() or fac != fac.strip()
                            or not fac.isascii()):
        errs.append(f"{where}: facility {fac!r} must be null or a trimmed non-empty ASCII name")
    if prov is not None and prov not in PROVINCES:
        errs.append(f"{where}: province {prov!r} is not a known province name")
    if role not in ROLES:
        errs.append(f"{where}: role {role!r} not in {sorted(r for r in ROLES if r)} or null")
    if role == "conversion" and (f.get("category") != "investment" or f.get("unit") == "VND"):
        errs.append(f"{where}: a conversion must be an investment fact in a non-VND currency")
    return errs


def check_stories(texts, truths):
    """stories.json and report.json; returns (ok, story rows)."""
    ok = True
    rows = []
    spath = os.path.join(HERE, "stories.json")
    if not os.path.exists(spath):
        print("FAIL stories.json missing")
        return False, rows
    try:
        stories = json.load(open(spath, encoding="utf-8"))
    except Exception as e:  # noqa: BLE001
        print(f"FAIL stories.json does not parse: {e}")
        return False, rows
    seen_files = Counter()
    for st in stories:
        name = st.get("story")
        if set(st) != STORY_KEYS:
            print(f"FAIL story {name!r}: keys {sorted(st)}")
            ok = False
            continue
        files = st["files"]
        if not 2 <= len(files) <= 3:
            print(f"FAIL story {name}: {len(files)} files (need 2 or 3)")
            ok = False
        urls = set()
        langs = Counter()
        nfacts = 0
        for stem in files:
            seen_files[stem] += 1
            if stem not in truths:
                print(f"FAIL story {name}: no truth/article for {stem}")
                ok = False
                continue
            urls.add(texts[stem].split("\n", 1)[0])
            langs[stem.split("_")[1]] += 1
            facs = [f.get("facility") for f in truths[stem]]
            mine = [f for f in truths[stem] if f.get("facility") == st["facility"]]
            nfacts += len(mine)
            if not mine:
                print(f"FAIL story {name}: facility {st['facility']!r} not used in {stem}")
                ok = False
            for f in mine:
                if f.get("province") != st["province"]:
                    print(f"FAIL story {name}: {stem} gives province {f.get('province')!r}")
                    ok = False
            for fac in set(x for x in facs if x):
                if fac != st["facility"] and norm_name(fac) == norm_name(st["facility"]):
                    print(f"FAIL story {name}: {stem} spells the facility {fac!r}")
                    ok = False
        if len(urls) != len(files):
            print(f"FAIL story {name}: files do not have distinct sources")
            ok = False
        rows.append((name, st["facility"], "+".join(f"{k}{v}" for k, v in sorted(langs.items())), len(files), nfacts))
    for stem, k in seen_files.items():
        if k > 1:
            print(f"FAIL {stem} is listed in {k} stories")
            ok = False

    rpath = os.path.join(HERE, "report.json")
    if not os.path.exists(rpath):
        print("FAIL report.json missing")
        return False, rows
    try:
        report = json.load(open(rpath, encoding="utf-8"))
    except Exception as e:  # noqa: BLE001
        print(f"FAIL report.json does not parse: {e}")
        return False, rows
    by_fac = {st.get("facility"): st for st in stories}
    if sorted(r.get("facility") or "" for r in report) != sorted(by_fac):
        print("FAIL report.json: entries do not match the stories' facilities one to one")
        ok = False
    for r in report:
        fac = r.get("facility")
        if set(r) != REPORT_KEYS:
            print(f"FAIL report {fac!r}: keys {sorted(r)}")
            ok = False
            continue
        st = by_fac.get(fac)
        if st is None:
            continue
        if r["province"] != st["province"] or r["files"] != st["files"]:
            print(f"FAIL report {fac!r}: province/files differ from stories.json")
            ok = False
        facts = [f for stem in st["files"] for f in truths.get(stem, []) if f.get("facility") == fac]
        if r["beds"] is not None and not any(
                f["category"] == "beds" and f.get("value") == r["beds"] for f in facts):
            print(f"FAIL report {fac!r}: beds {r['beds']} is not a labelled bed figure of the facility")
            ok = False
        if r["investment_vnd"] is not None and not any(
                f["category"] == "investment" and f["unit"] == "VND" and f.get("value") == r["investment_vnd"]
                and f.get("role") not in ("part", "conversion") for f in facts):
            print(f"FAIL report {fac!r}: investment_vnd {r['investment_vnd']} is not a labelled VND total of the facility")
            ok = False
        if r["training"] is not None and not isinstance(r["training"], list):
            print(f"FAIL report {fac!r}: training must be a list or null")
            ok = False
        for t in r["training"] or []:
            if not isinstance(t, dict) or set(t) != {"value", "unit"} or not isinstance(t["value"], (int, float)):
                print(f"FAIL report {fac!r}: training item {t!r} must be {{'value': number, 'unit': str}}")
                ok = False
            elif not any(f["category"] == "training" and f.get("value") == t["value"] and f["unit"] == t["unit"]
                         for f in facts):
                print(f"FAIL report {fac!r}: training {t} is not a labelled training figure of the facility")
                ok = False
    return ok, rows


def main():
    ok = True
    totals = Counter()
    rows = []
    texts, truths = {}, {}
    fac_prov = {}
    fac_norm = {}
    lang_cat = Counter()
    for tpath in sorted(glob.glob(os.path.join(HERE, "truth", "*.json"))):
        stem = os.path.splitext(os.path.basename(tpath))[0]
        apath = os.path.join(HERE, "articles", stem + ".txt")
        try:
            facts = json.load(open(tpath, encoding="utf-8"))
        except Exception as e:  # noqa: BLE001
            print(f"FAIL {stem}: JSON does not parse: {e}")
            ok = False
            continue
        if not os.path.exists(apath):
            print(f"FAIL {stem}: no article file")
            ok = False
            continue
        text = open(apath, encoding="utf-8", newline="").read()
        if not re.match(r"Source: \S+\n\n", text):
            print(f"FAIL {stem}: article does not start with 'Source: <url>' and a blank line")
            ok = False
        body_len = len(text.split("\n", 2)[2]) if text.count("\n") >= 2 else 0
        if not 1500 <= body_len <= 3000:
            print(f"FAIL {stem}: article body is {body_len} characters (want 1,500-3,000)")
            ok = False
        if not isinstance(facts, list):
            print(f"FAIL {stem}: not a JSON array")
            ok = False
            continue
        per = Counter()
        same_quote = Counter()
        for i, f in enumerate(facts):
            where = f"{stem}[{i}]"
            keys = set(f)
            if not REQ <= keys or not keys <= ALLOWED:
                print(f"FAIL {where}: keys {sorted(keys)}")
                ok = False
            if ("value" in f) == ("min" in f):
                print(f"FAIL {where}: need exactly one of value / min+max")
                ok = False
            if f.get("category") not in CATS:
                print(f"FAIL {where}: category {f.get('category')!r}")
                ok = False
            if f.get("qualifier") not in QUALS:
                print(f"FAIL {where}: qualifier {f.get('qualifier')!r}")
                ok = False
            q = f.get("quote", "")
            if not q or q not in text:
                print(f"FAIL {where}: quote not found in article: {q[:80]!r}")
                ok = False
            vals = [f["value"]] if "value" in f else [f["min"], f["max"]]
            for v in vals:
                if not any(form in q.lower() for form in number_forms(v)):
                    print(f"FAIL {where}: value {v} not visible in quote")
                    ok = False
            same_quote[(q, f["category"], json.dumps(vals), f["unit"])] += 1
            per[f["category"]] += 1
            for err in check_new_keys(where, f):
                print(f"FAIL {err}")
                ok = False
            fac = f.get("facility")
            if isinstance(fac, str):
                if fac in fac_prov and fac_prov[fac] != f.get("province"):
                    print(f"FAIL {where}: facility {fac!r} has province {f.get('province')!r}, "
                          f"elsewhere {fac_prov[fac]!r}")
                    ok = False
                fac_prov.setdefault(fac, f.get("province"))
                other = fac_norm.setdefault(norm_name(fac), fac)
                if other != fac:
                    print(f"FAIL {where}: facility {fac!r} differs only in spelling from {other!r}")
                    ok = False
        roles = Counter((f.get("role"), f.get("unit")) for f in facts)
        for (role, unit), _k in roles.items():
            want = {"total": "part", "part": "total"}.get(role)
            if want and not roles.get((want, unit)):
                print(f"FAIL {stem}: a {role!r} in {unit} but no {want!r} in the same unit")
                ok = False
        for (q, _c, _v, _u), k in same_quote.items():
            if k > 1 and text.count(q) < k:
                print(f"FAIL {stem}: {k} identical facts but quote occurs {text.count(q)}x: {q[:60]!r}")
                ok = False
        lang = stem.split("_")[1]
        texts[stem], truths[stem] = text, facts
        for c, k in per.items():
            lang_cat[(lang, c)] += k
        rows.append((stem, lang, per["beds"], per["investment"], per["training"], len(facts)))
        totals.update(per)
        totals[f"lang_{lang}"] += len(facts)
    w = max([48] + [len(r[0]) for r in rows])
    print(f"{'file':{w}} lang beds inv train total")
    for r in rows:
        print(f"{r[0]:{w}} {r[1]:4} {r[2]:4} {r[3]:3} {r[4]:5} {r[5]:5}")
    print(f"TOTAL beds={totals['beds']} investment={totals['investment']} "
          f"training={totals['training']} all={totals['beds'] + totals['investment'] + totals['training']} "
          f"(en={totals['lang_en']}, vi={totals['lang_vi']}) files={len(rows)}")
    for lang in sorted({l for l, _c in lang_cat}):
        print(f"  {lang}: beds={lang_cat[(lang, 'beds')]} investment={lang_cat[(lang, 'investment')]} "
              f"training={lang_cat[(lang, 'training')]} files={sum(1 for r in rows if r[1] == lang)}")
    role_counts = Counter(f.get("role") for fs in truths.values() for f in fs)
    print("roles: " + ", ".join(f"{k}={v}" for k, v in sorted(role_counts.items(), key=lambda kv: str(kv[0]))))
    s_ok, srows = check_stories(texts, truths)
    ok = ok and s_ok
    print(f"{'story':42} {'langs':8} files facts_of_facility")
    for r in srows:
        print(f"{r[0]:42} {r[2]:8} {r[3]:5} {r[4]:5}   ({r[1]})")
    print("OK" if ok else "FAILURES")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
