-- the parser gives the same tokens whatever the database locale: compare a
-- database with LC_CTYPE C (where the default parser sees no letters beyond
-- ASCII) with one in C.UTF-8
CREATE DATABASE pt_locale_c TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C';
CREATE DATABASE pt_locale_utf8 TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8';

\set regress_db :DBNAME
\set sentence '''سازمان ملل و WFP برنامه‌های ÉTAT را در ۱۴۰۳ اجرا می کنند، الحمـــايةُ'''

\c pt_locale_c
CREATE EXTENSION policytext;
SELECT alias, token FROM ts_debug('policytext', :sentence) WHERE alias <> 'blank';
SELECT to_tsvector('policytext', :sentence)::text AS vector \gset c_
SELECT count(*) AS default_parser_words
FROM ts_parse('default', :sentence) WHERE tokid <> 12;

\c pt_locale_utf8
CREATE EXTENSION policytext;
SELECT alias, token FROM ts_debug('policytext', :sentence) WHERE alias <> 'blank';
SELECT to_tsvector('policytext', :sentence)::text = :'c_vector' AS same_vector_as_in_c;
SELECT count(*) AS default_parser_words
FROM ts_parse('default', :sentence) WHERE tokid <> 12;

\c :regress_db
DROP DATABASE pt_locale_c;
DROP DATABASE pt_locale_utf8;
