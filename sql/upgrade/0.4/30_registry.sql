
-- ---- registry privileges (see sql/src/30_registry.sql) ----------------------
GRANT SELECT ON @extschema@.pt_org, @extschema@.pt_org_name TO PUBLIC;
GRANT SELECT, INSERT, UPDATE, DELETE ON @extschema@.pt_org, @extschema@.pt_org_name
	TO @extowner@ WITH GRANT OPTION;
