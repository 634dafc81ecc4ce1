/*
 * stem_fa.c
 *		Light Persian stemmer: clitics, plurals, ezafe, comparative, verb
 *		prefix, with guards and a list of words that only look inflected
 *		(see stem_fa.h).
 */
#include <string.h>

#include "stem_fa.h"
#include "letters.h"
#include "stem_util.h"

/* replace a listed broken plural (or long singular) by its key */
#define FA_PLURAL(w)	pt_broken_plural((w), &pt_plural_fa_set)

/* words that end or begin like an inflection but are not (src/data/keep_fa.txt) */
static pt_wordset fa_keep_set = PT_WORDSET(pt_fa_keep);

/* clitics and copula written as a separate piece (after ZWNJ or a space) */
static const pt_affix detached[] = {
	PT_AFFIX("ام"), PT_AFFIX("ات"), PT_AFFIX("اش"), PT_AFFIX("اي"),
	PT_AFFIX("ايم"), PT_AFFIX("ايد"), PT_AFFIX("اند"), PT_AFFIX("است"),
	PT_AFFIX("ي"), PT_AFFIX("يي"), PT_AFFIX("ايي")
};

/* plural ها with what may follow it, longest first */
static const pt_affix ha_forms[] = {
	PT_AFFIX("هايشان"), PT_AFFIX("هايتان"), PT_AFFIX("هايمان"),
	PT_AFFIX("هاييم"), PT_AFFIX("هايش"), PT_AFFIX("هايت"), PT_AFFIX("هايم"),
	PT_AFFIX("هايي"), PT_AFFIX("هاي"), PT_AFFIX("هاست"), PT_AFFIX("ها")
};

/* present-tense endings that make a glued مي a verb prefix */
static const pt_affix verb_ends[] = {
	PT_AFFIX("ند"), PT_AFFIX("ود"), PT_AFFIX("يد"), PT_AFFIX("هد"), PT_AFFIX("يم")
};

/* person endings replaced after a verb prefix, longest first (see fa_verb) */
static const pt_affix person_ends[] = {
	PT_AFFIX("ند"), PT_AFFIX("يد"), PT_AFFIX("يم"), PT_AFFIX("م"), PT_AFFIX("ي")
};

/* Is the whole word one that only looks inflected? */
static int
keep(const pt_sword *w)
{
	return pt_sword_in(w, &fa_keep_set);
}

/* Is the letter before the last n letters a vowel letter (ا or و)? */
static int
vowel_before(const pt_sword *w, long n)
{
	return sw_at(w, -1 - n, PT_U8_ALEF) || sw_at(w, -1 - n, PT_U8_WAW);
}

/* two-letter nouns whose plural takes ان (زنان, سران): most CCان words are whole */
static const pt_affix an_short[] = {
	PT_AFFIX("زن"), PT_AFFIX("سر")
};

/* May a final ان be taken for a plural ending? */
static int
plural_an(const pt_sword *w)
{
	size_t		left = sw_left_after(w, "ان"),
				i;

	if (left == 2)
	{
		for (i = 0; i < sizeof(an_short) / sizeof(an_short[0]); i++)
			if (sw_starts_n(w, an_short[i].s, an_short[i].n))
				return !keep(w);
		return 0;
	}
	return left >= 3 && !sw_ends(w, "ستان") && !keep(w);
}

/* Is ...اني a plural ان with the indefinite ي (not جهاني, انساني)? */
static int
plural_an_yeh(const pt_sword *w)
{
	pt_sword	t = *w;

	t.e -= 2;
	return plural_an(&t);
}

/* Is a final ي after a comparative, a plural ات or a listed broken plural? */
static int
yeh_after_inflection(const pt_sword *w)
{
	pt_sword	t = *w;

	t.e -= 2;
	if (sw_left_after(&t, "تر") >= 2 && !keep(&t))
		return 1;
	if (sw_left_after(&t, "ات") >= 3 && !keep(&t))
		return 1;
	return pt_broken_plural(&t, &pt_plural_fa_set);
}

