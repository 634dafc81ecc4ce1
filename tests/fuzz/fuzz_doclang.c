/*
 * fuzz_doclang.c
 *		libFuzzer target: pt_doc_analyze, the context pass of the parser,
 *		at every context level, and pt_stem_token with the cache on its
 *		Arabic-script tokens.
 *
 * Properties: the analysis succeeds; the tokens other than URL cover the
 * input in order, byte for byte, each non-empty and within
 * PT_TOK_MAX_BYTES; a URL token is followed by its HOST; Arabic-script
 * tokens (arword, faword, arabicword) start with an Arabic-script letter,
 * and the tokenizer alone never returns arword or faword; a word with a
 * strong letter sign of its own (wordlang.h), or joined across a space,
 * gets its own language at every level, one with the article is Arabic
 * but where its context is Persian or undecided; at PT_CTX_NONE every word gets exactly
 * pt_ctx_route(word, NONE); the same input gives the same tokens twice.
 * pt_stem_token gives at most two lexemes, none longer than the folded
 * token, and the cache gives back what was put.
 */
#include "chartab.h"
#include "doclang.h"
#include "fuzz.h"
#include "stemcache.h"
#include "stemword.h"
#include "wordlang.h"

static void *
f_alloc(void *ctx, size_t size)
{
	(void) ctx;
	return malloc(size);
}

static void
f_free(void *ctx, void *p)
{
	(void) ctx;
	free(p);
}

static const pt_allocator alloc = {f_alloc, f_free, NULL};

static int
arabic_type(int t)
{
	return t == PT_TOK_ARWORD || t == PT_TOK_FAWORD || t == PT_TOK_ARABICWORD;
}

static void
check_stems(pt_stemcache *c, const unsigned char *w, size_t len, pt_stem_mode mode)
{
	pt_stem_opts o = {mode, pt_stop_builtin, NULL, 2047};
	unsigned char *work = malloc(PT_STEM_WORK(len));
	pt_lexeme_ref lex[2],
				got[2];
	int			n = pt_stem_token(&o, w, len, work, lex),
				m;

	FUZZ_ASSERT(n >= 0 && n <= 2, "at most two lexemes");
	for (int i = 0; i < n; i++)
		FUZZ_ASSERT(lex[i].len <= PT_FOLD_BOUND(len), "a lexeme within the work space");
	pt_stemcache_put(c, w, len, n, lex);
	m = pt_stemcache_get(c, w, len, got);
	if (m >= 0)
	{
		FUZZ_ASSERT(m == n, "the cache gives back as many lexemes");
		for (int i = 0; i < n; i++)
			FUZZ_ASSERT(got[i].len == lex[i].len && memcmp(got[i].s, lex[i].s, lex[i].len) == 0,
						"the cache gives back the lexemes");
	}
	else
		FUZZ_ASSERT(len > PT_CACHE_KEY_MAX || len == 0 || n > 0, "only long keys or lexemes are not cached");
	free(work);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	unsigned char *s = fuzz_dup(data, size);
	static pt_stemcache *cache[3];	/* one a dictionary (mode) */
	pt_doc		first;

	for (int m = 0; m < 3; m++)
		if (!cache[m])
			cache[m] = pt_stemcache_new(64, &alloc);
	for (int level = PT_CTX_AUTO; level <= PT_CTX_NONE; level++)
	{
		pt_doc		d;
		size_t		expect = 0;
		int			url = 0;

		FUZZ_ASSERT(pt_doc_analyze(&d, s, size, (pt_ctx_level) level, &alloc) == PT_DOC_OK,
					"the analysis succeeds");
		for (size_t i = 0; i < d.ntok; i++)
		{
			const pt_doctok *t = &d.tok[i];
			const unsigned char *w = s + t->start;

			FUZZ_ASSERT(t->start == expect, "tokens are contiguous, in order");
			FUZZ_ASSERT(t->len > 0 && t->len <= PT_TOK_MAX_BYTES && t->start + t->len <= size,
						"a token is non-empty, in bounds and within PT_TOK_MAX_BYTES");
			if (t->type == PT_TOK_URL)
			{
				url = 1;
				continue;
			}
			if (url)
				FUZZ_ASSERT(t->type == PT_TOK_HOST, "a URL is followed by its host");
			url = 0;
			expect = t->start + t->len;
			if (arabic_type(t->type))
			{
				int			n,
							strong;
				pt_lang_t	own = pt_word_lang_strength(w, t->len, &strong);

				FUZZ_ASSERT(pt_cclass(pt_utf8_decode(w, t->len, &n)) == PT_CC_ALETTER,
							"an Arabic-script token starts with an Arabic-script letter");
				if (pt_token_joined(w, t->len))
					FUZZ_ASSERT(t->type == PT_TOK_FAWORD, "a joined token is Persian");
				else if (strong == PT_STRONG_LETTER)
					FUZZ_ASSERT(t->type == (own == PT_LANG_AR ? PT_TOK_ARWORD : PT_TOK_FAWORD),
								"a strong sign of its own decides a word");
				else if (strong)
					FUZZ_ASSERT(t->type == PT_TOK_ARWORD ||
								t->type == pt_ctx_route(w, t->len, PT_LANG_FA) ||
								t->type == pt_ctx_route(w, t->len, PT_LANG_NONE),
								"an article word is Arabic, but in a Persian or undecided context");
				if (level == PT_CTX_NONE)
					FUZZ_ASSERT(t->type == pt_ctx_route(w, t->len, PT_LANG_NONE),
								"without context, the word's letters alone");
				if (level == PT_CTX_AUTO)
				{
					pt_stem_mode mode = t->type == PT_TOK_ARWORD ? PT_STEMMODE_ARABIC :
						t->type == PT_TOK_FAWORD ? PT_STEMMODE_PERSIAN : PT_STEMMODE_AUTO;

					check_stems(cache[mode], w, t->len, mode);
				}
			}
		}
		FUZZ_ASSERT(expect == size && !url, "the tokens cover the whole input");
		if (level == PT_CTX_AUTO)
			first = d;
		else
			pt_doc_free(&d, &alloc);
	}
	{
		pt_doc		again;

		FUZZ_ASSERT(pt_doc_analyze(&again, s, size, PT_CTX_AUTO, &alloc) == PT_DOC_OK, "again");
		FUZZ_ASSERT(again.ntok == first.ntok &&
					(first.ntok == 0 || memcmp(again.tok, first.tok, first.ntok * sizeof(pt_doctok)) == 0),
					"the same input gives the same tokens");
		pt_doc_free(&again, &alloc);
	}
	pt_doc_free(&first, &alloc);
	free(s);
	return 0;
}
