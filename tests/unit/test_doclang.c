/*
 * test_doclang.c
 *		Unit tests of the context pass (doclang.h): the language of each
 *		Arabic-script word from its letters, sentence, paragraph and
 *		document; the Arabic-yeh verbal prefix joined in Persian text;
 *		invisible marks; HTML paragraph breaks; the function-word table;
 *		allocation failure; and the stemming of one token and its cache
 *		(stemword.h, stemcache.h).  All sentences are written for these
 *		tests.
 */
#include <stdlib.h>

#include "doclang.h"
#include "stemcache.h"
#include "stemword.h"
#include "unit.h"
#include "unit_alloc.h"
#include "wordlang.h"

static const pt_allocator alloc = UNIT_ALLOC;

/* fails after a number of allocations */
static int	fail_after;

static void *
t_alloc_failing(void *ctx, size_t size)
{
	(void) ctx;
	if (fail_after-- <= 0)
		return NULL;
	return malloc(size);
}

/*
 * The Arabic-script tokens of s at a level as "a[text] f[text] u[text]"
 * (a: arword, f: faword, u: undecided).
 */
static size_t
routes(const char *s, pt_ctx_level level, char *out, size_t cap)
{
	pt_doc		d;
	size_t		o = 0;

	if (pt_doc_analyze(&d, (const unsigned char *) s, strlen(s), level, &alloc) != PT_DOC_OK)
		return 0;
	for (size_t i = 0; i < d.ntok; i++)
	{
		const pt_doctok *t = &d.tok[i];
		char		c = t->type == PT_TOK_ARWORD ? 'a' : t->type == PT_TOK_FAWORD ? 'f' :
			t->type == PT_TOK_ARABICWORD ? 'u' : 0;

		if (!c || o + t->len + 5 >= cap)
			continue;
		if (o)
			out[o++] = ' ';
		out[o++] = c;
		out[o++] = '[';
		memcpy(out + o, s + t->start, t->len);
		o += t->len;
		out[o++] = ']';
	}
	out[o] = '\0';
	pt_doc_free(&d, &alloc);
	return o;
}

#define ROUTES(in, level, want, desc) \
	do { char _o[8192]; size_t _n = routes(in, level, _o, sizeof(_o)); \
		 CHECK_STR(_o, _n, want, "routes: %s", desc); } while (0)

static void
test_context(void)
{
	ROUTES("دولت برای توسعه سازمان‌ها برنامه دارد.", PT_CTX_AUTO,
		   "f[دولت] f[برای] f[توسعه] f[سازمان‌ها] f[برنامه] f[دارد]",
		   "a Persian sentence: shared-letter words are Persian");
	ROUTES("قال الوزير إن الحكومة تدعم برنامج التنمية في المدن.", PT_CTX_AUTO,
		   "a[قال] a[الوزير] a[إن] a[الحكومة] a[تدعم] a[برنامج] a[التنمية] a[في] a[المدن]",
		   "an Arabic sentence: shared-letter words are Arabic");
	ROUTES("برنامج توسعه در استان اجرا شد.\nبرنامج التنمية في المحافظة.", PT_CTX_AUTO,
		   "f[برنامج] f[توسعه] f[در] f[استان] f[اجرا] f[شد] a[برنامج] a[التنمية] a[في] a[المحافظة]",
		   "a mixed article: each paragraph its own language");
	ROUTES("سازمان", PT_CTX_AUTO, "u[سازمان]", "one shared-letter word: undecided");
	ROUTES("یارانه", PT_CTX_AUTO, "u[یارانه]", "one word with the weak Persian yeh: undecided");
	ROUTES("گزارش", PT_CTX_AUTO, "f[گزارش]", "one word with a Persian letter: Persian");
	ROUTES("الحماية", PT_CTX_AUTO, "a[الحماية]", "one word with teh marbuta: Arabic");
	ROUTES("سازمان ملل", PT_CTX_AUTO, "u[سازمان] u[ملل]", "a two-word query without signs: undecided");
	ROUTES("گزارش سازمان", PT_CTX_AUTO, "f[گزارش] f[سازمان]",
		   "a Persian letter in a two-word query decides the other word");
	ROUTES("في المدينة گزارش", PT_CTX_AUTO, "a[في] a[المدينة] f[گزارش]",
		   "a word's own Persian letter wins over an Arabic sentence");
	ROUTES("در این شهر الحماية است", PT_CTX_AUTO, "f[در] f[این] f[شهر] a[الحماية] f[است]",
		   "a word's own teh marbuta wins over a Persian sentence");
	ROUTES("قال الوزير إن وزیر الصحة یدعم الاجتماعی", PT_CTX_AUTO,
		   "a[قال] a[الوزير] a[إن] a[وزیر] a[الصحة] a[یدعم] a[الاجتماعی]",
		   "Persian yeh typed into Arabic words: still Arabic");
	ROUTES("او بالاتر از همه ایستاد و الهام گرفت.", PT_CTX_AUTO,
		   "f[او] f[بالاتر] f[از] f[همه] f[ایستاد] f[و] f[الهام] f[گرفت]",
		   "Persian words shaped like the article follow a Persian sentence");
	ROUTES("او برای کمک التماس کرد و الزام داشت.", PT_CTX_AUTO,
		   "f[او] f[برای] f[کمک] f[التماس] f[کرد] f[و] f[الزام] f[داشت]",
		   "a bare article word follows a Persian sentence (a Persian word of Arabic origin)");
	ROUTES("قال الوزير في المؤتمر", PT_CTX_AUTO, "a[قال] a[الوزير] a[في] a[المؤتمر]",
		   "article words in an Arabic sentence stay Arabic");
	ROUTES("التعليمات", PT_CTX_AUTO, "u[التعليمات]",
		   "one bare article word: undecided (both stems), it may be Persian");
	ROUTES("سازمان الاجتماعية", PT_CTX_AUTO, "a[سازمان] a[الاجتماعية]",
		   "teh marbuta with the article still decides a query");
}

