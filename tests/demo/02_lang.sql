-- Showcase 2: the language of each article, from its letters and function words.
\pset null '(null)'
\echo
\echo '#### 2. pt_lang: the dominant language of each article'
\set ECHO queries
SELECT id, lang AS declared, pt_lang(body) AS detected, published, left(title, 55) AS title
FROM articles ORDER BY id;
SELECT lang AS declared, count(*) AS articles,
	   count(*) FILTER (WHERE pt_lang(body) = lang) AS detected_right
FROM articles GROUP BY lang ORDER BY lang;
\set ECHO none
\echo 'Persian letters typed into Arabic text, and Arabic letters in Persian text,'
\echo 'do not change the verdict:'
\set ECHO queries
SELECT t AS text, pt_lang(t) AS detected
FROM (VALUES ('وقعت وزارة التضامن الاجتماعی اتفاقية مع البرنامج'),
			 ('سازمان بيمه سلامت اعلام كرد كه پوشش بيمه گسترش مي يابد'),
			 ('The ministry signed an agreement with UNICEF'),
			 ('2024 - ۱۴۰۳')) v(t);
\set ECHO none
