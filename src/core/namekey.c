/*
 * namekey.c
 *		Name fingerprints (keys) and their similarity; see namekey.h.
 *
 * The input is capped at PT_NAME_MAX_INPUT bytes, so every loop here is
 * short and the module does not check for interrupts.  Two small tables
 * (function words, generic words) are folded and stemmed on first use, so
 * they are written in ordinary spelling below.
 */
#include <stdint.h>
#include <string.h>

#include "chartab.h"
#include "letters.h"
#include "namekey.h"
#include "normalize.h"
#include "utf8.h"
#include "wordlists.h"

/* kinds of characters a word holds */
#define NK_AR		1			/* Arabic-script letter */
#define NK_LAT		2			/* Latin or other letter */
#define NK_DIG		4			/* digit */

typedef struct
{
	uint32_t	off;			/* in the word arena */
	uint32_t	len;			/* 0: dropped */
	uint32_t	kind;			/* NK_* bits */
} nk_word;

typedef char nk_word_fits[sizeof(nk_word) <= PT_NAME_WORD_BYTES ? 1 : -1];

/* folded Arabic-script strings the rules test (letters.h) */
#define S_BAL		PT_U8_BEH PT_U8_ARTICLE	/* بال */
#define S_KAL		PT_U8_KAF PT_U8_ARTICLE	/* كال */
#define S_BAYN		PT_U8_BEH PT_U8_YEH PT_U8_NOON	/* بين */

/* suffixes removed from Arabic-script words, tried in this order */
static const char *const ar_suffixes[] = {
	PT_U8_HEH PT_U8_ALEF PT_U8_YEH, /* هاي */
	PT_U8_HEH PT_U8_ALEF,		/* ها */
	PT_U8_YEH PT_U8_HEH,		/* يه (ية) */
	PT_U8_ALEF PT_U8_TEH,		/* ات */
	PT_U8_WAW PT_U8_NOON,		/* ون */
	PT_U8_YEH PT_U8_NOON,		/* ين */
	PT_U8_ALEF PT_U8_NOON,		/* ان */
	PT_U8_HEH,					/* ه (ة) */
	PT_U8_YEH,					/* ي */
	PT_U8_TEH					/* ت (Persian ta marbuta) */
};

/*
 * Weight of the generic words of body names.  Those words and the function
 * words dropped from keys are src/data/namekey_generic_words.txt and
 * namekey_function_words.txt (any spelling, folded on first use),
 * generated into wordlists.c.
 */
#define GENERIC_WEIGHT	0.25

/* tables built on first use */
#define STOP_MAX		96
#define GENERIC_MAX		128
#define TABLE_WORD_MAX	64		/* bytes of one source word */

static unsigned char stop_pool[PT_FOLD_BOUND(sizeof(pt_namekey_stop_source))];
static nk_word stop_tab[STOP_MAX];
static int	stop_n = -1;

static unsigned char generic_pool[2 * PT_FOLD_BOUND(sizeof(pt_namekey_generic_source)) +
								  PT_NAME_KEY_BOUND(TABLE_WORD_MAX)];
static nk_word generic_tab[GENERIC_MAX];
static int	generic_n = -1;

/* Does w[0..len-1] start with the C string p? */
static inline int
has_prefix(const unsigned char *w, size_t len, const char *p)
{
	size_t		n = strlen(p);

	return len >= n && memcmp(w, p, n) == 0;
}

/* Does w[0..len-1] end with the C string s? */
static inline int
has_suffix(const unsigned char *w, size_t len, const char *s)
{
	size_t		n = strlen(s);

	return len >= n && memcmp(w + len - n, s, n) == 0;
}

/* Number of code points of UTF-8 text (lead bytes and stray bytes). */
static size_t
count_cps(const unsigned char *w, size_t len)
{
	size_t		n = 0;

	for (size_t i = 0; i < len; i++)
		n += (w[i] & 0xC0) != 0x80;
	return n;
}

/* Byte order of two words, shorter first on a common prefix. */
static int
word_cmp(const unsigned char *a, size_t alen, const unsigned char *b, size_t blen)
{
	int			c = memcmp(a, b, alen < blen ? alen : blen);

	if (c != 0)
		return c;
	return (alen > blen) - (alen < blen);
}

