#!/usr/bin/env python3
"""Generate the blind327 evaluation set (Asmara / Addis Ababa; Tigrinya, Amharic, English).

Deterministic: every date, Message-ID, UID and MIME boundary is fixed or derived from
sha256(SEED + parts). Re-running deletes and rewrites every b327-* folder, labels.yaml
and README.md next to this script.
"""
import base64
import datetime as dt
import hashlib
import json
import quopri
import shutil
from email.header import Header
from email.utils import format_datetime, formataddr
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

OUT = Path(__file__).resolve().parent
SEED = "blind327-asmara-addis-2026"
OWNER = "selam.tesfay@example.com"
OWNER_NAME = "Selam Tesfay"
UTC = dt.timezone.utc

TZ_ADD = ZoneInfo("Africa/Addis_Ababa")
TZ_ASM = ZoneInfo("Africa/Asmara")
TZ_NBO = ZoneInfo("Africa/Nairobi")
TZ_ROM = ZoneInfo("Europe/Rome")
TZ_LON = ZoneInfo("Europe/London")

# ---------------------------------------------------------------- checks
WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def T(spec, tz, offset=None):
    """'Tue 2026-10-06 09:30' -> aware datetime; asserts weekday and (optional) UTC offset."""
    wd, d, hm = spec.split()
    y, m, dd = map(int, d.split("-"))
    hh, mi = map(int, hm.split(":"))
    x = dt.datetime(y, m, dd, hh, mi, tzinfo=tz)
    assert WD[x.weekday()] == wd, (spec, WD[x.weekday()])
    if offset is not None:
        assert x.strftime("%z") == offset, (spec, x.strftime("%z"), offset)
    return x


def _dst_asserts():
    def off(tz, y, m, d, h=12):
        return dt.datetime(y, m, d, h, tzinfo=ZoneInfo(tz)).strftime("%z")
    # US 2026: Mar 8 / Nov 1
    assert off("America/New_York", 2026, 3, 7) == "-0500" and off("America/New_York", 2026, 3, 9) == "-0400"
    assert off("America/New_York", 2026, 10, 31) == "-0400" and off("America/New_York", 2026, 11, 2) == "-0500"
    # EU/UK 2026: Mar 29 / Oct 25
    assert off("Europe/Rome", 2026, 3, 28) == "+0100" and off("Europe/Rome", 2026, 3, 30) == "+0200"
    assert off("Europe/Rome", 2026, 10, 24) == "+0200" and off("Europe/Rome", 2026, 10, 26) == "+0100"
    assert off("Europe/London", 2026, 10, 24) == "+0100" and off("Europe/London", 2026, 10, 26) == "+0000"
    # East Africa: no DST, always +0300
    for tz in ("Africa/Addis_Ababa", "Africa/Asmara", "Africa/Nairobi"):
        for m in (1, 3, 7, 10, 11):
            assert off(tz, 2026, m, 15) == "+0300"


_dst_asserts()

# Ethiopian / Eritrean clock: hours counted from 6 am ("ሰዓት 4:00 ቅድሚ ቐትሪ" = 10:00)


def habesha(h, m=0):
    return ((h % 12) + 6, m)


assert habesha(4) == (10, 0) and habesha(3, 30) == (9, 30) and habesha(2, 30) == (8, 30)
assert habesha(8) == (14, 0) and habesha(7) == (13, 0) and habesha(12) == (6, 0)

# Ethiopian calendar: Meskerem 1, 2019 E.C. = 11 September 2026 (2018 E.C. is not a leap year)
ETH_NY_2019 = dt.date(2026, 9, 11)
ETH_MONTHS = ["መስከረም", "ጥቅምት", "ኅዳር", "ታኅሣሥ"]
AM_DAYS = ["ሰኞ", "ማክሰኞ", "ረቡዕ", "ሐሙስ", "ዓርብ", "ቅዳሜ", "እሁድ"]
TI_DAYS = ["ሰኑይ", "ሰሉስ", "ረቡዕ", "ሓሙስ", "ዓርቢ", "ቀዳም", "ሰንበት"]
TI_MONTHS = ["ጥሪ", "ለካቲት", "መጋቢት", "ሚያዝያ", "ግንቦት", "ሰነ", "ሓምለ", "ነሓሰ", "መስከረም", "ጥቅምቲ", "ሕዳር", "ታሕሳስ"]


def eth(d):
    n = (d - ETH_NY_2019).days
    assert 0 <= n < 365
    return 2019, n // 30 + 1, n % 30 + 1


assert eth(dt.date(2026, 10, 10)) == (2019, 1, 30)
assert eth(dt.date(2026, 10, 11)) == (2019, 2, 1)
assert eth(dt.date(2026, 10, 15)) == (2019, 2, 5)


def am_eth_date(d):
    y, m, dd = eth(d)
    return f"{AM_DAYS[d.weekday()]} {ETH_MONTHS[m - 1]} {dd} ቀን {y} ዓ.ም"


def ti_date(d):
    return f"{TI_DAYS[d.weekday()]} {d.day} {TI_MONTHS[d.month - 1]} {d.year}"


assert ti_date(dt.date(2026, 10, 21)) == "ረቡዕ 21 ጥቅምቲ 2026"

# ---------------------------------------------------------------- ids


def h(*parts, n=32):
    return hashlib.sha256("|".join((SEED,) + tuple(str(p) for p in parts)).encode()).hexdigest()[:n]


def huuid(*parts):
    x = h(*parts, n=32)
    return f"{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:]}"


def alnum(*parts, n=20):
    raw = hashlib.sha256("|".join((SEED,) + tuple(str(p) for p in parts)).encode()).digest()
    raw += hashlib.sha256(raw).digest()
    al = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    return "".join(al[b % len(al)] for b in raw[:n])


def lower(*parts, n=10):
    raw = hashlib.sha256("|".join((SEED,) + tuple(str(p) for p in parts)).encode()).digest()
    return "".join("abcdefghijklmnopqrstuvwxyz"[b % 26] for b in raw[:n])


def meet_code(*parts):
    s = lower("meet", *parts, n=10)
    return f"{s[:3]}-{s[3:7]}-{s[7:10]}"


def msgid(style, *parts, domain=None):
    if style == "gmail":
        return f"<CA{alnum('gm', *parts, n=14)}+{alnum('gm2', *parts, n=22)}@mail.gmail.com>"
    if style == "gcal":
        return f"<calendar-{huuid('gcal', *parts)}@google.com>"
    if style == "outlook":
        host = alnum("host", *parts, n=10).upper()
        return f"<{h('ol', *parts, n=8).upper()}{h('ol2', *parts, n=24).upper()}@{host}.{domain or 'eurprd04.prod.outlook.com'}>"
    if style == "workable":
        return f"<{h('wk', *parts, n=24)}@candidates.workablemail.com>"
    return f"<{h('gen', *parts, n=20)}.{h('gen2', *parts, n=8)}@{domain}>"


# ---------------------------------------------------------------- headers


def addr(name, email):
    if not name:
        return email
    try:
        name.encode("ascii")
        return formataddr((name, email))
    except UnicodeEncodeError:
        return formataddr((name, email), charset="utf-8")


def subj(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8", header_name="Subject").encode()


def hdate(x):
    return format_datetime(x)


# ---------------------------------------------------------------- MIME


def b64lines(data):
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def leaf(ctype, body, cte="quoted-printable", params='charset="UTF-8"', extra=()):
    data = body if isinstance(body, bytes) else body.encode("utf-8")
    lines = [f"Content-Type: {ctype}" + (f"; {params}" if params else "")]
    lines += list(extra)
    lines.append(f"Content-Transfer-Encoding: {cte}")
    if cte == "base64":
        enc = b64lines(data)
    elif cte == "quoted-printable":
        enc = quopri.encodestring(data).decode("ascii").rstrip("\n")
    else:
        enc = data.decode("ascii").rstrip("\n")
    return "\n".join(lines) + "\n\n" + enc


def multipart(subtype, parts, boundary, params=""):
    out = f'Content-Type: multipart/{subtype}; boundary="{boundary}"{params}\n\n'
    for p in parts:
        out += f"--{boundary}\n{p}\n\n"
    out += f"--{boundary}--"
    return out


def message(headers, body):
    lines = []
    for k, v in headers:
        if v is None:
            continue
        lines.append(f"{k}: {v}")
    lines.append("MIME-Version: 1.0")
    return ("\n".join(lines) + "\n" + body + "\n").encode("utf-8")


def received(x, host, ident):
    u = x.astimezone(UTC) + dt.timedelta(seconds=3)
    return (f"from {host} ({host} [198.51.100.{int(h('ip', ident, n=2), 16) % 200 + 20}])\n"
            f"        by mx.example.com with ESMTPS id {alnum('rcv', ident, n=12)}\n"
            f"        for <{OWNER}>; {hdate(u)}")


def base_headers(sent, frm, to, subject, mid, ident, host, cc=None, reply_to=None,
                 irt=None, refs=None, extra=()):
    hs = [("Delivered-To", OWNER), ("Received", received(sent, host, ident))]
    hs += list(extra)
    hs += [("From", frm), ("To", to), ("Cc", cc), ("Reply-To", reply_to),
           ("Subject", subj(subject)), ("Date", hdate(sent)), ("Message-ID", mid),
           ("In-Reply-To", irt), ("References", refs)]
    return hs


def mail(ident, sent, frm, to, subject, text, html=None, cc=None, reply_to=None, irt=None,
         refs=None, cte="quoted-printable", html_cte=None, style="gmail", domain=None,
         host="mail-sor-f41.google.com", attachments=(), extra=(), bstyle="gmail"):
    """A plain human or system e-mail. Returns (bytes, message-id)."""
    mid = msgid(style, ident, domain=domain)
    tpart = leaf("text/plain", text, cte)
    if html is not None:
        body = multipart("alternative", [tpart, leaf("text/html", html, html_cte or cte)],
                         boundary(bstyle, ident, "alt"))
    else:
        body = tpart
    if attachments:
        parts = [body]
        for ctype, fname, data, params in attachments:
            parts.append(leaf(ctype, data, "base64", params,
                              extra=[f'Content-Disposition: attachment; filename="{fname}"']))
        body = multipart("mixed", parts, boundary(bstyle, ident, "mix"))
    hs = base_headers(sent, frm, to, subject, mid, ident, host, cc, reply_to, irt, refs, extra)
    return message(hs, body), mid


def boundary(style, *parts):
    if style == "gmail":
        return "000000000000" + h("b", *parts, n=16)
    if style == "outlook":
        return f"_000_{h('bo', *parts, n=32).upper()}_"
    if style == "workable":
        return f"--==_mimepart_{h('bw', *parts, n=13)}_{int(h('bw2', *parts, n=6), 16)}"
    return "=_" + h("bx", *parts, n=24)


# ---------------------------------------------------------------- iCalendar


def ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line):
    out, cur, cur_len = [], "", 0
    for ch in line:
        n = len(ch.encode("utf-8"))
        if cur_len + n > 75:
            out.append(cur)
            cur, cur_len = " ", 1
        cur += ch
        cur_len += n
    out.append(cur)
    return "\r\n".join(out)


def ics(lines):
    return ("\r\n".join(fold(l) for l in lines) + "\r\n").encode("utf-8")


def ical_local(x):
    return x.strftime("%Y%m%dT%H%M%S")


def ical_utc(x):
    return x.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


VTZ = {
    "Africa/Asmara": ["BEGIN:VTIMEZONE", "TZID:Africa/Asmara", "X-LIC-LOCATION:Africa/Asmara",
                      "BEGIN:STANDARD", "TZOFFSETFROM:+0300", "TZOFFSETTO:+0300", "TZNAME:EAT",
                      "DTSTART:19700101T000000", "END:STANDARD", "END:VTIMEZONE"],
    "Africa/Addis_Ababa": ["BEGIN:VTIMEZONE", "TZID:Africa/Addis_Ababa", "X-LIC-LOCATION:Africa/Addis_Ababa",
                           "BEGIN:STANDARD", "TZOFFSETFROM:+0300", "TZOFFSETTO:+0300", "TZNAME:EAT",
                           "DTSTART:19700101T000000", "END:STANDARD", "END:VTIMEZONE"],
    "Africa/Nairobi": ["BEGIN:VTIMEZONE", "TZID:Africa/Nairobi", "X-LIC-LOCATION:Africa/Nairobi",
                       "BEGIN:STANDARD", "TZOFFSETFROM:+0300", "TZOFFSETTO:+0300", "TZNAME:EAT",
                       "DTSTART:19700101T000000", "END:STANDARD", "END:VTIMEZONE"],
    "Europe/London": ["BEGIN:VTIMEZONE", "TZID:Europe/London", "X-LIC-LOCATION:Europe/London",
                      "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100", "TZNAME:BST",
                      "DTSTART:19700329T010000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
                      "BEGIN:STANDARD", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "TZNAME:GMT",
                      "DTSTART:19701025T020000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
                      "END:VTIMEZONE"],
    "E. Africa Standard Time": ["BEGIN:VTIMEZONE", "TZID:E. Africa Standard Time", "BEGIN:STANDARD",
                                "DTSTART:16010101T000000", "TZOFFSETFROM:+0300", "TZOFFSETTO:+0300",
                                "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T000000",
                                "TZOFFSETFROM:+0300", "TZOFFSETTO:+0300", "END:DAYLIGHT", "END:VTIMEZONE"],
    "W. Europe Standard Time": ["BEGIN:VTIMEZONE", "TZID:W. Europe Standard Time", "BEGIN:STANDARD",
                                "DTSTART:16010101T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
                                "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
                                "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100",
                                "TZOFFSETTO:+0200", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3",
                                "END:DAYLIGHT", "END:VTIMEZONE"],
}
WIN_LABEL = {
    "E. Africa Standard Time": "(UTC+03:00) Nairobi",
    "W. Europe Standard Time": "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna",
}


