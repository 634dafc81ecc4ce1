/*
 * stem_ar.c
 *		Light Arabic stemmer: proclitics, pronouns, plural, dual, nisba and
 *		feminine endings, with guards on what is left (see stem_ar.h).
 */
#include <string.h>

#include "stem_ar.h"
#include "letters.h"
#include "stem_util.h"

/* replace a listed broken plural (or long singular) by its key */
#define AR_PLURAL(w)	pt_broken_plural((w), &pt_plural_ar_set)

/* the article with the proclitics that combine with it, longest first */
static const pt_affix articles[] = {
	PT_AFFIX("وبال"), PT_AFFIX("وكال"), PT_AFFIX("فبال"), PT_AFFIX("فكال"),
	PT_AFFIX("ولل"), PT_AFFIX("فلل"), PT_AFFIX("وال"), PT_AFFIX("فال"),
	PT_AFFIX("بال"), PT_AFFIX("كال"), PT_AFFIX("لل"), PT_AFFIX("ال")
};

/* attached pronouns, longest first */
static const pt_affix pronouns[] = {
	PT_AFFIX("هما"), PT_AFFIX("كما"), PT_AFFIX("هم"), PT_AFFIX("هن"),
	PT_AFFIX("كم"), PT_AFFIX("كن"), PT_AFFIX("ها"), PT_AFFIX("نا")
};

/* whole words that only look inflected (src/data/keep_ar.txt) */
static pt_wordset ar_keep_set = PT_WORDSET(pt_ar_keep);

/* Is the whole word one that only looks inflected? */
static int
is_ar_keep(const pt_sword *w)
{
	return pt_sword_in(w, &ar_keep_set);
}

/*
 * Does the stem, with an ل put back, begin a word whose root starts with ل
 * (لاجئ, لجنة: src/data/lam_roots_ar.txt)?
 */
static int
lam_alef_word(const pt_sword *w)
{
	size_t		i;

	for (i = 0; i < pt_ar_lam_roots_len; i++)
		if (sw_starts(w, pt_ar_lam_roots[i]))
			return 1;
	return 0;
}

/*
 * Is the stem a bare three-letter word CCC, no long vowel inside and no
 * nisba ي at its end (دعم, حسن; not زير, جود, طني)?  After a one-letter
 * proclitic such a stem is a root, where وزير, وجود, وطني are whole words
 * of their own.
 */
static int
bare_triliteral(const pt_sword *w)
{
	return sw_letters(w) == 3 && !sw_starts(w, PT_U8_ALEF) &&
		!sw_at(w, 1, PT_U8_ALEF) && !sw_at(w, 1, PT_U8_WAW) && !sw_at(w, 1, PT_U8_YEH) &&
		!sw_at(w, 2, PT_U8_YEH) && !sw_at(w, 2, PT_U8_HEH) && !sw_at(w, 2, PT_U8_ALEF);
}

/*
 * Does the stem look like a verbal noun تCCين (تامين)?  (The broken plurals
 * CCاCين, قوانين, are in the broken-plural list; the shape is also the dual
 * of CCاC, قرارين.)
 */
static int
keeps_yn(const pt_sword *w)
{
	size_t		n = sw_letters(w);

	if (n == 5 && sw_starts(w, PT_U8_TEH) && sw_at(w, 3, PT_U8_YEH))
		return 1;
	return 0;
}

/*
 * Remove endings: pronouns, then plural/dual, then heh, then accusative
 * alef.  "checked": the caller already knows the stem is no kept word.
 */
