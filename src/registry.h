/*
 * registry.h
 *		The organization registry as seen by the SQL functions: a matcher
 *		built from pt_org and pt_org_name, cached per backend.
 */
#ifndef PT_REGISTRY_H
#define PT_REGISTRY_H

#include "postgres.h"

#include "fmgr.h"

#include "matcher.h"

/*
 * The current matcher, built on first use and again after any change of
 * the registry tables.  fcinfo identifies the calling function, whose
 * schema holds the tables.  Valid until the next call.
 */
extern const pt_matcher *pt_registry_matcher(FunctionCallInfo fcinfo);

/* milliseconds the current matcher took to build */
extern double pt_registry_build_ms(void);

/*
 * The code index a string denotes: a code (case and punctuation ignored)
 * or else a whole registered name; -1 if neither.
 */
extern int	pt_registry_resolve(const pt_matcher *m, text *t);

#endif							/* PT_REGISTRY_H */
