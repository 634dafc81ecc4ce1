/*
 * tokenize.h
 *		Word tokenizer for Arabic, Persian and Latin text (the text-search
 *		parser's core).
 *
 * The tokenizer walks the caller's buffer and returns one token at a time
 * (start offset, length, type); it allocates nothing and never reads past
 * the end of the input.  Every byte of the input belongs to exactly one
 * token, so concatenating the tokens gives back the text (ts_headline needs
 * that).  Character classes come from the generated tables (pt_cclass), so
 * the tokens are the same whatever the database locale.
 *
 * Tokens:
 *   ARABICWORD  an Arabic-script letter followed by Arabic-script letters,
 *               combining marks, tatweel, invisible format characters
 *               (bidi marks, ZWJ, soft hyphen...) and ZWNJ: a word is never
 *               split at a diacritic, tatweel, bidi mark or presentation
 *               form, and a ZWNJ between two letters stays inside it;
 *   ASCIIWORD   ASCII letters only (marks and invisibles may follow them);
 *   WORD        Latin letters, at least one of them not ASCII;
 *   NUMWORD     Latin letters and digits mixed (covid19, 5g, h1n1);
 *   UINT        digits of any script (ASCII, Arabic-Indic, Persian);
 *   DECIMAL     digits with single separators . , U+066B U+066C between
 *               them (1.5, 12,000, ٣٫٥);
 *   OTHERWORD   letters of any other script;
 *   (with pt_tok_init_markup only:)
 *   TAG, ENTITY an HTML tag (<p class="x">, </a>, <!-- -->) or character
 *               entity (&nbsp; &#1604; &#x644;), see html.h: not words, and
 *               they separate the words around them;
 *   PROTOCOL, URL, HOST, URL_PATH
 *               an address: https://www.unicef.org/iran gives PROTOCOL
 *               "https://", then URL "www.unicef.org/iran", then HOST
 *               "www.unicef.org" and URL_PATH "/iran" over the same bytes
 *               (as PostgreSQL's default parser does; ts_headline skips the
 *               URL token); a host alone (unicef.org) is one HOST;
 *   EMAIL       an e-mail address;
 *               tags and addresses are at most PT_TOK_MAX_BLANK_BYTES long
 *               (below PostgreSQL's word limit: no notice), a longer one is
 *               read as ordinary text;
 *   BLANK       everything else: white space, punctuation of every script
 *               (، ؛ ؟ « » and ASCII), symbols, ill-formed bytes, and marks
 *               or invisibles that follow no letter.
 * A word ends where the letter class changes (Arabic letters directly
 * followed by Latin letters or by digits make two tokens).  Trailing marks,
 * invisibles and ZWNJ stay with the word before them.
 *
 * Persian bound morphemes (the joining rule).  A Persian word is written
 * three ways: with ZWNJ (پروژه‌های), with a space (پروژه های), glued
 * (پروژههای).  So that the three give the same lexemes at the same
 * positions, an ARABICWORD token also takes in, across exactly ONE space
 * character (U+0020, U+00A0 or U+202F):
 *   - the next Arabic-script word, when the word itself is the verbal
 *     prefix می or نمی written with Persian yeh U+06CC (the Arabic spelling
 *     مي is a name and is never joined): "می شود" is one token;
 *   - then the next Arabic-script word, when that word is exactly a plural,
 *     plural-possessive or comparative suffix: ها های هایی (or هائی)
 *     هایم هایت هایش هایمان هایتان هایشان تر ترین (any yeh, including
 *     the Arabic ي, ى and ئ; marks and invisibles ignored): "پروژه های" is
 *     one token.
 * At most one prefix and one suffix are joined, so a token is at most three
 * words; two morphemes are never joined to each other (می ها, ها های stay
 * apart).  The joined token's text holds the space; folding (pt_fold_all)
 * turns a ZWNJ between letters into the same space, so the ZWNJ and space
 * spellings fold alike and the stemmers see one word.  Arabic text is not
 * affected in practice: the suffix words are not Arabic words (تر, ترين
 * and هاي do not occur as Arabic words in news; ها occurs only in the rare
 * "ها هو"), and the prefix needs the Persian yeh.
 *
 * Length.  A token is at most PT_TOK_MAX_BYTES bytes: a longer run is cut
 * at a code point boundary into several tokens of the same type.  The cut
 * bounds the time and the lookahead spent on each token and keeps token
 * lengths within what ts_headline stores (16 bits).  BLANK tokens are cut
 * at PT_TOK_MAX_BLANK_BYTES, below PostgreSQL's 2047-byte word limit, so a
 * long run of spaces or punctuation never draws its "word is too long to be
 * indexed" notice; a blank token has no lexeme, so cutting it changes no
 * position.
 *
 * Coverage.  Every byte of the input belongs to exactly one token other
 * than URL, so concatenating the tokens but URL gives back the text.
 *
 * Token type values equal PostgreSQL's default parser ids where the meaning
 * is the same, so the glue passes them through.  ARWORD and FAWORD are
 * never returned by pt_tok_next: the context pass (doclang.h) turns
 * ARABICWORD tokens into them.
 */
