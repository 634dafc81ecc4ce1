/*
 * test_matcher.c
 *		Unit tests of the organization matcher: building, leftmost-longest
 *		search, the spelling traps, code lookup, index keys, random bytes.
 */
#include <stdlib.h>

#include "matcher.h"
#include "unit.h"

static void *
t_alloc(void *ctx, size_t size)
{
	(void) ctx;
	return malloc(size);
}

static void
t_free(void *ctx, void *p)
{
	(void) ctx;
	free(p);
}

/* a small deterministic generator (rand_r is not C99) */
static unsigned int
next_rand(unsigned int *seed)
{
	*seed = *seed * 1103515245u + 12345u;
	return (*seed >> 16) & 0x7FFF;
}

static const pt_allocator alloc = {t_alloc, t_free, NULL};

/* collects the codes found, as "CODE[start,end) CODE..." */
typedef struct found
{
	const pt_matcher *m;
	char		buf[4096];
	size_t		len;
	int			n;
} found;

static void
collect(void *arg, int code, size_t start, size_t end)
{
	found	   *f = arg;
	size_t		cl;
	const char *c = pt_matcher_code(f->m, code, &cl);
	int			w;

	w = snprintf(f->buf + f->len, sizeof(f->buf) - f->len, "%s%.*s",
				 f->n ? " " : "", (int) cl, c);
	if (w > 0 && (size_t) w < sizeof(f->buf) - f->len)
		f->len += (size_t) w;
	f->n++;
	(void) start;
	(void) end;
}

/* the codes found in s, space-separated, in text order */
static const char *
codes_in(const pt_matcher *m, const char *s)
{
	static found f;

	f.m = m;
	f.len = 0;
	f.n = 0;
	f.buf[0] = '\0';
	pt_matcher_search(m, (const unsigned char *) s, strlen(s), collect, &f);
	return f.buf;
}

static const char *
lookup(const pt_matcher *m, const char *s)
{
	static char buf[64];
	size_t		cl;
	int			c = pt_matcher_lookup(m, (const unsigned char *) s, strlen(s));
	const char *code = pt_matcher_code(m, c, &cl);

	if (!code)
		return "-";
	snprintf(buf, sizeof(buf), "%.*s", (int) cl, code);
	return buf;
}

static void
add(pt_matcher *m, const char *code, const char *name, int flags)
{
	int			rc = pt_matcher_add(m, code, strlen(code),
									(const unsigned char *) name, strlen(name), flags);

	CHECK(rc == PT_MATCHER_OK, "add %s: %s", code, name);
}

#define EXPECT(m, text, want) \
	do { const char *_g = codes_in(m, text); \
		CHECK(strcmp(_g, want) == 0, "%s -> [%s]", text, want); \
		if (strcmp(_g, want) != 0) printf("#   got [%s]\n", _g); } while (0)

#define EXPECT_LOOKUP(m, text, want) \
	do { const char *_g = lookup(m, text); \
		CHECK(strcmp(_g, want) == 0, "lookup %s -> %s", text, want); \
		if (strcmp(_g, want) != 0) printf("#   got %s\n", _g); } while (0)

static pt_matcher *
small_registry(void)
{
	pt_matcher *m = pt_matcher_new(&alloc);

	add(m, "UN", "الأمم المتحدة", 0);
	add(m, "UN", "سازمان ملل متحد", 0);
	add(m, "UN", "سازمان ملل", 0);
	add(m, "UNFPA", "صندوق الأمم المتحدة للسكان", 0);
	add(m, "UNFPA", "صندوق جمعیت سازمان ملل متحد", 0);
	add(m, "UNICEF", "اليونيسف", 0);
	add(m, "UNICEF", "یونیسف", 0);
	add(m, "UNICEF", "منظمة الأمم المتحدة للطفولة", 0);
	add(m, "UNICEF", "UNICEF", PT_NAME_CASE_SENSITIVE);
	add(m, "WHO", "WHO", PT_NAME_CASE_SENSITIVE);
	add(m, "WHO", "World Health Organization", 0);
	add(m, "WHO", "منظمة الصحة العالمية", 0);
	add(m, "WFP", "برنامه جهانی غذا", 0);
	add(m, "WFP", "World Food Programme", 0);
	add(m, "WFP", "World Food Program", 0);
	add(m, "ILO", "سازمان بین‌المللی کار", 0);
	add(m, "ILO", "منظمة العمل الدولية", 0);
	add(m, "IOM", "المنظمة الدولية للهجرة", 0);
	add(m, "FAO", "الفاو", 0);
	add(m, "UN-Women", "UN Women", PT_NAME_CASE_SENSITIVE);
	add(m, "OECD", "Organisation for Economic Co-operation and Development", 0);
	add(m, "EU", "الاتحاد الأوروبي", 0);
	return m;
}

