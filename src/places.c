/*
 * places.c
 *		SQL functions over the country finder: pt_places, pt_place,
 *		pt_place_mentions, pt_place_name_valid, pt_place_finder_stats and
 *		the @# operator (pt_mentions_place); the per-backend cache of the
 *		finder built from pt_country and pt_country_name.
 *
 * The cache works as the organization registry's (registry.c): the country
 * tables carry the same statement triggers (pt_registry_changed), whose
 * relcache invalidation marks the finder stale in every backend; the next
 * call builds a new one with SPI, in its own memory context.
 */
#include "postgres.h"

#include "catalog/namespace.h"
#include "catalog/pg_type.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "funcapi.h"
#include "lib/stringinfo.h"
#include "miscadmin.h"
#include "portability/instr_time.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/inval.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/tuplestore.h"

#include "policytext.h"
#include "place_registry.h"
#include "prepared_cache.h"
#include "results.h"
#include "table_cache.h"

PG_FUNCTION_INFO_V1(pt_places_fn);
PG_FUNCTION_INFO_V1(pt_place_fn);
PG_FUNCTION_INFO_V1(pt_place_mentions);
PG_FUNCTION_INFO_V1(pt_mentions_place);
PG_FUNCTION_INFO_V1(pt_place_name_valid);
PG_FUNCTION_INFO_V1(pt_place_finder_stats);

static void
out_of_memory(void)
{
	ereport(ERROR,
			(errcode(ERRCODE_OUT_OF_MEMORY),
			 errmsg("out of memory building the country finder")));
}

/* Read both country tables of schema nspid into a new finder. */
static void *
build_finder(Oid nspid, MemoryContext cxt)
{
	const char *nsp = quote_identifier(get_namespace_name(nspid));
	pt_allocator a = pt_context_allocator(cxt);
	pt_places  *p;
	StringInfoData q;
	uint64		i;

	p = pt_places_new(&a);
	if (!p)
		out_of_memory();
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");

	initStringInfo(&q);
	appendStringInfo(&q, "SELECT code FROM %s.pt_country ORDER BY code COLLATE \"C\"", nsp);
	if (SPI_execute(q.data, true, 0) != SPI_OK_SELECT)
		elog(ERROR, "reading %s.pt_country failed", nsp);
	for (i = 0; i < SPI_processed; i++)
	{
		bool		isnull;
		text	   *code = DatumGetTextPP(SPI_getbinval(SPI_tuptable->vals[i],
														SPI_tuptable->tupdesc, 1, &isnull));

		if (pt_places_add_country(p, VARDATA_ANY(code), VARSIZE_ANY_EXHDR(code)) < 0)
			out_of_memory();
		CHECK_FOR_INTERRUPTS();
	}

	/* user rows before shipped ones: a user's name wins a conflict */
	resetStringInfo(&q);
	appendStringInfo(&q,
					 "SELECT code, name, lang, form FROM %s.pt_country_name "
					 "ORDER BY shipped, code COLLATE \"C\", name COLLATE \"C\", lang COLLATE \"C\"", nsp);
	if (SPI_execute(q.data, true, 0) != SPI_OK_SELECT)
		elog(ERROR, "reading %s.pt_country_name failed", nsp);
	for (i = 0; i < SPI_processed; i++)
	{
		HeapTuple	tup = SPI_tuptable->vals[i];
		TupleDesc	desc = SPI_tuptable->tupdesc;
		bool		isnull;
		text	   *code = DatumGetTextPP(SPI_getbinval(tup, desc, 1, &isnull));
		text	   *name = DatumGetTextPP(SPI_getbinval(tup, desc, 2, &isnull));
		char	   *lang = SPI_getvalue(tup, desc, 3);
		char	   *form = SPI_getvalue(tup, desc, 4);
		int			f = form ? pt_place_form_parse(form, strlen(form)) : -1;
		int			rc;

		if (f < 0)
			continue;			/* the CHECK constraint keeps this from happening */
		rc = pt_places_add(p, VARDATA_ANY(code), VARSIZE_ANY_EXHDR(code),
						   PT_TEXT_BYTES(name), PT_TEXT_LEN(name), lang, (pt_place_form) f);
		if (rc == PT_MATCHER_NOMEM)
			out_of_memory();
		if (rc != PT_MATCHER_OK)
			ereport(NOTICE,
					(errmsg("country name \"%s\" of \"%s\" is ignored",
							text_to_cstring(name), text_to_cstring(code))));
		CHECK_FOR_INTERRUPTS();
	}
	SPI_finish();
	if (pt_places_build(p) != PT_MATCHER_OK)
		out_of_memory();
	return p;
}

static pt_table_cache country_cache =
PT_TABLE_CACHE("country", "pt_country", "pt_country_name", build_finder);

/* The current finder of the country tables in fcinfo's function's schema. */
const pt_places *
pt_place_finder(FunctionCallInfo fcinfo)
{
	return pt_table_cache_get(&country_cache, fcinfo);
}

/* A code (case and punctuation ignored), else a whole name; -1 if none. */
int
pt_place_resolve(const pt_places *p, text *t)
{
	int			idx = pt_places_find_code(p, VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t));

	if (idx >= 0)
		return idx;
	return pt_places_lookup(p, PT_TEXT_BYTES(t), PT_TEXT_LEN(t));
}

