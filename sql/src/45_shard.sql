
-- ---- more than one server: registry-free matching --------------------------
-- postgres_fdw sends a condition to a shard only if its functions are
-- IMMUTABLE and belong to an extension named in the server's "extensions"
-- option.  @~ and pt_orgs read the registry and stay STABLE.  The forms
-- below take the names as an argument instead: the coordinator computes the
-- array once (a sub-select: (SELECT pt_org_names('IOM'))), postgres_fdw
-- sends it to every shard as a parameter, and the shards follow the
-- coordinator's registry whatever their own holds.

CREATE FUNCTION @extschema@.pt_mentions_any(doc text, names text[]) RETURNS boolean
	AS 'MODULE_PATHNAME', 'pt_mentions_any'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 2000;
COMMENT ON FUNCTION @extschema@.pt_mentions_any(text, text[]) IS
	'does the text mention one of the names (matched as the registry matches names: an element in capitals such as WHO, or in double quotes, is an acronym matched as written)? (operator @~>)';

CREATE FUNCTION @extschema@.pt_mention_restrict(internal, oid, internal, integer)
	RETURNS double precision
	AS 'MODULE_PATHNAME', 'pt_mention_restrict'
	LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.pt_mention_restrict(internal, oid, internal, integer) IS
	'restriction selectivity of @~ and @~>: the share of a small repeatable sample of the column that matches';

CREATE OPERATOR @extschema@.@~> (
	LEFTARG = text,
	RIGHTARG = text[],
	FUNCTION = @extschema@.pt_mentions_any,
	RESTRICT = @extschema@.pt_mention_restrict,
	JOIN = pg_catalog.contjoinsel
);
COMMENT ON OPERATOR @extschema@.@~> (text, text[]) IS
	'text mentions one of the names (no registry involved: IMMUTABLE, sent to postgres_fdw shards); indexable with pt_mention_ops';

-- the restriction estimate of @~ (a constant in 0.3)
ALTER OPERATOR @extschema@.@~ (text, text) SET (RESTRICT = @extschema@.pt_mention_restrict);

-- strategy 2 of the mention index: the same keys, the names from the array
ALTER OPERATOR FAMILY @extschema@.pt_mention_ops USING gin
	ADD OPERATOR 2 @extschema@.@~> (text, text[]);

CREATE FUNCTION @extschema@.pt_orgs(doc text, registry text[]) RETURNS text[]
	AS 'MODULE_PATHNAME', 'pt_orgs_in'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 2000;
COMMENT ON FUNCTION @extschema@.pt_orgs(text, text[]) IS
	'sorted distinct codes of the organizations a text names, with the registry given as rows (code, name) of pt_org_registry(): no registry lookup, sent to postgres_fdw shards';

CREATE FUNCTION @extschema@.pt_org_name_element(name text, acronym boolean) RETURNS text
	AS 'MODULE_PATHNAME', 'pt_org_name_element'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.pt_org_name_element(text, boolean) IS
	'a name written as an element of a name array for @~>, so that it matches as an acronym (case-sensitive) or not as the flag says';

CREATE FUNCTION @extschema@.pt_org_names(org text) RETURNS text[]
	AS 'MODULE_PATHNAME', 'pt_org_names'
	LANGUAGE C STABLE STRICT PARALLEL SAFE COST 10000;
COMMENT ON FUNCTION @extschema@.pt_org_names(text) IS
	'every current name of the organization given by code or name, written for @~> (empty if unknown): body @~> (SELECT pt_org_names(''IOM''))';

CREATE FUNCTION @extschema@.pt_org_registry() RETURNS text[]
	AS 'MODULE_PATHNAME', 'pt_org_registry'
	LANGUAGE C STABLE STRICT PARALLEL SAFE COST 2000;
COMMENT ON FUNCTION @extschema@.pt_org_registry() IS
	'the whole registry as rows (code, name) of a two-dimensional array, for pt_orgs(doc, registry): pt_orgs(body, (SELECT pt_org_registry())) = pt_orgs(body)';

-- ---- registry consistency across servers ------------------------------------

