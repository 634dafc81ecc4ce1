/*
 * test_matcher_prepared.c
 *		Unit tests of prepared texts (pt_prepare): the organization matcher
 *		and the country finder find on a prepared text exactly what they
 *		find on the text, several searches may share one prepared text, and
 *		memory failures are reported and leak nothing.
 */
#include <stdlib.h>

#include "matcher.h"
#include "places.h"
#include "places_load.h"
#include "unit.h"
#include "unit_alloc.h"

static const pt_allocator alloc = UNIT_ALLOC;

/* an allocator that fails after a number of allocations, counting blocks */
static long fail_after;
static long live_blocks;

static void *
f_alloc(void *ctx, size_t size)
{
	void	   *p;

	(void) ctx;
	if (fail_after-- <= 0)
		return NULL;
	p = malloc(size);
	if (p)
		live_blocks++;
	return p;
}

static void
f_free(void *ctx, void *p)
{
	(void) ctx;
	if (p)
		live_blocks--;
	free(p);
}

static const pt_allocator failing = {f_alloc, f_free, NULL};

/* the mentions of a search as "code:start-end " */
typedef struct found
{
	char		buf[8192];
	size_t		len;
	int			n;
} found;

static void
collect(void *arg, int code, size_t start, size_t end)
{
	found	   *f = arg;

	if (f->len + 64 < sizeof(f->buf))
		f->len += (size_t) snprintf(f->buf + f->len, sizeof(f->buf) - f->len,
									"%d:%zu-%zu ", code, start, end);
	f->n++;
}

static void
add(pt_matcher *m, const char *code, const char *name, int flags)
{
	pt_matcher_add(m, code, strlen(code), (const unsigned char *) name, strlen(name), flags);
}

/* a registry with the forms the search treats apart (UN around, glued, ezafe) */
static pt_matcher *
registry(void)
{
	pt_matcher *m = pt_matcher_new(&alloc);

	add(m, "UN", "الأمم المتحدة", 0);
	add(m, "UN", "سازمان ملل متحد", 0);
	add(m, "UN", "United Nations", 0);
	add(m, "UN", "UN", PT_NAME_CASE_SENSITIVE);
	add(m, "UNICEF", "اليونيسف", 0);
	add(m, "UNICEF", "UNICEF", PT_NAME_CASE_SENSITIVE);
	add(m, "WHO", "World Health Organization", 0);
	add(m, "WHO", "منظمة الصحة العالمية", 0);
	add(m, "WFP", "برنامه جهانی غذا", 0);
	add(m, "WFP", "World Food Programme", 0);
	add(m, "OCHA", "دفتر هماهنگی امور بشردوستانه", 0);
	add(m, "ILO", "سازمان بین‌المللی کار", 0);
	add(m, "OECD", "Organisation for Economic Co-operation and Development", 0);
	return m;
}

/* sentences of our own, one per behaviour of the search */
static const char *const texts[] = {
	"",
	"   \t\n  ",
	"وقعت الوزارة اتفاقية مع اليونيسف والأمم المتحدة.",
	"the UN's World Food Programme and U.N. UNICEF said",
	"the U.N., the E.U. and the World Health Organization",
	"دفتر هماهنگی امور بشردوستانه سازمان ملل در کابل",
	"برنامه ی جهانی غذا و سازمان بین المللی کار",
	"الأممالمتحدة وبالأمم المتحدة ولليونيسف",
	"Organisation for Economic Cooperation and Development",
	"مصر والسودان وعُمان وعمّان والمملكة المتحدة",
	"Jordan said he would visit Jordan and Turkey in French.",
	"زبان روسی و اوکراینی، دلار آمریکا و ایران",
	"speaks Turkish, الجنيه المصري, باللغتين العربية والفرنسية",
	"\xff\xfe broken \xd9 bytes \xe2\x80",
};

