/*
 * fuzz_places.c
 *		libFuzzer target: finding countries in arbitrary text.
 *
 * The finder is built once from the shipped rows (sql/src/71_places_data.sql,
 * loaded as the extension installs them).  Properties of a search: mentions
 * are ordered, not overlapping, within the text, non-empty, on code point
 * boundaries when the text is well-formed UTF-8, and give a valid country; pt_places_mentions agrees with the
 * search for the first mention's country; a lookup of a mention's own text
 * never gives a country the mention did not (a whole mention may lose its
 * context, as for a currency word, but never changes country); and the
 * index is never lossy: for every mention, the document's index keys hold
 * the keys of every word of some variant of the country's names.
 */
#include "fuzz.h"
#include "places.h"
#include "../unit/places_load.h"

static pt_places *finder;

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

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void) argc;
	(void) argv;
	finder = pt_places_new(&alloc);
	if (!finder || pl_load_shipped(finder, "sql/src/71_places_data.sql") < 0)
	{
		fprintf(stderr, "cannot load sql/src/71_places_data.sql (run from the repository root)\n");
		abort();
	}
	return 0;
}

typedef struct mention
{
	int			country;
	size_t		start,
				end;
} mention;

typedef struct mentions
{
	mention		m[512];
	int			n;
	size_t		len;
	const unsigned char *text;
	int			valid;			/* well-formed UTF-8 (as the server's text) */
} mentions;

static void
collect(void *arg, int country, size_t start, size_t end)
{
	mentions   *ms = arg;

	FUZZ_ASSERT(country >= 0 && country < pt_places_ncountries(finder), "valid country");
	FUZZ_ASSERT(start < end && end <= ms->len, "mention within the text");
	if (ms->valid)
	{
		FUZZ_ASSERT((ms->text[start] & 0xC0) != 0x80, "mention starts on a code point");
		FUZZ_ASSERT(end == ms->len || (ms->text[end] & 0xC0) != 0x80, "mention ends on a code point");
	}
	if (ms->n > 0)
		FUZZ_ASSERT(start >= ms->m[ms->n - 1].end, "mentions ordered and disjoint");
	if (ms->n < 512)
	{
		ms->m[ms->n].country = country;
		ms->m[ms->n].start = start;
		ms->m[ms->n].end = end;
		ms->n++;
	}
}

/* index keys of the document, and whether a variant is covered */
typedef struct keyset
{
	uint32_t   *k;
	size_t		n,
				cap;
} keyset;

static void
key_add(void *arg, uint32_t key)
{
	keyset	   *ks = arg;

	if (ks->n == ks->cap)
	{
		ks->cap = ks->cap ? ks->cap * 2 : 256;
		ks->k = realloc(ks->k, ks->cap * sizeof(uint32_t));
	}
	ks->k[ks->n++] = key;
}

static int
key_has(const keyset *ks, uint32_t key)
{
	size_t		i;

	for (i = 0; i < ks->n; i++)
		if (ks->k[i] == key)
			return 1;
	return 0;
}

typedef struct cover
{
	const keyset *ks;
	int			covered;
} cover;

static int
variant_covered(void *arg, int nwords, const unsigned char *const *words,
				const size_t *lens, int glued)
{
	cover	   *c = arg;
	int			i;

	(void) glued;
	for (i = 0; i < nwords; i++)
		if (!key_has(c->ks, pt_word_key(words[i], lens[i])))
			return 0;
	c->covered = 1;
	return 1;					/* stop */
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	unsigned char *text = fuzz_dup(data, size);
	mentions	ms;
	keyset		ks = {NULL, 0, 0};
	int			i;

	ms.n = 0;
	ms.len = size;
	ms.text = text;
	ms.valid = pt_utf8_valid(text, size);
	pt_places_search(finder, text, size, collect, &ms);
	if (ms.n > 0)
	{
		FUZZ_ASSERT(pt_places_mentions(finder, text, size, ms.m[0].country),
					"mentions agrees with the search");
		pt_doc_keys(text, size, key_add, &ks);
		for (i = 0; i < ms.n && i < 8; i++)
		{
			cover		c = {&ks, 0};
			int			l = pt_places_lookup(finder, text + ms.m[i].start,
											 ms.m[i].end - ms.m[i].start);

			FUZZ_ASSERT(l < 0 || l == ms.m[i].country, "a mention looked up alone keeps its country");
			pt_places_code_names(finder, ms.m[i].country, variant_covered, &c);
			FUZZ_ASSERT(c.covered, "the index keys cover some variant of the country's names");
		}
	}
	pt_places_lookup(finder, text, size);
	free(ks.k);
	free(text);
	return 0;
}
