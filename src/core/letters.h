/*
 * letters.h
 *		Letter knowledge of Arabic and Persian: the named code points and
 *		which letters tell the two languages apart.
 *
 * One source for these facts, used by the tokenizer, the word-language
 * decision (wordlang.c), the context decision (doclang.c) and pt_lang
 * (lang.c).  Facts from the Unicode Arabic block chart and the standard
 * Persian (ISIRI 9147) and Arabic keyboard layouts:
 *   - Persian only: پ چ ژ گ and heh with yeh above ۀ (the ezafe written
 *     on heh); the ZWNJ between letters is Persian writing too;
 *   - Arabic only: teh marbuta ة, alef maksura ى and hamza-under alef إ
 *     (not the tanween: Persian writes it on Arabic adverbs, کاملاً);
 *   - weak Persian: Persian yeh ی and keheh ک (an Arabic text typed on a
 *     Persian keyboard has them as well), and the Arabic yeh ي and kaf ك
 *     are weak for nothing: a Persian text typed on an Arabic keyboard has
 *     them;
 *   - the Arabic article: ال opening a word, or لل (ل + ال with the alef
 *     dropped), after at most one proclitic و ف ب ك (or ک, Arabic typed on
 *     a Persian keyboard).  Persian has words of that shape too (بالاتر,
 *     والدین, الهام, الکتریک), so the article decides alone only in some
 *     words (wordlang.h).
 * Invisible format characters (LRM, RLM, ZWJ, ALM, soft hyphen...) are no
 * letters and no signs: they are skipped wherever letters are counted.
 */
#ifndef PT_LETTERS_H
#define PT_LETTERS_H

#include <stdint.h>

/* named code points */
#define PT_CP_HAMZA			0x0621
#define PT_CP_ALEF_HAMZA_BELOW	0x0625
#define PT_CP_ALEF			0x0627
#define PT_CP_BEH			0x0628
#define PT_CP_TEH_MARBUTA	0x0629
#define PT_CP_TEH			0x062A
#define PT_CP_TATWEEL		0x0640
#define PT_CP_FEH			0x0641
#define PT_CP_KAF			0x0643
#define PT_CP_LAM			0x0644
#define PT_CP_MEEM			0x0645
#define PT_CP_NOON			0x0646
#define PT_CP_HEH			0x0647
#define PT_CP_WAW			0x0648
#define PT_CP_ALEF_MAKSURA	0x0649
#define PT_CP_YEH			0x064A
#define PT_CP_FATHATAN		0x064B
#define PT_CP_DAMMATAN		0x064C
#define PT_CP_KASRATAN		0x064D
#define PT_CP_PEH			0x067E
#define PT_CP_TCHEH			0x0686
#define PT_CP_JEH			0x0698
#define PT_CP_KEHEH			0x06A9
#define PT_CP_GAF			0x06AF
#define PT_CP_HEH_YEH		0x06C0
#define PT_CP_FARSI_YEH		0x06CC
#define PT_CP_ZWNJ			0x200C
#define PT_CP_ZWJ			0x200D
#define PT_CP_LRM			0x200E
#define PT_CP_RLM			0x200F
#define PT_CP_ALM			0x061C
#define PT_CP_NBSP			0x00A0
#define PT_CP_NNBSP			0x202F

/*
 * The same letters spelled in UTF-8, for code that compares folded bytes
 * (the matcher, the name key, the country finder, the stemmers).
 * tests/unit/test_letters.c checks each against its code point.
 */
#define PT_U8_ALEF			"\xD8\xA7"
#define PT_U8_BEH			"\xD8\xA8"
#define PT_U8_TEH_MARBUTA	"\xD8\xA9"
#define PT_U8_TEH			"\xD8\xAA"
#define PT_U8_FEH			"\xD9\x81"
#define PT_U8_KAF			"\xD9\x83"
#define PT_U8_LAM			"\xD9\x84"
#define PT_U8_NOON			"\xD9\x86"
#define PT_U8_HEH			"\xD9\x87"
#define PT_U8_WAW			"\xD9\x88"
#define PT_U8_ALEF_MAKSURA	"\xD9\x89"
#define PT_U8_YEH			"\xD9\x8A"
#define PT_U8_FARSI_YEH		"\xDB\x8C"
#define PT_U8_ZWNJ			"\xE2\x80\x8C"
/* the Arabic article ال, and لل (ل + ال with its alef dropped) */
#define PT_U8_ARTICLE		PT_U8_ALEF PT_U8_LAM
#define PT_U8_LL			PT_U8_LAM PT_U8_LAM

/* signs of a letter, as bits */
#define PT_SIGN_FA			0x01	/* Persian only (پ چ ژ گ ۀ, ZWNJ) */
#define PT_SIGN_AR			0x02	/* Arabic only (ة ى إ) */
#define PT_SIGN_FA_WEAK		0x04	/* Persian yeh or keheh */

/* The sign bits of one code point (0 for most). */
static inline int
pt_letter_sign(uint32_t cp)
{
	switch (cp)
	{
		case PT_CP_PEH:
		case PT_CP_TCHEH:
		case PT_CP_JEH:
		case PT_CP_GAF:
		case PT_CP_HEH_YEH:
		case PT_CP_ZWNJ:
			return PT_SIGN_FA;
		case PT_CP_TEH_MARBUTA:
		case PT_CP_ALEF_MAKSURA:
		case PT_CP_ALEF_HAMZA_BELOW:
			return PT_SIGN_AR;
		case PT_CP_FARSI_YEH:
		case PT_CP_KEHEH:
			return PT_SIGN_FA_WEAK;
		default:
			return 0;
	}
}

/* Is cp a letter of the Arabic block (tatweel and marks excluded)? */
static inline int
pt_letter_is_arabic(uint32_t cp)
{
	return (cp >= 0x0621 && cp <= 0x064A && cp != PT_CP_TATWEEL) ||
		(cp >= 0x066E && cp <= 0x06D3);
}

/* Is cp a combining mark of the Arabic block or the tatweel? */
static inline int
pt_letter_is_mark(uint32_t cp)
{
	return (cp >= 0x064B && cp <= 0x065F) || cp == 0x0670 ||
		cp == PT_CP_TATWEEL || (cp >= 0x06D6 && cp <= 0x06ED && cp != 0x06DD && cp != 0x06DE);
}

/* Is cp a one-letter proclitic that may precede the article? */
static inline int
pt_letter_is_proclitic(uint32_t cp)
{
	return cp == PT_CP_WAW || cp == PT_CP_FEH || cp == PT_CP_BEH ||
		cp == PT_CP_KAF || cp == PT_CP_KEHEH;
}

/*
 * Does a word whose first letters are first[0..nfirst-1] (nfirst <= 4,
 * marks and invisibles skipped) and which has "letters" letters in all open
 * with the article, leaving at least three letters after it?
 */
static inline int
pt_letters_article(const uint32_t *first, int nfirst, int letters)
{
	int			a = 0;

	if (nfirst >= 2 && first[0] == PT_CP_LAM && first[1] == PT_CP_LAM)
		return letters >= 5;
	if (nfirst >= 1 && pt_letter_is_proclitic(first[0]))
		a = 1;
	return nfirst >= a + 2 && first[a] == PT_CP_ALEF &&
		first[a + 1] == PT_CP_LAM && letters >= a + 5;
}

#endif							/* PT_LETTERS_H */
