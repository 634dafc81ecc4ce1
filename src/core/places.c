/*
 * places.c
 *		The country finder over the organization matcher (see places.h).
 *
 * One matcher holds every name, demonym form, capital and blocker; its codes
 * are one code for all blockers (code 0: at a tie between two names of
 * different codes the matcher picks the lower code, so a blocker wins), the
 * countries (code i + 1 is country i, in the order added), then one code per
 * group of ambiguous names.  A second,
 * small matcher holds the person-like names and a third the ambiguous names
 * (to find the diacritized and the language-specific spellings that decide
 * them).  A search runs the main matcher and filters each mention: blocker,
 * case, person, context, ambiguity.
 */
#include "places.h"

#include <string.h>

#include "lang.h"
#include "letters.h"
#include "normalize.h"
#include "utf8.h"

/* bytes of the folded words of one context list */
#define FLEXIBLE_POOL	4096

/* most diacritics compared per spelling */
#define MAX_MARKS		8

/* longest neighbour word looked at (bytes) */
#define MAX_CONTEXT_WORD 48

/* bytes of text around an ambiguous mention whose language is guessed */
#define LANG_WINDOW		400

typedef struct place_row
{
	int			country;
	uint8_t		form;
	uint8_t		lang;			/* pt_lang_t */
	unsigned char *name;
	size_t		len;
} place_row;

/* a country an ambiguous group may resolve to, and how */
typedef enum
{
	DECIDE_NONE,				/* listed as ambiguous: a candidate only */
	DECIDE_MARKS,				/* a diacritized spelling */
	DECIDE_LANG					/* the plain spelling of one language */
} decide_kind;

typedef struct group_cand
{
	int			group;
	int			country;
	uint8_t		kind;
	uint8_t		lang;
	uint8_t		nmarks;
	uint8_t		mark_pos[MAX_MARKS];	/* letter index counted from the end */
	uint32_t	mark[MAX_MARKS];
} group_cand;

struct pt_places
{
	pt_allocator a;
	pt_matcher *m;				/* every name */
	pt_matcher *person;			/* person-like names, by country */
	pt_matcher *amb;			/* ambiguous names, by group */
	pt_matcher *adj;			/* demonym forms that are no name: may be languages */
	int			ncountries;
	int			blocker_code;	/* code index of the blockers in m */
	int			ngroups;
	int		   *group_code;		/* code index in m of each group */
	int			group_cap;
	group_cand *cands;
	int			ncands,
				cand_cap;
	place_row  *rows;
	int			nrows,
				row_cap;
	int			built;
	struct folded_list *lists[10];	/* context words, folded (LIST_*) */
	unsigned char *has_person;	/* per country: has a person-like name */
};

/* the context word lists of a finder */
enum
{
	LIST_BEFORE, LIST_AFTER, LIST_PERSON_OK, LIST_CONJ, LIST_CURRENCY,
	LIST_LANG_VERB, LIST_LANG_PREP, LIST_LANG_AFTER, LIST_PRONOUN, LIST_LANG_NOUN, NLISTS
};

/* a word list folded once, at build time */
typedef struct folded_list
{
	int			n;
	uint16_t	off[128],
				len[128];
	unsigned char pool[FLEXIBLE_POOL];
} folded_list;

/* ---- memory --------------------------------------------------------------- */

static void *
p_alloc(pt_places *p, size_t n)
{
	return p->a.alloc(p->a.ctx, n ? n : 1);
}

static void
p_free(pt_places *p, void *ptr)
{
	if (ptr)
		p->a.free(p->a.ctx, ptr);
}

/* grow *arr of n elements of size sz to newn; 0 or -1 */
static int
p_grow(pt_places *p, void **arr, size_t n, size_t newn, size_t sz)
{
	void	   *q = p_alloc(p, newn * sz);

	if (!q)
		return -1;
	if (n)
		memcpy(q, *arr, n * sz);
	p_free(p, *arr);
	*arr = q;
	return 0;
}

pt_places *
pt_places_new(const pt_allocator *a)
{
	pt_places  *p = a->alloc(a->ctx, sizeof(pt_places));

	if (!p)
		return NULL;
	memset(p, 0, sizeof(pt_places));
	p->a = *a;
	p->m = pt_matcher_new(a);
	p->person = pt_matcher_new(a);
	p->amb = pt_matcher_new(a);
	p->adj = pt_matcher_new(a);
	if (!p->m || !p->person || !p->amb || !p->adj ||
		(p->blocker_code = pt_matcher_add_code(p->m, "-", 1)) != 0)
	{
		pt_places_free(p);
		return NULL;
	}
	return p;
}

void
pt_places_free(pt_places *p)
{
	int			i;

	if (!p)
		return;
	if (p->m)
		pt_matcher_free(p->m);
	if (p->person)
		pt_matcher_free(p->person);
	if (p->amb)
		pt_matcher_free(p->amb);
	if (p->adj)
		pt_matcher_free(p->adj);
	for (i = 0; i < p->nrows; i++)
		p_free(p, p->rows[i].name);
	p_free(p, p->rows);
	p_free(p, p->cands);
	p_free(p, p->group_code);
	for (i = 0; i < NLISTS; i++)
		p_free(p, p->lists[i]);
	p_free(p, p->has_person);
	p->a.free(p->a.ctx, p);
}

/* ---- rows ----------------------------------------------------------------- */

int
pt_places_add_country(pt_places *p, const char *code, size_t len)
{
	int			id;

	if (p->built)
		return PT_PLACES_BUILT;
	if (len == 1 && code[0] == '-')
		return PT_PLACES_NO_CODE;	/* the blockers' code */
	id = pt_matcher_add_code(p->m, code, len);
	if (id < 0)
		return PT_MATCHER_NOMEM;
	if (id == p->ncountries + 1)
		p->ncountries++;
	return id - 1;
}

int
pt_place_form_parse(const char *s, size_t len)
{
	static const char *const names[PT_PLACE_NFORMS] = {
		"name", "official", "acronym", "person", "demonym", "capital",
		"ambiguous", "blocker"
	};
	int			i;

	for (i = 0; i < PT_PLACE_NFORMS; i++)
		if (strlen(names[i]) == len && memcmp(names[i], s, len) == 0)
			return i;
	return -1;
}

