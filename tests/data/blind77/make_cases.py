#!/usr/bin/env python3
"""Deterministic generator for the blind77 interview-detection set.

Theme: a logistics planner living in Antwerp, applying in Flanders and the Netherlands;
mail almost entirely in Dutch/Flemish. All people, companies and domains are invented.

Run:  python make_cases.py      (rewrites every case folder and labels.yaml next to this file)
Only stdlib + PyYAML + zoneinfo.  Every UTC offset is computed with zoneinfo.
"""
import hashlib
import json
import os
import shutil
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import default as default_policy
from email.utils import format_datetime
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
BRU = ZoneInfo("Europe/Brussels")
AMS = ZoneInfo("Europe/Amsterdam")
CHI = ZoneInfo("America/Chicago")
UTC = timezone.utc

OWNER_NAME = "Lotte Van Aken"
OWNER = "lotte.vanaken@mail.example"
OWNER_FULL = f"{OWNER_NAME} <{OWNER}>"

NL_DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
NL_DAYS_SHORT = ["ma", "di", "wo", "do", "vr", "za", "zo"]
NL_MONTHS = ["", "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
             "september", "oktober", "november", "december"]
NL_MONTHS_SHORT = ["", "jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MONTHS = ["", "January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]

WIN_TZ = {"W. Europe Standard Time": AMS, "Romance Standard Time": BRU}


def T(y, mo, d, h=0, mi=0, tz=BRU):
    return datetime(y, mo, d, h, mi, tzinfo=tz)


def nl_day(dt):
    """'dinsdag 10 maart' (weekday computed, never typed by hand)."""
    return f"{NL_DAYS[dt.weekday()]} {dt.day} {NL_MONTHS[dt.month]}"


def nl_day_y(dt):
    return f"{nl_day(dt)} {dt.year}"


def en_day(dt):
    return f"{EN_DAYS[dt.weekday()]} {dt.day} {EN_MONTHS[dt.month]}"


def hm(dt, sep="."):
    return f"{dt.hour:02d}{sep}{dt.minute:02d}"


def iso(dt):
    return dt.isoformat(timespec="seconds")


def mid(case, n, domain):
    h = hashlib.sha1(f"{case}-{n}".encode()).hexdigest()
    return f"<{h[:24].upper()}@{domain}>"


def hexid(case, n, k=26):
    return hashlib.sha1(f"id-{case}-{n}".encode()).hexdigest()[:k]


# ---------------------------------------------------------------- iCalendar

def ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line):
    b = line.encode("utf-8")
    if len(b) <= 75:
        return line
    out, cur, limit = [], b"", 75
    for ch in line:
        cb = ch.encode("utf-8")
        if len(cur) + len(cb) > limit:
            out.append(cur.decode("utf-8"))
            cur, limit = b"", 74
        cur += cb
    out.append(cur.decode("utf-8"))
    return "\r\n ".join(out)


def vtimezone(tzid):
    start_d, start_s = ("16010101T020000", "16010101T030000") if tzid in WIN_TZ else \
        ("19700329T020000", "19701025T030000")
    lines = ["BEGIN:VTIMEZONE", f"TZID:{tzid}"]
    if tzid not in WIN_TZ:
        lines.append(f"X-LIC-LOCATION:{tzid}")
    if tzid in WIN_TZ:
        lines += ["BEGIN:STANDARD", f"DTSTART:{start_s}", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
                  "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
                  "BEGIN:DAYLIGHT", f"DTSTART:{start_d}", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
                  "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT"]
    else:
        lines += ["BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST",
                  f"DTSTART:{start_d}", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
                  "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET",
                  f"DTSTART:{start_s}", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD"]
    lines.append("END:VTIMEZONE")
    return lines


def tzobj(tzid):
    return WIN_TZ.get(tzid) or ZoneInfo(tzid)


def vevent(uid, start, end, summary, organizer, attendees, tzid="Europe/Amsterdam", description="",
           location="", seq=0, status="CONFIRMED", stamp=None, exchange=False, method="REQUEST"):
    z = tzobj(tzid)
    ls, le = start.astimezone(z), end.astimezone(z)
    stamp = (stamp or start - timedelta(days=5)).astimezone(UTC)
    L = ["BEGIN:VEVENT"]
    L.append(f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}")
    for name, addr, role in attendees:
        part = "ACCEPTED" if addr == organizer[1] else "NEEDS-ACTION"
        L.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={part};RSVP=TRUE;CN={name};"
                 f"X-NUM-GUESTS=0:mailto:{addr}")
    if description:
        L.append(("DESCRIPTION;LANGUAGE=nl-NL:" if exchange else "DESCRIPTION:") + ics_escape(description))
    L.append(f"UID:{uid}")
    L.append(("SUMMARY;LANGUAGE=nl-NL:" if exchange else "SUMMARY:") + ics_escape(summary))
    L.append(f"DTSTART;TZID={tzid}:{ls.strftime('%Y%m%dT%H%M%S')}")
    L.append(f"DTEND;TZID={tzid}:{le.strftime('%Y%m%dT%H%M%S')}")
    L.append(f"DTSTAMP:{stamp.strftime('%Y%m%dT%H%M%SZ')}")
    if exchange:
        L += ["CLASS:PUBLIC", "PRIORITY:5", "TRANSP:OPAQUE"]
    L.append(f"STATUS:{status}")
    L.append(f"SEQUENCE:{seq}")
    if location:
        L.append(("LOCATION;LANGUAGE=nl-NL:" if exchange else "LOCATION:") + ics_escape(location))
    if exchange:
        L += [f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
              "X-MICROSOFT-CDO-BUSYSTATUS:" + ("FREE" if method == "CANCEL" else "TENTATIVE"),
              "X-MICROSOFT-CDO-INTENDEDSTATUS:" + ("FREE" if method == "CANCEL" else "BUSY"),
              "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1" if method != "CANCEL"
              else "X-MICROSOFT-CDO-IMPORTANCE:2", "X-MICROSOFT-CDO-INSTTYPE:0",
              "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE"]
    if method != "CANCEL":
        L += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:REMINDER" if exchange else
              "DESCRIPTION:This is an event reminder", "TRIGGER;RELATED=START:-PT15M", "END:VALARM"]
    L.append("END:VEVENT")
    return L


def calendar(method, events, tzids, prodid):
    L = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN", f"METHOD:{method}"]
    for t in tzids:
        L += vtimezone(t)
    for e in events:
        L += e
    L.append("END:VCALENDAR")
    return ("\r\n".join(fold(x) for x in L) + "\r\n").encode("utf-8")


PROD_GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
PROD_EXCH = "Microsoft Exchange Server 2010"

# ---------------------------------------------------------------- e-mail

CASES = {}      # case id -> list of (filename, bytes)
LABELS = {}


def add(case, fname, data):
    CASES.setdefault(case, []).append((fname, data))


def mail(case, fname, *, frm, subject, date, text=None, html=None, to=OWNER_FULL, cc=None,
         reply_to=None, sender=None, in_reply_to=None, references=None, msgid=None, domain="mail.example",
         cte="quoted-printable", html_cte="quoted-printable", headers=(), cal=None, attachments=(),
         received=True):
    m = EmailMessage()
    m["Delivered-To"] = OWNER
    if received:
        m["Received"] = (f"from mx{len(case) % 7 + 1}.{domain} ({domain}) by mx.mail.example with ESMTPS "
                         f"id {hexid(case, fname, 12)} for <{OWNER}>; {format_datetime(date)}")
    m["Date"] = format_datetime(date)
    m["From"] = frm
    if sender:
        m["Sender"] = sender
    if reply_to:
        m["Reply-To"] = reply_to
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Message-ID"] = msgid or mid(case, fname, domain)
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = references or in_reply_to
    for k, v in headers:
        if not k.lower().startswith("content-"):
            m[k] = v
    m["MIME-Version"] = "1.0"
    if text is not None:
        m.set_content(text, cte=cte)
        if html is not None:
            m.add_alternative(html, subtype="html", cte=html_cte)
    else:
        m.set_content(html, subtype="html", cte=html_cte)
    if cal is not None:               # (bytes, method) in the alternative part (Google / Exchange style)
        if not m.is_multipart():
            m.make_alternative()
        m.add_alternative(cal[0], maintype="text", subtype="calendar", cte="base64",
                          params={"method": cal[1], "charset": "UTF-8"})
    for data, mt, st, fn in attachments:
        m.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    for k, v in headers:              # set_content() drops Content-* headers, so add them last
        if k.lower().startswith("content-"):
            m[k] = v
    add(case, fname, m.as_bytes(policy=default_policy))
    return m["Message-ID"]


def html_of(text, font="Calibri,Arial,sans-serif"):
    import html as h
    paras = "".join(f"<p>{h.escape(p).replace(chr(10), '<br>')}</p>" for p in text.strip().split("\n\n"))
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body><div style="font-family:{font};font-size:11pt">{paras}</div></body></html>')


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def nl_quote_header(dt, who):
    return (f"Op {NL_DAYS_SHORT[dt.weekday()]} {dt.day} {NL_MONTHS_SHORT[dt.month]} {dt.year} om "
            f"{hm(dt, ':')} schreef {who}:")


def label(case, interviews, difficulty, category, notes):
    LABELS[case] = {"user": OWNER, "interview": bool(interviews), "interviews": interviews,
                    "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}


def iv(company, role, start, end, status, interviewers, recipients, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end) if end else None,
            "status": status, "interviewer_emails": interviewers, "followup_recipients": recipients,
            "kind": kind}


