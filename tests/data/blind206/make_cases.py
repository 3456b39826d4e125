#!/usr/bin/env python3
"""Regenerate the blind206 evaluation set (interview detection), written blind.

Owner: Tamsin Okoro <tamsin.okoro@example.com>, a Boston-based research associate applying to
biotech / pharma roles. Every case folder and labels.yaml are rebuilt deterministically next to
this script (fixed dates, Message-IDs, UIDs and MIME boundaries). Standard library + PyYAML only.

    python make_cases.py
"""
import base64
import email.utils
import hashlib
import html
import json
import os
import quopri
import shutil
from datetime import datetime, timezone

import yaml
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "b206-"
ET = ZoneInfo("America/New_York")
PT = ZoneInfo("America/Los_Angeles")
UTC = timezone.utc

USER = "tamsin.okoro@example.com"
USER_NAME = "Tamsin Okoro"
WORK = "tokoro@libr.example"          # her current institute address (auto-forwards to USER)
PHONE = "+1 (617) 555-0142"


# ----------------------------------------------------------------------------------------------
# small helpers
# ----------------------------------------------------------------------------------------------
def T(y, m, d, hh=0, mm=0, ss=0, tz=ET, wd=None):
    """Aware datetime; wd asserts the weekday named in the text."""
    x = datetime(y, m, d, hh, mm, ss, tzinfo=tz)
    if wd is not None:
        assert x.strftime("%A") == wd, (x.isoformat(), x.strftime("%A"), wd)
    return x


def hx(seed, n=16):
    return hashlib.sha256(seed.encode("utf-8")).hexdigest()[:n]


def b32(seed, n=26):
    return base64.b32encode(hashlib.sha256(seed.encode("utf-8")).digest()).decode().lower()[:n]


def b64s(seed, n=22):
    s = base64.b64encode(hashlib.sha256(seed.encode("utf-8")).digest()).decode()
    return s.replace("+", "A").replace("/", "B")[:n]


def uuid_like(seed):
    h = hx(seed, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}"


def rfcdate(x):
    return email.utils.format_datetime(x)


def utc(x):
    return x.astimezone(UTC)


def addr(name, a):
    return email.utils.formataddr((name, a))


def gtime(x):
    """Google Calendar style: 2pm, 2:45pm, 10am."""
    h = x.hour % 12 or 12
    s = str(h) + (f":{x.minute:02d}" if x.minute else "")
    return s + ("am" if x.hour < 12 else "pm")


def otime(x):
    """Outlook style: 2:00 PM."""
    h = x.hour % 12 or 12
    return f"{h}:{x.minute:02d} " + ("AM" if x.hour < 12 else "PM")


def long_date(x):
    return f"{x:%A}, {x:%B} {x.day}, {x.year}"


def fold(line, width=78):
    if len(line) <= width:
        return line
    words = line.split(" ")
    out, cur = [], words[0]
    for w in words[1:]:
        if len(cur) + 1 + len(w) > width and cur.strip():
            out.append(cur)
            cur = " " + w
        else:
            cur += " " + w
    out.append(cur)
    return "\n".join(out)


def b64lines(data):
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def leaf(ctype, text, cte="7bit", extra=()):
    if cte == "base64":
        body = b64lines(text.encode("utf-8"))
    elif cte == "quoted-printable":
        body = qp(text)
    else:
        body = text
    hdr = [f"Content-Type: {ctype}"]
    if cte:
        hdr.append(f"Content-Transfer-Encoding: {cte}")
    hdr += list(extra)
    return "\n".join(hdr) + "\n\n" + body.rstrip("\n") + "\n"


def multi(subtype, boundary, parts):
    out = [f'Content-Type: multipart/{subtype}; boundary="{boundary}"', ""]
    for p in parts:
        out.append(f"--{boundary}")
        out.append(p.rstrip("\n"))
        out.append("")
    out.append(f"--{boundary}--")
    return "\n".join(out) + "\n"


def message(headers, body, mime_version="1.0"):
    lines = [fold(f"{k}: {v}") for k, v in headers if v is not None]
    return "\n".join(lines) + f"\nMIME-Version: {mime_version}\n" + body


def quote(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.rstrip("\n").split("\n"))


def text_to_html(text, wrap='<div dir="ltr">', end="</div>"):
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        out.append("<div>" + "<br>".join(html.escape(l, quote=False) for l in p.split("\n")) + "</div>")
    return wrap + "<div><br></div>".join(out) + end


def received(seed, when, host="mail-sor-f41.google.com", ip="209.85.220.41"):
    return (f"from {host} ({host}. [{ip}]) by mx.example.com with ESMTPS id {hx(seed + 'rcv', 12)} "
            f"for <{USER}>; {rfcdate(utc(when))}")


# ----------------------------------------------------------------------------------------------
# iCalendar
# ----------------------------------------------------------------------------------------------
def ics_fold(line):
    if len(line.encode("utf-8")) <= 75:
        return line
    out, cur = [], b""
    for ch in line:
        cb = ch.encode("utf-8")
        if len(cur) + len(cb) > 75:
            out.append(cur.decode("utf-8"))
            cur = b" "
        cur += cb
    out.append(cur.decode("utf-8"))
    return "\r\n".join(out)


def esc(t):
    return t.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def vcal(lines):
    return "".join(ics_fold(l) + "\r\n" for l in lines)


def zstamp(x):
    return utc(x).strftime("%Y%m%dT%H%M%SZ")


def lstamp(x):
    return x.strftime("%Y%m%dT%H%M%S")


VTZ_NEW_YORK = [
    "BEGIN:VTIMEZONE", "TZID:America/New_York", "X-LIC-LOCATION:America/New_York",
    "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400", "TZNAME:EDT",
    "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
    "BEGIN:STANDARD", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "TZNAME:EST",
    "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
    "END:VTIMEZONE",
]


def vtz_windows(name, std, dst):
    return [
        "BEGIN:VTIMEZONE", f"TZID:{name}",
        "BEGIN:STANDARD", "DTSTART:16010101T020000", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT",
        "END:VTIMEZONE",
    ]


WINTZ = {
    "Eastern Standard Time": (vtz_windows("Eastern Standard Time", "-0500", "-0400"),
                              "(UTC-05:00) Eastern Time (US & Canada)"),
    "Pacific Standard Time": (vtz_windows("Pacific Standard Time", "-0800", "-0700"),
                              "(UTC-08:00) Pacific Time (US & Canada)"),
}
GTZ_LABEL = {"America/New_York": "Eastern Time - New York",
             "America/Los_Angeles": "Pacific Time - Los Angeles"}


def attendee_line(name, mail, partstat="NEEDS-ACTION", role="REQ-PARTICIPANT", google=True,
                  cutype="INDIVIDUAL"):
    if google:
        return (f"ATTENDEE;CUTYPE={cutype};ROLE={role};PARTSTAT={partstat};RSVP=TRUE;CN={name};"
                f"X-NUM-GUESTS=0:mailto:{mail}")
    return f"ATTENDEE;ROLE={role};PARTSTAT={partstat};RSVP=TRUE;CN={name}:mailto:{mail}"


