/*
 * dict.c
 *		Text-search dictionary templates of policytext.
 *
 * pt_stem: folds a token (pt_fold_all, the folding of pt_normalize), drops
 *   stop words and stand-alone Persian bound morphemes, and stems it with
 *   the Arabic or the Persian stemmer.  Options:
 *     Language  = arabic | persian | auto (default auto).  auto decides per
 *                 word from its letters (pt_word_lang); a word made only of
 *                 letters both languages share gets both stems, as two
 *                 variants at one position (one lexeme when they agree), and
 *                 is a stop word when either list has it.
 *     StopWords = true | false (default true).
 *   A bound morpheme standing alone (ها, های, ترین, می, نمی..., see
 *   tokenize.h) has no lexeme under persian and auto: it only stands alone
 *   when the tokenizer could not join it, as in a query operand, and must
 *   not then require a lexeme the joined documents do not have.
 *   Folded tokens longer than PT_STEM_MAX_INPUT bytes are kept folded but
 *   not stemmed; folded tokens of MAXSTRLEN (2047) bytes or more have no
 *   lexeme (PostgreSQL itself skips such tokens with a notice).
 *
 * pt_fold: the folded token as its lexeme (digits to ASCII, the Arabic
 *   decimal and thousands separators to "." and ","), for numbers and words
 *   of other scripts.  Option Filter = true | false (default false): as a
 *   filter the folded token goes on to the next dictionary, which is how
 *   Latin words reach english_stem case-folded the same way in every locale.
 */
#include "postgres.h"

#include "commands/defrem.h"
#include "fmgr.h"
#include "nodes/pg_list.h"
#include "tsearch/ts_public.h"
#include "tsearch/ts_type.h"

#include "normalize.h"
#include "policytext.h"
#include "stem_ar.h"
#include "stem_fa.h"
#include "stopwords.h"
#include "tokenize.h"
#include "wordlang.h"

PG_FUNCTION_INFO_V1(pt_stem_init);
PG_FUNCTION_INFO_V1(pt_stem_lexize);
PG_FUNCTION_INFO_V1(pt_fold_init);
PG_FUNCTION_INFO_V1(pt_fold_lexize);

/* tokens up to this many bytes are folded into a stack buffer */
#define SMALL_TOKEN		256

typedef enum
{
	STEM_ARABIC,
	STEM_PERSIAN,
	STEM_AUTO
} stem_language;

typedef struct
{
	stem_language language;
	bool		stopwords;
} StemDict;

typedef struct
{
	bool		filter;
} FoldDict;

/* Error for an option given twice. */
static void
duplicate_option(DefElem *defel)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("parameter \"%s\" is given more than once", defel->defname)));
}

/* Error for an unknown option. */
static void
unknown_option(DefElem *defel, const char *valid)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("unrecognized policytext dictionary parameter: \"%s\"",
					defel->defname),
			 errhint("Valid parameters are %s.", valid)));
}

/* Parse the options of a pt_stem dictionary. */
Datum
pt_stem_init(PG_FUNCTION_ARGS)
{
	List	   *options = (List *) PG_GETARG_POINTER(0);
	StemDict   *d = (StemDict *) palloc(sizeof(StemDict));
	bool		language_seen = false,
				stopwords_seen = false;
	ListCell   *l;

	d->language = STEM_AUTO;
	d->stopwords = true;
	foreach(l, options)
	{
		DefElem    *defel = (DefElem *) lfirst(l);

		if (pg_strcasecmp(defel->defname, "language") == 0)
		{
			char	   *v = defGetString(defel);

			if (language_seen)
				duplicate_option(defel);
			language_seen = true;
			if (pg_strcasecmp(v, "arabic") == 0)
				d->language = STEM_ARABIC;
			else if (pg_strcasecmp(v, "persian") == 0)
				d->language = STEM_PERSIAN;
			else if (pg_strcasecmp(v, "auto") == 0)
				d->language = STEM_AUTO;
			else
				ereport(ERROR,
						(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
						 errmsg("invalid value for parameter \"language\": \"%s\"", v),
						 errhint("Valid values are arabic, persian and auto.")));
		}
		else if (pg_strcasecmp(defel->defname, "stopwords") == 0)
		{
			if (stopwords_seen)
				duplicate_option(defel);
			stopwords_seen = true;
			d->stopwords = defGetBoolean(defel);
		}
		else
			unknown_option(defel, "Language and StopWords");
	}
	PG_RETURN_POINTER(d);
}

/* A palloc'd C string of s[0..len-1]. */
static char *
lexeme_dup(const unsigned char *s, size_t len)
{
	char	   *r = palloc(len + 1);

	memcpy(r, s, len);
	r[len] = '\0';
	return r;
}

/* Stem the folded word w with one language's stemmer into a new lexeme. */
static char *
stem_lexeme(pt_lang_t lang, const unsigned char *w, size_t len)
{
	unsigned char *out = palloc(len + 1);
	size_t		n;

	Assert(len <= PT_STEM_MAX_INPUT);
	if (lang == PT_LANG_FA)
		n = pt_stem_fa(w, len, out);
	else
		n = pt_stem_ar(w, len, out);
	Assert(n <= len);
	out[n] = '\0';
	return (char *) out;
}