TEAMS_NL = """________________________________________________________________________________
Microsoft Teams-vergadering
Deelnemen op uw computer, mobiele app of apparaat in vergaderruimte
Klik hier om deel te nemen aan de vergadering<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{tok}%40thread.v2/0>
Vergadering-id: {mid}
Wachtwoordcode: {pw}
Teams downloaden<https://www.microsoft.com/nl-nl/microsoft-teams/download-app> | Deelnemen via het web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Meer informatie<https://aka.ms/JoinTeamsMeeting> | Opties voor vergadering
________________________________________________________________________________"""


def teams(case):
    h = hashlib.sha1(case.encode()).hexdigest()
    return TEAMS_NL.format(tok=h[:30], mid=f"{int(h[:6], 16) % 900 + 100} {int(h[6:12], 16) % 900 + 100} "
                                           f"{int(h[12:18], 16) % 900 + 100} {int(h[18:22], 16) % 900 + 100}",
                           pw=h[22:28])


def outlook_headers(case, n, topic):
    return [("Thread-Topic", topic), ("Thread-Index", hashlib.sha1(f"{case}{n}".encode()).hexdigest()[:28] + "=="),
            ("Accept-Language", "nl-NL, en-US"), ("Content-Language", "nl-NL"),
            ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")]


def google_invite(case, fname, *, org, guests, title, start, end, date, description="", location="",
                  tzlabel="Centraal-Europese tijd - Amsterdam", seq=0, meet=True, prefix="Uitnodiging"):
    """Dutch-language Google Calendar invitation e-mail (multipart/mixed + invite.ics)."""
    uid = f"{hexid(case, fname)}@google.com"
    att = [(n, a, "REQ-PARTICIPANT") for n, a in [org] + guests]
    tz_abbr = "CEST" if start.astimezone(AMS).utcoffset() == timedelta(hours=2) else "CET"
    s, e = start.astimezone(AMS), end.astimezone(AMS)
    when_subj = (f"{NL_DAYS_SHORT[s.weekday()]} {s.day} {NL_MONTHS_SHORT[s.month]} {s.year} "
                 f"{hm(s, ':')} - {hm(e, ':')} ({tz_abbr})")
    code = hexid(case, fname + "meet", 10)
    meet_url = f"https://meet.google.com/{code[:3]}-{code[3:7]}-{code[7:10]}"
    body = [title, f"{NL_DAYS[s.weekday()]} {s.day} {NL_MONTHS[s.month]} {s.year} \u22c5 {hm(s, ':')} \u2013 {hm(e, ':')}",
            tzlabel, ""]
    if location:
        body += [location, ""]
    if meet:
        body += ["Deelnemen met Google Meet", meet_url, ""]
    body += ["Organisator", org[0], org[1], "", "Gasten", f"{org[0]} - organisator", org[1]]
    for n, a in guests:
        body += [n, a] if n else [a]
    if description:
        body += ["", description]
    body += ["", "Uitnodiging van Google Agenda: https://calendar.google.com/calendar/", "",
             "Je ontvangt deze e-mail omdat je een gast bent bij het afspraak.", "",
             "Als je deze uitnodiging doorstuurt, kan elke ontvanger een reactie naar de organisator sturen."]
    text = "\n".join(body)
    desc = description + (f"\n\nDeelnemen met Google Meet: {meet_url}" if meet else "")
    ev = vevent(uid, start, end, title, org, att, tzid="Europe/Amsterdam", description=desc,
                location=location, seq=seq, stamp=date)
    cal = calendar("REQUEST", [ev], ["Europe/Amsterdam"], PROD_GOOGLE)
    return mail(case, fname, frm=f"{org[0]} <{org[1]}>", sender="Google Agenda <calendar-notification@google.com>",
                reply_to=f"{org[0]} <{org[1]}>", to=OWNER, subject=f"{prefix}: {title} @ {when_subj} ({OWNER})",
                date=date, text=text, html=html_of(text, "Roboto,Helvetica,Arial,sans-serif"), cte="base64",
                domain="google.com", msgid=f"<calendar-{hexid(case, fname, 8)}-{hexid(case, fname + 'x', 4)}@google.com>",
                cal=(cal, "REQUEST"), attachments=[(cal, "application", "ics", "invite.ics")])


def exchange_invite(case, fname, *, org, attendees, subject, title, start, end, date, text, tzid,
                    location="Microsoft Teams-vergadering", seq=0, method="REQUEST", status="CONFIRMED",
                    sender=None, uid=None, to=None):
    uid = uid or ("040000008200E00074C5B7101A82E00800000000" + hexid(case, "uid", 32).upper())
    ev = vevent(uid, start, end, title, org, attendees, tzid=tzid, description=text, location=location,
                seq=seq, status=status, stamp=date, exchange=True, method=method)
    cal = calendar(method, [ev], [tzid], PROD_EXCH)
    dom = org[1].split("@")[1]
    hdrs = outlook_headers(case, fname, title) + [("Content-class", "urn:content-classes:calendarmessage")]
    return mail(case, fname, frm=f"{org[0]} <{org[1]}>", sender=sender,
                to=to or ", ".join(f"{n} <{a}>" for n, a, _ in attendees if a != org[1]),
                subject=subject, date=date, text=text, html=html_of(text, "Aptos,Calibri,sans-serif"),
                domain=dom, msgid=f"<{hexid(case, fname, 20).upper()}@{dom.split('.')[0].upper()}.eurprd04.prod.outlook.com>",
                headers=hdrs, cal=(cal, method))


# ================================================================ CASES

def c01():
    case = "b77-01-werfwijs-ats-ics-havenlink"
    start, end = T(2026, 3, 10, 14, 0, AMS), T(2026, 3, 10, 15, 0, AMS)
    date = T(2026, 3, 4, 9, 12, AMS)
    text = f"""Beste Lotte,

Bedankt voor je sollicitatie op de vacature Logistiek Planner (32-40 uur) bij Havenlink Logistics.
We hebben je cv en motivatie met veel interesse gelezen en nodigen je graag uit voor een sollicitatiegesprek.

Datum: {nl_day_y(start)}
Tijd: {hm(start)} - {hm(end)} uur
Locatie: Havenlink Logistics, Vlothavenweg 17, 3089 KD Rotterdam (melden bij de receptie, 2e verdieping)
Gesprekspartners: Femke de Groot (teamleider Planning) en Ruud Bakker (HR-adviseur)

In de bijlage vind je een agenda-item. Neem een geldig legitimatiebewijs mee.
Heb je vragen of past het moment niet? Neem dan contact op met Ruud Bakker via r.bakker@havenlink.example of 010 555 4471.

Met vriendelijke groet,

Team Recruitment Havenlink Logistics

--
Dit bericht is verstuurd via Werfwijs. Antwoorden op dit e-mailadres worden niet gelezen.
Werfwijs B.V. | KvK 55598765 | https://www.werfwijs.example/privacy"""
    ev = vevent(f"werfwijs-{hexid(case, 'ev')}@werfwijs.example", start, end,
                "Sollicitatiegesprek Logistiek Planner - Havenlink Logistics",
                ("Havenlink Logistics", "noreply@werfwijs.example"),
                [(OWNER_NAME, OWNER, "REQ-PARTICIPANT")], tzid="Europe/Amsterdam",
                description="Sollicitatiegesprek met Femke de Groot en Ruud Bakker.",
                location="Vlothavenweg 17, 3089 KD Rotterdam", stamp=date)
    cal = calendar("PUBLISH", [ev], ["Europe/Amsterdam"], "-//Werfwijs//Planner 4.2//NL")
    mail(case, "01-werfwijs-uitnodiging.eml", frm="Havenlink Logistics via Werfwijs <noreply@werfwijs.example>",
         subject="Uitnodiging sollicitatiegesprek - Logistiek Planner", date=date, text=text,
         html=html_of(text, "Arial,sans-serif"), domain="werfwijs.example",
         attachments=[(cal, "text", "calendar", "sollicitatiegesprek.ics")])
    label(case, [iv("Havenlink Logistics", "Logistiek Planner", start, end, "scheduled",
                    ["r.bakker@havenlink.example"], ["r.bakker@havenlink.example"], "hiring_manager")],
          "medium", "positive/ats-email-with-ics",
          "Dutch ATS (Werfwijs) no-reply invitation with .ics (PUBLISH); 'om 14.00 uur' style; HR adviser Ruud "
          "Bakker co-interviews and is the only interviewer with an address.")


def c02():
    case = "b77-02-flemish-recruiter-9u30"
    start, end = T(2026, 3, 13, 9, 30), T(2026, 3, 13, 10, 30)
    d1, d_reply, d2 = T(2026, 3, 9, 16, 40), T(2026, 3, 9, 19, 3), T(2026, 3, 10, 8, 21)
    sig = """Kristof Peeters
Talent Acquisition | Scheldekaai Distributie NV
Noorderlaan 208, 2030 Antwerpen
T +32 3 555 01 47 | M +32 470 55 51 19
BTW BE 0456.789.123 | RPR Antwerpen, afdeling Antwerpen"""
    t1 = f"""Dag Lotte,

Bedankt voor je kandidatuur voor de functie van Planner Warehouse Operations. Je profiel spreekt ons
erg aan en we maken graag kennis.

Zou je {nl_day(start)} vanaf 9u30 bij ons op kantoor in Antwerpen kunnen langskomen voor een eerste
gesprek? Reken op een uurtje. Je spreekt met mij en met Els Wouters, onze operations manager.

Parkeren kan op de bezoekersparking aan poort 3. Laat je even weten of dat past?

Met vriendelijke groeten,

{sig}"""
    m1 = mail(case, "01-uitnodiging-eerste-gesprek.eml", frm="Kristof Peeters <kristof.peeters@scheldekaai.example>",
              subject="Uitnodiging eerste gesprek - Planner Warehouse Operations", date=d1, text=t1,
              domain="scheldekaai.example")
    reply = f"""Dag Kristof,

Dank je voor de uitnodiging! {NL_DAYS[start.weekday()].capitalize()} om 9u30 past perfect, ik zal er zijn.

Groetjes,
Lotte"""
    t2 = f"""Dag Lotte,

Super, genoteerd. Tot vrijdag!

Groeten,
Kristof

{nl_quote_header(d_reply, OWNER_FULL)}
{quote(reply)}
>
> {nl_quote_header(d1, 'Kristof Peeters <kristof.peeters@scheldekaai.example>')}
{quote(quote(t1))}"""
    mail(case, "02-re-uitnodiging.eml", frm="Kristof Peeters <kristof.peeters@scheldekaai.example>",
         subject="RE: Uitnodiging eerste gesprek - Planner Warehouse Operations", date=d2, text=t2,
         domain="scheldekaai.example", in_reply_to=m1)
    label(case, [iv("Scheldekaai Distributie", "Planner Warehouse Operations", start, end, "scheduled",
                    ["kristof.peeters@scheldekaai.example"], ["kristof.peeters@scheldekaai.example"], "hiring_manager")],
          "medium", "positive/email-body-only",
          "Flemish 'vanaf 9u30', 'een uurtje' (=60 min); confirmed in reply; Els Wouters has no address.")


def c03():
    case = "b77-03-thread-om-half-drie"
    start, end = T(2026, 3, 20, 14, 30, AMS), T(2026, 3, 20, 15, 15, AMS)
    alt = T(2026, 3, 19, 10, 0, AMS)
    d1, dr, d2 = T(2026, 3, 12, 9, 14, AMS), T(2026, 3, 12, 11, 48, AMS), T(2026, 3, 12, 14, 2, AMS)
    sig = """Marloes Verbeek
Corporate Recruiter
Koelketting Brabant B.V. | Minervum 7410, 4817 ZK Breda
T 076 555 8820 | KvK 55523456"""
    t1 = f"""Hoi Lotte,

Leuk dat je hebt gesolliciteerd op onze vacature Planner Koel- en Vriestransport! Ik zou graag een
kort kennismakingsgesprek met je inplannen via Teams, zodat we elkaar wat beter leren kennen.

Past {nl_day(alt)} om 10.00 uur, of {nl_day(start)} om half drie? We trekken er ongeveer drie
kwartier voor uit.

Groet,

{sig}"""
    m1 = mail(case, "01-kennismakingsgesprek.eml", frm="Marloes Verbeek <m.verbeek@koelketting.example>",
              subject="Kennismakingsgesprek Planner Koel- en Vriestransport", date=d1, text=t1,
              html=html_of(t1), domain="koelketting.example")
    r = f"""Hoi Marloes,

Dank je wel! Vrijdag om half drie komt mij het beste uit.

Met vriendelijke groet,
Lotte Van Aken
+32 485 55 62 10"""
    t2 = f"""Hoi Lotte,

Top, dan zetten we vrijdag om half drie vast! Je krijgt van mij nog een Teams-link. Zorg dat je een
rustige plek hebt, dan praten we over je ervaring met ritplanning en de rol bij ons.

Groet,
Marloes

{nl_quote_header(dr, OWNER_FULL)}
{quote(r)}
>
> {nl_quote_header(d1, 'Marloes Verbeek <m.verbeek@koelketting.example>')}
{quote(quote(t1))}"""
    mail(case, "02-re-kennismakingsgesprek.eml", frm="Marloes Verbeek <m.verbeek@koelketting.example>",
         subject="Re: Kennismakingsgesprek Planner Koel- en Vriestransport", date=d2, text=t2,
         domain="koelketting.example", in_reply_to=m1)
    label(case, [iv("Koelketting Brabant", "Planner Koel- en Vriestransport", start, end, "scheduled",
                    ["m.verbeek@koelketting.example"], ["m.verbeek@koelketting.example"], "phone_screen")],
          "hard", "positive/thread",
          "Recruiter offers two slots; the candidate picks 'vrijdag om half drie' (=14:30, NOT 2:30/3:30); "
          "'drie kwartier' = 45 min.")


def c04():
    case = "b77-04-outlook-nl-teams-after-dst"
    start, end = T(2026, 3, 31, 10, 15, AMS), T(2026, 3, 31, 11, 15, AMS)
    d1, d2 = T(2026, 3, 25, 11, 20, AMS), T(2026, 3, 25, 11, 34, AMS)
    t1 = f"""Hoi Lotte,

Namens Mark Visser (manager Supply Chain) en Dewi Smit (directeur Operations) nodig ik je graag uit
voor een tweede gesprek voor de functie Supply Chain Planner. Het gesprek vindt plaats op
{nl_day(start)} om kwart over tien, via Teams, en duurt een uur.

Je ontvangt zo dadelijk een uitnodiging in je agenda van Mark. Ik ben er zelf niet bij, maar voor
vragen kun je me altijd bellen.

Met vriendelijke groet,

Nadia Jansen
HR-adviseur | Polderweg Transport B.V.
Polderweg 112, 2871 RN Schoonhoven | T 0182 555 310
KvK 55534567 | BTW NL855534567B01"""
    mail(case, "01-tweede-gesprek.eml", frm="Nadia Jansen <n.jansen@polderweg.example>",
         subject="Uitnodiging tweede gesprek Supply Chain Planner", date=d1, text=t1, html=html_of(t1),
         domain="polderweg.example", headers=outlook_headers(case, 1, "Uitnodiging tweede gesprek Supply Chain Planner"))
    body = f"""Beste Lotte,

Hierbij de uitnodiging voor ons tweede gesprek. Tot dan!

Mark

{teams(case)}"""
    exchange_invite(case, "02-uitnodiging-teams.eml", org=("Mark Visser", "m.visser@polderweg.example"),
                    attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT"),
                               ("Dewi Smit", "d.smit@polderweg.example", "REQ-PARTICIPANT"),
                               ("Nadia Jansen", "n.jansen@polderweg.example", "OPT-PARTICIPANT")],
                    subject="Uitnodiging: Tweede gesprek Supply Chain Planner - Lotte Van Aken",
                    title="Tweede gesprek Supply Chain Planner - Lotte Van Aken",
                    start=start, end=end, date=d2, text=body, tzid="W. Europe Standard Time")
    label(case, [iv("Polderweg Transport", "Supply Chain Planner", start, end, "scheduled",
                    ["m.visser@polderweg.example", "d.smit@polderweg.example"],
                    ["m.visser@polderweg.example", "d.smit@polderweg.example"], "hiring_manager")],
          "hard", "positive/outlook-teams",
          "Sent in CET (+01:00) for a Tuesday after the 29 March DST switch (+02:00); 'kwart over tien' = 10:15; "
          "Dutch Outlook/Teams invite with W. Europe Standard Time; HR adviser is optional attendee, not interviewer.")


