-- the policytext configurations: lexemes, the three Persian spellings,
-- phrase queries, headlines, websearch, letters that meet, numbers
SET client_min_messages = warning;
RESET client_min_messages;

-- every token of a mixed sentence with its dictionary and lexemes
SELECT alias, token, dictionary, lexemes
FROM ts_debug('policytext', 'أطلقت وزارة التضامن والحماية الاجتماعية مع UNICEF برنامجاً للأسر في ۱۴۰۳')
WHERE alias <> 'blank';
SELECT alias, token, dictionary, lexemes
FROM ts_debug('policytext', 'سازمان بهزیستی کمک‌های نقدی را به خانواده‌ها پرداخت می‌کند')
WHERE alias <> 'blank';

-- Arabic: attached conjunction, article and preposition meet the bare word
SELECT to_tsvector('policytext', 'والحماية') @@ to_tsquery('policytext', 'الحماية') AS wa_al,
	   to_tsvector('policytext', 'بالحماية') @@ to_tsquery('policytext', 'حماية') AS bi_al,
	   to_tsvector('policytext', 'للحماية') @@ to_tsquery('policytext', 'الحماية') AS lil,
	   to_tsvector('policytext', 'الرعاية') @@ to_tsquery('policytext', 'الحماية') AS other_word;

-- Persian and Arabic yeh and kaf meet: a Persian word typed on an Arabic
-- keyboard finds its Persian spelling and back, in documents and queries
SELECT fa, ar,
	   to_tsvector('policytext', fa) @@ plainto_tsquery('policytext', ar) AS persian_doc_arabic_query,
	   to_tsvector('policytext', ar) @@ plainto_tsquery('policytext', fa) AS arabic_doc_persian_query
FROM (VALUES ('کمک', 'كمك'), ('یارانه', 'يارانه'), ('کودکان', 'كودكان'),
			 ('خانواده‌های', 'خانواده‌هاي'), ('بیمه', 'بيمه'), ('کارگری', 'كارگري')) AS v(fa, ar);
-- and Arabic words keep their Arabic stems whichever yeh they are typed with
SELECT ar, to_tsvector('policytext', ar) AS arabic_yeh, to_tsvector('policytext', fa) AS persian_yeh
FROM (VALUES ('الرعاية الصحية', 'الرعایة الصحیة'), ('تكافل وكرامة', 'تکافل وکرامة')) AS v(ar, fa);

-- words that only look like plurals stay whole; PostgreSQL's arabic
-- configuration for comparison
SELECT w, to_tsvector('policytext', w) AS policytext, to_tsvector('arabic', w) AS arabic
FROM unnest(ARRAY['سازمان', 'ایران', 'تهران']) AS w;

-- the three spellings of a Persian word give the same tsvector
SELECT to_tsvector('policytext', E'پروژه\u200Cهای عمرانی') AS zwnj,
	   to_tsvector('policytext', 'پروژه های عمرانی') AS space,
	   to_tsvector('policytext', 'پروژههای عمرانی') AS glued;
SELECT to_tsvector('policytext', E'پروژه\u200Cهای عمرانی') = to_tsvector('policytext', 'پروژه های عمرانی')
	   AND to_tsvector('policytext', 'پروژه های عمرانی') = to_tsvector('policytext', 'پروژههای عمرانی')
	   AS three_equal;
SELECT to_tsvector('policytext', E'آنها نمی\u200Cتوانند بیایند') = to_tsvector('policytext', 'آنها نمی توانند بیایند')
	   AND to_tsvector('policytext', 'آنها نمی توانند بیایند') = to_tsvector('policytext', 'آنها نمیتوانند بیایند')
	   AS prefix_three_equal;
-- alone (a one-word query) the glued spelling has no context and gets both
-- stems, one of them the Persian stem of the other spellings
SELECT to_tsvector('policytext', 'نمیتوانند') AS glued_alone, to_tsvector('policytext', 'نمی توانند') AS space_alone;

-- typed on an Arabic keyboard (Arabic yeh), the space spelling still
-- meets the ZWNJ spelling: a joined token is Persian
SELECT to_tsvector('policytext', 'برنامه هاي دولت') = to_tsvector('policytext', E'برنامه\u200Cهای دولت') AS arabic_yeh_joined;

-- a query written each way finds all three documents
CREATE TEMP TABLE spellings (id int, body text);
INSERT INTO spellings VALUES
	(1, E'شهرداری پروژه\u200Cهای عمرانی تازه را آغاز کرد'),
	(2, 'شهرداری پروژه های عمرانی تازه را آغاز کرد'),
	(3, 'شهرداری پروژههای عمرانی تازه را آغاز کرد'),
	(4, 'شهرداری طرح تازه را آغاز کرد');
SELECT q.spelling, q.kind, array_agg(s.id ORDER BY s.id) AS found
FROM (VALUES
		('zwnj', 'plain', plainto_tsquery('policytext', E'پروژه\u200Cهای')),
		('space', 'plain', plainto_tsquery('policytext', 'پروژه های')),
		('glued', 'plain', plainto_tsquery('policytext', 'پروژههای')),
		('zwnj', 'websearch', websearch_to_tsquery('policytext', E'پروژه\u200Cهای')),
		('space', 'websearch', websearch_to_tsquery('policytext', 'پروژه های')),
		('glued', 'websearch', websearch_to_tsquery('policytext', 'پروژههای')),
		('zwnj', 'tsquery', to_tsquery('policytext', E'پروژه\u200Cهای')),
		('space', 'tsquery', to_tsquery('policytext', 'پروژه <-> های')),
		('glued', 'tsquery', to_tsquery('policytext', 'پروژههای'))) AS q(spelling, kind, query)
