# The shipped-registry delta of an upgrade script (gen_registry_sql.py
# --delta): a later release adds an organization, renames one, drops a name
# and drops an organization.  Applied to a database with user rows, it
# changes exactly the shipped rows: a user's row holding a key the release
# now ships stays the user's, a user's name of a dropped organization keeps
# its organization (which becomes a user row), and every user row is as it
# was.  (Upgrade scripts run it with creating_extension set, which lets the
# guard trigger pass shipped rows; here session_replication_role = replica
# stands in for that.)
use strict;
use warnings;

use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;

my $repo = $ENV{PT_REPO} or die "PT_REPO is not set";
my $dir = PostgreSQL::Test::Utils::tempdir;

# the "next release": copies of the registry files with four changes
sub slurp { my ($f) = @_; open my $h, '<', $f or die "$f: $!"; local $/; return <$h>; }
sub spew { my ($f, $s) = @_; open my $h, '>', $f or die "$f: $!"; print $h $s; close $h; }
my $orgs = slurp("$repo/sql/registry/orgs.tsv");
my $names = slurp("$repo/sql/registry/org_names.tsv");
spew("$dir/old_orgs.tsv", $orgs);
spew("$dir/old_names.tsv", $names);
$orgs .= "TST-NEW\tTest Relief Agency\tngo\t\t\n";
$names .= "TST-NEW\tوكالة الإغاثة التجريبية\tar\tofficial\nTST-NEW\tTest Relief Agency\ten\tofficial\n";
$orgs =~ s/^(WFP\t)World Food Programme\t/$1World Food Programme (renamed)\t/m or die 'no WFP row';
my ($dropped_name) = $names =~ /^IOM\t([^\t]+)\tar\t/m or die 'no Arabic IOM name';
$names =~ s/^IOM\t\Q$dropped_name\E\t[^\n]*\n//m;
my ($dropped_org) = $orgs =~ /^(PPA-SA)\t/m or die 'no PPA-SA row';
$orgs =~ s/^PPA-SA\t[^\n]*\n//m;
$names =~ s/^PPA-SA\t[^\n]*\n//mg;
spew("$dir/orgs.tsv", $orgs);
spew("$dir/names.tsv", $names);

my $delta = `python3 $repo/sql/registry/gen_registry_sql.py --delta $dir/old_orgs.tsv $dir/old_names.tsv $dir/orgs.tsv $dir/names.tsv 2>&1`;
is($?, 0, 'the generator writes a delta') or diag($delta);
like($delta, qr/1 organizations added, 1 changed, 1 removed; 2 names added/, 'the delta counts the changes');

my $node = PostgreSQL::Test::Cluster->new('delta');
$node->init(extra => [ '--encoding=UTF8', '--locale=C' ]);
$node->start;
# user rows: an organization and a name the release will also ship, a name
# under the organization the release drops, another name
$node->safe_psql('postgres', 'CREATE EXTENSION policytext');
$node->safe_psql(
	'postgres', q{
	INSERT INTO pt_org (code, name_en) VALUES ('TST-NEW', 'my own name for it');
	INSERT INTO pt_org_name (code, name, lang) VALUES ('TST-NEW', 'Test Relief Agency', 'en'),
		('PPA-SA', 'هيئة التقاعد السعودية', 'ar'), ('IOM', 'منظمة الهجرة', 'ar');
});
my $users_before = $node->safe_psql('postgres',
	q{SELECT string_agg(code || '/' || name || '/' || coalesce(lang, '-'), ' ' ORDER BY code, name) FROM pt_org_name WHERE NOT shipped});

$node->safe_psql('postgres', "SET session_replication_role = replica;\n" . ($delta =~ s/\@extschema\@/public/gr));

is($node->safe_psql('postgres',
		q{SELECT string_agg(code || '/' || name || '/' || coalesce(lang, '-'), ' ' ORDER BY code, name) FROM pt_org_name WHERE NOT shipped}),
	$users_before, 'every user name is as it was');
is($node->safe_psql('postgres', q{SELECT name_en || ' ' || shipped FROM pt_org WHERE code = 'TST-NEW'}),
	'my own name for it false', 'a user organization whose code the release now ships stays the user\'s');
is($node->safe_psql('postgres', q{SELECT string_agg(name || ' ' || shipped, ', ' ORDER BY name) FROM pt_org_name WHERE code = 'TST-NEW'}),
	'Test Relief Agency false, وكالة الإغاثة التجريبية true', 'the new shipped name is added, the user\'s same name stays the user\'s');
is($node->safe_psql('postgres', q{SELECT name_en FROM pt_org WHERE code = 'WFP'}),
	'World Food Programme (renamed)', 'a changed shipped organization is updated');
is($node->safe_psql('postgres', qq{SELECT count(*) FROM pt_org_name WHERE code = 'IOM' AND name = '$dropped_name'}),
	'0', 'a dropped shipped name is gone');
is($node->safe_psql('postgres', q{SELECT shipped FROM pt_org WHERE code = 'PPA-SA'}),
	'f', 'a dropped organization with user names becomes a user row');
is($node->safe_psql('postgres', q{SELECT count(*) FROM pt_org_name WHERE code = 'PPA-SA' AND shipped}),
	'0', 'its shipped names are gone');

# the result equals a fresh install from the new files plus the user rows
my $full = `python3 $repo/sql/registry/gen_registry_sql.py $dir/orgs.tsv $dir/names.tsv`;
$node->safe_psql('postgres', 'CREATE DATABASE fresh');
$node->safe_psql('fresh', q{
	CREATE TABLE pt_org (code text PRIMARY KEY, name_en text, kind text, parent text, country text, shipped boolean);
	CREATE TABLE pt_org_name (code text, name text, lang text, form text, shipped boolean, PRIMARY KEY (code, name));
} . ($full =~ s/\@extschema\@/public/gr));
# rows the user held before the release shipped them stay the user's: leave
# them out of both sides
my $shipped = q{SELECT md5(string_agg(t, E'\n' ORDER BY t)) FROM (
	SELECT code || '|' || name_en || '|' || coalesce(kind, '') || '|' || coalesce(parent, '') || '|' || coalesce(country, '') AS t
	FROM pt_org WHERE shipped AND code <> 'TST-NEW'
	UNION ALL SELECT code || '|' || name || '|' || lang || '|' || form FROM pt_org_name
	WHERE shipped AND (code, name) <> ('TST-NEW', 'Test Relief Agency')) s};
is($node->safe_psql('postgres', $shipped), $node->safe_psql('fresh', $shipped),
	'the shipped rows equal those of a fresh install of the new release');

$node->stop;
done_testing();
