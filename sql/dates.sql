-- pt_parse_date and pt_dates: full dates written in text

-- the forms, in the three digit scripts
SELECT t, pt_parse_date(t) FROM (VALUES
	('۱۲ مرداد ۱۴۰۳'), ('12 مرداد 1403'), ('١٢ مرداد ١٤٠٣'),
	('۱۲ مرداد ماه ۱۴۰۳'), ('سه‌شنبه ۱۲ مرداد‌ماه ۱۴۰۳ ه‍.ش'), ('۱۲ مرداد ۱۴۰۳ هجری شمسی'),
	('۱۴۰۳/۰۵/۱۲'), ('1403/5/12'), ('۱۰ ارديبهشت ۱۴۰۳'), ('۵ دي ۱۴۰۲'),
	('۱ حمل ۱۴۰۳'), ('۱۲ اسد ۱۴۰۳'), ('۲۹ حوت ۱۴۰۲'),
	('٢ مايو ٢٠٢٤'), ('٢ أيار ٢٠٢٤'), ('2 ماي 2024'), ('10 يوليوز 2024'), ('3 غشت 2023'),
	('15 كانون الثاني 2024'), ('١ جانفي ٢٠٢٤'), ('١ جويلية ٢٠٢٤'), ('١ أوت ٢٠٢٤'),
	('15 أيار/مايو 2024'), ('15 ابريل 2024'), ('15 إبريل 2024'), ('الثلاثاء 15 أبريل 2024م'),
	('15/05/2024'),
	('١٥ رمضان ١٤٤٥ هـ'), ('15 رمضان 1445ه'), ('10 ذو القعدة 1445'), ('10 ذي القعدة 1445'),
	('5 جمادى الآخرة 1445'), ('5 جمادى الثانية 1445'), ('1445/09/15هـ'),
	('۲ اوت ۲۰۲۴'), ('۵ ژانویه ۲۰۲۳'), ('۵ فوریه ۲۰۲۳'),
	('2 August 2024'), ('August 2, 2024'), ('Aug. 2, 2024'), ('2024-08-02')
) AS v(t);

-- not dates
SELECT t, pt_parse_date(t) FROM (VALUES
	('سال ۱۴۰۳'), ('مرداد ۱۴۰۳'), ('ساعت ۱۲:۳۰'), ('۱۴۰۳ نفر'), ('12 ألف أسرة'),
	('۰۲۱-۸۸۷۷۶۶۵۵'), ('0912-345-6789'), ('32 مرداد 1403'), ('30 فبراير 2024'),
	('30 اسفند 1402'), ('12/05/1403'), ('15 رمضان'), (''), ('   ')
) AS v(t);

-- one day in two calendars: two mentions of one date, substr() gives the mention
SELECT d, calendar, mention, start_char, char_length,
	substr(doc, start_char, char_length) = mention AS substr_ok
FROM (SELECT '١٥ رمضان ١٤٤٥ هـ الموافق ٢٥ مارس ٢٠٢٤م'::text AS doc) AS x, pt_dates(doc);

-- dates among distracting numbers
SELECT d, calendar, mention, start_char, char_length
FROM pt_dates('به گزارش ایسنا، ساعت ۱۰:۳۰ روز ۱۲ مرداد ۱۴۰۳ حدود ۱۴۰۳ نفر با شماره ۰۲۱-۸۸۷۷۶۶۵۵ تماس گرفتند و جلسه بعدی ۱۴۰۳/۶/۱ است.');
SELECT d, calendar, mention FROM pt_dates('The ministry said on August 2, 2024 that 12 families, 2024 in all, got aid; the next round is on 2 Sept. 2024 at 10:30.');

-- NULL in, NULL out; empty text, no rows
SELECT pt_parse_date(NULL) IS NULL AS parse_null, (SELECT count(*) FROM pt_dates(NULL)) AS rows_null,
	(SELECT count(*) FROM pt_dates('')) AS rows_empty;

-- huge input: a million characters around one date
SELECT d, calendar, start_char, char_length
FROM pt_dates(repeat('x ', 500000) || '۱۲ مرداد ۱۴۰۳' || repeat(' ۱۲', 100000));
SELECT count(*) FROM pt_dates(repeat('۱۲ مرداد ۱۴۰۳ و ', 20000));
SELECT pt_parse_date(repeat('1/', 300000));

-- random mixed scripts: pieces of dates, digits, separators and words in
-- every order; every mention is a substring at its offsets, every date valid
SELECT count(*) AS docs, sum(n) AS mentions, bool_and(ok) AS substr_ok, min(first_d) AS earliest, max(last_d) AS latest
FROM (
	SELECT i, count(p.d) AS n, min(p.d) AS first_d, max(p.d) AS last_d,
		coalesce(bool_and(substr(doc, p.start_char, p.char_length) = p.mention), true) AS ok
	FROM (SELECT i, (SELECT string_agg((ARRAY['۱۲', 'مرداد', '1403', '/', 'مايو', '٢٠٢٤', '،', 'رمضان', '١٤٤٥', 'هـ',
			'August', '2', ',', '2024', '-', '05', '‌', 'ماه', 'x', '١٥', 'ه.ش', '۱۲ مرداد ۱۴۰۳', '15/05/2024',
			'١٥ رمضان ١٤٤٥ هـ', 'Aug. 2, 2024', '۱۴۰۳/۵/۱۲', 'أيار/مايو', 'ساعت ۱۲:۳۰', '۰۲۱-۸۸۷۷۶۶۵۵'])[1 + (i * 31 + j * 17 + j * j) % 29],
			(ARRAY[' ', '', ' ', '  ', '‌'])[1 + (i + j) % 5])
		FROM generate_series(1, 30 + i % 40) AS j) AS doc
		FROM generate_series(1, 300) AS i) AS docs
	LEFT JOIN LATERAL pt_dates(doc) AS p ON true
	GROUP BY i
) AS s;

-- invalid UTF-8 cannot reach the function; ill-formed text in a bytea is refused by convert_from
SELECT pt_parse_date(convert_from('\x3132206d6179203230323420ff'::bytea, 'UTF8'));

-- a non-superuser gets the same answers
CREATE ROLE regress_pt_dates_reader;
SET ROLE regress_pt_dates_reader;
SELECT pt_parse_date('١٥ رمضان ١٤٤٥ هـ'), (SELECT count(*) FROM pt_dates('۱۲ مرداد ۱۴۰۳ و ۲ اوت ۲۰۲۴'));
RESET ROLE;
DROP ROLE regress_pt_dates_reader;
