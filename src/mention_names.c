/*
 * mention_names.c
 *		Organization matching that does not read the registry, for servers
 *		that get the names from elsewhere (shards behind postgres_fdw): the
 *		operator text @~> text[] (pt_mentions_any), extraction with a
 *		registry given as an array (pt_orgs(doc, registry)), and the STABLE
 *		functions that write the current registry into such arrays
 *		(pt_org_names, pt_org_registry).
 *
 * A name array's matcher is built with the same matcher as the registry's
 * (matcher.h) and cached per backend, keyed by a hash of the array's bytes:
 * a scan or a join with the same array builds it once.  A call site
 * remembers its last entry and, while the array stays the same, only
 * compares the bytes.
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "common/hashfn.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "funcapi.h"
#include "lib/stringinfo.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/inval.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"

#include "namespec.h"
#include "policytext.h"
#include "prepared_cache.h"
#include "registry.h"
#include "results.h"
#include "table_cache.h"

PG_FUNCTION_INFO_V1(pt_mentions_any);
PG_FUNCTION_INFO_V1(pt_orgs_in);
PG_FUNCTION_INFO_V1(pt_org_names);
PG_FUNCTION_INFO_V1(pt_org_registry);
PG_FUNCTION_INFO_V1(pt_org_name_element);

/* matchers of name arrays kept per backend */
#define NAMES_CACHE_SIZE	8

typedef struct names_entry
{
	uint64		id;				/* 0: empty slot */
	uint64		last_use;
	uint32		hash;
	bool		registry;		/* built from a (code, name) array */
	Size		len;
	char	   *bytes;			/* the array's bytes: the key */
	MemoryContext cxt;			/* holds bytes and the matcher */
	pt_matcher *m;
} names_entry;

static names_entry names_cache[NAMES_CACHE_SIZE];
static uint64 names_next_id = 1;
static uint64 names_clock = 0;

/* what a call site remembers (fn_extra) */
typedef struct names_site
{
	int			slot;			/* entry last used, or -1 */
	uint64		id;				/* its id then */
} names_site;

/* the codes of a plain name array's names and exclusions */
#define NAMES_CODE		"T"		/* code index 0 */
#define EXCLUDED_CODE	"X"		/* code index 1 */

/* Raise the error of a failed pt_matcher_add, or ignore an empty name. */
static void
check_add(int rc, const char *what)
{
	if (rc == PT_MATCHER_NOMEM)
		ereport(ERROR,
				(errcode(ERRCODE_OUT_OF_MEMORY),
				 errmsg("out of memory building the matcher of a name array")));
	if (rc == PT_MATCHER_TOO_LONG)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s is too long to be an organization name", what),
				 errdetail("A name has at most %d words of at most %d bytes each.",
						   PT_MATCHER_MAX_NAME_TOKENS, PT_MATCHER_MAX_WORD)));
	/* PT_MATCHER_EMPTY: a name without letters or digits matches nothing */
}

/*
 * Add one element (name-array rules of namespec.h) to m: under code, or
 * when code is NULL under NAMES_CODE or, for an exclusion, EXCLUDED_CODE.
 */
static void
add_element(pt_matcher *m, const char *code, size_t codelen, text *elem)
{
	const unsigned char *s = PT_TEXT_BYTES(elem);
	size_t		off,
				len;
	int			flags = pt_name_spec(s, PT_TEXT_LEN(elem), &off, &len);

	if (code == NULL)
	{
		code = (flags & PT_NAME_EXCLUDE) ? EXCLUDED_CODE : NAMES_CODE;
		codelen = strlen(code);
	}
	else if (flags & PT_NAME_EXCLUDE)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("a registry array has no exclusions (names starting with \"!\")"),
				 errhint("Write a name that starts with \"!\" with a space before it.")));
	check_add(pt_matcher_add(m, code, codelen, s + off, len,
							 flags & PT_NAME_CASE_SENSITIVE),
			  "an element of the name array");
}

/*
 * Build the matcher of a plain name array: the names under code index 0,
 * the exclusions under code index 1.
 */
static void
build_names(pt_matcher *m, ArrayType *arr)
{
	Datum	   *elems;
	bool	   *nulls;
	int			n,
				i;

	if (pt_matcher_add_code(m, NAMES_CODE, strlen(NAMES_CODE)) != 0 ||
		pt_matcher_add_code(m, EXCLUDED_CODE, strlen(EXCLUDED_CODE)) != 1)
		check_add(PT_MATCHER_NOMEM, "");
	deconstruct_array(arr, TEXTOID, -1, false, TYPALIGN_INT, &elems, &nulls, &n);
	for (i = 0; i < n; i++)
	{
		if (nulls[i])
			continue;
		add_element(m, NULL, 0, DatumGetTextPP(elems[i]));
		CHECK_FOR_INTERRUPTS();
	}
}

