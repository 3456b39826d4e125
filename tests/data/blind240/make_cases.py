#!/usr/bin/env python3
"""Regenerate the blind240 evaluation set (case folders + labels.yaml) next to this file.

Theme: a Chicago-based registered dietitian / clinical nutrition manager job hunting with
hospital systems, senior-living operators and a meal-kit company.

Standard library + PyYAML + zoneinfo only.  Output is byte-identical on every run: every date,
Message-ID, MIME boundary and UID below is fixed or derived from fixed strings.
"""
import base64
import hashlib
import html
import json
import quopri
import shutil
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

OUT = Path(__file__).resolve().parent
CHI = ZoneInfo("America/Chicago")
DEN = ZoneInfo("America/Denver")
NYC = ZoneInfo("America/New_York")
UTC = timezone.utc

OWNER = "renata.kowalczyk@example.com"
OWNER_NAME = "Renata Kowalczyk"
OWNER_CELL = "(312) 555-0187"

CASES = []


def case(fn):
    CASES.append(fn)
    return fn


# ----------------------------------------------------------------------------------------------
# small helpers
# ----------------------------------------------------------------------------------------------
def T(y, mo, d, h, mi, tz, s=0):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


def h(s):
    return hashlib.sha1(s.encode()).hexdigest()


def wd(dt, name):
    assert dt.strftime("%A") == name, (dt, name)
    return name


def long_date(dt):  # Tuesday, October 20, 2026
    return f"{dt:%A}, {dt:%B} {dt.day}, {dt.year}"


def hm(dt):  # 1:00 PM
    return f"{dt.hour % 12 or 12}:{dt:%M} {'AM' if dt.hour < 12 else 'PM'}"


def gt(dt):  # Google style 11am / 1:30pm
    base = f"{dt.hour % 12 or 12}" + ("" if dt.minute == 0 else f":{dt:%M}")
    return base + ("am" if dt.hour < 12 else "pm")


def gdate(dt):  # Thu Oct 8, 2026
    return f"{dt:%a} {dt:%b} {dt.day}, {dt.year}"


def rfc(dt):
    return format_datetime(dt)


def zulu(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def local(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


def rfc3339z(dt):
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def enc_name(name):
    try:
        name.encode("ascii")
        return name
    except UnicodeEncodeError:
        return Header(name, "utf-8").encode()


def addr(name, email):
    return f"{enc_name(name)} <{email}>" if name else email


def ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line):
    if len(line.encode("utf-8")) <= 75:
        return line
    out, cur, n = [], "", 0
    for ch in line:
        ln = len(ch.encode("utf-8"))
        if n + ln > 75:
            out.append(cur)
            cur, n = " " + ch, 1 + ln
        else:
            cur += ch
            n += ln
    out.append(cur)
    return "\r\n".join(out)


def ics(lines):
    return "\r\n".join(fold(l) for l in lines) + "\r\n"


def olson_vtz(tzid, std, dst, stdname, dstname):
    return [
        "BEGIN:VTIMEZONE", f"TZID:{tzid}", f"X-LIC-LOCATION:{tzid}",
        "BEGIN:DAYLIGHT", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}", f"TZNAME:{dstname}",
        "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}", f"TZNAME:{stdname}",
        "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
        "END:VTIMEZONE",
    ]


def win_vtz(tzid, std, dst):
    return [
        "BEGIN:VTIMEZONE", f"TZID:{tzid}",
        "BEGIN:STANDARD", "DTSTART:16010101T020000", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT",
        "END:VTIMEZONE",
    ]


VTZ_CHI = olson_vtz("America/Chicago", "-0600", "-0500", "CST", "CDT")
VTZ_DEN = olson_vtz("America/Denver", "-0700", "-0600", "MST", "MDT")
WIN_CENTRAL = win_vtz("Central Standard Time", "-0600", "-0500")
WIN_MOUNTAIN = win_vtz("Mountain Standard Time", "-0700", "-0600")
WIN_LABEL = {
    "Central Standard Time": "(UTC-06:00) Central Time (US & Canada)",
    "Mountain Standard Time": "(UTC-07:00) Mountain Time (US & Canada)",
}


# ----------------------------------------------------------------------------------------------
# MIME building (LF line endings on disk, as in a Maildir)
# ----------------------------------------------------------------------------------------------
def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def leaf(ctype, body, cte, extra=()):
    if cte == "base64":
        payload = b64(body)
    elif cte == "quoted-printable":
        payload = qp(body)
    else:
        payload = body.replace("\r\n", "\n")
    hdr = f"Content-Type: {ctype}\n"
    for e in extra:
        hdr += e + "\n"
    hdr += f"Content-Transfer-Encoding: {cte}\n"
    if not payload.endswith("\n"):
        payload += "\n"
    return hdr + "\n" + payload


def multi(subtype, boundary, parts):
    s = f'Content-Type: multipart/{subtype}; boundary="{boundary}"\n\n'
    for p in parts:
        s += f"--{boundary}\n" + p.rstrip("\n") + "\n\n"
    s += f"--{boundary}--\n"
    return s


def message(headers, body):
    lines = []
    for k, v in headers:
        if v is None:
            continue
        lines.append(f"{k}: {v}")
    return "\n".join(lines) + "\nMIME-Version: 1.0\n" + body


def bnd(style, seed, n=0):
    x = h(f"{seed}/{n}")
    if style == "google":
        return "0000000000" + x[:16]
    if style == "outlook":
        return f"_00{n}_{x[:20].upper()}prodoutlookcom_"
    if style == "java":
        return f"----=_Part_{int(x[:6], 16)}_{int(x[6:14], 16)}.{1790000000000 + int(x[14:20], 16)}"
    if style == "apple":
        return f"Apple-Mail={x[:8].upper()}-{x[8:12].upper()}-{x[12:16].upper()}-{x[16:28].upper()}"
    return f"=_{x[:24]}"


def to_html(text, font="Arial,Helvetica,sans-serif"):
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        lines = [html.escape(l, quote=False) for l in p.split("\n")]
        out.append("<p>" + "<br>\n".join(lines) + "</p>")
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body><div style="font-family:{font};font-size:14px;line-height:1.4">\n'
            + "\n".join(out) + "\n</div></body></html>\n")


def received(host, ip, date, rid):
    return (f"from {host} ({host} [{ip}])\n        by mx.example.com with ESMTPS id {rid}\n"
            f"        for <{OWNER}>\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384);\n"
            f"        {rfc(date)}")


def std_email(headers, text, html_body=None, *, style="java", seed="", cal=None, attachments=(),
              text_cte="quoted-printable", html_cte="quoted-printable", text_ctype=None):
    """text/plain (+html) (+inline text/calendar) (+attachments)."""
    text_ctype = text_ctype or 'text/plain; charset="UTF-8"'
    parts = [leaf(text_ctype, text, text_cte)]
    if html_body is not None:
        parts.append(leaf('text/html; charset="UTF-8"', html_body, html_cte))
    if cal is not None:
        method, content, cte = cal
        parts.append(leaf(f'text/calendar; charset="UTF-8"; method={method}', content, cte))
    body = multi("alternative", bnd(style, seed, 1), parts) if len(parts) > 1 else parts[0]
    if attachments:
        mparts = [body]
        for ctype, fname, content in attachments:
            mparts.append(leaf(f'{ctype}; name="{fname}"', content, "base64",
                               extra=[f'Content-Disposition: attachment; filename="{fname}"']))
        body = multi("mixed", bnd(style, seed, 2), mparts)
    return message(headers, body)


# ----------------------------------------------------------------------------------------------
# vendor-shaped builders
# ----------------------------------------------------------------------------------------------
TEAMS_FOOTER = """________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{tid}%40thread.v2/0?context=%7b%22Tid%22%3a%22{ten}%22%2c%22Oid%22%3a%22{oid}%22%7d>
Meeting ID: {mid}
Passcode: {pc}
Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/?organizerId={oid}&tenantId={ten}>
________________________________________________________________________________"""


def teams_footer(seed):
    x = h("teams" + seed)
    digits = "".join(str(int(c, 16) % 10) for c in x[:12])
    ten = f"{x[0:8]}-{x[8:12]}-4{x[13:16]}-a{x[17:20]}-{x[20:32]}"
    oid = f"{x[3:11]}-{x[11:15]}-4{x[16:19]}-b{x[19:22]}-{x[22:34]}"
    return TEAMS_FOOTER.format(tid=base64.b64encode(bytes.fromhex(x[:30])).decode().replace("+", "A").replace("/", "B").rstrip("="),
                               ten=ten, oid=oid, mid=f"{digits[0:3]} {digits[3:6]} {digits[6:9]} {digits[9:12]}",
                               pc=x[30:36].upper().replace("0", "Q"))


