/*
 * matcher.c
 *		Token trie of organization names with leftmost-longest search.
 *
 * See matcher.h for the canonical forms.  Data structures:
 *   - a string table of canonical tokens (open addressing on a 32-bit hash,
 *     strings in one arena): token -> id;
 *   - the trie as one hash table of edges (parent node << 32 | token id ->
 *     child node), plus per node the accepted code (or -1);
 *   - a string table of codes, and one of code keys (upper case, letters
 *     and digits only) for case- and hyphen-insensitive code lookup;
 *   - the names as given, chained per code, for index query keys.
 */
#include <string.h>

#include "chartab.h"
#include "interrupt.h"
#include "matcher.h"
#include "normalize.h"
#include "letters.h"
#include "tokenize.h"
#include "utf8.h"

/* the letters of the folded text the matcher tests are letters.h's */

/* marks a Latin word kept as written (case-sensitive acronyms) */
#define CASE_MARK	0x01

/* a canonical token: a glued pair of words, or a marked word */
#define MAX_TOKEN	(2 * PT_MATCHER_MAX_WORD + 2)

/* text forms tried per word, and trie states followed at once */
#define MAX_FORMS	32
#define MAX_STATES	64
#define SPLIT_FORMS	12

/* ---- memory ---------------------------------------------------------- */

typedef struct strslot
{
	uint32_t	hash;
	uint32_t	id1;			/* id + 1, 0 = empty */
} strslot;

typedef struct strtab
{
	unsigned char *pool;		/* the strings, back to back */
	size_t		poollen,
				poolcap;
	uint32_t   *off;			/* per id: offset in pool */
	uint32_t   *len;			/* per id: length */
	int			n,
				cap;
	strslot    *slots;			/* hash index, open addressing */
	uint32_t	nslots;			/* power of two */
	uint64_t   *filter;			/* one bit per hash value class: a string */
	uint32_t	filter_bits;	/* whose bit is clear is not in the table */
} strtab;

typedef struct edge
{
	uint32_t	parent;
	uint32_t	tok;
	uint32_t	child;			/* 0 = empty slot (the root is no child) */
} edge;

/* the words of the UN named around an agency's name (see scan_mention) */
enum
{
	QW_UN_MARK,					/* UN as written */
	QW_UNITED,
	QW_NATIONS,
	QW_SAZMAN,					/* سازمان */
	QW_MELAL,					/* ملل */
	QW_MOTTAHED,				/* متحد */
	QW_AGENCY,					/* agency, after the UN */
	QW_COUNT
};

struct pt_matcher
{
	pt_allocator a;
	size_t		bytes;
	strtab		tokens;
	strtab		codes;
	strtab		codekeys;		/* same ids as codes where first */
	int		   *codekey_code;	/* codekeys id -> code id */
	int		   *code_first;		/* code id -> first name index, -1 */
	int			code_cap;
	/* trie */
	int32_t    *node_code;		/* accepted code or -1 */
	uint8_t    *node_weak;		/* accepted through a glued variant */
	int			nnodes,
				node_cap;
	edge	   *edges;
	uint32_t	nedges,
				edge_slots;
	/* names */
	strtab		names;
	int		   *name_code;
	int		   *name_next;
	uint8_t    *name_flags;
	int			name_cap;
	int			nnames;
	/* token ids of the words of the UN around a name, -1 if none */
	int			qid[QW_COUNT];
};

static void *
m_alloc(pt_matcher *m, size_t size)
{
	void	   *p = m->a.alloc(m->a.ctx, size ? size : 1);

	if (p)
		m->bytes += size;
	return p;
}

static void
m_free(pt_matcher *m, void *p, size_t size)
{
	if (p)
	{
		m->a.free(m->a.ctx, p);
		m->bytes -= size;
	}
}

/* Grow an array of n elements of size sz to newn; 0 on success. */
static int
m_grow(pt_matcher *m, void **arr, size_t n, size_t newn, size_t sz)
{
	void	   *p = m_alloc(m, newn * sz);

	if (!p)
		return -1;
	if (*arr)
	{
		memcpy(p, *arr, n * sz);
		m_free(m, *arr, n * sz);
	}
	*arr = p;
	return 0;
}

/* ---- hashing --------------------------------------------------------- */

/*
 * 32-bit hash of a byte string (FNV-1a with a final avalanche); static
 * inline for the per-word loops (the exported pt_word_key is called through
 * the shared library's PLT, which keeps it from being inlined)
 */
static inline uint32_t
word_key(const unsigned char *s, size_t len)
{
	uint32_t	h = 2166136261u;
	size_t		i;

	for (i = 0; i < len; i++)
	{
		h ^= s[i];
		h *= 16777619u;
	}
	h ^= h >> 16;
	h *= 0x85ebca6bu;
	h ^= h >> 13;
	h *= 0xc2b2ae35u;
	h ^= h >> 16;
	return h;
}

/* The index key of a word: its 32-bit hash (word_key). */
uint32_t
pt_word_key(const unsigned char *s, size_t len)
{
	return word_key(s, len);
}

static inline uint32_t
mix64(uint64_t k)
{
	k ^= k >> 33;
	k *= 0xff51afd7ed558ccdULL;
	k ^= k >> 33;
	k *= 0xc4ceb9fe1a85ec53ULL;
	k ^= k >> 33;
	return (uint32_t) k;
}

/* ---- string tables --------------------------------------------------- */

/*
 * The two filter bits of a hash (from its high bits, apart from the slot
 * index): a string is in the table only if both are set.  Two bits in 16
 * per string let through about 1.4% of the absent ones, one bit 6%.
 */
static inline uint32_t
filter_bit(const strtab *t, uint32_t h)
{
	return (h * 0x9E3779B1u) >> 8 & (t->filter_bits - 1);
}

static inline uint32_t
filter_bit2(const strtab *t, uint32_t h)
{
	return (h * 0x85EBCA77u) >> 8 & (t->filter_bits - 1);
}

#define FILTER_HAS(t, b) (((t)->filter[(b) >> 6] >> ((b) & 63)) & 1)

/* Find s in t; returns its id or -1. */
static int
strtab_find(const strtab *t, const unsigned char *s, size_t len, uint32_t h)
{
	uint32_t	i,
				b;

	if (t->nslots == 0)
		return -1;
	/* most words of a text are no token: one small bitmap rules them out */
	b = filter_bit(t, h);
	if (!FILTER_HAS(t, b))
		return -1;
	b = filter_bit2(t, h);
	if (!FILTER_HAS(t, b))
		return -1;
	for (i = h & (t->nslots - 1);; i = (i + 1) & (t->nslots - 1))
	{
		uint32_t	id1 = t->slots[i].id1;

		if (id1 == 0)
			return -1;
		if (t->slots[i].hash == h && t->len[id1 - 1] == len &&
			memcmp(t->pool + t->off[id1 - 1], s, len) == 0)
			return (int) id1 - 1;
	}
}

/* Put id with hash h into the index and the filter of t. */
static void
strtab_place(strtab *t, uint32_t h, int id)
{
	uint32_t	i,
				b = filter_bit(t, h),
				b2 = filter_bit2(t, h);

	for (i = h & (t->nslots - 1); t->slots[i].id1; i = (i + 1) & (t->nslots - 1))
		;
	t->slots[i].hash = h;
	t->slots[i].id1 = (uint32_t) id + 1;
	t->filter[b >> 6] |= (uint64_t) 1 << (b & 63);
	t->filter[b2 >> 6] |= (uint64_t) 1 << (b2 & 63);
}

/*
 * Rebuild the hash index of t with twice the slots, and its filter with 8
 * bits per slot (16 or more per string); 0 on success.
 */
static int
strtab_rehash(pt_matcher *m, strtab *t)
{
	uint32_t	nslots = t->nslots ? t->nslots * 2 : 64;
	uint32_t	bits = nslots * 8;
	strslot    *slots = m_alloc(m, nslots * sizeof(strslot));
	uint64_t   *filter = m_alloc(m, bits / 8);
	int			id;

	if (!slots || !filter)
	{
		m_free(m, slots, nslots * sizeof(strslot));
		m_free(m, filter, bits / 8);
		return -1;
	}
	memset(slots, 0, nslots * sizeof(strslot));
	memset(filter, 0, bits / 8);
	m_free(m, t->slots, t->nslots * sizeof(strslot));
	m_free(m, t->filter, t->filter_bits / 8);
	t->slots = slots;
	t->nslots = nslots;
	t->filter = filter;
	t->filter_bits = bits;
	for (id = 0; id < t->n; id++)
		strtab_place(t, pt_word_key(t->pool + t->off[id], t->len[id]), id);
	return 0;
}

static int	strtab_append(pt_matcher *m, strtab *t, const unsigned char *s,
						  size_t len);

/* Find or add s; returns its id, or -1 when out of memory.  *added set. */
static int
strtab_intern(pt_matcher *m, strtab *t, const unsigned char *s, size_t len,
			  int *added)
{
	uint32_t	h = word_key(s, len);
	int			id = strtab_find(t, s, len, h);

	*added = 0;
	if (id >= 0)
		return id;
	if ((uint32_t) (t->n + 1) * 2 > t->nslots && strtab_rehash(m, t) != 0)
		return -1;
	id = strtab_append(m, t, s, len);
	if (id < 0)
		return -1;
	strtab_place(t, h, id);
	*added = 1;
	return id;
}

/* Store s as a new string without indexing it; returns its id or -1. */
static int
strtab_append(pt_matcher *m, strtab *t, const unsigned char *s, size_t len)
{
	int			id;

	if (t->n == t->cap)
	{
		int			newcap = t->cap ? t->cap * 2 : 64;

		if (m_grow(m, (void **) &t->off, t->cap, newcap, sizeof(uint32_t)) ||
			m_grow(m, (void **) &t->len, t->cap, newcap, sizeof(uint32_t)))
			return -1;
		t->cap = newcap;
	}
	if (t->poollen + len > t->poolcap)
	{
		size_t		newcap = t->poolcap ? t->poolcap * 2 : 1024;

		while (newcap < t->poollen + len)
			newcap *= 2;
		if (newcap > UINT32_MAX ||
			m_grow(m, (void **) &t->pool, t->poollen, newcap, 1))
			return -1;
		t->poolcap = newcap;
	}
	if (len > 0)
		memcpy(t->pool + t->poollen, s, len);
	id = t->n++;
	t->off[id] = (uint32_t) t->poollen;
	t->len[id] = (uint32_t) len;
	t->poollen += len;
	return id;
}

static void
strtab_free(pt_matcher *m, strtab *t)
{
	m_free(m, t->pool, t->poolcap);
	m_free(m, t->off, t->cap * sizeof(uint32_t));
	m_free(m, t->len, t->cap * sizeof(uint32_t));
	m_free(m, t->slots, t->nslots * sizeof(strslot));
	m_free(m, t->filter, t->filter_bits / 8);
}

/* ---- words ----------------------------------------------------------- */

/*
 * Words come from the text-search tokenizer (tokenize.h): every token but
 * BLANK, cut further at ZWNJ and at the spaces of joined Persian morphemes,
 * so that "بین‌المللی", "بین المللی" and "برنامه‌ی" give the same words
 * whatever the joiner.
 */
typedef struct word_iter
{
	pt_tokenizer tok;
	const unsigned char *s;
	size_t		sub,			/* next sub-word of the current token */
				subend;			/* end of the current token */
} word_iter;

static void
word_iter_init(word_iter *it, const unsigned char *s, size_t len)
{
	pt_tok_init(&it->tok, s, len);
	it->s = s;
	it->sub = it->subend = 0;
}

