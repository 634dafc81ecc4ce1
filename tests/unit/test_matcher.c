/*
 * test_matcher.c
 *		Unit tests of the organization matcher: building, leftmost-longest
 *		search, the spelling traps, code lookup, index keys, random bytes.
 */
#include <stdlib.h>

#include "matcher.h"
#include "unit.h"
#include "unit_alloc.h"

/* a small deterministic generator (rand_r is not C99) */
static unsigned int
next_rand(unsigned int *seed)
{
	*seed = *seed * 1103515245u + 12345u;
	return (*seed >> 16) & 0x7FFF;
}

static const pt_allocator alloc = UNIT_ALLOC;

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

/* the variants of code's names: does one have all its keys in doc's keys? */
static int
keys_cover(const pt_matcher *m, const char *code, const char *doc)
{
	static keyset ks;

	ks.n = 0;
	pt_doc_keys((const unsigned char *) doc, strlen(doc), key_add, &ks);
	return pt_matcher_code_names(m, pt_matcher_find_code(m, code, strlen(code)),
								 variant_covered, &ks) == 1;
}

/* a text that names code alone, and the index finds it */
#define EXPECT_FORM(m, text, code) \
	do { EXPECT(m, text, code); \
		CHECK(keys_cover(m, code, text), "index keys of [%s] cover a variant of %s", text, code); } while (0)

static pt_matcher *
tolerance_registry(void)
{
	pt_matcher *m = pt_matcher_new(&alloc);

	add(m, "UN", "United Nations", 0);
	add(m, "UN", "UN", PT_NAME_CASE_SENSITIVE);
	add(m, "UN", "الأمم المتحدة", 0);
	add(m, "UN", "سازمان ملل متحد", 0);
	add(m, "UN", "سازمان ملل", 0);
	add(m, "UNDP", "برنامه توسعه ملل متحد", 0);
	add(m, "UNDP", "UN Development Programme", 0);
	add(m, "UNFPA", "صندوق جمعیت سازمان ملل متحد", 0);
	add(m, "UNICEF", "منظمة الأمم المتحدة للطفولة", 0);
	add(m, "UNICEF", "اليونيسف", 0);
	add(m, "UNICEF", "UNICEF", PT_NAME_CASE_SENSITIVE);
	add(m, "WHO", "World Health Organization", 0);
	add(m, "WHO", "WHO", PT_NAME_CASE_SENSITIVE);
	add(m, "WHO", "منظمة الصحة العالمية", 0);
	add(m, "WHO", "سازمان بهداشت جهانی", 0);
	add(m, "WFP", "World Food Programme", 0);
	add(m, "WFP", "برنامه جهانی غذا", 0);
	add(m, "ILO", "International Labour Organization", 0);
	add(m, "ILO", "سازمان بین‌المللی کار", 0);
	add(m, "IOM", "المنظمة الدولية للهجرة", 0);
	add(m, "IsDB", "البنك الإسلامي للتنمية", 0);
	add(m, "NRC", "المجلس النرويجي للاجئين", 0);
	add(m, "OCHA", "دفتر هماهنگی امور بشردوستانه", 0);
	add(m, "EU", "اتحادیه اروپا", 0);
	add(m, "EU", "EU", PT_NAME_CASE_SENSITIVE);
	add(m, "EU-Council", "Council of the European Union", 0);
	add(m, "ICRC", "International Committee of the Red Cross", 0);
	add(m, "IMF", "IMF", PT_NAME_CASE_SENSITIVE);
	add(m, "USAID", "US Agency for International Development", 0);
	add(m, "UNICEF", "UN Children's Fund", 0);
	return m;
}

