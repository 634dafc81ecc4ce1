/*
 * namekey.h
 *		Name fingerprints and near matching for bodies outside the registry.
 *
 * The key of a name (ministries, local NGOs) is made so that two spellings
 * of one body get equal keys, which a btree index can join:
 *
 *   1. at most PT_NAME_MAX_INPUT bytes are read (a word cut by the limit is
 *      dropped); hamza on yeh before waw is read as hamza on waw, so the
 *      Egyptian شئون/مسئول equal شؤون/مسؤول;
 *   2. pt_fold_all(PT_FOLD_SEARCH): letter variants, ة to ه, ى to ي, ؤ to
 *      و, diacritics out, case folded, ZWNJ between letters to a space;
 *   3. words are runs of letters and digits, split where the script changes
 *      between Arabic and Latin; an apostrophe inside a Latin word is
 *      dropped, and a possessive 's ends the word;
 *   4. Persian بین + a word in ال is one word (بین‌المللی = بین المللی =
 *      بینالمللی); other compounds written glued get a key other than
 *      when written with ZWNJ or a space (which are one), and the
 *      similarity below rates the two 1 - 1e-6;
 *   5. function words go: Arabic, Persian and English prepositions,
 *      articles, connectives, the Persian plural/ezafe marks written apart
 *      (ها, های, ی), and any one-letter Arabic-script word;
 *   6. each word is stemmed by the name rules below;
 *   7. the stems are sorted (bytewise) and de-duplicated, and joined with
 *      single spaces: the key does not depend on word order.
 *
 * Name stemming.  Arabic script: a conjunction و/ف is removed only before
 * ال, لل, بال or كال, then بال, كال, ال or لل, when at least three letters
 * remain (so وزارة keeps its و); then up to two suffixes among های, ها,
 * يه, ات, ون, ين, ان, ه, ي, ت, each only when three letters remain.  The
 * final ت is removed because Persian writes the Arabic ta marbuta as ت
 * (وزارت, جمعیت), so وزارة/وزاره/وزارت/وزارات all give وزار; the price is
 * that a few words with a radical final ت lose it (بیروت gives بیرو), which
 * changes no equality between two spellings.  Latin: the possessive, the
 * Harman plural rules (-ies to -y, -es to -e, -s dropped but not after s,
 * u or i), British -our/-isation/-programme/-centre to the American form.
 *
 * The rules are this module's own, not the search stemmers': an index on
 * the key lives as long as the rules, so they change only with a new key
 * function.
 *
 * A name of function words only, or without a letter, has the empty key.
 *
 * Similarity of two keys A and B (word sets) is a weighted soft Dice:
 *
 *   sim = (sum_{a in A} w(a) m(a,B) + sum_{b in B} w(b) m(b,A))
 *         / (sum_{a in A} w(a) + sum_{b in B} w(b))
 *
 * where m(x,Y) is the best word similarity of x to a word of Y: 1 for the
 * same word; 1 - d/max(len) for an edit distance d in code points when both
 * words have 4 to 32 letters and that value is at least 0.75 (a typo); 1
 * when x is two words of Y written together, or one half of such a word of
 * Y whose other half is in x's own key (a Persian compound written glued
 * against written with a space or ZWNJ: مردمنهاد, مردم‌نهاد); 0 otherwise.
 * w is 1, or 0.25 for the generic words of body names (ministry,
 * organization, fund, international, national, United Nations, وزارة,
 * منظمة, سازمان, ...), so "منظمة العمل الدولية" and "منظمة الهجرة الدولية"
 * share little.  sim is symmetric, in [0, 1], and 1 exactly when the keys
 * are equal (unequal keys score at most 0.999999); it is 0 when either key
 * is empty: a name without content words matches nothing.  Keys of more
 * than PT_NAME_SOFT_WORDS words compare words exactly (m is 0 or 1), which
 * keeps the cost linear.
 */
#ifndef PT_NAMEKEY_H
#define PT_NAMEKEY_H

#include <stddef.h>

#include "normalize.h"

/* input bytes a key reads; names are far shorter */
#define PT_NAME_MAX_INPUT		8192

/* keys with more words than this compare words exactly */
#define PT_NAME_SOFT_WORDS		32

/* words longer than this (code points) compare exactly */
#define PT_NAME_SOFT_LETTERS	32

/* input bytes actually read from a name of len bytes */
#define PT_NAME_READ(len) \
	((len) < PT_NAME_MAX_INPUT ? (len) : (size_t) PT_NAME_MAX_INPUT)

/*
 * bytes of output pt_namekey_build() may write for len input bytes: words
 * and the spaces between them; words split at a change of script have no
 * byte between them in the folded text, hence twice the folded bound
 */
#define PT_NAME_KEY_BOUND(len)	(2 * PT_FOLD_BOUND(PT_NAME_READ(len)))

/* bytes the workspace holds for one word of the folded text */
#define PT_NAME_WORD_BYTES		12

/*
 * bytes of workspace pt_namekey_build() needs for len input bytes: a copy
 * of the input, the folded text, the words' bytes, and one word record per
 * folded byte (at most that many words)
 */
#define PT_NAME_WORK_SIZE(len) \
	((PT_FOLD_BOUND(PT_NAME_READ(len)) + 1) * PT_NAME_WORD_BYTES + \
	 2 * PT_FOLD_BOUND(PT_NAME_READ(len)) + PT_NAME_READ(len))

/*
 * Write the key of name[0..len-1] (any bytes) to out, which holds
 * PT_NAME_KEY_BOUND(len) bytes; work holds PT_NAME_WORK_SIZE(len) bytes,
 * aligned for unsigned int.  Returns the key's length (0 for the empty
 * key).  No allocation.
 */
extern size_t pt_namekey_build(const unsigned char *name, size_t len,
							   unsigned char *out, void *work);

/* Similarity in [0, 1] of two keys made by pt_namekey_build(). */
extern double pt_namekey_similarity(const unsigned char *a, size_t alen,
									const unsigned char *b, size_t blen);

#endif							/* PT_NAMEKEY_H */
