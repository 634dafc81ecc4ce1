/*
 * selectivity.c
 *		Restriction selectivity of the mention operators (@~, @~>) from a
 *		sample of the column.
 *
 * ANALYZE keeps no statistics of values wider than 1 kB, so an article
 * column has no histogram to test the operator on.  Instead the estimator
 * reads a small, repeatable sample of the table (TABLESAMPLE SYSTEM with a
 * fixed seed, at most SAMPLE_ROWS rows), applies the operator's function
 * to it and answers the share that matched.  The answer is cached per
 * backend (relation, column, operator, constant) until the next relcache
 * invalidation (ANALYZE, DDL, and the registry's change triggers all send
 * one).  The estimator falls back to a constant when the column is not a
 * plain column of a table or materialized view, when the other side is not
 * a constant at planning time, when the user could not read the column, or
 * when row-level security applies to the table.
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "catalog/pg_class.h"
#include "catalog/pg_type.h"
#include "common/hashfn.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "lib/stringinfo.h"
#include "miscadmin.h"
#include "nodes/nodeFuncs.h"
#include "optimizer/optimizer.h"
#include "parser/parsetree.h"
#include "utils/acl.h"
#include "utils/builtins.h"
#include "utils/datum.h"
#include "utils/inval.h"
#include "utils/lsyscache.h"
#include "utils/rls.h"
#include "utils/selfuncs.h"
#include "utils/snapmgr.h"
#include "utils/syscache.h"

PG_FUNCTION_INFO_V1(pt_mention_restrict);

/* rows of the sample */
#define SAMPLE_ROWS			150

/* the answer without a sample: a few in a thousand rows */
#define DEFAULT_MENTION_SEL	0.005

/* cached estimates */
#define SEL_CACHE_SIZE		64

typedef struct sel_entry
{
	bool		used;
	Oid			relid;
	AttrNumber	attnum;
	Oid			opr;
	uint32		hash;			/* of the constant's bytes */
	Selectivity sel;
} sel_entry;

static sel_entry sel_cache[SEL_CACHE_SIZE];
static int	sel_next = 0;
static bool sel_callback = false;
static bool sampling = false;

/* relcache callback: any invalidation forgets every estimate */
static void
sel_invalidate(Datum arg, Oid relid)
{
	int			i;

	for (i = 0; i < SEL_CACHE_SIZE; i++)
		if (relid == InvalidOid || sel_cache[i].relid == relid)
			sel_cache[i].used = false;
}

/* a hash of a constant's value */
static uint32
const_hash(Const *c)
{
	Datum		v = c->constvalue;

	if (c->constlen == -1)
	{
		struct varlena *p = PG_DETOAST_DATUM_PACKED(v);

		return hash_bytes((const unsigned char *) VARDATA_ANY(p), VARSIZE_ANY_EXHDR(p));
	}
	return hash_bytes((const unsigned char *) &v, sizeof(Datum));
}

/* the cached estimate, or -1 */
static Selectivity
sel_lookup(Oid relid, AttrNumber attnum, Oid opr, uint32 hash)
{
	int			i;

	for (i = 0; i < SEL_CACHE_SIZE; i++)
	{
		sel_entry  *e = &sel_cache[i];

		if (e->used && e->relid == relid && e->attnum == attnum &&
			e->opr == opr && e->hash == hash)
			return e->sel;
	}
	return -1;
}

static void
sel_store(Oid relid, AttrNumber attnum, Oid opr, uint32 hash, Selectivity sel)
{
	sel_entry  *e = &sel_cache[sel_next];

	sel_next = (sel_next + 1) % SEL_CACHE_SIZE;
	e->used = true;
	e->relid = relid;
	e->attnum = attnum;
	e->opr = opr;
	e->hash = hash;
	e->sel = sel;
}

/*
 * The share of a sample of relid's column attnum for which the operator's
 * function is true with the constant c; -1 if it cannot be sampled.
 */
