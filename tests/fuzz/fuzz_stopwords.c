/*
 * fuzz_stopwords.c
 *		libFuzzer target: pt_stopword_ar and pt_stopword_fa.
 *
 * Properties: every word of the shipped lists is found (checked once);
 * the answer is 0 or 1 for arbitrary bytes; spaces are ignored: the word
 * with its spaces removed, or with a space put after its first code point,
 * gives the same answer (a folded ZWNJ is a space).
 */
#include "fuzz.h"
#include "stopwords.h"
#include "utf8.h"

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	size_t		i;

	(void) argc;
	(void) argv;
	for (i = 0; i < pt_stop_ar_len; i++)
		FUZZ_ASSERT(pt_stopword_ar((const unsigned char *) pt_stop_ar[i], strlen(pt_stop_ar[i])) == 1,
					"every listed Arabic stop word is found");
	for (i = 0; i < pt_stop_fa_len; i++)
		FUZZ_ASSERT(pt_stopword_fa((const unsigned char *) pt_stop_fa[i], strlen(pt_stop_fa[i])) == 1,
					"every listed Persian stop word is found");
	return 0;
}

static void
check(int (*stop) (const unsigned char *, size_t), const unsigned char *w, size_t len)
{
	unsigned char *in = fuzz_dup(w, len);
	unsigned char *nosp = malloc(len ? len : 1);
	unsigned char *sp = malloc(len + 1);
	size_t		i,
				m = 0;
	int			r = stop(in, len),
				n;

	FUZZ_ASSERT(r == 0 || r == 1, "the answer is 0 or 1");
	for (i = 0; i < len; i++)
		if (w[i] != ' ')
			nosp[m++] = w[i];
	FUZZ_ASSERT(stop(nosp, m) == r, "spaces in a word are ignored");
	if (len > 0)
	{
		(void) pt_utf8_decode(w, len, &n);
		memcpy(sp, w, n);
		sp[n] = ' ';
		memcpy(sp + n + 1, w + n, len - n);
		FUZZ_ASSERT(stop(sp, len + 1) == r, "a space inside a word is ignored");
	}
	free(sp);
	free(nosp);
	free(in);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	check(pt_stopword_ar, data, size);
	check(pt_stopword_fa, data, size);
	return 0;
}
