#!/usr/bin/env bash
# TAP tests: encodings, concurrency, dump/restore, upgrades (installed build)
cd "$(dirname "$0")/../.."
exec bash tests/tap.sh