def outlook_invite(*, seed, sent, organizer, required, optional=(), subject, start, end, win_tzid,
                   body, location="Microsoft Teams Meeting", teams=True, method="REQUEST", sequence=0,
                   uid=None, extra_headers=(), to_line=None, cc_line=None):
    """Exchange Online meeting request (multipart/alternative, base64 text/calendar)."""
    tz = start.tzinfo
    vtz = WIN_CENTRAL if win_tzid == "Central Standard Time" else WIN_MOUNTAIN
    when = f"When: {long_date(start)} {hm(start)}-{hm(end)} {WIN_LABEL[win_tzid]}."
    footer = teams_footer(seed) if teams else ""
    cancel = method == "CANCEL"
    text = f"{when}\nWhere: {location}\n\n*~*~*~*~*~*~*~*~*~*\n\n{body.rstrip()}\n\n" + (footer + "\n" if footer else "")
    uid = uid or ("040000008200E00074C5B7101A82E00800000000" + h("uid" + seed)[:32].upper()
                  + "10000000000000000100000000" + h("uid2" + seed)[:16].upper())
    cal = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
    cal += vtz
    cal += ["BEGIN:VEVENT", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    for n, e in required:
        cal.append(f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={n}:mailto:{e}")
    for n, e in optional:
        cal.append(f"ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={n}:mailto:{e}")
    cal += [
        "DESCRIPTION;LANGUAGE=en-US:" + ics_escape(text),
        f"UID:{uid}",
        f"SUMMARY;LANGUAGE=en-US:{ics_escape(subject)}",
        f"DTSTART;TZID={win_tzid}:{local(start.astimezone(tz))}",
        f"DTEND;TZID={win_tzid}:{local(end.astimezone(tz))}",
        "CLASS:PUBLIC", f"PRIORITY:{1 if cancel else 5}", f"DTSTAMP:{zulu(sent)}", "TRANSP:OPAQUE",
        f"STATUS:{'CANCELLED' if cancel else 'CONFIRMED'}", f"SEQUENCE:{sequence}",
        f"LOCATION;LANGUAGE=en-US:{ics_escape(location)}",
        f"X-MICROSOFT-CDO-APPT-SEQUENCE:{sequence}",
        f"X-MICROSOFT-CDO-OWNERAPPTID:{-(int(h('own' + seed)[:7], 16))}",
        f"X-MICROSOFT-CDO-BUSYSTATUS:{'FREE' if cancel else 'TENTATIVE'}",
        f"X-MICROSOFT-CDO-INTENDEDSTATUS:{'FREE' if cancel else 'BUSY'}",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", f"X-MICROSOFT-CDO-IMPORTANCE:{2 if cancel else 1}",
        "X-MICROSOFT-CDO-INSTTYPE:0",
    ]
    if teams and not cancel:
        url = footer.split("join the meeting<")[1].split(">")[0]
        cal.append(f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{url}")
        cal.append('X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}')
    cal += ["X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
            "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT",
            f"X-MICROSOFT-LOCATIONDISPLAYNAME:{ics_escape(location)}"]
    if not cancel:
        cal += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM"]
    cal += ["END:VEVENT", "END:VCALENDAR"]
    x = h("hdr" + seed)
    domain = organizer[1].split("@")[1]
    headers = [
        ("Delivered-To", OWNER),
        ("Received", received(f"mail-{x[:4]}.outbound.protection.outlook.com", f"40.107.{int(x[4:6],16)}.{int(x[6:8],16)}", sent, x[8:20])),
        ("Return-Path", f"<{organizer[1]}>"),
        ("From", addr(*organizer)),
        ("To", to_line or ", ".join(addr(n, e) for n, e in required)),
        ("CC", cc_line or (", ".join(addr(n, e) for n, e in optional) if optional else None)),
        ("Subject", subject),
        ("Thread-Topic", subject.split(": ", 1)[1] if subject.startswith(("Canceled: ", "Updated: ")) else subject),
        ("Thread-Index", base64.b64encode(bytes.fromhex(x[:32])).decode()),
        ("Date", rfc(sent.astimezone(UTC))),
        ("Message-ID", f"<{x[:4].upper()}PR{int(x[4:6],16)%90+10}MB{int(x[6:10],16)%9000+1000}{x[10:30].upper()}@{x[:4].upper()}PR{int(x[4:6],16)%90+10}MB{int(x[6:10],16)%9000+1000}.namprd{int(x[30:32],16)%20:02d}.prod.outlook.com>"),
    ] + list(extra_headers) + [
        ("Accept-Language", "en-US"), ("Content-Language", "en-US"),
        ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
        ("Content-class", "urn:content-classes:calendarmessage"),
        ("x-ms-publictraffictype", "Email"),
        ("X-OriginatorOrg", domain),
    ]
    return std_email(headers, text, to_html(text, "Aptos,Calibri,sans-serif"), style="outlook", seed=seed,
                     cal=(method, ics(cal), "base64"))


def google_invite(*, seed, sent, organizer, guests, summary, start, end, tzlabel, description,
                  location="", meet=True, sequence=0, updated=False):
    """Google Calendar invitation e-mail; guests = [(name or None, email, partstat)]."""
    x = h("g" + seed)
    uid = f"{x[:26]}@google.com"
    eid = base64.b64encode(f"{x[:26]} {OWNER}".encode()).decode().rstrip("=")
    code = f"{x[0:3]}-{x[3:7]}-{x[7:10]}".translate(str.maketrans("0123456789", "qrstuvwxyz"))
    tzabbr = start.strftime("%Z")
    when_subj = f"{gdate(start)} {gt(start)} - {gt(end)} ({tzabbr})"
    subj = f"{'Updated invitation' if updated else 'Invitation'}: {summary} @ {when_subj} ({OWNER})"
    lines = [summary, f"{start:%A} {start:%b} {start.day}, {start.year} \u22c5 {gt(start)} \u2013 {gt(end)}", tzlabel, ""]
    if location:
        lines += [location, ""]
    if meet:
        lines += ["Join with Google Meet", f"https://meet.google.com/{code}", "",
                  "Join by phone", f"(US) +1 401-555-0{int(x[10:13],16)%900+100}",
                  f"PIN: {int(x[13:20],16)%1000000000:09d}", "",
                  "More phone numbers", f"https://tel.meet/{code}?pin={int(x[20:30],16)%10**13:013d}", ""]
    lines += ["Organizer", organizer[0], organizer[1], "", "Guests"]
    for n, e, _ in guests:
        if e == organizer[1]:
            lines += [f"{n} - organizer", e]
        elif n:
            lines += [n, e]
        else:
            lines.append(e)
    lines.append(f"View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid={eid}")
    lines += ["", description.rstrip(), "",
              f"Reply for {OWNER} and view more details https://calendar.google.com/calendar/event?action=VIEW&eid={eid}",
              "", "~~//~~", "Invitation from Google Calendar: https://calendar.google.com/calendar/", "",
              "You are receiving this email because you are an attendee on the event.", "",
              "Forwarding this invitation could allow any recipient to send a response to the organizer, be added "
              "to the guest list, invite others regardless of their own invitation status, or modify your RSVP. "
              "Learn more https://support.google.com/calendar/answer/37135#forwarding"]
    text = "\n".join(lines) + "\n"
    cal = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
           "CALSCALE:GREGORIAN", "METHOD:REQUEST", "BEGIN:VEVENT",
           f"DTSTART:{zulu(start)}", f"DTEND:{zulu(end)}", f"DTSTAMP:{zulu(sent)}",
           f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}", f"UID:{uid}"]
    for n, e, ps in guests:
        cal.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={ps};RSVP=TRUE;CN={n or e};X-NUM-GUESTS=0:mailto:{e}")
    if meet:
        cal.append(f"X-GOOGLE-CONFERENCE:https://meet.google.com/{code}")
    desc = description.rstrip()
    if meet:
        desc += f"\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nJoin with Google Meet: https://meet.google.com/{code}\n\nLearn more about Meet at: https://support.google.com/a/users/answer/9282720\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"
    cal += [f"CREATED:{zulu(sent - timedelta(minutes=3))}", "DESCRIPTION:" + ics_escape(desc),
            f"LAST-MODIFIED:{zulu(sent)}", "LOCATION:" + ics_escape(location), f"SEQUENCE:{sequence}",
            "STATUS:CONFIRMED", "SUMMARY:" + ics_escape(summary), "TRANSP:OPAQUE",
            "BEGIN:VALARM", "ACTION:EMAIL", "DESCRIPTION:This is an event reminder",
            "SUMMARY:Alarm notification", f"ATTENDEE:mailto:{OWNER}", "TRIGGER:-P0DT0H30M0S", "END:VALARM",
            "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder", "TRIGGER:-P0DT0H10M0S",
            "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    icstext = ics(cal)
    htmlb = to_html(text, "Roboto,Helvetica,Arial,sans-serif")
    headers = [
        ("Delivered-To", OWNER),
        ("Received", received("mail-sor-f69.google.com", "209.85.220.69", sent, x[30:40])),
        ("Return-Path", f"<3{x[:18]}@calendar-server.bounces.google.com>"),
        ("Reply-To", addr(*organizer)),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("Message-ID", f"<calendar-{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:32]}@google.com>"),
        ("Date", rfc(sent.astimezone(UTC))),
        ("Subject", subj),
        ("From", addr(*organizer)),
        ("To", OWNER),
    ]
    return std_email(headers, text, htmlb, style="google", seed=seed, cal=("REQUEST", icstext, "7bit"),
                     attachments=[("application/ics", "invite.ics", icstext)], text_cte="base64",
                     text_ctype='text/plain; charset="UTF-8"; format=flowed; delsp=yes')


def zoom_block(seed):
    x = h("zoom" + seed)
    mid = str(8 * 10**10 + int(x[:9], 16) % 10**10)
    pc = str(int(x[9:15], 16) % 1000000).zfill(6)
    return (f"Join Zoom Meeting\nhttps://us06web.zoom.us/j/{mid}?pwd={x[15:47]}\n\n"
            f"Meeting ID: {mid[:3]} {mid[3:7]} {mid[7:]}\nPasscode: {pc}\n\n---\n\nOne tap mobile\n"
            f"+13126266799,,{mid}#,,,,*{pc}# US (Chicago)\n+17207072699,,{mid}#,,,,*{pc}# US (Denver)\n")


def iv(company, role, start, end, status, interviewers, followups, kind):
    return {
        "company": company, "role": role, "start": start.isoformat(),
        "end": end.isoformat() if end else None, "status": status,
        "interviewer_emails": list(interviewers), "followup_recipients": list(followups), "kind": kind,
    }


def label(interviews, difficulty, category, notes):
    return {"user": OWNER, "interview": bool(interviews), "interviews": interviews,
            "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}


def hdrs(*, sent, frm, subject, msgid, to=None, cc=None, reply_to=None, in_reply_to=None, refs=None,
         rhost="mail.example.net", rip="198.51.100.24", extra=()):
    x = h("rcv" + msgid)
    out = [("Delivered-To", OWNER),
           ("Received", received(rhost, rip, sent, x[:12])),
           ("Return-Path", f"<{frm[1]}>")]
    out += list(extra)
    out += [("Date", rfc(sent)), ("From", addr(*frm)), ("Reply-To", reply_to),
            ("To", to or addr(OWNER_NAME, OWNER)), ("Cc", cc), ("Subject", subject),
            ("Message-ID", msgid), ("In-Reply-To", in_reply_to), ("References", refs)]
    return out


def quote(text, who_line):
    return who_line + "\n" + "\n".join(("> " + l) if l else ">" for l in text.rstrip("\n").split("\n")) + "\n"


SIG = f"""Renata Kowalczyk, MS, RDN, LDN
{OWNER_CELL}"""


# ----------------------------------------------------------------------------------------------
# cases
# ----------------------------------------------------------------------------------------------
@case
def c01():
    slug = "b240-01-workday-recruiter-phone-screen"
    co, role, req = "Lakeshore Meridian Health", "Clinical Nutrition Manager", "R-0045821"
    keisha = ("Keisha Odom", "keisha.odom@lakeshoremeridian.example")
    sent = T(2026, 9, 10, 14, 12, CHI, 5)
    start, end = T(2026, 9, 16, 10, 0, CHI), T(2026, 9, 16, 10, 30, CHI)
    wd(start, "Wednesday")
    text = f"""Hi Renata,

Thank you for your interest in the {role} position ({req}) at {co}. A phone interview has been scheduled for you.

Interview Details
Job Requisition: {req} {role} (Open)
Date: {long_date(start)}
Time: {hm(start)} - {hm(end)} Central Daylight Time
Interview Type: Phone Screen
Interviewer: {keisha[0]}, Senior Talent Acquisition Partner

{keisha[0].split()[0]} will call you at the phone number listed on your application. If that number has changed, or if you need to reschedule, please email {keisha[0].split()[0]} directly at {keisha[1]}.

A calendar file is attached for your convenience. You can review your application at any time from Candidate Home:
https://wd5.myworkday.com/lakeshoremeridian/d/home.htmld

Please do not reply to this message. This mailbox is not monitored.

{co} | Talent Acquisition
"""
    htmlb = ('<html><body style="margin:0;background:#f2f2f2"><table width="100%" cellpadding="0" cellspacing="0">'
             '<tr><td align="center"><table width="600" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px">'
             '<tr><td style="background:#00567a;color:#fff;padding:16px;font-size:18px">Lakeshore Meridian Health</td></tr>'
             '<tr><td style="padding:20px">' + to_html(text).split('line-height:1.4">\n', 1)[1].rsplit("</div>", 1)[0]
             + '</td></tr></table></td></tr></table></body></html>\n')
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Workday Inc.//Recruiting//EN", "METHOD:PUBLISH"]
              + VTZ_CHI + ["BEGIN:VEVENT", f"UID:INTERVIEW-{h('c01')[:20].upper()}@myworkday.com",
              f"DTSTAMP:{zulu(sent)}", f"DTSTART;TZID=America/Chicago:{local(start)}",
              f"DTEND;TZID=America/Chicago:{local(end)}",
              f"SUMMARY:Phone Screen - {role} ({req}) - {co}",
              "DESCRIPTION:" + ics_escape(f"Phone screen with {keisha[0]}. {keisha[0].split()[0]} will call you."),
              "LOCATION:Phone", f"ORGANIZER;CN={co}:mailto:lakeshoremeridian@myworkday.com",
              f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN={OWNER_NAME}:mailto:{OWNER}",
              "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    mid = "<1804711925.4471.1789067525318@wd5-prod-ws-mail-114.myworkday.com>"
    msg = std_email(hdrs(sent=sent, frm=(co, "lakeshoremeridian@myworkday.com"),
                         subject=f"Phone Interview Scheduled - {role} ({req})", msgid=mid,
                         rhost="wd5-smtp-out-07.myworkday.com", rip="162.223.112.47",
                         extra=[("X-Workday-Tenant", "lakeshoremeridian")]),
                    text, htmlb, style="java", seed="c01", attachments=[("text/calendar", "Interview.ics", cal)])
    lab = label([iv(co, role, start, end, "scheduled", [keisha[1]], [keisha[1]], "phone_screen")], "easy",
                "positive/ats-workday",
                "Workday phone-screen notice with .ics; the recruiter conducts the screen, so she is the interviewer. CDT (-05:00).")
    return slug, [("01-workday-phone-interview-scheduled.eml", msg)], lab


@case
def c02():
    slug = "b240-02-icims-denver-vp-mountain-time"
    co, role = "Prairie Crest Senior Living", "Regional Dietitian - Great Lakes Region"
    shauna = ("Shauna Becerra", "shauna.becerra@prairiecrestliving.example")
    darnell = ("Darnell Whitaker", "darnell.whitaker@prairiecrestliving.example")
    sent = T(2026, 10, 1, 9, 47, DEN, 31)
    start, end = T(2026, 10, 7, 10, 30, DEN), T(2026, 10, 7, 11, 15, DEN)
    wd(start, "Wednesday")
    zb = zoom_block("c02")
    text = f"""Dear Renata,

Thank you for applying for the {role} position (Req #2026-3318) with {co}. We were impressed with your background in long-term care nutrition and would like to invite you to a video interview with {darnell[0]}, our Vice President of Dining & Nutrition Services. Darnell leads our dining and clinical nutrition teams from our home office in Denver.

Date: {long_date(start)}
Time: {hm(start)} - {hm(end)} Mountain Time
Format: Zoom video interview (approximately 45 minutes)

Please note that the time above is Mountain Time, as our home office is in Denver, Colorado. Darnell will send you a Zoom invitation shortly.

If you have any questions before your interview, simply reply to this email.

Warm regards,

{shauna[0]}
Talent Acquisition Specialist
{co} | Home Office
7400 E. Orchard Rd, Suite 900, Greenwood Village, CO 80111
{shauna[1]}
"""
    mid = "<1230517.74417.1790873251@talent.icims.com>"
    msg = std_email(hdrs(sent=sent, frm=(co, "prairiecrestliving+autoreply@talent.icims.com"),
                         reply_to=addr(*shauna), subject=f"Interview Invitation: {role}", msgid=mid,
                         rhost="mta-104.talent.icims.com", rip="64.79.155.104"),
                    text, to_html(text), style="java", seed="c02")
    dstamp = T(2026, 10, 1, 11, 2, DEN)
    desc = (f"Hi Renata, looking forward to our conversation about the {role} role.\n\n"
            f"Darnell Whitaker is inviting you to a scheduled Zoom meeting.\n\n{zb}")
    cal = ics(["BEGIN:VCALENDAR", "PRODID:-//zoom.us//iCalendar Event//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
               "METHOD:PUBLISH", "CLASS:PUBLIC"] + VTZ_DEN + [
               "BEGIN:VEVENT", f"DTSTAMP:{zulu(dstamp)}", f"DTSTART;TZID=America/Denver:{local(start)}",
               f"DTEND;TZID=America/Denver:{local(end)}",
               f"SUMMARY:Interview: Renata Kowalczyk / Darnell Whitaker - {ics_escape(role)}",
               f"UID:{h('c02zoom')[:8].upper()}-{h('c02zoom')[8:12].upper()}-{h('c02zoom')[12:16].upper()}-{h('c02zoom')[16:28].upper()}",
               "TZID:America/Denver", "DESCRIPTION:" + ics_escape(desc),
               "LOCATION:" + zb.split("\n")[1],
               f"ORGANIZER;CN={darnell[0]}:mailto:{darnell[1]}",
               f"ATTENDEE;CN={OWNER_NAME};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{OWNER}",
               "BEGIN:VALARM", "TRIGGER:-PT10M", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "END:VALARM",
               "END:VEVENT", "END:VCALENDAR"])
    lab = label([iv(co, role, start, end, "scheduled", [darnell[1]], [darnell[1]], "hiring_manager")], "medium",
                "positive/ats-icims-mountain-time",
                "iCIMS invitation states 10:30-11:15 AM Mountain Time (Denver HQ, MDT -06:00) = 11:30 Central for the Chicago "
                "owner; the standalone Zoom .ics (America/Denver) is the same interview. VP conducts it; recruiter only schedules.")
    return slug, [("01-icims-interview-invitation.eml", msg), ("02-zoom-darnell-whitaker.ics", cal)], lab


@case
def c03():
    slug = "b240-03-own-clinic-patient-visit-invite"
    clinic = "Westlawn Family Health Center"
    sched = ("Westlawn Scheduling", "scheduling@westlawnhealth.example")
    sent = T(2026, 10, 14, 15, 8, CHI, 44)
    start, end = T(2026, 10, 21, 9, 0, CHI), T(2026, 10, 21, 10, 0, CHI)
    wd(start, "Wednesday")
    body = f"""New patient added to your Wednesday nutrition clinic.

Patient: Rosa G. (MRN ending 4471)
Visit type: Medical Nutrition Therapy - Initial Assessment (60 min)
Referring provider: Dr. Hollis Tran, MD
Reason: newly diagnosed type 2 diabetes, A1c 8.9%
Interpreter: Spanish (in person, requested)
Room: Nutrition office, 2nd floor, Rm 214

Initial visit includes the diet history interview and 24-hour recall; please allow the full hour. Pt asked for a morning slot so she can come before work.

Thanks,
Marisela
Patient Access | {clinic}
"""
    m1 = outlook_invite(seed="c03", sent=sent, organizer=sched, required=[(OWNER_NAME, OWNER)],
                        subject="Pt visit: MNT initial assessment - Rosa G. (interpreter: Spanish)",
                        start=start, end=end, win_tzid="Central Standard Time", body=body,
                        location="Westlawn FHC - Nutrition Rm 214", teams=False)
    rsent = T(2026, 10, 19, 9, 0, CHI, 2)
    rtext = f"""Appointment Reminder

Hello Rosa,

This is a reminder of your upcoming appointment at {clinic}:

Provider: Renata Kowalczyk, RDN, LDN (Nutrition)
Date: {long_date(start)}
Time: {hm(start)}
Location: 3127 W. 59th St, 2nd floor, Room 214

Please arrive 15 minutes early and bring your medication list and glucose meter. Reply C to confirm or call (773) 555-0140 to reschedule.

Provider copy: you are receiving this copy because you are the scheduled provider for this visit.

{clinic} | Do not reply to this email.
"""
    m2 = std_email(hdrs(sent=rsent, frm=(clinic, "reminders@westlawnhealth.example"),
                        to=addr(OWNER_NAME, OWNER), subject="Appointment Reminder - Wed 10/21 9:00 AM (provider copy)",
                        msgid="<20261019140002.7F2A1C0445@notify.westlawnhealth.example>",
                        rhost="notify.westlawnhealth.example", rip="203.0.113.61"),
                   rtext, to_html(rtext), style="java", seed="c03r")
    lab = label([], "hard", "negative/own-clinic-patient-visit",
                "The owner works as an outpatient RD at her own clinic; an Exchange invite and a reminder for a patient visit "
                "(MNT initial assessment incl. 'diet history interview') are not job interviews.")
    return slug, [("01-pt-visit-invite.eml", m1), ("02-appointment-reminder-provider-copy.eml", m2)], lab


@case
def c04():
    slug = "b240-04-paradox-olivia-text-and-email"
    co, role = "Northshore Covenant Health", "Manager, Clinical Nutrition Services"
    tamsin = ("Tamsin Reyes", "tamsin.reyes@northshorecovenant.example")
    sent1 = T(2026, 10, 9, 11, 2, CHI, 44)
    start, end = T(2026, 10, 15, 13, 0, CHI), T(2026, 10, 15, 13, 45, CHI)
    wd(start, "Thursday")
    sms = (f"Olivia (Northshore Covenant Health): You're all set, Renata! Your in-person interview for {role} "
           f"is booked for {start:%a}, {start:%b} {start.day} at 1:00 PM CT with Gloria Anaya at our Skokie Campus, "
           "Pavilion B, Suite 210 (Food & Nutrition). Reply R to reschedule or C to cancel. Msg&data rates may apply.")
    gv = f"""<https://voice.google.com>
(872) 555-0139
{sms}

YOUR ACCOUNT <https://voice.google.com> HELP CENTER
<https://support.google.com/voice#topic=1707989> HELP FORUM
<https://productforums.google.com/forum/#!forum/voice>
This email was sent to you because you indicated that you'd like to receive
email notifications for text messages. If you don't want to receive such
emails in the future, please update your email notification settings
<https://voice.google.com/settings#messaging>.
Google LLC
1600 Amphitheatre Pkwy
Mountain View CA 94043 USA
"""
    m1 = std_email(hdrs(sent=sent1, frm=("(872) 555-0139", "13125550187.18725550139.Zq4vN0xw1K@txt.voice.google.com"),
                        subject="New text message from (872) 555-0139",
                        msgid="<0000000000007c91a20621f3b6d2@google.com>",
                        rhost="mail-sor-f73.google.com", rip="209.85.220.73"),
                   gv, to_html(gv), style="google", seed="c04a", text_cte="quoted-printable")
    sent2 = T(2026, 10, 9, 11, 3, CHI, 9)
    text2 = f"""Hi Renata,

Your interview is confirmed! Here are the details:

Position: {role}
Date: {long_date(start)}
Time: {hm(start)} - {hm(end)} CDT
Interview type: In-person
Interviewer: Gloria Anaya, System Director, Food & Nutrition
Location: {co} - Skokie Campus, Pavilion B, Suite 210. Free parking in the Pavilion B garage; check in at the front desk.

What to bring: a copy of your resume and your RDN/LDN license number.

Need to make a change? Just text me back at (872) 555-0139 or reschedule here:
https://northshorecovenant.paradox.ai/co/NorthshoreCovenant/interview/{h('c04')[:12]}

Questions for a person? Your recruiter is {tamsin[0]} ({tamsin[1]}).

Talk soon,
Olivia
Virtual Recruiting Assistant, {co}

This email was sent by Olivia, an automated assistant. Replies to this address are not monitored.
"""
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Paradox//Olivia Scheduling//EN", "METHOD:REQUEST",
               "BEGIN:VEVENT", f"UID:pdx-{h('c04uid')[:24]}@paradox.ai", f"DTSTAMP:{zulu(sent2)}",
               f"DTSTART:{zulu(start)}", f"DTEND:{zulu(end)}",
               f"SUMMARY:Interview with {co} - {ics_escape(role)}",
               "DESCRIPTION:" + ics_escape(f"In-person interview with Gloria Anaya.\nSkokie Campus, Pavilion B, Suite 210.\nQuestions: {tamsin[0]} ({tamsin[1]})"),
               "LOCATION:" + ics_escape(f"{co} - Skokie Campus, Pavilion B, Suite 210"),
               "ORGANIZER;CN=Olivia:mailto:no-reply@paradox.ai",
               f"ATTENDEE;CN={OWNER_NAME};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{OWNER}",
               "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    m2 = std_email(hdrs(sent=sent2, frm=(f"Olivia at {co}", "no-reply@paradox.ai"),
                        subject=f"Interview Confirmed: {role}",
                        msgid=f"<0100019a{h('c04m')[:24]}-000000@email.paradox.ai>",
                        rhost="a8-31.smtp-out.amazonses.com", rip="54.240.8.31"),
                   text2, to_html(text2), style="java", seed="c04b", html_cte="base64",
                   attachments=[("text/calendar", "interview.ics", cal)])
    lab = label([iv(co, role, start, end, "scheduled", [], [tamsin[1]], "hiring_manager")], "hard",
                "positive/chatbot-paradox-sms-dedupe",
                "Paradox Olivia booking arrives twice (Google Voice SMS forward + Olivia e-mail with UTC .ics): ONE interview. "
                "Interviewer Gloria Anaya has no address in the case, so interviewer_emails is empty and follow-up goes to the "
                "human recruiter named in the mail; Olivia/no-reply is never a recipient.")
    return slug, [("01-google-voice-text-olivia.eml", m1), ("02-olivia-interview-confirmed.eml", m2)], lab


@case
def c05():
    slug = "b240-05-hirevue-live-video-interview"
    co, role = "Calumet Valley Health", "Clinical Nutrition Manager"
    joanne = ("Joanne Petrakis", "jpetrakis@calumetvalley.example")
    bern = ("Bernadette Lusk", "bernadette.lusk@calumetvalley.example")
    sent1 = T(2026, 11, 4, 15, 40, CHI, 12)
    wd(sent1, "Wednesday")
    start, end = T(2026, 11, 10, 14, 0, CHI), T(2026, 11, 10, 14, 45, CHI)
    assert (start.date() - sent1.date()).days == 6 and start.strftime("%A") == "Tuesday"  # "next Tuesday"
    text1 = f"""Hi Renata,

Great news - Bernadette (cc'd) would like to meet with you for the {role} role. She's our Director of Food & Nutrition Services and the hiring manager.

We use HireVue for video interviews, so you'll get a separate email from HireVue with your join link. Just so there's no confusion: this one is a LIVE interview with Bernadette on video, not the recorded, answer-on-your-own format you may have seen from other employers.

We have you down for next Tuesday at 2:00 PM Central. Plan on about 45 minutes. I'd suggest joining from a laptop with Chrome and doing the HireVue system check beforehand.

Let me know if anything comes up.

Thanks!
Joanne

Joanne Petrakis | Senior Recruiter, Clinical Support Services
Calumet Valley Health
p: (708) 555-0162 | {joanne[1]}
"""
    m1 = std_email(hdrs(sent=sent1, frm=joanne, cc=addr(*bern),
                        subject=f"Next step - {role} interview with Bernadette",
                        msgid="<MN2PR14MB41170C6E3F9AA2D0B18E21C7D93A2@MN2PR14MB4117.namprd14.prod.outlook.com>",
                        rhost="mail-mn2nam14on2104.outbound.protection.outlook.com", rip="40.107.94.104"),
                   text1, to_html(text1, "Calibri,sans-serif"), style="outlook", seed="c05a")
    sent2 = T(2026, 11, 4, 15, 52, CHI, 40)
    link = f"https://app.hirevue.com/live/calumetvalley/{h('c05link')[:10]}"
    text2 = f"""Hello Renata Kowalczyk,

{co} has scheduled a Live Interview with you for the position of {role}.

Date: {start:%B} {start.day}, {start.year}
Time: {hm(start)} - {hm(end)} CST (America/Chicago)
Interviewer(s): {bern[0]}

Join your interview: {link}

A Live Interview is a real-time video conversation with your interviewer. Please join a few minutes early and make sure your camera and microphone are enabled. You can test your device here: https://app.hirevue.com/systemcheck

If you need to reschedule, please contact the recruiting team at {co}.

Good luck!
The HireVue Team on behalf of {co}
"""
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//HireVue//Live Interview//EN", "METHOD:REQUEST",
               "BEGIN:VEVENT", f"UID:{h('c05uid')[:8]}-{h('c05uid')[8:12]}-{h('c05uid')[12:16]}-{h('c05uid')[16:20]}-{h('c05uid')[20:32]}@hirevue.com",
               f"DTSTAMP:{zulu(sent2)}", f"DTSTART:{zulu(start)}", f"DTEND:{zulu(end)}",
               f"SUMMARY:Live Interview: {co} - {role}",
               "DESCRIPTION:" + ics_escape(f"Live interview with {bern[0]}.\nJoin: {link}"),
               f"LOCATION:{link}", "ORGANIZER;CN=HireVue:mailto:noreply@hirevue.com",
               f"ATTENDEE;CN={OWNER_NAME};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:mailto:{OWNER}",
               "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    m2 = std_email(hdrs(sent=sent2, frm=(f"{co} via HireVue", "noreply@hirevue.com"),
                        subject=f"{co}: Live Interview Scheduled - {role}",
                        msgid=f"<0100019a{h('c05m')[:24]}-000000@us-west-2.amazonses.com>",
                        rhost="a27-18.smtp-out.us-west-2.amazonses.com", rip="54.240.27.18"),
                   text2, to_html(text2), style="java", seed="c05b",
                   attachments=[("text/calendar", "HireVue_Live_Interview.ics", cal)])
    lab = label([iv(co, role, start, end, "scheduled", [bern[1]], [bern[1]], "hiring_manager")], "medium",
                "positive/hirevue-live",
                "HireVue LIVE (a real person on video), unlike one-way HireVue. Recruiter mail ('next Tuesday at 2:00 PM Central' "
                "from Wed Nov 4) and HireVue notice (UTC .ics) are one interview on Nov 10, after DST end (CST -06:00). "
                "Hiring manager's address is in Cc.")
    return slug, [("01-recruiter-next-step.eml", m1), ("02-hirevue-live-interview-scheduled.eml", m2)], lab


@case
def c06():
    slug = "b240-06-hirevue-one-way-on-demand"
    co, role = "Northfield Lutheran Health", "Outpatient Dietitian Supervisor"
    sent = T(2026, 10, 12, 8, 30, CHI, 1)
    due = T(2026, 10, 16, 23, 59, CHI)
    wd(due, "Friday")
    link = f"https://app.hirevue.com/interviews/northfieldlutheran/{h('c06')[:14]}"
    text = f"""Hi Renata,

Thank you for your interest in the {role} position at {co}! As the next step in our process, we invite you to complete a HireVue video interview.

This is an on-demand interview: you will record your answers to 6 questions on your own schedule. No interviewer will be present - our hiring team reviews the recordings afterward. Most candidates finish in about 20 minutes.

Please complete your interview by {long_date(due)} at 11:59 PM Central Time.

Start your interview: {link}

Tips:
- You'll have 30 seconds to prepare and up to 3 minutes to answer each question.
- You may practice with sample questions before you begin.
- Use a quiet, well-lit space.

If your responses are selected to move forward, a recruiter will contact you to schedule a live conversation with the hiring manager.

Best of luck,
{co} Talent Acquisition
Powered by HireVue
"""
    m1 = std_email(hdrs(sent=sent, frm=(co, "noreply@hirevue.com"),
                        subject=f"{co}: Complete your video interview for {role}",
                        msgid=f"<0100019a{h('c06a')[:24]}-000000@us-west-2.amazonses.com>",
                        rhost="a27-22.smtp-out.us-west-2.amazonses.com", rip="54.240.27.22"),
                   text, to_html(text), style="java", seed="c06a")
    sent2 = T(2026, 10, 14, 23, 59, CHI, 30)
    text2 = f"""Hi Renata,

Friendly reminder: your HireVue video interview for {role} at {co} expires in 48 hours ({long_date(due)}, 11:59 PM CT).

Start now: {link}

This interview takes about 20 minutes and can be completed anytime before the deadline.

{co} Talent Acquisition
Powered by HireVue
"""
    m2 = std_email(hdrs(sent=sent2, frm=(co, "noreply@hirevue.com"),
                        subject=f"Reminder: your video interview with {co} expires soon",
                        msgid=f"<0100019a{h('c06b')[:24]}-000000@us-west-2.amazonses.com>",
                        rhost="a27-22.smtp-out.us-west-2.amazonses.com", rip="54.240.27.22"),
                   text2, to_html(text2), style="java", seed="c06b")
    lab = label([], "medium", "negative/one-way-video",
                "HireVue on-demand (one-way, recorded) video interview with a completion deadline; no live interviewer, "
                "so not an interview per the rules. Only a possible future live conversation is mentioned.")
    return slug, [("01-hirevue-on-demand-invite.eml", m1), ("02-hirevue-reminder-48h.eml", m2)], lab


@case
def c07():
    slug = "b240-07-phenom-invite-across-dst-end"
    co, role = "Halsted University Medical Center", "Manager, Clinical Nutrition - Inpatient Services"
    marisa = ("Marisa Feliciano", "mfeliciano@halstedumc.example")
    sunil = ("Sunil Mehrotra", "sunil.mehrotra@halstedumc.example")
    sent = T(2026, 10, 29, 10, 18, CHI, 27)
    start, end = T(2026, 11, 3, 9, 30, CHI), T(2026, 11, 3, 10, 15, CHI)
    assert sent.utcoffset() == timedelta(hours=-5) and start.utcoffset() == timedelta(hours=-6)
    wd(start, "Tuesday")
    text = f"""Hi Renata,

We're excited to let you know that your interview for {role} (JR-77104) has been scheduled.

When: {start:%a}, {start:%b} {start.day}, {start.year} | {hm(start)} - {hm(end)} Central Time
Where: Microsoft Teams (link in the attached calendar invitation)
Who: {sunil[0]}, MS, RDN, CNSC - Director, Clinical Nutrition

Please accept the attached invitation to add it to your calendar. If you need to change the time, reply to this email and our recruiting coordinator, {marisa[0]}, will help.

We look forward to speaking with you!

Talent Acquisition
{co}

You received this email because you applied for a position at {co}. Manage your communication preferences: https://careers.halstedumc.example/us/en/preferences
"""
    desc = (f"Interview for {role} (JR-77104) with {sunil[0]}, Director, Clinical Nutrition.\n\n"
            + teams_footer("c07"))
    cal = ics(["BEGIN:VCALENDAR", "PRODID:-//Phenom People//Interview Scheduling//EN", "VERSION:2.0",
               "METHOD:REQUEST", "BEGIN:VEVENT", f"UID:phenom-ivs-{h('c07uid')[:20]}",
               f"DTSTAMP:{zulu(sent)}", f"DTSTART:{zulu(start)}", f"DTEND:{zulu(end)}",
               f"SUMMARY:Interview: {OWNER_NAME} - {ics_escape(role)}", "DESCRIPTION:" + ics_escape(desc),
               "LOCATION:Microsoft Teams Meeting", f"ORGANIZER;CN={marisa[0]}:mailto:{marisa[1]}",
               f"ATTENDEE;CN={OWNER_NAME};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{OWNER}",
               f"ATTENDEE;CN={sunil[0]};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{sunil[1]}",
               "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    msg = std_email(hdrs(sent=sent, frm=(f"{co} Careers", "no-reply@phenompeople.com"), reply_to=addr(*marisa),
                         subject=f"Interview Scheduled: {role}",
                         msgid=f"<{h('c07m')[:32]}@mail.phenompeople.com>",
                         rhost="o3.mail.phenompeople.com", rip="149.72.131.203",
                         extra=[("X-SG-EID", base64.b64encode(bytes.fromhex(h('c07sg'))).decode())]),
                   text, to_html(text), style="java", seed="c07",
                   attachments=[("text/calendar", "invite.ics", cal)])
    lab = label([iv(co, role, start, end, "scheduled", [sunil[1]], [sunil[1]], "hiring_manager")], "hard",
                "positive/ats-phenom-dst-end",
                "Phenom mail sent Oct 29 (CDT) for Tue Nov 3 9:30 AM 'Central Time', i.e. after DST ends on Nov 1: "
                "-06:00 (15:30Z, matching the UTC .ics). Coordinator Marisa only schedules; the director interviews.")
    return slug, [("01-phenom-interview-scheduled.eml", msg)], lab


@case
def c08():
    slug = "b240-08-teams-panel-central-standard-time"
    co, role = "Fox River Regional Health", "Clinical Nutrition Manager"
    lena = ("Lena Hofstetter", "lena.hofstetter@foxriverhealth.example")
    panel = [("Patrice Dumont", "patrice.dumont@foxriverhealth.example"),
             ("Kevin Szymanski", "kevin.szymanski@foxriverhealth.example"),
             ("Alicia Mendez", "alicia.mendez@foxriverhealth.example")]
    sent = T(2026, 10, 13, 16, 22, CHI, 5)
    start, end = T(2026, 10, 20, 13, 0, CHI), T(2026, 10, 20, 14, 30, CHI)
    wd(start, "Tuesday")
    body = f"""Hello Renata,

Thank you for making time for the next step for our {role} opening. This 90-minute panel interview will be held over Microsoft Teams with:

- Patrice Dumont, MSN, RN - Chief Nursing Officer
- Kevin Szymanski - Director, Food & Nutrition Services (hiring manager)
- Alicia Mendez, RDN, CNSC - Lead Clinical Dietitian

Expect a mix of behavioral questions and a short discussion of how you would approach malnutrition screening compliance on our med-surg units. I'm coordinating and won't be on the call.

Please accept this invitation to confirm. If you have trouble joining, call me at (630) 555-0118.

Best,
Lena Hofstetter
Talent Acquisition Coordinator | {co}
"""
    msg = outlook_invite(seed="c08", sent=sent, organizer=lena, required=[(OWNER_NAME, OWNER)] + panel,
                         subject=f"Panel Interview - Renata Kowalczyk - {role}", start=start, end=end,
                         win_tzid="Central Standard Time", body=body)
    lab = label([iv(co, role, start, end, "scheduled", [e for _, e in panel], [e for _, e in panel], "onsite")],
                "medium", "positive/exchange-teams-panel",
                "Exchange/Teams invite with TZID 'Central Standard Time' and display label (UTC-06:00) for a date in CDT: "
                "the real offset is -05:00. Three-person panel -> onsite; organizer is a coordinator only.")
    return slug, [("01-panel-interview-invite.eml", msg)], lab


@case
def c09():
    slug = "b240-09-cdr-exam-pearson-vue-booking"
    sent = T(2026, 10, 5, 19, 44, CHI, 10)
    start = T(2026, 11, 14, 8, 30, CHI)
    wd(start, "Saturday")
    text = f"""Dear Renata Kowalczyk,

Thank you for scheduling your exam with Pearson VUE. This email confirms your appointment. Please review the details below and keep this email for your records.

Exam: CSG - Board Certification as a Specialist in Gerontological Nutrition
Exam sponsor: Commission on Dietetic Registration (CDR)
Registration ID: 512-604-9937
Candidate ID: CDR-1187220

Appointment: {long_date(start)} at {hm(start)} Central Standard Time
Duration: 3 hours 30 minutes (includes tutorial and survey)

Test Center: Pearson Professional Centers - Chicago IL
Suite 1710, 200 W. Madison St.
Chicago, Illinois 60606
United States

Please arrive at least 30 minutes before your scheduled appointment time to complete the check-in process. You must present valid, unexpired government-issued photo identification. If you arrive more than 15 minutes late, you may be refused admission and your exam fee will be forfeited.

To reschedule or cancel, please visit https://home.pearsonvue.com/cdr at least 24 hours before your appointment.

Sincerely,
Pearson VUE
"""
    msg = std_email(hdrs(sent=sent, frm=("Pearson VUE", "PearsonVUEConfirmation@pearson.com"),
                         subject="Pearson VUE Confirmation of Exam Appointment",
                         msgid=f"<{h('c09')[:20].upper()}.PVUE@pearson.com>",
                         rhost="mx-out-3.pearson.com", rip="159.182.32.21"),
                   text, to_html(text, "Verdana,sans-serif"), style="java", seed="c09")
    lab = label([], "medium", "negative/exam-booking",
                "CDR board-certification exam appointment at a Pearson VUE test center (check-in, appointment time). "
                "Professional credentialing exam, not a job interview.")
    return slug, [("01-pearson-vue-exam-confirmation.eml", msg)], lab


@case
def c10():
    slug = "b240-10-onsite-facility-tour-and-panel"
    co, role = "Maplewood Harbor Senior Living", "Director of Dining Services"
    brynn = ("Brynn Halvorsen", "brynn.halvorsen@maplewoodharbor.example")
    carla = ("Carla Benedetti", "carla.benedetti@maplewoodharbor.example")
    tomasz = ("Tomasz Wrona", "tomasz.wrona@maplewoodharbor.example")
    ifeoma = ("Ifeoma Chukwu", "ifeoma.chukwu@maplewoodharbor.example")
    sent = T(2026, 10, 30, 13, 5, DEN, 50)
    tour_s, tour_e = T(2026, 11, 6, 9, 0, CHI), T(2026, 11, 6, 9, 45, CHI)
    pan_s, pan_e = T(2026, 11, 6, 10, 0, CHI), T(2026, 11, 6, 11, 15, CHI)
    wd(tour_s, "Friday")
    text = f"""Hi Renata,

We're so glad you can visit Maplewood Harbor of Evanston next {tour_s:%A}, {tour_s:%B} {tour_s.day}! Here is your itinerary. All times below are Central Time (local time at the community).

9:00 - 9:45 AM    Community & kitchen tour with {carla[0]}, Executive Director
                  (main dining room, bistro, memory care neighborhood, production kitchen)
10:00 - 11:15 AM  Panel interview - {carla[0]}; {tomasz[0]}, Regional Director of Culinary Operations;
                  {ifeoma[0]}, Director of Resident Health Services

Address: Maplewood Harbor of Evanston, 1820 Sheridan Terrace, Evanston, IL 60201. Visitor parking is on the north side; please check in with the concierge.

Dress is business casual; wear comfortable, closed-toe shoes for the kitchen portion of the tour. You're welcome to stay and have lunch in the bistro afterward, on us.

I'll send separate calendar invitations for the tour and the panel. I'm based at our support center in Denver, so your calendar may show them in Mountain Time; the times above are the ones that count on site.

Please reply with any dietary needs or questions.

Best,
Brynn

Brynn Halvorsen
Talent Acquisition Partner | {co}
Support Center: 1550 Wynkoop St, Suite 300, Denver, CO 80202
{brynn[1]} | (303) 555-0127
"""
    m1 = std_email(hdrs(sent=sent, frm=brynn, subject=f"Your onsite visit - {role}, Maplewood Harbor of Evanston",
                        msgid=f"<BY5PR17MB{h('c10a')[:16].upper()}@BY5PR17MB3987.namprd17.prod.outlook.com>",
                        rhost="mail-by5nam17on2071.outbound.protection.outlook.com", rip="40.107.93.71"),
                   text, to_html(text, "Calibri,sans-serif"), style="outlook", seed="c10a")
    tour_body = f"""Hi Renata,

Carla will meet you at the concierge desk for a tour of the community and the production kitchen before your panel interview. Invitation for the panel follows separately.

Brynn Halvorsen
Talent Acquisition Partner | {co}
"""
    m2 = outlook_invite(seed="c10b", sent=sent + timedelta(minutes=6), organizer=brynn,
                        required=[(OWNER_NAME, OWNER), carla],
                        subject=f"Onsite: Community & Kitchen Tour - Renata Kowalczyk ({role})",
                        start=tour_s.astimezone(DEN), end=tour_e.astimezone(DEN), win_tzid="Mountain Standard Time",
                        body=tour_body, location="Maplewood Harbor of Evanston - Concierge Desk", teams=False)
    pan_body = f"""Hi Renata,

Panel interview for the {role} position, in person at Maplewood Harbor of Evanston (Community Room B), with {carla[0]} (Executive Director), {tomasz[0]} (Regional Director of Culinary Operations) and {ifeoma[0]} (Director of Resident Health Services).

Brynn Halvorsen
Talent Acquisition Partner | {co}
"""
    m3 = outlook_invite(seed="c10c", sent=sent + timedelta(minutes=8), organizer=brynn,
                        required=[(OWNER_NAME, OWNER), carla, tomasz, ifeoma],
                        subject=f"Onsite: Panel Interview - Renata Kowalczyk ({role})",
                        start=pan_s.astimezone(DEN), end=pan_e.astimezone(DEN), win_tzid="Mountain Standard Time",
                        body=pan_body, location="Maplewood Harbor of Evanston - Community Room B", teams=False)
    ivs = [e for _, e in (carla, tomasz, ifeoma)]
    lab = label([iv(co, role, tour_s, pan_e, "scheduled", ivs, ivs, "onsite")], "hard",
                "positive/onsite-loop-mountain-invites",
                "Same-day onsite (facility tour led by the Executive Director, then a 3-person panel) is ONE onsite from 9:00 to "
                "11:15 AM CST (-06:00, after DST end). The two Outlook invites come from a Denver coordinator with TZID "
                "'Mountain Standard Time' (8:00 and 9:00 MT); optional lunch has no time and is not a session.")
    return slug, [("01-onsite-itinerary.eml", m1), ("02-invite-community-tour.eml", m2),
                  ("03-invite-panel-interview.eml", m3)], lab


@case
def c11():
    slug = "b240-11-mealkit-two-interviews-east-coast-vp"
    co, role = "Harvest Crate", "Senior Manager, Nutrition Programs"
    maya = ("Maya Lindqvist", "maya.lindqvist@harvestcrate.example")
    whitney = ("Whitney Abernathy", "whitney.abernathy@harvestcrate.example")
    arjun = ("Arjun Bhatt", "arjun.bhatt@harvestcrate.example")
    s1 = T(2026, 10, 2, 11, 20, CHI, 9)
    i1s, i1e = T(2026, 10, 8, 11, 0, NYC), T(2026, 10, 8, 11, 45, NYC)
    wd(i1s, "Thursday")
    t1 = f"""Hi Renata,

Thanks again for chatting with me on Tuesday - I shared my notes with the team and they're excited.

Next step is a conversation with {whitney[0]}, our VP of Nutrition & Food Standards (and the hiring manager for the {role} role). Whitney is based in our New York office. Would {long_date(i1s)} at 11:00 AM Eastern work? That's 10:00 your time. She's blocking 45 minutes and it will be over Google Meet.

Best,
Maya

--
Maya Lindqvist (she/her)
Talent Partner, Harvest Crate
222 N. Carpenter St, Chicago, IL 60607
"""
    mid1 = "<CAH7pQx1mTz8Lw2kV9dE0rY3ns5uJq4fB6aXc1oP8gK2=wMxR0A@mail.gmail.com>"
    m1 = std_email(hdrs(sent=s1, frm=maya, subject=f"Harvest Crate - next step for {role}", msgid=mid1,
                        rhost="mail-sor-f41.google.com", rip="209.85.220.41"),
                   t1, to_html(t1), style="google", seed="c11a")
    s_reply = T(2026, 10, 2, 12, 4, CHI)
    s2 = T(2026, 10, 2, 12, 31, CHI, 55)
    renata_reply = f"""Hi Maya,

Thursday at 11 Eastern / 10 Central works great for me. Looking forward to meeting Whitney.

Thanks,
Renata
"""
    t2 = ("Perfect! Whitney will send the invite directly from her calendar.\n\nMaya\n\n"
          + quote(renata_reply, f"On {s_reply:%a}, {s_reply:%b} {s_reply.day}, {s_reply.year} at {hm(s_reply)} Renata Kowalczyk <{OWNER}> wrote:"))
    mid_r = "<CAFx0R3nT1k9cGvB4wQ8mZ2yLp6sE0dH5aJ7uN3kX9=rTqY1oWg@mail.gmail.com>"
    mid2 = "<CAH7pQx3Vn0Gd5Jm8zS1eT4rW2pQ9uY6bKc3hL7iA0fN5=oDqE2g@mail.gmail.com>"
    m2 = std_email(hdrs(sent=s2, frm=maya, subject=f"Re: Harvest Crate - next step for {role}", msgid=mid2,
                        in_reply_to=mid_r, refs=f"{mid1} {mid_r}", rhost="mail-sor-f41.google.com", rip="209.85.220.41"),
                   t2, to_html(t2), style="google", seed="c11b")
    m3 = google_invite(seed="c11c", sent=T(2026, 10, 2, 13, 10, CHI, 3), organizer=whitney,
                       guests=[(whitney[0], whitney[1], "ACCEPTED"), (None, OWNER, "NEEDS-ACTION")],
                       summary="Renata Kowalczyk <> Whitney Abernathy (Harvest Crate)", start=i1s, end=i1e,
                       tzlabel="Eastern Time - New York",
                       description=f"Hi Renata - looking forward to talking about the {role} role. Whitney")
    s4 = T(2026, 10, 9, 9, 41, CHI, 20)
    wd(s4, "Friday")
    i2s, i2e = T(2026, 10, 14, 13, 30, CHI), T(2026, 10, 14, 14, 30, CHI)
    assert i2s.strftime("%A") == "Wednesday" and (i2s.date() - s4.date()).days == 5  # "next Wednesday"
    t4 = f"""Hi Renata,

Whitney really enjoyed your conversation yesterday! We'd like to move you forward.

The next step is a 60-minute working session with {arjun[0]}, our Senior Nutrition Scientist, next Wednesday at 1:30 PM Central. You'll walk Arjun through a nutrition analysis and label review for two recipes from our winter menu - we'll send the recipe cards on Monday, no slides needed. Arjun will send you a calendar invite, and you can reach him at {arjun[1]} if you have questions about the recipes.

Have a great weekend,
Maya

--
Maya Lindqvist (she/her)
Talent Partner, Harvest Crate
"""
    m4 = std_email(hdrs(sent=s4, frm=maya, subject=f"Harvest Crate - round two ({role})",
                        msgid="<CAH7pQx0Lr5Yb2Wn4cF9sQ1mD8tK3vJ6eZ7aU0gH4pX1=nBkC9w@mail.gmail.com>",
                        rhost="mail-sor-f41.google.com", rip="209.85.220.41"),
                   t4, to_html(t4), style="google", seed="c11d")
    evid = h("c11e")[:26]
    ev = {
        "kind": "calendar#event", "etag": "\"3523710084321000\"", "id": evid, "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=" + base64.b64encode(f"{evid} {OWNER}".encode()).decode().rstrip("="),
        "created": rfc3339z(T(2026, 10, 9, 10, 55, CHI)), "updated": rfc3339z(T(2026, 10, 9, 10, 56, CHI, 12)),
        "summary": "Harvest Crate: Recipe nutrition working session (Renata Kowalczyk / Arjun Bhatt)",
        "description": "Walk-through of nutrition analysis + label review for two winter menu recipes. "
                       "Recipe cards will be emailed Monday.",
        "creator": {"email": arjun[1], "displayName": arjun[0]},
        "organizer": {"email": arjun[1], "displayName": arjun[0]},
        "start": {"dateTime": i2s.isoformat(), "timeZone": "America/Chicago"},
        "end": {"dateTime": i2e.isoformat(), "timeZone": "America/Chicago"},
        "iCalUID": f"{evid}@google.com", "sequence": 0,
        "attendees": [
            {"email": arjun[1], "displayName": arjun[0], "organizer": True, "responseStatus": "accepted"},
            {"email": OWNER, "displayName": OWNER_NAME, "self": True, "responseStatus": "needsAction"},
        ],
        "hangoutLink": "https://meet.google.com/wkr-tqzp-mhv",
        "conferenceData": {
            "entryPoints": [{"entryPointType": "video", "uri": "https://meet.google.com/wkr-tqzp-mhv",
                             "label": "meet.google.com/wkr-tqzp-mhv"}],
            "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet"},
            "conferenceId": "wkr-tqzp-mhv"},
        "reminders": {"useDefault": True}, "eventType": "default",
    }
    lab = label([iv(co, role, i1s, i1e, "scheduled", [whitney[1]], [whitney[1]], "hiring_manager"),
                 iv(co, role, i2s, i2e, "scheduled", [arjun[1]], [arjun[1]], "technical")], "hard",
                "positive/two-interviews-thread-gcal",
                "Two interviews with the meal-kit company: (1) East-Coast VP on Thu Oct 8 11:00 AM EDT (= 10:00 CDT), proposed "
                "in a thread and sent as a Google invite; (2) 'next Wednesday at 1:30 PM Central' from Fri Oct 9 = Oct 14, also "
                "a Calendar API event. Recruiter Maya only schedules.")
    return slug, [("01-recruiter-next-step.eml", m1), ("02-re-recruiter-confirms.eml", m2),
                  ("03-invitation-whitney-abernathy.eml", m3), ("04-recruiter-round-two.eml", m4),
                  ("05-working-session-arjun.gcal.json", json.dumps(ev, indent=2, ensure_ascii=False) + "\n")], lab


