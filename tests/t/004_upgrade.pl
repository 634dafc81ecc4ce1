# Upgrades: install the first version of policytext, use it (a table, an
# expression index and a view over its functions), then ALTER EXTENSION
# UPDATE one version at a time along every shipped version, using what each
# version adds (a text-search index, user organizations and names, a mention
# index) and checking after every step that nothing used before was lost or
# answers differently.  At the end the upgraded extension must equal a fresh
# install of the default version: the same member objects, function
# definitions and properties, comments, text-search mappings, registry
# tables, constraints, triggers, dump configuration and shipped rows.
use strict;
use warnings;

use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;

my $node = PostgreSQL::Test::Cluster->new('upgrade');
$node->init(extra => [ '--encoding=UTF8', '--locale=C' ]);
$node->start;

my @versions = split /\n/, $node->safe_psql('postgres', q{
	SELECT version FROM pg_available_extension_versions WHERE name = 'policytext'
	ORDER BY string_to_array(version, '.')::int[]});
my $default = $node->safe_psql('postgres',
	q{SELECT default_version FROM pg_available_extensions WHERE name = 'policytext'});
cmp_ok(scalar(@versions), '>=', 1, 'versions available: ' . join(', ', @versions));
is($versions[-1], $default, 'the default version is the newest');

$node->safe_psql('postgres', 'CREATE DATABASE up');
$node->safe_psql('postgres', 'CREATE DATABASE fresh');

# what each feature's use answers; checked again after every later step
my %checks;

sub use_features
{
	my ($version) = @_;

	if (!exists $checks{normalize})
	{
		$node->safe_psql(
			'up', q{
			CREATE TABLE notes (id int PRIMARY KEY, body text NOT NULL);
			INSERT INTO notes VALUES
				(1, 'أعلنت وزارة التضامن الاجتماعي عن الحمايةُ الاجتماعيّة للأسر.'),
				(2, 'سازمان بهزیستی کشور از پروژه‌های جدید حمایتی خبر داد.'),
				(3, 'The ILO and UNICEF back the cash transfer programme.'),
				(4, 'وقالت اليونيسف ومنظمة الهجرة الدولية إن الدعم سيستمر.');
			CREATE INDEX notes_norm ON notes (pt_normalize(body));
			CREATE VIEW notes_view AS SELECT id, pt_normalize(body) AS folded, pt_lang(body) AS lang FROM notes;
		});
		$checks{normalize} = q{
			SELECT v FROM (
				SELECT 1 AS k, string_agg(id || ':' || lang || ':' || folded, E'\n' ORDER BY id) AS v FROM notes_view
				UNION ALL SELECT 2, (SELECT string_agg(id::text, ',' ORDER BY id) FROM notes WHERE pt_normalize(body) = pt_normalize('The ILO and UNICEF back the cash transfer programme.'))
			) answers ORDER BY k
		};
	}
	if (!exists $checks{tsearch}
		&& $node->safe_psql('up', q{SELECT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'policytext')}) eq 't')
	{
		$node->safe_psql('up',
			q{CREATE INDEX notes_tsv ON notes USING gin (to_tsvector('policytext', body))});
		$checks{tsearch} = q{
			SET enable_seqscan = off;
			SELECT string_agg(id::text, ',' ORDER BY id) FROM notes
			WHERE to_tsvector('policytext', body) @@ websearch_to_tsquery('policytext', 'الحماية OR پروژه‌ها OR programme')
		};
	}
	if (!exists $checks{orgs}
		&& $node->safe_psql('up', q{SELECT to_regclass('pt_org_name') IS NOT NULL}) eq 't')
	{
		$node->safe_psql(
			'up', q{
			INSERT INTO pt_org (code, name_en) VALUES ('IKRF-IR', 'Imam Khomeini Relief Foundation');
			INSERT INTO pt_org_name (code, name, lang) VALUES
				('IKRF-IR', 'کمیته امداد امام خمینی', 'fa'),
				('UNICEF', 'صندوق الطوارئ الدولي للأطفال', 'ar');
			CREATE TABLE org_notes (id int PRIMARY KEY, body text NOT NULL);
			INSERT INTO org_notes SELECT id, body FROM notes;
			INSERT INTO org_notes VALUES (5, 'کمیته امداد امام خمینی و صندوق الطوارئ الدولي للأطفال همکاری کردند.');
			CREATE INDEX org_notes_mention ON org_notes USING gin (body pt_mention_ops);
		});
		$checks{orgs} = q{
			SET enable_seqscan = off;
			SELECT v FROM (
				SELECT 1 AS k, string_agg(id || ':' || array_to_string(pt_orgs(body), ','), ' ' ORDER BY id) AS v FROM org_notes
				UNION ALL SELECT 2, string_agg(id::text, ',' ORDER BY id) FROM org_notes WHERE body @~ 'UNICEF'
				UNION ALL SELECT 3, string_agg(code || '/' || name, ' ' ORDER BY code, name) FROM pt_org_name WHERE NOT shipped
			) answers ORDER BY k
		};
	}
	if (!exists $checks{namekey}
		&& $node->safe_psql('up', q{SELECT to_regprocedure('pt_name_key(text)') IS NOT NULL}) eq 't')
	{
		$node->safe_psql('up',
			q{CREATE INDEX notes_key ON notes (pt_name_key(body))});
		$checks{namekey} = q{
			SET enable_seqscan = off;
			SELECT string_agg(id::text, ',' ORDER BY id) FROM notes
			WHERE pt_name_key(body) = pt_name_key('The ILO and UNICEF back the cash transfer programme.')
		};
	}
}

