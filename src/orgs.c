/*
 * orgs.c
 *		SQL functions and operators over the organization matcher: pt_org,
 *		pt_orgs, pt_org_mentions, pt_org_matcher_stats, and the @~ and ~=
 *		operators (pt_mentions_org, pt_same_org).
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "fmgr.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/tuplestore.h"

#include "policytext.h"
#include "prepared_cache.h"
#include "registry.h"
#include "results.h"

PG_FUNCTION_INFO_V1(pt_org);
PG_FUNCTION_INFO_V1(pt_orgs);
PG_FUNCTION_INFO_V1(pt_org_mentions);
PG_FUNCTION_INFO_V1(pt_org_matcher_stats);
PG_FUNCTION_INFO_V1(pt_mentions_org);
PG_FUNCTION_INFO_V1(pt_same_org);
PG_FUNCTION_INFO_V1(pt_org_name_valid);

/* the code of index idx as a text datum */
static text *
code_text(const pt_matcher *m, int idx)
{
	size_t		len;
	const char *code = pt_matcher_code(m, idx, &len);

	return cstring_to_text_with_len(code, (int) len);
}

/* pt_org(name): the code a whole name denotes, or NULL */
Datum
pt_org(PG_FUNCTION_ARGS)
{
	text	   *name = PG_GETARG_TEXT_PP(0);
	const pt_matcher *m = pt_registry_matcher(fcinfo);
	int			idx = pt_matcher_lookup(m, PT_TEXT_BYTES(name), PT_TEXT_LEN(name));

	if (idx < 0)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(code_text(m, idx));
}

/*
 * pt_orgs(doc): sorted distinct codes named in doc.  The work depends on the
 * mentions found, not on the size of the registry.
 */
Datum
pt_orgs(PG_FUNCTION_ARGS)
{
	text	   *doc = PG_GETARG_TEXT_PP(0);
	const pt_matcher *m = pt_registry_matcher(fcinfo);
	pt_code_list cl;
	Datum	   *elems;
	int			i,
				n;

	pt_code_list_init(&cl);
	pt_search_orgs(m, PT_TEXT_BYTES(doc), PT_TEXT_LEN(doc), pt_code_list_add, &cl);
	n = pt_code_list_distinct(&cl);
	elems = palloc(sizeof(Datum) * (n + 1));
	for (i = 0; i < n; i++)
		elems[i] = PointerGetDatum(code_text(m, cl.codes[i]));
	PG_RETURN_ARRAYTYPE_P(pt_code_array(elems, n));
}

/* the rows of pt_org_mentions and the matcher that names their codes */
typedef struct org_rows
{
	pt_mention_rows rows;
	const pt_matcher *m;
} org_rows;

static void
org_mention(void *arg, int code, size_t start, size_t end)
{
	org_rows   *r = arg;

	pt_mention_rows_add(&r->rows, code_text(r->m, code), start, end);
}

/* pt_org_mentions(doc): each mention with its character offsets */
Datum
pt_org_mentions(PG_FUNCTION_ARGS)
{
	text	   *doc = PG_GETARG_TEXT_PP(0);
	org_rows	r;

	pt_mention_rows_begin(&r.rows, fcinfo, PT_TEXT_BYTES(doc));
	r.m = pt_registry_matcher(fcinfo);
	pt_search_orgs(r.m, PT_TEXT_BYTES(doc), PT_TEXT_LEN(doc), org_mention, &r);
	return pt_mention_rows_end(&r.rows, fcinfo);
}

/* pt_org_matcher_stats(): size and build time of the session's matcher */
Datum
pt_org_matcher_stats(PG_FUNCTION_ARGS)
{
	const pt_matcher *m = pt_registry_matcher(fcinfo);
	pt_matcher_stats st;
	TupleDesc	desc;
	Datum		values[6];
	bool		nulls[6] = {false, false, false, false, false, false};

	if (get_call_result_type(fcinfo, NULL, &desc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "return type must be a row type");
	pt_matcher_get_stats(m, &st);
	values[0] = Int32GetDatum(st.names);
	values[1] = Int32GetDatum(st.codes);
	values[2] = Int32GetDatum(st.tokens);
	values[3] = Int32GetDatum(st.nodes);
	values[4] = Int64GetDatum((int64) st.bytes);
	values[5] = Float8GetDatum(pt_registry_build_ms());
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(BlessTupleDesc(desc), values, nulls)));
}

/* doc @~ org: doc names the organization given by code or name */
Datum
pt_mentions_org(PG_FUNCTION_ARGS)
{
	text	   *doc = PG_GETARG_TEXT_PP(0);
	text	   *org = PG_GETARG_TEXT_PP(1);
	const pt_matcher *m = pt_registry_matcher(fcinfo);
	int			code = pt_registry_resolve(m, org);

	if (code < 0)
		PG_RETURN_BOOL(false);
	PG_RETURN_BOOL(pt_matcher_mentions(m, PT_TEXT_BYTES(doc), PT_TEXT_LEN(doc), code));
}

/* a ~= b: both denote the same registered organization */
Datum
pt_same_org(PG_FUNCTION_ARGS)
{
	text	   *a = PG_GETARG_TEXT_PP(0);
	text	   *b = PG_GETARG_TEXT_PP(1);
	const pt_matcher *m = pt_registry_matcher(fcinfo);
	int			x = pt_registry_resolve(m, a);

	if (x < 0)
		PG_RETURN_BOOL(false);
	PG_RETURN_BOOL(pt_registry_resolve(m, b) == x);
}

/* a variant callback that only lets the enumeration run */
static int
accept_variant(void *arg, int nwords, const unsigned char *const *words,
			   const size_t *lens, int glued)
{
	return 0;
}

/*
 * pt_org_name_valid(name): true if the matcher can use the name, else an
 * error saying why (the CHECK constraint of pt_org_name.name).
 */
Datum
pt_org_name_valid(PG_FUNCTION_ARGS)
{
	text	   *name = PG_GETARG_TEXT_PP(0);
	int			rc = pt_name_variants(PT_TEXT_BYTES(name), PT_TEXT_LEN(name), 0,
									  accept_variant, NULL);

	if (rc == PT_MATCHER_EMPTY)
		ereport(ERROR,
				(errcode(ERRCODE_CHECK_VIOLATION),
				 errmsg("organization name \"%s\" has no letters or digits",
						text_to_cstring(name))));
	if (rc == PT_MATCHER_TOO_LONG)
		ereport(ERROR,
				(errcode(ERRCODE_CHECK_VIOLATION),
				 errmsg("organization name is too long"),
				 errdetail("A name has at most %d words of at most %d bytes each.",
						   PT_MATCHER_MAX_NAME_TOKENS, PT_MATCHER_MAX_WORD)));
	PG_RETURN_BOOL(true);
}
