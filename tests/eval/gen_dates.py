#!/usr/bin/env python3
"""Writes the labeled date sets tests/eval/dates_expressions.tsv and
tests/eval/dates_sentences.tsv (run once; the TSV files are committed).

Every text is made here from our own templates and word lists (no sentence
from any corpus).  Gold Gregorian dates come from ICU, through
"calendar_icu_check --dump JDN..." (path in argv[1]), never from the core
that is being measured.

    python3 tests/eval/gen_dates.py PATH/calendar_icu_check   (built as in tests/suites/eval_dates.sh)
"""
import random
import subprocess
import sys

rnd = random.Random(20241201)
ICU = sys.argv[1]

FA_DIG = "۰۱۲۳۴۵۶۷۸۹"
AR_DIG = "٠١٢٣٤٥٦٧٨٩"
ZWNJ = "\u200c"


def digits(n, script, pad=0):
    s = str(n).zfill(pad)
    if script == "fa":
        return "".join(FA_DIG[int(c)] for c in s)
    if script == "ar":
        return "".join(AR_DIG[int(c)] for c in s)
    return s


def jdn_of(y, m, d):
    # proleptic Gregorian -> JDN (only to choose days; gold comes from ICU)
    a = (14 - m) // 12
    y2 = y + 4800 - a
    m2 = m + 12 * a - 3
    return d + (153 * m2 + 2) // 5 + 365 * y2 + y2 // 4 - y2 // 100 + y2 // 400 - 32045


# ---- month names as writers spell them (variants on purpose) --------------
FA_MONTHS = [["فروردین"], ["اردیبهشت", "ارديبهشت"], ["خرداد"], ["تیر", "تير"],
             ["مرداد", "امرداد"], ["شهریور", "شهريور"], ["مهر"], ["آبان", "ابان"],
             ["آذر", "اذر"], ["دی", "دي"], ["بهمن"], ["اسفند"]]
AF_MONTHS = [["حمل"], ["ثور"], ["جوزا", "جوزاء"], ["سرطان"], ["اسد"], ["سنبله"],
             ["میزان", "ميزان"], ["عقرب"], ["قوس"], ["جدی", "جدي"], ["دلو"], ["حوت"]]
EN_FA_MONTHS = ["Farvardin", "Ordibehesht", "Khordad", "Tir", "Mordad", "Shahrivar",
                "Mehr", "Aban", "Azar", "Dey", "Bahman", "Esfand"]
HIJRI = [["محرم", "محرّم", "محرم الحرام"], ["صفر"],
         ["ربيع الأول", "ربيع الاول", "ربیع‌الاول", "ربيع أول"],
         ["ربيع الآخر", "ربيع الثاني", "ربیع‌الثانی"],
         ["جمادى الأولى", "جمادى الاولى", "جمادی‌الاول"],
         ["جمادى الآخرة", "جمادى الثانية", "جمادی‌الثانی", "جمادى الاخرة"],
         ["رجب"], ["شعبان"], ["رمضان", "رمضـان", "رَمَضان"], ["شوال", "شوّال"],
         ["ذو القعدة", "ذي القعدة", "ذوالقعدة", "ذی‌القعده"],
         ["ذو الحجة", "ذي الحجة", "ذوالحجة", "ذی‌الحجه"]]
EN_HIJRI = ["Muharram", "Safar", "Rabi al-Awwal", "Rabi al-Thani", "Jumada al-Ula",
            "Jumada al-Akhirah", "Rajab", "Shaban", "Ramadan", "Shawwal",
            "Dhu al-Qadah", "Dhu al-Hijjah"]
AR_EG = [["يناير"], ["فبراير"], ["مارس"], ["أبريل", "ابريل", "إبريل"], ["مايو"],
         ["يونيو", "يونية"], ["يوليو", "يولية"], ["أغسطس", "اغسطس"], ["سبتمبر"],
         ["أكتوبر", "اكتوبر"], ["نوفمبر"], ["ديسمبر"]]
AR_LEV = [["كانون الثاني"], ["شباط"], ["آذار", "اذار"], ["نيسان"], ["أيار", "ايار"],
          ["حزيران"], ["تموز"], ["آب", "اب"], ["أيلول", "ايلول"], ["تشرين الأول", "تشرين الاول"],
          ["تشرين الثاني"], ["كانون الأول", "كانون الاول"]]
AR_MAG = [["جانفي"], ["فيفري"], ["مارس"], ["أفريل", "افريل"], ["ماي"], ["جوان"],
          ["جويلية"], ["أوت", "اوت"], ["سبتمبر"], ["أكتوبر"], ["نوفمبر"], ["ديسمبر"]]
