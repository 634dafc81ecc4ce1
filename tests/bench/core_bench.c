/*
 * core_bench.c
 *		Times the organization matcher and the country finder of the core
 *		over the benchmark corpus, without the server, and prints a checksum
 *		of every mention found (so that two builds can be compared for
 *		exactly the same results).  Not part of the extension.
 *
 *   cc -O2 -g -Isrc/core -Itests/unit -o /tmp/core_bench \
 *      tests/bench/core_bench.c src/core/[a-z]*.c
 *   /tmp/core_bench CORPUS.tsv [orgs|places|both|shared] [rounds]
 *
 * CORPUS.tsv is gen_corpus.py's corpus (lang<TAB>body, COPY text format).
 * The registry is sql/registry/org_names.tsv, the countries
 * sql/src/71_places_data.sql (tests/unit/places_load.h), both read from the
 * current directory (the repository root).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "matcher.h"
#include "places.h"
#include "places_load.h"

static void *
b_alloc(void *ctx, size_t n)
{
	(void) ctx;
	return malloc(n);
}

static void
b_free(void *ctx, void *p)
{
	(void) ctx;
	free(p);
}

static pt_allocator alloc = {b_alloc, b_free, NULL};

/* the registry file into m: code, name, lang, form per line */
static void
load_orgs(pt_matcher *m, const char *path)
{
	FILE	   *f = fopen(path, "r");
	char		line[4096];

	if (!f)
	{
		perror(path);
		exit(1);
	}
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
			continue;
		lang = strchr(name, '\t');
		form = lang ? strchr(lang + 1, '\t') : NULL;
		if (lang)
			*lang = '\0';
		pt_matcher_add_code(m, code, strlen(code));
		pt_matcher_add(m, code, strlen(code), (const unsigned char *) name,
					   strlen(name),
					   (form && strncmp(form + 1, "acronym", 7) == 0) ? PT_NAME_CASE_SENSITIVE : 0);
	}
	fclose(f);
}

typedef struct doc
{
	unsigned char *s;
	size_t		len;
} doc;

/* the bodies of the corpus, COPY escapes undone */
static doc *
load_corpus(const char *path, int *ndocs)
{
	FILE	   *f = fopen(path, "r");
	size_t		cap = 1 << 16;
	char	   *line = malloc(cap);
	doc		   *docs = NULL;
	int			n = 0,
				dcap = 0;
	size_t		len = 0;
	int			c;

	if (!f)
	{
		perror(path);
		exit(1);
	}
	for (;;)
	{
		c = fgetc(f);
		if (c != EOF && c != '\n')
		{
			if (len + 1 >= cap)
				line = realloc(line, cap *= 2);
			line[len++] = (char) c;
			continue;
		}
		if (len > 0)
		{
			char	   *tab = memchr(line, '\t', len);
			size_t		i,
						o = 0;
			unsigned char *b;

			if (tab)
			{
				size_t		st = tab + 1 - line;

				b = malloc(len - st + 1);
				for (i = st; i < len; i++)
				{
					if (line[i] == '\\' && i + 1 < len)
					{
						i++;
						b[o++] = line[i] == 'n' ? '\n' : line[i] == 't' ? '\t' :
							line[i] == 'r' ? '\r' : line[i];
					}
					else
						b[o++] = line[i];
				}
				if (n == dcap)
					docs = realloc(docs, (dcap = dcap ? dcap * 2 : 1024) * sizeof(doc));
				docs[n].s = b;
				docs[n].len = o;
				n++;
			}
		}
		len = 0;
		if (c == EOF)
			break;
	}
	fclose(f);
	free(line);
	*ndocs = n;
	return docs;
}

typedef struct sum
{
	unsigned long long h;
	long		n;
} sum;

static void
sum_cb(void *arg, int code, size_t start, size_t end)
{
	sum		   *s = arg;

	s->h = s->h * 1000003u + (unsigned long long) code * 7919u + start * 31u + end;
	s->n++;
}

static void
key_cb(void *arg, uint32_t key)
{
	sum		   *s = arg;

	s->h = s->h * 1000003u + key;
	s->n++;
}

