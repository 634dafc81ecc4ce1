#!/usr/bin/env python3
"""Accuracy of date parsing and P/R/F1 of the date finder on the labeled sets.

    python3 tests/eval/date_eval.py CLI ICU_CHECK

CLI is tests/eval/date_cli.c built with ICU (the core's pt_find_dates, the
function behind pt_dates and pt_parse_date, with the Umm al-Qura table from
ICU).  Reads tests/eval/dates_expressions.tsv (generated) and
tests/eval/dates_handwritten.tsv (written by hand; gold dates given in
their own calendar are converted by ICU through ICU_CHECK --gregorian): one
expression a line, the first date found must be the gold date, or none
for a non-date; and
tests/eval/dates_sentences.tsv (every date of a sentence: a found date is a
true positive when its Gregorian date equals a gold one whose mention it
overlaps).  Prints the measures, the failures, "ok"/"not ok" against the
floors, and "N passed, N failed".
"""
import subprocess
import sys

FLOOR_ACCURACY = 0.97
FLOOR_FALSE_DATES = 0.01
FLOOR_F1 = 0.95


def run(cli, lines):
    out = subprocess.run([cli], input="\n".join(lines) + "\n", capture_output=True,
                         text=True, check=True).stdout
    res = []
    for line in out.split("\n")[:len(lines)]:
        ms = []
        for f in line.split("\t") if line else []:
            d, cal, start, length, mention = f.split("|", 4)
            ms.append((d, cal, int(start), int(length), mention))
        res.append(ms)
    return res


def load(path):
    rows = []
    with open(path) as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            rows.append(line.rstrip("\n").split("\t"))
    return rows


def main():
    cli = sys.argv[1]
    passed = failed = 0

    def check(ok, what):
        nonlocal passed, failed
        print(("ok - " if ok else "not ok - ") + what)
        if ok:
            passed += 1
        else:
            failed += 1

    # ---- expressions ----
    ex = load("tests/eval/dates_expressions.tsv")
    hw = load("tests/eval/dates_handwritten.tsv")
    args = []
    for r in hw:
        if len(r) > 3 and ":" in r[3]:
            cal, ymd = r[3].split(":")
            args += [cal] + [str(int(x)) for x in ymd.split("-")]
    conv = subprocess.run([sys.argv[2], "--gregorian"] + args, capture_output=True,
                          text=True, check=True).stdout.split()
    k = 0
    for r in hw:
        if len(r) > 3 and ":" in r[3]:
            r[3] = conv[k]
            k += 1
        r[1] = "hand:" + r[1]
    ex += hw
    res = run(cli, [r[2] for r in ex])
    right = 0
    n_dates = n_non = false_dates = 0
    by_form = {}
    bad_offsets = 0
    for r, ms in zip(ex, res):
        _, form, text, gold = r[0], r[1], r[2], r[3] if len(r) > 3 else ""
        got = ms[0][0] if ms else ""
        for m in ms:
            if text[m[2] - 1:m[2] - 1 + m[3]] != m[4]:
                bad_offsets += 1
        ok = got == gold
        right += ok
        f = by_form.setdefault(form, [0, 0])
        f[0] += ok
        f[1] += 1
        if gold:
            n_dates += 1
        else:
            n_non += 1
            false_dates += bool(ms)
        if not ok:
            print("# expression %s (%s): %r gold %s got %s" % (r[0], form, text, gold or "none", got or "none"))
    acc = right / len(ex)
    fdr = false_dates / n_non if n_non else 0.0
    print("# expressions: %d (%d dates, %d non-dates)" % (len(ex), n_dates, n_non))
    for form in sorted(by_form):
        print("#   %-14s %4d/%-4d" % (form, by_form[form][0], by_form[form][1]))
    print("# parsing accuracy %.4f, false dates on non-dates %.4f (%d of %d)" % (acc, fdr, false_dates, n_non))
    check(acc >= FLOOR_ACCURACY, "parsing accuracy %.4f >= %.2f" % (acc, FLOOR_ACCURACY))
    check(fdr <= FLOOR_FALSE_DATES, "false dates on non-dates %.4f <= %.2f" % (fdr, FLOOR_FALSE_DATES))

    # ---- sentences ----
    se = load("tests/eval/dates_sentences.tsv")
    res = run(cli, [r[2] for r in se])
    tp = fp = fn = 0
    for r, ms in zip(se, res):
        text = r[2]
        golds = [g for g in (r[3] if len(r) > 3 else "").split(";") if g]
        gm = [g for g in (r[4] if len(r) > 4 else "").split(" || ") if g]
        # gold spans, in order (a double date's two gold dates share one span)
        spans = []
        pos = 0
        for m in gm:
            i = text.find(m, pos)
            spans.append((i, i + len(m)))
            pos = i + len(m)
        gold_items = []
        si = 0
        for k, g in enumerate(golds):
            if k > 0 and golds[k - 1] == g and len(golds) > len(gm) and si > 0 and \
                    len(gold_items) - (si - 1) < 2:
                gold_items.append((g, spans[si - 1]))
            else:
                gold_items.append((g, spans[si] if si < len(spans) else (0, len(text))))
                si += 1
        used = [False] * len(gold_items)
        for m in ms:
            if text[m[2] - 1:m[2] - 1 + m[3]] != m[4]:
                bad_offsets += 1
            s0, s1 = m[2] - 1, m[2] - 1 + m[3]
            hit = False
            for k, (g, (a, b)) in enumerate(gold_items):
                if not used[k] and g == m[0] and s0 < b and a < s1:
                    used[k] = hit = True
                    break
            if hit:
                tp += 1
            else:
                fp += 1
                print("# sentence %s: false %s %r" % (r[0], m[0], m[4]))
        for k, u in enumerate(used):
            if not u:
                fn += 1
                print("# sentence %s: missed %s in %r" % (r[0], gold_items[k][0], text))
    p = tp / (tp + fp) if tp + fp else 1.0
    rc = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * p * rc / (p + rc) if p + rc else 0.0
    print("# sentences: %d, gold dates %d; pt_dates TP %d FP %d FN %d: P %.4f R %.4f F1 %.4f" %
          (len(se), tp + fn, tp, fp, fn, p, rc, f1))
    check(f1 >= FLOOR_F1, "pt_dates F1 %.4f >= %.2f" % (f1, FLOOR_F1))
    check(bad_offsets == 0, "substr(doc, start_char, char_length) = mention for every mention (%d wrong)" % bad_offsets)
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
