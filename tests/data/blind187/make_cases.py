#!/usr/bin/env python3
"""Regenerate the blind187 evaluation set (interview detection), written blind.

Theme: a Krakow-based, English-speaking shared-services finance specialist (R2R / AP)
applying to SSC/BPO centres in Poland.  Mail mostly in English with some Polish,
German/Irish/US headquarters, Workday / SuccessFactors / Teamtailor / eRecruiter mail,
hiring managers in Frankfurt, Dublin, Chicago and Manila, CET/CEST and the March/October
clock changes.

Standard library + PyYAML + zoneinfo only.  Output is byte-identical on every run:
all dates, Message-IDs, UIDs and MIME boundaries are fixed or derived from fixed seeds.

    python make_cases.py          # rewrites b187-* folders and labels.yaml next to this file
"""
import base64
import hashlib
import html
import json
import os
import quopri
import shutil
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))

WAW = ZoneInfo("Europe/Warsaw")
BER = ZoneInfo("Europe/Berlin")
DUB = ZoneInfo("Europe/Dublin")
MNL = ZoneInfo("Asia/Manila")
CHI = ZoneInfo("America/Chicago")
UTC = timezone.utc

OWNER_NAME = "Hannah Kowalczyk"
OWNER = "hannah.kowalczyk@example.com"


# --------------------------------------------------------------------------- basics
def T(y, mo, d, h, mi, *rest):
    """T(y, mo, d, h, mi, tz) or T(y, mo, d, h, mi, sec, tz)."""
    sec, tz = (0, rest[0]) if len(rest) == 1 else rest
    return datetime(y, mo, d, h, mi, sec, tzinfo=tz)


def wd(dt, name):
    """Assert the weekday named in the text."""
    assert dt.strftime("%A") == name, (dt.isoformat(), dt.strftime("%A"), name)
    return dt


def iso(dt):
    return dt.isoformat()


def hx(seed, n=16):
    return hashlib.sha256(seed.encode("utf-8")).hexdigest()[:n]


def HX(seed, n=16):
    return hx(seed, n).upper()


def num(seed, n):
    return str(int(hx(seed, 16), 16))[:n]


def A(name, email):
    return formataddr((name, email), charset="utf-8")


def H(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def rfcdate(dt):
    return format_datetime(dt)


def received(host, ip, when, seed):
    got = (when + timedelta(seconds=2 + int(hx(seed, 2), 16) % 5)).astimezone(WAW)
    return ("Received",
            f"from {host} ({host} [{ip}])\n        by mx1.example.com (Postfix) with ESMTPS id "
            f"{HX(seed, 10)}\n        for <{OWNER}>; {rfcdate(got)}")


def leaf(ctype, text, cte="7bit", extra=()):
    data = text.encode("utf-8") if isinstance(text, str) else text
    if cte == "quoted-printable":
        payload = quopri.encodestring(data).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(data).decode("ascii")
    else:
        payload = data.decode("utf-8")
    if not payload.endswith("\n"):
        payload += "\n"
    head = [f"Content-Type: {ctype}"] + list(extra) + [f"Content-Transfer-Encoding: {cte}"]
    return "\n".join(head) + "\n\n" + payload


def multi(subtype, boundary, parts):
    s = f'Content-Type: multipart/{subtype}; boundary="{boundary}"\n\n'
    for p in parts:
        s += f"--{boundary}\n{p}\n"
    s += f"--{boundary}--\n"
    return s


def eml(headers, body):
    lines = [f"{k}: {v}" for k, v in headers if v is not None]
    return "\n".join(lines) + "\nMIME-Version: 1.0\n" + body


def to_html(text, font="Calibri,Arial,sans-serif", quote_gt=True):
    out = []
    for para in text.strip("\n").split("\n\n"):
        lines = para.split("\n")
        if quote_gt and all(l.startswith(">") for l in lines):
            inner = "<br>".join(html.escape(l[1:].lstrip(" ")) for l in lines)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;'
                       f'padding-left:1ex">{inner}</blockquote>')
        else:
            out.append("<p>" + "<br>".join(html.escape(l) for l in lines) + "</p>")
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            f'</head><body><div style="font-family:{font};font-size:11pt">\n'
            + "\n".join(out) + "\n</div></body></html>\n")


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.rstrip("\n").split("\n"))


# --------------------------------------------------------------------------- iCalendar
def fold(line):
    b = line.encode("utf-8")
    if len(b) <= 75:
        return line
    parts, first = [], True
    while b:
        lim = 75 if first else 74
        if len(b) <= lim:
            parts.append(b)
            break
        cut = lim
        while (b[cut] & 0xC0) == 0x80:
            cut -= 1
        parts.append(b[:cut])
        b = b[cut:]
        first = False
    return "\r\n ".join(p.decode("utf-8") for p in parts)


def ical(lines):
    return "".join(fold(l) + "\r\n" for l in lines)


