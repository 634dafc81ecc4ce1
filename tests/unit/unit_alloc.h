/*
 * unit_alloc.h
 *		The plain malloc allocator of the unit tests (pt_allocator of
 *		matcher.h): static const pt_allocator alloc = UNIT_ALLOC;
 */
#ifndef PT_UNIT_ALLOC_H
#define PT_UNIT_ALLOC_H

#include <stdlib.h>

#include "matcher.h"

static inline void *
t_alloc(void *ctx, size_t size)
{
	(void) ctx;
	return malloc(size);
}

static inline void
t_free(void *ctx, void *p)
{
	(void) ctx;
	free(p);
}

#define UNIT_ALLOC	{t_alloc, t_free, NULL}

#endif							/* PT_UNIT_ALLOC_H */