@case
def c12():
    slug = "b240-12-jury-duty-summons-report-830"
    sent = T(2026, 10, 19, 6, 15, CHI, 0)
    rep = T(2026, 11, 9, 8, 30, CHI)
    wd(rep, "Monday")
    text = f"""CIRCUIT COURT OF COOK COUNTY
OFFICE OF THE JURY ADMINISTRATOR

JUROR SUMMONS - REPORTING INSTRUCTIONS

Juror Name: RENATA KOWALCZYK
Juror ID: 2026-1109-44812
Group: 14

You are summoned to report for jury service on {long_date(rep).upper()}.

REPORT AT 8:30 AM to:
Richard J. Daley Center, 50 W. Washington St., Chicago, IL 60602
Jury Assembly Room, 17th Floor

Jury service typically lasts one day or one trial. During jury selection (voir dire), the judge and the attorneys will question prospective jurors in the courtroom to determine whether they can serve fairly on a particular case. This brief questioning is sometimes called the juror interview; please answer honestly.

Please bring this summons and a photo ID. Allow extra time for security screening. Cell phones are permitted but must be silenced.

Employer letter: if your employer requires proof of service, a certificate of attendance is available at the end of each day of service. Illinois law prohibits employers from penalizing employees for jury service (705 ILCS 310/4.1).

To request a postponement (one deferral within 12 months is permitted), visit the eJuror portal at least 5 business days before your reporting date:
https://ejuror.cookcountycourt.example/postpone

Please do not reply to this email.
"""
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Tyler Technologies//eJuror//EN", "METHOD:PUBLISH"]
              + VTZ_CHI + ["BEGIN:VEVENT", f"UID:ejuror-2026-1109-44812@cookcountycourt.example",
              f"DTSTAMP:{zulu(sent)}", f"DTSTART;TZID=America/Chicago:{local(rep)}",
              f"DTEND;TZID=America/Chicago:{local(rep.replace(hour=16, minute=30))}",
              "SUMMARY:Jury Service - Report to Daley Center (Juror ID 2026-1109-44812)",
              "LOCATION:" + ics_escape("Richard J. Daley Center, 50 W. Washington St., Chicago, IL 60602 - Jury Assembly Room 17th Fl"),
              "DESCRIPTION:Report at 8:30 AM. Bring your summons and photo ID.",
              "END:VEVENT", "END:VCALENDAR"])
    msg = std_email(hdrs(sent=sent, frm=("Circuit Court of Cook County - Jury Administration", "ejuror-noreply@cookcountycourt.example"),
                         subject="Juror Summons - Reporting Instructions - Monday, November 9, 2026",
                         msgid=f"<{h('c12')[:24]}@ejuror.cookcountycourt.example>",
                         rhost="smtp1.cookcountycourt.example", rip="192.0.2.57"),
                    text, to_html(text, "Times New Roman,serif"), style="java", seed="c12",
                    attachments=[("text/calendar", "jury_service.ics", cal)])
    lab = label([], "medium", "negative/jury-duty",
                "Cook County jury summons ('report at 8:30 AM', voir dire described as a 'juror interview') with an .ics; "
                "civic obligation, not a job interview.")
    return slug, [("01-juror-summons-reporting-instructions.eml", msg)], lab


