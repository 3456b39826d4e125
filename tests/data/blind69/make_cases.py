#!/usr/bin/env python3
"""Deterministic generator for the blind69 interview-detection set.

Rewrites every case folder (b69-*) and labels.yaml next to this file.
Only stdlib + PyYAML + zoneinfo.  All people, companies and domains are invented.
Every UTC offset is computed with zoneinfo (never by hand).
"""
import json
import os
import shutil
from datetime import datetime, timedelta
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import default as POLICY
from email.utils import format_datetime
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
OWNER_NAME = "Felix Waldbauer"
OWNER = "felix.waldbauer@example.com"
BER, VIE, ZRH = "Europe/Berlin", "Europe/Vienna", "Europe/Zurich"
NYC, SEA = "America/New_York", "America/Los_Angeles"
WIN_TZ = {"W. Europe Standard Time": BER}


def T(y, mo, d, h, mi=0, tz=BER):
    return datetime(y, mo, d, h, mi, tzinfo=ZoneInfo(tz))


def iso(dt):
    return dt.isoformat() if dt is not None else None


def A(name, addr):
    user, dom = addr.split("@")
    return Address(display_name=name or "", username=user, domain=dom)


# --------------------------------------------------------------------------- iCalendar
def ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line):
    out, cur, size, limit = [], "", 0, 75
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > limit:
            out.append(cur)
            cur, size, limit = " ", 1, 75
        cur += ch
        size += n
    out.append(cur)
    return "\r\n".join(out)


def vtimezone(tzid):
    return [
        "BEGIN:VTIMEZONE", f"TZID:{tzid}",
        "BEGIN:STANDARD", "DTSTART:16010101T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT",
        "END:VTIMEZONE",
    ]


def fmt_local(dt, tzid):
    if tzid == "UTC":
        return ":" + dt.astimezone(ZoneInfo("UTC")).strftime("%Y%m%dT%H%M%SZ")
    iana = WIN_TZ.get(tzid, tzid)
    return f";TZID={tzid}:" + dt.astimezone(ZoneInfo(iana)).strftime("%Y%m%dT%H%M%S")


def ical(method, ev, prodid="-//Example Corp//Calendar 1.0//DE", tzid=BER, extra_cal=()):
    """ev: dict(uid, seq, start, end, summary, description, location, organizer, attendees,
    status, stamp, extra, allday)"""
    L = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        L.append(f"METHOD:{method}")
    L += list(extra_cal)
    if tzid != "UTC" and not ev.get("allday"):
        L += vtimezone(tzid)
    L.append("BEGIN:VEVENT")
    if ev.get("allday"):
        L.append("DTSTART;VALUE=DATE:" + ev["start"].strftime("%Y%m%d"))
        L.append("DTEND;VALUE=DATE:" + ev["end"].strftime("%Y%m%d"))
    else:
        L.append("DTSTART" + fmt_local(ev["start"], tzid))
        L.append("DTEND" + fmt_local(ev["end"], tzid))
    L.append("DTSTAMP:" + ev["stamp"].astimezone(ZoneInfo("UTC")).strftime("%Y%m%dT%H%M%SZ"))
    if ev.get("organizer"):
        n, e = ev["organizer"]
        L.append(f'ORGANIZER;CN="{n}":mailto:{e}')
    L.append(f"UID:{ev['uid']}")
    for a in ev.get("attendees", []):
        n, e = a[0], a[1]
        role = a[2] if len(a) > 2 else "REQ-PARTICIPANT"
        ps = a[3] if len(a) > 3 else "NEEDS-ACTION"
        L.append(f'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={ps};RSVP=TRUE;CN="{n}":mailto:{e}')
    L.append(f"SEQUENCE:{ev.get('seq', 0)}")
    L.append("SUMMARY:" + ics_escape(ev["summary"]))
    if ev.get("description"):
        L.append("DESCRIPTION:" + ics_escape(ev["description"]))
    if ev.get("location"):
        L.append("LOCATION:" + ics_escape(ev["location"]))
    L.append("STATUS:" + ev.get("status", "CONFIRMED"))
    L.append("TRANSP:" + ev.get("transp", "OPAQUE"))
    L += list(ev.get("extra", []))
    if ev.get("alarm"):
        L += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:Erinnerung", f"TRIGGER:{ev['alarm']}", "END:VALARM"]
    L += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(fold(x) for x in L) + "\r\n"


# --------------------------------------------------------------------------- e-mail
def new_msg(frm, to, subject, date, msgid, cc=None, reply_to=None, extra=(), delivered=True):
    m = EmailMessage()
    if delivered:
        m["Delivered-To"] = OWNER
    for k, v in extra:
        m[k] = v
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    if reply_to:
        m["Reply-To"] = reply_to
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    m["Message-ID"] = msgid
    m["MIME-Version"] = "1.0"
    return m


def outlook_invite(m, text, ics, method="REQUEST", html=None):
    m.set_content(text, cte="quoted-printable")
    if html:
        m.add_alternative(html, subtype="html", cte="quoted-printable")
    m.add_alternative(ics, subtype="calendar", params={"method": method}, cte="base64")
    return m


def attach_ics(m, ics, filename="invite.ics", method=None):
    params = {"method": method} if method else {}
    m.add_attachment(ics.encode("utf-8"), maintype="text", subtype="calendar", filename=filename, params=params)
    return m


def b(m):
    """Serialize with deterministic MIME boundaries (derived from the Message-ID)."""
    import hashlib
    seed = hashlib.sha1(str(m["Message-ID"]).encode()).hexdigest()
    for i, part in enumerate(m.walk()):
        if part.is_multipart():
            part.set_boundary(f"_{i:03d}_{seed[:24]}_")
    return m.as_bytes(policy=POLICY)


def iv(company, role, start, end, status, interviewers, followup, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end), "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(followup), "kind": kind}


def label(interviews, difficulty, category, notes):
    return {"user": OWNER, "interview": bool(interviews), "interviews": interviews,
            "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}


OWN = A(OWNER_NAME, OWNER)
TEAMS = ("________________________________________________________________________________\n"
         "Microsoft Teams-Besprechung\n"
         "Nehmen Sie von Ihrem Computer, Ihrer mobilen App oder Ihrem Raumgerät aus teil\n"
         "Klicken Sie hier, um an der Besprechung teilzunehmen<https://teams.example/l/meetup-join/19%3ameeting_{id}%40thread.v2/0>\n"
         "Besprechungs-ID: {mid}\n"
         "Kennung: {pc}\n"
         "Teams herunterladen<https://teams.example/download> | Im Web beitreten<https://teams.example/join>\n"
         "________________________________________________________________________________\n")
OUTLOOK_EXTRA = [("Thread-Topic", None), ("Accept-Language", "de-DE"), ("Content-Language", "de-DE"),
                 ("X-MS-Has-Attach", ""), ("Content-class", "urn:content-classes:calendarmessage")]


def ol_extra(topic):
    return [(k, topic if v is None else v) for k, v in OUTLOOK_EXTRA]


MS_X = ["X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-IMPORTANCE:1",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
        "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-LOCATIONS:[{\"DisplayName\":\"Microsoft Teams-Besprechung\"}]"]
MS_PRODID = "Microsoft Exchange Server 2010"

CASES = []


def case(cid):
    def deco(fn):
        CASES.append((cid, fn))
        return fn
    return deco


# =========================================================================== cases
@case("b69-01-personalo-kennenlerngespraech-ics")
def c01():
    co, role = "Kessler Antriebstechnik GmbH", "Konstrukteur Getriebetechnik (m/w/d)"
    rec = ("Sabine Roth", "sabine.roth@kessler-antriebe.example")
    start, end = T(2026, 3, 3, 14, 0), T(2026, 3, 3, 14, 45)
    sent = T(2026, 2, 26, 9, 12)
    text = f"""Sehr geehrter Herr Waldbauer,

vielen Dank für Ihre Bewerbung als {role} und das damit verbundene Interesse an der Kessler Antriebstechnik GmbH.

Ihre Unterlagen haben uns gefallen, und wir möchten Sie gerne näher kennenlernen. Hiermit laden wir Sie zu einem telefonischen Kennenlerngespräch ein:

Termin: Dienstag, den 3. März 2026, 14:00 Uhr
Dauer: ca. 45 Minuten
Gesprächspartnerin: Sabine Roth (Talent Acquisition)
Format: Telefon – Frau Roth ruft Sie unter der in Ihrer Bewerbung angegebenen Mobilnummer an.

Im Gespräch möchten wir Sie, Ihre Motivation und Ihre Gehaltsvorstellung kennenlernen und Ihnen die Stelle und unser Team in Nürtingen vorstellen.

Sollte Ihnen der Termin nicht passen, antworten Sie bitte einfach auf diese E-Mail.

Mit freundlichen Grüßen

Sabine Roth
Talent Acquisition

Kessler Antriebstechnik GmbH
Mühlwiesen 12 · 72622 Nürtingen
Tel. +49 7022 55810-214
sabine.roth@kessler-antriebe.example · www.kessler-antriebe.example
Sitz der Gesellschaft: Nürtingen · Amtsgericht Stuttgart HRB 731902
Geschäftsführer: Dipl.-Ing. Heiko Kessler, Martina Kessler-Lutz

--
Diese Nachricht wurde über Personalo versendet. Bitte antworten Sie direkt an die Absenderin.
Datenschutzhinweise: https://kessler-antriebe.jobs.personalo.example/privacy
"""
    html = "<html><body style=\"font-family:Arial,sans-serif;font-size:14px\">" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in text.split("\n\n")) + "</body></html>"
    ics = ical("REQUEST", dict(
        uid="pers-7f3a91c2-0b4e-4b8e-9a51-kessler@personalo.example", seq=0, start=start, end=end,
        summary=f"Kennenlerngespräch – {role} – Kessler Antriebstechnik GmbH",
        description="Telefonisches Kennenlerngespräch mit Sabine Roth (Talent Acquisition). "
                    "Frau Roth ruft Sie an.",
        location="Telefon", organizer=rec, stamp=sent,
        attendees=[rec + ("CHAIR", "ACCEPTED"), (OWNER_NAME, OWNER)]),
        prodid="-//Personalo GmbH//Personalo Recruiting//DE")
    m = new_msg(A("Kessler Antriebstechnik GmbH via Personalo", "noreply@mail.personalo.example"), OWN,
                f"Einladung zum Kennenlerngespräch – {role}", sent,
                "<20260226081200.5c1e9a@mail.personalo.example>", reply_to=A(*rec))
    m.set_content(text, cte="quoted-printable")
    m.add_alternative(html, subtype="html", cte="quoted-printable")
    attach_ics(m, ics, "Kennenlerngespraech.ics")
    items = [("01-einladung-kennenlerngespraech.eml", b(m))]
    lab = label([iv(co, role, start, end, "scheduled", [rec[1]], [rec[1]], "phone_screen")], "easy",
                "positive/ats-ics",
                "Personalo-like ATS invitation (noreply, Reply-To recruiter) with .ics; recruiter calls herself.")
    return items, lab


