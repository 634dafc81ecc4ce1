/*
 * wordlang.h
 *		Arabic or Persian, for one Arabic-script word, from its letters.
 *
 * Decided on the RAW (unfolded) word, strongest sign first:
 *   1. Persian-only letters پ چ ژ گ, the ZWNJ, or heh with yeh above ۀ -> FA;
 *   2. Arabic-only signs: teh marbuta ة, alef maksura ى, hamza-under alef
 *      إ, tanween -> AR;
 *   3. Persian yeh ی or keheh ک -> FA (Persian keyboards type them, Arabic
 *      ones do not);
 *   4. an attached article (ال وال بال فال كال لل with 3 letters after it),
 *      or Arabic yeh ي / kaf ك -> AR;
 *   5. otherwise NONE: only letters both languages share (سازمان, دولت).
 * Words without an Arabic-script letter are NONE too.
 *
 * The text-search dictionary sends AR words to pt_stem_ar, FA words to
 * pt_stem_fa and NONE words to both (indexing both stems when they differ);
 * see tests/eval/ud_stem_eval.py for how each choice measures on UD data.
 */
#ifndef PT_WORDLANG_H
#define PT_WORDLANG_H

#include <stddef.h>

#include "lang.h"

extern pt_lang_t pt_word_lang(const unsigned char *raw, size_t len);

#endif							/* PT_WORDLANG_H */
