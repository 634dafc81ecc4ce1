# Registry edits on other servers.  A streaming replica: a session open on
# the standby sees a registry edit made on the primary from its next
# statement on, and its answers equal the primary's.  Logical replication
# of the user rows of pt_org and pt_org_name: the subscriber's sessions see
# the change too (its row triggers, enabled for replication apply, send the
# registry's change message), its fingerprint equals the publisher's, and
# the change is logged for its mention tables.
use strict;
use warnings;

use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;

my $primary = PostgreSQL::Test::Cluster->new('primary');
$primary->init(allows_streaming => 'logical', extra => [ '--encoding=UTF8', '--locale=C' ]);
$primary->start;
$primary->safe_psql('postgres', q{
	CREATE EXTENSION policytext;
	CREATE TABLE articles (id int PRIMARY KEY, body text);
	INSERT INTO articles SELECT g, CASE g % 4
		WHEN 0 THEN 'أعلن صندوق الاختبار للتنمية عن منحة رقم ' || g
		WHEN 1 THEN 'The IOM and the Trial Development Fund met ' || g
		WHEN 2 THEN 'گزارش صندوق آزمایشی توسعه درباره کمک ' || g
		ELSE 'خبر بدون منظمة ' || g END
	FROM generate_series(1, 400) g;
	CREATE INDEX ON articles USING gin (body pt_mention_ops);
});
$primary->backup('base');
my $standby = PostgreSQL::Test::Cluster->new('standby');
$standby->init_from_backup($primary, 'base', has_streaming => 1);
$standby->start;
$primary->wait_for_catchup($standby);

my $q = q{SELECT count(*) FILTER (WHERE body @~ 'TDF'),
	count(*) FILTER (WHERE 'TDF' = ANY (pt_orgs(body))),
	count(*) FILTER (WHERE body @~> (SELECT pt_org_names('TDF')))
	FROM articles};

# one session on the standby, kept open across the edit
my $session = $standby->background_psql('postgres');
is($session->query_safe($q), '0|0|0', 'standby: the organization is unknown at first');

$primary->safe_psql('postgres', q{
	INSERT INTO pt_org (code, name_en) VALUES ('TDF', 'Trial Development Fund');
	INSERT INTO pt_org_name (code, name, lang) VALUES
		('TDF', 'صندوق الاختبار للتنمية', 'ar'), ('TDF', 'Trial Development Fund', 'en');});
$primary->wait_for_catchup($standby);
my $on_primary = $primary->safe_psql('postgres', $q);
is($on_primary, '200|200|200', 'primary: the new names are found');
is($session->query_safe($q), $on_primary,
	'standby: the open session sees the edit from its next statement on');

$primary->safe_psql('postgres',
	q{INSERT INTO pt_org_name (code, name, lang) VALUES ('TDF', 'صندوق آزمایشی توسعه', 'fa')});
$primary->wait_for_catchup($standby);
$on_primary = $primary->safe_psql('postgres', $q);
is($on_primary, '300|300|300', 'primary: a third name');
is($session->query_safe($q), $on_primary, 'standby: again equal to the primary');
is($standby->safe_psql('postgres', 'SELECT pt_registry_fingerprint()'),
	$primary->safe_psql('postgres', 'SELECT pt_registry_fingerprint()'),
	'standby and primary have the same fingerprint');
$session->quit;

# logical replication of the user rows to a server with its own articles
my $sub = PostgreSQL::Test::Cluster->new('subscriber');
$sub->init(extra => [ '--encoding=UTF8', '--locale=C' ]);
$sub->start;
$sub->safe_psql('postgres', q{
	CREATE EXTENSION policytext;
	CREATE TABLE articles (id int PRIMARY KEY, body text);
	INSERT INTO articles SELECT g, CASE g % 2 WHEN 0 THEN 'بيان صندوق الاختبار للتنمية ' || g
		ELSE 'Kamu Trial Fund news ' || g END FROM generate_series(1, 100) g;
	SELECT pt_mention_table_attach('articles', 'id', 'body', 'article_mentions');
});
isnt($sub->safe_psql('postgres', 'SELECT pt_registry_fingerprint()'),
	$primary->safe_psql('postgres', 'SELECT pt_registry_fingerprint()'),
	'before replication the fingerprints differ');
