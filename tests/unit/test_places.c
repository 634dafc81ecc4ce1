/*
 * test_places.c
 *		Unit tests of the country finder: rows and forms, generated demonym
 *		inflections, blockers, case, person-like names, context words,
 *		ambiguous names, lookup, index variants, the shipped data, random
 *		bytes.
 */
#include <stdlib.h>

#include "places.h"
#include "places_load.h"
#include "unit.h"
#include "unit_alloc.h"

static const pt_allocator alloc = UNIT_ALLOC;

/* an allocator that fails after a number of allocations */
static long fail_after;

static void *
f_alloc(void *ctx, size_t size)
{
	(void) ctx;
	if (fail_after-- <= 0)
		return NULL;
	return malloc(size);
}

static const pt_allocator failing = {f_alloc, t_free, NULL};

/* collects the mentions as "CODE[mention] CODE[mention]" */
typedef struct found
{
	const pt_places *p;
	const char *text;
	char		buf[4096];
	size_t		len;
} found;

static void
found_cb(void *arg, int country, size_t start, size_t end)
{
	found	   *f = arg;
	size_t		cl;
	const char *code = pt_places_code(f->p, country, &cl);
	int			n = snprintf(f->buf + f->len, sizeof(f->buf) - f->len, "%s%.*s[%.*s]",
							 f->len ? " " : "", (int) cl, code, (int) (end - start), f->text + start);

	if (n > 0 && (size_t) n < sizeof(f->buf) - f->len)
		f->len += n;
}

static const char *
search(const pt_places *p, const char *text)
{
	static found f;

	f.p = p;
	f.text = text;
	f.len = 0;
	f.buf[0] = '\0';
	pt_places_search(p, (const unsigned char *) text, strlen(text), found_cb, &f);
	return f.buf;
}

#define EXPECT(p, text, want) \
	do { \
		const char *_got = search((p), (text)); \
		CHECK_STR(_got, strlen(_got), (want), "%s", (text)); \
	} while (0)

/* set while builds are made to run out of memory */
static int	in_oom;

/* add a row; the test fails when it is refused (unless memory is short) */
static void
row(pt_places *p, const char *code, const char *name, const char *lang, pt_place_form form)
{
	int			rc = pt_places_add(p, code, strlen(code), (const unsigned char *) name,
								   strlen(name), lang, form);

	if (rc != PT_MATCHER_OK && !in_oom)
		CHECK(0, "row %s %s refused: %d", code, name, rc);
}

/* a small finder built by hand */
static pt_places *
small_finder(const pt_allocator *a)
{
	pt_places  *p = pt_places_new(a);

	if (!p)
		return NULL;
	if (pt_places_add_country(p, "EG", 2) < 0 || pt_places_add_country(p, "MA", 2) < 0 ||
		pt_places_add_country(p, "OM", 2) < 0 || pt_places_add_country(p, "JO", 2) < 0 ||
		pt_places_add_country(p, "TR", 2) < 0 || pt_places_add_country(p, "GB", 2) < 0 ||
		pt_places_add_country(p, "IR", 2) < 0 || pt_places_add_country(p, "KR", 2) < 0)
	{
		pt_places_free(p);
		return NULL;
	}
	row(p, "EG", "مصر", "ar", PT_PLACE_NAME);
	row(p, "EG", "مصري", "ar", PT_PLACE_DEMONYM);
	row(p, "EG", "Egyptian", "en", PT_PLACE_DEMONYM);
	row(p, "EG", "القاهرة", "ar", PT_PLACE_CAPITAL);
	row(p, "EG", "قوة قاهرة", "ar", PT_PLACE_BLOCKER);
	row(p, "MA", "المغرب", "ar", PT_PLACE_NAME);
	row(p, "MA", "المغاربة", "ar", PT_PLACE_DEMONYM);
	row(p, "MA", "المغرب العربي", "ar", PT_PLACE_BLOCKER);
	row(p, "OM", "عمان", "ar", PT_PLACE_AMBIGUOUS);
	row(p, "JO", "عمان", "ar", PT_PLACE_AMBIGUOUS);
	row(p, "OM", "عُمان", "ar", PT_PLACE_NAME);
	row(p, "JO", "عمّان", "ar", PT_PLACE_CAPITAL);
	row(p, "OM", "عمان", "fa", PT_PLACE_NAME);
	row(p, "OM", "سلطنة عمان", "ar", PT_PLACE_OFFICIAL);
	row(p, "JO", "Jordan", "en", PT_PLACE_PERSON);
	row(p, "JO", "Jordan River", "en", PT_PLACE_BLOCKER);
	row(p, "TR", "Turkey", "en", PT_PLACE_NAME);
	row(p, "GB", "UK", "en", PT_PLACE_ACRONYM);
	row(p, "GB", "British", "en", PT_PLACE_DEMONYM);
	row(p, "IR", "ایرانی", "fa", PT_PLACE_DEMONYM);
	row(p, "IR", "ایران", NULL, PT_PLACE_NAME);
	row(p, "KR", "کوری جنوبی", "ar", PT_PLACE_DEMONYM);
	if (pt_places_build(p) != PT_MATCHER_OK)
	{
		pt_places_free(p);
		return NULL;
	}
	return p;
}

