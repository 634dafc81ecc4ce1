/*
 * stem_util.h
 *		Word buffer shared by the Arabic and Persian stemmers (internal).
 *
 * A folded token is copied without its ASCII spaces into a small buffer.
 * The stemmers only work on tokens made entirely of two-byte letters of
 * the Arabic block (U+0600..U+06FF), so every letter is exactly two bytes
 * and affixes can be matched with memcmp against UTF-8 literals; other
 * tokens (Latin, digits, mixed, ill-formed) are returned as they are,
 * spaces removed.  A stem is the byte range [s, e) of the buffer, possibly
 * with its last letter replaced, so it is never longer than the input.
 */
#ifndef PT_STEM_UTIL_H
#define PT_STEM_UTIL_H

#include <stddef.h>
#include <string.h>

#include "stem_ar.h"

typedef struct
{
	unsigned char b[PT_STEM_MAX_INPUT];
	size_t		s;				/* first byte of the stem */
	size_t		e;				/* one past its last byte */
	int			parts;			/* pieces the token had (spaces + 1) */
	size_t		cut[8];			/* byte offsets where a space was removed */
	int			ncut;
} pt_sword;

/* number of letters in the current stem */
static inline size_t
sw_letters(const pt_sword *w)
{
	return (w->e - w->s) / 2;
}

/* does the stem end with the literal lit (UTF-8, whole letters)? */
static inline int
sw_ends(const pt_sword *w, const char *lit)
{
	size_t		l = strlen(lit);

	return l <= w->e - w->s && memcmp(w->b + w->e - l, lit, l) == 0;
}

/* does the stem start with lit? */
static inline int
sw_starts(const pt_sword *w, const char *lit)
{
	size_t		l = strlen(lit);

	return l <= w->e - w->s && memcmp(w->b + w->s, lit, l) == 0;
}

/* is the stem exactly lit? */
static inline int
sw_is(const pt_sword *w, const char *lit)
{
	size_t		l = strlen(lit);

	return l == w->e - w->s && memcmp(w->b + w->s, lit, l) == 0;
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
	return memcmp(w->b + off, lit, 2) == 0;
}

/* letters left if the suffix lit were removed (0 if it does not match) */
static inline size_t
sw_left_after(const pt_sword *w, const char *lit)
{
	return sw_ends(w, lit) ? sw_letters(w) - strlen(lit) / 2 : 0;
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

/* copy the stem to out, return its length */
extern size_t pt_sword_out(const pt_sword *w, unsigned char *out);

/* is the stem one of the words of a sorted list (byte order)? */
extern int	pt_sword_in(const pt_sword *w, const char *const *list, size_t n);

/* binary search of a word in a sorted list of C strings (byte order) */
extern int	pt_word_in_list(const unsigned char *word, size_t len,
							const char *const *list, size_t n);

/* one entry of the broken-plural map (broken_plurals.c) */
typedef struct
{
	const char *form;
	const char *key;
} pt_plural_entry;

extern const pt_plural_entry pt_plural_ar[];
extern const size_t pt_plural_ar_len;
extern const pt_plural_entry pt_plural_fa[];
extern const size_t pt_plural_fa_len;

/* Persian words that only look inflected (stem_fa.c) */
extern const char *const pt_fa_keep[];
extern const size_t pt_fa_keep_len;

/*
 * Broken plurals common to Arabic and Persian policy news: if the stem is a
 * listed plural (or a singular longer than its plural), replace it by the
 * key the pair shares and return 1.  A key is never longer than its form.
 */
extern int	pt_broken_plural(pt_sword *w, const pt_plural_entry *map, size_t n);

/* the stemmers on a loaded word (stem_ar.c, stem_fa.c) */
extern void pt_stem_ar_word(pt_sword *w);
extern void pt_stem_fa_word(pt_sword *w);

#endif							/* PT_STEM_UTIL_H */
