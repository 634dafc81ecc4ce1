#!/usr/bin/env python3
"""Lemma-conflation precision, recall and F1 of the policytext stemmers.

Reads the Universal Dependencies files in ../shared/ud/ (beside the
repository), keeps the nouns, adjectives and proper nouns (UPOS NOUN, ADJ,
PROPN), and measures over word TYPES:

  P  = share of same-stem pairs whose gold lemmas agree,
  R  = share of same-lemma pairs that get one stem,
  F1 = their harmonic mean.

Method, written down so that the numbers can be reproduced:
  - a type is a distinct surface form after folding; its gold lemma is the
    lemma it has most often (first seen on a tie);
  - surface forms and lemmas are folded with the same folding, the core's
    pt_fold_all(PT_FOLD_SEARCH) (alef, yeh, kaf and heh variants to one
    letter, diacritics removed, ZWNJ to a space); spaces are then removed
    from lemmas, which are compared as strings;
  - a multiword token (line N-M: a word written with its clitics) counts as
    its surface form with the lemma of its first NOUN/ADJ/PROPN part, and
    its parts are not counted on their own;
  - punctuation at either end of a surface form is removed first (the
    parser splits it off); only types with an Arabic-script letter count;
  - pairs are counted by grouping (sum of C(n,2)), never enumerated.  A word
    indexed under two stems (the mixed configuration sends words whose
    letters do not decide to both stemmers) conflates with every word that
    shares either stem; inclusion-exclusion over the two stems counts that.

Systems: "ar" = pt_stem_ar for every word, "fa" = pt_stem_fa for every word;
the routings of the mixed configuration (see src/core/wordlang.h), by
pt_word_lang on the raw word, AR -> ar stem, FA -> fa stem, and for NONE
(letters both languages share):
  "both"   = both stems, the Arabic one from pt_stem_ar_opt with
             PT_STEM_AR_UNDECIDED (recommended: needs no context);
  "mixed"  = the stemmer of the language of the surrounding text, from the
             C function pt_word_stem_lang() with pt_lang_detect of the
             sentence (weak Persian ی/ک words follow the text too);
  "nofa"   = the Persian stem only;
  "retype" = "mixed" on the same text typed on the other language's
             keyboard (Persian with ي ك, Arabic with ی ک), as much web text is.

The stemmers are run through tests/eval/stem_cli.c, compiled here against
src/core.  Targets (checked for the single-language stemmer of each file and
for the "mixed" and "both" routings): F1 >= 0.70 and P >= 0.75.  The last line is
"N passed, N failed"; the exit status is 1 when a target is missed.

Usage: ud_stem_eval.py [--ud DIR] [--cli PATH] [--show N]
  --show N prints the N biggest false merges and misses per file.
"""

import argparse
import collections
import os
import subprocess
import sys
import tempfile
import unicodedata

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
FILES = [
    # file, language, anchors (name, F1) measured with the same method
    ("ar_pud-ud-first500.conllu", "ar", [("Lucene", 0.578), ("PostgreSQL arabic", 0.573)]),
    ("fa_seraji-ud-dev.conllu", "fa", [("Lucene", 0.428), ("Snowball", 0.540)]),
    ("fa_perdt-ud-dev.conllu", "fa", [("Lucene", 0.319), ("Snowball", 0.302)]),
]
POS = {"NOUN", "ADJ", "PROPN"}
TARGET_F1 = 0.70
TARGET_P = 0.75


def has_arabic(s):
    return any("\u0600" <= c <= "\u06ff" for c in s)


def strip_punct(s):
    """Remove leading and trailing characters that are not letters or marks:
    the parser splits them off before any stemming."""
    i, j = 0, len(s)
    while i < j and not unicodedata.category(s[i]).startswith(("L", "M")):
        i += 1
    while j > i and not unicodedata.category(s[j - 1]).startswith(("L", "M")):
        j -= 1
    return s[i:j]


def read_conllu(path):
    """(surface, lemma, sentence text) for every counted token of a CoNLL-U file."""
    out = []
    text = ""
    mwt_end = 0
    mwt_form = None
    mwt_lemma = None
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("# text = "):
                text = line[len("# text = "):].strip()
            if not line.strip() or line.startswith("#"):
                continue
            col = line.rstrip("\n").split("\t")
            if len(col) < 4:
                continue
            tid = col[0]
            if "-" in tid:
                a, b = tid.split("-", 1)
                mwt_end = int(b)
                mwt_form = col[1]
                mwt_lemma = None
                continue
            if "." in tid:
                continue            # empty nodes
            i = int(tid)
            if mwt_form is not None and i <= mwt_end:
                if mwt_lemma is None and col[3] in POS:
                    mwt_lemma = col[2]
                if i == mwt_end:
                    if mwt_lemma is not None:
                        out.append((strip_punct(mwt_form), mwt_lemma, text))
                    mwt_form = None
                continue
            if col[3] in POS:
                out.append((strip_punct(col[1]), col[2], text))
    return out


