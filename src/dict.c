/*
 * dict.c
 *		Text-search dictionary templates of policytext (glue over the core's
 *		stemword.h and stemcache.h).
 *
 * pt_stem: folds a token (pt_fold_all, the folding of pt_normalize), drops
 *   stop words and stand-alone Persian bound morphemes, and stems it with
 *   the Arabic or the Persian stemmer.  Options:
 *     Language  = arabic | persian | auto (default auto).  auto decides per
 *                 word from its letters (pt_token_lang: a token the parser
 *                 joined across a space is Persian; Arabic yeh or kaf alone
 *                 do not make a word Arabic); a word made only of letters
 *                 both languages share gets both stems, as two variants at
 *                 one position (one lexeme when they agree), and is a stop
 *                 word when either list has it.  In the policytext
 *                 configuration the parser has already decided most words
 *                 from their context (token types arword and faword, mapped
 *                 to the arabic and persian dictionaries); auto serves the
 *                 words no context decides (arabicword), such as a one-word
 *                 query, so that they find documents of both languages.
 *     StopWords = true | false | a file name (default true).  true: the
 *                 built-in lists; a file name: the words of
 *                 $SHAREDIR/tsearch_data/NAME.stop (one a line, folded as
 *                 tokens are, so any spelling of a word matches), for every
 *                 language, instead of the built-in lists.
 *     CacheSize = number of remembered lexize results (default 16384, 0
 *                 for none; about 90 bytes each, so 1.5 MB per dictionary
 *                 and backend by default, allocated on first use).
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
#include "tsearch/ts_locale.h"
#include "tsearch/ts_public.h"
#include "tsearch/ts_type.h"
#include "utils/builtins.h"
#include "utils/memutils.h"

#include "normalize.h"
#include "policytext.h"
#include "stemcache.h"
#include "stemword.h"

PG_FUNCTION_INFO_V1(pt_stem_init);
PG_FUNCTION_INFO_V1(pt_stem_lexize);
PG_FUNCTION_INFO_V1(pt_fold_init);
PG_FUNCTION_INFO_V1(pt_fold_lexize);

/* tokens up to this many bytes are worked on in stack buffers */
#define SMALL_TOKEN		256

#define CACHE_DEFAULT_SLOTS	16384

/* the words of a StopWords file, folded and sorted */
typedef struct
{
	char	  **words;
	int			n;
} StopFile;

typedef struct
{
	pt_stem_opts opts;
	StopFile	file;
	int			slots;			/* cache size asked for */
	pt_stemcache *cache;		/* NULL until first use, or with CacheSize 0 */
	MemoryContext cxt;			/* the dictionary's context */
} StemDict;

typedef struct
{
	bool		filter;
} FoldDict;

/* Allocation callbacks of the core, in the dictionary's context. */
static void *
dict_alloc(void *ctx, size_t size)
{
	return MemoryContextAllocHuge((MemoryContext) ctx, size);
}

static void
dict_free(void *ctx, void *p)
{
	pfree(p);
}

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

/* qsort and bsearch order of folded stop words */
static int
stopword_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *) a, *(char *const *) b);
}

/*
 * Read a StopWords file: tsearch_data/NAME.stop, one word a line (blank
 * lines and surrounding white space ignored), each folded like a token.
 */
static void
read_stop_file(StopFile *f, const char *name)
{
	char	   *path = get_tsearch_config_filename(name, "stop");
	tsearch_readline_state trst;
	char	   *line;
	int			cap = 64;

	f->n = 0;
	f->words = palloc(sizeof(char *) * cap);
	if (!tsearch_readline_begin(&trst, path))
		ereport(ERROR,
				(errcode(ERRCODE_CONFIG_FILE_ERROR),
				 errmsg("could not open stop-word file \"%s.stop\": %m", name),
				 errhint("StopWords is true, false, or the name of a file tsearch_data/NAME.stop.")));
	while ((line = tsearch_readline(&trst)) != NULL)
	{
		size_t		len = strlen(line),
					s = 0;
		unsigned char *w;
		size_t		wl;

		while (s < len && (line[s] == ' ' || line[s] == '\t'))
			s++;
		while (len > s && (line[len - 1] == ' ' || line[len - 1] == '\t' ||
						   line[len - 1] == '\n' || line[len - 1] == '\r'))
			len--;
		if (len > s)
		{
			w = palloc(PT_FOLD_BOUND(len - s) + 1);
			wl = pt_fold_all(PT_FOLD_SEARCH, (unsigned char *) line + s, len - s, w);
			w[wl] = '\0';
			if (wl > 0)
			{
				if (f->n == cap)
				{
					cap *= 2;
					f->words = repalloc(f->words, sizeof(char *) * cap);
				}
				f->words[f->n++] = (char *) w;
			}
		}
		pfree(line);
	}
	tsearch_readline_end(&trst);
	qsort(f->words, f->n, sizeof(char *), stopword_cmp);
}

