/*
 * gin_mention.c
 *		GIN operator class pt_mention_ops for "doc @~ organization".
 *
 * A document's keys are the 32-bit hashes of every text form of its words
 * (pt_doc_keys): they do not depend on the registry, so the index stays
 * valid when names change.  A query resolves the organization with the
 * current registry and asks for, over every variant of every name of it,
 * all the hashes of that variant's words: an OR of ANDs, kept in the
 * extra_data of the keys.  Every candidate is rechecked with the operator.
 */
#include "postgres.h"

#include "access/gin.h"
#include "access/stratnum.h"
#include "catalog/pg_type.h"
#include "fmgr.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/memutils.h"

#include "namespec.h"
#include "policytext.h"
#include "registry.h"
#include "place_registry.h"

/* strategies of pt_mention_ops (1 is doc @~ organization) */
#define PT_STRATEGY_NAMES	2	/* text @~> text[] */
#define PT_STRATEGY_PLACE	3	/* text @# country */

static Datum extract_query_names(FunctionCallInfo fcinfo);

PG_FUNCTION_INFO_V1(pt_mention_extract_value);
PG_FUNCTION_INFO_V1(pt_mention_extract_query);
PG_FUNCTION_INFO_V1(pt_mention_consistent);
PG_FUNCTION_INFO_V1(pt_mention_triconsistent);
PG_FUNCTION_INFO_V1(pt_mention_keys);

/* a growable array of keys */
typedef struct key_buf
{
	int32	   *keys;
	int			n,
				cap;
} key_buf;

static void
key_buf_add(void *arg, uint32_t key)
{
	key_buf    *kb = arg;

	if (kb->n == kb->cap)
	{
		if ((Size) kb->cap * 2 * sizeof(int32) > MaxAllocSize)
			ereport(ERROR,
					(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
					 errmsg("too many index keys in one document")));
		kb->cap *= 2;
		kb->keys = repalloc(kb->keys, kb->cap * sizeof(int32));
	}
	kb->keys[kb->n++] = (int32) key;
}

static int
cmp_int32(const void *a, const void *b)
{
	int32		x = *(const int32 *) a,
				y = *(const int32 *) b;

	return (x > y) - (x < y);
}

/* sort and remove duplicates; returns the new count */
static int
unique_keys(int32 *keys, int n)
{
	int			i,
				k = 0;

	if (n == 0)
		return 0;
	qsort(keys, n, sizeof(int32), cmp_int32);
	for (i = 1; i < n; i++)
		if (keys[i] != keys[k])
			keys[++k] = keys[i];
	return k + 1;
}

/* the sorted distinct keys of a document; *n gets their count */
static int32 *
doc_keys(text *doc, int *n)
{
	key_buf		kb;

	pt_require_utf8();
	kb.cap = 64;
	kb.n = 0;
	kb.keys = palloc(kb.cap * sizeof(int32));
	pt_doc_keys(PT_TEXT_BYTES(doc), PT_TEXT_LEN(doc), key_buf_add, &kb);
	*n = unique_keys(kb.keys, kb.n);
	return kb.keys;
}

/* extractValue: the distinct keys of a document */
Datum
pt_mention_extract_value(PG_FUNCTION_ARGS)
{
	text	   *doc = PG_GETARG_TEXT_PP(0);
	int32	   *nkeys = (int32 *) PG_GETARG_POINTER(1);
	int32	   *k;
	Datum	   *keys;
	int			i,
				n;

	k = doc_keys(doc, &n);
	keys = palloc(sizeof(Datum) * (n + 1));
	for (i = 0; i < n; i++)
		keys[i] = Int32GetDatum(k[i]);
	pfree(k);
	*nkeys = n;
	PG_RETURN_POINTER(keys);
}

/*
 * pt_mention_keys(doc): the keys pt_mention_ops stores for a document, as a
 * sorted int4[]; shows what the index holds, and lets golden tests catch a
 * change of the stored keys.
 */
Datum
pt_mention_keys(PG_FUNCTION_ARGS)
{
	text	   *doc = PG_GETARG_TEXT_PP(0);
	int32	   *k;
	Datum	   *elems;
	int			i,
				n;
	ArrayType  *result;

	k = doc_keys(doc, &n);
	elems = palloc(sizeof(Datum) * (n + 1));
	for (i = 0; i < n; i++)
		elems[i] = Int32GetDatum(k[i]);
	result = construct_array(elems, n, INT4OID, sizeof(int32), true, TYPALIGN_INT);
	PG_RETURN_ARRAYTYPE_P(result);
}

/*
 * The query: variants as lists of key indexes.  variant v uses
 * keyidx[first[v] .. first[v + 1]).
 */
typedef struct mention_query
{
	int			nvariants;
	int		   *first;
	int		   *keyidx;
} mention_query;

