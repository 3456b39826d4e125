#!/usr/bin/env python3
"""Deterministic generator for the blind87 evaluation set (Warsaw logistics coordinator).

Rewrites every case folder b87-* and labels.yaml next to this file.
Only stdlib + PyYAML + zoneinfo. All offsets are computed with zoneinfo.
"""
import json
import zlib
import os
import shutil
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from email import policy
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
WAW = ZoneInfo("Europe/Warsaw")
BER = ZoneInfo("Europe/Berlin")
DUB = ZoneInfo("Europe/Dublin")
LAX = ZoneInfo("America/Los_Angeles")
UTC = timezone.utc

OWNER = "marta.kowalczyk@mail.example"
OWNER_NAME = "Marta Kowalczyk"
OWNER_FULL = f"{OWNER_NAME} <{OWNER}>"
WORK = "m.kowalczyk@mazurtrans.example"   # current employer address, auto-forwarded to OWNER


def T(y, mo, d, h, mi, tz=WAW):
    return datetime(y, mo, d, h, mi, tzinfo=tz)


def iso(dt):
    return dt.isoformat() if dt is not None else None


# ---------------------------------------------------------------- iCalendar
def ics_escape(s):
    return (s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
             .replace("\r\n", "\\n").replace("\n", "\\n"))


def fold(line):
    b = line.encode("utf-8")
    if len(b) <= 75:
        return line
    out, cur, limit = [], b"", 75
    for ch in line:
        cb = ch.encode("utf-8")
        if len(cur) + len(cb) > limit:
            out.append(cur.decode("utf-8"))
            cur, limit = b" ", 75
        cur += cb
    out.append(cur.decode("utf-8"))
    return "\r\n".join(out)


VTZ = {
    "Europe/Warsaw": ["BEGIN:VTIMEZONE", "TZID:Europe/Warsaw", "X-LIC-LOCATION:Europe/Warsaw",
                      "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST",
                      "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
                      "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET",
                      "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
                      "END:VTIMEZONE"],
    "Central European Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:Central European Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"],
    "W. Europe Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:W. Europe Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"],
}


def utcstamp(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def ics(*, method, uid, start, end, summary, organizer, attendees, dtstamp, seq=0,
        description="", location="", status="CONFIRMED", prodid="-//Google Inc//Google Calendar 70.9054//EN",
        tzid=None, exchange=False, extra=()):
    """organizer=(name,email) or None; attendees=[(name,email,partstat,role)]. tzid=None -> UTC times."""
    L = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0"]
    if not exchange:
        L.append("CALSCALE:GREGORIAN")
    L.append(f"METHOD:{method}")
    if tzid:
        L += VTZ[tzid]
    L.append("BEGIN:VEVENT")

    def dtl(name, dt):
        if tzid:
            loc = dt.astimezone(WAW if tzid != "W. Europe Standard Time" else BER)
            return f"{name};TZID={tzid}:{loc.strftime('%Y%m%dT%H%M%S')}"
        return f"{name}:{utcstamp(dt)}"

    if organizer:
        L.append(f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}")
    for name, email, partstat, role in attendees:
        L.append(f"ATTENDEE;ROLE={role};PARTSTAT={partstat};RSVP=TRUE;CN={name}:mailto:{email}")
    if description:
        L.append("DESCRIPTION;LANGUAGE=pl-PL:" + ics_escape(description) if exchange
                 else "DESCRIPTION:" + ics_escape(description))
    L.append(f"UID:{uid}")
    L.append("SUMMARY;LANGUAGE=pl-PL:" + ics_escape(summary) if exchange else "SUMMARY:" + ics_escape(summary))
    L.append(dtl("DTSTART", start))
    L.append(dtl("DTEND", end))
    if exchange:
        L += ["CLASS:PUBLIC", "PRIORITY:5"]
    L.append(f"DTSTAMP:{utcstamp(dtstamp)}")
    L.append(f"SEQUENCE:{seq}")
    L.append(f"STATUS:{status}")
    if location is not None:
        L.append("LOCATION:" + ics_escape(location))
    if exchange:
        busy = "FREE" if method == "CANCEL" else "BUSY"
        L += ["TRANSP:OPAQUE", f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}", f"X-MICROSOFT-CDO-BUSYSTATUS:{busy}",
              f"X-MICROSOFT-CDO-INTENDEDSTATUS:{busy}", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
              "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
              "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE"]
    else:
        L.append("TRANSP:OPAQUE")
    L += list(extra)
    if method == "REQUEST" and not exchange:
        L += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:Przypomnienie", "TRIGGER:-P0DT0H15M0S", "END:VALARM"]
    elif exchange and method == "REQUEST":
        L += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM"]
    L += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(fold(x) for x in L) + "\r\n"


# ---------------------------------------------------------------- e-mail
def received(host, ip, date, rcpt=OWNER):
    return (f"from {host} ({host}. [{ip}]) by mx.mail.example with ESMTPS id "
            f"{zlib.crc32((host + str(date)).encode()) % 10**8:08d} for <{rcpt}>; {format_datetime(date)}")


def mail(*, date, frm, to, subject, msgid, plain=None, html=None, cal=None, attach=(), cc=None,
         reply_to=None, in_reply_to=None, references=None, sender=None, extra=(), host="mail.example-out.net",
         ip="198.51.100.23", plain_cte="quoted-printable", html_cte="quoted-printable", cal_cte=None,
         delivered_to=OWNER):
    m = EmailMessage()
    m["Delivered-To"] = delivered_to
    m["Received"] = received(host, ip, date + timedelta(seconds=3))
    for k, v in extra:
        m[k] = v
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
    m["Message-ID"] = msgid
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = references or in_reply_to
    if plain is not None:
        m.set_content(plain, cte=plain_cte)
        if html is not None:
            m.add_alternative(html, subtype="html", cte=html_cte)
    elif html is not None:
        m.set_content(html, subtype="html", cte=html_cte)
    if cal is not None:
        text, method = cal
        cte = cal_cte or ("7bit" if text.isascii() else "base64")
        if cte == "base64":   # keep the CRLF line endings of the hand-built iCalendar text
            m.add_alternative(text.encode("utf-8"), maintype="text", subtype="calendar", cte="base64",
                              params={"charset": "utf-8", "method": method})
        else:
            m.add_alternative(text, subtype="calendar", params={"method": method}, cte=cte)
    for data, maintype, subtype, fname in attach:
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    for i, part in enumerate(m.walk()):
        if part.is_multipart():
            part.set_boundary(f"_{i:03d}_{zlib.crc32((msgid + str(i)).encode()):08x}{zlib.crc32(msgid.encode()):08X}_")
    return m.as_bytes(policy=policy.default.clone(max_line_length=998))


def html_of(text):
    import html as _h
    paras = text.strip("\n").split("\n\n")
    body = "".join("<p>" + _h.escape(p).replace("\n", "<br>") + "</p>\n" for p in paras)
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n' + body + "</div></body></html>\n")


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


TEAMS_PL = """________________________________________________________________________________
Spotkanie w aplikacji Microsoft Teams
Dołącz na komputerze, w aplikacji mobilnej lub na urządzeniu w pokoju
Kliknij tutaj, aby dołączyć do spotkania<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{tid}%40thread.v2/0>
Identyfikator spotkania: {mid}
Kod dostępu: {pc}
Pobierz aplikację Teams<https://www.microsoft.com/pl-pl/microsoft-teams/download-app> | Dołącz w sieci Web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Dowiedz się więcej<https://aka.ms/JoinTeamsMeeting> | Opcje spotkania<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________"""

TEAMS_EN = """________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{tid}%40thread.v2/0>
Meeting ID: {mid}
Passcode: {pc}
Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
________________________________________________________________________________"""

PL_DAYS = ["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"]
PL_MONTHS_GEN = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
                 "września", "października", "listopada", "grudnia"]


def outlook_when_pl(start, end):
    s, e = start.astimezone(WAW), end.astimezone(WAW)
    return (f"Kiedy: {PL_DAYS[s.weekday()]}, {s.day} {PL_MONTHS_GEN[s.month-1]} {s.year} "
            f"{s:%H:%M}-{e:%H:%M} (UTC+01:00) Sarajewo, Skopie, Warszawa, Zagrzeb.")


def exchange_headers(thread_topic, idx):
    return [("Thread-Topic", thread_topic), ("Thread-Index", idx), ("Accept-Language", "pl-PL, en-US"),
            ("Content-Language", "pl-PL"), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
            ("Content-class", "urn:content-classes:calendarmessage"), ("x-ms-publictraffictype", "Email")]


def google_invite(*, date, organizer, subject, summary, start, end, guests, uid, desc_lines, when_line,
                  tz_line, msgid, seq=0, meet="https://meet.google.com/xkp-vrta-qmd", lang="pl"):
    """organizer=(name,email); guests=[(name,email)] (owner included)."""
    att = [(organizer[0], organizer[1], "ACCEPTED", "REQ-PARTICIPANT")] + \
          [(n, e, "NEEDS-ACTION", "REQ-PARTICIPANT") for n, e in guests]
    description = "\n".join(desc_lines) + ("\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
                                             f"Dołącz do spotkania w Google Meet: {meet}\n\nNie edytuj tej sekcji.\n"
                                             "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"
                                             if lang == "pl" else
                                             "\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
                                             f"Mit Google Meet teilnehmen: {meet}\n\nBitte diesen Abschnitt nicht bearbeiten.\n"
                                             "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-")
    cal = ics(method="REQUEST", uid=uid, start=start, end=end, summary=summary, organizer=organizer,
              attendees=att, dtstamp=date, seq=seq, description=description, location="",
              extra=[f"X-GOOGLE-CONFERENCE:{meet}"])
    guests_txt = "\n".join([f"{organizer[0]} - {'organizator' if lang == 'pl' else 'Organisator'}\n{organizer[1]}"] +
                           [f"{n}\n{e}" if n != e else e for n, e in guests])
    if lang == "pl":
        plain = (f"{summary}\n{when_line}\n{tz_line}\n\nDołącz przez Google Meet\n{meet}\n\n"
                 f"Organizator\n{organizer[0]}\n{organizer[1]}\n\nGoście\n{guests_txt}\n\n"
                 + "\n".join(desc_lines) + "\n\n~~//~~\nZaproszenie z Kalendarza Google: https://calendar.google.com/calendar/\n\n"
                 "Otrzymujesz tego e-maila, ponieważ jesteś uczestnikiem wydarzenia.\n")
    else:
        plain = (f"{summary}\n{when_line}\n{tz_line}\n\nMit Google Meet teilnehmen\n{meet}\n\n"
                 f"Organisator\n{organizer[0]}\n{organizer[1]}\n\nGäste\n{guests_txt}\n\n"
                 + "\n".join(desc_lines) + "\n\n~~//~~\nEinladung von Google Kalender: https://calendar.google.com/calendar/\n\n"
                 "Sie erhalten diese E-Mail, weil Sie Gast bei diesem Termin sind.\n")
    return mail(date=date, frm=f"{organizer[0]} <{organizer[1]}>", to=OWNER, subject=subject, msgid=msgid,
                reply_to=f"{organizer[0]} <{organizer[1]}>", plain=plain, html=html_of(plain),
                cal=(cal, "REQUEST"), cal_cte="base64", plain_cte="base64",
                attach=[(cal.encode("utf-8"), "application", "ics", "invite.ics")],
                host="mail-sor-f41.google.com", ip="209.85.220.41",
                extra=[("Return-Path", "<calendar-notification@google.com>")])


