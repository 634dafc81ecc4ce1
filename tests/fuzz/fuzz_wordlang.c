/*
 * fuzz_wordlang.c
 *		libFuzzer target: pt_word_lang, the language of one raw word.
 *
 * Properties, from the rules of wordlang.h: the answer is NONE, AR or FA;
 * NONE without an Arabic-block letter (U+0621-U+064A but tatweel,
 * U+066E-U+06D3); otherwise پ چ ژ گ ۀ or ZWNJ make it FA; failing those,
 * ة ى إ or tanween make it AR; failing those, ی or ک make it FA; the same
 * word gives the same answer.
 */
#include "fuzz.h"
#include "utf8.h"
#include "wordlang.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	unsigned char *w = fuzz_dup(data, size);
	pt_lang_t	lang = pt_word_lang(w, size);
	size_t		i = 0;
	int			letters = 0,
				fa1 = 0,
				ar2 = 0,
				fa3 = 0;

	while (i < size)
	{
		int			n;
		uint32_t	cp = pt_utf8_decode(w + i, size - i, &n);

		if ((cp >= 0x0621 && cp <= 0x064A && cp != 0x0640) || (cp >= 0x066E && cp <= 0x06D3))
			letters++;
		if (cp == 0x067E || cp == 0x0686 || cp == 0x0698 || cp == 0x06AF || cp == 0x06C0 || cp == 0x200C)
			fa1 = 1;
		if (cp == 0x0629 || cp == 0x0649 || cp == 0x0625 || (cp >= 0x064B && cp <= 0x064D))
			ar2 = 1;
		if (cp == 0x06CC || cp == 0x06A9)
			fa3 = 1;
		i += n;
	}
	FUZZ_ASSERT(lang == PT_LANG_NONE || lang == PT_LANG_AR || lang == PT_LANG_FA, "NONE, AR or FA");
	if (letters == 0)
		FUZZ_ASSERT(lang == PT_LANG_NONE, "NONE without an Arabic-block letter");
	else if (fa1)
		FUZZ_ASSERT(lang == PT_LANG_FA, "Persian-only letters or ZWNJ make FA");
	else if (ar2)
		FUZZ_ASSERT(lang == PT_LANG_AR, "Arabic-only signs make AR");
	else if (fa3)
		FUZZ_ASSERT(lang == PT_LANG_FA, "Persian yeh or keheh make FA");
	FUZZ_ASSERT(pt_word_lang(w, size) == lang, "deterministic");
	free(w);
	return 0;
}
