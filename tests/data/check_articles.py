#!/usr/bin/env python3
"""Check the sample articles: format, size, languages, and spelling traps.

Usage: python3 tests/data/check_articles.py [DIR]

Every article must parse (header title/lang/date/source, blank line, body),
have 120-300 words, and use the language its name and header give; each
language needs at least 12 articles; the spelling traps the demo and the
benchmark rely on must each occur somewhere in the set.  When ../shared/seeds
exists beside the repository, no 40-character stretch of a seed article may
appear in an article.  Prints one line per failure and a summary line; exits
non-zero on any failure.
"""

import datetime
import glob
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.dirname(os.path.dirname(HERE))
from load_articles import read_articles  # noqa: E402

ZWNJ = '\u200c'

# (what, language, regular expression over the bodies of that language)
TRAPS = [
    ('Persian word with ZWNJ (پروژه‌های)', 'fa', 'پروژه\u200cهای'),
    ('Persian word with a space (پروژه های)', 'fa', 'پروژه های'),
    ('Persian word glued (پروژههای)', 'fa', 'پروژههای'),
    ('verb prefix glued (میشود, میکند)', 'fa', r'(?<![\w\u200c])می(?:شود|کند|دهند|دهد)'),
    ('Arabic yeh and kaf in Persian text', 'fa', 'كرد|ايران'),
    ('Persian yeh in Arabic text (الاجتماعی, الدولیة)', 'ar', 'الاجتماعی|الدولیة'),
    ('Egyptian final alef maksura (الاجتماعى)', 'ar', 'الاجتماعى'),
    ('shadda (تمّ)', 'ar', 'تمّ'),
    ('tanween (مؤكّدًا)', 'ar', 'مؤكّدًا'),
    ('tatweel (الـغـذاء)', 'ar', '\u0640\\w'),
    ('Arabic-Indic digits', 'ar', '[\u0660-\u0669]'),
    ('Persian digits in Arabic text', 'ar', '[\u06f0-\u06f9]'),
    ('Arabic-Indic digits in Persian text', 'fa', '[\u0660-\u0669]'),
    ('two spellings of one name (الأوروبي / الأوربي)', 'ar', 'الأوربي'),
    ('IOM as منظمة الهجرة الدولية', 'ar', 'منظمة الهجرة الدولية'),
    ('IOM as المنظمة الدولية للهجرة', 'ar', 'المنظمة الدولية للهجرة'),
    ('Latin acronym in Arabic text', 'ar', r'\((?:UNICEF|WFP|ILO|IOM)\)'),
    ('Latin acronym in Persian text', 'fa', r'\((?:UNDP|WFP|ILO|IOM)\)'),
    ('attached prefix (واليونيسف)', 'ar', 'واليونيسف'),
    ('attached prefix (لليونيسف)', 'ar', 'لليونيسف'),
    ('site boilerplate (Arabic)', 'ar', 'جميع الحقوق محفوظة'),
    ('site boilerplate (Persian)', 'fa', 'صفحه اصلی'),
]

SCRIPT_LETTERS = {
    'ar': re.compile('[\u0621-\u064a]'),
    'fa': re.compile('[\u0621-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc]'),
    'en': re.compile('[A-Za-z]'),
}


def seed_windows():
    """40-character stretches of the seed articles, as the project hook takes them."""
    seeds = os.path.join(os.path.dirname(TOP), 'shared', 'seeds')
    out = set()
    for f in glob.glob(os.path.join(seeds, '*.txt')):
        with open(f, encoding='utf-8') as fh:
            for line in fh:
                line = ' '.join(line.split())
                for i in range(0, max(0, len(line) - 40), 25):
                    s = line[i:i + 40]
                    if s.count(' ') >= 3:
                        out.add(s)
    return out


def main():
    directory = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, 'articles')
    failures = []
    try:
        articles = read_articles(directory)
    except ValueError as e:
        print('FAIL %s' % e)
        return 1
    counts = {}
    for a in articles:
        name, lang = a['file'], a['lang']
        counts[lang] = counts.get(lang, 0) + 1
        if lang not in SCRIPT_LETTERS or not name.startswith(lang + '-'):
            failures.append('%s: lang %r does not match the file name' % (name, lang))
            continue
        try:
            datetime.date.fromisoformat(a['date'])
        except ValueError:
            failures.append('%s: date %r is not YYYY-MM-DD' % (name, a['date']))
        words = len(a['body'].split())
        if not 120 <= words <= 300:
            failures.append('%s: %d words, not 120-300' % (name, words))
        letters = SCRIPT_LETTERS[lang].findall(a['body'])
        if len(letters) < 0.6 * len(re.findall(r'\w', a['body'])):
            failures.append('%s: the body is not mostly in the letters of %s' % (name, lang))
    for lang in ('ar', 'fa', 'en'):
        if counts.get(lang, 0) < 12:
            failures.append('%s: %d articles, fewer than 12' % (lang, counts.get(lang, 0)))
    for what, lang, pattern in TRAPS:
        if not any(re.search(pattern, a['body']) for a in articles if a['lang'] == lang):
            failures.append('spelling trap missing: %s' % what)
    windows = seed_windows()
    for a in articles:
        text = a['title'] + '\n' + a['body']
        for w in windows:
            if w in text:
                failures.append('%s: copies seed text %r' % (a['file'], w))
    for f in failures:
        print('FAIL ' + f)
    print('articles: %s; %d spelling traps checked; seed check %s; %d failures'
          % (', '.join('%d %s' % (counts[k], k) for k in sorted(counts)), len(TRAPS),
             'on %d stretches' % len(windows) if windows else 'skipped (no ../shared/seeds)',
             len(failures)))
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