def exchange_invite(*, date, organizer, to, subject, start, end, body, uid, seq, method, msgid, idx,
                    attendees, teams, lang="pl", status="CONFIRMED", location="Spotkanie w aplikacji Microsoft Teams",
                    delivered_to=OWNER, extra_hdr=(), cc=None):
    summary = subject.split(": ", 1)[1] if subject.split(": ", 1)[0] in ("Anulowano", "Zaktualizowano") else subject
    cal = ics(method=method, uid=uid, start=start, end=end, summary=summary, organizer=organizer,
              attendees=attendees, dtstamp=date, seq=seq, description=body, location=location,
              status=status, prodid="Microsoft Exchange Server 2010", tzid="Central European Standard Time",
              exchange=True)
    plain = body + ("\n\n" + teams if teams else "")
    return mail(date=date, frm=f"{organizer[0]} <{organizer[1]}>", to=to, cc=cc, subject=subject, msgid=msgid,
                plain=plain, html=html_of(plain), cal=(cal, method), cal_cte="base64",
                host="EUR05-AM6-obe.outbound.protection.outlook.com", ip="40.107.22.91",
                extra=list(extra_hdr) + exchange_headers(summary, idx), delivered_to=delivered_to)


CASES = []   # (case_id, [(filename, bytes)], label)


def case(cid, items, label):
    CASES.append((cid, items, label))


def L(interview_list, difficulty, category, notes):
    return {"user": OWNER, "interview": bool(interview_list), "interviews": interview_list,
            "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}


def iv(company, role, start, end, status, interviewers, recipients, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end), "status": status,
            "interviewer_emails": interviewers, "followup_recipients": recipients, "kind": kind}


# ================================================================ POSITIVES
def c01():
    anna = "Anna Nowak <anna.nowak@transwisla.example>"
    tomasz = "Tomasz Lis <tomasz.lis@transwisla.example>"
    d1 = T(2026, 3, 4, 10, 12)
    body1 = """Szanowna Pani Marto,

dziękujemy za przesłanie aplikacji na stanowisko Koordynator ds. logistyki (nr ref. TW/LOG/03/2026) za pośrednictwem serwisu PracaTeraz.

Chcielibyśmy zaprosić Panią na rozmowę kwalifikacyjną, która odbędzie się we wtorek 10 marca o godz. 14:00 w naszym biurze w Warszawie (ul. Nadwiślańska 17, budynek B, III piętro – proszę zgłosić się w recepcji). Rozmowa potrwa ok. 45 minut.

Rozmowę przeprowadzi Pan Tomasz Lis, kierownik działu spedycji krajowej (w kopii tej wiadomości). Ja niestety nie będę obecna, ale w razie pytań pozostaję do Pani dyspozycji.

Uprzejmie prosimy o potwierdzenie obecności w odpowiedzi na tę wiadomość.

Z poważaniem
Anna Nowak
Specjalista ds. kadr i rekrutacji
TransWisła Sp. z o.o.
ul. Nadwiślańska 17, 03-901 Warszawa
tel. +48 22 555 01 47 | kom. +48 601 555 312
www.transwisla.example
"""
    m1 = "<0f3a1c2e-7b1d-4c55-9a1e-transwisla01@transwisla.example>"
    user_reply = """Dzień dobry,

dziękuję za zaproszenie. Potwierdzam udział w rozmowie we wtorek 10.03 o 14:00.

Pozdrawiam
Marta Kowalczyk
tel. 602 555 918"""
    d2 = T(2026, 3, 4, 13, 41)
    body2 = f"""Pani Marto,

dziękuję za potwierdzenie. Do zobaczenia we wtorek – w recepcji proszę podać moje nazwisko, ktoś Panią odbierze.

Pozdrawiam
Anna Nowak
TransWisła Sp. z o.o.
tel. +48 22 555 01 47

-----Wiadomość oryginalna-----
Od: Marta Kowalczyk <{OWNER}>
Wysłano: środa, 4 marca 2026 12:58
Do: Anna Nowak <anna.nowak@transwisla.example>
DW: Tomasz Lis <tomasz.lis@transwisla.example>
Temat: RE: Zaproszenie na rozmowę kwalifikacyjną – Koordynator ds. logistyki

{user_reply}
"""
    items = [
        ("01-zaproszenie-rozmowa.eml", mail(date=d1, frm=anna, to=OWNER_FULL, cc=tomasz, msgid=m1,
                                            subject="Zaproszenie na rozmowę kwalifikacyjną – Koordynator ds. logistyki",
                                            plain=body1)),
        ("02-re-potwierdzenie.eml", mail(date=d2, frm=anna, to=OWNER_FULL, cc=tomasz,
                                         msgid="<a81c7e90-2d44-4f0e-b3c1-transwisla02@transwisla.example>",
                                         in_reply_to="<CAMk0w1-marta-8812@mail.example>",
                                         references=f"{m1} <CAMk0w1-marta-8812@mail.example>",
                                         subject="RE: Zaproszenie na rozmowę kwalifikacyjną – Koordynator ds. logistyki",
                                         plain=body2)),
    ]
    s = T(2026, 3, 10, 14, 0)
    case("b87-01-transwisla-body-only-polish-onsite-office", items, L(
        [iv("TransWisła", "Koordynator ds. logistyki", s, s + timedelta(minutes=45), "scheduled",
            ["tomasz.lis@transwisla.example"], ["tomasz.lis@transwisla.example"], "hiring_manager")],
        "easy", "positive/email-body-only",
        "Polish HR invitation 'we wtorek 10 marca o godz. 14:00', ok. 45 minut, in the office; HR coordinator "
        "will not attend, the department manager (cc) conducts it. Second mail is HR's reply quoting the confirmation."))


def c02():
    agn = ("Agnieszka Dudek", "agnieszka.dudek@nordhaven.example")
    d = T(2026, 3, 6, 15, 40)
    s, e = T(2026, 3, 12, 9, 30), T(2026, 3, 12, 10, 0)
    plain = """Dzień dobry Pani Marto,

potwierdzamy termin spotkania rekrutacyjnego online.

Stanowisko: Transport Planning Specialist with German
Firma: Nordhaven Business Services Sp. z o.o. (Kraków)
Data: czwartek, 12 marca 2026
Godzina: 9.30 – 10.00 (czas polski)
Forma: Microsoft Teams – link znajdzie Pani w załączonym zaproszeniu (plik .ics)
Osoba prowadząca: Agnieszka Dudek, Talent Acquisition Partner

Rozmowa będzie prowadzona po polsku, z krótką częścią w języku niemieckim i angielskim.

Jeżeli termin Pani nie odpowiada, prosimy o zmianę przez link:
https://nordhaven.rekruto.example/k/8Q2LZ/termin

Powodzenia!
Zespół rekrutacji Nordhaven Business Services

--
Wiadomość została wygenerowana automatycznie przez system Rekruto. Prosimy na nią nie odpowiadać.
W razie pytań prosimy o kontakt z osobą prowadzącą proces: agnieszka.dudek@nordhaven.example
Administratorem Pani danych osobowych jest Nordhaven Business Services Sp. z o.o., ul. Lubicz 44, 31-512 Kraków.
"""
    desc = ("Spotkanie rekrutacyjne – Transport Planning Specialist with German\n"
            "Prowadząca: Agnieszka Dudek\n\nDołącz do spotkania w aplikacji Microsoft Teams:\n"
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ2OTk5%40thread.v2/0\n"
            "Identyfikator spotkania: 371 402 118 006  Kod dostępu: Hq7t2Z")
    cal = ics(method="REQUEST", uid="rekruto-ev-55120-8q2lz@rekruto.example", start=s, end=e,
              summary="Spotkanie rekrutacyjne: Marta Kowalczyk – Transport Planning Specialist (Nordhaven)",
              organizer=agn, attendees=[(OWNER_NAME, OWNER, "NEEDS-ACTION", "REQ-PARTICIPANT")],
              dtstamp=d, description=desc, location="Microsoft Teams", prodid="-//Rekruto//Kalendarz 4.2//PL",
              tzid="Europe/Warsaw")
    items = [("01-rekruto-potwierdzenie-terminu.eml", mail(
        date=d, frm="Nordhaven Business Services przez Rekruto <powiadomienia@rekruto.example>",
        reply_to="noreply@rekruto.example", to=OWNER_FULL, msgid="<r-55120-8q2lz.1772808000@rekruto.example>",
        subject="Spotkanie rekrutacyjne online – Transport Planning Specialist (Kraków) – potwierdzenie terminu",
        plain=plain, html=html_of(plain), plain_cte="base64",
        attach=[(cal.encode("utf-8"), "text", "calendar", "zaproszenie.ics")],
        host="out-3.rekruto.example", ip="203.0.113.44"))]
    case("b87-02-rekruto-ats-screen-ics-teams", items, L(
        [iv("Nordhaven Business Services", "Transport Planning Specialist with German", s, e, "scheduled",
            ["agnieszka.dudek@nordhaven.example"], ["agnieszka.dudek@nordhaven.example"], "phone_screen")],
        "medium", "positive/ats-email-with-ics",
        "Invented Polish ATS (Rekruto) confirmation, base64 body, 'godz. 9.30 – 10.00', .ics with TZID Europe/Warsaw; "
        "no-reply sender, recruiter named as the person running the call -> interviewer and recipient."))


