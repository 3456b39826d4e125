"""Dates and times written in mail text: "Tuesday, Dec 2 at 2:00 PM PT", "14:00-15:00 BST".

Written by hand on purpose: ``dateutil.parser`` (fuzzy mode) reads a whole string as one date
and happily invents one from any digits (phone numbers, meeting ids), it has no notion of
"PT"/"Eastern"/"IST" as DST-aware zones, of ranges ("2:00-2:45 PM CT"), or of a date written two
lines above its time (ATS "Date:" / "Time:" blocks). A small grammar that only fires on clear
time expressions is cheaper and more predictable. Zone arithmetic is left to ``zoneinfo``.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from itertools import islice
from zoneinfo import ZoneInfo, available_timezones

import jdatetime  # the Solar Hijri calendar (Iran, Afghanistan): see _from_solar_hijri

from detector.chats import EXPORT_LINE as _EXPORT_LINE
from detector.extract import without_accents
from detector.letters import toneless
from detector.patternset import PatternSet
from detector.phonezones import phone_zones

_KHMER_MONTHS = (
    "មករា", "កុម្ភៈ", "មីនា", "មេសា", "ឧសភា", "មិថុនា", "កក្កដា", "សីហា", "កញ្ញា", "តុលា", "វិច្ឆិកា",
    "ធ្នូ",
)  # fmt: skip
_SOLAR_HIJRI_MONTHS = (
    "فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی",
    "بهمن", "اسفند",
)  # fmt: skip
# ... and as Afghanistan names them, after the zodiac ("۲۲ میزان ۱۴۰۵", "۲ عقرب")
_AFGHAN_MONTHS = (
    "حمل", "ثور", "جوزا", "سرطان", "اسد", "سنبله", "میزان", "عقرب", "قوس", "جدی", "دلو", "حوت",
)  # fmt: skip
_SOLAR_HIJRI_MONTH_NUMBERS = {
    name: number
    for names in (_SOLAR_HIJRI_MONTHS, _AFGHAN_MONTHS)
    for number, name in enumerate(names, start=1)
}
# Kinyarwanda month names ("tariki ya 13 Ukwakira 2026", the 13th of October)
_KINYARWANDA_MONTHS = (
    "mutarama", "gashyantare", "werurwe", "mata", "gicurasi", "kamena", "nyakanga", "kanama",
    "nzeri", "ukwakira", "ugushyingo", "ukuboza",
)  # fmt: skip
# Malagasy ("Alakamisy 22 Oktobra 2026") and Somali ("Isniin, 2 Nofeembar 2026") month names
_MALAGASY_MONTHS = (
    "janoary", "febroary", "martsa", "aprily", "mey", "jona", "jolay", "aogositra", "septambra",
    "oktobra", "novambra", "desambra",
)  # fmt: skip
_SOMALI_MONTHS = (
    "janaayo", "febraayo", "maarso", "abriil", "maajo", "juun", "luuliyo", "agoosto",
    "sebtembar", "oktoobar", "nofeembar", "diseembar",
)  # fmt: skip
# Yoruba months as the plain words, from Ṣẹ́rẹ́ (January) to Ọ̀pẹ̀ (December); not Ògún (August),
# which is also a state and a god
_YORUBA_MONTHS = {
    "sere": 1, "erele": 2, "erena": 3, "igbe": 4, "ebibi": 5, "okudu": 6, "agemo": 7,
    "owewe": 9, "owara": 10, "belu": 11, "ope": 12,
}  # fmt: skip
# weekdays after "Ọjọ́" (day): "Ọjọ́ Ajé" (Monday), "Ọjọ́rú" (Wednesday) in one word
_YORUBA_WEEKDAYS = {
    "ojo aje": 0, "ojo isegun": 1, "ojoru": 2, "ojobo": 3, "ojo eti": 4, "ojo abameta": 5,
    "ojo aiku": 6,
}  # fmt: skip
_YORUBA_WEEKDAY_ALT = "|".join(
    r"\s+".join(toneless(part) for part in name.split()) for name in _YORUBA_WEEKDAYS
)
# Igbo numbers ("elekere iri na otu", eleven o'clock; "Ọnwa Iri", the tenth month), and its
# weekdays, borrowed from English ("Tọzdee, 5 Ọnwa Iri na Otu"); Monday and Sunday only with
# their mark, as "monde" and "sonde" are French and German words
_IGBO_NUMBERS = {
    "otu": 1, "abuo": 2, "ato": 3, "ano": 4, "ise": 5, "isii": 6, "asaa": 7, "asato": 8,
    "itoolu": 9, "iteghete": 9, "itenani": 9, "iri": 10, "iri na otu": 11, "iri na abuo": 12,
}  # fmt: skip
_IGBO_NUMBER_ALT = "|".join(
    r"\s+".join(toneless(part) for part in name.split())
    for name in sorted(_IGBO_NUMBERS, key=len, reverse=True)
)
_IGBO_WEEKDAYS = {
    "monde": 0, "tiuzdee": 1, "wenezdee": 2, "tozdee": 3, "fraidee": 4, "satodee": 5, "sonde": 6,
}  # fmt: skip
_IGBO_WEEKDAY_ALT = (
    rf"m(?:\u1ecd|o\u0323)nde|s(?:\u1ecd|o\u0323)nde|"
    rf"{toneless('tiuzdee')}|{toneless('wenezdee')}|{toneless('tozdee')}|"
    rf"{toneless('fraidee')}|{toneless('satodee')}"
)
# Hausa month names ("21 ga Oktoba", the 21st of October)
_HAUSA_MONTHS = (
    "janairu", "faburairu", "maris", "afrilu", "mayu", "yuni", "yuli", "agusta", "satumba",
    "oktoba", "nuwamba", "disamba",
)  # fmt: skip
# Samoan month names ("Aso Tofi 15 Oketopa"); not "Me" (May)
_SAMOAN_MONTHS = {
    "ianuari": 1, "fepuari": 2, "mati": 3, "aperila": 4, "iuni": 6, "iulai": 7, "aokuso": 8,
    "setema": 9, "oketopa": 10, "novema": 11, "tesema": 12,
}  # fmt: skip
# Fijian month names ("Sigatabu 11 Okotova"); not "Me" (May), a word in too many languages
_FIJIAN_MONTHS = {
    "janueri": 1, "feperueri": 2, "maji": 3, "epereli": 4, "jiune": 6, "julai": 7,
    "okosita": 8, "seviteba": 9, "okotova": 10, "noveba": 11, "tiseba": 12,
}  # fmt: skip
# Tigrinya names the Gregorian months as Eritrea writes them ("ረቡዕ 21 ጥቅምቲ 2026")
_TIGRINYA_MONTHS = (
    "ጥሪ", "ለካቲት", "መጋቢት", "ሚያዝያ", "ግንቦት", "ሰነ", "ሓምለ", "ነሓሰ", "መስከረም", "ጥቅምቲ", "ሕዳር",
    "ታሕሳስ",
)  # fmt: skip
# the Ethiopian calendar's thirteen months ("ጥቅምት 5, 2019 ዓ.ም", the 5th of Tikimt 2019), each of
# thirty days but the last
_ETHIOPIAN_MONTHS = (
    "መስከረም", "ጥቅምት", "ኅዳር", "ታኅሣሥ", "ጥር", "የካቲት", "መጋቢት", "ሚያዝያ", "ግንቦት", "ሰኔ", "ሐምሌ",
    "ነሐሴ", "ጳጉሜ",
)  # fmt: skip
_ETHIOPIAN_MONTH_NUMBERS = {
    **{name: number for number, name in enumerate(_ETHIOPIAN_MONTHS, start=1)},
    "ሕዳር": 3, "ታህሳስ": 4, "ታሕሳስ": 4,
}  # fmt: skip
# Lao month names ("ຕຸລາ", October)
_LAO_MONTHS = (
    "ມັງກອນ", "ກຸມພາ", "ມີນາ", "ເມສາ", "ພຶດສະພາ", "ມິຖຸນາ", "ກໍລະກົດ", "ສິງຫາ", "ກັນຍາ", "ຕຸລາ",
    "ພະຈິກ", "ທັນວາ",
)  # fmt: skip
_BURMESE_MONTHS = (
    "ဇန်နဝါရီ",
    "ဖေဖော်ဝါရီ",
    "မတ်",
    "ဧပြီ",
    "မေ",
    "ဇွန်",
    "ဇူလိုင်",
    "ဩဂုတ်",
    "စက်တင်ဘာ",
    "အောက်တိုဘာ",
    "နိုဝင်ဘာ",
    "ဒီဇင်ဘာ",
)
_AMHARIC_MONTHS = (
    "ጃንዋሪ",
    "ፌብሩዋሪ",
    "ማርች",
    "ኤፕሪል",
    "ሜይ",
    "ጁን",
    "ጁላይ",
    "ኦገስት",
    "ሴፕቴምበር",
    "ኦክቶበር",
    "ኖቬምበር",
    "ዲሴምበር",
)
_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "oct": 10, "nov": 11, "dec": 12,
    # German, French, Spanish spellings that do not share the English prefix
    "mär": 3, "maerz": 3, "märz": 3, "mai": 5, "juni": 6, "juli": 7, "okt": 10, "dez": 12,
    "janv": 1, "févr": 2, "fev": 2, "avr": 4, "juin": 6, "juil": 7, "août": 8, "déc": 12,
    "ene": 1, "abr": 4, "ago": 8, "dic": 12,
    # Spanish/Portuguese/Dutch/Italian spellings not covered by a prefix above
    "set": 9, "out": 10, "mei": 5, "maa": 3, "gen": 1, "giu": 6, "lug": 7, "ott": 10,
    # Turkish, Polish (genitive) and Nordic names
    "ocak": 1, "şubat": 2, "nisan": 4, "haziran": 6, "temmuz": 7, "ağustos": 8, "eylül": 9,
    "ekim": 10, "kasım": 11, "aralık": 12, "stycznia": 1, "lutego": 2, "kwietnia": 4,
    "maja": 5, "czerwca": 6, "lipca": 7, "sierpnia": 8, "września": 9, "października": 10,
    "listopada": 11, "grudnia": 12, "maj": 5,
    # Romanian names the prefixes above miss ("12 iunie", "3 noiembrie")
    "ianuarie": 1, "iunie": 6, "iulie": 7, "noiembrie": 11,
    # Irish ("Dé Máirt, 9 Meitheamh 2026"; "Meitheamh" is no "mei", May)
    "eanáir": 1, "feabhra": 2, "márta": 3, "aibreán": 4, "bealtaine": 5, "meitheamh": 6,
    "iúil": 7, "lúnasa": 8, "meán fómhair": 9, "deireadh fómhair": 10, "samhain": 11,
    "nollaig": 12,
    # Malay and Indonesian
    "mac": 3, "julai": 7, "ogos": 8, "disember": 12, "agustus": 8, "desember": 12,
    # Czech and Slovak (genitive, as dates write them: "11. března", "14. apríla")
    "ledna": 1, "února": 2, "unora": 2, "března": 3, "brezna": 3, "dubna": 4, "května": 5,
    "kvetna": 5, "června": 6, "cervna": 6, "července": 7, "cervence": 7, "srpna": 8,
    "září": 9, "zari": 9, "října": 10, "rijna": 10, "listopadu": 11, "prosince": 12,
    "januára": 1, "februára": 2, "mája": 5, "júna": 6, "júla": 7, "októbra": 10,
    "septembra": 9, "novembra": 11, "decembra": 12,
    # Hebrew, as dates write them: "3 במאי 2026" (the "ב" prefix, "in", is dropped by _month)
    # Arabic: the Gregorian names of the Gulf and Egypt, and the Levant's ("آذار")
    # Greek month names in the genitive, as dates write them ("12 Μαρτίου")
    "ιανουαρίου": 1, "φεβρουαρίου": 2, "μαρτίου": 3, "απριλίου": 4, "μαΐου": 5, "μαίου": 5,
    "ιουνίου": 6, "ιουλίου": 7, "αυγούστου": 8, "σεπτεμβρίου": 9, "οκτωβρίου": 10,
    "νοεμβρίου": 11, "δεκεμβρίου": 12,
    "يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "ابريل": 4, "إبريل": 4, "مايو": 5,
    "يونيو": 6, "يوليو": 7, "أغسطس": 8, "اغسطس": 8, "سبتمبر": 9, "أكتوبر": 10, "اكتوبر": 10,
    "نوفمبر": 11, "ديسمبر": 12, "كانون الثاني": 1, "شباط": 2, "آذار": 3, "نيسان": 4,
    "أيار": 5, "حزيران": 6, "تموز": 7, "آب": 8, "أيلول": 9, "تشرين الأول": 10,
    "تشرين الثاني": 11, "كانون الأول": 12,
    "ינואר": 1, "פברואר": 2, "מרץ": 3, "מרס": 3, "אפריל": 4, "מאי": 5, "יוני": 6, "יולי": 7,
    "אוגוסט": 8, "ספטמבר": 9, "אוקטובר": 10, "נובמבר": 11, "דצמבר": 12,
    # Ukrainian and Russian month names in the genitive, as dates write them ("10 березня")
    "січня": 1, "лютого": 2, "березня": 3, "квітня": 4, "травня": 5, "червня": 6,
    "липня": 7, "серпня": 8, "вересня": 9, "жовтня": 10, "листопада": 11, "грудня": 12,
    "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7,
    "августа": 8, "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
    # Serbian in Cyrillic, as named ("октобар") and as dates write them ("12. новембра"); and
    # in Latin letters where the prefixes above miss ("avgust")
    "јануар": 1, "јануара": 1, "фебруар": 2, "фебруара": 2, "март": 3, "април": 4,
    "априла": 4, "мај": 5, "маја": 5, "јун": 6, "јуна": 6, "јул": 7, "јула": 7, "август": 8,
    "септембар": 9, "септембра": 9, "октобар": 10, "октобра": 10, "новембар": 11,
    "новембра": 11, "децембар": 12, "децембра": 12, "avgust": 8, "avgusta": 8,
    # Finnish, in the partitive dates use ("18. maaliskuuta 2026")
    "tammikuuta": 1, "helmikuuta": 2, "maaliskuuta": 3, "huhtikuuta": 4, "toukokuuta": 5,
    "kesäkuuta": 6, "heinäkuuta": 7, "elokuuta": 8, "syyskuuta": 9, "lokakuuta": 10,
    "marraskuuta": 11, "joulukuuta": 12,
    # Hungarian spellings the prefixes above miss ("március 5.", "máj. 12.", "szept. 3.")
    "már": 3, "ápr": 4, "máj": 5, "jún": 6, "júl": 7, "sze": 9,
    # Icelandic ("15. september", "3. nóvember", "12. ágúst")
    "maí": 5, "ágú": 8, "nóv": 11, "des": 12,
    # Croatian, in the nominative and in the genitive dates use ("17. rujna"; "listopada" is
    # October here and November in Polish: see _month_in), Slovenian and Serbian ("12. maja",
    # "avgusta")
    "siječanj": 1, "siječnja": 1, "veljača": 2, "veljače": 2, "ožujak": 3, "ožujka": 3,
    "travanj": 4, "travnja": 4, "svibanj": 5, "svibnja": 5, "lipanj": 6, "lipnja": 6,
    "srpanj": 7, "srpnja": 7, "kolovoz": 8, "kolovoza": 8, "rujan": 9, "rujna": 9,
    "studeni": 11, "studenoga": 11, "studenog": 11, "prosinac": 12, "prosinca": 12,
    "avg": 8,
    # Georgian ("22 ოქტომბერს", "19 ოქტ.") and Nepali in Devanagari ("मार्च १७")
    "იან": 1, "თებ": 2, "მარ": 3, "აპრ": 4, "მაი": 5, "ივნ": 6, "ივლ": 7, "აგვ": 8,
    "სექ": 9, "ოქტ": 10, "ნოე": 11, "დეკ": 12,
    **{
        f"{name}{end}": number
        for number, name in enumerate(
            ("հունվար", "փետրվար", "մարտ", "ապրիլ", "մայիս", "հունիս", "հուլիս", "օգոստոս",
             "սեպտեմբեր", "հոկտեմբեր", "նոյեմբեր", "դեկտեմբեր"),
            start=1,
        )
        for end in ("", "ի")
    },
    # Kazakh ("14 желтоқсан", "15 қазанда")
    "қаңтар": 1, "ақпан": 2, "наурыз": 3, "сәуір": 4, "мамыр": 5, "маусым": 6, "шілде": 7,
    "тамыз": 8, "қыркүйек": 9, "қазан": 10, "қараша": 11, "желтоқсан": 12,
    "जनवरी": 1, "फेब्रुअरी": 2, "मार्च": 3, "अप्रिल": 4, "जुलाई": 7, "अगस्ट": 8,
    "सेप्टेम्बर": 9, "अक्टोबर": 10, "नोभेम्बर": 11, "डिसेम्बर": 12,
    # Thai, whole and abbreviated ("15 ต.ค. 2569", "10 พฤศจิกายน 2569")
    "มกราคม": 1, "กุมภาพันธ์": 2, "มีนาคม": 3, "เมษายน": 4, "พฤษภาคม": 5, "มิถุนายน": 6,
    "กรกฎาคม": 7, "สิงหาคม": 8, "กันยายน": 9, "ตุลาคม": 10, "พฤศจิกายน": 11, "ธันวาคม": 12,
    "ม.ค": 1, "ก.พ": 2, "มี.ค": 3, "เม.ย": 4, "พ.ค": 5, "มิ.ย": 6, "ก.ค": 7, "ส.ค": 8,
    "ก.ย": 9, "ต.ค": 10, "พ.ย": 11, "ธ.ค": 12,
    # Lao ("ວັນທີ ໑໖ ຕຸລາ ໒໐໒໖", the 16th of October 2026), Kinyarwanda ("13 Ukwakira")
    **{name: number for number, name in enumerate(_LAO_MONTHS, start=1)},
    **{name: number for number, name in enumerate(_KINYARWANDA_MONTHS, start=1)},
    **{name: number for number, name in enumerate(_MALAGASY_MONTHS, start=1)},
    **{name: number for number, name in enumerate(_TIGRINYA_MONTHS, start=1)},
    **{name: number for number, name in enumerate(_HAUSA_MONTHS, start=1)},
    **{name: number for number, name in enumerate(_SOMALI_MONTHS, start=1)},
    "ogosto": 8, "sebteembar": 9, "nofembar": 11, "disembar": 12,
    **_FIJIAN_MONTHS,
    **_SAMOAN_MONTHS,
    # Sinhala, month first ("ඔක්තෝබර් 16 වන දින", the 16th of October)
    "ජනවාරි": 1, "පෙබරවාරි": 2, "මාර්තු": 3, "අප්‍රේල්": 4, "මැයි": 5, "ජූනි": 6, "ජූලි": 7,
    "අගෝස්තු": 8, "සැප්තැම්බර්": 9, "ඔක්තෝබර්": 10, "නොවැම්බර්": 11, "දෙසැම්බර්": 12,
    # Azerbaijani ("14 oktyabr", "3 noyabr"; the rest as in Uzbek above, or with a shared
    # prefix)
    "avqust": 8, "sentyabr": 9, "oktyabr": 10,
    # Uzbek ("12-noyabr", "4-dekabr"; "mart", "aprel", "may", "avgust", "oktabr" share a prefix
    # above)
    "yanvar": 1, "fevral": 2, "iyun": 6, "iyul": 7, "sentabr": 9, "noyabr": 11, "dekabr": 12,
    # Lithuanian, in the genitive dates use, month first ("spalio 14 d.", "2026 m. lapkričio 3 d.")
    "sausio": 1, "vasario": 2, "kovo": 3, "balandžio": 4, "gegužės": 5, "birželio": 6,
    "liepos": 7, "rugpjūčio": 8, "rugsėjo": 9, "spalio": 10, "lapkričio": 11, "gruodžio": 12,
    # Burmese, with or without "လ" (month): "အောက်တိုဘာလ ၂၀ ရက်" (the 20th of October); Amharic
    # spellings of the Gregorian months ("ኦክቶበር 14")
    **{f"{name}{end}": number for number, name in enumerate(_BURMESE_MONTHS, start=1)
       for end in ("", "လ")},
    **{name: number for number, name in enumerate(_AMHARIC_MONTHS, start=1)},
    # Persian names of the Gregorian months ("۸ نوامبر ۲۰۲۶"; "مارس" is the Arabic one above)
    "ژانویه": 1, "فوریه": 2, "آوریل": 4, "مه": 5, "ژوئن": 6, "ژوئیه": 7, "اوت": 8,
    "سپتامبر": 9, "اکتبر": 10, "نوامبر": 11, "دسامبر": 12,
    # Bengali ("১২ অক্টোবর ২০২৬")
    "জানুয়ারি": 1, "ফেব্রুয়ারি": 2, "মার্চ": 3, "এপ্রিল": 4, "মে": 5, "জুন": 6, "জুলাই": 7,
    "আগস্ট": 8, "সেপ্টেম্বর": 9, "অক্টোবর": 10, "নভেম্বর": 11, "ডিসেম্বর": 12,
}  # fmt: skip
_WEEKDAYS = {
    "mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6,
    "montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4,
    "samstag": 5, "sonntag": 6,
    "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5,
    "dimanche": 6,
    "lunes": 0, "martes": 1, "miércoles": 2, "miercoles": 2, "jueves": 3, "viernes": 4,
    "sábado": 5, "sabado": 5, "domingo": 6,
    # Tagalog (Lunes and Martes as in Spanish; "Linggo" is also "week", left out)
    "miyerkules": 2, "huwebes": 3, "biyernes": 4,
    "luni": 0, "marți": 1, "marţi": 1, "marti": 1, "miercuri": 2, "joi": 3, "vineri": 4,
    "sâmbătă": 5, "sambata": 5, "sâmbata": 5, "duminică": 6, "duminica": 6,
    "maandag": 0, "dinsdag": 1, "woensdag": 2, "donderdag": 3, "vrijdag": 4, "zaterdag": 5,
    "zondag": 6,
    "lunedì": 0, "lunedi": 0, "martedì": 1, "martedi": 1, "mercoledì": 2, "mercoledi": 2,
    "giovedì": 3, "giovedi": 3, "venerdì": 4, "venerdi": 4,
    "segunda": 0, "terça": 1, "terca": 1, "quarta": 2, "quinta": 3, "sexta": 4,
    "poniedziałek": 0, "poniedzialek": 0, "wtorek": 1, "środa": 2, "środę": 2, "sroda": 2,
    "srode": 2, "środe": 2, "czwartek": 3, "piątek": 4, "piatek": 4, "sobota": 5, "sobotę": 5,
    "sobote": 5, "niedziela": 6, "niedzielę": 6, "niedziele": 6, "niedzieli": 6,
    "pazartesi": 0, "salı": 1, "sali": 1, "çarşamba": 2, "carsamba": 2, "perşembe": 3,
    "persembe": 3, "cuma": 4, "cumartesi": 5, "pazar": 6,
    # Czech and Slovak, in the forms "ve středu", "v pondělí", "v utorok" write them
    "pondělí": 0, "pondeli": 0, "pondelok": 0, "úterý": 1, "utery": 1, "utorok": 1,
    "středa": 2, "středu": 2, "streda": 2, "stredu": 2, "čtvrtek": 3, "ctvrtek": 3,
    "štvrtok": 3, "stvrtok": 3, "pátek": 4, "patek": 4, "piatok": 4, "sobotu": 5,
    "neděle": 6, "neděli": 6, "nedele": 6, "nedeli": 6, "nedeľa": 6, "nedeľu": 6,
    # Hebrew "יום ראשון" (day one, Sunday) ... "יום שישי" (Friday): the number after "יום"
    "ראשון": 6, "שני": 0, "שלישי": 1, "רביעי": 2, "חמישי": 3, "שישי": 4,
    # ... or the letter that numbers the day, with a geresh or an apostrophe: "יום א׳"
    "א׳": 6, "ב׳": 0, "ג׳": 1, "ד׳": 2, "ה׳": 3, "ו׳": 4,
    "א'": 6, "ב'": 0, "ג'": 1, "ד'": 2, "ה'": 3, "ו'": 4,
    # Arabic, with the article they are written with ("يوم الثلاثاء")
    "الأحد": 6, "الاحد": 6, "الاثنين": 0, "الإثنين": 0, "الثلاثاء": 1, "الأربعاء": 2,
    "الاربعاء": 2, "الخميس": 3, "الجمعة": 4, "السبت": 5,
    # Vietnamese "Thứ Hai" (day two, Monday) ... "Chủ Nhật" (Sunday), with or without marks
    "thứ hai": 0, "thu hai": 0, "thứ ba": 1, "thu ba": 1, "thứ tư": 2, "thu tu": 2,
    "thứ năm": 3, "thu nam": 3, "thứ sáu": 4, "thu sau": 4, "thứ bảy": 5, "thu bay": 5,
    "chủ nhật": 6, "chu nhat": 6,
    # Greek, and in Greeklish ("Triti stis 11")
    "δευτέρα": 0, "τρίτη": 1, "τετάρτη": 2, "πέμπτη": 3, "παρασκευή": 4, "σάββατο": 5,
    "κυριακή": 6, "deftera": 0, "triti": 1, "tetarti": 2, "pempti": 3, "paraskevi": 4,
    # Indonesian and Malay (not "Minggu", Sunday, which is also "week": "minggu depan")
    "senin": 0, "isnin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "khamis": 3, "jumat": 4,
    "jum'at": 4, "jum’at": 4, "sabtu": 5,
    # Swedish, Danish and Norwegian ("i tisdags": last Tuesday)
    "måndag": 0, "mandag": 0, "tisdag": 1, "tirsdag": 1, "onsdag": 2, "torsdag": 3,
    "fredag": 4, "lördag": 5, "lørdag": 5, "söndag": 6, "søndag": 6,
    "måndags": 0, "tisdags": 1, "onsdags": 2, "torsdags": 3, "fredags": 4, "lördags": 5,
    "söndags": 6,
    # Ukrainian and Russian, in the forms "у вівторок", "в середу", "у п’ятницю" write them
    "понеділок": 0, "вівторок": 1, "середа": 2, "середу": 2, "четвер": 3, "п'ятниця": 4,
    "п’ятниця": 4, "п'ятницю": 4, "п’ятницю": 4, "субота": 5, "суботу": 5, "неділя": 6,
    "неділю": 6, "понедельник": 0, "вторник": 1, "среда": 2, "среду": 2, "четверг": 3,
    "пятница": 4, "пятницу": 4, "суббота": 5, "субботу": 5, "воскресенье": 6,
    # Finnish, and its "on Thursday" form ("torstaina")
    "maanantai": 0, "tiistai": 1, "keskiviikko": 2, "torstai": 3, "perjantai": 4,
    "lauantai": 5, "sunnuntai": 6, "maanantaina": 0, "tiistaina": 1, "keskiviikkona": 2,
    "torstaina": 3, "perjantaina": 4, "lauantaina": 5, "sunnuntaina": 6,
    # Icelandic, and its "on Tuesday" form ("á þriðjudaginn")
    **{
        f"{stem}dag{end}": day
        for day, stem in enumerate(
            ("mánu", "þriðju", "miðviku", "fimmtu", "föstu", "laugar", "sunnu")
        )
        for end in ("", "ur", "inn", "inum")
    },
    # Croatian, Serbian and Slovenian, in the forms "u utorak", "u srijedu", "do petka", "v
    # torek", "v sredo" write them
    "ponedjeljak": 0, "ponedjeljka": 0, "ponedeljak": 0, "ponedeljka": 0, "ponedeljek": 0,
    "utorak": 1, "utorka": 1, "torek": 1, "torka": 1, "srijeda": 2, "srijedu": 2,
    "srijede": 2, "sreda": 2, "sredu": 2, "srede": 2, "sredo": 2, "četvrtak": 3,
    "četvrtka": 3, "četrtek": 3, "četrtka": 3, "petak": 4, "petka": 4, "petek": 4,
    "subota": 5, "subotu": 5, "subote": 5, "soboto": 5, "nedjelja": 6, "nedjelju": 6,
    "nedelja": 6, "nedelju": 6, "nedeljo": 6,
    # ... and Serbian in Cyrillic ("у четвртак", "до петка"; "среда", "субота" are above)
    "понедељак": 0, "понедељка": 0, "уторак": 1, "уторка": 1, "среде": 2, "четвртак": 3,
    "четвртка": 3, "петак": 4, "петка": 4, "суботе": 5, "недеља": 6, "недељу": 6, "недеље": 6,
    # Georgian, with the "on" ending "-ს" ("სამშაბათს", on Tuesday); Nepali in Devanagari
    **{
        f"{stem}{end}": day
        for day, stem in enumerate(
            ("ორშაბათ", "სამშაბათ", "ოთხშაბათ", "ხუთშაბათ", "პარასკევ", "შაბათ")
        )
        for end in ("", "ი", "ს")
    },
    # Kazakh ("сейсенбі күні", on Tuesday)
    "дүйсенбі": 0, "сейсенбі": 1, "сәрсенбі": 2, "бейсенбі": 3, "жұма": 4, "сенбі": 5,
    "жексенбі": 6,
    # Armenian ("երեքշաբթի", Tuesday; Saturday's "շաբաթ" is also "week")
    "երկուշաբթի": 0, "երեքշաբթի": 1, "չորեքշաբթի": 2, "հինգշաբթի": 3, "ուրբաթ": 4,
    "կիրակի": 6,
    "सोमबार": 0, "मंगलबार": 1, "बुधबार": 2, "बिहीबार": 3, "शुक्रबार": 4, "शनिबार": 5,
    "आइतबार": 6,
    # Latvian ("otrdien", "ceturtdiena") and Estonian ("kolmapäeval", "reedel")
    "pirmdien": 0, "pirmdiena": 0, "otrdien": 1, "otrdiena": 1, "trešdien": 2, "trešdiena": 2,
    "ceturtdien": 3, "ceturtdiena": 3, "piektdien": 4, "piektdiena": 4, "sestdien": 5,
    "sestdiena": 5, "svētdien": 6, "svētdiena": 6,
    "esmaspäev": 0, "esmaspäeval": 0, "teisipäev": 1, "teisipäeval": 1, "kolmapäev": 2,
    "kolmapäeval": 2, "neljapäev": 3, "neljapäeval": 3, "reede": 4, "reedel": 4,
    "laupäev": 5, "laupäeval": 5, "pühapäev": 6, "pühapäeval": 6,
    # Persian: "شنبه" (Saturday) opens the week; "یکشنبه" ... "پنجشنبه" count the days after it,
    # written whole, with a zero-width non-joiner or with a space ("سه‌شنبه", "سه شنبه")
    **{
        f"{stem}{sep}شنبه": day
        for day, stem in enumerate(("دو", "سه", "چهار", "پنج"))
        for sep in ("", "\u200c", " ")
    },
    "یکشنبه": 6, "یک\u200cشنبه": 6, "شنبه": 5, "جمعه": 4,
    # Hausa ("Ranar Laraba", on Wednesday; "Talata", Tuesday, is Malagasy's too)
    "litinin": 0, "laraba": 2, "alhamis": 3, "asabar": 5, "lahadi": 6,
    # Tigrinya ("ሰሉስ 20/10/2026", Tuesday; "ረቡዕ" is Amharic's too)
    "ሰኑይ": 0, "ሰሉስ": 1, "ሓሙስ": 3, "ዓርቢ": 4, "ቀዳም": 5, "ሰንበት": 6,
    # Amharic and Burmese
    "ሰኞ": 0, "ማክሰኞ": 1, "ረቡዕ": 2, "ሐሙስ": 3, "ሀሙስ": 3, "ዓርብ": 4, "አርብ": 4, "ቅዳሜ": 5,
    "እሑድ": 6, "እሁድ": 6, "တနင်္လာ": 0, "အင်္ဂါ": 1, "ဗုဒ္ဓဟူး": 2, "ကြာသပတေး": 3, "သောကြာ": 4,
    "စနေ": 5, "တနင်္ဂနွေ": 6,
    # Khmer, with "ថ្ងៃ" (day) before the name
    "ថ្ងៃចន្ទ": 0, "ថ្ងៃអង្គារ": 1, "ថ្ងៃពុធ": 2, "ថ្ងៃព្រហស្បតិ៍": 3, "ថ្ងៃព្រហស្បតិ": 3,
    "ថ្ងៃសុក្រ": 4, "ថ្ងៃសៅរ៍": 5, "ថ្ងៃសៅរ": 5, "ថ្ងៃអាទិត្យ": 6,
    # Lithuanian, in the cases mail writes them: "trečiadienis", "(trečiadienį)" (on
    # Wednesday), "pirmadienio pokalbis" (Monday's interview)
    **{
        f"{stem}adien{end}": day
        for day, stem in enumerate(
            ("pirm", "antr", "treči", "ketvirt", "penkt", "šešt", "sekm")
        )
        for end in ("is", "į", "io", "iui", "yje")
    },
    # Maltese, after the article ("nhar il-Ħamis", on Thursday; "it-Tlieta")
    "tnejn": 0, "tlieta": 1, "erbgħa": 2, "ħamis": 3, "ġimgħa": 4, "sibt": 5, "ħadd": 6,
    # Sinhala ("බදාදා", Wednesday)
    "සඳුදා": 0, "අඟහරුවාදා": 1, "බදාදා": 2, "බ්‍රහස්පතින්දා": 3, "සිකුරාදා": 4, "සෙනසුරාදා": 5,
    "ඉරිදා": 6,
    # Azerbaijani ("çərşənbə", "cümə axşamı" (Thursday), "cümə" (Friday); "bazar ertəsi" is
    # Monday)
    "çərşənbə": 2, "cümə": 4, "şənbə": 5,
    # Uzbek ("payshanba", "juma kuni" (on Friday))
    "dushanba": 0, "seshanba": 1, "chorshanba": 2, "payshanba": 3, "juma": 4, "shanba": 5,
    "yakshanba": 6,
    # Mongolian, named before "гараг" (day of the week): "Лхагва гараг" (Wednesday)
    "даваа": 0, "мягмар": 1, "лхагва": 2, "пүрэв": 3, "баасан": 4, "бямба": 5, "ням": 6,
    # Thai, with "วัน" (day): "วันอังคาร" (Tuesday), "วันพฤหัสบดีที่ 15" (Thursday the 15th)
    "วันจันทร์": 0, "วันอังคาร": 1, "วันพุธ": 2, "วันพฤหัสบดี": 3, "วันพฤหัส": 3, "วันศุกร์": 4,
    "วันเสาร์": 5, "วันอาทิตย์": 6,
    # Kinyarwanda: "ku wa kabiri" (on Tuesday, the second day), "ku cyumweru" (on Sunday)
    "ku wa mbere": 0, "ku wa kabiri": 1, "ku wa gatatu": 2, "ku wa kane": 3, "ku wa gatanu": 4,
    "ku wa gatandatu": 5, "ku cyumweru": 6,
    # Malagasy ("Alakamisy 22 Oktobra", Thursday the 22nd)
    "alatsinainy": 0, "talata": 1, "alarobia": 2, "alakamisy": 3, "zoma": 4, "sabotsy": 5,
    "alahady": 6,
    # Bemba ("Palicine", Thursday: the fourth day)
    "palicimo": 0, "palicibili": 1, "palicitatu": 2, "palicine": 3, "palicisano": 4,
    "pa cibelushi": 5, "pa mulungu": 6,
    # Samoan ("Aso Tofi", Thursday: "aso" is day)
    "aso gafua": 0, "aso lua": 1, "aso lulu": 2, "aso tofi": 3, "aso faraile": 4,
    "aso to'ona'i": 5, "aso sa": 6,
    # Tok Pisin ("Mande 19 Oktoba", Monday the 19th of October)
    "mande": 0, "tunde": 1, "trinde": 2, "fonde": 3, "fraide": 4, "sarere": 5, "sande": 6,
    # Luganda ("ku Lwakuna", on Thursday)
    "balaza": 0, "lwakubiri": 1, "lwakusatu": 2, "lwakuna": 3, "lwakutaano": 4,
    "lwamukaaga": 5, "ssande": 6,
    # Fijian ("ena siga Lotulevu", on Thursday)
    "moniti": 0, "tusiti": 1, "vukelulu": 2, "lotulevu": 3, "vakaraubuka": 4, "vakarauwai": 5,
    "sigatabu": 6,
    # Wolof ("ëllëg Talaata", tomorrow Tuesday)
    "altine": 0, "talaata": 1, "\u00e0llarba": 2, "allarba": 2, "alxames": 3, "\u00e0jjuma": 4,
    "ajjuma": 4, "gaawu": 5, "dib\u00e9er": 6, "dibeer": 6,
    # Somali, bare and with the article ("Khamiista", the Thursday)
    "isniin": 0, "isniinta": 0, "talaado": 1, "talaadada": 1, "arbaco": 2, "arbacada": 2,
    "khamiis": 3, "khamiista": 3, "jimco": 4, "jimcaha": 4, "sabti": 5, "sabtida": 5,
    "axad": 6, "axadda": 6,
    # Lao, with "ວັນ" (day): "ວັນພຸດ" (Wednesday), "ວັນພະຫັດ" (Thursday)
    "ວັນຈັນ": 0, "ວັນອັງຄານ": 1, "ວັນພຸດ": 2, "ວັນພະຫັດ": 3, "ວັນສຸກ": 4, "ວັນເສົາ": 5,
    "ວັນອາທິດ": 6,
    # Hungarian, with the "on" form ("kedden") and the adjective ("a keddi nap")
    "hétfő": 0, "hétfőn": 0, "hétfői": 0, "kedd": 1, "kedden": 1, "keddi": 1, "szerda": 2,
    "szerdán": 2, "szerdai": 2, "csütörtök": 3, "csütörtökön": 3, "csütörtöki": 3,
    "péntek": 4, "pénteken": 4, "pénteki": 4, "szombat": 5, "szombaton": 5, "szombati": 5,
    "vasárnap": 6, "vasárnapi": 6,
}  # fmt: skip
# "tomorrow" and "today" in the languages the weekday table knows
_TOMORROW = frozenset(
    {"tomorrow", "tmrw", "tmr", "tmw", "tomorow", "tommorow", "tommorrow", "2morrow", "morgen",
     "demain", "mañana", "manana", "amanhã", "domani", "jutro", "yarın", "yarin", "zítra",
     "zitra", "zajtra", "ngày mai", "ngay mai", "mai", "morra", "morn", "αύριο", "avrio",
     "besok", "esok", "bukas", "mâine", "holnap", "holnapi",
     "rīt", "homme", "rytoj", "маргааш", "ertaga", "għada", "sabah", "හෙට", "فردا", "ស្អែក", "سبا",
     "မနက်ဖြန်", "ነገ", "ጽባሕ", "ejo", "rahampitso", "berri", "gobe", "echi", "\u00ebll\u00ebg",
     "nimataka", "enkya", "tumora", "taeao",
     "mailo", "mawa", "mundzuku",
     "kal", "imorgon", "i morgon", "imorgen", "i morgen", "завтра", "утре", "huomenna", "kesho",
     "á morgun", "sutra", "сутра", "jutri", "ხვალ", "भोलि", "վաղը", "ертең",
     "بكرة", "بكره", "غدا", "غداً", "غدًا"}
)  # fmt: skip

_DAY_AFTER = frozenset(
    {"day after tomorrow", "pasado mañana", "pasado manana", "après-demain", "übermorgen",
     "depois de amanhã", "depois de amanha", "dopodomani", "overmorgen", "pojutrze",
     "بعد بكرة", "بعد بكره", "بعد غد", "holnapután", "parīt", "prekosutra", "прекосутра",
     "poryt", "нөгөөдөр", "indinga", "pitgħada", "پس‌فردا", "پس فردا", "پسفردا", "ខានស្អែក",
     "သဘက်ခါ", "ከነገ ወዲያ", "afak'ampitso", "afak’ampitso", "saadambe"}
)  # fmt: skip

# Zone words -> IANA. Longest alternatives first so "Central European" beats "Central".
_ZONES: list[tuple[str, str]] = [
    # regional names people write instead of an abbreviation ("hora peninsular" is mainland
    # Spain, "heure de l'Est" is Eastern Canada); listed first so they beat "est" / "central"
    (r"hora peninsular|hora (?:de |en )?(?:espa[ñn]a|madrid)|madrid|barcelona", "Europe/Madrid"),
    (r"heure (?:normale |avanc[ée]e )?de l['’]est|\bhne\b|\bhae\b|montr[ée]al|qu[ée]bec|ottawa",
     "America/Toronto"),
    (r"hora del este|horario del este", "America/New_York"),
    (r"heure (?:normale |avanc[ée]e )?du pacifique|hora del pac[ií]fico|(?-i:\bH[NA]P\b)",
     "America/Los_Angeles"),
    # Canadian French for Mountain and Central time: "heure des Rocheuses" (HNR/HAR), "heure du
    # Centre" (HNC/HAC)
    (r"heure (?:normale |avanc[ée]e )?des rocheuses|(?-i:\bH[NA]R\b)", "America/Edmonton"),
    (r"heure (?:normale |avanc[ée]e )?du centre|(?-i:\bH[NA]C\b)", "America/Winnipeg"),
    # French for Central European time: "(Heure d'Europe centrale)", "heure normale d'Europe
    # centrale" (Calendly's French; else "centrale" would read as US Central)
    (r"central european|heure (?:normale |avanc[ée]e |d['’][ée]t[ée] )?d['’]europe centrale|"
     # (whole words: "comparison" holds no Paris)
    r"\bcet\b|\bcest\b|\bmez\b|\bmesz\b|\b(?:berlin|paris|amsterdam|"
     r"stockholm|zurich|vienna)\b|german time|"
     # Norwegian, Swedish and Danish "norsk tid", "svensk tid", "dansk tid", "norsk tidssone"
     r"\b(?:norsk|svensk|dansk) tid\b|\b(?:norsk|svensk|dansk) tidssone\b", "Europe/Berlin"),
    # (before Helsinki's: Israel keeps its own clock-change dates)
    # (Hebrew "שעון ישראל", Israel time)
    (r"\bisrael(?:i)?\b|(?-i:\bIDT\b)|tel aviv|jerusalem|herzliya|haifa|שעון ישראל",
     "Asia/Jerusalem"),
    (r"eastern european|\beet\b|\beest\b|athens|helsinki", "Europe/Helsinki"),
    # (and the UK's health service: "Croft Moor NHS Foundation Trust", "NHS Jobs", ".nhs.uk")
    (r"\bbst\b|\buk time\b|british|london|\bnhs (?:foundation )?trust\b|\bnhs jobs\b|\.nhs\.uk\b",
     "Europe/London"),
    (r"bangladesh(?: standard)? time|\bdhaka\b|chatt?ogram|chittagong", "Asia/Dhaka"),
    # a UK postcode in a signature: "Spinningfields, Manchester M3 3EB", "London EC2V 7HN"
    (r"(?-i:\b[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}\b)", "Europe/London"),
    # Ireland keeps the UK's clock ("9:00am Irish time", "IST" there is Irish Standard Time,
    # which the capitals above read as India's only where nothing Irish is said)
    (r"dublin|\birish (?:standard )?time\b|\bireland\b", "Europe/Dublin"),
    # Ghana keeps UTC all year: "10:00am Ghana time"
    (r"\bghana(?: time)?\b|\baccra\b|\bkumasi\b", "Africa/Accra"),
    # "2pm GMT" is UTC: in summer too (Accra and Dakar keep it all year; the UK is then on BST)
    (r"\bgmt\b(?![+-]\d)", "UTC"),
    # ("IST" only in capitals: "ist" is German for "is")
    # (whole words: "spuneți" and "opportune" hold no Pune)
    (r"(?-i:\bIST\b)|\b(?:india|kolkata|bangalore|bengaluru|mumbai|delhi|hyderabad|chennai|"
     r"pune)\b",
     "Asia/Kolkata"),
    # "MST (Arizona)": the state keeps standard time all year, so the region decides
    # (an Arizona address in a signature, "Chandler, AZ 85286", names it too)
    (r"arizona|phoenix|\bmst\W{1,3}(?=arizona|phoenix)|(?-i:\bAZ\b)|tucson|scottsdale|tempe\b",
     "America/Phoenix"),
    # Saskatchewan, the same: "half past ten, Sask time", "here in Saskatoon"
    (r"\bsask(?:atchewan)?\b|saskatoon|\bregina\b(?= time)|canada central", "America/Regina"),
    (r"pacific|\bpt\b|\bpst\b|\bpdt\b|los angeles|san francisco|seattle|portland|vancouver",
     "America/Los_Angeles"),
    # (not "Mountain View CA 94043", the address in Google's footers)
    # (nor a mountain's name, written "Mt": "the Mt Torrens site", "Mt Hood")
    (r"mountain(?! view)|(?-i:\bMT\b)|(?-i:\bmt\b)|\bmst\b|\bmdt\b|denver", "America/Denver"),
    # Alberta keeps Mountain time under its own zone: "1:00 to 1:45 pm in Calgary"
    (r"\bcalgary\b|\balberta\b", "America/Edmonton"),
    # (not Spanish "oficinas centrales", "la oficina central": a head office)
    # (nor a building or a place: "Location: Central Office, Board Room B", "Central Station")
    # (nor an address: "Adom House, Ring Road Central, Accra")
    (r"(?<!oficina )(?<!road )(?<!street )\bcentral(?!es\b)"
     r"(?! (?:office|station|park|library|avenue|square|campus|building|hall|hospital|school|"
     r"district|business|coast|valley|america|asia|bank|"
     r"africa\w*|europe\w*)\b)|"
     r"\bct\b|\bcst\b|\bcdt\b|chicago|austin|dallas|houston|milwaukee|minneapolis|nashville|"
     r"st\.? louis|kansas city",
     "America/Chicago"),
    # ("ET" and "EST" only in capitals: "et" and "c'est" are French words)
    (r"eastern|(?-i:\bET\b)|(?-i:\bEST\b)|\bedt\b|new york|boston|toronto|atlanta|miami|"
     r"philadelphia|pittsburgh|charlotte|baltimore",
     "America/New_York"),
    # "Noon AEST (Brisbane)": Queensland keeps standard time all year, so the city decides
    (r"\baest\W{1,3}(?=brisbane|queensland|qld)", "Australia/Brisbane"),
    # Indonesia's central and eastern clocks (WIB is Jakarta's, below)
    (r"(?-i:\bWITA\b)|makassar|\bbali\b|denpasar", "Asia/Makassar"),
    (r"(?-i:\bWIT\b)|jayapura", "Asia/Jayapura"),
    (r"\baest\b|\baedt\b|sydney|melbourne", "Australia/Sydney"),
    (r"\bnzst\b|\bnzdt\b|auckland|new zealand", "Pacific/Auckland"),
    (r"\bjst\b|tokyo|japan|日本時間|日本时间", "Asia/Tokyo"),
    (r"北京时间|北京時間|中国标准时间|beijing|shanghai", "Asia/Shanghai"),
    (r"\bbrt\b|são paulo|sao paulo|brasília|brasilia", "America/Sao_Paulo"),
    (r"\bsgt\b|singapore", "Asia/Singapore"),
    # Canada's Maritimes: "1:00 PM Atlantic Time", "heure de l'Atlantique", "10 h HAA" (not
    # "AST", which the Gulf writes for Arabia Standard Time)
    # (and an ATS's bare "3:15 PM – 4:00 PM (Atlantic)")
    (r"\batlantic (?:standard |daylight )?time\b|\(atlantic\)|"
     r"heure (?:normale |avanc[ée]e )?de l['’]atlantique|"
     r"(?-i:\b(?:HNA|HAA)\b)|halifax|moncton|nova scotia|nouvelle-[ée]cosse|"
     r"new brunswick|nouveau-brunswick", "America/Halifax"),
    (r"giờ việt nam|vietnam(?:ese)? time|hanoi|ho chi minh|saigon", "Asia/Ho_Chi_Minh"),
    # Africa, the Gulf, Asia and Latin America by abbreviation or city
    (r"(?-i:\bWAT\b)|lagos|abuja|west africa", "Africa/Lagos"),
    (r"(?-i:\bEAT\b)|nairobi|kampala|east africa", "Africa/Nairobi"),
    # (Central Africa Time, "CAT", is the same clock: Harare, Lusaka, Maputo)
    (r"(?-i:\bSAST\b)|(?-i:\bCAT\b)|johannesburg|cape town|south africa|central africa",
     "Africa/Johannesburg"),
    (r"(?-i:\bGST\b)|dubai|abu dhabi|\buae\b", "Asia/Dubai"),
    (r"(?-i:\bPKT\b)|karachi|lahore", "Asia/Karachi"),
    (r"(?-i:\bHKT\b)|hong kong", "Asia/Hong_Kong"),
    (r"(?-i:\bKST\b)|seoul|korea|한국 ?시간", "Asia/Seoul"),
    (r"(?-i:\bWIB\b)|jakarta", "Asia/Jakarta"),
    (r"(?-i:\bICT\b)|bangkok|ho chi minh|hanoi", "Asia/Bangkok"),
    (r"(?-i:\bPHT\b)|manila", "Asia/Manila"),
    (r"(?-i:\bAWST\b)|perth", "Australia/Perth"),
    (r"(?-i:\bACST\b)|(?-i:\bACDT\b)|adelaide", "Australia/Adelaide"),
    # ("CABA": the Autonomous City of Buenos Aires, as addresses there end)
    (r"(?-i:\bART\b)|buenos aires|(?-i:\bCABA\b)|capital federal",
     "America/Argentina/Buenos_Aires"),
    # the Canaries keep an hour behind Madrid: "a las 10:00, hora canaria"
    (r"hora canaria|hora de canarias|islas canarias|canary islands?|\btenerife\b|las palmas",
     "Atlantic/Canary"),
    (r"(?-i:\bCOT\b)|bogot[áa]|colombia|per[úu]\b|\blima\b|ecuador|quito|panam[áa]",
     "America/Bogota"),
    (r"\bchile\b|santiago de chile|hora de santiago", "America/Santiago"),
    (r"cdmx|ciudad de m[ée]xico|mexico city|hora del centro", "America/Mexico_City"),
    # (Monterrey only as a clock: "our Monterrey plant" may be beside a Central time)
    (r"hora de monterrey|monterrey time", "America/Monterrey"),
    # abbreviations worth knowing that are not common words (case-sensitive)
    (r"(?-i:\bWEST?\b)|lisboa", "Europe/Lisbon"),
    # Russian: "по московскому времени", "по Москве", "МСК" (the city in a signature's address
    # is a place, not a zone: zones are read only in a short window after a time)
    (r"(?-i:\bMSK\b)|moscow|moskva|\bмосковск\w*|\bмоскв\w*|(?-i:\bМСК\b)", "Europe/Moscow"),
    # Kazakhstan, on UTC+5 throughout since March 2024: "по времени Астаны", "по Алматы",
    # Kazakh "Астана уақытымен"; Uzbekistan: "по ташкентскому времени"
    (r"\bастан\w*|\bалмат\w*|\bалма-ат\w*|\bнур-султан\w*|\bastana\b|\bатырау\w*|\bактау\w*|\bшымкент\w*",
     "Asia/Almaty"),
    (r"\bташкент\w*|\btoshkent\b", "Asia/Tashkent"),
    (r"(?-i:\bTRT\b)|(?-i:\bTS\u0130\b)|t\u00fcrkiye saati|istanbul", "Europe/Istanbul"),
    (r"(?-i:\bNPT\b)", "Asia/Kathmandu"),
    # "به وقت تهران" (Tehran time), "وقت ایران" (Iran time)
    (r"تهران|وقت ایران|(?-i:\bIRST\b)|\biran(?:ian)? (?:standard )?time\b", "Asia/Tehran"),
    (r"(?-i:\bHST\b)|hawaii", "Pacific/Honolulu"),
    (r"(?-i:\bAKST\b)|(?-i:\bAKDT\b)|alaska", "America/Anchorage"),
    (r"(?-i:\bNST\b)|(?-i:\bNDT\b)|newfoundland|st\.? john['\u2019]?s\b", "America/St_Johns"),
    (r"\b(?:munich|m\u00fcnchen|frankfurt|hamburg|cologne|k\u00f6ln|milan|milano|roma)\b",
     "Europe/Berlin"),
    # capitals as French, German, Spanish, Portuguese and Italian write them
    (r"bruxelles|br\u00fcssel|bruselas|bruxelas|bruxelles", "Europe/Brussels"),
    (r"\bwien\b|\bvienne\b|\bviena\b", "Europe/Vienna"),
    # "godz. 9:30 czasu polskiego" (Polish time)
    (r"varsovie|warschau|varsavia|warszaw\w*|czasu polskiego|polskiego czasu|polish time",
     "Europe/Warsaw"),
    # "за київським часом" (Kyiv time), "Київ", "Kyiv"
    (r"\bkyiv\b|\bkiev\b|\bкиївськ\w*|\bкиїв\w*|\bкиев\w*", "Europe/Kyiv"),
    (r"gen[èe]ve|\bgeneva\b|\bgenf\b|ginevra|z\u00fcrich|zurigo", "Europe/Zurich"),
    (r"\blondres\b|\blondra\b", "Europe/London"),
    (r"nueva york|nova iorque|new york", "America/New_York"),
    (r"montr[ée]al|qu[ée]bec", "America/Toronto"),
    # ("Z" only right after the time, as in "1400Z": Polish "z" is "with")
    (r"\butc\b(?![+-]\d)|(?-i:\A\s?Z\b)", "UTC"),
    # a city's initials with "time": "9pm Tuesday NY time", "SF time", "HK time"
    (r"(?-i:\b(?:NYC?|DC)\b)(?=\s+time\b)", "America/New_York"),
    (r"(?-i:\b(?:SF|LA)\b)(?=\s+time\b)", "America/Los_Angeles"),
    (r"(?-i:\bHK\b)(?=\s+time\b)", "Asia/Hong_Kong"),
    (r"(?-i:\bSG\b)(?=\s+time\b)", "Asia/Singapore"),
    # Australian states by their initials: "11.30am WA time", "QLD time", "SA time"
    (r"(?-i:\bWA\b)(?=\s+time\b)", "Australia/Perth"),
    (r"(?-i:\bQLD\b)(?=\s+time\b)|queensland time", "Australia/Brisbane"),
    (r"(?-i:\bSA\b)(?=\s+time\b|\))", "Australia/Adelaide"),
    # ... and in an address, before the four-digit postcode: "Parramatta NSW 2150" (a US
    # state's ZIP code has five: "Seattle, WA 98101")
    (r"(?-i:\b(?:NSW|VIC|ACT|TAS)\b)(?=\s+\d{4}\b)", "Australia/Sydney"),
    (r"(?-i:\bQLD\b)(?=\s+\d{4}\b)", "Australia/Brisbane"),
    (r"(?-i:\bWA\b)(?=\s+\d{4}\b)", "Australia/Perth"),
    (r"(?-i:\bSA\b)(?=\s+\d{4}\b)", "Australia/Adelaide"),
    (r"(?-i:\bNT\b)(?=\s+\d{4}\b)", "Australia/Darwin"),
    # a US state before its five-digit ZIP code: "Alpharetta, GA 30009" (only states on one
    # clock, or nearly: Tennessee, Kentucky, Idaho, the Dakotas, Kansas and Nebraska are split)
    (r"(?-i:\b(?:CT|DC|DE|FL|GA|IN|MA|MD|ME|MI|NC|NH|NJ|NY|OH|PA|RI|SC|VA|VT|WV)\b)"
     r"(?=\s+\d{5}(?:-\d{4})?\b)", "America/New_York"),
    (r"(?-i:\b(?:AL|AR|IA|IL|LA|MN|MO|MS|OK|TX|WI)\b)(?=\s+\d{5}(?:-\d{4})?\b)",
     "America/Chicago"),
    (r"(?-i:\b(?:CO|MT|NM|UT|WY)\b)(?=\s+\d{5}(?:-\d{4})?\b)", "America/Denver"),
    # (not Google's own footer, "1600 Amphitheatre Pkwy Mountain View CA 94043")
    (r"(?<!View )(?<!View, )(?-i:\b(?:CA|NV|OR|WA)\b)(?=\s+\d{5}(?:-\d{4})?\b)",
     "America/Los_Angeles"),
]  # fmt: skip
_ZONE_SEARCH = PatternSet([p for p, _ in _ZONES])
_ZONE_RES = list(zip(_ZONE_SEARCH.patterns, (z for _, z in _ZONES), strict=True))


def _iana_cities() -> dict[str, str]:
    """City -> zone from the tz database itself ("Lisbon" -> Europe/Lisbon), so a time written
    as "16h Lisbon time" or "10:30 (Kathmandu)" needs no hand-kept list. Left out: zones under a
    sub-region (America/Indiana/...), Antarctic stations, and names that are also people,
    words or other places ("Casey", "Regina", "Midway", "Reunion", "Jersey", "Santiago")."""
    skip = {
        "casey", "davis", "palmer", "mawson", "troll", "regina", "midway", "wake", "reunion",
        "jersey", "guernsey", "christmas", "easter", "norfolk", "santiago", "cordoba", "center",
        "salem", "petersburg", "knox", "chatham", "universal", "zulu", "eire", "marengo",
        "macquarie", "currie", "lindeman", "victoria", "monterrey", "merida", "bahia", "aden",
        "mahe", "cocos", "truk", "yap", "ponape", "enderbury", "samoa", "vatican",
        # compass points and words ("5 West conference room", "an oral exam", "Virgin")
        "north", "south", "west", "east", "oral", "virgin", "canary",
    }  # fmt: skip
    out: dict[str, str] = {}
    for name in sorted(available_timezones()):
        parts = name.split("/")
        if len(parts) != 2 or parts[0] not in _CITY_REGIONS:
            continue
        city = parts[1].replace("_", " ").lower()
        if city not in skip and len(city) > 3:
            out.setdefault(city, name)
    return out


_CITY_REGIONS = {
    "Africa", "America", "Asia", "Atlantic", "Australia", "Europe", "Indian", "Pacific",
}  # fmt: skip
_CITY_ZONES = _iana_cities()


_CITY_ZONES_BARE = {without_accents(k): v for k, v in _CITY_ZONES.items()}
_CITY_RE = re.compile(
    r"\b(" + "|".join(re.escape(c) for c in sorted(_CITY_ZONES, key=len, reverse=True)) + r")\b",
    re.I,
)
_OFFSET = re.compile(r"\b(?:UTC|GMT)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?", re.I)

_MONTH_ALT = (
    # (Irish first: "Meitheamh" is June, not the Dutch "mei" it opens with)
    r"(?:ean[áa]ir|feabhra|m[áa]rta|aibre[áa]n|bealtaine|meitheamh|i[úu]il|l[úu]nasa|"
    r"me[áa]n f[óo]mhair|deireadh f[óo]mhair|samhain|nollaig|"
    r"ianuarie|februarie|martie|aprilie|iunie|iulie|septembrie|octombrie|noiembrie|decembrie|"
    r"jan(?:uary)?|feb(?:ruary)?|febr?|mar(?:ch)?|märz|maerz|mär|apr(?:il)?|may|mai|"
    r"june?|juni|july?|juli|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|okt(?:ober)?|"
    r"nov(?:ember)?|dec(?:ember)?|dez(?:ember)?|"
    # French, Spanish, Portuguese, Dutch month names (whole words only)
    r"janvier|février|fevrier|mars|avril|juin|juillet|août|aout|septembre|octobre|novembre|"
    r"décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|"
    r"noviembre|diciembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|"
    r"dezembro|januari|februari|maart|mei|augustus|"
    r"ocak|şubat|nisan|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık|"
    r"stycznia|lutego|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|"
    r"ledna|[úu]nora|b[řr]ezna|dubna|kv[ěe]tna|[čc]ervence|[čc]ervna|srpna|z[áa][řr][íi]|"
    r"[řr][íi]jna|listopadu|prosince|janu[áa]ra|febru[áa]ra|m[áa]ja|j[úu]na|j[úu]la|"
    r"septembra|okt[óo]bra|novembra|decembra|"
    # Serbian: "20. oktobar", "avgusta"; in Cyrillic "12. новембра", "уторак, 20. октобар"
    r"septembar|oktobar|novembar|decembar|avgusta?|"
    r"јануара?|фебруара?|марта?|априла?|маја?|јуна?|јула?|августа?|"
    r"септемб(?:ар|ра)|октоб(?:ар|ра)|новемб(?:ар|ра)|децемб(?:ар|ра)|"
    r"grudnia|maj|"
    # Malay and Indonesian: "26 Mac 2026", "Julai", "Ogos", "Disember", "Agustus", "Desember"
    r"mac|julai|ogos|disember|agustus|desember|"
    # Hebrew, with the "in" prefix dates use: "24 במרץ"
    r"ב?(?:ינואר|פברואר|מרץ|מרס|אפריל|מאי|יוני|יולי|אוגוסט|ספטמבר|אוקטובר|נובמבר|דצמבר)|"
    # Greek: "12 Μαρτίου"
    r"Ιανουαρίου|Φεβρουαρίου|Μαρτίου|Απριλίου|Μαΐου|Μαίου|Ιουνίου|Ιουλίου|Αυγούστου|Σεπτεμβρίου|Οκτωβρίου|Νοεμβρίου|Δεκεμβρίου|"
    # Arabic: "١٤ أبريل ٢٠٢٦", "8 آذار"
    r"يناير|فبراير|مارس|أبريل|ابريل|إبريل|مايو|يونيو|يوليو|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|"
    r"نوفمبر|ديسمبر|كانون الثاني|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين الأول|"
    r"تشرين الثاني|كانون الأول|"
    # Ukrainian and Russian: "вівторок, 10 березня о 15:00"
    r"січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня|"
    r"января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|"
    # Finnish: "18. maaliskuuta 2026"
    r"tammikuuta|helmikuuta|maaliskuuta|huhtikuuta|toukokuuta|kes\u00e4kuuta|hein\u00e4kuuta|"
    r"elokuuta|syyskuuta|lokakuuta|marraskuuta|joulukuuta|"
    # Croatian, Slovenian and Serbian: "17. rujna", "5. listopada", "12. maja", "6. avgusta"
    r"sije[čc]nja|sije[čc]anj|velja[čc][ea]|o[žz]uj(?:ka|ak)|trav(?:nja|anj)|svib(?:nja|anj)|"
    r"lip(?:nja|anj)|srp(?:nja|anj)|kolovoza?|ruj(?:na|an)|listopada?|studen(?:oga?|i)|"
    r"prosin(?:ca|ac)|januar(?:ja|a)?|februar(?:ja|a)?|marca|marec|marta?|aprila?|"
    r"junija?|juna|julija?|jula|avgusta?|septemb(?:ra|ar)|oktob(?:ra|ar)|novemb(?:ra|ar)|"
    r"decemb(?:ra|ar)|"
    # Kazakh: "14 желтоқсан", "15 қазан"
    r"қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан|"
    # Armenian, month first in the genitive: "հոկտեմբերի 13-ին" (on 13 October)
    r"(?:հունվար|փետրվար|մարտ|ապրիլ|մայիս|հունիս|հուլիս|օգոստոս|սեպտեմբեր|հոկտեմբեր|"
    r"նոյեմբեր|դեկտեմբեր)ի?|"
    # Georgian "22 ოქტომბერს", "19 ოქტ."; Nepali "मार्च १७"
    r"(?:იანვარ|თებერვალ|მარტ|აპრილ|მაის|ივნის|ივლის|სექტემბერ|ოქტომბერ|ნოემბერ|"
    r"დეკემბერ)[ის]?|აგვისტო|ოქტ|ნოე|დეკ|სექ|"
    r"जनवरी|फेब्रुअरी|मार्च|अप्रिल|जुलाई|अगस्ट|सेप्टेम्बर|अक्टोबर|नोभेम्बर|डिसेम्बर|"
    # Icelandic: "15. september", "24. september", "3. nóvember"
    r"jan\u00faar|febr\u00faar|apr\u00edl|ma\u00ed|j\u00fan\u00ed|j\u00fal\u00ed|\u00e1g\u00fast|"
    r"okt\u00f3ber|n\u00f3vember|desember|"
    # Hungarian, month first: "november 10-én", "2026. nov. 18., szerda", "március 5."
    r"január|február|március|márc|április|ápr|május|máj|"
    r"június|jún|július|júl|szeptember|szept|október|"
    # Thai: "15 ต.ค. 2569" (the Buddhist Era year), "10 พฤศจิกายน 2569"
    r"มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|"
    r"พฤศจิกายน|ธันวาคม|ม\.ค|ก\.พ|มี\.ค|เม\.ย|พ\.ค|มิ\.ย|ก\.ค|ส\.ค|ก\.ย|ต\.ค|พ\.ย|ธ\.ค|"
    # Lao: "໑໖ ຕຸລາ ໒໐໒໖"; Kinyarwanda: "13 Ukwakira 2026"
    rf"{'|'.join(_LAO_MONTHS)}|{'|'.join(_KINYARWANDA_MONTHS)}|"
    # Malagasy: "22 Oktobra 2026"; Somali: "2 Nofeembar 2026"
    rf"{'|'.join(_MALAGASY_MONTHS)}|{'|'.join(_SOMALI_MONTHS)}|ogosto|sebteembar|nofembar|"
    # Fijian: "11 Okotova"
    rf"{'|'.join(_FIJIAN_MONTHS)}|"
    # Samoan: "15 Oketopa"
    rf"{'|'.join(_SAMOAN_MONTHS)}|"
    # Tigrinya: "21 ጥቅምቲ 2026"
    rf"{'|'.join(_TIGRINYA_MONTHS)}|"
    # Hausa: "21 ga Oktoba, 2026"
    rf"{'|'.join(_HAUSA_MONTHS)}|"
    # Yoruba: "22 Ọ̀wàrà 2026", "5 Owara"
    rf"{'|'.join(toneless(name) for name in _YORUBA_MONTHS)}|"
    r"disembar|"
    # Uzbek: "13-noyabr, juma" (Friday 13 November)
    r"yanvar|fevral|iyun|iyul|avgust|sentabr|oktabr|noyabr|dekabr|"
    # Sinhala: "ඔක්තෝබර් 16 වන දින"
    r"ජනවාරි|පෙබරවාරි|මාර්තු|අප්‍රේල්|මැයි|ජූනි|ජූලි|අගෝස්තු|සැප්තැම්බර්|ඔක්තෝබර්|නොවැම්බර්|"
    r"දෙසැම්බර්|"
    # Azerbaijani: "14 oktyabr, çərşənbə"
    r"avqust|sentyabr|oktyabr|"
    # Lithuanian, month first in the genitive: "spalio 14 d." (14 October)
    r"sausio|vasario|kovo|baland\u017eio|gegu\u017e\u0117s|bir\u017eelio|liepos|"
    r"rugpj\u016b\u010dio|rugs\u0117jo|spalio|lapkri\u010dio|gruod\u017eio|"
    # Burmese, month first: "အောက်တိုဘာလ ၂၀ ရက်"; Amharic: "ኦክቶበር 14"
    rf"(?:{'|'.join(_BURMESE_MONTHS)})လ?|{'|'.join(_AMHARIC_MONTHS)}|"
    # Persian names of the Gregorian months: "۸ نوامبر ۲۰۲۶"
    r"ژانویه|فوریه|آوریل|ژوئن|ژوئیه|اوت|سپتامبر|اکتبر|نوامبر|دسامبر|مه(?![\u0600-\u06ff])|"
    # Bengali: "১২ অক্টোবর ২০২৬" (its digits read as ASCII ones first)
    r"জানুয়ারি|ফেব্রুয়ারি|মার্চ|এপ্রিল|জুন|জুলাই|আগস্ট|সেপ্টেম্বর|অক্টোবর|নভেম্বর|ডিসেম্বর"
    r")\.?"
)
_WD_ALT = (
    r"(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:s|nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|"
    r"sat(?:urday)?|sun(?:day)?|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|"
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
    r"lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo|"
    # Tagalog; Romanian ("joi, 2 aprilie", "pe vineri")
    r"miyerkules|huwebes|biyernes|"
    r"luni|mar[țţt]i|miercuri|joi|vineri|s[âa]mb[ăa]t[ăa]|duminic[ăa]|"
    r"maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|"
    r"luned[ìi]|marted[ìi]|mercoled[ìi]|gioved[ìi]|venerd[ìi]|"
    r"segunda|ter[çc]a|quarta|quinta|sexta|"
    # Polish, as "w czwartek", "we wtorek", "w środę" write them
    r"poniedzia[łl]ek|wtorek|[śs]rod[aęe]|czwartek|pi[ąa]tek|sobot[aęe]|niedziel[aęi]|"
    # Turkish: "Perşembe", "Cuma günü"
    r"pazartesi|sal[ıi]|[çc]ar[şs]amba|per[şs]embe|cumartesi|cuma|pazar|"
    # Czech and Slovak: "ve středu", "v pondělí", "v utorok"
    r"pond[ěe]l[íi]|pondelok|[úu]ter[ýy]|utorok|st[řr]ed[au]|[čc]tvrtek|[šs]tvrtok|p[áa]tek|"
    r"piatok|ned[ěe]l[ei]|nede[ľl][au]|"
    # Hebrew: "יום ראשון", "ביום שלישי", and by the day's letter: "ליום א׳ 7.6" (Sunday)
    r"[בל]?יום (?:ראשון|שני|שלישי|רביעי|חמישי|שישי|[אבגדהו][׳'](?![א-ת]))|"
    # Greek and Greeklish: "Πέμπτη 12 Μαρτίου", "Triti stis 11"
    r"Δευτέρα|Τρίτη|Τετάρτη|Πέμπτη|Παρασκευή|Σάββατο|Κυριακή|Deftera|Triti|Tetarti|Pempti|Paraskevi|"
    # Vietnamese: "Thứ Năm", "Chủ Nhật"
    r"th[ứu] (?:hai|ba|t[ưu]|n[ăa]m|s[áa]u|b[ảa]y)|ch[ủu] nh[ậa]t|"
    # Arabic: "يوم الثلاثاء"
    r"الأحد|الاحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس|الجمعة|السبت|"
    # Indonesian and Malay: "hari Kamis", "Jum'at"
    r"senin|isnin|selasa|rabu|kamis|khamis|jum['’]?at|sabtu|"
    # Swedish, Danish, Norwegian: "torsdag 12/3", "på onsdag", "i tisdags"
    r"m[åa]ndags?|tisdags?|tirsdag|onsdags?|torsdags?|fredags?|l[öø]rdags?|s[öø]ndags?|"
    # Ukrainian and Russian: "вівторок, 10 березня", "у п’ятницю"
    r"понеділок|вівторок|серед[ау]|четвер|п['’]ятниц[яю]|субот[ау]|неділ[яю]|"
    r"понедельник|вторник|сред[ау]|четверг|пятниц[ау]|суббот[ау]|воскресенье|"
    # Finnish: "torstaina 26.3.", "ensi viikon torstaina"
    r"(?:maanantai|tiistai|keskiviikko|torstai|perjantai|lauantai|sunnuntai)(?:na)?|"
    # Croatian, Serbian and Slovenian: "u utorak u 14 sati", "v torek ob 10.00", "u srijedu"
    r"ponedj?elj(?:ak|ka)|ponedeljek|utor(?:ak|ka)|tor(?:ek|ka)|srijed[aue]|sred[aueo]|"
    r"[čc]etvrt(?:ak|ka)|[čc]etrt(?:ek|ka)|pet(?:ak|ka|ek)|subot[aue]|sobot[ao]|nedj?elj[aueo]|"
    r"понедељ(?:ак|ка)|утор(?:ак|ка)|сред[аеу]|четврт(?:ак|ка)|пет(?:ак|ка)|субот[аеу]|недељ[аеу]|"
    # Georgian "სამშაბათს, 15:00 საათზე" (on Tuesday at 15:00); Nepali "मंगलबार"
    r"(?:ორ|სამ|ოთხ|ხუთ)?შაბათ[ის]?|პარასკევ[ის]?|"
    # Amharic: "ሐሙስ ኦክቶበር 15" (Thursday 15 October; Monday's "ሰኞ" ends Tuesday's "ማክሰኞ");
    # Burmese: "(ဗုဒ္ဓဟူးနေ့)" (Wednesday)
    r"ማክሰኞ|(?<!ማክ)ሰኞ|ረቡዕ|ሐሙስ|ሀሙስ|ዓርብ|አርብ|ቅዳሜ|እሑድ|እሁድ|"
    # Tigrinya: "ሰሉስ 20/10/2026" (Tuesday)
    r"ሰኑይ|ሰሉስ|ሓሙስ|ዓርቢ|ቀዳም|ሰንበት|"
    # Hausa: "Ranar Laraba" (Wednesday)
    r"litinin|laraba|alhamis|asabar|lahadi|"
    # Yoruba: "Ọjọ́ Ajé" (Monday), "Ọjọ́rú" (Wednesday)
    rf"{_YORUBA_WEEKDAY_ALT}|"
    # Igbo: "Tọzdee" (Thursday), "Satodee" (Saturday)
    rf"{_IGBO_WEEKDAY_ALT}|"
    r"တနင်္လာ|အင်္ဂါ|ဗုဒ္ဓဟူး|ကြာသပတေး|သောကြာ|စနေ|တနင်္ဂနွေ|"
    # Khmer: "ថ្ងៃព្រហស្បតិ៍ ទី១៥ ខែតុលា" (Thursday the 15th of October)
    r"ថ្ងៃ(?:ចន្ទ|អង្គារ|ពុធ|ព្រហស្បតិ៍?|សុក្រ|សៅរ៍?|អាទិត្យ)|"
    # Persian: "دوشنبه ۴ آبان", "سه‌شنبه", "پنج شنبه"
    r"(?:یک|دو|سه|چهار|پنج)?[\u200c ]?شنبه|جمعه|"
    r"(?:सोम|मंगल|बुध|बिही|शुक्र|शनि|आइत)बार|"
    # Armenian: "երեքշաբթի, հոկտեմբերի 13-ին"
    r"(?:երկու|երեք|չորեք|հինգ)շաբթի|ուրբաթ|կիրակի|"
    # Kazakh: "ертең, сейсенбі күні", "дүйсенбі, 14 желтоқсан"
    r"дүйсенбі|сейсенбі|сәрсенбі|бейсенбі|жексенбі|сенбі|жұма|"
    # Icelandic: "á þriðjudaginn kl. 10:00", "fimmtudaginn 24. september"
    r"(?:m\u00e1nu|\u00feri\u00f0ju|mi\u00f0viku|fimmtu|f\u00f6stu|laugar|sunnu)dag(?:ur|inn|inum)?|"
    # Hungarian: "kedden", "csütörtökön 15:00-kor", "szerda 14:00", "a holnapi (keddi) napra"
    r"h\u00e9tf\u0151(?:n|i)?|kedd(?:en|i)?|szerd(?:a|\u00e1n|ai)|"
    r"cs\u00fct\u00f6rt\u00f6k(?:\u00f6n|i)?|p\u00e9ntek(?:en|i)?|szombat(?:on|i)?|"
    r"vas\u00e1rnap(?:i)?|"
    # Latvian "nākamnedēļ otrdien", "ceturtdien, 3. decembrī"; Estonian "kolmapäeval, 7.
    # oktoobril"
    r"(?:pirm|otr|tre\u0161|ceturt|piekt|sest|sv\u0113t)dien(?:a|\u0101)?|"
    r"(?:esmasp|teisip|kolmap|neljap|laup|p\u00fchap)\u00e4ev(?:al)?|reedel?|"
    # Lithuanian: "spalio 14 d. (trečiadienį)", "ketvirtadienis"
    r"(?:pirm|antr|tre\u010di|ketvirt|penkt|\u0161e\u0161t|sekm)adien(?:is|\u012f|io|iui|yje)|"
    # Sinhala: "(බදාදා)", "(සිකුරාදා)"
    r"සඳුදා|අඟහරුවාදා|බදාදා|බ්‍රහස්පතින්දා|සිකුරාදා|සෙනසුරාදා|ඉරිදා|"
    # Azerbaijani: "bazar ertəsi" (Monday), "çərşənbə axşamı" (Tuesday), "çərşənbə", "cümə
    # axşamı" (Thursday), "cümə", "şənbə"
    r"\u00e7\u0259r\u015f\u0259nb\u0259(?! ax\u015fam)|c\u00fcm\u0259(?! ax\u015fam)|"
    r"\u015f\u0259nb\u0259|"
    # Maltese: "nhar il-Ħamis", "it-Tlieta" (the article's hyphen is no word)
    r"(?<=-)(?:tnejn|tlieta|erbg\u0127a|\u0127amis|\u0121img\u0127a|sibt|\u0127add)|"
    # Uzbek: "payshanba", "juma kuniga" ("Juma" alone is also a name: only as a day, before
    # "kun" (day), a comma or "soat" (at the hour))
    r"(?:du|se|chor|pay|yak)?shanba|juma(?=\s+kun|\s*,|\s+soat)|"
    # Mongolian: "Лхагва гараг" (only with "гараг", the day: "Пүрэв" and "Даваа" are also names)
    r"(?:даваа|мягмар|лхагва|пүрэв|баасан|бямба|ням)(?=\s+гар[аи]г)|"
    # Thai: "วันอังคาร", "วันพฤหัสบดีที่ 15" (no spaces between Thai words)
    r"วัน(?:จันทร์|อังคาร|พุธ|พฤหัสบดี|พฤหัส|ศุกร์|เสาร์|อาทิตย์)|"
    # Kinyarwanda: "ku wa kabiri" (on Tuesday), "ku cyumweru" (on Sunday)
    r"ku wa (?:mbere|kabiri|gatatu|kane|gatanu|gatandatu)|ku cyumweru|"
    # Malagasy: "Alakamisy" (Thursday); Somali: "Isniin", "Khamiista" (the Thursday)
    r"alatsinainy|talata|alarobia|alakamisy|zoma|sabotsy|alahady|"
    # Bemba: "Palicine" (Thursday)
    r"palicimo|palicibili|palicitatu|palicine|palicisano|pa\s+cibelushi|pa\s+mulungu|"
    # Samoan: "Aso Tofi" (Thursday)
    r"aso\s+(?:gafua|lua|lulu|tofi|faraile|to['’‘]?ona['’‘]?i|sa)|"
    # Tok Pisin: "Fraide" (Friday)
    r"mande|tunde|trinde|fonde|fraide|sarere|sande|"
    # Luganda: "Lwakuna" (Thursday)
    r"balaza|lwakubiri|lwakusatu|lwakuna|lwakutaano|lwamukaaga|ssande|"
    # Fijian: "Lotulevu" (Thursday)
    r"moniti|tusiti|vukelulu|lotulevu|vakaraubuka|vakarauwai|sigatabu|"
    # Wolof: "Talaata" (Tuesday), "Gaawu" (Saturday)
    r"altine|talaata|\u00e0?llarba|alxames|\u00e0?jjuma|gaawu|dib\u00e9er|dibeer|"
    r"isniin(?:ta)?|talaado(?:da)?|arbaco|arbacada|khamiis(?:ta)?|jimco|jimcaha|sabti(?:da)?|"
    r"axad(?:da)?|"
    # Lao: "ວັນອັງຄານ", "ວັນພຸດນີ້" (this Wednesday)
    r"ວັນ(?:ຈັນ|ອັງຄານ|ພຸດ|ພະຫັດ|ສຸກ|ເສົາ|ອາທິດ)"
    r")(?:-feira)?\.?"
)
_WD_NUM_ALT = (
    r"(?:lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo|lundi|mardi|mercredi|"
    r"jeudi|vendredi|samedi|dimanche|luned[ìi]|marted[ìi]|mercoled[ìi]|gioved[ìi]|venerd[ìi]|"
    r"segunda|ter[çc]a|quarta|quinta|sexta|maandag|dinsdag|woensdag|donderdag|vrijdag|montag|"
    r"dienstag|mittwoch|donnerstag|freitag|poniedzia[łl]ek|wtorek|[śs]rod[aęe]|czwartek|"
    r"pi[ąa]tek|sobot[aęe]|niedziel[aęi]|pond[ěe]l[íi]|pondelok|[úu]ter[ýy]|utorok|st[řr]ed[au]|"
    r"[čc]tvrtek|[šs]tvrtok|p[áa]tek|piatok|"
    r"m[åa]ndag|tisdag|tirsdag|onsdag|torsdag|fredag|l[öø]rdag|s[öø]ndag|"
    r"[בל]?יום (?:ראשון|שני|שלישי|רביעי|חמישי|שישי|[אבגדהו][׳'](?![א-ת])))"
)
_PLACE_WORD = (
    r"(?i:view|street|st\b|road|rd\b|avenue|ave\b|drive|way|bay|square|place|boulevard|"
    r"blvd|lane|court|parade|terrace|close|crescent|tower|park|quay|wharf|centre|center|plaza|"
    r"house|building)"
)
_DATE_RE = re.compile(
    # (Hungarian writes the year first with dots: "2026.11.19.")
    r"(?P<iso>\b(?P<iy>20\d\d)(?P<isep>[-/.])(?P<im>\d\d?)(?P=isep)(?P<id>\d\d?)\b)"
    # the Ethiopian calendar, month first, only with an Ethiopian year (seven or eight behind; read
    # before the Tigrinya names of the Gregorian months, which share some of its names):
    # "ጥቅምት 5, 2019", "ጥቅምት 5 ቀን 2019 ዓ.ም"
    rf"|(?P<ethiopian>(?P<em>{'|'.join(_ETHIOPIAN_MONTH_NUMBERS)})\s*(?P<ed>[0-3]?\d)"
    r"(?:\s*ቀን)?\s*[,፣]?\s*(?P<ey>20[01]\d)(?!\d))"
    rf"|(?P<md>\b(?P<m1>{_MONTH_ALT})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|"
    rf"th)?\b(?:,?\s+(?P<y1>20\d\d))?)"
    # Khmer: "ថ្ងៃទី១៥ ខែតុលា ឆ្នាំ២០២៦" (the 15th day, month October, year 2026), "១៥ ខែតុលា"
    # (the day with "ទី" or the month with "ខែ": "កញ្ញា", September, is also "Miss")
    r"|(?P<khmer>(?:ទី\s*(?P<kd>[0-3]?\d)\s*(?:ខែ\s*)?|(?P<kd2>[0-3]?\d)\s*ខែ\s*)"
    rf"(?P<kmo>{'|'.join(_KHMER_MONTHS)})"
    r"(?:\s*(?:ឆ្នាំ\s*)?(?P<ky>20\d\d)(?!\d))?)"
    # the Solar Hijri calendar of Iran and Afghanistan: "۴ آبان ۱۴۰۵", "۲۹ مهر" (read before the
    # Gregorian names, whose Levantine "آب", August, opens "آبان")
    rf"|(?P<jalali>\b(?P<jd>[0-3]?\d)\s*(?P<jm>{'|'.join(_SOLAR_HIJRI_MONTH_NUMBERS)})"
    r"(?![\u0600-\u06ff])(?:\s*(?:ماه\s*)?(?P<jy>1[34]\d\d)(?!\d))?)"
    # "4 March 2026", "4. März", "le 4 mars", and the form forms use: "18-Aug-2026"
    # (Hausa puts "ga" between: "21 ga Oktoba")
    rf"|(?P<dm>\b(?P<d2>\d{{1,2}})(?:st|nd|rd|th|er)?(?:\.?\s+(?:of\s+|de\s+|ga\s+)?|-)"
    # (a month's name may open a longer word, "24 Mart", "17 marca"; but "8 Marina View" is an
    # address: a word that runs on into a street or building word is no month)
    # (a Thai year in the Buddhist Era, 543 years ahead: "15 ต.ค. 2569", "9 พ.ย. 69")
    # (nor a Bengaluru street: "27th Main, HSR Layout", whose "Mai" is no May)
    rf"(?P<m2>{_MONTH_ALT})(?![^\W\d_]*\s+{_PLACE_WORD})(?!(?<=[Mm]ai)n\b)"
    r"(?:(?:,?\s+|-)(?P<y2>20\d\d|25[5-9]\d|"
    r"(?:(?<=[\u0e00-\u0e7f]\. )|(?<=[\u0e00-\u0e7f] ))[5-7]\d(?!\d)))?)"
    # ("11. 3." with a space in Czech, Slovak and German; not a numbered row's "1. 09.00")
    r"|(?P<dot>\b(?P<d3>\d{1,2})\.\s?(?P<m3>\d{1,2})\.(?!\d{2}(?!\d))(?:\s?(?P<y3>20\d\d))?)"
    r"|(?P<slash>(?<![\d/])(?P<m4>\d{1,2})/(?P<d4>\d{1,2})(?:/(?P<y4>(?:20)?\d\d))?(?![\d/]))"
    # ("the day after tomorrow" first, else its "tomorrow" would be read alone)
    r"|(?P<rel>\b(?:day after tomorrow|pasado ma[\u00f1n]ana|apr\u00e8s-demain|\u00fcbermorgen|"
    r"depois de amanh[\u00e3a]|dopodomani|overmorgen|pojutrze|"
    # Serbian "prekosutra", "прекосутра" (the day after tomorrow)
    r"prekosutra|прекосутра|"
    # Arabic, formal and Egyptian: "بعد بكرة" / "بعد غد" (the day after tomorrow), "بكرة",
    # "غداً" (tomorrow), "النهارده", "اليوم" (today)
    r"\u0628\u0639\u062f \u0628\u0643\u0631[\u0629\u0647]|\u0628\u0639\u062f \u063a\u062f|"
    r"\u0628\u0643\u0631[\u0629\u0647]|\u063a\u062f[\u064b]?\u0627[\u064b]?|"
    r"\u0627\u0644\u0646\u0647\u0627\u0631\u062f[\u0647\u0629]|\u0627\u0644\u064a\u0648\u0645|"
    r"tomorrow|tmrw|tmr|tmw|tomm?orr?ow|2morrow|today|tonight|morgen|heute|demain|"
    # Kinyarwanda "ejo" (tomorrow, or yesterday: only before a clock, "ejo saa tatu")
    r"ejo(?= saa\b)|"
    r"aujourd['’]hui|ma[ñn]ana|hoy|"
    r"amanh[ãa]|hoje|domani|oggi|vandaag|jutro|dzi[śs](?:iaj)?|yar[ıi]n|bug[üu]n|z[íi]tra|zajtra|dnes|"
    # Vietnamese "ngày mai", "hôm nay", and "chiều mai" (tomorrow afternoon): "mai" alone is a
    # name ("Sao Mai")
    # (and typed without marks on a phone: "chieu mai luc 15h30", "ngay mai")
    r"ngày mai|hôm nay|(?:(?<=sáng )|(?<=chiều )|(?<=tối )|(?<=trưa ))mai|"
    r"ngay mai|hom nay|(?:(?<=sang )|(?<=chieu )|(?<=toi )|(?<=trua ))mai|"
    # Scots: "a wee phone the morra at 11", "the morn"
    r"(?<=the )(?:morra|morn)|"
    # Greek "αύριο", Greeklish "avrio"
    r"αύριο|\bavrio|"
    # Indonesian and Malay "besok", "esok" (tomorrow), "hari ini" (today)
    r"\bbesok|\besok|\bhari ini|"
    # Swahili "kesho" (tomorrow); Tigrinya "ጽባሕ"; Hausa "gobe"
    r"\bkesho|ጽባሕ|\bgobe|"
    # Igbo "echi" (tomorrow); Wolof "ëllëg"; Fijian "nimataka"; Luganda "enkya"
    r"\bechi\b|\b\u00ebll\u00ebg\b|\bnimataka\b|\benkya\b|"
    # Tok Pisin "tumora"; Samoan "a taeao" ("i le taeao" is in the morning)
    r"\btumora\b|(?<=\ba )taeao\b|"
    # Bemba "mailo" (tomorrow, or yesterday: only before the hour or a weekday); Nyanja "mawa"
    # ("m'mawa" is the morning)
    r"\bmailo\b(?=,?\s+(?:\w+,?\s+)?pa\s+\d)|(?<!m['\u2019])\bmawa\b|"
    # Changana "mundzuku" (tomorrow)
    r"\bmundzuku\b|"
    # Yoruba "ọ̀la" (tomorrow; "Ola" is also a name: only before a weekday or "ní agogo", at the
    # hour)
    rf"\b{toneless('ola')}(?=,?\s+(?:{toneless('ojo')}|{toneless('ni')}\s+{toneless('agogo')}))|"
    # Malagasy "afak'ampitso" (the day after tomorrow), "rahampitso" (tomorrow), "androany"
    # (today); Somali "saadambe" (the day after tomorrow), "berri" (tomorrow), "maanta" (today)
    r"\bafak['\u2019]ampitso|\brahampitso|\bandroany|\bsaadambe|\bberri|\bmaanta|"
    # Romanian "mâine la ora 14:00" (only with its mark: "Maine" is a state)
    r"\bm\u00e2ine|"
    # Tagalog "bukas ng 2:00 PM" (tomorrow; "bukas" alone is also "open")
    r"\bbukas(?=\s+(?:ng|nang|ng umaga|ng hapon|ng gabi)?\s*(?:alas\s+)?\d)|"
    # Hinglish "aaj 4 pm" (today), "kal 12 baje" (tomorrow; "kal" before a time or a weekday,
    # so that a name "Kal" stays a name)
    # ("kal (Mangal) dopahar 3 baje": the weekday in brackets, then the part of the day)
    r"\baaj|\bkal(?=\s+(?:\(?\w+(?:day)?\)\s+|\w+day\s+)?(?:(?:subah|dopahar|shaam|sham|raat)\s+)?\d)|"
    # Swedish, Danish and Norwegian "imorgon", "i morgen" (tomorrow), "idag", "i dag" (today)
    r"\bi ?morg[eo]n|\bi ?dag(?= (?:kl|klokken|klockan)\b)|"
    # Ukrainian and Russian "завтра" (tomorrow), "сьогодні", "сегодня" (today)
    r"\bзавтра|\bсьогодні|\bсегодня|"
    # Bulgarian "утре" (tomorrow), "днес" (today)
    r"\bутре|\bднес|"
    # Croatian and Serbian "sutra" (tomorrow), "danas" (today); Slovenian "jutri", "danes";
    # Georgian "ხვალ", "დღეს"; Nepali "भोलि", "आज"
    r"\bsutra|\bdanas|\bjutri|\bdanes|\bხვალ|\bდღეს|भोलि|आज|"
    # ... and Serbian in Cyrillic "сутра", "данас"
    r"\bсутра|\bданас|"
    # Armenian "վաղը" (tomorrow), "այսօր" (today); Kazakh "ертең", "бүгін"
    r"\bվաղը|\bայսօր|\bертең|\bбүгін|"
    # Icelandic "á morgun" (tomorrow), "í dag" (today)
    r"\b\u00e1 morgun|\b\u00ed dag(?= kl\b)|"
    # Vietnamese "hôm nay" (today), "chiều nay" (this afternoon), "sáng nay", "tối nay"
    r"\bh\u00f4m nay|\b(?:chi\u1ec1u|s\u00e1ng|t\u1ed1i) nay|"
    # Finnish "huomenna" (tomorrow), "tänään" (today)
    r"\bhuomenna|\bt\u00e4n\u00e4\u00e4n|"
    # Latvian "parīt" (the day after tomorrow), "rīt" (tomorrow), "šodien" (today); Estonian
    # "homme" (tomorrow), "täna" (today)
    r"\bpar\u012bt|\br\u012bt|\b\u0161odien|\bhomme|"
    # Lithuanian "poryt" (the day after tomorrow), "rytoj" (tomorrow), "šiandien" (today)
    r"\bporyt|\brytoj|\b\u0161iandien|"
    # Mongolian "нөгөөдөр" (the day after tomorrow), "маргааш" (tomorrow), "өнөөдөр" (today)
    r"\bнөгөөдөр|\bмаргааш|\bөнөөдөр|"
    # Uzbek "indinga" (the day after tomorrow), "ertaga" (tomorrow); "bugun" is Turkish's above
    r"\bindinga|\bertaga|"
    # Maltese "pitgħada" (the day after tomorrow), "għada" (tomorrow), "illum" (today)
    r"\bpitg\u0127ada|\bg\u0127ada|\billum|"
    # Sinhala "හෙට" (tomorrow)
    r"හෙට|"
    # Azerbaijani "sabah" (tomorrow; Turkish "sabah" is the morning: only before "saat")
    r"\bsabah(?= saat)|"
    # Hungarian "holnapután" (the day after tomorrow), "holnap", "a holnapi napra" (tomorrow)
    r"\bholnaput\u00e1n|\bholnap(?:i)?|"
    # Persian "پس‌فردا" (the day after tomorrow), "فردا" (tomorrow), "امروز" (today)
    r"پس[\u200c ]?فردا|(?<![\u0600-\u06ff])فردا|(?<![\u0600-\u06ff])امروز|"
    # Pashto "سبا" (tomorrow)
    r"(?<![\u0600-\u06ff])سبا(?![\u0600-\u06ff])|"
    # Khmer "ខានស្អែក" (the day after tomorrow), "ស្អែក" (tomorrow), "ថ្ងៃនេះ" (today)
    r"ខានស្អែក|ស្អែក|ថ្ងៃនេះ|"
    # Burmese "သဘက်ခါ" (the day after tomorrow), "မနက်ဖြန်" (tomorrow), "ယနေ့" (today); Amharic
    # "ከነገ ወዲያ" (the day after tomorrow), "ነገ" (tomorrow), "ዛሬ" (today)
    r"သဘက်ခါ|မနက်ဖြန်|ယနေ့|ከነገ ወዲያ|(?<![\u1200-\u137f])ነገ(?![\u1200-\u137f])|"
    r"(?<![\u1200-\u137f])ዛሬ(?![\u1200-\u137f]))(?!\w))"
    # Chinese weekdays, this week's or next week's: "下周一", "这周五", "星期三", "周四"
    # (Traditional Chinese writes "週四", "下週一", "禮拜三")
    # Japanese: "来週火曜日" (next week's Tuesday), "今週の金曜", "水曜日"
    # Korean: "다음 주 화요일" (next week's Tuesday), "이번 주 목요일", "수요일"
    r"|(?P<cjkwd>(?P<cjkweek>下个?|下個|这|這|本|下下|再来週の?|来週の?|今週の?|"
    r"다다음\s?주\s?|다음\s?주\s?|이번\s?주\s?|담주\s?)?"
    r"(?:(?:周|週|星期|礼拜|禮拜)(?P<cjkday>[一二三四五六日天])|(?P<jpday>[月火水木金土日])曜日?|"
    r"(?P<koday>[월화수목금토일])요일))"
    # "明天" (tomorrow), "今天" (today), "后天" (the day after tomorrow)
    # (Cantonese "聽日": tomorrow)
    # (and Thai "พรุ่งนี้" (tomorrow), "มะรืนนี้" (the day after), "วันนี้" (today))
    # (and Lao "ມື້ອື່ນ" (tomorrow), "ມື້ຮື" (the day after), "ມື້ນີ້" (today))
    r"|(?P<cjkrel>明天|今天|后天|後天|明日|今日|내일|오늘|聽日|พรุ่งนี้|มะรืนนี้|วันนี้|ມື້ອື່ນ|ມື້ຮື|"
    r"ມື້ນີ້)"
    # "czwartek 12.03", "Donnerstag, 12.03": a weekday, then the day and month without a year
    rf"|(?P<wddot>\b{_WD_NUM_ALT},?\s+(?P<d7>\d{{1,2}})\.\s?(?P<m7>\d{{1,2}})\b(?!\.?\d|:))"
    # "the 4th" is a day of the month, "the 19th floor" is not
    # "the 4th", and "Thursday 16th" (a weekday right before the day of the month)
    r"|(?P<nth>(?:\bthe\s+|(?<=day )|(?<=day, )|(?<=day \())(?P<d5>\d{1,2})(?:st|nd|rd|th)\b"
    # (nor "the 9th-floor reception")
    r"(?!(?:\s+|-)(?:floor|fl\b|storey|story|level|street|st\b|avenue|ave\b|round|time|place|"
    r"percentile|century|anniversary|edition|annual|birthday|grade|row|gate)))"
    # "el martes 27", "jeudi 16", "Donnerstag, 16": a weekday and a bare day of the month, as
    # Romance and Germanic languages write it (English writes "Thursday 16th": see nth)
    rf"|(?P<wdnum>\b{_WD_NUM_ALT},?\s+(?P<d6>\d{{1,2}})\b"
    # (not a clock: "jeudi 16h", "jeudi 10h30", "Montag 9 Uhr"; not a range: "Montag 9-17";
    # "jeudi 16 à 10h30" is the 16th at 10:30)
    r"(?![:.,/-]?\d|\s*(?:[ap]\.?m\b|h(?:\d\d)?\b|uhr\b|hrs?\b)|\s*(?:-|\u2013|to|bis|tot)\s*\d)"
    # (and no month after it: "martes 24 de marzo" is read whole by dm)
    rf"(?!\.?\s*(?:de\s+|of\s+)?(?:{_MONTH_ALT})))"
    # (not a day gone by: "We fell back this past Sunday", "last Friday")
    # (Thai writes its words together: "ในวันอังคาร", "วันพฤหัสบดีที่")
    rf"|(?P<wd>(?<!past )(?<!last )(?:\b|(?=วัน)|(?=ថ្ងៃ)|(?=ວັນ))(?:(?:next|j\u00f6v\u0151)\s+)?"
    rf"{_WD_ALT}(?:\b|(?<=[\u0e00-\u0eff])|(?<=[\u1780-\u17ff])|(?<=[\u1000-\u109f])))"
    # "2026年3月12日", "3월 17일", "3月20号"
    r"|(?P<cjk>(?:(?P<cy>20\d\d)\s*[年년]\s*)?(?P<cm>\d{1,2})\s*[月월]\s*(?P<cd>\d{1,2})\s*[日일号號])"
    # Mongolian numbers its months: "10 сарын 14-ний өдөр" (the 14th day of the 10th month),
    # "2026 оны 10-р сарын 9"
    r"|(?P<mn>(?:\b(?P<mny>20\d\d) оны\s+)?\b(?P<mnm>1[0-2]|0?[1-9])(?:-р)?\s*сар(?:ын)?\s+"
    r"(?P<mnd>[0-3]?\d)(?!\d|:)(?:-(?:ний|ны|нд|нээс))?)",
    re.I,
)
_T = (
    # (phone shorthand runs hour and minutes together before a/p: "1030a", "930p")
    # ("9u30", "11u": the Flemish hour letter, as the French write "9h30")
    r"(?P<{n}h>\d{{1,2}})(?:(?:[:.]|\s?[hu]\s?(?=[0-5]\d\b)|(?=[0-5]\d\s?[ap]\.?m?\b){run})"
    r"(?P<{n}m>[0-5]\d))?\s*"
    # ("2p", "11a", "4:30p": the letter alone, right after the digits; a capital only after
    # minutes, "7:15A" on a call sheet, so that "phòng họp 8A" and "Gate 11A" stay rooms)
    # (Czech and Slovak "od 10 hodin", "v 9.30 hod.")
    r"(?P<{n}ap>a\.?\s?m\b\.?|p\.?\s?m\b\.?|(?<=\d)(?-i:[ap])\b(?!['’])|(?<=[:.\d][0-5]\d)(?-i:[AP])\b(?!['’])|uhr\b|uur\b|"
    r"hod(?:in[ay]?\b|\.|\b)|h\b|(?<=\d)u\b|"
    # Hungarian "10 órakor", "10:00 órakor" (at ten o'clock)
    r"\u00f3r(?:akor|\u00e1t\u00f3l|a)\b|"
    # Greek "π.μ." (before noon) and "μ.μ." (after noon)
    r"π\.?\s?μ\.?|μ\.?\s?μ\.?|"
    # Arabic "صباحاً" (in the morning), "مساءً" (in the evening), "ظهراً" (at midday)
    r"صباحا?ً?|مساءً?|ظهرا?ً?|"
    # Malay and Indonesian "2.00 petang" (afternoon), "9.00 pagi" (morning), "7 malam" (night)
    r"petang\b|pagi\b|malam\b|"
    # Vietnamese "9h30 sáng" (morning), "2 giờ chiều" (afternoon), "tối" (evening), "trưa"
    r"(?:giờ\s*)?(?:sáng|chiều|tối|trưa)\b|giờ|"
    # Hindi "12 baje" (o'clock): the hour as written, afternoon for 1-7 as in "at 4"; Nepali
    # "११ बजे" (no word boundary after its vowel sign)
    r"baje\b|बजे|"
    # Croatian and Serbian "u 14 sati", "u 10 časova"; Georgian "15:00 საათზე" (at the hour)
    r"sati\b|sata\b|[čc]asova\b|საათზე|"
    # Lithuanian "rytoj 14 val." (at 14 o'clock); Mongolian "14:00 цагт" (at the hour)
    r"val\b\.?|цагт\b|цаг\b|"
    # ... and in Cyrillic "у 10ч", "у 11 часова", "у 14 сати"
    r"ч\b|часова\b|сати\b|"
    # Khmer "៩:៣០ ព្រឹក" (in the morning), "២:០០ រសៀល" (in the afternoon)
    r"ព្រឹក|រសៀល|ល្ងាច|យប់|ថ្ងៃត្រង់)?"
)
# A schedule row's 24-hour range without colons, as hospitals, the military and itineraries
# write it: "0800-0830", "1030–1130". Read only as a range of two such times with minutes in
# steps of five and a start from 05 to 19, so that "2025-2026" and phone numbers stay numbers.
_RUN_START = (
    r"|(?<=0[5-9]|1\d)(?=[0-5][05]\s?[-–—]\s?(?:[01]\d|2[0-3])[0-5][05]\b)"
    # ... and a single such time with its leading zero: "Wednesday 3/18 at 0630", "thurs 0630"
    # (not a phone number: "0800 123 4567")
    r"|(?<=\b0[5-9])(?=[0-5]\d\b(?!\s?\d))"
    # ... and the military's and federal HR's four digits with a zone or a zone letter after
    # them: "1800 Eastern", "1300 ET (1000 PT)", "0800L", "1400Z" (on the quarter hours from 05
    # to 19 before a zone, so that a year before a region, "2026 Pacific", stays a year; "1400
    # hrs" is _HOURS_CLOCK's)
    r"|(?<=\b(?:0[5-9]|1\d))(?=(?:00|15|30|45)\s?(?:eastern|pacific|central|mountain|"
    r"(?-i:[ECMP][SD]?T|HST|ChST|GMT|UTC|CET|CEST|MEZ|MESZ))\b)"
    r"|(?<=\b(?:[01]\d|2[0-3]))(?=[0-5]\d(?-i:[LZ])\b)"
    # ... and a phone's three digits beside the day: "a quick phone call tmrw at 230?", "talk
    # to you at 230 tmrw then" (not "at 230 Main St": the day word must touch it)
    r"|(?:(?<=\btmrw at [1-9])|(?<=\btomorrow at [1-9])|(?<=\btoday at [1-9]))"
    r"(?=[0-5]\d\b(?![:.]?\d))"
    r"|(?<=\bat [1-9])(?=[0-5]\d\s+(?:tmrw|tomorrow|today|tonight)\b)"
)
_RUN_END = r"|(?:(?<=[-–—]\d\d)|(?<=[-–—]\s\d\d))(?=[0-5][05]\b)"
_TIME_RE = re.compile(
    # (a digit inside a word is a letter: Darija's "m3a 10" (with, at 10) holds no "3a" = 3 am)
    r"(?<![\d:/.,+#$€£-])(?:(?<![a-zA-Z])|(?!\d{1,2}[ap]\b))"
    # ("Can we slide to 3?", "push it to 4", "move us to 11": a move names a bare hour)
    r"(?P<pre>\bat\s+|\b(?:slide|push|move|bump|shift)\s+(?:(?:it|this|us|things)\s+)?"
    r"(?:back\s+)?to\s+(?=\d{1,2}\s*(?:[?.!,]|$|\s+(?:instead|tomorrow|today|if|on)\b))|"
    r"\bum\s+|\bfrom\s+|@\s*|\bà\s+|\bàs\s+|\ba las\s+|"
    r"\bom\s+|\bvon\s+|\bde\s+|\bvan\s+|\bvanaf\s+|\brond\s+|"
    # Indonesian and Malay "pukul 14.00", "jam 10"
    r"\bpukul\s+|\bjam\s+|"
    # "alle (ore) 9.30", "kl. 10", "klo 14", "godz. 10:00": "at" in Italian, Nordic, Finnish, Polish
    r"\balle\s+(?:ore\s+)?|\bore\s+|\bkl\.?\s+|\bklo\s+|\bgodz\.?\s+|"
    # Latvian "plkst. 10:00", Estonian "kell 11.00"
    r"\bplkst\.?\s+|\bkell\s+|"
    # Czech and Slovak "v 9.30 hod.", "ve 14h", "o 10:00"
    r"\bve?\s+(?=\d{1,2}(?:[:.][0-5]\d|\s?h\b|\s?hod))|"
    # "from" in Italian, Portuguese and Spanish: "dalle 10 alle 11", "das 14h", "de las 10"
    r"\bdalle\s+(?:ore\s+)?|\bdas\s+|\bdesde\s+las\s+|\bde\s+las\s+|"
    # Turkish "saat 14:00'te", "saat 11'de", "öğleden sonra 3'te" (in the afternoon, at 3)
    # (and Uzbek "soat 15:00 da")
    # (and Maltese "għada fl-10:00", at ten)
    r"\bfl-|\bsaat\s+|\bsoat\s+|\u00f6\u011fleden sonra\s+(?:saat\s+)?|\bak\u015fam\s+(?:saat\s+)?|"
    # Hebrew "בשעה 16:00" (at the hour), "בין 9:00 ל-11:00" (between ... and ...)
    r"בשעה\s+|בין\s+|"
    # Greek "στις 3 μ.μ.", "ώρα 11:00", Greeklish "stis 11"
    r"στις\s+|ώρα\s+|\bstis\s+|"
    # Arabic "الساعة ١٠:٣٠" (at the hour)
    r"الساعة\s+|"
    # Persian "ساعت ۱۴" (at the hour), "از ساعت ۱۵:۳۰" (from)
    r"(?:از\s+)?ساعت\s+|"
    # Khmer "ម៉ោង ២:០០" (at the hour), "ម៉ោង៖ ៩:៣០" (Time: ...)
    r"ម៉ោង[\s៖:]*)?"
    + _T.format(n="a", run=_RUN_START)
    # (a word between the two times stands apart on the same line: "phòng họp 8A\n\n09:00" is
    # a room and then a time, not "8 a 09:00")
    + r"(?:(?:\s*(?:-|–|—|~|〜|～)|[ \t]*(?<=[ \t])(?:to|until|till|bis|tot|a las|hasta las|"
    # ("8:00am to about 5:30pm": an end given roughly is still the end)
    # (Serbian, Croatian "od 10:00 do 11:00", Russian "с 10:00 до 11:00")
    # (Lithuanian "nuo 10:00 iki 11:00")
    r"até às|a|à|às|até|hasta|al|alle|til|do|до|iki|ל-?|עד|"
    # Persian "۱۱:۰۰ تا ۱۱:۳۰" (to), Khmer "១០:០០ ព្រឹក ដល់ ១១:០០ ព្រឹក" (until)
    r"تا|ដល់))\s*"
    r"(?:(?:about|around|approximately|approx\.|roughly)\s+)?"
    + _T.format(n="b", run=_RUN_END)
    + r")?(?![\d/]|[:.]\d|\s?%)",
    re.I,
)
# Number words for the lengths people write ("une heure", "eine Stunde", "una hora", "een uur").
_COUNT = {
    "an": 1, "a": 1, "one": 1, "two": 2, "une": 1, "un": 1, "eine": 1, "ein": 1, "einer": 1,
    "una": 1, "uma": 1, "een": 1, "deux": 2, "zwei": 2, "dos": 2, "duas": 2, "twee": 2,
    "bir": 1, "iki": 2, "en": 1, "ett": 1, "egy": 1, "két": 2, "kettő": 2,
    "due": 2, "jedan": 1, "jednu": 1, "eno": 1, "ერთ": 1, "یک": 1,
    # minute counts written out ("thirty minutes", "d'environ trente minutes", "dreißig Minuten")
    "fifteen": 15, "twenty": 20, "thirty": 30, "forty-five": 45, "sixty": 60,
    "ninety": 90, "quinze": 15, "vingt": 20, "trente": 30, "quarante-cinq": 45, "soixante": 60,
    "treinta": 30, "sesenta": 60, "trinta": 30, "sessenta": 60, "trenta": 30, "sessanta": 60,
    "dreißig": 30, "dreissig": 30, "sechzig": 60, "dertig": 30, "zestig": 60,
    # about so many: "une trentaine de minutes"
    "quinzaine": 15, "vingtaine": 20, "trentaine": 30, "quarantaine": 40, "soixantaine": 60,
}  # fmt: skip
# minutes in the lengths written without a number that _DURATION reads as one phrase (Russian,
# Latvian, Estonian, Afrikaans): "около часа" (about an hour), "полчаса" (half an hour)
_SPELLED_LENGTHS = {
    "около часа": 60, "примерно час": 60, "около получаса": 30, "полчаса": 30,
    "apmēram stundu": 60, "aptuveni stundu": 60, "pusstundu": 30, "pusstunda": 30,
    "umbes tund": 60, "umbes tundi": 60, "pool tundi": 30,
    # Afrikaans: "ongeveer 'n uur" (about an hour), "'n halfuur"
    "'n uur": 60, "\u2019n uur": 60, "'n halfuur": 30, "\u2019n halfuur": 30,
    # Serbian and Croatian "pola sata" (half an hour), "sat vremena" (an hour); in Cyrillic
    # "пола сата", "сат времена"
    "pola sata": 30, "sat vremena": 60, "пола сата": 30, "сат времена": 60,
    # Bulgarian "около час" (about an hour), "половин час" (half an hour); Greek "μισή ώρα"
    # (half an hour); Czech "půl hodiny", "s půlhodinou" (half an hour), "s hodinou a půl" (an
    # hour and a half)
    "около час": 60, "половин час": 30, "μισή ώρα": 30, "μισής ώρας": 30,
    "půl hodiny": 30, "půlhodinu": 30, "půlhodinou": 30, "půlhodiny": 30,
    "hodinou a půl": 90, "hodinu a půl": 90,
    # Lithuanian "apie valandą" (about an hour), "pusvalandį" (half an hour)
    "apie valandą": 60, "pusvalandį": 30, "pusvalandžio": 30,
}  # fmt: skip
_DURATION = re.compile(
    r"\b(?P<n>\d{2,3}|1|2|half an?|une demi|eine halbe|media|meia|een half|mezz|"
    r"an|one|two|une|un|eine|einer|ein|una|uma|een|deux|zwei|dos|duas|twee|due|bir|iki|en|ett|"
    r"fifteen|twenty|thirty|forty[- ]five|sixty|ninety|quinze|vingt|trente|quarante-cinq|"
    r"soixante|treinta|sesenta|trinta|sessenta|trenta|sessanta|drei(?:ß|ss)ig|sechzig|dertig|"
    r"zestig|quinzaine|vingtaine|trentaine|quarantaine|soixantaine|"
    # Hungarian "kb. egy óra" (about an hour), "két óra", "fél óra", "másfél órát" (an hour
    # and a half)
    r"egy|k\u00e9t|kett\u0151|m\u00e1sf\u00e9l|f\u00e9l|"
    # Croatian and Slovenian "jedan sat", "eno uro" (one hour), Georgian "ერთ საათს"
    r"jedan|jednu|eno|ერთ|یک)"
    # (a hard wrap may fall between the number and its unit: "about 45\nminutes")
    # (Fijian puts "na" between: "30 na miniti")
    r"(?:[-' ]|[ \t]*\n[ \t]*)?(?:de |na )?"
    r"(?P<u>min(?:ute)?s?|minuten|minutos|minuti|minut|minuter|minutter|hours?|hrs?|stunden?|"
    # (Italian "ora", not Malagasy's o'clock: "2 ora tolakandro" is 2 in the afternoon)
    r"heures?|horas?|uur(?:tje)?|ora(?!\s+(?:maraina|atoandro|tolakandro|hariva|alina|sy)\b)|"
    r"ore|timm(?:e|ar)|godzin[ay]?|saat(?:lik)?|dakika(?:l[ıi]k)?|"
    # Malagasy "30 minitra"; Somali "30 daqiiqo" (minutes), "2 saacadood" (hours)
    r"minitra|daqiiqo\w*|saacadood|"
    # Fijian "30 na miniti", "1 na aua" (an hour); Tok Pisin "30 minit"
    r"miniti|aua|minit|"
    # Tigrinya "30 ደቒቕ", Amharic "30 ደቂቃ" (minutes)
    r"ደቒቕ|ደቂቃ\w*|"
    # Hebrew "45 דקות" (minutes), "2 שעות" (hours)
    r"דקות|שעות|"
    # Vietnamese "1 tiếng" (an hour), "45 phút" (minutes)
    r"tiếng|phút|tieng|phut|"
    # Indonesian and Malay "60 menit", "1 jam" (an hour)
    r"menit|jam|"
    # Greek "45 λεπτά" (minutes), "2 ώρες" (hours)
    r"λεπτά|λεπτών|ώρες|"
    # Arabic "٢٠ دقيقة", "45 دقائق" (minutes), Egyptian "دقايق", "2 ساعات" (hours)
    r"دقيقة|دقائق|دقايق|ساعات|ساعة|"
    # Finnish "45 minuuttia", "2 tuntia"
    r"minuuttia|minuutin|tuntia|tunnin|"
    # Russian, Ukrainian and Kazakh "30 минут", "45 хвилин", "1 час", "2 часа", "1 сағат"
    # (and Bulgarian "30 минути"; not Czech "hodin": "od 10 hodin" is from ten o'clock)
    r"минут[аиы]?|хвилин[аи]?|час(?:а|ов)?|сағат|"
    # Latvian "30 minūtes", "minūšu"; Estonian "30 minutit"; Lithuanian "30 minučių", "1
    # valandą"
    r"minu\u010di\u0173|valand(?:a|\u0105|os|as)|"
    # Mongolian "1 цагийн ярилцлага" (an hour's interview), "2 цаг" (not "10 цагт", at ten);
    # Uzbek "30 daqiqa", "bir soat" (an hour); Azerbaijani "30 dəqiqə", "bir saat"
    r"цаг(?:ийн)?|daqiqa\w*|soat(?:lik)?|d\u0259qiq\u0259\w*|"
    r"min\u016btes|min\u016b\u0161u|minutit|"
    # Hungarian "30 perc", "45 perces" (minutes), "egy óra", "órát", "órában" (not "10 órakor",
    # at ten o'clock)
    r"perc(?:es|re|et)?|\u00f3r(?:a|\u00e1t|\u00e1ban|\u00e1s)|"
    # Icelandic "um 45 mínútur", "20 mínútna"
    r"m\u00edn\u00fatur|m\u00edn\u00fatna|"
    # Croatian, Serbian and Slovenian "oko 30 minuta", "sat" (an hour), "eno uro"; Georgian
    # "30 წუთს" (minutes), "ერთ საათს" (an hour); Nepali "२० मिनेट", "एक घण्टा"
    r"minuta|sata?|uro|წუთ[ისს]?|საათ[ისს]?|मिनेट|घण्टा|"
    # romanized Nepali and Hindi "lagbhag 1 ghanta" (about an hour)
    r"ghan?ta|ghante|"
    # Armenian "մոտ 30 րոպե" (about 30 minutes), "մոտ 1 ժամ" (about an hour)
    r"րոպե\w*|ժամ(?:ով|ից)?|"
    # Persian "۹۰ دقیقه" (minutes), "یک ساعت" (an hour)
    r"دقیقه|ساعت|"
    # Khmer "៣០ នាទី" (minutes), Amharic "30 ደቂቃ"
    r"នាទី|ደቂቃ)(?!\w)"
    # (not working hours: "10 hours/week", "20 hours per week", "16 hrs a week")
    r"(?!\s*(?:/\s*(?:week|wk|month|day)|(?:per|a|each) (?:week|month|day|fortnight)|weekly))"
    # Japanese, Korean, Chinese: "1時間", "1시간", "1小时", "45分", "30분" (no word boundary)
    # (not the minutes of a clock time: "10시 30분", "10時30分", "10点30分")
    r"|(?<![時时点點시]\s)(?<![時时点點시])(?P<cn>\d{1,3})\s*"
    # (and Thai "ประมาณ 30 นาที", "1 ชั่วโมง", written into the next word; Lao "໓໐ ນາທີ")
    r"(?P<cu>時間|시간|小时|小時|個小時|个小时|分間|分钟|分鐘|分|분|นาที|ชั่วโมง|ນາທີ|ຊົ່ວໂມງ)"
    # (hours in Chinese numerals: "約一小時", "兩個小時", "半小时"; not minutes: "十分" is also
    # Japanese for "enough")
    r"|(?P<cnh>[一二两兩三四五六七八九十]{1,2}|半)\s*(?:個|个)?(?:小時|小时)"
    # Hebrew without a number: "כשעה" (about an hour), "שעתיים" (two hours), "חצי שעה" (half an
    # hour); not "בשעה 16:00", "at the hour"
    # ("לשעה ורבע": "for an hour and a quarter")
    r"|(?<![א-ת])ל?(?P<he>כ-?שעה|שעה אחת|"
    r"שעתיים|כ?חצי שעה|"
    r"שעה וחצי|שעה ורבע)(?![א-ת])"
    # Finnish without a number: "Varataan aikaa tunti" (an hour), "puoli tuntia" (half an hour)
    r"|\b(?P<fi>puoli tuntia|tunnin|tunti)\b"
    # Arabic without a number: "نص ساعة" / "نصف ساعة" (half an hour), "ساعة ونص" (an hour and a
    # half), "ساعتين" (two hours), "حوالي ساعة" (about an hour), "ساعة واحدة" (one hour)
    r"|(?<![\u0621-\u064a])(?P<ar>نصف? ساعة|ساعة ونصف?|ساعتين|(?:حوالي|قرابة|لمدة) ساعة|"
    r"ساعة واحدة)(?![\u0621-\u064a])"
    # Russian, Latvian and Estonian without a number: "займёт около часа" (about an hour),
    # "ilgs apmēram stundu", "kestab umbes tund" (see _SPELLED_LENGTHS)
    r"|(?<!\w)(?P<said>" + "|".join(_SPELLED_LENGTHS) + r")(?!\w)"
    # Norwegian and Danish "satt av til én time" (an hour), "en halv time", "to timer"
    r"|\b(?P<no>(?:en|\u00e9n|ei) halv time|(?:en|\u00e9n|ei) time|halv(?:annen|anden) time|"
    r"(?:to|2) timer)\b"
    # "Duração: 1h30", "Durée : 1 h 15" (only after such a label: "1h30" alone is a time)
    # ("durée prévue : 1h30", "duración estimada: 1h", "expected duration: 1h30")
    r"|(?:dura[çc][ãa]o|duraci[óo]n|dur[ée]e|dauer|duration|length|duur|durata|pr[ée]voir|compter)"
    r"(?:\s(?:pr[ée]vue|estimad[ao]|prevista|prevista|approx\.?|voraussichtlich))?\W{0,4}"
    # ("Durée : environ 1 h", "Dauer: ca. 1 h 30")
    r"(?:(?:environ|ca\.|circa|approx\.?|aproximadamente|cerca de|about)\s+)?"
    r"(?P<dh>\d)\s?h\s?(?P<dm>[0-5]\d)?\b",
    re.I,
)


# the word before "time"/"timer" in "en halv time", "én time", "halvannen time", "to timer"
_NORDIC_LENGTHS = {"halv": 30, "en": 60, "\u00e9n": 60, "ei": 60, "halvannen": 90, "halvanden": 90,
                   "to": 120, "2": 120}  # fmt: skip


@dataclass(frozen=True)
class DateMention:
    """A calendar date written in text, with where it sits."""

    pos: int
    end: int
    day: date
    weekday_only: bool


@dataclass(frozen=True)
class TimeMention:
    """A time of day (or a range) resolved to aware datetimes, with its context."""

    pos: int
    start: datetime
    end: datetime | None
    has_date: bool
    zone_explicit: bool
    text: str
    # "complete it by 23:59" is a deadline and "any time between 9am and 4pm" an open window:
    # neither is when a conversation starts
    not_a_meeting: bool = False
    # the day is a bare weekday ("Wednesday, 8:30"): a date named earlier may pin it down
    weekday_only: bool = False


# "de la mañana" is "in the morning" and "Guten Morgen" is "good morning", not tomorrow
# (nor is "my note from earlier today" a day: it is when the earlier note was written)
_NOT_TOMORROW = re.compile(r"(?:\bla|\bguten|\bam|\bdiesen|\bheute|\bearlier)\s+$", re.I)


_DST_NOTE = re.compile(
    r"(?:daylight[- ]saving(?: time)?|summer time|winter time|clocks?|\bdst\b|\bbst\b)"
    r"[^.\n]{0,40}\b(?:ends?|starts?|begins?|change[sd]?|go(?:es)? (?:forward|back)|"
    r"spring[s]? forward|fall[s]? back|move[sd]?|follows?|switch(?:es|ed)?|"
    # "the clocks will have gone back on 25 October"
    r"(?:gone|going|went) (?:forward|back))\b[^.\n]{0,25}$"
    # "we spring forward on Sunday, so 2:00 Pacific on Tuesday is 2:00 your time too"
    r"|\b(?:spring|fall)s? (?:forward|back)\b[^.\n]{0,12}$"
    # "Switzerland moves its clocks back on Sunday 25 October"
    r"|\b(?:move[sd]?|moving|put(?:s|ting)?|turn(?:s|ed|ing)?|set(?:s|ting)?) (?:its|their|the|our)"
    r" clocks? (?:back|forward|ahead)\b[^.\n]{0,25}$"
    # "Germany already left summer time on 25 October"
    # ("the United States moves to daylight saving time on Sunday, 8 March")
    # ("avec notre passage à l'heure avancée le 8 mars")
    r"|passage [àa] l['’]heure (?:avanc[ée]e|d['’][ée]t[ée]|normale)[^.\n]{0,25}$"
    # "on recule l'heure dimanche", "on avance l'heure", "le changement d'heure dimanche"
    r"|\b(?:recule|reculer|avance|avancer) l['’]heure\b[^.\n]{0,25}$"
    r"|\bchangement d['’]heure\b[^.\n]{0,25}$"
    # ("Norway goes back to winter time on Sunday 25 October")
    # ("Switzerland returns to winter time (CET, UTC+1) on Sunday 25 October")
    r"|\b(?:left|leaves?|leaving|enters?|entered|(?:switch(?:es|ed)?|mov(?:es?|ing)|go(?:es|ing)?|"
    r"returns?|returning|reverts?|reverting)"
    r"(?: back| forward)? (?:to|from|onto))\s+(?:summer|winter|"
    r"daylight[- ]saving|standard)\s+time\b[^.\n]{0,25}$"
    # "nous passons à l'heure d'été le dimanche 29 mars", "Zeitumstellung am Sonntag"
    r"|(?:heure d['’](?:été|hiver)|changement d['’]heure|sommerzeit|winterzeit|zeitumstellung|"
    r"horario de (?:verano|invierno)|hor[áa]rio de ver[ãa]o|ora (?:legale|solare))[^.\n]{0,25}$",
    re.I,
)


# "Switzerland moves its clocks back on Sunday 25 October, but the US only on 1 November": the
# other country's change is the clocks' date too, as are the dates in "the clocks change in
# between (UK on 25 Oct, US on 1 Nov)"
_OTHER_DST_DATE = re.compile(
    r"(?:daylight[- ]saving|summer time|winter time|clocks?|\bdst\b)[^.\n]{0,70}"
    r"\b(?:but|while|whereas|and)\b[^.\n]{0,30}\b(?:only|not until|until)\s+(?:on\s+)?$"
    # "the clocks change in between (UK on 25 Oct, US on 1 Nov)"
    r"|(?:daylight[- ]saving|summer time|winter time|clocks?|\bdst\b)\s+(?:change|go|move|switch)"
    r"\w*\b[^.\n(]{0,25}\((?:(?!interview|call\b|meeting|session|chat)[^()\n]){0,40}$",
    re.I,
)


# Igbo numbers its months: "5 Ọnwa Iri na Otu" (the 5th of the eleventh month), "Ọnwa Mbụ" (the
# first); they are rewritten to the English names, which are never longer, before dates are read
_IGBO_MONTH = re.compile(
    rf"\b{toneless('onwa')}\s+(?P<n>{toneless('mbu')}|{_IGBO_NUMBER_ALT})(?!\w)", re.I
)
_ENGLISH_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip


def _as_igbo_month(m: re.Match[str]) -> str:
    word = " ".join(without_accents(m.group("n")).split())
    number = 1 if word == "mbu" else _IGBO_NUMBERS[word]  # ("Ọnwa Mbụ": the first)
    return _in_place(m, _ENGLISH_MONTHS[number - 1])


def find_dates(text: str, ref: date) -> list[DateMention]:
    """Every date in ``text``; dates without a year are the next one on or after ``ref``-30d."""
    out: list[DateMention] = []
    text = _IGBO_MONTH.sub(_as_igbo_month, text.translate(_ASCII_DIGITS))
    for m in _DATE_RE.finditer(text):
        if m.group("rel") and _NOT_TOMORROW.search(text[max(0, m.start() - 8) : m.start()]):
            continue
        # "daylight saving ends this Sunday 5 April": the clocks' date, not a meeting's
        if _DST_NOTE.search(text[max(0, m.start() - 50) : m.start()]):
            continue
        if _OTHER_DST_DATE.search(text[max(0, m.start() - 120) : m.start()]):
            continue
        day = _resolve_date(m, ref)
        if day is not None and m.group("wd"):
            monday = _named_week(text, m.start(), ref)
            if monday is None and _NEXT_WEEKDAY.match(m.group("wd")):
                # "next Tuesday" written on a Monday is the Tuesday of next week (the one
                # tomorrow would be "tomorrow" or "this Tuesday")
                monday = ref + timedelta(days=7 - ref.weekday())
            day = monday + timedelta(days=day.weekday()) if monday else day
        if day is not None:
            # (a Chinese weekday with no week word is a bare weekday too: "（周四）")
            bare = bool(m.group("wd") or (m.group("cjkwd") and not m.group("cjkweek")))
            out.append(DateMention(m.start(), m.end(), day, bare))
    # "Tuesday, March 3": the weekday and the date are one mention; keep the dated one.
    return [
        d
        for d in out
        if not (
            d.weekday_only
            and any(
                o is not d
                and not o.weekday_only
                # (before the date, "Tuesday, March 3", "Thứ Năm, ngày 26/02/2026", or after
                # it, "3月12日（周四）")
                and (
                    abs(o.pos - d.end) < 4
                    or abs(d.pos - o.end) < 4
                    or (0 <= o.pos - d.end < 12 and _DAY_WORD_GAP.fullmatch(text, d.end, o.pos))
                )
                for o in out
            )
        )
    ]


# what may stand between a weekday and its date: "Thứ Năm, ngày 26/02", "Dienstag, den 3."
_DAY_WORD_GAP = re.compile(r"[\s,(]*(?:ngày|den|le|el|the|am|il)?\s*", re.I)


# "Would any of these work next week?  - Mon 10-11  - Tue 2-3": the weekdays of next week
_NEXT_WEEK = re.compile(
    r"\bnext week\b|\bla semaine prochaine\b|\bn\u00e4chste[nr]? woche\b|"
    r"\bla pr\u00f3xima semana\b|\bla semana que viene\b|\bsemana que vem\b|"
    r"\bpr\u00f3xima semana\b|\bvolgende week\b|\bla prossima settimana\b|"
    # Finnish "ensi viikon torstaina", Swedish "nästa vecka", Danish "næste uge", Ukrainian
    r"\bensi viikon\b|\bensi viikolla\b|\bn\u00e4sta vecka\b|\bn\u00e6ste uge\b|"
    # Norwegian "neste uke"
    r"\bneste uke\b|"
    # Latvian "nākamnedēļ", "nākamajā nedēļā"; Estonian "järgmisel nädalal"
    r"\bn\u0101kamned\u0113\u013c|\bn\u0101kamaj\u0101 ned\u0113\u013c\u0101|"
    r"\bj\u00e4rgmisel n\u00e4dalal\b|"
    # Hungarian "jövő héten" (next week)
    r"\bj\u00f6v\u0151 h\u00e9ten\b|"
    r"\bнаступного тижня\b",
    re.I,
)
# ... or right after the weekday: "Wednesday next week", "onsdag i neste uke", "mercredi de la
# semaine prochaine"
_NEXT_WEEK_AFTER = re.compile(
    r"\w+\.?,?\s+(?:(?:i|in|of|de|de la|der)\s+)?(?:" + _NEXT_WEEK.pattern + ")", re.I
)
# "Mon 10-11, Tue 2-3 or Wed 4pm (all ET, week of May 11)"
_WEEK_OF = re.compile(r"\bweek of\s+(?:(?:mon|monday),?\s+)?", re.I)


_NEXT_WEEKDAY = re.compile(r"(?:next|j\u00f6v\u0151)\s", re.I)


def _named_week(text: str, pos: int, ref: date) -> date | None:
    """The Monday of the week the weekday at ``pos`` is said to be in: "next week" earlier in
    its paragraph, or "week of May 11" in its sentence; ``None`` when no week is named."""
    para = text.rfind("\n\n", 0, pos) + 1
    before = text[max(para, pos - 150) : pos]
    stop = re.search(r"[.!?](?:\s|$)|\n\n", text[pos:])
    sentence = text[max(para, pos - 150) : pos + (stop.end() if stop else 150)]
    week = _WEEK_OF.search(sentence)
    if week:
        named = find_dates(sentence[week.end() : week.end() + 20], ref)
        if named and not named[0].weekday_only:
            return named[0].day - timedelta(days=named[0].day.weekday())
    if _NEXT_WEEK.search(before) or _NEXT_WEEK_AFTER.match(text, pos):
        return ref + timedelta(days=7 - ref.weekday())
    return None


# Portuguese, Spanish, French, German, Italian and Dutch words before a day: "dia", "el", "le"
_DAY_FIRST_CUE = re.compile(r"\b(?:d[ií]a|el|le|du|am|vom|il|del|op|ngày)\s+$", re.I)


_WEEKDAY_JUST_BEFORE = re.compile(rf"\b({_WD_ALT})\W{{1,4}}$", re.I)


def _weekday_says_day_first(text: str, pos: int, a: int, b: int, ref: date) -> bool:
    """The weekday written right before "10/3" fits 10 March and not 3 October: "i tisdags
    (10/3 kl. 13.00)", "torsdag 12/3"."""
    said = _WEEKDAY_JUST_BEFORE.search(text, max(0, pos - 16), pos)
    if said is None:
        return False
    wd = weekday_number(said.group(1).lower().rstrip("."))
    day_first, month_first = _year_for(b, a, ref), _year_for(a, b, ref)
    return (
        wd is not None
        and day_first is not None
        and day_first.weekday() == wd
        and (month_first is None or month_first.weekday() != wd)
    )