static void
test_small(void)
{
	pt_places  *p = small_finder(&alloc);
	int			eg;

	CHECK(p != NULL, "a small finder builds");
	if (!p)
		return;
	CHECK(pt_places_ncountries(p) == 8, "eight countries");
	eg = pt_places_find_code(p, "eg", 2);
	CHECK(eg == 0, "codes are found without case");
	CHECK(pt_places_find_code(p, "-", 1) < 0, "the blockers' code is no country");
	CHECK(pt_places_find_code(p, "XX", 2) < 0, "an unknown code");

	/* demonym inflections, with attached prefixes */
	EXPECT(p, "والمصريين والمصريات ومصرية ومصريا", "EG[والمصريين] EG[والمصريات] EG[ومصرية] EG[ومصريا]");
	EXPECT(p, "المصريتين المصريون", "EG[المصريتين] EG[المصريون]");
	EXPECT(p, "المغاربة والمغرب", "MA[المغاربة] MA[والمغرب]");
	EXPECT(p, "ایرانی‌ها ایرانیها ایرانیان ایرانی‌های", "IR[ایرانی‌ها] IR[ایرانیها] IR[ایرانیان] IR[ایرانی‌های]");
	EXPECT(p, "Egyptians and the British", "EG[Egyptians] GB[British]");
	EXPECT(p, "الكوريون الجنوبيون والكورية الجنوبية", "KR[الكوريون الجنوبيون] KR[والكورية الجنوبية]");

	/* blockers hide the country word, leftmost-longest */
	EXPECT(p, "دول المغرب العربي", "");
	EXPECT(p, "بسبب قوة قاهرة في القاهرة", "EG[القاهرة]");
	EXPECT(p, "the Jordan River", "");

	/* case */
	EXPECT(p, "turkey Turkey TURKEY", "TR[Turkey] TR[TURKEY]");
	EXPECT(p, "UK uk Uk", "GB[UK]");
	EXPECT(p, "egyptian", "");

	/* person-like names */
	EXPECT(p, "Michael Jordan", "");
	EXPECT(p, "Jordan Peterson said", "");
	EXPECT(p, "In Jordan, refugees", "JO[Jordan]");
	EXPECT(p, "aid to Jordan and", "JO[Jordan]");
	EXPECT(p, "Jordan said he would retire.", "");
	EXPECT(p, "Jordan said it would reopen the border.", "JO[Jordan]");
	EXPECT(p, "Jordan's king said he would come.", "JO[Jordan]");

	/* context words */
	EXPECT(p, "الجنيه المصري", "");
	EXPECT(p, "بالجنيه المصري", "");
	EXPECT(p, "الحكومة المصرية", "EG[المصرية]");
	EXPECT(p, "Egyptian pounds and Egyptian farmers", "EG[Egyptian]");
	EXPECT(p, "اللغة المصرية والمغربية", "");

	/* ambiguous names */
	EXPECT(p, "وصل إلى عمان", "");
	EXPECT(p, "وصل إلى عُمان", "OM[عُمان]");
	EXPECT(p, "وصل إلى عمّان", "JO[عمّان]");
	EXPECT(p, "وعُمانَ", "OM[وعُمانَ]");
	EXPECT(p, "سلطنة عمان", "OM[سلطنة عمان]");
	EXPECT(p, "وزیر امور خارجه برای گفت‌وگو با مقامات به عمان سفر کرد و در آنجا ماند", "OM[عمان]");

	/* lookup of a whole name */
	CHECK(pt_places_lookup(p, (const unsigned char *) "المصريين", strlen("المصريين")) == eg, "lookup of a demonym form");
	CHECK(pt_places_lookup(p, (const unsigned char *) " مصر. ", strlen(" مصر. ")) == eg, "lookup ignores spaces and punctuation");
	CHECK(pt_places_lookup(p, (const unsigned char *) "مصر والمغرب", strlen("مصر والمغرب")) < 0, "two countries are no single name");
	CHECK(pt_places_lookup(p, (const unsigned char *) "عمان", strlen("عمان")) < 0, "bare عمان is no single name");
	CHECK(pt_places_lookup(p, (const unsigned char *) "", 0) < 0, "the empty name");
	CHECK(pt_places_mentions(p, (const unsigned char *) "زار المصريون", strlen("زار المصريون"), eg), "mentions");
	CHECK(!pt_places_mentions(p, (const unsigned char *) "زار المغاربة", strlen("زار المغاربة"), eg), "does not mention");
	CHECK(!pt_places_mentions(p, (const unsigned char *) "x", 1, 99), "a country out of range");
	pt_places_free(p);
}

