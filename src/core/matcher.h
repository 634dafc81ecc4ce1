/*
 * matcher.h
 *		The organization matcher: finds registered names in raw text.
 *
 * A matcher is built once from (code, name) pairs and then searched many
 * times.  Names and text are cut into words, and each word is brought to
 * canonical forms (folding of pt_fold_all PT_FOLD_SEARCH, then the Arabic
 * article, attached conjunctions and prepositions, and the Persian ezafe).
 * A trie over canonical token ids is walked with leftmost-longest
 * semantics: search time is linear in the text (each position walks at most
 * PT_MATCHER_WINDOW tokens) and does not depend on the number of names,
 * because every step is a hash lookup.
 *
 * Canonical tokens
 *   words: the text-search tokenizer's tokens (tokenize.h), cut further at
 *     ZWNJ and at the spaces of joined Persian morphemes.
 *   name side: folded; a leading article ال is removed and a trailing ezafe
 *     ي after ه, ا or و is removed (each only if two letters remain).
 *     A word written without the article matches only text forms from which
 *     no article was removed (Persian "هلال احمر" is not Arabic "الهلال
 *     الأحمر"); one written with it matches either.
 *     Latin words of a PT_NAME_CASE_SENSITIVE name (acronyms) are kept as
 *     written, marked with a leading 0x01 byte.
 *   text side: every form of the folded word without an attached prefix
 *     (conjunction و/ف, then preposition ب/ك/ل, then article ال; ل + ال is
 *     written لل), each with and without the ezafe ي; plus, for a word of
 *     ASCII letters and digits, the marked word as written.  A text word
 *     matches a name word when one of its forms equals the name word's
 *     canonical form.  A word-initial "اال" (lam-alef ligature extracted
 *     from PDF as alef, lam) is read as "الا".
 *   ezafe: a text word ي or اي after a word ending in ه, ا or و is skipped
 *     inside a name ("برنامه ی جهانی").
 *   glued words: a text word with the article ال inside ("الأممالمتحدة",
 *     "بینالمللی", spaces lost by scraping or ZWNJ dropped) is also tried
 *     as two words split before that ال (at most PT_MATCHER_MAX_SPLITS
 *     places, both parts of two letters or more).  And a name whose words
 *     are separated by ZWNJ or a hyphen gets, per such pair, a variant with
 *     the pair glued ("Co-operation" / "Cooperation", "کمک‌های" /
 *     "کمکهای"); a variant never overrides a name.
 * When two codes register the same canonical name, the first added wins.
 *
 * Tolerated forms (issue 11), without a registry row for each:
 *   name side, as weak variants (a registered name of any code wins over
 *     them at the same end): the UN inside a name in its other forms
 *     (Persian سازمان ملل متحد / سازمان ملل / ملل متحد, English "United
 *     Nations" / "UN"); an Arabic generic head (منظمة صندوق برنامج مكتب
 *     هيئة وكالة مفوضية لجنة مركز) dropped before الأمم المتحدة and more
 *     words; the other Arabic order of a head and a nisba adjective
 *     (المنظمة الدولية للهجرة / منظمة الهجرة الدولية); the Persian جهانی
 *     or بین‌المللی after the head or last (سازمان بهداشت جهانی / سازمان
 *     جهانی بهداشت); words written in capitals also as written (a dotted
 *     "U.S." matches "US Agency ...").  "the" inside a name and a
 *     possessive "s" after an apostrophe are no words of it.
 *   text side: "the" is skipped inside a name; a dotted acronym of single
 *     capitals ("U.N.", "I.M.F.") is one word, its capitals as written; a
 *     possessive "s" after an apostrophe is dropped.  A mention takes in an
 *     English UN before an agency's name ("the UN's World Food Programme",
 *     "U.N. UNICEF") and a Persian UN after it ("... بشردوستانه سازمان
 *     ملل"), when only spaces, joiners or an apostrophe separate them; the
 *     mention is the agency's.  The UN twice is two mentions.
 * Index keys (pt_doc_keys) do not change: they still see "U.N." as U and
 *   N, and pt_name_variants reports, besides the variants above, index-only
 *   variants (glued = 2) with such capitals spelled letter by letter, so an
 *   index that asks for every word of some variant stays exact.
 *
 * Bounds: a name has at most PT_MATCHER_MAX_NAME_TOKENS words of at most
 * PT_MATCHER_MAX_WORD bytes; a text word yields at most MAX_FORMS forms and
 * PT_MATCHER_MAX_SPLITS splits; a search keeps a ring of PT_MATCHER_WINDOW
 * tokens on the stack (about 32 kB) and at most 64 trie states, so memory
 * is constant and time is O(text length x window) in the worst case.
 * Token lookups go through a bitmap filter (16+ bits per token, two set
 * for each) and then one open-addressing table, so the registry size does
 * not change the work per word.
 *
 * Memory comes from a caller's allocator (the server's memory contexts);
 * every allocation failure is reported, never fatal.  Arbitrary bytes are
 * safe input.
 */
