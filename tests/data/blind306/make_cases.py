#!/usr/bin/env python3
"""Generate the blind306 evaluation set (Addis Ababa public-health job search, Amharic + English).

Deletes and rewrites every b306-* case folder, labels.yaml and README.md next to this script.
Standard library + PyYAML + zoneinfo only. Output is byte-identical on every run: all dates are
fixed and every Message-ID, UID, meeting id and MIME boundary is derived from a hash of a seed.
"""
import base64
import datetime as dt
import hashlib
import html
import json
import quopri
import shutil
from email.header import Header
from email.utils import format_datetime, formataddr
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

OUT = Path(__file__).resolve().parent
PREFIX = "b306"
SEED = "blind306-addis-ababa-v1"
OWNER = "hiwot.tesfaye@example.com"
OWNER_NAME = "Hiwot Tesfaye"
OWNER_AM = "ሕይወት ተስፋዬ"

UTC = dt.timezone.utc
ADDIS = ZoneInfo("Africa/Addis_Ababa")
NAIROBI = ZoneInfo("Africa/Nairobi")
ZURICH = ZoneInfo("Europe/Zurich")
NEWYORK = ZoneInfo("America/New_York")
LONDON = ZoneInfo("Europe/London")


# ----------------------------------------------------------------------------------------------
# deterministic ids
# ----------------------------------------------------------------------------------------------
def hx(*parts, n=32):
    raw = "|".join((SEED,) + tuple(str(p) for p in parts)).encode("utf-8")
    return hashlib.sha256(raw).hexdigest()[:n]


def uuidish(*parts):
    h = hx(*parts)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def digits(*parts, n=10):
    return "".join(str(int(c, 16) % 10) for c in hx(*parts, n=n))


def alnum(*parts, n=26):
    alphabet = "abcdefghijklmnopqrstuvwxyz0123456789"
    h = "".join(hx(*parts, blk) for blk in range(n // 16 + 1))
    return "".join(alphabet[int(h[2 * i:2 * i + 2], 16) % 36] for i in range(n))


def boundary(*parts):
    return "0000000000" + hx("bnd", *parts, n=18)


# ----------------------------------------------------------------------------------------------
# time helpers with assertions (weekday + UTC offset, 2026 DST)
# ----------------------------------------------------------------------------------------------
def at(y, mo, d, h, mi, tz, wd, off, s=0):
    """Aware datetime; asserts the weekday name (Mon..Sun) and the UTC offset ('+03:00')."""
    x = dt.datetime(y, mo, d, h, mi, s, tzinfo=tz)
    assert x.strftime("%a") == wd, (x, x.strftime("%a"), wd)
    sign = -1 if off[0] == "-" else 1
    exp = sign * dt.timedelta(hours=int(off[1:3]), minutes=int(off[4:6]))
    assert x.utcoffset() == exp, (x, x.utcoffset(), off)
    return x


def check_dst_2026():
    def off(tz, m, d, h=12):
        return dt.datetime(2026, m, d, h, tzinfo=tz).utcoffset().total_seconds() / 3600

    assert off(NEWYORK, 3, 7) == -5 and off(NEWYORK, 3, 9) == -4          # US: Mar 8
    assert off(NEWYORK, 10, 31) == -4 and off(NEWYORK, 11, 2) == -5       # US: Nov 1
    assert off(NEWYORK, 11, 1, 0) == -4 and off(NEWYORK, 11, 1, 3) == -5
    assert off(ZURICH, 3, 28) == 1 and off(ZURICH, 3, 30) == 2            # EU: Mar 29
    assert off(ZURICH, 10, 24) == 2 and off(ZURICH, 10, 26) == 1          # EU: Oct 25
    assert off(LONDON, 3, 28) == 0 and off(LONDON, 3, 30) == 1
    assert off(LONDON, 10, 24) == 1 and off(LONDON, 10, 26) == 0
    for tz in (ADDIS, NAIROBI):                                           # no DST in East Africa
        for m in range(1, 13):
            assert off(tz, m, 15) == 3


# Amharic calendar vocabulary
AM_WEEKDAYS = ["ሰኞ", "ማክሰኞ", "ረቡዕ", "ሐሙስ", "ዓርብ", "ቅዳሜ", "እሑድ"]
AM_GREG_MONTHS = ["ጃንዩወሪ", "ፌብሩወሪ", "ማርች", "ኤፕሪል", "ሜይ", "ጁን", "ጁላይ", "ኦገስት",
                  "ሴፕቴምበር", "ኦክቶበር", "ኖቬምበር", "ዲሴምበር"]
ETH_MONTHS = ["መስከረም", "ጥቅምት", "ኅዳር", "ታኅሣሥ", "ጥር", "የካቲት", "መጋቢት", "ሚያዝያ",
              "ግንቦት", "ሰኔ", "ሐምሌ", "ነሐሴ", "ጳጉሜ"]


def eth_to_greg(y, m, d):
    """Ethiopian (Amete Mihret) date -> Gregorian date via the Julian Day Number."""
    jdn = 1724220 + 365 * (y - 1) + y // 4 + 30 * (m - 1) + d
    return dt.date.fromordinal(jdn - 1721425)


def greg_to_eth(date):
    for y in (date.year - 8, date.year - 7):
        for m in range(1, 14):
            for d in range(1, 31):
                if m == 13 and d > 6:
                    break
                if eth_to_greg(y, m, d) == date:
                    return y, m, d
    raise ValueError(date)


def eth_date(x):
    """'ጥቅምት 4 ቀን 2019 ዓ.ም.' for a Gregorian datetime/date."""
    y, m, d = greg_to_eth(x.date() if isinstance(x, dt.datetime) else x)
    return f"{ETH_MONTHS[m - 1]} {d} ቀን {y} ዓ.ም."


def eth_hour(x):
    """Ethiopian clock: hours counted from 06:00 / 18:00 (10:00 Western -> 4:00)."""
    h = (x.hour - 6) % 12 or 12
    return f"{h}:{x.minute:02d}"


def am_greg(x, weekday=True):
    s = f"{AM_GREG_MONTHS[x.month - 1]} {x.day}"
    return f"{AM_WEEKDAYS[x.weekday()]} {s}" if weekday else s


def west(x):
    """'10:00 AM' / '2:30 PM'."""
    h = x.hour % 12 or 12
    return f"{h}:{x.minute:02d} {'AM' if x.hour < 12 else 'PM'}"


def gclock(x):
    """Google Calendar style: 11am, 12:15pm."""
    h = x.hour % 12 or 12
    m = f":{x.minute:02d}" if x.minute else ""
    return f"{h}{m}{'am' if x.hour < 12 else 'pm'}"


def check_calendar_helpers():
    assert eth_to_greg(2019, 1, 1) == dt.date(2026, 9, 11)    # Enkutatash 2019 E.C.
    assert eth_to_greg(2016, 1, 1) == dt.date(2023, 9, 12)    # year after a Pagume-6 year
    assert eth_to_greg(2019, 2, 4) == dt.date(2026, 10, 14)   # brief: ጥቅምት 4 = 14 October 2026
    assert eth_to_greg(2019, 2, 12) == dt.date(2026, 10, 22)
    assert eth_to_greg(2019, 3, 1) == dt.date(2026, 11, 10)
    assert eth_hour(dt.datetime(2026, 1, 1, 10, 0)) == "4:00"
    assert eth_hour(dt.datetime(2026, 1, 1, 14, 0)) == "8:00"
    assert eth_hour(dt.datetime(2026, 1, 1, 9, 30)) == "3:30"
    assert eth_hour(dt.datetime(2026, 1, 1, 15, 0)) == "9:00"


def utc(x):
    return x.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def local(x):
    return x.strftime("%Y%m%dT%H%M%S")


# ----------------------------------------------------------------------------------------------
# iCalendar
# ----------------------------------------------------------------------------------------------
def ics_text(s):
    return (s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def cn(name):
    return f'"{name}"' if any(c in name for c in ',;:') else name


def fold(line):
    out, cur = [], ""
    for ch in line:
        if len((cur + ch).encode("utf-8")) > 75:
            out.append(cur)
            cur = " " + ch
        else:
            cur += ch
    out.append(cur)
    return "\r\n".join(out)


def ics(lines):
    text = "".join(fold(l) + "\r\n" for l in lines)
    assert text.startswith("BEGIN:VCALENDAR\r\n") and text.endswith("END:VCALENDAR\r\n")
    return text


VTIMEZONE = {
    "Africa/Addis_Ababa": [
        "BEGIN:VTIMEZONE", "TZID:Africa/Addis_Ababa", "X-LIC-LOCATION:Africa/Addis_Ababa",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0300", "TZOFFSETTO:+0300", "TZNAME:EAT",
        "DTSTART:19700101T000000", "END:STANDARD", "END:VTIMEZONE"],
    "Europe/Zurich": [
        "BEGIN:VTIMEZONE", "TZID:Europe/Zurich", "X-LIC-LOCATION:Europe/Zurich",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST",
        "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET",
        "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
        "END:VTIMEZONE"],
    "America/New_York": [
        "BEGIN:VTIMEZONE", "TZID:America/New_York", "X-LIC-LOCATION:America/New_York",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400", "TZNAME:EDT",
        "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "TZNAME:EST",
        "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
        "END:VTIMEZONE"],
    "E. Africa Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:E. Africa Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T000000", "TZOFFSETFROM:+0300", "TZOFFSETTO:+0300",
        "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T000000", "TZOFFSETFROM:+0300",
        "TZOFFSETTO:+0300", "END:DAYLIGHT", "END:VTIMEZONE"],
}


# ----------------------------------------------------------------------------------------------
# MIME
# ----------------------------------------------------------------------------------------------
def A(name, email):
    return formataddr((name, email), charset="utf-8") if name else email


def AL(pairs):
    return ", ".join(A(n, e) for n, e in pairs)


def subj(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8", header_name="Subject").encode(linesep="\n")


def leaf(ctype, content, cte, extra=()):
    data = content if isinstance(content, bytes) else content.encode("utf-8")
    if cte == "base64":
        body = base64.encodebytes(data).decode("ascii")
    elif cte == "quoted-printable":
        body = quopri.encodestring(data).decode("ascii")
    else:
        body = data.decode("ascii")
    if not body.endswith("\n"):
        body += "\n"
    head = [f"Content-Type: {ctype}", f"Content-Transfer-Encoding: {cte}", *extra]
    return "\n".join(head) + "\n\n" + body


def multi(subtype, bnd, parts):
    out = f'Content-Type: multipart/{subtype}; boundary="{bnd}"\n\n'
    for p in parts:
        out += f"--{bnd}\n{p}\n"
    return out + f"--{bnd}--\n"


def plain(text, cte="quoted-printable", fmt=False):
    extra = '; format=flowed; delsp=yes' if fmt else ''
    return leaf(f'text/plain; charset="UTF-8"{extra}', text, cte)


def to_html(text, style="font-family:Arial,Helvetica,sans-serif;font-size:14px"):
    paras = []
    for block in text.strip("\n").split("\n\n"):
        lines = [html.escape(l) for l in block.split("\n")]
        paras.append("<p>" + "<br>".join(lines) + "</p>")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            f'</head><body><div dir="auto" style="{style}">\n' + "\n".join(paras)
            + "\n</div></body></html>\n")


def htmlpart(text_or_html, cte="quoted-printable", raw=False):
    body = text_or_html if raw else to_html(text_or_html)
    return leaf('text/html; charset="UTF-8"', body, cte)


def ics_attachment(name, text, method=None, ctype="text/calendar"):
    params = f'; charset="UTF-8"; method={method}' if method else ""
    return leaf(f'{ctype}{params}; name="{name}"', text.encode("utf-8"), "base64",
                [f'Content-Disposition: attachment; filename="{name}"'])


def received(host, ip, when, key):
    return (f"from {host} ({host} [{ip}])\n        by mx.example.com with ESMTPS id "
            f"{hx('rcv', key, n=12)}\n        for <{OWNER}>;\n        {format_datetime(when)}")


def message(headers, body):
    lines = [f"{k}: {v}" for k, v in headers if v is not None]
    return ("\n".join(lines) + "\nMIME-Version: 1.0\n" + body).encode("ascii")


def mid(case, n, domain, style="plain"):
    h = hx("mid", case, n)
    if style == "outlook":
        return f"<{h[:30].upper()}@{domain}>"
    if style == "gmail":
        return f"<CA+{alnum('gm', case, n, n=40)}@mail.gmail.com>"
    return f"<{h[:8]}.{h[8:20]}.{h[20:28]}@{domain}>"


def mail(key, *, frm, to, date, subject, text, msgid, cc=None, reply_to=None, html_body=None,
         cte="quoted-printable", html_cte="quoted-printable", irt=None, refs=None,
         attachments=(), host="mail.example.org", ip="198.51.100.24", return_path=None,
         extra=(), html_raw=False):
    body = plain(text, cte)
    if html_body is not None:
        body = multi("alternative", boundary(key, "alt"),
                     [body, htmlpart(html_body, html_cte, raw=html_raw)])
    if attachments:
        body = multi("mixed", boundary(key, "mix"), [body, *attachments])
    rp = return_path or frm[1]
    headers = [
        ("Delivered-To", OWNER),
        ("Received", received(host, ip, date, key)),
        ("Return-Path", f"<{rp}>"),
        ("From", A(*frm)),
        ("Reply-To", A(*reply_to) if reply_to else None),
        ("To", AL(to)),
        ("Cc", AL(cc) if cc else None),
        ("Subject", subj(subject)),
        ("Date", format_datetime(date)),
        ("Message-ID", msgid),
        ("In-Reply-To", irt),
        ("References", " ".join(refs) if refs else None),
        *extra,
    ]
    return message(headers, body)


# ----------------------------------------------------------------------------------------------
# Google Calendar invitations (multipart/mixed: text, html, text/calendar REQUEST, invite.ics)
# ----------------------------------------------------------------------------------------------
GOOGLE_FOOTER = (
    "Invitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
    "You are receiving this email because you are an attendee on the event.\n\n"
    "Forwarding this invitation could allow any recipient to send a response to the organizer, "
    "be added to the guest list, invite others regardless of their own invitation status, or "
    "modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding")


def google_invite(key, *, org, guests, summary, start, end, uid, seq, desc, sent, location="",
                  meet=None, updated=False, created=None):
    s, e = start.astimezone(ADDIS), end.astimezone(ADDIS)
    eid = base64.b64encode(f"{uid.split('@')[0]} {OWNER}".encode()).decode().rstrip("=")
    view = f"https://calendar.google.com/calendar/event?action=VIEW&eid={eid}"
    when_subj = f"{s:%a} {s:%b} {s.day}, {s.year} {gclock(s)} - {gclock(e)} (EAT)"
    prefix = "Updated invitation" if updated else "Invitation"
    subject = f"{prefix}: {summary} @ {when_subj} ({OWNER})"
    lines = []
    if updated:
        lines += ["This event has been updated", "Changed: time", ""]
    lines += [summary, f"{s:%A} {s:%b} {s.day}, {s.year} ⋅ {gclock(s)} – {gclock(e)}",
              "East Africa Time - Addis Ababa", ""]
    if location:
        lines += ["Location", location, ""]
    if meet:
        lines += ["Join with Google Meet", meet, ""]
    lines += ["Organizer", org[0], org[1], "", "Guests"]
    for name, email in guests:
        lines += [f"{name} - organizer" if email == org[1] else name, email]
    lines += [f"View all guest info {view}", "", desc.strip("\n"), "",
              f"Reply for {OWNER} and view more details {view}", "", "", "~~//~~", GOOGLE_FOOTER]
    text = "\n".join(lines) + "\n"
    cal = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
           "CALSCALE:GREGORIAN", "METHOD:REQUEST", "BEGIN:VEVENT",
           f"DTSTART:{utc(start)}", f"DTEND:{utc(end)}", f"DTSTAMP:{utc(sent)}",
           f"ORGANIZER;CN={cn(org[0])}:mailto:{org[1]}", f"UID:{uid}"]
    for name, email in guests:
        part = "ACCEPTED" if email == org[1] else "NEEDS-ACTION"
        cal.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={part};RSVP=TRUE"
                   f";CN={cn(name)};X-NUM-GUESTS=0:mailto:{email}")
    if meet:
        cal.append(f"X-GOOGLE-CONFERENCE:{meet}")
    cal += [f"CREATED:{utc(created or sent)}", f"DESCRIPTION:{ics_text(desc.strip())}",
            f"LAST-MODIFIED:{utc(sent)}", f"LOCATION:{ics_text(location)}", f"SEQUENCE:{seq}",
            "STATUS:CONFIRMED", f"SUMMARY:{ics_text(summary)}", "TRANSP:OPAQUE",
            "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder",
            "TRIGGER:-P0DT0H30M0S", "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    cal_text = ics(cal)
    alt = multi("alternative", boundary(key, "galt"), [
        plain(text, "base64", fmt=True),
        htmlpart(text),
        leaf('text/calendar; charset="UTF-8"; method=REQUEST', cal_text.encode(), "base64"),
    ])
    body = multi("mixed", boundary(key, "gmix"), [
        alt, ics_attachment("invite.ics", cal_text, ctype="application/ics")])
    headers = [
        ("Delivered-To", OWNER),
        ("Received", received("mail-sor-f69.google.com", "209.85.220.69", sent, key)),
        ("Return-Path", f"<{alnum('rp', key, n=20)}@calendar-server.bounces.google.com>"),
        ("Reply-To", A(*org)),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("Message-ID", f"<calendar-{uuidish('gcal', key)}@google.com>"),
        ("Date", format_datetime(sent.astimezone(UTC))),
        ("Subject", subj(subject)),
        ("From", A(*org)),
        ("To", OWNER),
    ]
    return message(headers, body)


# ----------------------------------------------------------------------------------------------
# Exchange / Teams invitations (multipart/alternative with text/calendar)
# ----------------------------------------------------------------------------------------------
def teams_block(key):
    tid, oid = uuidish("tid", key), uuidish("oid", key)
    mtg = alnum("mtg", key, n=40)
    join = (f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mtg}%40thread.v2/0?"
            f"context=%7b%22Tid%22%3a%22{tid}%22%2c%22Oid%22%3a%22{oid}%22%7d")
    d = digits("mid", key, n=12)
    text = ("_" * 80 + "\nMicrosoft Teams meeting\n"
            "Join on your computer, mobile app or room device\n"
            f"Click here to join the meeting<{join}>\n"
            f"Meeting ID: {d[:3]} {d[3:6]} {d[6:9]} {d[9:12]}\n"
            f"Passcode: {alnum('pc', key, n=6)}\n"
            "Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | "
            "Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
            "Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams."
            f"microsoft.com/meetingOptions/?organizerId={oid}&tenantId={tid}>\n" + "_" * 80 + "\n")
    return join, text


