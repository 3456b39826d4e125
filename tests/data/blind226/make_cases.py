#!/usr/bin/env python3
"""Regenerate the blind226 evaluation set (Prague mechanical design engineer, CZ/AT/DE manufacturers).

Standard library + PyYAML only. Deterministic: fixed dates, Message-IDs, UIDs and MIME boundaries,
so every run writes the same bytes. Every UTC offset is computed with zoneinfo; every weekday named in
the text is asserted against the calendar.

    python make_cases.py        # rewrites ./b226-*/ and ./labels.yaml next to this file
"""
import base64
import hashlib
import html
import json
import os
import quopri
import shutil
from datetime import datetime, timedelta
from email.header import Header
from email.utils import format_datetime, formataddr
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
PRG = ZoneInfo("Europe/Prague")
VIE = ZoneInfo("Europe/Vienna")
BER = ZoneInfo("Europe/Berlin")
UTC = ZoneInfo("UTC")

OWNER = "tomas.vondracek@example.com"
OWNER_NAME = "Tomáš Vondráček"
OWNER_WORK = "tomas.vondracek@hostivar-stroje.example"  # current employer (forwards to OWNER)

WD_CS = ["pondělí", "úterý", "středa", "čtvrtek", "pátek", "sobota", "neděle"]
WD_CS_SHORT = ["po", "út", "st", "čt", "pá", "so", "ne"]
WD_DE = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
WD_DE_SHORT = ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."]
WD_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MON_CS_GEN = ["", "ledna", "února", "března", "dubna", "května", "června", "července", "srpna",
              "září", "října", "listopadu", "prosince"]
MON_DE = ["", "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
          "Oktober", "November", "Dezember"]