static void
test_basics(void)
{
	pt_matcher *m = small_registry();
	pt_matcher_stats st;

	pt_matcher_get_stats(m, &st);
	CHECK(st.names == 22 && st.codes == 11 && st.nodes > 0, "stats: %d names, %d codes", st.names, st.codes);
	CHECK(st.bytes > 0 && st.tokens > 10, "stats: %zu bytes, %d tokens", st.bytes, st.tokens);

	/* leftmost-longest */
	EXPECT(m, "صندوق جمعیت سازمان ملل متحد گزارش داد", "UNFPA");
	EXPECT(m, "أعلن صندوق الأمم المتحدة للسكان والأمم المتحدة", "UNFPA UN");
	EXPECT(m, "سازمان ملل و سازمان ملل متحد", "UN UN");

	/* prefixes, article, لل */
	EXPECT(m, "قالت لليونيسف وباليونيسف", "UNICEF UNICEF");
	EXPECT(m, "بالتعاون مع المنظمة الدولية للهجرة وللمنظمة الدولية للهجرة", "IOM IOM");
	EXPECT(m, "وفقاً لمنظمة العمل الدولية", "ILO");
	EXPECT(m, "وقالت الفاو إن", "FAO");
	EXPECT(m, "ودعت فاو", "FAO");

	/* letter variants, diacritics, Egyptian final ى, Persian letters */
	EXPECT(m, "الاتحاد الأوروبى", "EU");
	EXPECT(m, "منظّمة العمل الدّولية", "ILO");
	EXPECT(m, "منظمه الصحه العالمیه", "WHO");

	/* lam-alef written alef-lam by PDF extraction */
	EXPECT(m, "تقرير صادر عن األمم المتحدة", "UN");
	{
		/* and a name written that way is found by itself (was not: fuzzer) */
		pt_matcher *p = pt_matcher_new(&alloc);

		add(p, "PDF", "االمنظمة الدولية", 0);
		EXPECT_LOOKUP(p, "االمنظمة الدولية", "PDF");
		pt_matcher_free(p);
	}

	/* ZWNJ, space and glued */
	EXPECT(m, "سازمان بین المللی کار", "ILO");
	EXPECT(m, "سازمان بینالمللی کار", "ILO");
	EXPECT(m, "صندوق الأممالمتحدة للسكان", "UNFPA");
	EXPECT(m, "the Organisation for Economic Cooperation and Development", "OECD");
	EXPECT(m, "the Organisation for Economic Co-operation and Development", "OECD");

	/* Persian ezafe, written or not */
	EXPECT(m, "برنامهٔ جهانی غذا", "WFP");
	EXPECT(m, "برنامه‌ی جهانی غذا", "WFP");
	EXPECT(m, "برنامه ی جهانی غذا", "WFP");
	EXPECT(m, "برنامهی جهانی غذا", "WFP");

	/* case-sensitive acronyms */
	EXPECT(m, "WHO said", "WHO");
	EXPECT(m, "who said", "");
	EXPECT(m, "Who said", "");
	EXPECT(m, "the world health organization", "WHO");
	EXPECT(m, "UN Women and UNICEF", "UN-Women UNICEF");
	EXPECT(m, "un women", "");

	/* a name word written without the article needs a text word without it */
	add(m, "IRCS", "هلال احمر", 0);
	EXPECT(m, "امدادگران هلال‌احمر در منطقه", "IRCS");
	EXPECT(m, "تطوع في الهلال الأحمر", "");
	EXPECT(m, "وهلال احمر", "IRCS");

	/* near misses */
	EXPECT(m, "العمل الدولي", "");
	EXPECT(m, "يوم الصحة العالمي", "");
	EXPECT(m, "الصندوق", "");
	EXPECT(m, "", "");
	EXPECT(m, "   ،،، ...", "");

	/* whole-string lookup */
	EXPECT_LOOKUP(m, "للمنظمة الدولية للهجرة", "IOM");
	EXPECT_LOOKUP(m, "صندوق جمعیت سازمان ملل متحد", "UNFPA");
	EXPECT_LOOKUP(m, "سازمان ملل", "UN");
	EXPECT_LOOKUP(m, "سازمان ملل گفت", "-");
	EXPECT_LOOKUP(m, "who", "-");
	EXPECT_LOOKUP(m, "WHO", "WHO");
	EXPECT_LOOKUP(m, "", "-");

	/* early-stopping mention test agrees with the search */
	{
		const char *t = "صندوق جمعیت سازمان ملل متحد و WHO";

		CHECK(pt_matcher_mentions(m, (const unsigned char *) t, strlen(t),
								  pt_matcher_find_code(m, "WHO", 3)) == 1 &&
			  pt_matcher_mentions(m, (const unsigned char *) t, strlen(t),
								  pt_matcher_find_code(m, "UNFPA", 5)) == 1 &&
			  pt_matcher_mentions(m, (const unsigned char *) t, strlen(t),
								  pt_matcher_find_code(m, "UN", 2)) == 0,
			  "pt_matcher_mentions: WHO and UNFPA yes, the nested UN no");
	}

	/* codes */
	CHECK(pt_matcher_find_code(m, "unwomen", 7) == pt_matcher_find_code(m, "UN-Women", 8) &&
		  pt_matcher_find_code(m, "UN-Women", 8) >= 0, "code lookup ignores case and hyphens");
	CHECK(pt_matcher_find_code(m, "XYZ", 3) < 0, "unknown code");

	pt_matcher_free(m);
}