/* a variant callback that only lets the enumeration run */
static int
accept_variant(void *arg, int nwords, const unsigned char *const *words,
			   const size_t *lens, int glued)
{
	(void) arg;
	(void) nwords;
	(void) words;
	(void) lens;
	(void) glued;
	return 0;
}

int
pt_place_name_check(const unsigned char *name, size_t len)
{
	int			rc = pt_name_variants(name, len, 0, accept_variant, NULL);

	return rc < 0 ? rc : PT_MATCHER_OK;
}

/* the language of a name without one: Latin letters, Persian letters, else Arabic */
static pt_lang_t
guess_lang(const unsigned char *s, size_t len)
{
	size_t		i = 0;
	int			persian = 0;

	while (i < len)
	{
		int			n;
		uint32_t	c = pt_utf8_decode(s + i, len - i, &n);

		if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))
			return PT_LANG_EN;
		if (c == 0x067E || c == 0x0686 || c == 0x0698 || c == 0x06A9 ||
			c == 0x06AF || c == 0x06CC)
			persian = 1;
		i += n;
	}
	return persian ? PT_LANG_FA : PT_LANG_AR;
}

int
pt_places_add(pt_places *p, const char *code, size_t codelen,
			  const unsigned char *name, size_t len, const char *lang,
			  pt_place_form form)
{
	int			country = pt_places_find_code(p, code, codelen);
	int			rc;
	place_row  *r;

	if (p->built)
		return PT_PLACES_BUILT;
	if (country < 0)
		return PT_PLACES_NO_CODE;
	if ((int) form < 0 || form >= PT_PLACE_NFORMS)
		return PT_PLACES_BAD_FORM;
	rc = pt_place_name_check(name, len);
	if (rc != PT_MATCHER_OK)
		return rc;
	if (p->nrows == p->row_cap)
	{
		int			newcap = p->row_cap ? p->row_cap * 2 : 256;

		if (p_grow(p, (void **) &p->rows, p->row_cap, newcap, sizeof(place_row)))
			return PT_MATCHER_NOMEM;
		p->row_cap = newcap;
	}
	r = &p->rows[p->nrows];
	r->name = p_alloc(p, len);
	if (!r->name)
		return PT_MATCHER_NOMEM;
	memcpy(r->name, name, len);
	r->len = len;
	r->country = country;
	r->form = (uint8_t) form;
	if (lang && strcmp(lang, "ar") == 0)
		r->lang = PT_LANG_AR;
	else if (lang && strcmp(lang, "fa") == 0)
		r->lang = PT_LANG_FA;
	else if (lang && strcmp(lang, "en") == 0)
		r->lang = PT_LANG_EN;
	else
		r->lang = guess_lang(name, len);
	p->nrows++;
	return PT_MATCHER_OK;
}

/* ---- diacritics ----------------------------------------------------------- */

static int
is_mark(uint32_t c)
{
	return (c >= 0x064B && c <= 0x0652) || c == 0x0670;
}

/*
 * The Arabic diacritics of s, each with the index of the letter it sits on
 * counted from the last letter (so that attached prefixes do not shift it).
 * Returns the count (at most MAX_MARKS kept).
 */
static int
marks_of(const unsigned char *s, size_t len, uint8_t *pos, uint32_t *mark)
{
	size_t		i = 0;
	int			letters = 0,
				n = 0,
				k;
	int			at[MAX_MARKS];

	while (i < len)
	{
		int			l;
		uint32_t	c = pt_utf8_decode(s + i, len - i, &l);

		i += l;
		if (is_mark(c))
		{
			if (letters > 0 && n < MAX_MARKS)
			{
				at[n] = letters - 1;
				mark[n++] = c;
			}
		}
		else if (c != PT_CP_TATWEEL && c != PT_CP_ZWNJ && c != ' ')
			letters++;
	}
	for (k = 0; k < n; k++)
		pos[k] = (uint8_t) (letters - 1 - at[k] > 255 ? 255 : letters - 1 - at[k]);
	return n;
}

/*
 * Words that, right before a country word, make it a currency or language
 * adjective (Arabic and Persian, compared folded and without attached
 * prefixes), and the English words that do so right after it.
 */
static const char *const before_words[] = {
	/* language words, and currencies as only Persian spells them */
	"لغة", "لغات", "لهجة", "زبان", "زبانهای", "زبان‌های", "لهجه",
	"دلار", "لیر", "روپیه", "فرانک", "پوند", "منات",
	NULL
};

/*
 * Currencies as Arabic spells them (some also Persian): they make a country
 * word a currency only when it is an adjective (الجنيه المصري, not مليار
 * يورو لسوريا, "a billion euros for Syria") or when the text is Persian
 * (لیره ترکیه).
 */
static const char *const currency_words[] = {
	"جنيه", "جنيهات", "دينار", "دنانير", "ريال", "ريالات", "درهم", "دراهم",
	"ليرة", "ليرات", "دولار", "دولارات", "روبية", "روبيات", "يوان", "ين",
	"روبل", "روبلات", "فرنك", "فرنكات", "بيزو", "شيكل", "شيقل", "شلن",
	"كرونة", "تومان", "مانات", "يورو", "روپیه",
	NULL
};

static const char *const after_words[] = {
	"dollar", "dollars", "pound", "pounds", "lira", "liras", "dinar", "dinars",
	"riyal", "riyals", "rial", "rials", "dirham", "dirhams", "rupee", "rupees",
	"yuan", "renminbi", "yen", "ruble", "rubles", "rouble", "roubles", "franc",
	"francs", "peso", "pesos", "shekel", "shekels", "won", "rand", "naira",
	"birr", "shilling", "shillings", "kwacha", "real", "krona", "krone",
	"kroner", "leu", "lev", "forint", "zloty", "hryvnia", "manat", "afghani",
	"afghanis", "taka", "baht", "ringgit", "kyat", "somoni", "tenge", "dong",
	"cedi", "language", "languages", "speaking", "speaker", "speakers",
	"dialect", "dialects", "translation",
	NULL
};

