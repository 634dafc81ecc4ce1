/*
 * utf8.h
 *		UTF-8 decoding and encoding for the policytext core.
 *
 * Plain C, no PostgreSQL headers.  The decoder never reads past the end of
 * its input and maps every ill-formed sequence (overlong forms, surrogates,
 * values above U+10FFFF, truncated sequences, stray continuation bytes) to
 * one U+FFFD per offending byte, so arbitrary bytes are safe input.
 */
#ifndef PT_UTF8_H
#define PT_UTF8_H

#include <stddef.h>
#include <stdint.h>

#define PT_REPLACEMENT_CHAR 0xFFFD

/*
 * Decode one code point from s[0..len-1] (len >= 1).  Stores the number of
 * bytes consumed (1..4) in *n and returns the code point, or
 * PT_REPLACEMENT_CHAR with *n = 1 for an ill-formed sequence.
 */
static inline uint32_t
pt_utf8_decode(const unsigned char *s, size_t len, int *n)
{
	unsigned char c = s[0];

	if (c < 0x80)
	{
		*n = 1;
		return c;
	}
	if (c >= 0xC2 && c <= 0xDF)
	{
		if (len >= 2 && (s[1] & 0xC0) == 0x80)
		{
			*n = 2;
			return ((uint32_t) (c & 0x1F) << 6) | (s[1] & 0x3F);
		}
	}
	else if (c >= 0xE0 && c <= 0xEF)
	{
		if (len >= 3 && (s[1] & 0xC0) == 0x80 && (s[2] & 0xC0) == 0x80)
		{
			uint32_t	cp = ((uint32_t) (c & 0x0F) << 12) |
				((uint32_t) (s[1] & 0x3F) << 6) | (s[2] & 0x3F);

			if (cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF))
			{
				*n = 3;
				return cp;
			}
		}
	}
	else if (c >= 0xF0 && c <= 0xF4)
	{
		if (len >= 4 && (s[1] & 0xC0) == 0x80 && (s[2] & 0xC0) == 0x80 &&
			(s[3] & 0xC0) == 0x80)
		{
			uint32_t	cp = ((uint32_t) (c & 0x07) << 18) |
				((uint32_t) (s[1] & 0x3F) << 12) |
				((uint32_t) (s[2] & 0x3F) << 6) | (s[3] & 0x3F);

			if (cp >= 0x10000 && cp <= 0x10FFFF)
			{
				*n = 4;
				return cp;
			}
		}
	}
	*n = 1;
	return PT_REPLACEMENT_CHAR;
}

/* Encode cp (a valid scalar value) into out; returns the byte count (1..4). */
static inline int
pt_utf8_encode(uint32_t cp, unsigned char *out)
{
	if (cp < 0x80)
	{
		out[0] = (unsigned char) cp;
		return 1;
	}
	if (cp < 0x800)
	{
		out[0] = (unsigned char) (0xC0 | (cp >> 6));
		out[1] = (unsigned char) (0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000)
	{
		out[0] = (unsigned char) (0xE0 | (cp >> 12));
		out[1] = (unsigned char) (0x80 | ((cp >> 6) & 0x3F));
		out[2] = (unsigned char) (0x80 | (cp & 0x3F));
		return 3;
	}
	out[0] = (unsigned char) (0xF0 | (cp >> 18));
	out[1] = (unsigned char) (0x80 | ((cp >> 12) & 0x3F));
	out[2] = (unsigned char) (0x80 | ((cp >> 6) & 0x3F));
	out[3] = (unsigned char) (0x80 | (cp & 0x3F));
	return 4;
}

/* Is s[0..len-1] entirely well-formed UTF-8? */
extern int	pt_utf8_valid(const unsigned char *s, size_t len);

/* Number of code points in s[0..len-1], counting each ill-formed byte once. */
extern size_t pt_utf8_length(const unsigned char *s, size_t len);

#endif							/* PT_UTF8_H */