@case
def c13():
    slug = "b240-13-workday-reschedule-across-dst"
    co, role, req = "St. Adalbert Medical Center", "Clinical Nutrition Manager - Acute Care", "R-11972"
    helen = ("Helen Oyelaran", "helen.oyelaran@stadalbertmed.example")
    wdsender = (co, "stadalbert@myworkday.com")
    uid = f"WDINT-{h('c13uid')[:24].upper()}@myworkday.com"
    s1 = T(2026, 10, 26, 8, 55, CHI, 3)
    o_s, o_e = T(2026, 10, 30, 15, 0, CHI), T(2026, 10, 30, 16, 0, CHI)
    n_s, n_e = T(2026, 11, 2, 15, 0, CHI), T(2026, 11, 2, 16, 0, CHI)
    wd(o_s, "Friday"); wd(n_s, "Monday")
    assert o_s.utcoffset() == timedelta(hours=-5) and n_s.utcoffset() == timedelta(hours=-6)

    def wd_mail(sent, kind, s, e, seq, mid, note):
        abbr = s.strftime("%Z")
        text = f"""Hello Renata,

{note}

Job Requisition: {req} {role}
Interview: Hiring Manager Interview
Date: {long_date(s)}
Time: {hm(s)} - {hm(e)} {abbr}
Location: St. Adalbert Medical Center, 1840 W. Division St., Lower Level - Nutrition Services Conference Room (check in at the Main Lobby desk)
Interviewer: {helen[0]}, Director of Nutrition Services

Please use the attached calendar file to update your calendar.

View this in Workday: https://wd3.myworkday.com/stadalbert/d/task/2997$9177.htmld

This is a system-generated message from Workday. Please do not reply.
"""
        cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Workday Inc.//Recruiting//EN", "METHOD:REQUEST"]
                  + VTZ_CHI + ["BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{zulu(sent)}",
                  f"DTSTART;TZID=America/Chicago:{local(s)}", f"DTEND;TZID=America/Chicago:{local(e)}",
                  f"SUMMARY:Hiring Manager Interview - {ics_escape(role)} ({req})",
                  "LOCATION:" + ics_escape("St. Adalbert Medical Center - Nutrition Services Conference Room (Lower Level)"),
                  f"ORGANIZER;CN={co}:mailto:{wdsender[1]}",
                  f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={OWNER_NAME}:mailto:{OWNER}",
                  f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN={helen[0]}:mailto:{helen[1]}",
                  f"SEQUENCE:{seq}", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
        return std_email(hdrs(sent=sent, frm=wdsender, subject=f"{kind}: {role} ({req})", msgid=mid,
                              rhost="wd3-smtp-out-02.myworkday.com", rip="162.223.113.22",
                              extra=[("X-Workday-Tenant", "stadalbert")]),
                         text, to_html(text), style="java", seed=mid, attachments=[("text/calendar", "Interview.ics", cal)])

    m1 = wd_mail(s1, "Interview Scheduled", o_s, o_e, 0, "<1399201877.20931.1792936503114@wd3-prod-ws-mail-027.myworkday.com>",
                 f"Your interview for {role} has been scheduled. We look forward to meeting you.")
    s2 = T(2026, 10, 28, 17, 31, CHI, 48)
    wd(s2, "Wednesday")
    t2 = f"""Hi Renata,

I'm so sorry to do this - we just learned that our Joint Commission survey team will be on site Friday, so I need to move our interview. Could we do Monday, November 2 at the same time, 3:00? Same place, the Nutrition Services conference room on the lower level.

If that works, our coordinator will update it in Workday and you'll get a new notice.

My apologies again, and thank you for being flexible.

Helen

Helen Oyelaran, MS, RDN, LDN
Director of Nutrition Services
St. Adalbert Medical Center
(312) 555-0175 | {helen[1]}
"""
    m2 = std_email(hdrs(sent=s2, frm=helen, subject="Friday interview - need to move",
                        msgid="<SA1PR22MB5123A8D0F7E26C1B9F0D3E42C97B2@SA1PR22MB5123.namprd22.prod.outlook.com>",
                        rhost="mail-sa1nam22on2118.outbound.protection.outlook.com", rip="40.107.96.118"),
                   t2, to_html(t2, "Calibri,sans-serif"), style="outlook", seed="c13b")
    s3 = T(2026, 10, 29, 9, 12, CHI, 40)
    m3 = wd_mail(s3, "Interview Rescheduled", n_s, n_e, 1, "<1514420963.21874.1793023960527@wd3-prod-ws-mail-031.myworkday.com>",
                 f"Your interview for {role} has been rescheduled. The updated details are below; the previous time is no longer valid.")
    lab = label([iv(co, role, n_s, n_e, "scheduled", [helen[1]], [helen[1]], "hiring_manager")], "hard",
                "positive/reschedule-across-dst",
                "Workday notice for Fri Oct 30 3:00 PM CDT, moved by the hiring manager to Mon Nov 2 3:00 PM, after DST end "
                "(CST -06:00); 'Interview Rescheduled' .ics has the same UID with SEQUENCE:1. One interview at the final time.")
    return slug, [("01-workday-interview-scheduled.eml", m1), ("02-hiring-manager-needs-to-move.eml", m2),
                  ("03-workday-interview-rescheduled.eml", m3)], lab


@case
def c14():
    slug = "b240-14-icims-cancelled-position-on-hold"
    co, role = "Silver Birch Senior Living", "Regional Clinical Dietitian - Illinois"
    tasha = ("Tasha Grimes", "tasha.grimes@silverbirchliving.example")
    gary = ("Gary Novak", "gary.novak@silverbirchliving.example")
    s1 = T(2026, 10, 14, 10, 3, CHI, 17)
    start, end = T(2026, 10, 22, 11, 0, CHI), T(2026, 10, 22, 12, 0, CHI)
    wd(start, "Thursday")
    t1 = f"""Dear Renata,

Thank you for your interest in the {role} position at {co}. We are pleased to confirm your interview:

Interview with: {gary[0]}, Regional Director of Operations
Date: {long_date(start)}
Time: {hm(start)} - {hm(end)} Central
Format: Microsoft Teams video call - a meeting invitation will be sent to you separately.

If you have any questions, please contact {tasha[0]} at {tasha[1]}.

Sincerely,
Talent Acquisition
{co}
"""
    m1 = std_email(hdrs(sent=s1, frm=(co, "silverbirch+autoreply@talent.icims.com"), reply_to=addr(*tasha),
                        subject=f"Interview Confirmation - {role}", msgid="<880144.20931.1792076597@talent.icims.com>",
                        rhost="mta-107.talent.icims.com", rip="64.79.155.107"),
                   t1, to_html(t1), style="java", seed="c14a")
    s2 = T(2026, 10, 14, 10, 26, CHI, 2)
    uid = "040000008200E00074C5B7101A82E00800000000" + h("c14uid")[:48].upper()
    body2 = f"""Hi Renata,

Here is the Teams link for your interview with Gary on Thursday. Gary oversees our eight Illinois communities and is the hiring manager for this role.

Tasha Grimes
Talent Acquisition Specialist | {co}
{tasha[1]}
"""
    m2 = outlook_invite(seed="c14b", sent=s2, organizer=tasha, required=[(OWNER_NAME, OWNER), gary],
                        subject=f"Interview: Renata Kowalczyk - {role}", start=start, end=end,
                        win_tzid="Central Standard Time", body=body2, uid=uid)
    s3 = T(2026, 10, 19, 16, 47, CHI, 30)
    wd(s3, "Monday")
    body3 = f"""Hi Renata,

I'm sorry to share that the {role} position has been placed on hold while our leadership team reviews the 2027 budget, so we need to cancel Thursday's interview with Gary. This has nothing to do with your qualifications; Gary was looking forward to meeting you.

If the position reopens I will reach out to you first.

With apologies,
Tasha Grimes
Talent Acquisition Specialist | {co}
"""
    m3 = outlook_invite(seed="c14c", sent=s3, organizer=tasha, required=[(OWNER_NAME, OWNER), gary],
                        subject=f"Canceled: Interview: Renata Kowalczyk - {role}", start=start, end=end,
                        win_tzid="Central Standard Time", body=body3, uid=uid, method="CANCEL", sequence=1, teams=False)
    lab = label([iv(co, role, start, end, "cancelled", [gary[1]], [gary[1]], "hiring_manager")], "medium",
                "positive/cancellation",
                "iCIMS confirmation + Teams invite for Thu Oct 22 11:00 AM CDT, then an Outlook METHOD:CANCEL (same UID, "
                "SEQUENCE:1) because the position is on hold: kept with status cancelled. Interviewer address is in the invite.")
    return slug, [("01-icims-interview-confirmation.eml", m1), ("02-teams-invite-gary-novak.eml", m2),
                  ("03-canceled-interview.eml", m3)], lab


@case
def c15():
    slug = "b240-15-illinois-sos-dmv-appointment"
    sent = T(2026, 10, 6, 21, 17, CHI, 33)
    start = T(2026, 10, 22, 8, 15, CHI)
    wd(start, "Thursday")
    text = f"""Appointment Confirmation

Dear RENATA KOWALCZYK,

Your appointment with the Illinois Secretary of State Driver Services Department is confirmed.

Confirmation Number: DSD-7Q4K-2291
Service: REAL ID Driver's License - Renewal
Facility: Chicago West Driver Services Facility, 5401 N. Elston Ave., Chicago, IL 60630
Date: {start:%m/%d/%Y} ({start:%A})
Time: {hm(start)}

Please arrive 10 minutes before your appointment. Bring the required documents: one proof of identity, proof of Social Security number, proof of signature and two proofs of residency. A vision screening will be administered at the facility.

Customers who arrive more than 15 minutes late will need to reschedule.

To cancel or change your appointment, use your confirmation number at:
https://appointments.ilsos.example/manage

Please do not reply to this message.
"""
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//ILSOS//Appointment Scheduler//EN", "METHOD:PUBLISH",
               "BEGIN:VEVENT", "UID:DSD-7Q4K-2291@appointments.ilsos.example", f"DTSTAMP:{zulu(sent)}",
               f"DTSTART;TZID=America/Chicago:{local(start)}",
               f"DTEND;TZID=America/Chicago:{local(start + timedelta(minutes=15))}",
               "SUMMARY:Driver Services Appointment - REAL ID (DSD-7Q4K-2291)",
               "LOCATION:" + ics_escape("Chicago West Driver Services Facility, 5401 N. Elston Ave., Chicago, IL 60630"),
               "END:VEVENT", "END:VCALENDAR"])
    msg = std_email(hdrs(sent=sent, frm=("Illinois Secretary of State", "no-reply@appointments.ilsos.example"),
                         subject="Driver Services Appointment Confirmation - DSD-7Q4K-2291",
                         msgid=f"<{h('c15')[:28]}@appointments.ilsos.example>",
                         rhost="mailout.appointments.ilsos.example", rip="192.0.2.140"),
                    text, to_html(text), style="java", seed="c15",
                    attachments=[("text/calendar", "appointment.ics", cal)])
    lab = label([], "easy", "negative/dmv-appointment",
                "Illinois Secretary of State driver services (DMV) appointment with .ics; not a job interview.")
    return slug, [("01-driver-services-appointment.eml", msg)], lab


