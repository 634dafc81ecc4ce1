/*
 * test_tokenize.c
 *		Unit tests of the tokenizer: token types, splitting, the Persian
 *		joining rule, and properties over random input (the tokens cover the
 *		input exactly, are never empty and never longer than the limit).
 */
#include <stdlib.h>

#include "tokenize.h"
#include "unit.h"

/* one letter a token type: a w n _ d u A o */
static char
type_letter(pt_token_type t)
{
	switch (t)
	{
		case PT_TOK_ASCIIWORD:
			return 'a';
		case PT_TOK_WORD:
			return 'w';
		case PT_TOK_NUMWORD:
			return 'n';
		case PT_TOK_BLANK:
			return '_';
		case PT_TOK_DECIMAL:
			return 'd';
		case PT_TOK_UINT:
			return 'u';
		case PT_TOK_ARABICWORD:
			return 'A';
		case PT_TOK_OTHERWORD:
			return 'o';
		case PT_TOK_TAG:
			return 't';
		case PT_TOK_ENTITY:
			return 'e';
		case PT_TOK_PROTOCOL:
			return 'p';
		case PT_TOK_URL:
			return 'U';
		case PT_TOK_HOST:
			return 'h';
		case PT_TOK_URL_PATH:
			return 'P';
		case PT_TOK_EMAIL:
			return 'm';
		default:
			return '?';
	}
}

static int	markup;				/* render with pt_tok_init_markup */

/* Render the tokens of s as "A[text]_[ ]..." into out. */
static size_t
render(const char *s, char *out, size_t cap)
{
	pt_tokenizer t;
	pt_token_type ty;
	size_t		start,
				len,
				o = 0;

	if (markup)
		pt_tok_init_markup(&t, (const unsigned char *) s, strlen(s));
	else
		pt_tok_init(&t, (const unsigned char *) s, strlen(s));
	while ((ty = pt_tok_next(&t, &start, &len)) != PT_TOK_END)
	{
		if (o + len + 4 >= cap)
			break;
		out[o++] = type_letter(ty);
		out[o++] = '[';
		memcpy(out + o, s + start, len);
		o += len;
		out[o++] = ']';
	}
	out[o] = '\0';
	return o;
}

#define TOKENS(in, want, desc) \
	do { char _o[4096]; size_t _n = render(in, _o, sizeof(_o)); \
		 CHECK_STR(_o, _n, want, "tokens: %s", desc); } while (0)

static void
test_types(void)
{
	TOKENS("", "", "empty input");
	TOKENS("UNICEF و وزارة", "a[UNICEF]_[ ]A[و]_[ ]A[وزارة]", "Latin and Arabic words");
	TOKENS("état Straße", "w[état]_[ ]w[Straße]", "Latin words with non-ASCII letters");
	TOKENS("covid19 5G h1n1", "n[covid19]_[ ]n[5G]_[ ]n[h1n1]", "letters and digits");
	TOKENS("۱۴۰۳ ١٤٠٣ 1403", "u[۱۴۰۳]_[ ]u[١٤٠٣]_[ ]u[1403]", "three digit scripts");
	TOKENS("1,250.5 ٣٫٥ ۱۲٬۰۰۰", "d[1,250.5]_[ ]d[٣٫٥]_[ ]d[۱۲٬۰۰۰]", "decimal numbers");
	TOKENS("2024. 1..2 1.5kg", "u[2024]_[. ]u[1]_[..]u[2]_[ ]d[1.5]a[kg]",
		   "a separator must sit between digits");
	TOKENS("Ωμέγα 中文", "o[Ωμέγα]_[ ]o[中文]", "other scripts");
	TOKENS("کووید۱۹", "A[کووید]u[۱۹]", "Arabic letters then digits split");
	TOKENS("سازمانUN", "A[سازمان]a[UN]", "script change splits");
	TOKENS("social-protection UNICEF's", "a[social]_[-]a[protection]_[ ]a[UNICEF]_[']a[s]",
		   "hyphen and apostrophe split");
}

