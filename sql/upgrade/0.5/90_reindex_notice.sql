
-- ---- stored outputs that 0.5 changes -----------------------------------------
-- 0.5 changes to_tsvector with policytext and policytext_persian for two
-- classes of Persian words (see CHANGELOG.md).  Indexes, stored generated
-- columns and materialized views built on them by 0.4 hold the old lexemes:
-- name every one of them in a WARNING (extension scripts run with
-- client_min_messages = warning), so the user can rebuild it.  Named: what
-- depends on a configuration that uses the policytext parser or a
-- policytext stemming dictionary (the user's own copies too), but
-- policytext_arabic, whose lexemes do not change.  pt_normalize,
-- pt_name_key and the pt_mention_ops keys are unchanged.
DO $$
DECLARE
	r record;
BEGIN
	FOR r IN
		SELECT DISTINCT
			CASE d.classid
				WHEN 'pg_catalog.pg_attrdef'::pg_catalog.regclass THEN ad.adrelid
				WHEN 'pg_catalog.pg_rewrite'::pg_catalog.regclass THEN rw.ev_class
				ELSE d.objid END AS rel,
			CASE d.classid
				WHEN 'pg_catalog.pg_attrdef'::pg_catalog.regclass THEN ad.adnum
				WHEN 'pg_catalog.pg_rewrite'::pg_catalog.regclass THEN 0
				ELSE d.objsubid END AS att,
			d.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_rewrite'::pg_catalog.regclass AS matview
		FROM pg_catalog.pg_depend d
		JOIN pg_catalog.pg_ts_config c ON d.refclassid OPERATOR(pg_catalog.=) 'pg_catalog.pg_ts_config'::pg_catalog.regclass
			AND d.refobjid OPERATOR(pg_catalog.=) c.oid
		LEFT JOIN pg_catalog.pg_attrdef ad ON d.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_attrdef'::pg_catalog.regclass
			AND ad.oid OPERATOR(pg_catalog.=) d.objid
		LEFT JOIN pg_catalog.pg_rewrite rw ON d.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_rewrite'::pg_catalog.regclass
			AND rw.oid OPERATOR(pg_catalog.=) d.objid
		WHERE (c.cfgparser OPERATOR(pg_catalog.=)
				(SELECT p.oid FROM pg_catalog.pg_ts_parser p
				 WHERE p.prsname OPERATOR(pg_catalog.=) 'policytext_parser'
					AND p.prsnamespace OPERATOR(pg_catalog.=) '@extschema@'::pg_catalog.regnamespace)
			   OR EXISTS (SELECT 1 FROM pg_catalog.pg_ts_config_map m
						  JOIN pg_catalog.pg_ts_dict t ON t.oid OPERATOR(pg_catalog.=) m.mapdict
						  WHERE m.mapcfg OPERATOR(pg_catalog.=) c.oid
							AND t.dicttemplate OPERATOR(pg_catalog.=)
								(SELECT tm.oid FROM pg_catalog.pg_ts_template tm
								 WHERE tm.tmplname OPERATOR(pg_catalog.=) 'pt_stem'
									AND tm.tmplnamespace OPERATOR(pg_catalog.=) '@extschema@'::pg_catalog.regnamespace)))
			AND c.oid OPERATOR(pg_catalog.<>) '@extschema@.policytext_arabic'::pg_catalog.regconfig
			AND d.deptype OPERATOR(pg_catalog.<>) 'e'
			AND (d.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_class'::pg_catalog.regclass
				 OR ad.oid IS NOT NULL
				 OR rw.ev_class IN (SELECT k.oid FROM pg_catalog.pg_class k
									WHERE k.relkind OPERATOR(pg_catalog.=) 'm'))
		ORDER BY 1, 2
	LOOP
		IF r.matview THEN
			RAISE WARNING 'policytext 0.5 changes the lexemes of its Persian text search: REFRESH MATERIALIZED VIEW %',
				r.rel::pg_catalog.regclass;
		ELSIF r.att OPERATOR(pg_catalog.=) 0 THEN
			RAISE WARNING 'policytext 0.5 changes the lexemes of its Persian text search: REINDEX INDEX %',
				r.rel::pg_catalog.regclass;
		ELSE
			RAISE WARNING 'policytext 0.5 changes the lexemes of its Persian text search: recompute column % of %',
				(SELECT attname FROM pg_catalog.pg_attribute
				 WHERE attrelid OPERATOR(pg_catalog.=) r.rel AND attnum OPERATOR(pg_catalog.=) r.att),
				r.rel::pg_catalog.regclass
				USING HINT = 'UPDATE the table setting the column''s source, or rewrite the table (ALTER TABLE ... ALTER COLUMN ... TYPE tsvector).';
		END IF;
	END LOOP;
END
$$;