@case("b69-02-absage-nach-vorstellungsgespraech")
def c02():
    sent = T(2026, 3, 4, 16, 31)
    text = """Sehr geehrter Herr Waldbauer,

nochmals herzlichen Dank für das angenehme und offene Vorstellungsgespräch am 24. Februar bei uns in Schorndorf sowie für die Zeit, die Sie sich für uns genommen haben.

Nach sorgfältiger Abwägung müssen wir Ihnen heute leider mitteilen, dass wir uns für einen anderen Kandidaten entschieden haben, dessen Profil noch etwas besser zu den Anforderungen der Position Konstrukteur Sondermaschinenbau (m/w/d) passt. Diese Entscheidung ist uns nicht leichtgefallen.

Gerne würden wir Ihre Unterlagen in unseren Talentpool aufnehmen und bei passenden Vakanzen erneut auf Sie zukommen. Wenn Sie ein kurzes Feedbackgespräch wünschen, rufen Sie mich gerne an – am besten dienstags oder donnerstags zwischen 9 und 12 Uhr.

Für Ihre berufliche Zukunft wünschen wir Ihnen alles Gute und viel Erfolg.

Mit freundlichen Grüßen

i. A. Carina Weible
Personalreferentin

Remstal Automation GmbH
Gottlieb-Daimler-Str. 41 | 73614 Schorndorf
T +49 7181 90433-120 | carina.weible@remstal-automation.example
Registergericht Stuttgart HRB 284417 | Geschäftsführung: Jochen Remppis
"""
    m = new_msg(A("Carina Weible", "carina.weible@remstal-automation.example"), OWN,
                "Ihre Bewerbung als Konstrukteur Sondermaschinenbau (m/w/d) – Absage", sent,
                "<AM9PR07MB7741D1E2A0C54F2B9C1E2@AM9PR07MB7741.eurprd07.prod.outlook.example>",
                extra=[("Content-Language", "de-DE")])
    m.set_content(text, cte="quoted-printable")
    return [("01-ihre-bewerbung-absage.eml", b(m))], label(
        [], "medium", "negative/rejection",
        "Rejection that mentions a past Vorstellungsgespräch date and offers a Feedbackgespräch by phone.")


@case("b69-03-startup-du-thread-um-halb-drei")
def c03():
    co, role = "Voltwerk Mobility GmbH", "Mechanical Engineer (Battery Housing)"
    tob = ("Tobias Feld", "tobias.feld@voltwerk.example")
    mira = ("Mira König", "mira.koenig@voltwerk.example")
    s1 = T(2026, 3, 4, 17, 40)
    t1 = f"""Hi Felix,

danke dir für deine Bewerbung als {role} – dein Background bei den Gussgehäusen klingt echt spannend für uns!

Lust auf ein technisches Gespräch? Ich würde das zusammen mit Mira machen (unsere Lead Mechanical Engineer), so etwa eine Stunde, gerne bei uns im Büro in München-Sendling. Wir würden mit dir ein paar Fragen zu Dichtkonzepten, Crash-Lastfällen und Toleranzketten durchgehen – nichts, wofür du dich groß vorbereiten musst.

Passt dir nächste Woche Donnerstag Nachmittag oder Freitag Vormittag?

Viele Grüße
Tobias

--
Tobias Feld
CTO & Co-Founder
Voltwerk Mobility GmbH · Implerstraße 24 · 81371 München
+49 89 2154 8870 · voltwerk.example
Amtsgericht München HRB 268113
"""
    m1 = new_msg(A(*tob), OWN, "Deine Bewerbung bei Voltwerk", s1, "<CAF7vW3kQ1x9@mail.voltwerk.example>")
    m1.set_content(t1, cte="8bit")
    s2 = T(2026, 3, 9, 8, 55)
    user_reply = T(2026, 3, 5, 7, 12)
    quoted_user = """Hallo Tobias,

vielen Dank für die schnelle Rückmeldung! Donnerstag Nachmittag passt mir gut, ab 14 Uhr bin ich flexibel. Ich würde mir dafür Urlaub nehmen.

Viele Grüße
Felix"""
    t2 = f"""Hi Felix,

sorry für die späte Antwort, letzte Woche war Messe-Vorbereitung. Dann machen wir Donnerstag um halb drei bei uns im Büro (Implerstraße 24, 3. OG – einfach am Empfang klingeln). Mira ist auch dabei, falls du ihr vorher noch was schicken willst: {mira[1]}

Plan mal eine Stunde ein, danach zeig ich dir gern noch kurz unseren Prototypenbau.

Bis Donnerstag!
Tobias

Am Do., 5. März 2026 um 07:12 Uhr schrieb Felix Waldbauer <{OWNER}>:
""" + "\n".join("> " + x if x else ">" for x in quoted_user.split("\n")) + "\n"
    m2 = new_msg(A(*tob), OWN, "Re: Deine Bewerbung bei Voltwerk", s2, "<CAF7vW3mZ8p2@mail.voltwerk.example>",
                 cc=A(*mira),
                 extra=[("In-Reply-To", "<CAK2fw9Lq0a1@mail.example.com>"),
                        ("References", "<CAF7vW3kQ1x9@mail.voltwerk.example> <CAK2fw9Lq0a1@mail.example.com>")])
    m2.set_content(t2, cte="quoted-printable")
    start, end = T(2026, 3, 12, 14, 30), T(2026, 3, 12, 15, 30)
    return [("01-deine-bewerbung.eml", b(m1)), ("02-re-deine-bewerbung.eml", b(m2))], label(
        [iv(co, role, start, end, "scheduled", [tob[1], mira[1]], [tob[1], mira[1]], "onsite")], "hard",
        "positive/thread-relative-date",
        "Informal du thread; 'Donnerstag um halb drei' = 14:30 on Thu 12 Mar (message dated Mon 9 Mar); "
        "two interviewers (CTO + lead) => panel; 'eine Stunde'.")


@case("b69-04-mitarbeitergespraech-outlook")
def c04():
    boss = ("Ralf Eberle", "r.eberle@neckartal-mb.example")
    start, end = T(2026, 3, 24, 14, 0), T(2026, 3, 24, 15, 30)
    sent = T(2026, 3, 2, 10, 3)
    body = """Hallo Felix,

wie jedes Jahr möchte ich mit dir unser Mitarbeitergespräch führen. Themen:
- Rückblick 2025 (Projekt Schwenkantrieb SA-400, Serienanlauf)
- Zielvereinbarung 2026
- deine Entwicklungsperspektiven – auch die Frage, ob die Rolle als Teamleiter Konstruktion für dich interessant ist
- Weiterbildung (Schweißfachingenieur?)

Bitte füll vorab den Gesprächsbogen im Personalportal aus (Bereich "Mein Gespräch"). Das Gespräch ist vertraulich, HR bekommt nur das unterschriebene Protokoll.

Viele Grüße
Ralf

Ralf Eberle
Leiter Konstruktion & Entwicklung
Neckartal Maschinenbau GmbH | Neckarstraße 112 | 70190 Stuttgart
Tel. +49 711 26880-310 | Mobil +49 171 5528031
Amtsgericht Stuttgart HRB 19044
"""
    when = "Wann: Dienstag, 24. März 2026 14:00-15:30 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.\nWo: Besprechungsraum B2.14 (Altbau, 2. OG)\n\n*~*~*~*~*~*~*~*~*~*\n\n"
    ics = ical("REQUEST", dict(
        uid="040000008200E00074C5B7101A82E00800000000B0A4D6A1C2A8DC01000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90",
        seq=0, start=start, end=end, summary="Mitarbeitergespräch 2026 – Felix Waldbauer",
        description=when.replace("*~*~*~*~*~*~*~*~*~*\n\n", "") + body, location="Besprechungsraum B2.14 (Altbau, 2. OG)",
        organizer=boss, stamp=sent, attendees=[(OWNER_NAME, OWNER)], extra=MS_X[:5]),
        prodid=MS_PRODID, tzid="W. Europe Standard Time")
    m = new_msg(A(*boss), OWN, "Mitarbeitergespräch 2026 – Felix Waldbauer", sent,
                "<FR3P281MB1537A7C2B1F9E0D54A11@FR3P281MB1537.DEUP281.PROD.OUTLOOK.example>",
                extra=ol_extra("Mitarbeitergespräch 2026 – Felix Waldbauer"))
    outlook_invite(m, when + body, ics)
    return [("01-besprechungsanfrage-mitarbeitergespraech.eml", b(m))], label(
        [], "medium", "negative/annual-review",
        "Outlook meeting request from the user's current boss for the annual review; mentions 'Rolle als Teamleiter'.")


