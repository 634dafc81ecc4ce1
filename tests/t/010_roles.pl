# Roles: policytext installed as a trusted extension by a database owner who
# is not a superuser, used by a reader that owns nothing and may only SELECT
# the articles, and by a registry editor chosen by the owner.  The README's
# showcase queries (tests/demo/*.sql) give the reader the same answers as the
# superuser; a reader's write to the registry fails with "permission denied"
# and changes nothing; a hostile search_path does not redirect the
# functions; the grants survive pg_dump/pg_restore and ALTER EXTENSION UPDATE.
use strict;
use warnings;

use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;

my $repo = $ENV{PT_REPO} or die "PT_REPO is not set";

my $node = PostgreSQL::Test::Cluster->new('roles');
$node->init(extra => [ '--encoding=UTF8', '--locale=C' ]);
$node->start;

$node->safe_psql(
	'postgres', q{
	CREATE ROLE dbowner LOGIN;
	CREATE ROLE reader LOGIN;
	CREATE ROLE editor LOGIN;
	CREATE ROLE registry_editors NOLOGIN;
	GRANT registry_editors TO editor;
	CREATE DATABASE news OWNER dbowner;
});

# the database owner, not a superuser, installs the trusted extension
my ($ret, $out, $err) = $node->psql('news', 'CREATE EXTENSION policytext',
	extra_params => [ '-U', 'dbowner' ]);
is($ret, 0, 'a database owner who is not a superuser can CREATE EXTENSION policytext (trusted)')
  or diag($err);
is($node->safe_psql('news', q{SELECT extowner::regrole FROM pg_extension WHERE extname = 'policytext'}),
	'dbowner', 'the extension belongs to the database owner');

# the owner loads the articles, lets the reader SELECT them and chooses the
# registry editors
my $load = `python3 $repo/tests/data/load_articles.py`;
($ret, $out, $err) = $node->psql('news', $load, extra_params => [ '-U', 'dbowner', '-v', 'ON_ERROR_STOP=1' ]);
is($ret, 0, 'the owner loads the sample articles') or diag($err);
$node->safe_psql(
	'news', q{
	GRANT SELECT ON articles TO reader;
	GRANT INSERT, UPDATE, DELETE ON pt_org, pt_org_name TO registry_editors;
	CREATE INDEX articles_mentions ON articles USING gin (body pt_mention_ops);
	CREATE INDEX articles_tsv ON articles USING gin (to_tsvector('policytext', body));
	ANALYZE articles;
}, extra_params => [ '-U', 'dbowner' ]);

# the showcase, as the superuser and as the reader: the same output
sub demo_as
{
	my ($role) = @_;
	my $all = '';
	for my $f (sort glob("$repo/tests/demo/*.sql"))
	{
		my ($r, $o, $e) = $node->psql('news', undef,
			extra_params => [ '-U', $role, '-v', 'ON_ERROR_STOP=1', '-f', $f ]);
		is($r, 0, "demo " . ($f =~ s{.*/}{}r) . " runs as $role") or diag($e);
		$all .= $o;
	}
	return $all;
}
my $as_super = demo_as($node->safe_psql('postgres', 'SELECT current_user'));
my $as_reader = demo_as('reader');
cmp_ok(length($as_super), '>', 1000, 'the showcase prints its sections');
is($as_reader, $as_super, 'the reader sees the same showcase answers as the superuser');

# the functions a report uses, with the index, as the reader
is( $node->safe_psql(
		'news', q{
		SET enable_seqscan = off;
		SELECT count(*) FROM articles WHERE body @~ 'UNICEF'},
		extra_params => [ '-U', 'reader' ]),
	$node->safe_psql('news', q{SELECT count(*) FROM articles WHERE 'UNICEF' = ANY (pt_orgs(body))}),
	'the reader: @~ through the mention index equals pt_orgs');
like(
	$node->safe_psql(
		'news', q{SET enable_seqscan = off; EXPLAIN (COSTS OFF) SELECT id FROM articles WHERE body @~ 'IOM'},
		extra_params => [ '-U', 'reader' ]),
	qr/articles_mentions/, 'the reader\'s query uses the mention index');

# a reader cannot write to the registry, and nothing changes
my $before = $node->safe_psql('news', 'SELECT count(*) FROM pt_org_name');
for my $sql (
	q{INSERT INTO pt_org_name (code, name, lang) VALUES ('IOM', 'اسم مختلق', 'ar')},
	q{UPDATE pt_org_name SET lang = 'ar' WHERE NOT shipped},
	q{DELETE FROM pt_org WHERE NOT shipped},
	q{TRUNCATE pt_org_name})
{
	($ret, $out, $err) = $node->psql('news', $sql, extra_params => [ '-U', 'reader' ]);
	isnt($ret, 0, "reader: $sql fails");
	like($err, qr/permission denied for table pt_org/, 'with permission denied');
}
is($node->safe_psql('news', 'SELECT count(*) FROM pt_org_name'), $before, 'the registry is unchanged');

# the editor adds an organization; every session sees it, the reader too
($ret, $out, $err) = $node->psql(
	'news', q{
	INSERT INTO pt_org (code, name_en) VALUES ('RSF-EG', 'Rural Solidarity Fund');
	INSERT INTO pt_org_name (code, name, lang) VALUES ('RSF-EG', 'صندوق التضامن الريفي', 'ar')},
	extra_params => [ '-U', 'editor' ]);
