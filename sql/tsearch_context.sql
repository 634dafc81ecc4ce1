-- Language from context: the parser decides the language of every
-- Arabic-script word from its letters and its sentence, paragraph and
-- document (token types arword and faword), and leaves undecided
-- (arabicword) only a word no context decides, such as a one-word query.
-- All sentences are written for this test.

-- a Persian article: words of shared letters get the Persian stem only
SELECT alias, token, lexemes
FROM ts_debug('policytext', 'دولت برنامه توسعه را با همکاری سازمان‌ها دنبال می‌کند. دولتها در این مسیر هستند.')
WHERE alias <> 'blank';
SELECT to_tsvector('policytext', 'دولتها توسعه را دنبال کردند') AS persian_article,
	   to_tsvector('policytext_persian', 'دولتها توسعه را دنبال کردند') AS persian_config;

-- an Arabic article: the Arabic stem only
SELECT alias, token, lexemes
FROM ts_debug('policytext', 'قالت الوزارة إن برنامج التنمية يشمل الأسر في المدن والقرى.')
WHERE alias <> 'blank';
SELECT to_tsvector('policytext', 'قالت الوزارة إن برنامج التنمية يشمل الأسر') =
	   to_tsvector('policytext_arabic', 'قالت الوزارة إن برنامج التنمية يشمل الأسر') AS same_as_arabic_config;

-- a mixed article: each paragraph (and sentence) its own language; the
-- same shared-letter word (برنامج) gets each language's stem
SELECT alias, token, lexemes
FROM ts_debug('policytext', E'برنامج توسعه در استان اجرا شد.\nوقالت الحكومة إن برنامج التنمية مستمر.')
WHERE alias IN ('arword', 'faword', 'arabicword');

-- a word's own decisive letters win over its context
SELECT alias, token
FROM ts_debug('policytext', 'در این شهر الحماية است و في المدينة گزارش')
WHERE alias <> 'blank';

-- one-word queries (no context): undecided, both stems OR-ed, so they find
-- the documents of both languages
CREATE TABLE ctx_docs (id int, body text);
INSERT INTO ctx_docs VALUES
	(1, 'دولتها برنامه توسعه را در استان‌ها دنبال می‌کنند.'),
	(2, 'قالت الحكومة إن الدولتها تدعم برنامج التنمية في المحافظات.'),
	(3, 'تسعى الدول العربية إلى توسعة التعاون في التنمية.'),
	(4, 'كشورهاي منطقه براي توسعه همكاري مي كنند و مي خواهند برنامه ها را ادامه دهند.'),
	(5, 'Social protection programmes expand.');
SELECT q, to_tsquery('policytext', q) AS query,
	   array(SELECT id FROM ctx_docs WHERE to_tsvector('policytext', body) @@ to_tsquery('policytext', q) ORDER BY id) AS found
FROM unnest(ARRAY['دولتها', 'برنامه', 'برنامج', 'توسعه', 'التنمية', 'همکاری', 'همكاري', 'کشورهای']) AS q;
-- plainto_tsquery of a whole Persian phrase: the phrase is its own context
SELECT plainto_tsquery('policytext', 'همکاری برای توسعه') AS persian_phrase,
	   array(SELECT id FROM ctx_docs WHERE to_tsvector('policytext', body) @@ plainto_tsquery('policytext', 'همکاری برای توسعه') ORDER BY id) AS found;
-- phrase queries keep working, in both languages
SELECT array(SELECT id FROM ctx_docs WHERE to_tsvector('policytext', body) @@ phraseto_tsquery('policytext', 'برنامه توسعه') ORDER BY id) AS persian_phrase,
	   array(SELECT id FROM ctx_docs WHERE to_tsvector('policytext', body) @@ phraseto_tsquery('policytext', 'برنامج التنمية') ORDER BY id) AS arabic_phrase,
	   array(SELECT id FROM ctx_docs WHERE to_tsvector('policytext', body) @@ websearch_to_tsquery('policytext', '"تدعم برنامج"') ORDER BY id) AS websearch_phrase;