AR_MOR = [["يناير"], ["فبراير"], ["مارس"], ["أبريل"], ["ماي"], ["يونيو"],
          ["يوليوز"], ["غشت"], ["شتنبر"], ["أكتوبر"], ["نونبر"], ["دجنبر"]]
FA_GREG = [["ژانویه"], ["فوریه"], ["مارس"], ["آوریل", "آپریل"], ["مه", "می"], ["ژوئن"],
           ["ژوئیه", "جولای"], ["اوت", "آگوست"], ["سپتامبر"], ["اکتبر"], ["نوامبر"], ["دسامبر"]]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
EN_ABBR = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "Jun.", "Jul.", "Aug.", "Sept.", "Oct.",
           "Nov.", "Dec."]

FA_WEEK = ["شنبه", "یکشنبه", "دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "جمعه", "سه شنبه"]
AR_WEEK = ["السبت", "الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "يوم الخميس"]
EN_WEEK = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]

# ---- choose days and ask ICU --------------------------------------------
N_EXPR = 560
days = [rnd.randint(jdn_of(1995, 1, 1), jdn_of(2032, 12, 31)) for _ in range(N_EXPR + 700)]
out = subprocess.run([ICU, "--dump"] + [str(j) for j in days], capture_output=True,
                     text=True, check=True).stdout.split("\n")
icu = {}
for line in out:
    if line.strip():
        f = [int(x) for x in line.split()]
        icu[f[0]] = {"g": tuple(f[1:4]), "p": tuple(f[4:7]), "h": tuple(f[7:10])}


def iso(j):
    y, m, d = icu[j]["g"]
    return "%04d-%02d-%02d" % (y, m, d)


def sp():
    return rnd.choice([" ", " ", " ", "  ", "\u00a0"])


def pick(lst):
    return rnd.choice(lst)


# ---- date expression makers: (text, form) for a day j --------------------
def persian_text(j):
    y, m, d = icu[j]["p"]
    sc = pick(["fa", "fa", "fa", "en", "ar"])
    name = pick(FA_MONTHS[m - 1])
    mah = pick(["", "", " ماه", ZWNJ + "ماه"])
    era = pick(["", "", "", " ه‍.ش", " هجری شمسی", " ه.ش", " ش"])
    sal = pick(["", "", "", " سال"])
    wd = pick(["", "", "", pick(FA_WEEK) + pick([" ", "، ", " "])])
    dd = digits(d, sc, pick([0, 0, 2]))
    return wd + dd + sp() + name + mah + sal + sp() + digits(y, sc) + era, "fa-solar"


def persian_numeric(j):
    y, m, d = icu[j]["p"]
    sc = pick(["fa", "en", "fa", "ar"])
    pad = pick([0, 2])
    sep = pick(["/", "/", "/", "-"])
    tail = pick(["", "", " ه.ش", " هجری شمسی"])
    return digits(y, sc) + sep + digits(m, sc, pad) + sep + digits(d, sc, pad) + tail, "fa-numeric"


def afghan_text(j):
    y, m, d = icu[j]["p"]
    sc = pick(["fa", "en"])
    return digits(d, sc) + sp() + pick(AF_MONTHS[m - 1]) + sp() + digits(y, sc) + pick(["", " هـ ش", " هجری شمسی"]), "af-solar"


def hijri_text(j):
    y, m, d = icu[j]["h"]
    sc = pick(["ar", "ar", "en", "fa"])
    name = pick(HIJRI[m - 1])
    era = pick([" هـ", "هـ", " ه", "ه", " هجري", " ه.ق", " هـ."])
    pre = pick(["", "", "", "من ", "من شهر ", "شهر "])
    wd = pick(["", "", pick(AR_WEEK) + pick([" ", "، ", " "])])
    return wd + digits(d, sc) + sp() + pre + name + sp() + digits(y, sc) + era, "hijri"


def hijri_numeric(j):
    y, m, d = icu[j]["h"]
    sc = pick(["ar", "en"])
    era = pick(["هـ", " هـ", " ه"])
    if rnd.random() < 0.5:
        return digits(y, sc) + "/" + digits(m, sc, 2) + "/" + digits(d, sc, 2) + era, "hijri-numeric"
    return digits(d, sc) + "/" + digits(m, sc) + "/" + digits(y, sc) + era, "hijri-numeric"


def arabic_greg(j):
    y, m, d = icu[j]["g"]
    sc = pick(["ar", "en", "ar"])
    region = pick([AR_EG, AR_EG, AR_LEV, AR_MAG, AR_MOR])
    name = pick(region[m - 1])
    if region is AR_LEV and rnd.random() < 0.3:
        name = name + pick(["/", " / ", " ("]) + pick(AR_EG[m - 1])
        if "(" in name:
            name += ")"
    era = pick(["", "", "م", " م", " ميلادي"])
    wd = pick(["", "", pick(AR_WEEK) + pick([" ", "، "])])
    pre = pick(["", "", "", "لعام "])
    form = {id(AR_EG): "ar-eg", id(AR_LEV): "ar-lev", id(AR_MAG): "ar-mag", id(AR_MOR): "ar-mor"}[id(region)]
    return wd + digits(d, sc) + sp() + name + sp() + pre + digits(y, sc) + era, form


def arabic_numeric(j):
    y, m, d = icu[j]["g"]
    sc = pick(["ar", "en"])
    sep = pick(["/", "/", "-", "."])
    return digits(d, sc, pick([0, 2])) + sep + digits(m, sc, pick([0, 2])) + sep + digits(y, sc) + pick(["", "م", " م"]), "ar-numeric"


def persian_greg(j):
    y, m, d = icu[j]["g"]
    sc = pick(["fa", "fa", "en"])
    return digits(d, sc) + sp() + pick(FA_GREG[m - 1]) + sp() + digits(y, sc) + pick(["", "", " میلادی", " م"]), "fa-greg"


def english(j):
    y, m, d = icu[j]["g"]
    k = rnd.randint(0, 6)
    ordn = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}.get(d, "th")
    wd = pick(["", "", "", pick(EN_WEEK) + ", "])
    if k == 0:
        return wd + "%d %s %d" % (d, EN_MONTHS[m - 1], y), "en"
    if k == 1:
        return wd + "%s %d, %d" % (EN_MONTHS[m - 1], d, y), "en"
    if k == 2:
        return "%s %d, %d" % (EN_ABBR[m - 1], d, y), "en"
    if k == 3:
        return "%04d-%02d-%02d" % (y, m, d), "en-iso"
    if k == 4:
        return "%s %d%s, %d" % (EN_MONTHS[m - 1], d, ordn, y), "en"
    if k == 5:
        return "the %d%s of %s %d" % (d, ordn, EN_MONTHS[m - 1], y), "en"
    return "%d %s %d" % (d, EN_ABBR[m - 1].rstrip("."), y), "en"


