/*
 * test_calendar.c
 *		Unit tests of the calendar core (calendar.c), without ICU: known
 *		dates from published calendars, round trips, month lengths, the
 *		Umm al-Qura table and its bounds.  The day-by-day comparison with
 *		ICU is tests/eval/calendar_icu_check.c.
 */
#include "calendar.h"
#include "unit.h"

static int64_t
greg(int y, int m, int d)
{
	int64_t		j = 0;

	pt_cal_to_jdn(PT_CAL_GREGORIAN, y, m, d, &j);
	return j;
}

/* The Umm al-Qura month starts of 1444-1446 AH as ICU 72 gives them. */
static const int64_t uq_1444[37] = {
	2459791, 2459820, 2459850, 2459879, 2459909, 2459939,
	2459968, 2459997, 2460027, 2460056, 2460086, 2460115,
	2460145, 2460174, 2460204, 2460234, 2460264, 2460293,
	2460323, 2460352, 2460381, 2460411, 2460440, 2460469,
	2460499, 2460528, 2460558, 2460588, 2460618, 2460647,
	2460677, 2460707, 2460736, 2460765, 2460795, 2460824,
	2460853
};

static void
test_gregorian(void)
{
	int32_t		y,
				m,
				d;
	int64_t		j,
				bad = 0;

	CHECK(greg(2000, 1, 1) == 2451545, "2000-01-01 is JDN 2451545 (PostgreSQL's date 0)");
	CHECK(greg(1970, 1, 1) == 2440588, "1970-01-01 is JDN 2440588");
	CHECK(greg(-4713, 11, 24) == 0, "JDN 0 is 24 November 4714 BC (year -4713), proleptic");
	pt_cal_from_jdn(PT_CAL_GREGORIAN, 2460525, &y, &m, &d);
	CHECK(y == 2024 && m == 8 && d == 2, "JDN 2460525 is 2024-08-02");
	for (j = greg(1600, 1, 1); j <= greg(2400, 12, 31); j++)
	{
		int64_t		back;

		pt_cal_from_jdn(PT_CAL_GREGORIAN, j, &y, &m, &d);
		if (pt_cal_to_jdn(PT_CAL_GREGORIAN, y, m, d, &back) != PT_CAL_OK || back != j)
			bad++;
	}
	CHECK(bad == 0, "Gregorian round trip 1600..2400 (%lld wrong)", (long long) bad);
	CHECK(pt_cal_month_length(PT_CAL_GREGORIAN, 2024, 2) == 29, "February 2024 has 29 days");
	CHECK(pt_cal_month_length(PT_CAL_GREGORIAN, 1900, 2) == 28, "February 1900 has 28 days");
	CHECK(pt_cal_month_length(PT_CAL_GREGORIAN, 2000, 2) == 29, "February 2000 has 29 days");
	CHECK(pt_cal_to_jdn(PT_CAL_GREGORIAN, 2023, 2, 29, &j) == PT_CAL_BAD_DAY, "2023-02-29 is a bad day");
	CHECK(pt_cal_to_jdn(PT_CAL_GREGORIAN, 2023, 13, 1, &j) == PT_CAL_BAD_MONTH, "month 13 is a bad month");
	CHECK(pt_cal_to_jdn(PT_CAL_GREGORIAN, 2023, 0, 1, &j) == PT_CAL_BAD_MONTH, "month 0 is a bad month");
	CHECK(pt_cal_to_jdn(PT_CAL_GREGORIAN, 9000000, 1, 1, &j) == PT_CAL_BAD_YEAR, "year 9000000 is a bad year");
	CHECK(pt_cal_to_jdn(PT_CAL_GREGORIAN, 2023, 1, 0, &j) == PT_CAL_BAD_DAY, "day 0 is a bad day");
}

