/*
 * date_cli.c
 *		Runs the core's date finder (what pt_dates and pt_parse_date call)
 *		over lines of stdin, with the Umm al-Qura table loaded from ICU as
 *		the extension loads it.
 *
 * For each input line prints one line: the mentions, separated by TAB, each
 * as "YYYY-MM-DD|calendar|start|length|mention" (start 1-based, in
 * characters, as pt_dates gives it), or nothing for a line without dates.
 * Used by tests/eval/date_eval.py.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "calendar.h"
#include "dates.h"
#include "umalqura_icu.h"

static int	first_on_line;

static int
print_cb(const pt_date_mention *m, void *arg)
{
	const unsigned char *s = arg;
	int32_t		y,
				mo,
				d;

	pt_cal_from_jdn(PT_CAL_GREGORIAN, m->jdn, &y, &mo, &d);
	printf("%s%04d-%02d-%02d|%s|%zu|%zu|%.*s", first_on_line ? "" : "\t",
		   (int) y, (int) mo, (int) d, pt_cal_name(m->cal), m->char_start + 1,
		   m->char_len, (int) m->byte_len, (const char *) s + m->byte_start);
	first_on_line = 0;
	return 0;
}

int
main(void)
{
	static int64_t starts[PT_UMALQURA_NYEARS * 12 + 1];
	static char line[1 << 20];

	if (pt_umalqura_from_icu(PT_UMALQURA_FIRST_YEAR, PT_UMALQURA_NYEARS, starts) != 0 ||
		pt_cal_set_umalqura(PT_UMALQURA_FIRST_YEAR, PT_UMALQURA_NYEARS, starts) != 0)
	{
		fprintf(stderr, "cannot build the Umm al-Qura table from ICU\n");
		return 2;
	}
	while (fgets(line, sizeof(line), stdin))
	{
		size_t		n = strlen(line);

		while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
			line[--n] = '\0';
		first_on_line = 1;
		pt_find_dates((const unsigned char *) line, n, print_cb, line);
		printf("\n");
	}
	return 0;
}
