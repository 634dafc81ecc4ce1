-- one prepared text for pt_orgs and pt_places on the same row (the
-- per-backend cache of the last document, keyed by its bytes): the same
-- results as each function alone, as a streamed text (longer than the
-- cache holds) and as a non-superuser
SET client_min_messages = warning;
DROP ROLE IF EXISTS pt_shared_user;
CREATE ROLE pt_shared_user;
RESET client_min_messages;
GRANT USAGE ON SCHEMA public TO pt_shared_user;

CREATE TEMP TABLE shared_docs (id int, body text);
-- texts of our own; 3 and 4 (and 5 and 6) have the same length in bytes
INSERT INTO shared_docs VALUES
	(1, 'وقعت وزارة الصحة المصرية اتفاقية مع اليونيسف ومنظمة الصحة العالمية في القاهرة'),
	(2, 'UNICEF and the World Food Programme sent aid to Yemen and Sudan'),
	(3, 'UNICEF in Egypt'),
	(4, 'UNICEF in Qatar'),
	(5, 'سازمان ملل در ایران'),
	(6, 'سازمان ملل در عراق'),
	(7, ''),
	(8, '   '),
	(9, 'Jordan said he would visit Jordan; برنامه جهانی غذا در افغانستان و پاکستان'),
	(10, 'مصر' || chr(8204) || 'ی ها و الأممالمتحدة ولليونيسف في ليبيا U.N. UNICEF Chad');
-- mixed scripts, made by arithmetic (the same on every server)
INSERT INTO shared_docs
SELECT 100 + i, string_agg(
		CASE (i * 7 + k * 13) % 9
			WHEN 0 THEN 'مصر' WHEN 1 THEN 'UNICEF' WHEN 2 THEN 'ایران'
			WHEN 3 THEN chr(1575 + (i + k) % 40) WHEN 4 THEN 'France'
			WHEN 5 THEN 'الأمم المتحدة' WHEN 6 THEN chr(8204)
			WHEN 7 THEN 'سازمان' ELSE chr(65 + (i * k) % 26) END, ' ' ORDER BY k)
FROM generate_series(1, 30) i, generate_series(1, 40) k GROUP BY i;

-- both on a row, either order, against each alone and against the text
-- made too long for the cache (300,000 trailing spaces add no mention)
CREATE TEMP TABLE shared_each AS
	SELECT id, pt_orgs(body) AS orgs FROM shared_docs;
CREATE TEMP TABLE shared_each_p AS
	SELECT id, pt_places(body) AS places FROM shared_docs;
SELECT count(*) AS rows,
	   count(*) FILTER (WHERE pt_orgs(d.body) = e.orgs AND pt_places(d.body) = p.places) AS both_same,
	   count(*) FILTER (WHERE pt_places(d.body) = p.places AND pt_orgs(d.body) = e.orgs) AS reversed_same,
	   count(*) FILTER (WHERE pt_orgs(d.body || repeat(' ', 300000)) = e.orgs AND
						 pt_places(d.body || repeat(' ', 300000)) = p.places) AS streamed_same,
	   count(*) FILTER (WHERE cardinality(e.orgs) > 0) AS with_orgs,
	   count(*) FILTER (WHERE cardinality(p.places) > 0) AS with_places
FROM shared_docs d JOIN shared_each e USING (id) JOIN shared_each_p p USING (id);

-- texts of the same length do not share an entry
SELECT id, pt_orgs(body), pt_places(body) FROM shared_docs WHERE id BETWEEN 1 AND 10 ORDER BY id;

-- the mentions functions on the same row
SELECT d.id, m.code, m.mention, m.start_char, m.char_length
FROM shared_docs d, pt_org_mentions(d.body) m WHERE d.id IN (1, 10) ORDER BY d.id, m.start_char;
SELECT d.id, m.code, m.mention, m.start_char, m.char_length
FROM shared_docs d, pt_place_mentions(d.body) m WHERE d.id IN (1, 10) ORDER BY d.id, m.start_char;
SELECT count(*) AS same_mentions
FROM shared_docs d
WHERE (SELECT array_agg(m ORDER BY m.start_char) FROM pt_place_mentions(d.body) m) IS NOT DISTINCT FROM
	  (SELECT array_agg(m ORDER BY m.start_char) FROM pt_place_mentions(d.body || repeat(' ', 300000)) m)
  AND (SELECT array_agg(m ORDER BY m.start_char) FROM pt_org_mentions(d.body) m) IS NOT DISTINCT FROM
	  (SELECT array_agg(m ORDER BY m.start_char) FROM pt_org_mentions(d.body || repeat(' ', 300000)) m);

-- NULL and a huge text
SELECT pt_orgs(NULL) IS NULL AS orgs_null, pt_places(NULL) IS NULL AS places_null;
SELECT pt_orgs(t), pt_places(t), cardinality(pt_orgs(t)) AS again
FROM (SELECT repeat('UNICEF في مصر، ', 100000) AS t) s;

-- as a non-superuser
GRANT SELECT ON shared_docs TO pt_shared_user;
SET ROLE pt_shared_user;
SELECT id, pt_orgs(body), pt_places(body) FROM shared_docs WHERE id IN (1, 2, 9) ORDER BY id;
RESET ROLE;
REVOKE USAGE ON SCHEMA public FROM pt_shared_user;
DROP TABLE shared_docs;
DROP ROLE pt_shared_user;