def c05():
    case = "b77-05-google-invite-nl-kennismaking"
    start, end = T(2026, 4, 8, 11, 0, AMS), T(2026, 4, 8, 11, 45, AMS)
    d1, d2 = T(2026, 4, 2, 17, 2, AMS), T(2026, 4, 2, 17, 9, AMS)
    t1 = f"""Hi Lotte,

Leuk dat je gereageerd hebt op onze vacature voor Operations Planner! We zijn een klein team (12 man)
en bouwen een platform dat vervoerders en verladers in de Benelux aan elkaar koppelt.

Ik stel voor dat we {nl_day(start)} om 11 uur even online kennismaken, drie kwartiertjes. Ik stuur je zo
een invite. Past het toch niet, dan hoor ik het wel.

Groetjes,
Bas

--
Bas Hendriks | oprichter
Vrachtwijzer B.V. | Catharijnesingel 80, 3511 GP Utrecht
06 5555 9031 | KvK 55545678"""
    mail(case, "01-bas-kennismaken.eml", frm="Bas Hendriks <bas@vrachtwijzer.example>",
         subject="Even kennismaken?", date=d1, text=t1, domain="vrachtwijzer.example")
    google_invite(case, "02-uitnodiging-google-agenda.eml", org=("Bas Hendriks", "bas@vrachtwijzer.example"),
                  guests=[("", OWNER)], title="Kennismaking Vrachtwijzer x Lotte (Operations Planner)",
                  start=start, end=end, date=d2,
                  description="Informeel eerste gesprek over de rol van Operations Planner. Geen voorbereiding nodig.")
    label(case, [iv("Vrachtwijzer", "Operations Planner", start, end, "scheduled",
                    ["bas@vrachtwijzer.example"], ["bas@vrachtwijzer.example"], "hiring_manager")],
          "easy", "positive/google-invite",
          "Founder e-mail plus Dutch Google Calendar invite (CEST); one interview.")


