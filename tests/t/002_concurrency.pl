# Eight sessions read organization mentions (pt_orgs, pt_org_mentions, the
# @~ operator with and without its GIN index) over a table of articles
# while two sessions insert, rename and delete organization names, for at
# least 30 seconds (PT_CONCURRENCY_SECONDS).  No statement may fail, and
# every answer must be the answer of some registry state: the two writers
# move the registry through 3 x 4 states, and the answer of each state is
# first recorded in a quiet database.
use strict;
use warnings;

use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;
use IPC::Run;
use POSIX ();
use Time::HiRes qw(time sleep);

my $seconds = $ENV{PT_CONCURRENCY_SECONDS} || 30;

my $node = PostgreSQL::Test::Cluster->new('concurrency');
$node->init(extra => [ '--encoding=UTF8', '--locale=C' ]);
$node->append_conf('postgresql.conf', "max_connections = 40\n");
$node->start;

my $toggle = 'مجلس التناوب التجريبي';
my $first = 'صندوق التجربة الأول';
my $second = 'صندوق التجربة الثاني';
my $extra = 'Extra Trial Fund';

# articles naming the test organizations, with prefixes and spelling
# variants, beside shipped ones
my @pieces = (
	"أعلن $toggle عن برنامج جديد للدعم النقدي.",
	"وقال ول$toggle إن المساعدات ستصل قريباً.",
	"وأكد $first أن التمويل مستمر.",
	"مدير $second يزور المحافظات الجنوبية.",
	"The $extra joined UNICEF and the ILO in the survey.",
	'وأعلنت اليونيسف ومنظمة العمل الدولية دعمهما للأسر.',
	'سازمان بهزیستی و صندوق جمعیت سازمان ملل متحد همکاری کردند.',
	'WHO and the World Bank met the ministry; who else came?',
	'بدون أي منظمة مذكورة في هذه الجملة.');
my @articles;
for my $i (1 .. 40)
{
	my @p = grep { ($i >> ($_ % 5)) & 1 || ($i + $_) % 4 == 0 } 0 .. $#pieces;
	push @articles, join(' ', map { $pieces[$_] } @p) || 'نص فارغ';
}

$node->safe_psql('postgres', 'CREATE EXTENSION policytext');
$node->safe_psql(
	'postgres', qq{
	CREATE TABLE articles (id int PRIMARY KEY, body text NOT NULL);
	CREATE INDEX articles_mention ON articles USING gin (body pt_mention_ops);
	INSERT INTO pt_org (code, name_en) VALUES
		('TGLA', 'Toggle Council A'), ('TGLB', 'Toggle Council B'), ('RNM', 'Trial Fund');
	INSERT INTO pt_org_name (code, name, lang) VALUES ('RNM', '$first', 'ar');
	CREATE FUNCTION reader_state() RETURNS text LANGUAGE sql VOLATILE AS \$\$
		SELECT (SELECT string_agg(id || ':' || array_to_string(pt_orgs(body), ','), ';' ORDER BY id) FROM articles)
			|| '|' || (SELECT coalesce(string_agg(a.id || c, ',' ORDER BY a.id, c), '')
					   FROM articles a, unnest(ARRAY['TGLA', 'TGLB', 'RNM', 'UNICEF']) c WHERE a.body @~ c)
			|| '|' || (SELECT coalesce(string_agg(code || '=' || n, ',' ORDER BY code), '')
					   FROM (SELECT m.code, count(*) n FROM articles a, pt_org_mentions(a.body) m GROUP BY m.code) t)
	\$\$;
});
my $values = join(",\n", map { "($_, \$a\$$articles[$_ - 1]\$a\$)" } 1 .. @articles);
$node->safe_psql('postgres', "INSERT INTO articles VALUES $values; ANALYZE articles;");

# the writers' steps; each is one transaction, so each snapshot sees one of
# 3 toggle states x 4 rename states
my @toggle_steps = (
	"INSERT INTO pt_org_name (code, name, lang) VALUES ('TGLA', '$toggle', 'ar')",
	"UPDATE pt_org_name SET code = 'TGLB' WHERE name = '$toggle'",
	"DELETE FROM pt_org_name WHERE name = '$toggle'");