/* Check that arr is a registry array: rows of (code, name), or empty. */
static void
check_registry_shape(ArrayType *arr)
{
	if (ARR_NDIM(arr) == 0)
		return;
	if (ARR_NDIM(arr) != 2 || ARR_DIMS(arr)[1] != 2)
		ereport(ERROR,
				(errcode(ERRCODE_ARRAY_SUBSCRIPT_ERROR),
				 errmsg("a registry array has two dimensions, rows of (code, name)"),
				 errhint("Pass pt_org_registry(), e.g. (SELECT pt_org_registry()).")));
}

/* Build the matcher of a registry array, rows (code, name) in order. */
static void
build_registry(pt_matcher *m, ArrayType *arr)
{
	Datum	   *elems;
	bool	   *nulls;
	int			n,
				i;

	check_registry_shape(arr);
	deconstruct_array(arr, TEXTOID, -1, false, TYPALIGN_INT, &elems, &nulls, &n);
	for (i = 0; i + 1 < n; i += 2)
	{
		text	   *code;

		if (nulls[i])
			ereport(ERROR,
					(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
					 errmsg("a registry array has a NULL code in row %d", i / 2 + 1)));
		code = DatumGetTextPP(elems[i]);
		if (VARSIZE_ANY_EXHDR(code) == 0)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("a registry array has an empty code in row %d", i / 2 + 1)));
		if (pt_matcher_add_code(m, VARDATA_ANY(code), VARSIZE_ANY_EXHDR(code)) < 0)
			check_add(PT_MATCHER_NOMEM, "");
		if (!nulls[i + 1])
			add_element(m, VARDATA_ANY(code), VARSIZE_ANY_EXHDR(code),
						DatumGetTextPP(elems[i + 1]));
		CHECK_FOR_INTERRUPTS();
	}
}

/* The slot to reuse: an empty one, else the least recently used. */
static int
victim_slot(void)
{
	int			i,
				best = 0;

	for (i = 0; i < NAMES_CACHE_SIZE; i++)
	{
		if (names_cache[i].id == 0)
			return i;
		if (names_cache[i].last_use < names_cache[best].last_use)
			best = i;
	}
	return best;
}

/* Build the matcher of arr into a new context of the empty entry e. */
static void
build_entry(names_entry *e, ArrayType *arr, bool registry)
{
	MemoryContext cxt = AllocSetContextCreate(TopMemoryContext,
											  "policytext name-array matcher",
											  ALLOCSET_DEFAULT_SIZES);

	PG_TRY();
	{
		pt_allocator a = pt_context_allocator(cxt);

		e->m = pt_matcher_new(&a);
		if (e->m == NULL)
			check_add(PT_MATCHER_NOMEM, "");
		if (registry)
			build_registry(e->m, arr);
		else
			build_names(e->m, arr);
		e->bytes = MemoryContextAllocHuge(cxt, VARSIZE(arr));
	}
	PG_CATCH();
	{
		MemoryContextDelete(cxt);
		e->m = NULL;
		PG_RE_THROW();
	}
	PG_END_TRY();
	e->cxt = cxt;
}

/*
 * The matcher of the name array (or registry array) in argument argno,
 * from the cache or built now.
 */
