/*
 * fuzz_matcher_search.c
 *		libFuzzer target: searching arbitrary text with the organization
 *		matcher.
 *
 * The matcher is built once from the shipped registry
 * (sql/registry/org_names.tsv, or $FUZZ_REGISTRY; acronym forms are
 * case-sensitive) plus a few names of this file, so that it works before
 * the registry exists too.  Properties of a search: mentions are ordered,
 * not overlapping, within the text and on code point boundaries; the same
 * text after a leading space gives the same mentions one byte later; and
 * the index is never lossy: for every mention, the document's index keys
 * (pt_doc_keys) hold the keys (pt_word_key) of every word of some variant
 * of a name of the mentioned code, so an index scan that requires them
 * finds the row.
 */
#include "fuzz_alloc.h"
#include "utf8.h"

static const char *const builtin[][2] = {
	{"UN", "United Nations"}, {"UN", "الأمم المتحدة"}, {"UN", "سازمان ملل متحد"},
	{"UNICEF", "منظمة الأمم المتحدة للطفولة"}, {"UNICEF", "اليونيسف"}, {"UNICEF", "یونیسف"},
	{"UNFPA", "صندوق جمعیت سازمان ملل متحد"}, {"UNFPA", "صندوق الأمم المتحدة للسكان"},
	{"IOM", "المنظمة الدولية للهجرة"}, {"IOM", "منظمة الهجرة الدولية"},
	{"IOM", "سازمان بین‌المللی مهاجرت"}, {"WFP", "برنامهٔ جهانی غذا"},
	{"ILO", "منظمة العمل الدولية"}, {"ILO", "International Labour Organization"},
	{"WB", "World Bank"}, {"WB", "البنك الدولي"}, {"EU", "الاتحاد الأوروبي"},
	{"GCC", "Co-operation Council for the Arab States of the Gulf"},
};

static const char *const builtin_acronyms[][2] = {
	{"WHO", "WHO"}, {"ILO", "ILO"}, {"UNICEF", "UNICEF"}, {"IOM", "IOM"}, {"FAO", "FAO"},
};

static fuzz_arena arena;
static pt_allocator alloc = {arena_alloc, arena_free, &arena};
static pt_matcher *matcher;

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
	size_t		i;
	const char *reg = getenv("FUZZ_REGISTRY");

	(void) argc;
	(void) argv;
	arena.fail_after = -1;
	matcher = pt_matcher_new(&alloc);
	for (i = 0; i < sizeof(builtin) / sizeof(builtin[0]); i++)
		pt_matcher_add(matcher, builtin[i][0], strlen(builtin[i][0]),
					   (const unsigned char *) builtin[i][1], strlen(builtin[i][1]), 0);
	for (i = 0; i < sizeof(builtin_acronyms) / sizeof(builtin_acronyms[0]); i++)
		pt_matcher_add(matcher, builtin_acronyms[i][0], strlen(builtin_acronyms[i][0]),
					   (const unsigned char *) builtin_acronyms[i][1],
					   strlen(builtin_acronyms[i][1]), PT_NAME_CASE_SENSITIVE);
	add_registry(reg ? reg : "sql/registry/org_names.tsv");
	return 0;
}

#define MAX_MENTIONS	4096

typedef struct mentions
{
	const unsigned char *text;
	size_t		len;
	int			n;
	int			code[MAX_MENTIONS];
	size_t		start[MAX_MENTIONS],
				end[MAX_MENTIONS];
} mentions;

static void
collect(void *arg, int code, size_t start, size_t end)
{
	mentions   *ms = arg;

	FUZZ_ASSERT(code >= 0 && code < pt_matcher_ncodes(matcher), "mention code is a known code");
	FUZZ_ASSERT(start < end && end <= ms->len, "mention range within the text");
	FUZZ_ASSERT(ms->n == 0 || start >= ms->end[ms->n - 1], "mentions in order, not overlapping");
	FUZZ_ASSERT(fuzz_on_boundary(ms->text, ms->len, start) &&
				fuzz_on_boundary(ms->text, ms->len, end), "mention on code point boundaries");
	FUZZ_ASSERT(ms->n < MAX_MENTIONS, "fewer mentions than bytes");
	ms->code[ms->n] = code;
	ms->start[ms->n] = start;
	ms->end[ms->n] = end;
	ms->n++;
}

typedef struct keyset
{
	uint32_t   *k;
	size_t		n,
				cap;
} keyset;

static void
add_key(void *arg, uint32_t key)
{
	keyset	   *ks = arg;

	if (ks->n == ks->cap)
	{
		ks->cap = ks->cap ? 2 * ks->cap : 256;
		ks->k = realloc(ks->k, ks->cap * sizeof(uint32_t));
	}
	ks->k[ks->n++] = key;
}

static int
cmp_u32(const void *a, const void *b)
{
	uint32_t	x = *(const uint32_t *) a,
				y = *(const uint32_t *) b;

	return x < y ? -1 : x > y;
}

/* variant callback: stops (returns 1) at a variant all of whose keys the document has */
static int
variant_covered(void *arg, int nwords, const unsigned char *const *words,
				const size_t *lens, int glued)
{
	const keyset *ks = arg;
	int			i;

	(void) glued;
	for (i = 0; i < nwords; i++)
	{
		uint32_t	k = pt_word_key(words[i], lens[i]);

		if (!bsearch(&k, ks->k, ks->n, sizeof(uint32_t), cmp_u32))
			return 0;
	}
	return 1;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	unsigned char *text = fuzz_dup(data, size);
	unsigned char *spaced = malloc(size + 1);
	static mentions ms,
				ms2;
	keyset		ks = {0};
	int			i;

	ms.text = text;
	ms.len = size;
	ms.n = 0;
	pt_matcher_search(matcher, text, size, collect, &ms);

	/* a leading space shifts every mention by one byte */
	spaced[0] = ' ';
	memcpy(spaced + 1, data, size);
	ms2.text = spaced;
	ms2.len = size + 1;
	ms2.n = 0;
	pt_matcher_search(matcher, spaced, size + 1, collect, &ms2);
	FUZZ_ASSERT(ms2.n == ms.n, "a leading space changes no mention");
	for (i = 0; i < ms.n; i++)
		FUZZ_ASSERT(ms2.code[i] == ms.code[i] && ms2.start[i] == ms.start[i] + 1 &&
					ms2.end[i] == ms.end[i] + 1, "a leading space shifts mentions by one byte");

	/* pt_matcher_mentions says yes exactly for the codes the search found */
	for (i = 0; i < ms.n; i++)
		FUZZ_ASSERT(pt_matcher_mentions(matcher, text, size, ms.code[i]) == 1,
					"pt_matcher_mentions finds a code the search found");
	{
		int			probe = (int) (size % (size_t) pt_matcher_ncodes(matcher));
		int			found = 0;

		for (i = 0; i < ms.n; i++)
			found |= ms.code[i] == probe;
		FUZZ_ASSERT(pt_matcher_mentions(matcher, text, size, probe) == found,
					"pt_matcher_mentions agrees with the search on another code");
	}

	/* the index keys of the text cover every mention */
	if (ms.n > 0)
	{
		pt_doc_keys(text, size, add_key, &ks);
		qsort(ks.k, ks.n, sizeof(uint32_t), cmp_u32);
		for (i = 0; i < ms.n; i++)
			FUZZ_ASSERT(pt_matcher_code_names(matcher, ms.code[i], variant_covered, &ks) == 1,
						"the document's index keys cover a variant of every mentioned code");
		free(ks.k);
	}
	free(spaced);
	free(text);
	return 0;
}
