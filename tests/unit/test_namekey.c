/*
 * test_namekey.c
 *		Unit tests of name keys and their similarity (src/core/namekey.c).
 *
 * Buffers are allocated at exactly the documented sizes, so that the
 * sanitizer run catches a write past them.
 */
#include <stdint.h>
#include <stdlib.h>

#include "namekey.h"
#include "unit.h"
#include "utf8.h"

/* The key of a byte string; the result is malloc'd, its length in *klen. */
static unsigned char *
key_of(const unsigned char *s, size_t len, size_t *klen)
{
	void	   *work = malloc(PT_NAME_WORK_SIZE(len));
	unsigned char *key = malloc(PT_NAME_KEY_BOUND(len));

	*klen = pt_namekey_build(s, len, key, work);
	free(work);
	return key;
}

/* Check the key of a C string. */
static void
check_key(const char *name, const char *want)
{
	size_t		klen;
	unsigned char *k = key_of((const unsigned char *) name, strlen(name), &klen);

	CHECK_STR(k, klen, want, "key of \"%s\"", name);
	free(k);
}

/* Do two names get the same key? */
static int
same_key(const char *a, const char *b)
{
	size_t		alen,
				blen;
	unsigned char *ka = key_of((const unsigned char *) a, strlen(a), &alen);
	unsigned char *kb = key_of((const unsigned char *) b, strlen(b), &blen);
	int			same = alen == blen && memcmp(ka, kb, alen) == 0;

	free(ka);
	free(kb);
	return same;
}

/* Similarity of two names through their keys. */
static double
sim(const char *a, const char *b)
{
	size_t		alen,
				blen;
	unsigned char *ka = key_of((const unsigned char *) a, strlen(a), &alen);
	unsigned char *kb = key_of((const unsigned char *) b, strlen(b), &blen);
	double		s = pt_namekey_similarity(ka, alen, kb, blen);

	free(ka);
	free(kb);
	return s;
}

/* A key is well formed: valid UTF-8, words sorted, unique, single spaces. */
static int
key_well_formed(const unsigned char *k, size_t len)
{
	size_t		i = 0,
				prev = 0,
				prevlen = 0;
	int			first = 1;

	if (!pt_utf8_valid(k, len))
		return 0;
	if (len > 0 && (k[0] == ' ' || k[len - 1] == ' '))
		return 0;
	while (i < len)
	{
		size_t		j = i;
		int			c;

		while (j < len && k[j] != ' ')
			j++;
		if (j == i)
			return 0;			/* two spaces */
		if (!first)
		{
			c = memcmp(k + prev, k + i, prevlen < j - i ? prevlen : j - i);
			if (c > 0 || (c == 0 && prevlen >= j - i))
				return 0;
		}
		first = 0;
		prev = i;
		prevlen = j - i;
		i = j + 1;
	}
	return 1;
}

static void
test_keys(void)
{
	check_key("وزارة التضامن الاجتماعي", "اجتماع تضامن وزار");
	check_key("Ministry of Social Affairs", "affair ministry social");
	check_key("منظمة الهجرة الدولية", "دول منظم هجر");
	check_key("مؤسسة", "موسس");
	check_key("سازمان‌های مردم‌نهاد", "سازم مردم نهاد");
	check_key("سازمان بین‌المللی مهاجرت", "بينالملل سازم مهاجر");
	check_key("Children's Fund", "children fund");
	check_key("O'Brien Foundation", "foundation obrien");
	check_key("Ministries and Programmes", "ministry program");
	check_key("وزارة", "وزار");		/* the و of the word stays */
	check_key("ولد", "ولد");
	check_key("والد", "والد");	/* و + ال would leave one letter */
	check_key("UNICEFيونيسف", "unicef يونيسف");	/* split at the script */
	check_key("Covid19 Fund", "covid19 fund");
	check_key("2030 Vision", "2030 vision");

	CHECK(same_key("وزارة التضامن الاجتماعي", "وزارة التضامن الاجتماعى"), "final ى");
	CHECK(same_key("وزارة التضامن الاجتماعي", "وزارت تضامن اجتماعی"), "Persian ت");
	CHECK(same_key("وزارة التضامن الاجتماعي", "وِزارَة التَّضامُـــن الاجتماعية"),
		  "diacritics, tatweel, feminine");
	CHECK(same_key("وزارة الشؤون الاجتماعية", "وزارة الشئون الاجتماعيه"), "شئون = شؤون");
	CHECK(same_key("مسؤول", "مسئول"), "مسئول = مسؤول");
	CHECK(same_key("Ministry of Social Affairs", "Social Affairs Ministry"), "word order");
	CHECK(same_key("Ministry of Social Affairs", "THE MINISTRY FOR SOCIAL AFFAIRS"), "case");
	CHECK(same_key("منظمة الهجرة الدولية", "المنظمة الدولية للهجرة"), "لل and order");
	CHECK(same_key("وزارة الصحة والسكان", "وزارة السكان و الصحة"), "attached و");
	CHECK(same_key("صندوق التنمية بالمحافظة", "صندوق تنمية المحافظة"), "بال");
	CHECK(same_key("فالمنظمة", "منظمة"), "فال");
	CHECK(same_key("سازمان‌های مردم‌نهاد", "سازمانهای مردم نهاد"), "ZWNJ = space");
	CHECK(same_key("سازمان بین‌المللی", "سازمان بینالمللی"), "بین‌المللی glued");
	CHECK(same_key("موسسهٔ خیریه", "موسسه‌ی خیریه"), "ezafe written two ways");
	CHECK(same_key("Ministry of Labour", "ministry of labor"), "labour");
	CHECK(same_key("Organisation Centre", "organizations center"), "British forms");

	CHECK(!same_key("وزارة الصحة", "وزارة التعليم"), "two ministries differ");
	CHECK(!same_key("Ministry of Finance", "Finance"), "generic words still count in keys");
	CHECK(!same_key("منظمة العمل الدولية", "منظمة الهجرة الدولية"), "ILO is not IOM");

	check_key("of the and for", "");
	check_key("في من على إلى", "");
	check_key("در و از برای", "");
	check_key("و ب ل", "");
	check_key("123 456", "");
	check_key("!!! ... ؟", "");
	check_key("", "");
	check_key("\xe2\x80\x8c\xe2\x80\x8c", "");
	check_key("\xcc\x81 \xcd\xa3 fund", "fund");	/* lone combining marks */
}