/* Is this code point an apostrophe that may sit inside a Latin word? */
static inline int
is_apostrophe(uint32_t cp)
{
	return cp == '\'' || cp == 0x2019 || cp == 0x02BC;
}

/* The NK_* kind of a code point, or 0 for a word separator. */
static inline int
char_kind(uint32_t cp, int *inside)
{
	pt_cclass_t c = pt_cclass(cp);

	*inside = 0;
	switch (c)
	{
		case PT_CC_ALETTER:
			return NK_AR;
		case PT_CC_LLETTER:
		case PT_CC_OLETTER:
			return NK_LAT;
		case PT_CC_DIGIT:
			return NK_DIG;
		case PT_CC_MARK:
		case PT_CC_INVIS:
			*inside = 1;
			return 0;
		default:
			return 0;
	}
}

/*
 * Read hamza on yeh before waw (شئون, مسئول) as hamza on waw, in place, so
 * that it folds like شؤون; Arabic diacritics in between are skipped.
 */
static void
hamza_before_waw(unsigned char *s, size_t len)
{
	for (size_t i = 0; i + 1 < len; i++)
	{
		size_t		j;

		if (s[i] != 0xD8 || s[i + 1] != 0xA6)
			continue;
		j = i + 2;
		while (j + 1 < len && s[j] == 0xD9 && s[j + 1] >= 0x8B && s[j + 1] <= 0x92)
			j += 2;
		if (j + 1 < len && s[j] == 0xD9 && s[j + 1] == 0x88)
			s[i + 1] = 0xA4;
	}
}

/*
 * Split folded text into words, copying their bytes back to back into the
 * arena.  A word is a run of letters, digits and marks, split where Arabic
 * and Latin letters meet; an apostrophe between Latin letters is dropped,
 * and a possessive 's ends the word.  With cut set, the text was truncated
 * inside a word, and the last word is dropped.  Returns the word count.
 */
static size_t
split_words(const unsigned char *f, size_t flen, int cut,
			unsigned char *arena, nk_word *words)
{
	size_t		i = 0,
				a = 0,
				n = 0,
				start = 0;
	uint32_t	kind = 0;
	int			in_word = 0;

	while (i < flen)
	{
		int			len,
					inside;
		uint32_t	cp = pt_utf8_decode(f + i, flen - i, &len);
		int			k = char_kind(cp, &inside);

		if (in_word && (kind & NK_LAT) && is_apostrophe(cp) && i + len < flen)
		{
			int			nlen,
						ninside;
			uint32_t	next = pt_utf8_decode(f + i + len, flen - i - len, &nlen);

			if (char_kind(next, &ninside) == NK_LAT)
			{
				size_t		after = i + len + nlen;

				i += len;
				if (next == 's')
				{
					int			alen,
								ainside = 0;

					if (after >= flen ||
						(char_kind(pt_utf8_decode(f + after, flen - after, &alen), &ainside) == 0 &&
						 !ainside))
					{
						/* possessive: end the word and skip the s */
						words[n++] = (nk_word) {start, a - start, kind};
						in_word = 0;
						i = after;
					}
				}
				continue;
			}
		}
		if (k != 0 || inside)
		{
			int			script = k & (NK_AR | NK_LAT);

			if (in_word && script && (kind & (NK_AR | NK_LAT)) && !(kind & script))
			{
				words[n++] = (nk_word) {start, a - start, kind};
				in_word = 0;
			}
			if (!in_word)
			{
				in_word = 1;
				start = a;
				kind = 0;
			}
			memcpy(arena + a, f + i, len);
			a += len;
			kind |= k;
		}
		else if (in_word)
		{
			words[n++] = (nk_word) {start, a - start, kind};
			in_word = 0;
		}
		i += len;
	}
	if (in_word && !cut)
		words[n++] = (nk_word) {start, a - start, kind};
	return n;
}

/* Build the table of folded function words (once). */
static void
stop_init(void)
{
	size_t		flen,
				i = 0;

	if (stop_n >= 0)
		return;
	flen = pt_fold_all(PT_FOLD_SEARCH, (const unsigned char *) pt_namekey_stop_source,
					   sizeof(pt_namekey_stop_source) - 1, stop_pool);
	stop_n = 0;
	while (i < flen && stop_n < STOP_MAX)
	{
		size_t		j = i;

		while (j < flen && stop_pool[j] != ' ')
			j++;
		if (j > i)
			stop_tab[stop_n++] = (nk_word) {(uint32_t) i, (uint32_t) (j - i), 0};
		i = j + 1;
	}
}

