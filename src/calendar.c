/*
 * calendar.c
 *		SQL surface of the calendars and of dates in text: pt_calendar_part,
 *		pt_calendar_trunc, pt_calendar_date, pt_calendar_format,
 *		pt_parse_date and pt_dates.
 *
 * The arithmetic is the core's (src/core/calendar.c, dates.c).  ICU is used
 * once per backend, to build the Umm al-Qura month table (umalqura_icu.c);
 * no ICU call is made per row.
 */
#include "postgres.h"

#include "fmgr.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "mb/pg_wchar.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datetime.h"
#include "utils/tuplestore.h"

#include "calendar.h"
#include "dates.h"
#include "months.h"
#include "policytext.h"
#include "results.h"
#include "umalqura_icu.h"

PG_FUNCTION_INFO_V1(pt_calendar_part);
PG_FUNCTION_INFO_V1(pt_calendar_trunc);
PG_FUNCTION_INFO_V1(pt_calendar_date);
PG_FUNCTION_INFO_V1(pt_calendar_format);
PG_FUNCTION_INFO_V1(pt_parse_date);
PG_FUNCTION_INFO_V1(pt_dates);

/* Julian day of PostgreSQL's date 0 (2000-01-01) */
#define PG_DATE_JDN		PT_JDN_PG_EPOCH

static bool umalqura_loaded = false;

/* Load the Umm al-Qura table from ICU, once per backend. */
static void
ensure_umalqura(void)
{
	static int64 starts[PT_UMALQURA_NYEARS * 12 + 1];
	int			rc;

	if (umalqura_loaded)
		return;
	rc = pt_umalqura_from_icu(PT_UMALQURA_FIRST_YEAR, PT_UMALQURA_NYEARS,
							  (int64_t *) starts);
	if (rc != 0 ||
		pt_cal_set_umalqura(PT_UMALQURA_FIRST_YEAR, PT_UMALQURA_NYEARS,
							(const int64_t *) starts) != 0)
		ereport(ERROR,
				(errcode(ERRCODE_EXTERNAL_ROUTINE_EXCEPTION),
				 errmsg("could not build the islamic-umalqura month table from ICU (error %d)", rc)));
	umalqura_loaded = true;
}

/* An argument for an error message: at most 64 bytes of it, cut at a character. */
static char *
clipped_arg(text *t)
{
	const char *s = VARDATA_ANY(t);
	int			len = (int) VARSIZE_ANY_EXHDR(t);
	int			cut = pg_mbcliplen(s, len, 64);

	return psprintf("%.*s%s", cut, s, cut < len ? "..." : "");
}

/* The calendar a text names; errors out listing the supported ones. */
static pt_calendar
calendar_arg(text *name)
{
	int			c = pt_cal_lookup(VARDATA_ANY(name), (int) VARSIZE_ANY_EXHDR(name));

	if (c < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("calendar \"%s\" is not supported", clipped_arg(name)),
				 errdetail("Supported calendars: " PT_CAL_NAMES ".")));
	if (c == PT_CAL_ISLAMIC_UMALQURA)
		ensure_umalqura();
	return (pt_calendar) c;
}

/* the field names: 0 year, 1 month, 2 day, or -1 */
static int
field_arg(text *field)
{
	static const char *const names[] = {"year", "month", "day"};
	const char *s = VARDATA_ANY(field);
	int			len = (int) VARSIZE_ANY_EXHDR(field);
	int			f;

	for (f = 0; f < 3; f++)
		if ((int) strlen(names[f]) == len && pg_strncasecmp(s, names[f], len) == 0)
			return f;
	return -1;
}

/* JDN of a finite date */
static inline int64
date_jdn(DateADT d)
{
	return (int64) d + PG_DATE_JDN;
}

/* the date of a JDN, or an error when PostgreSQL's date cannot hold it */
static DateADT
jdn_date(int64 jdn)
{
	int64		d = jdn - PG_DATE_JDN;

	if (jdn < 0 || !IS_VALID_DATE(d))
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("date out of range")));
	return (DateADT) d;
}

/* pt_calendar_part(field, d, calendar) -> int: year, month or day of d */
Datum
pt_calendar_part(PG_FUNCTION_ARGS)
{
	text	   *field = PG_GETARG_TEXT_PP(0);
	DateADT		d = PG_GETARG_DATEADT(1);
	pt_calendar cal = calendar_arg(PG_GETARG_TEXT_PP(2));
	int			f = field_arg(field);
	int32_t		y,
				m,
				day;

	if (f < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("field \"%s\" is not supported by pt_calendar_part", clipped_arg(field)),
				 errdetail("Supported fields: year, month, day.")));
	if (DATE_NOT_FINITE(d))
		PG_RETURN_NULL();
	pt_cal_from_jdn(cal, date_jdn(d), &y, &m, &day);
	PG_RETURN_INT32(f == 0 ? y : f == 1 ? m : day);
}

/* pt_calendar_trunc(field, d, calendar) -> date: first day of d's year or month */
Datum
pt_calendar_trunc(PG_FUNCTION_ARGS)
{
	text	   *field = PG_GETARG_TEXT_PP(0);
	DateADT		d = PG_GETARG_DATEADT(1);
	pt_calendar cal = calendar_arg(PG_GETARG_TEXT_PP(2));
	int			f = field_arg(field);
	int64		jdn;

	if (f < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("field \"%s\" is not supported by pt_calendar_trunc", clipped_arg(field)),
				 errdetail("Supported fields: year, month, day.")));
	if (DATE_NOT_FINITE(d))
		PG_RETURN_DATEADT(d);
	jdn = date_jdn(d);
	if (f == 0)
		jdn = pt_cal_year_start(cal, jdn);
	else if (f == 1)
		jdn = pt_cal_month_start(cal, jdn);
	PG_RETURN_DATEADT(jdn_date(jdn));
}