def weekday_number(word: str) -> int | None:
    """Monday 0 ... Sunday 6 for a lower-case weekday name in any language the table knows
    ("thursday", "thu", "torstaina", "вівторок"); ``None`` for other words."""
    if word[:3] in _WEEKDAYS:
        return _WEEKDAYS.get(word[:3])
    plain = " ".join(without_accents(word).split())
    tables = (_WEEKDAYS, _YORUBA_WEEKDAYS, _IGBO_WEEKDAYS)
    found = (_WEEKDAYS.get(word), *(table.get(plain) for table in tables))
    return next((day for day in found if day is not None), None)


def _from_solar_hijri(m: re.Match[str], ref: date) -> date | None:
    """A Solar Hijri date ("۴ آبان ۱۴۰۵") as a Gregorian one; without a year, the next one on
    or after 60 days before ``ref``, as for Gregorian dates (see ``_year_for``)."""
    month, day = _SOLAR_HIJRI_MONTH_NUMBERS[m.group("jm")], int(m.group("jd"))
    said = m.group("jy")
    this_year = jdatetime.date.fromgregorian(date=ref).year
    for year in [int(said)] if said else [this_year, this_year + 1, this_year - 1]:
        try:
            cand: date = jdatetime.date(year, month, day).togregorian()
        except ValueError:
            continue
        if said or cand >= ref - timedelta(days=60):
            return cand
    return None


