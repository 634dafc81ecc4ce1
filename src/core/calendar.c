/*
 * calendar.c
 *		Calendar conversions over Julian day numbers (see calendar.h).
 *
 * The rules follow ICU 72's calendars (persncal.cpp, islamcal.cpp), read
 * for their arithmetic and written here anew:
 *   - Persian: the first day of year y is JDN 1948320 + 365 (y - 1) +
 *     floor((8y + 21) / 33); the year of a day is 1 + floor((33 n + 3) /
 *     12053) with n the days since 1 Farvardin 1; month m (0-based) starts
 *     31m days into the year for m < 7 and 30m + 6 after.
 *   - islamic-civil: month m (0-based) of year y starts ceil(29.5 m) +
 *     354 (y - 1) + floor((3 + 11y) / 30) days after JDN 1948439 (the day
 *     before 16 July 622 Julian); the year of a day n days after the epoch
 *     is floor((30n + 10646) / 10631), its month ceil((n - 29 - start of
 *     year) / 29.5), at most 11.
 *   - Umm al-Qura: a table of month starts (from ICU, through the glue), and
 *     islamic-civil outside it.
 */
#include <string.h>

#include "calendar.h"

#define PERSIAN_EPOCH	1948320		/* JDN of 1 Farvardin 1 AP */
#define CIVIL_EPOCH		1948440		/* JDN of 1 Muharram 1 AH (civil) */
#define UNIX_EPOCH_JDN	2440588		/* JDN of 1970-01-01 */

/* days before each Persian month (0-based) in a year */
static const int16_t persian_days_before[12] =
{0, 31, 62, 93, 124, 155, 186, 216, 246, 276, 306, 336};

static const char *const cal_names[PT_CAL_COUNT] =
{"gregorian", "persian", "islamic-umalqura", "islamic-civil"};

/* the Umm al-Qura table given by pt_cal_set_umalqura */
static int32_t uq_first_year;
static int32_t uq_nyears;		/* 0: no table */
static int64_t uq_start[PT_UMALQURA_MAX_YEARS * 12 + 1];

/* floor(a / b) for b > 0 */
static inline int64_t
floor_div(int64_t a, int64_t b)
{
	int64_t		q = a / b;

	if ((a % b) != 0 && (a < 0))
		q--;
	return q;
}

/* a mod b in 0..b-1 for b > 0 */
static inline int64_t
floor_mod(int64_t a, int64_t b)
{
	return a - floor_div(a, b) * b;
}

/* Calendar named s (ASCII case-insensitive), or -1. */
int
pt_cal_lookup(const char *s, int len)
{
	int			c;

	for (c = 0; c < PT_CAL_COUNT; c++)
	{
		const char *n = cal_names[c];
		int			i;

		if ((int) strlen(n) != len)
			continue;
		for (i = 0; i < len; i++)
		{
			char		ch = s[i];

			if (ch >= 'A' && ch <= 'Z')
				ch += 32;
			if (ch != n[i])
				break;
		}
		if (i == len)
			return c;
	}
	return -1;
}

/* SQL name of a calendar. */
const char *
pt_cal_name(pt_calendar cal)
{
	return cal_names[cal];
}

/* ---- Gregorian (proleptic) -------------------------------------------- */

/* JDN of a proleptic Gregorian date (month 1..12). */
static int64_t
greg_to_jdn(int64_t y, int m, int d)
{
	int64_t		era,
				yoe,
				doy,
				doe;

	if (m <= 2)
		y--;
	era = floor_div(y, 400);
	yoe = y - era * 400;
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468 + UNIX_EPOCH_JDN;
}

/* Proleptic Gregorian date of a JDN. */
static void
greg_from_jdn(int64_t jdn, int32_t *year, int32_t *month, int32_t *day)
{
	int64_t		z = jdn - UNIX_EPOCH_JDN + 719468;
	int64_t		era = floor_div(z, 146097);
	int64_t		doe = z - era * 146097;
	int64_t		yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	int64_t		doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	int64_t		mp = (5 * doy + 2) / 153;
	int64_t		m = mp < 10 ? mp + 3 : mp - 9;

	*day = (int32_t) (doy - (153 * mp + 2) / 5 + 1);
	*month = (int32_t) m;
	*year = (int32_t) (yoe + era * 400 + (m <= 2));
}

