/*
 * test_dates.c
 *		Unit tests of the date finder and formatter (dates.c, months.c):
 *		every form of issue 10 in the three digit scripts, the conventions,
 *		the non-dates, character offsets, format/parse round trips, long
 *		and hostile input.
 */
#include <stdlib.h>

#include "calendar.h"
#include "dates.h"
#include "interrupt.h"
#include "months.h"
#include "unit.h"

/* Umm al-Qura month starts of 1444-1446 AH (ICU 72) */
static const int64_t uq_1444[37] = {
	2459791, 2459820, 2459850, 2459879, 2459909, 2459939,
	2459968, 2459997, 2460027, 2460056, 2460086, 2460115,
	2460145, 2460174, 2460204, 2460234, 2460264, 2460293,
	2460323, 2460352, 2460381, 2460411, 2460440, 2460469,
	2460499, 2460528, 2460558, 2460588, 2460618, 2460647,
	2460677, 2460707, 2460736, 2460765, 2460795, 2460824,
	2460853
};

#define MAXM 8
typedef struct
{
	int			n;
	pt_date_mention m[MAXM];
} found;

static int
collect(const pt_date_mention *m, void *arg)
{
	found	   *f = arg;

	if (f->n < MAXM)
		f->m[f->n] = *m;
	f->n++;
	return 0;
}

static found
find(const char *s)
{
	found		f;

	f.n = 0;
	pt_find_dates((const unsigned char *) s, strlen(s), collect, &f);
	return f;
}

static void
greg_of(int64_t jdn, char *buf)
{
	int32_t		y,
				m,
				d;

	pt_cal_from_jdn(PT_CAL_GREGORIAN, jdn, &y, &m, &d);
	sprintf(buf, "%04d-%02d-%02d", (int) y, (int) m, (int) d);
}

/* one date expected, in calendar cal, on Gregorian day want */
static void
expect_date(const char *text, pt_calendar cal, const char *want)
{
	found		f = find(text);
	char		got[32] = "none";

	if (f.n >= 1)
		greg_of(f.m[0].jdn, got);
	CHECK(f.n == 1 && f.m[0].cal == cal && strcmp(got, want) == 0,
		  "\"%s\" is %s (%s)", text, want, pt_cal_name(cal));
	if (!(f.n == 1 && f.m[0].cal == cal && strcmp(got, want) == 0))
		printf("#   got %d mentions, first %s %s\n", f.n, got, f.n ? pt_cal_name(f.m[0].cal) : "");
}

static void
expect_none(const char *text)
{
	found		f = find(text);

	CHECK(f.n == 0, "\"%s\" is no date", text);
	if (f.n)
		printf("#   got \"%.*s\"\n", (int) f.m[0].byte_len, text + f.m[0].byte_start);
}

/* the mention of the first date is exactly want */
static void
expect_mention(const char *text, const char *want)
{
	found		f = find(text);

	CHECK(f.n >= 1, "\"%s\" has a date", text);
	if (f.n >= 1)
		CHECK_STR(text + f.m[0].byte_start, f.m[0].byte_len, want, "its mention is \"%s\"", want);
}

