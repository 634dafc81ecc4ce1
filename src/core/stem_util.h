/*
 * stem_util.h
 *		Word buffer shared by the Arabic and Persian stemmers (internal).
 *
 * A folded token is copied without its ASCII spaces into a small buffer.
 * The stemmers only work on tokens made entirely of two-byte letters of
 * the Arabic block (U+0600..U+06FF), so every letter is exactly two bytes
 * and affixes can be matched byte for byte against UTF-8 literals; other
 * tokens (Latin, digits, mixed, ill-formed) are returned as they are,
 * spaces removed.  A stem is the byte range [s, e) of the buffer, possibly
 * with its last letter replaced, so it is never longer than the input.
 */
#ifndef PT_STEM_UTIL_H
#define PT_STEM_UTIL_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "stem_ar.h"
#include "wordlists.h"		/* the word lists, generated from src/data */

/* piece boundaries remembered: the first ones and always the last */
#define PT_SWORD_CUTS	8

typedef struct
{
	unsigned char b[PT_STEM_MAX_INPUT];
	size_t		s;				/* first byte of the stem */
	size_t		e;				/* one past its last byte */
	size_t		cut[PT_SWORD_CUTS];	/* byte offsets where a space was removed */
	int			ncut;
} pt_sword;

/*
 * Compare n bytes; the strings compared are a few bytes long, where a plain
 * loop beats a call to memcmp.  The loop runs from the end: the first byte
 * of an Arabic letter is one of four, its last byte tells letters apart.
 */
static inline int
sw_eq(const unsigned char *a, const char *b, size_t n)
{
	while (n > 0)
	{
		n--;
		if (a[n] != (unsigned char) b[n])
			return 0;
	}
	return 1;
}

/* Order a byte string against a C string, as memcmp then length would. */
static inline int
sw_cmp(const unsigned char *a, size_t al, const char *b)
{
	size_t		i;

	for (i = 0; i < al && b[i] != '\0'; i++)
		if (a[i] != (unsigned char) b[i])
			return a[i] < (unsigned char) b[i] ? -1 : 1;
	if (i < al)
		return 1;				/* b is a prefix of a */
	return b[i] != '\0' ? -1 : 0;
}

/* number of letters in the current stem */
static inline size_t
sw_letters(const pt_sword *w)
{
	return (w->e - w->s) / 2;
}

/* an affix of a table, with its length in bytes */
typedef struct
{
	const char *s;
	size_t		n;
} pt_affix;

#define PT_AFFIX(lit)	{(lit), sizeof(lit) - 1}

/* does the stem end with the l bytes of lit (UTF-8, whole letters)? */
static inline int
sw_ends_n(const pt_sword *w, const char *lit, size_t l)
{
	return l <= w->e - w->s && sw_eq(w->b + w->e - l, lit, l);
}

/* does the stem start with the l bytes of lit? */
static inline int
sw_starts_n(const pt_sword *w, const char *lit, size_t l)
{
	return l <= w->e - w->s && sw_eq(w->b + w->s, lit, l);
}

/* does the stem end with the literal lit? */
static inline int
sw_ends(const pt_sword *w, const char *lit)
{
	return sw_ends_n(w, lit, strlen(lit));
}

/* does the stem start with the literal lit? */
static inline int
sw_starts(const pt_sword *w, const char *lit)
{
	return sw_starts_n(w, lit, strlen(lit));
}

/* is letter i (0-based from the stem start; negative counts from the end) lit? */
static inline int
sw_at(const pt_sword *w, long i, const char *lit)
{
	size_t		n = sw_letters(w);
	size_t		off;

	if (i < 0)
		i += (long) n;
	if (i < 0 || (size_t) i >= n)
		return 0;
	off = w->s + 2 * (size_t) i;
	return sw_eq(w->b + off, lit, 2);
}

/* letters left if the suffix lit were removed (0 if it does not match) */
static inline size_t
sw_left_after(const pt_sword *w, const char *lit)
{
	size_t		l = strlen(lit);

	return sw_ends_n(w, lit, l) ? sw_letters(w) - l / 2 : 0;
}

/* the same for a table's affix */
static inline size_t
sw_left_after_affix(const pt_sword *w, const pt_affix *a)
{
	return sw_ends_n(w, a->s, a->n) ? sw_letters(w) - a->n / 2 : 0;
}

/* remove a suffix known to match */
static inline void
sw_cut_end(pt_sword *w, const char *lit)
{
	w->e -= strlen(lit);
}

/* remove a prefix known to match */
static inline void
sw_cut_start(pt_sword *w, const char *lit)
{
	w->s += strlen(lit);
}

/* replace the last letter by the two-byte letter lit */
static inline void
sw_set_last(pt_sword *w, const char *lit)
{
	memcpy(w->b + w->e - 2, lit, 2);
}

/*
 * Load a folded token.  Returns 1 when it is an Arabic-script word the
 * stemmers may work on, 0 when it is to be passed through (w->b then holds
 * the token without spaces, [s, e) all of it).
 */