static int
greg_leap(int64_t y)
{
	return (floor_mod(y, 4) == 0 && floor_mod(y, 100) != 0) || floor_mod(y, 400) == 0;
}

/* ---- Persian ------------------------------------------------------------ */

static int
persian_leap(int64_t y)
{
	return floor_mod(25 * y + 11, 33) < 8;
}

/* JDN of 1 Farvardin of year y */
static int64_t
persian_year_start(int64_t y)
{
	return PERSIAN_EPOCH + 365 * (y - 1) + floor_div(8 * y + 21, 33);
}

static void
persian_from_jdn(int64_t jdn, int32_t *year, int32_t *month, int32_t *day)
{
	int64_t		n = jdn - PERSIAN_EPOCH;
	int64_t		y = 1 + floor_div(33 * n + 3, 12053);
	int64_t		doy = jdn - persian_year_start(y);	/* 0-based */
	int			m;

	m = doy < 216 ? (int) (doy / 31) : (int) ((doy - 6) / 30);
	*year = (int32_t) y;
	*month = m + 1;
	*day = (int32_t) (doy - persian_days_before[m] + 1);
}

/* ---- islamic-civil ------------------------------------------------------ */

static int
civil_leap(int64_t y)
{
	return floor_mod(14 + 11 * y, 30) < 11;
}

/* days from the epoch to the first day of civil year y */
static int64_t
civil_year_offset(int64_t y)
{
	return (y - 1) * 354 + floor_div(3 + 11 * y, 30);
}

/* days from the epoch to the first day of month m (0-based) of year y */
static int64_t
civil_month_offset(int64_t y, int m)
{
	return (59 * (int64_t) m + 1) / 2 + civil_year_offset(y);
}

static void
civil_from_jdn(int64_t jdn, int32_t *year, int32_t *month, int32_t *day)
{
	int64_t		n = jdn - CIVIL_EPOCH;
	int64_t		y = floor_div(30 * n + 10646, 10631);
	int64_t		x = 2 * (n - 29 - civil_year_offset(y));	/* ceil(x / 59) */
	int64_t		m = -floor_div(-x, 59);

	if (m > 11)
		m = 11;
	if (m < 0)
		m = 0;
	*year = (int32_t) y;
	*month = (int32_t) m + 1;
	*day = (int32_t) (n - civil_month_offset(y, (int) m) + 1);
}

static int
civil_month_length(int64_t y, int m)
{
	if (m == 12)
		return civil_leap(y) ? 30 : 29;
	return (m % 2) ? 30 : 29;
}

/* ---- Umm al-Qura -------------------------------------------------------- */

static int
uq_in_table(int64_t y)
{
	return uq_nyears > 0 && y >= uq_first_year && y < (int64_t) uq_first_year + uq_nyears;
}

/* Load the Umm al-Qura table (see calendar.h). */
int
pt_cal_set_umalqura(int32_t first_year, int32_t nyears, const int64_t *month_starts)
{
	int32_t		i;

	if (nyears < 1 || nyears > PT_UMALQURA_MAX_YEARS)
		return -1;
	for (i = 0; i < nyears * 12; i++)
	{
		int64_t		len = month_starts[i + 1] - month_starts[i];

		if (len != 29 && len != 30)
			return -1;
	}
	memcpy(uq_start, month_starts, sizeof(int64_t) * (nyears * 12 + 1));
	uq_first_year = first_year;
	uq_nyears = nyears;
	return 0;
}

/* Is a table loaded, and its range. */
int
pt_cal_umalqura_range(int32_t *first_year, int32_t *last_year)
{
	*first_year = uq_first_year;
	*last_year = uq_first_year + uq_nyears - 1;
	return uq_nyears > 0;
}

