/*
 * table_cache.h
 *		An object of the core built from two tables of the extension's
 *		schema (the organization registry, the country tables), cached per
 *		backend and dropped when either table changes; and the allocator
 *		through which the core allocates in a memory context.
 */
#ifndef PT_TABLE_CACHE_H
#define PT_TABLE_CACHE_H

#include "postgres.h"

#include "fmgr.h"

#include "matcher.h"

/* builds the object from the tables of schema nspid, allocating in cxt */
typedef void *(*pt_table_cache_build) (Oid nspid, MemoryContext cxt);

typedef struct pt_table_cache
{
	const char *what;			/* "organization registry", "country" */
	const char *tables[2];		/* in the calling function's schema */
	pt_table_cache_build build;
	/* state */
	void	   *obj;			/* the current object, or NULL */
	MemoryContext cxt;			/* where obj lives */
	bool		stale;			/* a table changed since obj was built */
	bool		registered;		/* the relcache callback is registered */
	Oid			relids[2];		/* the tables' oids when obj was built */
	double		build_ms;		/* milliseconds obj took to build */
} pt_table_cache;

#define PT_TABLE_CACHE(what, table1, table2, build) \
	{(what), {(table1), (table2)}, (build), NULL, NULL, true, false, \
	 {InvalidOid, InvalidOid}, 0}

/*
 * The current object, built on first use and again after any change of
 * either table (relcache invalidation, sent by the tables' statement
 * triggers).  fcinfo identifies the calling function, whose schema holds
 * the tables.  Valid until the next call.
 */
extern void *pt_table_cache_get(pt_table_cache *c, FunctionCallInfo fcinfo);

/* the core's allocator over cxt: huge allocations, NULL when out of memory */
extern pt_allocator pt_context_allocator(MemoryContext cxt);

#endif							/* PT_TABLE_CACHE_H */
