-- the configurations in indexes: GIN and GiST expression indexes and a stored
-- generated tsvector column (RUM: tsearch_rum)
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
ANALYZE pt_articles;

CREATE INDEX pt_articles_gin ON pt_articles USING gin (to_tsvector('policytext', body));
SET enable_seqscan = off;

EXPLAIN (COSTS OFF)
SELECT id FROM pt_articles
WHERE to_tsvector('policytext', body) @@ websearch_to_tsquery('policytext', 'الحماية');

SELECT q, array_agg(id ORDER BY id) AS found
FROM (VALUES ('الحماية الاجتماعية'), ('پروژه های حمایتی'), (E'پروژه\u200Cها'),
			 ('۱۴۰۳'), ('child grant'), ('"وزارت رفاه"'), ('یونیسف or UNICEF')) AS v(q)
LEFT JOIN pt_articles ON to_tsvector('policytext', body) @@ websearch_to_tsquery('policytext', q)
GROUP BY q ORDER BY q;

-- the same answers without the index
RESET enable_seqscan;
SET enable_bitmapscan = off;
SET enable_indexscan = off;
SELECT q, array_agg(id ORDER BY id) AS found
FROM (VALUES ('الحماية الاجتماعية'), ('پروژه های حمایتی'), (E'پروژه\u200Cها'),
			 ('۱۴۰۳'), ('child grant'), ('"وزارت رفاه"'), ('یونیسف or UNICEF')) AS v(q)
LEFT JOIN pt_articles ON to_tsvector('policytext', body) @@ websearch_to_tsquery('policytext', q)
GROUP BY q ORDER BY q;
RESET enable_bitmapscan;
RESET enable_indexscan;

-- GiST over the Persian configuration
CREATE INDEX pt_articles_gist ON pt_articles USING gist (to_tsvector('policytext_persian', body));
SET enable_seqscan = off;
EXPLAIN (COSTS OFF)
SELECT id FROM pt_articles
WHERE to_tsvector('policytext_persian', body) @@ plainto_tsquery('policytext_persian', 'پروژه های حمایتی');
SELECT id FROM pt_articles
WHERE to_tsvector('policytext_persian', body) @@ plainto_tsquery('policytext_persian', 'پروژه های حمایتی')
ORDER BY id;
RESET enable_seqscan;

-- a stored generated column needs an immutable expression
ALTER TABLE pt_articles
	ADD COLUMN tsv tsvector GENERATED ALWAYS AS (to_tsvector('policytext', coalesce(body, ''))) STORED;

DROP TABLE pt_articles;