/* length of a word separator at s[0..len): ZWNJ or a space, else 0 */
static int
inner_separator(const unsigned char *s, size_t len)
{
	if (s[0] == ' ')
		return 1;
	if (len >= 2 && s[0] == 0xC2 && s[1] == 0xA0)	/* U+00A0 */
		return 2;
	if (len >= 3 && s[0] == 0xE2 && s[1] == 0x80 &&
		(s[2] == 0x8C || s[2] == 0xAF)) /* U+200C ZWNJ, U+202F */
		return 3;
	return 0;
}

/* Next word: returns 1 with its byte range [*start, *end), 0 at the end. */
static int
next_word(word_iter *it, size_t *start, size_t *end)
{
	for (;;)
	{
		size_t		i;

		/* skip separators inside the current token */
		while (it->sub < it->subend)
		{
			int			n = inner_separator(it->s + it->sub, it->subend - it->sub);

			if (n == 0)
				break;
			it->sub += n;
		}
		if (it->sub < it->subend)
		{
			/* only a space, U+00A0 or U+2xxx can start a separator */
			for (i = it->sub; i < it->subend; i++)
			{
				unsigned char c = it->s[i];

				if ((c == ' ' || c == 0xC2 || c == 0xE2) &&
					inner_separator(it->s + i, it->subend - i) != 0)
					break;
			}
			*start = it->sub;
			*end = i;
			it->sub = i;
			return 1;
		}
		/* the next token that is not blank */
		for (;;)
		{
			size_t		tstart,
						tlen;
			pt_token_type type = pt_tok_next(&it->tok, &tstart, &tlen);

			if (type == PT_TOK_END)
				return 0;
			if (type == PT_TOK_BLANK)
				continue;
			it->sub = tstart;
			it->subend = tstart + tlen;
			break;
		}
	}
}

/* does s start with the letter cp (U+0080..U+07FF: two UTF-8 bytes)? */
static inline int
starts2(const unsigned char *s, size_t len, uint32_t cp)
{
	return len >= 2 && s[0] == (unsigned char) (0xC0 | (cp >> 6)) &&
		s[1] == (unsigned char) (0x80 | (cp & 0x3F));
}

/* write the letter cp (U+0080..U+07FF) as its two UTF-8 bytes at s */
static inline void
put2(unsigned char *s, uint32_t cp)
{
	s[0] = (unsigned char) (0xC0 | (cp >> 6));
	s[1] = (unsigned char) (0x80 | (cp & 0x3F));
}

/*
 * Fold a word into out (at least MAX_TOKEN + PT_FOLD_MAX_OUT bytes).
 * Returns the folded length, or -1 when it exceeds limit bytes.
 */
static int
fold_word(const unsigned char *w, size_t len, unsigned char *out, size_t limit)
{
	size_t		pos = 0,
				outlen = 0;

	while (pos < len)
	{
		pt_fold(PT_FOLD_SEARCH, w, len, &pos, out, &outlen,
				limit + PT_FOLD_MAX_OUT, len);
		if (outlen > limit)
			return -1;
	}

	/*
	 * PDF extraction writes the lam-alef ligature as alef then lam: "األمم"
	 * for "الأمم".  No word starts with two alefs, so read "اال" as "الا",
	 * in names and text alike.
	 */
	if (outlen >= 10 && starts2(out, outlen, PT_CP_ALEF) &&
		starts2(out + 2, outlen - 2, PT_CP_ALEF) && starts2(out + 4, outlen - 4, PT_CP_LAM))
	{
		put2(out + 2, PT_CP_LAM);
		put2(out + 4, PT_CP_ALEF);
	}
	return (int) outlen;
}

/* number of code points in s[0..len) (a folded, valid UTF-8 string) */
static size_t
nchars(const unsigned char *s, size_t len)
{
	size_t		i,
				n = 0;

	for (i = 0; i < len; i++)
		if ((s[i] & 0xC0) != 0x80)
			n++;
	return n;
}

/* does the folded word end with ه, ا or و (an ezafe carrier)? */
static int
ends_ezafe_carrier(const unsigned char *s, size_t len)
{
	if (len < 2)
		return 0;
	return starts2(s + len - 2, 2, PT_CP_HEH) || starts2(s + len - 2, 2, PT_CP_ALEF) ||
		starts2(s + len - 2, 2, PT_CP_WAW);
}

/* length without a trailing ezafe ي after ه/ا/و, or len if none */
static size_t
strip_ezafe(const unsigned char *s, size_t len)
{
	if (len >= 4 && starts2(s + len - 2, 2, PT_CP_YEH) &&
		ends_ezafe_carrier(s, len - 2) && nchars(s, len - 2) >= 2)
		return len - 2;
	return len;
}

/* is the raw word ASCII letters and digits only? */
static int
ascii_alnum(const unsigned char *s, size_t len)
{
	size_t		i;

	for (i = 0; i < len; i++)
		if (!((s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= 'a' && s[i] <= 'z') ||
			  (s[i] >= '0' && s[i] <= '9')))
			return 0;
	return len > 0;
}

/* ---- reading words (names and text, not index keys) ------------------ */

/* most letters of a dotted acronym read as one word */
#define MAX_DOTTED	8

/*
 * The words the matcher reads from a name or a text: next_word's, with two
 * changes that pt_doc_keys does not make (its keys are stored): a dotted
 * acronym of single capitals ("U.N.", "I.M.F.", "U.S") is read as one word
 * of its letters ("UN"), and a possessive "s" right after an apostrophe
 * ("UN's", "Children's") is dropped.
 */
typedef struct word_reader
{
	word_iter	it;
	const unsigned char *s;
	size_t		len;
	int			pending;		/* a word read ahead and not yet returned */
	size_t		pstart,
				pend;
	size_t		prev_end;		/* end of the last word read, dropped ones too */
	int			started;
	unsigned char dotted[MAX_DOTTED];
} word_reader;

static void
reader_init(word_reader *r, const unsigned char *s, size_t len)
{
	word_iter_init(&r->it, s, len);
	r->s = s;
	r->len = len;
	r->pending = 0;
	r->prev_end = 0;
	r->started = 0;
}

/* next_word with one word of look-ahead */
static int
reader_raw(word_reader *r, size_t *start, size_t *end)
{
	if (r->pending)
	{
		r->pending = 0;
		*start = r->pstart;
		*end = r->pend;
		return 1;
	}
	return next_word(&r->it, start, end);
}

/* is s[from, to) only spaces, joiners and apostrophes? */
static int
plain_gap(const unsigned char *s, size_t from, size_t to)
{
	size_t		i = from;

	while (i < to)
	{
		if (s[i] == ' ' || s[i] == '\'')
			i++;
		else if (i + 1 < to && s[i] == 0xC2 && s[i + 1] == 0xA0)
			i += 2;
		else if (i + 2 < to && s[i] == 0xE2 && s[i + 1] == 0x80 &&
				 (s[i + 2] == 0x8C || s[i + 2] == 0xAF || s[i + 2] == 0x99))
			i += 3;				/* ZWNJ, U+202F, U+2019 */
		else
			return 0;
	}
	return 1;
}

/* is s[from, to) one apostrophe (' or U+2019)? */
static int
apostrophe_gap(const unsigned char *s, size_t from, size_t to)
{
	if (to == from + 1)
		return s[from] == '\'';
	return to == from + 3 && s[from] == 0xE2 && s[from + 1] == 0x80 &&
		s[from + 2] == 0x99;
}

static inline int
ascii_upper(unsigned char c)
{
	return c >= 'A' && c <= 'Z';
}

/*
 * The next word: its byte range [*start, *end) in the input, its bytes in
 * *w, *wlen (the input's, or the letters of a dotted acronym), and in
 * *plain whether only spaces, joiners and apostrophes separate it from the
 * word before.  Returns 0 at the end.
 */
static int
read_word(word_reader *r, size_t *start, size_t *end,
		  const unsigned char **w, size_t *wlen, int *plain)
{
	size_t		s0,
				e0;

	for (;;)
	{
		if (!reader_raw(r, &s0, &e0))
			return 0;
		/* a possessive s: "UN's" */
		if (r->started && e0 == s0 + 1 && (r->s[s0] == 's' || r->s[s0] == 'S') &&
			apostrophe_gap(r->s, r->prev_end, s0))
		{
			r->prev_end = e0;
			continue;
		}
		break;
	}
	*plain = r->started && plain_gap(r->s, r->prev_end, s0);
	r->started = 1;
	*start = s0;
	*end = e0;
	*w = r->s + s0;
	*wlen = e0 - s0;

	/* a dotted acronym: single capitals, each but the last followed by '.' */
	if (e0 == s0 + 1 && ascii_upper(r->s[s0]) && e0 < r->len && r->s[e0] == '.')
	{
		size_t		n = 1,
					last = e0,
					s1,
					e1;

		r->dotted[0] = r->s[s0];
		while (n < MAX_DOTTED && last < r->len && r->s[last] == '.')
		{
			if (!reader_raw(r, &s1, &e1))
				break;
			if (s1 != last + 1 || e1 != s1 + 1 || !ascii_upper(r->s[s1]))
			{
				r->pending = 1;
				r->pstart = s1;
				r->pend = e1;
				break;
			}
			r->dotted[n++] = r->s[s1];
			last = e1;
		}
		if (n >= 2)
		{
			*w = r->dotted;
			*wlen = n;
			*end = (last < r->len && r->s[last] == '.') ? last + 1 : last;
		}
	}
	r->prev_end = *end;
	return 1;
}

/*
 * Canonical form of a name word into out; returns its length, 0 if the word
 * folds to nothing, -1 if too long.  *bare is set for an Arabic-script or
 * folded word written without the article: it matches only text forms from
 * which no article was removed (Persian هلال احمر is not Arabic الهلال الأحمر).
 */
static int
name_word(const unsigned char *w, size_t len, int flags, unsigned char *out,
		  uint8_t *bare)
{
	unsigned char buf[MAX_TOKEN + PT_FOLD_MAX_OUT];
	int			n;
	size_t		off = 0,
				end;

	if ((flags & PT_NAME_CASE_SENSITIVE) && ascii_alnum(w, len))
	{
		if (len > PT_MATCHER_MAX_WORD)
			return -1;
		out[0] = CASE_MARK;
		memcpy(out + 1, w, len);
		*bare = 0;
		return (int) len + 1;
	}
	n = fold_word(w, len, buf, PT_MATCHER_MAX_WORD);
	if (n <= 0)
		return n;
	if (starts2(buf, n, PT_CP_ALEF) && starts2(buf + 2, n - 2, PT_CP_LAM) &&
		nchars(buf + 4, n - 4) >= 2)
		off = 4;
	*bare = (off == 0);
	end = strip_ezafe(buf + off, n - off) + off;
	memcpy(out, buf + off, end - off);
	return (int) (end - off);
}

/*
 * The text forms of a folded word of chars code points: offsets where the
 * word may start after attached prefixes, and in art whether an article was
 * among them.  Returns how many were stored in offs.  (Every prefix letter
 * is one two-byte code point, so o bytes of prefixes are o / 2 of them.)
 */