# ----------------------------------------------------------------------------------------------
# Google Calendar invitation e-mail (multipart/mixed: alternative(plain, html, calendar) + ics)
# ----------------------------------------------------------------------------------------------
def google_invite(seed, *, date, organizer, attendees, start, end, summary, description="",
                  location="", meet=False, uid=None, seq=0, created=None, kind="Invitation",
                  rrule=None, invitee=USER, method="REQUEST"):
    """organizer=(name, email); attendees=[(name, email, partstat[, cutype])] incl. organizer."""
    uid = uid or f"{b32(seed + 'uid')}@google.com"
    created = created or date
    eid = base64.b64encode(f"{uid.split('@')[0]} {invitee}".encode()).decode().rstrip("=")
    view = f"https://calendar.google.com/calendar/event?action=VIEW&eid={eid}"
    tzkey = start.tzinfo.key
    tzabbr = start.tzname()
    code = f"{b32(seed + 'meet', 3)}-{b32(seed + 'meet2', 4)}-{b32(seed + 'meet3', 3)}"
    pin = str(int(hx(seed + "pin", 8), 16))[:9]
    if rrule:
        when_subj = f"Weekly on {start:%A} from {gtime(start)} to {gtime(end)} ({tzabbr})"
        when_body = f"Weekly on {start:%A} ⋅ {gtime(start)} – {gtime(end)}"
    else:
        when_subj = f"{start:%a %b} {start.day}, {start.year} {gtime(start)} - {gtime(end)} ({tzabbr})"
        when_body = f"{start:%A %b} {start.day}, {start.year} ⋅ {gtime(start)} – {gtime(end)}"
    subject = f"{kind}: {summary} @ {when_subj} ({invitee})"

    lines = []
    if kind == "Updated invitation":
        lines += ["This event has been updated", "Changed: time", ""]
    lines += [summary, when_body, GTZ_LABEL[tzkey], ""]
    if location:
        lines += ["Location", location, ""]
    if meet:
        lines += ["Join with Google Meet", f"https://meet.google.com/{code}", "",
                  "Join by phone", f"(US) +1 617-555-{pin[:4]}", f"PIN: {pin}", ""]
    lines += ["Organizer", organizer[0], organizer[1], "", "Guests"]
    for a in attendees:
        if a[1] == organizer[1]:
            lines += [f"{a[0]} - organizer", a[1]]
        elif a[0] != a[1]:
            lines += [a[0], a[1]]
        else:
            lines += [a[1]]
    lines += [f"View all guest info {view}", ""]
    if description:
        lines += [description, ""]
    lines += [f"Reply for {invitee} and view more details {view}", "", "~~//~~",
              "Invitation from Google Calendar: https://calendar.google.com/calendar/", "",
              "You are receiving this email because you are an attendee on the event.", "",
              "Forwarding this invitation could allow any recipient to send a response to the "
              "organizer, be added to the guest list, invite others regardless of their own "
              "invitation status, or modify your RSVP. Learn more "
              "https://support.google.com/calendar/answer/37135#forwarding"]
    plain = "\n".join(lines) + "\n"
    html_body = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
                 '</head><body><div style="font-family:Roboto,Helvetica,Arial,sans-serif">'
                 + "".join("<p>" + "<br>".join(html.escape(l, quote=False) for l in blk.split("\n"))
                           + "</p>\n" for blk in plain.strip().split("\n\n"))
                 + "</div></body></html>\n")

    cal = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
           "CALSCALE:GREGORIAN", f"METHOD:{method}"]
    if rrule:
        cal += VTZ_NEW_YORK
    cal += ["BEGIN:VEVENT"]
    if rrule:
        cal += [f"DTSTART;TZID={tzkey}:{lstamp(start)}", f"DTEND;TZID={tzkey}:{lstamp(end)}",
                f"RRULE:{rrule}"]
    else:
        cal += [f"DTSTART:{zstamp(start)}", f"DTEND:{zstamp(end)}"]
    cal += [f"DTSTAMP:{zstamp(date)}", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}",
            f"UID:{uid}"]
    for a in attendees:
        cut = a[3] if len(a) > 3 else "INDIVIDUAL"
        cal.append(attendee_line(a[0], a[1], a[2], cutype=cut))
    if meet:
        cal.append(f"X-GOOGLE-CONFERENCE:https://meet.google.com/{code}")
    desc = description
    if meet:
        desc += ("\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
                 f"Join with Google Meet: https://meet.google.com/{code}\n"
                 "Please do not edit this section.\n"
                 "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-")
    cal += [f"CREATED:{zstamp(created)}", f"DESCRIPTION:{esc(desc)}",
            f"LAST-MODIFIED:{zstamp(date)}", f"LOCATION:{esc(location)}", f"SEQUENCE:{seq}",
            "STATUS:CONFIRMED", f"SUMMARY:{esc(summary)}", "TRANSP:OPAQUE",
            "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder",
            "TRIGGER:-P0DT0H10M0S", "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    ics = vcal(cal)

    b_mixed = "000000000000" + hx(seed + "bm", 12)
    b_alt = "000000000000" + hx(seed + "ba", 12)
    body = multi("mixed", b_mixed, [
        multi("alternative", b_alt, [
            leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', plain, "base64"),
            leaf('text/html; charset="UTF-8"', html_body, "quoted-printable"),
            leaf(f'text/calendar; charset="UTF-8"; method={method}', ics, "base64"),
        ]),
        leaf('application/ics; name="invite.ics"', ics, "base64",
             ['Content-Disposition: attachment; filename="invite.ics"']),
    ])
    headers = [
        ("Delivered-To", USER),
        ("Received", received(seed, date, "mail-sor-f73.google.com", "209.85.220.73")),
        ("Return-Path", f"<{b64s(seed + 'rp', 24)}@calendar-server.bounces.google.com>"),
        ("Reply-To", addr(*organizer)),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("Message-ID", f"<calendar-{uuid_like(seed + 'mid')}@google.com>"),
        ("Date", rfcdate(utc(date))),
        ("Subject", subject),
        ("From", addr(*organizer)),
        ("To", invitee),
    ]
    return message(headers, body)


# ----------------------------------------------------------------------------------------------
# Exchange / Outlook meeting request (multipart/alternative: plain, html, text/calendar)
# ----------------------------------------------------------------------------------------------
def outlook_ids(seed, tenant="namprd11"):
    box = "BN" + str(int(hx(seed + "box", 4), 16) % 9) + "PR11MB" + str(1000 + int(hx(seed + "n", 4), 16) % 8999)
    mid = f"<{box}{hx(seed + 'mid', 12).upper()}{hx(seed + 'mid2', 8).upper()}@{box}.{tenant}.prod.outlook.com>"
    return mid


def thread_index(seed):
    return base64.b64encode(hashlib.sha256((seed + "ti").encode()).digest()[:22]).decode()


def outlook_invite(seed, *, date, organizer, to, attendees, start, end, tzwin, summary, body_text,
                   cc=(), location="Microsoft Teams Meeting", teams=True, seq=0, method="REQUEST",
                   uid=None, delivered_to=USER, thread_topic=None):
    """attendees=[(name, email, role, partstat)]"""
    vtz, display = WINTZ[tzwin]
    uid = uid or ("040000008200E00074C5B7101A82E00800000000" + hx(seed + "uid", 16).upper()
                  + "000000000000000010000000" + hx(seed + "uid2", 32).upper())
    when = (f"When: {long_date(start)} {otime(start)}-{otime(end)} {display}.")
    meeting_id = " ".join([str(100 + int(hx(seed + 'm1', 3), 16) % 899), str(100 + int(hx(seed + 'm2', 3), 16) % 899),
                           str(100 + int(hx(seed + 'm3', 3), 16) % 899), str(100 + int(hx(seed + 'm4', 3), 16) % 899)])
    passcode = b64s(seed + "pc", 6)
    join = (f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{b64s(seed + 'tj', 40)}"
            f"%40thread.v2/0?context=%7b%22Tid%22%3a%22{uuid_like(seed + 'tid')}%22%7d")
    teams_block = ("\n\n" + "_" * 80 + "\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\n"
                   f"Click here to join the meeting<{join}>\nMeeting ID: {meeting_id}\nPasscode: {passcode}\n"
                   "Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | "
                   "Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
                   "Learn More<https://aka.ms/JoinTeamsMeeting>\n" + "_" * 80) if teams else ""
    desc = body_text.rstrip("\n") + teams_block
    if method == "CANCEL":
        subject = f"Canceled: {summary}"
    else:
        subject = summary
    plain = f"{when}\nWhere: {location}\n\n*~*~*~*~*~*~*~*~*~*\n\n{desc}\n"
    html_body = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                 '<meta name="Generator" content="Microsoft Exchange Server">\n</head>\n<body>\n'
                 f'<div>{html.escape(when, quote=False)}<br>\nWhere: {html.escape(location, quote=False)}<br>\n'
                 '<br>\n*~*~*~*~*~*~*~*~*~*<br>\n</div>\n<div>\n'
                 + "<br>\n".join(html.escape(l, quote=False) for l in desc.split("\n"))
                 + "\n</div>\n</body>\n</html>\n")
    cal = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
    cal += vtz
    cal += ["BEGIN:VEVENT", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    for a in attendees:
        cal.append(attendee_line(a[0], a[1], a[3], role=a[2], google=False))
    cal += [f"DESCRIPTION;LANGUAGE=en-US:{esc(desc)}", f"UID:{uid}",
            f"SUMMARY;LANGUAGE=en-US:{esc(subject)}",
            f"DTSTART;TZID={tzwin}:{lstamp(start)}", f"DTEND;TZID={tzwin}:{lstamp(end)}",
            "CLASS:PUBLIC", "PRIORITY:1" if method == "CANCEL" else "PRIORITY:5",
            f"DTSTAMP:{zstamp(date)}", "TRANSP:TRANSPARENT" if method == "CANCEL" else "TRANSP:OPAQUE",
            "STATUS:CANCELLED" if method == "CANCEL" else "STATUS:CONFIRMED", f"SEQUENCE:{seq}",
            f"LOCATION;LANGUAGE=en-US:{esc(location)}",
            f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
            f"X-MICROSOFT-CDO-OWNERAPPTID:{int(hx(seed + 'own', 7), 16)}",
            "X-MICROSOFT-CDO-BUSYSTATUS:FREE" if method == "CANCEL" else "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
            "X-MICROSOFT-CDO-INTENDEDSTATUS:FREE" if method == "CANCEL" else "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
            "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1" if method != "CANCEL" else "X-MICROSOFT-CDO-IMPORTANCE:2",
            "X-MICROSOFT-CDO-INSTTYPE:0"]
    if teams:
        cal += [f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{join}",
                'X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}']
    cal += ["X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
            "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT",
            f"X-MICROSOFT-LOCATIONDISPLAYNAME:{esc(location)}"]
    if method != "CANCEL":
        cal += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M",
                "ACTION:DISPLAY", "END:VALARM"]
    cal += ["END:VEVENT", "END:VCALENDAR"]
    ics = vcal(cal)
    bnd = f"_000_{outlook_ids(seed).strip('<>').split('@')[0]}_"
    body = multi("alternative", bnd, [
        leaf('text/plain; charset="utf-8"', plain, "quoted-printable"),
        leaf('text/html; charset="utf-8"', html_body, "quoted-printable"),
        leaf(f'text/calendar; charset="utf-8"; method={method}', ics, "base64"),
    ])
    headers = [
        ("Delivered-To", delivered_to),
        ("Received", received(seed, date, "NAM12-BN8-obe.outbound.protection.outlook.com", "40.107.237.72")),
        ("From", addr(*organizer)),
        ("To", ", ".join(addr(*t) for t in to)),
        ("CC", ", ".join(addr(*c) for c in cc) if cc else None),
        ("Subject", subject),
        ("Thread-Topic", thread_topic or summary),
        ("Thread-Index", thread_index(seed)),
        ("Date", rfcdate(utc(date))),
        ("Message-ID", outlook_ids(seed)),
        ("Accept-Language", "en-US"),
        ("Content-Language", "en-US"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ]
    return message(headers, body)


# ----------------------------------------------------------------------------------------------
# human / vendor mail
# ----------------------------------------------------------------------------------------------
def gmail_msg(seed, *, date, frm, subject, text, to=((USER_NAME, USER),), cc=(), in_reply_to=None,
              references=(), reply_to=None, delivered_to=USER):
    mid = f"<CA{b64s(seed + 'gm', 44)}@mail.gmail.com>"
    bnd = "000000000000" + hx(seed + "b", 12)
    non_ascii = any(ord(c) > 127 for c in text)
    body = multi("alternative", bnd, [
        leaf('text/plain; charset="UTF-8"', text, "quoted-printable" if non_ascii else "7bit"),
        leaf('text/html; charset="UTF-8"', text_to_html(text) + "\n", "quoted-printable"),
    ])
    headers = [
        ("Delivered-To", delivered_to),
        ("Received", received(seed, date)),
        ("From", addr(*frm)),
        ("Date", rfcdate(date)),
        ("Message-ID", mid),
        ("Subject", subject),
        ("To", ", ".join(addr(*t) for t in to)),
        ("Cc", ", ".join(addr(*c) for c in cc) if cc else None),
        ("Reply-To", addr(*reply_to) if reply_to else None),
        ("In-Reply-To", in_reply_to),
        ("References", " ".join(references) if references else None),
    ]
    return mid, message(headers, body)


def outlook_msg(seed, *, date, frm, subject, text, to=((USER_NAME, USER),), cc=(), in_reply_to=None,
                references=(), delivered_to=USER, tenant="namprd11"):
    mid = outlook_ids(seed, tenant)
    bnd = f"_000_{mid.strip('<>').split('@')[0]}_"
    html_body = ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
                 '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                 '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n</head>\n'
                 '<body lang="EN-US" link="#0563C1" vlink="#954F72">\n<div class="WordSection1">\n'
                 + "\n".join('<p class="MsoNormal">' + (html.escape(l, quote=False) or "<o:p>&nbsp;</o:p>") + "</p>"
                             for l in text.rstrip("\n").split("\n"))
                 + "\n</div>\n</body>\n</html>\n")
    body = multi("alternative", bnd, [
        leaf('text/plain; charset="us-ascii"' if text.isascii() else 'text/plain; charset="utf-8"',
             text, "quoted-printable"),
        leaf('text/html; charset="us-ascii"' if text.isascii() else 'text/html; charset="utf-8"',
             html_body, "quoted-printable"),
    ])
    headers = [
        ("Delivered-To", delivered_to),
        ("Received", received(seed, date, "NAM11-DM6-obe.outbound.protection.outlook.com", "40.107.223.91")),
        ("From", addr(*frm)),
        ("To", ", ".join(addr(*t) for t in to)),
        ("CC", ", ".join(addr(*c) for c in cc) if cc else None),
        ("Subject", subject),
        ("Thread-Topic", subject.split(": ", 1)[-1] if subject[:3] in ("RE:", "FW:") else subject),
        ("Thread-Index", thread_index(seed)),
        ("Date", rfcdate(utc(date))),
        ("Message-ID", mid),
        ("In-Reply-To", in_reply_to),
        ("References", " ".join(references) if references else None),
        ("Accept-Language", "en-US"),
        ("Content-Language", "en-US"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ]
    return mid, message(headers, body)


def apple_msg(seed, *, date, frm, subject, text, to=((USER_NAME, USER),), in_reply_to=None,
              references=(), iphone=False):
    mid = f"<{uuid_like(seed + 'am').upper()}@{frm[1].split('@')[1]}>"
    if iphone:
        body = leaf("text/plain; charset=utf-8", text, "quoted-printable")
        mv = "1.0 (1.0)"
        mailer = "iPhone Mail (22D82)"
    else:
        bnd = f"Apple-Mail={uuid_like(seed + 'ab').upper()}"
        html_body = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                     '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
                     + text_to_html(text, "", "") + "</body></html>\n")
        body = multi("alternative", bnd, [
            leaf("text/plain;\n\tcharset=utf-8", text, "quoted-printable"),
            leaf("text/html;\n\tcharset=utf-8", html_body, "quoted-printable"),
        ])
        mv = "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))"
        mailer = "Apple Mail (2.3826.400.131.1.6)"
    headers = [
        ("Delivered-To", USER),
        ("Received", received(seed, date, "mail-qv1-f48.google.com", "209.85.219.48")),
        ("From", addr(*frm)),
        ("Subject", subject),
        ("Date", rfcdate(date)),
        ("Message-Id", mid),
        ("In-Reply-To", in_reply_to),
        ("References", " ".join(references) if references else None),
        ("To", ", ".join(addr(*t) for t in to)),
        ("X-Mailer", mailer),
    ]
    return mid, message(headers, body, mime_version=mv)


