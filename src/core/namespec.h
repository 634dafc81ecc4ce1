/*
 * namespec.h
 *		How an element of a name array (the right side of "text @~> text[]")
 *		is matched, and how a registry name is written into such an array.
 *
 * The registry marks acronyms (form 'acronym'), whose Latin words match
 * case-sensitively as written, so that "WHO" is not the English word "who".
 * A plain text[] has no such column, so an element says it itself:
 *   - an element between double quotes ("KfW") is matched as an acronym,
 *     without the quotes;
 *   - an element of ASCII letters and digits only with at least two capital
 *     letters (WHO, UNICEF, IsDB, KSrelief) is matched as an acronym;
 *   - every other element is matched as a registry name of another form:
 *     case, letter variants, attached prefixes, ZWNJ and ezafe are ignored;
 *   - an element that starts with "!" is an exclusion: the rest, read by
 *     the rules above, is a name of another organization.  It is not looked
 *     for, but a mention of a name that lies inside a longer mention of an
 *     exclusion does not count, as in the registry, where the longest name
 *     wins ("UN" inside "UN Women").
 * pt_name_spec_write() writes a registry name so that the rules above read
 * it back with the registry's flags (a quoted acronym, or a lower-cased
 * non-acronym, or a leading space before a "!", when the name alone would
 * be read otherwise), so that pt_org_names() arrays match as the registry
 * does.
 */
#ifndef PT_NAMESPEC_H
#define PT_NAMESPEC_H

#include <stddef.h>

/* an exclusion element (not a matcher flag) */
#define PT_NAME_EXCLUDE		0x100

/* most bytes pt_name_spec_write adds to a name */
#define PT_NAME_SPEC_EXTRA	3

/*
 * The flags of element s: PT_NAME_CASE_SENSITIVE (a matcher flag) and
 * PT_NAME_EXCLUDE; *off and *namelen receive the part of s that is the
 * name (without "!" and quotes).
 */
extern int	pt_name_spec(const unsigned char *s, size_t len, size_t *off,
						 size_t *namelen);

/*
 * Writes name with the flags into out (room for len + PT_NAME_SPEC_EXTRA
 * bytes) so that pt_name_spec reads back the same words and flags; returns
 * the length.
 */
extern size_t pt_name_spec_write(const unsigned char *name, size_t len,
								 int flags, unsigned char *out);

#endif							/* PT_NAMESPEC_H */