/* Fold the token (into the stack buffer when small); returns its length. */
static size_t
fold_token(const unsigned char *raw, size_t len, unsigned char *small,
		   unsigned char **out)
{
	*out = (len <= SMALL_TOKEN) ? small : palloc(PT_FOLD_BOUND(len));
	return pt_fold_all(PT_FOLD_SEARCH, raw, len, *out);
}

/*
 * Lexize: (dict, token, length, state) -> TSLexeme array; an empty array
 * for a stop word or a token with no lexeme.
 */
Datum
pt_stem_lexize(PG_FUNCTION_ARGS)
{
	StemDict   *d = (StemDict *) PG_GETARG_POINTER(0);
	const unsigned char *raw = (const unsigned char *) PG_GETARG_POINTER(1);
	int32		rawlen = PG_GETARG_INT32(2);
	size_t		len = rawlen > 0 ? (size_t) rawlen : 0;
	TSLexeme   *res = (TSLexeme *) palloc0(sizeof(TSLexeme) * 3);
	unsigned char small[PT_FOLD_BOUND(SMALL_TOKEN)];
	unsigned char *w;
	size_t		wlen = fold_token(raw, len, small, &w);
	pt_lang_t	lang;
	bool		stop;

	if (wlen == 0 || wlen >= MAXSTRLEN)
		PG_RETURN_POINTER(res);
	if (d->language != STEM_ARABIC && pt_tok_morpheme(raw, len) != PT_MORPH_NONE)
		PG_RETURN_POINTER(res);
	if (wlen > PT_STEM_MAX_INPUT)
	{
		res[0].lexeme = lexeme_dup(w, wlen);
		PG_RETURN_POINTER(res);
	}

	if (d->language == STEM_ARABIC)
		lang = PT_LANG_AR;
	else if (d->language == STEM_PERSIAN)
		lang = PT_LANG_FA;
	else
		lang = pt_word_lang(raw, len);
	if (lang != PT_LANG_AR && lang != PT_LANG_FA)
		lang = PT_LANG_NONE;

	if (d->stopwords)
	{
		if (lang == PT_LANG_AR)
			stop = pt_stopword_ar(w, wlen);
		else if (lang == PT_LANG_FA)
			stop = pt_stopword_fa(w, wlen);
		else
			stop = pt_stopword_ar(w, wlen) || pt_stopword_fa(w, wlen);
		if (stop)
			PG_RETURN_POINTER(res);
	}

	if (lang != PT_LANG_NONE)
		res[0].lexeme = stem_lexeme(lang, w, wlen);
	else
	{
		/* both stems, as two variants of the word */
		res[0].nvariant = 1;
		res[0].lexeme = stem_lexeme(PT_LANG_AR, w, wlen);
		res[1].nvariant = 2;
		res[1].lexeme = stem_lexeme(PT_LANG_FA, w, wlen);
		if (strcmp(res[0].lexeme, res[1].lexeme) == 0)
		{
			pfree(res[1].lexeme);
			res[1].lexeme = NULL;
			res[1].nvariant = 0;
		}
	}
	PG_RETURN_POINTER(res);
}

/* Parse the options of a pt_fold dictionary. */
Datum
pt_fold_init(PG_FUNCTION_ARGS)
{
	List	   *options = (List *) PG_GETARG_POINTER(0);
	FoldDict   *d = (FoldDict *) palloc(sizeof(FoldDict));
	bool		filter_seen = false;
	ListCell   *l;

	d->filter = false;
	foreach(l, options)
	{
		DefElem    *defel = (DefElem *) lfirst(l);

		if (pg_strcasecmp(defel->defname, "filter") == 0)
		{
			if (filter_seen)
				duplicate_option(defel);
			filter_seen = true;
			d->filter = defGetBoolean(defel);
		}
		else
			unknown_option(defel, "Filter");
	}
	PG_RETURN_POINTER(d);
}

/* Lexize: the folded token, with Arabic number separators made ASCII. */
Datum
pt_fold_lexize(PG_FUNCTION_ARGS)
{
	FoldDict   *d = (FoldDict *) PG_GETARG_POINTER(0);
	const unsigned char *raw = (const unsigned char *) PG_GETARG_POINTER(1);
	int32		rawlen = PG_GETARG_INT32(2);
	size_t		len = rawlen > 0 ? (size_t) rawlen : 0;
	TSLexeme   *res = (TSLexeme *) palloc0(sizeof(TSLexeme) * 2);
	unsigned char small[PT_FOLD_BOUND(SMALL_TOKEN)];
	unsigned char *w;
	size_t		wlen = fold_token(raw, len, small, &w),
				o = 0;

	if (wlen == 0 || wlen >= MAXSTRLEN)
		PG_RETURN_POINTER(res);
	/* U+066B ARABIC DECIMAL SEPARATOR -> ".", U+066C THOUSANDS -> "," */
	for (size_t i = 0; i < wlen; i++)
	{
		if (w[i] == 0xD9 && i + 1 < wlen && (w[i + 1] == 0xAB || w[i + 1] == 0xAC))
		{
			w[o++] = (w[i + 1] == 0xAB) ? '.' : ',';
			i++;
		}
		else
			w[o++] = w[i];
	}
	res[0].lexeme = lexeme_dup(w, o);
	if (d->filter)
		res[0].flags = TSL_FILTER;
	PG_RETURN_POINTER(res);
}
