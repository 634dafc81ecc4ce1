
-- ---- organization functions -----------------------------------------------
-- All read the registry through a matcher cached per session and rebuilt
-- after any change of the registry tables: STABLE, not IMMUTABLE.
-- COST: searching a 2.8 kB news article takes about 0.2 ms (measured,
-- detoasting included), the time of some 8,000 cpu_operator_cost units;
-- 2000 keeps the planner's choice between the mention index and a scan
-- right for texts from a few hundred bytes up.

CREATE FUNCTION @extschema@.pt_org(name text) RETURNS text
	AS 'MODULE_PATHNAME', 'pt_org'
	LANGUAGE C STABLE STRICT PARALLEL SAFE COST 50;
COMMENT ON FUNCTION @extschema@.pt_org(text) IS
	'code of the organization a whole name or acronym denotes, tolerant of letter variants, attached prefixes, ZWNJ and ezafe; NULL if none';

CREATE FUNCTION @extschema@.pt_orgs(doc text) RETURNS text[]
	AS 'MODULE_PATHNAME', 'pt_orgs'
	LANGUAGE C STABLE STRICT PARALLEL SAFE COST 2000;
COMMENT ON FUNCTION @extschema@.pt_orgs(text) IS
	'sorted distinct codes of the organizations a text names (leftmost-longest matches)';

CREATE FUNCTION @extschema@.pt_org_mentions(doc text,
		OUT code text, OUT mention text, OUT start_char integer, OUT char_length integer)
	RETURNS SETOF record
	AS 'MODULE_PATHNAME', 'pt_org_mentions'
	LANGUAGE C STABLE STRICT PARALLEL SAFE COST 2000 ROWS 5;
COMMENT ON FUNCTION @extschema@.pt_org_mentions(text) IS
	'each mention of an organization: code, the text as written, 1-based character offset and length (substr(doc, start_char, char_length) = mention)';

CREATE FUNCTION @extschema@.pt_org_matcher_stats(
		OUT names integer, OUT codes integer, OUT tokens integer, OUT nodes integer,
		OUT bytes bigint, OUT build_ms double precision)
	AS 'MODULE_PATHNAME', 'pt_org_matcher_stats'
	LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.pt_org_matcher_stats() IS
	'the session''s organization matcher (built now if needed): names, codes, canonical tokens, trie nodes, memory in bytes, build time in ms';

CREATE FUNCTION @extschema@.pt_mentions_org(doc text, org text) RETURNS boolean
	AS 'MODULE_PATHNAME', 'pt_mentions_org'
	LANGUAGE C STABLE STRICT PARALLEL SAFE COST 2000;
COMMENT ON FUNCTION @extschema@.pt_mentions_org(text, text) IS
	'does the text name the organization given by code (case and hyphens ignored) or by any registered name? (operator @~)';

CREATE FUNCTION @extschema@.pt_same_org(a text, b text) RETURNS boolean
	AS 'MODULE_PATHNAME', 'pt_same_org'
	LANGUAGE C STABLE STRICT PARALLEL SAFE COST 50;
COMMENT ON FUNCTION @extschema@.pt_same_org(text, text) IS
	'do two names or codes denote the same registered organization? (operator ~=)';

CREATE OPERATOR @extschema@.@~ (
	LEFTARG = text,
	RIGHTARG = text,
	FUNCTION = @extschema@.pt_mentions_org,
	RESTRICT = pg_catalog.contsel,
	JOIN = pg_catalog.contjoinsel
);
COMMENT ON OPERATOR @extschema@.@~ (text, text) IS
	'text mentions organization (right side: a code or a registered name); indexable with pt_mention_ops';

CREATE OPERATOR @extschema@.~= (
	LEFTARG = text,
	RIGHTARG = text,
	FUNCTION = @extschema@.pt_same_org,
	COMMUTATOR = OPERATOR(@extschema@.~=),
	RESTRICT = pg_catalog.eqsel,
	JOIN = pg_catalog.eqjoinsel
);
COMMENT ON OPERATOR @extschema@.~= (text, text) IS
	'the two names or codes denote the same registered organization';

-- ---- GIN index support for @~ ----------------------------------------------
-- Index keys are hashes of the canonical word forms of the document and do
-- not depend on the registry; a query needs, for some variant of some
-- current name of the organization, all of its words, and every match is
-- rechecked with pt_mentions_org, so results stay exact when names change.

CREATE FUNCTION @extschema@.pt_mention_extract_value(text, internal, internal)
	RETURNS internal
	AS 'MODULE_PATHNAME', 'pt_mention_extract_value'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.pt_mention_extract_value(text, internal, internal) IS
	'GIN support of pt_mention_ops: keys of a document';

CREATE FUNCTION @extschema@.pt_mention_extract_query(text, internal, int2, internal, internal, internal, internal)
	RETURNS internal
	AS 'MODULE_PATHNAME', 'pt_mention_extract_query'
	LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.pt_mention_extract_query(text, internal, int2, internal, internal, internal, internal) IS
	'GIN support of pt_mention_ops: keys of the names of an organization';

CREATE FUNCTION @extschema@.pt_mention_consistent(internal, int2, text, int4, internal, internal, internal, internal)
	RETURNS boolean
	AS 'MODULE_PATHNAME', 'pt_mention_consistent'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.pt_mention_consistent(internal, int2, text, int4, internal, internal, internal, internal) IS
	'GIN support of pt_mention_ops: some name variant has all its keys (always rechecked)';

CREATE FUNCTION @extschema@.pt_mention_triconsistent(internal, int2, text, int4, internal, internal, internal)
	RETURNS "char"
	AS 'MODULE_PATHNAME', 'pt_mention_triconsistent'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.pt_mention_triconsistent(internal, int2, text, int4, internal, internal, internal) IS
	'GIN support of pt_mention_ops: ternary form of pt_mention_consistent';

CREATE OPERATOR CLASS @extschema@.pt_mention_ops FOR TYPE text USING gin AS
	OPERATOR 1 @extschema@.@~ (text, text),
	FUNCTION 1 pg_catalog.btint4cmp(int4, int4),
	FUNCTION 2 @extschema@.pt_mention_extract_value(text, internal, internal),
	FUNCTION 3 @extschema@.pt_mention_extract_query(text, internal, int2, internal, internal, internal, internal),
	FUNCTION 4 @extschema@.pt_mention_consistent(internal, int2, text, int4, internal, internal, internal, internal),
	FUNCTION 6 @extschema@.pt_mention_triconsistent(internal, int2, text, int4, internal, internal, internal),
	STORAGE int4;
COMMENT ON OPERATOR CLASS @extschema@.pt_mention_ops USING gin IS
	'index of the organization mentions of a text column, for @~ in WHERE and JOIN conditions';

CREATE FUNCTION @extschema@.pt_mention_keys(doc text) RETURNS integer[]
	AS 'MODULE_PATHNAME', 'pt_mention_keys'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 50;
COMMENT ON FUNCTION @extschema@.pt_mention_keys(text) IS
	'the keys pt_mention_ops stores for a document (hashes of its canonical word forms), sorted: what the index holds for the text';
