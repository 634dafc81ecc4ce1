/*
 * html.h
 *		Markup and addresses in scraped text: HTML tags, character
 *		entities, URLs, host names and e-mail addresses, recognized the way
 *		PostgreSQL's default text-search parser does (for the tokenizer).
 *
 * Each function looks at s[0..len-1], which starts where a token would
 * start, and returns the byte length of what it recognizes there, or 0.
 *   tag      '<', optionally '/', '!' or '?', an ASCII letter, then
 *            anything up to the first '>' outside quotes; or a comment
 *            <!-- ... -->; at most PT_HTML_MAX_TAG bytes, without '<' inside;
 *   entity   &name; &#digits; &#xhex; (name: ASCII letters and digits, up
 *            to 32; digits up to 7, hex up to 6);
 *   host     two or more labels of ASCII letters, digits and inner hyphens
 *            joined by dots, the last one of two or more letters
 *            (www.unicef.org, unicef.org; not e.g, not 1.5), optionally
 *            ":port";
 *   url      optionally a protocol (a letter, then letters, digits, + - .,
 *            then "://"), a host, optionally a path: '/' and the printable
 *            ASCII characters up to white space, a quote, '<' or '>' (a
 *            non-ASCII character ends it too), less trailing
 *            punctuation (. , ; : ! ? ) ]);
 *   email    a local part of ASCII letters, digits and . _ % + - then '@'
 *            and a host without a port.
 */
#ifndef PT_HTML_H
#define PT_HTML_H

#include <stddef.h>

#define PT_HTML_MAX_TAG		2000

extern size_t pt_html_tag(const unsigned char *s, size_t len);
extern size_t pt_html_entity(const unsigned char *s, size_t len);

/* a URL's parts, as byte lengths from its start */
typedef struct
{
	size_t		protocol;		/* "https://", 0 without */
	size_t		host;			/* the host, after the protocol */
	size_t		path;			/* the path after the host, 0 without */
} pt_html_url;

/*
 * A URL or a bare host at s: returns its total length (protocol + host +
 * path) and fills *u, or 0.
 */
extern size_t pt_html_url_at(const unsigned char *s, size_t len, pt_html_url *u);

extern size_t pt_html_email(const unsigned char *s, size_t len);

/* Might a URL, host or e-mail start here (a cheap test before the others)? */
extern int	pt_html_maybe_address(const unsigned char *s, size_t len);

#endif							/* PT_HTML_H */
