/*
 * registry.c
 *		Loads the organization registry into a matcher, caches it per
 *		backend, and drops it when the registry tables change.
 *
 * The registry tables carry statement-level AFTER triggers that call
 * pt_registry_changed(), which sends a relcache invalidation for the table;
 * the cache of table_cache.c then builds a new matcher with SPI at the
 * next call.
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "catalog/namespace.h"
#include "commands/extension.h"
#include "commands/trigger.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "lib/stringinfo.h"
#include "miscadmin.h"
#include "portability/instr_time.h"
#include "utils/builtins.h"
#include "utils/inval.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/rel.h"

#include "policytext.h"
#include "registry.h"
#include "table_cache.h"

PG_FUNCTION_INFO_V1(pt_registry_changed);
PG_FUNCTION_INFO_V1(pt_registry_guard);

/* Raise an error for a failed pt_matcher_add of a name. */
static void
report_add_failure(int rc, const char *code, const char *name)
{
	if (rc == PT_MATCHER_NOMEM)
		ereport(ERROR,
				(errcode(ERRCODE_OUT_OF_MEMORY),
				 errmsg("out of memory building the organization matcher")));
	/* empty or overlong names match nothing; say so once per build */
	ereport(NOTICE,
			(errmsg("organization name \"%s\" of \"%s\" is ignored: %s",
					name, code,
					rc == PT_MATCHER_EMPTY ? "it has no letters or digits"
					: "it has more than 32 words or a word longer than 255 bytes")));
}

/* Read both registry tables of schema nspid into a new matcher. */
static void *
build_matcher(Oid nspid, MemoryContext cxt)
{
	const char *nsp = quote_identifier(get_namespace_name(nspid));
	pt_allocator a = pt_context_allocator(cxt);
	pt_matcher *m;
	StringInfoData q;
	uint64		i;

	m = pt_matcher_new(&a);
	if (!m)
		ereport(ERROR,
				(errcode(ERRCODE_OUT_OF_MEMORY),
				 errmsg("out of memory building the organization matcher")));
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");

	/* codes first, so that a code without names is still known */
	initStringInfo(&q);
	appendStringInfo(&q, "SELECT code FROM %s.pt_org ORDER BY code COLLATE \"C\"", nsp);
	if (SPI_execute(q.data, true, 0) != SPI_OK_SELECT)
		elog(ERROR, "reading %s.pt_org failed", nsp);
	for (i = 0; i < SPI_processed; i++)
	{
		bool		isnull;
		Datum		d = SPI_getbinval(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 1, &isnull);
		text	   *code = DatumGetTextPP(d);

		if (pt_matcher_add_code(m, VARDATA_ANY(code), VARSIZE_ANY_EXHDR(code)) < 0)
			ereport(ERROR,
					(errcode(ERRCODE_OUT_OF_MEMORY),
					 errmsg("out of memory building the organization matcher")));
		CHECK_FOR_INTERRUPTS();
	}

	/*
	 * Names: user rows before shipped ones, so that a user's name wins a
	 * conflict (the first added wins); then by code and name.
	 */
	resetStringInfo(&q);
	appendStringInfo(&q,
					 "SELECT code, name, form OPERATOR(pg_catalog.=) 'acronym' FROM %s.pt_org_name "
					 "ORDER BY shipped, code COLLATE \"C\", name COLLATE \"C\"", nsp);
	if (SPI_execute(q.data, true, 0) != SPI_OK_SELECT)
		elog(ERROR, "reading %s.pt_org_name failed", nsp);
	for (i = 0; i < SPI_processed; i++)
	{
		HeapTuple	tup = SPI_tuptable->vals[i];
		TupleDesc	desc = SPI_tuptable->tupdesc;
		bool		isnull,
					acr_null;
		text	   *code = DatumGetTextPP(SPI_getbinval(tup, desc, 1, &isnull));
		text	   *name = DatumGetTextPP(SPI_getbinval(tup, desc, 2, &isnull));
		bool		acronym = DatumGetBool(SPI_getbinval(tup, desc, 3, &acr_null));
		int			rc;

		rc = pt_matcher_add(m, VARDATA_ANY(code), VARSIZE_ANY_EXHDR(code),
							PT_TEXT_BYTES(name), PT_TEXT_LEN(name),
							(!acr_null && acronym) ? PT_NAME_CASE_SENSITIVE : 0);
		if (rc != PT_MATCHER_OK)
			report_add_failure(rc, text_to_cstring(code), text_to_cstring(name));
		CHECK_FOR_INTERRUPTS();
	}
	SPI_finish();
	return m;
}

static pt_table_cache registry_cache =
PT_TABLE_CACHE("organization registry", "pt_org", "pt_org_name", build_matcher);