/*
 * Is the stem left by a plural ات of the shape مCاCC, the verbal noun
 * مُفاعَلة of the Arabic third form, which Persian writes with a final ه
 * (مسابقه, مطالعه, مذاکره, معامله; plural مسابقات)?  Its ات plural then
 * takes the singular's ه back, so both get one stem.  Only this shape:
 * other ات plurals have singulars in ه, in ت or bare (لحظات, حركات,
 * نظرات), which the letters do not tell apart.
 */
static int
mufaala(const pt_sword *w)
{
	return sw_letters(w) == 5 && sw_starts(w, "م") && sw_at(w, 2, PT_U8_ALEF) &&
		!sw_at(w, 1, PT_U8_ALEF) && !sw_at(w, 3, PT_U8_ALEF) && !sw_at(w, 4, PT_U8_ALEF) &&
		!sw_at(w, 4, PT_U8_YEH) && !sw_at(w, 4, PT_U8_WAW);
}

/* Remove one plural ending; 1 if one was removed. */
static int
fa_plural(pt_sword *w)
{
	size_t		n = sw_letters(w);

	if (!sw_ends(w, "ان") && !sw_ends(w, "ات") && !sw_ends(w, "ين"))
		return 0;
	if (keep(w))
		return 0;
	if (sw_ends(w, "دگان") && n >= 6)
	{
		sw_cut_end(w, "ان");
		sw_set_last(w, PT_U8_HEH);
		return 1;
	}
	if (sw_ends(w, "يان") && vowel_before(w, 3) && n >= 5)
	{
		sw_cut_end(w, "يان");
		return 1;
	}
	if (plural_an(w))
	{
		sw_cut_end(w, "ان");
		return 1;
	}
	if (sw_left_after(w, "ات") >= 3)
	{
		sw_cut_end(w, "ات");
		if (mufaala(w))
		{
			w->e += 2;			/* مسابقات -> مسابقه, as the singular */
			sw_set_last(w, PT_U8_HEH);
		}
		return 1;
	}
	if (sw_left_after(w, "ين") >= 3 && !sw_ends(w, "گين") &&
		!sw_ends(w, "مين") &&	/* ordinals: سومين */
		!(n == 5 && sw_starts(w, "ت")))
	{
		sw_cut_end(w, "ين");
		return 1;
	}
	return 0;
}

/* Remove a glued one-letter possessive ش or م (his, her; my). */
static void
fa_clitic1(pt_sword *w)
{
	if ((sw_ends(w, "ش") || sw_ends(w, "م")) && sw_letters(w) >= 4 &&
		!vowel_before(w, 1) && !sw_at(w, -2, PT_U8_YEH) && !keep(w))
		w->e -= 2;
}

/* Remove endings from a noun or adjective. */
static void
fa_suffixes(pt_sword *w)
{
	size_t		i;

	if (keep(w))
		return;

	/* plural ها and what follows it */
	for (i = 0; i < sizeof(ha_forms) / sizeof(ha_forms[0]); i++)
	{
		if (sw_left_after_affix(w, &ha_forms[i]) >= 2)
		{
			w->e -= ha_forms[i].n;
			if (!FA_PLURAL(w))
				fa_clitic1(w);
			return;
		}
	}

	/* possessive clitics, the one-letter ones after a plural ان */
	if ((sw_left_after(w, "شان") >= 3 || sw_left_after(w, "مان") >= 3 ||
		 (sw_left_after(w, "تان") >= 3 && !sw_ends(w, "ستان"))))
		w->e -= 6;
	else if ((sw_ends(w, "انش") || sw_ends(w, "انم") || sw_ends(w, "انت")))
	{
		pt_sword	t = *w;

		t.e -= 2;
		if (plural_an(&t))
			*w = t;
	}

	/*
	 * ezafe and indefinite yeh after a vowel (آقاي, جايي); after a consonant
	 * only where what is left is an inflected form, a comparative (بيشتري),
	 * a sound or broken plural (تمريناتي, افرادي): elsewhere a consonant's
	 * ي is as often the adjective suffix (شهري, اصلي), a different word; a
	 * copula ست after a vowel (خداست)
	 */
	if (sw_ends(w, "ايي") && sw_letters(w) == 4)
		w->e -= 4;				/* جايي, پايي; not the adjective امريكايي */
	else if (sw_left_after(w, PT_U8_YEH) >= 2 && vowel_before(w, 1))
		sw_cut_end(w, PT_U8_YEH);
	else if (sw_ends(w, "اني") && plural_an_yeh(w))
		sw_cut_end(w, PT_U8_YEH);	/* indefinite after a plural: كودكاني */
	else if (sw_left_after(w, PT_U8_YEH) >= 3 && yeh_after_inflection(w))
		sw_cut_end(w, PT_U8_YEH);
	else if (sw_left_after(w, "ست") >= 3 && vowel_before(w, 2) &&
			 !sw_ends(w, "خواست"))
		sw_cut_end(w, "ست");
	else
		fa_clitic1(w);
	if (keep(w) || FA_PLURAL(w))
		return;

	/* comparative and superlative, or a plural */
	if (sw_left_after(w, "ترين") >= 2)
		sw_cut_end(w, "ترين");
	else if (sw_left_after(w, "تر") >= 2)
		sw_cut_end(w, "تر");	/* كمتر, بيشتر; دختر, دفتر are listed */
	else if (fa_plural(w))
		FA_PLURAL(w);
}

