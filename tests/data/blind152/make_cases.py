#!/usr/bin/env python3
"""Regenerate the blind152 evaluation set (case folders + labels.yaml) next to this file.

Theme: a Lagos/Accra product manager (Adaeze Mensah) applying to remote roles at US, UK and
European startups, across the March 2026 clock changes (US: Mar 8, EU/UK: Mar 29; Lagos WAT and
Accra GMT have no DST).

Deterministic: fixed dates, Message-IDs, MIME boundaries and UIDs (all derived from fixed seeds),
so every run writes the same bytes. Every UTC offset is computed with zoneinfo and every weekday
named in the text is asserted. Only the standard library, PyYAML and zoneinfo are used.

    python make_cases.py
"""
import base64
import hashlib
import html
import json
import quopri
import shutil
from datetime import datetime, timedelta
from email.header import Header
from email.utils import format_datetime, formataddr
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

HERE = Path(__file__).resolve().parent
PREFIX = "b152-"
OWNER = "adaeze.mensah@example.com"
OWNER_NAME = "Adaeze Mensah"
OWNER_T = (OWNER_NAME, OWNER)

UTC = ZoneInfo("UTC")
LAGOS = ZoneInfo("Africa/Lagos")
ACCRA = ZoneInfo("Africa/Accra")
LONDON = ZoneInfo("Europe/London")
BERLIN = ZoneInfo("Europe/Berlin")
AMSTERDAM = ZoneInfo("Europe/Amsterdam")
NEW_YORK = ZoneInfo("America/New_York")
CHICAGO = ZoneInfo("America/Chicago")
DENVER = ZoneInfo("America/Denver")
TORONTO = ZoneInfo("America/Toronto")

CASES = {}   # case id -> {file name: text}
LABELS = {}  # case id -> label dict


# ----------------------------------------------------------------------------- time helpers
def T(y, mo, d, h, mi, tz, s=0):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


def wd(dt, name):
    """Assert that dt falls on the weekday the text names."""
    assert dt.strftime("%A") == name, (dt, dt.strftime("%A"), name)
    return dt


def off(dt, hours):
    """Assert the UTC offset that zoneinfo gives for dt."""
    assert dt.utcoffset() == timedelta(hours=hours), (dt, dt.utcoffset(), hours)
    return dt


def iso(dt):
    return dt.isoformat()


def rfc(dt):
    return format_datetime(dt)


def zst(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def loc(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


def t12(dt):                      # '3:00 PM'
    return dt.strftime("%I:%M %p").lstrip("0")


def t12l(dt):                     # '3:00pm'
    return t12(dt).lower().replace(" ", "")


def gt(dt):                       # Google style '2pm' / '2:45pm'
    return dt.strftime("%I").lstrip("0") + ("" if dt.minute == 0 else dt.strftime(":%M")) + dt.strftime("%p").lower()


def t24(dt):                      # '15:00'
    return dt.strftime("%H:%M")


def us_date(dt):                  # 'Wednesday, March 11, 2026'
    return f"{dt.strftime('%A')}, {dt.strftime('%B')} {dt.day}, {dt.year}"


def uk_date(dt):                  # 'Wednesday 11 March 2026'
    return f"{dt.strftime('%A')} {dt.day} {dt.strftime('%B')} {dt.year}"


def g_date(dt):                   # 'Wed Mar 11, 2026'
    return f"{dt.strftime('%a %b')} {dt.day}, {dt.year}"


# ----------------------------------------------------------------------------- mail helpers
def hx(seed, n=16):
    return hashlib.sha1(seed.encode("utf-8")).hexdigest()[:n]


def boundary(seed):
    return "000000000000" + hx("boundary:" + seed, 12)


def addr(p):
    return formataddr(p, charset="utf-8")


def addrs(ps):
    return ", ".join(addr(p) for p in ps)


def hdr(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def enc(text, cte):
    data = text.encode("utf-8")
    if cte == "base64":
        return base64.encodebytes(data).decode("ascii")
    if cte == "quoted-printable":
        return quopri.encodestring(data).decode("ascii")
    return text


def leaf(ctype, text, cte="7bit", extra=()):
    hs = [f"Content-Type: {ctype}"]
    if cte:
        hs.append(f"Content-Transfer-Encoding: {cte}")
    hs += list(extra)
    body = enc(text, cte)
    if not body.endswith("\n"):
        body += "\n"
    return hs, body


def multi(subtype, seed, parts, extra=()):
    b = boundary(seed)
    hs = [f'Content-Type: multipart/{subtype}; boundary="{b}"'] + list(extra)
    body = ""
    for ph, pb in parts:
        body += f"--{b}\n" + "\n".join(ph) + "\n\n" + pb + "\n"
    body += f"--{b}--\n"
    return hs, body


def render(headers, root):
    ph, pb = root
    return "\n".join(headers + ["MIME-Version: 1.0"] + ph) + "\n\n" + pb


def to_html(text, font="Arial,Helvetica,sans-serif"):
    out = []
    for para in text.strip("\n").split("\n\n"):
        runs = []
        for line in para.split("\n"):
            q = line.startswith(">")
            if runs and runs[-1][0] == q:
                runs[-1][1].append(line)
            else:
                runs.append((q, [line]))
        for q, lines in runs:
            if q:
                inner = "<br>".join(html.escape(l[1:].lstrip(" ")) for l in lines)
                out.append('<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;'
                           'border-left:1px solid #ccc;padding-left:1ex">' + inner + "</blockquote>")
            else:
                out.append("<p>" + "<br>".join(html.escape(l) for l in lines) + "</p>")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body><div style="font-family:{font};font-size:14px">\n' + "\n".join(out) + "\n</div></body></html>\n")


def quote(text):
    return "\n".join(">" if not l else "> " + l for l in text.strip("\n").split("\n"))


def meet_code(seed):
    letters = "".join("abcdefghijklmnopqrstuvwxyz"[int(c, 16) + int(d, 16) % 11] for c, d in zip(hx("mc" + seed, 10), hx("md" + seed, 10)))
    return f"{letters[:3]}-{letters[3:7]}-{letters[7:10]}"


def gmail_id(seed):
    return f"<CA{hx('g' + seed, 6).upper()}+{hx('m' + seed, 20)}@mail.gmail.com>"


def received(frm_email, date, seed):
    dom = frm_email.split("@")[1]
    relay = {"ashbyhq.com": "o3.email.ashbyhq.com", "greenhouse.io": "mail-ob.greenhouse.io",
             "hire.lever.co": "mail.hire.lever.co", "google.com": "mail-sor-f69.google.com",
             "calendly.com": "o1.ptr7741.calendly.com", "email.meetup.com": "mta-122.email.meetup.com",
             "candidates.workablemail.com": "o12.candidates.workablemail.com"}.get(dom, "mail." + dom)
    ip = ".".join(str(int(hx("ip" + seed + str(i), 2), 16) % (223 if i == 0 else 255) + 1) for i in range(4))
    when = (date + timedelta(seconds=2)).astimezone(UTC)
    return (f"Received: from {relay} ({relay} [{ip}])\n        by mx1.example.com with ESMTPS id "
            f"{hx('rx' + seed, 12)}\n        for <{OWNER}>; {rfc(when)}")


def mail(*, seed, frm, to, subject, date, msgid, text, cc=(), reply_to=None, sender=None,
         in_reply_to=None, references=None, html_text=None, text_cte="quoted-printable",
         html_cte="quoted-printable", plain_only=False, calendar=None, attachments=(), extra=(),
         return_path=None):
    """Build one RFC 5322 message.

    frm/reply_to/sender: (name, email); to/cc: lists of (name, email) or bare emails.
    calendar: (method, ics_text) placed inside multipart/alternative (Google/Exchange style).
    attachments: [(content_type, filename, text, cte)] -> multipart/mixed.
    """
    def fmt(x):
        return addr(x) if isinstance(x, tuple) else x
    hs = [f"Delivered-To: {OWNER}"]
    if frm[1] != OWNER:
        hs.append(received(sender[1] if sender else frm[1], date, seed))
        hs.append(f"Return-Path: <{return_path or (sender[1] if sender else frm[1])}>")
    hs.append(f"Date: {rfc(date)}")
    hs.append(f"From: {fmt(frm)}")
    if sender:
        hs.append(f"Sender: {fmt(sender)}")
    if reply_to:
        hs.append(f"Reply-To: {fmt(reply_to)}")
    hs.append("To: " + ", ".join(fmt(x) for x in to))
    if cc:
        hs.append("Cc: " + ", ".join(fmt(x) for x in cc))
    hs.append(f"Subject: {hdr(subject)}")
    hs.append(f"Message-ID: {msgid}")
    if in_reply_to:
        hs.append(f"In-Reply-To: {in_reply_to}")
    if references:
        hs.append("References: " + "\n ".join(references))
    hs += list(extra)
    tpart = leaf('text/plain; charset="UTF-8"', text, text_cte)
    if plain_only and not calendar:
        root = tpart
    else:
        alts = [tpart]
        if not plain_only:
            alts.append(leaf('text/html; charset="UTF-8"', html_text or to_html(text), html_cte))
        if calendar:
            method, ics_text = calendar
            alts.append(leaf(f'text/calendar; charset="UTF-8"; method={method}', ics_text, "base64"))
        root = multi("alternative", seed + "/alt", alts)
    if attachments:
        parts = [root]
        for ctype, fname, atext, cte in attachments:
            parts.append(leaf(f'{ctype}; name="{fname}"', atext, cte,
                              [f'Content-Disposition: attachment; filename="{fname}"']))
        root = multi("mixed", seed + "/mixed", parts)
    return render(hs, root)


# ----------------------------------------------------------------------------- iCalendar helpers
def fold(line):
    out, cur, n = [], "", 0
    for ch in line:
        b = len(ch.encode("utf-8"))
        if n + b > 75:
            out.append(cur)
            cur, n = " " + ch, 1 + b
        else:
            cur += ch
            n += b
    out.append(cur)
    return "\r\n".join(out)


def ics(lines):
    return "".join(fold(l) + "\r\n" for l in lines)


def esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def att(p, role="REQ-PARTICIPANT", partstat="NEEDS-ACTION", rsvp=True, google=False):
    name, email = p
    if google:
        return (f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP={'TRUE' if rsvp else 'FALSE'}"
                f";CN={name};X-NUM-GUESTS=0:mailto:{email}")
    return f"ATTENDEE;ROLE={role};PARTSTAT={partstat};RSVP={'TRUE' if rsvp else 'FALSE'};CN={name}:mailto:{email}"


VTZ = {
    "Europe/Berlin": ["BEGIN:VTIMEZONE", "TZID:Europe/Berlin", "X-LIC-LOCATION:Europe/Berlin",
                      "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST",
                      "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
                      "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET",
                      "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
                      "END:VTIMEZONE"],
    "Europe/London": ["BEGIN:VTIMEZONE", "TZID:Europe/London", "X-LIC-LOCATION:Europe/London",
                      "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100", "TZNAME:BST",
                      "DTSTART:19700329T010000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
                      "BEGIN:STANDARD", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "TZNAME:GMT",
                      "DTSTART:19701025T020000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
                      "END:VTIMEZONE"],
    "Africa/Lagos": ["BEGIN:VTIMEZONE", "TZID:Africa/Lagos", "X-LIC-LOCATION:Africa/Lagos",
                     "BEGIN:STANDARD", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0100", "TZNAME:WAT",
                     "DTSTART:19700101T000000", "END:STANDARD", "END:VTIMEZONE"],
    "Africa/Accra": ["BEGIN:VTIMEZONE", "TZID:Africa/Accra", "X-LIC-LOCATION:Africa/Accra",
                     "BEGIN:STANDARD", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0000", "TZNAME:GMT",
                     "DTSTART:19700101T000000", "END:STANDARD", "END:VTIMEZONE"],
    "GMT Standard Time": ["BEGIN:VTIMEZONE", "TZID:GMT Standard Time",
                          "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000",
                          "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
                          "BEGIN:DAYLIGHT", "DTSTART:16010101T010000", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100",
                          "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"],
    "W. Central Africa Standard Time": ["BEGIN:VTIMEZONE", "TZID:W. Central Africa Standard Time",
                                        "BEGIN:STANDARD", "DTSTART:16010101T000000", "TZOFFSETFROM:+0100",
                                        "TZOFFSETTO:+0100", "END:STANDARD", "BEGIN:DAYLIGHT",
                                        "DTSTART:16010101T000000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0100",
                                        "END:DAYLIGHT", "END:VTIMEZONE"],
}


# ----------------------------------------------------------------------------- vendor templates
GZONE = {"Africa/Accra": "Greenwich Mean Time - Accra", "America/New_York": "Eastern Time - New York",
         "Africa/Lagos": "West Africa Time - Lagos"}


def google_invite(*, seed, date, organizer, guests, summary, start, end, zone, description, uid,
                  sequence=0, method="REQUEST", meet=None, note=None, location="", owner_status="NEEDS-ACTION"):
    """Google Calendar invitation / cancellation e-mail (multipart/mixed, text/calendar + invite.ics)."""
    s, e = start.astimezone(zone), end.astimezone(zone)
    cancel = method == "CANCEL"
    when_subj = f"{g_date(s)} {gt(s)} - {gt(e)} ({s.tzname()})"
    if cancel:
        prefix = "Canceled event with note" if note else "Canceled event"
    else:
        prefix = "Updated invitation" if sequence else "Invitation"
    subject = f"{prefix}: {summary} @ {when_subj} ({OWNER})"
    eid = base64.urlsafe_b64encode(f"{uid} {OWNER}".encode()).decode().rstrip("=")
    view = f"https://calendar.google.com/calendar/event?action=VIEW&eid={eid}"
    when_line = f"{s.strftime('%A')} {s.strftime('%b')} {s.day}, {s.year} \u22c5 {gt(s)} \u2013 {gt(e)}"
    lines = []
    if cancel:
        lines += ["This event has been canceled and removed from your calendar."]
        if note:
            lines += ["", f"{organizer[0]} has canceled this event with a note:", f"\"{note}\""]
        lines += [""]
    lines += [summary, when_line, GZONE[zone.key], ""]
    if meet and not cancel:
        lines += ["Join with Google Meet", f"https://meet.google.com/{meet}", ""]
    if location:
        lines += ["Location", location, ""]
    lines += ["Organizer", organizer[0], organizer[1], "", "Guests"]
    for g in guests:
        if g[1] == organizer[1]:
            lines += [f"{g[0]} - organizer", g[1]]
        elif g[0] == g[1]:
            lines += [g[1]]
        else:
            lines += [g[0], g[1]]
    lines += [f"View all guest info {view}", ""]
    if description and not cancel:
        lines += [description, ""]
    if not cancel:
        lines += [f"Reply for {OWNER} and view more details {view}", ""]
    lines += ["~~//~~", "Invitation from Google Calendar: https://calendar.google.com/calendar/", "",
              "You are receiving this email because you are an attendee on the event.", ""]
    if not cancel:
        lines += ["Forwarding this invitation could allow any recipient to send a response to the organizer, be "
                  "added to the guest list, invite others regardless of their own invitation status, or modify "
                  "your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding"]
    text = "\n".join(lines) + "\n"
    hbody = "<br>".join(html.escape(l) for l in lines)
    html_text = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
                 '<body><div style="font-family:Roboto,Helvetica,Arial,sans-serif">' + hbody +
                 "</div></body></html>\n")
    desc = description or ""
    if meet:
        desc += (f"\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
                 f"Join with Google Meet: https://meet.google.com/{meet}\n\nLearn more about Meet at: "
                 "https://support.google.com/a/users/answer/9282720\n\nPlease do not edit this section.\n"
                 "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-")
    stamp = zst(date)
    ev = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
          "CALSCALE:GREGORIAN", f"METHOD:{method}", "BEGIN:VEVENT", f"DTSTART:{zst(start)}", f"DTEND:{zst(end)}",
          f"DTSTAMP:{stamp}", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}", f"UID:{uid}@google.com"]
    for g in guests:
        ps = "ACCEPTED" if g[1] == organizer[1] else (owner_status if g[1] == OWNER else (g[2] if len(g) > 2 else "NEEDS-ACTION"))
        ev.append(att((g[0], g[1]), partstat=ps, google=True))
    if meet:
        ev.append(f"X-GOOGLE-CONFERENCE:https://meet.google.com/{meet}")
    ev += [f"CREATED:{stamp}", f"DESCRIPTION:{esc(desc)}", f"LAST-MODIFIED:{stamp}", f"LOCATION:{esc(location)}",
           f"SEQUENCE:{sequence}", f"STATUS:{'CANCELLED' if cancel else 'CONFIRMED'}", f"SUMMARY:{esc(summary)}",
           "TRANSP:OPAQUE"]
    if not cancel:
        ev += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder", "TRIGGER:-P0DT0H10M0S",
               "END:VALARM"]
    ev += ["END:VEVENT", "END:VCALENDAR"]
    ical = ics(ev)
    return mail(seed=seed, frm=organizer, sender=("Google Calendar", "calendar-notification@google.com"),
                reply_to=organizer, to=[OWNER], subject=subject, date=date,
                msgid=f"<calendar-{hx('cal' + seed, 8)}-{hx('c2' + seed, 4)}-{hx('c3' + seed, 4)}-"
                      f"{hx('c4' + seed, 4)}-{hx('c5' + seed, 12)}@google.com>",
                return_path=f"{hx('rp' + seed, 20)}@calendar-server.bounces.google.com",
                text=text, text_cte="base64", html_text=html_text, calendar=(method, ical),
                attachments=[("application/ics", "invite.ics", ical, "base64")])


