#!/usr/bin/env python3
"""Generate the blind308 evaluation set (Manchester / British English theme).

Deletes and rewrites every b308-* case folder, labels.yaml and README.md next to this script.
Standard library + PyYAML + zoneinfo only. Output is byte-identical on every run: all dates,
Message-IDs, UIDs and MIME boundaries are fixed or derived from SHA-256 hashes of a seed.
"""
import base64
import hashlib
import html as htmlmod
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
SEED = "blind308-manchester-maths"
OWNER = "priya.shah@example.com"
OWNER_NAME = "Priya Shah"
LON = ZoneInfo("Europe/London")
DUB = ZoneInfo("Europe/Dublin")
DXB = ZoneInfo("Asia/Dubai")
NYC = ZoneInfo("America/New_York")
UTC = timezone.utc

# --------------------------------------------------------------------------------------------
# Date / offset checks
# --------------------------------------------------------------------------------------------


def _off(dt):
    return dt.strftime("%z")


def at(y, mo, d, h=0, mi=0, s=0, tz=LON, expect=None):
    """Aware datetime; `expect` is the UTC offset we claim (e.g. '+0100') and is asserted."""
    dt = datetime(y, mo, d, h, mi, s, tzinfo=tz)
    assert expect is not None, "every datetime must state its expected offset"
    assert _off(dt) == expect, (dt, _off(dt), expect)
    return dt


def claim(y, mo, d, weekday):
    """Assert that a weekday written in the mail text is right."""
    got = datetime(y, mo, d).strftime("%A")
    assert got == weekday, (y, mo, d, got, weekday)


def iso(dt):
    return dt.isoformat()


def check_dst_2026():
    one, zero, four = timedelta(hours=1), timedelta(0), timedelta(hours=4)
    # EU/UK: BST ends Sun 25 Oct 2026 01:00 UTC, starts Sun 29 Mar 2026.
    assert datetime(2026, 3, 28, 12, tzinfo=LON).utcoffset() == zero
    assert datetime(2026, 3, 29, 12, tzinfo=LON).utcoffset() == one
    assert datetime(2026, 10, 24, 12, tzinfo=LON).utcoffset() == one
    assert datetime(2026, 10, 25, 12, tzinfo=LON).utcoffset() == zero
    assert datetime(2026, 10, 24, 12, tzinfo=DUB).utcoffset() == one
    assert datetime(2026, 10, 25, 12, tzinfo=DUB).utcoffset() == zero
    # Dubai: no DST, so the gap to Manchester goes from 3 h to 4 h on 25 Oct.
    assert datetime(2026, 10, 24, 12, tzinfo=DXB).utcoffset() == four
    assert datetime(2026, 10, 27, 12, tzinfo=DXB).utcoffset() == four
    # US: Mar 8 / Nov 1 (not used in the mail, checked for completeness).
    assert datetime(2026, 3, 7, 12, tzinfo=NYC).utcoffset() == timedelta(hours=-5)
    assert datetime(2026, 3, 8, 12, tzinfo=NYC).utcoffset() == timedelta(hours=-4)
    assert datetime(2026, 10, 31, 12, tzinfo=NYC).utcoffset() == timedelta(hours=-4)
    assert datetime(2026, 11, 1, 12, tzinfo=NYC).utcoffset() == timedelta(hours=-5)
    claim(2026, 3, 29, "Sunday")
    claim(2026, 10, 25, "Sunday")
    claim(2026, 3, 8, "Sunday")
    claim(2026, 11, 1, "Sunday")


# --------------------------------------------------------------------------------------------
# Deterministic identifiers
# --------------------------------------------------------------------------------------------


def hx(*parts, n=32):
    return hashlib.sha256("|".join((SEED,) + tuple(str(p) for p in parts)).encode()).hexdigest()[:n]


def mid_plain(case, n, domain):
    return f"<{hx(case, n, 'mid', n=16)}.{hx(case, n, 'mid2', n=10)}@{domain}>"


def mid_gmail(case, n):
    h = base64.b64encode(bytes.fromhex(hx(case, n, 'gm', n=40))).decode().rstrip("=")
    h = h.replace("/", "_").replace("+", "-")
    return f"<CA{h}@mail.gmail.com>"


def mid_outlook(case, n, tenant="LO4P265"):
    a = hx(case, n, "ol", n=16).upper()
    return f"<{tenant}MB{a[:4]}{a[4:16]}@{tenant}MB{a[:4]}.GBRP{tenant[-3:]}.PROD.OUTLOOK.COM>"


def mid_google_cal(case, n):
    return f"<calendar-{hx(case, n, 'gc', n=8)}-{hx(case, n, 'gc2', n=4)}-{hx(case, n, 'gc3', n=4)}-{hx(case, n, 'gc4', n=12)}@google.com>"


def b_google(case, n, k):
    return "000000000000" + hx(case, n, "bnd", k, n=12)


def b_outlook(case, n):
    return "_000_" + hx(case, n, "olb", n=24).upper() + "prodoutlookcom_"


def b_part(case, n, k):
    return f"----=_Part_{int(hx(case, n, 'pb', k, n=8), 16) % 900000 + 100000}_{int(hx(case, n, 'pc', k, n=8), 16)}.{int(hx(case, n, 'pd', k, n=6), 16)}"


def ms_uid(case, n):
    return ("040000008200E00074C5B7101A82E00800000000" + hx(case, n, "msuid", n=48)).upper()


# --------------------------------------------------------------------------------------------
# MIME building (bodies built with \n, converted to CRLF at the end)
# --------------------------------------------------------------------------------------------


def addr(name, email):
    return formataddr((name, email), charset="utf-8")


def subj(s):
    return s if s.isascii() else Header(s, "utf-8").encode()


def leaf(ctype, text=None, enc="quoted-printable", extra=(), data=None):
    data = data if data is not None else text.encode("utf-8")
    if enc == "quoted-printable":
        body = quopri.encodestring(data).decode("ascii")
    elif enc == "base64":
        body = base64.encodebytes(data).decode("ascii")
    else:
        body = data.decode("ascii")
    if not body.endswith("\n"):
        body += "\n"
    h = [f"Content-Type: {ctype}"] + list(extra) + [f"Content-Transfer-Encoding: {enc}"]
    return "\n".join(h) + "\n\n" + body


def multi(sub, boundary, parts):
    s = f'Content-Type: multipart/{sub}; boundary="{boundary}"\n\n'
    for p in parts:
        s += f"--{boundary}\n{p}\n"
    return s + f"--{boundary}--\n"


def to_html(text, font="Calibri, Arial, sans-serif", size="11pt"):
    paras = text.strip("\n").split("\n\n")
    body = "".join("<p>" + htmlmod.escape(p).replace("\n", "<br>\n") + "</p>\n" for p in paras)
    return (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
        f'<body><div style="font-family:{font};font-size:{size}">\n{body}</div></body></html>\n'
    )


def received(case, n, host, ip, when):
    w = format_datetime(when.astimezone(UTC) + timedelta(seconds=2))
    return (
        f"Received: from {host} ({host} [{ip}])\n"
        f"        by mx.example.com with ESMTPS id {hx(case, n, 'rcv', n=12)}\n"
        f"        for <{OWNER}>;\n"
        f"        {w}"
    )


def eml(case, n, headers, body, host="mail.example.net", ip="192.0.2.10", when=None):
    lines = [f"Delivered-To: {OWNER}"]
    if when is not None:
        lines.append(received(case, n, host, ip, when))
    for k, v in headers:
        if v is None:
            continue
        lines.append(f"{k}: {v}")
    lines.append("MIME-Version: 1.0")
    raw = "\n".join(lines) + "\n" + body
    raw = raw.replace("\r\n", "\n").replace("\n", "\r\n")
    assert raw.isascii(), "encode all non-ASCII text"
    return raw.encode("ascii")


def quote(text, when, who):
    when_s = when.strftime("%a, %-d %b %Y at %H:%M")
    q = "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))
    return f"On {when_s}, {who} wrote:\n{q}\n"


# --------------------------------------------------------------------------------------------
# iCalendar building
# --------------------------------------------------------------------------------------------


def ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line):
    out, cur, n = [], "", 0
    for ch in line:
        b = len(ch.encode("utf-8"))
        if n + b > 75:
            out.append(cur)
            cur, n = " ", 1
        cur += ch
        n += b
    out.append(cur)
    return out


def ical(lines):
    res = []
    for l in lines:
        res.extend(fold(l))
    return ("\r\n".join(res) + "\r\n").encode("utf-8")


def cn(name):
    return f'"{name}"' if any(c in name for c in ",;:") else name


def dt_utc(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def dt_loc(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


VTZ = {
    "Europe/London": [
        "BEGIN:VTIMEZONE", "TZID:Europe/London", "X-LIC-LOCATION:Europe/London",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100", "TZNAME:BST",
        "DTSTART:19700329T010000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "TZNAME:GMT",
        "DTSTART:19701025T020000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
        "END:VTIMEZONE",
    ],
    "Europe/Dublin": [
        "BEGIN:VTIMEZONE", "TZID:Europe/Dublin", "X-LIC-LOCATION:Europe/Dublin",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100", "TZNAME:IST",
        "DTSTART:19700329T010000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "TZNAME:GMT",
        "DTSTART:19701025T020000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
        "END:VTIMEZONE",
    ],
    "Asia/Dubai": [
        "BEGIN:VTIMEZONE", "TZID:Asia/Dubai", "X-LIC-LOCATION:Asia/Dubai",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0400", "TZOFFSETTO:+0400", "TZNAME:+04",
        "DTSTART:19700101T000000", "END:STANDARD", "END:VTIMEZONE",
    ],
    "GMT Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:GMT Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T010000", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT",
        "END:VTIMEZONE",
    ],
}

TEAMS_FOOTER = """________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mt}%40thread.v2/0?context=%7b%22Tid%22%3a%22{tid}%22%7d>
Meeting ID: {mid}
Passcode: {pc}
Download Teams<https://www.microsoft.com/en-gb/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________
"""


def teams_bits(case, n):
    mt = base64.b64encode(bytes.fromhex(hx(case, n, "mt", n=36))).decode().replace("/", "x").replace("+", "Q")
    tid = hx(case, n, "tid", n=8) + "-" + hx(case, n, "tid2", n=4) + "-4" + hx(case, n, "tid3", n=3) + "-a" + hx(case, n, "tid4", n=3) + "-" + hx(case, n, "tid5", n=12)
    meeting_id = " ".join(str(int(hx(case, n, "tmid", k, n=6), 16) % 900 + 100) for k in range(4))
    pc = hx(case, n, "tpc", n=6)
    url = f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mt}%40thread.v2/0?context=%7b%22Tid%22%3a%22{tid}%22%7d"
    return TEAMS_FOOTER.format(mt=mt, tid=tid, mid=meeting_id, pc=pc), url