/* counts variants and checks that a name's keys are among its text's keys */
typedef struct keyset
{
	uint32_t	keys[4096];
	int			n;
} keyset;

static void
key_add(void *arg, uint32_t key)
{
	keyset	   *ks = arg;

	if (ks->n < 4096)
		ks->keys[ks->n++] = key;
}

static int
variant_covered(void *arg, int nwords, const unsigned char *const *words,
				const size_t *lens, int glued)
{
	keyset	   *ks = arg;
	int			i,
				k;

	(void) glued;
	for (i = 0; i < nwords; i++)
	{
		uint32_t	key = pt_word_key(words[i], lens[i]);

		for (k = 0; k < ks->n && ks->keys[k] != key; k++)
			;
		if (k == ks->n)
			return 0;
	}
	return 1;					/* stop: a variant is covered */
}

static void
test_keys(void)
{
	pt_matcher *m = small_registry();
	static keyset ks;
	const char *doc = "أعلنت للمنظمة الدولية للهجرة أمس";
	int			idx = pt_matcher_find_code(m, "IOM", 3);

	ks.n = 0;
	pt_doc_keys((const unsigned char *) doc, strlen(doc), key_add, &ks);
	CHECK(pt_matcher_code_names(m, idx, variant_covered, &ks) == 1,
		  "a mentioned name's variant keys are all document keys");
	idx = pt_matcher_find_code(m, "ILO", 3);
	CHECK(pt_matcher_code_names(m, idx, variant_covered, &ks) == 0,
		  "an absent name has a key missing");

	/* one name string for two codes, as an acronym and as a plain name */
	add(m, "KSA", "KSF Aid", PT_NAME_CASE_SENSITIVE);
	add(m, "KSB", "KSF Aid", 0);
	doc = "the ksf aid convoy";
	EXPECT(m, doc, "KSB");
	ks.n = 0;
	pt_doc_keys((const unsigned char *) doc, strlen(doc), key_add, &ks);
	idx = pt_matcher_find_code(m, "KSB", 3);
	CHECK(pt_matcher_code_names(m, idx, variant_covered, &ks) == 1,
		  "each code keeps its own copy of a shared name string");
	pt_matcher_free(m);
}