/* counts the variants of a country */
static int
count_variant(void *arg, int nwords, const unsigned char *const *words,
			  const size_t *lens, int glued)
{
	(void) nwords;
	(void) words;
	(void) lens;
	(void) glued;
	(*(int *) arg)++;
	return 0;
}

static void
test_rows(void)
{
	pt_places  *p = pt_places_new(&alloc);
	int			n = 0,
				om;

	CHECK(p != NULL, "a finder");
	if (!p)
		return;
	CHECK(pt_places_add_country(p, "-", 1) == PT_PLACES_NO_CODE, "'-' is reserved");
	CHECK(pt_places_add_country(p, "OM", 2) == 0, "first country is 0");
	CHECK(pt_places_add_country(p, "OM", 2) == 0, "a country added twice keeps its index");
	CHECK(pt_places_add_country(p, "JO", 2) == 1, "second country is 1");
	CHECK(pt_places_add(p, "XX", 2, (const unsigned char *) "x", 1, "en", PT_PLACE_NAME) == PT_PLACES_NO_CODE,
		  "a row of an unknown country");
	CHECK(pt_places_add(p, "OM", 2, (const unsigned char *) "...", 3, "en", PT_PLACE_NAME) == PT_MATCHER_EMPTY,
		  "a name without letters");
	CHECK(pt_places_add(p, "OM", 2, (const unsigned char *) "Oman", 4, "en", (pt_place_form) 99) == PT_PLACES_BAD_FORM,
		  "an unknown form");
	CHECK(pt_place_form_parse("demonym", 7) == PT_PLACE_DEMONYM, "form names parse");
	CHECK(pt_place_form_parse("nickname", 8) < 0, "unknown form names do not");
	CHECK(pt_place_name_check((const unsigned char *) "Oman", 4) == PT_MATCHER_OK, "a valid name");
	row(p, "OM", "عمان", "ar", PT_PLACE_AMBIGUOUS);
	row(p, "JO", "عمان", "ar", PT_PLACE_AMBIGUOUS);
	row(p, "OM", "Oman", "en", PT_PLACE_NAME);
	CHECK(pt_places_build(p) == PT_MATCHER_OK, "build");
	CHECK(pt_places_add(p, "OM", 2, (const unsigned char *) "Omani", 5, "en", PT_PLACE_DEMONYM) == PT_PLACES_BUILT,
		  "no rows after the build");
	om = pt_places_find_code(p, "OM", 2);
	pt_places_code_names(p, om, count_variant, &n);
	CHECK(n >= 2, "the variants of a country include its ambiguous names (%d)", n);
	EXPECT(p, "Oman", "OM[Oman]");
	pt_places_free(p);
}