def build_cli(tmp):
    exe = os.path.join(tmp, "stem_cli")
    core = sorted(os.path.join(ROOT, "src", "core", f)
                  for f in os.listdir(os.path.join(ROOT, "src", "core")) if f.endswith(".c"))
    cmd = [os.environ.get("CC", "cc"), "-O2", "-std=c99", "-Wall", "-Wextra",
           "-I" + os.path.join(ROOT, "src", "core"), "-o", exe,
           os.path.join(ROOT, "tests", "eval", "stem_cli.c")] + core
    subprocess.run(cmd, check=True)
    return exe


def run_cli(exe, words):
    """word (optionally "word<TAB>context language") -> (folded, ar stem, fa stem,
    word language, routed stemmer, Arabic stem keeping a final heh)"""
    words = sorted(set(w.replace("\n", " ") for w in words))
    res = subprocess.run([exe], input="\n".join(words) + "\n", capture_output=True,
                         text=True, encoding="utf-8", errors="replace", check=True)
    lines = res.stdout.split("\n")
    out = {}
    for w, line in zip(words, lines):
        col = line.split("\t")
        out[w] = (col[0], col[1], col[2], col[3], col[6], col[7])
    return out


def run_cli_text(exe, texts):
    """text -> language code from pt_lang_detect"""
    texts = sorted(set(t.replace("\n", " ") for t in texts))
    res = subprocess.run([exe, "--text"], input="\n".join(texts) + "\n", capture_output=True,
                         text=True, encoding="utf-8", errors="replace", check=True)
    return dict(zip(texts, res.stdout.split("\n")))


def retype(s, lang):
    """The text as typed on the other language's keyboard: Persian text with
    Arabic yeh and kaf (ي ك), Arabic text with Persian yeh and keheh (ی ک)."""
    if lang == "fa":
        return s.replace("\u06cc", "\u064a").replace("\u06a9", "\u0643")
    return s.replace("\u064a", "\u06cc").replace("\u0643", "\u06a9").replace("\u0649", "\u06cc")


def c2(n):
    return n * (n - 1) // 2


def pair_counts(types):
    """types: list of (lemma, stems tuple of 1 or 2 strings).

    Returns (same-stem pairs, same-stem pairs with one lemma, same-lemma pairs)."""
    by_stem = collections.Counter()
    by_stem_lemma = collections.Counter()
    by_two = collections.Counter()
    by_two_lemma = collections.Counter()
    by_lemma = collections.Counter()
    for lemma, stems in types:
        stems = tuple(sorted(set(stems)))
        by_lemma[lemma] += 1
        for s in stems:
            by_stem[s] += 1
            by_stem_lemma[(s, lemma)] += 1
        if len(stems) == 2:
            by_two[stems] += 1
            by_two_lemma[(stems, lemma)] += 1
    same_stem = sum(c2(n) for n in by_stem.values()) - sum(c2(n) for n in by_two.values())
    agree = (sum(c2(n) for n in by_stem_lemma.values())
             - sum(c2(n) for n in by_two_lemma.values()))
    same_lemma = sum(c2(n) for n in by_lemma.values())
    return same_stem, agree, same_lemma