@case("b69-05-outlook-besprechungsanfrage-viertel-nach-zehn-dst")
def c05():
    co, role = "Alpenstahl Anlagenbau GmbH", "Konstrukteur Anlagenbau (m/w/d)"
    hr = ("Katharina Leitner", "k.leitner@alpenstahl.example")
    pi = ("DI Markus Pichler", "m.pichler@alpenstahl.example")
    start, end = T(2026, 3, 30, 10, 15, VIE), T(2026, 3, 30, 11, 30, VIE)
    s1 = T(2026, 3, 18, 13, 47, VIE)
    t1 = f"""Sehr geehrter Herr Waldbauer,

vielen Dank für Ihr Interesse an der Position {role} an unserem Standort Linz.

Herr DI Markus Pichler, Leiter der Konstruktion Walzwerkstechnik, möchte Sie gerne in einem Bewerbungsgespräch per Microsoft Teams kennenlernen. Ich darf Ihnen dafür Montag, den 30. März, um Viertel nach zehn vorschlagen; bitte planen Sie rund 75 Minuten ein. Herr Pichler wird Ihnen das Team vorstellen und mit Ihnen einige Ihrer Projekte durchgehen.

Die Einladung kommt gleich separat als Besprechungsanfrage aus Outlook. Bitte beachten Sie: ab 29. März gilt bei uns wie bei Ihnen die Sommerzeit.

Freundliche Grüße aus Linz

Katharina Leitner
Human Resources | Recruiting

Alpenstahl Anlagenbau GmbH
Hafenstraße 47, 4020 Linz, Österreich
T +43 732 77 2140-118
k.leitner@alpenstahl.example
Firmenbuch FN 198432 k | Landesgericht Linz
"""
    m1 = new_msg(A(*hr), OWN, "Ihre Bewerbung – Konstrukteur Anlagenbau – Terminvorschlag", s1,
                 "<VI1PR08MB5321F0A2D7E6C3B8A917@VI1PR08MB5321.eurprd08.prod.outlook.example>",
                 extra=[("Content-Language", "de-AT")])
    m1.set_content(t1, cte="quoted-printable")
    s2 = T(2026, 3, 18, 14, 2, VIE)
    subj = "Bewerbungsgespräch Felix Waldbauer – Konstrukteur Anlagenbau"
    when = ("Wann: Montag, 30. März 2026 10:15-11:30 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.\n"
            "Wo: Microsoft Teams-Besprechung\n\n*~*~*~*~*~*~*~*~*~*\n\n")
    body = ("Sehr geehrter Herr Waldbauer,\n\nanbei die Einladung zum Bewerbungsgespräch mit Herrn DI Pichler. "
            "Ich organisiere den Termin nur und bin selbst nicht dabei.\n\nFreundliche Grüße\nKatharina Leitner\n\n"
            + TEAMS.format(id="NjQ3ZGE5YzMtYWxwZW4", mid="381 552 904 217", pc="q7Xk2L"))
    ics = ical("REQUEST", dict(
        uid="040000008200E00074C5B7101A82E0080000000060F1C3E7A0B6DC01000000000000000010000000C4F1A9E27B3D4E5F8091A2B3C4D5E6F7",
        seq=0, start=start, end=end, summary=subj, description=body, location="Microsoft Teams-Besprechung",
        organizer=hr, stamp=s2, attendees=[(OWNER_NAME, OWNER), pi], extra=MS_X),
        prodid=MS_PRODID, tzid="W. Europe Standard Time")
    m2 = new_msg(A(*hr), [OWN, A(*pi)], subj, s2,
                 "<VI1PR08MB5321C9E4B2A1F7D06B22@VI1PR08MB5321.eurprd08.prod.outlook.example>",
                 extra=ol_extra(subj))
    outlook_invite(m2, when + body, ics)
    return [("01-terminvorschlag.eml", b(m1)), ("02-besprechungsanfrage.eml", b(m2))], label(
        [iv(co, role, start, end, "scheduled", [pi[1]], [pi[1]], "hiring_manager")], "hard",
        "positive/exchange-dst",
        "Austrian German Outlook invite, W. Europe Standard Time, Monday after EU DST switch; "
        "'(UTC+01:00)' display label but real offset +02:00; 'Viertel nach zehn' = 10:15; organizer not on call.")


@case("b69-06-swiss-probearbeitstag-onsite")
def c06():
    co, role = "Brunnhofer Präzisionstechnik AG", "Entwicklungsingenieur Maschinenbau 80–100 %"
    cb = ("Corinne Baumann", "corinne.baumann@brunnhofer.example")
    ra = ("Reto Amsler", "reto.amsler@brunnhofer.example")
    nk = ("Nadia Keller", "nadia.keller@brunnhofer.example")
    start, end = T(2026, 3, 17, 8, 30, ZRH), T(2026, 3, 17, 16, 0, ZRH)
    sent = T(2026, 3, 9, 11, 20, ZRH)
    text = f"""Guten Tag Herr Waldbauer

Vielen Dank für das aufschlussreiche Video-Gespräch von letzter Woche. Gerne möchten wir den Bewerbungsprozess für die Stelle als {role} mit einem Probearbeitstag bei uns in Winterthur fortsetzen.

Datum: Dienstag, 17.03.2026
Ort: Brunnhofer Präzisionstechnik AG, Tössfeldstrasse 8, 8406 Winterthur (Empfang Gebäude C)

Programm:
08.30 Uhr  Empfang und Gespräch mit Reto Amsler (Teamleiter Konstruktion)
09.30 Uhr  Mitarbeit im Team: Konstruktionsaufgabe an einer Spindeleinheit (CAD-Arbeitsplatz steht bereit)
12h00      Mittagessen mit dem Team (Personalrestaurant)
13h30      Fachgespräch mit Nadia Keller (Leiterin Entwicklung)
15h00      Abschlussgespräch mit mir (HR)
ca. 16h00  Ende

Bitte bringen Sie Ihre ID sowie Sicherheitsschuhe mit; für die Werkstatt stellen wir Ihnen eine Schutzbrille zur Verfügung. Die Reisekosten (2. Klasse Stuttgart–Winterthur) übernehmen wir selbstverständlich.

Herr Amsler und Frau Keller sind in Kopie, falls Sie vorab Fragen zur Aufgabe haben.

Bitte bestätigen Sie mir den Termin kurz per E-Mail.

Freundliche Grüsse

Corinne Baumann
HR Business Partner

Brunnhofer Präzisionstechnik AG
Tössfeldstrasse 8
CH-8406 Winterthur
Telefon +41 52 268 41 12
corinne.baumann@brunnhofer.example
www.brunnhofer.example
"""
    html = ("<html><head><meta charset=\"utf-8\"></head><body><div style=\"font-family:Calibri,sans-serif\">"
            + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in text.split("\n\n")) + "</div></body></html>")
    m = new_msg(A(*cb), OWN, "Einladung zum Probearbeitstag am 17.03.2026", sent,
                "<ZR0P278MB0842B3E1F5A6C9D2E0F1@ZR0P278MB0842.CHEP278.PROD.OUTLOOK.example>",
                cc=[A(*ra), A(*nk)], extra=[("Content-Language", "de-CH")])
    m.set_content(text, cte="quoted-printable")
    m.add_alternative(html, subtype="html", cte="quoted-printable")
    ids = [ra[1], nk[1], cb[1]]
    ics = ical("REQUEST", dict(
        uid="040000008200E00074C5B7101A82E00800000000C3D1A2B9E4B5DC01000000000000000010000000BB77AA6611CC22DD33EE44FF5500A1B2",
        seq=0, start=start, end=end, summary="Probearbeitstag Felix Waldbauer (Entwicklungsingenieur)",
        description="08.30 Empfang / Gespräch R. Amsler - 09.30 Mitarbeit im Team - 12h00 Mittagessen - "
                    "13h30 Fachgespräch N. Keller - 15h00 Abschlussgespräch C. Baumann - ca. 16h00 Ende",
        location="Tössfeldstrasse 8, 8406 Winterthur, Gebäude C", organizer=cb, stamp=sent,
        attendees=[(OWNER_NAME, OWNER), ra + ("REQ-PARTICIPANT", "ACCEPTED"), nk + ("REQ-PARTICIPANT", "ACCEPTED")],
        extra=MS_X[:3]), prodid="Microsoft Exchange Server 2010", tzid="W. Europe Standard Time")
    return [("01-einladung-probearbeitstag.eml", b(m)), ("02-probearbeitstag.ics", ics.encode("utf-8"))], label(
        [iv(co, role, start, end, "scheduled", ids, ids, "onsite")], "hard", "positive/onsite-trial-day",
        "Swiss trial day (Probearbeitstag) with three conversations; one onsite from 08:30 to ~16:00, "
        "times written '08.30 Uhr' and '13h30'; HR runs the closing interview so she is an interviewer.")


@case("b69-07-arbeitsagentur-einladung")
def c07():
    sent = T(2026, 2, 27, 7, 58)
    text = """Agentur für Arbeitsvermittlung Region Stuttgart – Geschäftsstelle Feuerbach
Kundennummer: 912D441207
Ihr Zeichen: –   Unser Zeichen: 721-Vm

Einladung

Sehr geehrter Herr Waldbauer,

Sie haben sich aufgrund des Endes Ihres befristeten Arbeitsvertrages zum 30.06.2026 arbeitsuchend gemeldet. Bitte kommen Sie zu einem Gespräch:

am Donnerstag, 12.03.2026, um 08:45 Uhr
Geschäftsstelle Feuerbach, Stuttgarter Straße 60, 70469 Stuttgart, Zimmer 3.112
bei Frau Gül Aydın (Arbeitsvermittlung, Team Technik)

Ich möchte mit Ihnen über Ihr Bewerberangebot, Ihre bisherigen Bewerbungen und Vorstellungsgespräche sowie über Ihre berufliche Situation sprechen. Bitte bringen Sie Ihren Lebenslauf, Ihre Zeugnisse und – falls vorhanden – eine Liste Ihrer Bewerbungen mit.

Wenn Sie den Termin nicht wahrnehmen können, teilen Sie uns das bitte vorher mit (Telefon 0800 4 5555 01, gebührenfrei).

Rechtsfolgenbelehrung: Wenn Sie ohne wichtigen Grund dieser Einladung nicht Folge leisten, tritt eine Sperrzeit wegen Meldeversäumnis ein (§ 159 Abs. 1 Satz 2 Nr. 8 SGB III).

Mit freundlichen Grüßen
Ihre Agentur für Arbeitsvermittlung Region Stuttgart

Dieses Schreiben wurde maschinell erstellt und ist ohne Unterschrift gültig. Antworten auf diese E-Mail werden nicht gelesen; bitte nutzen Sie das Postfach in Ihrem Online-Konto.
"""
    m = new_msg(A("Arbeitsvermittlung Region Stuttgart", "no-reply@arbeitsvermittlung-stuttgart.example"), OWN,
                "Einladung zu einem Gespräch am 12.03.2026 – Kundennummer 912D441207", sent,
                "<eServices.9a1f7c21e4@arbeitsvermittlung-stuttgart.example>")
    m.set_content(text, cte="base64")
    return [("01-einladung-gespraech-arbeitsvermittlung.eml", b(m))], label(
        [], "hard", "negative/job-centre",
        "Job-centre appointment (Meldeaufforderung) that talks about Bewerbungen and Vorstellungsgespräche; not a job interview.")


