-- dictionary templates pt_stem and pt_fold: options, lexize, edge cases
SET client_min_messages = warning;
RESET client_min_messages;

-- the objects CREATE EXTENSION made
SELECT dictname, dictinitoption FROM pg_ts_dict
WHERE dictname LIKE 'policytext%' ORDER BY dictname;
SELECT cfgname, alias, array_agg(mapdict::regdictionary::text ORDER BY mapseqno) AS dictionaries
FROM pg_ts_config c
JOIN pg_ts_config_map m ON m.mapcfg = c.oid
JOIN ts_token_type('policytext_parser') t ON t.tokid = m.maptokentype
WHERE cfgname LIKE 'policytext%'
GROUP BY cfgname, alias ORDER BY cfgname, alias;

-- one word through each dictionary
SELECT d, ts_lexize(d::regdictionary, 'والمؤسسات') AS arabic_word,
	   ts_lexize(d::regdictionary, 'نمایندگان') AS persian_word
FROM unnest(ARRAY['policytext_stem', 'policytext_arabic_stem', 'policytext_persian_stem']) AS d;

-- folding happens before stemming: marks, tatweel, letter variants
SELECT ts_lexize('policytext_stem', 'الحمـــايةُ') = ts_lexize('policytext_stem', 'الحماية') AS marks_tatweel,
	   ts_lexize('policytext_stem', 'ﺍﻟﺤﻤﺎﻳﺔ') = ts_lexize('policytext_stem', 'الحماية') AS presentation_forms,
	   ts_lexize('policytext_stem', E'الحم\u200Fاية') = ts_lexize('policytext_stem', 'الحماية') AS bidi_mark;

-- stop words: an empty array; with StopWords = false the word is stemmed
CREATE TEXT SEARCH DICTIONARY pt_nostop (TEMPLATE = pt_stem, Language = 'arabic', StopWords = false);
SELECT ts_lexize('policytext_arabic_stem', 'في') AS with_stop,
	   ts_lexize('pt_nostop', 'في') AS without_stop;
CREATE TEXT SEARCH DICTIONARY pt_defaults (TEMPLATE = pt_stem);
SELECT ts_lexize('pt_defaults', 'کمک') = ts_lexize('policytext_stem', 'کمک') AS defaults_are_auto;

-- lone bound morphemes: no lexeme under persian and auto, a word under arabic
SELECT ts_lexize('policytext_stem', 'های') AS auto_suffix,
	   ts_lexize('policytext_persian_stem', 'می') AS persian_prefix,
	   ts_lexize('policytext_arabic_stem', 'ها') AS arabic_ha;
-- مي with Arabic yeh is the name Mai in Arabic, and the Persian prefix typed
-- on an Arabic keyboard: the Arabic dictionary keeps it, auto drops it as a
-- Persian stop word (an undecided word is dropped when either list has it)
SELECT ts_lexize('policytext_arabic_stem', 'مي') AS arabic,
	   ts_lexize('policytext_stem', 'مي') AS auto;

-- pt_fold: digits to ASCII, separators, case; as a filter it hands on
SELECT ts_lexize('policytext_fold', '۱۲٬۵۰۰٫۷۵') AS number,
	   ts_lexize('policytext_fold', 'ΑΘΗΝΑ') AS greek,
	   ts_lexize('policytext_latin_fold', 'ÉTAT') AS filter;
CREATE TEXT SEARCH DICTIONARY pt_fold_plain (TEMPLATE = pt_fold, Filter = false);
SELECT ts_lexize('pt_fold_plain', 'ÉTAT');

-- empty and very long tokens: no lexeme, no error
SELECT ts_lexize('policytext_stem', '') AS empty_stem,
	   ts_lexize('policytext_fold', '') AS empty_fold;
SELECT ts_lexize('policytext_stem', repeat('ب', 1100)) AS over_limit,
	   octet_length(array_to_string(ts_lexize('policytext_stem', repeat('ب', 200)), '')) AS unstemmed_long;
-- U+FDFA folds to 33 bytes: a 3-byte token that would exceed the limit
SELECT ts_lexize('policytext_fold', repeat(U&'\FDFA', 100)) AS expands_over_limit;