my %answer;

sub check_all
{
	my ($when) = @_;

	for my $k (sort keys %checks)
	{
		my $got = $node->safe_psql('up', $checks{$k});
		if (!exists $answer{$k})
		{
			$answer{$k} = $got;
			isnt($got, '', "$when: $k in use");
		}
		else
		{
			is($got, $answer{$k}, "$when: $k answers as before");
		}
	}
}

$node->safe_psql('up', "CREATE EXTENSION policytext VERSION '$versions[0]'");
use_features($versions[0]);
check_all("version $versions[0]");
for my $v (@versions[ 1 .. $#versions ])
{
	my ($ret, $out, $err) = $node->psql('up', "ALTER EXTENSION policytext UPDATE TO '$v'");
	is($ret, 0, "ALTER EXTENSION policytext UPDATE TO '$v' succeeds");
	# an update prints nothing but the notices that name the indexes and
	# columns holding a stored output the version changes; rebuild those
	my @notices = grep { /REINDEX INDEX|recompute column|REFRESH MATERIALIZED VIEW/ } split /\n/, $err;
	my $other = join("\n", grep { $_ ne '' && !/REINDEX INDEX|recompute column|REFRESH MATERIALIZED VIEW|^HINT:/ } split /\n/, $err);
	is($other, '', "update to $v prints nothing but REINDEX notices") or diag($err);
	like($err, qr/REINDEX INDEX notes_tsv\b/, "update to $v names the text-search index to rebuild")
	  if $v eq '0.4' || $v eq '0.5';
	for my $n (@notices)
	{
		$node->safe_psql('up', "REINDEX INDEX $1") if $n =~ /REINDEX INDEX (\S+)/;
	}
	check_all("after update to $v");
	use_features($v);
	check_all("version $v in use");
}
is($node->safe_psql('up', q{SELECT extversion FROM pg_extension WHERE extname = 'policytext'}),
	$default, 'the upgraded extension has the default version');
for my $k (qw(normalize tsearch orgs namekey))
{
	ok(exists $checks{$k}, "the chain reaches $k");
}

# compare with a fresh install
$node->safe_psql('fresh', 'CREATE EXTENSION policytext');

my %compare = (
	'member objects' => q{
		SELECT string_agg(pg_describe_object(classid, objid, objsubid), E'\n')
		FROM pg_depend d JOIN pg_extension e ON d.refclassid = 'pg_extension'::regclass AND d.refobjid = e.oid
		WHERE e.extname = 'policytext' AND d.deptype = 'e'},
	'functions' => q{
		SELECT string_agg(format('%s %s %s %s %s %s %s %s %s %s %s', p.oid::regprocedure, p.provolatile, p.proisstrict,
					p.proparallel, p.prorettype::regtype, p.prosrc, p.procost, p.prorows, p.prosecdef,
					coalesce(p.proconfig::text, '-'), coalesce(obj_description(p.oid, 'pg_proc'), '-')),
				E'\n')
		FROM pg_proc p JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e'
		JOIN pg_extension e ON d.refobjid = e.oid AND e.extname = 'policytext'},
	'comments' => q{
		SELECT string_agg(pg_describe_object(d.classid, d.objid, 0) || ': ' || coalesce(c.description, '-'), E'\n')
		FROM pg_depend d JOIN pg_extension e ON d.refobjid = e.oid AND e.extname = 'policytext' AND d.deptype = 'e'
		LEFT JOIN pg_description c ON c.classoid = d.classid AND c.objoid = d.objid AND c.objsubid = 0},
	'text-search mappings' => q{
		SELECT string_agg(format('%s %s %s %s', c.cfgname, m.maptokentype, m.mapseqno, m.mapdict::regdictionary), E'\n')
		FROM pg_ts_config c JOIN pg_ts_config_map m ON m.mapcfg = c.oid WHERE c.cfgname LIKE 'policytext%'},
	'dictionaries' => q{
		SELECT string_agg(format('%s %s %s', d.dictname, t.tmplname, coalesce(d.dictinitoption, '-')), E'\n')
		FROM pg_ts_dict d JOIN pg_ts_template t ON t.oid = d.dicttemplate WHERE d.dictname LIKE 'policytext%'},
	'tables and columns' => q{
		SELECT string_agg(format('%s.%s %s %s %s', a.attrelid::regclass, a.attname, format_type(a.atttypid, a.atttypmod),
					a.attnotnull, coalesce(pg_get_expr(ad.adbin, ad.adrelid), '-')), E'\n')
		FROM pg_attribute a LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
		WHERE a.attrelid IN (SELECT objid FROM pg_depend d JOIN pg_extension e ON d.refobjid = e.oid
							 WHERE e.extname = 'policytext' AND d.classid = 'pg_class'::regclass AND d.deptype = 'e')
			AND a.attnum > 0 AND NOT a.attisdropped},
	'constraints, indexes, triggers' => q{
		SELECT string_agg(x, E'\n' ORDER BY x) FROM (
			SELECT conrelid::regclass || ' ' || pg_get_constraintdef(oid) AS x FROM pg_constraint
			WHERE conrelid IN (SELECT objid FROM ext_tables)
			UNION ALL SELECT pg_get_indexdef(indexrelid) FROM pg_index
			WHERE indrelid IN (SELECT objid FROM ext_tables)
			UNION ALL SELECT pg_get_triggerdef(oid) || ' ' || tgenabled::text FROM pg_trigger
			WHERE tgrelid IN (SELECT objid FROM ext_tables) AND NOT tgisinternal) t},
	'operators' => q{
		SELECT string_agg(format('%s %s %s %s %s', o.oid::regoperator, o.oprcode, o.oprrest, o.oprjoin, o.oprcom::regoperator), E'\n')
		FROM pg_operator o JOIN pg_depend d ON d.classid = 'pg_operator'::regclass AND d.objid = o.oid AND d.deptype = 'e'
		JOIN pg_extension e ON d.refobjid = e.oid AND e.extname = 'policytext'},
	'operator classes' => q{
		SELECT string_agg(x, E'\n' ORDER BY x) FROM (
			SELECT f.opfname || ' op ' || a.amopstrategy || ' ' || a.amopopr::regoperator AS x
			FROM pg_amop a JOIN pg_opfamily f ON f.oid = a.amopfamily WHERE f.opfname LIKE 'pt\_%'
			UNION ALL SELECT f.opfname || ' proc ' || p.amprocnum || ' ' || p.amproc::regprocedure
			FROM pg_amproc p JOIN pg_opfamily f ON f.oid = p.amprocfamily WHERE f.opfname LIKE 'pt\_%') t},
	'privileges' => q{
		SELECT string_agg(x, E'\n' ORDER BY x) FROM (
			SELECT c.oid::regclass || ' ' || coalesce(c.relacl::text, '-') AS x FROM pg_class c
			WHERE c.oid IN (SELECT objid FROM ext_tables)
			UNION ALL SELECT p.oid::regprocedure || ' ' || coalesce(p.proacl::text, '-') FROM pg_proc p
			JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e'
			JOIN pg_extension e ON d.refobjid = e.oid AND e.extname = 'policytext'
			UNION ALL SELECT 'init ' || pg_describe_object(i.classoid, i.objoid, i.objsubid) || ' ' || i.initprivs::text
			FROM pg_init_privs i WHERE i.privtype = 'e'
				AND (i.classoid, i.objoid) IN (SELECT classid, objid FROM pg_depend d JOIN pg_extension e ON d.refobjid = e.oid
											  WHERE e.extname = 'policytext' AND d.deptype = 'e')) t},
	'dump configuration' => q{
		SELECT string_agg(c::regclass || ' ' || coalesce(w, '-'), E'\n')
		FROM pg_extension e, unnest(e.extconfig, e.extcondition) AS u(c, w) WHERE e.extname = 'policytext'},
	'shipped rows' => q{
		SELECT md5(string_agg(t::text, E'\n' ORDER BY t::text)) || ' ' || count(*)
		FROM (SELECT 'org' AS k, to_jsonb(o) AS t FROM pt_org o WHERE shipped
			  UNION ALL SELECT 'name', to_jsonb(n) FROM pt_org_name n WHERE shipped) s},
);
for my $db ('up', 'fresh')
{
	$node->safe_psql($db, q{
		CREATE VIEW ext_tables AS SELECT d.objid FROM pg_depend d JOIN pg_extension e ON d.refobjid = e.oid
		WHERE e.extname = 'policytext' AND d.classid = 'pg_class'::regclass AND d.deptype = 'e'
			AND (SELECT relkind FROM pg_class WHERE oid = d.objid) IN ('r', 'p')});
}
for my $what (sort keys %compare)
{
	# the lines of each answer in a fixed order (string_agg gets none)
	my $up = join("\n", sort split /\n/, $node->safe_psql('up', $compare{$what}));
	my $fresh = join("\n", sort split /\n/, $node->safe_psql('fresh', $compare{$what}));
	isnt($fresh, '', "fresh install has $what") if $what ne 'dump configuration';
	is($up, $fresh, "upgraded and fresh install have the same $what");
}

# user rows survive and the update to the current version is a no-op
my ($ret, $out, $err) = $node->psql('up', 'ALTER EXTENSION policytext UPDATE');
is($ret, 0, 'ALTER EXTENSION policytext UPDATE at the newest version succeeds');
check_all('after a no-op update');

$node->stop;
done_testing();