@case
def c16():
    slug = "b240-16-gcal-api-interview-and-prep-hold"
    co, role = "Ravenswood Rehabilitation Hospital", "Clinical Nutrition Manager (LTACH)"
    devin = ("Devin Marsh", "devin.marsh@ravenswoodrehab.example")
    yol = ("Yolanda Brandt", "yolanda.brandt@ravenswoodrehab.example")
    start, end = T(2026, 10, 27, 8, 0, CHI), T(2026, 10, 27, 8, 45, CHI)
    wd(start, "Tuesday")
    deleted = {"kind": "calendar#event", "etag": "\"3521987644102000\"", "id": h("c16del")[:26], "status": "cancelled"}
    evid = h("c16iv")[:26]
    ev = {
        "kind": "calendar#event", "etag": "\"3522190458876000\"", "id": evid, "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=" + base64.b64encode(f"{evid} {OWNER}".encode()).decode().rstrip("="),
        "created": rfc3339z(T(2026, 10, 20, 15, 2, CHI)), "updated": rfc3339z(T(2026, 10, 20, 15, 9, CHI, 41)),
        "summary": f"Interview - {role} - Renata Kowalczyk",
        "description": (f"Hiring manager interview with {yol[0]}, VP of Clinical Operations.\n"
                        f"{devin[0]} (HR) is scheduling only and will not join.\n\n"
                        "Please come to the 2nd floor Administration suite; Yolanda will meet you at reception.\n"
                        f"Questions or changes: {devin[1]}"),
        "location": "Ravenswood Rehabilitation Hospital, 4410 N. Damen Ave, 2nd Floor Administration",
        "creator": {"email": devin[1], "displayName": devin[0]},
        "organizer": {"email": devin[1], "displayName": devin[0]},
        "start": {"dateTime": start.isoformat(), "timeZone": "America/Chicago"},
        "end": {"dateTime": end.isoformat(), "timeZone": "America/Chicago"},
        "iCalUID": f"{evid}@google.com", "sequence": 1,
        "attendees": [
            {"email": devin[1], "displayName": devin[0], "organizer": True, "responseStatus": "accepted"},
            {"email": yol[1], "displayName": yol[0], "responseStatus": "accepted"},
            {"email": OWNER, "self": True, "responseStatus": "accepted"},
        ],
        "guestsCanSeeOtherGuests": True,
        "reminders": {"useDefault": True}, "eventType": "default",
    }
    pid = h("c16prep")[:26]
    prep = {
        "kind": "calendar#event", "etag": "\"3522204116338000\"", "id": pid, "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=" + base64.b64encode(f"{pid} {OWNER}".encode()).decode().rstrip("="),
        "created": rfc3339z(T(2026, 10, 20, 21, 0, CHI)), "updated": rfc3339z(T(2026, 10, 20, 21, 0, CHI, 58)),
        "summary": "Prep: Ravenswood interview (review malnutrition audit + STAR stories)",
        "description": "Print resume x3, parking garage on Sunnyside. Interview is 8:00 tomorrow.",
        "creator": {"email": OWNER, "self": True},
        "organizer": {"email": OWNER, "self": True},
        "start": {"dateTime": T(2026, 10, 26, 19, 0, CHI).isoformat(), "timeZone": "America/Chicago"},
        "end": {"dateTime": T(2026, 10, 26, 20, 0, CHI).isoformat(), "timeZone": "America/Chicago"},
        "iCalUID": f"{pid}@google.com", "sequence": 0,
        "reminders": {"useDefault": True}, "eventType": "default",
    }
    dump = lambda o: json.dumps(o, indent=2, ensure_ascii=False) + "\n"
    lab = label([iv(co, role, start, end, "scheduled", [yol[1]], [yol[1]], "hiring_manager")], "hard",
                "positive/gcal-json",
                "Calendar API events only: a deleted event (id/status only), the interview (organizer is an HR scheduler "
                "who will not join; VP Yolanda conducts it) and the owner's own prep block the evening before, which is not "
                "an interview.")
    return slug, [("01-deleted-hold.gcal.json", dump(deleted)), ("02-interview-ravenswood.gcal.json", dump(ev)),
                  ("03-prep-block.gcal.json", dump(prep))], lab