-- the lexize cache only remembers: no cache, a one-slot cache (every token
-- evicts the last) and the default cache give the same vectors, on a text
-- whose words repeat (stop words, two-stem words, joined tokens, long words)
CREATE TEXT SEARCH DICTIONARY pt_nocache (TEMPLATE = pt_stem, CacheSize = 0);
CREATE TEXT SEARCH DICTIONARY pt_onecache (TEMPLATE = pt_stem, CacheSize = 1);
CREATE TEXT SEARCH CONFIGURATION pt_nocache_cfg (COPY = policytext);
ALTER TEXT SEARCH CONFIGURATION pt_nocache_cfg ALTER MAPPING FOR arabicword, arword, faword WITH pt_nocache;
CREATE TEXT SEARCH CONFIGURATION pt_onecache_cfg (COPY = policytext);
ALTER TEXT SEARCH CONFIGURATION pt_onecache_cfg ALTER MAPPING FOR arabicword, arword, faword WITH pt_onecache;
-- every Arabic-script word through the auto dictionary (with its cache)
CREATE TEXT SEARCH CONFIGURATION pt_auto_cfg (COPY = policytext);
ALTER TEXT SEARCH CONFIGURATION pt_auto_cfg ALTER MAPPING FOR arabicword, arword, faword WITH policytext_stem;
SELECT to_tsvector('pt_nocache_cfg', t) = to_tsvector('pt_auto_cfg', t) AS no_cache_same,
	   to_tsvector('pt_onecache_cfg', t) = to_tsvector('pt_auto_cfg', t) AS one_slot_same,
	   to_tsvector('pt_auto_cfg', t) = to_tsvector('pt_auto_cfg', t) AS second_pass_same,
	   length(to_tsvector('pt_auto_cfg', t)) AS lexemes
FROM (SELECT string_agg(s, ' ') AS t
	  FROM (SELECT unnest(ARRAY['في', 'الحماية', 'والحماية', 'برنامه های', 'خانواده', 'اسر',
								'ﺍﻟﺤﻤﺎﻳﺔ', repeat('ت', 30), 'می شود', 'من']) AS s,
				   generate_series(1, 3)) AS w) AS v;
DROP TEXT SEARCH CONFIGURATION pt_nocache_cfg, pt_onecache_cfg, pt_auto_cfg;
DROP TEXT SEARCH DICTIONARY pt_nocache, pt_onecache;

-- bad options: clear errors
CREATE TEXT SEARCH DICTIONARY pt_bad (TEMPLATE = pt_stem, Language = 'klingon');
CREATE TEXT SEARCH DICTIONARY pt_bad (TEMPLATE = pt_stem, Stemmer = 'light');
CREATE TEXT SEARCH DICTIONARY pt_bad (TEMPLATE = pt_stem, StopWords = 'sometimes');
CREATE TEXT SEARCH DICTIONARY pt_bad (TEMPLATE = pt_stem, StopWords = '');
CREATE TEXT SEARCH DICTIONARY pt_bad (TEMPLATE = pt_stem, Language = 'arabic', Language = 'persian');
CREATE TEXT SEARCH DICTIONARY pt_bad (TEMPLATE = pt_stem, CacheSize = -1);
CREATE TEXT SEARCH DICTIONARY pt_bad (TEMPLATE = pt_stem, CacheSize = 'many');
CREATE TEXT SEARCH DICTIONARY pt_bad (TEMPLATE = pt_fold, Language = 'arabic');
ALTER TEXT SEARCH DICTIONARY pt_nostop (Language = 'urdu');

DROP TEXT SEARCH DICTIONARY pt_nostop, pt_defaults, pt_fold_plain;

-- StopWords names a file of tsearch_data, as PostgreSQL's own templates do:
-- its words (folded like tokens) replace the built-in lists; english.stop
-- ships with every PostgreSQL
CREATE TEXT SEARCH DICTIONARY pt_file_stop (TEMPLATE = pt_stem, Language = 'persian', StopWords = 'english');
SELECT w, ts_lexize('pt_file_stop', w) AS file_list, ts_lexize('policytext_persian_stem', w) AS builtin
FROM unnest(ARRAY['the', 'THE', 'سازمان', 'در', 'را']) AS w;
CREATE TEXT SEARCH DICTIONARY pt_no_stop (TEMPLATE = pt_stem, Language = 'persian', StopWords = off);
SELECT ts_lexize('pt_no_stop', 'در') AS no_list;
DROP TEXT SEARCH DICTIONARY pt_file_stop, pt_no_stop;
