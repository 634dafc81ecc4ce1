/*
 * gen_chartab.c
 *		Generates src/core/chartab.c, the lookup tables of the policytext core,
 *		from ICU's Unicode data.
 *
 * Run by "make chartab" (needs libicu-dev); the output is committed so that a
 * build does not depend on the ICU version installed, and "make
 * check-chartab" verifies that the committed file is what this program makes.
 *
 * Three tables, each a two-stage table over all code points:
 *   norm   - pt_normalize: the folding used by search (see README)
 *   clean  - pt_clean: removes invisible and decorative characters only
 *   cclass - character classes for the tokenizer
 * norm and clean share one pool of replacement strings.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>

#include "../core/chartab.h"
#include "../core/normalize.h"

#define NCP 0x110000
#define MAXREP 64

typedef struct
{
	uint32_t	src;			/* the code point mapped */
	int			len;			/* -1: keep, 0: delete, >0: replacement */
	uint32_t	cps[MAXREP];
} Map;

static Map *norm_map;
static Map *clean_map;
static const UNormalizer2 *nfkd;
static const UNormalizer2 *nfkc;

static int
in_arabic_block(uint32_t c)
{
	return (c >= 0x0600 && c <= 0x06FF) || (c >= 0x0750 && c <= 0x077F) ||
		(c >= 0x0870 && c <= 0x08FF) || (c >= 0xFB50 && c <= 0xFDFF) ||
		(c >= 0xFE70 && c <= 0xFEFF);
}

/* Invisible format characters removed by both pt_normalize and pt_clean. */
static int
is_invisible(uint32_t c)
{
	return c == 0x00AD || c == 0x034F || c == 0x061C || c == 0x180E ||
		c == 0x200D || c == 0x200E || c == 0x200F ||
		(c >= 0x202A && c <= 0x202E) || (c >= 0x2060 && c <= 0x206F) ||
		c == 0xFEFF || (c >= 0xFE00 && c <= 0xFE0F) ||
		(c >= 0xE0000 && c <= 0xE007F) || (c >= 0xE0100 && c <= 0xE01EF);
}

/* Arabic diacritics, Quranic annotation marks, tatweel. */
static int
is_arabic_decoration(uint32_t c)
{
	int8_t		gc = u_charType(c);

	if (c == 0x0640 || c == 0x06E5 || c == 0x06E6)
		return 1;
	return in_arabic_block(c) &&
		(gc == U_NON_SPACING_MARK || gc == U_ENCLOSING_MARK ||
		 gc == U_COMBINING_SPACING_MARK);
}

static int
is_presentation_form(uint32_t c)
{
	return (c >= 0xFB00 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF) ||
		(c >= 0xFF01 && c <= 0xFF5E);
}

/* One letter of the Arabic-script folding classes, or 0. */
static uint32_t
arabic_letter_fold(uint32_t c)
{
	switch (c)
	{
		case 0x0622: case 0x0623: case 0x0625: case 0x0671:
		case 0x0672: case 0x0673: case 0x0675:
			return 0x0627;		/* alef */
		case 0x0624: case 0x0676:
			return 0x0648;		/* waw */
		case 0x0626: case 0x0649: case 0x06CC: case 0x06D2:
		case 0x06D3: case 0x0678:
			return 0x064A;		/* yeh */
		case 0x06A9: case 0x06AA:
			return 0x0643;		/* kaf */
		case 0x0629: case 0x06C0: case 0x06C1: case 0x06C2:
		case 0x06C3: case 0x06D5: case 0x06BE:
			return 0x0647;		/* heh */
	}
	if (c >= 0x0660 && c <= 0x0669)
		return '0' + (c - 0x0660);
	if (c >= 0x06F0 && c <= 0x06F9)
		return '0' + (c - 0x06F0);
	return 0;
}

/* UTF-16 to code points; returns their number */
static int
utf16_to_cps(const UChar *s, int32_t len, uint32_t *out)
{
	int32_t		i = 0;
	int			k = 0;

	while (i < len)
	{
		UChar32		cp;

		U16_NEXT(s, i, len, cp);
		out[k++] = (uint32_t) cp;
	}
	return k;
}