def c03():
    kar = ("Karolina Mazur", "karolina.mazur@calderon-gbs.example")
    luk = ("Łukasz Pawlak", "lukasz.pawlak@calderon-gbs.example")
    uid = "040000008200E00074C5B7101A82E0080000000030A1C7D2A0ADDC01000000000000000010000000F3B5E8D1A9C44F4AA3C6E1B0D7A2C911"
    to = f"{OWNER_FULL}, {luk[0]} <{luk[1]}>"
    subj = "Rozmowa rekrutacyjna – II etap – Marta Kowalczyk / Freight Coordinator"
    att = [(OWNER_NAME, OWNER, "NEEDS-ACTION", "REQ-PARTICIPANT"), (luk[0], luk[1], "NEEDS-ACTION", "REQ-PARTICIPANT")]
    s0, e0 = T(2026, 3, 17, 13, 0), T(2026, 3, 17, 14, 0)
    d1 = T(2026, 3, 9, 11, 5)
    body1 = f"""{outlook_when_pl(s0, e0)}
Gdzie: Spotkanie w aplikacji Microsoft Teams

*~*~*~*~*~*~*~*~*~*

Pani Marto,

zgodnie z naszą rozmową telefoniczną przesyłam zaproszenie na drugi etap rekrutacji na stanowisko Freight Coordinator – rozmowę z Panem Łukaszem Pawlakiem, Team Managerem zespołu Road Freight. Spotkanie potrwa godzinę, część rozmowy odbędzie się w języku angielskim. Ja nie będę w nim uczestniczyć.

Pozdrawiam serdecznie
Karolina Mazur
Recruitment Specialist | Calderon Global Business Services
pl. Grunwaldzki 23, 50-365 Wrocław
+48 71 555 20 64"""
    teams = TEAMS_PL.format(tid="ODk1YzQ0ZTMt", mid="318 227 640 915", pc="7kQ2xP")
    i1 = exchange_invite(date=d1, organizer=kar, to=to, subject=subj, start=s0, end=e0, body=body1, uid=uid, seq=0,
                         method="REQUEST", msgid="<DB9PR02MB7124A1C4E0F5A99E2B3F1D7AC0812@DB9PR02MB7124.eurprd02.prod.outlook.example>",
                         idx="AQHcr0Yy0b1k6w8oQkq0e4B1mT1n9A==", attendees=att, teams=teams)
    s1, e1 = T(2026, 3, 18, 15, 30), T(2026, 3, 18, 16, 30)
    d2 = T(2026, 3, 12, 16, 20)
    body2 = f"""{outlook_when_pl(s1, e1)}
Gdzie: Spotkanie w aplikacji Microsoft Teams

*~*~*~*~*~*~*~*~*~*

Pani Marto,

z uwagi na kolizję w kalendarzu Pana Łukasza przesuwamy spotkanie na środę 18.03, godz. 15:30. Bardzo przepraszam za zmianę. Link do spotkania pozostaje bez zmian.

Pozdrawiam
Karolina Mazur
Recruitment Specialist | Calderon Global Business Services
+48 71 555 20 64"""
    i2 = exchange_invite(date=d2, organizer=kar, to=to, subject="Zaktualizowano: " + subj, start=s1, end=e1, body=body2,
                         uid=uid, seq=1, method="REQUEST",
                         msgid="<DB9PR02MB7124B77E01AC4D2C9F8E5A11C0812@DB9PR02MB7124.eurprd02.prod.outlook.example>",
                         idx="AQHcr0Yy0b1k6w8oQkq0e4B1mT1n9AAJ2m1c", attendees=att, teams=teams)
    case("b87-03-outlook-polish-second-stage-updated", [("01-zaproszenie-ii-etap.eml", i1),
                                                       ("02-zaktualizowano-ii-etap.eml", i2)], L(
        [iv("Calderon Global Business Services", "Freight Coordinator", s1, e1, "scheduled",
            [luk[1]], [luk[1]], "hiring_manager")],
        "medium", "positive/reschedule",
        "Polish Exchange/Teams invite (Windows TZID 'Central European Standard Time', Polish 'Kiedy:' line) then "
        "'Zaktualizowano:' with SEQUENCE 1 moving 17.03 13:00 to 18.03 15:30. Recruiter organizes only."))


def c04():
    sio = "Siobhán Gallagher <siobhan.gallagher@brannockfreight.example>"
    sig = """Siobhán Gallagher
Talent Acquisition Partner | Brannock Freight Solutions Ltd.
Unit 4, Harbour Court, Ringsend, Dublin 4, D04 X2K7, Ireland
T: +353 1 555 0192 | M: +353 87 555 4410"""
    d1 = datetime(2026, 3, 23, 9, 14, tzinfo=DUB)
    m1 = "<CAF7x2Lq-brannock-0323-a@mail.brannockfreight.example>"
    b1 = f"""Hi Marta,

Thanks a million for applying for the Logistics Coordinator (EMEA) role with us - your experience with FTL/LTL planning across CEE really stood out.

I'd love to set up a 30-minute call to tell you a bit more about the team and hear about your background. Would Tuesday 31st at 10am Irish time (11:00 CET) suit? If not, Wednesday 1 April at the same time also works on my side.

Kind regards,
{sig}
"""
    d2 = datetime(2026, 3, 24, 8, 2, tzinfo=DUB)
    mu = "<CAMk0w1-marta-brannock-reply@mail.example>"
    user = """Hi Siobhán,

Thank you for reaching out! Tuesday 31st at 10am Irish time works great for me.

Best regards,
Marta Kowalczyk"""
    b2 = f"""Hi Marta,

Perfect - you're booked in for Tuesday 31 March, 10:00-10:30 Irish time (11:00-11:30 for you in Warsaw). I'll ring you on Teams, link below. Talk then!

Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_YnJhbm5vY2s%40thread.v2/0
Meeting ID: 455 810 327 771  Passcode: bF4m9T

Kind regards,
{sig}

On Mon, 23 Mar 2026 at 11:40, Marta Kowalczyk <{OWNER}> wrote:
{quote(user)}
>
> On Mon, 23 Mar 2026 at 09:14, Siobhán Gallagher <siobhan.gallagher@brannockfreight.example> wrote:
{quote(quote(b1))}
"""
    items = [("01-brannock-quick-chat.eml", mail(date=d1, frm=sio, to=OWNER_FULL, msgid=m1, plain=b1,
                                                 subject="Brannock Freight - Logistics Coordinator (EMEA) - quick chat?")),
             ("02-re-brannock-booked.eml", mail(date=d2, frm=sio, to=OWNER_FULL, msgid="<CAF7x2Lq-brannock-0324-b@mail.brannockfreight.example>",
                                                in_reply_to=mu, references=f"{m1} {mu}", plain=b2,
                                                subject="Re: Brannock Freight - Logistics Coordinator (EMEA) - quick chat?"))]
    s = datetime(2026, 3, 31, 10, 0, tzinfo=DUB)
    case("b87-04-dublin-irish-time-after-dst-thread", items, L(
        [iv("Brannock Freight Solutions", "Logistics Coordinator (EMEA)", s, s + timedelta(minutes=30), "scheduled",
            ["siobhan.gallagher@brannockfreight.example"], ["siobhan.gallagher@brannockfreight.example"], "phone_screen")],
        "hard", "positive/thread-propose-confirm",
        "Dublin recruiter: '10am Irish time (11:00 CET)' proposed on 23 Mar (before EU DST), held on Tue 31 Mar (after "
        "DST): Dublin is +01:00 (Irish Standard Time), Warsaw +02:00, so 10:00 Dublin = 09:00Z = 11:00 Warsaw. The "
        "'(11:00 CET)' label is loose (really CEST). Confirmation mail quotes the user's reply."))


def c05():
    lena = ("Lena Hoffmann", "lena.hoffmann@spreeknoten.example")
    jonas = ("Jonas Berger", "jonas.berger@spreeknoten.example")
    d1 = datetime(2026, 3, 16, 11, 20, tzinfo=BER)
    s, e = datetime(2026, 3, 26, 14, 0, tzinfo=BER), datetime(2026, 3, 26, 15, 0, tzinfo=BER)
    b1 = """Sehr geehrte Frau Kowalczyk,

vielen Dank für Ihre Bewerbung als Disponentin / Logistikkoordinatorin (m/w/d) für den Standort Berlin-Moabit. Ihre Unterlagen haben uns überzeugt, und wir laden Sie herzlich zu einem Vorstellungsgespräch per Google Meet ein:

am Donnerstag, den 26. März 2026, um 14:00 Uhr (Berliner Zeit – in Warschau ebenfalls 14:00 Uhr).

Ihr Gesprächspartner ist Herr Jonas Berger, Teamleiter Disposition. Das Gespräch dauert ca. 60 Minuten und findet auf Deutsch statt. Eine Kalendereinladung mit dem Link erhalten Sie separat.

Mit freundlichen Grüßen

Lena Hoffmann
Personalreferentin
Spreeknoten Logistik GmbH
Am Westhafen 9, 13353 Berlin
Tel. +49 30 5550 2231
Geschäftsführer: Dr. Volker Brandt | Amtsgericht Charlottenburg HRB 000000 B
"""
    m1 = mail(date=d1, frm=f"{lena[0]} <{lena[1]}>", to=OWNER_FULL, msgid="<20260316112004.7C1A2F@spreeknoten.example>",
              subject="Einladung zum Vorstellungsgespräch – Disponentin / Logistikkoordinatorin (m/w/d)",
              plain=b1, html=html_of(b1), host="mx-out.spreeknoten.example", ip="192.0.2.61")
    d2 = datetime(2026, 3, 16, 11, 31, tzinfo=BER)
    summary = "Vorstellungsgespräch Marta Kowalczyk – Disposition (Spreeknoten)"
    m2 = google_invite(date=d2, organizer=lena, subject=f"Einladung: {summary} @ Do. 26. März 2026 14:00 - 15:00 (MEZ) ({OWNER})",
                       summary=summary, start=s, end=e, guests=[jonas, (OWNER, OWNER)],
                       uid="3k9v0q2m7hrl4c1t8w5xz6bd1e@google.com",
                       desc_lines=["Gespräch mit Jonas Berger (Teamleiter Disposition).", "Dauer ca. 60 Minuten."],
                       when_line="Donnerstag, 26. März 2026 · 14:00 – 15:00", tz_line="Mitteleuropäische Zeit - Berlin",
                       msgid="<calendar-7d1e0a5c-33b2-4b1e-9f2a-2c0b8e5d4a11@google.com>",
                       meet="https://meet.google.com/tqb-hmnz-wre", lang="de")
    case("b87-05-berlin-german-google-invite", [("01-einladung-vorstellungsgespraech.eml", m1),
                                               ("02-einladung-google-kalender.eml", m2)], L(
        [iv("Spreeknoten Logistik", "Disponentin / Logistikkoordinatorin (m/w/d)", s, e, "scheduled",
            [jonas[1]], [jonas[1]], "hiring_manager")],
        "medium", "positive/dedupe",
        "Berlin company in German ('um 14:00 Uhr', 26 Mar, still CET before the 29 Mar switch) + German-locale Google "
        "Calendar invitation for the same interview (one interview). HR organizes; team lead conducts."))


