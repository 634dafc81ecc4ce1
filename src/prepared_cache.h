/*
 * prepared_cache.h
 *		The text of the last document searched in this backend, prepared
 *		once (pt_prepare, matcher.h) for every search of that document: a
 *		query calling pt_orgs(body) and pt_places(body) on the same row
 *		reads, folds and cuts the text into forms once.
 */
#ifndef PT_PREPARED_CACHE_H
#define PT_PREPARED_CACHE_H

#include "postgres.h"

#include "matcher.h"
#include "places.h"

/* texts longer than this (bytes) are searched as they are read, not kept */
#define PT_PREPARED_MAX_TEXT	(256 * 1024)

/*
 * The prepared words of text (the cached ones if the last document had
 * the same bytes), or NULL for a text too long or when memory is short:
 * then search the text itself.  Valid until the next call.
 */
extern const pt_prepared *pt_prepared_for(const unsigned char *text, size_t len);

/* pt_matcher_search through the cache */
extern void pt_search_orgs(const pt_matcher *m, const unsigned char *text,
						   size_t len, pt_match_cb cb, void *arg);

/* pt_places_search through the cache */
extern void pt_search_places(const pt_places *p, const unsigned char *text,
							 size_t len, pt_place_cb cb, void *arg);

#endif							/* PT_PREPARED_CACHE_H */
