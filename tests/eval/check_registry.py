#!/usr/bin/env python3
"""Check the organization registry and the labeled sentences.

Usage: tests/eval/check_registry.py [repository root]

Validates sql/registry/orgs.tsv, sql/registry/org_names.tsv,
tests/eval/org_sentences.tsv and tests/eval/org_sentences_forms.tsv (no
sentence in both sets): encoding, layout, allowed values, references
between the files, duplicates (also after an approximation of the
extension's search folding), and the minimum sizes of the labeled set.
Prints one line per failed check and "N passed, N failed"; exits 1 on any
failure.  Standard library only.
"""
import os
import re
import sys
import unicodedata

KINDS = {"un_agency", "un_fund", "un_programme", "un_body", "bank", "fund",
         "regional", "red_cross", "ngo", "ministry", "other"}
LANGS = {"ar", "fa", "en"}
FORMS = {"official", "variant", "acronym", "script_acronym"}
ORGS_HEADER = ["code", "name_en", "kind", "parent", "country"]
NAMES_HEADER = ["code", "name", "lang", "form"]
SENT_HEADER = ["id", "lang", "kind", "codes", "trap", "text"]
MIN_PER_LANG = 50
MIN_NEG = 40
MIN_TOTAL = 180
# the forms set (org_sentences_forms.tsv): name forms the registry does not
# list word for word, scored on its own by org_eval.sh
FORMS_MIN = {"per_lang": 25, "neg": 30, "total": 80}

ARABIC_LETTER = re.compile(r"[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]")
LATIN_LETTER = re.compile(r"[A-Za-z\u00C0-\u024F]")
LATIN_ACRONYM = re.compile(r"^[A-Za-z][A-Za-z0-9-]*$")
DROP = re.compile(r"[\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200B\u200D\u200E\u200F\u2060\uFEFF]")
LETTER_MAP = str.maketrans({
    "\u0623": "\u0627", "\u0625": "\u0627", "\u0622": "\u0627", "\u0671": "\u0627",
    "\u0649": "\u064A", "\u06CC": "\u064A", "\u06D2": "\u064A",
    "\u06A9": "\u0643",
    "\u0629": "\u0647", "\u06C0": "\u0647", "\u06D5": "\u0647", "\u06C1": "\u0647",
    "\u200C": " ",
})


class Checker:
    """Counts passed and failed checks and reports the failures."""

    def __init__(self):
        self.passed = 0
        self.failed = 0

    def check(self, ok, message):
        if ok:
            self.passed += 1
        else:
            self.failed += 1
            print("FAIL: " + message)
        return ok


def fold(text):
    """Approximate pt_normalize's search folding, for duplicate detection."""
    text = unicodedata.normalize("NFKC", text)
    text = DROP.sub("", text).translate(LETTER_MAP).lower()
    return " ".join(text.split())


def read_tsv(ck, path, header):
    """Read a TSV file after checking its bytes; return rows or None."""
    if not ck.check(os.path.isfile(path), "%s exists" % path):
        return None
    with open(path, "rb") as f:
        data = f.read()
    ck.check(not data.startswith(b"\xef\xbb\xbf"), "%s has no BOM" % path)
    ck.check(b"\r" not in data, "%s has no CR" % path)
    ck.check(data.endswith(b"\n"), "%s ends with a newline" % path)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        ck.check(False, "%s is UTF-8 (%s)" % (path, e))
        return None
    ck.passed += 1
    lines = text.split("\n")[:-1]
    bad = [i + 1 for i, l in enumerate(lines) if l != l.rstrip(" \u00a0") or l != l.lstrip(" \u00a0")]
    ck.check(not bad, "%s: no leading/trailing spaces (lines %s)" % (path, bad[:10]))
    bad = [i + 1 for i, l in enumerate(lines)
           if any(c != c.strip() or (c and "  " in c) for c in l.split("\t"))]
    ck.check(not bad, "%s: no padded or double-spaced cells (lines %s)" % (path, bad[:10]))
    if not ck.check(lines and lines[0].split("\t") == header,
                    "%s header is %s" % (path, "\\t".join(header))):
        return None
    rows = []
    for i, l in enumerate(lines[1:], start=2):
        cells = l.split("\t")
        if ck.check(len(cells) == len(header),
                    "%s:%d has %d columns" % (path, i, len(header))):
            rows.append((i, cells))
    return rows


def check_orgs(ck, rows):
    """Rules for orgs.tsv; returns the set of codes."""
    codes = {}
    for i, (code, name_en, kind, parent, country) in rows:
        ck.check(re.match(r"^[A-Za-z][A-Za-z0-9-]*$", code) is not None,
                 "orgs:%d code %r is a Latin code" % (i, code))
        ck.check(code not in codes, "orgs:%d code %s is unique" % (i, code))
        ck.check(code.upper() not in {c.upper() for c in codes},
                 "orgs:%d code %s is unique case-insensitively" % (i, code))
        codes[code] = (parent, kind)
        ck.check(name_en != "", "orgs:%d name_en is not empty" % i)
        ck.check(kind in KINDS, "orgs:%d kind %r is allowed" % (i, kind))
        ck.check(country == "" or re.match(r"^[A-Z]{2}$", country) is not None,
                 "orgs:%d country %r is empty or ISO 3166 alpha-2" % (i, country))
    for i, (code, _, _, parent, _) in rows:
        ck.check(parent == "" or (parent in codes and parent != code),
                 "orgs:%d parent %r of %s is another registered code" % (i, parent, code))
    for code in codes:
        seen, c = set(), code
        while c and c not in seen:
            seen.add(c)
            c = codes.get(c, ("", ""))[0]
        ck.check(not c, "orgs: parent chain of %s has no cycle" % code)
    return set(codes)


