/*
 * dates.c
 *		The date-in-text parser (see dates.h).
 *
 * A scanner cuts the text into tokens (digit runs, letter runs, single
 * punctuation marks) and keeps the last RING of them; white space only sets
 * a flag on the token after it.  The main loop walks the tokens once; at a
 * number it tries, with a bounded look-ahead, the numeric forms, "day month
 * year" and (looking back one or two tokens) "Month day, year"; at an
 * Arabic-script word followed by a word and, soon after, a four-digit
 * number, a word for the first day (الأول من, غرة).  A word is folded and
 * looked up only when a pattern asks for it, so the cost of a text without
 * dates is about the scan.  At most about 40 tokens are looked at from a
 * starting token, well inside the ring.
 *
 * The vocabulary (month names, era markers, connector words of months.c,
 * folded with pt_fold_all) is built on first use into static tables.
 */
#include <string.h>

#include "chartab.h"
#include "dates.h"
#include "interrupt.h"
#include "months.h"
#include "normalize.h"
#include "utf8.h"

/* ---- the vocabulary ----------------------------------------------------- */

#define VOCAB_MAX		1024
#define VOCAB_HASH		2048	/* a power of two above 2 * VOCAB_MAX */
#define POOL_MAX		16384
#define PHRASE_MAX		512
#define PHRASE_WORDS	5
#define WORD_MAX_BYTES	64		/* longer words are never date words */

enum
{
	PH_MONTH,
	PH_MARKER
};

typedef struct
{
	int16_t		words[PHRASE_WORDS];
	uint8_t		nwords;
	uint8_t		kind;			/* PH_MONTH or PH_MARKER */
	uint8_t		cal;			/* month: pt_month_cal; marker: pt_era */
	uint8_t		month;
	uint8_t		flags;			/* PT_MN_* */
	int16_t		next;			/* next phrase with the same first word */
} phrase;

typedef struct
{
	uint32_t	off;
	uint16_t	len;
	uint8_t		conn;			/* PT_CONN_* */
	int16_t		first;			/* first phrase starting with this word, or -1 */
} vocab_word;

static int	vocab_ready;
static int	nvocab,
			nphrase;
static size_t pool_used;
static unsigned char pool[POOL_MAX];
static vocab_word vocab[VOCAB_MAX];
static int16_t vocab_hash[VOCAB_HASH];	/* word id + 1, 0 empty */
static phrase phrases[PHRASE_MAX];

/* FNV-1a */
static inline uint32_t
hash_bytes(const unsigned char *s, size_t n)
{
	uint32_t	h = 2166136261u;
	size_t		i;

	for (i = 0; i < n; i++)
		h = (h ^ s[i]) * 16777619u;
	return h;
}

/* Word id of a folded word, or -1. */
static int
vocab_find(const unsigned char *s, size_t n)
{
	uint32_t	h = hash_bytes(s, n) & (VOCAB_HASH - 1);

	while (vocab_hash[h])
	{
		vocab_word *w = &vocab[vocab_hash[h] - 1];

		if (w->len == n && memcmp(pool + w->off, s, n) == 0)
			return vocab_hash[h] - 1;
		h = (h + 1) & (VOCAB_HASH - 1);
	}
	return -1;
}

/* Word id of a folded word, added when new (the tables are small and fixed). */
static int
vocab_intern(const unsigned char *s, size_t n)
{
	int			id = vocab_find(s, n);
	uint32_t	h;

	if (id >= 0)
		return id;
	if (nvocab >= VOCAB_MAX || pool_used + n > POOL_MAX)
		return -1;
	memcpy(pool + pool_used, s, n);
	vocab[nvocab].off = (uint32_t) pool_used;
	vocab[nvocab].len = (uint16_t) n;
	vocab[nvocab].conn = 0;
	vocab[nvocab].first = -1;
	pool_used += n;
	h = hash_bytes(s, n) & (VOCAB_HASH - 1);
	while (vocab_hash[h])
		h = (h + 1) & (VOCAB_HASH - 1);
	vocab_hash[h] = (int16_t) (nvocab + 1);
	return nvocab++;
}

