#!/usr/bin/env python3
"""Regenerate the blind210 evaluation cases (written blind).

Owner: Carla Winterfeld, Berlin-based marketing manager (carla.winterfeld@example.com), applying to
German and Dutch companies in autumn 2026 while under notice at her current employer.

Usage:  python make_cases.py      (rewrites every b210-* folder, labels.yaml and README.md next to it)

Standard library + PyYAML only.  Output is byte-identical on every run: all dates, Message-IDs,
MIME boundaries, UIDs and meeting ids are fixed or derived from fixed seeds with sha256.
Every UTC offset is computed with zoneinfo; weekdays named in the text are asserted.
"""
import base64
import hashlib
import html
import json
import os
import quopri
import re
import shutil
from datetime import datetime, timedelta, timezone
from email.charset import BASE64, QP, Charset
from email.header import Header
from email.utils import format_datetime, formataddr
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "b210"

BER = ZoneInfo("Europe/Berlin")
AMS = ZoneInfo("Europe/Amsterdam")
LON = ZoneInfo("Europe/London")
UTC = timezone.utc

OWNER = "carla.winterfeld@example.com"
OWNER_NAME = "Carla Winterfeld"
WORK = "carla.winterfeld@havelkind.example"  # her current employer (negatives forwarded from work)

WD_DE = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
WD_DE_ABBR = ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."]
WD_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MON_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
          "Oktober", "November", "Dezember"]
MON_DE_ABBR = ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.",
               "Nov.", "Dez."]
MON_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


# --------------------------------------------------------------------------------------------
# time helpers
# --------------------------------------------------------------------------------------------
def T(y, mo, d, H=0, M=0, S=0, tz=BER, wd=None):
    """Aware datetime; `wd` (German or English weekday name) is asserted."""
    x = datetime(y, mo, d, H, M, S, tzinfo=tz)
    if wd is not None:
        assert wd in (WD_DE[x.weekday()], WD_EN[x.weekday()]), (x, wd)
    return x


def de_long(d):  # Dienstag, 15. September 2026
    return f"{WD_DE[d.weekday()]}, {d.day}. {MON_DE[d.month - 1]} {d.year}"


def de_num(d):  # 15.09.2026
    return d.strftime("%d.%m.%Y")


def hm(d):
    return d.strftime("%H:%M")


def en_long(d):  # Thursday 12 November 2026
    return f"{WD_EN[d.weekday()]} {d.day} {MON_EN[d.month - 1]} {d.year}"


def en_us_long(d):  # Wednesday, September 9, 2026
    return f"{WD_EN[d.weekday()]}, {MON_EN[d.month - 1]} {d.day}, {d.year}"


def us_time(d):  # 3:00 PM
    h = d.hour % 12 or 12
    return f"{h}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}"


def g_time(d):  # Google: 4pm / 10:30am
    h = d.hour % 12 or 12
    suf = "am" if d.hour < 12 else "pm"
    return f"{h}{suf}" if d.minute == 0 else f"{h}:{d.minute:02d}{suf}"


def tzabbr_de(d):
    return "MESZ" if d.utcoffset() == timedelta(hours=2) else "MEZ"


def tzabbr_en(d):
    return "CEST" if d.utcoffset() == timedelta(hours=2) else "CET"


def rfc(d):
    return format_datetime(d)


def utc(d):
    return d.astimezone(UTC)


# --------------------------------------------------------------------------------------------
# deterministic pseudo-random ids
# --------------------------------------------------------------------------------------------
def rid(seed, n=16, alphabet="0123456789abcdef"):
    out = ""
    i = 0
    while len(out) < n:
        dig = hashlib.sha256(f"{PREFIX}|{seed}|{i}".encode()).digest()
        out += "".join(alphabet[b % len(alphabet)] for b in dig)
        i += 1
    return out[:n]


ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
LOWER = "abcdefghijklmnopqrstuvwxyz"
UPHEX = "0123456789ABCDEF"


def uuid_like(seed):
    h = rid(seed, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}"


def thread_index(seed):
    return base64.b64encode(hashlib.sha256(f"ti|{seed}".encode()).digest()[:22]).decode()


def meet_code(seed):
    c = rid(seed, 10, LOWER)
    return f"{c[:3]}-{c[3:7]}-{c[7:]}"


# --------------------------------------------------------------------------------------------
# MIME helpers (hand-built so that every byte is under control)
# --------------------------------------------------------------------------------------------
_CS_B = Charset("utf-8")
_CS_B.header_encoding = BASE64
_CS_Q = Charset("utf-8")
_CS_Q.header_encoding = QP


def hdr(s, enc="b", name="Subject"):
    """Encode a header value (RFC 2047) only when it is not ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        cs = _CS_B if enc == "b" else _CS_Q
        return Header(s, cs, header_name=name).encode(linesep="\n")


def A(name, addr):
    if not name:
        return addr
    return formataddr((name, addr), charset="utf-8")


def leaf(ctype, content, cte="quoted-printable", charset="utf-8", params="", extra=()):
    data = content.encode("utf-8") if isinstance(content, str) else content
    if cte == "quoted-printable":
        body = quopri.encodestring(data).decode("ascii")
    elif cte == "base64":
        body = base64.encodebytes(data).decode("ascii")
    elif cte in ("7bit", "8bit"):
        body = data.decode("utf-8")
    else:
        raise ValueError(cte)
    ct = ctype
    if charset:
        ct += f'; charset="{charset}"' if charset.islower() else f"; charset={charset}"
    if params:
        ct += params
    heads = [("Content-Type", ct)] + list(extra) + [("Content-Transfer-Encoding", cte)]
    return heads, body


def multi(subtype, boundary, parts, params=""):
    out = []
    for heads, body in parts:
        out.append("--" + boundary)
        out += [f"{k}: {v}" for k, v in heads]
        out.append("")
        out.append(body.rstrip("\n"))
    out.append("--" + boundary + "--")
    return [("Content-Type", f'multipart/{subtype};{params}\n boundary="{boundary}"')], "\n".join(out) + "\n"


def message(headers, part):
    heads = [h for h in headers if h[1] is not None]
    lines = [f"{k}: {v}" for k, v in heads] + ["MIME-Version: 1.0"] + [f"{k}: {v}" for k, v in part[0]]
    body = part[1]
    if not body.endswith("\n"):
        body += "\n"
    return "\n".join(lines) + "\n\n" + body


def received(helo, ip, by, when, idseed, to=OWNER):
    return ("Received", f"from {helo} ({helo} [{ip}])\n        by {by} (Postfix) with ESMTPS id "
                        f"{rid(idseed, 12, UPHEX)}\n        for <{to}>; {rfc(when)}")


def mx_headers(when, helo, ip, seed, to=OWNER):
    """Delivered-To + Received chain of the owner's provider (example.com)."""
    return [
        ("Delivered-To", OWNER),
        ("Return-Path", None),
        received(helo, ip, "mx1.example.com", when + timedelta(seconds=3), seed, to=OWNER),
    ]


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.rstrip("\n").split("\n"))


_URL = re.compile(r"(https?://[^\s<>]+)")


def to_html(text, font="Arial, Helvetica, sans-serif", size="14px", wrap=None):
    """Turn a plain-text body into the HTML alternative a client would send (quotes -> blockquote)."""
    blocks, cur = [], []
    for line in text.rstrip("\n").split("\n"):
        if line.strip() == "":
            if cur:
                blocks.append(cur)
                cur = []
        else:
            cur.append(line)
    if cur:
        blocks.append(cur)
    out = []
    for b in blocks:
        if all(l.startswith(">") for l in b):
            inner = "<br>\n".join(_link(html.escape(l.lstrip("> ").rstrip())) for l in b)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
                       + inner + "</blockquote>")
        else:
            out.append("<p>" + "<br>\n".join(_link(html.escape(l)) for l in b) + "</p>")
    body = "\n".join(out)
    if wrap:
        return wrap(body)
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body><div style="font-family:{font};font-size:{size}">\n{body}\n</div></body></html>\n')


def _link(s):
    return _URL.sub(lambda m: f'<a href="{m.group(1)}">{m.group(1)}</a>', s)


def alt(boundary, text, html_text=None, cte="quoted-printable", **kw):
    return multi("alternative", boundary, [leaf("text/plain", text, cte),
                                           leaf("text/html", html_text or to_html(text, **kw), cte)])


# --------------------------------------------------------------------------------------------
# iCalendar helpers
# --------------------------------------------------------------------------------------------
def esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line):
    b = line.encode("utf-8")
    parts, first = [], True
    while b:
        lim = 75 if first else 74
        if len(b) <= lim:
            parts.append(b)
            break
        cut = lim
        while cut > 0 and (b[cut] & 0xC0) == 0x80:
            cut -= 1
        parts.append(b[:cut])
        b = b[cut:]
        first = False
    return "\r\n ".join(p.decode("utf-8") for p in parts)


def ics_join(lines):
    return "".join(fold(l) + "\r\n" for l in lines)


def zutc(d):
    return utc(d).strftime("%Y%m%dT%H%M%SZ")


def zloc(d, tz=BER):
    return d.astimezone(tz).strftime("%Y%m%dT%H%M%S")


VTZ_WIN = [  # how Exchange/Outlook describes Berlin/Amsterdam
    "BEGIN:VTIMEZONE", "TZID:W. Europe Standard Time",
    "BEGIN:STANDARD", "DTSTART:16010101T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
    "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT",
    "END:VTIMEZONE",
]


def vtz_olson(tzid):
    return [
        "BEGIN:VTIMEZONE", f"TZID:{tzid}", f"X-LIC-LOCATION:{tzid}",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST",
        "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET",
        "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
        "END:VTIMEZONE",
    ]


def exch_uid(seed):
    return "040000008200E00074C5B7101A82E00800000000" + rid(seed, 72, UPHEX)


def teams_block(seed, lang):
    tid, oid = uuid_like(seed + "tid"), uuid_like(seed + "oid")
    mid = rid(seed + "mid", 12, "0123456789")
    mid = " ".join(mid[i:i + 3] for i in range(0, 12, 3))
    pw = rid(seed + "pw", 6, ALNUM)
    url = (f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{rid(seed + 'm', 40, ALNUM)}"
           f"%40thread.v2/0?context=%7b%22Tid%22%3a%22{tid}%22%2c%22Oid%22%3a%22{oid}%22%7d")
    opts = (f"https://teams.microsoft.com/meetingOptions/?organizerId={oid}&tenantId={tid}"
            f"&threadId=19_meeting_{rid(seed + 'm', 40, ALNUM)}@thread.v2&messageId=0&language={lang}")
    bar = "_" * 80
    if lang.startswith("de"):
        text = (f"{bar}\nMicrosoft Teams Benötigen Sie Hilfe?<https://aka.ms/JoinTeamsMeeting?omkt=de-DE>\n"
                f"Jetzt an der Besprechung teilnehmen<{url}>\nBesprechungs-ID: {mid}\nKennung: {pw}\n"
                f"{'_' * 32}\nFür Organisatoren: Besprechungsoptionen<{opts}>\n{bar}\n")
    else:
        text = (f"{bar}\nMicrosoft Teams Need help?<https://aka.ms/JoinTeamsMeeting?omkt=en-US>\n"
                f"Join the meeting now<{url}>\nMeeting ID: {mid}\nPasscode: {pw}\n"
                f"{'_' * 32}\nFor organizers: Meeting options<{opts}>\n{bar}\n")
    return text, url


