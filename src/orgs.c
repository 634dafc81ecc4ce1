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
#include "registry.h"

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

/* the code indexes found in a text, in text order, with duplicates */
typedef struct code_list
{
	int		   *codes;
	int			n,
				cap;
} code_list;

static void
code_list_add(void *arg, int code, size_t start, size_t end)
{
	code_list  *cl = arg;

	if (cl->n == cl->cap)
	{
		cl->cap *= 2;
		cl->codes = repalloc_huge(cl->codes, cl->cap * sizeof(int));
	}
	cl->codes[cl->n++] = code;
}

static int
cmp_int(const void *a, const void *b)
{
	int			x = *(const int *) a,
				y = *(const int *) b;

	return (x > y) - (x < y);
}

/* compare two code text datums bytewise (C collation) */
static int
cmp_code(const void *a, const void *b)
{
	text	   *x = DatumGetTextPP(*(const Datum *) a);
	text	   *y = DatumGetTextPP(*(const Datum *) b);
	int			lx = VARSIZE_ANY_EXHDR(x),
				ly = VARSIZE_ANY_EXHDR(y);
	int			c = memcmp(VARDATA_ANY(x), VARDATA_ANY(y), Min(lx, ly));

	return c ? c : (lx > ly) - (lx < ly);
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
	code_list	cl;
	Datum	   *elems;
	int			i,
				k = 0;

	cl.cap = 16;
	cl.n = 0;
	cl.codes = palloc(cl.cap * sizeof(int));
	pt_matcher_search(m, PT_TEXT_BYTES(doc), PT_TEXT_LEN(doc), code_list_add, &cl);
	qsort(cl.codes, cl.n, sizeof(int), cmp_int);
	elems = palloc(sizeof(Datum) * (cl.n + 1));
	for (i = 0; i < cl.n; i++)
		if (i == 0 || cl.codes[i] != cl.codes[i - 1])
			elems[k++] = PointerGetDatum(code_text(m, cl.codes[i]));
	qsort(elems, k, sizeof(Datum), cmp_code);
	PG_RETURN_ARRAYTYPE_P(construct_array(elems, k, TEXTOID, -1, false, TYPALIGN_INT));
}

/* state of pt_org_mentions: converts byte offsets to character offsets */
typedef struct mentions_state
{
	const pt_matcher *m;
	const unsigned char *doc;
	Tuplestorestate *store;
	TupleDesc	desc;
	size_t		byte_pos;		/* bytes counted so far */
	int64		char_pos;		/* characters before byte_pos */
} mentions_state;

/* characters in s[from, to) of valid UTF-8 */
static int64
count_chars(const unsigned char *s, size_t from, size_t to)
{
	int64		n = 0;
	size_t		i;

	for (i = from; i < to; i++)
		if ((s[i] & 0xC0) != 0x80)
			n++;
	return n;
}

static void
mention_add(void *arg, int code, size_t start, size_t end)
{
	mentions_state *st = arg;
	Datum		values[4];
	bool		nulls[4] = {false, false, false, false};
	int64		startc,
				lenc;

	st->char_pos += count_chars(st->doc, st->byte_pos, start);
	startc = st->char_pos;
	lenc = count_chars(st->doc, start, end);
	st->char_pos += lenc;
	st->byte_pos = end;

	values[0] = PointerGetDatum(code_text(st->m, code));
	values[1] = PointerGetDatum(cstring_to_text_with_len((const char *) st->doc + start,
														  (int) (end - start)));
	values[2] = Int32GetDatum((int32) (startc + 1));
	values[3] = Int32GetDatum((int32) lenc);
	tuplestore_putvalues(st->store, st->desc, values, nulls);
}

/* pt_org_mentions(doc): each mention with its character offsets */
Datum
pt_org_mentions(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	text	   *doc = PG_GETARG_TEXT_PP(0);
	mentions_state st;
	MemoryContext oldcxt;
	TupleDesc	desc;

	if (rsinfo == NULL || !IsA(rsinfo, ReturnSetInfo) ||
		!(rsinfo->allowedModes & SFRM_Materialize))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("set-valued function called in context that cannot accept a set")));
	if (get_call_result_type(fcinfo, NULL, &desc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "return type must be a row type");

	st.m = pt_registry_matcher(fcinfo);
	st.doc = PT_TEXT_BYTES(doc);
	st.byte_pos = 0;
	st.char_pos = 0;

	oldcxt = MemoryContextSwitchTo(rsinfo->econtext->ecxt_per_query_memory);
	st.desc = CreateTupleDescCopy(desc);
	st.store = tuplestore_begin_heap(rsinfo->allowedModes & SFRM_Materialize_Random,
									 false, work_mem);
	MemoryContextSwitchTo(oldcxt);

	pt_matcher_search(st.m, st.doc, PT_TEXT_LEN(doc), mention_add, &st);

	rsinfo->returnMode = SFRM_Materialize;
	rsinfo->setResult = st.store;
	rsinfo->setDesc = st.desc;
	return (Datum) 0;
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
