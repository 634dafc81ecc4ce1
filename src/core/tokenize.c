/*
 * tokenize.c
 *		Word tokenizer for Arabic, Persian and Latin text.
 *
 * A token is found by one forward scan over character classes (pt_cclass);
 * the joining rule of Persian bound morphemes looks ahead at most one space
 * and one word.  See tokenize.h for the token types and the rule.
 */
#include <stdint.h>

#include "chartab.h"
#include "html.h"
#include "interrupt.h"
#include "tokenize.h"
#include "utf8.h"

/* bytes looked at for a detached suffix word (longest is 12 + marks) */
#define SUFFIX_LOOKAHEAD	64

/* longest skeleton of a bound morpheme, in letters */
#define SKELETON_MAX		8

static char skeleton_letter(uint32_t cp);

/* Decode the code point at offset i (< t->len). */
static inline uint32_t
decode_at(const pt_tokenizer *t, size_t i, int *n)
{
	if (t->s[i] < 0x80)
	{
		*n = 1;
		return t->s[i];
	}
	return pt_utf8_decode(t->s + i, t->len - i, n);
}

/* Characters that never end a word once it has started. */
static inline int
is_inner(pt_cclass_t c)
{
	return c == PT_CC_MARK || c == PT_CC_INVIS || c == PT_CC_ZWNJ;
}

/* Characters that start a token other than BLANK. */
static inline int
starts_word(pt_cclass_t c)
{
	return c == PT_CC_ALETTER || c == PT_CC_LLETTER ||
		c == PT_CC_OLETTER || c == PT_CC_DIGIT;
}

/* The one space the joining rule crosses. */
static inline int
is_join_space(uint32_t cp)
{
	return cp == 0x20 || cp == 0xA0 || cp == 0x202F;
}

/*
 * Scan letters of class cc and inner characters from i, not past limit;
 * returns the end offset.
 */
static size_t
scan_letters(pt_tokenizer *t, size_t i, size_t limit, pt_cclass_t cc)
{
	while (i < limit)
	{
		int			n;
		pt_cclass_t c = pt_cclass(decode_at(t, i, &n));

		if ((c != cc && !is_inner(c)) || i + n > limit)
			break;
		i += n;
		PT_CHECK_INTERRUPTS(t->steps);
	}
	return i;
}

/* Does an Arabic-script word that reached offset i end there? */
static int
arabic_word_ends(const pt_tokenizer *t, size_t i)
{
	int			n;
	pt_cclass_t c;

	if (i >= t->len)
		return 1;
	c = pt_cclass(decode_at(t, i, &n));
	return c != PT_CC_ALETTER && !is_inner(c);
}

/*
 * If a joining space is at i and an Arabic-script letter follows it, return
 * the offset of that letter; else 0 (never a valid answer, as i > 0).
 */
static size_t
joined_word_start(const pt_tokenizer *t, size_t i, size_t limit)
{
	int			n,
				m;

	if (i >= limit || !is_join_space(decode_at(t, i, &n)))
		return 0;
	if (i + n >= limit ||
		pt_cclass(decode_at(t, i + n, &m)) != PT_CC_ALETTER)
		return 0;
	return i + n;
}

/* Does the word at i start with heh or teh, as every suffix word does? */
static inline int
starts_like_suffix(const pt_tokenizer *t, size_t i)
{
	int			n;
	char		l = skeleton_letter(decode_at(t, i, &n));

	return l == 'h' || l == 't';
}

/*
 * Apply the joining rule to the Arabic-script word [start, end): returns
 * the end of the token, taking in a following word after a prefix and then
 * a following suffix word.  Morphemes are not joined to each other.
 */
static size_t
join_morphemes(pt_tokenizer *t, size_t start, size_t end, size_t limit)
{
	const unsigned char *w = t->s + start;
	pt_morph_t	m;
	size_t		next,
				wend;

	/*
	 * Quick reject, inline: a word of the Arabic block whose first letter
	 * is not heh, teh, meem or noon is no morpheme (pt_tok_morpheme would
	 * say so after decoding it).
	 */
	if (w[0] >= 0xD8 && w[0] <= 0xDB && !(w[0] == 0xD8 && w[1] == 0xAA) &&
		!(w[0] == 0xD9 && (w[1] == 0x87 || w[1] == 0x85 || w[1] == 0x86)))
		m = PT_MORPH_NONE;
	else
		m = pt_tok_morpheme(w, end - start);

	if (m == PT_MORPH_PREFIX && (next = joined_word_start(t, end, limit)) != 0)
	{
		wend = scan_letters(t, next, limit, PT_CC_ALETTER);
		if (arabic_word_ends(t, wend) &&
			pt_tok_morpheme(t->s + next, wend - next) == PT_MORPH_NONE)
		{
			end = wend;
			m = PT_MORPH_NONE;
		}
	}
	if (m == PT_MORPH_NONE && (next = joined_word_start(t, end, limit)) != 0 &&
		starts_like_suffix(t, next))
	{
		size_t		cap = limit - next > SUFFIX_LOOKAHEAD ?
			next + SUFFIX_LOOKAHEAD : limit;

		wend = scan_letters(t, next, cap, PT_CC_ALETTER);
		if (arabic_word_ends(t, wend) &&
			pt_tok_morpheme(t->s + next, wend - next) == PT_MORPH_SUFFIX)
			end = wend;
	}
	return end;
}