static void
test_persian_forms(void)
{
	expect_date("۱۲ مرداد ۱۴۰۳", PT_CAL_PERSIAN, "2024-08-02");
	expect_date("12 مرداد 1403", PT_CAL_PERSIAN, "2024-08-02");
	expect_date("١٢ مرداد ١٤٠٣", PT_CAL_PERSIAN, "2024-08-02");
	expect_date("۱۲ مرداد ماه ۱۴۰۳", PT_CAL_PERSIAN, "2024-08-02");
	expect_date("۱۲ مرداد\u200cماه ۱۴۰۳", PT_CAL_PERSIAN, "2024-08-02");
	expect_date("جمعه ۱۲ مرداد ۱۴۰۳", PT_CAL_PERSIAN, "2024-08-02");
	expect_date("۱۲ مرداد ۱۴۰۳ ه\u200d.ش", PT_CAL_PERSIAN, "2024-08-02");
	expect_date("۱۲ مرداد ۱۴۰۳ هجری شمسی", PT_CAL_PERSIAN, "2024-08-02");
	expect_date("۱۴۰۳/۰۵/۱۲", PT_CAL_PERSIAN, "2024-08-02");
	expect_date("1403/5/12", PT_CAL_PERSIAN, "2024-08-02");
	expect_date("١٤٠٣/٥/١٢", PT_CAL_PERSIAN, "2024-08-02");
	expect_date("۱۰ ارديبهشت ۱۴۰۳", PT_CAL_PERSIAN, "2024-04-29");
	expect_date("۵ دي ۱۴۰۲", PT_CAL_PERSIAN, "2023-12-26");
	expect_date("۵ دی ۱۴۰۲", PT_CAL_PERSIAN, "2023-12-26");
	expect_date("۱ فروردین ۱۴۰۳", PT_CAL_PERSIAN, "2024-03-20");
	expect_date("۳۰ اسفند ۱۴۰۳", PT_CAL_PERSIAN, "2025-03-20");
	expect_date("۱۲ام مرداد ۱۴۰۳", PT_CAL_PERSIAN, "2024-08-02");
	expect_date("۱۲ مرداد سال ۱۴۰۳", PT_CAL_PERSIAN, "2024-08-02");
	expect_date("۱۲ مـرداد ۱۴۰۳", PT_CAL_PERSIAN, "2024-08-02");
	/* Afghan month names */
	expect_date("۱ حمل ۱۴۰۳", PT_CAL_PERSIAN, "2024-03-20");
	expect_date("۱۲ اسد ۱۴۰۳", PT_CAL_PERSIAN, "2024-08-02");
	expect_date("۱۲ جوزا ۱۴۰۳", PT_CAL_PERSIAN, "2024-06-01");
	expect_date("۲۹ حوت ۱۴۰۲", PT_CAL_PERSIAN, "2024-03-19");
	expect_date("12 Mordad 1403", PT_CAL_PERSIAN, "2024-08-02");
	expect_date("۱۲مرداد۱۴۰۳", PT_CAL_PERSIAN, "2024-08-02");
	expect_date("1403 / 05 / 12", PT_CAL_PERSIAN, "2024-08-02");
	expect_date("۱۵ اسد ۱۴۰۳ هجری خورشیدی", PT_CAL_PERSIAN, "2024-08-05");
	expect_mention("۱۲ مرداد ۱۴۰۳ ه. ش. بود", "۱۲ مرداد ۱۴۰۳ ه. ش");
	expect_mention("۱۲ مرداد ۱۴۰۳ ه\u200dش بود", "۱۲ مرداد ۱۴۰۳ ه\u200dش");
}