def check_names(ck, rows, codes):
    """Rules for org_names.tsv."""
    pairs, folded, named = set(), {}, set()
    for i, (code, name, lang, form) in rows:
        ck.check(code in codes, "names:%d code %s is in orgs.tsv" % (i, code))
        ck.check(name != "", "names:%d name is not empty" % i)
        ck.check(lang in LANGS, "names:%d lang %r is allowed" % (i, lang))
        ck.check(form in FORMS, "names:%d form %r is allowed" % (i, form))
        ck.check((code, name) not in pairs, "names:%d (%s, %s) is not a duplicate" % (i, code, name))
        pairs.add((code, name))
        named.add(code)
        if lang in ("ar", "fa"):
            ck.check(ARABIC_LETTER.search(name) is not None and LATIN_LETTER.search(name) is None,
                     "names:%d %s name %r is in Arabic script" % (i, lang, name))
        else:
            ck.check(ARABIC_LETTER.search(name) is None,
                     "names:%d en name %r has no Arabic letters" % (i, name))
        if form == "acronym":
            ck.check(lang == "en" and LATIN_ACRONYM.match(name) is not None,
                     "names:%d acronym %r is a Latin acronym" % (i, name))
        if form == "script_acronym":
            ck.check(lang in ("ar", "fa"), "names:%d script_acronym %r is ar or fa" % (i, name))
        key = name if form == "acronym" else fold(name)
        other = folded.get(key)
        ck.check(other is None,
                 "names:%d %r (%s) folds like line %s (%s)" % (i, name, code,
                                                              other and other[0], other and other[1]))
        folded.setdefault(key, (i, code))
    for code in sorted(codes):
        ck.check(code in named, "names: organization %s has a name" % code)


def seed_substrings(root):
    """40-character substrings of the reference articles, if present."""
    seeds = os.path.join(root, "..", "shared", "seeds")
    subs = set()
    if os.path.isdir(seeds):
        for fn in os.listdir(seeds):
            if fn.endswith(".txt"):
                with open(os.path.join(seeds, fn), encoding="utf-8", errors="replace") as f:
                    t = " ".join(f.read().split())
                subs.update(t[k:k + 40] for k in range(0, max(0, len(t) - 39)))
    return subs


def check_sentences(ck, rows, codes, root, mins=None, others=()):
    """Rules for a labeled sentence file; others: texts of the other sets."""
    mins = mins or {"per_lang": MIN_PER_LANG, "neg": MIN_NEG, "total": MIN_TOTAL}
    ids, texts = set(), set()
    other = set(fold(t) for t in others)
    per_lang = {l: 0 for l in LANGS}
    kinds = {"pos": 0, "neg": 0}
    seeds = seed_substrings(root)
    for i, (sid, lang, kind, codestr, trap, text) in rows:
        ck.check(sid != "" and sid not in ids, "sentences:%d id %r is unique" % (i, sid))
        ids.add(sid)
        ck.check(lang in LANGS, "sentences:%d lang %r is allowed" % (i, lang))
        ck.check(kind in kinds, "sentences:%d kind %r is pos or neg" % (i, kind))
        if lang in per_lang:
            per_lang[lang] += 1
        if kind in kinds:
            kinds[kind] += 1
        lst = codestr.split(",") if codestr else []
        ck.check(lst == sorted(set(lst)), "sentences:%d codes %r are sorted and distinct" % (i, codestr))
        unknown = [c for c in lst if c not in codes]
        ck.check(not unknown, "sentences:%d codes %s are in orgs.tsv" % (i, unknown))
        ck.check((kind == "pos") == bool(lst), "sentences:%d %s has %s codes" % (i, kind, "some" if kind == "pos" else "no"))
        ck.check(trap != "", "sentences:%d has a trap tag" % i)
        ck.check(len(text) >= 20, "sentences:%d text is a sentence" % i)
        ck.check(fold(text) not in texts and fold(text) not in other,
                 "sentences:%d text is not a repeat" % i)
        texts.add(fold(text))
        if seeds:
            t = " ".join(text.split())
            hit = next((t[k:k + 40] for k in range(0, max(0, len(t) - 39)) if t[k:k + 40] in seeds), None)
            ck.check(hit is None, "sentences:%d shares text with ../shared/seeds: %r" % (i, hit))
    for l in sorted(LANGS):
        ck.check(per_lang[l] >= mins["per_lang"], "sentences: %d in %s (at least %d)" % (per_lang[l], l, mins["per_lang"]))
    ck.check(kinds["neg"] >= mins["neg"], "sentences: %d negatives (at least %d)" % (kinds["neg"], mins["neg"]))
    ck.check(len(rows) >= mins["total"], "sentences: %d in all (at least %d)" % (len(rows), mins["total"]))


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
    ck = Checker()
    orgs = read_tsv(ck, os.path.join(root, "sql", "registry", "orgs.tsv"), ORGS_HEADER)
    codes = check_orgs(ck, orgs) if orgs is not None else set()
    names = read_tsv(ck, os.path.join(root, "sql", "registry", "org_names.tsv"), NAMES_HEADER)
    if names is not None:
        check_names(ck, names, codes)
    sents = read_tsv(ck, os.path.join(root, "tests", "eval", "org_sentences.tsv"), SENT_HEADER)
    if sents is not None:
        check_sentences(ck, sents, codes, root)
    forms = read_tsv(ck, os.path.join(root, "tests", "eval", "org_sentences_forms.tsv"), SENT_HEADER)
    if forms is not None:
        check_sentences(ck, forms, codes, root, FORMS_MIN,
                        [r[1][5] for r in (sents or [])])
    print("%d passed, %d failed" % (ck.passed, ck.failed))
    return 1 if ck.failed else 0


if __name__ == "__main__":
    sys.exit(main())
