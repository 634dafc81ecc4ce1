/*
 * dict.c
 *		Text-search dictionary templates of policytext.
 *
 * pt_stem: folds a token (pt_fold_all, the folding of pt_normalize), drops
 *   stop words and stand-alone Persian bound morphemes, and stems it with
 *   the Arabic or the Persian stemmer.  Options:
 *     Language  = arabic | persian | auto (default auto).  auto decides per
 *                 word from its letters (pt_word_lang; a token the parser
 *                 joined across a space is Persian; Arabic yeh or kaf alone
 *                 do not make a word Arabic, see token_lang); a word made
 *                 only of letters both languages share gets both stems, as two
 *                 variants at one position (one lexeme when they agree), and
 *                 is a stop word when either list has it.
 *     StopWords = true | false (default true).
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
#include "tsearch/ts_public.h"
#include "tsearch/ts_type.h"

#include "chartab.h"
#include "normalize.h"
#include "policytext.h"
#include "stem_ar.h"
#include "stem_util.h"
#include "stem_fa.h"
#include "stopwords.h"
#include "tokenize.h"
#include "utf8.h"
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

/*
 * Lexize results of recent tokens, a two-way set-associative table indexed
 * by a hash of the token's bytes: a hit skips folding, the language
 * decision, the stop-word lookup and stemming.  A new result replaces the
 * less recently used of the two slots of its set.  Tokens of up to
 * CACHE_KEY_MAX bytes whose lexemes fit in CACHE_LEXEMES_MAX bytes are
 * cached; the table is made once per dictionary and backend, in the
 * dictionary's memory context.
 */
#define CACHE_KEY_MAX		40
#define CACHE_LEXEMES_MAX	42
#define CACHE_DEFAULT_SLOTS	16384
#define CACHE_MAX_SLOTS		(1 << 20)

typedef struct
{
	uint8		nlexemes;		/* 0, 1 or 2 */
	uint8		lexlen[2];		/* byte length of each lexeme */
	unsigned char key[CACHE_KEY_MAX];
	char		lexemes[CACHE_LEXEMES_MAX]; /* NUL-terminated, one after another */
} CacheSlot;

/* what a look-up reads first, for the two slots of a set, kept together */
typedef struct
{
	uint32		hash[2];
	uint8		keylen[2];		/* 0: empty slot */
	bool		recent;			/* the first slot was used last */
} CacheTag;

