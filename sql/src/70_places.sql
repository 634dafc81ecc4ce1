
-- ---- countries (0.4) ---------------------------------------------------------
--
-- The country table works as the organization registry: rows the extension
-- ships have shipped = true; users add their own (shipped = false), which
-- pg_dump keeps and a restore or upgrade brings back; shipped rows are
-- read-only outside the extension's scripts (pt_registry_guard); every
-- session rebuilds its country finder from its next statement on after a
-- change (pt_registry_changed).  The shipped rows are in 71_places_data.sql,
-- generated from sql/registry/countries.tsv and country_names.tsv.

CREATE TABLE @extschema@.pt_country (
	code text PRIMARY KEY
		CHECK (code OPERATOR(pg_catalog.~) '^[A-Z][A-Z0-9]$'),
	name_en text NOT NULL CHECK (pg_catalog.btrim(name_en) OPERATOR(pg_catalog.<>) ''),
	shipped boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE @extschema@.pt_country IS
	'countries that pt_places() and the @# operator find: ISO 3166-1 alpha-2 code (two upper-case letters or digits) and English name';

CREATE FUNCTION @extschema@.pt_place_name_valid(name text) RETURNS boolean
	AS 'MODULE_PATHNAME', 'pt_place_name_valid'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 5;
COMMENT ON FUNCTION @extschema@.pt_place_name_valid(text) IS
	'true if the country finder can use the name (1 to 32 words of letters or digits), else an error saying why';

CREATE TABLE @extschema@.pt_country_name (
	code text NOT NULL REFERENCES @extschema@.pt_country (code) ON UPDATE CASCADE ON DELETE CASCADE,
	name text NOT NULL CHECK (@extschema@.pt_place_name_valid(name)),
	lang text NOT NULL CHECK (lang OPERATOR(pg_catalog.=) ANY (ARRAY['ar', 'fa', 'en'])),
	form text NOT NULL DEFAULT 'name'
		CHECK (form OPERATOR(pg_catalog.=) ANY (ARRAY['name', 'official', 'acronym', 'person',
			'demonym', 'capital', 'ambiguous', 'blocker'])),
	shipped boolean NOT NULL DEFAULT false,
	PRIMARY KEY (code, name, lang)
);
COMMENT ON TABLE @extschema@.pt_country_name IS
	'names of countries in Arabic, Persian and English; form: name, official, acronym (Latin letters as written), person (also a given name: not next to another capitalised word), demonym (a stem: inflections generated), capital, ambiguous (decided only by diacritics or language), blocker (a region or phrase with a country word: matched, gives nothing)';

CREATE INDEX pt_country_name_name ON @extschema@.pt_country_name (name);

SELECT pg_catalog.pg_extension_config_dump('@extschema@.pt_country', 'WHERE NOT shipped');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.pt_country_name', 'WHERE NOT shipped');

CREATE TRIGGER pt_country_guard BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.pt_country
	FOR EACH ROW EXECUTE FUNCTION @extschema@.pt_registry_guard();
CREATE TRIGGER pt_country_guard_truncate BEFORE TRUNCATE ON @extschema@.pt_country
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.pt_registry_guard();
CREATE TRIGGER pt_country_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON @extschema@.pt_country
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.pt_registry_changed();

CREATE TRIGGER pt_country_name_guard BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.pt_country_name
	FOR EACH ROW EXECUTE FUNCTION @extschema@.pt_registry_guard();
CREATE TRIGGER pt_country_name_guard_truncate BEFORE TRUNCATE ON @extschema@.pt_country_name
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.pt_registry_guard();
CREATE TRIGGER pt_country_name_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON @extschema@.pt_country_name
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.pt_registry_changed();

-- reference data, readable by every role (as the organization registry)
GRANT SELECT ON @extschema@.pt_country, @extschema@.pt_country_name TO PUBLIC;
GRANT SELECT, INSERT, UPDATE, DELETE ON @extschema@.pt_country, @extschema@.pt_country_name
	TO @extowner@ WITH GRANT OPTION;

-- ---- country functions ---------------------------------------------------------
-- All read the country table through a finder cached per session and rebuilt
-- after any change of the tables: STABLE, not IMMUTABLE.

CREATE FUNCTION @extschema@.pt_places(doc text) RETURNS text[]
	AS 'MODULE_PATHNAME', 'pt_places_fn'
	LANGUAGE C STABLE STRICT PARALLEL SAFE COST 100;
COMMENT ON FUNCTION @extschema@.pt_places(text) IS
	'sorted distinct ISO 3166-1 alpha-2 codes of the countries a text names: names, official names, demonyms in any inflection, capitals (leftmost-longest; regions, currencies, look-alikes give nothing)';

CREATE FUNCTION @extschema@.pt_place(name text) RETURNS text
	AS 'MODULE_PATHNAME', 'pt_place_fn'
	LANGUAGE C STABLE STRICT PARALLEL SAFE COST 10;
COMMENT ON FUNCTION @extschema@.pt_place(text) IS
	'code of the country one whole name, demonym or capital denotes, as in a text; NULL if none or ambiguous';

CREATE FUNCTION @extschema@.pt_place_mentions(doc text,
		OUT code text, OUT mention text, OUT start_char integer, OUT char_length integer)
	RETURNS SETOF record
	AS 'MODULE_PATHNAME', 'pt_place_mentions'
	LANGUAGE C STABLE STRICT PARALLEL SAFE COST 100 ROWS 5;
COMMENT ON FUNCTION @extschema@.pt_place_mentions(text) IS
	'each mention of a country: code, the text as written, 1-based character offset and length (substr(doc, start_char, char_length) = mention)';

CREATE FUNCTION @extschema@.pt_place_finder_stats(
		OUT names integer, OUT countries integer, OUT tokens integer, OUT nodes integer,
		OUT bytes bigint, OUT build_ms double precision)
	AS 'MODULE_PATHNAME', 'pt_place_finder_stats'
	LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.pt_place_finder_stats() IS
	'the session''s country finder (built now if needed): names with generated forms, countries, canonical tokens, trie nodes, memory in bytes, build time in ms';

CREATE FUNCTION @extschema@.pt_mentions_place(doc text, country text) RETURNS boolean
	AS 'MODULE_PATHNAME', 'pt_mentions_place'
	LANGUAGE C STABLE STRICT PARALLEL SAFE COST 100;
COMMENT ON FUNCTION @extschema@.pt_mentions_place(text, text) IS
	'does the text name the country given by code (case ignored) or by any of its names? (operator @#)';

CREATE OPERATOR @extschema@.@# (
	LEFTARG = text,
	RIGHTARG = text,
	FUNCTION = @extschema@.pt_mentions_place,
	RESTRICT = pg_catalog.contsel,
	JOIN = pg_catalog.contjoinsel
);
COMMENT ON OPERATOR @extschema@.@# (text, text) IS
	'text mentions country (right side: an ISO code or a name); indexable with pt_mention_ops (strategy 3)';

-- the index of organization mentions serves countries too: its keys are the
-- words of the text, whatever the names; the query asks for the keys of the
-- country's names and every candidate is rechecked with pt_mentions_place
ALTER OPERATOR FAMILY @extschema@.pt_mention_ops USING gin
	ADD OPERATOR 3 @extschema@.@# (text, text);

-- ---- organizations by country ------------------------------------------------

CREATE VIEW @extschema@.pt_org_country AS
	SELECT o.code AS org, o.name_en AS org_name, o.kind, c.code AS country,
		   c.name_en AS country_name
	FROM @extschema@.pt_org o
		JOIN @extschema@.pt_country c
		ON c.code OPERATOR(pg_catalog.=) pg_catalog.upper(o.country);
COMMENT ON VIEW @extschema@.pt_org_country IS
	'organizations the registry ties to a country (pt_org.country), with the country''s English name: for counts of ministries per country';
GRANT SELECT ON @extschema@.pt_org_country TO PUBLIC;