def _year_for(month: int, day: int, ref: date) -> date | None:
    for year in (ref.year, ref.year + 1, ref.year - 1):
        try:
            cand = date(year, month, day)
        except ValueError:
            continue
        if cand >= ref - timedelta(days=60):
            return cand
    return None


# "明天" (tomorrow), "后天" / "後天" (the day after): days ahead; "今天" and the rest are today
_CJK_DAYS_AHEAD = {
    "明天": 1, "明日": 1, "내일": 1, "后天": 2, "後天": 2, "聽日": 1, "พรุ่งนี้": 1, "มะรืนนี้": 2,
    "ມື້ອື່ນ": 1, "ມື້ຮື": 2,
}  # fmt: skip


def _resolve_date(m: re.Match[str], ref: date) -> date | None:
    try:
        if m.group("iso"):
            return date(int(m.group("iy")), int(m.group("im")), int(m.group("id")))
        if m.group("cjk"):
            cm, cd, cy = int(m.group("cm")), int(m.group("cd")), m.group("cy")
            return date(int(cy), cm, cd) if cy else _year_for(cm, cd, ref)
        if m.group("mn"):
            cm, cd, cy = int(m.group("mnm")), int(m.group("mnd")), m.group("mny")
            return date(int(cy), cm, cd) if cy else _year_for(cm, cd, ref)
        if m.group("jalali"):
            return _from_solar_hijri(m, ref)
        if m.group("ethiopian"):
            return _from_ethiopian(
                int(m.group("ey")), _ETHIOPIAN_MONTH_NUMBERS[m.group("em")], int(m.group("ed"))
            )
        if m.group("khmer"):
            khmer_month = _KHMER_MONTHS.index(m.group("kmo")) + 1
            khmer_day = int(m.group("kd") or m.group("kd2"))
            if m.group("ky"):
                return date(int(m.group("ky")), khmer_month, khmer_day)
            return _year_for(khmer_month, khmer_day, ref)
        if m.group("md") or m.group("dm"):
            word = m.group("m1") or m.group("m2")
            month = _month(word)
            if word.lower() == "listopada" and _CROATIAN.search(m.string):
                month = 10  # "listopada": November to a Pole, October to a Croat
            day = int(m.group("d1") or m.group("d2"))
            year = m.group("y1") or m.group("y2")
            if month is None:
                return None
            if not year:
                return _year_for(month, day, ref)
            said = int(year)
            said = said + 2500 - 543 if said < 100 else said - 543 if said > 2400 else said
            return date(said, month, day)
        if m.group("cjkwd"):
            if m.group("jpday"):
                day_index = "月火水木金土日".find(m.group("jpday"))
            elif m.group("koday"):
                day_index = "월화수목금토일".find(m.group("koday"))
            else:
                day_index = "一二三四五六日".find(m.group("cjkday").replace("天", "日"))
            week = re.sub(r"\s", "", m.group("cjkweek") or "").removesuffix("の")
            monday = ref - timedelta(days=ref.weekday())
            if week.startswith(("下", "다음", "다다음", "담")) or week.endswith("来週"):
                weeks = 2 if week in {"下下", "再来週", "다다음주"} else 1
                return monday + timedelta(days=7 * weeks + day_index)
            if week in {"这", "這", "本", "今週", "이번주"}:
                return monday + timedelta(days=day_index)
            return ref + timedelta(days=(day_index - ref.weekday()) % 7 or 7)
        if m.group("cjkrel"):
            word = m.group("cjkrel")
            return ref + timedelta(days=_CJK_DAYS_AHEAD.get(word, 0))
        if m.group("wddot"):
            day, month = int(m.group("d7")), int(m.group("m7"))
            return _year_for(month, day, ref) if 1 <= month <= 12 else None
        if m.group("dot"):
            day, month = int(m.group("d3")), int(m.group("m3"))
            if m.group("y3"):
                return date(int(m.group("y3")), month, day)
            # "tiistaina 10.3.", "am 16.4.": a day and month each closed by a dot; "4.30" with
            # no closing dot is a time or a version, not a date
            return _year_for(month, day, ref) if 1 <= month <= 12 else None
        if m.group("slash"):
            a, b = int(m.group("m4")), int(m.group("d4"))
            year = m.group("y4")
            # "do dia 05/03", "el 10/3", "am 4/5": a word only a day-first language puts before
            # a date settles the order, also for a meeting already past
            day_first = b <= 12 and (
                _DAY_FIRST_CUE.search(m.string, max(0, m.start() - 8), m.start())
                or _weekday_says_day_first(m.string, m.start(), a, b, ref)
            )
            if year and day_first:
                return date(int(year) + (2000 if len(year) == 2 else 0), b, a)
            if day_first:
                return _year_for(b, a, ref)
            if year:
                full = int(year) + (2000 if len(year) == 2 else 0)
                if a > 12 or b > 12:
                    return date(full, a, b) if a <= 12 else date(full, b, a)
                # "12/03/2026" is 3 December in the US and 12 March in Ireland: the reading
                # that falls soonest after the message, as without a year below
                both = [date(full, a, b), date(full, b, a)]
                ahead = [d for d in both if d >= ref - timedelta(days=1)]
                return min(ahead or both)
            # "10/3" is 3 October in the US and 10 March almost everywhere else: take the
            # reading that falls soonest after the message (a meeting is days away, not months)
            readings = [d for d in (_year_for(a, b, ref), _year_for(b, a, ref)) if d is not None]
            ahead = [d for d in readings if d >= ref - timedelta(days=1)]
            return min(ahead or readings, default=None)
        if m.group("rel"):
            word = m.group("rel").lower()
            if word == "sabah" and "ə" not in m.string:
                return None  # Turkish "sabah saat 10" is the morning; Azerbaijani, tomorrow
            tomorrow = word in _TOMORROW or without_accents(word) == "ola"  # (Yoruba's "ọ̀la")
            days_on = 2 if word in _DAY_AFTER else 1 if tomorrow else 0
            return ref + timedelta(days=days_on)
        if m.group("nth") or m.group("wdnum"):
            day = int(m.group("d5") or m.group("d6"))
            for k in range(0, 62):
                cand = ref + timedelta(days=k)
                if cand.day == day:
                    return cand
            return None
        if m.group("wd"):
            word = m.group("wd").lower().replace("next", "").replace("jövő", "").strip()
            word = word.rstrip(".")
            word = re.sub(r"^[בל]?יום\s+", "", word.removesuffix("-feira"))
            wd = weekday_number(word)
            if wd is None:
                return None
            delta = (wd - ref.weekday()) % 7 or 7
            return ref + timedelta(days=delta)
    except ValueError:
        return None
    return None