def english_other(j):
    if rnd.random() < 0.5:
        y, m, d = icu[j]["p"]
        return "%d %s %d" % (d, EN_FA_MONTHS[m - 1], y), "en-solar"
    y, m, d = icu[j]["h"]
    return "%d %s %d AH" % (d, EN_HIJRI[m - 1], y), "en-hijri"


def double(j):
    y, m, d = icu[j]["h"]
    gy, gm, gd = icu[j]["g"]
    sc = pick(["ar", "en"])
    return (digits(d, sc) + " " + pick(HIJRI[m - 1]) + " " + digits(y, sc) + "هـ " + pick(["الموافق", "الموافق لـ", "،", "-"]) + " " +
            digits(gd, sc) + " " + pick(AR_EG[gm - 1]) + " " + digits(gy, sc) + "م"), "double"


MAKERS = [(persian_text, 14), (persian_numeric, 7), (afghan_text, 4), (hijri_text, 10),
          (hijri_numeric, 3), (arabic_greg, 14), (arabic_numeric, 5), (persian_greg, 6),
          (english, 10), (english_other, 3), (double, 3)]
weights = [w for _, w in MAKERS]

# ---- non-dates -------------------------------------------------------------
def non_dates():
    r = []
    for _ in range(12):
        y = rnd.randint(1395, 1410)
        r.append(pick(["سال ", "در سال ", "سال مالی "]) + digits(y, pick(["fa", "en"])))
        r.append(pick(FA_MONTHS)[0] + " " + digits(y, "fa"))
        r.append("عام " + digits(rnd.randint(2000, 2030), pick(["ar", "en"])))
        r.append(pick(AR_EG)[0] + " " + digits(rnd.randint(2000, 2030), "ar"))
        r.append(pick(EN_MONTHS) + " " + str(rnd.randint(2000, 2030)))
        r.append("ساعت " + digits(rnd.randint(1, 23), "fa") + ":" + digits(rnd.randint(0, 59), "fa", 2))
        r.append("الساعة " + digits(rnd.randint(1, 12), "ar") + ":" + digits(rnd.randint(0, 59), "ar", 2))
        r.append(digits(rnd.randint(1000, 1999), "fa") + " نفر")
        r.append(digits(rnd.randint(2, 40), "ar") + " ألف أسرة")
        r.append(str(rnd.randint(10, 31)) + " " + pick(["مليون دولار", "percent", "درصد", "کیلومتر"]))
        r.append("۰۹۱۲" + digits(rnd.randint(1000000, 9999999), "fa"))
        r.append("021-" + str(rnd.randint(1000, 9999)) + "-" + str(rnd.randint(1000, 9999)))
        r.append("+98 21 " + str(rnd.randint(1000, 9999)) + " " + str(rnd.randint(1000, 9999)))
        r.append(digits(rnd.randint(1, 28), "fa") + " " + pick(FA_MONTHS)[0])
        r.append(str(rnd.randint(1, 28)) + " " + pick(AR_EG)[0])
        r.append("%d.%d%%" % (rnd.randint(1, 99), rnd.randint(0, 9)))
        r.append("%d-%d" % (rnd.randint(2000, 2020), rnd.randint(2021, 2030)))
    # impossible dates
    r += ["32 مرداد 1403", "۳۲ مرداد ۱۴۰۳", "30 فبراير 2024", "٣٠ فبراير ٢٠٢٤", "31 آبان 1402",
          "۳۱ مهر ۱۴۰۲", "30 اسفند 1402", "۳۰ اسفند ۱۴۰۱", "31 نوفمبر 2023", "29 فبراير 2023",
          "31 April 2024", "February 30, 2024", "2024-02-30", "2023-13-01", "1403/13/01",
          "1403/00/10", "0 مرداد 1403", "31 حزيران 2024", "31 سبتمبر 2022", "31 جوان 2021",
          "۱۲/۰۵/۱۴۰۳", "12/05/1403", "۳۱/۰۶/۱۴۰۲", "45 رمضان 1445", "31 رمضان 1445 هـ",
          "15 رمضان 2024", "۱۲ مرداد ۲۰۲۴", "3 August 1403 AH", "۲۰۲۴/۰۵/۱۲ ه.ق"]
    return r


