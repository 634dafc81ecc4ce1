/*
 * fuzz_wordlang.c
 *		libFuzzer target: pt_word_lang, the language of one raw word, and
 *		pt_word_stem_lang, the stemmer a word gets.
 *
 * Properties, from the rules of wordlang.h: the answer is NONE, AR or FA;
 * NONE without an Arabic-block letter (U+0621-U+064A but tatweel,
 * U+066E-U+06D3); otherwise پ چ ژ گ ۀ or ZWNJ make it FA; failing those,
 * ة ى إ make it AR; failing those, AR only for a word that opens with an
 * article (ال, لل, or و ف ب ك ک then ال; harakat, superscript alef,
 * Quranic signs, tatweel and invisible
 * characters skipped), FA only with ی or ک, NONE only without them.  The
 * strength is set exactly for the Persian and Arabic signs and for a bare
 * article (ال, لل) with four letters after it, without ی or ک; it is
 * PT_STRONG_ARTICLE for that article, PT_STRONG_LETTER for the signs.  The
 * stemmer is always AR or FA: the word's own language when a strong sign
 * decided it (the article not against a Persian text), else the text's
 * language when that is AR or FA, else the word's own, else FA.
 * pt_token_lang is the answer of a strong letter sign or NONE (FA for a
 * token with a space).  Removing the
 * invisible characters (LRM, RLM, ZWJ) changes no answer.  The same word
 * gives the same answers.
 */
#include "chartab.h"
#include "fuzz.h"
#include "utf8.h"
#include "wordlang.h"

/* Does s hold the n bytes b? */
static int
has_bytes(const unsigned char *s, size_t len, const char *b, size_t n)
{
	for (size_t i = 0; i + n <= len; i++)
		if (memcmp(s + i, b, n) == 0)
			return 1;
	return 0;
}

/*
 * The marks a word may carry before its article: the Arabic block's
 * harakat (U+064B-U+065F), the superscript alef (U+0670) and the Quranic
 * annotation signs (U+06D6-U+06ED but the end-of-ayah and rub-el-hizb signs).
 */
static int
is_mark(uint32_t cp)
{
	return (cp >= 0x064B && cp <= 0x065F) || cp == 0x0670 ||
		(cp >= 0x06D6 && cp <= 0x06ED && cp != 0x06DD && cp != 0x06DE);
}

