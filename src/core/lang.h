/*
 * lang.h
 *		Dominant-language guess for Arabic, Persian and English text.
 */
#ifndef PT_LANG_H
#define PT_LANG_H

#include <stddef.h>

typedef enum
{
	PT_LANG_NONE = 0,			/* no Arabic-script or Latin letter */
	PT_LANG_AR,
	PT_LANG_FA,
	PT_LANG_EN
} pt_lang_t;

/*
 * Latin letters outnumbering Arabic-script letters make English; otherwise
 * Arabic against Persian is decided per word, by letters one language alone
 * uses and by frequent function words (compared after folding, so Persian
 * letters typed into Arabic text do not turn it Persian).  Ties go to Arabic.
 */
extern pt_lang_t pt_lang_detect(const unsigned char *s, size_t len);

extern const char *pt_lang_code(pt_lang_t lang);

#endif							/* PT_LANG_H */