def esc(t):
    return t.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def zf(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def lf(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


VTZ_WARSAW = [
    "BEGIN:VTIMEZONE", "TZID:Europe/Warsaw", "X-LIC-LOCATION:Europe/Warsaw",
    "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST",
    "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
    "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET",
    "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
    "END:VTIMEZONE",
]


def vtz_windows_eu(tzid):
    return [
        "BEGIN:VTIMEZONE", f"TZID:{tzid}",
        "BEGIN:STANDARD", "DTSTART:16010101T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT",
        "END:VTIMEZONE",
    ]


VTZ_US_CENTRAL = [
    "BEGIN:VTIMEZONE", "TZID:Central Standard Time",
    "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0600",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11", "END:STANDARD",
    "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:-0600", "TZOFFSETTO:-0500",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT",
    "END:VTIMEZONE",
]

WIN_LABEL = {
    "W. Europe Standard Time": "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna",
    "Central European Standard Time": "(UTC+01:00) Sarajevo, Skopje, Warsaw, Zagreb",
    "Central Europe Standard Time": "(UTC+01:00) Belgrade, Bratislava, Budapest, Ljubljana, Prague",
    "Central Standard Time": "(UTC-06:00) Central Time (US & Canada)",
}
WIN_ZONE = {
    "W. Europe Standard Time": BER,
    "Central European Standard Time": WAW,
    "Central Europe Standard Time": WAW,
    "Central Standard Time": CHI,
}


def region(server):
    """Exchange Online datacenter suffix matching the mailbox server name."""
    if server.startswith(("SG", "TY", "PS")):
        return "apcprd06"
    if server.startswith(("CH", "PH", "DM", "BN", "SJ")):
        return "namprd11"
    if server.startswith(("FR", "BE")):
        return "deuprd01"
    return "eurprd02"


def exchange_uid(seed):
    return "040000008200E00074C5B7101A82E00800000000" + HX(seed + "uid", 16) + "0000000000000000" \
        + "10000000" + HX(seed + "uid2", 32)


def exchange_ics(*, method, uid, seq, organizer, attendees, summary, description, start, end,
                 tzid, dtstamp, location="Microsoft Teams Meeting", lang="en-US", priority=5):
    cancel = method == "CANCEL"
    vtz = VTZ_US_CENTRAL if tzid == "Central Standard Time" else vtz_windows_eu(tzid)
    lines = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010",
             "VERSION:2.0"] + vtz
    lines += ["BEGIN:VEVENT", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    for name, mail, role, part in attendees:
        lines.append(f"ATTENDEE;ROLE={role};PARTSTAT={part};RSVP={'FALSE' if cancel else 'TRUE'};"
                     f"CN={name}:mailto:{mail}")
    lines += [
        f"DESCRIPTION;LANGUAGE={lang}:{esc(description)}",
        f"UID:{uid}",
        f"SUMMARY;LANGUAGE={lang}:{esc(summary)}",
        f"DTSTART;TZID={tzid}:{lf(start)}",
        f"DTEND;TZID={tzid}:{lf(end)}",
        "CLASS:PUBLIC", f"PRIORITY:{1 if cancel else priority}", f"DTSTAMP:{zf(dtstamp)}",
        "TRANSP:TRANSPARENT" if cancel else "TRANSP:OPAQUE",
        "STATUS:CANCELLED" if cancel else "STATUS:CONFIRMED",
        f"SEQUENCE:{seq}", f"LOCATION;LANGUAGE={lang}:{esc(location)}",
        f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
        f"X-MICROSOFT-CDO-OWNERAPPTID:{int(hx(uid, 7), 16) * -1}",
        "X-MICROSOFT-CDO-BUSYSTATUS:FREE" if cancel else "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:FREE" if cancel else "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", f"X-MICROSOFT-CDO-IMPORTANCE:{2 if cancel else 1}",
        "X-MICROSOFT-CDO-INSTTYPE:0", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
        "X-MICROSOFT-DISALLOW-COUNTER:FALSE", "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT",
        "X-MICROSOFT-ISRESPONSEREQUESTED:TRUE",
    ]
    if not cancel:
        lines += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M",
                  "ACTION:DISPLAY", "END:VALARM"]
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return ical(lines)


def teams_block(seed):
    mid = hx(seed + "teams", 24)
    tid = f"{hx(seed+'t1',8)}-{hx(seed+'t2',4)}-{hx(seed+'t3',4)}-{hx(seed+'t4',4)}-{hx(seed+'t5',12)}"
    meeting_id = " ".join([num(seed + "m1", 3), num(seed + "m2", 3), num(seed + "m3", 3),
                           num(seed + "m4", 3)])
    return ("_" * 80 + "\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\n"
            f"Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}"
            f"%40thread.v2/0?context=%7b%22Tid%22%3a%22{tid}%22%7d>\n"
            f"Meeting ID: {meeting_id}\nPasscode: {hx(seed+'pc',6)}\n"
            "Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | "
            "Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
            "Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/"
            f"meetingOptions/?organizerId={tid}&threadId=19_meeting_{mid}@thread.v2>\n" + "_" * 80 + "\n")


def when_line(start, end, tzid, lang="en"):
    label = WIN_LABEL[tzid]
    if lang == "de":
        return (f"Wann: {start.strftime('%A')}, {start.day}. {start.strftime('%B %Y')} "
                f"{start:%H:%M}-{end:%H:%M} {label}.")
    return (f"When: {start.strftime('%A')}, {start.strftime('%B')} {start.day}, {start.year} "
            f"{start.strftime('%I:%M %p').lstrip('0')}-{end.strftime('%I:%M %p').lstrip('0')} {label}.")


def exchange_mail(*, seed, frm, to, cc=(), subject, date, start, end, tzid, body, ics, method,
                  where="Microsoft Teams Meeting", teams=True, server="DB9PR02MB7244",
                  out_host="EUR05-DB8-obe.outbound.protection.outlook.com", ip="40.107.22.91",
                  extra_headers=()):
    boundary = f"_000_{server}{HX(seed, 12)}{server}{region(server)}prod_"
    mid = f"<{server}{HX(seed + 'mid', 16)}@{server}.{region(server)}.prod.outlook.com>"
    wl = when_line(start, end, tzid)
    plain = f"{wl}\nWhere: {where}\n\n*~*~*~*~*~*~*~*~*~*\n\n{body.rstrip()}\n\n"
    if teams:
        plain += teams_block(seed)
    htm = to_html(plain, font="Aptos,Calibri,sans-serif")
    parts = [leaf('text/plain; charset="utf-8"', plain, "quoted-printable"),
             leaf('text/html; charset="utf-8"', htm, "quoted-printable"),
             leaf(f'text/calendar; charset="utf-8"; method={method}', ics, "base64")]
    headers = [
        ("Delivered-To", OWNER),
        received(out_host, ip, date, seed),
        ("Return-Path", f"<{frm[1]}>"),
        ("From", A(*frm)),
        ("To", ", ".join(A(*t) for t in to)),
        ("CC", ", ".join(A(*c) for c in cc) if cc else None),
        ("Subject", H(subject)),
        ("Thread-Topic", H(subject.split(": ", 1)[1] if subject.startswith(("Canceled: ", "Updated: "))
                           else subject)),
        ("Thread-Index", base64.b64encode(bytes.fromhex(hx(seed + "ti", 44))).decode()),
        ("Date", rfcdate(date)),
        ("Message-ID", mid),
        ("Accept-Language", "en-US, pl-PL"),
        ("Content-Language", "en-US"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("Content-class", "urn:content-classes:calendarmessage"),
        ("x-ms-exchange-calendar-series-instance-id", "BAAAA" + hx(seed + "sid", 40)),
    ] + list(extra_headers)
    return eml(headers, multi("alternative", boundary, parts))


def google_ics(*, method, uid, seq, organizer, attendees, summary, description, start, end,
               dtstamp, created, location="", status="CONFIRMED", meet=None):
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
             "CALSCALE:GREGORIAN", f"METHOD:{method}", "BEGIN:VEVENT",
             f"DTSTART:{zf(start)}", f"DTEND:{zf(end)}", f"DTSTAMP:{zf(dtstamp)}",
             f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}", f"UID:{uid}"]
    for name, mail, part in attendees:
        lines.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={part};RSVP=TRUE"
                     f";CN={name};X-NUM-GUESTS=0:mailto:{mail}")
    if meet:
        lines.append(f"X-GOOGLE-CONFERENCE:https://meet.google.com/{meet}")
    lines += [f"CREATED:{zf(created)}", f"DESCRIPTION:{esc(description)}",
              f"LAST-MODIFIED:{zf(dtstamp)}", f"LOCATION:{esc(location)}", f"SEQUENCE:{seq}",
              f"STATUS:{status}", f"SUMMARY:{esc(summary)}", "TRANSP:OPAQUE",
              "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder",
              "TRIGGER:-P0DT0H10M0S", "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    return ical(lines)


def google_mail(*, seed, organizer, subject, date, plain, ics, method="REQUEST"):
    outer = "0000000000" + hx(seed + "o", 14)
    inner = "0000000000" + hx(seed + "i", 14)
    htm = to_html(plain, font="Roboto,Helvetica,Arial,sans-serif", quote_gt=False)
    alt = multi("alternative", inner, [
        leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', plain, "base64"),
        leaf('text/html; charset="UTF-8"', htm, "quoted-printable"),
        leaf(f'text/calendar; charset="UTF-8"; method={method}', ics, "base64"),
    ])
    att = leaf('application/ics; name="invite.ics"', ics, "base64",
               extra=['Content-Disposition: attachment; filename="invite.ics"'])
    headers = [
        ("Delivered-To", OWNER),
        received("mail-sor-f69.google.com", "209.85.220.69", date, seed),
        ("Return-Path", f"<{hx(seed+'rp',20)}@calendar-server.bounces.google.com>"),
        ("Reply-To", A(*organizer)),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("Message-ID", f"<calendar-{hx(seed+'a',8)}-{hx(seed+'b',4)}-{hx(seed+'c',4)}-"
                       f"{hx(seed+'d',4)}-{hx(seed+'e',12)}@google.com>"),
        ("Date", rfcdate(date.astimezone(UTC)).replace("-0000", "+0000")),
        ("Subject", H(subject)),
        ("From", A(*organizer)),
        ("To", OWNER),
    ]
    return eml(headers, multi("mixed", outer, [alt, att]))


def gmail_msg(*, seed, to, cc=(), subject, date, body, in_reply_to=None, references=None):
    boundary = "0000000000" + hx(seed + "b", 14)
    htm = '<div dir="ltr">' + to_html(body, font="arial,sans-serif").split('font-size:11pt">', 1)[1]
    htm = "<html><body>" + htm
    mid = f"<CAK{base64.b64encode(bytes.fromhex(hx(seed, 40))).decode().rstrip('=')}@mail.gmail.com>"
    headers = [
        ("From", A(OWNER_NAME, OWNER)),
        ("Date", rfcdate(date)),
        ("Message-ID", mid),
        ("Subject", H(subject)),
        ("To", ", ".join(A(*t) for t in to)),
        ("Cc", ", ".join(A(*c) for c in cc) if cc else None),
        ("In-Reply-To", in_reply_to),
        ("References", references),
    ]
    body_mime = multi("alternative", boundary, [
        leaf('text/plain; charset="UTF-8"', body, "quoted-printable"),
        leaf('text/html; charset="UTF-8"', htm, "quoted-printable"),
    ])
    # the owner's own sent mail, as it appears in her mailbox (Delivered-To = herself via Bcc-to-self)
    return mid, eml([("Delivered-To", OWNER)] + headers, body_mime)


def outlook_msg(*, seed, frm, to, cc=(), subject, date, body, in_reply_to=None, references=None,
                server="AM9PR03MB6812", domain_host="EUR03-AM7-obe.outbound.protection.outlook.com",
                ip="40.107.105.58", attachments=(), lang="en-US", reply_to=None):
    b_alt = f"_000_{server}{HX(seed, 12)}{server}{region(server)}prod_"
    mid = f"<{server}{HX(seed + 'mid', 16)}@{server}.{region(server)}.prod.outlook.com>"
    htm = to_html(body)
    alt = multi("alternative", b_alt, [
        leaf('text/plain; charset="utf-8"', body, "quoted-printable"),
        leaf('text/html; charset="utf-8"', htm, "quoted-printable"),
    ])
    if attachments:
        b_mix = f"_004_{server}{HX(seed, 12)}{server}{region(server)}prod_"
        body_mime = multi("mixed", b_mix, [alt] + list(attachments))
    else:
        body_mime = alt
    headers = [
        ("Delivered-To", OWNER),
        received(domain_host, ip, date, seed),
        ("Return-Path", f"<{frm[1]}>"),
        ("From", A(*frm)),
        ("To", ", ".join(A(*t) for t in to)),
        ("CC", ", ".join(A(*c) for c in cc) if cc else None),
        ("Reply-To", A(*reply_to) if reply_to else None),
        ("Subject", H(subject)),
        ("Thread-Topic", H(subject.split(": ", 1)[-1] if subject[:4] in ("RE: ", "FW: ") else subject)),
        ("Thread-Index", base64.b64encode(bytes.fromhex(hx(seed + "ti", 44))).decode()),
        ("Date", rfcdate(date)),
        ("Message-ID", mid),
        ("In-Reply-To", in_reply_to),
        ("References", references),
        ("Accept-Language", f"{lang}, pl-PL"),
        ("Content-Language", lang),
        ("X-MS-Has-Attach", "yes" if attachments else ""),
        ("X-MS-TNEF-Correlator", ""),
    ]
    return mid, eml(headers, body_mime)


def vendor_mail(*, seed, frm, subject, date, plain, html_body=None, reply_to=None, mid,
                host, ip, cte="quoted-printable", attachments=(), extra_headers=(), to=None,
                boundary_prefix="----=_Part_"):
    htm = html_body or to_html(plain, font="Helvetica,Arial,sans-serif", quote_gt=False)
    b_alt = f"{boundary_prefix}{num(seed + 'alt', 7)}_{num(seed + 'alt2', 9)}.{num(seed + 'alt3', 13)}"
    alt = multi("alternative", b_alt, [
        leaf('text/plain; charset=UTF-8', plain, cte),
        leaf('text/html; charset=UTF-8', htm, cte),
    ])
    if attachments:
        b_mix = f"{boundary_prefix}{num(seed + 'mix', 7)}_{num(seed + 'mix2', 9)}.{num(seed + 'mix3', 13)}"
        body_mime = multi("mixed", b_mix, [alt] + list(attachments))
    else:
        body_mime = alt
    headers = [
        ("Delivered-To", OWNER),
        received(host, ip, date, seed),
        ("Return-Path", f"<bounces+{num(seed+'rp',8)}@{host.split('.', 1)[1]}>"),
        ("Date", rfcdate(date)),
        ("From", A(*frm)),
        ("Reply-To", A(*reply_to) if reply_to else None),
        ("To", to or A(OWNER_NAME, OWNER)),
        ("Message-ID", mid),
        ("Subject", H(subject)),
    ] + list(extra_headers)
    return eml(headers, body_mime)


def ics_attachment(ics, filename, method=None):
    ctype = f'text/calendar; charset=UTF-8; method={method}; name="{filename}"' if method \
        else f'text/calendar; charset=UTF-8; name="{filename}"'
    return leaf(ctype, ics, "base64",
                extra=[f'Content-Disposition: attachment; filename="{filename}"'])


# --------------------------------------------------------------------------- registry
CASES = []
LABELS = {}


def add_case(cid, items, *, interviews, difficulty, category, notes):
    CASES.append((cid, items))
    LABELS[cid] = {
        "user": OWNER,
        "interview": bool(interviews),
        "interviews": interviews,
        "difficulty": difficulty,
        "category": category,
        "notes": notes,
        "source": "synthetic",
    }


def iv(company, role, start, end, status, interviewers, followups, kind):
    return {"company": company, "role": role, "start": iso(start),
            "end": iso(end) if end else None, "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(followups),
            "kind": kind}


SIG_H = "Hannah Kowalczyk\nKraków, Poland | +48 601 555 217"


# =========================================================================== cases
def case01():
    cid = "b187-01-workday-r2r-phone-screen"
    date = T(2026, 3, 18, 9, 12, 40, WAW)
    start = wd(T(2026, 3, 24, 10, 0, WAW), "Tuesday")
    end = start + timedelta(minutes=30)
    ag = ("Agnieszka Dudek", "agnieszka.dudek@halderbach-chemie.example")
    plain = f"""Halderbach Chemie | Global Business Services Kraków

Dear Hannah,

Thank you for your interest in Halderbach Chemie. We are pleased to confirm the following interview:

Job Requisition: JR-104522 Senior R2R Specialist (m/f/d) - Kraków
Interview Type: Phone Screen
Date: Tuesday, 24 March 2026
Time: 10:00 - 10:30 (GMT+01:00) Central European Time - Warsaw
Interviewer: Agnieszka Dudek, Talent Acquisition Partner

Agnieszka will call you on the mobile number stored in your candidate profile. The conversation will be in English and takes about 30 minutes; expect a few questions about your month-end close routine and intercompany reconciliations.

If you need to change the appointment, please contact Agnieszka directly at {ag[1]}. Replies to this automated message are not monitored.

You can check the status of your application at any time in Candidate Home:
https://halderbach.wd3.myworkdayjobs.com/en-US/GBS_Careers/userHome

Kind regards,
Halderbach Chemie Talent Acquisition
"""
    ics = ical(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Workday//Workday Calendar 1.0//EN",
                "METHOD:REQUEST"] + VTZ_WARSAW + [
        "BEGIN:VEVENT", f"UID:wd-interview-{hx(cid, 20)}@myworkday.com", "SEQUENCE:0",
        f"DTSTAMP:{zf(date)}", f"DTSTART;TZID=Europe/Warsaw:{lf(start)}",
        f"DTEND;TZID=Europe/Warsaw:{lf(end)}",
        "SUMMARY:Phone Screen - Senior R2R Specialist (JR-104522) - Halderbach Chemie",
        "DESCRIPTION:" + esc("Phone Screen with Agnieszka Dudek (Talent Acquisition Partner).\n"
                             "Agnieszka will call you on your mobile number."),
        "LOCATION:Phone call",
        "ORGANIZER;CN=Halderbach Chemie Recruiting:mailto:halderbach@myworkday.com",
        f"ATTENDEE;CN=Hannah Kowalczyk;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{OWNER}",
        "STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"])
    m = vendor_mail(seed=cid, frm=("Halderbach Chemie", "halderbach@myworkday.com"),
                    subject="Interview Scheduled: Senior R2R Specialist (m/f/d) - Kraków (JR-104522)",
                    date=date, plain=plain, mid=f"<{num(cid,13)}.{num(cid+'x',5)}.{num(cid+'y',13)}@wd3-prod-oms-14.myworkday.com>",
                    host="mail-out-07.myworkday.com", ip="199.245.88.37",
                    attachments=[ics_attachment(ics, "Interview_JR-104522.ics", "REQUEST")])
    add_case(cid, [("01-workday-interview-scheduled.eml", m)],
             interviews=[iv("Halderbach Chemie", "Senior R2R Specialist", start, end, "scheduled",
                            [ag[1]], [ag[1]], "phone_screen")],
             difficulty="easy", category="positive/ats-workday",
             notes="Workday 'Interview Scheduled' mail + .ics (Europe/Warsaw VTIMEZONE), five days before "
                   "the March change so CET +01:00. ORGANIZER is the Workday tenant address; the recruiter "
                   "doing the screen gives her own address in the body.")


