/*
 * places.h
 *		The country finder: which countries a text names.
 *
 * Built on the organization matcher (matcher.h), so a country name is found
 * with the same folding, attached prefixes (و ب ل ك ال لل), ZWNJ, ezafe and
 * glued words, leftmost-longest and in linear time.  What this module adds:
 *
 *   rows    (country code, name, language, form).  Forms:
 *           name, official    a short, usual or official name;
 *           acronym           Latin letters match as written (UK, US, UAE);
 *           person            a name that is also a given name or surname
 *                             (Chad, Jordan): a Latin mention next to another
 *                             capitalised word (Michael Jordan, Jordan
 *                             Peterson) gives nothing;
 *           demonym           a stem whose inflections are generated:
 *                             Arabic words ending in ي get ة ون ين ان ات ا
 *                             تين تان, each word also with the article;
 *                             Persian words ending in ی get ‌ها ‌های ان;
 *                             English words get -s (not after s x z sh ch);
 *                             any other word (a broken plural) is kept;
 *           capital           a capital city;
 *           ambiguous         a name several countries share (undiacritized
 *                             عمان: Oman or Amman): it gives a country only
 *                             when the text decides it (see below);
 *           blocker           a region, city, sea or phrase that contains a
 *                             country word (المغرب العربي, New Mexico, قوة
 *                             قاهرة): matched leftmost-longest like a name,
 *                             it yields nothing and so hides the country word.
 *   case    a Latin mention whose first letter is lower case gives nothing
 *           (turkey, china, chad); acronyms match only as written.
 *   person  ... and a person-like Latin mention followed within four words
 *           by he, she, his, her or him (Jordan said he would retire).
 *   context a country word right after a language word or a Persian-spelled
 *           currency (زبان روسی, دلار آمریکا), an Arabic currency word when it
 *           is an adjective or the text is Persian (الجنيه المصري, not يورو
 *           لسوريا), right before a currency or language word (Egyptian
 *           pound, French language), or the next item of such a list
 *           (اللغة الفرنسية والإسبانية) gives nothing.
 *   language a demonym read as a language gives nothing: after a verb of
 *           speaking (speaks Turkish), a preposition at the end of a phrase
 *           (into French., ترجم إلى الفرنسية, به فرانسوی), with ب + article
 *           (بالفرنسية), before زبان (فرانسوی‌زبان), or a few words after a
 *           language noun (باللغتين العربية والفرنسية).
 *   ambiguity  a mention of an ambiguous name gives a country when every
 *           diacritic of exactly one country's diacritized spelling is in
 *           the text (عُمان for OM, عمّان for JO), or else when the language
 *           of the text around it is one in which only one country writes
 *           that name without diacritics (Persian عمان is Oman).
 *
 * Memory comes from the caller's allocator; arbitrary bytes are safe input.
 */
#ifndef PT_PLACES_H
#define PT_PLACES_H

#include <stddef.h>

#include "matcher.h"

typedef enum pt_place_form
{
	PT_PLACE_NAME = 0,
	PT_PLACE_OFFICIAL,
	PT_PLACE_ACRONYM,
	PT_PLACE_PERSON,
	PT_PLACE_DEMONYM,
	PT_PLACE_CAPITAL,
	PT_PLACE_AMBIGUOUS,
	PT_PLACE_BLOCKER,
	PT_PLACE_NFORMS
} pt_place_form;

/* results besides the PT_MATCHER_* ones */
#define PT_PLACES_NO_CODE		(-10)	/* the country was not added */
#define PT_PLACES_BAD_FORM		(-11)
#define PT_PLACES_BUILT			(-12)	/* rows added after pt_places_build */

typedef struct pt_places pt_places;

/* called for each country mention: country index, byte range [start, end) */
typedef void (*pt_place_cb) (void *arg, int country, size_t start, size_t end);

extern pt_places *pt_places_new(const pt_allocator *a);
extern void pt_places_free(pt_places *p);

/* add a country; returns its index (0, 1, ...) or PT_MATCHER_NOMEM */
extern int	pt_places_add_country(pt_places *p, const char *code, size_t len);

/*
 * Add a row for a country already added; lang is "ar", "fa", "en" or NULL
 * (then guessed from the letters).  Returns PT_MATCHER_OK or an error
 * (PT_MATCHER_EMPTY and PT_MATCHER_TOO_LONG add nothing).
 */
extern int	pt_places_add(pt_places *p, const char *code, size_t codelen,
						  const unsigned char *name, size_t len,
						  const char *lang, pt_place_form form);

/* a form by its name ("name", "demonym", ...), or -1 */
extern int	pt_place_form_parse(const char *s, size_t len);

/* check a name as pt_places_add would: PT_MATCHER_OK or the error */
extern int	pt_place_name_check(const unsigned char *name, size_t len);

/* build the finder after the last row; PT_MATCHER_OK or PT_MATCHER_NOMEM */
extern int	pt_places_build(pt_places *p);

/* every country mention of a text, in text order */
extern void pt_places_search(const pt_places *p, const unsigned char *text,
							 size_t len, pt_place_cb cb, void *arg);

/* pt_places_search over a prepared text (matcher.h): the same mentions */
extern void pt_places_search_prepared(const pt_places *p, const pt_prepared *d,
									  pt_place_cb cb, void *arg);

/* does the text name the country? */
extern int	pt_places_mentions(const pt_places *p, const unsigned char *text,
							   size_t len, int country);

/* the country one whole name denotes (as a text would give it), or -1 */
extern int	pt_places_lookup(const pt_places *p, const unsigned char *name,
							 size_t len);

/* the index of a country code (case and punctuation ignored), or -1 */
extern int	pt_places_find_code(const pt_places *p, const char *code, size_t len);

extern const char *pt_places_code(const pt_places *p, int country, size_t *len);
extern int	pt_places_ncountries(const pt_places *p);

/*
 * Every name variant that may give the country (its own names and the
 * ambiguous names it may decide to), as pt_matcher_code_names: for index
 * support, a superset of what a text can match.
 */
extern int	pt_places_code_names(const pt_places *p, int country,
								 pt_variant_cb cb, void *arg);

/* size of the finder */
extern void pt_places_get_stats(const pt_places *p, pt_matcher_stats *st);

#endif							/* PT_PLACES_H */
