
-- ---- the stored mention keys, visible (see sql/src/40_orgs.sql) ------------
CREATE FUNCTION @extschema@.pt_mention_keys(doc text) RETURNS integer[]
	AS 'MODULE_PATHNAME', 'pt_mention_keys'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 50;
COMMENT ON FUNCTION @extschema@.pt_mention_keys(text) IS
	'the keys pt_mention_ops stores for a document (hashes of its canonical word forms), sorted: what the index holds for the text';
