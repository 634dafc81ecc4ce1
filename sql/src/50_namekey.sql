
-- ---- name keys -----------------------------------------------------------
-- name fingerprints and near matching for bodies outside the registry

CREATE FUNCTION @extschema@.pt_name_key(text) RETURNS text
	AS 'MODULE_PATHNAME', 'pt_name_key'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.pt_name_key(text) IS
	'fingerprint of a body''s name: folded, function words and articles removed, words stemmed, sorted and de-duplicated; equal for spellings and word orders of one name, '''' for a name without content words; index it to join names';

CREATE FUNCTION @extschema@.pt_name_similarity(text, text) RETURNS real
	AS 'MODULE_PATHNAME', 'pt_name_similarity'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.pt_name_similarity(text, text) IS
	'similarity of two names from 0 to 1: weighted Dice over the words of their pt_name_key, generic words (ministry, organization, international) counting a quarter, a typo in a word of four letters or more counting in part; 1 exactly for equal keys, 0 when a key is empty';

CREATE FUNCTION @extschema@.pt_name_similar(text, text) RETURNS boolean
	AS 'MODULE_PATHNAME', 'pt_name_similar'
	LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.pt_name_similar(text, text) IS
	'true when pt_name_similarity of the two names reaches the setting policytext.name_similarity_threshold (default 0.7); the function of the %~ operator';

CREATE OPERATOR @extschema@.%~ (
	LEFTARG = text,
	RIGHTARG = text,
	FUNCTION = @extschema@.pt_name_similar,
	COMMUTATOR = OPERATOR(@extschema@.%~),
	RESTRICT = pg_catalog.matchingsel,
	JOIN = pg_catalog.matchingjoinsel
);
COMMENT ON OPERATOR @extschema@.%~ (text, text) IS
	'names near each other: pt_name_similarity reaches policytext.name_similarity_threshold';
