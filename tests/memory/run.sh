#!/usr/bin/env bash
# Peak backend memory of each policytext function on a 100 MB input.
#
#   tests/memory/run.sh [MB]        default 100; run "make install" first
#
# Starts a throwaway cluster (tests/lib/cluster.sh), creates the extension,
# and for each function opens a fresh session: it reads the backend's VmRSS
# from /proc/<pid>/status (through pg_read_file, as superuser), runs the
# function once on an input built with repeat() from policy-news sentences
# of the project's own writing (Arabic, Persian, English), then reads the
# backend's VmHWM (peak resident memory).  It prints the peak growth as a
# multiple of the input size, the input itself included (it is one of the
# copies in memory), and the time, for information only; then it runs the
# call again under a 200 ms statement_timeout and prints the seconds until
# the cancel error came back ("cancel"; "done" if the call finished first).  A function absent
# from the installed version is skipped.  Each line says "ok" when the
# multiple is at most 4 and "not ok" otherwise; ends with "N passed, N failed".
# PostgreSQL's own simple and arabic configurations are measured too, as a
# reference for what to_tsvector itself costs.
set -u
cd "$(dirname "$0")/../.."
mb=${1:-100}
. tests/lib/cluster.sh
pt_cluster_start >/dev/null || exit 1

q() { psql -X -q -At -v ON_ERROR_STOP=1 "$@"; }

q -c "CREATE EXTENSION policytext" || exit 1
q <<'SQL' || exit 1
CREATE FUNCTION mem_kb(field text) RETURNS bigint LANGUAGE sql AS $$
	SELECT (regexp_match(pg_read_file('/proc/' || pg_backend_pid() || '/status'),
						 field || ':\s+(\d+) kB'))[1]::bigint
$$;
-- one paragraph of mixed policy news, about 1 KB
CREATE TABLE unit AS SELECT
	'أعلنت وزارة التضامن الاجتماعي بالتعاون مع منظمة الأمم المتحدة للطفولة عن توسيع برنامج الدعم النقدي ليشمل ۱۲۰ ألف أسرة في المحافظات الجنوبية. '
	|| 'وقالت الوزيرة إنّ الحمايةَ الاجتماعيّة حقٌّ لكلّ مواطن، وإنّ المنظمة الدولية للهجرة ستساعد في تسجيل الأسر النازحة. '
	|| 'سازمان بهزیستی کشور اعلام کرد که با همکاری برنامهٔ جهانی غذا، بسته‌های حمایتی به خانواده‌های کم‌درآمد می‌رسد و پروژههای جدید آغاز می‌شود. '
	|| 'The Ministry of Labour and the ILO signed an agreement on unemployment insurance for 45,000 informal workers, with support from UNICEF and the World Bank. '
	|| 'وزارة العمل والشؤون الاجتماعية تؤكد أن صندوق الأمم المتحدة للسكان يدعم مسح الأسر لعام ٢٠٢٦. '
	AS s;
SQL
unit_bytes=$(q -c "SELECT octet_length(s) FROM unit")
target=$((mb * 1024 * 1024))
reps=$(( (target + unit_bytes - 1) / unit_bytes ))
input="repeat((SELECT s FROM unit), $reps)"
input_bytes=$((reps * unit_bytes))

# label | SQL expression over INPUT | function that must exist
measures=$(cat <<'EOF'
pt_normalize|octet_length(pt_normalize(INPUT))|pt_normalize(text)
pt_clean|octet_length(pt_clean(INPUT))|pt_clean(text)
pt_lang|pt_lang(INPUT)|pt_lang(text)
to_tsvector policytext|length(to_tsvector('policytext', INPUT))|pt_normalize(text)
to_tsvector policytext_arabic|length(to_tsvector('policytext_arabic', INPUT))|pt_normalize(text)
to_tsvector policytext_persian|length(to_tsvector('policytext_persian', INPUT))|pt_normalize(text)
to_tsvector simple|length(to_tsvector('simple', INPUT))|pt_normalize(text)
to_tsvector arabic|length(to_tsvector('arabic', INPUT))|pt_normalize(text)
pt_orgs|cardinality(pt_orgs(INPUT))|pt_orgs(text)
pt_org_mentions|(SELECT count(*) FROM pt_org_mentions(INPUT))|pt_org_mentions(text)
pt_name_key|octet_length(pt_name_key(INPUT))|pt_name_key(text)
baseline: repeat only|octet_length(INPUT)|pt_normalize(text)
EOF
)

printf '# input: %d bytes (%d copies of a %d-byte mixed paragraph)\n' "$input_bytes" "$reps" "$unit_bytes"
printf '# %-32s %9s %9s %7s %7s  %s\n' function peak_MB ratio seconds cancel result
passed=0
failed=0
while IFS='|' read -r label expr needs; do
	[ -z "$label" ] && continue
	case "$label" in
		to_tsvector*)
			cfg=${label#to_tsvector }
			if [ "$(q -c "SELECT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = '$cfg')")" != t ]; then
				echo "ok - $label: skipped, configuration absent # SKIP"
				continue
			fi ;;
		*)
			if [ "$(q -c "SELECT to_regprocedure('$needs') IS NOT NULL")" != t ]; then
				echo "ok - $label: skipped, function absent # SKIP"
				continue
			fi ;;
	esac
	sql=${expr//INPUT/$input}
	out=$(psql -X -At -v ON_ERROR_STOP=0 2>&1 <<SQL
SELECT 'rss ' || mem_kb('VmRSS');
SELECT 'start ' || extract(epoch FROM clock_timestamp());
SELECT 'result ' || ($sql)::text;
SELECT 'end ' || extract(epoch FROM clock_timestamp());
SELECT 'hwm ' || mem_kb('VmHWM');
SQL
	)
	rss=$(sed -n 's/^rss //p' <<<"$out")
	hwm=$(sed -n 's/^hwm //p' <<<"$out")
	t0=$(sed -n 's/^start //p' <<<"$out")
	t1=$(sed -n 's/^end //p' <<<"$out")
	res=$(sed -n 's/^result //p' <<<"$out")
	err=$(grep -m1 'ERROR' <<<"$out")
	[ -n "$err" ] && res="error up to the limit: ${err#*ERROR:  }"
	if [ -z "$rss" ] || [ -z "$hwm" ]; then
		echo "not ok - $label: could not measure: $out"
		failed=$((failed + 1))
		continue
	fi
	# the same call under a 200 ms statement_timeout: seconds until the error
	c0=$(date +%s.%N)
	cancel=$(psql -X -At -c "SET statement_timeout = '200ms'" -c "SELECT ($sql)::text" 2>&1 | grep -c 'statement timeout')
	c1=$(date +%s.%N)
	line=$(awk -v r="$rss" -v h="$hwm" -v n="$input_bytes" -v a="$t0" -v b="$t1" -v l="$label" -v res="$res" \
		-v c0="$c0" -v c1="$c1" -v cancel="$cancel" \
		'BEGIN { peak = (h - r) * 1024.0; ratio = peak / n;
				 stop = (cancel > 0) ? sprintf("%.2f", c1 - c0) : "done";
				 printf "%s|%-32s %9.1f %9.2f %7.2f %7s  %s", (ratio <= 4.0 ? "ok" : "not ok"), l, peak / 1048576, ratio, b - a, stop, res }')
	verdict=${line%%|*}
	echo "$verdict - ${line#*|}"
	if [ "$verdict" = ok ]; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
done <<<"$measures"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
