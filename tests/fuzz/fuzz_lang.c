/*
 * fuzz_lang.c
 *		libFuzzer target: pt_lang_detect.
 *
 * Properties: the result is one of the four values and has a code exactly
 * when it is not NONE; NONE exactly when the input has no Arabic-script or
 * Latin letter (by the tokenizer's character classes); English only when
 * Latin letters are present, Arabic or Persian only when Arabic-script
 * letters are; the same input gives the same answer twice.
 */
#include "chartab.h"
#include "fuzz.h"
#include "lang.h"
#include "utf8.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	unsigned char *s = fuzz_dup(data, size);
	size_t		i = 0,
				arabic = 0,
				latin = 0;
	pt_lang_t	lang = pt_lang_detect(s, size);

	while (i < size)
	{
		int			n;
		pt_cclass_t cc = pt_cclass(pt_utf8_decode(s + i, size - i, &n));

		arabic += (cc == PT_CC_ALETTER);
		latin += (cc == PT_CC_LLETTER);
		i += n;
	}
	FUZZ_ASSERT(lang == PT_LANG_NONE || lang == PT_LANG_AR || lang == PT_LANG_FA || lang == PT_LANG_EN,
				"result is a known language");
	FUZZ_ASSERT((pt_lang_code(lang) == NULL) == (lang == PT_LANG_NONE), "a code exactly for a language");
	FUZZ_ASSERT((lang == PT_LANG_NONE) == (arabic == 0 && latin == 0), "NONE exactly without letters");
	if (lang == PT_LANG_EN)
		FUZZ_ASSERT(latin > arabic, "English only when Latin letters outnumber Arabic-script ones");
	if (lang == PT_LANG_AR || lang == PT_LANG_FA)
		FUZZ_ASSERT(arabic > 0 && arabic >= latin, "Arabic or Persian only with Arabic-script letters");
	FUZZ_ASSERT(pt_lang_detect(s, size) == lang, "deterministic");
	free(s);
	return 0;
}