# words only Croatian (and Serbian) mail has, beside a date: the weekdays, "sati" (o'clock),
# the greetings
_CROATIAN = re.compile(
    r"\b(?:ponedjeljak|ponedjeljka|utorak|utorka|srijed[aue]|[čc]etvrtak|[čc]etvrtka|petak|"
    r"petka|subot[aue]|nedjelj[aue]|sati|lijep pozdrav|srda[čc]an pozdrav|po[šs]tovan[aei])\b",
    re.I,
)


def _month(word: str) -> int | None:
    w = word.lower().rstrip(".")
    if w[:1] == "ב" and w[1:] in _MONTHS:  # Hebrew "במאי": "in May"
        return _MONTHS[w[1:]]
    for key in (w, w[:4], w[:3]):
        if key in _MONTHS:
            return _MONTHS[key]
    return _YORUBA_MONTHS.get(without_accents(w))


def _city_zone(word: str) -> ZoneInfo:
    """The zone of a city the city pattern matched. The pattern ignores case, so a word such
    as "İstanbul" matches though its lower case ("i̇stanbul", with a combining dot) is not a
    key: compare without accents."""
    name = _CITY_ZONES.get(word.lower()) or _CITY_ZONES_BARE[without_accents(word)]
    return ZoneInfo(name)