/* Fold a table entry and split it into word ids; returns the count. */
static int
fold_words(const char *text, int16_t *ids, int max)
{
	unsigned char buf[PT_FOLD_BOUND(200)];
	size_t		len = strlen(text),
				n,
				i = 0;
	int			count = 0;

	if (len > 200)
		return 0;
	n = pt_fold_all(PT_FOLD_SEARCH, (const unsigned char *) text, len, buf);
	while (i < n && count < max)
	{
		size_t		j = i;
		int			id;

		while (j < n && buf[j] != ' ')
			j++;
		if (j > i)
		{
			id = vocab_intern(buf + i, j - i);
			if (id < 0)
				return 0;
			ids[count++] = (int16_t) id;
		}
		i = j + 1;
	}
	return count;
}

static void
add_phrase(const char *text, int kind, int cal, int month, int flags)
{
	phrase	   *p;
	int			n;
	int16_t		ids[PHRASE_WORDS];

	if (nphrase >= PHRASE_MAX)
		return;
	n = fold_words(text, ids, PHRASE_WORDS);
	if (n == 0)
		return;
	p = &phrases[nphrase];
	memcpy(p->words, ids, sizeof(ids));
	p->nwords = (uint8_t) n;
	p->kind = (uint8_t) kind;
	p->cal = (uint8_t) cal;
	p->month = (uint8_t) month;
	p->flags = (uint8_t) flags;
	p->next = vocab[ids[0]].first;
	vocab[ids[0]].first = (int16_t) nphrase;
	nphrase++;
}

/* Build the folded vocabulary once. */
static void
vocab_init(void)
{
	int			i;

	if (vocab_ready)
		return;
	for (i = 0; i < pt_month_name_count; i++)
		add_phrase(pt_month_names[i].text, PH_MONTH, pt_month_names[i].cal,
				   pt_month_names[i].month, pt_month_names[i].flags);
	for (i = 0; i < pt_era_marker_count; i++)
		add_phrase(pt_era_markers[i].text, PH_MARKER, pt_era_markers[i].era, 0, 0);
	for (i = 0; i < pt_date_word_count; i++)
	{
		int16_t		id;

		if (fold_words(pt_date_words[i].text, &id, 1) == 1)
			vocab[id].conn |= pt_date_words[i].where;
	}
	vocab_ready = 1;
}

/* ---- the scanner -------------------------------------------------------- */

enum
{
	T_END,
	T_NUM,
	T_WORD,
	T_PUNCT
};

#define RING		64
#define WID_UNKNOWN	(-2)

typedef struct
{
	uint8_t		type;
	uint8_t		space;			/* white space before it */
	uint8_t		latin;			/* a word of Latin letters */
	uint8_t		ndigits;		/* number: digits (at most 255) */
	int16_t		wid;			/* word id, -1 none, WID_UNKNOWN */
	uint32_t	cp;				/* punctuation: the code point */
	int32_t		value;			/* number: its value (first 9 digits) */
	size_t		b0,
				b1,
				c0,
				c1;
} token;

typedef struct
{
	const unsigned char *s;
	size_t		len,
				pos,
				cpos;
	int64_t		ntok;
	uint32_t	steps;
	token		ring[RING];
} scanner;

/* value of a digit of the three scripts, or -1 */
static inline int
digit_value(uint32_t cp)
{
	if (cp >= '0' && cp <= '9')
		return (int) (cp - '0');
	if (cp >= 0x660 && cp <= 0x669)
		return (int) (cp - 0x660);
	if (cp >= 0x6F0 && cp <= 0x6F9)
		return (int) (cp - 0x6F0);
	return -1;
}

static inline uint32_t
peek(scanner *sc, int *n)
{
	return pt_utf8_decode(sc->s + sc->pos, sc->len - sc->pos, n);
}

