# Two shards and a coordinator with postgres_fdw (Unix sockets only), and a
# single node holding the whole corpus.  The coordinator's articles table is
# partitioned into foreign tables, one per shard.  Checks: the Remote SQL of
# EXPLAIN (VERBOSE) carries the text search, the name key and @~>; every
# query answers as the single node does; the bytes shipped to the
# coordinator for the organization queries are at most 1% of the corpus
# text; the shards follow the coordinator's registry; the fingerprint tells
# a registry difference; a shard uses its mention index inside the fdw
# cursor; PL/Proxy RUN ON ALL sums per-shard counts (if plproxy is
# installed).
use strict;
use warnings;

use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;

my $repo = $ENV{PT_REPO} or die "PT_REPO is not set (run through tests/tap.sh)";
my $corpus_dir = PostgreSQL::Test::Utils::tempdir;
system("python3 $repo/tests/bench/gen_corpus.py $corpus_dir 5 >/dev/null") == 0
  or die "gen_corpus.py failed";
my $corpus = "$corpus_dir/corpus.tsv";

my $schema = q{
	CREATE EXTENSION policytext;
	CREATE TABLE articles (id int PRIMARY KEY, published date NOT NULL, source text, body text);
	CREATE TEMP TABLE staging (lang text, body text);
};

# load the corpus; keep the rows with id % 2 = keep (all if undef)
sub load
{
	my ($node, $keep) = @_;
	my $where = defined $keep ? "WHERE id % 2 = $keep" : '';
	$node->safe_psql('postgres', qq{
		$schema
		COPY staging FROM '$corpus';
		INSERT INTO articles
		SELECT * FROM (SELECT row_number() OVER ()::int AS id,
				date '2019-01-01' + (row_number() OVER ())::int % 730,
				(ARRAY['منظمة العمل الدولية', 'Save the Children', 'سازمان ملل'])[1 + (row_number() OVER ())::int % 3],
				body FROM staging) s $where;
		CREATE INDEX articles_mentions ON articles USING gin (body pt_mention_ops);
		ANALYZE articles;
	});
}

my @shards;
for my $k (0, 1)
{
	my $n = PostgreSQL::Test::Cluster->new("shard$k");
	$n->init(extra => [ '--encoding=UTF8', '--locale=C' ]);
	$n->start;
	load($n, $k);
	push @shards, $n;
}
my $single = PostgreSQL::Test::Cluster->new('single');
$single->init(extra => [ '--encoding=UTF8', '--locale=C' ]);
$single->start;
load($single, undef);

my $coord = PostgreSQL::Test::Cluster->new('coordinator');
$coord->init(extra => [ '--encoding=UTF8', '--locale=C' ]);
$coord->start;
my $user = $coord->safe_psql('postgres', 'SELECT current_user');
my $setup = q{
	CREATE EXTENSION policytext;
	CREATE EXTENSION postgres_fdw;
	CREATE TABLE articles (id int, published date, source text, body text)
		PARTITION BY LIST ((id % 2));
};
for my $k (0, 1)
{
	my ($host, $port) = ($shards[$k]->host, $shards[$k]->port);
	$setup .= qq{
		CREATE SERVER shard$k FOREIGN DATA WRAPPER postgres_fdw
			OPTIONS (host '$host', port '$port', dbname 'postgres',
					 extensions 'policytext', async_capable 'true');
		CREATE USER MAPPING FOR CURRENT_USER SERVER shard$k OPTIONS (user '$user');
		CREATE FOREIGN TABLE articles_$k PARTITION OF articles FOR VALUES IN ($k)
			SERVER shard$k OPTIONS (table_name 'articles');
		CREATE FOREIGN TABLE registry_$k (fingerprint text, orgs bigint, names bigint, version text)
			SERVER shard$k OPTIONS (table_name 'pt_registry_state');
		CREATE FOREIGN TABLE mentions_$k (article int, code text, mention text,
				start_char int, char_length int)
			SERVER shard$k OPTIONS (table_name 'article_mentions');
	};
}
$coord->safe_psql('postgres', $setup);

my $corpus_bytes = $single->safe_psql('postgres', 'SELECT sum(octet_length(body)) FROM articles');
my $narticles = $single->safe_psql('postgres', 'SELECT count(*) FROM articles');
note "measured: corpus $narticles articles, $corpus_bytes bytes of text";

# the Remote SQL lines of a query's plan on the coordinator
sub remote_sql
{
	my ($q) = @_;
	my $plan = $coord->safe_psql('postgres', "EXPLAIN (VERBOSE, COSTS OFF) $q");
	return join("\n", $plan =~ /Remote SQL: (.*)/g);
}