/* the code of country idx as a text datum */
static text *
code_text(const pt_places *p, int idx)
{
	size_t		len;
	const char *code = pt_places_code(p, idx, &len);

	return cstring_to_text_with_len(code, (int) len);
}

/* pt_place(name): the country code a whole name denotes, or NULL */
Datum
pt_place_fn(PG_FUNCTION_ARGS)
{
	text	   *name = PG_GETARG_TEXT_PP(0);
	const pt_places *p = pt_place_finder(fcinfo);
	int			idx = pt_places_lookup(p, PT_TEXT_BYTES(name), PT_TEXT_LEN(name));

	if (idx < 0)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(code_text(p, idx));
}

/* which countries a text names: one flag per country */
typedef struct seen_set
{
	bool	   *seen;
	int			n;
} seen_set;

static void
seen_add(void *arg, int country, size_t start, size_t end)
{
	seen_set   *s = arg;

	if (!s->seen[country])
	{
		s->seen[country] = true;
		s->n++;
	}
}

/* pt_places(doc): the sorted distinct codes of the countries doc names */
Datum
pt_places_fn(PG_FUNCTION_ARGS)
{
	text	   *doc = PG_GETARG_TEXT_PP(0);
	const pt_places *p = pt_place_finder(fcinfo);
	int			nc = pt_places_ncountries(p);
	seen_set	s;
	Datum	   *elems;
	int			i,
				k = 0;

	s.seen = palloc0(sizeof(bool) * (nc + 1));
	s.n = 0;
	pt_search_places(p, PT_TEXT_BYTES(doc), PT_TEXT_LEN(doc), seen_add, &s);
	elems = palloc(sizeof(Datum) * (s.n + 1));
	for (i = 0; i < nc; i++)
		if (s.seen[i])
			elems[k++] = PointerGetDatum(code_text(p, i));
	PG_RETURN_ARRAYTYPE_P(pt_code_array(elems, k));
}

/* the rows of pt_place_mentions and the finder that names their codes */
typedef struct place_rows
{
	pt_mention_rows rows;
	const pt_places *p;
} place_rows;

static void
place_mention(void *arg, int country, size_t start, size_t end)
{
	place_rows *r = arg;

	pt_mention_rows_add(&r->rows, code_text(r->p, country), start, end);
}

/* pt_place_mentions(doc): each country mention with its character offsets */
Datum
pt_place_mentions(PG_FUNCTION_ARGS)
{
	text	   *doc = PG_GETARG_TEXT_PP(0);
	place_rows	r;

	pt_mention_rows_begin(&r.rows, fcinfo, PT_TEXT_BYTES(doc));
	r.p = pt_place_finder(fcinfo);
	pt_search_places(r.p, PT_TEXT_BYTES(doc), PT_TEXT_LEN(doc), place_mention, &r);
	return pt_mention_rows_end(&r.rows, fcinfo);
}

/* doc @# country: doc names the country given by code or name */
Datum
pt_mentions_place(PG_FUNCTION_ARGS)
{
	text	   *doc = PG_GETARG_TEXT_PP(0);
	text	   *country = PG_GETARG_TEXT_PP(1);
	const pt_places *p = pt_place_finder(fcinfo);
	int			idx = pt_place_resolve(p, country);

	if (idx < 0)
		PG_RETURN_BOOL(false);
	PG_RETURN_BOOL(pt_places_mentions(p, PT_TEXT_BYTES(doc), PT_TEXT_LEN(doc), idx));
}

/*
 * pt_place_name_valid(name): true if the finder can use the name, else an
 * error saying why (the CHECK constraint of pt_country_name.name).
 */
Datum
pt_place_name_valid(PG_FUNCTION_ARGS)
{
	text	   *name = PG_GETARG_TEXT_PP(0);
	int			rc = pt_place_name_check(PT_TEXT_BYTES(name), PT_TEXT_LEN(name));

	if (rc == PT_MATCHER_EMPTY)
		ereport(ERROR,
				(errcode(ERRCODE_CHECK_VIOLATION),
				 errmsg("country name \"%s\" has no letters or digits",
						text_to_cstring(name))));
	if (rc != PT_MATCHER_OK)
		ereport(ERROR,
				(errcode(ERRCODE_CHECK_VIOLATION),
				 errmsg("country name is too long"),
				 errdetail("A name has at most %d words of at most %d bytes each.",
						   PT_MATCHER_MAX_NAME_TOKENS, PT_MATCHER_MAX_WORD)));
	PG_RETURN_BOOL(true);
}

/* pt_place_finder_stats(): size and build time of the session's finder */
Datum
pt_place_finder_stats(PG_FUNCTION_ARGS)
{
	const pt_places *p = pt_place_finder(fcinfo);
	pt_matcher_stats st;
	TupleDesc	desc;
	Datum		values[6];
	bool		nulls[6] = {false, false, false, false, false, false};

	if (get_call_result_type(fcinfo, NULL, &desc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "return type must be a row type");
	pt_places_get_stats(p, &st);
	values[0] = Int32GetDatum(st.names);
	values[1] = Int32GetDatum(st.codes);
	values[2] = Int32GetDatum(st.tokens);
	values[3] = Int32GetDatum(st.nodes);
	values[4] = Int64GetDatum((int64) st.bytes);
	values[5] = Float8GetDatum(country_cache.build_ms);
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(BlessTupleDesc(desc), values, nulls)));
}