static void
test_long_input(void)
{
	size_t		n = 200000,
				klen;
	unsigned char *big = malloc(n);
	unsigned char *k;
	const char *unit = "وزارة التضامن ";
	size_t		ul = strlen(unit);

	for (size_t i = 0; i < n; i++)
		big[i] = (unsigned char) unit[i % ul];
	k = key_of(big, n, &klen);
	CHECK_STR(k, klen, "تضامن وزار", "long repeated name");
	free(k);

	memset(big, 'x', n);
	k = key_of(big, n, &klen);
	CHECK(klen == 0, "a word cut by the input limit is dropped");
	free(k);

	memset(big, 'y', PT_NAME_MAX_INPUT);
	big[PT_NAME_MAX_INPUT] = ' ';
	memset(big + PT_NAME_MAX_INPUT + 1, 'z', 10);
	k = key_of(big, PT_NAME_MAX_INPUT + 11, &klen);
	CHECK(klen == PT_NAME_MAX_INPUT, "a word ending at the limit is kept (%zu)", klen);
	free(k);
	free(big);
}

static void
test_similarity(void)
{
	double		unicef = sim("صندوق الأمم المتحدة للطفولة", "منظمة الأمم المتحدة للطفولة");
	double		ilo_iom = sim("منظمة العمل الدولية", "منظمة الهجرة الدولية");
	double		typo = sim("وزارة التضامن الاجتماعي", "وزارة التضامم الاجتماعي");
	double		s;

	CHECK(unicef > ilo_iom, "UNICEF spellings %.3f above ILO/IOM %.3f", unicef, ilo_iom);
	CHECK(ilo_iom < 0.5, "ILO/IOM low: %.3f", ilo_iom);
	CHECK(typo > 0.85 && typo < 1.0, "one-letter typo: %.3f", typo);
	CHECK(sim("وزارة التضامن الاجتماعي", "وزارت تضامن اجتماعی") == 1.0, "equal keys give 1");
	CHECK(sim("of the", "of the") == 0.0, "empty keys give 0");
	CHECK(sim("Ministry of Health", "") == 0.0, "one empty key gives 0");
	CHECK(sim("جمعية رعاية الأيتام", "Orphan Care Society") == 0.0, "no shared word gives 0");
	s = sim("سازمان‌های مردم‌نهاد", "سازمان های مردمنهاد");
	CHECK(s > 0.99 && s < 1.0, "glued compound against split: %.6f", s);
	s = sim("Ministry of Social Affairs", "Ministry of Social Development");
	CHECK(s > 0.5 && s < 0.6, "one content word of two differs: %.3f", s);
	CHECK(sim("عمل", "عمر") == 0.0, "no typo credit for three-letter words");
	CHECK(sim("Ministry of Health", "Ministry of Public Health") ==
		  sim("Ministry of Public Health", "Ministry of Health"), "symmetric");
}