typedef struct
{
	stem_language language;
	bool		stopwords;
	CacheTag   *tags;			/* one a set; NULL when CacheSize = 0 */
	CacheSlot  *cache;			/* two a set */
	uint32		cache_mask;		/* number of sets - 1 */
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
				stopwords_seen = false,
				cachesize_seen = false;
	int			slots = CACHE_DEFAULT_SLOTS;
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
		else if (pg_strcasecmp(defel->defname, "cachesize") == 0)
		{
			if (cachesize_seen)
				duplicate_option(defel);
			cachesize_seen = true;
			slots = defGetInt32(defel);
			if (slots < 0 || slots > CACHE_MAX_SLOTS)
				ereport(ERROR,
						(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
						 errmsg("parameter \"cachesize\" must be between 0 and %d", CACHE_MAX_SLOTS)));
		}
		else
			unknown_option(defel, "Language, StopWords and CacheSize");
	}

	/* the cache: slots rounded up to a power of two, at least one set */
	d->tags = NULL;
	d->cache = NULL;
	d->cache_mask = 0;
	if (slots > 0)
	{
		uint32		n = 2;

		while (n < (uint32) slots)
			n <<= 1;
		d->tags = (CacheTag *) palloc0(sizeof(CacheTag) * (n / 2));
		d->cache = (CacheSlot *) palloc0(sizeof(CacheSlot) * n);
		d->cache_mask = n / 2 - 1;
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

/*
 * Does the raw word carry a sign only Arabic writes: teh marbuta, alef
 * maksura, hamza-under alef, tanween, or an opening article (ال after an
 * optional و ف ب ك, or لل)?  Arabic yeh and kaf alone are no such sign: an
 * Arabic keyboard types them for Persian words too.
 */
static bool
has_arabic_sign(const unsigned char *w, size_t len)
{
	uint32_t	first[4];
	int			nfirst = 0,
				a;
	size_t		i = 0;

	while (i < len)
	{
		int			n;
		uint32_t	cp = pt_utf8_decode(w + i, len - i, &n);
		pt_cclass_t c = pt_cclass(cp);

		i += n;
		if (cp == 0x0629 || cp == 0x0649 || cp == 0x0625 ||
			(cp >= 0x064B && cp <= 0x064D))
			return true;
		if (c == PT_CC_ALETTER && nfirst < 4)
			first[nfirst++] = cp;
	}
	if (nfirst < 4)
		return false;
	a = (first[0] == 0x0648 || first[0] == 0x0641 || first[0] == 0x0628 ||
		 first[0] == 0x0643) ? 1 : 0;
	return (first[a] == 0x0627 && first[a + 1] == 0x0644) ||
		(first[0] == 0x0644 && first[1] == 0x0644);
}

/*
 * Language of a token for Language = auto: pt_word_lang, with two
 * additions.  A token holding a space was joined by the parser's Persian
 * rule (tokenize.h), so it is Persian, as its ZWNJ spelling is.  A word
 * that pt_word_lang calls Arabic only for its Arabic yeh or kaf (no
 * has_arabic_sign) is undecided, so that it gets both stems: a Persian word
 * typed on an Arabic keyboard (يارانه) then meets its Persian spelling
 * (یارانه) whichever way document and query are written.  Presentation
 * forms are turned into letters first (PT_FOLD_CLEAN), so that ﺍﻟﺤﻤﺎﻳﺔ is
 * decided like الحماية.
 */
static pt_lang_t
token_lang(const unsigned char *raw, size_t len)
{
	unsigned char small[PT_FOLD_BOUND(SMALL_TOKEN)];
	const unsigned char *w = raw;
	bool		presentation = false;
	pt_lang_t	lang;

	for (size_t i = 0; i < len; i++)
	{
		unsigned char c = raw[i];

		if (c == ' ' ||
			(c == 0xC2 && i + 1 < len && raw[i + 1] == 0xA0) ||
			(c == 0xE2 && i + 2 < len && raw[i + 1] == 0x80 && raw[i + 2] == 0xAF))
			return PT_LANG_FA;
		if (c == 0xEF)
			presentation = true;
	}
	if (presentation)
	{
		unsigned char *clean = (len <= SMALL_TOKEN) ? small : palloc(PT_FOLD_BOUND(len));

		len = pt_fold_all(PT_FOLD_CLEAN, raw, len, clean);
		w = clean;
	}
	lang = pt_word_lang(w, len);
	if (lang == PT_LANG_AR && !has_arabic_sign(w, len))
		lang = PT_LANG_NONE;
	return lang;
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
 * Lexemes of one token into res (room for two and the terminator); leaves
 * res empty for a stop word or a token with no lexeme.
 */
static void
stem_token(StemDict *d, const unsigned char *raw, size_t len, TSLexeme *res)
{
	unsigned char small[PT_FOLD_BOUND(SMALL_TOKEN)];
	unsigned char *w;
	size_t		wlen = fold_token(raw, len, small, &w);
	pt_lang_t	lang;

	if (wlen == 0 || wlen >= MAXSTRLEN)
		return;
	if (d->language != STEM_ARABIC && pt_tok_morpheme(raw, len) != PT_MORPH_NONE)
		return;
	if (wlen > PT_STEM_MAX_INPUT)
	{
		res[0].lexeme = lexeme_dup(w, wlen);
		return;
	}

	if (d->language == STEM_ARABIC)
		lang = PT_LANG_AR;
	else if (d->language == STEM_PERSIAN)
		lang = PT_LANG_FA;
	else
		lang = token_lang(raw, len);
	if (lang != PT_LANG_AR && lang != PT_LANG_FA)
		lang = PT_LANG_NONE;

	if (d->stopwords)
	{
		bool		stop;

		if (lang == PT_LANG_AR)
			stop = pt_stopword_ar(w, wlen);
		else if (lang == PT_LANG_FA)
			stop = pt_stopword_fa(w, wlen);
		else
			stop = pt_stopword_ar(w, wlen) || pt_stopword_fa(w, wlen);
		if (stop)
			return;
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
}

/* The cache set of a token, or -1 when it is not cached. */
static inline int64
cache_set(StemDict *d, const unsigned char *raw, size_t len, uint32 *hash)
{
	if (d->cache == NULL || len == 0 || len > CACHE_KEY_MAX)
		return -1;
	*hash = pt_word_hash(raw, len);
	return *hash & d->cache_mask;
}

/* Does slot "way" of set "set" hold the token? */
static inline bool
cache_holds(const StemDict *d, uint32 set, int way, uint32 hash,
			const unsigned char *raw, size_t len)
{
	const CacheTag *t = &d->tags[set];

	return t->hash[way] == hash && t->keylen[way] == len &&
		memcmp(d->cache[2 * set + way].key, raw, len) == 0;
}

/* A cached result as a fresh TSLexeme array (lexemes palloc'd apart). */
static TSLexeme *
cache_get(const CacheSlot *c)
{
	TSLexeme   *res = (TSLexeme *) palloc0(sizeof(TSLexeme) * (c->nlexemes + 1));
	const char *l = c->lexemes;

	for (int i = 0; i < c->nlexemes; i++)
	{
		size_t		n = c->lexlen[i] + 1;
		char	   *x = palloc(n);

		memcpy(x, l, n);
		res[i].nvariant = c->nlexemes > 1 ? i + 1 : 0;
		res[i].lexeme = x;
		l += n;
	}
	return res;
}

/* Remember the result of a token in a slot, when its lexemes fit. */
static void
cache_put(StemDict *d, uint32 set, int way, uint32 hash,
		  const unsigned char *raw, size_t len, const TSLexeme *res)
{
	CacheSlot  *c = &d->cache[2 * set + way];
	CacheTag   *t = &d->tags[set];
	size_t		total = 0,
				l[2];
	int			n = 0;

	for (; res[n].lexeme; n++)
	{
		if (n == 2)
		{
			t->keylen[way] = 0; /* cannot happen: at most two lexemes */
			return;
		}
		l[n] = strlen(res[n].lexeme);
		total += l[n] + 1;
	}
	if (total > CACHE_LEXEMES_MAX)
	{
		t->keylen[way] = 0;		/* the slot no longer holds its old token */
		return;
	}
	total = 0;
	for (int i = 0; i < n; i++)
	{
		memcpy(c->lexemes + total, res[i].lexeme, l[i] + 1);
		c->lexlen[i] = (uint8) l[i];
		total += l[i] + 1;
	}
	t->hash[way] = hash;
	t->keylen[way] = (uint8) len;
	c->nlexemes = (uint8) n;
	memcpy(c->key, raw, len);
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
	TSLexeme   *res;
	uint32		hash = 0;
	int64		set = cache_set(d, raw, len, &hash);

	if (set >= 0)
	{
		for (int way = 0; way < 2; way++)
		{
			if (cache_holds(d, (uint32) set, way, hash, raw, len))
			{
				d->tags[set].recent = (way == 0);
				PG_RETURN_POINTER(cache_get(&d->cache[2 * set + way]));
			}
		}
	}
	res = (TSLexeme *) palloc0(sizeof(TSLexeme) * 3);
	stem_token(d, raw, len, res);
	if (set >= 0)
	{
		/* replace the slot used less recently */
		int			way = d->tags[set].recent ? 1 : 0;

		cache_put(d, (uint32) set, way, hash, raw, len, res);
		d->tags[set].recent = (way == 0);
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
