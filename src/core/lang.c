/*
 * lang.c
 *		Dominant-language guess: ar, fa or en.
 */
#include <string.h>

#include "chartab.h"
#include "interrupt.h"
#include "lang.h"
#include "normalize.h"
#include "utf8.h"

/* a word longer than this is not a function word; its letters still count */
#define LANG_MAX_WORD	64

/*
 * Function words, in folded form (yeh U+064A, kaf U+0643, heh for teh
 * marbuta, bare alef).  Words that fold to the same string in both languages
 * (آن/أن, او/أو, ما, بعد, بين, به) are left out: they would only add noise.
 */
static const char *const fa_words[] = {
	"در", "از", "را", "است", "اين", "كه", "براي", "با", "شده", "شود",
	"ميشود", "كرد", "كرده", "خود", "يك", "هم", "نيز", "بود", "دارد", "كند",
	"تا", "اند", "باشد", "هاي", "ها", "مي", "ميكند", "كرده", "شد", "ايران",
	"گفت", "همچنين", "اما", "وزير", NULL
};

static const char *const ar_words[] = {
	"في", "من", "علي", "الي", "عن", "التي", "الذي", "هذا", "هذه", "كان",
	"قد", "مع", "وقال", "قال", "لا", "حيث", "ذلك", "تلك", "خلال", "وفي",
	"ومن", "الذين", "كما", "وذلك", "لم", "لن", "وهو", "وهي", "اليوم", "فيما",
	"وزاره", "وزير", "عبر", "ضمن", NULL
};

static int
in_list(const char *const *list, const unsigned char *w, size_t len)
{
	for (; *list; list++)
		if (strlen(*list) == len && memcmp(*list, w, len) == 0)
			return 1;
	return 0;
}

/* Score one Arabic-script word (raw bytes) for each language. */
static void
score_word(const unsigned char *w, size_t len, int *ar, int *fa)
{
	unsigned char folded[PT_FOLD_BOUND(LANG_MAX_WORD)];
	size_t		flen,
				i = 0;
	int			fa_letter = 0,
				fa_weak = 0,
				ar_letter = 0;

	while (i < len)
	{
		int			n;
		uint32_t	cp = pt_utf8_decode(w + i, len - i, &n);

		if (cp == 0x067E || cp == 0x0686 || cp == 0x0698 || cp == 0x06AF)
			fa_letter = 1;		/* پ چ ژ گ */
		else if (cp == 0x06CC || cp == 0x06A9)
			fa_weak = 1;		/* ی ک: also typed into Arabic text */
		else if (cp == 0x0629 || cp == 0x0649 || cp == 0x0625)
			ar_letter = 1;		/* ة ى إ */
		i += n;
	}
	*fa += 4 * fa_letter + fa_weak;
	*ar += 4 * ar_letter;

	if (len > LANG_MAX_WORD)
		return;
	flen = pt_fold_all(PT_FOLD_SEARCH, w, len, folded);
	if (in_list(fa_words, folded, flen))
		*fa += 6;
	else if (in_list(ar_words, folded, flen))
		*ar += 6;
	else if (flen >= 8 && (memcmp(folded, "ال", 4) == 0 ||
						   memcmp(folded, "وال", 6) == 0))
		*ar += 2;				/* the article, with or without و */
}

pt_lang_t
pt_lang_detect(const unsigned char *s, size_t len)
{
	size_t		i = 0,
				word_start = 0;
	long		arabic_letters = 0,
				latin_letters = 0;
	int			ar = 0,
				fa = 0,
				in_word = 0;
	unsigned int steps = 0;

	while (i <= len)
	{
		int			n = 1;
		pt_cclass_t cc = PT_CC_SPACE;

		PT_CHECK_INTERRUPTS(steps);
		if (i < len)
			cc = pt_cclass(pt_utf8_decode(s + i, len - i, &n));

		if (cc == PT_CC_ALETTER)
		{
			arabic_letters++;
			if (!in_word)
				word_start = i;
			in_word = 1;
		}
		else if (cc == PT_CC_MARK || cc == PT_CC_INVIS)
			;					/* stays inside the word */
		else
		{
			if (cc == PT_CC_LLETTER)
				latin_letters++;
			if (in_word)
				score_word(s + word_start, i - word_start, &ar, &fa);
			in_word = 0;
		}
		i += n;
	}

	if (arabic_letters == 0 && latin_letters == 0)
		return PT_LANG_NONE;
	if (latin_letters > arabic_letters)
		return PT_LANG_EN;
	return fa > ar ? PT_LANG_FA : PT_LANG_AR;
}

const char *
pt_lang_code(pt_lang_t lang)
{
	switch (lang)
	{
		case PT_LANG_AR:
			return "ar";
		case PT_LANG_FA:
			return "fa";
		case PT_LANG_EN:
			return "en";
		default:
			return NULL;
	}
}