static int
is_letter(uint32_t cp)
{
	return (cp >= 0x0621 && cp <= 0x064A && cp != 0x0640) || (cp >= 0x066E && cp <= 0x06D3);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	unsigned char *w = fuzz_dup(data, size);
	pt_lang_t	lang = pt_word_lang(w, size);
	static const pt_lang_t texts[] = {PT_LANG_NONE, PT_LANG_AR, PT_LANG_FA, PT_LANG_EN};
	size_t		i = 0;
	int			letters = 0,
				fa1 = 0,
				ar2 = 0,
				fa4 = 0,
				t,
				nfirst = 0,
				article,
				presentation = 0,
				strong;
	uint32_t	first[3] = {0, 0, 0};

	while (i < size)
	{
		int			n;
		uint32_t	cp = pt_utf8_decode(w + i, size - i, &n);

		if (is_letter(cp))
		{
			letters++;
			if (nfirst < 3)
				first[nfirst++] = cp;
		}
		else if (!is_mark(cp) && cp != 0x0640 &&
				 (cp < 0xFB50 || cp > 0xFEFF) && pt_cclass(cp) != PT_CC_INVIS)
			nfirst = 3;			/* a letter run must open the word */
		if (cp >= 0xFB50 && cp <= 0xFEFF)
			presentation = 1;
		if (cp == 0x067E || cp == 0x0686 || cp == 0x0698 || cp == 0x06AF || cp == 0x06C0 || cp == 0x200C)
			fa1 = 1;
		if (cp == 0x0629 || cp == 0x0649 || cp == 0x0625)
			ar2 = 1;
		if (cp == 0x06CC || cp == 0x06A9)
			fa4 = 1;
		i += n;
	}
	article = (first[0] == 0x0627 && first[1] == 0x0644) ||
		(first[0] == 0x0644 && first[1] == 0x0644) ||
		((first[0] == 0x0648 || first[0] == 0x0641 || first[0] == 0x0628 ||
		  first[0] == 0x0643 || first[0] == 0x06A9) && first[1] == 0x0627 && first[2] == 0x0644);

	FUZZ_ASSERT(lang == PT_LANG_NONE || lang == PT_LANG_AR || lang == PT_LANG_FA, "NONE, AR or FA");
	FUZZ_ASSERT(pt_word_lang_strength(w, size, &strong) == lang, "the same answer with its strength");
	if (presentation)
		;						/* presentation forms count as their letters: not modelled here */
	else if (letters == 0)
		FUZZ_ASSERT(lang == PT_LANG_NONE, "NONE without an Arabic-block letter");
	else if (fa1)
		FUZZ_ASSERT(lang == PT_LANG_FA, "Persian-only letters or ZWNJ make FA");
	else if (ar2)
		FUZZ_ASSERT(lang == PT_LANG_AR, "Arabic-only signs make AR");
	else if (lang == PT_LANG_AR)
		FUZZ_ASSERT(article, "without a sign, AR only for a word opening with an article");
	else if (lang == PT_LANG_FA)
		FUZZ_ASSERT(fa4, "without a strong sign, FA only with ی or ک");
	else
		FUZZ_ASSERT(!fa4, "NONE only without ی or ک");
	FUZZ_ASSERT(pt_word_lang(w, size) == lang, "deterministic");
	if (!presentation && letters > 0)
		FUZZ_ASSERT(strong == (fa1 || ar2 ? PT_STRONG_LETTER :
							   lang == PT_LANG_AR && !fa4 && letters >= 6 &&
							   (first[0] == 0x0627 || first[0] == 0x0644) ? PT_STRONG_ARTICLE : 0),
					"strong exactly for the Persian and Arabic signs and a bare article, 4+ letters after it, without ی or ک");
	{
		pt_lang_t	tl = pt_token_lang(w, size);
		int			space = memchr(w, ' ', size) != NULL;

		if (!space && !has_bytes(w, size, "\xc2\xa0", 2) && !has_bytes(w, size, "\xe2\x80\xaf", 3))
			FUZZ_ASSERT(tl == (strong == PT_STRONG_LETTER ? lang : PT_LANG_NONE),
						"pt_token_lang: the answer of a strong letter sign or NONE");
		else
			FUZZ_ASSERT(tl == PT_LANG_FA, "pt_token_lang: a token with a space is Persian");
	}
	{
		/* the word without its LRM, RLM and ZWJ, when it is valid UTF-8 */
		unsigned char *c = malloc(size ? size : 1);
		size_t		o = 0,
					k = 0;
		int			strong2,
					valid = 1;

		while (k < size)
		{
			int			n;
			uint32_t	cp = pt_utf8_decode(w + k, size - k, &n);

			if (cp == 0xFFFD && !(n == 3 && w[k] == 0xEF))
				valid = 0;
			if (cp != 0x200D && cp != 0x200E && cp != 0x200F)
			{
				memcpy(c + o, w + k, n);
				o += n;
			}
			k += n;
		}
		if (valid)
			FUZZ_ASSERT(pt_word_lang_strength(c, o, &strong2) == lang && strong2 == strong,
						"invisible marks change neither the language nor its strength");
		free(c);
	}

	for (t = 0; t < 4; t++)
	{
		pt_lang_t	s = pt_word_stem_lang(w, size, texts[t]);

		FUZZ_ASSERT(s == PT_LANG_AR || s == PT_LANG_FA, "the stemmer is AR or FA");
		if (strong == PT_STRONG_LETTER || (strong && texts[t] != PT_LANG_FA))
			FUZZ_ASSERT(s == lang, "a word's own strong sign decides its stemmer");
		else if (texts[t] == PT_LANG_AR || texts[t] == PT_LANG_FA)
			FUZZ_ASSERT(s == texts[t], "otherwise the text's language decides");
		else if (lang == PT_LANG_AR)
			FUZZ_ASSERT(s == PT_LANG_AR, "otherwise the word's own language");
		else
			FUZZ_ASSERT(s == PT_LANG_FA, "otherwise FA");
	}
	free(w);
	return 0;
}