/* pt_calendar_date(year, month, day, calendar) -> date, as make_date */
Datum
pt_calendar_date(PG_FUNCTION_ARGS)
{
	int32		y = PG_GETARG_INT32(0),
				m = PG_GETARG_INT32(1),
				d = PG_GETARG_INT32(2);
	pt_calendar cal = calendar_arg(PG_GETARG_TEXT_PP(3));
	int64		jdn;

	switch (pt_cal_to_jdn(cal, y, m, d, &jdn))
	{
		case PT_CAL_OK:
			break;
		case PT_CAL_BAD_YEAR:
			ereport(ERROR,
					(errcode(ERRCODE_DATETIME_FIELD_OVERFLOW),
					 errmsg("%s date field value out of range: year %d", pt_cal_name(cal), y)));
			break;
		case PT_CAL_BAD_MONTH:
			ereport(ERROR,
					(errcode(ERRCODE_DATETIME_FIELD_OVERFLOW),
					 errmsg("%s date field value out of range: month %d (months are 1 to 12)",
							pt_cal_name(cal), m)));
			break;
		case PT_CAL_BAD_DAY:
			ereport(ERROR,
					(errcode(ERRCODE_DATETIME_FIELD_OVERFLOW),
					 errmsg("%s date field value out of range: day %d (month %d of year %d has %d days)",
							pt_cal_name(cal), d, m, y, pt_cal_month_length(cal, y, m))));
			break;
	}
	PG_RETURN_DATEADT(jdn_date(jdn));
}

/* pt_calendar_format(d, calendar, lang) -> text: "day month-name year" */
Datum
pt_calendar_format(PG_FUNCTION_ARGS)
{
	DateADT		d = PG_GETARG_DATEADT(0);
	pt_calendar cal = calendar_arg(PG_GETARG_TEXT_PP(1));
	text	   *lang = PG_GETARG_TEXT_PP(2);
	const char *l = VARDATA_ANY(lang);
	int			llen = (int) VARSIZE_ANY_EXHDR(lang);
	int			lg;
	unsigned char buf[PT_DATE_FORMAT_MAX];
	size_t		n;

	if (llen == 2 && pg_strncasecmp(l, "fa", 2) == 0)
		lg = PT_LANG_FA;
	else if (llen == 2 && pg_strncasecmp(l, "ar", 2) == 0)
		lg = PT_LANG_AR;
	else if (llen == 2 && pg_strncasecmp(l, "en", 2) == 0)
		lg = PT_LANG_EN;
	else
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("language \"%s\" is not supported by pt_calendar_format", clipped_arg(lang)),
				 errdetail("Supported languages: fa, ar, en.")));
	if (DATE_NOT_FINITE(d))
		PG_RETURN_NULL();
	n = pt_format_date(cal, lg, date_jdn(d), buf);
	PG_RETURN_TEXT_P(cstring_to_text_with_len((const char *) buf, (int) n));
}

/* pt_parse_date(t) -> date: the first full date written in t, or NULL */
Datum
pt_parse_date(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	pt_date_mention m;

	pt_require_utf8();
	ensure_umalqura();
	if (!pt_first_date(PT_TEXT_BYTES(t), PT_TEXT_LEN(t), &m))
		PG_RETURN_NULL();
	if (!IS_VALID_DATE(m.jdn - PG_DATE_JDN))
		PG_RETURN_NULL();
	PG_RETURN_DATEADT((DateADT) (m.jdn - PG_DATE_JDN));
}

/* state of pt_dates */
typedef struct dates_state
{
	const unsigned char *doc;
	Tuplestorestate *store;
	TupleDesc	desc;
	text	   *cal_text[PT_CAL_COUNT];
} dates_state;

static int
dates_add(const pt_date_mention *m, void *arg)
{
	dates_state *st = arg;
	Datum		values[5];
	bool		nulls[5] = {false, false, false, false, false};

	if (!IS_VALID_DATE(m->jdn - PG_DATE_JDN))
		return 0;
	values[0] = DateADTGetDatum((DateADT) (m->jdn - PG_DATE_JDN));
	values[1] = PointerGetDatum(st->cal_text[m->cal]);
	values[2] = PointerGetDatum(cstring_to_text_with_len((const char *) st->doc + m->byte_start,
														  (int) m->byte_len));
	values[3] = Int32GetDatum((int32) (m->char_start + 1));
	values[4] = Int32GetDatum((int32) m->char_len);
	tuplestore_putvalues(st->store, st->desc, values, nulls);
	pfree(DatumGetPointer(values[2]));
	return 0;
}

/* pt_dates(doc): every full date in doc, with its calendar and offsets */
Datum
pt_dates(PG_FUNCTION_ARGS)
{
	text	   *doc = PG_GETARG_TEXT_PP(0);
	dates_state st;
	int			c;

	pt_rows_begin(fcinfo, &st.store, &st.desc);
	pt_require_utf8();
	ensure_umalqura();

	st.doc = PT_TEXT_BYTES(doc);
	for (c = 0; c < PT_CAL_COUNT; c++)
		st.cal_text[c] = cstring_to_text(pt_cal_name(c));

	pt_find_dates(st.doc, PT_TEXT_LEN(doc), dates_add, &st);

	return pt_rows_end(fcinfo, st.store, st.desc);
}