def c06():
    case = "b77-06-uitzendbureau-doorgestuurd"
    start, end = T(2026, 3, 16, 11, 0, AMS), T(2026, 3, 16, 11, 45, AMS)
    d0, d1 = T(2026, 3, 11, 14, 31, AMS), T(2026, 3, 11, 15, 5, AMS)
    text = f"""Hoi Lotte,

Goed nieuws! Maasvlakte Warehousing wil je graag ontmoeten voor de functie Transportplanner. Zie
hieronder de bevestiging van Jeroen. Ik ga zelf niet mee, maar bel me gerust na afloop om te vertellen
hoe het ging. Succes!

Met vriendelijke groet,

Sara El Amrani
Intercedent Logistiek
Flexpunt Uitzendbureau B.V. | Stationsplein 8, 4811 BB Breda
T 076 555 2301 | M 06 5555 1234
KvK 55512345 | BTW NL855512345B01

________________________________
Van: Jeroen Mulder <j.mulder@maasvlakte-wh.example>
Verzonden: {NL_DAYS[d0.weekday()]} {d0.day} {NL_MONTHS[d0.month]} {d0.year} {hm(d0, ':')}
Aan: Sara El Amrani <sara.elamrani@flexpunt.example>
Onderwerp: RE: Kandidaat Lotte Van Aken - Transportplanner

Hoi Sara,

Dank voor het cv van Lotte, ziet er goed uit. Ik wil haar graag spreken op {nl_day(start)} om 11.00 uur
bij ons op kantoor (Europaweg 910, Maasvlakte Rotterdam, melden bij de receptie van gebouw B). Reken op
ongeveer drie kwartier. Mijn collega Priya Ramdin (teamleider planning) sluit ook aan.

Groet,
Jeroen Mulder
Site Manager | Maasvlakte Warehousing B.V.
T 0181 555 700"""
    mail(case, "01-doorgestuurd-gesprek-transportplanner.eml",
         frm="Sara El Amrani <sara.elamrani@flexpunt.example>",
         subject="Doorgestuurd: Kandidaat Lotte Van Aken - Transportplanner", date=d1, text=text,
         html=html_of(text), domain="flexpunt.example",
         headers=outlook_headers(case, 1, "Kandidaat Lotte Van Aken - Transportplanner"))
    label(case, [iv("Maasvlakte Warehousing", "Transportplanner", start, end, "scheduled",
                    ["j.mulder@maasvlakte-wh.example"], ["j.mulder@maasvlakte-wh.example"], "hiring_manager")],
          "hard", "positive/forwarded",
          "Temp-agency consultant forwards the client's confirmation (Outlook 'Van:/Verzonden:' block); the hiring "
          "company is the client, not the agency; consultant does not attend.")


def c07():
    case = "b77-07-outlook-geannuleerd"
    start, end = T(2026, 4, 2, 13, 30, AMS), T(2026, 4, 2, 14, 30, AMS)
    d1, d2 = T(2026, 3, 19, 10, 2, AMS), T(2026, 3, 30, 8, 45, AMS)
    org = ("Frank de Wit", "f.dewit@rijnmond-forwarding.example")
    att = [(OWNER_NAME, OWNER, "REQ-PARTICIPANT")]
    uid = "040000008200E00074C5B7101A82E00800000000" + hexid(case, "uid", 32).upper()
    loc = "Rijnmond Forwarding, Vondelingenweg 301, 3196 KK Rotterdam-Vondelingenplaat"
    b1 = f"""Beste Lotte,

Zoals telefonisch besproken hierbij de uitnodiging voor het sollicitatiegesprek voor de functie
Teamleider Expeditie op {nl_day(start)} van 13.30 tot 14.30 uur bij ons op kantoor.

Met vriendelijke groet,

Frank de Wit
Manager Operations | Rijnmond Forwarding B.V.
T 010 555 6630 | KvK 55556789"""
    exchange_invite(case, "01-uitnodiging-sollicitatiegesprek.eml", org=org, attendees=att,
                    subject="Uitnodiging: Sollicitatiegesprek Teamleider Expeditie - L. Van Aken",
                    title="Sollicitatiegesprek Teamleider Expeditie - L. Van Aken", start=start, end=end,
                    date=d1, text=b1, tzid="W. Europe Standard Time", location=loc, uid=uid, to=OWNER_FULL)
    b2 = f"""Beste Lotte,

Helaas moet ik ons gesprek van {NL_DAYS[start.weekday()]} annuleren: de vacature is inmiddels intern ingevuld.
Excuses voor het late bericht en veel succes met je zoektocht.

Met vriendelijke groet,
Frank de Wit"""
    exchange_invite(case, "02-geannuleerd.eml", org=org, attendees=att,
                    subject="Geannuleerd: Sollicitatiegesprek Teamleider Expeditie - L. Van Aken",
                    title="Geannuleerd: Sollicitatiegesprek Teamleider Expeditie - L. Van Aken", start=start,
                    end=end, date=d2, text=b2, tzid="W. Europe Standard Time", location=loc, uid=uid, seq=1,
                    method="CANCEL", status="CANCELLED", to=OWNER_FULL)
    label(case, [iv("Rijnmond Forwarding", "Teamleider Expeditie", start, end, "cancelled",
                    ["f.dewit@rijnmond-forwarding.example"], ["f.dewit@rijnmond-forwarding.example"], "hiring_manager")],
          "medium", "positive/cancellation",
          "Dutch Outlook invite then 'Geannuleerd:' METHOD:CANCEL (vacancy filled internally); interview after DST.")


def c08():
    case = "b77-08-afspraakly-booking-then-withdrawal"
    start, end = T(2026, 3, 24, 16, 0, AMS), T(2026, 3, 24, 16, 30, AMS)
    d1, dl, d2, d3 = (T(2026, 3, 19, 13, 22, AMS), T(2026, 3, 22, 20, 41, BRU), T(2026, 3, 23, 9, 58, AMS),
                      T(2026, 3, 23, 10, 1, AMS))
    ilse = ("Ilse Kuipers", "i.kuipers@containerhub-venlo.example")
    uid = f"{hexid(case, 'booking')}@afspraakly.example"
    when = f"{hm(start, ':')} - {hm(end, ':')}, {nl_day_y(start)} (Midden-Europese tijd)"
    t1 = f"""Hoi Lotte,

Je afspraak is ingepland.

Wat: Telefonisch kennismakingsgesprek (30 min) - Planner Intermodaal, Containerhub Venlo
Met: Ilse Kuipers
Wanneer: {when}
Waar: Ilse belt je op +32 485 55 62 10

Wil je iets wijzigen? Afspraak verzetten: https://afspraakly.example/r/{hexid(case, 'r', 12)}
Afspraak annuleren: https://afspraakly.example/c/{hexid(case, 'c', 12)}

Mogelijk gemaakt door Afspraakly"""
    ev = vevent(uid, start, end, "Telefonisch kennismakingsgesprek - Lotte Van Aken", ilse,
                [(ilse[0], ilse[1], "REQ-PARTICIPANT"), (OWNER_NAME, OWNER, "REQ-PARTICIPANT")],
                description="Planner Intermodaal - Containerhub Venlo. Ilse belt je op +32 485 55 62 10.",
                location="Telefoon", stamp=d1)
    cal = calendar("REQUEST", [ev], ["Europe/Amsterdam"], "-//Afspraakly//Afspraakly 2.0//NL")
    m1 = mail(case, "01-afspraakly-bevestigd.eml", frm="Afspraakly <meldingen@afspraakly.example>",
              reply_to=f"{ilse[0]} <{ilse[1]}>",
              subject=f"Bevestigd: Telefonisch kennismakingsgesprek met Ilse Kuipers op {nl_day_y(start)}",
              date=d1, text=t1, html=html_of(t1, "Helvetica,Arial,sans-serif"), domain="afspraakly.example",
              attachments=[(cal, "text", "calendar", "afspraak.ics")])
    lr = f"""Beste Ilse,

Helaas moet ik mijn sollicitatie voor de functie Planner Intermodaal intrekken: de reistijd vanuit
Antwerpen naar Venlo blijkt na nader inzien toch te groot. Zou u het telefoongesprek van dinsdag
willen annuleren? Excuses voor het ongemak.

Met vriendelijke groet,
Lotte Van Aken"""
    t2 = f"""Hoi Lotte,

Jammer, maar begrijpelijk. Dank voor je eerlijkheid! Ik heb de afspraak van dinsdag geannuleerd.
Mocht er ooit iets dichter bij huis vrijkomen, dan laat ik het je weten.

Hartelijke groet,

Ilse Kuipers
Recruiter | Containerhub Venlo B.V.
Celsiusweg 21, 5928 PR Venlo | 077 555 4100

{nl_quote_header(dl, OWNER_FULL)}
{quote(lr)}"""
    mail(case, "02-re-gesprek-dinsdag.eml", frm=f"{ilse[0]} <{ilse[1]}>", subject="RE: Gesprek dinsdag",
         date=d2, text=t2, domain="containerhub-venlo.example", in_reply_to=f"<{hexid(case, 'lotte', 16)}@mail.example>")
    ev2 = vevent(uid, start, end, "Telefonisch kennismakingsgesprek - Lotte Van Aken", ilse,
                 [(ilse[0], ilse[1], "REQ-PARTICIPANT"), (OWNER_NAME, OWNER, "REQ-PARTICIPANT")],
                 seq=1, status="CANCELLED", stamp=d3, method="CANCEL")
    cal2 = calendar("CANCEL", [ev2], ["Europe/Amsterdam"], "-//Afspraakly//Afspraakly 2.0//NL")
    t3 = f"""Hoi Lotte,

De volgende afspraak is geannuleerd door Ilse Kuipers:

Telefonisch kennismakingsgesprek (30 min)
{when}

Reden: "Kandidaat heeft zich teruggetrokken."

Mogelijk gemaakt door Afspraakly"""
    mail(case, "03-afspraakly-geannuleerd.eml", frm="Afspraakly <meldingen@afspraakly.example>",
         reply_to=f"{ilse[0]} <{ilse[1]}>", subject="Geannuleerd: Telefonisch kennismakingsgesprek met Ilse Kuipers",
         date=d3, text=t3, html=html_of(t3, "Helvetica,Arial,sans-serif"), domain="afspraakly.example",
         attachments=[(cal2, "text", "calendar", "afspraak.ics")])
    label(case, [iv("Containerhub Venlo", "Planner Intermodaal", start, end, "cancelled",
                    [ilse[1]], [ilse[1]], "phone_screen")],
          "medium", "positive/cancellation",
          "Invented scheduling vendor (Afspraakly) booking, candidate withdraws in a quoted reply, vendor "
          "cancellation with METHOD:CANCEL; recruiter does the screen.")