def vendor_msg(seed, *, date, frm, subject, text, html_body, mid_domain, reply_to=None,
               attachments=(), to=((USER_NAME, USER),), extra_headers=(), sender=None, rcv=None):
    """ATS / system mail: alternative(plain, html) [+ attachments]."""
    mid = f"<{hx(seed + 'v', 24)}.{int(hx(seed + 'v2', 6), 16)}@{mid_domain}>"
    alt = multi("alternative", f"----=_Part_{int(hx(seed + 'p', 6), 16)}_{int(hx(seed + 'p2', 8), 16)}.{int(utc(date).timestamp())}000", [
        leaf('text/plain; charset="UTF-8"', text, "quoted-printable"),
        leaf('text/html; charset="UTF-8"', html_body, "base64"),
    ])
    if attachments:
        parts = [alt]
        for fname, ctype, content in attachments:
            parts.append(leaf(f'{ctype}; name="{fname}"', content, "base64",
                              [f'Content-Disposition: attachment; filename="{fname}"']))
        body = multi("mixed", f"----=_Part_{int(hx(seed + 'm', 6), 16)}_{int(hx(seed + 'm2', 8), 16)}.{int(utc(date).timestamp())}001", parts)
    else:
        body = alt
    host, ip = rcv or ("o1.ptr4412.mail.example.net", "198.51.100.23")
    headers = [
        ("Delivered-To", USER),
        ("Received", received(seed, date, host, ip)),
        ("From", addr(*frm)),
        ("Sender", sender),
        ("Reply-To", addr(*reply_to) if reply_to else None),
        ("To", ", ".join(addr(*t) for t in to)),
        ("Subject", subject),
        ("Date", rfcdate(utc(date))),
        ("Message-ID", mid),
    ] + list(extra_headers)
    return mid, message(headers, body)


def simple_html(text, brand=None, color="#1f4e79"):
    blocks = text.strip("\n").split("\n\n")
    inner = "".join("<p style=\"margin:0 0 14px 0\">" + "<br>\n".join(html.escape(l, quote=False) for l in b.split("\n"))
                    + "</p>\n" for b in blocks)
    head = (f'<tr><td style="background:{color};color:#ffffff;padding:14px 24px;font-size:18px;'
            f'font-weight:bold">{html.escape(brand)}</td></tr>\n') if brand else ""
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n<body style="margin:0;background:#f4f5f7">\n'
            '<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">\n'
            '<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;'
            'font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222222">\n'
            + head + '<tr><td style="padding:24px">\n' + inner + "</td></tr>\n</table>\n</td></tr></table>\n</body></html>\n")


