/*
 * test_normalize.c
 *		Unit tests of the folding core: the rules, and properties over random
 *		input (idempotence, valid UTF-8 out, the documented size bound).
 */
#include <stdlib.h>

#include "normalize.h"
#include "utf8.h"
#include "unit.h"

static size_t
fold(pt_fold_kind kind, const char *s, unsigned char *out)
{
	return pt_fold_all(kind, (const unsigned char *) s, strlen(s), out);
}

#define NORM(in, want, desc) \
	do { unsigned char _o[4096]; size_t _n = fold(PT_FOLD_SEARCH, in, _o); \
		 CHECK_STR(_o, _n, want, "normalize: %s", desc); } while (0)
#define CLEAN(in, want, desc) \
	do { unsigned char _o[4096]; size_t _n = fold(PT_FOLD_CLEAN, in, _o); \
		 CHECK_STR(_o, _n, want, "clean: %s", desc); } while (0)

static void
test_rules(void)
{
	NORM("أ إ آ ٱ ا", "ا ا ا ا ا", "alef forms");
	NORM("ؤ ئ", "و ي", "hamza carriers");
	NORM("ي ی ى ے", "ي ي ي ي", "yeh forms");
	NORM("ك ک", "ك ك", "kaf forms");
	NORM("ة ۀ ە ہ ه", "ه ه ه ه ه", "teh marbuta and heh forms");
	NORM("خانهٔ", "خانه", "heh with hamza above");
	NORM("مُؤَكَّدًا", "موكدا", "diacritics");
	NORM("قرآنٰ", "قران", "superscript alef");
	NORM("الـــحماية", "الحمايه", "tatweel");
	NORM("a\u200Db\u200Ec\u200Fd\u061Ce\u202Af\u2066g\uFEFFh\u00ADi", "abcdefghi", "invisible characters");
	NORM("می\u200Cشود", "مي شود", "ZWNJ between letters becomes a space");
	NORM("\u200Cکتاب \u200Cها\u200C", "كتاب ها", "ZWNJ at an edge or beside a space disappears");
	NORM("ﻻ ﷲ ﺍﻟﺤﻤﺎﻳﺔ", "لا الله الحمايه", "presentation forms");
	NORM("٠١٢٣٤٥٦٧٨٩ ۰۱۲۳۴۵۶۷۸۹ 0123", "0123456789 0123456789 0123", "three digit scripts");
	NORM("UNICEF Straße ÉTAT", "unicef strasse état", "Latin case folding");
	NORM("پ ب چ ج ژ ز گ ك", "پ ب چ ج ژ ز گ ك", "distinct letters stay distinct");
	NORM("", "", "empty input");
	NORM("\xff\xc3(", "\xEF\xBF\xBD\xEF\xBF\xBD(", "ill-formed bytes become U+FFFD");
	CLEAN("مُؤَكَّدًا", "مُؤَكَّدًا", "clean keeps diacritics");
	CLEAN("الـــحماية\u200F", "الحماية", "clean removes tatweel and bidi marks");
	CLEAN("ﻻ", "لا", "clean turns presentation forms into letters");
	CLEAN("ي ی ك ک ٣ Abc", "ي ی ك ک ٣ Abc", "clean keeps letters and digits as written");
	CLEAN("می\u200Cشود", "می\u200Cشود", "clean keeps ZWNJ");
}

/* random strings drawn from the characters the rules touch */
static void
test_properties(void)
{
	static const char *const pieces[] = {
		"ا", "أ", "ي", "ی", "ى", "ك", "ک", "ة", "ۀ", "ه", "\u064B", "\u0651",
		"\u0640", "\u200C", "\u200D", "\u200F", "ﻻ", "\uFDFA", "۳", "٣", " ",
		"A", "z", "ß", "İ", "\xff", "\xe2\x80", "\xf0\x9f\x98\x80", "\u0301",
		"\uFE70", "\uFE71", "\uFCF2", "\uFC5E", "\u00A0", "\u200B"
	};
	int			npieces = sizeof(pieces) / sizeof(pieces[0]);
	int			iter,
				bad_idem = 0,
				bad_utf8 = 0,
				bad_bound = 0;

	srand(12345);
	for (iter = 0; iter < 20000; iter++)
	{
		char		in[512];
		unsigned char out1[PT_FOLD_BOUND(512)],
					out2[PT_FOLD_BOUND(sizeof(out1))];
		size_t		len = 0,
					n1,
					n2;
		int			k = rand() % 40;

		while (k-- > 0)
		{
			const char *p = pieces[rand() % npieces];

			memcpy(in + len, p, strlen(p));
			len += strlen(p);
		}
		n1 = pt_fold_all(PT_FOLD_SEARCH, (unsigned char *) in, len, out1);
		n2 = pt_fold_all(PT_FOLD_SEARCH, out1, n1, out2);
		if (n1 != n2 || memcmp(out1, out2, n1) != 0)
			bad_idem++;
		if (!pt_utf8_valid(out1, n1))
			bad_utf8++;
		if (n1 > PT_FOLD_RATIO * len)
			bad_bound++;
		n1 = pt_fold_all(PT_FOLD_CLEAN, (unsigned char *) in, len, out1);
		n2 = pt_fold_all(PT_FOLD_CLEAN, out1, n1, out2);
		if (n1 != n2 || memcmp(out1, out2, n1) != 0)
			bad_idem++;
		if (!pt_utf8_valid(out1, n1))
			bad_utf8++;
		if (n1 > PT_FOLD_RATIO * len)
			bad_bound++;
	}
	CHECK(bad_idem == 0, "both foldings are idempotent on 20000 random strings (%d failures)", bad_idem);
	CHECK(bad_utf8 == 0, "output is valid UTF-8 (%d failures)", bad_utf8);
	CHECK(bad_bound == 0, "output stays within %d times the input (%d failures)", PT_FOLD_RATIO, bad_bound);
}

/* resuming after a full buffer gives the same result as one call */
static void
test_resume(void)
{
	const char *s = "ﷺ ﷺ الـحمايةُ ﷺ";
	unsigned char whole[1024],
				part[1024];
	size_t		nwhole = fold(PT_FOLD_SEARCH, s, whole);
	size_t		pos = 0,
				outlen = 0,
				len = strlen(s);
	int			calls = 0;

	while (pos < len && calls < 1000)
	{
		pt_fold(PT_FOLD_SEARCH, (const unsigned char *) s, len, &pos, part,
				&outlen, outlen + PT_FOLD_MAX_OUT + 1, 3);
		calls++;
	}
	CHECK(calls > 3 && outlen == nwhole && memcmp(part, whole, nwhole) == 0,
		  "folding in small steps matches folding at once (%d calls)", calls);
}

int
main(void)
{
	test_rules();
	test_properties();
	test_resume();
	return unit_done();
}