/* Scan the next token into t. */
static void
scan(scanner *sc, token *t)
{
	int			space = 0;
	uint32_t	cp;
	int			n;
	pt_cclass_t cc;

	/* white space, and marks or invisibles outside words */
	for (;;)
	{
		if (sc->pos >= sc->len)
		{
			memset(t, 0, sizeof(*t));
			t->type = T_END;
			t->space = 1;
			t->b0 = t->b1 = sc->len;
			t->c0 = t->c1 = sc->cpos;
			t->wid = -1;
			return;
		}
		cp = peek(sc, &n);
		cc = cp < 0x80 ? (cp == ' ' || (cp >= '\t' && cp <= '\r') ? PT_CC_SPACE : pt_cclass(cp)) : pt_cclass(cp);
		if (cc == PT_CC_SPACE)
			space = 1;
		else if (cc != PT_CC_MARK && cc != PT_CC_INVIS && cc != PT_CC_ZWNJ)
			break;
		sc->pos += n;
		sc->cpos++;
	}
	t->space = (uint8_t) space;
	t->b0 = sc->pos;
	t->c0 = sc->cpos;
	t->wid = -1;
	t->latin = 0;
	t->ndigits = 0;
	t->value = 0;
	t->cp = 0;
	if (digit_value(cp) >= 0)
	{
		int			nd = 0;
		int32_t		v = 0;
		int			dv;

		t->type = T_NUM;
		while (sc->pos < sc->len && (dv = digit_value(cp = peek(sc, &n))) >= 0)
		{
			if (nd < 9)
				v = v * 10 + dv;
			if (nd < 255)
				nd++;
			sc->pos += n;
			sc->cpos++;
		}
		t->ndigits = (uint8_t) nd;
		t->value = v;
	}
	else if (cc == PT_CC_ALETTER || cc == PT_CC_LLETTER || cc == PT_CC_OLETTER)
	{
		pt_cclass_t first = cc;

		t->type = T_WORD;
		t->latin = (first == PT_CC_LLETTER);
		t->wid = WID_UNKNOWN;
		sc->pos += n;
		sc->cpos++;
		while (sc->pos < sc->len)
		{
			cp = peek(sc, &n);
			cc = cp < 0x80 ? ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z' ? PT_CC_LLETTER : PT_CC_SEP) : pt_cclass(cp);
			if (cc != first && cc != PT_CC_MARK && cc != PT_CC_INVIS)
				break;
			sc->pos += n;
			sc->cpos++;
		}
	}
	else
	{
		t->type = T_PUNCT;
		t->cp = cp;
		sc->pos += n;
		sc->cpos++;
	}
	t->b1 = sc->pos;
	t->c1 = sc->cpos;
}

/* Token k (scanning on as needed; k is never more than RING - 8 back). */
static token *
tok(scanner *sc, int64_t k)
{
	while (sc->ntok <= k)
	{
		scan(sc, &sc->ring[sc->ntok % RING]);
		sc->ntok++;
		PT_CHECK_INTERRUPTS(sc->steps);
	}
	return &sc->ring[k % RING];
}

/* Word id of a word token (folded on first ask), or -1. */
static int
word_id(scanner *sc, token *t)
{
	if (t->type != T_WORD)
		return -1;
	if (t->wid == WID_UNKNOWN)
	{
		unsigned char buf[PT_FOLD_BOUND(WORD_MAX_BYTES)];
		size_t		len = t->b1 - t->b0,
					n;

		t->wid = -1;
		if (len <= WORD_MAX_BYTES)
		{
			n = pt_fold_all(PT_FOLD_SEARCH, sc->s + t->b0, len, buf);
			t->wid = (int16_t) vocab_find(buf, n);
		}
	}
	return t->wid;
}

/* connector flags of token k */
static int
conn_of(scanner *sc, int64_t k)
{
	int			id = word_id(sc, tok(sc, k));

	return id < 0 ? 0 : vocab[id].conn;
}

static inline int
is_punct(token *t, uint32_t cp)
{
	return t->type == T_PUNCT && t->cp == cp;
}

/* punctuation that may stand inside a multi-word name */
static inline int
is_name_joiner(token *t, int kind)
{
	if (t->type != T_PUNCT)
		return 0;
	switch (t->cp)
	{
		case '-':
		case '\'':
		case '`':
		case 0x2019:			/* ’ */
		case 0x2018:			/* ‘ */
		case 0x02BF:			/* ʿ */
		case 0x02BC:			/* ʼ */
		case 0x2010:			/* hyphen */
			return 1;
		case '.':
			return kind == PH_MARKER;
		default:
			return 0;
	}
}

/*
 * The longest phrase of a kind starting at token k; stores its last token
 * in *last and returns the phrase index, or -1.
 */
