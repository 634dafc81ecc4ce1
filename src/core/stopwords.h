/*
 * stopwords.h
 *		Arabic and Persian stop words of the project's own making.
 *
 * Function words (prepositions, conjunctions, pronouns, demonstratives,
 * auxiliaries, the commonest particles with attached و), in folded form:
 * src/data/stop_ar.txt and stop_fa.txt, generated into sorted arrays
 * (wordlists.c) indexed on first use.  Spaces in the word (a folded ZWNJ) are ignored, so "مي شود"
 * and "ميشود" are both found.
 */
#ifndef PT_STOPWORDS_H
#define PT_STOPWORDS_H

#include <stddef.h>

/* w is a FOLDED word; returns 1 if it is a stop word */
extern int	pt_stopword_ar(const unsigned char *w, size_t len);
extern int	pt_stopword_fa(const unsigned char *w, size_t len);

/* the sorted lists themselves (pt_stop_ar, pt_stop_fa), for tests */
#include "wordlists.h"

#endif							/* PT_STOPWORDS_H */
