/*
 * test_wordset.c
 *		The hash index of the word lists (pt_wordset) against the binary
 *		search it replaces: the same answer for every listed word, for
 *		near misses (a byte changed, a letter cut or added), for empty,
 *		one-byte and long input, and for random bytes; and the bisection
 *		fallback for a list the index cannot hold.
 */
#include <stdlib.h>

#include "normalize.h"
#include "stem_util.h"
#include "stopwords.h"
#include "unit.h"

/* a set over an exported list (the PT_WORDSET macro needs the array itself) */
static pt_wordset
set_of(const void *list, size_t stride, size_t n)
{
	pt_wordset	s;

	memset(&s, 0, sizeof(s));
	s.list = list;
	s.stride = stride;
	s.n = n;
	return s;
}

/* word i of a list of records */
static const char *
word_at(const void *list, size_t stride, size_t i)
{
	return *(const char *const *) ((const char *) list + i * stride);
}

/* binary search over records, as pt_word_in_list does over strings */
static long
bisect(const void *list, size_t stride, size_t n,
	   const unsigned char *w, size_t len)
{
	size_t		lo = 0,
				hi = n;

	while (lo < hi)
	{
		size_t		mid = (lo + hi) / 2;
		int			c = sw_cmp(w, len, word_at(list, stride, mid));

		if (c == 0)
			return (long) mid;
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return -1;
}

/* Do the set and the binary search agree on w? */
static int
agree(pt_wordset *s, const unsigned char *w, size_t len)
{
	long		want = bisect(s->list, s->stride, s->n, w, len);

	return pt_wordset_find(s, w, len) == want &&
		pt_wordset_has(s, w, len) == (want >= 0);
}

/* Every word, and near misses of every word, of one list. */
static void
check_list(const char *name, const void *list, size_t stride, size_t n)
{
	pt_wordset	s = set_of(list, stride, n);
	int			found = 1,
				near = 1;
	unsigned char buf[PT_WORDSET_LEN + 4];

	for (size_t i = 0; i < n; i++)
	{
		const char *w = word_at(list, stride, i);
		size_t		l = strlen(w);

		if (pt_wordset_find(&s, (const unsigned char *) w, l) != (long) i)
			found = 0;
		memcpy(buf, w, l);
		/* each byte changed */
		for (size_t j = 0; j < l; j++)
		{
			buf[j] ^= 0x01;
			near &= agree(&s, buf, l);
			buf[j] ^= 0x01;
		}
		/* shorter by one and two bytes, longer by one letter */
		near &= agree(&s, buf, l - 1);
		if (l >= 2)
			near &= agree(&s, buf, l - 2);
		buf[l] = 0xD8;
		buf[l + 1] = 0xA7;
		near &= agree(&s, buf, l + 2);
		/* the word followed by a NUL byte */
		buf[l] = 0;
		near &= agree(&s, buf, l + 1);
	}
	CHECK(s.ready == 1, "%s: indexed", name);
	CHECK(found, "%s: every word found at its own entry", name);
	CHECK(near, "%s: near misses answered as the binary search does", name);
	CHECK(!pt_wordset_has(&s, (const unsigned char *) "", 0), "%s: empty word", name);
	CHECK(agree(&s, (const unsigned char *) "\xd9", 1), "%s: one byte", name);
}

/* Random byte strings, over the letters the lists use. */
static void
check_random(void)
{
	pt_wordset	s = set_of(pt_stop_ar, sizeof(char *), pt_stop_ar_len);
	unsigned char buf[80];
	int			ok = 1;

	srand(7);
	for (int k = 0; k < 200000; k++)
	{
		size_t		l = (size_t) (rand() % 16) * 2 + (size_t) (rand() % 2);

		for (size_t j = 0; j < l; j++)
			buf[j] = (j % 2 == 0) ? (unsigned char) (0xD8 + rand() % 2) :
				(unsigned char) (0x80 + rand() % 64);
		ok &= agree(&s, buf, l);
	}
	memset(buf, 0xD9, sizeof(buf));
	ok &= agree(&s, buf, sizeof(buf));
	CHECK(ok, "random letter strings and a long string: same answers");
}

/*
 * Every word of a generated list is written as the dictionaries look it up:
 * folded (pt_fold_all(PT_FOLD_SEARCH) leaves it as it is), without spaces.
 */
static void
check_folded(const char *name, const void *list, size_t stride, size_t n,
			 int key)
{
	int			ok = 1;

	for (size_t i = 0; i < n; i++)
	{
		const char *const *rec = (const char *const *) ((const char *) list + i * stride);
		const char *w = rec[key];
		size_t		l = strlen(w),
					fl;
		unsigned char out[PT_FOLD_BOUND(PT_WORDSET_LEN)];

		if (l >= PT_WORDSET_LEN)
		{
			ok = 0;
			printf("#   %s: %s too long\n", name, w);
			continue;
		}
		fl = pt_fold_all(PT_FOLD_SEARCH, (const unsigned char *) w, l, out);
		if (fl != l || memcmp(out, w, l) != 0 || memchr(w, ' ', l) != NULL)
		{
			ok = 0;
			printf("#   %s: %s is not folded (%.*s)\n", name, w, (int) fl, out);
		}
	}
	CHECK(ok, "%s: every word folded, no spaces", name);
}

/* Lists the index cannot hold are searched by bisection. */
static void
check_fallback(void)
{
	static char words[PT_WORDSET_MAX + 10][8];
	static const char *list[PT_WORDSET_MAX + 10];
	static const char *const short_list[] = {"a", "bb", "cc"};
	pt_wordset	big,
				shortw;
	size_t		n = PT_WORDSET_MAX + 10;
	int			ok = 1;

	for (size_t i = 0; i < n; i++)
	{
		snprintf(words[i], sizeof(words[i]), "w%05zu", i);
		list[i] = words[i];
	}
	big = set_of(list, sizeof(char *), n);
	for (size_t i = 0; i < n; i++)
		ok &= pt_wordset_find(&big, (const unsigned char *) list[i], 6) == (long) i;
	ok &= pt_wordset_find(&big, (const unsigned char *) "w99999", 6) == -1;
	CHECK(big.ready == 2 && ok, "a list longer than the index: bisected, all found");

	shortw = set_of(short_list, sizeof(char *), 3);
	CHECK(pt_wordset_find(&shortw, (const unsigned char *) "a", 1) == 0 &&
		  pt_wordset_find(&shortw, (const unsigned char *) "cc", 2) == 2 &&
		  pt_wordset_find(&shortw, (const unsigned char *) "c", 1) == -1 &&
		  shortw.ready == 2,
		  "a list with a one-byte word: bisected");
}

int
main(void)
{
	check_list("Arabic stop words", pt_stop_ar, sizeof(char *), pt_stop_ar_len);
	check_list("Persian stop words", pt_stop_fa, sizeof(char *), pt_stop_fa_len);
	check_list("Arabic kept words", pt_ar_keep, sizeof(char *), pt_ar_keep_len);
	check_list("Persian kept words", pt_fa_keep, sizeof(char *), pt_fa_keep_len);
	check_list("Arabic broken plurals", pt_plural_ar, sizeof(pt_plural_entry),
			   pt_plural_ar_len);
	check_list("Persian broken plurals", pt_plural_fa, sizeof(pt_plural_entry),
			   pt_plural_fa_len);
	check_list("Arabic lam roots", pt_ar_lam_roots, sizeof(char *),
			   pt_ar_lam_roots_len);
	check_folded("Arabic stop words", pt_stop_ar, sizeof(char *), pt_stop_ar_len, 0);
	check_folded("Persian stop words", pt_stop_fa, sizeof(char *), pt_stop_fa_len, 0);
	check_folded("Arabic kept words", pt_ar_keep, sizeof(char *), pt_ar_keep_len, 0);
	check_folded("Persian kept words", pt_fa_keep, sizeof(char *), pt_fa_keep_len, 0);
	check_folded("Arabic lam roots", pt_ar_lam_roots, sizeof(char *),
				 pt_ar_lam_roots_len, 0);
	check_folded("Arabic broken-plural forms", pt_plural_ar,
				 sizeof(pt_plural_entry), pt_plural_ar_len, 0);
	check_folded("Arabic broken-plural keys", pt_plural_ar,
				 sizeof(pt_plural_entry), pt_plural_ar_len, 1);
	check_folded("Persian broken-plural forms", pt_plural_fa,
				 sizeof(pt_plural_entry), pt_plural_fa_len, 0);
	check_folded("Persian broken-plural keys", pt_plural_fa,
				 sizeof(pt_plural_entry), pt_plural_fa_len, 1);
	check_random();
	check_fallback();
	return unit_done();
}
