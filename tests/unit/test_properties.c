/*
 * test_properties.c
 *		Properties across the core's modules over random strings built from
 *		the characters and words that matter (Arabic and Persian letters and
 *		variants, marks, tatweel, ZWNJ and other invisibles, presentation
 *		forms, digits, Latin, emoji, ill-formed bytes, registered names):
 *		the same laws the fuzz targets check, run on every test run.
 */
#include <stdlib.h>

#include "chartab.h"
#include "matcher.h"
#include "namekey.h"
#include "normalize.h"
#include "stem_ar.h"
#include "stem_fa.h"
#include "tokenize.h"
#include "utf8.h"
#include "unit.h"
#include "unit_alloc.h"

#define ITERATIONS	5000

static const char *const pieces[] = {
	"ا", "أ", "إ", "آ", "ي", "ی", "ى", "ك", "ک", "ة", "ۀ", "ه", "و", "ال", "لل",
	"پ", "گ", "ژ", "\u064B", "\u0651", "\u0640", "\u200C", "\u200D", "\u200F",
	"\uFEFB", "\uFDFA", "\uFE79", "۳", "٣", "3", " ", " ", " ", "،", ".", "-",
	"A", "z", "ß", "WHO", "who", "\xff", "\xe2\x80", "\xf0\x9f\x98\x80",
	"می", "ها", "های", "تر", "وزارة", "سازمان", "پروژه", "الحماية",
	" اليونيسف ", " المنظمة الدولية للهجرة ", " سازمان بین‌المللی مهاجرت ",
	" صندوق جمعیت سازمان ملل متحد ", " World Bank ", " بين "
};

static unsigned int seed = 20261124;

static unsigned int
next_rand(void)
{
	seed = seed * 1103515245u + 12345u;
	return (seed >> 16) & 0x7FFF;
}

/* a random string of up to 40 pieces into buf (room for 2048 bytes) */
static size_t
random_text(unsigned char *buf)
{
	size_t		len = 0;
	int			k = (int) (next_rand() % 41);

	while (k-- > 0)
	{
		const char *p = pieces[next_rand() % (sizeof(pieces) / sizeof(pieces[0]))];
		size_t		n = strlen(p);

		memcpy(buf + len, p, n);
		len += n;
	}
	return len;
}

/* tokens cover the text byte for byte; no letter or digit in a blank */
static void
test_tokens(void)
{
	int			iter,
				gaps = 0,
				lost = 0;

	for (iter = 0; iter < ITERATIONS; iter++)
	{
		unsigned char s[2048];
		size_t		len = random_text(s),
					expect = 0,
					start,
					toklen;
		pt_tokenizer t;
		pt_token_type type;

		pt_tok_init(&t, s, len);
		while ((type = pt_tok_next(&t, &start, &toklen)) != PT_TOK_END)
		{
			size_t		i = start;

			if (start != expect || toklen == 0)
				gaps++;
			while (type == PT_TOK_BLANK && i < start + toklen)
			{
				int			n;
				pt_cclass_t cc = pt_cclass(pt_utf8_decode(s + i, len - i, &n));

				if (cc == PT_CC_ALETTER || cc == PT_CC_LLETTER || cc == PT_CC_OLETTER || cc == PT_CC_DIGIT)
					lost++;
				i += n;
			}
			expect = start + toklen;
		}
		if (expect != len)
			gaps++;
	}
	CHECK(gaps == 0, "tokens cover random texts byte for byte (%d failures)", gaps);
	CHECK(lost == 0, "no letter or digit is lost in a blank token (%d)", lost);
}

/* stems of folded tokens: never longer, valid UTF-8, no space */
static void
test_stems(void)
{
	int			iter,
				bad_len = 0,
				bad_utf8 = 0,
				bad_space = 0;

	for (iter = 0; iter < ITERATIONS; iter++)
	{
		unsigned char s[2048],
					f[PT_FOLD_BOUND(2048)],
					out[PT_FOLD_BOUND(2048)];
		size_t		len = random_text(s),
					start,
					toklen;
		pt_tokenizer t;
		pt_token_type type;

		pt_tok_init(&t, s, len);
		while ((type = pt_tok_next(&t, &start, &toklen)) != PT_TOK_END)
		{
			size_t		flen,
						n;
			int			which;

			if (type != PT_TOK_ARABICWORD)
				continue;
			flen = pt_fold_all(PT_FOLD_SEARCH, s + start, toklen, f);
			for (which = 0; which < 2; which++)
			{
				n = which ? pt_stem_fa(f, flen, out) : pt_stem_ar(f, flen, out);
				bad_len += n > flen;
				bad_utf8 += !pt_utf8_valid(out, n);
				bad_space += flen <= PT_STEM_MAX_INPUT && memchr(out, ' ', n) != NULL;
			}
		}
	}
	CHECK(bad_len == 0, "stems are never longer than their folded word (%d)", bad_len);
	CHECK(bad_utf8 == 0, "stems are valid UTF-8 (%d)", bad_utf8);
	CHECK(bad_space == 0, "stems hold no space (%d)", bad_space);
}

typedef struct keys
{
	uint32_t	k[8192];
	int			n;
} keys;

