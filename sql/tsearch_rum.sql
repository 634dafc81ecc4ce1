-- RUM over a stored tsvector column of the policytext configuration
-- (run by make installcheck only where the rum extension is installed)
SET client_min_messages = warning;
RESET client_min_messages;

CREATE TABLE pt_articles (id int PRIMARY KEY, body text);
INSERT INTO pt_articles VALUES
	(1, 'وزارة التضامن والحماية الاجتماعية توسّع برنامج الدعم النقدي للأسر'),
	(2, 'برنامج الأغذية العالمي يوزع مساعدات غذائية في المناطق الريفية'),
	(3, 'UNICEF and the ministry of social affairs expand child grants'),
	(4, E'سازمان بهزیستی پروژه\u200Cهای حمایتی تازه‌ای را در ۱۴۰۳ آغاز کرد'),
	(5, 'وزارت رفاه پروژه های حمایتی را با یونیسف گسترش می دهد'),
	(6, 'پروژههای حمایتی در استان های مرزی به تعویق افتاد'),
	(7, 'الحمايةُ الاجتماعيةُ حقٌ لكل مواطن في عام ١٤٠٣ الهجري'),
	(8, NULL),
	(9, '');
-- filler rows so that the planner has a reason to use an index
INSERT INTO pt_articles
SELECT g, 'خبر رقم ' || g || ' عن الطقس والرياضة' FROM generate_series(100, 1099) AS g;
ALTER TABLE pt_articles
	ADD COLUMN tsv tsvector GENERATED ALWAYS AS (to_tsvector('policytext', coalesce(body, ''))) STORED;
ANALYZE pt_articles;

-- RUM: ranked search from the index (an ordered index scan)
CREATE EXTENSION IF NOT EXISTS rum;
CREATE INDEX pt_articles_rum ON pt_articles USING rum (tsv rum_tsvector_ops);
SET enable_seqscan = off;
SET enable_bitmapscan = off;
EXPLAIN (COSTS OFF)
SELECT id FROM pt_articles
WHERE tsv @@ to_tsquery('policytext', 'حمایتی')
ORDER BY tsv <=> to_tsquery('policytext', 'حمایتی');
SELECT id FROM pt_articles
WHERE tsv @@ to_tsquery('policytext', 'حمایتی | الحماية')
ORDER BY id;
-- RUM with a phrase across the joined Persian token
SELECT id FROM pt_articles
WHERE tsv @@ phraseto_tsquery('policytext', 'پروژه های حمایتی')
ORDER BY id;
RESET enable_seqscan;
RESET enable_bitmapscan;

DROP TABLE pt_articles;