static int
prefix_offsets(const unsigned char *f, size_t len, size_t chars, size_t *offs,
			   uint8_t *art)
{
	static const uint32_t conj[] = {0, PT_CP_WAW, PT_CP_FEH};
	static const uint32_t prep[] = {0, PT_CP_BEH, PT_CP_KAF, PT_CP_LAM};
	int			n = 0,
				c,
				p,
				k;

#define ADD_OFF(o, a) \
	do { \
		size_t _o = (o); \
		for (k = 0; k < n && offs[k] != _o; k++) \
			; \
		if (k == n) \
		{ \
			art[n] = (a); \
			offs[n++] = _o; \
		} \
	} while (0)
#define REMAINS(o) (chars >= (o) / 2 + 2)

	for (c = 0; c < 3; c++)
	{
		size_t		o1 = 0;

		if (conj[c])
		{
			if (!starts2(f, len, conj[c]) || !REMAINS(2))
				continue;
			o1 = 2;
		}
		for (p = 0; p < 4; p++)
		{
			size_t		o2 = o1;

			if (prep[p])
			{
				if (!starts2(f + o1, len - o1, prep[p]) || !REMAINS(o1 + 2))
					continue;
				o2 = o1 + 2;
			}
			ADD_OFF(o2, 0);
			if (starts2(f + o2, len - o2, PT_CP_ALEF) &&
				starts2(f + o2 + 2, len - o2 - 2, PT_CP_LAM) && REMAINS(o2 + 4))
				ADD_OFF(o2 + 4, 1);
			/* ل + ال is written لل */
			if (p == 3 && starts2(f + o1 + 2, len - o1 - 2, PT_CP_LAM) &&
				REMAINS(o1 + 4))
				ADD_OFF(o1 + 4, 1);
		}
	}
#undef ADD_OFF
#undef REMAINS
	return n;
}

/* most bytes of one text word: the marked word, then the folded word */
#define WORD_BYTES	(PT_MATCHER_MAX_WORD + 2 + MAX_TOKEN + PT_FOLD_MAX_OUT)

/*
 * The forms of one text word, as byte strings in the caller's buffer buf
 * (WORD_BYTES): the marked word at its start if the word has that form,
 * then the folded word.
 */
typedef struct word_forms
{
	unsigned char *buf;			/* set by the caller */
	unsigned char *fold;
	unsigned char *marked;
	const unsigned char *s[MAX_FORMS];
	size_t		len[MAX_FORMS];
	uint8_t		st[MAX_FORMS];	/* an article was removed */
	int			n;
	/* the word split before an inner ال: forms of both parts */
	int			nsplits;
	const unsigned char *ls[PT_MATCHER_MAX_SPLITS][SPLIT_FORMS];
	size_t		llen[PT_MATCHER_MAX_SPLITS][SPLIT_FORMS];
	uint8_t		lst[PT_MATCHER_MAX_SPLITS][SPLIT_FORMS];
	int			nl[PT_MATCHER_MAX_SPLITS];
	const unsigned char *rs[PT_MATCHER_MAX_SPLITS][SPLIT_FORMS];
	size_t		rlen[PT_MATCHER_MAX_SPLITS][SPLIT_FORMS];
	uint8_t		rst[PT_MATCHER_MAX_SPLITS][SPLIT_FORMS];
	int			nr[PT_MATCHER_MAX_SPLITS];
	int			flen;			/* bytes of fold used */
	int			carrier;		/* ends with ه/ا/و */
	int			ezafe;			/* is ي or اي */
	int			empty;			/* folds to nothing */
} word_forms;

/*
 * Store in ss/sl the forms of the folded part f[0..len) of chars code
 * points: without prefixes (unless bare), each with and without the ezafe.
 * Returns the count.
 */
static int
part_forms(const unsigned char *f, size_t len, size_t chars, int bare,
		   const unsigned char **ss, size_t *sl, uint8_t *st, int max)
{
	size_t		offs[24];
	uint8_t		art[24];
	int			noff,
				i,
				n = 0;

	if (bare)
	{
		offs[0] = 0;
		art[0] = 0;
		noff = 1;
		if (starts2(f, len, PT_CP_ALEF) && starts2(f + 2, len - 2, PT_CP_LAM) &&
			chars >= 4)
		{
			offs[noff] = 4;
			art[noff++] = 1;
		}
	}
	else
		noff = prefix_offsets(f, len, chars, offs, art);
	for (i = 0; i < noff && n + 2 <= max; i++)
	{
		size_t		l = len - offs[i],
					e = l;

		/* strip_ezafe, with the code points known */
		if (l >= 4 && starts2(f + len - 2, 2, PT_CP_YEH) &&
			ends_ezafe_carrier(f + offs[i], l - 2) && chars >= offs[i] / 2 + 3)
			e = l - 2;

		ss[n] = f + offs[i];
		st[n] = art[i];
		sl[n++] = l;
		if (e != l)
		{
			ss[n] = f + offs[i];
			st[n] = art[i];
			sl[n++] = e;
		}
	}
	return n;
}

/* Compute the text forms of the raw word w. */
static void
text_forms(const unsigned char *w, size_t len, word_forms *wf)
{
	size_t		i,
				chars;
	int			fl;

	wf->n = 0;
	wf->nsplits = 0;
	wf->flen = 0;
	wf->carrier = wf->ezafe = wf->empty = 0;
	wf->marked = wf->fold = wf->buf;
	if (ascii_alnum(w, len) && len <= PT_MATCHER_MAX_WORD)
	{
		wf->fold = wf->buf + len + 1;
		wf->marked[0] = CASE_MARK;
		memcpy(wf->marked + 1, w, len);
		wf->s[wf->n] = wf->marked;
		wf->st[wf->n] = 0;
		wf->len[wf->n++] = len + 1;
	}
	fl = fold_word(w, len, wf->fold, MAX_TOKEN);
	if (fl <= 0)
	{
		wf->empty = (fl == 0);
		return;
	}
	wf->carrier = ends_ezafe_carrier(wf->fold, fl);
	wf->ezafe = ((fl == 2 && starts2(wf->fold, 2, PT_CP_YEH)) ||
				 (fl == 4 && starts2(wf->fold, 2, PT_CP_ALEF) &&
				  starts2(wf->fold + 2, 2, PT_CP_YEH)));
	wf->flen = fl;
	chars = nchars(wf->fold, fl);
	wf->n += part_forms(wf->fold, fl, chars, 0, wf->s + wf->n, wf->len + wf->n,
						wf->st + wf->n, MAX_FORMS - wf->n);

	/* glued words: split before an inner ال, two letters on each side */
	for (i = 4; i + 8 <= (size_t) fl && wf->nsplits < PT_MATCHER_MAX_SPLITS; i += 2)
	{
		int			k = wf->nsplits;
		size_t		lchars;

		if (!starts2(wf->fold + i, fl - i, PT_CP_ALEF) ||
			!starts2(wf->fold + i + 2, fl - i - 2, PT_CP_LAM) ||
			(wf->fold[i] & 0xC0) == 0x80 ||
			(lchars = nchars(wf->fold, i)) < 2 || chars < lchars + 4)
			continue;
		wf->nl[k] = part_forms(wf->fold, i, lchars, 0, wf->ls[k], wf->llen[k],
							   wf->lst[k], SPLIT_FORMS);
		wf->nr[k] = part_forms(wf->fold + i, fl - i, chars - lchars, 1, wf->rs[k],
							   wf->rlen[k], wf->rst[k], SPLIT_FORMS);
		wf->nsplits++;
	}
}

/* ---- prepared words (no matcher needed) ------------------------------ */

/* most forms of one word: its own, then both parts of every split */
#define WORD_FORMS	(MAX_FORMS + 2 * PT_MATCHER_MAX_SPLITS * SPLIT_FORMS)

/* one text form of a word, ready for a lookup in any matcher */
typedef struct prep_form
{
	uint32_t	hash;			/* pt_word_key of the form */
	uint16_t	off;			/* offset in the word's bytes */
	uint16_t	len;
	uint8_t		st;				/* an article was removed */
} prep_form;

/*
 * A word as every matcher sees it: its range, its forms (nforms of its
 * own, then per split nl[k] forms of the left part and nr[k] of the right
 * one), and the facts the search asks about it.
 */
typedef struct prep_word
{
	size_t		start,
				end;
	size_t		bytes;			/* offset of its bytes in the pool */
	size_t		forms;			/* index of its first form */
	uint8_t		nforms;
	uint8_t		nsplits;
	uint8_t		nl[PT_MATCHER_MAX_SPLITS],
				nr[PT_MATCHER_MAX_SPLITS];
	uint8_t		carrier;		/* ends with ه/ا/و */
	uint8_t		ezafe;			/* is ي or اي */
	uint8_t		plain;			/* only spaces, joiners, apostrophes before */
	uint8_t		the;			/* the word "the": skipped inside a name */
} prep_word;

struct pt_prepared
{
	pt_allocator a;
	const unsigned char *text;
	size_t		len;
	prep_word  *words;
	size_t		nwords,
				wcap;
	prep_form  *forms;
	size_t		nforms,
				fcap;
	unsigned char *pool;
	size_t		poollen,
				poolcap;
};

/* store form s of word_forms wf (in its buffer) as pf */
static inline void
prep_form_set(prep_form *pf, const word_forms *wf, const unsigned char *s,
			  size_t len, uint8_t st)
{
	pf->off = (uint16_t) (s - wf->buf);
	pf->len = (uint16_t) len;
	pf->st = st;
	pf->hash = word_key(s, len);
}

/*
 * The next word of the reader that does not fold to nothing, into pw, its
 * forms into pf (WORD_FORMS at most) and its bytes into pb (WORD_BYTES at
 * most; *nbytes are used).  pw->forms and pw->bytes are left to the caller.
 * Returns 0 at the end of the text.
 */
static int
prep_read(word_reader *rd, word_forms *wf, prep_word *pw, prep_form *pf,
		  unsigned char *pb, size_t *nbytes)
{
	size_t		start,
				end,
				wl;
	const unsigned char *w;
	int			i,
				k,
				n,
				plain;

	wf->buf = pb;
	for (;;)
	{
		if (!read_word(rd, &start, &end, &w, &wl, &plain))
			return 0;
		text_forms(w, wl, wf);
		if (!wf->empty)
			break;
	}
	if (w == rd->dotted)
	{
		/* "U.N." is the capitals UN as written, nothing else */
		wf->n = 1;
		wf->nsplits = 0;
		wf->carrier = wf->ezafe = 0;
	}
	pw->start = start;
	pw->end = end;
	pw->carrier = (uint8_t) wf->carrier;
	pw->ezafe = (uint8_t) wf->ezafe;
	pw->plain = (uint8_t) plain;
	/* "the" folded, as names drop it */
	pw->the = 0;
	for (i = 0; i < wf->n; i++)
		if (wf->len[i] == 3 && memcmp(wf->s[i], "the", 3) == 0)
			pw->the = 1;

	*nbytes = (size_t) (wf->fold - wf->buf) + wf->flen;

	pw->nforms = (uint8_t) wf->n;
	n = 0;
	for (i = 0; i < wf->n; i++)
		prep_form_set(&pf[n++], wf, wf->s[i], wf->len[i], wf->st[i]);
	pw->nsplits = (uint8_t) wf->nsplits;
	for (k = 0; k < wf->nsplits; k++)
	{
		pw->nl[k] = (uint8_t) wf->nl[k];
		for (i = 0; i < wf->nl[k]; i++)
			prep_form_set(&pf[n++], wf, wf->ls[k][i], wf->llen[k][i], wf->lst[k][i]);
		pw->nr[k] = (uint8_t) wf->nr[k];
		for (i = 0; i < wf->nr[k]; i++)
			prep_form_set(&pf[n++], wf, wf->rs[k][i], wf->rlen[k][i], wf->rst[k][i]);
	}
	return 1;
}