/* collects the variants of an organization's names */
typedef struct query_build
{
	key_buf		keys;			/* distinct keys in order of appearance */
	int		   *first;
	int		   *keyidx;
	int			nvariants,
				vcap,
				nidx,
				icap;
} query_build;

/* start collecting variants; cap is a first guess of their number */
static void
query_build_init(query_build *qb, int cap)
{
	qb->keys.cap = cap;
	qb->keys.n = 0;
	qb->keys.keys = palloc(qb->keys.cap * sizeof(int32));
	qb->vcap = cap;
	qb->first = palloc(qb->vcap * sizeof(int));
	qb->first[0] = 0;
	qb->icap = cap * 4;
	qb->keyidx = palloc(qb->icap * sizeof(int));
	qb->nvariants = 0;
	qb->nidx = 0;
}

/*
 * The collected variants as the query's keys, each with the whole query
 * (an OR of ANDs) as its extra_data; the caller returns NULL when there are
 * no variants.
 */
static Datum *
query_build_keys(query_build *qb, int32 *nkeys, Pointer **extra_data)
{
	mention_query *mq = palloc(sizeof(mention_query));
	Datum	   *keys;
	int			i;

	mq->nvariants = qb->nvariants;
	mq->first = qb->first;
	mq->keyidx = qb->keyidx;
	keys = palloc(sizeof(Datum) * qb->keys.n);
	*extra_data = palloc(sizeof(Pointer) * qb->keys.n);
	for (i = 0; i < qb->keys.n; i++)
	{
		keys[i] = Int32GetDatum(qb->keys.keys[i]);
		(*extra_data)[i] = (Pointer) mq;
	}
	*nkeys = qb->keys.n;
	return keys;
}

/* index of key in qb->keys, added if new (linear: queries are small) */
static int
query_key(query_build *qb, int32 key)
{
	int			i;

	for (i = 0; i < qb->keys.n; i++)
		if (qb->keys.keys[i] == key)
			return i;
	key_buf_add(&qb->keys, (uint32_t) key);
	return qb->keys.n - 1;
}

static int
query_variant(void *arg, int nwords, const unsigned char *const *words,
			  const size_t *lens, int glued)
{
	query_build *qb = arg;
	int			i;

	if (qb->nvariants + 1 >= qb->vcap)
	{
		qb->vcap *= 2;
		qb->first = repalloc(qb->first, qb->vcap * sizeof(int));
	}
	if (qb->nidx + nwords > qb->icap)
	{
		qb->icap = Max(qb->icap * 2, qb->nidx + nwords);
		qb->keyidx = repalloc(qb->keyidx, qb->icap * sizeof(int));
	}
	qb->first[qb->nvariants] = qb->nidx;
	for (i = 0; i < nwords; i++)
		qb->keyidx[qb->nidx++] = query_key(qb, (int32) pt_word_key(words[i], lens[i]));
	qb->nvariants++;
	qb->first[qb->nvariants] = qb->nidx;
	return 0;
}

/*
 * Strategy 3, doc @# country (the country finder of places.c): the keys of
 * every name variant that may give the country, as for an organization.
 * The consistent functions need no change: the query has the same form.
 */
static Datum
place_extract_query(FunctionCallInfo fcinfo)
{
	text	   *country = PG_GETARG_TEXT_PP(0);
	int32	   *nkeys = (int32 *) PG_GETARG_POINTER(1);
	Pointer   **extra_data = (Pointer **) PG_GETARG_POINTER(4);
	int32	   *searchMode = (int32 *) PG_GETARG_POINTER(6);
	const pt_places *p = pt_place_finder(fcinfo);
	int			idx = pt_place_resolve(p, country);
	query_build qb;

	*searchMode = GIN_SEARCH_MODE_DEFAULT;
	*nkeys = 0;
	if (idx < 0)
		PG_RETURN_POINTER(NULL);	/* no such country: nothing matches */
	query_build_init(&qb, 64);
	pt_places_code_names(p, idx, query_variant, &qb);
	if (qb.nvariants == 0)
		PG_RETURN_POINTER(NULL);	/* a country without names */
	PG_RETURN_POINTER(query_build_keys(&qb, nkeys, extra_data));
}

/* extractQuery: the keys of every name variant of the organization */
Datum
pt_mention_extract_query(PG_FUNCTION_ARGS)
{
	text	   *org = PG_GETARG_TEXT_PP(0);
	int32	   *nkeys = (int32 *) PG_GETARG_POINTER(1);
	Pointer   **extra_data = (Pointer **) PG_GETARG_POINTER(4);
	int32	   *searchMode = (int32 *) PG_GETARG_POINTER(6);
	const pt_matcher *m;
	int			idx;
	query_build qb;

	if (PG_GETARG_UINT16(2) == PT_STRATEGY_NAMES)
		return extract_query_names(fcinfo); /* doc @~> names */
	if (PG_GETARG_UINT16(2) == PT_STRATEGY_PLACE)
		return place_extract_query(fcinfo); /* doc @# country */
	m = pt_registry_matcher(fcinfo);
	idx = pt_registry_resolve(m, org);
	*searchMode = GIN_SEARCH_MODE_DEFAULT;
	*nkeys = 0;
	if (idx < 0)
		PG_RETURN_POINTER(NULL);	/* no such organization: nothing matches */

	query_build_init(&qb, 16);
	pt_matcher_code_names(m, idx, query_variant, &qb);
	if (qb.nvariants == 0)
		PG_RETURN_POINTER(NULL);	/* an organization without names */

	PG_RETURN_POINTER(query_build_keys(&qb, nkeys, extra_data));
}

