#!/usr/bin/env python3
"""Regenerate the blind198 evaluation set (airline first officer job hunt).

Deterministic: fixed dates, Message-IDs, UIDs and MIME boundaries, so every run
produces byte-identical case folders and labels.yaml.  Standard library + PyYAML.

    python make_cases.py
"""
import base64
import hashlib
import json
import os
import quopri
import shutil
from datetime import date, datetime, timezone
from email.header import Header
from email.utils import format_datetime, formataddr
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "b198-"
USER = "rhys.penhaligon@example.com"
USER_NAME = "Rhys Penhaligon"

UTC = timezone.utc
LON = ZoneInfo("Europe/London")
DXB = ZoneInfo("Asia/Dubai")
HKG = ZoneInfo("Asia/Hong_Kong")

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


# --------------------------------------------------------------------------- basics
def T(y, mo, d, h, mi, tz, s=0):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


def wd(d, name):
    """Assert that a date named in the text falls on the weekday we wrote."""
    if isinstance(d, datetime):
        d = d.date()
    full = WEEKDAYS[d.weekday()]
    assert full.lower().startswith(name.lower()), (d, name, full)


def sha(seed, n=16):
    return hashlib.sha1(seed.encode("utf-8")).hexdigest()[:n]


def rfc(dt):
    return format_datetime(dt)


def zulu(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def floating(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


def addr(name, email):
    return formataddr((name, email), charset="utf-8")


def subj(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


# --------------------------------------------------------------------------- MIME
class Part:
    def __init__(self, headers, body):
        self.headers = headers
        self.body = body


def encode(text, cte):
    data = text.encode("utf-8")
    if cte == "base64":
        return base64.encodebytes(data).decode("ascii").rstrip("\n")
    if cte == "quoted-printable":
        return quopri.encodestring(data).decode("ascii").rstrip("\n")
    if cte == "7bit":
        text.encode("ascii")
    return text.rstrip("\n")


def textpart(sub, body, cte="quoted-printable", charset="utf-8", params="", disposition=None):
    headers = [f'Content-Type: text/{sub}; charset="{charset}"{params}']
    if disposition:
        headers.append(f"Content-Disposition: {disposition}")
    headers.append(f"Content-Transfer-Encoding: {cte}")
    return Part(headers, encode(body, cte))


def attachment(ctype, filename, body, extra=""):
    headers = [
        f'Content-Type: {ctype}; name="{filename}"{extra}',
        f'Content-Disposition: attachment; filename="{filename}"',
        "Content-Transfer-Encoding: base64",
    ]
    return Part(headers, encode(body, "base64"))


def multipart(sub, boundary, parts, params=""):
    body = ""
    for p in parts:
        body += f"--{boundary}\n" + "\n".join(p.headers) + "\n\n" + p.body + "\n"
    body += f"--{boundary}--\n"
    return Part([f'Content-Type: multipart/{sub}; boundary="{boundary}"{params}'], body)


def received(dt, helo, ip, seed):
    return (f"Received: from {helo} ({helo} [{ip}])\n"
            f"        by mx1.example.com with ESMTPS id {sha(seed, 12)}\n"
            f"        for <{USER}>;\n"
            f"        {rfc(dt)}")


def message(*, frm, to, subject, dt, msgid, root, cc=None, reply_to=None, sender=None,
            in_reply_to=None, references=None, pre=(), extra=(), helo=None, ip=None):
    h = [f"Delivered-To: {USER}"]
    if helo:
        h.append(received(dt, helo, ip, msgid))
    h += list(pre)
    h.append(f"From: {frm}")
    if sender:
        h.append(f"Sender: {sender}")
    if reply_to:
        h.append(f"Reply-To: {reply_to}")
    h.append(f"To: {to}")
    if cc:
        h.append(f"Cc: {cc}")
    h.append(f"Subject: {subj(subject)}")
    h.append(f"Date: {rfc(dt)}")
    h.append(f"Message-ID: {msgid}")
    if in_reply_to:
        h.append(f"In-Reply-To: {in_reply_to}")
    if references:
        h.append(f"References: {references}")
    h += list(extra)
    h.append("MIME-Version: 1.0")
    return "\n".join(h + root.headers) + "\n\n" + root.body


def html_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def html_simple(text, style="font-family:Calibri,Arial,sans-serif;font-size:11pt"):
    """Render plain text as a mail-client style HTML body (paragraphs + <br>)."""
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        if p.startswith(">"):
            lines = [html_escape(l.lstrip("> ").rstrip()) if l.strip() != ">" else "" for l in p.split("\n")]
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
                       + "<br>".join(lines) + "</blockquote>")
        else:
            out.append("<p>" + "<br>\n".join(html_escape(l) for l in p.split("\n")) + "</p>")
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            f'<body><div style="{style}">\n' + "\n".join(out) + "\n</div></body></html>\n")


def gmail_alt(seed, text):
    b = "000000000000" + sha(seed + "alt", 16)
    html = html_simple(text, style="font-family:Arial,sans-serif") .replace("<body><div", '<body><div dir="ltr"')
    return multipart("alternative", b, [textpart("plain", text, "quoted-printable"),
                                        textpart("html", html, "quoted-printable")])


def outlook_alt(seed, text):
    b = "_000_" + sha(seed + "ol", 24).upper() + "_"
    html = html_simple(text).replace("<p>", '<p class="MsoNormal">')
    return multipart("alternative", b, [textpart("plain", text, "quoted-printable", charset="us-ascii" if text.isascii() else "utf-8"),
                                        textpart("html", html, "quoted-printable", charset="us-ascii" if text.isascii() else "utf-8")])


def apple_plain(text):
    return textpart("plain", text, "quoted-printable")


def quote(text):
    return "\n".join(("> " + l) if l and not l.startswith(">") else (">" + l if l else ">") for l in text.strip("\n").split("\n"))


# --------------------------------------------------------------------------- iCalendar
def esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line):
    out, cur, curb = [], "", 0
    for ch in line:
        b = len(ch.encode("utf-8"))
        if curb + b > 75:
            out.append(cur)
            cur, curb = " " + ch, 1 + b
        else:
            cur += ch
            curb += b
    out.append(cur)
    return out


def ics_text(lines, eol="\r\n"):
    return eol.join(x for line in lines for x in fold(line)) + eol


VTZ = {
    "Europe/London": [
        "BEGIN:VTIMEZONE", "TZID:Europe/London", "X-LIC-LOCATION:Europe/London",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100", "TZNAME:BST",
        "DTSTART:19700329T010000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "TZNAME:GMT",
        "DTSTART:19701025T020000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
        "END:VTIMEZONE"],
    "Asia/Dubai": [
        "BEGIN:VTIMEZONE", "TZID:Asia/Dubai", "X-LIC-LOCATION:Asia/Dubai",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0400", "TZOFFSETTO:+0400", "TZNAME:+04",
        "DTSTART:19700101T000000", "END:STANDARD", "END:VTIMEZONE"],
    "Asia/Hong_Kong": [
        "BEGIN:VTIMEZONE", "TZID:Asia/Hong_Kong", "X-LIC-LOCATION:Asia/Hong_Kong",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0800", "TZOFFSETTO:+0800", "TZNAME:HKT",
        "DTSTART:19700101T000000", "END:STANDARD", "END:VTIMEZONE"],
    "GMT Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:GMT Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T010000", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT",
        "END:VTIMEZONE"],
    "China Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:China Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T000000", "TZOFFSETFROM:+0800", "TZOFFSETTO:+0800", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T000000", "TZOFFSETFROM:+0800", "TZOFFSETTO:+0800", "END:DAYLIGHT",
        "END:VTIMEZONE"],
    "Arabian Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:Arabian Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T000000", "TZOFFSETFROM:+0400", "TZOFFSETTO:+0400", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T000000", "TZOFFSETFROM:+0400", "TZOFFSETTO:+0400", "END:DAYLIGHT",
        "END:VTIMEZONE"],
}
WINTZ = {"GMT Standard Time": LON, "China Standard Time": HKG, "Arabian Standard Time": DXB}


def attendee(name, email, role="REQ-PARTICIPANT", partstat="NEEDS-ACTION", rsvp=True, google=False):
    if google:
        return (f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};"
                f"{'RSVP=TRUE;' if rsvp else ''}CN={name};X-NUM-GUESTS=0:mailto:{email}")
    return f"ATTENDEE;ROLE={role};PARTSTAT={partstat};RSVP={'TRUE' if rsvp else 'FALSE'};CN={name}:mailto:{email}"


def me(partstat="NEEDS-ACTION", **kw):
    return attendee(USER_NAME, USER, partstat=partstat, **kw)


def teams_block(seed):
    mid = sha(seed + "mid", 12)
    num = int(sha(seed + "num", 10), 16) % 10**12
    n = f"{num:012d}"
    return ("________________________________________________________________________________\n"
            "Microsoft Teams meeting\n"
            "Join on your computer, mobile app or room device\n"
            f"Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0>\n"
            f"Meeting ID: {n[0:3]} {n[3:6]} {n[6:9]} {n[9:12]}\n"
            f"Passcode: {sha(seed + 'pc', 6)}\n"
            "Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | "
            "Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
            "Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>\n"
            "________________________________________________________________________________")


