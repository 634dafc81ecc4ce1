/*
 * stemword.h
 *		The lexemes of one Arabic-script token: folding, the language
 *		decision of a dictionary, stop words and stemming (the work of the
 *		pt_stem dictionary template, without PostgreSQL).
 *
 * A token is folded (pt_fold_all, PT_FOLD_SEARCH); a stand-alone Persian
 * bound morpheme (tokenize.h) has no lexeme unless the mode is Arabic; the
 * stemmer is the mode's language, or for PT_STEMMODE_AUTO the token's own
 * (pt_token_lang): a token whose letters do not decide gets both stems, as
 * two variants (one lexeme when they agree), and is a stop word when either
 * list has it.  A folded token longer than PT_STEM_MAX_INPUT is its own
 * lexeme, unstemmed; one of max_lexeme bytes or more has none.
 */
#ifndef PT_STEMWORD_H
#define PT_STEMWORD_H

#include <stddef.h>

#include "lang.h"
#include "normalize.h"

typedef enum
{
	PT_STEMMODE_ARABIC,
	PT_STEMMODE_PERSIAN,
	PT_STEMMODE_AUTO
} pt_stem_mode;

/* is the folded word a stop word, for a word stemmed as lang (AR or FA)? */
typedef int (*pt_stop_fn) (void *arg, const unsigned char *w, size_t len,
						   pt_lang_t lang);

typedef struct
{
	pt_stem_mode mode;
	pt_stop_fn	stop;			/* NULL: no stop words */
	void	   *stop_arg;
	size_t		max_lexeme;		/* folded tokens this long have no lexeme */
} pt_stem_opts;

/* work space pt_stem_token needs for a raw token of n bytes */
#define PT_STEM_WORK(n)	(3 * PT_FOLD_BOUND(n) + 8)

typedef struct
{
	const unsigned char *s;		/* inside the work space */
	size_t		len;
} pt_lexeme_ref;

/*
 * The lexemes of raw[0..len-1] into out (0, 1 or 2 of them, returned);
 * work must hold PT_STEM_WORK(len) bytes.
 */
extern int	pt_stem_token(const pt_stem_opts *o, const unsigned char *raw,
						  size_t len, unsigned char *work, pt_lexeme_ref out[2]);

/* the built-in lists (stopwords.h) as a pt_stop_fn; arg is unused */
extern int	pt_stop_builtin(void *arg, const unsigned char *w, size_t len,
							pt_lang_t lang);

#endif							/* PT_STEMWORD_H */