def attendee(name, email, partstat="NEEDS-ACTION", role="REQ-PARTICIPANT", google=True):
    if google:
        return (f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP=TRUE"
                f";CN={name or email};X-NUM-GUESTS=0:mailto:{email}")
    return f"ATTENDEE;ROLE={role};PARTSTAT={partstat};RSVP=TRUE;CN={name or email}:mailto:{email}"


def google_ics(ident, method, organizer, attendees, summary, start, end, tzid, desc, seq, created,
               stamp, meet=None, location="", utc=False, status="CONFIRMED"):
    L = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
         "CALSCALE:GREGORIAN", f"METHOD:{method}"]
    if not utc:
        L += VTZ[tzid]
    L.append("BEGIN:VEVENT")
    if utc:
        L += [f"DTSTART:{ical_utc(start)}", f"DTEND:{ical_utc(end)}"]
    else:
        L += [f"DTSTART;TZID={tzid}:{ical_local(start)}", f"DTEND;TZID={tzid}:{ical_local(end)}"]
    L += [f"DTSTAMP:{ical_utc(stamp)}", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}",
          f"UID:{h('uid', ident, n=26)}@google.com"]
    for a in attendees:
        L.append(attendee(*a))
    if meet:
        L.append(f"X-GOOGLE-CONFERENCE:{meet}")
    L += [f"CREATED:{ical_utc(created)}", f"DESCRIPTION:{ics_escape(desc)}",
          f"LAST-MODIFIED:{ical_utc(stamp)}", f"LOCATION:{ics_escape(location)}", f"SEQUENCE:{seq}",
          f"STATUS:{status}", f"SUMMARY:{ics_escape(summary)}", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    return ics(L)


def gtime(x):
    hh = x.hour % 12 or 12
    ap = "am" if x.hour < 12 else "pm"
    return f"{hh}{ap}" if x.minute == 0 else f"{hh}:{x.minute:02d}{ap}"


def google_invite(ident, sent, organizer, attendees, summary, start, end, tzid, tzabbr, tzlong,
                  desc, seq=0, updated=False, uid_ident=None, created=None, location="", utc=False,
                  zoom=None, lang_note=""):
    """Google Calendar invitation e-mail: multipart/mixed(alternative(plain, html, calendar), invite.ics)."""
    uid_ident = uid_ident or ident
    created = created or sent
    mc = meet_code(uid_ident)
    meet = None if zoom else f"https://meet.google.com/{mc}"
    eid = base64.b64encode(f"{h('uid', uid_ident, n=26)} {OWNER}".encode()).decode().rstrip("=")
    view = f"https://calendar.google.com/calendar/event?action=VIEW&eid={eid}"
    day = start.strftime("%A %b ") + str(start.day) + start.strftime(", %Y")
    sday = start.strftime("%a %b ") + str(start.day) + start.strftime(", %Y")
    prefix = "Updated invitation" if updated else "Invitation"
    subject = f"{prefix}: {summary} @ {sday} {gtime(start)} - {gtime(end)} ({tzabbr}) ({OWNER})"
    guests_txt = []
    for name, email, *_ in attendees:
        guests_txt.append(f"{name} - organizer\n{email}" if email == organizer[1] else
                          (f"{name}\n{email}" if name and name != email else email))
    conf_txt = (f"Join Zoom Meeting\n{zoom}\n" if zoom else
                f"Join with Google Meet\n{meet}\n\nJoin by phone\n(ET) +251 11 558 {int(h('ph', ident, n=4), 16) % 9000 + 1000}\n"
                f"PIN: {int(h('pin', ident, n=8), 16) % 900000000 + 100000000}\n")
    changed = "This event has been updated\nChanged: date and time\n\n" if updated else ""
    text = (f"{changed}{summary}\n{day} \u22c5 {gtime(start)} \u2013 {gtime(end)}\n{tzlong}\n\n"
            f"{conf_txt}\nOrganizer\n{organizer[0]}\n{organizer[1]}\n\nGuests\n" + "\n".join(guests_txt) +
            f"\nView all guest info {view}\n\n{desc}\n\nReply for {OWNER} and view more details {view}\n"
            "Your attendance is optional.\n\n~~//~~\nInvitation from Google Calendar: "
            "https://calendar.google.com/calendar/\n\nYou are receiving this email because you are an "
            "attendee on the event.\n\nForwarding this invitation could allow any recipient to send a "
            "response to the organizer, be added to the guest list, invite others regardless of their "
            "own invitation status, or modify your RSVP. Learn more "
            "https://support.google.com/calendar/answer/37135#forwarding\n")
    esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div style="font-family:Roboto,Helvetica,Arial,sans-serif">'
            + (f'<p style="color:#d93025">{esc(changed.strip())}</p>' if updated else "")
            + f"<h2>{esc(summary)}</h2><p>{esc(day)} \u22c5 {gtime(start)} \u2013 {gtime(end)}<br>{esc(tzlong)}</p>"
            + (f'<p><a href="{zoom}">Join Zoom Meeting</a></p>' if zoom else
               f'<p><a href="{meet}">Join with Google Meet</a><br>{meet[8:]}</p>')
            + f"<p>Organizer<br>{esc(organizer[0])}<br>{organizer[1]}</p><p>Guests<br>"
            + "<br>".join(esc(g) for g in guests_txt) + "</p>"
            + f"<div>{esc(desc)}</div>"
            + f'<p>Reply for {OWNER} <a href="{view}">view more details</a></p>'
            + "<p>Invitation from Google Calendar</p></div></body></html>\n")
    ical = google_ics(uid_ident, "REQUEST", organizer, attendees, summary, start, end, tzid, desc, seq,
                      created, sent, meet=meet, location=location or (zoom or ""), utc=utc)
    alt = multipart("alternative", [
        leaf("text/plain", text, "base64", 'charset="UTF-8"; format=flowed; delsp=yes'),
        leaf("text/html", html, "quoted-printable"),
        leaf("text/calendar", ical, "base64", 'charset="UTF-8"; method=REQUEST'),
    ], boundary("gmail", ident, "alt"))
    mixed = multipart("mixed", [alt, leaf("application/ics", ical, "base64", 'name="invite.ics"',
                                          extra=['Content-Disposition: attachment; filename="invite.ics"'])],
                      boundary("gmail", ident, "mix"))
    mid = msgid("gcal", ident)
    hs = [("Delivered-To", OWNER), ("Received", received(sent, "mail-sor-f73.google.com", ident)),
          ("Return-Path", f"<{alnum('rp', ident, n=22)}@calendar-server.bounces.google.com>"),
          ("Reply-To", addr(*organizer)), ("Sender", "Google Calendar <calendar-notification@google.com>"),
          ("Message-ID", mid), ("Date", hdate(sent.astimezone(UTC))), ("Subject", subj(subject)),
          ("From", addr(*organizer)), ("To", OWNER)]
    return message(hs, mixed), mid


def teams_block(ident):
    tid = h("teams", ident, n=40)
    mid_num = int(h("tmid", ident, n=12), 16) % 10 ** 12
    m = f"{mid_num:012d}"
    return (
        "________________________________________________________________________________\n"
        "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
        f"Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{alnum('tm', ident, n=48)}%40thread.v2/0?context=%7b%22Tid%22%3a%22{huuid('tid', ident)}%22%7d>\n"
        f"Meeting ID: {m[:3]} {m[3:6]} {m[6:9]} {m[9:]}\nPasscode: {alnum('pc', ident, n=6)}\n"
        "Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | "
        "Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
        f"Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/?organizerId={huuid('org', ident)}&threadId=19_meeting_{tid[:20]}@thread.v2>\n"
        "________________________________________________________________________________\n")


def exchange_ics(ident, method, organizer, attendees, summary, start, end, wintz, desc, seq, stamp,
                 location="Microsoft Teams Meeting", status="CONFIRMED", lang="en-US"):
    L = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
    L += VTZ[wintz]
    L += ["BEGIN:VEVENT", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    for a in attendees:
        L.append(attendee(a[0], a[1], a[2] if len(a) > 2 else "NEEDS-ACTION",
                          a[3] if len(a) > 3 else "REQ-PARTICIPANT", google=False))
    L += [f"DESCRIPTION;LANGUAGE={lang}:{ics_escape(desc)}",
          f"UID:040000008200E00074C5B7101A82E00800000000{h('exuid', ident, n=16).upper()}"
          f"000000000000000010000000{h('exuid2', ident, n=32).upper()}",
          f"SUMMARY;LANGUAGE={lang}:{ics_escape(summary)}",
          f"DTSTART;TZID={wintz}:{ical_local(start)}", f"DTEND;TZID={wintz}:{ical_local(end)}",
          "CLASS:PUBLIC", f"PRIORITY:{1 if method == 'CANCEL' else 5}", f"DTSTAMP:{ical_utc(stamp)}",
          "TRANSP:OPAQUE" if method != "CANCEL" else "TRANSP:TRANSPARENT", f"STATUS:{status}",
          f"SEQUENCE:{seq}", f"LOCATION;LANGUAGE={lang}:{ics_escape(location)}",
          f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
          f"X-MICROSOFT-CDO-OWNERAPPTID:{int(h('own', ident, n=7), 16)}",
          f"X-MICROSOFT-CDO-BUSYSTATUS:{'FREE' if method == 'CANCEL' else 'TENTATIVE'}",
          "X-MICROSOFT-CDO-INTENDEDSTATUS:" + ("FREE" if method == "CANCEL" else "BUSY"),
          "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", f"X-MICROSOFT-CDO-IMPORTANCE:{2 if method == 'CANCEL' else 1}",
          "X-MICROSOFT-CDO-INSTTYPE:0", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
          "X-MICROSOFT-DISALLOW-COUNTER:FALSE", "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT",
          "X-MICROSOFT-ISRESPONSEREQUESTED:TRUE"]
    if method != "CANCEL":
        L += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY",
              "END:VALARM"]
    L += ["END:VEVENT", "END:VCALENDAR"]
    return ics(L)


