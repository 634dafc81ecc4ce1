/*
 * html.c
 *		Tags, entities, URLs, hosts and e-mail addresses (see html.h).
 */
#include "html.h"

static inline int
is_alpha(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static inline int
is_digit(unsigned char c)
{
	return c >= '0' && c <= '9';
}

static inline int
is_alnum(unsigned char c)
{
	return is_alpha(c) || is_digit(c);
}

static inline int
is_hex(unsigned char c)
{
	return is_digit(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f');
}

size_t
pt_html_tag(const unsigned char *s, size_t len)
{
	size_t		i = 1,
				cap = len < PT_HTML_MAX_TAG ? len : PT_HTML_MAX_TAG;
	unsigned char quote = 0;

	if (len < 3 || s[0] != '<')
		return 0;
	if (cap >= 7 && s[1] == '!' && s[2] == '-' && s[3] == '-')
	{
		for (i = 4; i + 2 < cap; i++)
			if (s[i] == '-' && s[i + 1] == '-' && s[i + 2] == '>')
				return i + 3;
		return 0;
	}
	if (s[i] == '/' || s[i] == '!' || s[i] == '?')
		i++;
	if (i >= cap || !is_alpha(s[i]))
		return 0;
	for (; i < cap; i++)
	{
		unsigned char c = s[i];

		if (quote)
		{
			if (c == quote)
				quote = 0;
			continue;
		}
		if (c == '>')
			return i + 1;
		if (c == '<')
			return 0;
		if (c == '"' || c == '\'')
			quote = c;
	}
	return 0;
}

size_t
pt_html_entity(const unsigned char *s, size_t len)
{
	size_t		i = 1,
				start;

	if (len < 3 || s[0] != '&')
		return 0;
	if (s[1] == '#')
	{
		i = 2;
		if (i < len && (s[i] == 'x' || s[i] == 'X'))
		{
			start = ++i;
			while (i < len && i - start < 7 && is_hex(s[i]))
				i++;
			if (i == start || i - start > 6)
				return 0;
		}
		else
		{
			start = i;
			while (i < len && i - start < 8 && is_digit(s[i]))
				i++;
			if (i == start || i - start > 7)
				return 0;
		}
	}
	else
	{
		if (!is_alpha(s[1]))
			return 0;
		while (i < len && i < 34 && is_alnum(s[i]))
			i++;
		if (i > 33)
			return 0;
	}
	return (i < len && s[i] == ';') ? i + 1 : 0;
}

/* A host at s (port included when port is set); its length or 0. */
static size_t
host_at(const unsigned char *s, size_t len, int port)
{
	size_t		i = 0,
				end = 0;
	int			labels = 0;

	for (;;)
	{
		size_t		ls = i;
		int			letters_only = 1;

		while (i < len && (is_alnum(s[i]) || (s[i] == '-' && i > ls)))
		{
			if (!is_alpha(s[i]))
				letters_only = 0;
			i++;
		}
		if (i == ls || s[i - 1] == '-')
			return 0;
		labels++;
		if (labels >= 2 && letters_only && i - ls >= 2)
			end = i;
		if (i + 1 < len && s[i] == '.' && is_alnum(s[i + 1]))
		{
			i++;
			continue;
		}
		break;
	}
	if (end != i)
		return 0;				/* the last label must be letters */
	if (port && i + 1 < len && s[i] == ':' && is_digit(s[i + 1]))
	{
		i++;
		while (i < len && i - end <= 6 && is_digit(s[i]))
			i++;
	}
	return i;
}

/*
 * Characters that end a URL path: white space, quotes, angle brackets and
 * anything not ASCII (a word of another script after a path is a word).
 */
static inline int
path_end(unsigned char c)
{
	return c <= ' ' || c >= 0x7F || c == '"' || c == '\'' || c == '<' || c == '>';
}

size_t
pt_html_url_at(const unsigned char *s, size_t len, pt_html_url *u)
{
	size_t		i = 0,
				h,
				p;

	u->protocol = u->host = u->path = 0;
	if (len > 0 && is_alpha(s[0]))
	{
		while (i < len && i < 16 &&
			   (is_alnum(s[i]) || s[i] == '+' || s[i] == '-' || s[i] == '.'))
			i++;
		if (i + 2 < len && s[i] == ':' && s[i + 1] == '/' && s[i + 2] == '/')
			i += 3;
		else
			i = 0;
	}
	h = host_at(s + i, len - i, 1);
	if (h == 0)
		return 0;
	u->protocol = i;
	u->host = h;
	i += h;
	if (i < len && s[i] == '/')
	{
		p = i;
		while (i < len && !path_end(s[i]))
			i++;
		while (i > p + 1 && (s[i - 1] == '.' || s[i - 1] == ',' || s[i - 1] == ';' ||
							 s[i - 1] == ':' || s[i - 1] == '!' || s[i - 1] == '?' ||
							 s[i - 1] == ')' || s[i - 1] == ']'))
			i--;
		u->path = i - p;
	}
	return i;
}

size_t
pt_html_email(const unsigned char *s, size_t len)
{
	size_t		i = 0,
				h;

	while (i < len && i < 64 && (is_alnum(s[i]) || s[i] == '.' || s[i] == '_' ||
								 s[i] == '%' || s[i] == '+' || s[i] == '-'))
		i++;
	if (i == 0 || i >= len || s[i] != '@' || !is_alnum(s[0]))
		return 0;
	h = host_at(s + i + 1, len - i - 1, 0);
	return h ? i + 1 + h : 0;
}

int
pt_html_maybe_address(const unsigned char *s, size_t len)
{
	size_t		i = 0;

	while (i < len && is_alnum(s[i]))
		i++;
	if (i == 0 || i >= len)
		return 0;
	return s[i] == '.' || s[i] == '@' || s[i] == ':' || s[i] == '-' ||
		s[i] == '_' || s[i] == '+' || s[i] == '%';
}
