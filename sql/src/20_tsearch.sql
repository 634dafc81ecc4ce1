
-- ---- text search --------------------------------------------------------
-- the parser

CREATE FUNCTION @extschema@.pt_parser_start(internal, integer) RETURNS internal
	AS 'MODULE_PATHNAME', 'pt_parser_start'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.pt_parser_start(internal, integer) IS
	'policytext_parser: start parsing a text';

CREATE FUNCTION @extschema@.pt_parser_gettoken(internal, internal, internal) RETURNS internal
	AS 'MODULE_PATHNAME', 'pt_parser_gettoken'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.pt_parser_gettoken(internal, internal, internal) IS
	'policytext_parser: next token';

CREATE FUNCTION @extschema@.pt_parser_end(internal) RETURNS void
	AS 'MODULE_PATHNAME', 'pt_parser_end'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.pt_parser_end(internal) IS
	'policytext_parser: end parsing';

CREATE FUNCTION @extschema@.pt_parser_lextype(internal) RETURNS internal
	AS 'MODULE_PATHNAME', 'pt_parser_lextype'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.pt_parser_lextype(internal) IS
	'policytext_parser: token types';

CREATE TEXT SEARCH PARSER @extschema@.policytext_parser (
	START = @extschema@.pt_parser_start,
	GETTOKEN = @extschema@.pt_parser_gettoken,
	END = @extschema@.pt_parser_end,
	HEADLINE = pg_catalog.prsd_headline,
	LEXTYPES = @extschema@.pt_parser_lextype
);
COMMENT ON TEXT SEARCH PARSER @extschema@.policytext_parser IS
	'Arabic, Persian and Latin words with the language of each Arabic-script word decided from its context; HTML tags, entities, URLs, hosts and e-mail addresses as the default parser has them';

-- dictionary templates

CREATE FUNCTION @extschema@.pt_stem_init(internal) RETURNS internal
	AS 'MODULE_PATHNAME', 'pt_stem_init'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.pt_stem_init(internal) IS
	'pt_stem dictionaries: read the Language and StopWords options';

CREATE FUNCTION @extschema@.pt_stem_lexize(internal, internal, internal, internal) RETURNS internal
	AS 'MODULE_PATHNAME', 'pt_stem_lexize'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.pt_stem_lexize(internal, internal, internal, internal) IS
	'pt_stem dictionaries: fold, drop stop words, stem';

CREATE TEXT SEARCH TEMPLATE @extschema@.pt_stem (
	INIT = @extschema@.pt_stem_init,
	LEXIZE = @extschema@.pt_stem_lexize
);
COMMENT ON TEXT SEARCH TEMPLATE @extschema@.pt_stem IS
	'Arabic and Persian stemming after pt_normalize folding; options Language = arabic | persian | auto, StopWords = true | false';

CREATE FUNCTION @extschema@.pt_fold_init(internal) RETURNS internal
	AS 'MODULE_PATHNAME', 'pt_fold_init'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.pt_fold_init(internal) IS
	'pt_fold dictionaries: read the Filter option';

CREATE FUNCTION @extschema@.pt_fold_lexize(internal, internal, internal, internal) RETURNS internal
	AS 'MODULE_PATHNAME', 'pt_fold_lexize'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.pt_fold_lexize(internal, internal, internal, internal) IS
	'pt_fold dictionaries: the folded token';

CREATE TEXT SEARCH TEMPLATE @extschema@.pt_fold (
	INIT = @extschema@.pt_fold_init,
	LEXIZE = @extschema@.pt_fold_lexize
);
COMMENT ON TEXT SEARCH TEMPLATE @extschema@.pt_fold IS
	'the token folded as pt_normalize folds it (digits to ASCII, case folded); option Filter = true | false';

-- dictionaries

CREATE TEXT SEARCH DICTIONARY @extschema@.policytext_stem (
	TEMPLATE = @extschema@.pt_stem, Language = 'auto', StopWords = 'true'
);
COMMENT ON TEXT SEARCH DICTIONARY @extschema@.policytext_stem IS
	'Arabic or Persian stem chosen by a strong sign of the word''s letters; both stems when the letters do not decide (in policytext: the words no context decides)';

CREATE TEXT SEARCH DICTIONARY @extschema@.policytext_arabic_stem (
	TEMPLATE = @extschema@.pt_stem, Language = 'arabic', StopWords = 'true'
);
COMMENT ON TEXT SEARCH DICTIONARY @extschema@.policytext_arabic_stem IS
	'Arabic stemmer with Arabic stop words';

CREATE TEXT SEARCH DICTIONARY @extschema@.policytext_persian_stem (
	TEMPLATE = @extschema@.pt_stem, Language = 'persian', StopWords = 'true'
);
COMMENT ON TEXT SEARCH DICTIONARY @extschema@.policytext_persian_stem IS
	'Persian stemmer with Persian stop words';

