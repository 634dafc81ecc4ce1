-- Golden outputs: the values that indexes and stored generated columns keep.
-- pt_normalize of every code point, the tsvectors of the sample articles in
-- each policytext configuration, name keys of a fixed list and the mention
-- index keys of fixed sentences.  Any change here changes what is stored:
-- it must be on purpose, in a new release, with a CHANGELOG line naming what
-- to REINDEX.  (Expected output: expected/golden.out.)

-- pt_normalize over every code point but the surrogates, one digest per
-- block of 4096 code points (a change shows which block)
SELECT to_hex(c / 4096 * 4096) AS block,
	   md5(string_agg(coalesce(policytext_norm, '<null>'), E'\n' ORDER BY c)) AS digest
FROM (SELECT c, pt_normalize(chr(c)) AS policytext_norm
	  FROM generate_series(1, 1114111) AS c
	  WHERE c NOT BETWEEN 55296 AND 57343) s
GROUP BY c / 4096 ORDER BY c / 4096;

-- the sample articles (tests/data/articles), loaded by the project's loader
\set QUIET on
\set ECHO none
\! python3 tests/data/load_articles.py > results/golden_articles.sql
\i results/golden_articles.sql
\set ECHO all
\set QUIET off
SELECT count(*) AS articles FROM articles;

SELECT a.id, c.cfg, length(to_tsvector(c.cfg::regconfig, a.body)) AS lexemes,
	   md5(to_tsvector(c.cfg::regconfig, a.body)::text) AS tsvector_md5
FROM articles a,
	 (VALUES ('policytext'), ('policytext_arabic'), ('policytext_persian')) AS c(cfg)
ORDER BY a.id, c.cfg;

SELECT a.id, md5(pt_normalize(a.body)) AS normalized_md5,
	   cardinality(pt_mention_keys(a.body)) AS mention_keys,
	   md5(pt_mention_keys(a.body)::text) AS mention_keys_md5
FROM articles a ORDER BY a.id;
DROP TABLE articles;

-- name keys of a fixed list of names (the project's own list)
SELECT n, pt_name_key(n) AS key
FROM (VALUES
	('وزارة التضامن الاجتماعي'), ('وزارة التضامن الاجتماعى'), ('وزارة الشؤون الاجتماعية والعمل'),
	('وزارة الصحة والسكان'), ('المجلس القومي للمرأة'), ('صندوق التنمية الاجتماعية'),
	('الهيئة العامة للتأمينات الاجتماعية'), ('مؤسسة الضمان الاجتماعي'), ('بنك ناصر الاجتماعي'),
	('وزارت تعاون، کار و رفاه اجتماعی'), ('وزارت تعاون کار و رفاه اجتماعي'), ('سازمان بهزیستی کشور'),
	('سازمان تأمین اجتماعی'), ('کمیته امداد امام خمینی'), ('صندوق بازنشستگی کشوری'),
	('بنیاد مستضعفان'), ('سازمان هدفمندسازی یارانه‌ها'), ('وزارت بهداشت، درمان و آموزش پزشکی'),
	('Ministry of Social Affairs'), ('social affairs ministry'), ('Ministry of Social Solidarity'),
	('National Council for Women'), ('Social Fund for Development'), ('The Ministry of Health and Population'),
	('Department of Social Welfare'), ('Public Pension Agency'), ('UNICEF'), ('the World Bank'),
	(''), ('و في من'), ('ـــ'), ('وزارة'), ('Ministry')) AS v(n)
ORDER BY n COLLATE "C";

-- mention index keys of fixed sentences (the project's own)
SELECT s, cardinality(pt_mention_keys(s)) AS keys, md5(pt_mention_keys(s)::text) AS keys_md5
FROM (VALUES
	('وقّعت الوزارة اتفاقاً مع لليونيسف وبرنامج الأغذية العالمي'),
	('أعلنت المنظمة الدولية للهجرة عن دعم جديد للأسر النازحة'),
	('سازمان بین‌المللی مهاجرت و سازمان بهداشت جهانی گزارش دادند'),
	('سازمان بین المللی مهاجرت'), ('سازمان بینالمللی مهاجرت'),
	('The ILO and UNICEF back the cash transfer programme.'),
	('الأممالمتحدة والبنك الدولي'), ('برنامهٔ جهانی غذا'), ('برنامه‌ی جهانی غذا'),
	('WHO who Who'), ('١٤٠٣ ۱۴۰۳ 1403'), (''), ('ـــ'), (E'\u200c\u200f')) AS v(s)
ORDER BY s COLLATE "C";