def case02():
    cid = "b187-02-versant-style-english-test"
    date = T(2026, 4, 16, 9, 0, 3, WAW)
    deadline = wd(T(2026, 4, 22, 23, 59, WAW), "Wednesday")
    wb = ("Weronika Baran", "weronika.baran@pinebrook-ss.example")
    plain = f"""Dear Hannah Kowalczyk,

Pinebrook Shared Services has invited you to take the LinguaScore Spoken English Test as part of the interview process for the position: GL Accountant with English (Kraków).

About the test
- Fully automated: you will hear recorded prompts and speak your answers into the microphone. There is no live examiner.
- Duration: approximately 17 minutes
- Sections: reading aloud, repeats, sentence builds, short answer questions, story retelling, open questions
- You need a quiet room, a headset and the Chrome browser

Please complete the test by Wednesday, 22 April 2026, 23:59 (CEST).

Start your test: https://test.linguascore.example/t/PSS-{num(cid,8)}
Test Identification Number (TIN): {num(cid+'tin',10)}

Your score report will be sent to Pinebrook Shared Services only.

Good luck!
The LinguaScore Team
This is an automated message - please do not reply.
"""
    reminder = ical(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//LinguaScore//Test Reminder//EN",
                     "METHOD:PUBLISH", "BEGIN:VEVENT", f"UID:ls-{hx(cid,18)}@linguascore.example",
                     f"DTSTAMP:{zf(date)}", "DTSTART;VALUE=DATE:20260422", "DTEND;VALUE=DATE:20260423",
                     "SUMMARY:Complete your LinguaScore Spoken English Test (Pinebrook Shared Services)",
                     "DESCRIPTION:" + esc("Automated spoken English test, approx. 17 minutes. "
                                          "Deadline 23:59 CEST."),
                     "TRANSP:TRANSPARENT", "END:VEVENT", "END:VCALENDAR"])
    m1 = vendor_mail(seed=cid, frm=("LinguaScore Assessments", "no-reply@linguascore.example"),
                     subject="Action required: Spoken English Test for your interview process - Pinebrook Shared Services",
                     date=date, plain=plain, mid=f"<{hx(cid,24)}@mailer.linguascore.example>",
                     host="out-3.mailer.linguascore.example", ip="203.0.113.45",
                     attachments=[ics_attachment(reminder, "test-deadline.ics")])
    d2 = T(2026, 4, 16, 10, 31, 48, WAW)
    body2 = f"""Hi Hannah,

Thanks again for the call yesterday. You should have just received an e-mail from LinguaScore - that's the English test I mentioned. It is fully automated (no one on the other end), takes around 17 minutes, and you can do it whenever suits you before Wednesday 22 April.

Once we have your score I'll come back to you to arrange the interview with the GL team.

Best regards,
Weronika

Weronika Baran
Recruitment Specialist | Pinebrook Shared Services Sp. z o.o.
{wb[1]}
"""
    _, m2 = outlook_msg(seed=cid + "2", frm=wb, to=[(OWNER_NAME, OWNER)],
                        subject="English test - GL Accountant with English", date=d2, body=body2)
    assert deadline.strftime("%d %B") == "22 April"
    add_case(cid, [("01-linguascore-test-invitation.eml", m1), ("02-recruiter-explains-test.eml", m2)],
             interviews=[], difficulty="hard", category="negative/one-way-language-test",
             notes="Versant-style automated spoken English test described as part of the 'interview "
                   "process', with an all-day deadline .ics. One-way assessment, no live interviewer; "
                   "the recruiter's later interview has no time. 'Thanks for the call yesterday' refers to "
                   "an undated, unscheduled past contact.")


