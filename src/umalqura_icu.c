/*
 * umalqura_icu.c
 *		The Umm al-Qura month table, read once from ICU (see umalqura_icu.h).
 *
 * This file has no PostgreSQL headers on purpose: the ICU conversion check
 * links it too.  It is called once per backend, never per row.
 *
 * The ucal_* functions live in libicui18n, which the module is not
 * required to be linked with (the rest of policytext needs only libicuuc):
 * they are looked up by their versioned names (ucal_open_72 for ICU 72)
 * in the process, and libicui18n of the same ICU version is loaded when
 * they are not there.  So the module loads whether or not it was linked
 * with -licui18n, and a missing library is an error of the first call that
 * needs the table, not of loading the module.
 */
#include <dlfcn.h>
#include <unicode/ucal.h>
#include <unicode/uvernum.h>

#include "umalqura_icu.h"

#define UNIX_EPOCH_JDN	2440588
#define MS_PER_DAY		86400000.0

/* the versioned name of an ICU function, as a string ("ucal_open_72") */
#define PT_ICU_NAME2(f)	#f
#define PT_ICU_NAME(f)	PT_ICU_NAME2(f)

typedef UCalendar *(*ucal_open_fn) (const UChar *, int32_t, const char *,
									UCalendarType, UErrorCode *);
typedef void (*ucal_close_fn) (UCalendar *);
typedef void (*ucal_clear_fn) (UCalendar *);
typedef void (*ucal_setDate_fn) (UCalendar *, int32_t, int32_t, int32_t, UErrorCode *);
typedef UDate (*ucal_getMillis_fn) (const UCalendar *, UErrorCode *);

/* An ICU i18n function by name: in the process, else from libicui18n. */
static void *
icu_function(const char *name)
{
	static void *lib;
	void	   *f = dlsym(RTLD_DEFAULT, name);

	if (f == NULL)
	{
		if (lib == NULL)
			lib = dlopen("libicui18n.so." U_ICU_VERSION_SHORT, RTLD_NOW | RTLD_GLOBAL);
		if (lib != NULL)
			f = dlsym(lib, name);
	}
	return f;
}

/* Fill the month-start table from ICU's islamic-umalqura calendar. */
int
pt_umalqura_from_icu(int32_t first_year, int32_t nyears, int64_t *starts)
{
	static const UChar utc[] = {'U', 'T', 'C', 0};
	ucal_open_fn open_f = (ucal_open_fn) icu_function(PT_ICU_NAME(ucal_open));
	ucal_close_fn close_f = (ucal_close_fn) icu_function(PT_ICU_NAME(ucal_close));
	ucal_clear_fn clear_f = (ucal_clear_fn) icu_function(PT_ICU_NAME(ucal_clear));
	ucal_setDate_fn set_f = (ucal_setDate_fn) icu_function(PT_ICU_NAME(ucal_setDate));
	ucal_getMillis_fn millis_f = (ucal_getMillis_fn) icu_function(PT_ICU_NAME(ucal_getMillis));
	UErrorCode	status = U_ZERO_ERROR;
	UCalendar  *cal;
	int32_t		i;

	if (!open_f || !close_f || !clear_f || !set_f || !millis_f)
		return -1;				/* no libicui18n of this ICU version */
	cal = open_f(utc, 3, "@calendar=islamic-umalqura", UCAL_DEFAULT, &status);
	if (U_FAILURE(status))
		return (int) status;
	for (i = 0; i <= nyears * 12 && U_SUCCESS(status); i++)
	{
		UDate		ms;
		double		days;

		clear_f(cal);
		set_f(cal, first_year + i / 12, i % 12, 1, &status);
		ms = millis_f(cal, &status);
		days = ms / MS_PER_DAY;
		/* midnight UTC: an exact number of days */
		starts[i] = (int64_t) (days < 0 ? days - 0.5 : days + 0.5) + UNIX_EPOCH_JDN;
	}
	close_f(cal);
	return U_SUCCESS(status) ? 0 : (int) status;
}
