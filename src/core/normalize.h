/*
 * normalize.h
 *		Table-driven folding of Arabic, Persian and Latin text.
 *
 * Two foldings share one loop:
 *   search - what pt_normalize() does: letter variants to one letter,
 *            diacritics, tatweel and invisible characters removed,
 *            presentation forms decomposed, digits to ASCII, case folded;
 *   clean  - what pt_clean() does before NFC: invisible characters and
 *            tatweel removed, presentation forms to letters, nothing else.
 *
 * The functions work on a caller's buffer and may be called repeatedly, so
 * that a caller can grow the buffer or check for interrupts between calls:
 * each call consumes input from *pos and appends output at *outlen, and
 * returns when the input is consumed, when fewer than PT_FOLD_MAX_OUT bytes
 * of room are left, or after about "budget" input bytes.  Ill-formed UTF-8
 * comes out as U+FFFD, so the output is always valid UTF-8.
 */
#ifndef PT_NORMALIZE_H
#define PT_NORMALIZE_H

#include <stddef.h>

/* most bytes one input code point can produce */
#define PT_FOLD_MAX_OUT		40

/*
 * Output never exceeds PT_FOLD_BOUND(input bytes): the worst single code
 * point, U+FDFA, takes 3 bytes and yields 33.
 */
#define PT_FOLD_RATIO		11
#define PT_FOLD_BOUND(n)	((n) * PT_FOLD_RATIO + PT_FOLD_MAX_OUT)

typedef enum
{
	PT_FOLD_SEARCH,
	PT_FOLD_CLEAN
} pt_fold_kind;

extern void pt_fold(pt_fold_kind kind,
					const unsigned char *in, size_t inlen, size_t *pos,
					unsigned char *out, size_t *outlen, size_t outcap,
					size_t budget);

/*
 * Fold a short string in one call; out must hold PT_FOLD_BOUND(inlen)
 * bytes.  Returns the output length.  For tokens and names.
 */
extern size_t pt_fold_all(pt_fold_kind kind, const unsigned char *in,
						  size_t inlen, unsigned char *out);

#endif							/* PT_NORMALIZE_H */