def case03():
    cid = "b187-03-teams-frankfurt-hm-dst-label"
    date = T(2026, 3, 20, 14, 3, 11, WAW)
    start = wd(T(2026, 3, 31, 14, 0, WAW), "Tuesday")
    end = start + timedelta(hours=1)
    kl = ("Katarzyna Lis", "katarzyna.lis@rheinfeld-gruppe.example")
    ja = ("Dr. Jens Albrecht", "jens.albrecht@rheinfeld-gruppe.example")
    tz = "W. Europe Standard Time"
    body = """Hi Hannah,

As discussed on the phone, here is the invitation for your interview with Dr. Jens Albrecht, Head of Group Accounting in Frankfurt. The GL team in Kraków reports to Jens functionally, so he will focus on your R2R background, HGB/IFRS closing and how you would lead the team through month-end.

I will not join the call myself. The meeting is at 14:00 Kraków/Frankfurt time and is planned for one hour.

Best regards / Pozdrawiam
Katarzyna Lis
Talent Acquisition Specialist | Rheinfeld Shared Services Kraków Sp. z o.o."""
    ics = exchange_ics(method="REQUEST", uid=exchange_uid(cid), seq=0, organizer=kl,
                       attendees=[(ja[0], ja[1], "REQ-PARTICIPANT", "NEEDS-ACTION"),
                                  (OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION")],
                       summary="Interview Hannah Kowalczyk - Team Lead General Ledger (Kraków) / Dr. J. Albrecht",
                       description=when_line(start, end, tz) + "\n\n" + body, start=start, end=end,
                       tzid=tz, dtstamp=date)
    m = exchange_mail(seed=cid, frm=kl, to=[(OWNER_NAME, OWNER), ja],
                      subject="Interview Hannah Kowalczyk - Team Lead General Ledger (Kraków) / Dr. J. Albrecht",
                      date=date, start=start, end=end, tzid=tz, body=body, ics=ics, method="REQUEST")
    add_case(cid, [("01-teams-invitation.eml", m)],
             interviews=[iv("Rheinfeld", "Team Lead General Ledger", start, end, "scheduled",
                            [ja[1]], [ja[1]], "hiring_manager")],
             difficulty="hard", category="positive/exchange-dst-label",
             notes="Exchange/Teams invite with TZID 'W. Europe Standard Time'. Sent in CET; the interview "
                   "is on 31 March, two days after the EU change, so it is 14:00 CEST (+02:00) although "
                   "the When: line shows '(UTC+01:00)'. Organizer is a coordinator who says she won't join.")


def case04():
    cid = "b187-04-dublin-thread-irish-time"
    cd = ("Ciara Dunne", "ciara.dunne@corrib-leasing.example")
    fm = "fergal.moran@corrib-leasing.example"
    d1 = T(2026, 4, 9, 10, 41, 7, DUB)
    o1 = wd(T(2026, 4, 15, 11, 0, DUB), "Wednesday")
    o2 = wd(T(2026, 4, 16, 9, 30, DUB), "Thursday")
    o3 = wd(T(2026, 4, 17, 14, 0, DUB), "Friday")
    k = lambda dt: dt.astimezone(WAW).strftime("%H:%M")
    subj = "Corrib Aviation Leasing - AP Specialist (Kraków) - interview with Fergal"
    b1 = f"""Hi Hannah,

Thanks for sending over your CV and notice period details.

Fergal Moran, our Accounts Payable Manager in Dublin, would like to meet you over Teams for a 45-minute interview. Could you let me know which of these suits?

- Wed 15 April, 11:00 Irish time ({k(o1)} Kraków)
- Thu 16 April, 09:30 Irish time ({k(o2)} Kraków)
- Fri 17 April, 14:00 Irish time ({k(o3)} Kraków)

Kind regards,
Ciara

Ciara Dunne
Talent Acquisition Partner
Corrib Aviation Leasing DAC | Dublin 2, Ireland"""
    mid1, m1 = outlook_msg(seed=cid + "1", frm=cd, to=[(OWNER_NAME, OWNER)], subject=subj, date=d1,
                           body=b1, lang="en-IE", server="DB7PR05MB5321",
                           domain_host="EUR02-DB5-obe.outbound.protection.outlook.com")
    d2 = T(2026, 4, 9, 13, 15, 22, WAW)
    b2 = f"""Hi Ciara,

Thank you! Thursday 16 April at 09:30 Irish time ({k(o2)} here in Kraków) works best for me.

Best regards,
Hannah

On Thu, 9 Apr 2026 at {d1.astimezone(WAW):%H:%M}, Ciara Dunne <{cd[1]}> wrote:
{quote(b1)}
"""
    mid2, m2 = gmail_msg(seed=cid + "2", to=[cd], subject="Re: " + subj, date=d2, body=b2,
                         in_reply_to=mid1, references=mid1)
    d3 = T(2026, 4, 9, 14, 2, 51, DUB)
    e2 = o2 + timedelta(minutes=45)
    b3 = f"""Hi Hannah,

Perfect, that's confirmed: Thursday 16 April, 09:30-10:15 Irish time ({k(o2)}-{k(e2)} your time) with Fergal. He'll send the Teams link from his own calendar this afternoon; if anything comes up on the day you can reach him at {fm}.

Kind regards,
Ciara

________________________________
From: Hannah Kowalczyk <{OWNER}>
Sent: Thursday, April 9, 2026 {d2.astimezone(DUB).strftime('%I:%M %p').lstrip('0')}
To: Ciara Dunne <{cd[1]}>
Subject: Re: {subj}

{b2.split(chr(10) + 'On Thu')[0].rstrip()}
"""
    _, m3 = outlook_msg(seed=cid + "3", frm=cd, to=[(OWNER_NAME, OWNER)], subject="RE: " + subj,
                        date=d3, body=b3, in_reply_to=mid2, references=f"{mid1} {mid2}",
                        lang="en-IE", server="DB7PR05MB5321",
                        domain_host="EUR02-DB5-obe.outbound.protection.outlook.com")
    add_case(cid, [("01-recruiter-offers-slots.eml", m1), ("02-hannah-picks-thursday.eml", m2),
                   ("03-recruiter-confirms.eml", m3)],
             interviews=[iv("Corrib Aviation Leasing", "AP Specialist", o2, e2, "scheduled",
                            [fm], [fm], "hiring_manager")],
             difficulty="medium", category="positive/thread-propose-confirm",
             notes="Three offered slots (Irish time with Kraków equivalents); candidate picks Thursday, "
                   "recruiter confirms 09:30-10:15 Irish time = 10:30-11:15 CEST. Dublin is +01:00 (IST) in "
                   "April. Interviewer's address is only given in the confirmation text.")


def case05():
    cid = "b187-05-onboarding-after-offer"
    an = ("Alicja Nowak", "alicja.nowak@drummore.example")
    cb = ("Conor Byrne", "conor.byrne@drummore.example")
    d1 = T(2026, 7, 13, 9, 20, 44, WAW)
    first_day = wd(T(2026, 8, 3, 9, 0, WAW), "Monday")
    b1 = """Hi Hannah,

Welcome aboard! We have received your signed offer and contract for the R2R Specialist position - congratulations again, everyone who interviewed you was delighted.

Your first day will be Monday, 3 August 2026. Please come to reception at 09:00 (Drummore Capital Services, Kraków, 5th floor) and ask for me.

Before that I'd like to set up a short pre-boarding call with you and Conor, your line manager, to go through laptop delivery, Day 1 logistics and the documents we still need (bank account details, PIT-2, medical certificate). I'll send a calendar invitation shortly.

Best regards,
Alicja Nowak
HR & Onboarding Specialist | Drummore Capital Services Sp. z o.o."""
    mid1, m1 = outlook_msg(seed=cid + "1", frm=an, to=[(OWNER_NAME, OWNER)], cc=[cb],
                           subject="Welcome to Drummore - your first day and next steps", date=d1, body=b1)
    d2 = T(2026, 7, 13, 9, 41, 2, WAW)
    st = wd(T(2026, 7, 22, 10, 0, WAW), "Wednesday")
    en = st + timedelta(minutes=30)
    desc = ("Hi Hannah, a short call before your start date: laptop delivery, Day 1 logistics in the Kraków "
            "office, outstanding onboarding documents and a quick hello from Conor. This isn't another "
            "interview - you've got the job! :)\n\nAlicja")
    summary = "Drummore - Pre-boarding call: Hannah Kowalczyk (new joiner, R2R Specialist, starts 3 Aug)"
    uid = f"{hx(cid, 26)}@google.com"
    ics = google_ics(method="REQUEST", uid=uid, seq=0, organizer=an,
                     attendees=[(an[0], an[1], "ACCEPTED"), (cb[0], cb[1], "ACCEPTED"),
                                (OWNER, OWNER, "NEEDS-ACTION")],
                     summary=summary, description=desc, start=st, end=en, dtstamp=d2, created=d2,
                     meet="drm-pqbx-zte")
    plain = f"""{summary}
Wednesday 22 Jul 2026 ⋅ 10:00 – 10:30
Central European Time - Warsaw

Join with Google Meet
https://meet.google.com/drm-pqbx-zte

Organiser
{an[0]}
{an[1]}

Guests
{an[0]} - organiser
{an[1]}
{cb[0]}
{cb[1]}
{OWNER}

{desc}

Reply for {OWNER} and view more details https://calendar.google.com/calendar/event?action=VIEW&eid={hx(cid+'eid',40)}

Invitation from Google Calendar: https://calendar.google.com/calendar/

You are receiving this email because you are an attendee on the event.
"""
    m2 = google_mail(seed=cid + "2", organizer=an,
                     subject=f"Invitation: {summary} @ Wed 22 Jul 2026 10:00 - 10:30 (CEST) ({OWNER})",
                     date=d2, plain=plain, ics=ics)
    assert first_day.day == 3
    add_case(cid, [("01-welcome-after-signed-offer.eml", m1), ("02-invitation-preboarding-call.eml", m2)],
             interviews=[], difficulty="medium", category="negative/onboarding-after-offer",
             notes="Signed offer, then a Google invite to a pre-boarding call with the future line manager. "
                   "Post-offer onboarding is not an interview (invite text even says so).")


def case06():
    cid = "b187-06-manila-gcal-json"
    st = wd(T(2026, 5, 7, 15, 0, MNL), "Thursday")
    en = st + timedelta(minutes=45)
    jv = ("Jasmine Villanueva", "jasmine.villanueva@saltmarsh-bps.example")
    rd = ("Ramon dela Cruz", "ramon.delacruz@saltmarsh-bps.example")
    created = T(2026, 4, 29, 6, 12, 0, UTC)
    updated = T(2026, 4, 29, 6, 14, 37, UTC)
    eid = hx(cid, 26)
    ev = {
        "kind": "calendar#event",
        "etag": f"\"{num(cid+'etag',16)}\"",
        "id": eid,
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid="
                    + base64.b64encode(f"{eid} {OWNER}".encode()).decode().rstrip("="),
        "created": created.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "updated": updated.strftime("%Y-%m-%dT%H:%M:%S.") + "412Z",
        "summary": "Saltmarsh BPS | Interview - AP Team Leader (Kraków hub) | Hannah Kowalczyk",
        "description": "Interview with Ramon dela Cruz, AP Operations Manager (Manila hub).\n"
                       "45 minutes. Ramon will cover invoice-to-pay KPIs, your experience with "
                       "vendor master data and how the Kraków and Manila teams split the "
                       "European and APAC ledgers.\n\nI won't be on the call - any questions, "
                       "just reply here.\nJasmine (Talent Acquisition, Manila)",
        "creator": {"email": jv[1], "displayName": jv[0]},
        "organizer": {"email": jv[1], "displayName": jv[0]},
        "start": {"dateTime": st.astimezone(WAW).isoformat(), "timeZone": "Asia/Manila"},
        "end": {"dateTime": en.astimezone(WAW).isoformat(), "timeZone": "Asia/Manila"},
        "iCalUID": f"{eid}@google.com",
        "sequence": 0,
        "attendees": [
            {"email": jv[1], "displayName": jv[0], "organizer": True, "responseStatus": "accepted"},
            {"email": rd[1], "displayName": rd[0], "responseStatus": "accepted"},
            {"email": OWNER, "self": True, "responseStatus": "needsAction"},
        ],
        "hangoutLink": "https://meet.google.com/sbp-kwrn-hma",
        "conferenceData": {
            "entryPoints": [
                {"entryPointType": "video", "uri": "https://meet.google.com/sbp-kwrn-hma",
                 "label": "meet.google.com/sbp-kwrn-hma"},
                {"entryPointType": "phone", "uri": "tel:+63-2-8231-0000", "label": "+63 2 8231 0000",
                 "pin": num(cid + "pin", 9), "regionCode": "PH"},
            ],
            "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet",
                                   "iconUri": "https://fonts.gstatic.com/s/i/productlogos/meet_2020q4/v6/web-512dp/logo_meet_2020q4_color_2x_web_512dp.png"},
            "conferenceId": "sbp-kwrn-hma",
        },
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    assert ev["start"]["dateTime"] == "2026-05-07T09:00:00+02:00"
    add_case(cid, [("01-ap-team-leader-interview.gcal.json", json.dumps(ev, indent=2, ensure_ascii=False) + "\n")],
             interviews=[iv("Saltmarsh BPS", "AP Team Leader", st, en, "scheduled", [rd[1]], [rd[1]],
                            "hiring_manager")],
             difficulty="medium", category="positive/gcal-json-manila",
             notes="Calendar API event only. timeZone Asia/Manila (15:00 PHT) while dateTime is rendered "
                   "in the user's calendar zone (09:00+02:00). Organizer-recruiter explicitly won't join; "
                   "interviewer is the Manila AP Operations Manager.")


def case07():
    cid = "b187-07-teamtailor-reschedule-across-dst"
    ok = ("Orla Keane", "orla.keane@liffeyside.example")
    tz_ = ("Tomasz Zięba", "tomasz.zieba@liffeyside.example")
    old = wd(T(2026, 3, 27, 10, 0, WAW), "Friday")
    new = wd(T(2026, 3, 31, 10, 0, WAW), "Tuesday")
    uid = f"interview-{num(cid,6)}-{hx(cid,10)}@teamtailor.com"

    def tt_ics(st, seq, stamp):
        return ical(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Teamtailor//Interviews//EN",
                     "METHOD:REQUEST"] + VTZ_WARSAW + [
            "BEGIN:VEVENT", f"UID:{uid}", f"SEQUENCE:{seq}", f"DTSTAMP:{zf(stamp)}",
            f"DTSTART;TZID=Europe/Warsaw:{lf(st)}",
            f"DTEND;TZID=Europe/Warsaw:{lf(st + timedelta(hours=1))}",
            "SUMMARY:Interview: Intercompany Accountant - Hannah Kowalczyk (Liffeyside Payments)",
            "DESCRIPTION:" + esc("Interviewer: Tomasz Zięba (Finance Operations Lead)\n"
                                 "Join Microsoft Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_"
                                 + hx(cid + "tm", 24) + "%40thread.v2/0"),
            "LOCATION:Microsoft Teams",
            f"ORGANIZER;CN=Orla Keane:mailto:{ok[1]}",
            f"ATTENDEE;CN=Tomasz Zięba;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{tz_[1]}",
            f"ATTENDEE;CN=Hannah Kowalczyk;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{OWNER}",
            "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])

    d1 = T(2026, 3, 23, 11, 20, 4, WAW)
    p1 = """Hi Hannah,

Your interview for the Intercompany Accountant role at Liffeyside Payments has been booked.

Date: Friday, 27 March 2026
Time: 10:00 - 11:00 (Europe/Warsaw)
Location: Video call - Microsoft Teams (link in the calendar invitation)
Interviewer: Tomasz Zięba, Finance Operations Lead

Tomasz will walk you through a short intercompany reconciliation example, so feel free to have Excel open.

Questions? Just reply to this email and it will reach Orla Keane.

Best,
Orla Keane
Talent Partner, Liffeyside Payments

Powered by Teamtailor"""
    m1 = vendor_mail(seed=cid + "1", frm=("Orla Keane - Liffeyside Payments", "no-reply@teamtailor.com"),
                     reply_to=ok, subject="Interview booked: Intercompany Accountant - Liffeyside Payments",
                     date=d1, plain=p1, mid=f"<{hx(cid+'m1',24)}@teamtailor.com>",
                     host="o12.mail.teamtailor.com", ip="167.89.61.12",
                     attachments=[ics_attachment(tt_ics(old, 0, d1), "invite.ics", "REQUEST")])
    d2 = T(2026, 3, 25, 16, 5, 40, WAW)
    p2 = """Hi Hannah,

Your interview for the Intercompany Accountant role at Liffeyside Payments has been rescheduled.

New time: Tuesday, 31 March 2026, 10:00 - 11:00 (Europe/Warsaw)
Previous time: Friday, 27 March 2026, 10:00 - 11:00 (Europe/Warsaw)
Interviewer: Tomasz Zięba, Finance Operations Lead

Message from Orla:
"Sorry for the shuffle - Tomasz has been pulled into the quarter-end close on Friday. Same time of day, just next Tuesday, and the Teams link stays the same."

The updated calendar invitation is attached.

Powered by Teamtailor"""
    m2 = vendor_mail(seed=cid + "2", frm=("Orla Keane - Liffeyside Payments", "no-reply@teamtailor.com"),
                     reply_to=ok, subject="Interview rescheduled: Intercompany Accountant - Liffeyside Payments",
                     date=d2, plain=p2, mid=f"<{hx(cid+'m2',24)}@teamtailor.com>",
                     host="o12.mail.teamtailor.com", ip="167.89.61.12",
                     attachments=[ics_attachment(tt_ics(new, 1, d2), "invite.ics", "REQUEST")])
    add_case(cid, [("01-teamtailor-interview-booked.eml", m1), ("02-teamtailor-interview-rescheduled.eml", m2)],
             interviews=[iv("Liffeyside Payments", "Intercompany Accountant", new, new + timedelta(hours=1),
                            "scheduled", [tz_[1]], [tz_[1]], "hiring_manager")],
             difficulty="hard", category="positive/reschedule-dst",
             notes="Teamtailor booking then reschedule (same UID, SEQUENCE 0 -> 1). Both slots are 10:00 "
                   "Europe/Warsaw but the old one is CET (+01:00) and the final one, after 29 March, is "
                   "CEST (+02:00). Recruiter only coordinates (Reply-To).")


def case08():
    cid = "b187-08-internal-audit-interview-fwd"
    gp = ("Gareth Powell", "gareth.powell@stellmark.example")
    work = ("Hannah Kowalczyk", "hannah.kowalczyk@stellmark.example")
    st = wd(T(2026, 5, 19, 10, 0, WAW), "Tuesday")
    en = st + timedelta(hours=1)
    sent = T(2026, 5, 12, 14, 14, 0, WAW)
    tz = "Central Europe Standard Time"
    inner = """Hi Hannah,

As part of the 2026 SOX testing cycle, Internal Audit is interviewing the process owners of the key P2P controls. We would like to interview you about control AP-07 (three-way match and price tolerance overrides) and walk through two sample invoices from Q1.

Please have SAP open and, if possible, the override log for February. No preparation beyond that is needed; this is not an assessment of you personally.

Thanks,
Gareth Powell
Senior Internal Auditor | Stellmark Industries - Group Internal Audit"""
    ics = exchange_ics(method="REQUEST", uid=exchange_uid(cid), seq=0, organizer=gp,
                       attendees=[(work[0], work[1], "REQ-PARTICIPANT", "ACCEPTED")],
                       summary="Internal Audit - P2P control walkthrough interview (SOX 2026, AP-07)",
                       description=inner, start=st, end=en, tzid=tz, dtstamp=sent,
                       location="Teams / Kraków office, room Wisła 3.02")
    body = f"""Keeping this one in my personal calendar too, phone reminder.

________________________________
From: {gp[0]} <{gp[1]}>
Sent: Tuesday, May 12, 2026 2:14 PM
To: {work[0]} <{work[1]}>
Subject: Internal Audit - P2P control walkthrough interview (SOX 2026, AP-07)
{when_line(st, en, tz)}
Where: Teams / Kraków office, room Wisła 3.02

{inner}
"""
    _, m = outlook_msg(seed=cid, frm=work, to=[(OWNER_NAME, OWNER)],
                       subject="FW: Internal Audit - P2P control walkthrough interview (SOX 2026, AP-07)",
                       date=T(2026, 5, 12, 18, 40, 12, WAW), body=body, server="VI1PR08MB4410",
                       attachments=[ics_attachment(ics, "Internal Audit - P2P walkthrough.ics", "REQUEST")])
    add_case(cid, [("01-fwd-internal-audit-interview.eml", m)],
             interviews=[], difficulty="hard", category="negative/internal-audit-interview",
             notes="Owner forwards a work invite to her personal mailbox: an internal-audit SOX walkthrough "
                   "'interview' at her current employer. Non-job interview; Exchange .ics attached with a "
                   "'(UTC+01:00)' label in May.")


def case09():
    cid = "b187-09-successfactors-cancelled"
    mw = ("Magdalena Wrona", "magdalena.wrona@oberau-automotive.example")
    ub = ("Uwe Brandstätter", "uwe.brandstaetter@oberau-automotive.example")
    st = wd(T(2026, 5, 12, 13, 0, WAW), "Tuesday")
    en = st + timedelta(hours=1)
    uid = f"SF-IS-{num(cid,9)}-{hx(cid,12)}@successfactors.eu"
    role = "Accounts Payable Specialist with English (Req. 48213)"

    def sf_ics(method, seq, stamp):
        cancel = method == "CANCEL"
        return ical(["BEGIN:VCALENDAR", "PRODID:-//SAP SuccessFactors//Interview Scheduling//EN",
                     "VERSION:2.0", f"METHOD:{method}", "BEGIN:VEVENT", f"UID:{uid}", f"SEQUENCE:{seq}",
                     f"DTSTAMP:{zf(stamp)}", f"DTSTART:{zf(st)}", f"DTEND:{zf(en)}",
                     f"SUMMARY:{'Cancelled: ' if cancel else ''}Interview - {esc(role)} - Hannah Kowalczyk",
                     "LOCATION:Microsoft Teams",
                     "ORGANIZER;CN=Oberau Automotive Recruiting:mailto:noreply@successfactors.eu",
                     f"ATTENDEE;CN={mw[0]};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{mw[1]}",
                     f"ATTENDEE;CN={ub[0]};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{ub[1]}",
                     f"ATTENDEE;CN=Hannah Kowalczyk;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{OWNER}",
                     f"STATUS:{'CANCELLED' if cancel else 'CONFIRMED'}", "END:VEVENT", "END:VCALENDAR"])

    d1 = T(2026, 5, 5, 8, 47, 19, WAW)
    p1 = f"""Dear Hannah Kowalczyk,

we are pleased to invite you to an interview for the position {role} at Oberau Automotive Business Services Kraków.

Date: 12.05.2026
Time: 13:00 - 14:00 (GMT+02:00) Europe/Warsaw
Location: Microsoft Teams (link in the attached calendar invitation)

Interviewers:
Magdalena Wrona, HR Business Partner
Uwe Brandstätter, Head of Purchase-to-Pay, Ingolstadt

Please accept the attached calendar invitation to confirm your participation. If you have any questions, please contact {mw[1]}.

Kind regards
Your Oberau Automotive Recruiting Team

This e-mail was generated automatically. Please do not reply to this e-mail."""
    m1 = vendor_mail(seed=cid + "1", frm=("Oberau Automotive Recruiting", "noreply@successfactors.eu"),
                     subject=f"Interview invitation: {role}", date=d1, plain=p1,
                     mid=f"<{num(cid+'m1',10)}.{num(cid+'m1b',6)}.JavaMail.sfuser@pc8bsfapi02.successfactors.eu>",
                     host="smtp-out2.successfactors.eu", ip="155.56.210.64",
                     attachments=[ics_attachment(sf_ics("REQUEST", 0, d1), "interview.ics", "REQUEST")])
    d2 = T(2026, 5, 8, 17, 30, 2, WAW)
    p2 = f"""Dear Hannah Kowalczyk,

the interview scheduled for 12.05.2026, 13:00 - 14:00 (GMT+02:00) Europe/Warsaw for the position {role} has been cancelled.

Comment from the recruiter:
"Dear Hannah, I am very sorry for the short notice - the business has put this requisition on hold following a reorganisation of the P2P tower. I will get in touch as soon as it is reopened. Best regards, Magdalena"

Kind regards
Your Oberau Automotive Recruiting Team

This e-mail was generated automatically. Please do not reply to this e-mail."""
    m2 = vendor_mail(seed=cid + "2", frm=("Oberau Automotive Recruiting", "noreply@successfactors.eu"),
                     subject=f"Interview cancelled: {role}", date=d2, plain=p2,
                     mid=f"<{num(cid+'m2',10)}.{num(cid+'m2b',6)}.JavaMail.sfuser@pc8bsfapi02.successfactors.eu>",
                     host="smtp-out2.successfactors.eu", ip="155.56.210.64",
                     attachments=[ics_attachment(sf_ics("CANCEL", 1, d2), "interview.ics", "CANCEL")])
    add_case(cid, [("01-sf-interview-invitation.eml", m1), ("02-sf-interview-cancelled.eml", m2)],
             interviews=[iv("Oberau Automotive", "Accounts Payable Specialist with English", st, en,
                            "cancelled", [mw[1], ub[1]], [mw[1], ub[1]], "onsite")],
             difficulty="medium", category="positive/cancellation",
             notes="SuccessFactors Interview Scheduling invite (UTC times in .ics, GMT+02:00 in text) then "
                   "METHOD:CANCEL / STATUS:CANCELLED. Kept as one cancelled interview. HRBP and Head of P2P are "
                   "both listed as interviewers (panel -> onsite). Sender is no-reply; recruiter address "
                   "is in the text.")


def case10():
    cid = "b187-10-assessment-center-excel-day"
    jp = ("Joanna Pietrzak", "joanna.pietrzak@kesslervoigt.example")
    es = ("Ewa Sowa", "ewa.sowa@kesslervoigt.example")
    dh = ("Dirk Hollmann", "dirk.hollmann@kesslervoigt.example")
    day = wd(T(2026, 6, 10, 9, 30, WAW), "Wednesday")
    end = T(2026, 6, 10, 14, 0, WAW)
    d1 = T(2026, 6, 1, 15, 22, 9, WAW)
    body = f"""Dear Hannah,

Congratulations on passing the first stage of our recruitment process for the R2R Senior Accountant position. We would like to invite you to our Assessment Center at the Kraków office on Wednesday, 10 June 2026.

Agenda
09:30 - 10:00  Welcome and introduction to Kessler & Voigt Business Services (Joanna Pietrzak)
10:00 - 11:15  Excel case: month-end accruals and a bank reconciliation (individual task, laptop provided)
11:30 - 12:15  Group exercise: prioritising a closing calendar (observed by the assessors)
12:15 - 13:00  Lunch with the R2R team
13:00 - 14:00  Competency interview with Dirk Hollmann (R2R Process Owner, Hamburg - joining via Teams) and Ewa Sowa (R2R Team Manager, Kraków)

Address: Kessler & Voigt Business Services Sp. z o.o., Dąbska Office Park, building B, 3rd floor, Kraków. Please bring an ID card for the reception.

The whole day will be conducted in English. I'll send you a calendar hold for the full day; please confirm your attendance by replying to this e-mail.

Kind regards / Z poważaniem
Joanna Pietrzak
Recruitment Specialist
Kessler & Voigt Business Services Sp. z o.o. | {jp[1]}"""
    mid1, m1 = outlook_msg(seed=cid + "1", frm=jp, to=[(OWNER_NAME, OWNER)],
                           subject="Kessler & Voigt - Assessment Center 10 June - R2R Senior Accountant",
                           date=d1, body=body, server="FR3P281MB1942")
    d2 = T(2026, 6, 1, 15, 26, 40, WAW)
    tz = "Central European Standard Time"
    inv_body = """Hi Hannah,

Calendar hold for the Assessment Center (agenda in my e-mail). Ewa will meet you at the reception; Dirk joins the final interview over Teams.

Joanna"""
    ics = exchange_ics(method="REQUEST", uid=exchange_uid(cid), seq=0, organizer=jp,
                       attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION"),
                                  (es[0], es[1], "REQ-PARTICIPANT", "ACCEPTED"),
                                  (dh[0], dh[1], "REQ-PARTICIPANT", "ACCEPTED")],
                       summary="Assessment Center - Hannah Kowalczyk - R2R Senior Accountant",
                       description=when_line(day, end, tz) + "\n\n" + inv_body, start=day, end=end, tzid=tz,
                       dtstamp=d2, location="Kessler & Voigt, Dąbska Office Park B, 3rd floor, Kraków")
    m2 = exchange_mail(seed=cid + "2", frm=jp, to=[(OWNER_NAME, OWNER), es, dh],
                       subject="Assessment Center - Hannah Kowalczyk - R2R Senior Accountant",
                       date=d2, start=day, end=end, tzid=tz, body=inv_body, ics=ics, method="REQUEST",
                       where="Kessler & Voigt, Dąbska Office Park B, 3rd floor, Kraków", teams=False,
                       server="FR3P281MB1942")
    d3 = T(2026, 6, 1, 20, 3, 55, WAW)
    b3 = f"""Dear Joanna,

Thank you for the invitation - I confirm my attendance on Wednesday, 10 June at 9:30. See you then!

Kind regards,
Hannah

On Mon, 1 Jun 2026 at 15:22, Joanna Pietrzak <{jp[1]}> wrote:
{quote(body)}
"""
    _, m3 = gmail_msg(seed=cid + "3", to=[jp], subject="Re: Kessler & Voigt - Assessment Center 10 June - R2R Senior Accountant",
                      date=d3, body=b3, in_reply_to=mid1, references=mid1)
    add_case(cid, [("01-assessment-center-invitation.eml", m1), ("02-calendar-hold-full-day.eml", m2),
                   ("03-hannah-confirms.eml", m3)],
             interviews=[iv("Kessler & Voigt", "R2R Senior Accountant", day, end, "scheduled",
                            [dh[1], es[1]], [dh[1], es[1]], "onsite")],
             difficulty="hard", category="positive/assessment-center-onsite",
             notes="In-person 'Assessment Center' day with an Excel task, a group exercise and a live "
                   "competency interview. It is a same-day loop with live assessors, so ONE onsite from the "
                   "first session (09:30) to the last (14:00), matching the full-day Exchange hold. "
                   "Interviewers = the two people running the interview; the recruiter only welcomes/organizes.")


def case11():
    cid = "b187-11-benefits-enrolment-calendly"
    kz = ("Kinga Zawadzka", "kinga.zawadzka@vitalia-benefits.example")
    st = wd(T(2026, 8, 5, 11, 0, WAW), "Wednesday")
    en = st + timedelta(minutes=30)
    date = T(2026, 7, 28, 12, 47, 31, WAW)
    plain = f"""Hi Hannah Kowalczyk,

A new event has been scheduled.

Event Type:
Benefits enrolment call - Ardmore Logistics new joiners

Invitee:
Hannah Kowalczyk
{OWNER}

Event Date/Time:
11:00 - Wednesday, 5 August 2026 (Central European Time)

Host:
{kz[0]} ({kz[1]})

Location:
This is a Google Meet web conference.
https://meet.google.com/vtb-cmzq-rha

Questions:
Which benefits would you like to discuss?
Private medical care (family package), Multisport card, group life insurance, PPK opt-out

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/{hx(cid+'c',32)}
Reschedule: https://calendly.com/reschedulings/{hx(cid+'c',32)}

Powered by Calendly.com
"""
    ics = ical(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Calendly//EN", "METHOD:REQUEST",
                "BEGIN:VEVENT", f"UID:{hx(cid,32)}@calendly.com", "SEQUENCE:0", f"DTSTAMP:{zf(date)}",
                f"DTSTART:{zf(st)}", f"DTEND:{zf(en)}",
                "SUMMARY:Benefits enrolment call - Ardmore Logistics new joiners (Hannah Kowalczyk)",
                "DESCRIPTION:" + esc("Benefits enrolment for new Ardmore Logistics employees: medical "
                                     "package, Multisport, life insurance, PPK.\nNeed to make changes? "
                                     "https://calendly.com/reschedulings/" + hx(cid + 'c', 32)),
                "LOCATION:https://meet.google.com/vtb-cmzq-rha",
                f"ORGANIZER;CN={kz[0]}:mailto:{kz[1]}",
                f"ATTENDEE;CN=Hannah Kowalczyk;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{OWNER}",
                "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    m = vendor_mail(seed=cid, frm=("Calendly", "notifications@calendly.com"), reply_to=kz,
                    subject=f"New Event: Hannah Kowalczyk - 11:00 Wed, 5 Aug 2026 - Benefits enrolment call - Ardmore Logistics new joiners",
                    date=date, plain=plain, mid=f"<{hx(cid+'mid',32)}@calendly.com>",
                    host="o1.email.calendly.com", ip="149.72.152.44",
                    attachments=[ics_attachment(ics, "invite.ics", "REQUEST")])
    add_case(cid, [("01-calendly-benefits-enrolment.eml", m)],
             interviews=[], difficulty="medium", category="negative/benefits-enrolment",
             notes="Calendly booking confirmation with a host, Meet link and .ics - looks exactly like a "
                   "booked screen, but it is a benefits enrolment call for new joiners (post-hire).")


def case12():
    cid = "b187-12-erecruiter-rozmowa-october"
    mk = ("Monika Kaczmarczyk", "monika.kaczmarczyk@vistulan.example")
    st = wd(T(2026, 10, 27, 10, 0, WAW), "Tuesday")
    en = st + timedelta(minutes=45)
    date = T(2026, 10, 20, 12, 5, 33, WAW)
    assert date.utcoffset() == timedelta(hours=2) and st.utcoffset() == timedelta(hours=1)
    plain = f"""Dzień dobry Pani Hannah,

dziękujemy za przesłanie aplikacji na stanowisko Specjalista ds. Księgowości (R2R) z językiem angielskim w Centrum Usług Wspólnych Vistulan Finanse w Krakowie.

Zapraszamy na rozmowę kwalifikacyjną online (MS Teams):

Termin: wtorek, 27 października 2026 r., godz. 10:00-10:45
Rozmowę przeprowadzi: Paweł Grabowski, Kierownik Zespołu R2R
Język rozmowy: angielski

Prosimy o potwierdzenie terminu za pomocą linku: https://system.erecruiter.pl/Confirm.aspx?id={num(cid,9)}&t={hx(cid,16)}
W razie pytań prosimy o kontakt: {mk[0]}, {mk[1]}, tel. +48 12 000 45 18.

---

Dear Hannah,

Thank you for applying for the position of R2R Accountant with English at Vistulan Finanse Shared Services Centre in Kraków.

We would like to invite you to an online interview (MS Teams):
Date: Tuesday, 27 October 2026, 10:00-10:45 (Polish time)
Interviewer: Paweł Grabowski, R2R Team Manager

Please confirm the date using the link above. If you have any questions, please contact {mk[0]} ({mk[1]}).

Z poważaniem / Kind regards
Zespół Rekrutacji Vistulan Finanse

Wiadomość została wygenerowana automatycznie przez system eRecruiter. Prosimy na nią nie odpowiadać.
"""
    ics = ical(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//eRecruiter//Kalendarz 2.0//PL", "METHOD:REQUEST",
                "BEGIN:VEVENT", f"UID:erec-{num(cid+'u',10)}@erecruiter.pl", "SEQUENCE:0",
                f"DTSTAMP:{zf(date)}", f"DTSTART:{zf(st)}", f"DTEND:{zf(en)}",
                "SUMMARY:Rozmowa kwalifikacyjna - Specjalista ds. Księgowości (R2R) - Vistulan Finanse",
                "DESCRIPTION:" + esc("Rozmowa online (MS Teams). Rozmowę przeprowadzi: Paweł Grabowski.\n"
                                     "Kontakt: " + mk[1]),
                "LOCATION:MS Teams",
                "ORGANIZER;CN=Vistulan Finanse - Rekrutacja:mailto:no-reply@erecruiter.pl",
                f"ATTENDEE;CN=Hannah Kowalczyk;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{OWNER}",
                "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    m = vendor_mail(seed=cid, frm=("Vistulan Finanse - Rekrutacja", "no-reply@erecruiter.pl"), reply_to=None,
                    subject="Zaproszenie na rozmowę kwalifikacyjną / Interview invitation - Specjalista ds. Księgowości (R2R)",
                    date=date, plain=plain, mid=f"<{hx(cid+'mid',20)}.{num(cid,6)}@mailer.erecruiter.pl>",
                    host="mailer2.erecruiter.pl", ip="91.227.121.40", cte="base64",
                    attachments=[ics_attachment(ics, "rozmowa.ics", "REQUEST")])
    add_case(cid, [("01-zaproszenie-na-rozmowe.eml", m)],
             interviews=[iv("Vistulan Finanse", "Specjalista ds. Księgowości (R2R) z językiem angielskim",
                            st, en, "scheduled", [], [mk[1]], "hiring_manager")],
             difficulty="hard", category="positive/polish-erecruiter-dst",
             notes="Bilingual eRecruiter mail (base64 UTF-8), 'termin ... godz. 10:00'. Sent 20 Oct in CEST; "
                   "the interview on 27 Oct is after the 25 Oct change, so 10:00 CET (+01:00) = 09:00Z in "
                   "the .ics. The interviewer is named but has no address -> interviewer_emails empty, "
                   "follow-up to the recruiter contact given in the text (sender is no-reply).")


def case13():
    cid = "b187-13-us-hq-two-rounds-dst-gap"
    dm = ("Dorota Mazur", "dorota.mazur@lakeshore-packaging.example")
    gh = ("Greg Hartley", "greg.hartley@lakeshore-packaging.example")
    d1 = T(2026, 3, 2, 9, 30, 51, WAW)
    s1 = wd(T(2026, 3, 5, 11, 0, WAW), "Thursday")
    e1 = s1 + timedelta(minutes=30)
    b1 = f"""Hi Hannah,

Great to connect on LinkedIn. As agreed, I'll call you this Thursday (5 March) at 11:00 for a 30-minute conversation about the Senior GL Accountant role in our Kraków finance hub - mainly your R2R experience, notice period and salary expectations.

If the time stops working for you, just let me know.

Best regards,
Dorota

Dorota Mazur
Senior Talent Acquisition Partner, EMEA
Lakeshore Packaging Corp. | Kraków Finance Hub
{dm[1]}"""
    mid1, m1 = outlook_msg(seed=cid + "1", frm=dm, to=[(OWNER_NAME, OWNER)],
                           subject="Lakeshore Packaging - Senior GL Accountant - call on Thursday",
                           date=d1, body=b1, server="PAXPR02MB7781")
    d2 = T(2026, 3, 6, 16, 12, 8, WAW)
    s2 = wd(T(2026, 3, 16, 9, 0, CHI), "Monday")
    e2 = s2 + timedelta(hours=1)
    assert s2.astimezone(WAW).hour == 15  # US already on CDT, Poland still on CET
    b2 = f"""Hi Hannah,

Thank you for the great conversation yesterday! I'm happy to say we'd like to move you forward.

Greg Hartley, Assistant Controller at our Chicago headquarters and the hiring manager for this role, would like to meet you on Monday, 16 March at 9:00 AM Chicago time. That's 15:00 in Kraków - the US changes the clocks earlier than we do. Greg will send you the Teams invitation himself.

Best regards,
Dorota

-----Original Message-----
From: Dorota Mazur <{dm[1]}>
Sent: Monday, March 2, 2026 9:30 AM
To: Hannah Kowalczyk <{OWNER}>
Subject: Lakeshore Packaging - Senior GL Accountant - call on Thursday

{b1.split(chr(10)+chr(10)+'Best regards')[0]}"""
    mid2, m2 = outlook_msg(seed=cid + "2", frm=dm, to=[(OWNER_NAME, OWNER)],
                           subject="RE: Lakeshore Packaging - Senior GL Accountant - call on Thursday",
                           date=d2, body=b2, in_reply_to=mid1, references=mid1, server="PAXPR02MB7781")
    d3 = T(2026, 3, 9, 8, 5, 27, CHI)
    tz = "Central Standard Time"
    body3 = f"""Hi Hannah,

Looking forward to our conversation about the Senior GL Accountant position. We'll talk about your month-end close experience, US GAAP reporting packages and how the Kraków hub works with the corporate controllership team here in Chicago.

Thanks,
Greg

Greg Hartley | Assistant Controller
Lakeshore Packaging Corp. | Chicago, IL"""
    ics = exchange_ics(method="REQUEST", uid=exchange_uid(cid), seq=0, organizer=gh,
                       attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION"),
                                  (dm[0], dm[1], "OPT-PARTICIPANT", "NEEDS-ACTION")],
                       summary="Lakeshore Packaging - Senior GL Accountant - Hannah Kowalczyk / Greg Hartley",
                       description=when_line(s2, e2, tz) + "\n\n" + body3, start=s2, end=e2, tzid=tz,
                       dtstamp=d3)
    m3 = exchange_mail(seed=cid + "3", frm=gh, to=[(OWNER_NAME, OWNER)], cc=[dm],
                       subject="Lakeshore Packaging - Senior GL Accountant - Hannah Kowalczyk / Greg Hartley",
                       date=d3, start=s2, end=e2, tzid=tz, body=body3, ics=ics, method="REQUEST",
                       server="CH3PR11MB8120", out_host="NAM10-DM6-obe.outbound.protection.outlook.com",
                       ip="40.107.93.55")
    add_case(cid, [("01-recruiter-confirms-call.eml", m1), ("02-recruiter-next-round.eml", m2),
                   ("03-invite-chicago-hiring-manager.eml", m3)],
             interviews=[
                 iv("Lakeshore Packaging", "Senior GL Accountant", s1, e1, "scheduled", [dm[1]], [dm[1]],
                    "phone_screen"),
                 iv("Lakeshore Packaging", "Senior GL Accountant", s2, e2, "scheduled", [gh[1]], [gh[1]],
                    "hiring_manager"),
             ],
             difficulty="hard", category="positive/two-interviews-us-eu-dst-gap",
             notes="Two interviews: recruiter phone screen 'this Thursday (5 March) at 11:00' (CET), then a "
                   "Chicago hiring-manager invite (TZID 'Central Standard Time', label '(UTC-06:00)') for "
                   "16 March 9:00 CDT = 15:00 CET - inside the 8-29 March US/EU gap (6 h, not 7). The "
                   "recruiter is optional on the invite and not an interviewer in round 2.")


def case14():
    cid = "b187-14-rejection-after-interview"
    date = T(2026, 3, 27, 15, 40, 11, WAW)
    plain = """Dear Hannah,

Thank you for your interest in Carrowmore Insurance and for taking the time to interview with Siobhán and Piotr on Tuesday for the Senior Accounts Payable Specialist (R-20931) position in our Kraków Finance Operations Centre.

After careful consideration, we have decided to move forward with other candidates whose experience more closely matches the current needs of the team.

We were genuinely impressed by your knowledge of vendor reconciliations and would like to keep your profile in our talent community. Should a suitable role open up, a member of our Talent team may reach out to invite you for an interview.

We wish you every success in your job search.

Kind regards,
Carrowmore Insurance Talent Acquisition

View your application: https://carrowmore.wd3.myworkdayjobs.com/en-US/Careers/userHome"""
    m = vendor_mail(seed=cid, frm=("Carrowmore Insurance", "carrowmore@myworkday.com"),
                    subject="Update on your application: Senior Accounts Payable Specialist (R-20931)",
                    date=date, plain=plain,
                    mid=f"<{num(cid,13)}.{num(cid+'x',5)}.{num(cid+'y',13)}@wd3-prod-oms-09.myworkday.com>",
                    host="mail-out-03.myworkday.com", ip="199.245.88.21")
    add_case(cid, [("01-workday-application-update.eml", m)],
             interviews=[], difficulty="medium", category="negative/rejection-after-interview",
             notes="Workday rejection that refers to a past interview ('on Tuesday', no time) and to "
                   "possible future interviews. Rejections are not interviews.")


def case15():
    cid = "b187-15-recruiter-mail-plus-google-invite"
    aw = ("Aisling Walsh", "aisling.walsh@shannonbridge-med.example")
    ng = ("Niamh Gallagher", "niamh.gallagher@shannonbridge-med.example")
    mw = ("Marek Wójcik", "marek.wojcik@shannonbridge-med.example")
    st = wd(T(2026, 9, 14, 12, 0, DUB), "Monday")
    en = st + timedelta(hours=1)
    assert st.astimezone(WAW).hour == 13
    d1 = T(2026, 9, 8, 16, 10, 2, DUB)
    role = "Fixed Assets & Lease Accounting Specialist"
    b1 = f"""Hi Hannah,

Great news - Niamh and Marek would like to meet you for the second round for the {role} role.

I've booked Monday 14 September, 13:00-14:00 Kraków time (12:00-13:00 Irish time). You'll get a Google Calendar invite from me in a minute with the Meet link.

You'll be speaking with:
- Niamh Gallagher, Financial Controller (Dublin)
- Marek Wójcik, R2R Lead (Kraków)

Expect a mix of IFRS 16 questions and a walk-through of a fixed asset register you have worked with.

Best of luck,
Aisling

Aisling Walsh | Talent Acquisition
Shannonbridge Medical"""
    mid1, m1 = outlook_msg(seed=cid + "1", frm=aw, to=[(OWNER_NAME, OWNER)],
                           subject=f"Shannonbridge Medical - {role} - 2nd interview",
                           date=d1, body=b1, lang="en-IE", server="DU2PR06MB8390")
    d2 = T(2026, 9, 8, 16, 14, 37, DUB)
    summary = f"Shannonbridge Medical - 2nd interview - {role} (Hannah Kowalczyk)"
    desc = "Second round with Niamh Gallagher (Financial Controller) and Marek Wójcik (R2R Lead).\n\nAisling"
    ics = google_ics(method="REQUEST", uid=f"{hx(cid,26)}@google.com", seq=0, organizer=aw,
                     attendees=[(aw[0], aw[1], "ACCEPTED"), (ng[0], ng[1], "ACCEPTED"),
                                (mw[0], mw[1], "NEEDS-ACTION"), (OWNER, OWNER, "NEEDS-ACTION")],
                     summary=summary, description=desc, start=st, end=en, dtstamp=d2, created=d2,
                     meet="smd-hykq-wpa")
    plain = f"""{summary}
Monday 14 Sep 2026 ⋅ 12:00 – 13:00
Irish Time - Dublin

Join with Google Meet
https://meet.google.com/smd-hykq-wpa

Join by phone
(IE) +353 1 000 4471
PIN: {num(cid+'pin',9)}

Organiser
{aw[0]}
{aw[1]}

Guests
{aw[0]} - organiser
{aw[1]}
{ng[0]}
{ng[1]}
{mw[0]}
{mw[1]}
{OWNER}

{desc}

Reply for {OWNER} and view more details https://calendar.google.com/calendar/event?action=VIEW&eid={hx(cid+'eid',40)}

Invitation from Google Calendar: https://calendar.google.com/calendar/

You are receiving this email because you are an attendee on the event.
"""
    m2 = google_mail(seed=cid + "2", organizer=aw,
                     subject=f"Invitation: {summary} @ Mon 14 Sep 2026 12:00 - 13:00 (GMT+1) ({OWNER})",
                     date=d2, plain=plain, ics=ics)
    add_case(cid, [("01-recruiter-books-second-round.eml", m1), ("02-invitation-google-calendar.eml", m2)],
             interviews=[iv("Shannonbridge Medical", role, st, en, "scheduled", [ng[1], mw[1]],
                            [ng[1], mw[1]], "onsite")],
             difficulty="medium", category="positive/dedupe-mail-and-invite",
             notes="Recruiter e-mail (Kraków and Irish time) plus the Google invite for the same slot: ONE "
                   "interview. Invite in Dublin time (GMT+1 in September) with UTC DTSTART. Two "
                   "interviewers -> panel/onsite; the organizing recruiter is not an interviewer.")


def case16():
    cid = "b187-16-availability-request-termin"
    ps = ("Patrycja Sikora", "patrycja.sikora@haverfordlind.example")
    d1 = T(2026, 10, 19, 11, 5, 12, WAW)
    a = wd(T(2026, 10, 26, 9, 0, WAW), "Monday")
    b = wd(T(2026, 10, 27, 13, 0, WAW), "Tuesday")
    c = wd(T(2026, 10, 29, 10, 0, WAW), "Thursday")
    b1 = f"""Dzień dobry Hannah,

dziękuję za rozmowę w zeszłym tygodniu - przechodzimy do kolejnego etapu!
(Thanks for last week's chat - we're moving you to the next step!)

The next step is a 30-minute interview with our AP Manager, Lauren Pierce. Could you please pick a slot via our scheduling page? The times are shown in your local time zone:
https://app.goodtime.io/schedule/haverfordlind/{hx(cid,20)}

Proponowane terminy / suggested windows:
- pon. 26.10, godz. 9:00-12:00
- wt. 27.10, godz. 13:00-16:00
- czw. 29.10, godz. 10:00-12:00

If none of these work, just reply with your availability and I'll find something else.

Pozdrawiam / Best regards,
Patrycja Sikora
Recruiter EMEA | Haverford & Lind
{ps[1]}"""
    mid1, m1 = outlook_msg(seed=cid + "1", frm=ps, to=[(OWNER_NAME, OWNER)],
                           subject="Haverford & Lind - AP Specialist (English) - termin rozmowy / interview slot",
                           date=d1, body=b1, lang="pl-PL", server="AS8PR04MB9023")
    d2 = T(2026, 10, 19, 21, 48, 3, WAW)
    b2 = f"""Dzień dobry Patrycja,

Thank you, that's great news! I need to check a couple of things at work first - I'll pick a slot on the scheduling page tomorrow, most likely on Tuesday afternoon.

Best regards,
Hannah

On Mon, 19 Oct 2026 at 11:05, Patrycja Sikora <{ps[1]}> wrote:
{quote(b1)}
"""
    _, m2 = gmail_msg(seed=cid + "2", to=[ps],
                      subject="Re: Haverford & Lind - AP Specialist (English) - termin rozmowy / interview slot",
                      date=d2, body=b2, in_reply_to=mid1, references=mid1)
    assert a < b < c
    add_case(cid, [("01-recruiter-asks-to-pick-slot.eml", m1), ("02-hannah-will-book-later.eml", m2)],
             interviews=[], difficulty="hard", category="negative/availability-request",
             notes="Bilingual availability request with a GoodTime self-scheduling link and 'godz.' windows; "
                   "the candidate only promises to book later. No booked slot in the case. 'Last week's chat' "
                   "is an undated past contact.")


def case17():
    cid = "b187-17-manila-tomorrow-across-dateline"
    an = ("Arnel Santos", "arnel.santos@tidewell.example")
    zb = ("Zuzanna Bielecka", "zuzanna.bielecka@tidewell.example")
    d1 = T(2026, 6, 11, 0, 34, 10, MNL)
    assert d1.astimezone(WAW).day == 10  # still Wednesday evening in Kraków
    st = wd(T(2026, 6, 12, 15, 0, MNL), "Friday")
    assert (d1 + timedelta(days=1)).date() == st.date()
    assert st.astimezone(WAW).hour == 9
    en = st + timedelta(minutes=30)
    subj = "Tidewell Global Services - Senior AP Analyst (EMEA desk) - quick call"
    b1 = f"""Hi Hannah,

Zuzanna passed me your details - sorry for the late reply, we are in the middle of quarter-end close here.

Would tomorrow at 3 PM my time work for a call? That's 9 AM for you in Kraków. It would be a 30-minute conversation about the Senior AP Analyst role on the EMEA desk - I'm the P2P delivery lead the role reports to.

Thanks,
Arnel

Arnel Santos
P2P Delivery Lead | Tidewell Global Services, Manila"""
    mid1, m1 = outlook_msg(seed=cid + "1", frm=an, to=[(OWNER_NAME, OWNER)], cc=[zb], subject=subj,
                           date=d1, body=b1, server="SG2PR06MB5314",
                           domain_host="APC01-SG2-obe.outbound.protection.outlook.com", ip="40.107.215.72")
    d2 = T(2026, 6, 10, 19, 2, 44, WAW)
    b2 = f"""Hi Arnel,

Thanks for getting back to me! Just to be sure with the time difference - your "tomorrow" is Friday, 12 June, right? Friday at 9:00 my time / 15:00 Manila works perfectly for me.

Best regards,
Hannah

On Wed, 10 Jun 2026 at 18:34, Arnel Santos <{an[1]}> wrote:
{quote(b1)}
"""
    mid2, m2 = gmail_msg(seed=cid + "2", to=[an], cc=[zb], subject="Re: " + subj, date=d2, body=b2,
                         in_reply_to=mid1, references=mid1)
    d3 = T(2026, 6, 11, 8, 15, 26, MNL)
    b3 = f"""Hi Hannah,

Yes, exactly - confirmed for Friday, 15:00 Manila / 09:00 Kraków. I'll send you a Teams link shortly.

Talk soon,
Arnel

________________________________
From: Hannah Kowalczyk <{OWNER}>
Sent: Thursday, June 11, 2026 1:02 AM
To: Arnel Santos <{an[1]}>
Cc: Zuzanna Bielecka <{zb[1]}>
Subject: Re: {subj}

{b2.split(chr(10) + 'On Wed')[0].rstrip()}
"""
    assert d2.astimezone(MNL).strftime("%A %H:%M") == "Thursday 01:02"
    _, m3 = outlook_msg(seed=cid + "3", frm=an, to=[(OWNER_NAME, OWNER)], cc=[zb], subject="RE: " + subj,
                        date=d3, body=b3, in_reply_to=mid2, references=f"{mid1} {mid2}", server="SG2PR06MB5314",
                        domain_host="APC01-SG2-obe.outbound.protection.outlook.com", ip="40.107.215.72")
    add_case(cid, [("01-manila-lead-proposes-tomorrow.eml", m1), ("02-hannah-checks-day.eml", m2),
                   ("03-manila-lead-confirms.eml", m3)],
             interviews=[iv("Tidewell Global Services", "Senior AP Analyst (EMEA desk)", st, en, "scheduled",
                            [an[1]], [an[1]], "hiring_manager")],
             difficulty="hard", category="positive/relative-date-manila",
             notes="'Tomorrow at 3 PM my time' is written at 00:34 Thursday Manila time (+08:00) = Wednesday "
                   "evening in Kraków; resolved against the message Date it is Friday 12 June 15:00 PHT = "
                   "09:00 CEST, as the thread confirms. Body-only thread; the Kraków recruiter in Cc "
                   "is not an interviewer.")


def case18():
    cid = "b187-18-user-is-interviewer-fwd"
    bk = ("Beata Kołodziej", "beata.kolodziej@stellmark.example")
    work = ("Hannah Kowalczyk", "hannah.kowalczyk@stellmark.example")
    st = wd(T(2026, 5, 28, 13, 0, WAW), "Thursday")
    en = st + timedelta(hours=1)
    sent = T(2026, 5, 21, 9, 47, 0, WAW)
    tz = "Central European Standard Time"
    inner = """Hi Hannah,

I'd like you to join me as the second interviewer for our Junior AP Accountant opening - the candidate is Piotr S., CV attached in the recruitment folder.

Could you prepare 2-3 technical questions on invoice processing and vendor statement reconciliation, and run the English part of the interview? I'll cover motivation and the team set-up.

Dzięki!
Beata

Beata Kołodziej
AP Team Manager | Stellmark Industries GBS Kraków"""
    ics = exchange_ics(method="REQUEST", uid=exchange_uid(cid), seq=0, organizer=bk,
                       attendees=[(work[0], work[1], "REQ-PARTICIPANT", "ACCEPTED")],
                       summary="Rozmowa rekrutacyjna: Junior AP Accountant - kandydat Piotr S.",
                       description=inner, start=st, end=en, tzid=tz, dtstamp=sent,
                       location="Microsoft Teams Meeting")
    body = f"""Note to self: I'm interviewing on Thursday - prepare the questions on Wednesday evening!

________________________________
From: {bk[0]} <{bk[1]}>
Sent: Thursday, May 21, 2026 9:47 AM
To: {work[0]} <{work[1]}>
Subject: Rozmowa rekrutacyjna: Junior AP Accountant - kandydat Piotr S.
{when_line(st, en, tz)}
Where: Microsoft Teams Meeting

{inner}
"""
    _, m = outlook_msg(seed=cid, frm=work, to=[(OWNER_NAME, OWNER)],
                       subject="FW: Rozmowa rekrutacyjna: Junior AP Accountant - kandydat Piotr S.",
                       date=T(2026, 5, 21, 12, 3, 40, WAW), body=body, server="VI1PR08MB4410", lang="pl-PL",
                       attachments=[ics_attachment(ics, "Rozmowa rekrutacyjna.ics", "REQUEST")])
    add_case(cid, [("01-fwd-rozmowa-rekrutacyjna.eml", m)],
             interviews=[], difficulty="hard", category="negative/user-is-interviewer",
             notes="Work invite forwarded to the personal mailbox: a recruitment interview ('rozmowa "
                   "rekrutacyjna') at her current employer where the owner is the second interviewer, "
                   "not the candidate.")


def case19():
    cid = "b187-19-cancel-then-rebook-new-event"
    sk = ("Sabine Krüger", "sabine.krueger@taunuswerk.example")
    mr = ("Matthias Roth", "matthias.roth@taunuswerk.example")
    tz = "W. Europe Standard Time"
    s1 = wd(T(2026, 2, 10, 11, 0, BER), "Tuesday")
    e1 = s1 + timedelta(hours=1)
    s2 = wd(T(2026, 2, 18, 15, 30, BER), "Wednesday")
    e2 = s2 + timedelta(hours=1)
    subj = "Interview AP Team Lead Kraków - Hannah Kowalczyk"
    d1 = T(2026, 2, 2, 10, 15, 33, BER)
    body1 = """Dear Hannah,

Thank you for your interest in the AP Team Lead position at our Kraków Accounting Operations Center. I'm pleased to invite you to an interview with Matthias Roth, Head of Accounting Operations, who is based here in Frankfurt.

The interview will be held in English via Teams and will take about one hour.

Kind regards
Sabine Krüger
HR Business Partner | Taunuswerk Energie AG, Frankfurt am Main"""
    uid1 = exchange_uid(cid + "first")
    ics1 = exchange_ics(method="REQUEST", uid=uid1, seq=0, organizer=sk,
                        attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION"),
                                   (mr[0], mr[1], "REQ-PARTICIPANT", "ACCEPTED")],
                        summary=subj, description=when_line(s1, e1, tz) + "\n\n" + body1, start=s1, end=e1,
                        tzid=tz, dtstamp=d1)
    m1 = exchange_mail(seed=cid + "1", frm=sk, to=[(OWNER_NAME, OWNER), mr], subject=subj, date=d1,
                       start=s1, end=e1, tzid=tz, body=body1, ics=ics1, method="REQUEST",
                       server="FR2P281MB2713")
    d2 = T(2026, 2, 9, 8, 2, 5, BER)
    body2 = """Dear Hannah,

unfortunately Matthias is ill today and tomorrow, so I have to cancel tomorrow's interview. I'm very sorry for the short notice. I will send you a new invitation as soon as I have his availability.

Kind regards
Sabine"""
    ics2 = exchange_ics(method="CANCEL", uid=uid1, seq=1, organizer=sk,
                        attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION"),
                                   (mr[0], mr[1], "REQ-PARTICIPANT", "NEEDS-ACTION")],
                        summary="Canceled: " + subj, description=when_line(s1, e1, tz) + "\n\n" + body2,
                        start=s1, end=e1, tzid=tz, dtstamp=d2)
    m2 = exchange_mail(seed=cid + "2", frm=sk, to=[(OWNER_NAME, OWNER), mr], subject="Canceled: " + subj,
                       date=d2, start=s1, end=e1, tzid=tz, body=body2, ics=ics2, method="CANCEL",
                       teams=False, server="FR2P281MB2713", extra_headers=[("Importance", "high")])
    d3 = T(2026, 2, 11, 9, 40, 18, BER)
    body3 = """Dear Hannah,

Matthias is back and we have found a new date - please find the new invitation below. Same format: one hour via Teams, in English.

Kind regards
Sabine Krüger
HR Business Partner | Taunuswerk Energie AG, Frankfurt am Main"""
    ics3 = exchange_ics(method="REQUEST", uid=exchange_uid(cid + "second"), seq=0, organizer=sk,
                        attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION"),
                                   (mr[0], mr[1], "REQ-PARTICIPANT", "ACCEPTED")],
                        summary=subj + " (new date)", description=when_line(s2, e2, tz) + "\n\n" + body3,
                        start=s2, end=e2, tzid=tz, dtstamp=d3)
    m3 = exchange_mail(seed=cid + "3", frm=sk, to=[(OWNER_NAME, OWNER), mr], subject=subj + " (new date)",
                       date=d3, start=s2, end=e2, tzid=tz, body=body3, ics=ics3, method="REQUEST",
                       server="FR2P281MB2713")
    add_case(cid, [("01-teams-invitation.eml", m1), ("02-canceled.eml", m2), ("03-new-invitation.eml", m3)],
             interviews=[
                 iv("Taunuswerk Energie", "AP Team Lead", s1, e1, "cancelled", [mr[1]], [mr[1]], "hiring_manager"),
                 iv("Taunuswerk Energie", "AP Team Lead", s2, e2, "scheduled", [mr[1]], [mr[1]], "hiring_manager"),
             ],
             difficulty="hard", category="positive/cancel-then-rebook",
             notes="Exchange invite, METHOD:CANCEL the day before, then a NEW invite with a different UID: "
                   "two entries (cancelled 10 Feb 11:00 CET, scheduled 18 Feb 15:30 CET). The HR organizer "
                   "only schedules; the Frankfurt head of accounting operations interviews.")