def c09():
    case = "b77-09-dokzicht-screen-then-second-round"
    s1, e1 = T(2026, 3, 2, 10, 0), T(2026, 3, 2, 10, 30)
    s2, e2 = T(2026, 3, 17, 13, 0), T(2026, 3, 17, 15, 30)
    d1, d2, d3 = T(2026, 2, 26, 11, 30), T(2026, 3, 3, 15, 10), T(2026, 3, 3, 15, 18)
    assert d1.weekday() == 3 and s1.weekday() == 0 and (s1.date() - d1.date()).days == 4
    sig = """An Janssens
HR Business Partner
Dokzicht Terminals NV | Scheldelaan 450, Haven 560, 2040 Antwerpen
T +32 3 555 77 12 | BTW BE 0478.123.456"""
    t1 = f"""Dag Lotte,

Fijn je daarnet even aan de lijn gehad te hebben. Zoals afgesproken bel ik je maandag om 10u voor een
eerste telefonisch gesprek over de vacature Shift Planner Terminal. Reken op een halfuurtje.

Tot maandag!

{sig}"""
    mail(case, "01-telefonisch-gesprek.eml", frm="An Janssens <an.janssens@dokzicht.example>",
         subject="Telefonisch gesprek - Shift Planner Terminal", date=d1, text=t1, domain="dokzicht.example")
    t2 = f"""Dag Lotte,

Bedankt voor het fijne gesprek van gisteren! We willen je graag uitnodigen voor een tweede gesprek op
de terminal, op {nl_day(s2)} van 13u tot 15u30. Na een gesprek met Pieter Claes (Operations Manager)
en mij krijg je een rondleiding op de kaai en een korte planningscase.

Je ontvangt zo meteen een agenda-uitnodiging. Vergeet je identiteitskaart niet: zonder kom je de
haven niet binnen.

Met vriendelijke groeten,

{sig}"""
    mail(case, "02-uitnodiging-tweede-gesprek.eml", frm="An Janssens <an.janssens@dokzicht.example>",
         subject="Uitnodiging tweede gesprek - Shift Planner Terminal", date=d2, text=t2, html=html_of(t2),
         domain="dokzicht.example")
    google_invite(case, "03-uitnodiging-google-agenda.eml", org=("An Janssens", "an.janssens@dokzicht.example"),
                  guests=[("Pieter Claes", "pieter.claes@dokzicht.example"), ("", OWNER)],
                  title="Tweede gesprek Lotte Van Aken - Shift Planner Terminal", start=s2, end=e2, date=d3,
                  location="Dokzicht Terminals, Scheldelaan 450, 2040 Antwerpen", meet=False,
                  tzlabel="Centraal-Europese tijd - Brussel",
                  description="Gesprek met Pieter Claes en An Janssens, daarna rondleiding en planningscase.")
    label(case, [iv("Dokzicht Terminals", "Shift Planner Terminal", s1, e1, "scheduled",
                    ["an.janssens@dokzicht.example"], ["an.janssens@dokzicht.example"], "phone_screen"),
                 iv("Dokzicht Terminals", "Shift Planner Terminal", s2, e2, "scheduled",
                    ["pieter.claes@dokzicht.example", "an.janssens@dokzicht.example"],
                    ["pieter.claes@dokzicht.example", "an.janssens@dokzicht.example"], "onsite")],
          "hard", "positive/multiple",
          "Two interviews: phone screen 'maandag om 10u' (relative to a Thursday mail -> 2 March) and an on-site "
          "second round 13u-15u30 (mail + Google invite = one).")


def c10():
    case = "b77-10-hirebridge-onsite-loop-english"
    day = (2026, 4, 9)
    sessions = [
        (T(*day, 9, 30, AMS), T(*day, 10, 15, AMS), "Session 1 of 3: Interview with Jasper Koning",
         [("Jasper Koning", "jasper.koning@nordcargo.example")]),
        (T(*day, 10, 15, AMS), T(*day, 11, 0, AMS), "Session 2 of 3: Planning case",
         [("Ayla Demir", "ayla.demir@nordcargo.example"), ("Tom Verhoeven", "tom.verhoeven@nordcargo.example")]),
        (T(*day, 11, 45, AMS), T(*day, 12, 30, AMS), "Session 3 of 3: Interview with Rachel Osei",
         [("Rachel Osei", "rachel.osei@nordcargo.example")]),
    ]
    d1 = T(2026, 4, 1, 10, 5, AMS)
    s0 = sessions[0][0]
    t1 = f"""Hi Lotte,

Great news - the team would like to invite you to our on-site interview for the Network Planner
Benelux role on {en_day(s0)} at our Rotterdam office (Maasboulevard 40, 3011 TX Rotterdam).

Your schedule:
  9.30 - 10.15   Jasper Koning, Head of Network Planning
  10.15 - 11.00  Planning case with Ayla Demir & Tom Verhoeven (Senior Planners)
  11.00 - 11.45  Lunch with the planning team (informal, noon-ish finish)
  11.45 - 12.30  Rachel Osei, HR Business Partner

Please arrive at 9.15 and ask for me at reception. You will receive three calendar invitations from
Hirebridge, our scheduling system - one per session.

Kind regards,

Sophie Lambrecht
Talent Acquisition Coordinator | NordCargo Europe B.V.
+31 10 555 2280 | Chamber of Commerce 55567890"""
    mail(case, "01-onsite-itinerary.eml", frm="Sophie Lambrecht <sophie.lambrecht@nordcargo.example>",
         subject="Your on-site interview at NordCargo - Thursday 9 April", date=d1, text=t1, html=html_of(t1),
         domain="nordcargo.example")
    for i, (s, e, title, people) in enumerate(sessions, start=2):
        d = d1 + timedelta(minutes=8 + i)
        ev = vevent(f"hb-{hexid(case, title)}@hirebridge.example", s, e, f"NordCargo - {title}",
                    ("Sophie Lambrecht", "sophie.lambrecht@nordcargo.example"),
                    [(n, a, "REQ-PARTICIPANT") for n, a in people] + [(OWNER_NAME, OWNER, "REQ-PARTICIPANT")],
                    description=f"Network Planner Benelux - on-site interview. {title}.",
                    location="NordCargo Europe, Maasboulevard 40, 3011 TX Rotterdam", stamp=d)
        cal = calendar("REQUEST", [ev], ["Europe/Amsterdam"], "-//Hirebridge//Scheduler//EN")
        names = " & ".join(n for n, _ in people)
        tx = f"""Hi Lotte,

You're confirmed for the following interview with NordCargo Europe:

{title}
Position: Network Planner Benelux
When: {en_day(s)} {s.year}, {hm(s, ':')} - {hm(e, ':')} CEST (Europe/Amsterdam)
Interviewer(s): {names}
Where: Maasboulevard 40, 3011 TX Rotterdam

Add the attached invitation to your calendar. Need to reschedule? Reply to this e-mail to reach your
coordinator.

-- Sent by Hirebridge on behalf of NordCargo Europe B.V."""
        mail(case, f"0{i}-hirebridge-session-{i - 1}.eml",
             frm="NordCargo Europe via Hirebridge <no-reply@hirebridge.example>",
             reply_to="Sophie Lambrecht <sophie.lambrecht@nordcargo.example>",
             subject=f"Interview confirmation: Network Planner Benelux - {title}", date=d, text=tx,
             html=html_of(tx, "Inter,Arial,sans-serif"), domain="hirebridge.example",
             attachments=[(cal, "text", "calendar", "interview.ics")])
    who = ["jasper.koning@nordcargo.example", "ayla.demir@nordcargo.example", "tom.verhoeven@nordcargo.example",
           "rachel.osei@nordcargo.example"]
    label(case, [iv("NordCargo Europe", "Network Planner Benelux", sessions[0][0], sessions[-1][1], "scheduled",
                    who, who, "onsite")],
          "hard", "positive/onsite-loop",
          "English itinerary + three separate Hirebridge invites on one day with a lunch gap -> ONE onsite "
          "09:30-12:30 CEST with four interviewers; coordinator is not an interviewer.")


def gcal_event(case, *, eid, seq, start, end, created, updated, summary, description, org, others):
    return {
        "kind": "calendar#event",
        "etag": f"\"{int(hashlib.sha1(f'{case}{seq}'.encode()).hexdigest()[:15], 16)}\"",
        "id": eid,
        "status": "confirmed",
        "htmlLink": f"https://www.google.com/calendar/event?eid={hexid(case, 'link', 40)}",
        "created": created.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "updated": updated.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")[:-4] + "Z",
        "summary": summary,
        "description": description,
        "location": "Groenveld Agro Logistics, Handelsweg 5, 2681 RZ Monster",
        "creator": {"email": org[1], "displayName": org[0]},
        "organizer": {"email": org[1], "displayName": org[0]},
        "start": {"dateTime": iso(start), "timeZone": "Europe/Amsterdam"},
        "end": {"dateTime": iso(end), "timeZone": "Europe/Amsterdam"},
        "iCalUID": f"{eid}@google.com",
        "sequence": seq,
        "attendees": [{"email": org[1], "displayName": org[0], "organizer": True, "responseStatus": "accepted"}]
        + [{"email": a, "displayName": n, "responseStatus": "accepted"} for n, a in others]
        + [{"email": OWNER, "self": True, "responseStatus": "accepted" if seq == 0 else "needsAction"}],
        "reminders": {"useDefault": True},
        "eventType": "default",
    }