static int
decompose(const UNormalizer2 *n2, uint32_t c, uint32_t *out)
{
	UChar		src[2],
				dst[MAXREP];
	int32_t		srclen = 0,
				dstlen;
	int			k;
	UErrorCode	err = U_ZERO_ERROR;

	U16_APPEND_UNSAFE(src, srclen, c);
	dstlen = unorm2_normalize(n2, src, srclen, dst, MAXREP, &err);
	if (U_FAILURE(err))
	{
		fprintf(stderr, "normalize failed for U+%04X\n", c);
		exit(1);
	}
	k = utf16_to_cps(dst, dstlen, out);
	/* isolated forms of harakat are a space plus the mark: keep the mark */
	if (k >= 2 && out[0] == 0x20 && u_charType(out[1]) == U_NON_SPACING_MARK)
	{
		memmove(out, out + 1, (k - 1) * sizeof(uint32_t));
		k--;
	}
	return k;
}

static int
casefold(uint32_t c, uint32_t *out)
{
	UChar		src[2],
				dst[MAXREP];
	int32_t		srclen = 0,
				dstlen;
	UErrorCode	err = U_ZERO_ERROR;

	U16_APPEND_UNSAFE(src, srclen, c);
	dstlen = u_strFoldCase(dst, MAXREP, src, srclen, U_FOLD_CASE_DEFAULT, &err);
	if (U_FAILURE(err))
		exit(1);
	return utf16_to_cps(dst, dstlen, out);
}

/* One step of pt_normalize's folding; returns -1 when c is a fixed point. */
static int
norm_step(uint32_t c, uint32_t *out)
{
	uint32_t	f;
	int			k;

	if (c == 0x200C)
		return -1;				/* ZWNJ: handled in normalize.c */
	if (is_invisible(c) || is_arabic_decoration(c))
		return 0;
	if (c == 0x200B || (u_charType(c) == U_SPACE_SEPARATOR && c != 0x20))
	{
		out[0] = 0x20;
		return 1;
	}
	if ((f = arabic_letter_fold(c)) != 0)
	{
		out[0] = f;
		return 1;
	}
	if (is_presentation_form(c))
	{
		k = decompose(nfkd, c, out);
		if (k != 1 || out[0] != c)
			return k;
	}
	k = casefold(c, out);
	if (k == 1 && out[0] == c)
		return -1;
	return k;
}

/* Apply norm_step until every output code point is a fixed point. */
static int
norm_full(uint32_t c, uint32_t *out, int depth)
{
	uint32_t	step[MAXREP];
	int			k = norm_step(c, step),
				i,
				n = 0;

	if (depth > 8)
	{
		fprintf(stderr, "folding of U+%04X does not converge\n", c);
		exit(1);
	}
	if (k < 0)
	{
		out[0] = c;
		return 1;
	}
	for (i = 0; i < k; i++)
	{
		uint32_t	sub[MAXREP];
		int			m = norm_full(step[i], sub, depth + 1);

		if (n + m > MAXREP)
			exit(1);
		memcpy(out + n, sub, m * sizeof(uint32_t));
		n += m;
	}
	return n;
}

static void
build_maps(void)
{
	uint32_t	c;

	for (c = 0; c < NCP; c++)
	{
		uint32_t	out[MAXREP];
		int			n;

		norm_map[c].src = clean_map[c].src = c;
		norm_map[c].len = -1;
		clean_map[c].len = -1;
		if (c >= 0xD800 && c <= 0xDFFF)
			continue;

		n = norm_full(c, out, 0);
		if (!(n == 1 && out[0] == c))
		{
			norm_map[c].len = n;
			memcpy(norm_map[c].cps, out, n * sizeof(uint32_t));
		}

		if (is_invisible(c) || c == 0x0640)
			clean_map[c].len = 0;
		else if ((c >= 0xFB00 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF))
		{
			int			k,
						m = 0;

			n = decompose(nfkc, c, out);
			/* medial forms of marks decompose to tatweel + mark: drop it */
			for (k = 0; k < n; k++)
				if (out[k] != 0x0640 && !is_invisible(out[k]))
					out[m++] = out[k];
			if (!(m == 1 && out[0] == c))
			{
				clean_map[c].len = m;
				memcpy(clean_map[c].cps, out, m * sizeof(uint32_t));
			}
		}
	}
}