def exchange_ics(*, method, uid, seq, summary, start, end, organizer, attendees, description,
                 location, dtstamp, lang="de-DE", teams_url=None, owner_appt="-1"):
    cancel = method == "CANCEL"
    L = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
    L += VTZ_WIN
    L += ["BEGIN:VEVENT", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    for name, email, role, ps in attendees:
        L.append(f"ATTENDEE;ROLE={role};PARTSTAT={ps};RSVP=TRUE;CN={name}:mailto:{email}")
    L += [f"DESCRIPTION;LANGUAGE={lang}:{esc(description)}",
          f"UID:{uid}",
          f"SUMMARY;LANGUAGE={lang}:{esc(summary)}",
          f"DTSTART;TZID=W. Europe Standard Time:{zloc(start)}",
          f"DTEND;TZID=W. Europe Standard Time:{zloc(end)}",
          "CLASS:PUBLIC", f"PRIORITY:{1 if cancel else 5}", f"DTSTAMP:{zutc(dtstamp)}", "TRANSP:OPAQUE",
          f"STATUS:{'CANCELLED' if cancel else 'CONFIRMED'}", f"SEQUENCE:{seq}",
          f"LOCATION;LANGUAGE={lang}:{esc(location)}",
          f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
          f"X-MICROSOFT-CDO-OWNERAPPTID:{owner_appt}",
          f"X-MICROSOFT-CDO-BUSYSTATUS:{'FREE' if cancel else 'TENTATIVE'}",
          f"X-MICROSOFT-CDO-INTENDEDSTATUS:{'FREE' if cancel else 'BUSY'}",
          "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
          f"X-MICROSOFT-CDO-IMPORTANCE:{2 if cancel else 1}",
          "X-MICROSOFT-CDO-INSTTYPE:0"]
    if teams_url:
        L += [f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{teams_url}",
              'X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}',
              "X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:" + rid(uid, 10) + "\\;gruu\\;opaque=app:conf:focus:id:teams",
              ]
    L += ["X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
          "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT",
          f"X-MICROSOFT-LOCATIONDISPLAYNAME:{esc(location)}"]
    if not cancel:
        L += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM"]
    L += ["END:VEVENT", "END:VCALENDAR"]
    return ics_join(L)


def outlook_when(start, end, lang):
    """Outlook's display line. Note: the Windows label is always '(UTC+01:00)', even in summer."""
    if lang.startswith("de"):
        return (f"Wann: {de_long(start).replace(',', ',', 1)} {hm(start)}-{hm(end)} (UTC+01:00) "
                "Amsterdam, Berlin, Bern, Rom, Stockholm, Wien")
    return (f"When: {en_us_long(start)} {us_time(start)}-{us_time(end)} (UTC+01:00) "
            "Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna")


def exchange_mail(*, seed, frm, to, cc=(), subject, date, body, lang="de-DE", ics=None, method=None,
                  helo="EUR03-DB5-obe.outbound.protection.outlook.com", ip="40.107.20.61",
                  extra=(), delivered_to=OWNER, in_reply_to=None, references=None, html_font="Aptos,Calibri,sans-serif"):
    """An Exchange Online / Outlook message; with `ics` it is a meeting request/cancellation."""
    host = ["AM9PR04MB", "DB9PR10MB", "PA4PR07MB", "AS8PR03MB", "VI1PR08MB"][int(rid(seed + "h", 1, "01234"))]
    host += rid(seed + "h2", 4, "0123456789")
    msgid = f"<{host}{rid(seed + 'mid', 26, UPHEX)}@{host}.eurprd{host[5:7]}.prod.outlook.com>"
    heads = [("Delivered-To", delivered_to),
             received(helo, ip, "mx1.example.com", date + timedelta(seconds=2), seed)]
    heads += list(extra)
    heads += [("From", frm), ("To", ", ".join(to))]
    if cc:
        heads.append(("CC", ", ".join(cc)))
    heads += [("Subject", hdr(subject, "q")), ("Thread-Topic", hdr(re.sub(r"^(AW|WG|RE|FW|Abgesagt|Canceled): ", "", subject), "q", "Thread-Topic")),
              ("Thread-Index", thread_index(seed)), ("Date", rfc(utc(date))), ("Message-ID", msgid)]
    if in_reply_to:
        heads += [("References", references or in_reply_to), ("In-Reply-To", in_reply_to)]
    heads += [("Accept-Language", lang if lang == "en-US" else f"{lang}, en-US"), ("Content-Language", lang), ("X-MS-Has-Attach", ""),
              ("X-MS-TNEF-Correlator", "")]
    if ics:
        heads += [("Content-class", "urn:content-classes:calendarmessage"),
                  ("x-ms-exchange-calendar-series-instance-id", "BAAAAIIA4AB0xbcQGoLgCAAAAAA" + rid(seed, 20, ALNUM))]
    heads += [("x-ms-publictraffictype", "Email"), ("X-MS-Exchange-Organization-AuthAs", "Anonymous")]
    b = "_000_" + rid(seed + "b", 24, UPHEX) + "prodoutlookcom_"
    parts = [leaf("text/plain", body), leaf("text/html", to_html(body, font=html_font, size="11pt"))]
    if ics:
        parts.append(leaf("text/calendar", ics, "base64", params=f"; method={method}"))
    return message(heads, multi("alternative", b, parts)), msgid


def google_ics(*, uid, seq, method, summary, start, end, organizer, attendees, description, meet,
               created, modified, dtstamp, location="", status="CONFIRMED"):
    L = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
         "CALSCALE:GREGORIAN", f"METHOD:{method}", "BEGIN:VEVENT",
         f"DTSTART:{zutc(start)}", f"DTEND:{zutc(end)}", f"DTSTAMP:{zutc(dtstamp)}",
         f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}", f"UID:{uid}"]
    for name, email, ps in attendees:
        rsvp = ";RSVP=TRUE" if ps == "NEEDS-ACTION" else ""
        L.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={ps}{rsvp};CN={name};X-NUM-GUESTS=0:mailto:{email}")
    if meet:
        L.append(f"X-GOOGLE-CONFERENCE:https://meet.google.com/{meet}")
    desc = description
    if meet:
        desc += ("\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
                 f"Join with Google Meet: https://meet.google.com/{meet}\n\n"
                 "Learn more about Meet at: https://support.google.com/a/users/answer/9282720\n\n"
                 "Please do not edit this section.\n"
                 "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-")
    L += ["X-MICROSOFT-CDO-OWNERAPPTID:-" + rid(uid, 10, "0123456789"),
          f"CREATED:{zutc(created)}", f"DESCRIPTION:{esc(desc)}", f"LAST-MODIFIED:{zutc(modified)}",
          f"LOCATION:{esc(location)}", f"SEQUENCE:{seq}", f"STATUS:{status}", f"SUMMARY:{esc(summary)}",
          "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    return ics_join(L)


def google_invite(*, seed, organizer, attendees, summary, start, end, description, meet, lang,
                  date, created, seq=0, location="", to=OWNER, delivered_to=OWNER, uid=None):
    """Google Calendar invitation e-mail (multipart/mixed with text/calendar + invite.ics)."""
    uid = uid or (rid(seed + "uid", 26, "0123456789abcdefghijklmnopqrstuv") + "@google.com")
    eid = base64.b64encode(f"{uid.split('@')[0]} {to}".encode()).decode().rstrip("=")
    guests = []
    for name, email, ps in attendees:
        if email == organizer[1]:
            guests.append(f"{name} - {'Organisator' if lang == 'de' else 'organizer'}")
        elif name == email:
            guests.append(email)
        else:
            guests.append(name)
    if lang == "de":
        when = f"{WD_DE[start.weekday()]}, {start.day}. {MON_DE_ABBR[start.month - 1]} {start.year}⋅{hm(start)}–{hm(end)}"
        tzline = "Mitteleuropäische Zeit - Berlin"
        subj = (f"Einladung: {summary} @ {WD_DE_ABBR[start.weekday()]} {start.day}. {MON_DE_ABBR[start.month - 1]} "
                f"{start.year} {hm(start)} - {hm(end)} ({tzabbr_de(start)}) ({to})")
        meetl = "Mit Google Meet teilnehmen"
        tail = ("Gäste\n" + "\n".join(guests) +
                f"\nAlle Gästeinformationen ansehen https://calendar.google.com/calendar/event?action=VIEW&eid={eid}\n\n"
                f"Antworten für {to}\n\n"
                "Einladung von Google Kalender: https://calendar.google.com/calendar/\n\n"
                "Sie erhalten diese E-Mail, weil Sie ein Teilnehmer dieses Termins sind. Wenn Sie keine "
                "weiteren Aktualisierungen für diesen Termin erhalten möchten, lehnen Sie ihn ab.\n\n"
                "Wenn Sie diese Einladung weiterleiten, kann jeder Empfänger dem Organisator antworten, "
                "auf die Gästeliste gesetzt werden, andere einladen oder Ihre Teilnahmebestätigung ändern. "
                "Weitere Informationen https://support.google.com/calendar/answer/37135#forwarding\n")
    else:
        when = f"{WD_EN[start.weekday()]} {MON_EN[start.month - 1][:3]} {start.day}, {start.year} ⋅ {g_time(start)} – {g_time(end)}"
        tzline = "Central European Time - Berlin"
        subj = (f"Invitation: {summary} @ {WD_EN[start.weekday()][:3]} {MON_EN[start.month - 1][:3]} {start.day}, "
                f"{start.year} {g_time(start)} - {g_time(end)} ({tzabbr_en(start)}) ({to})")
        meetl = "Join with Google Meet"
        tail = ("Guests\n" + "\n".join(guests) +
                f"\nView all guest info https://calendar.google.com/calendar/event?action=VIEW&eid={eid}\n\n"
                f"Reply for {to}\n\n"
                "Invitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
                "You are receiving this email because you are an attendee on the event. To stop receiving "
                "future updates for this event, decline this event.\n\n"
                "Forwarding this invitation could allow any recipient to send a response to the organizer, "
                "be added to the guest list, invite others regardless of their own invitation status, or "
                "modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding\n")
    text = f"{summary}\n{when}\n{tzline}\n\n"
    if location:
        text += f"{location}\n\n"
    if meet:
        text += f"{meetl}\nhttps://meet.google.com/{meet}\n\n"
    if description:
        text += description + "\n\n"
    text += tail
    ics = google_ics(uid=uid, seq=seq, method="REQUEST", summary=summary, start=start, end=end,
                     organizer=organizer, attendees=attendees, description=description, meet=meet,
                     created=created, modified=date - timedelta(seconds=7), dtstamp=date - timedelta(seconds=7),
                     location=location)
    b1 = "000000000000" + rid(seed + "b1", 16)
    b2 = "000000000000" + rid(seed + "b2", 16)
    inner = multi("alternative", b2, [
        leaf("text/plain", text, "base64", charset="UTF-8", params="; format=flowed; delsp=yes"),
        leaf("text/html", to_html(text, font="Roboto,Helvetica,Arial,sans-serif"), "quoted-printable", charset="UTF-8"),
        leaf("text/calendar", ics.replace("\r\n", "\n"), "7bit", charset="UTF-8", params="; method=REQUEST"),  # mbox stores LF
    ])
    att = leaf("application/ics", ics, "base64", charset=None, params='; name="invite.ics"',
               extra=[("Content-Disposition", 'attachment; filename="invite.ics"')])
    msgid = f"<calendar-{uuid_like(seed + 'gmid')}@google.com>"
    heads = [("Delivered-To", delivered_to),
             received("mail-sor-f73.google.com", "209.85.220.73", "mx1.example.com", date + timedelta(seconds=1), seed),
             ("Return-Path", f"<{rid(seed, 28, LOWER)}@calendar-server.bounces.google.com>"),
             ("Reply-To", A(*organizer)), ("Sender", "Google Calendar <calendar-notification@google.com>"),
             ("Message-ID", msgid), ("Date", rfc(utc(date))), ("Subject", hdr(subj, "b")),
             ("From", A(*organizer)), ("To", to)]
    part = multi("mixed", b1, [inner, att])
    return message(heads, part), msgid, uid


def gmail_msgid(seed):
    return f"<CA+{rid(seed + 'g', 40, ALNUM)}@mail.gmail.com>"


def gmail_mail(*, seed, frm, to, subject, date, body, cc=(), in_reply_to=None, references=None,
               html_quote_attrib=None, helo="mail-ed1-f52.google.com", ip="209.85.208.52", extra=()):
    """A human message written in Gmail / Google Workspace (multipart/alternative, QP)."""
    msgid = gmail_msgid(seed)
    heads = [("Delivered-To", OWNER),
             received(helo, ip, "mx1.example.com", date + timedelta(seconds=2), seed),
             ("MIME-Version", None)]
    heads += list(extra)
    if in_reply_to:
        heads += [("References", references or in_reply_to), ("In-Reply-To", in_reply_to)]
    heads += [("From", frm), ("Date", rfc(date)), ("Message-ID", msgid), ("Subject", hdr(subject, "b")),
              ("To", ", ".join(to))]
    if cc:
        heads.append(("Cc", ", ".join(cc)))
    b = "000000000000" + rid(seed + "b", 16)

    def wrap(body_html):
        return f'<div dir="ltr">{body_html}</div>\n'
    return message(heads, alt(b, body, to_html(body, wrap=wrap))), msgid


def apple_mail(*, seed, to, subject, date, body, cc=(), in_reply_to=None, references=None, iphone=False):
    """Carla's own replies (Apple Mail on the Mac, or the iPhone: text/plain only)."""
    msgid = f"<{uuid_like(seed + 'am').upper()}@example.com>"
    heads = [("Delivered-To", OWNER),
             ("Received", f"from smtpclient.apple (dynamic-077-183-044-201.77.183.pool.example.net [77.183.44.201])\n"
                          f"        by smtp.example.com (Postfix) with ESMTPSA id {rid(seed + 'rq', 12, UPHEX)};\n"
                          f"        {rfc(date + timedelta(seconds=1))}"),
             ("From", A(OWNER_NAME, OWNER))]
    if iphone:
        heads += [("Content-Transfer-Encoding", None)]
    heads += [("Subject", hdr(subject, "q")), ("Date", rfc(date)), ("Message-Id", msgid)]
    if in_reply_to:
        heads += [("References", references or in_reply_to), ("In-Reply-To", in_reply_to)]
    heads += [("To", ", ".join(to))]
    if cc:
        heads.append(("Cc", ", ".join(cc)))
    if iphone:
        heads.append(("X-Mailer", "iPhone Mail (23A341)"))
        return message(heads, leaf("text/plain", body, "quoted-printable", charset="utf-8")), msgid
    heads.append(("X-Mailer", "Apple Mail (2.3826.500.181.1.5)"))
    b = "Apple-Mail=_" + uuid_like(seed + "amb").upper()
    return message(heads, alt(b, body, font="-apple-system, Helvetica Neue, sans-serif")), msgid


def iv(company, role, start, end, status, interviewers, followups, kind):
    return {
        "company": company, "role": role,
        "start": start.isoformat(), "end": end.isoformat() if end else None,
        "status": status, "interviewer_emails": list(interviewers), "followup_recipients": list(followups),
        "kind": kind,
    }


CASES = []


def case(fn):
    CASES.append(fn)
    return fn


# --------------------------------------------------------------------------------------------
# ATS templates
# --------------------------------------------------------------------------------------------
def personio_mail(*, seed, account, company, subject, date, text, reply_to=None, html_only=False, accent="#1f2b3d",
                  to=OWNER, delivered_to=OWNER, frm=None):
    """A candidate mail sent from Personio's built-in mail service (Mailjet)."""
    paras = "\n".join(
        "<p style=\"margin:0 0 14px 0\">" + _link(html.escape(p)).replace("\n", "<br>\n") + "</p>"
        for p in text.strip("\n").split("\n\n"))
    body_html = (
        "<!DOCTYPE html>\n<html lang=\"de\"><head><meta charset=\"utf-8\">"
        "<meta name=\"viewport\" content=\"width=device-width\"></head>\n"
        "<body style=\"margin:0;padding:0;background:#f4f5f7\">\n"
        "<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\"><tr><td align=\"center\">\n"
        "<table role=\"presentation\" width=\"600\" cellpadding=\"0\" cellspacing=\"0\" style=\"background:#ffffff\">\n"
        f"<tr><td style=\"padding:24px 32px;background:{accent};color:#ffffff;font:bold 18px Arial,sans-serif\">"
        f"{html.escape(company)}</td></tr>\n"
        f"<tr><td style=\"padding:32px;font:14px/1.5 Arial,sans-serif;color:#1f2b3d\">\n{paras}\n</td></tr>\n"
        "</table>\n</td></tr></table>\n</body></html>\n")
    frm = frm or A(company, f"{account}-jobs@m-personio.de")
    heads = [("Delivered-To", delivered_to),
             received("o208.p8.mailjet.com", "87.253.233.208", "mx1.example.com", date + timedelta(seconds=4), seed),
             ("Return-Path", f"<bnc3.{rid(seed + 'bnc', 20, ALNUM)}@bnc3.mailjet.com>"),
             ("DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed; d=m-personio.de; s=mailjet; t={int(date.timestamp())};\n"
                                f"\th=message-id:date:from:to:subject; bh={base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()};\n"
                                f"\tb={rid(seed + 'dk', 64, ALNUM)}"),
             ("Message-Id", f"<{uuid_like(seed + 'pm')}@m-personio.de>"),
             ("Date", rfc(date)), ("From", frm)]
    if reply_to:
        heads.append(("Reply-To", reply_to))
    heads += [("To", to), ("Subject", hdr(subject, "b")),
              ("X-MJ-Mid", rid(seed + "mj", 40, ALNUM)), ("X-Mailer", "Personio Recruiting")]
    if html_only:
        part = leaf("text/html", body_html, "base64")
    else:
        part = multi("alternative", "b1_" + rid(seed + "pb", 32, ALNUM),
                     [leaf("text/plain", text), leaf("text/html", body_html)])
    return message(heads, part)


def softgarden_mail(*, seed, company, subject, date, text, attachment=None, reply_to=None):
    heads = [("Delivered-To", OWNER),
             received("mta-out-12.softgarden.io", "185.15.58.212", "mx1.example.com", date + timedelta(seconds=3), seed),
             ("Return-Path", "<bounce@softgarden.io>"),
             ("Date", rfc(date)), ("From", A(company, "noreply@softgarden.io"))]
    if reply_to:
        heads.append(("Reply-To", reply_to))
    heads += [("To", A(OWNER_NAME, OWNER)), ("Message-ID", f"<{rid(seed + 'sg', 24)}.{rid(seed + 'sg2', 10, '0123456789')}@softgarden.io>"),
              ("Subject", hdr(subject, "q")), ("X-Softgarden-Type", "applicant-mail")]
    body = alt("----=_Part_" + rid(seed + "b", 7, "0123456789") + "_" + rid(seed + "b2", 10, "0123456789") + "."
               + rid(seed + "b3", 13, "0123456789"), text, font="Helvetica, Arial, sans-serif")
    if attachment:
        fname, ics = attachment
        att = leaf("text/calendar", ics, "base64", charset="UTF-8", params=f'; method=PUBLISH; name="{fname}"',
                   extra=[("Content-Disposition", f'attachment; filename="{fname}"')])
        body = multi("mixed", "----=_Part_" + rid(seed + "bm", 7, "0123456789") + "_" + rid(seed + "bm2", 10, "0123456789")
                     + "." + rid(seed + "bm3", 13, "0123456789"), [body, att])
    return message(heads, body)


def join_mail(*, seed, company, subject, date, text, reply_to=None):
    heads = [("Delivered-To", OWNER),
             received("a48-93.smtp-out.amazonses.com", "54.240.48.93", "mx1.example.com", date + timedelta(seconds=2), seed),
             ("Return-Path", f"<0102{rid(seed + 'ses', 16)}-{uuid_like(seed + 'ses2')}-000000@eu-west-1.amazonses.com>"),
             ("From", A(f"{company} via JOIN", "noreply@join.com"))]
    if reply_to:
        heads.append(("Reply-To", reply_to))
    heads += [("To", OWNER), ("Subject", hdr(subject, "b")), ("Date", rfc(date)),
              ("Message-ID", f"<0102{rid(seed + 'jm', 16)}-{uuid_like(seed + 'jm2')}-000000@eu-west-1.amazonses.com>"),
              ("Feedback-ID", "1.eu-west-1.join-transactional:AmazonSES")]

    def wrap(b):
        return ('<!doctype html><html><body style="background:#f6f7fb;margin:0">'
                '<div style="max-width:560px;margin:0 auto;background:#fff;padding:32px;font-family:Inter,Arial,sans-serif;'
                f'font-size:15px;color:#17181a">\n{b}\n<hr style="border:none;border-top:1px solid #e5e7eb">'
                '<p style="font-size:12px;color:#8a8f98">JOIN Solutions AG · Zürich</p></div></body></html>\n')
    return message(heads, alt("--==_mimepart_" + rid(seed + "b", 24), text, to_html(text, wrap=wrap)))


def thunderbird_mail(*, seed, frm, to, subject, date, body, in_reply_to=None, references=None):
    msgid = f"<{uuid_like(seed + 'tb')}@kessler-roth.example>"
    heads = [("Delivered-To", OWNER),
             received("mail.kessler-roth.example", "212.227.15.41", "mx1.example.com", date + timedelta(seconds=2), seed),
             ("Message-ID", msgid), ("Date", rfc(date)),
             ("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "de-DE"), ("To", ", ".join(to)),
             ("From", frm)]
    if in_reply_to:
        heads += [("References", references or in_reply_to), ("In-Reply-To", in_reply_to)]
    heads += [("Subject", hdr(subject, "q"))]
    return message(heads, leaf("text/plain", flowed(body), "8bit", charset="UTF-8", params="; format=flowed")), msgid


def flowed(text, width=72):
    """RFC 3676 format=flowed: soft line breaks keep a trailing space (Thunderbird style)."""
    out = []
    for line in text.split("\n"):
        if len(line) <= width or line.startswith(">") or line == "-- ":
            out.append(line)
            continue
        words, cur = line.split(" "), ""
        for w in words:
            if cur and len(cur) + len(w) + 1 > width:
                out.append(cur + " ")
                cur = w
            else:
                cur = f"{cur} {w}" if cur else w
        out.append(cur)
    return "\n".join(out)


def gcal_event(*, eid, summary, description, start, end, organizer, attendees, created, updated, seq,
               meet=None, location=None, status="confirmed", tzname="Europe/Berlin"):
    ev = {"kind": "calendar#event",
          "etag": '"' + rid(eid + str(seq), 16, "0123456789") + '"',
          "id": eid, "status": status,
          "htmlLink": "https://www.google.com/calendar/event?eid=" +
                      base64.b64encode(f"{eid} {OWNER}".encode()).decode().rstrip("="),
          "created": utc(created).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
          "updated": utc(updated).strftime("%Y-%m-%dT%H:%M:%S.") + rid(eid + "ms" + str(seq), 3, "0123456789") + "Z",
          "summary": summary, "description": description}
    if location:
        ev["location"] = location
    ev["creator"] = {"email": organizer[1], "displayName": organizer[0]}
    ev["organizer"] = {"email": organizer[1], "displayName": organizer[0]}
    ev["start"] = {"dateTime": start.isoformat(), "timeZone": tzname}
    ev["end"] = {"dateTime": end.isoformat(), "timeZone": tzname}
    ev["iCalUID"] = f"{eid}@google.com"
    ev["sequence"] = seq
    atts = []
    for name, email, rs, flags in attendees:
        a = {"email": email}
        if name:
            a["displayName"] = name
        a.update(flags)
        a["responseStatus"] = rs
        atts.append(a)
    ev["attendees"] = atts
    if meet:
        ev["hangoutLink"] = f"https://meet.google.com/{meet}"
        ev["conferenceData"] = {
            "entryPoints": [
                {"entryPointType": "video", "uri": f"https://meet.google.com/{meet}", "label": f"meet.google.com/{meet}"},
                {"entryPointType": "phone", "uri": "tel:+49-30-300195" + rid(eid, 3, "0123456789"),
                 "label": "+49 30 300195" + rid(eid, 3, "0123456789"), "pin": rid(eid + "pin", 9, "0123456789"),
                 "regionCode": "DE"},
            ],
            "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet",
                                   "iconUri": "https://fonts.gstatic.com/s/i/productlogos/meet_2020q4/v6/web-512dp/logo_meet_2020q4_color_2x_web_512dp.png"},
            "conferenceId": meet}
    ev["reminders"] = {"useDefault": True}
    ev["eventType"] = "default"
    return json.dumps(ev, indent=2, ensure_ascii=False) + "\n"


# ============================================================================================
# POSITIVE CASES
# ============================================================================================
@case
def c_personio_teams():
    role = "Senior Marketing Manager Brand (m/w/d)"
    start = T(2026, 9, 15, 10, 0, wd="Dienstag")
    end = start + timedelta(hours=1)
    d1 = T(2026, 9, 2, 10, 14, 22, wd="Mittwoch")
    d2 = T(2026, 9, 2, 10, 29, 51)
    svenja = ("Svenja Oltmanns", "svenja.oltmanns@kranich-mobility.example")
    moritz = ("Moritz Engelke", "moritz.engelke@kranich-mobility.example")
    t1 = f"""Sehr geehrte Frau Winterfeld,

vielen Dank für Ihre Bewerbung und Ihr Interesse an Kranich Mobility!

Ihr Profil hat uns überzeugt, und wir möchten Sie gern zu einem Vorstellungsgespräch für die Position {role} einladen:

Datum: {de_long(start)}
Uhrzeit: {hm(start)} – {hm(end)} Uhr
Format: Videocall über Microsoft Teams
Ihr Gesprächspartner: Moritz Engelke, Head of Brand

Die Kalendereinladung mit dem Teams-Link schickt Ihnen unsere Kollegin Svenja Oltmanns (Talent Acquisition) in Kürze separat. Sollte der Termin bei Ihnen nicht passen, geben Sie uns bitte kurz Bescheid – gern direkt an {svenja[1]}.

Wir freuen uns auf das Gespräch!

Mit freundlichen Grüßen
Ihr Talent-Acquisition-Team
Kranich Mobility GmbH
Schlesische Straße 27 · 10997 Berlin

Diese Nachricht wurde über Personio versendet. Hinweise zum Umgang mit Ihren Daten: https://karriere.kranich-mobility.example/datenschutz
"""
    m1 = personio_mail(seed="c01a", account="kranichmobility", company="Kranich Mobility GmbH",
                       subject=f"Einladung zum Vorstellungsgespräch – {role}", date=d1, text=t1, accent="#0b6e4f")
    teams, url = teams_block("c01teams", "de-DE")
    body = f"""Hallo Frau Winterfeld,

wie angekündigt hier die Einladung zu Ihrem Vorstellungsgespräch mit Moritz Engelke. Bitte wählen Sie sich ein paar Minuten vorher über den Link unten ein; Kamera und Mikrofon sollten funktionieren, eine Präsentation ist nicht nötig.

Beste Grüße
Svenja Oltmanns
Talent Acquisition | Kranich Mobility GmbH
{svenja[1]} | +49 30 5490 3312

{teams}"""
    summary = "Vorstellungsgespräch Senior Marketing Manager Brand – Carla Winterfeld"
    ics = exchange_ics(method="REQUEST", uid=exch_uid("c01"), seq=0, summary=summary, start=start, end=end,
                       organizer=svenja,
                       attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION"),
                                  (moritz[0], moritz[1], "REQ-PARTICIPANT", "NEEDS-ACTION")],
                       description=body, location="Microsoft Teams-Besprechung", dtstamp=utc(d2), teams_url=url)
    m2, _ = exchange_mail(seed="c01b", frm=A(*svenja), to=[A(OWNER_NAME, OWNER), A(*moritz)], subject=summary,
                          date=d2, body=body, ics=ics, method="REQUEST")
    return dict(slug="personio-vorstellungsgespraech-teams", items=[
        ("01-personio-einladung-vorstellungsgespraech.eml", m1),
        ("02-teams-einladung-kranich.eml", m2)],
        label=dict(interview=True, interviews=[
            iv("Kranich Mobility", "Senior Marketing Manager Brand", start, end, "scheduled",
               [moritz[1]], [moritz[1]], "hiring_manager")],
            difficulty="medium", category="positive/personio-plus-teams-dedupe",
            notes="Personio invitation (sent from the m-personio.de system address) plus the Teams invite from the "
                  "recruiter = ONE interview. Svenja only organises; Moritz Engelke conducts it."))