/* consistent: some variant has all its keys; always rechecked */
Datum
pt_mention_consistent(PG_FUNCTION_ARGS)
{
	bool	   *check = (bool *) PG_GETARG_POINTER(0);
	int32		nkeys = PG_GETARG_INT32(3);
	Pointer    *extra_data = (Pointer *) PG_GETARG_POINTER(4);
	bool	   *recheck = (bool *) PG_GETARG_POINTER(5);
	mention_query *mq;
	int			v,
				i;

	*recheck = true;
	if (nkeys <= 0)
		PG_RETURN_BOOL(false);
	mq = (mention_query *) extra_data[0];
	for (v = 0; v < mq->nvariants; v++)
	{
		for (i = mq->first[v]; i < mq->first[v + 1] && check[mq->keyidx[i]]; i++)
			;
		if (i == mq->first[v + 1])
			PG_RETURN_BOOL(true);
	}
	PG_RETURN_BOOL(false);
}

/* triConsistent: MAYBE when some variant has no key known absent */
Datum
pt_mention_triconsistent(PG_FUNCTION_ARGS)
{
	GinTernaryValue *check = (GinTernaryValue *) PG_GETARG_POINTER(0);
	int32		nkeys = PG_GETARG_INT32(3);
	Pointer    *extra_data = (Pointer *) PG_GETARG_POINTER(4);
	mention_query *mq;
	int			v,
				i;

	if (nkeys <= 0)
		PG_RETURN_GIN_TERNARY_VALUE(GIN_FALSE);
	mq = (mention_query *) extra_data[0];
	for (v = 0; v < mq->nvariants; v++)
	{
		for (i = mq->first[v]; i < mq->first[v + 1] && check[mq->keyidx[i]] != GIN_FALSE; i++)
			;
		if (i == mq->first[v + 1])
			PG_RETURN_GIN_TERNARY_VALUE(GIN_MAYBE);
	}
	PG_RETURN_GIN_TERNARY_VALUE(GIN_FALSE);
}

/* ---- strategy 2: doc @~> names (a text[] of names, no registry) -------- */

/*
 * extractQuery of strategy 2: the keys of every variant of every element
 * of the name array (the elements' rules are those of namespec.h), as an
 * OR of ANDs like strategy 1's.  Exclusions, NULL elements and names
 * without words add nothing; no variant at all matches nothing.
 */
static Datum
extract_query_names(FunctionCallInfo fcinfo)
{
	ArrayType  *arr = PG_GETARG_ARRAYTYPE_P(0);
	int32	   *nkeys = (int32 *) PG_GETARG_POINTER(1);
	Pointer   **extra_data = (Pointer **) PG_GETARG_POINTER(4);
	int32	   *searchMode = (int32 *) PG_GETARG_POINTER(6);
	query_build qb;
	Datum	   *elems;
	bool	   *nulls;
	int			n,
				i;

	pt_require_utf8();
	*searchMode = GIN_SEARCH_MODE_DEFAULT;
	*nkeys = 0;
	deconstruct_array(arr, TEXTOID, -1, false, TYPALIGN_INT, &elems, &nulls, &n);

	query_build_init(&qb, 16);
	for (i = 0; i < n; i++)
	{
		text	   *t;
		size_t		off,
					len;
		int			flags;

		if (nulls[i])
			continue;
		t = DatumGetTextPP(elems[i]);
		flags = pt_name_spec(PT_TEXT_BYTES(t), PT_TEXT_LEN(t), &off, &len);
		if (flags & PT_NAME_EXCLUDE)
			continue;			/* an exclusion is not looked for */
		if (pt_name_variants(PT_TEXT_BYTES(t) + off, len, flags & PT_NAME_CASE_SENSITIVE,
							 query_variant, &qb) ==
			PT_MATCHER_TOO_LONG)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("an element of the name array is too long to be an organization name"),
					 errdetail("A name has at most %d words of at most %d bytes each.",
							   PT_MATCHER_MAX_NAME_TOKENS, PT_MATCHER_MAX_WORD)));
		CHECK_FOR_INTERRUPTS();
	}
	if (qb.nvariants == 0)
		PG_RETURN_POINTER(NULL);

	PG_RETURN_POINTER(query_build_keys(&qb, nkeys, extra_data));
}