/* Is w a function word? */
static int
is_stop_word(const unsigned char *w, size_t len)
{
	for (int i = 0; i < stop_n; i++)
		if (stop_tab[i].len == len && memcmp(stop_pool + stop_tab[i].off, w, len) == 0)
			return 1;
	return 0;
}

/* Remove the article and the attached particles before it; see namekey.h. */
static void
strip_ar_prefix(const unsigned char *arena, nk_word *w)
{
	const unsigned char *s = arena + w->off;
	size_t		len = w->len,
				p = 0;

	if ((has_prefix(s, len, PT_U8_WAW) || has_prefix(s, len, PT_U8_FEH)) &&
		(has_prefix(s + 2, len - 2, PT_U8_ARTICLE) || has_prefix(s + 2, len - 2, PT_U8_LL) ||
		 has_prefix(s + 2, len - 2, S_BAL) || has_prefix(s + 2, len - 2, S_KAL)))
		p = 2;
	if (has_prefix(s + p, len - p, S_BAL) || has_prefix(s + p, len - p, S_KAL))
		p += 6;
	else if (has_prefix(s + p, len - p, PT_U8_ARTICLE) || has_prefix(s + p, len - p, PT_U8_LL))
		p += 4;
	else
		p = 0;
	if (p > 0 && count_cps(s + p, len - p) >= 3)
	{
		w->off += p;
		w->len -= p;
	}
}

/* Remove up to two suffixes, each leaving at least three letters. */
static void
strip_ar_suffixes(const unsigned char *arena, nk_word *w)
{
	const unsigned char *s = arena + w->off;

	for (int round = 0; round < 2; round++)
	{
		size_t		k,
					nsuf = sizeof(ar_suffixes) / sizeof(ar_suffixes[0]);

		for (k = 0; k < nsuf; k++)
		{
			size_t		sl = strlen(ar_suffixes[k]);

			if (has_suffix(s, w->len, ar_suffixes[k]) &&
				count_cps(s, w->len - sl) >= 3)
			{
				w->len -= sl;
				break;
			}
		}
		if (k == nsuf)
			break;
	}
}

/* Light English stemming in place; see namekey.h.  Returns the new length. */
static size_t
stem_en(unsigned char *w, size_t len)
{
	if (len > 4 && has_suffix(w, len, "ies") &&
		!has_suffix(w, len, "eies") && !has_suffix(w, len, "aies"))
	{
		w[len - 3] = 'y';
		len -= 2;
	}
	else if (len > 3 && has_suffix(w, len, "es") && !has_suffix(w, len, "aes") &&
			 !has_suffix(w, len, "ees") && !has_suffix(w, len, "oes"))
		len -= 1;
	else if (len > 3 && w[len - 1] == 's' && w[len - 2] != 'u' &&
			 w[len - 2] != 's' && w[len - 2] != 'i')
		len -= 1;

	if (len >= 6 && has_suffix(w, len, "our"))
	{
		w[len - 2] = 'r';
		len -= 1;
	}
	else if (len >= 7 && has_suffix(w, len, "isation"))
		w[len - 6] = 'z';
	else if (has_suffix(w, len, "programme"))
		len -= 2;
	else if (len >= 6 && has_suffix(w, len, "centre"))
	{
		w[len - 2] = 'e';
		w[len - 1] = 'r';
	}
	return len;
}

/* Sift down for the heap sort of words. */
static void
sift_down(const unsigned char *arena, nk_word *v, size_t root, size_t n)
{
	for (;;)
	{
		size_t		child = 2 * root + 1;
		nk_word		t;

		if (child >= n)
			return;
		if (child + 1 < n &&
			word_cmp(arena + v[child].off, v[child].len,
					 arena + v[child + 1].off, v[child + 1].len) < 0)
			child++;
		if (word_cmp(arena + v[root].off, v[root].len,
					 arena + v[child].off, v[child].len) >= 0)
			return;
		t = v[root];
		v[root] = v[child];
		v[child] = t;
		root = child;
	}
}

