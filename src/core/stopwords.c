/*
 * stopwords.c
 *		Look-up of the stop words (lists: src/data/stop_{ar,fa}.txt,
 *		generated into wordlists.c).
 */
#include <string.h>

#include "stem_util.h"
#include "stopwords.h"

/* longest stop word, in bytes, with room to spare */
#define STOP_MAX	32

static pt_wordset stop_ar_set = PT_WORDSET(pt_stop_ar);

static pt_wordset stop_fa_set = PT_WORDSET(pt_stop_fa);

/* Look a folded word up in a list, ignoring its spaces. */
static int
stop_lookup(const unsigned char *w, size_t len, pt_wordset *set)
{
	unsigned char buf[STOP_MAX];
	size_t		i,
				o = 0;

	if (len <= STOP_MAX && memchr(w, ' ', len) == NULL)
		return len > 0 && pt_wordset_has(set, w, len);	/* no space to skip */
	for (i = 0; i < len; i++)
	{
		if (w[i] == ' ')
			continue;
		if (o == STOP_MAX)
			return 0;
		buf[o++] = w[i];
	}
	return o > 0 && pt_wordset_has(set, buf, o);
}

/* Is a folded word an Arabic stop word? */
int
pt_stopword_ar(const unsigned char *w, size_t len)
{
	return stop_lookup(w, len, &stop_ar_set);
}

/* Is a folded word a Persian stop word? */
int
pt_stopword_fa(const unsigned char *w, size_t len)
{
	return stop_lookup(w, len, &stop_fa_set);
}