static void
test_levels(void)
{
	const char *doc = "برنامج توسعه در استان اجرا شد. سازمان\nفي المدينة برنامج التنمية.";

	ROUTES(doc, PT_CTX_SENTENCE, "f[برنامج] f[توسعه] f[در] f[استان] f[اجرا] f[شد] u[سازمان] a[في] a[المدينة] a[برنامج] a[التنمية]",
		   "sentence level: a sentence without signs is undecided");
	ROUTES(doc, PT_CTX_AUTO, "f[برنامج] f[توسعه] f[در] f[استان] f[اجرا] f[شد] f[سازمان] a[في] a[المدينة] a[برنامج] a[التنمية]",
		   "auto: the paragraph decides an undecided sentence");
	ROUTES(doc, PT_CTX_NONE, "u[برنامج] u[توسعه] u[در] u[استان] u[اجرا] u[شد] u[سازمان] u[في] a[المدينة] u[برنامج] a[التنمية]",
		   "no context: letters only");
	ROUTES("<p>برنامج توسعه در استان اجرا شد</p><p>برنامج التنمية في المحافظة</p>", PT_CTX_AUTO,
		   "f[برنامج] f[توسعه] f[در] f[استان] f[اجرا] f[شد] a[برنامج] a[التنمية] a[في] a[المحافظة]",
		   "block tags end paragraphs and sentences");
}

static void
test_keyboard(void)
{
	ROUTES("او هر روز در خانه غذا مي خورد و كتاب مي خواند.", PT_CTX_AUTO,
		   "f[او] f[هر] f[روز] f[در] f[خانه] f[غذا] f[مي خورد] f[و] f[كتاب] f[مي خواند]",
		   "Arabic-keyboard Persian: مي with Arabic yeh joins its verb");
	ROUTES("می خورد", PT_CTX_AUTO, "f[می خورد]", "the Persian-yeh spelling is joined by the tokenizer");
	ROUTES("مي خورد", PT_CTX_AUTO, "f[مي خورد]", "a Persian function word decides a two-word query");
	ROUTES("قالت مي إنها في المدينة", PT_CTX_AUTO, "a[قالت] a[مي] a[إنها] a[في] a[المدينة]",
		   "in Arabic text مي is a name and stays alone");
	ROUTES("در خانه مي  خورد", PT_CTX_AUTO, "f[در] f[خانه] f[مي] f[خورد]",
		   "two spaces: not joined");
	ROUTES("در خانه مي ها", PT_CTX_AUTO, "f[در] f[خانه] f[مي ها]",
		   "the suffix joining of the tokenizer comes first");
}

