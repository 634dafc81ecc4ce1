/*
 * results.h
 *		Result builders shared by the organization and country functions:
 *		the distinct codes a search found, as a sorted text[], and the rows
 *		(code, mention, start_char, char_length) of a mentions function.
 */
#ifndef PT_RESULTS_H
#define PT_RESULTS_H

#include "fmgr.h"
#include "funcapi.h"
#include "utils/array.h"
#include "utils/tuplestore.h"

/* the code indexes a search found, in text order, with duplicates */
typedef struct pt_code_list
{
	int		   *codes;
	int			n,
				cap;
} pt_code_list;

extern void pt_code_list_init(pt_code_list *cl);
/* a pt_match_cb: appends the code index */
extern void pt_code_list_add(void *arg, int code, size_t start, size_t end);
/* sorts the indexes and drops duplicates; returns how many remain */
extern int	pt_code_list_distinct(pt_code_list *cl);

/* codes (text datums, distinct) sorted bytewise, as text[] */
extern ArrayType *pt_code_array(Datum *codes, int n);

/* checks the call context of a set-returning function, starts its rows */
extern void pt_rows_begin(FunctionCallInfo fcinfo, Tuplestorestate **store,
						  TupleDesc *desc);
/* hands the rows to the executor */
extern Datum pt_rows_end(FunctionCallInfo fcinfo, Tuplestorestate *store,
						 TupleDesc desc);

/* the rows of a mentions function, offsets counted in characters */
typedef struct pt_mention_rows
{
	const unsigned char *doc;
	Tuplestorestate *store;
	TupleDesc	desc;
	size_t		byte_pos;		/* bytes counted so far */
	int64		char_pos;		/* characters before byte_pos */
} pt_mention_rows;

/* checks the call context and starts a materialized result for doc */
extern void pt_mention_rows_begin(pt_mention_rows *r, FunctionCallInfo fcinfo,
								  const unsigned char *doc);
/* adds the mention of code at bytes [start, end) of the document */
extern void pt_mention_rows_add(pt_mention_rows *r, text *code, size_t start, size_t end);
/* hands the rows to the executor */
extern Datum pt_mention_rows_end(pt_mention_rows *r, FunctionCallInfo fcinfo);

#endif							/* PT_RESULTS_H */