-- the Arabic-keyboard Persian article (Arabic yeh and kaf): Persian stems;
-- مي + space + verb gives the lexeme of می‌خورد
SELECT alias, token, lexemes
FROM ts_debug('policytext', 'كودكان در مدرسه غذا مي خورند و كتاب هاي تازه مي خوانند.')
WHERE alias <> 'blank';
SELECT to_tsvector('policytext', 'كودكان در مدرسه غذا مي خورند') =
	   to_tsvector('policytext', 'کودکان در مدرسه غذا می‌خورند') AS arabic_keyboard_same,
	   to_tsvector('policytext', 'کودکان در مدرسه غذا می‌خورند') AS persian_keyboard;
-- inside an Arabic article, Persian ی and ک change nothing, and مي is a name
SELECT to_tsvector('policytext', 'قالت مي إن الوزارة تدعم المستشفیات فی المدن') =
	   to_tsvector('policytext', 'قالت مي إن الوزارة تدعم المستشفيات في المدن') AS persian_letters_in_arabic;

-- invisible marks (RLM, LRM, ZWJ) inside a word change neither its language
-- nor its stem
SELECT w, to_tsvector('policytext', w) AS alone, to_tsvector('policytext', 'في ' || w) AS in_arabic,
	   to_tsvector('policytext', 'در ' || w || ' است') AS in_persian
FROM unnest(ARRAY[E'الحماية', E'ا\u200Fلحماية', E'ال\u200Eحماية', E'الح\u200Dماية',
				  E'گزارش', E'گ\u200Fزارش']) AS w;

-- a word opening with the bare article follows a Persian sentence (a
-- Persian word of Arabic origin keeps its ال), stays Arabic in an Arabic
-- one, and alone (a one-word query) gets both stems, so it finds both
SELECT alias, token, lexemes FROM ts_debug('policytext', 'او برای کمک التماس کرد') WHERE token = 'التماس';
SELECT alias, token, lexemes FROM ts_debug('policytext', 'قال الوزير في المؤتمر') WHERE token = 'المؤتمر';
SELECT alias, token, lexemes FROM ts_debug('policytext', 'التماس');
SELECT to_tsvector('policytext', 'او برای کمک التماس کرد') @@ to_tsquery('policytext', 'التماس') AS persian_found,
	   to_tsvector('policytext', 'قال إنه في حالة التماس مع المصابين') @@ to_tsquery('policytext', 'التماس') AS arabic_found;

-- bad and hostile input
SELECT to_tsvector('policytext', NULL::text) IS NULL AS null_in,
	   to_tsvector('policytext', '') AS empty,
	   to_tsvector('policytext', ' ') AS blank,
	   length(to_tsvector('policytext', repeat('سازمان دولت ', 100000))) AS long_lexemes,
	   length(to_tsvector('policytext', repeat('x', 3000) || ' سازمان')) AS long_word;
SELECT count(*) AS random_ok
FROM (SELECT to_tsvector('policytext', string_agg(chr(CASE WHEN r < 0.4 THEN 1569 + (r * 1000)::int % 90
															WHEN r < 0.5 THEN 1740 + (r * 1000)::int % 30
															WHEN r < 0.7 THEN 32 ELSE 40 + (r * 1000)::int % 8000 END), ''))
	  FROM (SELECT g, (abs(hashint4(g * 7 + k)) % 1000) / 1000.0 AS r
			FROM generate_series(1, 200) g, generate_series(1, 50) k) s
	  GROUP BY g % 50) t;

-- the same as a role without privileges
CREATE ROLE pt_ctx_reader;
GRANT SELECT ON ctx_docs TO pt_ctx_reader;
SET ROLE pt_ctx_reader;
SELECT array(SELECT id FROM ctx_docs WHERE to_tsvector('policytext', body) @@ to_tsquery('policytext', 'توسعه') ORDER BY id) AS found_as_reader;
SELECT alias, token FROM ts_debug('policytext', 'مي خورند در خانه') WHERE alias <> 'blank';
RESET ROLE;
DROP TABLE ctx_docs;
DROP ROLE pt_ctx_reader;