static const pt_matcher *
pt_names_matcher(FunctionCallInfo fcinfo, int argno, bool registry)
{
	names_site *site = (names_site *) fcinfo->flinfo->fn_extra;
	ArrayType  *arr;
	Size		len;
	uint32		hash;
	int			i;
	names_entry *e;

	pt_require_utf8();
	if (site == NULL)
	{
		site = MemoryContextAllocZero(fcinfo->flinfo->fn_mcxt, sizeof(names_site));
		site->slot = -1;
		fcinfo->flinfo->fn_extra = site;
	}
	arr = PG_GETARG_ARRAYTYPE_P(argno);
	if (ARR_ELEMTYPE(arr) != TEXTOID)
		ereport(ERROR,
				(errcode(ERRCODE_DATATYPE_MISMATCH),
				 errmsg("a name array must be of type text[]")));

	/*
	 * The entry this call site used last, if the array is the same: a
	 * comparison of bytes, cheaper than the hash.  (The argument being a
	 * constant or a parameter is not enough: PL/pgSQL evaluates one
	 * expression with changing parameter values.)
	 */
	if (site->slot >= 0 && names_cache[site->slot].id == site->id &&
		names_cache[site->slot].len == VARSIZE(arr) &&
		names_cache[site->slot].registry == registry &&
		memcmp(names_cache[site->slot].bytes, arr, VARSIZE(arr)) == 0)
	{
		e = &names_cache[site->slot];
		e->last_use = ++names_clock;
		return e->m;
	}

	len = VARSIZE(arr);
	hash = hash_bytes((const unsigned char *) arr, (int) len);
	for (i = 0; i < NAMES_CACHE_SIZE; i++)
	{
		e = &names_cache[i];
		if (e->id != 0 && e->hash == hash && e->len == len &&
			e->registry == registry && memcmp(e->bytes, arr, len) == 0)
		{
			e->last_use = ++names_clock;
			site->slot = i;
			site->id = e->id;
			return e->m;
		}
	}

	/* build into a new context, then replace the victim */
	i = victim_slot();
	e = &names_cache[i];
	if (e->id != 0)
	{
		MemoryContextDelete(e->cxt);
		e->id = 0;
	}
	build_entry(e, arr, registry);
	memcpy(e->bytes, arr, len);
	e->len = len;
	e->hash = hash;
	e->registry = registry;
	e->id = names_next_id++;
	e->last_use = ++names_clock;
	site->slot = i;
	site->id = e->id;
	return e->m;
}

/* doc @~> names: doc mentions one of the names (no registry involved) */
Datum
pt_mentions_any(PG_FUNCTION_ARGS)
{
	text	   *doc = PG_GETARG_TEXT_PP(0);
	const pt_matcher *m = pt_names_matcher(fcinfo, 1, false);

	PG_RETURN_BOOL(pt_matcher_mentions(m, PT_TEXT_BYTES(doc), PT_TEXT_LEN(doc), 0));
}

/*
 * pt_orgs(doc, registry): what pt_orgs(doc) answers on a server whose
 * registry is the array (rows of pt_org_registry()).
 */
Datum
pt_orgs_in(PG_FUNCTION_ARGS)
{
	text	   *doc = PG_GETARG_TEXT_PP(0);
	const pt_matcher *m = pt_names_matcher(fcinfo, 1, true);
	pt_code_list cl;
	Datum	   *elems;
	int			i,
				n;

	pt_code_list_init(&cl);
	pt_search_orgs(m, PT_TEXT_BYTES(doc), PT_TEXT_LEN(doc), pt_code_list_add, &cl);
	n = pt_code_list_distinct(&cl);
	elems = palloc(sizeof(Datum) * (n + 1));
	for (i = 0; i < n; i++)
	{
		size_t		len;
		const char *code = pt_matcher_code(m, cl.codes[i], &len);

		elems[i] = PointerGetDatum(cstring_to_text_with_len(code, (int) len));
	}
	PG_RETURN_ARRAYTYPE_P(pt_code_array(elems, n));
}

/* a registry name as an element of a name array (namespec.h) */
static text *
name_element(text *name, bool acronym, bool exclude)
{
	size_t		len = PT_TEXT_LEN(name);
	text	   *out = palloc(VARHDRSZ + len + PT_NAME_SPEC_EXTRA);
	size_t		n = pt_name_spec_write(PT_TEXT_BYTES(name), len,
									   (acronym ? PT_NAME_CASE_SENSITIVE : 0) |
									   (exclude ? PT_NAME_EXCLUDE : 0),
									   (unsigned char *) VARDATA(out));

	SET_VARSIZE(out, VARHDRSZ + n);
	return out;
}

/* the quoted schema of the calling function, which holds the registry */
static const char *
registry_schema(FunctionCallInfo fcinfo)
{
	return quote_identifier(get_namespace_name(get_func_namespace(fcinfo->flinfo->fn_oid)));
}

/* a registry name with the word keys of each of its variants */
typedef struct name_row
{
	text	   *name;
	bool		acronym;
	bool		target;			/* a current name of the organization */
	bool		excluded;		/* a name of another one that can overlap */
	uint32	   *keys;			/* the words of every variant, in order */
	int		   *first;			/* variant v: keys[first[v] .. first[v + 1]) */
	int			nkeys,
				kcap,
				nvariants,
				vcap;
} name_row;