/* Check that a table is idempotent: what it outputs, it keeps. */
static void
check_idempotent(const Map *map, int check_zwnj)
{
	uint32_t	c;

	for (c = 0; c < NCP; c++)
	{
		int			i;

		for (i = 0; i < map[c].len; i++)
		{
			uint32_t	o = map[c].cps[i];

			if (map[o].len != -1 || (check_zwnj && o == 0x200C))
			{
				fprintf(stderr, "U+%04X maps to U+%04X, which maps again\n", c, o);
				exit(1);
			}
		}
	}
}

/* ---- emitting ---- */

static unsigned char pool[1 << 20];
static int	pool_len;
static uint32_t entries[1 << 16];
static int	nentries = 1;		/* entry 0 is "keep" */

static int
encode_utf8(uint32_t cp, unsigned char *o)
{
	if (cp < 0x80)
	{
		o[0] = cp;
		return 1;
	}
	if (cp < 0x800)
	{
		o[0] = 0xC0 | (cp >> 6);
		o[1] = 0x80 | (cp & 0x3F);
		return 2;
	}
	if (cp < 0x10000)
	{
		o[0] = 0xE0 | (cp >> 12);
		o[1] = 0x80 | ((cp >> 6) & 0x3F);
		o[2] = 0x80 | (cp & 0x3F);
		return 3;
	}
	o[0] = 0xF0 | (cp >> 18);
	o[1] = 0x80 | ((cp >> 12) & 0x3F);
	o[2] = 0x80 | ((cp >> 6) & 0x3F);
	o[3] = 0x80 | (cp & 0x3F);
	return 4;
}

/* Intern a replacement; returns its entry number. */
static int
intern(const Map *m, int *maxlen)
{
	unsigned char buf[MAXREP * 4];
	int			len = 0,
				i;

	for (i = 0; i < m->len; i++)
		len += encode_utf8(m->cps[i], buf + len);
	if (len > *maxlen)
		*maxlen = len;
	if (len > PT_FOLD_RATIO * (m->src < 0x80 ? 1 : m->src < 0x800 ? 2 :
							   m->src < 0x10000 ? 3 : 4))
	{
		fprintf(stderr, "U+%04X breaks the output bound\n", m->src);
		exit(1);
	}
	for (i = 1; i < nentries; i++)
	{
		int			off = entries[i] >> 8,
					l = entries[i] & 0xFF;

		if (l == len && memcmp(pool + off, buf, len) == 0)
			return i;
	}
	memcpy(pool + pool_len, buf, len);
	entries[nentries] = ((uint32_t) pool_len << 8) | (uint32_t) len;
	pool_len += len;
	return nentries++;
}

/* Emit a two-stage table of uint16 values (or uint8 when narrow). */
static void
emit_table(FILE *f, const char *name, const uint16_t *vals, int narrow)
{
	static uint16_t blocks[NCP];
	uint16_t	stage1[NCP >> 8];
	int			nblocks = 0,
				b,
				i;

	for (b = 0; b < (NCP >> 8); b++)
	{
		const uint16_t *blk = vals + (b << 8);

		for (i = 0; i < nblocks; i++)
			if (memcmp(blocks + (i << 8), blk, 256 * sizeof(uint16_t)) == 0)
				break;
		if (i == nblocks)
		{
			memcpy(blocks + (nblocks << 8), blk, 256 * sizeof(uint16_t));
			nblocks++;
		}
		stage1[b] = i;
	}
	fprintf(f, "const uint16_t %s_stage1[%d] = {", name, NCP >> 8);
	for (b = 0; b < (NCP >> 8); b++)
		fprintf(f, "%s%d,", b % 16 ? " " : "\n\t", stage1[b]);
	fprintf(f, "\n};\n\n");
	fprintf(f, "const %s %s_stage2[%d] = {", narrow ? "uint8_t" : "uint16_t",
			name, nblocks << 8);
	for (i = 0; i < (nblocks << 8); i++)
		fprintf(f, "%s%d,", i % 16 ? " " : "\n\t", blocks[i]);
	fprintf(f, "\n};\n\n");
}