TEAMS_TAIL = """________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mt}%40thread.v2/0?context=%7b%22Tid%22%3a%22{tid}%22%2c%22Oid%22%3a%22{oid}%22%7d>
Meeting ID: {mid}
Passcode: {pc}
Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/?organizerId={oid}&tenantId={tid}&threadId=19_meeting_{mt}@thread.v2&messageId=0&language=en-GB>
________________________________________________________________________________
"""


def teams_block(seed):
    tid = f"{hx('t' + seed, 8)}-{hx('t2' + seed, 4)}-4{hx('t3' + seed, 3)}-a{hx('t4' + seed, 3)}-{hx('t5' + seed, 12)}"
    oid = f"{hx('o' + seed, 8)}-{hx('o2' + seed, 4)}-4{hx('o3' + seed, 3)}-b{hx('o4' + seed, 3)}-{hx('o5' + seed, 12)}"
    mt = base64.b64encode(hashlib.sha1(("mt" + seed).encode()).digest()).decode()[:27].replace("+", "A").replace("/", "b")
    digits = str(int(hx("mid" + seed, 12), 16))[:12]
    mid = f"{digits[:3]} {digits[3:6]} {digits[6:9]} {digits[9:12]}"
    pc = base64.b64encode(hashlib.sha1(("pc" + seed).encode()).digest()).decode()[:6].replace("+", "k").replace("/", "Q")
    return TEAMS_TAIL.format(mt=mt, tid=tid, oid=oid, mid=mid, pc=pc)


def outlook_invite(*, seed, date, organizer, required, subject, start, end, win_tz, body, uid_hex, method="REQUEST",
                   sequence=0, location="Microsoft Teams Meeting", lang="en-GB", server="LO4P265MB6921",
                   region="GBRP265", importance=None, to=None):
    """Exchange/Outlook meeting request or cancellation (multipart/alternative with text/calendar)."""
    cancel = method == "CANCEL"
    z = start.tzinfo
    ev = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
    ev += VTZ[win_tz]
    ev += ["BEGIN:VEVENT", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    for p in required:
        ev.append(att(p, partstat="ACCEPTED", rsvp=False) if p[1] == organizer[1] else att(p))
    ev += [f"DESCRIPTION;LANGUAGE={lang}:{esc(body)}",
           f"UID:040000008200E00074C5B7101A82E00800000000{uid_hex}",
           f"SUMMARY;LANGUAGE={lang}:{esc(('Canceled: ' if cancel else '') + subject)}",
           f"DTSTART;TZID={win_tz}:{loc(start)}", f"DTEND;TZID={win_tz}:{loc(end.astimezone(z))}",
           "CLASS:PUBLIC", f"PRIORITY:{1 if importance == 'High' else 5}", f"DTSTAMP:{zst(date)}",
           f"TRANSP:{'TRANSPARENT' if cancel else 'OPAQUE'}", f"STATUS:{'CANCELLED' if cancel else 'CONFIRMED'}",
           f"SEQUENCE:{sequence}", f"LOCATION;LANGUAGE={lang}:{esc(location)}",
           f"X-MICROSOFT-CDO-APPT-SEQUENCE:{sequence}",
           f"X-MICROSOFT-CDO-OWNERAPPTID:{int(hx('own' + seed, 7), 16)}",
           f"X-MICROSOFT-CDO-BUSYSTATUS:{'FREE' if cancel else 'TENTATIVE'}",
           f"X-MICROSOFT-CDO-INTENDEDSTATUS:{'FREE' if cancel else 'BUSY'}",
           "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", f"X-MICROSOFT-CDO-IMPORTANCE:{2 if importance == 'High' else 1}",
           "X-MICROSOFT-CDO-INSTTYPE:0", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
           "X-MICROSOFT-DISALLOW-COUNTER:FALSE", "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT"]
    if location == "Microsoft Teams Meeting":
        ev += ["X-MICROSOFT-LOCATIONDISPLAYNAME:Microsoft Teams Meeting"]
    if not cancel:
        ev += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM"]
    ev += ["END:VEVENT", "END:VCALENDAR"]
    ical = ics(ev)
    mid = f"<{server}{hx('mid' + seed, 28).upper()}@{server}.{region}.PROD.OUTLOOK.COM>"
    extra = [f"Thread-Topic: {hdr(subject)}",
             f"Thread-Index: {base64.b64encode(hashlib.sha1(('ti' + seed).encode()).digest()[:16]).decode()}",
             f"Accept-Language: {lang}, en-US", f"Content-Language: {lang}", "X-MS-Has-Attach:",
             "X-MS-TNEF-Correlator:", "Content-class: urn:content-classes:calendarmessage",
             "x-ms-publictraffictype: Email"]
    if importance:
        extra.append(f"Importance: {importance}")
    return mail(seed=seed, frm=organizer, to=to or [p for p in required if p[1] != organizer[1]],
                subject=("Canceled: " if cancel else "") + subject, date=date, msgid=mid, text=body,
                html_text=to_html(body, font="Aptos,Calibri,sans-serif"), calendar=(method, ical), extra=extra)


# ----------------------------------------------------------------------------- labels
def iv(company, role, start, end, status, interviewers, followup, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end) if end else None,
            "status": status, "interviewer_emails": list(interviewers), "followup_recipients": list(followup),
            "kind": kind}