/*
 * Scan a number from i: digits (and inner characters) with single
 * separators between digits.  Sets *type to UINT, DECIMAL, or NUMWORD when
 * Latin letters follow digits that had no separator.
 */
static size_t
scan_number(pt_tokenizer *t, size_t i, size_t limit, pt_token_type *type)
{
	*type = PT_TOK_UINT;
	for (;;)
	{
		int			n,
					m;
		uint32_t	cp;
		pt_cclass_t c;

		i = scan_letters(t, i, limit, PT_CC_DIGIT);
		if (i >= limit)
			break;
		cp = decode_at(t, i, &n);
		c = pt_cclass(cp);
		if (c == PT_CC_LLETTER && *type == PT_TOK_UINT)
		{
			*type = PT_TOK_NUMWORD;
			break;
		}
		if (cp != '.' && cp != ',' && cp != 0x066B && cp != 0x066C)
			break;
		if (i + n >= limit ||
			pt_cclass(decode_at(t, i + n, &m)) != PT_CC_DIGIT)
			break;
		*type = PT_TOK_DECIMAL;
		i += n;
	}
	return i;
}

/*
 * Scan a Latin word or a number that runs into Latin letters: Latin
 * letters, digits and inner characters.  *type is updated from ASCIIWORD
 * to WORD (a non-ASCII letter) or NUMWORD (a digit).
 */
static size_t
scan_latin(pt_tokenizer *t, size_t i, size_t limit, pt_token_type *type)
{
	int			digit = (*type == PT_TOK_NUMWORD),
				nonascii = 0;

	while (i < limit)
	{
		int			n;
		uint32_t	cp = decode_at(t, i, &n);
		pt_cclass_t c = pt_cclass(cp);

		if ((c != PT_CC_LLETTER && c != PT_CC_DIGIT && !is_inner(c)) ||
			i + n > limit)
			break;
		if (c == PT_CC_DIGIT)
			digit = 1;
		else if (c == PT_CC_LLETTER && cp >= 0x80)
			nonascii = 1;
		i += n;
		PT_CHECK_INTERRUPTS(t->steps);
	}
	*type = digit ? PT_TOK_NUMWORD : nonascii ? PT_TOK_WORD : PT_TOK_ASCIIWORD;
	return i;
}

/*
 * Scan a blank run: everything up to the next character that starts a
 * word, a tag or an entity (its first character is always taken).
 */
static size_t
scan_blank(pt_tokenizer *t, size_t i, size_t limit)
{
	size_t		first = i;

	while (i < limit)
	{
		int			n;
		pt_cclass_t c;

		if ((t->s[i] == '<' || t->s[i] == '&') && i > first && t->markup)
			break;
		c = pt_cclass(decode_at(t, i, &n));
		if (starts_word(c) || i + n > limit)
			break;
		i += n;
		PT_CHECK_INTERRUPTS(t->steps);
	}
	return i;
}

/*
 * An address (URL, host, e-mail) at i: returns the type of its first token
 * and sets *end, arming t->url_stage for the parts still to come; or
 * PT_TOK_END when there is none.
 */
static pt_token_type
scan_address(pt_tokenizer *t, size_t i, size_t limit, size_t *end)
{
	pt_html_url u;
	size_t		n;

	/* an address stays below PostgreSQL's word limit, as blanks do */
	if (limit - i > PT_TOK_MAX_BLANK_BYTES)
		limit = i + PT_TOK_MAX_BLANK_BYTES;
	if (!pt_html_maybe_address(t->s + i, limit - i))
		return PT_TOK_END;
	if ((n = pt_html_email(t->s + i, limit - i)) != 0)
	{
		*end = i + n;
		return PT_TOK_EMAIL;
	}
	if ((n = pt_html_url_at(t->s + i, limit - i, &u)) == 0)
		return PT_TOK_END;
	t->host_end = i + u.protocol + u.host;
	t->url_end = i + n;
	if (u.protocol)
	{
		*end = i + u.protocol;
		t->url_stage = u.path ? 1 : 2;
		return PT_TOK_PROTOCOL;
	}
	if (u.path)
	{
		*end = t->url_end;		/* the URL; host and path follow */
		t->url_stage = 2;
		return PT_TOK_URL;
	}
	*end = t->host_end;
	return PT_TOK_HOST;
}

