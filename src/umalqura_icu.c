/*
 * umalqura_icu.c
 *		The Umm al-Qura month table, read once from ICU (see umalqura_icu.h).
 *
 * This file has no PostgreSQL headers on purpose: the ICU conversion check
 * links it too.  It is called once per backend, never per row.
 *
 * The module links libicui18n (Makefile: ICU_LIBS) for the ucal_* calls.
 */
#include <unicode/ucal.h>

#include "umalqura_icu.h"

#define UNIX_EPOCH_JDN	2440588
#define MS_PER_DAY		86400000.0

/* Fill the month-start table from ICU's islamic-umalqura calendar. */
int
pt_umalqura_from_icu(int32_t first_year, int32_t nyears, int64_t *starts)
{
	static const UChar utc[] = {'U', 'T', 'C', 0};
	UErrorCode	status = U_ZERO_ERROR;
	UCalendar  *cal;
	int32_t		i;

	cal = ucal_open(utc, 3, "@calendar=islamic-umalqura", UCAL_DEFAULT, &status);
	if (U_FAILURE(status))
		return (int) status;
	for (i = 0; i <= nyears * 12 && U_SUCCESS(status); i++)
	{
		UDate		ms;
		double		days;

		ucal_clear(cal);
		ucal_setDate(cal, first_year + i / 12, i % 12, 1, &status);
		ms = ucal_getMillis(cal, &status);
		days = ms / MS_PER_DAY;
		/* midnight UTC: an exact number of days */
		starts[i] = (int64_t) (days < 0 ? days - 0.5 : days + 0.5) + UNIX_EPOCH_JDN;
	}
	ucal_close(cal);
	return U_SUCCESS(status) ? 0 : (int) status;
}
