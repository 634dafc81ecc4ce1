/*
 * stemcache.h
 *		Lexize results of recent tokens, for the pt_stem dictionary.
 *
 * A two-way set-associative table indexed by a hash of the token's raw
 * bytes: a hit skips folding, the language decision, the stop-word lookup
 * and stemming.  A new result replaces the less recently used of the two
 * slots of its set.  Tokens of up to PT_CACHE_KEY_MAX bytes whose lexemes
 * (at most two) fit in PT_CACHE_LEXEMES_MAX bytes, terminators included,
 * are cached.  The table is allocated once (pt_stemcache_new) and freed by
 * the caller's allocator context (or pt_stemcache_free).
 */
#ifndef PT_STEMCACHE_H
#define PT_STEMCACHE_H

#include <stddef.h>
#include <stdint.h>

#include "matcher.h"			/* pt_allocator */
#include "stemword.h"			/* pt_lexeme_ref */

#define PT_CACHE_KEY_MAX		40
#define PT_CACHE_LEXEMES_MAX	42
#define PT_CACHE_MAX_SLOTS		(1 << 20)

typedef struct pt_stemcache pt_stemcache;

/*
 * A cache of at least "slots" slots (rounded up to a power of two, at
 * least 2; slots <= PT_CACHE_MAX_SLOTS), or NULL when out of memory.
 */
extern pt_stemcache *pt_stemcache_new(size_t slots, const pt_allocator *a);

extern void pt_stemcache_free(pt_stemcache *c, const pt_allocator *a);

/*
 * Look a token up: returns the number of its lexemes (0, 1 or 2) and
 * points out[] into the cache (valid until the next put), or -1 on a miss.
 */
extern int	pt_stemcache_get(pt_stemcache *c, const unsigned char *raw,
							 size_t len, pt_lexeme_ref out[2]);

/* Remember a token's lexemes (n of them) when they fit. */
extern void pt_stemcache_put(pt_stemcache *c, const unsigned char *raw,
							 size_t len, int n, const pt_lexeme_ref *lex);

#endif							/* PT_STEMCACHE_H */
