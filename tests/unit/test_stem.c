/*
 * test_stem.c
 *		Unit tests of the Arabic and Persian stemmers, the stop lists and
 *		the per-word language guess: each rule with positive and negative
 *		cases, the guards, the three ZWNJ spellings, the word lists, edge
 *		cases, and properties over random input.
 */
#include <stdlib.h>

#include "normalize.h"
#include "stem_ar.h"
#include "stem_fa.h"
#include "stem_util.h"
#include "stopwords.h"
#include "wordlang.h"
#include "unit.h"

typedef size_t (*stem_fn) (const unsigned char *, size_t, unsigned char *);

/* pt_stem_ar_opt with PT_STEM_AR_UNDECIDED, as a stem_fn */
static size_t
pt_stem_ar_undecided(const unsigned char *w, size_t len, unsigned char *out)
{
	return pt_stem_ar_opt(w, len, out, PT_STEM_AR_UNDECIDED);
}

/* fold a raw string the way the dictionary will, then stem it */
static size_t
stem_raw(stem_fn fn, const char *raw, unsigned char *out)
{
	unsigned char folded[PT_FOLD_BOUND(1024)];
	size_t		n = strlen(raw);

	if (n > 1024)
		n = 1024;
	n = pt_fold_all(PT_FOLD_SEARCH, (const unsigned char *) raw, n, folded);
	return fn(folded, n, out);
}

