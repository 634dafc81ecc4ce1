/*
 * stem_ar.c
 *		Light Arabic stemmer: proclitics, pronouns, plural, dual, nisba and
 *		feminine endings, with guards on what is left (see stem_ar.h).
 */
#include <string.h>

#include "stem_ar.h"
#include "stem_util.h"

#define AR_ALEF		"\xd8\xa7"	/* ا */
#define AR_TEH		"\xd8\xaa"	/* ت */
#define AR_HEH		"\xd9\x87"	/* ه */
#define AR_WAW		"\xd9\x88"	/* و */
#define AR_YEH		"\xd9\x8a"	/* ي */

/* replace a listed broken plural (or long singular) by its key */
#define AR_PLURAL(w)	pt_broken_plural((w), pt_plural_ar, pt_plural_ar_len)

/* the article with the proclitics that combine with it, longest first */
static const char *const articles[] = {
	"وبال", "وكال", "فبال", "فكال", "ولل", "فلل", "وال", "فال", "بال", "كال",
	"لل", "ال"
};

/* attached pronouns, longest first */
static const char *const pronouns[] = {
	"هما", "كما", "هم", "هن", "كم", "كن", "ها", "نا"
};

/* after لل: the letters, without their ل, of words whose root begins لا */
static const char *const lam_alef[] = {"اجي", "اعب", "ازم", "ايح", "اتين"};

/* singular words that end like a plural, dual or pronoun (folded, sorted) */
static const char *const ar_keep[] = {
	"اربعين", "الا", "الان", "التي", "الذي", "الله", "الي", "ايران", "بحرين", "برلمان", "تسعين", "تلفزيون", "تليفزيون",
	"ثلاثين", "ثمانين", "خمسين", "سبعين", "عشرين", "فلسطين", "كورونا", "لبنان",
	"لقاء", "لندن", "ياسمين"
};

/* Is the whole word one that only looks inflected? */
static int
is_ar_keep(const pt_sword *w)
{
	return pt_sword_in(w, ar_keep, sizeof(ar_keep) / sizeof(ar_keep[0]));
}

/* Does the stem, with an ل put back, begin a word whose root starts with لا? */
static int
lam_alef_word(const pt_sword *w)
{
	size_t		i;

	if (!sw_starts(w, AR_ALEF))
		return 0;
	for (i = 0; i < sizeof(lam_alef) / sizeof(lam_alef[0]); i++)
	{
		size_t		l = strlen(lam_alef[i]);

		if (w->e - w->s >= l && memcmp(w->b + w->s, lam_alef[i], l) == 0)
			return 1;
	}
	return 0;
}

/* Does the stem look like a broken plural CCاCين (قوانين) or a verbal noun تCCين (تامين)? */
static int
keeps_yn(const pt_sword *w)
{
	size_t		n = sw_letters(w);

	if (n == 6 && sw_at(w, 2, AR_ALEF))
		return 1;
	if (n == 5 && sw_starts(w, AR_TEH) && sw_at(w, 3, AR_YEH))
		return 1;
	return 0;
}

/* Remove endings: pronouns, then plural/dual, then heh, then accusative alef. */
static void
ar_suffixes(pt_sword *w, int article)
{
	size_t		i;

	if (is_ar_keep(w))
		return;
	for (i = 0; i < sizeof(pronouns) / sizeof(pronouns[0]); i++)
	{
		if (sw_left_after(w, pronouns[i]) >= 4)
		{
			sw_cut_end(w, pronouns[i]);
			/* teh marbuta is written teh before a pronoun */
			if (sw_ends(w, AR_TEH) && !sw_ends(w, "ات") && sw_letters(w) >= 4)
				sw_set_last(w, AR_HEH);
			if (AR_PLURAL(w))
				return;
			break;
		}
	}

	if (sw_left_after(w, "ات") >= 3)
		sw_cut_end(w, "ات");
	else if ((sw_left_after(w, "ون") >= 4 || sw_left_after(w, "ين") >= 3 ||
			  (article && sw_left_after(w, "ان") >= 3)) && !keeps_yn(w))
	{
		w->e -= 4;
		/* feminine dual: teh marbuta written teh (سنتين, الحكومتان) */
		if (sw_ends(w, AR_TEH) && sw_letters(w) >= 3)
			sw_set_last(w, AR_HEH);
		if (sw_left_after(w, AR_HEH) >= 2 && !AR_PLURAL(w))
			sw_cut_end(w, AR_HEH);
	}
	else if (sw_left_after(w, AR_HEH) >= 2)
	{
		if (AR_PLURAL(w))
			return;
		sw_cut_end(w, AR_HEH);
	}
	else if (sw_left_after(w, AR_ALEF) >= 3 && !sw_at(w, -2, AR_YEH) &&
			 !sw_at(w, -2, AR_WAW) &&
			 !(sw_letters(w) == 4 && sw_starts(w, "م")))	/* مبدأ */
		sw_cut_end(w, AR_ALEF);
	AR_PLURAL(w);
}

/* Stem a loaded word in place. */
void
pt_stem_ar_word(pt_sword *w)
{
	size_t		i;
	int			article = 0;

	if (is_ar_keep(w) || AR_PLURAL(w))
		return;
	if (sw_starts(w, "وو") && sw_letters(w) >= 4)
		sw_cut_start(w, AR_WAW);

	for (i = 0; i < sizeof(articles) / sizeof(articles[0]); i++)
	{
		if (sw_starts(w, articles[i]) &&
			sw_letters(w) >= strlen(articles[i]) / 2 + 2)
		{
			sw_cut_start(w, articles[i]);
			/* لل before a word that itself begins with لا: للاجئين */
			if (strcmp(articles[i] + strlen(articles[i]) - 4, "لل") == 0 &&
				lam_alef_word(w))
				w->s -= 2;
			article = 1;
			break;
		}
	}
	if (AR_PLURAL(w))
		return;

	/*
	 * a bare conjunction و ف, or the preposition ل, only if a long enough
	 * stem remains and the next letters are not لا (ولاية, لاجئ)
	 */
	if (!article && !sw_at(w, 1, AR_ALEF) &&
		!(sw_at(w, 1, "ل") && sw_at(w, 2, AR_ALEF)) &&
		!is_ar_keep(w))
	{
		size_t		need = 0;

		if (sw_starts(w, AR_WAW) || sw_starts(w, "ف"))
			need = 4;
		else if (sw_starts(w, "ل"))
			need = 3;
		if (need && sw_letters(w) > need)
		{
			pt_sword	t = *w;

			sw_cut_start(&t, AR_WAW);	/* all three letters are two bytes */
			if (AR_PLURAL(&t))
			{
				*w = t;
				return;
			}
			ar_suffixes(&t, 0);
			if (sw_letters(&t) >= need)
			{
				*w = t;
				return;
			}
		}
	}
	ar_suffixes(w, article);
}

/* Stem one folded token (see stem_ar.h). */
size_t
pt_stem_ar(const unsigned char *w, size_t len, unsigned char *out)
{
	pt_sword	sw;

	if (len > PT_STEM_MAX_INPUT)
	{
		memmove(out, w, len);
		return len;
	}
	if (pt_sword_load(&sw, w, len))
		pt_stem_ar_word(&sw);
	return pt_sword_out(&sw, out);
}