static void
test_arabic_forms(void)
{
	expect_date("2 مايو 2024", PT_CAL_GREGORIAN, "2024-05-02");
	expect_date("٢ أيار ٢٠٢٤", PT_CAL_GREGORIAN, "2024-05-02");
	expect_date("٢ ماي ٢٠٢٤", PT_CAL_GREGORIAN, "2024-05-02");
	expect_date("10 يوليوز 2024", PT_CAL_GREGORIAN, "2024-07-10");
	expect_date("3 غشت 2023", PT_CAL_GREGORIAN, "2023-08-03");
	expect_date("3 شتنبر 2023", PT_CAL_GREGORIAN, "2023-09-03");
	expect_date("3 نونبر 2023", PT_CAL_GREGORIAN, "2023-11-03");
	expect_date("3 دجنبر 2023", PT_CAL_GREGORIAN, "2023-12-03");
	expect_date("١ جانفي ٢٠٢٤", PT_CAL_GREGORIAN, "2024-01-01");
	expect_date("١ فيفري ٢٠٢٤", PT_CAL_GREGORIAN, "2024-02-01");
	expect_date("١ أفريل ٢٠٢٤", PT_CAL_GREGORIAN, "2024-04-01");
	expect_date("١ جوان ٢٠٢٤", PT_CAL_GREGORIAN, "2024-06-01");
	expect_date("١ جويلية ٢٠٢٤", PT_CAL_GREGORIAN, "2024-07-01");
	expect_date("١ أوت ٢٠٢٤", PT_CAL_GREGORIAN, "2024-08-01");
	expect_date("15 كانون الثاني 2024", PT_CAL_GREGORIAN, "2024-01-15");
	expect_date("15 كانون الأول 2024", PT_CAL_GREGORIAN, "2024-12-15");
	expect_date("15 تشرين الاول 2024", PT_CAL_GREGORIAN, "2024-10-15");
	expect_date("15 أيار/مايو 2024", PT_CAL_GREGORIAN, "2024-05-15");
	expect_date("15 أيار (مايو) 2024", PT_CAL_GREGORIAN, "2024-05-15");
	expect_date("15 ابريل 2024", PT_CAL_GREGORIAN, "2024-04-15");
	expect_date("15 إبريل 2024", PT_CAL_GREGORIAN, "2024-04-15");
	expect_date("15 أبريل 2024", PT_CAL_GREGORIAN, "2024-04-15");
	expect_date("الثلاثاء 15 أبريل 2024م", PT_CAL_GREGORIAN, "2024-04-15");
	expect_date("15/05/2024", PT_CAL_GREGORIAN, "2024-05-15");
	expect_date("١٥/٠٥/٢٠٢٤", PT_CAL_GREGORIAN, "2024-05-15");
	expect_date("05/15/2024", PT_CAL_GREGORIAN, "2024-05-15");
	expect_mention("الثلاثاء 15 أبريل 2024م", "15 أبريل 2024م");
	expect_mention("15 أيار (مايو) 2024 في", "15 أيار (مايو) 2024");
}

static void
test_hijri_forms(void)
{
	expect_date("١٥ رمضان ١٤٤٥ هـ", PT_CAL_ISLAMIC_UMALQURA, "2024-03-25");
	expect_date("15 رمضان 1445ه", PT_CAL_ISLAMIC_UMALQURA, "2024-03-25");
	expect_date("۱۵ رمضان ۱۴۴۵", PT_CAL_ISLAMIC_UMALQURA, "2024-03-25");
	expect_date("10 ذو القعدة 1445", PT_CAL_ISLAMIC_UMALQURA, "2024-05-18");
	expect_date("10 ذي القعدة 1445", PT_CAL_ISLAMIC_UMALQURA, "2024-05-18");
	expect_date("5 جمادى الآخرة 1445", PT_CAL_ISLAMIC_UMALQURA, "2023-12-18");
	expect_date("5 جمادى الثانية 1445", PT_CAL_ISLAMIC_UMALQURA, "2023-12-18");
	expect_date("١ محرم ١٤٤٦ هـ", PT_CAL_ISLAMIC_UMALQURA, "2024-07-07");
	expect_date("1445/09/15هـ", PT_CAL_ISLAMIC_UMALQURA, "2024-03-25");
	expect_date("15/9/1445 هـ", PT_CAL_ISLAMIC_UMALQURA, "2024-03-25");
	expect_date("۱۵ رمضان ۱۴۴۵ ه.ق", PT_CAL_ISLAMIC_UMALQURA, "2024-03-25");
	expect_date("15 Ramadan 1445 AH", PT_CAL_ISLAMIC_UMALQURA, "2024-03-25");
	expect_mention("١٥ رمضان ١٤٤٥ هـ في", "١٥ رمضان ١٤٤٥ هـ");
	expect_mention("15 رمضان 1445ه.", "15 رمضان 1445ه");
	expect_mention("١٥ رمضان ١٤٤٥ للهجرة،", "١٥ رمضان ١٤٤٥ للهجرة");
	/* a date in two calendars: two mentions of one day */
	{
		const char *t = "١٥ رمضان ١٤٤٥ هـ الموافق ٢٥ مارس ٢٠٢٤م";
		found		f = find(t);

		CHECK(f.n == 2 && f.m[0].jdn == f.m[1].jdn &&
			  f.m[0].cal == PT_CAL_ISLAMIC_UMALQURA && f.m[1].cal == PT_CAL_GREGORIAN,
			  "a Hijri date with its Gregorian equivalent: two mentions of one day");
	}
}

