/*
 * unit.h
 *		A very small test harness for the core's unit tests.
 *
 * Each check prints "ok" or "not ok" with its description; main() returns
 * unit_done(), and tests/unit/run.sh adds up the lines.
 */
#ifndef PT_UNIT_H
#define PT_UNIT_H

#include <stdio.h>
#include <string.h>

static int	unit_passed,
			unit_failed;

#define CHECK(cond, ...) \
	do { \
		if (cond) { unit_passed++; printf("ok - "); } \
		else { unit_failed++; printf("not ok - %s:%d: ", __FILE__, __LINE__); } \
		printf(__VA_ARGS__); \
		printf("\n"); \
	} while (0)

/* compare a byte result with an expected C string */
#define CHECK_STR(got, gotlen, want, ...) \
	do { \
		size_t _wl = strlen(want); \
		int _ok = (gotlen) == _wl && memcmp((got), (want), _wl) == 0; \
		CHECK(_ok, __VA_ARGS__); \
		if (!_ok) printf("#   got  \"%.*s\"\n#   want \"%s\"\n", (int) (gotlen), (const char *) (got), (want)); \
	} while (0)

static inline int
unit_done(void)
{
	printf("# %d passed, %d failed\n", unit_passed, unit_failed);
	return unit_failed ? 1 : 0;
}

#endif							/* PT_UNIT_H */