def ats_ics(*, prodid, method, uid, stamp, start, end, organizer, attendees, summary, description,
            location, tz="utc", seq=0, status="CONFIRMED"):
    cal = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN", f"METHOD:{method}"]
    if tz == "ny":
        cal += VTZ_NEW_YORK
    cal += ["BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{zstamp(stamp)}"]
    if tz == "ny":
        cal += [f"DTSTART;TZID=America/New_York:{lstamp(start)}", f"DTEND;TZID=America/New_York:{lstamp(end)}"]
    else:
        cal += [f"DTSTART:{zstamp(start)}", f"DTEND:{zstamp(end)}"]
    if organizer:
        cal.append(f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}")
    for a in attendees:
        cal.append(attendee_line(a[0], a[1], a[2], google=False))
    cal += [f"SUMMARY:{esc(summary)}", f"DESCRIPTION:{esc(description)}", f"LOCATION:{esc(location)}",
            f"SEQUENCE:{seq}", f"STATUS:{status}", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    return vcal(cal)


def iv(company, role, start, end, status, interviewers, followup, kind):
    return {
        "company": company,
        "role": role,
        "start": start.isoformat(),
        "end": end.isoformat() if end is not None else None,
        "status": status,
        "interviewer_emails": list(interviewers),
        "followup_recipients": list(followup),
        "kind": kind,
    }


def label(interviews, difficulty, category, notes):
    return {
        "user": USER,
        "interview": bool(interviews),
        "interviews": interviews,
        "difficulty": difficulty,
        "category": category,
        "notes": notes,
        "source": "synthetic",
    }


CASES = []


def case(cid, items, lab):
    assert cid.startswith(PREFIX)
    CASES.append((cid, items, lab))

# ==== CASES BELOW ====

LIBR = "Longwood Institute for Biomedical Research"
ME = (USER_NAME, USER)
ME_WORK = ("Okoro, Tamsin", WORK)
GIDEON = ("Gideon Haldane", "ghaldane@libr.example")
OKSANA = ("Oksana Hryhorenko", "ohryhorenko@libr.example")
SIG = f"Tamsin Okoro\nResearch Associate, Haldane Lab | {LIBR}\n{PHONE}"


# ---------------------------------------------------------------------------------------------- 01
def c01():
    cid = "b206-01-workday-phone-screen-across-dst"
    corinne = ("Corinne Ashby", "corinne.ashby@sablewoodtx.example")
    sent = T(2026, 3, 4, 14, 12, 9, wd="Wednesday")          # EST (-05:00)
    s = T(2026, 3, 10, 11, 0, wd="Tuesday")                  # EDT (-04:00), after the Mar 8 switch
    e = T(2026, 3, 10, 11, 30)
    role = "Research Associate II, Analytical Development"
    text = f"""Hi Tamsin,

Thank you for your interest in the {role} position (R-10482) at Sablewood Therapeutics. We are pleased to confirm your interview.

Interview Type: Phone Screen
Date: {long_date(s)}
Time: 11:00 AM - 11:30 AM EDT
Interviewer: Corinne Ashby, Talent Acquisition Partner
Location: Corinne will call you at {PHONE}

A calendar invitation is attached to this message.

If you need to reschedule, reply to this email or contact Corinne directly at {corinne[1]}.

You can review the status of your application at any time from Candidate Home:
https://wd5.myworkdaysite.com/en-US/recruiting/sablewood/Sablewood_Careers/userHome

Best regards,
Talent Acquisition
Sablewood Therapeutics
"""
    ics = ats_ics(prodid="-//Workday\\, Inc.//Workday Recruiting//EN", method="REQUEST",
                  uid=f"INT-{hx('c01uid', 10).upper()}@sablewood.myworkday.com", stamp=sent, start=s, end=e,
                  organizer=corinne, attendees=[(USER_NAME, USER, "NEEDS-ACTION")],
                  summary=f"Phone Screen - {role} (R-10482)",
                  description=f"Phone Screen with Corinne Ashby\\, Talent Acquisition Partner. Corinne will call you at {PHONE}.".replace("\\,", ","),
                  location=f"Phone call - {PHONE}", tz="ny")
    _, m = vendor_msg("c01", date=sent, frm=("Sablewood Therapeutics", "sablewood@myworkday.com"),
                      reply_to=corinne, subject=f"Interview Scheduled - {role} (R-10482)", text=text,
                      html_body=simple_html(text, "Sablewood Therapeutics", "#0b5563"),
                      mid_domain="wd5-prvo.myworkday.com", rcv=("wd5-smtp-out3.myworkday.com", "198.51.100.61"),
                      attachments=[("Interview.ics", "text/calendar; charset=UTF-8; method=REQUEST", ics)])
    lab = label([iv("Sablewood Therapeutics", role, s, e, "scheduled", [corinne[1]], [corinne[1]], "phone_screen")],
                "medium", "positive/workday-ics-dst",
                "Workday 'Interview Scheduled' mail sent Mar 4 (EST) for Mar 10 11:00 EDT (after the Mar 8 DST "
                "switch); .ics uses TZID America/New_York. The recruiter conducts the screen.")
    case(cid, {"01-workday-interview-scheduled.eml": m}, lab)


# ---------------------------------------------------------------------------------------------- 02
def c02():
    cid = "b206-02-iacuc-rodent-handling-training"
    carmen = ("Carmen Ruiz-Delgado", "cruiz-delgado@libr.example")
    vet = ("Felicity Brandt", "fbrandt@libr.example")
    sent = T(2026, 2, 27, 10, 3, 44, wd="Friday")
    s = T(2026, 3, 5, 9, 0, wd="Thursday")
    e = T(2026, 3, 5, 11, 0)
    desc = ("Required hands-on session for personnel being added to IACUC protocol #2025-0117 "
            "(PI: G. Haldane).\n\nBefore the session, please complete the CITI modules 'Working with the "
            "IACUC' and 'Working with Mice in Research', and bring your Occupational Health clearance "
            "letter. Scrubs and PPE are provided at the B-level entrance.\n\nWe will cover restraint, "
            "IP/SC injection, oral gavage and humane endpoints. The session ends with a short one-on-one "
            "competency check with the attending veterinarian, Dr. Felicity Brandt; you'll receive your "
            "sign-off by e-mail afterwards.\n\nCarmen Ruiz-Delgado\nTraining Coordinator, Animal Resources")
    m = google_invite("c02", date=sent, organizer=carmen,
                      attendees=[(carmen[0], carmen[1], "ACCEPTED"), (vet[0], vet[1], "ACCEPTED"),
                                 ("Tamsin Okoro", WORK, "NEEDS-ACTION")],
                      start=s, end=e, invitee=WORK,
                      summary="IACUC Hands-on Training: Mouse Handling & Restraint (New Personnel)",
                      description=desc, location="Vivarium B-level, Room B214, Longwood Institute")
    lab = label([], "medium", "negative/training-session",
                "Animal-handling (IACUC) training with a one-on-one competency check; calendar invite with "
                "hiring-adjacent words, but not a job interview.")
    case(cid, {"01-invitation-iacuc-training.eml": m}, lab)


# ---------------------------------------------------------------------------------------------- 03
def c03():
    cid = "b206-03-greenhouse-confirm-plus-hm-invite"
    bianca = ("Bianca Moreau", "bianca.moreau@corvinabio.example")
    tomasz = ("Tomasz Wielgus", "tomasz.wielgus@corvinabio.example")
    role = "Research Associate, Protein Engineering"
    s = T(2026, 3, 12, 14, 0, wd="Thursday")
    e = T(2026, 3, 12, 14, 45)
    d1 = T(2026, 3, 6, 10, 41, 12, wd="Friday")
    d2 = T(2026, 3, 6, 15, 2, 50)
    text = f"""Hi Tamsin,

Thanks for making time to speak with us! Your interview is confirmed:

{role}
{long_date(s)}
2:00 PM - 2:45 PM EDT

Zoom video interview with Dr. Tomasz Wielgus, Principal Scientist, Protein Engineering

Tomasz will send the Zoom details from his own calendar. Expect questions about your binding-kinetics work (SPR/BLI) and how you would approach setting up a new assay.

If anything changes, just reply to this email.

Best,
Bianca Moreau
Recruiting Coordinator | Corvina Bio
{bianca[1]}
"""
    _, m1 = vendor_msg("c03a", date=d1, frm=bianca, subject=f"Interview Confirmation: Corvina Bio - {role}",
                       text=text, html_body=simple_html(text), mid_domain="mail.greenhouse.io",
                       rcv=("o3.email.greenhouse.io", "198.51.100.17"))
    zoom = "https://corvinabio.zoom.us/j/83529017746?pwd=Q2h6bE1xV0pZc1ZrT3FzZz09"
    m2 = google_invite("c03b", date=d2, organizer=tomasz,
                       attendees=[(tomasz[0], tomasz[1], "ACCEPTED"), (USER, USER, "NEEDS-ACTION")],
                       start=s, end=e, summary="Tamsin Okoro / Tomasz Wielgus (Corvina) - RA Protein Eng",
                       description=f"Zoom: {zoom}\n\n45 min. Will ask about the SPR data on your poster.\n-TW",
                       location=zoom)
    lab = label([iv("Corvina Bio", role, s, e, "scheduled", [tomasz[1]], [tomasz[1]], "hiring_manager")],
                "medium", "positive/dedupe-greenhouse-plus-google",
                "Greenhouse confirmation from the coordinator plus the hiring manager's own Google invite for "
                "the same slot = one interview. Coordinator only schedules. Mail sent in EST, interview in EDT.")
    case(cid, {"01-greenhouse-interview-confirmation.eml": m1, "02-invitation-tomasz-wielgus.eml": m2}, lab)


# ---------------------------------------------------------------------------------------------- 04
def c04():
    cid = "b206-04-vendor-spectral-cytometer-demo"
    rhys = ("Rhys Calloway", "rhys.calloway@lumora-instruments.example")
    marcus = ("Marcus Jelinek", "marcus.jelinek@lumora-instruments.example")
    d1 = T(2026, 3, 13, 9, 18, 2, wd="Friday")
    d2 = T(2026, 3, 13, 9, 26, 40)
    s = T(2026, 3, 24, 13, 0, wd="Tuesday")
    e = T(2026, 3, 24, 15, 0)
    text = f"""Hi Tamsin,

Great speaking with you and Oksana on Tuesday. As promised, I've reserved the Aurelia 5L demo unit for your lab the week of March 23. I'll send a calendar hold for the hands-on session on Tuesday the 24th, 1-3 PM, at the Flow Core (Room 4.112). Plan:

- 20 min overview of spectral unmixing and the Aurelia fluidics
- run your 14-color PBMC panel (bring ~2 tubes of stained cells plus single-stain controls)
- Q&A on pricing and service contracts with my colleague Marcus from our sales team

If anyone from the core wants to dial in, I'll add a Teams link.

Looking forward to it!

Rhys Calloway, PhD
Field Application Scientist, Northeast
Lumora Instruments
M: +1 (857) 555-0199
"""
    _, m1 = outlook_msg("c04a", date=d1, frm=rhys, to=[ME_WORK], cc=[OKSANA],
                        subject="Aurelia 5L demo at LIBR - week of 3/23", text=text, delivered_to=USER,
                        tenant="namprd04")
    m2 = outlook_invite("c04b", date=d2, organizer=rhys, to=[ME_WORK, OKSANA], cc=[marcus],
                        attendees=[("Okoro, Tamsin", WORK, "REQ-PARTICIPANT", "NEEDS-ACTION"),
                                   (OKSANA[0], OKSANA[1], "REQ-PARTICIPANT", "NEEDS-ACTION"),
                                   (marcus[0], marcus[1], "OPT-PARTICIPANT", "NEEDS-ACTION")],
                        start=s, end=e, tzwin="Eastern Standard Time",
                        summary="Lumora Aurelia 5L - Hands-on Demo @ LIBR Flow Core",
                        body_text="Hands-on demo of the Aurelia 5L spectral analyzer with your 14-color PBMC "
                                  "panel. Bring stained samples and single-stain controls.\n\nRhys",
                        location="LIBR Flow Core, Room 4.112")
    lab = label([], "medium", "negative/vendor-demo",
                "Instrument vendor demo booked by a field application scientist (Exchange invite, 'meet with "
                "our scientist'); the user is a customer, not a candidate.")
    case(cid, {"01-re-aurelia-demo.eml": m1, "02-invite-aurelia-demo.eml": m2}, lab)


# ---------------------------------------------------------------------------------------------- 05
def c05():
    cid = "b206-05-cro-recruiter-books-client-interview"
    desmond = ("Desmond Achebe", "desmond.achebe@northgate-cro.example")
    helena = ("Helena Vasquez-Ruiz", "helena.vasquez-ruiz@ferrante-onc.example")
    d1 = T(2026, 3, 16, 9, 24, 31, wd="Monday")
    d2 = T(2026, 3, 16, 14, 10, 5)
    s = T(2026, 3, 19, 10, 30, wd="Thursday")                # "this Thursday" from Mon Mar 16
    e = T(2026, 3, 19, 11, 15)
    role = "Research Associate II, In Vivo Pharmacology"
    text = f"""Hi Tamsin,

Good news - Ferrante Oncology reviewed your profile and wants to meet you for the RA II, In Vivo Pharmacology role we discussed (Northgate FSP position, onsite at their Lexington site).

I've gone ahead and booked the slot you gave me: this Thursday at 10:30 AM ET, 45 minutes, with Dr. Helena Vasquez-Ruiz (Associate Director, In Vivo Pharmacology), cc'd here. Helena will send a Teams invite from her calendar.

A few tips:
- Helena will go deep on your dosing and tumor-measurement experience (SC xenografts, IP/IV/PO dosing).
- Be ready to talk about your IACUC training and any AAALAC-accredited facility experience.
- You would technically be a Northgate employee placed at Ferrante, so please leave compensation questions for me.

Call me after and let me know how it went!

Desmond Achebe
Senior Recruiter, FSP Staffing
Northgate Preclinical Services
{desmond[1]} | +1 (978) 555-0163
"""
    _, m1 = outlook_msg("c05a", date=d1, frm=desmond, cc=[helena],
                        subject="Client interview booked - Ferrante Oncology (RA II, In Vivo Pharm)", text=text,
                        tenant="namprd20")
    m2 = outlook_invite("c05b", date=d2, organizer=helena, to=[ME],
                        attendees=[(USER_NAME, USER, "REQ-PARTICIPANT", "NEEDS-ACTION")],
                        start=s, end=e, tzwin="Eastern Standard Time",
                        summary="Ferrante / Northgate FSP candidate - Tamsin Okoro (RA II, In Vivo Pharm)",
                        body_text="Hi Tamsin - looking forward to our conversation about the In Vivo "
                                  "Pharmacology RA II position.\n\nHelena")
    lab = label([iv("Ferrante Oncology", role, s, e, "scheduled", [helena[1]], [helena[1]], "hiring_manager")],
                "hard", "positive/agency-recruiter-client-interview",
                "CRO (Northgate) recruiter books an interview with its client Ferrante Oncology 'this Thursday' "
                "(resolved from Mon Mar 16 -> Thu Mar 19); the client's Associate Director sends the Teams "
                "invite (Windows TZID). One interview; the recruiter does not interview. Company = the client "
                "who interviews (the CRO would be the employer of record).")
    case(cid, {"01-client-interview-booked.eml": m1, "02-teams-invite-ferrante.eml": m2}, lab)


# ---------------------------------------------------------------------------------------------- 06
def c06():
    cid = "b206-06-journal-club-presenting"
    wes = ("Wes Adeyemi", "wadeyemi@libr.example")
    sent = T(2026, 3, 9, 8, 55, 17, wd="Monday")
    s = T(2026, 3, 12, 16, 0, wd="Thursday")
    e = T(2026, 3, 12, 17, 0)
    desc = ("Paper: Lindqvist et al., 'Pooled optical screening of organelle morphology in primary T "
            "cells' (bioRxiv, 2025). Tamsin is presenting.\n\nSince Tamsin and Wes are both interviewing "
            "for industry positions this spring, we'll save the last 15 min for feedback on the slides as if "
            "it were a job seminar. Be constructive!\n\nPizza in the 5th floor kitchen at 3:50.")
    m = google_invite("c06", date=sent, organizer=OKSANA,
                      attendees=[(OKSANA[0], OKSANA[1], "ACCEPTED"), (GIDEON[0], GIDEON[1], "ACCEPTED"),
                                 (wes[0], wes[1], "ACCEPTED"),
                                 ("haldane-lab@libr.example", "haldane-lab@libr.example", "NEEDS-ACTION", "GROUP"),
                                 ("Tamsin Okoro", WORK, "NEEDS-ACTION")],
                      start=s, end=e, invitee=WORK, summary="Haldane Lab Journal Club - Tamsin presenting",
                      description=desc, location="Room 5.210, Longwood Institute")
    lab = label([], "medium", "negative/journal-club",
                "Lab journal club where the user presents; mentions interviewing and a 'job seminar' practice, "
                "but it is an internal meeting.")
    case(cid, {"01-invitation-journal-club.eml": m}, lab)


# ---------------------------------------------------------------------------------------------- 07
def c07():
    cid = "b206-07-san-diego-site-pacific-teams"
    marisol = ("Marisol Tran", "mtran@aldergrovebio.example")
    kenji = ("Kenji Halloran", "k.halloran@aldergrovebio.example")
    role = "Research Associate II, Assay Development"
    d1 = T(2026, 3, 12, 11, 5, 48, wd="Thursday")
    d2 = T(2026, 3, 12, 12, 31, 9, tz=PT)
    s = T(2026, 3, 17, 9, 0, tz=PT, wd="Tuesday")
    e = T(2026, 3, 17, 9, 45, tz=PT)
    assert s.astimezone(ET).hour == 12
    text = f"""Hi Tamsin,

Thanks for sending over your availability. As we discussed, this role sits with our San Diego team at the Torrey Pines site, so your next conversation is with the hiring manager, Dr. Kenji Halloran (Director, Assay Development).

Kenji is available Tuesday, March 17 at 9:00 AM Pacific, which is 12:00 PM Eastern for you. He has blocked 45 minutes and will send a Teams invite directly. Heads up that his calendar is on Pacific time, so the invite will read 9:00 AM.

Relocation support is available for this position; we can go through the details once you've met Kenji.

Best,
Marisol

Marisol Tran
Senior Talent Acquisition Partner | Aldergrove Biosciences
Boston, MA | {marisol[1]}
"""
    _, m1 = outlook_msg("c07a", date=d1, frm=marisol, subject=f"Next step: conversation with Kenji Halloran ({role}, San Diego)",
                        text=text, tenant="namprd07")
    m2 = outlook_invite("c07b", date=d2, organizer=kenji, to=[ME],
                        attendees=[(USER_NAME, USER, "REQ-PARTICIPANT", "NEEDS-ACTION")],
                        start=s, end=e, tzwin="Pacific Standard Time",
                        summary="Aldergrove | Assay Dev RA II | Tamsin Okoro / Kenji Halloran",
                        body_text="Hi Tamsin,\n\nLooking forward to talking about your plate-based assay work "
                                  "and what the San Diego team is building.\n\nKenji")
    lab = label([iv("Aldergrove Biosciences", role, s, e, "scheduled", [kenji[1]], [kenji[1]], "hiring_manager")],
                "hard", "positive/outlook-teams-pacific",
                "Boston recruiter states 9:00 AM Pacific = 12:00 PM Eastern; the San Diego hiring manager's "
                "Teams invite uses TZID 'Pacific Standard Time' with a '(UTC-08:00)' display label although the "
                "date is in PDT (-07:00). One interview (mail + invite).")
    case(cid, {"01-next-step-kenji.eml": m1, "02-teams-invite-kenji.eml": m2}, lab)


# ---------------------------------------------------------------------------------------------- 08
def c08():
    cid = "b206-08-greenhouse-onsite-availability-request"
    marg = ("Marguerite Osei", "marguerite.osei@thornfieldgenomics.example")
    sent = T(2026, 3, 24, 13, 37, 0, wd="Tuesday")
    text = f"""Hi Tamsin,

Thank you for your application for the Research Associate, Single-Cell Genomics role. The team has reviewed your materials and we would love to invite you to an onsite interview at our Watertown lab!

The onsite will run about five hours and includes:
- a 45-minute scientific presentation on a project of your choice (plan ~30 minutes plus Q&A)
- one-on-one interviews with 4-5 members of the team
- a lab tour and lunch with the group

Please submit your availability for the weeks of April 13 and April 20 using the link below. Once we have it, I'll send a calendar invitation with your full itinerary.

Submit your availability:
https://app.greenhouse.io/tokens/{hx('c08tok', 32)}/availability

Best,
Marguerite Osei
Candidate Experience Coordinator | Thornfield Genomics
{marg[1]}
"""
    _, m = vendor_msg("c08", date=sent, frm=marg,
                      subject="Thornfield Genomics: please share your availability for an onsite interview",
                      text=text, html_body=simple_html(text), mid_domain="mail.greenhouse.io",
                      rcv=("o3.email.greenhouse.io", "198.51.100.17"))
    lab = label([], "hard", "negative/availability-request",
                "Greenhouse availability request for an onsite (seminar, one-on-ones, lab tour) with only week "
                "ranges; nothing is booked.")
    case(cid, {"01-onsite-availability-request.eml": m}, lab)


# ---------------------------------------------------------------------------------------------- 09
def c09():
    cid = "b206-09-same-day-onsite-seminar-loop"
    noor = ("Noor Haddad", "noor.haddad@brackenfieldtx.example")
    saoirse = ("Saoirse Lennon", "saoirse.lennon@brackenfieldtx.example")
    abel = ("Abel Ferreira", "abel.ferreira@brackenfieldtx.example")
    yusuf = ("Yusuf Demir", "yusuf.demir@brackenfieldtx.example")
    group = "discovery-biology@brackenfieldtx.example"
    role = "Research Associate II, Discovery Biology"
    day = (2026, 3, 25)
    s = T(*day, 9, 30, wd="Wednesday")
    t1 = T(*day, 10, 15)
    t2 = T(*day, 11, 0)
    t3 = T(*day, 11, 45)
    t4 = T(*day, 12, 45)
    t5 = T(*day, 13, 30)
    e = T(*day, 14, 15)
    d1 = T(2026, 3, 19, 16, 20, 3, wd="Thursday")
    d2 = T(2026, 3, 19, 16, 31, 40)
    d3 = T(2026, 3, 19, 16, 34, 12)
    rows = [
        (s, t1, "Scientific seminar: your research presentation (30 min talk + 15 min Q&A)", "Discovery Biology team", "Kendall Room, 7th floor"),
        (t1, t2, "One-on-one", "Dr. Saoirse Lennon, Senior Scientist, Cell Biology", "Office 7.14"),
        (t2, t3, "One-on-one", "Dr. Abel Ferreira, Scientist II, Assay Development", "Office 7.22"),
        (t3, t4, "Lunch with the research associates (informal)", "Discovery Biology RAs", "7th floor cafe"),
        (t4, t5, "Lab tour: tissue culture suite and imaging core", "Dr. Saoirse Lennon", "Labs 7A/7B"),
        (t5, e, "One-on-one (hiring manager)", "Dr. Yusuf Demir, Director, Discovery Biology", "Office 7.03"),
    ]
    def hm(x):
        return f"{x.hour % 12 or 12}:{x.minute:02d} {'AM' if x.hour < 12 else 'PM'}"
    itin = "\n".join(f"{hm(a)} - {hm(b)}   {what} | {who} | {where}" for a, b, what, who, where in rows)
    text = f"""Hi Tamsin,

We're excited to host you for your onsite interview for the {role} position! Here is your itinerary for {long_date(s)}:

{itin}

Please arrive at our lobby (310 Binney Street, Cambridge) by 9:15 AM; I'll meet you there with a visitor badge and walk you out after your conversation with Yusuf. For the seminar, the room has HDMI and USB-C; please also bring your slides on a USB drive as a backup.

You'll receive calendar invitations for the seminar and for the interview block. Let me know if you have any dietary restrictions for lunch.

Best,
Noor Haddad
Recruiting Coordinator | Brackenfield Therapeutics
{noor[1]}
"""
    table = ("<table style=\"border-collapse:collapse\" cellpadding=\"6\" border=\"1\">\n"
             "<tr><th>Time (ET)</th><th>Session</th><th>With</th><th>Where</th></tr>\n"
             + "".join(f"<tr><td>{hm(a)} &ndash; {hm(b)}</td><td>{html.escape(what)}</td><td>{html.escape(who)}</td>"
                       f"<td>{html.escape(where)}</td></tr>\n" for a, b, what, who, where in rows)
             + "</table>\n")
    intro, rest = text.split(itin)
    html_body = ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px">\n'
                 + "".join("<p>" + "<br>\n".join(html.escape(l, quote=False) for l in b.split("\n")) + "</p>\n" for b in intro.strip().split("\n\n"))
                 + table
                 + "".join("<p>" + "<br>\n".join(html.escape(l, quote=False) for l in b.split("\n")) + "</p>\n" for b in rest.strip().split("\n\n"))
                 + "</body></html>\n")
    _, m1 = vendor_msg("c09a", date=d1, frm=noor, subject=f"Your onsite interview itinerary - Brackenfield Therapeutics (Wed, March 25)",
                       text=text, html_body=html_body, mid_domain="mail.greenhouse.io",
                       rcv=("o3.email.greenhouse.io", "198.51.100.17"))
    m2 = google_invite("c09b", date=d2, organizer=noor,
                       attendees=[(noor[0], noor[1], "ACCEPTED"), (group, group, "NEEDS-ACTION", "GROUP"),
                                  (USER, USER, "NEEDS-ACTION")],
                       start=s, end=t1, summary="Scientific Seminar: Tamsin Okoro (Research Associate II candidate)",
                       description="Candidate seminar: 30 min talk + 15 min Q&A. All Discovery Biology welcome.",
                       location="Brackenfield Therapeutics, Kendall Room (7th floor), 310 Binney St, Cambridge")
    m3 = google_invite("c09c", date=d3, organizer=noor,
                       attendees=[(noor[0], noor[1], "ACCEPTED"), (saoirse[0], saoirse[1], "ACCEPTED"),
                                  (abel[0], abel[1], "ACCEPTED"), (yusuf[0], yusuf[1], "ACCEPTED"),
                                  (USER, USER, "NEEDS-ACTION")],
                       start=t1, end=e, summary=f"Onsite Interviews: Tamsin Okoro - {role}",
                       description=("10:15 Saoirse Lennon (1:1)\n11:00 Abel Ferreira (1:1)\n11:45 Lunch with the RAs\n"
                                    "12:45 Lab tour with Saoirse\n1:30 Yusuf Demir (hiring manager)\n\n"
                                    "Noor will meet Tamsin in the lobby at 9:15."),
                       location="Brackenfield Therapeutics, 7th floor, 310 Binney St, Cambridge")
    ints = [saoirse[1], abel[1], yusuf[1]]
    lab = label([iv("Brackenfield Therapeutics", role, s, e, "scheduled", ints, ints, "onsite")],
                "hard", "positive/onsite-loop-seminar",
                "Same-day onsite: seminar 9:30, one-on-ones, lunch, lab tour, hiring-manager 1:1 ending 2:15 PM; "
                "itinerary mail + two Google invites (seminar to a group list, interview block) = ONE onsite "
                "9:30-14:15 EDT. Coordinator and the group address are not interviewers.")
    case(cid, {"01-onsite-itinerary.eml": m1, "02-invitation-seminar.eml": m2, "03-invitation-interview-block.eml": m3}, lab)