def add(cid, files, interviews, difficulty, category, notes):
    assert cid.startswith(PREFIX) and cid not in CASES, cid
    for name in files:
        assert name[:3] == f"{name[:2]}-" and name[:2].isdigit(), name
        assert name.endswith((".eml", ".ics", ".gcal.json")), name
    CASES[cid] = files
    LABELS[cid] = {"user": OWNER, "interview": bool(interviews), "interviews": interviews,
                   "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}


# ============================================================================= positive cases
def case01():
    cid = "b152-01-ashby-recruiter-screen-wat"
    co, role = "Brightpath Freight", "Senior Product Manager, Shipper Experience"
    maren = ("Maren Holt", "maren.holt@brightpathfreight.example")
    sent = off(T(2026, 3, 5, 14, 22, NEW_YORK, 7), -5)
    start = off(wd(T(2026, 3, 11, 15, 0, LAGOS), "Wednesday"), 1)
    end = start + timedelta(minutes=30)
    et = off(start.astimezone(NEW_YORK), -4)          # US clocks moved on Sun Mar 8
    assert wd(T(2026, 3, 8, 12, 0, NEW_YORK), "Sunday") and t12(et) == "10:00 AM"
    zoom = "https://brightpathfreight.zoom.us/j/84122907351?pwd=bFJ2eXlPc0tNWkR3d2c1UT09"
    text = f"""Hi Adaeze,

Thanks for choosing a time! Your interview with {co} for the {role} role is confirmed.

Recruiter Screen
{us_date(start)}
{t12(start)} - {t12(end)} WAT (West Africa Standard Time)

Interviewer
Maren Holt, Senior Technical Recruiter

Location
Zoom: {zoom}
Meeting ID: 841 2290 7351

Times above are shown in your time zone. Heads-up: clocks in the United States move forward one hour on Sunday, March 8, so for Maren this call is at {t12(et)} Eastern ({et.tzname()}).

A calendar invitation is attached. If you need to reschedule, just reply to this email and it will go straight to Maren.

Best,
The {co} Recruiting Team

Powered by Ashby
"""
    desc = (f"Recruiter Screen for the {role} role at {co}.\n\nInterviewer: Maren Holt (Senior Technical Recruiter)\n"
            f"Zoom: {zoom}\nMeeting ID: 841 2290 7351")
    ical = ics(["BEGIN:VCALENDAR", "PRODID:-//Ashby//Ashby Scheduling//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
                "METHOD:REQUEST", "BEGIN:VEVENT", "UID:ashby-interview-6c1f0a2e-93b4-4f5e-8d7a-2b1e4c9a7d10",
                "SEQUENCE:0", f"DTSTAMP:{zst(sent)}", f"DTSTART:{zst(start)}", f"DTEND:{zst(end)}",
                f"SUMMARY:{esc(f'Recruiter Screen: Adaeze Mensah <> {co} ({role})')}", f"DESCRIPTION:{esc(desc)}",
                f"LOCATION:{esc(zoom)}", f"ORGANIZER;CN={maren[0]}:mailto:{maren[1]}",
                att(maren, partstat="ACCEPTED", rsvp=False), att(OWNER_T), "STATUS:CONFIRMED", "TRANSP:OPAQUE",
                "END:VEVENT", "END:VCALENDAR"])
    f1 = mail(seed=cid + "/1", frm=(f"{co} Recruiting", "no-reply@ashbyhq.com"), reply_to=maren, to=[OWNER_T],
              subject=f"Interview confirmed: {co} - {role}", date=sent,
              msgid=f"<{hx(cid + 'a', 24)}.{hx(cid + 'b', 8)}@ashbyhq.com>", text=text,
              attachments=[("text/calendar; charset=\"UTF-8\"; method=REQUEST", "invite.ics", ical, "base64")])
    add(cid, {"01-ashby-interview-confirmed.eml": f1},
        [iv(co, role, start, end, "scheduled", [maren[1]], [maren[1]], "phone_screen")],
        "medium", "positive/ats-email-with-ics",
        "Ashby confirmation from no-reply with Reply-To the recruiter, who conducts the screen. Time is given in WAT "
        "(3 PM = 10 AM EDT, after the US change on Mar 8; the e-mail was sent while New York was still on EST).")


def case02():
    cid = "b152-02-lever-thread-kindly-revert"
    co, role = "Pellucid Pay", "Product Manager, Merchant Onboarding"
    harriet = ("Harriet Sowerby", "harriet.sowerby@pellucidpay.example")
    tobias = ("Tobias Wren", "tobias.wren@pellucidpay.example")
    d1 = off(wd(T(2026, 3, 13, 10, 41, LONDON, 22), "Friday"), 0)
    d2 = off(T(2026, 3, 13, 13, 5, LAGOS, 40), 1)
    d3 = off(T(2026, 3, 16, 9, 12, LONDON, 3), 0)
    s1 = off(wd(T(2026, 3, 18, 15, 0, LONDON), "Wednesday"), 0)
    s2 = wd(T(2026, 3, 18, 16, 30, LONDON), "Wednesday")
    start = off(wd(T(2026, 3, 19, 11, 0, LONDON), "Thursday"), 0)
    end = start + timedelta(minutes=45)
    lag, lag_end = start.astimezone(LAGOS), end.astimezone(LAGOS)
    assert t24(lag) == "12:00" and wd(T(2026, 3, 29, 12, 0, LONDON), "Sunday")
    sig_h = f"""Harriet Sowerby
Talent Partner | {co}
{harriet[1]}
Pellucid Pay Ltd, 2 Curtain Yard, London EC2A 3AR"""
    t1 = f"""Hi Adaeze,

Thank you for sending over the written exercise so quickly - the team really liked your take on reducing drop-off in merchant KYC.

The next step is a 45-minute conversation with Tobias Wren, our Head of Product. Could you let me know which of these works for you? All times are UK time, which is GMT until our clocks change on 29 March:

- Wednesday 18 March, {t24(s1)} GMT
- Wednesday 18 March, {t24(s2)} GMT
- Thursday 19 March, {t24(start)} GMT

Best,
Harriet

--
{sig_h}
"""
    m1 = f"<{hx(cid + '1', 20)}.{hx(cid + '1b', 10)}@hire.lever.co>"
    f1 = mail(seed=cid + "/1", frm=harriet, to=[OWNER_T], subject=f"{co} - next steps for {role}", date=d1,
              msgid=m1, text=t1, extra=["X-Mailer: Lever"])
    t2 = f"""Dear Harriet,

Thank you for the update, I am glad to hear that.

Kindly book me for Thursday 19 March by {t24(start)} GMT, which is 12 noon WAT here in Lagos. The Wednesday slots clash with my current team's sprint review, so I would rather not risk it.

I will revert immediately if anything changes on my end.

Warm regards,
Adaeze Mensah
+234 803 555 0147

On Fri, 13 Mar 2026 at 11:41, Harriet Sowerby <{harriet[1]}> wrote:
{quote(t1)}
"""
    m2 = gmail_id(cid + "2")
    f2 = mail(seed=cid + "/2", frm=OWNER_T, to=[harriet], subject=f"Re: {co} - next steps for {role}", date=d2,
              msgid=m2, in_reply_to=m1, references=[m1], text=t2)
    t3 = f"""Hi Adaeze,

Lovely - you're confirmed for Thursday 19 March, {t24(start)}-{t24(end)} GMT ({t24(lag)}-{t24(lag_end)} your time in Lagos) with Tobias, who I've copied here. He'll send a Google Meet link from his calendar before then.

Tobias - Adaeze's CV, her written exercise and my notes are in Lever.

Speak soon,
Harriet

--
{sig_h}

On Fri, 13 Mar 2026 at 12:05, Adaeze Mensah <{OWNER}> wrote:
{quote(t2.split(chr(10) + "On Fri")[0])}
"""
    f3 = mail(seed=cid + "/3", frm=harriet, to=[OWNER_T], cc=[tobias], subject=f"Re: {co} - next steps for {role}",
              date=d3, msgid=f"<{hx(cid + '3', 20)}.{hx(cid + '3b', 10)}@hire.lever.co>", in_reply_to=m2,
              references=[m1, m2], text=t3, extra=["X-Mailer: Lever"])
    add(cid, {"01-harriet-next-steps.eml": f1, "02-re-kindly-book-thursday.eml": f2, "03-re-confirmed-with-tobias.eml": f3},
        [iv(co, role, start, end, "scheduled", [tobias[1]], [tobias[1]], "hiring_manager")],
        "medium", "positive/thread-propose-confirm",
        "Recruiter offers three GMT slots, candidate picks Thursday 11:00 GMT (12 noon WAT), recruiter confirms "
        "11:00-11:45 GMT and copies the Head of Product who conducts it. London is still on GMT (UK change Mar 29).")


def case03():
    cid = "b152-03-greenhouse-reschedule-power-outage"
    co, role = "Kranich Mobility", "Product Manager, Rider App"
    svenja = ("Svenja Kröger", "svenja.kroeger@kranich-mobility.example")
    jonas = ("Jonas Reuter", "jonas.reuter@kranich-mobility.example")
    gh = ("Greenhouse", "no-reply@greenhouse.io")
    meet = "https://meet.google.com/kqv-ndre-pwa"
    uid = "gh-interview-48213377-3f9a1c@greenhouse.io"
    d1 = off(T(2026, 3, 17, 16, 3, BERLIN, 51), 1)
    s0 = off(wd(T(2026, 3, 23, 14, 0, BERLIN), "Monday"), 1)
    e0 = s0 + timedelta(hours=1)
    assert t24(s0.astimezone(LAGOS)) == "14:00"
    d2 = off(wd(T(2026, 3, 22, 20, 47, LAGOS, 15), "Sunday"), 1)
    d3 = off(T(2026, 3, 23, 8, 55, BERLIN, 31), 1)
    d4 = off(T(2026, 3, 23, 9, 10, BERLIN, 4), 1)
    start = off(wd(T(2026, 4, 2, 14, 0, BERLIN), "Thursday"), 2)
    end = start + timedelta(hours=1)
    assert t24(start.astimezone(LAGOS)) == "13:00"

    def gh_ics(s, e, seq, stamp):
        return ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Greenhouse Software Inc//Greenhouse Calendar//EN",
                    "METHOD:REQUEST"] + VTZ["Europe/Berlin"] +
                   ["BEGIN:VEVENT", f"UID:{uid}", f"SEQUENCE:{seq}", f"DTSTAMP:{zst(stamp)}",
                    f"DTSTART;TZID=Europe/Berlin:{loc(s)}", f"DTEND;TZID=Europe/Berlin:{loc(e)}",
                    f"SUMMARY:{esc(f'Product Case Interview - {co} ({role}) - Adaeze Mensah')}",
                    f"DESCRIPTION:{esc(f'Interviewer: Jonas Reuter (Group Product Manager)' + chr(10) + f'Google Meet: {meet}')}",
                    f"LOCATION:{meet}", f"ORGANIZER;CN={svenja[0]}:mailto:{svenja[1]}",
                    att(jonas, partstat="ACCEPTED", rsvp=False), att(OWNER_T), "STATUS:CONFIRMED", "TRANSP:OPAQUE",
                    "END:VEVENT", "END:VCALENDAR"])

    sig = f"""Best regards,
Svenja Kröger
Recruiting Coordinator | {co} GmbH
Schlesische Str. 27, 10997 Berlin"""
    t1 = f"""Hi Adaeze,

Thank you for your interest in {co}! This email confirms your Product Case Interview for the {role} position.

Date: {us_date(s0)}
Time: {t12(s0)} - {t12(e0)} CET (Europe/Berlin)
Interviewer: Jonas Reuter, Group Product Manager
Location: Google Meet - {meet}

Jonas will share a short case about rider pricing at the start of the call, so there is nothing to prepare beyond reading the role description again.

A calendar invitation is attached. If you have any questions or need to reschedule, simply reply to this email.

{sig}
"""
    m1 = f"<{hx(cid + '1', 32)}@greenhouse.io>"
    f1 = mail(seed=cid + "/1", frm=svenja, sender=gh, reply_to=svenja, to=[OWNER_T],
              subject=f"Interview Confirmation: {co} - {role}", date=d1, msgid=m1, text=t1,
              attachments=[("text/calendar; charset=\"UTF-8\"; method=REQUEST", "interview.ics",
                            gh_ics(s0, e0, 0, d1), "base64")])
    t2 = f"""Good evening Svenja,

I sincerely apologise for the short notice. There has been no light in my area since Friday (a transformer blew and the distribution company says it will take some days to replace), and my inverter batteries are almost flat. I am not confident I can hold a stable video call tomorrow by 2pm.

Kindly, would it be possible to shift the case interview to later this week or early next week? I am available any day after 11am WAT.

I apologise for any inconvenience this may cause.

Best regards,
Adaeze

On Tue, Mar 17, 2026 at 4:03 PM Svenja Kröger <{svenja[1]}> wrote:
{quote(t1)}
"""
    m2 = gmail_id(cid + "2")
    f2 = mail(seed=cid + "/2", frm=OWNER_T, to=[svenja], subject=f"Re: Interview Confirmation: {co} - {role}",
              date=d2, msgid=m2, in_reply_to=m1, references=[m1], text=t2)
    t3 = f"""Hi Adaeze,

Oh no, sorry to hear that - no problem at all, and thanks for letting me know in advance. I've released tomorrow's slot.

Jonas can do Thursday, April 2 at 14:00 Berlin time instead, same 60 minutes, same Meet link. Please note that Germany switches to summer time on Sunday 29 March, so 14:00 in Berlin will be 13:00 for you in Lagos (until now we have been on the same time).

I'll send the updated confirmation in a minute.

Viele Grüße,
Svenja

On Sun, Mar 22, 2026 at 8:47 PM Adaeze Mensah <{OWNER}> wrote:
{quote(t2.split(chr(10) + "On Tue")[0])}
"""
    m3 = f"<{hx(cid + '3', 32)}@greenhouse.io>"
    f3 = mail(seed=cid + "/3", frm=svenja, sender=gh, reply_to=svenja, to=[OWNER_T],
              subject=f"Re: Interview Confirmation: {co} - {role}", date=d3, msgid=m3, in_reply_to=m2,
              references=[m1, m2], text=t3)
    t4 = f"""Hi Adaeze,

Your Product Case Interview for the {role} position at {co} has been rescheduled. Here are the updated details:

Date: {us_date(start)}
Time: {t12(start)} - {t12(end)} CEST (Europe/Berlin)
Interviewer: Jonas Reuter, Group Product Manager
Location: Google Meet - {meet}

Previously scheduled: {us_date(s0)}, {t12(s0)} CET (cancelled)

An updated calendar invitation is attached; it replaces the earlier one.

{sig}
"""
    f4 = mail(seed=cid + "/4", frm=svenja, sender=gh, reply_to=svenja, to=[OWNER_T],
              subject=f"Interview Rescheduled: {co} - {role}", date=d4, msgid=f"<{hx(cid + '4', 32)}@greenhouse.io>",
              text=t4, attachments=[("text/calendar; charset=\"UTF-8\"; method=REQUEST", "interview.ics",
                                     gh_ics(start, end, 1, d4), "base64")])
    add(cid, {"01-greenhouse-confirmation.eml": f1, "02-re-power-outage-kindly-shift.eml": f2,
              "03-re-new-slot-april-2.eml": f3, "04-greenhouse-rescheduled.eml": f4},
        [iv(co, role, start, end, "scheduled", [jonas[1]], [jonas[1]], "technical")],
        "hard", "positive/reschedule",
        "Case interview Mon Mar 23 14:00 CET moved (power outage) to Thu Apr 2 14:00 Berlin = CEST after the EU "
        "change on Mar 29, i.e. 13:00 WAT. Same Greenhouse UID with SEQUENCE 1. Live product case -> technical.")


