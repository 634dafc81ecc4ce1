/*
 * stem_cli.c
 *		Read one raw word per line, optionally followed by a tab and the
 *		language code of the text around it (ar, fa, en, none); print what
 *		the core makes of it, tab-separated: folded form, Arabic stem,
 *		Persian stem, per-word language, Arabic and Persian stop-word flags,
 *		the stemmer pt_word_stem_lang() picks, and the Arabic stem with
 *		PT_STEM_AR_UNDECIDED.  With --text, read one
 *		text per line and print its dominant language (pt_lang_detect).
 *		With --lexemes [LEVEL], read one text per line (a literal "\n" in
 *		it is a line break) and print what the policytext configuration
 *		indexes of its Arabic-script words, as the parser and the
 *		dictionaries do it (pt_doc_analyze with context LEVEL: auto,
 *		sentence, paragraph, document or none; then pt_stem_token with the
 *		dictionary each token type is mapped to; LEVEL arabic or persian:
 *		the policytext_arabic or policytext_persian configuration, every
 *		Arabic-script word to that dictionary): one field a token,
 *		tab-separated, each "token<US>type<US>offset<US>lexeme..." with
 *		type a (arword), f (faword) or u (arabicword, undecided) and the
 *		token's byte offset in the line (after the line breaks).
 *		For ud_stem_eval.py.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "doclang.h"
#include "stemword.h"

#include "lang.h"
#include "normalize.h"
#include "stem_ar.h"
#include "stem_fa.h"
#include "stopwords.h"
#include "wordlang.h"

#define LINE_MAX_BYTES	4096

/* the language named by a code of pt_lang_code() */
static pt_lang_t
lang_of_code(const char *code)
{
	if (strcmp(code, "ar") == 0)
		return PT_LANG_AR;
	if (strcmp(code, "fa") == 0)
		return PT_LANG_FA;
	if (strcmp(code, "en") == 0)
		return PT_LANG_EN;
	return PT_LANG_NONE;
}

/* Print a language as ar, fa or none. */
static const char *
code3(pt_lang_t lang)
{
	return lang == PT_LANG_AR ? "ar" : lang == PT_LANG_FA ? "fa" : "none";
}

static void *
cli_alloc(void *ctx, size_t size)
{
	(void) ctx;
	return malloc(size);
}

static void
cli_free(void *ctx, void *p)
{
	(void) ctx;
	free(p);
}

/* --lexemes: the indexed lexemes of each line's Arabic-script words */
static int
lexemes_mode(const char *level_name)
{
	static const char *const levels[] = {"auto", "sentence", "paragraph", "document", "none"};
	pt_allocator a = {cli_alloc, cli_free, NULL};
	pt_ctx_level level = PT_CTX_AUTO;
	int			force = -1;		/* a single-language configuration */
	static char line[1 << 16];
	static unsigned char work[PT_STEM_WORK(sizeof(line))];

	for (int i = 0; i < 5; i++)
		if (level_name && strcmp(level_name, levels[i]) == 0)
			level = (pt_ctx_level) i;
	if (level_name && strcmp(level_name, "arabic") == 0)
		force = PT_STEMMODE_ARABIC;
	if (level_name && strcmp(level_name, "persian") == 0)
		force = PT_STEMMODE_PERSIAN;
	while (fgets(line, sizeof(line), stdin))
	{
		size_t		len = strcspn(line, "\r\n"),
					o = 0;
		pt_doc		d;
		int			first = 1;

		/* a literal \n is a line break */
		for (size_t i = 0; i < len; i++)
		{
			if (line[i] == '\\' && i + 1 < len && line[i + 1] == 'n')
			{
				line[o++] = '\n';
				i++;
			}
			else
				line[o++] = line[i];
		}
		len = o;
		if (pt_doc_analyze(&d, (unsigned char *) line, len, level, &a) != PT_DOC_OK)
			return 1;
		for (size_t k = 0; k < d.ntok; k++)
		{
			const pt_doctok *t = &d.tok[k];
			pt_stem_opts opts = {PT_STEMMODE_AUTO, pt_stop_builtin, NULL, 2047};
			pt_lexeme_ref lex[2];
			int			n;

			if (t->type != PT_TOK_ARWORD && t->type != PT_TOK_FAWORD &&
				t->type != PT_TOK_ARABICWORD)
				continue;
			if (t->type == PT_TOK_ARWORD)
				opts.mode = PT_STEMMODE_ARABIC;
			else if (t->type == PT_TOK_FAWORD)
				opts.mode = PT_STEMMODE_PERSIAN;
			if (force >= 0)
				opts.mode = (pt_stem_mode) force;
			n = pt_stem_token(&opts, (unsigned char *) line + t->start, t->len, work, lex);
			printf("%s%.*s\x1f%c\x1f%u", first ? "" : "\t", (int) t->len, line + t->start,
				   t->type == PT_TOK_ARWORD ? 'a' : t->type == PT_TOK_FAWORD ? 'f' : 'u',
				   (unsigned) t->start);
			for (int i = 0; i < n; i++)
				printf("\x1f%.*s", (int) lex[i].len, (const char *) lex[i].s);
			first = 0;
		}
		printf("\n");
		pt_doc_free(&d, &a);
	}
	return 0;
}

int
main(int argc, char **argv)
{
	static char line[LINE_MAX_BYTES];
	static unsigned char folded[PT_FOLD_BOUND(LINE_MAX_BYTES)];
	static unsigned char sa[PT_FOLD_BOUND(LINE_MAX_BYTES)];
	static unsigned char sf[PT_FOLD_BOUND(LINE_MAX_BYTES)];
	static unsigned char sk[PT_FOLD_BOUND(LINE_MAX_BYTES)];
	int			text_mode = argc > 1 && strcmp(argv[1], "--text") == 0;

	if (argc > 1 && strcmp(argv[1], "--lexemes") == 0)
		return lexemes_mode(argc > 2 ? argv[2] : NULL);

	while (fgets(line, sizeof(line), stdin))
	{
		size_t		len = strcspn(line, "\r\n");
		size_t		fl,
					al,
					pl,
					kl;
		pt_lang_t	lang,
					ctx = PT_LANG_NONE;
		char	   *tab;

		if (text_mode)
		{
			printf("%s\n", pt_lang_code(pt_lang_detect((unsigned char *) line, len)));
			continue;
		}
		line[len] = '\0';
		if ((tab = strchr(line, '\t')) != NULL)
		{
			*tab = '\0';
			ctx = lang_of_code(tab + 1);
			len = (size_t) (tab - line);
		}
		fl = pt_fold_all(PT_FOLD_SEARCH, (unsigned char *) line, len, folded);
		al = pt_stem_ar(folded, fl, sa);
		pl = pt_stem_fa(folded, fl, sf);
		kl = pt_stem_ar_opt(folded, fl, sk, PT_STEM_AR_UNDECIDED);
		lang = pt_word_lang((unsigned char *) line, len);
		printf("%.*s\t%.*s\t%.*s\t%s\t%d\t%d\t%s\t%.*s\n",
			   (int) fl, (char *) folded, (int) al, (char *) sa,
			   (int) pl, (char *) sf, code3(lang),
			   pt_stopword_ar(folded, fl), pt_stopword_fa(folded, fl),
			   code3(pt_word_stem_lang((unsigned char *) line, len, ctx)),
			   (int) kl, (char *) sk);
	}
	return 0;
}
