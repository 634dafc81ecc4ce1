/*
 * parser.c
 *		The text-search parser policytext_parser over the core tokenizer and
 *		its context pass.
 *
 * The four functions follow PostgreSQL's parser API (start, gettoken, end,
 * lextype).  The start function has the whole text: it tokenizes it and
 * decides the language of every Arabic-script word from its letters and its
 * sentence, paragraph and document (doclang.h); gettoken then hands out the
 * tokens.  Token ids are the default parser's where the meaning is the same
 * (asciiword 1, word 2, numword 3, email 4, url 5, host 6, blank 12, tag 13,
 * protocol 14, url_path 18, decimal 20, uint 22, entity 23), so
 * pg_catalog.prsd_headline serves as the headline function on HTML too;
 * Arabic-script words have their own ids: 26 Arabic, 27 Persian, and 24
 * (the id of 0.3's single Arabic-script type) for a word no context decides.
 */
#include "postgres.h"

#include "access/genam.h"
#include "access/htup_details.h"
#include "access/table.h"
#include "catalog/indexing.h"
#include "catalog/pg_extension.h"
#include "fmgr.h"
#include "tsearch/ts_public.h"
#include "utils/builtins.h"
#include "utils/fmgroids.h"
#include "utils/memutils.h"
#include "utils/rel.h"

#include "doclang.h"
#include "policytext.h"
#include "tokenize.h"

PG_FUNCTION_INFO_V1(pt_parser_start);
PG_FUNCTION_INFO_V1(pt_parser_gettoken);
PG_FUNCTION_INFO_V1(pt_parser_end);
PG_FUNCTION_INFO_V1(pt_parser_lextype);

/* token types, in the order ts_token_type lists them */
static const struct
{
	pt_token_type id;
	const char *alias;
	const char *descr;
}			token_types[] = {
	{PT_TOK_ASCIIWORD, "asciiword", "Word, all ASCII letters"},
	{PT_TOK_WORD, "word", "Latin word with non-ASCII letters"},
	{PT_TOK_NUMWORD, "numword", "Word, Latin letters and digits"},
	{PT_TOK_EMAIL, "email", "Email address"},
	{PT_TOK_URL, "url", "URL"},
	{PT_TOK_HOST, "host", "Host"},
	{PT_TOK_BLANK, "blank", "Space symbols and punctuation"},
	{PT_TOK_TAG, "tag", "XML tag"},
	{PT_TOK_PROTOCOL, "protocol", "Protocol head"},
	{PT_TOK_URL_PATH, "url_path", "URL path"},
	{PT_TOK_DECIMAL, "decimal", "Number with separators, any digit script"},
	{PT_TOK_UINT, "uint", "Number, any digit script"},
	{PT_TOK_ENTITY, "entity", "XML entity"},
	{PT_TOK_ARABICWORD, "arabicword", "Arabic-script word, language undecided (no context)"},
	{PT_TOK_OTHERWORD, "otherword", "Word in another script"},
	{PT_TOK_ARWORD, "arword", "Arabic-script word, Arabic by its letters or its context"},
	{PT_TOK_FAWORD, "faword", "Arabic-script word, Persian by its letters or its context"},
};

typedef struct
{
	const char *text;
	pt_doc		doc;
	size_t		next;
} ParserState;

/* Allocation callbacks of the core: huge allocations in the current context. */
static void *
doc_alloc(void *ctx, size_t size)
{
	return MemoryContextAllocHuge(CurrentMemoryContext, size);
}

static void
doc_free(void *ctx, void *p)
{
	pfree(p);
}

static const pt_allocator doc_allocator = {doc_alloc, doc_free, NULL};

/*
 * Are the SQL objects of version 0.4 or later installed?  Their
 * configurations map arword and faword; before ALTER EXTENSION ... UPDATE
 * (a new library under 0.2 or 0.3 objects) they do not, and the parser
 * then returns every Arabic-script word as arabicword, as 0.3 did, so that
 * no word loses its lexemes.  A positive answer is kept for the backend
 * (versions only go up); a negative one is asked again each time.
 */