#ifndef PT_MATCHER_H
#define PT_MATCHER_H

#include <stddef.h>
#include <stdint.h>

/* most words in a name; longer names are refused */
#define PT_MATCHER_MAX_NAME_TOKENS	32

/* most bytes of a folded word of a name; longer words are refused */
#define PT_MATCHER_MAX_WORD			255

/* tokens one search position may look at (names plus skipped ezafe) */
#define PT_MATCHER_WINDOW			64

/* places a glued text word is split at */
#define PT_MATCHER_MAX_SPLITS		3

/* flags of a name */
#define PT_NAME_CASE_SENSITIVE		0x01	/* Latin words match as written */

/* results of pt_matcher_add */
#define PT_MATCHER_OK				0
#define PT_MATCHER_NOMEM			(-1)
#define PT_MATCHER_EMPTY			(-2)	/* the name has no words */
#define PT_MATCHER_TOO_LONG			(-3)	/* too many words or a word too long */

typedef struct pt_allocator
{
	void	   *(*alloc) (void *ctx, size_t size);	/* NULL on failure */
	void		(*free) (void *ctx, void *p);
	void	   *ctx;
} pt_allocator;

typedef struct pt_matcher pt_matcher;

typedef struct pt_matcher_stats
{
	int			names;			/* names added */
	int			codes;			/* distinct codes */
	int			tokens;			/* distinct canonical tokens */
	int			nodes;			/* trie nodes */
	size_t		bytes;			/* memory held */
} pt_matcher_stats;

/* called for each mention: code index, byte range [start, end) */
typedef void (*pt_match_cb) (void *arg, int code, size_t start, size_t end);

/*
 * called for each variant of a name: its canonical words; glued is 0 for
 * the name as registered, 1 for a glued pair or a tolerated form, 2 for an
 * index-only spelling (capitals letter by letter); non-zero stops
 */
typedef int (*pt_variant_cb) (void *arg, int nwords,
							  const unsigned char *const *words,
							  const size_t *lens, int glued);

/* called for each index key of a document */
typedef void (*pt_key_cb) (void *arg, uint32_t key);

extern pt_matcher *pt_matcher_new(const pt_allocator *a);
extern void pt_matcher_free(pt_matcher *m);
extern int	pt_matcher_add_code(pt_matcher *m, const char *code, size_t len);
extern int	pt_matcher_add(pt_matcher *m, const char *code, size_t codelen,
						   const unsigned char *name, size_t namelen, int flags);
extern void pt_matcher_search(const pt_matcher *m, const unsigned char *text,
							  size_t len, pt_match_cb cb, void *arg);
extern int	pt_matcher_mentions(const pt_matcher *m, const unsigned char *text,
								size_t len, int code);
extern int	pt_matcher_lookup(const pt_matcher *m, const unsigned char *name,
							  size_t len);
extern int	pt_matcher_find_code(const pt_matcher *m, const char *code,
								 size_t len);
extern const char *pt_matcher_code(const pt_matcher *m, int idx, size_t *len);
extern int	pt_matcher_ncodes(const pt_matcher *m);
extern int	pt_matcher_code_names(const pt_matcher *m, int idx,
								  pt_variant_cb cb, void *arg);
extern void pt_matcher_get_stats(const pt_matcher *m, pt_matcher_stats *st);

/*
 * A prepared text: its words with their canonical forms (and their hashes),
 * which depend on no matcher, so that several matchers (the organizations,
 * the countries) can search one text while it is read, folded and cut into
 * forms once.  pt_matcher_search_prepared gives exactly the mentions of
 * pt_matcher_search on the text.  The text is not copied: it must outlive
 * the prepared document.  Memory (from a) grows with the text, about 20
 * bytes per byte of text (the benchmark corpus); NULL when an allocation
 * fails.  An
 * interrupt (interrupt.h) during pt_prepare leaves what was allocated to
 * the allocator's owner (the server frees a memory context).
 */
typedef struct pt_prepared pt_prepared;

extern pt_prepared *pt_prepare(const pt_allocator *a, const unsigned char *text,
							   size_t len);
extern void pt_prepared_free(pt_prepared *d);
extern const unsigned char *pt_prepared_text(const pt_prepared *d, size_t *len);
extern size_t pt_prepared_bytes(const pt_prepared *d);
extern void pt_matcher_search_prepared(const pt_matcher *m, const pt_prepared *d,
									   pt_match_cb cb, void *arg);

/* registry-independent helpers (index support) */
extern int	pt_name_variants(const unsigned char *name, size_t len, int flags,
							 pt_variant_cb cb, void *arg);
extern void pt_doc_keys(const unsigned char *text, size_t len,
						pt_key_cb cb, void *arg);
extern uint32_t pt_word_key(const unsigned char *word, size_t len);

#endif							/* PT_MATCHER_H */
