# pg_dump / pg_restore round trip of a database using policytext, with
# user-added organizations and names (also a user name for a shipped
# organization), a partners table joined with @~, and GIN indexes on the
# text-search vector and on mentions.  The restored database (custom format
# with pg_restore, and plain format with psql) answers every query the same
# way, keeps every user row, and has each shipped row exactly once.
use strict;
use warnings;

use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;

my $node = PostgreSQL::Test::Cluster->new('dump');
$node->init(extra => [ '--encoding=UTF8', '--locale=C' ]);
$node->start;

$node->safe_psql('postgres', 'CREATE DATABASE src');
$node->safe_psql(
	'src', q{
	CREATE EXTENSION policytext;
	INSERT INTO pt_org (code, name_en, kind, country) VALUES
		('MOSA-LB', 'Ministry of Social Affairs (Lebanon)', 'ministry', 'LB'),
		('IKRF-IR', 'Imam Khomeini Relief Foundation', 'agency', 'IR');
	INSERT INTO pt_org_name (code, name, lang, form) VALUES
		('MOSA-LB', 'وزارة الشؤون الاجتماعية اللبنانية', 'ar', 'official'),
		('MOSA-LB', 'Lebanese Ministry of Social Affairs', 'en', 'official'),
		('IKRF-IR', 'کمیته امداد امام خمینی', 'fa', 'official'),
		('IKRF-IR', 'IKRF', 'en', 'acronym'),
		('UNICEF', 'صندوق الطوارئ الدولي للأطفال', 'ar', 'variant');
	-- a user organization whose parent is another user organization, the
	-- parent's row then edited: the child's row now lies before its parent's
	INSERT INTO pt_org (code, name_en) VALUES ('NET-A', 'Relief Network A'), ('NET-B', 'Relief Network B');
	UPDATE pt_org SET parent = 'NET-B' WHERE code = 'NET-A';
	UPDATE pt_org SET country = 'LB' WHERE code = 'NET-B';
	INSERT INTO pt_org_name (code, name, lang) VALUES ('NET-A', 'شبكة الإغاثة الأولى', 'ar');
	CREATE TABLE articles (id int PRIMARY KEY, body text NOT NULL);
	INSERT INTO articles VALUES
		(1, 'وقعت وزارة الشؤون الاجتماعية اللبنانية اتفاقاً مع اليونيسف لدعم الأسر.'),
		(2, 'کمیته امداد امام خمینی با همکاری برنامهٔ جهانی غذا بسته‌های حمایتی توزیع کرد.'),
		(3, 'The IKRF and the ILO met; the Lebanese Ministry of Social Affairs joined later.'),
		(4, 'قال صندوق الطوارئ الدولي للأطفال إن المنظمة الدولية للهجرة تساعد النازحين.'),
		(5, 'خبر بدون أي منظمة.');
	CREATE INDEX articles_tsv ON articles USING gin (to_tsvector('policytext', body));
	CREATE INDEX articles_mention ON articles USING gin (body pt_mention_ops);
	CREATE TABLE partners (name text PRIMARY KEY, name_key text GENERATED ALWAYS AS (pt_name_key(name)) STORED);
	INSERT INTO partners (name) VALUES ('IKRF'), ('UNICEF'), ('المنظمة الدولية للهجرة'), ('وزارة الشئون الاجتماعية اللبنانية');
	CREATE INDEX partners_key ON partners (name_key);
});

# the questions a user asks, as one text answer
my $questions = q{
	SELECT string_agg(q, E'\n' ORDER BY n) FROM (
		SELECT 1 AS n, (SELECT string_agg(id || ':' || array_to_string(pt_orgs(body), ','), ' ' ORDER BY id) FROM articles) AS q
		UNION ALL SELECT 2, (SELECT string_agg(p.name || '@' || a.id, ' ' ORDER BY p.name, a.id)
			FROM partners p JOIN articles a ON a.body @~ p.name)
		UNION ALL SELECT 3, (SELECT string_agg(id::text, ' ' ORDER BY id) FROM articles
			WHERE to_tsvector('policytext', body) @@ websearch_to_tsquery('policytext', 'الحماية OR حمایتی OR ministry'))
		UNION ALL SELECT 4, (SELECT string_agg(m.code || ':' || m.mention || ':' || m.start_char, ' ' ORDER BY a.id, m.start_char)
			FROM articles a, pt_org_mentions(a.body) m)
		UNION ALL SELECT 5, (SELECT string_agg(p.name, ' ' ORDER BY p.name) FROM partners p
			WHERE p.name_key = pt_name_key('وزارة الشؤون الاجتماعية اللبنانية'))
		UNION ALL SELECT 6, (SELECT count(*) || ' orgs, ' || count(*) FILTER (WHERE NOT shipped) || ' user' FROM pt_org)
		UNION ALL SELECT 7, (SELECT count(*) || ' names, ' || count(*) FILTER (WHERE NOT shipped) || ' user' FROM pt_org_name)
		UNION ALL SELECT 8, (SELECT string_agg(code || '/' || name, ' ' ORDER BY code, name) FROM pt_org_name WHERE NOT shipped)
		UNION ALL SELECT 10, (SELECT string_agg(code || '<' || coalesce(parent, '-'), ' ' ORDER BY code) FROM pt_org WHERE NOT shipped)
		UNION ALL SELECT 9, pt_org('IKRF') || ' ' || pt_org('صندوق الطوارئ الدولي للأطفال') || ' ' || ('IKRF' ~= 'کمیته امداد امام خمینی')::text
	) t
};
my $before = $node->safe_psql('src', $questions);
like($before, qr/^1:MOSA-LB,UNICEF 2:/m, 'source: user organizations are found');
like($before, qr/^\d+ orgs, 4 user$/m, 'source: four user organizations');