# ---------------------------------------------------------------------------------------------- 10
def c10():
    cid = "b206-10-pi-weekly-one-on-one"
    sent = T(2026, 2, 26, 17, 40, 21, wd="Thursday")
    s = T(2026, 3, 2, 10, 0, wd="Monday")
    e = T(2026, 3, 2, 10, 30)
    desc = ("Standing 1:1. Running agenda: https://docs.google.com/document/d/1" + b64s("c10doc", 40) + "/edit\n\n"
            "This month: (1) handoff plan for the CRISPRi screen, (2) your job search - happy to write "
            "letters, and let's do a practice interview before your onsites. Send me the job descriptions.\n\nG.")
    m = google_invite("c10", date=sent, organizer=GIDEON,
                      attendees=[(GIDEON[0], GIDEON[1], "ACCEPTED"), ("Tamsin Okoro", WORK, "NEEDS-ACTION")],
                      start=s, end=e, invitee=WORK, summary="Tamsin / Gideon 1:1", description=desc,
                      location="Gideon's office (5.201)", rrule="FREQ=WEEKLY;BYDAY=MO")
    lab = label([], "medium", "negative/internal-one-on-one",
                "Weekly one-on-one with her current PI (recurring Google invite); mentions the job search and a "
                "practice interview, but it is an internal meeting.")
    case(cid, {"01-invitation-weekly-1on1.eml": m}, lab)


# ---------------------------------------------------------------------------------------------- 11
def c11():
    cid = "b206-11-hm-reschedule-freezer-alarm"
    ott = ("Ottilie Brandvold", "o.brandvold@wrenfieldbio.example")
    role = "Research Associate, Cell Culture Process Development"
    s0 = T(2026, 3, 18, 15, 0, wd="Wednesday")
    e0 = T(2026, 3, 18, 15, 30)
    s = T(2026, 3, 20, 10, 0, wd="Friday")
    e = T(2026, 3, 20, 10, 30)
    d1 = T(2026, 3, 13, 14, 22, 5, wd="Friday")
    d2 = T(2026, 3, 17, 21, 47, 33, wd="Tuesday")
    d_reply = T(2026, 3, 18, 7, 31, 0, wd="Wednesday")
    d3 = T(2026, 3, 18, 7, 55, 16)
    d4 = T(2026, 3, 18, 8, 3, 41)
    zoom = "https://wrenfieldbio.zoom.us/j/96110472853"
    uid = f"{b32('c11uid')}@google.com"
    summary = f"Zoom: T. Okoro / O. Brandvold ({role})"
    desc = f"{zoom}\n\n30 min. Background + your bioreactor / perfusion experience.\n-OB"
    atts = [(ott[0], ott[1], "ACCEPTED"), (USER, USER, "NEEDS-ACTION")]
    m1 = google_invite("c11a", date=d1, organizer=ott, attendees=atts, start=s0, end=e0, summary=summary,
                       description=desc, location=zoom, uid=uid, seq=0)
    t2 = ("Tamsin - freezer alarm saga in the cell bank, I'll be on the floor most of tomorrow. "
          "Can we move to Fri 3/20 10am? Same Zoom. Sorry.\n\nOttilie\n\nSent from my iPhone\n")
    mid2, m2 = apple_msg("c11b", date=d2, frm=ott, subject="tomorrow's call", text=t2, iphone=True)
    t_reply = ("Hi Dr. Brandvold,\n\nNo problem at all - Friday at 10 works for me. Good luck with the freezer!\n\n"
               "Best,\nTamsin\n")
    t3 = ("Great, thx. Updated invite coming.\n\nO.\n\nSent from my iPhone\n\n"
          f"> On Mar 18, 2026, at 7:31\u202fAM, Tamsin Okoro <{USER}> wrote:\n>\n"
          + quote(t_reply) + "\n>\n"
          + f"> On Mar 17, 2026, at 9:47\u202fPM, Ottilie Brandvold <{ott[1]}> wrote:\n>\n"
          + quote(quote(t2.replace("\n\nSent from my iPhone\n", "\n"))) + "\n")
    reply_mid = f"<{uuid_like('c11reply').upper()}@example.com>"
    _, m3 = apple_msg("c11c", date=d3, frm=ott, subject="Re: tomorrow's call", text=t3, iphone=True,
                      in_reply_to=reply_mid, references=[mid2, reply_mid])
    m4 = google_invite("c11d", date=d4, organizer=ott, attendees=atts, start=s, end=e, summary=summary,
                       description=desc, location=zoom, uid=uid, seq=1, created=d1, kind="Updated invitation")
    assert d_reply < d3
    lab = label([iv("Wrenfield Bio", role, s, e, "scheduled", [ott[1]], [ott[1]], "hiring_manager")],
                "medium", "positive/reschedule",
                "Hiring manager's Google invite for Wed Mar 18 3 PM, terse iPhone mail moving it to 'Fri 3/20 "
                "10am', then 'Updated invitation' (same UID, SEQUENCE 1). One interview at the final time.")
    case(cid, {"01-invitation-zoom-brandvold.eml": m1, "02-tomorrows-call.eml": m2,
               "03-re-tomorrows-call.eml": m3, "04-updated-invitation.eml": m4}, lab)


