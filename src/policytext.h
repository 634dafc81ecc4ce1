/*
 * policytext.h
 *		Declarations shared by the PostgreSQL glue of policytext.
 */
#ifndef POLICYTEXT_H
#define POLICYTEXT_H

#include "postgres.h"

/* errors out unless the current database is UTF8 (checked once a backend) */
extern void pt_require_utf8(void);

/* defines policytext.name_similarity_threshold (namekey.c) */
extern void pt_namekey_define_gucs(void);

/* text: byte pointer and length of a detoasted text */
#define PT_TEXT_BYTES(t)	((const unsigned char *) VARDATA_ANY(t))
#define PT_TEXT_LEN(t)		((size_t) VARSIZE_ANY_EXHDR(t))

#endif							/* POLICYTEXT_H */