/* search one text both ways with both searchers and compare */
static void
compare(const pt_matcher *m, const pt_places *p, const unsigned char *t, size_t len,
		const char *what)
{
	pt_prepared *d = pt_prepare(&alloc, t, len);
	found		a,
				b;
	size_t		backlen;

	CHECK(d != NULL, "prepare %s", what);
	if (!d)
		return;
	CHECK(pt_prepared_text(d, &backlen) == t && backlen == len, "the prepared text of %s", what);
	memset(&a, 0, sizeof(a));
	memset(&b, 0, sizeof(b));
	pt_matcher_search(m, t, len, collect, &a);
	pt_matcher_search_prepared(m, d, collect, &b);
	CHECK(a.n == b.n && a.len == b.len && memcmp(a.buf, b.buf, a.len) == 0,
		  "organizations of %s: same mentions (%d)", what, a.n);
	if (a.len != b.len || memcmp(a.buf, b.buf, a.len) != 0)
		printf("#   text     %.*s\n#   prepared %.*s\n", (int) a.len, a.buf, (int) b.len, b.buf);
	memset(&a, 0, sizeof(a));
	memset(&b, 0, sizeof(b));
	pt_places_search(p, t, len, collect, &a);
	pt_places_search_prepared(p, d, collect, &b);
	CHECK(a.n == b.n && a.len == b.len && memcmp(a.buf, b.buf, a.len) == 0,
		  "countries of %s: same mentions (%d)", what, a.n);
	/* a second search of the same prepared text */
	memset(&b, 0, sizeof(b));
	pt_places_search_prepared(p, d, collect, &b);
	CHECK(a.n == b.n && a.len == b.len && memcmp(a.buf, b.buf, a.len) == 0,
		  "countries of %s again: same mentions", what);
	pt_prepared_free(d);
}

static void
test_same(const pt_matcher *m, const pt_places *p)
{
	size_t		i;

	for (i = 0; i < sizeof(texts) / sizeof(texts[0]); i++)
	{
		char		what[32];

		snprintf(what, sizeof(what), "text %zu", i);
		compare(m, p, (const unsigned char *) texts[i], strlen(texts[i]), what);
	}
}

/* every text at once, many times: a long text with ring wrap-around */
static void
test_long(const pt_matcher *m, const pt_places *p)
{
	size_t		i,
				k,
				len = 0,
				cap = 1 << 20;
	unsigned char *t = malloc(cap);
	found		a;
	pt_prepared *d;

	for (k = 0; k < 40; k++)
		for (i = 2; i < sizeof(texts) / sizeof(texts[0]); i++)
		{
			size_t		l = strlen(texts[i]);

			memcpy(t + len, texts[i], l);
			len += l;
			t[len++] = ' ';
		}
	compare(m, p, t, len, "the long text");
	d = pt_prepare(&alloc, t, len);
	memset(&a, 0, sizeof(a));
	pt_matcher_search_prepared(m, d, collect, &a);
	CHECK(a.n >= 40 * 5, "the long text has its mentions (%d)", a.n);
	CHECK(pt_prepared_bytes(d) > len, "a prepared text holds more than the text (%zu for %zu)",
		  pt_prepared_bytes(d), len);
	pt_prepared_free(d);
	free(t);
}

/* allocation failures at every point: NULL and every block freed */
static void
test_oom(void)
{
	const unsigned char *t = (const unsigned char *) texts[2];
	long		k;
	int			nulls = 0,
				leaks = 0;

	for (k = 0; k < 8; k++)
	{
		pt_prepared *d;

		fail_after = k;
		live_blocks = 0;
		d = pt_prepare(&failing, t, strlen(texts[2]));
		if (d == NULL)
			nulls++;
		else
			pt_prepared_free(d);
		if (live_blocks != 0)
			leaks++;
	}
	CHECK(nulls > 0, "a failed allocation gives NULL (%d of 8)", nulls);
	CHECK(leaks == 0, "no block is left after a failure or a free");
	fail_after = 1000000;
}

int
main(void)
{
	pt_matcher *m = registry();
	pt_places  *p = pt_places_new(&alloc);
	int			rows = pl_load_shipped(p, "sql/src/71_places_data.sql");

	CHECK(rows > 0, "the shipped country rows load (%d)", rows);
	test_same(m, p);
	test_long(m, p);
	test_oom();
	pt_places_free(p);
	pt_matcher_free(m);
	return unit_done();
}