def c06():
    jo = "Joanna Krawczyk <joanna.krawczyk@polmarket.example>"
    cc = "Ewa Sadowska <ewa.sadowska@polmarket.example>, Marek Wójcik <marek.wojcik@polmarket.example>"
    d = T(2026, 3, 11, 9, 2)
    s, e = T(2026, 3, 20, 9, 0), T(2026, 3, 20, 15, 30)
    html = """<html><head><meta charset="utf-8"><style>td{padding:4px 10px;border-bottom:1px solid #ddd}</style></head>
<body style="font-family:Verdana,sans-serif;font-size:13px;color:#222">
<p>Szanowna Pani,</p>
<p>z przyjemnością informujemy, że zakwalifikowała się Pani do kolejnego etapu rekrutacji na stanowisko
<b>Młodszy Koordynator Łańcucha Dostaw</b> w Polmarket Dystrybucja S.A. Zapraszamy na
<b>Assessment Center</b>, które odbędzie się w <b>piątek, 20 marca 2026 r.</b> w naszym Centrum Dystrybucyjnym
(ul. Magazynowa 5, 05-090 Raszyn, budynek biurowy, sala „Bałtyk”).</p>
<p>Prosimy o przybycie ok. 15 minut wcześniej (rejestracja uczestników od godz. 8.45).</p>
<table style="border-collapse:collapse">
<tr><td><b>9.00 – 9.20</b></td><td>Powitanie, prezentacja firmy</td></tr>
<tr><td><b>9.20 – 10.50</b></td><td>Zadanie grupowe – case logistyczny</td></tr>
<tr><td><b>11.00 – 12.00</b></td><td>Zadanie indywidualne – analiza danych (Excel)</td></tr>
<tr><td><b>12.00 – 12.45</b></td><td>Przerwa obiadowa</td></tr>
<tr><td><b>12.45 – 13.45</b></td><td>Prezentacja rozwiązania przed komisją</td></tr>
<tr><td><b>13.45 – 15.30</b></td><td>Rozmowy indywidualne z komisją, podsumowanie i zakończenie</td></tr>
</table>
<p>W komisji zasiądą: Pani Ewa Sadowska – Dyrektor ds. Logistyki oraz Pan Marek Wójcik – Kierownik Centrum
Dystrybucyjnego (w kopii wiadomości). Proszę zabrać ze sobą dokument tożsamości oraz laptop (jeśli Pani posiada).
Parking dla gości jest dostępny przy bramie nr 2.</p>
<p>Uprzejmie prosimy o potwierdzenie udziału do 16 marca.</p>
<p>Z poważaniem<br>
Joanna Krawczyk<br>
Starszy Specjalista ds. Rekrutacji<br>
Polmarket Dystrybucja S.A.<br>
ul. Magazynowa 5, 05-090 Raszyn<br>
tel. +48 22 555 73 10</p>
<p style="font-size:10px;color:#888">Polmarket Dystrybucja S.A., Sąd Rejonowy dla m.st. Warszawy, XIV Wydział Gospodarczy KRS,
KRS 0000000000, NIP 000-000-00-00. Wiadomość może zawierać informacje poufne.</p>
</body></html>
"""
    items = [("01-zaproszenie-assessment-center.eml", mail(
        date=d, frm=jo, to=OWNER_FULL, cc=cc, msgid="<7e2f9b1a40c3.assessment.20260311@polmarket.example>",
        subject="Zaproszenie na Assessment Center – Młodszy Koordynator Łańcucha Dostaw", html=html,
        html_cte="quoted-printable", host="smtp.polmarket.example", ip="192.0.2.140"))]
    case("b87-06-assessment-centre-html-only-agenda", items, L(
        [iv("Polmarket Dystrybucja", "Młodszy Koordynator Łańcucha Dostaw", s, e, "scheduled",
            ["ewa.sadowska@polmarket.example", "marek.wojcik@polmarket.example"],
            ["ewa.sadowska@polmarket.example", "marek.wojcik@polmarket.example"], "onsite")],
        "hard", "positive/onsite-loop",
        "HTML-only invitation to a one-day assessment centre with an agenda table (9.00 first session .. 15.30 end; "
        "registration 8.45 is not a session). Two assessors in Cc conduct it -> one onsite interview."))


def c07():
    mic = ("Michał Zając", "michal.zajac@baltykcargo.example")
    uid = "040000008200E00074C5B7101A82E00800000000D0C6E3A1F2A9DC0100000000000000001000000088F1D2B3C4A5E6F708192A3B4C5D6E7F"
    s, e = T(2026, 3, 9, 10, 0), T(2026, 3, 9, 11, 0)
    subj = "Rozmowa rekrutacyjna – Koordynator ds. transportu morskiego"
    att = [(OWNER_NAME, OWNER, "NEEDS-ACTION", "REQ-PARTICIPANT")]
    d1 = T(2026, 3, 2, 8, 47)
    b1 = f"""{outlook_when_pl(s, e)}
Gdzie: Spotkanie w aplikacji Microsoft Teams

*~*~*~*~*~*~*~*~*~*

Dzień dobry Pani Marto,

dziękuję za rozmowę telefoniczną. Zgodnie z ustaleniami zapraszam na rozmowę rekrutacyjną na stanowisko Koordynator ds. transportu morskiego. Porozmawiamy o Pani doświadczeniu w organizacji przewozów kontenerowych oraz o specyfice pracy w porcie.

Z poważaniem
Michał Zając
Kierownik Działu Operacyjnego
Bałtyk Cargo Sp. z o.o.
ul. Portowa 8, 81-336 Gdynia
tel. +48 58 555 66 12"""
    teams = TEAMS_PL.format(tid="YmFsdHlrY2FyZ28t", mid="392 661 004 718", pc="Wx3r8L")
    i1 = exchange_invite(date=d1, organizer=mic, to=OWNER_FULL, subject=subj, start=s, end=e, body=b1, uid=uid,
                         seq=0, method="REQUEST", msgid="<AM0PR08MB5411C3D2E1F0A9B8C7D6E5F4A3B2C1@AM0PR08MB5411.eurprd08.prod.outlook.example>",
                         idx="AQHcqkQm2zR8a0Yl40q3BzCw1x9vYg==", attendees=att, teams=teams)
    d2 = T(2026, 3, 5, 14, 3)
    b2 = """Dzień dobry Pani Marto,

niestety muszę odwołać nasze spotkanie – stanowisko zostało obsadzone w ramach rekrutacji wewnętrznej. Bardzo przepraszam za kłopot i dziękuję za zainteresowanie naszą firmą. Pani CV pozostaje w naszej bazie.

Z poważaniem
Michał Zając
Bałtyk Cargo Sp. z o.o."""
    i2 = exchange_invite(date=d2, organizer=mic, to=OWNER_FULL, subject="Anulowano: " + subj, start=s, end=e, body=b2,
                         uid=uid, seq=1, method="CANCEL", status="CANCELLED", teams=None,
                         msgid="<AM0PR08MB5411F9E8D7C6B5A4F3E2D1C0B9A8F7@AM0PR08MB5411.eurprd08.prod.outlook.example>",
                         idx="AQHcqkQm2zR8a0Yl40q3BzCw1x9vYgAHkP2a", attendees=att)
    case("b87-07-outlook-polish-anulowano-cancel", [("01-rozmowa-rekrutacyjna.eml", i1),
                                                   ("02-anulowano.eml", i2)], L(
        [iv("Bałtyk Cargo", "Koordynator ds. transportu morskiego", s, e, "cancelled",
            [mic[1]], [mic[1]], "hiring_manager")],
        "medium", "positive/cancellation",
        "Polish Exchange invite from the operations manager, then 'Anulowano:' METHOD:CANCEL / STATUS:CANCELLED "
        "(position filled internally). Cancelled at its scheduled time 9 Mar 10:00."))


def c08():
    pw = "Paulina Wróbel <p.wrobel@mazoviafresh.example>"
    d1 = T(2026, 3, 2, 13, 5)
    m1 = "<5c1e8f2a.rekrutacja.0302@mazoviafresh.example>"
    b1 = """Dzień dobry Pani Marto,

dziękuję za aplikację na stanowisko Koordynator ds. dystrybucji (chłodnia) w Mazovia Fresh Logistics.

Chciałabym zaprosić Panią na krótką rozmowę telefoniczną – ok. 30 minut – w czwartek 5 marca o 11:00. Zadzwonię na numer podany w CV (602 555 918). Porozmawiamy o Pani doświadczeniu i oczekiwaniach.

Pozdrawiam
Paulina Wróbel
HR Business Partner
Mazovia Fresh Logistics Sp. z o.o.
Błonie, ul. Chłodnicza 3
tel. 22 555 48 80
"""
    d2 = T(2026, 3, 4, 17, 48)
    b2 = f"""Pani Marto,

bardzo przepraszam, ale muszę odwołać naszą jutrzejszą rozmowę – dział operacyjny wstrzymał rekrutację na to stanowisko do odwołania. Jeśli proces zostanie wznowiony, na pewno się odezwę.

Pozdrawiam
Paulina Wróbel
Mazovia Fresh Logistics

W dniu 2.03.2026 o 13:05, Paulina Wróbel <p.wrobel@mazoviafresh.example> pisze:
{quote(b1)}
"""
    items = [("01-rozmowa-telefoniczna.eml", mail(date=d1, frm=pw, to=OWNER_FULL, msgid=m1, plain=b1,
                                                  subject="Rozmowa telefoniczna – Koordynator ds. dystrybucji")),
             ("02-odwolanie.eml", mail(date=d2, frm=pw, to=OWNER_FULL, msgid="<9a7d0e3b.rekrutacja.0304@mazoviafresh.example>",
                                       in_reply_to=m1, plain=b2, plain_cte="base64",
                                       subject="Re: Rozmowa telefoniczna – Koordynator ds. dystrybucji"))]
    s = T(2026, 3, 5, 11, 0)
    case("b87-08-email-cancel-jutrzejsza-rozmowa", items, L(
        [iv("Mazovia Fresh Logistics", "Koordynator ds. dystrybucji (chłodnia)", s, s + timedelta(minutes=30),
            "cancelled", ["p.wrobel@mazoviafresh.example"], ["p.wrobel@mazoviafresh.example"], "phone_screen")],
        "medium", "positive/cancellation",
        "Recruiter phone screen 'w czwartek 5 marca o 11:00' (ok. 30 minut), cancelled the evening before by e-mail "
        "('odwołać naszą jutrzejszą rozmowę', base64 body) -> cancelled at 5 Mar 11:00."))


