# Makefile for policytext (PGXS)

EXTENSION = policytext
MODULE_big = policytext

# the pure C core (no PostgreSQL headers) and the PostgreSQL glue over it
CORE_OBJS = $(patsubst %.c,%.o,$(sort $(wildcard src/core/*.c)))
GLUE_OBJS = $(patsubst %.c,%.o,$(sort $(wildcard src/*.c)))

OBJS = $(CORE_OBJS) $(GLUE_OBJS)

DATA = $(wildcard sql/policytext--*.sql)

# every sql/*.sql but the install and upgrade scripts is a pg_regress test
REGRESS = $(sort $(patsubst sql/%.sql,%,$(filter-out sql/policytext--%,$(wildcard sql/*.sql))))
REGRESS_OPTS = --inputdir=. --encoding=UTF8 --load-extension=policytext

ICU_LIBS = $(shell pkg-config --libs icu-uc 2>/dev/null || echo -licuuc -licudata)
PG_CPPFLAGS = -Isrc -Isrc/core -Wall -Wextra -Wno-unused-parameter -Wno-missing-field-initializers
SHLIB_LINK = $(ICU_LIBS)

EXTRA_CLEAN = tests/unit/build

PG_CONFIG ?= pg_config
PGXS := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)

# ---- project targets -------------------------------------------------------

.PHONY: chartab check-chartab unit

# regenerate the Unicode tables from ICU (needs libicu-dev)
chartab:
	$(CC) -O2 -Wall -Wextra -o tests/unit/gen_chartab src/tools/gen_chartab.c $$(pkg-config --libs icu-uc icu-i18n)
	tests/unit/gen_chartab > src/core/chartab.c
	rm -f tests/unit/gen_chartab

# verify that the committed tables are what the generator makes
check-chartab:
	$(CC) -O2 -Wall -Wextra -o tests/unit/gen_chartab src/tools/gen_chartab.c $$(pkg-config --libs icu-uc icu-i18n)
	tests/unit/gen_chartab | cmp - src/core/chartab.c
	rm -f tests/unit/gen_chartab

# C unit tests of the core, plain and under AddressSanitizer + UBSan
unit:
	tests/unit/run.sh

# lemma-conflation precision/recall/F1 of the stemmers on ../shared/ud
# (prints a table; skips with a message when the folder is absent)
.PHONY: eval-stem
eval-stem:
	python3 tests/eval/ud_stem_eval.py

# ---- organizations (0.3) ---------------------------------------------------

# the 0.2 -> 0.3 upgrade script is built from sql/parts/0.3/*.sql in name order
PT_UPGRADE_03 = sql/policytext--0.2--0.3.sql
PT_PARTS_03 = $(sort $(wildcard sql/parts/0.3/*.sql))
DATA := $(filter-out $(PT_UPGRADE_03),$(DATA))
DATA_built += $(PT_UPGRADE_03)
EXTRA_CLEAN += $(PT_UPGRADE_03)

all: $(PT_UPGRADE_03)

$(PT_UPGRADE_03): $(PT_PARTS_03)
	cat $(PT_PARTS_03) > $@

.PHONY: registry

# regenerate the shipped registry rows from the TSV files
registry:
	python3 sql/registry/gen_registry_sql.py sql/registry/orgs.tsv sql/registry/org_names.tsv > sql/parts/0.3/20_registry_data.sql.tmp
	mv sql/parts/0.3/20_registry_data.sql.tmp sql/parts/0.3/20_registry_data.sql

# the benchmark: a 42 MB corpus, medians and ratios (minutes; not part of the tests)
.PHONY: bench
bench:
	tests/bench/run.sh

# ---- hardening: fuzzing, TAP tests --------------------------------------

.PHONY: fuzz prove tap memory

# every libFuzzer target of tests/fuzz for FUZZ_SECONDS seconds each
FUZZ_SECONDS ?= 10
fuzz:
	tests/fuzz/run.sh $(FUZZ_SECONDS)

# TAP tests (PostgreSQL::Test::Cluster) against the installed extension:
# run "make install" first
prove tap:
	tests/tap.sh

# peak backend memory of each function on a 100 MB input (MEMORY_MB=N),
# printed as a multiple of the input size; run "make install" first
MEMORY_MB ?= 100
memory:
	tests/memory/run.sh $(MEMORY_MB)

# ---- word lists (0.4): src/data/*.txt -> src/core/wordlists.[ch] -----------

.PHONY: wordlists check-wordlists

# regenerate the stop words, keep lists, broken plurals and name-key words
wordlists:
	python3 src/tools/gen_wordlists.py src/data src/core/wordlists.c src/core/wordlists.h

# verify that the committed word lists are what src/data makes
check-wordlists:
	python3 src/tools/gen_wordlists.py --check src/data src/core/wordlists.c src/core/wordlists.h
