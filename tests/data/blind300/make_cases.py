#!/usr/bin/env python3
"""Generate the blind300 evaluation set (Colombo / Sinhala + Sri Lankan English, written blind).

Deletes and rewrites every b300-* case folder, labels.yaml and README.md next to this script.
Output is byte-identical on every run: all dates, Message-IDs, UIDs and MIME boundaries are
fixed or derived from SHA-256 hashes of SEED.  Standard library + PyYAML + zoneinfo only.
"""
import base64
import hashlib
import html
import json
import quopri
import shutil
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

OUT = Path(__file__).resolve().parent
SEED = "blind300|colombo|nimali.perera|2026"
OWNER = "nimali.perera@example.com"
OWNER_NAME = "Nimali Perera"

CMB = ZoneInfo("Asia/Colombo")
SGT = ZoneInfo("Asia/Singapore")
LON = ZoneInfo("Europe/London")
NYC = ZoneInfo("America/New_York")
UTC = timezone.utc
WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

# ---------------------------------------------------------------- time checks


def _expected_offset_minutes(t):
    """Independent (hand-written) 2026 offset rules used to cross-check zoneinfo."""
    u = t.astimezone(UTC).replace(tzinfo=None)
    if t.tzinfo is CMB:
        return 330
    if t.tzinfo is SGT:
        return 480
    if t.tzinfo is LON:  # BST from Sun 29 Mar 2026 01:00 UTC to Sun 25 Oct 2026 01:00 UTC
        return 60 if datetime(2026, 3, 29, 1) <= u < datetime(2026, 10, 25, 1) else 0
    if t.tzinfo is NYC:  # EDT from Sun 8 Mar 2026 07:00 UTC to Sun 1 Nov 2026 06:00 UTC
        return -240 if datetime(2026, 3, 8, 7) <= u < datetime(2026, 11, 1, 6) else -300
    if t.tzinfo is UTC:
        return 0
    raise AssertionError(f"unknown zone {t.tzinfo}")


def T(y, mo, d, h=0, mi=0, s=0, tz=CMB, wd=None):
    """Aware datetime; asserts the weekday (if given) and the UTC offset."""
    t = datetime(y, mo, d, h, mi, s, tzinfo=tz)
    if wd is not None:
        assert WD[t.weekday()] == wd[:3], (t, wd, WD[t.weekday()])
    assert t.utcoffset() == timedelta(minutes=_expected_offset_minutes(t)), (t, t.utcoffset())
    return t


def WDAY(y, mo, d, wd):
    """Assert the weekday of a date that is written in a body text."""
    assert WD[datetime(y, mo, d).weekday()] == wd[:3], (y, mo, d, wd)


# DST sanity for 2026 (US: Mar 8 / Nov 1, EU/UK: Mar 29 / Oct 25)
assert T(2026, 3, 28, 12, tz=LON, wd="Sat").utcoffset() == timedelta(0)
assert T(2026, 3, 29, 12, tz=LON, wd="Sun").utcoffset() == timedelta(hours=1)
assert T(2026, 10, 24, 12, tz=LON, wd="Sat").utcoffset() == timedelta(hours=1)
assert T(2026, 10, 25, 12, tz=LON, wd="Sun").utcoffset() == timedelta(0)
assert T(2026, 3, 7, 12, tz=NYC, wd="Sat").utcoffset() == timedelta(hours=-5)
assert T(2026, 3, 8, 12, tz=NYC, wd="Sun").utcoffset() == timedelta(hours=-4)
assert T(2026, 10, 31, 12, tz=NYC, wd="Sat").utcoffset() == timedelta(hours=-4)
assert T(2026, 11, 1, 12, tz=NYC, wd="Sun").utcoffset() == timedelta(hours=-5)
assert T(2026, 7, 1, 12, tz=CMB).utcoffset() == timedelta(hours=5, minutes=30)
assert T(2026, 12, 1, 12, tz=SGT).utcoffset() == timedelta(hours=8)

# ---------------------------------------------------------------- hashing / ids


def H(*parts, n=32):
    raw = "|".join((SEED,) + tuple(str(p) for p in parts)).encode("utf-8")
    return hashlib.sha256(raw).hexdigest()[:n]


def uuidish(*parts):
    x = H("uuid", *parts)
    return f"{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:32]}"


def alnum(*parts, n=12):
    raw = hashlib.sha256("|".join((SEED, "alnum") + tuple(map(str, parts))).encode()).digest()
    s = "".join(c for c in base64.b64encode(raw + raw).decode() if c.isalnum())
    return s[:n]


def digits(*parts, n=10):
    return str(int(H("digits", *parts, n=24), 16))[-n:].rjust(n, "1")


def mid_gmail(key):
    return f"<CA+{alnum('gm', key, n=38)}@mail.gmail.com>"


def mid_outlook(key, host="SG2PR06MB5521", region="apcprd06"):
    return f"<{H('ol', key, n=40).upper()}@{host}.{region}.prod.outlook.com>"


def mid_plain(key, domain):
    return f"<{H('mid', key, n=20)}.{digits('mid', key, n=6)}@{domain}>"


def exch_uid(key):
    return ("040000008200E00074C5B7101A82E00800000000" + H("exuid", key, n=16).upper()
            + "000000000000000010000000" + H("exuid2", key, n=32).upper())


# ---------------------------------------------------------------- e-mail building


def addr(name, email):
    return formataddr((name, email), charset="utf-8")


OWNER_ADDR = addr(OWNER_NAME, OWNER)


def hdr_line(name, value):
    if not value.isascii():
        enc = Header(value, "utf-8", header_name=name, maxlinelen=76).encode(linesep="\n")
        return f"{name}: {enc}\n"
    if "\n" in value:
        return f"{name}: {value}\n"
    toks = f"{name}: {value}".split(" ")
    lines = [toks[0]]
    for tok in toks[1:]:
        if len(lines[-1]) + 1 + len(tok) > 76 and lines[-1].strip():
            lines.append(" " + tok)
        else:
            lines[-1] += " " + tok
    return "\n".join(lines) + "\n"


def _qp(data):
    out = quopri.encodestring(data)
    return out if out.endswith(b"\n") else out + b"\n"


def leaf(ctype, data, cte="quoted-printable", disp=None, extra=()):
    if isinstance(data, str):
        data = data.encode("utf-8")
    if cte == "base64":
        body = base64.encodebytes(data)
    elif cte == "quoted-printable":
        body = _qp(data)
    else:
        body = data if data.endswith(b"\n") else data + b"\n"
    hs = f"Content-Type: {ctype}\n"
    if disp:
        hs += f"Content-Disposition: {disp}\n"
    for x in extra:
        hs += x + "\n"
    hs += f"Content-Transfer-Encoding: {cte}\n"
    return hs.encode() + b"\n" + body


def multi(sub, boundary, parts):
    out = f'Content-Type: multipart/{sub}; boundary="{boundary}"\n\n'.encode()
    for p in parts:
        out += b"--" + boundary.encode() + b"\n" + p
    return out + b"--" + boundary.encode() + b"--\n"


def bnd(style, *key):
    if style == "google":
        return "000000000000" + H("bnd", *key, n=16)
    if style == "outlook":
        return f"_000_{H('bnd', *key, n=24).upper()}prodoutlookcom_"
    if style == "gmail":
        return "0000000000" + H("bnd", *key, n=18)
    if style == "java":
        return f"----=_Part_{digits('bnd', *key, n=6)}_{digits('bnd2', *key, n=9)}.{digits('bnd3', *key, n=13)}"
    return f"=_{H('bnd', *key, n=28)}"


def eml(key, *, frm, date, subject, body, to=OWNER_ADDR, cc=None, reply_to=None, irt=None,
        refs=None, mid=None, sender=None, extra=(), envelope=None, relay="mail-sor-f41.google.com"):
    rcv_time = format_datetime((date + timedelta(seconds=2 + int(H("rt", key, n=2), 16) % 9)).astimezone(UTC))
    env = envelope or frm.split("<")[-1].rstrip(">")
    hs = [
        ("Delivered-To", OWNER),
        ("Received", f"from {relay} ({relay} [{int(H('ip1', key, n=2), 16) % 200 + 20}.{int(H('ip2', key, n=2), 16)}."
                     f"{int(H('ip3', key, n=2), 16)}.{int(H('ip4', key, n=2), 16)}])\n"
                     f"        by mx.example.com with ESMTPS id {alnum('rcv', key, n=14)}\n"
                     f"        for <{OWNER}>; {rcv_time}"),
        ("Return-Path", f"<{env}>"),
        ("From", frm),
    ]
    if sender:
        hs.append(("Sender", sender))
    if reply_to:
        hs.append(("Reply-To", reply_to))
    hs.append(("To", to))
    if cc:
        hs.append(("Cc", cc))
    hs.append(("Subject", subject))
    hs.append(("Date", format_datetime(date)))
    hs.append(("Message-ID", mid))
    if irt:
        hs.append(("In-Reply-To", irt))
    if refs:
        hs.append(("References", refs))
    hs.extend(extra)
    s = "".join(hdr_line(n, v) for n, v in hs) + "MIME-Version: 1.0\n"
    return s.encode("utf-8") + body


def html_doc(text, font="Arial,Helvetica,sans-serif", pre="", post=""):
    paras = []
    for block in text.strip("\n").split("\n\n"):
        lines = [html.escape(x) for x in block.split("\n")]
        paras.append("<p>" + "<br>\n".join(lines) + "</p>")
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            f'<body><div style="font-family:{font};font-size:13px">{pre}\n' + "\n".join(paras)
            + f"\n{post}</div></body></html>\n")


def alt(key, text, style="gmail", cte="quoted-printable", html_text=None, charset="UTF-8"):
    return multi("alternative", bnd(style, key, "alt"), [
        leaf(f'text/plain; charset="{charset}"', text, cte),
        leaf(f'text/html; charset="{charset}"', html_text or html_doc(text), cte),
    ])


def quote(text):
    return "\n".join(("> " + x) if x else ">" for x in text.strip("\n").split("\n"))


def fake_pdf(title):
    body = (f"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            f"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>>endobj\n"
            f"4 0 obj<</Length {len(title) + 24}>>stream\nBT /F1 12 Tf 72 770 Td ({title}) Tj ET\nendstream endobj\n"
            f"trailer<</Root 1 0 R>>\n%%EOF\n")
    return body.encode("latin-1")


# ---------------------------------------------------------------- iCalendar building

TZMAP = {"Asia/Colombo": CMB, "Sri Lanka Standard Time": CMB, "Asia/Singapore": SGT,
         "Europe/London": LON}
VTZ = {
    "Asia/Colombo": ["BEGIN:VTIMEZONE", "TZID:Asia/Colombo", "X-LIC-LOCATION:Asia/Colombo",
                     "BEGIN:STANDARD", "TZOFFSETFROM:+0530", "TZOFFSETTO:+0530", "TZNAME:+0530",
                     "DTSTART:19700101T000000", "END:STANDARD", "END:VTIMEZONE"],
    "Asia/Singapore": ["BEGIN:VTIMEZONE", "TZID:Asia/Singapore", "X-LIC-LOCATION:Asia/Singapore",
                       "BEGIN:STANDARD", "TZOFFSETFROM:+0800", "TZOFFSETTO:+0800", "TZNAME:+08",
                       "DTSTART:19700101T000000", "END:STANDARD", "END:VTIMEZONE"],
    "Europe/London": ["BEGIN:VTIMEZONE", "TZID:Europe/London", "X-LIC-LOCATION:Europe/London",
                      "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100", "TZNAME:BST",
                      "DTSTART:19700329T010000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
                      "BEGIN:STANDARD", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "TZNAME:GMT",
                      "DTSTART:19701025T020000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
                      "END:VTIMEZONE"],
    "Sri Lanka Standard Time": ["BEGIN:VTIMEZONE", "TZID:Sri Lanka Standard Time", "BEGIN:STANDARD",
                                "DTSTART:16010101T000000", "TZOFFSETFROM:+0530", "TZOFFSETTO:+0530",
                                "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T000000",
                                "TZOFFSETFROM:+0530", "TZOFFSETTO:+0530", "END:DAYLIGHT", "END:VTIMEZONE"],
}