static int
cclass_of(uint32_t c)
{
	int8_t		gc = u_charType(c);
	UErrorCode	err = U_ZERO_ERROR;
	UScriptCode sc = uscript_getScript(c, &err);

	if (c == 0x200C)
		return PT_CC_ZWNJ;
	if (is_invisible(c))
		return PT_CC_INVIS;
	if (c == 0x0640)
		return PT_CC_MARK;
	switch (gc)
	{
		case U_NON_SPACING_MARK:
		case U_ENCLOSING_MARK:
		case U_COMBINING_SPACING_MARK:
			return PT_CC_MARK;
		case U_DECIMAL_DIGIT_NUMBER:
			return PT_CC_DIGIT;
		case U_UPPERCASE_LETTER:
		case U_LOWERCASE_LETTER:
		case U_TITLECASE_LETTER:
		case U_MODIFIER_LETTER:
		case U_OTHER_LETTER:
			if (sc == USCRIPT_ARABIC)
				return PT_CC_ALETTER;
			if (sc == USCRIPT_LATIN)
				return PT_CC_LLETTER;
			return PT_CC_OLETTER;
		case U_SPACE_SEPARATOR:
		case U_LINE_SEPARATOR:
		case U_PARAGRAPH_SEPARATOR:
			return PT_CC_SPACE;
		case U_CONTROL_CHAR:
			return (c >= 0x09 && c <= 0x0D) || c == 0x85 ? PT_CC_SPACE : PT_CC_SEP;
		case U_DASH_PUNCTUATION:
		case U_START_PUNCTUATION:
		case U_END_PUNCTUATION:
		case U_CONNECTOR_PUNCTUATION:
		case U_OTHER_PUNCTUATION:
		case U_INITIAL_PUNCTUATION:
		case U_FINAL_PUNCTUATION:
			return PT_CC_PUNCT;
	}
	if (c == 0x200B)
		return PT_CC_SPACE;
	return PT_CC_SEP;
}

int
main(void)
{
	UErrorCode	err = U_ZERO_ERROR;
	static uint16_t normv[NCP],
				cleanv[NCP],
				ccv[NCP];
	int			norm_max = 0,
				clean_max = 0;
	uint32_t	c;
	FILE	   *f = stdout;
	int			i;

	nfkd = unorm2_getNFKDInstance(&err);
	nfkc = unorm2_getNFKCInstance(&err);
	if (U_FAILURE(err))
		return 1;
	norm_map = calloc(NCP, sizeof(Map));
	clean_map = calloc(NCP, sizeof(Map));
	build_maps();
	check_idempotent(norm_map, 1);
	check_idempotent(clean_map, 0);

	for (c = 0; c < NCP; c++)
	{
		normv[c] = c == 0x200C ? PT_MAP_ZWNJ :
			norm_map[c].len < 0 ? PT_MAP_KEEP : intern(&norm_map[c], &norm_max);
		cleanv[c] = clean_map[c].len < 0 ? PT_MAP_KEEP :
			intern(&clean_map[c], &clean_max);
		ccv[c] = cclass_of(c);
	}

	fprintf(f, "/*\n * chartab.c\n *\t\tLookup tables of the policytext core.\n"
			" *\n * GENERATED by src/tools/gen_chartab.c from ICU %s (Unicode %s);\n"
			" * do not edit.  Regenerate with \"make chartab\".\n */\n"
			"#include \"chartab.h\"\n\n", U_ICU_VERSION, U_UNICODE_VERSION);
	fprintf(f, "/* longest replacement: pt_normalize %d bytes, pt_clean %d bytes */\n",
			norm_max, clean_max);
	fprintf(f, "#if PT_NORM_MAX_REPLACEMENT < %d || PT_CLEAN_MAX_REPLACEMENT < %d\n"
			"#error \"chartab.h bounds are too small\"\n#endif\n\n",
			norm_max, clean_max);
	fprintf(f, "const uint32_t pt_map_entry[%d] = {", nentries);
	for (i = 0; i < nentries; i++)
		fprintf(f, "%s0x%x,", i % 8 ? " " : "\n\t", entries[i]);
	fprintf(f, "\n};\n\nconst unsigned char pt_map_pool[%d] = {", pool_len);
	for (i = 0; i < pool_len; i++)
		fprintf(f, "%s%d,", i % 16 ? " " : "\n\t", pool[i]);
	fprintf(f, "\n};\n\n");
	emit_table(f, "pt_norm", normv, 0);
	emit_table(f, "pt_clean", cleanv, 0);
	emit_table(f, "pt_cclass", ccv, 1);
	return 0;
}