static void
test_persian(void)
{
	/* Nowruz (1 Farvardin) from Iran's official calendar */
	static const int nowruz[][4] = {
		{1398, 2019, 3, 21}, {1399, 2020, 3, 20}, {1400, 2021, 3, 21},
		{1401, 2022, 3, 21}, {1402, 2023, 3, 21}, {1403, 2024, 3, 20},
		{1404, 2025, 3, 21}, {1357, 1978, 3, 21}, {1300, 1921, 3, 21}
	};
	int			i;
	int64_t		j,
				bad = 0;
	int32_t		y,
				m,
				d;

	for (i = 0; i < (int) (sizeof(nowruz) / sizeof(nowruz[0])); i++)
	{
		pt_cal_to_jdn(PT_CAL_PERSIAN, nowruz[i][0], 1, 1, &j);
		CHECK(j == greg(nowruz[i][1], nowruz[i][2], nowruz[i][3]),
			  "Nowruz %d is %d-%02d-%02d", nowruz[i][0], nowruz[i][1], nowruz[i][2], nowruz[i][3]);
	}
	pt_cal_from_jdn(PT_CAL_PERSIAN, greg(2024, 8, 2), &y, &m, &d);
	CHECK(y == 1403 && m == 5 && d == 12, "2024-08-02 is 12 Mordad 1403");
	pt_cal_from_jdn(PT_CAL_PERSIAN, greg(1979, 2, 11), &y, &m, &d);
	CHECK(y == 1357 && m == 11 && d == 22, "1979-02-11 is 22 Bahman 1357");
	CHECK(pt_cal_month_length(PT_CAL_PERSIAN, 1403, 12) == 30, "Esfand 1403 (leap) has 30 days");
	CHECK(pt_cal_month_length(PT_CAL_PERSIAN, 1402, 12) == 29, "Esfand 1402 has 29 days");
	CHECK(pt_cal_month_length(PT_CAL_PERSIAN, 1399, 12) == 30, "Esfand 1399 (leap) has 30 days");
	CHECK(pt_cal_month_length(PT_CAL_PERSIAN, 1403, 1) == 31, "Farvardin has 31 days");
	CHECK(pt_cal_month_length(PT_CAL_PERSIAN, 1403, 7) == 30, "Mehr has 30 days");
	CHECK(pt_cal_to_jdn(PT_CAL_PERSIAN, 1403, 12, 30, &j) == PT_CAL_OK && j == greg(2025, 3, 20),
		  "30 Esfand 1403 is 2025-03-20");
	CHECK(pt_cal_to_jdn(PT_CAL_PERSIAN, 1402, 12, 30, &j) == PT_CAL_BAD_DAY, "30 Esfand 1402 does not exist");
	CHECK(pt_cal_to_jdn(PT_CAL_PERSIAN, 1403, 5, 32, &j) == PT_CAL_BAD_DAY, "32 Mordad does not exist");
	CHECK(pt_cal_to_jdn(PT_CAL_PERSIAN, 1403, 7, 31, &j) == PT_CAL_BAD_DAY, "31 Mehr does not exist");
	for (j = greg(1800, 1, 1); j <= greg(2200, 12, 31); j++)
	{
		int64_t		back;

		pt_cal_from_jdn(PT_CAL_PERSIAN, j, &y, &m, &d);
		if (pt_cal_to_jdn(PT_CAL_PERSIAN, y, m, d, &back) != PT_CAL_OK || back != j ||
			pt_cal_month_start(PT_CAL_PERSIAN, j) != j - d + 1)
			bad++;
	}
	CHECK(bad == 0, "Persian round trip 1800..2200 (%lld wrong)", (long long) bad);
	CHECK(pt_cal_month_start(PT_CAL_PERSIAN, greg(2024, 8, 2)) == greg(2024, 7, 22),
		  "the month of 2024-08-02 (Mordad 1403) starts 2024-07-22");
	CHECK(pt_cal_year_start(PT_CAL_PERSIAN, greg(2024, 8, 2)) == greg(2024, 3, 20),
		  "the Persian year of 2024-08-02 starts 2024-03-20");
	CHECK(pt_cal_year_start(PT_CAL_PERSIAN, greg(2024, 3, 19)) == greg(2023, 3, 21),
		  "2024-03-19 is still in 1402");
}

