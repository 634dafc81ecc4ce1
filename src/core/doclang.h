/*
 * doclang.h
 *		The language of every Arabic-script word of a document, from its
 *		letters and its context (the text-search parser's first pass).
 *
 * pt_doc_analyze tokenizes a whole document (tokenize.h) into an array and
 * gives every Arabic-script word one of three token types:
 *   PT_TOK_ARWORD      Arabic: by a strong sign of its own letters
 *                      (wordlang.h), or by its context;
 *   PT_TOK_FAWORD      Persian, the same way;
 *   PT_TOK_ARABICWORD  undecided: neither its letters nor any context say
 *                      (a one-word query, a title of shared letters); the
 *                      dictionary's Language = auto then indexes it under
 *                      both stems, so that it finds documents of both
 *                      languages.
 * A strong sign of the word wins (پ چ ژ گ ۀ ZWNJ; ة ى إ; the
 * attached article, but not over a Persian context: there it is a Persian
 * word of Arabic origin, التماس; and a document of that one word, a
 * one-word query, leaves it undecided, so that it gets both stems); a weak
 * one (Persian ی ک) does not: inside an Arabic text a word typed with ی is
 * Arabic.
 *
 * Context.  The text is cut into sentences (at . ! ? ؟ ۔ ; ؛ … and line
 * breaks) and paragraphs (at line breaks and block-level HTML tags).  Each
 * word scores its segment: a Persian-only letter 4 and the weak ی or ک 1
 * for Persian, teh marbuta 4 and the other Arabic-only signs 2 for Arabic, a frequent function
 * word of one language (compared folded, so keyboard variants agree) 6.
 * A segment is decisive when one language leads by PT_CTX_MARGIN or more.
 * With PT_CTX_AUTO (what the parser uses) a word takes the language of its
 * sentence if that is decisive, else its paragraph's, else the document's;
 * the other levels use one segment only (for the measurement in
 * tests/eval/ud_stem_eval.py).
 *
 * Persian context also changes one token boundary: a verbal prefix typed
 * with the Arabic yeh (مي, نمي) followed by one space and a word joins it,
 * as the Persian-yeh spelling always does (tokenize.h), so "مي خورد" and
 * "می‌خورد" give one token and one lexeme in a Persian text.
 */
#ifndef PT_DOCLANG_H
#define PT_DOCLANG_H

#include <stddef.h>
#include <stdint.h>

#include "lang.h"
#include "matcher.h"			/* pt_allocator */
#include "tokenize.h"

/* lead in score points that makes a segment decisive */
#define PT_CTX_MARGIN		2

typedef enum
{
	PT_CTX_AUTO = 0,			/* sentence, else paragraph, else document */
	PT_CTX_SENTENCE,
	PT_CTX_PARAGRAPH,
	PT_CTX_DOCUMENT,
	PT_CTX_NONE					/* letters only: no context */
} pt_ctx_level;

typedef struct
{
	uint32_t	start;			/* byte offset in the document */
	uint32_t	len;			/* byte length */
	uint8_t		type;			/* pt_token_type */
	uint8_t		own;			/* internal: the word's own language */
} pt_doctok;

typedef struct
{
	pt_doctok  *tok;
	size_t		ntok;
} pt_doc;

/* results of pt_doc_analyze */
#define PT_DOC_OK			0
#define PT_DOC_NOMEM		(-1)
#define PT_DOC_TOO_LONG		(-2)	/* 4 GB or more */

/*
 * Tokenize s[0..len-1] and decide the language of its Arabic-script words.
 * d->tok is allocated with a (free it with pt_doc_free); the tokens cover
 * the text as pt_tok_next's do, but for the joined prefixes.
 */
extern int	pt_doc_analyze(pt_doc *d, const unsigned char *s, size_t len,
						   pt_ctx_level level, const pt_allocator *a);

extern void pt_doc_free(pt_doc *d, const pt_allocator *a);

/* Context score of one raw Arabic-script word, added to *ar and *fa. */
extern void pt_ctx_score_word(const unsigned char *raw, size_t len,
							  int *ar, int *fa);

/* The language a segment's scores decide: AR, FA, or NONE. */
extern pt_lang_t pt_ctx_decide(int64_t ar, int64_t fa);

/*
 * The token type of a raw Arabic-script word in a context whose language
 * is ctx (AR, FA, or NONE for no decisive context).
 */
extern pt_token_type pt_ctx_route(const unsigned char *raw, size_t len,
								  pt_lang_t ctx);

/* The i-th function word (folded, in byte order) and its language, or NULL. */
extern const char *pt_ctx_function_word(size_t i, pt_lang_t *lang);

#endif							/* PT_DOCLANG_H */
