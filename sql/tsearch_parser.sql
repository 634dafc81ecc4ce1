-- policytext_parser: token types, splitting, numbers, the Persian joining rule
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS policytext;
RESET client_min_messages;

-- the catalog paths: token types, and a parser that ts_debug can use
SELECT * FROM ts_token_type('policytext_parser');
SELECT prsname, prsheadline FROM pg_ts_parser WHERE prsname = 'policytext_parser';

-- tokens of a mixed Arabic, English and number sentence
SELECT alias, '[' || token || ']' AS token
FROM ts_debug('policytext', 'وقّعت الوزارة مع UNICEF اتفاقاً بقيمة 12,500.75 دولار لعام ٢٠٢٥');

-- Latin words: ASCII, non-ASCII, with digits; hyphen and apostrophe split
SELECT alias, '[' || token || ']' AS token
FROM ts_debug('policytext', 'Ministère covid19 WFP''s cash-transfer');

-- Arabic punctuation splits: comma, semicolon, question mark, guillemets
SELECT alias, '[' || token || ']' AS token
FROM ts_parse('policytext_parser', 'الدعم،النقدي؛ متى يصل؟ «تكافل وكرامة»') AS p
JOIN ts_token_type('policytext_parser') AS t ON t.tokid = p.tokid;

-- never a split inside a word at diacritics, tatweel, bidi marks, ZWJ or
-- presentation forms: each of these is one token
SELECT alias, char_length(token) AS chars, pt_normalize(token) AS folded
FROM ts_debug('policytext', E'المُساعَدات الحمـــاية ال\u200Fدعم ال\u200Dدعم ﺍﻟﺤﻤﺎﻳﺔ')
WHERE alias <> 'blank';

-- ZWNJ between letters stays inside the word; at the edges it is kept by the
-- word before it or falls into the blank
SELECT alias, char_length(token) AS chars, pt_normalize(token) AS folded
FROM ts_debug('policytext', E'می\u200Cشود خانه\u200C \u200Cها');

-- numbers in three digit scripts, with and without separators
SELECT alias, '[' || token || ']' AS token
FROM ts_debug('policytext', '۱۴۰۳ ١٤٠٣ 1403 ۲٫۵ ٣٬٠٠٠ 1.5kg 2025.')
WHERE alias <> 'blank';

-- the three spellings of a Persian plural: one token each, same position
SELECT alias, '[' || token || ']' AS token
FROM ts_debug('policytext', E'پروژه\u200Cهای پروژه های پروژههای')
WHERE alias <> 'blank';

-- joining: verbal prefixes with Persian yeh, plural, possessive, comparative
SELECT alias, '[' || token || ']' AS token
FROM ts_debug('policytext', 'دولت می خواهد برنامه هایش را بزرگ ترین طرح کند و نمی تواند صبر کند')
WHERE alias <> 'blank';

-- not joined: Arabic مي (a name), two spaces, punctuation, a line break,
-- a word that only starts like a suffix
SELECT alias, '[' || token || ']' AS token
FROM ts_debug('policytext', E'قالت مي زيادة كتاب  ها کتاب، ها کتاب\nها کتاب هاشمی')
WHERE alias <> 'blank';

-- every byte belongs to one token: the tokens put back together are the text
SELECT string_agg(token, '' ORDER BY ord) = t AS reassembled
FROM (VALUES (E'\u200Fبرنامه‌ها ، «حمایت»؛ UNICEF 2025!\t\u0640\u064B ۱۲٫۵')) AS v(t),
	 LATERAL ts_parse('policytext_parser', t) WITH ORDINALITY AS p(tokid, token, ord)
GROUP BY t;

-- NULL, empty, only blanks
SELECT count(*) FROM ts_parse('policytext_parser', NULL::text);
SELECT count(*) FROM ts_parse('policytext_parser', '');
SELECT alias, char_length(token) FROM ts_debug('policytext', E' \u200F\u0640،');

-- a word of 3000 letters (6000 bytes) is one token; PostgreSQL skips it with
-- a notice and indexes the words around it
SELECT alias, octet_length(token) FROM ts_debug('policytext', repeat('ب', 3000));
SELECT to_tsvector('policytext', 'UNICEF ' || repeat('ب', 3000) || ' WFP');
-- 100,000 letters: cut into tokens of at most 65535 bytes
SELECT count(*), max(octet_length(token)), sum(octet_length(token))
FROM ts_parse('policytext_parser', repeat('ب', 100000));
-- 5000 spaces: blank tokens short enough to raise no notice
SELECT count(*), max(octet_length(token))
FROM ts_parse('policytext_parser', 'a' || repeat(' ', 5000) || 'b');