MON_EN = ["", "January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


# ----------------------------------------------------------------------------- time helpers
def T(y, mo, d, h=0, mi=0, *rest, tz=PRG):
    """T(y, m, d, h, mi[, seconds][, zone]) -> aware datetime (default zone Europe/Prague)."""
    s = 0
    for r in rest:
        if isinstance(r, int):
            s = r
        else:
            tz = r
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


def wd(dt, name):
    """Assert that the weekday named in the text matches the date."""
    i = dt.weekday()
    names = {WD_CS[i], WD_CS_SHORT[i], WD_DE[i], WD_DE_SHORT[i], WD_EN[i], WD_EN[i][:3]}
    assert name in names, (dt.isoformat(), name, names)
    return name


def hm(dt):
    return f"{dt.hour}:{dt.minute:02d}"


def hhmm(dt):
    return f"{dt.hour:02d}:{dt.minute:02d}"


def ampm(dt):
    h = dt.hour % 12 or 12
    return f"{h}:{dt.minute:02d} {'AM' if dt.hour < 12 else 'PM'}"


def rfcdate(dt):
    return format_datetime(dt)


def ical_utc(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def ical_local(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


def iso(dt):
    return dt.isoformat() if dt is not None else None


def hx(seed, n, upper=True):
    h = hashlib.sha256(seed.encode("utf-8")).hexdigest()
    while len(h) < n:
        h += hashlib.sha256(h.encode()).hexdigest()
    return h[:n].upper() if upper else h[:n]


def b64id(seed, n):
    raw = hashlib.sha256(seed.encode("utf-8")).digest() * 3
    return base64.b64encode(raw).decode("ascii").replace("/", "_").replace("+", "-")[:n]


# ----------------------------------------------------------------------------- MIME helpers
def addr(name, email):
    return formataddr((name, email), charset="utf-8") if name else email


def subj(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8", maxlinelen=76).encode()


def leaf(ctype, data, cte="quoted-printable", extra=()):
    raw = data.encode("utf-8") if isinstance(data, str) else data
    if cte == "quoted-printable":
        body = quopri.encodestring(raw).decode("ascii")
    elif cte == "base64":
        body = base64.encodebytes(raw).decode("ascii")
    else:
        body = raw.decode("utf-8")
    return ([("Content-Type", ctype), ("Content-Transfer-Encoding", cte)] + list(extra), body)


def multi(subtype, boundary, parts, extra_ct=""):
    ct = f'multipart/{subtype};{extra_ct}\n boundary="{boundary}"'
    out = []
    for h, b in parts:
        out.append("--" + boundary)
        out += [f"{k}: {v}" for k, v in h]
        out.append("")
        out.append(b.rstrip("\n"))
        out.append("")
    out.append("--" + boundary + "--")
    return ([("Content-Type", ct)], "\n".join(out) + "\n")


def message(headers, part):
    h, b = part
    lines = [f"{k}: {v}" for k, v in headers] + ["MIME-Version: 1.0"] + [f"{k}: {v}" for k, v in h]
    return "\n".join(lines) + "\n\n" + b


def received(host, ip, when, mid_seed, via_google=False):
    rid = hx(mid_seed + host + when.isoformat(), 12, upper=False)
    stamp = rfcdate(when + timedelta(seconds=2))
    zone = "CEST" if when.utcoffset() == timedelta(hours=2) else "CET"
    if when.utcoffset() == timedelta(0):
        zone = "UTC"
    return ("Received", f"from {host} ({host} [{ip}])\n\tby mx1.example.com (Postfix) with ESMTPS id "
                        f"4{rid[:2].upper()}{rid[2:11]}\n\tfor <{OWNER}>; {stamp} ({zone})")


def text_to_html(text, font="Calibri, sans-serif", size="11pt"):
    paras = []
    for block in text.strip("\n").split("\n\n"):
        paras.append("<p>" + "<br>\n".join(html.escape(l, quote=False) for l in block.split("\n")) + "</p>")
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body><div style="font-family:{font};font-size:{size}">\n' + "\n".join(paras) +
            "\n</div></body></html>\n")


def quote_block(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


# ----------------------------------------------------------------------------- iCalendar helpers
def ics_esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line):
    raw = line.encode("utf-8")
    if len(raw) <= 75:
        return line
    out, cur, first = [], b"", True
    for ch in line:
        b = ch.encode("utf-8")
        limit = 75 if first else 74
        if len(cur) + len(b) > limit:
            out.append(cur.decode("utf-8"))
            cur, first = b"", False
        cur += b
    out.append(cur.decode("utf-8"))
    return "\r\n ".join(out)


def ics(lines):
    return "\r\n".join(fold(l) for l in lines) + "\r\n"


def vtimezone_windows(tzid):
    return ["BEGIN:VTIMEZONE", f"TZID:{tzid}",
            "BEGIN:STANDARD", "DTSTART:16010101T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
            "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
            "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
            "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT",
            "END:VTIMEZONE"]


def vtimezone_olson(tzid):
    return ["BEGIN:VTIMEZONE", f"TZID:{tzid}", f"X-LIC-LOCATION:{tzid}",
            "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST",
            "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
            "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET",
            "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
            "END:VTIMEZONE"]


def attendee(name, email, role="REQ-PARTICIPANT", partstat="NEEDS-ACTION", rsvp=True, extra=""):
    r = ";RSVP=TRUE" if rsvp else ""
    return f"ATTENDEE;ROLE={role};PARTSTAT={partstat}{r}{extra};CN={name}:mailto:{email}"


# ----------------------------------------------------------------------------- Outlook / Teams
WIN_LABEL = {
    ("Central Europe Standard Time", "cs"): "(UTC+01:00) Bělehrad, Bratislava, Budapešť, Lublaň, Praha",
    ("Central Europe Standard Time", "en"): "(UTC+01:00) Belgrade, Bratislava, Budapest, Ljubljana, Prague",
    ("W. Europe Standard Time", "de"): "(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien",
    ("W. Europe Standard Time", "en"): "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna",
}


def when_line(lang, start, end, tzid):
    label = WIN_LABEL[(tzid, lang)]
    if lang == "cs":
        return (f"Kdy: {WD_CS[start.weekday()]} {start.day}. {MON_CS_GEN[start.month]} {start.year} "
                f"{hm(start)}-{hm(end)} {label}.")
    if lang == "de":
        return (f"Wann: {WD_DE[start.weekday()]}, {start.day}. {MON_DE[start.month]} {start.year} "
                f"{hhmm(start)}-{hhmm(end)} {label}.")
    return (f"When: {WD_EN[start.weekday()]}, {MON_EN[start.month]} {start.day}, {start.year} "
            f"{ampm(start)}-{ampm(end)} {label}.")


def teams_block(lang, seed):
    mid = b64id(seed + "meeting", 40)
    tid = "3f1c6a2e-8d4b-4e7a-9c21-5b0d7e6f4a13"
    oid = f"{hx(seed, 8, False)}-{hx(seed + 'a', 4, False)}-4{hx(seed + 'b', 3, False)}-a{hx(seed + 'c', 3, False)}-{hx(seed + 'd', 12, False)}"
    url = (f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0?context=%7b%22Tid%22%3a%22"
           f"{tid}%22%2c%22Oid%22%3a%22{oid}%22%7d")
    num = int(hx(seed + "num", 12), 16) % 10 ** 12
    meeting_id = f"{num // 10 ** 9:03d} {num // 10 ** 6 % 1000:03d} {num // 1000 % 1000:03d} {num % 1000:03d}"
    pw = b64id(seed + "pw", 6).replace("-", "x").replace("_", "Q")
    line = "_" * 80
    if lang == "cs":
        body = [line, "Schůzka přes Microsoft Teams",
                "Připojte se z počítače, mobilní aplikace nebo zařízení v místnosti.",
                f"Kliknutím sem se připojíte ke schůzce<{url}>", f"ID schůzky: {meeting_id}", f"Heslo: {pw}",
                "Stáhnout Teams<https://www.microsoft.com/cs-cz/microsoft-teams/download-app> | Připojit se na webu<https://www.microsoft.com/microsoft-teams/join-a-meeting>",
                f"Další informace<https://aka.ms/JoinTeamsMeeting> | Možnosti schůzky<https://teams.microsoft.com/meetingOptions/?organizerId={oid}&tenantId={tid}&threadId=19_meeting_{mid}@thread.v2&messageId=0&language=cs-CZ>",
                line]
    elif lang == "de":
        body = [line, "Microsoft Teams-Besprechung",
                "Nehmen Sie von Ihrem Computer, Ihrer mobilen App oder Ihrem Raumgerät aus teil.",
                f"Klicken Sie hier, um an der Besprechung teilzunehmen<{url}>", f"Besprechungs-ID: {meeting_id}",
                f"Kenncode: {pw}",
                "Teams herunterladen<https://www.microsoft.com/de-de/microsoft-teams/download-app> | Im Web beitreten<https://www.microsoft.com/microsoft-teams/join-a-meeting>",
                f"Weitere Infos<https://aka.ms/JoinTeamsMeeting> | Besprechungsoptionen<https://teams.microsoft.com/meetingOptions/?organizerId={oid}&tenantId={tid}&threadId=19_meeting_{mid}@thread.v2&messageId=0&language=de-DE>",
                line]
    else:
        body = [line, "Microsoft Teams meeting", "Join on your computer, mobile app or room device",
                f"Click here to join the meeting<{url}>", f"Meeting ID: {meeting_id}", f"Passcode: {pw}",
                "Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>",
                f"Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/?organizerId={oid}&tenantId={tid}&threadId=19_meeting_{mid}@thread.v2&messageId=0&language=en-US>",
                line]
    return "\n".join(body), url


def outlook_mid(seed, pod="VI1PR03MB"):
    p = pod + str(1000 + int(hx(seed, 4), 16) % 9000)
    return f"<{p}{hx(seed + 'm', 32)}@{p}.eurprd03.prod.outlook.com>", p


def outlook_invite(*, seed, lang, org, attendees, to, cc=(), subject, sent, start, end, tzid, body,
                   location, teams=True, method="REQUEST", seq=0, uid=None, extra_headers=(),
                   ics_lang="cs-CZ", deliver_to=OWNER, received_from=None):
    """Exchange Online meeting request / cancellation: multipart/alternative with base64 text/calendar."""
    uid = uid or ("040000008200E00074C5B7101A82E00800000000" + hx(seed + "uid", 16) + "000000000000000010000000" + hx(seed + "uid2", 32))
    where_lbl = {"cs": "Kde", "de": "Wo", "en": "Where"}[lang]
    tb, url = teams_block(lang, uid) if teams else ("", None)
    plain = f"{when_line(lang, start, end, tzid)}\n{where_lbl}: {location}\n\n*~*~*~*~*~*~*~*~*~*\n\n{body.strip()}\n"
    if teams:
        plain += "\n" + tb + "\n"
    lines = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
    lines += vtimezone_windows(tzid)
    lines += ["BEGIN:VEVENT", f"ORGANIZER;CN={org[0]}:mailto:{org[1]}"]
    lines += attendees
    lines += [f"DESCRIPTION;LANGUAGE={ics_lang}:{ics_esc(plain)}",
              f"UID:{uid}", f"SUMMARY;LANGUAGE={ics_lang}:{ics_esc(subject_core(subject))}",
              f"DTSTART;TZID={tzid}:{ical_local(start)}", f"DTEND;TZID={tzid}:{ical_local(end)}",
              "CLASS:PUBLIC", "PRIORITY:5" if method == "REQUEST" else "PRIORITY:1",
              f"DTSTAMP:{ical_utc(sent)}", "TRANSP:OPAQUE" if method == "REQUEST" else "TRANSP:TRANSPARENT",
              "STATUS:CONFIRMED" if method == "REQUEST" else "STATUS:CANCELLED",
              f"SEQUENCE:{seq}", f"LOCATION;LANGUAGE={ics_lang}:{ics_esc(location)}",
              f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
              f"X-MICROSOFT-CDO-OWNERAPPTID:{-(int(hx(seed, 8), 16) % 2000000000)}",
              "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE" if method == "REQUEST" else "X-MICROSOFT-CDO-BUSYSTATUS:FREE",
              "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY" if method == "REQUEST" else "X-MICROSOFT-CDO-INTENDEDSTATUS:FREE",
              "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1" if method == "REQUEST" else "X-MICROSOFT-CDO-IMPORTANCE:2",
              "X-MICROSOFT-CDO-INSTTYPE:0"]
    if teams:
        lines += [f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{url}",
                  'X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}']
    lines += ["X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
              "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT",
              f"X-MICROSOFT-LOCATIONDISPLAYNAME:{ics_esc(location)}"]
    if method == "REQUEST":
        lines += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM"]
    lines += ["END:VEVENT", "END:VCALENDAR"]
    cal = ics(lines)
    mid, pod = outlook_mid(seed)
    bnd = f"_000_{pod}{hx(seed + 'bnd', 20)}prodoutlookcom_"
    parts = [leaf('text/plain; charset="utf-8"', plain),
             leaf('text/html; charset="utf-8"', text_to_html(plain, "Aptos, Calibri, sans-serif")),
             leaf(f'text/calendar; charset="utf-8"; method={method}', cal, "base64")]
    hdrs = [("Delivered-To", deliver_to)]
    hdrs.append(received_from or received("mail-vi1eur03on2071.outbound.protection.outlook.com", "203.0.113.71", sent, seed))
    hdrs += [("Return-Path", f"<{org[1]}>"), ("From", addr(org[0], org[1])),
             ("To", ",\n\t".join(addr(n, e) for n, e in to))]
    if cc:
        hdrs.append(("CC", ",\n\t".join(addr(n, e) for n, e in cc)))
    hdrs += [("Subject", subj(subject)), ("Thread-Topic", subj(subject_core(subject))),
             ("Thread-Index", base64.b64encode(hashlib.sha1(seed.encode()).digest()[:22]).decode()),
             ("Date", rfcdate(sent.astimezone(UTC)).replace("-0000", "+0000")), ("Message-ID", mid),
             ("Accept-Language", {"cs": "cs-CZ, en-US", "de": "de-DE, en-US", "en": "en-US"}[lang]),
             ("Content-Language", {"cs": "cs-CZ", "de": "de-DE", "en": "en-US"}[lang]),
             ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
             ("Content-class", "urn:content-classes:calendarmessage"),
             ("x-ms-exchange-calendar-series-instance-id", "BAAAAIIA4AB0xbcQGoLgCAAAAAA" + b64id(seed + "series", 20))]
    hdrs += list(extra_headers)
    return message(hdrs, multi("alternative", bnd, parts)), uid, mid


def subject_core(s):
    for p in ("Abgesagt: ", "Zrušeno: ", "Canceled: ", "Aktualisiert: ", "Aktualizováno: "):
        if s.startswith(p):
            return s[len(p):]
    return s


def outlook_mail(*, seed, lang, frm, to, cc=(), subject, sent, body, in_reply_to=None, references=None,
                 deliver_to=OWNER, received_from=None, extra_headers=(), html_body=None):
    mid, pod = outlook_mid(seed, "AM9PR07MB")
    bnd = f"_000_{pod}{hx(seed + 'bnd', 20)}prodoutlookcom_"
    parts = [leaf('text/plain; charset="utf-8"', body),
             leaf('text/html; charset="utf-8"', html_body or text_to_html(body, "Aptos, Calibri, sans-serif"))]
    hdrs = [("Delivered-To", deliver_to),
            received_from or received("mail-am6eur05on2118.outbound.protection.outlook.com", "203.0.113.118", sent, seed),
            ("Return-Path", f"<{frm[1]}>"), ("From", addr(*frm)), ("To", ",\n\t".join(addr(n, e) for n, e in to))]
    if cc:
        hdrs.append(("CC", ",\n\t".join(addr(n, e) for n, e in cc)))
    hdrs += [("Subject", subj(subject)), ("Thread-Topic", subj(subject.split(": ", 1)[-1] if subject[:3] in ("Re:", "RE:", "AW:", "Fw:", "FW:") else subject)),
             ("Thread-Index", base64.b64encode(hashlib.sha1(seed.encode()).digest()[:22]).decode()),
             ("Date", rfcdate(sent.astimezone(UTC)).replace("-0000", "+0000")), ("Message-ID", mid)]
    if in_reply_to:
        hdrs += [("References", references or in_reply_to), ("In-Reply-To", in_reply_to)]
    hdrs += [("Accept-Language", {"cs": "cs-CZ, en-US", "de": "de-DE, en-US", "en": "en-US"}[lang]),
             ("Content-Language", {"cs": "cs-CZ", "de": "de-DE", "en": "en-US"}[lang]),
             ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")]
    hdrs += list(extra_headers)
    return message(hdrs, multi("alternative", bnd, parts)), mid


# ----------------------------------------------------------------------------- Gmail / Google Calendar
def gmail_mid(seed):
    return f"<CA{b64id(seed, 50)}@mail.gmail.com>"


def gmail_mail(*, seed, frm, to, cc=(), subject, sent, body, in_reply_to=None, references=None,
               deliver_to=OWNER, extra_headers=(), host="mail-sor-f41.google.com", ip="198.51.100.41"):
    mid = gmail_mid(seed)
    bnd = "0000000000" + hx(seed + "bnd", 18, upper=False)
    html_b = ('<div dir="ltr">' + "<br>".join(html.escape(l, quote=False) for l in body.rstrip("\n").split("\n"))
              + "</div>\n")
    parts = [leaf('text/plain; charset="UTF-8"', body), leaf('text/html; charset="UTF-8"', html_b)]
    hdrs = [("Delivered-To", deliver_to), received(host, ip, sent, seed),
            ("Return-Path", f"<{frm[1]}>")]
    if in_reply_to:
        hdrs += [("References", references or in_reply_to), ("In-Reply-To", in_reply_to)]
    hdrs += [("From", addr(*frm)), ("Date", rfcdate(sent)), ("Message-ID", mid), ("Subject", subj(subject)),
             ("To", ", ".join(addr(n, e) for n, e in to))]
    if cc:
        hdrs.append(("Cc", ", ".join(addr(n, e) for n, e in cc)))
    hdrs += list(extra_headers)
    return message(hdrs, multi("alternative", bnd, parts)), mid


def google_invite(*, seed, org, guests, subject, sent, start, end, summary, description, location, when_text,
                  tz_text, to_addr, lang="cs", deliver_to=OWNER, extra_headers=(), seq=0, uid=None,
                  method="REQUEST", status="CONFIRMED"):
    """Google Calendar invitation e-mail: multipart/mixed{alternative{plain, html, calendar}, invite.ics}."""
    uid = uid or f"{hx(seed + 'uid', 26, False)}@google.com"
    eid = b64id(seed + "eid", 60)
    if lang == "cs":
        guest_lines = "\n".join(f"{n} - organizátor" if e == org[1] else n for n, e in guests)
        plain = (f"{summary}\n{when_text}\n{tz_text}\n\nMísto\n{location}\n"
                 f"https://www.google.com/maps/search/{location.replace(' ', '+')}?hl=cs\n\n{description}\n\n"
                 f"Hosté\n{guest_lines}\nZobrazit informace o všech hostech https://calendar.google.com/calendar/event?action=VIEW&eid={eid}\n\n"
                 f"Odpovědět pro {to_addr}\nAno\nhttps://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=1\n"
                 f"Ne\nhttps://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=2\n"
                 f"Možná\nhttps://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=3\n\n"
                 "Pozvánka z Kalendáře Google: https://calendar.google.com/calendar/\n\n"
                 "Tento e-mail jste obdrželi, protože jste hostem této události. Chcete-li přestat dostávat "
                 "informace o této události, odmítněte ji.\n")
    else:
        guest_lines = "\n".join(f"{n} - organizer" if e == org[1] else n for n, e in guests)
        plain = (f"{summary}\n{when_text}\n{tz_text}\n\nLocation\n{location}\n\n{description}\n\n"
                 f"Guests\n{guest_lines}\nView all guest info https://calendar.google.com/calendar/event?action=VIEW&eid={eid}\n\n"
                 f"Reply for {to_addr}\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n")
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
             "CALSCALE:GREGORIAN", f"METHOD:{method}"]
    lines += vtimezone_olson("Europe/Prague")
    lines += ["BEGIN:VEVENT", f"DTSTART;TZID=Europe/Prague:{ical_local(start)}",
              f"DTEND;TZID=Europe/Prague:{ical_local(end)}", f"DTSTAMP:{ical_utc(sent)}",
              f"ORGANIZER;CN={org[0]}:mailto:{org[1]}", f"UID:{uid}"]
    for n, e in guests:
        ps = "ACCEPTED" if e == org[1] else "NEEDS-ACTION"
        lines.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={ps};RSVP=TRUE;CN={n};X-NUM-GUESTS=0:mailto:{e}")
    lines += [f"X-GOOGLE-CONFERENCE:https://meet.google.com/{hx(seed, 3, False)}-{hx(seed + 'x', 4, False)}-{hx(seed + 'y', 3, False)}"] if "Meet" in location else []
    lines += [f"CREATED:{ical_utc(sent - timedelta(minutes=3))}", f"DESCRIPTION:{ics_esc(description)}",
              f"LAST-MODIFIED:{ical_utc(sent)}", f"LOCATION:{ics_esc(location)}", f"SEQUENCE:{seq}",
              f"STATUS:{status}", f"SUMMARY:{ics_esc(summary)}", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    cal = ics(lines)
    b1 = "000000000000" + hx(seed + "b1", 16, False)
    b2 = "000000000000" + hx(seed + "b2", 16, False)
    inner = multi("alternative", b2, [
        leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', plain, "base64"),
        leaf('text/html; charset="UTF-8"', text_to_html(plain, "Roboto, Arial, sans-serif", "14px"), "quoted-printable"),
        leaf(f'text/calendar; charset="UTF-8"; method={method}', cal, "base64")])
    outer = multi("mixed", b1, [inner, leaf('application/ics; name="invite.ics"', cal, "base64",
                                             [("Content-Disposition", 'attachment; filename="invite.ics"')])])
    mid = f"<calendar-{hx(seed + 'mid', 8, False)}-{hx(seed + 'm2', 4, False)}-{hx(seed + 'm3', 4, False)}-{hx(seed + 'm4', 4, False)}-{hx(seed + 'm5', 12, False)}@google.com>"
    hdrs = [("Delivered-To", deliver_to),
            received("mail-sor-f73.google.com", "198.51.100.73", sent, seed),
            ("Return-Path", f"<{hx(seed, 10, False)}-calendar-notification@google.com>")]
    hdrs += list(extra_headers)
    hdrs += [("Reply-To", addr(*org)), ("Sender", "Google Calendar <calendar-notification@google.com>"),
             ("Message-ID", mid), ("Date", rfcdate(sent.astimezone(UTC)).replace("-0000", "+0000")),
             ("Subject", subj(subject)), ("From", addr(*org)), ("To", to_addr)]
    return message(hdrs, outer), uid, mid


def write(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data.encode("utf-8") if isinstance(data, str) else data)


def gcal_json(obj):
    return json.dumps(obj, indent=2, ensure_ascii=False) + "\n"


def iv(company, role, start, end, status, interviewers, followups, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end), "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(followups), "kind": kind}


def label(interviews, difficulty, category, notes):
    return {"user": OWNER, "interview": bool(interviews), "interviews": interviews, "difficulty": difficulty,
            "category": category, "notes": notes, "source": "synthetic"}


CASES = []


def case(fn):
    CASES.append(fn)
    return fn


# ============================================================================= POSITIVES
@case
def c01():
    """Job-board relay (Jobs.cz-style): HR invites to an osobní pohovor; interviewer has no address."""
    cid = "b226-01-jobportal-relay-osobni-pohovor"
    sent = T(2026, 10, 1, 10, 14, 7)
    start, end = T(2026, 10, 6, 9, 30), T(2026, 10, 6, 10, 30)
    wd(sent, "čtvrtek")
    day = wd(start, "úterý")
    relay = "odpoved.7k2f9q41@relay.jobsportal-cz.example"
    body = f"""Zpráva od zaměstnavatele k Vaší odpovědi na inzerát
Konstruktér strojních zařízení – Kovolis Beroun s.r.o. (Beroun)

Dobrý den, pane Vondráčku,

děkujeme za Váš životopis a zájem o pozici konstruktéra strojních zařízení. Vaše zkušenosti
s konstrukcí lisovacích nástrojů nás zaujaly, a proto bychom Vás rádi pozvali na osobní pohovor.

Termín: {day} {start.day}. {start.month}. {start.year} od {hm(start)}
Místo: Kovolis Beroun s.r.o., Tovární 1184, Beroun-Závodí (vrátnice u hlavní brány, parkování
pro návštěvy hned vpravo)

Pohovor povede vedoucí konstrukce Ing. Petr Hájek, počítejte prosím zhruba s hodinou. Pokud
máte výkresy nebo ukázky modelů, které můžete ukázat, vezměte je s sebou.

Termín mi prosím potvrďte odpovědí na tuto zprávu. Kdyby Vám nevyhovoval, napište mi přímo na
jana.kucerova@kovolis-beroun.example nebo zavolejte na 311 612 418.

S pozdravem

Jana Kučerová
personalistka
Kovolis Beroun s.r.o.
Tovární 1184, 266 01 Beroun

--
Tuto zprávu Vám doručil portál JobsPortal.cz. Odpovědí na tento e-mail kontaktujete přímo
zaměstnavatele; Vaše e-mailová adresa zůstane skryta. Odpověď na inzerát si můžete kdykoli
prohlédnout v sekci Moje odpovědi: https://www.jobsportal-cz.example/moje-odpovedi/2214587
"""
    html_b = ('<!DOCTYPE html><html lang="cs"><head><meta charset="utf-8"><title>Zpráva od zaměstnavatele</title></head>'
              '<body style="margin:0;background:#f3f4f6">\n<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">'
              '<table width="600" style="background:#ffffff;font-family:Arial,sans-serif;font-size:15px;color:#1f2937">\n'
              '<tr><td style="background:#0b57d0;color:#fff;padding:16px 24px;font-size:18px"><b>JobsPortal.cz</b> &middot; Zpráva od zaměstnavatele</td></tr>\n'
              '<tr><td style="padding:24px">' + "".join(
                  "<p>" + "<br>\n".join(html.escape(l, quote=False) for l in blk.split("\n")) + "</p>\n"
                  for blk in body.split("--\n")[0].strip().split("\n\n")) +
              '</td></tr>\n<tr><td style="padding:12px 24px;font-size:12px;color:#6b7280">' +
              html.escape(body.split("--\n")[1].strip()).replace("\n", " ") + "</td></tr>\n</table></td></tr></table></body></html>\n")
    parts = [leaf('text/plain; charset="utf-8"', body), leaf('text/html; charset="utf-8"', html_b)]
    hdrs = [("Delivered-To", OWNER), received("out3.mail.jobsportal-cz.example", "192.0.2.23", sent, cid),
            ("Return-Path", "<bounce-2214587@mail.jobsportal-cz.example>"),
            ("From", addr("Jana Kučerová (Kovolis Beroun) přes JobsPortal.cz", relay)),
            ("Reply-To", relay), ("To", addr(OWNER_NAME, OWNER)),
            ("Subject", subj("Pozvánka na osobní pohovor – Konstruktér strojních zařízení")),
            ("Date", rfcdate(sent)), ("Message-ID", "<20261001081407.2214587.reply@mail.jobsportal-cz.example>"),
            ("X-Mailer", "JP-Relay 4.2"), ("List-Unsubscribe", "<https://www.jobsportal-cz.example/odhlasit?u=2214587>")]
    files = {"01-pozvanka-na-osobni-pohovor.eml": message(hdrs, multi("alternative", "=_jp_" + hx(cid, 24, False), parts))}
    lab = label([iv("Kovolis Beroun", "Konstruktér strojních zařízení", start, end, "scheduled", [],
                    ["jana.kucerova@kovolis-beroun.example"], "hiring_manager")],
                "medium", "positive/job-board-relay",
                "Czech 'osobní pohovor' relayed through a job-board relay address (not a human inbox). The "
                "interviewer (head of design) has no address in the case, so the follow-up goes to the HR "
                "sender's direct address given in the text. '~ an hour' -> end 10:30. CEST (+02:00).")
    return cid, files, lab


@case
def c02():
    """LMC-style relay thread: recruiter confirms 'zítra ve 14:00' -> resolved against the Date header."""
    cid = "b226-02-relay-thread-zitra-ve-14"
    s1 = T(2026, 10, 19, 9, 12, 40)
    s_owner = T(2026, 10, 19, 11, 5, 12)
    s2 = T(2026, 10, 19, 16, 42, 3)
    wd(s2, "pondělí")
    start, end = T(2026, 10, 20, 14, 0), T(2026, 10, 20, 14, 30)
    assert start.date() == (s2 + timedelta(days=1)).date()
    relay = "m.simek.3481@odpovedi.karieranet-cz.example"
    sig = """Martin Šimek
HR Business Partner
Technoplast Kolín a.s. | Průmyslová 2210, 280 02 Kolín
martin.simek@technoplast-kolin.example | +420 321 744 205"""
    b1 = f"""Dobrý den, pane Vondráčku,

děkuji za Vaši reakci na pozici Konstruktér vstřikovacích forem. Než Vás pozveme k nám do Kolína,
rád bych si s Vámi krátce zavolal – jde o první kolo výběrového řízení, telefonický pohovor na
zhruba půl hodiny (praxe, CAD, představy o nástupu a mzdě).

Kdy se Vám to tento týden hodí? Ideálně odpoledne.

Děkuji a přeji hezký den

{sig}

----
Zpráva byla odeslána prostřednictvím služby KarieraNet.cz (LMC-relay). Na tuto zprávu můžete
odpovědět přímo, Vaše odpověď bude předána zaměstnavateli.
"""
    m1_id = "<r.3481.20261019071240@odpovedi.karieranet-cz.example>"
    owner_mid = "<5b1e2c8a-77f4-4d0e-9a3c-1f6e2b9d0c41@example.com>"
    quoted_owner = """Dobrý den, pane Šimku,

děkuji za ozvání. Zítra (úterý) mám volno kdykoliv po 13. hodině, případně by šel čtvrtek
dopoledne. Nejlépe mě zastihnete na čísle 604 318 227.

S pozdravem
Tomáš Vondráček"""
    b2 = f"""Dobrý den, pane Vondráčku,

výborně, zavolám Vám tedy zítra ve 14:00 na číslo 604 318 227. Počítejte prosím zhruba s půlhodinou.
Kdyby se Vám něco změnilo, napište mi klidně rovnou na martin.simek@technoplast-kolin.example.

Ať se daří

{sig}

Dne {s_owner.day}. {s_owner.month}. {s_owner.year} v {hm(s_owner)} Tomáš Vondráček <kandidat.9f3a21@odpovedi.karieranet-cz.example> napsal(a):
{quote_block(quoted_owner)}
>
> Dne {s1.day}. {s1.month}. {s1.year} v {hm(s1)} Martin Šimek (Technoplast Kolín) napsal(a):
> > Dobrý den, pane Vondráčku,
> > děkuji za Vaši reakci na pozici Konstruktér vstřikovacích forem. [...]

----
Zpráva byla odeslána prostřednictvím služby KarieraNet.cz (LMC-relay). Na tuto zprávu můžete
odpovědět přímo, Vaše odpověď bude předána zaměstnavateli.
"""
    files = {}
    frm = addr("Martin Šimek (Technoplast Kolín)", relay)
    for name, sent, body, mid, irt, subject in [
        ("01-telefonicky-pohovor-dotaz.eml", s1, b1, m1_id, None, "Konstruktér vstřikovacích forem – telefonický pohovor"),
        ("02-re-telefonicky-pohovor.eml", s2, b2, "<r.3481.20261019144203@odpovedi.karieranet-cz.example>", owner_mid,
         "Re: Konstruktér vstřikovacích forem – telefonický pohovor")]:
        parts = [leaf("text/plain; charset=utf-8; format=flowed", body, "8bit")]
        hdrs = [("Delivered-To", OWNER), received("smtp2.karieranet-cz.example", "192.0.2.88", sent, name),
                ("Return-Path", "<bounces+3481@odpovedi.karieranet-cz.example>"), ("From", frm),
                ("Reply-To", relay), ("To", addr(OWNER_NAME, OWNER)), ("Subject", subj(subject)),
                ("Date", rfcdate(sent)), ("Message-ID", mid)]
        if irt:
            hdrs += [("In-Reply-To", irt), ("References", f"{m1_id} {irt}")]
        hdrs += [("X-Relay-Thread", "3481-2026-10-19"), ("Content-Language", "cs")]
        h, b = parts[0]
        files[name] = message(hdrs, (h, b))
    lab = label([iv("Technoplast Kolín", "Konstruktér vstřikovacích forem", start, end, "scheduled",
                    ["martin.simek@technoplast-kolin.example"], ["martin.simek@technoplast-kolin.example"],
                    "phone_screen")],
                "medium", "positive/relative-date",
                "Relay thread. Final message (Mon 19 Oct 16:42) says 'zítra ve 14:00' -> Tue 20 Oct 14:00 CEST; "
                "the quoted owner reply also mentions Thursday morning (not chosen). Recruiter conducts the "
                "phone screen; his direct address is in the signature (the relay address is not a person).")
    return cid, files, lab


@case
def c03():
    """SAP SuccessFactors confirmation (UTC .ics) + Teams invite (Central Europe Standard Time, UTC+01:00 label in CEST)."""
    cid = "b226-03-successfactors-and-teams-same-interview"
    s1 = T(2026, 10, 7, 13, 2, 11, UTC)
    s2 = T(2026, 10, 7, 13, 20, 55, UTC)
    start, end = T(2026, 10, 14, 10, 0), T(2026, 10, 14, 11, 0)
    day = wd(start, "Wednesday")
    role = "Senior Design Engineer – Seat Structures"
    dana = ("Dana Kovářová", "dana.kovarova@brandauer-automotive.example")
    lukas = ("Lukas Weber", "lukas.weber@brandauer-automotive.example")
    sf_ics = ics(["BEGIN:VCALENDAR", "PRODID:-//SuccessFactors Inc.//Interview Scheduling//EN", "VERSION:2.0",
                  "METHOD:REQUEST", "BEGIN:VEVENT", f"UID:ISC-48213-{hx(cid, 12, False)}@successfactors.eu",
                  f"DTSTAMP:{ical_utc(s1)}", f"DTSTART:{ical_utc(start)}", f"DTEND:{ical_utc(end)}",
                  f"SUMMARY:Interview: {role} (Req. 48213)",
                  f"ORGANIZER;CN={lukas[0]}:mailto:{lukas[1]}",
                  attendee(OWNER_NAME, OWNER), attendee(dana[0], dana[1], partstat="ACCEPTED", rsvp=False),
                  "LOCATION:Microsoft Teams (link sent separately by the interviewer)",
                  "DESCRIPTION:" + ics_esc(f"Interview with {dana[0]} (Engineering Manager\\, Seat Structures).\nRecruiter: {lukas[0]}"),
                  "SEQUENCE:0", "STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"])
    sf_text = f"""Dear Tomáš,

Thank you for your interest in Brandauer Automotive. We are pleased to confirm your interview for
the position {role} (Requisition ID 48213).

Date: {day}, {start.day} {MON_EN[start.month]} {start.year}
Time: {ampm(start)} - {ampm(end)} Central European Summer Time (GMT+02:00)
Interviewer: {dana[0]}, Engineering Manager – Seat Structures
Location: Microsoft Teams – the meeting link will be sent to you by the interviewer.

A calendar file is attached for your convenience.

Should you need to reschedule, please contact your recruiter {lukas[0]} ({lukas[1]}).
Please do not reply to this e-mail – this mailbox is not monitored.

Kind regards,
Brandauer Automotive Czech s.r.o. – Talent Acquisition

Brandauer Automotive Czech s.r.o., Borská 2984/40, 301 00 Plzeň
Data privacy notice: https://careers.brandauer-automotive.example/privacy
"""
    sf_html = ('<html><head><meta charset="UTF-8"></head><body style="font-family:Arial,Helvetica,sans-serif;font-size:13px">\n'
               '<table role="presentation" width="640"><tr><td><img src="https://performancemanager5.successfactors.eu/public/ui-resource/brandauerP/logo.png" alt="Brandauer Automotive" height="40"></td></tr>\n<tr><td>'
               + "".join("<p>" + "<br>\n".join(html.escape(l, quote=False) for l in blk.split("\n")) + "</p>\n"
                         for blk in sf_text.strip().split("\n\n")) + "</td></tr></table></body></html>\n")
    bnd_o, bnd_i = "----=_Part_" + str(int(hx(cid, 6), 16)) + "_" + str(int(hx(cid + "x", 8), 16)) + ".1791385331211", \
        "----=_Part_" + str(int(hx(cid + "i", 6), 16)) + "_" + str(int(hx(cid + "y", 8), 16)) + ".1791385331211"
    inner = multi("alternative", bnd_i, [leaf("text/plain; charset=UTF-8", sf_text), leaf("text/html; charset=UTF-8", sf_html)])
    outer = multi("mixed", bnd_o, [inner, leaf('text/calendar; charset=UTF-8; method=REQUEST; name="Interview.ics"', sf_ics, "base64",
                                                [("Content-Disposition", 'attachment; filename="Interview.ics"')])])
    hdrs = [("Delivered-To", OWNER), received("mail3.successfactors.eu", "203.0.113.145", s1, cid),
            ("Return-Path", "<bounce@successfactors.eu>"), ("Date", rfcdate(s1)),
            ("From", addr("Brandauer Automotive Careers", "no-reply@successfactors.eu")),
            ("To", OWNER), ("Message-ID", f"<1791385331211.{int(hx(cid, 6), 16)}.JavaMail.sfapp@pc12bcf55>"),
            ("Subject", subj(f"Interview Scheduled: {role}")), ("X-SF-Company", "brandauerP")]
    f1 = message(hdrs, outer)
    body2 = f"""Hello Tomáš,

as discussed with Lukas, here is the Teams link for our interview. I will walk you through our
seat-structure projects and we will talk about your design experience (stamped and welded
assemblies, tolerance stack-ups, Creo/Windchill). 60 minutes.

Looking forward to talking to you.

Dana Kovářová
Engineering Manager – Seat Structures
Brandauer Automotive Czech s.r.o. | Plzeň"""
    f2, _, _ = outlook_invite(seed=cid + "teams", lang="en", org=dana,
                              attendees=[attendee(OWNER_NAME, OWNER)], to=[(OWNER_NAME, OWNER)],
                              subject=f"Interview Tomáš Vondráček – {role}", sent=s2, start=start, end=end,
                              tzid="Central Europe Standard Time", body=body2, location="Microsoft Teams Meeting",
                              ics_lang="en-US")
    files = {"01-successfactors-interview-scheduled.eml": f1, "02-teams-invite-dana-kovarova.eml": f2}
    lab = label([iv("Brandauer Automotive", role, start, end, "scheduled", [dana[1]], [dana[1]], "hiring_manager")],
                "hard", "positive/dedupe",
                "One interview, two channels with different UIDs: SuccessFactors confirmation with a UTC .ics "
                "(08:00Z) and the manager's Teams invite in 'Central Europe Standard Time' whose display label says "
                "(UTC+01:00) although 14 Oct is CEST -> 10:00+02:00. Recruiter is contact only; the manager conducts.")
    return cid, files, lab


@case
def c04():
    """Personio 'Einladung zum Vorstellungsgespräch' with .ics (Europe/Berlin)."""
    cid = "b226-04-personio-vorstellungsgespraech"
    sent = T(2026, 10, 15, 7, 41, 22, UTC)
    start, end = T(2026, 10, 22, 15, 0, tz=BER), T(2026, 10, 22, 16, 0, tz=BER)
    day = wd(start, "Donnerstag")
    role = "Konstrukteur Sondermaschinenbau (m/w/d)"
    sab = ("Sabine Ortner", "s.ortner@kessler-sondermaschinen.example")
    andr = ("Andreas Feil", "a.feil@kessler-sondermaschinen.example")
    text = f"""Sehr geehrter Herr Vondráček,

vielen Dank für Ihre Bewerbung als {role} und Ihr Interesse an der Kessler Sondermaschinen GmbH.
Ihre Unterlagen haben uns überzeugt, und wir möchten Sie gerne persönlich kennenlernen.

Wir laden Sie herzlich zu einem Vorstellungsgespräch per Microsoft Teams ein:

Termin: {day}, {start.day:02d}.{start.month:02d}.{start.year}, {hhmm(start)} – {hhmm(end)} Uhr (MESZ)
Gesprächspartner: {andr[0]}, Teamleiter Mechanische Konstruktion
Ort: Microsoft Teams (den Link finden Sie in der angehängten Kalendereinladung)

Herr Feil wird mit Ihnen über Ihre bisherigen Projekte sprechen und Ihnen unser Team und unsere
Anlagen für die Batteriemodul-Montage vorstellen.

Sollte Ihnen der Termin nicht passen, antworten Sie einfach auf diese E-Mail.

Mit freundlichen Grüßen

{sab[0]}
HR Recruiting
Kessler Sondermaschinen GmbH | Im Gewerbepark D 41 | 93059 Regensburg
Geschäftsführer: Markus Kessler, Helga Kessler | Amtsgericht Regensburg HRB 11873
"""
    meet = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_" + b64id(cid, 40) + "%40thread.v2/0"
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Personio GmbH//Personio Recruiting//DE",
               "CALSCALE:GREGORIAN", "METHOD:REQUEST"] + vtimezone_olson("Europe/Berlin") +
              ["BEGIN:VEVENT", f"UID:personio-event-{hx(cid, 8, False)}-{hx(cid + '2', 4, False)}@personio.de",
               f"DTSTAMP:{ical_utc(sent)}", f"DTSTART;TZID=Europe/Berlin:{ical_local(start)}",
               f"DTEND;TZID=Europe/Berlin:{ical_local(end)}",
               "SUMMARY:" + ics_esc(f"Vorstellungsgespräch – {role} – Tomáš Vondráček"),
               "DESCRIPTION:" + ics_esc(f"Gesprächspartner: {andr[0]} (Teamleiter Mechanische Konstruktion)\nTeams: {meet}"),
               f"LOCATION:{meet}", f"ORGANIZER;CN={sab[0]}:mailto:{sab[1]}",
               attendee(OWNER_NAME, OWNER), attendee(andr[0], andr[1], partstat="ACCEPTED", rsvp=False),
               "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    htm = ('<!doctype html><html><head><meta charset="utf-8"></head><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#1c1c1c">\n'
           + "".join("<p>" + "<br>\n".join(html.escape(l, quote=False) for l in blk.split("\n")) + "</p>\n"
                     for blk in text.strip().split("\n\n"))
           + '<p style="font-size:11px;color:#888">Powered by Personio</p></body></html>\n')
    b_o, b_i = "--_NmP-" + hx(cid, 16, False) + "-Part_1", "--_NmP-" + hx(cid + "i", 16, False) + "-Part_2"
    outer = multi("mixed", b_o, [multi("alternative", b_i, [leaf("text/plain; charset=utf-8", text), leaf("text/html; charset=utf-8", htm)]),
                                 leaf('text/calendar; charset=utf-8; method=REQUEST; name="einladung.ics"', cal, "base64",
                                      [("Content-Disposition", 'attachment; filename="einladung.ics"')])])
    hdrs = [("Delivered-To", OWNER), received("a7-19.smtp-out.eu-central-1.amazonses.com", "203.0.113.19", sent, cid),
            ("Return-Path", f"<0107019a{hx(cid, 24, False)}-000000@eu-central-1.amazonses.com>"),
            ("From", addr("Kessler Sondermaschinen GmbH", "noreply@personio.de")), ("Reply-To", addr(*sab)),
            ("To", addr(OWNER_NAME, OWNER)), ("Subject", subj(f"Einladung zum Vorstellungsgespräch – {role}")),
            ("Date", rfcdate(sent)), ("Message-ID", f"<0107019a{hx(cid, 24, False)}-{hx(cid + 'q', 8, False)}-000000@eu-central-1.amazonses.com>"),
            ("X-Personio-Company", "kessler-sondermaschinen")]
    files = {"01-einladung-vorstellungsgespraech.eml": message(hdrs, outer)}
    lab = label([iv("Kessler Sondermaschinen", role, start, end, "scheduled", [andr[1]], [andr[1]], "hiring_manager")],
                "medium", "positive/non-english-ats",
                "German Personio invitation (sender noreply@personio.de, Reply-To HR). The team lead is named as "
                "Gesprächspartner and is an ATTENDEE in the .ics (Europe/Berlin VTIMEZONE); MESZ = +02:00.")
    return cid, files, lab


@case
def c05():
    """Teams invite, then e-mail + updated invite (SEQUENCE:1) moving the interview across the DST end."""
    cid = "b226-05-teams-reschedule-across-dst-end"
    s1 = T(2026, 10, 13, 8, 31, 17)
    s2 = T(2026, 10, 20, 15, 4, 40)
    s3 = T(2026, 10, 20, 15, 9, 2)
    old_s, old_e = T(2026, 10, 22, 13, 0), T(2026, 10, 22, 14, 0)
    start, end = T(2026, 10, 27, 13, 0), T(2026, 10, 27, 14, 0)
    wd(old_s, "čtvrtek")
    new_day = wd(start, "úterý")
    assert old_s.utcoffset() == timedelta(hours=2) and start.utcoffset() == timedelta(hours=1)
    role = "Konstruktér hydraulických válců"
    ver = ("Veronika Hrubá", "veronika.hruba@hanak-hydraulika.example")
    ond = ("Ondřej Pospíšil", "ondrej.pospisil@hanak-hydraulika.example")
    subject = f"Pohovor – {role} – Tomáš Vondráček"
    body1 = f"""Dobrý den, pane Vondráčku,

posílám pozvánku na pohovor přes Microsoft Teams. Pohovor povede Ing. Ondřej Pospíšil, vedoucí
vývoje hydraulických válců; bavit se budete hlavně o Vašich projektech a o návrhu pístnic a těsnění.
Já se připojím jen na úvod a pak Vás nechám.

S pozdravem
Veronika Hrubá
HR specialistka | Hanák Hydraulika a.s. | Brno"""
    att = [attendee(OWNER_NAME, OWNER), attendee(ond[0], ond[1], partstat="ACCEPTED")]
    uid = "040000008200E00074C5B7101A82E00800000000" + hx(cid + "uid", 16) + "000000000000000010000000" + hx(cid + "uid2", 32)
    f1, _, mid1 = outlook_invite(seed=cid + "1", lang="cs", org=ver, attendees=att,
                                 to=[(OWNER_NAME, OWNER), ond], subject=subject, sent=s1, start=old_s, end=old_e,
                                 tzid="Central Europe Standard Time", body=body1,
                                 location="Schůzka v Microsoft Teams", uid=uid)
    body2 = f"""Dobrý den, pane Vondráčku,

omlouvám se za komplikaci: Ing. Pospíšil musí ve čtvrtek nečekaně na zákaznický audit do Mladé
Boleslavi. Pohovor bychom proto přesunuli na {new_day} {start.day}. {start.month}. ve stejný čas,
tj. od {hm(start)} do {hm(end)}. Pozvánku v kalendáři hned aktualizuji, odkaz na Teams zůstává stejný.

Děkuji za pochopení.

Veronika Hrubá
HR specialistka | Hanák Hydraulika a.s.
Vídeňská 1487/96, 619 00 Brno | +420 543 211 870"""
    f2, mid2 = outlook_mail(seed=cid + "2", lang="cs", frm=ver, to=[(OWNER_NAME, OWNER)], cc=[ond],
                            subject=f"Přesun pohovoru – {new_day} {start.day}. {start.month}.", sent=s2, body=body2)
    body3 = f"""Dobrý den, pane Vondráčku,

nový termín pohovoru: {new_day} {start.day}. {start.month}. {start.year} od {hm(start)}. Odkaz zůstává stejný.

Veronika Hrubá"""
    f3, _, _ = outlook_invite(seed=cid + "1", lang="cs", org=ver, attendees=att,
                              to=[(OWNER_NAME, OWNER), ond], subject=subject, sent=s3, start=start, end=end,
                              tzid="Central Europe Standard Time", body=body3,
                              location="Schůzka v Microsoft Teams", uid=uid, seq=1)
    # the update is a new message: give it its own Message-ID while keeping the series headers
    f3 = f3.replace(mid1, outlook_mid(cid + "3")[0])
    files = {"01-pozvanka-teams-pohovor.eml": f1, "02-presun-pohovoru.eml": f2, "03-aktualizovana-pozvanka.eml": f3}
    lab = label([iv("Hanák Hydraulika", role, start, end, "scheduled", [ond[1]], [ond[1]], "hiring_manager")],
                "hard", "positive/reschedule",
                "Teams invite for Thu 22 Oct 13:00 CEST (+02:00), moved by e-mail and by an updated REQUEST "
                "(same UID, SEQUENCE:1) to Tue 27 Oct 13:00, which is after the 25 Oct DST end -> +01:00. "
                "TZID 'Central Europe Standard Time'. HR only opens the call; the head of development conducts.")
    return cid, files, lab


@case
def c06():
    """Onsite day: interview, plant tour, CAD test, lunch, second interview -> ONE onsite."""
    cid = "b226-06-onsite-plant-tour-cad-test"
    sent = T(2026, 11, 2, 10, 22, 51)
    s2 = T(2026, 11, 2, 10, 40, 9)
    day = T(2026, 11, 6)
    dn = wd(day, "pátek")
    slots = [(T(2026, 11, 6, 8, 45), None, "příchod na vrátnici (hlavní brána, Brněnská 71) – vyzvednu Vás"),
             (T(2026, 11, 6, 9, 0), T(2026, 11, 6, 10, 0), "pohovor s Ing. Radkem Novotným, vedoucím konstrukce převodovek"),
             (T(2026, 11, 6, 10, 0), T(2026, 11, 6, 10, 45), "prohlídka výroby (obrobna ozubení, montáž, zkušebna) – pevná obuv, ochranné pomůcky zapůjčíme"),
             (T(2026, 11, 6, 10, 45), T(2026, 11, 6, 11, 45), "praktický test v CAD (Siemens NX) – úprava skříně převodovky podle zadání, počítač je připraven"),
             (T(2026, 11, 6, 11, 45), T(2026, 11, 6, 12, 30), "oběd v závodní jídelně"),
             (T(2026, 11, 6, 12, 30), T(2026, 11, 6, 13, 30), "pohovor s Ing. Lenkou Marešovou, technickou ředitelkou")]
    start, end = slots[1][0], slots[-1][1]
    role = "Konstruktér převodovek"
    mar = ("Markéta Dvořáková", "marketa.dvorakova@jihlavske-prevodovky.example")
    nov = ("Radek Novotný", "radek.novotny@jihlavske-prevodovky.example")
    les = ("Lenka Marešová", "lenka.maresova@jihlavske-prevodovky.example")
    prog = "\n".join(f"{hm(a)}{'–' + hm(b) if b else ''}  {t}" for a, b, t in slots)
    body = f"""Dobrý den, pane Vondráčku,

děkujeme za první rozhovor a rádi bychom Vás pozvali na osobní pohovor k nám do závodu v Jihlavě
na pozici {role}. Posílám program dne – {dn} {day.day}. {MON_CS_GEN[day.month]} {day.year}:

{prog}

Celý den by měl skončit nejpozději v {hm(end)}. CAD test je součástí pohovoru – nic nemusíte
připravovat, zadání dostanete na místě a výsledek pak proberete s Ing. Marešovou.
Cestovné z Prahy Vám proplatíme (jízdenku nebo kilometry si prosím poznamenejte).

Kalendářovou pozvánku posílám zvlášť. Kolegy dávám do kopie.

S pozdravem

Markéta Dvořáková
náborová specialistka
Jihlavské převodovky a.s. | Brněnská 71, 586 01 Jihlava
tel. +420 567 303 118"""
    rows = "".join(f"<tr><td style=\"padding:2px 12px 2px 0;white-space:nowrap\">{hm(a)}{'&ndash;' + hm(b) if b else ''}</td>"
                   f"<td>{html.escape(t)}</td></tr>\n" for a, b, t in slots)
    html_b = text_to_html(body.replace(prog, "@@PROG@@"), "Calibri, sans-serif").replace(
        "<p>@@PROG@@</p>", f'<table style="border-collapse:collapse;font-size:11pt">\n{rows}</table>')
    f1, mid1 = outlook_mail(seed=cid + "1", lang="cs", frm=mar, to=[(OWNER_NAME, OWNER)], cc=[nov, les],
                            subject=f"Pozvánka na pohovor – program dne {day.day}. {day.month}.", sent=sent, body=body,
                            html_body=html_b)
    body2 = f"""Program: {'; '.join(f"{hm(a)} {t.split(' – ')[0]}" for a, b, t in slots[1:])}.
Prosíme o příchod na vrátnici v {hm(slots[0][0])}."""
    att = [attendee(OWNER_NAME, OWNER), attendee(nov[0], nov[1], partstat="ACCEPTED"),
           attendee(les[0], les[1], partstat="TENTATIVE")]
    f2, _, _ = outlook_invite(seed=cid + "2", lang="cs", org=mar, attendees=att, to=[(OWNER_NAME, OWNER), nov, les],
                              subject=f"Osobní pohovor + prohlídka závodu – T. Vondráček ({role})", sent=s2,
                              start=start, end=end, tzid="Central Europe Standard Time", body=body2,
                              location="Jihlavské převodovky a.s., Brněnská 71, Jihlava – zasedačka Konstrukce (budova B, 2. patro)",
                              teams=False)
    files = {"01-pozvanka-program-dne.eml": f1, "02-pozvanka-kalendar.eml": f2}
    lab = label([iv("Jihlavské převodovky", role, start, end, "scheduled", [nov[1], les[1]], [nov[1], les[1]], "onsite")],
                "hard", "positive/onsite-loop",
                "Onsite day in CET (+01:00): 9:00 interview, plant tour, CAD test (part of the interview day, not "
                "a take-home), lunch, 12:30-13:30 second interview -> ONE onsite 09:00-13:30. 8:45 is only the "
                "arrival at the gate. Two interviewers (head of design, technical director); HR only coordinates.")
    return cid, files, lab


@case
def c07():
    """German Teams invite (W. Europe Standard Time) sent in CEST for a CET date, then METHOD:CANCEL."""
    cid = "b226-07-outlook-cancel-vorstellungsgespraech"
    s1 = T(2026, 10, 15, 11, 48, 30, BER)
    s2 = T(2026, 10, 21, 8, 15, 2, BER)
    start, end = T(2026, 10, 26, 10, 0, tz=BER), T(2026, 10, 26, 11, 0, tz=BER)
    day = wd(start, "Montag")
    assert s1.utcoffset() == timedelta(hours=2) and start.utcoffset() == timedelta(hours=1)
    role = "Konstrukteur Fördertechnik (m/w/d)"
    jul = ("Julia Brandl", "j.brandl@auer-foerdertechnik.example")
    mar = ("Markus Huber", "m.huber@auer-foerdertechnik.example")
    subject = f"Vorstellungsgespräch {role} – Tomáš Vondráček"
    body1 = f"""Sehr geehrter Herr Vondráček,

wie telefonisch besprochen sende ich Ihnen hiermit die Einladung zu Ihrem Vorstellungsgespräch am
{day}, {start.day}. {MON_DE[start.month]}, um {hhmm(start)} Uhr. Das Gespräch führt Herr Markus Huber,
Teamleiter Konstruktion Stetigförderer. Bitte beachten Sie: Ab dem 25. Oktober gilt wieder die
Winterzeit – {hhmm(start)} Uhr in München ist auch {hhmm(start)} Uhr in Prag.

Mit freundlichen Grüßen
Julia Brandl
Personalreferentin | Auer Fördertechnik GmbH | Lilienthalallee 27 | 80939 München"""
    att = [attendee(OWNER_NAME, OWNER), attendee(mar[0], mar[1], partstat="ACCEPTED")]
    uid = "040000008200E00074C5B7101A82E00800000000" + hx(cid + "uid", 16) + "000000000000000010000000" + hx(cid + "uid2", 32)
    f1, _, _ = outlook_invite(seed=cid + "1", lang="de", org=jul, attendees=att, to=[(OWNER_NAME, OWNER), mar],
                              subject=subject, sent=s1, start=start, end=end, tzid="W. Europe Standard Time",
                              body=body1, location="Microsoft Teams-Besprechung", uid=uid, ics_lang="de-DE")
    body2 = """Sehr geehrter Herr Vondráček,

leider müssen wir den Termin für Ihr Vorstellungsgespräch absagen: Die Position wurde zwischenzeitlich
intern besetzt. Wir bedauern das sehr und würden uns freuen, wenn wir Ihre Unterlagen für künftige
Stellen in der Konstruktion berücksichtigen dürfen.

Mit freundlichen Grüßen
Julia Brandl"""
    f2, _, _ = outlook_invite(seed=cid + "2", lang="de", org=jul,
                              attendees=[attendee(OWNER_NAME, OWNER), attendee(mar[0], mar[1])],
                              to=[(OWNER_NAME, OWNER), mar], subject="Abgesagt: " + subject, sent=s2,
                              start=start, end=end, tzid="W. Europe Standard Time", body=body2,
                              location="Microsoft Teams-Besprechung", uid=uid, seq=1, method="CANCEL",
                              teams=False, ics_lang="de-DE")
    files = {"01-einladung-teams.eml": f1, "02-abgesagt.eml": f2}
    lab = label([iv("Auer Fördertechnik", role, start, end, "cancelled", [mar[1]], [mar[1]], "hiring_manager")],
                "medium", "positive/cancellation",
                "Invite sent on 15 Oct (CEST) for Mon 26 Oct 10:00, the first working day after the DST end -> "
                "+01:00 (the body even says so). Then METHOD:CANCEL / STATUS:CANCELLED, same UID, SEQUENCE:1 -> "
                "kept as cancelled at its last scheduled time.")
    return cid, files, lab


@case
def c08():
    """Two interviews at one company: phone screen (CEST) and osobní pohovor (CET) + Google invite."""
    cid = "b226-08-phone-screen-then-osobni-pohovor"
    s1 = T(2026, 10, 2, 13, 37, 9)
    s2 = T(2026, 10, 6, 9, 2, 44)
    s3 = T(2026, 10, 6, 9, 30, 15)
    p_s, p_e = T(2026, 10, 5, 10, 0), T(2026, 10, 5, 10, 20)
    o_s, o_e = T(2026, 10, 29, 13, 30), T(2026, 10, 29, 15, 0)
    d1, d2 = wd(p_s, "pondělí"), wd(o_s, "čtvrtek")
    assert s2.date() == p_s.date() + timedelta(days=1)
    role = "Konstruktér elektromotorů – mechanika"
    kat = ("Kateřina Veselá", "katerina.vesela@elmotor-pelhrimov.example")
    jir = ("Jiří Mach", "jiri.mach@elmotor-pelhrimov.example")
    sig = """Kateřina Veselá
personalistka | Elmotor Pelhřimov a.s.
Myslotínská 1760, 393 01 Pelhřimov
+420 565 301 442"""
    b1 = f"""Dobrý den, pane Vondráčku,

jak jsme se dnes krátce domluvili, zavolám Vám v {d1} {p_s.day}. {p_s.month}. v {hm(p_s)} – půjde o úvodní
telefonický pohovor k pozici {role}, zhruba na 20 minut.
Projdeme Vaši praxi, znalost Inventoru a Vaše představy o mzdě a nástupu.

Přeji hezký víkend

{sig}
"""
    f1, mid1 = gmail_mail(seed=cid + "1", frm=kat, to=[(OWNER_NAME, OWNER)], sent=s1, body=b1,
                          subject="Telefonický pohovor – Konstruktér elektromotorů")
    b2 = f"""Dobrý den, pane Vondráčku,

děkuji za včerejší telefonát. Rádi bychom Vás pozvali do druhého kola – na osobní pohovor
s vedoucím konstrukce Ing. Jiřím Machem, a to ve {d2} {o_s.day}. {MON_CS_GEN[o_s.month]} ve {hm(o_s)} u nás v Pelhřimově
(Myslotínská 1760, recepce v budově C). Počítejte prosím s hodinou a půl.
Pan Mach Vám pošle pozvánku do kalendáře.

{sig}

{wd(s1, 'pá')} {s1.day}. {s1.month}. {s1.year} v {hm(s1)} odesílatel Kateřina Veselá <{kat[1]}> napsal:
{quote_block(b1.split(sig)[0].strip())}
"""
    f2, mid2 = gmail_mail(seed=cid + "2", frm=kat, to=[(OWNER_NAME, OWNER)], cc=[jir], sent=s2, body=b2,
                          subject="Re: Telefonický pohovor – Konstruktér elektromotorů", in_reply_to=mid1)
    desc = (f"Osobní pohovor – {role}.\nVedoucí konstrukce Ing. Jiří Mach.\n"
            "Recepce budova C, Myslotínská 1760, Pelhřimov. Parkování v areálu.")
    f3, _, _ = google_invite(seed=cid + "3", org=jir, guests=[jir, (OWNER_NAME, OWNER)],
                             subject=f"Pozvánka: Osobní pohovor – Tomáš Vondráček @ {wd(o_s, 'čt')} {o_s.day}. {o_s.month}. {o_s.year} {hm(o_s)} - {hm(o_e)} (SEČ) ({OWNER})",
                             sent=s3, start=o_s, end=o_e, summary="Osobní pohovor – Tomáš Vondráček",
                             description=desc, location="Elmotor Pelhřimov a.s., Myslotínská 1760, Pelhřimov",
                             when_text=f"{d2} {o_s.day}. {MON_CS_GEN[o_s.month]} {o_s.year} ⋅ {hm(o_s)} – {hm(o_e)}",
                             tz_text="Středoevropský čas – Praha", to_addr=OWNER)
    files = {"01-telefonicky-pohovor.eml": f1, "02-re-pozvani-do-druheho-kola.eml": f2,
             "03-pozvanka-osobni-pohovor.eml": f3}
    lab = label([iv("Elmotor Pelhřimov", role, p_s, p_e, "scheduled", [kat[1]], [kat[1]], "phone_screen"),
                 iv("Elmotor Pelhřimov", role, o_s, o_e, "scheduled", [jir[1]], [jir[1]], "hiring_manager")],
                "medium", "positive/multiple",
                "Two interviews: HR phone screen Mon 5 Oct 10:00 CEST (20 min), then osobní pohovor Thu 29 Oct "
                "13:30-15:00 CET announced by e-mail and by the manager's Google invite (one interview, not two). "
                "Offsets differ across the 25 Oct DST end.")
    return cid, files, lab


@case
def c09():
    """Calendar API event (Europe/Vienna) for a technical video interview."""
    cid = "b226-09-gcal-json-graz-technical"
    start, end = T(2026, 11, 4, 14, 0, tz=VIE), T(2026, 11, 4, 15, 0, tz=VIE)
    wd(start, "Wednesday")
    anna = ("Anna Leitner", "anna.leitner@bergland-kaelte.example")
    flo = ("Florian Gruber", "florian.gruber@bergland-kaelte.example")
    role = "Mechanical Design Engineer – Refrigeration Units"
    ev = {
        "kind": "calendar#event", "etag": "\"3462901844372000\"", "id": "6k3q0m9r2c8p4ds1uvb7t5e0ho",
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=" + b64id(cid, 64),
        "created": "2026-10-27T09:12:44.000Z", "updated": "2026-10-27T09:15:22.186Z",
        "summary": f"Interview Tomáš Vondráček – {role} (technical)",
        "description": (f"Technical interview with {flo[0]} (Lead Mechanical Engineer), 60 min.\n"
                        "We will go through one of your past designs – please have a drawing or a model ready to "
                        "share on screen.\n\nSet up by Anna Leitner, Talent Acquisition – Bergland Kältetechnik GmbH, Graz."),
        "creator": {"email": anna[1], "displayName": anna[0]},
        "organizer": {"email": anna[1], "displayName": anna[0]},
        "start": {"dateTime": iso(start), "timeZone": "Europe/Vienna"},
        "end": {"dateTime": iso(end), "timeZone": "Europe/Vienna"},
        "iCalUID": "6k3q0m9r2c8p4ds1uvb7t5e0ho@google.com", "sequence": 0,
        "attendees": [
            {"email": anna[1], "displayName": anna[0], "organizer": True, "responseStatus": "accepted"},
            {"email": flo[1], "displayName": flo[0], "responseStatus": "accepted"},
            {"email": OWNER, "self": True, "responseStatus": "accepted"}],
        "hangoutLink": "https://meet.google.com/pvk-tqzr-wdm",
        "conferenceData": {
            "entryPoints": [{"entryPointType": "video", "uri": "https://meet.google.com/pvk-tqzr-wdm",
                             "label": "meet.google.com/pvk-tqzr-wdm"},
                            {"entryPointType": "phone", "uri": "tel:+43-1-2700-1842", "label": "+43 1 27001842",
                             "pin": "418022931", "regionCode": "AT"}],
            "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet"},
            "conferenceId": "pvk-tqzr-wdm"},
        "reminders": {"useDefault": True}, "eventType": "default"}
    files = {"01-interview-bergland-kaeltetechnik.gcal.json": gcal_json(ev)}
    lab = label([iv("Bergland Kältetechnik", role, start, end, "scheduled", [flo[1]], [flo[1]], "technical")],
                "easy", "positive/gcal-json",
                "Calendar API event in Europe/Vienna after the DST end (+01:00); recruiter is organizer only, the "
                "lead engineer conducts.")
    return cid, files, lab


@case
def c10():
    """Standalone Outlook .ics (METHOD:PUBLISH, Central Europe Standard Time), Czech."""
    cid = "b226-10-standalone-ics-pohovor-kutna-hora"
    stamp = T(2026, 11, 3, 7, 55, 0, UTC)
    start, end = T(2026, 11, 10, 8, 30), T(2026, 11, 10, 9, 30)
    day = wd(start, "úterý")
    pav = ("Pavel Kratochvíl", "pavel.kratochvil@kh-strojirny.example")
    role = "Konstruktér přípravků a nářadí"
    desc = (f"Osobní pohovor na pozici {role}.\n\nPohovor vede Ing. Pavel Kratochvíl, vedoucí TPV.\n"
            f"Termín: {day} {start.day}. {start.month}. {start.year}, {hm(start)}–{hm(end)}\n"
            "Místo: Kutnohorské strojírny s.r.o., Masarykova 612, Kutná Hora – budova A, zasedačka ve 2. patře.\n"
            "Na recepci se prosím ohlaste u paní Horákové.\n")
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
             "METHOD:PUBLISH", "X-MS-OLK-FORCEINSPECTOROPEN:TRUE"] + vtimezone_windows("Central Europe Standard Time") + [
        "BEGIN:VEVENT", "CLASS:PUBLIC", f"CREATED:{ical_utc(stamp)}", "DESCRIPTION:" + ics_esc(desc),
        f"DTEND;TZID=\"Central Europe Standard Time\":{ical_local(end)}", f"DTSTAMP:{ical_utc(stamp)}",
        f"DTSTART;TZID=\"Central Europe Standard Time\":{ical_local(start)}", f"LAST-MODIFIED:{ical_utc(stamp)}",
        "LOCATION:" + ics_esc("Kutnohorské strojírny, Masarykova 612, Kutná Hora – budova A, 2. patro"),
        f"ORGANIZER;CN=\"{pav[0]}\":mailto:{pav[1]}",
        attendee(OWNER_NAME, OWNER), "PRIORITY:5", "SEQUENCE:0",
        "SUMMARY;LANGUAGE=cs:" + ics_esc(f"Pohovor – {role} – Tomáš Vondráček"), "TRANSP:OPAQUE",
        "UID:040000008200E00074C5B7101A82E00800000000" + hx(cid, 16) + "000000000000000010000000" + hx(cid + "2", 32),
        "X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1",
        "X-MICROSOFT-DISALLOW-COUNTER:FALSE", "X-MS-OLK-AUTOFILLLOCATION:FALSE", "X-MS-OLK-CONFTYPE:0",
        "BEGIN:VALARM", "TRIGGER:-PT15M", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "END:VALARM",
        "END:VEVENT", "END:VCALENDAR"]
    files = {"01-pohovor-kutnohorske-strojirny.ics": ics(lines)}
    lab = label([iv("Kutnohorské strojírny", role, start, end, "scheduled", [pav[1]], [pav[1]], "hiring_manager")],
                "medium", "positive/standalone-ics",
                "Standalone Outlook .ics (PUBLISH) with a quoted Windows TZID 'Central Europe Standard Time' in "
                "November -> +01:00. Organizer conducts the interview.")
    return cid, files, lab


@case
def c11():
    """Agency recruiter forwards the German client's mail; Czech top text, German forwarded block."""
    cid = "b226-11-headhunter-forwarded-vorstellungsgespraech"
    s_client = T(2026, 10, 29, 16, 20, 0, BER)
    sent = T(2026, 10, 30, 8, 55, 31)
    start, end = T(2026, 11, 2, 11, 0, tz=BER), T(2026, 11, 2, 11, 45, tz=BER)
    day_cs, day_de = wd(start, "pondělí"), wd(start, "Montag")
    wd(s_client, "čtvrtek")
    pet = ("Petra Langová", "petra.langova@techrecruit-cz.example")
    ste = ("Stefan Brenner", "stefan.brenner@lindner-landtechnik.example")
    role = "Konstrukteur Landmaschinen (m/w/d)"
    fwd = f"""Sehr geehrte Frau Langová,

vielen Dank für das Profil von Herrn Vondráček – seine Erfahrung mit Schweißbaugruppen und
Blechkonstruktionen passt sehr gut zu unserer Stelle als {role} im Bereich Anbaugeräte.

Gerne würden wir ihn in einem ersten Vorstellungsgespräch kennenlernen. Ich schlage {day_de},
den {start.day}. {MON_DE[start.month]}, um {hhmm(start)} Uhr per Microsoft Teams vor; wir sollten mit etwa
45 Minuten rechnen. Die Einladung mit dem Link schicke ich direkt an Herrn Vondráček, sobald Sie
mir den Termin bestätigen.

Mit freundlichen Grüßen
Dr.-Ing. Stefan Brenner
Leiter Konstruktion Anbaugeräte
Lindner Landtechnik GmbH | Industriestraße 12 | 94315 Straubing"""
    body = f"""Dobrý den, Tomáši,

skvělá zpráva – Lindner Landtechnik Vás zve na první kolo. Pohovor (Vorstellungsgespräch) povede
přímo Dr. Brenner, vedoucí konstrukce přídavných zařízení. Termín jsem za Vás potvrdila:
{day_cs} {start.day}. {start.month}. v {hm(start)} – Straubing je ve stejném časovém pásmu jako Praha.
Pozvánku s odkazem na Teams Vám pošle pan Brenner přímo, jeho zprávu přeposílám níže.

Kdybyste si chtěl předem projít, na co se Dr. Brenner obvykle ptá, ozvěte se – ráda Vám zavolám.

S pozdravem
Petra Langová
Senior Consultant – Engineering & Manufacturing
TechRecruit CZ s.r.o. | Na Poříčí 1041/12, Praha 1 | +420 731 482 096

________________________________
Od: {ste[0]} <{ste[1]}>
Odesláno: {WD_CS[s_client.weekday()]} {s_client.day}. {MON_CS_GEN[s_client.month]} {s_client.year} {hm(s_client)}
Komu: {pet[0]} <{pet[1]}>
Předmět: Vorstellungsgespräch Herr Vondráček – {role}

{fwd}
"""
    f1, _ = outlook_mail(seed=cid, lang="cs", frm=pet, to=[(OWNER_NAME, OWNER)],
                         subject=f"FW: Vorstellungsgespräch Herr Vondráček – {role}", sent=sent, body=body)
    files = {"01-fw-vorstellungsgespraech-lindner.eml": f1}
    lab = label([iv("Lindner Landtechnik", role, start, end, "scheduled", [ste[1]], [ste[1]], "hiring_manager")],
                "hard", "positive/forwarded",
                "Agency recruiter (not the employer) forwards the German client's proposal and confirms it: Mon "
                "2 Nov 11:00 CET, ~45 min. The interviewer's address appears only in the forwarded header block. "
                "Company is the client, not the agency.")
    return cid, files, lab


@case
def c12():
    """'Informal coffee' that is explicitly the next process step; English thread, no duration."""
    cid = "b226-12-coffee-with-head-of-engineering"
    s1 = T(2026, 11, 9, 14, 20, 5)
    s_owner = T(2026, 11, 9, 19, 2, 44)
    s2 = T(2026, 11, 10, 9, 5, 18)
    start = T(2026, 11, 13, 8, 30)
    wd(s1, "Monday")
    fri = wd(start, "Friday")
    assert (start.date() - s1.date()).days == 4
    kla = ("Klára Benešová", "klara.benesova@nordwerk-automation.example")
    hen = ("Henrik Voss", "henrik.voss@nordwerk-automation.example")
    role = "Design Engineer – Handling Systems"
    sig = """Klára Benešová
Talent Acquisition Partner
Nordwerk Automation s.r.o. | Pernerova 48, 186 00 Praha 8 – Karlín"""
    b1 = f"""Hi Tomáš,

thanks again for the call last week. As the next step in the process for the {role} role,
Henrik Voss, our Head of Engineering, would like to meet you for an informal coffee at our office
in Karlín. It is not a formal interview, but it is part of the selection process – Henrik likes
to meet every candidate before we move on to the technical round.

Would {fri} at {hm(start)} work for you? He is in Prague only until Friday noon.

Best,
{sig}
"""
    f1, mid1 = gmail_mail(seed=cid + "1", frm=kla, to=[(OWNER_NAME, OWNER)], sent=s1, body=b1,
                          subject=f"Next step – coffee with Henrik ({role})")
    owner_mid = "<e1f0a9b2-3c44-4d8f-8b1e-7a2c5d9e0f13@example.com>"
    b2 = f"""Great, thank you Tomáš – Henrik is looking forward to it: {fri} {start.day} {MON_EN[start.month]}, {hm(start)},
reception on the 3rd floor (just ask for him). His e-mail is {hen[1]} in case anything comes up
on the day.

Best,
Klára

On {WD_EN[s_owner.weekday()][:3]}, {s_owner.day} Nov {s_owner.year} at {hm(s_owner)}, Tomáš Vondráček <{OWNER}> wrote:
> Hi Klára,
>
> {fri} at {hm(start)} works for me, thank you. See you (or Henrik) then.
>
> Best regards,
> Tomáš
>
> On {WD_EN[s1.weekday()][:3]}, {s1.day} Nov {s1.year} at {hm(s1)}, {kla[0]} <{kla[1]}> wrote:
{chr(10).join('>> ' + l if l else '>>' for l in b1.strip().split(chr(10)))}
"""
    f2, _ = gmail_mail(seed=cid + "2", frm=kla, to=[(OWNER_NAME, OWNER)], cc=[hen], sent=s2, body=b2,
                       subject=f"Re: Next step – coffee with Henrik ({role})", in_reply_to=owner_mid,
                       references=f"{mid1} {owner_mid}")
    files = {"01-next-step-coffee.eml": f1, "02-re-next-step-coffee.eml": f2}
    lab = label([iv("Nordwerk Automation", role, start, None, "scheduled", [hen[1]], [hen[1]], "hiring_manager")],
                "medium", "positive/coffee-chat",
                "'Informal coffee' explicitly described as part of the selection process -> interview. 'Friday at "
                "8:30' in a Monday 9 Nov mail -> Fri 13 Nov 08:30 CET, confirmed in the reply. No duration -> end null.")
    return cid, files, lab


@case
def c13():
    """Czech ATS invitation with .ics + reminder the day before ('zítra v 10:00') -> ONE interview."""
    cid = "b226-13-ats-pozvanka-and-reminder"
    s1 = T(2026, 11, 9, 11, 3, 27)
    s2 = T(2026, 11, 11, 17, 5, 0)
    start, end = T(2026, 11, 12, 10, 0), T(2026, 11, 12, 11, 0)
    day = wd(start, "čtvrtek")
    assert s2.date() + timedelta(days=1) == start.date()
    sim = ("Simona Křížová", "simona.krizova@hranicka-armatura.example")
    ale = ("Aleš Zedník", "ales.zednik@hranicka-armatura.example")
    role = "Konstruktér průmyslových armatur"
    t1 = f"""Dobrý den, pane Vondráčku,

děkujeme za Váš zájem o pozici {role}. Rádi bychom Vás pozvali na pohovor.

Termín: {day} {start.day}. {start.month}. {start.year}, {hm(start)}–{hm(end)}
Místo: Hranická armatura a.s., Tovární 22, Hranice – budova ředitelství, 1. patro
S kým se setkáte: Ing. Aleš Zedník, hlavní konstruktér

Na recepci Vás vyzvedne Simona Křížová. Pozvánku do kalendáře najdete v příloze.

Pokud Vám termín nevyhovuje, odpovězte prosím na tento e-mail (odpověď dostane přímo Simona Křížová).

S pozdravem
Tým náboru Hranická armatura a.s.

Odesláno ze systému HireDesk – https://hiredesk.example
"""
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//HireDesk//ATS Calendar 3.1//CS", "METHOD:REQUEST"]
              + vtimezone_olson("Europe/Prague") +
              ["BEGIN:VEVENT", f"UID:hd-interview-{hx(cid, 10, False)}@hiredesk.example", f"DTSTAMP:{ical_utc(s1)}",
               f"DTSTART;TZID=Europe/Prague:{ical_local(start)}", f"DTEND;TZID=Europe/Prague:{ical_local(end)}",
               "SUMMARY:" + ics_esc(f"Pohovor: {role} – Hranická armatura a.s."),
               "LOCATION:" + ics_esc("Tovární 22, Hranice – budova ředitelství, 1. patro"),
               "DESCRIPTION:" + ics_esc(f"Pohovor s Ing. Alešem Zedníkem (hlavní konstruktér).\nKontakt: {sim[0]}, {sim[1]}"),
               f"ORGANIZER;CN={sim[0]}:mailto:{sim[1]}", attendee(OWNER_NAME, OWNER),
               attendee(ale[0], ale[1], partstat="ACCEPTED", rsvp=False), "SEQUENCE:0", "STATUS:CONFIRMED",
               "END:VEVENT", "END:VCALENDAR"])
    files = {}
    b = "hd-" + hx(cid, 20, False)
    p1 = multi("mixed", b, [multi("alternative", b + "-alt", [leaf("text/plain; charset=UTF-8", t1),
                                                               leaf("text/html; charset=UTF-8", text_to_html(t1, "Arial, sans-serif", "14px"))]),
                            leaf('text/calendar; charset=UTF-8; method=REQUEST; name="pohovor.ics"', cal, "base64",
                                 [("Content-Disposition", 'attachment; filename="pohovor.ics"')])])
    h1 = [("Delivered-To", OWNER), received("out2.hiredesk.example", "192.0.2.52", s1, cid + "1"),
          ("Return-Path", "<bounce-7731@hiredesk.example>"),
          ("From", addr("Hranická armatura a.s. – nábor", "noreply@hiredesk.example")),
          ("Reply-To", addr(*sim)), ("To", addr(OWNER_NAME, OWNER)),
          ("Subject", subj(f"Pozvánka na pohovor: {role}")), ("Date", rfcdate(s1)),
          ("Message-ID", f"<hd.7731.{hx(cid + '1', 16, False)}@hiredesk.example>")]
    files["01-pozvanka-na-pohovor.eml"] = message(h1, p1)
    t2 = f"""Dobrý den, pane Vondráčku,

připomínáme Vám zítřejší pohovor na pozici {role}:
zítra v {hm(start)}, Tovární 22, Hranice – budova ředitelství.

Těšíme se na Vás.
Tým náboru Hranická armatura a.s.

Odesláno ze systému HireDesk – https://hiredesk.example
"""
    p2 = multi("alternative", b + "-r", [leaf("text/plain; charset=UTF-8", t2),
                                         leaf("text/html; charset=UTF-8", text_to_html(t2, "Arial, sans-serif", "14px"))])
    h2 = [("Delivered-To", OWNER), received("out2.hiredesk.example", "192.0.2.52", s2, cid + "2"),
          ("Return-Path", "<bounce-7731@hiredesk.example>"),
          ("From", addr("Hranická armatura a.s. – nábor", "noreply@hiredesk.example")),
          ("Reply-To", addr(*sim)), ("To", addr(OWNER_NAME, OWNER)),
          ("Subject", subj("Připomínka: zítra máte pohovor")), ("Date", rfcdate(s2)),
          ("Message-ID", f"<hd.7731.{hx(cid + '2', 16, False)}@hiredesk.example>")]
    files["02-pripominka-zitra.eml"] = message(h2, p2)
    lab = label([iv("Hranická armatura", role, start, end, "scheduled", [ale[1]], [ale[1]], "hiring_manager")],
                "medium", "positive/dedupe",
                "ATS invitation with .ics (Europe/Prague VTIMEZONE) plus an ATS reminder the evening before "
                "('zítra v 10:00', resolved against its Date) -> ONE interview. Chief designer is an ATTENDEE in the "
                ".ics -> interviewer; the sender is a no-reply ATS address.")
    return cid, files, lab


