/*
 * lang.c
 *		Dominant-language guess: ar, fa or en.
 */
#include <string.h>

#include "chartab.h"
#include "doclang.h"
#include "interrupt.h"
#include "lang.h"
#include "utf8.h"

/*
 * Score one Arabic-script word (raw bytes) for each language: the context
 * score of doclang.c, one source for the signs and the function words.
 */
static void
score_word(const unsigned char *w, size_t len, int *ar, int *fa)
{
	pt_ctx_score_word(w, len, ar, fa);
}

pt_lang_t
pt_lang_detect(const unsigned char *s, size_t len)
{
	size_t		i = 0,
				word_start = 0;
	long		arabic_letters = 0,
				latin_letters = 0;
	int			ar = 0,
				fa = 0,
				in_word = 0;
	unsigned int steps = 0;

	while (i <= len)
	{
		int			n = 1;
		pt_cclass_t cc = PT_CC_SPACE;

		PT_CHECK_INTERRUPTS(steps);
		if (i < len)
			cc = pt_cclass(pt_utf8_decode(s + i, len - i, &n));

		if (cc == PT_CC_ALETTER)
		{
			arabic_letters++;
			if (!in_word)
				word_start = i;
			in_word = 1;
		}
		else if (cc == PT_CC_MARK || cc == PT_CC_INVIS)
			;					/* stays inside the word */
		else
		{
			if (cc == PT_CC_LLETTER)
				latin_letters++;
			if (in_word)
				score_word(s + word_start, i - word_start, &ar, &fa);
			in_word = 0;
		}
		i += n;
	}

	if (arabic_letters == 0 && latin_letters == 0)
		return PT_LANG_NONE;
	if (latin_letters > arabic_letters)
		return PT_LANG_EN;
	return fa > ar ? PT_LANG_FA : PT_LANG_AR;
}

const char *
pt_lang_code(pt_lang_t lang)
{
	switch (lang)
	{
		case PT_LANG_AR:
			return "ar";
		case PT_LANG_FA:
			return "fa";
		case PT_LANG_EN:
			return "en";
		default:
			return NULL;
	}
}