static void
uq_from_jdn(int64_t jdn, int32_t *year, int32_t *month, int32_t *day)
{
	int64_t		nmonths = (int64_t) uq_nyears * 12;
	int64_t		i;

	if (uq_nyears == 0 || jdn < uq_start[0] || jdn >= uq_start[nmonths])
	{
		civil_from_jdn(jdn, year, month, day);
		return;
	}
	/* estimate the month index from the mean month, then step */
	i = (int64_t) ((double) (jdn - uq_start[0]) / 29.530588);
	if (i >= nmonths)
		i = nmonths - 1;
	while (i > 0 && uq_start[i] > jdn)
		i--;
	while (i + 1 < nmonths && uq_start[i + 1] <= jdn)
		i++;
	*year = (int32_t) (uq_first_year + i / 12);
	*month = (int32_t) (i % 12) + 1;
	*day = (int32_t) (jdn - uq_start[i] + 1);
}

/* ---- the calendar-independent entry points ------------------------------ */

/* Year, month and day of a JDN. */
void
pt_cal_from_jdn(pt_calendar cal, int64_t jdn,
				int32_t *year, int32_t *month, int32_t *day)
{
	switch (cal)
	{
		case PT_CAL_PERSIAN:
			persian_from_jdn(jdn, year, month, day);
			break;
		case PT_CAL_ISLAMIC_UMALQURA:
			uq_from_jdn(jdn, year, month, day);
			break;
		case PT_CAL_ISLAMIC_CIVIL:
			civil_from_jdn(jdn, year, month, day);
			break;
		default:
			greg_from_jdn(jdn, year, month, day);
			break;
	}
}

/* Days in month m (1..12) of year y. */
int
pt_cal_month_length(pt_calendar cal, int64_t y, int m)
{
	static const int8_t greg_len[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

	if (m < 1 || m > 12)
		return 0;
	switch (cal)
	{
		case PT_CAL_PERSIAN:
			if (m <= 6)
				return 31;
			if (m <= 11)
				return 30;
			return persian_leap(y) ? 30 : 29;
		case PT_CAL_ISLAMIC_UMALQURA:
			if (uq_in_table(y))
			{
				int64_t		i = (y - uq_first_year) * 12 + (m - 1);

				return (int) (uq_start[i + 1] - uq_start[i]);
			}
			return civil_month_length(y, m);
		case PT_CAL_ISLAMIC_CIVIL:
			return civil_month_length(y, m);
		default:
			return (m == 2 && greg_leap(y)) ? 29 : greg_len[m - 1];
	}
}

/* JDN of a date, or which field is out of range. */
pt_cal_status
pt_cal_to_jdn(pt_calendar cal, int64_t year, int64_t month, int64_t day,
			  int64_t *jdn)
{
	int64_t		first;

	if (year < PT_CAL_MIN_YEAR || year > PT_CAL_MAX_YEAR)
		return PT_CAL_BAD_YEAR;
	if (month < 1 || month > 12)
		return PT_CAL_BAD_MONTH;
	if (day < 1 || day > pt_cal_month_length(cal, year, (int) month))
		return PT_CAL_BAD_DAY;
	switch (cal)
	{
		case PT_CAL_PERSIAN:
			first = persian_year_start(year) + persian_days_before[month - 1];
			break;
		case PT_CAL_ISLAMIC_UMALQURA:
			if (uq_in_table(year))
			{
				first = uq_start[(year - uq_first_year) * 12 + (month - 1)];
				break;
			}
			/* FALLTHROUGH */
		case PT_CAL_ISLAMIC_CIVIL:
			first = CIVIL_EPOCH + civil_month_offset(year, (int) month - 1);
			break;
		default:
			first = greg_to_jdn(year, (int) month, 1);
			break;
	}
	*jdn = first + day - 1;
	return PT_CAL_OK;
}

/* First day of the month containing jdn. */
int64_t
pt_cal_month_start(pt_calendar cal, int64_t jdn)
{
	int32_t		y,
				m,
				d;

	pt_cal_from_jdn(cal, jdn, &y, &m, &d);
	return jdn - (d - 1);
}

/* First day of the year containing jdn. */
int64_t
pt_cal_year_start(pt_calendar cal, int64_t jdn)
{
	int32_t		y,
				m,
				d;
	int64_t		first;

	pt_cal_from_jdn(cal, jdn, &y, &m, &d);
	if (pt_cal_to_jdn(cal, y, 1, 1, &first) != PT_CAL_OK)
		return jdn;
	return first;
}