static bool
context_types_mapped(void)
{
	static bool mapped = false;
	Relation	rel;
	ScanKeyData key;
	SysScanDesc scan;
	HeapTuple	tuple;

	if (mapped)
		return true;
	rel = table_open(ExtensionRelationId, AccessShareLock);
	ScanKeyInit(&key, Anum_pg_extension_extname, BTEqualStrategyNumber,
				F_NAMEEQ, CStringGetDatum("policytext"));
	scan = systable_beginscan(rel, ExtensionNameIndexId, true, NULL, 1, &key);
	tuple = systable_getnext(scan);
	if (HeapTupleIsValid(tuple))
	{
		bool		isnull;
		Datum		d = heap_getattr(tuple, Anum_pg_extension_extversion,
									 RelationGetDescr(rel), &isnull);

		if (!isnull)
		{
			char	   *v = TextDatumGetCString(d);

			/* 0.1, 0.2 and 0.3 predate the context types */
			mapped = !(strcmp(v, "0.1") == 0 || strcmp(v, "0.2") == 0 ||
					   strcmp(v, "0.3") == 0);
			pfree(v);
		}
	}
	systable_endscan(scan);
	table_close(rel, AccessShareLock);
	return mapped;
}

/* Start parsing a buffer: (internal text, int4 length) -> internal state. */
Datum
pt_parser_start(PG_FUNCTION_ARGS)
{
	ParserState *st = (ParserState *) palloc(sizeof(ParserState));
	int32		len = PG_GETARG_INT32(1);
	int			rc;

	pt_require_utf8();
	st->text = (const char *) PG_GETARG_POINTER(0);
	st->next = 0;
	rc = pt_doc_analyze(&st->doc, (const unsigned char *) st->text,
						len > 0 ? (size_t) len : 0, PT_CTX_AUTO, &doc_allocator);
	if (rc != PT_DOC_OK)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("text is too long to be parsed")));
	if (!context_types_mapped())
	{
		for (size_t i = 0; i < st->doc.ntok; i++)
			if (st->doc.tok[i].type == PT_TOK_ARWORD ||
				st->doc.tok[i].type == PT_TOK_FAWORD)
				st->doc.tok[i].type = PT_TOK_ARABICWORD;
	}
	PG_RETURN_POINTER(st);
}

/* Next token: sets *token and *length, returns its type (0 at the end). */
Datum
pt_parser_gettoken(PG_FUNCTION_ARGS)
{
	ParserState *st = (ParserState *) PG_GETARG_POINTER(0);
	char	  **token = (char **) PG_GETARG_POINTER(1);
	int		   *length = (int *) PG_GETARG_POINTER(2);
	const pt_doctok *k;

	if (st->next >= st->doc.ntok)
	{
		*token = (char *) st->text;
		*length = 0;
		PG_RETURN_INT32(0);
	}
	k = &st->doc.tok[st->next++];
	*token = (char *) st->text + k->start;
	*length = (int) k->len;
	PG_RETURN_INT32((int32) k->type);
}

/* Free the parser state. */
Datum
pt_parser_end(PG_FUNCTION_ARGS)
{
	ParserState *st = (ParserState *) PG_GETARG_POINTER(0);

	pt_doc_free(&st->doc, &doc_allocator);
	pfree(st);
	PG_RETURN_VOID();
}

/* The token types, as a LexDescr array ending with lexid 0. */
Datum
pt_parser_lextype(PG_FUNCTION_ARGS)
{
	int			n = lengthof(token_types);
	LexDescr   *descr = (LexDescr *) palloc(sizeof(LexDescr) * (n + 1));

	for (int i = 0; i < n; i++)
	{
		descr[i].lexid = (int) token_types[i].id;
		descr[i].alias = pstrdup(token_types[i].alias);
		descr[i].descr = pstrdup(token_types[i].descr);
	}
	descr[n].lexid = 0;
	descr[n].alias = NULL;
	descr[n].descr = NULL;
	PG_RETURN_POINTER(descr);
}
