/*
 * months.h
 *		The month names, era markers and date connector words of the
 *		policytext core: one table for the date parser and for
 *		pt_calendar_format (months.c says where each fact comes from).
 */
#ifndef PT_MONTHS_H
#define PT_MONTHS_H

#include <stdint.h>

#include "calendar.h"

/* the languages pt_calendar_format writes */
typedef enum
{
	PT_LANG_FA = 0,
	PT_LANG_AR,
	PT_LANG_EN,
	PT_LANG_COUNT
} pt_date_lang;

/* calendars a month name belongs to (the Hijri names read as Umm al-Qura) */
typedef enum
{
	PT_MCAL_PERSIAN = 0,
	PT_MCAL_HIJRI,
	PT_MCAL_GREGORIAN
} pt_month_cal;

/* flags of a month name */
#define PT_MN_LATIN		0x01	/* Latin script: may come before the day */
#define PT_MN_ABBREV	0x02	/* an abbreviation: a dot may follow */

typedef struct
{
	const char *text;			/* as written; words separated by one space */
	uint8_t		cal;			/* pt_month_cal */
	uint8_t		month;			/* 1..12 */
	uint8_t		flags;
} pt_month_name;

extern const pt_month_name pt_month_names[];
extern const int pt_month_name_count;

/* what an era marker after a year says */
typedef enum
{
	PT_ERA_HIJRI = 1,			/* هـ, هجري: Hijri (lunar in Arabic, either in Persian) */
	PT_ERA_LUNAR,				/* ه.ق, قمری, AH: lunar Hijri */
	PT_ERA_SOLAR,				/* ه.ش, هجری شمسی: Solar Hijri */
	PT_ERA_GREGORIAN			/* م, میلادی, AD */
} pt_era;

typedef struct
{
	const char *text;			/* words separated by one space; dots between them are skipped */
	uint8_t		era;			/* pt_era */
} pt_era_marker;

extern const pt_era_marker pt_era_markers[];
extern const int pt_era_marker_count;

/* connector words: where in a date they may stand */
#define PT_CONN_BEFORE_MONTH	0x01	/* 15 من رمضان, 2nd of August */
#define PT_CONN_AFTER_MONTH		0x02	/* مرداد ماه */
#define PT_CONN_BEFORE_YEAR		0x04	/* مرداد سال ۱۴۰۳, مارس عام ٢٠٢٤ */
#define PT_CONN_ORDINAL			0x08	/* 2nd, ۱۲ام: right after the day's digits */
#define PT_CONN_DAY_ONE			0x10	/* الأول من, غرة, اول, یکم: the first day */
#define PT_CONN_NEEDS_OF		0x20	/* a day word that needs من after it (الأول من) */

typedef struct
{
	const char *text;			/* one word */
	uint8_t		where;			/* PT_CONN_* */
} pt_date_word;

extern const pt_date_word pt_date_words[];
extern const int pt_date_word_count;

/*
 * The name pt_calendar_format writes for month (1..12) of a calendar in a
 * language, and the word it writes after the year ("" for none).
 */
extern const char *pt_month_format_name(pt_calendar cal, pt_date_lang lang, int month);
extern const char *pt_era_format_suffix(pt_calendar cal, pt_date_lang lang);

#endif							/* PT_MONTHS_H */