/* the forms the registry does not list word for word (issue 11) */
static void
test_tolerance(void)
{
	pt_matcher *m = tolerance_registry();

	/* "the" dropped or inserted inside an English name */
	EXPECT_FORM(m, "staff of the International Committee of Red Cross", "ICRC");
	EXPECT_FORM(m, "ministers at the Council of European Union", "EU-Council");
	EXPECT_FORM(m, "the International Labour the Organization", "ILO");

	/* the UN inside a Persian name in its other forms */
	EXPECT_FORM(m, "برنامه توسعه سازمان ملل متحد گزارش داد", "UNDP");
	EXPECT_FORM(m, "برنامه توسعه سازمان ملل گزارش داد", "UNDP");
	EXPECT_FORM(m, "صندوق جمعیت ملل متحد گزارش داد", "UNFPA");
	EXPECT_FORM(m, "صندوق جمعیت سازمان ملل گزارش داد", "UNFPA");
	/* ... and an English one */
	EXPECT_FORM(m, "the United Nations Development Programme said", "UNDP");

	/* the UN named before an agency's own name: the agency alone */
	EXPECT_FORM(m, "The UN's World Food Programme said", "WFP");
	EXPECT_FORM(m, "The UN’s World Food Programme said", "WFP");
	EXPECT_FORM(m, "the UN World Health Organization", "WHO");
	EXPECT_FORM(m, "the United Nations' UNICEF", "UNICEF");
	EXPECT_FORM(m, "the U.N. World Food Programme", "WFP");
	EXPECT_FORM(m, "the UN agency UNICEF said", "UNICEF");
	EXPECT(m, "a UN agency said", "UN");
	EXPECT(m, "UN agencies UNICEF and WHO", "UN UNICEF WHO");
	EXPECT_LOOKUP(m, "UN World Food Programme", "WFP");
	/* ... after it in Persian */
	EXPECT_FORM(m, "دفتر هماهنگی امور بشردوستانه سازمان ملل اعلام کرد", "OCHA");
	EXPECT_FORM(m, "دفتر هماهنگی امور بشردوستانه‌ی سازمان ملل اعلام کرد", "OCHA");
	EXPECT_FORM(m, "دفتر هماهنگی امور بشردوستانه ی ملل متحد اعلام کرد", "OCHA");
	EXPECT(m, "دفتر هماهنگی امور بشردوستانه ی، سازمان ملل", "OCHA UN");
	EXPECT_FORM(m, "برنامه جهانی غذای سازمان ملل متحد", "WFP");
	EXPECT_FORM(m, "برنامه جهانی غذای ملل متحد", "WFP");
	/* a comma keeps two bodies apart; the UN alone stays the UN */
	EXPECT(m, "اتحادیه اروپا، سازمان ملل و", "EU UN");
	EXPECT(m, "The UN, WHO and UNICEF", "UN WHO UNICEF");
	EXPECT(m, "The U.N., the E.U. and Qatar", "UN EU");
	EXPECT(m, "the UN Security Council", "UN");
	EXPECT(m, "UN chief says WHO", "UN WHO");

	/* an Arabic generic head dropped before the UN */
	EXPECT_FORM(m, "أكدت الأمم المتحدة للطفولة أن", "UNICEF");
	EXPECT(m, "شاركت الأمم المتحدة للمرة الأولى", "UN");
	/* a generic head before an acronym: the acronym's body */
	EXPECT_FORM(m, "وقالت منظمة اليونيسف إن", "UNICEF");

	/* the other Arabic word order, both ways */
	EXPECT_FORM(m, "قالت المنظمة العالمية للصحة إن", "WHO");
	EXPECT_FORM(m, "وأكدت منظمة الهجرة الدولية", "IOM");
	EXPECT_FORM(m, "وقع بنك التنمية الإسلامي", "IsDB");
	EXPECT_FORM(m, "قدم مجلس اللاجئين النرويجي", "NRC");
	EXPECT_FORM(m, "وللمنظمة العالمية للصحة", "WHO");

	/* the Persian جهانی / بین‌المللی after the head or last */
	EXPECT_FORM(m, "سازمان جهانی بهداشت از شیوع وبا خبر داد", "WHO");
	EXPECT_FORM(m, "برنامه غذای جهانی کمک کرد", "WFP");
	EXPECT_FORM(m, "برنامه غذای جهانی سازمان ملل کمک کرد", "WFP");
	EXPECT_FORM(m, "سازمان کار بین‌المللی گزارش داد", "ILO");
	EXPECT_FORM(m, "سازمان کار بین المللی گزارش داد", "ILO");

	/* dotted capitals */
	EXPECT_FORM(m, "the E.U. pledged", "EU");
	EXPECT_FORM(m, "the next I.M.F. tranche", "IMF");
	EXPECT_FORM(m, "The I.M.F.'s board", "IMF");
	EXPECT_FORM(m, "The U.S. Agency for International Development cut", "USAID");
	EXPECT_FORM(m, "the U.N. Development Programme", "UNDP");
	EXPECT_FORM(m, "a U.N. spokesman", "UN");
	EXPECT_FORM(m, "the UN Children's Fund", "UNICEF");
	EXPECT_LOOKUP(m, "U.N.", "UN");
	EXPECT_LOOKUP(m, "E.U", "EU");

	pt_matcher_free(m);
}