#ifndef PT_TOKENIZE_H
#define PT_TOKENIZE_H

#include <stddef.h>

typedef enum
{
	PT_TOK_END = 0,				/* no more tokens */
	PT_TOK_ASCIIWORD = 1,
	PT_TOK_WORD = 2,
	PT_TOK_NUMWORD = 3,
	PT_TOK_EMAIL = 4,
	PT_TOK_URL = 5,
	PT_TOK_HOST = 6,
	PT_TOK_BLANK = 12,
	PT_TOK_TAG = 13,
	PT_TOK_PROTOCOL = 14,
	PT_TOK_URL_PATH = 18,
	PT_TOK_DECIMAL = 20,
	PT_TOK_UINT = 22,
	PT_TOK_ENTITY = 23,
	PT_TOK_ARABICWORD = 24,		/* Arabic-script word, language undecided */
	PT_TOK_OTHERWORD = 25,
	PT_TOK_ARWORD = 26,			/* Arabic-script word, Arabic */
	PT_TOK_FAWORD = 27			/* Arabic-script word, Persian */
} pt_token_type;

/* longest token in bytes */
#define PT_TOK_MAX_BYTES	65535
#define PT_TOK_MAX_BLANK_BYTES	2000

/* bound morphemes recognized by the joining rule */
typedef enum
{
	PT_MORPH_NONE = 0,
	PT_MORPH_PREFIX,			/* می, نمی (Persian yeh) */
	PT_MORPH_SUFFIX				/* ها, های, ..., تر, ترین */
} pt_morph_t;

typedef struct
{
	const unsigned char *s;		/* the caller's text */
	size_t		len;			/* its length in bytes */
	size_t		pos;			/* where the next token starts */
	unsigned int steps;			/* counter for PT_CHECK_INTERRUPTS */
	int			markup;			/* tags, entities, addresses (pt_tok_init_markup) */
	int			url_stage;		/* parts of an address still to return */
	size_t		host_end;		/* end of its host */
	size_t		url_end;		/* end of its path */
} pt_tokenizer;

/*
 * Start tokenizing s[0..len-1]; s must outlive the tokenizer.  pt_tok_init
 * gives the tokens of 0.3 (no TAG, ENTITY or address tokens: the
 * organization matcher's words, stored in its index keys, stay as they
 * were); pt_tok_init_markup also recognizes tags, entities and addresses
 * (the text-search parser).
 */
extern void pt_tok_init(pt_tokenizer *t, const unsigned char *s, size_t len);
extern void pt_tok_init_markup(pt_tokenizer *t, const unsigned char *s,
							   size_t len);

/*
 * Next token: stores its byte offset and length and returns its type, or
 * PT_TOK_END (with *toklen = 0) at the end of the input.
 */
extern pt_token_type pt_tok_next(pt_tokenizer *t, size_t *start,
								 size_t *toklen);

/*
 * Is the raw (unfolded) word w[0..len-1] exactly a bound morpheme of the
 * joining rule?  The dictionaries use this to drop such a word when it
 * stands alone (a query operand, or a suffix at the start of a text).
 */
extern pt_morph_t pt_tok_morpheme(const unsigned char *w, size_t len);

/*
 * Is the raw word exactly the verbal prefix می or نمی written with any yeh
 * (Arabic ي included)?  The context pass joins the Arabic-yeh spelling in a
 * Persian text (doclang.h).
 */
extern int	pt_tok_prefix_any_yeh(const unsigned char *w, size_t len);

#endif							/* PT_TOKENIZE_H */