@case
def c17():
    slug = "b240-17-owner-interviews-dietetic-intern"
    jonah = ("Jonah Feld", "jonah.feld@mail.lakeviewu.example")
    faith = ("Faith Mbeki", "faith.mbeki@lakeviewu.example")
    s1 = T(2026, 11, 5, 20, 12, CHI, 6)
    start, end = T(2026, 11, 10, 16, 0, CHI), T(2026, 11, 10, 16, 30, CHI)
    wd(start, "Tuesday")
    t1 = f"""Dear Ms. Kowalczyk,

Thank you so much for offering me an interview for the community nutrition rotation at Westlawn Family Health Center as part of the Lakeview University Dietetic Internship. Tuesday, November 10 at 4:00 PM works well for me, and I'm happy to meet by video.

My updated resume and rotation goals are in the internship portal. Dr. Mbeki mentioned that you precept two interns each spring - I'd be grateful for the chance to learn from your diabetes MNT work.

Best regards,
Jonah Feld
Dietetic Intern Applicant, Lakeview University
"""
    m1 = std_email(hdrs(sent=s1, frm=jonah, cc=addr(*faith), subject="Re: Westlawn rotation interview",
                        msgid=f"<{h('c17a')[:20]}@mail.lakeviewu.example>",
                        in_reply_to="<CAOwn3rInv1teA7x@mail.gmail.com>", refs="<CAOwn3rInv1teA7x@mail.gmail.com>",
                        rhost="mx-out.lakeviewu.example", rip="198.51.100.77"),
                   t1, None, style="apple", seed="c17a", text_cte="7bit",
                   text_ctype='text/plain; charset="us-ascii"')
    evid = h("c17ev")[:26]
    ev = {
        "kind": "calendar#event", "etag": "\"3524415502914000\"", "id": evid, "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=" + base64.b64encode(f"{evid} {OWNER}".encode()).decode().rstrip("="),
        "created": rfc3339z(T(2026, 11, 5, 21, 0, CHI)), "updated": rfc3339z(T(2026, 11, 5, 21, 1, CHI, 14)),
        "summary": "DI Supervised Practice Interview - Jonah Feld (Lakeview Univ. Dietetic Internship)",
        "description": ("Rotation placement interview for intern applicant Jonah Feld. I'll ask the standard preceptor "
                        "questions (counseling scenario, MNT case, availability for Tue/Thu clinic). Faith optional."),
        "creator": {"email": OWNER, "self": True},
        "organizer": {"email": OWNER, "self": True},
        "start": {"dateTime": start.isoformat(), "timeZone": "America/Chicago"},
        "end": {"dateTime": end.isoformat(), "timeZone": "America/Chicago"},
        "iCalUID": f"{evid}@google.com", "sequence": 0,
        "attendees": [
            {"email": OWNER, "organizer": True, "self": True, "responseStatus": "accepted"},
            {"email": jonah[1], "displayName": jonah[0], "responseStatus": "needsAction"},
            {"email": faith[1], "displayName": faith[0], "optional": True, "responseStatus": "needsAction"},
        ],
        "hangoutLink": "https://meet.google.com/pxd-mrvq-tsa",
        "reminders": {"useDefault": True}, "eventType": "default",
    }
    s3 = T(2026, 11, 5, 21, 34, CHI, 51)
    summ = ev["summary"]
    t3 = f"""Jonah Feld has accepted this invitation.

{summ}
{start:%A} {start:%b} {start.day}, {start.year} \u22c5 {gt(start)} \u2013 {gt(end)}
Central Time - Chicago

Organizer
{OWNER}

Invitation from Google Calendar: https://calendar.google.com/calendar/

You are receiving this email because you are subscribed to calendar notifications. To stop receiving these emails, go to https://calendar.google.com/calendar/r/settings.
"""
    cal = ics(["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
               "CALSCALE:GREGORIAN", "METHOD:REPLY", "BEGIN:VEVENT", f"DTSTART:{zulu(start)}", f"DTEND:{zulu(end)}",
               f"DTSTAMP:{zulu(s3)}", f"ORGANIZER;CN={OWNER}:mailto:{OWNER}", f"UID:{evid}@google.com",
               f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN={jonah[0]};X-NUM-GUESTS=0:mailto:{jonah[1]}",
               "SEQUENCE:0", "STATUS:CONFIRMED", "SUMMARY:" + ics_escape(summ), "TRANSP:OPAQUE",
               "END:VEVENT", "END:VCALENDAR"])
    m3 = std_email([("Delivered-To", OWNER),
                    ("Received", received("mail-sor-f69.google.com", "209.85.220.69", s3, h("c17c")[:12])),
                    ("Return-Path", "<3kN0jZxoKCj@calendar-server.bounces.google.com>"),
                    ("Reply-To", addr(*jonah)),
                    ("Sender", "Google Calendar <calendar-notification@google.com>"),
                    ("Message-ID", f"<calendar-{h('c17c')[:8]}-{h('c17c')[8:12]}-{h('c17c')[12:16]}-{h('c17c')[16:20]}-{h('c17c')[20:32]}@google.com>"),
                    ("Date", rfc(s3.astimezone(UTC))),
                    ("Subject", f"Accepted: {summ} @ {gdate(start)} {gt(start)} - {gt(end)} ({start:%Z}) ({OWNER})"),
                    ("From", addr(*jonah)), ("To", OWNER)],
                   t3, to_html(t3, "Roboto,Helvetica,Arial,sans-serif"), style="google", seed="c17c",
                   cal=("REPLY", cal, "7bit"), attachments=[("application/ics", "invite.ics", cal)], text_cte="base64")
    lab = label([], "hard", "negative/user-is-interviewer",
                "The owner (a dietetic-internship preceptor) interviews an intern applicant: she is the organizer of the "
                "Calendar API event and receives the applicant's 'Accepted' reply. Not an interview for her as candidate.")
    return slug, [("01-intern-applicant-confirms.eml", m1), ("02-intern-interview.gcal.json",
                  json.dumps(ev, indent=2, ensure_ascii=False) + "\n"), ("03-accepted-jonah-feld.eml", m3)], lab


