-- Hostile input through pt_normalize, pt_clean and pt_lang: every code point
-- alone, random strings mixing Arabic-script letters, marks, invisible
-- characters, presentation forms, other scripts and emoji, empty strings,
-- NULLs, one-letter words, very long words, and a 100 MB value stopped by
-- statement_timeout.  Each query counts the inputs that break a property, so
-- the expected counts are 0 whatever the random draw.  In a database of its
-- own, so that it neither sees nor leaves state for other tests.
CREATE DATABASE pt_hostile TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C';
\set regress_db :DBNAME
\c pt_hostile
CREATE EXTENSION policytext;

-- every Unicode scalar value but NUL, alone
CREATE TEMP TABLE every_cp AS
SELECT cp, chr(cp) AS s
FROM generate_series(1, 1114111) AS cp
WHERE cp NOT BETWEEN 55296 AND 57343;

SELECT count(*) AS code_points,
	count(*) FILTER (WHERE pt_normalize(pt_normalize(s)) <> pt_normalize(s)) AS normalize_not_idempotent,
	count(*) FILTER (WHERE octet_length(pt_normalize(s)) > 11 * octet_length(s)) AS normalize_over_bound,
	count(*) FILTER (WHERE pt_lang(s) NOT IN ('ar', 'fa', 'en')) AS lang_not_a_language
FROM every_cp;

-- pt_clean's NFC step makes this slower: the Arabic blocks, presentation
-- forms, invisible characters and Latin
SELECT count(*) AS code_points,
	count(*) FILTER (WHERE pt_clean(pt_clean(s)) <> pt_clean(s)) AS clean_not_idempotent,
	count(*) FILTER (WHERE octet_length(pt_clean(s)) > 11 * octet_length(s)) AS clean_over_bound,
	count(*) FILTER (WHERE pt_clean(s) ~ '[\u0640\u200D\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u061C]') AS clean_leaves_tatweel_or_bidi
FROM every_cp
WHERE cp < 1424 OR cp BETWEEN 1536 AND 2303 OR cp BETWEEN 8192 AND 8303
	OR cp BETWEEN 64256 AND 65279;

-- the code points whose clean form is not stable, if any
SELECT to_hex(cp) AS cp, pt_clean(s) AS once, pt_clean(pt_clean(s)) AS twice
FROM every_cp
WHERE cp BETWEEN 64336 AND 65279 AND pt_clean(pt_clean(s)) <> pt_clean(s)
ORDER BY cp;

-- what pt_normalize removes or replaces never survives it
SELECT count(*) FILTER (WHERE pt_normalize(s) ~ '[\u064B-\u065F\u0670\u0640\u06D6-\u06DC\u06DF-\u06E4\u06E7\u06E8\u06EA-\u06ED]') AS marks_left,
	count(*) FILTER (WHERE pt_normalize(s) ~ '[\u200C-\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u00AD\u061C]') AS invisible_left,
	count(*) FILTER (WHERE pt_normalize(s) ~ '[\u0622\u0623\u0625\u0671\u0649\u06CC\u06D2\u06A9\u0629\u06C0\u06D5\u06C1\u0624\u0626]') AS variant_letters_left,
	count(*) FILTER (WHERE pt_normalize(s) ~ '[\u0660-\u0669\u06F0-\u06F9A-Z]') AS digits_or_capitals_left
FROM every_cp;

-- the alphabet of the random strings, by class
CREATE TEMP TABLE alphabet (class int, cp int);
INSERT INTO alphabet
SELECT 0, g FROM generate_series(1569, 1610) g				-- Arabic letters
UNION ALL SELECT 1, unnest(ARRAY[1662, 1670, 1688, 1711, 1705, 1740, 1728, 1749, 1729, 1746, 1649, 1609, 1577, 1571, 1573, 1570])
																-- Persian letters and variants
UNION ALL SELECT 2, g FROM generate_series(1611, 1631) g		-- diacritics
UNION ALL SELECT 2, unnest(ARRAY[1648, 1600, 1750, 1755, 1760, 1770, 768, 769, 776, 1620])
																-- superscript alef, tatweel, Quranic marks, Latin marks