/* the shipped data: every country, and the traps the issue lists */
static void
test_shipped(void)
{
	pt_places  *p = pt_places_new(&alloc);
	int			rows;
	pt_matcher_stats st;

	if (!p)
		return;
	rows = pl_load_shipped(p, "sql/src/71_places_data.sql");
	CHECK(rows > 2000, "the shipped rows load (%d)", rows);
	CHECK(pt_places_ncountries(p) == 195, "193 members and 2 observers (%d)", pt_places_ncountries(p));
	pt_places_get_stats(p, &st);
	CHECK(st.names > rows, "generated forms add names (%d)", st.names);

	EXPECT(p, "وزارة التضامن الاجتماعي المصرية", "EG[المصرية]");
	EXPECT(p, "جنوب السودان", "SS[جنوب السودان]");
	EXPECT(p, "Democratic Republic of the Congo", "CD[Democratic Republic of the Congo]");
	EXPECT(p, "Papua New Guinea", "PG[Papua New Guinea]");
	EXPECT(p, "المغرب العربي آمریکای لاتین New Mexico", "");
	EXPECT(p, "مصرف کمک مالی روز دوشنبه القمر کره turkey china", "");
	EXPECT(p, "جمهورية مصر العربية عربستان انگلیس Britain Türkiye UK US UAE",
		   "EG[جمهورية مصر العربية] SA[عربستان] GB[انگلیس] GB[Britain] TR[Türkiye] GB[UK] US[US] AE[UAE]");
	EXPECT(p, "والمصريين يمنياً المغاربة افغانستانی‌ها Nigerien",
		   "EG[والمصريين] YE[يمنياً] MA[المغاربة] AF[افغانستانی‌ها] NE[Nigerien]");
	EXPECT(p, "الجزائر الكويت", "DZ[الجزائر] KW[الكويت]");
	EXPECT(p, "الاتحاد الأوروبي African Union Sahel تهرانی", "");
	EXPECT(p, "سعر الجنيه المصري", "");
	EXPECT(p, "نیجریه و النيجر", "NG[نیجریه] NE[النيجر]");
	EXPECT(p, "مسقط رأسه", "");
	EXPECT(p, "في مسقط", "OM[مسقط]");
	/* spelling traps */
	EXPECT(p, "الإمـــارات", "AE[الإمـــارات]");
	EXPECT(p, "السعوديه", "SA[السعوديه]");
	EXPECT(p, "ايران إيران ایران", "IR[ايران] IR[إيران] IR[ایران]");
	EXPECT(p, "كويت کویت", "KW[كويت] KW[کویت]");
	EXPECT(p, "مُصْرِيّون", "EG[مُصْرِيّون]");
	EXPECT(p, "الأممالمتحدة في ليبيا", "LY[ليبيا]");
	pt_places_free(p);
}

/* out of memory at every step of a build is reported, never a crash */
static void
test_oom(void)
{
	int			built = 0,
				failed = 0,
				i;

	in_oom = 1;
	for (i = 0; i < 3000; i += 3)
	{
		pt_places  *p;

		fail_after = i;
		p = small_finder(&failing);
		if (p)
		{
			built++;
			pt_places_free(p);
		}
		else
			failed++;
	}
	in_oom = 0;
	fail_after = 1L << 40;
	CHECK(failed > 0 && built > 0, "builds that run out of memory fail cleanly (%d failed, %d built)", failed, built);
}

/* a small deterministic generator (rand_r is not C99) */
static unsigned int
next_rand(unsigned int *seed)
{
	*seed = *seed * 1103515245u + 12345u;
	return (*seed >> 16) & 0x7FFF;
}

static void
count_cb(void *arg, int country, size_t start, size_t end)
{
	long	   *n = arg;

	(void) country;
	if (start < end)
		(*n)++;
}

/* random bytes and random mixes of the letters that matter */
static void
test_random(void)
{
	static const char *const pieces[] = {
		"مصر", "ال", "و", "ي", "ة", "\xE2\x80\x8C", " ", "عمان", "ُ", "ّ", "Jordan", "UK",
		"turkey", "\xD9\x80", "ی", "ها", "المغرب", "العربي", "\xFF", "\xD9", "Egyptian", "pound"
	};
	pt_places  *p = small_finder(&alloc);
	unsigned int seed = 7;
	unsigned char buf[2048];
	long		n = 0;
	int			i,
				ok = 1;

	if (!p)
		return;
	for (i = 0; i < 3000; i++)
	{
		size_t		len = 0;

		while (len < sizeof(buf) - 16)
		{
			if (next_rand(&seed) % 3 == 0)
				buf[len++] = (unsigned char) next_rand(&seed);
			else
			{
				const char *s = pieces[next_rand(&seed) % (sizeof(pieces) / sizeof(pieces[0]))];
				size_t		l = strlen(s);

				memcpy(buf + len, s, l);
				len += l;
			}
			if (next_rand(&seed) % 40 == 0)
				break;
		}
		pt_places_search(p, buf, len, count_cb, &n);
		pt_places_lookup(p, buf, len);
	}
	CHECK(ok && n > 0, "random input is searched safely (%ld mentions)", n);
	pt_places_free(p);
}

int
main(void)
{
	test_small();
	test_rows();
	test_shipped();
	test_oom();
	test_random();
	return unit_done();
}