def ms_ics(case, n, organizer, attendees, start, end, summary, location, description, stamp,
           seq=0, teams_url=None, method="REQUEST", status="CONFIRMED"):
    lines = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
    lines += VTZ["GMT Standard Time"]
    lines += ["BEGIN:VEVENT", f"ORGANIZER;CN={cn(organizer[0])}:mailto:{organizer[1]}"]
    for name, email in attendees:
        lines.append(f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={cn(name)}:mailto:{email}")
    lines += [
        f"DESCRIPTION;LANGUAGE=en-GB:{ics_escape(description)}",
        f"UID:{ms_uid(case, n)}",
        f"SUMMARY;LANGUAGE=en-GB:{ics_escape(summary)}",
        f"DTSTART;TZID=GMT Standard Time:{dt_loc(start.astimezone(LON))}",
        f"DTEND;TZID=GMT Standard Time:{dt_loc(end.astimezone(LON))}",
        "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{dt_utc(stamp)}", "TRANSP:OPAQUE",
        f"STATUS:{status}", f"SEQUENCE:{seq}", f"LOCATION;LANGUAGE=en-GB:{ics_escape(location)}",
        f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
        f"X-MICROSOFT-CDO-OWNERAPPTID:{-(int(hx(case, n, 'own', n=7), 16))}",
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1",
        "X-MICROSOFT-CDO-INSTTYPE:0",
    ]
    if teams_url:
        lines += [f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{teams_url}",
                  'X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}']
    lines += ["X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
              f"X-MICROSOFT-LOCATIONDISPLAYNAME:{ics_escape(location)}",
              "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY",
              "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    return ical(lines)


def ms_when(start, end):
    s = start.astimezone(LON)
    e = end.astimezone(LON)
    return f"{s.strftime('%A')}, {s.day} {s.strftime('%B %Y')} {s:%H:%M}-{e:%H:%M}. (UTC+00:00) Dublin, Edinburgh, Lisbon, London"


def ms_invite(case, n, sender, to, cc, date, subject, start, end, location, body, stamp=None,
              teams=True, seq=0, tenant="LO4P265"):
    """Exchange/Outlook meeting request: multipart/alternative (plain QP, html QP, calendar b64)."""
    stamp = stamp or date
    footer, url = teams_bits(case, n) if teams else ("", None)
    when_line = ms_when(start, end)
    plain = f"When: {when_line}\nWhere: {location}\n\n*~*~*~*~*~*~*~*~*~*\n\n{body.strip()}\n\n{footer}"
    attendees = [(OWNER_NAME, OWNER) if a[1] == OWNER else a for a in to + cc]
    ics = ms_ics(case, n, sender, attendees, start, end, subject, location, plain, stamp, seq=seq,
                 teams_url=url)
    bnd = b_outlook(case, n)
    body_mime = multi("alternative", bnd, [
        leaf('text/plain; charset="utf-8"', plain),
        leaf('text/html; charset="utf-8"', to_html(plain, font="Aptos, Calibri, sans-serif")),
        leaf('text/calendar; charset="utf-8"; method=REQUEST', data=ics, enc="base64"),
    ])
    thread_index = base64.b64encode(bytes.fromhex(hx(case, n, "ti", n=44))).decode()
    headers = [
        ("Return-Path", f"<{sender[1]}>"),
        ("From", addr(*sender)),
        ("To", ", ".join(addr(*a) for a in to)),
        ("Cc", ", ".join(addr(*a) for a in cc) if cc else None),
        ("Subject", subj(subject)),
        ("Thread-Topic", subj(subject)),
        ("Thread-Index", thread_index),
        ("Date", format_datetime(date)),
        ("Message-ID", mid_outlook(case, n, tenant)),
        ("Accept-Language", "en-GB, en-US"),
        ("Content-Language", "en-GB"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("Content-class", "urn:content-classes:calendarmessage"),
        ("x-ms-exchange-calendar-series-instance-id", base64.b64encode(bytes.fromhex(hx(case, n, "sid", n=40))).decode()),
        ("x-ms-publictraffictype", "Email"),
    ]
    return eml(case, n, headers, body_mime, host=f"{tenant}CU001.outbound.protection.outlook.com",
               ip="40.107.23.61", when=date)


def google_ics(uid, organizer, attendees, start, end, summary, description, location, stamp, seq=0,
               meet=None, method="REQUEST", status="CONFIRMED"):
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
             "CALSCALE:GREGORIAN", f"METHOD:{method}", "BEGIN:VEVENT",
             f"DTSTART:{dt_utc(start)}", f"DTEND:{dt_utc(end)}", f"DTSTAMP:{dt_utc(stamp)}",
             f"ORGANIZER;CN={cn(organizer[0])}:mailto:{organizer[1]}", f"UID:{uid}"]
    for name, email, partstat in attendees:
        lines.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={partstat};RSVP=TRUE;CN={cn(name)};X-NUM-GUESTS=0:mailto:{email}")
    if meet:
        lines.append(f"X-GOOGLE-CONFERENCE:https://meet.google.com/{meet}")
    desc = description
    if meet:
        desc += f"\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nJoin with Google Meet: https://meet.google.com/{meet}\n\nLearn more about Meet at: https://support.google.com/a/users/answer/9282720\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"
    lines += [f"CREATED:{dt_utc(stamp - timedelta(minutes=3))}", f"DESCRIPTION:{ics_escape(desc)}",
              f"LAST-MODIFIED:{dt_utc(stamp)}", f"LOCATION:{ics_escape(location)}", f"SEQUENCE:{seq}",
              f"STATUS:{status}", f"SUMMARY:{ics_escape(summary)}", "TRANSP:OPAQUE",
              "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder",
              "TRIGGER:-P0DT0H30M0S", "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    return ical(lines)


def google_invite(case, n, organizer, date, title, start, end, guests, description, location="",
                  meet=None, uid=None, seq=0, subject_prefix="Invitation", tzlabel="Greenwich Mean Time - London"):
    """Google Calendar invitation: multipart/mixed(alternative(plain, html, calendar), invite.ics)."""
    uid = uid or f"{hx(case, n, 'guid', n=26)}@google.com"
    s_l, e_l = start.astimezone(LON), end.astimezone(LON)
    short = f"{s_l.strftime('%a')} {s_l.day} {s_l.strftime('%b %Y')} {s_l:%H:%M} - {e_l:%H:%M} ({'BST' if _off(s_l) == '+0100' else 'GMT'})"
    longwhen = f"{s_l.strftime('%A')} {s_l.day} {s_l.strftime('%B %Y')} ⋅ {s_l:%H:%M} – {e_l:%H:%M} ({tzlabel})"
    subject = f"{subject_prefix}: {title} @ {short} ({OWNER})"
    guest_lines = "\n".join(f"{g[0]}{' - organiser' if g[1] == organizer[1] else ''}\n{g[1]}" for g in guests)
    meet_txt = f"Join with Google Meet\nhttps://meet.google.com/{meet}\n\nJoin by phone\n(GB) +44 20 3956 {int(hx(case, n, 'ph', n=4), 16) % 9000 + 1000}\nPIN: {int(hx(case, n, 'pin', n=8), 16) % 900000000 + 100000000}\n\n" if meet else ""
    loc_txt = f"{location}\n\n" if location else ""
    plain = (
        f"{title}\n{longwhen}\n\n{loc_txt}{meet_txt}"
        f"{description.strip()}\n\n"
        f"Organiser\n{organizer[0]}\n{organizer[1]}\n\nGuests\n{guest_lines}\n"
        f"View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid={hx(case, n, 'eid', n=40)}\n\n"
        f"Reply for {OWNER}\nYes\nNo\nMaybe\nMore options https://calendar.google.com/calendar/event?action=VIEW&eid={hx(case, n, 'eid', n=40)}\n\n"
        "Invitation from Google Calendar\n\n"
        f"You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.\n"
    )
    atts = [(g[0], g[1], "ACCEPTED" if g[1] == organizer[1] else "NEEDS-ACTION") for g in guests]
    ics = google_ics(uid, organizer, atts, start, end, title, description.strip(), location, date, seq=seq, meet=meet)
    inner = multi("alternative", b_google(case, n, 2), [
        leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', plain, enc="base64"),
        leaf('text/html; charset="UTF-8"', to_html(plain, font="Roboto, Helvetica, Arial, sans-serif", size="14px")),
        leaf('text/calendar; charset="UTF-8"; method=REQUEST', data=ics, enc="7bit"),
    ])
    body = multi("mixed", b_google(case, n, 1), [
        inner,
        leaf('application/ics; name="invite.ics"', data=ics, enc="base64",
             extra=['Content-Disposition: attachment; filename="invite.ics"']),
    ])
    headers = [
        ("Return-Path", f"<{organizer[1]}>"),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("From", addr(*organizer)),
        ("Reply-To", addr(*organizer)),
        ("To", OWNER),
        ("Subject", subj(subject)),
        ("Date", format_datetime(date.astimezone(UTC))),
        ("Message-ID", mid_google_cal(case, n)),
    ]
    return eml(case, n, headers, body, host="mail-sor-f69.google.com", ip="209.85.220.69", when=date), uid


def gdt(dt):
    s = dt.isoformat()
    return s[:-6] + "Z" if s.endswith("+00:00") else s


def gcal_json(obj):
    return (json.dumps(obj, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def simple_mail(case, n, sender, date, subject, plain, to=None, cc=None, reply_to=None, mid=None,
                in_reply_to=None, references=None, html=False, html_enc="quoted-printable",
                plain_enc="quoted-printable", extra_headers=(), host="mail.example.net", ip="192.0.2.10",
                attachments=(), bnd_style="part", html_text=None):
    """Human or system mail: text/plain (+ optional HTML alternative) (+ optional attachments)."""
    parts_alt = [leaf('text/plain; charset="UTF-8"', plain, enc=plain_enc)]
    if html:
        parts_alt.append(leaf('text/html; charset="UTF-8"', html_text or to_html(plain), enc=html_enc))
    bfun = (lambda k: b_google(case, n, k)) if bnd_style == "google" else (lambda k: b_part(case, n, k))
    body = parts_alt[0] if len(parts_alt) == 1 else multi("alternative", bfun(1), parts_alt)
    if attachments:
        body = multi("mixed", bfun(0), [body] + [
            leaf(ct, data=data, enc="base64", extra=[f'Content-Disposition: attachment; filename="{fn}"'])
            for ct, fn, data in attachments])
    headers = [("Return-Path", f"<{sender[1]}>"), ("From", addr(*sender)),
               ("Reply-To", addr(*reply_to) if reply_to else None),
               ("To", ", ".join(addr(*a) for a in (to or [(OWNER_NAME, OWNER)]))),
               ("Cc", ", ".join(addr(*a) for a in cc) if cc else None),
               ("Subject", subj(subject)), ("Date", format_datetime(date)),
               ("Message-ID", mid or mid_plain(case, n, sender[1].split("@")[1])),
               ("In-Reply-To", in_reply_to), ("References", references)] + list(extra_headers)
    return eml(case, n, headers, body, host=host, ip=ip, when=date)


def ics_attachment_event(prodid, uid, organizer, attendees, start, end, summary, description, location,
                         stamp, tzid=None, method="REQUEST", seq=0, utc=False, extra=()):
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN", f"METHOD:{method}"]
    if tzid and not utc:
        lines += VTZ[tzid]
    lines += ["BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{dt_utc(stamp)}"]
    if utc:
        lines += [f"DTSTART:{dt_utc(start)}", f"DTEND:{dt_utc(end)}"]
    else:
        z = ZoneInfo(tzid)
        lines += [f"DTSTART;TZID={tzid}:{dt_loc(start.astimezone(z))}", f"DTEND;TZID={tzid}:{dt_loc(end.astimezone(z))}"]
    lines += [f"SUMMARY:{ics_escape(summary)}", f"DESCRIPTION:{ics_escape(description)}",
              f"LOCATION:{ics_escape(location)}", f"ORGANIZER;CN={cn(organizer[0])}:mailto:{organizer[1]}"]
    for name, email in attendees:
        lines.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={cn(name)}:mailto:{email}")
    lines += [f"SEQUENCE:{seq}", "STATUS:CONFIRMED", "TRANSP:OPAQUE"] + list(extra) + ["END:VEVENT", "END:VCALENDAR"]
    return ical(lines)


def interview(company, role, start, end, status, interviewers, followups, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end) if end else None,
            "status": status, "interviewer_emails": list(interviewers),
            "followup_recipients": list(followups), "kind": kind}


def label(interviews, difficulty, category, notes):
    return {"user": OWNER, "interview": bool(interviews), "interviews": interviews,
            "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}


PRIYA = (OWNER_NAME, OWNER)
PRIYA_SIG = "Priya Shah\nTeacher of Mathematics | KS3 Maths Coordinator\n07700 900418"
CASES = []


def case(fn):
    CASES.append(fn)
    return fn


# ============================================================================================
# Cases 01-08
# ============================================================================================


@case
def c01():
    C = "b308-01"
    claim(2026, 10, 14, "Wednesday"); claim(2026, 10, 26, "Monday"); claim(2026, 10, 16, "Friday")
    claim(2026, 10, 22, "Thursday"); claim(2026, 10, 27, "Tuesday"); claim(2026, 11, 2, "Monday")
    claim(2026, 11, 19, "Thursday"); claim(2026, 10, 15, "Thursday")
    d = at(2026, 10, 14, 7, 2, 11, expect="+0100")
    plain = """Hi Priya,

6 new jobs match your alert "Head of Mathematics - within 20 miles of Manchester M20".

1. Head of Mathematics
   Oldfield Cross High School, Bolton
   MPS/UPS + TLR 1b | Permanent, full time | Start: April 2027
   Closing date: Monday 26 October 2026, 9am. Interviews: w/c 9 November.

2. Curriculum Leader - Mathematics
   Aire Valley Sixth Form College, Leeds
   Lecturer scale + management allowance | Permanent
   Closing date: Friday 16 October 2026. First-stage interviews will be held online on Thursday 22 October.

3. Head of Maths (maternity cover, 12 months)
   Moorcroft Vale School, Stockport
   TLR 2c | Fixed term | Start: January 2027
   Closing date: Tuesday 27 October 2026. Early applications encouraged - the school may interview before the closing date.

4. Second in Mathematics
   Gatley Brook Academy (Irwell Valley Academy Trust), Manchester
   MPS/UPS + TLR 2b | Permanent
   Closing date: Monday 2 November 2026.

5. Head of Maths
   Kingsway Park High School, Stockport
   TLR 1b | Permanent | Start: April 2027
   Closing date: Monday 2 November 2026. Interview day: Thursday 19 November.

6. Maths Learning Content Lead (EdTech)
   Numberloom, London (hybrid, 1 day a week in the office)
   GBP 48,000 - 55,000 + share options
   Apply by: rolling

View all 6 jobs: https://www.teachvault.example/jobs/alerts/7Q2MX?utm_source=alert&utm_medium=email

--
Free webinar: "Nailing the interview lesson" with a former Ofsted inspector - Thursday 15 October, 7pm. Save your place: https://www.teachvault.example/events/interview-lesson

You are receiving this email because you created a job alert on Teachvault. Manage alerts: https://www.teachvault.example/account/alerts | Unsubscribe: https://www.teachvault.example/u/7Q2MX
Teachvault Ltd, 1 Quay Street, Manchester M3 3ZZ
"""
    html = to_html(plain, font="Helvetica, Arial, sans-serif", size="15px")
    m = simple_mail(C, 1, ("Teachvault Jobs", "alerts@teachvault.example"), d,
                    "6 new Head of Maths jobs near Manchester", plain, html=True, html_enc="base64",
                    extra_headers=[("List-Unsubscribe", "<https://www.teachvault.example/u/7Q2MX>"),
                                   ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                                   ("X-Mailer", "Teachvault Alerts 4.2")],
                    host="o12.email.teachvault.example", ip="198.51.100.21")
    return "b308-01-teachvault-job-alert", [("01-teachvault-head-of-maths-alert.eml", m)], label(
        [], "easy", "negative/job-alert",
        "Job-board alert listing HoD vacancies with closing dates and interview weeks; nothing is booked for the user.")


@case
def c02():
    C = "b308-02"
    claim(2026, 10, 20, "Tuesday"); claim(2026, 11, 3, "Tuesday"); claim(2026, 11, 2, "Monday")
    claim(2026, 10, 23, "Friday")
    d = at(2026, 10, 20, 11, 4, 37, expect="+0100")
    janet = ("Janet Whitlow", "j.whitlow@chorltonbrook.example")
    head = ("Rosalind Fairbairn", "r.fairbairn@chorltonbrook.example")
    dep = ("Imran Qureshi", "i.qureshi@chorltonbrook.example")
    plain = """Dear Priya,

Head of Mathematics (TLR 1b) - Chorlton Brook High School

Thank you for your application. I am pleased to let you know that you have been shortlisted, and we would like to invite you to our interview day on Tuesday 3rd November 2026.

The programme for the day is as follows:

09:00  Taught lesson - you will teach a 30-minute lesson to a Year 9 class (set 2 of 5, 28 students) on a topic of your choice from our Year 9 scheme of work. Mr Imran Qureshi, Deputy Headteacher, will observe.
09:45  Data task - a written task analysing a set of anonymised Year 11 mock results (45 minutes, laptop provided).
10:45  Break, and a tour of the school with two of our Year 10 Maths Ambassadors.
11:15  Student panel - a conversation with six students from Years 8 to 12.
12:15  Lunch with the maths department.
14:30  Formal interview with the Headteacher, Mrs Rosalind Fairbairn, Mr Qureshi and a member of the Local Governing Body (approximately 45 minutes).

So, to confirm: your formal interview is on Tuesday 3rd November at half past two, and we would expect the day to have finished by about a quarter past three. As is common practice, we may ask some candidates to leave after lunch; if so, Mrs Fairbairn will let you know personally.

For your lesson, please email any slides to me by 9 a.m. on Monday 2nd November so that we can load them onto the classroom PC, and bring 30 printed copies of any resources. The class teacher will provide a seating plan with SEND and EAL information on the morning.

Please bring photo ID (passport or photocard driving licence) and your original degree and QTS certificates, which we will copy on the day for our Single Central Record.

Could you let me know by Friday 23rd October whether you are able to attend, and whether you have any access requirements?

Kind regards,

Janet Whitlow
HR & Recruitment Officer
Chorlton Brook High School
Brookside Road, Manchester M21 7ZZ
0161 496 0123
"""
    m = simple_mail(C, 1, janet, d, "Head of Mathematics - invitation to interview day, Tuesday 3rd November",
                    plain, cc=[head, dep], html=True,
                    mid=mid_outlook(C, 1, "CWLP123"), host="CWLP123CU002.outbound.protection.outlook.com",
                    ip="40.107.20.77")
    s = at(2026, 11, 3, 9, 0, expect="+0000")
    e = at(2026, 11, 3, 15, 15, expect="+0000")
    return "b308-02-chorlton-brook-interview-day-body", [("01-chorlton-brook-invitation-to-interview.eml", m)], label(
        [interview("Chorlton Brook High School", "Head of Mathematics", s, e, "scheduled",
                   [head[1], dep[1]], [head[1], dep[1]], "onsite")],
        "medium", "positive/email-body-only",
        "School interview day only in the e-mail body: taught Year 9 lesson 09:00 (first session) to formal "
        "interview at half past two lasting ~45 minutes -> one onsite interview 09:00-15:15 GMT (after the 25 Oct "
        "clock change). Head and deputy (both Cc'd) conduct it; the HR officer only coordinates.")


@case
def c03():
    C = "b308-03"
    claim(2026, 10, 12, "Monday"); claim(2026, 10, 22, "Thursday")
    d = at(2026, 10, 12, 13, 22, 10, tz=UTC, expect="+0000")
    shelley = ("Shelley Marsden", "s.marsden@airevalleycollege.example")
    owen = ("Dr Owen Hargreaves", "o.hargreaves@airevalleycollege.example")
    lucy = ("Lucy Brennan", "l.brennan@airevalleycollege.example")
    s = at(2026, 10, 22, 10, 0, expect="+0100")
    e = at(2026, 10, 22, 10, 45, expect="+0100")
    body = """Dear Priya,

Thank you for your application for the post of Curriculum Leader - Mathematics. I'm pleased to invite you to a first-stage online interview with Dr Owen Hargreaves (Vice Principal, Curriculum and Quality) and Lucy Brennan (Head of Faculty, Maths & Computing).

The interview will last 45 minutes and will take place on Microsoft Teams. There's no presentation at this stage; the panel would like to talk about your experience of A level teaching and GCSE resits, and how you support colleagues who are new to teaching post-16 students.

Candidates who are successful at this stage will be invited to an on-site assessment at our Headingley campus in November (date to be confirmed).

I'm looking after the arrangements but won't be on the call myself. If you have any trouble joining on the day, please ring me on 0113 496 0871.

Best wishes,
Shelley

Shelley Marsden | HR Adviser (Recruitment)
Aire Valley Sixth Form College, Leeds
"""
    m = ms_invite(C, 1, shelley, [PRIYA, owen, lucy], [], d,
                  "Online interview: Curriculum Leader - Mathematics (Priya Shah)", s, e,
                  "Microsoft Teams Meeting", body, tenant="DB9P191")
    return "b308-03-aire-valley-teams-bst-label", [("01-aire-valley-online-interview-invite.eml", m)], label(
        [interview("Aire Valley Sixth Form College", "Curriculum Leader - Mathematics", s, e, "scheduled",
                   [owen[1], lucy[1]], [owen[1], lucy[1]], "onsite")],
        "hard", "positive/exchange-teams",
        "Teams invite with TZID 'GMT Standard Time' and the display label '(UTC+00:00) Dublin, Edinburgh, Lisbon, "
        "London', but 22 Oct is still BST -> 10:00+01:00. Two-person panel (onsite by the rules); HR adviser is "
        "organiser only.")


@case
def c04():
    C = "b308-04"
    claim(2026, 10, 30, "Friday"); claim(2026, 11, 6, "Friday"); claim(2026, 11, 16, "Monday")
    claim(2026, 11, 13, "Friday")
    d = at(2026, 10, 30, 22, 41, 5, expect="+0000")
    plain = """Dear Priya Shah,

Thank you for submitting your application for the following vacancy.

Job title:   Head of Mathematics (TLR 1b)
School:      Clough Lane High School
Reference:   MBC-ED-26-4471
Submitted:   30/10/2026 22:41

What happens next
The school will shortlist applications after the closing date (Friday 6 November 2026). Shortlisted candidates will be contacted by the school and invited to interview, which is currently planned for Monday 16 November 2026. If you have not heard from the school by Friday 13 November 2026, please assume that on this occasion your application has not been successful.

In line with Keeping Children Safe in Education, references will be requested for all shortlisted candidates before interview.

You can track the progress of your application at any time by signing in to your account on the Millbrook Council jobs portal: https://jobs.millbrook-council.example/candidate/applications

This is an automated message from an unmonitored mailbox - please do not reply. For questions about the post, please contact the school directly.

Millbrook Council | People and Organisational Development | Schools HR Service
"""
    m = simple_mail(C, 1, ("Millbrook Council Schools Recruitment", "no-reply@jobs.millbrook-council.example"), d,
                    "Application received - Head of Mathematics, Clough Lane High School (Ref: MBC-ED-26-4471)",
                    plain, host="smtp-out.jobs.millbrook-council.example", ip="203.0.113.44",
                    extra_headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")])
    return "b308-04-council-portal-application-received", [("01-application-received-clough-lane.eml", m)], label(
        [], "easy", "negative/application-received",
        "Local-authority portal acknowledgement; mentions the planned interview date for shortlisted candidates "
        "but the user has not been invited.")


@case
def c05():
    C = "b308-05"
    claim(2026, 10, 15, "Thursday"); claim(2026, 10, 21, "Wednesday"); claim(2026, 10, 22, "Thursday")
    claim(2026, 11, 5, "Thursday")
    hattie = ("Hattie Collingwood", "hattie@numberloom.example")
    marcus = ("Marcus Oyelaran", "marcus.oyelaran@numberloom.example")
    funmi = ("Funmi Adeyemi", "funmi.adeyemi@numberloom.example")
    role = "Maths Curriculum Content Lead"
    # 01 Workable confirmation with .ics (first-stage call, BST)
    d1 = at(2026, 10, 15, 9, 41, 52, tz=UTC, expect="+0000")
    s1 = at(2026, 10, 21, 13, 0, expect="+0100")
    e1 = at(2026, 10, 21, 13, 30, expect="+0100")
    plain1 = """Hi Priya,

Thanks for choosing a time. Your first-stage call for the Maths Curriculum Content Lead role at Numberloom is booked.

Date: Wednesday, October 21, 2026
Time: 1:00 PM - 1:30 PM (GMT+01:00) Europe/London
Type: Phone call
With: Hattie Collingwood, Talent Partner

Hattie will call you on the number in your application (+44 7700 900418). If you need to change the time, just reply to this email and Hattie will get back to you.

A calendar invitation is attached.

Good luck!
The Numberloom hiring team

--
Powered by Workable
"""
    ics1 = ics_attachment_event("-//Workable//Workable Calendar 1.0//EN", f"wk-{hx(C, 1, 'uid', n=20)}@workable.com",
                                hattie, [PRIYA, hattie], s1, e1,
                                "Phone call: Priya Shah / Numberloom (Maths Curriculum Content Lead)",
                                "First-stage call with Hattie Collingwood (Talent Partner). Hattie will call +44 7700 900418.",
                                "Phone call", d1, tzid="Europe/London")
    m1 = simple_mail(C, 1, ("Numberloom", "noreply@candidates.workablemail.com"), d1,
                     "Interview scheduled: Maths Curriculum Content Lead at Numberloom", plain1,
                     reply_to=hattie, html=True, attachments=[('text/calendar; charset="UTF-8"; method=REQUEST; name="invite.ics"', "invite.ics", ics1)],
                     host="mail-out.workablemail.com", ip="198.51.100.77")
    # 02 human follow-up proposing the case study presentation
    d2 = at(2026, 10, 22, 16, 5, 18, expect="+0100")
    plain2 = """Hi Priya,

Thanks again for yesterday - I really enjoyed hearing about the intervention programme you built for your Year 10s, and the team were keen when I played back my notes.

We'd like to invite you to the final stage, which is a case study presentation. The brief:

"A large multi-academy trust is piloting Numberloom's adaptive practice with Year 8. After one term, usage is high in four schools and very low in three. Using the (fictional) data in the sheet below, tell us what you think is happening and which content or product changes you would prioritise for next term."

Data: https://numberloom.example/cs/b7e2 (password: year8pilot)

You'll have 15 minutes to present - slides are optional, whatever you'd do in a department meeting is fine - followed by around 45 minutes of questions and discussion with Marcus Oyelaran, our Head of Product, and Dr Funmi Adeyemi, our Lead Learning Designer. It'll be on Google Meet.

I've pencilled in Thursday 5th November, 11:00-12:00 UK time, as you mentioned that you could take that morning off. I'll send a calendar invitation in a moment - shout if it doesn't work.

Best,
Hattie

Hattie Collingwood
Talent Partner, Numberloom
numberloom.example/careers
"""
    m2 = simple_mail(C, 2, hattie, d2, "Numberloom - next stage (case study presentation)", plain2,
                     mid=mid_gmail(C, 2), host="mail-sor-f41.google.com", ip="209.85.220.41")
    # 03 Google Calendar invitation (GMT, after the clock change)
    d3 = at(2026, 10, 22, 15, 20, 41, tz=UTC, expect="+0000")
    s2 = at(2026, 11, 5, 11, 0, expect="+0000")
    e2 = at(2026, 11, 5, 12, 0, expect="+0000")
    desc = ("Case study presentation for the Maths Curriculum Content Lead role.\n"
            "15 minutes presenting, then Q&A with Marcus (Head of Product) and Funmi (Lead Learning Designer).\n"
            "Brief and data: https://numberloom.example/cs/b7e2")
    title = "Numberloom case study presentation - Priya Shah"
    m3, uid = google_invite(C, 3, hattie, d3, title, s2, e2,
                            [hattie, marcus, funmi, (OWNER, OWNER)], desc, meet="vqe-hwmk-tzp")
    # 04 Calendar API event of the same invitation
    ev = {
        "kind": "calendar#event",
        "etag": f"\"{int(hx(C, 4, 'etag', n=12), 16)}\"",
        "id": uid.split("@")[0],
        "status": "confirmed",
        "htmlLink": f"https://www.google.com/calendar/event?eid={hx(C, 4, 'eid', n=40)}",
        "created": "2026-10-22T15:20:38.000Z",
        "updated": "2026-10-22T18:02:11.412Z",
        "summary": title,
        "description": desc,
        "creator": {"email": hattie[1], "displayName": hattie[0]},
        "organizer": {"email": hattie[1], "displayName": hattie[0]},
        "start": {"dateTime": gdt(s2), "timeZone": "Europe/London"},
        "end": {"dateTime": gdt(e2), "timeZone": "Europe/London"},
        "iCalUID": uid,
        "sequence": 0,
        "attendees": [
            {"email": hattie[1], "displayName": hattie[0], "organizer": True, "responseStatus": "accepted"},
            {"email": marcus[1], "displayName": marcus[0], "responseStatus": "accepted"},
            {"email": funmi[1], "displayName": funmi[0], "responseStatus": "tentative"},
            {"email": OWNER, "displayName": OWNER_NAME, "self": True, "responseStatus": "accepted"},
        ],
        "hangoutLink": "https://meet.google.com/vqe-hwmk-tzp",
        "conferenceData": {
            "entryPoints": [{"entryPointType": "video", "uri": "https://meet.google.com/vqe-hwmk-tzp",
                             "label": "meet.google.com/vqe-hwmk-tzp"}],
            "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet"},
            "conferenceId": "vqe-hwmk-tzp",
        },
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    items = [("01-workable-first-stage-call.eml", m1), ("02-hattie-next-stage-case-study.eml", m2),
             ("03-invitation-case-study-presentation.eml", m3), ("04-case-study-presentation.gcal.json", gcal_json(ev))]
    return "b308-05-numberloom-call-and-case-study", items, label(
        [interview("Numberloom", role, s1, e1, "scheduled", [hattie[1]], [hattie[1]], "phone_screen"),
         interview("Numberloom", role, s2, e2, "scheduled", [marcus[1], funmi[1]], [marcus[1], funmi[1]], "onsite")],
        "hard", "positive/two-interviews",
        "London edtech: Workable first-stage phone call 21 Oct 13:00 BST (talent partner conducts it), then a case "
        "study presentation 5 Nov 11:00 GMT announced by mail, Google invite (UTC times) and Calendar API event -> "
        "two interviews, the second deduplicated across three channels. Offsets differ across the 25 Oct change.")


@case
def c06():
    C = "b308-06"
    claim(2026, 10, 13, "Tuesday"); claim(2026, 10, 15, "Thursday")
    d = at(2026, 10, 13, 7, 30, 0, expect="+0100")
    plain = """Dear Ms Shah,

Here is your appointment schedule for Year 11 Parents' Evening on Thursday 15 October 2026 (16:30 - 19:30, Sports Hall, table 14).

You have 10 appointments (8 in person, 2 by video). Each appointment lasts 5 minutes.

16:30  Mrs A Whitworth - Callum Whitworth (11M2)
16:35  Mr & Mrs Hussain - Zara Hussain (11M1)
16:40  Ms K Doyle - Ellie Doyle (11M2)
16:50  Mr T Nowak - Oskar Nowak (11M1) [video]
17:05  Mrs S Ahmed - Idris Ahmed (11M3)
17:30  Mr P Greenhalgh - Leah Greenhalgh (11M2)
17:45  Ms R Campbell - Jayden Campbell (11M3) [video]
18:20  Mrs L Byrne - Aoife Byrne (11M1)
18:40  Mr D Olawale - Tobi Olawale (11M2)
19:05  Mrs J Ferguson - Lewis Ferguson (11M3)

Video appointments: open the Teacher Dashboard on a device with a camera and the call will connect automatically at the booked time. If a parent is late, the call will still end at the end of the slot.

Please log any follow-up actions in the pupil's record after the evening.

Gorton Vale High School - Parents' Evening Booking
This message was sent by an automated system.
"""
    m = simple_mail(C, 1, ("Gorton Vale Parents' Evening Booking", "noreply@parentsbooking.example"), d,
                    "Your appointment schedule: Year 11 Parents' Evening (Thursday 15 October)", plain,
                    host="out.parentsbooking.example", ip="203.0.113.90",
                    extra_headers=[("Auto-Submitted", "auto-generated")])
    s = at(2026, 10, 15, 16, 0, expect="+0100")
    e = at(2026, 10, 15, 19, 30, expect="+0100")
    ev = {
        "kind": "calendar#event",
        "etag": f"\"{int(hx(C, 2, 'etag', n=12), 16)}\"",
        "id": hx(C, 2, "id", n=26),
        "status": "confirmed",
        "htmlLink": f"https://www.google.com/calendar/event?eid={hx(C, 2, 'eid', n=40)}",
        "created": "2026-09-28T19:12:04.000Z",
        "updated": "2026-10-12T20:41:37.220Z",
        "summary": "Y11 Parents' Evening - Maths dept (I'm running it)",
        "description": ("Maths tables 14-17 in the Sports Hall. Set up from 16:00, first appointments 16:30.\n"
                        "I'll bring the Y11 mock data sheets and the revision guide order forms.\n"
                        "Please check your booking-system schedule the day before and flag any clashes to me. - Priya"),
        "location": "Gorton Vale High School, Sports Hall",
        "creator": {"email": OWNER, "displayName": OWNER_NAME, "self": True},
        "organizer": {"email": OWNER, "displayName": OWNER_NAME, "self": True},
        "start": {"dateTime": gdt(s), "timeZone": "Europe/London"},
        "end": {"dateTime": gdt(e), "timeZone": "Europe/London"},
        "iCalUID": f"{hx(C, 2, 'id', n=26)}@google.com",
        "sequence": 1,
        "attendees": [
            {"email": OWNER, "displayName": OWNER_NAME, "organizer": True, "self": True, "responseStatus": "accepted"},
            {"email": "d.dunmore@gortonvale.example", "displayName": "Dan Dunmore", "responseStatus": "accepted"},
            {"email": "a.kowalczyk@gortonvale.example", "displayName": "Ania Kowalczyk", "responseStatus": "accepted"},
            {"email": "r.singh@gortonvale.example", "displayName": "Ravi Singh", "responseStatus": "needsAction"},
        ],
        "reminders": {"useDefault": False, "overrides": [{"method": "popup", "minutes": 60}]},
        "eventType": "default",
    }
    return "b308-06-parents-evening-she-runs", [("01-parents-evening-appointment-schedule.eml", m),
                                                ("02-y11-parents-evening.gcal.json", gcal_json(ev))], label(
        [], "medium", "negative/own-work-event",
        "Parents' evening the user runs as a teacher: booking-system schedule of parent appointments plus her own "
        "Calendar API event (organiser, self). Timed 'appointments' but no job interview.")


@case
def c07():
    C = "b308-07"
    claim(2026, 10, 22, "Thursday"); claim(2026, 10, 27, "Tuesday"); claim(2026, 10, 28, "Wednesday")
    claim(2026, 10, 23, "Friday")
    niamh = ("Niamh Gallagher", "niamh.gallagher@liffeylearning.example")
    ciaran = ("Ciarán Ó Dálaigh", "ciaran.odalaigh@liffeylearning.example")
    d1 = at(2026, 10, 22, 10, 12, 33, tz=DUB, expect="+0100")
    t1 = """Hi Priya,

Thanks so much for applying for the Learning Designer (Secondary Maths) role - your cover letter about teaching ratio with recipe cards went round the whole team!

The next step is a 45-minute video call with Ciarán Ó Dálaigh, our Head of Learning Design. It's a conversation about your teaching and how you think about sequencing a topic, and Ciarán will walk you through one of our Junior Cycle units on screen (no prep needed).

Would either of these suit?
- Tuesday 27th October, 11:00 Irish time
- Wednesday 28th October, 11:00 Irish time

(Irish time is the same as UK time, so that's 11:00 for you in Manchester as well.)

All the best,
Niamh

Niamh Gallagher
Talent Lead | Liffey Learning
Grand Canal Quay, Dublin 2
"""
    id1 = mid_gmail(C, 1)
    m1 = simple_mail(C, 1, niamh, d1, "Liffey Learning - Learning Designer (Secondary Maths)", t1, mid=id1,
                     host="mail-sor-f73.google.com", ip="209.85.220.73")
    d2 = at(2026, 10, 22, 12, 40, 9, expect="+0100")
    t2 = f"""Hi Niamh,

Thank you - that's lovely to hear! Wednesday 28th at 11:00 would be perfect. It's half-term here that week, so either day would have worked, but Wednesday is slightly better for me.

Best wishes,
Priya

{quote(t1, d1, 'Niamh Gallagher <niamh.gallagher@liffeylearning.example>')}"""
    id2 = mid_gmail(C, 2)
    m2 = simple_mail(C, 2, PRIYA, d2, "Re: Liffey Learning - Learning Designer (Secondary Maths)", t2,
                     to=[niamh], mid=id2, in_reply_to=id1, references=id1)
    d3 = at(2026, 10, 23, 9, 5, 47, tz=DUB, expect="+0100")
    t3 = f"""Perfect - Wednesday it is. Ciarán is looking forward to it.

You'll get a confirmation from Teamtailor in a moment with the Google Meet link and a calendar invite.

Niamh

{quote(t2, d2, 'Priya Shah <priya.shah@example.com>')}"""
    id3 = mid_gmail(C, 3)
    m3 = simple_mail(C, 3, niamh, d3, "Re: Liffey Learning - Learning Designer (Secondary Maths)", t3,
                     mid=id3, in_reply_to=id2, references=f"{id1} {id2}", host="mail-sor-f73.google.com",
                     ip="209.85.220.73")
    d4 = at(2026, 10, 23, 8, 6, 10, tz=UTC, expect="+0000")
    s = at(2026, 10, 28, 11, 0, tz=DUB, expect="+0000")
    e = at(2026, 10, 28, 11, 45, tz=DUB, expect="+0000")
    t4 = """Hi Priya,

Your interview with Liffey Learning has been confirmed.

Job: Learning Designer (Secondary Maths)
When: Wednesday 28 October 2026, 11:00 - 11:45 (Europe/Dublin)
Where: Google Meet - https://meet.google.com/ksd-pqrf-wna
Interviewer: Ciarán Ó Dálaigh

Add it to your calendar: the attached .ics file works with Outlook, Google Calendar and Apple Calendar.

Need to reschedule? Reply to this email and it will reach Niamh Gallagher.

Kind regards,
Liffey Learning

Sent with Teamtailor
"""
    ics = ics_attachment_event("-//Teamtailor//Interview//EN", f"tt-interview-{hx(C, 4, 'uid', n=18)}@teamtailor.com",
                               niamh, [PRIYA, ciaran], s, e,
                               "Interview: Priya Shah - Learning Designer (Secondary Maths)",
                               "Video interview with Ciarán Ó Dálaigh, Head of Learning Design.\nGoogle Meet: https://meet.google.com/ksd-pqrf-wna",
                               "https://meet.google.com/ksd-pqrf-wna", d4, tzid="Europe/Dublin")
    m4 = simple_mail(C, 4, ("Liffey Learning", "no-reply@teamtailor-mail.com"), d4,
                     "Interview confirmed - Learning Designer (Secondary Maths)", t4, reply_to=niamh, html=True,
                     html_enc="base64", attachments=[('text/calendar; charset="UTF-8"; method=REQUEST; name="interview.ics"', "interview.ics", ics)],
                     host="mail.teamtailor-mail.com", ip="198.51.100.140")
    return "b308-07-liffey-thread-then-teamtailor", [
        ("01-niamh-proposes-two-slots.eml", m1), ("02-priya-picks-wednesday.eml", m2),
        ("03-niamh-confirms.eml", m3), ("04-teamtailor-interview-confirmed.eml", m4)], label(
        [interview("Liffey Learning", "Learning Designer (Secondary Maths)", s, e, "scheduled",
                   [ciaran[1]], [ciaran[1]], "hiring_manager")],
        "medium", "positive/thread-propose-confirm",
        "Dublin edtech: two slots proposed in 'Irish time' (mail sent in IST +0100), the user picks Wednesday, "
        "Teamtailor confirms with a Europe/Dublin .ics. After 25 Oct Dublin is +00:00. One interview, the "
        "rejected Tuesday slot is not an interview.")


@case
def c08():
    C = "b308-08"
    claim(2026, 10, 19, "Monday"); claim(2026, 10, 27, "Tuesday"); claim(2026, 10, 25, "Sunday")
    claim(2026, 10, 20, "Tuesday")
    leena = ("Leena Haddad", "leena.haddad@marinaheights.example")
    pell = ("Jonathan Pell", "jonathan.pell@marinaheights.example")
    s = at(2026, 10, 27, 16, 0, tz=DXB, expect="+0400")
    e = at(2026, 10, 27, 17, 0, tz=DXB, expect="+0400")
    # The UK time the PA wrongly assumes (3 h gap, true before 25 Oct) vs the right one (4 h gap).
    assert s.astimezone(LON).hour == 12 and _off(s.astimezone(LON)) == "+0000"
    d1 = at(2026, 10, 19, 10, 15, 22, tz=DXB, expect="+0400")
    t1 = """Dear Priya,

Greetings from Marina Heights British School.

Thank you for your application for the position of Head of Mathematics, starting August 2027. Our Principal, Mr Jonathan Pell, would like to invite you to a first interview via Zoom.

Proposed time: Tuesday 27th October 2026 at 4.00 p.m. UAE time (GST), which I believe is 1.00 p.m. in the UK.

The interview will last approximately one hour. Mr Pell will ask about your curriculum leadership, your experience of the English National Curriculum, IGCSE and A level, and your reasons for wishing to move to the UAE. Please have your passport to hand, as we are required to verify identity for KHDA purposes.

Kindly confirm whether this time is suitable and I will send the Zoom invitation.

Warm regards,

Leena Haddad
PA to the Principal | HR Coordinator
Marina Heights British School
Dubai Marina, Dubai, United Arab Emirates
"""
    id1 = mid_outlook(C, 1, "DXBP281")
    m1 = simple_mail(C, 1, leena, d1, "Head of Mathematics (August 2027) - Zoom interview with the Principal", t1,
                     html=True, mid=id1, host="DXBP281CU001.outbound.protection.outlook.com", ip="40.107.222.15")
    d2 = at(2026, 10, 19, 19, 2, 44, expect="+0100")
    t2 = f"""Dear Leena,

Thank you very much - I'd be delighted to speak with Mr Pell, and Tuesday 27th October at 4.00 p.m. UAE time is fine.

Just one small point: our clocks go back on Sunday 25th October, so I think 4.00 p.m. in Dubai will be 12 noon here rather than 1.00 p.m. I'll plan to join at 12 noon UK time unless you tell me otherwise.

Kind regards,
Priya

{quote(t1, d1, 'Leena Haddad <leena.haddad@marinaheights.example>')}"""
    id2 = mid_gmail(C, 2)
    m2 = simple_mail(C, 2, PRIYA, d2, "Re: Head of Mathematics (August 2027) - Zoom interview with the Principal", t2,
                     to=[leena], mid=id2, in_reply_to=id1, references=id1)
    d3 = at(2026, 10, 20, 8, 47, 3, tz=DXB, expect="+0400")
    t3 = f"""Dear Priya,

You are quite right - thank you for catching that! We don't change our clocks here, so I always forget.

Confirmed: Tuesday 27th October, 4.00 p.m. Dubai time / 12.00 noon UK time, with Mr Pell (copied). The Zoom details are below and I have also sent a calendar invitation.

Join Zoom Meeting
https://zoom.us/j/84120375519?pwd=Mh7aQx2LrT0vKd9sWb3nYc5pF
Meeting ID: 841 2037 5519
Passcode: 270466

Warm regards,
Leena

{quote(t2, d2, 'Priya Shah <priya.shah@example.com>')}"""
    id3 = mid_outlook(C, 3, "DXBP281")
    m3 = simple_mail(C, 3, leena, d3, "RE: Head of Mathematics (August 2027) - Zoom interview with the Principal", t3,
                     cc=[pell], html=True, mid=id3, in_reply_to=id2, references=f"{id1} {id2}",
                     host="DXBP281CU001.outbound.protection.outlook.com", ip="40.107.222.15")
    zdesc = ("Leena Haddad is inviting you to a scheduled Zoom meeting.\n\n"
             "Topic: Interview - Head of Mathematics - Priya Shah\n"
             "Time: Oct 27, 2026 04:00 PM Abu Dhabi, Muscat\n\n"
             "Join Zoom Meeting\nhttps://zoom.us/j/84120375519?pwd=Mh7aQx2LrT0vKd9sWb3nYc5pF\n\n"
             "Meeting ID: 841 2037 5519\nPasscode: 270466")
    ics = ics_attachment_event("-//zoom.us//iCalendar Event//EN", f"ZOOM84120375519-{hx(C, 4, 'z', n=8)}@zoom.us",
                               leena, [PRIYA, pell], s, e, "Interview - Head of Mathematics - Priya Shah", zdesc,
                               "https://zoom.us/j/84120375519?pwd=Mh7aQx2LrT0vKd9sWb3nYc5pF",
                               at(2026, 10, 20, 4, 49, 0, tz=UTC, expect="+0000"), tzid="Asia/Dubai")
    return "b308-08-dubai-zoom-clocks-go-back", [
        ("01-marina-heights-proposes-zoom.eml", m1), ("02-priya-flags-clock-change.eml", m2),
        ("03-leena-confirms-noon-uk.eml", m3), ("04-zoom-interview.ics", ics)], label(
        [interview("Marina Heights British School", "Head of Mathematics", s, e, "scheduled",
                   [pell[1]], [pell[1]], "hiring_manager")],
        "hard", "positive/timezone-dst",
        "Dubai school: 16:00 Gulf time on Tue 27 Oct. The first mail wrongly says 1 p.m. UK (pre-25 Oct 3-hour gap); "
        "the thread corrects it to 12 noon GMT; standalone Zoom .ics uses TZID Asia/Dubai. PA coordinates; the "
        "Principal (Cc'd, ATTENDEE) conducts.")


# ============================================================================================
# Cases 09-16
# ============================================================================================


@case
def c09():
    C = "b308-09"
    claim(2026, 10, 26, "Monday"); claim(2026, 11, 4, "Wednesday")
    net = ("North West Schools Safeguarding Network", "events@nwssn.example")
    d = at(2026, 10, 26, 12, 0, 4, expect="+0000")
    s = at(2026, 11, 4, 15, 45, expect="+0000")
    e = at(2026, 11, 4, 17, 0, expect="+0000")
    plain = """Dear Priya,

Thank you for registering for our twilight webinar for school staff:

KCSIE 2026 - what's changed, and what it means in the classroom
Wednesday 4 November 2026, 15:45 - 17:00 (UK time)
Zoom Webinar - your personal joining link: https://zoom.us/w/93318820461?tk=b308nwssn4471

Programme
15:45  Welcome and the headline changes to Keeping Children Safe in Education 2026
16:05  Online safety: filtering and monitoring responsibilities for all staff
16:25  Case study: a recorded interview with a Designated Safeguarding Lead about learning from a local child safeguarding practice review
16:45  Q&A with our panel (questions can be submitted anonymously)

Your camera and microphone will be off throughout. An attendance certificate will be emailed within 48 hours for your CPD record, provided you stay for at least 60 minutes.

Please do not share your joining link - it is unique to you. A calendar file is available from your booking page.

With best wishes,
Events Team
North West Schools Safeguarding Network
"""
    m = simple_mail(C, 1, net, d, "Your place is confirmed: KCSIE 2026 - what's changed? (webinar, Wed 4 November)",
                    plain, html=True, host="mta.nwssn.example", ip="203.0.113.61",
                    extra_headers=[("List-Unsubscribe", "<mailto:unsubscribe@nwssn.example>")])
    ics = ics_attachment_event("-//Zoom Video Communications//Webinar 1.0//EN", f"WEB93318820461-{hx(C, 2, 'u', n=10)}@zoom.us",
                               net, [PRIYA], s, e, "Webinar: KCSIE 2026 - what's changed, and what it means in the classroom",
                               "North West Schools Safeguarding Network twilight webinar for school staff.\nJoin: https://zoom.us/w/93318820461?tk=b308nwssn4471",
                               "https://zoom.us/w/93318820461", d, utc=True)
    return "b308-09-safeguarding-webinar", [("01-webinar-place-confirmed.eml", m), ("02-kcsie-webinar.ics", ics)], label(
        [], "easy", "negative/webinar",
        "Safeguarding CPD webinar with a timed .ics (UTC) and an agenda item 'recorded interview with a DSL'; "
        "training, not a job interview.")


@case
def c10():
    C = "b308-10"
    claim(2026, 10, 30, "Friday"); claim(2026, 11, 12, "Thursday"); claim(2026, 11, 4, "Wednesday")
    claim(2026, 11, 16, "Monday")
    carol = ("Carol Hesketh", "c.hesketh@oldfieldcross.example")
    lomax = "s.lomax@oldfieldcross.example"
    d1 = at(2026, 10, 30, 15, 2, 19, tz=UTC, expect="+0000")
    t1 = """Dear Priya,

Congratulations - Oldfield Cross High School would like to invite you to interview for the post of Head of Mathematics.

Interview date: Thursday 12 November 2026
Start time: 9.00 a.m. (please report to main reception)
Expected finish: approximately 3.30 p.m.
Location: Oldfield Cross High School, Cross Lane, Bolton BL3 9ZZ

Message from the school:
"The day will include a tour with our student leaders, a 30-minute lesson with a Year 9 group, an in-tray and data exercise, and a panel interview with our Headteacher, Mr Stephen Lomax (s.lomax@oldfieldcross.example), and two governors. Lesson details will follow separately from our Head of Year 9."

Please respond to this invitation through your eSchoolsHire account by Wednesday 4 November 2026. If you have any questions, contact Carol Hesketh, HR & Business Manager, on 0161 496 0552 or reply to this email.

Good luck!

eSchoolsHire - the recruitment platform for schools
You received this email because you applied for a vacancy through eSchoolsHire.
"""
    id1 = mid_plain(C, 1, "eschoolshire.example")
    m1 = simple_mail(C, 1, ("Oldfield Cross High School via eSchoolsHire", "noreply@eschoolshire.example"), d1,
                     "Invitation to interview: Head of Mathematics - Oldfield Cross High School", t1,
                     reply_to=carol, html=True, html_enc="base64", mid=id1,
                     host="smtp.eschoolshire.example", ip="198.51.100.18")
    d2 = at(2026, 11, 4, 12, 31, 6, expect="+0000")
    t2 = """Dear Priya,

Thank you for accepting our invitation to interview for Head of Mathematics.

I'm very sorry, but we need to move the interview day. Thursday 12th November now clashes with a local authority moderation visit that Mr Lomax is required to attend, so the interview day will instead take place on Monday 16th November. The timings and format are unchanged - a 9.00 a.m. start in main reception, finishing at around half past three.

I appreciate this is a change to your plans and that you may need to rearrange cover with your current school. Could you let me know whether Monday 16th works for you?

With apologies and kind regards,

Carol Hesketh
HR & Business Manager
Oldfield Cross High School
"""
    id2 = mid_outlook(C, 2, "CWXP265")
    m2 = simple_mail(C, 2, carol, d2, "Head of Mathematics interview - change of date", t2, cc=[("Stephen Lomax", lomax)],
                     mid=id2, host="CWXP265CU003.outbound.protection.outlook.com", ip="40.107.21.90")
    d3 = at(2026, 11, 4, 17, 48, 30, expect="+0000")
    t3 = f"""Dear Carol,

Thank you for letting me know. Monday 16th November is fine - my head has already agreed the day, so I'll see you at 9.00 a.m.

Kind regards,
Priya

{quote(t2, d2, 'Carol Hesketh <c.hesketh@oldfieldcross.example>')}"""
    m3 = simple_mail(C, 3, PRIYA, d3, "Re: Head of Mathematics interview - change of date", t3, to=[carol],
                     mid=mid_gmail(C, 3), in_reply_to=id2, references=id2)
    s = at(2026, 11, 16, 9, 0, expect="+0000")
    e = at(2026, 11, 16, 15, 30, expect="+0000")
    return "b308-10-oldfield-cross-moved-by-email", [
        ("01-eschoolshire-invitation-to-interview.eml", m1), ("02-carol-moves-interview-day.eml", m2),
        ("03-priya-accepts-new-date.eml", m3)], label(
        [interview("Oldfield Cross High School", "Head of Mathematics", s, e, "scheduled",
                   [lomax], [lomax], "onsite")],
        "medium", "positive/reschedule-email",
        "eTeach-style platform invitation for Thu 12 Nov (9.00 a.m. to ~3.30 p.m.), then the HR manager moves it "
        "by e-mail to Monday 16th with 'timings unchanged' -> one onsite interview at the final date.")


@case
def c11():
    C = "b308-11"
    claim(2026, 10, 27, "Tuesday"); claim(2026, 11, 18, "Wednesday"); claim(2026, 11, 13, "Friday")
    bethany = ("Bethany Crowther", "b.crowther@irwellvalleytrust.example")
    kwame = ("Kwame Boateng", "k.boateng@ancoatspark.example")
    eleanor = ("Dr Eleanor Whitcombe", "e.whitcombe@irwellvalleytrust.example")
    d1 = at(2026, 10, 27, 11, 20, 4, tz=UTC, expect="+0000")
    s = at(2026, 11, 18, 8, 45, expect="+0000")
    e = at(2026, 11, 18, 15, 30, expect="+0000")
    desc = """Interview Day - Head of Mathematics, Ancoats Park Academy (Irwell Valley Academy Trust)

08:45  Welcome from the Principal, Mr Kwame Boateng
09:15  Lesson observation - teach a 30-minute lesson to Year 9 (class details to follow)
10:15  Student panel
11:00  Data task (written, 40 minutes)
12:15  Lunch with the maths team
13:30  Formal interview - Mr Kwame Boateng (Principal) and Dr Eleanor Whitcombe (Trust Director of Mathematics)
15:30  Close

Venue: Ancoats Park Academy, Bengal Street, Manchester M4 6ZZ. Visitor parking is limited - please use the Great Ancoats Street car park if you are driving."""
    m1, uid = google_invite(C, 1, bethany, d1, "Interview Day - Head of Mathematics, Ancoats Park Academy", s, e,
                            [bethany, kwame, eleanor, (OWNER, OWNER)], desc,
                            location="Ancoats Park Academy, Bengal Street, Manchester M4 6ZZ")
    d2 = at(2026, 11, 13, 16, 48, 55, expect="+0000")
    t2 = """Dear Priya,

I'm sorry to be writing with disappointing news. Due to unforeseen circumstances at the academy, the interview day for Head of Mathematics on Wednesday 18th November has been postponed, new date to follow.

Please don't read anything into this - your application is still very much live, and we hope to confirm a new date before the end of term. I'll be in touch as soon as I know more; in the meantime, please disregard the calendar invitation for the 18th.

If you have already booked supply cover with your school, the Trust will reimburse reasonable costs - just send me the invoice.

Apologies again, and have a good weekend.

Bethany Crowther
HR Officer - Recruitment
Irwell Valley Academy Trust
"""
    m2 = simple_mail(C, 2, bethany, d2, "Head of Mathematics, Ancoats Park Academy - interview day postponed", t2,
                     html=True, mid=mid_gmail(C, 2), host="mail-sor-f52.google.com", ip="209.85.220.52")
    return "b308-11-irwell-trust-day-postponed", [
        ("01-invitation-interview-day-ancoats-park.eml", m1), ("02-interview-day-postponed.eml", m2)], label(
        [interview("Ancoats Park Academy (Irwell Valley Academy Trust)", "Head of Mathematics", s, e, "cancelled",
                   [kwame[1], eleanor[1]], [kwame[1], eleanor[1]], "onsite")],
        "medium", "positive/cancel-by-email",
        "Multi-academy trust Google invite for an interview day (08:45-15:30), then an e-mail 'postponed, new date to "
        "follow' with no CANCEL invite and no new date -> one cancelled interview at the last scheduled time.")


@case
def c12():
    C = "b308-12"
    claim(2026, 11, 9, "Monday"); claim(2026, 11, 11, "Wednesday"); claim(2026, 11, 12, "Thursday")
    d = at(2026, 11, 9, 12, 55, 31, expect="+0000")
    head = ("Dr Alan Pritchard", "headteacher@gortonvale.example")
    plain = """Dear colleagues,

At 10.40 this morning we received the call from the National Schools Inspectorate: we will have a graded inspection starting on Wednesday 11 November and running through Thursday 12 November. The lead inspector is Mrs Catherine Royle HMI, with three team inspectors.

Please read the notification letter below, and come to the briefing in the library after school today at 3.20 p.m. (all staff, including support staff and the site team).

Some key points:

- Inspectors will carry out deep dives in mathematics, English, history and design & technology. These involve lesson visits, book looks, conversations with pupils, and meetings with subject leaders and teachers.
- Maths: Priya - as KS3 maths coordinator, the lead inspector has asked to interview you at 10.15 a.m. on Wednesday in the small meeting room off the library (around 40 minutes). Jo and I will help you prepare after the briefing - please bring the KS3 curriculum map and the assessment calendar.
- ECTs may be asked to meet an inspector to talk about their induction, mentoring and workload. This is routine and not an assessment of you.
- Please do not change lesson plans or put on "show" lessons. Teach as you normally would.

Thank you - I know how hard everyone works, and I am very proud of this school.

Alan

---------- Notification letter ----------
Dear Dr Pritchard,

Notification of a graded inspection of Gorton Vale High School

Following my telephone call, I am writing to confirm that the school will be inspected on 11 and 12 November 2026. The inspection will be led by me, with three team inspectors. During the inspection we will gather evidence through meetings with leaders, staff, pupils and governors, visits to lessons and scrutiny of pupils' work. Parents and carers can share their views through the online survey until 11.00 a.m. on the second day.

Yours sincerely,
Catherine Royle HMI
"""
    m = simple_mail(C, 1, head, d, "Inspection - Wednesday 11 and Thursday 12 November", plain,
                    to=[("All Staff", "allstaff@gortonvale.example")], html=True,
                    mid=mid_outlook(C, 1, "LO2P265"), host="LO2P265CU007.outbound.protection.outlook.com",
                    ip="40.107.23.118", extra_headers=[("Importance", "high"), ("X-Priority", "1")])
    return "b308-12-inspection-notice-subject-meeting", [("01-inspection-notification-all-staff.eml", m)], label(
        [], "hard", "negative/internal-meeting",
        "Ofsted-style inspection notice at the user's own school; the inspector 'has asked to interview you at 10.15 "
        "a.m. on Wednesday' - a subject-leader meeting during inspection, not a job interview.")


@case
def c13():
    C = "b308-13"
    claim(2026, 11, 9, "Monday"); claim(2026, 11, 19, "Thursday")
    andrea = ("Andrea Thornley", "a.thornley@kingswaypark.example")
    neil = ("Neil Ashcroft", "n.ashcroft@kingswaypark.example")
    gemma = ("Gemma Lythgoe", "g.lythgoe@kingswaypark.example")
    joanne = ("Joanne Okafor", "j.okafor@kingswaypark.example")
    peter = ("Peter Radcliffe", "p.radcliffe@kingswaypark.example")
    d0 = at(2026, 11, 9, 13, 15, 40, expect="+0000")
    t0 = """Dear Priya,

I'm pleased to confirm that you have been shortlisted for the post of Head of Maths at Kingsway Park High School, and we look forward to welcoming you on Thursday 19th November.

So that everything is in your diary, I'll send a separate Outlook invitation for each part of the day over the next few minutes:

- Lesson observation (Year 9, 30 minutes) - 09:10
- Student panel - 10:00
- Data task (written) - 10:45
- Formal interview with Mrs Okafor, our Headteacher, and Mr Radcliffe, Chair of Governors - 13:30

Lunch from 12:15 is with the maths team in the staff room: an informal chance for you to ask questions, and not part of the assessment. Please sign in at main reception about ten minutes before your lesson.

Your lesson: Year 9 set 3, 26 students. The topic is solving linear equations with unknowns on both sides; the class have covered one- and two-step equations. Please bring a copy of your lesson plan for the observer.

Please also bring photo ID and your original qualification certificates.

Best wishes,

Andrea Thornley
School Business Manager
Kingsway Park High School, Stockport
"""
    m0 = simple_mail(C, 1, andrea, d0, "Head of Maths interview day - Thursday 19th November", t0,
                     mid=mid_outlook(C, 1, "AM9P191"), host="AM9P191CU004.outbound.protection.outlook.com",
                     ip="40.107.8.52")
    sessions = [
        ("Interview Day - Lesson observation (Y9) - Priya Shah", (9, 10), (9, 40), "Room M4, Maths corridor", [neil],
         "Your 30-minute Year 9 lesson (set 3, 26 students). Observed by Neil Ashcroft, Deputy Headteacher."),
        ("Interview Day - Student panel - Priya Shah", (10, 0), (10, 30), "Library", [gemma],
         "Student panel of eight pupils from Years 7-11, led by Gemma Lythgoe, Assistant Headteacher (Student Voice)."),
        ("Interview Day - Data task - Priya Shah", (10, 45), (11, 30), "Conference Room", [],
         "Written data task (45 minutes). Laptop provided; I'll be there to get you started."),
        ("Interview Day - Formal interview - Priya Shah", (13, 30), (14, 30), "Headteacher's office", [joanne, peter],
         "Formal interview with Joanne Okafor (Headteacher) and Peter Radcliffe (Chair of Governors). Approx. 60 minutes."),
    ]
    items = [("01-kingsway-park-shortlisted.eml", m0)]
    sent = [(13, 21, 2), (13, 22, 40), (13, 24, 11), (13, 26, 55)]
    slugs = ["lesson-observation", "student-panel", "data-task", "formal-interview"]
    for i, ((title, (sh, sm), (eh, em), loc, people, body), (h, mi, sec), slug) in enumerate(zip(sessions, sent, slugs)):
        ds = at(2026, 11, 9, h, mi, sec, tz=UTC, expect="+0000")
        s = at(2026, 11, 19, sh, sm, expect="+0000")
        e = at(2026, 11, 19, eh, em, expect="+0000")
        text = f"Hi Priya,\n\n{body}\n\nThanks,\nAndrea"
        m = ms_invite(C, i + 2, andrea, [PRIYA] + people, [], ds, title, s, e, f"Kingsway Park High School - {loc}",
                      text, teams=False, tenant="AM9P191")
        items.append((f"0{i + 2}-invite-{slug}.eml", m))
    first = at(2026, 11, 19, 9, 10, expect="+0000")
    last = at(2026, 11, 19, 14, 30, expect="+0000")
    people = [neil[1], gemma[1], joanne[1], peter[1]]
    return "b308-13-kingsway-park-day-as-four-invites", items, label(
        [interview("Kingsway Park High School", "Head of Maths", first, last, "scheduled", people, people, "onsite")],
        "hard", "positive/onsite-loop",
        "Interview day sent as a cover e-mail plus four Outlook invites (GMT Standard Time): lesson 09:10, student "
        "panel, data task, formal interview 13:30-14:30 -> ONE onsite interview 09:10-14:30 with all interviewers "
        "(informal lunch is not a session; the business manager only organises).")


@case
def c14():
    C = "b308-14"
    claim(2026, 11, 5, "Thursday"); claim(2026, 11, 6, "Friday")
    martin = ("Martin Sowerby", "m.sowerby@brookfold.example")
    ruth = ("Ruth Kenyon", "r.kenyon@brookfold.example")
    d1 = at(2026, 11, 5, 16, 12, 40, expect="+0000")
    t1 = """Dear Priya,

Thank you for your application for the Head of Maths post, which reached me on Tuesday. Our current Head of Maths leaves us at Christmas and we are keen to appoint quickly, so I hope you'll forgive the short notice.

Would you be able to come in tomorrow at 2 for a formal interview? It would be with me and Ruth Kenyon, our Chair of Governors (copied in), and should take about 45 minutes. We won't ask you to teach on this occasion - if things go well, we would invite you back to meet the department and see some lessons, but that visit would not be assessed.

I appreciate you're teaching, so if tomorrow afternoon is impossible, tell me and we'll find a time early next week instead.

We're on Brookfold Road; visitors park at the front. Please ask for Denise at reception.

Best wishes,

Martin Sowerby
Headteacher
Brookfold Academy
"""
    id1 = mid_plain(C, 1, "brookfold.example")
    m1 = simple_mail(C, 1, martin, d1, "Head of Maths (from January) - interview", t1, cc=[ruth], mid=id1,
                     plain_enc="7bit", host="mail.brookfold.example", ip="203.0.113.150")
    d2 = at(2026, 11, 5, 18, 27, 15, expect="+0000")
    t2 = f"""Dear Mr Sowerby,

Thank you for getting back to me so quickly. I've spoken to my head of department and I can leave after period 4, so I'll be with you for 2 o'clock. I look forward to meeting you and Mrs Kenyon.

Kind regards,
Priya Shah

{quote(t1, d1, 'Martin Sowerby <m.sowerby@brookfold.example>')}"""
    m2 = simple_mail(C, 2, PRIYA, d2, "Re: Head of Maths (from January) - interview", t2, to=[martin], cc=[ruth],
                     mid=mid_gmail(C, 2), in_reply_to=id1, references=id1)
    s = at(2026, 11, 6, 14, 0, expect="+0000")
    e = at(2026, 11, 6, 14, 45, expect="+0000")
    return "b308-14-brookfold-tomorrow-at-2", [("01-headteacher-invites-tomorrow-at-2.eml", m1),
                                               ("02-priya-confirms-2-oclock.eml", m2)], label(
        [interview("Brookfold Academy", "Head of Maths", s, e, "scheduled", [martin[1], ruth[1]],
                   [martin[1], ruth[1]], "onsite")],
        "medium", "positive/relative-date",
        "Time only as 'tomorrow at 2' in a plain-text e-mail dated Thu 5 Nov -> Fri 6 Nov 14:00 GMT, about 45 "
        "minutes; neither mail names the day. Head and Chair of Governors form the panel. The possible later "
        "department visit is unbooked and 'not assessed'.")


@case
def c15():
    C = "b308-15"
    claim(2026, 11, 2, "Monday")
    lorraine = ("Lorraine Beswick", "l.beswick@stretfordgrange.example")
    d = at(2026, 11, 2, 9, 34, 12, expect="+0000")
    plain = """Dear Priya,

Thank you for your interest in the post of Head of Mathematics at Stretford Grange Academy, and for the time and care you put into your application.

We received a very strong field of applicants for this post. I am sorry to tell you that, on this occasion, we will not be taking your application further.

The shortlisting panel asked me to pass on that your letter of application was thoughtful and that the decision was a close one. If you would find it helpful, Mr Dominic Ferris, our Deputy Headteacher, is happy to give you brief feedback by telephone - just reply with a couple of times after 3.30 p.m. this week that would suit you.

We wish you every success in your career and hope you will consider future vacancies at Stretford Grange.

Yours sincerely,

Lorraine Beswick
HR Manager
Stretford Grange Academy
"""
    m = simple_mail(C, 1, lorraine, d, "Head of Mathematics - outcome of your application", plain, html=True,
                    mid=mid_outlook(C, 1, "LO0P265"), host="LO0P265CU002.outbound.protection.outlook.com",
                    ip="40.107.23.5")
    return "b308-15-stretford-grange-rejection", [("01-outcome-of-application.eml", m)], label(
        [], "easy", "negative/rejection",
        "Rejection at shortlisting ('we will not be taking your application further'); the optional feedback call "
        "is an unbooked availability request.")


@case
def c16():
    C = "b308-16"
    claim(2026, 11, 12, "Thursday")
    niamh = ("Niamh Gallagher", "niamh.gallagher@liffeylearning.example")
    aoife = ("Aoife Kinsella", "aoife@liffeylearning.example")
    s = at(2026, 11, 12, 16, 0, tz=DUB, expect="+0000")
    e = at(2026, 11, 12, 16, 30, tz=DUB, expect="+0000")
    ev = {
        "kind": "calendar#event",
        "etag": f"\"{int(hx(C, 1, 'etag', n=12), 16)}\"",
        "id": hx(C, 1, "id", n=26),
        "status": "confirmed",
        "htmlLink": f"https://www.google.com/calendar/event?eid={hx(C, 1, 'eid', n=40)}",
        "created": "2026-11-04T10:31:12.000Z",
        "updated": "2026-11-04T19:56:03.118Z",
        "summary": "Priya Shah <> Aoife (final chat) - Learning Designer",
        "description": ("Final stage for the Learning Designer (Secondary Maths) role: 30 minutes with Aoife Kinsella, "
                        "our CEO and co-founder. It's informal, but it is the last step of the interview process "
                        "before we make a decision. Niamh won't join.\n\nNo preparation needed."),
        "creator": {"email": niamh[1], "displayName": niamh[0]},
        "organizer": {"email": niamh[1], "displayName": niamh[0]},
        "start": {"dateTime": gdt(s), "timeZone": "Europe/Dublin"},
        "end": {"dateTime": gdt(e), "timeZone": "Europe/Dublin"},
        "iCalUID": f"{hx(C, 1, 'id', n=26)}@google.com",
        "sequence": 0,
        "attendees": [
            {"email": niamh[1], "displayName": niamh[0], "organizer": True, "responseStatus": "accepted"},
            {"email": aoife[1], "displayName": aoife[0], "responseStatus": "accepted"},
            {"email": OWNER, "displayName": OWNER_NAME, "self": True, "responseStatus": "accepted"},
        ],
        "hangoutLink": "https://meet.google.com/tbc-yawq-mrn",
        "conferenceData": {
            "entryPoints": [{"entryPointType": "video", "uri": "https://meet.google.com/tbc-yawq-mrn",
                             "label": "meet.google.com/tbc-yawq-mrn"}],
            "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet"},
            "conferenceId": "tbc-yawq-mrn",
        },
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    return "b308-16-liffey-founder-chat-gcal", [("01-final-chat-aoife.gcal.json", gcal_json(ev))], label(
        [interview("Liffey Learning", "Learning Designer (Secondary Maths)", s, e, "scheduled", [aoife[1]],
                   [aoife[1]], "hiring_manager")],
        "medium", "positive/gcal-json",
        "Calendar API event only: final chat with the Dublin edtech's CEO, explicitly the last interview step; "
        "Europe/Dublin in November = +00:00 ('Z'). The organiser (talent lead) does not join.")


# ============================================================================================
# Cases 17-23
# ============================================================================================


@case
def c17():
    C = "b308-17"
    claim(2026, 11, 3, "Tuesday"); claim(2026, 11, 13, "Friday"); claim(2026, 11, 11, "Wednesday")
    claim(2026, 11, 20, "Friday")
    saira = ("Saira Iqbal", "s.iqbal@bramhallfold.example")
    d = at(2026, 11, 3, 10, 2, 47, expect="+0000")
    s = at(2026, 11, 13, 10, 0, expect="+0000")
    e = at(2026, 11, 13, 12, 30, expect="+0000")
    plain = """Hi Priya,

Good news! Bramhall Fold School has reviewed your application for Head of Mathematics and would like to invite you to interview.

Interview details
Date: Friday 13 November 2026
Time: 10:00 - 12:30
Venue: Bramhall Fold School, Fold Lane, Stockport SK7 9ZZ
Format: Teaching activity (a 30-minute lesson with Year 9), followed by a panel interview with the Headteacher and the Deputy Headteacher (Curriculum).

Message from Saira Iqbal, HR Officer:
"Dear Priya, we were delighted with your application. Please send your lesson plan to me at s.iqbal@bramhallfold.example by Wednesday 11th, and let me know if you need anything printing. There is parking on site."

Accept or decline this invitation from your Teachvault account. We've attached a calendar file so you can add the interview to your calendar.

Jobs you might also like
- Head of Maths - Hazel Moor School, Stockport - closing Friday 20 November (interviews to be arranged)
- KS4 Maths Coordinator - St Cuthbert's RC High School, Manchester - closing date: rolling

Teachvault Ltd, 1 Quay Street, Manchester M3 3ZZ
"""
    ics = ics_attachment_event("-//Teachvault//Interviews//EN", f"interview-{hx(C, 1, 'u', n=16)}@teachvault.example",
                               ("Teachvault", "notifications@teachvault.example"), [PRIYA], s, e,
                               "Interview: Head of Mathematics - Bramhall Fold School",
                               "Teaching activity (30-minute Year 9 lesson) then panel interview. Contact: Saira Iqbal, s.iqbal@bramhallfold.example",
                               "Bramhall Fold School, Fold Lane, Stockport SK7 9ZZ", d, utc=True)
    m = simple_mail(C, 1, ("Teachvault", "notifications@teachvault.example"), d,
                    "Bramhall Fold School has invited you to interview", plain, reply_to=saira, html=True,
                    html_enc="base64", attachments=[('text/calendar; charset="UTF-8"; method=PUBLISH; name="interview.ics"', "interview.ics", ics)],
                    host="o12.email.teachvault.example", ip="198.51.100.21")
    return "b308-17-teachvault-invite-utc-ics", [("01-teachvault-invited-to-interview.eml", m)], label(
        [interview("Bramhall Fold School", "Head of Mathematics", s, e, "scheduled", [], [saira[1]], "onsite")],
        "medium", "positive/ats-email-with-ics",
        "TES-style job board invitation with a UTC .ics (10:00Z = 10:00 GMT). Panel members have no addresses, so "
        "follow-up goes to the HR officer named in the text/Reply-To. Footer 'jobs you might like' mention other "
        "interviews that are not the user's.")


@case
def c18():
    C = "b308-18"
    claim(2026, 10, 21, "Wednesday"); claim(2026, 10, 22, "Thursday")
    d = at(2026, 10, 21, 3, 14, 9, tz=DXB, expect="+0400")
    plain = """Dear Candidate Priya,

CONGRATULATIONS!! Your CV has been shortlisted by our client, a premium British curriculum school in Dubai, for the post of HEAD OF MATHEMATICS.

Package: AED 34,000/month TAX FREE + villa accommodation + annual flights + 60 days paid holiday.

Your online interview is scheduled for Thursday 22 October 2026 at 2:00 PM (UAE time) with our HR Director Mr. Daniel Kross via Telegram chat (@GulfEliteHR_Daniel). No video is required.

To secure your interview slot you must first complete the Visa Pre-Approval and Certificate Attestation process. A refundable processing fee of GBP 345 is payable within 24 hours by bank transfer or Apple gift cards. Candidates who do not pay will lose their slot to the waiting list.

Please reply with a scan of your passport, your bank details for salary set-up and proof of payment.

Regards,
Recruitment Desk
Gulf Elite Teachers Recruitment FZ-LLC
"""
    m = simple_mail(C, 1, ("Gulf Elite Teachers Recruitment", "hr.desk@gulfeliteteach.example"), d,
                    "URGENT: Head of Maths Dubai - Interview Selection (Tax Free AED 34,000)", plain,
                    reply_to=("Daniel Kross", "gulfelite.hr.daniel@freemailbox.example"), html=True,
                    host="vps-77312.hostingcheap.example", ip="203.0.113.201")
    return "b308-18-dubai-recruiter-scam", [("01-gulf-elite-interview-selection.eml", m)], label(
        [], "easy", "negative/scam",
        "Fake Dubai recruiter: Telegram 'interview' with a fee, gift cards and a request for bank details.")


@case
def c19():
    C = "b308-19"
    claim(2026, 11, 16, "Monday"); claim(2026, 11, 25, "Wednesday"); claim(2026, 11, 19, "Thursday")
    graham = ("Graham Tierney", "g.tierney@pennine-vale.example")
    d = at(2026, 11, 16, 9, 5, 33, expect="+0000")
    s = at(2026, 11, 25, 9, 30, expect="+0000")
    e = at(2026, 11, 25, 15, 30, expect="+0000")
    plain = """Dear Priya Shah,

INVITATION TO INTERVIEW

Vacancy:    Head of Mathematics (TLR 1b)
School:     Pennine Vale Community High School
Reference:  MBC-ED-26-4390

We are pleased to inform you that you have been shortlisted for the above post. The interview arrangements are as follows.

Date:   Wednesday 25 November 2026
Time:   09:30
Venue:  Pennine Vale Community High School, Moor Road, Millbrook

The selection process will include a 30-minute lesson with a Year 9 class, a student panel, a written data task and a formal interview with the Headteacher, Ms Yvonne Marsh, and governors. Candidates should expect to be on site until approximately 15:30.

Please confirm your attendance to the school contact below by 12:00 on Thursday 19 November 2026.

School contact: Graham Tierney, School Business Manager - g.tierney@pennine-vale.example - 0161 496 0310

What to bring
- Photographic ID (passport or photocard driving licence)
- Original certificates for qualifications listed on your application, including QTS
- Proof of address dated within the last three months

In line with Keeping Children Safe in Education, any relevant issues arising from references or online checks may be discussed with you at interview.

A calendar file is attached for your convenience.

Millbrook Council - Schools HR Service
This email was sent from an unmonitored mailbox.
"""
    ics = ics_attachment_event("-//Millbrook Council//Recruitment Portal//EN", f"MBC-ED-26-4390-{hx(C, 1, 'u', n=10)}@jobs.millbrook-council.example",
                               ("Millbrook Council Schools Recruitment", "no-reply@jobs.millbrook-council.example"),
                               [PRIYA], s, e, "Interview - Head of Mathematics - Pennine Vale Community High School",
                               "Interview day. School contact: Graham Tierney, g.tierney@pennine-vale.example",
                               "Pennine Vale Community High School, Moor Road, Millbrook", d, tzid="Europe/London")
    m = simple_mail(C, 1, ("Millbrook Council Schools Recruitment", "no-reply@jobs.millbrook-council.example"), d,
                    "Interview invitation - Head of Mathematics (TLR 1b), Pennine Vale Community High School - Ref MBC-ED-26-4390",
                    plain, reply_to=graham, html=True,
                    attachments=[('text/calendar; charset="UTF-8"; method=REQUEST; name="interview.ics"', "interview.ics", ics)],
                    host="smtp-out.jobs.millbrook-council.example", ip="203.0.113.44",
                    extra_headers=[("Auto-Submitted", "auto-generated")])
    return "b308-19-pennine-vale-council-portal-invite", [("01-council-portal-interview-invitation.eml", m)], label(
        [interview("Pennine Vale Community High School", "Head of Mathematics", s, e, "scheduled", [],
                   [graham[1]], "onsite")],
        "medium", "positive/ats-email-with-ics",
        "Local-authority recruitment portal invitation with .ics (Europe/London): interview day 09:30 to ~15:30. "
        "Headteacher named without an address -> no interviewer e-mails; follow-up to the school business manager. "
        "The confirm-by deadline on 19 Nov is not an interview.")


@case
def c20():
    C = "b308-20"
    claim(2026, 11, 3, "Tuesday"); claim(2026, 11, 10, "Tuesday")
    karen = ("Karen Lowe", "k.lowe@gortonvale.example")
    jo = ("Jo Whitehead", "j.whitehead@gortonvale.example")
    d = at(2026, 11, 3, 14, 2, 11, tz=UTC, expect="+0000")
    s = at(2026, 11, 10, 11, 0, expect="+0000")
    e = at(2026, 11, 10, 11, 45, expect="+0000")
    body = """Hi Priya and Jo,

Thank you both for agreeing to sit on the panel for the Teacher of Mathematics (ECT) post. This slot is for Candidate 2, Tom Ashworth, who is joining us remotely from Newcastle; his recorded lesson was shared with you on Friday.

Priya, as the maths member of the panel, could you lead on questions 3-5 (subject knowledge and assessment)? Jo will chair and ask the safeguarding question. The question sheet and Tom's application form are in the Recruitment folder on SharePoint - please don't download them to personal devices.

Please score independently and we'll moderate straight after the call.

Thanks,
Karen

Karen Lowe | HR Officer | Gorton Vale High School
"""
    m = ms_invite(C, 1, karen, [PRIYA, jo], [], d,
                  "Interview panel: Teacher of Mathematics (ECT) - Candidate 2, Tom Ashworth", s, e,
                  "Microsoft Teams Meeting", body, tenant="LO2P265")
    return "b308-20-owner-on-ect-interview-panel", [("01-panel-invite-ect-candidate-2.eml", m)], label(
        [], "medium", "negative/user-is-interviewer",
        "Teams interview invite at the user's own school where she sits on the panel interviewing an ECT candidate; "
        "'Interview' in the subject but she is the interviewer.")


@case
def c21():
    C = "b308-21"
    claim(2026, 10, 28, "Wednesday"); claim(2026, 11, 2, "Monday"); claim(2026, 11, 19, "Thursday")
    sandra = ("Sandra Holt", "s.holt@hollingworthedge.example")
    gillian = ("Gillian Greaves", "g.greaves@hollingworthedge.example")
    d1 = at(2026, 10, 28, 10, 48, 19, expect="+0000")
    t1 = """Dear Ms Shah,

Thank you for your application for the post of Head of Mathematics at Hollingworth Edge Church of England High School.

The first stage of our selection process is a short telephone interview with our Headteacher, Mrs Gillian Greaves (copied in). Mrs Greaves will ring you on Monday 2nd November at quarter past four (16:15), on the mobile number given on your application form. Please allow around 20 minutes.

Candidates who are successful at this stage will be invited to our interview day on Thursday 19th November, which will include a taught lesson, a student panel and a formal interview. Full details will be sent to shortlisted candidates only.

If the time of the call is not convenient, please let me know as soon as possible.

Yours sincerely,

Sandra Holt
PA to the Headteacher
Hollingworth Edge CE High School
"""
    id1 = mid_outlook(C, 1, "CWLP265")
    m1 = simple_mail(C, 1, sandra, d1, "Head of Mathematics - telephone interview with Mrs Greaves", t1, cc=[gillian],
                     mid=id1, host="CWLP265CU001.outbound.protection.outlook.com", ip="40.107.20.12")
    d2 = at(2026, 10, 28, 13, 5, 52, expect="+0000")
    t2 = f"""Dear Mrs Holt,

Thank you - Monday 2nd November at 4.15 p.m. is fine, and I'll make sure I'm somewhere quiet. For reference, my mobile is 07700 900418.

Kind regards,
Priya Shah

{quote(t1, d1, 'Sandra Holt <s.holt@hollingworthedge.example>')}"""
    m2 = simple_mail(C, 2, PRIYA, d2, "Re: Head of Mathematics - telephone interview with Mrs Greaves", t2,
                     to=[sandra], cc=[gillian], mid=mid_gmail(C, 2), in_reply_to=id1, references=id1)
    s = at(2026, 11, 2, 16, 15, expect="+0000")
    e = at(2026, 11, 2, 16, 35, expect="+0000")
    return "b308-21-hollingworth-head-phone-call", [("01-pa-books-telephone-interview.eml", m1),
                                                    ("02-priya-confirms-call.eml", m2)], label(
        [interview("Hollingworth Edge CE High School", "Head of Mathematics", s, e, "scheduled", [gillian[1]],
                   [gillian[1]], "phone_screen")],
        "medium", "positive/email-body-only",
        "Telephone interview with the headteacher on Mon 2 Nov at 'quarter past four (16:15)', ~20 minutes. The "
        "conditional interview day on 19 Nov (only if shortlisted) is not booked and is not labelled.")


@case
def c22():
    C = "b308-22"
    claim(2026, 11, 20, "Friday"); claim(2027, 4, 12, "Monday"); claim(2026, 12, 9, "Wednesday")
    claim(2026, 11, 17, "Tuesday")
    hannah = ("Hannah Clegg", "h.clegg@lowrybridge.example")
    d = at(2026, 11, 20, 17, 22, 8, expect="+0000")
    plain = """Dear Priya,

It was a pleasure to speak to you this afternoon, and thank you again for the energy you brought to Tuesday's interview day. As I said on the phone, the panel were unanimous.

I am delighted to confirm our verbal offer of the post of Head of Mathematics at Lowry Bridge Academy, starting at the beginning of the summer term on Monday 12 April 2027, on the pay point we discussed plus TLR 1b.

The offer is conditional on two satisfactory references, an enhanced DBS check with barred list check, medical fitness to teach, and evidence of your right to work in the UK and of your qualifications. Our HR team will send the formal offer letter next week and will arrange an appointment for your DBS identity check.

I'd also love you to come in and meet the maths team informally before Christmas - perhaps Wednesday 9th December after school? No pressure at all; just a cup of tea and a first look at next year's timetable.

Please reply to confirm that you are happy to accept the verbal offer, and let me know once you have spoken to your current head about your notice.

With very best wishes,

Hannah Clegg
Headteacher
Lowry Bridge Academy, Salford
"""
    m = simple_mail(C, 1, hannah, d, "Head of Mathematics - verbal offer", plain, html=True,
                    mid=mid_outlook(C, 1, "LNXP265"), host="LNXP265CU001.outbound.protection.outlook.com",
                    ip="40.107.23.200")
    return "b308-22-lowry-bridge-verbal-offer", [("01-verbal-offer-head-of-maths.eml", m)], label(
        [], "medium", "negative/offer",
        "Verbal offer after a past interview day; mentions a future informal 'meet the team' visit and a DBS "
        "appointment to be arranged - nothing is an interview to attend.")


@case
def c23():
    C = "b308-23"
    claim(2026, 11, 25, "Wednesday"); claim(2026, 11, 30, "Monday")
    michelle = ("Michelle Dobson", "m.dobson@lowrybridge.example")
    d = at(2026, 11, 25, 11, 40, 26, expect="+0000")
    s = at(2026, 11, 30, 16, 0, expect="+0000")
    e = at(2026, 11, 30, 16, 15, expect="+0000")
    plain = """Dear Priya,

Congratulations on your appointment as Head of Mathematics - Mrs Clegg has asked me to get your pre-employment checks under way.

I've booked your DBS identity check appointment:

Monday 30th November 2026 at 4.00 p.m. (about 15 minutes)
HR Office, Lowry Bridge Academy - please sign in at main reception

Please bring three original documents from the DBS list, including at least one from Group 1 (for example your passport or photocard driving licence) and one showing your current address dated within the last three months. We'll complete the online DBS application together at the appointment, so please have your address history for the last five years to hand.

While you're here, I'll also take copies of your degree and QTS certificates for our Single Central Record.

I've attached a calendar invitation.

Kind regards,

Michelle Dobson
HR & Compliance Officer
Lowry Bridge Academy
"""
    ics = ms_ics(C, 1, michelle, [PRIYA], s, e, "DBS ID check - Priya Shah", "HR Office, Lowry Bridge Academy",
                 "DBS identity check. Bring three original documents from the DBS list (one from Group 1).", d)
    m = simple_mail(C, 1, michelle, d, "DBS identity check appointment - Monday 30th November", plain, html=True,
                    mid=mid_outlook(C, 1, "LNXP265"), host="LNXP265CU001.outbound.protection.outlook.com",
                    ip="40.107.23.200",
                    attachments=[('text/calendar; charset="utf-8"; method=REQUEST; name="DBS ID check.ics"', "DBS ID check.ics", ics)])
    return "b308-23-lowry-bridge-dbs-id-check", [("01-dbs-identity-check-appointment.eml", m)], label(
        [], "medium", "negative/appointment",
        "Pre-employment DBS identity-check appointment with an Outlook .ics (GMT Standard Time) from the school that "
        "made an offer; a compliance appointment, not an interview.")


# ============================================================================================
# Output
# ============================================================================================

TZ_POINTS = [
    ("03", "Teams invite with TZID 'GMT Standard Time' and display label '(UTC+00:00) Dublin, Edinburgh, Lisbon, London' for Thu 22 Oct, which is still BST: 10:00+01:00."),
    ("05", "First-stage call Wed 21 Oct 13:00 BST (+01:00, Workable .ics with TZID Europe/London); case study Thu 5 Nov 11:00 GMT (+00:00, Google invite in UTC 'Z' and Calendar API 'Z')."),
    ("06", "Parents' evening Thu 15 Oct in BST (+01:00) in a Calendar API event (negative)."),
    ("07", "Dublin thread sent in IST (+0100) proposes 'Irish time' slots after the 25 Oct change; Teamtailor .ics TZID Europe/Dublin: Wed 28 Oct 11:00+00:00."),
    ("08", "Dubai (Asia/Dubai, +04:00, no DST): Tue 27 Oct 16:00 Gulf time. The first mail (sent 19 Oct, gap 3 h) wrongly says 1 p.m. UK; after BST ends on Sun 25 Oct the gap is 4 h, so it is 12 noon GMT. Mail Date headers +0400 and +0100."),
    ("09", "Webinar .ics in UTC ('Z') for Wed 4 Nov 15:45 GMT (negative)."),
    ("13", "Four Outlook invites with TZID 'GMT Standard Time' on Thu 19 Nov (GMT, +00:00)."),
    ("14", "'tomorrow at 2' resolved against the Date header Thu 5 Nov 2026 16:12 +0000 -> Fri 6 Nov 14:00+00:00."),
    ("16", "Calendar API event with timeZone Europe/Dublin on Thu 12 Nov: dateTime '16:00:00Z' (+00:00)."),
    ("17", "Job-board .ics in UTC ('Z'): 10:00Z on Fri 13 Nov = 10:00 GMT."),
    ("18", "Scam mail dated +0400 quoting '2:00 PM (UAE time)' (negative)."),
    ("20", "Teams panel invite (GMT Standard Time) on Tue 10 Nov (negative)."),
]


def write_readme(results):
    n = len(results)
    pos = sum(1 for _, _, lab in results if lab["interview"])
    ivs = [iv for _, _, lab in results for iv in lab["interviews"]]
    by_status = {}
    by_kind = {}
    for iv in ivs:
        by_status[iv["status"]] = by_status.get(iv["status"], 0) + 1
        by_kind[iv["kind"]] = by_kind.get(iv["kind"], 0) + 1
    st = ", ".join(f"{k} {v}" for k, v in sorted(by_status.items()))
    kd = ", ".join(f"{k} {v}" for k, v in sorted(by_kind.items()))
    case_lines = "\n".join(
        f"| {slug[5:7]} | `{slug}` | {'positive' if lab['interview'] else 'negative'} | {len(lab['interviews'])} | {lab['category']} | {lab['difficulty']} |"
        for slug, _, lab in results)
    tz_lines = "\n".join(f"- Case {c}: {t}" for c, t in TZ_POINTS)
    text = f"""# blind308: Manchester maths teacher moving to head of department or edtech (written blind)

Mailbox owner: **Priya Shah <{OWNER}>**, a secondary school maths teacher in Manchester (Europe/London) applying
for head-of-department posts in schools, a multi-academy trust, a Leeds sixth form college and an international
school in Dubai, and for edtech roles in London and Dublin. British English throughout.

This set was written blind: only `/work/shared/eval/README.md` and three dev files (the top of `dev/labels.yaml`, one Teams invite, one Calendar API event) were read to check formats; no tool
code, tests or other sets were looked at. Regenerate with `python make_cases.py` (deterministic, byte-identical).

## What it stresses
- UK school "interview days" (30-minute Year 9 lesson, student panel, written data task, formal interview with the
  headteacher) as ONE onsite interview from the first session to the end of the last, including a day sent as four
  separate Outlook invites, a day rescheduled by e-mail and a day "postponed, new date to follow" (cancelled).
- British time wording ("half past two", "quarter past four", "9.00 a.m.", "tomorrow at 2") and the 25 Oct 2026
  end of BST: Windows "GMT Standard Time" labels showing UTC+00:00 on a BST date, a Dubai call whose UK time changes
  across the clock change, Dublin (Europe/Dublin) times, UTC-only .ics files.
- Edtech processes: Workable first-stage call, case study presentation announced three ways (dedupe), Teamtailor
  confirmation after a propose/confirm thread, a founder's final chat as a Calendar API event.
- Hard negatives from a teacher's mailbox: job alert, portal receipt, parents' evening she runs, safeguarding
  webinar, inspection notice ("asked to interview you"), her own ECT interview panel, rejection, verbal offer,
  DBS identity-check appointment, Dubai recruitment scam.

## Counts
- Cases: {n} ({pos} positive, {n - pos} negative)
- Labelled interviews: {len(ivs)} (status: {st}; kind: {kd})

| # | case | type | interviews | category | difficulty |
|---|------|------|-----------|----------|------------|
{case_lines}

## Formats used
- Plain-text and HTML e-mails (quoted-printable, base64, 7bit), human threads with In-Reply-To/References.
- Google Calendar invitations (multipart/mixed: text/plain, text/html, text/calendar;method=REQUEST, invite.ics).
- Exchange/Teams meeting requests (multipart/alternative with base64 text/calendar, TZID "GMT Standard Time",
  X-MICROSOFT-CDO-* properties, "(UTC+00:00) Dublin, Edinburgh, Lisbon, London" labels), one Outlook .ics attachment.
- ATS / job-board mails with .ics attachments: Workable, Teamtailor, a TES-style board (Teachvault), an
  eTeach-style board (eSchoolsHire), a local authority recruitment portal (Millbrook Council).
- Standalone .ics files (Zoom interview with TZID Asia/Dubai; Zoom webinar in UTC).
- Google Calendar API v3 `.gcal.json` events (owner as `"self": true`).

## Time-zone / DST points
{tz_lines}
"""
    (OUT / "README.md").write_text(text, encoding="utf-8")


def main():
    check_dst_2026()
    for p in sorted(OUT.glob("b308-*")):
        if p.is_dir():
            shutil.rmtree(p)
    results = []
    for i, fn in enumerate(CASES, 1):
        slug, items, lab = fn()
        assert slug.startswith(f"b308-{i:02d}-"), (slug, i)
        folder = OUT / slug
        folder.mkdir()
        for j, (name, data) in enumerate(items, 1):
            assert name.startswith(f"{j:02d}-"), name
            assert name.endswith((".eml", ".ics", ".gcal.json")), name
            (folder / name).write_bytes(data)
        results.append((slug, items, lab))
    labels = {slug: lab for slug, _, lab in results}
    text = ("# Labels for blind308 (written blind). Schema: /work/shared/eval/README.md\n"
            + yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=110))
    (OUT / "labels.yaml").write_text(text, encoding="utf-8")
    write_readme(results)
    print(f"wrote {len(results)} cases to {OUT}")


if __name__ == "__main__":
    main()