is($ret, 0, 'a registry editor adds an organization') or diag($err);
is($node->safe_psql('news', q{SELECT pt_orgs('أعلن صندوق التضامن الريفي عن منح جديدة')},
		extra_params => [ '-U', 'reader' ]),
	'{RSF-EG}', 'the reader finds the editor\'s organization');
($ret, $out, $err) = $node->psql('news', q{UPDATE pt_org_name SET lang = 'fa' WHERE code = 'IOM' AND shipped},
	extra_params => [ '-U', 'editor' ]);
like($err, qr/cannot update a row of "pt_org_name" shipped with policytext/, 'shipped rows stay read-only for the editor');

# a hostile search_path: the reader's own pt_org_name and functions are not used
$node->safe_psql(
	'postgres', q{CREATE SCHEMA trap AUTHORIZATION reader});
$node->safe_psql('news', q{CREATE SCHEMA trap AUTHORIZATION reader});
is( $node->safe_psql(
		'news', q{
		CREATE TABLE trap.pt_org_name (code text, name text, lang text, form text, shipped boolean);
		INSERT INTO trap.pt_org_name VALUES ('WFP', 'Decoy Relief', 'en', 'variant', false);
		CREATE FUNCTION trap.pt_normalize(text) RETURNS text LANGUAGE sql AS $$SELECT 'hijacked'$$;
		CREATE FUNCTION trap.upper(text) RETURNS text LANGUAGE sql AS $$SELECT 'hijacked'$$;
		SET search_path = trap, public, pg_catalog;
		SELECT array_to_string(public.pt_orgs('Decoy Relief and UNICEF'), ',') || ' ' || public.pt_org('UNICEF')},
		extra_params => [ '-U', 'reader' ]),
	'UNICEF UNICEF', 'a hostile search_path does not redirect the matcher');
is($node->safe_psql('news', q{SELECT count(*) FROM pg_proc p JOIN pg_depend d ON d.objid = p.oid AND d.deptype = 'e'
		JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'policytext' WHERE p.prosecdef}),
	'0', 'no function of the extension is SECURITY DEFINER');

# grants survive pg_dump / pg_restore, restored by the database owner as on
# a managed server (a superuser restoring it should pass --role=dbowner: the
# owner's grants need the owner's grant option)
$node->safe_psql('news', 'DROP SCHEMA trap CASCADE');
my $dump = "$PostgreSQL::Test::Utils::tmp_check/news.dump";
$node->command_ok([ 'pg_dump', '-Fc', '-d', $node->connstr('news'), '-f', $dump ], 'pg_dump of the news database');
$node->safe_psql('postgres', 'CREATE DATABASE restored OWNER dbowner');
$node->command_ok([ 'pg_restore', '--exit-on-error', '-U', 'dbowner', '-d', $node->connstr('restored'), $dump ],
	'pg_restore into a new database by its owner');
is($node->safe_psql('restored', q{SELECT pt_orgs('أعلن صندوق التضامن الريفي عن منح جديدة')},
		extra_params => [ '-U', 'reader' ]),
	'{RSF-EG}', 'after restore: the reader reads the editor\'s organization');
($ret, $out, $err) = $node->psql('restored',
	q{INSERT INTO pt_org_name (code, name, lang) VALUES ('RSF-EG', 'Rural Solidarity Fund', 'en')},
	extra_params => [ '-U', 'editor' ]);
is($ret, 0, 'after restore: the editor may still write') or diag($err);
($ret, $out, $err) = $node->psql('restored', q{INSERT INTO pt_org (code, name_en) VALUES ('X', 'x')},
	extra_params => [ '-U', 'reader' ]);
like($err, qr/permission denied for table pt_org/, 'after restore: the reader still may not');
is($node->safe_psql('restored', q{SELECT count(*) FROM pt_org_name WHERE code = 'RSF-EG'}), '2',
	'after restore: user rows once each');

# grants made on the previous version survive ALTER EXTENSION UPDATE
my ($prev) = grep { $_ ne '' } split /\n/, $node->safe_psql(
	'postgres', q{
	SELECT version FROM pg_available_extension_versions WHERE name = 'policytext'
	ORDER BY string_to_array(version, '.')::int[] DESC OFFSET 1 LIMIT 1});
$node->safe_psql('postgres', 'CREATE DATABASE older');
$node->safe_psql(
	'older', qq{
	CREATE EXTENSION policytext VERSION '$prev';
	GRANT SELECT, INSERT ON pt_org, pt_org_name TO registry_editors;
	GRANT SELECT ON pt_org, pt_org_name TO reader;
	INSERT INTO pt_org (code, name_en) VALUES ('RSF-EG', 'Rural Solidarity Fund');
	ALTER EXTENSION policytext UPDATE;
});
($ret, $out, $err) = $node->psql('older',
	q{INSERT INTO pt_org_name (code, name, lang) VALUES ('RSF-EG', 'صندوق التضامن الريفي', 'ar')},
	extra_params => [ '-U', 'editor' ]);
is($ret, 0, "a grant made on $prev survives the update") or diag($err);
is($node->safe_psql('older', q{SELECT pt_orgs('صندوق التضامن الريفي')}, extra_params => [ '-U', 'reader' ]),
	'{RSF-EG}', 'after the update the reader finds the user organization');

$node->stop;
done_testing();