/* grow *arr of *cap elements of size sz to hold need; 0 or -1 */
static int
prep_grow(pt_prepared *d, void **arr, size_t *cap, size_t need, size_t sz)
{
	size_t		newcap = *cap ? *cap : 64;
	void	   *q;

	if (need <= *cap)
		return 0;
	while (newcap < need)
		newcap *= 2;
	q = d->a.alloc(d->a.ctx, newcap * sz);
	if (!q)
		return -1;
	if (*cap)
		memcpy(q, *arr, *cap * sz);
	if (*arr)
		d->a.free(d->a.ctx, *arr);
	*arr = q;
	*cap = newcap;
	return 0;
}

/* Prepare the words of a text for any number of searches. */
pt_prepared *
pt_prepare(const pt_allocator *a, const unsigned char *text, size_t len)
{
	pt_prepared *d = a->alloc(a->ctx, sizeof(pt_prepared));
	word_reader rd;
	word_forms	wf;
	unsigned int ticks = 0;

	if (!d)
		return NULL;
	memset(d, 0, sizeof(pt_prepared));
	d->a = *a;
	d->text = text;
	d->len = len;

	/*
	 * Room for a usual text at once (a word of Arabic text is about 11
	 * bytes, 5 forms and 10 bytes of forms); more is added by doubling.
	 */
	if (prep_grow(d, (void **) &d->words, &d->wcap, len / 8 + 1, sizeof(prep_word)) ||
		prep_grow(d, (void **) &d->forms, &d->fcap, len / 2 + WORD_FORMS, sizeof(prep_form)) ||
		prep_grow(d, (void **) &d->pool, &d->poolcap, len + WORD_BYTES, 1))
	{
		pt_prepared_free(d);
		return NULL;
	}
	reader_init(&rd, text, len);
	for (;;)
	{
		prep_word  *pw;
		size_t		nb,
					k;

		if ((d->nwords + 1 > d->wcap &&
			 prep_grow(d, (void **) &d->words, &d->wcap, d->nwords + 1, sizeof(prep_word))) ||
			(d->nforms + WORD_FORMS > d->fcap &&
			 prep_grow(d, (void **) &d->forms, &d->fcap, d->nforms + WORD_FORMS, sizeof(prep_form))) ||
			(d->poollen + WORD_BYTES > d->poolcap &&
			 prep_grow(d, (void **) &d->pool, &d->poolcap, d->poollen + WORD_BYTES, 1)))
		{
			pt_prepared_free(d);
			return NULL;
		}
		pw = &d->words[d->nwords];
		if (!prep_read(&rd, &wf, pw, d->forms + d->nforms, d->pool + d->poollen, &nb))
			break;
		PT_CHECK_INTERRUPTS(ticks);
		pw->forms = d->nforms;
		pw->bytes = d->poollen;
		d->nforms += pw->nforms;
		for (k = 0; k < pw->nsplits; k++)
			d->nforms += pw->nl[k] + pw->nr[k];
		d->poollen += nb;
		d->nwords++;
	}
	return d;
}

void
pt_prepared_free(pt_prepared *d)
{
	if (!d)
		return;
	if (d->words)
		d->a.free(d->a.ctx, d->words);
	if (d->forms)
		d->a.free(d->a.ctx, d->forms);
	if (d->pool)
		d->a.free(d->a.ctx, d->pool);
	d->a.free(d->a.ctx, d);
}

/* The text a prepared document was made from. */
const unsigned char *
pt_prepared_text(const pt_prepared *d, size_t *len)
{
	*len = d->len;
	return d->text;
}

/* Bytes a prepared document holds. */
size_t
pt_prepared_bytes(const pt_prepared *d)
{
	return sizeof(pt_prepared) + d->wcap * sizeof(prep_word) +
		d->fcap * sizeof(prep_form) + d->poolcap;
}

/* ---- name variants --------------------------------------------------- */

/* Is the separator s[0..len) one ZWNJ or hyphen (words written as one)? */
static int
joiner_between(const unsigned char *s, size_t len)
{
	if (len == 1 && s[0] == '-')
		return 1;
	/* U+200C ZWNJ, U+2010 and U+2011 hyphens */
	return len == 3 && s[0] == 0xE2 && s[1] == 0x80 &&
		(s[2] == 0x8C || s[2] == 0x90 || s[2] == 0x91);
}

/* a variant with, per word, whether it was written without the article */
typedef int (*variant_cb) (void *arg, int nwords,
						   const unsigned char *const *words,
						   const size_t *lens, const uint8_t *bare, int kind);

/* ---- tolerated forms of a name ---------------------------------------- */

/*
 * Besides the name itself and its glued pairs, a name gets variants for the
 * forms news writes without listing each (all "weak": a variant never
 * overrides a name of another code):
 *   - the UN inside a name in its other forms: Persian سازمان ملل متحد /
 *     سازمان ملل / ملل متحد, English "United Nations" / "UN", when the
 *     name has other words (برنامه توسعه ملل متحد is also written برنامه
 *     توسعه سازمان ملل متحد);
 *   - an Arabic generic head (منظمة, صندوق, برنامج, مكتب, هيئة, وكالة,
 *     مفوضية, لجنة, مركز) dropped before الأمم المتحدة when more words
 *     follow (الأمم المتحدة للطفولة);
 *   - the two Arabic word orders of a head with a nisba adjective:
 *     المنظمة الدولية للهجرة / منظمة الهجرة الدولية, البنك الإسلامي
 *     للتنمية / بنك التنمية الإسلامي (either one registered gives the other);
 *   - the Persian جهانی / بین‌المللی after the head or at the end, before
 *     a closing UN phrase (سازمان بهداشت جهانی / سازمان جهانی بهداشت);
 *   - words written in capitals (US, UN) also matched as written, for a
 *     text that dots them (U.S. Agency for International Development).
 * Words "the" and a possessive "s" are dropped from names (and skipped in
 * text inside a name).  Index-only variants spell the capitals of a name
 * letter by letter, since pt_doc_keys sees "U.N." as the words U and N.
 */

/* kinds of variant (the "glued" argument of the callbacks) */
#define VAR_NAME	0			/* the name as registered */
#define VAR_WEAK	1			/* a glued pair or a tolerated form */
#define VAR_INDEX	2			/* index keys only, not matched as such */

/* variants of a name kept at once, and capitals spelled out per variant */
#define MAX_VARIANTS	24
#define MAX_UPPER		3

/* a word of a variant: canonical bytes, article flag, raw capitals */
typedef struct vword
{
	const unsigned char *w;
	size_t		len;
	const unsigned char *raw;	/* the word as written if in capitals */
	uint8_t		rawlen;			/* 0 = not a word of capitals */
	uint8_t		bare;
	uint8_t		dotted;			/* written dotted in the name ("U.N.") */
} vword;

typedef struct vset
{
	vword		v[MAX_VARIANTS][PT_MATCHER_MAX_NAME_TOKENS];
	int			n[MAX_VARIANTS];
	int			count;
	unsigned char scratch[4096];	/* words made by the rules */
	size_t		used;
} vset;

/* a phrase of canonical words (built-in word lists) */
typedef struct phrase
{
	int			n;
	unsigned char b[3][40];
	size_t		len[3];
	uint8_t		bare[3];
} phrase;

#define N_AR_HEADS	9
#define N_FA_MODS	2

/* the built-in words, in canonical form (filled once) */
static struct
{
	int			ready;
	phrase		fa_un[3];		/* سازمان ملل متحد, سازمان ملل, ملل متحد */
	phrase		en_un[2];		/* united nations, un */
	phrase		ar_un;			/* الأمم المتحدة */
	phrase		ar_head[N_AR_HEADS];
	phrase		fa_mod[N_FA_MODS];	/* جهانی, بین‌المللی */
	phrase		en_the;
} tol;

static int	name_word(const unsigned char *w, size_t len, int flags,
					  unsigned char *out, uint8_t *bare);
static int	read_word(word_reader *r, size_t *start, size_t *end,
					  const unsigned char **w, size_t *wlen, int *plain);

/* Cut a built-in phrase into canonical words. */
static void
phrase_init(phrase *p, const char *raw)
{
	word_reader r;
	size_t		start,
				end,
				wl;
	const unsigned char *w;
	int			plain,
				n;

	p->n = 0;
	reader_init(&r, (const unsigned char *) raw, strlen(raw));
	while (p->n < 3 && read_word(&r, &start, &end, &w, &wl, &plain))
	{
		unsigned char buf[MAX_TOKEN + PT_FOLD_MAX_OUT];

		n = name_word(w, wl, 0, buf, &p->bare[p->n]);
		if (n <= 0 || n > 40)
			continue;
		memcpy(p->b[p->n], buf, n);
		p->len[p->n++] = (size_t) n;
	}
}

static void
tol_init(void)
{
	static const char *const heads[N_AR_HEADS] = {
		"منظمة", "صندوق", "برنامج", "مكتب", "هيئة", "وكالة", "مفوضية", "لجنة", "مركز"
	};
	static const char *const mods[N_FA_MODS] = {"جهانی", "بین‌المللی"};
	int			i;

	if (tol.ready)
		return;
	phrase_init(&tol.fa_un[0], "سازمان ملل متحد");
	phrase_init(&tol.fa_un[1], "سازمان ملل");
	phrase_init(&tol.fa_un[2], "ملل متحد");
	phrase_init(&tol.en_un[0], "united nations");
	phrase_init(&tol.en_un[1], "un");
	phrase_init(&tol.ar_un, "الأمم المتحدة");
	for (i = 0; i < N_AR_HEADS; i++)
		phrase_init(&tol.ar_head[i], heads[i]);
	for (i = 0; i < N_FA_MODS; i++)
		phrase_init(&tol.fa_mod[i], mods[i]);
	phrase_init(&tol.en_the, "the");
	tol.ready = 1;
}

static inline int
word_is(const vword *w, const unsigned char *b, size_t len)
{
	return w->len == len && memcmp(w->w, b, len) == 0;
}

/* does phrase p occur in words v[at..n)? */
static int
phrase_at(const vword *v, int n, int at, const phrase *p)
{
	int			i;

	if (p->n == 0 || at + p->n > n)
		return 0;
	for (i = 0; i < p->n; i++)
		if (!word_is(&v[at + i], p->b[i], p->len[i]))
			return 0;
	return 1;
}

/* Add a variant unless it is there already or the set is full. */
static void
vset_add(vset *vs, const vword *v, int n)
{
	int			k,
				i;

	if (n <= 0 || n > PT_MATCHER_MAX_NAME_TOKENS || vs->count == MAX_VARIANTS)
		return;
	for (k = 0; k < vs->count; k++)
	{
		if (vs->n[k] != n)
			continue;
		for (i = 0; i < n; i++)
			if (vs->v[k][i].bare != v[i].bare ||
				!word_is(&vs->v[k][i], v[i].w, v[i].len))
				break;
		if (i == n)
			return;
	}
	memcpy(vs->v[vs->count], v, n * sizeof(vword));
	vs->n[vs->count++] = n;
}

/* Copy a + b into the scratch space; NULL when it is full. */
static const unsigned char *
vset_word(vset *vs, const unsigned char *a, size_t alen,
		  const unsigned char *b, size_t blen)
{
	unsigned char *p;

	if (vs->used + alen + blen > sizeof(vs->scratch))
		return NULL;
	p = vs->scratch + vs->used;
	memcpy(p, a, alen);
	memcpy(p + alen, b, blen);
	vs->used += alen + blen;
	return p;
}

