/*
 * place_registry.h
 *		The country table as seen by the SQL functions: a country finder
 *		(src/core/places.h) built from pt_country and pt_country_name,
 *		cached per backend (src/places.c).
 */
#ifndef PT_PLACE_REGISTRY_H
#define PT_PLACE_REGISTRY_H

#include "postgres.h"

#include "fmgr.h"

#include "places.h"

/*
 * The current finder, built on first use and again after any change of the
 * country tables in the schema of fcinfo's function.  Valid until the next
 * call.
 */
extern const pt_places *pt_place_finder(FunctionCallInfo fcinfo);

/*
 * The country a string denotes: a code (case and punctuation ignored) or
 * else a whole name; -1 if neither.
 */
extern int	pt_place_resolve(const pt_places *p, text *t);

#endif							/* PT_PLACE_REGISTRY_H */
