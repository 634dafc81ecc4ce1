/*
 * fuzz_clean.c
 *		libFuzzer target: pt_fold and pt_fold_all, the clean folding
 *		(pt_clean before its NFC step), with the properties of fuzz_fold.c.
 */
#define FOLD_KIND	PT_FOLD_CLEAN
#include "fuzz_fold.c"
