# policytext needs a UTF8 database: in a LATIN1 or SQL_ASCII database
# CREATE EXTENSION fails with a message naming the encoding and leaves
# nothing behind, and the C functions, reached by hand, refuse to run.
use strict;
use warnings;

use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;

my $node = PostgreSQL::Test::Cluster->new('encoding');
$node->init(extra => [ '--encoding=UTF8', '--locale=C' ]);
$node->start;

foreach my $enc ('LATIN1', 'SQL_ASCII')
{
	my $db = 'db_' . lc $enc;

	$node->safe_psql('postgres',
		"CREATE DATABASE $db TEMPLATE template0 ENCODING '$enc' LC_COLLATE 'C' LC_CTYPE 'C'"
	);
	is($node->safe_psql($db, 'SELECT getdatabaseencoding()'),
		$enc, "$enc: database created");

	my ($ret, $out, $err) = $node->psql($db, 'CREATE EXTENSION policytext');
	isnt($ret, 0, "$enc: CREATE EXTENSION fails");
	like(
		$err,
		qr/policytext requires a UTF8 database, but database "$db" has encoding $enc/,
		"$enc: the error names the database and its encoding");
	like($err, qr/HINT:.*ENCODING 'UTF8'/, "$enc: the hint says how to fix it");
	is( $node->safe_psql(
			$db,
			"SELECT count(*) FROM pg_extension WHERE extname = 'policytext'"),
		'0',
		"$enc: no extension left behind");
	is( $node->safe_psql(
			$db, "SELECT count(*) FROM pg_proc WHERE pronamespace = 'public'::regnamespace"),
		'0',
		"$enc: no function left behind");

	# the library itself refuses too, if someone declares a function by hand
	$node->safe_psql($db,
		"CREATE FUNCTION hand_normalize(text) RETURNS text AS 'policytext', 'pt_normalize' LANGUAGE C STRICT"
	);
	($ret, $out, $err) =
	  $node->psql($db, "SELECT hand_normalize('abc')");
	isnt($ret, 0, "$enc: a hand-declared C function fails");
	like(
		$err,
		qr/policytext requires a UTF8 database, but the database encoding is $enc/,
		"$enc: the C function's error names the encoding");
}

# the same cluster's UTF8 database takes the extension
$node->safe_psql('postgres', 'CREATE EXTENSION policytext');
is($node->safe_psql('postgres', "SELECT pt_normalize('أحمد')"),
	'احمد', 'UTF8: CREATE EXTENSION works and pt_normalize folds');

$node->stop;
done_testing();