static void
test_splitting(void)
{
	TOKENS("الحماية،الاجتماعية؛ هل؟ «برنامج»",
		   "A[الحماية]_[،]A[الاجتماعية]_[؛ ]A[هل]_[؟ «]A[برنامج]_[»]",
		   "Arabic punctuation splits");
	TOKENS("الحمـــاية", "A[الحمـــاية]", "tatweel does not split");
	TOKENS("مُؤَكَّدًا", "A[مُؤَكَّدًا]", "diacritics do not split");
	TOKENS("ال\u200Fحماية ال\u200Dحماية", "A[ال\u200Fحماية]_[ ]A[ال\u200Dحماية]",
		   "bidi mark and ZWJ do not split");
	TOKENS("ﺍﻟﺤﻤﺎﻳﺔ ﻻ", "A[ﺍﻟﺤﻤﺎﻳﺔ]_[ ]A[ﻻ]", "presentation forms are letters");
	TOKENS("می\u200Cشود", "A[می\u200Cشود]", "ZWNJ between letters stays inside");
	TOKENS("کتاب\u200C \u200Cکتاب", "A[کتاب\u200C]_[ \u200C]A[کتاب]",
		   "ZWNJ before a space stays with the word, after it is blank");
	TOKENS("\u200F\u064Bالف", "_[\u200F\u064B]A[الف]", "marks before any letter are blank");
	TOKENS("a\xff" "b", "a[a]_[\xff]a[b]", "ill-formed byte is blank");
}

static void
test_html(void)
{
	TOKENS("<p>الحماية&nbsp;x</p> https://unicef.org/a b@c.org",
		   "_[<]a[p]_[>]A[الحماية]_[&]a[nbsp]_[;]a[x]_[</]a[p]_[> ]a[https]_[://]a[unicef]_[.]a[org]_[/]a[a]_[ ]a[b]_[@]a[c]_[.]a[org]",
		   "without markup (the matcher's words): tags and addresses are letters and punctuation, as in 0.3");
	markup = 1;
	TOKENS("<p class=\"x\">الحماية&nbsp;الاجتماعية</p>",
		   "t[<p class=\"x\">]A[الحماية]e[&nbsp;]A[الاجتماعية]t[</p>]",
		   "tags and entities are tokens of their own and split words");
	TOKENS("<a href=\"https://www.unicef.org/iran\">UNICEF</a>",
		   "t[<a href=\"https://www.unicef.org/iran\">]a[UNICEF]t[</a>]",
		   "a tag holds its attributes");
	TOKENS("ب&#1604;ا &#x644; &amp;", "A[ب]e[&#1604;]A[ا]_[ ]e[&#x644;]_[ ]e[&amp;]",
		   "numeric entities separate words");
	TOKENS("a < b & c <3 &x", "a[a]_[ ]_[< ]a[b]_[ ]_[& ]a[c]_[ ]_[<]u[3]_[ ]_[&]a[x]",
		   "a lone < or & is blank");
	TOKENS("<!-- تعليق --> x", "t[<!-- تعليق -->]_[ ]a[x]", "a comment is a tag");
	TOKENS("see https://www.unicef.org/iran.",
		   "a[see]_[ ]p[https://]U[www.unicef.org/iran]h[www.unicef.org]P[/iran]_[.]",
		   "a URL: protocol, url, host, path; trailing dot left out");
	TOKENS("http://a.b.com:8080/x/y.html", "p[http://]U[a.b.com:8080/x/y.html]h[a.b.com:8080]P[/x/y.html]",
		   "a port stays with the host");
	TOKENS("https://unicef.org", "p[https://]h[unicef.org]", "a URL without a path");
	TOKENS("unicef.org/fa", "U[unicef.org/fa]h[unicef.org]P[/fa]", "a host with a path");
	TOKENS("www.unicef.org. e.g. U.N. 1.5", "h[www.unicef.org]_[. ]a[e]_[.]a[g]_[. ]a[U]_[.]a[N]_[. ]d[1.5]",
		   "hosts need a last label of two letters");
	TOKENS("info@unicef.org و", "m[info@unicef.org]_[ ]A[و]", "an e-mail address");
	TOKENS("a@b x@1.2", "a[a]_[@]a[b]_[ ]a[x]_[@]d[1.2]", "not e-mail addresses");
	markup = 0;
}

