/*
 * stem_util.c
 *		Loading, output and word-list look-up for the stemmers.
 */
#include <string.h>

#include "stem_util.h"
#include "utf8.h"

/* Copy the token without spaces; 1 if every other character is an Arabic-block letter. */
int
pt_sword_load(pt_sword *w, const unsigned char *in, size_t len)
{
	size_t		i = 0,
				o = 0;
	int			arabic = 1;

	w->s = 0;
	w->e = 0;
	w->ncut = 0;
	if (len > PT_STEM_MAX_INPUT)
		return 0;
	while (i < len)
	{
		int			n;
		uint32_t	cp;

		if (in[i] == ' ')
		{
			/* record where pieces meet; when full, the last slot moves on */
			if (o > 0 && i + 1 < len && in[i + 1] != ' ')
			{
				if (w->ncut < PT_SWORD_CUTS)
					w->ncut++;
				w->cut[w->ncut - 1] = o;
			}
			i++;
			continue;
		}
		cp = pt_utf8_decode(in + i, len - i, &n);
		if (n != 2 || cp < 0x0621 || cp > 0x06FF)
			arabic = 0;
		memcpy(w->b + o, in + i, (size_t) n);
		o += (size_t) n;
		i += (size_t) n;
	}
	w->e = o;
	return arabic && o > 0;
}

/* Copy the stem to out and return its length. */
size_t
pt_sword_out(const pt_sword *w, unsigned char *out)
{
	size_t		n = w->e - w->s;

	memmove(out, w->b + w->s, n);
	return n;
}

/* Binary search of a byte string in a sorted array of C strings. */
int
pt_word_in_list(const unsigned char *word, size_t len,
				const char *const *list, size_t n)
{
	size_t		lo = 0,
				hi = n;

	while (lo < hi)
	{
		size_t		mid = (lo + hi) / 2;
		int			c = sw_cmp(word, len, list[mid]);

		if (c == 0)
			return 1;
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return 0;
}

/* Is the current stem one of the words of a sorted list? */
int
pt_sword_in(const pt_sword *w, const char *const *list, size_t n)
{
	return pt_word_in_list(w->b + w->s, w->e - w->s, list, n);
}
