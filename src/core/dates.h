/*
 * dates.h
 *		Finds full dates (day, month, year) written in Persian, Arabic and
 *		English text.
 *
 * One pass over the text, linear time, no allocation: a small ring of
 * tokens (numbers, words, punctuation) slides over the input, and a date is
 * tried only where a 1-2 or 4 digit number stands.  Words are folded with
 * the search folding (pt_normalize) before they are compared with the
 * month names of months.c, so letter variants, diacritics, tatweel and
 * ZWNJ are handled once.  Digits may be ASCII, Arabic-Indic or Persian.
 *
 * Forms: "day month year" with an optional weekday before (not part of the
 * mention), ordinal suffix (2nd, ۱۲ام), connector words (١٥ من شهر رمضان,
 * 2nd of August, مرداد ماه, سال/عام before the year), a double month name
 * (أيار/مايو, أيار (مايو)), a comma before the year, and an era marker
 * after it (هـ, ه, ه‍.ق, ه‍.ش, هجری شمسی, م, AD, AH); "Month day, year"
 * for Latin-script month names (August 2, 2024; Aug. 2, 2024); numeric
 * year/month/day and day/month/year with / - or . between.
 *
 * Conventions: a numeric year-first date with a year below 1900 is Solar
 * Hijri unless a Hijri marker follows (then Umm al-Qura); a numeric
 * day-first date is Gregorian (day first; month first only when the day
 * field cannot be a month day), or Hijri when a Hijri marker follows; a
 * Solar Hijri date is never day-first.  Not dates: a year alone, a month
 * and year, times, counts, numbers inside longer digit/separator runs
 * (phone numbers, versions), and impossible dates (32 مرداد, 30 فبراير).
 */
#ifndef PT_DATES_H
#define PT_DATES_H

#include <stddef.h>
#include <stdint.h>

#include "calendar.h"

typedef struct
{
	int64_t		jdn;			/* the day, as a Julian day number */
	pt_calendar cal;			/* the calendar it was written in */
	int32_t		year,			/* as written, in that calendar */
				month,
				day;
	size_t		byte_start,		/* the mention in the input */
				byte_len;
	size_t		char_start,		/* the same in code points (0-based); */
				char_len;		/* an ill-formed byte counts as one */
} pt_date_mention;

/* called for each mention in text order; a nonzero return stops the scan */
typedef int (*pt_date_callback) (const pt_date_mention *m, void *arg);

/* Find every date in s[0..len-1]; returns the number of mentions reported. */
extern size_t pt_find_dates(const unsigned char *s, size_t len,
							pt_date_callback cb, void *arg);

/* The first date in s, or 0 when there is none (then *m is untouched). */
extern int	pt_first_date(const unsigned char *s, size_t len, pt_date_mention *m);

/*
 * Write a date the way pt_calendar_format does: day, month name and year
 * in the digits of the language (fa: ۰-۹, ar: ٠-٩, en: 0-9), and the era
 * word of months.c.  out must hold PT_DATE_FORMAT_MAX bytes; returns the
 * length (no terminator is written).
 */
#define PT_DATE_FORMAT_MAX	160
extern size_t pt_format_date(pt_calendar cal, int lang, int64_t jdn,
							 unsigned char *out);

#endif							/* PT_DATES_H */
