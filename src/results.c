/*
 * results.c
 *		Result builders shared by the organization and country functions
 *		(see results.h).
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "miscadmin.h"
#include "utils/builtins.h"

#include "results.h"

/* Start an empty list of code indexes. */
void
pt_code_list_init(pt_code_list *cl)
{
	cl->cap = 16;
	cl->n = 0;
	cl->codes = palloc(cl->cap * sizeof(int));
}

/* Append one code index (a pt_match_cb). */
void
pt_code_list_add(void *arg, int code, size_t start, size_t end)
{
	pt_code_list *cl = arg;

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

/* Sort the code indexes and drop duplicates; returns how many remain. */
int
pt_code_list_distinct(pt_code_list *cl)
{
	int			i,
				k = 0;

	if (cl->n == 0)
		return 0;
	qsort(cl->codes, cl->n, sizeof(int), cmp_int);
	for (i = 1; i < cl->n; i++)
		if (cl->codes[i] != cl->codes[k])
			cl->codes[++k] = cl->codes[i];
	cl->n = k + 1;
	return cl->n;
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

/* The distinct codes sorted bytewise, as text[]. */
ArrayType *
pt_code_array(Datum *codes, int n)
{
	qsort(codes, n, sizeof(Datum), cmp_code);
	return construct_array(codes, n, TEXTOID, -1, false, TYPALIGN_INT);
}

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

/*
 * Check the call context of a set-returning function and start its
 * materialized result: a tuple store and a copy of the row type, both in
 * the query's memory.
 */
void
pt_rows_begin(FunctionCallInfo fcinfo, Tuplestorestate **store, TupleDesc *desc)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	MemoryContext oldcxt;
	TupleDesc	type;

	if (rsinfo == NULL || !IsA(rsinfo, ReturnSetInfo) ||
		!(rsinfo->allowedModes & SFRM_Materialize))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("set-valued function called in context that cannot accept a set")));
	if (get_call_result_type(fcinfo, NULL, &type) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "return type must be a row type");

	oldcxt = MemoryContextSwitchTo(rsinfo->econtext->ecxt_per_query_memory);
	*desc = CreateTupleDescCopy(type);
	*store = tuplestore_begin_heap(rsinfo->allowedModes & SFRM_Materialize_Random,
								   false, work_mem);
	MemoryContextSwitchTo(oldcxt);
}

/* Hand a materialized result to the executor. */
Datum
pt_rows_end(FunctionCallInfo fcinfo, Tuplestorestate *store, TupleDesc desc)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;

	rsinfo->returnMode = SFRM_Materialize;
	rsinfo->setResult = store;
	rsinfo->setDesc = desc;
	return (Datum) 0;
}

/* Check the call context and start a materialized result for doc. */
void
pt_mention_rows_begin(pt_mention_rows *r, FunctionCallInfo fcinfo,
					  const unsigned char *doc)
{
	pt_rows_begin(fcinfo, &r->store, &r->desc);
	r->doc = doc;
	r->byte_pos = 0;
	r->char_pos = 0;
}

/*
 * Add the mention of code at bytes [start, end).  Mentions come in text
 * order, so the character offsets are counted once over the document.
 */
void
pt_mention_rows_add(pt_mention_rows *r, text *code, size_t start, size_t end)
{
	Datum		values[4];
	bool		nulls[4] = {false, false, false, false};
	int64		startc,
				lenc;

	r->char_pos += count_chars(r->doc, r->byte_pos, start);
	startc = r->char_pos;
	lenc = count_chars(r->doc, start, end);
	r->char_pos += lenc;
	r->byte_pos = end;

	values[0] = PointerGetDatum(code);
	values[1] = PointerGetDatum(cstring_to_text_with_len((const char *) r->doc + start,
														  (int) (end - start)));
	values[2] = Int32GetDatum((int32) (startc + 1));
	values[3] = Int32GetDatum((int32) lenc);
	tuplestore_putvalues(r->store, r->desc, values, nulls);
}

/* Hand the rows to the executor. */
Datum
pt_mention_rows_end(pt_mention_rows *r, FunctionCallInfo fcinfo)
{
	return pt_rows_end(fcinfo, r->store, r->desc);
}
