/*
 * wordlang.h
 *		Arabic or Persian, for one Arabic-script word, from its letters.
 *
 * Decided on the RAW (unfolded) word, strongest sign first:
 *   1. Persian-only letters پ چ ژ گ, the ZWNJ, or heh with yeh above ۀ -> FA;
 *   2. Arabic-only signs: teh marbuta ة, alef maksura ى, hamza-under alef
 *      إ, tanween -> AR;
 *   3. an attached article (ال وال بال فال كال لل with 3 letters after it):
 *      an Arabic-shaped word -> AR, even with Persian ی or ک in it (Arabic
 *      text typed on a Persian keyboard: الاجتماعی);
 *   4. Persian yeh ی or keheh ک -> FA (a weak sign: see pt_word_stem_lang);
 *   5. otherwise NONE: only letters both languages share (سازمان, دولت).
 *      Arabic yeh ي and kaf ك do not decide: much Persian text on the web is
 *      typed with them, and the text around the word then decides better.
 * Words without an Arabic-script letter are NONE too.
 *
 * Routing, measured by tests/eval/ud_stem_eval.py on the UD files (F1 on
 * ar-pud / fa-seraji / fa-perdt):
 *   - recommended, "both": AR and FA words to their language's stemmer; a
 *     NONE word indexed under two stems, pt_stem_fa and
 *     pt_stem_ar_opt(PT_STEM_AR_UNDECIDED): 0.820 / 0.797 / 0.738.  It needs
 *     no context, so a short query gets the stems its documents got.  With
 *     plain pt_stem_ar as the second stem: 0.821 / 0.775 / 0.707;
 *   - "mixed": NONE words and words with only the weak sign 4 to the
 *     stemmer of the language of the text around them (pt_lang_detect on
 *     the document or sentence), as pt_word_stem_lang() decides: 0.816 /
 *     0.796 / 0.736; it needs that context on the query side too;
 *   - NONE words to pt_stem_fa alone: 0.751 / 0.796 / 0.738.
 */
#ifndef PT_WORDLANG_H
#define PT_WORDLANG_H

#include <stddef.h>

#include "lang.h"

extern pt_lang_t pt_word_lang(const unsigned char *raw, size_t len);

/*
 * Which stemmer a raw word should get: PT_LANG_AR or PT_LANG_FA.  A strong
 * sign of the word's own first; otherwise text_lang (the language of the
 * surrounding text, from pt_lang_detect) if it is AR or FA; otherwise the
 * word's weak sign or, without one, FA.
 */
extern pt_lang_t pt_word_stem_lang(const unsigned char *raw, size_t len,
								   pt_lang_t text_lang);

#endif							/* PT_WORDLANG_H */