/* a phrase as variant words */
static int
phrase_words(const phrase *p, vword *out)
{
	int			i;

	for (i = 0; i < p->n; i++)
	{
		out[i].w = p->b[i];
		out[i].len = p->len[i];
		out[i].bare = p->bare[i];
		out[i].raw = NULL;
		out[i].rawlen = 0;
		out[i].dotted = 0;
		if (p->len[i] == 2 && p->b[i][0] == 'u' && p->b[i][1] == 'n')
		{
			out[i].raw = (const unsigned char *) "UN";
			out[i].rawlen = 2;
		}
	}
	return p->n;
}

/* The UN inside a name in its other forms (one of the phrases ph). */
static void
rule_un_forms(vset *vs, int k, const phrase *ph, int nph)
{
	vword		out[PT_MATCHER_MAX_NAME_TOKENS + 3];
	const vword *v = vs->v[k];
	int			n = vs->n[k],
				at,
				a,
				b,
				m;

	for (at = 0; at < n; at++)
		for (a = 0; a < nph; a++)
		{
			if (!phrase_at(v, n, at, &ph[a]))
				continue;
			if (n == ph[a].n)
				return;			/* the UN itself */
			for (b = 0; b < nph; b++)
			{
				if (b == a)
					continue;
				memcpy(out, v, at * sizeof(vword));
				m = at + phrase_words(&ph[b], out + at);
				memcpy(out + m, v + at + ph[a].n, (n - at - ph[a].n) * sizeof(vword));
				vset_add(vs, out, m + n - at - ph[a].n);
			}
			return;
		}
}

/* An Arabic generic head dropped before الأمم المتحدة and more words. */
static void
rule_ar_head(vset *vs, int k)
{
	const vword *v = vs->v[k];
	int			n = vs->n[k],
				h;

	if (n < tol.ar_un.n + 2 || !phrase_at(v, n, 1, &tol.ar_un))
		return;
	for (h = 0; h < N_AR_HEADS; h++)
		if (phrase_at(v, n, 0, &tol.ar_head[h]))
		{
			vset_add(vs, v + 1, n - 1);
			return;
		}
}

static inline int
is_arabic(const vword *w)
{
	return w->len >= 2 && w->w[0] >= 0xD8 && w->w[0] <= 0xDB;
}

/* a nisba adjective written with the article: ends with ي or يه */
static int
is_nisba(const vword *w)
{
	const unsigned char *s = w->w;
	size_t		l = w->len;

	if (w->bare || !is_arabic(w) || l < 6)
		return 0;
	if (starts2(s + l - 2, 2, PT_CP_YEH))
		return 1;
	return l >= 8 && starts2(s + l - 4, 2, PT_CP_YEH) && starts2(s + l - 2, 2, PT_CP_HEH);
}

/*
 * The other Arabic word order: "ال-head nisba لـnoun rest" and
 * "head ال-noun rest ال-nisba" give each other.
 */
static void
rule_ar_order(vset *vs, int k)
{
	vword		out[PT_MATCHER_MAX_NAME_TOKENS];
	vword		v[PT_MATCHER_MAX_NAME_TOKENS];
	int			n = vs->n[k],
				i;

	memcpy(v, vs->v[k], n * sizeof(vword));
	if (n < 3 || !is_arabic(&v[0]))
		return;

	/* A to B: المنظمة الدولية للهجرة -> منظمة الهجرة الدولية */
	if (is_nisba(&v[1]) && v[2].bare && v[2].len >= 8 && starts2(v[2].w, v[2].len, PT_CP_LAM))
	{
		int			lam2 = starts2(v[2].w + 2, v[2].len - 2, PT_CP_LAM);
		int			c;

		for (c = 0; c < 2; c++)
		{
			size_t		skip;

			if (c == 0)
				skip = lam2 ? 4 : 2;	/* لل = ل + ال; ل + a bare noun */
			else if (lam2 && starts2(v[2].w + 4, v[2].len - 4, PT_CP_ALEF))
				skip = 2;		/* للاجئين = ل + اللاجئين */
			else
				break;
			out[0] = v[0];
			out[0].bare = 0;
			out[1] = v[2];
			out[1].w = v[2].w + skip;
			out[1].len = v[2].len - skip;
			out[1].bare = lam2 ? 0 : 1;
			for (i = 3; i < n; i++)
				out[i - 1] = v[i];
			out[n - 1] = v[1];
			vset_add(vs, out, n);
		}
		return;
	}

	/* B to A: منظمة العمل الدولية -> المنظمة الدولية للعمل */
	if (v[0].bare && is_nisba(&v[n - 1]) && !is_nisba(&v[1]) && is_arabic(&v[1]))
	{
		const unsigned char *lw;
		unsigned char pre[4];
		size_t		plen = 2;

		/* ل, or لل (ل + ال) before a word written with the article */
		put2(pre, PT_CP_LAM);
		if (!v[1].bare && !starts2(v[1].w, v[1].len, PT_CP_LAM))
		{
			put2(pre + 2, PT_CP_LAM);
			plen = 4;
		}
		lw = vset_word(vs, pre, plen, v[1].w, v[1].len);
		if (lw == NULL)
			return;
		out[0] = v[0];
		out[0].bare = 0;
		out[1] = v[n - 1];
		out[2] = v[1];
		out[2].w = lw;
		out[2].len = plen + v[1].len;
		out[2].bare = 1;
		for (i = 2; i < n - 1; i++)
			out[i + 1] = v[i];
		vset_add(vs, out, n);
	}
}

/* length of a Persian UN phrase closing words v[0..n), or 0 */
static int
un_tail(const vword *v, int n)
{
	int			a;

	for (a = 0; a < 3; a++)
		if (n > tol.fa_un[a].n && phrase_at(v, n, n - tol.fa_un[a].n, &tol.fa_un[a]))
			return tol.fa_un[a].n;
	return 0;
}

/* The Persian جهانی / بین‌المللی after the head, or last. */
static void
rule_fa_order(vset *vs, int k)
{
	vword		out[PT_MATCHER_MAX_NAME_TOKENS];
	vword		v[PT_MATCHER_MAX_NAME_TOKENS];
	int			n = vs->n[k],
				tail,
				end,
				a,
				lm,
				m;

	memcpy(v, vs->v[k], n * sizeof(vword));
	if (n < 3 || !is_arabic(&v[0]))
		return;
	tail = un_tail(v, n);
	end = n - tail;				/* words before a closing UN phrase */
	for (a = 0; a < N_FA_MODS; a++)
	{
		const phrase *p = &tol.fa_mod[a];

		lm = p->n;
		if (lm == 0)
			continue;
		/* after the head: move it to the end */
		if (phrase_at(v, end, 1, p) && end - 1 - lm >= 1)
		{
			out[0] = v[0];
			m = 1;
			memcpy(out + m, v + 1 + lm, (end - 1 - lm) * sizeof(vword));
			m += end - 1 - lm;
			memcpy(out + m, v + 1, lm * sizeof(vword));
			m += lm;
			memcpy(out + m, v + end, tail * sizeof(vword));
			vset_add(vs, out, m + tail);
			return;
		}
		/* at the end: move it after the head */
		if (end - lm >= 2 && phrase_at(v, end, end - lm, p))
		{
			out[0] = v[0];
			memcpy(out + 1, v + end - lm, lm * sizeof(vword));
			m = 1 + lm;
			memcpy(out + m, v + 1, (end - lm - 1) * sizeof(vword));
			m += end - lm - 1;
			memcpy(out + m, v + end, tail * sizeof(vword));
			vset_add(vs, out, m + tail);
			return;
		}
	}
}

/* Call cb for variant words v[0..n) of kind. */
static int
emit(variant_cb cb, void *arg, const vword *v, int n, int kind)
{
	const unsigned char *words[PT_MATCHER_MAX_NAME_TOKENS * MAX_DOTTED];
	size_t		lens[PT_MATCHER_MAX_NAME_TOKENS * MAX_DOTTED];
	uint8_t		bare[PT_MATCHER_MAX_NAME_TOKENS * MAX_DOTTED];
	int			i;

	for (i = 0; i < n; i++)
	{
		words[i] = v[i].w;
		lens[i] = v[i].len;
		bare[i] = v[i].bare;
	}
	return cb(arg, n, words, lens, bare, kind);
}

/* the capitals spelled out: CASE_MARK and one letter */
static const unsigned char *
marked_letter(unsigned char c)
{
	static unsigned char tab[26][2];
	int			i = c - 'A';

	tab[i][0] = CASE_MARK;
	tab[i][1] = c;
	return tab[i];
}

/*
 * For variant v: the variant with its words of capitals marked (matched as
 * written, so that a dotted "U.S." matches "US"), and for the index every
 * choice of those words spelled letter by letter.
 */
static int
emit_capitals(vset *vs, const vword *v, int n, variant_cb cb, void *arg)
{
	vword		mk[PT_MATCHER_MAX_NAME_TOKENS];
	vword		sp[PT_MATCHER_MAX_NAME_TOKENS * MAX_DOTTED];
	int			up[MAX_UPPER];
	uint8_t		isup[PT_MATCHER_MAX_NAME_TOKENS];
	int			nup = 0,
				changed = 0,
				pass,
				i,
				rc;
	unsigned int choice;

	/* the words written dotted first (there are at most MAX_UPPER) */
	memset(isup, 0, sizeof(isup));
	for (pass = 0; pass < 2; pass++)
		for (i = 0; i < n; i++)
			if (v[i].rawlen && v[i].dotted == (pass == 0) && nup < MAX_UPPER)
			{
				up[nup++] = i;
				isup[i] = 1;
			}
	/* the words in index order */
	for (i = nup = 0; i < n; i++)
		if (isup[i])
			up[nup++] = i;
	for (i = 0; i < n; i++)
	{
		mk[i] = v[i];
		if (!isup[i])
			continue;
		if (v[i].w[0] != CASE_MARK)
		{
			const unsigned char *w = vset_word(vs, (const unsigned char *) "\x01", 1,
											   v[i].raw, v[i].rawlen);

			if (w == NULL)
				return 0;
			mk[i].w = w;
			mk[i].len = (size_t) v[i].rawlen + 1;
			mk[i].bare = 0;
			changed = 1;
		}
	}
	if (nup == 0)
		return 0;
	if (changed && (rc = emit(cb, arg, mk, n, VAR_WEAK)) != 0)
		return rc;
	for (choice = 1; choice < (1u << nup); choice++)
	{
		int			m = 0,
					u = 0;

		for (i = 0; i < n; i++)
		{
			if (u < nup && up[u] == i && (choice & (1u << u)))
			{
				int			c;

				for (c = 0; c < mk[i].rawlen; c++)
				{
					sp[m] = mk[i];
					sp[m].w = marked_letter(v[i].raw[c]);
					sp[m++].len = 2;
				}
			}
			else
				sp[m++] = mk[i];
			if (u < nup && up[u] == i)
				u++;
		}
		if ((rc = emit(cb, arg, sp, m, VAR_INDEX)) != 0)
			return rc;
	}
	return 0;
}

/* is the raw word 2 to MAX_DOTTED ASCII capitals? */
static int
all_capitals(const unsigned char *w, size_t len)
{
	size_t		i;

	if (len < 2 || len > MAX_DOTTED)
		return 0;
	for (i = 0; i < len; i++)
		if (!ascii_upper(w[i]))
			return 0;
	return 1;
}

/*
 * Cut a name into canonical words and call cb for the name, for each
 * variant with one pair glued that the name joins by ZWNJ or a hyphen, and
 * for the tolerated forms above.  Returns PT_MATCHER_OK, PT_MATCHER_EMPTY,
 * PT_MATCHER_TOO_LONG, or the first non-zero result of cb.
 */
