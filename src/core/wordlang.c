/*
 * wordlang.c
 *		Per-word Arabic/Persian decision from letters (see wordlang.h).
 */
#include "utf8.h"
#include "wordlang.h"

/*
 * Language of one raw Arabic-script word; *strong says whether a sign only
 * one language uses decided it (not merely Persian yeh or keheh).
 */
static pt_lang_t
word_lang(const unsigned char *raw, size_t len, int *strong)
{
	size_t		i = 0;
	int			fa_strong = 0,
				ar_strong = 0,
				fa_weak = 0,
				letters = 0;
	uint32_t	first[4] = {0, 0, 0, 0};
	int			nfirst = 0;

	while (i < len)
	{
		int			n;
		uint32_t	cp = pt_utf8_decode(raw + i, len - i, &n);

		i += (size_t) n;
		switch (cp)
		{
			case 0x067E:		/* پ */
			case 0x0686:		/* چ */
			case 0x0698:		/* ژ */
			case 0x06AF:		/* گ */
			case 0x06C0:		/* ۀ */
			case 0x200C:		/* ZWNJ */
				fa_strong = 1;
				break;
			case 0x0629:		/* ة */
			case 0x0649:		/* ى */
			case 0x0625:		/* إ */
			case 0x064B:		/* tanween */
			case 0x064C:
			case 0x064D:
				ar_strong = 1;
				break;
			case 0x06CC:		/* ی */
			case 0x06A9:		/* ک */
				fa_weak = 1;
				break;
			default:
				break;
		}
		if ((cp >= 0x0621 && cp <= 0x064A && cp != 0x0640) ||
			(cp >= 0x066E && cp <= 0x06D3))
		{
			if (nfirst < 4)
				first[nfirst++] = cp;
			letters++;
		}
		else if ((cp < 0x064B || cp > 0x065F) && cp != 0x0640)
			nfirst = 4;			/* the article must open the word */
	}

	*strong = 1;
	if (letters == 0)
	{
		*strong = 0;
		return PT_LANG_NONE;
	}
	if (fa_strong)
		return PT_LANG_FA;
	if (ar_strong)
		return PT_LANG_AR;
	if (letters >= 5)
	{
		int			a = 0;

		/* an optional proclitic و ف ب ك ل, then ال (or لل) */
		if (first[0] == 0x0648 || first[0] == 0x0641 || first[0] == 0x0628 ||
			first[0] == 0x0643 || first[0] == 0x06A9)
			a = 1;
		if (first[a] == 0x0627 && first[a + 1] == 0x0644 && letters >= a + 5)
			return PT_LANG_AR;
		if (first[0] == 0x0644 && first[1] == 0x0644)
			return PT_LANG_AR;
	}
	*strong = 0;
	return fa_weak ? PT_LANG_FA : PT_LANG_NONE;
}

/* Language of one raw Arabic-script word (see wordlang.h). */
pt_lang_t
pt_word_lang(const unsigned char *raw, size_t len)
{
	int			strong;

	return word_lang(raw, len, &strong);
}

/* The stemmer for a raw word, given the language of the text around it. */
pt_lang_t
pt_word_stem_lang(const unsigned char *raw, size_t len, pt_lang_t text_lang)
{
	int			strong;
	pt_lang_t	own = word_lang(raw, len, &strong);

	if (strong)
		return own;
	if (text_lang == PT_LANG_AR || text_lang == PT_LANG_FA)
		return text_lang;
	return PT_LANG_FA;		/* the weak sign, or no sign at all */
}
