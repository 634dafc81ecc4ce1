/*
 * stemcache.c
 *		Lexize results of recent tokens (see stemcache.h).
 */
#include <string.h>

#include "stem_util.h"			/* pt_word_hash */
#include "stemcache.h"

typedef struct
{
	uint8_t		nlexemes;		/* 0, 1 or 2 */
	uint8_t		lexlen[2];		/* byte length of each lexeme */
	unsigned char key[PT_CACHE_KEY_MAX];
	unsigned char lexemes[PT_CACHE_LEXEMES_MAX];	/* NUL-terminated, one after another */
} cache_slot;

/* what a look-up reads first, for the two slots of a set, kept together */
typedef struct
{
	uint32_t	hash[2];
	uint8_t		keylen[2];		/* 0: empty slot */
	uint8_t		recent;			/* the first slot was used last */
} cache_tag;

struct pt_stemcache
{
	cache_tag  *tags;			/* one a set */
	cache_slot *slots;			/* two a set */
	uint32_t	mask;			/* number of sets - 1 */
};

pt_stemcache *
pt_stemcache_new(size_t slots, const pt_allocator *a)
{
	pt_stemcache *c;
	size_t		n = 2;

	if (slots > PT_CACHE_MAX_SLOTS)
		slots = PT_CACHE_MAX_SLOTS;
	while (n < slots)
		n <<= 1;
	c = a->alloc(a->ctx, sizeof(pt_stemcache));
	if (c == NULL)
		return NULL;
	c->tags = a->alloc(a->ctx, sizeof(cache_tag) * (n / 2));
	c->slots = a->alloc(a->ctx, sizeof(cache_slot) * n);
	if (c->tags == NULL || c->slots == NULL)
	{
		pt_stemcache_free(c, a);
		return NULL;
	}
	memset(c->tags, 0, sizeof(cache_tag) * (n / 2));
	memset(c->slots, 0, sizeof(cache_slot) * n);
	c->mask = (uint32_t) (n / 2 - 1);
	return c;
}

void
pt_stemcache_free(pt_stemcache *c, const pt_allocator *a)
{
	if (c == NULL)
		return;
	if (c->tags)
		a->free(a->ctx, c->tags);
	if (c->slots)
		a->free(a->ctx, c->slots);
	a->free(a->ctx, c);
}

/* Are the n bytes at a and b equal?  (Keys are short: no call to memcmp.) */
static inline int
bytes_eq(const unsigned char *a, const unsigned char *b, size_t n)
{
	while (n > 0)
	{
		n--;
		if (a[n] != b[n])
			return 0;
	}
	return 1;
}

/* Does slot "way" of set "set" hold the token? */
static inline int
holds(const pt_stemcache *c, uint32_t set, int way, uint32_t hash,
	  const unsigned char *raw, size_t len)
{
	const cache_tag *t = &c->tags[set];

	return t->hash[way] == hash && t->keylen[way] == len &&
		bytes_eq(c->slots[2 * set + way].key, raw, len);
}

int
pt_stemcache_get(pt_stemcache *c, const unsigned char *raw, size_t len,
				 pt_lexeme_ref out[2])
{
	uint32_t	hash,
				set;

	if (len == 0 || len > PT_CACHE_KEY_MAX)
		return -1;
	hash = pt_word_hash(raw, len);
	set = hash & c->mask;
	for (int way = 0; way < 2; way++)
	{
		if (holds(c, set, way, hash, raw, len))
		{
			const cache_slot *s = &c->slots[2 * set + way];
			const unsigned char *l = s->lexemes;

			c->tags[set].recent = (way == 0);
			for (int i = 0; i < s->nlexemes; i++)
			{
				out[i].s = l;
				out[i].len = s->lexlen[i];
				l += s->lexlen[i] + 1;
			}
			return s->nlexemes;
		}
	}
	return -1;
}

void
pt_stemcache_put(pt_stemcache *c, const unsigned char *raw, size_t len,
				 int n, const pt_lexeme_ref *lex)
{
	uint32_t	hash,
				set;
	int			way;
	cache_slot *s;
	cache_tag  *t;
	size_t		total = 0;

	if (len == 0 || len > PT_CACHE_KEY_MAX || n < 0 || n > 2)
		return;
	hash = pt_word_hash(raw, len);
	set = hash & c->mask;
	t = &c->tags[set];
	way = t->recent ? 1 : 0;	/* replace the slot used less recently */
	s = &c->slots[2 * set + way];
	for (int i = 0; i < n; i++)
		total += lex[i].len + 1;
	if (total > PT_CACHE_LEXEMES_MAX)
	{
		t->keylen[way] = 0;		/* the slot no longer holds its old token */
		return;
	}
	total = 0;
	for (int i = 0; i < n; i++)
	{
		memcpy(s->lexemes + total, lex[i].s, lex[i].len);
		s->lexemes[total + lex[i].len] = '\0';
		s->lexlen[i] = (uint8_t) lex[i].len;
		total += lex[i].len + 1;
	}
	t->hash[way] = hash;
	t->keylen[way] = (uint8_t) len;
	t->recent = (way == 0);
	s->nlexemes = (uint8_t) n;
	memcpy(s->key, raw, len);
}