exprs = []
used = 0
for i in range(N_EXPR):
    j = days[used]
    used += 1
    mk = rnd.choices([m for m, _ in MAKERS], weights)[0]
    text, form = mk(j)
    exprs.append((form, text, iso(j)))
nd = non_dates()
rnd.shuffle(nd)
nd = nd[:130]
for t in nd:
    exprs.append(("non-date", t, ""))
rnd.shuffle(exprs)

with open("tests/eval/dates_expressions.tsv", "w") as f:
    f.write("# id\tform\ttext\tgold (Gregorian, empty for a non-date)\n")
    for i, (form, text, gold) in enumerate(exprs, 1):
        f.write("%d\t%s\t%s\t%s\n" % (i, form, text.replace("\t", " "), gold))

# ---- sentences with 0-3 dates among distracting numbers -------------------
FA_FRAMES = [
    "به گزارش خبرنگار ما، {D} نشست {N} نفر از نمایندگان در تهران برگزار شد.",
    "وزارت نیرو اعلام کرد که از {D} مصرف برق {P} درصد افزایش یافته است.",
    "این طرح که در {D} تصویب شد، تا پایان سال {Y} اجرا می‌شود و {N} میلیارد ریال هزینه دارد.",
    "جلسه بعدی ساعت {T} روز {D} و جلسه پایانی {D} خواهد بود.",
    "در گزارش {N} صفحه‌ای مرکز آمار آمده است که نرخ تورم در {M} به {P} درصد رسید.",
    "شماره تماس ستاد {PH} است و ثبت‌نام تا {D} ادامه دارد.",
    "سخنگوی دولت گفت {N} پروژه در {D} افتتاح می‌شود.",
    "قرارداد {D} امضا شد و نسخه {V} آن در {D} بازنگری شد.",
]
AR_FRAMES = [
    "أعلنت الوزارة يوم {D} عن تخصيص {N} مليون دولار لدعم {N2} ألف أسرة.",
    "وقال المتحدث إن الاجتماع سيعقد في {D} عند الساعة {T} بحضور {N} وفدا.",
    "وشهد العام {Y} نموا بنسبة {P} في المئة، بحسب تقرير صدر في {D}.",
    "صدر القرار رقم {N} بتاريخ {D} ويعمل به اعتبارا من {D}.",
    "وللاستفسار يمكن الاتصال على الرقم {PH} حتى نهاية {M}.",
    "افتتح المعرض في {D} واستقبل أكثر من {N} زائر خلال {N2} أيام.",
    "أكد البيان الصادر {D} أن {N} شخصا أصيبوا.",
]
EN_FRAMES = [
    "The ministry said on {D} that {N} families had received aid worth {N2} million dollars.",
    "The committee will meet at {T} on {D}, and again on {D}.",
    "Inflation reached {P} percent in {M}, the report of {D} said.",
    "Call {PH} before {D} to register; about {N} people have applied.",
    "Version {V} of the plan, adopted in {Y}, covers {N} districts.",
    "The agreement signed on {D} runs for {N2} years.",
]


