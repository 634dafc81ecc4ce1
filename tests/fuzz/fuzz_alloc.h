/*
 * fuzz_alloc.h
 *		A tracking allocator for the matcher targets, with failure injection.
 *
 * Like a server memory context, it owns every block it hands out and frees
 * what is left when the target is done, so a matcher abandoned after an
 * allocation failure leaks nothing; a double or foreign free aborts.  After
 * fail_after successful allocations every further one fails (-1: never).
 */
#ifndef PT_FUZZ_ALLOC_H
#define PT_FUZZ_ALLOC_H

#include "fuzz.h"
#include "matcher.h"

typedef struct fuzz_arena
{
	void	  **blocks;
	size_t		n,
				cap;
	long		fail_after;
	long		allocs;
	int			failed;			/* an allocation was refused */
} fuzz_arena;

static inline void *
arena_alloc(void *ctx, size_t size)
{
	fuzz_arena *a = ctx;
	void	   *p;

	if (a->fail_after >= 0 && a->allocs >= a->fail_after)
	{
		a->failed = 1;
		return NULL;
	}
	FUZZ_ASSERT(size > 0 && size < ((size_t) 1 << 31), "allocation size is sane");
	p = malloc(size);
	FUZZ_ASSERT(p != NULL, "malloc");
	if (a->n == a->cap)
	{
		a->cap = a->cap ? 2 * a->cap : 64;
		a->blocks = realloc(a->blocks, a->cap * sizeof(void *));
	}
	a->blocks[a->n++] = p;
	a->allocs++;
	return p;
}

static inline void
arena_free(void *ctx, void *p)
{
	fuzz_arena *a = ctx;
	size_t		i;

	if (p == NULL)
		return;
	for (i = a->n; i-- > 0;)
		if (a->blocks[i] == p)
		{
			free(p);
			a->blocks[i] = a->blocks[--a->n];
			return;
		}
	FUZZ_ASSERT(0, "free of a block the allocator does not own (double free?)");
}

static inline void
arena_reset(fuzz_arena *a)
{
	size_t		i;

	for (i = 0; i < a->n; i++)
		free(a->blocks[i]);
	free(a->blocks);
	memset(a, 0, sizeof(*a));
}

#endif							/* PT_FUZZ_ALLOC_H */
