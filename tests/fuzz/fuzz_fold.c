/*
 * fuzz_fold.c
 *		libFuzzer target: pt_fold and pt_fold_all, the search folding
 *		(pt_normalize); fuzz_clean.c includes this file for the clean one.
 *
 * Properties, for arbitrary bytes: the output is valid UTF-8 and within
 * PT_FOLD_RATIO times the input; the folding is idempotent; folding in
 * many small resumable calls (tiny budget, a buffer with barely
 * PT_FOLD_MAX_OUT bytes of room) gives exactly the one-call result, and
 * every call makes progress.  The first input byte
 * chooses the budget and the spare room of the small-step run.
 */
#include "fuzz.h"
#include "normalize.h"
#include "utf8.h"

#ifndef FOLD_KIND
#define FOLD_KIND	PT_FOLD_SEARCH
#endif

static void
check_kind(pt_fold_kind kind, const unsigned char *in, size_t len,
		   size_t budget, size_t spare)
{
	unsigned char *out = malloc(PT_FOLD_BOUND(len));
	unsigned char *again;
	unsigned char *steps;
	size_t		n,
				n2,
				pos = 0,
				outlen = 0;

	n = pt_fold_all(kind, in, len, out);
	FUZZ_ASSERT(n <= (size_t) PT_FOLD_RATIO * len, "output within PT_FOLD_RATIO times the input");
	FUZZ_ASSERT(pt_utf8_valid(out, n), "output is valid UTF-8");

	/* idempotence, on an exact-size copy of the output */
	again = malloc(PT_FOLD_BOUND(n));
	{
		unsigned char *copy = fuzz_dup(out, n);

		n2 = pt_fold_all(kind, copy, n, again);
		free(copy);
	}
	FUZZ_ASSERT(n2 == n && memcmp(again, out, n) == 0,
				kind == PT_FOLD_SEARCH ? "search folding is idempotent" : "clean folding is idempotent");
	free(again);

	/* the resumable path with a small buffer and a small budget */
	steps = malloc(PT_FOLD_BOUND(len));
	while (pos < len)
	{
		size_t		before = pos;
		size_t		cap = outlen + PT_FOLD_MAX_OUT + spare;

		if (cap > PT_FOLD_BOUND(len))
			cap = PT_FOLD_BOUND(len);
		pt_fold(kind, in, len, &pos, steps, &outlen, cap, budget);
		FUZZ_ASSERT(pos > before && pos <= len, "each call consumes input and stays within it");
		FUZZ_ASSERT(outlen <= cap, "each call stays within the buffer");
	}
	FUZZ_ASSERT(outlen == n && memcmp(steps, out, n) == 0,
				"folding in small steps equals folding at once");
	free(steps);
	free(out);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	unsigned char *in;
	size_t		budget = 1,
				spare = 0;

	if (size > 0)
	{
		budget = 1 + (data[0] & 0x0F);
		spare = data[0] >> 4;
		data++;
		size--;
	}
	in = fuzz_dup(data, size);
	check_kind(FOLD_KIND, in, size, budget, spare);
	free(in);
	return 0;
}