static void
test_invisible(void)
{
	ROUTES("ا\u200Fلحماية", PT_CTX_AUTO, "a[ا\u200Fلحماية]", "an RLM after the first letter keeps the word Arabic");
	ROUTES("در شهر ا\u200Fلاجتماعية است", PT_CTX_AUTO,
		   "f[در] f[شهر] a[ا\u200Fلاجتماعية] f[است]", "RLM inside an Arabic word in Persian text");
	ROUTES("گ\u200Dزارش", PT_CTX_AUTO, "f[گ\u200Dزارش]", "ZWJ inside a Persian word");
	ROUTES("ال\u200Eتعليمات", PT_CTX_AUTO, "u[ال\u200Eتعليمات]", "LRM after the article: alone, undecided");
	ROUTES("قال ال\u200Eتعليمات", PT_CTX_AUTO, "a[قال] a[ال\u200Eتعليمات]",
		   "LRM after the article: the article still counts in an Arabic sentence");
	CHECK(pt_word_lang((const unsigned char *) "ا\u200Fلاقتصاد", strlen("ا\u200Fلاقتصاد")) == PT_LANG_AR,
		  "pt_word_lang: the article behind an RLM");
}

static void
test_function_words(void)
{
	const char *prev = NULL,
			   *w;
	pt_lang_t	l;
	int			sorted = 1,
				n = 0,
				found = 1;

	for (size_t i = 0; (w = pt_ctx_function_word(i, &l)) != NULL; i++)
	{
		int			ar = 0,
					fa = 0;

		if (prev && (strlen(prev) > strlen(w) ||
					 (strlen(prev) == strlen(w) && strcmp(prev, w) >= 0)))
			sorted = 0;
		prev = w;
		n++;
		pt_ctx_score_word((const unsigned char *) w, strlen(w), &ar, &fa);
		if ((l == PT_LANG_FA ? fa : ar) < 6)
			found = 0;
	}
	CHECK(n > 40 && sorted, "function words are sorted (length, bytes) and unique (%d)", n);
	CHECK(found, "every function word scores 6 for its language");
	CHECK(pt_ctx_decide(0, 0) == PT_LANG_NONE && pt_ctx_decide(0, PT_CTX_MARGIN) == PT_LANG_FA &&
		  pt_ctx_decide(PT_CTX_MARGIN, 0) == PT_LANG_AR && pt_ctx_decide(5, 4) == PT_LANG_NONE,
		  "a segment decides with a lead of PT_CTX_MARGIN");
}

static void
test_memory(void)
{
	pt_allocator failing = {t_alloc_failing, t_free, NULL};
	pt_doc		d;
	char		buf[4096];
	size_t		n = 0;
	int			rc = PT_DOC_NOMEM,
				k;

	while (n + 40 < sizeof(buf))
	{
		memcpy(buf + n, "سازمان در شهر. ", strlen("سازمان در شهر. "));
		n += strlen("سازمان در شهر. ");
	}
	for (k = 0; k < 50 && rc == PT_DOC_NOMEM; k++)
	{
		fail_after = k;
		rc = pt_doc_analyze(&d, (const unsigned char *) buf, n, PT_CTX_AUTO, &failing);
	}
	CHECK(rc == PT_DOC_OK && k > 1, "allocation failures are reported (%d failed), then it works", k - 1);
	pt_doc_free(&d, &failing);
	CHECK(pt_doc_analyze(&d, NULL, 0, PT_CTX_AUTO, &alloc) == PT_DOC_OK && d.ntok == 0,
		  "empty text: no tokens");
	pt_doc_free(&d, &alloc);
}

/* lexemes of a token as "x|y" */
static size_t
stems(pt_stem_mode mode, const char *w, char *out)
{
	pt_stem_opts o = {mode, pt_stop_builtin, NULL, 2047};
	unsigned char work[PT_STEM_WORK(256)];
	pt_lexeme_ref lex[2];
	int			n = pt_stem_token(&o, (const unsigned char *) w, strlen(w), work, lex);
	size_t		p = 0;

	for (int i = 0; i < n; i++)
	{
		if (i)
			out[p++] = '|';
		memcpy(out + p, lex[i].s, lex[i].len);
		p += lex[i].len;
	}
	out[p] = '\0';
	return p;
}

#define STEMS(mode, w, want, desc) \
	do { char _o[1024]; size_t _n = stems(mode, w, _o); \
		 CHECK_STR(_o, _n, want, "stems: %s", desc); } while (0)