static void
test_joining(void)
{
	TOKENS("پروژه های جدید", "A[پروژه های]_[ ]A[جدید]", "plural suffix joined");
	TOKENS("پروژه‌های جدید", "A[پروژه‌های]_[ ]A[جدید]", "ZWNJ spelling is one token");
	TOKENS("پروژههای جدید", "A[پروژههای]_[ ]A[جدید]", "glued spelling is one token");
	TOKENS("کتاب ها", "A[کتاب ها]", "ها joined");
	TOKENS("برنامه هایی", "A[برنامه هایی]", "هایی joined");
	TOKENS("برنامه هائی", "A[برنامه هائی]", "هائی joined");
	TOKENS("برنامه هايي", "A[برنامه هايي]", "Arabic yeh in the suffix joined");
	TOKENS("برنامه هایشان", "A[برنامه هایشان]", "plural possessive joined");
	TOKENS("بزرگ ترین مهم تر", "A[بزرگ ترین]_[ ]A[مهم تر]", "comparative suffixes joined");
	TOKENS("می شود", "A[می شود]", "verbal prefix joined");
	TOKENS("نمی توانند", "A[نمی توانند]", "negative prefix joined");
	TOKENS("می خواهند ها", "A[می خواهند ها]", "prefix and suffix on one word");
	TOKENS("مي شود", "A[مي]_[ ]A[شود]", "Arabic yeh مي is a name: not joined");
	TOKENS("مى شود", "A[مى]_[ ]A[شود]", "alef maksura مى is not joined");
	TOKENS("کتاب  ها", "A[کتاب]_[  ]A[ها]", "two spaces: not joined");
	TOKENS("کتاب، ها", "A[کتاب]_[، ]A[ها]", "punctuation: not joined");
	TOKENS("کتاب\u00A0ها", "A[کتاب\u00A0ها]", "no-break space joins");
	TOKENS("کتاب\nها", "A[کتاب]_[\n]A[ها]", "line break: not joined");
	TOKENS("کتاب هاها", "A[کتاب]_[ ]A[هاها]", "not exactly a suffix: not joined");
	TOKENS("کتاب هاے", "A[کتاب]_[ ]A[هاے]", "yeh barree is not in the suffix set");
	TOKENS("ها کتاب", "A[ها]_[ ]A[کتاب]", "suffix at the start stands alone");
	TOKENS("می ", "A[می]_[ ]", "prefix at the end stands alone");
	TOKENS("می UN", "A[می]_[ ]a[UN]", "prefix before a Latin word stands alone");
	TOKENS("book ها", "a[book]_[ ]A[ها]", "suffix after a Latin word stands alone");
	TOKENS("کتاب های‌", "A[کتاب های‌]", "trailing ZWNJ on the suffix");
	TOKENS("ها های ترین می نمی", "A[ها]_[ ]A[های]_[ ]A[ترین]_[ ]A[می]_[ ]A[نمی]",
		   "morphemes are not joined to each other");
	TOKENS("می ها", "A[می]_[ ]A[ها]", "a prefix does not take a suffix word");
	TOKENS("الوزارة تر", "A[الوزارة تر]", "the rule is by letters, not language");
}

static void
test_morpheme(void)
{
	static const struct
	{
		const char *w;
		pt_morph_t	want;
	}			cases[] = {
		{"می", PT_MORPH_PREFIX}, {"نمی", PT_MORPH_PREFIX}, {"مي", PT_MORPH_NONE},
		{"مِی", PT_MORPH_PREFIX}, {"\uFEE3\uFBFD", PT_MORPH_PREFIX},
		{"ها", PT_MORPH_SUFFIX}, {"های", PT_MORPH_SUFFIX}, {"هاي", PT_MORPH_SUFFIX},
		{"هایی", PT_MORPH_SUFFIX}, {"هائی", PT_MORPH_SUFFIX}, {"ترین", PT_MORPH_SUFFIX},
		{"تر", PT_MORPH_SUFFIX}, {"هایشان", PT_MORPH_SUFFIX},
		{"هاهاها", PT_MORPH_NONE}, {"شود", PT_MORPH_NONE}, {"", PT_MORPH_NONE},
		{"h", PT_MORPH_NONE}, {"هایشانهایشان", PT_MORPH_NONE},
	};

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		CHECK(pt_tok_morpheme((const unsigned char *) cases[i].w,
							  strlen(cases[i].w)) == cases[i].want,
			  "morpheme: \"%s\"", cases[i].w);
}

/*
 * Check the tokens of s[0..len-1] cover it exactly, each in bounds: all
 * but URL tokens, and a URL is exactly the HOST and URL_PATH after it.
 */
static int
covers_mode(const unsigned char *s, size_t len, int with_markup)
{
	pt_tokenizer t;
	pt_token_type ty;
	size_t		start,
				toklen,
				expect = 0,
				url_end = 0;
	int			url = 0;

	if (with_markup)
		pt_tok_init_markup(&t, s, len);
	else
		pt_tok_init(&t, s, len);
	while ((ty = pt_tok_next(&t, &start, &toklen)) != PT_TOK_END)
	{
		if (start != expect || toklen == 0 || toklen > PT_TOK_MAX_BYTES)
			return 0;
		if (!with_markup && (ty == PT_TOK_TAG || ty == PT_TOK_ENTITY || ty == PT_TOK_URL ||
							 ty == PT_TOK_HOST || ty == PT_TOK_EMAIL || ty == PT_TOK_PROTOCOL))
			return 0;
		if (ty == PT_TOK_URL)
		{
			url = 1;
			url_end = start + toklen;
			continue;
		}
		if (url == 1 && ty != PT_TOK_HOST)
			return 0;
		if (url == 2 && (ty != PT_TOK_URL_PATH || start + toklen != url_end))
			return 0;
		url = (url == 1) ? 2 : 0;
		expect = start + toklen;
	}
	if (url)
		return 0;
	return expect == len && start == len && toklen == 0;
}