/* Sort words by their bytes (heap sort: no allocation, no recursion). */
static void
sort_words(const unsigned char *arena, nk_word *v, size_t n)
{
	for (size_t i = n / 2; i > 0; i--)
		sift_down(arena, v, i - 1, n);
	for (size_t end = n; end > 1; end--)
	{
		nk_word		t = v[0];

		v[0] = v[end - 1];
		v[end - 1] = t;
		sift_down(arena, v, 0, end - 1);
	}
}

size_t
pt_namekey_build(const unsigned char *name, size_t len, unsigned char *out,
				 void *work)
{
	size_t		read = PT_NAME_READ(len),
				fbound,
				flen,
				n,
				kept = 0,
				o = 0;
	int			cut = 0,
				letters = 0;
	nk_word    *words = (nk_word *) work;
	unsigned char *fold,
			   *arena,
			   *raw;

	stop_init();
	if (read < len)
	{
		int			clen,
					inside;

		/* cut at a code point; note whether the cut splits a word */
		while (read > 0 && (name[read] & 0xC0) == 0x80)
			read--;
		cut = char_kind(pt_utf8_decode(name + read, len - read, &clen), &inside) != 0 ||
			inside;
	}
	fbound = PT_FOLD_BOUND(PT_NAME_READ(len));
	fold = (unsigned char *) work + (fbound + 1) * PT_NAME_WORD_BYTES;
	arena = fold + fbound;
	raw = arena + fbound;

	memcpy(raw, name, read);
	hamza_before_waw(raw, read);
	flen = pt_fold_all(PT_FOLD_SEARCH, raw, read, fold);
	n = split_words(fold, flen, cut, arena, words);

	for (size_t i = 0; i < n; i++)
	{
		nk_word    *w = &words[i];
		const unsigned char *s = arena + w->off;

		/* dropped, or made of marks only */
		if (w->len == 0 || w->kind == 0)
			continue;
		if (w->kind & NK_AR)
		{
			/* بین + المللی is one word, as when written glued */
			if (w->len == strlen(S_BAYN) && memcmp(s, S_BAYN, w->len) == 0 &&
				i + 1 < n && (words[i + 1].kind & NK_AR) &&
				words[i + 1].off == w->off + w->len &&
				has_prefix(arena + words[i + 1].off, words[i + 1].len, PT_U8_ARTICLE))
			{
				w->len += words[i + 1].len;
				words[i + 1].len = 0;
			}
			if (count_cps(s, w->len) == 1 || is_stop_word(s, w->len))
				continue;
			strip_ar_prefix(arena, w);
			strip_ar_suffixes(arena, w);
		}
		else
		{
			if (is_stop_word(s, w->len))
				continue;
			if (w->kind & NK_LAT)
				w->len = (uint32_t) stem_en(arena + w->off, w->len);
		}
		if (w->kind & (NK_AR | NK_LAT))
			letters = 1;
		words[kept++] = *w;
	}
	if (!letters)
		return 0;

	sort_words(arena, words, kept);
	for (size_t i = 0; i < kept; i++)
	{
		if (i > 0 && word_cmp(arena + words[i].off, words[i].len,
							  arena + words[i - 1].off, words[i - 1].len) == 0)
			continue;
		if (o > 0)
			out[o++] = ' ';
		memcpy(out + o, arena + words[i].off, words[i].len);
		o += words[i].len;
	}
	return o;
}

/* Build the sorted table of generic word stems (once). */
static void
generic_init(void)
{
	static unsigned int work[PT_NAME_WORK_SIZE(TABLE_WORD_MAX) / sizeof(unsigned int) + 1];
	size_t		i = 0,
				used = 0,
				len = sizeof(pt_namekey_generic_source) - 1;

	if (generic_n >= 0)
		return;
	generic_n = 0;
	while (i < len && generic_n < GENERIC_MAX)
	{
		size_t		j = i,
					klen;

		while (j < len && pt_namekey_generic_source[j] != ' ')
			j++;
		if (j > i && j - i <= TABLE_WORD_MAX &&
			used + PT_NAME_KEY_BOUND(j - i) <= sizeof(generic_pool))
		{
			klen = pt_namekey_build((const unsigned char *) pt_namekey_generic_source + i,
									j - i, generic_pool + used, work);
			if (klen > 0)
			{
				generic_tab[generic_n++] = (nk_word) {(uint32_t) used, (uint32_t) klen, 0};
				used += klen;
			}
		}
		i = j + 1;
	}
	sort_words(generic_pool, generic_tab, (size_t) generic_n);
}