my $dir = PostgreSQL::Test::Utils::tempdir;
my $pgdump = $node->installed_command('pg_dump');

# custom format and pg_restore
my ($stdout, $stderr);
my $ok = IPC::Run::run([ $pgdump, '-Fc', '-f', "$dir/src.dump", '-d', $node->connstr('src') ],
	'>', \$stdout, '2>', \$stderr);
ok($ok, 'pg_dump -Fc succeeds');
unlike($stderr, qr/error/i, 'pg_dump -Fc prints no error');
diag("pg_dump said: $stderr") if $stderr ne '';

$node->safe_psql('postgres', 'CREATE DATABASE dst');
$ok = IPC::Run::run([ $node->installed_command('pg_restore'), '-d', $node->connstr('dst'), "$dir/src.dump" ],
	'>', \$stdout, '2>', \$stderr);
ok($ok, 'pg_restore succeeds');
is($stderr, '', 'pg_restore prints no error');
is($node->safe_psql('dst', $questions), $before, 'pg_restore: the restored database answers the same');

# plain format through psql
$ok = IPC::Run::run([ $pgdump, '-Fp', '-f', "$dir/src.sql", '-d', $node->connstr('src') ],
	'>', \$stdout, '2>', \$stderr);
ok($ok, 'pg_dump -Fp succeeds');
$node->safe_psql('postgres', 'CREATE DATABASE dst_plain');
my ($ret, $out, $err) = $node->psql('dst_plain', undef,
	extra_params => [ '-v', 'ON_ERROR_STOP=1', '-f', "$dir/src.sql" ]);
is($ret, 0, 'plain dump restores with psql');
unlike($err, qr/ERROR/, 'plain restore prints no error');
is($node->safe_psql('dst_plain', $questions), $before, 'plain restore: the restored database answers the same');

# no shipped row twice, every shipped row present, indexes used and valid
for my $db ('dst', 'dst_plain')
{
	is( $node->safe_psql(
			$db, q{
		SELECT (SELECT count(*) FROM (SELECT code, name FROM pt_org_name GROUP BY 1, 2 HAVING count(*) > 1) d) = 0
			AND (SELECT count(*) FROM (SELECT code FROM pt_org GROUP BY 1 HAVING count(*) > 1) d) = 0
	}), 't', "$db: no duplicated registry row");
	is( $node->safe_psql(
			'src', q{SELECT count(*) FROM pt_org_name WHERE shipped}),
		$node->safe_psql($db, q{SELECT count(*) FROM pt_org_name WHERE shipped}),
		"$db: as many shipped names as a fresh install");
	like( $node->safe_psql(
			$db, q{SET enable_seqscan = off;
		EXPLAIN (COSTS OFF) SELECT id FROM articles WHERE body @~ 'IKRF-IR'}),
		qr/articles_mention/, "$db: the mention index is used");
	is( $node->safe_psql(
			$db, q{SET enable_seqscan = off;
		SELECT string_agg(id::text, ',' ORDER BY id) FROM articles WHERE body @~ 'IKRF-IR'}),
		'2,3', "$db: the mention index finds user names");
}

# restoring into a database where the extension was already created
# (pg_dump writes CREATE EXTENSION IF NOT EXISTS) adds the user rows once
$node->safe_psql('postgres', 'CREATE DATABASE dst_again');
$node->safe_psql('dst_again', 'CREATE EXTENSION policytext');
$ok = IPC::Run::run([ $node->installed_command('pg_restore'), '-d', $node->connstr('dst_again'), "$dir/src.dump" ],
	'>', \$stdout, '2>', \$stderr);
ok($ok, 'pg_restore into a database that has the extension succeeds');
is($stderr, '', 'pg_restore into a database that has the extension prints no error');
is($node->safe_psql('dst_again', $questions), $before, 'restore over a created extension: answers the same');

$node->stop;
done_testing();