/* sentence-initial or linking words that may precede a person-like name */
static const char *const person_ok_before[] = {
	"the", "in", "and", "of", "to", "from", "with", "for", "on", "at", "by",
	"as", "but", "or", "both", "between", "about", "across", "including",
	"into", "than", "also", "while", "after", "before", "when", "where",
	"if", "that", "this", "says", "said", "like", "unlike", "neighbouring",
	"neighboring", "visiting", "via", "over", "against", "toward", "towards",
	"within", "outside", "inside", "near", "through",
	NULL
};

/* conjunctions that continue a list of currency or language adjectives */
static const char *const list_words[] = {"و", "او", "أو", "یا", "and", "or", NULL};

/*
 * Words before a demonym that make it a language: English verbs (speaks
 * Turkish), and prepositions that do so at the end of a phrase (in French.,
 * إلى الفرنسية, به فرانسوی).
 */
static const char *const lang_verbs[] = {
	"speak", "speaks", "spoke", "spoken", "speaking", "fluent", "fluently", "learn",
	"learns", "learning", "learned", "learnt", "teach", "teaches", "taught",
	"translate", "translates", "translated", "translating", "dubbed", "subtitled",
	NULL
};

static const char *const lang_preps[] = {
	"in", "into", "from", "إلى", "الى", "من", "به", "از",
	NULL
};

/* language nouns a few words before a list of language adjectives */
static const char *const lang_nouns[] = {
	"لغة", "لغات", "لغتين", "لغتان", "لهجة", "زبان", "زبانهای", "زبان‌های", "زبانها", NULL
};

/* pronouns that make a person-like name a person */
static const char *const pronouns[] = {
	"he", "she", "his", "her", "him", "himself", "herself", NULL
};

/* Persian words after a demonym that make it a language (فرانسوی‌زبان) */
static const char *const lang_after_fa[] = {"زبان", "زبانان", "زبانها", "زبان‌ها", NULL};


/* is the folded word w in the folded list? */
static int
in_list(const folded_list *l, const unsigned char *w, size_t len)
{
	int			i;

	for (i = 0; i < l->n; i++)
		if (l->len[i] == len && memcmp(l->pool + l->off[i], w, len) == 0)
			return 1;
	return 0;
}

/* is the word w (not yet folded) in the folded list? */
static int
word_in_list_raw(const folded_list *l, const unsigned char *w, size_t len)
{
	unsigned char f[PT_FOLD_BOUND(MAX_CONTEXT_WORD)];

	if (len > MAX_CONTEXT_WORD)
		return 0;
	return in_list(l, f, pt_fold_all(PT_FOLD_SEARCH, w, len, f));
}

/* fold a NULL-terminated word list; NULL when out of memory */
static folded_list *
fold_list(pt_places *p, const char *const *words)
{
	folded_list *l = p_alloc(p, sizeof(folded_list));
	size_t		used = 0;
	int			i;

	if (!l)
		return NULL;
	l->n = 0;
	for (i = 0; words[i] && l->n < 128; i++)
	{
		size_t		wl = strlen(words[i]);

		if (wl > MAX_CONTEXT_WORD || used + PT_FOLD_BOUND(wl) > FLEXIBLE_POOL)
			continue;
		l->off[l->n] = (uint16_t) used;
		l->len[l->n] = (uint16_t) pt_fold_all(PT_FOLD_SEARCH, (const unsigned char *) words[i],
											   wl, l->pool + used);
		used += l->len[l->n];
		l->n++;
	}
	return l;
}

/* ---- build ---------------------------------------------------------------- */

static int
add_cand(pt_places *p, int group, int country, decide_kind kind, int lang,
		 const unsigned char *name, size_t len)
{
	group_cand *c;

	if (p->ncands == p->cand_cap)
	{
		int			newcap = p->cand_cap ? p->cand_cap * 2 : 16;

		if (p_grow(p, (void **) &p->cands, p->cand_cap, newcap, sizeof(group_cand)))
			return PT_MATCHER_NOMEM;
		p->cand_cap = newcap;
	}
	c = &p->cands[p->ncands++];
	memset(c, 0, sizeof(group_cand));
	c->group = group;
	c->country = country;
	c->kind = (uint8_t) kind;
	c->lang = (uint8_t) lang;
	if (kind == DECIDE_MARKS)
		c->nmarks = (uint8_t) marks_of(name, len, c->mark_pos, c->mark);
	return PT_MATCHER_OK;
}

/* treat an add result: out of memory fails, a refused generated form does not */
static int
add_rc(int rc)
{
	return rc == PT_MATCHER_NOMEM ? PT_MATCHER_NOMEM : PT_MATCHER_OK;
}

/*
 * Add one form of a row.  A form that spells an ambiguous name decides its
 * group instead of becoming a name.
 */
static int
add_form(pt_places *p, const place_row *r, const unsigned char *s, size_t len)
{
	int			g = pt_matcher_lookup(p->amb, s, len);
	size_t		clen;
	const char *code;
	uint8_t		pos[MAX_MARKS];
	uint32_t	mark[MAX_MARKS];

	if (g >= 0)
		return add_cand(p, g, r->country,
						marks_of(s, len, pos, mark) > 0 ? DECIDE_MARKS : DECIDE_LANG,
						r->lang, s, len);
	code = pt_matcher_code(p->m, r->country + 1, &clen);
	if (r->form == PT_PLACE_PERSON &&
		add_rc(pt_matcher_add(p->person, code, clen, s, len, 0)) != PT_MATCHER_OK)
		return PT_MATCHER_NOMEM;
	if (r->form == PT_PLACE_DEMONYM && pt_matcher_lookup(p->m, s, len) < 0 &&
		add_rc(pt_matcher_add(p->adj, code, clen, s, len, 0)) != PT_MATCHER_OK)
		return PT_MATCHER_NOMEM;
	return add_rc(pt_matcher_add(p->m, code, clen, s, len,
								 r->form == PT_PLACE_ACRONYM ? PT_NAME_CASE_SENSITIVE : 0));
}

/* does the word end in a yeh (Arabic, Persian or alef maksura)? */
static int
ends_yeh(const unsigned char *w, size_t len)
{
	return len >= 2 && (memcmp(w + len - 2, PT_U8_YEH, 2) == 0 ||
						memcmp(w + len - 2, PT_U8_ALEF_MAKSURA, 2) == 0 ||
						memcmp(w + len - 2, PT_U8_FARSI_YEH, 2) == 0);
}

