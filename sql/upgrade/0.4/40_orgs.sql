
-- ---- organizations: planner costs (see sql/src/40_orgs.sql) -----------------
-- The restriction estimate of @~ and strategy 2 of pt_mention_ops are set in
-- sql/src/45_shard.sql, which the upgrade runs too.
ALTER FUNCTION @extschema@.pt_org(text) COST 50;
ALTER FUNCTION @extschema@.pt_orgs(text) COST 2000;
ALTER FUNCTION @extschema@.pt_org_mentions(text) COST 2000;
ALTER FUNCTION @extschema@.pt_mentions_org(text, text) COST 2000;
ALTER FUNCTION @extschema@.pt_same_org(text, text) COST 50;