def exchange_invite(*, seed, organizer, attendees, start, end, wintz, title, body, dt, to,
                    location="Microsoft Teams Meeting", teams=True, sequence=0, cancel=False,
                    created=None, cc=None, msgdomain="LO4P265MB5812.GBRP265.PROD.OUTLOOK.COM"):
    """Exchange Online / Outlook meeting request (or cancellation) as an .eml string."""
    tz = WINTZ[wintz]
    s, e = start.astimezone(tz), end.astimezone(tz)
    uid = "040000008200E00074C5B7101A82E00800000000" + sha(seed + "uid", 40).upper() + "0000000000000000100000000" + sha(seed + "uid2", 32).upper()
    desc = body + ("\n\n" + teams_block(seed) if teams else "")
    lines = ["BEGIN:VCALENDAR", f"METHOD:{'CANCEL' if cancel else 'REQUEST'}",
             "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"] + VTZ[wintz] + ["BEGIN:VEVENT",
             f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    for a in attendees:
        lines.append(a)
    lines += [f"DESCRIPTION;LANGUAGE=en-GB:{esc(desc)}",
              f"UID:{uid}",
              f"SUMMARY;LANGUAGE=en-GB:{esc(('Canceled: ' if cancel else '') + title)}",
              f"DTSTART;TZID={wintz}:{floating(s)}",
              f"DTEND;TZID={wintz}:{floating(e)}",
              "CLASS:PUBLIC", f"PRIORITY:{1 if cancel else 5}",
              f"DTSTAMP:{zulu(dt)}", f"TRANSP:{'TRANSPARENT' if cancel else 'OPAQUE'}",
              f"STATUS:{'CANCELLED' if cancel else 'CONFIRMED'}", f"SEQUENCE:{sequence}",
              f"LOCATION;LANGUAGE=en-GB:{esc(location)}",
              f"X-MICROSOFT-CDO-APPT-SEQUENCE:{sequence}",
              f"X-MICROSOFT-CDO-OWNERAPPTID:{int(sha(seed + 'own', 8), 16) % 2000000000}",
              f"X-MICROSOFT-CDO-BUSYSTATUS:{'FREE' if cancel else 'TENTATIVE'}",
              f"X-MICROSOFT-CDO-INTENDEDSTATUS:{'FREE' if cancel else 'BUSY'}",
              "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0"]
    if teams:
        lines += ["X-MICROSOFT-ONLINEMEETINGINFORMATION:{\"OnlineMeetingChannelId\":null\\,\"OnlineMeetingProvider\":3}",
                  "X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_"
                  + sha(seed + "mid", 12) + "%40thread.v2/0"]
    lines += ["X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
              f"X-MICROSOFT-LOCATIONDISPLAYNAME:{esc(location)}"]
    if not cancel:
        lines += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM"]
    lines += ["END:VEVENT", "END:VCALENDAR"]
    cal = ics_text(lines)
    b = "_000_" + sha(seed + "b", 24).upper() + "_"
    root = multipart("alternative", b, [
        textpart("plain", desc, "quoted-printable"),
        textpart("html", html_simple(desc).replace("<p>", '<p class="MsoNormal">'), "quoted-printable"),
        textpart("calendar", cal, "base64", params=f"; method={'CANCEL' if cancel else 'REQUEST'}"),
    ])
    subject = ("Canceled: " if cancel else "") + title
    tindex = base64.b64encode(hashlib.sha1((seed + "ti").encode()).digest() + b"\x00\x01").decode()
    return message(
        frm=addr(*organizer), to=to, cc=cc, subject=subject, dt=dt,
        msgid=f"<{sha(seed + 'm' + str(sequence) + str(cancel), 24).upper()}@{msgdomain}>",
        root=root, helo="mail-lo4gbr01on2105.outbound.protection.outlook.com", ip="198.51.100.105",
        extra=[f"Thread-Topic: {subj(title)}", f"Thread-Index: {tindex}",
               "Accept-Language: en-GB, en-US", "Content-Language: en-GB",
               "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:",
               "X-MS-Exchange-Organization-SCL: -1"])


GTZ_LONG = {"Europe/London": "United Kingdom Time", "Asia/Dubai": "Gulf Standard Time",
            "Asia/Hong_Kong": "Hong Kong Standard Time"}
GTZ_ABBR = {"+04": "GST"}


def gtime(dt):
    h = dt.hour % 12 or 12
    ap = "am" if dt.hour < 12 else "pm"
    return f"{h}{ap}" if dt.minute == 0 else f"{h}:{dt.minute:02d}{ap}"


def google_invite(*, seed, organizer, guests, start, end, title, description, dt, location="",
                  sequence=0, created=None, updated=False):
    """Google Calendar invitation e-mail. guests: list of (name, email, partstat)."""
    tzname = start.tzinfo.key
    abbr = GTZ_ABBR.get(start.tzname(), start.tzname())
    code = f"{sha(seed + 'a', 3)}-{sha(seed + 'b', 4)}-{sha(seed + 'c', 3)}"
    code = "".join(chr(97 + int(c, 16) % 26) if c.isdigit() else c for c in code)
    uid = sha(seed + "uid", 26) + "@google.com"
    eid = base64.urlsafe_b64encode(f"{uid.split('@')[0]} {USER}".encode()).decode().rstrip("=")
    view = f"https://calendar.google.com/calendar/event?action=VIEW&eid={eid}"
    when = f"{WEEKDAYS[start.weekday()]} {start:%b} {start.day}, {start.year} \u22c5 {gtime(start)} \u2013 {gtime(end)}"
    head = f"{title}\n"
    if updated:
        head = f"This event has been updated\nChanged: time\n\n{title}\n"
    txt = (head + f"{when}\n{GTZ_LONG[tzname]}\n\n"
           + (f"Location\n{location}\n\n" if location else "")
           + f"Join with Google Meet\nhttps://meet.google.com/{code}\n\n"
           f"Join by phone\n(GB) +44 20 7946 0{int(sha(seed + 'ph', 4), 16) % 1000:03d}\nPIN: {int(sha(seed + 'pin', 8), 16) % 10**9:09d}\n\n"
           f"Organizer\n{organizer[0]}\n{organizer[1]}\n\nGuests\n")
    for g in guests:
        txt += f"{g[0]}{' - organizer' if g[1] == organizer[1] else ''}\n{g[1]}\n"
    txt += (f"View all guest info {view}\n\n{description}\n\n"
            f"Reply for {USER} and view more details {view}\n\n"
            "~~//~~\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
            "You are receiving this email because you are an attendee on the event.\n\n"
            "Forwarding this invitation could allow any recipient to send a response to the organizer, "
            "be added to the guest list, invite others regardless of their own invitation status, "
            "or modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding\n")
    html = html_simple(txt, style="font-family:Roboto,Helvetica,Arial,sans-serif")
    created = created or dt
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
             "CALSCALE:GREGORIAN", "METHOD:REQUEST", "BEGIN:VEVENT",
             f"DTSTART:{zulu(start)}", f"DTEND:{zulu(end)}", f"DTSTAMP:{zulu(dt)}",
             f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}", f"UID:{uid}"]
    for g in guests:
        lines.append(attendee(g[0], g[1], partstat=g[2], rsvp=(g[1] == USER), google=True))
    lines += [f"X-GOOGLE-CONFERENCE:https://meet.google.com/{code}",
              f"CREATED:{zulu(created)}",
              f"DESCRIPTION:{esc(description)}\\n\\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\\n"
              f"Join with Google Meet: https://meet.google.com/{code}\\n\\nLearn more about Meet at: https://support.google.com/a/users/answer/9282720"
              "\\n\\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-",
              f"LAST-MODIFIED:{zulu(dt)}", f"LOCATION:{esc(location)}", f"SEQUENCE:{sequence}",
              "STATUS:CONFIRMED", f"SUMMARY:{esc(title)}", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    cal7 = ics_text(lines, eol="\n")
    cal = ics_text(lines)
    b1 = "000000000000" + sha(seed + "mix" + str(sequence), 16)
    b2 = "000000000000" + sha(seed + "alt" + str(sequence), 16)
    alt = multipart("alternative", b2, [
        textpart("plain", txt, "base64", charset="UTF-8", params="; format=flowed; delsp=yes"),
        textpart("html", html, "quoted-printable", charset="UTF-8"),
        textpart("calendar", cal7, "7bit" if cal7.isascii() else "quoted-printable", charset="UTF-8", params="; method=REQUEST"),
    ])
    root = multipart("mixed", b1, [alt, attachment("application/ics", "invite.ics", cal)])
    pre_label = "Updated invitation" if updated else "Invitation"
    subject = (f"{pre_label}: {title} @ {start:%a %b} {start.day}, {start.year} {gtime(start)} - {gtime(end)} "
               f"({abbr}) ({USER})")
    return message(
        frm=addr(*organizer), to=USER, subject=subject, dt=dt,
        msgid=f"<calendar-{sha(seed + 'msg' + str(sequence), 8)}-{sha(seed + 'x', 4)}-{sha(seed + 'y', 4)}-{sha(seed + 'z', 4)}-{sha(seed + 'w', 12)}@google.com>",
        root=root, reply_to=addr(*organizer),
        sender="Google Calendar <calendar-notification@google.com>",
        pre=[f"Return-Path: <{sha(seed + 'rp', 20)}@calendar-server.bounces.google.com>"],
        helo="mail-sor-f69.google.com", ip="209.85.220.69")


def gcal_event(d):
    return json.dumps(d, indent=2, ensure_ascii=False) + "\n"


def iv(company, role, start, end, status, interviewers, followup, kind):
    return {"company": company, "role": role, "start": start.isoformat(),
            "end": end.isoformat() if end else None, "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(followup), "kind": kind}


def label(interviews, difficulty, category, notes):
    return {"user": USER, "interview": bool(interviews), "interviews": interviews,
            "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}


CASES = []


def case(fn):
    CASES.append(fn)
    return fn


# =========================================================================== positives
@case
def c01():
    slug = "b198-01-gulfcrest-assessment-day-dubai"
    portal_dt = T(2026, 3, 9, 10, 12, LON, 7)
    day = date(2026, 3, 24)
    wd(day, "Tuesday")
    wd(date(2026, 3, 22), "Sunday"); wd(date(2026, 3, 23), "Monday"); wd(date(2026, 3, 25), "Wednesday")
    start, end = T(2026, 3, 24, 8, 15, DXB), T(2026, 3, 24, 15, 0, DXB)
    role = "First Officer \u2013 Boeing 787 (Direct Entry)"
    portal_txt = f"""Dear Rhys,

Congratulations! Following the review of your application and your online aptitude results for job requisition JR-04471 {role}, Dubai base, we are pleased to invite you to a Pilot Assessment Day.

Event: Pilot Assessment Day \u2013 DE FO B787
Date: 24-Mar-2026 (Tuesday)
Start time: 08:15 Gulf Standard Time (UTC+04:00)
Venue: Gulfcrest Flight Training Centre, Building 3, Al Garhoud, Dubai
Stages: Group exercise | Technical & HR interview | Simulator assessment (B787 FFS)

Your detailed itinerary, duty travel and hotel arrangements will be sent separately by the Pilot Recruitment team.

Please sign in to your Candidate Home to confirm attendance and upload: passport copy, licence (both sides), Class 1 medical certificate and the last three pages of your logbook.

Sign in: https://gulfcrest.aerorecruit.example/candidate/home?req=JR-04471

Kind regards,
Gulfcrest Airways Pilot Recruitment

This message was sent by AeroRecruit on behalf of Gulfcrest Airways. Replies to this address are not monitored.
"""
    portal_html = ("""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;background:#f3f4f6">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="600" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1f2933">
<tr><td style="background:#7a1f2b;color:#fff;padding:18px 24px;font-size:18px">Gulfcrest Airways &middot; Careers</td></tr>
<tr><td style="padding:24px">
<p>Dear Rhys,</p>
<p>Congratulations! Following the review of your application and your online aptitude results for job requisition <b>JR-04471 First Officer &ndash; Boeing 787 (Direct Entry)</b>, Dubai base, we are pleased to invite you to a Pilot Assessment Day.</p>
<table cellpadding="6" style="border:1px solid #d9dde3;font-size:14px">
<tr><td><b>Event</b></td><td>Pilot Assessment Day &ndash; DE FO B787</td></tr>
<tr><td><b>Date</b></td><td>24-Mar-2026 (Tuesday)</td></tr>
<tr><td><b>Start time</b></td><td>08:15 Gulf Standard Time (UTC+04:00)</td></tr>
<tr><td><b>Venue</b></td><td>Gulfcrest Flight Training Centre, Building 3, Al Garhoud, Dubai</td></tr>
<tr><td><b>Stages</b></td><td>Group exercise | Technical &amp; HR interview | Simulator assessment (B787 FFS)</td></tr>
</table>
<p>Your detailed itinerary, duty travel and hotel arrangements will be sent separately by the Pilot Recruitment team.</p>
<p>Please sign in to your Candidate Home to confirm attendance and upload: passport copy, licence (both sides), Class 1 medical certificate and the last three pages of your logbook.</p>
<p><a href="https://gulfcrest.aerorecruit.example/candidate/home?req=JR-04471" style="background:#7a1f2b;color:#fff;padding:10px 18px;text-decoration:none">Sign in to Candidate Home</a></p>
<p>Kind regards,<br>Gulfcrest Airways Pilot Recruitment</p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#6b7280">This message was sent by AeroRecruit on behalf of Gulfcrest Airways. Replies to this address are not monitored.</td></tr>
</table></td></tr></table></body></html>
""")
    m1 = message(
        frm=addr("Gulfcrest Airways", "gulfcrest@aerorecruit.example"), to=USER,
        reply_to="no-reply@aerorecruit.example",
        subject="Gulfcrest Airways: Assessment Day invitation \u2013 First Officer B787 (Direct Entry) \u2013 JR-04471",
        dt=portal_dt, msgid="<ar.8c41f0e2b7.JR-04471.cand-552190@notify.aerorecruit.example>",
        root=multipart("alternative", "----=_Part_884213_1290455126.1773051127000",
                       [textpart("plain", portal_txt, "quoted-printable"), textpart("html", portal_html, "quoted-printable")]),
        helo="mta-07.notify.aerorecruit.example", ip="203.0.113.27",
        extra=["X-AeroRecruit-Tenant: gulfcrest", "Auto-Submitted: auto-generated"])

    farah_dt = T(2026, 3, 11, 14, 30, DXB, 41)
    farah_txt = """Dear Rhys,

Further to your invitation through the candidate portal, please find below your itinerary for the Assessment Day on Tuesday 24 March. All times are Dubai local (GST, UTC+4) with Zulu in brackets.

07:45 (0345Z)  Arrive at GFTC reception, Building 3 - security pass and document check
08:15 (0415Z)  Welcome briefing and group exercise (Assessment Room 2)
10:00 (0600Z)  Technical & HR interview - Capt. Omar Haddad (Training Captain, B787) and Ms Rana Khoury (HR Business Partner)
11:00 (0700Z)  Lunch
12:30 (0830Z)  Simulator briefing
13:00 (0900Z)  Simulator assessment, B787 FFS Bay 2 (you will be paired with another candidate)
15:00 (1100Z)  Close and travel back to hotel

Duty travel: we have booked you on GC 006 London Heathrow - Dubai on Sunday 22 March, departing 2040Z and arriving 0750L on Monday 23 March. Two nights at the Garhoud Airport Suites are confirmed; return on GC 009 on Wednesday 25 March at 0840L. E-tickets will follow from our travel desk.

Please wear business attire and bring your original licence, medical, passport and logbooks. A calendar entry is attached.

If anything changes with your roster, please contact me directly rather than this mailbox - farah.qureshi@gulfcrest.example or +971 4 555 0142.

Kind regards,

Farah Qureshi
Pilot Recruitment Officer | Flight Operations Division
Gulfcrest Airways
"""
    ics1 = ics_text(["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
                     "METHOD:PUBLISH"] + VTZ["Arabian Standard Time"] + [
        "BEGIN:VEVENT", "CLASS:PUBLIC", f"CREATED:{zulu(farah_dt)}",
        f"DESCRIPTION:{esc('Gulfcrest Pilot Assessment Day - DE FO B787. Group exercise, Technical & HR interview (Capt. Omar Haddad / Ms Rana Khoury), B787 simulator assessment. Report to GFTC reception by 07:45.')}",
        f"DTEND;TZID=Arabian Standard Time:{floating(end)}", f"DTSTAMP:{zulu(farah_dt)}",
        f"DTSTART;TZID=Arabian Standard Time:{floating(start)}", f"LAST-MODIFIED:{zulu(farah_dt)}",
        f"LOCATION:{esc('Gulfcrest Flight Training Centre, Building 3, Al Garhoud, Dubai')}",
        "ORGANIZER;CN=Gulfcrest Pilot Recruitment:mailto:pilot.recruitment@gulfcrest.example",
        me(partstat="NEEDS-ACTION"), "PRIORITY:5", "SEQUENCE:0",
        "SUMMARY;LANGUAGE=en-gb:Gulfcrest Assessment Day - DE FO B787 - R. Penhaligon",
        "TRANSP:OPAQUE", "UID:040000008200E00074C5B7101A82E008000000003C9A41B7E4B0DC01000000000000000010000000D1E2C3B4A5968778695A4B3C2D1E0F11",
        "X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
        "END:VEVENT", "END:VCALENDAR"])
    b = "_004_DB8P191MB1342EURP191PROD_"
    root = multipart("mixed", b, [outlook_alt("c01farah", farah_txt),
                                  attachment("text/calendar", "AssessmentDay_24Mar2026.ics", ics1, extra="; method=PUBLISH")])
    m2 = message(
        frm=addr("Gulfcrest Pilot Recruitment", "pilot.recruitment@gulfcrest.example"), to=addr(USER_NAME, USER),
        subject="Assessment Day 24 March - itinerary and travel - R. Penhaligon (JR-04471)", dt=farah_dt,
        msgid="<DB8P191MB1342A7C0E1F2D3B4@DB8P191MB1342.EURP191.PROD.OUTLOOK.COM>", root=root,
        helo="mail-db8eur01on2112.outbound.protection.outlook.com", ip="198.51.100.112",
        extra=["Thread-Topic: Assessment Day 24 March - itinerary and travel - R. Penhaligon (JR-04471)",
               "Accept-Language: en-GB, ar-AE", "Content-Language: en-GB", "X-MS-Has-Attach: yes"])
    files = {"01-aerorecruit-assessment-day-invitation.eml": m1, "02-gulfcrest-itinerary-with-ics.eml": m2}
    lab = label([iv("Gulfcrest Airways", role, start, end, "scheduled", [], ["farah.qureshi@gulfcrest.example"], "onsite")],
                "hard", "positive/ats-portal-assessment-day",
                "Workday-like portal invite + coordinator itinerary (.ics in Windows 'Arabian Standard Time'). Group exercise, "
                "interview and sim on one day = one onsite from 08:15 (first session; 07:45 is only the security/document "
                "check) to 15:00 GST. Interviewers named without addresses; mail comes from a group mailbox, so follow-up "
                "goes to the coordinator's direct address given in the text.")
    return slug, files, lab


@case
def c02():
    slug = "b198-02-harbour-pacific-hr-screen-then-panel"
    role = "First Officer \u2013 Airbus A350 (Hong Kong base)"
    s1, e1 = T(2026, 2, 12, 16, 0, HKG), T(2026, 2, 12, 16, 30, HKG)
    s2, e2 = T(2026, 3, 4, 9, 30, HKG), T(2026, 3, 4, 11, 30, HKG)
    wd(s1, "Thursday"); wd(s2, "Wednesday")
    winnie = ("Winnie Lau", "winnie.lau@harbourpacific.example")
    desmond = ("Capt. Desmond Cheung", "desmond.cheung@harbourpacific.example")
    grace = ("Grace Yip", "grace.yip@harbourpacific.example")
    d1 = T(2026, 2, 3, 9, 40, HKG, 12)
    t1 = f"""Dear Mr Penhaligon,

Thank you for your application for the position of {role} (Ref. HPA-FO-2611).

I would like to invite you to an initial HR screening call with me. This is a 30-minute video call on Microsoft Teams covering your background, licence and type-rating status, notice period and relocation to Hong Kong.

Proposed time: Thursday 12 February 2026, 16:00-16:30 Hong Kong time (08:00-08:30 UTC, i.e. 08:00 UK time).

I will send you a Teams invitation shortly. If this clashes with your roster, please let me know and I will find an alternative.

Best regards,

Winnie Lau
Talent Acquisition Partner - Flight Operations
Harbour Pacific Airlines
T +852 5550 2271 | winnie.lau@harbourpacific.example
"""
    m1 = message(frm=addr(*winnie), to=addr(USER_NAME, USER), subject=f"HR screening call - {role} (HPA-FO-2611)",
                 dt=d1, msgid="<TYZPR06MB6261B1E0F5A9C3D2@TYZPR06MB6261.apcprd06.prod.outlook.com>",
                 root=outlook_alt("c02m1", t1), helo="mail-tyzapc01on2101.outbound.protection.outlook.com", ip="198.51.100.101",
                 extra=["Accept-Language: en-HK, zh-HK", "Content-Language: en-GB"])
    d2 = T(2026, 2, 3, 10, 2, HKG, 55)
    m2 = exchange_invite(
        seed="c02screen", organizer=winnie, attendees=[me()], start=s1, end=e1, wintz="China Standard Time",
        title="Harbour Pacific Airlines - HR Screening - Rhys Penhaligon (FO A350)",
        body="Hi Rhys,\n\nAs per my e-mail, the Teams link for our HR screening call is below. It will be just the two of us, about 30 minutes.\n\nWinnie",
        dt=d2, to=addr(USER_NAME, USER), msgdomain="TYZPR06MB6261.apcprd06.prod.outlook.com")
    d3 = T(2026, 2, 13, 17, 20, HKG, 3)
    wd(d3, "Friday")
    t3 = f"""Dear Rhys,

Thank you for speaking with me yesterday. I am pleased to let you know that you have progressed to the panel interview stage for {role}.

Date: Wednesday 4 March 2026
Time: 09:30-11:30 Hong Kong time (HKT, UTC+8) / 0130Z-0330Z
Venue: Harbour Pacific Training Centre, Level 3, Airport Service Area, Chek Lap Kok (please report to the ground-floor reception 15 minutes early)
Panel: Capt. Desmond Cheung, Training Captain A350 (desmond.cheung@harbourpacific.example)
       Ms Grace Yip, Manager - Flight Operations HR (grace.yip@harbourpacific.example)

The interview has a technical section (systems, performance, EU/HK regulations) led by Capt. Cheung and a competency-based section led by Ms Yip. Please bring your licence, medical certificate, logbooks and passport.

We will provide duty travel London - Hong Kong on 2 March; our travel desk will contact you separately. A calendar file for the panel interview is attached.

Best regards,

Winnie Lau
Talent Acquisition Partner - Flight Operations
Harbour Pacific Airlines
T +852 5550 2271 | winnie.lau@harbourpacific.example
"""
    ics3 = ics_text(["BEGIN:VCALENDAR", "PRODID:-//Harbour Pacific Airlines//CrewTalent HR Scheduler 3.1//EN",
                     "VERSION:2.0", "METHOD:REQUEST"] + VTZ["Asia/Hong_Kong"] + [
        "BEGIN:VEVENT", "UID:hpa-int-2611-000384@harbourpacific.example", "SEQUENCE:0",
        f"DTSTAMP:{zulu(d3)}", f"DTSTART;TZID=Asia/Hong_Kong:{floating(s2)}", f"DTEND;TZID=Asia/Hong_Kong:{floating(e2)}",
        "SUMMARY:Panel Interview - First Officer A350 - Rhys Penhaligon",
        f"LOCATION:{esc('Harbour Pacific Training Centre, Level 3, Airport Service Area, Chek Lap Kok')}",
        f"DESCRIPTION:{esc('Panel: Capt. Desmond Cheung (Training Captain A350), Ms Grace Yip (Manager - Flight Operations HR). Coordinator: Winnie Lau.')}",
        f"ORGANIZER;CN={winnie[0]}:mailto:{winnie[1]}",
        attendee(desmond[0], desmond[1], partstat="ACCEPTED", rsvp=False),
        attendee(grace[0], grace[1], partstat="ACCEPTED", rsvp=False),
        me(), "STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"])
    root3 = multipart("mixed", "_004_TYZPR06MB626177C1@apcprd06_",
                      [outlook_alt("c02m3", t3), attachment("text/calendar", "PanelInterview_HPA-FO-2611.ics", ics3, extra="; method=REQUEST")])
    m3 = message(frm=addr(*winnie), to=addr(USER_NAME, USER), subject=f"Panel interview invitation - {role} (HPA-FO-2611)",
                 dt=d3, msgid="<TYZPR06MB6261C44D0A7E1B99@TYZPR06MB6261.apcprd06.prod.outlook.com>", root=root3,
                 helo="mail-tyzapc01on2101.outbound.protection.outlook.com", ip="198.51.100.101",
                 extra=["Accept-Language: en-HK, zh-HK", "Content-Language: en-GB", "X-MS-Has-Attach: yes"])
    files = {"01-hpa-hr-screen-email.eml": m1, "02-teams-invite-hr-screen.eml": m2, "03-hpa-panel-invitation-with-ics.eml": m3}
    lab = label([
        iv("Harbour Pacific Airlines", role, s1, e1, "scheduled", [winnie[1]], [winnie[1]], "phone_screen"),
        iv("Harbour Pacific Airlines", role, s2, e2, "scheduled", [desmond[1], grace[1]], [desmond[1], grace[1]], "onsite"),
    ], "medium", "positive/two-interviews",
        "Two interviews: HR screen with the recruiter (e-mail + Teams invite in Windows 'China Standard Time' = one) "
        "then a panel with a training captain and HR manager three weeks later (.ics in Asia/Hong_Kong). Winnie only "
        "coordinates the panel, so she is not a panel interviewer.")
    return slug, files, lab


@case
def c03():
    slug = "b198-03-solent-air-roster-reschedule-dst"
    nadia = ("Nadia Brennan", "nadia.brennan@solentair.example")
    ollie = ("Ollie Marsh", "ollie.marsh@solentair.example")
    title = "Solent Air Charter \u2013 FO interview + sim ride (Rhys Penhaligon)"
    desc = ("Rhys \u2013 as discussed on the phone: about 45 min interview with me and Ollie Marsh (TRE), technical and "
            "company fit, then a short LOFT-style ride in our ATR 72-600 FNPT. It's for the ATR 72 First Officer "
            "vacancy (Southampton base). Bring licence, medical and logbook.\n\nNadia\nHead of Training, Solent Air Charter")
    loc = "Solent Air Charter Ops, Hangar 4, Southampton Airport, SO18 2NL"
    o_s, o_e = T(2026, 3, 27, 10, 0, LON), T(2026, 3, 27, 12, 0, LON)
    n_s, n_e = T(2026, 4, 2, 10, 0, LON), T(2026, 4, 2, 12, 0, LON)
    wd(o_s, "Friday"); wd(n_s, "Thursday")
    assert o_s.utcoffset().total_seconds() == 0 and n_s.utcoffset().total_seconds() == 3600
    assert n_s.astimezone(UTC).hour == 9
    d1 = T(2026, 3, 16, 9, 14, LON, 22)
    guests = [(nadia[0], nadia[1], "ACCEPTED"), (ollie[0], ollie[1], "ACCEPTED"), (USER_NAME, USER, "NEEDS-ACTION")]
    m1 = google_invite(seed="c03", organizer=nadia, guests=guests, start=o_s, end=o_e, title=title,
                       description=desc, dt=d1, location=loc)
    inv_mid = m1.split("Message-ID: ")[1].split("\n")[0]
    rhys_dt = T(2026, 3, 17, 19, 31, LON)
    wd(rhys_dt, "Tuesday")
    d2 = T(2026, 3, 18, 8, 5, LON, 40)
    wd(d2, "Wednesday")
    rhys = """Hi Nadia,

Sorry to do this. Our roster for the end of March dropped this afternoon and I've been given a Faro night-stop on the 26th, not back on blocks at LGW until about 1130Z on the 27th, so I can't make the 1000 slot.

I'm off 1-3 April. Would Thursday 2nd work at all?

Cheers,
Rhys"""
    t2 = ("""Morning Rhys,

No drama at all, the roster always wins. Ollie can do Thursday 2nd April, same slot: 1000 local, which will be 0900Z as the clocks go forward on the 29th. I'll move the invite now.

Nadia

On Tue, 17 Mar 2026 at 19:31, Rhys Penhaligon <rhys.penhaligon@example.com> wrote:
""" + quote(rhys) + "\n")
    m2 = message(frm=addr(*nadia), to=addr(USER_NAME, USER), subject="Re: " + title.replace("\u2013", "-"), dt=d2,
                 msgid="<CAH8kP2vN1Bq0sX7-Lr4mW9cT3uYhZ6eJd5aFgQ@mail.gmail.com>",
                 in_reply_to="<CAJr7yPe0aT8qNw3nV5xL2bKd9sHf4mUc1ZgR6oE@example.com>",
                 references=f"{inv_mid} <CAJr7yPe0aT8qNw3nV5xL2bKd9sHf4mUc1ZgR6oE@example.com>",
                 root=gmail_alt("c03m2", t2), helo="mail-wm1-f41.google.com", ip="209.85.128.41")
    d3 = T(2026, 3, 18, 8, 9, LON, 2)
    m3 = google_invite(seed="c03", organizer=nadia, guests=guests, start=n_s, end=n_e, title=title,
                       description=desc, dt=d3, location=loc, sequence=1, created=d1, updated=True)
    files = {"01-invitation-fri-27-mar.eml": m1, "02-re-roster-clash-moved.eml": m2, "03-updated-invitation-thu-2-apr.eml": m3}
    lab = label([iv("Solent Air Charter", "ATR 72 First Officer", n_s, n_e, "scheduled", [nadia[1], ollie[1]],
                    [nadia[1], ollie[1]], "onsite")],
                "hard", "positive/reschedule-roster",
                "Google invite for Fri 27 Mar 10:00 GMT moved because of the candidate's flying roster (quoted reply) to "
                "Thu 2 Apr 10:00 local; UK clocks change on 29 Mar so the final time is 10:00 BST = 0900Z (SEQUENCE:1).")
    return slug, files, lab


@case
def c04():
    slug = "b198-04-corvina-air-interview-cancelled"
    helen = ("Helen Ashdown", "helen.ashdown@corvina-air.example")
    rajesh = ("Capt. Rajesh Menon", "rajesh.menon@corvina-air.example")
    role = "First Officer - A321neo (Stansted)"
    s, e = T(2026, 4, 14, 14, 0, LON), T(2026, 4, 14, 15, 0, LON)
    wd(s, "Tuesday")
    title = f"Corvina Air - {role} - Interview - Rhys Penhaligon"
    body = ("Dear Rhys,\n\nThank you for your application. Capt. Rajesh Menon (Base Captain, Stansted) and I will interview "
            f"you for the {role} position. Please allow one hour: 40 minutes competency-based questions and 20 minutes "
            "technical (A320 family systems and performance).\n\nKind regards,\nHelen Ashdown\nSenior Recruiter - Flight Crew\nCorvina Air")
    atts = [attendee(rajesh[0], rajesh[1], partstat="ACCEPTED", rsvp=False), me()]
    d1 = T(2026, 4, 2, 11, 20, LON, 9)
    m1 = exchange_invite(seed="c04", organizer=helen, attendees=atts, start=s, end=e, wintz="GMT Standard Time",
                         title=title, body=body, dt=d1, to=addr(USER_NAME, USER), cc=addr(*rajesh))
    d2 = T(2026, 4, 8, 16, 45, LON, 30)
    wd(d2, "Wednesday")
    t2 = """Dear Rhys,

I'm very sorry to let you know that Corvina Air has paused direct-entry First Officer recruitment for the rest of the summer season, following a change to our aircraft delivery schedule.

Unfortunately this means I have to cancel your interview with Capt. Menon and me on Tuesday (14 April, 14:00). You'll receive a calendar cancellation separately.

We will keep your application on file and I will contact you personally if recruitment reopens in the autumn. Thank you for your understanding, and apologies again for the short notice.

Kind regards,

Helen Ashdown
Senior Recruiter - Flight Crew
Corvina Air
helen.ashdown@corvina-air.example | +44 1279 555 013
"""
    m2 = message(frm=addr(*helen), to=addr(USER_NAME, USER), subject="Your interview on Tuesday - Corvina Air", dt=d2,
                 msgid="<LO2P265MB3311E0D1C2B3A495@LO2P265MB3311.GBRP265.PROD.OUTLOOK.COM>",
                 root=outlook_alt("c04m2", t2), helo="mail-lo2gbr01on2119.outbound.protection.outlook.com", ip="198.51.100.119",
                 extra=["Accept-Language: en-GB", "Content-Language: en-GB"])
    d3 = T(2026, 4, 8, 16, 47, LON, 12)
    m3 = exchange_invite(seed="c04", organizer=helen, attendees=atts, start=s, end=e, wintz="GMT Standard Time",
                         title=title, body="Recruitment paused - please see my e-mail. Apologies, Helen", dt=d3,
                         to=addr(USER_NAME, USER), cc=addr(*rajesh), sequence=1, cancel=True)
    files = {"01-teams-invite-interview.eml": m1, "02-cancellation-email.eml": m2, "03-canceled-meeting.eml": m3}
    lab = label([iv("Corvina Air", role, s, e, "cancelled", [helen[1], rajesh[1]], [helen[1], rajesh[1]], "onsite")],
                "medium", "positive/cancellation",
                "Exchange invite (GMT Standard Time, date after the UK clock change -> +01:00) then an apology e-mail and "
                "METHOD:CANCEL. Kept as cancelled at its last time. Helen says 'Capt. Menon and I will interview you' so "
                "both are interviewers.")
    return slug, files, lab


@case
def c05():
    slug = "b198-05-fenland-jets-terse-zulu-chat"
    gareth = ("Gareth Pryce", "gareth.pryce@fenlandjets.example")
    d1 = T(2026, 4, 13, 21, 47, LON, 18)
    wd(d1, "Monday")
    s, e = T(2026, 4, 16, 15, 0, LON), T(2026, 4, 16, 16, 0, LON)
    wd(s, "Thursday")
    assert s.astimezone(UTC).hour == 14
    t1 = """Rhys,

Tom Hollis passed me your CV. We need an FO on the XLS from June, Cambridge based, 2 on / 2 off type roster, mostly Europe with the odd Gulf trip.

Can you come in for a chat Thu 1400Z? Ops office, Hangar 3, Cambridge Airport. Allow an hour. Bring licence, medical, logbook.

Gareth

--
Gareth Pryce
Chief Pilot
Fenland Executive Jets Ltd

Sent from my iPhone
"""
    subject = "FO position - Citation XLS"
    mid1 = "<6F1C2A8E-3B7D-4E52-9A10-C4D8E2F7B913@fenlandjets.example>"
    m1 = message(frm=addr(*gareth), to=USER, subject=subject, dt=d1, msgid=mid1, root=apple_plain(t1),
                 helo="smtp.fenlandjets.example", ip="203.0.113.88",
                 extra=["X-Mailer: iPhone Mail (23D127)"])
    d2 = T(2026, 4, 14, 8, 15, LON, 51)
    reply = "Thu 1400Z works, I'm off that day. See you then.\n\nRhys"
    t2 = ("Good stuff. Thursday it is. Park in the visitor bays by the tower and call me on 07700 900417 from the gate.\n\nG\n\n"
          "Sent from my iPhone\n\n"
          "> On 14 Apr 2026, at 07:02, Rhys Penhaligon <rhys.penhaligon@example.com> wrote:\n>\n"
          + quote(reply) + "\n>\n>> On 13 Apr 2026, at 21:47, Gareth Pryce <gareth.pryce@fenlandjets.example> wrote:\n"
          + "\n".join(">> " + l if l else ">>" for l in t1.strip("\n").split("\n")) + "\n")
    m2 = message(frm=addr(*gareth), to=USER, subject="Re: " + subject, dt=d2,
                 msgid="<A0B93E51-77C2-4C1D-8E0F-5D2B6A913C47@fenlandjets.example>",
                 in_reply_to="<c8e1f2a4-0d5b-4a7e-9f3c-2b6d8e1a4c07@example.com>",
                 references=f"{mid1} <c8e1f2a4-0d5b-4a7e-9f3c-2b6d8e1a4c07@example.com>",
                 root=apple_plain(t2), helo="smtp.fenlandjets.example", ip="203.0.113.88",
                 extra=["X-Mailer: iPhone Mail (23D127)"])
    files = {"01-chief-pilot-chat-thu-1400z.eml": m1, "02-re-thursday-confirmed.eml": m2}
    lab = label([iv("Fenland Executive Jets", "FO - Citation XLS", s, e, "scheduled", [gareth[1]], [gareth[1]], "hiring_manager")],
                "hard", "positive/email-body-zulu",
                "Terse crew-room style mail: 'chat Thu 1400Z' sent Monday 13 Apr -> Thursday 16 Apr; 1400Z is 15:00 BST "
                "(after 29 Mar). 'Allow an hour' gives the end. Chief pilot conducts the chat.")
    return slug, files, lab


@case
def c06():
    slug = "b198-06-skyreach-cargo-gcal-api-technical"
    s, e = T(2026, 5, 12, 9, 0, HKG), T(2026, 5, 12, 10, 30, HKG)
    wd(s, "Tuesday")
    sl, el = s.astimezone(LON), e.astimezone(LON)
    ev = {
        "kind": "calendar#event",
        "etag": "\"3521907744104000\"",
        "id": "6tq2hk8v0m3rbf5s9d1c7n4pla",
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=NnRxMmhrOHYwbTNyYmY1czlkMWM3bjRwbGEgcmh5cy5wZW5oYWxpZ29uQGV4YW1wbGUuY29t",
        "created": "2026-05-04T06:12:40.000Z",
        "updated": "2026-05-05T02:30:11.524Z",
        "summary": "Skyreach Cargo | Technical Interview | B747-8F First Officer | Rhys Penhaligon",
        "description": ("Technical interview for the position of First Officer \u2013 Boeing 747-8F (Hong Kong base).\n\n"
                        "Interviewers: Capt. Ivan Koh (Training Captain B747) and Capt. Sara Lindqvist (Fleet Technical Pilot).\n"
                        "Time: 09:00\u201310:30 HKT (0100\u20130230Z). Please join 5 minutes early with camera on and your licence and medical to hand. "
                        "Expect questions on heavy-jet performance, dangerous goods and ETOPS.\n\n"
                        "Arranged by Skyreach Crew Recruitment \u2013 questions to crew.recruitment@skyreach-cargo.example"),
        "location": "Google Meet",
        "creator": {"email": "crew.recruitment@skyreach-cargo.example", "displayName": "Skyreach Crew Recruitment"},
        "organizer": {"email": "crew.recruitment@skyreach-cargo.example", "displayName": "Skyreach Crew Recruitment"},
        "start": {"dateTime": sl.isoformat(), "timeZone": "Asia/Hong_Kong"},
        "end": {"dateTime": el.isoformat(), "timeZone": "Asia/Hong_Kong"},
        "iCalUID": "6tq2hk8v0m3rbf5s9d1c7n4pla@google.com",
        "sequence": 0,
        "attendees": [
            {"email": "crew.recruitment@skyreach-cargo.example", "displayName": "Skyreach Crew Recruitment",
             "organizer": True, "responseStatus": "accepted"},
            {"email": "ivan.koh@skyreach-cargo.example", "displayName": "Ivan Koh", "responseStatus": "accepted"},
            {"email": "sara.lindqvist@skyreach-cargo.example", "displayName": "Sara Lindqvist", "responseStatus": "tentative"},
            {"email": USER, "displayName": USER_NAME, "self": True, "responseStatus": "accepted"},
        ],
        "hangoutLink": "https://meet.google.com/kqv-tdrw-hmx",
        "conferenceData": {
            "entryPoints": [
                {"entryPointType": "video", "uri": "https://meet.google.com/kqv-tdrw-hmx", "label": "meet.google.com/kqv-tdrw-hmx"},
                {"entryPointType": "phone", "uri": "tel:+852-5800-0000", "label": "+852 5800 0000", "pin": "381205774", "regionCode": "HK"},
            ],
            "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet"},
            "conferenceId": "kqv-tdrw-hmx",
        },
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    files = {"01-skyreach-technical-interview.gcal.json": gcal_event(ev)}
    lab = label([iv("Skyreach Cargo", "First Officer \u2013 Boeing 747-8F", s, e, "scheduled",
                    ["ivan.koh@skyreach-cargo.example", "sara.lindqvist@skyreach-cargo.example"],
                    ["ivan.koh@skyreach-cargo.example", "sara.lindqvist@skyreach-cargo.example"], "onsite")],
                "medium", "positive/gcal-json",
                "Calendar API event only; dateTime is rendered in the owner's London calendar (02:00+01:00) while the "
                "event zone is Asia/Hong_Kong (09:00 HKT). Organizer is a group recruitment calendar -> not a recipient. "
                "Two interviewers -> panel/onsite.")
    return slug, files, lab


@case
def c07():
    slug = "b198-07-northlight-email-and-invite-same-interview"
    phoebe = ("Phoebe Garland", "phoebe.garland@northlight-airways.example")
    lewis = ("Lewis Adeyemi", "lewis.adeyemi@northlight-airways.example")
    s, e = T(2026, 4, 27, 11, 30, LON), T(2026, 4, 27, 12, 15, LON)
    wd(s, "Monday")
    assert s.astimezone(UTC).strftime("%H%M") == "1030"
    d1 = T(2026, 4, 22, 15, 12, LON, 33)
    t1 = """Hi Rhys,

Thanks for completing the online application and the pilot aptitude tests - I'm delighted to say we'd like to take you forward to a video interview for First Officer (A320), Gatwick base.

When: Monday 27 April, 11:30 UK time (1030Z), 45 minutes
Who: me and Capt. Lewis Adeyemi, one of our Gatwick base training captains
Where: Google Meet - the invite will follow from my calendar

The first 30 minutes are competency-based (have a think about examples of teamwork, decision-making under pressure and handling a difficult colleague), followed by about 15 minutes of technical questions from Lewis.

If your roster changes, just reply to this email and we'll find another slot.

Best wishes,
Phoebe

Phoebe Garland
Pilot Talent Acquisition | Northlight Airways
phoebe.garland@northlight-airways.example
"""
    m1 = message(frm=addr(*phoebe), to=USER, subject="Northlight Airways - video interview invitation (First Officer A320, Gatwick)",
                 dt=d1, msgid="<CAF3x9QpZ7r2Lk1-vB8nT0mY4sJdW6hGe5cNaXo@mail.gmail.com>", root=gmail_alt("c07m1", t1),
                 helo="mail-ej1-f52.google.com", ip="209.85.218.52")
    d2 = T(2026, 4, 22, 15, 20, LON, 4)
    m2 = google_invite(seed="c07", organizer=phoebe,
                       guests=[(phoebe[0], phoebe[1], "ACCEPTED"), (lewis[0], lewis[1], "ACCEPTED"), (USER_NAME, USER, "NEEDS-ACTION")],
                       start=s, end=e, title="Northlight Airways \u2013 Video interview \u2013 Rhys Penhaligon (FO A320 LGW)",
                       description="Competency-based interview (30 min) followed by technical questions (15 min) with Capt. Lewis Adeyemi.",
                       dt=d2)
    files = {"01-recruiter-email-video-interview.eml": m1, "02-google-invitation.eml": m2}
    lab = label([iv("Northlight Airways", "First Officer (A320), Gatwick base", s, e, "scheduled",
                    [phoebe[1], lewis[1]], [phoebe[1], lewis[1]], "onsite")],
                "easy", "positive/dedupe-email-invite",
                "Recruiter e-mail + Google invite for the same interview = one. Recruiter and training captain both interview "
                "(two interviewers -> panel/onsite).")
    return slug, files, lab


@case
def c08():
    slug = "b198-08-agency-forward-jade-harbour-hkt"
    declan = ("Declan Murray", "declan.murray@contrailcrew.example")
    cecilia = ("Cecilia Tam", "cecilia.tam@jadeharbourjet.example")
    s, e = T(2026, 5, 6, 10, 0, HKG), T(2026, 5, 6, 10, 40, HKG)
    wd(s, "Wednesday")
    assert s.astimezone(LON).hour == 3
    d_cec = T(2026, 4, 24, 18, 30, HKG)
    assert d_cec.astimezone(LON).strftime("%H:%M") == "11:30"
    d1 = T(2026, 4, 24, 16, 5, LON, 27)
    wd(d1, "Friday")
    t = f"""Hi Rhys,

Great news - Jade Harbour Jet would like to interview you for the G650 FO role (HKG based). See below from Cecilia, PA to their DFO.

It's Wednesday 6 May at 1000 HKT, which is 0300 for you in the UK (sorry - they couldn't go any later). Zoom, about 40 mins, with Capt. Martin Yeung, their Director of Flight Operations. I've confirmed you for it as you said you're off on the 5th and 6th.

Any questions, come back to me rather than to JHJ directly - that's how they like it with agency candidates. I'll give you a call on Monday to prep.

Cheers,
Declan

--
Declan Murray | Senior Consultant, Flight Crew
Contrail Crew Solutions
+44 1293 555 0190 | declan.murray@contrailcrew.example

---------- Forwarded message ---------
From: {cecilia[0]} <{cecilia[1]}>
Date: Fri, 24 Apr 2026 at 11:30
Subject: Interview - Rhys Penhaligon - G650 FO (HKG)
To: {declan[0]} <{declan[1]}>


Dear Declan,

Thank you for sending Mr Penhaligon's profile. Capt. Martin Yeung, Director of Flight Operations, would like to interview him on Wednesday 6 May 2026 at 10:00 Hong Kong time, for about 40 minutes, via Zoom.

Join Zoom Meeting
https://zoom.us/j/93155501234?pwd=Q2xoZUhhcmJvdXJKZXQ2NTA
Meeting ID: 931 5550 1234
Passcode: 650650

Please confirm at your earliest convenience.

Kind regards,
Cecilia Tam
PA to Director of Flight Operations
Jade Harbour Jet Limited
"""
    m1 = message(frm=addr(*declan), to=USER, subject="Fwd: Interview - Rhys Penhaligon - G650 FO (HKG)", dt=d1,
                 msgid="<CAM5tW1rKp8Yd3Gz-qX0bN7eLh2cV9fAs4uJmRi@mail.gmail.com>",
                 references="<HK2PR02MB4170D9A1B3C5E7F0@HK2PR02MB4170.apcprd02.prod.outlook.com>",
                 in_reply_to="<HK2PR02MB4170D9A1B3C5E7F0@HK2PR02MB4170.apcprd02.prod.outlook.com>",
                 root=gmail_alt("c08", t), helo="mail-wr1-f49.google.com", ip="209.85.221.49")
    files = {"01-agency-fwd-interview-hkt.eml": m1}
    lab = label([iv("Jade Harbour Jet", "G650 FO (HKG based)", s, e, "scheduled", [], [declan[1]], "hiring_manager")],
                "hard", "positive/agency-forward",
                "Agency consultant forwards the operator PA's slot: 10:00 HKT Wed 6 May (= 03:00 BST). The DFO's address "
                "never appears; the PA only schedules and corresponded with the agency, and the consultant tells the "
                "candidate to route questions through him, so the follow-up recipient is the consultant.")
    return slug, files, lab


@case
def c09():
    slug = "b198-09-weald-aviation-thread-pick-slot"
    simone = ("Capt. Simone Achterberg", "s.achterberg@wealdaviation.example")
    dan = "dan.osei@wealdaviation.example"
    wd(date(2026, 3, 10), "Tuesday")
    s, e = T(2026, 3, 11, 13, 0, LON), T(2026, 3, 11, 15, 0, LON)
    wd(s, "Wednesday")
    d1 = T(2026, 3, 5, 12, 10, LON, 3)
    wd(d1, "Thursday")
    t1 = """Dear Rhys,

Thank you for your application and CV for the First Officer position on our Citation Latitude fleet. We would like to invite you to Biggin Hill for an interview followed by a short assessment in our Latitude FTD.

Could you do either:
 - Tuesday 10 March, 0830L, or
 - Wednesday 11 March, 1300L

Allow about two hours in total. Let me know which suits your roster.

Kind regards,

Capt. Simone Achterberg
Head of Training
Weald Aviation Ltd
Hangar 510, London Biggin Hill Airport, TN16 3BN
"""
    subject = "Weald Aviation - First Officer, Citation Latitude"
    mid1 = "<0102019c5b7e8a3f-6d2e1c4b-9a7f-4e3d-b8c1-2f5a7e9d0c13-000000@eu-west-1.amazonses.com>"
    m1 = message(frm=addr(*simone), to=addr(USER_NAME, USER), subject=subject, dt=d1, msgid=mid1,
                 root=outlook_alt("c09m1", t1), helo="a2-11.smtp-out.eu-west-1.amazonses.com", ip="203.0.113.211")
    rhys = """Hi Simone,

Thanks very much. Wednesday 11th at 1300 would be perfect - on Tuesday I have a 0545Z report for a Pisa so I couldn't make 0830.

Best regards,
Rhys"""
    d2 = T(2026, 3, 6, 7, 55, LON, 46)
    t2 = ("""Rhys,

Wednesday 11th at 1300L it is. Report to the ops desk in Hangar 510 and ask for me. Our Chief Pilot, Dan Osei (dan.osei@wealdaviation.example), will sit on the interview with me and will then run the FTD session.

Regards,
Simone

On Thu, 5 Mar 2026 at 20:44, Rhys Penhaligon <rhys.penhaligon@example.com> wrote:
""" + quote(rhys) + "\n>\n> On Thu, 5 Mar 2026 at 12:10, Capt. Simone Achterberg <s.achterberg@wealdaviation.example> wrote:\n"
          + "\n".join(">> " + l if l else ">>" for l in t1.strip("\n").split("\n")) + "\n")
    m2 = message(frm=addr(*simone), to=addr(USER_NAME, USER), cc=addr("Dan Osei", dan), subject="Re: " + subject, dt=d2,
                 msgid="<0102019c60a1b2c3-8e4f2a1d-3c5b-4d7e-a9f0-1b2c3d4e5f60-000000@eu-west-1.amazonses.com>",
                 in_reply_to="<d4a7c1e9-5b2f-4f80-9c3e-7a1b6d2e8f04@example.com>",
                 references=f"{mid1} <d4a7c1e9-5b2f-4f80-9c3e-7a1b6d2e8f04@example.com>",
                 root=outlook_alt("c09m2", t2), helo="a2-11.smtp-out.eu-west-1.amazonses.com", ip="203.0.113.211")
    files = {"01-two-slots-offered.eml": m1, "02-re-wednesday-confirmed.eml": m2}
    lab = label([iv("Weald Aviation", "First Officer, Citation Latitude", s, e, "scheduled",
                    [simone[1], dan], [simone[1], dan], "onsite")],
                "medium", "positive/thread-propose-confirm",
                "Two slots offered, candidate picks Wednesday (quoted), head of training confirms 1300L (GMT, before the "
                "clock change). 'About two hours' gives the end. Head of training + chief pilot interview.")
    return slug, files, lab


@case
def c10():
    slug = "b198-10-qamar-air-standalone-ics-utc"
    s, e = T(2026, 4, 28, 9, 0, DXB), T(2026, 4, 28, 10, 0, DXB)
    wd(s, "Tuesday")
    assert s.astimezone(LON).hour == 6 and s.astimezone(UTC).hour == 5
    stamp = T(2026, 4, 20, 7, 41, UTC, 5)
    desc = ("Video interview for First Officer - A350-1000 (Dubai base), requisition QA-DE-0912.\n\n"
            "09:00-10:00 Dubai time (GST) / 06:00-07:00 UK time (BST).\n"
            "Interviewer: Capt. Khalid Mansoor, Fleet Captain A350.\n"
            "Layla Haddad (Pilot Recruitment) will open the call, check your ID and licence, and then leave the meeting.\n\n"
            "Webex: https://qamarair.webex.example/meet/pilotrecruit3  Access code: 2651 440 918")
    ics = ics_text([
        "BEGIN:VCALENDAR", "PRODID:-//Qamar Air//HR Interview Scheduler 2.4//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
        "METHOD:REQUEST", "BEGIN:VEVENT", "UID:QA-DE-0912-INT-00417@qamarair.example", "SEQUENCE:0",
        f"DTSTAMP:{zulu(stamp)}", f"CREATED:{zulu(stamp)}",
        f"DTSTART:{zulu(s)}", f"DTEND:{zulu(e)}",
        "SUMMARY:Qamar Air - Pilot Interview - DE First Officer A350 - Rhys Penhaligon",
        f"DESCRIPTION:{esc(desc)}", "LOCATION:Webex (video)",
        "ORGANIZER;CN=Qamar Air Pilot Recruitment:mailto:pilotjobs@qamarair.example",
        attendee("Khalid Mansoor", "khalid.mansoor@qamarair.example", partstat="ACCEPTED", rsvp=False),
        attendee("Layla Haddad", "layla.haddad@qamarair.example", role="OPT-PARTICIPANT", partstat="ACCEPTED", rsvp=False),
        me(), "STATUS:CONFIRMED", "TRANSP:OPAQUE", "CLASS:PUBLIC",
        "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:Interview reminder", "TRIGGER:-PT30M", "END:VALARM",
        "END:VEVENT", "END:VCALENDAR"])
    files = {"01-qamar-air-pilot-interview.ics": ics}
    lab = label([iv("Qamar Air", "First Officer - A350-1000 (Dubai base)", s, e, "scheduled",
                    ["khalid.mansoor@qamarair.example"], ["khalid.mansoor@qamarair.example"], "technical")],
                "medium", "positive/standalone-ics-utc",
                "Standalone .ics with UTC (Z) times 0500Z-0600Z = 09:00-10:00 GST, as the description states. The recruiter "
                "is an OPT-PARTICIPANT who only opens the call -> not an interviewer; organizer is a group mailbox.")
    return slug, files, lab


@case
def c11():
    slug = "b198-11-emberwing-portal-html-base64-gmt-label"
    s, e = T(2026, 5, 19, 8, 0, LON), T(2026, 5, 19, 9, 0, LON)
    wd(s, "Tuesday")
    assert s.astimezone(UTC).hour == 7
    dt = T(2026, 5, 4, 7, 31, UTC, 2)
    html = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Interview Scheduled</title></head>
<body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#222;background:#fafafa">
<div style="max-width:640px;margin:0 auto;background:#fff;border-top:4px solid #c2410c">
<div style="padding:20px 28px"><img src="https://emberwing.aerorecruit.example/assets/logo.png" alt="Emberwing Airways" height="32"></div>
<div style="padding:0 28px 24px">
<h2 style="font-weight:600">Your interview has been scheduled</h2>
<p>Hello Rhys,</p>
<p>Thank you for your continued interest in Emberwing Airways. Your interview for the position below has been scheduled.</p>
<table cellpadding="6" cellspacing="0" style="border-collapse:collapse;width:100%">
<tr style="background:#f3f4f6"><td width="35%">Job</td><td>First Officer &ndash; A350 (London Heathrow)</td></tr>
<tr><td>Job Requisition</td><td>R-20417</td></tr>
<tr style="background:#f3f4f6"><td>Interview</td><td>Competency &amp; Technical Interview (Video &ndash; Microsoft Teams)</td></tr>
<tr><td>Date</td><td>19/05/2026</td></tr>
<tr style="background:#f3f4f6"><td>Time</td><td>08:00 (GMT+00:00) Dublin, Edinburgh, Lisbon, London</td></tr>
<tr><td>Duration</td><td>60 minutes</td></tr>
<tr style="background:#f3f4f6"><td>Interviewers</td><td>Capt. Harriet Vance, Training Captain A350<br>Joel Okonkwo, Talent Acquisition</td></tr>
</table>
<p>The Microsoft Teams link will appear in your Candidate Home 24 hours before the interview. A calendar file is attached for your convenience.</p>
<p>Questions about your interview? Contact your recruiter, Amaya Ferreira, at <a href="mailto:amaya.ferreira@emberwing.example">amaya.ferreira@emberwing.example</a>.</p>
<p><a href="https://emberwing.aerorecruit.example/candidate/home">Go to Candidate Home</a></p>
</div>
<div style="padding:14px 28px;font-size:11px;color:#777;border-top:1px solid #eee">This is an automated message from AeroRecruit on behalf of Emberwing Airways. Please do not reply to this e-mail.</div>
</div></body></html>
"""
    ics = ics_text([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//AeroRecruit//Interview Scheduling 11.2//EN", "METHOD:REQUEST",
        "BEGIN:VEVENT", "UID:int-R-20417-7734028@emberwing.aerorecruit.example", "SEQUENCE:0",
        f"DTSTAMP:{zulu(dt)}", f"DTSTART:{zulu(s)}", f"DTEND:{zulu(e)}",
        "SUMMARY:Interview: First Officer - A350 (LHR) - Rhys Penhaligon",
        f"DESCRIPTION:{esc('Competency & Technical Interview (Video - Microsoft Teams). Interviewers: Capt. Harriet Vance, Joel Okonkwo. Teams link in Candidate Home.')}",
        "LOCATION:Microsoft Teams (link in Candidate Home)",
        "ORGANIZER;CN=Emberwing Airways Recruiting:mailto:no-reply@aerorecruit.example",
        me(), "STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"])
    root = multipart("mixed", "----=_Part_2210448_611093377.1777879862000", [
        textpart("html", html, "base64"),
        attachment("text/calendar", "Interview.ics", ics, extra="; charset=utf-8; method=REQUEST"),
    ])
    m = message(frm=addr("Emberwing Airways", "emberwing@aerorecruit.example"), to=USER,
                reply_to="no-reply@aerorecruit.example",
                subject="Interview Scheduled: First Officer - A350 (LHR) - R-20417", dt=dt,
                msgid="<ar.2f90b7d1c4.R-20417.int-7734028@notify.aerorecruit.example>", root=root,
                helo="mta-03.notify.aerorecruit.example", ip="203.0.113.23",
                extra=["X-AeroRecruit-Tenant: emberwing", "Auto-Submitted: auto-generated"])
    files = {"01-interview-scheduled-r20417.eml": m}
    lab = label([iv("Emberwing Airways", "First Officer \u2013 A350 (London Heathrow)", s, e, "scheduled", [],
                    ["amaya.ferreira@emberwing.example"], "onsite")],
                "hard", "positive/ats-html-base64",
                "HTML-only base64 portal mail; day-first date 19/05/2026 and a Windows-style '(GMT+00:00) ... London' display "
                "label although the date is in BST. The attached .ics (0700Z) confirms 08:00 BST. Interviewers are named "
                "without addresses -> follow-up to the recruiter given in the text (sender is no-reply).")
    return slug, files, lab


@case
def c12():
    slug = "b198-12-tamesis-final-dfo-teams-utc-label"
    beth = ("Beth Carrow", "beth.carrow@tamesis-regional.example")
    s, e = T(2026, 4, 10, 9, 30, LON), T(2026, 4, 10, 10, 30, LON)
    wd(s, "Friday")
    dt = T(2026, 4, 1, 10, 5, LON, 16)
    role = "First Officer - ATR 72-600 (London City)"
    body = ("When: Friday, 10 April 2026 09:30-10:30 (UTC+00:00) Dublin, Edinburgh, Lisbon, London\n"
            "Where: Microsoft Teams Meeting\n\n"
            "Hi Rhys,\n\nCongratulations on getting through the simulator assessment last week. The final step for the "
            f"{role} role is a conversation with me about the role, the base and our roster pattern - one hour on Teams, "
            "09:30 London time.\n\nBest wishes,\nBeth\n\nBeth Carrow\nDirector of Flight Operations\nTamesis Regional Airways")
    m = exchange_invite(seed="c12", organizer=beth, attendees=[me()], start=s, end=e, wintz="GMT Standard Time",
                        title="Tamesis Regional - Final interview with DFO - Rhys Penhaligon", body=body, dt=dt,
                        to=addr(USER_NAME, USER), msgdomain="CWLP123MB4410.GBRP123.PROD.OUTLOOK.COM")
    files = {"01-final-interview-dfo.eml": m}
    lab = label([iv("Tamesis Regional Airways", role, s, e, "scheduled", [beth[1]], [beth[1]], "hiring_manager")],
                "medium", "positive/exchange-display-label",
                "Outlook invite with TZID 'GMT Standard Time' and a '(UTC+00:00) Dublin, Edinburgh, Lisbon, London' display "
                "label; 10 April is in BST so 09:30 local = 08:30Z. The earlier sim assessment is only mentioned "
                "(no time) and is not labelled.")
    return slug, files, lab


@case
def c13():
    slug = "b198-13-caledon-stage2-two-invites-one-day"
    isla = ("Isla McRae", "isla.mcrae@caledon-atlantic.example")
    fraser = ("Capt. Fraser Doig", "fraser.doig@caledon-atlantic.example")
    niamh = ("Niamh Gallagher", "niamh.gallagher@caledon-atlantic.example")
    anneke = ("Capt. Anneke de Wit", "anneke.dewit@caledon-atlantic.example")
    s1, e1 = T(2026, 5, 21, 9, 0, LON), T(2026, 5, 21, 10, 0, LON)
    s2, e2 = T(2026, 5, 21, 11, 0, LON), T(2026, 5, 21, 13, 0, LON)
    wd(s1, "Thursday")
    assert s1.astimezone(UTC).hour == 8 and s2.astimezone(UTC).hour == 10 and e2.astimezone(UTC).hour == 12
    dt = T(2026, 5, 11, 13, 40, LON, 8)
    t = """Dear Rhys,

Congratulations on passing Stage 1. Stage 2 takes place at our Crew Training Centre, Hatton Cross (Heathrow), on Thursday 21 May 2026. As with all our crew communications, times are in UTC:

0800Z-0900Z  Technical interview - Capt. Fraser Doig (A330 Fleet Training Manager) and Niamh Gallagher (Pilot Recruitment Lead)
0900Z-1000Z  Break / simulator briefing
1000Z-1200Z  Simulator assessment - A330 FFS, Bay 4 - TRE Capt. Anneke de Wit

That's 0900 and 1100 local. You'll get two separate calendar invitations, one for each session. Please report to CTC reception 30 minutes before your interview with photo ID, licence, medical and logbooks.

Kind regards,

Isla McRae
Selection Coordinator | Caledon Atlantic Airways
isla.mcrae@caledon-atlantic.example
"""
    m1 = message(frm=addr(*isla), to=addr(USER_NAME, USER), subject="Caledon Atlantic - Stage 2 selection, Thursday 21 May - First Officer A330",
                 dt=dt, msgid="<AM9P192MB1268F0E1D2C3B4A5@AM9P192MB1268.EURP192.PROD.OUTLOOK.COM>",
                 root=outlook_alt("c13", t), helo="mail-am9eur01on2130.outbound.protection.outlook.com", ip="198.51.100.130")
    loc = "Caledon Atlantic CTC, Hatton Cross, Heathrow"
    m2 = exchange_invite(seed="c13a", organizer=isla, attendees=[attendee(fraser[0], fraser[1], partstat="ACCEPTED", rsvp=False),
                                                                attendee(niamh[0], niamh[1], partstat="ACCEPTED", rsvp=False), me()],
                         start=s1, end=e1, wintz="GMT Standard Time",
                         title="Caledon Atlantic - Stage 2: Technical Interview - R Penhaligon (FO A330)",
                         body="Stage 2 technical interview with Capt. Fraser Doig and Niamh Gallagher. Please report to CTC reception by 08:30 local.\n\nIsla",
                         dt=T(2026, 5, 11, 13, 52, LON, 30), to=addr(USER_NAME, USER), location=loc, teams=False,
                         msgdomain="AM9P192MB1268.EURP192.PROD.OUTLOOK.COM")
    m3 = exchange_invite(seed="c13b", organizer=isla, attendees=[attendee(anneke[0], anneke[1], partstat="ACCEPTED", rsvp=False), me()],
                         start=s2, end=e2, wintz="GMT Standard Time",
                         title="Caledon Atlantic - Stage 2: Simulator Assessment (A330 FFS Bay 4) - R Penhaligon",
                         body="Stage 2 simulator assessment with TRE Capt. Anneke de Wit. Sim briefing from 10:00 local in Briefing Room 6.\n\nIsla",
                         dt=T(2026, 5, 11, 13, 55, LON, 2), to=addr(USER_NAME, USER), location=loc + " - FFS Bay 4", teams=False,
                         msgdomain="AM9P192MB1268.EURP192.PROD.OUTLOOK.COM")
    files = {"01-stage2-programme-zulu.eml": m1, "02-invite-technical-interview.eml": m2, "03-invite-simulator-assessment.eml": m3}
    ivs = [fraser[1], niamh[1], anneke[1]]
    lab = label([iv("Caledon Atlantic Airways", "First Officer A330", s1, e2, "scheduled", ivs, ivs, "onsite")],
                "hard", "positive/onsite-multi-invite",
                "Same-day Stage 2 sent as a Zulu-time programme plus two separate Outlook invites (technical interview "
                "09:00-10:00 BST, simulator assessment 11:00-13:00 BST) = one onsite 09:00-13:00 local with all three "
                "assessors. Coordinator only schedules.")
    return slug, files, lab


# =========================================================================== negatives
NEG = "negative"


@case
def c14():
    slug = "b198-14-own-airline-opc-lpc-sim-check"
    dt = T(2026, 2, 20, 3, 12, LON, 44)
    d1s, d1e = T(2026, 3, 2, 6, 15, UTC), T(2026, 3, 2, 10, 15, UTC)
    d2s, d2e = T(2026, 3, 3, 6, 15, UTC), T(2026, 3, 3, 10, 15, UTC)
    wd(d1s, "Monday"); wd(d2s, "Tuesday")
    t = """ALBION SKYWAYS - CREWLINK
ROSTER CHANGE NOTIFICATION

CREW:  PENHALIGON R   STAFF NO 40917   RANK FO   BASE LGW   FLEET A320

Please acknowledge the following changes in CrewLink within 24 hours.

DATE     DUTY   DETAILS
01MAR26  OFF
02MAR26  SIM    OPC/LPC DAY 1   RPT 0515Z   SIM 0615-1015Z   A320 FFS LGW-TC BAY 2
03MAR26  SIM    OPC/LPC DAY 2   RPT 0515Z   SIM 0615-1015Z   A320 FFS LGW-TC BAY 2
                EXAMINER: CAPT P LINDSAY (TRE)   CREWED WITH: CAPT J OKAFOR

NOTES
- Assessment: Operator Proficiency Check / Licence Proficiency Check (revalidation).
- The examiner will conduct the technical oral (systems and performance questioning) during the Day 1 pre-brief.
- Produce licence, medical and completed revalidation form TR-REV/4 at the pre-brief.
- Result will be recorded on your training file.

Ops Planning - Crew Rostering
This is an automated message. Do not reply.
"""
    ev = []
    for n, (a, b) in enumerate([(d1s, d1e), (d2s, d2e)], 1):
        ev += ["BEGIN:VEVENT", f"UID:crewlink-40917-{a:%Y%m%d}-SIM@albionskyways.example", "SEQUENCE:0",
               f"DTSTAMP:{zulu(dt)}", f"DTSTART:{zulu(a)}", f"DTEND:{zulu(b)}",
               f"SUMMARY:SIM OPC/LPC Day {n} (Assessment) - A320 FFS Bay 2 - Examiner Capt P Lindsay",
               f"DESCRIPTION:{esc('Report 0515Z LGW Training Centre. Technical oral on Day 1 pre-brief.')}",
               "LOCATION:LGW Training Centre\\, Bay 2",
               "ORGANIZER;CN=CrewLink Rostering:mailto:no-reply@crewlink.albionskyways.example",
               attendee("Paul Lindsay", "paul.lindsay@albionskyways.example", partstat="ACCEPTED", rsvp=False),
               me(partstat="ACCEPTED", rsvp=False), "STATUS:CONFIRMED", "END:VEVENT"]
    ics = ics_text(["BEGIN:VCALENDAR", "PRODID:-//Albion Skyways//CrewLink 7//EN", "VERSION:2.0", "METHOD:PUBLISH"] + ev + ["END:VCALENDAR"])
    root = multipart("mixed", "=_crewlink_5f1a09c2e7", [textpart("plain", t, "7bit", charset="us-ascii"),
                                                         attachment("text/calendar", "roster_changes_40917.ics", ics)])
    m = message(frm=addr("CrewLink Rostering", "no-reply@crewlink.albionskyways.example"), to=USER,
                subject="Roster change notification - 02MAR26 SIM OPC/LPC assessment", dt=dt,
                msgid="<20260220031244.40917.rc8812@crewlink.albionskyways.example>", root=root,
                helo="relay2.albionskyways.example", ip="203.0.113.140", extra=["Auto-Submitted: auto-generated"])
    return slug, {"01-crewlink-roster-change-opc-lpc.eml": m}, label(
        [], "medium", "negative/recurrent-sim-check",
        "His own airline's recurrent OPC/LPC (licence revalidation) in the roster system: 'assessment', 'examiner', "
        "'technical oral', calendar file - but not a hiring process.")


@case
def c15():
    slug = "b198-15-class1-medical-renewal"
    dt = T(2026, 3, 10, 11, 2, LON, 50)
    s, e = T(2026, 4, 2, 8, 40, LON), T(2026, 4, 2, 10, 10, LON)
    wd(s, "Thursday")
    t = """Dear Mr Penhaligon,

Your appointment is confirmed.

Appointment: Class 1 Medical - Revalidation (with ECG and audiogram)
Aeromedical Examiner: Dr Anil Sharma
Date: Thursday 2 April 2026
Time: 08:40 - 10:10
Where: Heathside Aeromedical Centre, Unit 7, Gatwick Road, Crawley RH10 9QT

Your examination begins with a short interview with the AME about your medical history since your last assessment, any medication and any time off flying. Please complete the online medical declaration beforehand and bring your current medical certificate, licence, glasses or contact lenses and your passport.

Fee: GBP 395 (ECG and audiogram included), payable on the day.

To change or cancel, please call 01293 555 0718 at least 48 hours before your appointment.

Heathside Aeromedical Centre
"""
    ics = ics_text(["BEGIN:VCALENDAR", "PRODID:-//Heathside Aeromedical//ClinicBook//EN", "VERSION:2.0", "METHOD:REQUEST"]
                   + VTZ["Europe/London"] + [
        "BEGIN:VEVENT", "UID:apt-660213@heathside-aeromed.example", "SEQUENCE:0", f"DTSTAMP:{zulu(dt)}",
        f"DTSTART;TZID=Europe/London:{floating(s)}", f"DTEND;TZID=Europe/London:{floating(e)}",
        "SUMMARY:Class 1 Medical Revalidation - Dr Anil Sharma (AME)",
        "LOCATION:Heathside Aeromedical Centre\\, Unit 7\\, Gatwick Road\\, Crawley",
        "ORGANIZER;CN=Heathside Aeromedical Centre:mailto:appointments@heathside-aeromed.example",
        me(), "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    root = multipart("mixed", "b1_4f2d8a0c93e7b6158a", [multipart("alternative", "b2_4f2d8a0c93e7b6158a",
                                                                    [textpart("plain", t), textpart("html", html_simple(t))]),
                                                          attachment("text/calendar", "appointment.ics", ics, extra="; method=REQUEST")])
    m = message(frm=addr("Heathside Aeromedical Centre", "appointments@heathside-aeromed.example"), to=USER,
                subject="Appointment confirmed: Class 1 Medical Revalidation - Thu 2 Apr 2026 08:40", dt=dt,
                msgid="<clinicbook.660213.1773140570@heathside-aeromed.example>", root=root,
                helo="out.clinicbook.example", ip="203.0.113.61")
    return slug, {"01-class1-medical-appointment.eml": m}, label(
        [], "easy", "negative/medical-appointment",
        "Class 1 medical revalidation booking with an .ics; the text mentions 'a short interview with the AME' about "
        "medical history - a medical, not a job interview.")


@case
def c16():
    slug = "b198-16-crm-training-day-gcal"
    s, e = T(2026, 4, 20, 8, 0, LON), T(2026, 4, 20, 16, 0, LON)
    wd(s, "Monday")
    ev = {
        "kind": "calendar#event",
        "etag": "\"3518220466742000\"",
        "id": "crmrec2026d1lgw0420fo000017",
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=Y3JtcmVjMjAyNmQxbGd3MDQyMGZvMDAwMDE3IHJoeXMucGVuaGFsaWdvbkBleGFtcGxlLmNvbQ",
        "created": "2026-03-02T09:00:00.000Z",
        "updated": "2026-03-30T12:27:46.371Z",
        "summary": "CRM / Human Factors Recurrent 2026 \u2013 incl. assessment & interview techniques (all FOs)",
        "description": ("Annual recurrent CRM training day (mandatory, recorded on your training file).\n\n"
                        "Modules:\n1. Threat & error management \u2013 2025 occurrence review\n"
                        "2. Fatigue and roster-related stress\n"
                        "3. Assessment & interview techniques for occurrence debriefs (role-play in pairs)\n"
                        "4. Startle and surprise \u2013 case study\n\n"
                        "Facilitators: Capt. Maria Ruiz (CRMI) and SFO Ben Talbot (CRMI).\n"
                        "Room: LGW Training Centre, Classroom 3. Lunch provided.\n"
                        "Questions: crm.training@albionskyways.example"),
        "location": "LGW Training Centre, Classroom 3",
        "creator": {"email": "crm.training@albionskyways.example", "displayName": "Albion Skyways CRM Training"},
        "organizer": {"email": "crm.training@albionskyways.example", "displayName": "Albion Skyways CRM Training"},
        "start": {"dateTime": s.isoformat(), "timeZone": "Europe/London"},
        "end": {"dateTime": e.isoformat(), "timeZone": "Europe/London"},
        "iCalUID": "crmrec2026d1lgw0420fo000017@google.com",
        "sequence": 2,
        "attendees": [
            {"email": "crm.training@albionskyways.example", "displayName": "Albion Skyways CRM Training", "organizer": True, "responseStatus": "accepted"},
            {"email": "maria.ruiz@albionskyways.example", "displayName": "Maria Ruiz", "responseStatus": "accepted"},
            {"email": "ben.talbot@albionskyways.example", "displayName": "Ben Talbot", "responseStatus": "accepted"},
            {"email": USER, "displayName": USER_NAME, "self": True, "responseStatus": "accepted"},
        ],
        "guestsCanSeeOtherGuests": False,
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    return slug, {"01-crm-recurrent-day.gcal.json": gcal_event(ev)}, label(
        [], "medium", "negative/training-day",
        "Company CRM recurrent training day (Calendar API event) whose title mentions 'assessment & interview techniques' "
        "- internal training, not a job interview.")


@case
def c17():
    slug = "b198-17-pilots-union-members-meeting"
    dt = T(2026, 3, 26, 18, 30, LON, 12)
    s, e = T(2026, 4, 7, 19, 0, LON), T(2026, 4, 7, 20, 30, LON)
    wd(s, "Tuesday"); wd(dt, "Thursday")
    sam = ("Sam Whitcombe", "sam.whitcombe@augb.example")
    t = """Dear Member,

Your Company Council invites all Albion Skyways pilots to an open members' meeting.

Date: Tuesday 7 April 2026, 19:00-20:30 UK time (BST)
Where: Zoom - https://augb.zoom.example/j/81550023377 (members only, log in with your AUGB number)

Agenda
1. Direct-entry recruitment: the company has told us it intends to interview up to 80 DE First Officers over the summer for the new Edinburgh base. How should DE joiners slot into the seniority list, and what does this mean for command upgrades?
2. Summer 2026 rosters and the fatigue reporting backlog
3. Pay talks update
4. AOB

Please send questions in advance to me at sam.whitcombe@augb.example. A calendar file is attached.

In unity,

Sam Whitcombe
Chair, Albion Skyways Company Council
Aviators' Union of Great Britain (AUGB)
"""
    ics = ics_text(["BEGIN:VCALENDAR", "PRODID:-//AUGB//Events//EN", "VERSION:2.0", "METHOD:PUBLISH"] + VTZ["Europe/London"] + [
        "BEGIN:VEVENT", "UID:augb-cc-albion-20260407@augb.example", "SEQUENCE:0", f"DTSTAMP:{zulu(dt)}",
        f"DTSTART;TZID=Europe/London:{floating(s)}", f"DTEND;TZID=Europe/London:{floating(e)}",
        "SUMMARY:AUGB Albion Skyways Company Council - members' meeting (DE recruitment\\, seniority\\, rosters)",
        "LOCATION:Zoom", "ORGANIZER;CN=Sam Whitcombe:mailto:sam.whitcombe@augb.example",
        "END:VEVENT", "END:VCALENDAR"])
    root = multipart("mixed", "===============7308124466150217533==", [textpart("plain", t),
                     attachment("text/calendar", "members_meeting_7_april.ics", ics)])
    m = message(frm=addr("AUGB Albion Company Council", "council.albion@augb.example"), to=addr("AUGB Albion members", "members.albion@augb.example"),
                reply_to=addr(*sam), subject="Members' meeting Tue 7 April - DE recruitment, seniority & summer rosters", dt=dt,
                msgid="<174254581212.33071.9914262381@lists.augb.example>", root=root,
                helo="lists.augb.example", ip="203.0.113.99",
                extra=["List-Id: Albion Skyways members <members.albion.augb.example>",
                       "List-Unsubscribe: <mailto:members.albion-leave@augb.example>", "Precedence: list"])
    return slug, {"01-union-members-meeting.eml": m}, label(
        [], "medium", "negative/union-meeting",
        "Pilots' union members' meeting (mailing list + .ics) whose agenda is about the airline interviewing DE first "
        "officers; the owner is a union member, not a candidate.")


@case
def c18():
    slug = "b198-18-type-rating-course-booking"
    dt = T(2026, 4, 27, 10, 20, LON, 31)
    wd(dt, "Monday")
    d1 = T(2026, 6, 8, 8, 30, LON)
    wd(d1, "Monday"); wd(date(2026, 6, 29), "Monday")
    t = """Dear Rhys,

Thank you for booking with Skyward Type Training. Your place is confirmed.

Course: Boeing 737 MAX Type Rating (self-sponsored) - Course TR-737-2606
Day 1: Monday 8 June 2026, 08:30 local - ground school induction and pre-course assessment (logbook and licence check) with our Head of Training, Capt. Neil Farrow
Ground school: 8-19 June 2026 (CBT + classroom), Skyward Training Centre, Crawley
Simulator phase: from Monday 29 June 2026 (B737 MAX FFS, 8 x 4-hour sessions + skill test)
Base training: arranged separately

Airline Placement Programme: graduates may be put forward for interview with our partner airlines. Places on the programme are not guaranteed and are decided after your skill test.

Deposit received: GBP 6,500.00. Balance of GBP 18,450.00 due by 11 May 2026.

If you have any questions please reply to this e-mail or call the bookings team on 01293 555 0634.

Kind regards,
Bookings Team
Skyward Type Training Ltd (an approved TRTO)
"""
    root = multipart("alternative", "--==_mimepart_6a1f0c2b7d9e4_3a8f2c", [
        textpart("plain", t), textpart("html", html_simple(t, style="font-family:Helvetica,Arial,sans-serif;font-size:14px"))])
    m = message(frm=addr("Skyward Type Training", "bookings@skyward-trto.example"), to=USER,
                subject="Booking confirmation - B737 MAX Type Rating - Course TR-737-2606", dt=dt,
                msgid="<6a1f0c2b7d9e4_3a8f2c1b0e9d@mail.skyward-trto.example>", root=root,
                helo="smtp.skyward-trto.example", ip="203.0.113.74")
    return slug, {"01-type-rating-booking-confirmation.eml": m}, label(
        [], "medium", "negative/course-booking",
        "Self-sponsored type-rating course booking with a dated 'pre-course assessment' and talk of being 'put forward "
        "for interview' later - a course, no job interview is booked.")


@case
def c19():
    slug = "b198-19-podcast-pilot-life-interview"
    jess = ("Jess Arkwright", "jess@flightdeckdiaries.example")
    d1 = T(2026, 4, 14, 12, 3, LON, 9)
    s, e = T(2026, 4, 29, 19, 30, LON), T(2026, 4, 29, 20, 15, LON)
    wd(s, "Wednesday")
    t1 = """Hi Rhys,

I host Flight Deck Diaries, a podcast about what life as an airline pilot is really like (rosters, night-stops, commuting, the lot). A friend of yours, Tom Hollis, said you'd be a great guest.

Would you be up for a 40-minute recorded interview about life as a short-haul first officer - how you got into flying, the training debt, and what a typical week on the line looks like? Totally informal, and we'd run it past you before it goes out.

If you're happy to, grab a slot here: https://calendly.com/flightdeckdiaries/guest-interview

Thanks!
Jess

Jess Arkwright
Host, Flight Deck Diaries
"""
    m1 = message(frm=addr(*jess), to=USER, subject="Interview for Flight Deck Diaries (podcast)?", dt=d1,
                 msgid="<CAK2nQ7cU8dXr4-yM1pVo3sHw6eT0bLf9gZ2jAk@mail.gmail.com>", root=gmail_alt("c19", t1),
                 helo="mail-lf1-f44.google.com", ip="209.85.167.44")
    d2 = T(2026, 4, 17, 20, 41, LON, 55)
    t2 = f"""Hi Rhys Penhaligon,

A new event has been scheduled.

Event Type:
Flight Deck Diaries - guest interview recording

Invitee:
Rhys Penhaligon
{USER}

Event Date/Time:
19:30 - 20:15, Wednesday, 29 April 2026 (United Kingdom Time)

Location:
This is a Zoom web conference. Join: https://us06web.zoom.us/j/84190025512

Host:
Jess Arkwright

Invitee Time Zone:
United Kingdom Time

View event in Calendly: https://calendly.com/app/scheduled_events/user/me

Sent from Calendly
"""
    ics = ics_text(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Calendly//EN", "METHOD:REQUEST", "BEGIN:VEVENT",
                    "UID:bf3e2a9c-4d71-4b8e-9a0f-5c6d7e8f9012@calendly.com", "SEQUENCE:0", f"DTSTAMP:{zulu(d2)}",
                    f"DTSTART:{zulu(s)}", f"DTEND:{zulu(e)}",
                    "SUMMARY:Flight Deck Diaries - guest interview recording between Jess Arkwright and Rhys Penhaligon",
                    "LOCATION:https://us06web.zoom.us/j/84190025512",
                    f"ORGANIZER;CN={jess[0]}:mailto:{jess[1]}", me(partstat="ACCEPTED"),
                    "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    root = multipart("mixed", "--==_mimepart_calendly_9c1e7b", [
        multipart("alternative", "--==_mimepart_calendly_9c1e7c", [textpart("plain", t2), textpart("html", html_simple(t2))]),
        attachment("text/calendar", "invite.ics", ics, extra="; method=REQUEST")])
    m2 = message(frm=addr("Calendly", "notifications@calendly.com"), to=USER, reply_to=addr(*jess),
                 subject="Confirmed: Flight Deck Diaries - guest interview recording with Jess Arkwright on Wednesday, 29 April 2026",
                 dt=d2, msgid="<20260417194155.bf3e2a9c4d71@calendly.com>", root=root,
                 helo="o1.ptr2741.calendly.com", ip="203.0.113.201")
    return slug, {"01-podcast-host-asks.eml": m1, "02-calendly-recording-confirmed.eml": m2}, label(
        [], "medium", "negative/podcast",
        "Podcast host asks to 'interview' him about pilot life and a Calendly booking with .ics follows - press/podcast "
        "interview, not a hiring step.")


@case
def c20():
    slug = "b198-20-saltire-online-aptitude-test"
    dt = T(2026, 4, 17, 9, 0, UTC, 14)
    deadline = date(2026, 4, 24)
    wd(deadline, "Friday")
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#1b1b1b">
<table width="600" cellpadding="0" cellspacing="0" style="margin:0 auto">
<tr><td style="background:#0b3d91;color:#fff;padding:16px 22px;font-size:18px">Saltire Skies &middot; Pilot Careers</td></tr>
<tr><td style="padding:22px">
<p>Dear Rhys,</p>
<p>Thank you for applying for <b>First Officer &ndash; A320 (Edinburgh)</b>, requisition R-11208. The next step in our selection process is an online pilot aptitude assessment.</p>
<ul>
<li>Content: numerical reasoning, spatial orientation, multitasking and a personality questionnaire</li>
<li>Duration: approx. 2 hours 30 minutes, self-paced and unsupervised</li>
<li>Deadline: <b>23:59Z on Friday 24 April 2026</b></li>
</ul>
<p>Use a desktop computer with a mouse and a stable connection. You may start at any time before the deadline, but once started each section must be completed in one sitting.</p>
<p><a href="https://saltireskies.aerorecruit.example/assess/start?token=R11208-88c0e1">Start assessment</a></p>
<p>Candidates who meet the required standard will be contacted to arrange an interview and simulator evaluation at our Edinburgh training centre.</p>
<p>Kind regards,<br>Saltire Skies Pilot Recruitment</p>
</td></tr>
<tr><td style="padding:12px 22px;font-size:11px;color:#666">Sent by AeroRecruit on behalf of Saltire Skies. Please do not reply to this message.</td></tr>
</table></body></html>
"""
    root = multipart("alternative", "----=_Part_1993301_884120556.1776416414000", [textpart("html", html, "base64")])
    m = message(frm=addr("Saltire Skies", "saltireskies@aerorecruit.example"), to=USER, reply_to="no-reply@aerorecruit.example",
                subject="Action required: online pilot aptitude assessment - First Officer A320 (EDI) - R-11208", dt=dt,
                msgid="<ar.91d0c3e5a8.R-11208.assess-228417@notify.aerorecruit.example>", root=root,
                helo="mta-05.notify.aerorecruit.example", ip="203.0.113.25",
                extra=["X-AeroRecruit-Tenant: saltireskies", "Auto-Submitted: auto-generated"])
    return slug, {"01-online-aptitude-assessment.eml": m}, label(
        [], "easy", "negative/online-assessment",
        "Self-paced online aptitude test with a deadline (not a live conversation); interview only promised for later.")


@case
def c21():
    slug = "b198-21-zephyr-gulf-choose-assessment-date"
    hassan = ("Hassan Rahimi", "hassan.rahimi@zephyrgulf.example")
    dt = T(2026, 4, 27, 10, 15, DXB, 38)
    for d, n in [(date(2026, 5, 12), "Tuesday"), (date(2026, 5, 13), "Wednesday"), (date(2026, 5, 14), "Thursday"),
                 (date(2026, 5, 3), "Sunday")]:
        wd(d, n)
    assert T(2026, 5, 12, 8, 0, DXB).astimezone(UTC).hour == 4
    t = """Dear Rhys,

Thank you for your application for the Direct Entry First Officer (A320) position with Zephyr Gulf Aviation, Dubai base.

We would like to invite you to an Assessment Day at our Dubai training centre. The day includes a group exercise, an interview with one of our training captains and a simulator evaluation.

The available dates are:
 - Tuesday 12 May 2026
 - Wednesday 13 May 2026
 - Thursday 14 May 2026
Each day starts at 08:00 Dubai time (0400Z) and finishes around 16:00.

Please choose your preferred date using the link below by Sunday 3 May. Your confirmation, itinerary and duty travel will be sent once your slot is booked. Slots are allocated on a first-come basis.

https://zephyrgulf.aerorecruit.example/self-schedule/AD-DEFO-A320?cand=552190

Best regards,

Hassan Rahimi
Talent Acquisition Specialist - Pilots
Zephyr Gulf Aviation
"""
    m = message(frm=addr(*hassan), to=addr(USER_NAME, USER), subject="Zephyr Gulf Aviation - Assessment Day & interview - please choose a date",
                dt=dt, msgid="<DXBP281MB0912A1C2E3F40516@DXBP281MB0912.AREP281.PROD.OUTLOOK.COM>",
                root=outlook_alt("c21", t), helo="mail-me3are01on2107.outbound.protection.outlook.com", ip="198.51.100.107",
                extra=["Accept-Language: en-US", "Content-Language: en-US"])
    return slug, {"01-choose-assessment-day-slot.eml": m}, label(
        [], "hard", "negative/availability-request",
        "Assessment Day with an interview offered on three possible dates via a self-scheduling link; nothing is booked "
        "in the case (availability request / unbooked scheduling link).")


@case
def c22():
    slug = "b198-22-cadet-selection-panel-member"
    karen = ("Karen Doyle", "karen.doyle@albionskyways.example")
    idris = ("Capt. Idris Bello", "idris.bello@albionskyways.example")
    s, e = T(2026, 5, 28, 8, 30, LON), T(2026, 5, 28, 16, 30, LON)
    wd(s, "Thursday")
    dt = T(2026, 5, 4, 9, 12, LON, 26)
    body = ("Hi Rhys,\n\nThank you for volunteering to sit on the cadet selection panels. You'll be on Panel B with Capt. "
            "Idris Bello, interviewing six candidates for the Albion Skyways Future Pilot Programme (45 minutes each, "
            "competency and motivation). Candidate packs and scoring sheets will be on the Recruitment SharePoint from "
            "21 May. Crewing have rostered you a ground duty for the day.\n\nPlease be in Meeting Room 2.14 at LGW House "
            "by 08:15 for the panel briefing.\n\nMany thanks,\nKaren\n\nKaren Doyle\nPilot Recruitment Manager\nAlbion Skyways")
    m = exchange_invite(seed="c22", organizer=karen,
                        attendees=[attendee(idris[0], idris[1], partstat="ACCEPTED", rsvp=False), me()],
                        start=s, end=e, wintz="GMT Standard Time",
                        title="Cadet Pilot Selection - Final Interview Panel B (panel member: Rhys Penhaligon)",
                        body=body, dt=dt, to=addr(USER_NAME, USER), location="LGW House, Meeting Room 2.14", teams=False,
                        msgdomain="LO0P123MB6650.GBRP123.PROD.OUTLOOK.COM")
    return slug, {"01-panel-member-invite.eml": m}, label(
        [], "hard", "negative/user-is-interviewer",
        "Outlook invite to an all-day 'Final Interview Panel' at his own airline where he is a panel member "
        "interviewing cadets - the owner is the interviewer.")


# =========================================================================== main
def main():
    for name in sorted(os.listdir(HERE)):
        p = os.path.join(HERE, name)
        if name.startswith(PREFIX) and os.path.isdir(p):
            shutil.rmtree(p)
    labels = {}
    for n, fn in enumerate(CASES, 1):
        slug, files, lab = fn()
        assert slug.startswith(f"{PREFIX}{n:02d}-"), slug
        assert slug not in labels
        os.makedirs(os.path.join(HERE, slug))
        for fname, content in files.items():
            assert fname[:2].isdigit() and fname[2] == "-"
            with open(os.path.join(HERE, slug, fname), "wb") as f:
                f.write(content.encode("utf-8"))
        labels[slug] = lab
    out = "# Labels for blind198 (written blind). See /work/shared/eval/README.md for the schema.\n"
    out += yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=110, default_flow_style=False)
    with open(os.path.join(HERE, "labels.yaml"), "wb") as f:
        f.write(out.encode("utf-8"))
    pos = sum(1 for v in labels.values() if v["interview"])
    ivs = [i for v in labels.values() for i in v["interviews"]]
    print(f"{len(labels)} cases: {pos} positive, {len(labels) - pos} negative; {len(ivs)} interviews "
          f"({sum(i['status'] == 'scheduled' for i in ivs)} scheduled, {sum(i['status'] == 'cancelled' for i in ivs)} cancelled)")


if __name__ == "__main__":
    main()
