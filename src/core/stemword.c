/*
 * stemword.c
 *		The lexemes of one Arabic-script token (see stemword.h).
 */
#include <string.h>

#include "stem_ar.h"
#include "stem_fa.h"
#include "stemword.h"
#include "stopwords.h"
#include "tokenize.h"
#include "wordlang.h"

int
pt_stop_builtin(void *arg, const unsigned char *w, size_t len, pt_lang_t lang)
{
	(void) arg;
	return lang == PT_LANG_FA ? pt_stopword_fa(w, len) : pt_stopword_ar(w, len);
}

int
pt_stem_token(const pt_stem_opts *o, const unsigned char *raw, size_t len,
			  unsigned char *work, pt_lexeme_ref out[2])
{
	unsigned char *w = work,
			   *sa,
			   *sf;
	size_t		wlen = pt_fold_all(PT_FOLD_SEARCH, raw, len, w),
				al,
				fl;
	pt_lang_t	lang;

	if (wlen == 0 || wlen >= o->max_lexeme)
		return 0;
	if (o->mode != PT_STEMMODE_ARABIC && pt_tok_morpheme(raw, len) != PT_MORPH_NONE)
		return 0;
	if (wlen > PT_STEM_MAX_INPUT)
	{
		out[0].s = w;
		out[0].len = wlen;
		return 1;
	}
	if (o->mode == PT_STEMMODE_ARABIC)
		lang = PT_LANG_AR;
	else if (o->mode == PT_STEMMODE_PERSIAN)
		lang = PT_LANG_FA;
	else
		lang = pt_token_lang(raw, len);
	if (lang != PT_LANG_AR && lang != PT_LANG_FA)
		lang = PT_LANG_NONE;

	if (o->stop)
	{
		if (lang != PT_LANG_NONE ? o->stop(o->stop_arg, w, wlen, lang) :
			(o->stop(o->stop_arg, w, wlen, PT_LANG_AR) ||
			 o->stop(o->stop_arg, w, wlen, PT_LANG_FA)))
			return 0;
	}

	sa = w + wlen + 1;
	sf = sa + wlen + 1;
	if (lang == PT_LANG_AR || lang == PT_LANG_FA)
	{
		out[0].s = sa;
		out[0].len = lang == PT_LANG_FA ? pt_stem_fa(w, wlen, sa) : pt_stem_ar(w, wlen, sa);
		return 1;
	}
	/* both stems, as two variants of the word */
	al = pt_stem_ar(w, wlen, sa);
	fl = pt_stem_fa(w, wlen, sf);
	out[0].s = sa;
	out[0].len = al;
	if (al == fl && memcmp(sa, sf, al) == 0)
		return 1;
	out[1].s = sf;
	out[1].len = fl;
	return 2;
}
