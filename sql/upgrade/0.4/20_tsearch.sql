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