/* Weight of a key word: GENERIC_WEIGHT for a generic word, else 1. */
static double
word_weight(const unsigned char *w, size_t len)
{
	int			lo = 0,
				hi = generic_n - 1;

	while (lo <= hi)
	{
		int			mid = (lo + hi) / 2;
		int			c = word_cmp(generic_pool + generic_tab[mid].off,
								 generic_tab[mid].len, w, len);

		if (c == 0)
			return GENERIC_WEIGHT;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid - 1;
	}
	return 1.0;
}

/* A word of a key, with its code points when short enough to compare. */
typedef struct
{
	const unsigned char *s;
	size_t		len;
	double		weight;
	int			ncp;			/* code points, or -1 when too long */
	uint32_t	cp[PT_NAME_SOFT_LETTERS];
} nk_kword;

/* Levenshtein distance of two code point strings of at most 32 each. */
static int
edit_distance(const uint32_t *a, int m, const uint32_t *b, int n)
{
	int			prev[PT_NAME_SOFT_LETTERS + 1],
				cur[PT_NAME_SOFT_LETTERS + 1];

	for (int j = 0; j <= n; j++)
		prev[j] = j;
	for (int i = 1; i <= m; i++)
	{
		cur[0] = i;
		for (int j = 1; j <= n; j++)
		{
			int			d = prev[j - 1] + (a[i - 1] != b[j - 1]);

			if (prev[j] + 1 < d)
				d = prev[j] + 1;
			if (cur[j - 1] + 1 < d)
				d = cur[j - 1] + 1;
			cur[j] = d;
		}
		memcpy(prev, cur, sizeof(int) * (n + 1));
	}
	return prev[n];
}

/* Similarity of two key words: 1 equal, a typo's partial credit, or 0. */
static double
word_similarity(const nk_kword *a, const nk_kword *b)
{
	int			longest,
				d;
	double		s;

	if (a->len == b->len && memcmp(a->s, b->s, a->len) == 0)
		return 1.0;
	if (a->ncp < 4 || b->ncp < 4)
		return 0.0;
	longest = a->ncp > b->ncp ? a->ncp : b->ncp;
	d = edit_distance(a->cp, a->ncp, b->cp, b->ncp);
	s = 1.0 - (double) d / longest;
	return s >= 0.75 ? s : 0.0;
}

/* Count the words of a key. */
static size_t
key_words(const unsigned char *k, size_t len)
{
	size_t		n = 1;

	for (size_t i = 0; i < len; i++)
		n += k[i] == ' ';
	return n;
}

/* Split a key of at most PT_NAME_SOFT_WORDS words for the soft measure. */
static size_t
load_words(const unsigned char *k, size_t len, nk_kword *v)
{
	size_t		n = 0,
				i = 0;

	while (i < len && n < PT_NAME_SOFT_WORDS)
	{
		size_t		j = i;
		nk_kword   *w = &v[n++];

		while (j < len && k[j] != ' ')
			j++;
		w->s = k + i;
		w->len = j - i;
		w->weight = word_weight(w->s, w->len);
		w->ncp = 0;
		for (size_t p = i; p < j;)
		{
			int			cl;
			uint32_t	cp = pt_utf8_decode(k + p, j - p, &cl);

			if (w->ncp == PT_NAME_SOFT_LETTERS)
			{
				w->ncp = -1;
				break;
			}
			w->cp[w->ncp++] = cp;
			p += cl;
		}
		i = j + 1;
	}
	return n;
}

/* Is x two other words of list y written together (a glued compound)? */
static int
glued_pair(const nk_kword *x, const nk_kword *y, size_t ny)
{
	for (size_t i = 0; i < ny; i++)
	{
		size_t		rest;

		if (y[i].len >= x->len || memcmp(x->s, y[i].s, y[i].len) != 0)
			continue;
		rest = x->len - y[i].len;
		for (size_t j = 0; j < ny; j++)
			if (j != i && y[j].len == rest &&
				memcmp(x->s + y[i].len, y[j].s, rest) == 0)
				return 1;
	}
	return 0;
}