# ---------------------------------------------------------------------------------------------- 12
def c12():
    cid = "b206-12-conference-poster-judging"
    prog = ("NECBS 2026 Program Committee", "program@necbs.example")
    sent = T(2026, 3, 26, 12, 0, 4, wd="Thursday")
    s = T(2026, 4, 6, 16, 0, wd="Monday")
    e = T(2026, 4, 6, 18, 0)
    text = f"""Dear Tamsin Okoro,

Congratulations - your abstract "A CRISPRi screen for regulators of lysosomal pH in iPSC-derived microglia" (Abstract B-118) has been accepted for poster presentation at the New England Cell Biology Symposium 2026.

Session: Poster Session B - Cell Signaling & Trafficking
Date: {long_date(s)}
Time: 4:00 PM - 6:00 PM EDT (set-up from 3:00 PM)
Location: Exhibit Hall A, Seaport Convention Center, Boston
Board: B-118

Trainee Poster Award: because you are eligible, two judges will visit your board between 4:00 and 5:00 PM for a 5-minute interview about your work. Please be at your poster during that hour.

Career Connections: recruiters from our sponsor companies will walk the exhibit hall during both poster sessions. Bring copies of your CV!

A calendar file for your session is attached.

NECBS 2026 Program Committee
https://necbs.example/2026
"""
    ics = ats_ics(prodid="-//NECBS//Conference Scheduler 3.2//EN", method="PUBLISH",
                  uid=f"necbs2026-poster-B-118@necbs.example", stamp=sent, start=s, end=e, organizer=prog,
                  attendees=[], summary="NECBS 2026 - Poster Session B (Board B-118)",
                  description="Poster Session B - Cell Signaling & Trafficking. Judging 4:00-5:00 PM.",
                  location="Exhibit Hall A, Seaport Convention Center, Boston", tz="ny")
    _, m = vendor_msg("c12", date=sent, frm=prog, subject="NECBS 2026: your poster assignment (Board B-118) and judging",
                      text=text, html_body=simple_html(text, "NECBS 2026", "#6a1b9a"), mid_domain="necbs.example",
                      attachments=[("NECBS2026-PosterB.ics", "text/calendar; charset=UTF-8; method=PUBLISH", ics)])
    lab = label([], "hard", "negative/conference-poster",
                "Conference poster session with award judges 'interviewing' the presenter and sponsor recruiters "
                "in the hall; .ics attached. Not a job interview.")
    case(cid, {"01-poster-assignment.eml": m}, lab)


# ---------------------------------------------------------------------------------------------- 13
def c13():
    cid = "b206-13-lever-screen-then-technical"
    fatima = ("Fatima Zahra Benali", "fbenali@marrowind.example")
    roderick = ("Roderick Ames", "rames@marrowind.example")
    role = "Research Associate, Bioanalytical Sciences"
    s1 = T(2026, 3, 9, 13, 0, wd="Monday")
    e1 = T(2026, 3, 9, 13, 30)
    s2 = T(2026, 3, 17, 13, 0, wd="Tuesday")
    e2 = T(2026, 3, 17, 14, 0)
    d1 = T(2026, 3, 3, 15, 40, 22, wd="Tuesday")             # EST
    d2 = T(2026, 3, 10, 10, 2, 51, wd="Tuesday")              # "yesterday" = Mon Mar 9
    d3 = T(2026, 3, 10, 10, 15, 7)
    lever_from = ("Marrowind Pharma", "no-reply@hire.lever.co")

    def lever(seed, date, kind, s, e, who, loc, note, uid):
        text = f"""Hi Tamsin,

Your interview for {role} at Marrowind Pharma is confirmed.

{kind}
{long_date(s)}
{gtime(s)} - {gtime(e)} {s.tzname()} ({int((e - s).total_seconds() // 60)} minutes)
Interviewer: {who}
Location: {loc}

{note}

A calendar invitation is attached. Need to make a change? Reply to this email and Fatima will help.

Marrowind Pharma Recruiting
Powered by Lever
"""
        ics = ats_ics(prodid="-//Lever//Lever Interview Scheduling//EN", method="REQUEST", uid=uid, stamp=date,
                      start=s, end=e, organizer=fatima, attendees=[(USER_NAME, USER, "NEEDS-ACTION")],
                      summary=f"{kind}: Tamsin Okoro - {role} (Marrowind Pharma)", description=f"{kind} with {who}. {loc}",
                      location=loc)
        return vendor_msg(seed, date=date, frm=lever_from, reply_to=fatima,
                          subject=f"Interview confirmed: {role} at Marrowind Pharma", text=text,
                          html_body=simple_html(text, "Marrowind Pharma", "#2d3e50"), mid_domain="hire.lever.co",
                          rcv=("o2.hire.lever.co", "198.51.100.88"),
                          attachments=[("invite.ics", "text/calendar; charset=UTF-8; method=REQUEST", ics)])[1]

    m1 = lever("c13a", d1, "Phone Screen", s1, e1, "Fatima Zahra Benali (Talent Acquisition)",
               f"Phone call - Fatima will call you at {PHONE}", "Nothing to prepare - this is a 30-minute intro conversation.",
               f"{uuid_like('c13u1')}@hire.lever.co")
    t2 = f"""Hi Tamsin,

Thanks for chatting yesterday - I really enjoyed hearing about your assay work. I shared my notes with the team and they'd like to move you forward to a technical interview with Dr. Roderick Ames ({roderick[1]}), Senior Scientist on the Bioanalytical Sciences team.

I've booked the time you had open next week: Tuesday, March 17, 1:00-2:00 PM ET on Zoom. Roderick will cover ligand-binding assay development (ELISA/MSD), troubleshooting and data analysis, so have one project you can walk through in detail. You'll get a Lever confirmation with the Zoom link shortly.

Best,
Fatima

--
Fatima Zahra Benali | Talent Acquisition Partner | Marrowind Pharma
{fatima[1]}
"""
    _, m2 = gmail_msg("c13b", date=d2, frm=fatima, subject="Next step: technical interview with Roderick Ames", text=t2)
    m3 = lever("c13c", d3, "Technical Interview", s2, e2, "Roderick Ames (Senior Scientist, Bioanalytical Sciences)",
               "Zoom - https://marrowind.zoom.us/j/92640018377", "Be ready to walk through one ligand-binding assay project in detail.",
               f"{uuid_like('c13u2')}@hire.lever.co")
    lab = label([iv("Marrowind Pharma", role, s1, e1, "scheduled", [fatima[1]], [fatima[1]], "phone_screen"),
                 iv("Marrowind Pharma", role, s2, e2, "scheduled", [roderick[1]], [roderick[1]], "technical")],
                "medium", "positive/two-interviews",
                "Two interviews at one company: Lever-confirmed recruiter phone screen Mon Mar 9 (booked in EST, "
                "held in EDT) and a technical interview Tue Mar 17 with a senior scientist whose address is in "
                "the recruiter's mail. Lever no-reply sender is never a recipient.")
    case(cid, {"01-lever-phone-screen-confirmed.eml": m1, "02-next-step-technical.eml": m2,
               "03-lever-technical-confirmed.eml": m3}, lab)


# ---------------------------------------------------------------------------------------------- 14
def c14():
    cid = "b206-14-user-interviews-summer-tech"
    bea = ("Beatriz Coelho", "bcoelho@libr.example")
    sent = T(2026, 3, 6, 11, 14, 52, wd="Friday")
    s = T(2026, 3, 11, 15, 0, wd="Wednesday")
    e = T(2026, 3, 11, 15, 30)
    desc = ("Tamsin - can you run the bench-skills part of this interview (pipetting, sterile technique, "
            "how they'd troubleshoot a contaminated culture)? Jordan's CV and our question list are in the "
            "Hiring/Summer2026 folder on the lab drive. Please submit your scorecard by Friday.\n\nThanks!\nBeatriz")
    m = google_invite("c14", date=sent, organizer=bea,
                      attendees=[(bea[0], bea[1], "ACCEPTED"), ("Tamsin Okoro", WORK, "NEEDS-ACTION")],
                      start=s, end=e, invitee=WORK,
                      summary="Interview: Summer Research Technician candidate (Jordan Pike)",
                      description=desc, location="Haldane Lab, Room 5.204")
    lab = label([], "hard", "negative/user-is-interviewer",
                "Lab manager asks the user to interview a summer technician candidate; 'Interview:' title and "
                "a Google invite, but the user is the interviewer.")
    case(cid, {"01-invitation-interview-summer-tech.eml": m}, lab)


# ---------------------------------------------------------------------------------------------- 15
def c15():
    cid = "b206-15-hiring-freeze-cancellation"
    grant = ("Grant Whitfield", "gwhitfield@emberlytx.example")
    bea = ("Beatrix Solano", "bsolano@emberlytx.example")
    role = "Senior Research Associate, Translational Biology"
    s = T(2026, 3, 31, 14, 0, wd="Tuesday")
    e = T(2026, 3, 31, 15, 0)
    d1 = T(2026, 3, 20, 11, 12, 40, wd="Friday")
    d2 = T(2026, 3, 20, 11, 26, 3)
    d3 = T(2026, 3, 26, 16, 48, 19, wd="Thursday")
    d4 = T(2026, 3, 26, 16, 52, 30)
    t1 = f"""Hi Tamsin,

Confirming your hiring manager interview for the {role} role:

Tuesday, 3/31, 2:00-3:00 PM ET - Microsoft Teams
Interviewer: Dr. Beatrix Solano, Associate Director, Translational Biology

You'll get a Teams invite from me in a few minutes. Beatrix likes to spend the first half on your flow cytometry / immunophenotyping work and the second half on how you'd stand up a biomarker assay from scratch.

Thanks,
Grant

Grant Whitfield
Talent Acquisition | Emberly Therapeutics
{grant[1]}
"""
    mid1, m1 = outlook_msg("c15a", date=d1, frm=grant, subject="Confirming: hiring manager interview Tue 3/31", text=t1,
                           tenant="namprd15")
    summary = "Emberly | Hiring Manager Interview | Tamsin Okoro"
    atts = [(bea[0], bea[1], "REQ-PARTICIPANT", "ACCEPTED"), (USER_NAME, USER, "REQ-PARTICIPANT", "NEEDS-ACTION")]
    uid = ("040000008200E00074C5B7101A82E00800000000" + hx("c15uid", 16).upper() + "000000000000000010000000"
           + hx("c15uid2", 32).upper())
    body = f"Hiring manager interview with Dr. Beatrix Solano for the {role} role."
    m2 = outlook_invite("c15b", date=d2, organizer=grant, to=[ME, bea], attendees=atts, start=s, end=e,
                        tzwin="Eastern Standard Time", summary=summary, body_text=body, uid=uid, seq=0)
    t3 = f"""Hi Tamsin,

I wish I were writing with better news. This morning our leadership team announced a company-wide hiring freeze, effective immediately, while we reprioritize our pipeline. All open requisitions are on hold, including the {role} role.

That means we have to cancel your interview with Beatrix on Tuesday (3/31). I'm really sorry - Beatrix was looking forward to meeting you, and I will reach out personally if the role reopens.

You'll see a calendar cancellation come through shortly.

Grant

From: Grant Whitfield <{grant[1]}>
Sent: Friday, March 20, 2026 11:12 AM
To: Tamsin Okoro <{USER}>
Subject: Confirming: hiring manager interview Tue 3/31

{t1.strip()}
"""
    _, m3 = outlook_msg("c15c", date=d3, frm=grant, subject="RE: Confirming: hiring manager interview Tue 3/31", text=t3,
                        in_reply_to=mid1, references=[mid1], tenant="namprd15")
    m4 = outlook_invite("c15d", date=d4, organizer=grant, to=[ME, bea], attendees=atts, start=s, end=e,
                        tzwin="Eastern Standard Time", summary=summary,
                        body_text="Canceling due to the hiring freeze - see my e-mail. Sorry, Tamsin.\n\nGrant",
                        uid=uid, seq=1, method="CANCEL")
    lab = label([iv("Emberly Therapeutics", role, s, e, "cancelled", [bea[1]], [bea[1]], "hiring_manager")],
                "medium", "positive/cancellation-hiring-freeze",
                "Recruiter confirms, sends a Teams invite (Windows TZID), then cancels because of a company-wide "
                "hiring freeze, followed by METHOD:CANCEL (SEQUENCE 1). Kept as cancelled at its last time; the "
                "hiring manager (attendee) is the interviewer, so she is the follow-up recipient per the rule.")
    case(cid, {"01-confirming-hm-interview.eml": m1, "02-teams-invite-hm-interview.eml": m2,
               "03-re-hiring-freeze.eml": m3, "04-canceled-hm-interview.eml": m4}, lab)


