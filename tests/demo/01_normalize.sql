-- Showcase 1: one searchable form for the many spellings of a word.
\pset null '(null)'
\echo
\echo '#### 1. pt_normalize: spelling variants fold to one form'
\echo 'Each group holds spellings found in the sample articles; "same" says whether'
\echo 'the folded form equals the folded form of the group''s first spelling.'
\set ECHO queries
WITH v(grp, ord, written) AS (VALUES
	('Persian yeh in Arabic text', 1, 'الاجتماعية'),
	('Persian yeh in Arabic text', 2, 'الاجتماعیة'),
	('Egyptian final alef maksura', 1, 'الاجتماعي'),
	('Egyptian final alef maksura', 2, 'الاجتماعى'),
	('hamza on alef', 1, 'الاتحاد الأوروبي'),
	('hamza on alef', 2, 'الاتحاد الاوروبی'),
	('diacritics', 1, 'تم مؤكدا'),
	('diacritics', 2, 'تمّ مؤكّدًا'),
	('tatweel', 1, 'الغذاء'),
	('tatweel', 2, 'الـغـذاء'),
	('digits in three scripts', 1, '2024'),
	('digits in three scripts', 2, '٢٠٢٤'),
	('digits in three scripts', 3, '۲۰۲۴'),
	('Arabic letters in Persian text', 1, 'کودکان ایران'),
	('Arabic letters in Persian text', 2, 'كودكان ايران'),
	('presentation forms', 1, 'لا'),
	('presentation forms', 2, 'ﻻ'),
	('Latin case', 1, 'unicef'),
	('Latin case', 2, 'UNICEF'),
	('Persian ZWNJ', 1, 'پروژه' || chr(8204) || 'های'),
	('Persian ZWNJ', 2, 'پروژه های'),
	('Persian ZWNJ', 3, 'پروژههای'))
SELECT grp AS "variant", written, pt_normalize(written) AS normalized,
	   pt_normalize(written) = first_value(pt_normalize(written))
		   OVER (PARTITION BY grp ORDER BY ord) AS same
FROM v ORDER BY grp, ord;
\set ECHO none
\echo 'ZWNJ becomes a space, so the ZWNJ and space spellings meet; the glued one'
\echo 'is a different string: the text search configuration (section 3) joins all three.'
\echo 'Spellings that differ by a letter (الأوروبي / الأوربي) stay apart: folding'
\echo 'never drops letters; the organization registry (section 4) lists both forms.'
\echo
\echo 'pt_clean keeps letters and diacritics as written and drops only tatweel and invisibles:'
\set ECHO queries
SELECT w AS written, pt_clean(w) AS cleaned, pt_normalize(w) AS normalized
FROM (VALUES ('تمّ الـتـوقيع'), ('ﻻجئ' || chr(8207) || ' UNHCR')) t(w);
\set ECHO none
\echo
\echo 'Counting the articles that mention social protection (الحماية الاجتماعية)'
\echo 'with LIKE on the raw text, and on the normalized text:'
\set ECHO queries
SELECT count(*) FILTER (WHERE body LIKE '%الاجتماعية%') AS raw_like,
	   count(*) FILTER (WHERE pt_normalize(body) LIKE '%' || pt_normalize('الاجتماعية') || '%') AS normalized_like
FROM articles;
\set ECHO none
