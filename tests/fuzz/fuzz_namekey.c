/*
 * fuzz_namekey.c
 *		libFuzzer target: name keys (pt_namekey_build) and their similarity.
 *
 * Input: two names separated by the first newline.  Properties: a key fits
 * PT_NAME_KEY_BOUND, is valid UTF-8, and is a list of distinct words in
 * strictly increasing byte order joined by single spaces; the key of
 * "A B" equals the key of "B A" (word order does not matter) unless the
 * Persian compound rule (بین + a word in ال) may join across the seam;
 * similarity is in [0, 1], symmetric, 1 exactly for equal non-empty keys,
 * and 0 when a key is empty.
 */
#include <math.h>

#include "fuzz.h"
#include "namekey.h"
#include "utf8.h"

/* the key of s[0..len-1] in a fresh exact-size buffer; its length in *klen */
static unsigned char *
key_of(const unsigned char *s, size_t len, size_t *klen)
{
	unsigned char *in = fuzz_dup(s, len);
	unsigned char *out = malloc(PT_NAME_KEY_BOUND(len) + 1);
	void	   *work = malloc(PT_NAME_WORK_SIZE(len));
	size_t		n = pt_namekey_build(in, len, out, work);
	size_t		i,
				prev = 0;

	FUZZ_ASSERT(n <= PT_NAME_KEY_BOUND(len), "key within PT_NAME_KEY_BOUND");
	FUZZ_ASSERT(pt_utf8_valid(out, n), "key is valid UTF-8");
	if (n > 0)
	{
		FUZZ_ASSERT(out[0] != ' ' && out[n - 1] != ' ', "no space at either end of a key");
		for (i = 0; i <= n; i++)
		{
			if (i < n && out[i] != ' ')
				continue;
			FUZZ_ASSERT(i > prev, "no empty word in a key");
			if (prev > 0)
			{
				/* compare this word with the previous one */
				size_t		p = prev - 1,
							ps;
				size_t		la,
							lb = i - prev;
				int			c;

				for (ps = p; ps > 0 && out[ps - 1] != ' '; ps--)
					;
				la = p - ps;
				c = memcmp(out + ps, out + prev, la < lb ? la : lb);
				FUZZ_ASSERT(c < 0 || (c == 0 && la < lb), "key words sorted and distinct");
			}
			prev = i + 1;
		}
	}
	free(work);
	free(in);
	*klen = n;
	return out;
}

/* does the folded s[0..len-1] contain بين (any spelling of بین)? */
static int
has_bayn(const unsigned char *s, size_t len)
{
	static const char bayn[] = "بين";
	unsigned char *f = malloc(PT_FOLD_BOUND(len));
	size_t		n = pt_fold_all(PT_FOLD_SEARCH, s, len, f),
				i;
	int			found = 0;

	for (i = 0; i + sizeof(bayn) - 1 <= n && !found; i++)
		found = memcmp(f + i, bayn, sizeof(bayn) - 1) == 0;
	free(f);
	return found;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const unsigned char *a = data,
			   *b;
	size_t		alen,
				blen,
				ka,
				kb,
				kab,
				kba;
	unsigned char *keya,
			   *keyb,
			   *ab,
			   *ba,
			   *keyab,
			   *keyba;
	double		s1,
				s2,
				self;

	b = memchr(data, '\n', size);
	if (b == NULL)
	{
		alen = size;
		b = data + size;
		blen = 0;
	}
	else
	{
		alen = (size_t) (b - data);
		b++;
		blen = size - alen - 1;
	}
	keya = key_of(a, alen, &ka);
	keyb = key_of(b, blen, &kb);

	s1 = pt_namekey_similarity(keya, ka, keyb, kb);
	s2 = pt_namekey_similarity(keyb, kb, keya, ka);
	FUZZ_ASSERT(s1 >= 0.0 && s1 <= 1.0, "similarity in [0, 1]");
	FUZZ_ASSERT(fabs(s1 - s2) < 1e-12, "similarity is symmetric");
	FUZZ_ASSERT((s1 == 1.0) == (ka > 0 && ka == kb && memcmp(keya, keyb, ka) == 0),
				"similarity is 1 exactly for equal non-empty keys");
	if (ka == 0 || kb == 0)
		FUZZ_ASSERT(s1 == 0.0, "similarity 0 with an empty key");
	self = pt_namekey_similarity(keya, ka, keya, ka);
	FUZZ_ASSERT(self == (ka > 0 ? 1.0 : 0.0), "a key is fully similar to itself");

	/* word order: "A B" and "B A" */
	if (alen + blen + 1 <= PT_NAME_MAX_INPUT && !has_bayn(a, alen) && !has_bayn(b, blen))
	{
		ab = malloc(alen + blen + 1);
		ba = malloc(alen + blen + 1);
		memcpy(ab, a, alen);
		ab[alen] = ' ';
		memcpy(ab + alen + 1, b, blen);
		memcpy(ba, b, blen);
		ba[blen] = ' ';
		memcpy(ba + blen + 1, a, alen);
		keyab = key_of(ab, alen + blen + 1, &kab);
		keyba = key_of(ba, alen + blen + 1, &kba);
		FUZZ_ASSERT(kab == kba && memcmp(keyab, keyba, kab) == 0, "word order does not change the key");
		free(keyab);
		free(keyba);
		free(ab);
		free(ba);
	}
	free(keya);
	free(keyb);
	return 0;
}