# ---------------------------------------------------------------------------------------------- 16
def c16():
    cid = "b206-16-gcal-api-event-moved"
    org = ("Ironbark Recruiting", "recruiting@ironbarkbio.example")
    yara = ("Yara Lindqvist", "yara.lindqvist@ironbarkbio.example")
    mateus = ("Mateus Albuquerque", "malbuquerque@ironbarkbio.example")
    role = "Research Associate, Molecular Biology"
    s0 = T(2026, 4, 1, 11, 0, wd="Wednesday")
    e0 = T(2026, 4, 1, 12, 0)
    s = T(2026, 4, 2, 15, 0, wd="Thursday")
    e = T(2026, 4, 2, 16, 0)
    created = datetime(2026, 3, 24, 14, 5, 0, tzinfo=UTC)
    upd1 = datetime(2026, 3, 24, 14, 5, 41, 318000, tzinfo=UTC)
    upd2 = datetime(2026, 3, 27, 18, 40, 12, 904000, tzinfo=UTC)
    eid = b32("c16id", 26)
    zoom = "https://ironbarkbio.zoom.us/j/81530092746?pwd=aXJvbmJhcmstdGVjaA"

    def ev(s, e, upd, seq, desc, my_status):
        def z(x):
            return x.strftime("%Y-%m-%dT%H:%M:%S.") + f"{x.microsecond // 1000:03d}Z"
        return {
            "kind": "calendar#event",
            "etag": f"\"{int(hx('c16etag' + str(seq), 12), 16)}\"",
            "id": eid,
            "status": "confirmed",
            "htmlLink": "https://www.google.com/calendar/event?eid=" + base64.b64encode(f"{eid} {USER}".encode()).decode().rstrip("="),
            "created": z(created),
            "updated": z(upd),
            "summary": f"Ironbark Biosciences - Technical Interview ({role})",
            "description": desc,
            "location": zoom,
            "creator": {"email": yara[1], "displayName": yara[0]},
            "organizer": {"email": org[1], "displayName": org[0]},
            "start": {"dateTime": s.isoformat(), "timeZone": "America/New_York"},
            "end": {"dateTime": e.isoformat(), "timeZone": "America/New_York"},
            "iCalUID": f"{eid}@google.com",
            "sequence": seq,
            "attendees": [
                {"email": org[1], "displayName": org[0], "organizer": True, "responseStatus": "accepted"},
                {"email": mateus[1], "displayName": mateus[0], "responseStatus": "accepted"},
                {"email": USER, "self": True, "responseStatus": my_status},
            ],
            "guestsCanInviteOthers": False,
            "reminders": {"useDefault": True},
            "eventType": "default",
        }
    base_desc = (f"Technical interview with Dr. Mateus Albuquerque (Senior Scientist, Molecular Biology). "
                 f"60 minutes: qPCR/ddPCR assay design and troubleshooting, then a walk-through of one of your "
                 f"projects.\n\nJoin Zoom: {zoom}\n\nQuestions? Yara Lindqvist, Recruiting Coordinator ({yara[1]})")
    j1 = json.dumps(ev(s0, e0, upd1, 0, base_desc, "needsAction"), indent=2, ensure_ascii=False) + "\n"
    j2 = json.dumps(ev(s, e, upd2, 1, "Moved to Thu 4/2 at Mateus's request (instrument install on Wed).\n\n" + base_desc,
                       "accepted"), indent=2, ensure_ascii=False) + "\n"
    lab = label([iv("Ironbark Biosciences", role, s, e, "scheduled", [mateus[1]], [mateus[1]], "technical")],
                "medium", "positive/gcal-json-reschedule",
                "Two Calendar API snapshots of the same event id: Wed Apr 1 11:00 then (sequence 1) Thu Apr 2 "
                "15:00. Final time wins. Organizer is a group recruiting calendar; creator coordinator only schedules.")
    case(cid, {"01-ironbark-technical.gcal.json": j1, "02-ironbark-technical-updated.gcal.json": j2}, lab)


# ---------------------------------------------------------------------------------------------- 17
def c17():
    cid = "b206-17-hirevue-one-way-video"
    sent = T(2026, 3, 23, 9, 30, 0, wd="Monday")
    due = T(2026, 3, 27, 23, 59, wd="Friday")
    role = "Research Associate, Formulation Development"
    text = f"""Hi Tamsin,

Thank you for applying to the {role} position at Pinecrest Biologics. The next step in our process is an on-demand video interview.

You will answer 5 pre-recorded questions on your own schedule - there is no live interviewer. Each answer can be up to 3 minutes long, and you'll have a practice question first.

Please complete your interview by {long_date(due)} at 11:59 PM ET.

Start your interview:
https://app.hirevue.com/interviews/{hx('c17link', 12)}/start

Tips: find a quiet, well-lit spot, test your camera and microphone, and use an up-to-date version of Chrome, Edge or Firefox.

Good luck!
The Pinecrest Biologics Talent Team

This message was sent by HireVue on behalf of Pinecrest Biologics. Please do not reply to this email.
"""
    _, m = vendor_msg("c17", date=sent, frm=("Pinecrest Biologics via HireVue", "no-reply@hirevue.com"),
                      subject=f"Pinecrest Biologics: complete your video interview for {role}", text=text,
                      html_body=simple_html(text, "Pinecrest Biologics", "#33691e"), mid_domain="hirevue.com",
                      rcv=("mail-out7.hirevue.com", "198.51.100.140"))
    lab = label([], "medium", "negative/one-way-video",
                "One-way on-demand video 'interview' with a deadline, no live interviewer.")
    case(cid, {"01-hirevue-video-interview.eml": m}, lab)


# ---------------------------------------------------------------------------------------------- 18
def c18():
    cid = "b206-18-standalone-outlook-ics-panel"
    delph = ("Delphine Arceneaux", "darceneaux@ospreycell.example")
    panel = [("Harriet Nwosu", "hnwosu@ospreycell.example"), ("Luca Bertolini", "lbertolini@ospreycell.example"),
             ("Ramona Velez", "rvelez@ospreycell.example")]
    role = "Research Associate II, Process Development"
    s = T(2026, 4, 9, 10, 0, wd="Thursday")
    e = T(2026, 4, 9, 11, 30)
    stamp = T(2026, 4, 2, 9, 12, 44)
    vtz, display = WINTZ["Eastern Standard Time"]
    join = f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{b64s('c18tj', 40)}%40thread.v2/0"
    desc = (f"When: {long_date(s)} {otime(s)}-{otime(e)} {display}.\nWhere: Microsoft Teams Meeting\n\n"
            "*~*~*~*~*~*~*~*~*~*\n\n"
            f"Panel interview for the {role} role (90 minutes).\n\n"
            "Panelists:\n- Dr. Harriet Nwosu, Head of Process Development\n- Dr. Luca Bertolini, Senior Scientist, "
            "Upstream\n- Ramona Velez, Senior Research Associate, Downstream\n\n"
            "Delphine Arceneaux (Talent Acquisition) is coordinating and will not join the call.\n\n"
            + "_" * 80 + f"\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\n"
            f"Click here to join the meeting<{join}>\nMeeting ID: 271 904 388 615\nPasscode: Kx7pQ2\n" + "_" * 80)
    cal = ["BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"] + vtz + [
        "BEGIN:VEVENT", f"ORGANIZER;CN={delph[0]}:mailto:{delph[1]}"]
    for n, a in panel:
        cal.append(attendee_line(n, a, "ACCEPTED", google=False))
    cal.append(attendee_line(USER_NAME, USER, "NEEDS-ACTION", google=False))
    cal += [f"DESCRIPTION;LANGUAGE=en-US:{esc(desc)}",
            "UID:040000008200E00074C5B7101A82E00800000000" + hx("c18uid", 16).upper() + "000000000000000010000000" + hx("c18u2", 32).upper(),
            f"SUMMARY;LANGUAGE=en-US:Osprey Cell Therapeutics - Panel Interview - {role} - Tamsin Okoro",
            f"DTSTART;TZID=Eastern Standard Time:{lstamp(s)}", f"DTEND;TZID=Eastern Standard Time:{lstamp(e)}",
            "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{zstamp(stamp)}", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
            "SEQUENCE:0", "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting", "X-MICROSOFT-CDO-APPT-SEQUENCE:0",
            f"X-MICROSOFT-CDO-OWNERAPPTID:{int(hx('c18own', 7), 16)}", "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
            "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
            "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0", f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{join}",
            "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
            "X-MICROSOFT-LOCATIONDISPLAYNAME:Microsoft Teams Meeting",
            "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM",
            "END:VEVENT", "END:VCALENDAR"]
    ics = vcal(cal)
    ints = [a for _, a in panel]
    lab = label([iv("Osprey Cell Therapeutics", role, s, e, "scheduled", ints, ints, "onsite")],
                "medium", "positive/standalone-ics-panel",
                "Standalone Exchange .ics, TZID 'Eastern Standard Time' and a '(UTC-05:00)' When-line for an EDT "
                "date. Three-person panel = onsite; the organizer only coordinates.")
    case(cid, {"01-osprey-panel-interview.ics": ics}, lab)


# ---------------------------------------------------------------------------------------------- 19
def c19():
    cid = "b206-19-terse-hm-thread-propose-confirm"
    imo = ("Imogen Fairweather", "ifairweather@tessellatebio.example")
    d1 = T(2026, 3, 20, 16, 12, 9, wd="Friday")
    d_reply = T(2026, 3, 20, 19, 40, 0, wd="Friday")
    d2 = T(2026, 3, 21, 9, 3, 27, wd="Saturday")
    s = T(2026, 3, 24, 9, 0, wd="Tuesday")                   # "early next week ... Tue 9am"
    e = T(2026, 3, 24, 9, 30)
    assert T(2026, 3, 23, wd="Monday")
    subj = "RA, Cell Biology - quick chat?"
    t1 = ("Tamsin,\n\nLina forwarded your CV for the RA, Cell Biology opening. 30 min on Zoom early next week? "
          "Mon 4pm or Tue 9am.\n\nIF\n\n--\nImogen Fairweather, PhD\nHead of Cell Biology, Tessellate Bio\n")
    mid1, m1 = gmail_msg("c19a", date=d1, frm=imo, subject=subj, text=t1)
    reply = ("Hi Dr. Fairweather,\n\nThank you for reaching out! Tuesday at 9am works well for me. "
             "Looking forward to it.\n\nBest,\nTamsin\n")
    reply_mid = f"<{uuid_like('c19reply').upper()}@example.com>"
    t2 = ("Tue 9am it is. https://tessellatebio.zoom.us/j/91827364510\n\nIF\n\n"
          f"On Fri, Mar 20, 2026 at 7:40\u202fPM Tamsin Okoro <{USER}> wrote:\n\n"
          + quote(reply) + "\n>\n"
          + quote(f"On Fri, Mar 20, 2026 at 4:12\u202fPM Imogen Fairweather <{imo[1]}> wrote:\n\n" + quote(t1)) + "\n")
    _, m2 = gmail_msg("c19b", date=d2, frm=imo, subject="Re: " + subj, text=t2, in_reply_to=reply_mid,
                      references=[mid1, reply_mid])
    assert d_reply < d2
    lab = label([iv("Tessellate Bio", "Research Associate, Cell Biology", s, e, "scheduled", [imo[1]], [imo[1]], "hiring_manager")],
                "hard", "positive/thread-propose-confirm",
                "Terse PhD hiring manager offers 'Mon 4pm or Tue 9am' early next week (sent Fri Mar 20); the "
                "candidate's quoted reply picks Tuesday; 'Tue 9am it is' confirms -> Tue Mar 24 9:00 EDT, 30 min. "
                "Body only, no invite.")
    case(cid, {"01-quick-chat.eml": m1, "02-re-quick-chat.eml": m2}, lab)


