-- organization registry: user rows, cache invalidation from the next
-- statement on, renamed codes, shipped rows guarded, pg_dump configuration
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS policytext;
RESET client_min_messages;

-- the registry is dumped without its shipped rows
SELECT extconfig::regclass[] AS tables, extcondition FROM pg_extension WHERE extname = 'policytext';
SELECT count(*) >= 80 AS shipped_orgs, bool_and(shipped) AS all_shipped FROM pt_org;
SELECT count(*) >= 400 AS shipped_names, bool_and(shipped) AS all_shipped FROM pt_org_name;

-- a new organization is seen by the next statement, without a reload
SELECT pt_orgs('وقعت جمعية رعاية الأسر المنتجة اتفاقاً مع اليونيسف') AS before_insert;
INSERT INTO pt_org (code, name_en, kind, country) VALUES ('FPFA', 'Family Producers Care Association', 'ngo', 'EG');
INSERT INTO pt_org_name (code, name, lang, form) VALUES
	('FPFA', 'جمعية رعاية الأسر المنتجة', 'ar', 'official'),
	('FPFA', 'FPFA', 'en', 'acronym');
SELECT pt_orgs('وقعت جمعية رعاية الأسر المنتجة اتفاقاً مع اليونيسف') AS after_insert,
	   pt_org('لجمعية رعاية الأسر المنتجة') AS whole_name,
	   pt_org('fpfa') AS lower_acronym,
	   'FPFA' ~= 'جمعية رعاية الاسر المنتجه' AS same;
SELECT shipped FROM pt_org WHERE code = 'FPFA';

-- a user's extra name for a shipped organization
INSERT INTO pt_org_name (code, name, lang) VALUES ('UNICEF', 'Unicef', 'en');
SELECT pt_orgs('Unicef and WFP will share the warehouse') AS user_variant;

-- inside a transaction: the next statement sees the change; a rollback undoes it
BEGIN;
INSERT INTO pt_org_name (code, name, lang) VALUES ('FPFA', 'الأسر المنتجة', 'ar');
SELECT pt_orgs('معرض الأسر المنتجة') AS in_transaction;
ROLLBACK;
SELECT pt_orgs('معرض الأسر المنتجة') AS after_rollback;

-- rename the code: names follow (ON UPDATE CASCADE) and so does the matcher
UPDATE pt_org SET code = 'FPCA' WHERE code = 'FPFA';
SELECT pt_orgs('وقعت جمعية رعاية الأسر المنتجة اتفاقاً') AS renamed,
	   'جمعية رعاية الأسر المنتجة' @~ 'fpca' AS by_new_code,
	   'جمعية رعاية الأسر المنتجة' @~ 'FPFA' AS old_code_still_an_acronym;
-- edit a name
UPDATE pt_org_name SET name = 'جمعية رعاية الأسر' WHERE code = 'FPCA' AND form = 'official';
SELECT pt_org('جمعية رعاية الأسر المنتجة') AS old_name, pt_org('جمعية رعاية الأسر') AS new_name;
-- delete a name, then the organization (its names go with it)
DELETE FROM pt_org_name WHERE code = 'FPCA' AND name = 'FPFA';
SELECT pt_orgs('FPFA and جمعية رعاية الأسر') AS name_deleted,
	   'FPFA' @~ 'FPFA' AS old_code_gone;
DELETE FROM pt_org WHERE code = 'FPCA';
SELECT pt_orgs('جمعية رعاية الأسر') AS org_deleted, count(*) AS names_left
FROM pt_org_name WHERE code = 'FPCA';

-- a name may conflict with another organization's: a user row wins
INSERT INTO pt_org (code, name_en) VALUES ('LOCAL-WHO', 'A local body');
INSERT INTO pt_org_name (code, name, lang) VALUES ('LOCAL-WHO', 'منظمة الصحة العالمية', 'ar');
SELECT pt_org('منظمة الصحة العالمية') AS conflict_user_wins, pt_org('WHO') AS acronym_unchanged;
DELETE FROM pt_org WHERE code = 'LOCAL-WHO';
SELECT pt_org('منظمة الصحة العالمية') AS conflict_removed;

-- codes are unique without case and hyphens; names need letters
INSERT INTO pt_org (code, name_en) VALUES ('Un-Icef', 'Duplicate');
INSERT INTO pt_org (code, name_en) VALUES ('bad code', 'Spaces');
INSERT INTO pt_org_name (code, name, lang) VALUES ('UNICEF', '  ', 'ar');
INSERT INTO pt_org_name (code, name, lang) VALUES ('UNICEF', 'يونيسيف', 'ur');
INSERT INTO pt_org_name (code, name, lang) VALUES ('NOPE', 'منظمة', 'ar');
-- a name must have words the matcher can use
INSERT INTO pt_org_name (code, name, lang) VALUES ('UNICEF', '«—»', 'ar');
INSERT INTO pt_org_name (code, name, lang) VALUES ('UNICEF', repeat('كلمة ', 33), 'ar');
INSERT INTO pt_org_name (code, name, lang) VALUES ('UNICEF', repeat('ب', 300), 'ar');
SELECT pt_org_name_valid('صندوق ' || repeat('كلمة ', 31)) AS thirty_two_words;

-- shipped rows are read-only outside the extension's scripts
UPDATE pt_org SET name_en = 'Changed' WHERE code = 'WHO';
UPDATE pt_org_name SET lang = 'en' WHERE code = 'WHO' AND name = 'منظمة الصحة العالمية';
DELETE FROM pt_org_name WHERE code = 'WHO' AND name = 'WHO';
DELETE FROM pt_org WHERE code = 'WHO';
TRUNCATE pt_org_name;
TRUNCATE pt_org CASCADE;
INSERT INTO pt_org (code, name_en, shipped) VALUES ('FAKE', 'Pretends to ship', true);
UPDATE pt_org_name SET shipped = true WHERE code = 'UNICEF' AND name = 'Unicef';
SELECT pt_org('WHO') AS still_there;

-- user rows are what pg_dump keeps
SELECT code, name, lang, form FROM pt_org_name WHERE NOT shipped ORDER BY 1, 2;
DELETE FROM pt_org_name WHERE NOT shipped;
DELETE FROM pt_org WHERE NOT shipped;
SELECT count(*) AS user_rows FROM pt_org_name WHERE NOT shipped;
SELECT pt_orgs('Unicef and WFP will share the warehouse') AS user_rows_gone;

-- the triggers refuse to run any other way
SELECT pt_registry_changed();
SELECT pt_registry_guard();