static int
name_variants(const unsigned char *name, size_t len, int flags,
			  variant_cb cb, void *arg)
{
	unsigned char canon[PT_MATCHER_MAX_NAME_TOKENS][PT_MATCHER_MAX_WORD + 2];
	unsigned char rawbuf[PT_MATCHER_MAX_NAME_TOKENS][MAX_DOTTED];
	size_t		clen[PT_MATCHER_MAX_NAME_TOKENS];
	size_t		rs[PT_MATCHER_MAX_NAME_TOKENS],
				re[PT_MATCHER_MAX_NAME_TOKENS];
	const unsigned char *rw[PT_MATCHER_MAX_NAME_TOKENS];
	size_t		rwl[PT_MATCHER_MAX_NAME_TOKENS];
	uint8_t		drop[PT_MATCHER_MAX_NAME_TOKENS],
				dot[PT_MATCHER_MAX_NAME_TOKENS];
	unsigned char glued[MAX_TOKEN + PT_FOLD_MAX_OUT];
	uint8_t		cbare[PT_MATCHER_MAX_NAME_TOKENS];
	vword		base[PT_MATCHER_MAX_NAME_TOKENS];
	vset		vs;
	word_reader r;
	size_t		start,
				end,
				wl;
	const unsigned char *w;
	int			k = 0,
				kept = 0,
				ndotted = 0,
				nb = 0,
				i,
				plain,
				rc;

	tol_init();
	reader_init(&r, name, len);
	while (read_word(&r, &start, &end, &w, &wl, &plain))
	{
		int			n;

		if (k == PT_MATCHER_MAX_NAME_TOKENS)
			return PT_MATCHER_TOO_LONG;
		dot[k] = (w == r.dotted);
		if (dot[k])
		{
			/* dotted capitals are an acronym: matched as written */
			if (++ndotted > MAX_UPPER)
				return PT_MATCHER_TOO_LONG;
			canon[k][0] = CASE_MARK;
			memcpy(canon[k] + 1, w, wl);
			n = (int) wl + 1;
			cbare[k] = 0;
			memcpy(rawbuf[k], w, wl);
			w = rawbuf[k];
		}
		else
			n = name_word(w, wl, flags, canon[k], &cbare[k]);
		if (n < 0)
			return PT_MATCHER_TOO_LONG;
		if (n == 0)
			continue;
		clen[k] = (size_t) n;
		rs[k] = start;
		re[k] = end;
		rw[k] = w;
		rwl[k] = wl;
		/* "the" inside a name is skipped (not a word of its own) */
		drop[k] = (k > 0 && n == 3 && memcmp(canon[k], "the", 3) == 0);
		k++;
	}
	if (k == 0)
		return PT_MATCHER_EMPTY;
	drop[k - 1] = 0;			/* not at the end either */
	for (i = 0; i < k; i++)
		kept += !drop[i];
	for (i = 0; i < k; i++)
	{
		if (drop[i] && kept > 0)
			continue;
		base[nb].w = canon[i];
		base[nb].len = clen[i];
		base[nb].bare = cbare[i];
		base[nb].raw = rw[i];
		base[nb].rawlen = all_capitals(rw[i], rwl[i]) ? (uint8_t) rwl[i] : 0;
		base[nb].dotted = dot[i];
		nb++;
	}
	if ((rc = emit(cb, arg, base, nb, VAR_NAME)) != 0)
		return rc;

	/* glued variants: canonical first word + second word as folded */
	for (i = 0; i + 1 < k; i++)
	{
		vword		gv[PT_MATCHER_MAX_NAME_TOKENS];
		int			gl,
					j,
					n = 0;
		const unsigned char *w2 = rw[i + 1];
		size_t		w2len = rwl[i + 1];

		if (drop[i] || drop[i + 1] ||
			!joiner_between(name + re[i], rs[i + 1] - re[i]))
			continue;

		memcpy(glued, canon[i], clen[i]);
		gl = (int) clen[i];
		if (canon[i][0] == CASE_MARK)
		{
			if (canon[i + 1][0] != CASE_MARK)
				continue;
			memcpy(glued + gl, w2, w2len);
			gl += (int) w2len;
		}
		else
		{
			int			f;

			if (canon[i + 1][0] == CASE_MARK)
				continue;
			f = fold_word(w2, w2len, glued + gl, PT_MATCHER_MAX_WORD);
			if (f <= 0)
				continue;
			gl += f;
		}
		for (j = 0; j < k; j++)
		{
			if (drop[j] && kept > 0)
				continue;
			gv[n].w = canon[j];
			gv[n].len = clen[j];
			gv[n].bare = cbare[j];
			gv[n].raw = NULL;
			gv[n].rawlen = 0;
			gv[n].dotted = 0;
			if (j == i)
			{
				gv[n].w = glued;
				gv[n].len = (size_t) gl;
				j++;
			}
			n++;
		}
		if ((rc = emit(cb, arg, gv, n, VAR_WEAK)) != 0)
			return rc;
	}

	/* the tolerated forms */
	vs.count = 0;
	vs.used = 0;
	vset_add(&vs, base, nb);
	if (flags & PT_NAME_CASE_SENSITIVE)
		return emit_capitals(&vs, base, nb, cb, arg);
	rule_un_forms(&vs, 0, tol.fa_un, 3);
	rule_un_forms(&vs, 0, tol.en_un, 2);
	{
		int			nforms = vs.count;

		for (i = 0; i < nforms; i++)
		{
			rule_ar_head(&vs, i);
			rule_ar_order(&vs, i);
			rule_fa_order(&vs, i);
		}
	}
	for (i = 0; i < vs.count; i++)
	{
		if (i > 0 && (rc = emit(cb, arg, vs.v[i], vs.n[i], VAR_WEAK)) != 0)
			return rc;
		if ((rc = emit_capitals(&vs, vs.v[i], vs.n[i], cb, arg)) != 0)
			return rc;
	}
	return PT_MATCHER_OK;
}

/* the public callback, called through name_variants */
typedef struct public_cb
{
	pt_variant_cb cb;
	void	   *arg;
} public_cb;

static int
call_public(void *arg, int nwords, const unsigned char *const *words,
			const size_t *lens, const uint8_t *bare, int glued)
{
	public_cb  *pc = arg;

	(void) bare;
	return pc->cb(pc->arg, nwords, words, lens, glued);
}

/* The canonical words of each variant of a name (see name_variants). */
int
pt_name_variants(const unsigned char *name, size_t len, int flags,
				 pt_variant_cb cb, void *arg)
{
	public_cb	pc;

	pc.cb = cb;
	pc.arg = arg;
	return name_variants(name, len, flags, call_public, &pc);
}

/* ---- building -------------------------------------------------------- */

pt_matcher *
pt_matcher_new(const pt_allocator *a)
{
	pt_matcher *m = a->alloc(a->ctx, sizeof(pt_matcher));
	int			i;

	if (!m)
		return NULL;
	memset(m, 0, sizeof(pt_matcher));
	m->a = *a;
	m->bytes = sizeof(pt_matcher);
	/* the root */
	if (m_grow(m, (void **) &m->node_code, 0, 1024, sizeof(int32_t)) ||
		m_grow(m, (void **) &m->node_weak, 0, 1024, sizeof(uint8_t)))
	{
		pt_matcher_free(m);
		return NULL;
	}
	m->node_cap = 1024;
	m->nnodes = 1;
	m->node_code[0] = -1;
	m->node_weak[0] = 0;
	for (i = 0; i < QW_COUNT; i++)
		m->qid[i] = -1;
	tol_init();
	return m;
}

void
pt_matcher_free(pt_matcher *m)
{
	if (!m)
		return;
	strtab_free(m, &m->tokens);
	strtab_free(m, &m->codes);
	strtab_free(m, &m->codekeys);
	strtab_free(m, &m->names);
	m_free(m, m->codekey_code, m->code_cap * sizeof(int));
	m_free(m, m->code_first, m->code_cap * sizeof(int));
	m_free(m, m->node_code, m->node_cap * sizeof(int32_t));
	m_free(m, m->node_weak, m->node_cap * sizeof(uint8_t));
	m_free(m, m->edges, m->edge_slots * sizeof(edge));
	m_free(m, m->name_code, m->name_cap * sizeof(int));
	m_free(m, m->name_next, m->name_cap * sizeof(int));
	m_free(m, m->name_flags, m->name_cap * sizeof(uint8_t));
	m->a.free(m->a.ctx, m);
}

static inline uint32_t
edge_find(const pt_matcher *m, uint32_t parent, uint32_t tok)
{
	uint32_t	i;

	if (m->edge_slots == 0)
		return 0;
	for (i = mix64(((uint64_t) parent << 32) | tok) & (m->edge_slots - 1);;
		 i = (i + 1) & (m->edge_slots - 1))
	{
		if (m->edges[i].child == 0)
			return 0;
		if (m->edges[i].parent == parent && m->edges[i].tok == tok)
			return m->edges[i].child;
	}
}

/* Double the edge table; 0 on success. */
static int
edge_rehash(pt_matcher *m)
{
	uint32_t	nslots = m->edge_slots ? m->edge_slots * 2 : 1024;
	edge	   *e = m_alloc(m, nslots * sizeof(edge));
	uint32_t	i;

	if (!e)
		return -1;
	memset(e, 0, nslots * sizeof(edge));
	for (i = 0; i < m->edge_slots; i++)
	{
		if (m->edges[i].child)
		{
			uint64_t	key = ((uint64_t) m->edges[i].parent << 32) | m->edges[i].tok;
			uint32_t	j = mix64(key) & (nslots - 1);

			while (e[j].child)
				j = (j + 1) & (nslots - 1);
			e[j] = m->edges[i];
		}
	}
	m_free(m, m->edges, m->edge_slots * sizeof(edge));
	m->edges = e;
	m->edge_slots = nslots;
	return 0;
}

/* Child of parent by tok, created if missing; 0 when out of memory. */
static uint32_t
edge_add(pt_matcher *m, uint32_t parent, uint32_t tok)
{
	uint32_t	child = edge_find(m, parent, tok);
	uint64_t	key = ((uint64_t) parent << 32) | tok;
	uint32_t	i;

	if (child)
		return child;
	if ((m->nedges + 1) * 2 > m->edge_slots && edge_rehash(m) != 0)
		return 0;
	if (m->nnodes == m->node_cap)
	{
		int			newcap = m->node_cap * 2;

		if (m_grow(m, (void **) &m->node_code, m->node_cap, newcap, sizeof(int32_t)) ||
			m_grow(m, (void **) &m->node_weak, m->node_cap, newcap, sizeof(uint8_t)))
			return 0;
		m->node_cap = newcap;
	}
	child = (uint32_t) m->nnodes++;
	m->node_code[child] = -1;
	m->node_weak[child] = 0;
	for (i = mix64(key) & (m->edge_slots - 1); m->edges[i].child;
		 i = (i + 1) & (m->edge_slots - 1))
		;
	m->edges[i].parent = parent;
	m->edges[i].tok = tok;
	m->edges[i].child = child;
	m->nedges++;
	return child;
}

typedef struct add_ctx
{
	pt_matcher *m;
	int			code;
} add_ctx;

