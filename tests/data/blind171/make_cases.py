#!/usr/bin/env python3
"""Regenerate the blind171 evaluation set (written blind).

Theme: a Sydney/Melbourne registered nurse and allied-health manager looking for her next
role. Australian English, PageUp / Employment Hero / SEEK / Workday mail, hospital panel
interviews, Exchange/Teams invites with Windows TZIDs ("AUS Eastern Standard Time",
"E. Australia Standard Time"), AEST/AEDT, Queensland and Perth times, referee checks.

Standard library + PyYAML only. Output is byte-identical on every run: all dates,
Message-IDs, UIDs and MIME boundaries are fixed or derived from fixed seeds.

    python make_cases.py        # rewrites every b171-* folder and labels.yaml next to this file
"""
import base64
import email.utils
import hashlib
import html
import json
import os
import quopri
import shutil
from datetime import datetime, timedelta, timezone
from email.header import Header
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))

SYD = ZoneInfo("Australia/Sydney")
MEL = ZoneInfo("Australia/Melbourne")
BNE = ZoneInfo("Australia/Brisbane")
PER = ZoneInfo("Australia/Perth")
UTC = timezone.utc

USER = "tamsin.doyle@example.com"
USER_NAME = "Tamsin Doyle"

CASES = []  # (case_id, [(filename, bytes)], label)


# ----------------------------------------------------------------------------- time helpers
def t(y, mo, d, h=0, mi=0, tz=SYD, wd=None, s=0):
    """Aware datetime in a zone; wd asserts the weekday named in the case text."""
    x = datetime(y, mo, d, h, mi, s, tzinfo=tz)
    if wd is not None:
        assert x.strftime("%A") == wd, (x, x.strftime("%A"), wd)
    return x


def iso(x):
    return x.isoformat()


def rfc(x):
    return email.utils.format_datetime(x)


def as_utc(x):
    return x.astimezone(UTC)


def zstamp(x):
    return as_utc(x).strftime("%Y%m%dT%H%M%SZ")


def lstamp(x):
    return x.strftime("%Y%m%dT%H%M%S")


def off(x):
    """+1000 style offset string of an aware datetime."""
    return x.strftime("%z")


def hx(seed, n=32):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def ampm(x):  # 9:30am
    h = x.hour % 12 or 12
    return f"{h}:{x.minute:02d}{'am' if x.hour < 12 else 'pm'}"


def gtime(x):  # Google style: 9:30am, 1pm
    h = x.hour % 12 or 12
    suf = "am" if x.hour < 12 else "pm"
    return f"{h}{suf}" if x.minute == 0 else f"{h}:{x.minute:02d}{suf}"


def AMPM(x):  # 2:00 PM
    h = x.hour % 12 or 12
    return f"{h}:{x.minute:02d} {'AM' if x.hour < 12 else 'PM'}"


def dlong(x):  # Tuesday 14 April 2026
    return f"{x:%A} {x.day} {x:%B} {x.year}"


def tzname_long(x):
    return {"AEDT": "Australian Eastern Daylight Time", "AEST": "Australian Eastern Standard Time",
            "AWST": "Australian Western Standard Time"}[x.tzname()]


# ----------------------------------------------------------------------------- MIME helpers
def hdr(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def addr(name, mail):
    return email.utils.formataddr((name, mail))


def render_headers(headers):
    return "".join(f"{k}: {v}\n" for k, v in headers)


def leaf(ctype, text, cte="7bit", headers=()):
    raw = text.encode("utf-8")
    if cte == "quoted-printable":
        body = quopri.encodestring(raw).decode("ascii")
    elif cte == "base64":
        body = base64.encodebytes(raw).decode("ascii")
    else:
        text.encode("ascii")  # 7bit parts must be ASCII
        body = text
    if not body.endswith("\n"):
        body += "\n"
    h = [f"Content-Type: {ctype}", f"Content-Transfer-Encoding: {cte}"] + list(headers)
    return "\n".join(h) + "\n\n" + body


def multi(subtype, boundary, parts):
    out = f'Content-Type: multipart/{subtype};\n boundary="{boundary}"\n\n'
    for p in parts:
        out += f"--{boundary}\n{p}\n"
    return out + f"--{boundary}--\n"


def message(headers, body):
    return (render_headers(headers) + "MIME-Version: 1.0\n" + body).encode("utf-8")


def text_to_html(text, font="Aptos,Calibri,Arial,sans-serif"):
    paras = []
    for block in text.split("\n\n"):
        lines = [html.escape(line) for line in block.split("\n")]
        if block.startswith(">") or block.startswith("-----") or block.startswith("From:"):
            paras.append('<div style="border-left:2px solid #ccc;padding-left:8px;color:#555">'
                         + "<br>\n".join(lines) + "</div>")
        else:
            paras.append("<p>" + "<br>\n".join(lines) + "</p>")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body><div style="font-family:{font};font-size:11pt">\n' + "\n".join(paras)
            + "\n</div></body></html>")


def alt(boundary, text, cte="quoted-printable", html_text=None):
    return multi("alternative", boundary, [
        leaf('text/plain; charset="utf-8"', text, cte),
        leaf('text/html; charset="utf-8"', html_text or text_to_html(text), "quoted-printable"),
    ])


def received(host, ip, when, seed):
    return (f"from {host} ({host}. [{ip}])\n        by mx1.example.com with ESMTPS id {hx(seed, 12)}\n"
            f"        for <{USER}>\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384);\n"
            f"        {rfc(as_utc(when))}")


def outlook_mid(seed):
    box = "SY" + str(4 + int(hx(seed, 2), 16) % 4) + "PR01MB" + str(1000 + int(hx(seed + "b", 4), 16) % 8999)
    return f"<{box}{hx(seed, 24).upper()}@{box}.ausprd01.prod.outlook.com>"


def thread_index(seed):
    return base64.b64encode(hashlib.sha256(seed.encode()).digest()[:22]).decode()


# ----------------------------------------------------------------------------- iCalendar helpers
def fold(line):
    b = line.encode("utf-8")
    chunks = []
    limit = 75
    while len(b) > limit:
        cut = limit
        while (b[cut] & 0xC0) == 0x80:
            cut -= 1
        chunks.append(b[:cut])
        b = b[cut:]
        limit = 74
    chunks.append(b)
    return "\r\n ".join(c.decode("utf-8") for c in chunks)


def ics_text(lines):
    return "".join(fold(line) + "\r\n" for line in lines)


def esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def lf(s):
    return s.replace("\r\n", "\n")


TZ_AUS_EASTERN_WIN = [
    "BEGIN:VTIMEZONE", "TZID:AUS Eastern Standard Time",
    "BEGIN:STANDARD", "DTSTART:16010101T030000", "TZOFFSETFROM:+1100", "TZOFFSETTO:+1000",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=4", "END:STANDARD",
    "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+1000", "TZOFFSETTO:+1100",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=10", "END:DAYLIGHT",
    "END:VTIMEZONE",
]
TZ_E_AUS_WIN = [
    "BEGIN:VTIMEZONE", "TZID:E. Australia Standard Time",
    "BEGIN:STANDARD", "DTSTART:16010101T000000", "TZOFFSETFROM:+1000", "TZOFFSETTO:+1000",
    "END:STANDARD",
    "BEGIN:DAYLIGHT", "DTSTART:16010101T000000", "TZOFFSETFROM:+1000", "TZOFFSETTO:+1000",
    "END:DAYLIGHT",
    "END:VTIMEZONE",
]
TZ_PERTH = [
    "BEGIN:VTIMEZONE", "TZID:Australia/Perth", "X-LIC-LOCATION:Australia/Perth",
    "BEGIN:STANDARD", "TZOFFSETFROM:+0800", "TZOFFSETTO:+0800", "TZNAME:AWST",
    "DTSTART:19700101T000000", "END:STANDARD",
    "END:VTIMEZONE",
]
TZ_MELBOURNE = [
    "BEGIN:VTIMEZONE", "TZID:Australia/Melbourne", "X-LIC-LOCATION:Australia/Melbourne",
    "BEGIN:STANDARD", "TZOFFSETFROM:+1100", "TZOFFSETTO:+1000", "TZNAME:AEST",
    "DTSTART:19700405T030000", "RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU", "END:STANDARD",
    "BEGIN:DAYLIGHT", "TZOFFSETFROM:+1000", "TZOFFSETTO:+1100", "TZNAME:AEDT",
    "DTSTART:19701004T020000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=1SU", "END:DAYLIGHT",
    "END:VTIMEZONE",
]
TZ_SYDNEY = [line.replace("Melbourne", "Sydney") for line in TZ_MELBOURNE]


def teams_block(seed):
    mid = hx(seed + "m", 40)
    tid = f"{hx(seed+'t',8)}-{hx(seed+'t2',4)}-4{hx(seed+'t3',3)}-a{hx(seed+'t4',3)}-{hx(seed+'t5',12)}"
    oid = f"{hx(seed+'o',8)}-{hx(seed+'o2',4)}-4{hx(seed+'o3',3)}-b{hx(seed+'o4',3)}-{hx(seed+'o5',12)}"
    n = int(hx(seed + "n", 12), 16)
    meeting_id = f"{4 + n % 5}{n // 7 % 100:02d} {n // 11 % 1000:03d} {n // 13 % 1000:03d} {n // 17 % 1000:03d}"
    passcode = base64.b32encode(hashlib.sha256(seed.encode()).digest()).decode()[:6].replace("O", "x")
    conf = f"{n % 1000:03d} {n // 1000 % 1000:03d} {n // 10 ** 6 % 1000:03d}#"
    url = (f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0?context="
           f"%7b%22Tid%22%3a%22{tid}%22%2c%22Oid%22%3a%22{oid}%22%7d")
    text = ("_" * 80 + "\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\n"
            f"Click here to join the meeting<{url}>\nMeeting ID: {meeting_id}\nPasscode: {passcode}\n"
            "Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | "
            "Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
            "Or call in (audio only)\n+61 2 8318 0092,,"
            f"{conf.replace(' ', '')} Australia, Sydney\nPhone Conference ID: {conf}\n"
            "Learn More<https://aka.ms/JoinTeamsMeeting> | "
            f"Meeting options<https://teams.microsoft.com/meetingOptions/?organizerId={oid}&tenantId={tid}>\n"
            + "_" * 80)
    return text, url


def exch_uid(seed):
    return ("040000008200E00074C5B7101A82E00800000000" + hx(seed, 16).upper()
            + "01000000000000000010000000" + hx(seed + "u", 32).upper())


