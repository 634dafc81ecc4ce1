-- Showcase 5: joining two spellings of a ministry that no registry lists.
\pset null '(null)'
\echo
\echo '#### 5. pt_name_key: one key for two spellings of one body'
SELECT EXISTS (SELECT 1 FROM pg_proc WHERE proname = 'pt_name_key') AS has_namekey \gset
\if :has_namekey
\echo 'Two desks keep lists of ministries; their spellings differ. Equal keys join them:'
\set ECHO queries
CREATE TEMP TABLE desk_a (ministry text);
CREATE TEMP TABLE desk_b (ministry text, contact text);
INSERT INTO desk_a VALUES ('وزارة التضامن الاجتماعي'), ('وزارت تعاون، کار و رفاه اجتماعی'),
	('Ministry of Social Solidarity'), ('وزارة الشؤون الاجتماعية');
INSERT INTO desk_b VALUES ('وزارة التضامن الاجتماعى', 'القاهرة'), ('وزارت تعاون کار و رفاه اجتماعي', 'تهران'),
	('Social Solidarity Ministry', 'Cairo'), ('وزارة العمل', 'بغداد');
CREATE INDEX ON desk_b (pt_name_key(ministry));
SELECT a.ministry AS desk_a, b.ministry AS desk_b, b.contact, pt_name_key(a.ministry) AS key
FROM desk_a a LEFT JOIN desk_b b ON pt_name_key(a.ministry) = pt_name_key(b.ministry)
ORDER BY a.ministry;
\set ECHO none
\echo
\echo 'The articles that name the solidarity ministry, whichever way they spell it:'
\set ECHO queries
SELECT id, lang, left(title, 60) AS title
FROM articles
WHERE pt_normalize(body) LIKE '%' || pt_normalize('وزارة التضامن الاجتماعي') || '%'
ORDER BY id;
\set ECHO none
\else
\echo '(skipped: pt_name_key is not in this build)'
\endif