@case("b69-08-intl-english-gcal-json-noon-et")
def c08():
    co, role = "Halverson Fluidics", "Senior Mechanical Design Engineer (Stuttgart Tech Center)"
    dana = ("Dana Whitfield", "dwhitfield@halversonfluidics.example")
    greg = ("Greg Oduya", "goduya@halversonfluidics.example")
    start, end = T(2026, 3, 24, 12, 0, NYC), T(2026, 3, 24, 12, 45, NYC)
    s1 = T(2026, 3, 16, 15, 2, NYC)
    t1 = f"""Hi Felix,

Great news - Greg would like to meet you! I've just sent over a calendar invite for Tuesday, March 24 at noon ET. That's 5:00 pm CET for you - heads up that the US already switched to daylight saving time, so for the next two weeks the gap is only five hours instead of six.

It'll be a 45-minute conversation on Google Meet with Greg Oduya, our Director of Engineering, who'd be your hiring manager for the {role} role. Expect questions about your experience with valve blocks and DFM; no presentation needed.

Let me know if the time doesn't work and I'll find another slot.

Best,
Dana

Dana Whitfield | Senior Technical Recruiter
Halverson Fluidics, Inc.
One Seaport Lane, Suite 900, Boston, MA 02210
+1 (617) 555-0148
"""
    m1 = new_msg(A(*dana), OWN, "Next step: conversation with Greg (Director of Engineering)", s1,
                 "<CAHf9w2Xk3p0Yq@mail.halversonfluidics.example>")
    m1.set_content(t1)
    ev = {
        "kind": "calendar#event", "etag": "\"3512208844120000\"", "id": "7h2kq0v4m1c9r8s3t6u5w2x1y0",
        "status": "confirmed",
        "htmlLink": "https://www.google.example/calendar/event?eid=N2gya3Ewdjxx",
        "created": "2026-03-16T18:58:11.000Z", "updated": "2026-03-16T19:01:42.060Z",
        "summary": "Felix Waldbauer <> Greg Oduya | Halverson Fluidics",
        "description": f"Hiring manager conversation for the {role} role.\nInterviewer: Greg Oduya (Director of Engineering)\nCoordinator: Dana Whitfield",
        "creator": {"email": dana[1], "displayName": dana[0]},
        "organizer": {"email": dana[1], "displayName": dana[0]},
        "start": {"dateTime": start.isoformat(), "timeZone": NYC},
        "end": {"dateTime": end.isoformat(), "timeZone": NYC},
        "iCalUID": "7h2kq0v4m1c9r8s3t6u5w2x1y0@google.example", "sequence": 0,
        "attendees": [
            {"email": dana[1], "displayName": dana[0], "organizer": True, "responseStatus": "accepted"},
            {"email": greg[1], "displayName": greg[0], "responseStatus": "accepted"},
            {"email": OWNER, "self": True, "responseStatus": "accepted"},
        ],
        "hangoutLink": "https://meet.google.example/vds-qkrn-wpa",
        "conferenceData": {"entryPoints": [{"entryPointType": "video", "uri": "https://meet.google.example/vds-qkrn-wpa",
                                            "label": "meet.google.example/vds-qkrn-wpa"}],
                           "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet"},
                           "conferenceId": "vds-qkrn-wpa"},
        "reminders": {"useDefault": True}, "eventType": "default",
    }
    return [("01-next-step-email.eml", b(m1)),
            ("02-event-halverson.gcal.json", (json.dumps(ev, indent=2, ensure_ascii=False) + "\n").encode())], label(
        [iv(co, role, start, end, "scheduled", [greg[1]], [greg[1]], "hiring_manager")], "medium",
        "positive/gcal-json-dedupe",
        "English recruiter e-mail ('noon ET', '5:00 pm CET') + Calendar API event for the same meeting, "
        "during the 3-week US/EU DST gap.")


@case("b69-09-dverso-vorstellungsgespraech-cancelled")
def c09():
    co, role = "Donautal Fahrzeugtechnik GmbH", "Versuchsingenieur Fahrwerk (m/w/d)"
    ed = ("Elif Demir", "elif.demir@donautal-ft.example")
    jm = ("Jürgen Maier", "juergen.maier@donautal-ft.example")
    start, end = T(2026, 3, 25, 10, 0), T(2026, 3, 25, 11, 30)
    uid = "dverso-app-558213-int-2071@dverso-mail.example"
    frm = A("Donautal Fahrzeugtechnik – Karriere", "noreply@dverso-mail.example")
    s1 = T(2026, 3, 5, 15, 44)
    t1 = f"""Sehr geehrter Herr Waldbauer,

wir freuen uns, Sie zu einem persönlichen Vorstellungsgespräch für die Position

  {role} (Kennziffer DFT-2026-014)

einladen zu dürfen.

Datum:     Mittwoch, 25.03.2026
Uhrzeit:   10:00 – 11:30 Uhr
Ort:       Donautal Fahrzeugtechnik GmbH, Werk Ulm-Donautal, Graf-Arco-Str. 7, 89079 Ulm – Pforte Tor 2
Gesprächspartner: Herr Jürgen Maier (Bereichsleiter Versuch), Frau Elif Demir (Personalreferentin)

Einen Kalendereintrag finden Sie im Anhang. Bitte bestätigen Sie den Termin über Ihr Bewerberkonto:
https://karriere.donautal-ft.example/dverso/bewerberkonto/558213

Fahrtkosten erstatten wir Ihnen nach Vorlage der Belege.

Mit freundlichen Grüßen

Elif Demir
Personalreferentin
Donautal Fahrzeugtechnik GmbH · Graf-Arco-Str. 7 · 89079 Ulm
Tel. +49 731 40977-263 · {ed[1]}
Amtsgericht Ulm HRB 720551 · Geschäftsführer: Dr.-Ing. Wolfgang Seybold

Diese E-Mail wurde automatisch über d.verso versendet.
"""
    ev = dict(uid=uid, seq=0, start=start, end=end, summary=f"Vorstellungsgespräch – {role}",
              location="Werk Ulm-Donautal, Graf-Arco-Str. 7, 89079 Ulm, Pforte Tor 2", organizer=ed, stamp=s1,
              attendees=[(OWNER_NAME, OWNER), jm + ("REQ-PARTICIPANT", "ACCEPTED"), ed + ("CHAIR", "ACCEPTED")])
    ev["description"] = "Gesprächspartner: Jürgen Maier (Bereichsleiter Versuch), Elif Demir (Personal)"
    ics1 = ical("REQUEST", ev, prodid="-//dverso//Recruiting Calendar 4.2//DE")
    m1 = new_msg(frm, OWN, f"Einladung zum Vorstellungsgespräch – {role}", s1,
                 "<dv.558213.inv.1@dverso-mail.example>", reply_to=A(*ed))
    m1.set_content(t1, cte="quoted-printable")
    attach_ics(m1, ics1, "Vorstellungsgespraech.ics", method="REQUEST")
    s2 = T(2026, 3, 20, 12, 5)
    t2 = f"""Sehr geehrter Herr Waldbauer,

leider müssen wir Ihren Termin zum Vorstellungsgespräch am Mittwoch, 25.03.2026 um 10:00 Uhr aus terminlichen Gründen absagen. Herr Maier ist kurzfristig auf einer Erprobungsfahrt in Schweden.

Ihre Bewerbung bleibt selbstverständlich im Verfahren; wir melden uns in den nächsten Tagen mit einem neuen Terminvorschlag bei Ihnen. Wir bitten um Ihr Verständnis.

Mit freundlichen Grüßen

Elif Demir
Personalreferentin
Donautal Fahrzeugtechnik GmbH

Diese E-Mail wurde automatisch über d.verso versendet.
"""
    ev2 = dict(ev, seq=1, stamp=s2, status="CANCELLED", summary=f"Abgesagt: Vorstellungsgespräch – {role}")
    ics2 = ical("CANCEL", ev2, prodid="-//dverso//Recruiting Calendar 4.2//DE")
    m2 = new_msg(frm, OWN, "Terminabsage: Ihr Vorstellungsgespräch am 25.03.2026", s2,
                 "<dv.558213.cxl.2@dverso-mail.example>", reply_to=A(*ed))
    m2.set_content(t2, cte="quoted-printable")
    attach_ics(m2, ics2, "Terminabsage.ics", method="CANCEL")
    ids = [jm[1], ed[1]]
    return [("01-einladung-vorstellungsgespraech.eml", b(m1)), ("02-terminabsage.eml", b(m2))], label(
        [iv(co, role, start, end, "cancelled", ids, ids, "onsite")], "medium", "positive/ats-cancel",
        "d.verso-like ATS invite (.ics REQUEST) then company cancels (METHOD:CANCEL); promise of a new date "
        "that never arrives. Two interviewers => panel.")


@case("b69-10-zahnarzttermin-erinnerung")
def c10():
    start, end = T(2026, 3, 10, 8, 30), T(2026, 3, 10, 9, 15)
    sent = T(2026, 3, 9, 18, 0)
    text = """Guten Tag Herr Waldbauer,

wir möchten Sie an Ihren Termin morgen erinnern:

Dienstag, 10. März 2026 um halb neun (08:30 Uhr)
Behandlung: Kontrolle, professionelle Zahnreinigung und Beratungsgespräch Aufbissschiene
Behandlerin: Dr. med. dent. Sophie Kernberger

Zahnarztpraxis Dr. Kernberger & Kollegen
Rotebühlplatz 19, 70178 Stuttgart (2. OG, Aufzug vorhanden)
Telefon 0711 6200 418

Bitte bringen Sie Ihre Versichertenkarte mit. Falls Sie den Termin nicht wahrnehmen können, sagen Sie bitte mindestens 24 Stunden vorher ab – über den Link unten oder telefonisch.

Termin verwalten: https://praxisplaner.example/t/kq84hz

Ihr Praxisteam
--
Gesendet über Praxisplaner – Online-Terminvergabe für Arzt- und Zahnarztpraxen
"""
    ics = ical("PUBLISH", dict(uid="pp-kq84hz@praxisplaner.example", seq=0, start=start, end=end,
                               summary="Zahnarzttermin Dr. Kernberger", description="Kontrolle, PZR, Beratungsgespräch",
                               location="Rotebühlplatz 19, 70178 Stuttgart", stamp=sent, alarm="-PT2H"),
               prodid="-//Praxisplaner//Termin//DE")
    m = new_msg(A("Zahnarztpraxis Dr. Kernberger", "termine@praxisplaner.example"), OWN,
                "Erinnerung: Ihr Termin morgen um 08:30 Uhr", sent, "<reminder.kq84hz.1@praxisplaner.example>")
    m.set_content(text, cte="quoted-printable")
    attach_ics(m, ics, "termin.ics")
    return [("01-erinnerung-zahnarzttermin.eml", b(m))], label(
        [], "easy", "negative/dentist", "Dentist reminder with .ics, 'um halb neun', 'Beratungsgespräch'.")


