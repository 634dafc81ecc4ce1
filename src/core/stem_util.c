/*
 * stem_util.c
 *		Loading, output and word-list look-up for the stemmers.
 */
#include <stdint.h>
#include <string.h>

#include "stem_util.h"
#include "utf8.h"

/* Copy the token without spaces; 1 if every other character is an Arabic-block letter. */
int
pt_sword_load(pt_sword *w, const unsigned char *in, size_t len)
{
	size_t		i = 0,
				o = 0;
	int			arabic = 1;

	w->s = 0;
	w->e = 0;
	w->ncut = 0;
	if (len > PT_STEM_MAX_INPUT)
		return 0;
	while (i < len)
	{
		int			n;
		uint32_t	cp;

		if (in[i] == ' ')
		{
			/* record where pieces meet; when full, the last slot moves on */
			if (o > 0 && i + 1 < len && in[i + 1] != ' ')
			{
				if (w->ncut < PT_SWORD_CUTS)
					w->ncut++;
				w->cut[w->ncut - 1] = o;
			}
			i++;
			continue;
		}
		if (in[i] >= 0xD8 && in[i] <= 0xDB && i + 1 < len &&
			(in[i + 1] & 0xC0) == 0x80)
		{
			/* U+0600..U+06FF, the letters from U+0621 (D8 A1) */
			if (in[i] == 0xD8 && in[i + 1] < 0xA1)
				arabic = 0;
			w->b[o] = in[i];
			w->b[o + 1] = in[i + 1];
			o += 2;
			i += 2;
			continue;
		}
		cp = pt_utf8_decode(in + i, len - i, &n);
		if (n != 2 || cp < 0x0621 || cp > 0x06FF)
			arabic = 0;
		memcpy(w->b + o, in + i, (size_t) n);
		o += (size_t) n;
		i += (size_t) n;
	}
	w->e = o;
	return arabic && o > 0;
}

/*
 * One spelling for a hamza on a seat before waw: folding leaves ئو as يو and
 * ؤو as وو, and a writer without hamza types وو (مسئول, مسؤول, مسوول); a
 * doubled وو inside a stem is read as يو, the Persian spelling.  (A native
 * وو is rare: the stem's first letter is left alone, and يو stays يو, so
 * مليون and تلفزيون are untouched.)
 */
void
pt_sword_hamza(pt_sword *w)
{
	size_t		i;

	for (i = w->s + 2; i + 4 <= w->e; i += 2)
		if (w->b[i] == 0xD9 && w->b[i + 1] == 0x88 &&
			w->b[i + 2] == 0xD9 && w->b[i + 3] == 0x88)
			w->b[i + 1] = 0x8A;
}

/* Copy the stem to out and return its length. */
size_t
pt_sword_out(const pt_sword *w, unsigned char *out)
{
	size_t		n = w->e - w->s;

	memmove(out, w->b + w->s, n);
	return n;
}

/* Binary search of a byte string in a sorted array of C strings. */
int
pt_word_in_list(const unsigned char *word, size_t len,
				const char *const *list, size_t n)
{
	size_t		lo = 0,
				hi = n;

	while (lo < hi)
	{
		size_t		mid = (lo + hi) / 2;
		int			c = sw_cmp(word, len, list[mid]);

		if (c == 0)
			return 1;
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return 0;
}

/* Word i of a set's list. */
static inline const char *
set_word(const pt_wordset *set, size_t i)
{
	return *(const char *const *) ((const char *) set->list + i * set->stride);
}

/* Make a set's index (first look-up only). */
static void
wordset_build(pt_wordset *set)
{
	size_t		i;

	if (set->n > PT_WORDSET_MAX)
	{
		set->ready = 2;			/* too long to index: bisect the list */
		return;
	}
	memset(set->slot, 0, sizeof(set->slot));
	memset(set->sieve, 0, sizeof(set->sieve));
	for (i = 0; i < set->n; i++)
	{
		const unsigned char *s = (const unsigned char *) set_word(set, i);
		size_t		l = strlen((const char *) s);
		uint32_t	h = pt_word_hash(s, l),
					b;

		if (l < 2 || l >= PT_WORDSET_LEN)
		{
			set->ready = 2;		/* not indexable: bisect the list */
			return;
		}
		b = pt_wordset_sieve_bit(s, l);
		set->sieve[b / 64] |= UINT64_C(1) << (b % 64);
		set->len[i] = (unsigned char) l;
		while (set->slot[h & (PT_WORDSET_SLOTS - 1)] != 0)
			h++;
		set->slot[h & (PT_WORDSET_SLOTS - 1)] = (unsigned short) (i + 1);
	}
	set->ready = 1;
}

/* Entry number of a word in a set, or -1. */
long
pt_wordset_find(pt_wordset *set, const unsigned char *w, size_t len)
{
	uint32_t	h;
	unsigned short e;

	if (!set->ready)
		wordset_build(set);
	if (set->ready == 2)
	{
		/* a list the index cannot hold (no list of the core): bisect it */
		size_t		lo = 0,
					hi = set->n;

		while (lo < hi)
		{
			size_t		mid = (lo + hi) / 2;
			int			c = sw_cmp(w, len, set_word(set, mid));

			if (c == 0)
				return (long) mid;
			if (c < 0)
				hi = mid;
			else
				lo = mid + 1;
		}
		return -1;
	}
	if (len < 2 || len >= PT_WORDSET_LEN)
		return -1;
	h = pt_wordset_sieve_bit(w, len);
	if (!((set->sieve[h / 64] >> (h % 64)) & 1))
		return -1;
	h = pt_word_hash(w, len);
	while ((e = set->slot[h & (PT_WORDSET_SLOTS - 1)]) != 0)
	{
		if (set->len[e - 1] == len &&
			memcmp(set_word(set, e - 1), w, len) == 0)
			return (long) e - 1;
		h++;
	}
	return -1;
}