def c09():
    oli = ("Oliwia Szymańska", "oliwia.szymanska@vantorra.example")
    piotr = ("Piotr Kamiński", "piotr.kaminski@vantorra.example")
    sig = """Oliwia Szymańska
Talent Acquisition Specialist
Vantorra Business Services Kraków
ul. Opolska 114, 31-323 Kraków | +48 12 555 90 31"""
    d1 = T(2026, 2, 27, 16, 10)
    b1 = f"""Hi Marta,

Thank you for applying for the Logistics Coordinator (Inbound) position via PracaTeraz. I'd like to invite you to a short introductory call with me - 30 minutes - on Wednesday 4 March at half past ten (Warsaw time), on Google Meet. We can do it in Polish or English, whichever you prefer. A calendar invitation is on its way.

Best regards,
{sig}
"""
    s1, e1 = T(2026, 3, 4, 10, 30), T(2026, 3, 4, 11, 0)
    m1 = mail(date=d1, frm=f"{oli[0]} <{oli[1]}>", to=OWNER_FULL, msgid="<CAH3vtr-intro-0227@mail.vantorra.example>",
              subject="Vantorra | Logistics Coordinator (Inbound) - intro call", plain=b1)
    g1 = google_invite(date=T(2026, 2, 27, 16, 14), organizer=oli,
                       subject=f"Zaproszenie: Intro call – Marta Kowalczyk / Logistics Coordinator @ śr. 4 mar 2026 10:30–11:00 (CET) ({OWNER})",
                       summary="Intro call – Marta Kowalczyk / Logistics Coordinator", start=s1, end=e1,
                       guests=[(OWNER, OWNER)], uid="6fj2c0rk1q8v7s3p5m4n0x9z2a@google.com",
                       desc_lines=["Rozmowa wstępna z rekruterką (Oliwia Szymańska)."],
                       when_line="środa, 4 marca 2026 ⋅ 10:30–11:00", tz_line="Czas środkowoeuropejski - Warszawa",
                       msgid="<calendar-1b4e8c2d-6f70-4a2b-8e3d-9c1f0a2b3c4d@google.com>",
                       meet="https://meet.google.com/pvo-yrek-cad")
    d3 = T(2026, 3, 5, 12, 25)
    b3 = f"""Hi Marta,

Great news - thank you for yesterday's conversation! Piotr Kamiński, our Operations Manager, would like to meet you for the second stage. I've booked Friday 13 March, 13:00-14:00 CET; the invitation with the Meet link will come from me in a minute.

Piotr will focus on inbound planning, carrier KPIs and your experience with WMS systems.

Best regards,
{sig}
"""
    m3 = mail(date=d3, frm=f"{oli[0]} <{oli[1]}>", to=OWNER_FULL, cc=f"{piotr[0]} <{piotr[1]}>",
              msgid="<CAH3vtr-stage2-0305@mail.vantorra.example>",
              subject="Vantorra | Logistics Coordinator (Inbound) - 2nd stage with the manager", plain=b3, html=html_of(b3))
    s2, e2 = T(2026, 3, 13, 13, 0), T(2026, 3, 13, 14, 0)
    g2 = google_invite(date=T(2026, 3, 5, 12, 29), organizer=oli,
                       subject=f"Zaproszenie: 2nd stage – Marta Kowalczyk / Piotr Kamiński @ pt. 13 mar 2026 13:00–14:00 (CET) ({OWNER})",
                       summary="2nd stage – Marta Kowalczyk / Piotr Kamiński (Logistics Coordinator)", start=s2, end=e2,
                       guests=[piotr, (OWNER, OWNER)], uid="0a7m2k9d4r1t6y3w8q5e0u7i2o@google.com",
                       desc_lines=["Drugi etap rekrutacji – rozmowa z Piotrem Kamińskim (Operations Manager).",
                                   "Oliwia (TA) nie bierze udziału."],
                       when_line="piątek, 13 marca 2026 ⋅ 13:00–14:00", tz_line="Czas środkowoeuropejski - Warszawa",
                       msgid="<calendar-8e2d1c0b-4a3f-4e5d-b6c7-d8e9f0a1b2c3@google.com>",
                       meet="https://meet.google.com/zhu-kqwe-tnb")
    case("b87-09-vantorra-two-stages-intro-and-manager", [("01-intro-call.eml", m1), ("02-zaproszenie-intro.eml", g1),
                                                          ("03-second-stage.eml", m3), ("04-zaproszenie-2nd-stage.eml", g2)], L(
        [iv("Vantorra Business Services", "Logistics Coordinator (Inbound)", s1, e1, "scheduled",
            [oli[1]], [oli[1]], "phone_screen"),
         iv("Vantorra Business Services", "Logistics Coordinator (Inbound)", s2, e2, "scheduled",
            [piotr[1]], [piotr[1]], "hiring_manager")],
        "medium", "positive/two-interviews",
        "Kraków SSC, English mails + Polish-locale Google invites: intro call 'at half past ten' on 4 Mar with the "
        "recruiter, then 2nd stage with the Operations Manager on 13 Mar 13:00-14:00 CET. Two interviews."))


