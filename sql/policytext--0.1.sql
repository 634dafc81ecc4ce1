/* policytext 0.1: normalization of Arabic and Persian text */

-- complain if script is sourced in psql, rather than via CREATE EXTENSION
\echo Use "CREATE EXTENSION policytext" to load this file. \quit

DO $$
BEGIN
	IF pg_catalog.getdatabaseencoding() OPERATOR(pg_catalog.<>) 'UTF8' THEN
		RAISE EXCEPTION 'policytext requires a UTF8 database, but database "%" has encoding %',
			pg_catalog.current_database(), pg_catalog.getdatabaseencoding()
			USING ERRCODE = 'feature_not_supported',
				  HINT = 'Create the database with ENCODING ''UTF8'' (for example from template0).';
	END IF;
END
$$;

CREATE FUNCTION @extschema@.pt_normalize(text) RETURNS text
	AS 'MODULE_PATHNAME', 'pt_normalize'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.pt_normalize(text) IS
	'fold Arabic and Persian letter variants, remove diacritics and invisible characters, ASCII digits, case-fold: the form search uses';

CREATE FUNCTION @extschema@.pt_clean(text) RETURNS text
	AS 'MODULE_PATHNAME', 'pt_clean'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.pt_clean(text) IS
	'display-safe cleanup: remove tatweel and invisible characters, presentation forms to letters, NFC; letters and diacritics stay as written';

CREATE FUNCTION @extschema@.pt_lang(text) RETURNS text
	AS 'MODULE_PATHNAME', 'pt_lang'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.pt_lang(text) IS
	'dominant language of a text: ar, fa or en; NULL when it has no letters';
