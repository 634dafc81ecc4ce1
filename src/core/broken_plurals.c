/*
 * broken_plurals.c
 *		Arabic broken plurals frequent in Arabic and Persian policy news.
 *
 * The project's own short list of general vocabulary (regions, goals,
 * laws, ministers, rights, resources...): one text source,
 * src/data/broken_plurals.txt, generated into one map per stemmer
 * (wordlists.c, by src/tools/gen_wordlists.py).  Each entry
 * maps a folded form to a key shared by the plural and its singular: the
 * singular as that stemmer leaves it (without teh marbuta for Arabic, with
 * its heh for Persian), or the plural itself when that is shorter, so a stem
 * never grows (مدينه -> مدن as well as مدن -> مدن).  Sorted by bytes; tests/unit/test_stem.c checks the order, that each form
 * stems to its key and that each key stems to itself.
 */
#include <string.h>

#include "stem_util.h"

pt_wordset	pt_plural_ar_set = PT_WORDSET(pt_plural_ar);
pt_wordset	pt_plural_fa_set = PT_WORDSET(pt_plural_fa);

/* Replace a listed form by its key; 1 if it was listed. */
int
pt_broken_plural(pt_sword *w, pt_wordset *map)
{
	size_t		len = w->e - w->s;
	long		i;
	const char *k;
	size_t		kl;

	if (len < 2 * PT_PLURAL_MIN_LETTERS || len > 2 * PT_PLURAL_MAX_LETTERS)
		return 0;
	i = pt_wordset_find(map, w->b + w->s, len);
	if (i < 0)
		return 0;
	k = ((const pt_plural_entry *) map->list)[i].key;
	kl = strlen(k);
	if (kl > len)
		return 0;				/* cannot happen: keys are never longer */
	memcpy(w->b + w->s, k, kl);
	w->e = w->s + kl;
	return 1;
}
