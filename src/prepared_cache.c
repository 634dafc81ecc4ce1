/*
 * prepared_cache.c
 *		A one-entry, per-backend cache of the last prepared document (see
 *		prepared_cache.h).
 *
 * The entry is found by content (length and bytes), never by pointer: the
 * second function of a row gets its own detoasted copy of the text.  The
 * entry owns a copy of the text and lives in one memory context, reset for
 * every new document, so memory stays bounded: at most PT_PREPARED_MAX_TEXT
 * bytes of text, about 20 times that prepared (longer texts are searched
 * as they are read, in constant memory).  The entry is marked empty before
 * a document is prepared: an error or a cancel while preparing (pt_prepare
 * runs CHECK_FOR_INTERRUPTS) leaves no half-made entry, and the next call
 * resets the context.  Each parallel worker is a backend with its own
 * cache.
 */
#include "postgres.h"

#include "utils/memutils.h"

#include "prepared_cache.h"
#include "table_cache.h"

/* bytes the context keeps between documents (most texts fit) */
#define PREPARED_KEEP	(256 * 1024)

static MemoryContext prepared_cxt = NULL;
static const pt_prepared *prepared_doc = NULL;	/* NULL: no entry */
static unsigned char *prepared_text = NULL;
static size_t prepared_len = 0;

/* The prepared words of text, cached by content; NULL to search the text. */
const pt_prepared *
pt_prepared_for(const unsigned char *text, size_t len)
{
	pt_allocator a;
	pt_prepared *d;

	if (len > PT_PREPARED_MAX_TEXT)
		return NULL;
	if (prepared_doc && prepared_len == len &&
		memcmp(prepared_text, text, len) == 0)
		return prepared_doc;

	prepared_doc = NULL;
	if (prepared_cxt == NULL)
		prepared_cxt = AllocSetContextCreate(TopMemoryContext,
											 "policytext prepared text",
											 PREPARED_KEEP, PREPARED_KEEP,
											 ALLOCSET_DEFAULT_MAXSIZE);
	else
		MemoryContextReset(prepared_cxt);
	prepared_text = MemoryContextAllocExtended(prepared_cxt, len ? len : 1,
											   MCXT_ALLOC_NO_OOM);
	if (prepared_text == NULL)
		return NULL;
	memcpy(prepared_text, text, len);
	a = pt_context_allocator(prepared_cxt);
	d = pt_prepare(&a, prepared_text, len);
	if (d == NULL)
	{
		MemoryContextReset(prepared_cxt);
		return NULL;
	}
	prepared_len = len;
	prepared_doc = d;
	return d;
}

/* Every mention of m's names in text, through the cache. */
void
pt_search_orgs(const pt_matcher *m, const unsigned char *text, size_t len,
			   pt_match_cb cb, void *arg)
{
	const pt_prepared *d = pt_prepared_for(text, len);

	if (d)
		pt_matcher_search_prepared(m, d, cb, arg);
	else
		pt_matcher_search(m, text, len, cb, arg);
}

/* Every country mention in text, through the cache. */
void
pt_search_places(const pt_places *p, const unsigned char *text, size_t len,
				 pt_place_cb cb, void *arg)
{
	const pt_prepared *d = pt_prepared_for(text, len);

	if (d)
		pt_places_search_prepared(p, d, cb, arg);
	else
		pt_places_search(p, text, len, cb, arg);
}