def c10():
    s, e = T(2026, 4, 2, 10, 0), T(2026, 4, 2, 11, 0)
    ev = {
        "kind": "calendar#event",
        "etag": "\"3561028840112000\"",
        "id": "7r4l1n0c2v9b8x6z3m5k0j1h2g",
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=N3I0bDFuMGMydjliOHg2ejNtNWswajFoMmcgbWFydGE",
        "created": "2026-03-24T08:51:12.000Z",
        "updated": "2026-03-24T08:53:20.056Z",
        "summary": "Rozmowa rekrutacyjna – Koordynator ds. transportu – Marta Kowalczyk",
        "description": "Rozmowa z Rafałem Grabowskim (Supply Chain Lead). Część praktyczna: krótkie zadanie "
                       "w Excelu na żywo (planowanie tras). Natalia dołączy na pierwsze 5 minut, żeby Państwa sobie przedstawić.",
        "location": "Helmsworth GBS Wrocław, ul. Legnicka 51, 54-203 Wrocław / Google Meet",
        "creator": {"email": "natalia.kubiak@helmsworth.example", "displayName": "Natalia Kubiak"},
        "organizer": {"email": "natalia.kubiak@helmsworth.example", "displayName": "Natalia Kubiak"},
        "start": {"dateTime": iso(s), "timeZone": "Europe/Warsaw"},
        "end": {"dateTime": iso(e), "timeZone": "Europe/Warsaw"},
        "iCalUID": "7r4l1n0c2v9b8x6z3m5k0j1h2g@google.com",
        "sequence": 0,
        "attendees": [
            {"email": "natalia.kubiak@helmsworth.example", "displayName": "Natalia Kubiak", "organizer": True,
             "responseStatus": "accepted"},
            {"email": "rafal.grabowski@helmsworth.example", "displayName": "Rafał Grabowski",
             "responseStatus": "accepted"},
            {"email": OWNER, "displayName": OWNER_NAME, "self": True, "responseStatus": "accepted"},
        ],
        "hangoutLink": "https://meet.google.com/bkd-wmqa-por",
        "conferenceData": {
            "entryPoints": [{"entryPointType": "video", "uri": "https://meet.google.com/bkd-wmqa-por",
                             "label": "meet.google.com/bkd-wmqa-por"}],
            "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet"},
            "conferenceId": "bkd-wmqa-por"},
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    case("b87-10-gcal-json-wroclaw-after-dst", [("01-rozmowa-helmsworth.gcal.json",
                                                (json.dumps(ev, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))], L(
        [iv("Helmsworth GBS Wrocław", "Koordynator ds. transportu", s, e, "scheduled",
            ["rafal.grabowski@helmsworth.example"], ["rafal.grabowski@helmsworth.example"], "technical")],
        "medium", "positive/calendar-api-json",
        "Calendar API v3 event only, Polish summary, 2 Apr 10:00 Europe/Warsaw (+02:00 after DST). Recruiter only "
        "introduces; Supply Chain Lead runs a live Excel exercise -> technical."))


def c11():
    bk = "Bartosz Kołodziej <bartosz.kolodziej@hrnova.example>"
    d = T(2026, 3, 10, 10, 37)
    fwd = f"""Pani Marto,

przekazuję potwierdzenie od klienta – wszystko ustalone. Spotkanie w siedzibie Logisto w poniedziałek w samo południe. Proszę zabrać dowód osobisty, będzie potrzebny w recepcji. Gdyby coś się zmieniło, jestem pod telefonem.

Trzymam kciuki!
Bartosz Kołodziej
Senior Consultant, Supply Chain & Logistics
HRnova Doradztwo Personalne Sp. z o.o.
ul. Grzybowska 80, 00-844 Warszawa
kom. +48 501 555 844 | agencja zatrudnienia nr wpisu 00000

________________________________
Od: Iwona Czarnecka <iwona.czarnecka@logisto.example>
Wysłane: wtorek, 10 marca 2026 09:12
Do: Bartosz Kołodziej <bartosz.kolodziej@hrnova.example>
Temat: Spotkanie z kandydatką – Koordynator ds. importu

Panie Bartoszu,

potwierdzam spotkanie z Panią Martą Kowalczyk w poniedziałek 16.03 o godz. 12.00 w naszym biurze (Al. Krakowska 110, Warszawa, II piętro). Rozmowę poprowadzę ja wraz z Panem Grzegorzem Adamczykiem (grzegorz.adamczyk@logisto.example), kierownikiem działu importu. Przewidujemy ok. godzinę.

Pozdrawiam
Iwona Czarnecka
HR Manager | Logisto Polska Sp. z o.o.
tel. +48 22 555 31 09
"""
    s = T(2026, 3, 16, 12, 0)
    own = ics(method="PUBLISH", uid="040000008200E00074C5B7101A82E00800000000B7C8D9E0F1A2DC0100000000000000001000000055AA66BB77CC88DD99EE00FF11223344",
              start=s, end=s + timedelta(hours=1), summary="Rozmowa – Logisto Polska (Koordynator ds. importu)",
              organizer=(OWNER_NAME, OWNER), attendees=[(OWNER_NAME, OWNER, "ACCEPTED", "REQ-PARTICIPANT")],
              dtstamp=T(2026, 3, 10, 10, 52), description="Al. Krakowska 110, II p. Dowód osobisty! Iwona Czarnecka + Grzegorz Adamczyk.",
              location="Logisto Polska, Al. Krakowska 110, Warszawa", prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
              tzid="Central European Standard Time", exchange=True)
    items = [("01-pd-spotkanie-z-kandydatka.eml", mail(
        date=d, frm=bk, to=OWNER_FULL, msgid="<VI1PR03MB4420E6B1F7C2D3A4B5C6D7E8F9A0B1@VI1PR03MB4420.eurprd03.prod.outlook.example>",
        subject="PD: Spotkanie z kandydatką – Koordynator ds. importu", plain=fwd, html=html_of(fwd),
        host="EUR03-VI1-obe.outbound.protection.outlook.com", ip="40.107.21.77")),
             ("02-logisto-spotkanie.ics", own.encode("utf-8"))]
    ivs = ["iwona.czarnecka@logisto.example", "grzegorz.adamczyk@logisto.example"]
    case("b87-11-agency-forward-noon-panel", items, L(
        [iv("Logisto Polska", "Koordynator ds. importu", s, s + timedelta(hours=1), "scheduled", ivs, ivs, "onsite")],
        "hard", "positive/forwarded",
        "Recruitment agency forwards ('PD:') the client's confirmation: 'w poniedziałek 16.03 o godz. 12.00' / "
        "'w samo południe', ok. godzinę, two client interviewers (HR manager + import manager) -> onsite panel. "
        "Agency consultant only coordinates. The user's own Outlook-exported .ics of the same meeting is item 02."))


def c12():
    dom = ("Dominik Sowa", "dominik.sowa@kargohub.example")
    d1 = T(2026, 3, 26, 19, 4)
    s, e = T(2026, 3, 30, 8, 30), T(2026, 3, 30, 8, 50)
    b1 = f"""Cześć Marta,

Twoje spotkanie zostało potwierdzone.

Rozmowa wstępna z rekruterem – Kargo Hub (20 min)
Z kim: Dominik Sowa (Kargo Hub Poznań)
Kiedy: poniedziałek, 30 marca 2026, 08:30 – 08:50
Strefa czasowa: Europa/Warszawa (czas środkowoeuropejski letni)
Gdzie: połączenie telefoniczne – Dominik zadzwoni na numer +48 602 555 918

Odpowiedzi z formularza:
Stanowisko: Koordynator ds. magazynu i transportu
Skąd o nas wiesz?: PracaTeraz

Potrzebujesz zmienić termin? https://umowmy.example/r/kargohub/8x1f0q/zmien
Odwołaj: https://umowmy.example/r/kargohub/8x1f0q/odwolaj

Dodaj do kalendarza: plik .ics w załączniku.

—
Umówmy – proste umawianie spotkań
Ta wiadomość została wysłana automatycznie. Nie odpowiadaj na nią.
"""
    cal = ics(method="REQUEST", uid="umowmy-8x1f0q@umowmy.example", start=s, end=e,
              summary="Rozmowa wstępna z rekruterem – Kargo Hub (Marta Kowalczyk)", organizer=dom,
              attendees=[(OWNER_NAME, OWNER, "ACCEPTED", "REQ-PARTICIPANT")], dtstamp=d1,
              description="Połączenie telefoniczne: Dominik Sowa zadzwoni na +48 602 555 918.\nZmień termin: https://umowmy.example/r/kargohub/8x1f0q/zmien",
              location="Telefon", prodid="-//Umowmy//Booking 2.8//PL")
    m1 = mail(date=d1, frm="Umówmy <powiadomienia@umowmy.example>", to=OWNER_FULL, reply_to=f"{dom[0]} <{dom[1]}>",
              msgid="<bk-8x1f0q-confirm@umowmy.example>",
              subject="Potwierdzone: Rozmowa wstępna z rekruterem – Kargo Hub, pon. 30 mar, 08:30",
              plain=b1, html=html_of(b1), attach=[(cal.encode("utf-8"), "application", "ics", "spotkanie.ics")],
              host="mta-2.umowmy.example", ip="203.0.113.90")
    d2 = T(2026, 3, 29, 18, 0)
    b2 = """Cześć Marta,

przypominamy o jutrzejszym spotkaniu:

Rozmowa wstępna z rekruterem – Kargo Hub (20 min)
jutro, poniedziałek 30 marca, 8:30 (Europa/Warszawa)
Dominik Sowa zadzwoni na Twój numer telefonu.

Uwaga: dziś w nocy nastąpiła zmiana czasu na letni – godzina spotkania pozostaje bez zmian (8:30 czasu polskiego).

Zmień termin: https://umowmy.example/r/kargohub/8x1f0q/zmien

—
Umówmy
"""
    m2 = mail(date=d2, frm="Umówmy <powiadomienia@umowmy.example>", to=OWNER_FULL, msgid="<bk-8x1f0q-remind-24h@umowmy.example>",
              subject="Przypomnienie: jutro o 8:30 – Rozmowa wstępna z rekruterem – Kargo Hub", plain=b2,
              host="mta-2.umowmy.example", ip="203.0.113.90")
    case("b87-12-booking-vendor-umowmy-dst-monday", [("01-umowmy-potwierdzenie.eml", m1),
                                                    ("02-umowmy-przypomnienie.eml", m2)], L(
        [iv("Kargo Hub", "Koordynator ds. magazynu i transportu", s, e, "scheduled", [dom[1]], [dom[1]], "phone_screen")],
        "hard", "positive/scheduling-vendor",
        "Invented Polish booking tool (Umówmy) confirmation on 26 Mar (CET) for Mon 30 Mar 08:30-08:50 Warsaw, i.e. "
        "+02:00 after the 29 Mar DST switch (.ics in UTC 06:30Z); reminder sent on the DST day. Host recruiter in Reply-To."))


def c13():
    dana = "Dana Whitfield <dana.whitfield@cascadiafreight.example>"
    ew = "Ewelina Lis <ewelina.lis@cascadiafreight.example>"
    sig = """Dana Whitfield
Director, Carrier Operations
Cascadia Freightworks | 1200 Western Ave, Suite 900, Seattle, WA 98101
office (206) 555-0148 | cell (206) 555-0173"""
    d1 = datetime(2026, 3, 9, 14, 20, tzinfo=LAX)
    m1id = "<BY5PR17MB3921A0B1C2D3E4F5@BY5PR17MB3921.namprd17.prod.outlook.example>"
    b1 = f"""Hi Marta,

Ewelina from our Krakow TA team passed along your profile for the Carrier Relations Coordinator role and I'd love to chat - about 45 min, Teams.

Would Thu 3/12 @ 4:30p PST work? I realize that's late on your side - if so, Fri 3/13 at 8am PT is open too.

Thanks,
{sig}
"""
    user = """Hi Dana,

Thank you, I'd be glad to talk! Thursday afternoon Pacific would be the middle of the night here in Warsaw, so Friday at 8am PT would be much better - I believe that is 16:00 my time.

Best regards,
Marta Kowalczyk
+48 602 555 918"""
    mu = "<CAMk0w1-marta-cascadia-0310@mail.example>"
    d2 = datetime(2026, 3, 10, 7, 55, tzinfo=LAX)
    b2 = f"""Friday it is - 8:00am Pacific / 16:00 in Warsaw on Fri 3/13. Sending a Teams link separately; Ewelina is cc'd for visibility but it'll just be the two of us.

{sig}

________________________________
From: Marta Kowalczyk <{OWNER}>
Sent: Tuesday, March 10, 2026 1:12 AM
To: Dana Whitfield <dana.whitfield@cascadiafreight.example>
Cc: Ewelina Lis <ewelina.lis@cascadiafreight.example>
Subject: Re: Carrier Relations Coordinator - quick conversation

{user}

________________________________
From: Dana Whitfield <dana.whitfield@cascadiafreight.example>
Sent: Monday, March 9, 2026 2:20 PM
To: Marta Kowalczyk <{OWNER}>
Cc: Ewelina Lis <ewelina.lis@cascadiafreight.example>
Subject: Carrier Relations Coordinator - quick conversation

{b1}"""
    items = [("01-carrier-relations-quick-conversation.eml", mail(
                 date=d1, frm=dana, to=OWNER_FULL, cc=ew, msgid=m1id, plain=b1,
                 subject="Carrier Relations Coordinator - quick conversation",
                 host="NAM17-BY5-obe.outbound.protection.outlook.com", ip="40.107.94.51")),
             ("02-re-friday-it-is.eml", mail(
                 date=d2, frm=dana, to=OWNER_FULL, cc=ew, msgid="<BY5PR17MB3921F6E7D8C9B0A1@BY5PR17MB3921.namprd17.prod.outlook.example>",
                 in_reply_to=mu, references=f"{m1id} {mu}", plain=b2, html=html_of(b2),
                 subject="RE: Carrier Relations Coordinator - quick conversation",
                 host="NAM17-BY5-obe.outbound.protection.outlook.com", ip="40.107.94.51"))]
    s = datetime(2026, 3, 13, 8, 0, tzinfo=LAX)
    case("b87-13-seattle-manager-pst-pdt-gap-thread", items, L(
        [iv("Cascadia Freightworks", "Carrier Relations Coordinator", s, s + timedelta(minutes=45), "scheduled",
            ["dana.whitfield@cascadiafreight.example"], ["dana.whitfield@cascadiafreight.example"], "hiring_manager")],
        "hard", "positive/thread-propose-confirm",
        "US manager of a Kraków SSC: 'Thu 3/12 @ 4:30p PST' or 'Fri 3/13 at 8am PT'; user picks Friday; confirmed "
        "'8:00am Pacific / 16:00 in Warsaw' (US already on PDT since 8 Mar, Europe still CET: 7 h gap). About 45 min."))


# ================================================================ NEGATIVES
def c14():
    d = T(2026, 3, 9, 8, 15)
    b = """Szanowna Pani
Marta Kowalczyk

Powiatowy Urząd Pracy Warszawa-Wola uprzejmie informuje, że w związku z rejestracją jako osoba poszukująca pracy została Pani umówiona na wizytę:

Data: 17.03.2026 r. (wtorek)
Godzina: 10.30
Miejsce: ul. Ogrodowa 62, pokój 214, II piętro
Cel wizyty: rozmowa z doradcą klienta – przygotowanie Indywidualnego Planu Działania, omówienie aktualnych ofert pracy dla branży TSL oraz warsztat „Jak przygotować się do rozmowy kwalifikacyjnej”
Doradca klienta: Elżbieta Górecka

Prosimy o zabranie dowodu osobistego, CV oraz dokumentów potwierdzających kwalifikacje. Niestawienie się w wyznaczonym terminie bez uzasadnionej przyczyny może skutkować utratą statusu osoby poszukującej pracy.

W przypadku pytań prosimy o kontakt: tel. 22 555 12 00, e-mail: sekretariat@up-wola.example

Z poważaniem
Dział Pośrednictwa Pracy
Powiatowy Urząd Pracy Warszawa-Wola

Wiadomość wygenerowana automatycznie z systemu Praca.gov – prosimy na nią nie odpowiadać.
"""
    case("b87-14-neg-urzad-pracy-appointment", [("01-up-wola-wizyta.eml", mail(
        date=d, frm="Powiatowy Urząd Pracy Warszawa-Wola <powiadomienia@up-wola.example>", to=OWNER_FULL,
        msgid="<up-wola.20260309081500.44921@up-wola.example>",
        subject="Wyznaczenie terminu wizyty w Urzędzie Pracy – rozmowa z doradcą klienta", plain=b,
        host="poczta.up-wola.example", ip="192.0.2.200"))],
        L([], "hard", "negative/government-appointment",
          "Labour office appointment with a 'doradca klienta' (IPD, job offers, interview-prep workshop) on 17.03 "
          "10.30 - not a job interview with an employer."))


def c15():
    dp = "Dorota Pietrzak <dorota.pietrzak@ladunek24.example>"
    d1 = T(2026, 3, 17, 15, 20)
    m1 = "<of-20260317-ladunek24-kowalczyk@ladunek24.example>"
    b1 = """Szanowna Pani Marto,

w nawiązaniu do rozmów rekrutacyjnych, które przeprowadziliśmy z Panią w ubiegłym tygodniu, z przyjemnością przedstawiamy ofertę zatrudnienia na stanowisku Koordynator ds. logistyki:

- umowa o pracę na okres próbny 3 miesięcy, następnie na czas nieokreślony,
- wynagrodzenie 8 400 zł brutto miesięcznie + premia kwartalna do 15%,
- planowana data rozpoczęcia pracy: 1 kwietnia 2026 r.,
- pakiet medyczny i karta sportowa.

Szczegóły znajdzie Pani w załączonym dokumencie. Prosimy o odpowiedź do 20 marca.

Z poważaniem
Dorota Pietrzak
Kierownik ds. Personalnych
Ładunek24 Sp. z o.o.
ul. Kolejowa 12, 05-800 Pruszków
tel. +48 22 555 88 14
"""
    d2 = T(2026, 3, 19, 9, 41)
    b2 = f"""Pani Marto,

bardzo się cieszymy, że przyjęła Pani naszą propozycję!

Przed rozpoczęciem pracy konieczne są badania wstępne z zakresu medycyny pracy. Umówiłam Panią w przychodni MedPraca Centrum, ul. Lekarska 4, Warszawa, na poniedziałek 23 marca na godz. 7.45 (gabinet 12, rejestracja na parterze). Badanie trwa ok. 1–1,5 godziny; prosimy przyjść na czczo (badanie krwi). Skierowanie w załączniku – proszę je wydrukować i zabrać ze sobą wraz z dowodem osobistym.

Przy okazji proszę też przynieść w dniu rozpoczęcia pracy świadectwa pracy oraz zdjęcie do identyfikatora.

Pozdrawiam serdecznie
Dorota Pietrzak
Ładunek24 Sp. z o.o.
tel. +48 22 555 88 14

> Dzień dobry Pani Doroto,
> dziękuję, z przyjemnością przyjmuję ofertę.
> Pozdrawiam, Marta Kowalczyk
"""
    pdf_stub = b"%PDF-1.4\n% skierowanie na badania wstepne (stub)\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
    items = [("01-oferta-zatrudnienia.eml", mail(date=d1, frm=dp, to=OWNER_FULL, msgid=m1, plain=b1,
                                                 subject="Oferta zatrudnienia – Koordynator ds. logistyki",
                                                 attach=[(pdf_stub, "application", "pdf", "Oferta_Ladunek24_MKowalczyk.pdf")])),
             ("02-badania-wstepne.eml", mail(date=d2, frm=dp, to=OWNER_FULL, msgid="<bw-20260319-ladunek24-kowalczyk@ladunek24.example>",
                                             in_reply_to="<CAMk0w1-marta-accept-0318@mail.example>",
                                             references=f"{m1} <CAMk0w1-marta-accept-0318@mail.example>", plain=b2,
                                             subject="Re: Oferta zatrudnienia – skierowanie na badania wstępne",
                                             attach=[(pdf_stub, "application", "pdf", "Skierowanie_badania_wstepne.pdf")]))]
    case("b87-15-neg-offer-then-badania-wstepne", items,
         L([], "hard", "negative/offer",
           "Offer letter referencing past 'rozmowy rekrutacyjne', then a booked pre-employment medical (badania wstępne) "
           "on 23.03 at 7.45 - a dated appointment, but not an interview."))


def c16():
    d = T(2026, 3, 13, 12, 0)
    b = """Szanowna Pani,

dziękujemy za udział w rozmowie rekrutacyjnej, która odbyła się 3 marca 2026 r., oraz za poświęcony nam czas.

Po analizie wszystkich kandydatur z przykrością informujemy, że nie zostali Państwo zakwalifikowani do kolejnego etapu rekrutacji na stanowisko Specjalista ds. Planowania Transportu Kolejowego.

Państwa dane pozostaną w naszej bazie kandydatów przez 12 miesięcy, o ile wyrazili Państwo zgodę na udział w przyszłych procesach rekrutacyjnych. Zachęcamy do śledzenia naszych ofert pracy.

Z wyrazami szacunku
Zespół Rekrutacji
Kolejowe Centrum Logistyki S.A.

Wiadomość wysłana z systemu Rekruto. Prosimy nie odpowiadać na tę wiadomość.
"""
    case("b87-16-neg-rejection-nie-zakwalifikowani", [("01-decyzja-rekrutacyjna.eml", mail(
        date=d, frm="Kolejowe Centrum Logistyki przez Rekruto <powiadomienia@rekruto.example>", to=OWNER_FULL,
        reply_to="noreply@rekruto.example", msgid="<r-61877-dec.1773399600@rekruto.example>",
        subject="Informacja o wyniku rekrutacji – Specjalista ds. Planowania Transportu Kolejowego",
        plain=b, html=html_of(b), host="out-3.rekruto.example", ip="203.0.113.44"))],
        L([], "medium", "negative/rejection",
          "ATS rejection ('nie zostali Państwo zakwalifikowani do kolejnego etapu') mentioning a past interview date."))


def c17():
    d = T(2026, 3, 12, 11, 0)
    s, e = T(2026, 3, 25, 10, 0), T(2026, 3, 25, 16, 0)
    b = """Dzień dobry Pani Marto,

dziękujemy za rejestrację na Targi Pracy „Logistyka & TSL 2026”!

Kiedy: środa, 25 marca 2026, godz. 10:00–16:00
Gdzie: EXPO Praga, hala B, ul. Targowa 90, Warszawa
Twój numer uczestnika: TL26-04417

Co Cię czeka:
• ponad 60 wystawców – operatorzy logistyczni, centra usług wspólnych, spedycje
• Speed recruiting: 10-minutowe mini-rozmowy kwalifikacyjne z rekruterami na stoiskach (bez zapisów, kto pierwszy ten lepszy)
• bezpłatna konsultacja CV i zdjęcie do LinkedIn
• panel dyskusyjny „Kariera w łańcuchu dostaw” o 12:30

Weź ze sobą kilka wydrukowanych egzemplarzy CV. Wstęp bezpłatny – pokaż kod QR przy wejściu.

Do zobaczenia!
Zespół PracaTeraz Events
"""
    cal = ics(method="PUBLISH", uid="tl26-04417@events.pracateraz.example", start=s, end=e,
              summary="Targi Pracy Logistyka & TSL 2026", organizer=("PracaTeraz Events", "events@pracateraz.example"),
              attendees=[], dtstamp=d, description="Numer uczestnika: TL26-04417. Speed recruiting na stoiskach.",
              location="EXPO Praga, hala B, ul. Targowa 90, Warszawa", prodid="-//PracaTeraz//Events//PL",
              tzid="Europe/Warsaw")
    case("b87-17-neg-job-fair-speed-recruiting", [("01-targi-pracy-rejestracja.eml", mail(
        date=d, frm="PracaTeraz Events <events@pracateraz.example>", to=OWNER_FULL,
        msgid="<ev-tl26-04417@events.pracateraz.example>",
        subject="Potwierdzenie rejestracji: Targi Pracy Logistyka & TSL 2026 – 25 marca",
        plain=b, html=html_of(b), attach=[(cal.encode("utf-8"), "text", "calendar", "targi-pracy.ics")],
        host="mailer.pracateraz.example", ip="203.0.113.12"))],
        L([], "hard", "negative/career-fair",
          "Job-fair registration with .ics (10:00-16:00) advertising walk-in 'mini-rozmowy kwalifikacyjne' with "
          "recruiters - an event, not a scheduled interview."))


def c18():
    rad = ("Radosław Kubacki", "r.kubacki@transkarpaty.example")
    uid = "040000008200E00074C5B7101A82E008000000005E6F7A8B9CA9DC010000000000000000100000001A2B3C4D5E6F708192A3B4C5D6E7F8091"
    s, e = T(2026, 3, 18, 11, 0), T(2026, 3, 18, 11, 45)
    d = T(2026, 3, 13, 9, 27)
    body = f"""{outlook_when_pl(s, e)}
Gdzie: Spotkanie w aplikacji Microsoft Teams

*~*~*~*~*~*~*~*~*~*

Dzień dobry Pani Marto,

tak jak rozmawialiśmy – proponuję call w środę, żeby omówić stawki frachtowe na Q2 oraz listę przewoźników-kandydatów (candidate carriers) do przetargu na trasy PL–DE. Schedule dostaw na kwiecień prześlę przed spotkaniem.

Pozdrawiam
Radosław Kubacki
Key Account Manager
Trans-Karpaty Sp. z o.o.
ul. Spedycyjna 2, 35-105 Rzeszów
kom. +48 605 555 270"""
    teams = TEAMS_PL.format(tid="dHJhbnNrYXJwYXR5", mid="327 118 904 552", pc="Rt5uW2")
    att = [("Kowalczyk Marta", WORK, "NEEDS-ACTION", "REQ-PARTICIPANT"),
           ("Jacek Mazur", "j.mazur@mazurtrans.example", "NEEDS-ACTION", "OPT-PARTICIPANT")]
    m = exchange_invite(date=d, organizer=rad, to=f"Kowalczyk Marta <{WORK}>", subject="Call: stawki Q2 i przewoźnicy do przetargu PL–DE",
                        start=s, end=e, body=body, uid=uid, seq=0, method="REQUEST",
                        msgid="<DU0PR04MB9210AB12CD34EF56A7B8C9D0E1F2A3@DU0PR04MB9210.eurprd04.prod.outlook.example>",
                        idx="AQHcsr7vV5Pq6y1a3E2dlQzN4oWxkA==", attendees=att, teams=teams,
                        extra_hdr=[("X-Forwarded-To", OWNER), ("X-Forwarded-For", f"{WORK} {OWNER}")])
    case("b87-18-neg-supplier-call-current-job", [("01-call-stawki-q2.eml", m)],
         L([], "hard", "negative/work-meeting",
           "Teams invite from a carrier to the user's current-job address (auto-forwarded): rate review and "
           "'candidate carriers' for a tender - a business call, not a job interview."))


def c19():
    d = T(2026, 3, 10, 17, 5)
    s, e = T(2026, 3, 17, 18, 0), T(2026, 3, 17, 19, 0)
    html = f"""<html><body style="margin:0;background:#f3f5f7"><table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#ffffff;font-family:Arial,sans-serif;color:#1d2733">
<tr><td style="background:#0b6e4f;color:#fff;padding:18px 24px;font-size:20px"><b>PracaTeraz</b> Akademia</td></tr>
<tr><td style="padding:24px">
<p>Cześć Marta,</p>
<p>Twoje miejsce na webinarze jest zarezerwowane!</p>
<h2 style="font-size:18px">Rozmowa kwalifikacyjna w logistyce – jak się przygotować?</h2>
<p><b>wtorek, 17 marca 2026, godz. 18:00–19:00</b><br>online (link wyślemy godzinę przed startem)</p>
<p>Prowadząca: Magdalena Rutkowska, rekruterka IT &amp; TSL z 12-letnim doświadczeniem.<br>
W programie: najczęstsze pytania na rozmowie rekrutacyjnej w spedycji, case study „opóźniona dostawa”,
negocjacje wynagrodzenia, symulacja rozmowy z kandydatem na żywo (z ochotnikiem z widowni).</p>
<p><a href="https://pracateraz.example/akademia/webinar/rk-logistyka?u=mk2026" style="background:#0b6e4f;color:#fff;padding:10px 18px;text-decoration:none">Dodaj do kalendarza</a></p>
<p style="font-size:12px;color:#667">Otrzymujesz tę wiadomość, ponieważ masz konto w serwisie PracaTeraz.
<a href="https://pracateraz.example/ustawienia/powiadomienia">Zarządzaj powiadomieniami</a> | <a href="https://pracateraz.example/wypisz">Wypisz się</a><br>
PracaTeraz Sp. z o.o., ul. Chmielna 73, 00-801 Warszawa</p>
</td></tr></table></td></tr></table></body></html>
"""
    case("b87-19-neg-job-board-webinar-interview-prep", [("01-webinar-rozmowa-kwalifikacyjna.eml", mail(
        date=d, frm="PracaTeraz Akademia <akademia@pracateraz.example>", to=OWNER,
        msgid="<wb-rk-logistyka-mk2026@mailer.pracateraz.example>",
        subject="Masz to! Webinar „Rozmowa kwalifikacyjna w logistyce” – wtorek 17.03, 18:00",
        html=html, html_cte="base64", host="mailer.pracateraz.example", ip="203.0.113.12",
        extra=[("List-Unsubscribe", "<https://pracateraz.example/wypisz>")]))],
        L([], "hard", "negative/webinar",
          "Job-board webinar registration (HTML-only, base64) about preparing for a 'rozmowa kwalifikacyjna', "
          "with a date and time - not an interview."))


def c20():
    d = datetime(2026, 3, 18, 10, 12, tzinfo=BER)
    b = """Guten Tag Frau Kowalczyk,

vielen Dank für Ihre Bewerbung als Logistikkoordinatorin Osteuropa (m/w/d) bei der Havelkontor Spedition GmbH. Wir würden Sie gern in einem ersten Telefoninterview (ca. 30 Minuten) näher kennenlernen.

Wann hätten Sie nächste Woche Zeit? Mögliche Termine wären:
- Dienstag, 24.03., 14:00 Uhr
- Mittwoch, 25.03., 10:00 Uhr
- Donnerstag, 26.03., 16:30 Uhr

Alternativ können Sie sich über diesen Link direkt einen Termin aussuchen: https://termin.havelkontor.example/telefoninterview

Ich freue mich auf Ihre Rückmeldung.

Beste Grüße
Sabine Krüger
Recruiting | Havelkontor Spedition GmbH
Alt-Moabit 101, 10559 Berlin
Tel. +49 30 5550 7712
"""
    case("b87-20-neg-german-availability-request", [("01-telefoninterview-terminvorschlaege.eml", mail(
        date=d, frm="Sabine Krüger <sabine.krueger@havelkontor.example>", to=OWNER_FULL,
        msgid="<3f1d2c9a-havelkontor-0318@havelkontor.example>",
        subject="Ihre Bewerbung – Terminvorschläge für ein Telefoninterview", plain=b,
        host="mx-out.havelkontor.example", ip="192.0.2.88"))],
        L([], "hard", "negative/availability-request",
          "Berlin recruiter offers three slots ('Di 14:00 Uhr' etc.) and a self-booking link; nothing is booked."))


def c21():
    d = T(2026, 3, 11, 14, 30)
    b = """Dzień dobry Pani Marto,

dziękujemy za aplikację na stanowisko Order-to-Cash Logistics Analyst w Helmsworth GBS Wrocław. Kolejnym etapem rekrutacji jest nagranie krótkiej rozmowy wideo (rozmowa asynchroniczna).

Jak to działa:
1. Kliknij w link: https://helmsworth.rekruto.example/v/Kf93Ra
2. Zobaczysz 5 pytań – na każde masz 1 minutę na zastanowienie i do 3 minut na nagranie odpowiedzi.
3. Całość zajmie ok. 20–25 minut. Po drugiej stronie nie ma rekrutera – nagranie obejrzymy później.

Termin: do środy 18 marca 2026, godz. 23:59.

Jeśli wynik będzie pozytywny, zaprosimy Panią na rozmowę z menedżerem.

Powodzenia!
Zespół Talent Acquisition Helmsworth GBS

Wiadomość wygenerowana automatycznie przez system Rekruto – prosimy na nią nie odpowiadać.
"""
    case("b87-21-neg-one-way-video-interview", [("01-nagranie-wideo.eml", mail(
        date=d, frm="Helmsworth GBS przez Rekruto <powiadomienia@rekruto.example>", to=OWNER_FULL,
        reply_to="noreply@rekruto.example", msgid="<r-70211-vid.1773235800@rekruto.example>",
        subject="Kolejny etap: nagraj odpowiedzi wideo – Order-to-Cash Logistics Analyst", plain=b, plain_cte="base64",
        host="out-3.rekruto.example", ip="203.0.113.44"))],
        L([], "medium", "negative/one-way-video",
          "Asynchronous one-way video 'rozmowa' with a deadline (18.03 23:59) - not a live interview."))


def c22():
    hr = ("Beata Szulc", "b.szulc@mazurtrans.example")
    uid = "040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DC01000000000000000010000000C0FFEE0123456789ABCDEF0123456789"
    s, e = T(2026, 3, 19, 10, 0), T(2026, 3, 19, 10, 45)
    d = T(2026, 3, 16, 8, 50)
    body = f"""{outlook_when_pl(s, e)}
Gdzie: Sala konferencyjna „Mazury”, parter

*~*~*~*~*~*~*~*~*~*

Marta,

zapraszam Cię do udziału w rozmowie kwalifikacyjnej z kandydatem na stanowisko Dyspozytor / Operator wózka widłowego (zmiana II) – Pan Jan Wilk. Będziesz oceniać część merytoryczną (planowanie załadunków, WMS). CV kandydata w załączniku na SharePoincie, arkusz oceny wydrukuję.

Dzięki!
Beata Szulc
Specjalista ds. HR
Przewozy Mazur-Trans Sp. z o.o.
wew. 214"""
    att = [("Kowalczyk Marta", WORK, "NEEDS-ACTION", "REQ-PARTICIPANT"),
           ("Jacek Mazur", "j.mazur@mazurtrans.example", "NEEDS-ACTION", "OPT-PARTICIPANT")]
    m = exchange_invite(date=d, organizer=hr, to=f"Kowalczyk Marta <{WORK}>", cc="Jacek Mazur <j.mazur@mazurtrans.example>",
                        subject="Rozmowa z kandydatem – Jan Wilk – Dyspozytor / operator wózka", start=s, end=e,
                        body=body, uid=uid, seq=0, method="REQUEST", teams=None,
                        location="Sala konferencyjna „Mazury”, parter",
                        msgid="<DU0PR04MB9388AA11BB22CC33DD44EE55FF6677@DU0PR04MB9388.eurprd04.prod.outlook.example>",
                        idx="AQHctQx1r3Qz9W2aKk6c0f8dV7bGmw==", attendees=att,
                        extra_hdr=[("X-Forwarded-To", OWNER), ("X-Forwarded-For", f"{WORK} {OWNER}")])
    case("b87-22-neg-user-is-interviewer-current-job", [("01-rozmowa-z-kandydatem.eml", m)],
         L([], "hard", "negative/user-is-interviewer",
           "Current employer's HR invites the user (as evaluator) to interview a warehouse candidate - "
           "'rozmowa kwalifikacyjna z kandydatem', Outlook invite; the user is the interviewer."))


README = """# blind87 - Warsaw logistics coordinator (written blind)

A held-out-like evaluation set of {n} mailbox cases for interview detection. The mailbox owner is
Marta Kowalczyk <marta.kowalczyk@mail.example>, a logistics coordinator in Warsaw (Europe/Warsaw) applying to
Polish companies, shared-service centres of global firms in Kraków and Wrocław, a Berlin company and a Dublin one.
Mail is mostly Polish, with English and German. Invented job board "PracaTeraz", invented Polish ATS "Rekruto",
invented Polish booking tool "Umówmy"; Outlook/Exchange in Polish ("Zaktualizowano:", "Anulowano:"), Google
Calendar invites (Polish and German locale), a Calendar API event, Teams and Google Meet, an assessment centre,
second stages with managers, a Dublin recruiter writing "10am Irish time (11:00 CET)" across the 29 March EU DST
switch, and a Seattle manager during the US/EU DST gap.

Written blind: the author did not read the detector or any other test case (only the dev README and the file
layout of a few dev cases). All people, companies and addresses are invented; all domains are .example.

Regenerate with `python make_cases.py` (deterministic; stdlib + PyYAML + zoneinfo). Labels follow
/work/shared/eval/README.md.

## Counts
{counts}

## Cases
{cases}
"""


def main():
    for name in os.listdir(HERE):
        if name.startswith("b87-") and os.path.isdir(os.path.join(HERE, name)):
            shutil.rmtree(os.path.join(HERE, name))
    for fn in [c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13,
               c14, c15, c16, c17, c18, c19, c20, c21, c22]:
        fn()
    labels = {}
    for cid, items, label in CASES:
        os.makedirs(os.path.join(HERE, cid))
        for fname, data in items:
            with open(os.path.join(HERE, cid, fname), "wb") as f:
                f.write(data)
        labels[cid] = label
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as f:
        f.write("# blind87 labels (Warsaw logistics coordinator). Schema: /work/shared/eval/README.md\n")
        yaml.safe_dump(labels, f, sort_keys=False, allow_unicode=True, width=110)
    from collections import Counter
    cats = Counter(l["category"] for _, _, l in CASES)
    npos = sum(1 for _, _, l in CASES if l["interview"])
    nint = sum(len(l["interviews"]) for _, _, l in CASES)
    ncan = sum(1 for _, _, l in CASES for i in l["interviews"] if i["status"] == "cancelled")
    counts = (f"{len(CASES)} cases: {npos} positive ({nint} labelled interviews, {ncan} cancelled), "
              f"{len(CASES) - npos} negative.\n\n" + "\n".join(f"- {k}: {v}" for k, v in sorted(cats.items())))
    rows = "\n".join(f"- `{cid}` ({l['category']}, {l['difficulty']}): {l['notes']}" for cid, _, l in CASES)
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(README.format(n=len(CASES), counts=counts, cases=rows))


if __name__ == "__main__":
    main()
