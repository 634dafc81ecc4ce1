/*
 * normalize.c
 *		The folding loop behind pt_normalize() and pt_clean().
 *
 * One pass, no allocation: ASCII is lower-cased inline, every other code
 * point is looked up in a generated two-stage table (chartab.c) whose
 * entries say "keep", "delete" or "replace with these bytes".
 */
#include <string.h>

#include "chartab.h"
#include "normalize.h"
#include "utf8.h"

static const unsigned char replacement_utf8[3] = {0xEF, 0xBF, 0xBD};

static inline int
is_ascii_space(unsigned char c)
{
	return c == ' ' || (c >= '\t' && c <= '\r');
}

/*
 * ZWNJ in the search folding becomes one space between two words, and
 * disappears next to white space, another ZWNJ, or at either end.
 */
static inline int
zwnj_is_separator(const unsigned char *in, size_t inlen, size_t next,
				  const unsigned char *out, size_t o)
{
	if (o == 0 || is_ascii_space(out[o - 1]))
		return 0;
	if (next >= inlen || is_ascii_space(in[next]))
		return 0;
	if (next + 2 < inlen && in[next] == 0xE2 && in[next + 1] == 0x80 &&
		in[next + 2] == 0x8C)
		return 0;
	return 1;
}

static inline void
fold_loop(const uint16_t *stage1, const uint16_t *stage2, int search,
		  const unsigned char *in, size_t inlen, size_t *pos,
		  unsigned char *out, size_t *outlen, size_t outcap, size_t budget)
{
	size_t		i = *pos,
				o = *outlen;
	size_t		stop = (budget < inlen - i) ? i + budget : inlen;

	while (i < stop && o + PT_FOLD_MAX_OUT <= outcap)
	{
		unsigned char c = in[i];
		uint32_t	cp;
		uint16_t	v;
		int			n;

		if (c < 0x80)
		{
			/* ASCII: only the search folding changes it (lower case) */
			out[o++] = (search && c >= 'A' && c <= 'Z') ? c + 32 : c;
			i++;
			continue;
		}
		cp = pt_utf8_decode(in + i, inlen - i, &n);
		v = stage2[((uint32_t) stage1[cp >> 8] << 8) | (cp & 0xFF)];
		if (v == PT_MAP_KEEP)
		{
			if (n == 1)
			{
				memcpy(out + o, replacement_utf8, 3);	/* ill-formed byte */
				o += 3;
			}
			else
			{
				memcpy(out + o, in + i, n);
				o += n;
			}
		}
		else if (v == PT_MAP_ZWNJ)
		{
			if (zwnj_is_separator(in, inlen, i + n, out, o))
				out[o++] = ' ';
		}
		else
		{
			uint32_t	e = pt_map_entry[v];
			size_t		len = e & 0xFF;

			memcpy(out + o, pt_map_pool + (e >> 8), len);
			o += len;
		}
		i += n;
	}
	*pos = i;
	*outlen = o;
}

void
pt_fold(pt_fold_kind kind, const unsigned char *in, size_t inlen, size_t *pos,
		unsigned char *out, size_t *outlen, size_t outcap, size_t budget)
{
	if (kind == PT_FOLD_SEARCH)
		fold_loop(pt_norm_stage1, pt_norm_stage2, 1,
				  in, inlen, pos, out, outlen, outcap, budget);
	else
		fold_loop(pt_clean_stage1, pt_clean_stage2, 0,
				  in, inlen, pos, out, outlen, outcap, budget);
}

size_t
pt_fold_all(pt_fold_kind kind, const unsigned char *in, size_t inlen,
			unsigned char *out)
{
	size_t		pos = 0,
				outlen = 0;

	pt_fold(kind, in, inlen, &pos, out, &outlen, PT_FOLD_BOUND(inlen), inlen);
	return outlen;
}