# ---------------------------------------------------------------------------------------------- 20
def c20():
    cid = "b206-20-workday-rejection-after-interview"
    sent = T(2026, 3, 13, 15, 5, 0, wd="Friday")
    past = T(2026, 3, 10, 10, 0, wd="Tuesday")
    role = "Research Associate I, Immunology"
    text = f"""Dear Tamsin,

Thank you for taking the time to interview with our team on {past:%A}, {past:%B} {past.day}, for the {role} position (R-2291).

After careful consideration, we have decided to move forward with other candidates whose experience more closely matches the current needs of the team. This was not an easy decision; we received many strong applications.

We encourage you to keep an eye on our careers page and apply for future openings that match your background.

We wish you all the best in your search.

Sincerely,
Talent Acquisition
Galloway Biotherapeutics
"""
    _, m = vendor_msg("c20", date=sent, frm=("Galloway Biotherapeutics", "galloway@myworkday.com"),
                      subject=f"Update on your application - {role} (R-2291)", text=text,
                      html_body=simple_html(text, "Galloway Biotherapeutics", "#004d73"),
                      mid_domain="wd1-prvo.myworkday.com", rcv=("wd1-smtp-out1.myworkday.com", "198.51.100.62"))
    lab = label([], "easy", "negative/rejection",
                "Workday rejection that mentions a past interview date; no interview to schedule.")
    case(cid, {"01-workday-application-update.eml": m}, lab)


# ---------------------------------------------------------------------------------------------- 21
def c21():
    cid = "b206-21-coffee-chat-with-cso"
    ann = ("Anneliese Kowalczyk", "anneliese@fernhollowbio.example")
    d1 = T(2026, 3, 30, 7, 48, 15, wd="Monday")
    d_reply = T(2026, 3, 30, 11, 2, 0)
    d2 = T(2026, 3, 30, 12, 20, 44)
    s = T(2026, 4, 3, 8, 30, wd="Friday")                    # "Friday" from Mon Mar 30
    e = T(2026, 4, 3, 9, 15)
    subj = "Fernhollow - next step: coffee?"
    t1 = ("Hi Tamsin,\n\nThanks for sending your materials - the team loved your cover letter, especially the "
          "microglia screen. As the next step in our interview process for the Research Associate role, I'd like to "
          "meet you for coffee. It's informal, but it is a real part of the process: I meet every candidate before we "
          "invite them in for a lab day.\n\nWould Friday at 8:30am work? I was thinking Pemberton Café near the Kendall "
          "T stop. Plan on about 45 minutes - I have to be back in Somerville by 9:30.\n\nAnneliese\n\n"
          "Anneliese Kowalczyk, PhD\nCo-founder & CSO, Fernhollow Bio\n")
    mid1, m1 = apple_msg("c21a", date=d1, frm=ann, subject=subj, text=t1)
    reply = ("Hi Anneliese,\n\nThank you - Friday at 8:30 works perfectly. See you at Pemberton!\n\nBest,\nTamsin\n")
    reply_mid = f"<{uuid_like('c21reply').upper()}@example.com>"
    t2 = ("Perfect - see you Friday 4/3, 8:30 at Pemberton. I'll grab a table by the window.\n\nA.\n\n"
          f"> On Mar 30, 2026, at 11:02\u202fAM, Tamsin Okoro <{USER}> wrote:\n>\n" + quote(reply) + "\n")
    _, m2 = apple_msg("c21b", date=d2, frm=ann, subject="Re: " + subj, text=t2, in_reply_to=reply_mid,
                      references=[mid1, reply_mid])
    assert d_reply < d2
    lab = label([iv("Fernhollow Bio", "Research Associate", s, e, "scheduled", [ann[1]], [ann[1]], "other")],
                "medium", "positive/coffee-chat-process-step",
                "Startup CSO proposes coffee that is explicitly 'the next step in our interview process'; 'Friday "
                "at 8:30am' from Mon Mar 30 = Fri Apr 3, about 45 minutes; confirmed in the reply (Apple Mail, "
                "quoted-printable).")
    case(cid, {"01-next-step-coffee.eml": m1, "02-re-next-step-coffee.eml": m2}, lab)


# ---------------------------------------------------------------------------------------------- 22
def c22():
    cid = "b206-22-forwarded-zoom-invite-no-duration"
    cas = ("Cassius Mbeki", "cmbeki@vireogenomics.example")
    orig = T(2026, 4, 1, 10, 14, 0, wd="Wednesday")
    fwd = T(2026, 4, 1, 18, 22, 37)
    s = T(2026, 4, 7, 11, 0, wd="Tuesday")                   # "next Tuesday"
    inner = f"""Hi Tamsin,

Gideon mentioned you're starting to look at industry roles - I'd love to talk with you about the Research Associate, NGS Library Prep opening on my team. Could we do a first-round interview over Zoom next Tuesday? Invitation below; let me know if the time doesn't work.

Cassius

Cassius Mbeki is inviting you to a scheduled Zoom meeting.

Topic: Vireo Genomics - RA, NGS Library Prep - Tamsin Okoro
Time: Apr 7, 2026 11:00 AM Eastern Time (US and Canada)

Join Zoom Meeting
https://vireogenomics.zoom.us/j/84417265530?pwd=dmlyZW9nZW5vbWljcy1ybmdz

Meeting ID: 844 1726 5530
Passcode: 719204

---

One tap mobile
+16465550193,,84417265530#,,,,*719204# US (New York)
+16175550127,,84417265530#,,,,*719204# US (Boston)

---

Cassius Mbeki, PhD
Director, Genomics Platform | Vireo Genomics
{cas[1]}
"""
    text = ("fwd to personal so it's all in one place\n\n________________________________\n"
            f"From: Cassius Mbeki <{cas[1]}>\nSent: {long_date(orig)} {otime(orig)}\n"
            f"To: Okoro, Tamsin <{WORK}>\nSubject: Vireo Genomics - first-round interview (Zoom)\n\n" + inner)
    _, m = outlook_msg("c22", date=fwd, frm=ME_WORK, to=[ME], subject="FW: Vireo Genomics - first-round interview (Zoom)",
                       text=text, tenant="namprd22")
    lab = label([iv("Vireo Genomics", "Research Associate, NGS Library Prep", s, None, "scheduled", [cas[1]], [cas[1]],
                    "hiring_manager")],
                "medium", "positive/forwarded-zoom-invite",
                "User forwards (Outlook FW:) a hiring manager's Zoom invitation from her work address to her "
                "personal mailbox; Zoom text gives 'Apr 7, 2026 11:00 AM Eastern Time' and no duration -> end null.")
    case(cid, {"01-fw-vireo-first-round.eml": m}, lab)


# ----------------------------------------------------------------------------------------------
README = """# blind206: Boston biotech research associate - Workday/Greenhouse/Lever, onsite seminar loops, CRO recruiter (written blind)

Owner: **Tamsin Okoro** (`tamsin.okoro@example.com`), a research associate in an academic lab in Boston
(Longwood Institute, `tokoro@libr.example`, which auto-forwards to her personal mailbox) applying to biotech
and pharma research-associate roles in spring 2026.

What the set stresses:
- ATS mail from Workday (`@myworkday.com`), Greenhouse (coordinator mail + itinerary) and Lever
  (`no-reply@hire.lever.co` with Reply-To) with attached .ics files.
- A same-day onsite with a scientific seminar, one-on-ones, lunch and a lab tour, announced as an itinerary plus
  two Google invites (one to a group list) -> one `onsite` interview.
- Terse PhD hiring managers (propose/confirm thread, iPhone reschedule mail), a CRO recruiter booking an
  interview with its client, a forwarded Zoom invitation without a duration, a coffee chat that is an explicit
  process step, a Calendar API event moved by a second snapshot, a standalone Exchange .ics panel.
- One reschedule (Google, SEQUENCE 1), one cancellation because of a company-wide hiring freeze (Exchange
  METHOD:CANCEL), one two-interview case (screen then technical).
- Look-alikes: IACUC animal-handling training, instrument vendor demo, journal club, conference poster session
  with judges' "interview", the current PI's weekly one-on-one, the user interviewing a summer-tech candidate,
  an onsite availability request, a one-way HireVue video interview, a rejection that mentions a past interview.

Written blind: the cases and labels were written from the shared labelling README only, without reading the
detector code, its tests or other evaluation sets.

Counts: 22 cases - 13 positive, 9 negative; 14 labelled interviews (13 scheduled, 1 cancelled).

Formats: `.eml` (Google Calendar invitations as multipart/mixed with text/calendar + invite.ics; Exchange/Teams
meeting requests and cancellations as multipart/alternative with text/calendar and Windows TZIDs; Workday,
Greenhouse, Lever, HireVue and conference mails as multipart/alternative with quoted-printable text and base64
HTML, some with .ics attachments; Gmail, Outlook and Apple Mail human threads with In-Reply-To/References and
quoted replies), one standalone `.ics`, two Calendar API `.gcal.json` snapshots.

Time zones / DST points (2026, US DST starts Sun Mar 8):
- Mails sent in EST (-05:00) for interviews after Mar 8 in EDT (-04:00): cases 01, 03, 13.
- Exchange TZID "Eastern Standard Time" / "(UTC-05:00)" labels on EDT dates: cases 15, 18.
- San Diego hiring manager in Pacific: TZID "Pacific Standard Time", "(UTC-08:00)" label, actual PDT (-07:00),
  stated as 9:00 AM PT = 12:00 PM ET (case 07).
- Relative dates resolved against the message Date: "this Thursday" (05), "early next week ... Tue 9am" (19),
  "Friday" (21), "next Tuesday" (22), "Fri 3/20" (11).

Regenerate with `python make_cases.py` (deterministic; standard library + PyYAML).
"""


def main():
    for fn in (c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13, c14, c15, c16, c17, c18,
               c19, c20, c21, c22):
        fn()
    ids = [c[0] for c in CASES]
    assert len(ids) == len(set(ids))
    for i, cid in enumerate(ids, 1):
        assert cid.startswith(f"{PREFIX}{i:02d}-"), cid
    for name in sorted(os.listdir(HERE)):
        p = os.path.join(HERE, name)
        if name.startswith(PREFIX) and os.path.isdir(p):
            shutil.rmtree(p)
    labels = {}
    for cid, items, lab in CASES:
        d = os.path.join(HERE, cid)
        os.makedirs(d)
        for fname, content in items.items():
            assert fname[:2].isdigit() and fname.endswith((".eml", ".ics", ".gcal.json")), fname
            with open(os.path.join(d, fname), "wb") as f:
                f.write(content.encode("utf-8"))
        labels[cid] = lab
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# Labels for blind206 (written blind). Schema: see the shared eval README.\n")
        yaml.safe_dump(labels, f, sort_keys=False, allow_unicode=True, width=100, default_flow_style=False)
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(README)
    pos = sum(1 for _, _, l in CASES if l["interview"])
    n_iv = sum(len(l["interviews"]) for _, _, l in CASES)
    canc = sum(1 for _, _, l in CASES for x in l["interviews"] if x["status"] == "cancelled")
    print(f"{len(CASES)} cases, {pos} positive, {len(CASES) - pos} negative, {n_iv} interviews ({canc} cancelled)")


if __name__ == "__main__":
    main()