static void
test_civil(void)
{
	int64_t		j,
				bad = 0;
	int32_t		y,
				m,
				d;
	int			leap = 0;

	pt_cal_to_jdn(PT_CAL_ISLAMIC_CIVIL, 1, 1, 1, &j);
	CHECK(j == 1948440, "1 Muharram 1 (civil) is JDN 1948440, 16 July 622 Julian");
	for (y = 1; y <= 30; y++)
		leap += pt_cal_month_length(PT_CAL_ISLAMIC_CIVIL, y, 12) == 30;
	CHECK(leap == 11, "11 leap years in a 30-year cycle");
	CHECK(pt_cal_month_length(PT_CAL_ISLAMIC_CIVIL, 1445, 1) == 30 &&
		  pt_cal_month_length(PT_CAL_ISLAMIC_CIVIL, 1445, 2) == 29,
		  "civil months alternate 30 and 29 days");
	for (j = greg(1800, 1, 1); j <= greg(2200, 12, 31); j++)
	{
		int64_t		back;

		pt_cal_from_jdn(PT_CAL_ISLAMIC_CIVIL, j, &y, &m, &d);
		if (pt_cal_to_jdn(PT_CAL_ISLAMIC_CIVIL, y, m, d, &back) != PT_CAL_OK || back != j)
			bad++;
	}
	CHECK(bad == 0, "islamic-civil round trip 1800..2200 (%lld wrong)", (long long) bad);
	pt_cal_from_jdn(PT_CAL_ISLAMIC_CIVIL, greg(2024, 3, 11), &y, &m, &d);
	CHECK(y == 1445 && m == 9, "2024-03-11 is in Ramadan 1445 (civil)");
}