@case("b69-11-outlook-abgesagt-vorstellungsgespraech")
def c11():
    co, role = "Rheinfels Klimatechnik GmbH", "Projektingenieur Kältetechnik (m/w/d)"
    lb = ("Lukas Brenner", "l.brenner@rheinfels-klima.example")
    start, end = T(2026, 3, 19, 11, 0), T(2026, 3, 19, 12, 0)
    subj = "Vorstellungsgespräch Herr Waldbauer (Teams)"
    uid = "040000008200E00074C5B7101A82E00800000000D07C55E9B3B1DC01000000000000000010000000F2E3D4C5B6A79881726354453627180"
    s1 = T(2026, 3, 11, 9, 26)
    when = ("Wann: Donnerstag, 19. März 2026 11:00-12:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.\n"
            "Wo: Microsoft Teams-Besprechung\n\n*~*~*~*~*~*~*~*~*~*\n\n")
    body1 = (f"Sehr geehrter Herr Waldbauer,\n\nwie mit Frau Schuster aus dem Personalbereich besprochen, sende ich Ihnen "
             f"hiermit die Einladung für unser Gespräch zur Stelle {role}. Ich bin Gruppenleiter Projektierung und "
             "würde Ihnen die Aufgaben im Team vorstellen.\n\nMit freundlichen Grüßen\nLukas Brenner\n"
             "Gruppenleiter Projektierung | Rheinfels Klimatechnik GmbH | Rheinvorlandstraße 3 | 68159 Mannheim\n"
             "Tel. +49 621 43018-552 | Amtsgericht Mannheim HRB 708332\n\n"
             + TEAMS.format(id="YjI4ZTdhMDQtcmhlaW5m", mid="347 019 662 581", pc="Uv9bZ3"))
    ev = dict(uid=uid, seq=0, start=start, end=end, summary=subj, description=body1,
              location="Microsoft Teams-Besprechung", organizer=lb, stamp=s1, attendees=[(OWNER_NAME, OWNER)],
              extra=MS_X)
    m1 = new_msg(A(*lb), OWN, subj, s1, "<DB9PR02MB7304A1B5C3D2E6F7A801@DB9PR02MB7304.eurprd02.prod.outlook.example>",
                 extra=ol_extra(subj))
    outlook_invite(m1, when + body1, ical("REQUEST", ev, prodid=MS_PRODID, tzid="W. Europe Standard Time"))
    s2 = T(2026, 3, 17, 16, 48)
    body2 = ("Sehr geehrter Herr Waldbauer,\n\nleider muss ich unseren Termin am Donnerstag krankheitsbedingt absagen. "
             "Frau Schuster meldet sich bei Ihnen wegen eines Ersatztermins.\n\nMit freundlichen Grüßen\nLukas Brenner\n")
    ev2 = dict(ev, seq=1, stamp=s2, status="CANCELLED", description=body2,
               extra=["X-MICROSOFT-CDO-BUSYSTATUS:FREE", "X-MICROSOFT-CDO-IMPORTANCE:2",
                      "X-MICROSOFT-CDO-INTENDEDSTATUS:FREE"])
    ev2["summary"] = "Abgesagt: " + subj
    m2 = new_msg(A(*lb), OWN, "Abgesagt: " + subj, s2,
                 "<DB9PR02MB7304F9E8D7C6B5A4B902@DB9PR02MB7304.eurprd02.prod.outlook.example>",
                 extra=ol_extra("Abgesagt: " + subj) + [("Importance", "high")])
    outlook_invite(m2, when + body2, ical("CANCEL", ev2, prodid=MS_PRODID, tzid="W. Europe Standard Time"),
                   method="CANCEL")
    return [("01-besprechungsanfrage.eml", b(m1)), ("02-abgesagt.eml", b(m2))], label(
        [iv(co, role, start, end, "cancelled", [lb[1]], [lb[1]], "hiring_manager")], "medium",
        "positive/exchange-cancel",
        "German Outlook meeting request then 'Abgesagt:' METHOD:CANCEL; no replacement date in the case.")


@case("b69-12-kontakta-telefoninterview-then-zweite-runde")
def c12():
    co, role = "Fildertec Sensorik GmbH", "Entwicklungsingenieur Mechanik – Sensorgehäuse (m/w/d)"
    mh = ("Marion Haug", "marion.haug@fildertec.example")
    sw = ("Dr. Stefan Wörner", "stefan.woerner@fildertec.example")
    ak = ("Anja Kübler", "anja.kuebler@fildertec.example")
    s1 = T(2026, 3, 6, 11, 37)
    msg_txt = f"""Hallo Herr Waldbauer,

danke für das nette Telefonat eben! Wie besprochen bestätige ich Ihnen unser Telefoninterview in KW 11, am Mittwoch, den 11.03., um 9:30 Uhr. Ich rufe Sie auf Ihrem Handy an; planen Sie bitte ca. 30 Minuten ein. Es geht um Ihren Werdegang, Ihre Wechselmotivation und die Rahmenbedingungen der Stelle als {role}.

Falls etwas dazwischenkommt, erreichen Sie mich unter {mh[1]} oder 0711 7095 2231.

Viele Grüße
Marion Haug
Recruiting | Fildertec Sensorik GmbH"""
    t1 = ("Kontakta\n\nMarion Haug hat Ihnen eine Nachricht geschickt\n"
          "Recruiterin bei Fildertec Sensorik GmbH · Filderstadt\n\n"
          "---------------------------------------------\n" + msg_txt +
          "\n---------------------------------------------\n\n"
          "Antworten: https://www.kontakta.example/messages/conv/8813-22a9\n\n"
          "Sie erhalten diese E-Mail, weil Sie Benachrichtigungen für neue Nachrichten aktiviert haben.\n"
          "Benachrichtigungen verwalten: https://www.kontakta.example/settings/notifications\n"
          "Kontakta SE · Dammtorstraße 30 · 20354 Hamburg · Amtsgericht Hamburg HRB 150998\n")
    html1 = ("<html><body style=\"font-family:Helvetica,Arial,sans-serif;background:#f4f4f4\"><table width=\"600\" "
             "align=\"center\" style=\"background:#fff\"><tr><td style=\"padding:24px\"><img alt=\"Kontakta\" "
             "src=\"https://static.kontakta.example/logo.png\" width=\"120\"><h2 style=\"color:#0b5f54\">Marion Haug hat "
             "Ihnen eine Nachricht geschickt</h2><p style=\"color:#666\">Recruiterin bei Fildertec Sensorik GmbH · "
             "Filderstadt</p><div style=\"border-left:3px solid #0b5f54;padding-left:12px\">"
             + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in msg_txt.split("\n\n")) +
             "</div><p><a href=\"https://www.kontakta.example/messages/conv/8813-22a9\" style=\"background:#0b5f54;"
             "color:#fff;padding:10px 18px;text-decoration:none\">Antworten</a></p><p style=\"font-size:11px;"
             "color:#999\">Kontakta SE · Dammtorstraße 30 · 20354 Hamburg · Amtsgericht Hamburg HRB 150998</p>"
             "</td></tr></table></body></html>")
    m1 = new_msg(A("Marion Haug über Kontakta", "nachrichten@mailing.kontakta.example"), OWN,
                 "Neue Nachricht von Marion Haug: Telefoninterview KW 11", s1,
                 "<msg.8813-22a9.0004@mailing.kontakta.example>",
                 extra=[("List-Unsubscribe", "<https://www.kontakta.example/settings/notifications>")])
    m1.set_content(t1, cte="quoted-printable")
    m1.add_alternative(html1, subtype="html", cte="quoted-printable")
    s2 = T(2026, 3, 12, 16, 9)
    t2 = f"""Hallo Herr Waldbauer,

vielen Dank für das gute Telefonat gestern! Wir würden Sie sehr gerne zur zweiten Runde zu uns nach Filderstadt einladen:

Donnerstag, den 26. März, um 13:00 Uhr
Fildertec Sensorik GmbH, Gutenbergstraße 18, 70794 Filderstadt-Bonlanden

Ihre Gesprächspartner sind Dr. Stefan Wörner (Leiter F&E) und Anja Kübler (Teamleiterin Mechanik), beide in Kopie. Planen Sie bitte etwa 2 Stunden ein – nach dem Gespräch zeigen die beiden Ihnen noch die Fertigung und das Prüflabor.

Parkplätze finden Sie direkt vor dem Gebäude, bitte melden Sie sich am Empfang.

Viele Grüße
Marion Haug

Marion Haug
Recruiting & Employer Branding
Fildertec Sensorik GmbH
Gutenbergstraße 18 · 70794 Filderstadt
Tel. 0711 7095 2231 · Mobil 0160 9118 4702
Amtsgericht Stuttgart HRB 225870 · Geschäftsführer: Dr. Ulrich Fink, Bettina Roos
"""
    m2 = new_msg(A(*mh), OWN, "Einladung zur zweiten Runde – Fildertec Sensorik", s2,
                 "<0f6b1e92a4c3$7d2e8a10$@fildertec.example>", cc=[A(*sw), A(*ak)])
    m2.set_content(t2, cte="quoted-printable")
    i1 = iv(co, role, T(2026, 3, 11, 9, 30), T(2026, 3, 11, 10, 0), "scheduled", [mh[1]], [mh[1]], "phone_screen")
    ids = [sw[1], ak[1]]
    i2 = iv(co, role, T(2026, 3, 26, 13, 0), T(2026, 3, 26, 15, 0), "scheduled", ids, ids, "onsite")
    return [("01-kontakta-nachricht.eml", b(m1)), ("02-einladung-zweite-runde.eml", b(m2))], label(
        [i1, i2], "hard", "positive/two-interviews",
        "XING-like notification carrying the recruiter's confirmation (KW 11, 'am Mittwoch, den 11.03.') "
        "then a direct invitation to the second round on site; two interviews.")


