-- 0.3 -> 0.4, text search: the parser's new token types (language by
-- context, HTML and addresses) mapped in the three configurations.  The
-- parser itself is the same SQL object; its C functions now decide the
-- language of every Arabic-script word from its letters and its context
-- (arword, faword; arabicword, id 24 as before, for a word no context
-- decides) and return the default parser's tag, entity, protocol, url,
-- host, url_path and email tokens.  Stored tsvectors change: REINDEX.

ALTER TEXT SEARCH CONFIGURATION @extschema@.policytext
	ADD MAPPING FOR arword WITH @extschema@.policytext_arabic_stem;
ALTER TEXT SEARCH CONFIGURATION @extschema@.policytext
	ADD MAPPING FOR faword WITH @extschema@.policytext_persian_stem;
ALTER TEXT SEARCH CONFIGURATION @extschema@.policytext_arabic
	ADD MAPPING FOR arword, faword WITH @extschema@.policytext_arabic_stem;
ALTER TEXT SEARCH CONFIGURATION @extschema@.policytext_persian
	ADD MAPPING FOR arword, faword WITH @extschema@.policytext_persian_stem;

-- addresses as PostgreSQL's own configurations map them; tags, entities
-- and protocol heads stay unmapped (no lexeme)
ALTER TEXT SEARCH CONFIGURATION @extschema@.policytext
	ADD MAPPING FOR email, url, host, url_path WITH pg_catalog.simple;
ALTER TEXT SEARCH CONFIGURATION @extschema@.policytext_arabic
	ADD MAPPING FOR email, url, host, url_path WITH pg_catalog.simple;
ALTER TEXT SEARCH CONFIGURATION @extschema@.policytext_persian
	ADD MAPPING FOR email, url, host, url_path WITH pg_catalog.simple;

COMMENT ON TEXT SEARCH CONFIGURATION @extschema@.policytext IS
	'Arabic, Persian and English: the language of each Arabic-script word from its letters and its sentence, paragraph and document (arword, faword); words no context decides (a one-word query) get both stems';
COMMENT ON TEXT SEARCH PARSER @extschema@.policytext_parser IS
	'Arabic, Persian and Latin words with the language of each Arabic-script word decided from its context; HTML tags, entities, URLs, hosts and e-mail addresses as the default parser has them';
COMMENT ON TEXT SEARCH DICTIONARY @extschema@.policytext_stem IS
	'Arabic or Persian stem chosen by a strong sign of the word''s letters; both stems when the letters do not decide (in policytext: the words no context decides)';

-- configurations of the user's own on our parser (CREATE TEXT SEARCH
-- CONFIGURATION ... (COPY = policytext) or (PARSER = policytext_parser))
-- that map arabicword and not arword and faword lose their Arabic-script
-- words from 0.4 on: an extension script may not alter them, so name each
-- one with the statement that gives arword and faword the dictionaries of
-- arabicword (and the addresses the simple dictionary, as in ours)
DO $$
DECLARE
	r record;
	dicts text;
BEGIN
	FOR r IN
		SELECT c.oid AS cfg
		FROM pg_catalog.pg_ts_config c
		WHERE c.cfgparser OPERATOR(pg_catalog.=) (SELECT p.oid FROM pg_catalog.pg_ts_parser p
				WHERE p.prsname OPERATOR(pg_catalog.=) 'policytext_parser'
				  AND p.prsnamespace OPERATOR(pg_catalog.=) '@extschema@'::pg_catalog.regnamespace)
			AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
				WHERE d.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_ts_config'::pg_catalog.regclass
				  AND d.objid OPERATOR(pg_catalog.=) c.oid AND d.deptype OPERATOR(pg_catalog.=) 'e')
		ORDER BY c.oid
	LOOP
		SELECT pg_catalog.string_agg(m.mapdict::pg_catalog.regdictionary::pg_catalog.text, ', ' ORDER BY m.mapseqno)
		INTO dicts
		FROM pg_catalog.pg_ts_config_map m
		WHERE m.mapcfg OPERATOR(pg_catalog.=) r.cfg AND m.maptokentype OPERATOR(pg_catalog.=) 24;
		IF dicts IS NOT NULL AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_ts_config_map m
				WHERE m.mapcfg OPERATOR(pg_catalog.=) r.cfg
				  AND m.maptokentype OPERATOR(pg_catalog.=) ANY (ARRAY[26, 27])) THEN
			RAISE WARNING 'policytext 0.4: text search configuration % maps arabicword but not the new token types arword and faword: its Arabic-script words have no lexemes until they are mapped',
				r.cfg::pg_catalog.regconfig
				USING HINT = pg_catalog.format('ALTER TEXT SEARCH CONFIGURATION %s ADD MAPPING FOR arword, faword WITH %s; ALTER TEXT SEARCH CONFIGURATION %s ADD MAPPING FOR email, url, host, url_path WITH pg_catalog.simple;',
											   r.cfg::pg_catalog.regconfig, dicts, r.cfg::pg_catalog.regconfig);
		END IF;
	END LOOP;
END
$$;
