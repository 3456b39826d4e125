#!/usr/bin/env python3
"""Regenerate the blind242 evaluation set (interview detection), written blind.

Owner: Leah Castellanos, a Phoenix (Arizona, MST all year) middle-school science teacher.
Everything is deterministic: fixed dates, Message-IDs, UIDs and MIME boundaries; pseudo-random
looking identifiers are derived from sha256 of fixed seeds. Run:  python make_cases.py
Only the standard library, PyYAML and zoneinfo are used.
"""
import base64
import hashlib
import json
import os
import quopri
import shutil
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime, formataddr
from html import escape
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
PHX = ZoneInfo("America/Phoenix")
DEN = ZoneInfo("America/Denver")
LA = ZoneInfo("America/Los_Angeles")
UTC = timezone.utc

OWNER = "leah.castellanos@example.com"
OWNER_NAME = "Leah Castellanos"
WORK = "lcastellanos@chesd.example"          # her current district account (auto-forwards)
OWNER_CELL = "(602) 555-0148"

WIN_TZ = {"US Mountain Standard Time": PHX, "Mountain Standard Time": DEN,
          "Pacific Standard Time": LA}
WIN_LABEL = {"US Mountain Standard Time": "(UTC-07:00) Arizona",
             "Mountain Standard Time": "(UTC-07:00) Mountain Time (US & Canada)",
             "Pacific Standard Time": "(UTC-08:00) Pacific Time (US & Canada)"}


# ----------------------------------------------------------------------------- small helpers
def T(y, mo, d, h=0, mi=0, s=0, tz=PHX):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


def W(dt, name):
    """Assert that dt falls on the weekday named in the text and return the name."""
    assert dt.strftime("%A") == name, (dt, dt.strftime("%A"), name)
    return name


def hid(seed, n=16, alphabet="0123456789abcdef"):
    h = hashlib.sha256(seed.encode()).digest()
    while len(h) < n:
        h += hashlib.sha256(h).digest()
    return "".join(alphabet[b % len(alphabet)] for b in h[:n])


def b64id(seed, n=20):
    return base64.b64encode(hashlib.sha256(seed.encode()).digest()).decode()[:n]


def iso(dt):
    return dt.isoformat()


def rfc(dt):
    return format_datetime(dt)


def zstamp(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def loc(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


def hm(dt):
    return f"{int(dt.strftime('%I'))}:{dt:%M} {dt:%p}"


def gtime(dt):
    h = int(dt.strftime("%I"))
    return (f"{h}" if dt.minute == 0 else f"{h}:{dt:%M}") + dt.strftime("%p").lower()


def gdate(dt):
    return f"{dt:%a} {dt:%b} {dt.day}, {dt.year}"


def long_date(dt):
    return f"{dt:%A}, {dt:%B} {dt.day}, {dt.year}"


def addr(name, email):
    return formataddr((name, email))


def fold_header(k, v):
    line = f"{k}: {v}"
    if "\n" in v or len(line) <= 78:
        return line
    lines, cur = [], f"{k}:"
    for w in v.split(" "):
        if cur != f"{k}:" and len(cur) + 1 + len(w) > 78:
            lines.append(cur)
            cur = " " + w
        else:
            cur = cur + " " + w
    lines.append(cur)
    return "\n".join(lines)


def encode(payload, cte):
    data = payload.encode("utf-8") if isinstance(payload, str) else payload
    if cte == "base64":
        return base64.encodebytes(data).decode("ascii")
    if cte == "quoted-printable":
        s = quopri.encodestring(data).decode("ascii")
        return s if s.endswith("\n") else s + "\n"
    s = data.decode("utf-8")
    if cte in (None, "7bit"):
        assert s.isascii(), s[:80]
    return s if s.endswith("\n") else s + "\n"


def part(ctype, payload, cte=None, extra=()):
    hs = [f"Content-Type: {ctype}"]
    if cte:
        hs.append(f"Content-Transfer-Encoding: {cte}")
    hs += list(extra)
    return "\n".join(hs) + "\n\n" + encode(payload, cte)


def multipart(sub, boundary, parts):
    s = f'Content-Type: multipart/{sub}; boundary="{boundary}"\n\n'
    for p in parts:
        s += f"--{boundary}\n" + p + "\n"
    return s + f"--{boundary}--\n"


def received(dt, host, ip, to=OWNER):
    sid = hid(host + rfc(dt), 12, "abcdefghijklmnopqrstuvwxyz0123456789")
    return [("Received", f"from {host} ({host}. [{ip}])\n        by mx.google.com with ESMTPS id {sid}\n"
                         f"        for <{to}>\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n"
                         f"        {rfc((dt + timedelta(seconds=2)).astimezone(PHX))}")]


def message(headers, body):
    out = [fold_header(k, v) for k, v in headers if v is not None]
    out.append("MIME-Version: 1.0")
    return ("\n".join(out) + "\n" + body).encode("utf-8")


def text_to_html(text, style="gmail"):
    paras = text.strip("\n").split("\n\n")
    if style == "gmail":
        inner = "".join("<div>" + "<br>".join(escape(l) for l in p.split("\n")) + "</div><div><br></div>"
                        for p in paras)
        return f'<div dir="ltr">{inner}</div>\n'
    if style == "iphone":
        inner = "".join("<div>" + "<br>".join(escape(l) for l in p.split("\n")) + "</div><div><br></div>"
                        for p in paras)
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                f'<body dir="auto">{inner}</body></html>\n')
    if style == "outlook":
        inner = "\n".join('<p class="MsoNormal">' + "<br>\n".join(escape(l) for l in p.split("\n")) +
                          "<o:p></o:p></p>\n<p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>" for p in paras)
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; '
                'charset=utf-8">\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
                'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0in;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
                '--></style>\n</head>\n<body lang="EN-US" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
                f'<div class="WordSection1">\n{inner}\n</div>\n</body>\n</html>\n')
    # plain vendor html (ATS)
    inner = "".join("<p>" + "<br>".join(escape(l) for l in p.split("\n")) + "</p>\n" for p in paras)
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="font-family:Arial,'
            f'Helvetica,sans-serif;font-size:14px;color:#222">\n{inner}</body></html>\n')


def quote(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l else prefix.rstrip() for l in text.strip("\n").split("\n"))


# ----------------------------------------------------------------------------- iCalendar helpers
def ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def ics_fold(line):
    b = line.encode("utf-8")
    if len(b) <= 75:
        return line
    chunks, first = [], True
    while b:
        lim = 75 if first else 74
        if len(b) <= lim:
            chunks.append(b)
            break
        cut = lim
        while cut > 0 and (b[cut] & 0xC0) == 0x80:
            cut -= 1
        chunks.append(b[:cut])
        b = b[cut:]
        first = False
    return "\r\n ".join(c.decode("utf-8") for c in chunks)


def ics_doc(lines):
    return "\r\n".join(ics_fold(l) for l in lines) + "\r\n"


VTZ = {
    "US Mountain Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:US Mountain Standard Time", "BEGIN:STANDARD", "DTSTART:16010101T000000",
        "TZOFFSETFROM:-0700", "TZOFFSETTO:-0700", "END:STANDARD", "END:VTIMEZONE"],
    "Mountain Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:Mountain Standard Time", "BEGIN:STANDARD", "DTSTART:16010101T020000",
        "TZOFFSETFROM:-0600", "TZOFFSETTO:-0700", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11",
        "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:-0700", "TZOFFSETTO:-0600",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"],
    "Pacific Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:Pacific Standard Time", "BEGIN:STANDARD", "DTSTART:16010101T020000",
        "TZOFFSETFROM:-0700", "TZOFFSETTO:-0800", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11",
        "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:-0800", "TZOFFSETTO:-0700",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"],
    "America/Los_Angeles": [
        "BEGIN:VTIMEZONE", "TZID:America/Los_Angeles", "X-LIC-LOCATION:America/Los_Angeles",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0800", "TZOFFSETTO:-0700", "TZNAME:PDT", "DTSTART:19700308T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT", "BEGIN:STANDARD", "TZOFFSETFROM:-0700",
        "TZOFFSETTO:-0800", "TZNAME:PST", "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU",
        "END:STANDARD", "END:VTIMEZONE"],
    "America/Phoenix": [
        "BEGIN:VTIMEZONE", "TZID:America/Phoenix", "X-LIC-LOCATION:America/Phoenix", "BEGIN:STANDARD",
        "TZOFFSETFROM:-0700", "TZOFFSETTO:-0700", "TZNAME:MST", "DTSTART:19700101T000000", "END:STANDARD",
        "END:VTIMEZONE"],
}


def attendee(name, email, partstat="NEEDS-ACTION", role="REQ-PARTICIPANT", rsvp="TRUE", google=False):
    if google:
        return (f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP={rsvp};CN={name};"
                f"X-NUM-GUESTS=0:mailto:{email}")
    return f"ATTENDEE;ROLE={role};PARTSTAT={partstat};RSVP={rsvp};CN={name}:mailto:{email}"


# ----------------------------------------------------------------------------- Google Calendar invitation
GOOGLE_FOOTER = """~~//~~
Invitation from Google Calendar: https://calendar.google.com/calendar/

You are receiving this email because you are an attendee on the event.

Forwarding this invitation could allow any recipient to send a response to the organizer, be added to the guest list, invite others regardless of their own invitation status, or modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding"""