UNION ALL SELECT 3, unnest(ARRAY[8203, 8204, 8204, 8204, 8205, 8206, 8207, 8234, 8235, 8236, 8237, 8238,
						8294, 8295, 8296, 8297, 65279, 173, 1564, 847])	-- invisible characters (ZWNJ thrice)
UNION ALL SELECT 4, g FROM generate_series(64336, 64433) g	-- presentation forms A
UNION ALL SELECT 4, g FROM generate_series(65136, 65276) g	-- presentation forms B
UNION ALL SELECT 4, unnest(ARRAY[65010, 65018, 65019, 64606, 64607, 64608, 64609, 64610, 64611])
																-- ligatures
UNION ALL SELECT 5, g FROM generate_series(1632, 1641) g		-- Arabic-Indic digits
UNION ALL SELECT 5, g FROM generate_series(1776, 1785) g		-- Persian digits
UNION ALL SELECT 5, g FROM generate_series(48, 57) g			-- ASCII digits
UNION ALL SELECT 6, g FROM generate_series(65, 90) g			-- Latin
UNION ALL SELECT 6, g FROM generate_series(97, 122) g
UNION ALL SELECT 6, unnest(ARRAY[223, 304, 305, 383, 201, 233, 7838])
UNION ALL SELECT 7, g FROM generate_series(1040, 1103) g		-- other scripts: Cyrillic,
UNION ALL SELECT 7, g FROM generate_series(1488, 1514) g		-- Hebrew,
UNION ALL SELECT 7, g FROM generate_series(2309, 2361) g		-- Devanagari,
UNION ALL SELECT 7, g FROM generate_series(19968, 20000) g	-- Han,
UNION ALL SELECT 7, g FROM generate_series(913, 969) g			-- Greek
UNION ALL SELECT 8, g FROM generate_series(128512, 128591) g	-- emoji
UNION ALL SELECT 8, unnest(ARRAY[128105, 128187, 65039, 127995, 9786, 10084])
UNION ALL SELECT 9, unnest(ARRAY[32, 32, 32, 10, 9, 12288, 160, 1548, 1563, 1567, 171, 187, 46, 44, 8230, 1642]);
														-- white space and punctuation

CREATE TEMP TABLE class_size AS
SELECT class, count(*) AS n FROM alphabet GROUP BY class;
CREATE TEMP TABLE alphabet_ix AS
SELECT class, row_number() OVER (PARTITION BY class ORDER BY cp) AS i, cp FROM alphabet;

-- 3000 random strings of 0 to 80 code points, each drawn from a random class
SELECT setseed(0.2026);
CREATE TEMP TABLE picks AS
SELECT id, pos, floor(random() * 10)::int AS class, random() AS r
FROM generate_series(1, 3000) AS id, generate_series(1, 80) AS pos
WHERE pos <= (id * 7919) % 81;

CREATE TEMP TABLE hostile AS
SELECT id.id, coalesce(string_agg(chr(a.cp), '' ORDER BY p.pos), '') AS s
FROM generate_series(1, 3000) AS id(id)
LEFT JOIN picks p ON p.id = id.id
LEFT JOIN class_size c ON c.class = p.class
LEFT JOIN alphabet_ix a ON a.class = p.class AND a.i = 1 + floor(p.r * c.n)::int
GROUP BY id.id;

SELECT count(*) AS strings,
	count(*) FILTER (WHERE s = '') AS empty_strings,
	count(*) FILTER (WHERE length(s) >= 40) AS long_strings
FROM hostile;

SELECT count(*) FILTER (WHERE pt_normalize(pt_normalize(s)) <> pt_normalize(s)) AS normalize_not_idempotent,
	count(*) FILTER (WHERE pt_clean(pt_clean(s)) <> pt_clean(s)) AS clean_not_idempotent,
	count(*) FILTER (WHERE octet_length(pt_normalize(s)) > 11 * octet_length(s)) AS normalize_over_bound,
	count(*) FILTER (WHERE octet_length(pt_clean(s)) > 11 * octet_length(s)) AS clean_over_bound,
	count(*) FILTER (WHERE convert_from(convert_to(pt_normalize(s), 'UTF8'), 'UTF8') <> pt_normalize(s)
					   OR convert_from(convert_to(pt_clean(s), 'UTF8'), 'UTF8') <> pt_clean(s)) AS invalid_utf8,
	count(*) FILTER (WHERE pt_lang(s) NOT IN ('ar', 'fa', 'en')) AS lang_not_a_language