def case04():
    cid = "b152-04-google-invite-accra-hiring-manager"
    co, role = "Loomgrid", "Product Manager, Payments Platform"
    yaw = ("Yaw Ofori-Atta", "yaw.oforiatta@loomgrid.example")
    d1 = off(wd(T(2026, 4, 2, 16, 20, ACCRA, 5), "Thursday"), 0)
    d2 = off(T(2026, 4, 2, 16, 31, ACCRA, 44), 0)
    start = off(wd(T(2026, 4, 8, 14, 0, ACCRA), "Wednesday"), 0)
    end = start + timedelta(minutes=45)
    assert start - d1 < timedelta(days=7) and t24(start.astimezone(LAGOS)) == "15:00"
    t1 = f"""Hi Adaeze,

Ama from our talent team passed your profile along and I enjoyed reading your write-up on agent-network payouts.

I lead product for our payments platform and I'd like to have a proper conversation with you about the {role} role. I'm based in Accra too (the team is spread across Seattle, Accra and Lisbon), so let's make the most of sharing a time zone: how about next Wednesday, 8 April, at 2pm GMT - that's 3pm if you're in Lagos that week? Plan for 45 minutes.

I'll send a calendar invite now; feel free to propose another time if that doesn't work.

Best,
Yaw

--
Yaw Ofori-Atta
Head of Product, Payments Platform | {co}
+233 30 255 0192
"""
    m1 = gmail_id(cid + "1")
    f1 = mail(seed=cid + "/1", frm=yaw, to=[OWNER_T], subject=f"{co} - {role}: let's talk", date=d1, msgid=m1,
              text=t1)
    desc = (f"Hiring manager conversation for the {role} role at {co}.\n\nAdaeze - we'll talk through a payments "
            f"problem you've owned end to end, then I'll tell you about the platform roadmap.\n\nYaw")
    f2 = google_invite(seed=cid + "/2", date=d2, organizer=yaw, guests=[yaw, (OWNER, OWNER)],
                       summary=f"{co} | Adaeze Mensah <> Yaw Ofori-Atta ({role})", start=start, end=end,
                       zone=ACCRA, description=desc, uid="7tq2lmd9o4h1c0s8kbfvw3ne5g", meet="ufr-pqzt-hwa")
    add(cid, {"01-yaw-lets-talk.eml": f1, "02-invitation-hiring-manager.eml": f2},
        [iv(co, role, start, end, "scheduled", [yaw[1]], [yaw[1]], "hiring_manager")],
        "easy", "positive/google-invite-dedupe",
        "Hiring manager e-mail ('next Wednesday, 8 April, at 2pm GMT') plus the Google invitation for the same "
        "event in Africa/Accra (GMT, no DST) -> one interview.")


def case05():
    cid = "b152-05-whatsapp-export-founder-chat"
    co, role = "Harbourlight", "Founding Product Manager"
    kw = ("Kwabena Darko", "kwabena@harbourlight.example")
    sent = off(T(2026, 3, 25, 8, 50, LAGOS, 33), 1)
    first = off(wd(T(2026, 3, 26, 16, 0, LAGOS), "Thursday"), 1)
    start = first + timedelta(hours=1)
    end = start + timedelta(minutes=45)
    assert t24(first.astimezone(LONDON)) == "15:00" and first.astimezone(LONDON).tzname() == "GMT"
    assert wd(T(2026, 3, 24, 19, 0, LAGOS), "Tuesday")

    def w(d, h, m, who, msg):
        return f"{d:02d}/03/2026, {h:02d}:{m:02d} - {who}: {msg}"
    kn, me = "Kwabena Harbourlight", "Adaeze"
    chat = "\n".join([
        "24/03/2026, 19:01 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even "
        "WhatsApp, can read or listen to them. Tap to learn more.",
        w(24, 19, 2, kn, "Hi Adaeze, Kwabena here from Harbourlight \U0001f44b\U0001f3fe Efe passed me your CV"),
        w(24, 19, 3, kn, "Would love a proper chat about the Founding Product Manager role before we make a decision. "
                         "It's the final step on our side"),
        w(24, 19, 10, me, "Good evening Kwabena. Thank you, I'm glad to hear from you"),
        w(24, 19, 11, me, "Kindly let me know what time works for you"),
        w(24, 19, 15, kn, f"Thursday {gt(first)} your time? I'm in London so that's "
                          f"{gt(first.astimezone(LONDON))} for me"),
        w(24, 19, 16, me, f"Thursday {gt(first)} WAT is fine. Google Meet or Zoom?"),
        w(24, 19, 18, kn, "Meet. I'll send the link to your email. Give it 45 mins"),
        w(24, 19, 18, me, f"\U0001f44d\U0001f3fe Noted. Please use {OWNER}"),
        w(24, 19, 19, kn, f"Done. Mine is {kw[1]} if you need anything before then"),
        w(25, 8, 30, kn, f"Morning! Small change, can we push to {gt(start)} your time same day? "
                         "Investor call clash \U0001f648"),
        w(25, 8, 41, me, f"No wahala. {gt(start)} WAT Thursday confirmed"),
        w(25, 8, 42, kn, "\U0001f64f\U0001f3fe\U0001f64f\U0001f3fe"),
        w(25, 8, 42, kn, "<Media omitted>"),
    ]) + "\n"
    fname = "WhatsApp Chat with Kwabena Harbourlight.txt"
    text = f"""Chat history is attached as "{fname}" file to this email.

Saving this for my records - Harbourlight final chat with the founder.

Sent from my Galaxy
"""
    f1 = mail(seed=cid + "/1", frm=OWNER_T, to=[OWNER_T], subject="WhatsApp Chat with Kwabena Harbourlight",
              date=sent, msgid=gmail_id(cid + "1"), text=text, plain_only=True,
              attachments=[("text/plain; charset=\"UTF-8\"", fname, chat, "base64")])
    add(cid, {"01-whatsapp-chat-export.eml": f1},
        [iv(co, role, start, end, "scheduled", [kw[1]], [kw[1]], "hiring_manager")],
        "hard", "positive/whatsapp-export",
        "WhatsApp chat export e-mailed to self. Founder's final chat: 'Thursday 4pm your time' (from Tue Mar 24 -> "
        "Thu Mar 26), then pushed to 5pm WAT, 45 mins. London still on GMT. Founder's e-mail appears in the chat.")


def case06():
    cid = "b152-06-workable-two-rounds"
    co, role = "Tulpwerk", "Product Manager, Growth"
    femke = ("Femke de Vries", "femke.devries@tulpwerk.example")
    pieter = ("Pieter Bakker", "pieter.bakker@tulpwerk.example")
    wk = (co, "noreply@candidates.workablemail.com")
    d1 = off(T(2026, 3, 13, 11, 20, AMSTERDAM, 9), 1)
    s1 = off(wd(T(2026, 3, 19, 10, 0, AMSTERDAM), "Thursday"), 1)
    e1 = s1 + timedelta(minutes=30)
    d2 = off(wd(T(2026, 3, 20, 15, 2, AMSTERDAM, 44), "Friday"), 1)
    d3 = off(T(2026, 3, 23, 10, 5, AMSTERDAM, 17), 1)
    d4 = off(T(2026, 3, 23, 11, 30, LAGOS, 2), 1)
    s2 = off(wd(T(2026, 4, 1, 15, 0, AMSTERDAM), "Wednesday"), 2)
    e2 = s2 + timedelta(hours=1)
    assert t24(s2.astimezone(LAGOS)) == "14:00" and t24(e2.astimezone(LAGOS)) == "15:00"

    def wk_ics(s, e, p, title, uid, stamp):
        return ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Workable//Workable Calendar//EN", "METHOD:REQUEST",
                    "BEGIN:VEVENT", f"UID:{uid}@workable.com", "SEQUENCE:0", f"DTSTAMP:{zst(stamp)}",
                    f"DTSTART:{zst(s)}", f"DTEND:{zst(e)}", f"SUMMARY:{esc(f'{title} - {role} - {co}')}",
                    f"DESCRIPTION:{esc(f'{title} with {p[0]}. Video call: https://meet.google.com/' + meet_code(uid))}",
                    f"ORGANIZER;CN={femke[0]}:mailto:{femke[1]}", att(p, partstat="ACCEPTED", rsvp=False),
                    att(OWNER_T), "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])

    def wk_text(s, e, title, p, intro):
        return f"""Hi Adaeze,

{intro}

Interview details
Title: {title}
Date: {us_date(s)}
Time: {t24(s)} - {t24(e)} (GMT{s.strftime('%z')[:3]}:{s.strftime('%z')[3:]}) Amsterdam
Type: Video call
Interviewer: {p[0]} ({p[1]})

You can add this interview to your calendar using the attached invitation. If the time doesn't work, reply to this email to propose a new one.

Kind regards,
Femke de Vries
{co}

--
Sent via Workable
"""
    t1 = wk_text(s1, e1, "Phone screen", femke,
                 f"Thanks for applying for the {role} position at {co}. We'd like to invite you to a 30-minute phone screen.")
    f1 = mail(seed=cid + "/1", frm=wk, reply_to=femke, to=[OWNER_T], subject=f"Interview for {role} at {co}",
              date=d1, msgid=f"<{hx(cid + '1', 24)}@candidates.workablemail.com>", text=t1,
              attachments=[("text/calendar; charset=\"UTF-8\"; method=REQUEST", "interview.ics",
                            wk_ics(s1, e1, femke, "Phone screen", "wk-8841207-ph", d1), "base64")])
    t2 = f"""Hi Adaeze,

Thanks for the chat yesterday - I really enjoyed it! Happy to share that you're moving to the next stage: a 60-minute conversation with Pieter Bakker, our VP Product. You'll receive an invitation from Workable shortly.

Small heads-up: the Netherlands moves to summer time on 29 March, so from then on Amsterdam is one hour ahead of Lagos.

Groetjes,
Femke
"""
    m2 = f"<{hx(cid + '2', 24)}@tulpwerk.example>"
    f2 = mail(seed=cid + "/2", frm=femke, to=[OWNER_T], subject="Next stage at Tulpwerk", date=d2, msgid=m2,
              text=t2, text_cte="7bit")
    t3 = wk_text(s2, e2, "Hiring manager interview", pieter,
                 f"Congratulations on moving forward in the process for {role}! Please find the details of your "
                 f"next interview below ({t24(s2.astimezone(LAGOS))} - {t24(e2.astimezone(LAGOS))} West Africa Time).")
    m3 = f"<{hx(cid + '3', 24)}@candidates.workablemail.com>"
    f3 = mail(seed=cid + "/3", frm=wk, reply_to=femke, to=[OWNER_T], subject=f"Interview for {role} at {co}",
              date=d3, msgid=m3, text=t3,
              attachments=[("text/calendar; charset=\"UTF-8\"; method=REQUEST", "interview.ics",
                            wk_ics(s2, e2, pieter, "Hiring manager interview", "wk-8841207-hm", d3), "base64")])
    t4 = f"""Dear Femke,

Noted with thanks. I will be available by {gt(s2.astimezone(LAGOS))} WAT on Wednesday for the session with Pieter.

Regards,
Adaeze

On Mon, 23 Mar 2026 at 10:05, {co} <{wk[1]}> wrote:
{quote(t3)}
"""
    f4 = mail(seed=cid + "/4", frm=OWNER_T, to=[femke], subject=f"Re: Interview for {role} at {co}", date=d4,
              msgid=gmail_id(cid + "4"), in_reply_to=m3, references=[m3], text=t4)
    add(cid, {"01-workable-phone-screen.eml": f1, "02-femke-next-stage.eml": f2,
              "03-workable-hiring-manager.eml": f3, "04-re-noted-with-thanks.eml": f4},
        [iv(co, role, s1, e1, "scheduled", [femke[1]], [femke[1]], "phone_screen"),
         iv(co, role, s2, e2, "scheduled", [pieter[1]], [pieter[1]], "hiring_manager")],
        "hard", "positive/two-interviews",
        "Two Workable rounds: phone screen Thu Mar 19 10:00 CET (= WAT) with the recruiter, then hiring manager "
        "Wed Apr 1 15:00 CEST (= 14:00 WAT) after the EU change on Mar 29.")