def exch_ics(*, method, tzid, tzblock, uid, summary, start, end, dtstamp, seq, organizer, attendees,
             location, description, status="CONFIRMED", teams_url=None):
    cancel = method == "CANCEL"
    L = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
    L += tzblock
    L += ["BEGIN:VEVENT", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    for name, mail, role, partstat in attendees:
        L.append(f"ATTENDEE;ROLE={role};PARTSTAT={partstat};RSVP=TRUE;CN={name}:mailto:{mail}")
    L += [f"DESCRIPTION;LANGUAGE=en-AU:{esc(description)}",
          f"UID:{uid}",
          f"SUMMARY;LANGUAGE=en-AU:{esc(summary)}",
          f"DTSTART;TZID={tzid}:{lstamp(start)}",
          f"DTEND;TZID={tzid}:{lstamp(end)}",
          "CLASS:PUBLIC", f"PRIORITY:{1 if cancel else 5}",
          f"DTSTAMP:{zstamp(dtstamp)}", "TRANSP:OPAQUE", f"STATUS:{status}", f"SEQUENCE:{seq}",
          f"LOCATION;LANGUAGE=en-AU:{esc(location)}",
          f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
          f"X-MICROSOFT-CDO-OWNERAPPTID:{-(int(hx(uid, 7), 16))}",
          f"X-MICROSOFT-CDO-BUSYSTATUS:{'FREE' if cancel else 'TENTATIVE'}",
          f"X-MICROSOFT-CDO-INTENDEDSTATUS:{'FREE' if cancel else 'BUSY'}",
          "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", f"X-MICROSOFT-CDO-IMPORTANCE:{2 if cancel else 1}",
          "X-MICROSOFT-CDO-INSTTYPE:0"]
    if teams_url:
        L += [f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{teams_url}",
              'X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}']
    L += ["X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
          "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT", f"X-MICROSOFT-LOCATIONDISPLAYNAME:{esc(location)}"]
    if not cancel:
        L += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM"]
    L += ["END:VEVENT", "END:VCALENDAR"]
    return ics_text(L)


def outlook_invite(*, seed, sender, to, cc=(), subject, date, when, where, body, ics, method="REQUEST",
                   teams=None, host_ip=("SY5PR01CU010.outbound.protection.outlook.com", "52.103.72.41")):
    text = f"When: {when}\nWhere: {where}\n\n*~*~*~*~*~*~*~*~*~*\n\n{body}"
    if teams:
        text += "\n\n" + teams
    headers = [("Delivered-To", USER), ("Received", received(host_ip[0], host_ip[1], date, seed)),
               ("Return-Path", f"<{sender[1]}>"),
               ("From", addr(*sender)), ("To", ", ".join(addr(*p) for p in to))]
    if cc:
        headers.append(("CC", ", ".join(addr(*p) for p in cc)))
    headers += [("Subject", hdr(subject)), ("Thread-Topic", hdr(subject.split(": ", 1)[-1])),
                ("Thread-Index", thread_index(seed)), ("Date", rfc(as_utc(date))),
                ("Message-ID", outlook_mid(seed)), ("Accept-Language", "en-AU, en-US"),
                ("Content-Language", "en-AU"), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
                ("Content-class", "urn:content-classes:calendarmessage"),
                ("x-ms-exchange-calendar-series-instance-id", "BAAAAIIA4AB0xbcQGoLgCAAAAA" + hx(seed + "s", 20)),
                ("x-ms-publictraffictype", "Email")]
    b = "_000_" + hx(seed + "bd", 24).upper() + "ausprd01prodoutlookcom_"
    body_part = multi("alternative", b, [
        leaf('text/plain; charset="utf-8"', text, "quoted-printable"),
        leaf('text/html; charset="utf-8"', text_to_html(text), "quoted-printable"),
        leaf(f'text/calendar; charset="utf-8"; method={method}', ics, "base64"),
    ])
    return message(headers, body_part)


def google_ics(*, uid, org, guests, summary, start, end, stamp, created, location, description, seq=0,
               method="REQUEST", status="CONFIRMED"):
    L = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
         "CALSCALE:GREGORIAN", f"METHOD:{method}", "BEGIN:VEVENT",
         f"DTSTART:{zstamp(start)}", f"DTEND:{zstamp(end)}", f"DTSTAMP:{zstamp(stamp)}",
         f"ORGANIZER;CN={org[0]}:mailto:{org[1]}", f"UID:{uid}"]
    for name, mail, partstat in guests:
        L.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={partstat};RSVP=TRUE;"
                 f"CN={name};X-NUM-GUESTS=0:mailto:{mail}")
    L += [f"CREATED:{zstamp(created)}", f"DESCRIPTION:{esc(description)}", f"LAST-MODIFIED:{zstamp(stamp)}",
          f"LOCATION:{esc(location)}", f"SEQUENCE:{seq}", f"STATUS:{status}", f"SUMMARY:{esc(summary)}",
          "TRANSP:OPAQUE", "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder",
          "TRIGGER:-P0DT0H30M0S", "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    return ics_text(L)


def google_invite(*, seed, org, guests, summary, start, end, date, created, location, description, seq=0):
    uid = hx(seed, 26) + "@google.com"
    ics = google_ics(uid=uid, org=org, guests=guests, summary=summary, start=start, end=end, stamp=date,
                     created=created, location=location, description=description, seq=seq)
    eid = base64.b64encode(f"{uid.split('@')[0]} {USER}".encode()).decode().rstrip("=")
    tzl = f"{tzname_long(start)} - Sydney" if start.tzinfo in (SYD,) else tzname_long(start)
    when = f"{start:%A} {start.day} {start:%b} {start.year} \u22c5 {gtime(start)} \u2013 {gtime(end)}"
    subj = (f"Invitation: {summary} @ {start:%a} {start.day} {start:%b} {start.year} "
            f"{gtime(start)} - {gtime(end)} ({start.tzname()}) ({USER})")
    guest_lines = "\n".join(f"{n}\n{m}" + (" - organiser" if m == org[1] else "") for n, m, _ in guests)
    text = (f"{summary}\n{when}\n{tzl}\n\nLocation\n{location}\n"
            f"https://www.google.com/maps/search/{location.split(',')[0].replace(' ', '+')}?hl=en-GB\n\n"
            f"{description}\n\nOrganiser\n{org[0]}\n{org[1]}\n\nGuests\n{guest_lines}\n"
            f"View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid={eid}\n\n"
            f"Reply for {USER}\nYes\nhttps://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=1\n"
            f"No\nhttps://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=2\n"
            f"Maybe\nhttps://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=3\n\n"
            "Invitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
            f"You are receiving this email because you are an attendee on the event. To stop receiving "
            f"future updates for this event, decline this event.\n\nForwarding this invitation could allow "
            f"any recipient to send a response to the organiser, be added to the guest list, invite others "
            f"regardless of their own invitation status or modify your RSVP.\n")
    headers = [("Delivered-To", USER),
               ("Received", received("mail-sor-f69.google.com", "209.85.220.69", date, seed)),
               ("Return-Path", f"<{hx(seed + 'r', 20)}@calendar-server.bounces.google.com>"),
               ("Reply-To", addr(*org)), ("Sender", "Google Calendar <calendar-notification@google.com>"),
               ("Message-ID", f"<calendar-{hx(seed+'a',8)}-{hx(seed+'b',4)}-{hx(seed+'c',4)}-"
                              f"{hx(seed+'d',4)}-{hx(seed+'e',12)}@google.com>"),
               ("Date", rfc(as_utc(date))), ("Subject", hdr(subj)), ("From", addr(*org)), ("To", USER)]
    outer = "0000000000" + hx(seed + "o", 18)
    inner = "0000000000" + hx(seed + "i", 18)
    body = multi("mixed", outer, [
        multi("alternative", inner, [
            leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', text, "base64"),
            leaf('text/html; charset="UTF-8"', text_to_html(text, "Roboto,Helvetica,Arial,sans-serif"),
                 "quoted-printable"),
            leaf('text/calendar; charset="UTF-8"; method=REQUEST', lf(ics),
                 "7bit" if ics.isascii() else "base64"),
        ]),
        leaf('application/ics; name="invite.ics"', ics, "base64",
             ['Content-Disposition: attachment; filename="invite.ics"']),
    ])
    return message(headers, body)


def human_mail(*, seed, sender, to, subject, date, text, cc=(), in_reply_to=None, references=(),
               reply_to=None, client="outlook", cte="quoted-printable", extra=()):
    headers = [("Delivered-To", USER)]
    if client == "outlook":
        headers.append(("Received", received("SY6PR01CU002.outbound.protection.outlook.com", "52.103.73.18", date, seed)))
        mid = outlook_mid(seed)
    elif client == "gmail":
        headers.append(("Received", received("mail-pj1-f54.google.com", "209.85.216.54", date, seed)))
        mid = f"<CA{hx(seed, 10).upper()}+{hx(seed + 'g', 22)}@mail.gmail.com>"
    else:  # apple / generic
        headers.append(("Received", received("mx.mailrelay.example", "203.0.113.25", date, seed)))
        mid = (f"<{hx(seed, 8).upper()}-{hx(seed + 'x', 4).upper()}-{hx(seed + 'y', 4).upper()}-"
               f"{hx(seed + 'z', 4).upper()}-{hx(seed + 'w', 12).upper()}@{sender[1].split('@')[1]}>")
    headers += [("Return-Path", f"<{sender[1]}>"), ("From", addr(*sender)),
                ("To", ", ".join(addr(*p) for p in to))]
    if cc:
        headers.append(("Cc", ", ".join(addr(*p) for p in cc)))
    if reply_to:
        headers.append(("Reply-To", addr(*reply_to)))
    headers += [("Subject", hdr(subject)), ("Date", rfc(date)), ("Message-ID", mid)]
    if in_reply_to:
        headers.append(("In-Reply-To", in_reply_to))
        headers.append(("References", " ".join(references or (in_reply_to,))))
    if client == "outlook":
        headers += [("Thread-Topic", hdr(subject.split(": ", 1)[-1])), ("Thread-Index", thread_index(seed)),
                    ("Accept-Language", "en-AU, en-US"), ("Content-Language", "en-AU")]
    headers += list(extra)
    b = {"outlook": "_000_" + hx(seed + "bd", 24).upper() + "ausprd01prodoutlookcom_",
         "gmail": "000000000000" + hx(seed + "bd", 16),
         "apple": "Apple-Mail=_" + hx(seed + "bd", 36).upper()}[client]
    body = alt(b, text, cte)
    return message(headers, body), mid


def quote(text, who_line):
    return who_line + "\n" + "\n".join(
        (">" + line) if (not line or line.startswith(">")) else ("> " + line) for line in text.split("\n"))


def outlook_quote(text, sender, date, to, subject):
    return ("________________________________\n"
        f"From: {sender[0]} <{sender[1]}>\nSent: {date:%A}, {date.day} {date:%B} {date.year} {AMPM(date)}\n"
        f"To: {to[0]} <{to[1]}>\nSubject: {subject}\n\n{text}")


def iv(company, role, start, end, status, interviewers, recipients, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end) if end else None,
            "status": status, "interviewer_emails": list(interviewers),
            "followup_recipients": list(recipients), "kind": kind}


