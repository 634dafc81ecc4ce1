-- Showcase 6: calendars and dates in text.
\pset null '(null)'
\echo
\echo '#### 6. Calendars: Persian (Solar Hijri) and Hijri months, dates written in text'
SELECT EXISTS (SELECT 1 FROM pg_proc WHERE proname = 'pt_calendar_trunc') AS has_calendar,
	   EXISTS (SELECT 1 FROM pg_proc WHERE proname = 'pt_orgs') AS has_orgs \gset
\if :has_calendar
\echo 'One day in three calendars, as readers of Persian, Arabic and English write it:'
\set ECHO queries
SELECT c AS calendar, pt_calendar_format('2024-08-02', c, 'fa') AS fa,
	   pt_calendar_format('2024-08-02', c, 'ar') AS ar, pt_calendar_format('2024-08-02', c, 'en') AS en
FROM unnest(ARRAY['persian', 'islamic-umalqura', 'gregorian']) AS c;
\set ECHO none
\echo
\echo 'Articles per Persian month (the month begins on the Gregorian date shown):'
\set ECHO queries
SELECT pt_calendar_trunc('month', published, 'persian') AS month_start,
	   pt_calendar_format(pt_calendar_trunc('month', published, 'persian'), 'persian', 'fa') AS persian_month,
	   count(*) AS articles,
	   count(*) FILTER (WHERE lang = 'fa') AS persian_articles
FROM articles GROUP BY 1 ORDER BY 1;
\set ECHO none
\if :has_orgs
\echo
\echo 'Articles per organization per Persian month (the reporting job):'
\set ECHO queries
SELECT pt_calendar_part('year', a.published, 'persian') AS year,
	   pt_calendar_part('month', a.published, 'persian') AS month,
	   o.code AS organization, count(*) AS articles
FROM articles a, unnest(pt_orgs(a.body)) AS o(code)
GROUP BY 1, 2, 3 ORDER BY 1, 2, 3;
\set ECHO none
\endif
\echo
\echo 'Dates written in the texts: the sample articles carry their date in the header only,'
\echo 'so here each article''s date is written the way its language would, and pt_dates reads it back:'
\set ECHO queries
SELECT a.id, a.lang, p.mention, p.calendar, p.d, p.d = a.published AS same_day
FROM articles a,
	 LATERAL pt_dates(CASE a.lang
		WHEN 'fa' THEN 'این خبر ' || pt_calendar_format(a.published, 'persian', 'fa') || ' منتشر شد.'
		WHEN 'ar' THEN 'نشر الخبر في ' || pt_calendar_format(a.published, 'islamic-umalqura', 'ar')
			|| ' الموافق ' || pt_calendar_format(a.published, 'gregorian', 'ar') || '.'
		ELSE 'Published on ' || to_char(a.published, 'FMMonth FMDD, YYYY') || '.' END) AS p
ORDER BY a.id, p.start_char;
\set ECHO none
\echo
\echo 'Full dates in the article bodies themselves, per language (the sample bodies name weekdays,'
\echo 'months and years but no full day-month-year date, so the counts are 0; years and counts are not dates):'
\set ECHO queries
SELECT a.lang, count(DISTINCT a.id) AS articles, count(p.d) AS full_dates,
	   count(p.d) FILTER (WHERE p.calendar = 'persian') AS persian_dates
FROM articles a LEFT JOIN LATERAL pt_dates(a.body) AS p ON true GROUP BY a.lang ORDER BY a.lang;
\set ECHO none
\echo
\echo 'Persian dates in a sentence with times, counts and a phone number:'
\set ECHO queries
SELECT d, calendar, mention, start_char, char_length
FROM pt_dates('جلسه ساعت ۱۰:۳۰ روز سه‌شنبه ۱۲ مرداد‌ماه ۱۴۰۳ با حضور ۱۴۰۳ نفر برگزار شد؛ ثبت‌نام تا ۱۴۰۳/۶/۱ با شماره ۰۲۱-۸۸۷۷۶۶۵۵.');
\set ECHO none
\else
\echo '(the calendar functions are not in this build: section skipped)'
\endif