def case07():
    cid = "b152-07-teams-panel-cancelled"
    co, role = "Cobbleway", "Senior Product Manager, Claims"
    olivia = ("Olivia Marsh", "olivia.marsh@cobbleway.example")
    rupert = ("Rupert Lyle", "rupert.lyle@cobbleway.example")
    niamh = ("Niamh Gallagher", "niamh.gallagher@cobbleway.example")
    d1 = off(T(2026, 3, 16, 10, 15, LONDON, 42), 0)
    d2 = off(wd(T(2026, 3, 24, 17, 30, LONDON, 11), "Tuesday"), 0)
    start = off(wd(T(2026, 3, 26, 13, 0, LONDON), "Thursday"), 0)
    end = start + timedelta(hours=1)
    lag = start.astimezone(LAGOS)
    assert t24(lag) == "14:00"
    subject = f"{co} | Panel Interview ({role}) | Adaeze Mensah"
    body1 = f"""Hi Adaeze,

Thanks for sending through your availability. Please find below the invitation for your panel interview for the {role} role.

When: Thursday 26 March 2026, {t24(start)}-{t24(end)} UK time ({t24(lag)}-{t24(end.astimezone(LAGOS))} in Lagos - the UK clocks don't go forward until Sunday 29 March)
Panel:
- Rupert Lyle, Director of Product
- Niamh Gallagher, Engineering Manager, Claims

The first half is a claims-journey product case; the second half is about how you work with engineering and data. Nothing to prepare beyond a look at our public claims FAQ.

If anything comes up, just reply to this email or call me on +44 20 7946 0318.

Kind regards,
Olivia

Olivia Marsh
Talent Acquisition Partner | {co}
{olivia[1]}

""" + teams_block(cid)
    req = [olivia, OWNER_T, rupert, niamh]
    f1 = outlook_invite(seed=cid + "/1", date=d1, organizer=olivia, required=req, subject=subject, start=start,
                        end=end, win_tz="GMT Standard Time", body=body1, uid_hex="90C6D1E2B9B4DC0100000000000000001000000"
                        "0A4B3F2E19C8D7E6F5A4B3C2D1E0F9A8B", to=[OWNER_T, rupert, niamh])
    body2 = f"""Hi Adaeze,

I'm really sorry to be sending this. Following a budget review this week, the Claims squad has been paused and we are not able to continue hiring for the {role} role at the moment, so I'm cancelling Thursday's panel with Rupert and Niamh.

I know you'd put time into preparing and I'm genuinely sorry. If the role reopens I will contact you directly.

Kind regards,
Olivia
"""
    f2 = outlook_invite(seed=cid + "/2", date=d2, organizer=olivia, required=req, subject=subject, start=start,
                        end=end, win_tz="GMT Standard Time", body=body2, method="CANCEL", sequence=1,
                        importance="High", uid_hex="90C6D1E2B9B4DC0100000000000000001000000"
                        "0A4B3F2E19C8D7E6F5A4B3C2D1E0F9A8B", to=[OWNER_T, rupert, niamh])
    add(cid, {"01-teams-panel-invite.eml": f1, "02-canceled-panel.eml": f2},
        [iv(co, role, start, end, "cancelled", [rupert[1], niamh[1]], [rupert[1], niamh[1]], "onsite")],
        "medium", "positive/cancellation",
        "Exchange/Teams panel invite (TZID 'GMT Standard Time', Thu Mar 26 13:00 = UTC, before the UK change), "
        "then METHOD:CANCEL (role paused). Kept as cancelled; two-person panel -> onsite.")


def case08():
    cid = "b152-08-network-outage-reschedule-gcal-json"
    co, role = "Cinderhall", "Product Manager, Data Platform"
    brooke = ("Brooke Santana", "brooke.santana@cinderhall.example")
    delphine = ("Delphine Carter", "delphine.carter@cinderhall.example")
    d1 = off(wd(T(2026, 3, 3, 11, 2, CHICAGO, 48), "Tuesday"), -6)
    s0 = off(wd(T(2026, 3, 6, 9, 0, CHICAGO), "Friday"), -6)
    assert t12(s0.astimezone(LAGOS)) == "4:00 PM"
    d2 = off(T(2026, 3, 6, 13, 31, LAGOS, 9), 1)
    d3 = off(T(2026, 3, 6, 8, 14, CHICAGO, 55), -6)
    assert d2 < s0 and d3 < s0
    start = off(wd(T(2026, 3, 10, 9, 0, CHICAGO), "Tuesday"), -5)
    end = start + timedelta(minutes=45)
    assert t12(start.astimezone(LAGOS)) == "3:00 PM" and wd(T(2026, 3, 8, 3, 0, CHICAGO), "Sunday")
    sig = f"""Brooke Santana
Recruiting Coordinator | {co}
Austin, TX"""
    t1 = f"""Hi Adaeze,

Great news - Delphine would love to meet you! Confirming your interview for the {role} role:

Friday, March 6 at {t12(s0)} Central ({t12(s0.astimezone(LAGOS))} WAT for you in Lagos)
45 minutes, Google Meet
With: Delphine Carter, Senior Director of Product ({delphine[1]})

You'll get a calendar invite from me separately. Let me know if you have any questions!

Thanks,
Brooke

{sig}
"""
    m1 = f"<{hx(cid + '1', 12).upper()}.{hx(cid + '1b', 8)}@cinderhall.example>"
    f1 = mail(seed=cid + "/1", frm=brooke, to=[OWNER_T], cc=[delphine],
              subject=f"Interview confirmed - {role} - Friday 3/6", date=d1, msgid=m1, text=t1)
    t2 = f"""Good afternoon Brooke,

Apologies, there is a major network outage here since morning - MTN and Airtel are both down across Lekki because of a fibre cut, and I am typing this from a neighbour's hotspot which keeps dropping. I don't want to join Delphine's call on an unstable connection.

Kindly, would it be possible to move today's session to early next week? I am available on Tuesday or Wednesday any time from 2pm WAT.

I am very sorry for the inconvenience and I will revert once the network is restored.

Regards,
Adaeze

On Tue, Mar 3, 2026 at 6:02 PM Brooke Santana <{brooke[1]}> wrote:
{quote(t1)}
"""
    m2 = gmail_id(cid + "2")
    f2 = mail(seed=cid + "/2", frm=OWNER_T, to=[brooke], subject=f"Re: Interview confirmed - {role} - Friday 3/6",
              date=d2, msgid=m2, in_reply_to=m1, references=[m1], text=t2)
    t3 = f"""Hi Adaeze,

Totally understand - these things happen! Delphine has moved it to Tuesday, March 10, same time: {t12(start)} Central. Heads-up: we switch to daylight saving time this Sunday, so that's {t12(start.astimezone(LAGOS))} WAT for you, not {t12(s0.astimezone(LAGOS))}.

The calendar invite has been updated. Hope the network is back soon.

Thanks,
Brooke

{sig}

On Fri, Mar 6, 2026 at 6:31 AM Adaeze Mensah <{OWNER}> wrote:
{quote(t2.split(chr(10) + "On Tue")[0])}
"""
    m3 = f"<{hx(cid + '3', 12).upper()}.{hx(cid + '3b', 8)}@cinderhall.example>"
    f3 = mail(seed=cid + "/3", frm=brooke, to=[OWNER_T], cc=[delphine],
              subject=f"Re: Interview confirmed - {role} - Friday 3/6", date=d3, msgid=m3, in_reply_to=m2,
              references=[m1, m2], text=t3)
    eid = "5k2n8q1v7c3m9h0j4p6r2s8t1u"
    ev = {
        "kind": "calendar#event",
        "etag": "\"3541302924636000\"",
        "id": eid,
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=" +
                    base64.urlsafe_b64encode(f"{eid} {OWNER}".encode()).decode().rstrip("="),
        "created": "2026-03-03T17:06:40.000Z",
        "updated": "2026-03-06T14:16:02.318Z",
        "summary": f"{co}: Adaeze Mensah / Delphine Carter ({role})",
        "description": "45-minute conversation with Delphine Carter (Sr. Director of Product).\n"
                       "Moved from Fri 3/6 at the candidate's request (network outage in Lagos).",
        "creator": {"email": brooke[1], "displayName": brooke[0]},
        "organizer": {"email": brooke[1], "displayName": brooke[0]},
        "start": {"dateTime": iso(start.astimezone(LAGOS)), "timeZone": "America/Chicago"},
        "end": {"dateTime": iso(end.astimezone(LAGOS)), "timeZone": "America/Chicago"},
        "iCalUID": f"{eid}@google.com",
        "sequence": 1,
        "attendees": [
            {"email": brooke[1], "displayName": brooke[0], "organizer": True, "responseStatus": "accepted"},
            {"email": delphine[1], "displayName": delphine[0], "responseStatus": "accepted"},
            {"email": OWNER, "self": True, "responseStatus": "accepted"},
        ],
        "hangoutLink": "https://meet.google.com/vbt-qmzd-kra",
        "conferenceData": {
            "entryPoints": [{"entryPointType": "video", "uri": "https://meet.google.com/vbt-qmzd-kra",
                             "label": "meet.google.com/vbt-qmzd-kra"}],
            "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet"},
            "conferenceId": "vbt-qmzd-kra",
        },
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    f4 = json.dumps(ev, indent=2, ensure_ascii=False) + "\n"
    add(cid, {"01-brooke-interview-confirmed.eml": f1, "02-re-network-outage-kindly-move.eml": f2,
              "03-re-moved-to-tuesday.eml": f3, "04-calendar-event.gcal.json": f4},
        [iv(co, role, start, end, "scheduled", [delphine[1]], [delphine[1]], "hiring_manager")],
        "hard", "positive/reschedule",
        "Fri Mar 6 9:00 CST (16:00 WAT) moved after a network outage to Tue Mar 10, 'same time' 9:00 Central = "
        "CDT after the US change (15:00 WAT). API event (sequence 1) carries the final time rendered in the "
        "owner's Lagos calendar zone.")


def case09():
    cid = "b152-09-ashby-virtual-onsite-bst"
    co, role = "Quillmark", "Lead Product Manager, Learner Experience"
    ellie = ("Ellie Hartigan", "ellie.hartigan@quillmark.example")
    oren = ("Oren Blackwood", "oren.blackwood@quillmark.example")
    saoirse = ("Saoirse Keane", "saoirse.keane@quillmark.example")
    imogen = ("Imogen Achebe", "imogen.achebe@quillmark.example")
    sent = off(T(2026, 4, 8, 16, 40, LONDON, 12), 1)
    day = (2026, 4, 14)
    sessions = [
        ("Product Sense", oren, "Group Product Manager", T(*day, 10, 0, LONDON), 45),
        ("Execution & Metrics", saoirse, "Principal Product Analyst", T(*day, 10, 50, LONDON), 45),
        ("Leadership & Values", imogen, "Chief Product Officer", T(*day, 12, 30, LONDON), 45),
    ]
    start = off(wd(sessions[0][3], "Tuesday"), 1)
    end = sessions[-1][3] + timedelta(minutes=45)
    assert all(s[3].astimezone(LAGOS).hour == s[3].hour for s in sessions)   # BST == WAT after Mar 29
    rows = "\n".join(f"{t24(s)} - {t24(s + timedelta(minutes=m))}  {name} with {p[0]}, {title}"
                     for name, p, title, s, m in sessions[:2])
    rows += f"\n{t24(sessions[1][3] + timedelta(minutes=45))} - {t24(sessions[2][3])}  Lunch break (off camera)\n"
    rows += "\n".join(f"{t24(s)} - {t24(s + timedelta(minutes=m))}  {name} with {p[0]}, {title}"
                      for name, p, title, s, m in sessions[2:])
    text = f"""Hi Adaeze,

We're excited to host you for your virtual onsite for the {role} role! Here is your itinerary.

{uk_date(start)}
All times are British Summer Time (BST, UTC+1) - the same as West Africa Time in Lagos.

{rows}

Each session has its own Google Meet link in the calendar invitations. There's a 5-minute buffer between the first two sessions; please use the lunch break to step away from the screen.

If your power or internet goes off during the day, don't panic - message Ellie on +44 7700 900 412 (WhatsApp is fine) and we will rearrange the session.

Any questions, just reply to this email.

Ellie Hartigan
Candidate Experience | {co}

Powered by Ashby
"""
    f1 = mail(seed=cid + "/1", frm=(f"{co} Recruiting", "no-reply@ashbyhq.com"), reply_to=ellie, to=[OWNER_T],
              subject=f"Your virtual onsite with {co} - {start.strftime('%A')}, {start.strftime('%B')} {start.day}",
              date=sent, msgid=f"<{hx(cid + 'a', 24)}.{hx(cid + 'b', 8)}@ashbyhq.com>", text=text)
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Ashby//Ashby Scheduling//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
             "METHOD:PUBLISH", "X-WR-CALNAME:Quillmark virtual onsite"] + VTZ["Europe/London"]
    for i, (name, p, title, s, m) in enumerate(sessions):
        meet = f"https://meet.google.com/{meet_code(cid + name)}"
        lines += ["BEGIN:VEVENT", f"UID:ashby-onsite-5d0e{i}a7c-2b18-4c3e-9f61-{hx(cid + name, 12)}", "SEQUENCE:0",
                  f"DTSTAMP:{zst(sent)}", f"DTSTART;TZID=Europe/London:{loc(s)}",
                  f"DTEND;TZID=Europe/London:{loc(s + timedelta(minutes=m))}",
                  f"SUMMARY:{esc(f'{co} Onsite: {name} ({p[0]}) - Adaeze Mensah')}",
                  f"DESCRIPTION:{esc(f'{name} interview with {p[0]}, {title}.' + chr(10) + f'Google Meet: {meet}')}",
                  f"LOCATION:{meet}", f"ORGANIZER;CN={ellie[0]}:mailto:{ellie[1]}",
                  att(p, partstat="ACCEPTED", rsvp=False), att(OWNER_T), "STATUS:CONFIRMED", "TRANSP:OPAQUE",
                  "END:VEVENT"]
    lines += ["END:VCALENDAR"]
    ivs = [oren[1], saoirse[1], imogen[1]]
    add(cid, {"01-ashby-onsite-itinerary.eml": f1, "02-onsite-sessions.ics": ics(lines)},
        [iv(co, role, start, end, "scheduled", ivs, ivs, "onsite")],
        "hard", "positive/onsite-loop",
        "Three sessions on Tue Apr 14 (10:00-13:15 BST with a lunch break), itinerary e-mail plus a standalone "
        ".ics with three VEVENTs -> one onsite from first start to last end with all three interviewers.")


