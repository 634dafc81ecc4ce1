#!/usr/bin/env python3
"""Print SQL that creates the table articles and loads the sample articles.

Usage: python3 tests/data/load_articles.py [DIR] | psql -v ON_ERROR_STOP=1

Each article is one file DIR/<lang>-<nn>.txt: header lines "key: value"
(title, lang, date, source), a blank line, then the body.  Standard library
only, so it runs on a fresh machine.
"""

import os
import sys

HEADER_KEYS = ('title', 'lang', 'date', 'source')


def read_article(path):
    """Return a dict with the header fields and the body of one article file."""
    with open(path, encoding='utf-8') as f:
        text = f.read()
    head, sep, body = text.partition('\n\n')
    if not sep:
        raise ValueError('%s: no blank line after the header' % path)
    art = {}
    for line in head.splitlines():
        key, colon, value = line.partition(':')
        if not colon or key.strip() not in HEADER_KEYS:
            raise ValueError('%s: bad header line %r' % (path, line))
        art[key.strip()] = value.strip()
    missing = [k for k in HEADER_KEYS if k not in art]
    if missing:
        raise ValueError('%s: header lacks %s' % (path, ', '.join(missing)))
    art['body'] = body.strip('\n')
    art['file'] = os.path.basename(path)
    return art


def read_articles(directory):
    """Return every article of a directory, sorted by file name."""
    names = sorted(n for n in os.listdir(directory) if n.endswith('.txt'))
    return [read_article(os.path.join(directory, n)) for n in names]


def sql_literal(s):
    """Quote a string as an SQL literal (standard_conforming_strings on)."""
    return "'" + s.replace("'", "''") + "'"


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    directory = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, 'articles')
    out = sys.stdout
    out.write('SET client_encoding = \'UTF8\';\n'
              'SET client_min_messages = warning;\n'
              'DROP TABLE IF EXISTS articles;\n'
              'CREATE TABLE articles (id serial PRIMARY KEY, lang text, '
              'published date, source text, title text, body text);\n'
              'INSERT INTO articles (lang, published, source, title, body) VALUES\n')
    articles = read_articles(directory)
    if not articles:
        sys.exit('load_articles.py: no *.txt article in %s' % directory)
    rows = []
    for a in articles:
        rows.append('(%s, %s, %s, %s, %s)' % (
            sql_literal(a['lang']), sql_literal(a['date']),
            sql_literal(a['source']), sql_literal(a['title']),
            sql_literal(a['body'])))
    out.write(',\n'.join(rows) + ';\n')


if __name__ == '__main__':
    main()