static int
match_phrase(scanner *sc, int64_t k, int kind, int64_t *last)
{
	int			id = word_id(sc, tok(sc, k));
	int			best = -1,
				bestn = 0;
	int			p;

	if (id < 0)
		return -1;
	for (p = vocab[id].first; p >= 0; p = phrases[p].next)
	{
		phrase	   *ph = &phrases[p];
		int64_t		j = k;
		int			w;

		if (ph->kind != kind || ph->nwords <= bestn)
			continue;
		for (w = 1; w < ph->nwords; w++)
		{
			int64_t		nx = j + 1;

			if (is_name_joiner(tok(sc, nx), kind))
				nx++;
			if (word_id(sc, tok(sc, nx)) != ph->words[w])
				break;
			j = nx;
		}
		if (w == ph->nwords)
		{
			best = p;
			bestn = ph->nwords;
			*last = j;
		}
	}
	return best;
}

/* ---- the patterns ------------------------------------------------------- */

static const uint8_t month_cal_to_cal[3] = {
	[PT_MCAL_PERSIAN] = PT_CAL_PERSIAN,
	[PT_MCAL_HIJRI] = PT_CAL_ISLAMIC_UMALQURA,
	[PT_MCAL_GREGORIAN] = PT_CAL_GREGORIAN
};

/*
 * Year range accepted in text, per calendar: four digits, and for the
 * Gregorian calendar not below 1600, so that a Solar Hijri or Hijri year
 * (1403, 1445) after a Gregorian month name is no date.
 */
static int
year_ok(pt_calendar cal, int32_t y)
{
	if (cal == PT_CAL_GREGORIAN)
		return y >= 1600 && y <= 2999;
	return y >= 1000 && y <= 1899;
}

/* does an era marker fit a calendar of month names? */
static int
era_fits(int era, int mcal)
{
	switch (mcal)
	{
		case PT_MCAL_HIJRI:
			return era == PT_ERA_HIJRI || era == PT_ERA_LUNAR;
		case PT_MCAL_PERSIAN:
			return era == PT_ERA_HIJRI || era == PT_ERA_SOLAR;
		default:
			return era == PT_ERA_GREGORIAN;
	}
}

/* numeric separators */
static inline int
is_num_sep(token *t)
{
	return t->type == T_PUNCT && (t->cp == '/' || t->cp == '-' || t->cp == '.');
}

/* is token k glued to a number before it by a separator (2:30, 1.5, 12/)? */
static int
glued_left(scanner *sc, int64_t k)
{
	token	   *t = tok(sc, k),
			   *p,
			   *pp;

	if (k < 2 || t->space)
		return 0;
	p = tok(sc, k - 1);
	if (p->type == T_NUM)
		return 1;
	if (p->type != T_PUNCT || p->space ||
		!(p->cp == '/' || p->cp == '-' || p->cp == '.' || p->cp == ':' ||
		  p->cp == ',' || p->cp == 0x66B || p->cp == 0x66C))
		return 0;
	pp = tok(sc, k - 2);
	return pp->type == T_NUM;
}

/* is token k glued to a number after it by a separator (2024/25, 12:30)? */
static int
glued_right(scanner *sc, int64_t k)
{
	token	   *p = tok(sc, k + 1),
			   *n;

	if (p->space || p->type != T_PUNCT ||
		!(p->cp == '/' || p->cp == '-' || p->cp == '.' || p->cp == ':' ||
		  p->cp == ',' || p->cp == 0x66B || p->cp == 0x66C))
		return 0;
	n = tok(sc, k + 2);
	return n->type == T_NUM && !n->space;
}

/* An era marker right after token k: its pt_era, with *last set; or 0. */
static int
marker_after(scanner *sc, int64_t k, int64_t *last)
{
	token	   *t = tok(sc, k + 1);
	int			p;

	if (t->type != T_WORD)
		return 0;
	/* whole words only: the "م" of a following "مجلس" is no marker */
	p = match_phrase(sc, k + 1, PH_MARKER, last);
	if (p < 0)
		return 0;
	return phrases[p].cal;
}

typedef struct
{
	int64_t		first,
				last;			/* token span */
	pt_calendar cal;
	int32_t		y,
				m,
				d;
	int64_t		jdn;
} match;

static int
finish(match *mt, pt_calendar cal, int32_t y, int32_t m, int32_t d)
{
	if (!year_ok(cal, y))
		return 0;
	if (pt_cal_to_jdn(cal, y, m, d, &mt->jdn) != PT_CAL_OK)
		return 0;
	mt->cal = cal;
	mt->y = y;
	mt->m = m;
	mt->d = d;
	return 1;
}