# A place written as a word right after a capitalised one is a surname ("Francisca Lagos",
# "Ana Lima", "John Perth"), unless that word is a weekday or a month ("Thursday Eastern").
_GIVEN_NAME_BEFORE = re.compile(rf"\b(?!(?i:{_WD_ALT}|{_MONTH_ALT})[ \t])[A-ZÀ-Ý][a-zà-ÿ]+[ \t]$")


_NAME_THEN_ADDRESS = re.compile(r"[ \t]+[A-Z][\w'’-]+[ \t]*<")
# a place that is a given name, its surname after it and then a title, a table's next column
# or the line's end: "9:45 AM - 10:25 AM    Sofia Reyes, Director", "Lunch with Owen Bright and
# Sofia Lindqvist  Associates" (not "10:00 Lisbon Time", "Paris Standard")
_NAME_THEN_TITLE = re.compile(
    r"[ \t]+(?!(?:Time|Standard|Daylight|Summer|Winter|Zone|Local|Hours?|Office|HQ|Area)\b)"
    r"[A-Z][a-z'’-]{2,}(?=[ \t]*(?:,|\n|$|\(|[-–][ \t])| {2,}|\t)"
)


# a street's word right before a place: the place names the street ("Av. República de El
# Salvador", "Calle Lima", "Avenida Brasil")
_STREET_BEFORE = re.compile(
    r"\b(?:av|avda|avenida|calle|jr|jir[óo]n|rua|rue|viale|paseo|blvd|boulevard|avenue|ave|"
    r"pra[çc]a|plaza)\.?\s+(?:(?:de(?:l| la| los| las)?|rep[úu]blica)\s+){0,3}$",
    re.I,
)


def _surname(text: str, m: re.Match[str]) -> bool:
    """Whether the place ``m`` found is a person's name or part of an address, not a zone."""
    before = text[m.start() - 1 : m.start()]
    if re.match(r"[\w.+-]*@", text[m.end() :]) or before in (".", "_", "<"):
        return True  # "<paula.lima@x.example>"
    if _STREET_BEFORE.search(text, max(0, m.start() - 40), m.start()):
        return True  # "en la Av. República de El Salvador N34-183": a street in Quito
    if _NAME_THEN_ADDRESS.match(text, m.end()):
        return True  # "Sofía Arriaga <sofia.arriaga@...>": a first name, then the surname
    if (
        m.group(0)[:1].isupper()
        # (a zone's letters are no first name: "11:00 AM - 11:30 AM PST   Break")
        and not m.group(0).isupper()
        and _NAME_THEN_TITLE.match(text, m.end())
    ):
        return True  # "Sofia Reyes, Director": a first name, then the surname
    return (
        m.group(0)[:1].isupper()
        and m.group(0)[1:2].islower()
        and bool(_GIVEN_NAME_BEFORE.search(text, 0, m.start()))
    )


def zone_in(text: str) -> tzinfo | None:
    """The first zone named in ``text`` (a short window after a time), else ``None``."""
    labelled = _ZONE_AND_CITY.search(text)
    if labelled:
        # a calendar's zone label names the city after the kind of time: "Central Standard
        # Time - Mexico City" is Mexico's clock (no daylight saving), not Chicago's
        place = labelled.group(1) or labelled.group(2)
        zone = next(iter(zone_words(place)), None)
        if zone is None and (city := _CITY_RE.search(place)):
            zone = _city_zone(city.group(1))
        if zone is not None:
            return zone
    best: tuple[int, tzinfo] | None = None
    for rx, name in _ZONE_RES:
        m = next((m for m in rx.finditer(text) if not _surname(text, m)), None)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), ZoneInfo(name))
    city = next((c for c in _CITY_RE.finditer(text) if not _surname(text, c)), None)
    if city and (best is None or city.start() < best[0]):
        best = (city.start(), _city_zone(city.group(1)))
    off = _OFFSET.search(text)
    if off and (best is None or off.start() < best[0]):
        # "(UTC-05:00) Eastern Time": Outlook's label shows the winter offset all year,
        # so a zone name right after the label wins over the label's fixed offset.
        rest = text[off.end() : off.end() + 40]
        for rx, name in _ZONE_RES:
            if rx.search(rest):
                return ZoneInfo(name)
        sign = -1 if off.group(1) == "-" else 1
        return timezone(sign * timedelta(hours=int(off.group(2)), minutes=int(off.group(3) or 0)))
    return best[1] if best else None


_ZONE_AND_CITY = re.compile(
    r"\b(?i:(?:standard |daylight )?time)\s*[-–]\s*([A-Z][^\n)(,;:]{2,30})|"
    r"\b(?i:hora (?:est[áa]ndar |de verano )?(?:central|del centro|del pac[íi]fico|"
    r"de la monta[ñn]a))\s*[-–]\s*([A-Z][^\n)(,;:]{2,30})"
)
# "... your time - that's 3pm here", "(= 9:00 for me)": the same slot on the writer's clock
_HERE_AFTER = re.compile(
    # ("4pm your time (1pm our time)": the bracket says it the same way)
    r"(?:(?:that'?s|that is|which is|=|i\.e\.)\s+|\(\s*)\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?\s+"
    r"(?:here|for me|my time|our time|on my end|on my side)\b",
    re.I,
)
# "11h aqui", "3pm here", "9:00 for me", "11h pra mim": the writer's own clock
_MINE = re.compile(
    r"\W{0,3}(?:here|aqu[ií]|ici|hier|for me|my time|on my end|pra mim|para mim|para m[ií]|"
    r"bei mir|chez moi|da me)\b",
    re.I,
)
# "tomorrow morning (your time) at 8h30"
_YOUR_TIME_BEFORE = re.compile(r"\byour (?:local )?time\)?,?\s*(?:at\s+)?$", re.I)
_ZONE_BEFORE = re.compile(
    r"\b(?i:in|for you in|im|en|à|em|a)\s+([A-ZÀ-Ý][\w .'-]{2,30}?)(?i:\s+(?:it|that|this|"
    r"es|c['’]est|isso|das))?\s*(?i:becomes?|is|will be|would be|that's|sera|ser[áa]|w[äa]re|"
    r"ist|=|:)\s*(?i:at\s+)?$"
)
_TR_ZONE_BEFORE = re.compile(r"(\w+(?: \w+)?)\s+saat(?:iyle|i ile|iyle,)\s*(?:saat\s*)?$", re.I)
# "10:30 your time", "(your time)", "in your time zone", "à votre heure", "Ihrer Zeit"
_YOUR_TIME = re.compile(
    r"[\s(,]{0,16}(?:(?:in |on )?your (?:local )?(?:time(?:\s?zone)?|end)|your side|"
    r"votre heure|heure de chez vous|ihrer (?:zeit|ortszeit)|(?:en )?su hora|seu hor[áa]rio)\b",
    re.I,
)


def zone_called_yours(text: str) -> tzinfo | None:
    """The zone a writer calls the reader's: "8:00 a.m. MST (your time - 9:00 here)"."""
    for m in _YOUR_TIME.finditer(text):
        before = text[max(0, m.start() - 12) : m.start()]
        found = [(z.end(), name) for rx, name in _ZONE_RES for z in rx.finditer(before)]
        if found and not text[m.end() : m.end() + 1].isalnum():
            # the zone written last, right before "your time"
            return ZoneInfo(max(found)[1])
    return None


# the first letters of the Arabic and Greek words for the morning and the afternoon ("صباحاً",
# "π.μ." with its dots dropped)
_MARK_PREFIXES = {
    "صب": "am", "مس": "pm", "ظه": "pm", "πμ": "am", "μμ": "pm", "pe": "pm", "pa": "am", "ma": "pm",
    # Khmer "ព្រឹក" (morning), "រសៀល" (afternoon), "ល្ងាច" (evening), "យប់" (night), "ថ្ងៃត្រង់"
    # (noon)
    "ព្": "am", "រស": "pm", "ល្": "pm", "យប": "pm", "ថ្": "pm",
}  # fmt: skip
# Vietnamese parts of the day after the hour; "giờ" alone is the 24-hour clock's "o'clock"
_VIETNAMESE_MARKS = {"sáng": "am", "chiều": "pm", "tối": "pm", "trưa": "pm", "": "h"}  # "" is "giờ"
# Arabic-Indic, Persian, Bengali, Devanagari, Khmer, Myanmar and Lao digits ("١٠:٣٠", "۱۰:۳۰",
# "১২ অক্টোবর ২০২৬", "११:३०", "៩:៣០", "໑໐:໐໐") as ASCII, one character for one
_ASCII_DIGITS = str.maketrans(
    "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹০১২৩৪৫৬৭৮৯०१२३४५६७८९០១២៣៤៥៦៧៨៩၀၁၂၃၄၅၆၇၈၉໐໑໒໓໔໕໖໗໘໙",
    "0123456789" * 7,
)


def _clock(
    h: str, mnt: str | None, ap: str | None, pre: str | None, other_ap: str | None
) -> time | None:
    hour, minute = int(h), int(mnt or 0)
    mark = (ap or other_ap or "").lower().replace(".", "").replace(" ", "")
    mark = _MARK_PREFIXES.get(mark[:2], mark)
    if mark and (mark.startswith("giờ") or mark in _VIETNAMESE_MARKS):
        mark = _VIETNAMESE_MARKS.get(mark.removeprefix("giờ"), mark)
    if not ap and not mnt and not pre and not other_ap:
        return None  # a bare number is not a time
    if mark.startswith("a") and hour > 12:
        return None  # "Ganību dambī 17a": a house number, no 17 in the morning
    if mark.startswith("p") and hour < 12:
        hour += 12
    elif mark.startswith("a") and hour == 12:
        hour = 0
    elif (
        not mark.startswith(("a", "p"))
        and 1 <= hour <= 7
        and not mark.startswith(
            ("uhr", "uur", "h", "\u00f3r", "sat", "\u010das", "cas", "საათ", "val", "цаг")
        )
        and not h.startswith("0")  # "07:30", "0730": the 24-hour clock says the morning
    ):
        hour += 12  # "at 2", "2:00-2:45": office hours, so the afternoon
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


@dataclass(frozen=True)
class _Zones:
    """The zones a time can be in when none is written right after it."""

    stated: tzinfo | None  # said once for the whole text: "all times Central"
    writer: tzinfo  # the default: the writer's own
    reader: tzinfo | None  # "10:30 your time": the one the mail is to, when known


def find_times(
    text: str,
    ref: datetime,
    default_tz: tzinfo,
    dates: list[DateMention] | None = None,
    reader_tz: tzinfo | None = None,
) -> list[TimeMention]:
    """Every clock time in ``text`` with the nearest date before it (or just after it).

    ``ref`` (the message date) resolves relative dates; ``default_tz`` is used when no zone is
    written near the time nor stated for the whole text ("all times Central"). ``reader_tz``
    is the zone of the one the text is written to: "half past ten your time" is in it.
    """
    ref_day = ref.astimezone(default_tz).date() if ref.tzinfo else ref.date()
    text = text.translate(_ASCII_DIGITS)
    if dates is None:
        dates = find_dates(text, ref_day)
    zones = _Zones(global_zone(text), default_tz, reader_tz)
    text = _NOON.sub(_as_clock, text)  # same length: positions stay valid
    text = _SWAHILI_CLOCK.sub(_as_swahili_clock, text)
    text = _KINYARWANDA_CLOCK.sub(_as_kinyarwanda_clock, text)
    text = _LUGANDA_CLOCK.sub(_as_luganda_clock, text)
    text = _MALAGASY_CLOCK.sub(_as_malagasy_clock, text)
    if _SOMALI_PARTS.search(text):  # (its clock pattern matches any number: run it only here)
        text = _SOMALI_CLOCK.sub(_as_somali_clock, text)
    text = _BURMESE_CLOCK.sub(_as_burmese_clock, text)
    text = _LAO_THAI_CLOCK.sub(_as_lao_thai_clock, text)
    text = _PASHTO_CLOCK.sub(_as_pashto_clock, text)
    text = _ETHIOPIAN_CLOCK.sub(_as_ethiopian_clock, text)
    text = _TIGRINYA_CLOCK.sub(_as_tigrinya_clock, text)
    text = _YORUBA_CLOCK.sub(_as_yoruba_clock, text)
    text = _HAUSA_CLOCK.sub(_as_hausa_clock, text)
    text = _IGBO_CLOCK.sub(_as_igbo_clock, text)
    text = _WOLOF_CLOCK.sub(_as_wolof_clock, text)
    text = _FIJIAN_CLOCK.sub(_as_fijian_clock, text)
    text = _TOK_PISIN_CLOCK.sub(_as_tok_pisin_clock, text)
    text = _SAMOAN_CLOCK.sub(_as_samoan_clock, text)
    text = _KOLOKO_CLOCK.sub(_as_koloko_clock, text)
    text = _CHANGANA_CLOCK.sub(_as_changana_clock, text)
    # "between 2 and 4 PM" is the range 2-4 PM ("and" becomes a dash of the same length)
    text = _BETWEEN_AND.sub(_as_dash, text)
    text = _OFFERED_HOUR.sub(_as_at, text)
    text = _HOURS_CLOCK.sub(_as_hours_clock, text)
    text = _WORD_CLOCK.sub(_word_clock, text)
    text = _HALF_HOUR.sub(_half_hour, text)
    text = _SETENGAH.sub(_setengah, text)
    text = _ISH.sub(r"\1:00", text)  # "about 10ish": the same length, so positions stay valid
    text = _SPOKEN_CLOCK.sub(_spoken_clock, text)
    text = _ROMANCE_CLOCK.sub(_romance_clock, text)
    text = _ARABIC_CLOCK.sub(_arabic_clock, text)
    out: list[TimeMention] = []
    for m in _clock_matches(text, dates):
        # "2-2:30 PT": a range whose end is a clock time makes its bare start one too
        pre = m.group("pre") or (
            "-" if m.group("bh") and (m.group("bm") or m.group("bap")) else None
        )
        if (
            pre is None
            and m.group("bh")
            and _DAY_BETWEEN.search(text, max(0, m.start() - 24), m.start())
        ):
            pre = "between"  # "Tuesday between 9 and 11": bare hours of a named day's window
        if pre is None and not m.group("bh") and _WHOSE_CLOCK.match(text, m.end()):
            pre = "clock"  # "Monday at 9 your time (11 my time)": a bare hour named as a clock
        # ("6h30": the French and Portuguese 24-hour clock, so the morning)
        sep = text[m.end("ah") : m.start("am")].lower() if m.group("am") else ""
        hour_h = "h" in sep or "u" in sep
        ap = m.group("aap") or ("h" if hour_h else None)
        said_before = (m.group("pre") or "").lower()
        if said_before.startswith(("\u00f6\u011fleden", "ak\u015fam")):
            ap = ap or "pm"
        elif _SABAH_BEFORE.search(text, max(0, m.start() - 7), m.start()) and "ə" not in text:
            ap = ap or "am"  # Turkish "sabah saat 10" (in the morning; Azerbaijani: tomorrow)
        part = _DAYPART.match(text, m.end())
        if part and not m.group("aap"):
            # "at 7:30 in the morning", "a las 5 de la tarde", "um 8 Uhr abends"
            ap = "am" if part.group(1) else "pm"
        elif not ap and _MORNING_BEFORE.search(text, max(0, m.start() - 14), m.start()):
            ap = "am"  # "Friday morning at 7:30", "tomorrow morning 7:30"
        elif ap is None or ap.lower() in {"h", "baje", "बजे"}:
            # Vietnamese and Nepali name the part of the day first: "Chiều mai 3h" (tomorrow
            # afternoon at 3), "sáng thứ Ba lúc 9h" (Tuesday morning at 9), "बिहान ७ बजे"
            part_before = _DAYPART_BEFORE.search(text, max(0, m.start() - 24), m.start())
            if part_before:
                ap = "am" if part_before.group(1).lower().startswith(("s", "बिहान", "පෙ")) else "pm"
        a = _clock(m.group("ah"), m.group("am"), ap, pre, m.group("bap"))
        if a is None or _dotted_number(text, m) or _unit_number(text, m) or _phone_group(text, m):
            continue
        if not (m.group("pre") or m.group("aap")) and any(
            d.pos <= m.start() and m.end() <= d.end and not d.weekday_only for d in dates
        ):
            continue  # "am Mittwoch, den 11.03., um 9:30 Uhr": the 11th of March, not 11:03
        if _TAKEN_BACK.match(text, m.end()):
            continue  # "that's 4pm... sorry, 3pm your time": the writer corrects it at once
        if _chat_stamp(text, m.start(), m.end()) or _RECORD_STAMP.match(
            text, text.rfind("\n", 0, m.start()) + 1, m.start()
        ):
            # "Mon, Mar 30, 4:52 PM" over a text message, a voicemail's "Received: Tue, Mar
            # 10, 2026 at 4:41 PM": when something happened, not a meeting
            continue
        b = None
        if m.group("bh"):
            b = _clock(m.group("bh"), m.group("bm"), m.group("bap"), "x", None)
            if m.group("bap") and not m.group("aap") and b is not None and a.hour + 12 <= b.hour:
                a = time(a.hour + 12, a.minute) if a.hour < 12 else a
            if b is not None and b < a and m.group("bap") and not m.group("aap") and a.hour >= 12:
                a = time(a.hour - 12, a.minute)  # "11:30 - 12:15 PM" style fixups
            elif (
                b is not None
                and b < a
                and not (m.group("aap") or m.group("bap"))
                and a.hour >= 12
                and time(a.hour - 12, a.minute) < b
            ):
                a = time(a.hour - 12, a.minute)  # "7:00 to 1:00": a morning into the afternoon
        out.append(_mention(text, m.start(), m.end(), a, b, dates, ref_day, zones))
    if ref.tzinfo is not None:
        out.extend(_calls_from_now(text, ref))
    for m in _CJK_TIME.finditer(text):
        a = _cjk_clock(m.group("ap1"), m.group("h1"), m.group("m1"), None)
        b = _cjk_clock(m.group("ap2"), m.group("h2"), m.group("m2"), m.group("ap1"))
        if a is not None:
            out.append(_mention(text, m.start(), m.end(), a, b, dates, ref_day, zones))
    out.sort(key=lambda t: t.pos)
    return _same_deadline(text, _one_slot_two_clocks(text, out, reader_tz is not None))


# A chat transcript's time stamps: WhatsApp's "[30/03/2026, 16:52:10] Jess Kuhlman: ..." on one
# line, or a phone's "Mon, Mar 30, 4:52 PM" on a line of its own above the speaker's "(380)
# 555-0119: Hi Dale" in a transcript where the owner speaks as "Me:" (an itinerary's "10:00
# AM\nInterviewer: Jane Doe" has the same shape, but no "Me:")
_BRACKET_HEAD = re.compile(r"^[ \t]*\[[^\]\n]{0,24}$")
_BRACKET_TAIL = re.compile(r"(?::\d\d)?[ \t]*\][ \t]*[^\n:\]]{1,40}:")
_STAMP_HEAD = re.compile(r"^[ \t]*(?:[A-Za-z]{2,9}\.?,?[ \t]+)?[\w/., \t-]{0,24}(?:at[ \t]+)?$")
_STAMP_TAIL = re.compile(r"[ \t]*(?:\n[ \t]*\n?|[ \t]*-[ \t]*)[^\n:]{1,40}:[ \t]")
# an exported chat's line ("24/03/2026, 19:02 - Kwabena: Hi", "18/03/2026 10:02 - Camila
# Rocha: Oi"): a date at the line's start, the time, a dash and the message; a schedule's row
# ("24/03/2026 10:00 - Technical interview") has that shape too, so the text must hold at least
# two lines where a speaker's name and a colon follow the dash
_EXPORT_HEAD = re.compile(r"^[ \t]*\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?[ \t]*$")
_EXPORT_TAIL = re.compile(r"(?:[ \t]?[ap]\.?m\.?)?[ \t]*-[ \t]+\S", re.I)
_ME_SPEAKS = re.compile(
    r"(?m)(?:^[ \t]*|\][ \t]*|[ \t]-[ \t])(?:Me|Moi|Yo|Ich|Eu|Io|Ik)[ \t]*:[ \t]*\S"
)


# A line that records when something happened: "Received: Tue, Mar 10, 2026 at ", "Applied
# on Feb 27, 2026 · Viewed Mar 5, 2026 at "
_RECORD_STAMP = re.compile(
    # (Finnish "Lähetetty 6.3.2026 klo 21.03": sent)
    # (Korean "지원 일시: 2026.03.09 14:22", when the application was sent)
    r"[ \t]*(?:received|delivered|viewed|submitted|applied|posted|l\u00e4hetetty|"
    r"(?:지원|접수|제출)\s?일시)(?:[ \t]+on)?\b"
    r"[ \t]*:?"
    r"[^\n]{0,60}$",
    re.I,
)