def google_invite(*, title, start, end, tzlabel, organizer, guests, description, uid, date, created,
                  location=None, meet=None, seq=0, kind="Invitation", changed=None, to=OWNER,
                  to_header=None, delivered_to=OWNER, seed):
    """guests: list of (name, email, partstat); organizer is the first guest."""
    eid = base64.urlsafe_b64encode(f"{uid.split('@')[0]} {to}".encode()).decode().rstrip("=")
    view = f"https://calendar.google.com/calendar/event?action=VIEW&eid={eid}"
    abbr = start.tzname()
    subject = f"{kind}: {title} @ {gdate(start)} {gtime(start)} - {gtime(end)} ({abbr}) ({to})"
    lines = []
    if changed:
        lines += ["This event has been updated", f"Changed: {changed}", ""]
    lines += [title, f"{start:%A} {start:%b} {start.day}, {start.year} \u22c5 {gtime(start)} \u2013 {gtime(end)}",
              tzlabel, ""]
    if location:
        lines += ["Location", location, f"View map https://www.google.com/maps/search/{location.replace(' ', '+').replace(',', '%2C')}", ""]
    if meet:
        code = meet.rsplit("/", 1)[1]
        lines += ["Join with Google Meet", f"https://meet.google.com/{code}", ""]
    lines += ["Organizer", organizer[0], organizer[1], "", "Guests"]
    for name, email, _ in guests:
        if email == organizer[1]:
            lines += [f"{name} - organizer", email]
        elif name == email:
            lines += [email]
        else:
            lines += [name, email]
    lines += [f"View all guest info {view}", "", description, "",
              f"Reply for {to} and view more details {view}", "", GOOGLE_FOOTER]
    plain = "\n".join(lines) + "\n"
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div style="font-family:Roboto,Helvetica,Arial,sans-serif">' +
            "".join("<p>" + "<br>".join(escape(l) for l in p.split("\n")) + "</p>\n" for p in plain.strip().split("\n\n"))
            + "</div></body></html>\n")
    ics_lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
                 "CALSCALE:GREGORIAN", "METHOD:REQUEST", "BEGIN:VEVENT", f"DTSTART:{zstamp(start)}",
                 f"DTEND:{zstamp(end)}", f"DTSTAMP:{zstamp(date)}",
                 f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}", f"UID:{uid}"]
    for name, email, ps in guests:
        ics_lines.append(attendee(name, email, ps, google=True))
    if meet:
        ics_lines.append(f"X-GOOGLE-CONFERENCE:{meet}")
    desc = description
    if meet:
        desc += ("\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
                 f"Join with Google Meet: {meet}\n\nLearn more about Meet at: https://support.google.com/a/users/answer/9282720"
                 "\n\nPlease do not edit this section.\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-")
    ics_lines += [f"CREATED:{zstamp(created)}", f"DESCRIPTION:{ics_escape(desc)}",
                  f"LAST-MODIFIED:{zstamp(date)}", f"LOCATION:{ics_escape(location or '')}",
                  f"SEQUENCE:{seq}", "STATUS:CONFIRMED", f"SUMMARY:{ics_escape(title)}", "TRANSP:OPAQUE",
                  "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder",
                  "TRIGGER:-P0DT0H30M0S", "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    ics = ics_doc(ics_lines)
    b1, b2 = "0000000000" + hid(seed + "m", 14), "0000000000" + hid(seed + "a", 14)
    alt = multipart("alternative", b2, [
        part('text/plain; charset="UTF-8"; format=flowed; delsp=yes', plain, "base64"),
        part('text/html; charset="UTF-8"', html, "quoted-printable"),
        part('text/calendar; charset="UTF-8"; method=REQUEST', ics, "base64")])
    body = multipart("mixed", b1, [alt.rstrip("\n"), part('application/ics; name="invite.ics"', ics, "base64",
                                                           ['Content-Disposition: attachment; filename="invite.ics"'])])
    bounce = b64id(seed + "bounce", 22).replace("+", "x").replace("/", "y")
    headers = [("Delivered-To", delivered_to)] + received(date, "mail-sor-f69.google.com", "209.85.220.69", delivered_to) + [
        ("Return-Path", f"<{bounce}@calendar-server.bounces.google.com>"),
        ("Reply-To", addr(*organizer)), ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("Message-ID", f"<calendar-{hid(seed + 'mid', 8)}-{hid(seed + 'm2', 4)}-{hid(seed + 'm3', 4)}-{hid(seed + 'm4', 4)}-{hid(seed + 'm5', 12)}@google.com>"),
        ("Date", rfc(date.astimezone(UTC)).replace("-0000", "+0000")), ("Subject", subject),
        ("From", addr(*organizer)), ("To", to_header or to)]
    return message(headers, body)


# ----------------------------------------------------------------------------- Outlook / Exchange meeting request
def outlook_request(*, subject, organizer, to_list, cc_list=(), date, tzid, start, end, location, body, uid_seed,
                    attendees, teams=False, delivered_to=OWNER, seq=0, extra_headers=(), seed):
    tz = WIN_TZ[tzid]
    assert start.tzinfo is tz and end.tzinfo is tz
    when = f"When: {long_date(start)} {hm(start)}-{hm(end)} {WIN_LABEL[tzid]}."
    teams_txt = ""
    if teams:
        mid = hid(seed + "teams", 12, "0123456789")
        teams_txt = ("\n\n________________________________________________________________________________\n"
                     "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
                     f"Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{b64id(seed, 32).replace('/', 'Q').replace('+', 'z')}%40thread.v2/0>\n"
                     f"Meeting ID: {mid[:3]} {mid[3:6]} {mid[6:9]} {mid[9:12]}\nPasscode: {b64id(seed + 'pw', 6).replace('/', 'k').replace('+', 'T')}\n"
                     "Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
                     "Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>\n"
                     "________________________________________________________________________________")
    plain = f"{when}\nWhere: {location}\n\n*~*~*~*~*~*~*~*~*~*\n\n{body.strip()}{teams_txt}\n"
    html = text_to_html(plain, "outlook")
    uid = "040000008200E00074C5B7101A82E00800000000" + hid(uid_seed, 56).upper()
    ics = ["BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
    ics += VTZ[tzid]
    ics += ["BEGIN:VEVENT", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    for a in attendees:
        ics.append(attendee(*a))
    ics += [f"DESCRIPTION;LANGUAGE=en-US:{ics_escape(body.strip() + teams_txt)}\\n",
            f"UID:{uid}", f"SUMMARY;LANGUAGE=en-US:{ics_escape(subject)}",
            f"DTSTART;TZID={tzid}:{loc(start)}", f"DTEND;TZID={tzid}:{loc(end)}", "CLASS:PUBLIC", "PRIORITY:5",
            f"DTSTAMP:{zstamp(date)}", "TRANSP:OPAQUE", "STATUS:CONFIRMED", f"SEQUENCE:{seq}",
            f"LOCATION;LANGUAGE=en-US:{ics_escape(location)}", f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
            f"X-MICROSOFT-CDO-OWNERAPPTID:{int(hid(seed + 'own', 9, '0123456789')) + 1000000000}",
            "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
            "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0"]
    if teams:
        ics.append("X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_"
                   f"{b64id(seed, 32).replace('/', 'Q').replace('+', 'z')}%40thread.v2/0")
    ics += ["X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
            f"X-MICROSOFT-LOCATIONDISPLAYNAME:{ics_escape(location)}",
            "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY",
            "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    bnd = f"_000_{hid(seed + 'b', 28).upper()}namprd{hid(seed, 2, '0123456789')}prod_"
    bodypart = multipart("alternative", bnd, [
        part('text/plain; charset="utf-8"', plain, "quoted-printable"),
        part('text/html; charset="utf-8"', html, "quoted-printable"),
        part('text/calendar; charset="utf-8"; method=REQUEST', ics_doc(ics), "base64")])
    box = f"{hid(seed + 'box', 2, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}{hid(seed + 'bx', 1, '0123456789')}PR{hid(seed + 'n', 2, '0123456789')}MB{hid(seed + 'k', 4, '0123456789')}"
    headers = [("Delivered-To", delivered_to)] + received(date, f"NAM{hid(seed, 2, '0123456789')}-obe.outbound.protection.outlook.com", "40.107.236.112", delivered_to) + [
        ("Return-Path", f"<{organizer[1]}>"), ("From", addr(*organizer)),
        ("To", ", ".join(addr(*t) for t in to_list))]
    if cc_list:
        headers.append(("CC", ", ".join(addr(*c) for c in cc_list)))
    headers += [("Subject", subject), ("Thread-Topic", subject),
                ("Thread-Index", b64id(seed + "ti", 28) + "=="), ("Date", rfc(date)),
                ("Message-ID", f"<{box}{hid(seed + 'mid', 24).upper()}@{box}.namprd{hid(seed, 2, '0123456789')}.prod.outlook.com>"),
                ("Accept-Language", "en-US"), ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""),
                ("X-MS-TNEF-Correlator", ""), ("Content-class", "urn:content-classes:calendarmessage")]
    headers += list(extra_headers)
    return message(headers, bodypart)


def gmail_msgid(seed):
    return f"<CA{b64id(seed, 12).replace('/', 'Z').replace('+', 'q')}+{b64id(seed + 'x', 28).replace('/', '_').replace('+', '-')}@mail.gmail.com>"


def iphone_msgid(seed, domain):
    h = hid(seed, 32).upper()
    return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"


def outlook_msgid(seed):
    box = f"PH{hid(seed + 'b', 1, '0123456789')}PR{hid(seed + 'c', 2, '0123456789')}MB{hid(seed + 'd', 4, '0123456789')}"
    return f"<{box}{hid(seed, 24).upper()}@{box}.namprd{hid(seed + 'e', 2, '0123456789')}.prod.outlook.com>"


def ivl(company, role, start, end, status, interviewers, recipients, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end) if end else None,
            "status": status, "interviewer_emails": list(interviewers),
            "followup_recipients": list(recipients), "kind": kind}


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
    slug = "b242-01-applitrack-phone-screening"
    date = T(2026, 3, 9, 14, 12, 33)
    iv = T(2026, 3, 12, 15, 45)
    end = iv + timedelta(minutes=20)
    gloria = ("Gloria Benavidez", "gbenavidez@svusd.example")
    text = f"""Dear Leah Castellanos,

Thank you for your interest in Saguaro Valley Unified School District. Your application has been reviewed and you have been selected for a phone screening for the position below.

Position: Science Teacher - 8th Grade (2026-2027 School Year)
JobID: 4127
Location: Sonoran Trails Middle School

Date: {long_date(iv)}
Time: {hm(iv)} (Arizona time)
Length: approximately 20 minutes
Format: Phone screening. Gloria Benavidez, HR Specialist - Certificated Staffing, will call you at the phone number listed on your application ({OWNER_CELL}). Please make sure you are somewhere quiet.

If you need to reschedule, reply to this message or contact Ms. Benavidez at gbenavidez@svusd.example or (623) 555-0190 at least 24 hours in advance.

Candidates recommended after the phone screening will be invited to a site interview with the building principal. Please have your Arizona teaching certificate number and IVP fingerprint clearance card number available during the call.

Saguaro Valley Unified School District
Human Resources - Certificated Staffing
7150 W. Saguaro Valley Pkwy, Glendale, AZ 85307

This message was sent through AppliTrack. To view your application, visit https://www.applitrack.com/svusd-example/onlineapp/
"""
    assert W(iv, "Thursday")
    body = multipart("alternative", "----=_NextPart_000_" + hid("c01b", 16).upper(), [
        part('text/plain; charset="us-ascii"', text, "7bit"),
        part('text/html; charset="us-ascii"', text_to_html(text, "ats"), "quoted-printable")])
    headers = [("Delivered-To", OWNER)] + received(date, "smtp-out2.applitrack.com", "198.51.100.24") + [
        ("Return-Path", "<bounces+svusd@applitrack.com>"),
        ("From", addr("Saguaro Valley Unified School District", "no-reply@applitrack.com")),
        ("Reply-To", addr(*gloria)), ("To", addr(OWNER_NAME, OWNER)),
        ("Subject", "Phone Screening Scheduled - Science Teacher - 8th Grade (JobID 4127)"),
        ("Date", rfc(date)), ("Message-ID", "<20260309211233.4127.5518834@applitrack.com>"),
        ("X-Mailer", "AppliTrack Mailer 4.2")]
    files = {"01-applitrack-phone-screening-scheduled.eml": message(headers, body)}
    lab = label([ivl("Saguaro Valley Unified School District", "Science Teacher - 8th Grade", iv, end, "scheduled",
                     [gloria[1]], [gloria[1]], "phone_screen")], "easy", "positive/ats-applitrack-body",
                "AppliTrack confirmation from a no-reply sender; HR specialist who calls is the interviewer "
                "(Reply-To). Arizona time stays UTC-7 on Mar 12 although US DST began Mar 8.")
    return slug, files, lab


@case
def c02():
    slug = "b242-02-principal-iphone-tomorrow-after-dismissal"
    d1 = T(2026, 4, 14, 21, 47, 9)
    d_owner = T(2026, 4, 15, 6, 12, 40)
    d2 = T(2026, 4, 15, 7, 2, 18)
    iv = T(2026, 4, 15, 15, 45)
    assert W(d1, "Tuesday") and W(iv, "Wednesday")
    marcus = ("Marcus Delgado-Hale", "mdelgadohale@osesd.example")
    dom = "osesd.example"
    m1_id = iphone_msgid("c02m1", dom)
    m2_id = iphone_msgid("c02m2", "example.com")
    m3_id = iphone_msgid("c02m3", dom)
    t1 = """Hi Ms. Castellanos,

HR passed along your application for our 7th grade science opening and I\u2019d love to meet you \u2014 the canal water-quality project on your resume is exactly the kind of thing I want in our building. Any chance you could come by tomorrow at 3:45? Our kids are out at 3:15 so that gives me time to get the buses out. Plan on 30-40 min with me and then I\u2019ll walk you through the science wing.

Paloverde Junior High, 16420 W. Ocotillo Springs Rd, Surprise. Park in the visitor spots by the flagpole.

Marcus Delgado-Hale
Principal, Paloverde Junior High
Ocotillo Springs Elementary School District

Sent from my iPhone"""
    t_owner = """Good morning Mr. Delgado-Hale,

Yes \u2014 I can be there at 3:45 today. I\u2019ll head over right after my last class; it\u2019s about a 25 minute drive. Thank you so much for reaching out!

Leah Castellanos"""
    t2 = f"""Perfect. Check in at the front office and ask for me. See you this afternoon!

Marcus

Sent from my iPhone

On Apr 15, 2026, at 6:12\u202fAM, Leah Castellanos <{OWNER}> wrote:

{quote(t_owner)}
>
> On Apr 14, 2026, at 9:47\u202fPM, Marcus Delgado-Hale <{marcus[1]}> wrote:
>
{quote(t1, "> > ")}
"""
    f1 = message([("Delivered-To", OWNER)] + received(d1, "mail-pl1-f178.google.com", "209.85.214.178") + [
        ("Return-Path", f"<{marcus[1]}>"), ("From", addr(*marcus)), ("Date", rfc(d1)), ("Subject", "7th grade science - Paloverde JHS"),
        ("Message-Id", m1_id), ("To", OWNER), ("X-Mailer", "iPhone Mail (23E261)")],
        part("text/plain; charset=utf-8", t1, "quoted-printable"))
    f2 = message([("Delivered-To", OWNER)] + received(d2, "mail-pj1-f41.google.com", "209.85.216.41") + [
        ("Return-Path", f"<{marcus[1]}>"), ("From", addr(*marcus)), ("Date", rfc(d2)),
        ("Subject", "Re: 7th grade science - Paloverde JHS"), ("Message-Id", m3_id),
        ("References", f"{m1_id} {m2_id}"), ("In-Reply-To", m2_id), ("To", addr(OWNER_NAME, OWNER)),
        ("X-Mailer", "iPhone Mail (23E261)")],
        multipart("alternative", "Apple-Mail-" + hid("c02b", 8).upper() + "-" + hid("c02c", 4).upper(), [
            part("text/plain; charset=utf-8", t2, "quoted-printable"),
            part("text/html; charset=utf-8", text_to_html(t2, "iphone"), "quoted-printable")]))
    files = {"01-principal-any-chance-tomorrow.eml": f1, "02-re-see-you-this-afternoon.eml": f2}
    lab = label([ivl("Ocotillo Springs Elementary School District", "7th Grade Science Teacher", iv, None,
                     "scheduled", [marcus[1]], [marcus[1]], "hiring_manager")], "medium",
                "positive/thread-relative-date",
                "Principal writes from his phone at 9:47 PM Tuesday: 'tomorrow at 3:45' -> Wed Apr 15; the owner's "
                "reply ('3:45 today') is only visible quoted in his confirmation. '30-40 min' is not a fixed "
                "duration, so end is null.")
    return slug, files, lab


@case
def c03():
    slug = "b242-03-charter-demo-lesson-and-panel"
    d1 = T(2026, 5, 4, 10, 18, 2)
    demo_s, demo_e = T(2026, 5, 7, 9, 10), T(2026, 5, 7, 9, 40)
    pan_s, pan_e = T(2026, 5, 7, 10, 0), T(2026, 5, 7, 10, 45)
    assert W(demo_s, "Thursday") and W(d1, "Monday")
    bri = ("Brianna Osei", "bosei@chollaprep.example")
    nat = ("Natalie Fairbanks", "nfairbanks@chollaprep.example")
    omar = ("Omar Haddad", "ohaddad@chollaprep.example")
    jordan = ("Jordan Kim-Whitlock", "jkimwhitlock@chollaprep.example")
    t1 = f"""Hi Leah,

Thanks again for a great phone conversation last week! We'd love to have you out to Cholla Prep Mesa for the final round for our 7th Grade Science Teacher position. Here's the plan for {W(demo_s, "Thursday")}, May 7:

8:50 AM - Check in at the front desk (please bring your photo ID and your IVP fingerprint clearance card)
9:10 - 9:40 AM - Demo lesson with our 7th grade scholars in Room B12 (about 26 students). Principal Natalie Fairbanks and our Science Instructional Coach, Omar Haddad, will observe.
9:40 - 10:00 AM - Short break and written reflection (how do you think the lesson went, what would you change)
10:00 - 10:45 AM - Panel interview with Natalie, Omar, and Jordan Kim-Whitlock (8th grade science)

Demo lesson guidelines: a 25-minute mini-lesson on any 7th grade Arizona science standard. Ecosystems would fit nicely since they just wrapped a food web unit. Scholars have Chromebooks and the room has a projector with HDMI. If you use a handout, please bring 30 copies.

I'll send separate calendar invites for the lesson and the panel so everyone has them on their calendars. Visitor parking is in the north lot off E. Ironwood Loop.

Let me know if you have any questions!

Brianna

--
Brianna Osei | Talent Coordinator
Cholla Prep Public Schools
{bri[1]} | (480) 555-0133
"""
    m1 = gmail_msgid("c03m1")
    f1 = message([("Delivered-To", OWNER)] + received(d1, "mail-sor-f41.google.com", "209.85.220.41") + [
        ("Return-Path", f"<{bri[1]}>"), ("From", addr(*bri)), ("Date", rfc(d1)),
        ("Message-ID", m1), ("Subject", "Cholla Prep Mesa - demo lesson + panel interview Thursday 5/7"),
        ("To", addr(OWNER_NAME, OWNER)), ("Cc", addr(*nat))],
        multipart("alternative", "0000000000" + hid("c03b", 14), [
            part('text/plain; charset="UTF-8"', t1, "7bit"),
            part('text/html; charset="UTF-8"', text_to_html(t1), "quoted-printable")]))
    common = dict(tzlabel="Mountain Standard Time - Phoenix", organizer=bri, created=T(2026, 5, 4, 10, 23, 40),
                  location="Cholla Prep Mesa, 2250 E Ironwood Loop, Mesa, AZ 85213")
    f2 = google_invite(title="Demo Lesson - Leah Castellanos (7th Grade Science)", start=demo_s, end=demo_e,
                       guests=[(bri[0], bri[1], "ACCEPTED"), (nat[0], nat[1], "ACCEPTED"),
                               (omar[0], omar[1], "NEEDS-ACTION"), (OWNER, OWNER, "NEEDS-ACTION")],
                       description="25-minute mini-lesson with 7th grade scholars in Room B12, observed by Natalie and Omar. "
                                   "Please check in at the front desk by 8:50.",
                       uid="3kq8v1tb5n0m2hc7rj4fxw9d6e@google.com", date=T(2026, 5, 4, 10, 24, 11), seed="c03g1",
                       **common)
    f3 = google_invite(title="Panel Interview - Leah Castellanos (7th Grade Science)", start=pan_s, end=pan_e,
                       guests=[(bri[0], bri[1], "ACCEPTED"), (nat[0], nat[1], "ACCEPTED"),
                               (omar[0], omar[1], "ACCEPTED"), (jordan[0], jordan[1], "NEEDS-ACTION"),
                               (OWNER, OWNER, "NEEDS-ACTION")],
                       description="Panel interview with Natalie Fairbanks (Principal), Omar Haddad (Science Instructional "
                                   "Coach) and Jordan Kim-Whitlock (8th Grade Science). Conference room next to the main office.",
                       uid="7ptz2cw6hbm93sdx0q1yk5jrea@google.com", date=T(2026, 5, 4, 10, 26, 47), seed="c03g2",
                       **common)
    files = {"01-brianna-itinerary.eml": f1, "02-invitation-demo-lesson.eml": f2,
             "03-invitation-panel-interview.eml": f3}
    ivs = [nat[1], omar[1], jordan[1]]
    lab = label([ivl("Cholla Prep Public Schools", "7th Grade Science Teacher", demo_s, pan_e, "scheduled", ivs, ivs,
                     "onsite")], "hard", "positive/onsite-demo-lesson",
                "Itinerary e-mail plus two Google invites (demo lesson with students 9:10-9:40, panel 10:00-10:45) on "
                "the same morning = ONE onsite from 9:10 to 10:45 MST with the observers and panelists; the talent "
                "coordinator only schedules.")
    return slug, files, lab


ZOOM_FOOTER = "\n\nJoin Zoom Meeting\n{url}\n\nMeeting ID: {mid}\nPasscode: {pw}\n\n---\n\nOne tap mobile\n+16694449171,,{raw}#,,,,*{pw}# US\n+12532158782,,{raw}#,,,,*{pw}# US (Tacoma)\n"


def zoom_ics(*, uid_num, start, end, summary, organizer, attendees, description, url, stamp):
    lines = ["BEGIN:VCALENDAR", "PRODID:-//zoom.us//iCalendar Event//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
             "METHOD:PUBLISH", "CLASS:PUBLIC"]
    lines += VTZ["America/Los_Angeles"]
    lines += ["BEGIN:VEVENT", f"DTSTAMP:{zstamp(stamp)}", f"DTSTART;TZID=America/Los_Angeles:{loc(start)}",
              f"DTEND;TZID=America/Los_Angeles:{loc(end)}", f"SUMMARY:{ics_escape(summary)}",
              f"UID:{zstamp(stamp)}-{uid_num}@zoom.us", "TZID:America/Los_Angeles",
              f"DESCRIPTION:{ics_escape(description)}", f"LOCATION:{url}",
              f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    for a in attendees:
        lines.append(attendee(*a))
    lines += ["BEGIN:VALARM", "TRIGGER:-PT10M", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "END:VALARM",
              "END:VEVENT", "END:VCALENDAR"]
    return ics_doc(lines)


@case
def c04():
    slug = "b242-04-san-diego-zoom-before-fall-back"
    date = T(2026, 10, 26, 9, 3, 11, tz=LA)
    iv = T(2026, 10, 30, 13, 15, tz=LA)
    end = iv + timedelta(minutes=30)
    assert W(iv, "Friday") and iv.utcoffset() == timedelta(hours=-7)
    assert T(2026, 11, 1, 12, tz=LA).utcoffset() == timedelta(hours=-8)
    yes = ("Yesenia Pardo", "ypardo@pcusd.example")
    ram = ("Dr. Ramona Iturbide", "riturbide@pcusd.example")
    raw = "84512093377"
    url = f"https://us06web.zoom.us/j/{raw}?pwd=" + b64id("c04pwd", 26).replace("/", "a").replace("+", "b") + ".1"
    zf = ZOOM_FOOTER.format(url=url, mid="845 1209 3377", pw="619244", raw=raw)
    t1 = f"""Good morning Ms. Castellanos,

Dr. Iturbide would like to meet with you for an interview for the mid-year Middle School Science Teacher (Grades 6-8) vacancy at La Costa Vista Middle School.

Date: {long_date(iv)}
Time: {hm(iv)} - {hm(end)} Pacific Time
Where: Zoom (link below and in the attached calendar file)

Since you are in Arizona: through this Saturday our clocks match yours, so {hm(iv)} here is {hm(iv)} for you. We fall back on Sunday, November 1, so any follow-up conversations after that will be an hour apart.

Dr. Iturbide will conduct the interview herself; plan on about 30 minutes, including a short scenario on lab safety and classroom routines. I have copied her on this message.

Please reply to confirm.

Thank you,

Yesenia Pardo
Administrative Assistant to the Principal
La Costa Vista Middle School | Palomar Coast Unified School District
(760) 555-0117 | {yes[1]}
{zf}"""
    ics = zoom_ics(uid_num=raw, start=iv, end=end, summary="Interview - L. Castellanos - MS Science (La Costa Vista)",
                   organizer=yes, attendees=[(ram[0], ram[1], "ACCEPTED"), (OWNER_NAME, OWNER, "NEEDS-ACTION")],
                   description=f"Interview with Dr. Ramona Iturbide, Principal, for the mid-year Middle School Science "
                               f"Teacher (Grades 6-8) vacancy.{zf}", url=url, stamp=T(2026, 10, 26, 8, 58, 40, tz=LA))
    mid = outlook_msgid("c04")
    body = multipart("mixed", "_004_" + hid("c04mix", 30).upper() + "namprd", [
        multipart("alternative", "_000_" + hid("c04alt", 30).upper() + "namprd", [
            part('text/plain; charset="us-ascii"', t1, "quoted-printable"),
            part('text/html; charset="us-ascii"', text_to_html(t1, "outlook"), "quoted-printable")]).rstrip("\n"),
        part('text/calendar; name="zoom_interview.ics"', ics, "base64",
             ['Content-Description: zoom_interview.ics', 'Content-Disposition: attachment; filename="zoom_interview.ics"'])])
    headers = [("Delivered-To", OWNER)] + received(date, "NAM12-BN8-obe.outbound.protection.outlook.com", "40.107.237.98") + [
        ("Return-Path", f"<{yes[1]}>"), ("From", addr(*yes)), ("To", addr(OWNER_NAME, OWNER)),
        ("CC", addr(*ram)), ("Subject", "Interview - MS Science (mid-year) - La Costa Vista MS - Friday 10/30"),
        ("Thread-Topic", "Interview - MS Science (mid-year) - La Costa Vista MS - Friday 10/30"),
        ("Thread-Index", b64id("c04ti", 30) + "=="), ("Date", rfc(date)), ("Message-ID", mid),
        ("Accept-Language", "en-US"), ("Content-Language", "en-US"), ("X-MS-Has-Attach", "yes"),
        ("X-MS-TNEF-Correlator", "")]
    files = {"01-zoom-interview-la-costa-vista.eml": message(headers, body)}
    lab = label([ivl("Palomar Coast Unified School District", "Middle School Science Teacher (Grades 6-8)", iv, end,
                     "scheduled", [ram[1]], [ram[1]], "hiring_manager")], "medium", "positive/zoom-ics-pacific",
                "Oct 30 is still PDT (UTC-7, same clock as Phoenix); California falls back Nov 1. Assistant only "
                "schedules; the principal (cc'd) conducts the interview.")
    return slug, files, lab


@case
def c05():
    slug = "b242-05-denver-teams-panel-mdt"
    date = T(2026, 4, 29, 11, 20, 44, tz=DEN)
    iv = T(2026, 5, 5, 15, 30, tz=DEN)
    end = T(2026, 5, 5, 16, 15, tz=DEN)
    assert W(date, "Wednesday") and W(iv, "Tuesday") and iv.utcoffset() == timedelta(hours=-6)
    assert iv.astimezone(PHX).hour == 14 and iv.astimezone(PHX).minute == 30
    dw = ("Dwayne Archuleta", "darchuleta@frmps.example")
    hs = ("Hannah S\u00f8rensen", "hsorensen@frmps.example")
    body = f"""Hi Leah,

Thanks for applying to Bluebird Hollow. Hannah S\u00f8rensen (our 8th grade science team lead) and I would like to interview you over Teams for the Middle School Science Teacher (6-8) opening for next school year. I've put us down for next Tuesday at 3:30 our time. I believe that's 2:30 in Phoenix, but please double-check since Arizona doesn't change clocks.

We'll ask about how you've taught OpenSciEd-style units, how you support multilingual learners during labs, and then leave time for your questions about Front Range Metro.

If the time doesn't work, just reply and we'll find another.

Dwayne Archuleta
Principal, Bluebird Hollow Middle School
Front Range Metro Public Schools | 303-555-0186"""
    f1 = outlook_request(subject="Interview - Middle School Science Teacher (6-8) - Bluebird Hollow MS",
                         organizer=dw, to_list=[(OWNER_NAME, OWNER), hs], date=date, tzid="Mountain Standard Time",
                         start=iv, end=end, location="Microsoft Teams Meeting", body=body, uid_seed="c05uid",
                         attendees=[(OWNER_NAME, OWNER, "NEEDS-ACTION"), (hs[0], hs[1], "ACCEPTED")], teams=True,
                         seed="c05")
    files = {"01-teams-interview-bluebird-hollow.eml": f1}
    lab = label([ivl("Front Range Metro Public Schools", "Middle School Science Teacher (6-8)", iv, end, "scheduled",
                     [dw[1], hs[1]], [dw[1], hs[1]], "onsite")], "hard", "positive/outlook-denver-dst",
                "Exchange invite with TZID 'Mountain Standard Time' (Denver rules) and a '(UTC-07:00) Mountain Time' "
                "display label, but May 5 is MDT: 15:30-06:00 (2:30 PM in Phoenix, as the principal says). Two "
                "interviewers on a Teams panel -> onsite.")
    return slug, files, lab


@case
def c06():
    slug = "b242-06-standalone-ics-us-mountain-standard-time"
    iv = T(2026, 6, 10, 10, 0)
    end = T(2026, 6, 10, 10, 30)
    assert W(iv, "Wednesday")
    deb = ("Debra Yazzie", "dyazzie@mfusd.example")
    ant = ("Anton Whitehorse", "awhitehorse@mfusd.example")
    desc = ("Interview with Principal Anton Whitehorse for the 6th Grade Science Teacher position (2026-27) at "
            "Cottonwood Wash Middle School.\n\nPlease check in at the front office 10 minutes early. Bring a copy of "
            "your Arizona teaching certificate and your IVP fingerprint clearance card.\n\nQuestions or need to "
            "reschedule? Debra Yazzie, Principal's Secretary, (623) 555-0162.")
    lines = ["BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
    lines += VTZ["US Mountain Standard Time"]
    lines += ["BEGIN:VEVENT", f"ORGANIZER;CN={deb[0]}:mailto:{deb[1]}",
              attendee(ant[0], ant[1], "ACCEPTED"), attendee(OWNER_NAME, OWNER, "NEEDS-ACTION"),
              f"DESCRIPTION;LANGUAGE=en-US:{ics_escape(desc)}\\n",
              "UID:040000008200E00074C5B7101A82E00800000000" + hid("c06uid", 56).upper(),
              "SUMMARY;LANGUAGE=en-US:Interview: Leah Castellanos - 6th Grade Science (Cottonwood Wash MS)",
              f"DTSTART;TZID=US Mountain Standard Time:{loc(iv)}", f"DTEND;TZID=US Mountain Standard Time:{loc(end)}",
              "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{zstamp(T(2026, 6, 3, 13, 41, 7))}", "TRANSP:OPAQUE",
              "STATUS:CONFIRMED", "SEQUENCE:0",
              "LOCATION;LANGUAGE=en-US:Cottonwood Wash MS - Principal's Office\\, 2750 N Mesquite Flats Pkwy\\, Buckeye AZ 85396",
              "X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-OWNERAPPTID:2118837402",
              "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
              "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
              "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
              "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY",
              "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    files = {"01-interview-cottonwood-wash.ics": ics_doc(lines).encode("utf-8")}
    lab = label([ivl("Mesquite Flats Unified School District", "6th Grade Science Teacher", iv, end, "scheduled",
                     [ant[1]], [ant[1]], "hiring_manager")], "medium", "positive/standalone-ics-windows-tzid",
                "Standalone Exchange .ics with TZID 'US Mountain Standard Time' (Arizona, no DAYLIGHT block): "
                "June 10 10:00 is -07:00, not Denver's -06:00. Secretary organizes; the principal interviews.")
    return slug, files, lab


@case
def c07():
    slug = "b242-07-charter-reschedule-board-meeting"
    sam = ("Samantha Oyelaran", "soyelaran@vistanueva.example")
    first = T(2026, 4, 23, 16, 0)
    final = T(2026, 4, 27, 16, 0)
    assert W(first, "Thursday") and W(final, "Monday")
    uid = "5m1rq9dk2vx7h0b3ct8wnz4pgs@google.com"
    desc = ("Virtual interview for the Middle School Science Teacher (Grades 6-8) position with Samantha Oyelaran, "
            "Principal, Vista Nueva Academy. We'll talk through your resume and a short lab-safety scenario.")
    common = dict(title="Interview: Leah Castellanos - MS Science", tzlabel="Mountain Standard Time - Phoenix",
                  organizer=sam, guests=[(sam[0], sam[1], "ACCEPTED"), (OWNER, OWNER, "NEEDS-ACTION")],
                  description=desc, uid=uid, created=T(2026, 4, 17, 13, 4, 20),
                  meet="https://meet.google.com/vna-qkte-rwm")
    f1 = google_invite(start=first, end=first + timedelta(minutes=45), date=T(2026, 4, 17, 13, 5, 2), seed="c07g1",
                       **common)
    d2 = T(2026, 4, 20, 19, 41, 55)
    assert W(d2, "Monday")
    m2 = gmail_msgid("c07m2")
    t2 = """Hi Leah,

I'm so sorry to do this. Our governing board moved its meeting to this Thursday afternoon and I have to present, so I won't be able to do 4:00 on Thursday. Could we move your interview to Monday 4/27 at the same time (4:00)? If that works I'll update the invite.

Again, apologies!
Sam

Sent from my iPhone"""
    f2 = message([("Delivered-To", OWNER)] + received(d2, "mail-yw1-f170.google.com", "209.85.128.170") + [
        ("Return-Path", f"<{sam[1]}>"), ("From", addr(*sam)), ("Date", rfc(d2)), ("Message-ID", m2),
        ("Subject", "Thursday interview"), ("To", addr(OWNER_NAME, OWNER))],
        multipart("alternative", "0000000000" + hid("c07b2", 14), [
            part('text/plain; charset="UTF-8"', t2, "7bit"),
            part('text/html; charset="UTF-8"', text_to_html(t2), "quoted-printable")]))
    d_owner = T(2026, 4, 20, 20, 15, 3)
    d3 = T(2026, 4, 21, 6, 55, 30)
    m_owner = gmail_msgid("c07own")
    m3 = gmail_msgid("c07m3")
    t_owner = """Hi Sam,

No problem at all, Monday the 27th at 4:00 works great for me.

Thanks,
Leah"""
    t3 = f"""Perfect, thank you for being flexible! The updated invite is on its way.

Sam

On Mon, Apr 20, 2026 at 8:15\u202fPM Leah Castellanos <{OWNER}> wrote:

{quote(t_owner)}
>
> On Mon, Apr 20, 2026 at 7:41 PM Samantha Oyelaran <{sam[1]}> wrote:
>
{quote(t2, "> > ")}
"""
    f3 = message([("Delivered-To", OWNER)] + received(d3, "mail-yw1-f171.google.com", "209.85.128.171") + [
        ("Return-Path", f"<{sam[1]}>"), ("From", addr(*sam)), ("Date", rfc(d3)), ("Message-ID", m3),
        ("In-Reply-To", m_owner), ("References", f"{m2} {m_owner}"), ("Subject", "Re: Thursday interview"),
        ("To", addr(OWNER_NAME, OWNER))],
        multipart("alternative", "0000000000" + hid("c07b3", 14), [
            part('text/plain; charset="UTF-8"', t3, "quoted-printable"),
            part('text/html; charset="UTF-8"', text_to_html(t3), "quoted-printable")]))
    f4 = google_invite(start=final, end=final + timedelta(minutes=45), date=T(2026, 4, 21, 7, 2, 14), seed="c07g4",
                       seq=1, kind="Updated invitation", changed="time", **common)
    files = {"01-invitation-interview-thu.eml": f1, "02-sam-can-we-move.eml": f2,
             "03-re-thursday-interview.eml": f3, "04-updated-invitation-mon.eml": f4}
    lab = label([ivl("Vista Nueva Academy", "Middle School Science Teacher (Grades 6-8)", final,
                     final + timedelta(minutes=45), "scheduled", [sam[1]], [sam[1]], "hiring_manager")], "medium",
                "positive/reschedule",
                "Google invite for Thu Apr 23 4:00 PM, principal asks by e-mail to move to Mon 4/27 same time, then "
                "'Updated invitation' (SEQUENCE:1, same UID). One interview at the final time.")
    return slug, files, lab


@case
def c08():
    slug = "b242-08-talented-interview-cancelled-internal-transfer"
    d1 = T(2026, 5, 5, 8, 30, 15)
    iv = T(2026, 5, 8, 13, 0)
    end = T(2026, 5, 8, 13, 30)
    assert W(iv, "Friday") and W(d1, "Tuesday")
    tam = ("Tamara Nguyen-Brooks", "tnguyenbrooks@srbusd.example")
    t1 = f"""Dear Leah,

You have been scheduled for an interview for the following position:

Job Posting: Science Teacher - Grade 8 (Posting #2026-0418)
School/Location: Red Rock Canal Middle School
Interview Date: {iv:%m/%d/%Y} ({W(iv, "Friday")})
Interview Time: {hm(iv)} - {hm(end)} (Arizona)
Interview Location: Red Rock Canal Middle School, Conference Room A, 3920 E Canal Bank Rd, Mesa, AZ 85205
Interview Type: In person - interview committee

Please arrive 10 minutes early and check in at the front office. You will be asked to respond to a short written prompt before meeting the committee.

If you need to reschedule, please contact Tamara Nguyen-Brooks in Human Resources at {tam[1]} or 480-555-0171.

A calendar file for this interview is attached.

Salt River Basin Unified School District - Human Resources

This is an automated message from TalentEd Hire. Please do not reply to this message.
"""
    ics = ics_doc(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//PowerSchool//TalentEd Hire//EN", "METHOD:PUBLISH"]
                  + VTZ["America/Phoenix"] +
                  ["BEGIN:VEVENT", f"UID:tedk12-interview-{hid('c08uid', 10, '0123456789')}@srbusd-example.tedk12.com",
                   f"DTSTAMP:{zstamp(d1)}", f"DTSTART;TZID=America/Phoenix:{loc(iv)}",
                   f"DTEND;TZID=America/Phoenix:{loc(end)}",
                   "SUMMARY:Interview - Science Teacher - Grade 8 (Red Rock Canal Middle School)",
                   "LOCATION:Red Rock Canal Middle School\\, Conference Room A\\, 3920 E Canal Bank Rd\\, Mesa\\, AZ 85205",
                   "DESCRIPTION:In person - interview committee. Contact: Tamara Nguyen-Brooks\\, Human Resources.",
                   f"ATTENDEE;CN={OWNER_NAME};ROLE=REQ-PARTICIPANT:mailto:{OWNER}", "STATUS:CONFIRMED", "SEQUENCE:0",
                   "END:VEVENT", "END:VCALENDAR"])
    body = multipart("mixed", "=_" + hid("c08mix", 24), [
        multipart("alternative", "=_" + hid("c08alt", 24), [
            part('text/plain; charset="utf-8"', t1, "quoted-printable"),
            part('text/html; charset="utf-8"', text_to_html(t1, "ats"), "quoted-printable")]).rstrip("\n"),
        part('text/calendar; charset="utf-8"; name="interview.ics"', ics, "base64",
             ['Content-Disposition: attachment; filename="interview.ics"'])])
    f1 = message([("Delivered-To", OWNER)] + received(d1, "o12.sendgrid.tedk12.com", "198.51.100.77") + [
        ("Return-Path", "<bounces+2290117-svc@em.tedk12.com>"),
        ("From", addr("Salt River Basin USD Human Resources", "noreply@tedk12.com")), ("To", OWNER),
        ("Subject", "Interview Scheduled: Science Teacher - Grade 8 (Red Rock Canal Middle School)"),
        ("Date", rfc(d1)), ("Message-ID", f"<{hid('c08mid', 22)}@em.tedk12.com>")], body)
    d2 = T(2026, 5, 7, 15, 52, 10)
    assert W(d2, "Thursday")
    t2 = f"""Hi Leah,

I'm sorry for the late notice, but I need to cancel your interview scheduled for tomorrow, Friday 5/8 at 1:00 PM at Red Rock Canal Middle School.

The principal let me know this afternoon that the Grade 8 Science position has been filled through an internal transfer, so the posting is being closed. This is not a reflection on your application. We still have two middle school science postings open for 2026-27, and I'd encourage you to apply to those through the TalentEd site; I'll flag your application for the principals.

Again, my apologies for the inconvenience.

Tamara Nguyen-Brooks
HR Analyst - Certificated Recruitment
Salt River Basin Unified School District
480-555-0171 | {tam[1]}
"""
    f2 = message([("Delivered-To", OWNER)] + received(d2, "NAM11-CO1-obe.outbound.protection.outlook.com", "40.107.220.51") + [
        ("Return-Path", f"<{tam[1]}>"), ("From", addr(*tam)), ("To", addr(OWNER_NAME, OWNER)),
        ("Subject", "Cancelled: Friday's interview - Red Rock Canal MS"),
        ("Thread-Topic", "Cancelled: Friday's interview - Red Rock Canal MS"),
        ("Thread-Index", b64id("c08ti", 22) + "=="), ("Date", rfc(d2)), ("Message-ID", outlook_msgid("c08m2")),
        ("Accept-Language", "en-US"), ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", "")],
        multipart("alternative", "_000_" + hid("c08alt2", 30).upper() + "namprd", [
            part('text/plain; charset="us-ascii"', t2, "quoted-printable"),
            part('text/html; charset="us-ascii"', text_to_html(t2, "outlook"), "quoted-printable")]))
    files = {"01-talented-interview-scheduled.eml": f1, "02-cancelled-position-filled.eml": f2}
    lab = label([ivl("Salt River Basin Unified School District", "Science Teacher - Grade 8", iv, end, "cancelled",
                     [], [tam[1]], "onsite")], "medium", "positive/cancellation",
                "TalentEd Hire confirmation (no-reply, .ics attached) then HR cancels by e-mail because the post was "
                "filled internally -> cancelled at Fri May 8 1:00 PM MST. Committee members are never named with "
                "addresses, so interviewer_emails is empty and follow-up goes to the HR analyst.")
    return slug, files, lab


@case
def c09():
    slug = "b242-09-la-screen-then-zoom-across-dst-start"
    mt = ("Michelle Tran", "mtran@asusd.example")
    greg = ("Greg Hollister", "ghollister@asusd.example")
    lor = ("Lorenzo Bautista", "lbautista@asusd.example")
    d1 = T(2026, 3, 3, 10, 14, 51, tz=LA)
    screen = T(2026, 3, 5, 15, 30, tz=LA)
    assert W(d1, "Tuesday") and W(screen, "Thursday") and screen.utcoffset() == timedelta(hours=-8)
    assert screen.astimezone(PHX).hour == 16
    t1 = f"""Hi Leah,

I'm the certificated recruiter for Arroyo Seco Unified. Thank you for applying for our Middle School Science Teacher (7th Grade) opening at Sycamore Canyon Middle School for 2026-27.

I'd like to set up a 20-minute phone screen. Would {W(screen, "Thursday")}, March 5 at 3:30 PM Pacific work? I know you're in Phoenix, so that would be 4:30 PM your time.

Also, could you confirm whether you hold a California credential or have started the out-of-state pathway with the CTC?

Thanks,
Michelle

Michelle Tran
Certificated Recruiter, Human Resources
Arroyo Seco Unified School District
(626) 555-0142"""
    m1 = outlook_msgid("c09m1")
    f1 = message([("Delivered-To", OWNER)] + received(d1, "NAM04-DM6-obe.outbound.protection.outlook.com", "40.107.201.60") + [
        ("Return-Path", f"<{mt[1]}>"), ("From", addr(*mt)), ("To", addr(OWNER_NAME, OWNER)),
        ("Subject", "Phone screen - 7th Grade Science, Arroyo Seco USD"),
        ("Thread-Topic", "Phone screen - 7th Grade Science, Arroyo Seco USD"),
        ("Thread-Index", b64id("c09t1", 22) + "=="), ("Date", rfc(d1)), ("Message-ID", m1),
        ("Accept-Language", "en-US"), ("Content-Language", "en-US")],
        multipart("alternative", "_000_" + hid("c09a1", 30).upper() + "namprd", [
            part('text/plain; charset="us-ascii"', t1, "quoted-printable"),
            part('text/html; charset="us-ascii"', text_to_html(t1, "outlook"), "quoted-printable")]))
    d_own = T(2026, 3, 3, 13, 40, 2, tz=PHX)
    m_own = gmail_msgid("c09own")
    d2 = T(2026, 3, 3, 15, 2, 7, tz=LA)
    t_own = f"""Hi Michelle,

Thursday at 3:30 Pacific (4:30 my time) works great. The best number to reach me is {OWNER_CELL}.

I hold an Arizona Standard Professional certificate in Middle Grades General Science and I submitted my out-of-state application to the CTC last month.

Thank you,
Leah Castellanos"""
    t2 = f"""Perfect, you're on my calendar. I'll call you Thursday at 3:30 PT at {OWNER_CELL}. Talk then!

Michelle

________________________________
From: Leah Castellanos <{OWNER}>
Sent: Tuesday, March 3, 2026 12:40 PM
To: Michelle Tran <{mt[1]}>
Subject: Re: Phone screen - 7th Grade Science, Arroyo Seco USD

{t_own}

________________________________
From: Michelle Tran <{mt[1]}>
Sent: Tuesday, March 3, 2026 10:14 AM
To: Leah Castellanos <{OWNER}>
Subject: Phone screen - 7th Grade Science, Arroyo Seco USD

{t1}"""
    assert d_own.astimezone(LA).strftime("%I:%M %p") == "12:40 PM"
    m2 = outlook_msgid("c09m2")
    f2 = message([("Delivered-To", OWNER)] + received(d2, "NAM04-DM6-obe.outbound.protection.outlook.com", "40.107.201.61") + [
        ("Return-Path", f"<{mt[1]}>"), ("From", addr(*mt)), ("To", addr(OWNER_NAME, OWNER)),
        ("Subject", "RE: Phone screen - 7th Grade Science, Arroyo Seco USD"),
        ("Thread-Topic", "Phone screen - 7th Grade Science, Arroyo Seco USD"),
        ("Thread-Index", b64id("c09t1", 22) + "==" + b64id("c09t2", 8)), ("Date", rfc(d2)), ("Message-ID", m2),
        ("References", f"{m1} {m_own}"), ("In-Reply-To", m_own),
        ("Accept-Language", "en-US"), ("Content-Language", "en-US")],
        multipart("alternative", "_000_" + hid("c09a2", 30).upper() + "namprd", [
            part('text/plain; charset="us-ascii"', t2, "quoted-printable"),
            part('text/html; charset="us-ascii"', text_to_html(t2, "outlook"), "quoted-printable")]))
    d3 = T(2026, 3, 9, 8, 47, 30, tz=LA)
    zi = T(2026, 3, 17, 9, 0, tz=LA)
    ze = zi + timedelta(minutes=45)
    assert W(d3, "Monday") and W(zi, "Tuesday") and zi.utcoffset() == timedelta(hours=-7)
    assert d3.utcoffset() == timedelta(hours=-7) and T(2026, 3, 7, 12, tz=LA).utcoffset() == timedelta(hours=-8)
    raw = "91733548204"
    url = f"https://asusd-example.zoom.us/j/{raw}?pwd=" + b64id("c09pwd", 26).replace("/", "c").replace("+", "d") + ".1"
    zf = ZOOM_FOOTER.format(url=url, mid="917 3354 8204", pw="402718", raw=raw)
    t3 = f"""Hi Leah,

Thank you for taking the time to talk with me last Thursday! I'm happy to move you forward.

Principal Greg Hollister and Lorenzo Bautista, our science department chair at Sycamore Canyon Middle School, would like to interview you over Zoom on {W(zi, "Tuesday")}, March 17, from 9:00 to 9:45 AM Pacific. A heads-up on time zones: California switched to daylight saving time yesterday, so Pacific and Arizona time are the same again until November. 9:00 AM for us is 9:00 AM for you.

Greg and Lorenzo are copied here, and the calendar invite is attached. They'll ask you to walk them through a lesson you're proud of, so feel free to share your screen.

Best,
Michelle

Michelle Tran
Certificated Recruiter, Human Resources
Arroyo Seco Unified School District
(626) 555-0142
{zf}"""
    ics = zoom_ics(uid_num=raw, start=zi, end=ze, summary="ASUSD Interview - L. Castellanos - 7th Grade Science (Sycamore Canyon MS)",
                   organizer=mt, attendees=[(greg[0], greg[1], "ACCEPTED"), (lor[0], lor[1], "ACCEPTED"),
                                            (OWNER_NAME, OWNER, "NEEDS-ACTION")],
                   description=f"Interview with Greg Hollister (Principal) and Lorenzo Bautista (Science Department Chair).{zf}",
                   url=url, stamp=T(2026, 3, 9, 8, 40, 12, tz=LA))
    m3 = outlook_msgid("c09m3")
    f3 = message([("Delivered-To", OWNER)] + received(d3, "NAM04-DM6-obe.outbound.protection.outlook.com", "40.107.201.62") + [
        ("Return-Path", f"<{mt[1]}>"), ("From", addr(*mt)), ("To", addr(OWNER_NAME, OWNER)),
        ("CC", f"{addr(*greg)}, {addr(*lor)}"),
        ("Subject", "Next step: Zoom interview with Sycamore Canyon MS - 7th Grade Science"),
        ("Thread-Topic", "Next step: Zoom interview with Sycamore Canyon MS - 7th Grade Science"),
        ("Thread-Index", b64id("c09t3", 22) + "=="), ("Date", rfc(d3)), ("Message-ID", m3),
        ("Accept-Language", "en-US"), ("Content-Language", "en-US"), ("X-MS-Has-Attach", "yes")],
        multipart("mixed", "_004_" + hid("c09x3", 30).upper() + "namprd", [
            multipart("alternative", "_000_" + hid("c09a3", 30).upper() + "namprd", [
                part('text/plain; charset="us-ascii"', t3, "quoted-printable"),
                part('text/html; charset="us-ascii"', text_to_html(t3, "outlook"), "quoted-printable")]).rstrip("\n"),
            part('application/octet-stream; name="zoom-interview-sycamore-canyon.ics"', ics, "base64",
                 ['Content-Disposition: attachment; filename="zoom-interview-sycamore-canyon.ics"'])]))
    files = {"01-michelle-phone-screen-request.eml": f1, "02-re-phone-screen-confirmed.eml": f2,
             "03-next-step-zoom-interview.eml": f3}
    lab = label([
        ivl("Arroyo Seco Unified School District", "Middle School Science Teacher (7th Grade)", screen,
            screen + timedelta(minutes=20), "scheduled", [mt[1]], [mt[1]], "phone_screen"),
        ivl("Arroyo Seco Unified School District", "Middle School Science Teacher (7th Grade)", zi, ze, "scheduled",
            [greg[1], lor[1]], [greg[1], lor[1]], "onsite")], "hard", "positive/two-interviews-dst",
        "Recruiter phone screen Thu Mar 5 3:30 PM PST (-08:00, 4:30 in Phoenix), confirmed in a quoted Outlook "
        "thread; then a Zoom interview Tue Mar 17 9:00 AM PDT (-07:00) with the principal and department chair "
        "after DST started Mar 8. Two separate interviews.")
    return slug, files, lab


@case
def c10():
    slug = "b242-10-gcal-api-self-created-phone-interview"
    iv = T(2026, 6, 2, 11, 30)
    end = T(2026, 6, 2, 12, 0)
    assert W(iv, "Tuesday")
    fb = "fbrandt@sonoranstem.example"
    ev = {
        "kind": "calendar#event",
        "etag": "\"3551902238114000\"",
        "id": "0v7d2lq9hs4k1mt6rbc3nxe8ga",
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=" + base64.urlsafe_b64encode(
            f"0v7d2lq9hs4k1mt6rbc3nxe8ga {OWNER}".encode()).decode().rstrip("="),
        "created": "2026-05-28T22:14:03.000Z",
        "updated": "2026-05-28T22:25:19.057Z",
        "summary": "Phone interview - Sonoran STEM Collegiate (Gr 7 Science)",
        "description": ("Dr. Felicia Brandt (Head of School) is calling my cell at 11:30 - she said plan on 30 min.\n"
                        "Posting: 7th Grade Science Teacher, 2026-27 (Tempe campus).\n"
                        f"Thank-you note afterwards -> {fb}\n\n"
                        "Ask about: robotics elective, lab budget, 1:1 Chromebooks, how PD works for new staff.\n"
                        "Have ready: water-quality project data, IVP card #, AZ cert #."),
        "creator": {"email": OWNER, "self": True},
        "organizer": {"email": OWNER, "self": True},
        "start": {"dateTime": iso(iv), "timeZone": "America/Phoenix"},
        "end": {"dateTime": iso(end), "timeZone": "America/Phoenix"},
        "iCalUID": "0v7d2lq9hs4k1mt6rbc3nxe8ga@google.com",
        "sequence": 0,
        "reminders": {"useDefault": False, "overrides": [{"method": "popup", "minutes": 20}]},
        "colorId": "11",
        "eventType": "default",
    }
    files = {"01-phone-interview-sonoran-stem.gcal.json": (json.dumps(ev, indent=2, ensure_ascii=False) + "\n").encode()}
    lab = label([ivl("Sonoran STEM Collegiate", "7th Grade Science Teacher", iv, end, "scheduled", [fb], [fb],
                     "hiring_manager")], "hard", "positive/gcal-api-self-note",
                "Calendar API event the owner created herself (no attendees): the head of school calls her at 11:30 "
                "MST; her e-mail appears only in the description and she conducts the interview.")
    return slug, files, lab


@case
def c11():
    slug = "b242-11-forwarded-denver-confirmation-mst"
    rach = ("Rachel Dominguez", "rdominguez@spps.example")
    kw = ("Kwame Ashby-Rhodes", "kashbyrhodes@spps.example")
    sent = T(2026, 11, 6, 15, 58, 0, tz=DEN)
    date = T(2026, 11, 6, 16, 22, 5)
    iv = T(2026, 11, 12, 16, 15, tz=DEN)
    end = T(2026, 11, 12, 17, 0, tz=DEN)
    assert W(iv, "Thursday") and W(sent, "Friday") and iv.utcoffset() == timedelta(hours=-7)
    assert sent.astimezone(PHX).hour == 15 and sent.astimezone(PHX).minute == 58
    inner = f"""Hi Leah,

Thank you for confirming. This email confirms your virtual interview with Principal Kwame Ashby-Rhodes of Lodgepole Middle School:

{long_date(iv)}
4:15 - 5:00 PM Mountain Time
Google Meet: https://meet.google.com/kpw-rtcz-hmd

The position is a mid-year 7th/8th grade science vacancy beginning January 6, 2027. Please have your Arizona certificate handy; Kwame will save a few minutes at the end to talk through Colorado licensure by endorsement.

If anything changes, you can reach me at this address or 720-555-0124. Kwame is copied here as well.

Best,
Rachel

Rachel Dominguez
Talent Acquisition Partner | Human Resources
South Platte Public Schools"""
    t = f"""Saving this to my personal email. (Denver is off daylight time now, so 4:15 there = 4:15 here!)

Leah

________________________________
From: Rachel Dominguez <{rach[1]}>
Sent: Friday, November 6, 2026 3:58 PM
To: Leah Castellanos <{WORK}>
Cc: Kwame Ashby-Rhodes <{kw[1]}>
Subject: Interview Confirmation - Middle School Science (Mid-Year) - South Platte Public Schools

{inner}
"""
    f1 = message([("Delivered-To", OWNER)] + received(date, "NAM10-MW2-obe.outbound.protection.outlook.com", "40.107.94.83") + [
        ("Return-Path", f"<{WORK}>"), ("From", addr(OWNER_NAME, WORK)), ("To", addr("Leah Castellanos", OWNER)),
        ("Subject", "Fwd: Interview Confirmation - Middle School Science (Mid-Year) - South Platte Public Schools"),
        ("Thread-Topic", "Interview Confirmation - Middle School Science (Mid-Year) - South Platte Public Schools"),
        ("Thread-Index", b64id("c11ti", 22) + "==" + b64id("c11t2", 8)), ("Date", rfc(date)),
        ("Message-ID", outlook_msgid("c11m")), ("Accept-Language", "en-US"), ("Content-Language", "en-US"),
        ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")],
        multipart("alternative", "_000_" + hid("c11alt", 30).upper() + "namprd", [
            part('text/plain; charset="us-ascii"', t, "quoted-printable"),
            part('text/html; charset="us-ascii"', text_to_html(t, "outlook"), "quoted-printable")]))
    files = {"01-fwd-interview-confirmation-south-platte.eml": f1}
    lab = label([ivl("South Platte Public Schools", "Middle School Science Teacher (Mid-Year)", iv, end, "scheduled",
                     [kw[1]], [kw[1]], "hiring_manager")], "medium", "positive/forwarded-confirmation",
                "Owner forwards the confirmation from her school account to her personal one. 'Mountain Time' on "
                "Nov 12 is MST (-07:00) after the Nov 1 fall-back. Recruiter only confirms; the principal interviews.")
    return slug, files, lab


@case
def c12():
    slug = "b242-12-outlook-pacific-panel-after-fall-back"
    date = T(2026, 10, 29, 16, 41, 19, tz=LA)
    iv = T(2026, 11, 2, 15, 30, tz=LA)
    end = T(2026, 11, 2, 16, 30, tz=LA)
    assert W(date, "Thursday") and W(iv, "Monday") and iv.utcoffset() == timedelta(hours=-8)
    assert date.utcoffset() == timedelta(hours=-7) and iv.astimezone(PHX).hour == 16
    san = ("Sandra Ruiz-Patel", "sruizpatel@icusd.example")
    hv = ("Harold Voss", "hvoss@icusd.example")
    mc = ("Mei-Ling Carvajal", "mcarvajal@icusd.example")
    bo = ("Brent Olafsson", "bolafsson@icusd.example")
    body = f"""Hello Leah,

You are invited to a panel interview for the Science Teacher - Middle School (Grade 8) position at Orange Terrace Middle School, Inland Citrus Unified School District.

Panel:
Harold Voss, Principal
Mei-Ling Carvajal, Secondary Science TOSA
Brent Olafsson, 8th Grade Science Teacher

Please note that California returns to standard time this Sunday, November 1. The interview is at 3:30 PM Pacific on Monday, which will be 4:30 PM in Arizona.

The interview is one hour and includes 15 minutes for a short teaching scenario; no materials are needed. Please accept this invitation so the panel knows you are confirmed, and contact me if you have any trouble joining.

Sandra Ruiz-Patel
HR Technician - Certificated
Inland Citrus Unified School District
(951) 555-0109"""
    f1 = outlook_request(subject="Panel Interview - Grade 8 Science - Orange Terrace MS - L. Castellanos",
                         organizer=san, to_list=[(OWNER_NAME, OWNER), hv, mc, bo], date=date,
                         tzid="Pacific Standard Time", start=iv, end=end, location="Microsoft Teams Meeting", body=body,
                         uid_seed="c12uid", attendees=[(OWNER_NAME, OWNER, "NEEDS-ACTION"), (hv[0], hv[1], "ACCEPTED"),
                                                       (mc[0], mc[1], "ACCEPTED"), (bo[0], bo[1], "NEEDS-ACTION")],
                         teams=True, seed="c12")
    files = {"01-panel-interview-orange-terrace.eml": f1}
    ivs = [hv[1], mc[1], bo[1]]
    lab = label([ivl("Inland Citrus Unified School District", "Science Teacher - Middle School (Grade 8)", iv, end,
                     "scheduled", ivs, ivs, "onsite")], "hard", "positive/outlook-pacific-dst-end",
                "Sent Oct 29 (PDT, -0700 Date header) for Mon Nov 2 3:30 PM 'Pacific Standard Time' -> -08:00 after "
                "the Nov 1 fall-back (4:30 PM in Phoenix). HR technician organizes; three panelists interview.")
    return slug, files, lab


@case
def c13():
    slug = "b242-13-calendly-talent-screen-arizona-time"
    date = T(2026, 7, 9, 14, 27, 51, tz=UTC)
    iv = T(2026, 7, 13, 10, 0)
    end = T(2026, 7, 13, 10, 30)
    assert W(iv, "Monday") and iv.astimezone(UTC).hour == 17
    ctime = lambda dt: f"{int(dt.strftime('%I'))}:{dt:%M}{dt:%p}".lower()
    jw = ("Jasmine Whitaker", "jwhitaker@desertsage.example")
    inv_id = "F" + hid("c13inv", 15, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
    text = f"""Hi Leah Castellanos,

Your Science Teacher Phone Screen with Jasmine Whitaker at {ctime(iv)} (Arizona Time) on {long_date(iv)} is scheduled.

Event Name:
Science Teacher Phone Screen (30 min)

Event Date/Time:
{ctime(iv)} - {ctime(end)} (Arizona Time) {long_date(iv)}

Location:
Jasmine will call you at +1 602-555-0148

Invitee Time Zone:
Arizona Time

Questions:
Which Desert Sage campus(es) interest you?
Desert Sage Gilbert or Desert Sage Chandler (middle school science)

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/{inv_id}
Reschedule: https://calendly.com/reschedulings/{inv_id}

Powered by Calendly.com
"""
    ics = ics_doc(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Calendly//EN", "CALSCALE:GREGORIAN", "METHOD:REQUEST",
                   "BEGIN:VEVENT", f"DTSTAMP:{zstamp(date)}", f"UID:{inv_id.lower()}@calendly.com",
                   f"DTSTART:{zstamp(iv)}", f"DTEND:{zstamp(end)}",
                   "SUMMARY:Leah Castellanos and Jasmine Whitaker",
                   f"DESCRIPTION:Event Name: Science Teacher Phone Screen (30 min)\\n\\nLocation: Jasmine will call "
                   f"you at +1 602-555-0148\\n\\nNeed to make changes to this event?\\nCancel: "
                   f"https://calendly.com/cancellations/{inv_id}\\nReschedule: https://calendly.com/reschedulings/{inv_id}",
                   "LOCATION:+1 602-555-0148", f"ORGANIZER;CN={jw[0]}:mailto:{jw[1]}",
                   attendee(OWNER_NAME, OWNER, "NEEDS-ACTION"), "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT",
                   "END:VCALENDAR"])
    body = multipart("mixed", "--==_mimepart_" + hid("c13mix", 24), [
        multipart("alternative", "--==_mimepart_" + hid("c13alt", 24), [
            part("text/plain; charset=UTF-8", text, "7bit"),
            part("text/html; charset=UTF-8", text_to_html(text, "ats"), "quoted-printable")]).rstrip("\n"),
        part('text/calendar; charset=UTF-8; method=REQUEST; name=invite.ics', ics, "base64",
             ["Content-Disposition: attachment; filename=invite.ics"])])
    f1 = message([("Delivered-To", OWNER)] + received(date, "o1.ptr8461.calendly.com", "198.51.100.141") + [
        ("Return-Path", "<bounces+5170391-0fa2-leah.castellanos=example.com@calendly.com>"),
        ("Date", rfc(date).replace("-0000", "+0000")), ("From", "Calendly <notifications@calendly.com>"),
        ("Reply-To", addr(*jw)), ("To", OWNER),
        ("Message-ID", f"<{hid('c13mid', 24)}_{hid('c13m2', 6)}@calendly.com>"),
        ("Subject", f"Confirmed: Science Teacher Phone Screen with Jasmine Whitaker on {long_date(iv)}")], body)
    files = {"01-calendly-confirmed-phone-screen.eml": f1}
    lab = label([ivl("Desert Sage Classical Academies", "Science Teacher", iv, end, "scheduled", [jw[1]], [jw[1]],
                     "phone_screen")], "medium", "positive/calendly-booking",
                "Calendly booking confirmation (notifications@ sender, Date in UTC, .ics in UTC): 10:00 Arizona Time "
                "= 17:00Z. The talent manager (Reply-To, ORGANIZER) calls the owner.")
    return slug, files, lab


# ============================================================================= NEGATIVES
AUTO_FWD = [("X-Forwarded-To", OWNER), ("X-Forwarded-For", f"{WORK} {OWNER}")]


@case
def c14():
    slug = "b242-14-parent-teacher-conference-invite"
    tr = ("Tanya Robledo", "tanya.robledo@mailbox.example")
    er = ("Esteban Robledo", "e.robledo@mailbox.example")
    conf = T(2026, 2, 12, 15, 45)
    assert W(conf, "Thursday")
    d1 = T(2026, 2, 10, 19, 8, 44)
    t_owner = """Hi Mrs. Robledo,

Thanks for reaching out. Jayden has been doing great in labs, but he's missing three assignments from our density unit, which is what pulled his grade down to a C. I'd be happy to meet and make a plan. I'm free Thursday after school at 3:45 in room 214, or Friday morning at 7:20 before first period.

Ms. Castellanos
7th Grade Science, Desert Willow Middle School"""
    t1 = f"""Thank you Ms. Castellanos, Thursday at 3:45 works for my husband and me. I'm sending a calendar invite so we don't forget. Jayden will come too.

Tanya

On Tue, Feb 10, 2026 at 2:31 PM Leah Castellanos <{WORK}> wrote:

{quote(t_owner)}
"""
    m1 = gmail_msgid("c14m1")
    f1 = message([("Delivered-To", OWNER)] + AUTO_FWD + received(d1, "mail-sor-f65.google.com", "209.85.220.65") + [
        ("Return-Path", f"<{tr[1]}>"), ("From", addr(*tr)), ("Date", rfc(d1)), ("Message-ID", m1),
        ("In-Reply-To", gmail_msgid("c14own")), ("References", f"{gmail_msgid('c14p0')} {gmail_msgid('c14own')}"),
        ("Subject", "Re: Jayden's science grade"), ("To", addr(OWNER_NAME, WORK))],
        multipart("alternative", "0000000000" + hid("c14b", 14), [
            part('text/plain; charset="UTF-8"', t1, "7bit"),
            part('text/html; charset="UTF-8"', text_to_html(t1), "quoted-printable")]))
    f2 = google_invite(title="Parent-Teacher Conference - Jayden Robledo (Science)", start=conf,
                       end=conf + timedelta(minutes=30), tzlabel="Mountain Standard Time - Phoenix", organizer=tr,
                       guests=[(tr[0], tr[1], "ACCEPTED"), (er[0], er[1], "ACCEPTED"), (WORK, WORK, "NEEDS-ACTION")],
                       description="Meeting with Ms. Castellanos about Jayden's missing density assignments and a plan "
                                   "to bring his grade up.", location="Desert Willow Middle School, Room 214",
                       uid="2hb6mz0q8rkx4v1tn9cd3wf7sl@google.com", date=T(2026, 2, 10, 19, 12, 2),
                       created=T(2026, 2, 10, 19, 11, 40), seed="c14g", to=WORK, delivered_to=OWNER)
    files = {"01-re-jaydens-science-grade.eml": f1, "02-invitation-parent-teacher-conference.eml": f2}
    lab = label([], "medium", "negative/parent-teacher-conference",
                "Parent thread plus a Google Calendar invite for a parent-teacher conference where the owner is the "
                "teacher; auto-forwarded from her school account. Not a hiring process.")
    return slug, files, lab


@case
def c15():
    slug = "b242-15-iep-annual-review-outlook"
    rc = ("Renee Castillo-Marsh", "rcastillomarsh@chesd.example")
    ap = ("Victor Almanza", "valmanza@chesd.example")
    psy = ("Grace Ahn", "gahn@chesd.example")
    date = T(2026, 3, 16, 14, 3, 27)
    s = T(2026, 3, 24, 7, 30)
    e = T(2026, 3, 24, 8, 15)
    assert W(s, "Tuesday") and W(date, "Monday")
    body = """Good afternoon team,

This is the annual IEP review meeting for M.T. (Grade 7). The parent has confirmed attendance in person.

General education teachers: please complete the General Education Teacher Input form in the IEP portal by Friday. Ms. Ahn will share the results of the student interview and the transition/interest inventory at the meeting, and we will review progress on the reading and self-advocacy goals and the accommodations used in science labs (extended time, copy of notes, preferential seating).

As always, this document and meeting content are confidential.

Renee Castillo-Marsh
Special Education Coordinator
Desert Willow Middle School | Camelback Heights ESD"""
    f1 = outlook_request(subject="Annual IEP Review - M.T. (Gr. 7)", organizer=rc,
                         to_list=[(OWNER_NAME, WORK), ap, psy], date=date, tzid="US Mountain Standard Time", start=s,
                         end=e, location="Desert Willow MS - Conference Room 103", body=body, uid_seed="c15uid",
                         attendees=[(OWNER_NAME, WORK, "NEEDS-ACTION"), (ap[0], ap[1], "ACCEPTED"),
                                    (psy[0], psy[1], "ACCEPTED")], seed="c15", extra_headers=AUTO_FWD)
    files = {"01-annual-iep-review-invite.eml": f1}
    lab = label([], "medium", "negative/iep-meeting",
                "Exchange invite ('US Mountain Standard Time') for an IEP meeting at the owner's current school; "
                "mentions a 'student interview' but the owner is the general education teacher, not a candidate.")
    return slug, files, lab


@case
def c16():
    slug = "b242-16-pd-day-frontline-professional-growth"
    s = T(2026, 3, 27, 8, 0)
    e = T(2026, 3, 27, 15, 0)
    assert W(s, "Friday")
    desc = f"""Registration confirmed for: {long_date(s)} - District Professional Development Day (No Students)
Secondary Science strand - Desert Willow MS Library and Room 108

8:00 - 8:30 Check-in and breakfast
8:30 - 10:00 Keynote: Phenomena-based science for every learner
10:15 - 11:45 Session A: "Interviewing the Phenomenon" - structuring student discourse and claim-evidence-reasoning
11:45 - 12:45 Lunch on your own
12:45 - 1:30 Optional: Interview committee training (HR) - required for staff who will serve on 2026-27 hiring panels
1:30 - 3:00 Department collaboration time

Credit: 6.0 PD hours toward certificate renewal. Please complete the evaluation in Frontline Professional Growth to receive credit."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Frontline Education//Professional Growth//EN",
             "METHOD:PUBLISH", "X-WR-CALNAME:Frontline Professional Growth"]
    lines += VTZ["America/Phoenix"]
    lines += ["BEGIN:VEVENT", f"UID:pg-activity-{hid('c16uid', 7, '0123456789')}-section-2@frontlineeducation.com",
              f"DTSTAMP:{zstamp(T(2026, 3, 2, 16, 20, 5))}", f"DTSTART;TZID=America/Phoenix:{loc(s)}",
              f"DTEND;TZID=America/Phoenix:{loc(e)}",
              "SUMMARY:PD Day - Secondary Science Strand (Camelback Heights ESD)",
              f"DESCRIPTION:{ics_escape(desc)}",
              "LOCATION:Desert Willow Middle School Library\\, 4100 E Desert Willow Dr\\, Phoenix AZ 85032",
              "ORGANIZER;CN=CHESD Professional Learning:mailto:proflearning@chesd.example",
              attendee(OWNER_NAME, OWNER, "ACCEPTED", rsvp="FALSE"), "STATUS:CONFIRMED", "SEQUENCE:0",
              "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    files = {"01-pd-day-secondary-science.ics": ics_doc(lines).encode("utf-8")}
    lab = label([], "hard", "negative/professional-development",
                "Standalone .ics for a professional-development day; mentions 'Interviewing the Phenomenon' and an "
                "optional interview-committee training for staff who will sit on hiring panels.")
    return slug, files, lab


@case
def c17():
    slug = "b242-17-frontline-absence-substitute-assigned"
    date = T(2026, 3, 19, 18, 2, 44)
    day = T(2026, 3, 25, 7, 35)
    dend = T(2026, 3, 25, 15, 5)
    assert W(day, "Wednesday") and W(date, "Thursday")
    conf = "882134716"
    text = f"""Leah Castellanos,

A substitute has been assigned to your absence.

Confirmation #: {conf}
Job #: 4471028
Date: {W(day, "Wednesday")}, {day.month}/{day.day}/{day.year}
Time: {hm(day)} - {hm(dend)}
Duration: Full Day
Reason: Personal Business
Location: Desert Willow Middle School

Substitute: Carla Beltran
Substitute Phone: (480) 555-0193

Notes to Substitute:
Lesson plans are in the red sub folder on my desk. 3rd period has a density column lab - NO open flames, goggles on the whole time. Seating charts are in the front of the folder. Ask Mr. Okonkwo next door (room 216) if anything comes up.

Attachments: 2 files

To view or change this absence, log in at https://login.frontlineeducation.com or call 1-800-942-3767.

Frontline Absence Management
Please do not reply to this automated e-mail.
"""
    ics = ics_doc(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Frontline Education//Absence Management//EN",
                   "METHOD:PUBLISH", "BEGIN:VEVENT", f"UID:absence-{conf}@frontlineeducation.com",
                   f"DTSTAMP:{zstamp(date)}", f"DTSTART:{zstamp(day)}", f"DTEND:{zstamp(dend)}",
                   "SUMMARY:Absence - Personal Business (Sub: Carla Beltran)",
                   f"DESCRIPTION:Confirmation #{conf}. Substitute Carla Beltran assigned.",
                   "LOCATION:Desert Willow Middle School", "END:VEVENT", "END:VCALENDAR"])
    body = multipart("mixed", "----=_Part_" + hid("c17mix", 12, "0123456789"), [
        multipart("alternative", "----=_Part_" + hid("c17alt", 12, "0123456789"), [
            part("text/plain; charset=UTF-8", text, "quoted-printable"),
            part("text/html; charset=UTF-8", text_to_html(text, "ats"), "quoted-printable")]).rstrip("\n"),
        part('text/calendar; charset=UTF-8; name="Absence.ics"', ics, "base64",
             ['Content-Disposition: attachment; filename="Absence.ics"'])])
    f1 = message([("Delivered-To", OWNER)] + AUTO_FWD + received(date, "mta-07.frontlineeducation.com", "198.51.100.205") + [
        ("Return-Path", "<noreply@frontlineeducation.com>"),
        ("From", addr("Frontline Absence Management", "noreply@frontlineeducation.com")),
        ("To", addr(OWNER_NAME, WORK)),
        ("Subject", f"Substitute Assigned - Confirmation #{conf} - {day.month}/{day.day}/{day.year}"),
        ("Date", rfc(date)), ("Message-ID", f"<{hid('c17mid', 20)}.{conf}@frontlineeducation.com>")], body)
    files = {"01-frontline-substitute-assigned.eml": f1}
    lab = label([], "medium", "negative/substitute-assignment",
                "Frontline Absence Management notice that a substitute 'job' was filled for the owner's own absence "
                "(Personal Business); has a .ics and 'job' vocabulary but no interview.")
    return slug, files, lab


@case
def c18():
    slug = "b242-18-district-teacher-job-fair"
    date = T(2026, 2, 18, 9, 0, 12)
    s = T(2026, 2, 28, 9, 0)
    e = T(2026, 2, 28, 12, 0)
    assert W(s, "Saturday") and W(date, "Wednesday")
    text = f"""Hi Leah,

You're registered for the Cactus Wren Unified School District Spring Teacher Job Fair!

When: {long_date(s)}, {hm(s)} - {hm(e)}
Where: Cactus Wren High School, Main Gym, 8801 W. Thunderbird Rd, Peoria, AZ
Registration #: CWJF-2026-0613

What to expect:
- Principals from all 34 schools will be conducting on-the-spot interviews at their school tables. Interviews are first come, first served; there are no appointments.
- Bring several copies of your resume and your Arizona certificate (or proof of eligibility).
- Qualified candidates may receive a conditional Intent to Hire on site for 2026-27 positions.
- Hard-to-fill areas this year: middle school science, math, and special education.

Please complete your online application in AppliTrack before the fair if you haven't already.

We look forward to meeting you!

CWUSD Human Resources - Recruitment Team
hrrecruitment@cwusd.example | (623) 555-0100
"""
    ics = ics_doc(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//CWUSD HR//Event Registration//EN", "METHOD:PUBLISH"]
                  + VTZ["America/Phoenix"] +
                  ["BEGIN:VEVENT", "UID:cwusd-jobfair-spring-2026-0613@cwusd.example",
                   f"DTSTAMP:{zstamp(date)}", f"DTSTART;TZID=America/Phoenix:{loc(s)}",
                   f"DTEND;TZID=America/Phoenix:{loc(e)}", "SUMMARY:CWUSD Spring Teacher Job Fair",
                   "DESCRIPTION:On-the-spot interviews with principals. Bring resumes.",
                   "LOCATION:Cactus Wren High School Main Gym\\, 8801 W. Thunderbird Rd\\, Peoria\\, AZ",
                   "ORGANIZER;CN=CWUSD Human Resources:mailto:hrrecruitment@cwusd.example", "STATUS:CONFIRMED",
                   "END:VEVENT", "END:VCALENDAR"])
    body = multipart("mixed", "b1_" + hid("c18mix", 32), [
        multipart("alternative", "b2_" + hid("c18alt", 32), [
            part("text/plain; charset=us-ascii", text, "7bit"),
            part("text/html; charset=us-ascii", text_to_html(text, "ats"), "quoted-printable")]).rstrip("\n"),
        part('text/calendar; charset=us-ascii; name="CWUSD_Job_Fair.ics"', ics, "base64",
             ['Content-Disposition: attachment; filename="CWUSD_Job_Fair.ics"'])])
    f1 = message([("Delivered-To", OWNER)] + received(date, "mail.cwusd.example", "203.0.113.40") + [
        ("Return-Path", "<hrrecruitment@cwusd.example>"),
        ("From", addr("CWUSD Human Resources", "hrrecruitment@cwusd.example")), ("To", OWNER),
        ("Subject", f"You're registered: CWUSD Spring Teacher Job Fair - {W(s, 'Saturday')}, February 28"),
        ("Date", rfc(date)), ("Message-ID", f"<{hid('c18mid', 16)}@mail.cwusd.example>")], body)
    files = {"01-job-fair-registration.eml": f1}
    lab = label([], "hard", "negative/job-fair",
                "District job fair registration with .ics: 'on-the-spot interviews' are walk-up with no appointment, "
                "i.e. a career fair, not a scheduled interview.")
    return slug, files, lab


@case
def c19():
    slug = "b242-19-owner-on-hiring-panel"
    yp = ("Dr. Yolanda Pettigrew", "ypettigrew@chesd.example")
    ap = ("Victor Almanza", "valmanza@chesd.example")
    cn = ("Erica Lindqvist", "elindqvist@chesd.example")
    date = T(2026, 4, 13, 12, 10, 5)
    s = T(2026, 4, 16, 13, 0)
    e = T(2026, 4, 16, 15, 30)
    assert W(s, "Thursday") and W(date, "Monday")
    body = """Hi all,

Thank you for agreeing to sit on the interview panel for our 6th grade science opening. We'll see three candidates in the library conference room:

1:00 - J. Morales
1:50 - T. Nakamura-Reyes
2:40 - A. Whitfield

The interview questions and scoring rubric are in the shared Hiring 2026-27 folder. Please score independently and we'll debrief after the last candidate. Leah, can you take question 4 (the lab safety scenario) and the follow-up on differentiation? Sub coverage for your 6th period has been arranged in Frontline.

Please keep candidate names and materials confidential.

Yolanda

Dr. Yolanda Pettigrew
Principal, Desert Willow Middle School"""
    f1 = outlook_request(subject="Interview Panel - 6th Grade Science Candidates", organizer=yp,
                         to_list=[(OWNER_NAME, WORK), ap, cn], date=date, tzid="US Mountain Standard Time", start=s,
                         end=e, location="Desert Willow MS Library Conference Room", body=body, uid_seed="c19uid",
                         attendees=[(OWNER_NAME, WORK, "NEEDS-ACTION"), (ap[0], ap[1], "ACCEPTED"),
                                    (cn[0], cn[1], "ACCEPTED")], seed="c19", extra_headers=AUTO_FWD)
    files = {"01-interview-panel-6th-science.eml": f1}
    lab = label([], "hard", "negative/user-is-interviewer",
                "Her own principal invites her to sit on the hiring panel for a new 6th grade science teacher; the "
                "owner interviews candidates, she is not the candidate.")
    return slug, files, lab


@case
def c20():
    slug = "b242-20-spark-hire-one-way-video"
    date = T(2026, 6, 1, 15, 16, 40, tz=UTC)
    due = T(2026, 6, 5, 23, 59)
    assert W(due, "Friday")
    link = "https://app.sparkhire.com/interview/" + hid("c20link", 24)
    text = f"""Hi Leah,

Ironwood Leadership Academies has invited you to complete a one-way video interview for the Middle School Science Teacher position.

This interview has 5 questions. For each question you will have 30 seconds to think and up to 2 minutes to record your answer. You can practice before you begin, and there is no live interviewer - the hiring team will review your responses afterwards.

Please complete your interview by {long_date(due)} at 11:59 PM (MST).

Start your interview: {link}

Tips: use a laptop with a webcam, find a quiet well-lit room, and test your microphone first.

Questions about the position? Contact careers@ironwoodacademies.example.

Good luck!
The Spark Hire Team on behalf of Ironwood Leadership Academies
"""
    body = multipart("alternative", hid("c20alt", 28), [
        part("text/plain; charset=utf-8", text, "quoted-printable"),
        part("text/html; charset=utf-8", text_to_html(text, "ats"), "quoted-printable")])
    f1 = message([("Delivered-To", OWNER)] + received(date, "o5.email.sparkhire.com", "198.51.100.166") + [
        ("Return-Path", "<bounces+1184520-7c1e@email.sparkhire.com>"),
        ("From", addr("Ironwood Leadership Academies via Spark Hire", "noreply@sparkhire.com")),
        ("Reply-To", "careers@ironwoodacademies.example"), ("To", OWNER),
        ("Subject", "Ironwood Leadership Academies has invited you to a one-way video interview"),
        ("Date", rfc(date).replace("-0000", "+0000")),
        ("Message-ID", f"<{hid('c20mid', 22)}@geopod-ismtpd-12>")], body)
    files = {"01-spark-hire-one-way-video-invite.eml": f1}
    lab = label([], "medium", "negative/one-way-video",
                "One-way (asynchronous) video interview with a completion deadline; no live conversation, so not an "
                "interview per the rules.")
    return slug, files, lab


@case
def c21():
    slug = "b242-21-principal-availability-request-unbooked"
    cv = ("Carmen Villase\u00f1or", "cvillasenor@chaparralvalley.example")
    d1 = T(2026, 3, 19, 20, 31, 9, tz=LA)
    o1 = T(2026, 3, 24, 15, 45, tz=LA)
    o2 = T(2026, 3, 25, 7, 30, tz=LA)
    assert W(d1, "Thursday") and W(o1, "Tuesday") and W(o2, "Wednesday")
    t1 = f"""Hi Leah,

Thanks for applying for the 6th grade science position at Canyon Oaks Middle School. Are you available for a Zoom interview next week? I could do Tues 3/24 at 3:45 or Wed 3/25 at 7:30 am (Pacific). Let me know what works and I\u2019ll send a link.

Carmen Villase\u00f1or
Principal, Canyon Oaks MS
Chaparral Valley Unified

Sent from my iPhone"""
    t_own = """Hi Ms. Villase\u00f1or,

Thank you! Either of those works for me. Tuesday at 3:45 Pacific would be ideal since I'm done teaching by then, but I can make Wednesday morning work too.

Leah"""
    d2 = T(2026, 3, 20, 7, 10, 33, tz=LA)
    t2 = f"""Great, thank you. I\u2019m waiting to hear back from my AP on which day he can join, so let me get back to you to confirm the day and I\u2019ll send the Zoom link then.

Carmen

Sent from my iPhone

On Mar 19, 2026, at 9:02\u202fPM, Leah Castellanos <{OWNER}> wrote:

{quote(t_own)}
>
> On Mar 19, 2026, at 8:31\u202fPM, Carmen Villase\u00f1or <{cv[1]}> wrote:
>
{quote(t1, "> > ")}
"""
    dom = "chaparralvalley.example"
    m1, m_own, m2 = iphone_msgid("c21m1", dom), gmail_msgid("c21own"), iphone_msgid("c21m2", dom)
    f1 = message([("Delivered-To", OWNER)] + received(d1, "mail-oi1-f180.google.com", "209.85.167.180") + [
        ("Return-Path", f"<{cv[1]}>"), ("From", addr(*cv)), ("Date", rfc(d1)),
        ("Subject", "6th grade science - Canyon Oaks"), ("Message-Id", m1), ("To", OWNER),
        ("X-Mailer", "iPhone Mail (23D60)")], part("text/plain; charset=utf-8", t1, "quoted-printable"))
    f2 = message([("Delivered-To", OWNER)] + received(d2, "mail-oi1-f181.google.com", "209.85.167.181") + [
        ("Return-Path", f"<{cv[1]}>"), ("From", addr(*cv)), ("Date", rfc(d2)),
        ("Subject", "Re: 6th grade science - Canyon Oaks"), ("Message-Id", m2), ("In-Reply-To", m_own),
        ("References", f"{m1} {m_own}"), ("To", addr(OWNER_NAME, OWNER)), ("X-Mailer", "iPhone Mail (23D60)")],
        part("text/plain; charset=utf-8", t2, "quoted-printable"))
    files = {"01-principal-are-you-available.eml": f1, "02-re-will-confirm-day.eml": f2}
    lab = label([], "hard", "negative/availability-request",
                "Principal offers two possible slots, the owner says either works (prefers Tuesday), and the principal "
                "explicitly says she will confirm the day later. Nothing is booked in the case.")
    return slug, files, lab


@case
def c22():
    slug = "b242-22-tv-news-interview-request"
    af = ("Alicia Fairweather", "afairweather@chesd.example")
    yp = ("Dr. Yolanda Pettigrew", "ypettigrew@chesd.example")
    date = T(2026, 4, 20, 10, 5, 48)
    s = T(2026, 4, 23, 10, 30)
    e = T(2026, 4, 23, 11, 15)
    assert W(s, "Thursday") and W(date, "Monday")
    body = """Hi Leah,

Great news: Valley 7 News saw our district post about your students' canal water-quality project and would like to interview you and two of your students on camera for their "Class Act" segment. Reporter Devin Marsh and a photographer will come to your classroom on Thursday.

Before Thursday, please:
- Pick two students who have current photo/media releases on file (the front office can check).
- Have the water sampling kits and the data posters out if possible.

The interview itself takes about 20 minutes, then they'd like some b-roll of students testing samples. I'll be there the whole time. Dr. Pettigrew is copied and has approved.

Thanks for making us look good!

Alicia Fairweather
Communications & Public Information Officer
Camelback Heights Elementary School District"""
    f1 = outlook_request(subject="Media: Valley 7 News interview - canal water-quality project", organizer=af,
                         to_list=[(OWNER_NAME, WORK)], cc_list=[yp], date=date, tzid="US Mountain Standard Time",
                         start=s, end=e, location="Desert Willow MS - Room 214", body=body, uid_seed="c22uid",
                         attendees=[(OWNER_NAME, WORK, "NEEDS-ACTION"),
                                    (yp[0], yp[1], "ACCEPTED", "OPT-PARTICIPANT")], seed="c22",
                         extra_headers=AUTO_FWD)
    files = {"01-media-interview-valley7.eml": f1}
    lab = label([], "medium", "negative/press-interview",
                "District communications invite for a TV news interview about the owner's class project; a press "
                "interview, not a hiring step.")
    return slug, files, lab


# ============================================================================= README + driver
README_HEAD = "# blind242: Arizona science teacher vs. California and Denver clocks (written blind)\n"


def readme(labels):
    n = len(labels)
    pos = sum(1 for v in labels.values() if v["interview"])
    ivs = [i for v in labels.values() for i in v["interviews"]]
    sch = sum(1 for i in ivs if i["status"] == "scheduled")
    can = sum(1 for i in ivs if i["status"] == "cancelled")
    rows = "\n".join(f"| {k} | {v['category']} | {v['difficulty']} | {len(v['interviews'])} |" for k, v in labels.items())
    return README_HEAD + f"""
**Owner:** Leah Castellanos (`{OWNER}`), a 7th grade science teacher at a middle school in Phoenix,
Arizona (her school account `{WORK}` auto-forwards to the personal mailbox). She applies to
school districts and charter networks in Arizona, Southern California and Denver.

**What the set stresses**
- District/charter hiring mail: Frontline AppliTrack and PowerSchool TalentEd-style system mail from
  no-reply senders with a human Reply-To, Calendly and Spark Hire, principals writing from iPhones,
  Google Calendar invitations and Exchange/Teams meeting requests, a standalone Exchange `.ics` and a
  Google Calendar API event the owner created herself.
- Time zones: Phoenix is MST (UTC-7) all year. California is PST (UTC-8) until Mar 8 2026 and again from
  Nov 1 2026, PDT (UTC-7, same clock as Phoenix) in between. Denver is MDT (UTC-6) from Mar 8 to Nov 1 2026
  and MST (UTC-7, same clock as Phoenix) otherwise. Windows TZIDs: `US Mountain Standard Time` (Arizona,
  no DAYLIGHT block) vs `Mountain Standard Time` (Denver, with DST) vs `Pacific Standard Time`; Outlook
  "(UTC-07:00) Mountain Time" display labels in summer; Date headers in +0000 (Google, Calendly).
- DST points: screen Mar 5 (PST) and Zoom Mar 17 (PDT) in one case; Oct 30 interview still PDT;
  Nov 2 interview PST although the invite was sent under PDT; Denver May 5 (MDT) and Nov 12 (MST).
- Final state: a reschedule (e-mail + Google "Updated invitation", SEQUENCE 1), a cancellation by e-mail
  after a TalentEd confirmation, a demo lesson with students plus a panel on the same morning (one onsite),
  a case with two interviews, relative dates ("tomorrow at 3:45" sent at 9:47 PM).
- Look-alikes: parent-teacher conference, IEP meeting, PD day (.ics), Frontline Absence Management
  substitute assignment, district job fair with "on-the-spot interviews", the owner sitting on a hiring
  panel, a one-way video interview, an unbooked availability request, a TV news interview.

**Written blind:** the cases and labels were written from the brief and the corpus README only, without
reading the detector code, its tests or other evaluation sets. All people and organisations are invented
(`.example` domains); vendor senders keep their product domains.

**Counts:** {n} cases, {pos} positive, {n - pos} negative; {len(ivs)} labelled interviews
({sch} scheduled, {can} cancelled).

**Formats:** `.eml` (multipart/alternative and multipart/mixed, quoted-printable and base64 parts,
text/calendar parts and .ics attachments), standalone `.ics`, `.gcal.json` (Calendar API v3 event).

Regenerate with `python make_cases.py` (deterministic; standard library + PyYAML + zoneinfo).

| case | category | difficulty | interviews |
|---|---|---|---|
{rows}
"""


def main():
    for name in os.listdir(HERE):
        p = os.path.join(HERE, name)
        if name.startswith("b242-") and os.path.isdir(p):
            shutil.rmtree(p)
    labels = {}
    for i, fn in enumerate(CASES, 1):
        slug, files, lab = fn()
        assert slug.startswith(f"b242-{i:02d}-"), slug
        os.makedirs(os.path.join(HERE, slug))
        for fname, data in sorted(files.items()):
            assert fname[:3] in {f"{k:02d}-" for k in range(1, 10)}, fname
            with open(os.path.join(HERE, slug, fname), "wb") as fh:
                fh.write(data if isinstance(data, bytes) else data.encode("utf-8"))
        labels[slug] = lab
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("# Labels for blind242 (written blind). Schema: /work/shared/eval/README.md\n")
        yaml.safe_dump(labels, fh, sort_keys=False, allow_unicode=True, width=100, default_flow_style=False)
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(readme(labels))
    print(f"wrote {len(labels)} cases to {HERE}")


if __name__ == "__main__":
    main()