@case
def c_softgarden_phone():
    role = "Marketing Manager Online (m/w/d)"
    lea = ("Lea Brinkhaus", "lea.brinkhaus@elbmoewe-reisen.example")
    start = T(2026, 9, 21, 14, 30, wd="Montag")
    end = start + timedelta(minutes=30)
    d1 = T(2026, 9, 10, 11, 3, 12, wd="Donnerstag")
    d2 = T(2026, 9, 14, 16, 2, 40, wd="Montag")
    o1, o2, o3 = T(2026, 9, 18, wd="Freitag"), T(2026, 9, 21, wd="Montag"), T(2026, 9, 22, wd="Dienstag")
    link = "https://elbmoewe-reisen.softgarden.io/de/appointment/" + rid("c02link", 32)
    t1 = f"""Sehr geehrte Frau Winterfeld,

vielen Dank für Ihre Bewerbung als {role} bei der Elbmöwe Reisen GmbH.

Wir würden Sie gern in einem kurzen telefonischen Kennenlerngespräch (ca. 30 Minuten) näher kennenlernen. Bitte wählen Sie über den folgenden Link selbst einen passenden Termin aus unserem Kalender aus:

{link}

Freie Zeitfenster gibt es unter anderem am {WD_DE[o1.weekday()]}, {o1.strftime('%d.%m.')}, am {WD_DE[o2.weekday()]}, {o2.strftime('%d.%m.')} und am {WD_DE[o3.weekday()]}, {o3.strftime('%d.%m.')}

Mit freundlichen Grüßen
Lea Brinkhaus
Recruiting | Elbmöwe Reisen GmbH
"""
    m1 = softgarden_mail(seed="c02a", company="Elbmöwe Reisen GmbH",
                         subject="Elbmöwe Reisen: Bitte wählen Sie einen Termin für Ihr Kennenlerngespräch", date=d1, text=t1)
    t2 = f"""Sehr geehrte Frau Winterfeld,

vielen Dank für Ihre Terminbuchung. Hiermit bestätigen wir Ihnen folgenden Termin:

Telefonisches Kennenlerngespräch – {role}
{WD_DE[start.weekday()]}, {de_num(start)}, {hm(start)} - {hm(end)} Uhr (Europe/Berlin)

Frau Lea Brinkhaus (Recruiting) ruft Sie zum vereinbarten Zeitpunkt unter der Telefonnummer an, die Sie in Ihrem Bewerberprofil hinterlegt haben.

Den Termin finden Sie auch als Kalenderdatei im Anhang. Sollten Sie den Termin nicht wahrnehmen können, sagen Sie ihn bitte über Ihr Bewerberprofil ab oder schreiben Sie Frau Brinkhaus direkt: {lea[1]}

Mit freundlichen Grüßen
Ihr Recruiting-Team der Elbmöwe Reisen GmbH
Am Sandtorpark 2 · 20457 Hamburg

Diese E-Mail wurde automatisch über softgarden versendet.
"""
    ics = ics_join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//softgarden e-recruiting GmbH//Appointment//DE", "METHOD:PUBLISH",
        "BEGIN:VEVENT", f"UID:{rid('c02uid', 12)}-appointment@softgarden.io", f"DTSTAMP:{zutc(d2)}",
        f"DTSTART:{zutc(start)}", f"DTEND:{zutc(end)}",
        f"SUMMARY:{esc('Telefonisches Kennenlerngespräch – Elbmöwe Reisen GmbH')}",
        f"DESCRIPTION:{esc('Lea Brinkhaus ruft Sie an. Position: ' + role)}",
        "LOCATION:Telefon",
        f"ORGANIZER;CN={lea[0]}:mailto:{lea[1]}",
        f"ATTENDEE;CN={OWNER_NAME};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{OWNER}",
        "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"])
    m2 = softgarden_mail(seed="c02b", company="Elbmöwe Reisen GmbH",
                         subject="Terminbestätigung: Telefonisches Kennenlerngespräch bei Elbmöwe Reisen", date=d2, text=t2,
                         attachment=("Kennenlerngespraech.ics", ics))
    return dict(slug="softgarden-kennenlerngespraech-phone", items=[
        ("01-softgarden-terminauswahl.eml", m1), ("02-softgarden-terminbestaetigung.eml", m2)],
        label=dict(interview=True, interviews=[
            iv("Elbmöwe Reisen", "Marketing Manager Online", start, end, "scheduled", [lea[1]], [lea[1]], "phone_screen")],
            difficulty="medium", category="positive/softgarden-selfbooked-ics-utc",
            notes="First mail is only a self-scheduling request; the confirmation after booking fixes Monday 21.09. "
                  "14:30 (.ics in UTC, 12:30Z). The recruiter conducts the phone screen, so she is the interviewer."))