static void
test_umalqura(void)
{
	int64_t		j,
				bad_table[37];
	int32_t		y,
				m,
				d,
				fy,
				ly;
	int			i;

	/* before a table, islamic-umalqura is islamic-civil */
	CHECK(!pt_cal_umalqura_range(&fy, &ly), "no Umm al-Qura table at first");
	pt_cal_from_jdn(PT_CAL_ISLAMIC_UMALQURA, greg(2024, 3, 11), &y, &m, &d);
	{
		int32_t		cy,
					cm,
					cd;

		pt_cal_from_jdn(PT_CAL_ISLAMIC_CIVIL, greg(2024, 3, 11), &cy, &cm, &cd);
		CHECK(y == cy && m == cm && d == cd, "without a table Umm al-Qura is civil");
	}
	/* bad tables are refused */
	for (i = 0; i < 37; i++)
		bad_table[i] = uq_1444[i];
	bad_table[5] += 3;
	CHECK(pt_cal_set_umalqura(1444, 3, bad_table) == -1, "a month of 32 days is refused");
	CHECK(pt_cal_set_umalqura(1444, 0, uq_1444) == -1, "an empty table is refused");
	CHECK(pt_cal_set_umalqura(1444, PT_UMALQURA_MAX_YEARS + 1, uq_1444) == -1, "a too long table is refused");
	CHECK(pt_cal_set_umalqura(1444, 3, uq_1444) == 0, "the 1444-1446 table is taken");
	CHECK(pt_cal_umalqura_range(&fy, &ly) && fy == 1444 && ly == 1446, "its range is 1444..1446");

	pt_cal_to_jdn(PT_CAL_ISLAMIC_UMALQURA, 1445, 9, 1, &j);
	CHECK(j == greg(2024, 3, 11), "1 Ramadan 1445 is 2024-03-11");
	pt_cal_from_jdn(PT_CAL_ISLAMIC_UMALQURA, greg(2024, 4, 9), &y, &m, &d);
	CHECK(y == 1445 && m == 9 && d == 30, "2024-04-09 is 30 Ramadan 1445");
	pt_cal_from_jdn(PT_CAL_ISLAMIC_UMALQURA, greg(2024, 4, 10), &y, &m, &d);
	CHECK(y == 1445 && m == 10 && d == 1, "2024-04-10 is 1 Shawwal 1445");
	CHECK(pt_cal_month_length(PT_CAL_ISLAMIC_UMALQURA, 1445, 9) == 30, "Ramadan 1445 has 30 days");
	CHECK(pt_cal_to_jdn(PT_CAL_ISLAMIC_UMALQURA, 1445, 8, 30, &j) == PT_CAL_BAD_DAY,
		  "Shaban 1445 has 29 days (table), no 30th");
	pt_cal_from_jdn(PT_CAL_ISLAMIC_UMALQURA, uq_1444[0], &y, &m, &d);
	CHECK(y == 1444 && m == 1 && d == 1, "the table's first day is 1 Muharram 1444");
	pt_cal_from_jdn(PT_CAL_ISLAMIC_UMALQURA, uq_1444[36] - 1, &y, &m, &d);
	CHECK(y == 1446 && m == 12 && d == 29, "the table's last day is 29 Dhu al-Hijjah 1446");
	/* outside the table: civil */
	{
		int32_t		cy,
					cm,
					cd;

		pt_cal_from_jdn(PT_CAL_ISLAMIC_UMALQURA, uq_1444[36] + 40, &y, &m, &d);
		pt_cal_from_jdn(PT_CAL_ISLAMIC_CIVIL, uq_1444[36] + 40, &cy, &cm, &cd);
		CHECK(y == cy && m == cm && d == cd, "after the table Umm al-Qura is civil");
		pt_cal_from_jdn(PT_CAL_ISLAMIC_UMALQURA, uq_1444[0] - 400, &y, &m, &d);
		pt_cal_from_jdn(PT_CAL_ISLAMIC_CIVIL, uq_1444[0] - 400, &cy, &cm, &cd);
		CHECK(y == cy && m == cm && d == cd, "before the table Umm al-Qura is civil");
	}
	/* every day of the table converts both ways */
	{
		int			bad = 0;

		for (j = uq_1444[0]; j < uq_1444[36]; j++)
		{
			int64_t		back;

			pt_cal_from_jdn(PT_CAL_ISLAMIC_UMALQURA, j, &y, &m, &d);
			if (pt_cal_to_jdn(PT_CAL_ISLAMIC_UMALQURA, y, m, d, &back) != PT_CAL_OK || back != j ||
				pt_cal_month_start(PT_CAL_ISLAMIC_UMALQURA, j) != uq_1444[(y - 1444) * 12 + m - 1])
				bad++;
		}
		CHECK(bad == 0, "every day of the table round-trips (%d wrong)", bad);
	}
	CHECK(pt_cal_year_start(PT_CAL_ISLAMIC_UMALQURA, greg(2024, 8, 2)) == uq_1444[24],
		  "the Hijri year of 2024-08-02 starts on 1 Muharram 1446");
}

static void
test_names(void)
{
	CHECK(pt_cal_lookup("persian", 7) == PT_CAL_PERSIAN, "persian");
	CHECK(pt_cal_lookup("Islamic-UmAlQura", 16) == PT_CAL_ISLAMIC_UMALQURA, "names are case-insensitive");
	CHECK(pt_cal_lookup("islamic-civil", 13) == PT_CAL_ISLAMIC_CIVIL, "islamic-civil");
	CHECK(pt_cal_lookup("gregorian", 9) == PT_CAL_GREGORIAN, "gregorian");
	CHECK(pt_cal_lookup("islamic", 7) == -1, "islamic alone is not supported");
	CHECK(pt_cal_lookup("persianx", 8) == -1, "persianx is not a calendar");
	CHECK(pt_cal_lookup("", 0) == -1, "the empty name is not a calendar");
}

int
main(void)
{
	test_gregorian();
	test_persian();
	test_civil();
	test_umalqura();
	test_names();
	return unit_done();
}
