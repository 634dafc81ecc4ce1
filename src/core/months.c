/*
 * months.c
 *		Month names, era markers and date words (see months.h).
 *
 * The parser folds every entry with the search folding (pt_normalize) once,
 * so each name is listed in one spelling per word: hamza forms (أ إ آ),
 * yeh and kaf variants (ي ی ى, ك ک), teh marbuta (ة), tatweel, diacritics
 * and ZWNJ-versus-space all fold together.  Only spellings that differ
 * after folding are separate entries.
 *
 * Sources of the facts (names are facts, not text):
 *   - Solar Hijri month names (Iran): the official calendar of Iran, as the
 *     Persian Wikipedia article "گاه‌شماری رسمی ایران" lists them; Latin
 *     forms as in common transliteration (Farvardin ... Esfand).  ICU's own
 *     Arabic-locale names for these months are not what readers write
 *     (ICU 72 ar: فرفردن, أذربيهشت, ... تار), so the Arabic forms here are the
 *     Persian names in Arabic letters, as Arabic news prints them.
 *   - Afghan Solar Hijri (zodiac) month names: the calendar of Afghanistan
 *     (حمل ... حوت), Wikipedia "Solar Hijri calendar", table of month names.
 *   - Hijri month names: the Arabic names with their usual variants
 *     (ذو/ذي القعدة, جمادى الآخرة/الثانية), Wikipedia "Islamic calendar";
 *     Persian spellings (ربیع‌الاول, ذی‌القعده) from Persian usage.
 *   - Gregorian month names in Arabic by region: Egypt and the Gulf (يناير),
 *     the Levant and Iraq (كانون الثاني, Syriac-derived), Algeria and Tunisia
 *     (جانفي, French-derived), Morocco (يوليوز, غشت, شتنبر, نونبر, دجنبر),
 *     Wikipedia "Arabic names of calendar months".
 *   - Gregorian month names in Persian (ژانویه ..., French-derived, Iran)
 *     and Dari (جنوری ..., English-derived, Afghanistan).
 *   - English month names and their standard abbreviations.
 */
#include "months.h"

#define P	PT_MCAL_PERSIAN
#define H	PT_MCAL_HIJRI
#define G	PT_MCAL_GREGORIAN
#define L	PT_MN_LATIN
#define LA	(PT_MN_LATIN | PT_MN_ABBREV)

