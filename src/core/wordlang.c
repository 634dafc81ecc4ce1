/*
 * wordlang.c
 *		Per-word Arabic/Persian decision from letters (see wordlang.h).
 */
#include "chartab.h"
#include "letters.h"
#include "utf8.h"
#include "wordlang.h"

/* what one scan of a word has seen */
typedef struct
{
	int			signs;			/* PT_SIGN_* bits */
	int			letters;
	uint32_t	first[4];
	int			nfirst;
} word_scan;

/* Count one code point of the word (a letter, mark or anything else). */
static inline void
scan_cp(word_scan *w, uint32_t cp)
{
	w->signs |= pt_letter_sign(cp);
	if (pt_letter_is_arabic(cp))
	{
		if (w->nfirst < 4)
			w->first[w->nfirst++] = cp;
		w->letters++;
	}
	else if (!pt_letter_is_mark(cp))
		w->nfirst = 4;			/* the article must open the word */
}

/*
 * Count a code point outside the Arabic block: presentation forms count as
 * the letters pt_clean makes of them, invisible characters not at all.
 */
static void
scan_other(word_scan *w, uint32_t cp)
{
	uint16_t	v = pt_clean_value(cp);

	if (v != PT_MAP_KEEP && v != PT_MAP_ZWNJ)
	{
		uint32_t	e = pt_map_entry[v];
		const unsigned char *r = pt_map_pool + (e >> 8);
		size_t		rl = e & 0xFF,
					j = 0;

		while (j < rl)
		{
			int			n;

			scan_cp(w, pt_utf8_decode(r + j, rl - j, &n));
			j += (size_t) n;
		}
		return;
	}
	if (cp == PT_CP_ZWNJ)
	{
		w->signs |= PT_SIGN_FA;
		w->nfirst = 4;
		return;
	}
	if (pt_cclass(cp) == PT_CC_INVIS)
		return;
	scan_cp(w, cp);
}

/* Language of one raw Arabic-script word; *strong as in wordlang.h. */
static pt_lang_t
word_lang(const unsigned char *raw, size_t len, int *strong)
{
	word_scan	w = {0, 0, {0, 0, 0, 0}, 0};
	size_t		i = 0;

	while (i < len)
	{
		int			n;
		uint32_t	cp;

		/* two-byte sequences of the Arabic block, decoded inline */
		if (raw[i] >= 0xD8 && raw[i] <= 0xDB && i + 1 < len &&
			(raw[i + 1] & 0xC0) == 0x80)
		{
			cp = ((uint32_t) (raw[i] & 0x1F) << 6) | (raw[i + 1] & 0x3F);
			i += 2;
			scan_cp(&w, cp);
			continue;
		}
		cp = pt_utf8_decode(raw + i, len - i, &n);
		i += (size_t) n;
		scan_other(&w, cp);
	}

	*strong = PT_STRONG_LETTER;
	if (w.letters == 0)
	{
		*strong = 0;
		return PT_LANG_NONE;
	}
	if (w.signs & PT_SIGN_FA)
		return PT_LANG_FA;
	if (w.signs & PT_SIGN_AR)
		return PT_LANG_AR;
	if (pt_letters_article(w.first, w.nfirst, w.letters))
	{
		/*
		 * Strong only as a bare ال (or لل) with four letters after it, in a
		 * word without ی or ک: Persian has words of the other shapes
		 * (بالاتر, والدین, الهام, الکتریک)
		 */
		*strong = (!(w.signs & PT_SIGN_FA_WEAK) &&
				   !pt_letter_is_proclitic(w.first[0]) && w.letters >= 6) ?
			PT_STRONG_ARTICLE : 0;
		return PT_LANG_AR;
	}
	*strong = 0;
	return (w.signs & PT_SIGN_FA_WEAK) ? PT_LANG_FA : PT_LANG_NONE;
}

/* Language of one raw Arabic-script word (see wordlang.h). */
pt_lang_t
pt_word_lang(const unsigned char *raw, size_t len)
{
	int			strong;

	return word_lang(raw, len, &strong);
}

/* Language and strength of one raw word (see wordlang.h). */
pt_lang_t
pt_word_lang_strength(const unsigned char *raw, size_t len, int *strong)
{
	return word_lang(raw, len, strong);
}

/* The stemmer for a raw word, given the language of the text around it. */
pt_lang_t
pt_word_stem_lang(const unsigned char *raw, size_t len, pt_lang_t text_lang)
{
	int			strong;
	pt_lang_t	own = word_lang(raw, len, &strong);

	if (strong == PT_STRONG_LETTER ||
		(strong == PT_STRONG_ARTICLE && text_lang != PT_LANG_FA))
		return own;
	if (text_lang == PT_LANG_AR || text_lang == PT_LANG_FA)
		return text_lang;
	if (own == PT_LANG_AR)
		return own;				/* the article with a Persian letter */
	return PT_LANG_FA;			/* the weak sign, or no sign at all */
}

/* Does the token hold a space the joining rule crosses? */
int
pt_token_joined(const unsigned char *raw, size_t len)
{
	for (size_t i = 0; i < len; i++)
	{
		unsigned char c = raw[i];

		if (c == ' ' ||
			(c == 0xC2 && i + 1 < len && raw[i + 1] == 0xA0) ||
			(c == 0xE2 && i + 2 < len && raw[i + 1] == 0x80 && raw[i + 2] == 0xAF))
			return 1;
	}
	return 0;
}

/* The language of a token seen alone, for Language = auto. */
pt_lang_t
pt_token_lang(const unsigned char *raw, size_t len)
{
	int			strong;
	pt_lang_t	lang;

	if (pt_token_joined(raw, len))
		return PT_LANG_FA;
	lang = word_lang(raw, len, &strong);
	return strong == PT_STRONG_LETTER ? lang : PT_LANG_NONE;
}