def case10():
    cid = "b152-10-calendly-booked-from-accra"
    co, role = "Saltmarsh Labs", "Product Manager, Developer Tools"
    dana = ("Dana Whitfield", "dana.whitfield@saltmarsh.example")
    d1 = off(wd(T(2026, 3, 9, 7, 55, DENVER, 10), "Monday"), -6)
    d2 = off(T(2026, 3, 9, 21, 4, UTC, 37), 0)
    start = off(wd(T(2026, 3, 12, 17, 30, ACCRA), "Thursday"), 0)
    end = start + timedelta(minutes=30)
    den = off(start.astimezone(DENVER), -6)
    assert t12(den) == "11:30 AM"
    link = "https://calendly.com/dana-whitfield-saltmarsh/pm-hiring-manager"
    t1 = f"""Hi Adaeze,

Thanks for applying to the {role} role - your background running the merchant API at your current company is exactly the kind of experience we're looking for.

I'd love to do a 30-minute hiring manager conversation this week. Please grab any slot that suits you here:
{link}

Calendly should show the times in your own time zone.

Cheers,
Dana

Dana Whitfield
Director of Product | {co}
Denver, CO
"""
    m1 = f"<{hx(cid + '1', 12)}-{hx(cid + '1b', 6)}@saltmarsh.example>"
    f1 = mail(seed=cid + "/1", frm=dana, to=[OWNER_T], subject=f"{co} {role} - next step", date=d1, msgid=m1,
              text=t1)
    when = f"{t12l(start).zfill(7)} - {t12l(end).zfill(7)} (Greenwich Mean Time) on {us_date(start)}"
    zoom = "https://saltmarsh.zoom.us/j/93017745520"
    t2 = f"""Hi Adaeze Mensah,

Your PM Interview - Hiring Manager with Dana Whitfield at {t12l(start).zfill(7)} (Greenwich Mean Time) on {us_date(start)} is scheduled.

Event Type:
PM Interview - Hiring Manager

Event Date/Time:
{when}

Location:
This is a Zoom web conference.
{zoom}

Questions:
Anything you'd like Dana to know before the call?
I am in Accra this week, so GMT works best for me. Looking forward to it!

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/{hx(cid + 'inv', 8)}-{hx(cid + 'inv2', 4)}-{hx(cid + 'inv3', 4)}-{hx(cid + 'inv4', 12)}
Reschedule: https://calendly.com/reschedulings/{hx(cid + 'inv', 8)}-{hx(cid + 'inv2', 4)}-{hx(cid + 'inv3', 4)}-{hx(cid + 'inv4', 12)}

Powered by Calendly.com
"""
    ical = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Calendly//Calendly Scheduling//EN", "METHOD:REQUEST",
                "BEGIN:VEVENT", f"UID:{hx(cid + 'uid', 8)}-{hx(cid + 'uid2', 4)}-{hx(cid + 'uid3', 4)}@calendly.com",
                "SEQUENCE:0", f"DTSTAMP:{zst(d2)}", f"DTSTART:{zst(start)}", f"DTEND:{zst(end)}",
                "SUMMARY:PM Interview - Hiring Manager between Dana Whitfield and Adaeze Mensah",
                f"DESCRIPTION:{esc('Event Name: PM Interview - Hiring Manager' + chr(10) + 'Location: ' + zoom)}",
                f"LOCATION:{zoom}", f"ORGANIZER;CN={dana[0]}:mailto:{dana[1]}",
                att(dana, partstat="ACCEPTED", rsvp=False), att(OWNER_T, partstat="ACCEPTED", rsvp=False),
                "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    f2 = mail(seed=cid + "/2", frm=("Calendly", "notifications@calendly.com"), reply_to=dana, to=[OWNER_T],
              subject=f"Confirmed: PM Interview - Hiring Manager with Dana Whitfield on {us_date(start)}", date=d2,
              msgid=f"<{hx(cid + '2', 20)}@calendly.com>", text=t2,
              attachments=[("text/calendar; charset=\"UTF-8\"; method=REQUEST", "invite.ics", ical, "base64")])
    add(cid, {"01-dana-pick-a-slot.eml": f1, "02-calendly-confirmed.eml": f2},
        [iv(co, role, start, end, "scheduled", [dana[1]], [dana[1]], "hiring_manager")],
        "medium", "positive/calendly",
        "Scheduling link (not yet an interview) followed by the Calendly booking: Thu Mar 12 5:30pm GMT "
        "(candidate in Accra) = 11:30 MDT, three days after the US change.")


def case11():
    cid = "b152-11-body-only-tomorrow-by-2pm-wat"
    co, role = "Kolabox", "Product Manager (Merchant Tools)"
    ngozi = ("Ngozi Eze", "ngozi.eze@kolabox.example")
    tunde = ("Babatunde Lawal", "babatunde.lawal@kolabox.example")
    d1 = off(wd(T(2026, 3, 16, 18, 47, LAGOS, 12), "Monday"), 1)
    start = off(wd(T(2026, 3, 17, 14, 0, LAGOS), "Tuesday"), 1)
    end = start + timedelta(minutes=45)
    d2 = off(T(2026, 3, 16, 20, 3, LAGOS, 55), 1)
    assert (start.date() - d1.date()).days == 1
    t1 = f"""Dear Adaeze,

Further to our telephone conversation this afternoon, kindly note that your interview with our Chief Product Officer, Mr Babatunde Lawal (copied), holds tomorrow by 2pm WAT.

The session will take about 45 minutes on Google Meet for the {role} role. Babatunde will share the link before then. Please come prepared to walk him through a product you launched from discovery to delivery.

Kindly acknowledge receipt of this mail.

Warm regards,

Ngozi Eze
People Operations Lead
Kolabox Technologies Inc.
14B Admiralty Way, Lekki Phase 1, Lagos
+234 1 888 0143
"""
    m1 = f"<DB9P189MB{hx(cid + '1', 24).upper()}@DB9P189MB1721.EURP189.PROD.OUTLOOK.COM>"
    f1 = mail(seed=cid + "/1", frm=ngozi, to=[OWNER_T], cc=[tunde], subject=f"Interview Invitation - {role}",
              date=d1, msgid=m1, text=t1, text_cte="base64", html_text=to_html(t1, font="Calibri,sans-serif"),
              extra=["Thread-Topic: Interview Invitation - " + role, "Content-Language: en-GB",
                     "X-MS-Has-Attach:", "x-ms-publictraffictype: Email"])
    t2 = f"""Dear Ngozi,

Well received, thank you. I will be available by 2pm tomorrow and I look forward to speaking with Mr Lawal.

Regards,
Adaeze Mensah

On Mon, 16 Mar 2026 at 18:47, Ngozi Eze <{ngozi[1]}> wrote:
{quote(t1)}
"""
    f2 = mail(seed=cid + "/2", frm=OWNER_T, to=[ngozi], cc=[tunde], subject=f"Re: Interview Invitation - {role}",
              date=d2, msgid=gmail_id(cid + "2"), in_reply_to=m1, references=[m1], text=t2)
    add(cid, {"01-interview-invitation.eml": f1, "02-re-well-received.eml": f2},
        [iv(co, role, start, end, "scheduled", [tunde[1]], [tunde[1]], "hiring_manager")],
        "medium", "positive/email-body-only",
        "Nigerian English: 'holds tomorrow by 2pm WAT' in a mail dated Mon Mar 16 -> Tue Mar 17 14:00+01:00, "
        "'about 45 minutes'. CPO (copied) conducts it; the People Ops lead only schedules.")


def case12():
    cid = "b152-12-lever-noreply-bst-first-monday"
    co, role = "Wrenfield", "Product Manager, Lettings"
    callum = ("Callum Reid", "callum.reid@wrenfield.example")
    priyanka = ("Priyanka Doshi", "priyanka.doshi@wrenfield.example")
    d1 = off(wd(T(2026, 3, 25, 12, 14, LONDON, 27), "Wednesday"), 0)
    d2 = off(T(2026, 3, 25, 14, 2, LAGOS, 8), 1)
    start = off(wd(T(2026, 3, 30, 10, 0, LONDON), "Monday"), 1)
    end = start + timedelta(hours=1)
    assert zst(start) == "20260330T090000Z" and t24(start.astimezone(LAGOS)) == "10:00"
    meet = "https://meet.google.com/wfd-kqpe-tzn"
    t1 = f"""Hi Adaeze,

Your interview for {role} at {co} has been confirmed. Details below:

Product Execution Interview
{us_date(start)}
{t12(start)} - {t12(end)} BST (Europe/London)

Interviewer(s):
Priyanka Doshi - Senior Product Manager

Video call: {meet}

Please note the UK clocks go forward one hour on Sunday 29 March, the night before your interview - the time above is British Summer Time.

A calendar invite is attached. If you have any questions, reply to this email to reach Callum Reid.

{co} Talent Team
"""
    ical = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Lever//Lever Interview Scheduling//EN",
                "METHOD:REQUEST", "BEGIN:VEVENT", f"UID:lever-{hx(cid + 'u', 8)}-{hx(cid + 'u2', 4)}-{hx(cid + 'u3', 12)}",
                "SEQUENCE:0", f"DTSTAMP:{zst(d1)}", f"DTSTART:{zst(start)}", f"DTEND:{zst(end)}",
                f"SUMMARY:{esc(f'Interview with {co}: Product Execution ({role})')}",
                f"DESCRIPTION:{esc('Interviewer(s): Priyanka Doshi' + chr(10) + 'Video call: ' + meet)}",
                f"LOCATION:{meet}", f"ORGANIZER;CN={callum[0]}:mailto:{callum[1]}",
                att(priyanka, partstat="ACCEPTED", rsvp=False), att(OWNER_T), "STATUS:CONFIRMED", "END:VEVENT",
                "END:VCALENDAR"])
    m1 = f"<{hx(cid + '1', 24)}@hire.lever.co>"
    f1 = mail(seed=cid + "/1", frm=(f"{co}", "no-reply@hire.lever.co"), reply_to=callum, to=[OWNER_T],
              subject=f"Interview confirmed: {role} at {co}", date=d1, msgid=m1, text=t1,
              attachments=[("application/ics", "interview.ics", ical, "base64")])
    t2 = f"""Dear Callum,

Well noted, thank you. I will be available by 10am BST on Monday, which from that day is also 10am WAT here in Lagos.

Kind regards,
Adaeze

On Wed, 25 Mar 2026 at 13:14, {co} <no-reply@hire.lever.co> wrote:
{quote(t1)}
"""
    f2 = mail(seed=cid + "/2", frm=OWNER_T, to=[callum], subject=f"Re: Interview confirmed: {role} at {co}",
              date=d2, msgid=gmail_id(cid + "2"), in_reply_to=m1, references=[m1], text=t2)
    add(cid, {"01-lever-interview-confirmed.eml": f1, "02-re-well-noted.eml": f2},
        [iv(co, role, start, end, "scheduled", [priyanka[1]], [priyanka[1]], "technical")],
        "hard", "positive/ats-dst-edge",
        "Lever no-reply confirmation sent while London is on GMT for Mon Mar 30 10:00 BST (first working day "
        "after the UK change) = 09:00Z = 10:00 WAT. Interviewer address only in the .ics ATTENDEE.")


