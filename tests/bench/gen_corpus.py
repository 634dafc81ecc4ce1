#!/usr/bin/env python3
"""Generate the benchmark corpus and the synthetic registry names.

Usage: gen_corpus.py OUTDIR [MEGABYTES]

Writes, from the sample articles (tests/data/articles) and the word lists
(tests/data/wordlists/orgnames.tsv):

  OUTDIR/corpus.tsv    lang<TAB>body, Arabic and Persian articles, at least
                       MEGABYTES (default 42) MB of body text in total; the
                       sentences of the sample articles reshuffled, spelled
                       the many ways news spells them (ZWNJ / space / glued,
                       diacritics, tatweel, Persian and Arabic yeh and kaf,
                       digits in three scripts, bidi marks around Latin), with
                       presentation-form ligatures now and then, and
                       made-up organization names mixed in;
  OUTDIR/orgnames.tsv  code<TAB>lang<TAB>name<TAB>name_en: 100,000 made-up
                       organization names in English, Arabic and Persian,
                       three names per code.

COPY text format, deterministic (fixed random seed).  Standard library only.
"""

import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(TOP, 'tests', 'data'))
from load_articles import read_articles  # noqa: E402

ZWNJ = '\u200c'
DIACRITICS = '\u064e\u064f\u0650\u0651\u064b\u064c\u064d\u0652'
TANWEEN = '\u064b\u064c\u064d'
TATWEEL = '\u0640'
BIDI = ('\u200f', '\u200e', '\u061c')
DIGITS = ('0123456789', '\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669',
          '\u06f0\u06f1\u06f2\u06f3\u06f4\u06f5\u06f6\u06f7\u06f8\u06f9')
DIGIT_VALUE = {c: i for s in DIGITS for i, c in enumerate(s)}
ARABIC_LETTER = re.compile('[\u0621-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc]')
VARIANTS_PER_SENTENCE = 24
NAMES = 100000


def sentences(text):
    """Split an article body into sentences (paragraph and full-stop ends)."""
    out = []
    for para in text.split('\n'):
        out.extend(s.strip() for s in re.split(r'(?<=[.؟!»])\s+', para) if s.strip())
    return out


def redigit(m, rnd):
    """Write a run of digits in one of the three scripts."""
    script = rnd.choice(DIGITS)
    return ''.join(script[DIGIT_VALUE[c]] for c in m.group(0))


def vary_word(w, lang, rnd):
    """One spelling of a word as some news site might type it."""
    if w.isascii():
        if w.isalpha() and w.isupper() and rnd.random() < 0.3:
            return rnd.choice(BIDI) + w + rnd.choice(BIDI)
        return w
    if lang == 'fa':
        if ZWNJ in w:
            r = rnd.random()
            w = w.replace(ZWNJ, ' ') if r < 0.33 else w.replace(ZWNJ, '') if r < 0.66 else w
        if rnd.random() < 0.05:
            w = w.replace('ی', 'ي').replace('ک', 'ك')
        if w.endswith('ه') and rnd.random() < 0.05:
            w += '\u0654'
    else:
        if w.endswith('ي') and rnd.random() < 0.12:
            w = w[:-1] + rnd.choice('یى')
        if 'ك' in w and rnd.random() < 0.03:
            w = w.replace('ك', 'ک')
        if rnd.random() < 0.08:
            w = w.replace('أ', 'ا').replace('إ', 'ا')
    if 'لا' in w and rnd.random() < 0.03:
        w = w.replace('لا', '\ufefb')      # the lam-alef ligature of old fonts
    letters = [i for i, c in enumerate(w) if ARABIC_LETTER.match(c)]
    if letters and rnd.random() < 0.05:
        mark = rnd.choice(DIACRITICS)
        i = letters[-1] if mark in TANWEEN else rnd.choice(letters)
        w = w[:i + 1] + mark + w[i + 1:]
    if len(letters) > 3 and rnd.random() < 0.01:
        i = rnd.choice(letters[1:-1])
        w = w[:i + 1] + TATWEEL + w[i + 1:]
    return w


def vary_sentence(s, lang, rnd):
    """One spelling of a sentence: every word varied, digits re-scripted."""
    s = re.sub(r'[0-9\u0660-\u0669\u06f0-\u06f9]+', lambda m: redigit(m, rnd), s)
    if lang == 'fa':
        # the plural suffix and the verb prefix: with ZWNJ, a space, or glued
        s = re.sub(r'(\S)(?:\u200c| )(ها|های|هایی)(?=[\s.،]|$)',
                   lambda m: m.group(1) + rnd.choice((ZWNJ, ' ', '')) + m.group(2), s)
        s = re.sub(r'(^|\s)(ن?می)(?:\u200c| )(?=\S)',
                   lambda m: m.group(1) + m.group(2) + rnd.choice((ZWNJ, ' ', '')), s)
    return ' '.join(vary_word(w, lang, rnd) for w in s.split(' '))