/* Remove a verb prefix مي/نمي; 1 if the word was taken for a verb. */
static int
fa_verb(pt_sword *w)
{
	size_t		pre = 0,
				i;

	if (w->ncut > 0 && ((w->cut[0] == 4 && sw_starts(w, "مي")) ||
						(w->cut[0] == 6 && sw_starts(w, "نمي"))))
		pre = w->cut[0];
	else
	{
		size_t		pl = sw_starts(w, "نمي") ? 6 : sw_starts(w, "مي") ? 4 : 0;

		if (pl && (w->e - w->s - pl) / 2 >= 3)
			for (i = 0; i < sizeof(verb_ends) / sizeof(verb_ends[0]); i++)
				if (sw_ends_n(w, verb_ends[i].s, verb_ends[i].n))
					pre = pl;
		if (pre && keep(w))
			pre = 0;
	}
	if (pre == 0)
		return 0;
	w->s += pre;
	for (i = 0; i < sizeof(person_ends) / sizeof(person_ends[0]); i++)
		if (sw_left_after_affix(w, &person_ends[i]) >= 2)
		{
			w->e -= person_ends[i].n;
			/*
			 * a past stem ends in د or ت (كردند -> كرد); a present stem gets
			 * the د of the third person back, so every person of a tense
			 * shares one stem, the one of the bare 3rd singular (ميكنند,
			 * ميكنم, ميكند -> كند), which also keeps the past stem's own د
			 * (ميخورد -> خورد, like خورد)
			 */
			if (!sw_ends(w, "د") && !sw_ends(w, "ت"))
			{
				w->e += 2;
				sw_set_last(w, "د");
			}
			break;
		}
	return 1;
}

/* Stem a loaded word in place. */
void
pt_stem_fa_word(pt_sword *w)
{
	size_t		i;

	/* a detached clitic or copula as the last piece */
	if (w->ncut > 0)
	{
		size_t		c = w->cut[w->ncut - 1];

		for (i = 0; i < sizeof(detached) / sizeof(detached[0]); i++)
		{
			size_t		l = detached[i].n;

			if (w->e - c == l && sw_eq(w->b + c, detached[i].s, l) &&
				c - w->s >= 4)
			{
				w->e = c;
				w->ncut--;
				break;
			}
		}
	}
	if (fa_verb(w))
		return;
	if (FA_PLURAL(w))
		return;
	fa_suffixes(w);
}

/* Stem one folded token (see stem_fa.h). */
size_t
pt_stem_fa(const unsigned char *w, size_t len, unsigned char *out)
{
	pt_sword	sw;

	if (len > PT_STEM_MAX_INPUT)
	{
		memmove(out, w, len);
		return len;
	}
	if (pt_sword_load(&sw, w, len))
	{
		pt_stem_fa_word(&sw);
		pt_sword_hamza(&sw);
	}
	return pt_sword_out(&sw, out);
}