@case
def c_join_google():
    role = "Head of Growth Marketing"
    niklas = ("Niklas Hartung", "niklas@pflanzgut.example")
    d1 = T(2026, 9, 23, 9, 12, 5, wd="Mittwoch")
    d2 = T(2026, 9, 23, 11, 40, 17)
    d3 = T(2026, 9, 23, 11, 44, 2)
    start = T(2026, 10, 1, 16, 0, wd="Donnerstag")  # "Donnerstag nächste Woche" from Wed 23.09.
    assert (start.date() - d2.date()).days == 8
    end = start + timedelta(minutes=45)
    t1 = f"""Hi Carla,

gute Neuigkeiten! 🎉

Pflanzgut hat sich deine Bewerbung als {role} angesehen und möchte dich gern in einem Kennenlerngespräch besser kennenlernen.

Niklas von Pflanzgut meldet sich in Kürze direkt bei dir, um einen Termin zu vereinbaren. Behalte also dein Postfach im Blick!

Den Status deiner Bewerbung findest du jederzeit in deinem JOIN-Profil: https://join.com/candidate/applications

Viel Erfolg!
Dein JOIN-Team
"""
    m1 = join_mail(seed="c03a", company="Pflanzgut", subject="Pflanzgut möchte dich kennenlernen 🌱", date=d1, text=t1)
    t2 = f"""Hey Carla,

danke für deine Bewerbung – deine Case Study zur Abo-Kampagne fand ich richtig stark, und genau so jemanden suchen wir gerade.

Lass uns gern quatschen: Passt dir Donnerstag nächste Woche um 16 Uhr? Wir nehmen uns 45 Minuten, ganz entspannt per Google Meet. Ich schick dir direkt eine Einladung – wenn's nicht passt, einfach ablehnen und was anderes vorschlagen.

Liebe Grüße
Niklas

--
Niklas Hartung
Co-Founder & CEO | Pflanzgut GmbH
Pflanzen im Abo – pflanzgut.example
"""
    m2, mid2 = gmail_mail(seed="c03b", frm=A(*niklas), to=[A(OWNER_NAME, OWNER)],
                          subject="Kennenlernen – Pflanzgut x Carla", date=d2, body=t2)
    meet = meet_code("c03meet")
    m3, _, _ = google_invite(seed="c03c", organizer=niklas,
                             attendees=[(niklas[0], niklas[1], "ACCEPTED"), (OWNER, OWNER, "NEEDS-ACTION")],
                             summary="Kennenlernen Carla x Pflanzgut", start=start, end=end,
                             description="Lockeres Kennenlernen: wer wir sind, was du suchst, wie Growth bei uns aussieht.",
                             meet=meet, lang="de", date=d3, created=d3 - timedelta(seconds=40))
    return dict(slug="join-kennenlernen-google-meet-du", items=[
        ("01-join-pflanzgut-moechte-dich-kennenlernen.eml", m1), ("02-niklas-terminvorschlag.eml", m2),
        ("03-google-einladung-kennenlernen.eml", m3)],
        label=dict(interview=True, interviews=[
            iv("Pflanzgut", role, start, end, "scheduled", [niklas[1]], [niklas[1]], "hiring_manager")],
            difficulty="medium", category="positive/join-plus-google-invite",
            notes="JOIN notification (no time), founder's mail ('Donnerstag nächste Woche um 16 Uhr' from Wed 23.09. = "
                  "Thu 01.10.) and the Google invite (UTC 14:00Z) are one Kennenlerngespräch with the founder/CEO."))


@case
def c_amsterdam_thread():
    role = "Marketing Manager DACH"
    femke = ("Femke de Wit", "femke.dewit@noordlicht-payments.example")
    joost = ("Joost Bakker", "joost.bakker@noordlicht-payments.example")
    opt1 = T(2026, 11, 11, 14, 0, tz=AMS, wd="Wednesday")
    start = T(2026, 11, 12, 15, 0, tz=AMS, wd="Thursday")
    end = start + timedelta(minutes=45)
    d1 = T(2026, 11, 2, 10, 5, 44, tz=AMS, wd="Monday")
    d2 = T(2026, 11, 2, 12, 47, 9, tz=BER)
    d3 = T(2026, 11, 2, 14, 20, 31, tz=AMS)
    subj = f"Next step: conversation with Joost ({role})"
    t1 = f"""Hi Carla,

Thanks again for your application and for sending over the campaign examples – the team really liked the launch work you did for the German market.

As a next step we'd like you to meet Joost Bakker, our Marketing Director, for a 45-minute video conversation about the role and how you'd approach our DACH expansion. Two options on our side:

- {WD_EN[opt1.weekday()]} {opt1.day} {MON_EN[opt1.month - 1]} at {hm(opt1)}
- {WD_EN[start.weekday()]} {start.day} {MON_EN[start.month - 1]} at {hm(start)}

Both are Amsterdam time (CET), so the same as in Berlin. Let me know which one suits you best.

Best,
Femke

Femke de Wit
Talent Partner | Noordlicht Payments B.V.
Keizersgracht 241, 1016 EA Amsterdam
"""
    m1, mid1 = gmail_mail(seed="c04a", frm=A(*femke), to=[A(OWNER_NAME, OWNER)], subject=subj, date=d1, body=t1)
    t2 = f"""Hi Femke,

thank you, that sounds great! {WD_EN[start.weekday()]} {start.day} {MON_EN[start.month - 1]} at {hm(start)} works best for me.

Looking forward to speaking with Joost.

Best regards,
Carla

> Am {d1.strftime('%d.%m.%Y')} um {hm(d1)} schrieb {femke[0]} <{femke[1]}>:
>
""" + quote(t1) + "\n"
    m2, mid2 = apple_mail(seed="c04b", to=[A(*femke)], subject="Re: " + subj, date=d2, body=t2, in_reply_to=mid1)
    t3 = f"""Hi Carla,

Perfect – you're confirmed for {WD_EN[start.weekday()]} {start.day} {MON_EN[start.month - 1]}, {hm(start)}–{hm(end)} CET with Joost (cc'd here). He'll send you a Google Meet link the day before.

Good luck, and let me know if anything comes up!

Femke

On {d2.strftime('%a')}, {d2.day} {MON_EN[d2.month - 1][:3]} {d2.year} at {hm(d2)}, Carla Winterfeld <{OWNER}> wrote:
""" + quote(t2) + "\n"
    m3, _ = gmail_mail(seed="c04c", frm=A(*femke), to=[A(OWNER_NAME, OWNER)], cc=[A(*joost)], subject="Re: " + subj,
                       date=d3, body=t3, in_reply_to=mid2, references=f"{mid1} {mid2}")
    d4 = T(2026, 11, 11, 16, 2, 18, tz=AMS, wd="Wednesday")
    meet = meet_code("c04meet")
    ics4 = google_ics(uid=rid("c04uid", 26, "0123456789abcdefghijklmnopqrstuv") + "@google.com", seq=0, method="REQUEST",
                      summary="Carla Winterfeld <> Joost Bakker | Noordlicht Payments", start=start, end=end,
                      organizer=joost, attendees=[(joost[0], joost[1], "ACCEPTED"),
                                                  (OWNER_NAME, OWNER, "NEEDS-ACTION")],
                      description=f"Conversation about the {role} role.", meet=meet,
                      created=d4 - timedelta(seconds=50), modified=d4, dtstamp=d4)
    return dict(slug="amsterdam-thread-propose-confirm-cet", items=[
        ("01-femke-two-options.eml", m1), ("02-carla-picks-thursday.eml", m2), ("03-femke-confirms.eml", m3),
        ("04-invite-joost-bakker.ics", ics4)],
        label=dict(interview=True, interviews=[
            iv("Noordlicht Payments", role, start, end, "scheduled", [joost[1]], [joost[1]], "hiring_manager")],
            difficulty="medium", category="positive/thread-propose-confirm",
            notes="Amsterdam company, English thread. Two options offered; the Thursday 12 Nov 15:00 CET slot is chosen "
                  "and confirmed. The Wednesday option must not become an interview. Joost (cc) conducts it; his Google "
                  "invite (standalone .ics, UTC 14:00Z) is the same interview."))


