/*
 * stem_cli.c
 *		Read one raw word per line, print what the core makes of it:
 *		folded form, Arabic stem, Persian stem, per-word language, and
 *		whether each stop list has it, tab-separated.  With --text, read one
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

int
main(int argc, char **argv)
{
	int			text_mode = argc > 1 && strcmp(argv[1], "--text") == 0;

	static char line[LINE_MAX_BYTES];
	static unsigned char folded[PT_FOLD_BOUND(LINE_MAX_BYTES)];
	static unsigned char sa[PT_FOLD_BOUND(LINE_MAX_BYTES)];
	static unsigned char sf[PT_FOLD_BOUND(LINE_MAX_BYTES)];

	while (fgets(line, sizeof(line), stdin))
	{
		size_t		len = strcspn(line, "\r\n");
		size_t		fl,
					al,
					pl;
		pt_lang_t	lang;

		if (text_mode)
		{
			printf("%s\n", pt_lang_code(pt_lang_detect((unsigned char *) line, len)));
			continue;
		}
		fl = pt_fold_all(PT_FOLD_SEARCH, (unsigned char *) line, len, folded);
		al = pt_stem_ar(folded, fl, sa);
		pl = pt_stem_fa(folded, fl, sf);
		lang = pt_word_lang((unsigned char *) line, len);
		printf("%.*s\t%.*s\t%.*s\t%s\t%d\t%d\n",
			   (int) fl, (char *) folded, (int) al, (char *) sa,
			   (int) pl, (char *) sf,
			   lang == PT_LANG_AR ? "ar" : lang == PT_LANG_FA ? "fa" : "none",
			   pt_stopword_ar(folded, fl), pt_stopword_fa(folded, fl));
	}
	return 0;
}