def fold_ics(line):
    b = line.encode("utf-8")
    if len(b) <= 75:
        return b
    out, cur = [], b""
    for ch in line:
        cb = ch.encode("utf-8")
        if len(cur) + len(cb) > 75:
            out.append(cur)
            cur = b" "
        cur += cb
    out.append(cur)
    return b"\r\n".join(out)


def ics_bytes(lines):
    return b"".join(fold_ics(x) + b"\r\n" for x in lines)


def esc(t):
    return t.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _cn(name):
    return f'"{name}"' if any(c in name for c in ",;:") else name


def zstamp(t):
    return t.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def vevent(*, uid, start, end, summary, organizer, attendees, stamp, tzid=None, desc=None,
           location=None, seq=0, status="CONFIRMED", style="generic", extra=(), created=None):
    def dt(name, t):
        if tzid is None:
            return f"{name}:{zstamp(t)}"
        z = TZMAP[tzid]
        assert t.astimezone(z).replace(tzinfo=None) == t.replace(tzinfo=None), (t, tzid)
        return f"{name};TZID={tzid}:{t:%Y%m%dT%H%M%S}"

    lines = ["BEGIN:VEVENT", dt("DTSTART", start), dt("DTEND", end), f"DTSTAMP:{zstamp(stamp)}"]
    on, oe = organizer
    lines.append(f"ORGANIZER;CN={_cn(on)}:mailto:{oe}")
    lines.append(f"UID:{uid}")
    for a in attendees:
        n, e = a[0], a[1]
        ps = a[2] if len(a) > 2 else "NEEDS-ACTION"
        if style == "google":
            lines.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={ps};RSVP=TRUE;CN={_cn(n)};X-NUM-GUESTS=0:mailto:{e}")
        elif style == "exchange":
            lines.append(f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT={ps};RSVP=TRUE;CN={_cn(n)}:mailto:{e}")
        else:
            lines.append(f"ATTENDEE;CN={_cn(n)};ROLE=REQ-PARTICIPANT;PARTSTAT={ps};RSVP=TRUE:mailto:{e}")
    if created:
        lines.append(f"CREATED:{zstamp(created)}")
    if desc is not None:
        lines.append(f"DESCRIPTION:{esc(desc)}")
    if location is not None:
        lines.append(f"LOCATION:{esc(location)}")
    lines += [f"SEQUENCE:{seq}", f"STATUS:{status}", f"SUMMARY:{esc(summary)}", "TRANSP:OPAQUE"]
    lines += list(extra)
    lines.append("END:VEVENT")
    return lines


def vcal(method, prodid, tzids, event_lines, extra=()):
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN", f"METHOD:{method}"]
    lines += list(extra)
    for z in tzids:
        lines += VTZ[z]
    return ics_bytes(lines + event_lines + ["END:VCALENDAR"])


def ics_attachment(cal, method="REQUEST", name="invite.ics"):
    return leaf(f'text/calendar; charset="UTF-8"; method={method}; name="{name}"', cal, "base64",
                disp=f'attachment; filename="{name}"')


def fmt12(t, google=False):
    if google:
        s = f"{t.hour % 12 or 12}" + (f":{t.minute:02d}" if t.minute else "") + ("am" if t.hour < 12 else "pm")
        return s
    return f"{t.hour % 12 or 12}:{t.minute:02d} {'AM' if t.hour < 12 else 'PM'}"


# ---------------------------------------------------------------- vendor templates


def google_invite(key, *, org, attendees, start, end, tzid, tzlabel, summary, desc, date, uid, seq=0,
                  prefix="Invitation", location=None, meet=True, changed_note=None):
    """Google Calendar invitation e-mail: multipart/mixed(alternative(plain, html, calendar), invite.ics)."""
    org_name, org_email = org
    when = (f"{start:%a} {start.day} {start:%b %Y} {fmt12(start, True)} - {fmt12(end, True)} ({tzlabel})")
    code = f"{alnum('meet', key, n=3).lower()}-{alnum('meet2', key, n=4).lower()}-{alnum('meet3', key, n=3).lower()}"
    meet_url = f"https://meet.google.com/{code}"
    conf = ([f"X-GOOGLE-CONFERENCE:{meet_url}"] if meet else [])
    full_desc = desc
    if meet:
        full_desc += ("\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
                      f"Join with Google Meet: {meet_url}\nOr dial: (LK) +94 11 7 55{digits('ph', key, n=4)} "
                      f"PIN: {digits('pin', key, n=9)}#\n"
                      "Learn more about Meet at: https://support.google.com/a/users/answer/9282720\n"
                      "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-")
    ev = vevent(uid=uid, start=start, end=end, summary=summary, organizer=org, attendees=attendees,
                stamp=date, tzid=tzid, desc=full_desc, location=location, seq=seq, style="google",
                created=date - timedelta(minutes=3), extra=conf)
    cal = vcal("REQUEST", "-//Google Inc//Google Calendar 70.9054//EN", [tzid], ev)
    guests = "\n".join(a[0] + (" - organiser" if a[1] == org_email else "") + f"\n{a[1]}" for a in attendees)
    plain = ""
    if changed_note:
        plain += f"{changed_note}\n\n"
    plain += f"{summary}\n{when}\n"
    if location:
        plain += f"\n{location}\n"
    if meet:
        plain += f"\nGoogle Meet joining info\nVideo call link: {meet_url}\nOr dial: (LK) +94 11 7 55{digits('ph', key, n=4)} PIN: {digits('pin', key, n=9)}#\n"
    plain += f"\n{desc}\n\nOrganizer\n{org_name}\n{org_email}\n\nGuests\n{guests}\nView all guest info https://calendar.google.com/calendar/event?action=VIEW&eid={alnum('eid', key, n=44)}\n\n"
    plain += (f"Reply for {OWNER}\nYes\nNo\nMaybe\nMore options https://calendar.google.com/calendar/event?action=VIEW&eid={alnum('eid', key, n=44)}\n\n"
              "Invitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
              f"You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.\n\n"
              "Forwarding this invitation could allow any recipient to send a response to the organizer, be added to the guest list, invite others regardless of their own invitation status, or modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding\n")
    pre = (f'<div style="color:#d93025">{html.escape(changed_note)}</div>' if changed_note else "")
    html_body = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
        f'<div itemscope itemtype="http://schema.org/InformAction">{pre}'
        f'<h2 style="font-size:22px;font-weight:400">{html.escape(summary)}</h2>\n'
        f'<table><tr><td><b>When</b></td><td>{html.escape(when)}</td></tr>\n'
        + (f'<tr><td><b>Where</b></td><td>{html.escape(location)}</td></tr>\n' if location else "")
        + (f'<tr><td><b>Join</b></td><td><a href="{meet_url}">{meet_url}</a></td></tr>\n' if meet else "")
        + f'<tr><td><b>Organizer</b></td><td>{html.escape(org_name)} &lt;{org_email}&gt;</td></tr>\n'
        + '<tr><td><b>Guests</b></td><td>' + "<br>".join(f"{html.escape(a[0])} &lt;{a[1]}&gt;" for a in attendees)
        + '</td></tr></table>\n<div style="white-space:pre-wrap">' + html.escape(desc) + '</div>\n'
        '<p style="color:#70757a;font-size:12px">Invitation from Google Calendar</p></div></body></html>\n')
    body = multi("mixed", bnd("google", key, "mixed"), [
        multi("alternative", bnd("google", key, "alt"), [
            leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', plain, "base64"),
            leaf('text/html; charset="UTF-8"', html_body, "quoted-printable"),
            leaf('text/calendar; charset="UTF-8"; method=REQUEST', cal, "7bit" if cal.isascii() else "base64"),
        ]),
        leaf('application/ics; name="invite.ics"', cal, "base64", disp='attachment; filename="invite.ics"'),
    ])
    subject = f"{prefix}: {summary} @ {when} ({OWNER})"
    return eml(key, frm=addr(org_name, org_email), date=date, subject=subject, body=body,
               reply_to=addr(org_name, org_email), sender="Google Calendar <calendar-notification@google.com>",
               mid=f"<calendar-{uuidish('gcal', key)}@google.com>", envelope="calendar-notification@google.com",
               relay="mail-sor-f73.google.com")


def teams_block(key):
    tid = alnum("teams", key, n=44)
    mid = " ".join([digits("tm", key, n=3), digits("tm2", key, n=3), digits("tm3", key, n=3), digits("tm4", key, n=3)])
    url = f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{tid}%40thread.v2/0?context=%7b%22Tid%22%3a%22{uuidish('tenant', key)}%22%7d"
    text = ("________________________________________________________________________________\n"
            "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
            f"Click here to join the meeting<{url}>\nMeeting ID: {mid}\nPasscode: {alnum('pc', key, n=6)}\n"
            "Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
            "Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>\n"
            "________________________________________________________________________________")
    return text, url


def exchange_invite(key, *, org, attendees, start, end, summary, text, date, location="Microsoft Teams Meeting",
                    teams=True, seq=0, method="REQUEST", host="SG2PR06MB5521", importance="Normal"):
    """Exchange/Teams meeting request: multipart/alternative(plain, html, text/calendar base64)."""
    assert start.tzinfo is CMB
    when = (f"When: {start:%A, %B} {start.day}, {start.year} {fmt12(start)}-{fmt12(end)} "
            f"(UTC+05:30) Sri Jayawardenepura.\nWhere: {location}\n\n*~*~*~*~*~*~*~*~*~*\n\n")
    block, url = teams_block(key) if teams else ("", None)
    plain = when + text.strip("\n") + "\n\n" + block + "\n"
    extra = ["CLASS:PUBLIC", "PRIORITY:5", f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
             f"X-MICROSOFT-CDO-OWNERAPPTID:-{digits('owner', key, n=10)}",
             "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
             "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0"]
    if teams:
        extra += [f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{url}",
                  'X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}']
    extra += ["X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
              "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT", f"X-MICROSOFT-LOCATIONDISPLAYNAME:{esc(location)}",
              "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM"]
    ev = vevent(uid=exch_uid(key), start=start, end=end, summary=summary, organizer=org, attendees=attendees,
                stamp=date, tzid="Sri Lanka Standard Time", desc=plain, location=location, seq=seq,
                status="CONFIRMED", style="exchange", extra=extra)
    ev = [x.replace("DESCRIPTION:", "DESCRIPTION;LANGUAGE=en-US:", 1).replace("SUMMARY:", "SUMMARY;LANGUAGE=en-US:", 1)
          .replace("LOCATION:", "LOCATION;LANGUAGE=en-US:", 1) for x in ev]
    cal = vcal(method, "Microsoft Exchange Server 2010", ["Sri Lanka Standard Time"], ev)
    html_body = html_doc(plain, font="Aptos,Calibri,sans-serif")
    body = multi("alternative", bnd("outlook", key), [
        leaf('text/plain; charset="utf-8"', plain, "quoted-printable"),
        leaf('text/html; charset="utf-8"', html_body, "quoted-printable"),
        leaf(f'text/calendar; charset="utf-8"; method={method}', cal, "base64"),
    ])
    to = ", ".join(addr(a[0], a[1]) for a in attendees)
    thread_index = base64.b64encode(bytes.fromhex(H("ti", key, n=44))).decode()
    extra_h = [("Thread-Topic", summary), ("Thread-Index", thread_index), ("Accept-Language", "en-US"),
               ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
               ("Content-class", "urn:content-classes:calendarmessage"),
               ("x-ms-exchange-calendar-series-instance-id", "BAAAAIIA4AB0xbcQGoLgCAAAAAA" + alnum("si", key, n=24)),
               ("Importance", importance)]
    relay = f"{host.split('MB')[0]}-obe.outbound.protection.outlook.com"
    return eml(key, frm=addr(org[0], org[1]), date=date, subject=summary, body=body, to=to,
               mid=mid_outlook(key, host), extra=extra_h, relay=relay)


def gmail_mail(key, *, frm, date, subject, text, to=OWNER_ADDR, cc=None, irt=None, refs=None, cte="quoted-printable",
               reply_to=None, extra=(), html_text=None):
    body = alt(key, text, "gmail", cte, html_text=html_text)
    return eml(key, frm=frm, date=date, subject=subject, body=body, to=to, cc=cc, irt=irt, refs=refs,
               mid=mid_gmail(key), reply_to=reply_to, extra=extra)