static void
test_other_forms(void)
{
	expect_date("في الأول من يناير 2024", PT_CAL_GREGORIAN, "2024-01-01");
	expect_date("غرة رمضان 1445 هـ", PT_CAL_ISLAMIC_UMALQURA, "2024-03-11");
	expect_date("اول مهر ۱۴۰۳", PT_CAL_PERSIAN, "2024-09-22");
	expect_date("یکم فروردین ۱۴۰۳", PT_CAL_PERSIAN, "2024-03-20");
	expect_mention("في الأول من يناير 2024 بدأ", "الأول من يناير 2024");
	expect_date("۲ اوت ۲۰۲۴", PT_CAL_GREGORIAN, "2024-08-02");
	expect_date("۵ ژانویه ۲۰۲۳", PT_CAL_GREGORIAN, "2023-01-05");
	expect_date("۵ فوریه ۲۰۲۳", PT_CAL_GREGORIAN, "2023-02-05");
	expect_date("2 August 2024", PT_CAL_GREGORIAN, "2024-08-02");
	expect_date("August 2, 2024", PT_CAL_GREGORIAN, "2024-08-02");
	expect_date("Aug. 2, 2024", PT_CAL_GREGORIAN, "2024-08-02");
	expect_date("2024-08-02", PT_CAL_GREGORIAN, "2024-08-02");
	expect_date("August 2nd, 2024", PT_CAL_GREGORIAN, "2024-08-02");
	expect_date("the 2nd of August 2024", PT_CAL_GREGORIAN, "2024-08-02");
	expect_date("Friday, 2 AUG 2024", PT_CAL_GREGORIAN, "2024-08-02");
	expect_date("12-Aug-2024", PT_CAL_GREGORIAN, "2024-08-12");
	expect_date("Ramadan 15, 1445 AH", PT_CAL_ISLAMIC_UMALQURA, "2024-03-25");
	expect_mention("on Aug. 2, 2024.", "Aug. 2, 2024");
	expect_mention("Friday, August 2, 2024, said", "August 2, 2024");
}

static void
test_non_dates(void)
{
	expect_none("سال ۱۴۰۳");
	expect_none("مرداد ۱۴۰۳");
	expect_none("ساعت ۱۲:۳۰");
	expect_none("۱۴۰۳ نفر");
	expect_none("12 ألف أسرة");
	expect_none("32 مرداد 1403");
	expect_none("30 فبراير 2024");
	expect_none("30 اسفند 1402");
	expect_none("۰۲۱-۸۸۷۷۶۶۵۵");
	expect_none("0912-345-6789");
	expect_none("12/05/1403");
	expect_none("۱۲ مرداد ۲۰۲۴");
	expect_none("15 رمضان 2024");
	expect_none("15 رمضان");
	expect_none("August 2024");
	expect_none("2020-2024");
	expect_none("1.2.2024.5");
	expect_none("12:30 2024");
	expect_none("12 ماه 1403");
	expect_none("المؤتمر الأول مارس 2024");
	expect_none("الأول من نوعه في 2024");
	expect_none("۱۲ / ۰۵ / ۱۴۰۳");
	expect_none("2020 - 05 - 2024");
	expect_none("12-Aug 2024-");
	expect_none("");
	expect_none("\xff\xfe 12 \xc0 مرداد");
}

static void
test_offsets(void)
{
	const char *t = "در تاریخ ۱۲ مرداد ۱۴۰۳ جلسه";
	found		f = find(t);

	CHECK(f.n == 1 && f.m[0].char_start == 9 && f.m[0].char_len == 13,
		  "character offsets of a Persian mention (start 9, length 13)");
	CHECK(f.n == 1 && f.m[0].byte_start == 16, "byte offset of the mention");
	f = find("a\xff" "b 2 August 2024");
	CHECK(f.n == 1 && f.m[0].char_start == 4, "an ill-formed byte counts as one character");
	f = find("1 May 2024, 2 May 2024 and 3 May 2024 and 4 May 2024");
	CHECK(f.n == 4 && f.m[3].char_start == 42, "four dates in order");
}