# ============================================================================= NEGATIVES
@case
def c14():
    """Trade-fair (MSV Brno) booth appointment with a supplier; mentions a reference-video 'interview'."""
    cid = "b226-14-veletrh-booth-appointment-supplier"
    sent = T(2026, 9, 29, 14, 10, 36)
    start, end = T(2026, 10, 7, 11, 0), T(2026, 10, 7, 11, 45)
    day = wd(start, "středa")
    voj = ("Vojtěch Kubeš", "vojtech.kubes@rolltech-loziska.example")
    bar = ("Barbora Malá", "barbora.mala@rolltech-loziska.example")
    body = f"""Dobrý den, pane Vondráčku,

děkuji za potvrzení – posílám pozvánku na schůzku u nás na stánku během Mezinárodního
strojírenského veletrhu: {day} {start.day}. 10. od {hm(start)}, pavilon P, stánek 112.
Ukážu Vám vzorky nové řady kuželíkových ložisek pro lisy a probereme dodací lhůty na rok 2027.

Kolegyně Barbora Malá z marketingu by s Vámi ráda natočila krátký rozhovor (video interview,
cca 5 minut) do našich referenčních příběhů – jak u Vás v Hostivařských strojírnách ložiska
nasazujete. Samozřejmě jen pokud budete souhlasit; otázky Vám pošle předem.

Volnou vstupenku na veletrh najdete v příloze předchozího e-mailu.

S pozdravem
Ing. Vojtěch Kubeš
obchodně-technický zástupce | Rolltech Ložiska s.r.o.
+420 602 771 394 | www.rolltech-loziska.example"""
    f1, _, _ = outlook_invite(seed=cid, lang="cs", org=voj,
                              attendees=[attendee(OWNER_NAME, OWNER), attendee(bar[0], bar[1], role="OPT-PARTICIPANT")],
                              to=[(OWNER_NAME, OWNER)], cc=[bar],
                              subject="Schůzka na stánku Rolltech – MSV Brno 2026", sent=sent, start=start, end=end,
                              tzid="Central Europe Standard Time", body=body,
                              location="Výstaviště Brno, pavilon P, stánek 112 (Rolltech Ložiska)", teams=False)
    files = {"01-schuzka-na-stanku-msv.eml": f1}
    lab = label([], "hard", "negative/trade-fair",
                "Outlook meeting request for a supplier booth appointment at the engineering trade fair. The only "
                "'interview' is a marketing reference video about the supplier's bearings: a business/press "
                "meeting, not a hiring process for the user.")
    return cid, files, lab