/* The next part of an address (t->url_stage > 0) from t->pos. */
static pt_token_type
address_part(pt_tokenizer *t, size_t *start, size_t *toklen)
{
	size_t		i = t->pos;
	int			stage = t->url_stage;

	*start = i;
	if (stage == 1)
	{
		*toklen = t->url_end - i;
		t->url_stage = 2;		/* the position stays: host and path follow */
		return PT_TOK_URL;
	}
	if (stage == 2)
	{
		*toklen = t->host_end - i;
		t->pos = t->host_end;
		t->url_stage = t->url_end > t->host_end ? 3 : 0;
		return PT_TOK_HOST;
	}
	*toklen = t->url_end - i;
	t->pos = t->url_end;
	t->url_stage = 0;
	return PT_TOK_URL_PATH;
}

void
pt_tok_init(pt_tokenizer *t, const unsigned char *s, size_t len)
{
	t->s = s;
	t->len = s ? len : 0;
	t->pos = 0;
	t->steps = 0;
	t->markup = 0;
	t->url_stage = 0;
	t->host_end = 0;
	t->url_end = 0;
}

void
pt_tok_init_markup(pt_tokenizer *t, const unsigned char *s, size_t len)
{
	pt_tok_init(t, s, len);
	t->markup = 1;
}

pt_token_type
pt_tok_next(pt_tokenizer *t, size_t *start, size_t *toklen)
{
	size_t		i = t->pos,
				limit,
				end;
	int			n;
	pt_token_type type;

	if (t->url_stage)
		return address_part(t, start, toklen);
	if (i >= t->len)
	{
		*start = t->len;
		*toklen = 0;
		return PT_TOK_END;
	}
	limit = (t->len - i > PT_TOK_MAX_BYTES) ? i + PT_TOK_MAX_BYTES : t->len;

	if (t->markup)
	{
		/* tags, entities and addresses (pt_tok_init_markup) */
		type = PT_TOK_END;
		if (t->s[i] == '<' && (end = pt_html_tag(t->s + i, limit - i)) != 0)
			type = PT_TOK_TAG;
		else if (t->s[i] == '&' && (end = pt_html_entity(t->s + i, limit - i)) != 0)
			type = PT_TOK_ENTITY;
		if (type != PT_TOK_END)
		{
			end += i;
			goto done;
		}
		if ((((t->s[i] | 0x20) >= 'a' && (t->s[i] | 0x20) <= 'z') ||
			 (t->s[i] >= '0' && t->s[i] <= '9')) &&
			(type = scan_address(t, i, limit, &end)) != PT_TOK_END)
			goto done;
	}

	switch (pt_cclass(decode_at(t, i, &n)))
	{
		case PT_CC_ALETTER:
			type = PT_TOK_ARABICWORD;
			end = scan_letters(t, i, limit, PT_CC_ALETTER);
			end = join_morphemes(t, i, end, limit);
			break;
		case PT_CC_LLETTER:
			type = PT_TOK_ASCIIWORD;
			end = scan_latin(t, i, limit, &type);
			break;
		case PT_CC_DIGIT:
			end = scan_number(t, i, limit, &type);
			if (type == PT_TOK_NUMWORD)
				end = scan_latin(t, end, limit, &type);
			break;
		case PT_CC_OLETTER:
			type = PT_TOK_OTHERWORD;
			end = scan_letters(t, i, limit, PT_CC_OLETTER);
			break;
		default:
			type = PT_TOK_BLANK;
			if (limit - i > PT_TOK_MAX_BLANK_BYTES)
				limit = i + PT_TOK_MAX_BLANK_BYTES;
			end = scan_blank(t, i, limit);
			break;
	}
	if (end <= i)
		end = i + n;			/* cannot happen; guarantees progress */
done:
	if (type == PT_TOK_URL)
	{
		*start = i;
		*toklen = end - i;
		return type;			/* t->pos stays for the host and path */
	}
	t->pos = end;
	*start = i;
	*toklen = end - i;
	return type;
}

/*
 * Skeleton letter of cp for the morpheme test: 'a' alef, 'h' heh, 't' teh,
 * 'r' reh, 'n' noon, 'm' meem, 'x' sheen, 'Y' Persian yeh, 'y' other yehs
 * (Arabic yeh, alef maksura, yeh with hamza); presentation forms included.
 * Returns 0 for any other letter.
 */