static void
test_format(void)
{
	unsigned char buf[PT_DATE_FORMAT_MAX];
	int64_t		j;
	size_t		n;

	pt_cal_to_jdn(PT_CAL_GREGORIAN, 2024, 8, 2, &j);
	n = pt_format_date(PT_CAL_PERSIAN, PT_LANG_FA, j, buf);
	CHECK_STR(buf, n, "۱۲ مرداد ۱۴۰۳", "Persian date in Persian");
	n = pt_format_date(PT_CAL_PERSIAN, PT_LANG_EN, j, buf);
	CHECK_STR(buf, n, "12 Mordad 1403", "Persian date in English");
	n = pt_format_date(PT_CAL_PERSIAN, PT_LANG_AR, j, buf);
	CHECK_STR(buf, n, "١٢ مرداد ١٤٠٣ هـ.ش", "Persian date in Arabic (not ICU's names)");
	n = pt_format_date(PT_CAL_ISLAMIC_UMALQURA, PT_LANG_AR, j, buf);
	CHECK_STR(buf, n, "٢٧ محرم ١٤٤٦ هـ", "Hijri date in Arabic");
	n = pt_format_date(PT_CAL_ISLAMIC_UMALQURA, PT_LANG_EN, j, buf);
	CHECK_STR(buf, n, "27 Muharram 1446 AH", "Hijri date in English");
	n = pt_format_date(PT_CAL_GREGORIAN, PT_LANG_FA, j, buf);
	CHECK_STR(buf, n, "۲ اوت ۲۰۲۴", "Gregorian date in Persian");
	n = pt_format_date(PT_CAL_GREGORIAN, PT_LANG_AR, j, buf);
	CHECK_STR(buf, n, "٢ أغسطس ٢٠٢٤", "Gregorian date in Arabic");
	n = pt_format_date(PT_CAL_GREGORIAN, PT_LANG_EN, j, buf);
	CHECK_STR(buf, n, "2 August 2024", "Gregorian date in English");
	pt_cal_to_jdn(PT_CAL_PERSIAN, 1403, 2, 5, &j);
	n = pt_format_date(PT_CAL_PERSIAN, PT_LANG_AR, j, buf);
	CHECK_STR(buf, n, "٥ أرديبهشت ١٤٠٣ هـ.ش", "Ordibehesht in Arabic is not ICU's أذربيهشت");
}

/*
 * Every day 1990-2030, in every calendar and language, parses back (Umm
 * al-Qura over the days of the test table: at its ends the civil calendar
 * takes over, with a jump, as ICU's does at the ends of its table).
 */
static void
test_round_trip(void)
{
	static const pt_calendar cals[3] = {PT_CAL_GREGORIAN, PT_CAL_PERSIAN, PT_CAL_ISLAMIC_UMALQURA};
	int64_t		j0,
				j1,
				j;
	int			c,
				lang,
				bad = 0,
				total = 0;

	pt_cal_to_jdn(PT_CAL_GREGORIAN, 1990, 1, 1, &j0);
	pt_cal_to_jdn(PT_CAL_GREGORIAN, 2030, 12, 31, &j1);
	for (c = 0; c < 3; c++)
		for (lang = 0; lang < PT_LANG_COUNT; lang++)
			for (j = (c == 2 ? uq_1444[0] : j0); j <= (c == 2 ? uq_1444[36] - 1 : j1); j++)
			{
				unsigned char buf[PT_DATE_FORMAT_MAX];
				size_t		n = pt_format_date(cals[c], lang, j, buf);
				pt_date_mention m;

				total++;
				if (!pt_first_date(buf, n, &m) || m.jdn != j || m.cal != cals[c] ||
					m.byte_start != 0 || m.byte_len != n)
				{
					if (bad++ < 3)
						printf("# round trip failed: \"%.*s\"\n", (int) n, buf);
				}
			}
	CHECK(bad == 0, "pt_format_date then pt_first_date gives back each of %d formatted dates (%d wrong)", total, bad);
}