static void
ar_suffixes(pt_sword *w, int article, int flags, int checked)
{
	size_t		i;

	if (!checked && is_ar_keep(w))
		return;

	/*
	 * the pronoun ه or ك after a teh marbuta written ت (منطقته, دولتك) or
	 * after the plural ات (قراراته), with 3 letters before the ت
	 */
	if ((sw_ends(w, "ته") || sw_ends(w, "تك")) && sw_letters(w) >= 5 &&
		!(flags & PT_STEM_AR_UNDECIDED))
	{
		w->e -= 2;
		if (!sw_ends(w, "ات"))
			sw_set_last(w, PT_U8_HEH);
		if (AR_PLURAL(w))
			return;
	}
	for (i = 0; i < sizeof(pronouns) / sizeof(pronouns[0]); i++)
	{
		size_t		left = sw_left_after_affix(w, &pronouns[i]);

		/*
		 * 4 letters left, or 3 not ending in a long vowel (زوجها, عملهم; not
		 * مساهم, تراكم, whose CCاC is a word)
		 */
		if (left >= 4 ||
			(left == 3 && !(flags & PT_STEM_AR_UNDECIDED) &&
			 !sw_at(w, -1 - (long) pronouns[i].n / 2, PT_U8_ALEF) &&
			 !sw_at(w, -1 - (long) pronouns[i].n / 2, PT_U8_WAW) &&
			 !sw_at(w, -1 - (long) pronouns[i].n / 2, PT_U8_YEH)))
		{
			w->e -= pronouns[i].n;
			/* teh marbuta is written teh before a pronoun */
			if (sw_ends(w, PT_U8_TEH) && !sw_ends(w, "ات") && sw_letters(w) >= 4)
				sw_set_last(w, PT_U8_HEH);
			if (AR_PLURAL(w))
				return;
			break;
		}
	}

	if (sw_left_after(w, "ات") >= 3)
		sw_cut_end(w, "ات");
	else if (sw_left_after(w, "ات") == 2 && !(flags & PT_STEM_AR_UNDECIDED))
	{
		/* the plural of a two-letter word with teh marbuta: لغات, جهات */
		sw_cut_end(w, "ات");
		w->e += 2;
		sw_set_last(w, PT_U8_HEH);
	}
	else if ((sw_left_after(w, "ون") >= 4 || sw_left_after(w, "ين") >= 3 ||
			  (article && sw_left_after(w, "ان") >= 3) ||
			  (sw_left_after(w, "ان") >= 4 && !sw_ends(w, "ستان") &&
			   !(flags & PT_STEM_AR_UNDECIDED))) &&
			 !keeps_yn(w))
	{
		w->e -= 4;
		/* feminine dual: teh marbuta written teh (سنتين, الحكومتان) */
		if (sw_ends(w, PT_U8_TEH) && sw_letters(w) >= 3)
			sw_set_last(w, PT_U8_HEH);
		if (sw_left_after(w, PT_U8_HEH) >= 3 && !AR_PLURAL(w))
			sw_cut_end(w, PT_U8_HEH);
	}
	else if (sw_left_after(w, PT_U8_HEH) >= 3 && !(flags & PT_STEM_AR_UNDECIDED))
	{
		if (AR_PLURAL(w))
			return;
		sw_cut_end(w, PT_U8_HEH);
	}
	else if (sw_left_after(w, PT_U8_ALEF) >= 3 && !sw_at(w, -2, PT_U8_YEH) &&
			 !sw_at(w, -2, PT_U8_WAW) && !(flags & PT_STEM_AR_UNDECIDED) &&
			 !(sw_letters(w) == 4 && sw_starts(w, "م")))	/* مبدأ */
		sw_cut_end(w, PT_U8_ALEF);
	AR_PLURAL(w);
}

/* Stem a loaded word in place. */
void
pt_stem_ar_word(pt_sword *w, int flags)
{
	size_t		i,
				s0 = w->s;		/* while w->s == s0 the stem is unchanged */
	int			article = 0;

	if (is_ar_keep(w) || AR_PLURAL(w))
		return;
	if (sw_starts(w, "وو") && sw_letters(w) >= 4)
		sw_cut_start(w, PT_U8_WAW);

	for (i = 0; i < sizeof(articles) / sizeof(articles[0]); i++)
	{
		const pt_affix *a = &articles[i];

		if (sw_starts_n(w, a->s, a->n) && sw_letters(w) >= a->n / 2 + 2)
		{
			w->s += a->n;
			/* لل before a word that itself begins with لا: للاجئين */
			if (strcmp(a->s + a->n - 4, "لل") == 0 && lam_alef_word(w))
				w->s -= 2;
			article = 1;
			break;
		}
	}
	if (w->s != s0 && AR_PLURAL(w))
		return;

	/*
	 * a bare conjunction و (not before an alef or لا: واشنطن, ولاية) or
	 * preposition ل (not before a root that begins لا: لاجئ), only if a long
	 * enough stem remains; ف only ever goes with the article (فيسبوك)
	 */
	if (!article && (sw_starts(w, PT_U8_WAW) || sw_starts(w, "ل") ||
					 sw_starts(w, "ب")) &&
		(w->s == s0 || !is_ar_keep(w)))
	{
		size_t		need = 0;
		pt_sword	t = *w;

		sw_cut_start(&t, PT_U8_WAW);	/* و, ل and ب are all two bytes */
		if (sw_starts(w, PT_U8_WAW))
		{
			if (bare_triliteral(&t))
				need = 3;		/* وحسن, but وزير, وطني stay */
			else if (!sw_starts(&t, PT_U8_ALEF) && !sw_starts(&t, "لا"))
				need = 4;
		}
		else if (sw_starts(w, "ب"))
		{
			if (bare_triliteral(&t) ||
				(sw_letters(&t) >= 4 && (sw_starts(&t, "م") || sw_starts(&t, PT_U8_TEH))))
				need = 3;		/* بدعم, بمنطقة, بتنفيذ; not بطولة, بيان */
		}
		else if (!lam_alef_word(&t))
			need = 3;
		if (need && sw_letters(w) > need)
		{
			if (AR_PLURAL(&t))
			{
				*w = t;
				return;
			}
			ar_suffixes(&t, 0, flags, 0);
			if (sw_letters(&t) >= need)
			{
				*w = t;
				return;
			}
		}
	}
	ar_suffixes(w, article, flags, w->s == s0);
}

/* Stem one folded token with options (see stem_ar.h). */
size_t
pt_stem_ar_opt(const unsigned char *w, size_t len, unsigned char *out,
			   int flags)
{
	pt_sword	sw;

	if (len > PT_STEM_MAX_INPUT)
	{
		memmove(out, w, len);
		return len;
	}
	if (pt_sword_load(&sw, w, len))
	{
		pt_stem_ar_word(&sw, flags);
		pt_sword_hamza(&sw);
	}
	return pt_sword_out(&sw, out);
}

/* Stem one folded token (see stem_ar.h). */
size_t
pt_stem_ar(const unsigned char *w, size_t len, unsigned char *out)
{
	return pt_stem_ar_opt(w, len, out, 0);
}