/* Insert one variant's path into the trie. */
static int
add_variant(void *arg, int nwords, const unsigned char *const *words,
			const size_t *lens, const uint8_t *bare, int glued)
{
	add_ctx    *ac = arg;
	pt_matcher *m = ac->m;
	uint32_t	node = 0;
	int			i,
				added;

	if (glued == VAR_INDEX)
		return 0;
	for (i = 0; i < nwords; i++)
	{
		int			tok = strtab_intern(m, &m->tokens, words[i], lens[i], &added);

		if (tok < 0 || (node = edge_add(m, node, ((uint32_t) tok << 1) | bare[i])) == 0)
			return PT_MATCHER_NOMEM;
	}
	if (m->node_code[node] < 0 || (m->node_weak[node] && !glued))
	{
		m->node_code[node] = ac->code;
		m->node_weak[node] = glued ? 1 : 0;
	}
	return 0;
}

/* Look up the token ids of the UN's words (after names were added). */
static void
refresh_qids(pt_matcher *m)
{
	static const unsigned char un_mark[3] = {CASE_MARK, 'U', 'N'};
	static const unsigned char agency[6] = {'a', 'g', 'e', 'n', 'c', 'y'};
	const phrase *en = &tol.en_un[0],
			   *fa = &tol.fa_un[0];
	int			i;

	m->qid[QW_UN_MARK] = strtab_find(&m->tokens, un_mark, 3, pt_word_key(un_mark, 3));
	m->qid[QW_AGENCY] = strtab_find(&m->tokens, agency, 6, pt_word_key(agency, 6));
	for (i = 0; i < 2 && i < en->n; i++)
		m->qid[QW_UNITED + i] = strtab_find(&m->tokens, en->b[i], en->len[i],
											pt_word_key(en->b[i], en->len[i]));
	for (i = 0; i < 3 && i < fa->n; i++)
		m->qid[QW_SAZMAN + i] = strtab_find(&m->tokens, fa->b[i], fa->len[i],
											pt_word_key(fa->b[i], fa->len[i]));
}

/* the lookup key of a code: ASCII letters and digits, upper case */
static size_t
code_key(const char *code, size_t len, unsigned char *out, size_t cap)
{
	size_t		i,
				n = 0;

	for (i = 0; i < len && n < cap; i++)
	{
		unsigned char c = (unsigned char) code[i];

		if (c >= 'a' && c <= 'z')
			out[n++] = (unsigned char) (c - 'a' + 'A');
		else if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80)
			out[n++] = c;
	}
	return n;
}

/* Find or add a code; returns its id or -1 when out of memory. */
int
pt_matcher_add_code(pt_matcher *m, const char *code, size_t len)
{
	unsigned char key[256];
	size_t		klen;
	int			added,
				id,
				kid;

	id = strtab_intern(m, &m->codes, (const unsigned char *) code, len, &added);
	if (id < 0 || !added)
		return id;
	if (m->codes.n > m->code_cap)
	{
		int			newcap = m->code_cap ? m->code_cap * 2 : 64;

		if (m_grow(m, (void **) &m->code_first, m->code_cap, newcap, sizeof(int)) ||
			m_grow(m, (void **) &m->codekey_code, m->code_cap, newcap, sizeof(int)))
			return -1;
		m->code_cap = newcap;
	}
	m->code_first[id] = -1;
	klen = code_key(code, len, key, sizeof(key));
	kid = strtab_intern(m, &m->codekeys, key, klen, &added);
	if (kid < 0)
		return -1;
	if (added)
		m->codekey_code[kid] = id;
	return id;
}

/*
 * Add a name of an organization.  Returns PT_MATCHER_OK, PT_MATCHER_NOMEM,
 * PT_MATCHER_EMPTY or PT_MATCHER_TOO_LONG (the last two add nothing).
 */
int
pt_matcher_add(pt_matcher *m, const char *code, size_t codelen,
			   const unsigned char *name, size_t namelen, int flags)
{
	add_ctx		ac;
	int			rc,
				nid;

	ac.m = m;
	ac.code = pt_matcher_add_code(m, code, codelen);
	if (ac.code < 0)
		return PT_MATCHER_NOMEM;
	rc = name_variants(name, namelen, flags, add_variant, &ac);
	if (rc != PT_MATCHER_OK)
		return rc;
	refresh_qids(m);

	/* keep the name for index query keys */
	if (m->nnames == m->name_cap)
	{
		int			newcap = m->name_cap ? m->name_cap * 2 : 256;

		if (m_grow(m, (void **) &m->name_code, m->name_cap, newcap, sizeof(int)) ||
			m_grow(m, (void **) &m->name_next, m->name_cap, newcap, sizeof(int)) ||
			m_grow(m, (void **) &m->name_flags, m->name_cap, newcap, sizeof(uint8_t)))
			return PT_MATCHER_NOMEM;
		m->name_cap = newcap;
	}
	/* every name is kept, with its code and flags, chained per code */
	nid = strtab_append(m, &m->names, name, namelen);
	if (nid < 0)
		return PT_MATCHER_NOMEM;
	m->name_code[nid] = ac.code;
	m->name_flags[nid] = (uint8_t) flags;
	m->name_next[nid] = m->code_first[ac.code];
	m->code_first[ac.code] = nid;
	m->nnames++;
	return PT_MATCHER_OK;
}

/* ---- searching ------------------------------------------------------- */

/*
 * Beyond the trie walk, a mention takes in the UN named around an agency's
 * own name: before it in English ("the UN's World Food Programme", "U.N.
 * World Health Organization", "United Nations' UNICEF") and after it in
 * Persian (دفتر هماهنگی امور بشردوستانه سازمان ملل), when only spaces,
 * joiners or an apostrophe separate the two (a comma keeps "the U.N., the
 * E.U." apart).  The mention is the agency's alone.
 */

typedef struct scan_token
{
	size_t		start,
				end;
	uint32_t	ids[MAX_FORMS];
	int			nids;
	/* a glued word: token ids of the two parts per split */
	uint8_t		nsplits;
	uint8_t		nl[PT_MATCHER_MAX_SPLITS],
				nr[PT_MATCHER_MAX_SPLITS];
	uint32_t	lids[PT_MATCHER_MAX_SPLITS][SPLIT_FORMS];
	uint32_t	rids[PT_MATCHER_MAX_SPLITS][SPLIT_FORMS];
	uint8_t		carrier;
	uint8_t		ezafe;
	uint8_t		plain;			/* only spaces, joiners, apostrophes before */
	uint8_t		the;			/* the word "the": skipped inside a name */
} scan_token;

typedef struct scan
{
	const pt_matcher *m;
	const unsigned char *text;
	const pt_prepared *doc;		/* words prepared beforehand, or NULL */
	size_t		next;			/* next word of doc */
	word_reader rd;				/* else the words read one by one */
	int			eof;
	long		loaded;			/* tokens read so far */
	unsigned int ticks;
	scan_token	ring[PT_MATCHER_WINDOW];
	word_forms	wf;
	prep_word	pw;				/* the word read, without doc */
	prep_form	pf[WORD_FORMS];
	unsigned char pb[WORD_BYTES];
} scan;

#define RING(sc, j)	(&(sc)->ring[(j) % PT_MATCHER_WINDOW])

/*
 * Look up n forms (bytes at pb); store the distinct token ids found as
 * id << 1 | 1 when an article was removed to get the form, and return their
 * count.
 */
static int
token_ids(const pt_matcher *m, const prep_form *pf, const unsigned char *pb,
		  int n, uint32_t *ids)
{
	int			i,
				k,
				nids = 0;

	for (i = 0; i < n; i++)
	{
		int			id = strtab_find(&m->tokens, pb + pf[i].off, pf[i].len,
									 pf[i].hash);

		if (id < 0)
			continue;
		for (k = 0; k < nids && (ids[k] >> 1) != (uint32_t) id; k++)
			;
		if (k == nids)
			ids[nids++] = ((uint32_t) id << 1) | pf[i].st;
		else if (!pf[i].st)
			ids[k] &= ~1u;		/* also found without removing an article */
	}
	return nids;
}

/*
 * Add node c to the state set unless present; note an accepted code.  The
 * code kept is *bestcode >> 1, its low bit set when it was accepted through
 * a weak variant: a name beats a variant, then the first code added wins.
 */
static inline void
add_state(const pt_matcher *m, uint32_t *next, int *nnext, uint32_t c,
		  int *bestcode)
{
	int			d,
				cand;

	for (d = 0; d < *nnext && next[d] != c; d++)
		;
	if (d < *nnext || *nnext == MAX_STATES)
		return;
	next[(*nnext)++] = c;
	if (m->node_code[c] < 0)
		return;
	cand = (m->node_code[c] << 1) | m->node_weak[c];
	if (*bestcode < 0 || (cand & 1) < (*bestcode & 1) ||
		((cand & 1) == (*bestcode & 1) && cand < *bestcode))
		*bestcode = cand;
}

/*
 * Follow the edges of a text form from node s: a name word written with the
 * article (edge label id << 1) matches any form, one written without it
 * (id << 1 | 1) only a form from which no article was removed.
 */
static inline void
step(const pt_matcher *m, uint32_t s, uint32_t form, uint32_t *next,
	 int *nnext, int *bestcode)
{
	uint32_t	c = edge_find(m, s, form & ~1u);

	if (c)
		add_state(m, next, nnext, c, bestcode);
	if (!(form & 1) && (c = edge_find(m, s, form | 1)) != 0)
		add_state(m, next, nnext, c, bestcode);
}

/* Read tokens until token j is loaded; returns 0 if the text ends first. */
static int
scan_load(scan *sc, long j)
{
	while (sc->loaded <= j)
	{
		const prep_word *pw;
		const prep_form *pf;
		const unsigned char *pb;
		scan_token *t;
		int			k,
					p;

		if (sc->eof)
			return 0;
		if (sc->doc)
		{
			if (sc->next >= sc->doc->nwords)
			{
				sc->eof = 1;
				return 0;
			}
			pw = &sc->doc->words[sc->next++];
			pf = sc->doc->forms + pw->forms;
			pb = sc->doc->pool + pw->bytes;
		}
		else
		{
			size_t		nb;

			if (!prep_read(&sc->rd, &sc->wf, &sc->pw, sc->pf, sc->pb, &nb))
			{
				sc->eof = 1;
				return 0;
			}
			pw = &sc->pw;
			pf = sc->pf;
			pb = sc->pb;
		}
		PT_CHECK_INTERRUPTS(sc->ticks);
		t = RING(sc, sc->loaded);
		t->start = pw->start;
		t->end = pw->end;
		t->carrier = pw->carrier;
		t->ezafe = pw->ezafe;
		t->plain = pw->plain;
		t->the = pw->the;
		t->nids = token_ids(sc->m, pf, pb, pw->nforms, t->ids);
		pf += pw->nforms;
		t->nsplits = 0;
		for (p = 0; p < pw->nsplits; p++)
		{
			k = t->nsplits;
			t->nl[k] = (uint8_t) token_ids(sc->m, pf, pb, pw->nl[p], t->lids[k]);
			pf += pw->nl[p];
			t->nr[k] = (uint8_t) token_ids(sc->m, pf, pb, pw->nr[p], t->rids[k]);
			pf += pw->nr[p];
			if (t->nl[k] && t->nr[k])
				t->nsplits++;
		}
		sc->loaded++;
	}
	return 1;
}

/*
 * The longest name starting at token i and ending at token limit or before:
 * returns the index of its last token (>= i) and sets *code, or returns -1.
 */