def case13():
    cid = "b152-13-google-cancel-then-rebook"
    co, role = "Anchorpoint Health", "Senior Product Manager, Patient Apps"
    kayla = ("Kayla Brennan", "kayla.brennan@anchorpointhealth.example")
    theo = ("Theo Marchetti", "theo.marchetti@anchorpointhealth.example")
    d1 = off(T(2026, 3, 19, 14, 10, NEW_YORK, 22), -4)
    s1 = off(wd(T(2026, 3, 24, 11, 0, NEW_YORK), "Tuesday"), -4)
    e1 = s1 + timedelta(hours=1)
    d2 = off(wd(T(2026, 3, 23, 19, 5, NEW_YORK, 9), "Monday"), -4)
    d3 = off(T(2026, 3, 24, 9, 12, NEW_YORK, 40), -4)
    s2 = off(wd(T(2026, 3, 31, 10, 0, NEW_YORK), "Tuesday"), -4)
    e2 = s2 + timedelta(hours=1)
    assert t24(s1.astimezone(LAGOS)) == "16:00" and t24(s2.astimezone(LAGOS)) == "15:00"
    summary = f"{co} - Technical Interview (Sr. PM, Patient Apps) - Adaeze Mensah"
    guests = [kayla, (theo[0], theo[1], "ACCEPTED"), (OWNER, OWNER)]
    desc1 = (f"Technical interview for the {role} role. Theo Marchetti (Director of Engineering) will walk you "
             f"through a system-design style question on our patient messaging platform - no coding.\n\n"
             f"11am Eastern is {gt(s1.astimezone(LAGOS))} WAT.\n\nKayla Brennan, Recruiting Coordinator")
    f1 = google_invite(seed=cid + "/1", date=d1, organizer=kayla, guests=guests, summary=summary, start=s1, end=e1,
                       zone=NEW_YORK, description=desc1, uid="0m3c8t5w1q7k2n9r4v6b8x1z3d", meet="pht-wnco-ydq")
    f2 = google_invite(seed=cid + "/2", date=d2, organizer=kayla, guests=guests, summary=summary, start=s1, end=e1,
                       zone=NEW_YORK, description=desc1, uid="0m3c8t5w1q7k2n9r4v6b8x1z3d", sequence=1,
                       method="CANCEL", note="Theo is out sick tomorrow, so we need to cancel this one. So sorry "
                                             "Adaeze - I'll send a new time shortly.")
    desc3 = (f"Rebooked - replaces the session we had to cancel on 3/24. Same format with Theo Marchetti "
             f"(Director of Engineering).\n\n10am Eastern = {gt(s2.astimezone(LAGOS))} WAT.\n\nKayla")
    f3 = google_invite(seed=cid + "/3", date=d3, organizer=kayla, guests=guests, summary=summary, start=s2, end=e2,
                       zone=NEW_YORK, description=desc3, uid="6f1h9k3m5p7r0t2v4x6z8b1d3g", meet="kqa-rvtm-epz")
    add(cid, {"01-invitation-technical.eml": f1, "02-canceled-event-with-note.eml": f2,
              "03-invitation-rebooked.eml": f3},
        [iv(co, role, s1, e1, "cancelled", [theo[1]], [theo[1]], "technical"),
         iv(co, role, s2, e2, "scheduled", [theo[1]], [theo[1]], "technical")],
        "hard", "positive/cancel-and-rebook",
        "Google invite for Tue Mar 24 11am EDT cancelled (interviewer sick), then a NEW event (different UID) "
        "for Tue Mar 31 10am EDT -> two entries: one cancelled, one scheduled.")


# ============================================================================= negative cases
def case14():
    cid = "b152-14-visa-biometrics-appointment"
    vac = ("UK Visa Application Centre - Nigeria", "no-reply@ukvac-ng.example")
    sent = off(T(2026, 4, 6, 10, 12, LAGOS, 50), 1)
    appt = off(wd(T(2026, 4, 15, 9, 30, LAGOS), "Wednesday"), 1)
    end = appt + timedelta(minutes=45)
    ref = "GWF073918442"
    text = f"""Dear ADAEZE MENSAH,

Your appointment at the UK Visa Application Centre, Lagos has been successfully booked.

GWF reference: {ref}
Visa type: Skilled Worker
Appointment type: Biometric enrolment (fingerprints and digital photograph)
Date: {uk_date(appt)}
Time: {t24(appt)} (West Africa Time)
Address: UK Visa Application Centre, 3rd Floor, Plot 7 Ozumba Mbadiwe Avenue, Victoria Island, Lagos

Please bring:
- your original passport
- this appointment confirmation (printed)
- your Certificate of Sponsorship reference number from your prospective employer
- your tuberculosis test certificate

Please arrive no earlier than 15 minutes before your appointment time. Late arrivals may be asked to rebook.

Important: UK Visas and Immigration (UKVI) may invite some applicants to a short credibility interview by video after biometric enrolment. If you are selected, UKVI will contact you separately with a date and time. The Visa Application Centre cannot book or change interview slots.

This is an automated message - please do not reply.
"""
    ical = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//UKVAC Nigeria//Appointments//EN", "METHOD:PUBLISH"]
               + VTZ["Africa/Lagos"] +
               ["BEGIN:VEVENT", f"UID:appt-{ref}-{hx(cid, 8)}@ukvac-ng.example", "SEQUENCE:0", f"DTSTAMP:{zst(sent)}",
                f"DTSTART;TZID=Africa/Lagos:{loc(appt)}", f"DTEND;TZID=Africa/Lagos:{loc(end)}",
                f"SUMMARY:{esc(f'UKVAC Lagos - Biometric enrolment ({ref})')}",
                f"DESCRIPTION:{esc('Skilled Worker visa - biometric enrolment. Bring your passport and this confirmation.')}",
                f"LOCATION:{esc('UK Visa Application Centre, Plot 7 Ozumba Mbadiwe Avenue, Victoria Island, Lagos')}",
                f"ORGANIZER;CN={vac[0]}:mailto:{vac[1]}", att(OWNER_T, rsvp=False), "STATUS:CONFIRMED",
                "END:VEVENT", "END:VCALENDAR"])
    f1 = mail(seed=cid + "/1", frm=vac, to=[OWNER_T],
              subject=f"Appointment confirmation - Biometric enrolment - Lagos - {ref}", date=sent,
              msgid=f"<{hx(cid + '1', 24)}@ukvac-ng.example>", text=text,
              attachments=[("text/calendar; charset=\"UTF-8\"", "appointment.ics", ical, "base64")])
    add(cid, {"01-vac-appointment-confirmation.eml": f1}, [], "hard", "negative/visa-appointment",
        "Visa biometrics appointment with an .ics; mentions a possible UKVI credibility interview and an "
        "employer's sponsorship, but a visa appointment/interview is not a job interview.")


def case15():
    cid = "b152-15-bootcamp-demo-day"
    tomiwa = ("Tomiwa Adebayo", "tomiwa.adebayo@productforge.example")
    sent = off(T(2026, 3, 20, 9, 45, LAGOS, 30), 1)
    start = off(wd(T(2026, 3, 28, 11, 0, LAGOS), "Saturday"), 1)
    end = start + timedelta(hours=4)
    desc = ("Hi fellows, this is the big one!\n\nEach of you has 7 minutes to present your capstone product and 3 "
            "minutes of Q&A from the judges. Product leads from our hiring partners will be in the room and on the "
            "livestream, and several have told us they will reach out afterwards to schedule interviews with "
            "fellows whose work stands out - so polish your decks!\n\nRun of show: 10:30 arrival, 11:00 "
            "presentations start, 13:00 lunch and networking, 15:00 close.\n\nTomiwa\nProgram Manager, Product "
            "Forge Academy")
    f1 = google_invite(seed=cid + "/1", date=sent, organizer=tomiwa,
                       guests=[tomiwa, ("cohort9-fellows@productforge.example", "cohort9-fellows@productforge.example"),
                               (OWNER, OWNER)],
                       summary="Product Forge Cohort 9 Demo Day - Capstone Presentations + Hiring Partner Showcase",
                       start=start, end=end, zone=LAGOS, description=desc, uid="2d7g1j4m8p0s3v6y9b2e5h8k1n",
                       location="Product Forge Hub, 3 Herbert Macaulay Way, Yaba, Lagos")
    add(cid, {"01-invitation-demo-day.eml": f1}, [], "hard", "negative/bootcamp-demo-day",
        "Bootcamp demo day Google invite with judges, hiring partners and 'may reach out to schedule interviews' - "
        "a presentation event, not an interview.")


def case16():
    cid = "b152-16-fintech-kyc-video-call"
    comp = ("Zenpurse Business Compliance", "kyc-review@zenpurse.example")
    chidi = ("Chidi Okafor", "chidi.okafor@zenpurse.example")
    sent = off(T(2026, 3, 17, 15, 40, LAGOS, 3), 1)
    start = off(wd(T(2026, 3, 20, 11, 0, LAGOS), "Friday"), 1)
    end = start + timedelta(minutes=15)
    body = f"""Dear Adaeze Mensah,

Thank you for applying to upgrade your Zenpurse Business account to Tier 3 (higher transaction limits and a USD receiving account).

As required by our regulator, a member of our Compliance team will conduct a short live video interview to verify your identity and the nature of your business before the upgrade is approved.

When: Friday, 20 March 2026 {t24(start)}-{t24(end)} (UTC+01:00) West Central Africa
Verification officer: Chidi Okafor, Compliance Analyst ({chidi[1]})

Please have the following ready:
- your BVN and NIN
- the government-issued photo ID you uploaded in the app
- your CAC business name registration certificate
- two recent invoices for payments you receive from abroad

Zenpurse will never ask for your PIN, OTP or password during this call.

Regards,
Zenpurse Business Compliance
Zenpurse Technologies Limited is licensed by the Central Bank of Nigeria.

""" + teams_block(cid)
    f1 = outlook_invite(seed=cid + "/1", date=sent, organizer=comp, required=[comp, chidi, OWNER_T],
                        subject="Zenpurse Business - Video KYC Interview (Tier 3 upgrade) - Adaeze Mensah",
                        start=start, end=end, win_tz="W. Central Africa Standard Time", body=body,
                        uid_hex="70A3C2D1E9F8B7A6000000000000000010000000" + hx(cid, 32).upper(),
                        server="AM9P195MB1187", region="EURP195", to=[OWNER_T])
    add(cid, {"01-video-kyc-interview.eml": f1}, [], "hard", "negative/kyc-video-call",
        "Fintech customer KYC 'video interview' via Teams with a named compliance officer and Windows TZID "
        "'W. Central Africa Standard Time' - identity verification, not a job interview.")


def case17():
    cid = "b152-17-pm-community-meetup"
    sent = off(T(2026, 4, 3, 18, 22, LAGOS, 17), 1)
    start = off(wd(T(2026, 4, 11, 16, 0, LAGOS), "Saturday"), 1)
    end = start + timedelta(minutes=150)
    title = "Landing a remote PM role: interviews, take-homes and offers"
    url = "https://www.meetup.com/product-circle-lagos/events/306118742/"
    text = f"""Product Circle Lagos

You're going!
{title}

{us_date(start)}
{t12(start)} to {t12(end)} WAT

The Workbench, 22 Akin Adesola Street, Victoria Island, Lagos

Our April fireside chat: three Lagos- and Accra-based PMs who now work for US and European startups share how their interview loops went, what the take-home assignments looked like and how they negotiated offers in dollars. Bring your questions - we'll also pair people up for 20-minute practice interviews at the end for anyone who wants them.

Add to calendar: the invite is attached.
Can't make it? Update your RSVP: {url}

You received this email because you RSVP'd to an event on Meetup.
Meetup LLC, POB 4668 #37895, New York NY 10163-4668
"""
    ical = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Meetup//RemoteApi//EN", "METHOD:PUBLISH",
                "X-ORIGINAL-URL:https://www.meetup.com/product-circle-lagos/"] + VTZ["Africa/Lagos"] +
               ["BEGIN:VEVENT", f"UID:event_306118742@meetup.com", "SEQUENCE:0", f"DTSTAMP:{zst(sent)}",
                f"DTSTART;TZID=Africa/Lagos:{loc(start)}", f"DTEND;TZID=Africa/Lagos:{loc(end)}",
                f"SUMMARY:{esc(title)}", f"DESCRIPTION:{esc('Product Circle Lagos' + chr(10) + url)}",
                f"LOCATION:{esc('The Workbench, 22 Akin Adesola Street, Victoria Island, Lagos')}", f"URL:{url}",
                att(OWNER_T, partstat="ACCEPTED", rsvp=False), "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    f1 = mail(seed=cid + "/1", frm=("Meetup", "info@email.meetup.com"), to=[OWNER],
              subject=f"You're going! {title}", date=sent,
              msgid=f"<{hx(cid + '1', 16)}.{hx(cid + '1b', 10)}@email.meetup.com>", text=text,
              attachments=[("text/calendar; charset=\"UTF-8\"", "event.ics", ical, "base64")])
    add(cid, {"01-meetup-rsvp-confirmation.eml": f1}, [], "medium", "negative/community-meetup",
        "Community meetup RSVP about interviewing for remote PM roles (with practice interviews), .ics attached - "
        "not a job interview.")