static void
test_random(void)
{
	pt_matcher *m = small_registry();
	unsigned char buf[4096];
	int			round,
				i;
	unsigned int seed = 12345;

	for (round = 0; round < 300; round++)
	{
		size_t		len = (size_t) (next_rand(&seed) % sizeof(buf));
		found		f;
		keyset	   *ks = malloc(sizeof(keyset));

		for (i = 0; i < (int) len; i++)
		{
			int			r = next_rand(&seed) % 8;

			/* mix raw bytes with Arabic letters, ZWNJ and spaces */
			buf[i] = (unsigned char) (r < 3 ? next_rand(&seed) : r < 6 ? (i % 2 ? 0xD9 : 0x84) : r < 7 ? ' ' : 0xE2);
		}
		f.m = m;
		f.len = 0;
		f.n = 0;
		pt_matcher_search(m, buf, len, collect, &f);
		(void) pt_matcher_lookup(m, buf, len);
		ks->n = 0;
		pt_doc_keys(buf, len, key_add, ks);
		pt_matcher_add(m, "RND", 3, buf, len % 200, 0);
		free(ks);
	}
	CHECK(1, "300 random inputs searched, looked up, indexed and added without a fault");
	pt_matcher_free(m);
}

/* Build a matcher of 100,000 synthetic names and search it. */
static void
test_large(void)
{
	pt_matcher *m = small_registry();
	char		name[128],
				code[32];
	int			i,
				ok = 1;
	pt_matcher_stats st;

	for (i = 0; i < 100000; i++)
	{
		snprintf(code, sizeof(code), "SYN%d", i);
		snprintf(name, sizeof(name), "مؤسسة التنمية رقم%d للتعاون %d", i, i * 7);
		if (pt_matcher_add(m, code, strlen(code), (const unsigned char *) name,
						   strlen(name), 0) != PT_MATCHER_OK)
			ok = 0;
	}
	CHECK(ok, "100,000 synthetic names added");
	pt_matcher_get_stats(m, &st);
	printf("# %d names, %d tokens, %d nodes, %zu bytes\n", st.names, st.tokens, st.nodes, st.bytes);
	EXPECT(m, "وقالت مؤسسة التنمية رقم77 للتعاون 539 إن صندوق جمعیت سازمان ملل متحد", "SYN77 UNFPA");
	EXPECT(m, "مؤسسة التنمية رقم77 للتعاون 540", "");

	/*
	 * the token filter and the rehashed tables never lose a name: every
	 * name, as written and with an attached و, denotes its own code
	 */
	ok = 1;
	for (i = 0; i < 100000 && ok; i++)
	{
		char		want[32];
		char		text[160];

		snprintf(want, sizeof(want), "SYN%d", i);
		snprintf(name, sizeof(name), "مؤسسة التنمية رقم%d للتعاون %d", i, i * 7);
		snprintf(text, sizeof(text), "وأعلنت ومؤسسة التنمية رقم%d للتعاون %d اليوم", i, i * 7);
		if (strcmp(lookup(m, name), want) != 0 || strcmp(codes_in(m, text), want) != 0)
		{
			printf("#   %s not found: [%s] [%s]\n", want, lookup(m, name), codes_in(m, text));
			ok = 0;
		}
	}
	CHECK(ok, "each of the 100,000 names is found, alone and in a sentence");
	/* tokens of the registry in an order no name has find nothing */
	EXPECT(m, "رقم5 مؤسسة التنمية للتعاون 35 رقم6", "");
	EXPECT_LOOKUP(m, "مؤسسة التنمية رقم100000 للتعاون 700000", "-");
	pt_matcher_free(m);
}

int
main(void)
{
	test_basics();
	test_keys();
	test_random();
	test_large();
	return unit_done();
}
