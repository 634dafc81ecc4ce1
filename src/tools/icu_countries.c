/*
 * icu_countries.c
 *		Development tool: the ICU display names of countries in English,
 *		Arabic and Persian (uloc_getDisplayCountry), as the TSV of
 *		sql/registry/countries.tsv.
 *
 * Reads ISO 3166-1 alpha-2 codes, one a line, on standard input and prints
 * "code<TAB>en<TAB>ar<TAB>fa" lines.  Not part of the extension (ICU is read
 * once, at development time; the output is committed):
 *
 *   cc -O2 -o /tmp/icu_countries src/tools/icu_countries.c \
 *      $(pkg-config --libs icu-uc icu-i18n)
 *   (echo "code<TAB>name_en<TAB>name_ar<TAB>name_fa"; cut -f1 sql/registry/countries.tsv | tail -n +2 \
 *      | /tmp/icu_countries) > countries.tsv
 */
#include <stdio.h>
#include <string.h>

#include <unicode/uloc.h>
#include <unicode/ustring.h>

/* print the display name of country code in language lang */
static int
print_name(const char *code, const char *lang)
{
	UChar		buf[256];
	char		out[1024];
	char		loc[16];
	UErrorCode	err = U_ZERO_ERROR;
	int32_t		n,
				outlen;

	snprintf(loc, sizeof(loc), "und_%s", code);
	n = uloc_getDisplayCountry(loc, lang, buf, 256, &err);
	if (U_FAILURE(err))
		return -1;
	u_strToUTF8(out, sizeof(out), &outlen, buf, n, &err);
	if (U_FAILURE(err))
		return -1;
	printf("\t%s", out);
	return 0;
}

int
main(void)
{
	static const char *const langs[] = {"en", "ar", "fa"};
	char		line[64];

	while (fgets(line, sizeof(line), stdin))
	{
		int			l;

		line[strcspn(line, "\r\n")] = '\0';
		if (strlen(line) != 2)
			continue;
		printf("%s", line);
		for (l = 0; l < 3; l++)
			if (print_name(line, langs[l]) != 0)
			{
				fprintf(stderr, "no ICU name for %s in %s\n", line, langs[l]);
				return 1;
			}
		printf("\n");
	}
	return 0;
}
