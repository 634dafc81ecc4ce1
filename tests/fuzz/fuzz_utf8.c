/*
 * fuzz_utf8.c
 *		libFuzzer target: UTF-8 decoding, validation, counting and encoding.
 *
 * pt_utf8_decode is checked against a slow reference decoder written from
 * the Unicode standard's table of well-formed byte sequences (Table 3-7);
 * pt_utf8_valid and pt_utf8_length against the same walk; every decoded
 * scalar value is re-encoded to its original bytes.
 */
#include "fuzz.h"
#include "utf8.h"

/* Reference: length of the well-formed sequence at s, or 0 if ill-formed. */
static int
ref_seq_len(const unsigned char *s, size_t len)
{
	unsigned char b0 = s[0];
	unsigned char lo = 0x80,
				hi = 0xBF;
	int			need,
				k;

	if (b0 <= 0x7F)
		return 1;
	if (b0 >= 0xC2 && b0 <= 0xDF)
		need = 2;
	else if (b0 >= 0xE0 && b0 <= 0xEF)
	{
		need = 3;
		if (b0 == 0xE0)
			lo = 0xA0;
		else if (b0 == 0xED)
			hi = 0x9F;
	}
	else if (b0 >= 0xF0 && b0 <= 0xF4)
	{
		need = 4;
		if (b0 == 0xF0)
			lo = 0x90;
		else if (b0 == 0xF4)
			hi = 0x8F;
	}
	else
		return 0;
	if (len < (size_t) need)
		return 0;
	if (s[1] < lo || s[1] > hi)
		return 0;
	for (k = 2; k < need; k++)
		if (s[k] < 0x80 || s[k] > 0xBF)
			return 0;
	return need;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	unsigned char *s = fuzz_dup(data, size);
	size_t		i = 0,
				count = 0;
	int			all_valid = 1;

	while (i < size)
	{
		int			n = 0,
					ref = ref_seq_len(s + i, size - i);
		uint32_t	cp = pt_utf8_decode(s + i, size - i, &n);

		FUZZ_ASSERT(n >= 1 && n <= 4 && (size_t) n <= size - i, "decode consumes 1..4 bytes within the input");
		if (ref == 0)
		{
			FUZZ_ASSERT(n == 1 && cp == PT_REPLACEMENT_CHAR, "an ill-formed sequence gives one U+FFFD per byte");
			all_valid = 0;
		}
		else
		{
			unsigned char enc[4];

			FUZZ_ASSERT(n == ref, "decode consumes the whole well-formed sequence");
			FUZZ_ASSERT(cp <= 0x10FFFF && (cp < 0xD800 || cp > 0xDFFF), "decode gives a scalar value");
			FUZZ_ASSERT(pt_utf8_encode(cp, enc) == n && memcmp(enc, s + i, n) == 0,
						"encoding the decoded value gives the original bytes");
		}
		i += n;
		count++;
	}
	FUZZ_ASSERT(pt_utf8_valid(s, size) == all_valid, "pt_utf8_valid agrees with the reference");
	FUZZ_ASSERT(pt_utf8_length(s, size) == count, "pt_utf8_length counts what decoding walks");
	free(s);
	return 0;
}