@case
def c15():
    """Clinic booking: medical check for a driving licence; text mentions 'vstupní pohovor s lékařem'."""
    cid = "b226-15-ridicsky-prukaz-lekarska-prohlidka"
    sent = T(2026, 10, 12, 18, 22, 40)
    start, end = T(2026, 10, 21, 7, 40), T(2026, 10, 21, 8, 10)
    day = wd(start, "středa")
    t = f"""Dobrý den,

potvrzujeme Vaši objednávku:

Vyšetření: Lékařská prohlídka – posudek o zdravotní způsobilosti k řízení motorových vozidel (skupina C)
Termín: {day} {start.day}. {start.month}. {start.year} v {hm(start)} (délka cca 30 minut)
Lékař: MUDr. Hana Štěpánková, ambulance pracovního lékařství, 3. patro, dveře 312
Pacient: Tomáš Vondráček

Prohlídka začíná vstupním pohovorem s lékařem (anamnéza, užívané léky), následuje vyšetření zraku,
tlaku a EKG. Přijďte prosím nalačno nebo po lehké snídani.

S sebou: občanský průkaz, řidičský průkaz, kartičku pojišťovny a výpis ze zdravotní dokumentace od
registrujícího praktického lékaře (ne starší než 3 měsíce).

Termín můžete zrušit nejpozději 24 hodin předem v aplikaci nebo na tel. 241 408 500.

MediCentrum Pankrác – objednávkový systém
Na Pankráci 1685/17, 140 00 Praha 4
Tato zpráva byla vygenerována automaticky, neodpovídejte na ni.
"""
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//MediCentrum//Rezervace 2.4//CS", "METHOD:PUBLISH",
               "BEGIN:VEVENT", f"UID:rez-{hx(cid, 12, False)}@medicentrum-pankrac.example", f"DTSTAMP:{ical_utc(sent)}",
               f"DTSTART:{ical_utc(start)}", f"DTEND:{ical_utc(end)}",
               "SUMMARY:" + ics_esc("Lékařská prohlídka – řidičský průkaz sk. C (MUDr. Štěpánková)"),
               "LOCATION:" + ics_esc("MediCentrum Pankrác, Na Pankráci 1685/17, Praha 4 – 3. patro, dveře 312"),
               "DESCRIPTION:" + ics_esc("Vstupní pohovor s lékařem, vyšetření zraku, tlaku, EKG. S sebou OP, ŘP, kartičku pojišťovny, výpis od praktického lékaře."),
               "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    b = "=_mc_" + hx(cid, 20, False)
    part = multi("mixed", b, [leaf("text/plain; charset=utf-8", t),
                              leaf('text/calendar; charset=utf-8; name="termin.ics"', cal, "base64",
                                   [("Content-Disposition", 'attachment; filename="termin.ics"')])])
    hdrs = [("Delivered-To", OWNER), received("smtp.medicentrum-pankrac.example", "192.0.2.141", sent, cid),
            ("Return-Path", "<objednavky@medicentrum-pankrac.example>"),
            ("From", addr("MediCentrum Pankrác – objednávky", "objednavky@medicentrum-pankrac.example")),
            ("To", OWNER), ("Subject", subj(f"Potvrzení objednávky – {start.day}. {start.month}. {start.year} {hm(start)}")),
            ("Date", rfcdate(sent)), ("Message-ID", f"<rez.{hx(cid, 16, False)}@medicentrum-pankrac.example>"),
            ("Auto-Submitted", "auto-generated")]
    files = {"01-potvrzeni-objednavky-prohlidka.eml": message(hdrs, part)}
    lab = label([], "medium", "negative/appointment",
                "Clinic booking for a driving-licence medical check with a UTC .ics; 'vstupní pohovor s lékařem' is "
                "the medical history talk, not a job interview.")
    return cid, files, lab