static int
starts_article(const unsigned char *w, size_t len)
{
	return len >= 4 && memcmp(w, PT_U8_ARTICLE, 4) == 0;
}

/*
 * Does a generated Arabic form (every word with the article) read without
 * the articles as a name of another country?  Then it is not added: the
 * matcher would let the form win the tie (Arabic نيجرية, Nigerien, is
 * Persian نیجریه, Nigeria).
 */
static int
generated_clash(const pt_places *p, const place_row *r, const unsigned char *s,
				size_t len)
{
	unsigned char bare[4 * (PT_MATCHER_MAX_WORD + 16)];
	size_t		i = 0,
				n = 0;
	int			code;

	while (i < len)
	{
		if ((i == 0 || s[i - 1] == ' ') && len - i > 4 && memcmp(s + i, PT_U8_ARTICLE, 4) == 0)
			i += 4;
		bare[n++] = s[i++];
	}
	code = pt_matcher_lookup(p->m, bare, n);
	return code > 0 && code != r->country + 1;
}

/* the inflected forms of a demonym, by language */
static int
add_demonym(pt_places *p, const place_row *r)
{
	static const char *const ar_suffix[] = {
		"", PT_U8_TEH_MARBUTA, PT_U8_WAW PT_U8_NOON, PT_U8_YEH PT_U8_NOON,
		PT_U8_ALEF PT_U8_NOON, PT_U8_ALEF PT_U8_TEH, PT_U8_ALEF,
		PT_U8_TEH PT_U8_YEH PT_U8_NOON, PT_U8_TEH PT_U8_ALEF PT_U8_NOON
	};							/* "" ة ون ين ان ات ا تين تان */
	static const char *const fa_suffix[] = {
		"", PT_U8_ZWNJ PT_U8_HEH PT_U8_ALEF,
		PT_U8_ZWNJ PT_U8_HEH PT_U8_ALEF PT_U8_FARSI_YEH, PT_U8_ALEF PT_U8_NOON
	};							/* "" ‌ها ‌های ان */
	unsigned char buf[4 * (PT_MATCHER_MAX_WORD + 16)];
	const unsigned char *s = r->name;
	size_t		len = r->len,
				i;
	int			rc,
				k;

	if (len > PT_MATCHER_MAX_WORD * 2)
		return add_form(p, r, s, len);
	if (r->lang == PT_LANG_EN)
	{
		int			plural = !(s[len - 1] == 's' || s[len - 1] == 'x' || s[len - 1] == 'z' ||
							   (len >= 2 && (s[len - 1] == 'h') && (s[len - 2] == 's' || s[len - 2] == 'c')));

		if ((rc = add_form(p, r, s, len)) != PT_MATCHER_OK)
			return rc;
		if (!plural)
			return PT_MATCHER_OK;
		memcpy(buf, s, len);
		buf[len] = 's';
		return add_form(p, r, buf, len + 1);
	}
	if (r->lang == PT_LANG_FA)
	{
		int			inflect = ends_yeh(s, len);

		for (k = 0; k < 4; k++)
		{
			size_t		sl = strlen(fa_suffix[k]);

			if (k == 3 && !inflect)
				break;
			memcpy(buf, s, len);
			memcpy(buf + len, fa_suffix[k], sl);
			if ((rc = add_form(p, r, buf, len + sl)) != PT_MATCHER_OK)
				return rc;
		}
		return PT_MATCHER_OK;
	}

	/* Arabic: every word ending in yeh takes the same suffix; all take ال */
	{
		int			any = 0;

		for (i = 0; i <= len; i++)
			if (i == len || s[i] == ' ')
			{
				size_t		st = i;

				while (st > 0 && s[st - 1] != ' ')
					st--;
				if (ends_yeh(s + st, i - st))
					any = 1;
			}
		for (k = 0; k < (any ? 9 : 1); k++)
		{
			size_t		out = 0,
						sl = strlen(ar_suffix[k]),
						st = 0;

			for (i = 0; i <= len; i++)
			{
				if (i < len && s[i] != ' ')
					continue;
				if (st < i)
				{
					const unsigned char *w = s + st;
					size_t		wl = i - st;

					if (out)
						buf[out++] = ' ';
					if (!starts_article(w, wl))
					{
						memcpy(buf + out, PT_U8_ARTICLE, 4);
						out += 4;
					}
					memcpy(buf + out, w, wl);
					out += wl;
					if (ends_yeh(w, wl))
					{
						if (k > 0 && w[wl - 1] == 0x89)
							memcpy(buf + out - 2, PT_U8_YEH, 2);	/* ى + suffix: ي */
						memcpy(buf + out, ar_suffix[k], sl);
						out += sl;
					}
				}
				st = i + 1;
			}
			if (out == 0)
				break;
			if (!generated_clash(p, r, buf, out) &&
				(rc = add_form(p, r, buf, out)) != PT_MATCHER_OK)
				return rc;
		}
	}
	return PT_MATCHER_OK;
}