/*
 * The key of a canonical word for overlap tests: an acronym's word (marked,
 * as written) counts as its lower-case word, which the same text word also
 * has among its forms.
 */
static uint32
loose_key(const unsigned char *w, size_t len)
{
	unsigned char low[PT_MATCHER_MAX_WORD + 1];
	size_t		k;

	if (len < 2 || w[0] != 0x01 || len - 1 > PT_MATCHER_MAX_WORD)
		return pt_word_key(w, len);
	for (k = 1; k < len; k++)
		low[k - 1] = (w[k] >= 'A' && w[k] <= 'Z') ? w[k] + ('a' - 'A') : w[k];
	return pt_word_key(low, len - 1);
}

/* variant callback: append the variant's word keys to the row */
static int
collect_variant(void *arg, int nwords, const unsigned char *const *words,
				const size_t *lens, int glued)
{
	name_row   *r = arg;
	int			i;

	if (r->nkeys + nwords > r->kcap)
	{
		r->kcap = Max(r->kcap * 2, r->nkeys + nwords + 16);
		r->keys = r->keys ? repalloc(r->keys, r->kcap * sizeof(uint32))
			: palloc(r->kcap * sizeof(uint32));
	}
	if (r->nvariants + 2 > r->vcap)
	{
		r->vcap = Max(8, r->vcap * 2);
		r->first = r->first ? repalloc(r->first, r->vcap * sizeof(int))
			: palloc(r->vcap * sizeof(int));
	}
	r->first[r->nvariants] = r->nkeys;
	for (i = 0; i < nwords; i++)
		r->keys[r->nkeys++] = loose_key(words[i], lens[i]);
	r->nvariants++;
	r->first[r->nvariants] = r->nkeys;
	return 0;
}

/*
 * Can a match of n hide a match of t that starts at or after it?  Some
 * variant of n has, at some word k, the first word of a variant of t, and
 * the two agree on every word after it that both have: n's match then
 * covers the start of t's (the registry's matcher keeps the leftmost,
 * longest match).
 */
static bool
can_hide(const name_row *n, const name_row *t)
{
	int			vn,
				vt,
				k,
				j;

	for (vn = 0; vn < n->nvariants; vn++)
	{
		const uint32 *a = n->keys + n->first[vn];
		int			alen = n->first[vn + 1] - n->first[vn];

		for (vt = 0; vt < t->nvariants; vt++)
		{
			const uint32 *b = t->keys + t->first[vt];
			int			blen = t->first[vt + 1] - t->first[vt];

			for (k = 0; k < alen; k++)
			{
				if (a[k] != b[0])
					continue;
				for (j = 1; k + j < alen && j < blen && a[k + j] == b[j]; j++)
					;
				/* n ends inside t, or t ends inside n: they overlap */
				if (k + j == alen || j == blen)
				{
					/* n longer than t from the same start, or starts before */
					if (k > 0 || alen > blen)
						return true;
				}
			}
		}
	}
	return false;
}

/* search callback: something was found */
static void
note_found(void *arg, int code, size_t start, size_t end)
{
	*(bool *) arg = true;
}

/* a matcher of the rows in the set (targets and exclusions so far) */
static pt_matcher *
set_matcher(const name_row *rows, uint64 n)
{
	pt_allocator a = pt_context_allocator(CurrentMemoryContext);
	pt_matcher *m = pt_matcher_new(&a);
	uint64		i;

	if (m == NULL)
		check_add(PT_MATCHER_NOMEM, "");
	for (i = 0; i < n; i++)
		if (rows[i].target || rows[i].excluded)
			check_add(pt_matcher_add(m, "S", 1, PT_TEXT_BYTES(rows[i].name),
									 PT_TEXT_LEN(rows[i].name),
									 rows[i].acronym ? PT_NAME_CASE_SENSITIVE : 0),
					  "a registry name");
	return m;
}

/*
 * pt_org_names(org): every current name of the organization given by code
 * or name, written for @~> (empty if unknown); names that another
 * organization's equal name overrides in the registry are left out.  They
 * are followed by exclusions ("!name"): the names of other organizations
 * whose match can cover the start of a match of one of them, and the names
 * that can so hide those in turn, so that a mention inside a longer name of
 * another organization ("UN" in "UN Women") does not count, as with @~.
 */
