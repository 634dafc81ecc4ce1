
-- ---- registry tables ------------------------------------------------------
--
-- Rows the extension ships have shipped = true; users add their own rows
-- (shipped = false).  pg_dump keeps only the user rows (the shipped ones come
-- back with CREATE EXTENSION), so a restore never duplicates a shipped row.
-- Shipped rows are read-only outside the extension's scripts: updating or
-- deleting one is refused (it would come back, or clash, on restore); add a
-- user row instead.  See pt_registry_guard below.

CREATE TABLE @extschema@.pt_org (
	code text PRIMARY KEY
		CHECK (code OPERATOR(pg_catalog.~) '^[[:alnum:]][[:alnum:]_.-]*$'),
	name_en text NOT NULL CHECK (pg_catalog.btrim(name_en) OPERATOR(pg_catalog.<>) ''),
	kind text,
	parent text REFERENCES @extschema@.pt_org (code) ON UPDATE CASCADE ON DELETE SET NULL,
	country text,
	shipped boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE @extschema@.pt_org IS
	'organizations that pt_orgs() and the @~ operator find; code is the usual Latin acronym, compared without case and hyphens';

-- codes are looked up without case and punctuation: keep them distinct so
CREATE UNIQUE INDEX pt_org_code_key ON @extschema@.pt_org
	((pg_catalog.upper(pg_catalog.regexp_replace(code, '[^[:alnum:]]', '', 'g'))));

CREATE FUNCTION @extschema@.pt_org_name_valid(name text) RETURNS boolean
	AS 'MODULE_PATHNAME', 'pt_org_name_valid'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.pt_org_name_valid(text) IS
	'true if the organization matcher can use the name (1 to 32 words of letters or digits), else an error saying why';

CREATE TABLE @extschema@.pt_org_name (
	code text NOT NULL REFERENCES @extschema@.pt_org (code) ON UPDATE CASCADE ON DELETE CASCADE,
	name text NOT NULL CHECK (@extschema@.pt_org_name_valid(name)),
	lang text CHECK (lang OPERATOR(pg_catalog.=) ANY (ARRAY['ar', 'fa', 'en'])),
	form text NOT NULL DEFAULT 'variant'
		CHECK (form OPERATOR(pg_catalog.=) ANY (ARRAY['official', 'variant', 'acronym', 'script_acronym'])),
	shipped boolean NOT NULL DEFAULT false,
	PRIMARY KEY (code, name)
);
COMMENT ON TABLE @extschema@.pt_org_name IS
	'names of organizations in Arabic, Persian and English; form acronym: Latin letters match case-sensitively as written';

SELECT pg_catalog.pg_extension_config_dump('@extschema@.pt_org', 'WHERE NOT shipped');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.pt_org_name', 'WHERE NOT shipped');

-- ---- change tracking -------------------------------------------------------

CREATE FUNCTION @extschema@.pt_registry_changed() RETURNS trigger
	AS 'MODULE_PATHNAME', 'pt_registry_changed'
	LANGUAGE C VOLATILE;
COMMENT ON FUNCTION @extschema@.pt_registry_changed() IS
	'statement trigger of the registry tables: every session rebuilds its organization matcher from its next statement on';

CREATE FUNCTION @extschema@.pt_registry_guard() RETURNS trigger
	AS 'MODULE_PATHNAME', 'pt_registry_guard'
	LANGUAGE C VOLATILE;
COMMENT ON FUNCTION @extschema@.pt_registry_guard() IS
	'trigger of the registry tables: shipped rows change only through the extension''s scripts';

CREATE TRIGGER pt_org_guard BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.pt_org
	FOR EACH ROW EXECUTE FUNCTION @extschema@.pt_registry_guard();
CREATE TRIGGER pt_org_guard_truncate BEFORE TRUNCATE ON @extschema@.pt_org
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.pt_registry_guard();
CREATE TRIGGER pt_org_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON @extschema@.pt_org
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.pt_registry_changed();

CREATE TRIGGER pt_org_name_guard BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.pt_org_name
	FOR EACH ROW EXECUTE FUNCTION @extschema@.pt_registry_guard();
CREATE TRIGGER pt_org_name_guard_truncate BEFORE TRUNCATE ON @extschema@.pt_org_name
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.pt_registry_guard();
CREATE TRIGGER pt_org_name_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON @extschema@.pt_org_name
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.pt_registry_changed();


-- ---- privileges ------------------------------------------------------------
-- The registry is reference data: every role may read it, because the
-- matcher reads it with the rights of the role that calls pt_orgs() or @~
-- (nothing in the extension runs as SECURITY DEFINER).  Writing user rows is
-- for the roles the extension's owner chooses: the role that ran CREATE
-- EXTENSION (@extowner@; a database owner when the extension is installed as
-- trusted) gets the right to write and to grant it, for example to a group
-- of registry editors.  Shipped rows stay read-only for everyone
-- (pt_registry_guard).  Privileges set here are the objects' initial
-- privileges: pg_dump dumps only the grants made after them.

GRANT SELECT ON @extschema@.pt_org, @extschema@.pt_org_name TO PUBLIC;
GRANT SELECT, INSERT, UPDATE, DELETE ON @extschema@.pt_org, @extschema@.pt_org_name
	TO @extowner@ WITH GRANT OPTION;