/* Both modes cover the input. */
static int
covers(const unsigned char *s, size_t len)
{
	return covers_mode(s, len, 0) && covers_mode(s, len, 1);
}

static void
test_properties(void)
{
	static const char *const pieces[] = {
		"ا", "ی", "ي", "ه", "ها", "های", "می", "نمی", "تر", " ", "\u00A0",
		"\u200C", "\u200F", "\u064B", "\u0640", "ﻻ", "۳", "٣", "1", ".", ",",
		"٫", "،", "A", "é", "Ω", "\n", "\xff", "\xe2\x80", "\xf0\x9f\x98\x80",
		"\xd9", "-", "<", ">", "<p>", "</a>", "&", ";", "&nbsp;", "#", "x",
		"www", ".org", "/", ":", "@", "https://", "\"", "8080", "<!--", "-->",
	};
	unsigned char buf[512];
	int			ok = 1;
	pt_tokenizer t;
	size_t		start,
				toklen;

	srand(7);
	for (int iter = 0; iter < 20000 && ok; iter++)
	{
		size_t		len = 0;
		int			npieces = rand() % 40;

		for (int k = 0; k < npieces; k++)
		{
			const char *p = pieces[rand() % (sizeof(pieces) / sizeof(pieces[0]))];
			size_t		pl = strlen(p);

			if (len + pl > sizeof(buf))
				break;
			memcpy(buf + len, p, pl);
			len += pl;
		}
		/* a heap copy of exactly len bytes, so ASan sees any overread */
		{
			unsigned char *h = malloc(len ? len : 1);

			memcpy(h, buf, len);
			ok = covers(h, len);
			free(h);
		}
	}
	CHECK(ok, "random strings: tokens cover the input exactly");

	for (int iter = 0; iter < 20000 && ok; iter++)
	{
		size_t		len = rand() % 64;
		unsigned char *h = malloc(len ? len : 1);

		for (size_t k = 0; k < len; k++)
			h[k] = (unsigned char) rand();
		ok = covers(h, len);
		free(h);
	}
	CHECK(ok, "random bytes: tokens cover the input exactly");

	pt_tok_init(&t, NULL, 5);
	CHECK(pt_tok_next(&t, &start, &toklen) == PT_TOK_END && toklen == 0,
		  "NULL input has no tokens");
}

static void
test_long(void)
{
	size_t		n = 100000,
				len = 2 * n;
	unsigned char *s = malloc(len);
	pt_tokenizer t;
	size_t		start,
				toklen,
				total = 0;
	int			ntok = 0,
				alltype = 1;
	pt_token_type ty;

	for (size_t i = 0; i < n; i++)
	{
		s[2 * i] = 0xD8;		/* U+0628 beh */
		s[2 * i + 1] = 0xA8;
	}
	pt_tok_init(&t, s, len);
	while ((ty = pt_tok_next(&t, &start, &toklen)) != PT_TOK_END)
	{
		ntok++;
		total += toklen;
		if (ty != PT_TOK_ARABICWORD || toklen > PT_TOK_MAX_BYTES || toklen % 2)
			alltype = 0;
	}
	CHECK(ntok == 4 && total == len && alltype,
		  "a 200 KB word is cut at code points into 4 tokens (got %d)", ntok);
	CHECK(covers(s, len), "long word: tokens cover the input");

	/* "می " then a long word: the join stops at the limit */
	memcpy(s, "می ", 5);
	CHECK(covers(s, len - 1), "long word after a prefix: tokens cover the input");
	/* 5000 spaces: blank tokens of at most PT_TOK_MAX_BLANK_BYTES */
	memset(s, ' ', 5000);
	pt_tok_init(&t, s, 5000);
	ntok = 0;
	alltype = 1;
	while ((ty = pt_tok_next(&t, &start, &toklen)) != PT_TOK_END)
	{
		ntok++;
		if (ty != PT_TOK_BLANK || toklen > PT_TOK_MAX_BLANK_BYTES)
			alltype = 0;
	}
	CHECK(ntok == 3 && alltype, "5000 spaces make 3 blank tokens (got %d)", ntok);
	free(s);
}

int
main(void)
{
	test_types();
	test_splitting();
	test_joining();
	test_html();
	test_morpheme();
	test_properties();
	test_long();
	return unit_done();
}