@case("b69-13-messe-einladung-karriere-treff")
def c13():
    sent = T(2026, 3, 10, 10, 0)
    html = """<html><head><meta charset="utf-8"><title>AFT 2026</title></head>
<body style="margin:0;font-family:Arial,Helvetica,sans-serif;color:#222">
<table width="640" align="center" cellpadding="0" cellspacing="0">
<tr><td style="background:#12355b;color:#fff;padding:20px"><h1 style="margin:0">Einladung zur AFT 2026</h1>
<p>Fachmesse für Antriebs-, Fluid- und Fördertechnik · Landesmesse Stuttgart · 21.–24. April 2026</p></td></tr>
<tr><td style="padding:20px">
<p>Sehr geehrter Herr Waldbauer,</p>
<p>wir laden Sie herzlich ein, uns auf der AFT 2026 in <b>Halle 5, Stand 5C21</b> zu besuchen. Erleben Sie unsere neue Generation von Planetengetrieben live und sprechen Sie mit unseren Anwendungsingenieuren über Ihre Projekte.</p>
<p><b>Vereinbaren Sie jetzt Ihren persönlichen Gesprächstermin</b> am Stand – wir reservieren Ihnen gern 30 Minuten mit einem unserer Experten: <a href="https://lindqvist-lager.example/aft2026/termin">Termin buchen</a></p>
<h3>Karriere-Treff am Stand</h3>
<p>Sie sind Konstrukteur oder Entwicklungsingenieur und suchen eine neue Herausforderung? Am <b>Donnerstag, 23. April, ab 14:00 Uhr</b> beantworten unsere Recruiter am Stand Ihre Fragen zu offenen Stellen und zum Bewerbungsprozess. Bringen Sie gern Ihren Lebenslauf mit – ein Vorstellungsgespräch ersetzt das Gespräch natürlich nicht, aber vielleicht ist es der erste Schritt.</p>
<p>Ihr kostenloses E-Ticket: <a href="https://lindqvist-lager.example/aft2026/ticket?c=LQ-7Y2K">Gutscheincode LQ-7Y2K einlösen</a></p>
<p>Wir freuen uns auf Sie!</p>
<p>Ihr Team der Lindqvist Lager &amp; Antriebe GmbH</p>
<p style="font-size:11px;color:#777">Lindqvist Lager &amp; Antriebe GmbH · Industriestraße 61 · 71229 Leonberg · Amtsgericht Stuttgart HRB 260331 · Geschäftsführer: Anders Lindqvist<br>
Sie erhalten diese E-Mail, weil Sie sich für unseren Newsletter angemeldet haben. <a href="https://lindqvist-lager.example/newsletter/abmelden">Abmelden</a></p>
</td></tr></table></body></html>
"""
    ics = ical("PUBLISH", dict(uid="aft2026-lindqvist-5C21@lindqvist-lager.example", seq=0,
                               start=datetime(2026, 4, 21), end=datetime(2026, 4, 25), allday=True,
                               summary="AFT 2026 – Lindqvist Lager & Antriebe, Halle 5 Stand 5C21",
                               description="Fachmesse für Antriebs-, Fluid- und Fördertechnik. Karriere-Treff am Do 23.04. ab 14 Uhr.",
                               location="Landesmesse Stuttgart, Halle 5, Stand 5C21", stamp=sent, transp="TRANSPARENT"),
               prodid="-//Lindqvist//Newsletter//DE")
    m = new_msg(A("Lindqvist Lager & Antriebe", "newsletter@lindqvist-lager.example"), OWN,
                "Einladung: Treffen Sie uns auf der AFT 2026 – inkl. Karriere-Treff am Stand", sent,
                "<nl-2026-03-aft.88a1f2@lindqvist-lager.example>",
                extra=[("List-Unsubscribe", "<https://lindqvist-lager.example/newsletter/abmelden>"),
                       ("Precedence", "bulk")])
    m.set_content(html, subtype="html", cte="quoted-printable")
    attach_ics(m, ics, "AFT2026.ics")
    return [("01-messe-einladung.eml", b(m))], label(
        [], "medium", "negative/trade-fair",
        "HTML-only trade-fair invitation from a supplier with booking link, a 'Karriere-Treff' with recruiters and an all-day .ics.")


@case("b69-14-html-only-base64-wien-zweite-runde")
def c14():
    co, role = "Donaukraft Energietechnik GmbH", "Senior Konstrukteur Turbinenkomponenten (m/w/d)"
    vh = ("Mag. Verena Hofbauer", "v.hofbauer@donaukraft.example")
    tg = ("Ing. Thomas Gruber", "t.gruber@donaukraft.example")
    es = ("DI Eva Strasser", "e.strasser@donaukraft.example")
    start, end = T(2026, 3, 27, 9, 0, VIE), T(2026, 3, 27, 10, 30, VIE)
    sent = T(2026, 3, 13, 10, 41, VIE)
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>
<div style="font-family:'Segoe UI',Arial,sans-serif;font-size:10.5pt;color:#1f1f1f">
<p>Sehr geehrter Herr Waldbauer,</p>
<p>herzlichen Dank für das erste Gespräch. Es freut mich sehr, Ihnen mitteilen zu dürfen, dass Sie in die 2.&nbsp;Runde des Auswahlverfahrens für die Position <b>{role}</b> gekommen sind.</p>
<p>Wir laden Sie daher zu einem persönlichen Bewerbungsgespräch in unsere Zentrale ein:</p>
<table style="border-collapse:collapse;margin-left:12px">
<tr><td style="padding:2px 12px 2px 0"><b>Wann:</b></td><td>Freitag, 27.&nbsp;März 2026, um 9&nbsp;Uhr (Dauer ca. 90&nbsp;Minuten)</td></tr>
<tr><td style="padding:2px 12px 2px 0"><b>Wo:</b></td><td>Donaukraft Energietechnik GmbH, Handelskai 388, 1020 Wien – Empfang Turm B, 7.&nbsp;Stock</td></tr>
<tr><td style="padding:2px 12px 2px 0"><b>Mit:</b></td><td>Ing. Thomas Gruber (Geschäftsführer, <a href="mailto:{tg[1]}">{tg[1]}</a>) und DI Eva Strasser (Leiterin Entwicklung, <a href="mailto:{es[1]}">{es[1]}</a>)</td></tr>
</table>
<p>Ich selbst hole Sie nur am Empfang ab und bin beim Gespräch nicht dabei. Bitte bringen Sie einen Lichtbildausweis mit; die Anreisekosten ab Stuttgart (Bahn 2.&nbsp;Klasse oder Flug Economy) werden Ihnen ersetzt.</p>
<p>Um eine kurze Bestätigung bis Mittwoch wird gebeten.</p>
<p>Mit freundlichen Grüßen</p>
<p>Mag. Verena Hofbauer<br>Human Resources</p>
<p style="font-size:8.5pt;color:#666">Donaukraft Energietechnik GmbH | Handelskai 388 | 1020 Wien | Österreich<br>
Tel.: +43 1 7290 5513-40 | Fax: -49 | <a href="mailto:{vh[1]}">{vh[1]}</a><br>
FN 402117 x, Handelsgericht Wien | UID ATU68812044</p>
</div></body></html>
"""
    m = new_msg(A(*vh), OWN, "Einladung zum Bewerbungsgespräch – 2. Runde", sent,
                "<5E1D2F3A4B6C7D8E.donaukraft.example@mx01.donaukraft.example>",
                extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "de-AT")])
    m.set_content(html, subtype="html", cte="base64")
    ids = [tg[1], es[1]]
    return [("01-einladung-2-runde.eml", b(m))], label(
        [iv(co, role, start, end, "scheduled", ids, ids, "onsite")], "medium", "positive/html-only-base64",
        "HTML-only base64 mail from a Vienna firm; second round with MD and head of development ('um 9 Uhr', ca. 90 Minuten).")


@case("b69-15-headhunter-weitergeleitete-bestaetigung")
def c15():
    co, role = "Hohenlohe Fördertechnik GmbH", "Teamleiter Konstruktion Fördertechnik (m/w/d)"
    ca = ("Christian Albrecht", "c.albrecht@kanzler-partner.example")
    pl = ("Petra Lang", "petra.lang@hohenlohe-foerdertechnik.example")
    iv_ = ("Dr. Ingrid Vogt", "ingrid.vogt@hohenlohe-foerdertechnik.example")
    start, end = T(2026, 3, 10, 16, 0), T(2026, 3, 10, 17, 0)
    sent = T(2026, 3, 2, 12, 15)
    text = f"""Hallo Herr Waldbauer,

gute Nachrichten: unser Mandant möchte Sie kennenlernen! Unten die Terminbestätigung von Frau Lang. Der Termin ist wie von Ihnen gewünscht am späten Nachmittag, damit Sie nach der Arbeit noch gut nach Künzelsau kommen (ca. 1 h 10 min mit dem Auto).

Frau Dr. Vogt ist direkte Vorgesetzte der Position {role} – sie legt viel Wert auf Führungserfahrung aus Projekten; erzählen Sie gern vom Retrofit-Projekt. Rufen Sie mich gerne vorher noch an, dann bereiten wir das kurz zusammen vor.

Viel Erfolg!
Christian Albrecht

Kanzler & Partner Personalberatung GmbH
Königstraße 26 · 70173 Stuttgart
Mobil +49 172 6610 294 · Büro +49 711 8890 3310
Amtsgericht Stuttgart HRB 775120

---------- Weitergeleitete Nachricht ---------
Von: Petra Lang <{pl[1]}>
Date: Mo., 2. März 2026 um 11:04 Uhr
Subject: Termin Herr Waldbauer
To: Christian Albrecht <{ca[1]}>
Cc: Dr. Ingrid Vogt <{iv_[1]}>


Hallo Herr Albrecht,

vielen Dank für den Vorschlag. Wir freuen uns, Herrn Waldbauer am Dienstag, 10.03.2026, von 16:00 bis 17:00 Uhr bei uns in Künzelsau begrüßen zu dürfen. Gesprächspartnerin ist Frau Dr. Vogt (Leitung Konstruktion Fördertechnik).

Adresse: Hohenlohe Fördertechnik GmbH, Am Kocherufer 9, 74653 Künzelsau – bitte an der Pforte nach mir fragen.

Mit freundlichen Grüßen

