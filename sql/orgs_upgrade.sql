-- organizations arrive with the 0.2 -> 0.3 upgrade script, into a schema
-- that needs quoting and is not in search_path: the functions find the
-- registry tables through their own schema, not through search_path
CREATE DATABASE pt_org_upgrade TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C';
\set regress_db :DBNAME
\c pt_org_upgrade
CREATE SCHEMA "org ext";
CREATE EXTENSION policytext SCHEMA "org ext" VERSION '0.2';
SELECT count(*) AS org_functions_before FROM pg_proc WHERE proname LIKE 'pt_org%';
ALTER EXTENSION policytext UPDATE TO '0.3';
SELECT extversion FROM pg_extension WHERE extname = 'policytext';
SHOW search_path;

-- the registry and its functions live in the extension's schema
SELECT relname, relnamespace::regnamespace FROM pg_class
WHERE relname IN ('pt_org', 'pt_org_name') ORDER BY 1;
SELECT count(*) >= 80 AS shipped_orgs FROM "org ext".pt_org;
SELECT "org ext".pt_orgs('وأعلنت لليونيسف والمنظمة الدولية للهجرة') AS codes,
	   "org ext".pt_org('سازمان بین المللی کار') AS code;
SELECT 'قال صندوق الأمم المتحدة للسكان' OPERATOR("org ext".@~) 'unfpa' AS mentions,
	   'IOM' OPERATOR("org ext".~=) 'منظمة الهجرة الدولية' AS same;

-- a public table of the same name does not confuse the matcher
CREATE TABLE public.pt_org_name (code text, name text, lang text, form text, shipped boolean);
INSERT INTO public.pt_org_name VALUES ('UNICEF', 'Decoy Name', 'en', 'variant', false);
SET search_path = public, "org ext";
SELECT pt_orgs('Decoy Name and UNICEF') AS ignores_public_table;
RESET search_path;

-- user rows in the extension's schema are seen at once
INSERT INTO "org ext".pt_org (code, name_en) VALUES ('DSA', 'Desert Schools Association');
INSERT INTO "org ext".pt_org_name (code, name, lang) VALUES ('DSA', 'جمعية مدارس الصحراء', 'ar');
SELECT "org ext".pt_orgs('افتتحت جمعية مدارس الصحراء فصلاً جديداً') AS user_org;

-- the index operator class, qualified
CREATE TABLE news (body text);
INSERT INTO news SELECT 'خبر ' || g || CASE WHEN g % 4 = 0 THEN ' عن جمعية مدارس الصحراء' ELSE '' END
FROM generate_series(1, 400) g;
CREATE INDEX ON news USING gin (body "org ext".pt_mention_ops);
SET enable_seqscan = off;
SELECT count(*) AS indexed FROM news WHERE body OPERATOR("org ext".@~) 'DSA';
RESET enable_seqscan;

\c :regress_db
DROP DATABASE pt_org_upgrade;
