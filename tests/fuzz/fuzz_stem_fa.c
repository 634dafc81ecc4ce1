/*
 * fuzz_stem_fa.c
 *		libFuzzer target: the Persian stemmer pt_stem_fa, with the
 *		properties of fuzz_stem_ar.c.
 */
#define STEM	pt_stem_fa
#include "fuzz_stem_ar.c"