static void
add_key(void *arg, uint32_t key)
{
	keys	   *ks = arg;

	if (ks->n < 8192)
		ks->k[ks->n++] = key;
}

static int
has_key(const keys *ks, uint32_t k)
{
	int			i;

	for (i = 0; i < ks->n; i++)
		if (ks->k[i] == k)
			return 1;
	return 0;
}

static int
covered(void *arg, int nwords, const unsigned char *const *words,
		const size_t *lens, int glued)
{
	int			i;

	(void) glued;
	for (i = 0; i < nwords; i++)
		if (!has_key(arg, pt_word_key(words[i], lens[i])))
			return 0;
	return 1;
}

typedef struct found
{
	const pt_matcher *m;
	const keys *ks;
	size_t		last_end;
	int			disorder;
	int			uncovered;
	int			n;
} found;

static void
on_mention(void *arg, int code, size_t start, size_t end)
{
	found	   *f = arg;

	if (start < f->last_end || end <= start)
		f->disorder++;
	f->last_end = end;
	if (pt_matcher_code_names(f->m, code, covered, (void *) f->ks) != 1)
		f->uncovered++;
	f->n++;
}

/* mentions are ordered, and the index keys of a text cover each of them */
static void
test_mentions(void)
{
	static const char *const names[][2] = {
		{"UNICEF", "اليونيسف"}, {"IOM", "المنظمة الدولية للهجرة"},
		{"IOM", "سازمان بین‌المللی مهاجرت"}, {"UNFPA", "صندوق جمعیت سازمان ملل متحد"},
		{"UN", "سازمان ملل متحد"}, {"WB", "World Bank"}
	};
	pt_allocator a = UNIT_ALLOC;
	pt_matcher *m = pt_matcher_new(&a);
	static keys ks;
	int			iter,
				i,
				disorder = 0,
				uncovered = 0,
				mentions = 0;

	for (i = 0; i < (int) (sizeof(names) / sizeof(names[0])); i++)
		pt_matcher_add(m, names[i][0], strlen(names[i][0]),
					   (const unsigned char *) names[i][1], strlen(names[i][1]), 0);
	pt_matcher_add(m, "WHO", 3, (const unsigned char *) "WHO", 3, PT_NAME_CASE_SENSITIVE);
	for (iter = 0; iter < ITERATIONS; iter++)
	{
		unsigned char s[2048];
		size_t		len = random_text(s);
		found		f = {m, &ks, 0, 0, 0, 0};

		ks.n = 0;
		pt_doc_keys(s, len, add_key, &ks);
		pt_matcher_search(m, s, len, on_mention, &f);
		disorder += f.disorder;
		uncovered += f.uncovered;
		mentions += f.n;
	}
	pt_matcher_free(m);
	CHECK(mentions > 1000, "random texts hold many mentions (%d)", mentions);
	CHECK(disorder == 0, "mentions are ordered and do not overlap (%d)", disorder);
	CHECK(uncovered == 0, "a text's index keys cover every mention (%d)", uncovered);
}

/* does the folded s hold بين (any spelling of بین)? */
static int
has_bayn(const unsigned char *s, size_t len)
{
	static unsigned char f[PT_FOLD_BOUND(4200)];
	const char *bayn = "بين";
	size_t		n = pt_fold_all(PT_FOLD_SEARCH, s, len, f),
				bl = strlen(bayn),
				i;

	for (i = 0; i + bl <= n; i++)
		if (memcmp(f + i, bayn, bl) == 0)
			return 1;
	return 0;
}

/* name keys: within their bound, and "A B" gives the key of "B A" */
static void
test_name_keys(void)
{
	static unsigned char work[PT_NAME_WORK_SIZE(4200)];
	int			iter,
				over = 0,
				order = 0;

	for (iter = 0; iter < ITERATIONS; iter++)
	{
		unsigned char a[2048],
					b[2048],
					ab[4200],
					ba[4200],
					k1[PT_NAME_KEY_BOUND(4200)],
					k2[PT_NAME_KEY_BOUND(4200)];
		size_t		alen = random_text(a),
					blen = random_text(b),
					n1,
					n2;

		memcpy(ab, a, alen);
		ab[alen] = ' ';
		memcpy(ab + alen + 1, b, blen);
		memcpy(ba, b, blen);
		ba[blen] = ' ';
		memcpy(ba + blen + 1, a, alen);
		n1 = pt_namekey_build(ab, alen + blen + 1, k1, work);
		n2 = pt_namekey_build(ba, alen + blen + 1, k2, work);
		over += n1 > PT_NAME_KEY_BOUND(alen + blen + 1);
		/* بین + a word in ال may join across the seam: skip those */
		if (!has_bayn(ab, alen + blen + 1))
			order += n1 != n2 || memcmp(k1, k2, n1) != 0;
	}
	CHECK(over == 0, "name keys stay within PT_NAME_KEY_BOUND (%d)", over);
	CHECK(order == 0, "word order does not change a name key (%d)", order);
}

int
main(void)
{
	test_tokens();
	test_stems();
	test_mentions();
	test_name_keys();
	return unit_done();
}
