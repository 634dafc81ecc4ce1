/*
 * test_letters.c
 *		letters.h: the UTF-8 spellings agree with the code points, and the
 *		letter classes hold what their comments say.
 */
#include "letters.h"
#include "unit.h"
#include "utf8.h"

/* Does the UTF-8 string s spell exactly the one code point cp? */
static int
spells(const char *s, uint32_t cp)
{
	int			n;
	size_t		len = strlen(s);

	return pt_utf8_decode((const unsigned char *) s, len, &n) == cp && (size_t) n == len;
}

int
main(void)
{
	static const struct
	{
		const char *u8;
		uint32_t	cp;
		const char *name;
	}			named[] = {
		{PT_U8_ALEF, PT_CP_ALEF, "alef"},
		{PT_U8_BEH, PT_CP_BEH, "beh"},
		{PT_U8_TEH_MARBUTA, PT_CP_TEH_MARBUTA, "teh marbuta"},
		{PT_U8_TEH, PT_CP_TEH, "teh"},
		{PT_U8_FEH, PT_CP_FEH, "feh"},
		{PT_U8_KAF, PT_CP_KAF, "kaf"},
		{PT_U8_LAM, PT_CP_LAM, "lam"},
		{PT_U8_NOON, PT_CP_NOON, "noon"},
		{PT_U8_HEH, PT_CP_HEH, "heh"},
		{PT_U8_WAW, PT_CP_WAW, "waw"},
		{PT_U8_ALEF_MAKSURA, PT_CP_ALEF_MAKSURA, "alef maksura"},
		{PT_U8_YEH, PT_CP_YEH, "yeh"},
		{PT_U8_FARSI_YEH, PT_CP_FARSI_YEH, "farsi yeh"},
		{PT_U8_ZWNJ, PT_CP_ZWNJ, "zwnj"},
	};

	for (size_t i = 0; i < sizeof(named) / sizeof(named[0]); i++)
		CHECK(spells(named[i].u8, named[i].cp), "PT_U8 spelling of %s is U+%04X", named[i].name, (unsigned) named[i].cp);
	CHECK(strcmp(PT_U8_ARTICLE, "ال") == 0, "the article is alef lam");
	CHECK(strcmp(PT_U8_LL, "لل") == 0, "lam lam");

	CHECK(pt_letter_sign(PT_CP_PEH) == PT_SIGN_FA && pt_letter_sign(PT_CP_ZWNJ) == PT_SIGN_FA, "peh and zwnj are Persian signs");
	CHECK(pt_letter_sign(PT_CP_TEH_MARBUTA) == PT_SIGN_AR, "teh marbuta is an Arabic sign");
	CHECK(pt_letter_sign(PT_CP_FARSI_YEH) == PT_SIGN_FA_WEAK && pt_letter_sign(PT_CP_YEH) == 0,
		  "farsi yeh is weak Persian, Arabic yeh is no sign");
	CHECK(pt_letter_is_arabic(PT_CP_ALEF) && !pt_letter_is_arabic(PT_CP_TATWEEL) && !pt_letter_is_arabic(PT_CP_FATHATAN),
		  "alef is a letter, tatweel and tanween are not");
	CHECK(pt_letter_is_mark(PT_CP_FATHATAN) && pt_letter_is_mark(0x0670) && !pt_letter_is_mark(0x06DD),
		  "tanween and superscript alef are marks, the end-of-ayah sign is not");
	{
		uint32_t	wal[] = {PT_CP_WAW, PT_CP_ALEF, PT_CP_LAM, PT_CP_BEH};
		uint32_t	ll[] = {PT_CP_LAM, PT_CP_LAM, PT_CP_BEH};

		CHECK(pt_letters_article(wal, 4, 6), "و + ال with three letters after it is the article");
		CHECK(!pt_letters_article(wal, 4, 5), "و + ال with two letters after it is not");
		CHECK(pt_letters_article(ll, 3, 5) && !pt_letters_article(ll, 3, 4), "لل with three letters after it");
	}
	return unit_done();
}