def _chat_stamp(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is when a chat message was sent, not a meeting (a texted
    conversation forwarded by mail)."""
    head = text[text.rfind("\n", 0, start) + 1 : start]
    if _BRACKET_HEAD.match(head) and _BRACKET_TAIL.match(text, end):
        return True
    if (
        _EXPORT_HEAD.match(head)
        and _EXPORT_TAIL.match(text, end)
        and len(list(islice(_EXPORT_LINE.finditer(text), 2))) == 2  # (stops at the second)
    ):
        return True
    return (
        bool(_STAMP_HEAD.match(head))
        and bool(_STAMP_TAIL.match(text, end))
        and bool(_ME_SPEAKS.search(text))
    )


_SOMEONE_ELSES_TIME = re.compile(r"[\dh:.\s]{1,8}(?:[ap]\.?m\.?\s*)?(?:his|her|their) time\b", re.I)
_WHOSE_CLOCK = re.compile(r"\s*(?:my|your) time\b", re.I)
_CLOCK_TOKEN = re.compile(r"(?:(?:at|@)\s*)?\d{1,2}(?:[:.]\d\d)?(?:\s?[ap]\.?m\b\.?)?", re.I)


def _clock_end(text: str, pos: int) -> int:
    """Where the clock time written at ``pos`` ("9", "11:30", "4pm") ends."""
    m = _CLOCK_TOKEN.match(text, pos)
    return m.end() if m else pos


_RESTATED_FOR_YOU = re.compile(r"[^\n)]{0,24}?\byour (?:local )?time\b", re.I)
_CLOCK_PAIR_GAP = re.compile(r"[^\n/=(]{0,12}(?:/|=|\(|\bor\b|\bis\b)[^\n]{0,4}$", re.I)
_PM_WRITTEN = re.compile(r"\d{1,2}(?:[:.h]\d\d)?\s*p\.?\s?m?\b", re.I)
# a clock and the end of its range: "3:00pm to 3:45pm " (then "WAT – that is 2:00pm ...")
_CLOCK_AND_RANGE = re.compile(
    r"\s*(?:from\s+)?\S*(?:\s*(?:-|\u2013|to|until)\s*\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?)?\s*",
    re.I,
)


def _one_slot_two_clocks(
    text: str, mentions: list[TimeMention], reader_known: bool
) -> list[TimeMention]:
    """ "7:30 PT / 10:30 ET": one slot on two clocks. A bare "7:30" read as the afternoon (office
    hours) is the morning when its twin on the other clock says so: the two then name one
    instant, as the writer meant, instead of two twelve hours apart. And "14:00-15:30 Mountain
    (1:00-2:30 PM your time)" to a reader whose zone is unknown restates the slot: the second is
    no other meeting time; "16h his time ..., which works out to 9:00 AM here" is a clock that
    cannot be placed."""
    out = [
        replace(m, not_a_meeting=True)
        if not m.zone_explicit and _SOMEONE_ELSES_TIME.match(text, m.pos)
        else m
        for m in mentions
    ]
    for i in range(1, len(out)):
        a, b = out[i - 1], out[i]
        # ("from 3:00pm to 3:45pm WAT – that is 2:00pm to 2:45pm your time")
        between = text[a.pos : b.pos]
        lead = _CLOCK_AND_RANGE.match(between)
        if (
            not reader_known
            and a.zone_explicit
            and _CLOCK_PAIR_GAP.match(between[lead.end() if lead else 0 :])
            and _RESTATED_FOR_YOU.match(text, b.pos)
        ):
            out[i] = replace(b, not_a_meeting=True)
            continue
        if (
            not reader_known
            and not a.zone_explicit
            and b.zone_explicit
            and _YOUR_TIME.match(text, _clock_end(text, a.pos))
            and _CLOCK_PAIR_GAP.match(text[_clock_end(text, a.pos) : b.pos])
            and _MINE.match(text, _clock_end(text, b.pos))
        ):
            # "Monday at 9 your time (11 my time)" to a reader whose zone is unknown: the
            # writer's own clock places the slot, on the day named with the first
            out[i - 1] = replace(a, not_a_meeting=True)
            out[i] = replace(b, start=datetime.combine(a.start.date(), b.start.timetz()))
            continue
        if not (a.zone_explicit and b.zone_explicit):
            continue
        if abs(a.start - b.start) != timedelta(hours=12):
            continue
        if not _CLOCK_PAIR_GAP.match(text[a.pos : b.pos].split(" ", 1)[-1]):
            continue
        late = a if a.start > b.start else b
        local = late.start
        if 13 <= local.hour <= 19 and not _PM_WRITTEN.match(text, late.pos):
            half_day = timedelta(hours=12)
            moved = replace(
                late, start=late.start - half_day, end=late.end - half_day if late.end else None
            )
            out[out.index(late)] = moved
    return out


def _same_deadline(text: str, mentions: list[TimeMention]) -> list[TimeMention]:
    """A time in brackets that restates a deadline on another clock is the deadline too:
    "send it back by 5pm AEDT Mon 23/3 (2pm Perth)"."""
    out: list[TimeMention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.not_a_meeting
            and not m.not_a_meeting
            and m.start == prev.start
            and m.pos - prev.pos <= 40
            and "(" in text[prev.pos : m.pos]
        ):
            m = replace(m, not_a_meeting=True)
        out.append(m)
    return out


# "I'll call you in an hour", "te llamo dentro de una hora", "je t'appelle dans 30 minutes":
# a call set by its distance from the mail's own sending time. Only after a word for calling or
# talking, so that "finish the task in 30 minutes" or "reply within an hour" stay no time.
_FROM_NOW = re.compile(
    r"\b(?:call|ring|phone|dial|speak|talk|chat|llamo|llamar(?:te)?|hablamos|hablar|te marco|"
    r"ligo|ligar|falamos|appelle|appeler|rufe|anrufen|bel)\b[^.!?\n]{0,30}?"
    r"\b(?:in|dentro de|en|em|daqui a|dans|d'ici|within the next)\s+"
    r"(?P<n>an?|one|half an?|una|media|uma|meia|une|une demi|einer|einer halben|\d{1,3}|"
    r"fifteen|twenty|thirty|forty[- ]five)[- ]?"
    r"(?P<u>hours?|hrs?|horas?|heures?|stunden?|min(?:ute)?s?|minutos|minuten)\b",
    re.I,
)
_FROM_NOW_LEAD = re.compile(r"(?:\bin|\bdentro de|\bdans|\bdaqui a|\bd'ici|\bwithin)\s+$", re.I)
_HALF_WORDS = ("half", "media", "meia", "demi", "halben")


def _calls_from_now(text: str, ref: datetime) -> list[TimeMention]:
    """The calls ``text`` sets at a distance from ``ref``, its own sending time.

    The time is rounded to the next five minutes, the way a writer means "in an hour" when
    sending at 14:02.
    """
    out: list[TimeMention] = []
    for m in _FROM_NOW.finditer(text):
        n, unit = m.group("n").lower(), m.group("u").lower()
        count = 0.5 if any(w in n for w in _HALF_WORDS) else int(n) if n.isdigit() else None
        count = count if count is not None else _COUNT.get(n.replace(" ", "-"), 1)
        minutes = count * (60 if unit.startswith(("h", "st")) else 1)
        if not 5 <= minutes <= 6 * 60:
            continue
        at = ref + timedelta(minutes=minutes)
        at += timedelta(minutes=-at.minute % 5, seconds=-at.second, microseconds=-at.microsecond)
        lo = max(0, m.start() - 60)
        out.append(TimeMention(m.end(), at, None, True, True, text[lo : m.end() + 60]))
    return out


_MORNING_BEFORE = re.compile(r"\bmorning,?\s+(?:at\s+|@\s*|from\s+)?$", re.I)
# Turkish "sabah (saat) 10": in the morning (Azerbaijani mail, with its "ə", means tomorrow)
_SABAH_BEFORE = re.compile(r"\bsabah\s+$", re.I)
_DAYPART_BEFORE = re.compile(
    # (Sinhala "පෙ.ව. 10.00ට" (before noon), "ප.ව. 2.30ට" (after noon))
    r"(?:\b|(?<=\s)|^)(s\u00e1ng|chi\u1ec1u|t\u1ed1i|sang|chieu|toi|बिहान|दिउँसो|बेलुका|साँझ|"
    r"පෙ\.ව\.|ප\.ව\.)\s*"
    r"(?:(?:mai|nay|th\u1ee9 \w+|thu \w+|ch\u1ee7 nh\u1eadt|chu nhat)\s+)?(?:l\u00fac\s+|luc\s+)?$",
    re.I,
)
_DAYPART = re.compile(
    r"\s*,?\s*(?:(in the morning|of the morning|de la ma[ñn]ana|da manh[ãa]|du matin|morgens|"
    # (Indonesian "jam 10 pagi", "jam 7 malam"; "siang" spans late morning to mid-afternoon)
    r"in de ochtend|['’]s ochtends|di mattina|del mattino|rano|pagi)|"
    r"(?:in the (?:afternoon|evening)|"
    r"at night|de la (?:tarde|noche)|da (?:tarde|noite)|de l['’]apr[èe]s-midi|du soir|"
    r"nachmittags|abends|['’]s (?:middags|avonds)|del pomeriggio|di sera|po po[łl]udniu|"
    # (Malay "2.00 petang": in the afternoon)
    r"wieczorem|sore|malam|petang))\b",
    re.I,
)


def _clock_matches(text: str, dates: list[DateMention]) -> Iterator[re.Match[str]]:
    """The clock matches of ``text``. One that opens inside a written date is read again from
    the date's end: in "giovedì 26 alle 14h" the 26th is the day and "alle 14h" the clock (the
    whole would read as a range from 26 "alle" 14)."""
    pos = 0
    while (m := _TIME_RE.search(text, pos)) is not None:
        inside = next(
            (d for d in dates if not d.weekday_only and d.pos <= m.start("ah") < d.end < m.end()),
            None,
        )
        if inside is not None:
            pos = inside.end
            continue
        if _ORDINAL.match(text, m.end("ah")):
            # a day of the month, not an hour: "closed from 9th to 11th Nov"
            pos = m.end("ah")
            continue
        yield m
        pos = max(m.end(), m.start() + 1)


_ORDINAL = re.compile(r"(?:st|nd|rd|th)\b", re.I)


# "by 10am prompt", "by 9 sharp": a start to be on time for, not a deadline
_PROMPT = re.compile(r"(?:\s+[A-Z]{2,5})?\s+(?:prompt|sharp)\b", re.I)


# "11am SA time" is South Africa's time to a South African and South Australia's to an
# Australian: the reading is the zone of whoever writes or reads the mail
_SOUTH_AFRICA_OR_AUSTRALIA = re.compile(r"\W{0,3}(?-i:SA)\b", re.I)
_JOHANNESBURG = ZoneInfo("Africa/Johannesburg")
# Zone words that mean the writer's own clock in a neighbouring region: "CST" in Saskatchewan
# and "MST" in Arizona (standard time all year), not Chicago's or Denver's
_STANDARD_ALL_YEAR: dict[tzinfo, tuple[tzinfo, ...]] = {
    ZoneInfo("America/Chicago"): (ZoneInfo("America/Regina"),),
    ZoneInfo("America/Denver"): (ZoneInfo("America/Phoenix"),),
    # ... and the other way: "hora del centro" from a Texas clinic is US Central time
    ZoneInfo("America/Mexico_City"): (ZoneInfo("America/Chicago"),),
}


_KOLKATA = ZoneInfo("Asia/Kolkata")
_DUBLIN = ZoneInfo("Europe/Dublin")
_IST = re.compile(r"[^\n]{0,12}?(?-i:\bIST\b)")
_IRISH = re.compile(r"\b(?:dublin|ireland|irish|cork|galway|limerick)\b|\+353", re.I)


def _irish_standard_time(text: str, window: str, writer: tzinfo, day: date) -> bool:
    """ "IST" is Irish Standard Time when the writer keeps Dublin's clock and the mail is Irish
    (a Dublin address, a +353 number); India's from a writer on +05:30."""
    if not _IST.match(window) or not _IRISH.search(text):
        return False
    return _same_clock(writer, _DUBLIN, day)


def _same_clock(writer: tzinfo, zone: tzinfo, day: date) -> bool:
    """``writer`` keeps ``zone``'s offset on ``day``."""
    noon = datetime.combine(day, time(12))
    return noon.replace(tzinfo=writer).utcoffset() == noon.replace(tzinfo=zone).utcoffset()


_LONDON_ZONE = ZoneInfo("Europe/London")
_DHAKA = ZoneInfo("Asia/Dhaka")
_BST = re.compile(r"[^\n]{0,12}?(?-i:\bBST\b)")


_DENVER = ZoneInfo("America/Denver")
_PHOENIX = ZoneInfo("America/Phoenix")
_SYDNEY = ZoneInfo("Australia/Sydney")
_BRISBANE = ZoneInfo("Australia/Brisbane")
_AEST = re.compile(r"[^\n]{0,12}?(?-i:\bAEST\b)")
# Queensland named anywhere in the mail ("Both times are Brisbane time", "Brisbane QLD 4000")
_QUEENSLAND = re.compile(r"\b(?:brisbane|queensland|qld)\b", re.I)
_MST = re.compile(r"[^\n]{0,12}?(?-i:\bMST\b)")


def _arizona_clock(writer: tzinfo, day: date) -> bool:
    """On ``day`` Denver keeps daylight time and ``writer`` is on Arizona's -07:00."""
    noon = datetime.combine(day, time(12))
    arizona = timedelta(hours=-7)
    return noon.replace(tzinfo=_DENVER).utcoffset() != arizona and (
        noon.replace(tzinfo=writer).utcoffset() == arizona
    )


def _sa_zone(zone: tzinfo, zones: _Zones, base_day: date) -> tzinfo:
    noon = datetime.combine(base_day, time(12))
    south_african = timedelta(hours=2)
    people = [z for z in (zones.writer, zones.reader) if z is not None]
    if any(noon.replace(tzinfo=z).utcoffset() == south_african for z in people):
        return _JOHANNESBURG
    return zone


def _mention(
    text: str,
    pos: int,
    end_pos: int,
    a: time,
    b: time | None,
    dates: list[DateMention],
    ref_day: date,
    zones: _Zones,
) -> TimeMention:
    """The time ``a`` (to ``b``) written at ``text[pos:end_pos]``, with its day and zone."""
    said_day = _date_for(pos, end_pos, dates, text)
    if said_day is None and (starts_line(text, pos) or _right_column(text, pos)):
        said_day = _sole_date_before(pos, dates, text, ref_day)  # a schedule row, far below its day
    day = said_day.day if said_day else None
    # the zone written after this time, not one that belongs to a later time
    window = _NEXT_CLOCK.split(text[end_pos : end_pos + 48], maxsplit=1)[0]
    # "10:30 your time? I'm in London": the reader's zone, not the place named after it
    yours = zones.reader is not None and bool(
        _YOUR_TIME.match(window) or _YOUR_TIME_BEFORE.search(text[max(0, pos - 30) : pos])
    )
    zone = zones.reader if yours else zone_in(window)
    if zone is not None and _SOUTH_AFRICA_OR_AUSTRALIA.match(window):
        zone = _sa_zone(zone, zones, base_day=day or ref_day)
    if _MINE.match(window):
        zone = zones.writer  # "11h aqui (14h em Lisboa)": the writer's own clock
    # "독일 시간 5/7(목) 오후 2시, 한국 시간으로는 ... 9시": in Korean, Japanese and Chinese the
    # country's time comes before its date and time (the one after belongs to the next time)
    # (a zone written right after the time still wins: "日本時間 12時～13時30分\n(11:00 SGT)")
    cjk = list(_CJK_ZONE_BEFORE.finditer(text[max(0, pos - 24) : pos]))
    if cjk and (zone is None or _CJK_ZONE_BEFORE.search(window)):
        zone = ZoneInfo(_CJK_COUNTRY_ZONES[cjk[-1].group(1)])
    # Turkish names the clock before the time too: "Dubai saatiyle 11:00 (İstanbul saatiyle
    # 10:00)" (the "İstanbul" after 11:00 belongs to 10:00)
    said_before = _TR_ZONE_BEFORE.search(text[max(0, pos - 30) : pos])
    if said_before is not None:
        zone = zone_in(said_before.group(1)) or zone
    if zone is None:
        # the place named just before: "In Singapore it becomes 9:00", "for you in Madrid: 14h"
        lead = _ZONE_BEFORE.search(text[max(0, pos - 48) : pos])
        zone = zone_in(lead.group(1)) if lead else None
    if zone is not None and zones.writer in _STANDARD_ALL_YEAR.get(zone, ()):
        zone = zones.writer  # "10:30 a.m. CST" from Saskatoon: their clock, CST all year
    elif zone == _KOLKATA and _irish_standard_time(text, window, zones.writer, day or ref_day):
        zone = _DUBLIN  # "2pm IST" from a Dublin recruiter: Irish Standard Time
    elif (
        zone == _LONDON_ZONE
        and _BST.match(window)
        and _same_clock(zones.writer, _DHAKA, day or ref_day)
    ):
        zone = _DHAKA  # "10:30 AM (BST)" from Chattogram: Bangladesh Standard Time
    elif zone == _DENVER and _MST.match(window) and _arizona_clock(zones.writer, day or ref_day):
        # "11:00 AM MST" in summer from a writer on -07:00 (a portal showing an Arizona
        # viewer's zone): Arizona's standard time, not Denver's daylight clock
        zone = _PHOENIX
    elif (
        zone == _SYDNEY
        and _AEST.match(window)
        and _QUEENSLAND.search(text)
        and datetime.combine(day or ref_day, time(12), _SYDNEY).dst()
    ):
        # "11:00am AEST" in October from a Brisbane writer: Queensland keeps standard time,
        # while Sydney's summer clock is AEDT
        zone = _BRISBANE
    explicit = zone is not None
    zone = zone or zones.stated or zones.writer
    base = day or ref_day
    start = datetime.combine(base, a, zone)
    end = datetime.combine(base, b, zone) if b is not None else None
    if _WINDOW_LEAD.search(text, max(0, pos - 12), pos) and not _ARRIVE_BY.search(
        text, max(0, pos - 50), pos
    ):
        end = None  # "will call you sometime between 2 and 4": when it starts, not how long
    if end is not None and end <= start:
        end = (
            end + timedelta(days=1)
            if (end + timedelta(days=1) - start) < timedelta(hours=12)
            else None
        )
    lo = max(0, pos - 60)
    before = text[max(0, pos - 50) : pos]  # (the words that may make it no meeting)
    return TimeMention(
        pos,
        start,
        end,
        day is not None,
        explicit or bool(zones.stated),
        text[lo : end_pos + 60],
        # (a minute to midnight is always a deadline: "do piątku, godz. 23:59", and a minute
        # past it when something takes effect: "will begin an orderly shutdown at 12:01 a.m.")
        # ("be available ... by 10:00am WAT prompt" is Nigerian English for "at 10:00 sharp")
        (
            _not_a_meeting(before)
            and not _PROMPT.match(text, end_pos)
            and not _call_window(before, start, end)
        )
        or (a.hour, a.minute) in ((23, 59), (0, 1))
        # "noon Friday your time - that's 3pm here" with the reader's zone unknown: the time
        # written in the writer's own zone is the one to read
        or (
            zones.reader is None
            # ("noon Friday your time": the reader's zone named in the same clause)
            and bool(_YOUR_TIME.search(re.split(r"[.!?\n]", window, maxsplit=1)[0][:40]))
            and bool(_HERE_AFTER.search(text[end_pos : end_pos + 70]))
        ),
        bool(said_day and said_day.weekday_only),
    )


# "<country> time" in Korean, Japanese and Chinese, written before the date and time
_CJK_COUNTRY_ZONES = {
    "독일": "Europe/Berlin", "한국": "Asia/Seoul", "일본": "Asia/Tokyo", "영국": "Europe/London",
    "프랑스": "Europe/Paris", "싱가포르": "Asia/Singapore", "중국": "Asia/Shanghai",
    "미국 동부": "America/New_York", "미국 서부": "America/Los_Angeles",
    "ドイツ": "Europe/Berlin", "日本": "Asia/Tokyo", "韓国": "Asia/Seoul", "英国": "Europe/London",
    "米国東部": "America/New_York", "米国西部": "America/Los_Angeles", "中国": "Asia/Shanghai",
    "德国": "Europe/Berlin", "韩国": "Asia/Seoul", "北京": "Asia/Shanghai",
    # ("※シンガポール時間 13:00～14:00" under the Japan-time line)
    "シンガポール": "Asia/Singapore", "新加坡": "Asia/Singapore", "香港": "Asia/Hong_Kong",
    "インド": "Asia/Kolkata", "台湾": "Asia/Taipei", "台灣": "Asia/Taipei",
}  # fmt: skip
_CJK_ZONE_BEFORE = re.compile(
    "(" + "|".join(sorted(_CJK_COUNTRY_ZONES, key=len, reverse=True)) + r")\s?(?:시간|時間|时间)"
)
# Japanese, Korean and Chinese clock times: "14時30分", "午後3時", "오후 3시 ~ 4시", "下午3点半".
# Read apart from _TIME_RE because the hour word follows the number and the morning/afternoon
# word comes before it.
_CJK_HOUR = (
    # (the hour in digits or in Chinese numerals: "下午三点", "上午十点半")
    # (Cantonese: "下晝" / "晏晝" (the afternoon), "朝早" (the morning), "夜晚" (the evening))
    r"(?P<ap{n}>午前|午後|오전|오후|上午|下午|中午|晚上|下晝|晏晝|朝早|夜晚)?\s*(?P<h{n}>\d{{1,2}}|[一二两兩三四五六七八九十]{{1,3}})"
    r"\s*[時时시点點](?![間间간])"
    # (minutes in digits or numerals: "十點二十分" is 10:20)
    r"(?:\s*(?P<m{n}>(?:\d{{1,2}}|[一二三四五六七八九十]{{1,3}})\s*[分분]|半))?"
)
_CJK_TIME = re.compile(
    _CJK_HOUR.format(n=1) + r"(?:\s*(?:~|〜|～|-|–|から|到|至)\s*" + _CJK_HOUR.format(n=2) + ")?"
)
_CJK_PM = ("午後", "오후", "下午", "晚上", "下晝", "晏晝", "夜晚")


_CJK_DIGITS = {
    "一": 1,
    "二": 2,
    "两": 2,
    "兩": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}


def _cjk_numeral(word: str) -> int:
    """ "三" is 3, "十" is 10, "十一" is 11, "二十" is 20 (99 for what is no hour)."""
    if "十" not in word:
        return _CJK_DIGITS.get(word, 99) if len(word) == 1 else 99
    tens, _, ones = word.partition("十")
    return (_CJK_DIGITS.get(tens, 99) if tens else 1) * 10 + _CJK_DIGITS.get(ones, 0)


def _cjk_clock(ap: str | None, h: str | None, mnt: str | None, range_ap: str | None) -> time | None:
    if h is None:
        return None
    if not h.isdigit() and not (ap or mnt or range_ap):
        return None  # "早一点" is "a little earlier": a numeral hour needs 上午/下午 or minutes
    hour = int(h) if h.isdigit() else _cjk_numeral(h)
    digits = (mnt or "").rstrip("分분 \t")  # "30分", "二十分"
    if mnt == "半":
        minute = 30
    else:
        minute = int(digits or 0) if digits.isdigit() or not digits else _cjk_numeral(digits)
    mark = ap or range_ap
    if mark in _CJK_PM and hour < 12:
        hour += 12
    elif mark is None and 1 <= hour <= 7:
        hour += 12  # "3시": office hours, so the afternoon
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


# another clock time (not an offset such as "(UTC-05:00)" or "GMT+5:30")
_NEXT_CLOCK = re.compile(
    r"(?<![+\-\u2212\d:])(?<!utc)(?<!gmt)\b\d{1,2}(?::\d{2}|\s?[ap]\.?m\b|\s?uhr\b|h(?:[0-5]\d)?\b)",
    re.I,
)
_NOON = re.compile(
    r"\b(?:12(?::00)?\s*)?(?:noon|midday)\b|(?<=\b[àa] )midi\b|(?<=\bdemain )midi\b|"
    r"\bmediod[íi]a\b|\bv poledne\b|\bna obed\b",
    re.I,
)


# A time one must be at, not a deadline or someone's availability: "please arrive by 9:30",
# "join by 2pm", "Come by the branch Tuesday between 9 and 11 and I'll do your interview" (a
# walk-in window)
_ARRIVE_BY = re.compile(
    # (not a flight's "arrives 7:40am")
    r"arriv(?!es\b)|check[- ]?in|\bbe (?:there|here|ready|online)|\bjoin|log ?in|"
    r"\b(?:come|stop|drop|swing|pop) (?:by|in|over)\b|"
    # West African English: "your interview ... holds tomorrow by 2pm WAT" (takes place at 2pm)
    r"\bholds\b[^.\n]{0,30}\bby\W+$|"
    # ... and a call promised for then: "I will call you on Friday by 4pm"
    r"\b(?:call|ring|phone) you\b[^.\n]{0,25}\bby\W+$|"
    # ... and the interview named right before its day: "a final interview next week Monday by
    # 8:30am" (not "interview slots must be booked by 5pm": only day words stand between)
    r"\binterview(?:\s+(?:is|will be|holds|on|for|next|this|coming|week|tomorrow|today|\w+day|"
    r"\d{1,2}(?:st|nd|rd|th)?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?),?)"
    r"{1,5}\s+by\W+$",
    re.I,
)


def _call_window(before: str, start: datetime, end: datetime | None) -> bool:
    """A window of an hour at most is a slot, not an open window: "te va a llamar ... entre las
    10:00 y las 10:30" (a call expected then), unlike "any time between 9am and 4pm"."""
    return (
        end is not None
        and end - start <= timedelta(hours=1)
        and _WINDOW_WORD.search(before) is not None
        and not _NOT_A_MEETING.search(_WINDOW_WORD.sub("", before))
    )


def _not_a_meeting(before: str) -> bool:
    return bool(_NOT_A_MEETING.search(before)) and not _ARRIVE_BY.search(before)


_UNIT_WORD = re.compile(
    r"\b(?:apt|suite|unit|bldg|building|room|rm|floor|fl|gate|no|band|salle|sala|raum|zimmer|aula|"
    # (on the same line: "Lunch in the crib room" ends a timetable row, "1.00-2.30pm" opens
    # the next)
    r"pok\u00f3j|lokal|local)\.?[ \t]*#?[ \t]*\Z",
    re.I,
)


# A time the writer takes back as soon as it is written: "4pm... sorry, 3pm", "10 - I mean 11"
_TAKEN_BACK = re.compile(
    r"[ \t]*(?:\.{2,}|\u2026|,|-|\u2013|\u2014)?[ \t]*(?:sorry|oops|I mean|correction|"
    r"scratch that)\b",
    re.I,
)


def _unit_number(text: str, m: re.Match[str]) -> bool:
    """ "Suite 5a", "Apt 4p", "salle 3.40", "Unit 4 - 2200 McGillivray Blvd": a flat or a
    room, not 5 am, 3:40 or 4 to 22:00 (phone shorthand writes "5a" too)."""
    if not _UNIT_WORD.search(text[max(0, m.start() - 12) : m.start()]):
        return False
    suffix = (m.group("aap") or "").lower()
    dotted = "." in text[m.start("ah") : m.end("am")] if m.group("am") else False
    return suffix in {"a", "p"} or (dotted and not suffix) or not (suffix or m.group("am"))


def _phone_group(text: str, m: re.Match[str]) -> bool:
    """ "0131 496 0811": four digits that close (or open) a run of digit groups are part of a
    phone number, not 08:11."""
    token = text[m.start("ah") : m.end("am")] if m.group("am") else ""
    if not (token.isdigit() and len(token) == 4) or m.group("aap") or m.group("bh"):
        return False
    return bool(_GROUP_BEFORE.search(text, 0, m.start("ah"))) or bool(
        _GROUP_AFTER.match(text, m.end("am"))
    )


_GROUP_BEFORE = re.compile(r"\d{2,}[ .-]$")
_GROUP_AFTER = re.compile(r"[ .-]\d{3,}")


def _dotted_number(text: str, m: re.Match[str]) -> bool:
    """ "Raum C 2.14", "see section 3.25": one digit, a dot and two more, with nothing that makes
    it a clock (no am/pm, no "at", no range, no zone or part of the day after it), is a number,
    not a time."""
    if not m.group("am") or m.group("aap") or m.group("pre") or m.group("bh"):
        return False
    if len(m.group("ah")) != 1 or text[m.start("am") - 1] != ".":
        return False
    # (a part of the day after it makes it a clock: Malay "2.00 petang", "3.30 in the afternoon";
    # and before it: Sinhala "ප.ව. 2.30ට")
    return (
        zone_in(text[m.end() : m.end() + 12]) is None
        and not _DAYPART.match(text, m.end())
        and not _DAYPART_BEFORE.search(text, max(0, m.start() - 24), m.start())
    )


# Swahili time counts the hours from sunrise (saa moja, "hour one", is 7 o'clock): "saa nne
# asubuhi" is 10:00, "saa nane mchana" 14:00, "saa kumi jioni" 16:00
_SWAHILI_HOURS = {
    "moja": 1, "mbili": 2, "tatu": 3, "nne": 4, "tano": 5, "sita": 6, "saba": 7, "nane": 8,
    "tisa": 9, "kumi": 10, "kumi na moja": 11, "kumi na mbili": 12,
}  # fmt: skip
_SWAHILI_CLOCK = re.compile(
    r"\bsaa (kumi na (?:moja|mbili)|moja|mbili|tatu|nne|tano|sita|saba|nane|tisa|kumi)"
    r"(?: na (nusu|robo))? (asubuhi|mchana|jioni|usiku)\b",
    re.I,
)


def _as_swahili_clock(m: re.Match[str]) -> str:
    hour = (_SWAHILI_HOURS[m.group(1).lower()] + 6) % 12 or 12
    part = m.group(3).lower()
    if (part in {"mchana", "jioni"} and hour < 12) or (part == "usiku" and 7 <= hour <= 11):
        hour += 12
    minutes = {"nusu": 30, "robo": 15}.get((m.group(2) or "").lower(), 0)
    return _in_place(m, f"at {hour}:{minutes:02d}")


# Kinyarwanda counts the hours from sunrise too ("saa moya" is 7 o'clock), with its own numbers:
# "saa tatu za mu gitondo" (9:00 in the morning), "saa munani z'amanywa" (14:00 in the day), "saa
# yine n'igice" (10:30), "saa moya z'umugoroba" (19:00 in the evening)
_KINYARWANDA_HOURS = {
    "moya": 1, "mbiri": 2, "tatu": 3, "yine": 4, "tanu": 5, "sita": 6, "saba": 7, "munani": 8,
    "cyenda": 9, "cumi": 10, "cumi n'imwe": 11, "cumi n'ebyiri": 12,
}  # fmt: skip
_KINYARWANDA_CLOCK = re.compile(
    r"\bsaa (cumi n['’](?:imwe|ebyiri)|moya|mbiri|tatu|yine|tanu|sita|saba|munani|cyenda|cumi)"
    r"(?: n['’](igice))?(?: (?:za |z['’])(mu gitondo|amanywa|umugoroba|ijoro|mu ijoro))?\b",
    re.I,
)


def _as_kinyarwanda_clock(m: re.Match[str]) -> str:
    hour = _KINYARWANDA_HOURS[m.group(1).lower().replace("’", "'")] + 6  # 7 to 18: the day
    if (m.group(3) or "").lower() in {"umugoroba", "ijoro", "mu ijoro"} and hour < 13:
        hour = (hour + 12) % 24  # the evening's and the night's hours
    return _in_place(m, f"at {hour}:{30 if m.group(2) else 0:02d}")


# Luganda counts the hours from sunrise as well: "ku ssaawa nnya ez'okumakya" (at the fourth hour
# of the morning: 10:00), "ssaawa munaana ez'olweggulo" (the eighth of the afternoon: 14:00),
# "ssaawa ssatu ez'ekiro" (21:00 at night); "ssaawa 4" with the number as a figure
_LUGANDA_HOURS = {
    "emu": 1, "bbiri": 2, "ssatu": 3, "nnya": 4, "ttaano": 5, "mukaaga": 6, "musanvu": 7,
    "munaana": 8, "mwenda": 9, "kkumi": 10, "kkumi n'emu": 11, "kkumi n'ebbiri": 12,
}  # fmt: skip
_LUGANDA_CLOCK = re.compile(
    r"\bssaawa\s+(?P<h>kkumi n['’](?:emu|ebbiri)|emu|bbiri|ssatu|nnya|ttaano|mukaaga|musanvu|"
    r"munaana|mwenda|kkumi|\d{1,2})(?:\s+n['’](?P<half>ekitundu))?"
    r"(?:\s+ez['’]\s?(?P<part>okumakya|omu ttuntu|olweggulo|akawungeezi|ekiro))?\b",
    re.I,
)


def _as_luganda_clock(m: re.Match[str]) -> str:
    word = m.group("h").lower().replace("’", "'")
    hour = (int(word) if word.isdigit() else _LUGANDA_HOURS[word]) + 6  # 7 to 18: the day
    if (m.group("part") or "").lower() == "ekiro" and hour < 13:
        hour = (hour + 12) % 24  # the night's hours
    return _in_place(m, f"at {hour}:{30 if m.group('half') else 0:02d}")


# Malagasy names the hour with "ora" and the part of the day after it: "amin'ny 10 ora maraina"
# (at 10 in the morning), "2 ora tolakandro" (2 in the afternoon), "10 ora sy sasany" (half past
# ten), "9 ora sy 45" (9:45), "9 ora maraina ka hatramin'ny 10 ora sy sasany" (from 9 to 10:30)
_MALAGASY_ONE = (
    r"(?P<h{n}>\d{{1,2}})(?:[:.](?P<m{n}>[0-5]\d))?\s*ora\b"
    r"(?:\s+sy\s+(?:(?P<half{n}>sasany)|(?P<quarter{n}>fahefany)|(?P<mm{n}>[0-5]\d)))?"
    r"(?:\s+(?P<part{n}>maraina|atoandro|tolakandro|hariva|alina))?"
)


def _clock_range(one: str, until: str, lead: str = "", tail: str = "") -> re.Pattern[str]:
    """A clock written as ``one`` (its groups named with ``{n}``), then optionally ``until`` (or
    a dash) and a second such clock, whose groups end in 2."""
    return re.compile(
        lead
        + one.format(n="")
        + rf"(?:\s*(?:{until}|[-\u2013])\s*"
        + one.format(n="2")
        + ")?"
        + tail,
        re.I,
    )


_MALAGASY_CLOCK = _clock_range(_MALAGASY_ONE, r"(?:ka\s+)?hatramin['\u2019]ny", lead=r"\b")
_MALAGASY_AFTERNOON = frozenset({"tolakandro", "hariva"})


def _as_malagasy_clock(m: re.Match[str]) -> str:
    def western(n: str, part: str | None) -> tuple[int, int]:
        hour = int(m.group(f"h{n}"))
        minutes = int(m.group(f"m{n}") or m.group(f"mm{n}") or 0)
        minutes = 30 if m.group(f"half{n}") else 15 if m.group(f"quarter{n}") else minutes
        late = part in _MALAGASY_AFTERNOON or (part == "atoandro" and hour < 6)
        if (late and hour < 12) or (part == "alina" and 6 <= hour < 12):
            hour += 12
        return hour, minutes

    part = (m.group("part") or "").lower() or None
    hour, minutes = western("", part)
    if m.group("h2") is None:
        if part is None and not minutes:
            return _in_place(m, f"at {hour}")  # a bare "11 ora" is an hour as "at 11" is
        return _in_place(m, f"at {hour}:{minutes:02d}")
    # (an end with no part of the day is in the start's: "8 ora maraina ka hatramin'ny 11 ora")
    end_hour, end_minutes = western("2", (m.group("part2") or "").lower() or part)
    if end_hour < hour and not m.group("part2"):
        end_hour += 12
    return _in_place(m, f"at {hour}:{minutes:02d}-{end_hour}:{end_minutes:02d}")


