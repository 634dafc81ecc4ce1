-- Showcase 4: organizations named in the articles, in any language or spelling.
\pset null '(null)'
\echo
\echo '#### 4. Organizations: pt_org, pt_orgs and the mention operator'
SELECT EXISTS (SELECT 1 FROM pg_proc WHERE proname = 'pt_orgs') AS has_orgs,
	   EXISTS (SELECT 1 FROM pg_proc WHERE proname = 'pt_org_mentions') AS has_mentions,
	   EXISTS (SELECT 1 FROM pg_operator WHERE oprname = '~='
				 AND oprleft = 'text'::regtype AND oprright = 'text'::regtype
				 AND oprcode::text LIKE '%pt\_%') AS has_same,
	   EXISTS (SELECT 1 FROM pg_operator WHERE oprname = '@~'
				 AND oprleft = 'text'::regtype AND oprright = 'text'::regtype
				 AND oprcode::text LIKE '%pt\_%') AS has_mention \gset
\if :has_orgs
\echo 'One organization named five ways, and the two spellings of the European Union:'
\set ECHO queries
SELECT n AS name, pt_org(n) AS code
FROM (VALUES ('منظمة الهجرة الدولية'), ('المنظمة الدولية للهجرة'),
			 ('سازمان بین' || chr(8204) || 'المللی مهاجرت'), ('International Organization for Migration'),
			 ('IOM'), ('الاتحاد الأوروبي'), ('الاتحاد الأوربي')) v(n);
\set ECHO none
\if :has_same
\echo 'Do two names denote the same organization (operator ~=)? ILO and IOM differ by one word:'
\set ECHO queries
SELECT a, b, a ~= b AS same_org
FROM (VALUES ('المنظمة الدولية للهجرة', 'منظمة الهجرة الدولية'),
			 ('منظمة العمل الدولية', 'منظمة الهجرة الدولية'),
			 ('یونیسف', 'UNICEF')) v(a, b);
\set ECHO none
\endif
\echo
\echo 'The organizations each article names:'
\set ECHO queries
SELECT id, lang, pt_orgs(body) AS organizations, left(title, 45) AS title
FROM articles ORDER BY id;
\set ECHO none
\if :has_mentions
\echo
\echo 'Each mention in one article, as written, with its character offsets:'
\set ECHO queries
SELECT m.code, m.mention, m.start_char, m.char_length
FROM articles a, pt_org_mentions(a.body) m
WHERE a.id = 3 ORDER BY m.start_char;
\set ECHO none
\endif
\echo
\echo 'Articles per organization per month:'
\set ECHO queries
SELECT to_char(published, 'YYYY-MM') AS month,
	   string_agg(code || ' ' || n, ', ' ORDER BY n DESC, code) AS "organization articles"
FROM (SELECT date_trunc('month', published) AS published, code, count(*) AS n
	  FROM articles, unnest(pt_orgs(body)) AS code
	  GROUP BY 1, 2) s
GROUP BY published ORDER BY published;
\set ECHO none
\if :has_mention
\echo
\echo 'Joining a partners table, written as an NGO would keep it, to the articles'
\echo 'that name each partner (operator @~, "this text mentions this organization"):'
\set ECHO queries
CREATE TEMP TABLE partners (partner text PRIMARY KEY, budget_usd int);
INSERT INTO partners VALUES
	('اليونيسف', 120000), ('World Food Program', 90000), ('منظمة العمل الدولية', 40000),
	('سازمان بین المللی مهاجرت', 35000), ('UNHCR', 60000), ('البنك الدولي', 250000);
SELECT p.partner, count(a.id) AS articles, string_agg(a.lang || a.id, ' ' ORDER BY a.id) AS which
FROM partners p LEFT JOIN articles a ON a.body @~ p.partner
GROUP BY p.partner ORDER BY articles DESC, p.partner;
\set ECHO none
\else
\echo '(mention operator @~ not in this build: join skipped)'
\endif
\else
\echo '(skipped: organization matching is not in this build)'
\endif