int
pt_places_build(pt_places *p)
{
	int			i,
				rc;

	if (p->built)
		return PT_MATCHER_OK;
	p->lists[LIST_BEFORE] = fold_list(p, before_words);
	p->lists[LIST_AFTER] = fold_list(p, after_words);
	p->lists[LIST_PERSON_OK] = fold_list(p, person_ok_before);
	p->lists[LIST_CONJ] = fold_list(p, list_words);
	p->lists[LIST_CURRENCY] = fold_list(p, currency_words);
	p->lists[LIST_LANG_VERB] = fold_list(p, lang_verbs);
	p->lists[LIST_LANG_PREP] = fold_list(p, lang_preps);
	p->lists[LIST_LANG_AFTER] = fold_list(p, lang_after_fa);
	p->lists[LIST_PRONOUN] = fold_list(p, pronouns);
	p->lists[LIST_LANG_NOUN] = fold_list(p, lang_nouns);
	p->has_person = p_alloc(p, p->ncountries + 1);
	for (i = 0; i < NLISTS; i++)
		if (!p->lists[i])
			return PT_MATCHER_NOMEM;
	if (!p->has_person)
		return PT_MATCHER_NOMEM;
	memset(p->has_person, 0, p->ncountries + 1);
	for (i = 0; i < p->nrows; i++)
		if (p->rows[i].form == PT_PLACE_PERSON)
			p->has_person[p->rows[i].country] = 1;

	/* blockers first: they win a tie with a name (the first added wins) */
	for (i = 0; i < p->nrows; i++)
		if (p->rows[i].form == PT_PLACE_BLOCKER &&
			add_rc(pt_matcher_add(p->m, "-", 1, p->rows[i].name, p->rows[i].len, 0)) != PT_MATCHER_OK)
			return PT_MATCHER_NOMEM;

	/* then the ambiguous names, one group per distinct name */
	for (i = 0; i < p->nrows; i++)
	{
		place_row  *r = &p->rows[i];
		int			g;

		if (r->form != PT_PLACE_AMBIGUOUS)
			continue;
		g = pt_matcher_lookup(p->amb, r->name, r->len);
		if (g < 0)
		{
			char		code[16];
			int			cl,
						id;

			if (p->ngroups == p->group_cap)
			{
				int			newcap = p->group_cap ? p->group_cap * 2 : 8;

				if (p_grow(p, (void **) &p->group_code, p->group_cap, newcap, sizeof(int)))
					return PT_MATCHER_NOMEM;
				p->group_cap = newcap;
			}
			g = p->ngroups;
			cl = 0;
			code[cl++] = '?';
			{
				int			v = g;
				char		dig[12];
				int			nd = 0;

				do
				{
					dig[nd++] = (char) ('0' + v % 10);
					v /= 10;
				} while (v);
				while (nd)
					code[cl++] = dig[--nd];
			}
			if (pt_matcher_add_code(p->amb, code, cl) != g)
				return PT_MATCHER_NOMEM;
			id = pt_matcher_add_code(p->m, code, cl);
			if (id < 0)
				return PT_MATCHER_NOMEM;
			p->group_code[g] = id;
			p->ngroups++;
			if (add_rc(pt_matcher_add(p->amb, code, cl, r->name, r->len, 0)) != PT_MATCHER_OK ||
				add_rc(pt_matcher_add(p->m, code, cl, r->name, r->len, 0)) != PT_MATCHER_OK)
				return PT_MATCHER_NOMEM;
		}
		if ((rc = add_cand(p, g, r->country, DECIDE_NONE, r->lang, r->name, r->len)) != PT_MATCHER_OK)
			return rc;
	}

	/*
	 * then every name as written, in the order added, and last the generated
	 * demonym forms: a real name wins a tie with a generated form (Persian
	 * نیجریه, Nigeria, against Arabic نيجرية, Nigerien)
	 */
	for (i = 0; i < p->nrows; i++)
	{
		place_row  *r = &p->rows[i];

		if (r->form == PT_PLACE_BLOCKER || r->form == PT_PLACE_AMBIGUOUS ||
			r->form == PT_PLACE_DEMONYM)
			continue;
		if ((rc = add_form(p, r, r->name, r->len)) != PT_MATCHER_OK)
			return rc;
	}
	for (i = 0; i < p->nrows; i++)
		if (p->rows[i].form == PT_PLACE_DEMONYM &&
			(rc = add_demonym(p, &p->rows[i])) != PT_MATCHER_OK)
			return rc;

	/* the rows are no longer needed */
	for (i = 0; i < p->nrows; i++)
		p_free(p, p->rows[i].name);
	p_free(p, p->rows);
	p->rows = NULL;
	p->nrows = p->row_cap = 0;
	p->built = 1;
	return PT_MATCHER_OK;
}

/* ---- context -------------------------------------------------------------- */

/* is c part of a word (letters, digits, marks, joiners of words)? */
static int
word_char(uint32_t c)
{
	if (c < 0x80)
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
	if (c == 0x060C || c == 0x061B || c == 0x061F || c == 0x06D4 ||
		(c >= 0x066A && c <= 0x066D))
		return 0;				/* Arabic punctuation */
	if (c >= 0x2000 && c <= 0x206F)
		return c == PT_CP_ZWNJ;		/* general punctuation; ZWNJ joins */
	if (c == 0x00A0 || c == 0xFFFD)
		return 0;
	return 1;
}

/* is c a space between two words of a phrase? */
static int
space_char(uint32_t c)
{
	return c == ' ' || c == PT_CP_NBSP || c == '\t' || c == '-' || c == PT_CP_NNBSP || c == PT_CP_ZWNJ;
}

/* start of the code point that ends right before byte i (i > 0) */
static size_t
prev_cp(const unsigned char *s, size_t i)
{
	size_t		j = i - 1;

	while (j > 0 && i - j < 4 && (s[j] & 0xC0) == 0x80)
		j--;
	return j;
}

/* the word before byte start, separated only by spaces: its range, or 0 */
static int
word_before(const unsigned char *s, size_t start, size_t *ws, size_t *we)
{
	size_t		i = start,
				j;
	int			n,
				spaces = 0;

	while (i > 0)
	{
		j = prev_cp(s, i);
		if (!space_char(pt_utf8_decode(s + j, i - j, &n)))
			break;
		i = j;
		spaces++;
	}
	if (spaces == 0 || spaces > 3)
		return 0;
	*we = i;
	while (i > 0)
	{
		j = prev_cp(s, i);
		if (!word_char(pt_utf8_decode(s + j, i - j, &n)) || *we - j > MAX_CONTEXT_WORD)
			break;
		i = j;
	}
	*ws = i;
	return *ws < *we;
}

/* the word after byte end, separated only by spaces: its range, or 0 */
static int
word_after(const unsigned char *s, size_t len, size_t end, size_t *ws, size_t *we)
{
	size_t		i = end;
	int			n,
				spaces = 0;

	while (i < len && space_char(pt_utf8_decode(s + i, len - i, &n)))
	{
		i += n;
		spaces++;
	}
	if (spaces == 0 || spaces > 3)
		return 0;
	*ws = i;
	while (i < len && word_char(pt_utf8_decode(s + i, len - i, &n)) && i + n - *ws <= MAX_CONTEXT_WORD)
		i += n;
	*we = i;
	return *ws < *we;
}

