/*
 * fuzz.h
 *		Shared helpers of the policytext libFuzzer targets.
 *
 * A target checks properties of a core entry point on arbitrary bytes; a
 * broken property aborts with a message, which libFuzzer reports as a crash
 * and saves the input (as AddressSanitizer and UBSan do for memory errors).
 */
#ifndef PT_FUZZ_H
#define PT_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "utf8.h"

#define FUZZ_ASSERT(cond, what) \
	do { \
		if (!(cond)) { \
			fprintf(stderr, "property failed at %s:%d: %s\n", __FILE__, __LINE__, (what)); \
			abort(); \
		} \
	} while (0)

/*
 * Copy the input into a fresh heap block of exactly its size, so that
 * AddressSanitizer catches a read one byte past the end (libFuzzer's own
 * buffer is already exact, but a target that splits its input uses this
 * for each part).
 */
static inline unsigned char *
fuzz_dup(const uint8_t *data, size_t size)
{
	unsigned char *p = malloc(size ? size : 1);

	if (size)
		memcpy(p, data, size);
	return p;
}

/* Print a labelled byte string (as text and hex) before a property fails. */
static inline void
fuzz_dump(const char *label, const unsigned char *s, size_t len)
{
	size_t		i;

	fprintf(stderr, "%s: \"%.*s\"\n  hex:", label, (int) len, (const char *) s);
	for (i = 0; i < len; i++)
		fprintf(stderr, " %02x", s[i]);
	fprintf(stderr, "\n");
}

/*
 * Is off a code point boundary of s[0..len-1], as pt_utf8_decode walks it
 * (an ill-formed byte is one code point)?  Linear: for checks only.
 */
static inline int
fuzz_on_boundary(const unsigned char *s, size_t len, size_t off)
{
	size_t		i = 0;

	while (i < off)
	{
		int			n;

		(void) pt_utf8_decode(s + i, len - i, &n);
		i += n;
	}
	return i == off;
}

#endif							/* PT_FUZZ_H */