def prf(same_stem, agree, same_lemma):
    p = agree / same_stem if same_stem else 1.0
    r = agree / same_lemma if same_lemma else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def show_errors(types, n):
    """Print the stems that merge most lemmas and the lemmas split most."""
    stem_groups = collections.defaultdict(collections.Counter)
    lemma_groups = collections.defaultdict(collections.Counter)
    for surface, lemma, stem in types:
        stem_groups[stem][lemma] += 1
        lemma_groups[lemma][stem] += 1

    def wrong_pairs(counter):
        tot = sum(counter.values())
        return c2(tot) - sum(c2(v) for v in counter.values())

    print("  false merges (stem: lemmas):")
    for stem, lem in sorted(stem_groups.items(), key=lambda kv: -wrong_pairs(kv[1]))[:n]:
        if wrong_pairs(lem) == 0:
            break
        print("    %s  %d  %s" % (stem, wrong_pairs(lem), " ".join("%s:%d" % kv for kv in lem.most_common(6))))
    print("  misses (lemma: stems):")
    for lemma, st in sorted(lemma_groups.items(), key=lambda kv: -wrong_pairs(kv[1]))[:n]:
        if wrong_pairs(st) == 0:
            break
        print("    %s  %d  %s" % (lemma, wrong_pairs(st), " ".join("%s:%d" % kv for kv in st.most_common(6))))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ud", default=os.path.join(ROOT, "..", "shared", "ud"))
    ap.add_argument("--cli")
    ap.add_argument("--show", type=int, default=0)
    args = ap.parse_args()

    if not os.path.isdir(args.ud):
        print("skipped: %s is absent (the UD files are not part of the repository)" % args.ud)
        print("0 passed, 0 failed")
        return 0

    with tempfile.TemporaryDirectory() as tmp:
        exe = args.cli or build_cli(tmp)
        data = {}
        words = set()
        texts = set()
        for fname, lang, _ in FILES:
            path = os.path.join(args.ud, fname)
            if not os.path.exists(path):
                print("skipped: %s is absent" % path)
                continue
            toks = read_conllu(path)
            data[fname] = toks
            for s, l, t in toks:
                words.add(s)
                words.add(l)
                texts.add(t)
        info = run_cli(exe, words)
        text_lang = run_cli_text(exe, texts)
        # the stemmer the mixed configuration picks, given each type's context
        # the same text typed on the other language's keyboard
        texts_rt = set()
        for fname, lang, _ in FILES:
            texts_rt.update(retype(t, lang) for _, _, t in data.get(fname, []))
        text_lang.update(run_cli_text(exe, texts_rt))
        routed = {}
        for fname, lang, _ in FILES:
            for s, l, t in data.get(fname, []):
                routed.setdefault(s + "\t" + text_lang[t], None)
                routed.setdefault(retype(s, lang) + "\t" + text_lang[retype(t, lang)], None)
        routed = run_cli(exe, routed.keys())

    checks = []
    print("%-28s %6s  %-6s %6s %6s %6s   %s" % ("file", "types", "system", "P", "R", "F1", "anchors (F1)"))
    for fname, lang, anchors in FILES:
        if fname not in data:
            continue
        lemma_count = collections.defaultdict(collections.Counter)
        first = {}
        for i, (s, l, _) in enumerate(data[fname]):
            folded = info[s][0]
            if not has_arabic(folded):
                continue
            lem = info[l][0].replace(" ", "")
            lemma_count[folded][lem] += 1
            first.setdefault((folded, lem), i)
        types = []
        for folded, cnt in lemma_count.items():
            best = max(cnt.items(), key=lambda kv: (kv[1], -first[(folded, kv[0])]))[0]
            types.append((folded, best))
        # the raw spelling of a type, for the per-word language
        raw_of = {}
        route = {}
        route_rt = {}
        for s, l, t in data[fname]:
            raw_of.setdefault(info[s][0], s)
            route.setdefault(info[s][0], routed[s + "\t" + text_lang[t]][4])
            route_rt.setdefault(info[s][0], routed[retype(s, lang) + "\t" + text_lang[retype(t, lang)]][4])

        systems = []
        for name in ("ar", "fa", "mixed", "nofa", "both", "retype"):
            rows = []
            for folded, lemma in types:
                raw = raw_of[folded]
                _, sa, sf, wl, _, sk = info[raw]
                if name == "retype":
                    stems = (sa,) if route_rt[folded] == "ar" else (sf,)
                elif name == "ar":
                    stems = (sa,)
                elif name == "fa":
                    stems = (sf,)
                elif wl == "ar":
                    stems = (sa,)
                elif wl == "fa":
                    stems = (sf,)
                elif name == "mixed":
                    stems = (sa,) if route[folded] == "ar" else (sf,)
                elif name == "nofa":
                    stems = (sf,)
                else:
                    stems = (sk, sf)
                rows.append((lemma, stems))
            p, r, f = prf(*pair_counts(rows))
            systems.append((name, p, r, f))
        anchor_text = ", ".join("%s %.3f" % a for a in anchors)
        for name, p, r, f in systems:
            print("%-28s %6d  %-6s %6.3f %6.3f %6.3f   %s" % (
                fname, len(types), name, p, r, f, anchor_text if name == lang else ""))
            if name in (lang, "mixed", "both"):
                checks.append(("%s %s F1 >= %.2f" % (fname, name, TARGET_F1), f >= TARGET_F1))
                checks.append(("%s %s P >= %.2f" % (fname, name, TARGET_P), p >= TARGET_P))
        if args.show:
            idx = 1 if lang == "ar" else 2
            show_errors([(f, l, info[raw_of[f]][idx]) for f, l in types], args.show)

    passed = sum(1 for _, ok in checks if ok)
    failed = len(checks) - passed
    for desc, ok in checks:
        if not ok:
            print("missed: " + desc)
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
