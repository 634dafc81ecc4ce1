# deps.sh - install the Debian packages policytext needs, if missing.
#
# pt_install_deps demo   build and run: PostgreSQL 15, its server headers,
#                        ICU, a C toolchain
# pt_install_deps test   also what the tests use: clang and its sanitizer and
#                        fuzzer runtime, RUM, PL/Proxy, IPC::Run for the TAP
#                        tests
#
# Debian's postgresql-common creates and starts a default cluster (15/main,
# port 5432) when PostgreSQL is installed.  The demo and the tests run their
# own throwaway clusters, so when this script is the one that installs
# PostgreSQL it tells postgresql-common not to create that cluster
# (create_main_cluster = false in /etc/postgresql-common/createcluster.conf):
# nothing is left running.  A machine that already has PostgreSQL keeps its
# clusters as they are.

pt_install_deps() {
	local pkgs="postgresql-15 postgresql-server-dev-15 libicu-dev build-essential pkg-config python3"
	[ "${1:-demo}" = test ] && pkgs="$pkgs clang libclang-rt-14-dev postgresql-15-rum postgresql-15-plproxy libipc-run-perl"
	local missing="" p
	for p in $pkgs; do
		dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"
	done
	if [ -z "$missing" ]; then
		echo "Debian packages: all present"
		return 0
	fi
	local sudo=""
	[ "$(id -u)" != 0 ] && sudo=sudo
	if ! dpkg -s postgresql-common >/dev/null 2>&1; then
		echo "no default PostgreSQL cluster will be created (create_main_cluster = false)"
		$sudo mkdir -p /etc/postgresql-common
		echo "create_main_cluster = false" | $sudo tee /etc/postgresql-common/createcluster.conf >/dev/null
	fi
	local log
	log=$(mktemp /tmp/policytext-apt.XXXXXX)
	echo "installing Debian packages:$missing"
	echo "  (apt-get update and install, usually one to three minutes; log in $log)"
	if ! $sudo apt-get update -qq >"$log" 2>&1; then
		tail -n 20 "$log"
		echo "could not run apt-get update"
		return 1
	fi
	echo "  package lists updated, installing..."
	if ! DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends \
		-o Dpkg::Options::=--force-confold $missing >>"$log" 2>&1; then
		tail -n 20 "$log"
		echo "could not install:$missing"
		return 1
	fi
	echo "  installed:$missing"
}
