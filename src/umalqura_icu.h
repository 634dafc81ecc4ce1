/*
 * umalqura_icu.h
 *		Builds the Umm al-Qura month table of the core from ICU.
 *
 * No PostgreSQL headers: the glue (calendar.c) and the ICU conversion check
 * (tests/eval/calendar_icu_check.c) share it.
 */
#ifndef PT_UMALQURA_ICU_H
#define PT_UMALQURA_ICU_H

#include <stdint.h>

/*
 * The Hijri years for which ICU 72 computes Umm al-Qura from its month
 * table (UMALQURA_YEAR_START and UMALQURA_YEAR_END in islamcal.cpp); ICU
 * uses islamic-civil arithmetic outside them, and so does the core.
 */
#define PT_UMALQURA_FIRST_YEAR	1300
#define PT_UMALQURA_LAST_YEAR	1600
#define PT_UMALQURA_NYEARS		(PT_UMALQURA_LAST_YEAR - PT_UMALQURA_FIRST_YEAR + 1)

/*
 * Fill starts[0 .. nyears*12] with the JDN of the first day of each month
 * of Hijri years first_year.. and the JDN after the last month, as ICU's
 * islamic-umalqura calendar gives them.  Returns 0 or an ICU error code.
 */
extern int	pt_umalqura_from_icu(int32_t first_year, int32_t nyears,
								 int64_t *starts);

#endif							/* PT_UMALQURA_ICU_H */