/* Words of a long key: "qx" and two letters, none of them s. */
static size_t
long_key(unsigned char *out, int skip, int extra)
{
	static const char letters[] = "bcdfghjklm";
	size_t		o = 0;

	for (int i = 0; i < 40; i++)
	{
		if (i == skip)
			continue;
		if (o > 0)
			out[o++] = ' ';
		out[o++] = 'q';
		out[o++] = 'x';
		out[o++] = (unsigned char) letters[i / 10];
		out[o++] = (unsigned char) letters[i % 10];
	}
	if (extra)
	{
		memcpy(out + o, " zz", 3);
		o += 3;
	}
	return o;
}

static void
test_long_keys(void)
{
	unsigned char a[256],
				b[256];
	size_t		alen = long_key(a, -1, 0),
				blen = long_key(b, 5, 1);
	double		s = pt_namekey_similarity(a, alen, b, blen);
	double		t = pt_namekey_similarity(b, blen, a, alen);

	/* 39 shared words of 40 and 40: Dice 78/80 */
	CHECK(s > 0.9749 && s < 0.9751, "exact Dice over long keys: %.6f", s);
	CHECK(s == t, "long keys symmetric");
	CHECK(pt_namekey_similarity(a, alen, a, alen) == 1.0, "long equal keys");
}

/* A random byte from an alphabet biased to Arabic, ZWNJ and separators. */
static unsigned char
rand_byte(unsigned *seed, unsigned char *pending, int *npending)
{
	static const char *const pieces[] = {
		"و", "ا", "ل", "ة", "ى", "ي", "ئ", "ؤ", "ب", "ف", "ت", "ه", "ن",
		"ی", "ک", "\xe2\x80\x8c", " ", "'", "s", "a", "ـ", "َ", "1", "."
	};
	unsigned	r;

	if (*npending > 0)
		return pending[--(*npending)];
	*seed = *seed * 1103515245u + 12345u;
	r = (*seed >> 16) & 0x7FFF;
	if (r % 4 == 0)
		return (unsigned char) (r >> 3);
	{
		const char *p = pieces[(r >> 2) % (sizeof(pieces) / sizeof(pieces[0]))];
		size_t		n = strlen(p);

		for (size_t i = n; i > 1; i--)
			pending[(*npending)++] = (unsigned char) p[i - 1];
		return (unsigned char) p[0];
	}
}

static void
test_random(void)
{
	unsigned	seed = 20261124;
	int			bad_form = 0,
				bad_bound = 0,
				bad_sim = 0;
	unsigned char prev[PT_NAME_KEY_BOUND(400)];
	size_t		prevlen = 0;

	for (int round = 0; round < 3000; round++)
	{
		unsigned char buf[400],
					pending[8];
		int			npending = 0;
		size_t		len,
					klen;
		unsigned char *k;
		double		s,
					t;

		seed = seed * 1103515245u + 12345u;
		len = (seed >> 16) % sizeof(buf);
		for (size_t i = 0; i < len; i++)
			buf[i] = rand_byte(&seed, pending, &npending);
		k = key_of(buf, len, &klen);
		if (!key_well_formed(k, klen))
			bad_form++;
		if (klen > PT_NAME_KEY_BOUND(len))
			bad_bound++;
		s = pt_namekey_similarity(k, klen, prev, prevlen);
		t = pt_namekey_similarity(prev, prevlen, k, klen);
		if (!(s >= 0.0 && s <= 1.0) || s != t ||
			(s == 1.0) != (klen > 0 && klen == prevlen && memcmp(k, prev, klen) == 0))
			bad_sim++;
		if (klen > 0 && pt_namekey_similarity(k, klen, k, klen) != 1.0)
			bad_sim++;
		memcpy(prev, k, klen);
		prevlen = klen;
		free(k);
	}
	CHECK(bad_form == 0, "random bytes: keys well formed (%d bad)", bad_form);
	CHECK(bad_bound == 0, "random bytes: keys within the bound (%d bad)", bad_bound);
	CHECK(bad_sim == 0, "random bytes: similarity in [0,1], symmetric, 1 iff equal (%d bad)",
		  bad_sim);
}

static void
test_random_long(void)
{
	unsigned	seed = 7;
	size_t		n = 3 * PT_NAME_MAX_INPUT,
				klen;
	unsigned char *buf = malloc(n);
	unsigned char pending[8];
	int			npending = 0,
				bad = 0;

	for (int round = 0; round < 20; round++)
	{
		unsigned char *k;

		for (size_t i = 0; i < n; i++)
			buf[i] = rand_byte(&seed, pending, &npending);
		k = key_of(buf, n - (size_t) round, &klen);
		if (!key_well_formed(k, klen) || klen > PT_NAME_KEY_BOUND(n))
			bad++;
		free(k);
	}
	CHECK(bad == 0, "long random inputs cut at the limit (%d bad)", bad);
	free(buf);
}

int
main(void)
{
	test_keys();
	test_long_input();
	test_similarity();
	test_long_keys();
	test_random();
	test_random_long();
	return unit_done();
}
