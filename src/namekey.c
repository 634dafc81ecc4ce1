/*
 * namekey.c
 *		SQL surface of name fingerprints: pt_name_key, pt_name_similarity,
 *		pt_name_similar (the %~ operator) and its threshold setting.
 */
#include "postgres.h"

#include "fmgr.h"
#include "utils/builtins.h"
#include "utils/guc.h"

#include "namekey.h"
#include "policytext.h"

PG_FUNCTION_INFO_V1(pt_name_key);
PG_FUNCTION_INFO_V1(pt_name_similarity);
PG_FUNCTION_INFO_V1(pt_name_similar);

/* called from _PG_init */
extern void pt_namekey_define_gucs(void);

/* policytext.name_similarity_threshold */
static double name_similarity_threshold = 0.7;

/* Define the settings of this module; _PG_init calls it once. */
void
pt_namekey_define_gucs(void)
{
	DefineCustomRealVariable("policytext.name_similarity_threshold",
							 "Least pt_name_similarity for the %~ operator to call two names similar.",
							 "Between 0 and 1; 1 accepts only equal name keys.",
							 &name_similarity_threshold,
							 0.7, 0.0, 1.0,
							 PGC_USERSET, 0,
							 NULL, NULL, NULL);
}

/* The key of a text value, palloc'd; its length is in *keylen. */
static unsigned char *
name_key_bytes(text *name, size_t *keylen)
{
	size_t		len = PT_TEXT_LEN(name);
	void	   *work = palloc(PT_NAME_WORK_SIZE(len));
	unsigned char *key = palloc(PT_NAME_KEY_BOUND(len));

	pt_require_utf8();
	*keylen = pt_namekey_build(PT_TEXT_BYTES(name), len, key, work);
	pfree(work);
	return key;
}

/* Similarity of the keys of two text values. */
static double
name_similarity(text *a, text *b)
{
	size_t		alen,
				blen;
	unsigned char *ka = name_key_bytes(a, &alen);
	unsigned char *kb = name_key_bytes(b, &blen);
	double		s = pt_namekey_similarity(ka, alen, kb, blen);

	pfree(ka);
	pfree(kb);
	return s;
}

/* pt_name_key(text) -> text: the fingerprint of a name, '' when none */
Datum
pt_name_key(PG_FUNCTION_ARGS)
{
	size_t		keylen;
	unsigned char *key = name_key_bytes(PG_GETARG_TEXT_PP(0), &keylen);
	text	   *result = cstring_to_text_with_len((const char *) key, (int) keylen);

	pfree(key);
	PG_RETURN_TEXT_P(result);
}

/* pt_name_similarity(text, text) -> real: 0 to 1, 1 for equal keys */
Datum
pt_name_similarity(PG_FUNCTION_ARGS)
{
	PG_RETURN_FLOAT4((float4) name_similarity(PG_GETARG_TEXT_PP(0),
											  PG_GETARG_TEXT_PP(1)));
}

/* pt_name_similar(text, text) -> bool: the %~ operator */
Datum
pt_name_similar(PG_FUNCTION_ARGS)
{
	float4		s = (float4) name_similarity(PG_GETARG_TEXT_PP(0),
											 PG_GETARG_TEXT_PP(1));

	/* compared as real, so that it agrees with pt_name_similarity */
	PG_RETURN_BOOL(s >= (float4) name_similarity_threshold);
}