def read_wordlist(path):
    """Return {kind: [(en, ar, fa), ...]} from the organization-name word list."""
    parts = {}
    with open(path, encoding='utf-8') as f:
        for line in f:
            if line.startswith('#') or not line.strip():
                continue
            kind, en, ar, fa = line.rstrip('\n').split('\t')
            parts.setdefault(kind, []).append((en, ar, fa.replace('~', ZWNJ)))
    return parts


def arabic_lam(word):
    """Attach the preposition lam to an Arabic phrase (ال + ل -> لل)."""
    return 'ل' + word[1:] if word.startswith('ال') else 'ل' + word


def org_names(parts):
    """Yield (en, ar, fa) made-up organization names, three patterns each."""
    for h_en, h_ar, h_fa in parts['head']:
        for t_en, t_ar, t_fa in parts['topic']:
            for p_en, p_ar, p_fa in parts['place']:
                yield ('%s for %s in %s' % (h_en, t_en, p_en),
                       '%s %s في %s' % (h_ar, t_ar, p_ar),
                       '%s %s در %s' % (h_fa, t_fa, p_fa))
                yield ('%s %s %s' % (p_en, t_en, h_en),
                       '%s %s - %s' % (h_ar, t_ar, p_ar),
                       '%s %s %s' % (h_fa, t_fa, p_fa))
                yield ('%s %s of %s' % (t_en, h_en, p_en),
                       '%s %s %s' % (h_ar, p_ar, arabic_lam(t_ar)),
                       '%s %s استان %s' % (h_fa, t_fa, p_fa))


def copy_escape(s):
    """Escape a value for COPY text format."""
    return s.replace('\\', '\\\\').replace('\t', '\\t').replace('\n', '\\n').replace('\r', '\\r')


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    outdir = sys.argv[1]
    target = int(float(sys.argv[2] if len(sys.argv) > 2 else 42) * 1000 * 1000)
    rnd = random.Random(20240601)

    parts = read_wordlist(os.path.join(TOP, 'tests', 'data', 'wordlists', 'orgnames.tsv'))
    names = []
    for n, (en, ar, fa) in enumerate(org_names(parts)):
        if len(names) >= NAMES:
            break
        code = 'SYN%05d' % n
        names.extend([(code, 'en', en, en), (code, 'ar', ar, en), (code, 'fa', fa, en)])
    names = names[:NAMES]
    with open(os.path.join(outdir, 'orgnames.tsv'), 'w', encoding='utf-8') as f:
        for row in names:
            f.write('\t'.join(copy_escape(x) for x in row) + '\n')

    # sentences of the Arabic and Persian sample articles, each in many spellings
    pool = {'ar': [], 'fa': []}
    for a in read_articles(os.path.join(TOP, 'tests', 'data', 'articles')):
        if a['lang'] in pool:
            pool[a['lang']].extend(sentences(a['title'] + '.\n' + a['body']))
    variants = {lang: [[vary_sentence(s, lang, rnd) for _ in range(VARIANTS_PER_SENTENCE)]
                       for s in ss] for lang, ss in pool.items()}
    mention = {'ar': ('وشاركت في التنفيذ %s.', 'وقال ممثل %s إن العمل مستمر.'),
               'fa': ('%s نیز در اجرای طرح مشارکت دارد.', 'نماینده %s گفت کار ادامه دارد.')}
    by_lang = {lang: [r[2] for r in names if r[1] == lang] for lang in pool}

    total = rows = 0
    with open(os.path.join(outdir, 'corpus.tsv'), 'w', encoding='utf-8') as f:
        while total < target:
            lang = 'ar' if rows % 2 == 0 else 'fa'
            paras = []
            for _ in range(rnd.randint(3, 7)):
                para = [rnd.choice(rnd.choice(variants[lang])) for _ in range(rnd.randint(1, 4))]
                if rnd.random() < 0.3:
                    name = rnd.choice(by_lang[lang])
                    para.insert(rnd.randint(0, len(para)), rnd.choice(mention[lang]) % name)
                paras.append(' '.join(para))
            body = '\n\n'.join(paras)
            f.write(lang + '\t' + copy_escape(body) + '\n')
            total += len(body.encode('utf-8'))
            rows += 1
    print('corpus: %d articles, %.1f MB of body text; %d synthetic registry names'
          % (rows, total / 1e6, len(names)))


if __name__ == '__main__':
    main()
