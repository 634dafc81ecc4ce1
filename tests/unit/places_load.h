/*
 * places_load.h
 *		Loads the shipped country rows (sql/src/71_places_data.sql, as the
 *		extension installs them) into a pt_places, for the unit tests and
 *		the fuzzer.  The file has one row per line:
 *		  ('CODE', 'name_en', true),                       pt_country
 *		  ('CODE', 'name', 'lang', 'form', true),          pt_country_name
 */
#ifndef PT_PLACES_LOAD_H
#define PT_PLACES_LOAD_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "places.h"

/* the next quoted SQL string at *p (doubled quotes undone) into out */
static inline int
pl_sql_string(const char **p, char *out, size_t cap)
{
	const char *s = *p;
	size_t		n = 0;

	while (*s && *s != '\'')
		s++;
	if (*s != '\'')
		return -1;
	s++;
	for (;;)
	{
		if (*s == '\0')
			return -1;
		if (*s == '\'')
		{
			if (s[1] != '\'')
				break;
			s++;
		}
		if (n + 1 >= cap)
			return -1;
		out[n++] = *s++;
	}
	out[n] = '\0';
	*p = s + 1;
	return (int) n;
}

/*
 * Load the file into p and build it: returns the number of rows, or -1.
 * Countries are added on a first pass, then the names.
 */
static inline int
pl_load_shipped(pt_places *p, const char *path)
{
	char		line[4096];
	int			pass,
				rows = 0;

	for (pass = 0; pass < 2; pass++)
	{
		FILE	   *f = fopen(path, "r");

		if (!f)
			return -1;
		while (fgets(line, sizeof(line), f))
		{
			char		v[4][1024];
			const char *s = line;
			int			n = 0,
						quotes = 0,
						i;

			if (line[0] != '\t' || line[1] != '(')
				continue;
			for (i = 0; line[i]; i++)
				quotes += line[i] == '\'';
			while (n < 4 && pl_sql_string(&s, v[n], sizeof(v[n])) >= 0)
				n++;
			if (pass == 0 && n == 2)
			{
				if (pt_places_add_country(p, v[0], strlen(v[0])) < 0)
				{
					fclose(f);
					return -1;
				}
			}
			else if (pass == 1 && n == 4)
			{
				int			form = pt_place_form_parse(v[3], strlen(v[3]));

				if (form < 0 ||
					pt_places_add(p, v[0], strlen(v[0]), (const unsigned char *) v[1],
								  strlen(v[1]), v[2], (pt_place_form) form) != PT_MATCHER_OK)
				{
					fprintf(stderr, "row refused: %s %s\n", v[0], v[1]);
					fclose(f);
					return -1;
				}
				rows++;
			}
			(void) quotes;
		}
		fclose(f);
	}
	if (pt_places_build(p) != PT_MATCHER_OK)
		return -1;
	return rows;
}

#endif							/* PT_PLACES_LOAD_H */