static ArrayType *
org_names_build(FunctionCallInfo fcinfo, const pt_matcher *m, int idx)
{
	StringInfoData q;
	Datum	   *elems;
	name_row   *rows;
	int			k = 0;
	uint64		i,
				n;
	size_t		codelen;
	const char *code;
	MemoryContext caller = CurrentMemoryContext;
	bool		changed;

	code = pt_matcher_code(m, idx, &codelen);

	initStringInfo(&q);
	appendStringInfo(&q,
					 "SELECT code, name, form OPERATOR(pg_catalog.=) 'acronym' FROM %s.pt_org_name "
					 "ORDER BY shipped, code COLLATE \"C\", name COLLATE \"C\"",
					 registry_schema(fcinfo));
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	if (SPI_execute(q.data, true, 0) != SPI_OK_SELECT)
		elog(ERROR, "reading pt_org_name failed");
	n = SPI_processed;
	rows = MemoryContextAllocZero(caller, sizeof(name_row) * (n + 1));
	for (i = 0; i < n; i++)
	{
		HeapTuple	tup = SPI_tuptable->vals[i];
		TupleDesc	desc = SPI_tuptable->tupdesc;
		bool		isnull;
		text	   *c = DatumGetTextPP(SPI_getbinval(tup, desc, 1, &isnull));
		text	   *name = DatumGetTextPP(SPI_getbinval(tup, desc, 2, &isnull));
		bool		acronym = DatumGetBool(SPI_getbinval(tup, desc, 3, &isnull));
		MemoryContext spi = MemoryContextSwitchTo(caller);
		name_row   *r = &rows[i];
		bool		own = VARSIZE_ANY_EXHDR(c) == codelen &&
			memcmp(VARDATA_ANY(c), code, codelen) == 0;
		int			lookup = pt_matcher_lookup(m, PT_TEXT_BYTES(name), PT_TEXT_LEN(name));

		r->name = DatumGetTextPCopy(PointerGetDatum(name));
		r->acronym = acronym;
		/* the name as a whole denotes this organization, not another */
		r->target = own && lookup == idx;
		/* a name of this one that another overrides is that one's name */
		r->excluded = false;
		pt_name_variants(PT_TEXT_BYTES(name), PT_TEXT_LEN(name),
						 acronym ? PT_NAME_CASE_SENSITIVE : 0, collect_variant, r);
		MemoryContextSwitchTo(spi);
		CHECK_FOR_INTERRUPTS();
	}
	SPI_finish();

	/*
	 * The closure of the names under "can hide a match of": a name that
	 * contains a match of the set (found with the set's own matcher, so
	 * with the text's attached prefixes and letter variants) or that
	 * overlaps the start of one (can_hide).
	 */
	for (changed = true; changed;)
	{
		uint64		j;
		pt_matcher *sm = set_matcher(rows, n);

		changed = false;
		for (i = 0; i < n; i++)
		{
			bool		hides = false;

			if (rows[i].target || rows[i].excluded)
				continue;
			pt_matcher_search(sm, PT_TEXT_BYTES(rows[i].name), PT_TEXT_LEN(rows[i].name),
							  note_found, &hides);
			for (j = 0; j < n && !hides; j++)
				if ((rows[j].target || rows[j].excluded) && can_hide(&rows[i], &rows[j]))
					hides = true;
			if (hides)
			{
				rows[i].excluded = true;
				changed = true;
			}
			CHECK_FOR_INTERRUPTS();
		}
		pt_matcher_free(sm);
	}

	elems = palloc(sizeof(Datum) * (n + 1));
	for (i = 0; i < n; i++)
		if (rows[i].target)
			elems[k++] = PointerGetDatum(name_element(rows[i].name, rows[i].acronym, false));
	for (i = 0; i < n; i++)
		if (rows[i].excluded)
			elems[k++] = PointerGetDatum(name_element(rows[i].name, rows[i].acronym, true));
	return construct_array(elems, k, TEXTOID, -1, false, TYPALIGN_INT);
}

/* answers of pt_org_names kept per backend until the next relcache change */
#define ORG_NAMES_CACHE_SIZE 32

typedef struct org_names_entry
{
	int			idx;			/* code index in the registry's matcher */
	ArrayType  *names;			/* in org_names_cxt */
} org_names_entry;

static org_names_entry org_names_cache[ORG_NAMES_CACHE_SIZE];
static int	org_names_n = 0;
static MemoryContext org_names_cxt = NULL;
static bool org_names_callback = false;

/* relcache callback: a registry change (or any other) empties the cache */
static void
org_names_invalidate(Datum arg, Oid relid)
{
	org_names_n = 0;
	if (org_names_cxt)
		MemoryContextReset(org_names_cxt);
}