def c11():
    case = "b77-11-gcal-json-moved-across-dst"
    org = ("Marieke Dekker", "marieke.dekker@groenveld-agro.example")
    eid = hexid(case, "event")
    s0, e0 = T(2026, 3, 26, 15, 0, AMS), T(2026, 3, 26, 16, 0, AMS)
    s1, e1 = T(2026, 3, 30, 15, 0, AMS), T(2026, 3, 30, 16, 0, AMS)
    summ = "Sollicitatiegesprek Planner Expeditie (AGF) - Lotte Van Aken"
    desc = "Gesprek met Marieke Dekker (Manager Logistiek). Neem je cv mee; we lopen daarna even door het DC."
    ev0 = gcal_event(case, eid=eid, seq=0, start=s0, end=e0, created=T(2026, 3, 17, 10, 0, AMS),
                     updated=T(2026, 3, 17, 10, 4, AMS), summary=summ, description=desc, org=org, others=[])
    add(case, "01-sollicitatiegesprek.gcal.json", (json.dumps(ev0, indent=2, ensure_ascii=False) + "\n").encode())
    d = T(2026, 3, 23, 8, 52, AMS)
    t = f"""Goedemorgen Lotte,

Vervelend, maar {NL_DAYS[s0.weekday()]} lukt bij mij helaas niet meer: ik moet die middag naar een klant in
Venlo. Kunnen we ons gesprek verzetten naar {nl_day(s1)}, zelfde tijd (15.00 uur)? Ik pas de uitnodiging
in de agenda aan; als je niet kunt hoor ik het graag.

Met vriendelijke groet,

Marieke Dekker
Manager Logistiek | Groenveld Agro Logistics B.V.
Handelsweg 5, 2681 RZ Monster | 0174 555 620
KvK 55578901"""
    mail(case, "02-verzetten-gesprek.eml", frm=f"{org[0]} <{org[1]}>", subject="Ons gesprek van donderdag",
         date=d, text=t, html=html_of(t), domain="groenveld-agro.example")
    ev1 = gcal_event(case, eid=eid, seq=1, start=s1, end=e1, created=T(2026, 3, 17, 10, 0, AMS),
                     updated=T(2026, 3, 23, 8, 55, AMS), summary=summ, description=desc, org=org, others=[])
    add(case, "03-sollicitatiegesprek-bijgewerkt.gcal.json",
        (json.dumps(ev1, indent=2, ensure_ascii=False) + "\n").encode())
    label(case, [iv("Groenveld Agro Logistics", "Planner Expeditie (AGF)", s1, e1, "scheduled",
                    [org[1]], [org[1]], "hiring_manager")],
          "hard", "positive/reschedule",
          "Calendar API event moved from Thu 26 Mar 15:00 CET to Mon 30 Mar 15:00 CEST (same id, sequence 1); "
          "the wall-clock time is unchanged but the offset changes across DST.")


