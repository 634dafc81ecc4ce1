/*
 * fuzz_matcher_build.c
 *		libFuzzer target: building the organization matcher from arbitrary
 *		names.
 *
 * Input: two control bytes, then lines "CODE<tab>NAME" (CODE of 1 to 16
 * bytes, given a leading "K") or just "NAME" (code "C" + line number
 * modulo 5).  Control bits: 0x01 names are case-sensitive
 * (acronyms); 0x02 allocations fail after (second byte) successes.
 * Properties: every result of pt_matcher_add is one of the documented ones;
 * an allocation failure is reported as PT_MATCHER_NOMEM, never a crash, and
 * the matcher can still be freed; with no failure, every name that was
 * added is found by pt_matcher_lookup and by searching its own text, its
 * code round-trips through pt_matcher_find_code
 * and pt_matcher_code, mentions are ordered, non-overlapping, on code point
 * boundaries (as the decoder walks ill-formed bytes too), and the counts
 * agree with the statistics.
 */
#include "fuzz_alloc.h"
#include "utf8.h"

#define MAX_LINES	48

typedef struct mention_check
{
	const pt_matcher *m;
	const unsigned char *text;
	size_t		len;
	size_t		last_end;
	int			count;
} mention_check;

static void
check_mention(void *arg, int code, size_t start, size_t end)
{
	mention_check *mc = arg;

	FUZZ_ASSERT(code >= 0 && code < pt_matcher_ncodes(mc->m), "mention code is a known code");
	FUZZ_ASSERT(start < end && end <= mc->len, "mention range within the text");
	FUZZ_ASSERT(start >= mc->last_end, "mentions in order, not overlapping");
	FUZZ_ASSERT(fuzz_on_boundary(mc->text, mc->len, start) &&
				fuzz_on_boundary(mc->text, mc->len, end),
				"mention on code point boundaries");
	mc->last_end = end;
	mc->count++;
}

/*
 * The documented lookup key of a code: its ASCII letters (upper-cased),
 * digits and non-ASCII bytes; codes without any have no key.
 */
static size_t
code_key(const char *code, size_t len, unsigned char *out)
{
	size_t		i,
				n = 0;

	for (i = 0; i < len && n < 24; i++)
	{
		unsigned char c = (unsigned char) code[i];

		if (c >= 'a' && c <= 'z')
			out[n++] = c - 32;
		else if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80)
			out[n++] = c;
	}
	return n;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	fuzz_arena arena = {0};
	pt_allocator alloc = {arena_alloc, arena_free, &arena};
	pt_matcher *m;
	const unsigned char *name[MAX_LINES];
	size_t		namelen[MAX_LINES];
	char		code[MAX_LINES][24];
	size_t		codelen[MAX_LINES];
	int			rc[MAX_LINES];
	int			nlines = 0,
				flags,
				i,
				added = 0;
	size_t		pos;
	unsigned char *buf;

	if (size < 2)
		return 0;
	flags = (data[0] & 0x01) ? PT_NAME_CASE_SENSITIVE : 0;
	arena.fail_after = (data[0] & 0x02) ? data[1] : -1;
	buf = fuzz_dup(data + 2, size - 2);
	size -= 2;

	/* split into lines */
	pos = 0;
	while (pos <= size && nlines < MAX_LINES)
	{
		size_t		e = pos,
					tab;

		while (e < size && buf[e] != '\n')
			e++;
		for (tab = pos; tab < e && buf[tab] != '\t'; tab++)
			;
		if (tab < e && tab > pos && tab - pos <= 16)
		{
			/* "K" first: codes with a lookup key, as registry codes have */
			code[nlines][0] = 'K';
			memcpy(code[nlines] + 1, buf + pos, tab - pos);
			codelen[nlines] = tab - pos + 1;
			name[nlines] = buf + tab + 1;
			namelen[nlines] = e - tab - 1;
		}
		else
		{
			codelen[nlines] = (size_t) snprintf(code[nlines], sizeof(code[nlines]), "C%d", nlines % 5);
			name[nlines] = buf + pos;
			namelen[nlines] = e - pos;
		}
		nlines++;
		pos = e + 1;
	}

	m = pt_matcher_new(&alloc);
	if (m == NULL)
	{
		FUZZ_ASSERT(arena.failed, "pt_matcher_new fails only without memory");
		arena_reset(&arena);
		free(buf);
		return 0;
	}
	for (i = 0; i < nlines; i++)
	{
		rc[i] = pt_matcher_add(m, code[i], codelen[i], name[i], namelen[i], flags);
		FUZZ_ASSERT(rc[i] == PT_MATCHER_OK || rc[i] == PT_MATCHER_NOMEM ||
					rc[i] == PT_MATCHER_EMPTY || rc[i] == PT_MATCHER_TOO_LONG,
					"pt_matcher_add returns a documented result");
		FUZZ_ASSERT(rc[i] != PT_MATCHER_NOMEM || arena.failed, "NOMEM only when an allocation failed");
		if (rc[i] == PT_MATCHER_NOMEM)
			break;
		added += (rc[i] == PT_MATCHER_OK);
	}

	if (!arena.failed)
	{
		pt_matcher_stats st;

		pt_matcher_get_stats(m, &st);
		/* a code is registered even when its name is then refused */
		FUZZ_ASSERT(st.codes == pt_matcher_ncodes(m) && st.codes <= nlines && st.names <= added,
					"statistics agree with what was added");
		for (i = 0; i < nlines; i++)
		{
			mention_check mc = {m, name[i], namelen[i], 0, 0};
			int			idx,
						found;
			size_t		cl;
			const char *c;
			unsigned char key1[24],
						key2[24];

			if (rc[i] != PT_MATCHER_OK)
				continue;
			idx = pt_matcher_find_code(m, code[i], codelen[i]);
			{
				size_t		k1 = code_key(code[i], codelen[i], key1);

				FUZZ_ASSERT(idx >= 0, "the code of an added name is known");
				c = pt_matcher_code(m, idx, &cl);
				FUZZ_ASSERT(c != NULL && code_key(c, cl, key2) == k1 && memcmp(key1, key2, k1) == 0,
							"pt_matcher_code gives back a code of the same key");
			}
			found = pt_matcher_lookup(m, name[i], namelen[i]);
			if (found < 0)
				fuzz_dump("name not found by pt_matcher_lookup", name[i], namelen[i]);
			FUZZ_ASSERT(found >= 0 && found < pt_matcher_ncodes(m), "an added name is found by pt_matcher_lookup");
			pt_matcher_search(m, name[i], namelen[i], check_mention, &mc);
			if (mc.count == 0)
				fuzz_dump("name not found in its own text", name[i], namelen[i]);
			FUZZ_ASSERT(mc.count >= 1, "an added name is found in its own text");
		}
	}
	pt_matcher_free(m);
	arena_reset(&arena);
	free(buf);
	return 0;
}
