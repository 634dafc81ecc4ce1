/*
 * fuzz_stem_ar.c
 *		libFuzzer target: the Arabic stemmer pt_stem_ar; fuzz_stem_fa.c
 *		includes this file for the Persian one.
 *
 * Properties, on arbitrary bytes and on the same bytes folded first (the
 * documented input): the stem is never longer than the input; it holds no
 * space unless the input was longer than PT_STEM_MAX_INPUT (returned
 * unchanged); stemming in place (out == w) gives the same stem; a folded
 * input gives a valid UTF-8 stem; the same input gives the same stem.
 */
#include "fuzz.h"
#include "normalize.h"
#include "stem_ar.h"
#include "stem_fa.h"
#include "utf8.h"

#ifndef STEM
#define STEM	pt_stem_ar
#endif

static void
check_stem(const unsigned char *w, size_t len, int folded)
{
	unsigned char *in = fuzz_dup(w, len);
	unsigned char *out = malloc(len ? len : 1);
	unsigned char *again = malloc(len ? len : 1);
	size_t		n = STEM(in, len, out),
				n2,
				n3;

	FUZZ_ASSERT(n <= len, "a stem is never longer than its word");
	if (len <= PT_STEM_MAX_INPUT)
		FUZZ_ASSERT(memchr(out, ' ', n) == NULL, "a stem holds no space");
	else
		FUZZ_ASSERT(n == len && memcmp(out, w, len) == 0, "an overlong word comes back unchanged");
	if (folded)
		FUZZ_ASSERT(pt_utf8_valid(out, n), "the stem of a folded word is valid UTF-8");
	n2 = STEM(in, len, again);
	FUZZ_ASSERT(n2 == n && memcmp(again, out, n) == 0, "stemming is deterministic");
	FUZZ_ASSERT(memcmp(in, w, len) == 0, "the input is not written to");
	n3 = STEM(in, len, in);
	FUZZ_ASSERT(n3 == n && memcmp(in, out, n) == 0, "stemming in place gives the same stem");
	free(again);
	free(out);
	free(in);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	unsigned char *folded = malloc(PT_FOLD_BOUND(size));
	size_t		flen = pt_fold_all(PT_FOLD_SEARCH, data, size, folded);

	check_stem(data, size, 0);
	check_stem(folded, flen, 1);
	free(folded);
	return 0;
}
