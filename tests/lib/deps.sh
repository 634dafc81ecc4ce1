# deps.sh - install the Debian packages policytext needs, if missing.
#
# pt_install_deps demo   build and run: PostgreSQL 15, its server headers,
#                        ICU, a C toolchain
# pt_install_deps test   also what the tests use: clang and its sanitizer and
#                        fuzzer runtime, RUM, IPC::Run for the TAP tests

pt_install_deps() {
	local pkgs="postgresql-15 postgresql-server-dev-15 libicu-dev build-essential pkg-config python3"
	[ "${1:-demo}" = test ] && pkgs="$pkgs clang libclang-rt-14-dev postgresql-15-rum libipc-run-perl"
	local missing="" p
	for p in $pkgs; do
		dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"
	done
	[ -z "$missing" ] && return 0
	echo "installing:$missing"
	local sudo=""
	[ "$(id -u)" != 0 ] && sudo=sudo
	$sudo apt-get update -qq &&
		DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null ||
		{ echo "could not install:$missing"; return 1; }
	# Debian's postgresql-common creates a default cluster; the tests do not use it
}