CREATE TEXT SEARCH DICTIONARY @extschema@.policytext_fold (
	TEMPLATE = @extschema@.pt_fold
);
COMMENT ON TEXT SEARCH DICTIONARY @extschema@.policytext_fold IS
	'numbers and other words folded: ۱۴۰۳, ١٤٠٣ and 1403 give one lexeme';

CREATE TEXT SEARCH DICTIONARY @extschema@.policytext_latin_fold (
	TEMPLATE = @extschema@.pt_fold, Filter = 'true'
);
COMMENT ON TEXT SEARCH DICTIONARY @extschema@.policytext_latin_fold IS
	'filter: case-folds Latin words the same way in every locale before english_stem';

-- configurations: the three share the parser and differ in the dictionary
-- for Arabic-script words

CREATE TEXT SEARCH CONFIGURATION @extschema@.policytext (
	PARSER = @extschema@.policytext_parser
);
ALTER TEXT SEARCH CONFIGURATION @extschema@.policytext
	ADD MAPPING FOR arabicword WITH @extschema@.policytext_stem;
ALTER TEXT SEARCH CONFIGURATION @extschema@.policytext
	ADD MAPPING FOR arword WITH @extschema@.policytext_arabic_stem;
ALTER TEXT SEARCH CONFIGURATION @extschema@.policytext
	ADD MAPPING FOR faword WITH @extschema@.policytext_persian_stem;
COMMENT ON TEXT SEARCH CONFIGURATION @extschema@.policytext IS
	'Arabic, Persian and English: the language of each Arabic-script word from its letters and its sentence, paragraph and document (arword, faword); words no context decides (a one-word query) get both stems';

CREATE TEXT SEARCH CONFIGURATION @extschema@.policytext_arabic (
	PARSER = @extschema@.policytext_parser
);
ALTER TEXT SEARCH CONFIGURATION @extschema@.policytext_arabic
	ADD MAPPING FOR arabicword, arword, faword WITH @extschema@.policytext_arabic_stem;
COMMENT ON TEXT SEARCH CONFIGURATION @extschema@.policytext_arabic IS
	'Arabic text (Latin words through english_stem)';

CREATE TEXT SEARCH CONFIGURATION @extschema@.policytext_persian (
	PARSER = @extschema@.policytext_parser
);
ALTER TEXT SEARCH CONFIGURATION @extschema@.policytext_persian
	ADD MAPPING FOR arabicword, arword, faword WITH @extschema@.policytext_persian_stem;
COMMENT ON TEXT SEARCH CONFIGURATION @extschema@.policytext_persian IS
	'Persian text (Latin words through english_stem)';

-- the same mappings for Latin words, numbers and other scripts in all three

ALTER TEXT SEARCH CONFIGURATION @extschema@.policytext
	ADD MAPPING FOR asciiword WITH pg_catalog.english_stem;
ALTER TEXT SEARCH CONFIGURATION @extschema@.policytext
	ADD MAPPING FOR word WITH @extschema@.policytext_latin_fold, pg_catalog.english_stem;
ALTER TEXT SEARCH CONFIGURATION @extschema@.policytext
	ADD MAPPING FOR numword, uint, decimal, otherword WITH @extschema@.policytext_fold;
ALTER TEXT SEARCH CONFIGURATION @extschema@.policytext
	ADD MAPPING FOR email, url, host, url_path WITH pg_catalog.simple;

ALTER TEXT SEARCH CONFIGURATION @extschema@.policytext_arabic
	ADD MAPPING FOR asciiword WITH pg_catalog.english_stem;
ALTER TEXT SEARCH CONFIGURATION @extschema@.policytext_arabic
	ADD MAPPING FOR word WITH @extschema@.policytext_latin_fold, pg_catalog.english_stem;
ALTER TEXT SEARCH CONFIGURATION @extschema@.policytext_arabic
	ADD MAPPING FOR numword, uint, decimal, otherword WITH @extschema@.policytext_fold;
ALTER TEXT SEARCH CONFIGURATION @extschema@.policytext_arabic
	ADD MAPPING FOR email, url, host, url_path WITH pg_catalog.simple;

ALTER TEXT SEARCH CONFIGURATION @extschema@.policytext_persian
	ADD MAPPING FOR asciiword WITH pg_catalog.english_stem;
ALTER TEXT SEARCH CONFIGURATION @extschema@.policytext_persian
	ADD MAPPING FOR word WITH @extschema@.policytext_latin_fold, pg_catalog.english_stem;
ALTER TEXT SEARCH CONFIGURATION @extschema@.policytext_persian
	ADD MAPPING FOR numword, uint, decimal, otherword WITH @extschema@.policytext_fold;
ALTER TEXT SEARCH CONFIGURATION @extschema@.policytext_persian
	ADD MAPPING FOR email, url, host, url_path WITH pg_catalog.simple;
