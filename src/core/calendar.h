/*
 * calendar.h
 *		Calendar arithmetic of the policytext core: Gregorian, Persian (Solar
 *		Hijri), islamic-civil and Umm al-Qura, over Julian day numbers.
 *
 * Plain C, no PostgreSQL or ICU headers.  The rules are ICU's, so that the
 * results agree with ucal_open("@calendar=..."):
 *   gregorian         proleptic Gregorian (as PostgreSQL's date type; ICU
 *                     switches to the Julian calendar before 1582-10-15);
 *   persian           ICU's arithmetic Solar Hijri calendar: 1 Farvardin 1
 *                     is JDN 1948320, a year is leap when (25y + 11) mod 33
 *                     < 8, months of 31 (1-6), 30 (7-11) and 29/30 (12) days;
 *   islamic-civil     the tabular Hijri calendar, Friday epoch (JDN
 *                     1948440), 11 leap years in 30 (y where (14 + 11y) mod
 *                     30 < 11), months alternately 30 and 29 days, month 12
 *                     of a leap year 30 days;
 *   islamic-umalqura  the month lengths of the Umm al-Qura table that the
 *                     caller supplies (pt_cal_set_umalqura; the glue builds
 *                     it from ICU once per process), and islamic-civil
 *                     outside that table, as ICU does outside its own table
 *                     (Hijri years 1300-1600).
 * Months are 1..12 and days 1..31 here (ICU counts months from 0).
 */
#ifndef PT_CALENDAR_H
#define PT_CALENDAR_H

#include <stdint.h>

typedef enum
{
	PT_CAL_GREGORIAN = 0,
	PT_CAL_PERSIAN,
	PT_CAL_ISLAMIC_UMALQURA,
	PT_CAL_ISLAMIC_CIVIL,
	PT_CAL_COUNT
} pt_calendar;

/* the names of the calendars as SQL takes them, comma separated */
#define PT_CAL_NAMES "gregorian, persian, islamic-umalqura, islamic-civil"

/* why pt_cal_to_jdn refused a date */
typedef enum
{
	PT_CAL_OK = 0,
	PT_CAL_BAD_YEAR,
	PT_CAL_BAD_MONTH,
	PT_CAL_BAD_DAY
} pt_cal_status;

/* years accepted by pt_cal_to_jdn (beyond PostgreSQL's date range anyway) */
#define PT_CAL_MIN_YEAR		(-5000000)
#define PT_CAL_MAX_YEAR		5000000

/* the Umm al-Qura table: at most this many Hijri years */
#define PT_UMALQURA_MAX_YEARS	600

/* Calendar named s[0..len-1] (exact, lower case), or -1. */
extern int	pt_cal_lookup(const char *s, int len);

/* SQL name of a calendar. */
extern const char *pt_cal_name(pt_calendar cal);

/* Year, month (1..12) and day (1..31) of Julian day number jdn. */
extern void pt_cal_from_jdn(pt_calendar cal, int64_t jdn,
							int32_t *year, int32_t *month, int32_t *day);

/* Julian day number of a date; PT_CAL_OK or which field is out of range. */
extern pt_cal_status pt_cal_to_jdn(pt_calendar cal, int64_t year,
								   int64_t month, int64_t day, int64_t *jdn);

/* Days in a month (1..12) of a year. */
extern int	pt_cal_month_length(pt_calendar cal, int64_t year, int month);

/* First day (JDN) of the month / the year containing jdn. */
extern int64_t pt_cal_month_start(pt_calendar cal, int64_t jdn);
extern int64_t pt_cal_year_start(pt_calendar cal, int64_t jdn);

/*
 * Give the core the Umm al-Qura table: the JDN on which each month of Hijri
 * years first_year .. first_year + nyears - 1 begins, 12 a year, then the
 * JDN that follows the table's last month (nyears * 12 + 1 values).  The
 * values are copied.  Returns 0, or -1 (table unchanged) when nyears is out
 * of 1..PT_UMALQURA_MAX_YEARS or a month is not 29 or 30 days long.  Until
 * it is called, islamic-umalqura is islamic-civil.
 */
extern int	pt_cal_set_umalqura(int32_t first_year, int32_t nyears,
								const int64_t *month_starts);

/* Is an Umm al-Qura table loaded?  Its first and last Hijri year. */
extern int	pt_cal_umalqura_range(int32_t *first_year, int32_t *last_year);

/* Gregorian helpers (PostgreSQL's date is JDN - 2451545). */
#define PT_JDN_PG_EPOCH		2451545

#endif							/* PT_CALENDAR_H */