/* does the folded word start with the two-byte letter at f[o]? */
static int
letter_at(const unsigned char *f, size_t fl, size_t o, unsigned char b0, unsigned char b1)
{
	return fl >= o + 2 && f[o] == b0 && f[o + 1] == b1;
}

/*
 * Is the folded word s[ws, we), or the word without its attached prefixes,
 * in the list?  Prefixes: و/ف, then ب/ك/ل (leaving 3 letters or more), then
 * the article ال; لل is ل + ال.
 */
static int
context_word(const unsigned char *s, size_t ws, size_t we, const folded_list *list)
{
	unsigned char f[PT_FOLD_BOUND(MAX_CONTEXT_WORD)];
	size_t		fl,
				o = 0;

	if (we - ws > MAX_CONTEXT_WORD)
		return 0;
	fl = pt_fold_all(PT_FOLD_SEARCH, s + ws, we - ws, f);
	if (in_list(list, f, fl))
		return 1;
	if ((letter_at(f, fl, 0, 0xD9, 0x88) || letter_at(f, fl, 0, 0xD9, 0x81)) && fl >= 8)
	{
		o = 2;
		if (in_list(list, f + o, fl - o))
			return 1;
	}
	if (letter_at(f, fl, o, 0xD9, 0x84) && letter_at(f, fl, o + 2, 0xD9, 0x84) && fl >= o + 8)
		return in_list(list, f + o + 4, fl - o - 4);	/* لل */
	if ((letter_at(f, fl, o, 0xD8, 0xA8) || letter_at(f, fl, o, 0xD9, 0x83) ||
		 letter_at(f, fl, o, 0xD9, 0x84)) && fl >= o + 8)
	{
		if (in_list(list, f + o + 2, fl - o - 2))
			return 1;
		if (fl >= o + 10 && memcmp(f + o + 2, PT_U8_ARTICLE, 4) == 0)
			return in_list(list, f + o + 6, fl - o - 6);
	}
	if (fl >= o + 8 && memcmp(f + o, PT_U8_ARTICLE, 4) == 0)
		return in_list(list, f + o + 4, fl - o - 4);
	return 0;
}

/* does a capitalised Latin word start at s[ws]? */
static int
capitalised(const unsigned char *s, size_t ws)
{
	return s[ws] >= 'A' && s[ws] <= 'Z';
}

/*
 * A personal pronoun among the next few words of the sentence (Jordan said
 * he would retire; Chad told reporters she ...): a person.  Not after a
 * possessive (Jordan's king said he ...).
 */
