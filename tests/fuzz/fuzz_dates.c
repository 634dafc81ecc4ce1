/*
 * fuzz_dates.c
 *		libFuzzer target: pt_find_dates and pt_format_date (dates.c).
 *
 * Properties, for arbitrary bytes: mentions come in text order, do not
 * overlap, lie inside the input on code point boundaries; their character
 * offsets agree with their byte offsets; the date is a valid date of its
 * calendar with that JDN; a mention cut out and scanned alone gives the
 * same date; pt_first_date is the first mention.  The first two bytes also
 * pick a JDN whose formatted text (every calendar, every language) parses
 * back to itself.
 */
#include "calendar.h"
#include "dates.h"
#include "fuzz.h"
#include "months.h"

typedef struct
{
	const unsigned char *s;
	size_t		len;
	size_t		prev_end;
	int			n;
	pt_date_mention first;
} state;

static size_t
chars_before(const unsigned char *s, size_t len, size_t off)
{
	size_t		i = 0,
				c = 0;

	while (i < off && i < len)
	{
		int			n;

		(void) pt_utf8_decode(s + i, len - i, &n);
		i += n;
		c++;
	}
	return c;
}

static int
check_mention(const pt_date_mention *m, void *arg)
{
	state	   *st = arg;
	int64_t		j;
	unsigned char *copy;
	pt_date_mention alone;

	FUZZ_ASSERT(m->byte_start >= st->prev_end, "mentions in order, not overlapping");
	FUZZ_ASSERT(m->byte_len > 0 && m->byte_start + m->byte_len <= st->len, "mention inside the input");
	FUZZ_ASSERT(fuzz_on_boundary(st->s, st->len, m->byte_start) &&
				fuzz_on_boundary(st->s, st->len, m->byte_start + m->byte_len),
				"mention on code point boundaries");
	FUZZ_ASSERT(chars_before(st->s, st->len, m->byte_start) == m->char_start, "char_start agrees with byte_start");
	FUZZ_ASSERT(chars_before(st->s + m->byte_start, m->byte_len, m->byte_len) == m->char_len,
				"char_len agrees with byte_len");
	FUZZ_ASSERT(pt_cal_to_jdn(m->cal, m->year, m->month, m->day, &j) == PT_CAL_OK && j == m->jdn,
				"a valid date with its JDN");
	copy = fuzz_dup(st->s + m->byte_start, m->byte_len);
	if (!pt_first_date(copy, m->byte_len, &alone) || alone.jdn != m->jdn ||
		alone.cal != m->cal || alone.byte_start != 0 || alone.byte_len != m->byte_len)
	{
		fuzz_dump("mention", copy, m->byte_len);
		FUZZ_ASSERT(0, "a mention alone is the same date");
	}
	free(copy);
	if (st->n == 0)
		st->first = *m;
	st->n++;
	st->prev_end = m->byte_start + m->byte_len;
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	unsigned char *s = fuzz_dup(data, size);
	state		st;
	size_t		n;
	pt_date_mention first;
	int			has;

	st.s = s;
	st.len = size;
	st.prev_end = 0;
	st.n = 0;
	n = pt_find_dates(s, size, check_mention, &st);
	FUZZ_ASSERT(n == (size_t) st.n, "the count is the number of callbacks");
	has = pt_first_date(s, size, &first);
	FUZZ_ASSERT(has == (st.n > 0), "pt_first_date finds a date when there is one");
	if (has)
		FUZZ_ASSERT(first.byte_start == st.first.byte_start && first.jdn == st.first.jdn,
					"pt_first_date is the first mention");
	if (size >= 2)
	{
		/* a day between 1900 and 2100 from the first two bytes */
		int64_t		jdn = 2415021 + ((data[0] << 8) | data[1]) % 73414;
		int			c,
					lang;

		for (c = 0; c < 3; c++)
			for (lang = 0; lang < PT_LANG_COUNT; lang++)
			{
				unsigned char buf[PT_DATE_FORMAT_MAX];
				size_t		len = pt_format_date((pt_calendar) c, lang, jdn, buf);
				pt_date_mention m;

				FUZZ_ASSERT(len <= PT_DATE_FORMAT_MAX && pt_utf8_valid(buf, len), "formatted date is valid UTF-8");
				FUZZ_ASSERT(pt_first_date(buf, len, &m) && m.jdn == jdn, "a formatted date parses back");
			}
	}
	free(s);
	return 0;
}