FROM hostile;

-- folding works word by word: two strings joined by a space fold to their
-- folds joined by a space, and pt_clean commutes with concatenation too
SELECT count(*) FILTER (WHERE pt_normalize(a.s || ' ' || b.s) <> pt_normalize(a.s) || ' ' || pt_normalize(b.s)) AS normalize_not_compositional,
	count(*) FILTER (WHERE pt_clean(a.s || ' ' || b.s) <> pt_clean(a.s) || ' ' || pt_clean(b.s)) AS clean_not_compositional
FROM hostile a JOIN hostile b ON b.id = a.id % 3000 + 1;

-- pt_normalize leaves no mark, invisible character, variant letter, foreign
-- digit or capital in random strings either
SELECT count(*) FILTER (WHERE pt_normalize(s) ~ '[\u064B-\u065F\u0670\u0640]') AS marks_left,
	count(*) FILTER (WHERE pt_normalize(s) ~ '[\u200C-\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u00AD\u061C]') AS invisible_left,
	count(*) FILTER (WHERE pt_normalize(s) ~ '[\u0622\u0623\u0625\u0671\u0649\u06CC\u06A9\u0629\u06C0\u06D5]') AS variant_letters_left,
	count(*) FILTER (WHERE pt_normalize(s) ~ '[\u0660-\u0669\u06F0-\u06F9A-Z]') AS digits_or_capitals_left
FROM hostile;

-- NULL, empty, one-letter words
SELECT pt_normalize(NULL) IS NULL AS normalize_null, pt_clean(NULL) IS NULL AS clean_null,
	pt_lang(NULL) IS NULL AS lang_null;
SELECT pt_normalize('') = '' AS normalize_empty, pt_clean('') = '' AS clean_empty,
	pt_lang('') IS NULL AS lang_empty;
SELECT w, pt_normalize(w) AS normalized, pt_clean(w) AS cleaned, pt_lang(w) AS lang
FROM unnest(ARRAY['و', 'ی', 'ة', 'أ', 'ﻻ', 'a', 'Z', '٣', 'ـ', 'ً', E'\u200C', E'\u200F', '😀', ' ']) AS w;

-- a 5000-letter word and a 2.6 MB text keep every letter
SELECT length(pt_normalize(repeat('أ', 5000))) AS long_word,
	pt_normalize(repeat('أَ', 5000)) = repeat('ا', 5000) AS long_word_folded;
SELECT pt_normalize(repeat('ٱلْحِمَايَةُ الاجتماعيّة ', 100000))
	= repeat(pt_normalize('ٱلْحِمَايَةُ الاجتماعيّة '), 100000) AS long_text_folds_like_its_parts,
	pt_clean(repeat('الـحماية‏ ', 100000)) = repeat('الحماية ', 100000) AS long_text_cleans_like_its_parts,
	pt_lang(repeat('سازمان بهزیستی کشور ', 100000)) AS long_text_lang;

-- a 100 MB value: a 200 ms statement_timeout stops the calls
SET statement_timeout = '200ms';
SELECT octet_length(pt_normalize(repeat(repeat('يُ', 1048576), 25) || g)) FROM generate_series(1, 20) g;
SELECT octet_length(pt_clean(repeat(repeat('يُ', 1048576), 25) || g)) FROM generate_series(1, 20) g;
SELECT pt_lang(repeat(repeat('يُ', 1048576), 25) || g) FROM generate_series(1, 20) g;
RESET statement_timeout;
SELECT pt_normalize('بعد المهلة') AS after_timeout;

\c :regress_db
DROP DATABASE pt_hostile;