def add(cid, files, interviews, difficulty, category, notes):
    label = {"user": USER, "interview": bool(interviews), "interviews": interviews,
             "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}
    CASES.append((cid, files, label))


# ============================================================================= positives
def case01():
    """PageUp booking confirmation (HTML + .ics in UTC) for an LHD panel; panel has no addresses."""
    cid = "b171-01-pageup-lhd-panel-utc-ics"
    dom = "harbourside.health.example"
    coord = ("Mei Lin Tan", f"meilin.tan@{dom}")
    sent = t(2026, 4, 8, 16, 22, SYD, "Wednesday", 7)
    start = t(2026, 4, 14, 9, 30, SYD, "Tuesday")  # AEST (+10) - DST ended 5 April
    end = start + timedelta(minutes=45)
    role = "Nurse Unit Manager Level 2 – 7 North Surgical"
    text = (
        f"Dear Tamsin,\n\n"
        f"Thank you for your application for the position of {role} (REQ512398) with Harbourside Local "
        f"Health District.\n\n"
        f"We are pleased to invite you to attend a panel interview. Your interview has been booked for:\n\n"
        f"Date: {dlong(start)}\n"
        f"Time: {ampm(start)} – {ampm(end)} (AEST)\n"
        f"Location: Harbourside Hospital, Clinical Services Building, Level 4, Executive Meeting Room 2. "
        f"Please report to the Level 4 reception 10 minutes before your interview time.\n\n"
        f"Your interview panel will be:\n"
        f"  - Rachel Osei, Nurse Manager – Surgery and Anaesthetics (Convenor)\n"
        f"  - Daniel Kovac, Nurse Unit Manager – 7 South\n"
        f"  - Leanne Fitzgerald, HR Business Partner\n\n"
        f"Please bring the following original documents with you:\n"
        f"  - Photo identification (driver licence or passport)\n"
        f"  - Evidence of your current AHPRA registration\n"
        f"  - Working with Children Check number\n\n"
        f"Referee checks will be conducted for the preferred applicant following interview. Please make "
        f"sure the referees listed on your application are available during the week of 20 April.\n\n"
        f"An interview calendar file is attached for your convenience.\n\n"
        f"If you are unable to attend, or require any adjustments for your interview, please contact "
        f"{coord[0]}, Recruitment Coordinator, on (02) 9515 6630 or by email at {coord[1]}. Please do not "
        f"reply to this email as this mailbox is not monitored.\n\n"
        f"Kind regards,\n\nRecruitment and Onboarding\nHarbourside Local Health District\n\n"
        f"This email was sent via PageUp on behalf of Harbourside Local Health District."
    )
    h = ('<html><head><meta charset="utf-8"></head><body style="margin:0;background:#f3f3f3">'
         '<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">'
         '<table width="640" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px;'
         'color:#222"><tr><td style="background:#00355f;padding:18px"><img src="https://harbourside.'
         'pageuppeople.com/res/logo.png" alt="Harbourside Local Health District" height="40"></td></tr>'
         '<tr><td style="padding:24px">'
         + "".join(f"<p>{html.escape(p).replace(chr(10), '<br>')}</p>" for p in text.split("\n\n"))
         + '</td></tr></table></td></tr></table></body></html>')
    uid = "pageup-iv-REQ512398-88213407@pageuppeople.com"
    ics = ics_text([
        "BEGIN:VCALENDAR", "PRODID:-//PageUp People//Interview Scheduler 4.1//EN", "VERSION:2.0",
        "METHOD:PUBLISH", "BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{zstamp(sent)}",
        f"DTSTART:{zstamp(start)}", f"DTEND:{zstamp(end)}",
        f"SUMMARY:{esc('Interview – ' + role)}",
        "LOCATION:" + esc("Harbourside Hospital, Clinical Services Building, Level 4, Executive Meeting Room 2"),
        "DESCRIPTION:" + esc("Panel interview for " + role + " (REQ512398).\nPanel: Rachel Osei, Daniel Kovac, "
                             "Leanne Fitzgerald.\nEnquiries: " + coord[0] + " " + coord[1]),
        "ORGANIZER;CN=Harbourside LHD Recruitment:mailto:no-reply@pageuppeople.com",
        f"ATTENDEE;CN={USER_NAME};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:mailto:{USER}",
        "SEQUENCE:0", "STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"])
    headers = [("Delivered-To", USER), ("Received", received("mta-ap2.pageuppeople.com", "13.54.118.20", sent, cid)),
               ("Return-Path", "<bounces+2209183@em.pageuppeople.com>"),
               ("From", addr("Harbourside LHD Recruitment", "no-reply@pageuppeople.com")),
               ("Reply-To", addr("Harbourside LHD Recruitment", "no-reply@pageuppeople.com")),
               ("To", addr(USER_NAME, USER)),
               ("Subject", hdr(f"Interview invitation – {role} (REQ512398)")),
               ("Date", rfc(sent)), ("Message-ID", f"<{hx(cid, 20)}.88213407@pageuppeople.com>"),
               ("X-PageUp-Template", "INTERVIEW_BOOKED_CANDIDATE")]
    body = multi("mixed", "----=_Part_88213407_" + hx(cid + "m", 10), [
        alt("----=_Part_88213408_" + hx(cid + "a", 10), text, "quoted-printable", h),
        leaf('text/calendar; charset=utf-8; name="Interview.ics"', ics, "base64",
             ['Content-Disposition: attachment; filename="Interview.ics"']),
    ])
    add(cid, [("01-pageup-interview-booked.eml", message(headers, body))],
        [iv("Harbourside Local Health District", "Nurse Unit Manager Level 2 – 7 North Surgical", start, end,
            "scheduled", [], [coord[1]], "onsite")],
        "medium", "positive/ats-email-with-ics",
        "PageUp booking mail from no-reply with a UTC .ics (DTSTART 13 Apr 23:30Z = Tue 14 Apr 9:30am AEST, "
        "after DST ended 5 Apr). Three-person panel named without addresses -> onsite, no interviewer e-mails; "
        "follow-up goes to the coordinator whose address is given in the text (never no-reply).")


def case02():
    """Teams invite with 'AUS Eastern Standard Time' sent by an EA; 'UTC+10:00' label during AEDT."""
    cid = "b171-02-teams-aus-eastern-aedt-label"
    dom = "kurnellbay.health.example"
    ea = ("Jo Marchetti", f"jo.marchetti@{dom}")
    dah = ("Hamish Whitfield", f"hamish.whitfield@{dom}")
    sent = t(2026, 3, 19, 11, 5, SYD, "Thursday", 31)
    start = t(2026, 3, 24, 14, 0, SYD, "Tuesday")  # AEDT (+11)
    end = start + timedelta(minutes=45)
    role = "Allied Health Manager – Community Rehabilitation"
    teams, url = teams_block(cid)
    body = (f"Hi Tamsin,\n\nAs discussed on the phone this morning, Hamish Whitfield (Director of Allied Health) "
            f"would like to meet with you for an interview for the {role} position (REQ 4471).\n\n"
            f"It will be a one-on-one with Hamish over Teams and should run for about 45 minutes. I've sent "
            f"this invite on his behalf and won't be joining, but if anything changes please let me know "
            f"on (02) 9540 7712.\n\nKind regards,\n\nJo Marchetti\nExecutive Assistant to the Director of "
            f"Allied Health\nKurnell Bay Local Health District\n\nKurnell Bay LHD acknowledges the Traditional "
            f"Custodians of the lands where we work and live.")
    when = f"{start:%A}, {start.day} {start:%B} {start.year} {AMPM(start)}-{AMPM(end)} (UTC+10:00) Canberra, Melbourne, Sydney"
    summary = f"Interview – {role} – Tamsin Doyle"
    ics = exch_ics(method="REQUEST", tzid="AUS Eastern Standard Time", tzblock=TZ_AUS_EASTERN_WIN,
                   uid=exch_uid(cid), summary=summary, start=start, end=end, dtstamp=sent, seq=0,
                   organizer=ea, attendees=[(USER_NAME, USER, "REQ-PARTICIPANT", "NEEDS-ACTION"),
                                            (dah[0], dah[1], "REQ-PARTICIPANT", "NEEDS-ACTION")],
                   location="Microsoft Teams Meeting",
                   description=f"When: {when}.\nWhere: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\n{body}\n\n{teams}",
                   teams_url=url)
    msg = outlook_invite(seed=cid, sender=ea, to=[(USER_NAME, USER), dah], subject=summary, date=sent,
                         when=when + ".", where="Microsoft Teams Meeting", body=body, ics=ics, teams=teams)
    add(cid, [("01-invite-hiring-manager-teams.eml", msg)],
        [iv("Kurnell Bay Local Health District", role, start, end, "scheduled", [dah[1]], [dah[1]],
            "hiring_manager")],
        "medium", "positive/exchange-teams-windows-tz",
        "Exchange invite with TZID 'AUS Eastern Standard Time' and the static Outlook label '(UTC+10:00) "
        "Canberra, Melbourne, Sydney' although 24 March is still AEDT (+11). Organiser is an EA who does not "
        "attend; the Director of Allied Health conducts it.")


def case03():
    """Queensland phone screen: body gives Brisbane time plus the Sydney (AEDT) equivalent; Teams copy."""
    cid = "b171-03-qld-phone-screen-no-dst"
    dom = "moretoncoast.health.example"
    bree = ("Bree Halloran", f"bree.halloran@{dom}")
    sent = t(2026, 10, 12, 15, 2, BNE, "Monday", 44)
    start = t(2026, 10, 15, 9, 30, BNE, "Thursday")  # AEST +10, no DST in Queensland
    end = start + timedelta(minutes=30)
    syd = start.astimezone(SYD)
    assert ampm(syd) == "10:30am"
    role = "Nurse Unit Manager – Medical Assessment Unit (NG7)"
    text1 = (f"Hi Tamsin,\n\nThanks for your application for the {role} role at Moreton Coast Hospital and "
             f"Health Service – we'd love to have a chat.\n\nI've locked in a phone interview with you for "
             f"Thursday 15 October at {ampm(start)} Queensland time. Just a heads up that's {ampm(syd)} in "
             f"Sydney now that you're on daylight saving down there – it catches everyone out! It'll be me "
             f"calling, and it should take around 30 minutes. We'll cover your NUM experience, the MAU model "
             f"of care and your availability to relocate.\n\nI'll pop a Teams placeholder in your calendar "
             f"as well, but I'll ring you on 0412 555 019 rather than use the link.\n\nIf you progress, the "
             f"next step is a panel with the Nursing Director and Medical Director, followed by referee "
             f"checks.\n\nCheers,\nBree\n\nBree Halloran | Talent Acquisition Advisor\nPeople and Culture | "
             f"Moreton Coast Hospital and Health Service\nP 07 3120 4458 | E {bree[1]}")
    m1, mid1 = human_mail(seed=cid + "1", sender=bree, to=[(USER_NAME, USER)],
                          subject=f"Phone interview – {role}", date=sent, text=text1)
    sent2 = sent + timedelta(minutes=7, seconds=3)
    teams, url = teams_block(cid)
    body = (f"Hi Tamsin,\n\nCalendar placeholder for our phone interview – I'll call your mobile at "
            f"{ampm(start)} (Brisbane time).\n\nBree")
    when = f"{start:%A}, {start.day} {start:%B} {start.year} {AMPM(start)}-{AMPM(end)} (UTC+10:00) Brisbane"
    summary = "Phone interview – NUM MAU – Tamsin Doyle"
    ics = exch_ics(method="REQUEST", tzid="E. Australia Standard Time", tzblock=TZ_E_AUS_WIN, uid=exch_uid(cid),
                   summary=summary, start=start, end=end, dtstamp=sent2, seq=0, organizer=bree,
                   attendees=[(USER_NAME, USER, "REQ-PARTICIPANT", "NEEDS-ACTION")],
                   location="Phone call – Bree to call Tamsin (Teams link as backup)",
                   description=f"When: {when}.\n\n{body}\n\n{teams}", teams_url=url)
    m2 = outlook_invite(seed=cid + "2", sender=bree, to=[(USER_NAME, USER)], subject=summary, date=sent2,
                        when=when + ".", where="Phone call – Bree to call Tamsin (Teams link as backup)",
                        body=body, ics=ics, teams=teams)
    add(cid, [("01-bree-phone-interview.eml", m1), ("02-teams-placeholder.eml", m2)],
        [iv("Moreton Coast Hospital and Health Service", role, start, end, "scheduled", [bree[1]], [bree[1]],
            "phone_screen")],
        "hard", "positive/queensland-no-dst",
        "Brisbane has no DST: 9:30am AEST (+10) = 10:30am AEDT in Sydney, both stated. E-mail and Teams "
        "placeholder (TZID 'E. Australia Standard Time') are the same interview. Recruiter conducts the screen.")


def case04():
    """Employment Hero interview invitation for a Perth role (AWST) with an .ics attachment."""
    cid = "b171-04-employment-hero-perth-awst"
    dom = "swanriverhealth.example"
    grace = ("Grace Liu", f"grace.liu@{dom}")
    sent = t(2026, 4, 30, 10, 14, PER, "Thursday", 7)
    start = t(2026, 5, 6, 11, 0, PER, "Wednesday")  # AWST +8
    end = start + timedelta(minutes=45)
    syd = start.astimezone(SYD)
    assert ampm(syd) == "1:00pm"
    role = "Allied Health Team Leader – Physiotherapy"
    text = (f"Hi Tamsin,\n\nSwan River Health has invited you to an interview for the {role} role.\n\n"
            f"INTERVIEW DETAILS\n"
            f"Date: {start:%A}, {start.day} {start:%B} {start.year}\n"
            f"Time: {AMPM(start)} – {AMPM(end)} AWST (Perth time) – that's {AMPM(syd)} AEST in Sydney\n"
            f"Type: Video interview (Microsoft Teams)\n"
            f"Interviewer: Grace Liu, Head of Allied Health\n\n"
            f"Message from Swan River Health:\n"
            f"\"Hi Tamsin, thanks for applying – I really enjoyed reading about your work setting up the "
            f"sub-acute rehab pathway. This is a conversation with me about the role and the team; we'll send "
            f"a Teams link the day before. If you need to move the time, email me directly on {grace[1]}. – Grace\"\n\n"
            f"Add to calendar: an invitation file (interview.ics) is attached.\n\n"
            f"View your application: https://app.employmenthero.com/candidate/applications/7f3a2c91\n\n"
            f"Good luck!\nThe Employment Hero team\n\n"
            f"You received this email because you applied for a job via Employment Hero Careers. "
            f"Employment Hero Pty Ltd, Level 2, 383 Kent Street, Sydney NSW 2000.")
    ics = ics_text((["BEGIN:VCALENDAR", "PRODID:-//Employment Hero//Hiring//EN", "VERSION:2.0",
                                   "CALSCALE:GREGORIAN", "METHOD:REQUEST"] + TZ_PERTH + [
        "BEGIN:VEVENT", f"UID:eh-interview-{hx(cid, 16)}@employmenthero.com", f"DTSTAMP:{zstamp(sent)}",
        f"DTSTART;TZID=Australia/Perth:{lstamp(start)}", f"DTEND;TZID=Australia/Perth:{lstamp(end)}",
        f"SUMMARY:{esc('Interview: ' + role + ' – Swan River Health')}",
        "DESCRIPTION:" + esc(f"Video interview with Grace Liu (Head of Allied Health). Teams link to follow."),
        "LOCATION:Video call (Microsoft Teams)",
        "ORGANIZER;CN=Swan River Health:mailto:no-reply@employmenthero.com",
        f"ATTENDEE;CN={grace[0]};ROLE=CHAIR;PARTSTAT=ACCEPTED:mailto:{grace[1]}",
        f"ATTENDEE;CN={USER_NAME};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{USER}",
        "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"]))
    headers = [("Delivered-To", USER), ("Received", received("o3.em.employmenthero.com", "167.89.46.10", sent, cid)),
               ("Return-Path", "<bounces+1840021-5d1a@em.employmenthero.com>"),
               ("From", addr("Swan River Health via Employment Hero", "no-reply@employmenthero.com")),
               ("To", USER), ("Subject", hdr(f"You're invited to interview: {role} at Swan River Health")),
               ("Date", rfc(as_utc(sent))), ("Message-ID", f"<{hx(cid, 22)}@geopod-ismtpd-7.employmenthero.com>")]
    body = multi("mixed", hx(cid + "mx", 40), [
        alt(hx(cid + "al", 40), text, "quoted-printable"),
        leaf('text/calendar; charset=UTF-8; method=REQUEST; name="interview.ics"', ics, "base64",
             ['Content-Disposition: attachment; filename="interview.ics"']),
    ])
    add(cid, [("01-employment-hero-interview-invite.eml", message(headers, body))],
        [iv("Swan River Health", role, start, end, "scheduled", [grace[1]], [grace[1]], "hiring_manager")],
        "medium", "positive/ats-email-with-ics",
        "Perth role: 11:00 AWST (+08:00) with a Sydney equivalent in the text; Date header in UTC. ICS organiser "
        "is no-reply@employmenthero.com; the Head of Allied Health (CHAIR attendee) conducts it.")


def case05():
    """Workday scheduled then rescheduled across the 5 April DST change; DD/MM/YYYY dates."""
    cid = "b171-05-workday-reschedule-across-dst"
    dom = "kurrajonghealth.example"
    wd_from = ("Kurrajong Health Careers", "kurrajonghealth@myworkday.com")
    sophie = ("Sophie Brennan", f"sophie.brennan@{dom}")
    role = "Allied Health Manager – Kurrajong Private North Shore"
    s1 = t(2026, 3, 27, 10, 31, SYD, "Friday", 12)
    st1 = t(2026, 4, 2, 15, 0, SYD, "Thursday")  # AEDT +11
    s2 = t(2026, 4, 1, 17, 48, SYD, "Wednesday", 40)
    st2 = t(2026, 4, 7, 15, 0, SYD, "Tuesday")  # AEST +10
    assert st1.utcoffset() == timedelta(hours=11) and st2.utcoffset() == timedelta(hours=10)
    uid = f"WD-INTERVIEW-{hx(cid, 12).upper()}@myworkday.com"
    files = []
    for n, (sent, st, seq) in enumerate([(s1, st1, 0), (s2, st2, 1)], 1):
        en = st + timedelta(hours=1)
        if seq == 0:
            subj = f"Interview Scheduled: {role} (JR-26-00871)"
            intro = "Your interview has been scheduled. Please review the details below."
            extra = ""
        else:
            subj = f"Interview Rescheduled: {role} (JR-26-00871)"
            intro = ("Your interview has been rescheduled. The previous time (Thursday, 02/04/2026 3:00 PM AEDT) "
                     "is no longer valid. Please review the updated details below.")
            extra = ("\nPlease note daylight saving time ends on Sunday 5 April, so the new time is in "
                     "Australian Eastern Standard Time (AEST).\n")
        text = (f"Hi Tamsin,\n\n{intro}\n\n"
                f"Job Requisition: JR-26-00871 {role}\n"
                f"Interview Type: Panel Interview (in person)\n"
                f"Date: {st:%A}, {st:%d/%m/%Y}\n"
                f"Time: {AMPM(st)} - {AMPM(en)} {st.tzname()} (Australia/Sydney)\n"
                f"Location: Kurrajong Private North Shore, Level 2 Boardroom, 14 Wyndham Avenue, St Leonards NSW 2065\n"
                f"Interview Panel: Ingrid Solberg (Chief Operating Officer); Tom Adeyemi (General Manager, "
                f"Kurrajong Private North Shore)\n{extra}\n"
                f"If you have any questions, please contact your recruiter, {sophie[0]} (Talent Partner), at "
                f"{sophie[1]}.\n\n"
                f"To view this interview in Workday, sign in to the Kurrajong Health Careers site:\n"
                f"https://wd3.myworkdaysite.com/recruiting/kurrajonghealth/Careers/userHome\n\n"
                f"This is a system-generated email from Workday. Please do not reply.")
        ics = ics_text(["BEGIN:VCALENDAR", "PRODID:-//Workday Inc//Workday Recruiting//EN", "VERSION:2.0",
                        "METHOD:REQUEST", "BEGIN:VEVENT", f"UID:{uid}", f"SEQUENCE:{seq}",
                        f"DTSTAMP:{zstamp(sent)}", f"DTSTART:{zstamp(st)}", f"DTEND:{zstamp(en)}",
                        f"SUMMARY:{esc('Panel Interview: ' + role)}",
                        "LOCATION:" + esc("Kurrajong Private North Shore, Level 2 Boardroom, 14 Wyndham Avenue, St Leonards NSW 2065"),
                        "DESCRIPTION:" + esc("Panel: Ingrid Solberg (Chief Operating Officer); Tom Adeyemi (General Manager). "
                                             "Questions: " + sophie[1]),
                        f"ORGANIZER;CN={wd_from[0]}:mailto:{wd_from[1]}",
                        f"ATTENDEE;CN={USER_NAME};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{USER}",
                        "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
        headers = [("Delivered-To", USER), ("Received", received("mail-ap2.myworkday.com", "54.206.33.71", sent, cid + str(n))),
                   ("Return-Path", f"<{wd_from[1]}>"), ("From", addr(*wd_from)), ("To", USER),
                   ("Subject", hdr(subj)), ("Date", rfc(as_utc(sent))),
                   ("Message-ID", f"<{hx(cid + str(n), 12)}.{int(hx(cid + str(n), 8), 16)}.JavaMail.wdprod@wd3-impl-ap.myworkday.com>"),
                   ("X-Workday-Tenant", "kurrajonghealth")]
        body = multi("mixed", "----=_Part_" + str(int(hx(cid + "p" + str(n), 6), 16)) + "_" + hx(cid + str(n), 8), [
            alt("----=_Part_" + str(int(hx(cid + "q" + str(n), 6), 16)) + "_" + hx(cid + "q" + str(n), 8), text),
            leaf('text/calendar; charset=UTF-8; method=REQUEST; name="invite.ics"', ics, "base64",
                 ['Content-Disposition: attachment; filename="invite.ics"']),
        ])
        files.append((f"0{n}-workday-interview-{'scheduled' if seq == 0 else 'rescheduled'}.eml",
                      message(headers, body)))
    add(cid, files,
        [iv("Kurrajong Health", role, st2, st2 + timedelta(hours=1), "scheduled", [], [sophie[1]], "onsite")],
        "hard", "positive/reschedule",
        "Workday panel moved from Thu 02/04/2026 3pm AEDT (+11) to Tue 07/04/2026 3pm AEST (+10) across the "
        "5 April DST change; DD/MM dates; same ICS UID with SEQUENCE 1. Panel members named without "
        "addresses; follow-up to the recruiter named in the text, not the Workday sender.")


def case06():
    """Exchange REQUEST then CANCEL (position put on hold)."""
    cid = "b171-06-teams-request-then-cancel"
    dom = "riverstonevalley.health.example"
    nat = ("Natalie Greaves", f"natalie.greaves@{dom}")
    ken = ("Ken Watanabe", f"ken.watanabe@{dom}")
    role = "Clinical Nurse Consultant – Wound Management"
    s1 = t(2026, 6, 5, 9, 40, SYD, "Friday", 18)
    start = t(2026, 6, 18, 10, 0, SYD, "Thursday")
    end = start + timedelta(minutes=45)
    s2 = t(2026, 6, 16, 13, 12, SYD, "Tuesday", 5)
    teams, url = teams_block(cid)
    when = f"{start:%A}, {start.day} {start:%B} {start.year} {AMPM(start)}-{AMPM(end)} (UTC+10:00) Canberra, Melbourne, Sydney"
    uid = exch_uid(cid)
    atts = [(USER_NAME, USER, "REQ-PARTICIPANT", "NEEDS-ACTION"), (ken[0], ken[1], "REQ-PARTICIPANT", "ACCEPTED")]
    body1 = (f"Hi Tamsin,\n\nThank you for your application for the {role} position. Ken Watanabe (CNC "
             f"Stomal Therapy) and I would like to invite you to an interview via Teams.\n\nThe interview will "
             f"include a short clinical scenario, so have a think about a complex wound you have managed. "
             f"Please allow 45 minutes.\n\nKind regards,\nNatalie\n\nNatalie Greaves\nNurse Manager – Clinical "
             f"Practice\nRiverstone Valley Local Health District")
    summary = f"Interview – CNC Wound Management – {USER_NAME}"
    ics1 = exch_ics(method="REQUEST", tzid="AUS Eastern Standard Time", tzblock=TZ_AUS_EASTERN_WIN, uid=uid,
                    summary=summary, start=start, end=end, dtstamp=s1, seq=0, organizer=nat, attendees=atts,
                    location="Microsoft Teams Meeting",
                    description=f"{body1}\n\n{teams}", teams_url=url)
    m1 = outlook_invite(seed=cid + "1", sender=nat, to=[(USER_NAME, USER), ken], subject=summary, date=s1,
                        when=when + ".", where="Microsoft Teams Meeting", body=body1, ics=ics1, teams=teams)
    body2 = (f"Hi Tamsin,\n\nI'm really sorry for the late notice, but the {role} position has been put on "
             f"hold pending a service review, so we need to cancel Thursday's interview. We'll be in touch if "
             f"the role is re-advertised.\n\nKind regards,\nNatalie")
    ics2 = exch_ics(method="CANCEL", tzid="AUS Eastern Standard Time", tzblock=TZ_AUS_EASTERN_WIN, uid=uid,
                    summary="Canceled: " + summary, start=start, end=end, dtstamp=s2, seq=1, organizer=nat,
                    attendees=atts, location="Microsoft Teams Meeting", description=body2, status="CANCELLED")
    m2 = outlook_invite(seed=cid + "2", sender=nat, to=[(USER_NAME, USER), ken], subject="Canceled: " + summary,
                        date=s2, when=when + ".", where="Microsoft Teams Meeting", body=body2, ics=ics2,
                        method="CANCEL")
    add(cid, [("01-invite-cnc-interview.eml", m1), ("02-canceled-cnc-interview.eml", m2)],
        [iv("Riverstone Valley Local Health District", role, start, end, "cancelled", [nat[1], ken[1]],
            [nat[1], ken[1]], "onsite")],
        "easy", "positive/cancellation",
        "Two-person Teams interview (organiser + CNC both interview -> onsite); later METHOD:CANCEL / "
        "STATUS:CANCELLED with SEQUENCE 1. Kept with status cancelled at its last time.")


def case07():
    """Thread: recruiter phone screen 'tomorrow at 10' + separate panel invite -> two interviews."""
    cid = "b171-07-phone-screen-then-panel-two"
    dom = "ironbarkprivate.example"
    callum = ("Callum Reid", f"callum.reid@{dom}")
    hayley = ("Hayley Ng", f"hayley.ng@{dom}")
    geo = ("Georgina Pryce", f"georgina.pryce@{dom}")
    sam = ("Sam Okonkwo", f"sam.okonkwo@{dom}")
    role = "Nurse Unit Manager – Day Surgery"
    s1 = t(2026, 2, 9, 16, 40, SYD, "Monday", 2)
    tamsin_sent = t(2026, 2, 9, 18, 3, SYD, "Monday")
    s2 = t(2026, 2, 9, 18, 20, SYD, "Monday", 51)
    ps = t(2026, 2, 10, 10, 0, SYD, "Tuesday")  # "tomorrow at 10" from Monday 9 Feb (AEDT)
    subj = f"{role} – Ironbark Private Chatswood"
    text1 = (f"Hi Tamsin,\n\nThanks for applying for the {role} role at Ironbark Private Chatswood via SEEK. "
             f"I'm the Talent Acquisition Partner looking after the role.\n\nAre you free for a quick phone "
             f"screen tomorrow at 10am? It'll take about 15 minutes – mainly your experience, notice period and "
             f"salary expectations.\n\nThanks,\nCallum\n\nCallum Reid\nTalent Acquisition Partner | Ironbark "
             f"Private Hospitals\nM 0433 555 207")
    m1, mid1 = human_mail(seed=cid + "1", sender=callum, to=[(USER_NAME, USER)], subject=subj, date=s1, text=text1)
    tamsin_text = "Hi Callum,\n\nTomorrow at 10 works well. Best number is 0412 555 019.\n\nThanks,\nTamsin"
    text2 = (f"Perfect – I'll call you at 10am tomorrow (Tuesday).\n\nCallum\n\n"
             + outlook_quote(tamsin_text, (USER_NAME, USER), tamsin_sent, callum, "Re: " + subj) + "\n\n"
             + outlook_quote(text1, callum, s1, (USER_NAME, USER), subj))
    tamsin_mid = f"<CAK{hx(cid + 'tm', 10).upper()}+{hx(cid + 'tm2', 20)}@mail.example.com>"
    m2, mid2 = human_mail(seed=cid + "2", sender=callum, to=[(USER_NAME, USER)], subject="RE: " + subj, date=s2,
                          text=text2, in_reply_to=tamsin_mid, references=(mid1, tamsin_mid))
    s3 = t(2026, 2, 11, 12, 15, SYD, "Wednesday", 30)
    pst = t(2026, 2, 16, 13, 30, SYD, "Monday")
    pen = pst + timedelta(hours=1)
    body3 = (f"Hi Tamsin,\n\nFollowing your conversation with Callum, we'd like to invite you to a panel "
             f"interview for the {role} position.\n\nYour panel will be Georgina Pryce (Director of Clinical "
             f"Services) and Sam Okonkwo (Perioperative Services Manager). I'll meet you at main reception and "
             f"bring you up, but I won't be on the panel.\n\nParking is available in the visitor car park off "
             f"Help Street (the first hour is free).\n\nKind regards,\nHayley Ng\nHR Coordinator | Ironbark "
             f"Private Chatswood")
    when = f"{pst:%A}, {pst.day} {pst:%B} {pst.year} {AMPM(pst)}-{AMPM(pen)} (UTC+10:00) Canberra, Melbourne, Sydney"
    where = "Ironbark Private Chatswood – Level 1 Meeting Room 3"
    summary = f"Panel interview – {role} – Tamsin Doyle"
    ics = exch_ics(method="REQUEST", tzid="AUS Eastern Standard Time", tzblock=TZ_AUS_EASTERN_WIN,
                   uid=exch_uid(cid), summary=summary, start=pst, end=pen, dtstamp=s3, seq=0, organizer=hayley,
                   attendees=[(USER_NAME, USER, "REQ-PARTICIPANT", "NEEDS-ACTION"),
                              (geo[0], geo[1], "REQ-PARTICIPANT", "ACCEPTED"),
                              (sam[0], sam[1], "REQ-PARTICIPANT", "TENTATIVE")],
                   location=where, description=body3)
    m3 = outlook_invite(seed=cid + "3", sender=hayley, to=[(USER_NAME, USER), geo, sam], subject=summary, date=s3,
                        when=when + ".", where=where, body=body3, ics=ics)
    add(cid, [("01-callum-phone-screen.eml", m1), ("02-callum-confirms-tomorrow.eml", m2),
              ("03-panel-interview-invite.eml", m3)],
        [iv("Ironbark Private Hospitals", role, ps, ps + timedelta(minutes=15), "scheduled", [callum[1]],
            [callum[1]], "phone_screen"),
         iv("Ironbark Private Hospitals", role, pst, pen, "scheduled", [geo[1], sam[1]], [geo[1], sam[1]], "onsite")],
        "hard", "positive/two-interviews",
        "Phone screen 'tomorrow at 10' resolved against Monday 9 Feb (AEDT) -> Tue 10 Feb 10:00+11:00, about "
        "15 minutes, recruiter conducts. Separate in-person panel invite from an HR coordinator who is not on "
        "the panel (Mon 16 Feb 1:30pm AEDT; Outlook label says UTC+10:00).")


def case08():
    """Melbourne thread: manager proposes Thursday arvo / Friday 9:30, candidate picks Friday."""
    cid = "b171-08-melbourne-thread-friday-930"
    dom = "yarrabend.health.example"
    fiona = ("Fiona McAllister", f"fiona.mcallister@{dom}")
    role = "Allied Health Manager – Sub-acute and Aged Care"
    s1 = t(2026, 2, 18, 9, 12, MEL, "Wednesday", 26)
    tamsin_sent = t(2026, 2, 18, 12, 47, MEL, "Wednesday")
    s2 = t(2026, 2, 18, 14, 30, MEL, "Wednesday", 9)
    start = t(2026, 2, 20, 9, 30, MEL, "Friday")  # AEDT +11
    end = start + timedelta(minutes=45)
    t(2026, 2, 19, tz=MEL, wd="Thursday")
    subj = f"{role} – next steps"
    sig = ("Fiona McAllister\nDirector of Allied Health\nYarra Bend Health | Kew Campus\n"
           f"T 03 9853 2210 | {fiona[1]}")
    text1 = (f"Hi Tamsin,\n\nThanks so much for your application for the {role} position – your background "
             f"across nursing and allied health leadership is exactly the mix we've been hoping for.\n\n"
             f"I'd love to meet you as the next step. It'd be an interview with me at our Kew campus, fairly "
             f"informal, about 45 minutes. Would Thursday arvo at 2pm or Friday at 9:30am suit?\n\n"
             f"Warm regards,\n{sig}")
    m1, mid1 = human_mail(seed=cid + "1", sender=fiona, to=[(USER_NAME, USER)], subject=subj, date=s1, text=text1,
                          client="apple")
    tamsin_text = ("Hi Fiona,\n\nThank you – Friday at 9:30 would be perfect. Looking forward to it.\n\n"
                   "Kind regards,\nTamsin")
    text2 = (f"Wonderful – Friday at 9:30 it is. Come to the main reception at the Kew campus and ask for me; "
             f"the Allied Health offices are on Level 3.\n\nSee you then,\nFiona\n\n{sig}\n\n"
             + quote(tamsin_text + "\n\n" + quote(text1, f"On {s1.day} {s1:%b} {s1.year}, at {s1:%H:%M}, {fiona[0]} "
                                                        f"<{fiona[1]}> wrote:"),
                     f"On {tamsin_sent.day} {tamsin_sent:%b} {tamsin_sent.year}, at {tamsin_sent:%H:%M}, "
                     f"{USER_NAME} <{USER}> wrote:"))
    tamsin_mid = f"<CAK{hx(cid + 'tm', 10).upper()}+{hx(cid + 'tm2', 20)}@mail.example.com>"
    m2, _ = human_mail(seed=cid + "2", sender=fiona, to=[(USER_NAME, USER)], subject="Re: " + subj, date=s2,
                       text=text2, in_reply_to=tamsin_mid, references=(mid1, tamsin_mid), client="apple")
    add(cid, [("01-fiona-proposes-times.eml", m1), ("02-fiona-confirms-friday.eml", m2)],
        [iv("Yarra Bend Health", role, start, end, "scheduled", [fiona[1]], [fiona[1]], "hiring_manager")],
        "medium", "positive/thread-propose-confirm",
        "Two options proposed (Thursday 2pm, Friday 9:30am); candidate picks Friday; 'Friday' resolved against "
        "Wed 18 Feb -> Fri 20 Feb 9:30 AEDT (+11), 45 minutes. Thursday option must not be reported.")


def case09():
    """Same-day onsite at an LHD sent as an itinerary + two Google invites (UTC DTSTARTs)."""
    cid = "b171-09-onsite-day-two-google-invites"
    dom = "pittwatercoast.health.example"
    renata = ("Renata Silva", f"renata.silva@{dom}")
    aaron = ("Aaron Feld", f"aaron.feld@{dom}")
    kirsty = ("Kirsty Lam", f"kirsty.lam@{dom}")
    helen = ("Helen Atkinson", f"helen.atkinson@{dom}")
    role = "Nurse Manager – Emergency and Critical Care"
    s0 = t(2026, 11, 5, 10, 2, SYD, "Thursday", 40)
    a1 = t(2026, 11, 11, 9, 30, SYD, "Wednesday")  # AEDT
    a2 = a1 + timedelta(hours=1)
    b1 = t(2026, 11, 11, 13, 0, SYD, "Wednesday")
    b2 = b1 + timedelta(minutes=30)
    assert zstamp(a1) == "20261110T223000Z"
    text = (f"Hi Tamsin,\n\nGreat news – you've been shortlisted for the {role} position at Pittwater Coast "
            f"Local Health District. Here is the plan for your interview day on {dlong(a1)}:\n\n"
            f"  {ampm(a1)} – {ampm(a2)}  Panel interview – Dr Aaron Feld (Director of Emergency Medicine) and "
            f"Kirsty Lam (Director of Nursing and Midwifery)\n"
            f"  {ampm(a2)} – {ampm(b1)}  Break – you're welcome to grab lunch at the Level 1 café\n"
            f"  {ampm(b1)} – {ampm(b2)}  Meet the Executive Director of Nursing, Helen Atkinson\n\n"
            f"All sessions are at Pittwater Coast Hospital, Administration Building, Level 2. I'll send two "
            f"calendar invites shortly.\n\nIf you're successful we'll move to referee checks the following week.\n\n"
            f"Kind regards,\nRenata\n\nRenata Silva\nRecruitment Coordinator | Pittwater Coast LHD\nP (02) 9976 8801")
    m0, _ = human_mail(seed=cid + "0", sender=renata, to=[(USER_NAME, USER)],
                       subject=f"Interview day – {role} – {dlong(a1)}", date=s0, text=text, client="gmail",
                       cte="base64")
    loc = "Pittwater Coast Hospital, Administration Building, Level 2, 1 Pittwater Road, Mona Vale NSW 2103"
    g1 = google_invite(seed=cid + "g1", org=renata,
                       guests=[renata + ("ACCEPTED",), aaron + ("ACCEPTED",), kirsty + ("NEEDS-ACTION",),
                               (USER_NAME, USER, "NEEDS-ACTION")],
                       summary=f"Panel interview – {role} – Tamsin Doyle", start=a1, end=a2,
                       date=s0 + timedelta(minutes=9), created=s0 + timedelta(minutes=8), location=loc,
                       description="Panel: Dr Aaron Feld and Kirsty Lam. Renata will meet you in the Level 2 foyer.")
    g2 = google_invite(seed=cid + "g2", org=renata,
                       guests=[renata + ("ACCEPTED",), helen + ("ACCEPTED",), (USER_NAME, USER, "NEEDS-ACTION")],
                       summary=f"Meet Helen Atkinson (ED Nursing) – {role} interview", start=b1, end=b2,
                       date=s0 + timedelta(minutes=11), created=s0 + timedelta(minutes=10), location=loc,
                       description="Final conversation with Helen Atkinson, Executive Director of Nursing, as part of your interview day.")
    add(cid, [("01-renata-interview-day-plan.eml", m0), ("02-invitation-panel.eml", g1),
              ("03-invitation-meet-ed-nursing.eml", g2)],
        [iv("Pittwater Coast Local Health District", role, a1, b2, "scheduled",
            [aaron[1], kirsty[1], helen[1]], [aaron[1], kirsty[1], helen[1]], "onsite")],
        "hard", "positive/onsite-loop",
        "One interview day with a lunch break sent as an itinerary plus two Google invites (DTSTART in UTC, "
        "10 Nov 22:30Z = Wed 11 Nov 9:30am AEDT) -> ONE onsite 9:30-13:30 with all three interviewers; the "
        "coordinator only schedules.")


def gcal_event(*, eid, summary, description, start, end, tz, organizer, attendees, created, updated, seq=0,
               location=None):
    ev = {"kind": "calendar#event", "etag": f"\"{int(hx(eid + updated.isoformat(), 12), 16)}\"", "id": eid,
          "status": "confirmed",
          "htmlLink": "https://www.google.com/calendar/event?eid="
                      + base64.b64encode(f"{eid} {USER}".encode()).decode().rstrip("="),
          "created": as_utc(created).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
          "updated": as_utc(updated).strftime("%Y-%m-%dT%H:%M:%S.") + f"{int(hx(eid, 3), 16) % 1000:03d}Z",
          "summary": summary, "description": description}
    if location:
        ev["location"] = location
    ev.update({"creator": {"email": organizer[1], "displayName": organizer[0]},
               "organizer": {"email": organizer[1], "displayName": organizer[0]},
               "start": {"dateTime": start.isoformat(), "timeZone": tz},
               "end": {"dateTime": end.isoformat(), "timeZone": tz},
               "iCalUID": f"{eid}@google.com", "sequence": seq, "attendees": attendees,
               "reminders": {"useDefault": True}, "eventType": "default"})
    return (json.dumps(ev, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def case10():
    """Calendar API: event, then deleted (only id/status), then re-booked as a NEW event."""
    cid = "b171-10-gcal-deleted-then-rebooked"
    dom = "banksiaridge.example"
    tess = ("Tess Morgan", f"tess.morgan@{dom}")
    omar = ("Omar Haddad", f"omar.haddad@{dom}")
    role = "Physiotherapy Manager"
    a = t(2026, 7, 28, 13, 0, MEL, "Tuesday")
    b = t(2026, 8, 7, 11, 0, MEL, "Friday")
    att = [{"email": tess[1], "displayName": tess[0], "organizer": True, "responseStatus": "accepted"},
           {"email": omar[1], "displayName": omar[0], "responseStatus": "accepted"},
           {"email": USER, "self": True, "responseStatus": "accepted"}]
    e1 = "5mq2v8k0tbd3hnu1r7c4eaxl9s"
    e2 = "1c7ghs0p4vf2k9wq6njt3ymdbe"
    f1 = gcal_event(eid=e1, summary=f"Interview: {role} – Tamsin Doyle",
                    description=("Interview with Dr Omar Haddad, Director of Allied Health, for the Physiotherapy "
                                 "Manager role at Banksia Ridge Rehabilitation. Tess (EA) is coordinating and will "
                                 "not attend. Meet at Hawthorn campus reception."),
                    start=a, end=a + timedelta(minutes=45), tz="Australia/Melbourne", organizer=tess, attendees=att,
                    created=t(2026, 7, 20, 9, 5, MEL), updated=t(2026, 7, 21, 8, 40, MEL),
                    location="Banksia Ridge Rehabilitation, 61 Burwood Road, Hawthorn VIC 3122")
    f2 = (json.dumps({"kind": "calendar#event", "etag": "\"3551204877016000\"", "id": e1, "status": "cancelled"},
                     indent=2) + "\n").encode()
    f3 = gcal_event(eid=e2, summary=f"Interview (re-booked): {role} – Tamsin Doyle",
                    description=("Re-booked interview with Dr Omar Haddad (Director of Allied Health). Apologies "
                                 "again for cancelling on 28 July – Omar was called away at short notice."),
                    start=b, end=b + timedelta(minutes=45), tz="Australia/Melbourne", organizer=tess, attendees=att,
                    created=t(2026, 7, 28, 11, 2, MEL), updated=t(2026, 7, 28, 11, 6, MEL),
                    location="Banksia Ridge Rehabilitation, 61 Burwood Road, Hawthorn VIC 3122")
    add(cid, [("01-interview-event.gcal.json", f1), ("02-interview-event-deleted.gcal.json", f2),
              ("03-interview-rebooked.gcal.json", f3)],
        [iv("Banksia Ridge Rehabilitation", role, a, a + timedelta(minutes=45), "cancelled", [omar[1]], [omar[1]],
            "hiring_manager"),
         iv("Banksia Ridge Rehabilitation", role, b, b + timedelta(minutes=45), "scheduled", [omar[1]], [omar[1]],
            "hiring_manager")],
        "hard", "positive/gcal-cancel-rebook",
        "Calendar API items only: event, the same id deleted (status cancelled, no times), then a NEW event id "
        "re-booking it -> two entries (cancelled 28 Jul 13:00+10:00, scheduled 7 Aug 11:00+10:00). EA organiser "
        "does not attend.")


def case11():
    """Recruiter e-mail (base64, 'Thursday at 2pm') + Google invite for the same clinical interview."""
    cid = "b171-11-email-plus-google-invite-dedupe"
    dom = "wattlegrove.example"
    aisha = ("Aisha Karim", f"aisha.karim@{dom}")
    mark = ("Mark Donnelly", f"mark.donnelly@{dom}")
    role = "Clinical Nurse Educator – Perioperative Services"
    s1 = t(2026, 5, 18, 11, 40, SYD, "Monday", 3)
    start = t(2026, 5, 21, 14, 0, SYD, "Thursday")
    end = start + timedelta(hours=1)
    text = (f"Hi Tamsin,\n\nGreat to speak with you on Friday. As promised, you're booked in for a clinical "
            f"interview for the {role} role this Thursday at 2pm with Mark Donnelly, our Nurse Educator "
            f"Manager. It's about an hour and will include a couple of scenario-based questions (e.g. a "
            f"new graduate struggling with a surgical count) – nothing you need to prepare.\n\n"
            f"I'll send a calendar invite through separately. After the interview we'll kick off referee "
            f"checks, so please have two referees ready, one of whom is a current or recent line manager.\n\n"
            f"Kind regards,\nAisha\n\nAisha Karim\nSenior Recruiter | Wattle Grove Private Hospital\n"
            f"M 0421 555 630\n\nSent from Outlook for iOS")
    m1, _ = human_mail(seed=cid + "1", sender=aisha, to=[(USER_NAME, USER)],
                       subject=f"Interview confirmation – {role}", date=s1, text=text, cte="base64")
    g = google_invite(seed=cid + "g", org=aisha,
                      guests=[aisha + ("ACCEPTED",), mark + ("ACCEPTED",), (USER_NAME, USER, "NEEDS-ACTION")],
                      summary=f"Clinical interview: {role} (Tamsin Doyle)", start=start, end=end,
                      date=s1 + timedelta(minutes=22), created=s1 + timedelta(minutes=21),
                      location="Wattle Grove Private Hospital, Education Centre Room 2, 9 Pacific Highway, Wahroonga NSW 2076",
                      description="Clinical interview with Mark Donnelly (Nurse Educator Manager). Aisha will meet you at reception.")
    add(cid, [("01-aisha-interview-confirmation.eml", m1), ("02-invitation-clinical-interview.eml", g)],
        [iv("Wattle Grove Private Hospital", role, start, end, "scheduled", [mark[1]], [mark[1]], "technical")],
        "medium", "positive/dedupe",
        "Recruiter e-mail ('this Thursday at 2pm', base64 body, sent Mon 18 May) and a Google invite (04:00Z) "
        "are the same interview -> ONE. Recruiter organises; the Nurse Educator Manager conducts it.")


def case12():
    """SEEK employer message: 'tomorrow (Friday) at 11:30am', Date header in UTC on the previous day."""
    cid = "b171-12-seek-message-phone-screen"
    dom = "saltbushcare.example"
    jess = ("Jess Parkinson", f"jess.parkinson@{dom}")
    role = "Residential Care Manager (RN)"
    sent = datetime(2026, 6, 3, 22, 15, 40, tzinfo=UTC)  # = Thu 4 Jun 08:15 AEST
    assert sent.astimezone(SYD).strftime("%A %H:%M") == "Thursday 08:15"
    start = t(2026, 6, 5, 11, 30, SYD, "Friday")
    end = start + timedelta(minutes=20)
    text = (f"Saltbush Aged Care sent you a message\n\nRole: {role}\nLocation: Sutherland, Sydney NSW\n"
            f"Job reference: 84211907\n\n"
            f"----------------------------------------\n"
            f"Hi Tamsin,\n\nThanks for applying for our {role} position at Saltbush Gymea Bay. I'd like to have "
            f"a quick chat with you to learn more about your experience and what you're looking for.\n\n"
            f"I'll give you a ring tomorrow (Friday) at 11:30am for a 20-minute phone screen, on the mobile "
            f"number in your SEEK profile. If that time doesn't suit, just email me at {jess[1]} and we'll "
            f"find another time.\n\nKind regards,\nJess Parkinson\nPeople & Culture Advisor, Saltbush Aged Care\n"
            f"----------------------------------------\n\n"
            f"Reply on SEEK: https://www.seek.com.au/my-activity/messages/8f12c0d4-5a2e\n\n"
            f"Keep your communication on SEEK. SEEK will never ask you to pay to apply for a job or to share "
            f"your banking details.\n\nSEEK Limited, 60 Cremorne Street, Cremorne VIC 3121\n"
            f"Unsubscribe: https://www.seek.com.au/settings/notifications")
    headers = [("Delivered-To", USER), ("Received", received("mail-out-syd.seek.com.au", "203.35.82.140", sent, cid)),
               ("Return-Path", "<bounce-84211907@notifications.seek.com.au>"),
               ("From", addr("SEEK", "noreply@seek.com.au")), ("To", addr(USER_NAME, USER)),
               ("Subject", hdr(f"New message from Saltbush Aged Care about {role}")),
               ("Date", rfc(sent)), ("Message-ID", f"<0108018f{hx(cid, 24)}-000000@ap-southeast-2.amazonses.com>"),
               ("List-Unsubscribe", "<https://www.seek.com.au/settings/notifications>")]
    body = alt("_----------=_" + hx(cid + "b", 20), text)
    add(cid, [("01-seek-employer-message.eml", message(headers, body))],
        [iv("Saltbush Aged Care", role, start, end, "scheduled", [jess[1]], [jess[1]], "phone_screen")],
        "hard", "positive/email-body-only",
        "Booked phone screen relayed by SEEK. Date header is Wed 3 Jun 22:15 UTC = Thu 4 Jun 8:15am AEST, and "
        "'tomorrow (Friday) at 11:30am' -> Fri 5 Jun 11:30+10:00 (20 min). The recruiter phones -> interviewer; "
        "follow-up to her address in the text, not noreply@seek.com.au.")


def apple_ics(*, uid, seq, stamp, created, start, end, organizer, summary, description, location):
    return ics_text([
        "BEGIN:VCALENDAR", "METHOD:REQUEST", "VERSION:2.0", "PRODID:-//Apple Inc.//macOS 15.4//EN",
        "CALSCALE:GREGORIAN"] + TZ_MELBOURNE + [
        "BEGIN:VEVENT",
        f"ATTENDEE;CN={USER_NAME};CUTYPE=INDIVIDUAL;EMAIL={USER};PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{USER}",
        f"ATTENDEE;CN={organizer[0]};CUTYPE=INDIVIDUAL;EMAIL={organizer[1]};PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:{organizer[1]}",
        f"CREATED:{zstamp(created)}", f"DESCRIPTION:{esc(description)}",
        f"DTEND;TZID=Australia/Melbourne:{lstamp(end)}", f"DTSTAMP:{zstamp(stamp)}",
        f"DTSTART;TZID=Australia/Melbourne:{lstamp(start)}", f"LAST-MODIFIED:{zstamp(stamp)}",
        f"LOCATION:{esc(location)}",
        f"ORGANIZER;CN={organizer[0]};EMAIL={organizer[1]}:mailto:{organizer[1]}",
        f"SEQUENCE:{seq}", "STATUS:CONFIRMED", f"SUMMARY:{esc(summary)}", "TRANSP:OPAQUE",
        f"UID:{uid}", "X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC", "END:VEVENT", "END:VCALENDAR"])


def case13():
    """Standalone .ics: REQUEST moved a week later across the 4 October DST start (Melbourne)."""
    cid = "b171-13-standalone-ics-moved-across-dst"
    dom = "bellarinebay.health.example"
    mg = ("Marguerite Dubois", f"marguerite.dubois@{dom}")
    role = "Nurse Unit Manager – Rehabilitation"
    uid = f"{hx(cid, 8).upper()}-{hx(cid+'1', 4).upper()}-{hx(cid+'2', 4).upper()}-{hx(cid+'3', 4).upper()}-{hx(cid+'4', 12).upper()}"
    a = t(2026, 10, 1, 10, 0, MEL, "Thursday")  # AEST +10
    b = t(2026, 10, 8, 10, 0, MEL, "Thursday")  # AEDT +11
    assert a.utcoffset() == timedelta(hours=10) and b.utcoffset() == timedelta(hours=11)
    loc = "Bellarine Bay Health – McKellar Centre, Building C, Meeting Room 4, 45 Ballarat Road, North Geelong VIC 3215"
    created = t(2026, 9, 21, 16, 12, MEL)
    f1 = apple_ics(uid=uid, seq=0, stamp=created, created=created, start=a, end=a + timedelta(hours=1), organizer=mg,
                   summary=f"Interview – {role} (Tamsin Doyle)",
                   description=(f"Interview for the {role} position with Marguerite Dubois, Director of Nursing – "
                                f"Sub-acute. About an hour. Free parking at the rear of Building C."),
                   location=loc)
    f2 = apple_ics(uid=uid, seq=1, stamp=t(2026, 9, 28, 8, 51, MEL), created=created, start=b,
                   end=b + timedelta(hours=1), organizer=mg,
                   summary=f"Interview – {role} (Tamsin Doyle)",
                   description=(f"UPDATED: moved to the following Thursday – sorry Tamsin, accreditation visit. "
                                f"Same time, same room. Interview for the {role} position with Marguerite Dubois, "
                                f"Director of Nursing – Sub-acute. About an hour."),
                   location=loc)
    add(cid, [("01-interview-num-rehab.ics", f1.encode()), ("02-interview-num-rehab-updated.ics", f2.encode())],
        [iv("Bellarine Bay Health", role, b, b + timedelta(hours=1), "scheduled", [mg[1]], [mg[1]],
            "hiring_manager")],
        "medium", "positive/standalone-ics-reschedule",
        "Two standalone Apple-style .ics REQUESTs with the same UID; SEQUENCE 1 moves Thu 1 Oct 10:00 AEST (+10) "
        "to Thu 8 Oct 10:00, which is AEDT (+11) after DST starts 4 Oct -> final 2026-10-08T10:00+11:00.")


# ============================================================================= negatives
def case14():
    """She is the REFEREE for a former colleague: e-mail + Teams invite 'Referee check'."""
    cid = "b171-14-referee-call-she-is-referee"
    dom = "lachlanplains.health.example"
    oliver = ("Oliver Grant", f"oliver.grant@{dom}")
    s1 = t(2026, 8, 10, 9, 48, SYD, "Monday", 21)
    st = t(2026, 8, 12, 15, 30, SYD, "Wednesday")
    en = st + timedelta(minutes=15)
    text = (f"Dear Tamsin,\n\nJordan Pham has nominated you as a referee following her interview for the "
            f"Clinical Nurse Specialist 2 – Intensive Care position with Lachlan Plains Local Health District.\n\n"
            f"Would you be available for a referee call on Wednesday 12 August at 3:30pm? It takes about 15 "
            f"minutes and covers Jordan's clinical practice, teamwork and any areas for development. I've sent "
            f"a Teams invite, but I'm happy to ring you on your mobile instead.\n\nAll information you provide "
            f"is treated confidentially in line with the NSW Health recruitment policy.\n\nKind regards,\n"
            f"Oliver Grant\nRecruitment Officer | Lachlan Plains Local Health District\nP (02) 6330 5514")
    m1, _ = human_mail(seed=cid + "1", sender=oliver, to=[(USER_NAME, USER)],
                       subject="Referee request – Jordan Pham – CNS2 Intensive Care", date=s1, text=text)
    teams, url = teams_block(cid)
    body = ("Hi Tamsin,\n\nTeams invite for the reference check for Jordan Pham (candidate, CNS2 – ICU). "
            "You are listed as Jordan's referee (former Nurse Unit Manager).\n\nThanks,\nOliver")
    summary = "Reference check – Jordan Pham (CNS2 ICU) – referee: Tamsin Doyle"
    when = f"{st:%A}, {st.day} {st:%B} {st.year} {AMPM(st)}-{AMPM(en)} (UTC+10:00) Canberra, Melbourne, Sydney"
    ics = exch_ics(method="REQUEST", tzid="AUS Eastern Standard Time", tzblock=TZ_AUS_EASTERN_WIN, uid=exch_uid(cid),
                   summary=summary, start=st, end=en, dtstamp=s1 + timedelta(minutes=4), seq=0, organizer=oliver,
                   attendees=[(USER_NAME, USER, "REQ-PARTICIPANT", "NEEDS-ACTION")],
                   location="Microsoft Teams Meeting", description=f"{body}\n\n{teams}", teams_url=url)
    m2 = outlook_invite(seed=cid + "2", sender=oliver, to=[(USER_NAME, USER)], subject=summary,
                        date=s1 + timedelta(minutes=4), when=when + ".", where="Microsoft Teams Meeting", body=body,
                        ics=ics, teams=teams)
    add(cid, [("01-referee-request.eml", m1), ("02-teams-reference-check.eml", m2)], [],
        "hard", "negative/user-is-referee",
        "Teams invite and e-mail about 'her interview' - but the candidate is a former colleague and Tamsin is "
        "the referee. Not a job interview for the user.")


def case15():
    """Ahpra / NMBA registration renewal reminder with a webinar time."""
    cid = "b171-15-ahpra-registration-renewal"
    sent = t(2026, 4, 22, 10, 0, MEL, "Wednesday")
    web = t(2026, 5, 12, 12, 30, MEL, "Tuesday")
    due = t(2026, 5, 31, tz=MEL, wd="Sunday")
    text = (f"Dear Ms Tamsin Doyle\n\nRegistration number: NMW0001789342\nProfession: Nurse (Registered Nurse – "
            f"Division 1)\n\nYour registration with the Nursing and Midwifery Board of Australia is due for "
            f"renewal by {dlong(due)}. You can renew online now through your Ahpra portal.\n\n"
            f"When you renew you will need to make declarations about:\n  - recency of practice\n  - continuing "
            f"professional development (CPD)\n  - professional indemnity insurance\n  - criminal history and "
            f"health impairment\n\nIf you do not renew by 31 May you have a one-month late period (a late fee "
            f"applies). If you have not renewed by 30 June 2026 your registration will lapse and your name will be "
            f"removed from the national register – you will not be able to practise or be employed as a nurse.\n\n"
            f"Need help? Join our free 'Renewing your registration' webinar on {dlong(web)} at "
            f"{ampm(web)} AEST. Questions are answered live by the registration team.\n\n"
            f"Renew now: https://www.ahpra.gov.au/renew\n\nYours sincerely\n\nRegistration Services\nAustralian "
            f"Health Practitioner Regulation Agency on behalf of the Nursing and Midwifery Board of Australia\n\n"
            f"This is an automated message – please do not reply.")
    headers = [("Delivered-To", USER), ("Received", received("smtp-out2.ahpra.example", "203.0.113.77", sent, cid)),
               ("Return-Path", "<no-reply@ahpra.example>"),
               ("From", addr("Ahpra", "no-reply@ahpra.example")), ("To", addr("Tamsin Doyle", USER)),
               ("Subject", "Reminder: your nursing registration renewal is due by 31 May 2026"),
               ("Date", rfc(sent)), ("Message-ID", f"<{hx(cid, 32)}@ahpra.example>")]
    add(cid, [("01-ahpra-renewal-reminder.eml", message(headers, alt("=_ahpra_" + hx(cid + "b", 24), text)))], [],
        "easy", "negative/registration-renewal",
        "Registration renewal reminder with deadlines and a webinar time; mentions employment. No interview.")


def case16():
    """Staff flu vaccination booking at her current hospital, with .ics."""
    cid = "b171-16-staff-flu-vaccination-booking"
    dom = "tallowwood.health.example"
    staff = ("Staff Health Bookings", f"staffhealth.bookings@{dom}")
    sent = t(2026, 4, 15, 14, 2, SYD, "Wednesday", 11)
    st = t(2026, 4, 21, 7, 10, SYD, "Tuesday")
    en = st + timedelta(minutes=10)
    text = (f"Hi Tamsin,\n\nYour appointment is confirmed.\n\nAppointment: 2026 Staff Influenza Vaccination\n"
            f"When: {dlong(st)}, {ampm(st)} – {ampm(en)}\nWhere: Staff Health Clinic, Level 1, Tallowwood "
            f"Hospital (next to the Staff Development Centre)\nWith: Staff Health nurse immuniser\n\n"
            f"Before your appointment:\n  - complete the pre-vaccination screening questions in the booking "
            f"portal\n  - bring your staff ID badge\n  - wear a short-sleeved top if you can\n\nCategory A "
            f"staff must provide evidence of vaccination by 30 June to meet the Occupational Assessment, "
            f"Screening and Vaccination policy.\n\nNeed to change? Use the link in the booking portal – "
            f"please don't reply to this email.\n\nStaff Health Service\nTallowwood Hospital")
    ics = ics_text(["BEGIN:VCALENDAR", "PRODID:-//Tallowwood Health//Staff Health Bookings//EN", "VERSION:2.0",
                    "METHOD:PUBLISH", "BEGIN:VEVENT", f"UID:flu-2026-{hx(cid, 12)}@{dom}",
                    f"DTSTAMP:{zstamp(sent)}", f"DTSTART:{zstamp(st)}", f"DTEND:{zstamp(en)}",
                    "SUMMARY:2026 Staff Influenza Vaccination",
                    "LOCATION:" + esc("Staff Health Clinic, Level 1, Tallowwood Hospital"),
                    "DESCRIPTION:Bring your staff ID badge. Complete screening questions before attending.",
                    f"ORGANIZER;CN=Staff Health:mailto:{staff[1]}",
                    f"ATTENDEE;CN={USER_NAME};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{USER}",
                    "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    headers = [("Delivered-To", USER), ("Received", received("smtp.tallowwood.health.example", "198.51.100.23", sent, cid)),
               ("Return-Path", f"<{staff[1]}>"), ("From", addr(*staff)), ("To", addr(USER_NAME, USER)),
               ("Subject", "Appointment confirmed: 2026 Staff Influenza Vaccination – Tue 21 April 7:10am"),
               ("Date", rfc(sent)), ("Message-ID", f"<booking.{hx(cid, 16)}@{dom}>")]
    body = multi("mixed", "=_mixed_" + hx(cid + "m", 20), [
        alt("=_alt_" + hx(cid + "a", 20), text),
        leaf('text/calendar; charset=utf-8; name="appointment.ics"', ics, "base64",
             ['Content-Disposition: attachment; filename="appointment.ics"'])])
    add(cid, [("01-flu-vaccination-confirmed.eml", message(headers, body))], [],
        "medium", "negative/medical-appointment",
        "Confirmed appointment with a calendar file at her current employer - staff flu vaccination, not a job "
        "interview.")


def case17():
    """myGov / Centrelink phone interview (non-job)."""
    cid = "b171-17-centrelink-phone-interview"
    sent = t(2026, 5, 5, 16, 41, SYD, "Tuesday", 2)
    st = t(2026, 5, 12, 10, 15, SYD, "Tuesday")
    text = (f"Dear Tamsin\n\nYou have a new letter from Centrelink in your myGov Inbox.\n\n"
            f"Letter: Appointment – phone interview\n\n"
            f"Summary: We need to speak with you about your Carer Allowance claim. We've booked a phone "
            f"interview with a Service Officer on {dlong(st)} at {ampm(st)} AEST. We'll call you on the number "
            f"we have for you; the call may come from a private number. Please have your Customer Reference "
            f"Number and details of the care you provide ready.\n\nIf you can't attend this appointment, call "
            f"us on 132 717 before the appointment time.\n\nTo read your letter, sign in to myGov: "
            f"https://my.gov.au\n\nFor your security we don't include personal information in emails, and we "
            f"will never ask you to click a link to sign in.\n\nmyGov")
    headers = [("Delivered-To", USER), ("Received", received("mail1.mygov.example", "203.0.113.140", sent, cid)),
               ("Return-Path", "<noreply@mygov.example>"),
               ("From", addr("myGov", "noreply@mygov.example")), ("To", USER),
               ("Subject", "You have a new message in your myGov Inbox"),
               ("Date", rfc(sent)), ("Message-ID", f"<{hx(cid, 20)}.notify@mygov.example>")]
    add(cid, [("01-mygov-centrelink-appointment.eml", message(headers, alt("b1_" + hx(cid, 32), text)))], [],
        "hard", "negative/non-job-interview",
        "Centrelink 'phone interview' about a Carer Allowance claim with a booked time - a government benefits "
        "appointment, not a job interview.")


def case18():
    """Mandatory merit-selection / interview-panel training for managers (Teams)."""
    cid = "b171-18-mandatory-panel-training"
    dom = "tallowwood.health.example"
    ner = ("Nursing Education and Research", f"nursing.education@{dom}")
    sent = t(2026, 6, 29, 8, 30, SYD, "Monday", 12)
    st = t(2026, 7, 16, 13, 0, SYD, "Thursday")
    en = t(2026, 7, 16, 16, 30, SYD, "Thursday")
    teams, url = teams_block(cid)
    body = ("Dear colleagues,\n\nYou have been enrolled in the following MANDATORY training session for managers "
            "and anyone who convenes or sits on a recruitment panel:\n\nRecruitment and Selection: Merit-based "
            "Interviewing and Panel Convenor Training (My Health Learning course 41233)\n\nThe session covers "
            "writing behavioural interview questions, running a panel interview, scoring candidates, conducting "
            "referee checks and completing the selection report. Attendance is required before you convene an "
            "interview panel. Completion is recorded in My Health Learning.\n\nPlease accept this invite and "
            "join via Teams on the day. Cameras on, please.\n\nNursing Education and Research\nTallowwood Hospital")
    summary = "MANDATORY: Merit-based Interviewing & Panel Convenor Training – Session 3"
    when = f"{st:%A}, {st.day} {st:%B} {st.year} {AMPM(st)}-{AMPM(en)} (UTC+10:00) Canberra, Melbourne, Sydney"
    ics = exch_ics(method="REQUEST", tzid="AUS Eastern Standard Time", tzblock=TZ_AUS_EASTERN_WIN, uid=exch_uid(cid),
                   summary=summary, start=st, end=en, dtstamp=sent, seq=0, organizer=ner,
                   attendees=[(USER_NAME, USER, "REQ-PARTICIPANT", "NEEDS-ACTION")],
                   location="Microsoft Teams Meeting", description=f"{body}\n\n{teams}", teams_url=url)
    m = outlook_invite(seed=cid, sender=ner, to=[(USER_NAME, USER)], subject=summary, date=sent, when=when + ".",
                       where="Microsoft Teams Meeting", body=body, ics=ics, teams=teams)
    add(cid, [("01-mandatory-training-invite.eml", m)], [],
        "hard", "negative/training-session",
        "Mandatory training invite at her current hospital full of interview vocabulary (panel interview, "
        "referee checks) - a training session, not an interview for the user.")


def case19():
    """PageUp application received with an anticipated interview date."""
    cid = "b171-19-pageup-application-received"
    sent = t(2026, 4, 2, 21, 14, SYD, "Thursday", 55)
    iv_day = t(2026, 4, 28, tz=SYD, wd="Tuesday")
    role = "Nurse Manager – Patient Flow (REQ603117)"
    text = (f"Dear Tamsin,\n\nThank you for applying for the position of {role} with Wollemi Ranges Local Health "
            f"District. This email confirms we have received your application.\n\nApplications close on "
            f"Sunday 12 April 2026. The selection panel will then assess all applications against the selection "
            f"criteria. Shortlisted applicants will be contacted to attend an interview, anticipated to be held "
            f"on {dlong(iv_day)} at Blue Mountains District Hospital.\n\nPlease ensure the referees you nominated "
            f"are available in the weeks following interviews.\n\nYou can track the progress of your application "
            f"at any time: https://wollemiranges.pageuppeople.com/my-applications\n\nKind regards,\nRecruitment "
            f"Team\nWollemi Ranges Local Health District\n\nPlease do not reply to this email.")
    headers = [("Delivered-To", USER), ("Received", received("mta-ap2.pageuppeople.com", "13.54.118.22", sent, cid)),
               ("Return-Path", "<bounces+3120044@em.pageuppeople.com>"),
               ("From", addr("Wollemi Ranges LHD Careers", "no-reply@pageuppeople.com")),
               ("To", addr(USER_NAME, USER)), ("Subject", hdr(f"Application received – {role}")),
               ("Date", rfc(sent)), ("Message-ID", f"<{hx(cid, 20)}.3120044@pageuppeople.com>"),
               ("X-PageUp-Template", "APPLICATION_ACKNOWLEDGEMENT")]
    t(2026, 4, 12, tz=SYD, wd="Sunday")
    add(cid, [("01-pageup-application-received.eml",
               message(headers, alt("----=_Part_3120044_" + hx(cid + "a", 10), text)))], [],
        "medium", "negative/application-received",
        "Application acknowledgement naming an anticipated interview date for shortlisted applicants - nothing "
        "is booked.")


def case20():
    """Unsuccessful after a panel interview; offer of feedback via an unbooked link."""
    cid = "b171-20-unsuccessful-after-panel"
    dom = "malleegum.health.example"
    pat = ("Patrick Nolan", f"patrick.nolan@{dom}")
    sent = t(2026, 3, 20, 15, 55, MEL, "Friday", 30)
    past = t(2026, 3, 16, tz=MEL, wd="Monday")
    role = "Allied Health Manager – Community Services"
    text = (f"Dear Tamsin,\n\nThank you for attending the panel interview on {past:%A} {past.day} {past:%B} for the "
            f"{role} position at Mallee Gum Health, and for the time you put into your preparation.\n\n"
            f"The panel was impressed with your experience, particularly in allied health workforce planning. "
            f"However, after careful consideration we have decided to progress with another candidate whose "
            f"experience more closely matches the needs of the role at this time.\n\nIf you'd like feedback, "
            f"you're welcome to book a 15-minute call with me next week using this link: "
            f"https://outlook.office.com/bookwithme/user/{hx(cid, 16)}@malleegum.health.example\n\n"
            f"We'll keep your details on file and encourage you to apply for future roles.\n\n"
            f"Kind regards,\n\nPatrick Nolan\nExecutive Director Community and Allied Health\nMallee Gum Health")
    m, _ = human_mail(seed=cid, sender=pat, to=[(USER_NAME, USER)], subject=f"Outcome – {role}", date=sent, text=text)
    add(cid, [("01-interview-outcome.eml", m)], [],
        "medium", "negative/rejection",
        "Rejection referring to a past panel interview; feedback call only offered via an unbooked link.")


def case21():
    """Tamsin convenes a panel interviewing someone else (Teams invite at her current job)."""
    cid = "b171-21-she-convenes-physio-panel"
    dom = "tallowwood.health.example"
    hr = ("Priya Menon", f"priya.menon@{dom}")
    p2 = ("Luke Harrington", f"luke.harrington@{dom}")
    sent = t(2026, 5, 19, 11, 20, SYD, "Tuesday", 4)
    st = t(2026, 5, 26, 10, 0, SYD, "Tuesday")
    en = st + timedelta(minutes=45)
    teams, url = teams_block(cid)
    body = ("Hi Tamsin and Luke,\n\nPlease find the interview invite for candidate 3 for the Senior Physiotherapist "
            "(Level 3) – Orthopaedics role.\n\nCandidate: Marcus Bell\nPanel: Tamsin Doyle (Convenor, Allied Health "
            "Manager), Luke Harrington (Physiotherapy Head of Department)\n\nThe interview questions and scoring "
            "sheet are in the recruitment folder. Tamsin, as convenor could you please complete the selection "
            "report in ROB after the interview and arrange referee checks.\n\nThanks,\nPriya\nHR Advisor – "
            "Recruitment | Tallowwood Hospital")
    summary = "Interview – Senior Physiotherapist (L3) Orthopaedics – Candidate: Marcus Bell"
    when = f"{st:%A}, {st.day} {st:%B} {st.year} {AMPM(st)}-{AMPM(en)} (UTC+10:00) Canberra, Melbourne, Sydney"
    ics = exch_ics(method="REQUEST", tzid="AUS Eastern Standard Time", tzblock=TZ_AUS_EASTERN_WIN, uid=exch_uid(cid),
                   summary=summary, start=st, end=en, dtstamp=sent, seq=0, organizer=hr,
                   attendees=[(USER_NAME, USER, "REQ-PARTICIPANT", "NEEDS-ACTION"),
                              (p2[0], p2[1], "REQ-PARTICIPANT", "ACCEPTED"),
                              ("Marcus Bell", "marcus.bell.physio@webmail.example", "REQ-PARTICIPANT", "ACCEPTED")],
                   location="Microsoft Teams Meeting", description=f"{body}\n\n{teams}", teams_url=url)
    m = outlook_invite(seed=cid, sender=hr, to=[(USER_NAME, USER), p2, ("Marcus Bell", "marcus.bell.physio@webmail.example")],
                       subject=summary, date=sent, when=when + ".", where="Microsoft Teams Meeting", body=body,
                       ics=ics, teams=teams)
    add(cid, [("01-panel-invite-candidate-3.eml", m)], [],
        "hard", "negative/user-is-interviewer",
        "Teams 'Interview' invite where Tamsin is the panel convenor and Marcus Bell is the candidate.")


def case22():
    """Employment Hero: pick an interview time (unbooked)."""
    cid = "b171-22-employment-hero-pick-a-time"
    sent = t(2026, 6, 16, 9, 3, PER, "Tuesday", 40)
    slots = [t(2026, 6, 22, 9, 0, PER, "Monday"), t(2026, 6, 23, 13, 30, PER, "Tuesday"),
             t(2026, 6, 24, 10, 0, PER, "Wednesday")]
    role = "Allied Health Operations Manager"
    slot_lines = "\n".join(f"  - {s:%A} {s.day} {s:%B}, {ampm(s)} AWST" for s in slots)
    text = (f"Hi Tamsin,\n\nQuokka Allied Health would like to interview you for the {role} role.\n\n"
            f"Please choose a time that suits you. The following times are currently available (Perth time):\n"
            f"{slot_lines}\n\nSelect your interview time: https://app.employmenthero.com/candidate/interviews/"
            f"{hx(cid, 12)}/select\n\nTimes are offered on a first-come, first-served basis. Once you select a "
            f"time you'll receive a confirmation with the interview details.\n\nThe Employment Hero team on behalf "
            f"of Quokka Allied Health")
    headers = [("Delivered-To", USER), ("Received", received("o3.em.employmenthero.com", "167.89.46.11", sent, cid)),
               ("Return-Path", "<bounces+1840021-77c2@em.employmenthero.com>"),
               ("From", addr("Quokka Allied Health via Employment Hero", "no-reply@employmenthero.com")),
               ("To", USER), ("Subject", f"Action required: choose your interview time for {role}"),
               ("Date", rfc(as_utc(sent))), ("Message-ID", f"<{hx(cid, 22)}@geopod-ismtpd-3.employmenthero.com>")]
    add(cid, [("01-choose-interview-time.eml", message(headers, alt(hx(cid + "al", 40), text)))], [],
        "medium", "negative/availability-request",
        "Self-scheduling request listing three AWST slots; no time is booked in the case.")


# ============================================================================= main
def main():
    for fn in (case01, case02, case03, case04, case05, case06, case07, case08, case09, case10, case11, case12,
               case13, case14, case15, case16, case17, case18, case19, case20, case21, case22):
        fn()
    for name in sorted(os.listdir(HERE)):
        if name.startswith("b171-") and os.path.isdir(os.path.join(HERE, name)):
            shutil.rmtree(os.path.join(HERE, name))
    labels = {}
    for n, (cid, files, label) in enumerate(CASES, 1):
        assert cid.startswith(f"b171-{n:02d}-"), cid
        os.makedirs(os.path.join(HERE, cid))
        for fname, data in files:
            assert fname[:2].isdigit()
            with open(os.path.join(HERE, cid, fname), "wb") as fh:
                fh.write(data)
        labels[cid] = label
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("# Labels for blind171 (written blind). Regenerate with: python make_cases.py\n")
        yaml.safe_dump(labels, fh, sort_keys=False, allow_unicode=True, width=100, default_flow_style=False)
    pos = sum(1 for _, _, l in CASES if l["interview"])
    ivs = [i for _, _, l in CASES for i in l["interviews"]]
    print(f"{len(CASES)} cases, {pos} positive, {len(CASES) - pos} negative, {len(ivs)} interviews "
          f"({sum(i['status'] == 'scheduled' for i in ivs)} scheduled, "
          f"{sum(i['status'] == 'cancelled' for i in ivs)} cancelled)")


if __name__ == "__main__":
    main()
