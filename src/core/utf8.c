/*
 * utf8.c
 *		UTF-8 validation and counting for the policytext core.
 */
#include "utf8.h"

int
pt_utf8_valid(const unsigned char *s, size_t len)
{
	size_t		i = 0;

	while (i < len)
	{
		int			n;

		if (s[i] < 0x80)
		{
			i++;
			continue;
		}
		/* a genuine U+FFFD takes three bytes; an error is reported as one */
		if (pt_utf8_decode(s + i, len - i, &n) == PT_REPLACEMENT_CHAR && n == 1)
			return 0;
		i += n;
	}
	return 1;
}

size_t
pt_utf8_length(const unsigned char *s, size_t len)
{
	size_t		i = 0,
				count = 0;

	while (i < len)
	{
		int			n;

		(void) pt_utf8_decode(s + i, len - i, &n);
		i += n;
		count++;
	}
	return count;
}
