-- text search arrives with the 0.1 -> 0.2 upgrade script, into the schema
-- the user chose (a name that needs quoting), and works without that schema
-- in search_path
CREATE DATABASE pt_upgrade TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C';
\set regress_db :DBNAME
\c pt_upgrade
CREATE SCHEMA "pt ext";
CREATE EXTENSION policytext SCHEMA "pt ext" VERSION '0.1';
SELECT count(*) AS configs_before FROM pg_ts_config WHERE cfgname LIKE 'policytext%';
ALTER EXTENSION policytext UPDATE TO '0.2';
SELECT extversion FROM pg_extension WHERE extname = 'policytext';

-- the objects of the extension, by catalog (0.1 has three functions)
SELECT classid::regclass AS catalog, count(*) AS objects
FROM pg_depend d
WHERE d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
  AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'policytext')
GROUP BY classid ORDER BY classid::regclass::text;
SELECT cfgname, cfgnamespace::regnamespace FROM pg_ts_config
WHERE cfgname LIKE 'policytext%' ORDER BY cfgname;

-- the schema is not in search_path: the configurations still work
SHOW search_path;
SELECT to_tsvector('"pt ext".policytext', 'UNICEF ۱۴۰۳ پروژه های') =
	   to_tsvector('"pt ext".policytext', E'unicef 1403 پروژه\u200Cهای') AS same_vector;
SELECT to_tsvector('"pt ext".policytext_arabic', 'الحماية') @@
	   to_tsquery('"pt ext".policytext_arabic', 'والحماية') AS arabic_match;
SELECT ts_headline('"pt ext".policytext', 'برنامه های حمایتی', to_tsquery('"pt ext".policytext', 'برنامه'));

-- a configuration copied from ours by a user
CREATE TEXT SEARCH CONFIGURATION public.my_news (COPY = "pt ext".policytext);
SELECT to_tsvector('public.my_news', 'پروژه های عمرانی') = to_tsvector('"pt ext".policytext', 'پروژه های عمرانی') AS copy_works;

\c :regress_db
DROP DATABASE pt_upgrade;

-- 0.3 -> 0.4: the context token types.  Before the update the new library
-- keeps 0.3's single Arabic-script type (no word loses its lexemes); the
-- update maps arword and faword in ours, and names a user's copy of ours
-- with the statement that maps them there
CREATE DATABASE pt_upgrade4 TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C';
\c pt_upgrade4
SET client_min_messages = warning;
CREATE EXTENSION policytext VERSION '0.3';
CREATE TEXT SEARCH CONFIGURATION public.my_copy (COPY = policytext);
SELECT to_tsvector('public.my_copy', 'دولتها توسعه را دنبال کردند') AS copy_before,
	   to_tsvector('policytext', 'دولتها توسعه را دنبال کردند') AS ours_before;
ALTER EXTENSION policytext UPDATE TO '0.4';
ALTER TEXT SEARCH CONFIGURATION public.my_copy ADD MAPPING FOR arword, faword WITH policytext_stem;
ALTER TEXT SEARCH CONFIGURATION public.my_copy ADD MAPPING FOR email, url, host, url_path WITH pg_catalog.simple;
SELECT to_tsvector('public.my_copy', 'دولتها توسعه را دنبال کردند') AS copy_after,
	   to_tsvector('policytext', 'دولتها توسعه را دنبال کردند') AS ours_after;
SELECT alias, dictionaries FROM ts_debug('public.my_copy', 'دولتها الحماية x@unicef.org')
WHERE alias <> 'blank';
\c :regress_db
DROP DATABASE pt_upgrade4;

-- 0.4 -> 0.5: the update names the indexes, stored columns and materialized
-- views whose lexemes change (policytext, policytext_persian and a user's
-- copy), not those on policytext_arabic or simple
CREATE DATABASE pt_upgrade5 TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C';
\c pt_upgrade5
SET client_min_messages = warning;
CREATE EXTENSION policytext VERSION '0.4';
CREATE TEXT SEARCH CONFIGURATION public.my_copy5 (COPY = policytext);
CREATE TABLE notes (id int, body text,
	tsv_fa tsvector GENERATED ALWAYS AS (to_tsvector('policytext_persian', body)) STORED);
CREATE INDEX notes_mixed ON notes USING gin (to_tsvector('policytext', body));
CREATE INDEX notes_ar ON notes USING gin (to_tsvector('policytext_arabic', body));
CREATE INDEX notes_copy ON notes USING gin (to_tsvector('public.my_copy5', body));
CREATE INDEX notes_simple ON notes USING gin (to_tsvector('simple', body));
CREATE MATERIALIZED VIEW notes_terms AS
	SELECT id, to_tsvector('policytext', body) AS tsv FROM notes;
CREATE MATERIALIZED VIEW notes_terms_ar AS
	SELECT id, to_tsvector('policytext_arabic', body) AS tsv FROM notes;
ALTER EXTENSION policytext UPDATE TO '0.5';
SELECT extversion FROM pg_extension WHERE extname = 'policytext';
\c :regress_db
DROP DATABASE pt_upgrade5;