def case20():
    cid = "b187-20-webinar-interview-in-english"
    st = wd(T(2026, 9, 24, 18, 0, WAW), "Thursday")
    en = st + timedelta(minutes=75)
    date = T(2026, 9, 17, 10, 0, 12, WAW)
    plain = f"""Hi Hannah,

Your spot is confirmed!

LIVE WEBINAR: Job interview in English for SSC/BPO finance roles
Thursday, 24 September 2026, 18:00-19:15 (Kraków time)

What you'll learn:
- the 10 most common R2R / P2P interview questions in Kraków shared-services centres and how to answer them
- how to talk about month-end close, accruals and reconciliations in confident English
- live demo: a mock interview with a volunteer from the audience, followed by feedback from a senior recruiter
- Q&A: salary questions, notice periods, hybrid work

Join link (personal, do not share): https://live.fincareers-pl.example/w/{hx(cid,12)}?u={num(cid,7)}
Add to calendar: the .ics file is attached.

See you there!
FinCareers Polska - Events team

You received this e-mail because you registered for this event on fincareers-pl.example. Unsubscribe: https://fincareers-pl.example/unsub/{hx(cid+'u',16)}"""
    ics = ical(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//FinCareers Polska//Events//EN", "METHOD:PUBLISH",
                "BEGIN:VEVENT", f"UID:webinar-2026-09-24-{hx(cid,8)}@fincareers-pl.example",
                f"DTSTAMP:{zf(date)}",
                f"DTSTART:{zf(st)}", f"DTEND:{zf(en)}",
                "SUMMARY:Webinar: Job interview in English for SSC/BPO finance roles",
                "DESCRIPTION:" + esc("Live webinar incl. a mock interview demo. Join: https://live.fincareers-pl.example/w/"
                                     + hx(cid, 12)),
                "LOCATION:Online", "ORGANIZER;CN=FinCareers Polska:mailto:events@fincareers-pl.example",
                "STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"])
    m = vendor_mail(seed=cid, frm=("FinCareers Polska", "events@fincareers-pl.example"),
                    subject="Your spot is confirmed: Job interview in English for SSC/BPO finance roles - Thu 24 Sep, 18:00",
                    date=date, plain=plain, mid=f"<{hx(cid+'mid',24)}@mail.fincareers-pl.example>",
                    host="mail.fincareers-pl.example", ip="198.51.100.23",
                    attachments=[ics_attachment(ics, "webinar.ics", "PUBLISH")],
                    extra_headers=[("List-Unsubscribe", f"<https://fincareers-pl.example/unsub/{hx(cid+'u',16)}>"),
                                   ("Precedence", "bulk")])
    add_case(cid, [("01-webinar-registration-confirmed.eml", m)],
             interviews=[], difficulty="easy", category="negative/webinar",
             notes="Webinar registration with an .ics; title says 'Job interview', agenda includes a mock "
                   "interview demo. Not a hiring-process conversation for the owner.")


