
-- ---- normalization ------------------------------------------------------
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