/* negatives built for the tolerances: a generic word plus a near name */
static void
test_tolerance_negatives(void)
{
	pt_matcher *m = tolerance_registry();

	/* generic words with part of a name */
	EXPECT(m, "برنامه توسعه روستایی استان اجرا شد", "");
	EXPECT(m, "برنامه توسعه سازمان برنامه و بودجه", "");
	EXPECT(m, "قالت وزارة الصحة إن", "");
	EXPECT(m, "منظمة الصحة في المحافظة", "");
	EXPECT(m, "the international labour market for nurses", "");
	EXPECT(m, "world food prices rose", "");
	EXPECT(m, "World Health Day", "");
	EXPECT(m, "the food programme of the school", "");
	/* a near name in the other word order */
	EXPECT(m, "قدمت المنظمة العالمية للملكية الفكرية", "");
	EXPECT(m, "أعلن البنك الإسلامي الأردني", "");
	EXPECT(m, "بازار کار بین‌المللی رقابتی است", "");
	EXPECT(m, "سازمان جهانی تجارت", "");
	EXPECT(m, "سازمان بهداشت استان", "");
	/* dotted letters that are no registered capitals */
	EXPECT(m, "The U.S. government and the U.K. treasury", "");
	EXPECT(m, "at 9 a.m., e.g. before noon", "");
	EXPECT(m, "A. Smith and E. Jones", "");
	EXPECT(m, "U. N. in spaced letters", "");
	/* lower-case un is no UN before a name */
	EXPECT(m, "un World Food Programme", "WFP");
	EXPECT(m, "the world's food programmes", "");

	/* a tolerated form never overrides a registered name, in either order */
	{
		pt_matcher *a = pt_matcher_new(&alloc);

		add(a, "A", "منظمة الصحة العالمية", 0);
		add(a, "B", "المنظمة العالمية للصحة", 0);
		EXPECT(a, "المنظمة العالمية للصحة", "B");
		EXPECT(a, "منظمة الصحة العالمية", "A");
		pt_matcher_free(a);
		a = pt_matcher_new(&alloc);
		add(a, "B", "المنظمة العالمية للصحة", 0);
		add(a, "A", "منظمة الصحة العالمية", 0);
		EXPECT(a, "المنظمة العالمية للصحة", "B");
		EXPECT(a, "منظمة الصحة العالمية", "A");
		pt_matcher_free(a);
	}
	pt_matcher_free(m);
}

