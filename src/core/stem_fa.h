/*
 * stem_fa.h
 *		Light Persian stemmer over folded tokens.
 *
 * Input is a token folded by pt_fold_all(PT_FOLD_SEARCH, ...), so Persian
 * yeh and kaf are Arabic ي and ك, heh forms are ه, and a ZWNJ is an ASCII
 * space.  The pieces of a token are glued back together before stemming,
 * so پروژه‌های, پروژه های and پروژههای (folded "پروژه هاي", "پروژه هاي",
 * "پروژههاي") all stem to پروژه.  Tokens that are not made only of
 * Arabic-block letters are returned without their spaces; tokens longer
 * than PT_STEM_MAX_INPUT bytes are returned unchanged.
 *
 * Rules, in order, each with a guard on the letters left:
 *   - a detached last piece that is a clitic or copula (ام اش اي ايم اند
 *     است ي يي...) is dropped;
 *   - verb prefix مي/نمي, detached, or glued before a present ending
 *     (ميشود, ميكنند), then one person ending;
 *   - ها/هاي/هايي/هايش/هايشان/هاست... (2 letters left; not تنها);
 *   - possessive clitics شان تان مان (3 left; not after س: استان);
 *   - ezafe and indefinite ي after a vowel (آقاي -> آقا) or after a plural
 *     ان (كودكاني; not جهاني, whose جهان is listed); other ي after a
 *     consonant and ...ايي are kept, they are mostly the adjective suffix
 *     (ايراني, هواپيمايي);
 *   - comparative ترين (2 left) and تر (3 left: دختر stays);
 *   - plurals: ...دگان -> ...ده (نمايندگان -> نماينده), ...يان after a
 *     vowel (دانشجويان), ان (2 left: زنان; not ...ستان), ات (3 left), ين (3
 *     left; not ...گين, the ordinal ...مين nor تCCين);
 *   - words that only look inflected (سازمان, ايران, تهران, جوان, زمين,
 *     تنها, ميزان...) stay whole: a list of the project's own;
 *   - the broken-plural list shared with the Arabic stemmer (مواد ->
 *     ماده).
 * One-letter possessives ش and م are removed from words of 4 letters or
 * more and only after a consonant other than ي (كارش, دخترم; not نظام,
 * افزايش, تصميم) unless the word is listed (مردم, ارزش, كاهش...); ت is never
 * removed glued: too many words end in it (دولت, ملت).  The final heh is
 * kept: stripping it merged نامه with نام, زمينه with زمين.  The price is
 * the glued ه+اي spelling (رايانهاي reads as رايان+هاي).
 */
#ifndef PT_STEM_FA_H
#define PT_STEM_FA_H

#include <stddef.h>

#include "stem_ar.h"			/* PT_STEM_MAX_INPUT */

/*
 * w: a token ALREADY folded by pt_fold_all(PT_FOLD_SEARCH, ...); it may
 * hold ASCII spaces.  out: room for len bytes at least (may be w itself).
 * Returns the stem length (<= len).  The stem contains no spaces.  Never
 * reads w[len] or beyond; any bytes are safe input.
 */
extern size_t pt_stem_fa(const unsigned char *w, size_t len, unsigned char *out);

#endif							/* PT_STEM_FA_H */