@case
def c16():
    """Labour office (Úřad práce) appointment + a referral to an employer that is not yet booked."""
    cid = "b226-16-urad-prace-schuzka-doporucenka"
    sent = T(2026, 10, 1, 13, 5, 18)
    start = T(2026, 10, 15, 9, 0)
    day = wd(start, "čtvrtek")
    iva = ("Ivana Růžičková", "ivana.ruzickova@uradprace-cr.example")
    t = f"""Vážený pane Vondráčku,

na základě Vaší žádosti o zprostředkování zaměstnání (evidence zájemců o zaměstnání) Vás zvu na
schůzku – individuální pohovor se zprostředkovatelkou:

Kdy: {day} {start.day}. {start.month}. {start.year} v {hm(start)}
Kde: Úřad práce ČR, kontaktní pracoviště Praha 4, Táborská 350/32, 2. patro, kancelář č. 214

Na schůzce společně projdeme Váš individuální akční plán a možnosti rekvalifikace (kurz CATIA V5).
S sebou prosím doklad totožnosti.

Zároveň Vám zasílám doporučenku na volné pracovní místo „Konstruktér – strojní
zařízení" u zaměstnavatele Strojírna Modřany Kovo a.s. Kontaktujte prosím zaměstnavatele do
7 dnů (Ing. Roman Kolář, personální oddělení, roman.kolar@modrany-kovo.example, tel. 244 401 277)
a domluvte si termín pohovoru. Vyjádření zaměstnavatele pak prosím doneste na schůzku.

S pozdravem

Bc. Ivana Růžičková
zprostředkovatelka
Úřad práce České republiky – krajská pobočka pro hlavní město Prahu
kontaktní pracoviště Praha 4
tel. 950 178 214
"""
    part = leaf("text/plain; charset=utf-8", t)
    hdrs = [("Delivered-To", OWNER), received("mail.uradprace-cr.example", "192.0.2.200", sent, cid),
            ("Return-Path", f"<{iva[1]}>"), ("From", addr(*iva)), ("To", addr(OWNER_NAME, OWNER)),
            ("Subject", subj(f"Pozvánka na schůzku {start.day}. {start.month}. {start.year} – KoP Praha 4")),
            ("Date", rfcdate(sent)), ("Message-ID", f"<{hx(cid, 24, False)}@mail.uradprace-cr.example>"),
            ("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "cs")]
    files = {"01-pozvanka-urad-prace.eml": message(hdrs, part)}
    lab = label([], "hard", "negative/labour-office",
                "Labour-office appointment ('individuální pohovor se zprostředkovatelkou') is an administrative "
                "meeting, not a hiring interview; the enclosed employer referral asks the user to arrange an "
                "interview himself (not booked).")
    return cid, files, lab


@case
def c17():
    """Current employer's company sports day (Calendar API event), with a referral-bonus blurb."""
    cid = "b226-17-firemni-sportovni-den"
    start, end = T(2026, 10, 9, 13, 0), T(2026, 10, 9, 19, 0)
    day = wd(start, "pátek")
    luc = ("Lucie Pokorná", "lucie.pokorna@hostivar-stroje.example")
    ev = {
        "kind": "calendar#event", "etag": "\"3460017726122000\"", "id": "1q9d2k7m3v0s5b8j6c4x2n1p0f",
        "status": "confirmed", "htmlLink": "https://www.google.com/calendar/event?eid=" + b64id(cid, 64),
        "created": "2026-09-21T08:40:12.000Z", "updated": "2026-09-23T12:21:03.061Z",
        "summary": "Sportovní den Hostivařských strojíren 2026",
        "description": (f"Milé kolegyně, milí kolegové,\n\nv {day} {start.day}. {start.month}. od {hm(start)} se uvidíme na "
                        "sportovním dni u Hostivařské přehrady – nohejbal, volejbal, štafeta dílen proti konstrukci a "
                        "večer grilování. Pozvánku posíláme i na soukromé adresy, ať ji můžete přeposlat rodině.\n\n"
                        "PS: Pořád hledáme posily do konstrukce a montáže. Pokud znáte někoho šikovného, doporučte ho – "
                        "za doporučení, které projde pohovorem i zkušební dobou, náleží odměna 15 000 Kč.\n\n"
                        "Lucie Pokorná, HR"),
        "location": "Sportovní areál Hostivař, Hostivařská přehrada, Praha 15",
        "creator": {"email": luc[1], "displayName": luc[0]},
        "organizer": {"email": luc[1], "displayName": luc[0]},
        "start": {"dateTime": iso(start), "timeZone": "Europe/Prague"},
        "end": {"dateTime": iso(end), "timeZone": "Europe/Prague"},
        "iCalUID": "1q9d2k7m3v0s5b8j6c4x2n1p0f@google.com", "sequence": 1, "guestsCanInviteOthers": True,
        "attendees": [{"email": luc[1], "displayName": luc[0], "organizer": True, "responseStatus": "accepted"},
                      {"email": OWNER, "self": True, "responseStatus": "accepted"}],
        "reminders": {"useDefault": True}, "eventType": "default"}
    files = {"01-sportovni-den.gcal.json": gcal_json(ev)}
    lab = label([], "medium", "negative/company-event",
                "Calendar API event for the current employer's sports day; the description mentions 'pohovor' only "
                "in a referral-bonus note. Not a hiring process for the user.")
    return cid, files, lab


@case
def c18():
    """The owner is the interviewer: apprentice candidate interview at his current employer (forwarded invite)."""
    cid = "b226-18-owner-interviews-apprentice"
    sent = T(2026, 10, 9, 8, 12, 30, UTC)
    start, end = T(2026, 10, 14, 14, 0), T(2026, 10, 14, 14, 45)
    day = wd(start, "středa")
    luc = ("Lucie Pokorná", "lucie.pokorna@hostivar-stroje.example")
    mir = ("Miroslav Dušek", "miroslav.dusek@hostivar-stroje.example")
    me = (OWNER_NAME, OWNER_WORK)
    desc = ("Pohovor s uchazečem o učební místo (obor Obráběč kovů, spolupráce se SOŠ a SOU Praha-Hostivař): "
            "Jakub Beneš, 9. třída, přijde s maminkou.\n\n"
            "Tomáši, jako instruktor odborného výcviku prosím připrav 2–3 otázky z technického kreslení a čtení "
            "výkresů; Mirek si vezme praktickou část. Hodnoticí formulář je na sdíleném disku HR/Učni 2027.\n\n"
            "Díky, Lucie")
    f1, _, _ = google_invite(
        seed=cid, org=luc, guests=[luc, me, mir],
        subject=f"Pozvánka: Pohovor – uchazeč o učební obor Obráběč kovů (Jakub Beneš) @ {wd(start, 'st')} {start.day}. {start.month}. {start.year} {hm(start)} - {hm(end)} (SELČ) ({OWNER_WORK})",
        sent=sent, start=start, end=end, summary="Pohovor – uchazeč o učební obor Obráběč kovů (Jakub Beneš)",
        description=desc, location="Hostivařské strojírny, zasedačka Dílny (budova D)",
        when_text=f"{day} {start.day}. {MON_CS_GEN[start.month]} {start.year} ⋅ {hm(start)} – {hm(end)}",
        tz_text="Středoevropský čas – Praha", to_addr=OWNER_WORK,
        extra_headers=[("X-Forwarded-To", OWNER), ("X-Forwarded-For", f"{OWNER_WORK} {OWNER}")])
    files = {"01-pozvanka-pohovor-ucen.eml": f1}
    lab = label([], "hard", "negative/user-is-interviewer",
                "Google Calendar invitation (auto-forwarded from the work account) for an apprentice-candidate "
                "interview at the user's current employer; the user sits on the employer side as instructor/"
                "interviewer.")
    return cid, files, lab


@case
def c19():
    """Personio rejection (Absage) that refers to a past Vorstellungsgespräch with a date."""
    cid = "b226-19-personio-absage-nach-gespraech"
    sent = T(2026, 10, 30, 10, 3, 48, UTC)
    past = T(2026, 10, 20, 10, 0, tz=BER)
    day = wd(past, "Dienstag")
    cla = ("Claudia Seidel", "c.seidel@vogtland-praezision.example")
    role = "Konstrukteur Vorrichtungsbau (m/w/d)"
    text = f"""Sehr geehrter Herr Vondráček,

vielen Dank für Ihr Interesse an der Position {role} und für das angenehme Vorstellungsgespräch
am {day}, {past.day}. {MON_DE[past.month]} {past.year}, mit Herrn Ulbricht und mir.

Nach sorgfältiger Abwägung haben wir uns für einen Kandidaten entschieden, dessen Profil noch etwas
besser zu den aktuellen Anforderungen passt. Diese Entscheidung ist uns nicht leichtgefallen.

Gerne würden wir Ihre Unterlagen für künftige Vakanzen in unserem Talent-Pool speichern. Wenn Sie
einverstanden sind, bestätigen Sie dies bitte über den folgenden Link:
https://vogtland-praezision.jobs.personio.de/talent-pool/consent?token={hx(cid, 32, False)}

Für Ihren weiteren Berufsweg wünschen wir Ihnen alles Gute.

Mit freundlichen Grüßen
{cla[0]}
Personal | Vogtland Präzisionsteile GmbH | Plauen
"""
    b = "--_NmP-" + hx(cid, 16, False) + "-Part_1"
    part = multi("alternative", b, [leaf("text/plain; charset=utf-8", text),
                                    leaf("text/html; charset=utf-8", text_to_html(text, "Helvetica, Arial, sans-serif", "14px"))])
    hdrs = [("Delivered-To", OWNER), received("a7-33.smtp-out.eu-central-1.amazonses.com", "203.0.113.33", sent, cid),
            ("Return-Path", f"<0107019b{hx(cid, 24, False)}-000000@eu-central-1.amazonses.com>"),
            ("From", addr("Vogtland Präzisionsteile GmbH", "noreply@personio.de")), ("Reply-To", addr(*cla)),
            ("To", addr(OWNER_NAME, OWNER)), ("Subject", subj(f"Ihre Bewerbung als {role}")),
            ("Date", rfcdate(sent)),
            ("Message-ID", f"<0107019b{hx(cid, 24, False)}-{hx(cid + 'q', 8, False)}-000000@eu-central-1.amazonses.com>")]
    files = {"01-ihre-bewerbung-absage.eml": message(hdrs, part)}
    lab = label([], "medium", "negative/rejection",
                "Personio rejection that names a past interview date; nothing is scheduled -> negative.")
    return cid, files, lab


@case
def c20():
    """SuccessFactors self-scheduling request: slots offered, none booked."""
    cid = "b226-20-successfactors-select-slot"
    sent = T(2026, 10, 27, 9, 30, 2, UTC)
    slots = [(T(2026, 11, 3, 9, 0, tz=VIE), T(2026, 11, 3, 10, 0, tz=VIE), "Di."),
             (T(2026, 11, 4, 13, 0, tz=VIE), T(2026, 11, 4, 14, 0, tz=VIE), "Mi."),
             (T(2026, 11, 5, 10, 0, tz=VIE), T(2026, 11, 5, 11, 0, tz=VIE), "Do.")]
    for a, _, n in slots:
        wd(a, n)
    role = "Konstrukteur Armaturen / Design Engineer Valves (m/w/d)"
    slot_txt = "\n".join(f"  • {n} {a.day:02d}.{a.month:02d}.{a.year}, {hhmm(a)} – {hhmm(b)} (MEZ, Europe/Vienna)"
                         for a, b, n in slots)
    text = f"""Sehr geehrter Herr Vondráček,

vielen Dank für Ihre Bewerbung als {role}. Wir möchten Sie gerne zu einem Interview per Microsoft
Teams einladen. Bitte wählen Sie über den folgenden Link einen der verfügbaren Termine aus:

{slot_txt}

Termin auswählen: https://performancemanager5.successfactors.eu/sf/interviewscheduling?company=donauarmP&token={hx(cid, 28, False)}

Die verfügbaren Zeitfenster werden nach dem Prinzip „first come, first served" vergeben. Sobald Sie
einen Termin gewählt haben, erhalten Sie eine Bestätigung mit Kalendereinladung.

Mit freundlichen Grüßen
Talent Acquisition – Donau Armaturen GmbH, Linz

Bitte antworten Sie nicht auf diese E-Mail.
"""
    b_o = "----=_Part_" + str(int(hx(cid, 6), 16)) + "_" + str(int(hx(cid + "x", 8), 16)) + ".1792920602117"
    part = multi("alternative", b_o, [leaf("text/plain; charset=UTF-8", text),
                                      leaf("text/html; charset=UTF-8", text_to_html(text, "Arial, Helvetica, sans-serif", "13px"))])
    hdrs = [("Delivered-To", OWNER), received("mail3.successfactors.eu", "203.0.113.145", sent, cid),
            ("Return-Path", "<bounce@successfactors.eu>"), ("Date", rfcdate(sent)),
            ("From", addr("Donau Armaturen Careers", "no-reply@successfactors.eu")), ("To", OWNER),
            ("Message-ID", f"<1792920602117.{int(hx(cid, 6), 16)}.JavaMail.sfapp@pc12bcf61>"),
            ("Subject", subj(f"Bitte wählen Sie Ihren Interviewtermin – {role}")), ("X-SF-Company", "donauarmP")]
    files = {"01-interviewtermin-auswaehlen.eml": message(hdrs, part)}
    lab = label([], "hard", "negative/not-yet-scheduled",
                "SuccessFactors Interview Scheduling self-scheduling mail: three offered slots, nothing booked "
                "(availability request / unbooked scheduling link).")
    return cid, files, lab


@case
def c21():
    """Take-home CAD test with a 48-hour .ics window (assessment, not an interview)."""
    cid = "b226-21-online-cad-test-assessment"
    sent = T(2026, 10, 22, 15, 40, 11)
    start, end = T(2026, 10, 26, 8, 0), T(2026, 10, 28, 8, 0)
    day = wd(start, "pondělí")
    ter = ("Tereza Holubová", "tereza.holubova@prodesign-ostrava.example")
    body = f"""Dobrý den, pane Vondráčku,

děkujeme za Váš zájem o pozici Konstruktér ocelových konstrukcí. Dalším krokem výběrového řízení
je samostatný online test v SolidWorks: zadání (výkresová dokumentace svařence) Vám přijde
v {day} {start.day}. {start.month}. v {hm(start)} e-mailem a na vypracování máte 48 hodin, tj. do středy {end.day}. {end.month}. {hm(end)}.
Hotový model a výkres nahrajete přes odkaz v zadání.

Po vyhodnocení testu se Vám ozveme ohledně případného osobního pohovoru.

Do kalendáře posílám připomínku s časovým oknem testu.

S pozdravem
Tereza Holubová
recruiter | ProDesign Engineering s.r.o. | Ostrava"""
    wd(end, "středa")
    cal = ics(["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
               "METHOD:PUBLISH"] + vtimezone_windows("Central Europe Standard Time") +
              ["BEGIN:VEVENT", f"DTSTAMP:{ical_utc(sent)}",
               f"DTSTART;TZID=Central Europe Standard Time:{ical_local(start)}",
               f"DTEND;TZID=Central Europe Standard Time:{ical_local(end)}",
               "SUMMARY;LANGUAGE=cs-CZ:" + ics_esc("Online test CAD (SolidWorks) – ProDesign Engineering – časové okno 48 h"),
               "DESCRIPTION;LANGUAGE=cs-CZ:" + ics_esc("Samostatný test, zadání přijde e-mailem. Odevzdání do 48 hodin."),
               f"UID:040000008200E00074C5B7101A82E00800000000{hx(cid, 16)}000000000000000010000000{hx(cid + '2', 32)}",
               f"ORGANIZER;CN={ter[0]}:mailto:{ter[1]}", "TRANSP:TRANSPARENT", "X-MICROSOFT-CDO-BUSYSTATUS:FREE",
               "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    mid, pod = outlook_mid(cid, "DB9PR02MB")
    b = f"_004_{pod}{hx(cid + 'b', 20)}prodoutlookcom_"
    b2 = f"_000_{pod}{hx(cid + 'c', 20)}prodoutlookcom_"
    part = multi("mixed", b, [multi("alternative", b2, [leaf('text/plain; charset="utf-8"', body + "\n"),
                                                        leaf('text/html; charset="utf-8"', text_to_html(body))]),
                              leaf('text/calendar; name="Online test CAD.ics"', cal, "base64",
                                   [("Content-Description", "Online test CAD.ics"),
                                    ("Content-Disposition", 'attachment; filename="Online test CAD.ics"')])])
    hdrs = [("Delivered-To", OWNER),
            received("mail-db8eur05on2109.outbound.protection.outlook.com", "203.0.113.109", sent, cid),
            ("Return-Path", f"<{ter[1]}>"), ("From", addr(*ter)), ("To", addr(OWNER_NAME, OWNER)),
            ("Subject", subj("Výběrové řízení – online test CAD")), ("Date", rfcdate(sent.astimezone(UTC))),
            ("Message-ID", mid), ("Accept-Language", "cs-CZ, en-US"), ("Content-Language", "cs-CZ"),
            ("X-MS-Has-Attach", "yes"), ("X-MS-TNEF-Correlator", "")]
    files = {"01-online-test-cad.eml": message(hdrs, part)}
    lab = label([], "hard", "negative/assessment",
                "Take-home CAD test with a 48 h calendar window (Mon 26 Oct 08:00 CET to Wed 28 Oct); the interview "
                "is only promised 'after evaluation'. Contrast with b226-06, where the CAD test is part of the onsite day.")
    return cid, files, lab


@case
def c22():
    """Job-board alert + article 'pozvánka na pohovor' (base64 HTML newsletter)."""
    cid = "b226-22-job-alert-tipy-na-pohovor"
    sent = T(2026, 10, 18, 7, 0, 4)
    wd(sent, "neděle")
    jobs = [("Konstruktér – jednoúčelové stroje", "Praha 9", "55 000 – 70 000 Kč"),
            ("Mechanical Design Engineer (CZ/EN)", "Praha 5", "65 000 – 85 000 Kč"),
            ("Konstruktér ocelových konstrukcí", "Kladno", "50 000 – 62 000 Kč"),
            ("Konstrukteur Maschinenbau – Homeoffice CZ", "Praha / remote", "podle dohody"),
            ("Vývojový konstruktér – převodovky", "Mladá Boleslav", "60 000 – 75 000 Kč")]
    plain = "Nové nabídky pro Vás – Konstruktér, Praha a okolí\n\n" + "\n".join(
        f"• {a} | {b} | {c}\n  https://www.jobsportal-cz.example/rpd/{2200000 + i * 7331}" for i, (a, b, c) in enumerate(jobs)) + """

Z magazínu:
Pozvánka na pohovor? 7 otázek, které na osobním pohovoru padnou vždycky
Vorstellungsgespräch v němčině: jak se připravit na pohovor do Německa a Rakouska
Pohovor přes Teams: technika, světlo a co mít na stole

Zaměstnavatel si prohlédl Váš životopis: 2× tento týden

Upozornění odebíráte, protože jste si nastavil(a) hlídacího psa „Konstruktér, Praha".
Odhlásit: https://www.jobsportal-cz.example/hlidaci-pes/odhlasit?u=2214587
"""
    rows = "".join(f'<tr><td style="padding:12px 0;border-bottom:1px solid #e5e7eb"><a href="https://www.jobsportal-cz.example/rpd/{2200000 + i * 7331}" '
                   f'style="color:#0b57d0;font-size:17px;font-weight:bold">{html.escape(a)}</a><br>'
                   f'<span style="color:#4b5563">{html.escape(b)} &middot; {html.escape(c)}</span></td></tr>\n'
                   for i, (a, b, c) in enumerate(jobs))
    htm = ('<!DOCTYPE html><html lang="cs"><head><meta charset="utf-8"><title>Nové nabídky</title></head><body style="margin:0;background:#f3f4f6">\n'
           '<table width="100%"><tr><td align="center"><table width="600" style="background:#fff;font-family:Arial,sans-serif">\n'
           '<tr><td style="background:#0b57d0;color:#fff;padding:16px 24px;font-size:20px"><b>JobsPortal.cz</b> &middot; Nové nabídky pro Vás</td></tr>\n'
           f'<tr><td style="padding:8px 24px"><table width="100%">\n{rows}</table></td></tr>\n'
           '<tr><td style="padding:16px 24px;background:#fef3c7"><b>Z magazínu</b><br>'
           '<a href="https://www.jobsportal-cz.example/magazin/otazky-na-pohovoru">Pozvánka na pohovor? 7 otázek, které na osobním pohovoru padnou vždycky</a><br>'
           '<a href="https://www.jobsportal-cz.example/magazin/vorstellungsgespraech">Vorstellungsgespräch v němčině: jak se připravit na pohovor do Německa a Rakouska</a><br>'
           '<a href="https://www.jobsportal-cz.example/magazin/pohovor-pres-teams">Pohovor přes Teams: technika, světlo a co mít na stole</a></td></tr>\n'
           '<tr><td style="padding:12px 24px;font-size:12px;color:#6b7280">Upozornění odebíráte, protože jste si nastavil(a) hlídacího psa „Konstruktér, Praha". '
           '<a href="https://www.jobsportal-cz.example/hlidaci-pes/odhlasit?u=2214587">Odhlásit</a></td></tr>\n'
           '</table></td></tr></table></body></html>\n')
    part = multi("alternative", "=_alert_" + hx(cid, 24, False),
                 [leaf("text/plain; charset=utf-8", plain, "base64"), leaf("text/html; charset=utf-8", htm, "base64")])
    hdrs = [("Delivered-To", OWNER), received("out7.mail.jobsportal-cz.example", "192.0.2.27", sent, cid),
            ("Return-Path", "<bounce-alert-2214587@mail.jobsportal-cz.example>"),
            ("From", addr("JobsPortal.cz", "upozorneni@mail.jobsportal-cz.example")), ("To", OWNER),
            ("Subject", subj("5 nových nabídek: Konstruktér, Praha + Pozvánka na pohovor? 7 otázek")),
            ("Date", rfcdate(sent)), ("Message-ID", f"<alert.2214587.20261018@mail.jobsportal-cz.example>"),
            ("List-Unsubscribe", "<https://www.jobsportal-cz.example/hlidaci-pes/odhlasit?u=2214587>"),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")]
    files = {"01-nove-nabidky-konstrukter.eml": message(hdrs, part)}
    lab = label([], "easy", "negative/job-alert",
                "Job-board alert with magazine teasers full of 'pohovor' / 'Vorstellungsgespräch'; no interview.")
    return cid, files, lab


# ============================================================================= main
def main():
    for name in sorted(os.listdir(HERE)):
        if name.startswith("b226-") and os.path.isdir(os.path.join(HERE, name)):
            shutil.rmtree(os.path.join(HERE, name))
    labels = {}
    for i, fn in enumerate(CASES, 1):
        cid, files, lab = fn()
        assert cid.startswith(f"b226-{i:02d}-"), cid
        assert cid not in labels
        for fname, data in files.items():
            assert fname[:3] == f"{int(fname[:2]):02d}-", fname
            write(os.path.join(HERE, cid, fname), data)
        labels[cid] = lab
    head = ("# Labels for blind226 (written blind). Generated by make_cases.py - do not edit by hand.\n"
            "# Schema: see shared/eval/README.md.\n")
    out = yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, default_flow_style=False, width=100)
    write(os.path.join(HERE, "labels.yaml"), head + out)
    pos = sum(1 for v in labels.values() if v["interview"])
    ivs = [i for v in labels.values() for i in v["interviews"]]
    print(f"{len(labels)} cases, {pos} positive, {len(labels) - pos} negative, {len(ivs)} interviews "
          f"({sum(i['status'] == 'scheduled' for i in ivs)} scheduled, {sum(i['status'] == 'cancelled' for i in ivs)} cancelled)")


if __name__ == "__main__":
    main()