const pt_month_name pt_month_names[] = {
	/* Solar Hijri, Iran: Persian (Arabic-keyboard spellings fold to these) */
	{"فروردین", P, 1, 0}, {"اردیبهشت", P, 2, 0}, {"اردبهشت", P, 2, 0},
	{"اردی بهشت", P, 2, 0},		/* اردی‌بهشت, with ZWNJ */
	{"خرداد", P, 3, 0}, {"تیر", P, 4, 0}, {"مرداد", P, 5, 0},
	{"امرداد", P, 5, 0}, {"شهریور", P, 6, 0}, {"مهر", P, 7, 0},
	{"آبان", P, 8, 0}, {"آذر", P, 9, 0}, {"دی", P, 10, 0},
	{"دیماه", P, 10, 0}, {"بهمن", P, 11, 0}, {"اسفند", P, 12, 0},
	/* Solar Hijri, Latin transliterations */
	{"farvardin", P, 1, L}, {"ordibehesht", P, 2, L}, {"khordad", P, 3, L},
	{"tir", P, 4, L}, {"mordad", P, 5, L}, {"amordad", P, 5, L},
	{"shahrivar", P, 6, L}, {"mehr", P, 7, L}, {"aban", P, 8, L},
	{"azar", P, 9, L}, {"dey", P, 10, L}, {"dei", P, 10, L},
	{"bahman", P, 11, L}, {"esfand", P, 12, L}, {"isfand", P, 12, L},
	/* Solar Hijri, Afghanistan (zodiac names) */
	{"حمل", P, 1, 0}, {"ثور", P, 2, 0}, {"جوزا", P, 3, 0}, {"جوزاء", P, 3, 0},
	{"سرطان", P, 4, 0}, {"اسد", P, 5, 0}, {"سنبله", P, 6, 0},
	{"میزان", P, 7, 0}, {"عقرب", P, 8, 0}, {"قوس", P, 9, 0},
	{"جدی", P, 10, 0}, {"دلو", P, 11, 0}, {"حوت", P, 12, 0},

	/* Hijri: Arabic and Persian spellings */
	{"محرم", H, 1, 0}, {"محرم الحرام", H, 1, 0},
	{"صفر", H, 2, 0}, {"صفر المظفر", H, 2, 0}, {"صفر الخیر", H, 2, 0},
	{"ربیع الأول", H, 3, 0}, {"ربیع أول", H, 3, 0}, {"ربیع الاوّل", H, 3, 0},
	{"ربیعالاول", H, 3, 0}, {"ربیع الآخر", H, 4, 0}, {"ربیع الثانی", H, 4, 0},
	{"ربیع ثانی", H, 4, 0}, {"ربیع آخر", H, 4, 0}, {"ربیعالثانی", H, 4, 0},
	{"جمادى الأولى", H, 5, 0}, {"جمادى الأول", H, 5, 0}, {"جمادى أولى", H, 5, 0},
	{"جمادیالاول", H, 5, 0}, {"جمادیالاولی", H, 5, 0},
	{"جمادى الآخرة", H, 6, 0}, {"جمادى الثانیة", H, 6, 0}, {"جمادى الآخر", H, 6, 0},
	{"جمادى الثانی", H, 6, 0}, {"جمادى آخرة", H, 6, 0}, {"جمادى ثانیة", H, 6, 0},
	{"جمادیالثانی", H, 6, 0}, {"جمادیالآخر", H, 6, 0}, {"جمادیالثانیه", H, 6, 0},
	{"رجب", H, 7, 0}, {"رجب المرجب", H, 7, 0},
	{"شعبان", H, 8, 0}, {"شعبان المعظم", H, 8, 0},
	{"رمضان", H, 9, 0}, {"رمضان المبارك", H, 9, 0},
	{"شوال", H, 10, 0}, {"شوال المكرم", H, 10, 0},
	{"ذو القعدة", H, 11, 0}, {"ذی القعدة", H, 11, 0}, {"ذوالقعدة", H, 11, 0},
	{"ذیالقعدة", H, 11, 0}, {"ذی قعده", H, 11, 0}, {"ذیقعده", H, 11, 0},
	{"ذو الحجة", H, 12, 0}, {"ذی الحجة", H, 12, 0}, {"ذوالحجة", H, 12, 0},
	{"ذیالحجة", H, 12, 0}, {"ذی حجه", H, 12, 0}, {"ذیحجه", H, 12, 0},
	/* Hijri: Latin transliterations (hyphens and apostrophes are skipped) */
	{"muharram", H, 1, L}, {"moharram", H, 1, L}, {"safar", H, 2, L},
	{"rabi al awwal", H, 3, L}, {"rabi ul awwal", H, 3, L}, {"rabiul awwal", H, 3, L},
	{"rabi i", H, 3, L}, {"rabi al thani", H, 4, L}, {"rabi al akhir", H, 4, L},
	{"rabi ul thani", H, 4, L}, {"rabi ul akhir", H, 4, L}, {"rabi ii", H, 4, L},
	{"jumada al ula", H, 5, L}, {"jumada al awwal", H, 5, L}, {"jumada al oula", H, 5, L},
	{"jumada i", H, 5, L}, {"jumada ul awwal", H, 5, L},
	{"jumada al akhirah", H, 6, L}, {"jumada al akhira", H, 6, L},
	{"jumada al thani", H, 6, L}, {"jumada al thaniyah", H, 6, L}, {"jumada ii", H, 6, L},
	{"jumada ul akhir", H, 6, L},
	{"rajab", H, 7, L}, {"shaban", H, 8, L}, {"sha ban", H, 8, L}, {"shaaban", H, 8, L},
	{"ramadan", H, 9, L}, {"ramadhan", H, 9, L}, {"ramazan", H, 9, L},
	{"shawwal", H, 10, L}, {"shawal", H, 10, L},
	{"dhu al qadah", H, 11, L}, {"dhu al qa dah", H, 11, L}, {"dhu al qidah", H, 11, L},
	{"dhu al qi dah", H, 11, L}, {"dhul qadah", H, 11, L}, {"dhul qa dah", H, 11, L},
	{"dhu l qadah", H, 11, L}, {"zul qadah", H, 11, L}, {"zulqadah", H, 11, L},
	{"dhu al hijjah", H, 12, L}, {"dhul hijjah", H, 12, L}, {"dhu l hijjah", H, 12, L},
	{"dhu al hijja", H, 12, L}, {"zul hijjah", H, 12, L}, {"zulhijjah", H, 12, L},

	/* Gregorian, Arabic: Egypt and the Gulf */
	{"يناير", G, 1, 0}, {"فبراير", G, 2, 0}, {"مارس", G, 3, 0}, {"أبريل", G, 4, 0},
	{"مايو", G, 5, 0}, {"يونيو", G, 6, 0}, {"يونية", G, 6, 0}, {"يوليو", G, 7, 0},
	{"يولية", G, 7, 0}, {"أغسطس", G, 8, 0}, {"سبتمبر", G, 9, 0}, {"أكتوبر", G, 10, 0},
	{"نوفمبر", G, 11, 0}, {"ديسمبر", G, 12, 0},
	/* Gregorian, Arabic: the Levant and Iraq */
	{"كانون الثاني", G, 1, 0}, {"شباط", G, 2, 0}, {"آذار", G, 3, 0}, {"نيسان", G, 4, 0},
	{"أيار", G, 5, 0}, {"حزيران", G, 6, 0}, {"تموز", G, 7, 0}, {"آب", G, 8, 0},
	{"أيلول", G, 9, 0}, {"تشرين الأول", G, 10, 0}, {"تشرين الثاني", G, 11, 0},
	{"كانون الأول", G, 12, 0},
	/* the same without the article, as often written */
	{"كانون ثاني", G, 1, 0}, {"تشرين أول", G, 10, 0}, {"تشرين ثاني", G, 11, 0},
	{"كانون أول", G, 12, 0},
	/* Gregorian, Arabic: Algeria and Tunisia */
	{"جانفي", G, 1, 0}, {"فيفري", G, 2, 0}, {"أفريل", G, 4, 0}, {"ماي", G, 5, 0},
	{"جوان", G, 6, 0}, {"جويلية", G, 7, 0}, {"أوت", G, 8, 0},
	/* Gregorian, Arabic: Morocco */
	{"يوليوز", G, 7, 0}, {"غشت", G, 8, 0}, {"شتنبر", G, 9, 0}, {"نونبر", G, 11, 0},
	{"دجنبر", G, 12, 0},
	/* Gregorian, Persian (Iran) and Dari (Afghanistan) */
	{"ژانویه", G, 1, 0}, {"ژانویهٔ", G, 1, 0}, {"جنوری", G, 1, 0}, {"فوریه", G, 2, 0},
	{"فبروری", G, 2, 0}, {"مارچ", G, 3, 0}, {"آوریل", G, 4, 0}, {"آپریل", G, 4, 0},
	{"اپریل", G, 4, 0}, {"مه", G, 5, 0}, {"می", G, 5, 0}, {"ژوئن", G, 6, 0},
	{"ژوین", G, 6, 0}, {"جون", G, 6, 0}, {"ژوئیه", G, 7, 0}, {"ژوییه", G, 7, 0},
	{"جولای", G, 7, 0}, {"آگوست", G, 8, 0}, {"اگست", G, 8, 0}, {"سپتامبر", G, 9, 0},
	{"سپتمبر", G, 9, 0}, {"اکتبر", G, 10, 0}, {"اکتوبر", G, 10, 0}, {"نوامبر", G, 11, 0},
	{"نومبر", G, 11, 0}, {"دسامبر", G, 12, 0}, {"دسمبر", G, 12, 0},
	/* Gregorian, English */
	{"january", G, 1, L}, {"jan", G, 1, LA}, {"february", G, 2, L}, {"feb", G, 2, LA},
	{"march", G, 3, L}, {"mar", G, 3, LA}, {"april", G, 4, L}, {"apr", G, 4, LA},
	{"may", G, 5, L}, {"june", G, 6, L}, {"jun", G, 6, LA}, {"july", G, 7, L},
	{"jul", G, 7, LA}, {"august", G, 8, L}, {"aug", G, 8, LA}, {"september", G, 9, L},
	{"sep", G, 9, LA}, {"sept", G, 9, LA}, {"october", G, 10, L}, {"oct", G, 10, LA},
	{"november", G, 11, L}, {"nov", G, 11, LA}, {"december", G, 12, L},
	{"dec", G, 12, LA},
};
const int	pt_month_name_count = sizeof(pt_month_names) / sizeof(pt_month_names[0]);

