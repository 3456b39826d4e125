#!/usr/bin/env python3
"""Regenerate the blind209 evaluation set (Sydney civil engineer, Australian infrastructure hiring).

Standard library + PyYAML + zoneinfo only. Deterministic: fixed dates, Message-IDs, UIDs and
MIME boundaries, so every run writes the same bytes. Run:  python make_cases.py
"""
import base64
import email.header
import hashlib
import html
import json
import os
import quopri
import shutil
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
SYD = ZoneInfo("Australia/Sydney")
BNE = ZoneInfo("Australia/Brisbane")
PER = ZoneInfo("Australia/Perth")
UTC = timezone.utc

OWNER = "declan.whitfield@example.com"
OWNER_NAME = "Declan Whitfield"
OWNER_WORK = "d.whitfield@greyfield.example"

# ---------------------------------------------------------------- time helpers


def at(y, mo, d, h=0, mi=0, tz=SYD, s=0):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


def wd(dt, name):
    """Assert that a date we name in the text really falls on that weekday."""
    assert dt.strftime("%A") == name, (dt, name, dt.strftime("%A"))
    return dt


def iso(dt):
    return dt.isoformat()


def rfc(dt):
    return format_datetime(dt)


def rfc_utc(dt):
    return format_datetime(dt.astimezone(UTC)).replace("-0000", "+0000")


