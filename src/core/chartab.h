/*
 * chartab.h
 *		Generated Unicode lookup tables of the policytext core.
 *
 * The tables (chartab.c) are made from ICU's data by src/tools/gen_chartab.c.
 * Each is a two-stage table: stage1 maps cp >> 8 to a block, stage2 holds
 * 256 values a block.  Lookups cost two loads and never call ICU.
 */
#ifndef PT_CHARTAB_H
#define PT_CHARTAB_H

#include <stdint.h>

/* values of the norm and clean tables: 0 keeps, else an entry number */
#define PT_MAP_KEEP		0
#define PT_MAP_ZWNJ		0xFFFF	/* norm only: ZWNJ, decided by context */

/*
 * Longest replacement of one code point in bytes (U+FDFA, a ligature of a
 * whole phrase); chartab.c fails to compile if the data outgrow these.
 */
#define PT_NORM_MAX_REPLACEMENT		40
#define PT_CLEAN_MAX_REPLACEMENT	40

/* character classes for the tokenizer */
typedef enum
{
	PT_CC_SEP = 0,				/* symbols, emoji, controls: separate words */
	PT_CC_SPACE,				/* white space */
	PT_CC_PUNCT,				/* punctuation of any script */
	PT_CC_ALETTER,				/* Arabic-script letter (incl. presentation forms) */
	PT_CC_LLETTER,				/* Latin letter */
	PT_CC_OLETTER,				/* letter of another script */
	PT_CC_DIGIT,				/* decimal digit of any script */
	PT_CC_MARK,					/* combining mark or tatweel: inside words */
	PT_CC_INVIS,				/* invisible format character: inside words */
	PT_CC_ZWNJ					/* zero-width non-joiner */
} pt_cclass_t;

extern const uint32_t pt_map_entry[];	/* pool offset << 8 | length */
extern const unsigned char pt_map_pool[];
extern const uint16_t pt_norm_stage1[];
extern const uint16_t pt_norm_stage2[];
extern const uint16_t pt_clean_stage1[];
extern const uint16_t pt_clean_stage2[];
extern const uint16_t pt_cclass_stage1[];
extern const uint8_t pt_cclass_stage2[];

static inline uint16_t
pt_norm_value(uint32_t cp)
{
	return pt_norm_stage2[((uint32_t) pt_norm_stage1[cp >> 8] << 8) | (cp & 0xFF)];
}

static inline uint16_t
pt_clean_value(uint32_t cp)
{
	return pt_clean_stage2[((uint32_t) pt_clean_stage1[cp >> 8] << 8) | (cp & 0xFF)];
}

static inline pt_cclass_t
pt_cclass(uint32_t cp)
{
	return (pt_cclass_t) pt_cclass_stage2[((uint32_t) pt_cclass_stage1[cp >> 8] << 8) | (cp & 0xFF)];
}

#endif							/* PT_CHARTAB_H */