def fill(frame, lang, maxd=3):
    golds = []
    mentions = []
    out = ""
    i = 0
    while i < len(frame):
        if frame[i] == "{":
            k = frame.index("}", i)
            key = frame[i + 1:k]
            i = k + 1
            sc = {"fa": "fa", "ar": "ar", "en": "en"}[lang] if rnd.random() < 0.7 else "en"
            if key == "D":
                if len(golds) >= maxd:
                    out += digits(rnd.randint(2, 9), sc) + (" روز" if lang == "fa" else " أيام" if lang == "ar" else " days")
                    continue
                jj = days[N_EXPR + rnd.randint(0, 699)]
                if lang == "fa":
                    mk = rnd.choices([persian_text, persian_numeric, persian_greg, hijri_text, afghan_text], [8, 3, 2, 1, 1])[0]
                elif lang == "ar":
                    mk = rnd.choices([arabic_greg, hijri_text, arabic_numeric, double, hijri_numeric], [8, 4, 2, 1 if len(golds) + 2 <= maxd else 0, 1])[0]
                else:
                    mk = rnd.choices([english, english_other], [9, 1])[0]
                t, _ = mk(jj)
                t = t.strip()
                golds.append(iso(jj))
                if mk is double:
                    golds.append(iso(jj))
                mentions.append(t)
                out += t
            elif key == "N":
                out += digits(rnd.randint(3, 1999), sc)
            elif key == "N2":
                out += digits(rnd.randint(2, 60), sc)
            elif key == "P":
                out += digits(rnd.randint(1, 60), sc) + pick([".", "/", "٫"]) + digits(rnd.randint(0, 9), sc) if rnd.random() < 0.5 else digits(rnd.randint(1, 60), sc)
            elif key == "Y":
                out += digits(rnd.randint(1398, 1406) if lang == "fa" else rnd.randint(2015, 2030), sc)
            elif key == "T":
                out += digits(rnd.randint(7, 20), sc) + ":" + digits(rnd.randint(0, 59), sc, 2)
            elif key == "M":
                if lang == "fa":
                    out += pick(FA_MONTHS)[0] + " " + digits(rnd.randint(1398, 1406), sc)
                elif lang == "ar":
                    out += pick(AR_EG)[0] + " " + digits(rnd.randint(2015, 2030), sc)
                else:
                    out += pick(EN_MONTHS) + " " + str(rnd.randint(2015, 2030))
            elif key == "PH":
                out += pick(["021-" + str(rnd.randint(2000, 8999)) + "-" + str(rnd.randint(1000, 9999)),
                             "0912 " + str(rnd.randint(100, 999)) + " " + str(rnd.randint(1000, 9999)),
                             digits(rnd.randint(10000000, 99999999), sc)])
            elif key == "V":
                out += "%d.%d.%d" % (rnd.randint(1, 5), rnd.randint(0, 12), rnd.randint(0, 30))
        else:
            out += frame[i]
            i += 1
    return out, golds, mentions


sents = []
for i in range(180):
    lang = pick(["fa", "fa", "ar", "ar", "en"])
    frames = {"fa": FA_FRAMES, "ar": AR_FRAMES, "en": EN_FRAMES}[lang]
    s, g, m = fill(pick(frames), lang, maxd=rnd.choice([0, 1, 2, 3, 3, 3]))
    sents.append((lang, s, g, m))
with open("tests/eval/dates_sentences.tsv", "w") as f:
    f.write("# id\tlang\tsentence\tgold dates (Gregorian, ';' separated)\tgold mentions (' || ' separated)\n")
    for i, (lang, s, g, m) in enumerate(sents, 1):
        f.write("%d\t%s\t%s\t%s\t%s\n" % (i, lang, s, ";".join(g), " || ".join(m)))
print("expressions: %d (%d non-dates); sentences: %d with %d dates" % (
    len(exprs), sum(1 for e in exprs if not e[2]), len(sents), sum(len(s[2]) for s in sents)))