def outlook_mail(key, *, frm, date, subject, text, to=OWNER_ADDR, cc=None, irt=None, refs=None,
                 host="SG2PR06MB5521", attachments=(), html_text=None):
    body = multi("alternative", bnd("outlook", key, "a"), [
        leaf('text/plain; charset="utf-8"', text, "quoted-printable"),
        leaf('text/html; charset="utf-8"', html_text or html_doc(text, font="Calibri,sans-serif"), "quoted-printable"),
    ])
    if attachments:
        body = multi("mixed", bnd("outlook", key, "m"), [body] + list(attachments))
    thread_index = base64.b64encode(bytes.fromhex(H("ti", key, n=44))).decode()
    topic = subject.split(": ", 1)[1] if subject.startswith(("RE: ", "Re: ")) else subject
    extra_h = [("Thread-Topic", topic), ("Thread-Index", thread_index), ("Accept-Language", "en-US"),
               ("Content-Language", "en-US"), ("X-MS-Has-Attach", "yes" if attachments else "")]
    relay = f"{host.split('MB')[0]}-obe.outbound.protection.outlook.com"
    return eml(key, frm=frm, date=date, subject=subject, body=body, to=to, cc=cc, irt=irt, refs=refs,
               mid=mid_outlook(key, host), extra=extra_h, relay=relay)