LEFT JOIN spellings AS s ON to_tsvector('policytext', s.body) @@ q.query
GROUP BY q.spelling, q.kind
ORDER BY q.kind, q.spelling;

-- phrase queries across the joined token: positions agree in all spellings
SELECT s.id,
	   to_tsvector('policytext', s.body) @@ phraseto_tsquery('policytext', 'پروژه های عمرانی تازه') AS phrase_space,
	   to_tsvector('policytext', s.body) @@ phraseto_tsquery('policytext', E'پروژه\u200Cهای عمرانی') AS phrase_zwnj,
	   to_tsvector('policytext', s.body) @@ phraseto_tsquery('policytext', 'شهرداری پروژههای') AS phrase_glued,
	   to_tsvector('policytext', s.body) @@ phraseto_tsquery('policytext', 'شهرداری عمرانی') AS not_adjacent
FROM spellings AS s ORDER BY s.id;
SELECT to_tsvector('policytext', E'دولت می\u200Cخواهد یارانه بدهد') @@ phraseto_tsquery('policytext', 'می خواهد یارانه') AS verb_zwnj,
	   to_tsvector('policytext', 'دولت می خواهد یارانه بدهد') @@ phraseto_tsquery('policytext', 'دولت میخواهد') AS verb_space,
	   to_tsvector('policytext', 'دولت میخواهد یارانه بدهد') @@ phraseto_tsquery('policytext', E'می\u200Cخواهد یارانه') AS verb_glued;

-- ts_headline highlights whole original words, with their marks
SELECT ts_headline('policytext', 'أعلنت الوزارةُ توسيعَ برنامجِ الحمايةِ الاجتماعيةِ',
				   to_tsquery('policytext', 'الحماية & برنامج'));
SELECT ts_headline('policytext', 'وزارة الحمـــاية تدعم الأسر',
				   to_tsquery('policytext', 'الحماية'));
SELECT ts_headline('policytext', 'شهرداری پروژه های عمرانی را آغاز کرد',
				   to_tsquery('policytext', E'پروژه\u200Cها'));
SELECT ts_headline('policytext', E'شهرداری پروژه\u200Cهای عمرانی را آغاز کرد',
				   phraseto_tsquery('policytext', 'پروژه های عمرانی'),
				   'StartSel=<<, StopSel=>>');

-- fragments mode of the headline, over a longer mixed text
SELECT ts_headline('policytext',
	'أعلنت الوزارة أن برنامج الدعم النقدي سيشمل عشرة آلاف أسرة إضافية هذا العام. '
	|| 'وقال المتحدث إن الأسر في المناطق الريفية ستحصل على الدعم أولاً. '
	|| 'UNICEF will monitor the cash transfers with the ministry.',
	websearch_to_tsquery('policytext', 'الدعم UNICEF'),
	'MaxFragments=2, MaxWords=6, MinWords=3, StartSel=[, StopSel=]');

-- ranking: the document that repeats the word ranks higher
SELECT id, round(ts_rank(to_tsvector('policytext', body), plainto_tsquery('policytext', 'الحماية'))::numeric, 4) AS rank
FROM (VALUES (1, 'الحماية الاجتماعية والحماية الصحية'), (2, 'برنامج الحماية'), (3, 'برنامج الغذاء')) AS v(id, body)
ORDER BY rank DESC, id;

-- websearch syntax: words, quoted phrase, OR, negation
CREATE TEMP TABLE news (id int, body text);
INSERT INTO news VALUES
	(1, 'وزارة التضامن والحماية الاجتماعية توسّع برنامج الدعم النقدي'),
	(2, 'برنامج الأغذية العالمي يقدم الدعم الغذائي للأسر في المناطق الريفية'),
	(3, 'UNICEF and the ministry expand cash transfers for families'),
	(4, 'سازمان بهزیستی برنامه های حمایتی جدیدی را اجرا می کند'),
	(5, E'یونیسف و وزارت رفاه کمک\u200Cهای نقدی را افزایش دادند');
SELECT q, array_agg(id ORDER BY id) AS found
FROM (VALUES ('الحماية الاجتماعية'),
			 ('"الدعم النقدي"'),
			 ('الدعم -الغذائي'),
			 ('UNICEF or یونیسف'),
			 ('"برنامه های حمایتی"'),
			 ('کمک نقدی'),
			 ('transfer family')) AS v(q)
LEFT JOIN news ON to_tsvector('policytext', body) @@ websearch_to_tsquery('policytext', q)
GROUP BY q ORDER BY q;

-- Latin words: english_stem, case folded the same in every locale
SELECT to_tsvector('policytext', 'Transfers TRANSFERRED Ministère MINISTÈRE');

-- numbers: three digit scripts meet, separators made ASCII
SELECT to_tsvector('policytext', '۱۴۰۳ ١٤٠٣ 1403') AS three_scripts,
	   to_tsvector('policytext', '۲٫۵ 2.5 ١٢٬٥٠٠') AS separators,
	   to_tsvector('policytext', 'COVID19 Ωμέγα') AS other;

-- stop words go, and a lone bound morpheme has no lexeme; a word takes the
-- stop words of the language its context gives it (here Persian: في,
-- an Arabic stop word, stays)
SELECT to_tsvector('policytext', 'في من') AS arabic, to_tsvector('policytext', 'از که و') AS persian,
	   to_tsvector('policytext', 'في من از که و') AS persian_context;
SELECT to_tsvector('policytext', 'ها های ترین می نمی');
SELECT to_tsvector('policytext_arabic', 'ها');

-- NULL and empty input
SELECT to_tsvector('policytext', NULL::text) IS NULL AS null_in_null_out,
	   to_tsvector('policytext', '') AS empty,
	   plainto_tsquery('policytext', '') AS empty_query;