CREATE FUNCTION @extschema@.pt_registry_fingerprint() RETURNS text
	LANGUAGE sql STABLE PARALLEL SAFE
	AS $$
	SELECT pg_catalog.encode(pg_catalog.sha256(pg_catalog.convert_to(
		pg_catalog.concat(
			(SELECT pg_catalog.string_agg(
					CAST(pg_catalog.json_build_array(o.code) AS pg_catalog.text), E'\n'
					ORDER BY o.code COLLATE "C")
			 FROM @extschema@.pt_org o),
			E'\n\n',
			(SELECT pg_catalog.string_agg(
					CAST(pg_catalog.json_build_array(n.code, n.name,
						n.form OPERATOR(pg_catalog.=) 'acronym', n.shipped) AS pg_catalog.text), E'\n'
					ORDER BY n.code COLLATE "C", n.name COLLATE "C")
			 FROM @extschema@.pt_org_name n)),
		'UTF8')), 'hex')
	$$;
COMMENT ON FUNCTION @extschema@.pt_registry_fingerprint() IS
	'SHA-256 of what the organization matcher reads from the registry (codes; names with their acronym flag and shipped flag): equal on servers whose organization functions answer alike';

CREATE VIEW @extschema@.pt_registry_state AS
	SELECT @extschema@.pt_registry_fingerprint() AS fingerprint,
		(SELECT pg_catalog.count(*) FROM @extschema@.pt_org) AS orgs,
		(SELECT pg_catalog.count(*) FROM @extschema@.pt_org_name) AS names,
		(SELECT e.extversion FROM pg_catalog.pg_extension e
		 WHERE e.extname OPERATOR(pg_catalog.=) 'policytext') AS version;
COMMENT ON VIEW @extschema@.pt_registry_state IS
	'this server''s registry fingerprint, row counts and policytext version: a foreign table over it on a coordinator compares the shards';
GRANT SELECT ON @extschema@.pt_registry_state TO PUBLIC;

-- A logical replication subscriber applies rows with session_replication_role
-- = replica and fires row triggers only: these send the registry's change
-- message there (the statement triggers do it on the publisher).
CREATE TRIGGER pt_org_changed_apply AFTER INSERT OR UPDATE OR DELETE ON @extschema@.pt_org
	FOR EACH ROW EXECUTE FUNCTION @extschema@.pt_registry_changed();
ALTER TABLE @extschema@.pt_org ENABLE REPLICA TRIGGER pt_org_changed_apply;
CREATE TRIGGER pt_org_name_changed_apply AFTER INSERT OR UPDATE OR DELETE ON @extschema@.pt_org_name
	FOR EACH ROW EXECUTE FUNCTION @extschema@.pt_registry_changed();
ALTER TABLE @extschema@.pt_org_name ENABLE REPLICA TRIGGER pt_org_name_changed_apply;

-- ---- mention tables kept for nightly jobs -----------------------------------
-- pt_mention_table_attach(articles, key, body, mentions) creates a table of
-- the mentions (article key, code, mention, start_char, char_length), fills
-- it and keeps it in step with the articles by a trigger.  Registry changes
-- are logged; pt_mention_table_refresh(mentions) recomputes only the
-- articles that can contain a changed name, found with @~> (through a
-- pt_mention_ops index on the body, if there is one).

CREATE TABLE @extschema@.pt_org_name_log (
	id bigserial PRIMARY KEY,
	code text NOT NULL,
	name text NOT NULL,
	acronym boolean NOT NULL,
	xid xid8 NOT NULL DEFAULT pg_catalog.pg_current_xact_id(),
	logged_at timestamptz NOT NULL DEFAULT pg_catalog.now()
);
COMMENT ON TABLE @extschema@.pt_org_name_log IS
	'names added, changed or removed in pt_org_name (old and new) and the writing transaction, for pt_mention_table_refresh; kept only while a mention table exists';
GRANT SELECT ON @extschema@.pt_org_name_log TO PUBLIC;

CREATE FUNCTION @extschema@.pt_org_name_logged() RETURNS trigger
	LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
	AS $$
