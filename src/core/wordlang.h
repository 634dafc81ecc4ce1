/*
 * wordlang.h
 *		Arabic or Persian, for one Arabic-script word, from its letters.
 *
 * Decided on the RAW (unfolded) word, strongest sign first (the letter
 * facts are in letters.h):
 *   1. Persian-only letters پ چ ژ گ, the ZWNJ, or heh with yeh above ۀ -> FA;
 *   2. Arabic-only signs: teh marbuta ة, alef maksura ى, hamza-under alef
 *      إ -> AR (not the tanween, which Persian writes on Arabic adverbs:
 *      کاملاً, احتمالاً);
 *   3. an attached article (ال وال بال فال كال لل with 3 letters after it)
 *      -> AR.  It is a strong sign only as a bare ال or لل with at least
 *      four letters after it, in a word without Persian ی or ک: Persian has
 *      words of the other shapes (بالاتر, والدین, الهام, الکتریک), and
 *      Arabic typed on a Persian keyboard (الاجتماعی) has ی; there the
 *      context decides.  Measured (tests/eval/ud_stem_eval.py, in context,
 *      F1 fa-perdt): the article always strong 0.734, never 0.739 but
 *      Arabic on a Persian keyboard loses 0.006, this rule 0.738.  Even
 *      then it is weaker than the letters: inside a Persian text an
 *      article word of that shape is a Persian word of Arabic origin
 *      (التماس, الزام, البته), which the Persian stemmer keeps whole, so
 *      a Persian context wins over it (PT_STRONG_ARTICLE); an Arabic or
 *      undecided context does not;
 *   4. Persian yeh ی or keheh ک -> FA (a weak sign);
 *   5. otherwise NONE: only letters both languages share (سازمان, دولت).
 *      Arabic yeh ي and kaf ك do not decide: much Persian text on the web is
 *      typed with them, and the text around the word then decides better.
 * Words without an Arabic-script letter are NONE too.  Signs 1-3 are
 * "strong" (but 3 with ی or ک): signs 1 and 2 win over any context, sign 3
 * over all but a Persian one (doclang.h).
 *
 * Presentation forms count as the letters they stand for, and invisible
 * format characters (LRM, RLM, ALM, ZWJ, soft hyphen) and tatweel are
 * skipped: ا‏لحماية with an RLM after the alef still opens with the
 * article, so an invisible mark never changes a word's language.
 */
#ifndef PT_WORDLANG_H
#define PT_WORDLANG_H

#include <stddef.h>

#include "lang.h"

/* Language of one raw word (rules 1-5). */
extern pt_lang_t pt_word_lang(const unsigned char *raw, size_t len);

/* the strength of a word's own sign (pt_word_lang_strength) */
#define PT_STRONG_LETTER	1	/* rules 1-2: wins over any context */
#define PT_STRONG_ARTICLE	2	/* rule 3: wins over all but a Persian one */

/*
 * Language of one raw word and whether a strong sign (rules 1-3) decided
 * it: *strong is PT_STRONG_LETTER or PT_STRONG_ARTICLE for those, 0 for a
 * weak sign or none.
 */
extern pt_lang_t pt_word_lang_strength(const unsigned char *raw, size_t len,
									   int *strong);

/*
 * Which stemmer a raw word should get: PT_LANG_AR or PT_LANG_FA.  A strong
 * sign of the word's own first (the article not against a Persian
 * text_lang); otherwise text_lang (the language of the
 * surrounding text) if it is AR or FA; otherwise the word's own language
 * or, without one, FA.
 */
extern pt_lang_t pt_word_stem_lang(const unsigned char *raw, size_t len,
								   pt_lang_t text_lang);

/*
 * The language of a token for a dictionary with Language = auto, which
 * sees one token without its context: PT_LANG_FA for a token holding a
 * space (the tokenizer joined it by the Persian rule, tokenize.h), else
 * the language a strong sign gives; PT_LANG_NONE (weak signs or none)
 * asks for both stems, so that a bare query word typed on either keyboard
 * finds its documents in both languages.
 */
extern pt_lang_t pt_token_lang(const unsigned char *raw, size_t len);

/*
 * Does a token hold a space (U+0020, U+00A0, U+202F)?  Then the tokenizer
 * joined it by the Persian rule, and it is Persian by its own shape.
 */
extern int	pt_token_joined(const unsigned char *raw, size_t len);

#endif							/* PT_WORDLANG_H */