Petra Lang
Assistenz der Geschäftsleitung
Hohenlohe Fördertechnik GmbH
Am Kocherufer 9 | 74653 Künzelsau
Tel. +49 7940 91822-10
Sitz: Künzelsau | Amtsgericht Stuttgart HRB 591206 | Geschäftsführer: Gerd Hohl
"""
    m = new_msg(A(*ca), OWN, "WG: Termin Herr Waldbauer", sent, "<CAOx7Hn2pR0w1@mail.kanzler-partner.example>")
    m.set_content(text, cte="quoted-printable")
    return [("01-wg-termin.eml", b(m))], label(
        [iv(co, role, start, end, "scheduled", [iv_[1]], [iv_[1]], "hiring_manager")], "medium",
        "positive/forwarded-headhunter",
        "Headhunter forwards the client's confirmation; interviewer's address only in the forwarded Cc line; "
        "company is the client, not the agency.")


@case("b69-16-angenommen-user-ist-interviewer")
def c16():
    hr = ("Svenja Ott", "s.ott@neckartal-mb.example")
    ns = ("Nina Sauter", "n.sauter@neckartal-mb.example")
    start, end = T(2026, 3, 18, 10, 0), T(2026, 3, 18, 11, 0)
    s1 = T(2026, 3, 11, 8, 40)
    t1 = """Hallo Felix,

danke, dass du das Bewerbungsgespräch mit Frau Merve Yilmaz (Junior-Konstrukteurin, Absolventin Hochschule Esslingen) übernimmst. Anbei wie besprochen Lebenslauf und Zeugnisse im Bewerbermanagement (Link unten) sowie unser Interviewleitfaden für technische Gespräche.

Bitte schick die Einladung an Nina und mich direkt aus deinem Kalender; die Kandidatin lade ich separat ein. Bewertungsbogen bitte bis Freitag nach dem Gespräch.

Bewerberakte: https://bewerbung.neckartal-mb.example/kandidaten/2026-0113

Viele Grüße
Svenja

Svenja Ott
Personalreferentin | Neckartal Maschinenbau GmbH
Neckarstraße 112 | 70190 Stuttgart | Tel. +49 711 26880-140
"""
    m1 = new_msg(A(*hr), OWN, "Kandidatin Yilmaz – Unterlagen für das Bewerbungsgespräch", s1,
                 "<FR2P281MB0219D4A1E3C9B7F60C01@FR2P281MB0219.DEUP281.PROD.OUTLOOK.example>")
    m1.set_content(t1, cte="quoted-printable")
    s2 = T(2026, 3, 11, 9, 52)
    subj = "Bewerbungsgespräch Junior-Konstrukteurin (Fr. Yilmaz)"
    ics = ical("REPLY", dict(uid="040000008200E00074C5B7101A82E00800000000E1A2B3C4D5B1DC01000000000000000010000000AB12CD34EF56A7B8C9D0E1F2A3B4C5D6",
                             seq=0, start=start, end=end, summary=subj, location="Besprechungsraum A1.03",
                             organizer=(OWNER_NAME, OWNER), stamp=s2,
                             attendees=[ns + ("REQ-PARTICIPANT", "ACCEPTED")],
                             extra=["X-MICROSOFT-CDO-REPLYTIME:" + s2.astimezone(ZoneInfo("UTC")).strftime("%Y%m%dT%H%M%SZ")]),
               prodid=MS_PRODID, tzid="W. Europe Standard Time")
    m2 = new_msg(A(*ns), OWN, "Angenommen: " + subj, s2,
                 "<FR2P281MB0219A9B8C7D6E5F40C02@FR2P281MB0219.DEUP281.PROD.OUTLOOK.example>",
                 extra=ol_extra("Angenommen: " + subj))
    outlook_invite(m2, "Passt, ich bringe die Zeichnungsaufgabe mit.\n", ics, method="REPLY")
    return [("01-unterlagen-kandidatin.eml", b(m1)), ("02-angenommen.eml", b(m2))], label(
        [], "hard", "negative/user-is-interviewer",
        "User interviews a candidate at his current employer; HR brief + Outlook 'Angenommen:' reply from a colleague.")


@case("b69-17-talentgarten-video-interview-verschoben")
def c17():
    co, role = "Schwarzwald Hydraulik GmbH", "Konstrukteur Ventiltechnik (m/w/d)"
    jk = ("Jana Ketterer", "jana.ketterer@schwarzwald-hydraulik.example")
    df = ("Daniel Faller", "daniel.faller@schwarzwald-hydraulik.example")
    uid = "tg-interview-40917-3c1d@talentgarten.example"
    frm = A("Schwarzwald Hydraulik GmbH (über talentgarten)", "no-reply@notify.talentgarten.example")
    s1 = T(2026, 3, 6, 9, 3)
    a1, e1 = T(2026, 3, 16, 10, 0), T(2026, 3, 16, 11, 0)
    start, end = T(2026, 3, 18, 15, 30), T(2026, 3, 18, 16, 30)
    tpl = """Hallo Herr Waldbauer,

{intro}

  Termin:   {when}
  Art:      Video-Interview (Microsoft Teams) – Fachinterview
  Mit:      Daniel Faller, Teamleiter Ventiltechnik
  Link:     https://teams.example/l/meetup-join/19%3ameeting_tg40917

Den Kalendereintrag finden Sie im Anhang. Bei Fragen wenden Sie sich bitte an Jana Ketterer (Personal), {jk}.

Beste Grüße
Ihr Recruiting-Team der Schwarzwald Hydraulik GmbH

Schwarzwald Hydraulik GmbH · Hans-Bunte-Str. 20 · 79108 Freiburg im Breisgau
Amtsgericht Freiburg HRB 701884 · Geschäftsführung: Klaus Wehrle
---
Diese Nachricht wurde über talentgarten versendet. Antworten auf diese Adresse können nicht zugestellt werden.
"""
    t1 = tpl.format(intro=f"vielen Dank für Ihre Bewerbung als {role}. Wir laden Sie herzlich zu einem Video-Interview ein:",
                    when="Mo, 16.03.2026, 10:00 - 11:00 Uhr (MEZ)", jk=jk[1])
    ev = dict(uid=uid, seq=0, start=a1, end=e1, summary=f"Video-Interview: {role} – Schwarzwald Hydraulik",
              description="Fachinterview mit Daniel Faller (Teamleiter Ventiltechnik). Teams-Link: https://teams.example/l/meetup-join/19%3ameeting_tg40917",
              location="Microsoft Teams", organizer=jk, stamp=s1,
              attendees=[(OWNER_NAME, OWNER), df + ("REQ-PARTICIPANT", "ACCEPTED")])
    m1 = new_msg(frm, OWN, f"Einladung zum Video-Interview – {role}", s1, "<tg.40917.1.a7e2@notify.talentgarten.example>",
                 reply_to=A(*jk))
    m1.set_content(t1, cte="quoted-printable")
    attach_ics(m1, ical("REQUEST", ev, prodid="-//talentgarten//Interview Scheduler//DE"), "interview.ics", "REQUEST")
    s2 = T(2026, 3, 12, 14, 27)
    t2 = tpl.format(intro="leider müssen wir Ihr Video-Interview verschieben, da Herr Faller am ursprünglichen Termin "
                          "auf Dienstreise ist. Der neue Termin lautet:\n\n  (alt: Mo, 16.03.2026, 10:00 - 11:00 Uhr – entfällt)",
                    when="Mi, 18.03.2026, 15:30 - 16:30 Uhr (MEZ)", jk=jk[1])
    ev2 = dict(ev, seq=1, start=start, end=end, stamp=s2)
    m2 = new_msg(frm, OWN, f"Terminänderung: Ihr Video-Interview – {role}", s2,
                 "<tg.40917.2.b91c@notify.talentgarten.example>", reply_to=A(*jk))
    m2.set_content(t2, cte="quoted-printable")
    attach_ics(m2, ical("REQUEST", ev2, prodid="-//talentgarten//Interview Scheduler//DE"), "interview.ics", "REQUEST")
    return [("01-einladung-video-interview.eml", b(m1)), ("02-terminaenderung.eml", b(m2))], label(
        [iv(co, role, start, end, "scheduled", [df[1]], [df[1]], "technical")], "medium",
        "positive/ats-reschedule",
        "softgarden-like ATS invite then 'Terminänderung' with SEQUENCE 1 (same UID) moving Mon 10:00 to Wed 15:30.")


@case("b69-18-personalo-terminauswahl-offen")
def c18():
    sent = T(2026, 3, 9, 13, 15)
    text = """Sehr geehrter Herr Waldbauer,

vielen Dank für Ihre Bewerbung als CAD-Konstrukteur Stanz- und Umformwerkzeuge (m/w/d). Wir möchten Sie gerne zu einem Vorstellungsgespräch einladen!

Bitte wählen Sie über den folgenden Link einen für Sie passenden Termin aus:
https://tauber-werkzeugbau.jobs.personalo.example/interview/select/b2c81f0e

Aktuell verfügbare Zeitfenster (je 60 Minuten, vor Ort in Tauberbischofsheim):
- Di, 17.03., 10:00 Uhr
- Mi, 18.03., 14:00 Uhr
- Do, 19.03., 09:00 Uhr

Die Auswahl ist bis zum 13.03. möglich. Sobald Sie einen Termin gewählt haben, erhalten Sie eine Bestätigung mit Kalendereintrag.

Mit freundlichen Grüßen
Ihr Team der Tauber Werkzeugbau GmbH
Personalabteilung · Tel. 09341 8420-0

--
Diese Nachricht wurde über Personalo versendet. Antworten an diese Adresse werden nicht gelesen.
"""
    m = new_msg(A("Tauber Werkzeugbau GmbH via Personalo", "noreply@mail.personalo.example"), OWN,
                "Bitte wählen Sie einen Termin für Ihr Vorstellungsgespräch", sent,
                "<20260309121500.b2c81f0e@mail.personalo.example>")
    m.set_content(text, cte="quoted-printable")
    return [("01-terminauswahl.eml", b(m))], label(
        [], "hard", "negative/availability-request",
        "Self-scheduling link with three open slots; nothing booked in the case.")


@case("b69-19-us-recruiter-thu-3-12-pst-label")
def c19():
    co, role = "Cascadia Thermal Systems", "Mechanical Engineer, Field Applications EMEA"
    kb = ("Kayla Brennan", "kbrennan@cascadiathermal.example")
    s1 = T(2026, 3, 9, 10, 14, SEA)
    t1 = f"""Hi Felix,

Thanks for applying to the {role} role (based in Stuttgart, reporting into our Seattle HQ). I'd love to set up a 45-min intro call to walk through your background and the team.

Would any of these work? All times Pacific:
- Wed 3/11, 9:00a
- Thu 3/12, 8:30a
- Fri 3/13, 7:30a

Cheers,
Kayla
"""
    m1 = new_msg(A(*kb), OWN, f"{role} - intro call?", s1, "<CAJ4kB1x8Lq0@mail.cascadiathermal.example>")
    m1.set_content(t1)
    s2 = T(2026, 3, 9, 14, 40, SEA)
    quoted = """Hi Kayla,

