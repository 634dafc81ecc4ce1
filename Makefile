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

ICU_LIBS = $(shell pkg-config --libs icu-i18n icu-uc 2>/dev/null || echo -licui18n -licuuc -licudata)
PG_CPPFLAGS = -Isrc -Isrc/core -Wall -Wextra -Wno-unused-parameter -Wno-missing-field-initializers
SHLIB_LINK = $(ICU_LIBS)

EXTRA_CLEAN = tests/unit/build

PG_CONFIG ?= pg_config

# regression tests that need an optional extension run only where it is
# installed; "make installcheck" says which it skipped
PT_SHAREDIR := $(shell $(PG_CONFIG) --sharedir)
pt_needs = $(if $(wildcard $(PT_SHAREDIR)/extension/$(2).control),,$(1):$(2))
PT_SKIPPED = $(strip $(call pt_needs,tsearch_rum,rum) $(call pt_needs,orgs_sessions,dblink))
REGRESS := $(filter-out $(foreach s,$(PT_SKIPPED),$(firstword $(subst :, ,$(s)))),$(REGRESS))

PGXS := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)

installcheck: pt-skipped
.PHONY: pt-skipped
pt-skipped:
	@for s in $(PT_SKIPPED); do echo "skipped: $${s%%:*} (needs the $${s#*:} extension, not installed)"; done

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

# ---- test suites: tests/run_all.sh runs each of these and adds up the counts

.PHONY: build-check check-generated list-generated-checks check-release unit regress regress-parallel eval check-data

# a clean build without warnings, then make install
build-check:
	tests/suites/build.sh

# committed generated files equal their generators' output
PT_GENERATED_CHECKS = check-chartab check-registry check-places-data check-wordlists
list-generated-checks:
	@echo $(PT_GENERATED_CHECKS)
check-generated:
	tests/suites/generated.sh


# C unit tests of the core, plain and under AddressSanitizer + UBSan
unit:
	tests/unit/run.sh

# pg_regress on a throwaway cluster (make installcheck: on your own server)
regress:
	tests/suites/regress.sh

# the same with force_parallel_mode = regress
regress-parallel:
	PT_PARALLEL=1 tests/suites/regress.sh

# every evaluation: stemming P/R/F1, organizations, ...
eval:
	tests/suites/eval.sh

# the sample articles' format and spelling traps
check-data:
	tests/suites/data.sh

# lemma-conflation precision/recall/F1 of the stemmers on ../shared/ud
# (prints a table; skips with a message when the folder is absent)
.PHONY: eval-stem
eval-stem:
	tests/suites/eval_stem.sh

# ---- install and upgrade scripts ---------------------------------------------
#
# The current version's full install script is built from sql/src/*.sql (one
# file per concern, in name order).  Released upgrade scripts are committed
# and never edited (sql/released.sha256).  While a version is in
# development, its upgrade script is assembled from sql/upgrade/<version>/
# and the sql/src files of the concerns it adds, and committed (with its
# checksum) when the version is released; 0.5 is released, so nothing is
# assembled now.

EXTVERSION = $(shell sed -n "s/^default_version = '\(.*\)'/\1/p" policytext.control)
PT_INSTALL = sql/policytext--$(EXTVERSION).sql
PT_SRC = $(sort $(wildcard sql/src/*.sql))
DATA := $(filter-out $(PT_INSTALL),$(DATA))
DATA_built += $(PT_INSTALL)

all: $(PT_INSTALL)

$(PT_INSTALL): $(PT_SRC)
	cat $(PT_SRC) > $@

.PHONY: registry check-registry

# The shipped registry rows of the full install script.  An upgrade script
# carries only the delta of its release, written by
# "tests/release/registry_base.sh BASE-COMMIT > sql/upgrade/<version>/31_registry_delta.sql"
# (BASE-COMMIT: the previous release; 0.5's came from v0.4, 75e492e).
PT_REGISTRY_TSV = sql/registry/orgs.tsv sql/registry/org_names.tsv

registry:
	python3 sql/registry/gen_registry_sql.py $(PT_REGISTRY_TSV) > sql/src/31_registry_data.sql.tmp
	mv sql/src/31_registry_data.sql.tmp sql/src/31_registry_data.sql

# the shipped countries (new in 0.4: the full data is also the upgrade's)
.PHONY: places-data check-places-data
places-data:
	python3 sql/registry/gen_places_sql.py > sql/src/71_places_data.sql.tmp
	mv sql/src/71_places_data.sql.tmp sql/src/71_places_data.sql
check-places-data:
	python3 sql/registry/gen_places_sql.py --check

# verify that the committed rows are what the generator makes
check-registry:
	python3 sql/registry/gen_registry_sql.py $(PT_REGISTRY_TSV) | cmp - sql/src/31_registry_data.sql

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

# ---- releases ----------------------------------------------------------------

.PHONY: dist check-release

# a PGXN archive of the committed tree (as pgvector does it)
dist:
	mkdir -p dist
	git archive --format zip --prefix=$(EXTENSION)-$(EXTVERSION)/ --output dist/$(EXTENSION)-$(EXTVERSION).zip HEAD

# the version in policytext.control, META.json and CHANGELOG.md agree, and
# every released upgrade script is committed
check-release:
	tests/release/check.sh

# ---- word lists (0.4): src/data/*.txt -> src/core/wordlists.[ch] -----------

.PHONY: wordlists check-wordlists

# regenerate the stop words, keep lists, broken plurals and name-key words
wordlists:
	python3 src/tools/gen_wordlists.py src/data src/core/wordlists.c src/core/wordlists.h

# verify that the committed word lists are what src/data makes
check-wordlists:
	python3 src/tools/gen_wordlists.py --check src/data src/core/wordlists.c src/core/wordlists.h