static int
pronoun_follows(const pt_places *p, const unsigned char *s, size_t len, size_t end)
{
	size_t		i = end;
	int			words = 0;

	if (i < len && (s[i] == '\'' || (len - i >= 3 && memcmp(s + i, "\xE2\x80\x99", 3) == 0)))
		return 0;
	while (i < len && words < 4)
	{
		size_t		ws;

		while (i < len && !((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z')))
		{
			if (s[i] == '.' || s[i] == '!' || s[i] == '?' || s[i] == ';' || s[i] >= 0x80)
				return 0;		/* the sentence or the Latin text ends */
			i++;
		}
		ws = i;
		while (i < len && ((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z')))
			i++;
		if (i > ws && i - ws <= MAX_CONTEXT_WORD &&
			word_in_list_raw(p->lists[LIST_PRONOUN], s + ws, i - ws))
			return 1;
		words++;
	}
	return 0;
}

/* a person-like mention next to another capitalised word: a person */
static int
person_context(const pt_places *p, const unsigned char *s, size_t len, size_t start,
			   size_t end)
{
	size_t		ws,
				we;

	if (word_before(s, start, &ws, &we) && capitalised(s, ws))
	{
		unsigned char f[PT_FOLD_BOUND(MAX_CONTEXT_WORD)];
		size_t		fl = pt_fold_all(PT_FOLD_SEARCH, s + ws, we - ws, f);

		if (!in_list(p->lists[LIST_PERSON_OK], f, fl))
			return 1;
	}
	if (word_after(s, len, end, &ws, &we) && capitalised(s, ws))
		return 1;
	return pronoun_follows(p, s, len, end);
}

/* ---- search --------------------------------------------------------------- */

typedef struct filter
{
	const pt_places *p;
	const unsigned char *text;
	size_t		len;
	pt_place_cb cb;
	void	   *arg;
	size_t		ctx_end;		/* end of the last mention a context word took, or 0 */
} filter;

/*
 * Is the mention at start the next item of a list whose previous item a
 * context word took (اللغة الفرنسية والإسبانية, زبان روسی و اوکراینی)?
 */
static int
continues_context(const filter *f, size_t start)
{
	size_t		ws,
				we;
	unsigned char c[PT_FOLD_BOUND(MAX_CONTEXT_WORD)];
	size_t		cl;

	if (f->ctx_end == 0 || !word_before(f->text, start, &ws, &we))
		return 0;
	if (we == f->ctx_end)
		return f->text[start] == 0xD9 && f->text[start + 1] == 0x88;	/* attached و */
	if (we - ws > MAX_CONTEXT_WORD)
		return 0;
	cl = pt_fold_all(PT_FOLD_SEARCH, f->text + ws, we - ws, c);
	if (!in_list(f->p->lists[LIST_CONJ], c, cl))
		return 0;
	return word_before(f->text, ws, &ws, &we) && we == f->ctx_end;
}

/* does the last word of the mention end as an Arabic adjective (ي, ية, يون ...)? */
static int
adjective_ending(const unsigned char *s, size_t start, size_t end)
{
	static const char *const endings[] = {
		PT_U8_YEH, PT_U8_YEH PT_U8_HEH, PT_U8_YEH PT_U8_YEH PT_U8_NOON,
		PT_U8_YEH PT_U8_WAW PT_U8_NOON, PT_U8_YEH PT_U8_ALEF PT_U8_NOON,
		PT_U8_YEH PT_U8_ALEF PT_U8_TEH, PT_U8_YEH PT_U8_TEH PT_U8_YEH PT_U8_NOON,
		NULL
	};							/* ي يه يين يون يان يات يتين (folded) */
	unsigned char f[PT_FOLD_BOUND(MAX_CONTEXT_WORD)];
	size_t		ws = end,
				fl;
	int			i;

	while (ws > start && s[ws - 1] != ' ')
		ws--;
	if (end - ws > MAX_CONTEXT_WORD)
		return 0;
	fl = pt_fold_all(PT_FOLD_SEARCH, s + ws, end - ws, f);
	for (i = 0; endings[i]; i++)
	{
		size_t		el = strlen(endings[i]);

		if (fl >= el + 4 && memcmp(f + fl - el, endings[i], el) == 0)
			return 1;
	}
	return 0;
}

/* the language of the text around bytes [start, end) */
static pt_lang_t
window_lang(const filter *f, size_t start, size_t end)
{
	size_t		ws = start > LANG_WINDOW ? start - LANG_WINDOW : 0,
				we = end + LANG_WINDOW < f->len ? end + LANG_WINDOW : f->len;

	while (ws > 0 && (f->text[ws] & 0xC0) == 0x80)
		ws--;
	while (we < f->len && (f->text[we] & 0xC0) == 0x80)
		we++;
	return pt_lang_detect(f->text + ws, we - ws);
}

/* the country an ambiguous mention denotes, or -1 */
static int
resolve_group(const filter *f, int group, size_t start, size_t end)
{
	const pt_places *p = f->p;
	uint8_t		pos[MAX_MARKS];
	uint32_t	mark[MAX_MARKS];
	int			n = marks_of(f->text + start, end - start, pos, mark);
	int			found = -1,
				i,
				j,
				k;
	pt_lang_t	lang;

	if (n > 0)
	{
		for (i = 0; i < p->ncands; i++)
		{
			const group_cand *c = &p->cands[i];

			if (c->group != group || c->kind != DECIDE_MARKS)
				continue;
			for (j = 0; j < c->nmarks; j++)
			{
				for (k = 0; k < n; k++)
					if (pos[k] == c->mark_pos[j] && mark[k] == c->mark[j])
						break;
				if (k == n)
					break;
			}
			if (j < c->nmarks)
				continue;
			if (found >= 0 && found != c->country)
				return -1;		/* two spellings fit */
			found = c->country;
		}
		if (found >= 0)
			return found;
	}

	lang = window_lang(f, start, end);
	for (i = 0; i < p->ncands; i++)
	{
		const group_cand *c = &p->cands[i];

		if (c->group != group || c->lang != lang)
			continue;
		if (c->kind != DECIDE_LANG)
			return -1;			/* ambiguous in this language */
		if (found >= 0 && found != c->country)
			return -1;
		found = c->country;
	}
	return found;
}

/* is the folded word s[ws, we) in the list? */
static int
word_in(const unsigned char *s, size_t ws, size_t we, const folded_list *l)
{
	unsigned char f[PT_FOLD_BOUND(MAX_CONTEXT_WORD)];
	size_t		fl;

	if (we - ws > MAX_CONTEXT_WORD)
		return 0;
	fl = pt_fold_all(PT_FOLD_SEARCH, s + ws, we - ws, f);
	return in_list(l, f, fl);
}

/* does a phrase end after byte end (end of text, punctuation, and/or/و...)? */
static int
phrase_end(const filter *f, size_t end)
{
	size_t		i = end,
				ws,
				we;
	int			n;
	uint32_t	c;

	while (i < f->len && (f->text[i] == ' ' || f->text[i] == '\t'))
		i++;
	if (i >= f->len)
		return 1;
	c = pt_utf8_decode(f->text + i, f->len - i, &n);
	if (!word_char(c))
		return 1;				/* punctuation */
	if (c == 0x0648)
		return 1;				/* an attached و: the next item of a list */
	return word_after(f->text, f->len, end, &ws, &we) &&
		word_in(f->text, ws, we, f->p->lists[LIST_CONJ]);
}

/* does the folded last word of a mention end in ية (folded يه)? */
static int
feminine_ending(const unsigned char *s, size_t start, size_t end)
{
	unsigned char f[PT_FOLD_BOUND(MAX_CONTEXT_WORD)];
	size_t		fl;

	if (end - start > MAX_CONTEXT_WORD)
		return 0;
	fl = pt_fold_all(PT_FOLD_SEARCH, s + start, end - start, f);
	return fl >= 8 && memcmp(f + fl - 4, PT_U8_YEH PT_U8_HEH, 4) == 0;
}

/*
 * Is a demonym mention the name of a language?  English after a verb of
 * speaking (speaks Turkish) or a preposition at the end of a phrase (in
 * French.); Arabic with ب and the article (بالفرنسية) or after إلى/من at the
 * end of a phrase, feminine (ترجم إلى الفرنسية); Persian after به/از at the
 * end of a phrase, or before زبان (فرانسوی‌زبان).
 */
static int
language_reading(const filter *f, size_t start, size_t end)
{
	const unsigned char *s = f->text;
	size_t		ws,
				we;
	int			before;

	if (pt_matcher_lookup(f->p->adj, s + start, end - start) < 0)
		return 0;
	before = word_before(s, start, &ws, &we);
	if (s[start] < 0x80)
		return before && (word_in(s, ws, we, f->p->lists[LIST_LANG_VERB]) ||
						  (word_in(s, ws, we, f->p->lists[LIST_LANG_PREP]) && phrase_end(f, end)));
	if (end - start > 6 && memcmp(s + start, PT_U8_BEH PT_U8_ARTICLE, 6) == 0 &&
		feminine_ending(s, start, end) && memchr(s + start, ' ', end - start) == NULL)
		return 1;				/* بالفرنسية */
	if (before && word_in(s, ws, we, f->p->lists[LIST_LANG_PREP]))
	{
		/* Arabic feminine at the end of a phrase; Persian ی (a verb follows) */
		if (feminine_ending(s, start, end) && phrase_end(f, end))
			return 1;
		if (s[end - 2] == 0xDB && s[end - 1] == 0x8C && memchr(s + start, ' ', end - start) == NULL &&
			guess_lang(s + start, end - start) == PT_LANG_FA)
			return 1;
	}
	if (word_after(s, f->len, end, &ws, &we) && word_in(s, ws, we, f->p->lists[LIST_LANG_AFTER]))
		return 1;
	/* a list of language adjectives: باللغتين العربية والفرنسية */
	if (feminine_ending(s, start, end) || (s[end - 2] == 0xDB && s[end - 1] == 0x8C))
	{
		size_t		at = start;
		int			k;

		for (k = 0; k < 3 && word_before(s, at, &ws, &we); k++)
		{
			if (context_word(s, ws, we, f->p->lists[LIST_LANG_NOUN]))
				return 1;
			at = ws;
		}
	}
	return 0;
}

/* the country a raw mention gives after every rule, or -1 */
static int
filter_mention(filter *f, int code, size_t start, size_t end)
{
	const pt_places *p = f->p;
	const unsigned char *s = f->text;
	size_t		ws,
				we;

	if (code == p->blocker_code)
		return -1;
	if (code > p->ncountries)
	{
		int			g;

		for (g = 0; g < p->ngroups; g++)
			if (p->group_code[g] == code)
				break;
		if (g == p->ngroups)
			return -1;
		code = resolve_group(f, g, start, end);
		if (code < 0)
			return -1;
	}
	else
		code--;					/* country index */
	if (s[start] >= 'a' && s[start] <= 'z')
		return -1;				/* turkey, china */
	if (s[start] < 0x80 && p->has_person[code] &&
		pt_matcher_lookup(p->person, s + start, end - start) >= 0 &&
		person_context(p, s, f->len, start, end))
		return -1;
	if ((word_before(s, start, &ws, &we) && s[ws] >= 0x80 &&
		 (context_word(s, ws, we, p->lists[LIST_BEFORE]) ||
		  (context_word(s, ws, we, p->lists[LIST_CURRENCY]) &&
		   (adjective_ending(s, start, end) || window_lang(f, start, end) == PT_LANG_FA)))) ||
		(s[start] < 0x80 && word_after(s, f->len, end, &ws, &we) && s[ws] < 0x80 &&
		 context_word(s, ws, we, p->lists[LIST_AFTER])) ||
		continues_context(f, start) || language_reading(f, start, end))
	{
		f->ctx_end = end;
		return -1;
	}
	return code;
}

static void
filter_cb(void *arg, int code, size_t start, size_t end)
{
	filter	   *f = arg;
	int			c = filter_mention(f, code, start, end);

	if (c >= 0)
		f->cb(f->arg, c, start, end);
}

void
pt_places_search(const pt_places *p, const unsigned char *text, size_t len,
				 pt_place_cb cb, void *arg)
{
	filter		f;

	if (!p->built)
		return;
	f.p = p;
	f.text = text;
	f.len = len;
	f.cb = cb;
	f.arg = arg;
	f.ctx_end = 0;
	pt_matcher_search(p->m, text, len, filter_cb, &f);
}

void
pt_places_search_prepared(const pt_places *p, const pt_prepared *d,
						  pt_place_cb cb, void *arg)
{
	filter		f;

	if (!p->built)
		return;
	f.p = p;
	f.text = pt_prepared_text(d, &f.len);
	f.cb = cb;
	f.arg = arg;
	f.ctx_end = 0;
	pt_matcher_search_prepared(p->m, d, filter_cb, &f);
}

typedef struct find_one
{
	int			country;
	int			found;
	int			count;
	size_t		start,
				end;
} find_one;

static void
find_one_cb(void *arg, int country, size_t start, size_t end)
{
	find_one   *fo = arg;

	if (fo->count++ == 0)
	{
		fo->start = start;
		fo->end = end;
		fo->found = country;
	}
	if (country == fo->country)
		fo->country = -2;		/* seen */
}

int
pt_places_mentions(const pt_places *p, const unsigned char *text, size_t len,
				   int country)
{
	find_one	fo;

	if (country < 0 || country >= p->ncountries)
		return 0;
	memset(&fo, 0, sizeof(fo));
	fo.country = country;
	pt_places_search(p, text, len, find_one_cb, &fo);
	return fo.country == -2;
}

/* is c outside words (space or ASCII punctuation)? */
static int
edge_char(unsigned char c)
{
	return c < 0x80 && !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
						 (c >= '0' && c <= '9'));
}

int
pt_places_lookup(const pt_places *p, const unsigned char *name, size_t len)
{
	find_one	fo;
	size_t		s = 0,
				e = len;

	memset(&fo, 0, sizeof(fo));
	fo.country = -1;
	fo.found = -1;
	pt_places_search(p, name, len, find_one_cb, &fo);
	if (fo.count != 1)
		return -1;
	while (s < len && edge_char(name[s]))
		s++;
	while (e > s && edge_char(name[e - 1]))
		e--;
	return fo.start <= s && fo.end >= e ? fo.found : -1;
}

int
pt_places_find_code(const pt_places *p, const char *code, size_t len)
{
	int			idx = pt_matcher_find_code(p->m, code, len);

	return idx >= 1 && idx <= p->ncountries ? idx - 1 : -1;
}

const char *
pt_places_code(const pt_places *p, int country, size_t *len)
{
	return pt_matcher_code(p->m, country + 1, len);
}

int
pt_places_ncountries(const pt_places *p)
{
	return p->ncountries;
}

int
pt_places_code_names(const pt_places *p, int country, pt_variant_cb cb, void *arg)
{
	int			rc,
				g,
				i;

	if (country < 0 || country >= p->ncountries)
		return 0;
	rc = pt_matcher_code_names(p->m, country + 1, cb, arg);
	if (rc != 0)
		return rc;
	for (g = 0; g < p->ngroups; g++)
	{
		for (i = 0; i < p->ncands; i++)
			if (p->cands[i].group == g && p->cands[i].country == country)
				break;
		if (i < p->ncands &&
			(rc = pt_matcher_code_names(p->m, p->group_code[g], cb, arg)) != 0)
			return rc;
	}
	return 0;
}

void
pt_places_get_stats(const pt_places *p, pt_matcher_stats *st)
{
	pt_matcher_stats a,
				b;

	pt_matcher_get_stats(p->m, st);
	pt_matcher_get_stats(p->person, &a);
	pt_matcher_get_stats(p->amb, &b);
	st->bytes += a.bytes + b.bytes + sizeof(pt_places) +
		(size_t) p->cand_cap * sizeof(group_cand) + (size_t) p->group_cap * sizeof(int);
	st->codes = p->ncountries;
}