def case21():
    cid = "b187-21-standalone-ics-final-cfo"
    lh = ("Lena Hofmann", "lena.hofmann@auenwald.example")
    kv = ("Dr. Katrin Vogel", "katrin.vogel@auenwald.example")
    st = wd(T(2026, 11, 3, 16, 0, WAW), "Tuesday")
    en = st + timedelta(minutes=45)
    assert st.utcoffset() == timedelta(hours=1)
    stamp = T(2026, 10, 23, 9, 12, 0, WAW)
    tz = "Central European Standard Time"
    desc = (when_line(st, en, tz) + "\n\nDear Ms Kowalczyk,\n\nas agreed with our recruiter, the final "
            "interview for the position Senior R2R Specialist (Kraków) will be held with Dr. Katrin Vogel, "
            "CFO of Auenwald Industrietechnik GmbH. The conversation will take about 45 minutes and will be in "
            "English.\n\nKind regards\nLena Hofmann\nExecutive Assistant to the CFO\n\n" + teams_block(cid))
    lines = ["BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"] \
        + vtz_windows_eu(tz) + [
        "BEGIN:VEVENT", f"ORGANIZER;CN={lh[0]}:mailto:{lh[1]}",
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN={kv[0]}:mailto:{kv[1]}",
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={OWNER_NAME}:mailto:{OWNER}",
        f"DESCRIPTION;LANGUAGE=en-US:{esc(desc)}",
        f"UID:{exchange_uid(cid)}",
        "SUMMARY;LANGUAGE=en-US:Final interview - Senior R2R Specialist - H. Kowalczyk / Dr. K. Vogel (CFO)",
        f"DTSTART;TZID={tz}:{lf(st)}", f"DTEND;TZID={tz}:{lf(en)}",
        "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{zf(stamp)}", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
        "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
        "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
        "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM",
        "END:VEVENT", "END:VCALENDAR"]
    add_case(cid, [("01-final-interview-cfo.ics", ical(lines))],
             interviews=[iv("Auenwald Industrietechnik", "Senior R2R Specialist", st, en, "scheduled",
                            [kv[1]], [kv[1]], "hiring_manager")],
             difficulty="medium", category="positive/standalone-ics",
             notes="Standalone Exchange .ics (TZID 'Central European Standard Time', '(UTC+01:00)' When: text) "
                   "created 23 Oct in CEST for 3 Nov, after the 25 Oct change -> 16:00 CET (+01:00) although "
                   "the organizer's stamp/creation was in summer time. Executive assistant organizes; CFO "
                   "interviews (final round).")