static Selectivity
sample_selectivity(Oid relid, AttrNumber attnum, Oid opr, Const *c,
				   double tuples, BlockNumber pages)
{
	Oid			func = get_opcode(opr);
	char	   *attname = get_attname(relid, attnum, true);
	StringInfoData q;
	double		percent;
	Oid			argtypes[2] = {c->consttype, FLOAT8OID};
	Datum		args[2];
	Selectivity sel = -1;
	int64		n,
				hits;
	bool		isnull;

	if (attname == NULL || !OidIsValid(func))
		return -1;
	/* pages that hold about SAMPLE_ROWS rows (TABLESAMPLE SYSTEM reads pages) */
	if (tuples <= SAMPLE_ROWS || pages <= 1)
		percent = 100;
	else
		percent = Min(100.0, 100.0 * 2 * SAMPLE_ROWS / tuples);

	initStringInfo(&q);
	appendStringInfo(&q,
					 "SELECT pg_catalog.count(*), pg_catalog.count(*) FILTER (WHERE %s.%s(s.v, $1)) "
					 "FROM (SELECT %s AS v FROM ONLY %s.%s TABLESAMPLE SYSTEM ($2) REPEATABLE (1) "
					 "WHERE %s IS NOT NULL LIMIT %d) s",
					 quote_identifier(get_namespace_name(get_func_namespace(func))),
					 quote_identifier(get_func_name(func)),
					 quote_identifier(attname),
					 quote_identifier(get_namespace_name(get_rel_namespace(relid))),
					 quote_identifier(get_rel_name(relid)),
					 quote_identifier(attname), SAMPLE_ROWS);
	args[0] = c->constvalue;
	args[1] = Float8GetDatum(percent);

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	sampling = true;
	PG_TRY();
	{
		if (SPI_execute_with_args(q.data, 2, argtypes, args, NULL, true, 1) == SPI_OK_SELECT &&
			SPI_processed == 1)
		{
			n = DatumGetInt64(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull));
			hits = DatumGetInt64(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 2, &isnull));
			if (n > 0)
			{
				/* none in the sample: below one in n, say half of that */
				sel = hits > 0 ? (double) hits / n : 0.5 / n;
				/* a sample of the whole table is exact */
				if (hits == 0 && percent >= 100)
					sel = 1.0 / Max(tuples, n) / 2;
			}
		}
	}
	PG_FINALLY();
	{
		sampling = false;
	}
	PG_END_TRY();
	SPI_finish();
	return sel;
}

/*
 * Restriction estimator of "column @~ constant" and "column @~> constant".
 */
Datum
pt_mention_restrict(PG_FUNCTION_ARGS)
{
	PlannerInfo *root = (PlannerInfo *) PG_GETARG_POINTER(0);
	Oid			opr = PG_GETARG_OID(1);
	List	   *args = (List *) PG_GETARG_POINTER(2);
	int			varRelid = PG_GETARG_INT32(3);
	VariableStatData vardata;
	Node	   *other;
	bool		varonleft;
	Selectivity sel = DEFAULT_MENTION_SEL;
	Var		   *var;
	RangeTblEntry *rte;
	Const	   *c;
	char		relkind;
	uint32		hash;
	Selectivity cached;

	if (!get_restriction_variable(root, args, varRelid, &vardata, &other, &varonleft))
		PG_RETURN_FLOAT8(sel);
	if (!varonleft || !IsA(other, Const) || vardata.rel == NULL ||
		vardata.var == NULL || !IsA(vardata.var, Var) || sampling)
		goto done;
	c = (Const *) other;
	if (c->constisnull)
	{
		sel = 0;
		goto done;
	}
	var = (Var *) vardata.var;
	if (var->varattno <= 0 || vardata.rel->reloptkind != RELOPT_BASEREL)
		goto done;
	rte = planner_rt_fetch(vardata.rel->relid, root);
	if (rte->rtekind != RTE_RELATION || rte->tablesample != NULL)
		goto done;
	relkind = get_rel_relkind(rte->relid);
	if (relkind != RELKIND_RELATION && relkind != RELKIND_MATVIEW)
		goto done;
	/* the sample reads only what the user may read, and never past RLS */
	if ((pg_class_aclcheck(rte->relid, GetUserId(), ACL_SELECT) != ACLCHECK_OK &&
		 pg_attribute_aclcheck(rte->relid, var->varattno, GetUserId(), ACL_SELECT) != ACLCHECK_OK) ||
		check_enable_rls(rte->relid, InvalidOid, true) == RLS_ENABLED)
		goto done;
	if (!ActiveSnapshotSet() || vardata.rel->tuples < 1)
		goto done;

	if (!sel_callback)
	{
		CacheRegisterRelcacheCallback(sel_invalidate, (Datum) 0);
		sel_callback = true;
	}
	hash = const_hash(c);
	cached = sel_lookup(rte->relid, var->varattno, opr, hash);
	if (cached >= 0)
		sel = cached;
	else
	{
		Selectivity s = sample_selectivity(rte->relid, var->varattno, opr, c,
										   vardata.rel->tuples, vardata.rel->pages);

		if (s >= 0)
		{
			sel = s;
			sel_store(rte->relid, var->varattno, opr, hash, sel);
		}
	}

done:
	ReleaseVariableStats(vardata);
	CLAMP_PROBABILITY(sel);
	PG_RETURN_FLOAT8(sel);
}