def c12():
    case = "b77-12-english-chicago-hiring-manager"
    start, end = T(2026, 3, 19, 9, 30, CHI), T(2026, 3, 19, 10, 15, CHI)
    local = start.astimezone(BRU)
    gap = int((BRU.utcoffset(local.replace(tzinfo=None)) - CHI.utcoffset(start.replace(tzinfo=None))).total_seconds() // 3600)
    assert local.hour == 15 and local.minute == 30 and gap == 6
    d1, dl, d2 = T(2026, 3, 13, 8, 12, CHI), T(2026, 3, 13, 16, 20, BRU), T(2026, 3, 13, 10, 41, CHI)
    sig = """Dana Whitfield
VP Operations, Lakeshore Freight Systems
222 W. Kinzie St, Suite 900, Chicago, IL 60654
+1 (312) 555-0148"""
    t1 = f"""Hi Lotte,

Thanks for your time with Greg earlier this week - he was impressed. I'd like to set up a conversation
about the EMEA Logistics Planner role (remote, based in Antwerp). Does Thu 3/19 @ 9:30a CT work? That
should be {local.hour - 12}:{local.minute:02d}pm your time - we're already on daylight time, so the gap is
{gap} hours this month, not {gap + 1}. Plan on 45 minutes.

Best,
{sig}"""
    m1 = mail(case, "01-next-conversation.eml", frm="Dana Whitfield <dana.whitfield@lakeshorefreight.example>",
              subject="Next conversation - EMEA Logistics Planner", date=d1, text=t1,
              domain="lakeshorefreight.example", cte="7bit")
    r = f"""Hi Dana,

Thursday at 15:30 Antwerp time works perfectly for me. Looking forward to it!

Kind regards,
Lotte"""
    t2 = f"""Great - you're on my calendar. Zoom details below.

Dana

Join Zoom Meeting
https://lakeshorefreight.zoom.example/j/83155501234?pwd=Qk5xWnR0
Meeting ID: 831 5550 1234
Passcode: 448812

{sig}

On Fri, Mar 13, 2026 at {dl.astimezone(CHI).strftime('%-I:%M %p')} Lotte Van Aken <{OWNER}> wrote:
{quote(r)}
>
> On Fri, Mar 13, 2026 at 8:12 AM Dana Whitfield <dana.whitfield@lakeshorefreight.example> wrote:
{quote(quote(t1))}"""
    mail(case, "02-re-next-conversation.eml", frm="Dana Whitfield <dana.whitfield@lakeshorefreight.example>",
         subject="Re: Next conversation - EMEA Logistics Planner", date=d2, text=t2,
         domain="lakeshorefreight.example", in_reply_to=m1)
    label(case, [iv("Lakeshore Freight Systems", "EMEA Logistics Planner", start, end, "scheduled",
                    ["dana.whitfield@lakeshorefreight.example"], ["dana.whitfield@lakeshorefreight.example"],
                    "hiring_manager")],
          "hard", "positive/timezone",
          "'Thu 3/19 @ 9:30a CT' during the US-EU DST gap (CDT -05:00 = 15:30 in Antwerp); English thread.")


def c13():
    case = "b77-13-werkvinder-relay-then-one-hour-later"
    old = T(2026, 4, 1, 13, 0, AMS)
    start, end = T(2026, 4, 1, 14, 0, AMS), T(2026, 4, 1, 15, 0, AMS)
    d1, d2, dl, d3 = (T(2026, 3, 26, 12, 15, AMS), T(2026, 3, 30, 8, 5, AMS), T(2026, 3, 30, 8, 40, BRU),
                      T(2026, 3, 30, 9, 47, AMS))
    msg = f"""Beste Lotte,

Bedankt voor je reactie via Werkvinder. Wij nodigen je uit voor een sollicitatiegesprek op
{nl_day(old)} om 13.00 uur bij ons op kantoor, Industrieweg 12 in Tilburg. Het gesprek duurt
ongeveer een uur.

Kun je niet? Mail dan naar henk@vandijk-transport.example.

Met vriendelijke groet,
Henk van Dijk
Directeur, Transportbedrijf Van Dijk &amp; Zonen"""
    body = "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in msg.split("\n\n"))
    html = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Werkvinder</title></head>
<body style="margin:0;background:#f3f5f7"><table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#1b2733">
<tr><td style="background:#0f6e5a;color:#fff;padding:16px 24px;font-size:20px"><b>werkvinder</b></td></tr>
<tr><td style="padding:24px"><p>Hoi Lotte,</p>
<p><b>Transportbedrijf Van Dijk &amp; Zonen</b> heeft je een bericht gestuurd over je sollicitatie
<b>Planner Nationaal Transport</b> (Tilburg).</p>
<div style="border-left:4px solid #0f6e5a;padding:8px 16px;background:#f7faf9">{body}</div>
<p><a href="https://www.werkvinder.example/berichten/{hexid(case, 'msg', 12)}" style="background:#0f6e5a;color:#fff;padding:10px 18px;text-decoration:none;border-radius:4px">Bekijk bericht</a></p>
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#6b7785">Je ontvangt deze e-mail omdat je via Werkvinder hebt gesolliciteerd.
Werkvinder B.V., Postbus 5512, 3500 GM Utrecht. <a href="https://www.werkvinder.example/instellingen">Meldingen beheren</a></td></tr>
</table></td></tr></table></body></html>"""
    mail(case, "01-werkvinder-bericht-werkgever.eml", frm="Werkvinder <berichten@werkvinder.example>",
         subject="Nieuw bericht van Transportbedrijf Van Dijk & Zonen over je sollicitatie", date=d1, html=html,
         html_cte="base64", domain="werkvinder.example")
    t2 = f"""Goedemorgen Lotte,

Er is bij mij woensdag iets tussengekomen. Zou je een uur later kunnen komen, dus om 14.00 uur?
Verder blijft alles hetzelfde.

Groet,
Henk van Dijk
Transportbedrijf Van Dijk & Zonen B.V. | Industrieweg 12, 5015 BT Tilburg
013 555 2299 | KvK 55589012"""
    m2 = mail(case, "02-een-uur-later.eml", frm="Henk van Dijk <henk@vandijk-transport.example>",
              subject="Gesprek woensdag", date=d2, text=t2, domain="vandijk-transport.example")
    r = """Goedemorgen Henk,

Geen probleem, 14.00 uur is prima.

Groet,
Lotte"""
    t3 = f"""Prima, graag tot dan!

Henk

{nl_quote_header(dl, OWNER_FULL)}
{quote(r)}
>
> {nl_quote_header(d2, 'Henk van Dijk <henk@vandijk-transport.example>')}
{quote(quote(t2))}"""
    mail(case, "03-re-gesprek-woensdag.eml", frm="Henk van Dijk <henk@vandijk-transport.example>",
         subject="Re: Gesprek woensdag", date=d3, text=t3, domain="vandijk-transport.example", in_reply_to=m2)
    label(case, [iv("Transportbedrijf Van Dijk & Zonen", "Planner Nationaal Transport", start, end, "scheduled",
                    ["henk@vandijk-transport.example"], ["henk@vandijk-transport.example"], "hiring_manager")],
          "hard", "positive/reschedule",
          "Job-board relay (HTML-only, base64) invites for 1 April 13.00; the director moves it 'een uur later' "
          "(14.00) by e-mail; final time wins.")


# ---------------------------------------------------------------- negatives

def n14():
    case = "b77-14-werkdienst-loopbaanbegeleider"
    start, end = T(2026, 3, 16, 14, 0), T(2026, 3, 16, 14, 45)
    d = T(2026, 3, 6, 10, 30)
    t = f"""Beste Lotte Van Aken,

Je bent ingeschreven als werkzoekende. Graag nodigen we je uit voor een gesprek met je
loopbaanbegeleider Wim Vervoort.

Wanneer: {nl_day_y(start)} om 14h (ongeveer 45 minuten)
Waar: Werkwinkel Antwerpen-Centrum, Kipdorp 31, 2000 Antwerpen (loket 4)

Tijdens het gesprek overlopen we je sollicitaties van de voorbije maanden, bekijken we samen
openstaande vacatures als planner en bereiden we je voor op je volgende sollicitatiegesprekken.
Breng je cv en je identiteitskaart mee.

Kan je niet komen? Verwittig ons dan minstens 24 uur op voorhand via 0800 55 530 of via je
online dossier. Afwezigheid zonder geldige reden kan gevolgen hebben voor je uitkering.

Met vriendelijke groeten,
Vlaamse Werkdienst - team Antwerpen
Dit is een automatisch bericht; antwoorden op deze e-mail worden niet gelezen."""
    ev = vevent(f"{hexid(case, 'ev')}@werkdienst.example", start, end, "Gesprek loopbaanbegeleider Vlaamse Werkdienst",
                ("Vlaamse Werkdienst", "noreply@werkdienst.example"), [(OWNER_NAME, OWNER, "REQ-PARTICIPANT")],
                tzid="Europe/Brussels", location="Kipdorp 31, 2000 Antwerpen", stamp=d)
    cal = calendar("PUBLISH", [ev], ["Europe/Brussels"], "-//Vlaamse Werkdienst//Afspraken//NL")
    mail(case, "01-uitnodiging-gesprek-loopbaanbegeleider.eml",
         frm="Vlaamse Werkdienst <noreply@werkdienst.example>",
         subject="Uitnodiging: gesprek met je loopbaanbegeleider", date=d, text=t, html=html_of(t, "Arial"),
         domain="werkdienst.example", attachments=[(cal, "text", "calendar", "afspraak.ics")])
    label(case, [], "hard", "negative/appointment",
          "Public employment service (VDAB/UWV-like) appointment about applications and 'sollicitatiegesprekken'; "
          "not a job interview.")


def n15():
    case = "b77-15-functioneringsgesprek-doorgestuurd"
    start, end = T(2026, 3, 18, 10, 0), T(2026, 3, 18, 11, 0)
    d0, d = T(2026, 3, 5, 16, 2), T(2026, 3, 5, 18, 40)
    inner = f"""Dag Lotte,

Zoals elk jaar plannen we ons functioneringsgesprek. We bekijken hoe het afgelopen jaar ging, je
doelen voor 2026, je opleidingswensen en hoe jij je rol als planner verder ziet (ook eventuele
interne vacatures komen aan bod). Vul je vooraf het formulier in HR-portaal in?

Groeten,
Geert

Geert Maes
Teamleider Planning | Scaldis Shipping Services NV
Kattendijkdok-Oostkaai 22, 2000 Antwerpen | BTW BE 0412.345.678"""
    text = f"""


Verstuurd vanaf mijn werkaccount - voor mijn eigen agenda.

________________________________
Van: Geert Maes <geert.maes@scaldis-shipping.example>
Verzonden: {NL_DAYS[d0.weekday()]} {d0.day} {NL_MONTHS[d0.month]} {d0.year} {hm(d0, ':')}
Aan: Lotte Van Aken <lotte.vanaken@scaldis-shipping.example>
Onderwerp: Functioneringsgesprek 2026 - Lotte Van Aken
Wanneer: {nl_day_y(start)} {hm(start, ':')}-{hm(end, ':')} (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen
Waar: Vergaderzaal Schelde (2e verdieping)

{inner}"""
    ev = vevent("040000008200E00074C5B7101A82E00800000000" + hexid(case, "uid", 32).upper(), start, end,
                "Functioneringsgesprek 2026 - Lotte Van Aken", ("Geert Maes", "geert.maes@scaldis-shipping.example"),
                [("Lotte Van Aken", "lotte.vanaken@scaldis-shipping.example", "REQ-PARTICIPANT")],
                tzid="Romance Standard Time", description=inner, location="Vergaderzaal Schelde (2e verdieping)",
                stamp=d0, exchange=True)
    cal = calendar("REQUEST", [ev], ["Romance Standard Time"], PROD_EXCH)
    mail(case, "01-doorgestuurd-functioneringsgesprek.eml",
         frm="Lotte Van Aken <lotte.vanaken@scaldis-shipping.example>",
         subject="Doorgestuurd: Uitnodiging: Functioneringsgesprek 2026 - Lotte Van Aken", date=d, text=text,
         html=html_of(text), domain="scaldis-shipping.example",
         headers=outlook_headers(case, 1, "Functioneringsgesprek 2026 - Lotte Van Aken"),
         attachments=[(cal, "text", "calendar", "Functioneringsgesprek 2026.ics")])
    label(case, [], "hard", "negative/internal-meeting",
          "Annual review at the current employer, forwarded from the work account with an Outlook .ics; "
          "mentions role/internal vacancies but is not a hiring interview.")


def n16():
    case = "b77-16-afwijzing-na-gesprek"
    past = T(2026, 3, 10, 14, 0)
    d = T(2026, 3, 13, 15, 45)
    t = f"""Beste Lotte,

Nogmaals bedankt voor het prettige sollicitatiegesprek van {nl_day(past)} om 14.00 uur en de tijd die je
hebt genomen om ons beter te leren kennen.

We hebben een moeilijke keuze moeten maken tussen een aantal sterke kandidaten. Helaas moeten we je
laten weten dat we hebben gekozen voor een kandidaat met meer ervaring in de planning van
bulktransport. We gaan daarom niet verder met je sollicitatie voor de functie Logistiek Coördinator.

Wil je graag feedback op het gesprek? Plan dan via deze link een telefonisch moment van 15 minuten
in: https://afspraakly.example/kempencargo/feedback - of bel me op +32 14 55 51 20.

Met je toestemming bewaren we je cv nog een jaar in onze kandidatendatabank.

Met vriendelijke groeten,

Lies Goossens
HR Officer | Kempen Cargo Services NV
Industrieweg 4, 2280 Grobbendonk | BTW BE 0467.891.234"""
    mail(case, "01-terugkoppeling-sollicitatie.eml", frm="Lies Goossens <lies.goossens@kempencargo.example>",
         subject="Terugkoppeling op je sollicitatie - Logistiek Coördinator", date=d, text=t, html=html_of(t),
         domain="kempencargo.example")
    label(case, [], "medium", "negative/rejection",
          "Rejection (afwijzing) that names the past interview date/time and offers an unbooked feedback call link.")


def n17():
    case = "b77-17-huisarts-herinnering"
    start, end = T(2026, 3, 17, 8, 50), T(2026, 3, 17, 9, 0)
    d = T(2026, 3, 15, 18, 0)
    t = f"""Beste mevrouw Van Aken,

Dit is een herinnering aan uw afspraak bij Huisartsenpraktijk De Linde.

Datum: {nl_day_y(start)}
Tijd: 08.50 uur
Bij: dr. M. Claeys
Type: consult (10 minuten)

Gelieve uw identiteitskaart mee te brengen. Kan u niet komen? Annuleer dan uiterlijk 24 uur op
voorhand via de knop hieronder of bel het secretariaat op 03 555 12 34. Liever een telefonisch
gesprek met de arts? Kies dan bij uw volgende afspraak voor "telefonisch consult".

Met vriendelijke groet,
Huisartsenpraktijk De Linde
Lindelei 14, 2610 Wilrijk

Verstuurd via MijnZorgAfspraak - dit is een automatisch bericht."""
    ev = vevent(f"{hexid(case, 'ev')}@mijnzorgafspraak.example", start, end, "Afspraak huisarts - dr. M. Claeys",
                ("Huisartsenpraktijk De Linde", "noreply@mijnzorgafspraak.example"),
                [(OWNER_NAME, OWNER, "REQ-PARTICIPANT")], tzid="Europe/Brussels",
                location="Lindelei 14, 2610 Wilrijk", stamp=d)
    cal = calendar("PUBLISH", [ev], ["Europe/Brussels"], "-//MijnZorgAfspraak//NL")
    mail(case, "01-herinnering-afspraak.eml", frm="Huisartsenpraktijk De Linde <noreply@mijnzorgafspraak.example>",
         subject=f"Herinnering: uw afspraak op {nl_day_y(start)} om 08.50 uur", date=d, text=t,
         html=html_of(t, "Arial"), domain="mijnzorgafspraak.example",
         attachments=[(cal, "text", "calendar", "afspraak.ics")])
    label(case, [], "easy", "negative/appointment", "GP (huisarts) appointment reminder with .ics.")


def n18():
    case = "b77-18-sollicitatietraining-webinar"
    start, end = T(2026, 3, 26, 19, 30, AMS), T(2026, 3, 26, 21, 0, AMS)
    d = T(2026, 3, 20, 12, 0, AMS)
    t = f"""Hoi Lotte,

Je plek is bevestigd! Tot {nl_day(start)}.

Online sollicitatietraining: "Overtuig in je sollicitatiegesprek"
{nl_day_y(start).capitalize()}, 19.30 - 21.00 uur (Zoom)
Trainer: Mirjam Boersma, loopbaancoach en oud-recruiter

Wat leer je?
- De STAR-methode voor competentiegerichte interviewvragen
- Hoe je je voorbereidt op een kennismakingsgesprek en een tweede gesprek
- Oefenen in break-out rooms: je speelt zelf kandidaat en recruiter in een proefinterview

Deelnemen: https://zoom.example/j/94455501234 (toegangscode 2026)

Tot dan!
Flexpunt Academy - gratis trainingen voor werkzoekenden
Flexpunt Uitzendbureau B.V. | KvK 55512345"""
    ev = vevent(f"{hexid(case, 'ev')}@flexpunt.example", start, end,
                "Webinar: Overtuig in je sollicitatiegesprek (Flexpunt Academy)",
                ("Flexpunt Academy", "academy@flexpunt.example"), [(OWNER_NAME, OWNER, "REQ-PARTICIPANT")],
                description="Online sollicitatietraining via Zoom: https://zoom.example/j/94455501234",
                location="Zoom", stamp=d)
    cal = calendar("REQUEST", [ev], ["Europe/Amsterdam"], "-//Flexpunt//Events//NL")
    mail(case, "01-webinar-bevestiging.eml", frm="Flexpunt Academy <academy@flexpunt.example>",
         subject="Bevestiging: online sollicitatietraining 'Overtuig in je sollicitatiegesprek'", date=d, text=t,
         html=html_of(t, "Arial"), domain="flexpunt.example", attachments=[(cal, "text", "calendar", "webinar.ics")])
    label(case, [], "medium", "negative/webinar",
          "Group 'sollicitatietraining' webinar with mock interviews; coaching, not a job interview.")


def n19():
    case = "b77-19-werkvinder-vacature-alert"
    d = T(2026, 3, 9, 7, 0, AMS)
    jobs = [("Logistiek Planner", "Havenstad Distributie", "Antwerpen", "Direct op gesprek! Sollicitatiegesprek binnen 48 uur"),
            ("Transportplanner (m/v/x)", "Flexpunt voor klant in Bergen op Zoom", "Bergen op Zoom",
             "Kennismakingsgesprek op dinsdag of donderdag"),
            ("Planner Binnenvaart", "Rivierlink B.V.", "Dordrecht", "Nieuw"),
            ("Supply Chain Planner", "Polderweg Transport B.V.", "Schoonhoven", "Gesprekken in week 12")]
    rows = "".join(
        f'<tr><td style="padding:12px 0;border-bottom:1px solid #e3e7eb"><a href="https://www.werkvinder.example/vacature/'
        f'{hexid(case, j[0], 8)}" style="color:#0f6e5a;font-size:16px;font-weight:bold">{j[0]}</a><br>{j[1]} - {j[2]}<br>'
        f'<span style="color:#b45309">{j[3]}</span></td></tr>' for j in jobs)
    html = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif">
<table width="600" align="center"><tr><td style="background:#0f6e5a;color:#fff;padding:16px;font-size:20px"><b>werkvinder</b></td></tr>
<tr><td><p>Hoi Lotte,</p><p>Er zijn <b>{len(jobs)} nieuwe vacatures</b> voor je zoekopdracht <b>"logistiek planner" binnen 50 km van Antwerpen</b>.</p>
<table width="100%">{rows}</table>
<p>Tip: werkgevers met het label "Direct op gesprek" plannen binnen twee dagen een sollicitatiegesprek met geschikte kandidaten.</p>
<p style="font-size:11px;color:#6b7785">Werkvinder B.V., Postbus 5512, 3500 GM Utrecht. <a href="https://www.werkvinder.example/alerts/uit">Uitschrijven</a></p>
</td></tr></table></body></html>"""
    mail(case, "01-vacature-alert.eml", frm="Werkvinder <alerts@werkvinder.example>",
         subject=f"{len(jobs)} nieuwe vacatures voor 'logistiek planner' - direct op gesprek", date=d, html=html,
         html_cte="quoted-printable", domain="werkvinder.example",
         headers=[("List-Unsubscribe", "<https://www.werkvinder.example/alerts/uit>")])
    label(case, [], "easy", "negative/job-alert", "Job-board alert with 'Direct op gesprek' / interview wording.")


def n20():
    case = "b77-20-flexpunt-plan-zelf-een-moment"
    d = T(2026, 3, 11, 9, 20, AMS)
    t = """Hoi Lotte,

Ik zag je cv voorbijkomen op Werkvinder en ik denk dat ik een paar mooie opdrachten voor je heb als
planner in de regio Antwerpen-Roosendaal. Ik wil graag een kennismakingsgesprek met je inplannen
(een halfuur, telefonisch of via Teams).

Kies via onderstaande link een moment dat jou schikt. Ik heb volgende week dinsdag en woensdag nog
ruimte tussen 9.00 en 12.00 uur:
https://afspraakly.example/koen-willems/kennismaking

Hoor graag van je!

Met vriendelijke groet,

Koen Willems
Intercedent | Flexpunt Uitzendbureau B.V.
Markt 12, 4701 PB Roosendaal | 0165 555 870
KvK 55512345 | BTW NL855512345B01"""
    mail(case, "01-kennismaking-inplannen.eml", frm="Koen Willems <koen.willems@flexpunt.example>",
         subject="Kennismaking? Planner-opdrachten regio Antwerpen/Roosendaal", date=d, text=t, html=html_of(t),
         domain="flexpunt.example")
    label(case, [], "medium", "negative/not-yet-scheduled",
          "Agency asks the candidate to book a kennismakingsgesprek via a scheduling link; nothing booked.")


def n21():
    case = "b77-21-werfwijs-ontvangstbevestiging"
    d = T(2026, 3, 17, 22, 14, AMS)
    t = """Beste Lotte,

Bedankt voor je sollicitatie op de functie Planner Binnenvaart bij Rivierlink B.V. We hebben je cv
en motivatiebrief in goede orde ontvangen.

Wat gebeurt er nu?
1. Binnen 10 werkdagen laten we je weten of je bent geselecteerd voor een eerste gesprek.
2. Het eerste gesprek (kennismaking) vindt meestal plaats op dinsdag- of donderdagmiddag op ons
   kantoor in Dordrecht en duurt ongeveer een uur.
3. Een tweede gesprek bestaat uit een praktijkcase met de teamleider planning.

Je kunt de status van je sollicitatie altijd volgen in je kandidatenportaal:
https://rivierlink.werfwijs.example/portaal

Met vriendelijke groet,
Team Recruitment Rivierlink

--
Dit bericht is verstuurd via Werfwijs. Antwoorden op dit e-mailadres worden niet gelezen."""
    mail(case, "01-bevestiging-sollicitatie.eml", frm="Rivierlink via Werfwijs <noreply@werfwijs.example>",
         subject="Bevestiging van je sollicitatie - Planner Binnenvaart", date=d, text=t, html=html_of(t, "Arial"),
         domain="werfwijs.example")
    label(case, [], "medium", "negative/application-received",
          "ATS receipt describing the future interview process (weekday afternoons, one hour) without a booking.")


def n22():
    case = "b77-22-one-way-video-interview"
    d = T(2026, 3, 16, 9, 0, AMS)
    deadline = T(2026, 3, 20, 23, 59, AMS)
    t = f"""Hoi Lotte,

Schiedam Bulk Terminals nodigt je uit voor een video-interview voor de functie Operationeel Planner.

Hoe werkt het?
- Je beantwoordt 5 vragen op video, wanneer het jou uitkomt.
- Per vraag heb je 30 seconden bedenktijd en maximaal 2 minuten om te antwoorden.
- Je hebt geen afspraak nodig: neem je video-interview op vóór {nl_day(deadline)} om 23.59 uur.

Start je video-interview: https://app.vidiview.example/i/{hexid(case, 'i', 16)}

Tip: zorg voor een rustige ruimte en goed licht. De recruiter bekijkt je antwoorden daarna en neemt
contact met je op over een eventueel vervolggesprek.

Succes!
Het Vidiview-team namens Schiedam Bulk Terminals"""
    mail(case, "01-video-interview-uitnodiging.eml", frm="Schiedam Bulk Terminals via Vidiview <no-reply@vidiview.example>",
         subject="Uitnodiging video-interview - Operationeel Planner", date=d, text=t,
         html=html_of(t, "Helvetica,Arial"), domain="vidiview.example")
    label(case, [], "hard", "negative/assessment",
          "One-way recorded video interview with a deadline; not a live conversation.")


def main():
    for fn in [c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13,
               n14, n15, n16, n17, n18, n19, n20, n21, n22]:
        fn()
    for name in os.listdir(HERE):
        p = os.path.join(HERE, name)
        if os.path.isdir(p) and name.startswith("b77-"):
            shutil.rmtree(p)
    for case, items in CASES.items():
        os.makedirs(os.path.join(HERE, case))
        for fname, data in items:
            with open(os.path.join(HERE, case, fname), "wb") as f:
                f.write(data)
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as f:
        f.write("# blind77 labels (generated by make_cases.py). See /work/shared/eval/README.md for the schema.\n")
        yaml.safe_dump(LABELS, f, sort_keys=False, allow_unicode=True, width=110)
    print(f"{len(CASES)} cases, {sum(1 for v in LABELS.values() if v['interview'])} positive, "
          f"{sum(len(v['interviews']) for v in LABELS.values())} interviews")


if __name__ == "__main__":
    main()
