#!/usr/bin/env python3
"""Writes sql/src/71_places_data.sql, the shipped rows of pt_country and
pt_country_name, from the two sources of the country facts:

  sql/registry/countries.tsv     code, name_en, name_ar, name_fa: the ICU
                                 display names (src/tools/icu_countries.c)
  sql/registry/country_names.tsv code, name, lang, form: every other name,
                                 demonym, capital, acronym, person-like name,
                                 ambiguous name and blocker (our own lists;
                                 sources in sql/registry/README-places.md)

The ICU names are cleaned ("&" to "and"/"و", "St." to "Saint", the " - " of
"Congo - Brazzaville" to a space, "Myanmar (Burma)" to two names) and become
rows of form 'name', unless country_names.tsv lists the same name with another
form (it wins) or as form 'drop' (the ICU name is not used, e.g. Arabic مالي,
which is also "financial").

  gen_places_sql.py           print the SQL
  gen_places_sql.py --check   fail when sql/src/71_places_data.sql differs
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT = os.path.join(ROOT, 'sql', 'src', '71_places_data.sql')
FORMS = ['name', 'official', 'acronym', 'person', 'demonym', 'capital',
         'ambiguous', 'blocker']
LANGS = ['en', 'ar', 'fa']


def read_tsv(path):
    with open(path, encoding='utf-8') as f:
        lines = [l.rstrip('\n') for l in f if l.strip()]
    head = lines[0].split('\t')
    rows = []
    for n, l in enumerate(lines[1:], 2):
        cols = l.split('\t')
        if len(cols) != len(head):
            sys.exit('%s:%d: %d columns, expected %d' % (path, n, len(cols), len(head)))
        rows.append(dict(zip(head, cols)))
    return rows


def clean_icu(name, lang):
    """The names one ICU display name gives."""
    out = []
    m = re.match(r'^(.*?)\s*\((.*)\)$', name)
    parts = [m.group(1), m.group(2)] if m else [name]
    for p in parts:
        p = p.replace(' - ', ' ').replace('\u2019', "'")
        if lang == 'en':
            p = p.replace(' & ', ' and ')
            p = re.sub(r'^St\. ', 'Saint ', p)
        else:
            p = p.replace(' & ', ' و ')
        p = re.sub(r'\s+', ' ', p).strip()
        if p:
            out.append(p)
    return out


def sql_str(s):
    return "'" + s.replace("'", "''") + "'"


def build():
    countries = read_tsv(os.path.join(HERE, 'countries.tsv'))
    names = read_tsv(os.path.join(HERE, 'country_names.tsv'))
    codes = [c['code'] for c in countries]
    if len(set(codes)) != len(codes):
        sys.exit('countries.tsv: duplicate code')
    for c in codes:
        if not re.match(r'^[A-Z]{2}$', c):
            sys.exit('countries.tsv: bad code %r' % c)
    known = set(codes)
    manual = {}
    drops = set()
    for r in names:
        if r['code'] not in known:
            sys.exit('country_names.tsv: unknown code %s (%s)' % (r['code'], r['name']))
        if r['lang'] not in LANGS:
            sys.exit('country_names.tsv: bad lang %r (%s)' % (r['lang'], r['name']))
        if r['form'] == 'drop':
            drops.add((r['code'], r['name'], r['lang']))
            continue
        if r['form'] not in FORMS:
            sys.exit('country_names.tsv: bad form %r (%s)' % (r['form'], r['name']))
        key = (r['code'], r['name'], r['lang'])
        if key in manual:
            sys.exit('country_names.tsv: %s %s (%s) listed twice' % key)
        if r['name'] != r['name'].strip() or not r['name']:
            sys.exit('country_names.tsv: blank around %r' % r['name'])
        manual[key] = r
    rows = []
    used_drops = set()
    icu_seen = set()
    for c in countries:
        for lang in LANGS:
            for n in clean_icu(c['name_' + lang], lang):
                key = (c['code'], n, lang)
                if key in drops:
                    used_drops.add(key)
                    continue
                if key in manual or key in icu_seen:
                    continue    # a manual form wins
                icu_seen.add(key)
                rows.append((c['code'], n, lang, 'name'))
    for key in sorted(drops - used_drops):
        sys.exit('country_names.tsv: drop of %s %s (%s) matches no ICU name' % key)
    rows.extend((r['code'], r['name'], r['lang'], r['form']) for r in names
                if r['form'] != 'drop')
    rows.sort(key=lambda r: (r[0], FORMS.index(r[3]), LANGS.index(r[2]), r[1]))
    seen = set()
    for r in rows:
        if (r[0], r[1], r[2]) in seen:
            sys.exit('duplicate name %s %s (%s)' % (r[0], r[1], r[2]))
        seen.add((r[0], r[1], r[2]))
    # every country is named in the three languages
    # (a name written alike in two languages is one row: Bhutan بوتان)
    for c in countries:
        for lang in LANGS:
            icu = set(clean_icu(c['name_' + lang], lang))
            if not any(r[0] == c['code'] and (r[2] == lang or r[1] in icu)
                       and r[3] != 'blocker'
                       for r in rows):
                sys.exit('%s has no name in %s' % (c['code'], lang))

    out = []
    out.append('-- generated by sql/registry/gen_places_sql.py from sql/registry/countries.tsv')
    out.append('-- and sql/registry/country_names.tsv: edit those and run "make places-data"')
    out.append('-- (tests/suites/eval_places.sh checks that this file is up to date)')
    out.append('-- %d countries, %d names' % (len(countries), len(rows)))
    out.append('')
    out.append('INSERT INTO @extschema@.pt_country (code, name_en, shipped) VALUES')
    cl = []
    for c in countries:
        en = clean_icu(c['name_en'], 'en')[0]
        cl.append('\t(%s, %s, true)' % (sql_str(c['code']), sql_str(en)))
    out.append(',\n'.join(cl) + ';')
    out.append('')
    out.append('INSERT INTO @extschema@.pt_country_name (code, name, lang, form, shipped) VALUES')
    nl = ['\t(%s, %s, %s, %s, true)' % tuple(sql_str(x) for x in r) for r in rows]
    out.append(',\n'.join(nl) + ';')
    return '\n'.join(out) + '\n'


def main():
    text = build()
    if len(sys.argv) > 1 and sys.argv[1] == '--check':
        try:
            with open(OUT, encoding='utf-8') as f:
                old = f.read()
        except OSError:
            old = None
        if old != text:
            print('not ok - %s is not what gen_places_sql.py makes (run make places-data)' % OUT)
            sys.exit(1)
        print('ok - %s is up to date' % os.path.relpath(OUT, ROOT))
        return
    sys.stdout.write(text)


if __name__ == '__main__':
    main()