/* 1403/05/12, 2024-08-02, 15/05/2024, 1445/09/15 هـ at token k */
static int
try_numeric(scanner *sc, int64_t k, match *mt)
{
	token	   *a = tok(sc, k),
			   *s1 = tok(sc, k + 1),
			   *b,
			   *s2,
			   *c;
	int			era;
	int64_t		mlast;

	if (!is_num_sep(s1))
		return 0;
	b = tok(sc, k + 2);
	s2 = tok(sc, k + 3);
	c = tok(sc, k + 4);
	if (b->type != T_NUM || !is_num_sep(s2) || s2->cp != s1->cp || c->type != T_NUM)
		return 0;
	/* spaces only around a slash, the same on both sides: 1403 / 05 / 12 */
	if ((s1->space || b->space || s2->space || c->space) &&
		(s1->cp != '/' || s1->space != s2->space || b->space != c->space))
		return 0;
	if (glued_left(sc, k) || glued_right(sc, k + 4))
		return 0;
	if (b->ndigits > 2)
		return 0;
	era = marker_after(sc, k + 4, &mlast);
	mt->first = k;
	mt->last = era ? mlast : k + 4;
	if (a->ndigits == 4 && c->ndigits <= 2)
	{
		/* year first */
		if (a->value >= 1900)
		{
			if (era && era != PT_ERA_GREGORIAN)
				return 0;
			return finish(mt, PT_CAL_GREGORIAN, a->value, b->value, c->value);
		}
		if (era == PT_ERA_HIJRI || era == PT_ERA_LUNAR)
			return finish(mt, PT_CAL_ISLAMIC_UMALQURA, a->value, b->value, c->value);
		if (era == PT_ERA_GREGORIAN)
			return finish(mt, PT_CAL_GREGORIAN, a->value, b->value, c->value);
		return finish(mt, PT_CAL_PERSIAN, a->value, b->value, c->value);
	}
	if (a->ndigits <= 2 && c->ndigits == 4)
	{
		/* day first (month first only when the day cannot be a month) */
		if (era == PT_ERA_HIJRI || era == PT_ERA_LUNAR)
		{
			if (c->value >= 1900)
				return 0;
			return finish(mt, PT_CAL_ISLAMIC_UMALQURA, c->value, b->value, a->value);
		}
		if (c->value < 1900 && era != PT_ERA_GREGORIAN)
			return 0;			/* a Solar Hijri date is never day-first */
		if (era && era != PT_ERA_GREGORIAN)
			mt->last = k + 4;
		if (finish(mt, PT_CAL_GREGORIAN, c->value, b->value, a->value))
			return 1;
		if (a->value <= 12 && b->value > 12)
			return finish(mt, PT_CAL_GREGORIAN, c->value, a->value, b->value);
		return 0;
	}
	return 0;
}

/* the year and its marker from token j on; fills mt, given month details */
static int
year_part(scanner *sc, int64_t j, int mcal, int32_t month, int32_t day, match *mt)
{
	token	   *y;
	int			era;
	int64_t		mlast;
	int			i;

	if (is_punct(tok(sc, j), ',') || is_punct(tok(sc, j), 0x60C))
		j++;
	for (i = 0; i < 2 && (conn_of(sc, j) & PT_CONN_BEFORE_YEAR); i++)
		j++;
	y = tok(sc, j);
	if (y->type != T_NUM || y->ndigits != 4 || glued_right(sc, j))
		return 0;
	mt->last = j;
	era = marker_after(sc, j, &mlast);
	if (era && era_fits(era, mcal))
		mt->last = mlast;
	return finish(mt, (pt_calendar) month_cal_to_cal[mcal], y->value, month, day);
}

/* a month name at token j: the phrase, with *last at its last token */
static int
month_at(scanner *sc, int64_t j, int64_t *last)
{
	int			p = match_phrase(sc, j, PH_MONTH, last);

	if (p >= 0 && (phrases[p].flags & PT_MN_ABBREV) &&
		is_punct(tok(sc, *last + 1), '.') && !tok(sc, *last + 1)->space)
		(*last)++;
	return p;
}

/*
 * The month, its second name, ماه and the year from token j on, for a day
 * standing at token first.
 */
