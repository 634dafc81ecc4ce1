/*
 * test_stem_groups.c
 *		Same-lexeme rate of the spelling and inflection groups of
 *		tests/eval/stem_groups_ar.tsv and stem_groups_fa.tsv, with each
 *		language's stemmer (as policytext_arabic / policytext_persian index
 *		a word): for every "same" line, the share of its forms that get the
 *		head word's lexeme (a one-word query with the head finds them); for
 *		every "diff" line, the two words must get different lexemes.  Prints
 *		the rate and every miss; fails below PT_GROUP_TARGET or on any merge.
 *		Run from the repository root (tests/unit/run.sh does).
 */
#include <stdlib.h>

#include "normalize.h"
#include "stem_ar.h"
#include "stem_fa.h"
#include "unit.h"

#define PT_GROUP_TARGET	0.97
#define LINE_BYTES		4096
#define WORD_BYTES		256

typedef size_t (*stem_fn) (const unsigned char *, size_t, unsigned char *);

/* Fold a raw word as the dictionary does and stem it; returns the length. */
static size_t
lexeme(stem_fn fn, const char *raw, size_t len, unsigned char *out)
{
	unsigned char folded[PT_FOLD_BOUND(WORD_BYTES)];
	size_t		n;

	if (len > WORD_BYTES)
		len = WORD_BYTES;
	n = pt_fold_all(PT_FOLD_SEARCH, (const unsigned char *) raw, len, folded);
	return fn(folded, n, out);
}

/* Next space-separated word of *p (NUL-terminated line); 0 at the end. */
static size_t
next_word(char **p, char **word)
{
	char	   *s = *p;
	size_t		n = 0;

	while (*s == ' ')
		s++;
	*word = s;
	while (s[n] != '\0' && s[n] != ' ')
		n++;
	*p = s + n;
	return n;
}

/* Check one groups file; returns 1 if it could be read. */
static int
check_file(const char *path, stem_fn fn, const char *lang)
{
	FILE	   *f = fopen(path, "r");
	char		line[LINE_BYTES];
	long		forms = 0,
				found = 0,
				pairs = 0,
				merged = 0;

	if (f == NULL)
		return 0;
	while (fgets(line, sizeof(line), f))
	{
		char	   *p,
				   *w;
		size_t		n,
					hl,
					l;
		unsigned char head[PT_FOLD_BOUND(WORD_BYTES)],
					o[PT_FOLD_BOUND(WORD_BYTES)];
		char		headw[WORD_BYTES + 1];
		int			same;

		line[strcspn(line, "\r\n")] = '\0';
		if (strncmp(line, "same\t", 5) == 0)
			same = 1;
		else if (strncmp(line, "diff\t", 5) == 0)
			same = 0;
		else
			continue;
		p = line + 5;
		n = next_word(&p, &w);
		if (n == 0 || n > WORD_BYTES)
			continue;
		memcpy(headw, w, n);
		headw[n] = '\0';
		hl = lexeme(fn, w, n, head);
		while ((n = next_word(&p, &w)) > 0)
		{
			int			eq;

			l = lexeme(fn, w, n, o);
			eq = l == hl && memcmp(o, head, l) == 0;
			if (same)
			{
				forms++;
				found += eq;
				if (!eq)
					printf("#   %s miss: %s -> %.*s, %.*s -> %.*s\n", lang,
						   headw, (int) hl, head, (int) n, w, (int) l, o);
			}
			else
			{
				pairs++;
				merged += eq;
				if (eq)
					printf("#   %s MERGED: %s and %.*s -> %.*s\n", lang,
						   headw, (int) n, w, (int) l, o);
			}
		}
	}
	fclose(f);
	printf("# %s: same-lexeme rate %.3f (%ld of %ld forms), %ld of %ld different pairs merged\n",
		   lang, forms ? (double) found / forms : 0.0, found, forms, merged, pairs);
	CHECK(forms > 0 && (double) found / forms >= PT_GROUP_TARGET,
		  "%s groups: same-lexeme rate >= %.2f", lang, PT_GROUP_TARGET);
	CHECK(pairs > 0 && merged == 0, "%s groups: no two different words merged", lang);
	return 1;
}

int
main(void)
{
	CHECK(check_file("tests/eval/stem_groups_ar.tsv", pt_stem_ar, "ar"),
		  "tests/eval/stem_groups_ar.tsv read");
	CHECK(check_file("tests/eval/stem_groups_fa.tsv", pt_stem_fa, "fa"),
		  "tests/eval/stem_groups_fa.tsv read");
	return unit_done();
}