static int
variant_cb(void *arg, int nwords, const unsigned char *const *words,
		   const size_t *lens, int glued)
{
	sum		   *s = arg;
	int			i;

	for (i = 0; i < nwords; i++)
		s->h = s->h * 1000003u + pt_word_key(words[i], lens[i]);
	s->h = s->h * 31u + (unsigned long long) glued;
	s->n++;
	return 0;
}

/* a checksum of the index keys of the corpus and of every registry name's variants */
static void
keys(doc *docs, int ndocs, const char *registry)
{
	sum			k = {0, 0},
				v = {0, 0};
	FILE	   *f = fopen(registry, "r");
	char		line[4096];
	int			i;

	for (i = 0; i < ndocs; i++)
		pt_doc_keys(docs[i].s, docs[i].len, key_cb, &k);
	while (f && fgets(line, sizeof(line), f))
	{
		char	   *name = strchr(line, '\t'),
				   *e;

		if (!name)
			continue;
		name++;
		if ((e = strchr(name, '\t')) != NULL)
			*e = '\0';
		pt_name_variants((const unsigned char *) name, strlen(name), 0, variant_cb, &v);
		pt_name_variants((const unsigned char *) name, strlen(name), PT_NAME_CASE_SENSITIVE,
						 variant_cb, &v);
	}
	if (f)
		fclose(f);
	printf("index keys %ld checksum %016llx; name variants %ld checksum %016llx\n",
		   k.n, k.h, v.n, v.h);
}

static double
now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

int
main(int argc, char **argv)
{
	const char *what = argc > 2 ? argv[2] : "both";
	int			rounds = argc > 3 ? atoi(argv[3]) : 1;
	int			ndocs,
				r,
				i;
	doc		   *docs;
	pt_matcher *m = pt_matcher_new(&alloc);
	pt_places  *p = pt_places_new(&alloc);
	double		t0,
				to = 0,
				tp = 0;
	size_t		held = 0,
				text = 0;
	sum			so = {0, 0},
				sp = {0, 0};

	if (argc < 2)
	{
		fprintf(stderr, "usage: core_bench CORPUS.tsv [orgs|places|both|shared|keys|load] [rounds]\n");
		return 2;
	}
	docs = load_corpus(argv[1], &ndocs);
	load_orgs(m, "sql/registry/org_names.tsv");
	if (pl_load_shipped(p, "sql/src/71_places_data.sql") < 0)
	{
		fprintf(stderr, "loading the countries failed\n");
		return 1;
	}
	if (strcmp(what, "keys") == 0)
	{
		keys(docs, ndocs, "sql/registry/org_names.tsv");
		return 0;
	}
	for (r = 0; r < rounds; r++)
	{
		so.h = so.n = sp.h = sp.n = 0;
		if (strcmp(what, "orgs") == 0 || strcmp(what, "both") == 0)
		{
			t0 = now_ms();
			for (i = 0; i < ndocs; i++)
				pt_matcher_search(m, docs[i].s, docs[i].len, sum_cb, &so);
			to += now_ms() - t0;
		}
		if (strcmp(what, "places") == 0 || strcmp(what, "both") == 0)
		{
			t0 = now_ms();
			for (i = 0; i < ndocs; i++)
				pt_places_search(p, docs[i].s, docs[i].len, sum_cb, &sp);
			tp += now_ms() - t0;
		}
		if (strcmp(what, "shared") == 0)
		{
			/* both on one prepared text, as the server's cache does */
			t0 = now_ms();
			for (i = 0; i < ndocs; i++)
			{
				pt_prepared *d = pt_prepare(&alloc, docs[i].s, docs[i].len);

				pt_matcher_search_prepared(m, d, sum_cb, &so);
				pt_places_search_prepared(p, d, sum_cb, &sp);
				held += pt_prepared_bytes(d);
				text += docs[i].len;
				pt_prepared_free(d);
			}
			to += now_ms() - t0;
			tp = to;
		}
	}
	printf("documents %d, rounds %d\n", ndocs, rounds);
	printf("orgs:   %8.1f ms  mentions %ld  checksum %016llx\n", to / rounds, so.n, so.h);
	printf("places: %8.1f ms  mentions %ld  checksum %016llx\n", tp / rounds, sp.n, sp.h);
	if (text > 0)
		printf("prepared texts hold %.1f bytes per byte of text\n", (double) held / text);
	if (to > 0 && tp > 0)
		printf("places / orgs: %.2f\n", tp / to);
	return 0;
}