@case
def c18():
    slug = "b240-18-email-thread-tomorrow-at-230"
    co, role = "Beverly Ridge Hospital", "Clinical Nutrition Manager"
    colm = ("Colm Fitzgerald", "colm.fitzgerald@beverlyridgehospital.example")
    denise = ("Denise Harlan", "denise.harlan@beverlyridgehospital.example")
    s1 = T(2026, 11, 16, 10, 14, CHI, 22)
    wd(s1, "Monday")
    t1 = f"""Hi Renata,

Colm Fitzgerald here, Director of Food & Nutrition at Beverly Ridge. Denise (copied) passed along your resume for our {role} opening and I'd like to set up a call.

Are you free tomorrow afternoon? I could do 1:00 or 2:30. It would be a 30-minute phone conversation, just me - mostly about how you've run clinical staffing and your experience with Joint Commission surveys.

Thanks,
Colm

Colm Fitzgerald, MBA, RDN
Director, Food & Nutrition Services
Beverly Ridge Hospital | 10255 S. Western Ave, Chicago, IL 60643
o: (773) 555-0196
"""
    mid1 = "<DM6PR19MB4210F2C83A1E9D7B6C0E5A91D4B72@DM6PR19MB4210.namprd19.prod.outlook.com>"
    m1 = std_email(hdrs(sent=s1, frm=colm, cc=addr(*denise), subject=f"{role} - quick call?", msgid=mid1,
                        rhost="mail-dm6nam19on2094.outbound.protection.outlook.com", rip="40.107.95.94"),
                   t1, to_html(t1, "Calibri,sans-serif"), style="outlook", seed="c18a")
    rsent = T(2026, 11, 16, 13, 21, CHI)
    rtext = f"""Hi Colm,

Thank you for reaching out! 2:30 tomorrow works well for me. The best number is my cell, {OWNER_CELL}.

Looking forward to it,
Renata
"""
    s2 = T(2026, 11, 16, 13, 47, CHI, 9)
    t2 = f"""Perfect - I'll call you tomorrow at 2:30. Talk then.

Colm

________________________________
From: Renata Kowalczyk <{OWNER}>
Sent: {long_date(rsent)} {hm(rsent)}
To: Colm Fitzgerald <{colm[1]}>
Cc: Denise Harlan <{denise[1]}>
Subject: Re: {role} - quick call?

{rtext}
________________________________
From: Colm Fitzgerald <{colm[1]}>
Sent: {long_date(s1)} {hm(s1)}
To: Renata Kowalczyk <{OWNER}>
Cc: Denise Harlan <{denise[1]}>
Subject: {role} - quick call?

{t1}"""
    mid_r = "<CAJr4nXw0Kq7Lm2Tb9sV5eY1dR8pF3uN6hG0cZ4aQ7iW2=xMpE5j@mail.gmail.com>"
    m2 = std_email(hdrs(sent=s2, frm=colm, cc=addr(*denise), subject=f"RE: {role} - quick call?",
                        msgid="<DM6PR19MB4210B71E05C9A3F8D2E6B04AC1D93@DM6PR19MB4210.namprd19.prod.outlook.com>",
                        in_reply_to=mid_r, refs=f"{mid1} {mid_r}",
                        rhost="mail-dm6nam19on2094.outbound.protection.outlook.com", rip="40.107.95.94"),
                   t2, to_html(t2, "Calibri,sans-serif"), style="outlook", seed="c18b")
    start, end = T(2026, 11, 17, 14, 30, CHI), T(2026, 11, 17, 15, 0, CHI)
    assert (start.date() - s2.date()).days == 1
    lab = label([iv(co, role, start, end, "scheduled", [colm[1]], [colm[1]], "hiring_manager")], "medium",
                "positive/thread-relative-date",
                "Plain Outlook thread, no invite: director offers 'tomorrow ... 1:00 or 2:30' on Mon Nov 16; owner picks 2:30 "
                "(quoted), director confirms 'tomorrow at 2:30' -> Tue Nov 17 2:30-3:00 PM CST. Recruiter Denise is only cc'd.")
    return slug, [("01-director-asks-for-call.eml", m1), ("02-re-director-confirms.eml", m2)], lab


