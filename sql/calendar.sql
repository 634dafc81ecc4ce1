-- pt_calendar_part, pt_calendar_trunc, pt_calendar_date, pt_calendar_format

-- one day in the four calendars
SELECT c, pt_calendar_part('year', '2024-08-02', c) AS y,
	pt_calendar_part('month', '2024-08-02', c) AS m,
	pt_calendar_part('day', '2024-08-02', c) AS d,
	pt_calendar_trunc('month', '2024-08-02', c) AS month_start,
	pt_calendar_trunc('year', '2024-08-02', c) AS year_start
FROM unnest(ARRAY['gregorian', 'persian', 'islamic-umalqura', 'islamic-civil']) AS c;

-- Gregorian agrees with date_part and date_trunc over 2020-2025
SELECT count(*) AS days,
	count(*) FILTER (WHERE pt_calendar_part('year', d, 'gregorian') = date_part('year', d)
		AND pt_calendar_part('month', d, 'gregorian') = date_part('month', d)
		AND pt_calendar_part('day', d, 'gregorian') = date_part('day', d)
		AND pt_calendar_trunc('month', d, 'gregorian') = date_trunc('month', d)::date
		AND pt_calendar_trunc('year', d, 'gregorian') = date_trunc('year', d)::date) AS agree
FROM (SELECT t::date AS d FROM generate_series('2020-01-01'::date, '2025-12-31', '1 day') AS t) AS g;

-- Nowruz, Esfand 30 of a leap year, the end of Ramadan 1445 (Umm al-Qura)
SELECT pt_calendar_date(1403, 1, 1, 'persian') AS nowruz_1403,
	pt_calendar_date(1404, 1, 1, 'persian') AS nowruz_1404,
	pt_calendar_date(1403, 12, 30, 'persian') AS esfand_30_1403,
	pt_calendar_date(1445, 9, 1, 'islamic-umalqura') AS ramadan_1_1445,
	pt_calendar_date(1445, 9, 30, 'islamic-umalqura') AS ramadan_30_1445,
	pt_calendar_date(1445, 10, 1, 'islamic-umalqura') AS shawwal_1_1445,
	pt_calendar_date(1445, 9, 1, 'islamic-civil') AS ramadan_1_1445_civil;

-- pt_calendar_date inverts pt_calendar_part for every day of 1402-1404 AP
SELECT c, count(*) AS days,
	count(*) FILTER (WHERE pt_calendar_date(pt_calendar_part('year', d, c),
		pt_calendar_part('month', d, c), pt_calendar_part('day', d, c), c) = d) AS round_trip,
	count(DISTINCT pt_calendar_trunc('month', d, c)) AS months
FROM (SELECT t::date AS d FROM generate_series('2023-03-21'::date, '2026-03-20', '1 day') AS t) AS g,
	unnest(ARRAY['gregorian', 'persian', 'islamic-umalqura', 'islamic-civil']) AS c
GROUP BY c ORDER BY c;

-- a month's length: the day before the next month's start
SELECT m, pt_calendar_date(1403, m, 1, 'persian') AS first,
	pt_calendar_trunc('month', pt_calendar_date(1403, m, 1, 'persian') + 31, 'persian')
		- pt_calendar_date(1403, m, 1, 'persian') AS days
FROM generate_series(1, 12) AS m;

-- labels for BI, in three languages
SELECT c, l, pt_calendar_format('2024-08-02', c, l)
FROM unnest(ARRAY['persian', 'islamic-umalqura', 'gregorian']) AS c,
	unnest(ARRAY['fa', 'ar', 'en']) AS l
ORDER BY c, l;
-- the Arabic names of the Persian months are the project's, not ICU's
SELECT m, pt_calendar_format(pt_calendar_date(1403, m, 1, 'persian'), 'persian', 'ar') AS ar,
	pt_calendar_format(pt_calendar_date(1403, m, 1, 'persian'), 'persian', 'en') AS en
FROM generate_series(1, 12) AS m;

-- field and calendar names are case-insensitive
SELECT pt_calendar_part('YEAR', '2024-08-02', 'Persian'), pt_calendar_trunc('Day', '2024-08-02', 'persian');

