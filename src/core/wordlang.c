/*
 * wordlang.c
 *		Per-word Arabic/Persian decision from letters (see wordlang.h).
 */
#include "utf8.h"
#include "wordlang.h"

/* Language of one raw Arabic-script word. */
pt_lang_t
pt_word_lang(const unsigned char *raw, size_t len)
{
	size_t		i = 0;
	int			fa_strong = 0,
				ar_strong = 0,
				fa_weak = 0,
				ar_weak = 0,
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
			case 0x064A:		/* ي */
			case 0x0643:		/* ك */
				ar_weak = 1;
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

	if (letters == 0)
		return PT_LANG_NONE;
	if (fa_strong)
		return PT_LANG_FA;
	if (ar_strong)
		return PT_LANG_AR;
	if (fa_weak)
		return PT_LANG_FA;
	if (letters >= 5)
	{
		int			a = 0;

		/* an optional proclitic و ف ب ك ل, then ال (or لل) */
		if (first[0] == 0x0648 || first[0] == 0x0641 || first[0] == 0x0628 ||
			first[0] == 0x0643)
			a = 1;
		if (first[a] == 0x0627 && first[a + 1] == 0x0644 && letters >= a + 5)
			return PT_LANG_AR;
		if (first[0] == 0x0644 && first[1] == 0x0644)
			return PT_LANG_AR;
	}
	if (ar_weak)
		return PT_LANG_AR;
	return PT_LANG_NONE;
}