extern int	pt_sword_load(pt_sword *w, const unsigned char *in, size_t len);

/* ...وو... inside the stem spelt ...يو... (hamza seats: مسؤول, مسئول) */
extern void pt_sword_hamza(pt_sword *w);

/* copy the stem to out, return its length */
extern size_t pt_sword_out(const pt_sword *w, unsigned char *out);

/*
 * A hash index over a constant word list, made on its first look-up (once
 * per process, never per call) and then read only.  The list is an array
 * of n records of "stride" bytes whose first member is the word's C string
 * (a plain string array, or pt_plural_entry).  Slots hold an entry number
 * plus one, 0 when empty; open addressing, at most a quarter full.
 */
#define PT_WORDSET_SLOTS	2048
#define PT_WORDSET_MAX		(PT_WORDSET_SLOTS / 4)
#define PT_WORDSET_LEN		64	/* words are shorter than this many bytes */
#define PT_WORDSET_SIEVE_BITS	12
#define PT_WORDSET_SIEVE	(1 << PT_WORDSET_SIEVE_BITS)	/* bits of the quick-rejection sieve */

typedef struct
{
	const void *list;			/* the records */
	size_t		stride;			/* bytes from one record to the next */
	size_t		n;				/* number of records */
	int			ready;			/* index made */
	uint64_t	sieve[PT_WORDSET_SIEVE / 64];	/* quick rejection, see stem_util.c */
	unsigned short slot[PT_WORDSET_SLOTS];
	unsigned char len[PT_WORDSET_MAX];	/* byte length of each word */
} pt_wordset;

/* a set over an array defined in the same file */
#define PT_WORDSET(list) \
	{(list), sizeof((list)[0]), sizeof(list) / sizeof((list)[0]), 0, \
	 {0}, {0}, {0}}

/*
 * Entry number of the word w[0..len-1] in the set, or -1.  Gives the
 * answer a binary search of the sorted list would give.
 */
extern long pt_wordset_find(pt_wordset *set, const unsigned char *w,
							size_t len);

/*
 * Sieve bit of a word of 2 to PT_WORDSET_LEN - 1 bytes, from its length and
 * three bytes that tell letters apart (of the first, the last and the
 * last but one letter): a word whose bit is clear is in no list, so most
 * look-ups end here without hashing the whole word.
 */
static inline uint32_t
pt_wordset_sieve_bit(const unsigned char *w, size_t len)
{
	uint32_t	x = (uint32_t) w[1] | (uint32_t) w[len - 1] << 8 |
		(uint32_t) (len >= 4 ? w[len - 3] : 0) << 16 | (uint32_t) len << 24;

	return (x * 2654435761u) >> (32 - PT_WORDSET_SIEVE_BITS);
}

/* pt_wordset_find >= 0, with the sieve's rejection inline */
static inline int
pt_wordset_has(pt_wordset *set, const unsigned char *w, size_t len)
{
	if (set->ready == 1)
	{
		uint32_t	b;

		if (len < 2 || len >= PT_WORDSET_LEN)
			return 0;
		b = pt_wordset_sieve_bit(w, len);
		if (!((set->sieve[b / 64] >> (b % 64)) & 1))
			return 0;
	}
	return pt_wordset_find(set, w, len) >= 0;
}

/* is the stem one of the words of a set? */
static inline int
pt_sword_in(const pt_sword *w, pt_wordset *set)
{
	return pt_wordset_has(set, w->b + w->s, w->e - w->s);
}

/* binary search of a word in a sorted list of C strings (byte order) */
extern int	pt_word_in_list(const unsigned char *word, size_t len,
							const char *const *list, size_t n);

/* every form in the maps has this many letters (checked by the unit test) */
#define PT_PLURAL_MIN_LETTERS	3
#define PT_PLURAL_MAX_LETTERS	6

/*
 * Broken plurals common to Arabic and Persian policy news: if the stem is a
 * listed plural (or a singular longer than its plural), replace it by the
 * key the pair shares and return 1.  A key is never longer than its form.
 */
extern int	pt_broken_plural(pt_sword *w, pt_wordset *map);

/* the maps' indexes (broken_plurals.c) */
extern pt_wordset pt_plural_ar_set;
extern pt_wordset pt_plural_fa_set;

/* the stemmers on a loaded word (stem_ar.c, stem_fa.c) */
extern void pt_stem_ar_word(pt_sword *w, int flags);
extern void pt_stem_fa_word(pt_sword *w);

/*
 * Hash of a word's bytes, two at a time (Arabic letters are two bytes):
 * FNV-1a.  For in-memory tables only (never stored).
 */
static inline uint32_t
pt_word_hash(const unsigned char *w, size_t len)
{
	uint32_t	h = 2166136261u ^ (uint32_t) len;
	size_t		i = 0;

	for (; i + 1 < len; i += 2)
		h = (h ^ ((uint32_t) w[i] << 8 | w[i + 1])) * 16777619u;
	if (i < len)
		h = (h ^ w[i]) * 16777619u;
	return h ^ (h >> 15);
}

#endif							/* PT_STEM_UTIL_H */