BEGIN
	IF NOT EXISTS (SELECT FROM @extschema@.pt_mention_table) THEN
		RETURN NULL;
	END IF;
	IF TG_OP IN ('UPDATE', 'DELETE') THEN
		INSERT INTO @extschema@.pt_org_name_log (code, name, acronym)
			VALUES (OLD.code, OLD.name, OLD.form = 'acronym');
	END IF;
	IF TG_OP IN ('UPDATE', 'INSERT') THEN
		INSERT INTO @extschema@.pt_org_name_log (code, name, acronym)
			VALUES (NEW.code, NEW.name, NEW.form = 'acronym');
	END IF;
	RETURN NULL;
END
$$;
COMMENT ON FUNCTION @extschema@.pt_org_name_logged() IS
	'row trigger of pt_org_name: logs the old and new names for pt_mention_table_refresh';

-- ALWAYS: a logical replication subscriber logs the changes it applies too
CREATE TRIGGER pt_org_name_log AFTER INSERT OR UPDATE OR DELETE ON @extschema@.pt_org_name
	FOR EACH ROW EXECUTE FUNCTION @extschema@.pt_org_name_logged();
ALTER TABLE @extschema@.pt_org_name ENABLE ALWAYS TRIGGER pt_org_name_log;

CREATE TABLE @extschema@.pt_mention_table (
	mentions regclass PRIMARY KEY,
	articles regclass NOT NULL,
	key_column name NOT NULL,
	body_column name NOT NULL,
	log_horizon xid8 NOT NULL
);
COMMENT ON TABLE @extschema@.pt_mention_table IS
	'mention tables kept by pt_mention_table_attach: their article table, and the transaction horizon below which every logged registry change has been applied';
ALTER TABLE @extschema@.pt_mention_table ENABLE ROW LEVEL SECURITY;
CREATE POLICY pt_mention_table_owner ON @extschema@.pt_mention_table
	USING (pg_catalog.pg_has_role((SELECT c.relowner FROM pg_catalog.pg_class c
								   WHERE c.oid OPERATOR(pg_catalog.=) mentions), 'USAGE'));
GRANT SELECT, INSERT, UPDATE, DELETE ON @extschema@.pt_mention_table TO PUBLIC;

-- Registry changes are applied by transaction horizon, without locks: a
-- refresh reads, in one snapshot, the log rows of transactions from the
-- previous horizon on and the new horizon (the oldest transaction still
-- running: every older one has ended and is visible).  Rows of transactions
-- past the horizon are read again next time (recomputing is idempotent).

-- drop the log rows that every mention table has applied
CREATE FUNCTION @extschema@.pt_org_name_log_trim() RETURNS void
	LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
	AS $$
	DELETE FROM @extschema@.pt_org_name_log l
	WHERE l.xid OPERATOR(pg_catalog.<) coalesce(
		(SELECT min(m.log_horizon) FROM @extschema@.pt_mention_table m), '18446744073709551615'::xid8)
	$$;
COMMENT ON FUNCTION @extschema@.pt_org_name_log_trim() IS
	'deletes the pt_org_name_log rows that every mention table has applied';

CREATE FUNCTION @extschema@.pt_mention_table_sync() RETURNS trigger
	LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp
	AS $$
DECLARE
	mentions text := TG_ARGV[0];
	keycol text := TG_ARGV[1];
	bodycol text := TG_ARGV[2];
	oldkey text;
	newkey text;
	oldbody text;
	newbody text;
