"""Is this item about a job interview the owner attends as the candidate? Scored, with reasons.

Each signal is a small regular expression with a weight; the score is their sum and the
reasons name every signal that fired, so ``followup detect --explain`` can show why.
A cheap :func:`prescreen` runs first so most mail never reaches the expensive steps.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from detector.domains import FREE_MAIL, is_ats_domain
from detector.extract import is_group_address, is_vendor_domain, without_accents
from detector.letters import NAME_WORD, toneless
from detector.model import Person
from detector.patternset import PatternSet

ACCEPT = 4.0
"""Score from which an item counts as an interview."""

# Written in lower case and searched in lowered bytes: ``bytes.lower`` folds ASCII only, as
# ``re.I`` does on bytes, so the result is the same, and without ``re.I`` the engine can skip
# positions on an alternative's first byte (about three times faster on the bench's stream).
_PRESCREEN = re.compile(
    rb"interview|intervew|interveiw|inteview|screen|text/calendar|next step|push to|same time|"
    rb"\.ics|application/ics|vcalendar|gespr\xc3\xa4ch|gesprach|"
    rb"gesprek|sollicitatie|entrevista|entretien|entrevue|colloquio|recruit|hiring|coffee chat|"
    # Indonesian: "wawancara" (interview), "dibatalkan" (cancelled), "jadwal" (schedule)
    rb"wawancara|dibatalkan|jadwal|"
    rb"chat with|"
    rb"call with|meet with|cancel|reschedul|moved? to|talent|candidate|candidat|position|role|"
    rb"booking|appointment|\bchat\b|\bcall\b|intervju|jobsamtale|rozmow|m\xc3\xbclakat|"
    rb"\bjob\b|resume|r\xc3\xa9sum|\bcv\b|\bhire\b|opening|"
    rb"\xe9\x9d\xa2\xe6\x8e\xa5|\xe9\x9d\xa2\xe8\xaf\x95|\xeb\xa9\xb4\xec\xa0\x91|"
    # the "meet / talk to you" words of the conversation signal in other languages
    rb"rencontrer|visio|llamada|conocerte|kennenlernen|telefonat|kennismak|chiamata|conoscer|"
    rb"conhecer|liga\xc3\xa7\xc3\xa3o|conversa|"
    # "interview" in Chinese (traditional) and Turkish without the dotted letters
    rb"\xe9\x9d\xa2\xe8\xa9\xa6|mulakat|g\xc3\xb6r\xc3\xbc\xc5\x9fme|"
    # Ukrainian "співбесід" and Russian "собеседован" (a job interview)
    rb"\xd1\x81\xd0\xbf\xd1\x96\xd0\xb2\xd0\xb1\xd0\xb5\xd1\x81\xd1\x96\xd0\xb4|"
    rb"\xd1\x81\xd0\xbe\xd0\xb1\xd0\xb5\xd1\x81\xd0\xb5\xd0\xb4\xd0\xbe\xd0\xb2\xd0\xb0\xd0\xbd|"
    # Russian "интервью" and Kazakh "сұхбат" (an interview), without the first letter, whose
    # capital the byte search does not fold
    rb"\xd0\xbd\xd1\x82\xd0\xb5\xd1\x80\xd0\xb2\xd1\x8c\xd1\x8e|\xd2\xb1\xd1\x85\xd0\xb1\xd0\xb0\xd1\x82|"
    # Serbian Cyrillic "разговор" (a talk) and "интервју", without the first letter
    rb"\xd0\xb0\xd0\xb7\xd0\xb3\xd0\xbe\xd0\xb2\xd0\xbe\xd1\x80|\xd0\xbd\xd1\x82\xd0\xb5\xd1\x80\xd0\xb2\xd1\x98\xd1\x83|"
    # Chinese "面谈" (a face-to-face talk) and "约聊" (a set-up chat)
    rb"\xe9\x9d\xa2\xe8\xb0\x88|\xe7\xba\xa6\xe8\x81\x8a|"
    # job words of other languages, a quoted-printable "Gespräch", the founders' own words
    # for a session, and meeting links (a booked call names its room)
    rb"stelle|bewerb|probetag|vacature|\bvaga\b|puesto|\bposte\b|gespr=c3=a4ch|pairing|"
    rb"trial day|debrief|take-?home|founder|convo\b|huddle|zoom\.|meet\.google|teams\.microsoft|"
    rb"haastattel|hakemu|"
    # hourly and trade work in Spanish and British mail: "trabajo de ayudante", "chamba",
    # "pop in for a chat"
    rb"trabajo|empleo|chamba|platicar|\bpop in\b|"
    # "talk about the GM spot"
    rb"(?:\bgm|manager|chef|director|lead|supervisor) (?:spot|gig)\b|"
    # a move by an amount: "could we start 30 min later?"
    rb"(?:mins?|minutes?|hours?|hrs?) (?:later|earlier)|withdraw|"
    # the interviewer's own note ("Looking forward to meeting you in person on Wednesday"),
    # and "interview" in Hebrew ("ראיו") and Arabic ("مقابل") unencoded
    # "the panel would like to take you through to the second and final stage"
    rb"(?:second|final|next) (?:and final )?stage|\bpanel\b|"
    rb"meeting you|meet you|\xd7\xa8\xd7\x90\xd7\x99\xd7\x95|"
    # "Good news - the showrunner wants to meet", "she'd love to get you in for a general"
    rb"wants to meet|(?:like|love) to meet|in for a general|"
    # "Next step is for you to meet Dana Kowalczyk, who leads our work with ..."
    rb"next step is (?:for you )?to meet|"
    rb"\xd9\x85\xd9\x82\xd8\xa7\xd8\xa8\xd9\x84|"
    # Vietnamese "phỏng vấn" (and its chat shorthand "pv")
    rb"ph\xe1\xbb\x8fng|phong van|\bpv\b|"
    # Greek "συνέντευξ" (and its unaccented stem) and Greeklish "synent"
    rb"\xcf\x83\xcf\x85\xce\xbd\xce\xad\xce\xbd|\xcf\x83\xcf\x85\xce\xbd\xce\xb5\xce\xbd|s[iy]nent|"
    # executive search: "as part of the CFO selection process", "breakfast with Sir Nigel",
    # "I've put you in Sarah's diary"
    rb"selection process|(?:breakfast|dinner|drinks) with|diary|"
    # Hungarian "interjú" (plain and quoted-printable), Latvian "intervija" and "pārrunas",
    # Estonian "vestlus", Thai "สัมภาษณ์", Bengali "সাক্ষাৎকার"
    rb"interj\xc3\xba|interj=c3=ba|intervij|p\xc4\x81rrun|p=c4=81rrun|vestlus|"
    # Lithuanian "pokalbis" (a talk: "darbo pokalbis", a job interview); Mongolian "ярилцлага"
    # (without its first letter, whose capital the byte search does not fold)
    # Sinhala "සම්මුඛ" (face to face: "සම්මුඛ පරීක්ෂණය", an interview)
    rb"\xe0\xb7\x83\xe0\xb6\xb8\xe0\xb7\x8a\xe0\xb6\xb8\xe0\xb7\x94\xe0\xb6\x9b|"
    # Azerbaijani "müsahibə" (an interview; in bytes "m\xc3\xbcsahib")
    rb"m\xc3\xbcsahib|musahib|pokalb|\xd1\x80\xd0\xb8\xd0\xbb\xd1\x86\xd0\xbb\xd0\xb0\xd0\xb3|"
    # Afrikaans "onderhoud"
    rb"onderhoud|"
    # Malagasy "resadresaka" (an interview), Somali "wareysi", Tigrinya "መሕትት" (of "ቃለ-መሕትት"),
    # Hausa "hira" (of "hirar aiki")
    rb"resadresaka|wareysi|hira|"
    # ... Igbo "ajụjụ" (of "ajụjụ ọnụ", an interview), with and without its dots
    rb"ajuju|aj\xe1\xbb\xa5j\xe1\xbb\xa5|waxtaan|veitarogi|intaviu|intervyu|atalanoa|ipushiwa|"
    # ... Yoruba "ifọrọwanilẹnuwo" by its last letters, whatever marks the vowels carry
    rb"nuw(?:o|\xc3\xb2)|"
    rb"\xe1\x88\x98\xe1\x88\x95\xe1\x89\xb5\xe1\x89\xb5|"
    # Icelandic "viðtal"
    rb"vi\xc3\xb0tal|vi=c3=b0tal|"
    # Croatian, Serbian and Slovenian "razgovor"; Georgian "გასაუბრება" and "ინტერვიუ"; Armenian
    # "հարցազրույց"; Nepali "अन्तर्वार्ता" (and romanized "antarwarta")
    rb"razgovor|\xe1\x83\x92\xe1\x83\x90\xe1\x83\xa1\xe1\x83\x90\xe1\x83\xa3\xe1\x83\x91\xe1\x83\xa0|"
    rb"\xe1\x83\x98\xe1\x83\x9c\xe1\x83\xa2\xe1\x83\x94\xe1\x83\xa0\xe1\x83\x95\xe1\x83\x98\xe1\x83\xa3|"
    rb"\xd5\xb0\xd5\xa1\xd6\x80\xd6\x81\xd5\xa1\xd5\xa6\xd6\x80\xd5\xb8\xd6\x82\xd5\xb5\xd6\x81|"
    rb"\xe0\xa4\x85\xe0\xa4\xa8\xe0\xa5\x8d\xe0\xa4\xa4\xe0\xa4\xb0\xe0\xa5\x8d\xe0\xa4\xb5\xe0\xa4\xbe\xe0\xa4\xb0\xe0\xa5\x8d\xe0\xa4\xa4\xe0\xa4\xbe|antar[wv]arta|"
    rb"\xe0\xb8\xaa\xe0\xb8\xb1\xe0\xb8\xa1\xe0\xb8\xa0\xe0\xb8\xb2\xe0\xb8\xa9\xe0\xb8\x93|"
    rb"\xe0\xa6\xb8\xe0\xa6\xbe\xe0\xa6\x95\xe0\xa7\x8d\xe0\xa6\xb7\xe0\xa6\xbe|"
    # Persian "مصاحبه", Khmer "សម្ភាស"
    rb"\xd9\x85\xd8\xb5\xd8\xa7\xd8\xad\xd8\xa8\xd9\x87|"
    rb"\xe1\x9e\x9f\xe1\x9e\x98\xe1\x9f\x92\xe1\x9e\x97\xe1\x9e\xb6\xe1\x9e\x9f|"
    # Burmese "အင်တာဗျူး", "တွေ့ဆုံမေးမြန်း"; Amharic "ቃለ መጠይቅ"
    rb"\xe1\x80\xa1\xe1\x80\x84\xe1\x80\xba\xe1\x80\x90\xe1\x80\xac\xe1\x80\x97|"
    rb"\xe1\x80\x90\xe1\x80\xbd\xe1\x80\xb1\xe1\x80\xb7\xe1\x80\x86\xe1\x80\xaf\xe1\x80\xb6|"
    rb"\xe1\x89\x83\xe1\x88\x88 \xe1\x88\x98\xe1\x8c\xa0\xe1\x8b\xad\xe1\x89\x85|"
    # Pashto "مرکه", "مرکې" (an interview)
    rb"\xd9\x85\xd8\xb1\xda\xa9\xd9\x87|\xd9\x85\xd8\xb1\xda\xa9\xdb\x90|"
    # Lao "ສໍາພາດ", also written with the one-character vowel "ຳ": "ສຳພາດ"
    rb"\xe0\xba\xaa\xe0\xbb\x8d\xe0\xba\xb2\xe0\xba\x9e\xe0\xba\xb2\xe0\xba\x94|"
    rb"\xe0\xba\xaa\xe0\xba\xb3\xe0\xba\x9e\xe0\xba\xb2\xe0\xba\x94",
)
# Encoded subjects and bodies hide their words from a byte search: let them through.
# (any charset: The Bat! writes "=?windows-1251?b?...?=" and a quoted-printable body in
# windows-1251, whose Cyrillic bytes are not the UTF-8 ones above)
_ENCODED = re.compile(
    rb"=\?(?:utf-8|windows-1251|koi8-[ru])\?[bq]\?|content-transfer-encoding:\s*base64|"
    rb"charset=\"?(?:windows-1251|koi8-[ru])"
)


def prescreen(raw: bytes) -> bool:
    """Cheap byte-level test: could this message be about an interview at all?"""
    lowered = raw.lower()
    return bool(_PRESCREEN.search(lowered) or _ENCODED.search(lowered))


@dataclass(frozen=True)
class Signal:
    """One weighted pattern (case-insensitive)."""

    name: str
    weight: float
    pattern: re.Pattern[str]


# the candidate's own work sample, discussed live in an interview round
_WORK_WORDS = r"take-?home|assignment|case study|submission|solution|challenge|exercise|code"
_WORK = f"(?:{_WORK_WORDS})"


def _s(name: str, weight: float, pattern: str) -> Signal:
    return Signal(name, weight, re.compile(pattern, re.I))


# Positive words count once each. Negatives are phrases in context, never single common words:
# "of course", "an article about our culture" or "a possible start date" in a recruiter's mail
# must not sink a real interview (see tests/data/scenarios/s25-*).
POSITIVE = [
    _s(
        "interview word",
        3,
        r"\binterview(?:s|ing)?\b|vorstellungsgespr|bewerbungsgespr|kennenlerngespr|fachinterview|"
        # Indonesian and Malay "wawancara", "temu duga"
        r"\bwawancara\b|\btemu duga\b|"
        # Spanish and Portuguese verbs: "la entrevisto yo", "vamos entrevistarte"
        r"\bentrevist(?:o|amos|aremos|arte|arla|arlo)\b|"
        # thumbs on a phone: "intervew", "interveiw", "inteview"
        r"\b(?:intervew|interveiw|intreview|inteview|interivew|intervie)s?\b|"
        r"gruppengespr|einzelgespr|auswahlgespr|fachgespr|"
        # Swiss and German rounds: "telefonisches Erstgespräch", "Einladung zum Zweitgespräch"
        r"\b(?:erst|zweit|dritt|abschluss)gespr\w*|"
        r"haastattel\w*|"
        # Afrikaans "onderhoud" (Dutch for upkeep): "'n onderhoud op Dinsdag", "Uitnodiging na
        # onderhoud", "Die onderhoud sal ongeveer 'n uur duur"
        r"['\u2019]n onderhoud\b|\bna (?:['\u2019]n )?onderhoud\b|\bdie onderhoud\b|"
        r"\bonderhoudpaneel\b|"
        # Swahili "mahojiano ya simu" (a phone interview)
        r"\bmahojiano\b|"
        # Romanian "interviu tehnic", "interviul de joi", "interviuri"
        r"\binterviu(?:l|lui|ri|rile|rilor)?\b|"
        # Turkish: "mülakat", "iş görüşmesi", "görüşmeyi Cuma'ya alalım" (a customer's
        # "müşteri görüşmesi" is the bank negative's)
        r"\bm\u00fclakat\w*|(?<!m\u00fc\u015fteri )\bg\u00f6r\u00fc\u015fme\w*|"
        r"sollicitatiegesprek|kennismakingsgesprek|\bentrevista|\bentretien|\bentrevue|\bcolloquio|"
        # Nordic, Polish, Turkish, Japanese, Chinese and Korean words for a job interview
        r"\b(?:jobb|anst\u00e4llnings)?intervju|jobsamtale|"
        # Afrikaans "'n eerste onderhoud met Pieter" (not Dutch "onderhoud", maintenance)
        r"\b(?:eerste|tweede|derde|finale) onderhoud\b|\bonderhoud met\b|"
        # Ukrainian "співбесіда", Russian "собеседование"
        r"співбесід\w*|собеседовани\w*|"
        # Bulgarian "интервю", "събеседване"
        r"\bинтервю\w*|\bсъбеседван\w*|"
        # Icelandic "viðtal" (atvinnuviðtal, fagviðtal, símaviðtal, viðtalið)
        r"\w*vi\u00f0tal\w*|"
        # Croatian, Serbian and Slovenian: "razgovor za posao" (a job interview), "poziv na
        # razgovor", "vabilo na razgovor", "telefonski razgovor", "drugi krug razgovora"
        # ("razgovor" alone is any talk)
        r"\brazgovor\w* za (?:posao|radno mjesto|radno mesto|delovno mesto|zaposlitev)\b|"
        r"\b(?:poziv|vabilo|pozivamo(?: vas)?|vabimo(?: vas)?|pozvati vas|povabiti)\s+na\s+"
        r"(?:\w+\s+)?razgovor\w*|"
        r"\b(?:telefonski|video|online|uvodni|upoznavni|prvi|drugi|završni|zaključni|tehnički|"
        r"tehnični|selekcijski|kratki|kratak|individualni)\s+razgovor\w*|"
        r"\b(?:krug|kroga|krog) razgovora\b|\brazgovor\w* s kandidat\w*|"
        # ... and Serbian in Cyrillic: "разговор за посао", "позивамо Вас на разговор",
        # "технички интервју", "уводни разговор"
        r"\bразговор\w* за (?:посао|радно место)\b|"
        r"\b(?:позив|позивамо(?: вас)?|позвати вас)\s+на\s+(?:\w+\s+)?разговор\w*|"
        r"\b(?:телефонски|видео|онлајн|уводни|први|други|завршни|технички|кратак|"
        r"индивидуални)\s+разговор\w*|\bинтервју\w*|"
        # Georgian "გასაუბრება" (an interview, in its cases: "გასაუბრებაზე"), "ინტერვიუ"
        r"გასაუბრებ\w*|ინტერვიუ\w*|"
        # Armenian "հարցազրույց" (an interview, "հարցազրույցի", "հարցազրույցը")
        r"հարցազրույց\w*|"
        # Nepali "अन्तर्वार्ता" (an interview), romanized "antarwarta"
        r"अन्तर्वार्ता|\bantar[wv]arta\b|"
        # Russian "интервью" (also a press interview's word: see "media interview"), Kazakh
        # "сұхбат", "сұхбатқа шақырамыз" (we invite you to an interview)
        r"\bинтервью\b|\bсұхбат\w*|"
        # Danish and Norwegian "ansættelsessamtale", "første/anden samtale", "jobintervju"
        r"ans\u00e6ttelsessamtale|\b(?:f\u00f8rste|anden|andre|tredje|afsluttende) samtale\b|"
        # Polish: "rozmowa rekrutacyjna", "Rozmowa końcowa z CTO" (the final interview)
        r"rozmow\w* (?:kwalifikacyjn|rekrutacyjn|techniczn|telefoniczn|indywidualn|ko\u0144cow|"
        r"wst\u0119pn|fina\u0142ow)\w*|"
        r"spotkani\w* rekrutacyjn\w*|"
        # Czech and Slovak: "osobní pohovor", "pracovný pohovor"
        r"\bpohovor\w*|"
        # an employer's note to an agency: "Spotkanie z kandydatką", "Rozmowę poprowadzę ja"
        r"spotkani\w* z kandydat\w*|rozmow\w* (?:poprowadz|przeprowadz)\w*|"
        r"m\u00fclakat|\u9762\u63a5|\u9762\u8bd5|\uba74\uc811|"
        # Latvian "darba intervija", "uz interviju", "pārrunas" / "pārrunu kārta" (the interview
        # round); Estonian "tööintervjuu", "tutvumisvestlus", "esimene vestlus"
        r"\bintervij\w*|\bp\u0101rrun\w*|intervjuu\w*|tutvumisvestlus\w*|"
        r"\b(?:esimene|teine|kolmas|viimane|l\u00f5pp)\w* vestlus\w*|\bl\u00f5ppvestlus\w*|"
        # Lithuanian: "darbo pokalbis" (a job interview), "techninis pokalbis", "pirminį
        # pokalbį", "Kvietimas į pokalbį", "pokalbis su komandos vadovu" (with the team lead);
        # "pokalbis" alone is any talk (a video consultation's, a user study's)
        r"\b(?:darbo|technin\w*|pirmin\w*|telefonin\w*|atrankos|galutin\w*|baigiam\w*|"
        r"paskutin\w*|antr(?:as|asis|\u0105|\u0105j\u012f|ojo)|\u012f\u017eangin\w*|"
        r"neformal\w*|individual\w*) pokalb\w*|"
        # Mongolian "ажлын ярилцлага" (a job interview), "ярилцлагад урьж байна" (we invite you
        # to an interview), "техникийн ярилцлага"
        r"ярилцлаг\w*|"
        # Sinhala "සම්මුඛ පරීක්ෂණය" (an interview), "සම්මුඛ පරීක්ෂක" (the interviewer)
        r"සම්මුඛ පරීක්ෂ\w*|"
        # Azerbaijani "müsahibə" (an interview), "müsahibəyə dəvət edirik" (we invite you to one)
        r"\bm\u00fcsahib\u0259\w*|\bmusahib[e\u0259]\w*|"
        # Uzbek "ish suhbati" (a job interview), "tanishuv suhbati" (an introductory one),
        # "intervyu" ("suhbat" alone is any talk: see the conversation signal)
        r"\bish suhbat\w*|\b(?:tanishuv|texnik|yakuniy|dastlabki|birinchi|ikkinchi|hr|onlayn) "
        r"suhbat\w*|\bintervyu\w*|"
        r"\b(?:kvietimas|(?:pa)?kvie\w*(?: jus| tave)?) \u012f (?:\w+ )?pokalb\w*|"
        r"\bpokalb\w* (?:su (?:[\w-]+ ){0,2}(?:komandos vadov\w*|vadov\w*|CTO|CEO|direktor\w*)|"
        r"ves:)|"
        # Thai "สัมภาษณ์", "นัดสัมภาษณ์งาน" (written into the words around it)
        r"สัมภาษณ์|"
        # Hungarian "interjú", "állásinterjú", "interjúra" (no boundary before: a compound)
        r"interj\u00fa\w*|"
        # Traditional Chinese "面試" (Taiwan, Hong Kong); Bengali "সাক্ষাৎকার"
        r"\u9762\u8a66|সাক্ষাৎকার|"
        # Persian "مصاحبه" (an interview: "مصاحبه‌ی فنی", "دعوت به مصاحبه"; the interviewer is
        # "مصاحبه‌کننده")
        r"مصاحبه|"
        # Khmer "សម្ភាសន៍" (an interview: "ការអញ្ជើញមកសម្ភាសន៍", an invitation to one; written into
        # the words around it)
        r"សម្ភាសន៍|"
        # Burmese "အင်တာဗျူး" (an interview), "တွေ့ဆုံမေးမြန်းခြင်း" (a meeting and questioning);
        # Amharic "ቃለ መጠይቅ" (an interview: "ለቃለ መጠይቅ እንጋብዝዎታለን", we invite you to one)
        # Tigrinya "ቃለ-መሕትት" (an interview)
        r"အင်တာဗျူး|တွေ့ဆုံမေးမြန်း|ቃለ ?መጠይቅ|ቃለ[- ]?መሕትት|"
        # Lao "ສໍາພາດ" (an interview: "ເຊີນທ່ານມາສໍາພາດ", we invite you to one), written with
        # "ໍາ" or the one character "ຳ"; "ຜູ້ສໍາພາດ" is the interviewer
        r"ສ(?:ໍາ|ຳ)ພາດ|"
        # Kinyarwanda "ikiganiro cy'akazi" (a job interview), "ikiganiro cya tekiniki" (a
        # technical one), "ku kiganiro" (to the interview)
        r"\bikiganiro cy(?:['’]akazi|a tekiniki)\b|\b(?:ku|mu) kiganiro\b|"
        # Malagasy "resadresaka" (a talk, the word HR uses for an interview: "resadresaka
        # ara-teknika", a technical one; "mpanao resadresaka", the interviewer) and "fanadinana
        # am-bava" (an oral examination); Somali "wareysi" ("wareysiga shaqada", a job interview)
        r"\bresadresaka\w*|\bfanadinana am-bava\b|\bwareysi\w*|"
        # Hausa "hirar aiki" (a job interview), "hira ta waya" (one by phone), "hirar karshe"
        # (the final one), "gayyata zuwa hira" (an invitation to an interview); "hira" alone is
        # any chat
        r"\bhirar? (?:ta )?(?:aiki\w*|waya|karshe|kwarewa)\b|\bgayyat\w* (?:ki |ka )?zuwa hira\w*|"
        # Yoruba "ìfọ̀rọ̀wánilẹ́nuwò" (an interview), with or without its marks
        rf"\b{toneless('iforowanilenuwo')}|"
        # Igbo "ajụjụ ọnụ" (an interview: questions of the mouth), with or without its marks
        rf"\b{toneless('ajuju')}\s+{toneless('onu')}(?!\w)|"
        # Fijian "phone veitarogi", "i matai ni veitarogi" (the first interview), "veitarogi ni
        # cakacaka" (a job interview); "veitarogi" alone is any questioning: "veitarogi ni Ivola
        # Tabu" is a Bible quiz
        r"\b(?:phone|video|zoom|teams|panel|final|job|first|second)\s+veitarogi\b|"
        r"\bi (?:matai|karua|otioti) ni veitarogi\b|\bveitarogi ni cakacaka\b|"
        # Tok Pisin "intaviu"; Luganda "intervyu"; Samoan "fa'atalanoaga" (an interview)
        # (and the verb with the candidate: "e fa'atalanoa ma oe i le telefoni")
        r"\bintaviu\b|\bintervyu\b|\bfa['’‘]?atalanoaga\b|\bfa['’‘]?atalanoa ma oe\b|"
        # Bemba "ukwipushiwa", "ukuipushiwa", "kwipushiwa" (being questioned: an interview)
        r"\bu?k[uw]i?pushiwa\b|"
        # Wolof "waxtaan ci liggéey bi" (a talk about the job; "waxtaan" alone is any talk)
        r"\bwaxtaan\w*\s+(?:ci\s+)?ligg\u00e9?ey\b|"
        # Pashto "مرکه" (an interview: "تلیفوني مرکې", a phone interview); not "مرکز", a centre
        r"(?<![\u0600-\u06ff])مرک(?:ه|ې|و)(?![\u0600-\u06ff])|"
        # a numbered "conversation" is how Dutch and German mail name an interview round
        r"\b(?:eerste|tweede|derde|laatste|verdiepend|persoonlijk|telefonisch)e?\s+(?:\w+\s+)?gesprek|"
        # Dutch: "cultuurgesprek" (a culture-fit talk with the team), "vervolggesprek" (a
        # follow-up round), "eindgesprek", "teamgesprek", "arbeidsvoorwaardengesprek" is an offer
        r"\b(?:cultuur|vervolg|eind|team|selectie|motivatie)gesprek\w*|"
        r"\b(?:erst|zweit|dritt|pers\u00f6nlich|technisch|fachlich)(?:e[nmrs]?)?\s+gespr\u00e4ch|"
        r"\b(?:fach|auswahl|telefon|job|online|video)(?:gespr\u00e4ch|interview)|"
        r"\binterviewtermin|"
        # Hebrew "ראיון" with its prefixes ("לראיון", "הראיון", "ראיונות"), full spelling "ריאיון",
        # and the interviewer ("מראיין")
        r"רי?איו[ןנ]|מראיי[ןנ]|"
        # Arabic "مقابلة" (with its article and prepositions: "المقابلة", "لمقابلة"); not "مقابل"
        # alone, "in exchange for"
        r"مقابل[ةت]|مقابلات|"
        # Vietnamese "phỏng vấn", with or without its marks
        r"\bph[ỏo]ng v[ấa]n\b|"
        # ... and its chat shorthand "pv", beside a Vietnamese word: "lịch pv", "pv vòng 2",
        # "pv trực tiếp" (in person)
        r"\b(?:l[ịi]ch|bu[ổo]i|h[ẹe]n|đi|di)\s+pv\b|\bpv\s+(?:v[òo]ng|tr[ựu]c ti[ếe]p|online)\b|"
        # Greek "συνέντευξη" in its forms, and in Greeklish ("synenteuxi", "sinentefxi")
        r"συνέντευξ|συνεντεύξ|συνεντευξ|\bs[iy]nente[uyf]?[xk]s?[iyh]\w*",
    ),
    # a live session about the candidate's own work sample is an interview round, unlike
    # doing the assignment alone (which the "assessment" negative covers and this overrides)
    _s(
        "live work-sample review",
        3,
        r"(?<!not a )(?<!no )\blive (?:review|walk-?through|discussion|debrief|presentation|"
        r"session|pairing)\b[^.\n]{0,80}" + _WORK + "|" + _WORK + r"[^.\n]{0,40}\(live\)|"
        r"(?:review|walk-?through|debrief|discussion|presentation) (?:of|on) (?:your |the )?"
        r"(?:\w+ )?"
        + _WORK
        + rf"|walk (?:us|me|the team) through your (?:\w+ )?(?:decisions|approach|{_WORK_WORDS})"
        # "Take-home debrief", "lets do a debrief call ... walk through it"
        r"|(?:take-?home|assignment|challenge|case study|exercise) (?:debrief|review|walk-?through)"
        # "a apresentação de um case study", "presentación del caso", "présentation d'un cas"
        r"|apresenta[çc][ãa]o d[eo] (?:um |seu )?case\b|presentaci[óo]n del? (?:un )?caso\b|"
        r"pr[ée]sentation d['’]un (?:cas|case)\b"
        # a final round's programme row: "09:30 – 10:15 | Case presentation (20 min ...)",
        # "your case presentation" (not a webinar's "the recruiter screen, the case presentation")
        r"|(?:\byour|\|)\s*(?:case (?:study )?presentation|technical deep[- ]dive)\b"
        r"|\b(?:case (?:study )?presentation|technical deep[- ]dive)\s*\(\d"
        r"|\bdebrief (?:call|session|chat)\b|\bportfolio (?:walk-?through|review|presentation)\b"
        # a trial day that pairs with the team and ends in a talk is a day of interviews
        r"|\bpairing (?:mit|with)\b|abschlussgespr\w*|closing (?:talk|conversation|chat) with",
    ),
    # a site visit's timetable: "08:30 - 09:30  Interview with Pat Zoe", among the flights and
    # the site orientation (which the "travel booking" and "onboarding" negatives cover and this
    # overrides)
    _s(
        "interview timetable",
        1,
        # (the classifier reads the text with its lines joined; "1.00-2.30pm  Panel interview")
        r"(?<![\d:.])\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?\s*)?[-–]\s*\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?"
        # ("11:30 - 12:15  HR and values interview with me")
        r"\s+(?:[\w-]+\s+){0,3}(?:interview|panel)\b|"
        # ... or its label first: "Interview:     9.30am - 10.30am" under "Arrival time: 9.15am"
        r"\b(?:interview|panel)\s*:\s*\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?\s*)?[-–]\s*\d{1,2}[:.]\d\d",
    ),
    # a teacher's or trainer's round: the candidate teaches or facilitates while the panel
    # watches ("Demo tutoring session ... then a 30-minute debrief with", "Stage 2 - Facilitation
    # session ... followed by questions from")
    _s(
        "teaching demonstration",
        2,
        r"\b(?:demo|demonstration|sample|model|trial) (?:lesson|class|tutoring session)\b|"
        r"\bteaching (?:demo|demonstration)\b|\bfacilitation session\b",
    ),
    # the test is behind the candidate: "you passed the SkillCheck online test (82/100)! We would
    # like to invite you to a technical interview" (the "assessment" negative is what is done)
    _s(
        "test passed",
        1,
        r"\b(?:you(?:'ve| have)? )?(?:passed|completed|cleared) (?:the|your) (?:[\w-]+ ){0,2}"
        r"(?:online )?(?:test|assessment|challenge|exercise)\b|"
        # "Based on your performance in the online assessment held on 28 February, you have been
        # shortlisted for the interview rounds"
        r"\b(?:based on|after|following) your (?:performance|score|result)s? in the "
        r"(?:[\w-]+ ){0,2}(?:test|assessment|challenge|exercise)\b|"
        # "Congratulations on your online assessment results - I'm delighted to invite you"
        r"\bqualifying score on the (?:[\w-]+ ){0,2}(?:test|exam)\b|"
        r"\b(?:congratulations on|well done on|pleased with) your (?:[\w-]+ ){0,2}"
        r"(?:test|assessment|challenge|exercise) (?:results?|scores?|performance)\b",
    ),
    # the staff side of housing: a housing association hiring speaks of tenants and landlords
    # ("a registered social landlord", "tenancy management", "Mags Docherty (tenant Board
    # member)"), which the "housing viewing" negative covers and this overrides
    _s(
        "housing employer",
        0,
        r"\bsocial landlord\b|\btenancy (?:management|sustainment|support)\b|"
        r"\bhousing (?:officer|services manager|association|co-?operative)\b[^.\n]{0,80}"
        r"\b(?:role|post|position|vacancy|interview)\b|\btenant (?:board|participation|scrutiny)\b",
    ),
    # a sales hire's interview is a sales call played out: "a 60-minute mock discovery call: you'll
    # run a first call with Owen playing a VP of Finance" (which the "sales demo" negative covers
    # and this overrides)
    _s(
        "sales role-play",
        2,
        r"\bmock (?:discovery|sales|cold|demo|prospecting|pitch)\b|"
        r"\brole[- ]?play\b[^.\n]{0,60}\b(?:interview|round|stage|next step)|"
        r"\b(?:interview|round|stage|next step)\b[^.\n]{0,60}\brole[- ]?play\b|"
        # an onsite's role-play row or invite: "Role-play: discovery call with Kyle Brennan",
        # "Onsite: Role-Play (Discovery Call)", "Discovery call role-play"
        r"\brole[- ]?play\W{1,3}(?:\(\s*)?(?:discovery|cold|sales|demo) call\b|"
        r"\b(?:discovery|cold|sales) call role[- ]?play\b|\bonsite\W{1,3}role[- ]?play\b",
    ),
    # a slot an employer reserved at a hiring fair, with its interviewer named, is an interview
    # of its own, unlike the fair ("an employer reserved an on-the-spot interview with you")
    _s(
        "reserved interview slot",
        1,
        # (not what an employer "may request": "may request a reserved interview slot with you")
        r"(?<!request a )\b(?:reserved|booked) (?:an? )?(?:on-the-spot |one-on-one |1:1 )?"
        r"interview (?:slot )?with you\b|\byou have an interview slot\b|"
        # "we've got you down for 11:40 am on Tuesday 5/12 with Janelle"
        r"\bgot you down for\b|\bsaved you a (?:spot|slot|time)\b|"
        # a hiring event's booked slot: "booking this slot guarantees you a 30-minute sit-down
        # interview with me instead of waiting in line"
        r"\b(?:guarantees?|reserves?|secures?) you an? [\w -]{0,30}\binterview\b|"
        # "Your spot at the Open Interview Day is reserved. Your time slot: 10:00-10:20"
        r"\byour (?:time )?slot\s*:|\byour spot\b[^.\n]{0,60}\bis reserved\b|"
        # "Your live interview slot for the Virtual Hiring Event is reserved", "Reserved: your
        # interview slot"
        r"\byour (?:live |one-on-one |1:1 )?interview slot\b[^.\n]{0,60}\bis (?:reserved|booked|"
        r"confirmed)\b|\breserved:? your (?:live )?interview slot\b|"
        r"\binterviewer:\s+[A-Z][a-z]+ [A-Z][a-z]+|"
        # "Interview time: 11:20 AM / With: Keisha Grant, Store Manager" at a hiring event
        # (lines run together: the vocabularies read hard-wrapped text unwrapped)
        r"\binterview time[ \t]*:[^\n]{0,40}?\s(?-i:With)[ \t]*:[ \t]*"
        r"(?-i:[A-Z][a-z]+ [A-Z][a-z]+)|"
        # a chatbot's booking at a hiring event: "Reserved interview slots on Saturday ...
        # Which works for you?" then "You're booked!"
        r"\breserved interview slots?\b[^\n]*\n(?:[^\n]*\n){0,6}[^\n]*\byou(?:'re| are) booked\b",
    ),
    # a video tool's *live* interview is a conversation, unlike its recorded one-way kind
    _s(
        "live conversation",
        1,
        # (not the step a test leads to: "will be contacted ... for a live interview")
        # (nor one that may come: "next steps, which may include a live interview")
        r"(?<!not a )(?<!not )(?<!no )(?<!for a )(?<!include a )(?<!includes a )(?<!to a )"
        r"\blive (?:video |virtual |online )?interview|"
        r"(?<!not a )real-time (?:conversation|interview)|"
        r"not (?:a )?(?:pre-?)?recorded(?: interview)?\b|(?:hirevue|spark ?hire|vidcruiter) live\b|"
        # a coding platform's interview with a person in the pad (not its timed test)
        r"(?<!not a )\blive[- ](?:coding|pair[- ]programming|pairing) "
        r"(?:interview|session|round)\b|"
        r"\byour interviewer will join\b",
    ),
    # a restaurant's "working interview (paid stage shift)": a shift worked beside the manager
    # who interviews, so no test (a bare "trial shift (stage) ... no sit-down interview" is);
    # it adds nothing to the score, only silences the test's negative (see OVERRIDES)
    _s("working interview", 0, r"(?<!no )(?<!not a )\bworking interview\b"),
    _s(
        "screen/round",
        2,
        r"phone screen|recruiter screen|screening (?:call|conversation|chat)|"
        r"intro(?:ductory)? (?:phone |video )?call|"
        # campus recruiting's final round: "Audit Superday", "your office visit"
        r"\bsuper-?days?\b|\boffice visit\b|"
        # Persian "دعوت به تماس تلفنی" (an invitation to a phone call), "گفت‌وگوی اولیه" (a first
        # conversation), "مرحله‌ی بعد" (the next stage)
        r"دعوت به (?:یک )?(?:تماس تلفنی|گفت[\u200c ]?وگو)|گفت[\u200c ]?وگوی (?:اولیه|تلفنی)|"
        r"مرحله[\u200c ]?ی? (?:بعد|بعدی|نهایی)|"
        # Malagasy "resadresaka voalohany an-telefaonina" (a first interview by phone), "ny dingana
        # manaraka" (the next step); Somali "wareysi gaaban oo telefoon ah" (a short phone
        # interview), "marxaladda xigta" (the next stage)
        r"\bresadresaka (?:voalohany|an-telefaonina)\b|\bdingana manaraka\b|"
        r"\bwareysi\w* (?:\w+ )?(?:oo )?telefoon\w*|"
        r"\bmarxaladd?a (?:xigta|ku xigta|ugu dambaysa)\b|"
        # Igbo "ajụjụ ọnụ mbụ site na ekwentị" (a first interview by phone), "ajuju onu ekwenti"
        # (a phone interview), "nzọụkwụ ọzọ" (the next step)
        rf"\b{toneless('ajuju onu')}\s+(?:{toneless('mbu')}|{toneless('site na ekwenti')}|"
        rf"{toneless('ekwenti')})(?!\w)|\b{toneless('nzoukwu ozo')}(?!\w)|"
        # Tigrinya "ቴሌፎናዊ ቃለ-መሕትት" / "ናይ ቴሌፎን ቃለ-መሕትት" (a phone interview), "ቀዳማይ ደረጃ" (the
        # first stage)
        r"ቴሌፎናዊ ቃለ[- ]?መሕትት|ናይ ቴሌፎን ቃለ[- ]?መሕትት|ቀዳማይ ደረጃ|"
        # Uzbek "Keyingi bosqich" (the next stage), "yakuniy bosqich" (the final one)
        r"\b(?:keyingi|yakuniy|navbatdagi) bosqich\w*|"
        # "Are you free for a quick phone call tmrw at 230?"; a calendar entry's own title
        # "Phone interview - Sonoran STEM Collegiate" (at a line's start: mid-sentence, "a
        # 30-minute phone interview" is the interview word's alone)
        r"\b(?:quick|short|brief) phone (?:call|chat)\b|(?m:^)(?:phone|telephone) interview\b|"
        # Indian English: "a telephonic round with me", "your first telephonic discussion"
        r"\btelephonic (?:round|discussion|interview)\b|"
        # Italian: "fissiamo la chiacchierata conoscitiva per giovedì" (the get-to-know chat)
        r"\bchiacchierata conoscitiva\b|"
        # Spanish: "una primera conversación contigo, por teléfono"
        r"\bprimera (?:conversaci\u00f3n|llamada) contigo\b|"
        # a trade's field round: "Ride-along w/ Marcus Tate - Service Foreman candidate",
        # "Marcus is the one evaluating"
        r"\bride-?along\b[^.\n]{0,60}\bcandidate\b|\b(?:is|are) the ones? evaluating\b|"
        # Croatian, Serbian and Slovenian rounds: "drugi krug", "završni krug selekcije",
        # "zaključni krog", "upoznavni razgovor" (a get-to-know talk)
        r"\b(?:prvi|drugi|treći|završni|zadnji|finalni|sljedeći|sledeći|tretji|zaključni|"
        r"naslednji)\s+kr(?:ug|oga?|ogu)\w*|\bkrug\w* selekcije\b|\bupoznavni razgovor\w*|"
        # Southern American English: "I'd like to set up a phone call to visit about the role"
        r"\b(?:phone )?call to (?:visit|talk|chat) (?:with you )?about (?:the|this|our) "
        r"(?:role|position|job|opening)\b|\bvisit about (?:the|this|our) (?:role|position|job)\b|"
        # New Zealand English: "a quick kōrero tomorrow at 2pm ... a 20-minute phone call so I
        # can hear a bit more about you" (kōrero: a talk)
        r"\b(?:quick|short|brief|informal|first|initial|final) k[oō]rero\b|"
        # Greek: "θα θέλαμε να σας γνωρίσουμε από κοντά" (we'd like to meet you in person), a
        # hiring manager's invitation
        r"να σας γνωρίσουμε|γνωριμίας|"
        # Latvian: "Otrā pārrunu kārta" (the second interview round), "aicina Jūs uz darba
        # interviju" (invites you to an interview); Estonian "teine vestlus" (a second talk),
        # "lõppvestlus" (the final one)
        r"\bp\u0101rrunu k\u0101rt\w*|"
        r"\baicin\w* (?:J\u016bs )?uz (?:darba )?(?:intervij|p\u0101rrun)\w*|"
        r"\b(?:teine|kolmas|viimane) vestlus\w*|\bl\u00f5ppvestlus\w*|"
        # Czech: "úvodní telefonický pohovor", "druhé kolo" (the second round)
        r"\btelefonick\w* pohovor\w*|\b[úu]vodn\w* pohovor\w*|\b(?:prvn[íi]|druh[ée]) kolo\b|"
        # ("I'll call you this Thursday (5 March) at 11:00 for a 30-minute conversation about
        # the Senior GL Accountant role")
        # ("a quick 30 min call this week"; not a landlord's "a quick 10 min chat w each one")
        r"\b\d{1,2} ?min (?:(?:phone|video|intro) )?call\b|"
        r"\b\d{1,2}-minute (?:(?:phone|video|zoom|teams|intro|introductory) )?"
        r"(?:call|conversation|chat)\b|"
        # the public and NGO sector's step after a written test: "an oral interview"
        r"\boral interview\b|"
        # Spanish and Portuguese: "una última conversación contigo", "Conversación final con
        # Santiago", "conversa final"
        r"\bconversaci[óo]n final\b|\b[úu]ltima conversaci[óo]n\b|\bconversa final\b|"
        # a trade's own word: "can u come in thurs at 1:30 to sit down w/ Dale our terminal mgr"
        # (not "after the lesson Tomas and I will sit down with you for the interview portion")
        r"\bsit[- ]down w/|\bsit-down with\b|\bcome in\b[^.\n]{0,30}\bsit down with\b|"
        # a recruiter's screen told by its topic: "it'll be around 30 minutes, mostly about your
        # background and how you feel about relocating", "walk me through your experience"
        r"\b(?:mostly|mainly|largely|just) about your (?:background|experience|career|cv)\b|"
        r"\bwalk (?:me|us) through your (?:background|experience|career|cv)\b|"
        # "I'll give you a call ... We'll cover your background, what the team is building"
        r"\b(?:we'?ll|we will|I'?ll|I will) (?:cover|go over|talk through|chat about) your "
        r"(?:background|experience|career)\b|"
        # "a relaxed culture-fit chat with every candidate"
        r"\bculture[- ]fit (?:chat|call|interview|conversation|talk)\b|"
        # the film and TV trade's "general": "she'd love to get you in for a general"
        r"\bin for a general\b|(?<!annual )\bgeneral meeting\b(?! of)|"
        # "Good news - the showrunner wants to meet", "the founder would like to meet you"
        r"\b(?:showrunner|producers?|founder|ceo|hiring manager|director)\s+(?:wants|would like|"
        r"['’]d like)\s+to\s+meet\b|\bnext step is (?:for you )?to meet\b|"
        # Spanish: "Llamada inicial", "entrevista inicial", "Es una llamada de 30 minutos", "me
        # gustaría platicar contigo"
        r"\b(?:llamada|entrevista) inicial\b|\bllamada de \d{1,2} ?min(?:utos)?\b|"
        # Brazilian Portuguese: "um bate-papo de uns 30 min comigo por vídeo"
        r"\bbate-papo\b|"
        # Indonesian rounds: "interview teknikal", "interview user" (with the team's manager),
        # "interview HR"
        r"\b(?:interview|wawancara) (?:teknikal|teknis|user|hr)\b|"
        # "This is the hiring-manager round for the Senior Frontend Engineer role"
        r"\bhiring[- ]manager (?:round|interview|call|chat|conversation|screen)\b|"
        r"\bme gustar[íi]a (?:platicar|hablar|conversar) (?:contigo|con (?:ella|[ée]l|usted))\b|"
        # "Let's do a call for the Montreal GM role"
        r"\bcall (?:about|for|re:?) (?:the|our|this|your) (?:[\w&/-]+ ){0,5}"
        r"(?:role|position|opening)\b|"
        # an assessment centre, and Polish "the next stage of recruitment"
        r"\bassessment[- ]cent(?:er|re)\b|\bkolejn\w* etap\w*|"
        # academic hiring: "On behalf of the search committee ... a site visit"
        r"\bsearch committee\b|"
        # a recruiter's screen in British and Scottish English: "a wee chat on the phone",
        # "a wee phone the morra"
        r"\bchat on the phone\b|\bwee (?:chat|phone|call)\b|"
        # Vietnamese rounds: "vòng 1", "vòng 2", "vòng cuối"
        r"\bv[òo]ng (?:\d|m[ộo]t|hai|ba|cu[ốo]i)\b|"
        # Hebrew: "לשלב הבא" (the next stage), "שיחת היכרות" (an intro call)
        r"שלב הבא|שיחת היכרות|"
        # Czech and Slovak rounds: "druhé kolo", "ďalšie kolo", "finální kolo"
        r"\b(?:druh\w*|dal\u0161\w*|\u010fal\u0161\w*|fin\u00e1ln\w*|prvn\w*|prv\u00e9) kol[oae]\b|"
        # an agency relays the client's yes: "she'd like to meet you on Monday", and the
        # client's own "Happy to meet her Monday 16/3"
        r"\b(?:she|he|they)(?:'d| would) (?:like|love) to meet you\b|"
        r"\b(?:happy|keen|pleased) to meet (?:her|him)\b|"
        r"\b(?:we|I)(?:'d| would) (?:like|love) to meet (?:her|him)\b|"
        # German: "Ich würde dich gern in einem Video-Call (ca. 45 Minuten) kennenlernen"
        r"\b(?:gerne?|möchten|würden) (?:\w+[ -]|\([^()\n]{0,30}\) ){0,8}kennenlernen\b|"
        # a small employer's onsite: "I'd like you to come see the plant ... then walk the floor"
        r"\bcome (?:see|visit|tour|look at) (?:the|our) (?:plant|site|facility|warehouse|shop|"
        r"factory|mill|kitchen|restaurant|yard|store)\b|"
        # (not the drinks: "First round's on me")
        r"first round(?![\'\u2019]?s on (?:me|us)\b| of drinks)|"
        r"(?:\d+[- ]?min(?:ute)?s?|quick|short|brief|initial|first|phone|video|telephone|"
        r"telephonic) "
        r"screening\b|"
        # "Quick 30-min screen, nothing formal", "a 45-minute technical screen"
        r"\b\d{2}[- ]?min(?:ute)? (?:phone |video |technical |coding )?screen\b|"
        r"\b(?:technical|tech|coding|live[- ]coding) screen\b|"
        r"premier (?:appel|\u00e9change|entretien)|primera (?:llamada|entrevista)|"
        # a first phone conversation in PT/ES/FR: "primeira conversa telefónica"
        r"primeira (?:conversa|chamada|entrevista)|(?:conversa|chamada|llamada) telef[óô]nica|"
        r"entretien t[ée]l[ée]phonique|"
        r"\b(?:first|second|third|next|final|later)[- ](?:stage|round)\b"
        r"(?![\'\u2019]?s on (?:me|us)\b| of drinks)|"
        r"second round|second-round|final round|final panel|technical round|on-?site|"
        # "This is your 2nd round, 45 min on Teams", "Round 2 with the director"
        r"\b(?:1st|2nd|3rd|4th)[- ](?:round|stage|interview)\b|\bround (?:two|three|[1-4])\b|"
        # a PE sponsor's "chemistry meeting"; German "Ihre Gesprächspartner sind ..."
        r"\bchemistry (?:meeting|session|call|chat)\b|gespr\u00e4chspartner|"
        r"hiring manager|"
        r"panel interview|interview panel|your panel|final (?:step|stage)|last step|"
        r"final (?:chat|conversation|call|interview|meeting)|"
        # Nordic rounds: "intervjudag", "andre intervju", "teknisk case", "avsluttende prat"
        r"intervjudag\w*|intervjurunde|"
        # Quebec's "rencontre avec moi-même pour le poste de contrôleuse"
        r"\brencontre\b[^.\n]{0,60}\bpour (?:le|ce) poste\b|"
        # a day of interviews in Spanish, Portuguese and French
        r"jornada (?:presencial )?de entrevistas|d[ií]a de entrevistas|journ[ée]e d'entretiens|"
        r"(?:f\u00f8rste|andre|tredje|sista|andra) intervju|"
        # Swedish "första (telefon)samtal", "telefonintervju"
        r"\bf\u00f6rsta (?:telefon)?samtal\w*|\btelefonintervju\w*|\bf\u00f6rsta intervju\w*|"
        # Ukrainian: "технічна співбесіда", "фінальна співбесіда", "перший етап"
        r"\bтехнічн\w* співбесід\w*|\bфінальн\w* співбесід\w*|\b(?:перш|друг)\w* етап\w*|"
        # Russian: "техническое интервью", "первичное собеседование", "второй этап", "очные
        # встречи по позиции"
        r"\b(?:техническ|финальн|первичн|итогов|очн|телефонн)\w* (?:собеседовани|интервью|"
        r"встреч)\w*|\b(?:перв|втор|трет|финальн|заключительн)\w* этап\w*|"
        r"teknisk (?:case|intervju)|avsluttende (?:prat|samtale)|"
        r"interview(?:er)?s? (?:schedule|itinerary)|\binterviewer\b|"
        r"[一二三]次面接|最終面接|面接官|\d차 면접|면접관|[一二三]面|终面|面试官|"
        # a founder's "和我面谈这一轮" (a face-to-face talk with me), "约聊" (a set-up chat)
        r"面谈|面聊|约聊|(?i:hr)面|初面|复试|电话面试|视频面试|电话沟通|"
        # the same in Traditional Chinese: "面談", "複試", "電話面試", "視訊面試", "主管面試"
        r"面談|複試|電話面試|視訊面試|視頻面試|主管面試|"
        # an invitation or notice of an interview: "面試邀請", "面試通知", "面试邀请"
        r"面試邀請|面試通知|面试邀请|面试通知|"
        # Japanese rounds: "技術面接", "カジュアル面談"
        r"技術面接|カジュアル面談|"
        r"teknik m\u00fclakat|\u00f6n g\u00f6r\u00fc\u015fme|"
        r"ikinci (?:a\u015fama|g\u00f6r\u00fc\u015fme)|"
        r"son (?:a\u015fama|g\u00f6r\u00fc\u015fme)|"
        # what happens in the session, said by founders and engineers who never say "interview"
        # academic hiring: a trial lecture or job talk, then the committee
        r"probelehr\w*|lehrprobe|probevortrag|job talk|chalk talk|trial lecture|"
        r"campus (?:interview|visit)|gespr\u00e4ch mit der (?:\w+)?kommission|"
        # Indian and APAC staffing: "L1 (technical) round", "Managerial round", "HR round"
        # (and in Hinglish: "Aniket Sawant ka L1 aaj 4 pm")
        r"\bl[1-4] (?:\(\w+\) )?(?:round|interview|discussion)|\b(?:ka|ki|ke) l[1-4]\b|"
        # "Your TR1 ... is fixed for Tuesday", "TR2 with the delivery head", "MR round"
        r"(?-i:\bTR[1-3]\b)|\b(?:tr|mr|tech|technical) round\b|"
        r"\b(?:managerial|techno-managerial|hr|client|"
        r"face[- ]to[- ]face|f2f) (?:round|interview|discussion)\b|"
        r"letzte (?:stufe|runde)|finale runde|"
        # Portuguese and Spanish: "conversa final", "último passo do processo", "etapa final"
        r"conversa final|\u00faltim[oa] (?:passo|etapa)|etapa final|\u00faltimo paso|"
        r"derni\u00e8re [ée]tape|derniere etape|[ée]tape finale|"
        # "Queremos avançar para a fase seguinte", "próxima fase"
        r"\bpr[óo]xima fase\b|\bfase seguinte\b|\bnext phase\b|"
        # "te convocamos a la segunda fase", "siguiente fase", "ronda final"
        r"\bsegunda (?:fase|entrevista|ronda)\b|\bsiguiente fase\b|\bfase final\b|"
        r"live (?:coding|debugging)|pair(?:ing)? (?:session|on a)|pair[- ]programming|"
        r"\byou'?ll pair with\b|technical (?:convo|conversation|"
        r"chat|call|discussion)|walk (?:me|us) through (?:a|one|some) (?:system|project)s?|"
        # designers' and analysts' rounds: "Live Design Exercise", "portfolio review"
        r"live (?:design|whiteboard|case|product|data|sql) (?:exercise|session|challenge|review)|"
        r"portfolio (?:review|presentation|walk-?through)|design (?:exercise|challenge) review|"
        r"whiteboard(?:ing)? (?:session|interview|exercise)",
    ),
    _s(
        "hiring process",
        2,
        r"hiring process|next step|your application|applying|application (?:for|to)|"
        # Wolof "Indil sa CV ak say diplômes" (bring your CV and diplomas); Tok Pisin "Tenkyu
        # long CV bilong yu" (thanks for your CV), "kisim ol original certificate" (bring them)
        r"\bindil sa cv\b|\bcv bilong yu\b|\boriginal certificate\w* bilong yu\b|"
        # "Please bring your NRC and copies of your certificates", "come with your credentials"
        # (not one certificate of a course or a medical: "bring your completion certificate")
        r"\b(?:bring|come (?:along )?with) (?:your|the) (?:[\w.]+ ){0,4}"
        r"(?:(?:copies of|original|academic) (?:your )?certificates|credentials|testimonials)\b|"
        # Amharic "የቃለ መጠይቅ ጥሪ" (a call to the interview), "ለቃለ መጠይቅ ተጠርተዋል" (have been
        # called to it)
        r"የቃለ መጠይቅ ጥሪ|ለቃለ መጠይቅ ተጠርተዋል|"
        # a founder on the job being filled: "the Founding PM would report to me"
        r"\bwould report (?:directly )?to me\b|"
        # a manager's text-style note: "we'll sit down and talk about the GM spot"
        r"\b(?:talk|chat|sit down) about the (?:(?-i:[A-Z]{2,4})|[\w-]+ (?:manager|chef|director|"
        r"lead|supervisor)) (?:spot|job|position|gig|opening)\b|"
        # a union apprenticeship's selection: "appear before the JATC Interview Committee for the
        # Inside Wireman Apprenticeship program", "your rank on the eligibility list"
        r"\bapprenticeship (?:program(?:me)?|committee|application)\b|\binterview committee\b|"
        # a freelance platform's relay: "Hadley Commerce has invited you to interview for their
        # job", "we liked your proposal"
        r"\binvited you to (?:an? )?interview\b|\binterview for (?:their|the|our) (?:job|role)\b|"
        r"\beligibility (?:list|rank\w*)\b|\bqualifying score\b|"
        # Swahili: "maombi ya nafasi ya Afisa wa Fedha" (an application for the post of),
        # "Afisa Rasilimali Watu" (HR officer)
        r"\bmaombi ya nafasi\b|\bnafasi ya kazi\b|\brasilimali watu\b|"
        # Latvian: "Jūsu pieteikumu vakancei" (your application for the vacancy), "amatam" (the
        # post); Estonian: "kandideerisite ... ametikohale" (you applied for the position)
        r"\bpieteikum\w*|\bvakanc\w*|\bkandideeri\w*|\bametikoh\w*|\bv\u00e4rbami\w*|"
        # Lithuanian: "Jūsų kandidatūra" (your application), "atrankos etapas" (a selection
        # stage), "pozicijos" (the position's)
        # (only the Lithuanian cases: Serbian and Croatian "poziciju" is a scam's word as often)
        r"\bkandidat\u016br\w*|\batrankos (?:etap|proces)\w*|\bpozicij(?:os|\u0105|ai)\b|"
        # Mongolian: "ажлын байр" (the post), "хүний нөөц" (HR), "шалгаруулалт" (the selection)
        # (not "анкет", a form in Russian and Ukrainian too: a bank's "анкета")
        r"\bажлын байр\w*|\bхүний нөөц\w*|\bшалгаруул\w*|"
        # Persian: "موقعیت شغلی" (the job position), "رزومه" (the résumé), "جذب و استخدام"
        # (recruitment and hiring; "استخدام" alone is hiring in general: a meetup's panel on
        # "استخدام برنامه‌نویس Go"), "درخواست شما" (your application)
        r"موقعیت[\u200c ]?(?:ی )?شغلی|رزومه|جذب و استخدام|درخواست شما|"
        # Khmer: "មុខតំណែង" (the position), "ពាក្យស្នើសុំការងារ" (the job application)
        r"មុខតំណែង|ពាក្យស្នើសុំ|"
        # Burmese "ရာထူးအတွက်" (for the post), Amharic "ለ... የስራ መደብ" (for the post of)
        r"ရာထူး|လျှောက်လွှာ|የስራ መደብ|የሥራ መደብ|ማመልከቻ|"
        # Lao "ຕໍາແໜ່ງ" (the position), "ໃບສະໝັກ" (the application)
        r"ຕ(?:ໍາ|ຳ)ແໜ່ງ|ໃບສະໝັກ|"
        # Kinyarwanda "umwanya w'akazi" (the post), "gusaba akazi" (applying for the job),
        # "ishami ry'abakozi" (HR)
        r"\bumwanya w['’]akazi\b|\bgusaba akazi\b|\bishami ry['’]abakozi\b|"
        # Dari "کمیته مصاحبه" (the interview committee), Pashto "غوښتنلیک" (the application)
        r"کمیته(?:ی)? مصاحبه|غوښتنلیک|"
        # Sinhala: "තනතුර" (the post), "අයදුම්පත" (the application)
        r"තනතුර\w*|අයදුම්පත\w*|"
        # Azerbaijani: "vakansiyasına göndərdiyiniz müraciət" (your application to the vacancy)
        r"\bm\u00fcraci\u0259t\w*|\bnamiz\u0259d\w*|"
        # Uzbek: "vakansiya", "rezyume", "nomzod" (a candidate), "lavozim" (a post)
        r"\bvakansiya\w*|\brezyume\w*|\bnomzod\w*|\blavozim\w*|"
        # Thai: "สมัครงานในตำแหน่ง" (applied for the position), "ใบสมัคร" (the application),
        # "ฝ่ายบุคคล" / "ฝ่ายทรัพยากรบุคคล" (HR)
        r"สมัครงาน|ตำแหน่ง|ใบสมัคร|ฝ่ายบุคคล|ทรัพยากรบุคคล|"
        # Hungarian: "Köszönjük jelentkezését ... pozíciójára" (thank you for applying to the
        # position), "álláshirdetés" (the job advert), "munkakör" (the post)
        r"\bjelentkez(?:\u00e9s\w*|ett|ett\u00e9l)\b|\bpoz\u00edci\u00f3\w*|"
        r"\b\u00e1ll\u00e1shirdet\u00e9s\w*|\bmunkak\u00f6r\w*|"
        # Bengali: "পদে আপনার আবেদনের পরিপ্রেক্ষিতে" (further to your application for the post),
        # "পদের নাম" (the post's name)
        r"পদে আপনার আবেদন|পদের নাম|"
        # French public service: "une entrevue de sélection pour l'emploi de conseillère"
        r"\bentrevue de s\u00e9lection\b|\bpour l['\u2019]emploi de\b|"
        # Indian English: "Profile shortlist ho gaya hai", "you have been shortlisted"
        r"\bprofile (?:is |has been |ho gaya )?shortlist\w*|\bshortlisted for\b|"
        # Czech: "zájem o pozici konstruktéra", "k Vaší odpovědi na inzerát", "Váš životopis"
        r"\b[okn]a? pozici\b|\bodpov[ěe]d\w* na inzer[áa]t\b|\b[žz]ivotopis\w*|"
        # Roman Urdu: "Aap ki application ... ki position ke liye shortlist ho gayi hai"
        r"\baap ki application\b|\bshortlist ho gay[ai]\b|\bposition ke liye\b|"
        # Swedish and Danish: "Första steget i vår rekrytering", "nästa steg", "din ansökan"
        r"\bf\u00f6rsta steget\b|\bn\u00e4sta steg\b|\brekryteringsprocess\w*|\bdin ans\u00f6kan\b|"
        r"\bdin ans\u00f8gning\b|\bn\u00e6ste skridt\b|"
        # Afrikaans: "jou aansoek vir die pos van Inkomstebestuurder"
        r"\bjou aansoek\b|\bdie pos van\b|"
        # Ukrainian: "відгук на вакансію" (your application), "наступний етап" (next stage)
        r"\bвідгук на вакансі\w*|\bнаступн\w* етап\w*|\bвакансі[яюї]\b|"
        # Russian: "по вакансии", "на позицию", "на должность", "отклик", "следующий этап";
        # Kazakh "лауазымына" (for the position of)
        r"\b(?:по|на) (?:вакансии|вакансию|позицию|позиции|должность)\b|\bспасибо за отклик\b|"
        r"\bследующ\w* этап\w*|\bлауазым\w*|"
        # Bulgarian: "кандидатурата по обявата" (your application to the posting), "подбора"
        # (the selection), "следващ етап" (next stage), "техническо интервю"
        r"\bкандидатура\w*|\bпо обявата\b|\bподбор\w*|\bследващ\w* етап\w*|"
        # Kazakh: "бос орны бойынша" (for the vacancy), "түйіндемедегі" (in the CV)
        r"\bбос орн\w* бойынша\b|\bтүйіндеме\w*|"
        # "последният етап от процеса за позицията" (the last stage of the process for the role)
        r"\bпоследни\w* етап\w*|\bза позицията\b|\bфинал\w* разговор\w*|"
        # Icelandic: "umsóknina um starf" (the application for the job), "atvinnuviðtal" (a job
        # interview), "ráðningarkerfi" (the recruiting system), "ráðningarstofa" (an agency)
        r"\bums\u00f3kn\w* um starf\w*|\batvinnuvi\u00f0tal\w*|\br\u00e1\u00f0ningar\w*|"
        r"\bstarfi\u00f0\b|"
        # Croatian, Serbian and Slovenian: "prijava za radno mjesto" (the application for the
        # post), "oglas" (the posting), "delovno mesto", "vašo prijavo"
        r"\bradno[mg]? mj?esta?\b|\bpred komisijom\b|\bprezentacij\w* studije slučaja\b|"
        r"\bdelovn\w* mest\w*|\bprijav[aeiou] za\b|\bvašo prijavo\b|"
        r"\bvašu prijavu\b|\bna oglas\b|\bpo oglasu\b|\bproces\w* (?:selekcije|zapošljavanja)\b|"
        # Serbian: "u vezi sa oglasom", "sledeći korak" (the next step), "Vašeg CV-ja", "očekivanja
        # po pitanju plate" (salary expectations); in Cyrillic "на наш оглас", "пријаве"
        r"\b(?:sa |naš\w* )oglas\w*|\bsl(?:j)?edeći korak\b|\bCV-(?:ja|ju|jem|u|om)\b|"
        r"\bočekivanj\w* (?:po pitanju )?plat\w*|"
        r"\bоглас\w*|\bпријав\w*|\bследећи корак\b|\bCV-ј\w*|\bрадно место\b|\bселекциј\w*|"
        # Armenian: "թափուր հաստիքի" (the vacant post), "ռեզյումե" (the CV), "պաշտոն" (post)
        r"թափուր \w+|հաստիք\w*|ռեզյումե\w*|պաշտոն\w*|"
        # Georgian: "ვაკანსია" (the opening), "პოზიცია", "რეზიუმე" (the CV)
        r"ვაკანსი\w*|პოზიცი\w*|რეზიუმე\w*|"
        # Nepali: "पदका लागि" (for the post), "छनोट" (selected), "आवेदन" (the application)
        r"पदका लागि|पदमा|छनोट|आवेदन|"
        # Indonesian: "lamaran Anda" (your application), "proses rekrutmen", "tahap selanjutnya"
        r"\blamaran anda\b|\bproses (?:rekrutmen|seleksi)\b|\btahap (?:selanjutnya|berikutnya)\b|"
        r"\blanjut(?:kan)? ke tahap\b|\btahapan (?:interview|wawancara|seleksi)\b|"
        # a cold application: "Happy to send my CV through", "I've attached my resume"
        r"\b(?:send|sending|attached|attach|enclosed?|forward)\s+(?:you\s+)?(?:my|the)\s+"
        r"(?:cv|resume|r\u00e9sum\u00e9)\b|"
        # "wants to meet you about the production coordinator spot", "staffing up the office"
        r"\bmeet (?:with )?you about the [\w -]{3,40}\b(?:spot|role|position|job|opening)\b|"
        r"\bstaffing up\b|\bone of (?:two|three|four) \w+ we(?:['’]re| are) bringing in\b|"
        # an agency's preparation for the client's interview: "a quick prep call beforehand",
        # "einen kurzen Call zur Vorbereitung"
        # (not a lawyer's "schedule a prep call with the client")
        r"\bprep(?:aration)? call (?:beforehand|before (?:the|your) interview)\b|"
        r"\bcall zur vorbereitung\b|\bvorbereitungs(?:call|gespr\w*)\b|"
        # medical training: "PCCM Fellowship", "residency program", "Program Coordinator"
        r"\b(?:fellowship|residency)\b|\bprogram (?:director|coordinator)\b|"
        # a voicemail: "calling about the, uh, front of house manager job you applied for"
        r"\b(?:job|position|role|opening) you applied (?:for|to)\b|"
        r"siguiente paso|pr[óo]ximo paso|pr[óo]xima etapa|siguiente etapa|prochaine [ée]tape|"
        # "Gracias por postularte a QA Engineer Sr."
        r"\bpostul(?:arte|arse|aste|ación|acion|ante)\b|"
        # "andas buscando chamba de ayudante de electricista", "trabajo de ayudante"
        r"\bbuscando (?:chamba|trabajo|empleo|chambita)\b|\btrabajo de (?:ayudante|aprendiz)\b|"
        r"\bvacante\b|hoja de vida|talento humano|recursos humanos|"
        # Czech and Slovak: "Kandidát L. Doležal", "výběrové řízení", "personální agentura"
        r"\bkandid\u00e1t\w*|v\u00fdb\u011brov\w* \u0159\u00edzen\w*|v\u00fdberov\w* konan\w*|"
        r"person\u00e1ln\w* agentur\w*|"
        # Hebrew: "למשרת" (for the position of), "מגייסת" (recruiter), "מועמד/ת" (candidate)
        # (not "גיוס" alone: that is also the army's call-up)
        # (and not "משרתי המילואים", the reservists: "משרת" is also "serves")
        r"\b(?:ל|ה)?משר[תה]\b|מגייס|מועמד|"
        # Arabic: "وظيفة" (a job), "توظيف" (recruiting), "الموارد البشرية" (human resources),
        # "التقديم على" (applying for)
        r"وظيف[ةي]|توظيف|الموارد البشرية|التقديم على|"
        # Vietnamese: applying, candidate, recruiting, the position, HR
        r"\b[ứu]ng tuy[ểe]n\b|\b[ứu]ng vi[êe]n\b|\btuy[ểe]n d[ụu]ng\b|\bv[ịi] tr[íi]\b|"
        r"\bnh[âa]n s[ựu]\b|"
        # Greek: the position, the CV, the application, hiring, HR ("Ανθρώπινου Δυναμικού")
        r"\bθέση[ςσ]?\b|βιογραφικ|\bαίτηση|προσλήψ|ανθρώπινου δυναμικού|\bthesi\b|"
        # an agency's note about the owner: "entrevista con la candidata", "Candidata Ing. Quintana"
        # (not "a candidata natural és tu", a colleague's word for the owner's next task)
        r"\bentrevista (?:con |a )?(?:la |el |al )?candidat[ao]s?\b|"
        r"\bcandidat[ao] (?:ing|lic|dra?)\.|"
        # a founder's own words: "we're hiring our first Senior Product Designer"
        r"\bwe(?:'re| are) hiring\b|\bhiring (?:our|a|an) (?:first|next|new|founding)\b|"
        # phone shorthand: "saw ur app for the data engineer spot", "ur resume"
        r"\bur (?:app|application|resume|cv)\b|\b(?:your|ur) app for\b|"
        # "Role is Data Scientist, Underwriting.", "Position: Staff Engineer"
        r"\b(?:role|position|job title|vacancy|post)(?: is|:)\s+(?:a |an |the )?[A-Z]|"
        # dictation's "role": "to talk about the operations analyst roll"
        r"\b(?:analyst|engineer|manager|designer|developer|specialist|lead|coordinator|"
        r"associate|scientist) roll\b|"
        r"la posici[óo]n de|"
        # (not a work order: "This confirms the following job: Job #: 48217")
        r"your (?:resume|r\u00e9sum\u00e9|cv)\b|the (?!following\b)[\w ]{0,30}\bjob\b"
        r"(?!\s*(?:#|no\.|number|:))|"
        r"\b(?:with|for) (?:every|each) candidate\b|"
        # an agency's own screen: "before I put you forward to my clients", "notice period"
        r"put you forward|\bnotice period\b|"
        r"see if (?:it'?s|you'?re|we'?re|you(?:'d| would) be) (?:a )?(?:good )?fit|"
        # "the Strategy & Operations Lead role", "the Sr. PM, Growth position"
        # (not an event's "opening": "bump into you at the fair opening")
        # (not a sales meeting's "the objection-handling guide. Expect role-plays")
        r"(?:the|our|this) (?:\(?[\w&/.,+-]+\)?\s+){0,8}(?:role(?!-)|position|"
        r"(?<!fair )(?<!grand )(?<!store )(?<!show )(?<!official )(?<!exhibition )(?<!gallery )"
        r"opening|vacancy|"
        r"requisition)\b|"
        # a legal recruiter's "the Legal Counsel (Funds) seat": a title, then "seat"
        r"(?-i:\b(?:the|our|this) (?:\(?[A-Z][\w&/.,+-]*\)?\s+){1,8}seat\b)|"
        r"recruiting|talent acquisition|recruiter|talent (?:team|partner)|people team|"
        # a firm's hiring desk signs "Graduate & Lateral Recruitment" (a study's is no hiring)
        r"(?<!participant )(?<!research )(?<!patient )\brecruitment\b|"
        # senior and academic appointments: "CEO search", "the search committee"
        r"\b(?:ceo|cfo|cto|coo|executive|director|president|chair|dean|provost) search\b|"
        r"appointment process|nomination committee|search committee|selection committee|"
        # executive search: "the Chief Financial Officer appointment", "CFO selection process"
        r"selection process|\b(?:ceo|cfo|coo|cto|chief (?:\w+ )?officer|director|chair) "
        r"(?:appointment|selection|role|position|process)\b|"
        r"berufungs(?:verfahren|kommission)|"
        r"hakemukse\w*|\bhakemus\b|rekrytoin\w*|"
        # (not a team's "shortlist of six candidates": the owner is not one of them)
        r"short-?listed|\b(?:on|to|onto|for) (?:the|our|my) short-?list\b|selection panel|"
        # "Naledi's CV looks strong": a colleague on the candidate's papers
        r"\b(?:her|his|their|\w+['\u2019]s) (?:cv|resume|r\u00e9sum\u00e9)\b|"
        r"stanowisk\w*|rekrutacj\w*|tj\u00e4nst(?:en)?|rekrytering\w*|ans\u00f6kan|"
        r"recrutement|reclutamiento|recrutamento|reclutamento|werving|"
        # ("Stelle" as a word or a compound's end, "Ausbildungsstelle"; not "Stellenbosch")
        r"stelle\b|bewerbung|candidature|candidatura|\bpuesto\b|\bvaga\b|poste de|sollicitatie|"
        # "der Position Teamleiter Konstruktion", a search firm's "unser Mandant"
        r"\b(?:der|die|diese|unsere?) position\b|\bunser(?:em|en)? mandant(?:en)?\b|"
        r"personalberatung|"
        r"vacature|\bde functie\b|\buitzendbureau\b|\bintercedent\b|\b(?:ge)?sollicit\w*|"
        # Dutch: "de volgende ronde", "de laatste stap van ons sollicitatieproces", "voor de rol
        # van Product Lead"
        r"\bvolgende ronde\b|\blaatste stap\b|\bde rol van\b|"
        # a selection process, and talent teams, in PT/ES/FR/DE/NL/IT
        r"processo seletivo|processo para|no processo|proceso de selecci[óo]n|"
        r"coordinador[a]? de selecci[óo]n|"
        r"processus de recrutement|bewerbungsprozess|sollicitatieprocedure|"
        r"processo di selezione|atra[çc][ãa]o de talentos|adquisici[óo]n de talento|"
        r"\bstilling\w*|s\u00f8knad\w*|ans\u00f8gning\w*|rekrutter\w*|\bposizione\b|"
        r"ruolo di|selezione|rekrutacj\w*|\bstanowisko\b|\bpozice\b|v\u00fdb\u011brov\w*|"
        # Japanese, Korean, Chinese, Turkish: hiring, application, position, HR
        r"採用|応募|人事部|채용|지원(?:해| 감사)|포지션|인재영입|招聘|应聘|职位|岗位|"
        r"简历|在招|求职|"
        # Traditional Chinese: "職缺" (opening), "應徵" (apply), "職位", "履歷", "人資" (HR)
        r"職缺|應徵|職位|履歷|人資|徵才|"
        # Japanese: "選考" (selection), "職種" (job type), "求人" (opening), "転職" (job change)
        r"選考|職種|求人|転職|人事|"
        r"pozisyon|ba\u015fvuru|i\u0307nsan kaynaklar\u0131|insan kaynaklar\u0131",
    ),
    _s(
        "confirmed",
        1.5,
        r"confirm(?:ed|ing)|is scheduled|has been scheduled|you'?re all set|"
        # "You're set with him for Friday 6/5 at 2pm ET"
        r"\byou(?:'re| are) set (?:with|for)\b|"
        # Indian English and Hinglish: "interview is fixed for 4 pm", "aaj 4 pm fix kar diya hai"
        r"\b(?:is|been|got) fixed (?:for|at|on)\b|\bfix kar (?:diya|di|dete|denge)\b|"
        # Indonesian: "terkonfirmasi", "sudah dijadwalkan"
        r"\bterkonfirmasi\b|\b(?:sudah |telah )?dijadwalkan\b(?! ulang)|"
        # the same word in Dutch, German, French, Spanish, Italian, Polish, Portuguese
        r"\bbevestig\w*|\bbestätig\w*|\bconfirm[ée]e?s?\b|\bconfirmad[oa]\b|\bconfermat[oa]\b|"
        r"\bpotwierdz\w*|\bconfirmamos\b|\bconfirmo\b|\bconfermo\b|"
        # Hebrew: "לאשר את הראיון", "סגרנו ליום ראשון", "נקבע", "קבענו"
        r"לאשר את|סגרנו|נקבע|קבענו|"
        # Arabic "تأكيد" (confirmation), "أؤكد" (I confirm)
        r"تأكيد|أؤكد|"
        # Vietnamese "xác nhận"
        r"\bx[áa]c nh[ậa]n\b|\bchốt\b|"
        # Greek "επιβεβαιώνω", "επιβεβαίωση", Greeklish "epivevaiono"
        r"επιβεβαι|\bepivevai\w*|"
        # an agency answering for the candidate: "I've already told him this works for you"
        r"\btold (?:him|her|them) (?:this|that|it) works\b|"
        # "Friday at 12 is in the diary"
        r"\b(?:is|it's|that's) in (?:the|my|our) (?:diary|calendar)\b|"
        # the host's reply that settles the day: "See you tomorrow at 10.30 at Café Pascal",
        # "Då ses vi imorgon kl. 10.30", "Vi ses på onsdag"
        r"\bsee you (?:(?:on|this|next) )?(?:tomorrow|\w+day)\b(?: (?:at|@) \d)?|"
        r"\b(?:d\u00e5 )?ses vi (?:imorgon|i morgon|p\u00e5 \w+dag|\w+dag)\b|"
        # "då bokar vi onsdag 4/3 kl. 15.30", "tiden är bokad", "så booker vi"
        r"\b(?:bokar|booker) vi\b|\bvi (?:bokar|booker)\b|"
        # Ukrainian: "Фіксуємо: вівторок ...", "підтверджую", "домовилися"
        r"\bфіксуємо\b|\bпідтвердж\w*|\bдомовил\w*|\bзафіксува\w*|"
        # Russian: "фиксируем: четверг", "подтверждаю: завтра в 12:00", "договорились"
        r"\bфиксируем\b|\bподтвержда\w*|\bдоговорились\b|\bзафиксир\w*|"
        r"\b(?:\u00e4r|er) (?:bokad|bokat|booket)\b|"
        r"\bvi ses (?:i morgen|imorgon|i morgon|p\u00e5 \w+dag|\w+dag)\b|"
        # the meeting tool's own invitation text: the host booked it
        r"inviting you to a scheduled (?:zoom|webex|teams) meeting|"
        # (not "You have not booked your slot yet", "if you have already booked")
        r"ha(?:s|ve) you (?:down|booked|pencil+ed)|(?<!not )(?<!n't )(?<!already )booked|"
        r"lock(?:ed|ing)? (?:it |this )?in\b|"
        # "Wednesday at half past ten (Central) it is!"
        r"\bit is\s*!|\b(?:at|@)\s*\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\.?)?[^.!?\n]{0,20}\bit is\b|"
        # "Friday it is - 8:00am Pacific": the day chosen
        r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day it is\s*[-–—,.!:;]|"
        # the meeting described as settled: "You'll sit down with Carla Mbeki, their CNO"
        r"\byou(?:'ll| will) (?:sit down|be sitting down|be meeting|be speaking) with\b|"
        r"\ball set: you(?:'ll| will) meet\b|"
        # "Perfect - noon ET on Friday it is."
        r"\b(?:noon|midday|\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?)[^.!?\n]{0,25}\bit is\b|"
        # "I've put us down for Thursday", "we've got you in for 2pm"
        r"(?:i'?ve|we'?ve|i have|we have) (?:put|got|pencil+ed) (?:you|us) (?:down |in )?for\b|"
        # a scheduling poll's result: "Rohit has chosen the final date for the poll"
        r"(?:chosen|picked|selected) the final (?:date|time|option)|final date chosen|"
        r"(?:i'?ve|we'?ve|i have|we have) (?:blocked|reserved|set aside|put in)\b|"
        r"(?:i'?ll|we'?ll) (?:block|reserve|hold)\b|"
        r"look(?:ing)? forward to (?:meeting|speaking|chatting)|invite attached|"
        # "We would like to invite her to a video interview with ...", "pleased to invite you for a
        # panel interview" (as "Einladung" is)
        r"(?:like|pleased|happy|glad) to invite (?:you|her|him|them) (?:to|for) (?:attend )?"
        r"(?:a |an |the |your )?"
        r"(?:[\w-]+ ){0,2}(?:interview|conversation|meeting|breakfast|lunch|dinner)\b|"
        # ... in Portuguese, Spanish and French: "Gostaríamos de a convidar para uma entrevista"
        r"\bconvid\w*(?:-l[ao])? para (?:uma |a )?(?:entrevista|conversa)|"
        r"\binvitar(?:le|la|te)? a (?:una |la )?entrevista|"
        r"\bvous (?:inviter|convier|convoquer) (?:\u00e0|a) (?:un |une )?(?:entretien|entrevue)|"
        # ... in Icelandic and the Scandinavian languages: "bjóða þér í viðtal", "invitere deg
        # til et intervju", "bjuda in dig till en intervju", "invitere dig til en samtale"
        r"\bbj\u00f3[ðd]a \u00fe\u00e9r \u00ed (?:\w+ )?vi\u00f0tal|"
        r"\bbo[ðd]a \u00feig \u00ed (?:\w+ )?vi\u00f0tal|"
        r"\binvitere (?:deg|dig) til (?:et |en |ett )?(?:\w+ )?(?:intervju|samtale)|"
        r"\bbjuda in dig (?:till|på) (?:en |ett )?(?:\w+ )?(?:intervju|samtal)|"
        r"calendar (?:invite|file|hold)|will send (?:you )?(?:a|the) (?:calendar )?invite|"
        r"je vous confirme|te confirmo|confirmamos|gostar[ií]amos de agendar|nodigen we je uit|"
        # "Queda agendado", "fica agendada", "c'est calé", "Combinado, Lucía!"
        r"\bcombinad[oa]\b|\bcombinamos\b|c['’]est entendu|"
        r"(?:queda|qued[óo]|fica|ficou|est[áa])\s+(?:agendad[oa]|programad[oa]|marcad[oa])|"
        # "Te agendé una llamada conmigo", "Le agendé el miércoles 18 a las 6 pm"
        r"\b(?:te|le|la|lo)\s+agend[ée]\b|"
        r"c['’]est (?:cal[ée]|not[ée])|"
        r"uitnodiging|einladen|einladung|確定|확정|确认|確認|onay|"
        r"c'est confirm\u00e9|confirm\u00e9e?\b|confirmad[oa]\b|best\u00e4tigt|bevestigd|"
        r"confermat[oa]\b",
    ),
    # a founder's or chief executive's "chat" late in a process is the final interview
    _s(
        "founder/executive",
        1.5,
        r"\b(?:our|the|with) (?:co-?)?founders?\b|\b(?:our|the|with) (?:ceo|cto|coo|cfo)\b|"
        r"\bone of the (?:two |three )?(?:co-?)?founders\b|\bco-?founder (?:&|and) ceo\b|"
        # "Simone Achterberg, Harcourt Leisure's CEO"
        r"['\u2019]s (?:ceo|cfo|coo|cto|chair(?:man|woman)?|founder)\b|"
        r"chief (?:executive|technology|operating) officer|"
        # Spanish and Portuguese: "nuestro CEO y cofundador", "nosso fundador"
        r"\b(?:nuestr[oa]|nosso|nossa|el|la|o|a|con|com) (?:ceo|cto|coo|(?:co-?)?fundador[a]?)\b|"
        # Dutch: "onze founder", "met onze CEO", "de oprichter"
        r"\b(?:onze|met|de) (?:ceo|cto|(?:co-?)?founder|(?:mede)?oprichter)\b",
    ),
    _s(
        "conversation",
        1,
        r"coffee chat|virtual coffee|chat with|call with|meet(?:ing)? with|speak with|"
        # Tok Pisin "laik lukim yu" (would like to see you), "toktok wantaim" (talk with)
        r"\blaik lukim yu\b|\btoktok wantaim\b|"
        # Uzbek "suhbat" (a talk); Persian "گفت‌وگو" (a conversation), "تماس تلفنی" (a phone call)
        r"\bsuhbat\w*|گفت[\u200c ]?وگو|تماس تلفنی|"
        # "The first step is always a coffee with me"
        r"\ba coffee with (?:me|us|our|the|him|her)\b|"
        # Vietnamese: "gọi trao đổi nhanh" (a quick call to talk), "chị sẽ gọi" (I'll call)
        r"\btrao đổi\b|\bsẽ gọi\b|"
        # "your profile for the X role and I'd love to chat"
        r"\bi'?d (?:love|like) to (?:chat|talk|speak)\b|"
        # "I'd love to get to know you a bit before the rest of the team jumps in"
        r"\b(?:i|we)'?d (?:love|like) to get to know you\b|"
        # Dutch: "koffie met Daan", "een kop koffie drinken"
        r"\bkoffie met (?-i:[A-Z])|\bkop(?:je)? koffie\b|"
        # "I'd love to have a chat", "we'd like to have a quick call"
        r"\b(?:i|we)'?d (?:love|like) to have an? (?:quick |short |informal |brief )?"
        r"(?:chat|call)\b|"
        r"informal (?:chat|conversation|call)|\b(?:can|could) (?:u|you) (?:chat|talk|hop on)\b|"
        r"conversation with|talk (?:with|to)|\bour (?:upcoming )?(?:conversation|chat|call)\b|"
        r"i'?ll (?:call|ring|phone) (?:you|your (?:cell|mobile|phone))|"
        r"\bwants? to (?:call|ring|phone|speak (?:to|with)|talk (?:to|with)) you\b|"
        # "Could you pop in Thursday at half 2 for a chat?", "come in for a quick chat"
        # "Ven el lunes a las 8 al taller para platicar"
        r"\bpara (?:platicar|conversar|charlar)\b|"
        r"\b(?:pop|come|drop) (?:in|by|over|down)\b[^.?!\n]{0,40}\bfor a (?:quick |short |little |"
        r"informal |brief )?(?:chat|natter|coffee)\b|"
        r"give you a (?:call|ring|buzz)|come (?:by|in|over) (?:to )?(?:the|our) "
        r"(?:office|shop|studio|store|site|kitchen|warehouse)|"
        r"\d+[- ]min(?:ute)?s? (?:conversation|chat|call)|"
        r"(?:like|love|keen|happy|glad) to (?:meet|speak with|talk to) you|\bwants? to meet you\b|"
        # Dutch: "wil je graag ontmoeten", "Ik wil haar graag spreken"
        r"\b(?:wil|willen|zou|zouden)\b[^.?!\n]{0,25}\bgraag (?:ontmoeten|spreken|leren kennen)\b|"
        # the same "would like to meet / talk to you" in French, Spanish, German, Dutch,
        # Italian and Portuguese: the live step of a conversation about a job
        r"vous rencontrer|te rencontrer|[ée]change (?:t[ée]l[ée]phonique|en visio)|\bvisio\b|"
        # "Appel découverte", "un appel de 30 minutes", "un premier appel"
        r"\bappel (?:d[ée]couverte|t[ée]l[ée]phonique|vid[ée]o|de \d+)|"
        r"\bun (?:premier |court )?appel\b|"
        r"conocerte|conocerle|una llamada|videollamada|charla con|reuni[óo]n con|"
        r"kennenlernen|kennen ?zu ?lernen|telefonat|videocall|videogesprek|kennismaken|"
        r"conoscerti|conoscerla|chiamata|videochiamata|te conhecer|conhec[êe]-lo|liga[çc][ãa]o|"
        r"videochamada|conversa com|bater um papo|um papo com|"
        # "I'll call you" in FR/ES/DE/NL/IT/PT
        r"je vous appelle|je t'appelle|te llamo|le llamo|ich rufe (?:sie|dich) an|ik bel je|"
        r"ligo-lhe|ligo-te|"
        r"ti chiamo|la chiamo|te ligo|vou te ligar|samtale med|prat med|samtal med|"
        # Ukrainian "розмова з" (a conversation with), "фінальна розмова"
        r"\bрозмов\w* з\b|\bфінальн\w* розмов\w*|"
        # Russian: "встреча с Игорем Савельевым", "созвон", "разговор с"
        r"\bвстреч\w* с\b|\bсозвон\w*|\bразговор\w* с\b|\b(?:пообщаться|познакомиться) с вами\b|"
        # Swedish "en fika med mig" (a coffee with me), "ses vi" (we meet), "träffas"
        r"\bfika med\b|\bses vi\b|\btr\u00e4ffa(?:s| dig)\b|"
        # "Jag ringer dig på 073-...", "jeg ringer dig", "ringa dig för ett första telefonsamtal"
        r"\b(?:jag|jeg|vi) ringer (?:dig|deg)\b|\bringa dig\b|"
        r"rozmow\w* z\b",
    ),
]
NEGATIVE = [
    _s(
        "job alert",
        -8,
        r"job alert|jobs? (?:you may|that match|recommended)|new jobs? (?:for|matching)|"
        # Vietnamese: "4 việc làm mới", "thông báo việc làm", "xem tất cả việc làm"
        r"\bviệc làm (?:mới|phù hợp)\b|\bthông báo việc làm\b|\btất cả việc làm\b|"
        # Hungarian: "8 új állás érkezett" (8 new jobs), "állásfigyelő" (the job alert),
        # "Leiratkozás" (unsubscribe)
        r"\b\d+ \u00faj \u00e1ll\u00e1s\b|\u00e1ll\u00e1sfigyel\u0151\w*|\bleiratkoz\u00e1s\b|"
        # Greek: "12 νέες θέσεις", "Νέες θέσεις εργασίας για εσάς"
        r"νέες θέσεις|"
        # Georgian: "6 ახალი ვაკანსია თქვენი ფილტრით" (6 new openings for your filter);
        # Croatian and Slovenian: "novi oglasi za vas", "nova delovna mesta"; Nepali "नयाँ जागिर"
        r"ახალი ვაკანსი\w*|თქვენი ფილტრით|\bnovi oglasi\b|\bnova delovna mesta\b|नयाँ जागिर|"
        r"recommended jobs|apply now|easy apply|similar jobs|"
        # "12 new jobs near you", "Apply in 2 mins", "this week's top picks"
        # (not an ATS footer's "Keep exploring jobs near you")
        r"\b\d+ new jobs\b|\bnew jobs near\b|apply in \d+ min|top (?:job )?picks\b|"
        r"alerte(?:-| )emploi|offres? (?:d'emploi )?(?:qui|pour vous|similaires)|postuler|"
        r"ofertas? (?:de empleo )?(?:para ti|recomendad)|alerta de empleo|inscr[íi]bete|"
        r"jobagent|stellenangebote f\u00fcr sie|passende (?:jobs|stellen)|jetzt bewerben|"
        r"vacatures voor jou|solliciteer nu|offerte di lavoro per te|candidati ora|"
        r"vagas (?:para voc[êe]|recomendadas)|candidate-se|walk-?in (?:drive|interview)s?",
    ),
    _s(
        "newsletter/tips",
        -6,
        # the mail is a newsletter, not about one ("a newsletter growth project you led")
        r"(?:this|our|the|weekly|monthly|daily|free|week'?s|month'?s) newsletter|"
        r"newsletter (?:issue|edition|digest)|"
        # (a workshop the reader is invited to, not a café called "Workshop Coffee")
        r"tips (?:to|for)|webinar|masterclass|register(?:ed)? (?:now|for)|вебінар\w*|вебинар\w*|"
        # Latvian "vebinārs", Estonian "veebiseminar"
        r"\bvebin\u0101r\w*|\bveebiseminar\w*|"
        # (nor the team a candidate meets: "a portfolio review with the workshop")
        r"(?<!with )(?<!at )(?<!in )(?<!to )"
        r"(?:free|online|virtual|live|upcoming|our|this|a|the) workshop\b|"
        r"\bworkshop (?:on|series|registration|for)\b|"
        # (not "Manage preferences": schedulers and ATSs put it in their footers too)
        r"\bissue (?:#|no\.? ?)\d+|this week'?s issue|"
        r"view (?:this (?:e-?mail|issue) )?in (?:your )?browser|forward (?:this )?to a friend|"
        # event sign-ups, not a professional body's "registration (PIN)"
        # (not a booked day's desk: "Reporting time: 08:30. Registration opens at 08:00.")
        r"registration (?:is (?:now )?)?(?:open|closes|confirmed|link|page|form)"
        r"(?!s? at \d)|"
        # (not "bring your registration number", a professional's licence, nor a screen that
        # covers it: "covering your registration, whether you'd be able to relocate")
        r"(?<!covering )(?<!about )(?<!check )(?<!confirm )"
        r"(?:your|event|webinar) registration\b(?! (?:number|no\b|certificate|card|status))|"
        r"you(?:'re| are) registered\b|linkedin live|"
        # a survey about a past interview: "tell us about your candidate experience"
        r"\b(?:candidate[- ]experience|feedback|short|\d+-minute) survey\b|rate your "
        r"(?:interview )?experience|hear about your candidate experience|how likely are you to "
        r"recommend|"
        r"live q&a\b|"
        # "Welcome to this month's edition", "Live AMA ... on YouTube Live"
        r"\b(?:this|latest|month'?s|week'?s) edition\b|\blive (?:AMA|stream)\b|"
        # (not an invitation to ask: "you can ask me anything")
        r"(?<!can )(?<!may )(?<!to )\bask me anything\b|youtube live|"
        # (not a job board's relay of one employer: "Unsubscribe from employer messages")
        r"unsubscribe from(?! (?:employer|recruiter|company) messages)|view in browser|"
        # (not an address: "41 Sale Street, Freemans Bay")
        r"\bsale\b(?! (?:st|street|rd|road|ave|avenue|lane|drive)\b)|% off|save your (?:seat|spot)|"
        r"you(?:'re| are)? receiv(?:e|ing|ed) this (?:e-?mail |message )?because you (?:registered|"
        r"signed up|subscribed|joined)|"
        # a recruiting firm's standing offer: "our recruiters hold open office hours every Thursday"
        r"\bopen office hours\b|\boffice hours every\b|"
        # a company-review site's digest of other candidates' interviews
        r"\binterview reviews? (?:for|at)\b|\binterview difficulty\b|\binterview questions asked\b|"
        r"\bwhat candidates (?:shared|said)\b|"
        # a job board's status notice: "Halcyon Freight viewed your application"
        r"\bviewed your (?:application|profile|resume|cv)\b|"
        r"you(?:'re| are)? receiv(?:e|ing|ed) this because you follow\b",
    ),
    _s(
        "application receipt",
        -5,
        # (not an acknowledgement that goes on to invite: "We acknowledge receipt of your
        # application ... and are pleased to invite you for an interview")
        r"(?:received|receipt of) your application(?![^.]{0,120}\b(?:pleased|happy|delighted) to "
        r"invite)|application (?:has been )?received|"
        # Finnish: "hakemuksesi on lähetetty työnantajalle", "hakemuksesi on vastaanotettu"
        r"\bhakemuksesi on (?:l\u00e4hetetty|vastaanotettu)\b|"
        # Polish: "Twoja aplikacja została wysłana", "skontaktuje się z wybranymi osobami"
        r"\baplikacj\w* zosta\u0142\w* (?:wys\u0142an|przyj\u0119t|otrzyman|z\u0142o\u017con)\w*|"
        r"\bskontaktuje\w* si\u0119 z wybranymi\b|"
        # (not a thanks that goes on to invite: "Thank you for applying ... The team enjoyed
        # your resume, and we'd like to move forward with two conversations")
        r"thank you for (?:your )?(?:applying|application)[^.]*\.\s*(?:our|the|we) "
        r"(?:team (?:will|is|are)\b|will|expect)|"
        r"we (?:expect|hope) to (?:schedule|begin) interviews|"
        r"will be in touch if|if your (?:profile|background|qualifications) (?:match|is a fit)|"
        # a school portal's "Application submitted ... Your application has been sent to X ...
        # Interviews for this post are expected to take place on Thursday 21 May. Only
        # shortlisted candidates will be contacted."
        r"\b(?:application|cv) (?:has been )?(?:submitted|sent to)\b|"
        r"\bonly shortlisted (?:candidates|applicants) will be contacted\b|"
        r"\binterviews (?:for this (?:post|role|position) )?are expected to "
        r"(?:take place|be held)\b",
    ),
    _s(
        "rejection",
        -8,
        # the call after the decision: "I'd be very happy to give you some feedback", "If you
        # would like feedback on your interview", "It was a genuinely close decision"
        r"\b(?:happy|glad|pleased) to (?:give|offer|provide) (?:you )?(?:some )?feedback\b|"
        r"\bfeedback on your (?:interview|application|presentation)\b|"
        r"\b(?:a )?(?:genuinely |very |really )?close decision\b|"
        # Japanese: "誠に残念ではございますが、今回はご期待に沿えない結果となりました"
        r"\u3054\u671f\u5f85\u306b\u6cbf\u3048\u306a\u3044|\u898b\u9001\u3089\u305b\u3066|"
        # Thai: "ท่านยังไม่ได้รับการคัดเลือก" (you have not been selected)
        r"ไม่ได้รับการคัดเลือก|"
        # Arabic: "نأسف لإبلاغك" (we regret to inform you), "لم يتم اختيارك" (you were not chosen)
        r"نأسف لإبلاغ|لم يتم اختيار|لم يحالف\w* الحظ|"
        # Hebrew: "החלטנו להתקדם בשלב זה עם מועמדים אחרים" (to go on with other candidates)
        r"עם מועמד(?:ים|ות|/ית|ת)? אחר|לא נוכל להתקדם|"
        # Indonesian: "belum dapat melanjutkan" (cannot proceed yet), "tidak lolos" (did not pass)
        r"\b(?:belum|tidak) (?:dapat|bisa) (?:melanjutkan|memproses)\b|\b(?:tidak|belum) lolos\b|"
        # Vietnamese: "not yet a fit", "a thank-you letter" (how a rejection is titled)
        r"\bch[ưu]a ph[ùu] h[ợo]p\b|\bkh[ôo]ng ph[ùu] h[ợo]p\b|\bth[ưu] c[ảa]m [ơo]n\b|"
        # Greek: "we decided to proceed with (another) candidate"
        r"προχωρήσουμε με (?:άλλ|υποψήφι)|"
        # Finnish: "päätimme jatkaa rekrytointia toisen hakijan kanssa", "valitettavasti"
        r"\btoisen hakijan kanssa\b|\btoisen ehdokkaan\b|\bemme valinneet sinua\b|"
        # Ukrainian: "обрали іншого кандидата", "не готові рухатися далі"
        r"\bобрали інш\w* кандидат\w*|\bне готові рухатися далі\b|\bз іншим кандидатом\b|"
        # Russian: "выбрали другого кандидата", "не готовы продолжить", "отказ"
        r"\bвыбрали друг\w* кандидат\w*|\bс другим кандидатом\b|\bне готовы (?:продолж|двигат)\w*|"
        r"\bне можем предложить вам\b|"
        # Swedish, Danish, Norwegian: "valt att gå vidare med en annan kandidat", "gå videre med
        # en anden kandidat", "inte gå vidare med din ansökan"
        r"\bg\u00e5 (?:vidare|videre) med (?:en )?(?:annan|anden|andre|andra|en annen)\b|"
        r"\b(?:inte|ikke) (?:att )?g\u00e5 (?:vidare|videre) med (?:din|dig|deg|dit)\b|"
        # "we have decided to move forward with candidates whose experience ... matches"
        r"\bdecided to (?:move forward|proceed|continue) with (?:candidates|a candidate|someone) "
        r"(?:whose|who)\b|"
        r"not (?:to )?(?:be )?mov(?:e|ing) forward|decided to (?:move forward|proceed|pursue) "
        # "other candidates" alone is also a group interview's ("you'll meet other candidates")
        r"(?:with )?other|(?:proceed|proceeding|go|going|move|moving|continue|continuing) "
        r"(?:forward )?with (?:an)?other candidates?|"
        r"(?:chose|chosen|selected) (?:an)?other candidat|"
        # "they've decided to go with a candidate who has more industry experience", "they won't
        # be progressing you to the next stage"
        r"\b(?:decided|chosen|opted) to go with (?:a|an|another|the other) (?:\w+ )?candidate\b|"
        r"\b(?:won't|will not|not) (?:be )?progress(?:ing)? you\b|"
        # Turkish: "başvurunuz olumsuz sonuçlanmıştır"
        r"olumsuz sonu\u00e7lan\w*|olumsuz de\u011ferlendir\w*|"
        # "we have decided to offer the Secondary English position to another candidate"
        r"\boffer(?:ed)? (?:the|this) (?:[\w-]+ ){0,5}(?:position|role|post|job) to (?:an)?other\b|"
        r"other candidates (?:who|whose|that|more)|will not be (?:proceeding|progressing|moving)|"
        r"not selected|unfortunately,? (?:we|after)[^.]{0,80}(?:not|other candidates|decided)|"
        r"position has been filled|"
        # "We regret to advise that ... you have not been recommended for appointment",
        # "Thank you for attending the interview on ..." (a past one)
        # (not "we regret to inform you that we have to cancel tomorrow's interview")
        r"\bwe regret to (?:advise|inform) (?:you )?that (?:on this occasion|your application|"
        r"you (?:have|were|are) not)|not (?:been )?(?:recommended|successful) for "
        r"(?:appointment|this (?:role|position))|\bhave not been successful\b|"
        # "we have decided not to take your application further"
        r"not (?:to )?(?:take|taking) your application (?:any )?further|"
        r"not (?:to )?(?:progress|progressing) (?:with )?your application|"
        # the same decision in French, Spanish, German, Dutch, Italian, Portuguese
        r"ne (?:pas )?donner (?:une suite|suite)|pas donner suite|ne donnerons pas suite|"
        r"d'autres candidat|autre candidat|no (?:continuar|seguir adelante)|otros candidatos|"
        r"otra candidatura|\babsage\b|leider (?:m\u00fcssen|haben) wir|"
        # "für einen anderen Bewerber entschieden", not a group task "mit anderen Bewerbern"
        r"f\u00fcr (?:einen? |eine )?anderen? (?:bewerber|kandidat)|"
        # Korean, Japanese, Chinese: "아쉽게도 ... 모시지 못하게", "お見送り", "很遗憾"
        r"아쉽게도|모시지 못하|불합격|함께하지 못하|お見送り|ご期待に添え|"
        r"残念ながら|很遗憾|未能通过|很遺憾|未能錄取|"
        r"helaas (?:moeten|hebben) (?:wij|we)|andere kandida|altri candidati|non (?:proseguire|"
        r"procedere)|outros candidatos|n[ãa]o (?:seguir|avan[çc]ar)|"
        # "decidimos seguir com outra pessoa candidata", "seguir con otro candidato"
        r"\bseguir (?:com|con) (?:outra|otra|outro|otro) (?:pessoa |persona )?candidat|"
        # "decidimos avanzar con otra persona", "avançar com outro candidato", "continuar con
        # French: "nous sommes au regret de vous informer que nous ne pourrons pas y donner une
        # suite favorable"
        r"\b(?:ne (?:pourrons|pouvons) pas|n['\u2019]avons pas pu) (?:y )?donner une suite "
        r"favorable\b|\bpas (?:pu )?donner (?:de )?suite \u00e0 votre candidature\b|"
        # otro perfil", "continuar el proceso con otros perfiles"
        r"\b(?:avanzar|avan\u00e7ar|continuar|seguir)(?: (?:el|o) process?o)? (?:com|con) "
        r"(?:outr|otr)[ao]s? (?:personas?|pessoas?|perfi(?:l|les|s)|candidat\w*)\b|"
        # Czech and Slovak: "rozhodli jsme se pro jiného kandidáta", "nepostoupil(a) jste"
        r"\bjin\w* kandid\u00e1t|\bin\u00e9ho kandid\u00e1ta|nepostoupil\w*|"
        r"nebyl\w* \u00fasp\u011b\u0161n|"
        # the call that explains a decision: "Assessment centre feedback call (15 min)", "a
        # feedback session on your interview"
        r"\b(?:assessment(?: centre| center)?|interview|application) feedback (?:call|session)\b|"
        r"\bfeedback (?:call|session) (?:on|about) your (?:assessment|interview|application)\b",
    ),
    _s(
        "offer",
        -7,
        # (not papers from the present job to bring: "Current offer letter / latest appraisal")
        r"(?<!current )(?<!previous )(?<!present )offer letter|"
        r"(?:pleased|delighted|happy|thrilled|excited) to (?:extend|offer)|"
        # Indonesian: "offering letter", "surat penawaran (kerja)"
        r"\boffering letter\b|\bsurat penawaran\b|"
        # Azerbaijani "iş təklifi" (a job offer)
        r"\bi\u015f t\u0259klifi\w*|"
        # "Employment offer"; Mongolian "ажлын санал" (a job offer), "ажилд авах санал" (an offer
        # to hire)
        r"\bemployment offer\b|\bажлын санал\b|\bажилд авах санал\w*|"
        # Somali: "dalab shaqo" / "dalabka shaqada" (a job offer), "saxiixa qandaraaska" (the
        # signing of the contract)
        r"\bdalab(?:ka)? shaq\w*|\bsaxiix\w* qandaraas\w*|"
        # "this is our formal offer", Dutch "een aanbod te doen ... de arbeidsvoorwaarden"
        r"\b(?:formal|written|official) offer\b|\been aanbod (?:te doen|doen)\b|arbeidsvoorwaarden|"
        # Turkish: "teklif mektubu", "iş teklifi"
        r"teklif mektub\w*|i\u015f teklif\w*|"
        # Chinese: "录用通知" (offer), "入职报到" (reporting for the first day)
        r"录用通知|录用意向|入职报到|入职通知|錄取通知|錄用通知|報到通知|"
        # (not a step that comes first: "Ray meets every engineer before we extend an offer")
        r"(?<!before we )(?<!before they )extend (?:you )?an offer|offer of employment|"
        r"(?:the|a|your) written offer|"
        # the call that makes the offer: "walk you through the verbal offer", "offer discussion"
        r"\bverbal offer\b|\boffer (?:discussion|call|conversation|chat)\b|"
        r"\b(?:discuss|talk through|walk you through) (?:the |your |an |our )?offer\b|"
        r"your offer\b|compensation package|sign(?:ing)? bonus|"
        # after the offer: "Congrats again on the offer", "finalize your pay rate"
        r"congrat\w*,? (?:again )?on (?:the|your) (?:job )?offer|"
        r"finali[sz]e (?:your |the )?(?:pay rate|rate|salary|compensation|start date)|"
        r"\brate (?:&|and) start date|"
        r"(?:your|proposed|anticipated|tentative) start date (?:is|of|will|would)|"
        r"anst\u00e4llningserbjudande|erbjuda dig (?:tj\u00e4nsten|anst\u00e4llning)|"
        r"oferta (?:de (?:empleo|trabajo|emprego)|formal)|proposition d'embauche|"
        # French: "votre promesse d'embauche" (the signed promise to hire), "prise de fonction
        # envisagée le" (the start date)
        r"promesse d['\u2019]embauche|prise de fonctions? (?:envisag\u00e9e|pr\u00e9vue)|"
        r"vertragsangebot|arbeitsvertrag|arbeidsovereenkomst|proposta (?:di lavoro|de emprego)",
    ),
    _s(
        "user is the interviewer",
        -8,
        # "please lead the technical questions ... Score sheets will be shared on Friday";
        # Arabic "بصفتك عضو في لجنة المقابلة" (as a member of the interview committee), "برجاء
        # تقييم كل مرشح على نموذج التقييم" (please rate each candidate on the form)
        r"\blead the (?:technical )?questions\b|\bscore ?sheets\b|"
        # Portuguese: the owner on the panel ("Júri: ... Lurdes (vogal)"), "Candidatos
        # convocados", "cada membro do júri preencha a grelha de avaliação"
        r"\bcandidat(?:os|as) convocad(?:os|as)\b|\bmembro do j\u00fari\b|"
        r"\bgrelha de avalia\u00e7\u00e3o\b|"
        # a manager asking the owner to host a finalist: "I'd like you to host Kelsey Amato for
        # her field ride ... complete the candidate evaluation form (Interviewer Feedback task)"
        r"\b(?:interviewer feedback|interviewer guide|candidate evaluation form)\b|"
        # a job board's note to the employer: "Tyler Jenkins confirmed the interview you
        # scheduled", "Interviewer tips: use the same core questions with every candidate"
        r"\bconfirmed the interview you scheduled\b|\binterviewer tips\b|"
        r"\blike you to host (?-i:[A-Z])|"
        # a manager's store visit: "ASM candidate interviews - Jordan Reyes (2:00) and Kim Abara
        # (2:30). You lead, I'll observe"
        r"\byou lead,? (?:and )?I(?:'ll| will) observe\b|"
        # a foreman asked to help interview his future crew: "sit in with me on this one, he'd
        # be on your crew ... Ask him field questions"
        # (not the candidate's own questions: "you can ask her questions at the end")
        r"\bsit in with me on (?:this|the) (?:one|interview)\b|"
        r"\b(?:he|she|they)['’]d be on your (?:crew|team|shift)\b|"
        r"\bask (?:him|her|them) (?:some |a few )?(?:field|technical|screening) questions\b|"
        r"بصفتك عضو|تقييم كل مرشح|"
        # (not the interviewer's own: "Theo will submit feedback in Greenhouse")
        # (not a credit model the candidate made: "a walkthrough of a scorecard you have built")
        # (nor a sales rep's own results to bring: "a couple of MBO scorecards")
        # (nor the job's own duties: "own our carrier network, onboarding and scorecards")
        r"(?<!credit )(?<!risk )(?<!balanced )(?<!MBO )(?<!sales )(?<!carrier )(?<!supplier )"
        r"(?<!vendor )(?<!kpi )(?<!performance )(?<!and )scorecard(?![- ]model)"
        r"(?!s? (?:that )?you(?:'ve| have)? (?:built|developed|designed|validated|challenged))|"
        r"interview kit|(?<!will )(?<!'ll )submit (?:your )?feedback|"
        # Spanish: "Te incluyo en el panel de entrevistas ... Tú evalúas ... con la rúbrica",
        # "Entrevistamos a 4 candidatas"
        r"\bte incluyo en el panel\b|\bentrevistamos a \d+ candidat\w*|\bcon la r\u00fabrica\b|"
        # "me diligencias el formato de evaluación del candidato", "Tú le haces la parte técnica";
        # Italian "ci aiuti con il colloquio", "a condurre il colloquio saremo io e <owner>"
        r"\bformato de evaluaci\u00f3n del candidato\b|\bt\u00fa le haces la parte\b|"
        # "tú le haces las preguntas técnicas ... me mandas tu evaluación en la pauta"
        r"\bt\u00fa le haces las preguntas\b|\bme mandas tu evaluaci\u00f3n\b|"
        r"\bci aiuti con il colloquio\b|\bconduci tu la parte\b|"
        # French: "merci d'accepter de siéger au comité de sélection", "qu'on se partage les
        # questions" (not "(candidate : X)" in a title: the candidate may be the owner)
        r"\bsi\u00e9ger (?:au|\u00e0 un|sur le) comit\u00e9\b|\bse partage\w* les questions\b|"
        # the owner's own work: "we'll interview the night crew about the stage 14 screenout"
        r"\bwe(?:'ll| will) interview the (?:\w+ ){0,2}(?:crew|staff|operators|witnesses|"
        r"employees|workers)\b|"
        # German: "führen wir die Bewerbungsgespräche ... zu zweit", "Könntest du die Fachfragen
        # ... übernehmen? Ich mache ... die Fragen zur Person"
        r"\bf\u00fchren wir die (?:bewerbungs|vorstellungs)gespr\w*|\bdie fragen zur person\b|"
        r"\bfachfragen\b[^.\n]{0,80}\b\u00fcbernehmen\b|"
        # Polish: "poprowadzić część techniczną rozmowy z kandydatem", "arkusz oceny"
        r"\brozmow\w* z kandydat\w*|\barkusz\w* ocen\w*|\bprosz\u0119 o ocen\w*|"
        r"\bpoprosz\u0119 o ocen\w*|"
        # Korean: "실무 면접관으로 참여해 주시면" (join as an interviewer), "평가표" (score sheet)
        r"면접관으로 참여|평가표|"
        # Vietnamese: "với vai trò người phỏng vấn" (as the interviewer), an evaluation form
        r"\bvai trò người phỏng vấn\b|\b(?:form|phiếu) đánh giá\b|"
        # Greek "Συνέντευξη υποψηφίου: Γ. Νικολαΐδης" (an interview of a candidate)
        r"συνέντευξη υποψηφίου|"
        # Spanish and Portuguese: "te sumo a la entrevista del candidato", "entrevista do
        # candidato" (not "Confirmamos la entrevista con la candidata Lucía Herrero", which
        # may be the owner)
        r"\bentrevista (?:al|del|do|da) candidat[oa]\b|"
        # a panel member's brief: "score each candidate against the rubric", "5 min for panel
        # scoring"
        r"\bscore (?:each|every|all|the) (?:\w+ )?candidates?\b|\bpanel scoring\b|"
        r"\bagainst the (?:scoring )?rubric\b|"
        # "Booking you both to interview Jordan Pike (external candidate)", "interview guide"
        r"\b(?:booking|asking|need|needs|want|wants) (?:you|you both|you two|both of you) to "
        r"interview\b|\binterview guide\b|candidate resume\b|\b(?:external|internal) candidate\)|"
        # Norwegian, Danish and Swedish: "Takk for at dere stiller i intervjupanelet",
        # "Intervjuguide og CV ligger i Teams-kanalen", "intervju med kandidat Sander Lie"
        r"\bstill(?:er|e) i intervjupanel\w*|\bintervjuguide\w*|\binterviewguide\w*|"
        r"\bintervju med kandidat(?:en)? (?-i:[A-Z])|"
        r"\bintervju(?:et)? med s\u00f8ker(?:en)? (?-i:[A-Z])|"
        # "Can you take the practical questions (TMPs, ITPs)? I'll cover the behavioural stuff",
        # "Jack's CV and the question sheet are in the Grad Recruitment folder"
        r"\bcan you (?:take|ask|cover) the (?:\w+ ){0,2}questions\b|"
        r"\b(?:question|scoring|interview score) sheets?\b|"
        # Serbian and Croatian: "da vodiš tehnički deo razgovora sa Markom", "popuniš ocenu
        # kandidata", "intervju – kandidat Marko Ilić"; in Cyrillic "оцену кандидата"
        r"\bvodi(?:š|te|ti) (?:\w+ )?(?:deo |dio )?razgovor\w*|\boc[je]?en\w* kandidata\b|"
        r"\bводи(?:ш|те|ти) (?:\w+ )?(?:део )?разговор\w*|\bоцен\w* кандидата\b|"
        # Bulgarian: "Ти водиш техническата част" (you lead the technical part)
        r"\bти водиш (?:\w+ )?част\w*|"
        r"\b(?:intervju|razgovor)\W+kandidat(?:kinja)? (?-i:[A-ZČĆŠŽĐ])|"
        # the owner questions someone at work: "You wanted to interview the study coordinator",
        # "I'd like to interview the site staff" (not "we'd like to interview you")
        # "Can you lead the tenancy sustainment interview with Mrs Reid on Tuesday?"
        r"\b(?:can|could|would|will) you (?:please )?(?:lead|run|conduct|chair|take) the "
        r"(?:[\w-]+ ){0,3}interviews?\b|"
        r"\b(?:you|I)(?:['\u2019]d like| would like| wanted| want| plan| need)? to interview "
        r"(?:the|our|my|your|their) (?!\w+ (?:role|position|job)\b)|"
        # a thesis defence the owner examines: "en qualité d'examinatrice, au jury de la
        # soutenance", "membro da banca", "tribunal de tesis", "thesis committee member"
        r"soutenance de th[èe]se|au jury de|(?:en tant que|comme|en qualit[ée] de) membre du jury|"
        # (not another's absence: "en raison d'une indisponibilité d'un membre du jury")
        r"en qualit[ée] d['’](?:examinat|rapport)|"
        r"tribunal de (?:la )?tesis|defensa de (?:la )?tesis|banca (?:examinadora|de defesa)|"
        r"defesa de (?:tese|disserta[çc][ãa]o)|thesis defen[cs]e|"
        # a doctoral viva ("PhD viva voce examination"), not a South Asian job's "viva voce"
        # (its interview round)
        r"\bviva voce examination\b|"
        # a clinical preceptor interviewing a student: "mahalo for agreeing to precept!"
        r"\bagree(?:ing|d)? to precept\b|\bpreceptor acceptance\b|"
        # Thai: "รบกวนร่วมเป็นผู้สัมภาษณ์ผู้สมัคร" (please join as the candidate's interviewer),
        # "แบบประเมินการสัมภาษณ์ (Interview evaluation form)"
        r"ร่วมเป็นผู้สัมภาษณ์|ผู้สัมภาษณ์ผู้สมัคร|แบบประเมินการสัมภาษณ์|\binterview evaluation form\b|"
        # a coordinator to the owner as the interviewer: "thanks for agreeing to lead this one
        # ... the standard question set and the scoring sheet ... send me your scores"
        r"\bagree(?:ing|d)? to (?:lead|run|conduct|chair) (?:this|the) (?:one|interview)\b|"
        # "Thank you both for agreeing to interview Samuel Adebayo ... for the two of you to
        # agree scores"
        r"\bfor agreeing to interview\b|\bagree (?:your |the )?scores\b|"
        r"\bscoring sheet\b|\bsend me your scores\b|"
        r"(?:as|serve as) (?:an? )?(?:external )?examiner|"
        r"you(?:'re| are| have been) (?:scheduled to )?(?:interviewing|interview \w+ \w+ for|"
        r"on the interview panel)|adding you to the (?:interview )?panel|"
        # "we've a candidate coming in ... and I'd like you on the interview panel with me"
        r"\b(?:like|want|need) you on the (?:interview )?panel\b|\bcandidates? coming in\b|"
        r"\bcandidate (?:cv|resume) (?:is )?attached\b|"
        # the owner referred the candidate: an update on someone else's process ("thanks for
        # referring X" is judged against the owner's names in booking_direction)
        r"referral update|referral bonus|"
        # "(and thanks Seoyeon for the referral!)": the owner referred the one invited
        # (a name: "thanks again for the referral" says nothing of who referred whom)
        r"\bthanks? (?-i:[A-Z])[\w-]+ for the referral\b|\(referred by [A-Z][\w-]+\)|"
        # the owner sits on someone else's panel
        # (not the coordinator who "will not sit on the panel")
        # ("Thank you for agreeing to sit on the peer interview panel")
        r"(?<!not )(?<!n't )sit(?:ting)? on (?:the|an|our) (?:[\w-]+ )?(?:interview )?panel|"
        r"scoring matrix|"
        # "Would you be willing to sit on the selection board?", "rating guide to follow"
        r"(?<!not )(?<!n't )sit(?:ting)? on (?:the|a|our) selection (?:board|committee|panel)|"
        r"\brating guide\b|\bcandidate schedule\b|"
        r"(?<!not )(?<!n't )sit(?:ting)? in on (?:the|a|an|this|my) (?:\w+ )?"
        r"(?:candidate|interview)|"
        r"do not forward this invite to the candidates?|\bcandidate \d\b|"
        r"candidate's (?:resume|cv)|\bour (?:(?!your\b)\w+ ){0,4}candidate\b|"
        # a board or committee interviewing finalists, the owner among its members
        r"\b(?-i:Candidate [A-D])\b|candidate (?:packets?|names are confidential)|"
        r"review of (?:the )?interview questions|(?<!budget )deliberation|"
        # a grant or fellowship panel the owner serves on
        r"serv(?:e|ing) on (?:the|an|our) [\w ]{0,40}panel|\b(?-i:Applicant \d)|lead reviewer|"
        r"\(panel member\)|applicant interviews|"
        # a board the owner sits on: "you are the senior board member ... bring the question
        # bank and the scoring sheets and run the interviews"
        r"\bquestion bank\b|\bscoring sheets?\b|\brun the (?:candidate )?interviews\b|"
        r"\byou(?:'re| are) the (?:senior |lead )?(?:board|panel) member\b|"
        # Chinese: "面试官邀请" (an invitation to interview as the interviewer), "请您担任面试官"
        r"面试官邀请|担任面试官|作为面试官|"
        # Japanese: "【面接官ご依頼】", "面接官をお願いいたします", "評価シート" (the score sheet)
        r"面接官(?:の|を)?(?:ご)?(?:依頼|お願い)|面接官としてご参加|評価シート|"
        # Hebrew: "אני מראיינת" (I am interviewing), "שיחת היכרות עם מועמד" (an intro talk with a
        # candidate)
        r"אני מראיינ\w*|(?<![א-ת])עם מועמד(?:ת|ים)? ל|"
        # Russian: "приглашение на собеседование с кандидатом", "оценочный лист", "карточка
        # кандидата", "провести техническую часть"
        r"\bсобеседовани\w* с кандидат\w*|\bоценочн\w* лист\w*|\bкарточк\w* кандидата\b|"
        r"\bрезюме кандидата\b|\bпровести (?:техническую|общую) часть\b|"
        # "Please skim the three shortlisted portfolios beforehand"
        r"\b(?:the|three|two|four|five|\d) shortlisted "
        r"(?:portfolios|candidates|cvs|resumes|applicants)\b|"
        # a residency's "Resident interviewer - IM Interview Day", "your interviewer schedule"
        r"\b(?:resident|student|faculty|alumni|volunteer|peer) interviewer\b|"
        r"\binterviewer (?:huddle|dashboard|schedule|training|briefing)\b|"
        # German: the interview guide, the rating sheet and the candidate's file ("danke, dass du
        # das Bewerbungsgespräch mit Frau X übernimmst")
        # ("Kandidatin Winterfeld" is judged against the owner's names: booking_direction)
        r"interviewleitfaden|bewertungsb[öo]gen|bewerberakte|"
        # Portuguese, Spanish, Italian: "você e eu vamos entrevistar a Júlia", "ficha de
        # avaliação da candidata", "roteiro de perguntas", "scheda di valutazione"
        r"\b(?:vamos|iremos|vamos a|vas a|vai) entrevistar\b|"
        r"\bentrevistar (?:a|o|al|la) (?-i:[A-Z])|"
        r"ficha de (?:avalia[çc][ãa]o|evaluaci[óo]n)|roteiro de perguntas|"
        r"gui[óo]n de (?:la )?entrevista|scheda di valutazione|"
        r"gespr\u00e4ch mit (?:frau|herrn?) [^.\n]{0,60}\b(?:übernimmst|übernehmen)\b",
    ),
    # a booking tool's notice to the HOST ("A new event has been scheduled", "Invitee: X"): the
    # owner hosts, unless the owner is the invitee (see observe._direction)
    _s(
        "booking notice to a host",
        -8,
        # (a notice that names the host is the invitee's copy: "Host: Mia Tran (mia@...)")
        # (Portuguese and Spanish: "Novo evento: ...", "Um novo evento foi agendado", "Nuevo
        # evento programado", "Se ha programado un nuevo evento")
        r"(?:new event(?: scheduled)?:|a new event has been scheduled|novo evento:|"
        r"um novo evento foi agendado|nuevo evento(?: programado)?:|"
        r"se ha programado un nuevo evento)(?![\s\S]{0,300}\b(?:host|anfitri[ãa]o|anfitri[óo]n):)",
    ),
    _s(
        "media interview",
        -8,
        # (not a calendar's guest: "I couldn't add you as a guest directly")
        r"podcast|episode (?:of|\d)|the show (?:goes|airs)|be a guest|"
        # Québec French "balado" (a podcast)
        r"\bbalados?\b|"
        # Russian: "Подкаст", "дать интервью", "интервью для журнала"
        r"подкаст\w*|\bдать интервью\b|"
        r"\bинтервью для (?:журнал|газет|издани|подкаст|блог|канал)\w*|"
        # "Я корреспондент программы ... на телеканале «Дала ТВ»", "сюжет", "записать интервью"
        r"\bкорреспондент\w*|\bтелеканал\w*|\bзаписать (?:с вами )?интервью\b|"
        r"(?<!add you )(?<!added you )(?<!adding you )as (?:a|our) guest\b"
        r"(?! (?:directly|to the|on the (?:invite|invitation|calendar|event)))|"
        # (a reporter who writes, not a biologist's "Polycomb reporter lines")
        r"press interview|journalist|\b(?:i'?m|i am|as) (?:an?|the) (?:\w+ )?(?:reporter|editor)\b|"
        # a journal's "Early Career Spotlight column in our monthly newsletter"
        r"\bspotlight (?:column|series|feature|interview)\b|"
        # "We're preparing a feature on cold-chain resilience ... Your quotes would be attributed"
        r"\b(?:preparing|writing|working on) a (?:feature|story|piece|cover story)\b|"
        # "the interview for our holiday-staffing feature ... The piece runs in the October issue"
        r"\bfor our [\w -]{0,30}\b(?:feature|story|column)\b|\bthe (?:piece|story|article) "
        r"runs\b|"
        r"\byour quotes?\b|"
        # Greek: a magazine ("περιοδικό"), its issue, its editor, its feature; "to give us an
        # interview" is said to an interviewee of the press
        r"περιοδικ|τεύχος|συντάκτ|αφιέρωμα|δώσετε συνέντευξη|"
        r"\breporter (?:at|for|with|from)\b|magazine|our readers|\bon air\b|recording session|"
        # Somali: the radio ("raadiyaha", "Raadiyo Codka Geeska"), television, the listeners
        r"\braadiy[eo]\w*|\btelefishin\w*|\bdhageystayaa\w*|"
        # a radio or TV show: "We'd love to interview you live on the Bula Breakfast show",
        # "Wasawasa FM 98.6"
        r"\binterview you live\b|\b(?:breakfast|morning|drive-?time|radio|tv|talk) show\b|"
        r"(?-i:\bFM \d{2,3}(?:\.\d)?\b)|"
        r"periodista|peri[óo]dico|reportaje|nuestros lectores|journaliste|nos lecteurs|"
        r"journalist(?:in)?|zeitung|unsere leser|krant|onze lezers|giornalista|i nostri lettori|"
        r"jornalista|nossos leitores|\bdiario\b|art[íi]culo|article sur|artikel \u00fcber|"
        # Swedish and Danish: "alumnimagasin", "redaktör", "tidningen", "våra läsare", "læsere"
        r"\w*magasin(?:et)?\b|\bredakt(?:\u00f6r|\u00f8r)\b|\btidning\w*|\bv\u00e5ra l\u00e4sare\b|"
        r"\bvores l\u00e6sere\b|\bjournalist\b|"
        # a vendor's marketing: "feature you in our customer story", "success story interview"
        r"customer stor(?:y|ies)|success stor(?:y|ies) (?:interview|series|video)|"
        r"feature you in (?:our|a|the)\b|testimonial|"
        r"media interview|writing (?:a|an) (?:piece|article|story)|quote you|for (?:my|our|the) "
        r"(?:article|story|piece|publication)|"
        # someone gave a magazine or radio an interview: "deu uma entrevista à Revista X"
        r"\b(?:deu|dar|d\u00e1|concedeu|gave|dio|dar[áa]|a donn\u00e9|hat)\s+"
        r"(?:uma |an |una |une |ein )?"
        r"(?:entrevista|interview|entrevue)\s+(?:\u00e0|ao|a|to|al|au|der|dem)\s+"
        r"(?:revista|jornal|r\u00e1dio|radio|tv|magazine|newspaper|revue|journal|zeitung)",
    ),
    _s(
        "housing viewing",
        -8,
        # Japanese: "ご内見日時" (a flat viewing), "物件名"
        r"\u5185\u898b|\u7269\u4ef6\u540d|"
        r"flat-?mates?|flat-?share|room-?mates?|house-?mates?|\bwg-casting|\bwg-zimmer|"
        r"(?:apartment|flat|room|property) viewing|viewing (?:of|the) (?:the )?"
        # "multi-tenant" is software vocabulary, not housing
        r"(?:apartment|flat|room|property)|see the (?:room|flat|apartment)\b(?! (?:is|has|was)\b)|"
        r"landlord|"
        # a Teams/Azure/Microsoft 365 tenant is an IT account, not a lease
        # (nor a contractor's "tenant finish-outs" or "tenant improvements")
        r"(?<![-\w])(?<!teams )(?<!azure )(?<!365 )(?<!microsoft )tenan(?:ts?|cy)\b"
        r"(?! finish|[- ]improvement|[- ]build)|"
        r"letting agent|\brent(?:al)? (?:is|of|per)\b|\bschufa\b|kaution|huurwoning|"
        # a landlord's viewing in Spanish: "visita al departamento", "inquilinos", "alquiler"
        r"\binquilin[oa]s?\b|\balquiler\b|visita al (?:departamento|piso|depto)|\binmobiliaria\b|"
        # Chile and Argentina: "arriendo", "la propietaria", "corredora de propiedades",
        # "gastos comunes", "expensas"
        r"\barriendo\b|\bpropietari[oa]\b|\bcorredora? de propiedades\b|\bgastos comunes\b|"
        r"\bexpensas\b|"
        r"mitbewohner|fremvisning|lejlighed\w*|udlejer|husleje|leilighet\w*|utleier|"
        r"l\u00e4genhet\w*|hyresv\u00e4rd|bostadsr\u00e4tt|mieszkani\w*|wynajm\w*",
    ),
    _s(
        "speaker/event call",
        -8,
        r"speaker (?:prep|interview|call|briefing|onboarding|slot)|track chair|"
        r"\byour (?:keynote|session abstract)\b|(?:conference|summit|event) blog|"
        r"call for (?:papers|speakers|proposals)|program(?:me)? committee|"
        # (a "Panelist: Ananya Bose" label names who interviews, as Indian hiring writes it, and
        # "Each panelist will ask questions from a standard set" is a structured interview)
        r"moderat(?:or|ors|ing|e the)\b|"
        # ("Panelists:" above a bulleted list names them too)
        r"(?<!each )(?<!interview )panelists?\b(?!\s*[:\-\u2013]\s*(?:[-*\u2022]\s*)?\w)"
        r"(?! (?:will )?ask\b)|"
        r"panel discussion|fireside chat|"
        r"audience q&a",
    ),
    _s(
        "internal meeting",
        -5,
        # a standing 1:1, not "brief one-on-one questions" inside a group interview
        # (nor the format an interview is described in: "It will be a one-on-one with Hamish")
        # (nor a loop's row "10:15 Saoirse Lennon (1:1)": a one-on-one interview in brackets)
        # (nor "I'll be interviewing you myself; it's a one-on-one, about an hour")
        r"(?<!be a )(?<!is a )(?<!as a )(?<!'s a )(?<!\u2019s a )(?<!\()"
        # (nor a school's "1:1 Chromebooks", a device for every student)
        r"(?:\b1:1\b|one-on-one|1-on-1)(?! (?:questions?|interviews?|conversations?|chats?|"
        r"chromebooks?|devices?|laptops?|ipads?|tablets?|technology))(?!\))|"
        r"weekly sync|stand-?up|team sync|"
        # "Weekly Support Team Call", "weekly team meeting"
        r"\b(?:weekly|daily|monthly|bi-?weekly) (?:\w+ )?team (?:call|meeting|huddle)\b|"
        # a standing meeting of the owner's current job: Google's "Weekly on Monday from 9:30am",
        # "SRE on-call handover (weekly)", "incident postmortem"
        r"(?m:^[ \t]*weekly on \w+day\b)|\((?:weekly|bi-?weekly|daily)\)|\bon-?call handover\b|"
        r"\bpost-?mortem\b|"
        # a store's mystery-shop results reviewed with the owner as its manager
        r"\bmystery[- ]shop\w*|"
        # an audit of the owner's workplace: "visita de auditoría", "Reunión de apertura", "audit
        # fieldwork kickoff"
        r"\bvisita de auditor\u00eda\b|"
        r"\bauditor\u00eda de (?:renovaci\u00f3n|calidad|certificaci\u00f3n)\b|"
        r"\baudit (?:fieldwork|kick-?off|opening meeting|visit)\b|"
        # Russian: a tender committee's sitting that interviews bidders
        r"\bтендерн\w* комисси\w*|\bзаседани\w* комисси\w*|"
        # a design team's weekly crit, and a panel calibrating before it interviews
        r"\bdesign crit\b|\bweekly crit\b|\bcalibrat(?:e|ing) on the\b|"
        # the owner's own engineering work: "Supplier Qualification Visit - Anvil Precision" (not
        # a quality job's "supplier qualification" experience)
        r"\b(?:supplier|vendor) (?:qualification |quality )?visit\b|\bqualification visit\b|"
        # advice to a client about its own hiring: "re candidate interview policy"
        r"interview (?:policy|policies|guidelines|compliance)\b|"
        r"sprint (?:planning|review|retro|demo)|retrospective|all-hands|performance review|"
        # a review at the owner's current job: "績效面談", "绩效面谈", "年度考核"
        r"績效面談|绩效面谈|考核面談|"
        # ... in French: "entretien annuel d'évaluation", "entretien individuel annuel", "ta fiche
        # d'auto-évaluation"
        r"\bentretiens? (?:individuels? )?annuels?\b|"
        r"\bentretien (?:annuel )?d['\u2019]\u00e9valuation annuelle\b|"
        r"\bfiche d['\u2019]auto-?\u00e9valuation\b|"
        # (an interviewer "pulled into an offsite" is why a slot moves, not the meeting)
        r"(?<!pulled into an )(?<!called into an )(?<!stuck in an )(?<!at an )(?<!to an )off-?site|"
        # (not "team lunch": an onsite's itinerary has one)
        r"team (?:offsite|outing|building|activity|dinner)|\bretro\b|"
        r"\bq[1-4] (?:planning|roadmap)|calibration|(?:hi|hey|hello) (?:team|folks)\b|"
        r"(?:hi|hey|hello) (?:all|everyone)\b"
        r"(?![^.]{0,200}\b(?:candidates?|applicants?|interview for)\b)",
    ),
    _s(
        "appointment",
        -8,
        # a health insurer's appointment: "Psicología - Consulta de primera vez (entrevista
        # inicial)", "cuota moderadora"
        r"\bconsulta de primera vez\b|\bcuota moderadora\b|"
        # Iceland's directorate of labour: "Vinnumálastofnun", "atvinnuleysisbætur"
        r"\bvinnum\u00e1lastofnun\w*|\batvinnuleysisb\u00e6t\w*|"
        # a social-security office: "Entretien avec un conseiller – Mise à jour du dossier
        # assuré", "N° d'immatriculation"
        r"\bentretien avec (?:un|une|votre) conseill\w*|\bdossier assur\u00e9\b|"
        r"\bn\u00b0 d['\u2019]immatriculation\b|"
        # a regulator's review of the owner's practice: "Practice Review – interview
        # scheduling (File PR-26-0412)", "not disciplinary in nature"
        r"\bpractice review\b|\bnot disciplinary in nature\b|"
        # a passport office: "Passport - One Day Service (renewal)", "Department of Immigration
        # & Emigration", "National Identity Card"
        # (not "bring a copy of your passport for building security; our office is at")
        r"\bpassport\b[\s:()\-\u2013]{1,5}(?:one day service|renewal|appointment|office)\b|"
        r"\bimmigration (?:&|and) emigration\b|\bnational identity card\b|"
        # a lesson booked: "Private Lesson – Full Day, Adult Ski", "your ski lesson"
        r"\b(?:private|ski|snowboard|surf|golf|tennis|driving) lessons?\b|"
        # a lost document replaced: "Replacement of Certificate of National Service - Clearance
        # Interview", "Sworn affidavit of loss", "Police extract"
        r"\breplacement of (?:your |the |a )?(?:lost )?(?:certificate|passport|licen[cs]e|id card)|"
        r"\baffidavit of loss\b|\bpolice extract\b|"
        # an ID office: "TWIC® Enrollment ... an enrollment agent will ... collect your
        # fingerprints"
        # a veteran's benefits exam: "Compensation & Pension (C&P) examination ... in connection
        # with your disability compensation claim" ("the examiner will interview you")
        r"\bdisability (?:compensation )?claim\b|\bC&P (?:exam|examination)\b|"
        r"\bcompensation (?:&|and) pension\b|"
        # (not a job's requirement: "You'll need a TWIC card", "no TWIC yet")
        r"\btwic\b\W{0,2} (?:card )?(?:enrollment|appointment)|\benrollment (?:center|agent)\b|"
        r"\bcollect your fingerprints\b|"
        # a bank's identity check by video: "Видеоинтервью для идентификации клиента (KYC)",
        # "Video KYC call", "eKYC", "the KYC update form", "the short KYC interview" (not the
        # work a compliance candidate would do: "how you'd tackle our KYC backlog")
        r"\bидентификаци\w* клиент\w*|(?-i:\bKYC\b)(?= (?:call|interview|update|check|"
        r"verification|appointment|review|form|video))|(?-i:\b(?:video |e)KYC\b)|\(KYC\)|"
        # a clinic's pre-employment check: "Maple Ridge Occupational Health", "DOT 5-Panel Urine
        # Drug Screen", "the certified medical examiner will interview you"
        # (not a hiring manager's aside: "Occupational Health needs your flu shot record before
        # you can be on the unit")
        r"\boccupational (?:health|medicine)\b(?! (?:needs|requires|will (?:need|require)|must)\b)|"
        r"\boccmed\b|\bmedical examiner\b|"
        r"\burine drug\b|\bdot physical\b|"
        # Finland's employment services: "TE-palvelut", "työllisyyspalvelut", the job
        # seeker's intake "työnhakukeskustelu" and its "työllistymissuunnitelma"
        r"\bte-palvelu\w*|\bty\u00f6llisyyspalvelu\w*|\bty\u00f6nhakukeskustelu\w*|"
        r"\bty\u00f6llistymissuunnitelm\w*|\bty\u00f6tt\u00f6myysetu\w*|"
        # Ukraine's military registration office and its medical board: "ТЦК", "ВЛК", a
        # deferment ("відстрочка"), and the state's service centres ("ЦНАП", "Дія")
        r"\b(?:Р?ТЦК|ВЛК|ЦНАП)\b|\bвідстрочк\w*|"
        # the owner as a patient or customer; a clinic or a physician can also be the employer,
        # and "arrive 15 minutes early" is said of interviews too
        # (a health-tech job's "Developer (Patient Portal)" is not the owner as a patient)
        # (not a dental practice hiring: "Ocotillo Smiles Dentistry", "the lead dentist there")
        r"\bdentist(?:'s)? (?:appointment|visit|office|reminder)\b|\byour dentist\b|"
        r"dental (?:cleaning|appointment|exam)|\bpatient (?:intake|forms?)\b|"
        # a home service's visit: "Your in-home moving survey ... Arrival window: 9:00 AM"
        r"\bin-home (?:moving )?(?:survey|estimate|consultation|assessment)\b|"
        r"\bmoving (?:survey|estimate|quote)\b|\bmove consultant\b|\barrival window\b|"
        r"(?:log ?in|sign ?in|go) (?:to|into|through) (?:your|the) patient portal|"
        r"new patient|doctor'?s (?:office|appointment)|your (?:clinic|gp|doctor) appointment|"
        r"appointment with (?:dr\b|doctor)|"
        r"physio(?:therapy)? (?:appointment|session)|hygienist appointment|appointment reminder|"
        # (not a health job's "produce-prescription program")
        r"\b(?:your|a|new) prescriptions?\b|prescription (?:refill|is ready|pick-?up)|"
        # (a pet's visit, not a clinic hiring its "Companion Animal Veterinarian")
        r"\b(?:veterinary|vet) (?:appointment|visit|check-?up)s?\b|\byour pet(?:'s)?\b|haircut|"
        # (a hair salon; not a meeting room: "toplantı salonu", "salon de conférences")
        r"(?<!toplant\u0131 )(?<!de )\bsalon(?!u\b|una\b|unda\b| de (?:conf|r[ée]union|actos))|"
        # Indonesian pre-employment "medical check-up (MCU)" after the offer
        r"\bmedical check-?up\b|"
        r"(?-i:\(MCU\)|\bMCU (?:di|pada|at|klinik|clinic|appointment|schedule|jadwal)\b)|"
        # the Gulf's residency paperwork: "Medical Fitness Test", "biometrics (fingerprints
        # and photo)", "Emirates ID renewal", "Customer Happiness Centre"
        r"\bmedical fitness (?:test|centre|center|certificate)\b|\bbiometrics?\b|"
        r"\bemirates id (?:renewal|application|card)\b|\bcustomer happiness cent(?:re|er)\b|"
        r"\bvisa medical\b|"
        # the bank about a home loan: "votre projet d'acquisition immobilière et votre capacité
        # d'emprunt", "your mortgage consultation"
        r"\bmortgage (?:application|appointment|advisor|adviser|consultation|pre-?approval)\b|"
        # the courts and the DMV: "Juror Summons", "report for jury service", "Driver Services
        # Appointment"
        r"\bjur(?:or|y) (?:summons|service|duty)\b|\bjury (?:assembly|administration)\b|"
        # (not a site's "bring a REAL ID-compliant ID")
        r"\bdriver services\b|\bdriver'?s licen[cs]e (?:renewal|appointment|test)\b|"
        # a work permit at the labour office: "ใบอนุญาตทำงาน" (work permit), "กรมการจัดหางาน"
        # (Thailand's Department of Employment), "work permit appointment"
        r"ใบอนุญาตทำงาน|กรมการจัดหางาน|\bwork permit (?:appointment|application|renewal)\b|"
        r"capacit[ée] d['’]emprunt|pr[êe]t immobilier|cr[ée]dit immobilier|"
        r"acquisition immobili[èe]re|avis d['’]imposition|"
        r"conseill[eè]re? (?:client[eè]le|bancaire|patrimonial)|"
        # the job centre: "Ihr Beratungstermin beim AMS", "Jobcenter", "France Travail",
        # "your work coach at the Jobcentre Plus", "Leistungsbezug" (benefits)
        r"\bberatungstermin\b|(?-i:\bAMS\b)|\beAMS\b|\bleistungsbezug\b|\bjobcenter\b|"
        r"agentur f[üu]r arbeit|\bfrance travail\b|p[ôo]le emploi|jobcentre plus|\bwork coach\b|"
        # a car's service visit: "Your service appointment is confirmed ... Service Advisor"
        r"\bservice (?:appointment|advisor)\b|\btire (?:swap|change|rotation)\b|\boil change\b|"
        # a pre-employment medical check: "雇入時健康診断", "入职体检", "Einstellungsuntersuchung"
        # (its booking, not "최종 합격 시 채용 건강검진이 진행됩니다": a check after an offer)
        r"健康診断(?:の)?(?:ご予約|予約|日程|受診)|体检(?:预约|通知|时间)|입사 ?건강검진|"
        # Traditional Chinese: "新進人員體檢", "體檢通知"
        r"體檢|"
        r"건강검진 ?(?:예약|일정|안내)|einstellungsuntersuchung|"
        # Czech and Slovak: "vstupní lékařská prohlídka", "vstupná lekárska prehliadka"
        r"vstupn\w* (?:l\u00e9ka\u0159sk\w* |lek\u00e1rsk\w* )?(?:prohl\u00eddk|prehliadk)\w*|"
        r"pre-?employment (?:medical|health) (?:check|exam)|"
        # the owner as a therapy client or a school applicant's parent
        # (a telehealth company is an employer too: "Telehealth Nurse Practitioner")
        # (not a job's sample task: "a short role-play of a new-client intake call")
        r"(?<!new-client )(?<!new client )\bintake (?:call|interview|appointment|session)\b|"
        r"\btelehealth (?:visit|appointment)\b|"
        # after the offer: the movers and the relocation service, not the employer
        r"\brelocation (?:consultant|specialist|intro|call|services?|partner|coordinator)\b|"
        # (not a TV studio's "preschool slate")
        r"(?:family|parent) interview|play visit|kindergarten|nursery school|"
        r"pre-?school (?:admissions?|applications?|enrol+ments?|tours?|visits?|interviews?)\b|"
        r"school admissions?\b|admissions office|"
        # the owner as a bank's customer: a mortgage or loan "colloquio" / "Gespräch"
        r"\bmortgage\b|\bmutu[oi]\b|prestito|hipoteca|hypoth[eèé]\w*|baufinanzierung|"
        # "rencontre avec votre conseillère", "votre conseiller financier"
        r"\bvotre conseill[eè]re?\b|conseill[eè]re? (?:financi|en pr[êe]t)|"
        r"consulente (?:mutui|finanziario)|loan (?:officer|appointment)|"
        # Greek: a citizen-service (KEP) appointment, a bank's mortgage adviser
        r"ραντεβού κεπ|\bκεπ δήμου|στεγαστικ\w* δαν|"
        # the tax office: "Dear Taxpayer", "Taxpayer interview - PIN obligation amendment"
        r"\btaxpayer\b|\btax (?:office|authority|compliance)\b|"
        # "your home finance application ... As part of our credit review"
        r"\bhome financ\w*|\bcredit (?:review|check|assessment)\b|"
        # (not a job board's scam warning: "Never send money or personal banking info to an
        # employer")
        r"\bpersonal banking\b(?! info)|"
        # "Home Loan pre-qualification interview ... an indicative loan amount"
        r"\bhome loans?\b|\bloan amount\b|\bpre-?qualification (?:interview|meeting|appointment)\b|"
        # Portuguese and Spanish: "entrevista de crédito", "linha de crédito", "capital de giro"
        r"\bentrevista de cr[ée]dito\b|\bl[íi]nea de cr[ée]dito\b|\blinha de cr[ée]dito\b|"
        r"\bcapital de giro\b|"
        # Romanian: "credit ipotecar" (a mortgage), "consultant de credite"
        r"\bcredit(?:ul)? ipotecar\b|\bcredite ipotecare\b|"
        r"\b(?:loan|financing|mortgage|credit card) application\b|"
        # opening a bank account: "account opening for new arrivals", "the short KYC interview"
        # (the KYC words of an identity check are above; a compliance job's "KYC backlog" is
        # none)
        r"know your customer (?:check|verification|interview|call|form)|account opening|"
        r"open(?:ing)? (?:a|an|your) bank account|"
        # a licensing office: "Driver License Office", "CDL Knowledge Test", "road test"
        r"driver'?s? licen[cs]e (?:office|appointment|test)|\bdmv\b|(?<!technical )knowledge test|"
        # a tax office's appointment: "Urząd Skarbowy", "Finanzamt", "Agenzia delle Entrate"
        r"urz\u0119d\w* skarbow\w*|urz\u0105d skarbowy|administracji skarbowej|finanzamt|"
        r"agenzia delle entrate|\btax office\b|receita federal|agencia tributaria|"
        # Switzerland: "Kantonales Steueramt", "Besprechung Steuererklärung 2025"
        r"\bsteueramt\b|\bsteuererkl\u00e4rung\b|\bsteuerkommiss\u00e4r\b|"
        # a road test booked as the event ("Road test is set for Fri 3/20 @ 0800", "Road Test +
        # Pre-Trip", "your road test"), not one an interview day lists ("9:00 AM Road test with
        # driver trainer (if applicable)", "road test right after")
        r"\broad test\b(?= is (?:set|scheduled|booked)|\s*[+&@]|,? (?:and )?pre-trip)|"
        r"\byour road test\b|"
        # the job centre's counselling, not an employer: "Beratungsgespräch", "Arbeitsvermittlerin"
        r"beratungsgespr\w*|arbeitsvermittl\w*|agentur f\u00fcr arbeit|\bjobcenter\b|"
        r"p\u00f4le emploi|france travail|\bjobcentre plus\b|"
        # Italian, Spanish, Portuguese and Polish public employment services
        r"centro per l['\u2019]impiego|dichiarazione di immediata disponibilit|"
        r"patto di servizio|stato di disoccupazione|oficina de empleo|demandante de empleo|"
        r"centro de emprego|\biefp\b|urz\u0105d pracy|"
        # Czech and Slovak labour offices: "Úřad práce", "úrad práce, sociálnych vecí"
        r"\u00fa\u0159ad\w* pr\u00e1ce|\u00farad\w* pr\u00e1ce|"
        # Canada's employment insurance: "Service Canada", "assurance-emploi"
        r"\bservice canada\b|assurance[- ]emploi|employment insurance|"
        # Turkey's public employment agency
        r"\bi[şs]kur\b|"
        # Dutch and Flemish: "je loopbaanbegeleider", "VDAB", "UWV", "werkcoach"
        r"loopbaanbegeleid\w*|trajectbegeleid\w*|\bvdab\b|\buwv\b|\bwerkcoach\b|werkdienst|"
        # the owner as a student borrower or a bank's fraud victim: "verification interview"
        r"student (?:finance|funding|loan)s?\b|maintenance loan|customer reference number|"
        # (not the team a fraud data scientist would join: "Lunch with the fraud team")
        r"\bfraud (?:case|investigations?)\b|"
        r"(?<!with the )(?<!join the )(?<!on the )\bfraud team\b|"
        r"disputed (?:payment|transaction|charge)",
    ),
    # the owner pays for the session (a booking page's "Payment: $149.00 USD"): no employer
    # charges a candidate for an interview, a coach or a mock-interview service does
    _s(
        "paid by the owner",
        -6,
        # ("Payment: 95,00 $ CAD (paid by card)": the amount before the currency, as French writes)
        r"(?m)^[ \t]*(?:payment|amount paid):[ \t]*(?:[$\u20ac\u00a3][ \t]?\d|"
        r"(?i:usd|eur|gbp|cad|aud)[ \t]?\d|"
        r"\d[\d.,]*[ \t]?(?:usd|eur|gbp|cad|aud|[$\u20ac\u00a3]))",
    ),
    # the owner pays for the session: a booking page's "Payment: EUR 95.00 paid via Stripe"
    # (no employer charges for an interview)
    _s(
        "paid by the owner",
        -6,
        r"(?m:^[ \t]*payment:[ \t]*(?:eur|usd|gbp|aud|cad|[$€£])[ \t]*\d)|"
        r"\bpaid (?:via|with|by) (?:stripe|paypal|card)\b",
    ),
    _s(
        "coaching/mock",
        -8,
        r"mock (?:\w+ ){0,3}interviews?|\(practice\)|practice (?:round|panel|run)|payment received|"
        # "Mock portfolio review: Senior Product Designer interview prep", "Coach: Gemma Hartigan"
        r"\bmock (?:\w+ ){0,2}(?:reviews?|panels?|presentations?|critiques?|case studies)\b|"
        r"(?m:^[ \t]*coach[ \t]*:)|"
        # French: "Simulation d'entrevue", "séance de pratique d'entrevue", "entrevue fictive"
        r"\bsimulations? d['\u2019](?:entrevue|entretien)|"
        r"\bpratique d['\u2019](?:entrevue|entretien)|"
        r"\b(?:entrevue|entretien)s? (?:fictive|simul\u00e9e|blanc)s?\b|"
        # Vietnamese: "tập phỏng vấn", "phỏng vấn thử" (practice interviews), "tập dượt"
        r"\btập (?:phỏng vấn|dượt)\b|\bphỏng vấn thử\b|"
        r"模拟面试|模擬面接|面接対策|"
        r"interview prep(?:aration)? (?:course|class|session|program)|"
        r"interview coach|coaching session|practice interview|interview practice|career coach|"
        r"bootcamp|(?:welcome to|enrolled in|join) (?:the|our) [\w ]{0,40}\bcourse\b|"
        r"\bcourse (?:starts|begins)|live session \d|see you in class|"
        r"simulation d'entretien|entretien blanc|s[ée]ance de coaching|simulacro de entrevista|"
        r"entrevista simulada|sesi[óo]n de coaching|probeinterview|bewerbungstraining|"
        r"oefengesprek|colloquio simulato|simula[çc][ãa]o de entrevista|"
        # Dutch: "Workshop sollicitatietraining: oefen je sollicitatiegesprek"
        r"\bsollicitatietraining\w*|\boefen je sollicitatiegesprek\b|"
        # a student's own tutor or careers adviser going through applications with them
        r"\bpersonal tutor\b|\btutor (?:meeting|catch-up|session)|practice questions\b|"
        r"careers? (?:adviser|advisor|service) appointment",
    ),
    _s(
        "user research",
        -8,
        # a freelance project's "Stakeholder-Interviews mit dem Marketing-Team"
        r"\bstakeholder[- ]interviews?\b|"
        # (not a final round's "Working with design & research interview with Amaka Ibe")
        r"user research|(?<!& )(?<!and )research (?:study|session|interview)|usability|"
        # "Kopi Wallet user interview (45 min)", "we are testing the app, not you", "a S$60
        # e-voucher" (not a researcher's job: "you'd run user interviews")
        r"(?<!run )(?<!conduct )(?<!running )(?<!conducting )\buser interview\b(?!s)|"
        r"\btesting the (?:app|product|prototype|design|website|site), not you\b|\be-voucher\b|"
        # a game studio's playtest: "session de playtest", "carte-cadeau de 75 $", and the
        # studio saying so: "Ce n'est pas une entrevue d'embauche"
        r"\bplaytest\w*|\bcarte-cadeau\b|\bce n['\u2019]est pas une entrevue d['\u2019]embauche\b|"
        # French: "Entretien utilisateur – Mobilité partagée", "entretiens utilisateurs"
        r"\bentretiens? utilisateurs?\b|"
        # a research panel's paid study: "Étude rémunérée (80 €)", "recrutement participants"
        r"\b[ée]tudes? r[ée]mun[ée]r[ée]es?\b|\brecrutement (?:de )?participants\b|"
        # the owner's own study: "Dissertation research interview (30 min)", "your dissertation
        # interview"
        r"\b(?:dissertation|thesis|capstone) (?:research )?interviews?\b|"
        # (not a sales job's pay: "what you're targeting for base vs. incentive")
        r"(?<!& )(?<!\band )(?<!vs\. )(?<!vs )(?<!base )incentive(?!s? (?:comp|compensation|plan|"
        r"pay|target|structure))|gift card|userinterviews|respondent|paid study|\$\d+ for|"
        # Portuguese and Spanish research panels: "Incentivo: R$ 150,00", "participantes"
        r"\bincentivos?\b|\bparticipantes (?:da|de la|del) (?:pesquisa|investigaci[óo]n)\b|"
        # Nordic and German: "brugerinterview", "gavekort" (gift card), "we test the app, not you"
        r"bruger(?:interview|test)|brukerintervju|anv\u00e4ndarintervju|nutzerinterview|"
        r"gavekort|presentkort|gutschein|tester appen|testen die app|"
        # Lithuanian: "pokalbis su mūsų UX tyrėjais" (with our UX researchers), "naudotojų
        # interviu" (a user interview), "dovanų kuponas" (a gift voucher)
        r"\btyr\u0117j\w*|\bnaudotoj\w* interviu\b|\bdovan\u0173 kupon\w*",
    ),
    _s(
        "scam",
        -10,
        # Vietnamese task scams: "đóng phí kích hoạt" (pay an activation fee), "ảnh CCCD" (ID)
        # (not "Mang theo: CMND/CCCD để đăng ký khách", an ID for the visitor desk)
        r"\bphí kích hoạt\b|\bđóng phí\b|"
        # the interview itself held as a text chat (a contact number on WhatsApp is normal)
        r"(?:interview|meeting|conversation|chat)[^.\n]{0,60}\b(?:on|via|over|through|using) "
        r"(?:the )?(?:telegram|whatsapp|signal|wire|wickr|google hangouts?)\b(?! (?:call|video))|"
        r"(?:telegram|whatsapp|signal|wickr) (?:chat|text|message)s? interview|"
        r"\b(?:on|via|over) (?:telegram|whatsapp|signal|wickr)\b[^.\n]{0,40}\binterview|"
        r"(?:add|contact|message) (?:me|us|the (?:hiring )?manager) on telegram|"
        r"\btext(?:-based)? (?:chat )?interview|\b(?:via|over|by) text chat\b|"
        # what a real employer never asks for before an interview
        # (but a building's front desk asks visitors to bring one: "bring a copy of your passport")
        r"(?<!bring a )(?<!bring )(?:copy|photo|scan) of your (?:driver'?s licen[cs]e|passport|"
        r"id card)|"
        r"\byour (?:ssn|sin|social security number|social insurance number)\b|"
        # (not a job board's warning: "Protect yourself from fraud: never provide your bank
        # details or pay an employer", Indeed's footer on every relayed message)
        r"(?<!never )(?<!not )(?<!n't )\b(?:confirm|send|provide) your bank(?:ing)? "
        r"(?:account )?details|"
        # (not an inspection: "a short equipment check on a sit-down forklift")
        r"\bequipment cheque|\b(?:an|the|your) equipment check\b(?! on\b)|\.exe\b|"
        # a fee before the interview: "pay a refundable processing fee", "via Telegram chat"
        # (Russian "собеседование ... в мессенджере Telegram", "оплатить сбор за регистрацию")
        r"\bв мессенджере telegram\b|\bоплатить (?:\w+ )?сбор\w*|\bсбор\w* за регистрац\w*|"
        # (Serbian "putem Telegram chata")
        r"\b(?:processing|registration|visa|permit|refundable) fee\b|\btelegram chat\w*|"
        # "The medical fee of K450 should be paid via MTN Mobile Money", "pay ... by M-Pesa"
        r"\b(?:medical|application|interview|form|training|clearance) fees?\b[^.\n]{0,60}"
        r"\b(?:paid|pay|send)\b|\bpaid (?:via|by|through) (?:\w+ )?(?:mobile money|m-?pesa|"
        r"airtel money|ecocash|mtn momo|orange money|wave)\b|"
        # Portuguese: "o pagamento da taxa de exame médico ... via M-Pesa"
        r"\bpagamento da taxa\b|\btaxa de (?:exame|inscri\u00e7\u00e3o|processamento)\b|"
        r"\bvia m-?pesa\b|"
        r"(?:a check|cheque) to (?:purchase|buy)|purchase (?:the |your )?(?:equipment|laptop)|"
        r"send you a check|cashier'?s check|reimburse(?:d|ment) for (?:the )?equipment|"
        r"training fee|wire transfer|crypto|"
        # French: "régler les frais de dossier de 290 USD par Western Union AVANT l'entretien",
        # "l'entretien ... sur Telegram"
        r"\bfrais (?:de dossier|d['\u2019]inscription|de visa|de traitement)\b|\bwestern union\b|"
        r"\bmoneygram\b|\bentretien[^.\n]{0,60}\b(?:sur|via|par) (?:telegram|whatsapp)\b(?! appel)|"
        # Somali: "lacagta diiwaangelinta" (the registration money), "wareysiga ... TELEGRAM"
        r"\blacag\w* (?:diiwaangelin|xaqiijin|baaritaan)\w*|\bwareysi\w*[^.\n]{0,60}\btelegram\b",
    ),
    _s(
        "availability request",
        -4,
        # (not thanks for it: "for being so quick to send your availability")
        r"(?<!quick to )(?<!fast to )(?:share|send|let me know|provide) (?:me )?your availability|"
        # Thai "รบกวนแจ้งวันและเวลาที่สะดวก 2-3 ช่วง" (please give two or three days and times that
        # suit you), Lao "ກະລຸນາແຈ້ງວັນ ແລະ ເວລາທີ່ສະດວກ"
        r"แจ้งวัน(?:และ|\s*/\s*)?เวลาที่สะดวก|แจ้งช่วงเวลาที่สะดวก|"
        r"ແຈ້ງ\s*ວັນ\s*(?:ແລະ\s*)?ເວລາ\s*ທີ່\s*ສະດວກ|"
        # German booking pages: "bitte Termin auswählen", "Zeitfenster zur Verfügung"
        r"\btermin ausw\u00e4hlen\b|\bzeitfenster zur verf\u00fcgung\b|"
        # "Sie haben noch keinen Termin für Ihr Vorstellungsgespräch gewählt"
        r"\bnoch keinen termin\b[^.\n]{0,40}\bgew\u00e4hlt\b|"
        # Japanese scheduling pages: "ご都合のよい日時を3つ以上ご選択ください", "面接日程のご登録
        # はこちら", "■候補期間：12月9日（水）〜12月16日（水）の平日"
        r"日時を[^。\n]{0,8}ご選択|日程のご登録|候補期間|"
        # a booking page's reminder: "You have not booked your slot yet ... slots are left"
        r"\b(?:have not|haven't|not yet) booked (?:your|a) (?:slot|time|interview)\b|"
        # Azerbaijani: "sizə uyğun vaxtı seçin" (pick a time that suits you), "Müsahibə vaxtı hələ
        # təyin olunmayıb" (no time is set yet)
        r"\buy\u011fun vaxt\w* se\u00e7\w*|\bh\u0259l\u0259 t\u0259yin olunmay\w*|"
        # Mongolian: "ямар өдөр, хэдэн цагт боломжтой вэ?" (which day, at what time are you
        # free), "цагаа энэ линкээр сонгож болно" (you can pick your time at this link)
        r"\bхэдэн цагт боломжтой\b|\bцагаа [^.?\n]{0,30}\bсонго\w*|"
        # Lithuanian: "Parašykite, kada kitą savaitę būtumėte laisva" (write when you would be
        # free), "laiką galite pasirinkti patys" (you can pick the time yourself)
        r"\bkada [^.?\n]{0,30}\b(?:b\u016btum\u0117te|b\u016btum\u0117t|b\u016btum) laisv\w*|"
        r"\blaik\u0105 galite pasirinkti\b|"
        # Estonian "Palun broneerige endale sobiv aeg" (please book a time that suits you)
        r"\b(?:valige|broneerige|vali|broneeri)\b(?: endale)? sobiv aeg\b|"
        # a recruiter relaying windows: "nothing is booked yet", "Will confirm once she picks"
        r"\bnothing (?:is )?(?:booked|confirmed|scheduled) yet\b|"
        r"\bconfirm once (?:she|he|they) (?:picks|chooses)\b|"
        r"\b(?:few|last) slots? (?:are |is )?(?:left|remaining)\b|"
        # Finnish: "Valitse itsellesi sopiva aika alla olevasta linkistä"
        r"\bvalitse (?:itsellesi )?sopiva aika\b|\bkun olet varannut ajan\b|"
        # Turkish: "size uyan 2-3 zaman dilimini iletebilir misiniz?" (send the slots that suit
        # you), "uygun olduğunuz gün ve saatleri" (the days and hours you are free)
        r"\bzaman dilim\w*\b[^.?\n]{0,30}\bilet\w*|"
        # Czech: "Vyberte si prosím termín pohovoru", "Termín si rezervujte zde"
        r"\bvyberte si (?:pros\u00edm )?term\u00edn\w*|\bterm\u00edn si rezervujte\b|"
        r"\buygun oldu\u011funuz (?:g\u00fcn|saat|zaman)\w*|"
        # Ukrainian: "коли вам зручно цього тижня", "оберіть зручний час"
        r"\bколи вам (?:буде )?зручно\b|\b(?:оберіть|вкажіть|виберіть) зручн\w* (?:час|слот)\w*|"
        # Russian: "когда вам удобно", "укажите удобное время", "пришлите удобные слоты"
        # Vietnamese: "Em gửi giúp chị 2–3 khung giờ em rảnh" (send me the times you are free),
        # "chị sẽ chốt lịch" (I will settle the time)
        r"\bkhung gi[ờo] (?:em|bạn|ban|anh|chị|chi) r[ảa]nh\b|\bth[ờo]i gian r[ảa]nh\b|"
        r"\bs[ẽe] ch[ốo]t l[ịi]ch\b|"
        r"\bкогда вам (?:будет )?удобно\b|"
        r"\b(?:выберите|укажите|пришлите|напишите) (?:\w+ )?удобн\w* "
        r"(?:время|слот|врем)\w*|"
        r"when (?:are|would) you (?:be )?(?:available|free)|pick a time|"
        # Spanish: "escoja el horario que más le convenga en el siguiente enlace", "elija un
        # horario", "Quedo pendiente de su reserva" (I await your booking)
        r"\b(?:escoja|elija|seleccione|reserve) (?:el|un|su) (?:horario|espacio|turno)\b|"
        r"\bpendiente de su reserva\b|"
        r"grab (?:a |whatever )?time|book a time|select a time|scheduling link|self-schedule|"
        r"choose (?:a|your) (?:time|slot)|"
        # a portal's "please select your interview slot", "Available slots:"
        r"(?:select|choose|book) (?:an?|your) (?:interview )?(?:time )?slot\b|"
        r"\bavailable (?:interview )?(?:time )?slots\s*:|"
        # the windows came back, the booking has not happened yet
        r"(?:got|received|have|thanks for) (?:your|the) availability|"
        r"(?:will|'ll) send (?:you )?(?:the |a )?(?:calendar )?invite (?:as soon as|once)|"
        # "choose a slot" in FR/ES/DE/NL/IT/PT/PL/SV
        r"choisi(?:ssez|r) (?:un|votre) cr[ée]neau|r[ée]serve[zr]? (?:un|votre) cr[ée]neau|"
        r"elig?e (?:un|el|tu) horario|reserva (?:un|tu) horario|w\u00e4hlen sie (?:einen|ihren) "
        r"termin|buchen sie (?:einen|ihren) termin|kies een (?:tijdstip|moment)|"
        r"scegli (?:un|l')orario|escolha (?:um|o) hor[áa]rio|"
        r"wyb(?:\u00f3r|ierz|ra\u0107) termin\w*|"
        r"zarezerwuj|v\u00e4lj (?:en )?tid|boka (?:en )?tid|wybra\u0107 (?:\w+ )?termin|"
        r"pick (?:a|any) (?:\d+[- ]min(?:ute)? )?slot|book (?:a|any) (?:\d+[- ]min(?:ute)? )?slot",
    ),
    # a practice run the owner books with a coach: "Bring your deck and we'll run it like a
    # real final-round panel, then debrief"
    _s(
        "practice run",
        -4,
        r"\brun it like a real\b|\blike a real (?:interview|panel|final)|"
        # Italian: "ti farà domande come farebbe un selezionatore in un vero colloquio"
        r"\bin un vero colloquio\b|"
        r"\bmock (?:interview|panel)s?:",
    ),
    # a recruiter's call about the market, with no job behind it: "Confidential Market
    # Check-In ... This is not an interview for any specific role", "a no-obligation chat"
    _s(
        "no role on offer",
        -4,
        r"\bnot (?:an interview )?for any (?:specific|particular) (?:role|job|position)\b|"
        # "this isn't for a specific role: we don't have any backend openings right now and I'm
        # not trying to pull you into an interview process"
        r"\b(?:isn'?t|is not|not) for a (?:specific|particular) (?:role|job|position|opening)\b|"
        r"\bnot trying to (?:pull|get|bring) you into an? (?:interview|hiring) process\b|"
        # Chinese: "這次不是面試，我手上目前也沒有要推薦給您的特定職缺" (not an interview, no
        # particular opening to put you forward for)
        r"不是面試|並非面試|不是面试|沒有[^。\n]{0,12}特定職缺|没有[^。\n]{0,12}特定职位|"
        r"\bnot looking at a specific (?:firm|role|company|job)\b|"
        r"\bno-obligation\b[^.\n]{0,40}\b(?:conversation|chat|call)\b|"
        r"\bmarket (?:check-?in|update|catch-?up)s?\b|"
        # "To be upfront: I don't have a live private banking mandate to discuss with you"
        r"\b(?:don['\u2019]t|do not) have an? (?:live |specific |current |open )?(?:[\w-]+ ){0,2}"
        r"(?:mandate|role|position|opening|vacancy) (?:to discuss|for you)\b",
    ),
    _s(
        "outreach",
        -4,
        r"are you open to|would you be (?:open|interested)|exciting opportunity|"
        r"i came across your profile|my client(?!s\b)|on behalf of (?:a|my|our) client",
    ),
    _s(
        "assessment",
        -7,
        # (the take-home the team already "liked" is done: this mail is about what comes next)
        # (not one passed: "Congratulations on clearing the online assessment!")
        r"(?<!clearing the )(?<!passing the )(?<!completing the )(?<!cleared the )"
        r"(?<!passed the )(?<!completed the )online assessment|coding (?:challenge|assessment)|"
        # Chilean Spanish: "la evaluación psicolaboral online", "el enlace estará habilitado
        # desde ... hasta" (a window to take it in)
        r"\bevaluaci\u00f3n psicolaboral online\b|\benlace estar\u00e1 habilitado\b|"
        # "la evaluación psicométrica en línea", "prueba psicométrica", "psychometric test"
        r"\bevaluaci[\u00f3o]n psicom[\u00e9e]trica\b|\bpruebas? psicom[\u00e9e]tricas?\b|"
        r"\btests? psicom[\u00e9e]tricos?\b|\bpsychometric (?:test|assessment)s?\b|"
        # Korean aptitude tests: "HGAT(종합적성검사) 온라인 응시", "인적성검사", "면접 전형이
        # 아니며" (this is no interview stage)
        r"적성검사|인적성|면접 전형이 아니|"
        # a test with no one across the table: "your typing test sa Friday 10AM ... walang
        # interviewer dito" (no interviewer here)
        r"\b(?:there (?:is|will be) no|there's no|walang) (?:live )?interviewers?\b|"
        r"\bno interviewer will be (?:present|there|on the call)\b|\bonline coding test\b|"
        # French: "test en ligne télésurveillé ... Aucun examinateur ne sera présent"
        r"\baucun (?:examinateur|recruteur|interlocuteur) ne sera pr[ée]sent\b|"
        # Portuguese: "convocar V. Excia para a prova escrita" (not "aprovados na prova escrita",
        # having passed it)
        r"(?<!aprovados na )(?<!aprovada na )(?<!aprovado na )\bprova escrita\b|"
        # "admise à passer les tests psychotechniques", "Il ne s'agit pas d'un entretien"
        r"\btests? psychotechniques?\b|\bil ne s['\u2019]agit pas d['\u2019]un entretien\b|"
        r"\btest en ligne (?:t[ée]l[ée])?surveill[ée]\b|"
        # a test's own calendar hold: "Written Test – Manager, Financial Reporting", "The test is
        # invigilated by the Human Capital team"
        r"(?m:^\W*written (?:\w+ )?(?:test|exam)\b)|"
        r"\bthe (?:test|exam) (?:is|will be) invigilated\b|"
        # Amharic "ይህ ጥሪ ለጽሁፍ ፈተና ብቻ ነው" (this call is for the written test only)
        r"ፈተና ብቻ|"
        # Amharic "የጽሑፍ ፈተና ጥሪ" (a call to the written exam), "የጽሑፍ ፈተናው ... ይሰጣል" (the written
        # exam will be given); not "የጽሑፍ ፈተና ውጤት", its results, beside the interview's call
        r"የጽሑፍ ፈተና ጥሪ|የጽሑፍ ፈተናው|"
        # "there are no interviews on the test day"
        r"\bno interviews? (?:on|during) the (?:test|exam|assessment) day\b|"
        # "There is no interview on the day" (of a written test)
        r"\b(?:there is|there will be) no interview (?:on|during) the day\b|"
        # "You are invited to sit for a written aptitude and technical test", "1. A written test
        # (Excel and donor financial reporting) on Monday"
        r"\bsit for a written\b|\ba written (?:\w+ ){0,3}(?:test|exam)\b|"
        # a union apprenticeship's first step: "you are eligible to sit for the aptitude test"
        r"\bsit for the (?:\w+ ){0,2}(?:test|exam)\b|"
        # a merit system's exam: "Exam Seat Confirmation ... Written Merit Examination"
        # (not "the results of the written examination", the step before an interview)
        r"\bexam seat\b|\bwritten (?:merit|civil service) examination\b|"
        # French and Arabic: "vous convoquer au test écrit de présélection", "Convocation à
        # l'épreuve écrite", "لاجتياز الاختبار الكتابي" (to sit the written test); not "les
        # résultats de l'examen écrit", the step before the interview
        r"\b(?:convoqu\w*|convocation|invit\w*|passer|subir|participer)\s+"
        r"(?:au|(?:\u00e0|a)\s+(?:un|une|l['\u2019]))\s*(?:test|examen|\u00e9preuve)\s+\u00e9crite?\b|"
        r"لاجتياز الاختبار الكتابي|"
        # a test centre's booking: "Your test appointment is confirmed - ISO CAST", "this is a
        # computer-based test"
        r"\bcomputer-based test\b|\btest appointment\b|\btest cent(?:re|er)s?\b|"
        # Polish: "test praktyczny online", "To nie jest rozmowa" (this is not an interview)
        r"\btest\w* (?:praktyczn\w* )?online\b|\bto nie jest rozmow\w*|"
        # Somali: "imtixaanka qoraalka ah" (the written exam); Malagasy: "manasa anao hanatrika
        # ny fanadinana an-tsoratra" (to attend the written exam; not "nahomby tamin'ny
        # fanadinana an-tsoratra", having passed it), "tsy misy resadresaka" (no interview)
        r"\bimtixaan\w* qoraal\w*|"
        r"\b(?:hanatrika|fiantsoana:?)\s+(?:ny\s+)?fanadinana an-tsoratra\b|"
        r"\btsy misy resadresaka\b|"
        # Yoruba "Ìpè fún ìdánwò àkọsílẹ̀" (a call to the written test; not "Ẹ yege nínú ìdánwò
        # àkọsílẹ̀", you passed it), "kò sí ìfọ̀rọ̀wánilẹ́nuwò" (there is no interview)
        rf"\b{toneless('ipe fun idanwo akosile')}|\b{toneless('ko si iforowanilenuwo')}|"
        r"(?<!liked your )(?<!loved your )(?<!enjoyed your )(?<!after your )(?<!reviewed your )"
        # (nor the live review of it: "walk them through your take-home", "discuss your
        # take-home")
        r"(?<!through your )(?<!through the )(?<!discuss your )(?<!discuss the )(?<!of your )"
        r"take-?home|hackerrank|codility|"
        # "The next step ... is a short home assignment"; a calendar hold for its deadline
        # ("Deadline: Yarkon Fintech home assignment")
        r"(?<!your )(?<!the )\bhome assignment\b|(?m:^[ \t]*deadline[ \t]*[:\u2013-])|"
        r"codesignal|complete the (?:test|assessment|challenge)|one-way video|hirevue|"
        # German: "ein zeitversetztes Videointerview" (recorded, no one live)
        r"\bzeitversetzt\w* video\w*|"
        r"recorded video|trial shift|paid trial|stage shift|"
        # Indonesian: "psikotes" (a psychological test), "tes tertulis" (a written test)
        r"\bpsikotes\b|\btes (?:psikologi|tertulis|online|teknis)\b|"
        # "a 90-minute online coding assessment (no live interviewer)", "self-paced"
        r"\b(?:no|without an?) live interviewer|\bself-paced\b|"
        # "Nobody from our team will be on a call with you"
        r"\bnobody (?:from (?:our|the) team )?will be on (?:a|the) call with you\b|"
        # "This stage is a written exercise ... There is no interview or call at this stage, and
        # nobody from the Ministry will be joining you"
        r"\bthis stage is a written (?:exercise|test|assessment)\b|"
        r"\bthere is no interview (?:or call )?at this stage\b|"
        r"\bnobody from (?:the|our) [\w ]{0,30}will be joining you\b|"
        # Latvian state language test: "valsts valodas prasmes pārbaude"
        r"\bvalodas prasmes p\u0101rbaud\w*|"
        # a professional body's exam the owner booked: "Thank you for booking your exam. Your
        # exam entry has been confirmed", "Exam centre:", "Exam Docket"
        r"\bbooking your exam\b|\bexam entry\b|\bexam (?:centre|center|docket)\b|"
        # a timed online test: "proctored coding assessment", "Test window: 10:00 - 11:30"
        r"\bproctor(?:ed|ing)\b|test (?:window|link)|online (?:test|exam)|coding test|"
        # Ukrainian: "тестове завдання" (a take-home), "онлайн-тест"
        r"\bтестов\w* завданн\w*|\bонлайн-тест\w*|"
        # Russian: "тестовое задание", "видеоинтервью" answered alone
        r"\bтестов\w* задани\w*|\bвидеоинтервью\b|"
        # Serbian and Croatian: "testni zadatak", "domaći zadatak", "тестни задатак", "рок за
        # предају" (the deadline to hand it in)
        r"\btestn\w* zadat\w*|\bdomać\w* zadat\w*|\bтестн\w* задат\w*|\bдомаћ\w* задат\w*|"
        r"\brok za (?:predaju|slanje)\b|\bрок за (?:предају|слање)\b|"
        # aptitude and written tests in Korean, Japanese, Chinese: "온라인 인적성검사", "SPI"
        r"인적성|코딩\s?테스트|필기\s?(?:시험|전형)|適性検査|筆記試験|webテスト|\bSPI\b|"
        r"コーディングテスト|笔试|在线测评|筆試|線上測驗|線上測評|"
        # "You are invited to sit a written assessment" (not "passing the written test")
        # Korean: "AI역량검사(AI면접)", "면접관 없이 ... 녹화로 답변" (recorded, no interviewer)
        r"AI\s?면접|AI\s?역량검사|면접관 없이|녹화로 답변|"
        r"\b(?:invit\w* to|sit|take|attend|complete) (?:a |an |the |your )?written "
        r"(?:assessment|test|exam(?:ination)?)\b|"
        # an interview the candidate records alone, any time before a deadline
        r"(?:complete|record|finish|start) (?:your|the|my) (?:\w+ )?(?:video )?interview\b"
        r"(?! (?:with|at|on)\b)|record (?:your )?(?:answers|responses)|on-demand (?:video )?"
        r"interview|asynchronous (?:video )?interview|pre-recorded|retakes?\b|"
        r"at (?:a|any) time (?:that )?(?:suits|works for) you|"
        r"entrevista (?:gravada|grabada|em v[íi]deo gravad)|grava(?:r|ção)|grabar tus respuestas|"
        r"entretien vid[ée]o diff[ée]r[ée]|enregistre[rz] vos r[ée]ponses|aufgezeichnet|"
        r"colloquio registrato|registrare le (?:tue )?risposte|nagra[nć]\w* odpowied",
    ),
    # the interview the mail mentions comes only after a test: "candidates who clear the
    # assessment will be contacted to schedule the technical interview"
    _s(
        "interview only after a test",
        -4,
        r"(?:who|once you|if you|after you) (?:clear|pass|complete)\w* (?:the|this|your) "
        r"(?:written )?(?:assessment|test)|"
        r"after (?:clearing|passing) (?:the|this|your) (?:assessment|test)|"
        # "Shortlisted candidates will subsequently be invited to an interview at a later date"
        # (not the next step after a screening: "Candidates recommended after the phone
        # screening will be invited to a site interview")
        r"(?<!screening )(?<!stage )will (?:subsequently |later |then )?be invited to (?:a|an|the) "
        r"(?:[\w-]+ )?interview|"
        # "Candidates who attain the pass mark will be invited for an oral interview later"
        r"\b(?:attain|achieve|reach|meet|pass)\w* the (?:pass|cut-?off) (?:mark|score)\b|"
        # Amharic "ለቃለ መጠይቅ የሚጠሩት ... ብቻ" (only those who ... are called to the interview)
        r"ለቃለ መጠይቅ የሚጠሩት|"
        r"interview at a later (?:date|stage)|"
        # "Once our engineers have reviewed your results ... next steps, which may include a
        # live interview"
        r"\bonce (?:our|the) [\w ]{0,25}(?:have|has) reviewed your (?:results|test|submission|"
        r"assessment)|\b(?:may|might|could) (?:then )?include an? (?:live |technical |final )?"
        r"interview\b|"
        # "Les candidats retenus à l'issue du test écrit seront convoqués ultérieurement à un
        # entretien oral"
        # Portuguese: "serão posteriormente convocados para a fase de entrevista"
        r"\bser\u00e3o (?:posteriormente )?convocad[oa]s para a (?:fase de )?entrevista|"
        r"\bseront (?:convoqu\u00e9s|invit\u00e9s) (?:ult\u00e9rieurement |plus tard )?"
        r"(?:\u00e0|a) (?:un |une )?(?:entretien|entrevue)|"
        # "Strong results move straight to the hiring manager interview"; "It replaces the
        # first technical interview call"
        r"\b(?:results|scores?|candidates) (?:move|go|advance|progress)\w* (?:straight |directly )?"
        r"(?:on )?to (?:the |a )?(?:[\w-]+ ){0,2}interview|"
        r"\breplaces the (?:first )?(?:[\w-]+ )?interview|"
        # "인적성검사 합격자에 한해 1차 면접 일정을 별도 안내", "合格者のみ面接のご案内"
        r"합격자에 한해|통과자에 한해|合格者のみ|合格された方のみ|通过者|"
        # Serbian: "kandidate koji uđu u uži izbor pozvaćemo na tehnički intervju"
        r"\bu(?:đu|ђу)? u u(?:ži|жи) izbor\b|\bуђу у ужи избор\b",
    ),
    # the owner speaks at an event about interviews: "Lightning talk: What 40 data science
    # interviews taught me", "(speaker: Tamsin Achterberg)", "Your slot: 7:10-7:30 pm"
    _s(
        "speaking engagement",
        -8,
        r"\blightning (?:talks?|speakers?)\b|\b(?:confirmed as|you(?:'re| are)) (?:one of )?our "
        r"(?:\w+ )?speakers?\b|\bspeaker (?:slot|line-?up|notes|brief)\b|\(speaker:",
    ),
    # the owner's own work on a film or TV production: a call sheet, a tech scout, a table read,
    # actors' callbacks (not a job's "you'd prepare the call sheets")
    _s(
        "production work",
        -8,
        r"(?m:^[ \t]*call sheet)|\bcall sheet\s*[-–:#]|\bcrew call\s*[:\-–]?\s*\d|"
        r"\btech scout\b|\btable read\b|\bproducer session\b|"
        # a freelance client's review: "Per the SOW, here's our round 2 review ... Round 1
        # invoice is paid"
        r"\bper the SOW\b|\bstatement of work\b|\binvoice (?:is |has been )?paid\b|"
        r"\bcallbacks?\b[^.\n]{0,60}\b(?:actors?|sides|the role of)\b",
    ),
    # an agency enrols the owner before any client or job: "a quick registration interview with
    # every candidate", "No client involved at this stage" (a screen for one job is a screen)
    _s(
        "agency registration",
        -8,
        r"\bregistration (?:interview|call|meeting|chat)\b|\bno client (?:is )?involved\b",
    ),
    # a training course for the owner's own work: "Course: Motivational Interviewing for Housing
    # Practitioners (2 days) ... Trainer: Dr Alison Reekie"
    _s(
        "training course",
        -8,
        r"\bmotivational interviewing\b|(?m:^[ \t]*(?:course|trainer|training)[ \t]*:)|"
        r"\bcourse (?:booking|administration|fee)\b|"
        # the owner's paid side work as an exam's examiner: "Oral Examiner Briefing", "the
        # marking scheme", "a briefing fee", "the examiner claim form"
        r"\b(?:oral |written )?(?:examiner|marker|invigilator)s?(?:'s)? (?:briefing|training|"
        r"claim form|contract)\b|\bbriefing fee\b|\bmarking scheme\b|"
        # Vietnamese: "buổi học thử" (a trial class), "khóa học" (a course), "học viên" (students)
        r"\bh[ọo]c th[ửu]\b|\bkh[óo]a h[ọo]c\b|\bkho[áa] h[ọo]c\b|\bh[ọo]c vi[êe]n\b|"
        # a licence holder's recurrent check at their own job: "your B777 Engine Ground Run
        # recurrent check on the simulator", "proficiency check", "line check"
        r"\brecurrent (?:[\w/]+ ){0,2}(?:check|training|assessment)\b|\bproficiency check\b|"
        # a licensed professional's training hours: "(3 CPT hours)", "2 CPD points", "CPE credits"
        r"\b(?:cpt|cpd|cpe) (?:hours?|points?|credits?)\b|"
        # "Annual recurrent CRM training day (mandatory ...)", "Facilitators: Capt. Maria Ruiz"
        r"\b(?:annual|mandatory) (?:[\w/]+ ){0,2}training\b|\btraining day\b|"
        r"(?m:^[ \t]*facilitators?[ \t]*:)|"
        r"\b(?:simulator|sim) (?:session|check|bay)\b",
    ),
    _s(
        "event/fair",
        -8,
        # (not one the candidate was at: "great feedback from the hiring event")
        r"(?<!from the )(?<!at the )(?<!after the )hiring event|info(?:rmation)? session|"
        r"open house|hackathon|demo day|\bjudging\b|"
        # Spanish: "Feria de Empleo", "entrevistas en el acto" (on-the-spot interviews at a fair)
        r"\bferia (?:de )?(?:empleo|trabajo|empleos)\b|\bentrevistas en el acto\b|"
        # a firm's alumni evening: "Chicago Alumni Reception", "alumni networking mixer"
        r"\balumni (?:reception|networking|mixer|happy hour|event|evening|gathering)\b|"
        # a trade fair's meeting platform: "Reunión B2B", "plataforma de citas profesionales"
        r"\breuni\u00f3n b2b\b|\bb2b meetings?\b|\bcitas profesionales\b|"
        # French: "Séance d'information", "session d'information", "soirée d'information"
        r"\b(?:s\u00e9ance|session|soir\u00e9e|r\u00e9union) d['\u2019]information\b|"
        # "Emerald City Hack 2026 - Kickoff & Team Formation", "sponsor challenges", "the judges"
        r"\bhack (?:20\d\d|day|night|week(?:end)?)\b|\bteam formation\b|\bsponsor challenges?\b|"
        r"\bhacker guide\b|"
        # a programming contest: "The CodeRally Spring Sprint starts tomorrow ... Enter the contest"
        r"\b(?:coding|programming|online) contests?\b|\benter the contest\b|\bleaderboard\b|"
        # a game jam's kickoff ("Welcome jammers! Doors at 5:30. Theme reveal at 6:15")
        r"\bgame ?jams?\b|\bjammers\b|\btheme reveal\b|\bdoors (?:open )?at \d|"
        # a company's information session or job fair in Japanese, Korean, Chinese ("会社説明会
        # ... 本説明会は選考とは一切関係ございません"), "채용박람회"
        r"説明会|설명회|宣讲会|說明會|박람회|就職フェア|選考とは(?:一切)?関係|"
        r"\bconference (?:talk|schedule|ticket|pass)|careers? (?:expo|day)|\bexpo\b|"
        # (not a parking ticket: "bring your ticket to the interview for validation")
        r"general admission|"
        # (nor "bring your ticket to Room 3120 for validation")
        # (nor a hospital garage's "we will validate your ticket")
        r"(?<!validate )(?<!stamp )your ticket\b(?! (?:up )?(?:to|at) (?:the )?(?:interview|"
        r"reception|front desk))"
        r"(?![^.\n]{0,40}\bvalidat)|"
        r"\bexhibitors?\b|registration desk|\bwebinar\b|"
        # a campus drive announced to a whole batch: interviews "for shortlisted candidates only"
        r"placement drive|pre-?placement talk|walk-?in (?:drive|interviews?)|"
        # an open hiring day: "OPEN INTERVIEWS ... No appointment needed! Walk-ins welcome"
        r"\bopen interviews\b|no appointment (?:is )?(?:needed|necessary|required)|"
        r"walk-?ins? (?:are )?welcome|"
        # (not the next stage's details: "Full details will be sent to shortlisted candidates
        # only")
        r"(?<!sent to )(?<!given to )(?<!to the )shortlisted candidates only|"
        r"register on the placement portal|"
        # a conference session on the owner's agenda: "Speaker: X", "added from your schedule"
        r"\bsummit 20\d\d\b|\bkeynote\b|breakout session|(?m:^[ \t]*speakers?[ \t]*:)|"
        # a congress's programme: "XXXI Congreso Nacional de Ingeniería Civil", a panel talk
        # ("conversatorio 'Entrevista abierta: ...'")
        r"\bcongreso (?:nacional|internacional|latinoamericano|mundial|anual)\b|\bconversatorio\b|"
        r"\b(?:national|international|annual|world) congress\b|"
        r"added from your (?:personal )?(?:schedule|agenda)|"
        # a meetup or a fair is the event unless it is where the people met or the owner applied
        # ("great meeting you at the health-tech meetup", "applying through the career fair")
        r"(?m:^(?![^\n]*\b(?:met|meeting|spoke|chatted|talked|from the|through the|applying|"
        r"applied)\b[^\n]*\b(?:meetup|career fair|job fair))[^\n]*\b(?:meetup|career fair|"
        r"job fair)\b)|"
        r"webinaire|seminario web|inscripci[óo]n (?:al|confirmada)|anmeldung zum webinar|"
        # French and Arabic job fairs: "Forum Emploi Ingénieurs", "salon de l'emploi", "forum
        # de recrutement", "billet visiteur"; "معرض التوظيف", "ملتقى التشغيل"
        r"\bforum (?:de l['\u2019])?(?:emploi|recrutement|entreprises?|des m\u00e9tiers)\b|"
        r"\bsalon (?:de l['\u2019]emploi|du recrutement|des m\u00e9tiers)\b|\bbillet visiteur\b|"
        r"\bjob ?dating\b|\u0645\u0639\u0631\u0636 (?:\u0627\u0644)?\u062a\u0648\u0638\u064a\u0641|"
        r"\u0645\u0644\u062a\u0642\u0649 (?:\u0627\u0644)?\u062a\u0634\u063a\u064a\u0644|"
        # Nordic: "digitalt frukostseminarium", "webbinarium"
        r"frukostseminar\w*|\bseminarium\b|webbinar\w*",
    ),
    _s(
        "other interview types",
        -8,
        # a professional body's accreditation: "مقابلة مهنية – الاعتماد المهني", "professional
        # accreditation interview"
        r"الاعتماد المهني|\bprofessional accreditation\b|"
        # a regulator's review of the owner's licence: "selected for this year's CPD audit",
        # "your practising certificate renewal"
        r"\bCPD audit\b|\bpractis?cing certificate\b|\bpracticing certificate\b|"
        r"\baccreditation interview\b|"
        # a chartership's assessment: "Your CPEng assessment interview", "Chartered Professional
        # Engineer", "a professional review of your competence", "professional review interview"
        # (not the letters after an engineer's name: "James Okoro CEng MICE")
        r"\b(?:CPEng|CEng|IEng|PEng) (?:assessment|professional review|interview)\b|"
        r"\bchartership\b|\bchartered professional (?:engineer|review)\b|"
        r"\bprofessional review (?:of your competence|interview)\b|\bcompetence standard\b|"
        # a clearance after the offer: "a short security screening interview with a federal
        # screening officer ... not a job interview", "Entrevue de filtrage de sécurité"
        r"\bsecurity screening interview\b|\bnot a job interview\b|\breliability status\b|"
        # a meeting the mail says is no part of the selection: "a coffee with the team ... it
        # isn't part of the assessment, nobody will be scoring you"
        # (the meeting as a whole, not one row of a day: "Lunch (informal, not part of the
        # evaluation)")
        r"\b(?:it|this) (?:is(?:n['’]t| not)|won['’]t be) part of the (?:assessment|selection|"
        r"evaluation|interview process)\b|\bnobody will be (?:scoring|assessing|evaluating) you\b|"
        r"\bwon['’]t (?:feed|count) (?:in)?to the decision\b|"
        r"\bfiltrage de s[\u00e9e]curit[\u00e9e]\b|"
        # the owner on the radio: "We'd have you live in studio ... with our host"
        r"\blive in[- ]studio\b|\bwith our host\b|\binterview you about it on the show\b|"
        # "a live interview tomorrow ... put you to air", "a producer on Mornings"
        r"\bput you (?:to|on) (?:air|the air)\b|\bon[- ]air interview\b|"
        r"\bI'?m a producer (?:on|with)\b|"
        # a workplace dispute: "the mediation arranged by the Fair Work Ombudsman", "workplace
        # dispute lodged by"
        r"\bworkplace dispute\b|\bmediation (?:arranged|conference|session)\b|"
        # a Vietnamese newsletter's interview: "một bài phỏng vấn chị", "biên tập viên Bản tin"
        r"\bb\u00e0i ph\u1ecfng v\u1ea5n\b|\bbi\u00ean t\u1eadp vi\u00ean\b|"
        # Hebrew university admissions: "ראיון קבלה" (an admission interview), "ועדת הקבלה"
        # (the admissions committee); Russian "вступительное собеседование"
        r"ראיון קבלה|ועדת (?:ה)?קבלה|\bвступительн\w* (?:собеседовани|интервью|испытани)\w*|"
        # (not an office park: "Embassy Golf Links, Bengaluru")
        r"visa interview|\b(?:the|an?|your|at|us|u\.s\.|british|irish|german|french|indian|"
        r"canadian|australian|american|chinese|japanese) embassy\b|\bembassy (?:of|appointment|"
        r"interview)\b|consulate|consular|admissions? interview|co-?op board|"
        # Turkish and German: "vize mülakatı", "İstanbul Başkonsolosluğu", "Generalkonsulat",
        # "Ihr Termin zur Beantragung eines nationalen Visums"
        r"\bvize (?:m\u00fclakat|randevu|ba\u015fvuru)\w*|\b(?:ba\u015f)?konsoloslu\w*|"
        r"\b(?:general)?konsulat\b|\bvisums?\b|"
        # French: "Visa long séjour – Passeport Talent", "Centre de demande de visa"
        r"\bvisa long s[ée]jour\b|\bdemande de visa\b|\bpasseport talent\b|"
        # a professional order's roll: "entretien d'inscription au Tableau de l'Ordre"
        r"\bentretien d['’]inscription\b|\binscription au tableau\b|"
        # Polish university admissions: "rozmowa kwalifikacyjna na studia podyplomowe"
        r"\bna studia\b|\bstudi\w* podyplomow\w*|"
        # a professional order's admission: "le comité d'admission vous convoque à une
        # entrevue d'admission", "entrevista de admisión"
        r"\b(?:entrevue|entretien|entrevista)s? d['’e] ?admissi[oó]n|comit[ée] d['’]admission|"
        # a parent's meeting with a child's teacher: "colloquio ... Gentile genitore, Alunno:",
        # "parent-teacher conference", "Elternsprechtag", "reunión de padres"
        r"\bgentile genitore\b|\balunno\b|parent[- ]teacher|elternsprech\w*|elterngespr\w*|"
        r"reuni[óo]n de padres|reuni[ãa]o de pais|rencontre parents|"
        # a teacher's meeting about a student: "IEP Annual Review / Reevaluation ... (FERPA)"
        r"(?-i:\bIEP\b) (?i:annual|review|meeting|team|reevaluation)|\bFERPA\b|"
        r"exit interview|stay interview|"
        # a lawyer's own work and licensing: a witness in a matter, the bar's fitness interview
        r"witness interview|interview(?:s)? (?:of|with) (?:the |a )?witness|interview outline|"
        # a litigator's deposition calendar: "Raymond Delacroix (fact witness) - KA to depose"
        # (not a fab's "Thin Film Deposition", "etch/deposition", "atomic layer deposition")
        r"(?<!film )(?<!layer )(?<!vapor )(?<!vapour )(?<!etch/)(?<!chemical )\bdepositions?\b"
        r"(?!\s+(?:process|tool|engineer|equipment|chamber|rate|step))|"
        r"\bfact witness\b|\bdeponents?\b|\bto depose\b|"
        r"internal investigation|character (?:and|&) fitness|admission to the bar|"
        # the owner's current employer looking into an incident: "the investigation into the
        # cash-office variance ... a standard fact-finding interview", "LP Interview - Case"
        r"\bfact-finding interview\b|\binvestigation into the\b|"
        r"bar admission|"
        # the owner's own professional licence: "Professional Review Interview", "chartership"
        r"professional review interview|registration as (?:a )?professional|"
        # a licensing body's exam: "Examination Booking Confirmed - Part-66 Module 15", "the
        # examination fee receipt" (its "oral examination / interview" is the exam's)
        r"\bexamination (?:booking|fee|room|cent(?:re|er))\b|"
        r"application for (?:professional )?registration|\bchartership\b|"
        # a language test: "Second Language Evaluation - Test of Oral Proficiency"
        r"second language evaluation|test of oral proficiency|\u00e9valuation de langue seconde|"
        r"test d['\u2019]expression orale|\blanguage (?:test|evaluation|proficiency test)\b|"
        # a language school's placement interview: "entrevue de classement", "Einstufungsgespräch"
        r"entrevue de classement|entretien de (?:classement|positionnement)|"
        # "tu examen de ubicación ... entrevista oral (speaking)", "placement test", "nivel MCER"
        r"\bexamen de ubicaci[óo]n\b|\bprueba de nivel\b|\bplacement (?:test|exam)\b|"
        # (not a host employer's "SkillBridge placement interview", an internship's)
        r"(?<!skillbridge )(?<!fellowship )(?<!internship )(?<!work )placement (?:interview|test)|"
        r"entrevista de (?:nivel|nivelamento|colocaci\u00f3n)|einstufungs\w*|"
        # vetting after an accepted offer: the investigator's "subject interview"
        # (not the gate's check on arrival: "arrive by 9:00 am for security clearance at the gate")
        r"background investigation|security clearance(?! at the (?:gate|entrance|reception))|"
        r"subject interview|clearance process|"
        # a work pass's registration: "Employment Pass - registration of fingerprints and
        # photograph ... our officers may conduct a short interview"
        r"\bemployment pass (?:services centre|card registration|- registration)\b|"
        r"\bfingerprints and photograph\b|\bbiometrics? (?:appointment|enrol\w*)\b|"
        # a student society's elected post: "HUFIS committee - VP Careers interview", "applying
        # for VP Careers on the HUFIS committee" (not the hiring or search committee)
        r"(?<!selection )(?<!search )(?<!hiring )(?<!appointments )(?<!the )(?<!your )"
        r"\bcommittee interview\b|\b(?:society|club|students['\u2019]? union) committee\b|"
        r"\bapplying for [^.\n]{0,40}\bon the (?!(?:hiring|search|selection|interview|"
        r"recruitment) )[\w&'\u2019 -]{1,30} committee\b|\bcommittee - [^\n]{0,40}\binterview\b",
    ),
    # the owner gives a reference for someone else: a recruiter's call, but not their interview
    _s(
        "reference check",
        -8,
        # (not the step run beside the interview: "We'll start reference checks in parallel")
        # (nor the step after the interview: "This is the last step before reference checks")
        r"(?<!before )(?<!then )(?<!followed by )reference (?:check|call)(?!s? in parallel)|"
        r"(?:give|provide|be) (?:a |as a )?reference\b|"
        # Chinese background checks: "背调", "背景调查"
        r"背调|背景调查|背景核实|"
        # a screening firm's post-offer call: "Background Verification – Telephonic Verification
        # Scheduled", "BGV", "pre-employment background verification"
        r"\bbackground verification\b|(?-i:\bBGV\b)|\btelephonic verification\b|"
        r"\bpre-employment (?:background )?(?:check|verification|screening)\b|"
        r"listed you as (?:a |their |his |her )?reference|as (?:a|their|his|her) reference|"
        # (not how a headhunter heard of the owner: "Your name came up over lunch with a former
        # colleague of yours")
        # (nor how the owner heard of the job: "The Manica Post advert and a former colleague")
        r"(?<!with a )(?<!from a )(?<!through a )(?<!via a )(?<!by a )(?<!and a )"
        r"(?:former|previous|ex-?)\s?(?:colleague|manager|report|coworker|co-worker)",
    ),
    # networking: the owner asks someone about their work, outside any hiring process
    _s(
        "networking",
        -8,
        # Japanese: "本面談は選考ではございません" (this chat is not a selection step)
        r"\u9078\u8003\u3067\u306f(?:\u3042\u308a\u307e\u305b\u3093|\u3054\u3056\u3044\u307e\u305b\u3093|\u306a\u304f)|"
        # Korean: "동문 멘토링" (alumni mentoring), "저희 회사 채용과는 별개인 멘토링 자리" (apart
        # from our hiring), "채용 절차와는 관련이 없습니다" (unrelated to the hiring process)
        r"멘토링|채용(?:과는|과|절차와는|절차와) (?:별개|관련이 없|무관)|"
        r"informational (?:interview|chat|call|coffee)|info(?:rmational)? interview|"
        r"networking (?:call|chat|coffee|meeting|conversation|event|drinks|evening|reception|"
        r"mixer|breakfast|lunch)|pick your brain|"
        # "no interviews, just a chance to hear about roles" (not an itinerary row's note: "Lunch
        # with a few of the team (no interview, just food)")
        r"(?<!\()\bno interviews?\b[^.\n]{0,15}\bjust\b|"
        # an agency's "No specific role to pitch you right now ... I'd just like to catch up",
        # an invite's "General catch-up, market chat"
        r"\bno (?:specific |particular )?(?:role|job|position|opening)s? to (?:pitch|discuss|"
        r"offer|share)\b|\bgeneral catch-?up\b|\bmarket chat\b|"
        # a headhunter's coffee: "I'm not pitching a specific role - there's nothing on the
        # table", "I just like to get to know good people in the market"
        r"\bnot pitching (?:a |any )?(?:specific |particular )?(?:role|job|position|opening)\b|"
        r"\bnothing on the table\b|\bget to know (?:good )?people in the market\b|"
        r"alumni coffee chat|"
        r"(?:not|n't) (?:\w+ ){0,2}(?:part of )?(?:a|an|the|any)(?: \w+['\u2019]s)? (?:formal )?"
        r"(?:hiring|recruiting|recruitment|selection|interview) process|"
        # a careers fair's slot: "They are not interviews", "Not an interview."
        r"\b(?:they|these) are not interviews\b|(?:^|[.!?:]\s+)not an interview\.|"
        r"(?:no|not an?) (?:open )?(?:role|position|opening)s? (?:open )?"
        r"(?:right now|at the moment)|"
        # said outright: "my team isn't hiring", "this isn't an interview", "not affiliated"
        r"(?:is|are)n['\u2019]?t (?:currently |actively )?hiring|not (?:currently |actively )?"
        r"hiring (?:right now|at the moment)|not involved in (?:recruiting|hiring)|"
        r"(?:this|it)(?: is ?n['\u2019]?t| is not|['\u2019]s not) (?:an|a job|another) interview\b"
        r"(?! in the| per se)|"
        r", not an interview\.|nothing (?:\w+ ){0,2}is part of (?:a|any|the) hiring process|"
        # Somali "Ma aha wareysi" / "maaha wareysi" (it is not an interview)
        r"\bma ?aha wareysi\w*|"
        # "def not an interview lol, just coffee", "definitely not an interview"
        r"\b(?:def|defo|definitely|totally|so|really|honestly) not an? (?:job )?interview\b|"
        # ("Not an interview hey, just pick his brain over a Castle")
        r"not an? (?:job )?interview[^.\n]{0,20}\bjust (?!yet\b)|"
        # an independent recruiter's coffee about roles "that could be a fit down the road" (not
        # "It's not a formal interview, just a chat with the hiring manager", a step)
        r"\bno formal interview or anything\b|\bcould be a fit down the road\b|"
        r"not affiliated with any employer|"
        # a shift or a gig booked without one: "No interview needed", "no interview required"
        r"\bno (?:interview|screening) (?:is )?(?:needed|required|necessary)\b|"
        # a search firm's research call: "not tied to a live search", "mapping the market"
        r"(?:is ?n['\u2019]?t|not) tied to (?:a|an|any) (?:live |active |specific )?"
        r"(?:search|role|opening|process)|market mapping|mapping the market|market[- ]insight|"
        r"(?:not|n't) (?:\w+ ){0,2}about (?:a|any|the|one) (?:specific |particular )?"
        r"(?:role|job|position)|"
        # "it can feel a bit like an interview": a simile, said of something else
        r"(?:feel|feels|felt|be) (?:a (?:bit|little) |kind of |sort of |more )?like an? "
        r"(?:job )?interview",
    ),
    # the owner raising money for their own company: partners "interview" founders
    _s(
        "fundraising",
        -8,
        r"(?:discuss|for|about|on) (?:your|the|our|\w+['\u2019]s) (?:pre-?seed|seed|series [a-d])"
        r" round|\bpartner meeting|pitch (?:deck|meeting|to (?:the|our) partners)|term sheet|"
        r"investment committee|(?:lead|leading) (?:the|your) round|"
        # a charity raising money: a funder's "Stage 2 panel interview" of "your application for
        # \u00a3148,500 over three years", and a donor who will "interview us" at a "Donor
        # meeting - Jean & Robert Haldane (legacy pledge)"
        r"\byour (?:grant |funding )?application for [\u00a3$\u20ac]\s?\d|"
        r"\bdonor (?:meeting|visit)s?\b|\blegacy pledge\b",
    ),
    # a vendor selling to the owner: "discovery" questions before a product demo
    _s(
        "sales demo",
        -8,
        r"discovery (?:call|interview|session)|(?:product|platform|live) demo\b|"
        # an instrument maker's demo at the owner's lab: "Onsite Demo - HoloStage Live-Cell
        # Imager", "Host: Greg Paterson, Field Application Scientist, Lumora Instruments"
        r"\b(?:onsite|on-site|in-lab|instrument|equipment) demo(?:nstration)?\b|"
        r"\bfield applications? (?:scientist|specialist|engineer)\b|"
        # a drug rep's own work at a clinic: "Confirming your lunch & learn for Wednesday 3/4"
        r"\blunch (?:&|and|n|'n'|-and-) ?learn\b|\blunch-and-learn\b|"
        r"\bin-service for (?:the|our)\b|"
        r"tailor the demo|free trial|pricing (?:call|plan)|(?:look at|see|discuss|walk through) "
        r"(?:our |the )?pricing|pricing (?:plans?|tiers?)|"
        # (not a job's subject: "CMP (cut-make-pack) pricing for our European buyers")
        r"pricing (?:for|of) (?!our\b)|"
        # (a pricing tier, not a candidate's "30-60-90 day business plan")
        r"(?<!day )\b(?:pro|premium|enterprise|business|starter) (?:and [\w+]+ )?"
        r"(?:plans?|tiers?)\b|"
        r"show you how (?:\w+ ){0,3}(?:helps|works|can help)|"
        # "i'll show how Screenwise auto-schedules candidate interviews", "Book time w me"
        r"\bshow (?:you )?how \w+ (?:auto-?\w+|automates|helps|handles)\b|"
        # a rep's signature ("Tyler Brandt | AE, Slotwise", a line "Account Executive, X"); not
        # the job the owner is interviewing for ("Position: Account Executive, Mid-Market")
        r"(?:(?<![^\n])[ \t>]*|\w ?[|,] ?)(?:AE|account executive|sales development|SDR|BDR)\b"
        r"[^\n]{0,3}[|,]|"
        # a paid service sold to the job seeker: "$29/month", "how the subscription works"
        r"\b(?:subscription|membership) (?:works|fee|plan|costs?|price)|"
        r"\$\d+(?:\.\d\d)?\s*/\s*(?:month|mo|year|yr)\b|first month free|"
        r"which plan (?:fits|suits|is right)|walk you through the membership|"
        # a vendor's customer advisory board the owner sits on for her employer: "Helmsley
        # Customer Advisory Board - Spring Session"
        r"\bcustomer advisory board\b|\bCAB (?:session|meeting|members?)\b|"
        # the owner's own customer work: "Minatoku Freight x Cobaltline - POC week 2
        # checkpoint", "POC success criteria status", "the production pilot"
        r"\bPOC (?:week \d|checkpoint|kick-?off|status|success criteria|review)\b|"
        r"\bproduction pilot\b|"
        # a trade meeting in Turkish: a customs broker's "T1 transit beyannamesi", "sevkiyat",
        # "gümrük müşaviri" (customs declarations, shipments, customs broker)
        r"\bbeyanname\w*|\bsevkiyat\w*|\bg\u00fcmr\u00fck m\u00fc\u015faviri?\w*",
    ),
    # meetings that borrow the word "interview" but concern family, school or money
    _s(
        "non-job meeting",
        -8,
        # a Ramadan iftar or suhoor; an audit's entrance meeting; a donor's verification visit
        r"\biftar\b|\bsuhoor\b|إفطار|\bentrance meeting\b|"
        # a friends' barbecue: "Labour Weekend BBQ at Hemi & Ange's ... Bring a plate ... how
        # many interviews is it now??"
        r"\bbbq\b|\bbarbecue\b|\bbraai\b|\bbring a plate\b|\bpotluck\b|"
        # a church's service: "Annual Harvest and Thanksgiving Service", "Guest preacher",
        # "redeem your pledge card"
        r"\b(?:thanksgiving|church|sunday|harvest|combined) service\b|\bguest preacher\b|"
        r"\bpledge card\b|"
        # a school's parents' meeting: "PTA General Meeting"
        r"(?-i:\bPTA\b)|\bparent[- ]teacher (?:association|meeting|conference)\b|"
        # a residents' association: "All residents welcome ... members will interview the two
        # candidates for Treasurer (5 minutes each), then vote ... 8:00 Adjourn"
        r"\ball residents welcome\b|(?m:^[ \t]*\d{1,2}[:.]\d\d[ \t]+adjourn\b)|"
        # a patient's family meeting on the owner's ward: "Family Care Conference",
        # "Goals-of-care meeting" (a "pre-meeting interview with the family")
        r"\bgoals[- ]of[- ]care\b|\bfamily (?:care )?conference\b|"
        # a workers' compensation case about the owner's injury: "Return to Work planning
        # meeting", "suitable modified duties", "The Workers Compensation Act"
        r"\breturn[- ]to[- ]work (?:planning |plan )?meeting\b|\bmodified duties\b|"
        r"\bworkers'? compensation\b|"
        # the owner's union: "HNA unit meeting ... bargaining update", "Steward elections"
        r"\bbargaining (?:update|session|team|committee)\b|\bsteward elections?\b|"
        r"\bunion hall\b|"
        # a customer's business review: "Harlow Outdoor <> Copperline | Q1 QBR" (not a case an
        # interview sets: "present a short case: a QBR for a fictional customer")
        r"\bQ[1-4] (?:QBR|business review)\b|\bseat utilization\b|"
        # a tender's panel interviewing its suppliers: "Entrevista a proveedores finalistas –
        # Licitación LE-2026-017", "vendor finalists"
        r"\blicitaci[óo]n\b|\bproveedor(?:es)? finalistas?\b|\bvendor finalists?\b|"
        # (the audit itself, not a topic an interview covers: "IFRS 16 ... and the local
        # statutory audit")
        r"\b(?:for|of) the (?:FY ?\d{2,4} )?statutory audit\b|\bstatutory audit of\b|"
        r"\bverification (?:team|visit)\b|\bno-cost extension\b|"
        # a residents' assembly: "Assembleia Geral Extraordinária - Condomínio", "condôminos",
        # "junta de propietarios"
        r"\bassembleia geral\b|\bcond\u00f4minos\b|\bcondom\u00ednio\b|\bs\u00edndico\b|"
        # an association's own: "24. ordentliche Generalversammlung", "Traktanden", "assemblée
        # générale"
        r"\b(?:general|mitglieder|haupt)versammlung\b|\btraktanden\b|"
        # Colombian and Italian residents' assemblies: "Asamblea General Ordinaria de
        # Copropietarios", "Verificación del quórum"; "assemblea ordinaria del Condominio",
        # "ORDINE DEL GIORNO"
        r"\bcopropietarios\b|\bpropiedad horizontal\b|\bverificaci\u00f3n del qu\u00f3rum\b|"
        r"\bassemblea (?:condominiale|ordinaria|straordinaria)\b|\bcondomin(?:io|i)\b|"
        r"\bordine del giorno\b|"
        # Bulgarian: "общо събрание на етажната собственост", "дневен ред"
        r"\bетажн\w* собственост\b|\bобщо събрание\b|\bдневен ред\b|"
        # Vietnamese: a company's year-end party ("Tiệc Tất niên", "toàn thể CBNV") and a
        # residents' meeting ("Hội nghị nhà chung cư", "Ban Quản trị")
        r"\bti\u1ec7c t\u1ea5t ni\u00ean\b|\bto\u00e0n th\u1ec3 (?:CBNV|anh ch\u1ecb em)\b|"
        r"\bnh\u00e0 chung c\u01b0\b|\bban qu\u1ea3n tr\u1ecb\b|"
        # Nepali family festivals: "Dashain ko jamghat" (the Dashain gathering), "Tihar", "Bhai
        # Tika"; a Georgian feast ("სუფრა", "supra"); a residents' association ("ამხანაგობა",
        # "stanari", "skupština stanara", "zbor etažnih lastnikov")
        r"\bdashain\b|\bjamghat\b|\btihar\b|\bbhai tika\b|दशैं|სუფრ\w*|ამხანაგობ\w*|"
        # Armenian: a condominium ("ՀԱՄԱՏԻՐՈՒԹՅՈՒՆ"), its general meeting ("ընդհանուր ժողով"),
        # its agenda ("Օրակարգ"); a khorovats picnic
        r"համատիրությ\w*|ընդհանուր ժողով\w*|օրակարգ\w*|խորոված\w*|"
        r"\bskupštin\w* stanara\b|\bsastan\w* stanara\b|\bstanar\w* zgrade\b|"
        r"\betažn\w* lastnik\w*|"
        r"\bassembl\u00e9e g\u00e9n\u00e9rale\b|"
        r"\bjunta de (?:propietarios|vecinos)\b|\bcomunidad de propietarios\b|"
        # the owner's own board: "Board Meeting ... Agenda: 1. Minutes ... 6. AOB"
        # (Scotland's "AOCB", and the board's own title: "Board of Trustees Meeting")
        r"\bAOC?B\b|\bagenda:\s*1\.|\bboard of (?:trustees|directors) meeting\b|"
        r"\bminutes of the (?:last |previous |\d+(?:st|nd|rd|th) )?meeting\b|"
        # a condominium's council: "Management Council - Havelock Gardens Condominium", "Sinking
        # fund statement"
        r"\bcondominium\b|\bmanagement council\b|\bsinking fund\b|"
        # a union grievance at the owner's plant: "Step 2 Grievance Meeting - #26-031", "The
        # union has advanced grievance #26-031"
        r"\bgrievance (?:meeting|hearing|#|no\b)|\bstep \d grievance\b|\badvanced grievance\b|"
        # the owner's employer negotiating with a payer or supplier: "2027 Commercial Rate
        # Negotiation (Round 2)", "AHP counter-proposal on E/M codes", "target signature date"
        # (not the job's own work: "your experience with ... carrier rate negotiation")
        r"\b(?:commercial|\d{4}) (?:rate|contract) negotiation\b|"
        r"\b(?:rate|contract) negotiation (?:meeting|session|call|\(?round)\b|"
        r"\bcounter-?proposal on\b|"
        r"\btarget signature date\b|"
        # a committee choosing suppliers: "interview the three shortlisted caterers and the
        # canopy/chairs vendors", "(caterer & canopy interviews)", "the bid comparison"
        r"\binterview (?:the )?(?:\w+ )?(?:shortlisted )?(?:caterers|vendors|suppliers|contractors|"
        r"bidders)\b|\b(?:caterer|vendor|supplier|contractor)s? (?:&|and) [\w/]+ interviews\b|"
        r"\bbid comparison\b|\bdear committee members\b|"
        # a strata council choosing a manager: "Strata council meeting – interviews with property
        # management firms", "Call to order, adopt minutes"
        r"\bstrata (?:council|plan|corporation)\b|\bproperty management (?:firms|companies)\b|"
        r"\bcall to order\b|\badopt(?:ion of)? (?:the )?minutes\b|"
        r"\bapproval of (?:the )?(?:\w+ )?minutes\b|"
        # a mentor booked on a platform: "Senior Product Designer · mentor su Mentora",
        # "Preparazione ai colloqui", "mentoring session"
        r"\bmentor su\b|\bpreparazione ai colloqui\b|\bmentoring session\b|"
        # the owner's current job: "auditoría de proceso (VDA 6.3)", "supplier audit"
        r"auditor[ií]a (?:de|al|a la|del) (?:proveedor\w*|proceso|calidad|planta|sistema)|"
        # (a "supplier audit" or "supplier visit" is the purchasing meeting's, below)
        r"\bprocess audit\b|"
        # a friend's party: "Inés turns 30", "birthday drinks", "housewarming"
        r"\bturns \d{2}\b|\bbirthday\b|\bb-?day\b|housewarming|baby shower|bachelor(?:ette)?\b|"
        r"parent-?teacher|your (?:child|son|daughter)|mortgage|"
        # (not the employer's regulatory footer: "Kingsgate Mutual Building Society is
        # authorised by the Prudential Regulation Authority")
        r"building society(?! is (?:authori[sz]ed|regulated|a member))|"
        # (not a firm's department: "Senior Associate, Financial Advisory Services")
        r"loan (?:application|advis[eo]rs?\b)|financial advis[eo]rs?\b|"
        # (not "student volunteers will serve as your class" at a teaching demo, nor a name:
        # "Volunteer State Express", a Tennessee carrier)
        # (written as what may follow, not as what may not: see detector/foldsearch.py)
        # (nor a hospital lobby's "check in with the Tower B lobby volunteer desk", nor a
        # charity job's work: "relationships with community fundraisers and volunteers")
        # (nor the candidate's own: "ask about your tax coursework and your VITA volunteering")
        r"(?<!student )(?<!lobby )(?<!and )(?<!with )(?<!your )(?<!VITA )"
        r"\bvolunteer(?:s|ing)?\b(?:(?!\s)|(?=\s+(?-i:[a-z0-9])))|"
        r"\bmentors? (?:role|program|position)|"
        r"youth (?:league|club|"
        r"program)|\b(?:robotics|chess|book|running) club\b|scout troop|booster club|"
        r"financieel advies|hypotheek|conseiller financier|pr[êe]t immobilier|"
        # the owner's own lab's compliance: "IRB Panel C full board meeting", "continuing
        # review" of a protocol, "the Institutional Biosafety Committee's annual inspection"
        r"\bIRB\b|\binstitutional (?:review|biosafety) (?:board|committee)\b|"
        r"\bfull board meeting\b|"
        r"\bcontinuing review\b|\bbiosafety\b|\bannual inspection\b|"
        # a purchasing meeting ("supplier review", "supplier audit"), not a "Supplier Quality
        # Engineer" role, nor a candidate's own work ("a recent 8D or supplier audit example")
        r"supplier (?:review|meeting|visit|audit|day)(?! (?:example|experience|skills?))|"
        r"candidate suppliers|"
        r"(?:procurement|tender) (?:meeting|review|evaluation|interview)|"
        # a buyer sounding out suppliers: "We are interviewing a handful of new vendors",
        # "a first supplier introduction" at a trade-fair stand
        r"\binterviewing (?:\w+ ){0,4}(?:vendors|suppliers|factories|manufacturers)\b|"
        r"\bsupplier introduction\b|"
        # a social-compliance audit of the owner's factory: "amfori BSCI audit", "worker
        # interviews", "management interviews ... selected by the auditor"
        # (not someone else's: "to fly to Bangkok for a buyer's compliance audit")
        r"(?<!'s )(?<!\u2019s )\b(?:amfori|bsci|smeta|sedex|wrap|social|compliance) audit\b|"
        r"\bworker interviews\b",
    ),
    # travel bookings carry times, confirmations and sometimes an ad saying "interview"
    _s(
        "travel booking",
        -8,
        # ("if your flight plans change" is the candidate's trip, not a ticket)
        r"\bflight (?!plans?\b)(?:\w+ )?"
        r"(?:confirmation|number|schedule|change|[A-Z]{2} ?\d{2,4})\b|"
        # (a campus visit's "Monday, April 13 - arrival" is not a ticket: no bare "arrival")
        # (not an expense claim's "kindly retain the boarding passes")
        r"(?<!retain the )(?<!retain your )(?<!keep the )(?<!keep your )(?<!submit the )"
        r"(?<!submit your )(?<!tickets and )(?<!receipts and )boarding (?:pass|time|group)|"
        # (not an interview day's own plane: "meet at the float dock at 7:45 for an 8:00
        # departure")
        r"\bdepart(?:s|ing)\b|(?<!\d )\bdeparture\b|"
        r"arrival (?:time|gate|terminal)|"
        r"\bbaggage\b|"
        r"\bairline\b(?! (?:dr|drive|rd|road|st|street|blvd|ave|avenue)\b)|"
        r"(?:flight|hotel|rail|train|travel) booking ref(?:erence)?\b|travel arrangements|"
        r"\bflights? \((?:economy|premium|business|first)|"
        r"confirmation code|record locator|\bseat \d+[A-K]\b|"
        # (not a site's "arrive at the gatehouse by the check-in time")
        r"hotel reservation|check-?in (?:opens|closes)|(?:hotel|room) check-?in time|rental car",
    ),
    # the owner already works there: welcome, first day, onboarding
    _s(
        "onboarding",
        -8,
        # Japanese: "内定者懇親会" (a party for those who accepted offers), "ご入社予定"
        r"\u5185\u5b9a\u8005|\u5165\u793e\u4e88\u5b9a|"
        r"welcome (?:to the team|aboard)|your first day|first day (?:is|will be|at)|"
        # "Pre-boarding call: Hannah (new joiner ...)", "Benefits enrolment call - new joiners"
        r"\bpre-?boarding\b|\bnew joiners?\b|\bbenefits? enrol(?:l)?ment\b|"
        # (not a candidate's questions about "orientation length")
        # (nor a competency: "Client Orientation", "Results Orientation")
        # (nor a step after this one: "a quick phone screen before we send you to orientation")
        r"(?<!client )(?<!results )(?<!customer )(?<!service )(?<!send you to )(?<!get you to )"
        # (nor questions to ask: "how many orientation shifts travelers get")
        r"(?<!many )\borientation\b"
        r"(?! length| questions| shifts)|"
        r"new[- ]hire (?:training|class)|newly hired|"
        r"(?:bls|cpr|acls|safety) (?:training|class|course|certification)|"
        r"your onboarding|onboarding (?:day|session|schedule|checklist|buddy)|"
        r"badge pickup|laptop (?:setup|pickup)|new hire (?:paperwork|orientation)|"
        r"(?:i-9|w-4) form|"
        # after the offer: checks and contracts; and staff training on how to interview
        r"pre-?employment checks?|right[- ]to[- ]work (?:check|documents)|"
        # "your fingerprinting appointment is scheduled", a drug screen's collection site
        # (not an Arizona teacher's "IVP fingerprint clearance card" to bring to an interview)
        r"\bfingerprint(?:ing)? (?:appointment|clearance(?! card))|"
        r"\bdrug (?:test|screen)\w* appointment|"
        r"(?:site|staff|new starter) induction|accepting (?:our|the) offer|"
        r"interview(?:ing)? (?:panel )?skills|this course is mandatory|mandatory (?:training|"
        r"course)|pre-?learning|learning (?:&|and) development|"
        # the rota of the job the owner already has: "Your shifts for w/c 13 Apr are ready"
        r"\byour shifts? (?:for|this|next|on|have)\b|shifts? (?:have been |are )?published|"
        r"\bshift (?:confirmed|reminder)\b|\bconfirmed shifts?\b|\bdrop (?:this )?shift\b|"
        r"accept(?:ed|ing)? (?:your |the |these )?shifts|\bon tills\b|"
        r"\b(?:your|the|next week'?s|this week'?s) rota\b|"
        r"(?:we'?re|we are) interviewing (?:candidates|applicants|people)\b",
    ),
]
LOOKALIKE = frozenset(
    {
        "media interview",
        "coaching/mock",
        "user research",
        "reference check",
        "sales demo",
        "fundraising",
        "non-job meeting",
        "travel booking",
        "onboarding",
        "other interview types",
        "appointment",
        "housing viewing",
        "speaker/event call",
        "networking",
        "user is the interviewer",
    }
)
"""Negatives that name what a meeting is instead of a job interview: an invite for the same
slot is that meeting too."""

# Words that place an "interview" in a hiring process where the owner is the candidate: an
# employer's opening, the application, recruiting, or a job title. "Interview" alone is shared
# by schools, banks, podcasts and surveys, so it needs one of these beside it.
_HIRING = re.compile(
    r"\b(?:jobs?|roles?|positions?|openings?|vacanc(?:y|ies)|candida\w*|recruit\w*|hiring|"
    # Indonesian: "lamaran" (application), "posisi", "lowongan" (opening), "rekrutmen"
    r"lamaran|melamar|posisi|lowongan|rekrutmen|kandidat|"
    # Mongolian: "мэргэжилтэн" (specialist), "инженер", "ажлын байр" (the post), "хүний нөөц"
    # (HR)
    r"мэргэжилтэн\w*|инженер\w*|ажлын байр\w*|хүний нөөц\w*|"
    # Sinhala: the post, the application
    r"තනතුර\w*|අයදුම්පත\w*|"
    # Azerbaijani: an application, a candidate, an engineer ("mühəndis"), a specialist
    r"m\u00fcraci\u0259t\w*|namiz\u0259d\w*|m\u00fch\u0259ndis\w*|m\u00fct\u0259x\u0259ssis\w*|"
    # Uzbek: the vacancy, the résumé, a candidate, a post, an analyst, a stage
    r"vakansiya\w*|rezyume\w*|nomzod\w*|lavozim\w*|tahlilchi\w*|analitik\w*|bosqich\w*|"
    # Persian: the position ("موقعیت"), hiring ("استخدام", "جذب"), the résumé, HR ("منابع
    # انسانی"), a developer, a programmer, an engineer, a technical ("فنی") interview
    r"موقعیت|استخدام|جذب|رزومه|منابع انسانی|توسعه[\u200c ]?دهنده|برنامه[\u200c ]?نویس|مهندس|"
    r"مصاحبه[\u200c ]?ی? فنی|"
    # Khmer: the position ("មុខតំណែង"), the application ("ពាក្យស្នើសុំ"), HR ("ធនធានមនុស្ស"),
    # recruiting ("ជ្រើសរើស"), a candidate ("បេក្ខជន")
    r"មុខតំណែង|ពាក្យស្នើសុំ|ធនធានមនុស្ស|ជ្រើសរើស|បេក្ខជន|"
    # Burmese: the post ("ရာထူး"), the application ("လျှောက်လွှာ", "လျှောက်ထား"); Amharic: the
    # post ("የስራ መደብ", "ቦታ"), the application ("ማመልከቻ"), a candidate ("አመልካች")
    r"ရာထူး|လျှောက်လွှာ|လျှောက်ထား|የስራ መደብ|የሥራ መደብ|ማመልከቻ|አመልካች|"
    # Lao: the position ("ຕໍາແໜ່ງ"), applying ("ສະໝັກ"), HR ("ບຸກຄະລາກອນ", "ຊັບພະຍາກອນມະນຸດ")
    r"ຕ(?:ໍາ|ຳ)ແໜ່ງ|ສະໝັກ|ບຸກຄະລາກອນ|ຊັບພະຍາກອນມະນຸດ|"
    # Dari "منابع بشری" (HR), "بست" (the post: "بست آفیسر"); Pashto "بشري سرچینو" (HR),
    # "غوښتنلیک" (the application)
    r"منابع بشری|بست آفیسر|بشري سرچین|غوښتنلیک|"
    r"hire|talent|applica(?:tion|nt)s?|applied|apply|resume|r\u00e9sum\u00e9|cv|employ\w*|"
    r"careers?|salary|compensation|engineer\w*|developer|designer|manager|analyst|lead|"
    r"talent\w*|analista|gestor[a]?|desenvolvedor[a]?|desarrollador[a]?|d[ée]veloppeu(?:r|se)|"
    r"scientist|director|specialist|consultant|architect|intern(?:ship)?|coordinator|"
    # ("Mixed-methods interview - UX Researcher (Brightwater Learning)")
    r"(?:ux|user|design|senior|staff|lead|principal|research) researcher|officer|administrator|"
    r"auditor|planner|strategist|advis[eo]r|"
    r"\w*ologist|sre|devops|product owner|stelle|bewerb\w*|puesto|empleo|vaga|poste|emploi|"
    r"vacature|sollicit\w*|lavoro|posizione|ruolo|selezione|vp|vice president|head of|"
    r"technical (?:interview|round)|colloquio tecnico|entrevista t\u00e9cnica|"
    # Nordic: position, application, engineer, department head, interview day
    r"stilling\w*|s\u00f8knad\w*|ans\u00f8gning\w*|\w*ingeni\u00f8r\w*|\w*ingenj\u00f6r\w*|"
    r"\w*leder|rekrutter\w*|intervjudag\w*|tj\u00e4nst\w*|anst\u00e4llning\w*|"
    # Swedish and Danish compounds: "Produktdesigner", "produktchef", "rekrytering", "ansökan"
    r"\w+designer|\w+chef|rekryter\w*|ans\u00f6kan\w*|\w*ans\u00f6kan|"
    # Ukrainian and Russian: the opening, the candidate, the recruiter, the developer
    r"вакансі\w*|кандидат\w*|рекрутер\w*|резюме|розробник\w*|інженер\w*|посад\w*|"
    r"разработчик\w*|"
    # Russian and Kazakh: the post, the position, the response to an opening, staffing, the
    # analyst, the applicant
    r"ваканси\w*|должност\w*|позици\w*|отклик\w*|подбор\w* персонала|соискател\w*|аналитик\w*|"
    r"лауазым\w*|талдаушы\w*|"
    # Kazakh: "бос орны бойынша" (for the vacancy), "түйіндеме" (the CV); the engineer
    r"бос орн?\w*|түйіндеме\w*|инженер\w*|"
    # managers and HR in Portuguese, Spanish and French: "Diretora de Alojamento", "Recursos
    # Humanos", "na função de", "gérante", "directrice de l'hébergement"
    r"diretor\w*|directeur|directrice|directora|gerente|g\u00e9rant\w*|recursos humanos|"
    r"ingenier[oa]\w*|ingeniero/a|"
    r"ressources humaines|human resources|fun\u00e7\u00e3o|funcao|\bcargo|"
    # French: an administrator, a pre-selection, the salary expected, recruiting
    r"administrat(?:eur|rice)|pr\u00e9s\u00e9lection|preselection|pr\u00e9tentions? salariales?|"
    r"recrutement|"
    # Malagasy: HR ("ny olombelona", the people), recruiting ("fandraisana mpiasa"), an engineer
    # ("injeniera"); Somali: the job ("shaqada"), the post ("jagada"), the application
    # ("codsiga"), a candidate ("musharax")
    r"olombelona|fandraisana mpiasa|injeniera|shaqada|shaqaal\w*|jagad?a|codsi\w*|"
    r"musharax\w*|"
    # Tigrinya: the application ("ማመልከቲ"), the post ("ቦታ ስራሕ"), HR ("ሰብ ሓይሊ")
    r"ማመልከቲ|ቦታ ስራሕ|ሰብ ሓይሊ|"
    # Amharic: a candidate ("ተወዳዳሪ"), hiring ("ቅጥር"), HR ("የሰው ሀብት")
    r"ተወዳዳሪ|ቅጥር|የሰው ሀብት|"
    # Yoruba: a teacher ("olùkọ́"), the post ("ipò"), work ("iṣẹ́"); the post without its mark only
    # in small letters, as "IPO" is a share listing
    rf"\b{toneless('oluko')}\b|\bip(?:[òọ]|o\u0300)[\u0300\u0323]*(?!\w)|(?-i:\bipo\b)|"
    rf"\b{toneless('ise')}\b|"
    # Igbo: the post ("ọkwa"); Samoan: the post ("tofiga"), the application ("tusi talosaga")
    rf"\b{toneless('okwa')}\b|\btofiga\b|\btalosaga\b|"
    # hourly, care, trade, legal and lab titles: "Healthcare Counter Assistant (Sat)"
    r"assistant|associate|clerk|cashier|barista|crew member|team member|supervisor|"
    r"technician|nurse|teacher|driver|cook|chef|operator|electrician|apprentice|"
    # nursing titles in capitals: "Interview: Danielle Okafor-Reyes - RN, 7 West MICU"
    r"(?-i:RN|LPN|CNA|BSN|MSN)|"
    r"postdoc\w*|counsel|attorney|lawyer|paralegal|accountant|controller|"
    r"merchandiser|veterinarian|"
    # Latvian and Estonian: the vacancy, the post, the application
    r"vakanc\w*|amat\w*|pieteikum\w*|ametikoh\w*|kandideeri\w*|"
    # Hungarian: the position, the application, the job advert, the controller
    r"poz\u00edci\u00f3\w*|jelentkez\w*|\u00e1ll\u00e1s\w*|kontroller\w*|"
    # Spanish and Portuguese titles: "Técnico/a de Ensayos Clínicos", "Enfermera"
    r"t[ée]cnic[oa]\w*|enfermer[oa]\w*|coordinador\w*|especialista|"
    # an agency's submission to a client: "before i can submit u to the phoenix CVICU 13wk"
    r"submit (?:you|u) (?:to|for))\b"
    # Korean, Japanese and Chinese job words ("마케팅 애널리스트", "エンジニア", "经理")
    # (and Bengali: "পদে আপনার আবেদন" (your application for the post), "নিয়োগ" (recruitment))
    r"|পদে|পদের|আবেদন|নিয়োগ|"
    # (Thai: the position, applying for a job, HR, written into the words around them)
    r"ตำแหน่ง|สมัครงาน|ฝ่ายบุคคล|"
    r"애널리스트|매니저|엔지니어|개발자|디자이너|마케터|エンジニア|マネージャー|アナリスト|"
    r"工程师|经理|专员|운영|채용"
    # Czech and Slovak: the position, the applicant, the CV, the selection process, titles
    r"|\bpozic\w*|\buchaze\u010d\w*|\buch\u00e1dza\u010d\w*|\b\u017eivotopis\w*|"
    r"\bv\u00fdb\u011brov\w*|\bv\u00fdberov\w*|\bkon[s\u0161]trukt\u00e9r\w*|\bin\u017een\u00fdr\w*",
    re.I,
)


def lacks_hiring_context(text: str, reasons: Sequence[str], in_hiring_thread: bool = False) -> bool:
    """The word "interview" fired but nothing in ``text`` ties it to a job for the owner.

    Hiring signals, a scheduler/ATS sender, a job word anywhere, or a reply in a thread
    already about hiring (``in_hiring_thread``) count as context.
    """
    if in_hiring_thread:
        return False
    names = {r.split(" (")[0] for r in reasons}
    if "interview word" not in names and "interview word in quoted text" not in names:
        return False
    if names & {"screen/round", "hiring process", "live work-sample review"}:
        return False
    if any(r.startswith("sent through ATS") for r in reasons):
        return False
    return _HIRING.search(_URL.sub(" ", text[:_MAX_TEXT])) is None


CANCEL = re.compile(
    # Amharic "ተሰርዟል" (cancelled); Burmese "ပယ်ဖျက်" (to cancel)
    r"ተሰርዟል|ሰርዘናል|ပယ်ဖျက်|"
    # Lao "ຍົກເລີກ" (to cancel)
    r"ຍົກເລີກ|"
    r"\b(?:need|have|had|must|going|got) to cancel|\bgotta cancel|"
    # put off with no new time: "the interview day ... has been postponed, new date to follow",
    # "postponed until further notice", "please disregard the calendar invitation"
    r"\bpostponed\b[^.\n]{0,40}\b(?:new (?:date|time)s? (?:to follow|tbc|tbd|to be confirmed)|"
    r"(?:until|till) further notice)|\bdisregard the (?:calendar )?invit\w*|"
    # Latvian "esam spiesti atcelt" (we must cancel), "atcelta"; Estonian "tühistada"
    r"\batcel(?:t|ta|ts|ti|am)\b|\bt\u00fchista\w*|"
    # Lithuanian "turime atšaukti" (we must cancel), "atšauktas", "atšaukiamas"; Mongolian
    # "цуцлагдлаа", "цуцалсан" (cancelled)
    r"\bat\u0161auk\w*|\bцуцл\w*|\bцуцал\w*|"
    # Sinhala "අවලංගු" (cancelled); Azerbaijani "ləğv edilir" (is cancelled)
    r"අවලංගු\w*|"
    r"\bl\u0259\u011fv\w*|"
    # Uzbek "bekor qilindi" (cancelled)
    r"\bbekor qil\w*|"
    # Hausa "an soke hirar" (the interview is cancelled); Igbo "anyị akagbuola ya" (we have
    # cancelled it), "kagburu" (cancelled)
    r"\ban soke\b|\ba?kagbu\w*|"
    # Hungarian: "le kell mondanunk" (we must call it off), "elmarad" (will not take place)
    r"\ble kell mondan\w*|\blemond(?:juk|ani|\u00e1s\w*)\b|\belmarad\w*|"
    # Indonesian: "dibatalkan", "pembatalan", "kami batalkan"
    r"\bdibatalkan\b|\bpembatalan\b|\bmembatalkan\b|"
    r"(?:has|have) been cancell?ed|is cancell?ed|"
    r"cancell?ed:|"
    r"\bcanceled\b|\bcancelled\b|cancel(?:ling|ing) (?:the|your|our|tomorrow|today|all)|"
    # (not a portal's "you can view or withdraw from this interview")
    r"(?<!can )(?<!or )withdraw(?:ing)? (?:my|from)|"
    r"no longer (?:available|able|interested|be able)|abgesagt|"
    # the company takes the candidate out: "I've withdrawn you from the interview on the 5th"
    r"\bwithdr[ae]wn? you from\b|\bremoved you from the interview|"
    r"(?:taken|removed|deleted|cleared|pulled)\b[\w' ]{0,40}\b(?:from|off|out of) "
    r"(?:the|your|my|our) (?:calendars?|diary|diaries|schedule)|annul[ée]e?\b|"
    r"annuler (?:notre|votre|l['\u2019])|\bannulation\b|anular (?:la|nuestra)|anulad[oa]|"
    # (not a booking's footer: "Termin ändern oder absagen: https://...", "如需改期或取消")
    r"(?<!oder )(?<!bzw\. )absagen(?!\s*:)|(?<!或)(?<!如需)(?<!需要)取消|"
    # Ukrainian and Russian: "скасовуємо", "скасовано", "отменить"
    r"\bскасов\w*|\bскасуємо\b|\bскасува\w*|\bотмен(?:ить|яем|ена|ено|яется|или|ил[аи]?)\b|"
    # Spanish: "Ya saqué la reunión de la agenda de Ezequiel", "quité la entrevista"
    r"\b(?:saqu[ée]|quit[ée]|borr[ée]|elimin[ée])\s+(?:la|el)\s+(?:reuni[óo]n|entrevista|evento|"
    r"invitaci[óo]n)\b|"
    r"취소|キャンセル|中止|iptal edil|"
    r"annull(?:o|are|ato|ata|iamo)\b|disdett[oa]\b|cancelad[oa]|"
    r"cancelamos|\bcancelar (?:la|el|nuestra|su|tu)\b|afgelast|"
    # Portuguese: "Já cancelei a apresentação de terça", "precisamos cancelar a entrevista"
    r"\bcancelei\b|\bcancelar (?:a|o|nossa|sua)\b|foi cancelad[oa]|"
    r"n[ãa]o vou (?:poder )?participar d[ao]|odwo\u0142an\w*|odwo\u0142a[ćc]\b|zru\u0161en\w*|"
    r"peruttu|peruutettu|aflyst|avlyst|\bavlys\w*|\baflys\w*|"
    r"\binst\u00e4ll(?:t|d|da|des)\b|annuleren|geannuleerd|gaat (?:helaas )?niet door|"
    # Hebrew: "לבטל את הראיון", "בוטל", "מבוטל"
    r"לבטל את|בוטל|מבוטל|"
    # Arabic "إلغاء" (cancelling), "تم الغاء" (was cancelled)
    r"[إا]لغاء|أُ?لغي[تت]?|"
    # Vietnamese "hủy" (with its mark: "Huy" is a given name)
    # (not a footer's "Hủy nhận thông báo", unsubscribe)
    # (not an unsubscribe footer: "Hủy đăng ký nhận thông báo", "hủy nhận email")
    r"\b(?:hủy|huỷ)\b(?! nhận| đăng ký)|"
    # Greek "ακυρώνεται", "ακύρωση"; Greeklish "akyrosi"
    r"ακυρ[ωώ]|ακύρωσ|\bak[iy]ros\w*|δεν θα πραγματοποιηθεί",
    re.I,
)
RESCHEDULE = re.compile(
    # Burmese "ရက်ရွှေ့" (to move the date), "အချိန် ပြောင်းလဲ" (a change of time); Amharic
    # "ወደ ሰኞ ... አዛውሬዋለሁ" (I have moved it to Monday)
    r"ရွှေ့|အချိန် ?ပြောင်း|ရက် ?ပြောင်း|ዛውሬ|ዛውሯል|ዛወር|"
    # Lao "ເລື່ອນ" (to put off), "ປ່ຽນເວລາ" (to change the time), "ເວລາໃໝ່" (the new time)
    r"ເລື່ອນ|ປ່ຽນເວລາ|ປ່ຽນວັນ|ເວລາໃໝ່|"
    r"\bmove[ds]? (?:it |this |you |us |(?:the|your|our) (?:\w+ )?(?:interview|call|chat|meeting|"
    r"conversation|screen|k[oō]rero) )?(?:to|up|back)\b"
    # "We'd like to move you to the final stage" moves the candidate on, not the interview
    r"(?!\s+(?:the\s+)?(?:final|next|second|third|last|later|onsite|on-site)\s+"
    r"(?:stage|round|step|phase)s?\b)"
    # "we move to summer time on Sunday" is the clocks, not the interview; "we'll move to the
    # ground-floor room" is a place
    r"(?! (?:summer|winter|daylight|standard) time| bst\b| dst\b)"
    r"(?! (?:the |a |an |our )?(?:[\w-]+ )?(?:room|floor|office|building|venue|suite)\b)|"
    r"resched|new time|new date|change of date|\btime change\b|\bchange (?:of|in) time\b|"
    # "Could we push our interview by half an hour", "push the call back to 3"
    r"\bpush (?:our|the|your|it|this)(?: \w+)? (?:interview|call|meeting|chat|conversation)?"
    r"\s*(?:by|back|to|later)\b|"
    # "we need to bring your interview forward"
    r"\bbring (?:your |the |our )?(?:\w+ )?(?:interview|call|meeting|session) forward\b|"
    # Ukrainian and Russian: "Перенесемо на завтра", "перенести співбесіду"
    r"\bперенес\w*|\bперенос\w*|"
    # "I've moved it in JazzHR, so you might see another notification"
    r"\b(?:i'?ve|i have|we'?ve|we have) (?:now )?moved "
    r"(?:it|the (?:interview|call|meeting|invite))\b|"
    # Hebrew: "קבעתי מחדש את הראיון" (I rebooked the interview), "מועד חדש" (a new date),
    # "להזיז את הראיון" (to move the interview)
    r"קבע\w* מחדש|מועד חדש|(?<![א-ת])(?:ל|נ|א)?הזיז\w*|הזזנו|"
    # "we'll need to move Eleanor's interview from 2.30pm", "one more move I'm afraid"
    r"\bmove\s+(?!forward|ahead|on\b|along\b)(?:[\w'’]+\s+){0,2}?(?:interview|call|meeting|chat|"
    r"appointment|slot|k[oō]rero)\b(?!s? (?:process|stage))|\b(?:one more|another) move\b|"
    # "I hate to move this a second time", "we need to move it again"
    r"\bmove (?:this|it) (?:a (?:second|third)|another|one more) time\b|\bmove (?:this|it) again\b|"
    # a move undone: "Could we go back to Wednesday the 25th at 2?", "back to Wednesday at 2 then"
    # (not the clocks: "we switch back to standard time this Sunday (Nov 1)")
    r"\b(?:go|going|switch|switching|revert|reverting)\s+back\s+to\b"
    r"(?!\s+(?:standard|summer|winter|daylight|normal|regular)\s+time)|"
    r"\bback to (?:the original|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b|"
    # Vietnamese: "đổi lịch", "dời lịch", "dời sang" (moved to)
    r"\b[đd][ổo]i l[ịi]ch\b|\bdời\b|\bthời gian mới\b|\blịch mới\b|"
    # Indonesian: "dijadwalkan ulang", "jadwal ulang", "diundur" (pushed back), "dipindah ke"
    r"\b(?:di|pen)?jadwal(?:kan)? ulang\b|\bdiundur\b|\bdimajukan\b|\bdipindah(?:kan)? ke\b|"
    # ... "jadwal interview kami geser ke Rabu" (we shift it to), "jadwal baru" (a new schedule)
    r"\b(?:di)?geser(?:kan)? ke\b|\bjadwal baru\b|"
    # Greek "μεταφέρουμε" (we move), "νέα ώρα"; Greeklish "metaferoume", "metafora"
    r"μεταφ[εέ]ρ|μετάθεσ|νέα ώρα|\bmetafer\w*|\bmetafora\b|"
    # "Zou je een uur later kunnen komen, dus om 14.00 uur?", "eine Stunde später"
    r"\b(?:een|één|half|anderhalf) uur (?:later|eerder)\b|"
    r"\beine (?:halbe )?stunde (?:später|früher)\b|"
    r"\bune (?:demi-)?heure plus (?:tard|tôt)\b|\buna hora (?:más tarde|antes)\b|"
    r"\bpush(?:ed|ing)? (?:it |this )?(?:to|back)|instead\b(?! of)|"
    r"shift(?:ed|ing)? (?:it |this )?to|"
    r"\b(?:slid(?:e|ing)?|bump(?:ed|ing)?|switch(?:ed|ing)?|nudg(?:e|ed|ing))"
    r" (?:it |this |us |our \w+ |the \w+ )?(?:to|back|later)\b"
    # ("the US already switched to daylight time" is the clocks)
    r"(?!(?: to)? (?:daylight|summer|winter|standard|normal) time| dst\b| bst\b)|"
    r"\bpush(?:ing)? (?:our|the|your) \w+ (?:to|back)\b|change (?:it|the time) to|"
    r"\bmoved\b(?! to (?:summer|winter|daylight|standard) time)[^.\n]{0,50}\bto\b"
    r"(?!\s+(?:the\s+)?(?:final|next|second|third|last|later|onsite|on-site)\s+"
    r"(?:stage|round|step|phase)s?\b)|"
    r"verschieben|verschoben|verlegen|verlegt|"
    # "Können wir auf Donnerstag schieben, gleiche Uhrzeit?"
    r"\bauf (?:\w+ ){1,2}schieben\b|\bgleiche[nr]? uhrzeit\b|"
    # French, Spanish, Dutch, Italian, Portuguese: move / postpone / new time
    r"d[ée]caler|d[ée]cal[ée]|reporter|report[ée]|d[ée]placer|nouvel horaire|nouvelle heure|"
    r"cambiar (?:la|el)|mover (?:la|el)|aplazar|reprogramar|posponer|nueva hora|"
    # "Lo pasamos para el jueves", "¿podríamos cambiarlo al jueves?", "lo movemos al lunes"
    r"\blo (?:pasamos|cambiamos|movemos) (?:para|al|a)\b|"
    r"\b(?:cambiarlo|pasarlo|moverlo) (?:al|para)\b|\bmisma hora\b|mesmo hor[áa]rio|"
    r"verzetten|verplaatsen|verschuiven|ander tijdstip|spostare|rimandare|nuovo orario|"
    r"remarcar|adiar|novo hor[áa]rio|"
    # "consegue passar p/ sexta à msm hora?", "mudar para quinta", "à mesma hora"
    r"\bpassar (?:para|p/|pra)\b|\bmudar (?:para|pra)\b|\b(?:à|a) (?:mesma|msm) hora\b|"
    # (Japanese: "日程を下記の通り変更させていただきたく", "【変更前】... 【変更後】...")
    r"same time|updated (?:time|invitation)|日程変更|変更後|変更させていただ|일정 변경|改期|"
    r"ertelen|"
    # Turkish: "Görüşmeyi Cuma günü aynı saate alabilir miyiz?", "kaydırabilir miyiz"
    r"\bertele\w*|\bkayd[ıi]r\w*|ayn[ıi] saate?t?e|yeni (?:tarih|saat)\b|"
    # "Görüşmemizi Cuma gününe alabilir miyiz?" (could we take it to Friday)
    r"\bg[üu]n[üu]ne al\w*|"
    # Latvian "pārcelt uz" (to move to), "jauns laiks"; Estonian "uus aeg", "muuta aega"
    r"\bp\u0101rcel\w*|\bjauns laiks\b|\buus aeg\b|\bmuuta aega\b|"
    # Lithuanian "pokalbį perkelti" (to move the interview), "perkėlimas", "naujas laikas"
    r"\bperkel\w*|\bperk\u0117l\w*|\bnaujas laikas\b|"
    # Mongolian "хойшлуулах" (to put off), "шилжүүлэх" (to move), "шинэ цаг" (a new time)
    r"\bхойшлуул\w*|\bшилжүүл\w*|\bшинэ цаг\w*|"
    # Sinhala "කල් දැමීමට" (to put off), "දිනය වෙනස් කිරීම" (a change of date), "නව වේලාව" (the
    # new time)
    r"කල් දැමී\w*|වෙනස් කිරී\w*|නව වේලාව\w*|"
    # Azerbaijani "müsahibəni cümə gününə keçirə bilərikmi?" (could we move it to Friday),
    # "yeni vaxt" (a new time)
    r"\bke\u00e7ir\u0259 bil\u0259r\w*|\bke\u00e7irilir\b|\byeni vaxt\w*|"
    # Uzbek "juma kuniga ko'chirsak bo'ladimi?" (could we move it to Friday), "yangi vaqt"
    r"\bko['\u2019]chir\w*|\byangi vaqt\b|"
    # Hungarian: "áttenni a beszélgetést" (to move the talk), "Az új időpont", "átütemez"
    r"\b\u00e1tten\w*|\b\u00e1tteszi\w*|\b\u00e1t\u00fctemez\w*|\b\u00faj id\u0151pont\w*|"
    # Romanian: "Putem muta interviul pe vineri, la aceeași oră?", "reprogramăm", "amânăm"
    r"\b(?:putem |s[ăa] )?mut(?:a|[ăa]m|at)\b|\breprogram\w*|\bam[âa]n[ăa]m\b|"
    r"\bla aceea[șs]i or[ăa]\b|"
    # Icelandic "færum viðtalið til þriðjudags" (we move the interview to), "fresta" (put off),
    # "nýr tími"; Bulgarian "да преместим", "пренасрочване"
    r"\bf\u00e6r(?:a|um|\u00f0um)\b[^.\n]{0,60}\btil\b|\bfrest\w*|\bn\u00fdr t\u00edmi\b|"
    r"\bпремест\w*|\bпренасроч\w*|"
    # Croatian, Serbian and Slovenian: "pomaknuti razgovor", "odgoditi", "novi termin",
    # "prestaviti", "pomeriti"
    r"\bpomak\w*|\bpomič\w*|\bodgod\w*|\bodgađ\w*|\bnovi termin\b|\bnov termin\b|"
    r"\bprestavi\w*|\bpomeri\w*|\bpomera\w*|\bodlož\w*|"
    # Arabic: "هنأجل المقابلة ليوم الاتنين" (we'll put the interview off to Monday), "تأجيل",
    # "تغيير الموعد" (a change of the appointment), "الموعد الجديد" (the new appointment)
    r"\u0647\u0646\u0623\u062c\u0644|\u0646\u0624\u062c\u0644|\u062a\u0623\u062c\u064a\u0644|"
    r"الموعد الجديد|موعد جديد|"
    r"\u062a\u063a\u064a\u064a\u0631 \u0627\u0644\u0645\u0648\u0639\u062f|"
    r"\u062a\u063a\u064a\u064a\u0631 \u0627\u0644\u0645\u064a\u0639\u0627\u062f",
    re.I,
)
PROPOSAL = re.compile(
    # (not a condition on booked times: "Let me know if either time doesn't work")
    r"one of these|any of these|(?<!if )either (?:of these|of those|one|slot|time|works)|"
    # Samoan: "E lua taimi e avanoa ai" (two times are free), "po o le fea" (which one)
    r"\be lua taimi\b|\bpo o le fea\b|"
    # Ukrainian: "Можемо запропонувати такі слоти", "Оберіть, будь ласка, зручний варіант"
    r"\bтакі слоти\b|\bзапропонувати (?:кілька|декілька|такі)\b|\bзручний варіант\b|"
    # (two slots or more are written, so "or" between them offers a choice) Russian "в 11:30 или
    # в 15:00", Vietnamese "14h thứ Hai 13/07 hoặc 15h30 thứ Ba", "các khung giờ em đề xuất"
    r"\bили в \d|\d[^\n]{0,25}\bho[ặa]c\b[^\n]{0,6}\d|\bkhung gi[ờo] (?:em|bạn|ban) đề xuất\b|"
    # Georgian: "შემოგთავაზებთ ორ ვარიანტს" (we offer two options), "რომელი გირჩევნიათ?" (which
    # do you prefer?); Croatian, Serbian and Slovenian: "koji vam termin odgovara", "srijeda ili
    # četvrtak", "kateri termin vam ustreza"; Nepali "कुन समय" (which time)
    r"ვარიანტ|რომელი (?:გირჩევნიათ|გაწყობთ|მოგიხერხდებათ)|"
    r"\bkoji (?:vam |ti )?(?:termin|dan) (?:vam |ti )?(?:odgovara|paše)|\bkateri termin\b|"
    r"\bjedan od (?:ovih|sljedećih|sledećih) termina\b|\bponuditi (?:dva|tri|nekoliko) termina\b|"
    r"\d[^\n]{0,25}\bili\b[^\n]{0,30}\d|कुन समय|"
    # Thai: "มีวันเวลาให้เลือกดังนี้" (times to choose from), "สะดวกช่วงไหน" (which suits)
    r"ให้เลือก|สะดวกช่วงไหน|สะดวกวันไหน|"
    # German: "Passt dir einer dieser Termine?", "welcher Termin passt Ihnen?"
    r"\beine[rn]? (?:dieser|der folgenden) (?:Termine|Zeiten|Slots)\b|"
    r"\bwelcher (?:der )?Termine? pass|"
    r"(?:which|what) (?:of these |time )?(?:works|suits)|"
    r"following (?:times|slots|dates|days)|"
    # an availability request with windows: "Suggested windows (Eastern Time): Tue 3/17 ..."
    r"(?:suggested|available|possible|proposed|open) (?:windows|times|dates)|"
    # (not "kindly confirm your availability by replying": that asks for a yes)
    # (nor thanks for it: "for being so quick to send your availability")
    r"(?<!confirm )(?<!quick to send )your availability|"
    r"\b(?:two|three|four|a few|a couple of|some|these) (?:windows|times|openings|possibilities)\b|"
    # a list marker "a) ", not the end of "(QC) " in an address
    # "Would Thu 3/12 @ 4:30p work? ... if so, Fri 3/13 at 8am is open too"
    r"\b(?:is|are) (?:also )?(?:open|free|available) too\b|"
    # a list of days after a colon: "Could we find 45 minutes next week? I could do: - Wed
    # 3/11 at 10:00 - Thu 3/12 at 3:00"
    r"\b(?:I|we) (?:could|can) do:|\b(?:I'm|I am|we're|we are) (?:free|available):|"
    # a chatbot's buttons: "reply with the time that works best for you, or tap a button below"
    r"\b(?:time|day|slot|one) that (?:works|suits) (?:best|you best)\b|"
    r"\b(?:tap|click|pick|choose|select) (?:a|one|the) (?:button|time)s?\b|"
    # (not a legal citation's "30(b)(6)", nor a booked "I have confirmed the Friday slot")
    r"options?\b|would any|(?<![\w(])(?:a|b|c)\)\s|(?<!\w)\(a\)|(?<!\w)\(b\)|"
    # (not the fallback after a booked time: "If the new time doesn't suit, suggest an
    # alternative slot", "silakan kabari kami slot alternatif")
    # (nor a condition on booked slots: "If either slot doesn't work, just hit reply")
    r"(?<!day )(?<!alternative )(?<!another )(?<!either )\bslots?\b(?! alternatif)|"
    r"let me know which|"
    # "which of these suits you" in FR/ES/DE/NL/IT/PT, Japanese, Korean, Chinese, Turkish
    r"cr[ée]neaux|disponibilit[ée]s|lequel|laquelle|cu[áa]l (?:de|te)|horarios|opciones|"
    r"welche[rn]? (?:termin|zeit)|folgende[nr]? termin|terminvorschl[äa]g|"
    # a booking page's list: "einen der freien Termine", "Zurzeit verfügbare Termine",
    # "Bitte wählen Sie Ihren Wunschtermin"
    r"\bfreie[nr]? termine\b|\bverf\u00fcgbare[n]? termine\b|\bwunschtermin\b|"
    r"m[öo]gliche (?:termine|zeiten|zeitfenster)|welk(?:e)? "
    r"(?:tijd|moment|optie)|qual(?:e)? (?:di|dos|das|orario|hor[áa]rio)|orari\b|hor[áa]rios|"
    r"候補日|ご都合のよい|都合の良い|가능한 (?:시간|일정)|편하신 (?:시간|일정)|候选时间|方便的时间|"
    # Traditional Chinese: "可安排的時段", "方便的時間"
    r"時段|方便的時間|候選時間|"
    r"hangisi|size uygun|"
    # Indonesian and Malay: "Mohon pilih salah satu waktu berikut:" (choose one of these times)
    r"\bpilih salah satu\b|\bwaktu berikut\b|\bpilihan (?:waktu|jadwal)\b|"
    # Vietnamese: "chọn giúp chị 1 trong các khung giờ sau"
    r"\bc\u00e1c khung gi\u1edd sau\b|\b(?:1|m\u1ed9t) trong c\u00e1c khung\b|"
    # Greek: "Ποια από τις δύο σας εξυπηρετεί;" (which of the two suits you)
    r"\u03c0\u03bf\u03b9\u03b1 \u03b1\u03c0\u03cc \u03c4\u03b9\u03c2|"
    # Lithuanian: "Siūlome du laikus" (we offer two times), "kuris laikas Jums patogesnis"
    # (which time suits you better)
    r"\bsi\u016blo\w* (?:du|tris|kelis|\u0161iuos) laikus\b|\bkuris laikas\b|"
    # Mongolian "Дараах хоёр цагийн аль нь танд тохирох вэ?" (which of these two suits you)
    r"\bаль нь танд\b|\bдараах (?:хоёр|гурван) цаг\w*|"
    # Romanian: "Vă propun următoarele variante", "care variantă vă convine"
    r"\burm[ăa]toarele variante\b|\bcare variant[ăa]\b|"
    # Nordic, Finnish, Polish: "Lediga tider", "ledige tider", "vapaat ajat", "wolne terminy"
    r"lediga tider|ledige tid(?:er|spunkter)|som passar dig|vapaat ajat|wolne terminy|"
    # "Passer et av disse tidspunktene?", "passar någon av dessa tider", "sopisiko jokin
    # näistä ajoista"
    r"\b(?:et|ett|en|någon|nogen) a[vf] (?:disse|dessa|de) (?:tidspunkt\w*|tider|tidene)\b|"
    r"\bjokin n\u00e4ist\u00e4\b|\bkumpi (?:n\u00e4ist\u00e4 )?(?:sopii|sopisi)\b|"
    # Italian: "una di queste due date", "mi faccia sapere quale preferisce"
    r"una di queste|quale preferisc\w*|queste (?:due |tre )?date|"
    # "Le proponiamo le seguenti date: ... Mi faccia sapere quale data preferisce"
    r"\bquale (?:data|orario|giorno|opzione) preferisc\w*|\ble seguenti (?:date|opzioni)\b|"
    r"dost\u0119pne terminy|kt\u00f3ry termin|"
    # French: "Seriez-vous disponible à l'un des moments suivants?", "si aucune de ces plages"
    r"\bl['\u2019]une? des (?:moments|plages|dates|heures|cases) suivant\w*|\bces plages\b",
    re.I,
)


SIGNALS = POSITIVE + NEGATIVE
_SIGNAL_SEARCH = PatternSet([sig.pattern.pattern for sig in SIGNALS])

OVERRIDES: dict[str, tuple[str, ...]] = {
    "live work-sample review": ("assessment",),
    "live conversation": ("assessment",),
    "working interview": ("assessment",),
    "sales role-play": ("sales demo",),
    "test passed": ("assessment",),
    "housing employer": ("housing viewing",),
    # (a hiring event's booked slot: "You're registered!" is its page's heading, no newsletter's)
    "reserved interview slot": ("event/fair", "newsletter/tips"),
    # (the workshop or the demo is the candidate's own round: "a segment of a teacher workshop")
    "teaching demonstration": ("newsletter/tips", "sales demo"),
    "interview timetable": ("travel booking", "onboarding"),
}
"""A positive signal that, when it fires, silences the named negatives in the same text."""

_STILL_TO_DO = re.compile(
    r"complete (?:the|your|this) (?:test|assessment|challenge|assignment|exercise)|"
    r"submit (?:your|it|the)\b|deadline|\bdue (?:by|on|in)\b|within \d+ (?:hours|days)",
    re.I,
)

TIMING_ONLY = frozenset({"availability request", "outreach"})
"""Negatives that say "no time agreed yet", not "not an interview": a later reply can book it."""

_MAX_TEXT = 12_000  # an interview mail says what matters early; bound the regex cost
_URL = re.compile(r"(?:https?://|www\.)\S+|<[^>\s]*(?:://)[^>\s]*>", re.I)


# a confirmation still to come is none: "once the panel is confirmed you'll receive an invite"
_TENTATIVE_TITLE = re.compile(r"\?\s*\)?\s*$|\b(?:tentative|placeholder|tbc|tbd|hold)\b", re.I)
_NOT_YET_CONFIRMED = re.compile(
    r"\b(?:once|when|after|as soon as|until)\s[^.\n]{0,50}?\b(?:is|are|has been|have been|gets?)"
    r"\s+confirmed\b|\b(?:to be|will be|yet to be|not yet)\s+confirmed\b",
    re.I,
)

# where an interviewer is instead: "Farah has been pulled into a leadership offsite" is why the
# slot moves, not an internal meeting of the owner's
_ELSEWHERE = re.compile(
    r"\b(?:pulled|called|stuck|tied up) (?:into|in) (?:a|an|the) (?:[\w-]+ ){0,2}(?:off-?site|"
    r"meeting|workshop)\b|"
    # "Owen now has an investment committee meeting Monday morning" (why the slot moves)
    r"\b(?:now )?(?:has|had) (?:a|an) (?:[\w-]+ ){0,3}(?:meeting|off-?site|workshop)\b",
    re.I,
)

_WRAP = re.compile(r"(?<=\S)[ \t]*\n[ \t]*(?=\S)")


def _unwrap(text: str) -> str:
    """Single line breaks (a mail client's hard wrap) become spaces; blank lines stay."""
    return _WRAP.sub(" ", text)


def score(text: str, quoted: str = "") -> tuple[float, list[str]]:
    """Sum the signals that fire in ``text``; return ``(score, reasons)``.

    ``quoted`` is the earlier mail a reply quotes: its positive signals count half (it sets
    the scene) and its negatives not at all (a quoted rejection template is not this mail).
    """
    total = 0.0
    reasons: list[str] = []
    # meeting links are full of words ("meetup-join") that mislead; a hard-wrapped line
    # ("extend you an\noffer") is one sentence to the vocabularies
    text = _unwrap(_URL.sub(" ", text[:_MAX_TEXT]))
    text = _ELSEWHERE.sub(" ", _NOT_YET_CONFIRMED.sub(" ", text))
    fired_names = {SIGNALS[i].name for i in _SIGNAL_SEARCH.matching(text)}
    # instructions to still do the work ("complete the challenge by Friday") keep the negative
    undone = _STILL_TO_DO.search(text) is not None
    silenced = set() if undone else {m for n in fired_names for m in OVERRIDES.get(n, ())}
    counted = [sig for sig in SIGNALS if sig.name in fired_names and sig.name not in silenced]
    for sig in counted:
        total += sig.weight
        reasons.append(f"{sig.name} ({sig.weight:+g})")
    if quoted:
        quoted = _unwrap(_URL.sub(" ", quoted[:_MAX_TEXT]))
        in_quote = {SIGNALS[i].name for i in _SIGNAL_SEARCH.matching(quoted)}
        in_quote -= {sig.name for sig in counted}
        for sig in POSITIVE:
            if sig.name in in_quote:
                total += sig.weight / 2
                reasons.append(f"{sig.name} in quoted text ({sig.weight / 2:+g})")
    return total, reasons


TOPIC_SIGNALS = frozenset(
    {
        "interview word",
        "live work-sample review",
        "teaching demonstration",
        "screen/round",
        "hiring process",
        "founder/executive",
        "conversation",
    }
)
"""Signals that say what the meeting is about (a job, an interview, a call)."""


def has_topic(reasons: Sequence[str]) -> bool:
    """Some reason names the meeting as job-related or as a conversation (quoted text counts),
    or an ATS / booking tool sent it for the owner, or its subject pairs the owner with a job."""
    return any(
        r.split(" (")[0].removesuffix(" in quoted text") in TOPIC_SIGNALS
        # (a subject that pairs the owner with a job title names the job)
        or r.startswith(
            ("sent through ATS", "owner booked as the invitee", "the owner put forward")
        )
        for r in reasons
    )


def reason_weight(reason: str) -> float:
    """The weight written at the end of a reason: "offer (-7)" -> -7.0."""
    return float(reason.rsplit("(", 1)[1].rstrip(")"))


def topic_score(total: float, reasons: Sequence[str]) -> float:
    """The score without the "not booked yet" penalties: is this conversation about hiring?

    A thread that starts with "when are you free?" is still an interview conversation; the
    reply that names the time books it (see lifecycle's thread pass).
    """
    for reason in reasons:
        name, _, rest = reason.partition(" (")
        if name in TIMING_ONLY:
            total -= float(rest.rstrip(")"))
    return total


# (Portuguese and Spanish: "Convidado:\nJoana Ribeiro", "E-mail do convidado:", "Invitado:")
_INVITEE = re.compile(
    r"^\W*(?:invitee|guest|attendee|convidad[oa]|invitad[oa])(?: name)?\s*:\s*\n?\s*(.+)$",
    re.I | re.M,
)
_INVITEE_EMAIL = re.compile(
    r"^\W*(?:invitee e-?mail|e-?mail do convidad[oa]|correo (?:electr[óo]nico )?del invitad[oa])"
    r"\s*:\s*\n?\s*(\S+)",
    re.I | re.M,
)
_REFERRED = re.compile(
    r"\bthanks? (?:you )?(?:again )?for referring\s+"
    r"((?:(?:mr|ms|mrs|miss|dr)\.?\s+)?[^\n.,;()!]{0,60})",
    re.I,
)
# who conducts, naming the writer's partner: "a condurre il colloquio saremo io e Chiara
# Valsecchi", "the interview will be conducted by me and Dana Ruiz"
_CONDUCTED_BY = re.compile(
    r"\b(?:a condurre il colloquio (?:saremo|sar\u00f2)|(?:will be )?conducted by|"
    r"интервюиращи\s*:|"
    r"das gespr\u00e4ch f\u00fchren)\s+(?:io e |me and |ich und )?"
    rf"((?-i:{NAME_WORD}(?: {NAME_WORD}){{1,2}}))",
    re.I,
)
# "Priya Raman (Articles Editor, Lakefront Law Review) will interview Professor Okonkwo": the
# one named interviews someone ("will interview with the team" is a candidate's)
_WILL_INTERVIEW = re.compile(
    rf"((?-i:{NAME_WORD}(?: {NAME_WORD}){{0,2}}))(?:\s*\([^()\n]{{0,80}}\))?\s+"
    r"(?:will|is going to|is set to|is scheduled to) interview\b(?!\s+(?:with|for|at|on)\b)",
    re.I,
)
_CANDIDATE = re.compile(
    # (and Bulgarian and Russian "Кандидат: Виктор Русев")
    r"\b(?:candidate|кандидат)\s*:\s*([^\n,;()]{2,60})|"
    # Spanish: "Entrevista candidata Jefa de Recepción - Lucía Prats", "la entrevista con la
    # candidata Lucía Herrero Vidal" (a name: two or three capitalised words)
    r"\bentrevista (?:con (?:el |la ))?candidat[oa]\b(?:[^\n]{0,60}?[-\u2013:]\s*|\s+)"
    rf"((?-i:{NAME_WORD}(?: {NAME_WORD}){{1,2}}))(?=\s*(?:@|\(|$|[,.]))|"
    # German: "AW: Kandidatin Winterfeld – Senior Marketing", "Kandidat Jonas Brehm"
    rf"(?-i:\bKandidat(?:in)?\s+({NAME_WORD}(?: {NAME_WORD})?))",
    re.I | re.M,
)
_HOST = re.compile(r"^\W*(?:host|organi[sz]er|event owner)\s*:\s*(.+)$", re.I | re.M)


def owner_tokens(owner_emails: frozenset[str], names: Sequence[str] = ()) -> frozenset[str]:
    """Lower-case name parts that identify the owner: address local parts and display names."""
    parts: set[str] = set()
    for addr in owner_emails:
        parts.update(re.split(r"[^a-z]+", addr.split("@", 1)[0].lower()))
    for name in names:
        parts.update(_name_words(name))
    return frozenset(p for p in parts if len(p) > 2)


def _name_words(text: str) -> set[str]:
    """The lower-case words of a name, accents folded ("Tomáš Vondráček" -> tomas, vondracek)."""
    return set(re.split(r"[^a-z]+", without_accents(text).replace("'", "")))


# a group of the hiring side ("fpib-hiring@", "ml-hiring-panel@"): it books or sits on the
# interview; no sign of a staff meeting
_HIRING_LIST = re.compile(r"hiring|recruit|talent|interview|panel|careers|\bsearch\b", re.I)
# a list named as one in the invite ("Department Heads" <deptheads@...>, "Sales Team"), whose
# address alone does not say so
_GROUP_NAME = re.compile(r"^(?:all|everyone)\b|\b(?:team|staff|heads|department)$", re.I)


def _owner_works_there(
    organizer: Person, others: Sequence[Person], owner_emails: frozenset[str]
) -> bool:
    """A guest at the organizer's own domain carries the owner's full name ("Kahale, Noelani
    <nkahale@county.example>"): the owner's work address, copied to their personal mailbox, so
    the event is the owner's job, not an employer's interview."""
    tokens = owner_tokens(owner_emails)
    home = _domain(organizer.email)
    if len(tokens) < 2 or not home or home in FREE_MAIL:
        return False
    # (or by the same mailbox name: "yvonne.lin@chengxin-tech" beside "yvonne.lin@example.com")
    mailboxes = {e.split("@", 1)[0].lower() for e in owner_emails if "." in e.split("@", 1)[0]}
    return any(
        _domain(p.email) == home
        and (
            len(_name_words(p.name) & tokens) >= 2 or p.email.split("@", 1)[0].lower() in mailboxes
        )
        for p in others
    )


def _is_owner(value: str, owner_emails: frozenset[str], tokens: frozenset[str]) -> bool:
    low = value.lower()
    if any(e in low for e in owner_emails):
        return True
    return len(_name_words(low) & tokens) >= 1


def booking_direction(
    text: str, owner_emails: frozenset[str], tokens: frozenset[str]
) -> list[tuple[str, float]]:
    """Who booked whom, from a scheduling tool's "Host:" / "Invitee:" lines.

    Only the owner as host (someone else is the invitee) means the owner runs the meeting,
    e.g. interviews a candidate; the owner as invitee of a company host is a candidate's
    booking. Without the owner's identity the direction stays unknown and nothing fires.
    """
    referred = _REFERRED.search(text)
    if referred is not None:
        # "Thank you for referring Ms. Adaeze Nwachukwu. Kindly inform her ...", forwarded by
        # the friend who referred the owner; anyone else referred is someone else's process
        if _is_owner(referred.group(1), owner_emails, tokens):
            return [("owner named as the one referred", 1.0)]
        return [("thanks for referring someone else (user is the interviewer)", -8.0)]
    named = _CANDIDATE.search(text)
    if named is not None:
        # "(candidate: Niamh Power)" on a forwarded invite: the owner is the one interviewed
        if _is_owner(next(g for g in named.groups() if g), owner_emails, tokens):
            return [("owner named as the candidate", 1.0)]
        return [("someone else named as the candidate (user is the interviewer)", -8.0)]
    conducting = _CONDUCTED_BY.search(text)
    if conducting is not None and _is_owner(conducting.group(1), owner_emails, tokens):
        # "Luca, a condurre il colloquio saremo io e Chiara Valsecchi": the owner conducts it
        return [("the owner named among those conducting (user is the interviewer)", -8.0)]
    interviewing = _WILL_INTERVIEW.search(text)
    if interviewing is not None and _is_owner(interviewing.group(1), owner_emails, tokens):
        return [("the owner named as the one who will interview (user is the interviewer)", -8.0)]
    invitee = _INVITEE_EMAIL.search(text) or _INVITEE.search(text)
    host = _HOST.search(text)
    if invitee is None:
        return []
    if _is_owner(invitee.group(1), owner_emails, tokens) and not (
        host and _is_owner(host.group(1), owner_emails, tokens)
    ):
        return [("owner booked as the invitee of a host", 1.0)]
    if host and not _is_owner(host.group(1), owner_emails, tokens):
        return []  # neither side is recognisably the owner: say nothing
    return [("owner is the host; someone else booked (user is the interviewer)", -8.0)]


_THEIR_OWN = re.compile(
    r"\bI(?:'ve| have)(?: got)? (?:an?|my) (?:job |final |second |first |big )?interview\b"
    r"(?! (?:slot|time|opening|spot|scheduled for you|lined up for you|for you))|"
    r"\bmy (?:job |final |big )?interview (?:is|at|on|went|this|that)\b|\bwish me luck\b|"
    # a candidate writing to the owner who interviews them: "overlaps with my interview for the
    # Inventory Control Lead position", "Would it be possible to move my interview to Friday"
    r"\bmy interview (?:for|with)\b|\b(?:move|reschedule|postpone) my interview\b|"
    # "I got the onsite at Grubline!!", "I've got my final round Thursday"
    r"\bI(?:'ve)? got (?:the|an?|my) (?:\w+ )?(?:onsite|interview|final round|second round|"
    r"panel)\b|"
    r"\bmy (?:onsite|final round|panel) (?:is|at|on)\b|"
    # a candidate answering the owner's invitation: "Thank you so much for offering me an
    # interview for the community nutrition rotation", "I'm really excited about the weir crew job"
    r"\bthank you (?:so much |very much )?for (?:offering|giving) me (?:an|the) interview\b|"
    r"\bI(?:'m|\s+am)\s+(?:(?:really|very|so)\s+)?(?:excited|thrilled)\s+about\s+the\s+"
    r"(?:[\w-]+\s+){0,3}(?:job|role|position)\b(?! for you)",
    re.I,
)


def writers_own_interview(text: str) -> bool:
    """The writer speaks of an interview of their own ("I have an interview that afternoon")."""
    return _THEIR_OWN.search(text) is not None


# The owner's own words, quoted back by the one they wrote to, that book someone else's
# interview: "This email confirms your interview for the Dispatch Supervisor position ...
# Interviewers: Raymond Okafor (Transportation Manager) and me"
_BOOKS_THEIRS = re.compile(
    r"\b(?:confirms?|confirming|to confirm|scheduled|schedule|invite you to|invite you for) "
    r"your (?:\w+ )?interview\b|"
    r"^\W*interviewers?\s*:[^\n]*\b(?:and|&) me\b|^\W*interviewers?\s*:\s*(?:me|myself)\b",
    re.I | re.M,
)


def books_their_interview(owner_wrote: str) -> bool:
    """The owner's own mail books an interview for the one they write to (the owner is the
    interviewer or its coordinator)."""
    return _BOOKS_THEIRS.search(owner_wrote) is not None


# What a calendar entry the owner made alone around an interview is, when it is not the
# interview itself: preparation, travel, a buffer.
_OWN_BLOCK = re.compile(
    r"\bprep(?:are|aration|aring)?\b|travel|commute|\bbuffer\b|focus time|block(?:ed)?\b|"
    r"\bhold\b|reminder|\bdebrief\b|follow[- ]?up|thank[- ]you",
    re.I,
)


# The owner applies for another job at their own employer: the colleague who invites them is
# the hiring manager ("internal candidate", "Internal Mobility", "applied internally").
INTERNAL_MOVE = re.compile(
    r"\binternal (?:candidate|applicant|application|move|mobility|transfer|vacancy|posting)s?\b|"
    r"\bapplied internally\b|\bapplying internally\b",
    re.I,
)


def _shared_calendar(addr: str) -> bool:
    """A Google Workspace shared calendar's address ("c_3f9a...@group.calendar.google.com")."""
    return addr.lower().endswith("@group.calendar.google.com")


def structure(
    owner_emails: frozenset[str],
    organizer: Person | None,
    attendees: Sequence[Person],
    sender: Person | None,
    title: str = "",
) -> list[tuple[str, float]]:
    """Signals from who sent or organized an item, not from its words.

    An interview invite has the owner as an ATTENDEE and a company (a corporate, non-free-mail
    domain that is not the owner's own) as organizer or fellow attendees. The owner as
    organizer, or a colleague at the owner's own corporate domain, points the other way.
    """
    out: list[tuple[str, float]] = []
    owner_doms = {_domain(e) for e in owner_emails}
    corporate_owner = any(d and d not in FREE_MAIL for d in owner_doms)
    if sender is not None and is_ats_domain(_domain(sender.email)):
        out.append((f"sent through ATS/scheduler {_domain(sender.email)}", 1.0))
    if organizer is None and not attendees:
        return out
    others = [p for p in ([organizer] if organizer else []) + list(attendees)]
    others = [p for p in others if p.email not in owner_emails]
    if organizer is not None and organizer.email in owner_emails:
        if not others and not _OWN_BLOCK.search(title):
            # "Phone screen - Halvorsen Analytics": the owner's own note of an interview,
            # which no one else was invited to (a party or a hosted interview has guests)
            if _TENTATIVE_TITLE.search(title):
                # "Interview w/ Kestrel?", "HOLD - Acme (TBC)": a guess kept free, not a booking
                return [*out, ("the owner's own tentative entry", -4.0)]
            return [*out, ("the owner's own calendar entry", -2.0)]
        return [*out, ("the owner organized this event", -6.0)]
    doms = {_domain(p.email) for p in others}
    if corporate_owner and organizer is not None and _domain(organizer.email) in owner_doms:
        return [*out, ("organized by a colleague at the owner's own organisation", -6.0)]
    if organizer is not None and _owner_works_there(organizer, others, owner_emails):
        return [*out, ("organized by a colleague: the owner's work address is invited", -6.0)]
    if any(
        (is_group_address(p.email) or _GROUP_NAME.search(p.name))
        and not _HIRING_LIST.search(f"{p.email.split('@')[0]} {p.name}")
        for p in others
        if not _shared_calendar(p.email)
    ):
        # a candidate is invited as a person; a team list among the guests is a staff meeting
        # (not a shared calendar that organizes: "Selección Cobalto Energía" at
        # ...@group.calendar.google.com books for the recruiting team)
        out.append(("a team distribution list is invited (internal meeting)", -4.0))
    company = sorted(d for d in doms if d and d not in FREE_MAIL and not is_vendor_domain(d))
    # ("CFO final panel - Catriona Welbourne": an event is not titled with the owner's name)
    names_owner = _is_owner(title, owner_emails, owner_tokens(owner_emails))
    if len(company) >= 3 and not names_owner:
        # an interview is with one employer (an agency may add a second); guests from three
        # or more organisations are an event, a panel or a community meeting
        return [*out, (f"guests from {len(company)} organisations (an event)", -4.0)]
    if company:
        out.append((f"owner invited as attendee by {company[0]}", 1.5))
    elif doms and all(d in FREE_MAIL for d in doms):
        out.append(("only personal addresses invited", -2.0))
    return out


def _domain(addr: str) -> str:
    return addr.rsplit("@", 1)[-1].lower() if "@" in addr else ""


def is_cancel(text: str) -> bool:
    """The text cancels (or the candidate withdraws from) an interview."""
    return bool(CANCEL.search(text))


WITHDRAW = re.compile(
    r"withdraw|no longer (?:interested|wish|want|pursu)|"
    # Japanese and Chinese: "辞退させていただきます" (I decline / withdraw)
    r"辞退|"
    r"retir(?:er|e|o|ar) (?:ma|mi|minha) candidat|(?:ziehe|zur\u00fcckziehen)\b[^.]{0,40}bewerbung|"
    r"bewerbung\b[^.]{0,40}zur\u00fcck|trek (?:mijn|me) sollicitatie in|"
    r"ritir\w+ (?:la mia )?candidatura|"
    r"desist(?:o|ir)|"
    # "no voy a seguir en el proceso ... Por eso cancelo la entrevista del jueves 16", "me
    # retiro del proceso", "não vou seguir no processo"
    r"\bno voy a (?:seguir|continuar) (?:en|con) el proceso\b|\bme retiro del proceso\b|"
    r"\bcancelo la entrevista\b|\bn[ãa]o vou (?:seguir|continuar) (?:no|com o) processo\b|"
    r"(?:accepted|taken|signed) (?:an(?:other)?|a different) (?:offer|role|position|job)|"
    r"(?:please|could you|can you|kindly) cancel|"
    # Czech and Slovak: "ve výběrovém řízení nebudu pokračovat", "přijal jsem jinou nabídku"
    r"nebud(?:u|em) (?:d\u00e1l |\u010falej )?pokra\u010dova|"
    r"p\u0159ijal\w* (?:jsem )?jinou nab\u00eddk|"
    r"prijal\w* (?:som )?in\u00fa ponuk",
    re.I,
)


DECLINE = re.compile(
    r"(?:doesn'?t|does not|won'?t|will not|wouldn'?t|can'?t|cannot|can not|unable to) "
    r"(?:really )?(?:work|make it|do (?:that|it|then))|not (?:available|free) (?:then|at|on)|"
    r"(?:have|got) a (?:conflict|clash)|(?:could|can) we (?:do|move|try|make it|push)|"
    r"(?:would|could) .{0,30} instead|(?:is|are|'s) (?:a bit |really )?(?:tough|tricky|difficult|"
    r"hard) for me|any chance (?:you|we|of)|(?:another|a different|other) (?:day|time|slot)|"
    r"(?:have|got) (?:a|an|another) (?:prior )?(?:conflict|commitment|appointment)|"
    r"tengo (?:un |otro )?compromiso|\bpodr[íi]a(?:mos)? ser\b|otro d[íi]a|otra hora|"
    r"autre (?:jour|cr[ée]neau|horaire)|d[ée]j[àa] (?:pris|un rendez-vous)|"
    r"(?:einen )?anderen (?:tag|termin)|andere (?:dag|tijd)|altro (?:giorno|orario)|"
    r"outro (?:dia|hor[áa]rio)|"
    r"ne (?:peux|pourrai|serai) pas|pas disponible|no (?:puedo|podr[ée]|me va|estoy disponible)|"
    r"kann (?:leider )?nicht|leider nicht|passt (?:mir )?(?:leider )?nicht|lukt (?:me )?niet|"
    r"kan (?:helaas )?niet|non (?:posso|riesco|sono disponibile)|n[ãa]o (?:posso|consigo)",
    re.I,
)


# The owner offers another day in place of the one proposed: "If not, I could do Tuesday 7th".
COUNTER = re.compile(
    r"\bI (?:could|can) (?:do|make|manage)\b|\bif not\b|\binstead\b|\bhow about\b|"
    r"\bwould (?:\w+ ){0,3}work (?:instead|better)|\bje (?:peux|pourrais)\b|\bich k(?:ann|önnte)\b|"
    r"\bpodr[íi]a\b|\bpoderia\b|\bik kan\b|\bpotrei\b",
    re.I,
)


def is_decline(text: str) -> bool:
    """The owner's reply turns a proposed time down or asks for another."""
    return bool(DECLINE.search(text))


AGREEMENT = re.compile(
    r"\b(?:great|perfect|sounds good|works (?:for|great|well)|that works|confirmed|see you|"
    r"see (?:u|ya) (?:at|then|tmrw|tomorrow)|ok bet|"
    r"talk (?:to you )?then|speak (?:to you )?then|all set|booked|locked in|"
    r"parfait|entendu|c'est not[ée]|[àa] (?:bient[ôo]t|lundi|mardi|mercredi|jeudi|vendredi)|"
    r"perfecto|genial|de acuerdo|hasta (?:el|entonces|pronto)|nos vemos|"
    r"prima|super|passt|bis (?:dann|montag|dienstag|mittwoch|donnerstag|freitag)|"
    r"perfect|prima|tot dan|afgesproken|perfetto|a presto|ci vediamo|"
    r"[óo]timo|perfeito|combinado|at[ée] (?:l[áa]|breve|segunda|ter[çc]a|quarta|quinta|sexta)|"
    r"sopii|passer bra|passar bra|passer fint|"
    # Lithuanian "susitarėme" (we agreed), "Fiksuojame" (noted), "Patvirtinu" (I confirm),
    # "puiku" (great), "iki pasimatymo" (see you)
    r"susitar\u0117me|fiksuojame|patvirtinu|puiku|iki pasimatymo|"
    # Mongolian "баталгаажлаа", "баталгаажууллаа" (confirmed)
    r"баталгаажлаа|баталгаажууллаа|"
    # Uzbek "kelishdik" (agreed), "tasdiqlayman" (I confirm)
    r"kelishdik|tasdiqla\w*)\b",
    re.I,
)


def is_agreement(text: str) -> bool:
    """A reply that takes the time the other side named ("Perfect, see you then")."""
    return bool(AGREEMENT.search(text))


def is_withdrawal(text: str) -> bool:
    """The candidate's own words pull out of the process (not merely a clash to move)."""
    return bool(WITHDRAW.search(text))


def is_reschedule(text: str) -> bool:
    """The text moves an interview to another time (not the boilerplate that offers to)."""
    return bool(RESCHEDULE.search(_RESCHEDULE_OFFER.sub(" ", text)))


# "Need to reschedule? Reply here", "如需改期请回复我": the way to move it, not a move
_RESCHEDULE_OFFER = re.compile(
    r"\b(?:if you need to|if you have to|should you need to|in case you need to|if you'?d like to)"
    r"\s+reschedule\b[^.\n]{0,80}|\bneed to reschedule\?|如需改期[^。\n]{0,30}|"
    # a promise of a time still to come: "come back to you with a new date once the schedule
    # settles", "I'll send a new time next week"
    r"\b(?:come back to you|get back to you|follow up|be in touch|send (?:you )?|propose)\s+"
    r"(?:with\s+)?(?:a\s+)?new (?:date|time|slot)\b|"
    r"如需调整时间[^。\n]{0,30}",
    re.I,
)


_STEP_SIGNALS = frozenset({"interview word", "screen/round", "conversation", "founder/executive"})


def names_a_step(line: str) -> bool:
    """A list item names an interview step ("Technical interview - ...", "Final conversation
    with our CTO - ...")."""
    return any(r.split(" (")[0] in _STEP_SIGNALS for r in score(line)[1])


def is_proposal(text: str, distinct_slots: int) -> bool:
    """Several candidate times offered to choose from: nothing is booked yet."""
    return distinct_slots >= 2 and bool(PROPOSAL.search(text))