@case
def c19():
    slug = "b240-19-olivia-pick-a-time-unbooked"
    co, role = "Pullman Park Health", "Patient Services Manager - Food & Nutrition"
    s1 = T(2026, 10, 20, 17, 5, CHI, 30)
    link = f"https://pullmanpark.paradox.ai/s/{h('c19')[:8]}"
    sms = (f"Olivia (Pullman Park Health): Hi Renata! Thanks for applying for {role}. The hiring team would love to "
           f"interview you! Pick a time that works for you here: {link} Interviews are available Mon-Fri 9 AM-4 PM CT. "
           "Reply STOP to opt out.")
    gv = f"""<https://voice.google.com>
(312) 555-0148
{sms}

YOUR ACCOUNT <https://voice.google.com> HELP CENTER
<https://support.google.com/voice#topic=1707989> HELP FORUM
<https://productforums.google.com/forum/#!forum/voice>
This email was sent to you because you indicated that you'd like to receive
email notifications for text messages. If you don't want to receive such
emails in the future, please update your email notification settings
<https://voice.google.com/settings#messaging>.
Google LLC
1600 Amphitheatre Pkwy
Mountain View CA 94043 USA
"""
    m1 = std_email(hdrs(sent=s1, frm=("(312) 555-0148", "13125550187.13125550148.Hh2kP9sLm4@txt.voice.google.com"),
                        subject="New text message from (312) 555-0148", msgid="<000000000000e4a8b70622a1c3f5@google.com>",
                        rhost="mail-sor-f73.google.com", rip="209.85.220.73"),
                   gv, to_html(gv), style="google", seed="c19a")
    s2 = T(2026, 10, 20, 17, 5, CHI, 58)
    t2 = f"""Hi Renata,

Great news - the hiring team for {role} at {co} would like to schedule an interview with you!

Choose a time that works for you:
{link}

Interviews are 30 minutes and are held Monday through Friday between 9:00 AM and 4:00 PM Central. Once you select a time, I'll send you a confirmation with all the details.

Thanks,
Olivia
Recruiting Assistant, {co}
"""
    m2 = std_email(hdrs(sent=s2, frm=(f"Olivia at {co}", "no-reply@paradox.ai"),
                        subject=f"Let's schedule your interview - {role}",
                        msgid=f"<0100019a{h('c19b')[:24]}-000000@email.paradox.ai>",
                        rhost="a8-44.smtp-out.amazonses.com", rip="54.240.8.44"),
                   t2, to_html(t2), style="java", seed="c19b", html_cte="base64")
    s3 = T(2026, 10, 22, 9, 0, CHI, 4)
    t3 = f"""Hi Renata, just checking in! You haven't picked an interview time for {role} yet. Spots are filling up this week and next - grab one here: {link}

If you're no longer interested, reply NO and I'll let the team know.

Olivia, Recruiting Assistant, {co}
"""
    m3 = std_email(hdrs(sent=s3, frm=(f"Olivia at {co}", "no-reply@paradox.ai"),
                        subject="Reminder: pick your interview time",
                        msgid=f"<0100019a{h('c19c')[:24]}-000000@email.paradox.ai>",
                        rhost="a8-44.smtp-out.amazonses.com", rip="54.240.8.44"),
                   t3, to_html(t3), style="java", seed="c19c", html_cte="base64")
    lab = label([], "medium", "negative/unbooked-scheduling-link",
                "Paradox Olivia text + e-mails asking the owner to pick an interview slot (availability window only); "
                "no time is ever booked, so there is no interview yet.")
    return slug, [("01-google-voice-text-olivia.eml", m1), ("02-olivia-schedule-your-interview.eml", m2),
                  ("03-olivia-reminder-pick-a-time.eml", m3)], lab


@case
def c20():
    slug = "b240-20-symplr-self-schedule-plus-teams"
    co, role = "Evanston Lakeside Hospital", "Clinical Nutrition Manager - Women's & Children's"
    nat = ("Natalie Ferraro", "natalie.ferraro@evanstonlakeside.example")
    s1 = T(2026, 12, 1, 11, 36, CHI, 14)
    start, end = T(2026, 12, 7, 10, 0, CHI), T(2026, 12, 7, 11, 0, CHI)
    wd(s1, "Tuesday"); wd(start, "Monday")
    t1 = f"""Interview Self-Scheduling - Confirmation

Dear Renata Kowalczyk,

You have successfully scheduled your interview. Please keep this email for your records.

Position: {role} (Job #26-4412)
Interviewer: {nat[0]}, Administrative Director, Food & Nutrition Services
Date: {long_date(start)}
Time: {hm(start)} - {hm(end)} (Central Time)
Location: Microsoft Teams - the interviewer will send a meeting invitation.

If you need to change your interview time, please use the link below no later than 24 hours before your interview:
https://evanstonlakeside.healthcaresource.com/cs/ss/{h('c20')[:10]}

{co} Human Resources
This message was sent from symplr Recruiting. Please do not reply to this email.
"""
    m1 = std_email(hdrs(sent=s1, frm=(f"{co} Human Resources", "donotreply@healthcaresource.com"),
                        subject=f"Interview Confirmation - {role}",
                        msgid=f"<{h('c20m')[:16]}.{int(h('c20m')[16:24],16)}@mailer.healthcaresource.com>",
                        rhost="mailer2.healthcaresource.com", rip="198.51.100.212"),
                   t1, to_html(t1, "Segoe UI,Arial,sans-serif"), style="java", seed="c20a")
    s2 = T(2026, 12, 1, 14, 2, CHI, 37)
    body = f"""Hi Renata,

Thanks for picking a time in symplr. Here's the Teams link for our conversation about the {role} role. I'll spend part of the hour on how you'd approach our NICU and pediatric nutrition coverage, so feel free to bring examples.

Natalie

Natalie Ferraro, MS, RDN
Administrative Director, Food & Nutrition Services
{co}
"""
    m2 = outlook_invite(seed="c20b", sent=s2, organizer=nat, required=[(OWNER_NAME, OWNER)],
                        subject=f"Interview: {role} - Renata Kowalczyk", start=start, end=end,
                        win_tzid="Central Standard Time", body=body)
    lab = label([iv(co, role, start, end, "scheduled", [nat[1]], [nat[1]], "hiring_manager")], "medium",
                "positive/ats-symplr-dedupe",
                "symplr Recruiting self-scheduling confirmation (no-reply) plus the interviewer's own Teams invite "
                "('Central Standard Time', Dec = CST -06:00) for the same slot: ONE interview.")
    return slug, [("01-symplr-interview-confirmation.eml", m1), ("02-teams-invite-natalie-ferraro.eml", m2)], lab


@case
def c21():
    slug = "b240-21-motivational-interviewing-cpeu-webinar"
    org = ("Chicagoland Dietetic Association Events", "events@chicagolanddietetic.example")
    sent = T(2026, 11, 2, 9, 15, CHI, 0)
    start, end = T(2026, 11, 12, 12, 0, CHI), T(2026, 11, 12, 13, 30, CHI)
    wd(start, "Thursday")
    body = f"""Thank you for registering for our November member lunch-and-learn!

Motivational Interviewing Skills Lab for RDNs (1.5 CPEUs, CDR Activity #186512)
Presenter: Dr. Lucinda Oyama, PhD, RDN, MINT member

In this interactive session you'll practice OARS skills in breakout rooms: each participant will interview a standardized patient about a change goal and receive feedback from a peer observer. Please have your camera on for the breakout portion.

Certificates of attendance will be emailed within 5 business days. Questions? Reply to this invitation.

Chicagoland Dietetic Association - Professional Development Committee
"""
    msg = outlook_invite(seed="c21", sent=sent, organizer=org, required=[(OWNER_NAME, OWNER)],
                         subject="Motivational Interviewing Skills Lab for RDNs (1.5 CPEUs)", start=start, end=end,
                         win_tzid="Central Standard Time", body=body)
    lab = label([], "hard", "negative/ce-webinar-motivational-interviewing",
                "Teams invite for a continuing-education webinar on motivational interviewing (a counseling technique); "
                "participants 'interview a standardized patient'. Not a job interview.")
    return slug, [("01-mi-skills-lab-invite.eml", msg)], lab


@case
def c22():
    slug = "b240-22-workday-decline-after-interview"
    co, role, req = "Garfield Ridge Medical Center", "Nutrition Services Manager", "R-30388"
    past = T(2026, 10, 13, 11, 0, CHI)
    wd(past, "Tuesday")
    sent = T(2026, 10, 23, 16, 2, CHI, 55)
    text = f"""Dear Renata,

Thank you for taking the time to interview with Dr. Amara Okafor and the Nutrition Services leadership team on {past:%A}, {past:%B} {past.day}. We enjoyed learning about your experience leading clinical dietitians and your work on malnutrition quality measures.

After careful consideration, we have decided to move forward with another candidate for the {role} position ({req}). This was a difficult decision given the strength of the candidate pool.

We encourage you to continue exploring opportunities with {co}; you can update your profile and set job alerts from Candidate Home:
https://wd1.myworkday.com/garfieldridge/d/home.htmld

We wish you the very best in your search.

Sincerely,
Talent Acquisition
{co}

This is a system-generated email. Please do not reply.
"""
    msg = std_email(hdrs(sent=sent, frm=(co, "garfieldridge@myworkday.com"),
                         subject=f"Update on your application for {role} ({req})",
                         msgid="<907331542.88120.1792796575902@wd1-prod-ws-mail-009.myworkday.com>",
                         rhost="wd1-smtp-out-04.myworkday.com", rip="162.223.112.19",
                         extra=[("X-Workday-Tenant", "garfieldridge")]),
                    text, to_html(text), style="java", seed="c22")
    lab = label([], "medium", "negative/rejection-after-interview",
                "Workday decline that refers to a past interview (weekday and date, no time, nothing scheduled). Rejection, "
                "not an interview.")
    return slug, [("01-workday-application-update.eml", msg)], lab


# ----------------------------------------------------------------------------------------------
def main():
    for d in OUT.iterdir():
        if d.is_dir() and d.name.startswith("b240-"):
            shutil.rmtree(d)
    labels = {}
    for i, fn in enumerate(CASES, 1):
        slug, items, lab = fn()
        assert slug.startswith(f"b240-{i:02d}-"), slug
        names = [n for n, _ in items]
        assert names == sorted(names) and all(n.startswith(f"{j:02d}-") for j, n in enumerate(names, 1)), names
        d = OUT / slug
        d.mkdir()
        for name, content in items:
            data = content.encode("utf-8") if isinstance(content, str) else content
            (d / name).write_bytes(data)
        labels[slug] = lab
    with open(OUT / "labels.yaml", "w", encoding="utf-8", newline="\n") as f:
        f.write("# blind240 labels - generated by make_cases.py (do not edit by hand)\n")
        yaml.safe_dump(labels, f, sort_keys=False, allow_unicode=True, width=120, default_flow_style=False)
    pos = sum(1 for l in labels.values() if l["interview"])
    n_iv = sum(len(l["interviews"]) for l in labels.values())
    print(f"{len(labels)} cases ({pos} positive, {len(labels) - pos} negative), {n_iv} interviews")


if __name__ == "__main__":
    main()