/* Is word k of list own one half of a glued compound of list other? */
static int
glued_part(const nk_kword *own, size_t nown, size_t k, const nk_kword *other,
		   size_t nother)
{
	const nk_kword *w = &own[k];

	for (size_t i = 0; i < nother; i++)
	{
		const nk_kword *x = &other[i];

		if (x->len <= w->len)
			continue;
		for (size_t j = 0; j < nown; j++)
		{
			if (j == k || own[j].len != x->len - w->len)
				continue;
			if ((memcmp(x->s, w->s, w->len) == 0 &&
				 memcmp(x->s + w->len, own[j].s, own[j].len) == 0) ||
				(memcmp(x->s, own[j].s, own[j].len) == 0 &&
				 memcmp(x->s + own[j].len, w->s, w->len) == 0))
				return 1;
		}
	}
	return 0;
}

/* Best match of word k of list a in list b, glued compounds included. */
static double
best_match(const nk_kword *a, size_t na, size_t k, const nk_kword *b, size_t nb)
{
	double		best = 0;

	for (size_t j = 0; j < nb && best < 1.0; j++)
	{
		double		s = word_similarity(&a[k], &b[j]);

		if (s > best)
			best = s;
	}
	if (best < 1.0 && (glued_pair(&a[k], b, nb) || glued_part(a, na, k, b, nb)))
		best = 1.0;
	return best;
}

/* Weighted sums of the best matches of list a in list b, and of weights. */
static void
soft_half(const nk_kword *a, size_t na, const nk_kword *b, size_t nb,
		  double *num, double *den)
{
	*num = 0;
	*den = 0;
	for (size_t i = 0; i < na; i++)
	{
		*num += a[i].weight * best_match(a, na, i, b, nb);
		*den += a[i].weight;
	}
}

/*
 * Soft weighted Dice of two small word lists; see namekey.h.  The two
 * halves are summed apart, so that swapping the lists gives the same bits.
 */
static double
soft_dice(const nk_kword *a, size_t na, const nk_kword *b, size_t nb)
{
	double		num_a,
				den_a,
				num_b,
				den_b;

	soft_half(a, na, b, nb, &num_a, &den_a);
	soft_half(b, nb, a, na, &num_b, &den_b);
	return den_a + den_b > 0 ? (num_a + num_b) / (den_a + den_b) : 0.0;
}

/* Weighted Dice of two sorted keys with exact word matches, in one pass. */
static double
exact_dice(const unsigned char *a, size_t alen, const unsigned char *b, size_t blen)
{
	size_t		i = 0,
				j = 0;
	double		num = 0,
				den = 0;

	while (i < alen || j < blen)
	{
		size_t		ie = i,
					je = j;
		int			c;

		while (ie < alen && a[ie] != ' ')
			ie++;
		while (je < blen && b[je] != ' ')
			je++;
		if (i >= alen)
			c = 1;
		else if (j >= blen)
			c = -1;
		else
			c = word_cmp(a + i, ie - i, b + j, je - j);
		if (c <= 0)
		{
			double		w = word_weight(a + i, ie - i);

			den += w;
			if (c == 0)
				num += 2 * w;
			i = ie + 1;
		}
		if (c >= 0)
		{
			den += word_weight(b + j, je - j);
			j = je + 1;
		}
	}
	return den > 0 ? num / den : 0.0;
}

double
pt_namekey_similarity(const unsigned char *a, size_t alen,
					  const unsigned char *b, size_t blen)
{
	nk_kword	wa[PT_NAME_SOFT_WORDS],
				wb[PT_NAME_SOFT_WORDS];
	size_t		na,
				nb;
	double		s;

	if (alen == 0 || blen == 0)
		return 0.0;
	if (alen == blen && memcmp(a, b, alen) == 0)
		return 1.0;
	stop_init();
	generic_init();
	if (key_words(a, alen) > PT_NAME_SOFT_WORDS || key_words(b, blen) > PT_NAME_SOFT_WORDS)
		s = exact_dice(a, alen, b, blen);
	else
	{
		na = load_words(a, alen, wa);
		nb = load_words(b, blen, wb);
		s = soft_dice(wa, na, wb, nb);
	}
	/* unequal keys stay below 1 even after rounding */
	if (s > 0.999999)
		s = 0.999999;
	return s < 0.0 ? 0.0 : s;
}