def case22():
    cid = "b187-22-teamtailor-application-received"
    date = T(2026, 1, 12, 19, 22, 9, WAW)
    plain = """Hi Hannah,

Thank you for applying for the position GL Accountant (R2R) with English at Tallowfield Pharma in Kraków! We have received your application and our team will review it carefully.

What happens next?
1. Short phone call with one of our recruiters (approx. 20 minutes)
2. Interview with the hiring manager - in our Kraków office or via Teams
3. Offer

We aim to get back to you within 10 working days. If your profile matches the role, we will contact you to schedule the first conversation (rozmowa telefoniczna).

In the meantime, you can read more about life at Tallowfield Kraków on our career site.

Kind regards,
The Tallowfield Pharma Talent Team

Powered by Teamtailor"""
    m = vendor_mail(seed=cid, frm=("Tallowfield Pharma", "no-reply@teamtailor.com"),
                    subject="Thank you for your application - GL Accountant (R2R) with English",
                    date=date, plain=plain, mid=f"<{hx(cid+'mid',24)}@teamtailor.com>",
                    host="o12.mail.teamtailor.com", ip="167.89.61.12")
    add_case(cid, [("01-teamtailor-application-received.eml", m)],
             interviews=[], difficulty="easy", category="negative/application-received",
             notes="Teamtailor application receipt describing future interview steps; nothing is scheduled.")