/*
 * Era markers written after a year: "هـ" (tatweel folds away) and "ه" mark
 * a Hijri year; Persian writes ه‍.ش / هجری شمسی for Solar Hijri and ه‍.ق /
 * قمری for lunar Hijri; "م" / ميلادي mark a Gregorian year.
 */
const pt_era_marker pt_era_markers[] = {
	{"ه", PT_ERA_HIJRI}, {"هجري", PT_ERA_HIJRI}, {"هجريه", PT_ERA_HIJRI},
	{"للهجرة", PT_ERA_HIJRI}, {"هجرية", PT_ERA_HIJRI},
	{"هق", PT_ERA_LUNAR},		/* ه‍ق with a joiner: one word */
	{"ه ق", PT_ERA_LUNAR}, {"هجری قمری", PT_ERA_LUNAR}, {"قمری", PT_ERA_LUNAR},
	{"ق", PT_ERA_LUNAR}, {"ah", PT_ERA_LUNAR}, {"a h", PT_ERA_LUNAR},
	{"h", PT_ERA_LUNAR},
	{"ه ش", PT_ERA_SOLAR}, {"هجری شمسی", PT_ERA_SOLAR}, {"شمسی", PT_ERA_SOLAR},
	{"ش", PT_ERA_SOLAR}, {"sh", PT_ERA_SOLAR}, {"ap", PT_ERA_SOLAR},
	{"هش", PT_ERA_SOLAR},
	/* Afghanistan: هجری خورشیدی, ه‍.خ */
	{"خورشیدی", PT_ERA_SOLAR}, {"هجری خورشیدی", PT_ERA_SOLAR}, {"ه خ", PT_ERA_SOLAR},
	{"م", PT_ERA_GREGORIAN}, {"ميلادي", PT_ERA_GREGORIAN},
	{"ميلاديه", PT_ERA_GREGORIAN}, {"ad", PT_ERA_GREGORIAN},
	{"a d", PT_ERA_GREGORIAN}, {"ce", PT_ERA_GREGORIAN},
};
const int	pt_era_marker_count = sizeof(pt_era_markers) / sizeof(pt_era_markers[0]);