/* A StopWords file as the core's stop-word test (any language). */
static int
stop_file_has(void *arg, const unsigned char *w, size_t len, pt_lang_t lang)
{
	StopFile   *f = (StopFile *) arg;
	char		small[SMALL_TOKEN + 1];
	char	   *key = len <= SMALL_TOKEN ? small : palloc(len + 1);
	bool		found;

	memcpy(key, w, len);
	key[len] = '\0';
	found = bsearch(&key, f->words, f->n, sizeof(char *), stopword_cmp) != NULL;
	if (key != small)
		pfree(key);
	return found;
}

/* Parse the options of a pt_stem dictionary. */
Datum
pt_stem_init(PG_FUNCTION_ARGS)
{
	List	   *options = (List *) PG_GETARG_POINTER(0);
	StemDict   *d = (StemDict *) palloc0(sizeof(StemDict));
	bool		language_seen = false,
				stopwords_seen = false,
				cachesize_seen = false;
	ListCell   *l;

	d->opts.mode = PT_STEMMODE_AUTO;
	d->opts.stop = pt_stop_builtin;
	d->opts.stop_arg = NULL;
	d->opts.max_lexeme = MAXSTRLEN;
	d->slots = CACHE_DEFAULT_SLOTS;
	d->cxt = CurrentMemoryContext;
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
				d->opts.mode = PT_STEMMODE_ARABIC;
			else if (pg_strcasecmp(v, "persian") == 0)
				d->opts.mode = PT_STEMMODE_PERSIAN;
			else if (pg_strcasecmp(v, "auto") == 0)
				d->opts.mode = PT_STEMMODE_AUTO;
			else
				ereport(ERROR,
						(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
						 errmsg("invalid value for parameter \"language\": \"%s\"", v),
						 errhint("Valid values are arabic, persian and auto.")));
		}
		else if (pg_strcasecmp(defel->defname, "stopwords") == 0)
		{
			char	   *v = defGetString(defel);
			bool		b;

			if (stopwords_seen)
				duplicate_option(defel);
			stopwords_seen = true;
			if (parse_bool(v, &b))
				d->opts.stop = b ? pt_stop_builtin : NULL;
			else
			{
				read_stop_file(&d->file, v);
				d->opts.stop = stop_file_has;
				d->opts.stop_arg = &d->file;
			}
		}
		else if (pg_strcasecmp(defel->defname, "cachesize") == 0)
		{
			if (cachesize_seen)
				duplicate_option(defel);
			cachesize_seen = true;
			d->slots = defGetInt32(defel);
			if (d->slots < 0 || d->slots > PT_CACHE_MAX_SLOTS)
				ereport(ERROR,
						(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
						 errmsg("parameter \"cachesize\" must be between 0 and %d", PT_CACHE_MAX_SLOTS)));
		}
		else
			unknown_option(defel, "Language, StopWords and CacheSize");
	}
	if (d->slots > 0)
	{
		pt_allocator a = {dict_alloc, dict_free, d->cxt};

		d->cache = pt_stemcache_new((size_t) d->slots, &a);
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

/* n lexemes as a fresh TSLexeme array (variants when there are two). */
static TSLexeme *
lexemes_out(int n, const pt_lexeme_ref *lex)
{
	TSLexeme   *res = (TSLexeme *) palloc0(sizeof(TSLexeme) * (n + 1));

	for (int i = 0; i < n; i++)
	{
		res[i].nvariant = n > 1 ? i + 1 : 0;
		res[i].lexeme = lexeme_dup(lex[i].s, lex[i].len);
	}
	return res;
}

/*
 * Lexize: (dict, token, length, state) -> TSLexeme array; an empty array
 * for a stop word or a token with no lexeme.  Results of short tokens are
 * remembered in the dictionary's cache.
 */
Datum
pt_stem_lexize(PG_FUNCTION_ARGS)
{
	StemDict   *d = (StemDict *) PG_GETARG_POINTER(0);
	const unsigned char *raw = (const unsigned char *) PG_GETARG_POINTER(1);
	int32		rawlen = PG_GETARG_INT32(2);
	size_t		len = rawlen > 0 ? (size_t) rawlen : 0;
	pt_lexeme_ref lex[2];
	unsigned char small[PT_STEM_WORK(SMALL_TOKEN)];
	unsigned char *work;
	int			n;
	TSLexeme   *res;

	if (d->cache && (n = pt_stemcache_get(d->cache, raw, len, lex)) >= 0)
		PG_RETURN_POINTER(lexemes_out(n, lex));
	work = len <= SMALL_TOKEN ? small : palloc(PT_STEM_WORK(len));
	n = pt_stem_token(&d->opts, raw, len, work, lex);
	res = lexemes_out(n, lex);
	if (d->cache)
		pt_stemcache_put(d->cache, raw, len, n, lex);
	if (work != small)
		pfree(work);
	PG_RETURN_POINTER(res);
}

/* Fold the token (into the stack buffer when small); returns its length. */
static size_t
fold_token(const unsigned char *raw, size_t len, unsigned char *small,
		   unsigned char **out)
{
	*out = (len <= SMALL_TOKEN) ? small : palloc(PT_FOLD_BOUND(len));
	return pt_fold_all(PT_FOLD_SEARCH, raw, len, *out);
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
