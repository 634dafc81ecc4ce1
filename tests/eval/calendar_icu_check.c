/*
 * calendar_icu_check.c
 *		Compares the core's calendar conversions with ICU's, day by day.
 *
 *   calendar_icu_check [FIRST_YEAR LAST_YEAR]    (Gregorian, default 1900 2100)
 *       for every day: Gregorian -> persian, islamic-umalqura, islamic-civil
 *       and gregorian (year, month, day), and back (pt_cal_to_jdn), and the
 *       month and year starts; prints "ok"/"not ok" per calendar with the
 *       number of days compared, named checks (Nowruz, Esfand 30 of leap
 *       years, ends of Hijri months), and "N passed, N failed".
 *   calendar_icu_check --gregorian CAL Y M D [CAL Y M D...]
 *       prints the Gregorian date ICU gives for each (CAL a calendar name);
 *       the hand-written labeled set states gold dates in their calendar.
 *   calendar_icu_check --dump JDN...
 *       prints "jdn gy gm gd py pm pd hy hm hd" with ICU's answers (the
 *       labeled set's gold dates come from here, not from the core).
 * Built by tests/suites/eval_dates.sh with ICU (icu-i18n).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/ucal.h>

#include "calendar.h"
#include "umalqura_icu.h"

#define UNIX_EPOCH_JDN	2440588

static const char *const icu_locale[PT_CAL_COUNT] = {
	"@calendar=gregorian", "@calendar=persian",
	"@calendar=islamic-umalqura", "@calendar=islamic-civil"
};

static UCalendar *icu_cal[PT_CAL_COUNT];
static int	passed,
			failed;

static void
check(int ok, const char *what)
{
	if (ok)
		passed++;
	else
		failed++;
	printf("%s - %s\n", ok ? "ok" : "not ok", what);
}

/* ICU's year, month (1-based) and day of a JDN */
static void
icu_fields(int c, long jdn, int *y, int *m, int *d)
{
	UErrorCode	st = U_ZERO_ERROR;

	ucal_setMillis(icu_cal[c], ((double) (jdn - UNIX_EPOCH_JDN)) * 86400000.0 + 43200000.0, &st);
	*y = ucal_get(icu_cal[c], UCAL_EXTENDED_YEAR, &st);
	*m = ucal_get(icu_cal[c], UCAL_MONTH, &st) + 1;
	*d = ucal_get(icu_cal[c], UCAL_DATE, &st);
	if (U_FAILURE(st))
	{
		fprintf(stderr, "ICU error %s\n", u_errorName(st));
		exit(2);
	}
}

static int
greg_jdn(int y, int m, int d)
{
	int64_t		j;

	pt_cal_to_jdn(PT_CAL_GREGORIAN, y, m, d, &j);
	return (int) j;
}

