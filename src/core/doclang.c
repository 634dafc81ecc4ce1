/*
 * doclang.c
 *		The language of every Arabic-script word of a document, from its
 *		letters and its context (see doclang.h).
 */
#include <string.h>

#include "chartab.h"
#include "doclang.h"
#include "interrupt.h"
#include "letters.h"
#include "normalize.h"
#include "utf8.h"
#include "wordlang.h"
#include "wordlists.h"

/* function words are shorter than this many folded bytes */
#define FUNCTION_WORD_MAX	16

/*
 * Frequent function words of each language, folded (yeh U+064A, kaf
 * U+0643, heh for teh marbuta, bare alef), sorted by length, then in byte
 * order, for the binary search: generated into wordlists.c from
 * src/data/function_words_ar.txt and function_words_fa.txt (which say how
 * they were chosen; checked by tests/unit/test_doclang.c).
 */
#define N_FUNCTION_WORDS	PT_FUNCTION_WORDS_N

/* The language of a function-word entry. */
static inline pt_lang_t
fw_lang(size_t i)
{
	return pt_function_words[i].lang == 'f' ? PT_LANG_FA : PT_LANG_AR;
}

const char *
pt_ctx_function_word(size_t i, pt_lang_t *lang)
{
	if (i >= N_FUNCTION_WORDS)
		return NULL;
	*lang = fw_lang(i);
	return pt_function_words[i].w;
}

