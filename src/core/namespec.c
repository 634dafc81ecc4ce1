/*
 * namespec.c
 *		Elements of a name array: which are acronyms (see namespec.h).
 */
#include "namespec.h"

#include <string.h>

#include "matcher.h"

/* an element of ASCII letters and digits with two capital letters or more */
static int
acronym_shaped(const unsigned char *s, size_t len)
{
	size_t		i;
	int			caps = 0;

	for (i = 0; i < len; i++)
	{
		unsigned char c = s[i];

		if (c >= 'A' && c <= 'Z')
			caps++;
		else if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')))
			return 0;
	}
	return caps >= 2;
}

/* is s written between double quotes? */
static int
quoted(const unsigned char *s, size_t len)
{
	return len >= 2 && s[0] == '"' && s[len - 1] == '"';
}

/* The flags of a name element without a leading "!" rule. */
static int
spec_name(const unsigned char *s, size_t len, size_t *off, size_t *namelen)
{
	if (quoted(s, len))
	{
		*off = 1;
		*namelen = len - 2;
		return PT_NAME_CASE_SENSITIVE;
	}
	*off = 0;
	*namelen = len;
	return acronym_shaped(s, len) ? PT_NAME_CASE_SENSITIVE : 0;
}

/* The flags of an element and the part of it that is the name. */
int
pt_name_spec(const unsigned char *s, size_t len, size_t *off, size_t *namelen)
{
	if (len >= 1 && s[0] == '!' && !quoted(s, len))
	{
		int			flags = spec_name(s + 1, len - 1, off, namelen);

		*off += 1;
		return flags | PT_NAME_EXCLUDE;
	}
	return spec_name(s, len, off, namelen);
}

/* Writes a name (no "!" rule) so that spec_name reads back its flags. */
static size_t
write_name(const unsigned char *name, size_t len, int flags, unsigned char *out)
{
	size_t		i;

	if (flags & PT_NAME_CASE_SENSITIVE)
	{
		if (!quoted(name, len) && acronym_shaped(name, len))
		{
			memcpy(out, name, len);
			return len;
		}
		/* quoted, so that the quotes of a quoted acronym stay part of it */
		out[0] = '"';
		memcpy(out + 1, name, len);
		out[len + 1] = '"';
		return len + 2;
	}

	/*
	 * Case is ignored for this name: ASCII capitals may be lowered, which
	 * undoes the acronym shape.  A name between quotes gets a trailing space,
	 * which no word includes.
	 */
	if (acronym_shaped(name, len))
	{
		for (i = 0; i < len; i++)
			out[i] = (name[i] >= 'A' && name[i] <= 'Z') ? name[i] + ('a' - 'A') : name[i];
		return len;
	}
	memcpy(out, name, len);
	if (quoted(name, len))
	{
		out[len] = ' ';
		return len + 1;
	}
	return len;
}

/* Writes a registry name so that pt_name_spec reads back its flags. */
size_t
pt_name_spec_write(const unsigned char *name, size_t len, int flags,
				   unsigned char *out)
{
	size_t		n;

	if (flags & PT_NAME_EXCLUDE)
	{
		out[0] = '!';
		return 1 + write_name(name, len, flags, out + 1);
	}
	/* a name that starts with "!" is not an exclusion: a space before it */
	if (len >= 1 && name[0] == '!' && !(flags & PT_NAME_CASE_SENSITIVE))
	{
		out[0] = ' ';
		return 1 + write_name(name, len, flags, out + 1);
	}
	n = write_name(name, len, flags, out);
	return n;
}
