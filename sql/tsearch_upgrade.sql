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