static char
skeleton_letter(uint32_t cp)
{
	/* the Arabic block by table, the rest (presentation forms) by switch */
	static const char arabic_block[256] = {
		[0x27] = 'a', [0x47] = 'h', [0x2A] = 't', [0x31] = 'r', [0x46] = 'n',
		[0x45] = 'm', [0x34] = 'x', [0xCC] = 'Y', [0x4A] = 'y', [0x49] = 'y',
		[0x26] = 'y'
	};

	if ((cp >> 8) == 0x06)
		return arabic_block[cp & 0xFF];
	switch (cp)
	{
		case 0x0627:
		case 0xFE8D:
		case 0xFE8E:
			return 'a';
		case 0x0647:
		case 0xFEE9:
		case 0xFEEA:
		case 0xFEEB:
		case 0xFEEC:
			return 'h';
		case 0x062A:
		case 0xFE95:
		case 0xFE96:
		case 0xFE97:
		case 0xFE98:
			return 't';
		case 0x0631:
		case 0xFEAD:
		case 0xFEAE:
			return 'r';
		case 0x0646:
		case 0xFEE5:
		case 0xFEE6:
		case 0xFEE7:
		case 0xFEE8:
			return 'n';
		case 0x0645:
		case 0xFEE1:
		case 0xFEE2:
		case 0xFEE3:
		case 0xFEE4:
			return 'm';
		case 0x0634:
		case 0xFEB5:
		case 0xFEB6:
		case 0xFEB7:
		case 0xFEB8:
			return 'x';
		case 0x06CC:
		case 0xFBFC:
		case 0xFBFD:
		case 0xFBFE:
		case 0xFBFF:
			return 'Y';
		case 0x064A:
		case 0x0649:
		case 0x0626:
		case 0xFEF1:
		case 0xFEF2:
		case 0xFEF3:
		case 0xFEF4:
		case 0xFEEF:
		case 0xFEF0:
		case 0xFE89:
		case 0xFE8A:
		case 0xFE8B:
		case 0xFE8C:
			return 'y';
		default:
			return 0;
	}
}

/* suffix skeletons, yeh of any kind written 'y' */
static const char *const suffixes[] = {
	"ha", "hay", "hayy", "haym", "hayt", "hayx", "hayman", "haytan",
	"hayxan", "tr", "tryn"
};

int
pt_tok_prefix_any_yeh(const unsigned char *w, size_t len)
{
	char		sk[4];
	int			k = 0;
	size_t		i = 0;

	while (i < len)
	{
		int			n;
		uint32_t	cp = pt_utf8_decode(w + i, len - i, &n);
		char		l;

		i += n;
		if (is_inner(pt_cclass(cp)))
			continue;
		if ((l = skeleton_letter(cp)) == 0 || k == 3)
			return 0;
		sk[k++] = (l == 'Y') ? 'y' : l;
	}
	return (k == 2 && sk[0] == 'm' && sk[1] == 'y') ||
		(k == 3 && sk[0] == 'n' && sk[1] == 'm' && sk[2] == 'y');
}

pt_morph_t
pt_tok_morpheme(const unsigned char *w, size_t len)
{
	char		sk[SKELETON_MAX + 1];
	int			k = 0,
				persian_yeh = 1;
	size_t		i = 0;

	/* quick reject: every morpheme starts with heh, teh, meem or noon */
	if (len > 0)
	{
		int			n;
		uint32_t	cp = pt_utf8_decode(w, len, &n);
		char		l = skeleton_letter(cp);

		if (l != 'h' && l != 't' && l != 'm' && l != 'n' &&
			!is_inner(pt_cclass(cp)))
			return PT_MORPH_NONE;
	}
	while (i < len)
	{
		int			n;
		uint32_t	cp = pt_utf8_decode(w + i, len - i, &n);
		char		l;

		i += n;
		if (is_inner(pt_cclass(cp)))
			continue;
		if ((l = skeleton_letter(cp)) == 0 || k == SKELETON_MAX)
			return PT_MORPH_NONE;
		if (l == 'Y')
			l = 'y';
		else if (l == 'y')
			persian_yeh = 0;
		sk[k++] = l;
	}
	sk[k] = '\0';
	if (persian_yeh && ((k == 2 && sk[0] == 'm' && sk[1] == 'y') ||
						(k == 3 && sk[0] == 'n' && sk[1] == 'm' && sk[2] == 'y')))
		return PT_MORPH_PREFIX;
	for (size_t j = 0; j < sizeof(suffixes) / sizeof(suffixes[0]); j++)
	{
		const char *s = suffixes[j];
		int			e = 0;

		while (e < k && s[e] == sk[e])
			e++;
		if (e == k && s[e] == '\0')
			return PT_MORPH_SUFFIX;
	}
	return PT_MORPH_NONE;
}