@case
def c_reschedule_dst():
    role = "Brand Manager Germany"
    maartje = ("Maartje Hoekstra", "maartje.hoekstra@zuiderzee-foods.example")
    sanne = ("Sanne Visser", "sanne.visser@zuiderzee-foods.example")
    daan = ("Daan Mulder", "daan.mulder@zuiderzee-foods.example")
    s0 = T(2026, 10, 22, 10, 30, tz=AMS, wd="Thursday")
    start = T(2026, 10, 29, 10, 30, tz=AMS, wd="Thursday")
    assert s0.utcoffset() == timedelta(hours=2) and start.utcoffset() == timedelta(hours=1)
    e0, end = s0 + timedelta(hours=1), start + timedelta(hours=1)
    d1 = T(2026, 10, 13, 9, 40, 3, tz=AMS, wd="Tuesday")
    d2 = T(2026, 10, 19, 16, 52, 26, tz=AMS, wd="Monday")
    d3 = T(2026, 10, 19, 18, 3, 55, tz=BER)
    d4 = T(2026, 10, 20, 8, 15, 12, tz=AMS, wd="Tuesday")
    uid = exch_uid("c05")
    summary = f"Zuiderzee Foods | Interview {role} | Carla Winterfeld"
    teams, url = teams_block("c05teams", "en-US")
    atts = [(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION"),
            (sanne[0], sanne[1], "REQ-PARTICIPANT", "NEEDS-ACTION"),
            (daan[0], daan[1], "REQ-PARTICIPANT", "NEEDS-ACTION")]
    sig = f"""Kind regards,
Maartje Hoekstra
Talent Acquisition Specialist | Zuiderzee Foods B.V.
Papaverweg 38, 1032 KE Amsterdam | +31 20 794 1186"""
    b1 = f"""Dear Carla,

As discussed on the phone, please find below the invitation for your interview for the {role} position. You will meet Sanne Visser (Head of Marketing Benelux & DACH) and Daan Mulder (Category Lead DACH). Expect a conversation about your experience launching food brands in German retail, plus a short discussion of the case you sent us.

{outlook_when(s0, e0, 'en')}

{sig}

{teams}"""
    ics1 = exchange_ics(method="REQUEST", uid=uid, seq=0, summary=summary, start=s0, end=e0, organizer=maartje,
                        attendees=atts, description=b1, location="Microsoft Teams Meeting", dtstamp=utc(d1),
                        lang="en-US", teams_url=url)
    m1, _ = exchange_mail(seed="c05a", frm=A(*maartje), to=[A(OWNER_NAME, OWNER), A(*sanne), A(*daan)], subject=summary,
                          date=d1, body=b1, ics=ics1, method="REQUEST", lang="en-US")
    b2 = f"""Hi Carla,

I'm sorry to do this on short notice: Sanne needs to be at our production site in Zwolle this {WD_EN[s0.weekday()]}, so we have to move your interview.

Would {WD_EN[start.weekday()]} {start.day} October work for you instead, same time – {hm(start)} Amsterdam/Berlin time, one hour? Daan is available then as well. I'll update the Teams invite as soon as you confirm.

Apologies for the inconvenience!

{sig}"""
    m2, mid2 = exchange_mail(seed="c05b", frm=A(*maartje), to=[A(OWNER_NAME, OWNER)],
                             subject=f"Your interview on {WD_EN[s0.weekday()]} – new date?", date=d2, body=b2, lang="en-US")
    t3 = f"""Hi Maartje,

no problem at all – {WD_EN[start.weekday()]} {start.day} October at {hm(start)} works for me.

Best,
Carla

> Am {d2.strftime('%d.%m.%Y')} um {hm(d2)} schrieb {maartje[0]} <{maartje[1]}>:
>
""" + quote(b2) + "\n"
    m3, _ = apple_mail(seed="c05c", to=[A(*maartje)], subject=f"Re: Your interview on {WD_EN[s0.weekday()]} – new date?",
                       date=d3, body=t3, in_reply_to=mid2)
    b4 = f"""Hi Carla,

Here is the updated invitation – thanks for being so flexible!

{outlook_when(start, end, 'en')}

{sig}

{teams}"""
    ics4 = exchange_ics(method="REQUEST", uid=uid, seq=1, summary=summary, start=start, end=end, organizer=maartje,
                        attendees=atts, description=b4, location="Microsoft Teams Meeting", dtstamp=utc(d4),
                        lang="en-US", teams_url=url)
    m4, _ = exchange_mail(seed="c05d", frm=A(*maartje), to=[A(OWNER_NAME, OWNER), A(*sanne), A(*daan)], subject=summary,
                          date=d4, body=b4, ics=ics4, method="REQUEST", lang="en-US")
    return dict(slug="amsterdam-reschedule-across-dst", items=[
        ("01-teams-invite-oct22.eml", m1), ("02-maartje-can-we-move.eml", m2), ("03-carla-ok-29-oct.eml", m3),
        ("04-teams-invite-updated-oct29.eml", m4)],
        label=dict(interview=True, interviews=[
            iv("Zuiderzee Foods", role, start, end, "scheduled", [sanne[1], daan[1]], [sanne[1], daan[1]], "onsite")],
            difficulty="hard", category="positive/reschedule-across-dst",
            notes="Teams invite for Thu 22 Oct 10:30 CEST (+02:00) moved by one week to Thu 29 Oct 10:30, which is after "
                  "the 25 Oct switch -> +01:00 (09:30Z, not 08:30Z). Same UID, SEQUENCE 1. Outlook's '(UTC+01:00)' "
                  "label appears in both bodies. Two interviewers -> panel -> onsite."))


@case
def c_cancel_absage():
    role = "Marketing Manager Trade (m/w/d)"
    tobias = ("Tobias Reinke", "t.reinke@sonnentau.example")
    ingrid = ("Dr. Ingrid Falkenberg", "i.falkenberg@sonnentau.example")
    start = T(2026, 11, 3, 9, 0, wd="Dienstag")
    end = start + timedelta(hours=1)
    d1 = T(2026, 10, 21, 14, 5, 37, wd="Mittwoch")
    d2 = T(2026, 10, 30, 13, 10, 2, wd="Freitag")
    d3 = T(2026, 10, 30, 13, 12, 48)
    uid = exch_uid("c06")
    summary = "Zweitgespräch Marketing Manager Trade (m/w/d) – Carla Winterfeld"
    teams, url = teams_block("c06teams", "de-DE")
    sig = """Mit freundlichen Grüßen
Tobias Reinke
HR Business Partner
Sonnentau Getränke AG | Leopoldstraße 212 | 80804 München
Tel. +49 89 3398 2270"""
    b1 = f"""Sehr geehrte Frau Winterfeld,

vielen Dank noch einmal für das angenehme Erstgespräch. Wie heute telefonisch vereinbart, lade ich Sie hiermit zum Zweitgespräch mit Frau Dr. Ingrid Falkenberg (Bereichsleiterin Marketing) ein:

{WD_DE[start.weekday()]}, {de_num(start)}, {hm(start)} – {hm(end)} Uhr, per Microsoft Teams

Bitte bereiten Sie eine kurze Präsentation (max. 10 Minuten) mit Ihren Ideen für die Listung unserer Bio-Limonaden im Lebensmitteleinzelhandel vor.

{sig}

{teams}"""
    atts = [(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION"),
            (ingrid[0], ingrid[1], "REQ-PARTICIPANT", "NEEDS-ACTION")]
    ics1 = exchange_ics(method="REQUEST", uid=uid, seq=0, summary=summary, start=start, end=end, organizer=tobias,
                        attendees=atts, description=b1, location="Microsoft Teams-Besprechung", dtstamp=utc(d1),
                        teams_url=url)
    m1, _ = exchange_mail(seed="c06a", frm=A(*tobias), to=[A(OWNER_NAME, OWNER), A(*ingrid)], subject=summary, date=d1,
                          body=b1, ics=ics1, method="REQUEST")
    b2 = f"""Sehr geehrte Frau Winterfeld,

leider muss ich Ihnen mitteilen, dass wir den Termin für Ihr Zweitgespräch am kommenden {WD_DE[start.weekday()]}, {de_num(start)}, absagen müssen. Aufgrund einer kurzfristigen Budgetentscheidung wird die Position {role} vorerst nicht nachbesetzt.

Das tut uns sehr leid, zumal Sie uns im Erstgespräch sehr überzeugt haben. Sobald die Stelle wieder freigegeben ist, würde ich mich gern bei Ihnen melden – sofern Sie damit einverstanden sind.

Die Kalendereinladung ziehe ich parallel zurück.

{sig}"""
    m2, _ = exchange_mail(seed="c06b", frm=A(*tobias), to=[A(OWNER_NAME, OWNER)],
                          subject=f"Absage des Termins am {de_num(start)} – Zweitgespräch", date=d2, body=b2)
    b3 = "Der Termin wurde abgesagt. Details siehe meine separate E-Mail.\n\nTobias Reinke\n"
    ics3 = exchange_ics(method="CANCEL", uid=uid, seq=1, summary="Abgesagt: " + summary, start=start, end=end,
                        organizer=tobias, attendees=atts, description=b3, location="Microsoft Teams-Besprechung",
                        dtstamp=utc(d3), teams_url=url)
    m3, _ = exchange_mail(seed="c06c", frm=A(*tobias), to=[A(OWNER_NAME, OWNER), A(*ingrid)],
                          subject="Abgesagt: " + summary, date=d3, body=b3, ics=ics3, method="CANCEL")
    return dict(slug="zweitgespraech-absage-des-termins", items=[
        ("01-teams-einladung-zweitgespraech.eml", m1), ("02-absage-des-termins.eml", m2),
        ("03-abgesagt-zweitgespraech.eml", m3)],
        label=dict(interview=True, interviews=[
            iv("Sonnentau Getränke", "Marketing Manager Trade", start, end, "cancelled", [ingrid[1]], [ingrid[1]],
               "hiring_manager")],
            difficulty="medium", category="positive/cancellation",
            notes="Zweitgespräch on Tue 03.11. 09:00 CET (after the DST switch) is cancelled by the company ('Absage des "
                  "Termins' + Outlook METHOD:CANCEL). Kept with status cancelled. 'Absage' here means the appointment, "
                  "not a rejection of the application. The earlier Erstgespräch has no date and is not labelled."))


@case
def c_probearbeitstag():
    role = "Content & Social Media Lead"
    mira = ("Mira Scholz", "mira@kiezkantine.example")
    ben = ("Ben Akgül", "ben@kiezkantine.example")
    day = T(2026, 10, 9, 9, 30, wd="Freitag")
    final_s, end = T(2026, 10, 9, 16, 0), T(2026, 10, 9, 16, 45)
    d1 = T(2026, 10, 1, 17, 25, 18, wd="Donnerstag")
    d2 = T(2026, 10, 1, 19, 2, 44)
    d3 = T(2026, 10, 2, 9, 11, 30, wd="Freitag")
    t1 = f"""Hi Carla,

danke dir für deine Bewerbung und die coolen Arbeitsproben – besonders die Kampagne für den Kiez-Lieferdienst hat uns gefallen!

Wir würden dich sehr gern besser kennenlernen und laden dich zu einem Probearbeitstag bei uns im Büro ein, und zwar am {WD_DE[day.weekday()]}, {day.day}. {MON_DE[day.month - 1]}.

So sieht der Tag grob aus:
{hm(day)}  Ankommen, Kaffee, kurze Runde mit dem Team
10:00  Workshop: Ideen für unsere Winter-Kampagne (mit mir und Jule aus dem Social-Team)
12:30  Mittagessen (geht natürlich auf uns)
13:30  Du arbeitest an einer kleinen Aufgabe: Content-Plan für Instagram & TikTok für zwei Wochen
{hm(final_s)}  Abschlussgespräch mit Ben (Gründer, in cc) und mir – bis ca. {hm(end)}

Adresse: Kiezkantine GmbH, Wiener Straße 61, Hinterhaus 2. OG, 10999 Berlin (Klingel „Kiezkantine Office“).
Den Tag vergüten wir dir pauschal mit 150 €, dazu schicken wir dir vorher noch eine kurze Vereinbarung.

Passt dir das? Dann schicke ich dir gleich noch eine Kalendereinladung.

Liebe Grüße
Mira

--
Mira Scholz
Head of Marketing | Kiezkantine GmbH
Wiener Straße 61, 10999 Berlin
"""
    subj = f"Einladung zum Probearbeitstag – {role}"
    m1, mid1 = gmail_mail(seed="c07a", frm=A(*mira), to=[A(OWNER_NAME, OWNER)], cc=[A(*ben)], subject=subj, date=d1, body=t1)
    t2 = f"""Hi Mira,

das klingt super, ich bin sehr gern dabei! {WD_DE[day.weekday()]}, {day.strftime('%d.%m.')}, um {day.hour}:{day.minute:02d} Uhr bei euch in der Wiener Straße – ich freu mich.

Liebe Grüße
Carla

> Am {d1.strftime('%d.%m.%Y')} um {hm(d1)} schrieb {mira[0]} <{mira[1]}>:
>
""" + quote(t1) + "\n"
    m2, _ = apple_mail(seed="c07b", to=[A(*mira)], cc=[A(*ben)], subject="Re: " + subj, date=d2, body=t2, in_reply_to=mid1)
    m3, _, _ = google_invite(seed="c07c", organizer=mira,
                             attendees=[(mira[0], mira[1], "ACCEPTED"), (ben[0], ben[1], "ACCEPTED"),
                                        (OWNER, OWNER, "NEEDS-ACTION")],
                             summary="Probearbeitstag Carla Winterfeld", start=day, end=end,
                             description=f"Ablauf siehe Mail. Abschlussgespräch {hm(final_s)}–{hm(end)} mit Ben & Mira.",
                             meet=None, lang="de", date=d3, created=d3 - timedelta(seconds=55),
                             location="Kiezkantine GmbH, Wiener Straße 61, 10999 Berlin, Deutschland")
    return dict(slug="probearbeitstag-trial-day", items=[
        ("01-mira-einladung-probearbeitstag.eml", m1), ("02-carla-zusage.eml", m2),
        ("03-google-einladung-probearbeitstag.eml", m3)],
        label=dict(interview=True, interviews=[
            iv("Kiezkantine", role, day, end, "scheduled", [mira[1], ben[1]], [mira[1], ben[1]], "onsite")],
            difficulty="hard", category="positive/probearbeitstag-onsite",
            notes="A paid Probearbeitstag (trial day) is an in-person evaluation step of the hiring process with a final "
                  "interview; labelled as ONE onsite from 09:30 to the end of the Abschlussgespräch (16:45). Mira and "
                  "the founder Ben evaluate; Jule has no address."))


@case
def c_two_interviews():
    role = "Marketing Manager B2C (m/w/d)"
    katrin = ("Katrin Sommerfeld", "katrin.sommerfeld@wattwurm-energie.example")
    jannik = ("Jannik Oberländer", "jannik.oberlaender@wattwurm-energie.example")
    helena = ("Dr. Helena Wulff", "helena.wulff@wattwurm-energie.example")
    s1 = T(2026, 9, 28, 11, 0, wd="Montag")
    e1 = s1 + timedelta(minutes=30)
    s2 = T(2026, 10, 27, 14, 0, wd="Dienstag")
    e2 = s2 + timedelta(minutes=90)
    assert s2.utcoffset() == timedelta(hours=1)
    d1 = T(2026, 9, 17, 9, 48, 10, wd="Donnerstag")
    d2 = T(2026, 9, 30, 15, 20, 45, wd="Mittwoch")
    d3 = T(2026, 9, 30, 15, 34, 9)
    t1 = f"""Guten Tag Frau Winterfeld,

herzlichen Dank für Ihre Bewerbung als {role} bei Wattwurm Energie!

Gern möchten wir Sie in einem ersten telefonischen Kennenlerngespräch näher kennenlernen. Dafür haben wir folgenden Termin für Sie reserviert:

{WD_DE[s1.weekday()]}, {de_num(s1)} um {hm(s1)} Uhr (Dauer: ca. 30 Minuten)

Ich rufe Sie unter der Telefonnummer an, die Sie in Ihrer Bewerbung angegeben haben. Sollte der Termin nicht passen, schreiben Sie mir bitte direkt an {katrin[1]}.

Viele Grüße aus Hamburg
Katrin Sommerfeld
Recruiting | Wattwurm Energie GmbH
Große Elbstraße 145 · 22767 Hamburg
"""
    m1 = personio_mail(seed="c08a", account="wattwurmenergie", company="Wattwurm Energie GmbH",
                       subject=f"Ihre Bewerbung als {role} – Einladung zum Kennenlerngespräch", date=d1, text=t1,
                       accent="#0a5c8a")
    t2 = f"""Guten Tag Frau Winterfeld,

vielen Dank für das angenehme Telefonat am Montag. Wir freuen uns, Sie zum Zweitgespräch einzuladen!

Termin: {de_long(s2)}, {hm(s2)} – {hm(e2)} Uhr
Ort: online per Google Meet (die Einladung erhalten Sie separat von Herrn Oberländer)
Ihre Gesprächspartner:innen: Jannik Oberländer (Head of Marketing) und Dr. Helena Wulff (CMO)

Im Gespräch möchten wir mit Ihnen eine kurze Case Study besprechen, die wir Ihnen eine Woche vorher zusenden.

Viele Grüße
Katrin Sommerfeld
Recruiting | Wattwurm Energie GmbH
"""
    m2 = personio_mail(seed="c08b", account="wattwurmenergie", company="Wattwurm Energie GmbH",
                       subject=f"Einladung zum Zweitgespräch – {role}", date=d2, text=t2, accent="#0a5c8a")
    m3, _, _ = google_invite(seed="c08c", organizer=jannik,
                             attendees=[(jannik[0], jannik[1], "ACCEPTED"), (helena[0], helena[1], "ACCEPTED"),
                                        (OWNER, OWNER, "NEEDS-ACTION")],
                             summary="Zweitgespräch Wattwurm Energie – Carla Winterfeld (Marketing Manager B2C)",
                             start=s2, end=e2, description="Case-Besprechung mit Jannik & Helena.",
                             meet=meet_code("c08meet"), lang="de", date=d3, created=d3 - timedelta(seconds=30))
    return dict(slug="wattwurm-kennenlernen-und-zweitgespraech", items=[
        ("01-personio-kennenlerngespraech.eml", m1), ("02-personio-zweitgespraech.eml", m2),
        ("03-google-einladung-zweitgespraech.eml", m3)],
        label=dict(interview=True, interviews=[
            iv("Wattwurm Energie", "Marketing Manager B2C", s1, e1, "scheduled", [katrin[1]], [katrin[1]], "phone_screen"),
            iv("Wattwurm Energie", "Marketing Manager B2C", s2, e2, "scheduled", [jannik[1], helena[1]],
               [jannik[1], helena[1]], "onsite")],
            difficulty="hard", category="positive/two-interviews",
            notes="Two interviews with the same company: recruiter phone screen Mon 28.09. 11:00 CEST, then a Zweitgespräch "
                  "Tue 27.10. 14:00 CET (booked in CEST for a date after the switch; Google invite says 13:00Z). The "
                  "Zweitgespräch has two interviewers -> panel -> onsite."))


@case
def c_gcal_json_reschedule():
    role = "Performance Marketing Manager"
    franzi = ("Franziska Huber", "f.huber@bergsalz.example")
    lukas = ("Lukas Brenner", "l.brenner@bergsalz.example")
    sophie = ("Sophie Adler", "s.adler@bergsalz.example")
    s0 = T(2026, 9, 24, 13, 0, wd="Donnerstag")
    start = T(2026, 9, 25, 10, 0, wd="Freitag")
    e0, end = s0 + timedelta(minutes=90), start + timedelta(minutes=90)
    created = T(2026, 9, 16, 14, 2, 11)
    upd1 = T(2026, 9, 16, 14, 9, 48)
    upd2 = T(2026, 9, 23, 8, 41, 5)
    eid = rid("c09eid", 26, "0123456789abcdefghijklmnopqrstuv")
    desc0 = ("Hallo Carla,\n\nwie besprochen präsentierst du Lukas Brenner (Head of Marketing) und Sophie Adler "
             "(Teamlead Performance Marketing) deine Case Study (ca. 20 Min.), danach Fragen in beide Richtungen.\n\n"
             f"Ich selbst bin nicht dabei – bei Fragen erreichst du mich unter {franzi[1]}.\n\nViele Grüße\nFranziska")
    desc1 = (f"UPDATE: Lukas ist am {WD_DE[s0.weekday()]} leider verhindert – wir verschieben auf "
             f"{WD_DE[start.weekday()]}, {start.strftime('%d.%m.')}, {hm(start)} Uhr. Danke für deine Flexibilität!\n\n" + desc0)
    summary = f"Bergsalz Outdoor | Case-Präsentation {role} – Carla Winterfeld"
    atts = [(franzi[0], franzi[1], "accepted", {"organizer": True}),
            (lukas[0], lukas[1], "accepted", {}), (sophie[0], sophie[1], "accepted", {}),
            (None, OWNER, "accepted", {"self": True})]
    meet = meet_code("c09meet")
    j1 = gcal_event(eid=eid, summary=summary, description=desc0, start=s0, end=e0, organizer=franzi, attendees=atts,
                    created=created, updated=upd1, seq=0, meet=meet)
    j2 = gcal_event(eid=eid, summary=summary, description=desc1, start=start, end=end, organizer=franzi,
                    attendees=atts, created=created, updated=upd2, seq=1, meet=meet)
    return dict(slug="gcal-api-case-praesentation-moved", items=[
        ("01-bergsalz-case-praesentation.gcal.json", j1), ("02-bergsalz-case-praesentation-updated.gcal.json", j2)],
        label=dict(interview=True, interviews=[
            iv("Bergsalz Outdoor", role, start, end, "scheduled", [lukas[1], sophie[1]], [lukas[1], sophie[1]], "onsite")],
            difficulty="medium", category="positive/gcal-json-reschedule",
            notes="Calendar API events only: the same event id appears twice, sequence 0 (Thu 24.09. 13:00) then "
                  "sequence 1 moved to Fri 25.09. 10:00 CEST. Final time wins. The organizer (HR) explicitly does not "
                  "attend; the two presenters' audience are the interviewers -> panel -> onsite."))


@case
def c_headhunter_forward():
    role = "Senior Marketing Manager"
    annika = ("Dr. Annika Roth", "a.roth@kessler-roth.example")
    carsten = ("Carsten Lüders", "c.lueders@hafenblick-hotels.example")
    start = T(2026, 10, 19, 13, 0, wd="Montag")
    end = start + timedelta(hours=1)
    dfw = T(2026, 10, 7, 16, 5, 31, wd="Mittwoch")
    d1 = T(2026, 10, 7, 18, 22, 14)
    d2 = T(2026, 10, 7, 20, 11, 3)
    d3 = T(2026, 10, 8, 9, 2, 47, wd="Donnerstag")
    sig = f"""-- 
Dr. Annika Roth
Partnerin | Kessler & Roth Executive Search GmbH
Kurfürstendamm 52 · 10707 Berlin
T +49 30 8877 4410 · {annika[1]}"""
    inner = f"""Liebe Frau Roth,

vielen Dank für das Profil von Frau Winterfeld, das liest sich sehr gut. Ich würde sie gern am {WD_DE[start.weekday()]}, den {start.strftime('%d.%m.')}, um {hm(start)} Uhr bei uns in der Zentrale (Reinhardtstraße 58, 10117 Berlin, 4. OG) zu einem ersten Gespräch treffen. Eine Stunde sollte reichen.

Beste Grüße
Carsten Lüders
Director Marketing & Communications
Hafenblick Hotels GmbH"""
    t1 = f"""Liebe Frau Winterfeld,

gute Nachrichten aus dem Hause Hafenblick: Herr Lüders möchte Sie für die Position {role} (m/w/d) gern persönlich kennenlernen – seine Nachricht finden Sie unten. Könnten Sie mir kurz bestätigen, ob Ihnen der Termin passt? Ich gebe es dann an ihn weiter.

Herzliche Grüße
Annika Roth

{sig}


-------- Weitergeleitete Nachricht --------
Betreff: 	AW: Kandidatin Winterfeld – {role}
Datum: 	{rfc(dfw).replace(' 0', ' ', 1) if rfc(dfw)[5] == '0' else rfc(dfw)}
Von: 	{carsten[0]} <{carsten[1]}>
An: 	Annika Roth <{annika[1]}>



{inner}
"""
    subj = f"WG: AW: Kandidatin Winterfeld – {role} Hafenblick"
    m1, mid1 = thunderbird_mail(seed="c10a", frm=A(*annika), to=[A(OWNER_NAME, OWNER)], subject=subj, date=d1, body=t1)
    t2 = f"""Liebe Frau Roth,

vielen Dank für die schöne Nachricht! Der {WD_DE[start.weekday()]}, {start.strftime('%d.%m.')}, um {hm(start)} Uhr passt mir sehr gut.

Herzliche Grüße
Carla Winterfeld

> Am {d1.strftime('%d.%m.%Y')} um {hm(d1)} schrieb {annika[0]} <{annika[1]}>:
>
""" + quote(t1) + "\n"
    m2, mid2 = apple_mail(seed="c10b", to=[A(*annika)], subject="Re: " + subj, date=d2, body=t2, in_reply_to=mid1)
    t3 = f"""Liebe Frau Winterfeld,

wunderbar – ich habe Herrn Lüders Ihre Zusage gegeben. Melden Sie sich am {start.strftime('%d.%m.')} bitte ein paar Minuten vor {hm(start)} Uhr am Empfang im EG, Herr Lüders holt Sie dort ab.

Rufen Sie mich nach dem Gespräch gern an, ich bin gespannt auf Ihren Eindruck!

Herzliche Grüße
Annika Roth

{sig}

Am {d2.strftime('%d.%m.%y')} um {hm(d2)} schrieb Carla Winterfeld:
""" + quote(t2.split("\n> Am")[0]) + "\n"
    m3, _ = thunderbird_mail(seed="c10c", frm=A(*annika), to=[A(OWNER_NAME, OWNER)], subject="Re: " + subj, date=d3,
                             body=t3, in_reply_to=mid2, references=f"{mid1} {mid2}")
    return dict(slug="headhunter-forwarded-client-interview", items=[
        ("01-annika-wg-hafenblick.eml", m1), ("02-carla-bestaetigt.eml", m2), ("03-annika-zusage-weitergegeben.eml", m3)],
        label=dict(interview=True, interviews=[
            iv("Hafenblick Hotels", role, start, end, "scheduled", [carsten[1]], [carsten[1]], "hiring_manager")],
            difficulty="hard", category="positive/headhunter-forward",
            notes="Executive-search consultant forwards the client's proposal (Thunderbird forward block, 8bit "
                  "format=flowed). The company is the client Hafenblick Hotels, not the search firm. Interviewer "
                  "Carsten Lüders' address appears in the forwarded header, so he is the follow-up recipient."))


@case
def c_relative_morgen():
    role = "Marketing Lead"
    hannes = ("Hannes Wegener", "hannes@spaetkauf-digital.example")
    d1 = T(2026, 11, 5, 17, 48, 20, wd="Donnerstag")
    d2 = T(2026, 11, 5, 18, 30, 2)
    d3 = T(2026, 11, 5, 18, 41, 39)
    start = T(2026, 11, 6, 11, 0, wd="Freitag")  # "morgen um 11"
    assert start.date() == (d1 + timedelta(days=1)).date()
    end = start + timedelta(minutes=30)
    subj = f"Deine Bewerbung als {role}"
    t1 = f"""Hi Carla,

danke für deine Bewerbung als {role} bei Spätkauf Digital – dein Anschreiben war das erste seit Wochen, das ich bis zum Ende gelesen habe :)

Wir stecken gerade mitten im Sprint, deshalb die kurzfristige Frage: Hast du morgen Vormittag Zeit für ein erstes Kennenlerngespräch? Ich hätte um 11 Uhr eine halbe Stunde frei, ganz entspannt per Google Meet.

Viele Grüße
Hannes

Hannes Wegener
COO & Co-Founder | Spätkauf Digital GmbH
"""
    m1, mid1 = gmail_mail(seed="c11a", frm=A(*hannes), to=[A(OWNER_NAME, OWNER)], subject=subj, date=d1, body=t1)
    t2 = f"""Hi Hannes,

morgen um 11 passt mir super, ich freu mich!

Viele Grüße
Carla

Von meinem iPhone gesendet

> Am {d1.strftime('%d.%m.%Y')} um {hm(d1)} schrieb {hannes[0]} <{hannes[1]}>:
>
""" + quote(t1) + "\n"
    m2, mid2 = apple_mail(seed="c11b", to=[A(*hannes)], subject="Re: " + subj, date=d2, body=t2, in_reply_to=mid1,
                          iphone=True)
    meet = meet_code("c11meet")
    t3 = f"""Top! Dann bis morgen um 11, hier der Link:
https://meet.google.com/{meet}

Hannes

On {WD_EN[d2.weekday()][:3]}, {d2.day} {MON_EN[d2.month - 1][:3]} {d2.year} at {hm(d2)}, Carla Winterfeld <{OWNER}> wrote:
""" + quote(t2) + "\n"
    m3, _ = gmail_mail(seed="c11c", frm=A(*hannes), to=[A(OWNER_NAME, OWNER)], subject="Re: " + subj, date=d3,
                       body=t3, in_reply_to=mid2, references=f"{mid1} {mid2}")
    return dict(slug="startup-du-morgen-um-11", items=[
        ("01-hannes-morgen-vormittag.eml", m1), ("02-carla-iphone-passt.eml", m2), ("03-hannes-meet-link.eml", m3)],
        label=dict(interview=True, interviews=[
            iv("Spätkauf Digital", role, start, end, "scheduled", [hannes[1]], [hannes[1]], "hiring_manager")],
            difficulty="medium", category="positive/relative-date-thread",
            notes="Only relative dates: 'morgen ... um 11 Uhr eine halbe Stunde' written Thu 05.11. 17:48 +0100 -> "
                  "Fri 06.11.2026 11:00-11:30 CET. Co-founder/COO conducts the Kennenlerngespräch."))


@case
def c_teams_panel_english():
    role = "Marketing Manager, User Acquisition"
    tomas = ("Tomás Ferreira", "tomas.ferreira@lindenberg-games.example")
    aylin = ("Aylin Demir", "aylin.demir@lindenberg-games.example")
    greg = ("Greg Whitfield", "greg.whitfield@lindenberg-games.example")
    yuki = ("Yuki Tanaka", "yuki.tanaka@lindenberg-games.example")
    start = T(2026, 9, 9, 15, 0, wd="Wednesday")
    end = start + timedelta(minutes=90)
    d1 = T(2026, 9, 1, 11, 20, 7, wd="Tuesday")
    d2 = T(2026, 9, 1, 11, 26, 40)
    sig = """Cheers,
Tomás

Tomás Ferreira
Recruiting Coordinator | Lindenberg Games GmbH
Köpenicker Straße 126, 10179 Berlin"""
    b1 = f"""Hi Carla,

Great news – the team would love to meet you for the panel interview for the {role} role. Here are the details:

Date: {WD_EN[start.weekday()]}, {start.day} {MON_EN[start.month - 1]} {start.year}
Time: {hm(start)}–{hm(end)} (Berlin time)
Where: Microsoft Teams – you'll get a separate calendar invite from me

Your panel:
- Aylin Demir, VP Marketing – marketing strategy and team fit
- Greg Whitfield, Head of User Acquisition – paid channels, budgets, attribution
- Yuki Tanaka, Creative Director – creative testing and working with the art team

I'm only coordinating and won't join the call, but feel free to reach out to me with any questions beforehand.

{sig}"""
    m1, _ = exchange_mail(seed="c12a", frm=A(*tomas), to=[A(OWNER_NAME, OWNER)],
                          subject=f"Lindenberg Games – your panel interview ({role})", date=d1, body=b1, lang="en-US")
    teams, url = teams_block("c12teams", "en-US")
    b2 = f"""Hi Carla,

As promised, here is the Teams invite for your panel interview with Aylin, Greg and Yuki.

{outlook_when(start, end, 'en')}

{sig}

{teams}"""
    summary = f"Panel Interview – Carla Winterfeld – {role}"
    ics = exchange_ics(method="REQUEST", uid=exch_uid("c12"), seq=0, summary=summary, start=start, end=end,
                       organizer=tomas,
                       attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION"),
                                  (aylin[0], aylin[1], "REQ-PARTICIPANT", "NEEDS-ACTION"),
                                  (greg[0], greg[1], "REQ-PARTICIPANT", "NEEDS-ACTION"),
                                  (yuki[0], yuki[1], "REQ-PARTICIPANT", "NEEDS-ACTION")],
                       description=b2, location="Microsoft Teams Meeting", dtstamp=utc(d2), lang="en-US", teams_url=url)
    m2, _ = exchange_mail(seed="c12b", frm=A(*tomas), to=[A(OWNER_NAME, OWNER), A(*aylin), A(*greg), A(*yuki)],
                          subject=summary, date=d2, body=b2, ics=ics, method="REQUEST", lang="en-US")
    ivs = [aylin[1], greg[1], yuki[1]]
    return dict(slug="berlin-games-teams-panel-english", items=[
        ("01-tomas-panel-details.eml", m1), ("02-teams-invite-panel.eml", m2)],
        label=dict(interview=True, interviews=[
            iv("Lindenberg Games", role, start, end, "scheduled", ivs, ivs, "onsite")],
            difficulty="medium", category="positive/teams-panel-utc-label",
            notes="English-language Berlin company. Panel of three (-> onsite); the coordinator/organizer does not join. "
                  "Outlook's '(UTC+01:00) Amsterdam, Berlin' label is shown for a September date, the real offset is "
                  "+02:00 (13:00Z)."))


@case
def c_personio_html_b64():
    role = "Marketing Manager Handel (m/w/d)"
    steffi = ("Stefanie Kowalski", "s.kowalski@rheinperle.example")
    start = T(2026, 11, 24, 10, 30, wd="Dienstag")
    end = start + timedelta(hours=1)
    d1 = T(2026, 11, 12, 11, 37, 52, wd="Donnerstag")
    d2 = T(2026, 11, 12, 13, 5, 20)
    t1 = f"""Sehr geehrte Frau Winterfeld,

vielen Dank für Ihre Bewerbung als {role}. Wir haben Ihre Unterlagen mit großem Interesse gelesen und laden Sie herzlich zu einem persönlichen Vorstellungsgespräch in unsere Zentrale nach Düsseldorf ein.

Termin: {WD_DE[start.weekday()]}, {de_num(start)}
Uhrzeit: {hm(start)} – {hm(end)} Uhr
Ort: Rheinperle Feinkost GmbH, Kaiserswerther Straße 115, 40474 Düsseldorf (Empfang im EG)
Ihre Gesprächspartnerin: Frau Dr. Claudia Averbeck, Leitung Marketing

Ihre Reisekosten (Bahnfahrt 2. Klasse) erstatten wir Ihnen selbstverständlich.

Bitte bestätigen Sie uns den Termin kurz, indem Sie auf diese E-Mail antworten.

Mit freundlichen Grüßen
Stefanie Kowalski
Personalreferentin | Rheinperle Feinkost GmbH"""
    m1 = personio_mail(seed="c13a", account="rheinperlefeinkost", company="Rheinperle Feinkost GmbH",
                       subject="Ihre Einladung zum Vorstellungsgespräch bei Rheinperle Feinkost", date=d1, text=t1,
                       reply_to=A(*steffi), html_only=True, accent="#7a1f3d")
    t2 = f"""Sehr geehrte Frau Kowalski,

vielen Dank für die Einladung, über die ich mich sehr freue. Den Termin am {WD_DE[start.weekday()]}, {de_num(start)}, um {hm(start)} Uhr bestätige ich gern. Ich reise mit der Bahn aus Berlin an.

Mit freundlichen Grüßen
Carla Winterfeld
"""
    m2, _ = apple_mail(seed="c13b", to=[A(*steffi)], subject="Re: Ihre Einladung zum Vorstellungsgespräch bei Rheinperle Feinkost",
                       date=d2, body=t2, in_reply_to=f"<{uuid_like('c13a' + 'pm')}@m-personio.de>")
    return dict(slug="personio-html-only-vor-ort-duesseldorf", items=[
        ("01-personio-einladung-html.eml", m1), ("02-carla-bestaetigt.eml", m2)],
        label=dict(interview=True, interviews=[
            iv("Rheinperle Feinkost", "Marketing Manager Handel", start, end, "scheduled", [], [steffi[1]],
               "hiring_manager")],
            difficulty="medium", category="positive/ats-html-only-reply-to",
            notes="Personio mail with a single base64 text/html part and Reply-To the HR officer. The interviewer "
                  "(Dr. Averbeck) has no address in the case -> interviewer_emails empty, follow-up to the human "
                  "Reply-To, never the m-personio.de sender."))


# ============================================================================================
# NEGATIVE CASES (look-alikes)
# ============================================================================================
FWD_RULE = [("X-MS-Exchange-Inbox-Rules-Loop", WORK),
            ("X-MS-Exchange-Organization-AutoForwarded", "true")]


@case
def n_arbeitsagentur():
    d1 = T(2026, 10, 29, 11, 4, 19, wd="Donnerstag")
    appt = T(2026, 11, 9, 9, 15, wd="Montag")
    appt_end = appt + timedelta(minutes=45)
    t1 = f"""Sehr geehrte Frau Winterfeld,

vielen Dank für Ihre Arbeitsuchendmeldung vom 28.10.2026.

Ich möchte mit Ihnen über Ihre aktuelle berufliche Situation, Ihre Bewerbungsstrategie und mögliche Stellenangebote sprechen. Bitte kommen Sie zu einem persönlichen Erstgespräch:

Termin: {WD_DE[appt.weekday()]}, {de_num(appt)}, {hm(appt)} Uhr
Ort: Agentur für Arbeit Berlin Mitte, Friedrichstraße 39, 10969 Berlin, Haus B, 2. OG, Zimmer 2.214
Ihre Ansprechperson: Herr Landgraf, Arbeitsvermittlung (Team 412)

Bitte bringen Sie folgende Unterlagen mit:
- Personalausweis oder Reisepass
- Kündigungsschreiben Ihres Arbeitgebers
- aktuellen Lebenslauf und Arbeitszeugnisse
- Nachweise über Ihre bisherigen Bewerbungen (falls vorhanden)

Rechtsfolgenbelehrung
Wenn Sie ohne wichtigen Grund dieser Einladung nicht nachkommen, tritt eine Sperrzeit bei Meldeversäumnis von einer Woche ein (§ 159 Abs. 1 Satz 2 Nr. 8, Abs. 6 SGB III). Können Sie den Termin nicht wahrnehmen, teilen Sie uns dies bitte vorher über Ihr Postfach in den eServices mit.

Mit freundlichen Grüßen
Ihre Agentur für Arbeit Berlin Mitte

Kundennummer: 951D447812
Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.
"""
    ics = ics_join(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Bundesagentur fuer Arbeit//Terminvereinbarung//DE",
                    "METHOD:PUBLISH"] + vtz_olson("Europe/Berlin") + [
        "BEGIN:VEVENT", f"UID:{rid('n14uid', 20)}@arbeitsagentur.example", f"DTSTAMP:{zutc(d1)}",
        f"DTSTART;TZID=Europe/Berlin:{zloc(appt)}", f"DTEND;TZID=Europe/Berlin:{zloc(appt_end)}",
        f"SUMMARY:{esc('Beratungsgespräch Arbeitsvermittlung – Agentur für Arbeit Berlin Mitte')}",
        f"LOCATION:{esc('Friedrichstraße 39, 10969 Berlin, Haus B, Zimmer 2.214')}",
        f"DESCRIPTION:{esc('Persönliches Erstgespräch bei Herrn Landgraf. Bitte Unterlagen mitbringen.')}",
        "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    heads = [("Delivered-To", OWNER),
             received("mx-out02.arbeitsagentur.example", "194.95.224.18", "mx1.example.com", d1 + timedelta(seconds=5), "n14"),
             ("Date", rfc(d1)),
             ("From", A("Agentur für Arbeit Berlin Mitte", "Berlin-Mitte.Arbeitsvermittlung@arbeitsagentur.example")),
             ("To", OWNER), ("Message-ID", f"<{rid('n14mid', 20, '0123456789')}.JavaMail.eservices@arbeitsagentur.example>"),
             ("Subject", hdr(f"Einladung zum Beratungsgespräch am {de_num(appt)} - Kundennummer 951D447812", "q"))]
    body = multi("mixed", "----=_Part_" + rid("n14b", 8, "0123456789") + "_" + rid("n14b2", 10, "0123456789"), [
        leaf("text/plain", t1, "quoted-printable", charset="UTF-8"),
        leaf("text/calendar", ics, "base64", charset="UTF-8", params='; name="Termin.ics"',
             extra=[("Content-Disposition", 'attachment; filename="Termin.ics"')])])
    m1 = message(heads, body)
    return dict(slug="neg-arbeitsagentur-beratungsgespraech", items=[("01-einladung-beratungsgespraech.eml", m1)],
                label=dict(interview=False, interviews=[], difficulty="hard", category="negative/employment-agency",
                           notes="Employment-agency counselling appointment ('Erstgespräch', 'Bewerbungsstrategie', "
                                 ".ics attached) after she registered as job-seeking. Not a job interview with an employer."))


@case
def n_betriebsrat():
    petra = ("Petra Schellenberg", "p.schellenberg@havelkind.example")
    okan = ("Okan Yıldız", "o.yildiz@havelkind.example")
    d1 = T(2026, 10, 29, 10, 5, 51, wd="Donnerstag")
    s = T(2026, 11, 4, 12, 30, wd="Mittwoch")
    e = s + timedelta(minutes=45)
    teams, url = teams_block("n15teams", "de-DE")
    body = f"""Liebe Carla,

wie auf der Betriebsversammlung angekündigt, bieten wir allen von der Umstrukturierung im Marketing betroffenen Kolleg:innen ein vertrauliches Einzelgespräch mit dem Betriebsrat an. Themen:

- Anhörung des Betriebsrats zu deiner Kündigung (§ 102 BetrVG) und was das für dich bedeutet
- Sozialplan und Abfindungsregelung
- Angebot der Transfergesellschaft inkl. Bewerbungscoaching und Outplacement

Das Gespräch findet im BR-Büro (3. OG, Raum 3.07) statt, du kannst dich aber auch per Teams zuschalten. Die Geschäftsführung und die Personalabteilung sind nicht dabei; auf unserer Seite nehmen Okan und ich teil.

Viele Grüße
Petra

Petra Schellenberg
Vorsitzende des Betriebsrats | Havelkind Naturkosmetik GmbH

{teams}"""
    summary = "Vertrauliches Gespräch mit dem Betriebsrat – Kündigung / Sozialplan"
    ics = exchange_ics(method="REQUEST", uid=exch_uid("n15"), seq=0, summary=summary, start=s, end=e, organizer=petra,
                       attendees=[(OWNER_NAME, WORK, "REQ-PARTICIPANT", "NEEDS-ACTION"),
                                  (okan[0], okan[1], "REQ-PARTICIPANT", "ACCEPTED")],
                       description=body, location="BR-Büro 3.07; Microsoft Teams-Besprechung", dtstamp=utc(d1),
                       teams_url=url)
    m1, _ = exchange_mail(seed="n15a", frm=A(*petra), to=[A(OWNER_NAME, WORK), A(*okan)], subject=summary, date=d1,
                          body=body, ics=ics, method="REQUEST", extra=FWD_RULE,
                          helo="EUR05-AM6-obe.outbound.protection.outlook.com", ip="40.107.22.110")
    return dict(slug="neg-betriebsrat-gespraech", items=[("01-betriebsrat-einladung.eml", m1)],
                label=dict(interview=False, interviews=[], difficulty="hard", category="negative/works-council",
                           notes="Works-council meeting at her current employer about her notice and the social plan "
                                 "(mentions Bewerbungscoaching/Outplacement), forwarded from her work mailbox. No hiring "
                                 "process in which she is the candidate."))


@case
def n_agency_pitch():
    lars = ("Lars Petersen", "lars.petersen@pixelhafen.example")
    merle = ("Merle Jansen", "merle.jansen@pixelhafen.example")
    d1 = T(2026, 9, 15, 10, 12, 33, wd="Dienstag")
    d2 = T(2026, 9, 15, 10, 19, 4)
    s = T(2026, 9, 22, 10, 0, wd="Dienstag")
    e = s + timedelta(minutes=90)
    subj = f"Pitch Havelkind Markenrelaunch – unser Vorstellungstermin am {s.strftime('%d.%m.')}"
    t1 = f"""Liebe Carla,

vielen Dank, dass wir beim Pitch für den Markenrelaunch von Havelkind dabei sein dürfen – wir haben richtig Lust auf die Aufgabe!

Wie besprochen stellen wir uns und unser Konzept am {WD_DE[s.weekday()]}, {s.strftime('%d.%m.')}, von {hm(s)} bis {hm(e)} Uhr bei euch in der Zentrale vor. Von unserer Seite kommen Merle Jansen (Creative Director), Tarek Haddad (Strategy) und ich. Wir bringen Moodboards, zwei Kampagnenrouten und einen ersten Mediaplan mit; unsere Credentials schicke ich dir vorab.

Könntest du mir noch sagen, wer bei euch neben dir und eurem Geschäftsführer in der Jury sitzt? Dann können wir die Präsentation entsprechend zuschneiden.

Eine Kalendereinladung kommt gleich.

Herzliche Grüße aus der Speicherstadt
Lars

Lars Petersen
Client Service Director | Pixelhafen Kommunikation GmbH
Am Sandtorkai 32, 20457 Hamburg
"""
    m1, _ = gmail_mail(seed="n16a", frm=A(*lars), to=[A(OWNER_NAME, WORK)], subject=subj, date=d1, body=t1,
                       extra=[("X-Forwarded-To", OWNER), ("X-Forwarded-For", f"{WORK} {OWNER}")])
    m2, _, _ = google_invite(seed="n16b", organizer=lars,
                             attendees=[(lars[0], lars[1], "ACCEPTED"), (merle[0], merle[1], "ACCEPTED"),
                                        (WORK, WORK, "NEEDS-ACTION")],
                             summary="Pixelhafen x Havelkind – Pitch-Präsentation Markenrelaunch", start=s, end=e,
                             description="Agenturvorstellung und Präsentation unserer Kampagnenrouten für den Markenrelaunch.",
                             meet=None, lang="de", date=d2, created=d2 - timedelta(seconds=25), to=WORK,
                             location="Havelkind Naturkosmetik, Zentrale, Besprechungsraum Spree")
    return dict(slug="neg-agentur-pitch-praesentation", items=[
        ("01-pixelhafen-vorstellungstermin.eml", m1), ("02-google-einladung-pitch.eml", m2)],
        label=dict(interview=False, interviews=[], difficulty="hard", category="negative/agency-pitch",
                   notes="A marketing agency pitches to her as the client ('stellen uns vor', 'Vorstellungstermin', "
                         "'Jury'); she is the one selecting. Sent to her work address and auto-forwarded."))


@case
def n_webinar():
    d1 = T(2026, 10, 6, 19, 31, 8, wd="Dienstag")
    s = T(2026, 10, 15, 18, 0, wd="Donnerstag")
    e = s + timedelta(hours=1)
    wid = "873 2291 4406"
    title = "Karrierekompass Live: Vorstellungsgespräch im Marketing – so überzeugen Sie im Zweitgespräch"
    join = f"https://us06web.zoom.us/w/8732291{rid('n17', 4, '0123456789')}?tk={rid('n17tk', 43, ALNUM)}"
    t1 = f"""Hallo Carla Winterfeld,

Vielen Dank für Ihre Anmeldung zu „{title}“.

Bitte senden Sie Ihre Fragen an: events@karrierekompass.example

Datum und Uhrzeit: {s.strftime('%d.%m.%Y')} 06:00 PM Amsterdam, Berlin, Rom, Stockholm, Wien

Webinar-ID: {wid}

Sie können Ihre Anmeldung jederzeit stornieren.

Teilnahme über PC, Mac, iPad oder Android:
{join}
Hinweis: Dieser Link sollte nicht an andere weitergegeben werden, er ist nur für Sie bestimmt.
Kenncode: 492817

Beschreibung: In 60 Minuten zeigt Recruiterin Nadine Vogt (ehemals Head of Talent bei einem Berliner Scale-up), wie Marketing-Profis im Vorstellungsgespräch und im Zweitgespräch überzeugen: Case-Präsentationen, Gehaltsverhandlung und die typischen Fragen von Hiring Managern. Mit Live-Q&A.

Zu Kalender hinzufügen: siehe Anhang (.ics)
"""
    ics = ics_join(["BEGIN:VCALENDAR", "PRODID:-//zoom.us//iCalendar Event//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
                    "METHOD:PUBLISH"] + vtz_olson("Europe/Berlin") + [
        "BEGIN:VEVENT", f"DTSTAMP:{zutc(d1)}", f"DTSTART;TZID=Europe/Berlin:{zloc(s)}",
        f"DTEND;TZID=Europe/Berlin:{zloc(e)}", f"SUMMARY:{esc(title)}",
        f"UID:{zutc(d1)}-8732291{rid('n17', 4, '0123456789')}@zoom.us",
        "TZID:Europe/Berlin", f"DESCRIPTION:{esc('Webinar-ID: ' + wid + ' / Teilnehmen: ' + join)}",
        f"LOCATION:{join}", "BEGIN:VALARM", "TRIGGER:-PT10M", "ACTION:DISPLAY", "DESCRIPTION:Reminder",
        "END:VALARM", "END:VEVENT", "END:VCALENDAR"])
    heads = [("Delivered-To", OWNER),
             received("s1.zoom.us", "170.114.10.77", "mx1.example.com", d1 + timedelta(seconds=2), "n17"),
             ("Date", rfc(utc(d1))), ("From", A("Karrierekompass Events", "no-reply@zoom.us")),
             ("Reply-To", "events@karrierekompass.example"), ("To", A(OWNER_NAME, OWNER)),
             ("Message-ID", f"<{rid('n17mid', 22, ALNUM)}@zoom.us>"),
             ("Subject", hdr(f"{title} Bestätigung", "b"))]
    body = multi("mixed", "----=_Part_" + rid("n17b", 9, "0123456789"), [
        alt("----=_Part_" + rid("n17b2", 9, "0123456789"), t1, font="Lato, Helvetica, Arial, sans-serif"),
        leaf("text/calendar", ics, "base64", charset="UTF-8", params='; name="webinar.ics"',
             extra=[("Content-Disposition", 'attachment; filename="webinar.ics"')])])
    return dict(slug="neg-webinar-vorstellungsgespraech", items=[("01-zoom-webinar-bestaetigung.eml", message(heads, body))],
                label=dict(interview=False, interviews=[], difficulty="medium", category="negative/webinar",
                           notes="Zoom webinar registration about interviews (title contains 'Vorstellungsgespräch' and "
                                 "'Zweitgespräch', .ics attached). Not an interview."))


@case
def n_mitarbeitergespraech():
    sabine = ("Sabine Krüger", "s.krueger@havelkind.example")
    d1 = T(2026, 9, 7, 9, 30, 12, wd="Montag")
    s = T(2026, 9, 18, 14, 0, wd="Freitag")
    e = s + timedelta(minutes=90)
    teams, url = teams_block("n18teams", "de-DE")
    body = f"""Hallo Carla,

wie jedes Jahr möchte ich mir mit dir Zeit für unser Mitarbeitergespräch nehmen. Agenda:

1. Rückblick auf 2026: Ziele, Kampagnen, Zusammenarbeit im Team
2. Dein Feedback an mich
3. Entwicklung und Ziele für 2027
4. Gehalt (im Rahmen dessen, was HR uns vorgibt)

Bitte füll den Vorbereitungsbogen in Personio (Performance > Mitarbeitergespräche 2026) bis zum 16.09. aus. Ich weiß, dass die Gerüchte um die Umstrukturierung gerade für Unruhe sorgen – lass uns gern auch darüber offen sprechen.

Wir sitzen im Besprechungsraum Havel (2. OG); falls du an dem Tag im Homeoffice bist, nimm den Teams-Link.

Viele Grüße
Sabine

Sabine Krüger
Head of Marketing | Havelkind Naturkosmetik GmbH

{teams}"""
    summary = "Mitarbeitergespräch 2026 – Carla / Sabine"
    ics = exchange_ics(method="REQUEST", uid=exch_uid("n18"), seq=0, summary=summary, start=s, end=e, organizer=sabine,
                       attendees=[(OWNER_NAME, WORK, "REQ-PARTICIPANT", "NEEDS-ACTION")],
                       description=body, location="Besprechungsraum Havel (2. OG); Microsoft Teams-Besprechung",
                       dtstamp=utc(d1), teams_url=url)
    m1, _ = exchange_mail(seed="n18a", frm=A(*sabine), to=[A(OWNER_NAME, WORK)], subject=summary, date=d1, body=body,
                          ics=ics, method="REQUEST", extra=FWD_RULE,
                          helo="EUR05-AM6-obe.outbound.protection.outlook.com", ip="40.107.22.98")
    return dict(slug="neg-mitarbeitergespraech-appraisal", items=[("01-mitarbeitergespraech-2026.eml", m1)],
                label=dict(interview=False, interviews=[], difficulty="medium", category="negative/appraisal",
                           notes="Annual appraisal (Mitarbeitergespräch) with her current manager; Teams invite, "
                                 "'Gespräch', 'Feedback', 'Entwicklung', Personio mentioned. Internal 1:1, not a job interview."))


@case
def n_user_is_interviewer():
    melanie = ("Melanie Vogel", "m.vogel@havelkind.example")
    jana = ("Jana Pohl", "jana.pohl@posteo.example")
    d1 = T(2026, 10, 1, 16, 40, 9, wd="Donnerstag")
    s = T(2026, 10, 8, 11, 0, wd="Donnerstag")
    e = s + timedelta(minutes=45)
    t1 = f"""Hallo Carla,

Melanie Vogel hat dich als Interviewer:in zu folgendem Termin eingeladen:

Kandidat:in: Jana Pohl
Stelle: Werkstudent:in Social Media (m/w/d)
Termin: {WD_DE[s.weekday()]}, {de_num(s)}, {hm(s)} – {hm(e)} (Europe/Berlin)
Ort: Besprechungsraum Spree / Microsoft Teams
Weitere Teilnehmende: Melanie Vogel (People & Culture)

Bitte sieh dir vorab die Bewerbungsunterlagen an und fülle nach dem Interview den Bewertungsbogen aus:
https://havelkind.personio.de/recruiting/applications/{rid('n19app', 8, '0123456789')}

Den Termin findest du im Anhang als Kalendereintrag.

Diese E-Mail wurde automatisch von Personio versendet.
"""
    ics = ics_join(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Personio GmbH//Recruiting Events//DE", "METHOD:REQUEST",
                    "BEGIN:VEVENT", f"UID:{uuid_like('n19uid')}@personio.de", f"DTSTAMP:{zutc(d1)}",
                    f"DTSTART:{zutc(s)}", f"DTEND:{zutc(e)}",
                    f"SUMMARY:{esc('Interview: Jana Pohl – Werkstudent:in Social Media (m/w/d)')}",
                    f"DESCRIPTION:{esc('Interviewer:innen: Carla Winterfeld, Melanie Vogel. Kandidat:in: Jana Pohl.')}",
                    f"LOCATION:{esc('Besprechungsraum Spree / Microsoft Teams')}",
                    f"ORGANIZER;CN={melanie[0]}:mailto:{melanie[1]}",
                    f"ATTENDEE;CN={OWNER_NAME};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{WORK}",
                    f"ATTENDEE;CN={jana[0]};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{jana[1]}",
                    "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"])
    heads = [("Delivered-To", OWNER),
             ("X-Forwarded-To", OWNER), ("X-Forwarded-For", f"{WORK} {OWNER}"),
             received("o210.p8.mailjet.com", "87.253.233.210", "mx1.example.com", d1 + timedelta(seconds=4), "n19"),
             ("Date", rfc(d1)), ("From", A("Personio", "no-reply@personio.de")), ("To", A(OWNER_NAME, WORK)),
             ("Message-Id", f"<{uuid_like('n19pm')}@personio.de>"),
             ("Subject", hdr("Neuer Interviewtermin: Jana Pohl – Werkstudent:in Social Media (m/w/d)", "b"))]
    body = multi("mixed", "b1_" + rid("n19b", 32, ALNUM), [
        alt("b2_" + rid("n19b2", 32, ALNUM), t1),
        leaf("text/calendar", ics, "base64", charset="UTF-8", params='; method=REQUEST; name="interview.ics"',
             extra=[("Content-Disposition", 'attachment; filename="interview.ics"')])])
    return dict(slug="neg-personio-user-is-interviewer", items=[("01-personio-neuer-interviewtermin.eml", message(heads, body))],
                label=dict(interview=False, interviews=[], difficulty="hard", category="negative/user-is-interviewer",
                           notes="Personio at her current employer schedules her as the INTERVIEWER of a working-student "
                                 "candidate. The user is not the candidate."))