/* The current matcher of the registry in fcinfo's function's schema. */
const pt_matcher *
pt_registry_matcher(FunctionCallInfo fcinfo)
{
	return pt_table_cache_get(&registry_cache, fcinfo);
}

double
pt_registry_build_ms(void)
{
	return registry_cache.build_ms;
}

/* A code (case and punctuation ignored), else a whole name; -1 if none. */
int
pt_registry_resolve(const pt_matcher *m, text *t)
{
	int			idx = pt_matcher_find_code(m, VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t));

	if (idx >= 0)
		return idx;
	return pt_matcher_lookup(m, PT_TEXT_BYTES(t), PT_TEXT_LEN(t));
}

/*
 * Statement trigger of the registry tables: invalidate the table's relcache
 * entry, which every backend's matcher cache listens to.
 */
Datum
pt_registry_changed(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;

	if (!CALLED_AS_TRIGGER(fcinfo))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("pt_registry_changed() must be called as a trigger")));
	CacheInvalidateRelcacheByRelid(RelationGetRelid(trigdata->tg_relation));
	return PointerGetDatum(NULL);
}

/* the shipped column of a registry row */
static bool
row_shipped(Relation rel, HeapTuple tup)
{
	int			attno = SPI_fnumber(RelationGetDescr(rel), "shipped");
	bool		isnull;
	Datum		d;

	if (attno <= 0)
		elog(ERROR, "registry table \"%s\" has no column \"shipped\"",
			 RelationGetRelationName(rel));
	d = heap_getattr(tup, attno, RelationGetDescr(rel), &isnull);
	return !isnull && DatumGetBool(d);
}

/*
 * Row and TRUNCATE trigger of the registry tables.  Outside the extension's
 * own scripts, shipped rows may not be inserted, updated, deleted or
 * truncated: pg_dump does not dump them, so such a change would be undone
 * (or clash with the user's rows) by a restore.
 */
Datum
pt_registry_guard(PG_FUNCTION_ARGS)
{
	TriggerData *td = (TriggerData *) fcinfo->context;
	Relation	rel;
	const char *relname;

	if (!CALLED_AS_TRIGGER(fcinfo))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("pt_registry_guard() must be called as a trigger")));
	rel = td->tg_relation;
	relname = RelationGetRelationName(rel);

	if (TRIGGER_FIRED_BY_TRUNCATE(td->tg_event))
	{
		if (!creating_extension)
			ereport(ERROR,
					(errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
					 errmsg("cannot truncate \"%s\": it holds rows shipped with policytext", relname),
					 errhint("Remove your own rows with DELETE FROM %s WHERE NOT shipped.", relname)));
		return PointerGetDatum(NULL);
	}
	if (!TRIGGER_FIRED_FOR_ROW(td->tg_event))
		return PointerGetDatum(NULL);
	if (creating_extension)
		return PointerGetDatum(TRIGGER_FIRED_BY_UPDATE(td->tg_event) ?
							   td->tg_newtuple : td->tg_trigtuple);

	if (TRIGGER_FIRED_BY_INSERT(td->tg_event))
	{
		if (row_shipped(rel, td->tg_trigtuple))
			ereport(ERROR,
					(errcode(ERRCODE_CHECK_VIOLATION),
					 errmsg("cannot insert a row with shipped = true into \"%s\"", relname),
					 errdetail("Shipped rows come only from the extension's scripts."),
					 errhint("Insert the row with shipped = false (the default).")));
		return PointerGetDatum(td->tg_trigtuple);
	}
	if (row_shipped(rel, td->tg_trigtuple))
		ereport(ERROR,
				(errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
				 errmsg("cannot %s a row of \"%s\" shipped with policytext",
						TRIGGER_FIRED_BY_UPDATE(td->tg_event) ? "update" : "delete", relname),
				 errdetail("pg_dump does not save shipped rows: the change would be lost on restore."),
				 errhint("Add your own row instead: for another name, INSERT INTO %s (code, name, lang, form) VALUES (...).",
						 strncmp(relname, "pt_country", 10) == 0 ? "pt_country_name" : "pt_org_name")));
	if (TRIGGER_FIRED_BY_UPDATE(td->tg_event))
	{
		if (row_shipped(rel, td->tg_newtuple))
			ereport(ERROR,
					(errcode(ERRCODE_CHECK_VIOLATION),
					 errmsg("cannot set shipped = true in \"%s\"", relname),
					 errhint("Shipped rows come only from the extension's scripts.")));
		return PointerGetDatum(td->tg_newtuple);
	}
	return PointerGetDatum(td->tg_trigtuple);
}