def outlook_when(s, e, label="(UTC+03:00) Nairobi"):
    return (f"When: {s:%A}, {s:%B} {s.day}, {s.year} {west(s)}-{west(e)} {label}.\n"
            "Where: Microsoft Teams Meeting\n\n" + "*~" * 9 + "*\n\n")


def teams_invite(key, *, org, attendees, subject, start, end, uid, seq, body, sent,
                 method="REQUEST", host="AM6PR08MB4471.eurprd08.prod.outlook.com",
                 outbound="EUR05-AM6-obe.outbound.protection.outlook.com", teams_key=None):
    s, e = start.astimezone(ADDIS), end.astimezone(ADDIS)
    join, block = teams_block(teams_key or key)
    cancel = method == "CANCEL"
    text = outlook_when(s, e) + body.strip("\n") + "\n\n" + block
    tz = "E. Africa Standard Time"
    cal = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010",
           "VERSION:2.0", *VTIMEZONE[tz], "BEGIN:VEVENT",
           f"ORGANIZER;CN={cn(org[0])}:mailto:{org[1]}"]
    for name, email in attendees:
        cal.append(f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={cn(name)}"
                   f":mailto:{email}")
    cal += [f"DESCRIPTION;LANGUAGE=en-US:{ics_text(text)}", f"UID:{uid}",
            f"SUMMARY;LANGUAGE=en-US:{ics_text(('Canceled: ' if cancel else '') + subject)}",
            f"DTSTART;TZID={tz}:{local(s)}", f"DTEND;TZID={tz}:{local(e)}", "CLASS:PUBLIC",
            "PRIORITY:1" if cancel else "PRIORITY:5", f"DTSTAMP:{utc(sent)}", "TRANSP:OPAQUE",
            "STATUS:CANCELLED" if cancel else "STATUS:CONFIRMED", f"SEQUENCE:{seq}",
            "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting",
            f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
            f"X-MICROSOFT-CDO-OWNERAPPTID:-{digits('appt', uid, n=10)}",
            "X-MICROSOFT-CDO-BUSYSTATUS:FREE" if cancel else "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
            "X-MICROSOFT-CDO-INTENDEDSTATUS:FREE" if cancel else "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
            "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
            "X-MICROSOFT-CDO-IMPORTANCE:2" if cancel else "X-MICROSOFT-CDO-IMPORTANCE:1",
            "X-MICROSOFT-CDO-INSTTYPE:0", f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{join}",
            "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
            "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT",
            "X-MICROSOFT-LOCATIONDISPLAYNAME:Microsoft Teams Meeting"]
    if not cancel:
        cal += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M",
                "ACTION:DISPLAY", "END:VALARM"]
    cal += ["END:VEVENT", "END:VCALENDAR"]
    alt = multi("alternative", "_000_" + hx("obnd", key, n=28).upper() + "prodoutlookcom_", [
        plain(text),
        htmlpart(text),
        leaf(f'text/calendar; charset="UTF-8"; method={method}', ics(cal).encode(), "base64"),
    ])
    full_subject = ("Canceled: " if cancel else "") + subject
    domain = host.split(".", 1)[1]
    headers = [
        ("Delivered-To", OWNER),
        ("Received", received(outbound, "40.107.22.87", sent, key)),
        ("Return-Path", f"<{org[1]}>"),
        ("From", A(*org)),
        ("To", AL(attendees)),
        ("Subject", subj(full_subject)),
        ("Thread-Topic", subj(subject)),
        ("Thread-Index", base64.b64encode(bytes.fromhex(hx("ti", uid, n=44))).decode()),
        ("Date", format_datetime(sent.astimezone(UTC))),
        ("Message-ID", f"<{hx('omid', key, n=40).upper()}@{host.split('.')[0]}.{domain}>"),
        ("Accept-Language", "en-US"),
        ("Content-Language", "en-US"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("Content-class", "urn:content-classes:calendarmessage"),
        ("x-ms-publictraffictype", "Email"),
    ]
    return message(headers, alt)


# ----------------------------------------------------------------------------------------------
# labels
# ----------------------------------------------------------------------------------------------
def iv(company, role, start, end, status, interviewers, followups, kind):
    return {"company": company, "role": role, "start": start.isoformat(),
            "end": end.isoformat() if end else None, "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(followups),
            "kind": kind}


def label(interviews, difficulty, category, notes):
    return {"user": OWNER, "interview": bool(interviews), "interviews": interviews,
            "difficulty": difficulty, "category": category, "notes": notes,
            "source": "synthetic"}


CASES = []   # (slug, [(filename, bytes)], label)


def case(slug):
    def deco(fn):
        CASES.append((slug, fn))
        return fn
    return deco


# ==============================================================================================
# POSITIVE CASES
# ==============================================================================================
@case("hr-call-amharic-tomorrow-eth-hour")
def c_hr_call():
    k = "c01"
    sent = at(2026, 10, 6, 16, 40, ADDIS, "Tue", "+03:00", 12)
    start = at(2026, 10, 7, 10, 0, ADDIS, "Wed", "+03:00")
    end = start + dt.timedelta(minutes=30)
    assert start.date() == sent.date() + dt.timedelta(days=1)
    assert eth_hour(start) == "4:00" and west(start) == "10:00 AM"
    rec = ("Selamawit Girma", "selamawit.girma@horizonnutrition.example")
    text = f"""ሰላም ሕይወት፣

ለ Nutrition Program Officer (Public Health) የስራ መደብ ላቀረቡት ማመልከቻ እናመሰግናለን። ማመልከቻዎን ከገመገምን በኋላ ለመጀመሪያ ዙር የስልክ ቃለ መጠይቅ እንጋብዝዎታለን።

ነገ {AM_WEEKDAYS[start.weekday()]} ከጠዋቱ {eth_hour(start)} ሰዓት ({west(start)}) ላይ በማመልከቻዎ ላይ ባስቀመጡት ስልክ ቁጥር (+251 91 ...) እደውልልዎታለሁ። ቃለ መጠይቁ በግምት 30 ደቂቃ ይወስዳል፤ ስለ ስራ ልምድዎ፣ ስለ ደመወዝ ፍላጎትዎ እና መቼ ስራ መጀመር እንደሚችሉ እንነጋገራለን።

ሰዓቱ የማይመችዎ ከሆነ እባክዎ ዛሬ ማታ ድረስ በዚህ ኢሜይል ያሳውቁኝ።

እናመሰግናለን፣
ሰላማዊት ግርማ
የሰው ሀብት ኦፊሰር | Horizon Nutrition International – Ethiopia Country Office
Bole Sub-city, Addis Ababa
"""
    m = mail(k, frm=rec, to=[(OWNER_NAME, OWNER)], date=sent,
             subject="የስልክ ቃለ መጠይቅ ግብዣ – Nutrition Program Officer",
             text=text, msgid=mid(k, 1, "horizonnutrition.example"), cte="base64",
             host="mail.horizonnutrition.example", ip="196.188.34.17")
    lab = label([iv("Horizon Nutrition International", "Nutrition Program Officer (Public Health)",
                    start, end, "scheduled", [rec[1]], [rec[1]], "phone_screen")],
                "hard", "positive/email-body-only-amharic",
                "Amharic body only. 'ነገ' (tomorrow) resolved against the Tue 6 Oct Date header; "
                "Ethiopian clock 'ከጠዋቱ 4:00 ሰዓት' = 10:00 AM (also written). Recruiter calls -> "
                "she is the interviewer; 30 minutes stated.")
    return [("01-horizon-phone-screen.eml", m)], lab


@case("un-inspira-competency-panel-teams")
def c_un_panel():
    k = "c02"
    n1 = at(2026, 10, 8, 6, 12, UTC, "Thu", "+00:00", 41)
    sent = at(2026, 10, 9, 8, 5, UTC, "Fri", "+00:00", 19)
    start = at(2026, 10, 14, 14, 0, ADDIS, "Wed", "+03:00")
    end = start + dt.timedelta(hours=1)
    assert eth_date(start) == "ጥቅምት 4 ቀን 2019 ዓ.ም." and eth_hour(start) == "8:00"
    role = "Health Specialist (Maternal, Newborn and Child Health), NOC"
    inspira = f"""Dear Hiwot Tesfaye,

Job Opening ID: 26-HEALTH-UNOHC-81234-NO-ADDIS ABABA (R)
Job Title: {role}
Duty Station: ADDIS ABABA

Following the review of applications and the results of the technical assessment, we are pleased to inform you that you have been shortlisted for a competency-based interview for the above job opening.

The interview will focus on the competencies listed in the job opening, in particular Professionalism, Planning and Organizing, Communication and Teamwork. A member of the Human Resources team will contact you separately with the date, time and joining instructions.

Please make sure your Personal History Profile in the careers portal is complete and up to date.

This is a system-generated message. Replies to this address are not monitored.

Human Resources Section
United Nations Office for Health Coordination (UNOHC)
"""
    m1 = mail(k + "a", frm=("UNOHC Careers Portal (Inspira)", "inspira-donotreply@unohc.example"),
              to=[(OWNER_NAME, OWNER)], date=n1,
              subject=f"Inspira: Shortlisting for interview - {role}",
              text=inspira, msgid=mid(k, 1, "inspira.unohc.example"),
              html_body=inspira, cte="7bit" if inspira.isascii() else "quoted-printable",
              host="smtp-out.inspira.unohc.example", ip="157.150.185.49")
    org = ("Dawit Mekonnen", "dawit.mekonnen@unohc.example")
    panel = [("Dr. Amina Farah", "amina.farah@unohc.example"),
             ("Tsegaye Wolde", "tsegaye.wolde@unohc.example"),
             ("Grace Njeri", "grace.njeri@unohc.example")]
    body = f"""Dear Ms. Tesfaye,

Further to the notification you received through Inspira, your competency-based interview for the post of {role} has been scheduled as follows:

ቀን፦ {AM_WEEKDAYS[start.weekday()]} {eth_date(start)} ({start.day} October 2026)
ሰዓት፦ ከቀኑ {eth_hour(start)} ሰዓት ({west(start)} East Africa Time) – 60 minutes

Interview panel:
- Dr. Amina Farah, Chief, Health Section (Chair)
- Tsegaye Wolde, Health Specialist
- Grace Njeri, Human Resources Partner

The interview will take place on Microsoft Teams. Kindly join five minutes early with your camera switched on and a government-issued photo ID at hand. I will admit you from the lobby and then leave the meeting; I am not a member of the panel.

If you experience connectivity problems on the day, please call me on +251 11 544 7100 ext. 2215.

Kind regards,
Dawit Mekonnen
HR Associate | UNOHC Ethiopia
"""
    m2 = teams_invite(k + "b", org=org, attendees=[(OWNER_NAME, OWNER)] + panel,
                      subject=f"Competency-Based Interview - Hiwot Tesfaye - Health Specialist (MNCH) NOC",
                      start=start, end=end, uid="040000008200E00074C5B7101A82E00800000000"
                      + hx("uid", k, n=56).upper(), seq=0, body=body, sent=sent)
    pe = [e for _, e in panel]
    lab = label([iv("United Nations Office for Health Coordination (UNOHC)", role, start, end,
                    "scheduled", pe, pe, "onsite")],
                "medium", "positive/un-inspira-plus-teams",
                "Inspira shortlisting notice has no time; the Teams invite (E. Africa Standard "
                "Time) carries it, with the Ethiopian date ጥቅምት 4 ቀን 2019 ዓ.ም. and Ethiopian hour "
                "8:00 next to 14 October / 2:00 PM. Three-member panel -> onsite; the HR "
                "organizer only schedules.")
    return [("01-inspira-shortlisting.eml", m1), ("02-teams-cbi-invite.eml", m2)], lab


@case("bank-written-test-then-interview-eth-calendar")
def c_bank():
    k = "c03"
    sent = at(2026, 10, 19, 10, 25, ADDIS, "Mon", "+03:00", 3)
    test_start = at(2026, 10, 22, 9, 0, ADDIS, "Thu", "+03:00")
    test_end = at(2026, 10, 22, 11, 0, ADDIS, "Thu", "+03:00")
    start = at(2026, 10, 22, 14, 0, ADDIS, "Thu", "+03:00")
    end = start + dt.timedelta(minutes=45)
    assert eth_date(start) == "ጥቅምት 12 ቀን 2019 ዓ.ም."
    hr = ("Birtukan Alemu", "birtukan.alemu@entotobank.example")
    role_am = "የሰራተኞች ጤና እና ደህንነት ፕሮግራም ማናጀር"
    text = f"""ለወ/ሪት {OWNER_AM}
አዲስ አበባ

ጉዳዩ፦ የጽሁፍ ፈተና እና የቃለ መጠይቅ ጥሪን ይመለከታል

ባንካችን ለ{role_am} (Employee Health & Wellness Program Manager) የስራ መደብ ባወጣው የክፍት ስራ ማስታወቂያ መሰረት ተወዳድረው ለቀጣዩ ደረጃ ማለፍዎን ስንገልጽልዎ በደስታ ነው።

በዚሁ መሰረት የሚከተለውን መርሃ ግብር እናሳውቃለን፦

1. የጽሁፍ ፈተና፦ {AM_WEEKDAYS[start.weekday()]} {eth_date(start)} ({start.day} October 2026) ከጠዋቱ {eth_hour(test_start)} – {eth_hour(test_end)} ሰዓት ({west(test_start)} – {west(test_end)})
2. ቃለ መጠይቅ፦ በዚያው ቀን ከቀኑ {eth_hour(start)} ሰዓት ({west(start)}) ጀምሮ ለ45 ደቂቃ በቃለ መጠይቅ ኮሚቴው ፊት

ቦታ፦ እንጦጦ ባንክ ዋና መስሪያ ቤት፣ ቦሌ መንገድ፣ 7ኛ ፎቅ የስብሰባ አዳራሽ

እባክዎ የታደሰ የነዋሪነት መታወቂያ ወይም ፓስፖርት እና የትምህርት ማስረጃዎችዎን ዋናውን ይዘው ከፈተናው 15 ደቂቃ ቀደም ብለው ይገኙ። በፈተናው እና በቃለ መጠይቁ መካከል የምሳ እረፍት ይኖራል።

መገኘትዎን ይህን ኢሜይል በመመለስ እንዲያረጋግጡልን በአክብሮት እንጠይቃለን።

እናመሰግናለን።

ብርቱካን አለሙ
የሰው ሀብት ልማት መምሪያ – የቅጥር ክፍል
እንጦጦ ባንክ አ.ማ. | Entoto Bank S.C.
ስልክ፦ +251 11 667 2040
"""
    m = mail(k, frm=hr, to=[(OWNER_NAME, OWNER)], date=sent,
             subject=f"የጽሁፍ ፈተና እና የቃለ መጠይቅ ጥሪ – {role_am}",
             text=text, html_body=text, cte="base64", html_cte="quoted-printable",
             msgid=mid(k, 1, "entotobank.example"), host="mx01.entotobank.example",
             ip="196.190.60.12")
    lab = label([iv("Entoto Bank S.C.", "Employee Health & Wellness Program Manager", start, end,
                    "scheduled", [], [hr[1]], "onsite")],
                "hard", "positive/written-test-plus-interview-amharic",
                "Formal Amharic letter with the Ethiopian date ጥቅምት 12 ቀን 2019 ዓ.ም. (22 October "
                "2026). Written test 9:00-11:00 is not an interview; only the 2:00 PM (ከቀኑ 8:00 "
                "ሰዓት) committee interview of 45 min counts. Committee members are not named -> "
                "follow-up to the HR sender.")
    return [("01-entoto-bank-test-and-interview.eml", m)], lab


@case("nairobi-healthtech-technical-google-invite")
def c_afya():
    k = "c04"
    sent = at(2026, 10, 12, 7, 31, UTC, "Mon", "+00:00", 6)
    start = at(2026, 10, 19, 11, 0, NAIROBI, "Mon", "+03:00")
    end = at(2026, 10, 19, 12, 15, NAIROBI, "Mon", "+03:00")
    org = ("Brian Otieno", "brian.otieno@afyapulse.example")
    zoom = f"https://afyapulse.zoom.us/j/{digits('zm', k, n=11)}?pwd={alnum('zp', k, n=32)}"
    desc = f"""Hi Hiwot,

Njoki from our People team mentioned you're happy to go ahead with the technical round for the Public Health Data Lead role, so here's the slot we agreed (11:00 Nairobi time, which is the same as Addis).

Plan for the 75 minutes:
- 10 min: intros and a quick look at how Afya Pulse uses facility data
- 40 min: live exercise on a DHIS2 export of immunisation coverage from two counties - cleaning, denominators and what you'd flag to the county health team
- 25 min: designing indicators for our antenatal-care reminder app, and your questions

Nothing to prepare beyond being ready to share your screen (Excel, R or Python are all fine).

Join Zoom Meeting
{zoom}
Meeting ID: {digits('zm', k, n=11)[:3]} {digits('zm', k, n=11)[3:7]} {digits('zm', k, n=11)[7:]}

Brian Otieno
Lead Data Scientist, Afya Pulse Technologies
"""
    m = google_invite(k, org=org, guests=[org, (OWNER_NAME, OWNER)],
                      summary="Technical interview – Public Health Data Lead (Hiwot Tesfaye)",
                      start=start, end=end, uid=f"{alnum('guid', k, n=26)}@google.com", seq=0,
                      desc=desc, sent=sent, location=zoom)
    lab = label([iv("Afya Pulse Technologies", "Public Health Data Lead", start, end, "scheduled",
                    [org[1]], [org[1]], "technical")],
                "easy", "positive/google-invite-nairobi",
                "Google Calendar invitation from the Nairobi interviewer (Africa/Nairobi = UTC+3, "
                "same wall clock as Addis); Zoom link as location.")
    return [("01-invitation-technical-interview.eml", m)], lab


@case("reschedule-by-mail-amharic-thread")
def c_gmhp():
    k = "c05"
    hm = ("Dr. Mulugeta Haile", "mulugeta.haile@gmhp.example")
    me = (OWNER_NAME, OWNER)
    first = at(2026, 10, 15, 15, 0, ADDIS, "Thu", "+03:00")
    final = at(2026, 10, 19, 9, 30, ADDIS, "Mon", "+03:00")
    final_end = final + dt.timedelta(minutes=45)
    d1 = at(2026, 10, 12, 9, 30, ADDIS, "Mon", "+03:00", 54)
    d2 = at(2026, 10, 12, 13, 2, ADDIS, "Mon", "+03:00", 10)
    d3 = at(2026, 10, 14, 17, 48, ADDIS, "Wed", "+03:00", 31)
    d4 = at(2026, 10, 14, 19, 15, ADDIS, "Wed", "+03:00", 2)
    assert eth_hour(first) == "9:00" and eth_hour(final) == "3:30"
    meet = "https://meet.google.com/wvh-qkra-mzt"
    ids = [mid(k, 1, "gmhp.example"), mid(k, 2, "mail.example.com"),
           mid(k, 3, "gmhp.example"), mid(k, 4, "mail.example.com")]
    subject = "ቃለ መጠይቅ – Maternal Health Technical Officer"
    t1 = f"""ሰላም ሕይወት፣

ለ Maternal Health Technical Officer የስራ መደብ ያቀረቡትን ማመልከቻ ተመልክተናል። የቅጥር ሂደቱ ቀጣይ ደረጃ ከእኔ ጋር የሚደረግ ቃለ መጠይቅ ነው።

{AM_WEEKDAYS[first.weekday()]} {am_greg(first, False)} ከቀኑ {eth_hour(first)} ሰዓት ({west(first)}) በ Google Meet ብንገናኝ ይመችዎታል? ቃለ መጠይቁ 45 ደቂቃ ያህል ይሆናል፤ በተለይ በእናቶችና ሕፃናት ጤና፣ በጤና ኤክስቴንሽን ፕሮግራም እና በመረጃ አጠቃቀም ላይ ስላሎት ልምድ እንወያያለን።

ሊንክ፦ {meet}

ከሰላምታ ጋር፣
ዶ/ር ሙሉጌታ ኃይሌ
Senior Technical Advisor – Global Maternal Health Partnership, Ethiopia
"""
    t2 = f"""ሰላም ዶ/ር ሙሉጌታ፣

ስለ ግብዣው በጣም አመሰግናለሁ። {AM_WEEKDAYS[first.weekday()]} ከቀኑ {eth_hour(first)} ሰዓት ይመቸኛል፤ በሰዓቱ በሊንኩ እገኛለሁ።

ሕይወት

> {AM_WEEKDAYS[first.weekday()]} {am_greg(first, False)} ከቀኑ {eth_hour(first)} ሰዓት ({west(first)}) በ Google Meet ብንገናኝ ይመችዎታል?
"""
    t3 = f"""ሰላም ሕይወት፣

ይቅርታ እጠይቃለሁ። ነገ ያልታሰበ የመስክ ስራ ወደ ደብረ ብርሃን ስለገጠመኝ በተያዘው ሰዓት ቃለ መጠይቃችንን ማድረግ አልችልም።

ቃለ መጠይቁን ወደ {AM_WEEKDAYS[final.weekday()]} {am_greg(final, False)} ከጠዋቱ {eth_hour(final)} ሰዓት ({west(final)}) አዛውሬዋለሁ። የቆይታ ጊዜው (45 ደቂቃ) እና የ Google Meet ሊንኩ አልተቀየሩም።

ለትዕግስትዎ እናመሰግናለን።

ሙሉጌታ
"""
    t4 = f"""ችግር የለም ዶ/ር ሙሉጌታ። {AM_WEEKDAYS[final.weekday()]} {eth_hour(final)} ላይ እገናኛለን። መልካም የመስክ ስራ!

ሕይወት
"""
    msgs = [
        mail(k + "1", frm=hm, to=[me], date=d1, subject=subject, text=t1, msgid=ids[0],
             html_body=t1, cte="base64", host="mail.gmhp.example", ip="196.188.120.5"),
        mail(k + "2", frm=me, to=[hm], date=d2, subject="Re: " + subject, text=t2,
             msgid=ids[1], irt=ids[0], refs=ids[:1], cte="quoted-printable",
             host="smtp.example.com", ip="192.0.2.44"),
        mail(k + "3", frm=hm, to=[me], date=d3, subject="Re: " + subject, text=t3,
             msgid=ids[2], irt=ids[1], refs=ids[:2], html_body=t3, cte="base64",
             host="mail.gmhp.example", ip="196.188.120.5"),
        mail(k + "4", frm=me, to=[hm], date=d4, subject="Re: " + subject, text=t4,
             msgid=ids[3], irt=ids[2], refs=ids[:3], cte="quoted-printable",
             host="smtp.example.com", ip="192.0.2.44"),
    ]
    lab = label([iv("Global Maternal Health Partnership", "Maternal Health Technical Officer",
                    final, final_end, "scheduled", [hm[1]], [hm[1]], "hiring_manager")],
                "hard", "positive/reschedule-by-email-amharic",
                "Amharic thread: Thu 15 Oct 3:00 PM (ከቀኑ 9:00) confirmed, then moved ('አዛውሬዋለሁ') "
                "to Mon 19 Oct ከጠዋቱ 3:30 = 9:30 AM; final state only. Owner's last reply says "
                "just '3:30' (Ethiopian clock).")
    names = ["01-mulugeta-invite.eml", "02-reply-confirm.eml", "03-mulugeta-reschedule.eml",
             "04-reply-ok.eml"]
    return list(zip(names, msgs)), lab


@case("teams-invite-then-cancel-english")
def c_bridgewell():
    k = "c06"
    org = ("Sophie Laurent", "sophie.laurent@bridgewell.example")
    hm = ("James Mwangi", "james.mwangi@bridgewell.example")
    start = at(2026, 10, 29, 11, 0, ADDIS, "Thu", "+03:00")
    end = start + dt.timedelta(hours=1)
    s1 = at(2026, 10, 20, 12, 41, UTC, "Tue", "+00:00", 27)
    s2 = at(2026, 10, 27, 7, 15, UTC, "Tue", "+00:00", 50)
    uid = "040000008200E00074C5B7101A82E00800000000" + hx("uid", k, n=56).upper()
    role = "Health and Nutrition Coordinator (Gambella)"
    b1 = f"""Hi Hiwot,

Thank you for taking the screening call with me last week. I'm pleased to invite you to the hiring manager interview for the {role} position.

You'll be speaking with James Mwangi, our Regional Health & Nutrition Advisor, who would manage this role. James will lead the conversation and will want to hear about your experience with CMAM programming and working with refugee-hosting woredas. I've set up the meeting but won't be joining myself.

Please accept the invitation so I know the time works for you.

Best,
Sophie Laurent
Talent Acquisition Partner, East Africa | Bridgewell International
"""
    b2 = f"""Hi Hiwot,

I'm sorry to do this at short notice, but we need to cancel Thursday's interview with James. This morning we learned that the donor grant funding the Gambella coordinator post has been put on hold pending their mid-term review, and we've paused recruitment for the role until the funding position is clear.

This is in no way a reflection on your application - James was genuinely looking forward to the conversation. If the post reopens in the coming months I will contact you directly, and I'll also keep your profile in mind for other health roles in the region.

Apologies again for the inconvenience.

Sophie
"""
    att = [(OWNER_NAME, OWNER), hm]
    subject = f"Interview: Hiwot Tesfaye - {role}"
    m1 = teams_invite(k + "a", org=org, attendees=att, subject=subject, start=start, end=end,
                      uid=uid, seq=0, body=b1, sent=s1, teams_key=k)
    m2 = teams_invite(k + "b", org=org, attendees=att, subject=subject, start=start, end=end,
                      uid=uid, seq=1, body=b2, sent=s2, method="CANCEL", teams_key=k)
    lab = label([iv("Bridgewell International", role, start, end, "cancelled",
                    [hm[1]], [hm[1]], "hiring_manager")],
                "medium", "positive/cancellation-outlook-english",
                "Teams REQUEST (SEQUENCE 0) then METHOD:CANCEL (SEQUENCE 1) with an English "
                "'we need to cancel' body; kept as cancelled at its last time. Organizer only "
                "schedules; James is the interviewer.")
    return [("01-teams-invite.eml", m1), ("02-canceled-interview.eml", m2)], lab


@case("geneva-workday-across-eu-dst")
def c_leman():
    k = "c07"
    s1 = at(2026, 10, 20, 13, 22, UTC, "Tue", "+00:00", 9)
    s2 = at(2026, 10, 21, 9, 10, ZURICH, "Wed", "+02:00", 44)       # still summer time
    start = at(2026, 10, 27, 10, 0, ZURICH, "Tue", "+01:00")        # after the Oct 25 change
    end = at(2026, 10, 27, 11, 0, ZURICH, "Tue", "+01:00")
    assert start.astimezone(ADDIS).hour == 12
    ta = ("Camille Rochat", "camille.rochat@lemanhealth.example")
    panel = [("Dr. Lukas Meier", "lukas.meier@lemanhealth.example"),
             ("Aïcha Diallo", "aicha.diallo@lemanhealth.example")]
    role = "Programme Officer, Maternal and Newborn Health (Africa Region)"
    wd = f"""Dear Hiwot,

Your interview for {role} has been scheduled.

Interview type: Panel interview (video)
Date: Tuesday, 27 October 2026
Time: 10:00 - 11:00 (GMT+01:00) Central European Time - Geneva
Interviewers: Dr. Lukas Meier, Head of Programmes; Aïcha Diallo, Senior Programme Officer
Location: Microsoft Teams - the link is in the attached calendar file

To view or reschedule your interview, sign in to your candidate home page:
https://wd3.myworkday.com/lemanhealth/d/home.htmld

If you have any questions, please contact Camille Rochat, Talent Acquisition Partner, at camille.rochat@lemanhealth.example.

Kind regards,
Léman Global Health Foundation - Talent Acquisition

This email was sent by Workday on behalf of Léman Global Health Foundation. Please do not reply.
"""
    uid = f"WD-INTERVIEW-{hx('uid', k, n=20).upper()}@myworkday.com"
    cal = ["BEGIN:VCALENDAR", "PRODID:-//Workday//Recruiting Interview Scheduling//EN",
           "VERSION:2.0", "METHOD:REQUEST", *VTIMEZONE["Europe/Zurich"], "BEGIN:VEVENT",
           f"UID:{uid}", f"DTSTAMP:{utc(s1)}",
           f"DTSTART;TZID=Europe/Zurich:{local(start)}", f"DTEND;TZID=Europe/Zurich:{local(end)}",
           f"SUMMARY:{ics_text('Interview: ' + role + ' - Hiwot Tesfaye')}",
           f"DESCRIPTION:{ics_text('Panel interview with Dr. Lukas Meier and Aïcha Diallo.' + chr(10) + 'Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_' + alnum('lm', k, n=40) + '%40thread.v2/0')}",
           "LOCATION:Microsoft Teams",
           f"ORGANIZER;CN={cn(ta[0])}:mailto:{ta[1]}",
           f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={OWNER_NAME}:mailto:{OWNER}"]
    for n, e in panel:
        cal.append(f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN={cn(n)}:mailto:{e}")
    cal += ["SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"]
    m1 = mail(k + "a", frm=("Léman Global Health Foundation", "lemanhealth@myworkday.com"),
              to=[(OWNER_NAME, OWNER)], date=s1,
              subject=f"Interview Scheduled: {role} (R-2026-0418)", text=wd, html_body=wd,
              msgid=f"<{hx('wd', k, n=16)}.{digits('wd', k, n=13)}.JavaMail.wdprod@myworkday.com>",
              attachments=[ics_attachment("Interview.ics", ics(cal), method="REQUEST")],
              host="wd3-smtp.myworkday.com", ip="216.74.110.39",
              return_path="bounce-lemanhealth@myworkday.com")
    t2 = """Dear Hiwot,

You should by now have the Workday confirmation for Tuesday's panel. A short note on timing, because the clocks are about to change here: Switzerland returns to winter time (CET, UTC+1) on Sunday 25 October.

Your interview at 10:00 Geneva time on Tuesday 27 October will therefore be at 12:00 noon in Addis Ababa - not 11:00, which is what you would get if you converted using this week's summer-time offset. The panel is booked for one hour.

Lukas and Aïcha are looking forward to speaking with you. Do write if anything comes up beforehand.

Best regards,
Camille Rochat
Talent Acquisition Partner
Léman Global Health Foundation | Chemin des Mines 9, 1202 Genève
"""
    m2 = mail(k + "b", frm=ta, to=[(OWNER_NAME, OWNER)], cc=panel, date=s2,
              subject="Your panel interview on 27 October - time in Addis Ababa", text=t2,
              html_body=t2, msgid=mid(k, 2, "lemanhealth.example"),
              host="mail.lemanhealth.example", ip="185.93.12.40")
    pe = [e for _, e in panel]
    lab = label([iv("Léman Global Health Foundation", role, start, end, "scheduled", pe, pe,
                    "onsite")],
                "hard", "positive/workday-geneva-dst",
                "Workday notice + .ics (TZID Europe/Zurich) for Tue 27 Oct 10:00 CET (+01:00), "
                "after the 25 Oct EU change; the recruiter's follow-up is dated +0200 and stresses "
                "12:00 Addis, not 11:00. One interview (dedupe), two-person panel.")
    return [("01-workday-interview-scheduled.eml", m1), ("02-camille-time-note.eml", m2)], lab


@case("dc-thread-propose-confirm-across-us-dst")
def c_potomac():
    k = "c08"
    rec = ("Rachel Whitfield", "rachel.whitfield@potomachealth.example")
    hm = ("Dr. Marcus Bell", "marcus.bell@potomachealth.example")
    me = (OWNER_NAME, OWNER)
    d1 = at(2026, 10, 27, 10, 14, NEWYORK, "Tue", "-04:00", 33)
    d2 = at(2026, 10, 27, 19, 40, ADDIS, "Tue", "+03:00", 5)
    d3 = at(2026, 10, 28, 9, 2, NEWYORK, "Wed", "-04:00", 17)
    start = at(2026, 11, 3, 9, 30, NEWYORK, "Tue", "-05:00")
    end = at(2026, 11, 3, 10, 15, NEWYORK, "Tue", "-05:00")
    assert start.astimezone(ADDIS).strftime("%H:%M") == "17:30"
    o1 = at(2026, 11, 3, 8, 0, NEWYORK, "Tue", "-05:00")
    o3 = at(2026, 11, 4, 8, 30, NEWYORK, "Wed", "-05:00")
    role = "Program Manager, Global Immunization Equity"
    ids = [mid(k, 1, "potomachealth.example"), mid(k, 2, "mail.example.com"),
           mid(k, 3, "potomachealth.example")]
    zoom_id = digits("zm", k, n=11)
    zoom = f"https://potomachealth.zoom.us/j/{zoom_id}?pwd={alnum('zp', k, n=32)}"
    t1 = f"""Hi Hiwot,

Thanks for your patience while the team reviewed applications for the {role} role. Dr. Marcus Bell, our Director of Global Programs and the hiring manager (copied), would like to set up a 45-minute conversation with you.

He has the following openings (all Eastern Time):
- Tuesday, November 3 at 8:00 AM
- Tuesday, November 3 at 9:30 AM
- Wednesday, November 4 at 8:30 AM

A heads-up on the time difference: US clocks fall back one hour on Sunday, November 1, so the gap to Addis Ababa grows from 7 to 8 hours that week. Please double-check the conversion before you pick a slot.

Best,
Rachel Whitfield
Senior Recruiter | Potomac Health Equity Institute
1100 Vermont Ave NW, Washington, DC
"""
    t2 = f"""Hi Rachel,

Thank you, and thanks to Dr. Bell for making time. Tuesday, November 3 at 9:30 AM Eastern works best for me - by my count that is 5:30 PM here in Addis Ababa once your clocks have changed.

Looking forward to it.

Kind regards,
Hiwot Tesfaye

On Tue, Oct 27, 2026 at 5:14 PM Rachel Whitfield <{rec[1]}> wrote:
> He has the following openings (all Eastern Time):
> - Tuesday, November 3 at 8:00 AM
> - Tuesday, November 3 at 9:30 AM
> - Wednesday, November 4 at 8:30 AM
"""
    t3 = f"""Hi Hiwot,

You're all set - confirmed for Tuesday, November 3, 9:30-10:15 AM ET (5:30-6:15 PM in Addis) with Marcus. You're right on the conversion.

Join Zoom Meeting
{zoom}
Meeting ID: {zoom_id[:3]} {zoom_id[3:7]} {zoom_id[7:]}

Marcus will focus on your experience with immunization campaigns and partner coordination; there's no presentation to prepare. If the link gives you any trouble on the day, just reply here.

Best,
Rachel
"""
    m1 = mail(k + "1", frm=rec, to=[me], cc=[hm], date=d1,
              subject=f"Next step: conversation with our hiring manager - {role}", text=t1,
              html_body=t1, msgid=ids[0], host="mail.potomachealth.example", ip="204.15.66.20")
    m2 = mail(k + "2", frm=me, to=[rec], cc=[hm], date=d2,
              subject=f"Re: Next step: conversation with our hiring manager - {role}", text=t2,
              msgid=ids[1], irt=ids[0], refs=ids[:1], host="smtp.example.com", ip="192.0.2.44")
    m3 = mail(k + "3", frm=rec, to=[me], cc=[hm], date=d3,
              subject=f"Re: Next step: conversation with our hiring manager - {role}", text=t3,
              html_body=t3, msgid=ids[2], irt=ids[1], refs=ids[:2],
              host="mail.potomachealth.example", ip="204.15.66.20")
    cal = ["BEGIN:VCALENDAR", "PRODID:-//zoom.us//iCalendar Event//EN", "VERSION:2.0",
           "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "CLASS:PUBLIC", *VTIMEZONE["America/New_York"],
           "BEGIN:VEVENT", f"DTSTAMP:{utc(d3)}",
           f"DTSTART;TZID=America/New_York:{local(start)}",
           f"DTEND;TZID=America/New_York:{local(end)}",
           f"SUMMARY:{ics_text('Hiwot Tesfaye / Marcus Bell - ' + role)}",
           f"UID:{utc(d3)}-{zoom_id}@zoom.us", "TZID:America/New_York",
           f"DESCRIPTION:{ics_text('Rachel Whitfield is inviting you to a scheduled Zoom meeting.' + chr(10) + chr(10) + 'Join Zoom Meeting' + chr(10) + zoom)}",
           f"LOCATION:{zoom}",
           f"ORGANIZER;CN={rec[0]}:mailto:{rec[1]}",
           f"ATTENDEE;CN={OWNER_NAME};RSVP=TRUE:mailto:{OWNER}",
           f"ATTENDEE;CN={cn(hm[0])};RSVP=TRUE:mailto:{hm[1]}",
           "BEGIN:VALARM", "TRIGGER:-PT10M", "ACTION:DISPLAY", "DESCRIPTION:Reminder",
           "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    lab = label([iv("Potomac Health Equity Institute", role, start, end, "scheduled",
                    [hm[1]], [hm[1]], "hiring_manager")],
                "hard", "positive/thread-propose-confirm-us-dst",
                "Three ET options proposed on Oct 27 (EDT, -04:00); owner picks Nov 3 9:30 AM ET, "
                "recruiter confirms 9:30-10:15. After the Nov 1 US change the offset is -05:00 "
                f"(17:30 Addis). Zoom .ics saved from the link duplicates it. Unpicked options "
                f"{o1:%H:%M} Nov 3 / {o3:%H:%M} Nov 4 are not interviews.")
    return [("01-rachel-proposes-times.eml", m1), ("02-reply-picks-slot.eml", m2),
            ("03-rachel-confirms.eml", m3), ("04-zoom-meeting.ics", ics(cal).encode())], lab


@case("ethiojobs-relay-amharic-shortlist")
def c_relay():
    k = "c09"
    sent = at(2026, 10, 14, 18, 5, ADDIS, "Wed", "+03:00", 48)
    start = at(2026, 10, 20, 14, 30, ADDIS, "Tue", "+03:00")
    end = start + dt.timedelta(hours=1)
    assert eth_hour(start) == "8:30"
    contact = ("Samuel Tadesse", "samuel.tadesse@tesfahealth.example")
    text = f"""ውድ {OWNER_AM}፣

በ HagerJobs በኩል ለ "Community Health Program Coordinator" የስራ መደብ ያስገቡት ማመልከቻ በቀጣሪው ድርጅት ተመርጧል። ቀጣሪው የላከልዎት መልዕክት ከዚህ በታች ይገኛል።

----- የቀጣሪው መልዕክት -----
ተስፋ የማህበረሰብ ጤና ማህበር (Tesfa Community Health Association)

ለ Community Health Program Coordinator የስራ መደብ ለቃለ መጠይቅ እንጋብዝዎታለን።

ቀን፦ {am_greg(start)} ቀን 2026
ሰዓት፦ ከቀኑ {eth_hour(start)} ሰዓት ({west(start)}) – ለአንድ ሰዓት ያህል
ቦታ፦ ቦሌ ክፍለ ከተማ፣ ወረዳ 03፣ ጋራድ ህንፃ 4ኛ ፎቅ
ይዘው የሚመጡት፦ የትምህርት እና የስራ ልምድ ማስረጃዎች (ዋና እና ኮፒ)

ለማንኛውም ጥያቄ፦ ሳሙኤል ታደሰ፣ የሰው ሀብት አስተባባሪ – {contact[1]} / +251 91 146 2230
----------------------------

መልካም ዕድል!
HagerJobs ቡድን

ይህ መልዕክት በራስ-ሰር የተላከ ነው፤ እባክዎ ለዚህ ኢሜይል መልስ አይስጡ። ቀጣሪውን በቀጥታ ያነጋግሩ።
https://www.hagerjobs.example/account/applications
"""
    m = mail(k, frm=("HagerJobs", "no-reply@hagerjobs.example"), to=[(OWNER_NAME, OWNER)],
             date=sent, subject="HagerJobs: ለቃለ መጠይቅ ተመርጠዋል – Community Health Program Coordinator",
             text=text, html_body=text, cte="base64", html_cte="base64",
             msgid=mid(k, 1, "mailer.hagerjobs.example"), host="mailer.hagerjobs.example",
             ip="196.189.5.77", extra=[("List-Unsubscribe",
                                        "<https://www.hagerjobs.example/unsubscribe>")])
    lab = label([iv("Tesfa Community Health Association", "Community Health Program Coordinator",
                    start, end, "scheduled", [], [contact[1]], "other")],
                "medium", "positive/job-board-relay-amharic",
                "Job-board relay (no-reply) carrying the employer's Amharic invitation: Amharic "
                "Gregorian month name 'ኦክቶበር 20', Ethiopian hour ከቀኑ 8:30 = 2:30 PM, about one "
                "hour. Interviewers unnamed -> follow-up to the HR contact in the text, never the "
                "relay address.")
    return [("01-hagerjobs-shortlisted.eml", m)], lab


@case("onsite-day-three-google-invites")
def c_tana():
    k = "c10"
    coord = ("Liya Bekele", "liya.bekele@tanahealth.example")
    s0 = at(2026, 10, 22, 15, 30, ADDIS, "Thu", "+03:00", 16)
    sessions = [
        ("Panel interview – Senior Health Systems Strengthening Advisor",
         at(2026, 11, 2, 9, 0, ADDIS, "Mon", "+03:00"), 45,
         [("Dr. Yonas Gebre", "yonas.gebre@tanahealth.example"),
          ("Hanna Assefa", "hanna.assefa@tanahealth.example")],
         "Panel with Dr. Yonas Gebre (Deputy Country Director) and Hanna Assefa (Health "
         "Program Manager). Expect questions on primary health care reform and working with "
         "regional health bureaus."),
        ("Technical interview: MEL and DHIS2",
         at(2026, 11, 2, 10, 0, ADDIS, "Mon", "+03:00"), 45,
         [("Kebede Tadesse", "kebede.tadesse@tanahealth.example")],
         "Kebede Tadesse (MEL Lead) will go through a short results-framework exercise and "
         "questions on DHIS2 data quality reviews."),
        ("Conversation with the Country Director",
         at(2026, 11, 2, 11, 0, ADDIS, "Mon", "+03:00"), 30,
         [("Dr. Ruth Okello", "ruth.okello@tanahealth.example")],
         "Closing conversation with Dr. Ruth Okello, Country Director."),
    ]
    role = "Senior Health Systems Strengthening Advisor"
    lines = "\n".join(f"{s:%H:%M} - {(s + dt.timedelta(minutes=mins)):%H:%M}  {title}"
                      for title, s, mins, _, _ in sessions)
    cover = f"""Dear Hiwot,

Congratulations on reaching the final stage for the {role} position. Your in-person interview day will take place at our country office on Monday, 2 November 2026. You will receive three separate calendar invitations, one for each session:

{lines}

There is a 15-minute break between sessions; tea and coffee will be available. Address: Tana Health Partners, Kazanchis, Nigist Towers, 5th floor - please ask for me at reception when you arrive at 08:45.

Bring a printed copy of your CV and a photo ID for the building security desk.

እናመሰግናለን,
Liya Bekele
HR Coordinator | Tana Health Partners – Ethiopia
"""
    items = [("01-liya-interview-day-overview.eml",
              mail(k + "0", frm=coord, to=[(OWNER_NAME, OWNER)], date=s0,
                   subject=f"Interview day on 2 November – {role}", text=cover,
                   html_body=cover, msgid=mid(k, 0, "tanahealth.example"),
                   host="mail.tanahealth.example", ip="196.188.77.140"))]
    all_iv = []
    for i, (title, s, mins, ivs, note) in enumerate(sessions):
        e = s + dt.timedelta(minutes=mins)
        sent = at(2026, 10, 22, 12, 40 + i, UTC, "Thu", "+00:00", 5 + i * 7)
        desc = (f"{note}\n\nLocation: Tana Health Partners country office, Kazanchis, Nigist "
                f"Towers 5th floor, Addis Ababa.\n\nScheduled by Liya Bekele (HR). ")
        m = google_invite(f"{k}-{i}", org=coord, guests=[coord, (OWNER_NAME, OWNER)] + ivs,
                          summary=f"{title} (Hiwot Tesfaye)", start=s, end=e,
                          uid=f"{alnum('guid', k, i, n=26)}@google.com", seq=0, desc=desc,
                          sent=sent, location="Tana Health Partners, Nigist Towers 5th floor, "
                                              "Kazanchis, Addis Ababa")
        items.append((f"0{i + 2}-invitation-{['panel', 'technical', 'country-director'][i]}.eml", m))
        all_iv += [em for _, em in ivs]
    start = sessions[0][1]
    end = sessions[-1][1] + dt.timedelta(minutes=sessions[-1][2])
    lab = label([iv("Tana Health Partners", role, start, end, "scheduled", all_iv, all_iv,
                    "onsite")],
                "medium", "positive/onsite-loop-several-invites",
                "Cover e-mail plus three Google invites for back-to-back sessions on Mon 2 Nov "
                "(09:00-09:45, 10:00-10:45, 11:00-11:30) -> ONE onsite interview 09:00-11:30 "
                "with all four interviewers; the HR organizer is not an interviewer.")
    return items, lab


@case("taleo-two-interviews-technical-and-country-director")
def c_taleo():
    k = "c11"
    ta = ("Meseret Alemayehu", "meseret.alemayehu@nilebasinhealth.example")
    role = "Epidemiologist (Surveillance)"
    rounds = [
        dict(sent=at(2026, 10, 7, 8, 15, UTC, "Wed", "+00:00", 2),
             start=at(2026, 10, 20, 10, 0, ADDIS, "Tue", "+03:00"), mins=60,
             who=("Dr. Eyerusalem Tadesse", "eyerusalem.tadesse@nilebasinhealth.example"),
             kind="technical", what="technical interview with our Lead Epidemiologist",
             extra="The interview will include a short exercise on an outbreak investigation "
                   "using line-list data; you will be asked to share your screen.",
             fmt="Zoom video call - https://nilebasinhealth.zoom.us/j/" + digits('zm', k, n=11)),
        dict(sent=at(2026, 10, 30, 7, 48, UTC, "Fri", "+00:00", 37),
             start=at(2026, 11, 4, 15, 0, ADDIS, "Wed", "+03:00"), mins=45,
             who=("Dr. Helen Yirga", "helen.yirga@nilebasinhealth.example"),
             kind="hiring_manager", what="final interview with our Country Director",
             extra="This final conversation will focus on leadership, partnership with the "
                   "Ministry of Health and the Ethiopian Public Health Institute, and your "
                   "motivation for the role.",
             fmt="In person - Nile Basin Health Initiative, Old Airport area, Addis Ababa"),
    ]
    items, ivs = [], []
    for i, r in enumerate(rounds):
        s = r["start"]
        e = s + dt.timedelta(minutes=r["mins"])
        who = r["who"]
        text = f"""Dear Hiwot Tesfaye,

Thank you for your interest in the {role} position (Requisition 2600187) at Nile Basin Health Initiative.

We are pleased to invite you to a {r['what']}, {who[0]} ({who[1]}).

Date: {s:%d-%b-%Y}
Time: {s:%I:%M %p} - {e:%I:%M %p} (GMT+03:00) East Africa Time
Format: {r['fmt']}

{r['extra']}

Please confirm your attendance by replying to {ta[0]}, Talent Acquisition Specialist, at {ta[1]}.

Regards,
Talent Acquisition Team
Nile Basin Health Initiative

Please do not reply to this message. This mailbox is not monitored.
"""
        uid = f"TALEO-{digits('tal', k, i, n=12)}-{hx('tal', k, i, n=8).upper()}"
        cal = ["BEGIN:VCALENDAR", "PRODID:-//Oracle//Taleo Enterprise Interview Scheduler//EN",
               "VERSION:2.0", "METHOD:REQUEST", "BEGIN:VEVENT", f"UID:{uid}",
               f"DTSTAMP:{utc(r['sent'])}", f"DTSTART:{utc(s)}", f"DTEND:{utc(e)}",
               f"SUMMARY:{ics_text('Interview - ' + role + ' - Hiwot Tesfaye')}",
               f"LOCATION:{ics_text(r['fmt'])}",
               f"DESCRIPTION:{ics_text('Interviewer: ' + who[0] + chr(10) + 'Requisition 2600187')}",
               f"ORGANIZER;CN={cn(ta[0])}:mailto:{ta[1]}",
               f"ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN={OWNER_NAME}:mailto:{OWNER}",
               f"ATTENDEE;ROLE=REQ-PARTICIPANT;CN={cn(who[0])}:mailto:{who[1]}",
               "SEQUENCE:0", "STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
        m = mail(f"{k}-{i}", frm=("Nile Basin Health Initiative", "no-reply@tbe.taleo.net"),
                 reply_to=ta, to=[(OWNER_NAME, OWNER)], date=r["sent"],
                 subject=f"Interview Invitation - {role} - Req. 2600187",
                 text=text, html_body=text, cte="quoted-printable",
                 msgid=f"<{digits('tmid', k, i, n=13)}.{hx('tmid', k, i, n=10)}@tbe.taleo.net>",
                 attachments=[ics_attachment("interview.ics", ics(cal), method="REQUEST")],
                 host="smtp1.tbe.taleo.net", ip="160.34.0.112",
                 return_path="bounces@tbe.taleo.net")
        items.append((f"0{i + 1}-taleo-{['technical', 'final'][i]}-interview.eml", m))
        ivs.append(iv("Nile Basin Health Initiative", role, s, e, "scheduled", [who[1]], [who[1]],
                      r["kind"]))
    lab = label(ivs, "medium", "positive/two-interviews-taleo",
                "Two Taleo invitations (no-reply sender, Reply-To coordinator) with UTC .ics: a "
                "technical interview on 20 Oct and a final with the Country Director on 4 Nov. "
                "Two separate interviews.")
    return items, lab


@case("zoom-mail-plus-calendar-api-event")
def c_selam():
    k = "c12"
    hr = ("Mekdes Tilahun", "mekdes.tilahun@selamchildren.example")
    hm = ("Abel Girma", "abel.girma@selamchildren.example")
    sent = at(2026, 10, 19, 16, 5, ADDIS, "Mon", "+03:00", 22)
    start = at(2026, 10, 23, 15, 0, ADDIS, "Fri", "+03:00")
    end = start + dt.timedelta(hours=1)
    zid = digits("zm", k, n=11)
    zoom = f"https://us06web.zoom.us/j/{zid}?pwd={alnum('zp', k, n=32)}.1"
    text = f"""ሰላም ሕይወት፣

Thank you for applying for the Health Program Specialist position at Selam Children's Fund. Our Health Program Manager, Abel Girma, would like to interview you on Zoom this Friday. I have pasted the meeting details below and also added the meeting to your Google Calendar.

Mekdes Tilahun is inviting you to a scheduled Zoom meeting.

Topic: Interview - Health Program Specialist (Hiwot Tesfaye)
Time: Oct 23, 2026 03:00 PM Nairobi

Join Zoom Meeting
{zoom}

Meeting ID: {zid[:3]} {zid[3:7]} {zid[7:]}
Passcode: SCF{digits('pc', k, n=4)}

Abel will be your interviewer and the interview should take about one hour. I only handle the scheduling, so questions about the role itself are best sent to Abel at {hm[1]}.

እናመሰግናለን፣
Mekdes Tilahun
HR & Admin Officer, Selam Children's Fund
"""
    m = mail(k, frm=hr, to=[(OWNER_NAME, OWNER)], cc=[hm], date=sent,
             subject="Interview invitation / የቃለ መጠይቅ ግብዣ – Health Program Specialist",
             text=text, html_body=text, cte="quoted-printable", html_cte="base64",
             msgid=mid(k, 1, "selamchildren.example"), host="mail.selamchildren.example",
             ip="196.188.41.9")
    ev_id = alnum("gev", k, n=26)
    ev = {
        "kind": "calendar#event",
        "etag": f"\"{digits('etag', k, n=16)}\"",
        "id": ev_id,
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid="
                    + base64.b64encode(f"{ev_id} {OWNER}".encode()).decode().rstrip("="),
        "created": "2026-10-19T13:01:44.000Z",
        "updated": "2026-10-19T13:03:10.512Z",
        "summary": "Interview - Health Program Specialist (Hiwot Tesfaye)",
        "description": f"Interview with Abel Girma, Health Program Manager.\n\nJoin Zoom Meeting\n{zoom}",
        "location": zoom,
        "creator": {"email": hr[1], "displayName": hr[0]},
        "organizer": {"email": hr[1], "displayName": hr[0]},
        "start": {"dateTime": start.isoformat(), "timeZone": "Africa/Addis_Ababa"},
        "end": {"dateTime": end.isoformat(), "timeZone": "Africa/Addis_Ababa"},
        "iCalUID": f"{ev_id}@google.com",
        "sequence": 0,
        "attendees": [
            {"email": hr[1], "displayName": hr[0], "organizer": True, "responseStatus": "accepted"},
            {"email": hm[1], "displayName": hm[0], "responseStatus": "accepted"},
            {"email": OWNER, "self": True, "responseStatus": "accepted"},
        ],
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    lab = label([iv("Selam Children's Fund", "Health Program Specialist", start, end, "scheduled",
                    [hm[1]], [hm[1]], "hiring_manager")],
                "medium", "positive/dedupe-zoom-mail-and-gcal-json",
                "Zoom invitation text ('Oct 23, 2026 03:00 PM Nairobi', 'this Friday') in a mixed "
                "Amharic/English mail plus the same meeting as a Calendar API event -> ONE "
                "interview. Coordinator only schedules; Abel interviews.")
    return [("01-mekdes-zoom-invitation.eml", m),
            ("02-interview-selam.gcal.json",
             (json.dumps(ev, indent=2, ensure_ascii=False) + "\n").encode("utf-8"))], lab


@case("country-director-final-google-update-sequence")
def c_aha():
    k = "c13"
    ea = ("Eden Mulatu", "eden.mulatu@abyssiniahealth.example")
    cd = ("Dr. Getachew Assefa", "getachew.assefa@abyssiniahealth.example")
    role = "Public Health Emergency Manager"
    uid = f"{alnum('guid', k, n=26)}@google.com"
    s1 = at(2026, 11, 2, 8, 10, UTC, "Mon", "+00:00", 45)
    s2 = at(2026, 11, 4, 13, 55, UTC, "Wed", "+00:00", 3)
    old = at(2026, 11, 5, 16, 0, ADDIS, "Thu", "+03:00")
    new = at(2026, 11, 6, 10, 0, ADDIS, "Fri", "+03:00")
    dur = dt.timedelta(minutes=45)
    loc = "Abyssinia Health Action country office, Bole Atlas, Meeting Room 2"
    d1 = f"""የመጨረሻ ዙር ቃለ መጠይቅ ከሀገር ዳይሬክተሩ ዶ/ር ጌታቸው አሰፋ ጋር።

Final-round interview for the {role} position with Dr. Getachew Assefa, Country Director. The conversation is in person and will last about 45 minutes. Please bring a copy of your degree certificates.

Eden Mulatu
Executive Assistant to the Country Director
"""
    d2 = f"""ማሳሰቢያ፦ ዶ/ር ጌታቸው ሐሙስ ከሰዓት በኋላ ለአስቸኳይ ስራ ወደ ጋምቤላ ስለሚጓዙ ቃለ መጠይቁ ወደ ዓርብ {am_greg(new, False)} ከጠዋቱ {eth_hour(new)} ሰዓት ({west(new)}) ተዛውሯል።

Note: Dr. Getachew travels to Gambella on Thursday afternoon, so the final interview has moved to Friday morning. Everything else stays the same.

Eden Mulatu
Executive Assistant to the Country Director
"""
    summary = f"Final interview – {role} – Hiwot Tesfaye / Country Director"
    guests = [ea, (OWNER_NAME, OWNER), cd]
    m1 = google_invite(k + "a", org=ea, guests=guests, summary=summary, start=old,
                       end=old + dur, uid=uid, seq=0, desc=d1, sent=s1, location=loc)
    m2 = google_invite(k + "b", org=ea, guests=guests, summary=summary, start=new,
                       end=new + dur, uid=uid, seq=1, desc=d2, sent=s2, location=loc,
                       updated=True, created=s1)
    lab = label([iv("Abyssinia Health Action", role, new, new + dur, "scheduled", [cd[1]],
                    [cd[1]], "hiring_manager")],
                "medium", "positive/reschedule-google-sequence",
                "Google invitation (SEQUENCE 0, Thu 5 Nov 16:00) then 'Updated invitation' with "
                "the same UID and SEQUENCE 1 for Fri 6 Nov 10:00 (ከጠዋቱ 4:00). Final state only; "
                "the executive assistant organizes, the Country Director interviews.")
    return [("01-invitation-final-interview.eml", m1),
            ("02-updated-invitation-final-interview.eml", m2)], lab


# ==============================================================================================
# NEGATIVE CASES
# ==============================================================================================
@case("written-test-only-amharic")
def n_written_test():
    k = "c14"
    hr = ("Mahlet Desta", "mahlet.desta@direfamilyhealth.example")
    sent = at(2026, 10, 12, 14, 20, ADDIS, "Mon", "+03:00", 8)
    start = at(2026, 10, 16, 8, 30, ADDIS, "Fri", "+03:00")
    end = at(2026, 10, 16, 10, 30, ADDIS, "Fri", "+03:00")
    assert eth_hour(start) == "2:30"
    text = f"""ውድ ሕይወት፣

ለ Monitoring & Evaluation Officer የስራ መደብ ላቀረቡት ማመልከቻ እናመሰግናለን። የመጀመሪያ ደረጃ ማጣሪያውን ስላለፉ ለጽሁፍ ፈተና እንዲቀርቡ እንጋብዝዎታለን።

ቀን፦ {am_greg(start)} ቀን 2026
ሰዓት፦ ከጠዋቱ {eth_hour(start)} – {eth_hour(end)} ሰዓት ({west(start)} – {west(end)})
ቦታ፦ ድሬ የቤተሰብ ጤና ድርጅት ማሰልጠኛ ክፍል፣ ሲ.ኤም.ሲ. መንገድ

ፈተናው በኮምፒውተር የሚሰጥ ሲሆን የመረጃ ትንተና (Excel/SPSS) እና የአመላካቾች ዝግጅት ጥያቄዎችን ያካትታል።

ማሳሰቢያ፦ ይህ ጥሪ ለጽሁፍ ፈተና ብቻ ነው። ፈተናውን ያለፉ ተወዳዳሪዎች ለቃለ መጠይቅ በስልክ ይጠራሉ፤ የቃለ መጠይቁ ቀን እና ሰዓት በኋላ ይገለጻል።

እናመሰግናለን፣
ማህሌት ደስታ
የሰው ሀብት አስተዳደር ኦፊሰር – Dire Family Health Organization
"""
    cal = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
           "VERSION:2.0", "METHOD:REQUEST", *VTIMEZONE["Africa/Addis_Ababa"], "BEGIN:VEVENT",
           f"UID:{hx('uid', k, n=32)}", f"DTSTAMP:{utc(sent)}",
           f"DTSTART;TZID=Africa/Addis_Ababa:{local(start)}",
           f"DTEND;TZID=Africa/Addis_Ababa:{local(end)}",
           f"SUMMARY:{ics_text('የጽሁፍ ፈተና / Written test – M&E Officer')}",
           f"LOCATION:{ics_text('Dire Family Health Organization training room, CMC Road')}",
           f"ORGANIZER;CN={hr[0]}:mailto:{hr[1]}",
           f"ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN={OWNER_NAME}:mailto:{OWNER}",
           "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"]
    m = mail(k, frm=hr, to=[(OWNER_NAME, OWNER)], date=sent,
             subject="የጽሁፍ ፈተና ጥሪ – Monitoring & Evaluation Officer", text=text,
             html_body=text, cte="base64", msgid=mid(k, 1, "direfamilyhealth.example"),
             attachments=[ics_attachment("written-test.ics", ics(cal), method="REQUEST")],
             host="mail.direfamilyhealth.example", ip="196.190.14.66")
    lab = label([], "hard", "negative/written-test-only",
                "Amharic call to a computer-based written test with an .ics; it says explicitly "
                "that the interview date will be announced later. No interview is scheduled.")
    return [("01-written-test-invitation.eml", m)], lab


@case("reference-call-for-a-friend-teams")
def n_reference():
    k = "c15"
    friend = ("Meron Abebe", "meron.abebe@example.net")
    ian = ("Ian Kariuki", "ian.kariuki@sunbirdhealth.example")
    d1 = at(2026, 10, 16, 20, 12, ADDIS, "Fri", "+03:00", 40)
    s2 = at(2026, 10, 19, 6, 58, UTC, "Mon", "+00:00", 12)
    start = at(2026, 10, 22, 16, 0, ADDIS, "Thu", "+03:00")
    end = start + dt.timedelta(minutes=20)
    t1 = """ሕይወትዬ ሰላም ነሽ?

ሰንበርድ ሄልዝ (Sunbird Health) ለ Program Officer, SRH ቦታ የመጨረሻ ዙር ቃለ መጠይቅ አልፌአለሁ! የቅጥር ሂደቱ የመጨረሻ ደረጃ የዋቢ (reference) ማጣራት ስለሆነ ስምሽን እና ኢሜይልሽን ሰጥቻቸዋለሁ። በክልል ጤና ቢሮ አብረን ስንሰራ ስለነበረው ስራ ይጠይቁሻል ብዬ አስባለሁ።

ኢያን የሚባል የHR ሰው በቅርቡ ያገኝሻል። በጣም አመሰግናለሁ!

መሮን
"""
    m1 = mail(k + "a", frm=friend, to=[(OWNER_NAME, OWNER)], date=d1,
              subject="ዋቢ (reference) ስለመሆን – አመሰግናለሁ!", text=t1, cte="base64",
              msgid=mid(k, 1, "mail.example.net"), host="smtp.example.net", ip="192.0.2.91")
    body = """Hi Hiwot,

Thank you for agreeing to act as a referee for Meron Abebe, who is a finalist for our Program Officer, Sexual and Reproductive Health role. Meron has completed our interview process and listed you as a former supervisor at the regional health bureau.

I'd like about 20 minutes of your time to ask a few structured questions about her work - scope of responsibilities, strengths, areas for development and whether you would work with her again. Everything you share will be kept confidential.

If this time doesn't suit you, feel free to propose another slot.

Many thanks,
Ian Kariuki
HR Business Partner | Sunbird Health, Nairobi
"""
    m2 = teams_invite(k + "b", org=ian, attendees=[(OWNER_NAME, OWNER)],
                      subject="Reference check - Meron Abebe (Program Officer, SRH)",
                      start=start, end=end, uid="040000008200E00074C5B7101A82E00800000000"
                      + hx("uid", k, n=56).upper(), seq=0, body=body, sent=s2,
                      host="DB9PR02MB7220.eurprd02.prod.outlook.com")
    lab = label([], "hard", "negative/owner-gives-reference",
                "Teams invite where the owner is the referee for a friend's application "
                "(Amharic heads-up from the friend). She is not the candidate: not an interview.")
    return [("01-meron-reference-heads-up.eml", m1), ("02-teams-reference-check.eml", m2)], lab


@case("medical-clearance-after-offer")
def n_medical():
    k = "c16"
    hr = ("Tigist Hailu", "tigist.hailu@unohc.example")
    sent = at(2026, 11, 5, 11, 34, ADDIS, "Thu", "+03:00", 27)
    start = at(2026, 11, 9, 8, 30, ADDIS, "Mon", "+03:00")
    end = start + dt.timedelta(hours=1)
    text = f"""Dear Ms. Tesfaye,

Thank you for accepting our offer of appointment for the post of Health Specialist (MNCH), NOC. Before your entry on duty we need to complete your pre-employment medical clearance.

An appointment has been booked for you at the UN Joint Medical Service clinic:

Date: Monday, 9 November 2026
Time: 08:30 (please allow about one hour)
Place: UN Joint Medical Service clinic, ECA compound, Menelik II Avenue, Addis Ababa

Please come fasting (no food after 22:00 the evening before), and bring your passport, your vaccination card and the completed medical history form attached to the offer letter. The examining physician will send the result directly to the Medical Services Division; you do not need to forward anything to us.

Once clearance is received we will confirm your start date.

Best regards,
Tigist Hailu
Human Resources Assistant | UNOHC Ethiopia
"""
    cal = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
           "VERSION:2.0", "METHOD:REQUEST", *VTIMEZONE["E. Africa Standard Time"],
           "BEGIN:VEVENT", f"UID:{hx('uid', k, n=32)}", f"DTSTAMP:{utc(sent)}",
           f"DTSTART;TZID=E. Africa Standard Time:{local(start)}",
           f"DTEND;TZID=E. Africa Standard Time:{local(end)}",
           "SUMMARY:Pre-employment medical examination - UN Joint Medical Service",
           f"LOCATION:{ics_text('UN Joint Medical Service clinic, ECA compound, Addis Ababa')}",
           f"ORGANIZER;CN={hr[0]}:mailto:{hr[1]}",
           f"ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN={OWNER_NAME}:mailto:{OWNER}",
           "SEQUENCE:0", "STATUS:CONFIRMED", "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
           "END:VEVENT", "END:VCALENDAR"]
    m = mail(k, frm=hr, to=[(OWNER_NAME, OWNER)], date=sent,
             subject="Pre-employment medical clearance - appointment on 9 November", text=text,
             html_body=text, msgid=mid(k, 1, "unohc.example"),
             attachments=[ics_attachment("medical-appointment.ics", ics(cal), method="REQUEST")],
             host="mail.unohc.example", ip="157.150.190.12")
    lab = label([], "medium", "negative/medical-clearance",
                "Post-offer medical examination at the UN clinic with a calendar attachment; "
                "hiring vocabulary (post, offer, entry on duty) but no interview.")
    return [("01-medical-clearance-appointment.eml", m)], lab


@case("health-conference-presenter")
def n_conference():
    k = "c17"
    chair = ("Dr. Fikirte Wondimu", "fikirte.wondimu@esphp.example")
    sent = at(2026, 10, 26, 11, 20, ADDIS, "Mon", "+03:00", 58)
    start = at(2026, 11, 10, 11, 0, ADDIS, "Tue", "+03:00")
    end = start + dt.timedelta(minutes=15)
    text = f"""ውድ ሕይወት ተስፋዬ፣

እንኳን ደስ አለዎት! Your abstract "Closing the postnatal care gap: a mixed-methods study in three woredas of the Amhara region" has been accepted for an oral presentation at the 2026 Annual Scientific Conference of the Ethiopian Society for Public Health Practice.

Session: 3B - Maternal and Newborn Health
Date: Tuesday, 10 November 2026
Your slot: {west(start)} - {west(end)} (12 minutes + 3 minutes Q&A)
Venue: Entoto Convention Center, Hall B, Addis Ababa

Please upload your slides to the speaker portal by 6 November. The session will close with a 20-minute panel discussion with all presenters, moderated by Dr. Abraham Tekle. Journalists from national media usually attend, and the communications team may ask some presenters for short on-camera interviews during the tea break.

A calendar entry for your slot is available from the conference app.

እናመሰግናለን፣
Dr. Fikirte Wondimu
Chair, Scientific Committee - ESPHP 2026
"""
    m = mail(k, frm=chair, to=[(OWNER_NAME, OWNER)], date=sent,
             subject="ESPHP 2026: Abstract accepted for oral presentation (Session 3B)",
             text=text, html_body=text, cte="quoted-printable",
             msgid=mid(k, 1, "esphp.example"), host="mail.esphp.example", ip="196.188.9.201")
    cal = ["BEGIN:VCALENDAR", "PRODID:-//ESPHP Conference App//Agenda Export 2.3//EN",
           "VERSION:2.0", "METHOD:PUBLISH", *VTIMEZONE["Africa/Addis_Ababa"], "BEGIN:VEVENT",
           f"UID:esphp2026-session3b-{hx('uid', k, n=10)}@esphp.example", f"DTSTAMP:{utc(sent)}",
           f"DTSTART;TZID=Africa/Addis_Ababa:{local(start)}",
           f"DTEND;TZID=Africa/Addis_Ababa:{local(end)}",
           f"SUMMARY:{ics_text('Oral presentation (Session 3B): Hiwot Tesfaye - Closing the postnatal care gap')}",
           f"LOCATION:{ics_text('Entoto Convention Center, Hall B, Addis Ababa')}",
           f"DESCRIPTION:{ics_text('Speaker slot, 12 min talk + 3 min Q&A. Panel discussion with all Session 3B presenters follows.')}",
           f"ORGANIZER;CN={cn(chair[0])}:mailto:{chair[1]}",
           f"ATTENDEE;ROLE=REQ-PARTICIPANT;CN={OWNER_NAME}:mailto:{OWNER}",
           "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"]
    lab = label([], "medium", "negative/conference-speaker",
                "The owner presents at a public-health conference (speaker slot .ics, panel "
                "discussion, possible media interviews). Not a job interview.")
    return [("01-abstract-accepted.eml", m),
            ("02-session-3b-speaker-slot.ics", ics(cal).encode("utf-8"))], lab


@case("rejection-amharic-after-interview")
def n_rejection():
    k = "c18"
    hr = ("Seble Worku", "seble.worku@lalibelahealth.example")
    sent = at(2026, 10, 20, 11, 45, ADDIS, "Tue", "+03:00", 30)
    past = at(2026, 10, 13, 10, 0, ADDIS, "Tue", "+03:00")
    text = f"""ውድ ሕይወት ተስፋዬ፣

ለ Health Promotion Officer የስራ መደብ {am_greg(past, False)} ቀን 2026 በተደረገው ቃለ መጠይቅ ጊዜዎን ሰጥተው ስለተሳተፉ ከልብ እናመሰግናለን።

ሁሉንም ተወዳዳሪዎች በጥንቃቄ ከገመገምን በኋላ፣ በሚያሳዝን ሁኔታ በዚህ ጊዜ ከሌላ ተወዳዳሪ ጋር ለመቀጠል ወስነናል። ውሳኔው ቀላል አልነበረም፤ ያለዎት የማህበረሰብ ጤና ልምድ እና ለስራው ያሳዩት ፍላጎት በኮሚቴው ዘንድ በአድናቆት ታይቷል።

መረጃዎን በመረጃ ቋታችን ውስጥ እናስቀምጣለን፤ ወደፊት ለሚወጡ ተመሳሳይ የስራ ቦታዎች እንዲያመለክቱ እናበረታታለን።

መልካም ዕድል እንመኝልዎታለን።

ሰብለ ወርቁ
የሰው ሀብት ክፍል – Lalibela Health Foundation
"""
    m = mail(k, frm=hr, to=[(OWNER_NAME, OWNER)], date=sent,
             subject="የማመልከቻዎ ውጤት – Health Promotion Officer", text=text, html_body=text,
             cte="base64", html_cte="quoted-printable",
             msgid=mid(k, 1, "lalibelahealth.example"), host="mail.lalibelahealth.example",
             ip="196.189.110.3")
    lab = label([], "easy", "negative/rejection-amharic",
                "Amharic rejection ('በሚያሳዝን ሁኔታ') that mentions the past interview date "
                "(ኦክቶበር 13); nothing is scheduled.")
    return [("01-application-outcome.eml", m)], lab


@case("offer-letter-nairobi")
def n_offer():
    k = "c19"
    pp = ("Njoki Wambui", "njoki.wambui@afyapulse.example")
    sent = at(2026, 11, 9, 10, 2, NAIROBI, "Mon", "+03:00", 14)
    text = """Dear Hiwot,

It's a real pleasure to write this. Following your technical round with Brian and the final conversation with our CEO, we are delighted to offer you the position of Public Health Data Lead at Afya Pulse Technologies.

The headline terms are:
- Start date: Monday, 4 January 2027 (remote from Addis Ababa, with quarterly trips to Nairobi)
- Gross annual salary: USD 54,000, paid monthly through our employer-of-record partner in Ethiopia
- 25 days of annual leave plus Ethiopian public holidays
- Medical cover for you and your dependants

Your full offer letter and contract are waiting for your signature in DocuSign. We'd be grateful for your decision by Friday, 13 November 2026. If you would like to talk anything through before signing, just reply and we'll find a time.

Congratulations again - the whole team is excited to work with you.

Warm regards,
Njoki Wambui
People Partner | Afya Pulse Technologies
Ngong Road, Nairobi
"""
    m = mail(k, frm=pp, to=[(OWNER_NAME, OWNER)], cc=[("Brian Otieno", "brian.otieno@afyapulse.example")],
             date=sent, subject="Offer of employment - Public Health Data Lead", text=text,
             html_body=text, cte="quoted-printable", html_cte="base64",
             msgid=mid(k, 1, "afyapulse.example"), host="mail.afyapulse.example",
             ip="41.90.64.18")
    lab = label([], "easy", "negative/offer",
                "Offer e-mail that recalls past interview rounds and sets a decision deadline; no "
                "interview is scheduled.")
    return [("01-offer-of-employment.eml", m)], lab


@case("scam-un-recruiter-telegram-fee")
def n_scam():
    k = "c20"
    sent = at(2026, 10, 24, 2, 13, LONDON, "Sat", "+01:00", 55)
    start = at(2026, 10, 29, 10, 0, ADDIS, "Thu", "+03:00")
    text = """Dear Hiwot Tesfaye,

CONGRATULATIONS!!! After reviewing your CV on a partner job portal, the United Nations Office for Health Coordination (UNOHC) Recruitment Unit has SHORTLISTED you for the post of REGIONAL HEALTH COORDINATOR (Remote), salary USD 9,800 per month tax free plus housing allowance.

Your ONLINE INTERVIEW will be conducted by Mr. Richard Coleman, Senior Recruitment Officer, through Telegram chat (@UNOHC_HR_Desk) on Thursday 29 October 2026 at 10:00 AM East Africa Time.

IMPORTANT: Before the interview all shortlisted candidates must pay a refundable document verification and work permit processing fee of ETB 6,500 via telebirr to 0912 48 xx xx (Agent: Bekele M.). Send the payment screenshot together with a copy of your passport to hr.unohc.desk@fastmail-box.example. Candidates who fail to pay within 48 hours will lose their slot.

Regards,
Dr. Richard Coleman
UNOHC Recruitment Unit, Geneva
"""
    m = mail(k, frm=("UNOHC Recruitment Unit", "recruitment.unohc@careers-mail.example"),
             reply_to=("UNOHC HR Desk", "hr.unohc.desk@fastmail-box.example"),
             to=[(OWNER_NAME, OWNER)], date=sent,
             subject="CONGRATULATIONS: Shortlisted for UN Regional Health Coordinator - Online Interview",
             text=text, cte="7bit", msgid=mid(k, 1, "careers-mail.example"),
             host="vps-4471.careers-mail.example", ip="203.0.113.207")
    lab = label([], "medium", "negative/scam",
                f"Fake UN recruiter: Telegram 'interview' on {start:%d %b} 10:00 EAT conditional on "
                "an upfront fee, look-alike sender domain, different Reply-To. Scam, not an "
                "interview.")
    return [("01-shortlisted-online-interview.eml", m)], lab


@case("job-board-alert-amharic")
def n_alert():
    k = "c21"
    sent = at(2026, 10, 15, 6, 0, ADDIS, "Thu", "+03:00", 3)
    deadline = dt.date(2026, 11, 6)
    jobs = [
        ("Public Health Specialist", "International Rescue Partners (Ethiopia)", "Addis Ababa"),
        ("Senior Epidemiologist – Interview panel member roster", "Regional Health Research Consortium", "Addis Ababa"),
        ("Maternal & Child Health Advisor", "Gojjam Development Association", "Bahir Dar"),
        ("Nutrition Officer", "Horizon Nutrition International", "Jigjiga"),
        ("Health Data Analyst", "Abyssinia Health Action", "Addis Ababa"),
    ]
    rows = "\n\n".join(f"• {t}\n  {o} – {p}\n  የማመልከቻ ማብቂያ፦ {am_greg(deadline)}\n"
                       f"  https://www.hagerjobs.example/job/{digits('job', k, i, n=6)}"
                       for i, (t, o, p) in enumerate(jobs))
    text = f"""ሰላም ሕይወት፣

ከ "public health" ፍለጋዎ ጋር የሚዛመዱ 5 አዳዲስ ስራዎች ዛሬ ተለጥፈዋል፦

{rows}

ጠቃሚ ምክር፦ ለቃለ መጠይቅ ሲዘጋጁ ስለ ድርጅቱ ፕሮግራሞች አስቀድመው ያንብቡ። ለተመረጡ ተወዳዳሪዎች የጽሁፍ ፈተና እና ቃለ መጠይቅ ቀን በቀጣሪዎቹ ይገለጻል።

የስራ ማንቂያዎችዎን ለማስተካከል፦ https://www.hagerjobs.example/alerts
HagerJobs – Ethiopia's career network
"""
    m = mail(k, frm=("HagerJobs Alerts", "alerts@hagerjobs.example"), to=[(OWNER_NAME, OWNER)],
             date=sent, subject="5 አዳዲስ ስራዎች ለእርስዎ፦ Public Health Specialist እና ሌሎች",
             text=text, html_body=text, cte="base64", html_cte="quoted-printable",
             msgid=mid(k, 1, "mailer.hagerjobs.example"), host="mailer.hagerjobs.example",
             ip="196.189.5.77",
             extra=[("List-Unsubscribe", "<https://www.hagerjobs.example/unsubscribe>"),
                    ("Precedence", "bulk")])
    lab = label([], "easy", "negative/job-alert",
                "Amharic job-board digest with application deadlines and an interview tip; no "
                "interview.")
    return [("01-hagerjobs-daily-alert.eml", m)], lab


@case("webinar-un-competency-interview-prep")
def n_webinar():
    k = "c22"
    host = ("Yared Tsegaye", "yared.tsegaye@addiscareerhub.example")
    sent = at(2026, 10, 12, 17, 33, UTC, "Mon", "+00:00", 20)
    start = at(2026, 10, 17, 15, 0, NAIROBI, "Sat", "+03:00")
    wid = digits("wb", k, n=11)
    text = f"""Hi Hiwot Tesfaye,

Thank you for registering for "Cracking the UN Competency-Based Interview (CBI) - Live Webinar".

Please submit any questions to: {host[1]}

Date Time: Oct 17, 2026 03:00 PM Nairobi

Join from PC, Mac, iPad, or Android:
https://us02web.zoom.us/w/{wid}?tk={alnum('tk', k, n=40)}
Passcode: {digits('pc', k, n=6)}

What we'll cover:
- How UN panels score answers against competencies
- The STAR method, with examples from health and humanitarian roles
- A live mock interview with two volunteers from the audience, followed by feedback

Add to Calendar: https://us02web.zoom.us/webinar/tZ{alnum('ics', k, n=24)}/ics
You can cancel your registration at any time.

Addis Career Hub
"""
    m = mail(k, frm=("Addis Career Hub", "no-reply@zoom.us"), reply_to=host,
             to=[(OWNER_NAME, OWNER)], date=sent,
             subject="Addis Career Hub Confirmation: Cracking the UN Competency-Based Interview (CBI) - Live Webinar",
             text=text, html_body=text, cte="7bit", html_cte="quoted-printable",
             msgid=f"<{hx('zm', k, n=24)}@zoom.us>", host="mailout.zoom.us", ip="170.114.52.4",
             return_path="bounce@zoom.us")
    lab = label([], "medium", "negative/webinar-interview-prep",
                "Zoom webinar registration about competency-based interviews, with a live mock "
                "interview demo; preparation course, not a job interview.")
    return [("01-zoom-webinar-registration.eml", m)], lab


# ==============================================================================================
# README + main
# ==============================================================================================
TZ_POINTS = [
    ("01", "Amharic 'ነገ' (tomorrow) resolved against the Tue 6 Oct 16:40 +0300 Date header -> "
           "Wed 7 Oct; Ethiopian clock 'ከጠዋቱ 4:00 ሰዓት' = 10:00 (+03:00)."),
    ("02", "Teams invite with Windows TZID 'E. Africa Standard Time' and '(UTC+03:00) Nairobi'; "
           "Ethiopian date ጥቅምት 4 ቀን 2019 ዓ.ም. = 14 October 2026; ከቀኑ 8:00 = 14:00."),
    ("03", "Ethiopian date ጥቅምት 12 ቀን 2019 ዓ.ም. = 22 October 2026; test ከጠዋቱ 3:00-5:00 = "
           "09:00-11:00, interview ከቀኑ 8:00 = 14:00 (+03:00)."),
    ("04", "Google invite in UTC (Z); Africa/Nairobi interview at 11:00 = 08:00Z (+03:00, no DST)."),
    ("05", "Ethiopian hours: ከቀኑ 9:00 = 15:00, final ከጠዋቱ 3:30 = 09:30 (+03:00)."),
    ("07", "Geneva across the EU change (Sun 25 Oct): follow-up dated +0200, interview Tue 27 Oct "
           "10:00 CET = +01:00 (12:00 Addis, 09:00Z); .ics TZID Europe/Zurich with VTIMEZONE."),
    ("08", "Washington DC across the US change (Sun 1 Nov): thread dated -0400, interview Tue "
           "3 Nov 9:30 ET = -05:00 (17:30 Addis, 14:30Z); Zoom .ics TZID America/New_York."),
    ("09", "Amharic Gregorian month name 'ኦክቶበር 20'; ከቀኑ 8:30 = 14:30 (+03:00)."),
    ("11", "Taleo .ics times in UTC (07:00Z / 12:00Z) for 10:00 / 15:00 East Africa Time."),
    ("12", "Zoom label 'Oct 23, 2026 03:00 PM Nairobi' and Calendar API timeZone "
           "Africa/Addis_Ababa (both +03:00); 'this Friday' relative to Mon 19 Oct."),
    ("13", "Google update SEQUENCE 1 moves Thu 5 Nov 16:00 to Fri 6 Nov 10:00 (ከጠዋቱ 4:00)."),
    ("14", "Negative: written test ከጠዋቱ 2:30-4:30 = 08:30-10:30 with an Africa/Addis_Ababa .ics."),
    ("20", "Negative: scam mail dated +0100 (Europe/London summer time on 24 Oct)."),
]


def write_readme(labels, slugs):
    pos = [s for s in slugs if labels[s]["interview"]]
    neg = [s for s in slugs if not labels[s]["interview"]]
    ivs = [i for s in slugs for i in labels[s]["interviews"]]
    by_status, by_kind = {}, {}
    for i in ivs:
        by_status[i["status"]] = by_status.get(i["status"], 0) + 1
        by_kind[i["kind"]] = by_kind.get(i["kind"], 0) + 1
    fmt = lambda d: ", ".join(f"{k} {v}" for k, v in sorted(d.items()))
    case_lines = "\n".join(
        f"- `{s}`: {'positive' if labels[s]['interview'] else 'negative'} "
        f"({labels[s]['difficulty']}) - {labels[s]['notes']}" for s in slugs)
    tz_lines = "\n".join(f"- Case {n}: {t}" for n, t in TZ_POINTS)
    text = f"""# blind306: Addis Ababa public-health job search in Amharic and English (written blind)

Mailbox owner: Hiwot Tesfaye <{OWNER}>, a public health specialist living in Addis Ababa
(Africa/Addis_Ababa, UTC+3, no DST), applying to international NGOs, a UN agency, an Ethiopian bank,
a Nairobi health-tech company, a Geneva foundation and a Washington DC nonprofit in Oct-Nov 2026.

This set was written blind: only the eval README and two or three dev files (for formats) were read;
no tool code, tests or other sets.

## What it stresses
- Amharic mails in Ethiopic script ("ቃለ መጠይቅ", "ለቃለ መጠይቅ እንጋብዝዎታለን", "ነገ", "እናመሰግናለን"),
  Gregorian dates with Amharic month names ("ኦክቶበር 20") and the Ethiopian calendar next to the
  Gregorian date ("ጥቅምት 4 ቀን 2019 ዓ.ም. (14 October 2026)").
- The Ethiopian way of counting hours ("ከጠዋቱ 4:00 ሰዓት" = 10:00 AM, "ከቀኑ 8:00 ሰዓት" = 2:00 PM),
  always with the Western time written next to it, except in one owner reply ("ሰኞ 3:30").
- A written test followed by an interview on the same day (only the interview counts) and a
  written test alone (negative).
- Geneva (Europe/Zurich) across the 25 Oct EU change and Washington DC across the 1 Nov US change.
- Vendors and channels: job-board relay, Workday, Oracle Taleo, Microsoft Teams / Exchange
  ("E. Africa Standard Time"), Zoom, Google Calendar invitations and updates, UN Inspira-style
  notices, a Calendar API event, standalone .ics files.
- Hard negatives: written test only, a reference-check call the owner gives for a friend, a
  post-offer medical clearance, a conference talk she presents, an Amharic rejection
  ("በሚያሳዝን ሁኔታ"), an offer, a fee-charging UN-recruiter scam, a job alert and an interview-prep
  webinar.

## Counts
- Cases: {len(slugs)} ({len(pos)} positive, {len(neg)} negative)
- Labelled interviews: {len(ivs)}; by status: {fmt(by_status)}; by kind: {fmt(by_kind)}
- One cancellation (English, Teams METHOD:CANCEL, case 06), reschedules in Amharic by mail (case 05)
  and by Google invite with the same UID and SEQUENCE 1 (case 13), two interviews in one case
  (case 11), an onsite day sent as three invites (case 10), time only in the body with a relative
  date (case 01), propose-then-confirm thread (case 08).

## Formats
`.eml` (text/plain and HTML, base64 and quoted-printable, RFC 2047 encoded Amharic subjects and
names; Google Calendar invitations as multipart/mixed with text/calendar;method=REQUEST and
invite.ics; Exchange/Teams invites as multipart/alternative with text/calendar, Windows TZID and
X-MICROSOFT-CDO-* properties; Workday, Taleo, job-board and Zoom mails with .ics attachments),
standalone `.ics` (cases 08 and 17) and one Calendar API `.gcal.json` event (case 12).

## Time-zone and DST points
{tz_lines}

## Cases
{case_lines}

Regenerate with `python make_cases.py` (deterministic; standard library + PyYAML + zoneinfo).
"""
    (OUT / "README.md").write_text(text, encoding="utf-8")


def main():
    check_dst_2026()
    check_calendar_helpers()
    for old in sorted(OUT.glob(f"{PREFIX}-*")):
        if old.is_dir():
            shutil.rmtree(old)
    labels, slugs = {}, []
    for idx, (slug, fn) in enumerate(CASES, start=1):
        name = f"{PREFIX}-{idx:02d}-{slug}"
        items, lab = fn()
        folder = OUT / name
        folder.mkdir()
        for fname, data in items:
            assert fname[:3] in {f"{n:02d}-" for n in range(1, 10)}, fname
            (folder / fname).write_bytes(data)
        labels[name] = lab
        slugs.append(name)
    assert 20 <= len(slugs) <= 24
    header = "# Labels for blind306 (written blind). Schema: /work/shared/eval/README.md\n"
    body = yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=100)
    (OUT / "labels.yaml").write_text(header + body, encoding="utf-8")
    write_readme(labels, slugs)
    print(f"wrote {len(slugs)} cases to {OUT}")


if __name__ == "__main__":
    main()