-- NULL in, NULL out
SELECT pt_calendar_part(NULL, '2024-08-02', 'persian') IS NULL AS a,
	pt_calendar_part('year', NULL, 'persian') IS NULL AS b,
	pt_calendar_part('year', '2024-08-02', NULL) IS NULL AS c,
	pt_calendar_trunc('month', NULL, 'persian') IS NULL AS d,
	pt_calendar_date(NULL, 1, 1, 'persian') IS NULL AS e,
	pt_calendar_format(NULL, 'persian', 'fa') IS NULL AS f,
	pt_calendar_format('2024-08-02', 'persian', NULL) IS NULL AS g;

-- infinite dates
SELECT pt_calendar_part('year', 'infinity', 'persian') IS NULL AS part,
	pt_calendar_trunc('month', '-infinity', 'persian') AS trunc,
	pt_calendar_format('infinity', 'persian', 'fa') IS NULL AS fmt;

-- the ends of PostgreSQL's date range
SELECT pt_calendar_part('year', '4714-11-24 BC', 'persian') AS first_day_year,
	pt_calendar_part('year', '5874897-12-31', 'persian') AS last_day_year,
	pt_calendar_format('5874897-12-31', 'islamic-umalqura', 'en') AS last_day_hijri;

-- errors: unsupported calendar, field, language; invalid dates name the field
SELECT pt_calendar_part('year', '2024-08-02', 'jalali');
SELECT pt_calendar_trunc('month', '2024-08-02', '');
SELECT pt_calendar_part('week', '2024-08-02', 'persian');
SELECT pt_calendar_trunc('quarter', '2024-08-02', 'persian');
SELECT pt_calendar_format('2024-08-02', 'persian', 'de');
SELECT pt_calendar_date(1403, 5, 32, 'persian');
SELECT pt_calendar_date(1402, 12, 30, 'persian');
SELECT pt_calendar_date(1403, 13, 1, 'persian');
SELECT pt_calendar_date(1403, 0, 1, 'persian');
SELECT pt_calendar_date(2024, 2, 30, 'gregorian');
SELECT pt_calendar_date(1445, 8, 30, 'islamic-umalqura');
SELECT pt_calendar_date(2147483647, 1, 1, 'persian');
SELECT pt_calendar_date(-2147483648, 1, 1, 'islamic-civil');
SELECT pt_calendar_date(5000000, 1, 1, 'gregorian');
SELECT pt_calendar_trunc('year', '4714-11-24 BC', 'persian');
SELECT pt_calendar_part('year', '2024-08-02', repeat('persian', 100000));

-- random mixed-script calendar names are refused, none crashes
DO $$
DECLARE
	n int := 0;
	name text;
BEGIN
	FOR i IN 1..200 LOOP
		name := (SELECT string_agg(chr((ARRAY[97, 1575, 1662, 1776, 1632, 45, 8204, 65])[1 + (i * 7 + j * 13) % 8] + (i + j) % 5), '')
				 FROM generate_series(1, 1 + i % 17) AS j);
		BEGIN
			PERFORM pt_calendar_part('year', '2024-08-02', name);
		EXCEPTION WHEN invalid_parameter_value THEN
			n := n + 1;
		END;
	END LOOP;
	RAISE NOTICE 'refused % of 200 random calendar names', n;
END
$$;

-- a non-superuser gets the same answers
CREATE ROLE regress_pt_calendar_reader;
SET ROLE regress_pt_calendar_reader;
SELECT pt_calendar_part('month', '2024-08-02', 'persian') AS m,
	pt_calendar_trunc('month', '2024-08-02', 'islamic-umalqura') AS start,
	pt_calendar_format('2024-08-02', 'persian', 'fa') AS label;
SELECT pt_calendar_date(1403, 5, 32, 'persian');
RESET ROLE;
DROP ROLE regress_pt_calendar_reader;

-- an index on the Persian month, used by a query
CREATE TABLE cal_docs AS
	SELECT d::date AS d FROM generate_series('2023-01-01'::date, '2024-12-31', '1 day') AS g(d);
CREATE INDEX cal_docs_month ON cal_docs (pt_calendar_trunc('month', d, 'persian'));
ANALYZE cal_docs;
SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM cal_docs WHERE pt_calendar_trunc('month', d, 'persian') = '2024-07-22';
SELECT count(*) FROM cal_docs WHERE pt_calendar_trunc('month', d, 'persian') = '2024-07-22';
RESET enable_seqscan;
SELECT pt_calendar_format(pt_calendar_trunc('month', d, 'persian'), 'persian', 'fa') AS month, count(*)
FROM cal_docs WHERE d >= '2024-03-20' AND d < '2024-07-22' GROUP BY 1 ORDER BY min(d);
DROP TABLE cal_docs;