/* every month name of the table is found, with its month and calendar */
static void
test_every_name(void)
{
	int			i,
				bad = 0;

	for (i = 0; i < pt_month_name_count; i++)
	{
		const pt_month_name *mn = &pt_month_names[i];
		static const char *const years[3] = {"1403", "1445", "2024"};
		static const pt_calendar cals[3] = {PT_CAL_PERSIAN, PT_CAL_ISLAMIC_UMALQURA, PT_CAL_GREGORIAN};
		char		text[200];
		found		f;

		snprintf(text, sizeof(text), "در 3 %s %s", mn->text, years[mn->cal]);
		f = find(text);
		if (f.n != 1 || f.m[0].month != mn->month || f.m[0].cal != cals[mn->cal] || f.m[0].day != 3)
		{
			printf("# month name \"%s\" not read as month %d\n", mn->text, mn->month);
			bad++;
		}
	}
	CHECK(bad == 0, "each of the %d month names is read with its month and calendar", pt_month_name_count);
	for (i = 0; i < pt_era_marker_count; i++)
	{
		char		text[200];
		found		f;
		int			greg = pt_era_markers[i].era == PT_ERA_GREGORIAN;

		snprintf(text, sizeof(text), "%s %s x", greg ? "3 مايو 2024" : "3 رمضان 1445",
				 pt_era_markers[i].text);
		f = find(text);
		if (pt_era_markers[i].era == PT_ERA_SOLAR)
		{
			snprintf(text, sizeof(text), "3 مرداد 1403 %s x", pt_era_markers[i].text);
			f = find(text);
		}
		if (f.n != 1 || f.m[0].byte_start + f.m[0].byte_len != strlen(text) - 2)
		{
			printf("# era marker \"%s\" not part of the mention\n", pt_era_markers[i].text);
			bad++;
		}
	}
	CHECK(bad == 0, "each of the %d era markers is taken into the mention", pt_era_marker_count);
}

static int	hook_calls;
static void
count_hook(void)
{
	hook_calls++;
}

static void
test_long_input(void)
{
	size_t		unit = strlen("۱۲ مرداد ۱۴۰۳ و "),
				reps = 20000,
				i;
	char	   *s = malloc(unit * reps + 1);
	size_t		n;

	for (i = 0; i < reps; i++)
		memcpy(s + i * unit, "۱۲ مرداد ۱۴۰۳ و ", unit);
	s[unit * reps] = '\0';
	pt_interrupt_hook = count_hook;
	n = pt_find_dates((const unsigned char *) s, unit * reps, NULL, NULL);
	pt_interrupt_hook = NULL;
	CHECK(n == reps, "20000 dates in a long text (%zu found)", n);
	CHECK(hook_calls > 0, "the interrupt hook is called on long input");
	/* digits and separators only: no date, no crash */
	for (i = 0; i < unit * reps; i++)
		s[i] = "1/-."[i % 4];
	n = pt_find_dates((const unsigned char *) s, unit * reps, NULL, NULL);
	CHECK(n == 0, "a long run of 1/-. has no date");
	for (i = 0; i < unit * reps; i++)
		s[i] = '7';
	n = pt_find_dates((const unsigned char *) s, unit * reps, NULL, NULL);
	CHECK(n == 0, "a very long number is no date");
	free(s);
}

int
main(void)
{
	if (pt_cal_set_umalqura(1444, 3, uq_1444) != 0)
	{
		printf("not ok - cannot load the test Umm al-Qura table\n");
		return 1;
	}
	test_persian_forms();
	test_arabic_forms();
	test_hijri_forms();
	test_other_forms();
	test_non_dates();
	test_offsets();
	test_format();
	test_every_name();
	test_round_trip();
	test_long_input();
	return unit_done();
}