/* pt_org_names(org): the names of org_names_build, from the cache if known */
Datum
pt_org_names(PG_FUNCTION_ARGS)
{
	text	   *org = PG_GETARG_TEXT_PP(0);
	const pt_matcher *m = pt_registry_matcher(fcinfo);
	int			idx = pt_registry_resolve(m, org);
	ArrayType  *names;
	int			i;

	if (idx < 0)
		PG_RETURN_ARRAYTYPE_P(construct_empty_array(TEXTOID));
	if (!org_names_callback)
	{
		CacheRegisterRelcacheCallback(org_names_invalidate, (Datum) 0);
		org_names_cxt = AllocSetContextCreate(TopMemoryContext, "policytext pt_org_names",
											  ALLOCSET_DEFAULT_SIZES);
		org_names_callback = true;
	}
	for (i = 0; i < org_names_n; i++)
		if (org_names_cache[i].idx == idx)
			PG_RETURN_ARRAYTYPE_P(DatumGetArrayTypePCopy(PointerGetDatum(org_names_cache[i].names)));
	names = org_names_build(fcinfo, m, idx);
	if (org_names_n < ORG_NAMES_CACHE_SIZE)
	{
		org_names_cache[org_names_n].idx = idx;
		org_names_cache[org_names_n].names = (ArrayType *)
			MemoryContextAlloc(org_names_cxt, VARSIZE(names));
		memcpy(org_names_cache[org_names_n].names, names, VARSIZE(names));
		org_names_n++;
	}
	PG_RETURN_ARRAYTYPE_P(names);
}

/*
 * pt_org_registry(): the registry as rows (code, name) of a two-dimensional
 * array, in the order the registry's matcher reads them (user rows first),
 * names written for the name-array rules: pt_orgs(doc, pt_org_registry())
 * equals pt_orgs(doc).
 */
Datum
pt_org_registry(PG_FUNCTION_ARGS)
{
	StringInfoData q;
	Datum	   *elems;
	uint64		i,
				n;
	int			dims[2],
				lbs[2] = {1, 1};
	MemoryContext caller = CurrentMemoryContext;

	pt_require_utf8();
	initStringInfo(&q);
	appendStringInfo(&q,
					 "SELECT code, name, form OPERATOR(pg_catalog.=) 'acronym' FROM %s.pt_org_name "
					 "ORDER BY shipped, code COLLATE \"C\", name COLLATE \"C\"",
					 registry_schema(fcinfo));
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	if (SPI_execute(q.data, true, 0) != SPI_OK_SELECT)
		elog(ERROR, "reading pt_org_name failed");
	n = SPI_processed;
	if ((Size) n * 2 >= MaxAllocSize / sizeof(Datum))
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("the registry has too many names for an array")));
	elems = MemoryContextAlloc(caller, sizeof(Datum) * (n * 2 + 1));
	for (i = 0; i < n; i++)
	{
		HeapTuple	tup = SPI_tuptable->vals[i];
		TupleDesc	desc = SPI_tuptable->tupdesc;
		bool		isnull;
		text	   *code = DatumGetTextPP(SPI_getbinval(tup, desc, 1, &isnull));
		text	   *name = DatumGetTextPP(SPI_getbinval(tup, desc, 2, &isnull));
		bool		acronym = DatumGetBool(SPI_getbinval(tup, desc, 3, &isnull));
		MemoryContext spi = MemoryContextSwitchTo(caller);

		elems[2 * i] = PointerGetDatum(cstring_to_text_with_len(VARDATA_ANY(code),
																VARSIZE_ANY_EXHDR(code)));
		elems[2 * i + 1] = PointerGetDatum(name_element(name, acronym, false));
		MemoryContextSwitchTo(spi);
		CHECK_FOR_INTERRUPTS();
	}
	SPI_finish();
	if (n == 0)
		PG_RETURN_ARRAYTYPE_P(construct_empty_array(TEXTOID));
	dims[0] = (int) n;
	dims[1] = 2;
	PG_RETURN_ARRAYTYPE_P(construct_md_array(elems, NULL, 2, dims, lbs, TEXTOID, -1,
											 false, TYPALIGN_INT));
}

/* pt_org_name_element(name, acronym): a registry name as an array element */
Datum
pt_org_name_element(PG_FUNCTION_ARGS)
{
	PG_RETURN_TEXT_P(name_element(PG_GETARG_TEXT_PP(0), PG_GETARG_BOOL(1), false));
}