static void
test_stemword(void)
{
	char		a[1024],
				b[1024];

	STEMS(PT_STEMMODE_PERSIAN, "دولت‌ها", "دولت", "Persian plural");
	STEMS(PT_STEMMODE_AUTO, "الحماية", "حماي", "auto: a strong Arabic sign, one stem");
	STEMS(PT_STEMMODE_AUTO, "دولتها", "دول|دولت", "auto: undecided, both stems");
	STEMS(PT_STEMMODE_AUTO, "التماس", "تماس|التماس",
		  "auto: a bare article word alone gets both stems (Arabic and Persian)");
	STEMS(PT_STEMMODE_PERSIAN, "در", "", "a Persian stop word");
	STEMS(PT_STEMMODE_PERSIAN, "ها", "", "a bound morpheme alone has no lexeme");
	STEMS(PT_STEMMODE_ARABIC, "", "", "empty token");
	stems(PT_STEMMODE_PERSIAN, "مي خورد", a);
	stems(PT_STEMMODE_PERSIAN, "می\u200Cخورد", b);
	CHECK(strcmp(a, b) == 0 && a[0], "مي خورد and می‌خورد give one lexeme (%s)", a);
	stems(PT_STEMMODE_PERSIAN, "كتابهاي", a);
	stems(PT_STEMMODE_PERSIAN, "کتابهای", b);
	CHECK(strcmp(a, b) == 0, "ي/ك spellings stem like ی/ک ones (%s)", a);
	stems(PT_STEMMODE_ARABIC, "المستشفیات", a);
	stems(PT_STEMMODE_ARABIC, "المستشفيات", b);
	CHECK(strcmp(a, b) == 0, "Persian ی in an Arabic word changes nothing (%s)", a);
	stems(PT_STEMMODE_ARABIC, "ا\u200Fلحماية", a);
	stems(PT_STEMMODE_ARABIC, "الحماية", b);
	CHECK(strcmp(a, b) == 0, "an RLM changes no stem (%s)", a);
}

static void
test_cache(void)
{
	pt_stemcache *c = pt_stemcache_new(4, &alloc);
	pt_lexeme_ref in[2] = {{(const unsigned char *) "ab", 2}, {(const unsigned char *) "cde", 3}},
				out[2];
	int			n,
				ok = 1;
	char		key[16];

	CHECK(c != NULL, "a cache is made");
	CHECK(pt_stemcache_get(c, (const unsigned char *) "x", 1, out) == -1, "miss on an empty cache");
	pt_stemcache_put(c, (const unsigned char *) "x", 1, 2, in);
	n = pt_stemcache_get(c, (const unsigned char *) "x", 1, out);
	CHECK(n == 2 && out[0].len == 2 && memcmp(out[0].s, "ab", 2) == 0 &&
		  out[1].len == 3 && memcmp(out[1].s, "cde", 3) == 0, "a hit gives the lexemes back");
	pt_stemcache_put(c, (const unsigned char *) "y", 1, 0, in);
	CHECK(pt_stemcache_get(c, (const unsigned char *) "y", 1, out) == 0, "a token without lexemes is cached");
	for (int i = 0; i < 1000; i++)
	{
		snprintf(key, sizeof(key), "k%d", i);
		pt_stemcache_put(c, (const unsigned char *) key, strlen(key), 1, in);
		n = pt_stemcache_get(c, (const unsigned char *) key, strlen(key), out);
		if (n != 1 || out[0].len != 2)
			ok = 0;
	}
	CHECK(ok, "the last token put is always found");
	{
		pt_lexeme_ref big = {(const unsigned char *) "0123456789012345678901234567890123456789012345", 46};

		pt_stemcache_put(c, (const unsigned char *) "z", 1, 1, &big);
		CHECK(pt_stemcache_get(c, (const unsigned char *) "z", 1, out) == -1, "lexemes too long are not cached");
	}
	CHECK(pt_stemcache_get(c, (const unsigned char *) "0123456789012345678901234567890123456789x", 41, out) == -1,
		  "keys too long are never cached");
	pt_stemcache_free(c, &alloc);
}

int
main(void)
{
	test_context();
	test_levels();
	test_keyboard();
	test_invisible();
	test_function_words();
	test_memory();
	test_stemword();
	test_cache();
	return unit_done();
}