BEGIN
	IF TG_OP = 'TRUNCATE' THEN
		EXECUTE pg_catalog.format('TRUNCATE %s', mentions);
		RETURN NULL;
	END IF;
	-- plain expressions, not queries: no plan (nor parallel worker) per row
	IF TG_OP IN ('UPDATE', 'DELETE') THEN
		oldkey := pg_catalog.to_jsonb(OLD) OPERATOR(pg_catalog.->>) keycol;
		oldbody := pg_catalog.to_jsonb(OLD) OPERATOR(pg_catalog.->>) bodycol;
	END IF;
	IF TG_OP IN ('UPDATE', 'INSERT') THEN
		newkey := pg_catalog.to_jsonb(NEW) OPERATOR(pg_catalog.->>) keycol;
		newbody := pg_catalog.to_jsonb(NEW) OPERATOR(pg_catalog.->>) bodycol;
	END IF;
	IF TG_OP = 'UPDATE' AND oldkey = newkey AND oldbody IS NOT DISTINCT FROM newbody THEN
		RETURN NULL;
	END IF;
	IF TG_OP IN ('UPDATE', 'DELETE') THEN
		EXECUTE pg_catalog.format('DELETE FROM %s WHERE article = ($1).%I', mentions, keycol)
			USING OLD;
	END IF;
	IF TG_OP IN ('UPDATE', 'INSERT') AND newbody IS NOT NULL THEN
		EXECUTE pg_catalog.format(
			'INSERT INTO %s (article, code, mention, start_char, char_length) '
			'SELECT ($1).%I, m.code, m.mention, m.start_char, m.char_length '
			'FROM @extschema@.pt_org_mentions(($1).%I) m', mentions, keycol, bodycol)
			USING NEW;
	END IF;
	RETURN NULL;
END
$$;
COMMENT ON FUNCTION @extschema@.pt_mention_table_sync() IS
	'trigger of an article table: keeps its mention table (see pt_mention_table_attach) in step';

CREATE FUNCTION @extschema@.pt_mention_table_attach(articles regclass, key_column name,
		body_column name, mentions name) RETURNS bigint
	LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp
	AS $$
DECLARE
	nsp text := (SELECT n.nspname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
				 WHERE c.oid = articles);
	keytype text := (SELECT format_type(a.atttypid, a.atttypmod) FROM pg_attribute a
					 WHERE a.attrelid = articles AND a.attname = key_column AND NOT a.attisdropped);
	qualified text := pg_catalog.format('%I.%I', nsp, mentions);
	horizon xid8 := pg_snapshot_xmin(pg_current_snapshot());
	n bigint;
BEGIN
	IF keytype IS NULL THEN
		RAISE EXCEPTION 'column "%" of "%" does not exist', key_column, articles
			USING ERRCODE = 'undefined_column';
	END IF;
	IF NOT EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = articles
				   AND a.attname = body_column AND NOT a.attisdropped
				   AND a.atttypid = 'text'::regtype) THEN
		RAISE EXCEPTION 'column "%" of "%" is not a text column', body_column, articles
			USING ERRCODE = 'datatype_mismatch';
	END IF;
	EXECUTE pg_catalog.format(
		'CREATE TABLE %s (article %s NOT NULL, code text NOT NULL, mention text NOT NULL, '
		'start_char integer NOT NULL, char_length integer NOT NULL)', qualified, keytype);
	EXECUTE pg_catalog.format('CREATE INDEX ON %s (article)', qualified);
	EXECUTE pg_catalog.format('CREATE INDEX ON %s (code)', qualified);
	EXECUTE pg_catalog.format(
		'INSERT INTO %s SELECT a.%I, m.code, m.mention, m.start_char, m.char_length '
		'FROM %s a, @extschema@.pt_org_mentions(a.%I) m', qualified, key_column, articles, body_column);
	GET DIAGNOSTICS n = ROW_COUNT;
	EXECUTE pg_catalog.format(
		'CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %s FOR EACH ROW '
		'EXECUTE FUNCTION @extschema@.pt_mention_table_sync(%L, %L, %L)',
		mentions || '_sync', articles, qualified, key_column, body_column);
	EXECUTE pg_catalog.format(
		'CREATE TRIGGER %I AFTER TRUNCATE ON %s FOR EACH STATEMENT '
		'EXECUTE FUNCTION @extschema@.pt_mention_table_sync(%L, %L, %L)',
		mentions || '_truncate', articles, qualified, key_column, body_column);
	INSERT INTO @extschema@.pt_mention_table VALUES (qualified::regclass, articles, key_column,
		body_column, horizon);
	RETURN n;
END
$$;
COMMENT ON FUNCTION @extschema@.pt_mention_table_attach(regclass, name, name, name) IS
	'creates the mention table (article, code, mention, start_char, char_length) of an article table, fills it and keeps it in step by triggers; returns the mentions found';