# only the user rows (shipped rows come with CREATE EXTENSION on each node);
# a row filter on "shipped" needs it in the replica identity for UPDATE and DELETE
$primary->safe_psql('postgres', q{
	ALTER TABLE pt_org REPLICA IDENTITY FULL;
	ALTER TABLE pt_org_name REPLICA IDENTITY FULL;
	CREATE PUBLICATION registry FOR TABLE pt_org WHERE (NOT shipped),
		pt_org_name WHERE (NOT shipped);});
$sub->safe_psql('postgres', q{
	ALTER TABLE pt_org REPLICA IDENTITY FULL;
	ALTER TABLE pt_org_name REPLICA IDENTITY FULL;});
my $connstr = $primary->connstr . ' dbname=postgres';
my $subsession = $sub->background_psql('postgres');
my $sq = q{SELECT count(*) FILTER (WHERE body @~ 'TDF') FROM articles};
is($subsession->query_safe($sq), '0', 'subscriber: unknown before the subscription');
$sub->safe_psql('postgres', "CREATE SUBSCRIPTION registry CONNECTION '$connstr' PUBLICATION registry");
$sub->wait_for_subscription_sync($primary, 'registry');
is($subsession->query_safe($sq), '50', 'subscriber: the open session sees the initial copy');
is($sub->safe_psql('postgres', 'SELECT pt_registry_fingerprint()'),
	$primary->safe_psql('postgres', 'SELECT pt_registry_fingerprint()'),
	'subscriber and publisher have the same fingerprint');

$primary->safe_psql('postgres',
	q{INSERT INTO pt_org_name (code, name, lang) VALUES ('TDF', 'Kamu Trial Fund', 'en')});
$primary->wait_for_catchup('registry');
is($subsession->query_safe(q{SELECT count(*) FILTER (WHERE body @~ 'TDF') FROM articles}), '100',
	'subscriber: an applied insert reaches the open session (replica trigger fired)');
$primary->safe_psql('postgres', q{DELETE FROM pt_org_name WHERE name = 'Kamu Trial Fund'});
$primary->wait_for_catchup('registry');
is($subsession->query_safe($sq), '50', 'subscriber: an applied delete too');
is($sub->safe_psql('postgres', 'SELECT pt_registry_fingerprint()'),
	$primary->safe_psql('postgres', 'SELECT pt_registry_fingerprint()'),
	'the fingerprints still agree');
is($sub->safe_psql('postgres', q{SELECT pt_mention_table_refresh('article_mentions') > 0}), 't',
	'subscriber: the applied changes were logged for its mention table');
is($sub->safe_psql('postgres', q{SELECT count(*) FROM article_mentions WHERE code = 'TDF'}), '50',
	'subscriber: its mention table follows the replicated registry');
$subsession->quit;

# mention-table refresh with registry changes that commit out of order: a
# change still open during a refresh is applied by the next one
$primary->safe_psql('postgres',
	q{SELECT pt_mention_table_attach('articles', 'id', 'body', 'article_mentions')});
my $w1 = $primary->background_psql('postgres');
$w1->query_safe(q{BEGIN; INSERT INTO pt_org_name (code, name, lang) VALUES ('TDF', 'The IOM', 'en')});
$primary->safe_psql('postgres',
	q{INSERT INTO pt_org_name (code, name, lang) VALUES ('TDF', 'بدون منظمة', 'ar')});
my $stale = q{SELECT count(*) FROM (
	(SELECT id, m.code, m.start_char FROM articles, pt_org_mentions(body) m
	 EXCEPT SELECT article, code, start_char FROM article_mentions)
	UNION ALL
	(SELECT article, code, start_char FROM article_mentions
	 EXCEPT SELECT id, m.code, m.start_char FROM articles, pt_org_mentions(body) m)) d};
cmp_ok($primary->safe_psql('postgres', q{SELECT pt_mention_table_refresh('article_mentions')}),
	'>', 0, 'refresh applies the committed change');
is($primary->safe_psql('postgres', $stale), '0', 'the mention table is current');
$w1->query_safe('COMMIT');
$w1->quit;
isnt($primary->safe_psql('postgres', $stale), '0', 'the late commit made it stale');
$primary->safe_psql('postgres', q{SELECT pt_mention_table_refresh('article_mentions')});
is($primary->safe_psql('postgres', $stale), '0',
	'the next refresh applies the change that committed after the first refresh began');

done_testing();
