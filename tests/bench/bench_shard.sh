#!/usr/bin/env bash
# bench_shard.sh - tests/shard.sh with timings: for each organization query
# on two shards and a coordinator, the bytes shipped to the coordinator as a
# share of the corpus text (target: at most 1%) and the median time of 5
# runs; then the mention table's incremental refresh after a registry change
# against a full rebuild.  MB=N sets the corpus size (default 8).
set -euo pipefail
MB=${MB:-8} SHARD_BENCH=1 exec "$(dirname "$0")/../shard.sh"