my @rename_steps = (
	"UPDATE pt_org_name SET name = '$second' WHERE code = 'RNM' AND name = '$first'",
	"INSERT INTO pt_org_name (code, name, lang) VALUES ('RNM', '$extra', 'en')",
	"UPDATE pt_org_name SET name = '$first' WHERE code = 'RNM' AND name = '$second'",
	"DELETE FROM pt_org_name WHERE code = 'RNM' AND name = '$extra'");

# record the answer of every state, in one quiet session
my %valid;
for my $t (0 .. 2)
{
	for my $r (0 .. 3)
	{
		my @sql = ('BEGIN');
		push @sql, @toggle_steps[ 0 .. $t - 1 ] if $t > 0;
		push @sql, @rename_steps[ 0 .. $r - 1 ] if $r > 0;
		push @sql, 'SELECT reader_state()', 'ROLLBACK';
		my $state = $node->safe_psql('postgres', join(";\n", @sql));
		$valid{$state} = "toggle $t, rename $r";
	}
}
is(scalar(keys %valid), 12, 'the 12 registry states give 12 different answers');

my $deadline = time + $seconds;
my $dir = PostgreSQL::Test::Utils::tempdir;
my $connstr = $node->connstr('postgres');
my @children;

# A session: a child process that sends the steps to one psql, one at a time
# (waiting for each answer), until the deadline; the answers go to
# NAME.out, anything on stderr to NAME.err.
sub session
{
	my ($name, $setup, $steps) = @_;
	my $pid = fork();
	die "fork: $!" unless defined $pid;
	if ($pid == 0)
	{
		my ($in, $out, $err) = ('', '', '');
		my $h = IPC::Run::start([ 'psql', '-XAtq', '-v', 'ON_ERROR_STOP=1', '-d', $connstr ],
			\$in, \$out, \$err);
		open(my $outf, '>', "$dir/$name.out") or die;
		$in .= "$setup\n" if $setup;
		my $i = 0;
		while (time < $deadline && $h->pumpable)
		{
			$in .= $steps->[ $i++ % @$steps ] . ";\n\\echo STEP-DONE\n";
			$h->pump while $h->pumpable && $out !~ /STEP-DONE\n\z/;
			$out =~ s/STEP-DONE\n\z//;
			print $outf $out;
			$out = '';
		}
		$in .= "\\q\n";
		$h->finish;
		my $rc = $?;
		close($outf);
		open(my $errf, '>', "$dir/$name.err") or die;
		print $errf $err;
		close($errf);
		POSIX::_exit($rc == 0 ? 0 : 1);
	}
	push @children, [ $name, $pid ];
}

for my $r (1 .. 8)
{
	# half of the readers go through the GIN index
	session("reader$r", $r <= 4 ? 'SET enable_seqscan = off;' : '',
		['SELECT reader_state()']);
}
session('writer_toggle', '', [ map { "$_; SELECT pg_sleep(0.005)" } @toggle_steps ]);
session('writer_rename', '', [ map { "$_; SELECT pg_sleep(0.005)" } @rename_steps ]);

my $start = time;
for my $c (@children)
{
	waitpid($c->[1], 0);
	is($?, 0, "$c->[0]: psql exits without error");
	my $err = slurp_file("$dir/$c->[0].err");
	is($err, '', "$c->[0]: no error or warning");
}
my $elapsed = time - $start;
cmp_ok($elapsed, '>=', $seconds - 1, "sessions ran for at least $seconds seconds");

my %seen;
my ($answers, $bad) = (0, 0);
for my $r (1 .. 8)
{
	for my $line (split /\n/, slurp_file("$dir/reader$r.out"))
	{
		$answers++;
		if (exists $valid{$line})
		{
			$seen{ $valid{$line} }++;
		}
		else
		{
			$bad++;
			diag("reader$r: answer of no registry state: $line") if $bad <= 3;
		}
	}
}
note("measured: $answers answers in " . sprintf("%.0f", $elapsed) . " s; states seen: " . join('; ', map { "$_: $seen{$_}" } sort keys %seen));
cmp_ok($answers, '>', 100, "the readers answered many times ($answers)");
is($bad, 0, 'every answer is the answer of some registry state');
cmp_ok(scalar(keys %seen), '>=', 6, 'the readers saw the registry change (' . scalar(keys %seen) . ' states)');

$node->stop;
done_testing();
