/*
 * fuzz_matcher_prepared.c
 *		libFuzzer target: a text prepared once (pt_prepare) and searched by
 *		the organization matcher and the country finder.
 *
 * The matcher is built from the shipped registry (sql/registry/org_names.tsv,
 * acronym forms case-sensitive), the finder from the shipped country rows
 * (sql/src/71_places_data.sql).  Properties: pt_matcher_search_prepared and
 * pt_places_search_prepared give exactly the mentions of pt_matcher_search
 * and pt_places_search on the text, in the same order, and searching the
 * same prepared text twice gives them again; pt_prepared_text gives the
 * text back; a prepared text whose allocations fail after some number of
 * them returns NULL and frees what it took (the tracking allocator checks).
 */
#include "fuzz_alloc.h"
#include "places.h"
#include "../unit/places_load.h"

static fuzz_arena arena;
static pt_allocator alloc = {arena_alloc, arena_free, &arena};
static pt_matcher *matcher;
static pt_places *finder;

static void *
m_alloc(void *ctx, size_t size)
{
	(void) ctx;
	return malloc(size);
}

static void
m_free(void *ctx, void *p)
{
	(void) ctx;
	free(p);
}

static const pt_allocator plain = {m_alloc, m_free, NULL};

/* the shipped registry: code, name, lang, form per line */
static void
add_registry(const char *path)
{
	FILE	   *f = fopen(path, "r");
	char		line[4096];

	if (f == NULL)
		return;
	while (fgets(line, sizeof(line), f))
	{
		char	   *code = line,
				   *name,
				   *lang,
				   *form,
				   *nl;

		if ((nl = strchr(line, '\n')) != NULL)
			*nl = '\0';
		if ((name = strchr(code, '\t')) == NULL)
			continue;
		*name++ = '\0';
		if (strcmp(code, "code") == 0)
			continue;			/* header */
		lang = strchr(name, '\t');
		form = lang ? strchr(lang + 1, '\t') : NULL;
		if (lang)
			*lang = '\0';
		pt_matcher_add(matcher, code, strlen(code), (const unsigned char *) name,
					   strlen(name), (form && strncmp(form + 1, "acronym", 7) == 0) ? PT_NAME_CASE_SENSITIVE : 0);
	}
	fclose(f);
}

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void) argc;
	(void) argv;
	matcher = pt_matcher_new(&plain);
	finder = pt_places_new(&plain);
	if (!matcher || !finder || pl_load_shipped(finder, "sql/src/71_places_data.sql") < 0)
	{
		fprintf(stderr, "cannot load sql/src/71_places_data.sql (run from the repository root)\n");
		abort();
	}
	pt_matcher_add(matcher, "UN", 2, (const unsigned char *) "United Nations", 14, 0);
	add_registry("sql/registry/org_names.tsv");
	return 0;
}

#define MAX_MENTIONS	4096

typedef struct mentions
{
	int			n;
	int			code[MAX_MENTIONS];
	size_t		start[MAX_MENTIONS],
				end[MAX_MENTIONS];
} mentions;

static void
collect(void *arg, int code, size_t start, size_t end)
{
	mentions   *ms = arg;

	FUZZ_ASSERT(ms->n < MAX_MENTIONS, "fewer mentions than bytes");
	ms->code[ms->n] = code;
	ms->start[ms->n] = start;
	ms->end[ms->n] = end;
	ms->n++;
}

/* are the two lists the same mentions? */
static int
same(const mentions *a, const mentions *b)
{
	int			i;

	if (a->n != b->n)
		return 0;
	for (i = 0; i < a->n; i++)
		if (a->code[i] != b->code[i] || a->start[i] != b->start[i] || a->end[i] != b->end[i])
			return 0;
	return 1;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	unsigned char *text = fuzz_dup(data, size);
	static mentions a,
				b;
	pt_prepared *d;
	const unsigned char *back;
	size_t		backlen;
	int			round;

	arena.fail_after = -1;
	d = pt_prepare(&alloc, text, size);
	FUZZ_ASSERT(d != NULL, "a text is prepared when memory suffices");
	back = pt_prepared_text(d, &backlen);
	FUZZ_ASSERT(back == text && backlen == size, "the prepared text is the text");
	FUZZ_ASSERT(pt_prepared_bytes(d) > 0, "a prepared text holds memory");

	a.n = 0;
	pt_matcher_search(matcher, text, size, collect, &a);
	for (round = 0; round < 2; round++)
	{
		b.n = 0;
		pt_matcher_search_prepared(matcher, d, collect, &b);
		FUZZ_ASSERT(same(&a, &b), "the prepared text gives the organization mentions of the text");
	}
	a.n = 0;
	pt_places_search(finder, text, size, collect, &a);
	for (round = 0; round < 2; round++)
	{
		b.n = 0;
		pt_places_search_prepared(finder, d, collect, &b);
		FUZZ_ASSERT(same(&a, &b), "the prepared text gives the country mentions of the text");
	}
	pt_prepared_free(d);
	FUZZ_ASSERT(arena.n == 0, "pt_prepared_free frees every block");

	/* allocations that fail part way: NULL, and nothing kept */
	arena.fail_after = (long) (size % 5);
	arena.allocs = 0;
	d = pt_prepare(&alloc, text, size);
	if (d == NULL)
		FUZZ_ASSERT(arena.n == 0, "a failed pt_prepare frees what it took");
	else
		pt_prepared_free(d);
	FUZZ_ASSERT(arena.n == 0, "no block is left");
	arena.fail_after = -1;
	free(text);
	return 0;
}