def iv(company, role, start, end, interviewers, followup, kind, status="scheduled"):
    return {"company": company, "role": role, "start": start.isoformat(),
            "end": end.isoformat() if end is not None else None, "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(followup), "kind": kind}


def label(interviews, difficulty, category, notes):
    return {"user": OWNER, "interview": bool(interviews), "interviews": interviews, "difficulty": difficulty,
            "category": category, "notes": notes, "source": "synthetic"}


CASES = []


def case(slug):
    def deco(fn):
        CASES.append((slug, fn))
        return fn
    return deco


# ================================================================= cases


def zoom_block(key, sub):
    mid = f"8{digits('zm', key, n=2)} {digits('zm2', key, n=4)} {digits('zm3', key, n=4)}"
    url = f"https://{sub}.zoom.us/j/8{digits('zm', key, n=2)}{digits('zm2', key, n=4)}{digits('zm3', key, n=4)}?pwd={alnum('zpwd', key, n=32)}"
    return mid, url, digits("zpc", key, n=6)


@case("hr-phone-sinhala-tomorrow")
def c01():
    sent = T(2026, 10, 6, 16, 42, 11, wd="Tue")
    start = T(2026, 10, 7, 14, 30, wd="Wed")  # "හෙට (බදාදා) ප.ව. 2.30ට" resolved against the Date header
    th = "tharushi.w@serendibdigital.example"
    text = """ආයුබෝවන් නිමාලි මහත්මිය,

Serendib Digital Labs ආයතනයේ QA Engineer තනතුර සඳහා ඔබ එවූ අයදුම්පත අප වෙත ලැබුණි.

ඒ සම්බන්ධයෙන් කෙටි HR සම්මුඛ පරීක්ෂණයක් (දුරකථන ඇමතුමක්) සඳහා ඔබට ආරාධනා කරමු.

දිනය: හෙට (බදාදා)
වේලාව: ප.ව. 2.30ට (විනාඩි 30ක් පමණ)
ක්‍රමය: මම ඔබගේ ජංගම දුරකථන අංකයට (077 4•• ••81) අමතන්නම්.

ඔබගේ දැනට පවතින වැටුප, දැනුම්දීමේ කාලය (notice period) සහ ඔබ බලාපොරොත්තු වන වැටුප ගැන කතා කිරීමට බලාපොරොත්තු වෙමු.
මෙම වේලාව ඔබට අපහසු නම් කරුණාකර මෙම ඊමේල් පණිවිඩයට පිළිතුරු දෙන්න.

ස්තූතියි,
තරුෂි වික්‍රමසිංහ
HR Executive | Serendib Digital Labs
No. 118, Galle Road, Colombo 03
tharushi.w@serendibdigital.example | +94 11 2 555 143
"""
    m = gmail_mail("c01-1", frm=addr("තරුෂි වික්‍රමසිංහ", th), date=sent,
                   subject="සම්මුඛ පරීක්ෂණය – QA Engineer තනතුර (Serendib Digital Labs)", text=text, cte="base64")
    return [("hr-call-tomorrow.eml", m)], label(
        [iv("Serendib Digital Labs", "QA Engineer", start, start + timedelta(minutes=30), [th], [th], "phone_screen")],
        "hard", "positive/sinhala-body-only-relative",
        "Sinhala-only body, no invite. 'හෙට (බදාදා) ප.ව. 2.30ට' = tomorrow (Wednesday) 2.30 p.m., resolved against "
        "Date Tue 06 Oct 2026 +0530 -> Wed 07 Oct 14:30; 'විනාඩි 30ක් පමණ' = about 30 minutes. HR executive makes the call herself.")


@case("bank-written-aptitude-test-centre")
def c02():
    sent = T(2026, 10, 12, 10, 5, 40, wd="Mon")
    WDAY(2026, 10, 24, "Sat")
    text = """Dear Ms. N. Perera,

WRITTEN APTITUDE TEST – ASSOCIATE EXECUTIVE (SOFTWARE QUALITY ASSURANCE)

With reference to your application for the above post, we are pleased to inform you that you have been shortlisted to sit for the written aptitude test conducted by the Bank.

Date  : Saturday, 24th October 2026
Time  : 9.00 a.m. to 11.30 a.m. (candidates should report at the venue by 8.30 a.m.)
Venue : Examination Hall B, Colombo Professional Studies Centre, No. 22, Bauddhaloka Mawatha, Colombo 07

The paper consists of three sections: numerical reasoning, logical reasoning and a structured paper on software testing fundamentals. The test will be invigilated by the Bank's examination staff and no interviews will be held on this day. Only candidates who obtain the qualifying mark will be called for a technical interview, the date of which will be notified separately.

Kindly bring your National Identity Card and the attached admission card, duly signed. Mobile phones, smart watches and calculators are not permitted inside the examination hall.

Please confirm your attendance by replying to this e-mail on or before 20th October 2026.

Yours faithfully,

Recruitment Unit – Human Resources Department
Kelani Merchant Bank PLC
No. 61, Janadhipathi Mawatha, Colombo 01
Tel: +94 11 2 448 300
"""
    pdf = leaf('application/pdf; name="Admission_Card_KMB-SQA-0417.pdf"', fake_pdf("Admission Card KMB-SQA-0417 PERERA N"),
               "base64", disp='attachment; filename="Admission_Card_KMB-SQA-0417.pdf"')
    m = outlook_mail("c02-1", frm=addr("KMB Recruitment", "recruitment@kelanibank.example"), date=sent,
                     subject="Written Aptitude Test – Associate Executive (SQA) – Admission Details", text=text,
                     host="SI2PR01MB4087", attachments=[pdf])
    return [("aptitude-test-admission.eml", m)], label(
        [], "medium", "negative/written-test-no-interviewer",
        "Invigilated written aptitude test at an exam centre on Sat 24 Oct; text states no interviews that day and the "
        "interview date will be notified separately.")


@case("bank-teams-technical-qa-lead")
def c03():
    sent = T(2026, 10, 29, 8, 42, 9, tz=UTC, wd="Thu")
    start = T(2026, 11, 4, 10, 0, wd="Wed")
    end = start + timedelta(hours=1)
    ch = "chaminda.rajapaksa@kelanibank.example"
    text = """Dear Nimali,

Congratulations on obtaining the qualifying mark at the written aptitude test held on 24th October.

You are invited for the technical interview for the post of Associate Executive – Software Quality Assurance. The interview will be conducted by Mr. Chaminda Rajapaksa, QA Lead – Digital Banking, and will cover test design, API testing and SQL. The duration is one hour.

Kindly join the Teams meeting 5 minutes before the scheduled time with your camera switched on and keep your NIC ready for identity verification. I am only arranging the meeting and will not be joining the interview.

Should you have any difficulty, please revert to this e-mail or call me on +94 11 2 448 327.

Thank you.
Dilini Fernando
Executive – Talent Acquisition | Human Resources
Kelani Merchant Bank PLC
"""
    m = exchange_invite("c03-1", org=("Dilini Fernando", "dilini.fernando@kelanibank.example"),
                        attendees=[(OWNER_NAME, OWNER), ("Chaminda Rajapaksa", ch)], start=start, end=end,
                        summary="Technical Interview – Associate Executive (SQA) – Nimali Perera", text=text,
                        date=sent, host="SI2PR01MB4087")
    return [("teams-technical-interview.eml", m)], label(
        [iv("Kelani Merchant Bank PLC", "Associate Executive – Software Quality Assurance", start, end, [ch], [ch], "technical")],
        "medium", "positive/exchange-teams-windows-tzid",
        "Exchange/Teams request, TZID 'Sri Lanka Standard Time', body label '(UTC+05:30) Sri Jayawardenepura', Date header "
        "in +0000. Organizer (TA executive) only arranges; the QA lead interviews.")


@case("singapore-hiring-manager-google-invite")
def c04():
    jt = ("Jasmine Tan", "jasmine.tan@merlionpaytech.example")
    wj = ("Wei Jie Lim", "weijie.lim@merlionpaytech.example")
    sent1 = T(2026, 10, 28, 11, 20, 33, tz=SGT, wd="Wed")
    sent2 = T(2026, 10, 28, 11, 31, 2, tz=SGT, wd="Wed")
    start = T(2026, 11, 3, 16, 0, tz=SGT, wd="Tue")  # = 13:30 Asia/Colombo
    end = start + timedelta(minutes=45)
    assert start.astimezone(CMB).strftime("%H:%M") == "13:30"
    text = """Hi Nimali,

Thanks again for the chat on Friday – it was great to hear about the regression suite you rebuilt at your current company.

Good news: Wei Jie Lim, our QA Engineering Manager, would like to meet you for the hiring manager round. It's a 45-minute video call focusing on how you approach test strategy for payment flows, and there will be time for your questions about the team.

I've put it in for Tuesday 3 November at 4pm Singapore time and you should receive a Google Calendar invite from me shortly. If that slot clashes with anything on your side, just reply and I'll look for another.

Cheers,
Jasmine Tan
Talent Acquisition Partner
Merlion Paytech Pte. Ltd. | 71 Robinson Road, #14-01, Singapore 068895
"""
    m1 = gmail_mail("c04-1", frm=addr(*jt), date=sent1, subject="Merlion Paytech – next step for Senior QA Engineer (Payments)",
                    text=text)
    desc = ("Hiring manager interview with Wei Jie Lim (QA Engineering Manager).\n"
            "Candidate: Nimali Perera – Senior QA Engineer (Payments Platform)\n\n"
            "Jasmine (Talent Acquisition) is the organiser only and will not join the call.")
    m2 = google_invite("c04-2", org=jt, attendees=[(jt[0], jt[1], "ACCEPTED"), wj, (OWNER_NAME, OWNER)], start=start,
                       end=end, tzid="Asia/Singapore", tzlabel="Singapore Standard Time",
                       summary="Merlion Paytech | Hiring Manager Interview – Nimali Perera", desc=desc, date=sent2,
                       uid=f"{H('uid', 'c04', n=26)}@google.com")
    return [("recruiter-next-step.eml", m1), ("invitation-hiring-manager.eml", m2)], label(
        [iv("Merlion Paytech", "Senior QA Engineer (Payments Platform)", start, end, [wj[1]], [wj[1]], "hiring_manager")],
        "medium", "positive/singapore-timezone-dedupe",
        "Recruiter mail + Google invite for the same call (one interview). TZID Asia/Singapore 16:00 +08:00 = 13:30 in Colombo; "
        "recruiter is organiser only.")


@case("visa-interview-appointment")
def c05():
    sent = T(2026, 10, 15, 13, 2, 51, wd="Thu")
    start = T(2026, 11, 12, 8, 15, wd="Thu")
    conf = f"LK{digits('visa', 'c05', n=9)}"
    text = f"""APPOINTMENT CONFIRMATION

Applicant name: PERERA, NIMALI
Passport number: N8******
Visa class: B1/B2 (Business/Tourism)
Confirmation number: {conf}

Your nonimmigrant visa interview has been scheduled:

Consular Section, U.S. Embassy Colombo
Thursday, November 12, 2026 at 08:15 AM (local time)

Please arrive no more than 15 minutes before your appointment time. Bring this confirmation page, your current passport, the DS-160 confirmation page and one photograph (5cm x 5cm). Electronic devices, large bags and food items are not permitted inside the Embassy.

A calendar entry for this appointment is attached.

If you need to reschedule, log in to your applicant profile. Do not reply to this email; this mailbox is not monitored.
"""
    cal = vcal("PUBLISH", "-//Visa Appointment Service//Scheduler 4.2//EN", ["Asia/Colombo"], vevent(
        uid=f"{conf}@ustraveldocs-lk.example", start=start, end=start + timedelta(minutes=30),
        summary="Visa interview – Consular Section, Colombo", organizer=("Visa Appointment Service", "no-reply@ustraveldocs-lk.example"),
        attendees=[("PERERA NIMALI", OWNER)], stamp=sent, tzid="Asia/Colombo",
        desc=f"Nonimmigrant visa interview (B1/B2). Confirmation {conf}. Bring passport and DS-160 confirmation.",
        location="Consular Section, U.S. Embassy, Colombo 03"))
    body = multi("mixed", bnd("java", "c05", "m"), [alt("c05-1", text, "java", "base64"),
                                                    ics_attachment(cal, "PUBLISH", "appointment.ics")])
    m = eml("c05-1", frm=addr("Visa Appointment Service", "no-reply@ustraveldocs-lk.example"), date=sent,
            subject=f"Appointment Confirmation – Nonimmigrant Visa Interview – PERERA, NIMALI ({conf})", body=body,
            mid=mid_plain("c05-1", "ustraveldocs-lk.example"), relay="smtp-out2.ustraveldocs-lk.example")
    return [("visa-appointment-confirmation.eml", m)], label(
        [], "medium", "negative/visa-interview",
        "Consular visa interview with an .ics attachment (owner as ATTENDEE); not a job interview.")


@case("london-two-rounds-across-bst-end")
def c06():
    ol = ("Olivia Hartley", "olivia.hartley@thamesideanalytics.example")
    tom = ("Tom Whitaker", "tom.whitaker@thamesideanalytics.example")
    priya = ("Priya Natarajan", "priya.natarajan@thamesideanalytics.example")
    host = "LO2P265MB3210"
    s1 = T(2026, 10, 19, 9, 40, 12, tz=LON, wd="Mon")
    s2 = T(2026, 10, 23, 16, 5, 47, tz=LON, wd="Fri")
    s3 = T(2026, 10, 23, 21, 10, 3, tz=CMB, wd="Fri")
    s4 = T(2026, 10, 26, 8, 55, 30, tz=LON, wd="Mon")
    a_start = T(2026, 10, 22, 10, 0, tz=LON, wd="Thu")  # BST (+01:00) -> 14:30 Colombo
    b_start = T(2026, 10, 29, 10, 0, tz=LON, wd="Thu")  # GMT (+00:00) -> 15:30 Colombo
    assert a_start.utcoffset() == timedelta(hours=1) and b_start.utcoffset() == timedelta(0)
    assert a_start.astimezone(CMB).strftime("%H:%M") == "14:30" and b_start.astimezone(CMB).strftime("%H:%M") == "15:30"
    assert s2.astimezone(CMB).strftime("%H:%M") == "20:35"
    zmid, zurl, zpc = zoom_block("c06", "thameside")
    subj = "QA Engineer (Remote, Sri Lanka) – technical interview"
    t1 = f"""Hi Nimali,

Thank you for sending through your CV and for the quick call on Friday. I'm pleased to say the team would like to take things forward for the QA Engineer (Remote, Sri Lanka) role.

The first stage is a technical interview with Tom Whitaker, our QA Lead. Expect around an hour covering test automation (we use Playwright and TypeScript), API testing and how you'd approach exploratory testing on our reporting dashboards.

I've booked this for Thursday 22 October, 10:00–11:00 UK time, on Zoom – the calendar invite is attached and the joining details are below.

Join Zoom Meeting
{zurl}
Meeting ID: {zmid}
Passcode: {zpc}

Any questions in the meantime, just drop me a line.

Best wishes,
Olivia

Olivia Hartley
Talent Partner | Thameside Analytics Ltd
2 Canal Reach, London N1C 4AG
"""
    cal = vcal("REQUEST", "-//zoom.us//iCalendar Event//EN", ["Europe/London"], vevent(
        uid=f"ZOOM8{digits('zm', 'c06', n=2)}{digits('zm2', 'c06', n=4)}{digits('zm3', 'c06', n=4)}@zoom.us",
        start=a_start, end=a_start + timedelta(hours=1), summary="Thameside Analytics – Technical interview (Nimali Perera / Tom Whitaker)",
        organizer=ol, attendees=[tom, (OWNER_NAME, OWNER)], stamp=s1, tzid="Europe/London",
        desc=f"Technical interview with Tom Whitaker (QA Lead).\n\nJoin Zoom Meeting\n{zurl}\n\nMeeting ID: {zmid}\nPasscode: {zpc}",
        location=zurl))
    m1 = outlook_mail("c06-1", frm=addr(*ol), date=s1, subject=subj, text=t1, host=host,
                      attachments=[ics_attachment(cal)])
    t2 = f"""Hi Nimali,

Tom really enjoyed yesterday's session – thank you! We'd like to move you to the final stage, which is a 45-minute conversation with Priya Natarajan, our Head of Engineering and the hiring manager for this role.

Priya could do Thursday 29 October at 10:00 UK time. One thing to flag: the clocks in the UK go back this Sunday (25 October), so by then we'll be on GMT rather than BST – please double-check the time on your side. We'd use the same Zoom link as before.

Would that work for you?

Best wishes,
Olivia

From: Olivia Hartley <{ol[1]}>
Sent: 19 October 2026 09:40
To: Nimali Perera <{OWNER}>
Subject: {subj}

Hi Nimali,

Thank you for sending through your CV and for the quick call on Friday. [...]
"""
    m2 = outlook_mail("c06-2", frm=addr(*ol), date=s2, subject="RE: " + subj, text=t2, host=host,
                      irt=mid_outlook("c06-1", host), refs=mid_outlook("c06-1", host))
    t3 = f"""Dear Olivia,

Thank you for the update, glad to hear the session went well.

Thursday 29th October at 10.00 a.m. UK time is fine with me. Noted about the clock change, I will adjust my calendar accordingly.

Looking forward to speaking with Priya.

Kind regards,
Nimali

On Fri, 23 Oct 2026 at 20:35, Olivia Hartley <{ol[1]}> wrote:
{quote(t2.split("From: Olivia")[0])}
"""
    m3 = gmail_mail("c06-3", frm=OWNER_ADDR, to=addr(*ol), date=s3, subject="RE: " + subj, text=t3,
                    irt=mid_outlook("c06-2", host), refs=mid_outlook("c06-1", host) + " " + mid_outlook("c06-2", host))
    t4 = f"""Hi Nimali,

Perfect – that's now confirmed with Priya: Thursday 29 October, 10:00–10:45 GMT, on Zoom (same link as your session with Tom). I've copied Priya here so you have her address.

Good luck, and do shout if anything changes.

Olivia
"""
    m4 = outlook_mail("c06-4", frm=addr(*ol), date=s4, subject="RE: " + subj, text=t4, host=host,
                      cc=addr(*priya), irt=mid_gmail("c06-3"),
                      refs=" ".join([mid_outlook("c06-1", host), mid_outlook("c06-2", host), mid_gmail("c06-3")]))
    return [("technical-interview-zoom.eml", m1), ("re-final-stage-proposal.eml", m2),
            ("re-nimali-accepts.eml", m3), ("re-confirmed-with-priya.eml", m4)], label(
        [iv("Thameside Analytics", "QA Engineer (Remote, Sri Lanka)", a_start, a_start + timedelta(hours=1),
            [tom[1]], [tom[1]], "technical"),
         iv("Thameside Analytics", "QA Engineer (Remote, Sri Lanka)", b_start, b_start + timedelta(minutes=45),
            [priya[1]], [priya[1]], "hiring_manager")],
        "hard", "positive/two-interviews-london-dst",
        "Two rounds. Round 1 Thu 22 Oct 10:00 Europe/London (BST, +01:00 = 14:30 Colombo) via Zoom .ics; round 2 proposed, "
        "accepted and confirmed by mail for Thu 29 Oct 10:00 UK time (GMT after the 25 Oct change = 15:30 Colombo), 45 min.")


@case("sinhala-reschedule-zoho-technical")
def c07():
    ks = ("Kasun Herath", "kasun.herath@lankasoft.example")
    hs = ("Harsha Senanayake", "harsha.senanayake@lankasoft.example")
    s1 = T(2026, 10, 8, 11, 15, 20, wd="Thu")
    s2 = T(2026, 10, 12, 15, 30, 8, wd="Mon")
    s3 = T(2026, 10, 12, 18, 4, 55, wd="Mon")
    old = T(2026, 10, 14, 10, 0, wd="Wed")
    new = T(2026, 10, 16, 14, 30, wd="Fri")
    t1 = f"""Dear Nimali Perera,

Thank you for your interest in Lankasoft Technologies. We are happy to let you know that your interview has been scheduled. Please find the details below.

Interview Name : Technical Interview
Position       : QA Engineer
Date           : 14 Oct 2026 (Wednesday)
Time           : 10:00 AM - 11:00 AM (Asia/Colombo)
Interviewer(s) : Harsha Senanayake
Venue          : Lankasoft Technologies, Level 6, Orion Tower, No. 752 Baseline Road, Colombo 09
Contact person : Kasun Herath ({ks[1]})

Please add the attached calendar file to your calendar. If you have any questions, reply to this email.

Regards,
Talent Acquisition Team
Lankasoft Technologies

This email was sent using Zoho Recruit.
"""
    uid = f"{digits('zoho', 'c07', n=18)}@zohorecruit.com"
    cal = vcal("REQUEST", "-//Zoho Corporation//Zoho Recruit//EN", ["Asia/Colombo"], vevent(
        uid=uid, start=old, end=old + timedelta(hours=1), summary="Technical Interview - QA Engineer - Nimali Perera",
        organizer=ks, attendees=[hs, (OWNER_NAME, OWNER)], stamp=s1, tzid="Asia/Colombo",
        desc="Interviewer(s): Harsha Senanayake", location="Lankasoft Technologies, Level 6, Orion Tower, No. 752 Baseline Road, Colombo 09"))
    body = multi("mixed", bnd("java", "c07", "m"), [alt("c07-1", t1, "java"), ics_attachment(cal, name="Interview.ics")])
    m1 = eml("c07-1", frm=addr("Lankasoft Technologies", "notification@zohorecruit.com"), reply_to=addr(*ks), date=s1,
             subject="Interview Scheduled: QA Engineer - Technical Interview | Lankasoft Technologies", body=body,
             mid=mid_plain("c07-1", "zohorecruit.com"), relay="sender4-op-o11.zoho.com")
    t2 = """හිතවත් නිමාලි,

ඔක්තෝබර් 14 වන දින (බදාදා) පෙ.ව. 10.00ට නියමිතව තිබූ ඔබගේ තාක්ෂණික සම්මුඛ පරීක්ෂණය, සම්මුඛ පරීක්ෂක හර්ෂ සේනානායක මහතාට හදිසි නිල ගමනක් යාමට සිදු වූ බැවින් කල් දැමීමට සිදු වී ඇත.

ඒ වෙනුවට එම සම්මුඛ පරීක්ෂණය ඔක්තෝබර් 16 වන දින (සිකුරාදා) ප.ව. 2.30ට එම ස්ථානයේදීම (Level 6, Orion Tower, කොළඹ 09) පැවැත්වීමට යෝජනා කරමු. කාලය පැයක් පමණ වේ. සම්මුඛ පරීක්ෂක හර්ෂ සේනානායක මහතාම වේ.

සිදු වූ අපහසුතාවයට සමාවන්න. නව වේලාව ඔබට සුදුසු දැයි කරුණාකර දන්වන්න.

ස්තූතියි,
කසුන් හේරත්
Talent Acquisition | Lankasoft Technologies
kasun.herath@lankasoft.example | 011 2 694 512
"""
    subj2 = "සම්මුඛ පරීක්ෂණ දිනය වෙනස් කිරීම – QA Engineer (Lankasoft Technologies)"
    m2 = gmail_mail("c07-2", frm=addr("කසුන් හේරත්", ks[1]), date=s2, subject=subj2, text=t2, cte="base64",
                    cc=addr(*hs))
    t3 = f"""හිතවත් කසුන් මහතා,

ඔක්තෝබර් 16 වන දින (සිකුරාදා) ප.ව. 2.30ට පැමිණීමට මට හැකියි. නව වේලාව තහවුරු කරමි.

ස්තූතියි,
නිමාලි පෙරේරා

On Mon, 12 Oct 2026 at 15:30, කසුන් හේරත් <{ks[1]}> wrote:
{quote(t2)}
"""
    m3 = gmail_mail("c07-3", frm=addr("නිමාලි පෙරේරා", OWNER), to=addr("කසුන් හේරත්", ks[1]), cc=addr(*hs), date=s3,
                    subject="Re: " + subj2, text=t3, cte="base64", irt=mid_gmail("c07-2"), refs=mid_gmail("c07-2"))
    return [("zoho-interview-scheduled.eml", m1), ("sinhala-reschedule.eml", m2), ("re-sinhala-accept.eml", m3)], label(
        [iv("Lankasoft Technologies", "QA Engineer", new, new + timedelta(hours=1), [hs[1]], [hs[1]], "technical")],
        "hard", "positive/reschedule-by-sinhala-mail",
        "Zoho Recruit mail + .ics for Wed 14 Oct 10:00; a Sinhala mail moves it to 'ඔක්තෝබර් 16 වන දින (සිකුරාදා) ප.ව. 2.30ට' "
        "(Fri 16 Oct 14:30, about one hour) and the owner accepts in Sinhala. The .ics is never updated: final time comes from the mail.")


@case("qa-meetup-speaker-invite")
def c08():
    ish = ("Ishara Bandara", "ishara.bandara@colombotesters.example")
    sent = T(2026, 11, 2, 20, 15, 37, wd="Mon")
    start = T(2026, 11, 19, 18, 0, wd="Thu")
    WDAY(2026, 11, 17, "Tue")
    desc = """Hi Nimali,

Blocking your calendar for the meetup – thanks again for agreeing to speak!

Run sheet
6.00 p.m.  Doors open, tea & short eats
6.30 p.m.  Nimali Perera – "Contract testing with Pact: lessons from a payments team" (25 min + Q&A)
7.10 p.m.  Dulaj Ranasinghe – "Flaky tests are a product problem"
7.40 p.m.  Speaker interview: Roshan will do a 10-minute on-stage interview with both speakers for our YouTube channel
8.00 p.m.  Networking

Please send your slides to me by Tuesday 17th. A projector with HDMI is available."""
    m = google_invite("c08-1", org=ish, attendees=[(ish[0], ish[1], "ACCEPTED"), ("Roshan Silva", "roshan.silva@colombotesters.example"),
                                                   ("Dulaj Ranasinghe", "dulaj.ranasinghe@mail.example"), (OWNER_NAME, OWNER)],
                      start=start, end=start + timedelta(hours=2), tzid="Asia/Colombo", tzlabel="India Standard Time",
                      summary="Colombo Testers Meetup #31 – Speaker: Nimali Perera (Contract testing with Pact)", desc=desc,
                      date=sent, uid=f"{H('uid', 'c08', n=26)}@google.com", meet=False,
                      location="Lakeside Co-Work, Level 3, 42 Sir James Peiris Mawatha, Colombo 02")
    return [("invitation-meetup-speaker.eml", m)], label(
        [], "medium", "negative/speaker-at-meetup",
        "Google invite for a community meetup where the owner is a speaker; includes an on-stage 'speaker interview' for YouTube.")


@case("workable-hr-interview-cancelled")
def c09():
    an = ("Anushka De Silva", "anushka.desilva@gallefacesys.example")
    relay_addr = f"galle-face-systems-{alnum('wk', 'c09', n=8).lower()}@candidates.workablemail.com"
    s1 = T(2026, 10, 20, 3, 32, 10, tz=UTC, wd="Tue")
    s2 = T(2026, 10, 23, 9, 48, 26, tz=UTC, wd="Fri")
    start = T(2026, 10, 26, 11, 0, wd="Mon")
    end = start + timedelta(minutes=30)
    meet = f"https://meet.google.com/{alnum('wm', 'c09', n=3).lower()}-{alnum('wm2', 'c09', n=4).lower()}-{alnum('wm3', 'c09', n=3).lower()}"
    t1 = f"""Hi Nimali,

Thanks for applying to the QA Automation Engineer role at Galle Face Systems. We'd like to invite you to an interview.

Interview: Initial HR interview
With: Anushka De Silva (Talent Partner)
When: Monday, October 26, 2026, 11:00 AM – 11:30 AM (GMT+05:30) Asia/Colombo
Where: Google Meet – {meet}

A calendar invitation is attached to this email. If you need to make a change, reply to this message and Anushka will get back to you.

Best regards,
Anushka De Silva
Talent Partner, Galle Face Systems (Pvt) Ltd
{an[1]} | +94 77 3 118 240

Powered by Workable
"""
    uid = f"{uuidish('wk', 'c09')}@workable.com"

    def cal(method, seq, status, stamp):
        return vcal(method, "-//Workable//Interview Scheduler//EN", ["Asia/Colombo"], vevent(
            uid=uid, start=start, end=end, summary="Initial HR interview – QA Automation Engineer (Galle Face Systems)",
            organizer=an, attendees=[(OWNER_NAME, OWNER), an], stamp=stamp, tzid="Asia/Colombo",
            desc=f"Initial HR interview with Anushka De Silva.\nJoin: {meet}", location=meet, seq=seq, status=status))
    b1 = multi("mixed", bnd("x", "c09", "1"), [alt("c09-1", t1, "x"), ics_attachment(cal("REQUEST", 0, "CONFIRMED", s1))])
    m1 = eml("c09-1", frm=addr("Galle Face Systems", "noreply@candidates.workablemail.com"), reply_to=addr(an[0], relay_addr),
             date=s1, subject="Interview invitation: QA Automation Engineer at Galle Face Systems", body=b1,
             mid=mid_plain("c09-1", "candidates.workablemail.com"), relay="o12.email.workablemail.com")
    t2 = """Hi Nimali,

Your interview for the QA Automation Engineer position at Galle Face Systems, scheduled for Monday, October 26, 2026 at 11:00 AM (GMT+05:30), has been cancelled.

Message from Anushka De Silva:
"Dear Nimali, I am sorry to inform you that the management has decided to put this position on hold until the next financial year due to a budget freeze, so we have to cancel Monday's interview. I will revert to you as soon as hiring reopens. Apologies for the inconvenience."

The calendar event has been removed from your invitation.

Powered by Workable
"""
    b2 = multi("mixed", bnd("x", "c09", "2"), [alt("c09-2", t2, "x"),
                                                ics_attachment(cal("CANCEL", 1, "CANCELLED", s2), "CANCEL")])
    m2 = eml("c09-2", frm=addr("Galle Face Systems", "noreply@candidates.workablemail.com"), reply_to=addr(an[0], relay_addr),
             date=s2, subject="Interview cancelled: QA Automation Engineer at Galle Face Systems", body=b2,
             mid=mid_plain("c09-2", "candidates.workablemail.com"), relay="o12.email.workablemail.com",
             irt=mid_plain("c09-1", "candidates.workablemail.com"), refs=mid_plain("c09-1", "candidates.workablemail.com"))
    return [("workable-interview-invitation.eml", m1), ("workable-interview-cancelled.eml", m2)], label(
        [iv("Galle Face Systems", "QA Automation Engineer", start, end, [an[1]], [an[1]], "phone_screen", "cancelled")],
        "medium", "positive/cancellation-ats",
        "Workable invite + .ics, then Workable cancellation with METHOD:CANCEL / STATUS:CANCELLED (SEQUENCE 1). "
        "Date headers +0000, body '(GMT+05:30)'. Reply-To is a Workable relay; the recruiter's own address is in the signature.")


@case("live-practical-test-observed-zoom")
def c10():
    rj = ("Ruwani Jayawardena", "ruwani.j@beiralake.example")
    dk = ("Dinesh Kumara", "dinesh.kumara@beiralake.example")
    sent = T(2026, 10, 29, 17, 20, 44, wd="Thu")
    start = T(2026, 11, 2, 10, 0, wd="Mon")
    end = start + timedelta(minutes=90)
    zmid, zurl, zpc = zoom_block("c10", "beiralake")
    text = f"""Dear Nimali,

Congratulations on clearing the first interview for the Senior QA Engineer position at Beira Lake Software.

The next stage is a live practical test. This is NOT a take-home assignment: you will be given access to a small web application during the session and asked to design and execute test cases, log defects and explain your reasoning while sharing your screen. Our QA Lead, Mr. Dinesh Kumara (copied), will be observing throughout and will discuss your approach with you as you go.

Date : Monday, 2nd November 2026
Time : 10.00 a.m. – 11.30 a.m.
Mode : Zoom (details below and in the attached calendar file)

Kindly make sure you have a stable connection, Chrome and Postman installed, and a quiet place to work. Please be online five minutes early.

Join Zoom Meeting
{zurl}
Meeting ID: {zmid}
Passcode: {zpc}

Thank you and all the best.

Ruwani Jayawardena
HR Business Partner | Beira Lake Software (Pvt) Ltd
No. 40, Sir Chittampalam A. Gardiner Mawatha, Colombo 02
+94 11 2 330 915
"""
    cal = vcal("REQUEST", "-//zoom.us//iCalendar Event//EN", ["Asia/Colombo"], vevent(
        uid=f"ZOOM8{digits('zm', 'c10', n=2)}{digits('zm2', 'c10', n=4)}{digits('zm3', 'c10', n=4)}@zoom.us",
        start=start, end=end, summary="Beira Lake Software – Live practical test (QA) – Nimali Perera", organizer=dk,
        attendees=[(OWNER_NAME, OWNER), rj], stamp=sent, tzid="Asia/Colombo",
        desc=f"Live practical testing session observed by Dinesh Kumara.\n\nJoin Zoom Meeting\n{zurl}\nMeeting ID: {zmid}\nPasscode: {zpc}",
        location=zurl))
    body = multi("mixed", bnd("gmail", "c10", "m"), [alt("c10-1", text), ics_attachment(cal, name="zoom_meeting.ics")])
    m = eml("c10-1", frm=addr(*rj), cc=addr(*dk), date=sent, subject="Senior QA Engineer – Live Practical Test (Round 2)",
            body=body, mid=mid_gmail("c10-1"))
    return [("live-practical-test.eml", m)], label(
        [iv("Beira Lake Software", "Senior QA Engineer", start, end, [dk[1]], [dk[1]], "technical")],
        "hard", "positive/live-practical-test",
        "'Practical test' looks like an assessment, but it is done live on Zoom with the QA lead observing and discussing -> interview. "
        "Zoom .ics organised by the QA lead; HR sender only arranges.")


@case("webinar-cracking-qa-interviews")
def c11():
    sent = T(2026, 11, 2, 4, 31, 19, tz=UTC, wd="Mon")
    start = T(2026, 11, 7, 10, 0, wd="Sat")
    wid = f"8{digits('wb', 'c11', n=10)}"
    text = f"""Hi Nimali Perera,

Thank you for registering for "Cracking QA Interviews in 2026 – from manual testing to automation".

You can find information about this webinar below.

Cracking QA Interviews in 2026 – from manual testing to automation
Date & Time: Nov 7, 2026 10:00 AM Colombo (Sri Jayawardenepura)

Hosted by QA Careers Lanka. Our panel of hiring managers will run two live mock interviews on stage, share the twenty questions they ask most often and review three volunteer CVs.

Join from PC, Mac, iPad, or Android:
https://us06web.zoom.us/w/{wid}?tk={alnum('tk', 'c11', n=40)}
Passcode: {digits('wpc', 'c11', n=6)}
Webinar ID: {wid[:3]} {wid[3:7]} {wid[7:]}

Add to calendar: see the attached .ics file.

You can cancel your registration at any time.

Questions about this webinar: events@qacareerslanka.example
"""
    cal = vcal("REQUEST", "-//zoom.us//iCalendar Event//EN", ["Asia/Colombo"], vevent(
        uid=f"ZOOM{wid}@zoom.us", start=start, end=start + timedelta(minutes=90),
        summary="Cracking QA Interviews in 2026 – from manual testing to automation",
        organizer=("QA Careers Lanka", "events@qacareerslanka.example"), attendees=[(OWNER_NAME, OWNER)], stamp=sent,
        tzid="Asia/Colombo", desc="Webinar hosted by QA Careers Lanka on Zoom.", location=f"https://us06web.zoom.us/w/{wid}"))
    body = multi("mixed", bnd("x", "c11", "m"), [alt("c11-1", text, "x"), ics_attachment(cal, name="webinar.ics")])
    m = eml("c11-1", frm=addr("QA Careers Lanka", "no-reply@zoom.us"), reply_to="events@qacareerslanka.example", date=sent,
            subject="Cracking QA Interviews in 2026 – from manual testing to automation Confirmation", body=body,
            mid=mid_plain("c11-1", "zoom.us"), relay="mta-173.zoom.us",
            extra=[("List-Unsubscribe", "<https://zoom.us/webinar/unsubscribe>")])
    return [("zoom-webinar-registration.eml", m)], label(
        [], "medium", "negative/webinar",
        "Zoom webinar registration about QA interviews (with live mock interviews on stage), .ics with owner as attendee.")


@case("katunayake-onsite-three-invites")
def c12():
    hm = ("Hiruni Madushani", "hiruni.madushani@lagoonthreads.example")
    lw = ("Lahiru Wijesinghe", "lahiru.wijesinghe@lagoonthreads.example")
    sp = ("Suresh Pathirana", "suresh.pathirana@lagoonthreads.example")
    ar = ("Anoma Ratnayake", "anoma.ratnayake@lagoonthreads.example")
    host = "SI2PR04MB4410"
    s0 = T(2026, 11, 6, 14, 45, 2, wd="Fri")
    WDAY(2026, 11, 10, "Tue")
    d = (2026, 11, 12)
    sess = [(T(*d, 9, 30, wd="Thu"), T(*d, 10, 30)), (T(*d, 10, 45), T(*d, 11, 45)), (T(*d, 12, 30), T(*d, 13, 15))]
    t0 = """Dear Ms. Perera,

Further to our telephone conversation today, I am pleased to confirm your final interview day for the position of QA Engineer – Digital Solutions at our Katunayake head office on Thursday, 12th November 2026.

Itinerary
9.30 a.m. – 10.30 a.m.   Technical interview – Mr. Lahiru Wijesinghe, QA Lead
10.45 a.m. – 11.45 a.m.  Panel interview – Mr. Suresh Pathirana, Engineering Manager, and Ms. Anoma Ratnayake, Head of Digital Solutions
11.45 a.m. – 12.30 p.m.  Lunch at the staff cafeteria with the QA team (informal)
12.30 p.m. – 1.15 p.m.   HR discussion – myself

Venue: Lagoon Threads Apparel Group, Head Office (Block C), Export Processing Zone, Katunayake. Please collect a visitor pass at the main gate of the EPZ; the security officers will need your NIC number, which I have already shared with them.

Transport: a company shuttle leaves Colombo Fort railway station (Olcott Mawatha entrance) at 7.30 a.m. Kindly let me know by Tuesday if you wish to use it.

You will receive three separate calendar invitations for the sessions. Please bring copies of your certificates and your NIC.

Thank you and see you on Thursday.

Best regards,
Hiruni Madushani
Executive – Talent Acquisition
Lagoon Threads Apparel Group
Katunayake | +94 11 2 253 774
"""
    items = [("final-day-itinerary.eml", outlook_mail("c12-0", frm=addr(*hm), date=s0,
                                                      subject="Final Interview – QA Engineer (Digital Solutions) – Thursday 12th November",
                                                      text=t0, host=host))]
    loc = "Lagoon Threads HQ – Block C, Meeting Room 'Negombo', EPZ Katunayake"
    specs = [
        ("c12-1", "Technical Interview – QA Engineer (Digital Solutions) – Nimali Perera", [lw],
         "Dear Nimali,\n\nTechnical session with Mr. Lahiru Wijesinghe (QA Lead): test planning for our PLM and ERP integrations, "
         "defect triage and a short SQL exercise on paper.\n\nRegards,\nHiruni", "technical-session"),
        ("c12-2", "Panel Interview – QA Engineer (Digital Solutions) – Nimali Perera", [sp, ar],
         "Dear Nimali,\n\nPanel with Mr. Suresh Pathirana (Engineering Manager) and Ms. Anoma Ratnayake (Head of Digital Solutions). "
         "They would like to hear about a release you tested end to end.\n\nRegards,\nHiruni", "panel-session"),
        ("c12-3", "HR Discussion – QA Engineer (Digital Solutions) – Nimali Perera", [],
         "Dear Nimali,\n\nFinal HR discussion with me: notice period, transport and the benefits scheme.\n\nRegards,\nHiruni",
         "hr-session"),
    ]
    for i, ((key, summ, people, txt, slug), (a, b)) in enumerate(zip(specs, sess)):
        sent = T(2026, 11, 6, 9, 21 + 2 * i, 14 + i, tz=UTC, wd="Fri")
        items.append((f"invite-{slug}.eml", exchange_invite(
            key, org=hm, attendees=[(OWNER_NAME, OWNER)] + people, start=a, end=b, summary=summ, text=txt,
            date=sent, location=loc, teams=False, host=host)))
    ivs = [lw[1], sp[1], ar[1], hm[1]]
    return items, label(
        [iv("Lagoon Threads Apparel Group", "QA Engineer – Digital Solutions", sess[0][0], sess[2][1], ivs, ivs, "onsite")],
        "hard", "positive/onsite-loop-several-invites",
        "On-site final day in Katunayake sent as an itinerary mail plus three Exchange invites (TZID 'Sri Lanka Standard Time', "
        "UTC Date headers) with a lunch break -> ONE onsite interview 09:30-13:15. The coordinator runs the last (HR) session herself.")


@case("rejection-after-interview")
def c13():
    cj = ("Chamari Jayatilleke", "chamari.jayatilleke@harbourline.example")
    sent = T(2026, 10, 26, 16, 10, 27, wd="Mon")
    WDAY(2026, 10, 21, "Wed")
    text = """Dear Nimali,

Thank you for taking the time to attend the interview on Wednesday, 21st October for the position of QA Engineer at Harbour Line Software.

We appreciated the opportunity to learn about your experience with automation frameworks. However, after careful consideration, the panel has decided to proceed with another candidate whose experience more closely matches the current requirements of the team.

With your consent we will retain your CV in our talent pool for the next six months and contact you should a suitable opening arise.

ඔබට සුබ අනාගතයක් ප්‍රාර්ථනා කරමු. ස්තූතියි.

Yours sincerely,
Chamari Jayatilleke
Manager – Human Resources
Harbour Line Software (Pvt) Ltd, Colombo 01
"""
    m = outlook_mail("c13-1", frm=addr(*cj), date=sent, subject="Your application – QA Engineer – Harbour Line Software",
                     text=text, host="SG2PR03MB6617")
    return [("application-outcome.eml", m)], label(
        [], "easy", "negative/rejection",
        "Rejection that mentions a past interview date (Wed 21 Oct); ends with a Sinhala good-wishes line.")


@case("thread-propose-confirm-director-final")
def c14():
    sp = ("Shehani Peiris", "shehani.peiris@orionlanka.example")
    rj = ("Ruwan Jayasuriya", "ruwan.jayasuriya@orionlanka.example")
    host = "SG2PR02MB3390"
    s1 = T(2026, 11, 4, 10, 10, 5, wd="Wed")
    s2 = T(2026, 11, 4, 19, 35, 40, wd="Wed")
    s3 = T(2026, 11, 5, 9, 5, 12, wd="Thu")
    WDAY(2026, 11, 10, "Tue")
    start = T(2026, 11, 11, 15, 0, wd="Wed")
    subj = "Final Interview – Senior QA Engineer – Orion Lanka Software"
    t1 = """Dear Nimali,

Thank you for attending the panel interview last week. We are pleased to inform you that you have been selected for the final round.

The final interview will be with our Director – Engineering, Mr. Ruwan Jayasuriya, and will take around 45 minutes at our office (No. 7, Flower Road, Colombo 07). He is available on the following slots:

1) Tuesday, 10th November at 11.00 a.m.
2) Wednesday, 11th November at 3.00 p.m.

Kindly revert with your preferred slot at your earliest convenience.

Best regards,
Shehani Peiris
Senior Executive – Human Resources
Orion Lanka Software (Pvt) Ltd
"""
    m1 = outlook_mail("c14-1", frm=addr(*sp), date=s1, subject=subj, text=t1, host=host)
    t2 = f"""Dear Shehani,

Thank you very much for the good news.

Wednesday, 11th November at 3.00 p.m. would suit me better, as I have a production release at work on Tuesday.

Best regards,
Nimali Perera

On Wed, 4 Nov 2026 at 10:10, Shehani Peiris <{sp[1]}> wrote:
{quote(t1)}
"""
    m2 = gmail_mail("c14-2", frm=OWNER_ADDR, to=addr(*sp), date=s2, subject="Re: " + subj, text=t2,
                    irt=mid_outlook("c14-1", host), refs=mid_outlook("c14-1", host))
    t3 = """Dear Nimali,

Noted with thanks. Your final interview with Mr. Jayasuriya (copied) is confirmed for Wednesday, 11th November 2026 at 3.00 p.m.

Please report to the reception on the 4th floor about ten minutes early and bring a copy of your NIC.

Best regards,
Shehani
"""
    m3 = outlook_mail("c14-3", frm=addr(*sp), cc=addr(*rj), date=s3, subject="RE: " + subj, text=t3, host=host,
                      irt=mid_gmail("c14-2"), refs=mid_outlook("c14-1", host) + " " + mid_gmail("c14-2"))
    return [("final-interview-slots.eml", m1), ("re-prefer-wednesday.eml", m2), ("re-confirmed.eml", m3)], label(
        [iv("Orion Lanka Software", "Senior QA Engineer", start, start + timedelta(minutes=45), [rj[1]], [rj[1]], "hiring_manager")],
        "medium", "positive/thread-propose-confirm",
        "Two slots proposed (Tue 10 Nov 11.00 a.m. / Wed 11 Nov 3.00 p.m.), owner picks Wednesday, HR confirms with the director in Cc. "
        "Only the confirmed slot counts; duration 'around 45 minutes'.")


@case("offer-letter-lankasoft")
def c15():
    dm = ("Dilrukshi Mendis", "dilrukshi.mendis@lankasoft.example")
    sent = T(2026, 10, 20, 11, 2, 19, wd="Tue")
    WDAY(2026, 10, 26, "Mon")
    text = """Dear Ms. Perera,

OFFER OF EMPLOYMENT – QA ENGINEER

Further to the interviews you faced with us, we are pleased to offer you the position of QA Engineer at Lankasoft Technologies (Pvt) Ltd.

The key terms are set out in the attached letter: a monthly gross salary of LKR 385,000, medical cover for you and your immediate family, and a commencement date of Tuesday, 1st December 2026. The appointment is subject to a probation period of six months.

Kindly sign the duplicate of the attached letter and revert on or before Monday, 26th October 2026. Should you wish to clarify anything, you are welcome to call me on 011 2 694 500 between 9.00 a.m. and 5.00 p.m.

We look forward to welcoming you to the team.

Yours sincerely,
Dilrukshi Mendis
Manager – Human Resources
Lankasoft Technologies (Pvt) Ltd
"""
    WDAY(2026, 12, 1, "Tue")
    pdf = leaf('application/pdf; name="Offer_Letter_Nimali_Perera.pdf"', fake_pdf("Offer of Employment - QA Engineer"),
               "base64", disp='attachment; filename="Offer_Letter_Nimali_Perera.pdf"')
    body = multi("mixed", bnd("gmail", "c15", "m"), [alt("c15-1", text), pdf])
    m = eml("c15-1", frm=addr(*dm), date=sent, subject="Offer of Employment – QA Engineer – Lankasoft Technologies",
            body=body, mid=mid_gmail("c15-1"))
    return [("offer-of-employment.eml", m)], label(
        [], "easy", "negative/offer", "Offer letter mentioning past interviews and a reply deadline; no interview scheduled.")


@case("gcal-json-panel-engineering-manager")
def c16():
    ml = ("Malsha Gunawardena", "malsha.gunawardena@kottesoft.example")
    na = ("Nuwan Abeysekara", "nuwan.abeysekara@kottesoft.example")
    ks = ("Kavindi Samarasinghe", "kavindi.samarasinghe@kottesoft.example")
    sent = T(2026, 10, 19, 12, 40, 18, wd="Mon")
    start = T(2026, 10, 21, 14, 0, wd="Wed")
    end = start + timedelta(hours=1)
    text = f"""Hi Nimali,

As discussed on the phone, I have sent you a calendar invite for the panel interview this Wednesday (21st) from 2.00 to 3.00 p.m. with {na[0]} (Engineering Manager) and {ks[0]} (QA Lead).

Kindly accept it so that it appears on your calendar; the Google Meet link is in the invite. I will open the call and introduce you, and then leave you with the panel.

Thanks,
Malsha
Talent Acquisition – Kotte Softworks
"""
    m = gmail_mail("c16-1", frm=addr(*ml), date=sent, subject="Panel interview on Wednesday – QA Engineer II", text=text)
    eid = alnum("eid", "c16", n=26).lower()
    code = f"{alnum('m1', 'c16', n=3).lower()}-{alnum('m2', 'c16', n=4).lower()}-{alnum('m3', 'c16', n=3).lower()}"
    created = sent.astimezone(UTC) - timedelta(minutes=6)
    ev = {
        "kind": "calendar#event",
        "etag": f"\"{digits('etag', 'c16', n=16)}\"",
        "id": eid,
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=" + base64.b64encode(f"{eid} {OWNER}".encode()).decode().rstrip("="),
        "created": created.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "updated": (created + timedelta(minutes=4, seconds=31)).strftime("%Y-%m-%dT%H:%M:%S.412Z"),
        "summary": "Panel Interview – QA Engineer II – Nimali Perera",
        "description": f"Panel interview with {na[0]} (Engineering Manager) and {ks[0]} (QA Lead).\n"
                       "Malsha (Talent Acquisition) will open the call and drop off after introductions.",
        "creator": {"email": ml[1], "displayName": ml[0]},
        "organizer": {"email": ml[1], "displayName": ml[0]},
        "start": {"dateTime": start.isoformat(), "timeZone": "Asia/Colombo"},
        "end": {"dateTime": end.isoformat(), "timeZone": "Asia/Colombo"},
        "iCalUID": f"{eid}@google.com",
        "sequence": 0,
        "attendees": [
            {"email": ml[1], "displayName": ml[0], "organizer": True, "responseStatus": "accepted"},
            {"email": na[1], "displayName": na[0], "responseStatus": "accepted"},
            {"email": ks[1], "displayName": ks[0], "responseStatus": "tentative"},
            {"email": OWNER, "displayName": OWNER_NAME, "self": True, "responseStatus": "needsAction"},
        ],
        "hangoutLink": f"https://meet.google.com/{code}",
        "conferenceData": {
            "entryPoints": [
                {"entryPointType": "video", "uri": f"https://meet.google.com/{code}", "label": f"meet.google.com/{code}"},
                {"entryPointType": "phone", "uri": f"tel:+94-11-755-{digits('tel', 'c16', n=4)}",
                 "label": f"+94 11 755 {digits('tel', 'c16', n=4)}", "pin": digits("pin", "c16", n=9), "regionCode": "LK"},
            ],
            "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet"},
            "conferenceId": code,
        },
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    js = (json.dumps(ev, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    return [("panel-interview-heads-up.eml", m), ("panel-interview.gcal.json", js)], label(
        [iv("Kotte Softworks", "QA Engineer II", start, end, [na[1], ks[1]], [na[1], ks[1]], "onsite")],
        "medium", "positive/gcal-json-dedupe",
        "Recruiter heads-up mail ('this Wednesday (21st) from 2.00 to 3.00 p.m.') + Calendar API event for the same panel (one interview). "
        "Organizer drops off after introductions; two panelists.")


@case("salary-survey-newsletter")
def c17():
    sent = T(2026, 11, 3, 7, 30, 0, wd="Tue")
    WDAY(2026, 11, 13, "Fri")
    text = """Hi Nimali,

The Sri Lanka Tech Salary Survey 2026 is open – and this year we have a dedicated section for QA and test engineers.

It takes about 7 minutes and is completely anonymous. Last year 3,400 engineers took part, and we also interviewed 40 hiring managers in Colombo and Kandy to understand how offers are benchmarked.

What you get: the full report (pay bands by experience, remote vs. on-site, USD-linked contracts) free of charge, plus a chance to win one of ten LKR 10,000 book vouchers.

Take the survey: https://lankatechpulse.example/survey/2026?src=email

The survey closes on Friday, 13th November 2026 at 11.59 p.m.

Thank you for helping the community!
The Lanka Tech Pulse team

You are receiving this because you subscribed at lankatechpulse.example. Unsubscribe: https://lankatechpulse.example/u/nimali
"""
    body = alt("c17-1", text, "x", "quoted-printable")
    m = eml("c17-1", frm=addr("Lanka Tech Pulse", "survey@lankatechpulse.example"), date=sent,
            subject="QA engineers: 7 minutes for the Sri Lanka Tech Salary Survey 2026", body=body,
            mid=mid_plain("c17-1", "mail.lankatechpulse.example"), relay="mail.lankatechpulse.example",
            extra=[("List-Unsubscribe", "<https://lankatechpulse.example/u/nimali>"), ("Precedence", "bulk")])
    return [("salary-survey.eml", m)], label([], "easy", "negative/survey-newsletter",
                                              "Salary survey newsletter; mentions interviewing hiring managers.")


@case("topcareers-relay-interview-call")
def c18():
    sent = T(2026, 10, 13, 9, 12, 31, wd="Tue")
    start = T(2026, 10, 19, 10, 0, wd="Mon")
    nk = "nadeesha.k@cinnamongrove.example"
    text = f"""Message from the employer – forwarded by TopCareers.lk

Dear Applicant,

INTERVIEW CALL – SOFTWARE QA ENGINEER (Ref: TC-88213)

With reference to your application for the post of Software QA Engineer forwarded through TopCareers.lk, you are hereby requested to attend an interview on Monday, 19th October 2026 at 10.00 a.m. at our office:

Cinnamon Grove Technologies (Pvt) Ltd
No. 14, Park Street, Colombo 02 (3rd floor)

Please bring the originals and photocopies of your educational and professional certificates together with your NIC.

If you are unable to attend on the above date, kindly inform Ms. Nadeesha Karunaratne, HR Manager, on 011 2 301 466 or at {nk}.

Thank you.
Human Resources Division
Cinnamon Grove Technologies (Pvt) Ltd

--
This message was sent to you by the employer through TopCareers.lk. Please do not reply to this e-mail; this mailbox is not monitored.
"""
    m = eml("c18-1", frm=addr("TopCareers.lk", "no-reply@topcareers-lk.example"), date=sent,
            subject="Interview Call – Software QA Engineer (Ref: TC-88213) – Cinnamon Grove Technologies",
            body=alt("c18-1", text, "x"), mid=mid_plain("c18-1", "topcareers-lk.example"), relay="relay2.topcareers-lk.example")
    return [("topcareers-interview-call.eml", m)], label(
        [iv("Cinnamon Grove Technologies", "Software QA Engineer", start, None, [], [nk], "other")],
        "medium", "positive/job-board-relay-body-only",
        "Job-board relay (no-reply) forwarding an in-person interview call; no duration, no named interviewer. Follow-up goes to "
        "the HR manager address given in the text, never to the relay.")


@case("jobhub-alert-walk-in-interviews")
def c19():
    sent = T(2026, 10, 27, 6, 0, 4, wd="Tue")
    WDAY(2026, 10, 31, "Sat")
    text = """JobHub.lk – new jobs for "QA Engineer" in Colombo

Hi Nimali, here are 4 new ads that match your saved search.

1. Senior QA Engineer – Pettah Cloud Solutions – Colombo 11 – Full time
   Posted 1 day ago. "Selenium, Java, CI/CD. 4+ years."
   https://jobhub-lk.example/ad/qa-pettah-cloud-7731

2. QA Executive – Kandy Hotels Group IT – Colombo 03
   WALK-IN INTERVIEWS: Saturday, 31st October, 9.00 a.m. – 1.00 p.m. at No. 55, Havelock Road, Colombo 05. Bring your CV and NIC.
   https://jobhub-lk.example/ad/qa-exec-walk-in-4410

3. Test Automation Engineer – Moratuwa Robotics – Hybrid
   https://jobhub-lk.example/ad/test-automation-2290

4. Trainee QA – Nugegoda Apps – Nugegoda
   https://jobhub-lk.example/ad/trainee-qa-1185

Sell or buy anything on JobHub.lk – it's free!
Manage alerts: https://jobhub-lk.example/alerts | Unsubscribe: https://jobhub-lk.example/u/3391
"""
    m = eml("c19-1", frm=addr("JobHub.lk Alerts", "alerts@jobhub-lk.example"), date=sent,
            subject="4 new QA Engineer jobs in Colombo – incl. walk-in interviews this Saturday",
            body=alt("c19-1", text, "x"), mid=mid_plain("c19-1", "jobhub-lk.example"), relay="mailer.jobhub-lk.example",
            extra=[("List-Unsubscribe", "<https://jobhub-lk.example/u/3391>"), ("Precedence", "bulk")])
    return [("jobhub-alert.eml", m)], label(
        [], "medium", "negative/job-alert-walk-in",
        "Classifieds-style job alert advertising walk-in interviews on Sat 31 Oct 9.00 a.m.; nothing booked for the owner.")


@case("standalone-ics-utc-technical")
def c20():
    tr = ("Thilini Rathnayake", "thilini.r@kandycloud.example")
    ce = ("Chathura Ekanayake", "chathura.e@kandycloud.example")
    stamp = T(2026, 10, 22, 5, 14, 9, tz=UTC, wd="Thu")
    start = T(2026, 10, 27, 11, 30, wd="Tue")
    end = start + timedelta(hours=1)
    assert zstamp(start) == "20261027T060000Z"
    code = f"{alnum('m1', 'c20', n=3).lower()}-{alnum('m2', 'c20', n=4).lower()}-{alnum('m3', 'c20', n=3).lower()}"
    ev = vevent(uid=f"{H('uid', 'c20', n=26)}@google.com", start=start, end=end,
                summary="Technical Interview – QA Engineer (Automation) – Kandy Cloudworks", organizer=tr,
                attendees=[(tr[0], tr[1], "ACCEPTED"), (ce[0], ce[1], "ACCEPTED"), (OWNER_NAME, OWNER)], stamp=stamp,
                desc=(f"Technical round with {ce[0]} (Lead QA Engineer): Playwright/Selenium, API testing, SQL.\n"
                      f"{tr[0]} (HR) scheduled this interview and will not attend.\n\nJoin with Google Meet: https://meet.google.com/{code}"),
                location=f"https://meet.google.com/{code}", style="google", created=stamp - timedelta(minutes=2))
    cal = vcal("REQUEST", "-//Google Inc//Google Calendar 70.9054//EN", [], ev)
    return [("technical-interview.ics", cal)], label(
        [iv("Kandy Cloudworks", "QA Engineer (Automation)", start, end, [ce[1]], [ce[1]], "technical")],
        "medium", "positive/standalone-ics-utc",
        "Standalone .ics only, DTSTART in UTC (20261027T060000Z) = Tue 27 Oct 11:30 Asia/Colombo. Organizer (HR) does not attend.")


@case("owner-is-interviewer-intern")
def c21():
    kd = ("Kaveesha Dissanayake", "kaveesha.d@wattalasoft.example")
    pl = ("Pradeep Lokuge", "pradeep.lokuge@wattalasoft.example")
    sent = T(2026, 11, 5, 4, 12, 40, tz=UTC, wd="Thu")
    start = T(2026, 11, 9, 14, 0, wd="Mon")
    text = """Hi Nimali, Pradeep,

Please find below the interview slot for the Software QA Intern position.

Candidate: Yasiru Mendis (final-year BSc undergraduate)
Interviewers: Pradeep Lokuge (QA Manager) and Nimali Perera (Senior QA Engineer)
Format: 45 minutes – Nimali to cover test case design and basic SQL; Pradeep to cover attitude and teamwork.

The candidate's CV and the scorecard template are in the "Internship 2026" SharePoint folder. Kindly submit your scorecards by end of the day. The candidate will join the same Teams link as a guest.

Thanks,
Kaveesha
HR – Wattala Softlabs
"""
    m = exchange_invite("c21-1", org=kd, attendees=[(OWNER_NAME, OWNER), pl], start=start, end=start + timedelta(minutes=45),
                        summary="Interview – Software QA Intern – Candidate: Yasiru Mendis", text=text, date=sent,
                        host="SG2PR04MB7702")
    return [("teams-intern-interview-panel.eml", m)], label(
        [], "hard", "negative/owner-is-interviewer",
        "Teams invite where the owner sits on the panel interviewing an intern candidate; she is not the candidate.")


@case("google-invite-rescheduled-sequence")
def c22():
    sa = ("Sanduni Alwis", "sanduni.alwis@laviniadigital.example")
    ie = ("Ishan Fonseka", "ishan.fonseka@laviniadigital.example")
    s1 = T(2026, 11, 2, 10, 5, 52, wd="Mon")
    s2 = T(2026, 11, 4, 8, 47, 3, wd="Wed")
    a0 = T(2026, 11, 5, 10, 0, wd="Thu")
    a1 = T(2026, 11, 6, 11, 30, wd="Fri")
    uid = f"{H('uid', 'c22', n=26)}@google.com"
    summ = "Technical Interview – QA Engineer (Mobile) – Nimali Perera"
    desc = ("Technical interview for the QA Engineer (Mobile) role at Lavinia Digital.\n"
            "Interviewer: Ishan Fonseka – QA Lead, Mobile\nTopics: Appium, mobile test strategy, API testing with Postman.\n"
            "Sanduni (HR) will only open the call.")
    att = [(sa[0], sa[1], "ACCEPTED"), (ie[0], ie[1], "ACCEPTED"), (OWNER_NAME, OWNER)]
    m1 = google_invite("c22-1", org=sa, attendees=att, start=a0, end=a0 + timedelta(hours=1), tzid="Asia/Colombo",
                       tzlabel="GMT+05:30", summary=summ, desc=desc, date=s1, uid=uid)
    m2 = google_invite("c22-2", org=sa, attendees=[(sa[0], sa[1], "ACCEPTED"), ie, (OWNER_NAME, OWNER, "ACCEPTED")],
                       start=a1, end=a1 + timedelta(hours=1), tzid="Asia/Colombo", tzlabel="GMT+05:30", summary=summ,
                       desc=desc + "\n\nRescheduled at the interviewer's request – apologies for the short notice.", date=s2,
                       uid=uid, seq=1, prefix="Updated invitation",
                       changed_note="This event has been updated. Changed: time (was Thu 5 Nov 2026 10am - 11am)")
    return [("invitation-technical.eml", m1), ("updated-invitation-technical.eml", m2)], label(
        [iv("Lavinia Digital", "QA Engineer (Mobile)", a1, a1 + timedelta(hours=1), [ie[1]], [ie[1]], "technical")],
        "medium", "positive/reschedule-by-sequence",
        "Google invite Thu 5 Nov 10:00, then 'Updated invitation' with the same UID and SEQUENCE:1 for Fri 6 Nov 11:30-12:30. "
        "Final time only.")


@case("singapore-agency-availability-request")
def c23():
    rk = ("Rachel Koh", "rachel.koh@straitstalent.example")
    sent = T(2026, 11, 16, 10, 12, 26, tz=SGT, wd="Mon")
    WDAY(2026, 11, 18, "Wed")
    WDAY(2026, 11, 19, "Thu")
    text = """Hi Nimali,

I came across your profile and thought you might be a strong fit for a Senior QA Engineer role I'm recruiting for. My client is a Singapore-headquartered e-commerce company building out a QA chapter in Colombo (hybrid, USD-linked package).

Would you be open to a 30-minute intro call so I can share more and hear what you're looking for? I'm free on Wednesday 18 Nov or Thursday 19 Nov anytime between 2pm and 5pm SGT. Let me know what suits, or grab a slot that works for you here: https://calendly.com/rachel-koh-straits/intro-30

No pressure at all if the timing isn't right.

Best,
Rachel Koh
Principal Consultant, Technology | Straits Talent Partners
EA Licence No. 24C1187 | +65 6812 4470
"""
    m = gmail_mail("c23-1", frm=addr(*rk), date=sent, subject="Senior QA role – Singapore e-commerce (Colombo hub) – quick chat?",
                   text=text)
    return [("agency-intro-call-request.eml", m)], label(
        [], "medium", "negative/availability-request",
        "Agency outreach asking for availability (Wed 18 / Thu 19 Nov, 2-5pm SGT) with an unbooked Calendly link; nothing scheduled.")


# ================================================================= main

TZ_POINTS = [
    (1, "Relative Sinhala date 'හෙට (බදාදා) ප.ව. 2.30ට' resolved against Date Tue 06 Oct 2026 16:42 +0530 -> Wed 07 Oct 14:30 +05:30."),
    (3, "Exchange/Teams TZID 'Sri Lanka Standard Time' (STANDARD and DAYLIGHT both +0530), body label '(UTC+05:30) Sri Jayawardenepura', Date header +0000."),
    (4, "Google invite TZID Asia/Singapore: Tue 03 Nov 16:00 +08:00 = 13:30 Colombo; recruiter mail Date +0800."),
    (6, "Europe/London across the end of BST (Sun 25 Oct 2026): round 1 Thu 22 Oct 10:00 BST (+01:00) = 14:30 Colombo (Zoom .ics with VTIMEZONE); "
        "round 2 Thu 29 Oct 10:00 GMT (+00:00) = 15:30 Colombo (mail only). Date headers switch from +0100 to +0000; owner reply in +0530."),
    (8, "Negative: Google invite in Asia/Colombo whose display label reads 'India Standard Time' (+05:30)."),
    (9, "Workable Date headers in +0000 while the body says '(GMT+05:30) Asia/Colombo'."),
    (12, "Three Exchange invites (TZID 'Sri Lanka Standard Time') sent with UTC Date headers; itinerary in +0530 with a.m./p.m. times."),
    (20, "Standalone .ics with UTC DTSTART 20261027T060000Z = Tue 27 Oct 11:30 Asia/Colombo."),
    (22, "Google reschedule: both invites TZID Asia/Colombo, subject label '(GMT+05:30)'; final Fri 06 Nov 11:30 +05:30."),
    (23, "Negative: proposed call windows in SGT (+08:00), Date +0800."),
]


def main():
    for p in sorted(OUT.glob("b300-*")):
        if p.is_dir():
            shutil.rmtree(p)
    labels = {}
    formats = {"eml": 0, "ics": 0, "gcal.json": 0}
    for n, (slug, fn) in enumerate(CASES, 1):
        items, lab = fn()
        cid = f"b300-{n:02d}-{slug}"
        d = OUT / cid
        d.mkdir()
        for i, (name, data) in enumerate(items, 1):
            (d / f"{i:02d}-{name}").write_bytes(data)
            for ext in formats:
                if name.endswith("." + ext):
                    formats[ext] += 1
        labels[cid] = lab
    assert 20 <= len(CASES) <= 24
    head = "# Labels for blind300 (written blind). Schema: /work/shared/eval/README.md\n"
    (OUT / "labels.yaml").write_text(head + yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=110),
                                     encoding="utf-8")
    pos = [k for k, v in labels.items() if v["interview"]]
    ivs = [x for v in labels.values() for x in v["interviews"]]
    by_status, by_kind = {}, {}
    for x in ivs:
        by_status[x["status"]] = by_status.get(x["status"], 0) + 1
        by_kind[x["kind"]] = by_kind.get(x["kind"], 0) + 1
    readme = [
        "# blind300: Colombo QA engineer – Sinhala and Sri Lankan English mail (written blind)",
        "",
        f"Mailbox owner: {OWNER_NAME} <{OWNER}>, a software QA engineer living in Colombo (Asia/Colombo, UTC+05:30, no DST).",
        "",
        "This set was written blind: only /work/shared/eval/README.md, two dev cases and the head of the dev labels.yaml were read for the format; "
        "no tool code, tests or other sets were consulted. All people and companies are invented (`.example` domains); "
        "vendor system senders keep product domains (zohorecruit.com, workablemail.com, zoom.us, google.com).",
        "",
        "## What it stresses",
        "- Sinhala-only bodies and subjects (RFC 2047 encoded, base64 UTF-8): a relative-date HR call ('හෙට (බදාදා) ප.ව. 2.30ට'), "
        "a reschedule written in Sinhala that overrides an ATS .ics, and an owner reply in Sinhala.",
        "- Sri Lankan English phrasing ('kindly revert', 'at 10.00 a.m.', '19th October 2026') in HR mails and job-board relays.",
        "- Time zones: Asia/Colombo, Windows 'Sri Lanka Standard Time', Asia/Singapore and Europe/London across the 25 Oct BST->GMT change.",
        "- Hard negatives from the same hiring world: invigilated written aptitude test at an exam centre, visa interview with .ics, "
        "meetup speaker invite with an on-stage 'speaker interview', QA-interview webinar, rejection, offer, salary survey, "
        "job alert with walk-in interviews, the owner interviewing an intern, an unbooked agency availability request.",
        "- Positives that look like negatives: a live practical test observed by the QA lead, a job-board relay interview call with no duration.",
        "- Multi-item cases: two rounds in one thread, an onsite day sent as itinerary + three Exchange invites, propose/confirm thread, "
        "Workable cancellation (METHOD:CANCEL), Google reschedule (same UID, SEQUENCE 1), mail + Calendar API event dedupe.",
        "",
        "## Counts",
        f"- Cases: {len(labels)} ({len(pos)} positive, {len(labels) - len(pos)} negative)",
        f"- Labelled interviews: {len(ivs)} — by status: " + ", ".join(f"{k} {v}" for k, v in sorted(by_status.items()))
        + "; by kind: " + ", ".join(f"{k} {v}" for k, v in sorted(by_kind.items())),
        "",
        "## Formats",
        f"- {formats['eml']} .eml files: Gmail-style multipart/alternative (quoted-printable and base64), Outlook mails with Thread-Topic/"
        "Thread-Index, Google Calendar invitations (multipart/mixed: text/plain, text/html, text/calendar;method=REQUEST + invite.ics), "
        "Exchange/Teams meeting requests (text/calendar base64, X-MICROSOFT-CDO-*), Zoho Recruit / Workable / Zoom mails with .ics "
        "attachments, PDF attachments, RFC 2047 Sinhala headers.",
        f"- {formats['ics']} standalone .ics file, {formats['gcal.json']} Calendar API `.gcal.json` event.",
        "",
        "## Time-zone / DST points",
    ] + [f"- Case {n:02d}: {t}" for n, t in TZ_POINTS] + [
        "",
        "Regenerate with `python make_cases.py` (deterministic; dates, weekdays and offsets are asserted with zoneinfo).",
        "",
    ]
    (OUT / "README.md").write_text("\n".join(readme), encoding="utf-8")
    print(f"{len(labels)} cases, {len(pos)} positive, {len(ivs)} interviews, formats {formats}")


if __name__ == "__main__":
    main()
