/*
 * stem_cli.c
 *		Read one raw word per line, optionally followed by a tab and the
 *		language code of the text around it (ar, fa, en, none); print what
 *		the core makes of it, tab-separated: folded form, Arabic stem,
 *		Persian stem, per-word language, Arabic and Persian stop-word flags,
 *		the stemmer pt_word_stem_lang() picks, and the Arabic stem with
 *		PT_STEM_AR_UNDECIDED.  With --text, read one
 *		text per line and print its dominant language (pt_lang_detect).
 *		For ud_stem_eval.py.
 */
#include <stdio.h>
#include <string.h>

#include "lang.h"
#include "normalize.h"
#include "stem_ar.h"
#include "stem_fa.h"
#include "stopwords.h"
#include "wordlang.h"

#define LINE_MAX_BYTES	4096

/* the language named by a code of pt_lang_code() */
static pt_lang_t
lang_of_code(const char *code)
{
	if (strcmp(code, "ar") == 0)
		return PT_LANG_AR;
	if (strcmp(code, "fa") == 0)
		return PT_LANG_FA;
	if (strcmp(code, "en") == 0)
		return PT_LANG_EN;
	return PT_LANG_NONE;
}

/* Print a language as ar, fa or none. */
static const char *
code3(pt_lang_t lang)
{
	return lang == PT_LANG_AR ? "ar" : lang == PT_LANG_FA ? "fa" : "none";
}

int
main(int argc, char **argv)
{
	static char line[LINE_MAX_BYTES];
	static unsigned char folded[PT_FOLD_BOUND(LINE_MAX_BYTES)];
	static unsigned char sa[PT_FOLD_BOUND(LINE_MAX_BYTES)];
	static unsigned char sf[PT_FOLD_BOUND(LINE_MAX_BYTES)];
	static unsigned char sk[PT_FOLD_BOUND(LINE_MAX_BYTES)];
	int			text_mode = argc > 1 && strcmp(argv[1], "--text") == 0;

	while (fgets(line, sizeof(line), stdin))
	{
		size_t		len = strcspn(line, "\r\n");
		size_t		fl,
					al,
					pl,
					kl;
		pt_lang_t	lang,
					ctx = PT_LANG_NONE;
		char	   *tab;

		if (text_mode)
		{
			printf("%s\n", pt_lang_code(pt_lang_detect((unsigned char *) line, len)));
			continue;
		}
		line[len] = '\0';
		if ((tab = strchr(line, '\t')) != NULL)
		{
			*tab = '\0';
			ctx = lang_of_code(tab + 1);
			len = (size_t) (tab - line);
		}
		fl = pt_fold_all(PT_FOLD_SEARCH, (unsigned char *) line, len, folded);
		al = pt_stem_ar(folded, fl, sa);
		pl = pt_stem_fa(folded, fl, sf);
		kl = pt_stem_ar_opt(folded, fl, sk, PT_STEM_AR_UNDECIDED);
		lang = pt_word_lang((unsigned char *) line, len);
		printf("%.*s\t%.*s\t%.*s\t%s\t%d\t%d\t%s\t%.*s\n",
			   (int) fl, (char *) folded, (int) al, (char *) sa,
			   (int) pl, (char *) sf, code3(lang),
			   pt_stopword_ar(folded, fl), pt_stopword_fa(folded, fl),
			   code3(pt_word_stem_lang((unsigned char *) line, len, ctx)),
			   (int) kl, (char *) sk);
	}
	return 0;
}
