
-- ---- calendars and dates in text ----------------------------------------
-- Solar Hijri (persian), Umm al-Qura and civil Hijri, Gregorian; full dates
-- written in Persian, Arabic and English text

CREATE FUNCTION @extschema@.pt_calendar_part(field text, d date, calendar text) RETURNS integer
	AS 'MODULE_PATHNAME', 'pt_calendar_part'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 1;
COMMENT ON FUNCTION @extschema@.pt_calendar_part(text, date, text) IS
	'year, month (1-12) or day of d in a calendar: gregorian, persian (Solar Hijri), islamic-umalqura or islamic-civil, as date_part does for the Gregorian calendar; NULL for an infinite date';

CREATE FUNCTION @extschema@.pt_calendar_trunc(field text, d date, calendar text) RETURNS date
	AS 'MODULE_PATHNAME', 'pt_calendar_trunc'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 1;
COMMENT ON FUNCTION @extschema@.pt_calendar_trunc(text, date, text) IS
	'the Gregorian date on which the year or month (field year, month; day returns d) of the calendar containing d begins: GROUP BY it, index it';

CREATE FUNCTION @extschema@.pt_calendar_date(year integer, month integer, day integer, calendar text) RETURNS date
	AS 'MODULE_PATHNAME', 'pt_calendar_date'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 1;
COMMENT ON FUNCTION @extschema@.pt_calendar_date(integer, integer, integer, text) IS
	'the date of year, month (1-12) and day in a calendar, as make_date does; an invalid date is an error naming the calendar and the field';

CREATE FUNCTION @extschema@.pt_calendar_format(d date, calendar text, lang text) RETURNS text
	AS 'MODULE_PATHNAME', 'pt_calendar_format'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 5;
COMMENT ON FUNCTION @extschema@.pt_calendar_format(date, text, text) IS
	'd as a reader of lang (fa, ar or en) writes it in the calendar: day, month name, year in that language''s digits (۱۲ مرداد ۱۴۰۳, ٢٧ محرم ١٤٤٦ هـ, 12 Mordad 1403)';

CREATE FUNCTION @extschema@.pt_parse_date(t text) RETURNS date
	AS 'MODULE_PATHNAME', 'pt_parse_date'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 20;
COMMENT ON FUNCTION @extschema@.pt_parse_date(text) IS
	'the first full date (day, month, year) written in t, in any of the forms pt_dates finds, or NULL when t holds none';

CREATE FUNCTION @extschema@.pt_dates(doc text)
	RETURNS TABLE(d date, calendar text, mention text, start_char integer, char_length integer)
	AS 'MODULE_PATHNAME', 'pt_dates'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 50 ROWS 3;
COMMENT ON FUNCTION @extschema@.pt_dates(text) IS
	'every full date written in doc (Solar Hijri, Hijri read as Umm al-Qura, Gregorian; Persian, Arabic and English month names, numeric forms), with the calendar it is written in and substr(doc, start_char, char_length) = mention';