/* words that may stand inside a date */
const pt_date_word pt_date_words[] = {
	{"من", PT_CONN_BEFORE_MONTH | PT_CONN_BEFORE_YEAR},	/* ١٥ من رمضان, من عام */
	{"شهر", PT_CONN_BEFORE_MONTH},	/* ١٥ شهر رمضان */
	{"of", PT_CONN_BEFORE_MONTH},
	{"ماه", PT_CONN_AFTER_MONTH},	/* مرداد ماه, مرداد‌ماه */
	{"سال", PT_CONN_BEFORE_YEAR},
	{"عام", PT_CONN_BEFORE_YEAR}, {"لعام", PT_CONN_BEFORE_YEAR},
	{"سنة", PT_CONN_BEFORE_YEAR}, {"لسنة", PT_CONN_BEFORE_YEAR},
	{"العام", PT_CONN_BEFORE_YEAR}, {"السنة", PT_CONN_BEFORE_YEAR},
	{"st", PT_CONN_ORDINAL}, {"nd", PT_CONN_ORDINAL}, {"rd", PT_CONN_ORDINAL},
	{"th", PT_CONN_ORDINAL}, {"ام", PT_CONN_ORDINAL}, {"م", PT_CONN_ORDINAL},
	/* the first day written as a word (Arabic الأول من, غرة; Persian اول, یکم) */
	{"الأول", PT_CONN_DAY_ONE | PT_CONN_NEEDS_OF}, {"أول", PT_CONN_DAY_ONE}, {"غرة", PT_CONN_DAY_ONE},
	{"یکم", PT_CONN_DAY_ONE},
};
const int	pt_date_word_count = sizeof(pt_date_words) / sizeof(pt_date_words[0]);