static int
month_and_year(scanner *sc, int64_t first, int64_t j, int32_t day, match *mt)
{
	int64_t		last;
	int			p,
				i;

	for (i = 0; i < 2 && (conn_of(sc, j) & PT_CONN_BEFORE_MONTH); i++)
		j++;
	p = month_at(sc, j, &last);
	if (p < 0)
		return 0;
	j = last + 1;
	/* a second name of the same month: أيار/مايو, أيار (مايو) */
	{
		token	   *s = tok(sc, j);

		if (s->type == T_PUNCT && (s->cp == '/' || s->cp == '(' || s->cp == '-'))
		{
			int64_t		last2;
			int			p2 = month_at(sc, j + 1, &last2);

			if (p2 >= 0 && phrases[p2].month == phrases[p].month &&
				phrases[p2].cal == phrases[p].cal)
			{
				j = last2 + 1;
				if (s->cp == '(' && is_punct(tok(sc, j), ')'))
					j++;
			}
		}
	}
	if (conn_of(sc, j) & PT_CONN_AFTER_MONTH)
		j++;
	mt->first = first;
	return year_part(sc, j, phrases[p].cal, phrases[p].month, day, mt);
}

/* 12 مرداد ۱۴۰۳, ١٥ رمضان ١٤٤٥ هـ, 2nd of August 2024 at token k */
static int
try_day_month_year(scanner *sc, int64_t k, match *mt)
{
	token	   *d = tok(sc, k);
	int64_t		j = k + 1,
				last;
	int			p;

	if (d->ndigits > 2 || d->value < 1 || d->value > 31 || glued_left(sc, k))
		return 0;
	if (tok(sc, j)->type == T_WORD && !tok(sc, j)->space &&
		(conn_of(sc, j) & PT_CONN_ORDINAL))
		j++;
	/* 12-Aug-2024, 12/مرداد/1403: a separator glued to both sides */
	if (j == k + 1 && (is_punct(tok(sc, j), '-') || is_punct(tok(sc, j), '/')) &&
		!tok(sc, j)->space && tok(sc, j + 1)->type == T_WORD && !tok(sc, j + 1)->space)
	{
		p = month_at(sc, j + 1, &last);
		if (p < 0)
			return 0;
		if (!(is_punct(tok(sc, last + 1), tok(sc, j)->cp) && !tok(sc, last + 1)->space))
			return 0;
		mt->first = k;
		return year_part(sc, last + 2, phrases[p].cal, phrases[p].month, d->value, mt);
	}
	return month_and_year(sc, k, j, d->value, mt);
}

/*
 * الأول من مارس 2024, غرة رمضان 1445 هـ, اول مهر ۱۴۰۳, یکم فروردین ۱۴۰۳: a
 * word for the first day at word token k.  Only tried when a word follows
 * and a four-digit number comes soon after, so that most words are never
 * folded.
 */
static int
try_first_day(scanner *sc, int64_t k, match *mt)
{
	int64_t		j;
	int			near = 0;

	if (tok(sc, k + 1)->type != T_WORD)
		return 0;
	for (j = k + 2; j <= k + 8 && !near; j++)
	{
		token	   *t = tok(sc, j);

		if (t->type == T_END)
			break;
		near = (t->type == T_NUM && t->ndigits == 4);
	}
	if (!near || !(conn_of(sc, k) & PT_CONN_DAY_ONE))
		return 0;
	/* الأول alone is "the first (one)": only الأول من names a day */
	if ((conn_of(sc, k) & PT_CONN_NEEDS_OF) && !(conn_of(sc, k + 1) & PT_CONN_BEFORE_MONTH))
		return 0;
	return month_and_year(sc, k, k + 1, 1, mt);
}

/* August 2, 2024 and Aug. 2, 2024 (Latin month names) ending at day token k */
static int
try_month_day_year(scanner *sc, int64_t k, int64_t floor_tok, match *mt)
{
	token	   *d = tok(sc, k);
	int64_t		m = k - 1,
				j = k + 1,
				last;
	int			p;

	if (d->ndigits > 2 || d->value < 1 || d->value > 31 || k < 1)
		return 0;
	if (is_punct(tok(sc, m), '.') && m >= 1)
		m--;					/* Aug. 2 and Aug.2 */
	else if (!d->space)
		return 0;
	if (m < floor_tok || tok(sc, m)->type != T_WORD || !tok(sc, m)->latin)
		return 0;
	p = match_phrase(sc, m, PH_MONTH, &last);
	if (p < 0 || phrases[p].nwords != 1 || !(phrases[p].flags & PT_MN_LATIN))
		return 0;
	if (last != m || (m != k - 1 && !(phrases[p].flags & PT_MN_ABBREV)))
		return 0;
	if (tok(sc, j)->type == T_WORD && !tok(sc, j)->space &&
		(conn_of(sc, j) & PT_CONN_ORDINAL))
		j++;
	mt->first = m;
	return year_part(sc, j, phrases[p].cal, phrases[p].month, d->value, mt);
}

