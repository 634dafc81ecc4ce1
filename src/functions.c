/*
 * functions.c
 *		SQL functions over the normalization core: pt_normalize, pt_clean,
 *		pt_lang.
 */
#include "postgres.h"

#include "fmgr.h"
#include "lib/stringinfo.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/memutils.h"

#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/utf8.h>

#include "lang.h"
#include "normalize.h"
#include "policytext.h"

PG_FUNCTION_INFO_V1(pt_normalize);
PG_FUNCTION_INFO_V1(pt_clean);
PG_FUNCTION_INFO_V1(pt_lang);

/* input bytes folded between two interrupt checks */
#define FOLD_BUDGET		(1024 * 1024)

/* bytes of UTF-8 given to ICU at a time by the NFC step */
#define NFC_CHUNK		(64 * 1024)

/*
 * Fold a whole text value.  The buffer starts at the input's size (folding
 * mostly shrinks Arabic text) and grows by half when a rare expansion needs
 * it, so memory stays near twice the input.
 */
static text *
fold_text(pt_fold_kind kind, text *in)
{
	const unsigned char *src = PT_TEXT_BYTES(in);
	size_t		len = PT_TEXT_LEN(in);
	size_t		cap = len + PT_FOLD_MAX_OUT;
	size_t		pos = 0,
				outlen = 0;
	text	   *out;

	pt_require_utf8();
	out = (text *) palloc(VARHDRSZ + cap);
	while (pos < len)
	{
		pt_fold(kind, src, len, &pos, (unsigned char *) VARDATA(out),
				&outlen, cap, FOLD_BUDGET);
		if (pos < len && outlen + PT_FOLD_MAX_OUT > cap)
		{
			size_t		newcap = cap + cap / 2;

			if (VARHDRSZ + newcap > MaxAllocSize)
				ereport(ERROR,
						(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
						 errmsg("normalized text would exceed the maximum size of a text value")));
			out = (text *) repalloc(out, VARHDRSZ + newcap);
			cap = newcap;
		}
		CHECK_FOR_INTERRUPTS();
	}
	SET_VARSIZE(out, VARHDRSZ + outlen);
	return out;
}

static void
icu_check(UErrorCode err, const char *what)
{
	if (U_FAILURE(err))
		ereport(ERROR,
				(errcode(ERRCODE_INTERNAL_ERROR),
				 errmsg("ICU %s failed: %s", what, u_errorName(err))));
}

/*
 * Bring UTF-8 text to NFC with ICU, a chunk at a time so that memory stays
 * bounded: a chunk ends before a code point that starts a new composition
 * (unorm2_hasBoundaryBefore), and a chunk already in NFC is copied as is.
 */
static text *
nfc_text(const char *s, size_t len)
{
	UErrorCode	err = U_ZERO_ERROR;
	const UNormalizer2 *nfc = unorm2_getNFCInstance(&err);
	StringInfoData out;
	UChar	   *u16 = NULL,
			   *n16 = NULL;
	int32_t		u16cap = 0,
				n16cap = 0;
	size_t		start = 0;

	icu_check(err, "NFC instance");
	initStringInfo(&out);
	appendStringInfoSpaces(&out, VARHDRSZ);

	while (start < len)
	{
		size_t		end = len;
		int32_t		u16len,
					span;

		if (len - start > NFC_CHUNK)
		{
			int32_t		i = (int32_t) (start + NFC_CHUNK),
						limit = (int32_t) len;

			/* move to the next code point boundary that is safe to cut */
			while (i < limit)
			{
				int32_t		at = i;
				UChar32		c;

				U8_NEXT(s, i, limit, c);
				if (c >= 0 && unorm2_hasBoundaryBefore(nfc, c))
				{
					i = at;
					break;
				}
			}
			end = (size_t) i;
		}

		/* UTF-8 to UTF-16: at most one UTF-16 unit per byte */
		if (u16cap < (int32_t) (end - start))
		{
			u16cap = (int32_t) (end - start);
			u16 = u16 ? repalloc(u16, u16cap * sizeof(UChar)) : palloc(u16cap * sizeof(UChar));
		}
		err = U_ZERO_ERROR;
		u_strFromUTF8(u16, u16cap, &u16len, s + start, (int32_t) (end - start), &err);
		icu_check(err, "UTF-8 conversion");

		span = unorm2_spanQuickCheckYes(nfc, u16, u16len, &err);
		icu_check(err, "NFC check");
		if (span == u16len)
			appendBinaryStringInfo(&out, s + start, end - start);
		else
		{
			int32_t		n16len,
						u8len;

			/* NFC grows a string at most threefold */
			if (n16cap < 3 * u16len)
			{
				n16cap = 3 * u16len;
				n16 = n16 ? repalloc(n16, n16cap * sizeof(UChar)) : palloc(n16cap * sizeof(UChar));
			}
			n16len = unorm2_normalize(nfc, u16, u16len, n16, n16cap, &err);
			icu_check(err, "NFC normalization");
			u_strToUTF8(NULL, 0, &u8len, n16, n16len, &err);
			if (err == U_BUFFER_OVERFLOW_ERROR)
				err = U_ZERO_ERROR;
			icu_check(err, "UTF-8 conversion");
			enlargeStringInfo(&out, u8len);
			u_strToUTF8(out.data + out.len, u8len, &u8len, n16, n16len, &err);
			if (err == U_STRING_NOT_TERMINATED_WARNING)
				err = U_ZERO_ERROR;
			icu_check(err, "UTF-8 conversion");
			out.len += u8len;
		}
		start = end;
		CHECK_FOR_INTERRUPTS();
	}
	SET_VARSIZE(out.data, out.len);
	return (text *) out.data;
}

/* pt_normalize(text) -> text: the folding search uses */
Datum
pt_normalize(PG_FUNCTION_ARGS)
{
	PG_RETURN_TEXT_P(fold_text(PT_FOLD_SEARCH, PG_GETARG_TEXT_PP(0)));
}

/* pt_clean(text) -> text: invisible and decorative characters out, then NFC */
Datum
pt_clean(PG_FUNCTION_ARGS)
{
	text	   *folded = fold_text(PT_FOLD_CLEAN, PG_GETARG_TEXT_PP(0));
	text	   *result = nfc_text(VARDATA(folded), VARSIZE(folded) - VARHDRSZ);

	pfree(folded);
	PG_RETURN_TEXT_P(result);
}

/* pt_lang(text) -> text: 'ar', 'fa', 'en', or NULL without letters */
Datum
pt_lang(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	const char *code;

	pt_require_utf8();
	code = pt_lang_code(pt_lang_detect(PT_TEXT_BYTES(t), PT_TEXT_LEN(t)));
	if (code == NULL)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text(code));
}