int
main(int argc, char **argv)
{
	static int64_t starts[PT_UMALQURA_NYEARS * 12 + 1];
	static const UChar utc[] = {'U', 'T', 'C', 0};
	int			c;
	int			y0 = 1900,
				y1 = 2100;
	char		msg[200];

	if (pt_umalqura_from_icu(PT_UMALQURA_FIRST_YEAR, PT_UMALQURA_NYEARS, starts) != 0 ||
		pt_cal_set_umalqura(PT_UMALQURA_FIRST_YEAR, PT_UMALQURA_NYEARS, starts) != 0)
	{
		fprintf(stderr, "cannot build the Umm al-Qura table from ICU\n");
		return 2;
	}
	for (c = 0; c < PT_CAL_COUNT; c++)
	{
		UErrorCode	st = U_ZERO_ERROR;

		icu_cal[c] = ucal_open(utc, 3, icu_locale[c], UCAL_DEFAULT, &st);
		if (U_FAILURE(st))
		{
			fprintf(stderr, "ucal_open %s: %s\n", icu_locale[c], u_errorName(st));
			return 2;
		}
	}

	if (argc > 1 && strcmp(argv[1], "--dump") == 0)
	{
		int			i;

		for (i = 2; i < argc; i++)
		{
			long		jdn = atol(argv[i]);
			int			y,
						m,
						d;

			printf("%ld", jdn);
			for (c = 0; c < 3; c++)
			{
				icu_fields(c, jdn, &y, &m, &d);
				printf(" %d %d %d", y, m, d);
			}
			printf("\n");
		}
		return 0;
	}
	if (argc > 1 && strcmp(argv[1], "--gregorian") == 0)
	{
		int			i;

		/* CAL Y M D ...: the Gregorian date ICU gives for each */
		for (i = 2; i + 3 < argc; i += 4)
		{
			int			cc = pt_cal_lookup(argv[i], (int) strlen(argv[i]));
			UErrorCode	st = U_ZERO_ERROR;
			long		jdn;
			int			y,
						m,
						d;

			if (cc < 0)
				return 2;
			ucal_clear(icu_cal[cc]);
			ucal_setDate(icu_cal[cc], atoi(argv[i + 1]), atoi(argv[i + 2]) - 1, atoi(argv[i + 3]), &st);
			{
				double		days = ucal_getMillis(icu_cal[cc], &st) / 86400000.0;

				/* midnight UTC: round to the nearest whole day */
				jdn = (long) (days < 0 ? days - 0.5 : days + 0.5) + UNIX_EPOCH_JDN;
			}
			icu_fields(PT_CAL_GREGORIAN, jdn, &y, &m, &d);
			printf("%04d-%02d-%02d\n", y, m, d);
		}
		return 0;
	}
	if (argc > 2)
	{
		y0 = atoi(argv[1]);
		y1 = atoi(argv[2]);
	}

	for (c = 0; c < PT_CAL_COUNT; c++)
	{
		long		first = greg_jdn(y0, 1, 1),
					last = greg_jdn(y1, 12, 31),
					jdn,
					days = 0,
					bad = 0;
		long		prev_ms = -1,
					prev_ys = -1;
		int			prev_m = -1,
					prev_y = -1;

		for (jdn = first; jdn <= last; jdn++)
		{
			int			iy,
						im,
						id;
			int32_t		y,
						m,
						d;
			int64_t		back;
			int			ok;

			icu_fields(c, jdn, &iy, &im, &id);
			pt_cal_from_jdn(c, jdn, &y, &m, &d);
			ok = (y == iy && m == im && d == id);
			ok = ok && pt_cal_to_jdn(c, iy, im, id, &back) == PT_CAL_OK && back == jdn;
			/* month and year starts follow ICU's fields */
			if (im != prev_m || jdn == first)
				prev_ms = jdn - (id - 1);
			if (iy != prev_y || jdn == first)
				prev_ys = (long) pt_cal_year_start(c, jdn);
			ok = ok && pt_cal_month_start(c, jdn) == prev_ms;
			ok = ok && pt_cal_year_start(c, jdn) == prev_ys;
			/* the last day of ICU's month is the core's month length */
			if (ok)
			{
				int			len = pt_cal_month_length(c, iy, im);
				int			ny,
							nm,
							nd;

				icu_fields(c, jdn + 1, &ny, &nm, &nd);
				ok = (nd == 1) == (id == len);
			}
			if (!ok && bad++ < 5)
				printf("# %s jdn %ld: ICU %d-%d-%d, core %d-%d-%d\n",
					   pt_cal_name(c), jdn, iy, im, id, (int) y, (int) m, (int) d);
			prev_m = im;
			prev_y = iy;
			days++;
		}
		snprintf(msg, sizeof(msg), "%s: %ld of %ld days %d-01-01..%d-12-31 agree with ICU (%.4f%%)",
				 pt_cal_name(c), days - bad, days, y0, y1, 100.0 * (days - bad) / days);
		check(bad == 0, msg);
	}

	/* named checks: Nowruz, Esfand 30, ends of Hijri months */
	{
		int64_t		j;
		int32_t		y,
					m,
					d;

		pt_cal_to_jdn(PT_CAL_PERSIAN, 1403, 1, 1, &j);
		check(j == greg_jdn(2024, 3, 20), "Nowruz 1403 is 2024-03-20");
		pt_cal_to_jdn(PT_CAL_PERSIAN, 1404, 1, 1, &j);
		check(j == greg_jdn(2025, 3, 21), "Nowruz 1404 is 2025-03-21");
		check(pt_cal_to_jdn(PT_CAL_PERSIAN, 1403, 12, 30, &j) == PT_CAL_OK &&
			  j == greg_jdn(2025, 3, 20), "Esfand 30 1403 (leap) is 2025-03-20");
		check(pt_cal_to_jdn(PT_CAL_PERSIAN, 1402, 12, 30, &j) == PT_CAL_BAD_DAY,
			  "1402 has no Esfand 30");
		check(pt_cal_to_jdn(PT_CAL_PERSIAN, 1399, 12, 30, &j) == PT_CAL_OK &&
			  j == greg_jdn(2021, 3, 20), "Esfand 30 1399 (leap) is 2021-03-20");
		pt_cal_to_jdn(PT_CAL_ISLAMIC_UMALQURA, 1445, 9, 1, &j);
		check(j == greg_jdn(2024, 3, 11), "1 Ramadan 1445 (Umm al-Qura) is 2024-03-11");
		pt_cal_from_jdn(PT_CAL_ISLAMIC_UMALQURA, greg_jdn(2024, 4, 9), &y, &m, &d);
		check(y == 1445 && m == 9 && d == 30, "2024-04-09 is 30 Ramadan 1445 (Umm al-Qura)");
		pt_cal_from_jdn(PT_CAL_ISLAMIC_UMALQURA, greg_jdn(2024, 7, 7), &y, &m, &d);
		check(y == 1446 && m == 1 && d == 1, "2024-07-07 is 1 Muharram 1446 (Umm al-Qura)");
		/* every Hijri month of the table ends on day 29 or 30, as in ICU */
		{
			int			yy,
						mm,
						bad = 0;

			for (yy = 1318; yy <= 1525; yy++)
				for (mm = 1; mm <= 12; mm++)
				{
					int			len = pt_cal_month_length(PT_CAL_ISLAMIC_UMALQURA, yy, mm);
					int			iy,
								im,
								id;

					pt_cal_to_jdn(PT_CAL_ISLAMIC_UMALQURA, yy, mm, len, &j);
					icu_fields(PT_CAL_ISLAMIC_UMALQURA, (long) j, &iy, &im, &id);
					if (iy != yy || im != mm || id != len)
						bad++;
					if (pt_cal_to_jdn(PT_CAL_ISLAMIC_UMALQURA, yy, mm, len + 1, &j) != PT_CAL_BAD_DAY)
						bad++;
				}
			check(bad == 0, "the last day of every Umm al-Qura month 1318-1525 is ICU's");
		}
	}
	printf("%d passed, %d failed\n", passed, failed);
	return failed ? 1 : 0;
}