@case
def n_join_rejection():
    d1 = T(2026, 10, 9, 14, 22, 37, wd="Freitag")
    past = T(2026, 10, 2, wd="Freitag")
    t1 = f"""Hallo Carla,

vielen Dank für deine Zeit und das offene Gespräch am {past.day}. Oktober mit Anton und mir. Wir haben uns die Entscheidung wirklich nicht leicht gemacht.

Leider müssen wir dir heute eine Absage geben: Wir haben uns für eine Kandidatin entschieden, die etwas mehr Erfahrung im Bereich Audio-Streaming mitbringt.

Dein Profil hat uns trotzdem sehr gut gefallen – wenn du einverstanden bist, würden wir gern in unserem Talentpool an dich denken, falls sich etwas Passendes ergibt.

Wir wünschen dir für deine weitere Suche alles Gute!

Viele Grüße
Lotte Behrens
People & Culture | Klangwolke Audio GmbH

Gesendet über JOIN – die kostenlose Recruiting-Software
"""
    m1 = join_mail(seed="n20a", company="Klangwolke Audio",
                   subject="Absage: Deine Bewerbung als Brand Marketing Manager bei Klangwolke Audio", date=d1, text=t1)
    return dict(slug="neg-join-absage-rejection", items=[("01-join-absage-klangwolke.eml", m1)],
                label=dict(interview=False, interviews=[], difficulty="medium", category="negative/rejection",
                           notes="Rejection ('Absage' = rejection of the application, not a cancelled appointment) that "
                                 "refers back to a past conversation on 2 October without a time. No interview to label."))


