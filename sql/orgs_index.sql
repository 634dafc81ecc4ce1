-- pt_mention_ops: a GIN index for doc @~ org in WHERE and JOIN conditions;
-- keys do not depend on the registry and every hit is rechecked, so the
-- results stay exact when names are added after the index was built
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS policytext;
RESET client_min_messages;

CREATE TABLE news (id int PRIMARY KEY, body text);
INSERT INTO news
SELECT g, CASE g % 10
	WHEN 0 THEN 'أعلنت المنظمة الدولية للهجرة عن برنامج دعم نقدي رقم ' || g
	WHEN 1 THEN 'وقالت للمنظمة الدولية للهجرة إن المساعدات ستصل في الموعد ' || g
	WHEN 2 THEN 'سازمان بین‌المللی مهاجرت گزارش تازه‌ای منتشر کرد ' || g
	WHEN 3 THEN 'The IOM office reported ' || g || ' new arrivals'
	WHEN 4 THEN 'the iom spelled in lower case is no acronym ' || g
	WHEN 5 THEN 'منظمة العمل الدولية تدعو إلى توسيع الحماية الاجتماعية ' || g
	WHEN 6 THEN 'اليونيسف وبرنامج الأغذية العالمي يوزعان المساعدات ' || g
	WHEN 7 THEN 'صندوق الأممالمتحدة للسكان يدعم العيادات ' || g
	WHEN 8 THEN 'خبر محلي عن الأسواق والأسعار رقم ' || g
	ELSE NULL END
FROM generate_series(1, 2000) g;
CREATE INDEX news_mentions ON news USING gin (body pt_mention_ops);
ANALYZE news;

CREATE TABLE partners (name text);
INSERT INTO partners VALUES ('IOM'), ('منظمة العمل الدولية'), ('یونیسف'), ('UN'), ('Local Charity');

-- the same answers with and without the index
SET enable_bitmapscan = off;
CREATE TEMP TABLE seq_where AS
	SELECT o, count(news.id) AS n FROM unnest(ARRAY['IOM', 'iom', 'المنظمة الدولية للهجرة', 'ILO', 'unicef',
		'WFP', 'UNFPA', 'UN', 'WHO', 'not an organization', '']) AS o
	LEFT JOIN news ON body @~ o GROUP BY o;
CREATE TEMP TABLE seq_join AS
	SELECT p.name, count(n.id) AS n FROM partners p LEFT JOIN news n ON n.body @~ p.name GROUP BY 1;
RESET enable_bitmapscan;

SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM news WHERE body @~ 'IOM';
EXPLAIN (COSTS OFF) SELECT p.name, count(*) FROM partners p JOIN news n ON n.body @~ p.name GROUP BY 1;

SELECT o, count(news.id) AS n,
	   count(news.id) = (SELECT s.n FROM seq_where s WHERE s.o = q.o) AS same_as_seqscan
FROM unnest(ARRAY['IOM', 'iom', 'المنظمة الدولية للهجرة', 'ILO', 'unicef',
		'WFP', 'UNFPA', 'UN', 'WHO', 'not an organization', '']) AS q(o)
LEFT JOIN news ON body @~ q.o GROUP BY o ORDER BY o;
SELECT p.name, count(n.id) AS n,
	   count(n.id) = (SELECT s.n FROM seq_join s WHERE s.name = p.name) AS same_as_seqscan
FROM partners p LEFT JOIN news n ON n.body @~ p.name GROUP BY 1 ORDER BY 1;

-- a name added after the index was built: the index still finds it
SELECT count(*) AS before_new_name FROM news WHERE body @~ 'IOM';
INSERT INTO pt_org_name (code, name, lang) VALUES ('IOM', 'الأسواق والأسعار', 'ar');
SELECT count(*) AS after_new_name FROM news WHERE body @~ 'IOM';
SELECT count(*) AS by_new_name FROM news WHERE body @~ 'الاسواق والاسعار';
DELETE FROM pt_org_name WHERE code = 'IOM' AND name = 'الأسواق والأسعار';
SELECT count(*) AS after_delete FROM news WHERE body @~ 'IOM';
-- rows added after the index was built
INSERT INTO news VALUES (5001, 'وصرحت بالمنظمة الدولية للهجرة'), (5002, 'IOMX is not IOM''s code in a word? IOM');
SELECT id FROM news WHERE body @~ 'IOM' AND id > 5000 ORDER BY id;
-- a glued spelling and the ezafe, through the index
INSERT INTO news VALUES (5003, 'سازمان بینالمللی مهاجرت'), (5004, 'برنامه‌ی جهانی غذا');
SELECT id FROM news WHERE body @~ 'IOM' AND id > 5002 ORDER BY id;
SELECT id FROM news WHERE body @~ 'WFP' AND id > 5002 ORDER BY id;
RESET enable_seqscan;

DROP TABLE news, partners;