/* Find every date (see dates.h). */
size_t
pt_find_dates(const unsigned char *s, size_t len, pt_date_callback cb, void *arg)
{
	scanner		sc;
	int64_t		k = 0,
				floor_tok = 0;
	size_t		count = 0;

	vocab_init();
	sc.s = s;
	sc.len = len;
	sc.pos = 0;
	sc.cpos = 0;
	sc.ntok = 0;
	sc.steps = 0;
	for (;;)
	{
		token	   *t = tok(&sc, k);
		match		mt;
		int			found = 0;

		if (t->type == T_END)
			break;
		if (t->type == T_NUM)
			found = try_numeric(&sc, k, &mt) ||
				try_day_month_year(&sc, k, &mt) ||
				try_month_day_year(&sc, k, floor_tok, &mt);
		else if (t->type == T_WORD && !t->latin)
			found = try_first_day(&sc, k, &mt);
		if (found)
		{
			pt_date_mention dm;
			token	   *a = tok(&sc, mt.first),
					   *b = tok(&sc, mt.last);

			dm.jdn = mt.jdn;
			dm.cal = mt.cal;
			dm.year = mt.y;
			dm.month = mt.m;
			dm.day = mt.d;
			dm.byte_start = a->b0;
			dm.byte_len = b->b1 - a->b0;
			dm.char_start = a->c0;
			dm.char_len = b->c1 - a->c0;
			count++;
			if (cb && cb(&dm, arg))
				break;
			k = mt.last + 1;
			floor_tok = k;
		}
		else
			k++;
	}
	return count;
}

static int
first_cb(const pt_date_mention *m, void *arg)
{
	*(pt_date_mention *) arg = *m;
	return 1;
}

/* The first date in s. */
int
pt_first_date(const unsigned char *s, size_t len, pt_date_mention *m)
{
	pt_date_mention tmp;

	if (pt_find_dates(s, len, first_cb, &tmp) == 0)
		return 0;
	*m = tmp;
	return 1;
}

/* ---- formatting --------------------------------------------------------- */

/* append n in the digits of a language */
static size_t
put_number(unsigned char *out, int64_t n, int lang)
{
	char		tmp[24];
	int			len = 0;
	size_t		o = 0;

	if (n < 0)
	{
		out[o++] = '-';
		n = -n;
	}
	do
	{
		tmp[len++] = (char) ('0' + n % 10);
		n /= 10;
	} while (n > 0);
	while (len > 0)
	{
		int			dg = tmp[--len] - '0';

		if (lang == PT_LANG_FA)
			o += pt_utf8_encode(0x6F0 + dg, out + o);
		else if (lang == PT_LANG_AR)
			o += pt_utf8_encode(0x660 + dg, out + o);
		else
			out[o++] = (unsigned char) ('0' + dg);
	}
	return o;
}

/* Write a date as pt_calendar_format does. */
size_t
pt_format_date(pt_calendar cal, int lang, int64_t jdn, unsigned char *out)
{
	int32_t		y,
				m,
				d;
	size_t		o = 0,
				n;
	const char *name,
			   *suffix;

	if (lang < 0 || lang >= PT_LANG_COUNT)
		lang = PT_LANG_EN;
	pt_cal_from_jdn(cal, jdn, &y, &m, &d);
	name = pt_month_format_name(cal, (pt_date_lang) lang, m);
	suffix = pt_era_format_suffix(cal, (pt_date_lang) lang);
	o += put_number(out + o, d, lang);
	out[o++] = ' ';
	n = strlen(name);
	memcpy(out + o, name, n);
	o += n;
	out[o++] = ' ';
	o += put_number(out + o, y, lang);
	n = strlen(suffix);
	memcpy(out + o, suffix, n);
	o += n;
	return o;
}
