-- organization registry: a change in one session is seen by another
-- session's cached matcher from its next statement on (through dblink)
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS policytext;
CREATE EXTENSION IF NOT EXISTS dblink;
RESET client_min_messages;
SELECT dblink_connect('other', format('host=%s port=%s dbname=%s',
	split_part(current_setting('unix_socket_directories'), ',', 1),
	current_setting('port'), current_database())) AS connected;
-- the other session builds its matcher now
SELECT * FROM dblink('other', $$SELECT pt_orgs('أعلنت مؤسسة الضمان الريفي عن دفعة جديدة')$$) AS t(codes text[]);
INSERT INTO pt_org (code, name_en) VALUES ('RSF', 'Rural Security Foundation');
INSERT INTO pt_org_name (code, name, lang) VALUES ('RSF', 'مؤسسة الضمان الريفي', 'ar');
-- committed here: the other session sees it at its next statement
SELECT * FROM dblink('other', $$SELECT pt_orgs('أعلنت مؤسسة الضمان الريفي عن دفعة جديدة')$$) AS t(codes text[]);
-- and the other way round: the other session deletes, this one sees it
SELECT pt_orgs('أعلنت مؤسسة الضمان الريفي عن دفعة جديدة') AS here_before;
SELECT dblink_exec('other', $$DELETE FROM pt_org WHERE code = 'RSF'$$);
SELECT pt_orgs('أعلنت مؤسسة الضمان الريفي عن دفعة جديدة') AS here_after;
-- an uncommitted change in the other session is not seen here
SELECT dblink_exec('other', 'BEGIN');
SELECT dblink_exec('other', $$INSERT INTO pt_org (code, name_en) VALUES ('RSF2', 'Pending')$$);
SELECT dblink_exec('other', $$INSERT INTO pt_org_name (code, name, lang) VALUES ('RSF2', 'مؤسسة الضمان الريفي', 'ar')$$);
SELECT * FROM dblink('other', $$SELECT pt_orgs('مؤسسة الضمان الريفي')$$) AS t(codes text[]);
SELECT pt_orgs('مؤسسة الضمان الريفي') AS here_uncommitted;
SELECT dblink_exec('other', 'ROLLBACK');
SELECT pt_orgs('مؤسسة الضمان الريفي') AS here_rolled_back;
SELECT dblink_disconnect('other');