# bytes the shards send for a query: the text form of the rows of each
# Remote SQL, run on the shard with the coordinator's parameter values
sub shipped_bytes
{
	my ($q, $param) = @_;
	my $bytes = 0;
	my @sql = (remote_sql($q) =~ /^(.*)$/mg);
	for my $k (0, 1)
	{
		my $sql = $sql[$k] // $sql[0];
		$sql =~ s/ FOR UPDATE//;
		my $arg = defined $param ? "($param)" : '';
		my $types = defined $param ? '(text[])' : '';
		$bytes += $shards[$k]->safe_psql('postgres', qq{
			PREPARE q$types AS SELECT coalesce(sum(octet_length(CAST(t AS text))), 0) FROM ($sql) t;
			EXECUTE q$arg;
		});
	}
	return $bytes;
}

my $tsq = q{to_tsvector('policytext', body) @@ websearch_to_tsquery('policytext', 'مهاجرت')};
my $nkey = q{pt_name_key(source) = pt_name_key('سازمان ملل')};
my $names = q{body @~> (SELECT pt_org_names('IOM'))};

like(remote_sql("SELECT count(*) FROM articles WHERE $tsq"), qr/to_tsvector\(/,
	'Remote SQL carries the text search');
like(remote_sql("SELECT count(*) FROM articles WHERE $nkey"), qr/pt_name_key\(/,
	'Remote SQL carries the name key');
like(remote_sql("SELECT count(*) FROM articles WHERE $names"), qr/\@~>\) \$1::text\[\]/,
	'Remote SQL carries @~> with the names as a parameter');
unlike(remote_sql(q{SELECT count(*) FROM articles WHERE body @~ 'IOM'}), qr/\@~/,
	'the STABLE @~ stays on the coordinator (documented)');

# the same answers as the single node
my @queries = (
	[ 'text search', "SELECT count(*) FROM articles WHERE $tsq" ],
	[ 'name key', "SELECT count(*) FROM articles WHERE $nkey" ],
	[ 'names IOM', "SELECT count(*) FROM articles WHERE $names" ],
	[ 'names UN', q{SELECT count(*) FROM articles WHERE body @~> (SELECT pt_org_names('UN'))} ],
	[ 'names per partner',
	  q{SELECT p.code, (SELECT count(*) FROM articles a WHERE a.body @~> p.names)
		FROM (SELECT code, pt_org_names(code) AS names FROM pt_org WHERE code IN ('IOM', 'UNICEF', 'ILO', 'UN')) p
		ORDER BY 1} ],
	[ 'codes per month',
	  q{SELECT date_trunc('month', published::timestamp) AS m, array_to_string(pt_orgs(body, (SELECT pt_org_registry())), ',') AS codes, count(*)
		FROM articles GROUP BY 1, 2 ORDER BY 1, 2 LIMIT 50} ],
);
for my $q (@queries)
{
	my ($label, $sql) = @$q;
	is($coord->safe_psql('postgres', $sql), $single->safe_psql('postgres', $sql),
		"sharded answer = single-node answer: $label");
}
# and @~> (SELECT pt_org_names(code)) answers as @~ code on the single node
is($coord->safe_psql('postgres', "SELECT count(*) FROM articles WHERE $names"),
	$single->safe_psql('postgres', q{SELECT count(*) FROM articles WHERE body @~ 'IOM'}),
	'sharded @~> pt_org_names(IOM) = single-node @~ IOM');

# bytes shipped for the organization queries, as a share of the corpus text
my $iom_bytes = shipped_bytes("SELECT count(*) FROM articles WHERE $names",
	$coord->safe_psql('postgres', q{SELECT quote_literal(pt_org_names('IOM'))}) . '::text[]');
my $scan_bytes = shipped_bytes(q{SELECT count(*) FROM articles WHERE body @~ 'IOM'});
note sprintf("measured: body @~> pt_org_names('IOM'): %d bytes shipped, %.4f%% of the corpus text; "
	  . "body @~ 'IOM' (not pushed down): %d bytes, %.1f%%",
	$iom_bytes, 100 * $iom_bytes / $corpus_bytes, $scan_bytes, 100 * $scan_bytes / $corpus_bytes);
cmp_ok($iom_bytes, '<=', 0.01 * $corpus_bytes, '@~> ships at most 1% of the corpus text');

# per-shard aggregates of the mention tables behind foreign tables
for my $k (0, 1)
{
	$shards[$k]->safe_psql('postgres',
		q{SELECT pt_mention_table_attach('articles', 'id', 'body', 'article_mentions')});
}
$single->safe_psql('postgres',
	q{SELECT pt_mention_table_attach('articles', 'id', 'body', 'article_mentions')});
my $agg = q{SELECT code, sum(n) FROM (
		SELECT code, count(DISTINCT article) AS n FROM mentions_0 GROUP BY code
		UNION ALL SELECT code, count(DISTINCT article) FROM mentions_1 GROUP BY code) s
	GROUP BY code ORDER BY code};
like(remote_sql($agg), qr/GROUP BY/, 'the per-shard mention aggregate is pushed down');
is($coord->safe_psql('postgres', $agg),
	$single->safe_psql('postgres',
		q{SELECT code, count(DISTINCT article) FROM article_mentions GROUP BY code ORDER BY code}),
	'per-shard mention aggregates summed on the coordinator = single node');
my $agg_bytes = 0;
for my $k (0, 1)
{
	$agg_bytes += $shards[$k]->safe_psql('postgres', q{
		SELECT sum(octet_length(CAST(t AS text))) FROM (
			SELECT code, count(DISTINCT article) FROM article_mentions GROUP BY code) t});
}
note sprintf("measured: mention aggregate by code: %d bytes shipped, %.4f%% of the corpus text",
	$agg_bytes, 100 * $agg_bytes / $corpus_bytes);
cmp_ok($agg_bytes, '<=', 0.01 * $corpus_bytes, 'the aggregate ships at most 1% of the corpus text');

# registry consistency: equal fingerprints, then a name on the coordinator only
my $fp = q{SELECT (SELECT pt_registry_fingerprint()) = ALL (ARRAY[
	(SELECT fingerprint FROM registry_0), (SELECT fingerprint FROM registry_1)])};
is($coord->safe_psql('postgres', $fp), 't', 'the fingerprints of all nodes agree');
my $new = q{INSERT INTO pt_org (code, name_en) VALUES ('TMF', 'Test Migration Fund');
	INSERT INTO pt_org_name (code, name, lang) VALUES ('TMF', 'الحماية الاجتماعية', 'ar');};
$coord->safe_psql('postgres', $new);
is($coord->safe_psql('postgres', $fp), 'f', 'the fingerprint tells the registry difference');
$single->safe_psql('postgres', $new);
my $tmf = q{SELECT count(*) FROM articles WHERE body @~> (SELECT pt_org_names('TMF'))};
my $tmf_single = $single->safe_psql('postgres', $tmf);
cmp_ok($tmf_single, '>', 0, 'the new name is found on the single node');
is($coord->safe_psql('postgres', $tmf), $tmf_single,
	'the shards follow the coordinator\'s registry for @~> (their own lacks the name)');

# a shard uses its mention index inside the fdw cursor
my $before = $shards[0]->safe_psql('postgres',
	q{SELECT idx_scan FROM pg_stat_user_indexes WHERE indexrelname = 'articles_mentions'});
$coord->safe_psql('postgres', "SELECT count(*) FROM articles WHERE $names");
ok( $shards[0]->poll_query_until('postgres',
		qq{SELECT idx_scan > $before FROM pg_stat_user_indexes WHERE indexrelname = 'articles_mentions'}),
	'a shard answers the fdw cursor with its mention index');

# PL/Proxy: RUN ON ALL, summed on the coordinator
SKIP:
{
	my $has = $coord->safe_psql('postgres',
		q{SELECT count(*) FROM pg_available_extensions WHERE name = 'plproxy'});
	skip 'postgresql-15-plproxy is not installed (apt-get install -y postgresql-15-plproxy)', 1
	  unless $has;
	my $conn = join(', ', map {
		sprintf("p%d 'host=%s port=%d dbname=postgres user=%s'", $_, $shards[$_]->host,
			$shards[$_]->port, $user) } 0, 1);
	for my $k (0, 1)
	{
		$shards[$k]->safe_psql('postgres', q{
			CREATE FUNCTION org_count(names text[]) RETURNS bigint LANGUAGE sql STABLE
				AS $$ SELECT count(*) FROM articles WHERE body @~> names $$;});
	}
	$coord->safe_psql('postgres', qq{
		CREATE EXTENSION plproxy;
		CREATE SERVER proxy FOREIGN DATA WRAPPER plproxy OPTIONS ($conn);
		CREATE USER MAPPING FOR CURRENT_USER SERVER proxy;
		CREATE FUNCTION org_count(names text[]) RETURNS SETOF bigint LANGUAGE plproxy
			AS \$\$ CLUSTER 'proxy'; RUN ON ALL; \$\$;});
	is($coord->safe_psql('postgres', q{SELECT sum(n) FROM org_count(pt_org_names('IOM')) n}),
		$single->safe_psql('postgres', q{SELECT count(*) FROM articles WHERE body @~ 'IOM'}),
		'PL/Proxy RUN ON ALL summed on the coordinator = single node');
}

done_testing();
