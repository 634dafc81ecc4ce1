-- bench_calendar.sql - speed of the calendar functions and of pt_dates, in
-- one psql session (tests/bench/run.sh runs it on its throwaway
-- cluster; it needs the extension created, and uses table articles when
-- tests/data/load_articles.py has loaded it).
--
-- Measures, each against a PostgreSQL built-in in the same session:
--   pt_calendar_trunc('month', d, 'persian') over a million dates against
--   date_trunc('month', d) (target: at most 3x);
--   pt_dates(body) against to_tsvector('simple', body), on the sample
--   articles repeated to a corpus and on a generated date-rich corpus
--   (target: at most 1x).
-- The runs of one group are interleaved (run 1 of each, then run 2...);
-- run 0 is a warm-up; the table gives medians and ratios.

\set ON_ERROR_STOP 1
SET client_min_messages = warning;
SET max_parallel_workers_per_gather = 0;
SET jit = off;
\if :{?runs}
\else
\set runs 7
\endif

CREATE TEMP TABLE cal_plan (ord serial, label text PRIMARY KEY, query text,
	baseline text, target numeric, meaning text);
CREATE TEMP TABLE cal_time (label text, run int, ms float8, result text);

CREATE FUNCTION pg_temp.cal_once(label text, run int, q text) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
	t0			timestamptz;
	dummy		text;
BEGIN
	t0 := clock_timestamp();
	EXECUTE q INTO dummy;
	INSERT INTO cal_time VALUES (label, run, extract(epoch FROM clock_timestamp() - t0) * 1000, dummy);
END
$$;

-- a million dates over a century, in a scattered order
CREATE TEMP TABLE cal_dates AS
	SELECT ('1950-01-01'::date + (i::bigint * 7919 % 54000)::int) AS d FROM generate_series(1, 1000000) AS i;
VACUUM ANALYZE cal_dates;

-- the sample articles repeated to about 5 MB, when loaded
SELECT to_regclass('articles') IS NOT NULL AS has_articles \gset
CREATE TEMP TABLE cal_articles (body text);
\if :has_articles
INSERT INTO cal_articles SELECT body FROM articles, generate_series(1, greatest(1, (5000000 / (SELECT sum(octet_length(body)) FROM articles))::int));
\endif

-- a generated corpus: our own sentences with dates, times, counts, phone numbers
CREATE TEMP TABLE cal_corpus AS
SELECT string_agg(format((ARRAY[
		'به گزارش خبرنگار ما، روز %s مرداد %s نشست %s نفر از نمایندگان ساعت %s:۳۰ برگزار شد. ',
		'وقال المتحدث إن الاجتماع عقد في %s مايو 2024 بحضور %s وفدا و%s شخصا عند الساعة %s. ',
		'أعلنت الوزارة يوم %s رمضان 1445 هـ عن تخصيص %s مليون دولار لدعم %s ألف أسرة في %s محافظات. ',
		'The ministry said on August %s, 2024 that %s families in %s towns received aid, call 021-%s-5566. ',
		'گزارش تاریخ 1403/5/%s با شماره %s منتشر شد و %s درصد رشد در %s استان را نشان می‌دهد. '
	])[1 + (i + j) % 5], 1 + (i * j) % 28, 1400 + j % 5, 10 + i % 900, 1000 + j % 9000), '')
	AS body
FROM generate_series(1, 4000) AS i, generate_series(1, 12) AS j
GROUP BY i;
VACUUM ANALYZE cal_corpus;

\echo
\echo '== calendars and dates: corpus sizes'
SELECT (SELECT count(*) FROM cal_dates) AS dates,
	(SELECT count(*) FROM cal_articles) AS article_rows,
	(SELECT round(coalesce(sum(octet_length(body)), 0) / 1e6, 1) FROM cal_articles) AS "articles MB",
	(SELECT count(*) FROM cal_corpus) AS generated_rows,
	(SELECT round(sum(octet_length(body)) / 1e6, 1) FROM cal_corpus) AS "generated MB";

INSERT INTO cal_plan (label, query, baseline, target, meaning) VALUES
	('scan of the dates', 'SELECT max(d) FROM cal_dates', NULL, NULL,
	 'reading a million dates, which both measures below include'),
	('date_trunc(month, d)', 'SELECT max(date_trunc(''month'', d)) FROM cal_dates', NULL, NULL, NULL),
	('pt_calendar_trunc(month, d, persian)', 'SELECT max(pt_calendar_trunc(''month'', d, ''persian'')) FROM cal_dates',
	 'date_trunc(month, d)', 3, 'the Persian month start against the built-in Gregorian one'),
	('pt_calendar_trunc(month, d, islamic-umalqura)', 'SELECT max(pt_calendar_trunc(''month'', d, ''islamic-umalqura'')) FROM cal_dates',
	 'date_trunc(month, d)', 3, 'the Umm al-Qura month start (table lookup) against date_trunc'),
	('pt_calendar_part(year, d, persian)', 'SELECT max(pt_calendar_part(''year'', d, ''persian'')) FROM cal_dates',
	 'date_trunc(month, d)', NULL, NULL),
	('to_tsvector simple, generated', 'SELECT sum(length(to_tsvector(''simple'', body))) FROM cal_corpus', NULL, NULL, NULL),
	('pt_dates, generated', 'SELECT count(*) FROM cal_corpus, pt_dates(body)',
	 'to_tsvector simple, generated', 1, 'every date of a date-rich text against tokenizing it with simple');
\if :has_articles
INSERT INTO cal_plan (label, query, baseline, target, meaning) VALUES
	('to_tsvector simple, articles', 'SELECT sum(length(to_tsvector(''simple'', body))) FROM cal_articles', NULL, NULL, NULL),
	('pt_dates, articles', 'SELECT count(*) FROM cal_articles, pt_dates(body)',
	 'to_tsvector simple, articles', 1, 'pt_dates on the sample articles against to_tsvector simple');
\endif

\o /dev/null
SELECT format('SELECT pg_temp.cal_once(%L, %s, %L)', label, r, query)
FROM cal_plan, generate_series(0, :runs) AS r
ORDER BY r, ord \gexec
\o

\echo
\echo '== results (median of the measured runs; ratio = median / median of the baseline)'
WITH med AS (
	SELECT label, percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) AS ms, count(*) AS n
	FROM cal_time WHERE run > 0 GROUP BY label
), scan AS (SELECT ms FROM med WHERE label = 'scan of the dates')
SELECT p.label AS measure, round(m.ms::numeric, 1) AS "median ms", m.n AS runs,
	CASE WHEN p.baseline IS NOT NULL THEN round((m.ms / b.ms)::numeric, 2) || 'x' END AS ratio,
	CASE WHEN p.baseline IS NOT NULL AND p.label LIKE 'pt_calendar%'
		THEN round(((m.ms - s.ms) / nullif(b.ms - s.ms, 0))::numeric, 2) || 'x' END AS "ratio without the scan",
	CASE WHEN p.target IS NOT NULL THEN '<= ' || p.target END AS target,
	CASE WHEN p.target IS NOT NULL THEN CASE WHEN m.ms / b.ms <= p.target THEN 'yes' ELSE 'NO' END END AS ok,
	(SELECT left(t.result, 24) FROM cal_time t WHERE t.label = p.label ORDER BY t.run DESC LIMIT 1) AS "result"
FROM cal_plan p JOIN med m ON m.label = p.label LEFT JOIN med b ON b.label = p.baseline, scan s
ORDER BY p.ord;
SELECT p.label || ': ' || p.meaning AS " " FROM cal_plan p WHERE p.meaning IS NOT NULL ORDER BY p.ord;