/* long runs of the words the tolerances look at stay linear and bounded */
static void
test_tolerance_runs(void)
{
	pt_matcher *m = tolerance_registry();
	static char buf[200000];
	size_t		n = 0;
	found		f;
	int			i;

	for (i = 0; i < 20000; i++)
		n += (size_t) snprintf(buf + n, sizeof(buf) - n, "U.N. ");
	f.m = m;
	f.len = 0;
	f.n = 0;
	pt_matcher_search(m, (const unsigned char *) buf, n, collect, &f);
	CHECK(f.n == 20000, "20,000 dotted U.N. give 20,000 mentions (%d)", f.n);
	n = 0;
	for (i = 0; i < 20000; i++)
		n += (size_t) snprintf(buf + n, sizeof(buf) - n, "the ");
	n += (size_t) snprintf(buf + n, sizeof(buf) - n, "World Food Programme");
	f.len = 0;
	f.n = 0;
	pt_matcher_search(m, (const unsigned char *) buf, n, collect, &f);
	CHECK(f.n == 1, "20,000 \"the\" and a name give one mention (%d)", f.n);
	n = 0;
	for (i = 0; i < 9000; i++)
		n += (size_t) snprintf(buf + n, sizeof(buf) - n, "سازمان ملل ");
	f.len = 0;
	f.n = 0;
	pt_matcher_search(m, (const unsigned char *) buf, n, collect, &f);
	CHECK(f.n == 9000, "9,000 سازمان ملل give 9,000 mentions (%d)", f.n);
	pt_matcher_free(m);
}

/* counts the variants of a name by kind */
static int
count_kinds(void *arg, int nwords, const unsigned char *const *words,
			const size_t *lens, int glued)
{
	int		   *n = arg;

	(void) nwords;
	(void) words;
	(void) lens;
	if (glued >= 0 && glued <= 2)
		n[glued]++;
	return 0;
}

/* the variants pt_name_variants reports for the index */
static void
test_tolerance_variants(void)
{
	int			n[3] = {0, 0, 0};
	const char *name = "U.N.";
	int			rc;

	rc = pt_name_variants((const unsigned char *) name, strlen(name), 0, count_kinds, n);
	CHECK(rc == PT_MATCHER_OK && n[0] == 1 && n[2] == 1,
		  "a dotted name: itself and its letters for the index (%d %d %d)", n[0], n[1], n[2]);
	n[0] = n[1] = n[2] = 0;
	name = "US Agency for International Development";
	rc = pt_name_variants((const unsigned char *) name, strlen(name), 0, count_kinds, n);
	CHECK(rc == PT_MATCHER_OK && n[0] == 1 && n[1] == 1 && n[2] == 1,
		  "a name with capitals: as written (weak) and spelled out (index) (%d %d %d)", n[0], n[1], n[2]);
	n[0] = n[1] = n[2] = 0;
	name = "المنظمة الدولية للهجرة";
	rc = pt_name_variants((const unsigned char *) name, strlen(name), 0, count_kinds, n);
	CHECK(rc == PT_MATCHER_OK && n[0] == 1 && n[1] == 1 && n[2] == 0,
		  "an Arabic name: the other word order (%d %d %d)", n[0], n[1], n[2]);
	name = "A.B. C.D. E.F. G.H.";
	rc = pt_name_variants((const unsigned char *) name, strlen(name), 0, count_kinds, n);
	CHECK(rc == PT_MATCHER_TOO_LONG, "a name with four dotted acronyms is refused");
	name = "the";
	CHECK(pt_name_variants((const unsigned char *) name, strlen(name), 0, count_kinds, n) == PT_MATCHER_OK,
		  "a name that is only \"the\" is still a name");
	{
		pt_matcher *m = pt_matcher_new(&alloc);

		add(m, "T", "The Fund", 0);
		add(m, "S", "Save the Children", 0);
		EXPECT(m, "the fund", "T");
		EXPECT(m, "fund", "");
		EXPECT(m, "save the children", "S");
		EXPECT(m, "Save Children", "S");
		EXPECT_LOOKUP(m, "The Fund", "T");
		pt_matcher_free(m);
	}
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
	test_tolerance();
	test_tolerance_negatives();
	test_tolerance_runs();
	test_tolerance_variants();
	test_random();
	test_large();
	return unit_done();
}