def teams_invite(ident, sent, organizer, attendees, summary, start, end, wintz, note, seq=0,
                 method="REQUEST", uid_ident=None, cc=None, domain="eurprd04.prod.outlook.com",
                 subject_prefix=""):
    """Exchange/Outlook meeting request: multipart/alternative(plain, html, text/calendar)."""
    uid_ident = uid_ident or ident
    block = teams_block(uid_ident) if method != "CANCEL" else ""
    text = note.rstrip("\n") + "\n\n" + block
    esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>'
            '<body lang="EN-US"><div class="WordSection1">'
            + "".join(f'<p class="MsoNormal">{esc(l) or "&nbsp;"}</p>' for l in note.rstrip("\n").split("\n"))
            + (f'<div style="margin-top:24px"><p>{esc(block).replace(chr(10), "<br>")}</p></div>' if block else "")
            + "</div></body></html>\n")
    desc = text
    cal = exchange_ics(uid_ident, method, organizer, attendees, summary, start, end, wintz, desc, seq, sent,
                       status="CANCELLED" if method == "CANCEL" else "CONFIRMED")
    alt = multipart("alternative", [
        leaf("text/plain", text, "quoted-printable", 'charset="utf-8"'),
        leaf("text/html", html, "quoted-printable", 'charset="utf-8"'),
        leaf("text/calendar", cal, "base64", f'charset="utf-8"; method={method}'),
    ], boundary("outlook", ident))
    mid = msgid("outlook", ident, domain=domain)
    to = ", ".join(addr(a[0], a[1]) for a in attendees if not (len(a) > 3 and a[3] == "OPT-PARTICIPANT"))
    opt = ", ".join(addr(a[0], a[1]) for a in attendees if len(a) > 3 and a[3] == "OPT-PARTICIPANT")
    hs = [("Delivered-To", OWNER),
          ("Received", received(sent, "mail-" + domain.split(".")[0] + ".outbound.protection.outlook.com", ident)),
          ("From", addr(*organizer)), ("To", to), ("Cc", cc or (opt or None)),
          ("Subject", subj(subject_prefix + summary)), ("Thread-Topic", subj(summary)),
          ("Thread-Index", base64.b64encode(bytes.fromhex(h("ti", ident, n=44))).decode()),
          ("Date", hdate(sent)), ("Message-ID", mid), ("Accept-Language", "en-US"),
          ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")]
    return message(hs, alt), mid


def quote(text, who, when):
    return f"\n\nOn {when}, {who} wrote:\n" + "\n".join("> " + l if l else ">" for l in text.rstrip("\n").split("\n")) + "\n"


def iv(company, role, start, end, status, interviewers, followup, kind):
    return {"company": company, "role": role, "start": start.isoformat(),
            "end": end.isoformat() if end else None, "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(followup), "kind": kind}


CASES = []


def case(slug, items, interviews, difficulty, category, notes):
    CASES.append({"slug": slug, "items": items, "label": {
        "user": OWNER, "interview": bool(interviews), "interviews": interviews,
        "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}})

# ================================================================ people
HAM = "Hamasien Building & Civil Works"
HAM_D = "hamasien-construction.example"
LUWAM = ("ሉዋም በርሀ (Luwam Berhane)", f"luwam.berhane@{HAM_D}")
YONAS = ("Eng. Yonas Tekle", f"yonas.tekle@{HAM_D}")
MEHARI = ("Mehari Woldu", f"mehari.woldu@{HAM_D}")
HAM_ROLE = "Project Engineer (Civil)"

AURA = "Addis Urban Roads Authority"
MESERET = ("መሰረት አለሙ", "meseret.alemu@aura-roads.example")
AURA_ROLE = "Senior Highway Design Engineer"

WB = "WaterBridge International"
WB_D = "waterbridge.example"
RAHEL = ("Rahel Haile", f"rahel.haile@{WB_D}")
DAWIT = ("Dawit Gebremichael", f"dawit.gebremichael@{WB_D}")
HAGOS = ("Hagos Berhe", f"hagos.berhe@{WB_D}")
HELEN = ("Helen Assefa", f"helen.assefa@{WB_D}")
WB_ROLE1 = "WASH Infrastructure Engineer"
WB_ROLE2 = "Site Engineer - Rural Roads Rehabilitation"

SAV = "Savanna Infrastructure Consultants"
SAV_D = "savannaic.example"
WANJIRU = ("Wanjiru Kamau", f"wanjiru.kamau@{SAV_D}")
OTIENO = ("Eng. Otieno Ochieng", f"otieno.ochieng@{SAV_D}")
ACHIENG = ("Eng. Achieng Odhiambo", f"achieng.odhiambo@{SAV_D}")
BRIAN = ("Brian Mwangi", f"brian.mwangi@{SAV_D}")
NJERI = ("Njeri Wambui", f"njeri.wambui@{SAV_D}")
SAV_ROLE = "Senior Highway Engineer (Regional Projects)"
WK_FROM = addr("Savanna Infrastructure Consultants", "noreply@candidates.workablemail.com")

TEV = "Tevere Ingegneria S.p.A."
TEV_D = "tevere-ingegneria.example"
GIULIA = ("Giulia Ferretti", f"giulia.ferretti@{TEV_D}")
MARCO = ("Ing. Marco Bellandi", f"marco.bellandi@{TEV_D}")
PAOLO = ("Ing. Paolo Rinaldi", f"paolo.rinaldi@{TEV_D}")
TEV_ROLE = "Civil Engineer - Highways (International Projects)"

ME = addr(OWNER_NAME, OWNER)
SIG_LUWAM = ("ሉዋም በርሀ\nኦፊሰር ሰብ ሓይሊ\nሃማሴን ህንጻን ሲቪላዊ ስራሕቲን (Hamasien Building & Civil Works)\n"
             "ጎደና ሓርነት 112፣ ኣስመራ፣ ኤርትራ\nቴሌ: +291 1 12 47 30")

# ================================================================ 01 phone screen, Tigrinya, Habesha hour, "ጽባሕ"
s = T("Mon 2026-10-05 17:20", TZ_ASM, "+0300")
start = T("Tue 2026-10-06 09:30", TZ_ASM, "+0300")
assert (start.hour, start.minute) == habesha(3, 30) and start.date() == (s + dt.timedelta(days=1)).date()
txt = f"""ክብርቲ ወይዘሪት ሰላም ተስፋይ፣

ከመይ ኣለኺ? ኣነ ሉዋም በርሀ እየ፣ ካብ ክፍሊ ሰብ ሓይሊ ሃማሴን ህንጻን ሲቪላዊ ስራሕቲን።

ኣብ መስከረም ን"{HAM_ROLE}" ዝብል ቦታ ስራሕ ዘቕረብክዮ ማመልከቲ ተቐቢልናዮ ኣለና፣ የቐንየልና። ኣብ ቀዳማይ ደረጃ ሓጺር ናይ ቴሌፎን ቃለ-መሕትት ክንገብረልኪ ንደሊ።

ጽባሕ ሰዓት 3:30 ቅድሚ ቐትሪ (ብናይ ሃበሻ ኣቆጻጽራ ሰዓት) ኣብቲ ኣብ ሲቪኺ ዘሎ ቁጽሪ (+251 91 164 2208) ክድውለልኪ እየ። እቲ ዝርርብ ኣስታት 30 ደቒቕ ክወስድ እዩ፣ ብዛዕባ ዝሓለፈ ተመክሮኺ ኣብ ህንጻን መገድን፣ ከምኡ'ውን ናብ ኣስመራ ክትግዕዢ ድሉው ምዃንኪ ክንዘራረብ ኢና።

እዚ ሰዓት እዚ እንተዘይተመችኪ፣ ብኽብረትኪ ሎሚ ምሸት ብኢመይል ሓብርኒ።

ምስ ሰላምታ፣
{SIG_LUWAM}
"""
m01, _ = mail("01a", s, addr(*LUWAM), ME, f"ቴሌፎናዊ ቃለ-መሕትት — {HAM_ROLE}", txt, cte="base64")
case("b327-01-hamasien-phone-screen-habesha-hour",
     [("01-hamasien-telefon-qale-mehtet.eml", m01)],
     [iv(HAM, HAM_ROLE, start, start + dt.timedelta(minutes=30), "scheduled", [LUWAM[1]], [LUWAM[1]],
         "phone_screen")],
     "hard", "positive/email-body-only-relative-local-clock",
     "Tigrinya body only: 'ጽባሕ' (tomorrow) against Date Mon 5 Oct +0300 and 'ሰዓት 3:30 ቅድሚ ቐትሪ' in Habesha "
     "hour count (from 6 am) = 09:30 EAT; about 30 min; HR officer calls and is the interviewer.")

# ================================================================ 02 Workable application receipt (negative)
s = T("Fri 2026-10-02 07:14", UTC)
html = f"""<html><body style="font-family:Arial,sans-serif;color:#222">
<p>Hi Selam,</p>
<p>Thank you for applying for the <b>{SAV_ROLE}</b> position at {SAV}. We have received your application and CV.</p>
<p>Our recruitment team reviews every application against the requirements of the role. If your profile is a
match, one of our recruiters will get in touch to arrange an interview. Because of the volume of applications we
receive, this can take two to three weeks.</p>
<p>In the meantime you can learn more about our work on transport corridors in Kenya, Ethiopia and Uganda on our
careers page.</p>
<p>Kind regards,<br>The Hiring Team<br>{SAV}, Westlands, Nairobi</p>
<p style="font-size:11px;color:#888">Sent via Workable. Please don't reply to this email; this mailbox is not monitored.</p>
</body></html>
"""
txt = (f"Hi Selam,\n\nThank you for applying for the {SAV_ROLE} position at {SAV}. We have received your "
       "application and CV.\n\nOur recruitment team reviews every application against the requirements of the "
       "role. If your profile is a match, one of our recruiters will get in touch to arrange an interview. "
       "Because of the volume of applications we receive, this can take two to three weeks.\n\nKind regards,\n"
       f"The Hiring Team\n{SAV}, Westlands, Nairobi\n\nSent via Workable. Please don't reply to this email.\n")
m02, _ = mail("02a", s, WK_FROM, ME, f"Thanks for applying to {SAV}", txt, html, style="workable",
              host="mta-41.workablemail.com", bstyle="workable")
case("b327-02-savanna-workable-application-received", [("01-workable-thanks-for-applying.eml", m02)], [],
     "easy", "negative/application-received",
     "Workable application receipt; mentions a possible future interview but nothing is booked.")

# ================================================================ 03 AURA Amharic notices: written exam (not interview) + panel
s1 = T("Fri 2026-10-02 14:30", TZ_ADD, "+0300")
exam = T("Sat 2026-10-10 08:30", TZ_ADD, "+0300")
assert (exam.hour, exam.minute) == habesha(2, 30)
s2 = T("Tue 2026-10-13 16:05", TZ_ADD, "+0300")
panel = T("Thu 2026-10-15 10:00", TZ_ADD, "+0300")
assert (panel.hour, panel.minute) == habesha(4)
assert am_eth_date(exam.date()) == "ቅዳሜ መስከረም 30 ቀን 2019 ዓ.ም"
assert am_eth_date(panel.date()) == "ሐሙስ ጥቅምት 5 ቀን 2019 ዓ.ም"
txt1 = f"""ውድ አመልካች ሰላም ተስፋይ፣

ባለሥልጣኑ በመስከረም 2019 ዓ.ም ባወጣው የክፍት የሥራ ቦታ ማስታወቂያ (ቁጥር የአመ/07/2019) ለ«ከፍተኛ የመንገድ ዲዛይን መሐንዲስ» ({AURA_ROLE}) የሥራ መደብ ካመለከቱት ተወዳዳሪዎች መካከል ለጽሑፍ ፈተና መመረጥዎን በደስታ እናሳውቃለን።

የጽሑፍ ፈተናው {am_eth_date(exam.date())} (እ.ኤ.አ. {exam:%d/%m/%Y}) ከጠዋቱ 2:30 ሰዓት ጀምሮ በባለሥልጣኑ ዋና መሥሪያ ቤት 4ኛ ፎቅ አዳራሽ ይሰጣል። ፈተናው ለሦስት ሰዓት ይቆያል።

• ከፈተናው ሰዓት 30 ደቂቃ ቀደም ብለው ይገኙ፤
• የታደሰ የቀበሌ/የነዋሪነት መታወቂያ እና ሳይንቲፊክ ካልኩሌተር ይዘው ይምጡ፤
• ሞባይል ስልክ ይዞ ወደ ፈተና ክፍል መግባት አይፈቀድም።

ማሳሰቢያ፦ ለቃለ መጠይቅ የሚጠሩት በጽሑፍ ፈተናው 50% እና ከዚያ በላይ ያመጡ ተወዳዳሪዎች ብቻ ሲሆኑ፣ ውጤቱ በኢሜይል ይገለጻል።

ከሰላምታ ጋር፣
መሰረት አለሙ
የሰው ሀብት ልማትና አስተዳደር ዳይሬክቶሬት
የአዲስ ከተማ መንገዶች ልማት ባለሥልጣን ({AURA})
ስልክ፦ +251 11 551 2233
"""
m03a, mid3a = mail("03a", s1, addr(*MESERET), ME, "የጽሑፍ ፈተና ጥሪ — ከፍተኛ የመንገድ ዲዛይን መሐንዲስ (ማስታወቂያ ቁጥር የአመ/07/2019)",
                   txt1, cte="base64", cc="recruitment@aura-roads.example", style="generic",
                   domain="aura-roads.example", host="mail.aura-roads.example", bstyle="x")
rows = [("1", "ሰላም ተስፋይ", "78", "4:00"), ("2", "ዮሴፍ ከበደ", "71", "4:45"), ("3", "ብሩክ ታደሰ", "66", "5:30"),
        ("4", "ሜሮን አበበ", "58", "6:15")]
tbl_txt = "\n".join(f"{a}. {b} — ውጤት {c}% — ከጠዋቱ {d} ሰዓት" for a, b, c, d in rows)
tbl_html = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}%</td><td>ከጠዋቱ {d} ሰዓት</td></tr>" for a, b, c, d in rows)
intro = (f"በ{am_eth_date(exam.date())} ለተሰጠው የጽሑፍ ፈተና ውጤት ከዚህ በታች ተገልጿል። 50% እና ከዚያ በላይ ያመጡ ተወዳዳሪዎች "
         f"ለቃለ መጠይቅ ተጠርተዋል።")
when = (f"ቃለ መጠይቁ {am_eth_date(panel.date())} (እ.ኤ.አ. {panel:%d/%m/%Y}) በዋናው መሥሪያ ቤት 2ኛ ፎቅ የስብሰባ አዳራሽ "
        "በቅጥርና ምደባ ኮሚቴ ፊት ይካሄዳል። እያንዳንዱ ተወዳዳሪ ከታች በተመለከተው ሰዓት መገኘት ይኖርበታል።")
txt2 = (f"ውድ ተወዳዳሪ፣\n\n{intro}\n\n{when}\n\n{tbl_txt}\n\nየትምህርት ማስረጃዎችዎን ዋና እና ኮፒ ይዘው ይቅረቡ። "
        "ጥያቄ ካለዎት በዚህ ኢሜይል ወይም በስልክ ቁጥር +251 11 551 2233 ያግኙን።\n\nመሰረት አለሙ\nየሰው ሀብት ልማትና አስተዳደር ዳይሬክቶሬት\n")
html2 = (f'<html><body style="font-family:\'Nyala\',\'Abyssinica SIL\',sans-serif"><p>ውድ ተወዳዳሪ፣</p><p>{intro}</p>'
         f'<p><b>{when}</b></p><table border="1" cellpadding="4"><tr><th>ተ.ቁ</th><th>ስም</th><th>ውጤት</th>'
         f'<th>የቃለ መጠይቅ ሰዓት</th></tr>{tbl_html}</table><p>የትምህርት ማስረጃዎችዎን ዋና እና ኮፒ ይዘው ይቅረቡ።</p>'
         '<p>መሰረት አለሙ<br>የሰው ሀብት ልማትና አስተዳደር ዳይሬክቶሬት<br>የአዲስ ከተማ መንገዶች ልማት ባለሥልጣን</p></body></html>\n')
m03b, _ = mail("03b", s2, addr(*MESERET), ME, "የጽሑፍ ፈተና ውጤት እና የቃለ መጠይቅ ጥሪ — ማስታወቂያ ቁጥር የአመ/07/2019",
               txt2, html2, cte="base64", cc="recruitment@aura-roads.example", style="generic",
               domain="aura-roads.example", host="mail.aura-roads.example", bstyle="x")
case("b327-03-aura-amharic-exam-then-panel",
     [("01-aura-yetsihuf-fetena.eml", m03a), ("02-aura-qale-meteyiq.eml", m03b)],
     [iv(AURA, AURA_ROLE, panel, None, "scheduled", [], [MESERET[1]], "onsite")],
     "hard", "positive/amharic-notice-ethiopian-calendar",
     "Amharic notices with Ethiopian-calendar dates and Ethiopian hours. The written exam (Sat 10 Oct, "
     "ከጠዋቱ 2:30 = 08:30) is NOT an interview. The panel (ቃለ መጠይቅ) before the hiring committee is Thu "
     "ጥቅምት 5 2019 E.C. = 15 Oct 2026, Selam's slot ከጠዋቱ 4:00 = 10:00 EAT; no end given; no interviewer "
     "addresses, HR officer is the follow-up.")

# ================================================================ 04 Tevere phone screen: mail + Calendar API event (CEST)
s = T("Wed 2026-10-07 10:32", TZ_ROM, "+0200")
start = T("Wed 2026-10-14 11:00", TZ_ROM, "+0200")
end = start + dt.timedelta(minutes=30)
txt = f"""Dear Selam,

Thank you for your application for the {TEV_ROLE} position. Our team in Rome is preparing bids for two
road projects in the Horn of Africa and your experience on the Addis Ababa ring-road interchanges caught our
attention.

I would like to start with a short introductory call: Wednesday 14 October at 11:00 Rome time (CEST),
30 minutes on Google Meet. I have added it to your calendar; please accept the invitation if the time works,
otherwise just propose another slot that week.

We will talk about your current projects, your availability to travel to site, and your expectations.

Cordiali saluti / Kind regards,
Giulia Ferretti
Talent Acquisition
{TEV}
Via Ostiense 131, 00154 Roma
+39 06 5512 3380
"""
m04, _ = mail("04a", s, addr(*GIULIA), ME, f"{TEV} - introductory call ({TEV_ROLE})", txt,
              cte="quoted-printable", style="outlook", domain="FRAP264.prod.outlook.com",
              host="mail-fr2deu01on2112.outbound.protection.outlook.com")
addis = start.astimezone(TZ_ADD)
assert addis.strftime("%H:%M%z") == "12:00+0300"
ev = {
    "kind": "calendar#event", "etag": f'"{int(h("etag", "04"), 16) % 10 ** 16}"',
    "id": h("gid", "04", n=26), "status": "confirmed",
    "htmlLink": "https://www.google.com/calendar/event?eid=" + base64.b64encode(
        f"{h('gid', '04', n=26)} {OWNER}".encode()).decode().rstrip("="),
    "created": "2026-10-07T08:35:12.000Z", "updated": "2026-10-07T09:02:47.118Z",
    "summary": "Tevere Ingegneria - Selam Tesfay / Giulia Ferretti (intro call)",
    "description": ("Introductory call for the Civil Engineer - Highways (International Projects) position.\n"
                    "Colloquio conoscitivo con Giulia Ferretti (Talent Acquisition)."),
    "location": "Google Meet",
    "creator": {"email": GIULIA[1], "displayName": GIULIA[0]},
    "organizer": {"email": GIULIA[1], "displayName": GIULIA[0]},
    "start": {"dateTime": addis.isoformat(), "timeZone": "Europe/Rome"},
    "end": {"dateTime": end.astimezone(TZ_ADD).isoformat(), "timeZone": "Europe/Rome"},
    "iCalUID": f"{h('gid', '04', n=26)}@google.com", "sequence": 0,
    "attendees": [
        {"email": GIULIA[1], "displayName": GIULIA[0], "organizer": True, "responseStatus": "accepted"},
        {"email": OWNER, "displayName": OWNER_NAME, "self": True, "responseStatus": "accepted"}],
    "hangoutLink": f"https://meet.google.com/{meet_code('04')}",
    "conferenceData": {"entryPoints": [{"entryPointType": "video", "uri": f"https://meet.google.com/{meet_code('04')}",
                                        "label": f"meet.google.com/{meet_code('04')}"}],
                       "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet"},
                       "conferenceId": meet_code("04")},
    "reminders": {"useDefault": True}, "eventType": "default",
}
j04 = (json.dumps(ev, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
case("b327-04-tevere-intro-call-gcal-json-cest",
     [("01-tevere-introductory-call.eml", m04), ("02-tevere-intro-call.gcal.json", j04)],
     [iv(TEV, TEV_ROLE, start, end, "scheduled", [GIULIA[1]], [GIULIA[1]], "phone_screen")],
     "medium", "positive/dedupe-email-and-calendar-api",
     "Rome recruiter mail says 11:00 CEST (+02:00, before Italy's 25 Oct change); the Calendar API event "
     "carries the same instant as 12:00+03:00 with timeZone Europe/Rome. One interview.")

# ================================================================ 05 Workable self-schedule then confirmation (phone screen)
s1 = T("Fri 2026-10-09 07:02", UTC)
s2 = T("Fri 2026-10-09 11:47", UTC)
start = T("Thu 2026-10-15 16:00", TZ_NBO, "+0300")
end = start + dt.timedelta(minutes=30)
link = f"https://apply.workable.com/savanna-infrastructure-consultants/interview/{h('wkl', '05', n=20)}"
txt1 = (f"Hi Selam,\n\nWanjiru Kamau from {SAV} would like to have a 30-minute phone conversation with you about "
        f"the {SAV_ROLE} role.\n\nPlease choose a time that suits you from the available slots:\n{link}\n\n"
        "Slots are shown in your local time zone. If none of them works, reply to Wanjiru and she will share "
        f"more options.\n\nBest,\n{SAV}\n\nPowered by Workable\n")
html1 = (f"<html><body><p>Hi Selam,</p><p>Wanjiru Kamau from {SAV} would like to have a 30-minute phone "
         f"conversation with you about the <b>{SAV_ROLE}</b> role.</p><p><a href=\"{link}\" style=\"background:"
         "#1c8aed;color:#fff;padding:10px 18px;text-decoration:none\">Pick a time</a></p><p>Slots are shown in your "
         "local time zone.</p><p>Best,<br>" + SAV + "</p><p style=\"color:#999;font-size:11px\">Powered by "
         "Workable</p></body></html>\n")
rt = addr("Wanjiru Kamau", f"savanna-infrastructure-consultants+{h('rt', '05', n=12)}@candidates.workablemail.com")
m05a, _ = mail("05a", s1, WK_FROM, ME, f"Schedule your phone interview with {SAV}", txt1, html1, reply_to=rt,
               style="workable", host="mta-17.workablemail.com", bstyle="workable")
cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Workable//Interview Scheduler//EN", "METHOD:REQUEST"]
          + VTZ["Africa/Nairobi"] +
          ["BEGIN:VEVENT", f"UID:interview-{h('uid', '05', n=24)}@workable.com", f"DTSTAMP:{ical_utc(s2)}",
           f"DTSTART;TZID=Africa/Nairobi:{ical_local(start)}", f"DTEND;TZID=Africa/Nairobi:{ical_local(end)}",
           f"SUMMARY:Phone interview - {SAV_ROLE} ({SAV})",
           "DESCRIPTION:" + ics_escape(f"Wanjiru Kamau will call you on +251 91 164 2208.\nCandidate: Selam Tesfay"),
           "LOCATION:Phone call", f"ORGANIZER;CN=Wanjiru Kamau:mailto:{WANJIRU[1]}",
           attendee(*WANJIRU, "ACCEPTED", google=False), attendee(OWNER_NAME, OWNER, "ACCEPTED", google=False),
           "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
txt2 = (f"Hi Selam,\n\nYour phone interview with {SAV} is confirmed.\n\nRole: {SAV_ROLE}\n"
        "When: Thursday, October 15, 2026 4:00 PM - 4:30 PM (EAT - Africa/Nairobi)\nWhere: Phone call - Wanjiru "
        "Kamau will call you on +251 91 164 2208\n\nA calendar file is attached. Need to change the time? Use "
        f"the link below to reschedule up to 24 hours before the interview.\n{link}\n\nBest,\n{SAV}\n\nPowered by Workable\n")
html2 = ("<html><body><p>Hi Selam,</p><p>Your phone interview with " + SAV + " is confirmed.</p><table>"
         f"<tr><td><b>Role</b></td><td>{SAV_ROLE}</td></tr><tr><td><b>When</b></td><td>Thursday, October 15, 2026"
         "<br>4:00 PM - 4:30 PM (EAT - Africa/Nairobi)</td></tr><tr><td><b>Where</b></td><td>Phone call - Wanjiru "
         "Kamau will call you on +251 91 164 2208</td></tr></table><p>A calendar file is attached.</p>"
         f"<p><a href=\"{link}\">Reschedule</a></p><p style=\"color:#999;font-size:11px\">Powered by Workable</p></body></html>\n")
m05b, _ = mail("05b", s2, WK_FROM, ME, f"Interview confirmed: Phone interview with {SAV}", txt2, html2, reply_to=rt,
               style="workable", host="mta-17.workablemail.com", bstyle="workable",
               attachments=[("text/calendar", "invite.ics", cal, 'charset="UTF-8"; method=REQUEST; name="invite.ics"')])
case("b327-05-savanna-workable-self-scheduled-screen",
     [("01-workable-pick-a-time.eml", m05a), ("02-workable-interview-confirmed.eml", m05b)],
     [iv(SAV, SAV_ROLE, start, end, "scheduled", [WANJIRU[1]], [WANJIRU[1]], "phone_screen")],
     "medium", "positive/ats-email-with-ics",
     "Workable self-scheduling link (not an interview by itself) followed by the booked confirmation with "
     "an .ics (Africa/Nairobi). Recruiter Wanjiru does the phone screen.")

# ================================================================ 06 Hamasien written test invite (negative)
s = T("Thu 2026-10-08 10:04", TZ_ASM, "+0300")
ts = T("Mon 2026-10-12 09:00", TZ_ASM, "+0300")
te = T("Mon 2026-10-12 11:00", TZ_ASM, "+0300")
desc = ("ክብርቲ ሰላም፣\n\nኣብ ቴሌፎን ዝገበርናዮ ዝርርብ ብዓወት ስለ ዝሓለፍኪ፣ ናብ ጽሑፋዊ ፈተና ክንዕድመኪ ንፈቱ።\n\n"
        "እዚ ፈተና ብኢንተርነት ዝወሃብ ኮይኑ፣ ሓደ ናይ ዲዛይን ሕቶ (reinforced concrete slab) ከምኡ'ውን ናይ ብዝሒ ስራሕ "
        "ግምት (quantity take-off) ዝሓዘ እዩ። ፈተና ጥራይ እዩ፣ ቃለ-መሕትት ኣይኮነን — ዝሓተኪ ሰብ የለን፣ ካሜራ'ውን ኣየድልን።\n\n"
        "ሕቶታት ሰዓት 9:00 ቅ.ቐ. (ብናይ ፈረንጂ ሰዓት) ብኢመይል ክለኣኹ እዮም፣ መልስኺ ድማ ብ PDF ክሳብ ሰዓት 11:00 ቅ.ቐ. ናብዚ "
        "ኢመይል ክትሰድዲ ኣለኪ።\n\nዝሓለፉ ተወዳደርቲ ናብ ቴክኒካዊ ቃለ-መሕትት ክዕደሙ እዮም።\n\nሉዋም")
m06, _ = google_invite("06a", s, LUWAM, [(LUWAM[0], LUWAM[1], "ACCEPTED"), (OWNER, OWNER)],
                       "ሃማሴን — ጽሑፋዊ ፈተና (Written test) · Selam Tesfay", ts, te, "Africa/Asmara", "EAT",
                       "East Africa Time - Asmara", desc, location="Online (email)")
case("b327-06-hamasien-written-test-invite", [("01-invitation-tsihufawi-fetena.eml", m06)], [],
     "hard", "negative/written-test",
     "Google Calendar invite for a 2-hour online written test; the Tigrinya text says it is a test only, not "
     "an interview (ፈተና ጥራይ እዩ፣ ቃለ-መሕትት ኣይኮነን).")

# ================================================================ 07 WaterBridge Teams screen, then cancelled
s1 = T("Mon 2026-10-12 15:40", TZ_ADD, "+0300")
s2 = T("Mon 2026-10-12 15:44", TZ_ADD, "+0300")
s3 = T("Fri 2026-10-16 09:10", TZ_ADD, "+0300")
start = T("Mon 2026-10-19 11:00", TZ_ADD, "+0300")
end = start + dt.timedelta(minutes=30)
txt = f"""Dear Selam,

Thank you for applying for the {WB_ROLE1} position based in our Mekelle field office.

I would like to invite you to a short screening call on Microsoft Teams on Monday 19 October,
11:00-11:30 EAT. I am sending the Teams invitation separately. We will go over your experience with rural
water-supply schemes (boreholes, spring development, distribution lines) and your availability to relocate to
Mekelle for a two-year assignment.

Kind regards,
Rahel Haile
HR Officer | {WB} - Tigray Programme Office
Kebele 14, Ayder, Mekelle
+251 34 441 0927
"""
m07a, mid7 = mail("07a", s1, addr(*RAHEL), ME, f"{WB_ROLE1} (Mekelle) - screening call", txt, style="outlook",
                  domain="DB9P195.prod.outlook.com", host="mail-db8eur05on2091.outbound.protection.outlook.com")
summary = f"Screening call - {WB_ROLE1} - Selam Tesfay"
note = (f"Hi Selam,\n\nAs mentioned in my e-mail, here is the Teams link for our screening call.\n\n"
        f"When: Monday, October 19, 2026 11:00 AM-11:30 AM. {WIN_LABEL['E. Africa Standard Time']}\n\nRahel")
atts = [(OWNER_NAME, OWNER)]
m07b, _ = teams_invite("07b", s2, RAHEL, atts, summary, start, end, "E. Africa Standard Time", note,
                       domain="DB9P195.prod.outlook.com")
cnote = ("Dear Selam,\n\nI'm sorry to let you know that recruitment for the WASH Infrastructure Engineer "
         "position has been put on hold while we wait for confirmation of donor funding, so I am cancelling "
         "Monday's call. We will contact you if the position re-opens.\n\nApologies for the inconvenience.\nRahel")
m07c, _ = teams_invite("07c", s3, RAHEL, atts, summary, start, end, "E. Africa Standard Time", cnote, seq=1,
                       method="CANCEL", uid_ident="07b", domain="DB9P195.prod.outlook.com", subject_prefix="Canceled: ")
case("b327-07-waterbridge-teams-screen-cancelled",
     [("01-waterbridge-screening-call.eml", m07a), ("02-teams-invite-screening.eml", m07b),
      ("03-canceled-screening.eml", m07c)],
     [iv(WB, WB_ROLE1, start, end, "cancelled", [RAHEL[1]], [RAHEL[1]], "phone_screen")],
     "medium", "positive/cancellation-exchange",
     "Mekelle NGO: e-mail + Teams invite (E. Africa Standard Time, '(UTC+03:00) Nairobi') then METHOD:CANCEL "
     "with SEQUENCE 1 (position on hold). Kept as cancelled at its last time.")

# ================================================================ 08 Hamasien technical: propose / choose / confirm + Google invite
s1 = T("Tue 2026-10-13 11:05", TZ_ASM, "+0300")
s2 = T("Tue 2026-10-13 19:40", TZ_ADD, "+0300")
s3 = T("Wed 2026-10-14 09:15", TZ_ASM, "+0300")
s4 = T("Wed 2026-10-14 09:18", TZ_ASM, "+0300")
opt1 = T("Tue 2026-10-20 14:00", TZ_ASM, "+0300")
start = T("Wed 2026-10-21 10:00", TZ_ASM, "+0300")
end = start + dt.timedelta(hours=1)
subj8 = f"ዕድመ ናብ ቴክኒካዊ ቃለ-መሕትት — {HAM_ROLE}"
t1 = f"""ክብርቲ ሰላም፣

ኣብ ጽሑፋዊ ፈተና ዘርኣኽዮ ውጽኢት ኣዝዩ ጽቡቕ ስለ ዝኾነ፣ ናብ ቃለ መሕትት ክንዕድመኪ ንፈቱ። እቲ ቴክኒካዊ ቃለ-መሕትት ምስ ኢንጂነር ዮናስ ተኽለ (ሓላፊ ክፍሊ ዲዛይንን ምህንድስናን) ብ Zoom ክካየድ እዩ፣ ንሓደ ሰዓት ዝኸውን።

ካብዞም ዝስዕቡ ግዜያት ሓደ ክትመርጺ ንሓትት (ኩሉ ብናይ ፈረንጂ ኣቆጻጽራ ሰዓት፣ ሰዓት ኣስመራ):
  • {TI_DAYS[opt1.weekday()]} {opt1:%d/%m/%Y} — ሰዓት 2:00 ድ.ቐ.
  • {TI_DAYS[start.weekday()]} {start:%d/%m/%Y} — ሰዓት 10:00 ቅ.ቐ.

ዝመረጽክዮ ግዜ ክሳብ ጽባሕ ቀትሪ ሓብርና።

ምስ ሰላምታ፣
{SIG_LUWAM}
"""
m08a, mid8a = mail("08a", s1, addr(*LUWAM), ME, subj8, t1, cte="base64")
t2 = (f"ሰላም ሉዋም፣\n\nየቐንየለይ። {TI_DAYS[start.weekday()]} {start:%d/%m/%Y} ሰዓት 10:00 ቅ.ቐ. ይምችኣኒ።\n\nሰላም ተስፋይ\n"
      + quote(t1, addr(*LUWAM), "Tue, 13 Oct 2026 at 11:05"))
m08b, mid8b = mail("08b", s2, ME, addr(*LUWAM), "Re: " + subj8, t2, cte="base64", irt=mid8a, refs=mid8a)
t3 = (f"ክብርቲ ሰላም፣\n\nተረጋጊጹ ኣሎ፦ {ti_date(start)}፣ ካብ ሰዓት 10:00 ቅ.ቐ. ክሳብ 11:00 ቅ.ቐ. (ሰዓት ኣስመራ — ምስ ሰዓት ኣዲስ ኣበባ "
      "ሓደ እዩ)።\n\nናይ Zoom ሊንክ ኣብቲ ሕጂ ዝሰደድኩልኪ ናይ ካሌንደር ዕድመ ኣሎ። ኢንጂነር ዮናስ ብዛዕባ ኣብ ዝሰራሕክዮም ፕሮጀክትታት "
      "ድልድላትን ህንጻታትን ክሓተኪ እዩ፣ ስለዚ ሓደ ወይ ክልተ ናይ ስራሕኪ ስእልታት (drawings) ኣዳልዊ።\n\nኣነ ኣብቲ ቃለ-መሕትት "
      "ኣይክሳተፍን እየ፣ ሕቶ እንተሃልዩኪ ግን ብዚ ኢመይል ርኸብኒ።\n\nሉዋም\n"
      + quote(t2, ME, "Tue, 13 Oct 2026 at 19:40"))
m08c, _ = mail("08c", s3, addr(*LUWAM), ME, "Re: " + subj8, t3, cte="base64", irt=mid8b, refs=f"{mid8a} {mid8b}")
zoom = f"https://us06web.zoom.us/j/{int(h('zm', '08', n=10), 16) % 10 ** 11:011d}?pwd={alnum('zp', '08', n=32)}"
desc = ("ቴክኒካዊ ቃለ-መሕትት ን Project Engineer (Civil)።\nቃለ-መሕታቲ፦ ኢንጂነር ዮናስ ተኽለ\n\n"
        f"Join Zoom Meeting\n{zoom}\nMeeting ID: {zoom.split('/j/')[1][:3]} {zoom.split('/j/')[1][3:7]} {zoom.split('/j/')[1][7:11]}")
m08d, _ = google_invite("08d", s4, LUWAM, [(LUWAM[0], LUWAM[1], "ACCEPTED"), (YONAS[0], YONAS[1], "ACCEPTED"),
                                           (OWNER, OWNER)],
                        "ቴክኒካዊ ቃለ-መሕትት — Selam Tesfay (Project Engineer)", start, end, "Africa/Asmara", "EAT",
                        "East Africa Time - Asmara", desc, zoom=zoom)
case("b327-08-hamasien-technical-propose-confirm",
     [("01-hamasien-dimed-qale-mehtet.eml", m08a), ("02-re-selam-chooses.eml", m08b),
      ("03-re-luwam-confirms.eml", m08c), ("04-invitation-technical.eml", m08d)],
     [iv(HAM, HAM_ROLE, start, end, "scheduled", [YONAS[1]], [YONAS[1]], "technical")],
     "medium", "positive/thread-propose-confirm",
     "Tigrinya thread: two options (20/10 2:00 ድ.ቐ. and 21/10 10:00 ቅ.ቐ., western clock stated), Selam picks "
     "Wednesday, coordinator confirms 10:00-11:00 and sends a Google invite (dedupe). Luwam only schedules; "
     "Yonas Tekle interviews.")

# ================================================================ 09 Telegram job channel forward (negative)
s = T("Sat 2026-10-17 21:14", TZ_ADD, "+0300")
txt = """ሰላሚ ሰሊ፣

ይሄንን ቴሌግራም ቻናል ላይ አየሁት፣ የመጀመሪያው ላንቺ ይሆናል ብዬ ነው። ሁለተኛው ግን ማጭበርበር ይመስለኛል — ብር ክፈሉ የሚል ነገር አትመኚ! 😄

መልካም ዕድል፣
ማህሌት

---------- Forwarded from Telegram: Ethio Engineering Jobs (@ethio_engineering_jobs) ----------

📢 ክፍት የሥራ ቦታ | VACANCY
ድርጅት፦ ጣና ኮንስትራክሽን ኃ.የተ.የግ.ማ (Tana Construction PLC)
የሥራ መደብ፦ Site Civil Engineer (BSc, 4+ ዓመት ልምድ)
የሥራ ቦታ፦ ባህር ዳር
የማመልከቻ የመጨረሻ ቀን፦ ጥቅምት 15/2019 ዓ.ም
የጽሑፍ ፈተና እና የቃለ መጠይቅ ቀን ለተመረጡ አመልካቾች በስልክ ይገለጻል።
👉 @ethio_engineering_jobs | 12.4K views

📢 URGENT HIRING — DUBAI & QATAR 🇦🇪🇶🇦
Civil Engineers / Foremen / Surveyors needed! Salary up to 4,500 USD.
Interview this Saturday 24 October at 3:00 PM (ከሰዓት በኋላ 9:00 ሰዓት) — Bole, Getu Commercial 3rd floor.
Bring CV + 2,000 birr registration fee. Limited places!! Call 0911 00 00 00
👉 @ethio_engineering_jobs | 31.7K views
"""
m09, _ = mail("09a", s, addr("Mahlet Girma", "mahlet.girma@example.net"), ME,
              "Fwd: ከ Ethio Engineering Jobs ቴሌግራም ቻናል", txt, cte="quoted-printable")
case("b327-09-telegram-job-channel-forward", [("01-fwd-telegram-job-channel.eml", m09)], [],
     "medium", "negative/job-alert-forward-scam",
     "A friend forwards Telegram job-channel posts: a vacancy (interview date 'to be announced') and a "
     "pay-to-interview overseas scam with a date and time. Selam is not a booked candidate.")

# ================================================================ 10 Savanna Workable technical interview with .ics
s = T("Fri 2026-10-16 09:31", UTC)
start = T("Thu 2026-10-22 14:00", TZ_NBO, "+0300")
end = start + dt.timedelta(hours=1)
zoom = f"https://savannaic.zoom.us/j/{int(h('zm', '10', n=10), 16) % 10 ** 11:011d}"
txt = (f"Hi Selam,\n\nFollowing your call with Wanjiru, we'd like to invite you to a technical interview for the "
       f"{SAV_ROLE} role.\n\nDate: Thursday, 22 October 2026\nTime: 14:00 - 15:00 EAT (Nairobi)\nFormat: Zoom - "
       f"{zoom}\nInterviewer: {OTIENO[0]}, Principal Engineer - Roads & Bridges ({OTIENO[1]})\n\nExpect a "
       "discussion of flexible pavement design (AASHTO 93 and the ERA/KeRRA manuals) and a short walk-through of a "
       "project of your choice. No preparation of slides is needed.\n\nThe attached invite.ics adds the interview "
       "to your calendar. Please use the buttons in the web version of this e-mail to accept or decline.\n\n"
       f"Best regards,\nWanjiru Kamau\nTalent Acquisition, {SAV}\n\nPowered by Workable\n")
html = ("<html><body><p>Hi Selam,</p><p>Following your call with Wanjiru, we'd like to invite you to a technical "
        f"interview for the <b>{SAV_ROLE}</b> role.</p><table cellpadding=\"3\"><tr><td>Date</td><td>Thursday, 22 "
        "October 2026</td></tr><tr><td>Time</td><td>14:00 - 15:00 EAT (Nairobi)</td></tr><tr><td>Format</td><td>"
        f"<a href=\"{zoom}\">Zoom</a></td></tr><tr><td>Interviewer</td><td>{OTIENO[0]}, Principal Engineer - Roads "
        f"&amp; Bridges</td></tr></table><p>Expect a discussion of flexible pavement design and a short walk-through "
        "of a project of your choice.</p><p><a href=\"https://apply.workable.com/r/accept\">Accept</a> | <a "
        "href=\"https://apply.workable.com/r/decline\">Decline</a></p><p>Best regards,<br>Wanjiru Kamau<br>Talent "
        f"Acquisition, {SAV}</p><p style=\"color:#999;font-size:11px\">Powered by Workable</p></body></html>\n")
cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Workable//Interview Scheduler//EN", "METHOD:REQUEST"]
          + VTZ["Africa/Nairobi"] +
          ["BEGIN:VEVENT", f"UID:interview-{h('uid', '10', n=24)}@workable.com", f"DTSTAMP:{ical_utc(s)}",
           f"DTSTART;TZID=Africa/Nairobi:{ical_local(start)}", f"DTEND;TZID=Africa/Nairobi:{ical_local(end)}",
           f"SUMMARY:Technical interview - {SAV_ROLE}", f"LOCATION:{zoom}",
           "DESCRIPTION:" + ics_escape(f"Technical interview with {OTIENO[0]}.\nJoin: {zoom}"),
           f"ORGANIZER;CN=Wanjiru Kamau:mailto:{WANJIRU[1]}",
           attendee(*OTIENO, "ACCEPTED", google=False), attendee(OWNER_NAME, OWNER, google=False),
           "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
rt = addr("Wanjiru Kamau", f"savanna-infrastructure-consultants+{h('rt', '10', n=12)}@candidates.workablemail.com")
m10, _ = mail("10a", s, addr("Wanjiru Kamau (Savanna Infrastructure Consultants)", "noreply@candidates.workablemail.com"),
              ME, f"Technical interview invitation - {SAV_ROLE}", txt, html, reply_to=rt, style="workable",
              host="mta-22.workablemail.com", bstyle="workable",
              attachments=[("text/calendar", "invite.ics", cal, 'charset="UTF-8"; method=REQUEST; name="invite.ics"')])
case("b327-10-savanna-workable-technical-ics", [("01-workable-technical-interview.eml", m10)],
     [iv(SAV, SAV_ROLE, start, end, "scheduled", [OTIENO[1]], [OTIENO[1]], "technical")],
     "easy", "positive/ats-email-with-ics",
     "Workable e-mail (Date in UTC) with .ics in Africa/Nairobi; 14:00-15:00 EAT; interviewer address in body "
     "and ATTENDEE.")

# ================================================================ 11 Orthodox church building committee (negative, user interviews contractors)
s = T("Wed 2026-10-21 20:30", TZ_ADD, "+0300")
cs = T("Sun 2026-10-25 13:00", TZ_ADD, "+0300")
assert (cs.hour, cs.minute) == habesha(7)
ce = T("Sun 2026-10-25 15:00", TZ_ADD, "+0300")
TEW = ("ተወድሮስ አለማየሁ", "tewodros.alemayehu@debreselam-parish.example")
desc = ("ውድ የሕንፃ አሠሪ ኮሚቴ አባላት፣\n\nእሁድ ከቅዳሴ በኋላ ከቀኑ 7:00 ሰዓት ጀምሮ በደብሩ አዳራሽ ስብሰባ ይኖረናል። አጀንዳ፦\n"
        "1. ለአዲሱ የሰንበት ትምህርት ቤት አዳራሽ ግንባታ ጨረታ ያቀረቡ ሦስት ተቋራጮችን ኮሚቴው ቃለ መጠይቅ ያደርጋል\n"
        "2. የአጥር ሥራ የሂሳብ ሪፖርት\n3. የቃለ ጉባኤ ማጽደቅ\n\nኢንጂነር ሰላም፣ የተቋራጮቹን የቴክኒክ ግምገማ እንድትመሪልን "
        "በአክብሮት እንጠይቃለን።\n\nእግዚአብሔር ይስጥልን\nተወድሮስ አለማየሁ፣ የኮሚቴው ጸሐፊ\n"
        "ደብረ ሰላም ቅድስት ማርያም ቤተ ክርስቲያን")
m11, _ = google_invite("11a", s, TEW, [(TEW[0], TEW[1], "ACCEPTED"), ("መልአከ ሰላም ቀሲስ ገብረ ማርያም", "kesis.gebremariam@debreselam-parish.example"),
                                        (OWNER, OWNER)],
                       "የሕንፃ አሠሪ ኮሚቴ ስብሰባ — የተቋራጮች ቃለ መጠይቅ", cs, ce, "Africa/Addis_Ababa", "EAT",
                       "East Africa Time - Addis Ababa", desc, location="ደብረ ሰላም ቅድስት ማርያም — የደብሩ አዳራሽ")
case("b327-11-orthodox-church-committee-contractor-interviews", [("01-invitation-church-committee.eml", m11)], [],
     "hard", "negative/user-is-interviewer-community",
     "Parish building-committee meeting (Sunday ከቀኑ 7:00 = 13:00) where the committee, led by Selam, "
     "interviews contractors. Contains 'ቃለ መጠይቅ' but Selam is not a job candidate.")

# ================================================================ 12 Tevere: two interviews announced before, held after the 25 Oct change
s1 = T("Tue 2026-10-20 09:12", TZ_ROM, "+0200")
s2 = T("Tue 2026-10-20 11:02", TZ_ROM, "+0200")
s3 = T("Mon 2026-10-26 16:20", TZ_ROM, "+0100")
a_st = T("Tue 2026-10-27 10:00", TZ_ROM, "+0100")
a_en = a_st + dt.timedelta(hours=1)
b_st = T("Thu 2026-11-05 15:00", TZ_ROM, "+0100")
b_en = b_st + dt.timedelta(minutes=45)
assert a_st.astimezone(TZ_ADD).strftime("%H:%M") == "12:00" and b_st.astimezone(TZ_ADD).strftime("%H:%M") == "17:00"
txt = f"""Dear Selam,

Thank you for the pleasant call last week - the team enjoyed hearing about your interchange work in Addis.
We would like to continue with two further conversations, both on Microsoft Teams:

1) Technical interview - Tuesday 27 October, 10:00-11:00 Rome time, with {MARCO[0]} (Head of Road Design).
   Please note that Italy returns to winter time (CET, UTC+1) on Sunday 25 October, so from that day we
   are two hours behind Addis Ababa rather than one.

2) Interview with our Technical Director, {PAOLO[0]} - Thursday 5 November, 15:00-15:45 CET.

Marco and Paolo will each send you a Teams invitation from their own calendars. For the technical interview
Marco may share a short alignment problem on screen, so please join from a laptop rather than a phone.

Cordiali saluti,
Giulia Ferretti
Talent Acquisition | {TEV}
"""
m12a, _ = mail("12a", s1, addr(*GIULIA), ME, f"Next steps - {TEV} ({TEV_ROLE})", txt, cc=addr(*MARCO),
               style="outlook", domain="FRAP264.prod.outlook.com",
               host="mail-fr2deu01on2112.outbound.protection.outlook.com")
wl = WIN_LABEL["W. Europe Standard Time"]
n1 = (f"Dear Selam,\n\nlooking forward to our technical conversation. We will go through geometric design, "
      "pavement rehabilitation and a short case on a mountain-road alignment (similar terrain to the Tigray "
      f"escarpment).\n\nWhen: martedì 27 ottobre 2026 10:00-11:00 {wl}.\n\nA presto,\nMarco Bellandi\n"
      f"Head of Road Design - {TEV}")
m12b, _ = teams_invite("12b", s2, MARCO, [(OWNER_NAME, OWNER), (GIULIA[0], GIULIA[1], "NEEDS-ACTION", "OPT-PARTICIPANT")],
                       f"Technical interview - Selam Tesfay - {TEV_ROLE}", a_st, a_en, "W. Europe Standard Time", n1,
                       domain="FRAP264.prod.outlook.com")
n2 = (f"Dear Selam,\n\nGiulia tells me the technical round went well. I would like to use our time to discuss "
      "how you would run site supervision for our Ethiopian and Kenyan projects, and to answer your questions "
      f"about the company.\n\nWhen: giovedì 5 novembre 2026 15:00-15:45 {wl}.\n\nCordiali saluti,\nPaolo Rinaldi\n"
      f"Direttore Tecnico - {TEV}")
m12c, _ = teams_invite("12c", s3, PAOLO, [(OWNER_NAME, OWNER)], f"Selam Tesfay / Paolo Rinaldi - colloquio finale",
                       b_st, b_en, "W. Europe Standard Time", n2, domain="FRAP264.prod.outlook.com")
case("b327-12-tevere-two-interviews-across-dst",
     [("01-tevere-next-steps.eml", m12a), ("02-teams-technical-interview.eml", m12b),
      ("03-teams-technical-director.eml", m12c)],
     [iv(TEV, TEV_ROLE, a_st, a_en, "scheduled", [MARCO[1]], [MARCO[1]], "technical"),
      iv(TEV, TEV_ROLE, b_st, b_en, "scheduled", [PAOLO[1]], [PAOLO[1]], "hiring_manager")],
     "hard", "positive/two-interviews-dst",
     "Mail and first invite sent 20 Oct (+0200) for 27 Oct 10:00 Rome, which is CET (+01:00) after Italy's "
     "25 Oct change (= 12:00 EAT, not 11:00). Second interview 5 Nov 15:00-15:45 CET with the Technical "
     "Director. Teams invites use 'W. Europe Standard Time' and the '(UTC+01:00) ... Rome' label.")

# ================================================================ 13 FIDIC training (negative), London GMT after 25 Oct
s = T("Mon 2026-10-19 11:00", TZ_LON, "+0100")
tr = T("Tue 2026-10-27 10:00", TZ_LON, "+0000")
tr_end = T("Tue 2026-10-27 13:00", TZ_LON, "+0000")
TCA = ("Thames Contracts Academy", "courses@thamescontracts.example")
txt = f"""Dear Selam,

Welcome to "FIDIC 2017 Red & Yellow Book - Contract Administration for Engineers" (Live Online, cohort 26-11).

Dates: Tuesday 27 - Thursday 29 October 2026
Time: 10:00-13:00 GMT each day (UK clocks go back on Sunday 25 October; for Addis Ababa this is 13:00-16:00)
Platform: Zoom - the link is in the attached calendar file
Trainer: Fiona Hale, FCIArb

Day 1: the Engineer's role and determinations (Clause 3.7)
Day 2: variations, claims and time bars (Clauses 13 and 20)
Day 3: role-play - you will prepare and present a contractor's claim to a mock Dispute Avoidance/Adjudication Board

Please have the 2017 Red Book to hand. A certificate of attendance (9 CPD hours) is issued after Day 3.

Best wishes,
Course Administration
Thames Contracts Academy, London
"""
cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Thames Contracts Academy//Course Calendar//EN",
           "METHOD:PUBLISH"] + VTZ["Europe/London"] +
          ["BEGIN:VEVENT", f"UID:{h('uid', '13', n=20)}@thamescontracts.example", f"DTSTAMP:{ical_utc(s)}",
           f"DTSTART;TZID=Europe/London:{ical_local(tr)}", f"DTEND;TZID=Europe/London:{ical_local(tr_end)}",
           "RRULE:FREQ=DAILY;COUNT=3", "SUMMARY:FIDIC 2017 Contract Administration - Live Online (cohort 26-11)",
           f"LOCATION:https://thamescontracts.zoom.us/j/{int(h('zm', '13', n=10), 16) % 10 ** 11:011d}",
           f"ORGANIZER;CN=Thames Contracts Academy:mailto:{TCA[1]}",
           attendee(OWNER_NAME, OWNER, "ACCEPTED", google=False), "END:VEVENT", "END:VCALENDAR"])
m13, _ = mail("13a", s, addr(*TCA), ME, "Joining instructions: FIDIC 2017 Contract Administration (Live Online)", txt,
              cte="7bit", style="generic", domain="thamescontracts.example", host="smtp.thamescontracts.example",
              bstyle="x", attachments=[("text/calendar", "fidic-course.ics", cal, 'charset="UTF-8"; name="fidic-course.ics"')])
case("b327-13-fidic-training-london", [("01-fidic-joining-instructions.eml", m13)], [],
     "easy", "negative/training",
     "Paid online training with a three-day .ics (Europe/London, GMT after 25 Oct); includes a mock "
     "adjudication role-play, not a job interview.")

# ================================================================ 14 Selam sits on her employer's interview panel (negative)
s = T("Thu 2026-10-22 09:30", TZ_ADD, "+0300")
ps = T("Wed 2026-10-28 10:00", TZ_ADD, "+0300")
pe = ps + dt.timedelta(hours=1)
HANNA = ("Hanna Worku", "hanna.worku@bolestructural.example")
GETACHEW = ("Getachew Bekele", "getachew.bekele@bolestructural.example")
note = ("Selam, Getachew,\n\nThank you both for sitting on the panel for the Junior Site Engineer vacancy.\n"
        "Candidate: Abel Girma (BSc Civil Engineering, AAiT 2025).\n\nSelam - please lead the technical part "
        "(RC detailing, reading structural drawings, site supervision). Getachew will cover HSE and the "
        "practical questions. The CV and the scoring sheet are in the HR shared folder; please return your "
        "scores the same afternoon.\n\nWhen: Wednesday, October 28, 2026 10:00 AM-11:00 AM. "
        f"{WIN_LABEL['E. Africa Standard Time']}\nWhere: Bole Structural Consultants, meeting room 2 (and Teams)\n\n"
        "እናመሰግናለን፣\nHanna Worku\nHR & Administration, Bole Structural Consultants")
m14, _ = teams_invite("14a", s, HANNA, [(OWNER_NAME, OWNER), GETACHEW],
                      "Interview: Junior Site Engineer - candidate Abel Girma", ps, pe, "E. Africa Standard Time", note,
                      domain="AM6PR10.prod.outlook.com")
case("b327-14-selam-on-employer-interview-panel", [("01-teams-panel-junior-site-engineer.eml", m14)], [],
     "hard", "negative/user-is-interviewer",
     "Teams invite titled 'Interview: ...' but Selam is on the panel interviewing a candidate for her "
     "current employer.")

# ================================================================ 15 Hamasien GM final, rescheduled (invite -> Tigrinya mail -> updated invite)
s1 = T("Tue 2026-10-27 14:05", TZ_ASM, "+0300")
s2 = T("Fri 2026-10-30 12:40", TZ_ASM, "+0300")
s3 = T("Fri 2026-10-30 12:44", TZ_ASM, "+0300")
o_st = T("Tue 2026-11-03 10:00", TZ_ASM, "+0300")
n_st = T("Thu 2026-11-05 14:00", TZ_ASM, "+0300")
assert (n_st.hour, n_st.minute) == habesha(8)
zoom = f"https://us06web.zoom.us/j/{int(h('zm', '15', n=10), 16) % 10 ** 11:011d}?pwd={alnum('zp', '15', n=32)}"
title = "ናይ መወዳእታ ቃለ-መሕትት ምስ ዋና ስራሕ ኣስኪያጅ — Selam Tesfay"
desc = (f"ናይ መወዳእታ ደረጃ ቃለ-መሕትት ን {HAM_ROLE} ምስ ዋና ስራሕ ኣስኪያጅ ኣቶ መሓሪ ወልዱ። ብዛዕባ ደሞዝን ዕለት ምጅማር ስራሕን "
        f"ናብ ኣስመራ ምግዓዝን'ውን ክትዘራረቡ ኢኹም።\n\nJoin Zoom Meeting\n{zoom}")
atts = [(LUWAM[0], LUWAM[1], "ACCEPTED"), (MEHARI[0], MEHARI[1], "ACCEPTED"), (OWNER, OWNER)]
m15a, _ = google_invite("15a", s1, LUWAM, atts, title, o_st, o_st + dt.timedelta(hours=1), "Africa/Asmara", "EAT",
                        "East Africa Time - Asmara", desc, zoom=zoom)
txt = (f"ክብርቲ ሰላም፣\n\nኣቶ መሓሪ ወልዱ ሰሉስ ንግሆ ንስራሕ ናብ ምጽዋዕ ክወፍር ስለ ዘለዎ፣ ናይ {TI_DAYS[o_st.weekday()]} "
       f"{o_st:%d/%m/%Y} ናይ መወዳእታ ቃለ-መሕትት ክንቕይሮ ተገዲድና ኣለና። ይቕሬታ።\n\nሓድሽ ግዜ፦ {TI_DAYS[n_st.weekday()]} "
       f"{n_st.day}/{n_st.month}/{n_st.year} ሰዓት 8:00 ድሕሪ ቐትሪ (ብናይ ሃበሻ ኣቆጻጽራ ሰዓት)፣ ንሓደ ሰዓት። ናይ Zoom ሊንክ "
       "ኣይተቐየረን።\n\nዝተመሓየሸ ዕድመ ብካሌንደር ሕጂ ክበጽሓኪ እዩ። እዚ ግዜ እዚ እንተዘይተመችኪ ብቕልጡፍ ሓብርኒ።\n\n"
       f"ምስ ሰላምታ፣\n{SIG_LUWAM}\n")
m15b, _ = mail("15b", s2, addr(*LUWAM), ME, "ምቕያር ግዜ — ናይ መወዳእታ ቃለ-መሕትት", txt, cte="quoted-printable")
m15c, _ = google_invite("15c", s3, LUWAM, atts, title, n_st, n_st + dt.timedelta(hours=1), "Africa/Asmara", "EAT",
                        "East Africa Time - Asmara", desc, seq=1, updated=True, uid_ident="15a", created=s1, zoom=zoom)
case("b327-15-hamasien-gm-final-rescheduled",
     [("01-invitation-gm-final.eml", m15a), ("02-mikyar-gize.eml", m15b), ("03-updated-invitation-gm-final.eml", m15c)],
     [iv(HAM, HAM_ROLE, n_st, n_st + dt.timedelta(hours=1), "scheduled", [MEHARI[1]], [MEHARI[1]], "hiring_manager")],
     "hard", "positive/reschedule",
     "Final with the general manager: invite for Tue 3 Nov 10:00, Tigrinya mail moves it to Thu 5/11 'ሰዓት 8:00 "
     "ድሕሪ ቐትሪ' in Habesha hours (= 14:00 EAT), then Updated invitation (same UID, SEQUENCE 1) 14:00-15:00.")

# ================================================================ 16 WaterBridge technical, "tomorrow at 2 pm" body only
s = T("Mon 2026-11-02 17:45", TZ_ADD, "+0300")
start = T("Tue 2026-11-03 14:00", TZ_ADD, "+0300")
assert start.date() == (s + dt.timedelta(days=1)).date()
end = start + dt.timedelta(minutes=45)
txt = f"""Dear Selam,

Rahel passed me your CV after the WASH position was put on hold - thank you for agreeing to be considered for
the {WB_ROLE2} post in our Tigray recovery programme instead.

As we just agreed on the phone, let's do the technical interview tomorrow at 2 pm Addis time on Teams. It
should take about 45 minutes. I'll ask about gravel-road design, cross-drainage structures and how you would
supervise small local contractors in the woredas around Mekelle and Adigrat.

Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_{alnum('tm16', n=44)}%40thread.v2/0
Meeting ID: 377 140 552 918  Passcode: {alnum('pc16', n=6)}

If the connection is poor on your side we can switch to a phone call - my mobile is +251 914 72 0381.

Kind regards,
Dawit Gebremichael
Infrastructure Programme Manager
{WB} - Tigray Programme Office, Mekelle
"""
m16, _ = mail("16a", s, addr(*DAWIT), ME, f"Technical interview - {WB_ROLE2}", txt, cc=addr(*RAHEL),
              style="outlook", domain="DB9P195.prod.outlook.com",
              host="mail-db8eur05on2091.outbound.protection.outlook.com")
case("b327-16-waterbridge-tomorrow-at-2-body-only", [("01-waterbridge-technical-interview.eml", m16)],
     [iv(WB, WB_ROLE2, start, end, "scheduled", [DAWIT[1]], [DAWIT[1]], "technical")],
     "medium", "positive/email-body-only-relative",
     "Only the body gives the time: 'tomorrow at 2 pm Addis time' against Date Mon 2 Nov 17:45 +0300 -> Tue 3 "
     "Nov 14:00-14:45 EAT. Rahel only in Cc.")

# ================================================================ 17 Schengen visa appointment (negative)
s = T("Wed 2026-10-28 08:12", TZ_ADD, "+0300")
va = T("Mon 2026-11-09 08:30", TZ_ADD, "+0300")
VISA = ("Schengen Visa Application Centre Addis Ababa", "no-reply@visacentre-addis.example")
txt = f"""Dear SELAM TESFAY,

Your appointment has been confirmed.

Reference: ADD/IT/2026/148823
Mission: Italy - short stay (type C), business
Date: Monday 09 November 2026
Time: 08:30 (local time)
Location: Visa Application Centre, Kirkos sub-city, Addis Ababa

Please arrive 15 minutes before your appointment with your passport, printed application form, two photos,
travel insurance and the invitation letter. Biometrics (fingerprints and photo) will be captured. The consular
officer may ask you some questions about the purpose of your trip (visa interview).

ቀጠሮዎን ለመቀየር ቢያንስ ከ48 ሰዓት በፊት በድረ-ገጻችን ይግቡ።

This is an automated message - please do not reply.
"""
cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//VAC Addis//Appointments//EN", "METHOD:PUBLISH",
           "BEGIN:VEVENT", f"UID:ADD-IT-2026-148823-{h('uid', '17', n=8)}@visacentre-addis.example",
           f"DTSTAMP:{ical_utc(s)}", f"DTSTART:{ical_utc(va)}", f"DTEND:{ical_utc(va + dt.timedelta(minutes=30))}",
           "SUMMARY:Visa appointment - Italy (type C) - ADD/IT/2026/148823",
           "LOCATION:Visa Application Centre\\, Kirkos\\, Addis Ababa",
           attendee(OWNER_NAME, OWNER, "ACCEPTED", google=False), "END:VEVENT", "END:VCALENDAR"])
m17, _ = mail("17a", s, addr(*VISA), ME, "Appointment confirmation - ADD/IT/2026/148823", txt, cte="quoted-printable",
              style="generic", domain="visacentre-addis.example", host="smtp.visacentre-addis.example", bstyle="x",
              attachments=[("text/calendar", "appointment.ics", cal, 'charset="UTF-8"; name="appointment.ics"')])
case("b327-17-italy-visa-appointment", [("01-visa-appointment-confirmation.eml", m17)], [],
     "medium", "negative/government-appointment",
     "Schengen visa centre appointment with .ics; mentions a 'visa interview' - not a job interview.")

# ================================================================ 18 Savanna virtual panel day sent as three invites
s0 = T("Thu 2026-11-05 10:20", TZ_NBO, "+0300")
sess = [(T("Thu 2026-11-12 09:00", TZ_NBO, "+0300"), 60, "Design case discussion", [OTIENO, ACHIENG]),
        (T("Thu 2026-11-12 10:15", TZ_NBO, "+0300"), 45, "Conversation with the Projects Director", [BRIAN]),
        (T("Thu 2026-11-12 11:15", TZ_NBO, "+0300"), 45, "People & Culture", [NJERI])]
zoom = f"https://savannaic.zoom.us/j/{int(h('zm', '18', n=10), 16) % 10 ** 11:011d}?pwd={alnum('zp', '18', n=24)}"
rows = "".join(f"<tr><td>{a:%H:%M}-{(a + dt.timedelta(minutes=d)):%H:%M} EAT</td><td>{t}</td><td>"
               + ", ".join(p[0] for p in ps) + "</td></tr>" for a, d, t, ps in sess)
html = f"""<html><body style="font-family:Calibri,Arial,sans-serif">
<p>Dear Selam,</p>
<p>Congratulations on reaching the final stage for the <b>{SAV_ROLE}</b> role. Your virtual panel day is on
<b>Thursday 12 November 2026</b>. All sessions use the same Zoom room:</p>
<p><a href="{zoom}">{zoom}</a></p>
<table border="1" cellspacing="0" cellpadding="5"><tr><th>Time</th><th>Session</th><th>With</th></tr>{rows}</table>
<p>For the design case, Otieno and Achieng will send a one-page brief (a 42 km gravel-to-asphalt upgrade near
Isiolo) 30 minutes before the start. There is a 15-minute break after each session.</p>
<p>You will receive one calendar invitation per session. Please accept all three.</p>
<p>Warm regards,<br>Wanjiru Kamau<br>Talent Acquisition | {SAV}<br>+254 20 765 4410</p>
</body></html>
"""
txt = ("Dear Selam,\n\nCongratulations on reaching the final stage for the " + SAV_ROLE + " role. Your virtual panel "
       "day is on Thursday 12 November 2026. All sessions use the same Zoom room:\n" + zoom + "\n\n"
       + "\n".join(f"{a:%H:%M}-{(a + dt.timedelta(minutes=d)):%H:%M} EAT  {t}  (" + ", ".join(p[0] for p in ps) + ")"
                   for a, d, t, ps in sess)
       + "\n\nFor the design case, Otieno and Achieng will send a one-page brief 30 minutes before the start.\n"
       "You will receive one calendar invitation per session. Please accept all three.\n\nWarm regards,\nWanjiru Kamau\n"
       f"Talent Acquisition | {SAV}\n")
m18 = [("01-savanna-panel-day-agenda.eml", mail("18a", s0, addr(*WANJIRU), ME, f"Final stage: virtual panel day - {SAV_ROLE}",
                                                  txt, html, cte="quoted-printable", style="outlook",
                                                  domain="PAXP193.prod.outlook.com",
                                                  host="mail-zr0za01on2101.outbound.protection.outlook.com",
                                                  bstyle="outlook")[0])]
for i, (a, d, t, ps) in enumerate(sess):
    si = s0 + dt.timedelta(minutes=11 + 3 * i)
    atts = [(WANJIRU[0], WANJIRU[1], "ACCEPTED")] + [(p[0], p[1], "ACCEPTED") for p in ps] + [(OWNER, OWNER)]
    d_txt = (f"{t} - {SAV_ROLE} final stage (session {i + 1} of 3).\nJoin Zoom Meeting\n{zoom}")
    m, _ = google_invite(f"18{i}", si, WANJIRU, atts, f"Savanna IC | {t} | Selam Tesfay", a, a + dt.timedelta(minutes=d),
                         "Africa/Nairobi", "EAT", "East Africa Time - Nairobi", d_txt, utc=True, zoom=zoom)
    m18.append((f"{i + 2:02d}-invitation-session-{i + 1}.eml", m))
loop_st, loop_en = sess[0][0], sess[-1][0] + dt.timedelta(minutes=sess[-1][1])
case("b327-18-savanna-virtual-panel-three-invites", m18,
     [iv(SAV, SAV_ROLE, loop_st, loop_en, "scheduled",
         [OTIENO[1], ACHIENG[1], BRIAN[1], NJERI[1]], [OTIENO[1], ACHIENG[1], BRIAN[1], NJERI[1]], "onsite")],
     "hard", "positive/onsite-loop-several-invites",
     "Agenda mail + three Google invites (UTC DTSTART) on Thu 12 Nov: 09:00-10:00, 10:15-11:00, 11:15-12:00 EAT. "
     "One onsite interview 09:00-12:00 with all four interviewers; Wanjiru only coordinates.")

# ================================================================ 19 Tevere rejection (negative)
s = T("Mon 2026-11-16 09:45", TZ_ROM, "+0100")
txt = f"""Dear Selam,

Thank you for the time you gave us over the past weeks, including the conversations with Marco on
27 October and with Paolo on 5 November.

After careful consideration we have decided to continue with a candidate who already has design experience
under the Italian NTC 2018 standards, which the client on this project requires. This was a close decision,
and it says nothing about the quality of your work.

With your permission we will keep your CV on file for our East African road programme, for which we expect
to recruit in the spring.

Con i migliori auguri,
Giulia Ferretti
Talent Acquisition | {TEV}
"""
m19, _ = mail("19a", s, addr(*GIULIA), ME, f"Your application - {TEV_ROLE}", txt, style="outlook",
              domain="FRAP264.prod.outlook.com", host="mail-fr2deu01on2112.outbound.protection.outlook.com")
case("b327-19-tevere-rejection-after-final", [("01-tevere-your-application.eml", m19)], [],
     "medium", "negative/rejection",
     "Rejection that names the past interview dates (27 Oct, 5 Nov); nothing new is scheduled.")

# ================================================================ 20 WaterBridge panel, standalone Outlook .ics
stamp = T("Wed 2026-11-11 10:05", TZ_ADD, "+0300")
start = T("Tue 2026-11-17 10:00", TZ_ADD, "+0300")
end = T("Tue 2026-11-17 11:30", TZ_ADD, "+0300")
desc = (f"Panel interview - {WB_ROLE2}\n\nWhen: Tuesday, November 17, 2026 10:00 AM-11:30 AM. "
        f"{WIN_LABEL['E. Africa Standard Time']}\n\nPanel:\n- Dawit Gebremichael, Infrastructure Programme Manager\n"
        "- Hagos Berhe, Senior Roads Engineer (Mekelle)\n- Helen Assefa, Country Engineering Lead (Addis Ababa)\n\n"
        "Please prepare a 10-minute presentation on a road or drainage project you supervised.\n\n" + teams_block("20"))
cal = exchange_ics("20", "REQUEST", RAHEL, [(OWNER_NAME, OWNER), DAWIT, HAGOS, HELEN],
                   f"Panel interview - {WB_ROLE2} - Selam Tesfay", start, end, "E. Africa Standard Time", desc, 0, stamp)
case("b327-20-waterbridge-panel-standalone-ics", [("01-panel-interview-waterbridge.ics", cal)],
     [iv(WB, WB_ROLE2, start, end, "scheduled", [DAWIT[1], HAGOS[1], HELEN[1]], [DAWIT[1], HAGOS[1], HELEN[1]], "onsite")],
     "medium", "positive/standalone-ics-exchange",
     "Standalone Exchange .ics (TZID 'E. Africa Standard Time', '(UTC+03:00) Nairobi' label) for a three-person "
     "panel 10:00-11:30 EAT; organizer Rahel only schedules.")

# ================================================================ 21 Savanna offer with a call about the package (negative)
s = T("Fri 2026-11-20 15:30", TZ_NBO, "+0300")
T("Tue 2026-11-24 10:00", TZ_NBO, "+0300")
txt = f"""Dear Selam,

On behalf of {SAV}, I am delighted to offer you the position of {SAV_ROLE}, based in Nairobi with
regular travel to our project sites in Ethiopia and Kenya. Your formal offer letter is attached.

Summary:
- Start date: Monday 4 January 2027
- Gross monthly salary: KES 610,000, plus a relocation allowance
- Probation: three months

Brian Mwangi would like to walk you through the package and the relocation support; I have suggested a short
call on Tuesday 24 November at 10:00 EAT - just reply if another time suits you better. We would appreciate
your signed acceptance by Friday 27 November.

Congratulations again - everyone on the panel was impressed.

Warm regards,
Wanjiru Kamau
Talent Acquisition | {SAV}
"""
pdf = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
       b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
m21, _ = mail("21a", s, addr(*WANJIRU), ME, f"Offer of employment - {SAV_ROLE}", txt, cc=addr(*BRIAN),
              style="outlook", domain="PAXP193.prod.outlook.com",
              host="mail-zr0za01on2101.outbound.protection.outlook.com", bstyle="outlook",
              attachments=[("application/pdf", "Offer_Letter_Selam_Tesfay.pdf", pdf, 'name="Offer_Letter_Selam_Tesfay.pdf"')])
case("b327-21-savanna-offer-with-package-call", [("01-savanna-offer-of-employment.eml", m21)], [],
     "hard", "negative/offer",
     "Offer letter; the suggested call on Tue 24 Nov 10:00 EAT is about the package, not an interview.")

# ================================================================ write
DST_POINTS = [
    ("01", "'ጽባሕ' resolved against Date Mon 5 Oct 2026 +0300; 'ሰዓት 3:30 ቅድሚ ቐትሪ' (Habesha count) = 09:30 EAT"),
    ("03", "Ethiopian calendar: መስከረም 30 2019 E.C. = Sat 10 Oct 2026 (exam, ከጠዋቱ 2:30 = 08:30); ጥቅምት 5 2019 E.C. = Thu 15 Oct 2026, ከጠዋቱ 4:00 = 10:00 EAT"),
    ("04", "Rome still on CEST: 14 Oct 11:00+02:00 = 12:00 EAT; Calendar API event stores 12:00+03:00 with timeZone Europe/Rome"),
    ("05, 10, 18", "Workable/Google items in UTC Date headers and Africa/Nairobi or UTC DTSTART; Nairobi = Addis = +03:00"),
    ("08", "Western clock stated in Tigrinya ('10:00 ቅ.ቐ.', '2:00 ድ.ቐ.'); Asmara time equals Addis time"),
    ("11", "Amharic 'ከቀኑ 7:00 ሰዓት' = 13:00 EAT (negative)"),
    ("12", "Sent 20 Oct (+0200) for 27 Oct 10:00 Rome = CET +01:00 after Italy's 25 Oct change (12:00 EAT); 5 Nov 15:00 CET = 17:00 EAT; Windows TZID 'W. Europe Standard Time'"),
    ("13", "London training: mail sent in BST (+0100), sessions in GMT after 25 Oct (negative)"),
    ("15", "Tigrinya 'ሰዓት 8:00 ድሕሪ ቐትሪ' (Habesha count) = 14:00 EAT on Thu 5 Nov"),
    ("16", "'tomorrow at 2 pm Addis time' resolved against Date Mon 2 Nov 2026 17:45 +0300"),
    ("07, 14, 20", "Exchange 'E. Africa Standard Time' / '(UTC+03:00) Nairobi' label"),
    ("19", "Rome mail in CET (+0100) after the change (negative)"),
]


def write_all():
    for d in sorted(OUT.glob("b327-*")):
        if d.is_dir():
            shutil.rmtree(d)
    labels = {}
    for c in CASES:
        d = OUT / c["slug"]
        d.mkdir()
        for name, data in c["items"]:
            (d / name).write_bytes(data)
        labels[c["slug"]] = c["label"]
    y = yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=110, default_flow_style=False)
    (OUT / "labels.yaml").write_text(
        "# Labels for blind327 (written blind). Schema: /work/shared/eval/README.md\n" + y, encoding="utf-8")

    pos = [c for c in CASES if c["label"]["interview"]]
    ivs = [i for c in CASES for i in c["label"]["interviews"]]
    by_status, by_kind = {}, {}
    for i in ivs:
        by_status[i["status"]] = by_status.get(i["status"], 0) + 1
        by_kind[i["kind"]] = by_kind.get(i["kind"], 0) + 1
    n_eml = sum(1 for c in CASES for n, _ in c["items"] if n.endswith(".eml"))
    n_ics = sum(1 for c in CASES for n, _ in c["items"] if n.endswith(".ics"))
    n_js = sum(1 for c in CASES for n, _ in c["items"] if n.endswith(".gcal.json"))
    lines = [
        "# blind327: Asmara and Addis Ababa - a Tigrinya, Amharic and English mailbox (written blind)", "",
        f"Mailbox owner: {OWNER_NAME} <{OWNER}>, a civil engineer living in Addis Ababa (Africa/Addis_Ababa, UTC+3).", "",
        "This set was written blind: only the eval README and a few dev files were read for the format; no tool "
        "code, tests or other sets were consulted.", "",
        "## What it stresses",
        "- Tigrinya (Ge'ez script) HR mail from an Asmara construction firm: 'ቃለ-መሕትት', Gregorian dates "
        "('ረቡዕ 21 ጥቅምቲ 2026', '21/10/2026'), Habesha hour count ('ሰዓት 3:30 ቅድሚ ቐትሪ' = 09:30) vs western "
        "('10:00 ቅ.ቐ.'), 'ጽባሕ' (tomorrow).",
        "- Amharic notices from an Addis road authority with Ethiopian-calendar dates (2019 E.C.) and Ethiopian "
        "hours ('ከጠዋቱ 4:00 ሰዓት' = 10:00); a written exam that is not an interview.",
        "- English mail from a Mekelle NGO (Teams, cancellation, body-only 'tomorrow at 2'), a Nairobi consultancy "
        "(Workable, virtual panel day as three invites, offer) and a Rome firm (Calendar API event, Teams invites "
        "across Italy's 25 Oct DST change, rejection).",
        "- Hard negatives: written test invite, church committee that interviews contractors, employer panel where "
        "Selam interviews, training, visa appointment, Telegram job-channel forward with a scam 'interview', "
        "rejection, offer with a package call, application receipt.", "",
        "## Counts",
        f"- Cases: {len(CASES)} ({len(pos)} positive, {len(CASES) - len(pos)} negative)",
        f"- Labelled interviews: {len(ivs)} - by status: "
        + ", ".join(f"{k} {v}" for k, v in sorted(by_status.items()))
        + "; by kind: " + ", ".join(f"{k} {v}" for k, v in sorted(by_kind.items())), "",
        "## Formats used",
        f"- {n_eml} .eml: plain human mail and threads (In-Reply-To/References), text/plain and HTML in base64 and "
        "quoted-printable, Google Calendar invitations (multipart/mixed with text/plain, text/html, "
        "text/calendar;method=REQUEST and invite.ics), Exchange/Teams requests and a METHOD:CANCEL (Windows TZIDs, "
        "X-MICROSOFT-CDO-*), Workable ATS mails with .ics attachments, .ics/PDF attachments on negatives.",
        f"- {n_ics} standalone .ics (Exchange, case 20); {n_js} Calendar API .gcal.json event (case 04).", "",
        "## Time-zone, calendar and DST points",
    ] + [f"- Case {n}: {t}" for n, t in DST_POINTS] + [
        "- All East African zones (Addis Ababa, Asmara, Nairobi) are UTC+3 with no DST; Europe/Rome and "
        "Europe/London change on 25 Oct 2026 (asserted in make_cases.py together with US Mar 8 / Nov 1 and EU Mar 29).", ""]
    (OUT / "README.md").write_text("\n".join(lines), encoding="utf-8")


if __name__ == "__main__":
    nums = [c["slug"].split("-")[1] for c in CASES]
    assert nums == [f"{i:02d}" for i in range(1, len(CASES) + 1)], nums
    for c in CASES:
        n = c["slug"].split("-")[1]
        for name, _ in c["items"]:
            assert name[:2].isdigit() and name.endswith((".eml", ".ics", ".gcal.json")), name
    write_all()
    print(f"wrote {len(CASES)} cases to {OUT}")
