
-- ---- stored outputs that 0.5 changes -----------------------------------------
-- 0.5 changes to_tsvector with the policytext configurations (see
-- CHANGELOG.md).  Indexes and stored generated columns built on them by 0.4
-- hold the old lexemes: name every one of them in a WARNING (extension
-- scripts run with client_min_messages = warning), so the user can REINDEX (or
-- recompute the column).  pt_normalize, pt_name_key and the pt_mention_ops
-- keys are unchanged.
DO $$
DECLARE
	r record;
BEGIN
	FOR r IN
		SELECT DISTINCT d.classid::pg_catalog.regclass AS cls, d.objid, d.objsubid
		FROM pg_catalog.pg_depend d
		JOIN pg_catalog.pg_ts_config c ON d.refclassid OPERATOR(pg_catalog.=) 'pg_catalog.pg_ts_config'::pg_catalog.regclass
			AND d.refobjid OPERATOR(pg_catalog.=) c.oid
		WHERE c.cfgnamespace OPERATOR(pg_catalog.=) '@extschema@'::pg_catalog.regnamespace
			AND d.deptype OPERATOR(pg_catalog.<>) 'e'
			AND d.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_class'::pg_catalog.regclass
	LOOP
		IF r.objsubid OPERATOR(pg_catalog.=) 0 THEN
			RAISE WARNING 'policytext 0.5 changes the lexemes of its text search configurations: REINDEX INDEX %',
				r.objid::pg_catalog.regclass;
		ELSE
			RAISE WARNING 'policytext 0.5 changes the lexemes of its text search configurations: recompute column % of %',
				(SELECT attname FROM pg_catalog.pg_attribute
				 WHERE attrelid OPERATOR(pg_catalog.=) r.objid AND attnum OPERATOR(pg_catalog.=) r.objsubid),
				r.objid::pg_catalog.regclass
				USING HINT = 'UPDATE the table setting the column''s source, or rewrite the table (ALTER TABLE ... ALTER COLUMN ... TYPE tsvector).';
		END IF;
	END LOOP;
END
$$;