def zstamp(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def floc(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


def h12(dt, style="am"):
    """'2:30pm' / '2:30 PM' / '10am' style clock strings."""
    h = dt.hour % 12 or 12
    suf = "am" if dt.hour < 12 else "pm"
    if style == "AM":
        return f"{h}:{dt.minute:02d} {suf.upper()}"
    if style == "am ":
        return f"{h}:{dt.minute:02d} {suf}"
    if style == "short":
        return f"{h}{suf}" if dt.minute == 0 else f"{h}:{dt.minute:02d}{suf}"
    return f"{h}:{dt.minute:02d}{suf}"


def dmy(dt):
    """'Thursday 12 March 2026' (Australian order)."""
    return f"{dt.strftime('%A')} {dt.day} {dt.strftime('%B %Y')}"


def hid(seed, n=16, alphabet="0123456789abcdef"):
    out = ""
    i = 0
    while len(out) < n:
        h = hashlib.sha256(f"{seed}:{i}".encode()).digest()
        out += "".join(alphabet[b % len(alphabet)] for b in h)
        i += 1
    return out[:n]


B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
UP = "0123456789ABCDEF"

# ---------------------------------------------------------------- MIME helpers


def hdr(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return email.header.Header(s, "utf-8", maxlinelen=76).encode()


def addr(name, email_addr):
    if not name:
        return email_addr
    try:
        name.encode("ascii")
        if any(c in name for c in ',.()<>@;:"'):
            return f'"{name}" <{email_addr}>'
        return f"{name} <{email_addr}>"
    except UnicodeEncodeError:
        return f"{hdr(name)} <{email_addr}>"


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def leaf(ctype, body, cte="7bit", headers=()):
    if cte == "quoted-printable":
        enc = qp(body)
    elif cte == "base64":
        enc = b64(body)
    else:
        enc = body
    lines = [f"Content-Type: {ctype}", f"Content-Transfer-Encoding: {cte}"] + list(headers)
    return "\n".join(lines) + "\n\n" + enc.rstrip("\n") + "\n"


def multi(subtype, boundary, parts, headers=()):
    lines = [f'Content-Type: multipart/{subtype}; boundary="{boundary}"'] + list(headers)
    body = "".join(f"--{boundary}\n{p}\n" for p in parts) + f"--{boundary}--\n"
    return "\n".join(lines) + "\n\n" + body


def message(headers, body):
    out = []
    for k, v in headers:
        out.append(f"{k}: {v}")
    out.append("MIME-Version: 1.0")
    return "\n".join(out) + "\n" + body


def received(date, from_host, by_host="mx1.example.com", ip="203.0.113.25"):
    return (f"from {from_host} ({from_host} [{ip}])\n        by {by_host} (Postfix) with ESMTPS id "
            f"{hid(from_host + rfc(date), 10, UP)}\n        for <{OWNER}>; {rfc(date)}")


def base_headers(date, frm, to, subject, msgid, from_host, return_path, cc=None, extra=(),
                 ip="203.0.113.25", date_str=None):
    h = [("Delivered-To", OWNER),
         ("Received", received(date, from_host, ip=ip)),
         ("Return-Path", f"<{return_path}>")]
    h += list(extra)
    h += [("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h += [("Subject", hdr(subject)), ("Date", date_str or rfc(date)), ("Message-ID", msgid)]
    return h


def to_html(text, font="Calibri, Arial, Helvetica, sans-serif"):
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        out.append("<p>" + "<br>\n".join(html.escape(l) for l in p.split("\n")) + "</p>")
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body><div style="font-family:{font};font-size:11pt">\n' + "\n".join(out) +
            "\n</div></body></html>\n")


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


# ---------------------------------------------------------------- iCalendar helpers


def fold(line):
    b = line.encode("utf-8")
    parts = []
    limit = 75
    while len(b) > limit:
        cut = limit
        while cut > 0 and (b[cut] & 0xC0) == 0x80:
            cut -= 1
        parts.append(b[:cut])
        b = b[cut:]
        limit = 74
    parts.append(b)
    return "\r\n ".join(p.decode("utf-8") for p in parts)


def ics(lines):
    return "\r\n".join(fold(l) for l in lines) + "\r\n"


def esc(text):
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def lf(s):
    return s.replace("\r\n", "\n")


VTZ_AUS_EASTERN_WIN = [
    "BEGIN:VTIMEZONE", "TZID:AUS Eastern Standard Time",
    "BEGIN:STANDARD", "DTSTART:16010101T030000", "TZOFFSETFROM:+1100", "TZOFFSETTO:+1000",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=4", "END:STANDARD",
    "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+1000", "TZOFFSETTO:+1100",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=10", "END:DAYLIGHT",
    "END:VTIMEZONE"]

VTZ_E_AUS_WIN = [
    "BEGIN:VTIMEZONE", "TZID:E. Australia Standard Time",
    "BEGIN:STANDARD", "DTSTART:16010101T000000", "TZOFFSETFROM:+1000", "TZOFFSETTO:+1000",
    "END:STANDARD",
    "BEGIN:DAYLIGHT", "DTSTART:16010101T000000", "TZOFFSETFROM:+1000", "TZOFFSETTO:+1000",
    "END:DAYLIGHT",
    "END:VTIMEZONE"]

VTZ_SYDNEY = [
    "BEGIN:VTIMEZONE", "TZID:Australia/Sydney", "X-LIC-LOCATION:Australia/Sydney",
    "BEGIN:STANDARD", "TZOFFSETFROM:+1100", "TZOFFSETTO:+1000", "TZNAME:AEST",
    "DTSTART:19700405T030000", "RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU", "END:STANDARD",
    "BEGIN:DAYLIGHT", "TZOFFSETFROM:+1000", "TZOFFSETTO:+1100", "TZNAME:AEDT",
    "DTSTART:19701004T020000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=1SU", "END:DAYLIGHT",
    "END:VTIMEZONE"]


def exchange_uid(seed):
    return "040000008200E00074C5B7101A82E00800000000" + hid(seed, 72, UP)


def outlook_when(start, end, label="(UTC+10:00) Canberra, Melbourne, Sydney"):
    return (f"{start.strftime('%A')}, {start.day} {start.strftime('%B %Y')} "
            f"{h12(start, 'am ')}-{h12(end, 'am ')} {label}.")


def teams_block(seed):
    mid = hid(seed + "mid", 12, "0123456789")
    meeting_id = f"{mid[:3]} {mid[3:6]} {mid[6:9]} {mid[9:12]}"
    pc = hid(seed + "pc", 6, B62)
    thread = hid(seed + "thr", 40, B62)
    return ("________________________________________________________________________________\n"
            "Microsoft Teams Need help?<https://aka.ms/JoinTeamsMeeting?omkt=en-AU>\n"
            "Join the meeting now<https://teams.microsoft.com/l/meetup-join/19%3ameeting_"
            f"{thread}%40thread.v2/0?context=%7b%22Tid%22%3a%22{hid(seed + 'tid', 8)}%22%7d>\n"
            f"Meeting ID: {meeting_id}\nPasscode: {pc}\n"
            "________________________________\n"
            "Dial in by phone\n"
            f"+61 2 8318 {hid(seed + 'ph', 4, '0123456789')},,{hid(seed + 'pin', 9, '0123456789')}# Australia, Sydney\n"
            "Find a local number<https://dialin.teams.microsoft.com/>\n"
            "For organisers: Meeting options<https://teams.microsoft.com/meetingOptions/> | "
            "Reset dial-in PIN<https://dialin.teams.microsoft.com/usp/pstnconferencing>\n"
            "________________________________________________________________________________\n")


def exchange_invite(*, seed, date, organizer, attendees, subject, start, end, body_text, tzid,
                    vtz, location="Microsoft Teams Meeting", method="REQUEST", sequence=0,
                    status="CONFIRMED", msg_to, msg_cc=None, forwarded=False, thread_topic=None,
                    when_label="(UTC+10:00) Canberra, Melbourne, Sydney", teams=True,
                    from_host="SY5PR01CU010.outbound.protection.outlook.com"):
    """Exchange/Outlook meeting request: multipart/alternative text/plain + html + text/calendar."""
    org_name, org_mail = organizer
    when = outlook_when(start, end, when_label)
    plain = f"When: {when}\nWhere: {location}\n\n*~*~*~*~*~*~*~*~*~*\n\n{body_text.strip()}\n\n"
    if teams:
        plain += teams_block(seed)
    cal = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010",
           "VERSION:2.0"] + vtz + ["BEGIN:VEVENT", f"ORGANIZER;CN={org_name}:mailto:{org_mail}"]
    for name, mail, role in attendees:
        cal.append(f"ATTENDEE;ROLE={role};PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={name}:mailto:{mail}")
    cal += [f"DESCRIPTION;LANGUAGE=en-AU:{esc(plain)}",
            f"UID:{exchange_uid(seed)}",
            f"SUMMARY;LANGUAGE=en-AU:{esc(subject)}",
            f"DTSTART;TZID={tzid}:{floc(start)}",
            f"DTEND;TZID={tzid}:{floc(end)}",
            "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{zstamp(date)}", "TRANSP:OPAQUE",
            f"STATUS:{status}", f"SEQUENCE:{sequence}",
            f"LOCATION;LANGUAGE=en-AU:{esc(location)}",
            f"X-MICROSOFT-CDO-APPT-SEQUENCE:{sequence}",
            f"X-MICROSOFT-CDO-OWNERAPPTID:{int(hid(seed + 'own', 9, '0123456789')) - 999999999}",
            "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
            "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1",
            "X-MICROSOFT-CDO-INSTTYPE:0",
            "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
            "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT",
            "X-MICROSOFT-ISRESPONSEREQUESTED:TRUE",
            "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M",
            "ACTION:DISPLAY", "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    cal_text = ics(cal)
    bnd = f"_000_{hid(seed + 'b', 32, UP)}SY4PR01MB{hid(seed + 'c', 4, '0123456789')}ausp_"
    body = multi("alternative", bnd, [
        leaf('text/plain; charset="utf-8"', plain, "quoted-printable"),
        leaf('text/html; charset="utf-8"', to_html(plain, "Aptos, Calibri, Helvetica, sans-serif"),
             "quoted-printable"),
        leaf(f'text/calendar; charset="utf-8"; method={method}', cal_text, "base64"),
    ])
    host = f"SY4PR01MB{hid(seed + 'h', 4, '0123456789')}.ausprd01.prod.outlook.com"
    msgid = f"<SY4PR01MB{hid(seed + 'm', 4, '0123456789')}{hid(seed + 'mm', 28, UP)}@{host}>"
    extra = []
    if forwarded:
        extra.append(("X-Forwarded-To", OWNER))
        extra.append(("X-Forwarded-For", f"{OWNER_WORK} {OWNER}"))
    headers = base_headers(date, addr(org_name, org_mail), msg_to, subject, msgid, from_host,
                           org_mail, cc=msg_cc, extra=extra, date_str=rfc_utc(date),
                           ip="40.107.108.52")
    headers += [("Thread-Topic", hdr(thread_topic or subject)),
                ("Thread-Index", base64.b64encode(hashlib.sha256(seed.encode()).digest()[:22]).decode()),
                ("Accept-Language", "en-AU, en-US"), ("Content-Language", "en-AU"),
                ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
                ("Content-class", "urn:content-classes:calendarmessage")]
    return message(headers, body), msgid


def google_invite(*, seed, date, organizer, guests, subject_title, start, end, tzlabel, tzname,
                  description, method="REQUEST", sequence=0, status="CONFIRMED", prefix="Invitation",
                  reply_to=None, with_meet=True):
    """Google Calendar invitation e-mail: mixed[alternative[plain, html, calendar], invite.ics]."""
    org_name, org_mail = organizer
    loc_start = start
    loc_end = end
    day = f"{loc_start.strftime('%a')} {loc_start.day} {loc_start.strftime('%b %Y')}"
    subj_time = f"{h12(loc_start, 'short')} - {h12(loc_end, 'short')} ({tzlabel})"
    subject = f"{prefix}: {subject_title} @ {day} {subj_time} ({OWNER})"
    meet = f"{hid(seed + 'm1', 3, 'abcdefghijkmnopqrstuvwxyz')}-{hid(seed + 'm2', 4, 'abcdefghijkmnopqrstuvwxyz')}-{hid(seed + 'm3', 3, 'abcdefghijkmnopqrstuvwxyz')}"
    eid = base64.b64encode(f"{hid(seed + 'eid', 26, 'abcdefghijklmnopqrstuvwxyz0123456789')} {OWNER}".encode()).decode().rstrip("=")
    guest_lines = "\n".join(
        f"{n} - organiser\n{m}" if m == org_mail else (f"{n}\n{m}" if n else m) for n, m in guests)
    plain = (f"{subject_title}\n{loc_start.strftime('%A')} {loc_start.day} {loc_start.strftime('%b %Y')} "
             f"\u22c5 {h12(loc_start, 'short')} \u2013 {h12(loc_end, 'short')}\n{tzname}\n\n"
             + (f"Join with Google Meet\nhttps://meet.google.com/{meet}\n\n"
                f"Join by phone\n(AU) +61 2 9051 {hid(seed + 'ph', 4, '0123456789')}\n"
                f"PIN: {hid(seed + 'pin', 9, '0123456789')}\n\n" if with_meet else "") +
             f"Organiser\n{org_name}\n{org_mail}\n\nGuests\n{guest_lines}\n"
             f"View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid={eid}\n\n"
             f"{description.strip()}\n\n"
             f"Reply for {OWNER} and view more details https://calendar.google.com/calendar/event?action=VIEW&eid={eid}\n\n\n"
             "~~//~~\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
             "You are receiving this email because you are an attendee on the event.\n\n"
             "Forwarding this invitation could allow any recipient to send a response to the organiser, "
             "be added to the guest list, invite others regardless of their own invitation status, or "
             "modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding\n")
    uid = f"{hid(seed + 'uid', 26, 'abcdefghijklmnopqrstuvwxyz0123456789')}@google.com"
    cal = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
           "CALSCALE:GREGORIAN", f"METHOD:{method}", "BEGIN:VEVENT",
           f"DTSTART:{zstamp(start)}", f"DTEND:{zstamp(end)}", f"DTSTAMP:{zstamp(date)}",
           f"ORGANIZER;CN={org_name}:mailto:{org_mail}", f"UID:{uid}"]
    for n, m in guests:
        ps = "ACCEPTED" if m == org_mail else "NEEDS-ACTION"
        cal.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={ps};RSVP=TRUE;"
                   f"CN={n or m};X-NUM-GUESTS=0:mailto:{m}")
    meet_desc = (f"\\n\\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\\n"
                 f"Join with Google Meet: https://meet.google.com/{meet}\\n\\nLearn more about Meet at: "
                 "https://support.google.com/a/users/answer/9282720\\n\\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-")
    cal += ([f"X-GOOGLE-CONFERENCE:https://meet.google.com/{meet}"] if with_meet else []) + [
            f"CREATED:{zstamp(date - timedelta(minutes=3))}",
            f"DESCRIPTION:{esc(description.strip())}" + (meet_desc if with_meet else ""),
            f"LAST-MODIFIED:{zstamp(date)}", "LOCATION:", f"SEQUENCE:{sequence}",
            f"STATUS:{status}", f"SUMMARY:{esc(subject_title)}", "TRANSP:OPAQUE",
            "END:VEVENT", "END:VCALENDAR"]
    cal_text = ics(cal)
    b1 = "0000000000" + hid(seed + "b1", 12)
    b2 = "0000000000" + hid(seed + "b2", 12)
    alt = multi("alternative", b2, [
        leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', plain, "base64"),
        leaf('text/html; charset="UTF-8"', to_html(plain, "Roboto, Helvetica, Arial, sans-serif"),
             "quoted-printable"),
        leaf(f'text/calendar; charset="UTF-8"; method={method}', lf(cal_text), "7bit"),
    ])
    att = leaf('application/ics; name="invite.ics"', cal_text, "base64",
               headers=['Content-Disposition: attachment; filename="invite.ics"'])
    body = multi("mixed", b1, [alt, att])
    msgid = f"<calendar-{hid(seed + 'g1', 8)}-{hid(seed + 'g2', 4)}-{hid(seed + 'g3', 4)}-{hid(seed + 'g4', 4)}-{hid(seed + 'g5', 12)}@google.com>"
    headers = [("Delivered-To", OWNER),
               ("Received", received(date, "mail-sor-f69.google.com", ip="209.85.220.69")),
               ("Return-Path", f"<{hid(seed + 'rp', 20, B62)}@calendar-server.bounces.google.com>"),
               ("Reply-To", addr(org_name, reply_to or org_mail)),
               ("Sender", "Google Calendar <calendar-notification@google.com>"),
               ("Message-ID", msgid), ("Date", rfc_utc(date)), ("Subject", hdr(subject)),
               ("From", addr(org_name, org_mail)), ("To", OWNER)]
    return message(headers, body), msgid


def human_mail(*, seed, date, frm, to, subject, text, cc=None, in_reply_to=None, references=None,
               client="gmail", html_too=True, cte="quoted-printable", extra=()):
    """A person-written e-mail. client: gmail | outlook | apple."""
    fname, fmail = frm
    if client == "gmail":
        msgid = f"<CA{hid(seed + 'g', 42, B62)}@mail.gmail.com>"
        bnd = "0000000000" + hid(seed + "bnd", 12)
        host, ip, font = "mail-sor-f41.google.com", "209.85.220.41", "Arial, Helvetica, sans-serif"
    elif client == "outlook":
        host0 = f"SY4PR01MB{hid(seed + 'h', 4, '0123456789')}.ausprd01.prod.outlook.com"
        msgid = f"<SY4PR01MB{hid(seed + 'm', 4, '0123456789')}{hid(seed + 'mm', 28, UP)}@{host0}>"
        bnd = f"_000_{hid(seed + 'b', 32, UP)}SY4PR01MB{hid(seed + 'c', 4, '0123456789')}ausp_"
        host, ip, font = "SY5PR01CU010.outbound.protection.outlook.com", "40.107.108.52", "Aptos, Calibri, Helvetica, sans-serif"
    else:  # apple mail (owner's own client)
        msgid = f"<{hid(seed + 'a1', 8, UP)}-{hid(seed + 'a2', 4, UP)}-{hid(seed + 'a3', 4, UP)}-{hid(seed + 'a4', 4, UP)}-{hid(seed + 'a5', 12, UP)}@example.com>"
        bnd = f"Apple-Mail={hid(seed + 'ab', 8, UP)}-{hid(seed + 'ac', 4, UP)}-{hid(seed + 'ad', 4, UP)}-{hid(seed + 'ae', 4, UP)}-{hid(seed + 'af', 12, UP)}"
        host, ip, font = "smtp.example.com", "198.51.100.14", "-apple-system, Helvetica, sans-serif"
    if html_too:
        body = multi("alternative", bnd, [
            leaf('text/plain; charset="UTF-8"', text, cte),
            leaf('text/html; charset="UTF-8"', to_html(text, font), "quoted-printable")])
    else:
        body = leaf('text/plain; charset="UTF-8"', text, cte)
    extra = list(extra)
    if in_reply_to:
        extra.append(("In-Reply-To", in_reply_to))
        extra.append(("References", references or in_reply_to))
    date_str = rfc_utc(date) if client == "outlook" else rfc(date)
    headers = base_headers(date, addr(fname, fmail), to, subject, msgid, host, fmail, cc=cc,
                           extra=[], ip=ip, date_str=date_str)
    headers += extra
    if client == "outlook":
        headers += [("Thread-Topic", hdr(subject.split(": ", 1)[-1] if subject.startswith(("RE:", "Re:")) else subject)),
                    ("Accept-Language", "en-AU, en-US"), ("Content-Language", "en-AU")]
    elif client == "apple":
        headers.append(("X-Mailer", "iPhone Mail (22D72)"))
    return message(headers, body), msgid


def attribution(date, name, mail, client="gmail"):
    if client == "outlook":
        return (f"________________________________\nFrom: {name} <{mail}>\n"
                f"Sent: {date.strftime('%A')}, {date.day} {date.strftime('%B %Y')} {h12(date, 'am ')}\n")
    return (f"On {date.strftime('%a')}, {date.day} {date.strftime('%b %Y')} at {date.strftime('%H:%M')}, "
            f"{name} <{mail}> wrote:")


def iv(company, role, start, end, status, interviewers, recipients, kind):
    return {"company": company, "role": role, "start": iso(start),
            "end": iso(end) if end else None, "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(recipients),
            "kind": kind}


def label(interviews, difficulty, category, notes):
    return {"user": OWNER, "interview": bool(interviews), "interviews": interviews,
            "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}


CASES = []


def case(fn):
    CASES.append(fn)
    return fn


# ============================================================== POSITIVES

JESS = ("Jess Harrigan", "jess.harrigan@calderfinch.example")
JESS_SIG = ("Jess Harrigan\nSenior Consultant | Civil & Infrastructure\nCalder & Finch Recruitment\n"
            "Level 14, 60 Margaret Street, Sydney NSW 2000\nM 0412 557 093 | calderfinch.example\n\n"
            "Calder & Finch acknowledges the Traditional Custodians of the lands on which we work.")


@case
def c01():
    slug = "b209-01-pageup-council-panel-interview"
    sent = at(2026, 3, 10, 15, 42, s=7)
    start = wd(at(2026, 3, 18, 10, 0), "Wednesday")
    end = at(2026, 3, 18, 11, 0)
    confirm_by = wd(at(2026, 3, 13, 17, 0), "Friday")
    role = "Project Engineer \u2013 Stormwater & Drainage"
    text = f"""Dear Declan,

Thank you for your application for the position of {role} (RCC-2026-0147) with Riverbend City Council.

I am pleased to advise that you have been shortlisted and we would like to invite you to attend a panel interview.

Date: {dmy(start)}
Time: {h12(start)} \u2013 {h12(end)}
Location: Riverbend Civic Centre, Level 3 (Committee Room 2), 41 Wharf Street, Riverbend NSW 2151
Please report to Customer Service on the ground floor 10 minutes before your interview time.

Your interview panel will be:
- Marcus Oyelaran, Coordinator Drainage Assets
- Helen Kourakis, Senior Engineer \u2013 Capital Works
- a representative from People & Culture

The interview includes a short practical exercise (about 20 minutes) where you will be given a catchment plan and asked to identify drainage and overland flow issues. Please bring photo identification, your current driver licence and, if you hold one, your NER registration number.

Please confirm your attendance using the link below by {h12(confirm_by, 'short')} {confirm_by.strftime('%A')} {confirm_by.day} March.

Confirm attendance: https://careers.pageuppeople.com/871/cw/en/interview/confirm/{hid('c01conf', 24)}

If you have any questions, or require any adjustments to participate in the interview, please contact Anika Sorensen, Talent Acquisition Advisor, on (02) 9841 6620 or anika.sorensen@riverbendcouncil.example. This mailbox is not monitored, so please do not reply to this email.

Kind regards,

Anika Sorensen
Talent Acquisition Advisor
People & Culture | Riverbend City Council

Riverbend City Council is a child safe organisation and an equal employment opportunity employer.
"""
    html_body = to_html(text, "Arial, Helvetica, sans-serif").replace(
        "<body>", '<body><table width="100%" style="background:#f4f4f4"><tr><td><img src="https://'
        'careers.pageuppeople.com/871/images/rcc-logo.png" alt="Riverbend City Council"></td></tr></table>')
    bnd = f"----=_Part_{hid('c01p', 6, '0123456789')}_{hid('c01q', 9, '0123456789')}.1773117727000"
    body = multi("alternative", bnd, [
        leaf('text/plain; charset=UTF-8', text, "quoted-printable"),
        leaf('text/html; charset=UTF-8', html_body, "quoted-printable")])
    msgid = f"<0108019c{hid('c01mid', 24)}-{hid('c01mid2', 8)}-000000@ap-southeast-2.amazonses.com>"
    headers = base_headers(
        sent, addr("Riverbend City Council", "noreply@pageuppeople.com"), OWNER,
        f"Invitation to interview \u2013 {role} (RCC-2026-0147)", msgid,
        "a8-52.smtp-out.ap-southeast-2.amazonses.com",
        f"0108019c{hid('c01rp', 24)}@ap-southeast-2.amazonses.com",
        extra=[("Reply-To", addr("Riverbend Recruitment", "recruitment@riverbendcouncil.example"))],
        ip="54.240.52.8", date_str=rfc_utc(sent))
    headers.append(("X-PageUp-Instance", "871"))
    eml = message(headers, body)
    lab = label([iv("Riverbend City Council", role, start, end, "scheduled", [],
                    ["anika.sorensen@riverbendcouncil.example"], "onsite")],
                "medium", "positive/ats-pageup-panel",
                "PageUp invitation from noreply@pageuppeople.com (Reply-To is a group mailbox). "
                "Panel of two engineers + HR, no interviewer addresses -> onsite; follow-up goes to the "
                "TA advisor named in the text. March = AEDT (+11:00).")
    return slug, [("01-pageup-invitation-to-interview.eml", eml)], lab


@case
def c02():
    slug = "b209-02-teams-invite-aus-eastern-dst-label"
    sent = at(2026, 3, 6, 9, 45, s=12)
    start = wd(at(2026, 3, 12, 14, 0), "Thursday")
    end = at(2026, 3, 12, 14, 45)
    rh = ("Rhiannon Keogh", "rhiannon.keogh@harbourline.example")
    sp = ("Sanjay Pillai", "sanjay.pillai@harbourline.example")
    role = "Senior Civil Engineer (Roads & Highways)"
    body = f"""Hi Declan,

Thanks for taking my call on Wednesday. As discussed, this is a 45-minute interview with Sanjay Pillai, Principal Engineer \u2013 Roads, who is the hiring manager for the {role} role.

I've set the meeting up but won't be joining \u2013 it'll just be you and Sanjay. He's keen to hear about your interchange and intersection upgrade work, so have a project or two in mind you can talk through in some detail.

If anything comes up, just reply to this email.

Cheers,
Rhiannon

Rhiannon Keogh
Talent Partner \u2013 Transport | Harbourline Infrastructure
M 0431 208 716
"""
    subject = f"Interview \u2013 {role} \u2013 Declan Whitfield"
    eml, _ = exchange_invite(
        seed="c02", date=sent, organizer=rh,
        attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT"), (sp[0], sp[1], "REQ-PARTICIPANT")],
        subject=subject, start=start, end=end, body_text=body, tzid="AUS Eastern Standard Time",
        vtz=VTZ_AUS_EASTERN_WIN, msg_to=f"{addr(OWNER_NAME, OWNER)}, {addr(*sp)}")
    lab = label([iv("Harbourline Infrastructure", role, start, end, "scheduled", [sp[1]], [sp[1]],
                    "hiring_manager")],
                "medium", "positive/teams-windows-tz",
                "Exchange/Teams invite with TZID 'AUS Eastern Standard Time'; the display label says "
                "(UTC+10:00) but 12 March is daylight time, so the real offset is +11:00. Organiser is a "
                "talent partner who says she won't join -> only Sanjay is the interviewer.")
    return slug, [("01-teams-invite-hiring-manager.eml", eml)], lab


@case
def c03():
    slug = "b209-03-agency-books-client-interview-arvo"
    sent1 = wd(at(2026, 3, 23, 9, 12, s=40), "Monday")
    start = wd(at(2026, 3, 26, 14, 30), "Thursday")
    end = at(2026, 3, 26, 15, 30)
    sent2 = at(2026, 3, 23, 12, 31, s=5)
    sent3 = at(2026, 3, 23, 13, 2, s=51)
    role = "Civil Design Engineer"
    subj = "Tasman Civil \u2013 Civil Design Engineer interview"
    t1 = f"""Hi Declan,

Good news \u2013 Tasman Civil Contractors would like to meet you for the {role} role we spoke about last week.

I've locked in Thursday arvo at 2:30pm at their office: Level 6, 88 Berry Street, North Sydney. You'll be meeting Greg Ferris, their Design Manager (he'd be your direct boss). Allow about an hour. It's face to face, smart casual is fine.

They're mainly doing D&C work for the Tier 1s out west, so expect a fair bit on 12d and how you've handled design changes mid-construction.

Give me a buzz after and let me know how you went.

Cheers,
{JESS_SIG}
"""
    m1, id1 = human_mail(seed="c03a", date=sent1, frm=JESS, to=addr(OWNER_NAME, OWNER), subject=subj,
                         text=t1, client="outlook")
    t2 = f"""Cheers Jess, Thursday 2:30 is perfect. I'll tell my PM I'm taking a long lunch, ha.

Anything I should read up on beforehand?

Declan

Sent from my iPhone

{attribution(sent1, JESS[0], JESS[1])}
{quote(t1)}
"""
    m2, id2 = human_mail(seed="c03b", date=sent2, frm=(OWNER_NAME, OWNER), to=addr(*JESS),
                         subject="Re: " + subj, text=t2, client="apple", html_too=False,
                         in_reply_to=id1)
    t3 = f"""Legend. Have a look at their Western Sydney Airport roads package on the website \u2013 Greg led the design side. He's pretty relaxed, reckon he'll mostly want to talk through a couple of your drawing sets, so bring a few (hard copy is fine).

Jess

{attribution(sent2, OWNER_NAME, OWNER, 'outlook')}
{t2.split('Sent from my iPhone')[0].strip()}
"""
    m3, _ = human_mail(seed="c03c", date=sent3, frm=JESS, to=addr(OWNER_NAME, OWNER),
                       subject="RE: " + subj, text=t3, client="outlook", in_reply_to=id2,
                       references=f"{id1} {id2}")
    lab = label([iv("Tasman Civil Contractors", role, start, end, "scheduled", [], [JESS[1]],
                    "hiring_manager")],
                "medium", "positive/agency-relative-date",
                "Agency consultant books a client interview: company is the client (Tasman Civil), not the "
                "agency. 'Thursday arvo at 2:30pm' resolved against the Monday 23 March message date "
                "(Date header is Sunday 22:12 UTC; Thursday is 26 March either way). Greg's address never "
                "appears -> follow-up to the consultant. 'Allow about an hour' -> end 15:30.")
    return slug, [("01-jess-interview-locked-in.eml", m1), ("02-declan-reply.eml", m2),
                  ("03-jess-prep-tips.eml", m3)], lab


def workday_mail(seed, date, subject, text, ics_text, fname):
    bnd = f"----=_Part_{hid(seed + 'p', 7, '0123456789')}_{hid(seed + 'q', 10, '0123456789')}.{int(date.timestamp())}123"
    alt_b = f"----=_Part_{hid(seed + 'r', 7, '0123456789')}_{hid(seed + 's', 10, '0123456789')}.{int(date.timestamp())}124"
    alt = multi("alternative", alt_b, [
        leaf("text/plain; charset=UTF-8", text, "quoted-printable"),
        leaf("text/html; charset=UTF-8", to_html(text, "Helvetica, Arial, sans-serif"), "quoted-printable")])
    att = leaf(f'text/calendar; charset=UTF-8; method=REQUEST; name="{fname}"', ics_text, "base64",
               headers=[f'Content-Disposition: attachment; filename="{fname}"'])
    body = multi("mixed", bnd, [alt, att])
    msgid = f"<{hid(seed + 'id', 10, '0123456789')}.{hid(seed + 'id2', 4, '0123456789')}.{int(date.timestamp())}@wd3-impl-services1.myworkday.com>"
    headers = base_headers(date, addr("Corvina Engineering Group", "corvina@myworkday.com"), OWNER, subject,
                           msgid, "wd3-mta-syd1.myworkday.com", "bounce-corvina@myworkday.com",
                           ip="198.51.100.77", date_str=rfc_utc(date),
                           extra=[("Auto-Submitted", "auto-generated")])
    return message(headers, body)


def workday_ics(seed, date, start, end, seq, summary, desc):
    return ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Workday Inc//Workday Calendar//EN",
                "METHOD:REQUEST", "BEGIN:VEVENT", f"UID:WD-INTERVIEW-{hid(seed, 20, UP)}@myworkday.com",
                f"SEQUENCE:{seq}", f"DTSTAMP:{zstamp(date)}", f"DTSTART:{zstamp(start)}",
                f"DTEND:{zstamp(end)}", f"SUMMARY:{esc(summary)}", f"DESCRIPTION:{esc(desc)}",
                "LOCATION:Corvina Engineering Group\\, Level 12\\, 255 Pitt Street\\, Sydney NSW 2000",
                "ORGANIZER;CN=Corvina Engineering Group:mailto:corvina@myworkday.com",
                f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN={OWNER_NAME}:mailto:{OWNER}",
                "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])


@case
def c04():
    slug = "b209-04-workday-reschedule-across-dst-end"
    role = "Rail Civil Engineer"
    req = "R-10482"
    s1 = wd(at(2026, 3, 26, 14, 20, s=33), "Thursday")
    old_start = wd(at(2026, 4, 2, 10, 0), "Thursday")
    old_end = at(2026, 4, 2, 11, 0)
    new_start = wd(at(2026, 4, 8, 10, 0), "Wednesday")
    new_end = at(2026, 4, 8, 11, 0)
    assert old_start.utcoffset() == timedelta(hours=11) and new_start.utcoffset() == timedelta(hours=10)
    wd(at(2026, 4, 5), "Sunday")
    wd(at(2026, 4, 6), "Monday")
    fiona = ("Fiona Beaumont", "fiona.beaumont@corvina.example")
    tahlia = ("Tahlia Nguyen", "tahlia.nguyen@corvina.example")
    summary = f"Interview: {role} ({req}) - Declan Whitfield"
    t1 = f"""Hi Declan,

Your interview for {role} ({req}) has been scheduled.

Interview Details
Date: {old_start.strftime('%A')}, {old_start.day} {old_start.strftime('%B %Y')}
Time: {h12(old_start, 'AM')} - {h12(old_end, 'AM')} AEDT
Interview Type: In Person
Location: Corvina Engineering Group, Level 12, 255 Pitt Street, Sydney NSW 2000
Interviewer(s): Fiona Beaumont - Engineering Manager, Rail

A calendar file is attached for your convenience.

If you have any questions, please contact Tahlia Nguyen at {tahlia[1]}.

View your candidate home: https://wd3.myworkday.com/corvina/d/home.htmld

This is a system-generated email. Please do not reply.
"""
    ics1 = workday_ics("c04", s1, old_start, old_end, 0, summary,
                       f"In-person interview with Fiona Beaumont (Engineering Manager\\, Rail).")
    m1 = workday_mail("c04a", s1, f"Interview Scheduled: {role} ({req})", t1, ics1, "interview.ics")
    s2 = wd(at(2026, 3, 30, 16, 5, s=18), "Monday")
    t2 = f"""Hi Declan,

Apologies for the late change \u2013 Fiona's been called down to the Goulburn site for the back half of this week so can't do Thursday.

Would Wednesday 8 April at 10am work instead? Same place, same length (one hour). Easter Monday is a public holiday and Tuesday is full, hence the Wednesday.

Just a heads-up that daylight saving finishes on Sunday 5 April, so that'll be 10am AEST \u2013 your phone will sort it out, but worth knowing if you're booking anything around it.

Kind regards,
Tahlia

Tahlia Nguyen
Talent Acquisition Specialist
Corvina Engineering Group
"""
    m2, id2 = human_mail(seed="c04b", date=s2, frm=tahlia, to=addr(OWNER_NAME, OWNER),
                         cc=addr(*fiona), subject="Your interview on Thursday \u2013 Corvina",
                         text=t2, client="outlook")
    s3 = at(2026, 3, 30, 19, 41, s=2)
    t3 = f"""Hi Tahlia,

No worries at all \u2013 Wednesday 8 April at 10am works for me. See you and Fiona then.

Cheers,
Declan

{attribution(s2, tahlia[0], tahlia[1])}
{quote(t2)}
"""
    m3, id3 = human_mail(seed="c04c", date=s3, frm=(OWNER_NAME, OWNER), to=addr(*tahlia),
                         cc=addr(*fiona), subject="Re: Your interview on Thursday \u2013 Corvina",
                         text=t3, client="apple", in_reply_to=id2)
    s4 = wd(at(2026, 3, 31, 9, 12, s=47), "Tuesday")
    t4 = f"""Hi Declan,

Your interview for {role} ({req}) has been rescheduled.

Previous Time
{old_start.strftime('%A')}, {old_start.day} {old_start.strftime('%B %Y')}, {h12(old_start, 'AM')} - {h12(old_end, 'AM')} AEDT

New Interview Details
Date: {new_start.strftime('%A')}, {new_start.day} {new_start.strftime('%B %Y')}
Time: {h12(new_start, 'AM')} - {h12(new_end, 'AM')} AEST
Interview Type: In Person
Location: Corvina Engineering Group, Level 12, 255 Pitt Street, Sydney NSW 2000
Interviewer(s): Fiona Beaumont - Engineering Manager, Rail

An updated calendar file is attached.

If you have any questions, please contact Tahlia Nguyen at {tahlia[1]}.

This is a system-generated email. Please do not reply.
"""
    ics4 = workday_ics("c04", s4, new_start, new_end, 1, summary,
                       f"In-person interview with Fiona Beaumont (Engineering Manager\\, Rail). Rescheduled.")
    m4 = workday_mail("c04d", s4, f"Interview Rescheduled: {role} ({req})", t4, ics4, "interview.ics")
    lab = label([iv("Corvina Engineering Group", role, new_start, new_end, "scheduled", [fiona[1]],
                    [fiona[1]], "hiring_manager")],
                "hard", "positive/reschedule-dst",
                "Workday interview moved from Thu 2 April 10:00 AEDT (+11) to Wed 8 April 10:00 AEST "
                "(+10) across the 5 April DST end; .ics times are UTC (SEQUENCE 0 -> 1). Same UID = one "
                "interview at the final time. Fiona (Engineering Manager) is the interviewer and is cc'd "
                "in the thread, so she gets the follow-up.")
    return slug, [("01-workday-interview-scheduled.eml", m1), ("02-tahlia-can-we-move.eml", m2),
                  ("03-declan-wednesday-works.eml", m3), ("04-workday-interview-rescheduled.eml", m4)], lab


def smartrecruiters_mail(seed, date, subject, text, ics_text, method):
    bnd = f"{hid(seed + 'bnd', 32)}"
    alt_b = f"{hid(seed + 'alt', 32)}"
    alt = multi("alternative", alt_b, [
        leaf("text/plain; charset=utf-8", text, "quoted-printable"),
        leaf("text/html; charset=utf-8", to_html(text, "Open Sans, Arial, sans-serif"), "quoted-printable")])
    att = leaf(f'text/calendar; charset=utf-8; method={method}; name="invite.ics"', ics_text, "base64",
               headers=['Content-Disposition: attachment; filename="invite.ics"'])
    body = multi("mixed", bnd, [alt, att])
    msgid = f"<{hid(seed + 'm', 22, B62)}@geopod-ismtpd-{hid(seed + 'n', 1, '0123456789')}.smartrecruiters.com>"
    headers = base_headers(date, addr("Ironbark Geotechnical", "noreply@smartrecruiters.com"), OWNER, subject,
                           msgid, "o1.ptr4471.smartrecruiters.com",
                           f"bounces+{hid(seed + 'rp', 8, '0123456789')}@em.smartrecruiters.com",
                           ip="149.72.160.31", date_str=rfc_utc(date))
    return message(headers, body)


@case
def c05():
    slug = "b209-05-smartrecruiters-screen-cancelled"
    role = "Geotechnical Engineer"
    kiri = ("Kiri Matthews", "kiri.matthews@ironbarkgeo.example")
    start = wd(at(2026, 4, 20, 11, 0), "Monday")
    end = at(2026, 4, 20, 11, 30)
    s1 = wd(at(2026, 4, 15, 10, 3, s=9), "Wednesday")
    uid = f"{hid('c05uid', 8)}-{hid('c05uid2', 4)}-{hid('c05uid3', 4)}-{hid('c05uid4', 12)}@smartrecruiters.com"

    def sr_ics(date, method, seq, status):
        return ics(["BEGIN:VCALENDAR", "PRODID:-//SmartRecruiters//Interview Scheduling//EN", "VERSION:2.0",
                    f"METHOD:{method}"] + VTZ_SYDNEY + [
                    "BEGIN:VEVENT", f"UID:{uid}", f"SEQUENCE:{seq}", f"DTSTAMP:{zstamp(date)}",
                    f"DTSTART;TZID=Australia/Sydney:{floc(start)}", f"DTEND;TZID=Australia/Sydney:{floc(end)}",
                    f"SUMMARY:Phone interview - {role} - Ironbark Geotechnical",
                    f"DESCRIPTION:Phone interview with Kiri Matthews (Talent Acquisition Lead). Kiri will call you on the mobile number in your application.",
                    "LOCATION:Phone call",
                    f"ORGANIZER;CN=Kiri Matthews:mailto:{kiri[1]}",
                    f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Kiri Matthews:mailto:{kiri[1]}",
                    f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT={'ACCEPTED' if method == 'REQUEST' else 'NEEDS-ACTION'};CN={OWNER_NAME}:mailto:{OWNER}",
                    f"STATUS:{status}", "END:VEVENT", "END:VCALENDAR"])
    t1 = f"""Hi Declan,

Your interview for the {role} position at Ironbark Geotechnical is confirmed.

Interview type: Phone interview
When: {start.strftime('%A')}, {start.strftime('%B')} {start.day}, 2026 {h12(start, 'AM')} - {h12(end, 'AM')} (GMT+10:00) Australia/Sydney
Interviewer: Kiri Matthews, Talent Acquisition Lead

Kiri will call you on the mobile number you provided in your application. If you need to reschedule, please contact Kiri directly at {kiri[1]}.

We've attached a calendar invite so you can add this to your calendar.

Good luck!
The Ironbark Geotechnical Hiring Team

Powered by SmartRecruiters
"""
    m1 = smartrecruiters_mail("c05a", s1, f"Interview confirmed: {role} at Ironbark Geotechnical", t1,
                              sr_ics(s1, "REQUEST", 0, "CONFIRMED"), "REQUEST")
    s2 = wd(at(2026, 4, 17, 15, 48, s=30), "Friday")
    t2 = f"""Hi Declan,

I'm really sorry to do this, but I need to cancel our call on Monday morning. The {role} role has been put on hold while we wait on the outcome of a couple of tenders, and I don't want to waste your time until we know it's going ahead.

I've kept your application on file and will reach out as soon as it reopens \u2013 hopefully within the next month or two.

Apologies again, and have a good weekend.

Kiri

Kiri Matthews
Talent Acquisition Lead | Ironbark Geotechnical
P 07 3180 4452
"""
    m2, _ = human_mail(seed="c05b", date=s2, frm=kiri, to=addr(OWNER_NAME, OWNER),
                       subject="Monday's call \u2013 Geotechnical Engineer", text=t2, client="gmail")
    s3 = at(2026, 4, 17, 15, 52, s=2)
    t3 = f"""Hi Declan,

Your phone interview for the {role} position at Ironbark Geotechnical, scheduled for {start.strftime('%A')}, {start.strftime('%B')} {start.day}, 2026 {h12(start, 'AM')} (GMT+10:00) Australia/Sydney, has been cancelled.

If you have any questions, please contact {kiri[1]}.

The Ironbark Geotechnical Hiring Team

Powered by SmartRecruiters
"""
    m3 = smartrecruiters_mail("c05c", s3, f"Interview cancelled: {role} at Ironbark Geotechnical", t3,
                              sr_ics(s3, "CANCEL", 1, "CANCELLED"), "CANCEL")
    lab = label([iv("Ironbark Geotechnical", role, start, end, "cancelled", [kiri[1]], [kiri[1]],
                    "phone_screen")],
                "medium", "positive/cancellation",
                "SmartRecruiters phone screen with the TA lead (she conducts it), cancelled by her e-mail and "
                "a METHOD:CANCEL .ics -> kept with status cancelled at its last time (20 April, AEST +10).")
    return slug, [("01-smartrecruiters-interview-confirmed.eml", m1), ("02-kiri-need-to-cancel.eml", m2),
                  ("03-smartrecruiters-interview-cancelled.eml", m3)], lab


@case
def c06():
    slug = "b209-06-brisbane-screen-then-site-visit-onsite"
    role = "Water Infrastructure Engineer"
    maddie = ("Maddie Quinlan", "maddie.quinlan@coralstone.example")
    owen = ("Owen Barker", "owen.barker@coralstone.example")
    leah = ("Leah Tanaka", "leah.tanaka@coralstone.example")
    scr_start = wd(at(2026, 3, 16, 10, 30, tz=BNE), "Monday")
    scr_end = at(2026, 3, 16, 11, 0, tz=BNE)
    assert scr_start.astimezone(SYD).hour == 11
    ons_start = wd(at(2026, 3, 26, 8, 30, tz=BNE), "Thursday")
    ons_end = at(2026, 3, 26, 12, 30, tz=BNE)
    subj = f"{role} \u2013 Coralstone Engineering"
    s1 = wd(at(2026, 3, 11, 14, 3, s=26, tz=BNE), "Wednesday")
    t1 = f"""Hi Declan,

Thanks for applying for the {role} role with us \u2013 I enjoyed reading about your sewer pump station work.

I'd love to set up a quick 30-minute phone chat as a first step. Would Monday 16 March at 10:30am Brisbane time work? Keep in mind we don't do daylight saving up here, so that's 11:30am your time in Sydney.

Cheers,
Maddie

Maddie Quinlan
Talent Acquisition Partner
Coralstone Engineering | Brisbane
"""
    m1, id1 = human_mail(seed="c06a", date=s1, frm=maddie, to=addr(OWNER_NAME, OWNER), subject=subj,
                         text=t1, client="gmail")
    s2 = at(2026, 3, 11, 18, 20, s=44)
    t2 = f"""Hi Maddie,

Monday 16th at 10:30 your time / 11:30 mine works well. Speak then.

Cheers,
Declan

{attribution(s1, maddie[0], maddie[1])}
{quote(t1)}
"""
    m2, id2 = human_mail(seed="c06b", date=s2, frm=(OWNER_NAME, OWNER), to=addr(*maddie),
                         subject="Re: " + subj, text=t2, client="apple", in_reply_to=id1)
    s3 = at(2026, 3, 11, 19, 35, s=0)
    desc = ("Quick intro call about the Water Infrastructure Engineer role. I'll ring you on your mobile "
            "\u2013 10:30am Brisbane / 11:30am Sydney.\n\nMaddie")
    m3, _ = google_invite(seed="c06c", date=s3, organizer=maddie,
                          guests=[maddie, (None, OWNER)],
                          subject_title="Phone chat \u2013 Declan Whitfield / Coralstone (Water Infrastructure Engineer)",
                          start=scr_start, end=scr_end, tzlabel="AEST",
                          tzname="Eastern Australia Time - Brisbane", description=desc, with_meet=False)
    s4 = wd(at(2026, 3, 17, 9, 15, s=3, tz=BNE), "Tuesday")
    t4 = f"""Hi Declan,

Thanks for the chat yesterday \u2013 the team were really happy with how it went.

Next step is a face-to-face here in Brisbane. We've pencilled in Thursday 26 March (all times Brisbane time, AEST):

8:30am \u2013 interview at our office (Level 4, 310 Ann Street, Brisbane City) with Owen Barker (Principal \u2013 Water) and Leah Tanaka (Senior Project Engineer)
9:45am \u2013 drive out with Leah to the North Pine outlet main upgrade for a site visit and a walk around with the site team (steel caps and long sleeves please \u2013 we'll sort hi-vis, hard hat and glasses)
11:45am \u2013 back at the office for a wrap-up with Owen, finishing around 12:30pm

We'll book your flights \u2013 the 6:05am out of Sydney gets in at 7:30am our time, which gives you time to get into the city. Remember Sydney is an hour ahead of us until 5 April.

I've copied Owen and Leah in. Could you confirm you're good for the 26th?

Cheers,
Maddie
"""
    m4, id4 = human_mail(seed="c06d", date=s4, frm=maddie, to=addr(OWNER_NAME, OWNER),
                         cc=f"{addr(*owen)}, {addr(*leah)}", subject="Next step \u2013 Brisbane visit 26 March",
                         text=t4, client="gmail")
    s5 = at(2026, 3, 17, 12, 40, s=19)
    t5 = f"""Hi Maddie, Owen and Leah,

Thanks \u2013 I'm good for Thursday 26th. I'll bring my boots and a copy of the pump station design report I mentioned.

Looking forward to it.

Cheers,
Declan

{attribution(s4, maddie[0], maddie[1])}
{quote(t4)}
"""
    m5, _ = human_mail(seed="c06e", date=s5, frm=(OWNER_NAME, OWNER), to=addr(*maddie),
                       cc=f"{addr(*owen)}, {addr(*leah)}", subject="Re: Next step \u2013 Brisbane visit 26 March",
                       text=t5, client="apple", in_reply_to=id4)
    lab = label([
        iv("Coralstone Engineering", role, scr_start, scr_end, "scheduled", [maddie[1]], [maddie[1]],
           "phone_screen"),
        iv("Coralstone Engineering", role, ons_start, ons_end, "scheduled", [owen[1], leah[1]],
           [owen[1], leah[1]], "onsite")],
        "hard", "positive/two-interviews-brisbane",
        "Two interviews with a Brisbane firm (Queensland: no DST, +10:00 while Sydney is +11:00). Screen "
        "agreed in the thread and sent as a Google invite (one interview). Second stage is a same-day "
        "office interview + site visit + wrap-up = one onsite 08:30-12:30 Brisbane time with Owen and Leah.")
    return slug, [("01-maddie-phone-chat.eml", m1), ("02-declan-confirms-time.eml", m2),
                  ("03-invitation-phone-chat.eml", m3), ("04-maddie-brisbane-visit.eml", m4),
                  ("05-declan-confirms-visit.eml", m5)], lab


@case
def c07():
    slug = "b209-07-google-invite-perth-awst"
    callum = ("Callum Reid", "callum.reid@jarrahpoint.example")
    role = "Marine Civil Engineer"
    start = wd(at(2026, 4, 22, 13, 0, tz=PER), "Wednesday")
    end = at(2026, 4, 22, 14, 0, tz=PER)
    assert start.astimezone(SYD).hour == 15
    sent = at(2026, 4, 16, 11, 12, s=38, tz=PER)
    desc = f"""G'day Declan,

Looking forward to chatting about the {role} role and the berth 4 upgrade. It'll be a video chat with me \u2013 I'm the engineering manager for the ports team, so you'd be working for me.

1pm here in Perth is 3pm for you in Sydney, so hopefully that's not too disruptive to your day.

Cheers,
Callum Reid
Engineering Manager \u2013 Ports & Marine | Jarrah Point Ports
"""
    m1, _ = google_invite(seed="c07", date=sent, organizer=callum, guests=[callum, (None, OWNER)],
                          subject_title=f"Interview \u2013 {role} (Declan Whitfield)",
                          start=start, end=end, tzlabel="AWST",
                          tzname="Australian Western Time - Perth", description=desc)
    lab = label([iv("Jarrah Point Ports", role, start, end, "scheduled", [callum[1]], [callum[1]],
                    "hiring_manager")],
                "medium", "positive/google-invite-perth",
                "Google Calendar invitation from a Perth hiring manager: 1pm-2pm AWST (+08:00) = 3pm "
                "Sydney; .ics times in UTC (05:00Z).")
    return slug, [("01-invitation-interview-marine-civil.eml", m1)], lab


@case
def c08():
    slug = "b209-08-thread-final-chat-after-dst-start"
    role = "Senior Project Engineer"
    noor = ("Noor Haddad", "noor.haddad@stonehaven.example")
    pat = ("Patricia Vella", "patricia.vella@stonehaven.example")
    o1 = wd(at(2026, 10, 6, 16, 0), "Tuesday")
    o2 = wd(at(2026, 10, 7, 8, 0), "Wednesday")
    o3 = wd(at(2026, 10, 9, 12, 30), "Friday")
    wd(at(2026, 10, 5), "Monday")
    wd(at(2026, 10, 4), "Sunday")
    start, end = o1, at(2026, 10, 6, 16, 45)
    assert start.utcoffset() == timedelta(hours=11)
    s1 = wd(at(2026, 9, 29, 10, 14, s=51), "Tuesday")
    assert s1.utcoffset() == timedelta(hours=10)
    subj = f"Final conversation with Patricia \u2013 {role}"
    sig = "Noor Haddad\nExecutive Assistant to the Managing Director\nStonehaven Projects\nLevel 8, 12 Darcy Street, Parramatta NSW 2150 | 02 8836 1904"
    t1 = f"""Hi Declan,

Patricia Vella, our Managing Director, would like to meet you for a final conversation about the {role} role. It's usually about 45 minutes, at our Parramatta office.

She has the following times available next week:

- {o1.strftime('%A')} {o1.day} October, {h12(o1)}
- {o2.strftime('%A')} {o2.day} October, {h12(o2)}
- {o3.strftime('%A')} {o3.day} October, {h12(o3)}

(Monday 5th is the Labour Day public holiday.)

Let me know which suits and I'll lock it in.

Kind regards,
{sig}
"""
    m1, id1 = human_mail(seed="c08a", date=s1, frm=noor, to=addr(OWNER_NAME, OWNER), subject=subj,
                         text=t1, client="outlook")
    s2 = at(2026, 9, 29, 12, 50, s=7)
    t2 = f"""Hi Noor,

Thanks for that. Tuesday 6 October at 4pm works best for me.

Cheers,
Declan

{attribution(s1, noor[0], noor[1])}
{quote(t1)}
"""
    m2, id2 = human_mail(seed="c08b", date=s2, frm=(OWNER_NAME, OWNER), to=addr(*noor),
                         subject="Re: " + subj, text=t2, client="apple", in_reply_to=id1,
                         cte="base64")
    s3 = wd(at(2026, 9, 30, 9, 2, s=29), "Wednesday")
    t3 = f"""Hi Declan,

Lovely \u2013 you're confirmed for Tuesday 6 October at 4:00pm with Patricia (copied). Ask for me at reception on Level 8 and I'll bring you through.

Just a reminder that daylight saving starts this Sunday, so double-check your calendar has moved with it.

Kind regards,
{sig}

{attribution(s2, OWNER_NAME, OWNER, 'outlook')}
{t2.split(chr(10) + chr(10) + 'On ')[0].strip()}
"""
    m3, _ = human_mail(seed="c08c", date=s3, frm=noor, to=addr(OWNER_NAME, OWNER), cc=addr(*pat),
                       subject="RE: " + subj, text=t3, client="outlook", in_reply_to=id2,
                       references=f"{id1} {id2}")
    lab = label([iv("Stonehaven Projects", role, start, end, "scheduled", [pat[1]], [pat[1]],
                    "hiring_manager")],
                "hard", "positive/thread-dst-start",
                "EA proposes three slots, candidate picks Tuesday 6 Oct 4pm, EA confirms with the MD cc'd. "
                "Messages are sent at +10:00 but the interview falls after the 4 October DST start -> "
                "+11:00. 'Usually about 45 minutes' -> end 16:45. Final chat with the MD counts as an "
                "interview; the EA only schedules.")
    return slug, [("01-noor-proposes-times.eml", m1), ("02-declan-picks-tuesday.eml", m2),
                  ("03-noor-confirms.eml", m3)], lab


@case
def c09():
    slug = "b209-09-gcal-json-council-traffic"
    role = "Senior Traffic Engineer"
    start = wd(at(2026, 5, 6, 11, 0), "Wednesday")
    end = at(2026, 5, 6, 11, 45)
    created = at(2026, 4, 28, 14, 2, s=11)
    ev = {
        "kind": "calendar#event",
        "etag": f"\"{hid('c09etag', 16, '0123456789')}\"",
        "id": hid("c09id", 26, "abcdefghijklmnopqrstuv0123456789"),
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=" + base64.b64encode(
            f"{hid('c09id', 26, 'abcdefghijklmnopqrstuv0123456789')} {OWNER}".encode()).decode().rstrip("="),
        "created": created.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "updated": (created + timedelta(minutes=41)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.512Z"),
        "summary": f"Interview: Declan Whitfield \u2013 {role}",
        "description": ("Interview for the Senior Traffic Engineer position (Job No. 2026-058) with "
                        "Bianca Loh, Manager Traffic & Transport.\n\nLocation: Wattle Grove Shire Council "
                        "Administration Centre, 2 Hawthorne Place, Wattle Grove. Please ask for Jo from the "
                        "recruitment team at the front counter.\n\nBring examples of TMPs, signal designs or "
                        "traffic modelling you've worked on. Running late? Call 02 4560 7712."),
        "location": "Wattle Grove Shire Council, Meeting Room 4, 2 Hawthorne Place, Wattle Grove NSW",
        "creator": {"email": "recruitment@wattlegrove.example", "displayName": "WGSC Recruitment"},
        "organizer": {"email": "recruitment@wattlegrove.example", "displayName": "WGSC Recruitment"},
        "start": {"dateTime": start.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"), "timeZone": "Australia/Sydney"},
        "end": {"dateTime": end.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"), "timeZone": "Australia/Sydney"},
        "iCalUID": hid("c09id", 26, "abcdefghijklmnopqrstuv0123456789") + "@google.com",
        "sequence": 0,
        "attendees": [
            {"email": "recruitment@wattlegrove.example", "displayName": "WGSC Recruitment",
             "organizer": True, "responseStatus": "accepted"},
            {"email": "bianca.loh@wattlegrove.example", "displayName": "Bianca Loh",
             "responseStatus": "accepted"},
            {"email": OWNER, "self": True, "responseStatus": "accepted"},
        ],
        "guestsCanInviteOthers": False,
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    data = json.dumps(ev, indent=2, ensure_ascii=False) + "\n"
    lab = label([iv("Wattle Grove Shire Council", role, start, end, "scheduled",
                    ["bianca.loh@wattlegrove.example"], ["bianca.loh@wattlegrove.example"],
                    "hiring_manager")],
                "medium", "positive/gcal-json",
                "Calendar API event only; start/end given in UTC ('Z') with timeZone Australia/Sydney -> "
                "11:00-11:45 AEST. Organiser is a group recruitment calendar (never a follow-up "
                "recipient); Bianca conducts the interview.")
    return slug, [("01-interview-senior-traffic-engineer.gcal.json", data)], lab


@case
def c10():
    slug = "b209-10-agency-email-and-client-teams-panel"
    role = "Bridge Engineer"
    sandra = ("Sandra Whitlam", "sandra.whitlam@bluegum.example")
    tomasz = ("Tomasz Zielinski", "tomasz.zielinski@bluegum.example")
    erin = ("Erin Castellano", "erin.castellano@bluegum.example")
    start = wd(at(2026, 5, 14, 11, 0), "Thursday")
    end = at(2026, 5, 14, 12, 0)
    s1 = wd(at(2026, 5, 11, 8, 47, s=3), "Monday")
    t1 = f"""Hi Declan,

Bluegum want to meet you! Interview is locked in for Thursday 14 May, 11am\u201312pm over Teams for the {role} role.

The panel will be Sandra Whitlam (Principal \u2013 Structures) and Tomasz Zielinski (Associate \u2013 Bridges). Erin from their recruitment team is sending the Teams invite straight to your personal email today, so keep an eye out for it.

Sandra's big on design ownership \u2013 have one bridge or major culvert job you can talk through start to finish, including anything that went sideways. Tomasz will probably go into AS 5100 detail.

Let me know if the invite doesn't turn up.

Cheers,
{JESS_SIG}
"""
    m1, _ = human_mail(seed="c10a", date=s1, frm=JESS, to=addr(OWNER_NAME, OWNER),
                       subject=f"Bluegum \u2013 {role} interview Thursday", text=t1, client="outlook")
    s2 = at(2026, 5, 11, 11, 30, s=54)
    body = f"""Hi Declan,

Please find below the Teams details for your interview for the {role} position with Sandra Whitlam and Tomasz Zielinski. I'm just coordinating, so I won't be on the call.

Please have a couple of examples of bridge or culvert design you've led ready to talk through; you're welcome to share your screen.

Kind regards,
Erin Castellano
Recruitment Coordinator | Bluegum Infrastructure Partners
"""
    m2, _ = exchange_invite(
        seed="c10b", date=s2, organizer=erin,
        attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT"), (sandra[0], sandra[1], "REQ-PARTICIPANT"),
                   (tomasz[0], tomasz[1], "REQ-PARTICIPANT")],
        subject=f"Bluegum Infrastructure Partners \u2013 {role} interview \u2013 Declan Whitfield",
        start=start, end=end, body_text=body, tzid="AUS Eastern Standard Time", vtz=VTZ_AUS_EASTERN_WIN,
        msg_to=f"{addr(OWNER_NAME, OWNER)}, {addr(*sandra)}, {addr(*tomasz)}")
    lab = label([iv("Bluegum Infrastructure Partners", role, start, end, "scheduled",
                    [sandra[1], tomasz[1]], [sandra[1], tomasz[1]], "onsite")],
                "medium", "positive/dedupe-agency-and-invite",
                "Agency e-mail and the client's Teams invite describe the same interview -> one entry. "
                "Two-person panel -> onsite. Coordinator (organiser) and agency consultant are not "
                "interviewers; follow-up goes to the panel.")
    return slug, [("01-jess-bluegum-locked-in.eml", m1), ("02-teams-invite-bluegum-panel.eml", m2)], lab


@case
def c11():
    slug = "b209-11-standalone-ics-brisbane-windows-tz"
    role = "Design Engineer (Civil)"
    sophie = ("Sophie Albright", "sophie.albright@brigalowrc.example")
    raj = ("Raj Menon", "raj.menon@brigalowrc.example")
    start = wd(at(2026, 3, 24, 9, 0, tz=BNE), "Tuesday")
    end = at(2026, 3, 24, 10, 0, tz=BNE)
    assert start.astimezone(SYD).hour == 10
    stamp = at(2026, 3, 17, 16, 22, s=5, tz=BNE)
    desc = f"""Technical interview \u2013 {role} (Vacancy 26/031)

Raj Menon (Design Team Leader) will ask you to walk through a road or drainage design you have completed \u2013 please have drawings ready to share on screen.

Times are Queensland time (AEST, UTC+10). If you are in NSW or Victoria this is 10:00am your time while daylight saving applies.

This meeting was arranged by Sophie Albright (Recruitment Officer), who will not be joining the call.

{teams_block('c11')}"""
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
             "METHOD:PUBLISH", "X-MS-OLK-FORCEINSPECTOROPEN:TRUE"] + VTZ_E_AUS_WIN + [
             "BEGIN:VEVENT",
             f"ATTENDEE;CN={OWNER_NAME};RSVP=TRUE:mailto:{OWNER}",
             f"ATTENDEE;CN={raj[0]};RSVP=TRUE:mailto:{raj[1]}",
             "CLASS:PUBLIC", f"CREATED:{zstamp(stamp)}",
             f"DESCRIPTION:{esc(desc)}",
             f"DTEND;TZID=E. Australia Standard Time:{floc(end)}",
             f"DTSTAMP:{zstamp(stamp)}",
             f"DTSTART;TZID=E. Australia Standard Time:{floc(start)}",
             f"LAST-MODIFIED:{zstamp(stamp)}",
             "LOCATION:Microsoft Teams Meeting",
             f"ORGANIZER;CN=\"{sophie[0]}\":mailto:{sophie[1]}",
             "PRIORITY:5", "SEQUENCE:0",
             f"SUMMARY;LANGUAGE=en-au:Interview \u2013 Declan Whitfield \u2013 {role}",
             "TRANSP:OPAQUE",
             f"UID:{exchange_uid('c11')}",
             "X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1",
             "X-MICROSOFT-DISALLOW-COUNTER:FALSE", "X-MS-OLK-AUTOFILLLOCATION:FALSE",
             "X-MS-OLK-CONFTYPE:0",
             "BEGIN:VALARM", "TRIGGER:-PT15M", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "END:VALARM",
             "END:VEVENT", "END:VCALENDAR"]
    data = ics(lines)
    lab = label([iv("Brigalow Regional Council", role, start, end, "scheduled", [raj[1]], [raj[1]],
                    "technical")],
                "medium", "positive/standalone-ics-brisbane",
                "Standalone Outlook .ics with Windows TZID 'E. Australia Standard Time' (Brisbane, no DST): "
                "09:00 +10:00 (10:00 in Sydney). Organiser is a recruitment officer who won't join; Raj "
                "runs the technical interview.")
    return slug, [("01-interview-design-engineer.ics", data)], lab


@case
def c12():
    slug = "b209-12-thread-phone-screen-pick-a-slot"
    role = "Civil Engineer \u2013 Land Development"
    harriet = ("Harriet Greig", "harriet.greig@lorikeet-ce.example")
    a = wd(at(2026, 5, 19, 10, 0), "Tuesday")
    b = wd(at(2026, 5, 20, 14, 0), "Wednesday")
    c = wd(at(2026, 5, 21, 16, 0), "Thursday")
    end = at(2026, 5, 21, 16, 20)
    s1 = wd(at(2026, 5, 15, 11, 20, s=12), "Friday")
    subj = f"{role}: quick chat?"
    t1 = f"""Hi Declan,

Thanks for your application for the {role} role at Lorikeet Consulting Engineers. I'd like to book in a 20-minute phone screen to talk through your experience and what you're after.

Could you do any of these?
- {a.strftime('%a')} {a.day} May, {h12(a)}
- {b.strftime('%a')} {b.day} May, {h12(b)}
- {c.strftime('%a')} {c.day} May, {h12(c)}

Thanks,
Harriet

Harriet Greig | Talent Acquisition Manager
Lorikeet Consulting Engineers
"""
    m1, id1 = human_mail(seed="c12a", date=s1, frm=harriet, to=addr(OWNER_NAME, OWNER), subject=subj,
                         text=t1, client="gmail")
    s2 = at(2026, 5, 15, 12, 5, s=41)
    t2 = f"""Hi Harriet,

Thursday at 4 suits best \u2013 I'm on site most of next week but should be off by 3:30 that day.

Cheers,
Declan

Sent from my iPhone

{attribution(s1, harriet[0], harriet[1])}
{quote(t1)}
"""
    m2, id2 = human_mail(seed="c12b", date=s2, frm=(OWNER_NAME, OWNER), to=addr(*harriet),
                         subject="Re: " + subj, text=t2, client="apple", html_too=False, in_reply_to=id1)
    s3 = at(2026, 5, 15, 13, 30, s=8)
    t3 = f"""Perfect \u2013 locked in for Thursday 21 May at 4:00pm. I'll call you on 0400 318 552 (the number on your CV).

Speak then!
Harriet

{attribution(s2, OWNER_NAME, OWNER)}
{quote(t2)}
"""
    m3, _ = human_mail(seed="c12c", date=s3, frm=harriet, to=addr(OWNER_NAME, OWNER), subject="Re: " + subj,
                       text=t3, client="gmail", in_reply_to=id2, references=f"{id1} {id2}")
    lab = label([iv("Lorikeet Consulting Engineers", role, c, end, "scheduled", [harriet[1]],
                    [harriet[1]], "phone_screen")],
                "easy", "positive/thread-pick-a-slot",
                "Recruiter offers three slots, candidate picks Thursday at 4, recruiter confirms 21 May 4pm; "
                "the recruiter runs the 20-minute screen (end 16:20, AEST).")
    return slug, [("01-harriet-three-slots.eml", m1), ("02-declan-thursday-at-4.eml", m2),
                  ("03-harriet-locked-in.eml", m3)], lab


@case
def c13():
    slug = "b209-13-teams-technical-after-dst-start"
    role = "Civil Engineer (Pavements)"
    dim = ("Dimitri Papadakis", "dimitri.papadakis@saltbush.example")
    start = wd(at(2026, 10, 7, 9, 30), "Wednesday")
    end = at(2026, 10, 7, 10, 30)
    assert start.utcoffset() == timedelta(hours=11)
    sent = wd(at(2026, 10, 1, 15, 10, s=27), "Thursday")
    body = f"""Hi Declan,

Thanks for getting back to me so quickly. I'll run this one myself \u2013 it's the technical interview for the {role} role.

Expect questions on flexible pavement design to Austroads, subgrade assessment and a short design scenario we'll work through together on screen. Reckon it'll take the full hour.

Cheers,
Dimitri

Dimitri Papadakis
Lead Pavement Engineer | Saltbush Infrastructure
"""
    m1, _ = exchange_invite(
        seed="c13", date=sent, organizer=dim, attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT")],
        subject=f"Technical interview \u2013 {role} \u2013 Declan Whitfield", start=start, end=end,
        body_text=body, tzid="AUS Eastern Standard Time", vtz=VTZ_AUS_EASTERN_WIN,
        msg_to=addr(OWNER_NAME, OWNER))
    lab = label([iv("Saltbush Infrastructure", role, start, end, "scheduled", [dim[1]], [dim[1]],
                    "technical")],
                "medium", "positive/teams-dst-start",
                "Teams invite sent 1 October (AEST, +10) for 7 October, after the 4 October DST start: TZID "
                "'AUS Eastern Standard Time' 09:30 = +11:00 although the label reads (UTC+10:00). "
                "Organiser conducts the interview.")
    return slug, [("01-teams-technical-interview.eml", m1)], lab


# ============================================================== NEGATIVES (look-alikes)


def notice_mail(*, seed, date, frm, subject, text, reply_to=None, ics_text=None, ics_method="PUBLISH",
                ics_name="event.ics", host, ip="198.51.100.90", msgid_domain, to=None, list_unsub=None):
    bnd = f"=_{hid(seed + 'b', 24, B62)}"
    alt_b = f"=_{hid(seed + 'a', 24, B62)}"
    alt = multi("alternative", alt_b, [
        leaf("text/plain; charset=utf-8", text, "quoted-printable"),
        leaf("text/html; charset=utf-8", to_html(text, "Helvetica, Arial, sans-serif"), "quoted-printable")])
    if ics_text:
        att = leaf(f'text/calendar; charset=utf-8; method={ics_method}; name="{ics_name}"', ics_text,
                   "base64", headers=[f'Content-Disposition: attachment; filename="{ics_name}"'])
        body = multi("mixed", bnd, [alt, att])
    else:
        body = alt
    msgid = f"<{hid(seed + 'm', 20, B62)}.{hid(seed + 'n', 6, '0123456789')}@{msgid_domain}>"
    extra = []
    if reply_to:
        extra.append(("Reply-To", reply_to))
    if list_unsub:
        extra.append(("List-Unsubscribe", f"<{list_unsub}>"))
    headers = base_headers(date, frm, to or OWNER, subject, msgid, host, f"bounces@{msgid_domain}",
                           extra=extra, ip=ip)
    return message(headers, body)


def simple_ics(*, seed, stamp, start, end, summary, desc, location, organizer, attendees=(),
               method="PUBLISH", prodid, tz_lines=VTZ_SYDNEY, tzid="Australia/Sydney"):
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{prodid}", "CALSCALE:GREGORIAN",
             f"METHOD:{method}"] + tz_lines + [
             "BEGIN:VEVENT", f"UID:{hid(seed, 24)}@{organizer[1].split('@')[1]}", "SEQUENCE:0",
             f"DTSTAMP:{zstamp(stamp)}", f"DTSTART;TZID={tzid}:{floc(start)}",
             f"DTEND;TZID={tzid}:{floc(end)}", f"SUMMARY:{esc(summary)}", f"DESCRIPTION:{esc(desc)}",
             f"LOCATION:{esc(location)}", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    for n, m in attendees:
        lines.append(f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN={n}:mailto:{m}")
    lines += ["STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    return ics(lines)


@case
def c14():
    slug = "b209-14-neg-white-card-induction-course"
    sent = wd(at(2026, 3, 23, 19, 4, s=55), "Monday")
    start = wd(at(2026, 3, 28, 8, 0), "Saturday")
    end = at(2026, 3, 28, 16, 30)
    org = ("SafeStart Training Australia", "bookings@safestart-training.example")
    text = f"""Hi Declan,

You're booked in! Here are your course details.

Course: CPCWHS1001 Prepare to work safely in the construction industry (General Construction Induction \u2013 "White Card")
Date: {dmy(start)}
Time: {h12(start)} \u2013 {h12(end)} (please arrive by 7:45am \u2013 late arrivals can't be admitted)
Venue: SafeStart Training, Unit 3, 17 Parramatta Road, Granville NSW 2142
Booking ref: SST-{hid('c14ref', 6, '0123456789')}
Amount paid: $89.00 (inc. GST)

What to bring
- 100 points of photo ID (driver licence or passport)
- Your Unique Student Identifier (USI)
- A pen, lunch and water

How you'll be assessed
Your trainer/assessor will run a written quiz and a short one-on-one verbal assessment at the end of the day. Your statement of attainment is emailed within 24 hours, and SafeWork NSW posts the physical card within about 4 weeks.

Handy tip: lots of employers ask to see your White Card at interview or before your first site visit, so take a photo of your statement of attainment as soon as it lands.

Need to change your booking? Reply to this email or call 1300 472 338 at least 48 hours before the course.

See you on Saturday,
The SafeStart Training team
RTO No. 45{hid('c14rto', 3, '0123456789')}
"""
    ics_text = simple_ics(seed="c14ics", stamp=sent, start=start, end=end,
                          summary="White Card course (CPCWHS1001) \u2013 SafeStart Training Granville",
                          desc="General Construction Induction. Bring photo ID and your USI. Arrive by 7:45am.",
                          location="Unit 3, 17 Parramatta Road, Granville NSW 2142", organizer=org,
                          prodid="-//SafeStart Training//Bookings 3.2//EN")
    m1 = notice_mail(seed="c14", date=sent, frm=addr(*org),
                     subject=f"Booking confirmed: White Card course \u2013 Sat {start.day} March, Granville",
                     text=text, ics_text=ics_text, ics_name="white-card-course.ics",
                     host="mail.safestart-training.example", msgid_domain="safestart-training.example")
    lab = label([], "medium", "negative/training-course",
                "White Card (construction induction) course booking with an .ics, a 'trainer/assessor', a "
                "'one-on-one verbal assessment' and the word 'interview' -> training, not a job interview.")
    return slug, [("01-white-card-booking-confirmed.eml", m1)], lab


@case
def c15():
    slug = "b209-15-neg-client-site-meeting-current-job"
    warren = ("Warren Tsang", "w.tsang@greyfield.example")
    helen = ("Helen Kourakis", "helen.kourakis@riverbendcouncil.example")
    scott = ("Scott Pereira", "scott.pereira@kingfishercivil.example")
    sent = wd(at(2026, 3, 16, 17, 26, s=9), "Monday")
    start = wd(at(2026, 3, 20, 7, 30), "Friday")
    end = at(2026, 3, 20, 9, 0)
    body = f"""Declan \u2013 can you run this one with me.

Council's capital works team will walk the Stage 2 culvert and headwalls with us and go through the defects list before we put in for practical completion. Their new site rep isn't on board yet (they're still interviewing for the role), so it'll be Helen Kourakis plus one of their asset engineers. Scott will have the Kingfisher foreman there for the pour records.

Agenda:
1. Defects walk \u2013 headwall HW2 cracking, scour protection at outlet
2. ITP sign-offs outstanding
3. As-builts and WAE survey \u2013 who's doing what

Full PPE incl. glasses and gloves. Bring the ITP folder and the as-builts.

Cheers,
Warren

Warren Tsang
Senior Project Manager | Greyfield Consulting Engineers
"""
    m1, _ = exchange_invite(
        seed="c15", date=sent, organizer=warren,
        attendees=[(OWNER_NAME, OWNER_WORK, "REQ-PARTICIPANT"), (helen[0], helen[1], "REQ-PARTICIPANT"),
                   (scott[0], scott[1], "REQ-PARTICIPANT")],
        subject="Site meeting \u2013 Riverbend CC \u2013 Stage 2 culvert & headwall walk-through",
        start=start, end=end, body_text=body, tzid="AUS Eastern Standard Time", vtz=VTZ_AUS_EASTERN_WIN,
        location="Site compound, Kingfisher Road culvert works, Riverbend", teams=False, forwarded=True,
        msg_to=f"{addr(OWNER_NAME, OWNER_WORK)}, {addr(*helen)}, {addr(*scott)}")
    lab = label([], "hard", "negative/work-meeting",
                "Outlook invite at the owner's current job (auto-forwarded from his work address): a client "
                "site meeting with the same council he is applying to, mentions they are 'still "
                "interviewing' for a role -> not his job interview.")
    return slug, [("01-site-meeting-stage2-culvert.eml", m1)], lab


@case
def c16():
    slug = "b209-16-neg-cpd-evening-hiring-panel-talk"
    org = ("IEO Sydney Division", "events@ieo.example")
    sent = wd(at(2026, 4, 7, 12, 31, s=4), "Tuesday")
    start = wd(at(2026, 4, 21, 17, 30), "Tuesday")
    end = at(2026, 4, 21, 19, 30)
    title = "CPD Evening: Getting through the hiring panel \u2013 what infrastructure employers look for"
    text = f"""Hi Declan,

Thanks for registering. Your place is confirmed.

{title}
{dmy(start)}, {h12(start)} for a {h12(end.replace(hour=18, minute=0))} start \u2013 {h12(end)} AEST
Venue: IEO Sydney Office, Level 5, 8 Thomas Street, Chatswood NSW (and streamed online)
Ticket: Member \u2013 free | Order {hid('c16ord', 8, '0123456789')}

Hiring managers from three Tier 1 contractors and a metro council will talk about how they run interviews for graduate to senior civil roles, followed by a live mock panel interview with a volunteer from the audience and Q&A. Drinks and canap\u00e9s from 5:30pm.

This session counts for 1.5 hours of CPD (non-technical / professional development). Your attendance will be recorded automatically when you scan in.

Add to calendar: the .ics file is attached.

Institute of Engineers Oceania \u2013 Sydney Division
Manage your event preferences: https://ieo.example/account/events
"""
    ics_text = simple_ics(seed="c16ics", stamp=sent, start=start, end=end, summary=title,
                          desc="IEO Sydney Division CPD evening (1.5 CPD hours). Networking from 5:30pm\\, "
                               "presentations from 6pm.".replace("\\,", ","),
                          location="IEO Sydney Office, Level 5, 8 Thomas Street, Chatswood NSW",
                          organizer=org, prodid="-//IEO//Events Platform//EN")
    m1 = notice_mail(seed="c16", date=sent, frm=addr(*org), subject=f"Registration confirmed: {title}",
                     text=text, ics_text=ics_text, ics_name="ieo-cpd-evening.ics",
                     host="mailer.ieo.example", msgid_domain="mailer.ieo.example",
                     list_unsub="https://ieo.example/unsubscribe")
    lab = label([], "medium", "negative/cpd-event",
                "Professional-body CPD evening about hiring panels, with a 'mock panel interview' and an "
                ".ics -> an event, not an interview.")
    return slug, [("01-ieo-cpd-registration.eml", m1)], lab


@case
def c17():
    slug = "b209-17-neg-toolbox-talk-gcal"
    start = wd(at(2026, 4, 14, 6, 45), "Tuesday")
    end = at(2026, 4, 14, 7, 15)
    created = at(2026, 4, 9, 15, 20, s=2)
    eid = hid("c17id", 26, "abcdefghijklmnopqrstuv0123456789")
    ev = {
        "kind": "calendar#event",
        "etag": f"\"{hid('c17etag', 16, '0123456789')}\"",
        "id": eid,
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=" + base64.b64encode(
            f"{eid} {OWNER}".encode()).decode().rstrip("="),
        "created": created.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "updated": created.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.204Z"),
        "summary": "Toolbox talk \u2013 Stage 2: working near live traffic + new starters",
        "description": ("Weekly toolbox before the night-works changeover.\n\n"
                        "Topics:\n- TGS changes for the Kingfisher Rd lane closure\n- Spotter requirements "
                        "near the excavator\n- Near miss last Thursday (reversing ute)\n\n"
                        "Two new starters will be introduced. Declan (Greyfield) \u2013 can you say a few "
                        "words on the culvert ITPs and hold points?\n\nEveryone signs the attendance sheet. "
                        "No toolbox, no site."),
        "location": "Crib room, site compound \u2013 Kingfisher Road, Riverbend",
        "creator": {"email": "scott.pereira@kingfishercivil.example", "displayName": "Scott Pereira"},
        "organizer": {"email": "scott.pereira@kingfishercivil.example", "displayName": "Scott Pereira"},
        "start": {"dateTime": iso(start), "timeZone": "Australia/Sydney"},
        "end": {"dateTime": iso(end), "timeZone": "Australia/Sydney"},
        "iCalUID": eid + "@google.com",
        "sequence": 1,
        "attendees": [
            {"email": "scott.pereira@kingfishercivil.example", "displayName": "Scott Pereira",
             "organizer": True, "responseStatus": "accepted"},
            {"email": "stage2-crew@kingfishercivil.example", "displayName": "Stage 2 crew",
             "responseStatus": "needsAction"},
            {"email": OWNER, "self": True, "responseStatus": "accepted"},
        ],
        "reminders": {"useDefault": False, "overrides": [{"method": "popup", "minutes": 30}]},
        "eventType": "default",
    }
    data = json.dumps(ev, indent=2, ensure_ascii=False) + "\n"
    lab = label([], "easy", "negative/toolbox-talk",
                "Site toolbox talk at the owner's current job (Calendar API event): 'talk', 'new starters', "
                "attendees -> not an interview.")
    return slug, [("01-toolbox-talk-stage2.gcal.json", data)], lab


@case
def c18():
    slug = "b209-18-neg-council-community-consultation"
    org = ("Your Say Riverbend", "noreply@yoursay.riverbendcouncil.example")
    sent = wd(at(2026, 4, 22, 20, 14, s=31), "Wednesday")
    start = wd(at(2026, 4, 30, 16, 30), "Thursday")
    end = at(2026, 4, 30, 16, 45)
    close = wd(at(2026, 5, 15, 17, 0), "Friday")
    text = f"""Hi Declan,

Thanks for booking a one-on-one session at our community consultation drop-in for the Riverbend Road Upgrade (Stage 1 concept design).

Your booking
When: {dmy(start)}, {h12(start)} \u2013 {h12(end)} (15 minutes)
Where: Riverbend Civic Centre, Level 3 (Committee Room 2), 41 Wharf Street, Riverbend
Drop-in session runs 4:00pm \u2013 7:00pm

You'll meet with a member of Council's project team (traffic and civil engineers) who can walk you through the concept design, the proposed shared path and the changes to the Wharf Street intersection, and record your feedback.

Can't make it? You can still have your say online until {h12(close, 'short')} {close.strftime('%A')} {close.day} May 2026: https://yoursay.riverbendcouncil.example/riverbend-road-upgrade

Riverbend City Council
Community Engagement Team
"""
    ics_text = simple_ics(seed="c18ics", stamp=sent, start=start, end=end,
                          summary="Riverbend Road Upgrade \u2013 one-on-one session with the project team",
                          desc="Community consultation drop-in session (Stage 1 concept design).",
                          location="Riverbend Civic Centre, Level 3 (Committee Room 2), 41 Wharf Street, Riverbend",
                          organizer=org, attendees=[(OWNER_NAME, OWNER)],
                          prodid="-//Bang the Table//EngagementHQ Bookings//EN")
    m1 = notice_mail(seed="c18", date=sent, frm=addr(*org),
                     subject="Your booking: Riverbend Road Upgrade \u2013 one-on-one with the project team",
                     text=text, ics_text=ics_text, ics_name="booking.ics",
                     host="mail.yoursay.riverbendcouncil.example", msgid_domain="yoursay.riverbendcouncil.example")
    lab = label([], "hard", "negative/community-consultation",
                "Council community consultation booking: a timed one-on-one with council engineers at the "
                "same venue as a council interview, with an .ics -> civic engagement, not a job interview.")
    return slug, [("01-yoursay-consultation-booking.eml", m1)], lab


@case
def c19():
    slug = "b209-19-neg-owner-on-graduate-interview-panel"
    nadia = ("Nadia Frost", "nadia.frost@greyfield.example")
    warren = ("Warren Tsang", "w.tsang@greyfield.example")
    sent = wd(at(2026, 4, 30, 10, 2, s=45), "Thursday")
    start = wd(at(2026, 5, 13, 9, 0), "Wednesday")
    end = at(2026, 5, 13, 12, 30)
    body = """Hi Warren and Declan,

Thanks for agreeing to sit on the interview panel for the 2027 Graduate Engineer intake (Civil). Schedule for the morning:

9:00 \u2013 Ella Marchetti
10:00 \u2013 Rohan Prasad
11:00 \u2013 break / calibration
11:30 \u2013 Sienna Kowalczyk

Each interview is 45 minutes plus 15 minutes for scoring. Candidate CVs, the behavioural question bank and the scoring sheet are in the Grad 2027 Teams channel. Please submit scores in the form by COB Friday.

Candidates will join via the Teams link below; Declan, you'll lead the technical questions.

Thanks,
Nadia

Nadia Frost
Early Careers Lead | People & Culture
Greyfield Consulting Engineers
"""
    m1, _ = exchange_invite(
        seed="c19", date=sent, organizer=nadia,
        attendees=[(warren[0], warren[1], "REQ-PARTICIPANT"), (OWNER_NAME, OWNER_WORK, "REQ-PARTICIPANT")],
        subject="Graduate Engineer interviews \u2013 2027 intake \u2013 panel (Civil)", start=start, end=end,
        body_text=body, tzid="AUS Eastern Standard Time", vtz=VTZ_AUS_EASTERN_WIN, forwarded=True,
        msg_to=f"{addr(*warren)}, {addr(OWNER_NAME, OWNER_WORK)}")
    lab = label([], "hard", "negative/user-is-interviewer",
                "Teams invite at the owner's current employer: he sits on the graduate interview panel and "
                "leads the technical questions -> the user is the interviewer, not the candidate.")
    return slug, [("01-grad-interview-panel-invite.eml", m1)], lab


@case
def c20():
    slug = "b209-20-neg-agency-availability-request"
    sent1 = wd(at(2026, 5, 5, 10, 37, s=16), "Tuesday")
    sent2 = at(2026, 5, 5, 12, 58, s=40)
    wd(at(2026, 5, 13), "Wednesday")
    wd(at(2026, 5, 14), "Thursday")
    subj = "Northgate Civil \u2013 keen to interview"
    t1 = f"""Hi Declan,

Northgate Civil Group have come back on your CV for the Senior Civil Engineer (Water) role \u2013 they're keen to interview you next week.

Could you send me a couple of windows that work for you? They've said Wednesday or Thursday arvo is best their end. I'll lock it in once I hear back and send through the details.

Cheers,
{JESS_SIG}
"""
    m1, id1 = human_mail(seed="c20a", date=sent1, frm=JESS, to=addr(OWNER_NAME, OWNER), subject=subj,
                         text=t1, client="outlook")
    t2 = f"""Hi Jess,

Great news! Wednesday after 2 or any time Thursday after 1 works for me. I can do in person or Teams.

Cheers,
Declan

{attribution(sent1, JESS[0], JESS[1])}
{quote(t1)}
"""
    m2, _ = human_mail(seed="c20b", date=sent2, frm=(OWNER_NAME, OWNER), to=addr(*JESS),
                       subject="Re: " + subj, text=t2, client="apple", in_reply_to=id1)
    lab = label([], "hard", "negative/availability-request",
                "Agency asks for availability and the candidate offers windows; nothing is booked in the "
                "case -> no interview yet.")
    return slug, [("01-jess-send-availability.eml", m1), ("02-declan-availability.eml", m2)], lab


@case
def c21():
    slug = "b209-21-neg-one-way-video-interview"
    sent = wd(at(2026, 5, 4, 9, 30, s=2), "Monday")
    due = wd(at(2026, 5, 8, 23, 59), "Friday")
    role = "Asset Engineer \u2013 Water Networks"
    text = f"""Hi Declan,

Congratulations \u2013 you've progressed to the next stage for the {role} role at Ashgrove Utilities.

The next step is a one-way video interview. You'll be shown 5 questions on screen and record your answers (up to 3 minutes each, one re-record allowed per question). There's no live interviewer \u2013 our hiring team reviews the recordings after the closing date.

Please complete your video interview by {h12(due, 'short')} AEST {due.strftime('%A')} {due.day} May 2026.

Start your video interview: https://www.smartrecruiters.com/app/video/{hid('c21v', 20, B62)}

Tips: find a quiet, well-lit spot, check your camera and microphone first, and allow about 30 minutes.

Kind regards,
Ashgrove Utilities Talent Team

Powered by SmartRecruiters
"""
    bnd = hid("c21bnd", 32)
    body = multi("alternative", bnd, [
        leaf("text/plain; charset=utf-8", text, "quoted-printable"),
        leaf("text/html; charset=utf-8", to_html(text, "Open Sans, Arial, sans-serif"), "quoted-printable")])
    msgid = f"<{hid('c21m', 22, B62)}@geopod-ismtpd-3.smartrecruiters.com>"
    headers = base_headers(sent, addr("Ashgrove Utilities", "noreply@smartrecruiters.com"), OWNER,
                           f"Next step: your video interview for {role}", msgid,
                           "o1.ptr4471.smartrecruiters.com", "bounces+4471@em.smartrecruiters.com",
                           ip="149.72.160.31", date_str=rfc_utc(sent))
    m1 = message(headers, body)
    lab = label([], "medium", "negative/one-way-video",
                "SmartRecruiters one-way (recorded) video interview with a deadline, 'no live interviewer' -> "
                "an assessment, not an interview.")
    return slug, [("01-smartrecruiters-video-interview.eml", m1)], lab


@case
def c22():
    slug = "b209-22-neg-chartered-competency-interview"
    margot = ("Margot Ellery", "margot.ellery@ieo.example")
    ken = ("Ken Ashdown", "ken.ashdown@ashdown-consulting.example")
    lucia = ("Lucia Ferreira", "lucia.ferreira@portbridge.example")
    sent = wd(at(2026, 5, 19, 14, 40, s=12), "Tuesday")
    start = wd(at(2026, 6, 9, 10, 0), "Tuesday")
    end = at(2026, 6, 9, 11, 30)
    body = """Dear Declan,

Your Professional Competency Interview for Chartered status (CPEng \u2013 Civil College) has been scheduled.

Your assessors are Dr Ken Ashdown CPEng and Lucia Ferreira CPEng, both Chartered members of the Civil College. The interview starts with your 5-minute presentation on one of your Engineering Competency Claims, followed by questions on your competency claims and CPD record. It is not a job interview and your assessors have no connection to your current employer.

Please have photo ID ready to show on camera. The outcome of your assessment will be advised in writing within 10 business days.

Kind regards,
Margot Ellery
Assessment Coordinator | Chartered Credentials
Institute of Engineers Oceania
"""
    m1, _ = exchange_invite(
        seed="c22", date=sent, organizer=margot,
        attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT"), (ken[0], ken[1], "REQ-PARTICIPANT"),
                   (lucia[0], lucia[1], "REQ-PARTICIPANT")],
        subject="Professional Competency Interview \u2013 Declan Whitfield \u2013 CPEng (Civil)",
        start=start, end=end, body_text=body, tzid="AUS Eastern Standard Time", vtz=VTZ_AUS_EASTERN_WIN,
        msg_to=f"{addr(OWNER_NAME, OWNER)}, {addr(*ken)}, {addr(*lucia)}")
    lab = label([], "hard", "negative/non-job-interview",
                "Chartered-engineer competency interview with two assessors (Teams invite): the user is the "
                "candidate, but for a professional credential, not a job -> non-job interview.")
    return slug, [("01-competency-interview-invite.eml", m1)], lab


# ============================================================== writer

README_TMPL = """# blind209: Sydney civil engineer vs. Australian infrastructure hiring (written blind)

Mailbox owner: **Declan Whitfield** (`{owner}`), a civil engineer in Sydney currently working for a
consulting firm (work address `{work}`; some work calendar mail is auto-forwarded to his personal
mailbox). He is applying to Australian infrastructure firms and councils, partly through a recruitment
agency (Calder & Finch Recruitment, invented) that books client interviews for him.

This set was **written blind**: its author did not read the detector code, its tests or any other
evaluation set under `tests/data/`; only the label schema in the shared eval README and the file formats
of two or three dev files were consulted. All people and companies are invented (`.example` domains);
vendor system senders (PageUp, Workday, SmartRecruiters, Google Calendar) keep their product domains.

## What it stresses
- Australian ATS and scheduling mail: PageUp (council panel invitation), Workday (scheduled +
  rescheduled with UTC .ics), SmartRecruiters (confirmed + cancelled with METHOD:CANCEL .ics, and a
  one-way video "interview"), Google Calendar invites, Exchange/Teams invites, Calendar API JSON,
  a standalone Outlook .ics.
- Time zones: Teams TZID `AUS Eastern Standard Time` whose display label always says "(UTC+10:00)
  Canberra, Melbourne, Sydney" even during daylight time; `E. Australia Standard Time` (Brisbane);
  Brisbane (no DST, +10:00) vs Sydney (+11:00 until Sun 5 April 2026 03:00, +10:00 until Sun 4 October
  2026 02:00, then +11:00) vs Perth (+08:00).
  DST points: a reschedule from Thu 2 April 10:00 AEDT to Wed 8 April 10:00 AEST (over the Easter
  weekend and the 5 April DST end); two interviews booked in late September/1 October (+10:00) for
  6-7 October (+11:00); March interviews in Brisbane and Sydney an hour apart.
- Agency-booked client interviews (company = client, follow-up to the consultant when the client's
  address is unknown), Australian English relative dates ("Thursday arvo at 2:30pm").
- A site visit inside a same-day interview (one onsite), a two-interview case (screen + onsite),
  dedupe of agency e-mail + client Teams invite, one reschedule, one cancellation.
- Hard look-alikes: White Card (construction induction) course, client site meeting at his current job,
  professional-body CPD evening about hiring panels, site toolbox talk, council community consultation
  one-on-one booking, the owner sitting on a graduate interview panel, an agency availability request,
  a one-way video interview, a chartered-status competency interview.

## Counts
- {n_cases} cases: {n_pos} positive, {n_neg} negative.
- {n_iv} labelled interviews: {n_sched} scheduled, {n_canc} cancelled; one case with two interviews.
- Kinds: {kinds}.

## Formats
{formats}

Files: `b209-NN-slug/NN-*.eml|.ics|.gcal.json` (sorted name order = arrival order) and `labels.yaml`.
Everything is generated by `make_cases.py` (standard library + PyYAML + zoneinfo); rerunning it
rewrites identical bytes.
"""


def main():
    for name in sorted(os.listdir(HERE)):
        p = os.path.join(HERE, name)
        if name.startswith("b209-") and os.path.isdir(p):
            shutil.rmtree(p)
    labels = {}
    fmt_counts = {}
    for fn in CASES:
        slug, items, lab = fn()
        assert slug not in labels
        os.makedirs(os.path.join(HERE, slug))
        names = [n for n, _ in items]
        assert names == sorted(names), slug
        for n, content in items:
            ext = ".gcal.json" if n.endswith(".gcal.json") else os.path.splitext(n)[1]
            fmt_counts[ext] = fmt_counts.get(ext, 0) + 1
            with open(os.path.join(HERE, slug, n), "w", encoding="utf-8", newline="") as f:
                f.write(content)
        labels[slug] = lab
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# Labels for blind209 (written blind). Schema: /work/shared/eval/README.md\n")
        yaml.safe_dump(labels, f, sort_keys=False, allow_unicode=True, width=100, default_flow_style=False)
    ivs = [i for l in labels.values() for i in l["interviews"]]
    kinds = {}
    for i in ivs:
        kinds[i["kind"]] = kinds.get(i["kind"], 0) + 1
    formats = "\n".join(f"- `{k}`: {v} file(s)" for k, v in sorted(fmt_counts.items()))
    readme = README_TMPL.format(
        owner=OWNER, work=OWNER_WORK, n_cases=len(labels),
        n_pos=sum(1 for l in labels.values() if l["interview"]),
        n_neg=sum(1 for l in labels.values() if not l["interview"]), n_iv=len(ivs),
        n_sched=sum(1 for i in ivs if i["status"] == "scheduled"),
        n_canc=sum(1 for i in ivs if i["status"] == "cancelled"),
        kinds=", ".join(f"{k} {v}" for k, v in sorted(kinds.items())), formats=formats)
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(readme)
    print(f"wrote {len(labels)} cases, {len(ivs)} interviews")


if __name__ == "__main__":
    main()