def case18():
    cid = "b152-18-ashby-availability-request"
    co, role = "Northgale", "Product Manager, Marketplace"
    pris = ("Priscilla Yeboah", "priscilla.yeboah@northgale.example")
    d1 = off(T(2026, 3, 19, 10, 31, TORONTO, 6), -4)
    d2 = off(T(2026, 3, 19, 16, 12, LAGOS, 48), 1)
    w0 = wd(T(2026, 3, 23, 9, 0, TORONTO), "Monday")
    w1 = wd(T(2026, 3, 27, 9, 0, TORONTO), "Friday")
    two = T(2026, 3, 23, 14, 0, LAGOS)
    assert t12(two.astimezone(TORONTO)) == "9:00 AM"
    link = f"https://app.ashbyhq.com/candidate-availability/{hx(cid, 8)}-{hx(cid + '2', 4)}-{hx(cid + '3', 4)}-{hx(cid + '4', 12)}"
    t1 = f"""Hi Adaeze,

Thanks for your time so far! We'd like to schedule your Hiring Manager Interview (45 minutes) with Hamza Qureshi, Director of Product, for the {role} role.

Please share your availability using the link below. Pick as many windows as you can between {us_date(w0).rsplit(',', 1)[0]} and {us_date(w1).rsplit(',', 1)[0]} - times are shown in your local time zone (West Africa Time).

Share your availability: {link}

Once we've matched your availability with Hamza's calendar, you'll receive a confirmation email with a calendar invite. This link expires in 5 days.

Priscilla Yeboah
Recruiter, {co}

Powered by Ashby
"""
    m1 = f"<{hx(cid + 'a', 24)}.{hx(cid + 'b', 8)}@ashbyhq.com>"
    f1 = mail(seed=cid + "/1", frm=(f"{co} Recruiting", "no-reply@ashbyhq.com"), reply_to=pris, to=[OWNER_T],
              subject=f"{co}: please share your availability for your Hiring Manager Interview", date=d1, msgid=m1,
              text=t1)
    t2 = f"""Dear Priscilla,

Thank you. I have submitted my availability through the link. Kindly note that I am available from 2pm WAT on all the days, which is 9am in Toronto.

I will revert if anything changes on my end.

Regards,
Adaeze

On Thu, 19 Mar 2026 at 15:31, {co} Recruiting <no-reply@ashbyhq.com> wrote:
{quote(t1)}
"""
    f2 = mail(seed=cid + "/2", frm=OWNER_T, to=[pris],
              subject=f"Re: {co}: please share your availability for your Hiring Manager Interview", date=d2,
              msgid=gmail_id(cid + "2"), in_reply_to=m1, references=[m1], text=t2)
    add(cid, {"01-ashby-share-availability.eml": f1, "02-re-availability-submitted.eml": f2}, [], "hard",
        "negative/availability-request",
        "Ashby availability request for a named hiring-manager interview; candidate submits windows but no time "
        "is ever booked -> not (yet) an interview.")


def case19():
    cid = "b152-19-one-way-video-interview"
    co, role = "Halyard Tech", "Senior Product Manager"
    sent = off(T(2026, 3, 16, 9, 2, LONDON, 33), 0)
    due = off(wd(T(2026, 3, 20, 17, 0, LAGOS), "Friday"), 1)
    link = f"https://apply.workable.com/halyard-tech/j/5C1E90A2B7/video-interview/{hx(cid, 20)}"
    text = f"""Hi Adaeze,

Thanks for applying for the {role} position at {co}. As the next step, we'd like you to complete a one-way video interview.

How it works
- You'll be asked 4 questions, one at a time.
- You'll have 1 minute to prepare and up to 3 minutes to record each answer.
- There's no one on the other end: you can record whenever suits you before the deadline, and our hiring team will review your answers afterwards.

Deadline: {due.strftime('%A')}, {due.day} {due.strftime('%B')} {due.year}, {t12(due)} WAT

Start your video interview: {link}

Tip: make sure you have a stable internet connection and enough battery or power backup before you begin - you can't pause once a question starts.

Good luck!
The {co} hiring team

--
Sent via Workable
"""
    f1 = mail(seed=cid + "/1", frm=(co, "noreply@candidates.workablemail.com"), to=[OWNER_T],
              subject=f"Video interview for {role} at {co}", date=sent,
              msgid=f"<{hx(cid + '1', 24)}@candidates.workablemail.com>", text=text)
    add(cid, {"01-workable-video-interview.eml": f1}, [], "hard", "negative/one-way-video",
        "One-way recorded video interview with a deadline (Fri Mar 20 5 PM WAT) - no live conversation.")


def case20():
    cid = "b152-20-owner-is-external-interviewer"
    segun = ("Segun Bello", "segun.bello@ferrypay.example")
    sent = off(T(2026, 3, 13, 12, 5, LAGOS, 41), 1)
    start = off(wd(T(2026, 3, 18, 11, 0, LAGOS), "Wednesday"), 1)
    end = start + timedelta(hours=1)
    desc = ("Hi Adaeze, thanks again for agreeing to sit on our Associate PM panel as an external interviewer.\n\n"
            "Candidate: Tolulope Adeyemi (CV and scorecard template in the shared folder).\n"
            "You'll take the product sense section (first 30 mins); I'll cover analytics and culture add.\n"
            "Please drop your scorecard in Greenhouse by end of day so we can debrief on Thursday.\n\nSegun")
    f1 = google_invite(seed=cid + "/1", date=sent, organizer=segun, guests=[segun, (OWNER, OWNER)],
                       summary="APM Interview - Tolulope Adeyemi (Panel: Segun + Adaeze)", start=start, end=end,
                       zone=LAGOS, description=desc, uid="9c4f7h0k2m5p8r1t3w6y9a2c4e", meet="fry-apmx-pnl")
    add(cid, {"01-invitation-apm-panel.eml": f1}, [], "medium", "negative/user-is-interviewer",
        "Google invite titled 'APM Interview'; the owner sits on the panel as an external interviewer and the "
        "candidate is someone else.")


def case21():
    cid = "b152-21-mentor-mock-interview"
    mw = ("Mentorwell", "sessions@mentorwell.example")
    kofi = ("Kofi Asamoah", "kofi.asamoah@mentorwell.example")
    sent = off(T(2026, 3, 14, 19, 26, ACCRA, 2), 0)
    start = off(wd(T(2026, 3, 21, 10, 0, ACCRA), "Saturday"), 0)
    end = start + timedelta(minutes=45)
    join = f"https://mentorwell.example/s/{hx(cid, 10)}"
    text = f"""Hi Adaeze,

Your session is confirmed!

PM Mock Interview - Product Sense
with Kofi Asamoah, Senior Product Manager (mentor)
{us_date(start)}
{t12(start)} - {t12(end)} GMT (Africa/Accra) - {t12(start.astimezone(LAGOS))} in Lagos

Kofi will run a realistic product sense interview - the kind you'd face at a US or European startup - and then spend the last 15 minutes giving you feedback and a score against a typical hiring rubric. This is a practice session and is not connected to any job application.

Join link: {join}
Note from Kofi: "Come ready to design a product for informal traders. I'll play the interviewer."

Free sessions remaining this month: 1 of 2

The Mentorwell team
"""
    ical = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Mentorwell//Sessions//EN", "METHOD:REQUEST",
                "BEGIN:VEVENT", f"UID:session-{hx(cid + 'u', 12)}@mentorwell.example", "SEQUENCE:0",
                f"DTSTAMP:{zst(sent)}", f"DTSTART:{zst(start)}", f"DTEND:{zst(end)}",
                "SUMMARY:PM Mock Interview - Product Sense (Kofi Asamoah <> Adaeze Mensah)",
                f"DESCRIPTION:{esc('Mentorwell practice session. Join: ' + join)}", f"LOCATION:{join}",
                f"ORGANIZER;CN={mw[0]}:mailto:{mw[1]}", att(kofi, partstat="ACCEPTED", rsvp=False), att(OWNER_T),
                "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    f1 = mail(seed=cid + "/1", frm=mw, to=[OWNER_T],
              subject="Session confirmed: PM Mock Interview - Product Sense with Kofi Asamoah", date=sent,
              msgid=f"<{hx(cid + '1', 24)}@mentorwell.example>", text=text,
              attachments=[("text/calendar; charset=\"UTF-8\"; method=REQUEST", "session.ics", ical, "base64")])
    add(cid, {"01-mentorwell-session-confirmed.eml": f1}, [], "medium", "negative/mock-interview",
        "Free mentor mock interview with an .ics and a named 'interviewer' - coaching, not a hiring process.")


def case22():
    cid = "b152-22-rejection-mentions-interview"
    co, role = "Hollowbrook", "Senior Product Manager, Checkout"
    clara = ("Clara Neumann", "clara.neumann@hollowbrook.example")
    sent = off(T(2026, 3, 13, 15, 20, BERLIN, 36), 1)
    past = wd(T(2026, 3, 10, 11, 0, BERLIN), "Tuesday")
    text = f"""Dear Adaeze,

Thank you for taking the time to interview with us for the {role} role on {past.strftime('%A')}, {past.day} {past.strftime('%B')}, and for the thoughtful way you approached the pricing case with Malte.

After careful consideration, we have decided to move forward with other candidates whose experience more closely matches our current needs. This was not an easy decision.

We would be glad to interview you again for future openings, and with your permission we will keep your profile in our talent pool for 12 months.

I wish you every success in your search.

Kind regards,
Clara Neumann
Talent Acquisition | {co}
"""
    f1 = mail(seed=cid + "/1", frm=clara, sender=("Greenhouse", "no-reply@greenhouse.io"), reply_to=clara,
              to=[OWNER_T], subject=f"Your application for {role} at {co}", date=sent,
              msgid=f"<{hx(cid + '1', 32)}@greenhouse.io>", text=text)
    add(cid, {"01-application-update.eml": f1}, [], "medium", "negative/rejection",
        "Rejection that refers to a past interview (no time) and offers to 'interview you again' - nothing scheduled.")


# ============================================================================= main
def build():
    for i in range(1, 23):
        globals()[f"case{i:02d}"]()
    ids = list(CASES)
    assert [c.split("-")[1] for c in ids] == [f"{i:02d}" for i in range(1, 23)], ids


def main():
    build()
    for p in sorted(HERE.iterdir()):
        if p.is_dir() and p.name.startswith(PREFIX):
            shutil.rmtree(p)
    for cid, files in CASES.items():
        d = HERE / cid
        d.mkdir()
        for name, text in files.items():
            (d / name).write_bytes(text.encode("utf-8"))
    head = ("# Labels for blind152 (written blind). Generated by make_cases.py - do not edit by hand.\n"
            "# Schema and labelling rules: /work/shared/eval/README.md\n")
    (HERE / "labels.yaml").write_bytes(
        (head + yaml.safe_dump(LABELS, sort_keys=False, allow_unicode=True, width=100)).encode("utf-8"))
    n_pos = sum(1 for l in LABELS.values() if l["interview"])
    n_iv = [i for l in LABELS.values() for i in l["interviews"]]
    print(f"{len(CASES)} cases ({n_pos} positive, {len(CASES) - n_pos} negative), {len(n_iv)} interviews "
          f"({sum(i['status'] == 'scheduled' for i in n_iv)} scheduled, "
          f"{sum(i['status'] == 'cancelled' for i in n_iv)} cancelled)")


if __name__ == "__main__":
    main()