/* The language of a folded function word, or NONE. */
static pt_lang_t
function_word(const unsigned char *w, size_t len)
{
	size_t		lo = 0,
				hi = N_FUNCTION_WORDS;

	while (lo < hi)
	{
		size_t		mid = (lo + hi) / 2;
		size_t		fl = pt_function_words[mid].len;
		int			c = len < fl ? -1 : len > fl ? 1 : 0;

		for (size_t i = 0; c == 0 && i < len; i++)
			if (w[i] != (unsigned char) pt_function_words[mid].w[i])
				c = w[i] < (unsigned char) pt_function_words[mid].w[i] ? -1 : 1;
		if (c == 0)
			return fw_lang(mid);
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return PT_LANG_NONE;
}

/*
 * Fold a short word of two-byte Arabic-block letters the way PT_FOLD_SEARCH
 * folds the letters of the function words (ی ى to ي, ک to ك, ة to ه, أ إ آ
 * to ا; marks and tatweel dropped), into out; returns the length, or -1 for
 * a word with anything else (then pt_fold_all decides).
 */
static int
fold_short(const unsigned char *w, size_t len, unsigned char *out)
{
	int			o = 0;

	for (size_t i = 0; i < len; i += 2)
	{
		uint32_t	cp;

		if (i + 1 >= len || w[i] < 0xD8 || w[i] > 0xDB || (w[i + 1] & 0xC0) != 0x80)
			return -1;
		cp = ((uint32_t) (w[i] & 0x1F) << 6) | (w[i + 1] & 0x3F);
		switch (cp)
		{
			case PT_CP_FARSI_YEH:
			case PT_CP_ALEF_MAKSURA:
				cp = PT_CP_YEH;
				break;
			case PT_CP_KEHEH:
				cp = PT_CP_KAF;
				break;
			case PT_CP_TEH_MARBUTA:
				cp = 0x0647;	/* heh */
				break;
			case 0x0622:		/* alef with madda, hamza above, hamza below */
			case 0x0623:
			case PT_CP_ALEF_HAMZA_BELOW:
				cp = PT_CP_ALEF;
				break;
			default:
				if (pt_letter_is_mark(cp))
					continue;
				/* other hamza carriers and the rest: the full folding */
				if (cp < 0x0627 || cp > 0x064A || (cp > 0x063A && cp < 0x0641))
					return -1;
				break;
		}
		out[o++] = (unsigned char) (0xC0 | (cp >> 6));
		out[o++] = (unsigned char) (0x80 | (cp & 0x3F));
	}
	return o;
}

/*
 * Own language of a word: lang | strong << 2 | article << 3 (pt_doctok.own:
 * bit 2 a strong sign, bit 3 when that sign is the article, which a
 * Persian context overrides); a token the tokenizer joined across a space
 * is strongly Persian.
 */
static inline uint8_t
own_code(const unsigned char *raw, size_t len)
{
	int			strong;
	pt_lang_t	l;

	if (pt_token_joined(raw, len))
		return (uint8_t) (PT_LANG_FA | 4);
	l = pt_word_lang_strength(raw, len, &strong);

	return (uint8_t) (l | (strong ? 4 : 0) | (strong == PT_STRONG_ARTICLE ? 8 : 0));
}

/*
 * What the first pass computes for a word (its own code and its context
 * score) depends on its bytes only, and words repeat: a direct-mapped memo
 * of recent words, per process, skips the letter scan, the folding and the
 * function-word search for most tokens (426 KB; on the benchmark corpus
 * 94% of the Arabic-script tokens hit).  Entries are whole: a lookup
 * compares the key bytes.
 */
#define MEMO_SLOTS		16384
#define MEMO_KEY_MAX	22

typedef struct
{
	uint8_t		len;			/* 0: empty */
	uint8_t		own;
	int8_t		ar,
				fa;
	unsigned char key[MEMO_KEY_MAX];
} memo_slot;

static memo_slot memo[MEMO_SLOTS];

/* Slot of a key of 1..MEMO_KEY_MAX bytes. */
static inline memo_slot *
memo_slot_of(const unsigned char *w, size_t len)
{
	uint32_t	h = 2166136261u ^ (uint32_t) len;
	size_t		i = 0;

	/* two bytes a step: Arabic letters are two bytes */
	for (; i + 1 < len; i += 2)
		h = (h ^ ((uint32_t) w[i] << 8 | w[i + 1])) * 16777619u;
	if (i < len)
		h = (h ^ w[i]) * 16777619u;
	return &memo[(h ^ (h >> 15)) & (MEMO_SLOTS - 1)];
}

/* Context score of a word whose own code is known. */
static void
score_word(const unsigned char *raw, size_t len, uint8_t own, int *ar, int *fa)
{
	if ((own & 3) == PT_LANG_FA && !(own & 4))
		*fa += 1;				/* the weak ی or ک */
	if (own & 4)
	{
		/* strong sign: a Persian letter 4, an Arabic one 4, the article 2 */
		if ((own & 3) == PT_LANG_FA)
			*fa += 4;
		else
		{
			int			sign = 0;

			for (size_t i = 0; i + 1 < len; i++)
				if (raw[i] == 0xD8 && raw[i + 1] == 0xA9)
					sign = 1;	/* teh marbuta, the commonest sign */
			*ar += sign ? 4 : 2;
		}
	}
	if (len < FUNCTION_WORD_MAX)
	{
		unsigned char folded[PT_FOLD_BOUND(FUNCTION_WORD_MAX)];
		int			n = fold_short(raw, len, folded);
		size_t		flen = n >= 0 ? (size_t) n : pt_fold_all(PT_FOLD_SEARCH, raw, len, folded);
		pt_lang_t	l = flen < FUNCTION_WORD_MAX ? function_word(folded, flen) : PT_LANG_NONE;

		if (l == PT_LANG_FA)
			*fa += 6;
		else if (l == PT_LANG_AR)
			*ar += 6;
	}
}

void
pt_ctx_score_word(const unsigned char *raw, size_t len, int *ar, int *fa)
{
	score_word(raw, len, own_code(raw, len), ar, fa);
}

/* Are the n bytes at a and b equal?  (Keys are short: no call to memcmp.) */
static inline int
bytes_eq(const unsigned char *a, const unsigned char *b, size_t n)
{
	while (n > 0)
	{
		n--;
		if (a[n] != b[n])
			return 0;
	}
	return 1;
}

/* Own code and context score of a word, through the memo. */
static inline uint8_t
word_info(const unsigned char *raw, size_t len, int *ar, int *fa)
{
	memo_slot  *m;
	uint8_t		own;
	int			a = 0,
				f = 0;

	if (len == 0 || len > MEMO_KEY_MAX)
	{
		own = own_code(raw, len);
		score_word(raw, len, own, ar, fa);
		return own;
	}
	m = memo_slot_of(raw, len);
	if (m->len == len && bytes_eq(m->key, raw, len))
	{
		*ar += m->ar;
		*fa += m->fa;
		return m->own;
	}
	own = own_code(raw, len);
	score_word(raw, len, own, &a, &f);
	m->len = (uint8_t) len;
	m->own = own;
	m->ar = (int8_t) a;
	m->fa = (int8_t) f;
	memcpy(m->key, raw, len);
	*ar += a;
	*fa += f;
	return own;
}

pt_lang_t
pt_ctx_decide(int64_t ar, int64_t fa)
{
	if (fa - ar >= PT_CTX_MARGIN)
		return PT_LANG_FA;
	if (ar - fa >= PT_CTX_MARGIN)
		return PT_LANG_AR;
	return PT_LANG_NONE;
}

/* The token type for a word's own code in a context. */
static inline pt_token_type
route(uint8_t own, pt_lang_t ctx)
{
	pt_lang_t	l = (pt_lang_t) (own & 3);

	if (!(own & 4) || ((own & 8) && ctx != PT_LANG_AR))
		l = ctx;
	return l == PT_LANG_AR ? PT_TOK_ARWORD :
		l == PT_LANG_FA ? PT_TOK_FAWORD : PT_TOK_ARABICWORD;
}

pt_token_type
pt_ctx_route(const unsigned char *raw, size_t len, pt_lang_t ctx)
{
	return route(own_code(raw, len), ctx);
}

/* a segment (sentence or paragraph) of the document */
typedef struct
{
	size_t		end;			/* one past its last token */
	int64_t		ar,				/* scores: a gigabyte of text fits */
				fa;
	size_t		para;			/* sentences: index of the paragraph */
} segment;

/* a growing array of fixed-size records */
typedef struct
{
	void	   *p;
	size_t		n,
				cap,
				size;
} growing;

/* Room for one more record; 0 on failure. */
static int
grow(growing *g, const pt_allocator *a)
{
	void	   *q;
	size_t		cap;

	if (g->n < g->cap)
		return 1;
	cap = g->cap ? g->cap * 2 : 64;
	if (cap > SIZE_MAX / g->size)
		return 0;
	q = a->alloc(a->ctx, cap * g->size);
	if (q == NULL)
		return 0;
	if (g->n)
		memcpy(q, g->p, g->n * g->size);
	if (g->p)
		a->free(a->ctx, g->p);
	g->p = q;
	g->cap = cap;
	return 1;
}

/* Is the tag at t[0..len-1] a block-level element (a paragraph break)? */
static int
block_tag(const unsigned char *t, size_t len)
{
	static const char *const blocks[] = {
		"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5",
		"h6", "tr", "td", "th", "table", "section", "article", "blockquote",
		"title", "header", "footer", "hr", "dd", "dt", "pre", "figcaption"
	};
	size_t		i = 1,
				s;

	if (i < len && t[i] == '/')
		i++;
	s = i;
	while (i < len && ((t[i] | 0x20) >= 'a' && (t[i] | 0x20) <= 'z' ? 1 : (t[i] >= '1' && t[i] <= '6')))
		i++;
	for (size_t k = 0; k < sizeof(blocks) / sizeof(blocks[0]); k++)
	{
		size_t		bl = strlen(blocks[k]),
					j;

		if (bl != i - s)
			continue;
		for (j = 0; j < bl && (t[s + j] | 0x20) == (unsigned char) blocks[k][j]; j++)
			;
		if (j == bl)
			return 1;
	}
	return 0;
}

/*
 * What a blank token ends: 2 a paragraph (a line break), 1 a sentence, 0
 * nothing.
 */
static int
blank_break(const unsigned char *b, size_t len)
{
	int			r = 0;

	for (size_t i = 0; i < len; i++)
	{
		unsigned char c = b[i];

		if (c == '\n' || c == '\r')
			return 2;
		if (c == '.' || c == '!' || c == '?' || c == ';')
			r = 1;
		else if (c == 0xD8 && i + 1 < len && (b[i + 1] == 0x9F || b[i + 1] == 0x9B))
			r = 1;				/* ؟ ؛ */
		else if (c == 0xDB && i + 1 < len && b[i + 1] == 0x94)
			r = 1;				/* ۔ */
		else if (c == 0xE2 && i + 2 < len && b[i + 1] == 0x80)
		{
			if (b[i + 2] == 0xA9 || b[i + 2] == 0xA8)
				return 2;		/* paragraph and line separators */
			if (b[i + 2] == 0xA6)
				r = 1;			/* … */
		}
	}
	return r;
}

/* Is the blank token exactly one space the joining rule crosses? */
static int
join_space(const unsigned char *b, size_t len)
{
	return (len == 1 && b[0] == ' ') ||
		(len == 2 && b[0] == 0xC2 && b[1] == 0xA0) ||
		(len == 3 && b[0] == 0xE2 && b[1] == 0x80 && b[2] == 0xAF);
}

/* The context language of a sentence at a level. */
static pt_lang_t
sentence_ctx(const segment *sent, const segment *para, int64_t doc_ar, int64_t doc_fa,
			 pt_ctx_level level)
{
	pt_lang_t	l;

	switch (level)
	{
		case PT_CTX_SENTENCE:
			return pt_ctx_decide(sent->ar, sent->fa);
		case PT_CTX_PARAGRAPH:
			return pt_ctx_decide(para->ar, para->fa);
		case PT_CTX_DOCUMENT:
			return pt_ctx_decide(doc_ar, doc_fa);
		case PT_CTX_NONE:
			return PT_LANG_NONE;
		default:
			break;
	}
	if ((l = pt_ctx_decide(sent->ar, sent->fa)) != PT_LANG_NONE)
		return l;
	if ((l = pt_ctx_decide(para->ar, para->fa)) != PT_LANG_NONE)
		return l;
	return pt_ctx_decide(doc_ar, doc_fa);
}

int
pt_doc_analyze(pt_doc *d, const unsigned char *s, size_t len,
			   pt_ctx_level level, const pt_allocator *a)
{
	growing		toks = {NULL, 0, 0, sizeof(pt_doctok)},
				sents = {NULL, 0, 0, sizeof(segment)},
				paras = {NULL, 0, 0, sizeof(segment)};
	pt_tokenizer t;
	pt_token_type type;
	size_t		start,
				tlen,
				out = 0,
				nwords = 0,
				si;
	int64_t		sar = 0,
				sfa = 0,
				par = 0,
				pfa = 0,
				dar = 0,
				dfa = 0;
	int			brk;
	unsigned int steps = 0;

	d->tok = NULL;
	d->ntok = 0;
	if (len > UINT32_MAX)
		return PT_DOC_TOO_LONG;

	/* pass 1: tokens, own languages, segment scores */
	pt_tok_init_markup(&t, s, len);
	for (;;)
	{
		pt_doctok  *k;

		type = pt_tok_next(&t, &start, &tlen);
		brk = 0;
		if (type != PT_TOK_END)
		{
			if (toks.n == toks.cap && !grow(&toks, a))
				goto nomem;
			k = (pt_doctok *) toks.p + toks.n++;
			k->start = (uint32_t) start;
			k->len = (uint32_t) tlen;
			k->type = (uint8_t) type;
			k->own = 0;
			if (type == PT_TOK_ARABICWORD)
			{
				int			ar = 0,
							fa = 0;

				k->own = word_info(s + start, tlen, &ar, &fa);
				nwords++;
				sar += ar;
				sfa += fa;
			}
			else if (type == PT_TOK_BLANK)
				brk = blank_break(s + start, tlen);
			else if (type == PT_TOK_TAG)
				brk = block_tag(s + start, tlen) ? 2 : 0;
		}
		else
			brk = 3;
		if (brk)
		{
			segment    *g;

			/* close the sentence (empty ones too: they cost little) */
			if (!grow(&sents, a))
				goto nomem;
			g = (segment *) sents.p + sents.n++;
			g->end = toks.n;
			g->ar = sar;
			g->fa = sfa;
			g->para = paras.n;
			par += sar;
			pfa += sfa;
			sar = sfa = 0;
			if (brk >= 2)
			{
				if (!grow(&paras, a))
					goto nomem;
				g = (segment *) paras.p + paras.n++;
				g->end = sents.n;
				g->ar = par;
				g->fa = pfa;
				dar += par;
				dfa += pfa;
				par = pfa = 0;
			}
		}
		if (type == PT_TOK_END)
			break;
	}

	/* pass 2: route the words of each sentence, join Persian prefixes */
	start = 0;
	for (si = 0; si < sents.n; si++)
	{
		const segment *g = (const segment *) sents.p + si;
		const segment *p = (const segment *) paras.p + g->para;
		pt_lang_t	ctx = sentence_ctx(g, p, dar, dfa, level);
		pt_doctok  *tk = (pt_doctok *) toks.p;
		size_t		i;

		for (i = start; i < g->end; i++)
		{
			pt_doctok	k = tk[i];

			PT_CHECK_INTERRUPTS(steps);
			if (k.type == PT_TOK_ARABICWORD)
			{
				/*
				 * a word with the article alone is its own only context: a
				 * one-word query, which may look for a Persian word of that
				 * shape (التماس) as well, gets both stems
				 */
				k.type = (uint8_t) route(k.own, nwords == 1 && (k.own & 8) ?
										 PT_LANG_NONE : ctx);
				/* مي / نمي with Arabic yeh + one space + a word */
				if (k.type == PT_TOK_FAWORD && !(k.own & 4) &&
					i + 2 < g->end &&
					tk[i + 1].type == PT_TOK_BLANK &&
					tk[i + 2].type == PT_TOK_ARABICWORD &&
					k.len <= 16 && s[k.start] == 0xD9 &&
					(s[k.start + 1] == 0x85 || s[k.start + 1] == 0x86) &&
					join_space(s + tk[i + 1].start, tk[i + 1].len) &&
					pt_tok_prefix_any_yeh(s + k.start, k.len) &&
					pt_tok_morpheme(s + tk[i + 2].start, tk[i + 2].len) == PT_MORPH_NONE &&
					(size_t) tk[i + 2].start + tk[i + 2].len - k.start <= PT_TOK_MAX_BYTES)
				{
					k.len = tk[i + 2].start + tk[i + 2].len - k.start;
					i += 2;
				}
			}
			tk[out++] = k;
		}
		start = g->end;
	}
	if (sents.p)
		a->free(a->ctx, sents.p);
	if (paras.p)
		a->free(a->ctx, paras.p);
	d->tok = (pt_doctok *) toks.p;
	d->ntok = out;
	return PT_DOC_OK;

nomem:
	if (toks.p)
		a->free(a->ctx, toks.p);
	if (sents.p)
		a->free(a->ctx, sents.p);
	if (paras.p)
		a->free(a->ctx, paras.p);
	return PT_DOC_NOMEM;
}

void
pt_doc_free(pt_doc *d, const pt_allocator *a)
{
	if (d->tok)
		a->free(a->ctx, d->tok);
	d->tok = NULL;
	d->ntok = 0;
}