CREATE FUNCTION @extschema@.pt_mention_table_refresh(mentions regclass) RETURNS bigint
	LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp
	AS $$
DECLARE
	t @extschema@.pt_mention_table;
	horizon xid8;
	names text[];
	n bigint;
BEGIN
	SELECT * INTO t FROM @extschema@.pt_mention_table m WHERE m.mentions = $1 FOR UPDATE;
	IF NOT FOUND THEN
		RAISE EXCEPTION '"%" is not a mention table of pt_mention_table_attach', $1
			USING ERRCODE = 'invalid_parameter_value';
	END IF;
	-- one snapshot: the changed names and the new horizon
	SELECT pg_snapshot_xmin(pg_current_snapshot()),
		array_agg(DISTINCT @extschema@.pt_org_name_element(l.name, l.acronym))
		INTO horizon, names
		FROM @extschema@.pt_org_name_log l
		WHERE l.xid >= t.log_horizon;
	IF names IS NULL THEN
		UPDATE @extschema@.pt_mention_table m SET log_horizon = horizon WHERE m.mentions = $1;
		PERFORM @extschema@.pt_org_name_log_trim();
		RETURN 0;
	END IF;
	-- the articles that can contain a changed name (old or new), once
	EXECUTE pg_catalog.format(
		'CREATE TEMPORARY TABLE pt_refresh_keys ON COMMIT DROP AS '
		'SELECT %I AS k FROM %s WHERE %I OPERATOR(@extschema@.@~>) $1',
		t.key_column, t.articles, t.body_column) USING names;
	GET DIAGNOSTICS n = ROW_COUNT;
	EXECUTE pg_catalog.format('DELETE FROM %s WHERE article IN (SELECT k FROM pt_refresh_keys)',
		t.mentions);
	EXECUTE pg_catalog.format(
		'INSERT INTO %s SELECT a.%I, m.code, m.mention, m.start_char, m.char_length '
		'FROM %s a, @extschema@.pt_org_mentions(a.%I) m WHERE a.%I IN (SELECT k FROM pt_refresh_keys)',
		t.mentions, t.key_column, t.articles, t.body_column, t.key_column);
	DROP TABLE pt_refresh_keys;
	UPDATE @extschema@.pt_mention_table m SET log_horizon = horizon WHERE m.mentions = $1;
	PERFORM @extschema@.pt_org_name_log_trim();
	RETURN n;
END
$$;
COMMENT ON FUNCTION @extschema@.pt_mention_table_refresh(regclass) IS
	'after registry changes: recomputes the mentions of only the articles that contain a name changed since the last refresh; returns how many articles';

CREATE FUNCTION @extschema@.pt_mention_table_rebuild(mentions regclass) RETURNS bigint
	LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp
	AS $$
DECLARE
	t @extschema@.pt_mention_table;
	horizon xid8 := pg_snapshot_xmin(pg_current_snapshot());
	n bigint;
BEGIN
	SELECT * INTO t FROM @extschema@.pt_mention_table m WHERE m.mentions = $1 FOR UPDATE;
	IF NOT FOUND THEN
		RAISE EXCEPTION '"%" is not a mention table of pt_mention_table_attach', $1
			USING ERRCODE = 'invalid_parameter_value';
	END IF;
	EXECUTE pg_catalog.format('DELETE FROM %s', t.mentions);
	EXECUTE pg_catalog.format(
		'INSERT INTO %s SELECT a.%I, m.code, m.mention, m.start_char, m.char_length '
		'FROM %s a, @extschema@.pt_org_mentions(a.%I) m',
		t.mentions, t.key_column, t.articles, t.body_column);
	GET DIAGNOSTICS n = ROW_COUNT;
	UPDATE @extschema@.pt_mention_table m SET log_horizon = horizon WHERE m.mentions = $1;
	PERFORM @extschema@.pt_org_name_log_trim();
	RETURN n;
END
$$;
COMMENT ON FUNCTION @extschema@.pt_mention_table_rebuild(regclass) IS
	'recomputes every mention of a mention table (the full recompute that refresh avoids); returns the mentions found';