@case
def n_softgarden_slots():
    judith = ("Judith Engel", "j.engel@kornblume-verlag.example")
    d1 = T(2026, 10, 26, 10, 40, 55, wd="Montag")
    slots = [T(2026, 11, 4, 10, 0, wd="Mittwoch"), T(2026, 11, 5, 14, 0, wd="Donnerstag"), T(2026, 11, 6, 9, 0, wd="Freitag")]
    lines = "\n".join(f"• {WD_DE[x.weekday()]}, {de_num(x)}, {hm(x)} – {hm(x + timedelta(hours=1))} Uhr" for x in slots)
    t1 = f"""Sehr geehrte Frau Winterfeld,

wir freuen uns, Sie zu einem Vorstellungsgespräch für die Position Online Marketing Manager (m/w/d) einzuladen!

Bitte wählen Sie über den folgenden Link einen für Sie passenden Termin aus. Derzeit stehen folgende Zeitfenster zur Verfügung:

{lines}

Termin auswählen: https://kornblume-verlag.softgarden.io/de/appointment/{rid('n21', 32)}

Nach Ihrer Auswahl erhalten Sie eine Bestätigung mit allen Details zum Gespräch. Bitte beachten Sie, dass die Zeitfenster nur begrenzt verfügbar sind.

Mit freundlichen Grüßen
Judith Engel
Personalreferentin | Kornblume Verlag GmbH
"""
    m1 = softgarden_mail(seed="n21a", company="Kornblume Verlag GmbH",
                         subject="Einladung zum Vorstellungsgespräch – bitte Termin auswählen", date=d1, text=t1,
                         reply_to=A(*judith))
    return dict(slug="neg-softgarden-terminauswahl-unbooked", items=[("01-softgarden-termin-auswaehlen.eml", m1)],
                label=dict(interview=False, interviews=[], difficulty="hard", category="negative/availability-request",
                           notes="'Einladung zum Vorstellungsgespräch' but only a self-scheduling link with three "
                                 "candidate slots; nothing is booked in the case."))


