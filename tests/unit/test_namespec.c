/*
 * test_namespec.c
 *		Unit tests of the name-array element rules (namespec.h).
 */
#include <stdlib.h>

#include "matcher.h"
#include "namespec.h"
#include "unit.h"

/* flags and name part of an element given as a C string */
static int
spec(const char *s, size_t *off, size_t *len)
{
	return pt_name_spec((const unsigned char *) s, strlen(s), off, len);
}

/* does writing name with flags read back as the same name part and flags? */
static int
round_trip(const unsigned char *name, size_t len, int flags)
{
	unsigned char out[600];
	size_t		n = pt_name_spec_write(name, len, flags, out),
				off,
				nl;
	int			f = pt_name_spec(out, n, &off, &nl);
	size_t		i;

	if (f != flags || n > len + PT_NAME_SPEC_EXTRA)
		return 0;
	if (flags & PT_NAME_CASE_SENSITIVE)
		return nl == len && memcmp(out + off, name, len) == 0;
	/* case-insensitive: equal but for ASCII case and a space before or after */
	if (nl == len + 1 && out[off] == ' ')
		off++, nl--;
	else if (nl == len + 1 && out[off + len] == ' ')
		nl--;
	if (nl != len)
		return 0;
	for (i = 0; i < len; i++)
	{
		unsigned char a = out[off + i],
					b = name[i];

		if (a >= 'A' && a <= 'Z')
			a += 'a' - 'A';
		if (b >= 'A' && b <= 'Z')
			b += 'a' - 'A';
		if (a != b)
			return 0;
	}
	return 1;
}

int
main(void)
{
	size_t		off,
				len;
	int			i,
				j;
	static const char *const acronyms[] = {"WHO", "UNICEF", "IsDB", "KSrelief", "KfW", "UN", "OPEC2"};
	static const char *const plain[] = {"who", "Oxfam", "United Nations", "U", "A1", "G77",
	"الأمم المتحدة", "UN-Habitat", "UNICEF ", "", "\"", "Médecins"};

	for (i = 0; i < (int) (sizeof(acronyms) / sizeof(acronyms[0])); i++)
		CHECK(spec(acronyms[i], &off, &len) == PT_NAME_CASE_SENSITIVE && off == 0 &&
			  len == strlen(acronyms[i]), "\"%s\" is read as an acronym", acronyms[i]);
	for (i = 0; i < (int) (sizeof(plain) / sizeof(plain[0])); i++)
		CHECK(spec(plain[i], &off, &len) == 0 && off == 0 && len == strlen(plain[i]),
			  "\"%s\" is read as a case-insensitive name", plain[i]);
	CHECK(spec("\"Oxfam\"", &off, &len) == PT_NAME_CASE_SENSITIVE && off == 1 && len == 5,
		  "a quoted element is an acronym without its quotes");
	CHECK(spec("!UN Women", &off, &len) == PT_NAME_EXCLUDE && off == 1 && len == 8,
		  "a leading ! makes an exclusion");
	CHECK(spec("!KfW", &off, &len) == (PT_NAME_EXCLUDE | PT_NAME_CASE_SENSITIVE) && off == 1 && len == 3,
		  "an excluded acronym");
	CHECK(spec("!!x", &off, &len) == PT_NAME_EXCLUDE && off == 1 && len == 2,
		  "one ! only: the excluded name is !x");
	CHECK(spec("\"\"", &off, &len) == PT_NAME_CASE_SENSITIVE && off == 1 && len == 0,
		  "two quotes: an empty acronym");

	/* writing: every registry name reads back with its flags */
	{
		static const char *const names[] = {"WHO", "Oxfam", "UNICEF", "\"KfW\"", "\"x\"",
		"IsDB", "United Nations", "UN Women", "\"", "", "a\"", "الأمم", "!", "!x", "!KfW", "!\"x\"", "\"!x\""};

		static const int flagsets[] = {0, PT_NAME_CASE_SENSITIVE, PT_NAME_EXCLUDE,
		PT_NAME_EXCLUDE | PT_NAME_CASE_SENSITIVE};

		for (i = 0; i < (int) (sizeof(names) / sizeof(names[0])); i++)
			for (j = 0; j < 4; j++)
				CHECK(round_trip((const unsigned char *) names[i], strlen(names[i]), flagsets[j]),
					  "\"%s\" written with flags %x reads back", names[i], flagsets[j]);
	}

	/* random bytes of a small alphabet that hits every rule */
	{
		static const char alpha[] = "AZaz09\" -!\xd8\xa7";
		int			bad = 0;

		srand(7);
		for (i = 0; i < 200000; i++)
		{
			unsigned char name[16];
			int			n = rand() % 8,
						k;

			for (k = 0; k < n; k++)
				name[k] = (unsigned char) alpha[rand() % (sizeof(alpha) - 1)];
			for (k = 0; k < 4; k++)
				if (!round_trip(name, n, ((k & 1) ? PT_NAME_CASE_SENSITIVE : 0) |
								((k & 2) ? PT_NAME_EXCLUDE : 0)))
					bad++;
		}
		CHECK(bad == 0, "200,000 random names round-trip with every flag set (%d failed)", bad);
	}
	return unit_done();
}