# Somali names the part of the day after the clock: "saacadda 10:00 subaxnimo" (at 10 in the
# morning), "4-ta galabnimo" (4 in the afternoon), "3:00 galabnimo ilaa 3:45 galabnimo" (from
# 3 to 3:45 in the afternoon)
_SOMALI_ONE = (
    r"(?P<h{n}>\d{{1,2}})(?:[:.](?P<m{n}>[0-5]\d))?(?:-?(?:ta|da|ka)\b)?"
    r"(?:\s*(?P<part{n}>subax\w*|duhur\w*|galab\w*|casar\w*|fiid\w*|habeen\w*))?"
)
_SOMALI_PARTS = re.compile(r"\b(?:subax|duhur|galab|casar|fiid|habeen)", re.I)
_SOMALI_CLOCK = _clock_range(_SOMALI_ONE, r"\bilaa\b", lead=r"(?:\bsaacadda\s+)?\b")


def _somali_hour(hour: int, part: str) -> int:
    part = part.lower()
    if part.startswith(("galab", "casar", "fiid")) and hour < 12:
        return hour + 12
    if (part.startswith("duhur") and hour < 6) or (part.startswith("habeen") and 6 <= hour < 12):
        return hour + 12
    return hour


def _as_somali_clock(m: re.Match[str]) -> str:
    part, end_part = m.group("part"), m.group("part2")
    if not part and not end_part:
        return m.group(0)  # no part of the day named: an ordinary clock, read as it stands
    hour = _somali_hour(int(m.group("h")), part or end_part or "")
    clock = f"at {hour}:{m.group('m') or '00'}"
    if m.group("h2") is not None:
        end_hour = _somali_hour(int(m.group("h2")), end_part or part or "")
        clock += f"-{end_hour}:{m.group('m2') or '00'}"
    return _in_place(m, clock)


# Hausa names the hour with "karfe" (iron: the bell) and the part of the day after it: "da karfe
# 10 na safe" (at 10 in the morning), "karfe 2 na rana" (2 in the day), "karfe 4 na yamma" (4 in
# the evening), "karfe 7 na dare" (7 at night), "daga karfe 3 zuwa karfe 4 na rana" (from 3 to 4)
_HAUSA_ONE = (
    r"\bkarfe\s+(?P<h{n}>\d{{1,2}})(?:[:.](?P<m{n}>[0-5]\d))?"
    r"(?:\s+na\s+(?P<part{n}>safe|rana|yamma|dare))?"
)
_HAUSA_CLOCK = _clock_range(_HAUSA_ONE, r"\bzuwa")


def _as_hausa_clock(m: re.Match[str]) -> str:
    part = (m.group("part") or m.group("part2") or "").lower()

    def western(n: str) -> str:
        hour = int(m.group(f"h{n}"))
        late = part in {"yamma", "dare"} or (part == "rana" and hour < 7)
        return f"{hour + 12 if late and hour < 12 else hour}:{m.group(f'm{n}') or '00'}"

    if not part:
        return m.group(0)  # no part of the day: "karfe 10:30", read as it stands
    end = f"-{western('2')}" if m.group("h2") else ""
    return _in_place(m, f"at {western('')}{end}")


@dataclass(frozen=True)
class _DayParts:
    """A language's words for the parts of the day, said after an hour written in figures."""

    afternoon: frozenset[str]  # from noon: "2" is 14:00
    night: frozenset[str] = frozenset()  # from six in the evening: "8" is 20:00, "1" is 01:00
    midday: frozenset[str] = frozenset()  # about noon: "1" is 13:00, "11" is 11:00

    def western(self, hour: int, part: str) -> int:
        """``hour`` on the 24-hour clock, said with ``part`` of the day ("2", "afternoon": 14)."""
        late = (
            part in self.afternoon
            or (part in self.night and hour >= 6)
            or (part in self.midday and hour < 6)
        )
        return hour + 12 if late and hour < 12 else hour


# Yoruba names the hour with "agogo" (the bell) and a number word, then the part of the day:
# "ní agogo mẹ́wàá òwúrọ̀" (at ten in the morning), "agogo méjì ọ̀sán" (two in the afternoon),
# "agogo merin irole" (four in the evening), in any spelling of the marks
_YORUBA_HOURS = {
    "okan": 1, "meji": 2, "meta": 3, "merin": 4, "marun": 5, "mefa": 6, "meje": 7, "mejo": 8,
    "mesan": 9, "mewa": 10, "mokanla": 11, "mejila": 12,
}  # fmt: skip
_YORUBA_PARTS = _DayParts(frozenset({"osan", "irole"}), frozenset({"ale"}))
_YORUBA_CLOCK = re.compile(
    rf"\b{toneless('agogo')}\s+(?P<h>\d{{1,2}}|"
    + "|".join(toneless(w) for w in sorted(_YORUBA_HOURS, key=len, reverse=True))
    + r")(?:-?[uúa][nń])?(?:[aá])?"
    + r"(?:\s+(?P<part>"
    + "|".join(toneless(w) for w in ("owuro", "aaro", "osan", "irole", "ale"))
    + r"))?(?!\w)",
    re.I,
)


def _as_yoruba_clock(m: re.Match[str]) -> str:
    word = without_accents(m.group("h"))
    hour = int(word) if word.isdigit() else _YORUBA_HOURS[word]
    part = without_accents(m.group("part") or "")
    hour = _YORUBA_PARTS.western(hour, part)
    return _in_place(m, f"at {hour}:00" if part else f"at {hour}")


# Igbo names the hour with "elekere" (the clock) and a number word, then "nke" and the part of
# the day: "n'elekere iri nke ụtụtụ" (at ten in the morning), "elekere abụọ nke ehihie" (two in
# the afternoon), "elekere iri na abụọ na ọkara" (half past twelve), "ruo" (until) between two
_IGBO_ONE = (
    rf"(?:\bn['\u2019]\s?)?\b{toneless('elekere')}\s+(?P<h{{n}}>\d{{{{1,2}}}}|{_IGBO_NUMBER_ALT})"
    r"(?:[:.](?P<m{n}>[0-5]\d))?"
    rf"(?:\s+na\s+(?P<half{{n}}>{toneless('okara')}))?"
    r"(?:,?\s+nke\s+(?P<part{n}>"
    + "|".join(toneless(w) for w in ("ututu", "ehihie", "mgbede", "anyasi", "abali", "uhuruchi"))
    + r"))?(?!\w)"
)
_IGBO_CLOCK = _clock_range(_IGBO_ONE, rf"\b{toneless('ruo')}")
_IGBO_PARTS = _DayParts(frozenset({"ehihie", "mgbede", "anyasi", "uhuruchi"}), frozenset({"abali"}))


def _as_igbo_clock(m: re.Match[str]) -> str:
    part = without_accents(m.group("part") or m.group("part2") or "")

    def western(n: str) -> str:
        word = " ".join(without_accents(m.group(f"h{n}")).split())
        hour = int(word) if word.isdigit() else _IGBO_NUMBERS[word]
        minutes = "30" if m.group(f"half{n}") else m.group(f"m{n}") or "00"
        return f"{_IGBO_PARTS.western(hour, part)}:{minutes}"

    start = western("")
    if not part and not m.group("h2") and start.endswith(":00"):
        start = start[:-3]  # "elekere iri": the hour alone, for the office-hours guess
    end = f"-{western('2')}" if m.group("h2") else ""
    return _in_place(m, f"at {start}{end}")


# an hour written in figures, with its minutes if any: "10", "2:30" (not a date's "12.10")
_FIGURE_HOUR = r"(?<![\w:.])(?P<h>\d{1,2})(?:[:.](?P<m>[0-5]\d))?"


def _part_clock(parts: _DayParts) -> Callable[[re.Match[str]], str]:
    """The rewrite of a clock matched with groups ``h``, ``m`` and ``part`` to "at 14:00"; an
    hour with neither minutes nor a part stays "at 2", for the office-hours guess."""

    def rewrite(m: re.Match[str]) -> str:
        hour, part = int(m.group("h")), (m.group("part") or "").lower()
        if not part and not m.group("m"):
            return _in_place(m, f"at {hour}")
        return _in_place(m, f"at {parts.western(hour, part)}:{m.group('m') or '00'}")

    return rewrite


# Wolof writes the hour with "i" after it and the part of the day: "ci 10i suba" (at 10 in the
# morning), "ci 3i ngoon" (at 3 in the afternoon), "1i bëccëg" (1 at midday), "8i guddi" (8 at
# night)
_WOLOF_CLOCK = re.compile(
    r"(?:\bci\s+)?(?<![\w:.])(?P<h>\d{1,2})(?:[:h.](?P<m>[0-5]\d))?i\s+"
    r"(?P<part>suba|ngoon|b\u00ebcc\u00ebg|becceg|guddi)\b",
    re.I,
)


_as_wolof_clock = _part_clock(
    _DayParts(frozenset({"ngoon"}), frozenset({"guddi"}), frozenset({"b\u00ebcc\u00ebg", "becceg"}))
)


# Fijian names the part of the day after the hour: "ena 10 na mataka" (at 10 in the morning),
# "ena 3 na yakavi" (at 3 in the afternoon), "8 na bogi" (8 at night), "12 na siga" (midday)
_FIJIAN_CLOCK = re.compile(
    r"(?:\bena\s+)?" + _FIGURE_HOUR + r"\s+na\s+"
    r"(?P<part>mataka|siga|yakavi|bogi)\b",
    re.I,
)


_as_fijian_clock = _part_clock(
    _DayParts(frozenset({"yakavi"}), frozenset({"bogi"}), frozenset({"siga"}))
)


# Tok Pisin says "klok" after the hour and the part of the day after it: "long 10 klok long
# moning" (at 10 in the morning), "2 klok long apinun" (2 in the afternoon), "8 klok long nait"
_TOK_PISIN_CLOCK = re.compile(
    r"(?:\blong\s+)?" + _FIGURE_HOUR + r"\s+klok\b"
    r"(?:\s+long\s+(?P<part>moning|belo|apinun|nait))?",
    re.I,
)


_as_tok_pisin_clock = _part_clock(
    _DayParts(frozenset({"apinun"}), frozenset({"nait"}), frozenset({"belo"}))
)


# Bemba and Nyanja say "koloko" (o'clock) after the hour, then the part of the day: "pa 10
# koloko ulucelo" (at 10 in the morning), "pa 2 koloko akasuba" (2 in the afternoon), Nyanja
# "nthawi ya 10 koloko m'mawa", "3 koloko masana", "7 koloko madzulo"
_KOLOKO_CLOCK = re.compile(
    r"(?:\bpa\s+|\bnthawi\s+ya\s+)?" + _FIGURE_HOUR + r"\s+koloko\b"
    r"(?:\s+(?P<part>ulucelo|akasuba|icungulo|ubushiku|m['\u2019]mawa|masana|madzulo|usiku))?",
    re.I,
)


_as_koloko_clock = _part_clock(
    _DayParts(
        frozenset({"akasuba", "icungulo", "masana", "madzulo"}), frozenset({"ubushiku", "usiku"})
    )
)


# Changana: "hi 10 wa mixo" (at 10 of the morning), "hi 2 wa nhlikanhi" (2 of the afternoon)
_CHANGANA_CLOCK = re.compile(
    r"\bhi\s+" + _FIGURE_HOUR + r"\s+wa\s+(?P<part>mixo|nhlikanhi|madyambu|vusiku)\b",
    re.I,
)


_as_changana_clock = _part_clock(
    _DayParts(frozenset({"nhlikanhi", "madyambu"}), frozenset({"vusiku"}))
)


# Samoan names the part of the day after the hour: "i le 10 i le taeao" (at 10 in the morning),
# "i le 2 i le aoauli" (at 2 in the afternoon), "i le 7 i le afiafi" (7 in the evening)
_SAMOAN_CLOCK = re.compile(
    r"(?:\bi le\s+)?" + _FIGURE_HOUR + r"\s+i le\s+"
    r"(?P<part>taeao|aoauli|afiafi|po)\b",
    re.I,
)


_as_samoan_clock = _part_clock(_DayParts(frozenset({"aoauli", "afiafi"}), frozenset({"po"})))


# Burmese names the part of the day before the hour: "နံနက် ၁၀ နာရီ" (10 in the morning), "ညနေ ၂
# နာရီခွဲ" (half past 2 in the afternoon), "နေ့လည် ၁ နာရီ" (1 at midday); "မှ ... ထိ" is from ... to
_BURMESE_CLOCK = re.compile(
    r"(?P<part>နံနက်|မနက်|နေ့လည်|ညနေ|ည)\s*(?P<h>\d{1,2})(?:[:.](?P<m>[0-5]\d))?\s*နာရီ(?P<half>ခွဲ)?"
    r"(?:\s*(?P<to>မှ))?"
)


def _as_burmese_clock(m: re.Match[str]) -> str:
    hour, minutes = int(m.group("h")), int(m.group("m") or 0) or (30 if m.group("half") else 0)
    # (the evening and the night after noon; midday's 1 to 5 too)
    afternoon = m.group("part") in {"ညနေ", "ည"} and hour < 12
    if afternoon or (m.group("part") == "နေ့လည်" and hour < 6):
        hour += 12
    return _in_place(m, f"at {hour}:{minutes:02d}" + (" -" if m.group("to") else ""))


# Lao and Thai name the hour with "ໂມງ" / "โมง" (o'clock) and the part of the day before or after
# it: "ຕອນບ່າຍ ໒ ໂມງ" (2 in the afternoon), "9 ໂມງເຊົ້າ" (9 in the morning), "5 ໂມງແລງ" (5 in the
# evening), "10 ໂມງເຄິ່ງ" (half past ten), Thai "บ่าย 2 โมง", "10 โมงเช้า"; a clock with its
# minutes and no part of the day ("໑໐:໐໐ – ໑໑:໐໐ ໂມງ") is read as it stands
_LAO_THAI_AFTERNOON = frozenset({"ບ່າຍ", "ແລງ", "ຄ່ຳ", "ຄໍ່າ", "บ่าย", "เย็น"})
_LAO_THAI_CLOCK = re.compile(
    r"(?:(?:ຕອນ)?(?P<pre>ບ່າຍ|ແລງ|ເຊົ້າ|ຄ່ຳ|ຄໍ່າ|บ่าย)\s*)?"
    r"(?P<h>\d{1,2})(?:[:.](?P<m>[0-5]\d))?\s*(?:ໂມງ|โมง)(?P<half>\s*(?:ເຄິ່ງ|ครึ่ง))?"
    r"(?:\s*(?P<post>ເຊົ້າ|ແລງ|ຄ່ຳ|ຄໍ່າ|ບ່າຍ|เช้า|เย็น))?"
)


def _as_lao_thai_clock(m: re.Match[str]) -> str:
    part = m.group("pre") or m.group("post")
    if m.group("m") and not part and not m.group("half"):
        return m.group(0)  # "໑໑:໐໐ ໂມງ": the end of a range, read as it stands
    hour = int(m.group("h"))
    minutes = int(m.group("m") or 0) or (30 if m.group("half") else 0)
    if part in _LAO_THAI_AFTERNOON and hour < 12:
        hour += 12
    # (a bare "10 ໂມງ" is an hour as "at 10" is: the afternoon for the small ones)
    clock = f"at {hour}:{minutes:02d}" if part or minutes else f"at {hour}"
    return _in_place(m, clock)


# Pashto names the hour with "بجې" (o'clock) and the part of the day before it: "سهار ۹ بجې" (9 in
# the morning), "د غرمې وروسته ۲ بجې" (2 after midday), "ماښام ۶ بجې" (6 in the evening), "د
# ۱۱:۳۰ بجو" (at 11:30); a bare "۲ بجې" is an hour as "at 2" is
_PASHTO_CLOCK = re.compile(
    r"(?:(?P<part>سهار|ماسپښین|د غرمې وروسته|غرمې وروسته|ماښام|شپې)\s+)?(?:د\s+)?"
    r"(?P<h>\d{1,2})(?:[:.](?P<m>[0-5]\d))?\s*(?:بجې|بجو|بجه)(?![\u0600-\u06ff])"
)


def _as_pashto_clock(m: re.Match[str]) -> str:
    hour, minutes = int(m.group("h")), m.group("m")
    part = m.group("part")
    if part and part != "سهار" and hour < 12:
        hour += 12
    if part or minutes:
        return _in_place(m, f"at {hour}:{minutes or '00'}")
    return _in_place(m, f"at {hour}")


# Ethiopian hours count from six in the morning: "ከጠዋቱ 4:00 ሰዓት" (the 4th hour of the morning)
# is 10:00, "ከቀኑ 8:00" (of the day) 14:00, "ከምሽቱ 1:00" (of the evening) 19:00
_ETHIOPIAN_CLOCK = re.compile(
    r"(?P<part>ከጠዋቱ|ጠዋት|ከቀኑ|ከሰዓት በኋላ|ከምሽቱ|ከሌሊቱ)\s*(?P<h>\d{1,2})(?::(?P<m>[0-5]\d))?"
    r"(?:\s*[-\u2013]\s*(?P<h2>\d{1,2})(?::(?P<m2>[0-5]\d))?)?(?:\s*ሰዓት)?"
)


def _as_ethiopian_clock(m: re.Match[str]) -> str:
    def western(hour: str, minutes: str | None) -> str:
        h = (int(hour) + 6) % 24
        if m.group("part") == "ከምሽቱ" and h < 12:
            h += 12
        return f"{h}:{minutes or '00'}"

    end = f"-{western(m.group('h2'), m.group('m2'))}" if m.group("h2") else ""
    return _in_place(m, f"at {western(m.group('h'), m.group('m'))}{end}")


def _from_ethiopian(year: int, month: int, day: int) -> date:
    """The Gregorian day of an Ethiopian date. Written by hand: the calendar is simple arithmetic
    (twelve months of thirty days, then five or six; its year opens on 11 September, or on the
    12th before a Gregorian leap year). The index has small converters ("ethiopian-date") and
    `convertdate`, whose Coptic calendar is the same with another year count; neither was tried,
    and one addition was not worth a dependency."""
    gregorian = year + 7
    leap_next = calendar.isleap(gregorian + 1)
    new_year = date(gregorian, 9, 12 if leap_next else 11)
    return new_year + timedelta(days=(month - 1) * 30 + day - 1)


# Tigrinya names the part of the day after the hour: "ሰዓት 10:00 ቅ.ቐ." (before noon), "ሰዓት 2:00
# ድ.ቐ." (after noon), "ካብ ሰዓት 10:00 ቅ.ቐ. ክሳብ 11:00 ቅ.ቐ." (from ... until); the hour is the
# Western one unless the text says "(ብናይ ሃበሻ ኣቆጻጽራ ሰዓት)" (by the Habesha count), which counts
# from six in the morning as Amharic's does: "ሰዓት 3:30 ቅድሚ ቐትሪ" is then 9:30
_TIGRINYA_ONE = (
    r"(?:ሰዓት\s*)?(?P<h{n}>\d{{1,2}})(?::(?P<m{n}>[0-5]\d))?\s*"
    r"(?P<part{n}>ቅድሚ ቐትሪ|ድሕሪ ቐትሪ|ቅ\.ቐ\.?|ድ\.ቐ\.?|ምሸት|ንግሆ)"
)
_TIGRINYA_CLOCK = _clock_range(
    _TIGRINYA_ONE, "ክሳብ", tail=r"(?P<habesha>\s*\(ብናይ ሃበሻ[^)\n]{0,30}\))?"
)


def _as_tigrinya_clock(m: re.Match[str]) -> str:
    def western(n: str) -> str:
        hour, part = int(m.group(f"h{n}")), m.group(f"part{n}")
        if m.group("habesha"):
            hour = (hour + (18 if part == "ምሸት" else 6)) % 24
        elif part.startswith(("ድ", "ምሸት")) and hour < 12:
            hour += 12
        return f"{hour}:{m.group(f'm{n}') or '00'}"

    end = f"-{western('2')}" if m.group("h2") else ""
    return _in_place(m, f"at {western('')}{end}")


def _in_place(m: re.Match[str], clock: str) -> str:
    """``clock`` padded to the matched text's length (positions after it stay valid), or the
    matched text itself when the clock would not fit."""
    return clock.ljust(len(m.group(0))) if len(clock) <= len(m.group(0)) else m.group(0)


# "lets do 4 tmrw?", "how about 3 on Friday?": a bare hour offered for a named day is a time; the
# offering words are rewritten to "at", which _TIME_RE reads as a clock's prefix.
_OFFERED_HOUR = re.compile(
    # ("thurs arvo for a chat, say 3?")
    r"\b(?:let'?s\s+do|how\s+about|what\s+about|shall\s+we\s+say|maybe|(?<=, )say)"
    r"(?=\s+\d{1,2}(?::\d\d)?\s*(?:\?|tmrw|tmr|tomorrow|today|on\s|this\s|next\s|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day))",
    re.I,
)


# "1130 hrs", "1400 hours": the 24-hour clock without a separator, as Asian, military and
# public-sector mail writes it; rewritten in place as "11:30"
_HOURS_CLOCK = re.compile(r"\b([01]\d|2[0-3])([0-5]\d)\s?(?:hrs?|hours)\b", re.I)


def _as_hours_clock(m: re.Match[str]) -> str:
    return _in_place(m, f"{m.group(1)}:{m.group(2)}")


def _as_at(m: re.Match[str]) -> str:
    return _in_place(m, "at")


def _as_clock(m: re.Match[str]) -> str:
    """Write "noon" as "12pm"."""
    return _in_place(m, "12pm")


_HOUR_WORDS = {
    w: n
    for n, ws in enumerate(
        [
            (), ("one", "een", "eins", "ein"), ("two", "twee", "zwei"), ("three", "drie", "drei"),
            ("four", "vier"), ("five", "vijf", "fünf", "funf"), ("six", "zes", "sechs"),
            ("seven", "zeven", "sieben"), ("eight", "acht"), ("nine", "negen", "neun"),
            ("ten", "tien", "zehn"), ("eleven", "elf"), ("twelve", "twaalf", "zwölf", "zwolf"),
        ]
    )
    for w in ws
}  # fmt: skip
_HOUR = r"(\d{1,2}|" + "|".join(sorted(_HOUR_WORDS, key=len, reverse=True)) + r")"
# "half past ten", "quarter to three"; Dutch "om half elf" and German "um halb elf" are 10:30
_WORD_CLOCK = re.compile(
    rf"\b(?:(half|quarter) (past|to) {_HOUR}|(?<=\bom )half {_HOUR}|(?<=\bum )halb {_HOUR})\b",
    re.I,
)


# British "half 2", "half ten": half past the hour (where Dutch "om half elf" and German "um
# halb elf" mean half before it: those are read above, after their "om"/"um")
_HALF_HOUR = re.compile(
    r"(?<!\bom )(?<!\bum )\bhalf (\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve)\b(?! (?:an? |of )?(?:hour|day|term|price|time|way|dozen))",
    re.I,
)
# Indonesian "setengah 11" (half to eleven): 10:30, written in place as "10:30"
_SETENGAH = re.compile(r"\bsetengah (\d{1,2})\b", re.I)


def _setengah(m: re.Match[str]) -> str:
    hour = (int(m.group(1)) - 1) % 24 or 12
    return _in_place(m, f"at {hour}:30")


# "about 10ish", "2ish": a rough hour is still the hour
_ISH = re.compile(r"\b(\d{1,2})ish\b", re.I)


def _half_hour(m: re.Match[str]) -> str:
    """Write "half 2" as "2:30" (same length or shorter, padded)."""
    word = m.group(1).lower()
    hour = int(word) if word.isdigit() else _HOUR_WORDS[word]
    return _in_place(m, f"{hour}:30" if hour <= 12 else m.group(0))


def _word_clock(m: re.Match[str]) -> str:
    """Write "half past ten" as "10:30"."""
    word = (m.group(3) or m.group(4) or m.group(5)).lower()
    hour = int(word) if word.isdigit() else _HOUR_WORDS[word]
    if m.group(1):
        minutes = 30 if m.group(1).lower() == "half" else 15
        if m.group(2).lower() == "to":
            hour, minutes = hour - 1, 60 - minutes
    else:
        hour, minutes = hour - 1, 30  # "half elf": half an hour before eleven
    return _in_place(m, f"{hour % 24}:{minutes:02d}")