#define STEM(fn, raw, want, desc) \
	do { unsigned char _o[PT_FOLD_BOUND(1024)]; size_t _n = stem_raw(fn, raw, _o); \
		 CHECK_STR(_o, _n, want, "%s: %s", #fn, desc); } while (0)

/* do two raw words get the same stem (same != 0) or different stems? */
static void
check_pair(stem_fn fn, const char *fname, const char *a, const char *b,
		   int same, const char *desc)
{
	unsigned char oa[PT_FOLD_BOUND(1024)],
				ob[PT_FOLD_BOUND(1024)];
	size_t		na = stem_raw(fn, a, oa),
				nb = stem_raw(fn, b, ob);
	int			eq = na == nb && memcmp(oa, ob, na) == 0;

	CHECK(eq == same, "%s: %s", fname, desc);
	if (eq != same)
		printf("#   %s -> %.*s, %s -> %.*s\n", a, (int) na, oa, b, (int) nb, ob);
}

#define SAME(fn, a, b, desc) check_pair(fn, #fn, a, b, 1, desc)
#define DIFF(fn, a, b, desc) check_pair(fn, #fn, a, b, 0, desc)

static void
test_arabic(void)
{
	/* article and proclitics */
	STEM(pt_stem_ar, "الحماية", "حماي", "article and teh marbuta");
	SAME(pt_stem_ar, "والحماية", "الحماية", "وال like ال");
	SAME(pt_stem_ar, "بالحماية", "حماية", "بال");
	SAME(pt_stem_ar, "فالمشروع", "مشروع", "فال");
	SAME(pt_stem_ar, "كالعادة", "العادة", "كال");
	SAME(pt_stem_ar, "للتنمية", "التنمية", "لل");
	SAME(pt_stem_ar, "وللتنمية", "تنمية", "ولل");
	SAME(pt_stem_ar, "الحق", "حق", "ال before two letters");
	STEM(pt_stem_ar, "الله", "الله", "a word that is not article + stem");
	STEM(pt_stem_ar, "الذي", "الذي", "relative pronoun kept whole");

	/* guards: root letters that look like proclitics */
	STEM(pt_stem_ar, "وزارة", "وزار", "وزارة keeps its waw");
	SAME(pt_stem_ar, "الوزارة", "وزارة", "الوزارة like وزارة");
	SAME(pt_stem_ar, "والوزارة", "وزارات", "والوزارة like وزارات");
	STEM(pt_stem_ar, "وزير", "وزير", "short word keeps its waw");
	STEM(pt_stem_ar, "لاجئ", "لاجي", "لاجئ keeps its lam");
	SAME(pt_stem_ar, "اللاجئين", "لاجئ", "اللاجئين like لاجئ");
	SAME(pt_stem_ar, "للاجئين", "لاجئ", "لل before a lam-alef root");
	SAME(pt_stem_ar, "للانتخابات", "انتخابات", "لل before an alef word");
	STEM(pt_stem_ar, "ولاية", "ولاي", "و before لا is a root letter");
	STEM(pt_stem_ar, "لجنة", "لجن", "لجنة keeps its lam");
	STEM(pt_stem_ar, "لبنان", "لبنان", "لبنان stays whole");
	STEM(pt_stem_ar, "واشنطن", "واشنطن", "و before alef kept");

	/* bare conjunction and preposition */
	SAME(pt_stem_ar, "وحماية", "حماية", "bare و before a long stem");
	SAME(pt_stem_ar, "ووزير", "وزير", "doubled و");
	SAME(pt_stem_ar, "لشخص", "شخص", "bare ل");
	SAME(pt_stem_ar, "لأمريكا", "أمريكا", "bare ل before an alef word");
	STEM(pt_stem_ar, "لاعب", "لاعب", "لاعب keeps its lam");
	DIFF(pt_stem_ar, "وقت", "قت", "bare و not taken from a short word");

	/* pronouns */
	SAME(pt_stem_ar, "حكومتها", "حكومة", "pronoun, teh marbuta restored");
	SAME(pt_stem_ar, "قراراتهم", "قرار", "pronoun then plural");
	STEM(pt_stem_ar, "حاكم", "حاكم", "كم not taken from a short word");
	STEM(pt_stem_ar, "كورونا", "كورونا", "نا not taken from كورونا");

	/* plural, dual, feminine, nisba */
	SAME(pt_stem_ar, "الحكومات", "حكومة", "feminine plural");
	SAME(pt_stem_ar, "المعلمون", "معلم", "masculine plural ون");
	SAME(pt_stem_ar, "المعلمين", "معلم", "masculine plural ين");
	SAME(pt_stem_ar, "الطرفان", "طرف", "dual after the article");
	SAME(pt_stem_ar, "سنتين", "سنة", "feminine dual");
	SAME(pt_stem_ar, "المساعدة", "مساعد", "feminine ending");
	SAME(pt_stem_ar, "اجتماعية", "اجتماعي", "nisba feminine");
	SAME(pt_stem_ar, "الاجتماعيين", "اجتماعي", "nisba plural");
	SAME(pt_stem_ar, "الاجتماعيات", "اجتماعي", "nisba feminine plural");
	DIFF(pt_stem_ar, "اجتماعي", "اجتماع", "nisba yeh kept");
	STEM(pt_stem_ar, "قوانين", "قانون", "broken plural CCاCين not cut");
	STEM(pt_stem_ar, "تأمين", "تامين", "verbal noun تCCين not cut");
	STEM(pt_stem_ar, "فلسطين", "فلسطين", "فلسطين stays whole");
	STEM(pt_stem_ar, "قانون", "قانون", "ون kept on a short word");
	STEM(pt_stem_ar_undecided, "سازمان", "سازمان", "no dual cut without article on a word that may be Persian (not سازم)");
	STEM(pt_stem_ar, "ضمان", "ضمان", "dual ان needs 4 letters left without the article (ضمان)");
	STEM(pt_stem_ar, "مشروعان", "مشروع", "dual ان with 4 letters left");
	STEM(pt_stem_ar, "عشرين", "عشرين", "tens are not plurals");

	/* accusative alef */
	SAME(pt_stem_ar, "جديدا", "جديد", "accusative alef");
	DIFF(pt_stem_ar, "سوريا", "سوري", "alef after yeh kept");

	/* broken plurals */
	SAME(pt_stem_ar, "المناطق", "منطقة", "مناطق / منطقة");
	SAME(pt_stem_ar, "مناطقها", "منطقة", "broken plural with pronoun");
	SAME(pt_stem_ar, "وزراء", "الوزير", "وزراء / وزير");
	SAME(pt_stem_ar, "المدن", "مدينة", "key is the shorter plural");
	SAME(pt_stem_ar, "وسائل", "وسيلة", "listed plural before the bare و");

	/* words that may be Persian: final heh and alef kept */
	STEM(pt_stem_ar_undecided, "ساله", "ساله", "UNDECIDED keeps a final heh");
	STEM(pt_stem_ar, "ساله", "سال", "without UNDECIDED the heh goes");
	STEM(pt_stem_ar_undecided, "والحمایه", "حمايه", "UNDECIDED still strips the article");
	STEM(pt_stem_ar_undecided, "الحکومات", "حكوم", "UNDECIDED still strips ات");
	STEM(pt_stem_ar_undecided, "فردا", "فردا", "UNDECIDED keeps a final alef");
	STEM(pt_stem_ar, "جديدا", "جديد", "without UNDECIDED the accusative alef goes");

	/* other tokens */
	STEM(pt_stem_ar, "unicef", "unicef", "Latin passes through");
	STEM(pt_stem_ar, "2024", "2024", "digits pass through");
	STEM(pt_stem_ar, "كوفيد19", "كوفيد19", "mixed token passes through");
	STEM(pt_stem_ar, "", "", "empty");
	STEM(pt_stem_ar, "و", "و", "one letter");
	STEM(pt_stem_ar, "ال", "ال", "the article alone");
}

static void
test_persian(void)
{
	/* the three spellings of the plural */
	STEM(pt_stem_fa, "پروژه\u200Cهای", "پروژه", "ZWNJ spelling");
	STEM(pt_stem_fa, "پروژه های", "پروژه", "space spelling (joined by the parser)");
	STEM(pt_stem_fa, "پروژههای", "پروژه", "glued spelling");
	SAME(pt_stem_fa, "پروژه", "پروژه‌ها", "singular and plural");

	/* plurals */
	SAME(pt_stem_fa, "کودکان", "کودک", "plural ان");
	SAME(pt_stem_fa, "زنان", "زن", "plural ان of a two-letter noun");
	STEM(pt_stem_fa, "کلان", "كلان", "کلان is not a plural");
	SAME(pt_stem_fa, "نمایندگان", "نماینده", "ه+ان -> گان");
	SAME(pt_stem_fa, "دانشجویان", "دانشجو", "یان after a vowel");
	SAME(pt_stem_fa, "آقایان", "آقا", "یان after alef");
	SAME(pt_stem_fa, "اطلاعات", "اطلاع", "plural ات");
	SAME(pt_stem_fa, "مذاکرات", "مذاکره", "ات of a مفاعله verbal noun takes its ه back");
	SAME(pt_stem_fa, "معاملات", "معامله‌ها", "a مفاعله plural in ات and in ها: one stem");
	SAME(pt_stem_fa, "مطالعاتی", "مطالعه", "مفاعله plural with the indefinite ی");
	STEM(pt_stem_fa, "مذاکرات", "مذاكره", "the stem is the singular, with its ه");
	SAME(pt_stem_fa, "مشکلات", "مشکل", "four letters before ات: a bare singular, no ه");
	STEM(pt_stem_fa, "ملاقات", "ملاقات", "ملاقات (one meeting) is not مفاعله + ات");
	DIFF(pt_stem_fa, "مقامات", "مقامه", "مقامات is not the plural of a ه word");
	STEM(pt_stem_fa, "مقامات", "مقام", "مقامات: the singular مقام, no ه");
	SAME(pt_stem_fa, "والدین", "والد", "plural ین");
	DIFF(pt_stem_fa, "سومین", "سوم", "ordinal ...مین is not a plural");
	STEM(pt_stem_fa, "نخستین", "نخستين", "نخستین stays whole");
	SAME(pt_stem_fa, "کودکانی", "کودک", "indefinite ی after a plural ان");
	DIFF(pt_stem_fa, "جهانی", "جهان", "جهانی is an adjective, not جهان+ی");
	SAME(pt_stem_fa, "کشورهایی", "کشور", "هایی");
	SAME(pt_stem_fa, "کشورهایشان", "کشور", "plural with possessive");
	SAME(pt_stem_fa, "سازمان‌ها", "سازمان", "plural of سازمان");

	/* words that only look inflected */
	STEM(pt_stem_fa, "سازمان", "سازمان", "سازمان stays whole");
	STEM(pt_stem_fa, "ایران", "ايران", "ایران stays whole");
	STEM(pt_stem_fa, "تهران", "تهران", "تهران stays whole");
	STEM(pt_stem_fa, "جوان", "جوان", "جوان stays whole");
	STEM(pt_stem_fa, "بیمارستان", "بيمارستان", "...ستان stays whole");
	STEM(pt_stem_fa, "زمین", "زمين", "زمین stays whole");
	STEM(pt_stem_fa, "سنگین", "سنگين", "...گین stays whole");
	STEM(pt_stem_fa, "تأمین", "تامين", "تCCین stays whole");
	STEM(pt_stem_fa, "تنها", "تنها", "تنها is not a plural");
	STEM(pt_stem_fa, "مردم", "مردم", "مردم keeps its mim");

	/* ezafe, indefinite, adjective */
	SAME(pt_stem_fa, "شورای", "شورا", "ezafe yeh after alef");
	SAME(pt_stem_fa, "نیروی", "نیرو", "ezafe yeh after waw");
	SAME(pt_stem_fa, "رایانه‌ای", "رایانه", "detached ای");
	SAME(pt_stem_fa, "نامه‌ام", "نامه", "detached ام");
	STEM(pt_stem_fa, "ب ب ب ب ب ب ب ب ب ب رایانه ای", "ببببببببببرايانه",
		 "detached ای after more pieces than boundaries remembered");
	DIFF(pt_stem_fa, "ایرانی", "ایران", "adjective yeh after a consonant kept");
	DIFF(pt_stem_fa, "هواپیمایی", "هواپیما", "adjective ...ایی kept");

	/* comparative */
	SAME(pt_stem_fa, "بزرگترین", "بزرگ", "superlative");
	SAME(pt_stem_fa, "بزرگتر", "بزرگ", "comparative");
	STEM(pt_stem_fa, "دختر", "دختر", "تر guard");

	/* possessive clitics */
	SAME(pt_stem_fa, "کشورمان", "کشور", "مان");
	SAME(pt_stem_fa, "دولتشان", "دولت", "شان");
	SAME(pt_stem_fa, "کارش", "کار", "one-letter ش");
	SAME(pt_stem_fa, "فرزندانش", "فرزند", "plural then ش");
	STEM(pt_stem_fa, "استان", "استان", "تان after س kept");

	/* heh is kept: no merge of نامه with نام */
	DIFF(pt_stem_fa, "نامه", "نام", "final heh kept");
	STEM(pt_stem_fa, "راه", "راه", "راه");

	/* verb prefix */
	SAME(pt_stem_fa, "می‌شود", "میشود", "ZWNJ and glued می");
	SAME(pt_stem_fa, "می شود", "میشود", "space and glued می");
	SAME(pt_stem_fa, "نمی‌کنند", "می‌کند", "نمی and person endings");
	STEM(pt_stem_fa, "میزان", "ميزان", "میزان is not a verb");
	STEM(pt_stem_fa, "میلیارد", "ميليارد", "میلیارد is not a verb");

	/* broken plurals shared with Arabic */
	SAME(pt_stem_fa, "مواد", "ماده", "مواد / ماده");
	SAME(pt_stem_fa, "مسائل", "مسئله", "مسائل / مسئله (Persian spelling)");
	SAME(pt_stem_fa, "مناطق", "منطقه", "مناطق / منطقه");
	SAME(pt_stem_fa, "افراد", "فرد", "افراد / فرد");

	STEM(pt_stem_fa, "", "", "empty");
	STEM(pt_stem_fa, "ی", "ي", "one letter");
	STEM(pt_stem_fa, "unicef report", "unicefreport", "spaces removed from other tokens");
}

/* Is a broken-plural map sorted, and does the stemmer send each form to its key and each key to itself? */
static int
map_ok(stem_fn fn, const char *name, const pt_plural_entry *map, size_t len)
{
	size_t		i;
	int			ok = 1;

	for (i = 0; i < len; i++)
	{
		const char *f = map[i].form;
		const char *k = map[i].key;
		unsigned char o[256];
		size_t		n;

		if (i > 0 && strcmp(map[i - 1].form, f) >= 0)
		{
			ok = 0;
			printf("#   %s map out of order at %s\n", name, f);
		}
		if (strlen(k) > strlen(f))
		{
			ok = 0;
			printf("#   %s key %s longer than %s\n", name, k, f);
		}
		if (strlen(f) < 2 * PT_PLURAL_MIN_LETTERS ||
			strlen(f) > 2 * PT_PLURAL_MAX_LETTERS)
		{
			ok = 0;
			printf("#   %s form %s outside the declared lengths\n", name, f);
		}
		n = fn((const unsigned char *) f, strlen(f), o);
		if (n != strlen(k) || memcmp(o, k, n) != 0)
		{
			ok = 0;
			printf("#   %s %s -> %.*s, want %s\n", name, f, (int) n, o, k);
		}
		n = fn((const unsigned char *) k, strlen(k), o);
		if (n != strlen(k) || memcmp(o, k, n) != 0)
		{
			ok = 0;
			printf("#   %s key %s -> %.*s\n", name, k, (int) n, o);
		}
	}
	return ok;
}

/* every list is sorted; the broken-plural maps agree with their stemmers */
static void
test_lists(void)
{
	size_t		i;
	int			sorted = 1;

	for (i = 1; i < pt_stop_ar_len; i++)
		if (strcmp(pt_stop_ar[i - 1], pt_stop_ar[i]) >= 0)
			sorted = 0;
	CHECK(sorted, "Arabic stop list sorted and unique");
	sorted = 1;
	for (i = 1; i < pt_stop_fa_len; i++)
		if (strcmp(pt_stop_fa[i - 1], pt_stop_fa[i]) >= 0)
			sorted = 0;
	CHECK(sorted, "Persian stop list sorted and unique");
	sorted = 1;
	for (i = 1; i < pt_ar_keep_len; i++)
		if (strcmp(pt_ar_keep[i - 1], pt_ar_keep[i]) >= 0)
			sorted = 0;
	CHECK(sorted, "Arabic keep list sorted and unique");
	sorted = 1;
	for (i = 1; i < pt_fa_keep_len; i++)
		if (strcmp(pt_fa_keep[i - 1], pt_fa_keep[i]) >= 0)
			sorted = 0;
	CHECK(sorted, "Persian keep list sorted and unique");
	CHECK(map_ok(pt_stem_ar, "ar", pt_plural_ar, pt_plural_ar_len),
		  "Arabic broken-plural map: sorted, lengths, form -> key -> key");
	CHECK(map_ok(pt_stem_fa, "fa", pt_plural_fa, pt_plural_fa_len),
		  "Persian broken-plural map: sorted, lengths, form -> key -> key");
}

#define STOP(fn, word, want) \
	CHECK(fn((const unsigned char *) (word), strlen(word)) == (want), "%s(%s) = %d", #fn, word, want)

static void
test_stopwords(void)
{
	STOP(pt_stopword_ar, "في", 1);
	STOP(pt_stopword_ar, "التي", 1);
	STOP(pt_stopword_ar, "وقال", 1);
	STOP(pt_stopword_ar, "الحمايه", 0);
	STOP(pt_stopword_ar, "وزير", 0);
	STOP(pt_stopword_ar, "", 0);
	STOP(pt_stopword_fa, "است", 1);
	STOP(pt_stopword_fa, "براي", 1);
	STOP(pt_stopword_fa, "مي شود", 1);
	STOP(pt_stopword_fa, "ميشود", 1);
	STOP(pt_stopword_fa, "سازمان", 0);
	STOP(pt_stopword_fa, "", 0);
	STOP(pt_stopword_fa, "                                                  است", 1);
	STOP(pt_stopword_fa, "استاستاستاستاستاستاستاستاستاستاستاست", 0);
}

#define LANG(word, want) \
	CHECK(pt_word_lang((const unsigned char *) (word), strlen(word)) == (want), "pt_word_lang(%s) = %s", word, #want)

static void
test_wordlang(void)
{
	LANG("پروژه", PT_LANG_FA);
	LANG("می\u200Cشود", PT_LANG_FA);
	LANG("گزارش", PT_LANG_FA);
	LANG("کتاب", PT_LANG_FA);
	LANG("سیاست", PT_LANG_FA);
	LANG("الحماية", PT_LANG_AR);
	LANG("مستشفى", PT_LANG_AR);
	LANG("إعلان", PT_LANG_AR);
	LANG("الاقتصاد", PT_LANG_AR);
	LANG("والاقتصاد", PT_LANG_AR);
	LANG("كتاب", PT_LANG_NONE);
	LANG("كشور", PT_LANG_NONE);
	LANG("الاجتماعی", PT_LANG_AR);
	LANG("والدولی", PT_LANG_AR);
	LANG("سازمان", PT_LANG_NONE);
	LANG("دولت", PT_LANG_NONE);
	LANG("الم", PT_LANG_NONE);
	LANG("report", PT_LANG_NONE);
	LANG("", PT_LANG_NONE);
	LANG("\xff\xfe", PT_LANG_NONE);

	/* the stemmer for a word, given the language of the text around it */
	CHECK(pt_word_stem_lang((const unsigned char *) "سازمان", strlen("سازمان"), PT_LANG_AR) == PT_LANG_AR,
		  "undecided word in Arabic text goes to Arabic");
	CHECK(pt_word_stem_lang((const unsigned char *) "سازمان", strlen("سازمان"), PT_LANG_FA) == PT_LANG_FA,
		  "undecided word in Persian text goes to Persian");
	CHECK(pt_word_stem_lang((const unsigned char *) "سازمان", strlen("سازمان"), PT_LANG_EN) == PT_LANG_FA,
		  "undecided word without Arabic-script context goes to Persian");
	CHECK(pt_word_stem_lang((const unsigned char *) "وزیر", strlen("وزیر"), PT_LANG_AR) == PT_LANG_AR,
		  "Persian yeh in Arabic text: the text decides");
	CHECK(pt_word_stem_lang((const unsigned char *) "وزیر", strlen("وزیر"), PT_LANG_NONE) == PT_LANG_FA,
		  "Persian yeh without context: Persian");
	CHECK(pt_word_stem_lang((const unsigned char *) "گزارش", strlen("گزارش"), PT_LANG_AR) == PT_LANG_FA,
		  "a Persian word in Arabic text keeps its own language");
	CHECK(pt_word_stem_lang((const unsigned char *) "الحماية", strlen("الحماية"), PT_LANG_FA) == PT_LANG_AR,
		  "an Arabic word in Persian text keeps its own language");
}

/* tokens longer than PT_STEM_MAX_INPUT are copied unchanged */
static void
test_long(void)
{
	unsigned char in[PT_STEM_MAX_INPUT + 64],
				out[PT_STEM_MAX_INPUT + 64];
	size_t		i,
				n;

	for (i = 0; i + 1 < sizeof(in); i += 2)
		memcpy(in + i, i + 8 >= sizeof(in) ? "ه" : "ب", 2);
	n = pt_stem_ar(in, sizeof(in), out);
	CHECK(n == sizeof(in) && memcmp(in, out, n) == 0, "overlong token unchanged (ar)");
	n = pt_stem_fa(in, sizeof(in), out);
	CHECK(n == sizeof(in) && memcmp(in, out, n) == 0, "overlong token unchanged (fa)");
	for (i = 0; i + 2 < PT_STEM_MAX_INPUT; i += 2)
		memcpy(in + i, "ب", 2);
	memcpy(in + PT_STEM_MAX_INPUT - 2, "ه", 2);
	n = pt_stem_ar(in, PT_STEM_MAX_INPUT, out);
	CHECK(n == PT_STEM_MAX_INPUT - 2, "a token of exactly the limit is stemmed");
	memcpy(out, "الحمايه", strlen("الحمايه"));
	n = pt_stem_ar(out, strlen("الحمايه"), out);
	CHECK_STR(out, n, "حماي", "stemming in place");
}

/* random bytes and random Arabic-letter words: bounded, no spaces, no crash */
static void
test_random(void)
{
	static const char *const pieces[] = {
		"ا", "ل", "و", "ب", "ف", "ك", "ه", "ي", "ن", "ت", "م", "ش", "د", "گ",
		"ها", "ال", "ات", "ين", "ان", "مي", " ", "  ", "a", "1", "\xff", "\xd8",
		"\xe2\x80\x8c", "ء"
	};
	unsigned char in[600],
				out[600];
	int			ok_len = 1,
				ok_space = 1,
				ok_empty = 1,
				iter;

	srand(12345);
	for (iter = 0; iter < 20000; iter++)
	{
		size_t		len = 0,
					n,
					k;
		int			which;

		if (iter % 2)
		{
			size_t		want = (size_t) (rand() % 300);

			for (len = 0; len < want; len++)
				in[len] = (unsigned char) (rand() & 0xff);
		}
		else
		{
			int			count = rand() % 60;

			while (count-- > 0)
			{
				const char *p = pieces[rand() % (int) (sizeof(pieces) / sizeof(pieces[0]))];
				size_t		pl = strlen(p);

				if (len + pl > sizeof(in))
					break;
				memcpy(in + len, p, pl);
				len += pl;
			}
		}
		for (which = 0; which < 3; which++)
		{
			unsigned char *copy = malloc(len ? len : 1);

			memcpy(copy, in, len);	/* exact-size buffer: ASan sees overreads */
			n = which == 1 ? pt_stem_fa(copy, len, out) :
				which == 2 ? pt_stem_ar_undecided(copy, len, out) :
				pt_stem_ar(copy, len, out);
			free(copy);
			if (n > len)
				ok_len = 0;
			if (n == 0)
				for (k = 0; k < len; k++)
					if (in[k] != ' ')
						ok_empty = 0;
			if (len <= PT_STEM_MAX_INPUT)
				for (k = 0; k < n; k++)
					if (out[k] == ' ')
						ok_space = 0;
		}
		pt_word_lang(in, len);
		pt_stopword_ar(in, len);
		pt_stopword_fa(in, len);
	}
	CHECK(ok_len, "random input: stem never longer than input");
	CHECK(ok_space, "random input: stem has no spaces");
	CHECK(ok_empty, "random input: a token with a non-space byte keeps a stem");
}

/*
 * Do all the raw words of a group (NULL-terminated) get one stem?  Prints
 * the words that part from the first.
 */
static int
one_lexeme(stem_fn fn, const char *const *group)
{
	unsigned char first[PT_FOLD_BOUND(1024)],
				o[PT_FOLD_BOUND(1024)];
	size_t		fl = stem_raw(fn, group[0], first),
				n,
				i;
	int			ok = 1;

	for (i = 1; group[i] != NULL; i++)
	{
		n = stem_raw(fn, group[i], o);
		if (n != fl || memcmp(o, first, n) != 0)
		{
			ok = 0;
			printf("#   %s -> %.*s, %s -> %.*s\n", group[0], (int) fl, first,
				   group[i], (int) n, o);
		}
	}
	return ok;
}

/*
 * The word groups of Lucene's own tests for its Arabic stem filter
 * (TestArabicStemFilter) and Persian analyzer (TestPersianAnalyzer), a peer
 * suite: the words are theirs (facts), grouped by the stem Lucene expects;
 * each group must get one lexeme here.  Lucene's Persian verbs are written
 * with ZWNJ (it splits there); a phrase such as خواهد خورد is a stop word
 * and the word, so the word alone is tested.  Left out on purpose, from
 * Lucene's ساهد group: the nisba forms ساهدي, ساهدية (an adjective is a
 * different word here: stripping the nisba measured F1 0.84 -> 0.75 on the
 * Arabic UD file) and ساهدهات (teh marbuta never stands before ات).
 */
static void
test_lucene(void)
{
	static const char *const ar_hasan[] = {"حسن", "الحسن", "والحسن", "بالحسن",
	"كالحسن", "فالحسن", "وحسن", NULL};
	static const char *const ar_akhar[] = {"اخر", "للاخر", NULL};
	static const char *const ar_zawj[] = {"زوج", "زوجها", NULL};
	static const char *const ar_sahid[] = {"ساهد", "ساهدان", "ساهدات", "ساهدون",
	"ساهدين", "ساهده", "ساهدة", "وساهدون", NULL};
	static const char *const fa_khord[] = {"خورد", "می\u200cخورد", "مي\u200cخورد",
	NULL};
	static const char *const fa_khordeh[] = {"خورده", "خورده\u200cاست",
	"می\u200cخورده\u200cاست", "می\u200cخورده", "خورده است", NULL};
	static const char *const fa_barg[] = {"برگ", "برگ\u200cها", "برگها",
	"برگ ها", NULL};

	CHECK(one_lexeme(pt_stem_ar, ar_hasan), "Lucene ar: الحسن والحسن بالحسن كالحسن فالحسن وحسن -> one lexeme");
	CHECK(one_lexeme(pt_stem_ar, ar_akhar), "Lucene ar: للاخر -> اخر");
	CHECK(one_lexeme(pt_stem_ar, ar_zawj), "Lucene ar: زوجها -> زوج");
	CHECK(one_lexeme(pt_stem_ar, ar_sahid), "Lucene ar: ساهد with dual, plural, feminine endings and و -> one lexeme");
	STEM(pt_stem_ar, "الو", "الو", "Lucene ar: الو is not stemmed");
	STEM(pt_stem_ar, "English", "english", "Lucene ar: non-Arabic only folded");
	CHECK(one_lexeme(pt_stem_fa, fa_khord), "Lucene fa: خورد, می‌خورد -> one lexeme");
	CHECK(one_lexeme(pt_stem_fa, fa_khordeh), "Lucene fa: خورده with است and می -> one lexeme");
	CHECK(one_lexeme(pt_stem_fa, fa_barg), "Lucene fa: برگ‌ها, برگها, برگ ها -> برگ");
	DIFF(pt_stem_fa, "بخورد", "خورد", "Lucene fa: subjunctive بخورد stays apart");
}

/* The failure classes of issue 8, as classes: several members each. */
static void
test_classes(void)
{
	static const char *const ar_b[] = {"دعم", "بدعم", "ودعم", "الدعم", NULL};
	static const char *const ar_b2[] = {"منطقة", "بمنطقة", "المنطقة", "منطقته", NULL};
	static const char *const ar_l[] = {"لجنة", "للجنة", "اللجنة", "لجنتها", NULL};
	static const char *const ar_lugha[] = {"لغة", "اللغة", "للغة", "لغات", NULL};
	static const char *const ar_tamkin[] = {"تمكين", "لتمكين", "التمكين", NULL};
	static const char *const ar_wizara[] = {"وزارة", "ووزارة", "وزارته", "للوزارة", NULL};
	static const char *const ar_hamza[] = {"مسؤول", "مسئول", "مسوول", "المسؤول", NULL};
	static const char *const fa_hamza[] = {"مسئول", "مسؤول", "مسوول", "مسئولان", NULL};
	static const char *const fa_kam[] = {"کم", "کمتر", "کمترین", NULL};
	static const char *const fa_bish[] = {"بیش", "بیشتر", "بیشتری", "بیشترین", NULL};
	static const char *const fa_jaa[] = {"جا", "جایی", "جای", NULL};
	static const char *const fa_khoda[] = {"خدا", "خداست", NULL};
	static const char *const fa_kon[] = {"کند", "می‌کند", "نمی‌کنند", "می‌کنم", NULL};
	static const char *const fa_afkar[] = {"فکر", "افکار", NULL};
	static const char *const fa_madarek[] = {"مدرک", "مدارک", NULL};
	static const char *const fa_khotut[] = {"خط", "خطوط", NULL};
	static const char *const fa_javame[] = {"جامعه", "جوامع", NULL};
	static const char *const fa_saham[] = {"سهم", "سهام", NULL};
	static const char *const fa_afrad[] = {"فرد", "افراد", "افرادی", NULL};
	static const char *const fa_vozara[] = {"وزیر", "وزرا", "وزراء", NULL};

	/* Arabic one-letter proclitics before short stems */
	CHECK(one_lexeme(pt_stem_ar, ar_b), "ar: ب و before a bare three-letter stem");
	CHECK(one_lexeme(pt_stem_ar, ar_b2), "ar: ب before a derived noun in م; pronoun after ت");
	CHECK(one_lexeme(pt_stem_ar, ar_l), "ar: لل before a word whose root begins with ل");
	CHECK(one_lexeme(pt_stem_ar, ar_lugha), "ar: two-letter word with teh marbuta and its ات plural");
	CHECK(one_lexeme(pt_stem_ar, ar_tamkin), "ar: ل before تمكين");
	CHECK(one_lexeme(pt_stem_ar, ar_wizara), "ar: و, لل and the pronoun ه on وزارة");
	SAME(pt_stem_ar, "حكومتك", "حكومة", "ar: the pronoun ك after a teh marbuta written ت");
	STEM(pt_stem_ar, "شريك", "شريك", "ar: a final ك elsewhere is the word's");
	DIFF(pt_stem_ar, "وزير", "زير", "ar: و of وزير is the root's");
	DIFF(pt_stem_ar, "وطني", "طني", "ar: و of وطني is the root's");
	DIFF(pt_stem_ar, "وجود", "جود", "ar: و of وجود is the root's");
	DIFF(pt_stem_ar, "بطولة", "طول", "ar: ب of بطولة is the root's");
	DIFF(pt_stem_ar, "بطاقة", "طاقة", "ar: ب of بطاقة is the root's");
	STEM(pt_stem_ar, "بندر", "بندر", "ar: بندر is listed whole");
	/* endings that only look like the dual or plural */
	STEM(pt_stem_ar, "ضمان", "ضمان", "ar: ضمان is not a dual");
	STEM(pt_stem_ar, "الضمان", "ضمان", "ar: الضمان keeps its ان");
	SAME(pt_stem_ar, "ضمانات", "ضمان", "ar: ضمانات is the plural of ضمان");
	SAME(pt_stem_ar, "قرارين", "قرار", "ar: the dual of CCاC is cut (قرارين)");
	DIFF(pt_stem_ar, "سنة", "سن", "ar: a two-letter word keeps its teh marbuta (سنة is not سن)");
	DIFF(pt_stem_ar, "مدينة", "مدين", "ar: مدين is not مدينة");
	DIFF(pt_stem_ar, "مساهم", "مسا", "ar: no pronoun هم cut after a long vowel (مساهم)");
	/* hamza seats */
	CHECK(one_lexeme(pt_stem_ar, ar_hamza), "ar: مسؤول مسئول مسوول -> one lexeme");
	STEM(pt_stem_ar, "مليون", "مليون", "ar: يو of مليون stays");

	/* Persian */
	CHECK(one_lexeme(pt_stem_fa, fa_hamza), "fa: مسئول مسؤول مسوول -> one lexeme");
	CHECK(one_lexeme(pt_stem_fa, fa_kam), "fa: comparative of a two-letter adjective (کمتر)");
	CHECK(one_lexeme(pt_stem_fa, fa_bish), "fa: comparative with ی (بیشتری)");
	DIFF(pt_stem_fa, "دختر", "دخ", "fa: دختر is no comparative");
	DIFF(pt_stem_fa, "بهتر", "به", "fa: بهتر does not become the preposition به");
	CHECK(one_lexeme(pt_stem_fa, fa_jaa), "fa: indefinite ی after a vowel (جایی)");
	DIFF(pt_stem_fa, "آمریکایی", "آمریکا", "fa: adjectival ...ایی kept");
	DIFF(pt_stem_fa, "شهری", "شهر", "fa: adjectival ی after a consonant kept");
	CHECK(one_lexeme(pt_stem_fa, fa_khoda), "fa: copula ست after a vowel (خداست)");
	STEM(pt_stem_fa, "دوست", "دوست", "fa: دوست is no copula");
	STEM(pt_stem_fa, "درخواست", "درخواست", "fa: درخواست is no copula");
	STEM(pt_stem_fa, "آموزش", "اموزش", "fa: آموزش is a whole word");
	STEM(pt_stem_fa, "گزارش", "گزارش", "fa: گزارش is a whole word");
	STEM(pt_stem_fa, "پوشش", "پوشش", "fa: پوشش is a whole word");
	SAME(pt_stem_fa, "کتابش", "کتاب", "fa: possessive ش after a noun");
	CHECK(one_lexeme(pt_stem_fa, fa_kon), "fa: persons of a present verb share the 3rd singular's stem");
	SAME(pt_stem_fa, "می‌کردند", "کرد", "fa: a past stem keeps its د");
	CHECK(one_lexeme(pt_stem_fa, fa_afkar), "fa: broken plural افکار");
	CHECK(one_lexeme(pt_stem_fa, fa_madarek), "fa: broken plural مدارک");
	CHECK(one_lexeme(pt_stem_fa, fa_khotut), "fa: broken plural خطوط");
	CHECK(one_lexeme(pt_stem_fa, fa_javame), "fa: broken plural جوامع");
	CHECK(one_lexeme(pt_stem_fa, fa_saham), "fa: broken plural سهام");
	CHECK(one_lexeme(pt_stem_fa, fa_afrad), "fa: ی after a broken plural (افرادی)");
	CHECK(one_lexeme(pt_stem_fa, fa_vozara), "fa: plural without its final hamza (وزرا)");
	STEM(pt_stem_fa, "ضمان", "ضمان", "fa: ضمان is not a plural");
	SAME(pt_stem_fa, "زنان", "زن", "fa: زنان is the plural of زن");
}

int
main(void)
{
	test_arabic();
	test_persian();
	test_lists();
	test_stopwords();
	test_wordlang();
	test_long();
	test_random();
	test_lucene();
	test_classes();
	return unit_done();
}
