/*
 * fuzz_namespec.c
 *		libFuzzer target: the elements of a name array (namespec.h), as the
 *		operator text @~> text[] reads them.
 *
 * Input: elements separated by tabs, then a newline, then a text.
 * Properties: the name part of an element lies inside it; every element,
 * written back with pt_name_spec_write under each of the four flag sets,
 * reads back with those flags; and a matcher built from the written
 * elements (read with pt_name_spec) finds in the text exactly what a
 * matcher built from the names with their flags finds, names and
 * exclusions alike (the written form never changes what matches: lower
 * ASCII case and an added space are folded away).
 */
#include "fuzz_alloc.h"
#include "namespec.h"

#define MAX_ELEMS	16

static fuzz_arena arena;

/* what pt_matcher_search reports, as a list of (code, start, end) */
typedef struct found
{
	size_t		v[3 * 64];
	int			n;
} found;

static void
note(void *arg, int code, size_t start, size_t end)
{
	found	   *f = arg;

	if (f->n < 64)
	{
		f->v[3 * f->n] = (size_t) code;
		f->v[3 * f->n + 1] = start;
		f->v[3 * f->n + 2] = end;
		f->n++;
	}
}

/* a matcher of names under code T and exclusions under X, as the glue does */
static pt_matcher *
build(const unsigned char *const *names, const size_t *lens, const int *flags, int n)
{
	pt_allocator a = {arena_alloc, arena_free, &arena};
	pt_matcher *m = pt_matcher_new(&a);
	int			i;

	FUZZ_ASSERT(m != NULL, "matcher allocated");
	FUZZ_ASSERT(pt_matcher_add_code(m, "T", 1) == 0, "code T is index 0");
	FUZZ_ASSERT(pt_matcher_add_code(m, "X", 1) == 1, "code X is index 1");
	for (i = 0; i < n; i++)
		(void) pt_matcher_add(m, (flags[i] & PT_NAME_EXCLUDE) ? "X" : "T", 1,
							  names[i], lens[i], flags[i] & PT_NAME_CASE_SENSITIVE);
	return m;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const unsigned char *nl = memchr(data, '\n', size);
	size_t		head = nl ? (size_t) (nl - data) : size;
	const unsigned char *elems[MAX_ELEMS];
	size_t		elen[MAX_ELEMS];
	const unsigned char *names[MAX_ELEMS],
			   *written[MAX_ELEMS];
	size_t		nlen[MAX_ELEMS],
				wlen[MAX_ELEMS];
	int			flags[MAX_ELEMS],
				wflags[MAX_ELEMS];
	unsigned char *text;
	size_t		tlen,
				pos = 0;
	int			n = 0,
				i,
				set;

	arena.fail_after = -1;
	while (pos <= head && n < MAX_ELEMS)
	{
		const unsigned char *tab = memchr(data + pos, '\t', head - pos);
		size_t		end = tab ? (size_t) (tab - data) : head;

		elems[n] = fuzz_dup(data + pos, end - pos);
		elen[n] = end - pos;
		n++;
		pos = end + 1;
	}
	tlen = nl ? size - head - 1 : 0;
	text = fuzz_dup(nl ? nl + 1 : data, tlen);

	for (i = 0; i < n; i++)
	{
		size_t		off,
					len;

		flags[i] = pt_name_spec(elems[i], elen[i], &off, &len);
		FUZZ_ASSERT(off + len <= elen[i], "the name part lies inside the element");
		FUZZ_ASSERT((flags[i] & ~(PT_NAME_CASE_SENSITIVE | PT_NAME_EXCLUDE)) == 0, "known flags only");
		names[i] = elems[i] + off;
		nlen[i] = len;
	}

	/* each name written under each flag set reads back with it */
	for (i = 0; i < n; i++)
		for (set = 0; set < 4; set++)
		{
			int			f = ((set & 1) ? PT_NAME_CASE_SENSITIVE : 0) | ((set & 2) ? PT_NAME_EXCLUDE : 0);
			unsigned char *out = malloc(nlen[i] + PT_NAME_SPEC_EXTRA + 1);
			size_t		w = pt_name_spec_write(names[i], nlen[i], f, out),
						off,
						len;

			FUZZ_ASSERT(w <= nlen[i] + PT_NAME_SPEC_EXTRA, "written within PT_NAME_SPEC_EXTRA");
			FUZZ_ASSERT(pt_name_spec(out, w, &off, &len) == f, "written element reads back its flags");
			if (f & PT_NAME_CASE_SENSITIVE)
				FUZZ_ASSERT(len == nlen[i] && memcmp(out + off, names[i], len) == 0,
							"an acronym reads back as written");
			free(out);
		}

	/* a matcher of the written elements finds what one of the names finds */
	{
		pt_matcher *m1,
				   *m2;
		found		f1 = {.n = 0},
					f2 = {.n = 0};
		unsigned char *wbuf[MAX_ELEMS];

		for (i = 0; i < n; i++)
		{
			size_t		w,
						off,
						len;

			wbuf[i] = malloc(nlen[i] + PT_NAME_SPEC_EXTRA + 1);
			w = pt_name_spec_write(names[i], nlen[i], flags[i], wbuf[i]);
			wflags[i] = pt_name_spec(wbuf[i], w, &off, &len);
			written[i] = wbuf[i] + off;
			wlen[i] = len;
		}
		m1 = build(names, nlen, flags, n);
		m2 = build(written, wlen, wflags, n);
		pt_matcher_search(m1, text, tlen, note, &f1);
		pt_matcher_search(m2, text, tlen, note, &f2);
		if (f1.n != f2.n || memcmp(f1.v, f2.v, sizeof(size_t) * 3 * f1.n) != 0)
			fuzz_dump("text", text, tlen);
		FUZZ_ASSERT(f1.n == f2.n && memcmp(f1.v, f2.v, sizeof(size_t) * 3 * f1.n) == 0,
					"written elements match as the names with their flags");
		FUZZ_ASSERT(pt_matcher_mentions(m1, text, tlen, 0) == pt_matcher_mentions(m2, text, tlen, 0),
					"the same answer of @~>");
		pt_matcher_free(m1);
		pt_matcher_free(m2);
		for (i = 0; i < n; i++)
			free(wbuf[i]);
	}
	arena_reset(&arena);
	for (i = 0; i < n; i++)
		free((void *) elems[i]);
	free(text);
	return 0;
}
