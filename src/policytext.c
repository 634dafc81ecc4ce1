/*
 * policytext.c
 *		Module entry point and checks shared by all SQL functions.
 */
#include "postgres.h"

#include "fmgr.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "utils/guc.h"

#include "interrupt.h"
#include "policytext.h"

PG_MODULE_MAGIC;

void		_PG_init(void);

static void
check_interrupts(void)
{
	CHECK_FOR_INTERRUPTS();
}

void
_PG_init(void)
{
	pt_interrupt_hook = check_interrupts;
	pt_namekey_define_gucs();
#if PG_VERSION_NUM >= 150000
	MarkGUCPrefixReserved("policytext");
#else
	EmitWarningsOnPlaceholders("policytext");
#endif
}

void
pt_require_utf8(void)
{
	static bool checked = false;

	if (likely(checked))
		return;
	if (GetDatabaseEncoding() != PG_UTF8)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("policytext requires a UTF8 database, but the database encoding is %s",
						GetDatabaseEncodingName()),
				 errhint("Create the database with ENCODING 'UTF8'.")));
	checked = true;
}
