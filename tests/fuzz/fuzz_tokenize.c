/*
 * fuzz_tokenize.c
 *		libFuzzer target: the text-search tokenizer (pt_tok_init/pt_tok_next)
 *		and pt_tok_morpheme.
 *
 * Properties: the tokens cover the input in order, byte for byte, and end
 * with PT_TOK_END of length 0; every token is non-empty, on code point
 * boundaries, within PT_TOK_MAX_BYTES (BLANK within PT_TOK_MAX_BLANK_BYTES),
 * and of a known type; no letter or digit is lost in a BLANK token; a word
 * token starts with a letter or digit of its kind; an Arabic-script token
 * joins at most three words (two spaces); pt_tok_morpheme gives a known
 * value for every token.  Tags start with '<' and end with '>', entities
 * start with '&' and end with ';', addresses are ASCII without white
 * space; a URL token is not counted in the coverage and is exactly the
 * HOST and URL_PATH tokens that follow it; without markup (pt_tok_init,
 * the first input byte even) there are no such tokens at all.
 */
#include "chartab.h"
#include "fuzz.h"
#include "tokenize.h"
#include "utf8.h"

static int
known_type(pt_token_type t)
{
	return t == PT_TOK_ASCIIWORD || t == PT_TOK_WORD || t == PT_TOK_NUMWORD ||
		t == PT_TOK_BLANK || t == PT_TOK_DECIMAL || t == PT_TOK_UINT ||
		t == PT_TOK_ARABICWORD || t == PT_TOK_OTHERWORD || t == PT_TOK_TAG ||
		t == PT_TOK_ENTITY || t == PT_TOK_PROTOCOL || t == PT_TOK_URL ||
		t == PT_TOK_HOST || t == PT_TOK_URL_PATH || t == PT_TOK_EMAIL;
}

static void
check_token(const unsigned char *s, size_t len, pt_token_type type,
			size_t start, size_t toklen)
{
	size_t		i = start,
				end = start + toklen;
	int			first = 1,
				spaces = 0;
	pt_morph_t	morph;

	FUZZ_ASSERT(known_type(type), "token type is known");
	FUZZ_ASSERT(toklen > 0 && toklen <= PT_TOK_MAX_BYTES, "token length within 1..PT_TOK_MAX_BYTES");
	FUZZ_ASSERT(type != PT_TOK_BLANK || toklen <= PT_TOK_MAX_BLANK_BYTES, "blank token within PT_TOK_MAX_BLANK_BYTES");

	while (i < end)
	{
		int			n;
		uint32_t	cp = pt_utf8_decode(s + i, len - i, &n);
		pt_cclass_t cc = pt_cclass(cp);

		/* tokens are contiguous from 0, so this walk checks the boundaries */
		FUZZ_ASSERT(i + n <= end, "token ends on a code point boundary");
		if (type == PT_TOK_EMAIL || type == PT_TOK_URL || type == PT_TOK_HOST ||
			type == PT_TOK_PROTOCOL)
			FUZZ_ASSERT(cp > 0x20 && cp < 0x7F, "an address is printable ASCII");
		if (type == PT_TOK_BLANK)
			FUZZ_ASSERT(cc != PT_CC_ALETTER && cc != PT_CC_LLETTER && cc != PT_CC_OLETTER &&
						cc != PT_CC_DIGIT, "no letter or digit lost in a blank token");
		if (first)
		{
			if (type == PT_TOK_ARABICWORD)
				FUZZ_ASSERT(cc == PT_CC_ALETTER, "an Arabic-script word starts with an Arabic-script letter");
			else if (type == PT_TOK_ASCIIWORD)
				FUZZ_ASSERT(cp < 0x80 && cc == PT_CC_LLETTER, "an ASCII word starts with an ASCII letter");
			else if (type == PT_TOK_WORD || type == PT_TOK_NUMWORD)
				FUZZ_ASSERT(cc == PT_CC_LLETTER || cc == PT_CC_DIGIT, "a Latin word starts with a letter or digit");
			else if (type == PT_TOK_UINT || type == PT_TOK_DECIMAL)
				FUZZ_ASSERT(cc == PT_CC_DIGIT, "a number starts with a digit");
			else if (type == PT_TOK_OTHERWORD)
				FUZZ_ASSERT(cc == PT_CC_OLETTER, "another script's word starts with its letter");
		}
		if (type == PT_TOK_UINT)
			FUZZ_ASSERT(cc == PT_CC_DIGIT || cc == PT_CC_MARK || cc == PT_CC_INVIS || cc == PT_CC_ZWNJ,
						"an integer holds digits (and marks or invisibles)");
		if (type == PT_TOK_ARABICWORD && cc == PT_CC_SPACE)
			spaces++;
		first = 0;
		i += n;
	}
	FUZZ_ASSERT(spaces <= 2, "an Arabic-script token joins at most three words");
	if (type == PT_TOK_TAG)
		FUZZ_ASSERT(s[start] == '<' && s[end - 1] == '>', "a tag is <...>");
	if (type == PT_TOK_ENTITY)
		FUZZ_ASSERT(s[start] == '&' && s[end - 1] == ';', "an entity is &...;");
	morph = pt_tok_morpheme(s + start, toklen);
	FUZZ_ASSERT(morph == PT_MORPH_NONE || morph == PT_MORPH_PREFIX || morph == PT_MORPH_SUFFIX,
				"pt_tok_morpheme gives a known value");
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	unsigned char *s = fuzz_dup(data, size);
	pt_tokenizer t;
	size_t		expect = 0,
				start,
				toklen;
	pt_token_type type;
	size_t		ntok = 0,
				url_end = 0;
	int			url = 0;

	int			markup = size > 0 && (s[0] & 1);	/* the first byte picks the mode */

	if (markup)
		pt_tok_init_markup(&t, s, size);
	else
		pt_tok_init(&t, s, size);
	while ((type = pt_tok_next(&t, &start, &toklen)) != PT_TOK_END)
	{
		FUZZ_ASSERT(start == expect, "tokens are contiguous, in order");
		FUZZ_ASSERT(start + toklen <= size, "token within the input");
		check_token(s, size, type, start, toklen);
		FUZZ_ASSERT(markup || (type != PT_TOK_TAG && type != PT_TOK_ENTITY && type != PT_TOK_URL &&
							   type != PT_TOK_HOST && type != PT_TOK_EMAIL && type != PT_TOK_PROTOCOL &&
							   type != PT_TOK_URL_PATH),
					"without markup, no tag, entity or address tokens");
		FUZZ_ASSERT(++ntok <= 2 * size, "no more tokens than twice the bytes");
		if (type == PT_TOK_URL)
		{
			FUZZ_ASSERT(url == 0, "a URL is not inside a URL");
			url = 1;
			url_end = start + toklen;
			continue;
		}
		if (url == 1)
			FUZZ_ASSERT(type == PT_TOK_HOST, "a URL is followed by its host");
		if (url == 2)
			FUZZ_ASSERT(type == PT_TOK_URL_PATH && start + toklen == url_end,
						"then by its path, to the URL's end");
		url = url == 1 ? 2 : 0;
		expect = start + toklen;
	}
	FUZZ_ASSERT(url == 0, "a URL's parts all come");
	FUZZ_ASSERT(toklen == 0, "PT_TOK_END has length 0");
	FUZZ_ASSERT(expect == size, "the tokens cover the whole input");
	FUZZ_ASSERT(pt_tok_next(&t, &start, &toklen) == PT_TOK_END, "the end stays the end");
	free(s);
	return 0;
}
