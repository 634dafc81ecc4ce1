/*
 * table_cache.c
 *		Objects built from two tables of the extension's schema, cached per
 *		backend (see table_cache.h).
 *
 * The tables carry statement-level AFTER triggers that call
 * pt_registry_changed(), which sends a relcache invalidation for the table.
 * Every backend (this one at its next command, the others at their next
 * transaction) runs relcache_changed(), which marks the cached object
 * stale; the next call frees it and builds a new one.  Each object lives in
 * its own memory context under TopMemoryContext.
 */
#include "postgres.h"

#include "catalog/namespace.h"
#include "portability/instr_time.h"
#include "utils/inval.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"

#include "policytext.h"
#include "table_cache.h"

/* relcache callback: a change of either table (or of all) invalidates */
static void
relcache_changed(Datum arg, Oid relid)
{
	pt_table_cache *c = (pt_table_cache *) DatumGetPointer(arg);

	if (relid == InvalidOid || relid == c->relids[0] || relid == c->relids[1])
		c->stale = true;
}

/* The current object of cache c, for the schema of fcinfo's function. */
void *
pt_table_cache_get(pt_table_cache *c, FunctionCallInfo fcinfo)
{
	Oid			nspid;
	MemoryContext cxt;
	instr_time	start,
				duration;

	pt_require_utf8();
	if (!c->registered)
	{
		CacheRegisterRelcacheCallback(relcache_changed, PointerGetDatum(c));
		c->registered = true;
	}
	if (c->obj && !c->stale)
		return c->obj;

	if (c->cxt)
	{
		MemoryContextDelete(c->cxt);
		c->cxt = NULL;
		c->obj = NULL;
	}

	nspid = get_func_namespace(fcinfo->flinfo->fn_oid);
	c->relids[0] = get_relname_relid(c->tables[0], nspid);
	c->relids[1] = get_relname_relid(c->tables[1], nspid);
	if (!OidIsValid(c->relids[0]) || !OidIsValid(c->relids[1]))
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_TABLE),
				 errmsg("the %s tables %s and %s are missing from schema \"%s\"",
						c->what, c->tables[0], c->tables[1], get_namespace_name(nspid))));

	/* changes that arrive while we read are caught by the next call */
	c->stale = false;
	cxt = AllocSetContextCreate(TopMemoryContext, "policytext table cache",
								ALLOCSET_DEFAULT_SIZES);
	MemoryContextSetIdentifier(cxt, c->what);
	INSTR_TIME_SET_CURRENT(start);
	PG_TRY();
	{
		c->obj = c->build(nspid, cxt);
	}
	PG_CATCH();
	{
		MemoryContextDelete(cxt);
		c->obj = NULL;
		c->stale = true;
		PG_RE_THROW();
	}
	PG_END_TRY();
	INSTR_TIME_SET_CURRENT(duration);
	INSTR_TIME_SUBTRACT(duration, start);
	c->build_ms = INSTR_TIME_GET_MILLISEC(duration);
	c->cxt = cxt;
	return c->obj;
}

static void *
cxt_alloc(void *ctx, size_t size)
{
	return MemoryContextAllocExtended((MemoryContext) ctx, size,
									  MCXT_ALLOC_HUGE | MCXT_ALLOC_NO_OOM);
}

static void
cxt_free(void *ctx, void *p)
{
	pfree(p);
}

/* The core's allocator over cxt. */
pt_allocator
pt_context_allocator(MemoryContext cxt)
{
	pt_allocator a = {cxt_alloc, cxt_free, cxt};

	return a;
}