thanks a lot! Thursday works for me - 16:30 my time would be perfect.

Best regards,
Felix"""
    t2 = f"""Perfect - you're booked: Thu 3/12 @ 8:30a PST (4:30p your time in Stuttgart). I'll call your mobile (+49 176 2204 9381) - if anything changes just reply here.

Talk soon,
Kayla

Kayla Brennan
Technical Recruiter | Cascadia Thermal Systems
2201 Westlake Ave, Seattle, WA 98121
m: +1 (206) 555-0177

On Mon, Mar 9, 2026 at 9:02 PM Felix Waldbauer <{OWNER}> wrote:
""" + "\n".join("> " + x if x else ">" for x in quoted.split("\n")) + """
>
> On Mon, Mar 9, 2026 at 10:14 AM Kayla Brennan <kbrennan@cascadiathermal.example> wrote:
>> Hi Felix,
>> Would any of these work? All times Pacific:
>> - Wed 3/11, 9:00a
>> - Thu 3/12, 8:30a
>> - Fri 3/13, 7:30a
"""
    m2 = new_msg(A(*kb), OWN, f"Re: {role} - intro call?", s2, "<CAJ4kB1y2Zt7@mail.cascadiathermal.example>",
                 extra=[("In-Reply-To", "<CAK2fw9Lr5b3@mail.example.com>"),
                        ("References", "<CAJ4kB1x8Lq0@mail.cascadiathermal.example> <CAK2fw9Lr5b3@mail.example.com>")])
    m2.set_content(t2)
    start, end = T(2026, 3, 12, 8, 30, SEA), T(2026, 3, 12, 9, 15, SEA)
    return [("01-intro-call.eml", b(m1)), ("02-re-intro-call.eml", b(m2))], label(
        [iv(co, role, start, end, "scheduled", [kb[1]], [kb[1]], "phone_screen")], "hard",
        "positive/english-pst-label-dst",
        "'Thu 3/12 @ 8:30a PST' after US DST start = 08:30 PDT (-07:00) = 16:30 CET, confirmed by '4:30p your time'; "
        "recruiter does the 45-min call.")


@case("b69-20-kontakta-newsletter-webinar")
def c20():
    sent = T(2026, 3, 11, 7, 0)
    html = """<html><head><meta charset="utf-8"></head><body style="font-family:Helvetica,Arial,sans-serif;background:#f4f4f4">
<table width="600" align="center" style="background:#fff"><tr><td style="padding:24px">
<p>Hallo Felix,</p>
<h2 style="color:#0b5f54">Live-Webinar: So überzeugen Sie im Vorstellungsgespräch</h2>
<p>Dienstag, 17. März, 18:00 Uhr · 60 Minuten · kostenlos für ProJobs-Mitglieder</p>
<p>Karriere-Coach Helga Brandstätter zeigt, wie Sie typische Fragen im Bewerbungsgespräch souverän beantworten, Ihr Gehalt verhandeln und im Kennenlerngespräch per Video punkten. Im Anschluss: Probe-Interview mit Live-Feedback für drei Freiwillige.</p>
<p><a href="https://www.kontakta.example/events/webinar-vg-0317" style="background:#0b5f54;color:#fff;padding:10px 18px;text-decoration:none">Jetzt Platz sichern</a></p>
<hr>
<h3>5 neue Jobs passen zu Ihrem Profil</h3>
<ul>
<li>Konstrukteur Sondermaschinenbau (m/w/d) – Esslingen</li>
<li>Entwicklungsingenieur Mechanik (m/w/d) – Ludwigsburg</li>
<li>Projektingenieur Fördertechnik – Heilbronn</li>
<li>Design Engineer Mechanical – Böblingen (Englisch)</li>
<li>Teamleiter Konstruktion – Reutlingen</li>
</ul>
<p><b>3 Recruiter</b> haben diese Woche Ihr Profil besucht. <a href="https://www.kontakta.example/profile/visitors">Wer war das?</a></p>
<p style="font-size:11px;color:#999">Kontakta SE · Dammtorstraße 30 · 20354 Hamburg · Amtsgericht Hamburg HRB 150998<br>
<a href="https://www.kontakta.example/settings/newsletter">Newsletter abbestellen</a></p>
</td></tr></table></body></html>
"""
    m = new_msg(A("Kontakta ProJobs", "projobs@mailing.kontakta.example"), OWN,
                "Felix, Ihr Vorstellungsgespräch-Webinar am Dienstag + 5 neue Jobs", sent,
                "<nl.projobs.20260311.77ad@mailing.kontakta.example>",
                extra=[("List-Unsubscribe", "<https://www.kontakta.example/settings/newsletter>"), ("Precedence", "bulk")])
    m.set_content(html, subtype="html", cte="quoted-printable")
    return [("01-projobs-newsletter.eml", b(m))], label(
        [], "medium", "negative/webinar-newsletter",
        "XING-like newsletter: interview-skills webinar with date/time, 'Probe-Interview', job alert and profile visitors.")


@case("b69-21-terminfix-buchung-mesz")
def c21():
    co, role = "Ostalb Kunststofftechnik GmbH", "Konstrukteur Spritzgießwerkzeuge (m/w/d)"
    jb = ("Julia Brandt", "julia.brandt@ostalb-kunststoff.example")
    start, end = T(2026, 4, 2, 11, 0), T(2026, 4, 2, 11, 30)
    sent = T(2026, 3, 27, 16, 20)
    text = f"""Hallo Felix Waldbauer,

Ihr Termin ist gebucht.

Was: Kennenlerngespräch (30 Min.) – Bewerbung {role}
Gastgeberin: Julia Brandt ({jb[1]})
Wann: 11:00 - 11:30, Donnerstag, 2. April 2026 (Mitteleuropäische Sommerzeit)
Wo: Telefon – Julia Brandt ruft Sie an unter +49 176 2204 9381

Hinweis der Gastgeberin:
"Ich freue mich auf unser erstes Gespräch! Wir sprechen ca. eine halbe Stunde über Ihren Werdegang und die Stelle in Aalen."

Termin verschieben: https://terminfix.example/reschedule/5d0c2e7a
Termin absagen: https://terminfix.example/cancel/5d0c2e7a

Powered by Terminfix – Online-Terminbuchung
"""
    ics = ical("REQUEST", dict(uid="5d0c2e7a-91b4-4a8f-b3e2-terminfix@terminfix.example", seq=0, start=start, end=end,
                               summary="Kennenlerngespräch: Felix Waldbauer und Julia Brandt",
                               description=f"Kennenlerngespräch – Bewerbung {role}. Telefon: Julia Brandt ruft an.",
                               location="Telefon: +49 176 2204 9381", organizer=jb, stamp=sent,
                               attendees=[jb + ("CHAIR", "ACCEPTED"), (OWNER_NAME, OWNER, "REQ-PARTICIPANT", "ACCEPTED")]),
               prodid="-//Terminfix//Booking//DE", tzid="UTC")
    m = new_msg(A("Terminfix", "benachrichtigung@terminfix.example"), OWN,
                "Bestätigt: Kennenlerngespräch mit Julia Brandt am Do., 2. Apr. 2026", sent,
                "<booking.5d0c2e7a.confirm@terminfix.example>", reply_to=A(*jb))
    m.set_content(text, cte="base64")
    attach_ics(m, ics, "invite.ics", "REQUEST")
    return [("01-buchungsbestaetigung.eml", b(m))], label(
        [iv(co, role, start, end, "scheduled", [jb[1]], [jb[1]], "phone_screen")], "medium",
        "positive/scheduling-vendor-dst",
        "Calendly-like booking confirmation sent before the EU DST switch for a call after it (MESZ, +02:00); .ics in UTC.")


@case("b69-22-dverso-zeitversetztes-video-interview")
def c22():
    sent = T(2026, 3, 16, 8, 30)
    text = """Sehr geehrter Herr Waldbauer,

vielen Dank für Ihre Bewerbung als Konstrukteur Gießereitechnik (m/w/d) bei der Hegau Präzisionsguss GmbH.

Im nächsten Schritt laden wir Sie zu einem zeitversetzten Video-Interview ein. Dabei beantworten Sie fünf Fragen per Video – wann und wo es Ihnen passt. Es gibt keinen Gesprächspartner live; unser Fachbereich sieht sich Ihre Antworten anschließend an.

Bitte schließen Sie das Video-Interview bis Sonntag, 22.03.2026, 23:59 Uhr ab:
https://hegau-guss.dverso-video.example/start/6f1e90b3

Pro Frage haben Sie 30 Sekunden Bedenkzeit und maximal 3 Minuten Antwortzeit. Sie können vorab beliebig oft eine Probefrage üben. Technische Voraussetzungen: aktueller Browser, Kamera und Mikrofon.

Nach Auswertung melden wir uns innerhalb von zwei Wochen und laden ausgewählte Bewerber zum persönlichen Gespräch ein.

Mit freundlichen Grüßen
Personalabteilung Hegau Präzisionsguss GmbH
Maggistraße 14 · 78224 Singen (Hohentwiel) · Amtsgericht Freiburg HRB 540771

Diese E-Mail wurde automatisch über d.verso versendet.
"""
    m = new_msg(A("Hegau Präzisionsguss – Karriere", "noreply@dverso-mail.example"), OWN,
                "Ihr Video-Interview bei der Hegau Präzisionsguss GmbH", sent, "<dv.771204.video.1@dverso-mail.example>")
    m.set_content(text, cte="quoted-printable")
    return [("01-video-interview-einladung.eml", b(m))], label(
        [], "hard", "negative/one-way-video",
        "One-way (asynchronous) video interview with a deadline; no live conversation scheduled.")


# =========================================================================== main
def main():
    for name in os.listdir(HERE):
        p = os.path.join(HERE, name)
        if name.startswith("b69-") and os.path.isdir(p):
            shutil.rmtree(p)
    labels = {}
    for cid, fn in CASES:
        items, lab = fn()
        d = os.path.join(HERE, cid)
        os.makedirs(d)
        for fname, data in items:
            with open(os.path.join(d, fname), "wb") as f:
                f.write(data)
        labels[cid] = lab
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as f:
        f.write("# blind69 labels (written blind; see README.md). Schema as in shared/eval/README.md.\n")
        yaml.safe_dump(labels, f, sort_keys=False, allow_unicode=True, width=120)
    print(f"wrote {len(labels)} cases")


if __name__ == "__main__":
    main()
