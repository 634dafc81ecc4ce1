-- pt_normalize, pt_clean, pt_lang: every rule with positive and negative cases
CREATE EXTENSION IF NOT EXISTS policytext;

-- alef forms, hamza carriers
SELECT pt_normalize('أحمد إبراهيم آمنة ٱلله') AS alef_forms;
SELECT pt_normalize('مؤسسة رئيس') = 'موسسه رييس' AS hamza_carriers;
-- hamza alone is a letter and stays
SELECT pt_normalize('جزء') AS hamza_alone;

-- yeh and kaf: Arabic and Persian spellings meet
SELECT pt_normalize('الاجتماعی') = pt_normalize('الاجتماعي') AS yeh_meets,
       pt_normalize('کودک') = pt_normalize('كودك') AS kaf_meets,
       pt_normalize('مصطفی مصطفى مصطفے') AS yeh_forms;

-- teh marbuta and heh forms
SELECT pt_normalize('الحماية برنامهٔ خانۀ ہمہ') AS heh_forms,
       pt_normalize('وزارة') = pt_normalize('وزاره') AS teh_marbuta_meets;

-- distinct letters stay distinct
SELECT pt_normalize('پ') <> pt_normalize('ب') AS peh,
       pt_normalize('چ') <> pt_normalize('ج') AS tcheh,
       pt_normalize('ژ') <> pt_normalize('ز') AS jeh,
       pt_normalize('گ') <> pt_normalize('ك') AS gaf,
       pt_normalize('ت') <> pt_normalize('ة') AS teh,
       pt_normalize('ء') <> pt_normalize('ا') AS hamza;

-- diacritics, superscript alef, Quranic marks, tatweel
SELECT pt_normalize('تمَّ مؤكّدًا') AS diacritics,
       pt_normalize('هٰذا') AS superscript_alef,
       pt_normalize('رَحِيمٌ۝ ۖ قُلْ') AS quranic,
       pt_normalize('الـــحـمـايـة') AS tatweel;

-- invisible characters: ZWJ, LRM, RLM, ALM, embeddings, overrides, isolates, BOM, soft hyphen
SELECT pt_normalize(U&'\FEFFa\200Db\200Ec\200Fd\061Ce\202Af\202Bg\202Ch\202Di\202Ej\2066k\2067l\2068m\2069n\00ADo') AS invisibles;

-- ZWNJ between letters becomes one space; beside a space or at an edge it goes
SELECT pt_normalize(U&'می\200Cشود') AS zwnj_word,
       pt_normalize(U&'\200Cپروژه\200C \200Cها\200C') AS zwnj_edges,
       pt_normalize(U&'پروژه\200C\200Cها') AS zwnj_run,
       pt_normalize(U&'می\200Cشود') = pt_normalize('می شود') AS zwnj_equals_space;

-- other spaces: no-break space and zero-width space become a plain space
SELECT pt_normalize(U&'a\00A0b\200Bc') AS spaces;

-- presentation forms and ligatures
SELECT pt_normalize('ﻻ ﻷ ﷲ ﺍﻟﺤﻤﺎﻳﺔ ﻋﻠﻰ') AS presentation_forms,
       pt_normalize('ﬁnance ＵＮ') AS latin_ligature_fullwidth,
       pt_normalize('ﷺ') AS long_ligature;

-- digits in three scripts
SELECT pt_normalize('٢٠٢٤ ۲۰۲۴ 2024 ١٤٠٣ ۱۴۰۳') AS digits;

-- Latin case folding, non-Latin untouched
SELECT pt_normalize('UNICEF Straße ÉTAT Ωμέγα') AS case_fold,
       pt_normalize('unicef') AS already_folded;

-- idempotent on a mixed sentence
SELECT pt_normalize(x) = pt_normalize(pt_normalize(x)) AS idempotent
FROM (VALUES ('وَالْحِمَايَة الاجتماعیّة ﻻ ۲۰۲۴ UNHCR می‌شود'), (U&'\200C\200D\FEFF')) v(x);

-- NULL, empty, only marks, only invisible characters
SELECT pt_normalize(NULL) IS NULL AS null_in,
       pt_normalize('') = '' AS empty_in,
       pt_normalize(U&'\064B\064C\064D\064E\064F\0650\0651\0652\0670\0640') = '' AS only_marks,
       pt_normalize(U&'\200C\200D\200E\200F\FEFF\2066\2069') = '' AS only_invisible;

-- very long input: 1 MB of Arabic with diacritics folds to the bare letters
SELECT length(pt_normalize(repeat('حِمَايَةٌ ', 100000))) AS long_len,
       pt_normalize(repeat('حِمَايَةٌ ', 100000)) = repeat('حمايه ', 100000) AS long_ok;

-- pt_clean: display-safe cleanup keeps letters and diacritics as written
SELECT pt_clean('تمّ مؤكّدًا الاجتماعی ٢٠٢٤') AS keeps_letters_and_marks,
       pt_clean(U&'الـــحماية\200F\202B') AS drops_tatweel_and_bidi,
       pt_clean('ﻻ ﻷ') AS presentation_to_letters,
       pt_clean(U&'می\200Cشود') = U&'می\200Cشود' AS keeps_zwnj,
       pt_clean(U&'\0627\0653 \0648\0654') = 'آ ؤ' AS nfc_composes,
       pt_clean(U&'\0628\0651\064E') = U&'\0628\064E\0651' AS nfc_orders_marks,
       pt_clean(NULL) IS NULL AS null_in,
       pt_clean('') = '' AS empty_in,
       pt_clean(U&'\200D\FEFF\0640') = '' AS only_invisible;
SELECT length(pt_clean(repeat(U&'\0627\0653ـ ', 50000))) AS clean_long_len;

-- pt_lang
SELECT pt_lang('أعلنت وزارة التضامن الاجتماعي عن برنامج جديد للحماية الاجتماعية في المحافظات') AS arabic,
       pt_lang('وزارت تعاون، کار و رفاه اجتماعی از اجرای طرح جدید حمایتی خبر داد') AS persian,
       pt_lang('The ministry signed an agreement with UNICEF on cash transfers') AS english,
       pt_lang('أعلنت الوزارة الاجتماعیة أن البرنامج یشمل كل المحافظات') AS arabic_with_persian_letters,
       pt_lang('گزارش') AS persian_letter,
       pt_lang('١٢٣ 456 !!') IS NULL AS no_letters,
       pt_lang('') IS NULL AS empty_in,
       pt_lang(NULL) IS NULL AS null_in;

-- declared properties
SELECT proname, provolatile, proisstrict, proparallel
FROM pg_proc WHERE proname IN ('pt_normalize', 'pt_clean', 'pt_lang') ORDER BY proname;