@case
def n_oneway_video():
    larissa = ("Larissa Brandt", "l.brandt@seidenfaden-mode.example")
    d1 = T(2026, 10, 13, 8, 50, 16, wd="Dienstag")
    deadline = T(2026, 10, 18, 23, 59, wd="Sonntag")
    body = f"""Sehr geehrte Frau Winterfeld,

vielen Dank für Ihre Bewerbung als Marketing Manager E-Commerce (m/w/d). Als nächsten Schritt laden wir Sie zu einem zeitversetzten Videointerview ein.

So funktioniert es: Über den untenstehenden Link sehen Sie nacheinander fünf Fragen, die Sie jeweils in bis zu zwei Minuten per Webcam beantworten. Ein Live-Gespräch findet in diesem Schritt nicht statt – unser Team sieht sich Ihre Antworten anschließend in Ruhe an. Sie können das Interview jederzeit bis {WD_DE[deadline.weekday()]}, {de_num(deadline)}, {hm(deadline)} Uhr aufnehmen.

Zum Videointerview: https://interview.seidenfaden-mode.example/v/{rid('n22', 24, ALNUM)}

Als Erinnerung habe ich Ihnen die Frist als Kalendereintrag angehängt. Nach der Auswertung melden wir uns innerhalb von zwei Wochen bei Ihnen. Bei technischen Fragen erreichen Sie mich unter {larissa[1]}.

Mit freundlichen Grüßen
Larissa Brandt
Talent Acquisition | Seidenfaden Mode GmbH
Königsallee 60 · 40212 Düsseldorf
"""
    ics = ics_join(["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
                    "METHOD:PUBLISH", "BEGIN:VEVENT", f"CLASS:PUBLIC", f"CREATED:{zutc(d1)}",
                    f"DESCRIPTION:{esc('Frist für das zeitversetzte Videointerview (bis 23:59 Uhr).')}",
                    f"DTEND;VALUE=DATE:{(deadline + timedelta(days=1)).strftime('%Y%m%d')}",
                    f"DTSTAMP:{zutc(d1)}", f"DTSTART;VALUE=DATE:{deadline.strftime('%Y%m%d')}",
                    "PRIORITY:5", "SEQUENCE:0",
                    f"SUMMARY;LANGUAGE=de:{esc('Frist: Videointerview Seidenfaden Mode')}",
                    "TRANSP:TRANSPARENT", f"UID:{exch_uid('n22')}", "X-MICROSOFT-CDO-ALLDAYEVENT:TRUE",
                    "X-MICROSOFT-CDO-BUSYSTATUS:FREE", "END:VEVENT", "END:VCALENDAR"])
    msg, _ = exchange_mail(seed="n22a", frm=A(*larissa), to=[A(OWNER_NAME, OWNER)],
                           subject="Nächster Schritt: Ihr zeitversetztes Videointerview – Marketing Manager E-Commerce",
                           date=d1, body=body)
    # turn the plain Outlook mail into multipart/mixed with the .ics attachment
    head, rest = msg.split("\n\n", 1)
    m = re.search(r'Content-Type: multipart/alternative;\n boundary="([^"]+)"', head)
    alt_b = m.group(1)
    outer_b = "_004_" + rid("n22outer", 24, UPHEX) + "prodoutlookcom_"
    head = head.replace(m.group(0), f'Content-Type: multipart/mixed;\n boundary="{outer_b}"').replace(
        "X-MS-Has-Attach: ", "X-MS-Has-Attach: yes")
    att_h, att_b = leaf("text/calendar", ics, "base64", charset="utf-8", params='; name="Frist_Videointerview.ics"',
                        extra=[("Content-Description", "Frist_Videointerview.ics"),
                               ("Content-Disposition", 'attachment; filename="Frist_Videointerview.ics"; size=' + str(len(ics)))])
    new = (head + "\n\n" + f"--{outer_b}\nContent-Type: multipart/alternative;\n boundary=\"{alt_b}\"\n\n" + rest.rstrip("\n")
           + f"\n\n--{outer_b}\n" + "\n".join(f"{k}: {v}" for k, v in att_h) + "\n\n" + att_b.rstrip("\n")
           + f"\n\n--{outer_b}--\n")
    return dict(slug="neg-zeitversetztes-videointerview", items=[("01-videointerview-einladung.eml", new)],
                label=dict(interview=False, interviews=[], difficulty="hard", category="negative/one-way-video",
                           notes="One-way recorded video interview ('zeitversetztes Videointerview', explicitly no live "
                                 "conversation) with an all-day deadline .ics on Sunday 18.10. Not an interview."))


# ============================================================================================
# writer
# ============================================================================================
README = """# blind210: Berlin marketing manager, German/Dutch employers, DE/EN mail (written blind)

Owner: **Carla Winterfeld** (`carla.winterfeld@example.com`), a Berlin-based marketing manager who, after her
employer Havelkind Naturkosmetik announced a restructuring, applies to German and Dutch companies in autumn 2026.
Mail is in German (formal *Sie* from corporates and agencies, *du* from startups) and English. A few items from her
work mailbox (`carla.winterfeld@havelkind.example`) reach her private mailbox through an auto-forward rule; the
owner is always in `Delivered-To`.

This set was **written blind**: without reading the detector, its tests or other test sets. Only the eval README
and three dev cases (for file formats only) were consulted. All people and companies are invented (`.example`);
vendor system senders (Personio/Mailjet `m-personio.de`, `noreply@softgarden.io`, `noreply@join.com`,
`calendar-notification@google.com`, `no-reply@zoom.us`) keep their product domains.

Regenerate with `python make_cases.py` (stdlib + PyYAML; byte-identical output on every run).

## What it stresses
- German hiring vocabulary: Vorstellungsgespräch, Kennenlerngespräch, Zweitgespräch, Probearbeitstag (trial day,
  labelled as one onsite), "Absage des Termins" (cancellation) vs. "Absage" (rejection).
- ATS mail from Personio (Mailjet sender address, HTML-only base64 variant with Reply-To), softgarden
  (self-booking request vs. booked confirmation with a UTC .ics), JOIN; Teams (Exchange, Windows TZID
  "W. Europe Standard Time", Outlook's misleading "(UTC+01:00)" label in summer) and Google Meet invites;
  Calendar API JSON with an in-place move (same id, sequence 0 -> 1).
- CET/CEST: a reschedule from Thu 22 Oct (CEST, +02:00) to Thu 29 Oct (CET, +01:00) across the 25 Oct 2026 switch;
  a Zweitgespräch booked in September for 27 Oct (+01:00); an Amsterdam company writing "CET"; relative dates
  ("Donnerstag nächste Woche", "morgen um 11").
- Dedupe (ATS mail + invite), a two-interview case, a headhunter forwarding the client's proposal, interviewers vs.
  organisers/coordinators, follow-up to Reply-To when no interviewer address exists.
- Hard negatives: Arbeitsagentur counselling appointment, works-council meeting, agency pitch where she is the
  client, interview webinar, annual appraisal (Mitarbeitergespräch), Personio invite where she is the interviewer,
  JOIN rejection, unbooked softgarden slot picker, one-way video interview with an all-day deadline .ics.

## Counts
{counts}

## Formats
`.eml` (Exchange/Outlook multipart/alternative with base64 text/calendar; Google Calendar invitations as
multipart/mixed with text/calendar + invite.ics; Personio/softgarden/JOIN/Zoom mail with QP or base64 bodies
and .ics attachments; Apple Mail, iPhone, Gmail and Thunderbird (8bit, format=flowed) human replies with
In-Reply-To/References and quoted text), `.gcal.json` (Calendar API v3 events, `"self": true`).

## Time zones / DST points
All times Europe/Berlin or Europe/Amsterdam (identical rules). 2026 switch dates: 29 Mar and **25 Oct**.
Interviews before 25 Oct carry +02:00, after it +01:00; see b210-05 (moved across the switch) and b210-08
(second interview after the switch, booked before it).
"""


def main():
    for name in sorted(os.listdir(HERE)):
        p = os.path.join(HERE, name)
        if name.startswith(PREFIX + "-") and os.path.isdir(p):
            shutil.rmtree(p)
    labels = {}
    n_pos = n_neg = n_sched = n_canc = 0
    for i, fn in enumerate(CASES, 1):
        c = fn()
        cid = f"{PREFIX}-{i:02d}-{c['slug']}"
        d = os.path.join(HERE, cid)
        os.makedirs(d)
        names = [n for n, _ in c["items"]]
        assert names == sorted(names) and len(set(names)) == len(names), cid
        for fname, content in c["items"]:
            assert re.match(r"^\d\d-[a-z0-9-]+\.(eml|ics|gcal\.json)$", fname), fname
            with open(os.path.join(d, fname), "wb") as f:
                f.write(content.encode("utf-8") if isinstance(content, str) else content)
        lab = c["label"]
        entry = {"user": OWNER, "interview": lab["interview"], "interviews": lab["interviews"],
                 "difficulty": lab["difficulty"], "category": lab["category"], "notes": lab["notes"],
                 "source": "synthetic"}
        assert entry["interview"] == bool(entry["interviews"])
        labels[cid] = entry
        if entry["interview"]:
            n_pos += 1
        else:
            n_neg += 1
        for x in entry["interviews"]:
            n_sched += x["status"] == "scheduled"
            n_canc += x["status"] == "cancelled"
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# Labels for blind210 (written blind). Schema: see the eval README.\n")
        yaml.safe_dump(labels, f, sort_keys=False, allow_unicode=True, width=110, default_flow_style=False)
    counts = (f"{len(labels)} cases: {n_pos} positive, {n_neg} negative; {n_sched + n_canc} labelled interviews "
              f"({n_sched} scheduled, {n_canc} cancelled).")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(README.format(counts=counts))
    print(counts)


if __name__ == "__main__":
    main()