# =========================================================================== write
def main():
    for fn in (case01, case02, case03, case04, case05, case06, case07, case08, case09, case10, case11,
               case12, case13, case14, case15, case16, case17, case18, case19, case20, case21, case22):
        fn()
    for name in sorted(os.listdir(HERE)):
        p = os.path.join(HERE, name)
        if name.startswith("b187-") and os.path.isdir(p):
            shutil.rmtree(p)
    for cid, items in CASES:
        d = os.path.join(HERE, cid)
        os.makedirs(d)
        for fname, content in items:
            with open(os.path.join(d, fname), "wb") as fh:
                fh.write(content.encode("utf-8"))
    header = ("# blind187 labels (written blind; schema: /work/shared/eval/README.md).\n"
              "# Generated by make_cases.py - do not edit by hand.\n")
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(header)
        yaml.safe_dump(LABELS, fh, sort_keys=False, allow_unicode=True, width=100,
                       default_flow_style=False)
    n_pos = sum(1 for v in LABELS.values() if v["interview"])
    n_iv = sum(len(v["interviews"]) for v in LABELS.values())
    n_c = sum(1 for v in LABELS.values() for i in v["interviews"] if i["status"] == "cancelled")
    print(f"{len(CASES)} cases, {n_pos} positive, {len(CASES) - n_pos} negative, "
          f"{n_iv} interviews ({n_iv - n_c} scheduled, {n_c} cancelled)")


if __name__ == "__main__":
    main()