# A clock said aloud, as dictation writes it: "two thirty pm central", "eleven o'clock am"
_SPOKEN_CLOCK = re.compile(
    r"\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"(?:[ -](fifteen|thirty|forty[ -]five|o'?clock))?\s+(am|pm|a\.m\.|p\.m\.)(?!\w)",
    re.I,
)
_SPOKEN_MINUTES = {"fifteen": 15, "thirty": 30, "forty five": 45, "forty-five": 45}

# A clock in Portuguese, Spanish and Italian words: "às dez e meia da manhã", "a las tres y
# cuarto", "alle nove e mezza"
_ROMANCE_HOURS = {
    "uma": 1, "una": 1, "duas": 2, "dos": 2, "due": 2, "três": 3, "tres": 3, "tre": 3,
    "quatro": 4, "cuatro": 4, "quattro": 4, "cinco": 5, "cinque": 5, "seis": 6, "sei": 6,
    "sete": 7, "siete": 7, "sette": 7, "oito": 8, "ocho": 8, "otto": 8, "nove": 9, "nueve": 9,
    "dez": 10, "diez": 10, "dieci": 10, "onze": 11, "once": 11, "undici": 11, "doze": 12,
    "doce": 12, "dodici": 12,
}  # fmt: skip
_ROMANCE_CLOCK = re.compile(
    r"\b(às|ás|à|a las|a la|alle|all['’])\s*(\d{1,2}(?![:.h\d])|"
    + "|".join(sorted(_ROMANCE_HOURS, key=len, reverse=True))
    + r")(?:\s+(?:horas?|ore))?(?:\s+(?:e|y)\s+(meia|media|mezza|mezzo|um quarto|un quarto|"
    r"quarto|cuarto))?(?:\s+(?:da|de la|del|di|della)\s+(manh[ãa]|mañana|mattina|tarde|"
    r"pomeriggio|noite|noche|sera))?\b",
    re.I,
)


def _romance_clock(m: re.Match[str]) -> str:
    """Write "às dez e meia da manhã" as "às 10:30am" (padded, so positions stay valid)."""
    word = m.group(2).lower()
    hour = int(word) if word.isdigit() else _ROMANCE_HOURS[word]
    if word.isdigit() and not (m.group(3) or m.group(4)):
        return m.group(0)  # "alle 15": the clock reader takes it as it is
    minutes = {"": 0, "meia": 30, "media": 30, "mezza": 30, "mezzo": 30}.get(
        (m.group(3) or "").lower(), 15
    )
    part = (m.group(4) or "").lower()
    ap = "" if not part else "am" if part.startswith(("manh", "mañ", "matt")) else "pm"
    return _in_place(m, f"{m.group(1)} {hour}:{minutes:02d}{ap}")


# An Arabic clock in words: "على الساعة العاشرة صباحا" (at ten in the morning), "الساعة
# الثامنة والنصف" (half past eight), "الساعة الثانية عشرة ظهرا" (twelve noon)
_ARABIC_HOURS = {
    "الواحدة": 1,
    "الثانية": 2,
    "الثالثة": 3,
    "الرابعة": 4,
    "الخامسة": 5,
    "السادسة": 6,
    "السابعة": 7,
    "الثامنة": 8,
    "التاسعة": 9,
    "العاشرة": 10,
    "الحادية عشرة?": 11,
    "الثانية عشرة?": 12,
}
_ARABIC_CLOCK = re.compile(
    r"الساعة\s+(" + "|".join(sorted(_ARABIC_HOURS, key=len, reverse=True)) + r")"
    # والنصف (and a half), والربع (and a quarter), إلا ربعا (a quarter to)
    r"(?:\s+(والنصف|والربع|[إا]لا ربعا?))?"
    # صباحا (in the morning); مساء (in the evening), ظهرا (at midday), بعد الظهر, عصرا (afternoon)
    r"(?:\s+(صباحا?ً?|مساءً?|ظهرا?ً?|بعد الظهر|عصرا?ً?))?"
)


def _arabic_clock(m: re.Match[str]) -> str:
    """Write "الساعة العاشرة صباحا" as "10:00am" (padded, so positions stay valid)."""
    hour = next(n for w, n in _ARABIC_HOURS.items() if re.fullmatch(w, m.group(1)))
    half = m.group(2) or ""
    minutes = 30 if half.endswith("نصف") else 15 if half.startswith("و") else 0
    if half and not half.startswith("و"):
        hour, minutes = hour - 1 or 12, 45  # "إلا ربعا": a quarter before the hour
    part = m.group(3) or ""
    ap = "" if not part else "am" if part.startswith("ص") else "pm"
    if part.startswith("ظ") and hour >= 11:
        ap = "am" if hour == 11 else "pm"  # "الحادية عشرة ظهرا" is before noon
    return _in_place(m, f"{hour}:{minutes:02d}{ap}")


def _spoken_clock(m: re.Match[str]) -> str:
    """Write "two thirty pm" as "2:30pm" (same length, so positions stay valid)."""
    hour = _HOUR_WORDS[m.group(1).lower()]
    minutes = _SPOKEN_MINUTES.get((m.group(2) or "").lower(), 0)
    return _in_place(m, f"{hour}:{minutes:02d}{m.group(3).replace('.', '').lower()}")


# a day, then "between": "Come by the branch Tuesday between 9 and 11" (not "between 2 and 3
# rounds")
_DAY_BETWEEN = re.compile(r"(?:day|tomorrow|tmrw|today)\W{0,2}\s+between\s+$", re.I)
# ("I'm open 1000-1200 and anytime after 1400": hours the writer is free, not a meeting's length)
_WINDOW_LEAD = re.compile(r"\b(?:between|(?:I'm|I am|we're|we are) (?:open|free))\s+$", re.I)
# the "and" of "between 2 and 4 PM", "entre las 10:00 y las 10:30", "zwischen 9 und 10 Uhr"
# (replaced by a dash and spaces of the same length)
_BETWEEN_AND = re.compile(
    r"\b(?:between|entre|zwischen|tussen|tra)\s(?:(?:las|as|les|le|ore)\s)?"
    r"\d{1,2}(?:[:.h]\d\d)?(?:\s?[ap]\.?m\.?|\s?h\b|\s?uhr\b)?"
    r"(?P<conj>\s(?:and|y|e|et|und|en)\s(?:(?:las|as|les|le|ore)\s)?)(?=\d)",
    re.I,
)
# the word that opens a window: "between", "entre", "zwischen"
_WINDOW_WORD = re.compile(
    r"\b(?:between|entre|zwischen|tussen|tra le|mi\u0119dzy)\W+(?:\w+\W+){0,4}$", re.I
)


def _as_dash(m: re.Match[str]) -> str:
    head = m.group(0)[: m.start("conj") - m.start()]
    return head + " -".ljust(len(m.group("conj")))


# The words just before a time that make it a deadline or an open window, not a start:
# "complete it by 23:59 GMT on Friday", "no later than", "between 9am and 4pm", "any time".
_NOT_A_MEETING = re.compile(
    # "by"/"before" only right before the time or its day: "interview by phone at 3pm" is a start
    # (an end is no deadline: "we'll start at 12:30 and wrap up by 1:30", "done by 3")
    r"(?<!wrap up )(?<!wrapped up )(?<!finish )(?<!finished )(?<!done )(?<!be out )"
    r"(?<!completed )(?<!concluded )(?<!be over )"
    r"(?:\bby|\bbefore)\W+(?:(?:the\W+)?(?:end of\W+)?\w+day\W+)?"
    r"(?:[a-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:20\d\d\W+)?(?:at\s+)?)?$|"
    # a timetable that repeats, not a meeting: "Our charter leaves ... every second Tuesday at
    # 6:00am"
    r"\bevery\s+(?:second\s+|other\s+|alternate\s+)?\w+day\s+(?:at\s+)?$|"
    # a flight's times: "PX 110 Port Moresby - Nadzab, departs 6:45am, arrives 7:40am"
    r"\b(?:departs|departing|arrives|lands|landing)\s+(?:at\s+)?$|"
    # (Italian "due" is "two": "ti propongo due possibilità")
    # a school's day, not the meeting: "Dismissal is 3:25 ... so we'll start your demo at 3:45"
    r"\bdismissal\s+(?:is\s+)?(?:at\s+)?$|"
    # office hours, not a meeting: "Ramadan working hours are now in effect (9:00 AM - 2:00 PM"
    r"\b(?:working|office|business|opening) hours\b[^.\n\d]{0,30}$|"
    # a deadline's day and date may stand between: "au plus tard le vendredi 10 avril 2026, à 12 h",
    # "no later than Friday, April 10, 2026, at 12:00 p.m."
    # (Croatian and Serbian "najkasnije do ponedjeljka, 5. listopada, u 12:00", Slovenian
    # "najkasneje do", Bulgarian "най-късно до", Georgian "ბოლო ვადა" (the deadline))
    r"(?:no later than|au plus tard|d['\u2019]ici (?:le|au|\u00e0)|najkasnije|najkasneje|"
    r"най-късно|ბოლო ვადა)\W+(?:\w+\W+){0,7}$|"
    r"(?:no later than|deadline(?: is)?|\bdue(?: on| by)?(?! possibilit| date| opzion| orari)|"
    r"expires?(?: on| at)?|"
    # (not a call promised in a window: "will call you Wednesday sometime between 2 and 4 PM",
    # which starts at 2)
    r"\bclos(?:e|es|ing)(?: on| at)?|(?<!sometime )(?<!call you )(?<!ring you )\bbetween|"
    r"\banytime|any time|avant|antes de|"
    # a gap between clocks, not a time: "l'écart avec Paris sera de 5 heures", "a difference of"
    r"\b[ée]cart|\bd[ée]calage|\bdifference|\bdiff[ée]rence|"
    r"sp\u00e4testens|uiterlijk|entro|\bmi\u0119dzy|\bentre|\bzwischen|\btussen|\btra le|"
    # Hebrew "הגשה: עד יום ה׳ 28.5 בשעה 18:00" (hand in by), Russian "не позднее" (no later than)
    r"(?<![א-ת])עד|не позднее|"
    # someone's usual availability, not a booking: "she's usually free Thursday/Friday midday"
    r"(?:usually|generally|normally|typically|mostly|often)\s+(?:have\s+)?"
    r"(?:free|available|around|open|openings|slots|availability))"
    r"\W+(?:\w+\W+){0,4}$|"
    # "Thu after 1pm": an open window (only right before the time: "after the screen, at 3")
    r"\bafter\s+$|"
    # Lao "ກ່ອນ 5 ໂມງແລງ" and Thai "ก่อน 17:00" (before: a deadline, as "by" is)
    r"(?:ກ່ອນ|ก่อน)\s*$|"
    # ... and between: Thai "ระหว่างเวลา 09:00-16:00 น.", Lao "ລະຫວ່າງ" (an open window)
    r"(?:ระหว่าง|ລະຫວ່າງ)(?:\s*(?:เวลา|ເວລາ))?\s*$|"
    # a length written like a clock: "Duração: 1h30", "durée prévue : 1h30"
    r"(?:dura[çc][ãa]o|duraci[óo]n|dur[ée]e|dauer|duration|length|durata|duur)"
    r"(?:\s\w+)?\W{0,4}$",
    re.I,
)


def starts_line(text: str, pos: int) -> bool:
    """Only a bullet, a table bar, spaces or "ca." stand between the line's start and ``pos``
    (a schedule row: "- 09:30 Kickoff", "| 10:00", "ca. 15:00 Uhr Gespräch")."""
    head = text[text.rfind("\n", 0, pos) + 1 : pos]
    rest = re.sub(r"^\W*(?:ca\.|approx\.|circa|~)?", "", head.strip())
    # (a date's weekday stands before it: "- Tuesday, February 10", "Monday, March 9 | 8:30a")
    return not rest or bool(re.fullmatch(rf"{_WD_ALT},?", rest, re.I))


# a schedule row whose label comes first and whose time stands in a column to its right:
# "Round 1 - Technical Interview (Python, SQL)            10:00 AM - 11:00 AM"
# (a gap of two spaces after a sentence's full stop is no column: "Call me.  10:00 works")
_LABEL_THEN_GAP = re.compile(r"[ \t*•|-]*[^\W\d][^\n]{0,80}?[^.!?\s](?:[ \t]{2,}|\t|[ \t]\|[ \t])")


def _right_column(text: str, pos: int) -> bool:
    """The time at ``pos`` is a schedule row's right-hand column."""
    head = text[text.rfind("\n", 0, pos) + 1 : pos]
    return bool(_LABEL_THEN_GAP.fullmatch(head)) and not re.search(r"\d[:.h]\d\d", head)


def _sole_date_before(
    pos: int, dates: list[DateMention], text: str, ref_day: date
) -> DateMention | None:
    """The day a schedule is for, when the text names just one calendar date, further up
    ("Below is your itinerary for Thursday 2 April 2026 ... 09:30 - 10:15 System design").
    A day before the message's own ("based on the online assessment held on 28 February") is
    none of its schedule's."""
    # (only the dates above count: "please confirm by 16 March" under the schedule is no day
    # of it)
    full = {d.day for d in dates if not d.weekday_only and d.end <= pos and d.day >= ref_day}
    if len(full) != 1:
        return _day_row_before(pos, dates, text)
    return next(
        (
            d
            for d in dates
            if not d.weekday_only and d.day >= ref_day and d.end <= pos <= d.end + 800
        ),
        None,
    )


def _day_row_before(pos: int, dates: list[DateMention], text: str) -> DateMention | None:
    """With several days named, the last one that opens a schedule line above ``pos``, when
    only schedule rows lie between: "Monday, March 9 | 8:30a – 9:15a | ...", then rows with no
    day of their own ("10:15a – 11:15a | Interview with ...")."""
    heads = [d for d in dates if not d.weekday_only and d.end <= pos and starts_line(text, d.pos)]
    if not heads:
        return None
    head = heads[-1]
    between = text[text.find("\n", head.end) + 1 : pos].splitlines()
    rows = all(
        _ROW_START.match(line) or _ROW_GOES_ON.match(line) for line in between if line.strip()
    )
    return head if rows and pos - head.end <= 800 else None


# a row's text wrapped under its column: "  8:30 - 9:15 AM    Meeting with Dr. Nils Ferreira,

# (coffee in his office, Room 214)" (indented as deep as a column, not a paragraph's line)
_ROW_GOES_ON = re.compile(r"[ \t]{8,}\S")


# a schedule row opens with a clock time: "10:15a – 11:15a | ...", "09:00 | Welcome"
# (or a clock time set off by a column gap: "  05:45  Check in at the hangar")
_ROW_START = re.compile(
    # (and the em dash: "06:30 — выезд", "09:30–11:00 — собеседование")
    r"[ \t*•-]*\d{1,2}(?:(?:[:.h]\d\d)?\s*(?:[ap]\.?m?\.?)?\s*(?:[-–—|]|to\b)|"
    r"[:.h]\d\d[ \t]*(?:[ap]\.?m?\.?)?(?:[ \t]{2,}|\t))",
    re.I,
)


# a day named for the trip, not the meeting: "to book your flight into HSV on March 31"
_TRAVEL_DAY = re.compile(
    r"\b(?:flights?|fly(?:ing)?|hotel|arriv\w*|depart\w*|travel\w*)\b[^.\n]{0,40}$", re.I
)


_SAME_DAY_LEAD = re.compile(r"\W*(?:[ap]\.?m\.?)?\s*on the same day,?\s*(?:\w+day,?\s*)?", re.I)


# a day said to be the time's own, right after it: "10am AEDT on the 6th", "3pm on Friday"
_ON_THE_DAY = re.compile(r"[ \t]*(?:[A-Z]{2,5}[ \t]+)?on[ \t]+(?:the[ \t]+)?")


def _date_for(start: int, end: int, dates: list[DateMention], text: str = "") -> DateMention | None:
    before = [d for d in dates if d.end <= start and start - d.end <= 160]

    # (the trip's day is the meeting's only when no other day is written, even a little
    # further up: "an onsite interview on Wednesday, April 1 ... your flight on March 31")
    def trip(d: DateMention) -> bool:
        return bool(_TRAVEL_DAY.search(text[max(0, d.pos - 60) : d.pos]))

    if before and all(trip(d) for d in before):
        further = [
            d
            for d in dates
            if d.end <= start and start - d.end <= 400 and not d.weekday_only and not trip(d)
        ]
        before = further[-1:] or before
    after = [d for d in dates if d.pos >= end and d.pos - end <= 70]
    if before:
        # prefer a real date over a bare weekday when both are close
        best = max(before, key=lambda d: (d.end, not d.weekday_only))
        dated = [d for d in before if not d.weekday_only and best.end - d.end < 25]
        best = dated[-1] if dated and best.weekday_only else best
        # "The team really enjoyed Tuesday. ... How's noon Pacific this Friday?": a day
        # written right after the time beats one sentences before it
        # ("at 11:00 AM on the same day, Wednesday 25 February")
        near = [
            d for d in after if d.pos - end <= 20 or _SAME_DAY_LEAD.fullmatch(text[end : d.pos])
        ]
        # (or in another sentence: "the UK doesn't until 29 March. So 4:30pm here on the 17th")
        # (or said to be its day: "the Sunday after (4 October), so 10am AEDT on the 6th")
        if near and (
            start - best.end > 40
            or re.search(r"[.!?]\s", text[best.end : start])
            or _ON_THE_DAY.fullmatch(text[end : min(d.pos for d in near)])
        ):
            return min(near, key=lambda d: d.pos)
        return best
    if after:
        return min(after, key=lambda d: d.pos)
    return None


_GLOBAL_ZONE = re.compile(
    # ("All timings mentioned are in IST (Indian Standard Time)")
    r"(?:all\s+(?:times?|timings?)\s+(?:(?:on|in)\s+this\s+(?:invite|invitation|e-?mail|message|"
    r"event)\s+)?(?:mentioned\s+)?"
    r"(?:are\s+)?(?:(?:shown|listed|given|mentioned)\s+)?(?:in\s+)?|"
    r"times?\s+(?:are|shown)\s+in\s+|"
    # "(todos en hora del centro de México)", "toutes les heures en heure de Paris",
    # "horários em horário de Brasília"
    r"tod[oa]s\s+(?:los\s+horarios\s+|las\s+horas\s+)?(?:en\s+|a\s+)|"
    r"toutes\s+les\s+heures\s+(?:sont\s+)?(?:en\s+|à\s+)|"
    r"hor[áa]rios?\s+(?:em|de)\s+)([^.\n)]{2,60})",
    re.I,
)


def global_zone(text: str) -> tzinfo | None:
    """The zone a text states for all its times ("All times are Central", "All times on this
    invite are Arizona time"), else ``None``."""
    m = _GLOBAL_ZONE.search(text)
    return zone_in(m.group(1)) if m else None


_AHEAD = re.compile(
    # ("llegá 10 minutos antes", "chegue 15 minutos antes", "en avance", "vorher", "prima")
    r"\s*(?:early|earlier|before|ahead|prior|in advance|beforehand|fr\u00fcher|avant|behind|"
    r"antes|de antemano|con anticipaci\u00f3n|com anteced\u00eancia|en avance|vorher|prima|"
    r"eerder|tidligere|f\u00f8r|innan|wcze\u015bniej|"
    # a shift, not a length: "eine halbe Stunde später starten", "30 minutes later"
    r"later|sp\u00e4ter|plus tard|m\u00e1s tarde|mais tarde|pi\u00f9 tardi|senere|senare|"
    r"p\u00f3\u017aniej|"
    # a gap between clocks, not a length: "the one-hour difference doesn't change"
    r"(?:time )?difference|time gap|offset)\b",
    re.I,
)


_DISTANCE_AFTER = re.compile(
    r"\s*(?:away\b|drive\b|by (?:car|train|bus|metro)\b|on foot\b|walk (?:from|to)\b)", re.I
)
# Spanish and Portuguese: "a 20 min del puente", "a 5 minutos da estação"
_DISTANCE_LEAD = re.compile(r"\ba\s+$", re.I)
_DISTANCE_OF = re.compile(r"\s+(?:de|del|da|do)\b", re.I)


# "an hour and a half", "1.5 hours", "one and a half hours", "1½ hrs", "2.5 hours"
_AND_A_HALF = re.compile(
    r"\b(?:(?P<w>an?|one|two) hours? and a half|(?P<w2>one|two) and a half hours?|"
    r"(?P<d>[1-3])(?:\.5|½|\s?1/2)\s?(?:hours?|hrs?|цаг)\b|"
    # Spanish "una hora y media", Portuguese "uma hora e meia", Italian "un'ora e mezza",
    # French "une heure et demie" (no "two": "dos horas y media" is not read)
    r"(?:una|uma|un['\u2019]|une) ?"
    r"(?:hora y media|hora e meia|ora e mezz[ao]|heure et demie)\b)",
    re.I,
)


# the part of an interview a length belongs to, right before it (not the interview itself:
# "Presentation interview, 45 minutes")
_PART_LEAD = re.compile(
    r"\b(?:presentation|exercise|break|test|task|case study)\b(?![^.\n]*\binterview)"
    r"[^.\n]{0,25}$|"
    # Hebrew "תציגי את החוקים שכתבת (כ-20 דקות)": the presentation part; Russian "презентация"
    r"(?<![א-ת])(?:ת|ל|ו)?(?:הציג|תציג|מצגת|הצגת)\w*[^.\n]{0,30}$|\bпрезентаци\w*[^.\n]{0,25}$",
    re.I,
)


# the length of one part, said before it: "a 10-minute presentation on how you would grow our
# income ...; the whole thing should take about an hour"
_PART_AFTER = re.compile(
    r"[ -]?(?:\w+ )?(?:presentation|exercise|break|test|task|case study)\b"
    r"(?! (?:and |& |followed by )?(?:an? |the )?(?:\w+ )?interview)",
    re.I,
)


# two parts that make the whole: "20 minutes presenting your approach to a brief, followed by
# around 40 minutes of questions from the panel"
_PART_THEN_PART = re.compile(
    # (hard-wrapped: one line break may fall anywhere in it)
    r"\b(\d{1,3})[- ]?min(?:ute)?s?\b(?:[^.\n]|\n(?![ \t]*\n)){0,80}?\bfollowed\s+by\s+"
    r"(?:(?:about|around|roughly|approximately)\s+|~)?(\d{1,3})[- ]?min(?:ute)?s?\b",
    re.I,
)


# a length in the French and Portuguese clock style: "pour 1h", "pendant 1h30", "durée : 1h30"
# (never a bare "14h", which is a clock time)
# hours and minutes together: "Please allow 1 hour 15 minutes in total", "1 hr 30 min", "an hour
# and 15 minutes"
_HOURS_AND_MINUTES = re.compile(
    r"\b(1|2|3|an|one|two)\s*(?:hours?|hrs?)\s*(?:and\s+)?(\d{1,2})\s*(?:minutes?|mins?)\b",
    re.I,
)
_TRIP_AFTER = re.compile(r"[’']?\s*(?:drive|flight|journey)")
_GAP_BEFORE = re.compile(r"\b(?:difference|differ\w*|ahead|behind|offset)\b[^.\n]{0,20}$", re.I)
_H_LENGTH = re.compile(
    r"\b(?:pour|pendant|dur[ée]e\W{0,3}|environ|dura[çc][ãa]o\W{0,3}|por)\s+([1-3])h(\d\d)?\b", re.I
)


# The hour units of _DURATION's words (the rest are minutes), and of its CJK ones
_HOUR_UNITS = (
    "h", "stund", "uur", "ora", "ore", "timm", "godzin", "saat", "שע", "tiếng", "tieng", "ώρ",
    "jam",
    "tunt", "tunn", "час", "сағ", "ساع", "\u00f3r", "sat", "uro", "საათ", "घण्टा", "ghant", "ժամ",
    "ghat", "valand", "цаг", "soat", "aua",
)  # fmt: skip
_CJK_HOUR_UNITS = frozenset({"時間", "시간", "小时", "小時", "個小時", "个小时", "ชั่วโมง", "ຊົ່ວໂມງ"})


# sales shorthand for a length in minutes: "a quick 30 with our CRO", "for a quick 15?"
_QUICK_N = re.compile(
    r"\b(?:a|another) quick (15|20|30|45)\b(?![:.]\d|\s*(?:[ap]\.?m\b|%|days?\b|hours?\b|hrs?\b|"
    r"mins?\b|minutes?\b|min\b|seconds?\b))",
    re.I,
)


# the unit before the number: Sinhala "විනාඩි 30ක්" (30 minutes), Burmese "မိနစ် ၃၀ ခန့်" (about
# 30 minutes)
_UNIT_FIRST = re.compile(r"(?:විනාඩි|မိနစ်)\s*(\d{2,3})")


# Igbo counts minutes after the word, in tens: "nkeji iri atọ" (thirty minutes: ten three),
# "nkeji iri anọ na ise" (forty-five), "nkeji iri abụọ" (twenty)
_IGBO_UNITS = "|".join(toneless(w) for w in ("abuo", "ato", "ano", "ise", "isii"))
_IGBO_MINUTES = re.compile(
    rf"\bnkeji\s+{toneless('iri')}(?:\s+(?P<tens>{_IGBO_UNITS}))?"
    rf"(?:\s+na\s+(?P<ones>{_IGBO_UNITS}))?(?!\w)",
    re.I,
)


def _igbo_minutes(m: re.Match[str]) -> int:
    def number(word: str | None) -> int:
        return _IGBO_NUMBERS[without_accents(word)] if word else 0

    return 10 * (number(m.group("tens")) or 1) + number(m.group("ones"))


# the Dutch "at" before "10 uur" (o'clock; "uur" is also "hour")
_AT_O_CLOCK = re.compile(r"\bom\s+$", re.I)


def duration_in(text: str) -> timedelta | None:
    """A stated length ("45-minute", "an hour", "30 minutes") or ``None``."""
    text = text.translate(_ASCII_DIGITS)
    # hours and minutes read together ("1 hour 30 minutes"), where they are the first length
    # the text gives; not a drive ("2 hours 30 minutes' drive") nor a gap between clocks ("the
    # difference is 3 hrs 30 mins")
    both = next(
        (
            m
            for m in _HOURS_AND_MINUTES.finditer(text)
            if not _DISTANCE_AFTER.match(text, m.end())
            and not _TRIP_AFTER.search(text, m.end(), m.end() + 10)
            and not _GAP_BEFORE.search(text, max(0, m.start() - 30), m.start())
        ),
        None,
    )
    both_length = (
        timedelta(
            hours=_COUNT.get(both.group(1).lower()) or int(both.group(1)),
            minutes=int(both.group(2)),
        )
        if both is not None
        else None
    )
    # minutes counted without their unit after them: "pop in for a quick 30"; Sinhala "විනාඩි
    # 30ක් පමණ" (about 30 minutes), the unit first
    counted = _QUICK_N.search(text) or _UNIT_FIRST.search(text)
    if counted is not None:
        return timedelta(minutes=int(counted.group(1)))
    igbo = _IGBO_MINUTES.search(text)
    if igbo is not None:
        return timedelta(minutes=_igbo_minutes(igbo))
    h_length = _H_LENGTH.search(text)
    if h_length is not None:
        return timedelta(hours=int(h_length.group(1)), minutes=int(h_length.group(2) or 0))
    parts = _PART_THEN_PART.search(text)
    if parts is not None:
        return timedelta(minutes=int(parts.group(1)) + int(parts.group(2)))
    half = _AND_A_HALF.search(text)
    if half is not None:
        word = (half.group("w") or half.group("w2") or "").lower()
        hours = int(half.group("d")) if half.group("d") else 2 if word == "two" else 1
        return timedelta(minutes=hours * 60 + 30)
    quarters = _QUARTERS.search(text)
    for m in _DURATION.finditer(text):
        if both is not None and both.start() <= m.start():
            return both_length
        if quarters and quarters.start() <= m.start():
            break  # "three quarters of an hour": the quarters come first
        if _AHEAD.match(text, m.end()):
            continue  # "arrive 10 minutes early" is not how long it lasts
        if _FROM_NOW_LEAD.search(text, max(0, m.start() - 12), m.start()):
            continue  # "I'll call you in an hour" is when, not how long
        if _AT_O_CLOCK.search(text, max(0, m.start() - 4), m.start()):
            continue  # Dutch "om 10 uur" is at ten o'clock, "een uur" an hour
        if _PART_LEAD.search(text, max(0, m.start() - 40), m.start()):
            continue  # "a presentation lasting no more than 10 minutes" is one part of it
        if _PART_AFTER.match(text, m.end()):
            continue  # so is "a 10-minute presentation"
        if _DISTANCE_AFTER.match(text, m.end()) or (
            _DISTANCE_LEAD.search(text, max(0, m.start() - 3), m.start())
            and _DISTANCE_OF.match(text, m.end())
        ):
            continue  # "20 minutes away", "a 20 min del puente" is how far, not how long
        if m.group("dh"):
            return timedelta(hours=int(m.group("dh")), minutes=int(m.group("dm") or 0))
        if m.group("he"):
            return timedelta(minutes=_HEBREW_LENGTHS[m.group("he").lstrip("כ-")])
        if m.group("fi"):
            return timedelta(minutes=30 if m.group("fi").startswith("puoli") else 60)
        if m.group("said"):
            return timedelta(minutes=_SPELLED_LENGTHS[m.group("said").lower()])
        if m.group("ar"):
            return timedelta(minutes=_ARABIC_LENGTHS[m.group("ar")])
        if m.group("no"):
            return timedelta(minutes=_NORDIC_LENGTHS[m.group("no").lower().split()[-2]])
        if m.group("cnh"):
            minutes = 30 if m.group("cnh") == "半" else 60 * _cjk_numeral(m.group("cnh"))
            if minutes <= 600:
                return timedelta(minutes=minutes)
            continue
        if m.group("cn"):
            number = int(m.group("cn"))
            minutes = number * 60 if m.group("cu") in _CJK_HOUR_UNITS else number
            if 10 <= minutes <= 600:
                return timedelta(minutes=minutes)
            continue
        n, unit = m.group("n").lower(), m.group("u").lower()
        count = _COUNT.get(n.replace(" ", "-"))  # "forty five" is "forty-five"
        if n == "m\u00e1sf\u00e9l":
            minutes = 90  # Hungarian "másfél óra", an hour and a half
        elif count is None and (" " in n or n in {"media", "meia", "mezz", "f\u00e9l"}):
            minutes = 30  # "half an hour", "une demi-heure", "media hora"
        else:
            number = count if count is not None else int(n)
            hourly = unit.startswith(_HOUR_UNITS)
            if hourly and unit.startswith("\u00f3r") and number > 3:
                continue  # Hungarian "10 óra" is ten o'clock more often than ten hours
            minutes = number * 60 if hourly else number
        if 10 <= minutes <= 600:
            return timedelta(minutes=minutes)
    return both_length or _quarters(text)


# minutes in the Arabic lengths _DURATION reads without a number
_ARABIC_LENGTHS = {
    "نص ساعة": 30, "نصف ساعة": 30, "ساعة ونص": 90, "ساعة ونصف": 90, "ساعتين": 120,
    "حوالي ساعة": 60, "قرابة ساعة": 60, "لمدة ساعة": 60, "ساعة واحدة": 60,
}  # fmt: skip

# minutes in the Hebrew lengths _DURATION reads without a number ("כשעה" is "about an hour")
_HEBREW_LENGTHS = {
    "שעה": 60, "שעה אחת": 60, "שעתיים": 120, "חצי שעה": 30, "שעה וחצי": 90, "שעה ורבע": 75,
}  # fmt: skip


def _quarters(text: str) -> timedelta | None:
    q = _QUARTERS.search(text)
    return timedelta(minutes=45 if q.group(1) else 15) if q else None


# "drie kwartier", "three quarters of an hour", "trois quarts d'heure": 45 minutes; a lone
# quarter hour is 15
_QUARTERS = re.compile(
    r"\b(drie\s+|three\s+|trois\s+|tres\s+|drei|tre\s+)?(?:kwartier|quarters? of an hour|"
    r"quarts? d['’]heure|cuartos? de hora|viertelstunde|quarti d['’]ora)\b",
    re.I,
)


# Zones tried, in order, to turn a Date header's fixed offset into a zone that keeps daylight
# saving: a mail sent at +01:00 in March about a meeting in April means +02:00 then. Most
# hiring mail comes from these regions; an offset none of them has at that date stays fixed.
_LIKELY_ZONES = tuple(
    ZoneInfo(z)
    for z in (
        "America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles",
        "America/Phoenix", "America/Sao_Paulo", "America/Halifax", "America/Mexico_City",
        "Europe/London", "Europe/Berlin", "Europe/Helsinki", "Europe/Moscow", "Asia/Dubai",
        "Asia/Kolkata", "Asia/Singapore", "Asia/Tokyo", "Australia/Sydney", "Australia/Brisbane",
        "Pacific/Auckland", "Africa/Nairobi", "Africa/Lagos", "Africa/Johannesburg",
    )
)  # fmt: skip


# Mail written in a language spoken on one clock all year, with no daylight saving: a +01:00
# Date on Hausa or Yoruba mail is West Africa's in November too, not London's summer time, a
# +02:00 on isiZulu mail South Africa's, not Central Europe's
_ONE_CLOCK_LANGUAGES = [
    (re.compile(r"\b(?:karfe \d|hirar|muna gayyat\w*|na gode)\b", re.I), "Africa/Lagos"),
    (re.compile(rf"\b(?:{toneless('agogo')}|{toneless('iforowanilenuwo')})", re.I), "Africa/Lagos"),
    # Bemba: greetings and thanks ("Mwashibukeni", "Natotela"), an interview ("ukwipushiwa")
    (re.compile(r"\b(?:mwashibukeni|natotela|ukwipushiwa|koloko ulucelo)\b", re.I),
     "Africa/Lusaka"),
    # Samoan: greetings and thanks, an interview ("fa'atalanoaga")
    (re.compile(r"\b(?:talofa|fa['’‘]?afetai|fa['’‘]?atalanoa\w*|fa['’‘]?amolemole)\b", re.I),
     "Pacific/Apia"),
    # Tok Pisin: greetings and thanks, "intaviu", "tumora"
    (re.compile(r"\b(?:gude|tenkyu|mipela|intaviu|tumora)\b", re.I), "Pacific/Port_Moresby"),
    # Luganda: greetings and thanks, the hour ("ssaawa")
    (re.compile(r"\b(?:oli otya|webale|ssaawa|enkya)\b", re.I), "Africa/Kampala"),
    # Fijian: greetings and thanks ("Bula", "Vinaka vakalevu"), tomorrow ("nimataka")
    (re.compile(r"\b(?:vinaka|nimataka|veitarogi)\b", re.I), "Pacific/Fiji"),
    # Wolof: a talk ("waxtaan"), greetings and thanks
    (re.compile(r"\b(?:waxtaan\w*|nanga def|j\u00ebr\u00ebj\u00ebf|jerejef)\b", re.I),
     "Africa/Dakar"),
    # Igbo: the clock ("n'elekere"), an interview ("ajụjụ ọnụ"), greetings and thanks
    (re.compile(rf"\b(?:{toneless('elekere')}|{toneless('ajuju onu')}|ndewo|{toneless('daalu')})\b",
                re.I), "Africa/Lagos"),
    (re.compile(r"\b(?:wareysi\w*|saacadda|subaxnimo|galabnimo|mahadsanid)\b", re.I),
     "Africa/Mogadishu"),
    (re.compile(r"\b(?:resadresaka|tolakandro|misaotra|rahampitso)\b", re.I),
     "Indian/Antananarivo"),
    (re.compile(r"[\u1200-\u137f]{3}"), "Africa/Addis_Ababa"),
    (re.compile(r"\b(?:ikiganiro|murakoze|mwaramutse)\b", re.I), "Africa/Kigali"),
    (re.compile(r"\b(?:sawubona|ngiyabonga|kusasa)\b", re.I), "Africa/Johannesburg"),
]  # fmt: skip
# mail written in Hebrew keeps Israel's clock, in Greek Greece's (Cyprus's is the same)
_SCRIPT_ZONES = [
    (re.compile(r"[א-ת]{2}"), "Asia/Jerusalem"),
    (re.compile(r"[α-ωά-ώ]{3}", re.I), "Europe/Athens"),
    # Armenian and Georgian script: each written in one country, on one clock all year
    (re.compile(r"[\u0561-\u0587]{3}"), "Asia/Yerevan"),
    (re.compile(r"[\u10d0-\u10fa]{3}"), "Asia/Tbilisi"),
    # Kazakh, by the letter "ұ" only Kazakh writes (twice), and Kazakhstan's cities: one
    # clock (UTC+5) since March 2024
    (re.compile(r"ұ[^ұ]{0,400}ұ"), "Asia/Almaty"),
]
# ... and mail in Finnish Finland's: a language spoken in one zone only, by words no other
# language writes (for a Date stamped in UTC, where nothing else places the writer)
_LANGUAGE_ZONES = [
    *_SCRIPT_ZONES,
    (
        re.compile(r"\b(?:kiitos|terveisin|yst\u00e4v\u00e4llisin|haastattel\w*)\b", re.I),
        "Europe/Helsinki",
    ),
    # the languages of Central European Time only (their weekdays and sign-offs): Norwegian,
    # Danish, Swedish, German, Dutch, Polish, Czech, Slovak, Hungarian, Italian, Croatian
    (
        re.compile(
            r"\b(?:tirsdag|onsdag|torsdag|l\u00f8rdag|s\u00f8ndag|m\u00e5ndag|tisdag|"
            r"l\u00f6rdag|s\u00f6ndag|mvh|vennlig hilsen|venlig hilsen|h\u00e4lsningar|"
            r"dienstag|mittwoch|donnerstag|gr\u00fc(?:\u00df|ss)e|"
            r"dinsdag|woensdag|donderdag|vrijdag|met vriendelijke groet|"
            r"poniedzia\u0142ek|wtorek|\u015broda|czwartek|pi\u0105tek|pozdrawiam|"
            r"pond\u011bl\u00ed|\u00fater\u00fd|st\u0159eda|\u010dtvrtek|p\u00e1tek|"
            r"s pozdravem|s pozdravom|"
            r"h\u00e9tf\u0151|cs\u00fct\u00f6rt\u00f6k|p\u00e9ntek|\u00fcdv\u00f6zlettel|"
            r"luned\u00ec|marted\u00ec|mercoled\u00ec|gioved\u00ec|venerd\u00ec|cordiali saluti|"
            r"ponedjeljak|srijeda|\u010detvrtak|srda\u010dan pozdrav)\b",
            re.I,
        ),
        "Europe/Berlin",
    ),
    # Tagalog and Taglish: the Philippines' one clock ("reply lang po", "para hindi niyo
    # makalimutan", "salamat po")
    (
        re.compile(
            r"\b(?:salamat|niyo|ninyo|naman|lang po|din po|po ako|makalimutan|"
            r"magandang (?:umaga|hapon|gabi)|namin|natin|tayo|hindi|sa'yo|paki-?\w+)\b",
            re.I,
        ),
        "Asia/Manila",
    ),
    # Japanese (kana) and Korean (hangul): each written in one zone only
    (re.compile(r"[\u3041-\u30ff]{2}"), "Asia/Tokyo"),
    (re.compile(r"[\uac00-\ud7a3]{2}"), "Asia/Seoul"),
]


def language_zones(text: str) -> list[tzinfo]:
    """The zone of the one-zone language ``text`` is written in, if it names one."""
    return [ZoneInfo(zone) for rx, zone in _LANGUAGE_ZONES if rx.search(text)]


def zone_words(text: str) -> list[tzinfo]:
    """The zones ``text`` names by the zone words above only ("Chicago", "Pacific", "AZ"), not
    by every city of the IANA database ("150 St Vincent Street" names no Caribbean clock)."""
    named = _ZONE_SEARCH.matching(text)
    return [ZoneInfo(name) for i, (_, name) in enumerate(_ZONES) if i in named]


def named_zones(text: str) -> list[tzinfo]:
    """Every zone ``text`` names by word or city ("hora del centro de México", "Lisbon"), in
    the order of the list above, not where they appear; then the zones of the countries whose
    phone numbers it writes ("Tel +27 14 555 0122": a +02:00 Date is South Africa's, which keeps
    +02:00 in April, not Helsinki's); Israel's for mail in Hebrew."""
    out = zone_words(text)
    out += [_city_zone(m.group(1)) for m in _CITY_RE.finditer(text)]
    out += [ZoneInfo(zone) for script, zone in _SCRIPT_ZONES if script.search(text)]
    out += [ZoneInfo(zone) for words, zone in _ONE_CLOCK_LANGUAGES if words.search(text)]
    return out + phone_zones(text)


def sender_zone(
    when: datetime,
    prefer: tzinfo | None = None,
    named: Sequence[tzinfo] = (),
    home: Sequence[tzinfo] = (),
) -> tzinfo:
    """A DST-aware zone that had ``when``'s UTC offset at that moment.

    ``prefer`` (the owner's own zone) wins when its offset matches, then a zone the
    conversation ``named`` (Mexico City, not Chicago, for a -06:00 mail that says "hora
    CDMX"), then the common zones above; otherwise ``when``'s own fixed offset is kept. A
    +00:00 Date from a writer whose signature names a ``home`` off UTC is that home's.
    """
    offset = when.utcoffset()
    if offset is None or when.tzinfo is None:
        return prefer or UTC
    if offset == timedelta(0) and home and all(when.astimezone(z).utcoffset() for z in home):
        # a client that stamps every Date in UTC (Proton Mail, some webmail) from a writer whose
        # signature says where they are ("4020 N. Lincoln Ave, Chicago"): that place's clock
        return home[0]
    for zone in (prefer, *named, *_LIKELY_ZONES):
        if zone is not None and when.astimezone(zone).utcoffset() == offset:
            return zone
    return when.tzinfo