/* the names pt_calendar_format writes, per calendar kind and language */
static const char *const format_names[3][PT_LANG_COUNT][12] = {
	[PT_MCAL_PERSIAN] = {
		[PT_LANG_FA] = {"فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور",
		"مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"},
		[PT_LANG_AR] = {"فروردين", "أرديبهشت", "خرداد", "تير", "مرداد", "شهريور",
		"مهر", "آبان", "آذر", "دي", "بهمن", "إسفند"},
		[PT_LANG_EN] = {"Farvardin", "Ordibehesht", "Khordad", "Tir", "Mordad",
		"Shahrivar", "Mehr", "Aban", "Azar", "Dey", "Bahman", "Esfand"},
	},
	[PT_MCAL_HIJRI] = {
		[PT_LANG_FA] = {"محرم", "صفر", "ربیع‌الاول", "ربیع‌الثانی", "جمادی‌الاول",
		"جمادی‌الثانی", "رجب", "شعبان", "رمضان", "شوال", "ذی‌القعده", "ذی‌الحجه"},
		[PT_LANG_AR] = {"محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى",
		"جمادى الآخرة", "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة"},
		[PT_LANG_EN] = {"Muharram", "Safar", "Rabi al-Awwal", "Rabi al-Thani",
			"Jumada al-Ula", "Jumada al-Akhirah", "Rajab", "Shaban", "Ramadan",
		"Shawwal", "Dhu al-Qadah", "Dhu al-Hijjah"},
	},
	[PT_MCAL_GREGORIAN] = {
		[PT_LANG_FA] = {"ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "ژوئیه",
		"اوت", "سپتامبر", "اکتبر", "نوامبر", "دسامبر"},
		[PT_LANG_AR] = {"يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو",
		"أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"},
		[PT_LANG_EN] = {"January", "February", "March", "April", "May", "June",
			"July", "August", "September", "October", "November",
		"December"},
	},
};

/* month kind of a calendar */
static int
month_cal_of(pt_calendar cal)
{
	switch (cal)
	{
		case PT_CAL_PERSIAN:
			return PT_MCAL_PERSIAN;
		case PT_CAL_ISLAMIC_UMALQURA:
		case PT_CAL_ISLAMIC_CIVIL:
			return PT_MCAL_HIJRI;
		default:
			return PT_MCAL_GREGORIAN;
	}
}

/* The month name pt_calendar_format writes. */
const char *
pt_month_format_name(pt_calendar cal, pt_date_lang lang, int month)
{
	return format_names[month_cal_of(cal)][lang][month - 1];
}

/*
 * The word after the year: Hijri years are marked (هـ in Arabic, ه‍.ق in
 * Persian, AH in English), Solar Hijri years in Arabic text (هـ.ش), where
 * a bare year would read as Hijri.
 */
const char *
pt_era_format_suffix(pt_calendar cal, pt_date_lang lang)
{
	static const char *const suffix[3][PT_LANG_COUNT] = {
		[PT_MCAL_PERSIAN] = {"", " هـ.ش", ""},
		[PT_MCAL_HIJRI] = {" ه\u200d.ق", " هـ", " AH"},
		[PT_MCAL_GREGORIAN] = {"", "", ""},
	};

	return suffix[month_cal_of(cal)][lang];
}