static long
scan_longest(scan *sc, long i, long limit, int *code)
{
	uint32_t	states[MAX_STATES],
				next[MAX_STATES];
	int			nstates = 1,
				nnext,
				s,
				k;
	long		j,
				best = -1;

	states[0] = 0;
	if (limit > i + PT_MATCHER_WINDOW - 2)
		limit = i + PT_MATCHER_WINDOW - 2;
	for (j = i; j <= limit; j++)
	{
		scan_token *t;
		int			bestcode = -1;

		if (!scan_load(sc, j))
			break;
		t = RING(sc, j);
		nnext = 0;
		for (s = 0; s < nstates; s++)
		{
			int			p,
						a,
						b;

			for (k = 0; k < t->nids; k++)
				step(sc->m, states[s], t->ids[k], next, &nnext, &bestcode);
			/* a glued word walks two edges */
			for (p = 0; p < t->nsplits; p++)
				for (a = 0; a < t->nl[p]; a++)
				{
					uint32_t	mid[2];
					int			nmid = 0,
								dummy = -1,
								x;

					/* the middle node is no match: only its states count */
					step(sc->m, states[s], t->lids[p][a], mid, &nmid, &dummy);
					for (x = 0; x < nmid; x++)
						for (b = 0; b < t->nr[p]; b++)
							step(sc->m, mid[x], t->rids[p][b], next, &nnext, &bestcode);
				}
		}
		if (bestcode >= 0)
		{
			best = j;
			*code = bestcode >> 1;
		}

		/*
		 * Inside a name, "the" and a separate ezafe after ه/ا/و may be
		 * skipped.
		 */
		if (j > i && (t->the ||
					  (t->ezafe && RING(sc, j - 1)->carrier)))
		{
			for (s = 0; s < nstates && nnext < MAX_STATES; s++)
			{
				for (k = 0; k < nnext && next[k] != states[s]; k++)
					;
				if (k == nnext)
					next[nnext++] = states[s];
			}
		}
		if (nnext == 0)
			break;
		memcpy(states, next, nnext * sizeof(uint32_t));
		nstates = nnext;
	}
	return best;
}

/* does token t have a form that is token id? */
static inline int
has_token(const scan_token *t, int id)
{
	int			k;

	if (id < 0)
		return 0;
	for (k = 0; k < t->nids; k++)
		if ((int) (t->ids[k] >> 1) == id)
			return 1;
	return 0;
}

/*
 * tokens of an English UN starting at token i ("UN", "U.N.", "United
 * Nations"), with a following "agency" ("the UN agency UNICEF"), or 0
 */
static int
un_before(scan *sc, long i)
{
	const pt_matcher *m = sc->m;
	int			q = 0;

	if (has_token(RING(sc, i), m->qid[QW_UN_MARK]))
		q = 1;
	else if (has_token(RING(sc, i), m->qid[QW_UNITED]) && scan_load(sc, i + 1) &&
			 RING(sc, i + 1)->plain && has_token(RING(sc, i + 1), m->qid[QW_NATIONS]))
		q = 2;
	if (q > 0 && scan_load(sc, i + q) && RING(sc, i + q)->plain &&
		has_token(RING(sc, i + q), m->qid[QW_AGENCY]))
		q++;
	return q;
}

/*
 * tokens of a Persian UN starting at token p (سازمان ملل متحد, سازمان ملل,
 * ملل متحد), after a separate ezafe if the mention ends with ه/ا/و, or 0
 */
static int
un_after(scan *sc, long p)
{
	const pt_matcher *m = sc->m;
	int			z = 0;

	if (!scan_load(sc, p) || !RING(sc, p)->plain)
		return 0;
	if (RING(sc, p)->ezafe && p > 0 && RING(sc, p - 1)->carrier)
	{
		z = 1;					/* "بشردوستانه ی سازمان ملل" */
		if (!scan_load(sc, p + 1) || !RING(sc, p + 1)->plain)
			return 0;
	}
	p += z;
	if (has_token(RING(sc, p), m->qid[QW_SAZMAN]))
	{
		if (!scan_load(sc, p + 1) || !has_token(RING(sc, p + 1), m->qid[QW_MELAL]))
			return 0;
		if (scan_load(sc, p + 2) && has_token(RING(sc, p + 2), m->qid[QW_MOTTAHED]))
			return z + 3;
		return z + 2;
	}
	if (has_token(RING(sc, p), m->qid[QW_MELAL]) && scan_load(sc, p + 1) &&
		has_token(RING(sc, p + 1), m->qid[QW_MOTTAHED]))
		return z + 2;
	return 0;
}

/*
 * The mention starting at token i: its last token (or -1), its code and its
 * byte range.  Reads no token before i, and none past i + WINDOW - 1 or past
 * its own end + WINDOW - 1, so the ring keeps what later calls need.
 */
static long
scan_mention(scan *sc, long i, int *code, size_t *startb, size_t *endb)
{
	long		e = scan_longest(sc, i, i + PT_MATCHER_WINDOW - 2, code),
				e2;
	int			q,
				c2,
				sfx;

	*startb = RING(sc, i)->start;
	/* the UN before an agency's name: the agency's mention */
	if ((q = un_before(sc, i)) > 0 && scan_load(sc, i + q) && RING(sc, i + q)->plain)
	{
		e2 = scan_longest(sc, i + q, i + PT_MATCHER_WINDOW - 2, &c2);
		/* (the UN twice is two mentions) */
		if (e2 > e && !(e >= 0 && c2 == *code))
		{
			e = e2;
			*code = c2;
		}
	}
	if (e < 0)
		return -1;
	*endb = RING(sc, e)->end;
	/* the UN after it (Persian), unless a longer name starts there */
	if ((sfx = un_after(sc, e + 1)) > 0)
	{
		e2 = scan_longest(sc, e + 1, e + PT_MATCHER_WINDOW - 1, &c2);
		if (e2 <= e + sfx && !(e2 >= 0 && c2 == *code))
		{
			e += sfx;
			*endb = RING(sc, e)->end;
		}
	}
	return e;
}

static void
scan_init(scan *sc, const pt_matcher *m, const unsigned char *text, size_t len)
{
	sc->m = m;
	sc->text = text;
	sc->doc = NULL;
	sc->next = 0;
	reader_init(&sc->rd, text, len);
	sc->eof = 0;
	sc->loaded = 0;
	sc->ticks = 0;
}

/*
 * Every mention of the scan, leftmost-longest, to cb (if not NULL); with
 * want >= 0, stops at the first mention of code want and returns 1.
 */
static int
scan_search(scan *sc, pt_match_cb cb, void *arg, int want)
{
	long		i = 0;

	while (scan_load(sc, i))
	{
		int			code = -1;
		size_t		sb,
					eb;
		long		end;

		/* a word that is no token starts nothing (most words of a text) */
		if (RING(sc, i)->nids == 0 && RING(sc, i)->nsplits == 0)
		{
			i++;
			continue;
		}
		end = scan_mention(sc, i, &code, &sb, &eb);

		if (end >= 0)
		{
			if (want >= 0 && code == want)
				return 1;
			if (cb)
				cb(arg, code, sb, eb);
			i = end + 1;
		}
		else
			i++;
	}
	return 0;
}

/* Report every mention of a registered name, leftmost-longest. */
void
pt_matcher_search(const pt_matcher *m, const unsigned char *text, size_t len,
				  pt_match_cb cb, void *arg)
{
	scan		sc;

	scan_init(&sc, m, text, len);
	scan_search(&sc, cb, arg, -1);
}

/* pt_matcher_search over a prepared text (the same mentions). */
void
pt_matcher_search_prepared(const pt_matcher *m, const pt_prepared *d,
						   pt_match_cb cb, void *arg)
{
	scan		sc;

	scan_init(&sc, m, d->text, 0);
	sc.doc = d;
	scan_search(&sc, cb, arg, -1);
}

/*
 * Does the text mention code (as pt_matcher_search would report it)?
 * Stops at the first such mention.
 */
int
pt_matcher_mentions(const pt_matcher *m, const unsigned char *text, size_t len,
					int code)
{
	scan		sc;

	scan_init(&sc, m, text, len);
	return scan_search(&sc, NULL, NULL, code);
}

/*
 * The code index a whole string denotes: a name that covers every word of
 * it, or -1.
 */
int
pt_matcher_lookup(const pt_matcher *m, const unsigned char *name, size_t len)
{
	scan		sc;
	int			code = -1;
	size_t		sb,
				eb;
	long		end;

	scan_init(&sc, m, name, len);
	if (!scan_load(&sc, 0))
		return -1;
	end = scan_mention(&sc, 0, &code, &sb, &eb);
	if (end < 0 || scan_load(&sc, end + 1))
		return -1;
	return code;
}

/* The code index of a code compared without case and punctuation, or -1. */
int
pt_matcher_find_code(const pt_matcher *m, const char *code, size_t len)
{
	unsigned char key[256];
	size_t		klen;
	int			kid;

	if (len > sizeof(key))
		return -1;
	klen = code_key(code, len, key, sizeof(key));
	if (klen == 0)
		return -1;
	kid = strtab_find(&m->codekeys, key, klen, pt_word_key(key, klen));
	return kid < 0 ? -1 : m->codekey_code[kid];
}

/* The code of index idx (not NUL-terminated). */
const char *
pt_matcher_code(const pt_matcher *m, int idx, size_t *len)
{
	if (idx < 0 || idx >= m->codes.n)
	{
		*len = 0;
		return NULL;
	}
	*len = m->codes.len[idx];
	return (const char *) m->codes.pool + m->codes.off[idx];
}

int
pt_matcher_ncodes(const pt_matcher *m)
{
	return m->codes.n;
}

/*
 * Call cb for every variant of every name of code idx; returns the first
 * non-zero result of cb, else 0.
 */
int
pt_matcher_code_names(const pt_matcher *m, int idx, pt_variant_cb cb, void *arg)
{
	int			n,
				rc;

	if (idx < 0 || idx >= m->codes.n)
		return 0;
	for (n = m->code_first[idx]; n >= 0; n = m->name_next[n])
	{
		rc = pt_name_variants(m->names.pool + m->names.off[n], m->names.len[n],
							  m->name_flags[n], cb, arg);
		if (rc != 0 && rc != PT_MATCHER_EMPTY && rc != PT_MATCHER_TOO_LONG)
			return rc;
	}
	return 0;
}

void
pt_matcher_get_stats(const pt_matcher *m, pt_matcher_stats *st)
{
	st->names = m->nnames;
	st->codes = m->codes.n;
	st->tokens = m->tokens.n;
	st->nodes = m->nnodes;
	st->bytes = m->bytes;
}

/*
 * Index keys of a document: the hash of every text form of every word
 * (duplicates included).  Needs no registry.
 */
void
pt_doc_keys(const unsigned char *text, size_t len, pt_key_cb cb, void *arg)
{
	word_forms	wf;
	unsigned char buf[WORD_BYTES];
	word_iter	it;
	size_t		start,
				end;
	unsigned int ticks = 0;
	int			i;

	wf.buf = buf;
	word_iter_init(&it, text, len);
	while (next_word(&it, &start, &end))
	{
		PT_CHECK_INTERRUPTS(ticks);
		text_forms(text + start, end - start, &wf);
		for (i = 0; i < wf.n; i++)
			cb(arg, word_key(wf.s[i], wf.len[i]));
		for (i = 0; i < wf.nsplits; i++)
		{
			int			k;

			for (k = 0; k < wf.nl[i]; k++)
				cb(arg, word_key(wf.ls[i][k], wf.llen[i][k]));
			for (k = 0; k < wf.nr[i]; k++)
				cb(arg, word_key(wf.rs[i][k], wf.rlen[i][k]));
		}
	}
}
