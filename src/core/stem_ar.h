/*
 * stem_ar.h
 *		Light Arabic stemmer over folded tokens.
 *
 * Input is a token already folded by pt_fold_all(PT_FOLD_SEARCH, ...):
 * yeh U+064A, kaf U+0643, heh for teh marbuta, bare alef, no diacritics,
 * ZWNJ turned into an ASCII space.  Spaces are dropped (the stem has none).
 * Tokens that are not made only of Arabic-block letters, and tokens longer
 * than PT_STEM_MAX_INPUT bytes, come back unchanged apart from the spaces
 * (overlong ones entirely unchanged).
 *
 * Rules, each with guards on what is left (in letters):
 *   - article and its proclitic combinations (ال وال بال كال فال لل ولل
 *     فلل وبال...) with 2 letters left (الحق -> حق; الله, الذي listed);
 *   - a bare conjunction و only when what follows still stems to four
 *     letters or more (so وزارة -> وزار, not زار), never before an alef or
 *     لا (واشنطن, ولاية); ف only with the article (فالمشروع), as many names
 *     and roots begin with it (فيسبوك); a bare preposition ل when what
 *     follows stems to three letters (لشخص -> شخص, لأمريكا -> امريك; لجنة
 *     stays), not before a root that begins لا (لاجئ, لاعب: a short list),
 *     which also keeps its lam after لل (للاجئين -> لاجي);
 *   - a doubled وو loses its first و;
 *   - attached pronouns (هما كما هم هن كم كن ها نا) leaving 4 letters, with
 *     teh marbuta restored (حكومتها -> حكومه);
 *   - plural and dual endings: ات (3 left), ون ين (4 left; not on the
 *     broken-plural shape CCاCين nor the verbal noun تCCين: قوانين, تامين;
 *     ين needs only 3 letters left, for the dual عامين; tens like عشرين
 *     stay), feminine dual تين/تان back to teh marbuta (سنتين -> سن),
 *     dual ان only after the article (الطرفان; سازمان, لبنان stay whole);
 *   - nisba: يه يين يون يات all end as ...ي (اجتماعية, اجتماعيون ->
 *     اجتماعي), the ي itself is kept, so اجتماعي is not merged with اجتماع;
 *   - feminine heh (teh marbuta) with 2 letters left;
 *   - accusative alef (جديدا -> جديد) with 3 letters left, not after ي or و
 *     (سوريا stays apart from سوري), not on مCCا (مبدأ);
 *   - a small list of broken plurals (مناطق -> منطق, like منطقة), and a
 *     few whole words that only look inflected (الله, لبنان, فلسطين).
 */
#ifndef PT_STEM_AR_H
#define PT_STEM_AR_H

#include <stddef.h>

#define PT_STEM_MAX_INPUT 256	/* longer tokens: returned unchanged (copied), not stemmed */

/*
 * w: a token ALREADY folded by pt_fold_all(PT_FOLD_SEARCH, ...); it may
 * hold ASCII spaces.  out: room for len bytes at least (may be w itself).
 * Returns the stem length (<= len).  The stem contains no spaces.  Never
 * reads w[len] or beyond; any bytes are safe input.
 */
extern size_t pt_stem_ar(const unsigned char *w, size_t len, unsigned char *out);

/*
 * The same with options.  PT_STEM_AR_UNDECIDED: the word may be Persian
 * (pt_word_lang() says NONE) and gets this Arabic stem beside its Persian
 * one.  A final heh is kept: the word was not written with ة, and its ه is
 * more likely a Persian silent heh (ساله, دسته) than a pronoun, so reading it
 * as teh marbuta would merge it with another word (سال, دست); a final alef is
 * kept: Persian words end in ا (فردا, بالا), not in an accusative ending.
 * Measured on the UD files (tests/eval/ud_stem_eval.py, row "both"),
 * indexing NONE words under the Persian stem and this Arabic stem gives F1
 * 0.820 / 0.797 / 0.738 on ar-pud / fa-seraji / fa-perdt, against 0.821 /
 * 0.775 / 0.707 with plain pt_stem_ar as the second stem.
 */
#define PT_STEM_AR_UNDECIDED	0x01

extern size_t pt_stem_ar_opt(const unsigned char *w, size_t len,
							 unsigned char *out, int flags);

#endif							/* PT_STEM_AR_H */
