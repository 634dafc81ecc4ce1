/*
 * parser.c
 *		The text-search parser policytext_parser over the core tokenizer.
 *
 * The four functions follow PostgreSQL's parser API (start, gettoken, end,
 * lextype).  Token ids are the default parser's where the meaning is the
 * same (asciiword 1, word 2, numword 3, blank 12, decimal 20, uint 22), so
 * pg_catalog.prsd_headline serves as the headline function; Arabic-script
 * words (24) and words of other scripts (25) have their own ids.
 */
#include "postgres.h"

#include "fmgr.h"
#include "tsearch/ts_public.h"

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
	{PT_TOK_BLANK, "blank", "Space symbols and punctuation"},
	{PT_TOK_DECIMAL, "decimal", "Number with separators, any digit script"},
	{PT_TOK_UINT, "uint", "Number, any digit script"},
	{PT_TOK_ARABICWORD, "arabicword", "Word in Arabic script (Arabic, Persian)"},
	{PT_TOK_OTHERWORD, "otherword", "Word in another script"},
};

/* Start parsing a buffer: (internal text, int4 length) -> internal state. */
Datum
pt_parser_start(PG_FUNCTION_ARGS)
{
	pt_tokenizer *t = (pt_tokenizer *) palloc(sizeof(pt_tokenizer));
	int32		len = PG_GETARG_INT32(1);

	pt_require_utf8();
	pt_tok_init(t, (const unsigned char *) PG_GETARG_POINTER(0),
				len > 0 ? (size_t) len : 0);
	PG_RETURN_POINTER(t);
}

/* Next token: sets *token and *length, returns its type (0 at the end). */
Datum
pt_parser_gettoken(PG_FUNCTION_ARGS)
{
	pt_tokenizer *t = (pt_tokenizer *) PG_GETARG_POINTER(0);
	char	  **token = (char **) PG_GETARG_POINTER(1);
	int		   *length = (int *) PG_GETARG_POINTER(2);
	size_t		start,
				len;
	pt_token_type type = pt_tok_next(t, &start, &len);

	*token = (char *) t->s + start;
	*length = (int) len;
	PG_RETURN_INT32((int32) type);
}

/* Free the parser state. */
Datum
pt_parser_end(PG_FUNCTION_ARGS)
{
	pfree(PG_GETARG_POINTER(0));
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
