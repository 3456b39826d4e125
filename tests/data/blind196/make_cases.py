#!/usr/bin/env python3
"""Regenerate the blind196 evaluation set (DC policy analyst, federal agencies + think tanks).

Deterministic: fixed dates, Message-IDs, UIDs and MIME boundaries are derived from the case
name with sha256, so every run writes the same bytes.  Standard library + PyYAML only.

    python make_cases.py        # rewrites b196-*/ folders and labels.yaml next to this file
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
from email.utils import format_datetime
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
NY = ZoneInfo("America/New_York")
UTC = timezone.utc

OWNER = "marisol.eberhart@example.com"
OWNER_NAME = "Marisol Eberhart"
OWNER_PHONE = "(202) 555-0183"

# --------------------------------------------------------------------------- time helpers


def T(y, mo, d, h=0, mi=0, s=0, tz=NY):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


def wd(dt, name):
    """Assert the weekday we name in text, return the name."""
    assert dt.strftime("%A") == name, (dt, name, dt.strftime("%A"))
    return name


def rfc(dt):
    return format_datetime(dt)


def rfc_utc(dt):
    return format_datetime(dt.astimezone(UTC))


def t_ampm(dt):  # 2:00 PM
    return f"{dt.hour % 12 or 12}:{dt.minute:02d} {'AM' if dt.hour < 12 else 'PM'}"


def t_gov(dt):  # 2:00 p.m.
    return f"{dt.hour % 12 or 12}:{dt.minute:02d} {'a.m.' if dt.hour < 12 else 'p.m.'}"


def t_g(dt):  # 2pm / 2:30pm (Google style)
    m = f":{dt.minute:02d}" if dt.minute else ""
    return f"{dt.hour % 12 or 12}{m}{'am' if dt.hour < 12 else 'pm'}"


def d_long(dt):  # Wednesday, November 4, 2026
    return f"{dt:%A}, {dt:%B} {dt.day}, {dt.year}"


def d_g(dt):  # Wed Nov 4, 2026
    return f"{dt:%a} {dt:%b} {dt.day}, {dt.year}"


def ics_local(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


def ics_utc(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def gapi(dt):
    return dt.isoformat()


def gapi_utc_ms(dt):
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + "000Z"


def outlook_when(s, e):
    # Outlook always prints the standard-time label, even for EDT dates.
    return f"{d_long(s)} {t_ampm(s)}-{t_ampm(e)} (UTC-05:00) Eastern Time (US & Canada)."


# --------------------------------------------------------------------------- id helpers


def hx(*parts, n=16, upper=False):
    h = hashlib.sha256("|".join(str(p) for p in parts).encode()).hexdigest()[:n]
    return h.upper() if upper else h


def digits(*parts, n=10):
    h = int(hashlib.sha256("|".join(str(p) for p in parts).encode()).hexdigest(), 16)
    return str(h)[:n]


def b64id(*parts, n=22):
    raw = hashlib.sha256("|".join(str(p) for p in parts).encode()).digest()
    return base64.urlsafe_b64encode(raw).decode().replace("-", "x").replace("_", "Q")[:n]


def mid_outlook(*parts):
    a = hx(*parts, "o", n=36, upper=True)
    b = hx(*parts, "p", n=4, upper=True)
    return f"<SA1P110MB{b}{a}@SA1P110MB{b}.NAMP110.PROD.OUTLOOK.COM>"


def mid_gmail(*parts):
    return f"<CA+{b64id(*parts, 'g', n=40)}@mail.gmail.com>"


def mid_apple(*parts, domain="example.com"):
    h = hx(*parts, "a", n=32, upper=True)
    return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"


def uuidish(*parts):
    h = hx(*parts, "u", n=32)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def thread_index(*parts):
    return base64.b64encode(hashlib.sha256("|".join(parts).encode()).digest()[:22]).decode()


# --------------------------------------------------------------------------- MIME helpers


def enc_body(text, cte):
    if cte == "quoted-printable":
        b = quopri.encodestring(text.encode("utf-8")).decode("ascii")
    elif cte == "base64":
        b = base64.encodebytes(text.encode("utf-8")).decode("ascii")
    else:
        b = text
    if not b.endswith("\n"):
        b += "\n"
    return b


def leaf(ctype, text, cte="7bit", headers=()):
    h = [f"Content-Type: {ctype}"]
    if cte:
        h.append(f"Content-Transfer-Encoding: {cte}")
    h.extend(headers)
    return "\n".join(h) + "\n\n" + enc_body(text, cte)


def multi(subtype, boundary, parts, preamble=None, params=""):
    out = f'Content-Type: multipart/{subtype};{params}\n boundary="{boundary}"\n\n'
    if preamble:
        out += preamble + "\n\n"
    for p in parts:
        out += f"--{boundary}\n" + p + "\n"
    out += f"--{boundary}--\n"
    return out


def message(headers, entity):
    lines = []
    for k, v in headers:
        if v is None:
            continue
        lines.append(f"{k}: {v}")
    return "\n".join(lines) + "\nMIME-Version: 1.0\n" + entity


def to_html(text, font="Calibri,Arial,Helvetica,sans-serif", size="11pt"):
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        lines = p.split("\n")
        if all(l.startswith(">") for l in lines):
            inner = "<br>\n".join(html.escape(l.lstrip("> ").rstrip()) for l in lines)
            out.append(f'<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">{inner}</blockquote>')
        else:
            out.append("<p>" + "<br>\n".join(html.escape(l) for l in lines) + "</p>")
    body = "\n".join(out)
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body><div style="font-family:{font};font-size:{size}">\n{body}\n</div></body></html>\n')


def addr(name, a):
    if not name.isascii():
        name = Header(name, "utf-8").encode()
    elif any(c in name for c in ',.()"') and not name.startswith('"'):
        name = f'"{name}"'
    return f"{name} <{a}>" if name else a


def received(host, ip, when, by="mx.google.com", smtp_id=None):
    sid = smtp_id or b64id(host, when.isoformat(), n=12).lower()
    return (f"from {host} ({host}. [{ip}])\n        by {by} with ESMTPS id {sid}\n"
            f"        for <{OWNER}>\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n"
            f"        {rfc(when)}")


# --------------------------------------------------------------------------- iCalendar helpers


def fold(line):
    if len(line.encode("utf-8")) <= 75:
        return line
    out, cur, size = [], "", 0
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > 75:
            out.append(cur)
            cur, size = " " + ch, 1 + n
        else:
            cur += ch
            size += n
    out.append(cur)
    return "\r\n".join(out)


def ics_text(lines):
    return "\r\n".join(fold(l) for l in lines) + "\r\n"


def esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


TZ_NY = [
    "BEGIN:VTIMEZONE", "TZID:America/New_York", "X-LIC-LOCATION:America/New_York",
    "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400", "TZNAME:EDT",
    "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
    "BEGIN:STANDARD", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "TZNAME:EST",
    "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
    "END:VTIMEZONE",
]

TZ_WIN = [
    "BEGIN:VTIMEZONE", "TZID:Eastern Standard Time",
    "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11", "END:STANDARD",
    "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT",
    "END:VTIMEZONE",
]


def att(name, a, role="REQ-PARTICIPANT", partstat="NEEDS-ACTION", rsvp="TRUE", google=False):
    if google:
        return (f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP={rsvp};"
                f"CN={name};X-NUM-GUESTS=0:mailto:{a}")
    return f"ATTENDEE;ROLE={role};PARTSTAT={partstat};RSVP={rsvp};CN={name}:mailto:{a}"


def exchange_uid(*parts):
    return "040000008200E00074C5B7101A82E00800000000" + hx(*parts, "uid", n=72, upper=True)


def exchange_ics(*, method, uid, seq, organizer, attendees, start, end, summary, description,
                 location, stamp, teams_url=None, cancel=False, status="CONFIRMED"):
    L = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010",
         "VERSION:2.0"] + TZ_WIN + ["BEGIN:VEVENT", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    for a in attendees:
        L.append(att(a[0], a[1], role=a[2] if len(a) > 2 else "REQ-PARTICIPANT"))
    L += [f"DESCRIPTION;LANGUAGE=en-US:{esc(description)}",
          f"UID:{uid}",
          f"SUMMARY;LANGUAGE=en-US:{esc(summary)}",
          f"DTSTART;TZID=Eastern Standard Time:{ics_local(start)}",
          f"DTEND;TZID=Eastern Standard Time:{ics_local(end)}",
          "CLASS:PUBLIC", f"PRIORITY:{1 if cancel else 5}", f"DTSTAMP:{ics_utc(stamp)}",
          "TRANSP:OPAQUE", f"STATUS:{'CANCELLED' if cancel else status}", f"SEQUENCE:{seq}",
          f"LOCATION;LANGUAGE=en-US:{esc(location)}",
          f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
          f"X-MICROSOFT-CDO-OWNERAPPTID:{digits(uid, n=10)}",
          f"X-MICROSOFT-CDO-BUSYSTATUS:{'FREE' if cancel else 'TENTATIVE'}",
          f"X-MICROSOFT-CDO-INTENDEDSTATUS:{'FREE' if cancel else 'BUSY'}",
          "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
          f"X-MICROSOFT-CDO-IMPORTANCE:{2 if cancel else 1}",
          "X-MICROSOFT-CDO-INSTTYPE:0"]
    if teams_url and not cancel:
        L += [f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{teams_url}",
              'X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}']
    L += ["X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
          "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT",
          f"X-MICROSOFT-LOCATIONDISPLAYNAME:{esc(location)}"]
    if not cancel:
        L += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M",
              "ACTION:DISPLAY", "END:VALARM"]
    L += ["END:VEVENT", "END:VCALENDAR"]
    return ics_text(L)


def teams_block(key, gov=False):
    host = "gov.teams.microsoft.us" if gov else "teams.microsoft.com"
    mid = b64id(key, "teams", n=40)
    tid = uuidish(key, "tid")
    oid = uuidish(key, "oid")
    url = (f"https://{host}/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0?context="
           f"%7b%22Tid%22%3a%22{tid}%22%2c%22Oid%22%3a%22{oid}%22%7d")
    meeting_id = " ".join([digits(key, "mid", n=3), digits(key, "mid2", n=3), digits(key, "mid3", n=3),
                           digits(key, "mid4", n=3)])
    pc = b64id(key, "pc", n=6)
    conf = digits(key, "conf", n=9)
    text = ("_" * 80 + "\n"
            "Microsoft Teams meeting\n"
            "Join on your computer, mobile app or room device\n"
            f"Click here to join the meeting<{url}>\n"
            f"Meeting ID: {meeting_id}\n"
            f"Passcode: {pc}\n"
            "Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | "
            "Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
            "Or call in (audio only)\n"
            f"+1 202-555-0109,,{conf}#   United States, Washington DC\n"
            f"Phone Conference ID: {conf[:3]} {conf[3:6]} {conf[6:]}#\n"
            f"Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://{host}/meetingOptions/"
            f"?organizerId={oid}&tenantId={tid}&threadId=19_meeting_{mid}@thread.v2&messageId=0&language=en-US>\n"
            + "_" * 80 + "\n")
    return url, text


def exchange_invite(key, *, organizer, to, cc=(), attendees, sent, subject, start, end, body,
                    location, teams=None, cancel=False, seq=0, uid=None, cancel_note=""):
    """Exchange Online / Outlook meeting request (multipart/alternative incl. text/calendar)."""
    uid = uid or exchange_uid(key)
    teams_url, tblock = (teams if teams else (None, ""))
    head = f"When: {outlook_when(start, end)}\nWhere: {location}\n\n*~*~*~*~*~*~*~*~*~*\n\n"
    if cancel:
        text = head + cancel_note.strip("\n") + "\n"
    else:
        text = head + body.strip("\n") + "\n\n" + tblock
    ics = exchange_ics(method="CANCEL" if cancel else "REQUEST", uid=uid, seq=seq, organizer=organizer,
                       attendees=attendees, start=start, end=end,
                       summary=("Canceled: " if cancel else "") + subject,
                       description=text, location=location, stamp=sent, teams_url=teams_url, cancel=cancel)
    bnd = f"_000_{hx(key, 'bnd', n=32, upper=True)}prodoutlookcom_"
    ent = multi("alternative", bnd, [
        leaf('text/plain; charset="utf-8"', text, "quoted-printable"),
        leaf('text/html; charset="utf-8"', to_html(text, font="Aptos,Calibri,sans-serif"), "quoted-printable"),
        leaf(f'text/calendar; charset="utf-8"; method={"CANCEL" if cancel else "REQUEST"}', ics, "base64"),
    ])
    subj = ("Canceled: " if cancel else "") + subject
    hdrs = [("Delivered-To", OWNER),
            ("Received", received("mail-dm6gcc02on2101.outbound.protection.office365.us", "52.247.99.101", sent)),
            ("Return-Path", f"<{organizer[1]}>"),
            ("From", addr(*organizer)),
            ("To", ", ".join(addr(*t) for t in to)),
            ("Cc", ", ".join(addr(*c) for c in cc) if cc else None),
            ("Subject", subj),
            ("Thread-Topic", subject),
            ("Thread-Index", thread_index(key, "ti")),
            ("Date", rfc_utc(sent)),
            ("Message-ID", mid_outlook(key, sent.isoformat())),
            ("Accept-Language", "en-US"),
            ("Content-Language", "en-US"),
            ("X-MS-Has-Attach", ""),
            ("X-MS-TNEF-Correlator", ""),
            ("Content-class", "urn:content-classes:calendarmessage"),
            ("x-ms-exchange-calendar-series-instance-id", b64id(uid, "series", n=40)),
            ("x-ms-publictraffictype", "Email")]
    return message(hdrs, ent), uid, teams_url


def outlook_mail(key, *, frm, to, cc=(), sent, subject, text, cte="quoted-printable", in_reply_to=None,
                 references=None, html_part=True, extra=(), gov_relay=True, msgid=None):
    """Plain Outlook / Exchange Online e-mail, text (+html) alternative."""
    if html_part:
        bnd = f"_000_{hx(key, 'bnd', n=32, upper=True)}prodoutlookcom_"
        ent = multi("alternative", bnd, [
            leaf('text/plain; charset="utf-8"', text, cte),
            leaf('text/html; charset="utf-8"', to_html(text), cte),
        ])
    else:
        ent = leaf('text/plain; charset="utf-8"', text, cte)
    hdrs = [("Delivered-To", OWNER),
            ("Received", received("mail-bn1gcc02on2104.outbound.protection.office365.us" if gov_relay
                                  else "mail-bl2nam02on2120.outbound.protection.outlook.com",
                                  "52.247.100.14" if gov_relay else "40.107.212.120", sent)),
            ("Return-Path", f"<{frm[1]}>"),
            ("From", addr(*frm)),
            ("To", ", ".join(addr(*t) for t in to)),
            ("Cc", ", ".join(addr(*c) for c in cc) if cc else None),
            ("Subject", subject),
            ("Thread-Topic", subject.split(": ", 1)[1] if subject[:4] in ("RE: ", "Re: ", "FW: ") else subject),
            ("Thread-Index", thread_index(key, "ti", sent.isoformat())),
            ("Date", rfc(sent)),
            ("Message-ID", msgid or mid_outlook(key, sent.isoformat())),
            ("In-Reply-To", in_reply_to),
            ("References", references),
            ("Accept-Language", "en-US"),
            ("Content-Language", "en-US"),
            ("X-MS-Has-Attach", ""),
            ("X-MS-TNEF-Correlator", "")] + list(extra)
    return message(hdrs, ent)


def gmail_mail(key, *, frm, to, cc=(), sent, subject, text, in_reply_to=None, references=None,
               html_text=None, msgid=None):
    bnd = f"000000000000{hx(key, 'gb', n=16)}"
    ent = multi("alternative", bnd, [
        leaf('text/plain; charset="UTF-8"', text, "quoted-printable"),
        leaf('text/html; charset="UTF-8"', html_text or to_html(text, font="arial,sans-serif", size="small"),
             "quoted-printable"),
    ])
    hdrs = [("Delivered-To", OWNER),
            ("Received", received("mail-sor-f41.google.com", "209.85.220.41", sent)),
            ("Return-Path", f"<{frm[1]}>"),
            ("From", addr(*frm)),
            ("Date", rfc(sent)),
            ("Message-ID", msgid or mid_gmail(key, sent.isoformat())),
            ("In-Reply-To", in_reply_to),
            ("References", references),
            ("Subject", subject),
            ("To", ", ".join(addr(*t) for t in to)),
            ("Cc", ", ".join(addr(*c) for c in cc) if cc else None)]
    return message(hdrs, ent)


def google_invite(key, *, organizer, attendees, sent, title, start, end, description, meet=None,
                  location="", seq=0, uid=None):
    """Google Calendar invitation: mixed{alternative{plain, html, calendar}, invite.ics}."""
    uid = uid or f"{b64id(key, 'gcal', n=26).lower()}@google.com"
    meet_code = None
    if meet:
        c = hx(key, "meet", n=10)
        meet_code = f"{c[:3]}-{c[3:7]}-{c[7:10]}".translate(str.maketrans("0123456789", "qrstuvwxyz"))
    pin = digits(key, "pin", n=9)
    tz_label = "Eastern Time - New York"
    when = f"{d_g(start).replace(d_g(start)[:3], start.strftime('%A'), 1)} \u22c5 {t_g(start)} \u2013 {t_g(end)}"
    lines = [title, when, tz_label, ""]
    if meet_code:
        lines += ["Join with Google Meet", f"meet.google.com/{meet_code}", "",
                  "Join by phone", f"(US) +1 202-555-0148 PIN: {pin[:3]} {pin[3:6]} {pin[6:]}#", "",
                  "More phone numbers", f"https://tel.meet/{meet_code}?pin={digits(key, 'pin2', n=13)}", ""]
    if location:
        lines += ["Location", location, ""]
    lines += ["Organizer", organizer[0], organizer[1], "", "Guests"]
    for a in attendees:
        lines.append(f"{a[0]}{' - organizer' if a[1] == organizer[1] else ''}")
        lines.append(a[1])
    lines += ["View all guest info", f"https://calendar.google.com/calendar/event?action=VIEW&eid={b64id(key, 'eid', n=60)}",
              "", description.strip("\n"), "",
              "Reply for " + OWNER, "Yes", "No", "Maybe", "More options",
              f"https://calendar.google.com/calendar/event?action=VIEW&eid={b64id(key, 'eid', n=60)}", "",
              "Invitation from Google Calendar", "",
              "You are receiving this email because you are an attendee on the event. To stop receiving future "
              "updates for this event, decline this event.", "",
              "Forwarding this invitation could allow any recipient to send a response to the organizer, be added to "
              "the guest list, invite others regardless of their own invitation status, or modify your RSVP."]
    text = "\n".join(lines) + "\n"
    ics_lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
                 "CALSCALE:GREGORIAN", "METHOD:REQUEST", "BEGIN:VEVENT",
                 f"DTSTART:{ics_utc(start)}", f"DTEND:{ics_utc(end)}", f"DTSTAMP:{ics_utc(sent)}",
                 f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}", f"UID:{uid}"]
    for a in attendees:
        ps = "ACCEPTED" if a[1] == organizer[1] else "NEEDS-ACTION"
        ics_lines.append(att(a[0], a[1], partstat=ps, rsvp="TRUE", google=True))
    desc = description.strip("\n")
    if meet_code:
        ics_lines.append(f"X-GOOGLE-CONFERENCE:https://meet.google.com/{meet_code}")
        desc += ("\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
                 f"Join with Google Meet: https://meet.google.com/{meet_code}\n"
                 f"Or dial: (US) +1 202-555-0148 PIN: {pin}#\n"
                 "Learn more about Meet at: https://support.google.com/a/users/answer/9282720\n"
                 "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-")
    ics_lines += [f"X-MICROSOFT-CDO-OWNERAPPTID:{digits(uid, n=10)}",
                  f"CREATED:{ics_utc(sent - timedelta(minutes=3))}", f"DESCRIPTION:{esc(desc)}",
                  f"LAST-MODIFIED:{ics_utc(sent)}", f"LOCATION:{esc(location)}", f"SEQUENCE:{seq}",
                  "STATUS:CONFIRMED", f"SUMMARY:{esc(title)}", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    ics = ics_text(ics_lines)
    ics_inline = ics.replace("\r\n", "\n")
    subj = f"Invitation: {title} @ {d_g(start)} {t_g(start)} - {t_g(end)} ({start.tzname()}) ({OWNER})"
    b_mixed = f"000000000000{hx(key, 'gm', n=16)}"
    b_alt = f"000000000000{hx(key, 'ga', n=16)}"
    alt = multi("alternative", b_alt, [
        leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', text, "quoted-printable"),
        leaf('text/html; charset="UTF-8"', to_html(text, font="Google Sans,Roboto,Arial,sans-serif", size="14px"),
             "quoted-printable"),
        leaf('text/calendar; charset="UTF-8"; method=REQUEST', ics_inline, "7bit"),
    ])
    ent = multi("mixed", b_mixed, [
        alt,
        leaf('application/ics; name="invite.ics"', ics, "base64",
             headers=['Content-Disposition: attachment; filename="invite.ics"']),
    ])
    hdrs = [("Delivered-To", OWNER),
            ("Received", received("mail-sor-f73.google.com", "209.85.220.73", sent)),
            ("Return-Path", f"<{b64id(key, 'rp', n=28)}@calendar-server.bounces.google.com>"),
            ("Reply-To", addr(*organizer)),
            ("Sender", "Google Calendar <calendar-notification@google.com>"),
            ("Auto-Submitted", "auto-generated"),
            ("Message-ID", f"<calendar-{uuidish(key, 'gmid')}@google.com>"),
            ("Date", rfc_utc(sent)),
            ("Subject", subj),
            ("From", addr(*organizer)),
            ("To", OWNER)]
    return message(hdrs, ent), uid, meet_code


def ats_mail(key, *, frm, reply_to, sent, subject, text, ics=None, ics_name="invite.ics",
             mailer="Greenhouse", msgid_domain="us.greenhouse-mail.io", html_font="Arial,Helvetica,sans-serif"):
    b_alt = f"----=_Part_{digits(key, 'p1', n=7)}_{digits(key, 'p2', n=9)}.{digits(key, 'p3', n=13)}"
    alt = multi("alternative", b_alt, [
        leaf('text/plain; charset="UTF-8"', text, "7bit" if text.isascii() else "quoted-printable"),
        leaf('text/html; charset="UTF-8"', to_html(text, font=html_font, size="14px"), "quoted-printable"),
    ])
    if ics:
        b_mix = f"----=_Part_{digits(key, 'm1', n=7)}_{digits(key, 'm2', n=9)}.{digits(key, 'm3', n=13)}"
        ent = multi("mixed", b_mix, [alt, leaf(f'text/calendar; charset="UTF-8"; method={"REQUEST" if "METHOD:REQUEST" in ics else "PUBLISH"};\n name="{ics_name}"', ics, "base64",
                                              headers=[f'Content-Disposition: attachment; filename="{ics_name}"'])])
    else:
        ent = alt
    hdrs = [("Delivered-To", OWNER),
            ("Received", received("o11.sendgrid.greenhouse-mail.io", "167.89.101.34", sent)),
            ("Return-Path", f"<bounces+{digits(key, 'rp', n=7)}@em.greenhouse-mail.io>"),
            ("Date", rfc_utc(sent)),
            ("From", addr(*frm)),
            ("Reply-To", addr(*reply_to) if reply_to else None),
            ("To", addr(OWNER_NAME, OWNER)),
            ("Subject", subject),
            ("Message-ID", f"<{hx(key, 'gh', sent.isoformat(), n=24)}@{msgid_domain}>"),
            ("X-Mailer", mailer),
            ("List-Unsubscribe", "<mailto:unsubscribe@greenhouse.io>")]
    return message(hdrs, ent)


def gcal_event(key, *, summary, description, start, end, organizer, attendees, created, updated,
               status="confirmed", ical_uid=None, seq=0, creator=None, conference=None, location=None,
               event_type="default", transparency=None):
    eid = b64id(key, "evid", n=26).lower().replace("x", "v").replace("q", "k")
    ev = {"kind": "calendar#event",
          "etag": f"\"{digits(key, 'etag', n=16)}\"",
          "id": eid,
          "status": status,
          "htmlLink": f"https://www.google.com/calendar/event?eid={base64.b64encode((eid + ' ' + OWNER).encode()).decode().rstrip('=')}",
          "created": gapi_utc_ms(created),
          "updated": gapi_utc_ms(updated),
          "summary": summary}
    if description:
        ev["description"] = description
    if location:
        ev["location"] = location
    ev["creator"] = creator or organizer
    ev["organizer"] = organizer
    ev["start"] = {"dateTime": gapi(start), "timeZone": "America/New_York"}
    ev["end"] = {"dateTime": gapi(end), "timeZone": "America/New_York"}
    if transparency:
        ev["transparency"] = transparency
    ev["iCalUID"] = ical_uid or f"{eid}@google.com"
    ev["sequence"] = seq
    if attendees:
        ev["attendees"] = attendees
    if conference:
        ev.update(conference)
    ev["reminders"] = {"useDefault": True}
    ev["eventType"] = event_type
    return json.dumps(ev, indent=2, ensure_ascii=False) + "\n"


def sig(*lines):
    return "\n".join(lines)


# =========================================================================== cases
# Every case returns (slug, [(filename, content), ...], label-dict).

CASES = []


def case(fn):
    CASES.append(fn)
    return fn


def iv(company, role, start, end, status, interviewers, recipients, kind):
    return {"company": company, "role": role, "start": start.isoformat() if start else None,
            "end": end.isoformat() if end else None, "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(recipients), "kind": kind}


def label(interviews, difficulty, category, notes):
    return {"user": OWNER, "interview": bool(interviews), "interviews": interviews,
            "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}


# --------------------------------------------------------------------------- 01
@case
def c01():
    slug = "b196-01-nwsa-phone-panel-they-call-you"
    k = slug
    hr = ("Harwell, Denise", "denise.harwell@nwsa.example")
    chair = ("Quist, Harold", "harold.quist@nwsa.example")
    role = "Social Science Analyst, GS-0101-12"
    ann = "NWSA-26-1187-MP"
    start, end = T(2026, 10, 23, 10, 0), T(2026, 10, 23, 10, 45)
    wd(start, "Friday")
    confirm_by = T(2026, 10, 20)
    wd(confirm_by, "Tuesday")

    sent1 = T(2026, 9, 16, 15, 12, 8)
    t1 = f"""Dear Marisol Eberhart,

Thank you for your interest in the position of {role} with the National Workforce Statistics Administration, Office of Labor Market Research, announced under vacancy announcement number {ann}.

We have reviewed your application and determined that you are among the best qualified candidates. Your name has been referred to the selecting official for further consideration. Referral does not guarantee an interview or a job offer.

If the selecting official would like to interview you, the hiring office will contact you directly. Your application status on USAJOBS will be updated as the process moves forward.

Position: {role}
Announcement: {ann}
Referred grade(s): GS-12
Location: Washington, DC

This is an automated message generated by USA Staffing on behalf of the National Workforce Statistics Administration. Please do not reply to this message. For questions about this announcement, contact the HR office listed in the announcement: Denise Harwell, denise.harwell@nwsa.example.

Sincerely,
NWSA Office of Human Capital
"""
    bnd = f"----=_Part_{digits(k, 'usas', n=8)}"
    m1 = message([("Delivered-To", OWNER),
                  ("Received", received("mta-02.usastaffing.gov", "159.142.200.16", sent1)),
                  ("Return-Path", "<no-reply@usastaffing.gov>"),
                  ("From", "NWSA Human Resources <no-reply@usastaffing.gov>"),
                  ("To", OWNER),
                  ("Subject", f"Notice of Referral - {role} ({ann})"),
                  ("Date", rfc(sent1)),
                  ("Message-ID", f"<{uuidish(k, 'usas1')}@usastaffing.gov>"),
                  ("Auto-Submitted", "auto-generated")],
                 multi("alternative", bnd, [
                     leaf('text/plain; charset="utf-8"', t1, "quoted-printable"),
                     leaf('text/html; charset="utf-8"', to_html(t1, font="Verdana,sans-serif", size="10pt"),
                          "quoted-printable")]))

    sent2 = T(2026, 10, 16, 11, 47, 31)
    wd(sent2, "Friday")
    sigblock = sig("Respectfully,", "", "Denise Harwell",
                   "Human Resources Specialist (Recruitment & Placement)",
                   "Office of Human Capital | National Workforce Statistics Administration",
                   "denise.harwell@nwsa.example | (202) 555-0134")
    t2 = f"""Good morning Ms. Eberhart,

Now that normal operations have resumed following the lapse in appropriations, I am pleased to let you know that the selecting official would like to interview you for the {role} position (Announcement {ann}) in the Office of Labor Market Research.

Interview details
Date: {d_long(start)}
Time: {t_gov(start)} - {t_gov(end)} Eastern Time
Format: Structured telephone interview. The panel will call you at {OWNER_PHONE}, the number listed in your application. Please reply if you would prefer a different number.

Panel members:
1. Dr. Harold Quist, Branch Chief, Labor Market Research (panel chair)
2. Lena Marchetti, Senior Economist
3. Okonkwo Bassey, Supervisory Statistician

This is a structured interview: every candidate is asked the same questions in the same order and the panel takes notes. You will receive the interview questions by e-mail approximately 48 hours before your interview so that you can prepare. You may have notes and a copy of your resume in front of you during the call.

Please confirm your availability by replying to this e-mail no later than {wd(confirm_by, 'Tuesday')}, October 20. If you need a reasonable accommodation for the interview process, let me know and we will work with you.

I have copied Dr. Quist for awareness.

{sigblock}
"""
    m2id = mid_outlook(k, "m2")
    m2 = outlook_mail(k + "2", frm=hr, to=[(OWNER_NAME, OWNER)], cc=[chair], sent=sent2,
                      subject=f"Interview Scheduled: {role} - {ann}", text=t2, msgid=m2id)

    her_id = mid_gmail(k, "her-confirm")
    her_sent = T(2026, 10, 16, 13, 5)
    sent3 = T(2026, 10, 21, 9, 58, 12)
    wd(sent3, "Wednesday")
    t3 = f"""Ms. Eberhart,

As promised, below are the questions the panel will ask during your structured interview on {wd(start, 'Friday')}. Please do not share them. The panel will ask them in this order and may ask follow-up questions for clarification.

1. Describe a research or policy analysis project in which you used labor market or survey data to answer a question posed by decision-makers. What was your role and what was the result?
2. Tell us about a time you had to explain a complex statistical finding to a non-technical audience. How did you tailor your message?
3. Describe a situation in which you identified a problem with the quality of a data source late in a project. What did you do?
4. Give an example of how you managed competing deadlines from more than one stakeholder.
5. Why are you interested in this position, and what would you want to accomplish in your first year?

Dr. Quist will call you at {OWNER_PHONE} at {t_gov(start)} on Friday, October 23. Plan for 45 minutes. If you have not received a call by 10:10 a.m., please call me at (202) 555-0134.

Good luck,
Denise

Denise Harwell
Human Resources Specialist (Recruitment & Placement)
National Workforce Statistics Administration

-----Original Message-----
From: Marisol Eberhart <{OWNER}>
Sent: {d_long(her_sent)} {t_ampm(her_sent)}
To: Harwell, Denise <denise.harwell@nwsa.example>
Cc: Quist, Harold <harold.quist@nwsa.example>
Subject: Re: Interview Scheduled: {role} - {ann}

Dear Ms. Harwell,

Thank you - I confirm the telephone interview on Friday, October 23 at 10:00 a.m. {OWNER_PHONE} is the best number to reach me.

Best regards,
Marisol Eberhart
"""
    m3 = outlook_mail(k + "3", frm=hr, to=[(OWNER_NAME, OWNER)], sent=sent3,
                      subject=f"RE: Interview Scheduled: {role} - {ann}", text=t3, cte="base64",
                      html_part=False, in_reply_to=her_id, references=f"{m2id} {her_id}")
    items = [("01-usastaffing-notice-of-referral.eml", m1),
             ("02-hr-structured-phone-interview.eml", m2),
             ("03-interview-questions-in-advance.eml", m3)]
    lab = label([iv("National Workforce Statistics Administration", role, start, end, "scheduled",
                    [chair[1]], [chair[1]], "onsite")],
                "medium", "positive/phone-panel-questions-in-advance",
                "Structured phone panel of three (they call her). Only the chair's address appears; the other two "
                "panelists are names only. HR specialist Denise Harwell coordinates and is not an interviewer. "
                "The referral notice and the questions e-mail describe the same single interview.")
    return slug, items, lab


# --------------------------------------------------------------------------- 02
@case
def c02():
    slug = "b196-02-fhfro-usajobs-selected-teams-gcc-panel"
    k = slug
    role = "Policy Analyst, GS-0301-13"
    ann = "FHFRO-27-0042-DE"
    org = ("Raymond Szabo", "raymond.szabo@fhfro.example")
    priya = ("Priya Venkataraman", "priya.venkataraman@fhfro.example")
    start, end = T(2026, 11, 4, 14, 0), T(2026, 11, 4, 15, 0)
    wd(start, "Wednesday")

    sent1 = T(2026, 10, 19, 7, 3, 55)
    t1 = f"""Hello Marisol,

The status of an application you submitted has changed.

Policy Analyst
Federal Housing Finance Review Office
Announcement number: {ann}
Control number: {digits(k, 'ctrl', n=9)}

New status: Selected for interview

What does this mean?
The hiring agency has selected you for an interview. The agency will contact you directly with the date, time and format of your interview. USAJOBS does not schedule interviews.

Track this application:
https://www.usajobs.gov/applicant/applications/{digits(k, 'app', n=8)}

You are receiving this email because you have an account on USAJOBS. You can change your notification settings in your profile.

USAJOBS
Office of Personnel Management
1900 E Street NW, Washington, DC 20415
"""
    bnd = f"--=_usajobs_{hx(k, 'uj', n=20)}"
    m1 = message([("Delivered-To", OWNER),
                  ("Received", received("smtp-out-03.usajobs.gov", "143.231.21.37", sent1)),
                  ("Return-Path", "<no-reply@usajobs.gov>"),
                  ("From", "USAJOBS <no-reply@usajobs.gov>"),
                  ("To", OWNER),
                  ("Subject", "Your application status has changed"),
                  ("Date", rfc(sent1)),
                  ("Message-ID", f"<{uuidish(k, 'uj1')}@usajobs.gov>")],
                 multi("alternative", bnd, [
                     leaf('text/plain; charset="utf-8"', t1, "quoted-printable"),
                     leaf('text/html; charset="utf-8"', to_html(t1, font="Source Sans Pro,Helvetica,sans-serif"),
                          "base64")]))

    sent2 = datetime(2026, 10, 27, 13, 21, 40, tzinfo=UTC)
    teams = teams_block(k, gov=True)
    body = f"""Ms. Eberhart,

Thank you for your interest in the {role} position (announcement {ann}). This invitation is for your structured panel interview, which will last approximately 60 minutes.

Your panel:
- Raymond Szabo, Deputy Director, Office of Policy & Research (selecting official, panel chair)
- Priya Venkataraman, Senior Policy Analyst
- Gwendolyn Achebe, Attorney-Advisor, Office of General Counsel
- Tom\u00e1s Ilyin, Supervisory Financial Analyst

Ms. Achebe and Mr. Ilyin will join from our conference room on my line.

Please note that the clocks change on Sunday, November 1; the time on this invitation is Eastern Standard Time. Each panelist will ask questions from a standard set; at the end you will have time for your own questions. Please join from a private location with a working camera and microphone.

If you need to reschedule, reply to this message.

Raymond Szabo
Deputy Director, Office of Policy & Research
Federal Housing Finance Review Office
"""
    m2, uid, _ = exchange_invite(k, organizer=org, to=[(OWNER_NAME, OWNER), priya], attendees=[
        (OWNER_NAME, OWNER), priya], sent=sent2,
        subject=f"Structured Interview - {role} ({ann}) - M. Eberhart", start=start, end=end, body=body,
        location="Microsoft Teams Meeting", teams=teams)
    items = [("01-usajobs-status-selected-for-interview.eml", m1), ("02-teams-gcc-high-invite.eml", m2)]
    lab = label([iv("Federal Housing Finance Review Office", role, start, end, "scheduled",
                    [org[1], priya[1]], [org[1], priya[1]], "onsite")],
                "medium", "positive/usajobs-plus-teams-invite",
                "USAJOBS 'Selected for interview' carries no time; the Exchange/Teams (GCC High) invite sent in EDT "
                "is for a date after the Nov 1 fall-back (2:00 PM EST = 19:00Z). Four panelists named, only two "
                "addresses (organizer Szabo chairs, Venkataraman attendee).")
    return slug, items, lab


# --------------------------------------------------------------------------- 03
@case
def c03():
    slug = "b196-03-larchmont-greenhouse-hiring-manager"
    k = slug
    role = "Research Analyst, Housing & Urban Policy"
    coord = ("Keisha Brandvold", "kbrandvold@larchmontinstitute.example")
    start, end = T(2026, 10, 8, 15, 30), T(2026, 10, 8, 16, 15)
    wd(start, "Thursday")
    sent1 = datetime(2026, 10, 2, 16, 5, 19, tzinfo=UTC)
    zoom = f"https://larchmontinstitute.zoom.us/j/{digits(k, 'zoom', n=11)}?pwd={b64id(k, 'zpwd', n=32)}"
    t1 = f"""Hi Marisol,

Thanks for sending over your availability! Your interview for the {role} role at the Larchmont Institute for Public Policy is confirmed.

When: {d_long(start)}, {t_ampm(start)} - {t_ampm(end)} {start.tzname()}
Interview: Hiring Manager Conversation (45 min)
With: Anand Ferreira-Louw, Director, Housing & Urban Policy Program
Where: Zoom - {zoom}

Anand has read the writing sample you submitted (your brief on inclusionary zoning) and will likely ask you to walk through your methodology, so it is worth having it handy.

A calendar invitation is attached. If you need to reschedule, just reply to this email and I will find another time.

Best,
Keisha

Keisha Brandvold
Talent & Operations Coordinator
Larchmont Institute for Public Policy
"""
    ics1 = ics_text(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Greenhouse//Interview Scheduler//EN",
                     "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "BEGIN:VEVENT",
                     f"UID:{hx(k, 'ghuid', n=24)}@greenhouse.io", f"DTSTAMP:{ics_utc(sent1)}",
                     f"DTSTART:{ics_utc(start)}", f"DTEND:{ics_utc(end)}",
                     f"SUMMARY:{esc('Interview with Larchmont Institute for Public Policy')}",
                     f"DESCRIPTION:{esc('Hiring Manager Conversation for ' + role + ' with Anand Ferreira-Louw. Join Zoom: ' + zoom)}",
                     f"LOCATION:{esc(zoom)}",
                     f"ORGANIZER;CN=Keisha Brandvold:mailto:{coord[1]}",
                     att(OWNER_NAME, OWNER, partstat="ACCEPTED", rsvp="FALSE"),
                     "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"])
    m1 = ats_mail(k, frm=("Keisha Brandvold", "no-reply@us.greenhouse-mail.io"), reply_to=coord, sent=sent1,
                  subject=f"Interview Confirmation: {role} - Larchmont Institute", text=t1, ics=ics1,
                  ics_name="interview.ics")
    sent2 = T(2026, 10, 6, 9, 12, 40)
    her_id = mid_gmail(k, "her-q")
    t2 = f"""Hi Marisol,

Good question - no slides needed. Anand prefers a conversation. Just be ready to talk through the zoning brief and one project you'd want to take on here. It's only Anand on the call.

Talk soon,
Keisha

On Mon, Oct 5, 2026 at 8:41 PM Marisol Eberhart <{OWNER}> wrote:
> Hi Keisha,
>
> Thank you for setting this up. Should I prepare a short presentation for
> Thursday, or will it be a conversation?
>
> Best,
> Marisol
"""
    m2 = gmail_mail(k, frm=coord, to=[(OWNER_NAME, OWNER)], sent=sent2,
                    subject=f"Re: Interview Confirmation: {role} - Larchmont Institute", text=t2,
                    in_reply_to=her_id, references=her_id)
    items = [("01-greenhouse-interview-confirmation.eml", m1), ("02-coordinator-reply.eml", m2)]
    lab = label([iv("Larchmont Institute for Public Policy", role, start, end, "scheduled", [], [coord[1]],
                    "hiring_manager")],
                "medium", "positive/greenhouse-ics",
                "Greenhouse confirmation (no-reply sender, Reply-To coordinator) + UTC .ics. The interviewer's address "
                "never appears, so interviewer_emails is empty and follow-up goes to the coordinator.")
    return slug, items, lab


# --------------------------------------------------------------------------- 04
@case
def c04():
    slug = "b196-04-corwin-greenhouse-reschedule-across-dst"
    k = slug
    role = "Senior Policy Analyst, State Tax Policy"
    rec = ("Jolene Wetherby", "jwetherby@corwincenter.example")
    marcus = ("Marcus Delacroix-Hale", "mdelacroixhale@corwincenter.example")
    s0, e0 = T(2026, 10, 30, 11, 0), T(2026, 10, 30, 12, 0)
    s1, e1 = T(2026, 11, 3, 11, 0), T(2026, 11, 3, 12, 0)
    wd(s0, "Friday")
    wd(s1, "Tuesday")
    uid = f"{hx(k, 'ghuid', n=24)}@greenhouse.io"
    zoom = f"https://corwincenter.zoom.us/j/{digits(k, 'zoom', n=11)}"

    def gh_ics(s, e, seq, stamp):
        return ics_text(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Greenhouse//Interview Scheduler//EN",
                         "METHOD:REQUEST"] + TZ_NY +
                        ["BEGIN:VEVENT", f"UID:{uid}", f"SEQUENCE:{seq}", f"DTSTAMP:{ics_utc(stamp)}",
                         f"DTSTART;TZID=America/New_York:{ics_local(s)}",
                         f"DTEND;TZID=America/New_York:{ics_local(e)}",
                         f"SUMMARY:{esc('Interview: ' + role + ' - Corwin Center for Fiscal Studies')}",
                         f"DESCRIPTION:{esc('Conversation with Marcus Delacroix-Hale, Director of State Tax Policy. Zoom: ' + zoom)}",
                         f"LOCATION:{esc(zoom)}",
                         f"ORGANIZER;CN=Jolene Wetherby:mailto:{rec[1]}",
                         att(OWNER_NAME, OWNER), att(marcus[0], marcus[1], partstat="ACCEPTED"),
                         "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])

    sent1 = datetime(2026, 10, 22, 14, 30, 2, tzinfo=UTC)
    t1 = f"""Hi Marisol,

Your interview with the Corwin Center for Fiscal Studies is scheduled. Details are below and a calendar invitation is attached.

Position: {role}
Date: {d_long(s0)}
Time: {t_ampm(s0)} - {t_ampm(e0)} Eastern Time
Interviewer: Marcus Delacroix-Hale, Director of State Tax Policy
Location: Zoom - {zoom}

Questions? Reply to this email to reach Jolene Wetherby.

Corwin Center for Fiscal Studies
"""
    m1 = ats_mail(k + "1", frm=("Corwin Center Recruiting", "no-reply@greenhouse.io"), reply_to=rec, sent=sent1,
                  subject=f"Interview Confirmation: {role}", text=t1, ics=gh_ics(s0, e0, 0, sent1))
    sent2 = T(2026, 10, 27, 10, 12, 44)
    m2id = mid_outlook(k, "m2")
    t2 = f"""Hi Marisol,

I'm sorry to do this - Marcus has been asked to testify before the state senate finance committee on Friday, so he can't do your interview on {wd(s0, 'Friday')} at 11.

Would {wd(s1, 'Tuesday')}, November 3 at the same time (11:00 a.m.) work for you instead? Heads-up that the clocks fall back on Sunday, so that will be 11:00 a.m. Eastern Standard Time.

Thanks for your flexibility,
Jolene

Jolene Wetherby | Recruiting Manager
Corwin Center for Fiscal Studies
"""
    m2 = outlook_mail(k + "2", frm=rec, to=[(OWNER_NAME, OWNER)], sent=sent2, gov_relay=False,
                      subject="Moving Friday's interview", text=t2, msgid=m2id)
    sent3 = T(2026, 10, 27, 15, 40, 5)
    her_id = mid_gmail(k, "her")
    t3 = f"""Wonderful - I've updated it in Greenhouse and you'll get a fresh confirmation in a few minutes. Marcus is looking forward to it.

Jolene

From: Marisol Eberhart <{OWNER}>
Sent: Tuesday, October 27, 2026 1:18 PM
To: Jolene Wetherby <{rec[1]}>
Subject: Re: Moving Friday's interview

Hi Jolene,

No problem at all - Tuesday, November 3 at 11:00 a.m. works perfectly.

Best,
Marisol
"""
    m3 = outlook_mail(k + "3", frm=rec, to=[(OWNER_NAME, OWNER)], sent=sent3, gov_relay=False,
                      subject="RE: Moving Friday's interview", text=t3, in_reply_to=her_id,
                      references=f"{m2id} {her_id}")
    sent4 = datetime(2026, 10, 27, 19, 52, 18, tzinfo=UTC)
    t4 = f"""Hi Marisol,

Your interview has been rescheduled. Your updated interview details are below, and an updated calendar invitation is attached.

Position: {role}
Date: {d_long(s1)}
Time: {t_ampm(s1)} - {t_ampm(e1)} Eastern Time
Interviewer: Marcus Delacroix-Hale, Director of State Tax Policy
Location: Zoom - {zoom}

Questions? Reply to this email to reach Jolene Wetherby.

Corwin Center for Fiscal Studies
"""
    m4 = ats_mail(k + "4", frm=("Corwin Center Recruiting", "no-reply@greenhouse.io"), reply_to=rec, sent=sent4,
                  subject=f"Updated Interview Confirmation: {role}", text=t4, ics=gh_ics(s1, e1, 1, sent4))
    items = [("01-greenhouse-confirmation.eml", m1), ("02-recruiter-asks-to-move.eml", m2),
             ("03-recruiter-confirms-tuesday.eml", m3), ("04-greenhouse-updated-confirmation.eml", m4)]
    lab = label([iv("Corwin Center for Fiscal Studies", role, s1, e1, "scheduled", [marcus[1]], [marcus[1]],
                    "hiring_manager")],
                "hard", "positive/reschedule-dst",
                "Friday Oct 30 11:00 EDT moved to Tuesday Nov 3 11:00 EST (same wall time, offset changes across the "
                "Nov 1 fall-back). Same Greenhouse UID, SEQUENCE 0 -> 1. One interview at the final time.")
    return slug, items, lab


# --------------------------------------------------------------------------- 05
@case
def c05():
    slug = "b196-05-orbp-zoomgov-panel-cancelled-shutdown"
    k = slug
    role = "Management and Program Analyst, GS-0343-12"
    ann = "ORBP-26-3310-MP"
    hr = ("Calvin Moberly-Tan", "calvin.moberlytan@orbp.example")
    sharon = ("Sharon Whitcombe", "sharon.whitcombe@orbp.example")
    dev = ("Dev Raghunathan", "dev.raghunathan@orbp.example")
    start, end = T(2026, 10, 1, 13, 0), T(2026, 10, 1, 14, 0)
    wd(start, "Thursday")
    zid = "16" + digits(k, "zgov", n=8)
    zurl = f"https://www.zoomgov.com/j/{zid}?pwd={b64id(k, 'zpwd', n=32)}"
    zoom_block = f"""Join ZoomGov Meeting
{zurl}

Meeting ID: {zid[:3]} {zid[3:6]} {zid[6:]}
Passcode: {digits(k, 'zpc', n=6)}

One tap mobile
+12025550172,,{zid}# US (Washington DC)

Dial by your location
        +1 202 555 0172 US (Washington DC)
Find your local number: https://www.zoomgov.com/u/a{b64id(k, 'zloc', n=10)}
"""
    body = f"""Ms. Eberhart,

You are invited to a panel interview for the position of {role}, announcement {ann}, Office of Rural Broadband Programs.

The panel:
- Sharon Whitcombe, Director, Program Performance Division (panel chair)
- Dev Raghunathan, Senior Program Analyst
- Lourdes Pineda, Grants Management Specialist

The interview will be held on Zoom for Government and will last about one hour. I will open the meeting, introduce the panel, and then leave the meeting. Questions will be read aloud by the panel; you may take notes.

Please accept this invitation to confirm.

Calvin Moberly-Tan
HR Specialist | Office of Rural Broadband Programs
(202) 555-0161

{zoom_block}"""
    sent1 = datetime(2026, 9, 21, 18, 2, 10, tzinfo=UTC)
    wd(sent1.astimezone(NY), "Monday")
    atts = [(OWNER_NAME, OWNER), sharon, dev]
    m1, uid, _ = exchange_invite(k, organizer=hr, to=atts, attendees=atts, sent=sent1,
                                 subject=f"Panel Interview: {role} ({ann})", start=start, end=end,
                                 body=body, location=zurl)
    sent2 = T(2026, 9, 30, 18, 47, 3)
    wd(sent2, "Wednesday")
    t2 = f"""Ms. Eberhart,

Because appropriations for fiscal year 2027 have not been enacted, the Office of Rural Broadband Programs will begin an orderly shutdown at 12:01 a.m. tomorrow and all recruitment and hiring activity is suspended during the lapse.

Unfortunately this means your panel interview scheduled for tomorrow, {wd(start, 'Thursday')}, October 1 at 1:00 p.m., is cancelled. I am very sorry for the short notice. Your application remains active; once funding is restored, we will contact you about next steps. Please note that I will not have access to e-mail during the lapse.

Respectfully,

Calvin Moberly-Tan
HR Specialist | Office of Rural Broadband Programs
"""
    m2 = outlook_mail(k + "2", frm=hr, to=[(OWNER_NAME, OWNER)], cc=[sharon, dev], sent=sent2,
                      subject="Interview cancelled - lapse in appropriations", text=t2)
    sent3 = datetime(2026, 9, 30, 22, 49, 30, tzinfo=UTC)
    m3, _, _ = exchange_invite(k + "c", organizer=hr, to=atts, attendees=atts, sent=sent3,
                               subject=f"Panel Interview: {role} ({ann})", start=start, end=end, body="",
                               location=zurl, cancel=True, seq=1, uid=uid,
                               cancel_note="Cancelled due to the lapse in appropriations. We will contact you when "
                                           "hiring activity resumes.")
    items = [("01-outlook-invite-zoomgov-panel.eml", m1), ("02-hr-cancel-lapse-in-appropriations.eml", m2),
             ("03-outlook-canceled.eml", m3)]
    lab = label([iv("Office of Rural Broadband Programs", role, start, end, "cancelled",
                    [sharon[1], dev[1]], [sharon[1], dev[1]], "onsite")],
                "medium", "positive/cancellation-shutdown",
                "Zoom.gov panel interview cancelled because of the government shutdown (e-mail 'tomorrow' + METHOD:CANCEL "
                "same UID). Kept as cancelled at its last time; Outlook label says (UTC-05:00) but Oct 1 is EDT. "
                "No new time is given. Third panelist has no address; HR organizer is not an interviewer.")
    return slug, items, lab


# --------------------------------------------------------------------------- 06
@case
def c06():
    slug = "b196-06-btsd-zoomgov-panel-substitution"
    k = slug
    role = "Transportation Specialist (Policy), GS-2101-13"
    ann = "BTSD-27-0019-DH"
    hr = ("Freitas-Moore, Angela", "angela.freitasmoore@btsd.example")
    walter = ("Oyelaran, Walter", "walter.oyelaran@btsd.example")
    meilin = ("Haverford, Mei-Lin", "meilin.haverford@btsd.example")
    joaquin = ("Estrada-Paz, Joaqu\u00edn", "joaquin.estradapaz@btsd.example")
    rosalind = ("Achterberg-Kim, Rosalind", "rosalind.achterbergkim@btsd.example")
    start, end = T(2026, 11, 4, 9, 30), T(2026, 11, 4, 10, 30)
    wd(start, "Wednesday")
    zid = "16" + digits(k, "zgov", n=8)
    zurl = f"https://www.zoomgov.com/j/{zid}?pwd={b64id(k, 'zpwd', n=32)}"
    sent1 = T(2026, 10, 29, 14, 22, 51)
    wd(sent1, "Thursday")
    t1 = f"""Dear Ms. Eberhart,

Congratulations - you have been selected to interview for the position of {role}, vacancy announcement {ann}, Bureau of Transit Safety Data, Office of Safety Data Policy.

Your interview will be conducted by a three-member panel using Zoom for Government on {d_long(start)}, from {t_gov(start).replace(' a.m.', '')} to {t_gov(end)} Eastern Standard Time.

Panel members (copied on this message):
  - Walter Oyelaran, Chief, Safety Data Policy Division
  - Mei-Lin Haverford, Senior Transportation Specialist
  - Joaqu\u00edn Estrada-Paz, Program Analyst

Join ZoomGov Meeting
{zurl}
Meeting ID: {zid[:3]} {zid[3:6]} {zid[6:]}
Passcode: {digits(k, 'zpc', n=6)}
Dial in: +1 202 555 0166 US (Washington DC)

Format: approximately 15 minutes before the interview I will e-mail you the five questions the panel will ask so you can review them. Each panelist will read one or two questions; there will be time at the end for your questions. Please have a copy of your resume available.

Please reply to confirm that you will attend.

Sincerely,

Angela Freitas-Moore
Human Resources Specialist
Bureau of Transit Safety Data
(202) 555-0127
"""
    m1id = mid_outlook(k, "m1")
    m1 = outlook_mail(k + "1", frm=hr, to=[(OWNER_NAME, OWNER)], cc=[walter, meilin, joaquin], sent=sent1,
                      subject=f"Interview Invitation - {role} - {ann}", text=t1, cte="base64", msgid=m1id)
    her_id = mid_gmail(k, "her")
    sent2 = T(2026, 11, 2, 8, 31, 9)
    wd(sent2, "Monday")
    t2 = f"""Good morning Ms. Eberhart,

Thank you for confirming. Two updates for {wd(start, 'Wednesday')}'s interview:

1. Mr. Estrada-Paz is on travel and will not be able to participate. Rosalind Achterberg-Kim, Supervisory Transportation Specialist, will take his place on the panel. The panel is now Mr. Oyelaran, Ms. Haverford and Ms. Achterberg-Kim.
2. A reminder that we are now on standard time - your interview remains at {t_gov(start)} Eastern, and the Zoom for Government link has not changed.

Sincerely,
Angela

Angela Freitas-Moore
Human Resources Specialist
Bureau of Transit Safety Data

From: Marisol Eberhart <{OWNER}>
Sent: Thursday, October 29, 2026 5:02 PM
To: Freitas-Moore, Angela <{hr[1]}>
Subject: Re: Interview Invitation - {role} - {ann}

Dear Ms. Freitas-Moore,

Thank you. I confirm that I will attend the interview on Wednesday, November 4 at 9:30 a.m.

Best regards,
Marisol Eberhart
"""
    m2 = outlook_mail(k + "2", frm=hr, to=[(OWNER_NAME, OWNER)], cc=[walter, meilin, rosalind], sent=sent2,
                      subject=f"RE: Interview Invitation - {role} - {ann}", text=t2, in_reply_to=her_id,
                      references=f"{m1id} {her_id}")
    items = [("01-hr-invitation-zoomgov.eml", m1), ("02-hr-panel-change.eml", m2)]
    lab = label([iv("Bureau of Transit Safety Data", role, start, end, "scheduled",
                    [walter[1], meilin[1], rosalind[1]], [walter[1], meilin[1], rosalind[1]], "onsite")],
                "hard", "positive/body-only-zoomgov-panel-change",
                "Body-only (base64) Zoom.gov panel, sent in EDT for a date after the fall-back. A later e-mail replaces "
                "one panelist (Estrada-Paz out, Achterberg-Kim in): final panel wins for interviewer_emails. HR "
                "specialist only coordinates.")
    return slug, items, lab


# --------------------------------------------------------------------------- 07
@case
def c07():
    slug = "b196-07-ocrp-selecting-official-phone-thread"
    k = slug
    role = "Policy Advisor (Climate Adaptation), GS-0301-14"
    ann = "OCRP-27-0007-MP"
    bea = ("Beatrice Lindqvist-Oduya", "beatrice.lindqvist@ocrp.example")
    start, end = T(2026, 10, 26, 16, 0), T(2026, 10, 26, 16, 30)
    wd(start, "Monday")
    sent1 = T(2026, 10, 22, 12, 14, 9)
    wd(sent1, "Thursday")
    m1id = mid_apple(k, "m1", domain="ocrp.example")
    t1 = f"""Dear Ms. Eberhart,

I'm the selecting official for the {role} position (announcement {ann}). HR referred your application to me and I'd like to set up a phone interview - roughly 30 minutes, just me, to talk about your work on coastal flood insurance and what you'd want to do in this role.

Would Monday afternoon at 4:00 work? I'm happy to call you at the number on your resume, or let me know a better one.

Best,
Beatrice

Beatrice Lindqvist-Oduya
Director, Office of Coastal Resilience Policy
(202) 555-0190
"""
    m1 = message([("Delivered-To", OWNER),
                  ("Received", received("mail-bn8gcc02on2091.outbound.protection.office365.us", "52.247.94.91", sent1)),
                  ("Return-Path", f"<{bea[1]}>"),
                  ("From", addr(*bea)), ("To", addr(OWNER_NAME, OWNER)),
                  ("Subject", "Policy Advisor (Climate Adaptation) - phone interview?"),
                  ("Date", rfc(sent1)), ("Message-ID", m1id),
                  ("X-Mailer", "iPhone Mail (22B91)")],
                 leaf('text/plain; charset=utf-8', t1, "quoted-printable"))
    her_sent = T(2026, 10, 22, 15, 2)
    her_id = mid_gmail(k, "her")
    sent2 = T(2026, 10, 22, 17, 31, 50)
    t2 = f"""Perfect - I'll call you Monday at 4:00 at 202-555-0183. Talk then.

B.

On Oct 22, 2026, at 3:02 PM, Marisol Eberhart <{OWNER}> wrote:

> Dear Ms. Lindqvist-Oduya,
>
> Thank you for reaching out. Monday at 4:00 p.m. works well. The best
> number to reach me is 202-555-0183.
>
> I look forward to speaking with you.
>
> Best regards,
> Marisol Eberhart
>
>> On Oct 22, 2026, at 12:14 PM, Beatrice Lindqvist-Oduya <{bea[1]}> wrote:
>>
>> Dear Ms. Eberhart,
>>
>> I'm the selecting official for the {role} position
>> (announcement {ann}). HR referred your application to me and I'd like to
>> set up a phone interview - roughly 30 minutes, just me.
>>
>> Would Monday afternoon at 4:00 work?
"""
    m2 = message([("Delivered-To", OWNER),
                  ("Received", received("mail-bn8gcc02on2092.outbound.protection.office365.us", "52.247.94.92", sent2)),
                  ("Return-Path", f"<{bea[1]}>"),
                  ("From", addr(*bea)), ("To", addr(OWNER_NAME, OWNER)),
                  ("Subject", "Re: Policy Advisor (Climate Adaptation) - phone interview?"),
                  ("Date", rfc(sent2)), ("Message-ID", mid_apple(k, "m2", domain="ocrp.example")),
                  ("In-Reply-To", her_id), ("References", f"{m1id} {her_id}"),
                  ("X-Mailer", "iPhone Mail (22B91)")],
                 leaf('text/plain; charset=utf-8', t2, "quoted-printable"))
    items = [("01-selecting-official-asks.eml", m1), ("02-selecting-official-confirms.eml", m2)]
    lab = label([iv("Office of Coastal Resilience Policy", role, start, end, "scheduled", [bea[1]], [bea[1]],
                    "hiring_manager")],
                "hard", "positive/thread-relative-date-phone",
                "Plain-text thread, no invite. 'Monday afternoon at 4:00' resolved against Thu Oct 22 -> Mon Oct 26 "
                "16:00 EDT; 'roughly 30 minutes' gives the end. The selecting official calls her herself.")
    return slug, items, lab


# --------------------------------------------------------------------------- 08
@case
def c08():
    slug = "b196-08-calloway-gcal-json-phone-screen"
    k = slug
    role = "Research Associate, Energy & Climate Program"
    sim = ("Simone Ashgrove", "sashgrove@callowayinstitute.example")
    start, end = T(2026, 11, 9, 12, 0), T(2026, 11, 9, 12, 30)
    wd(start, "Monday")
    ev = gcal_event(
        k, summary="Phone screen: Marisol Eberhart / Calloway Institute (Research Associate, Energy & Climate)",
        description=("30-minute recruiter screen for the Research Associate, Energy & Climate Program role.\n\n"
                     f"Simone will call Marisol at {OWNER_PHONE}.\n\n"
                     "Topics: background and interest in the program, the writing sample, salary range and timeline. "
                     "If this goes well the next step is a panel with the program director."),
        start=start, end=end,
        organizer={"email": sim[1], "displayName": sim[0]},
        attendees=[{"email": sim[1], "displayName": sim[0], "organizer": True, "responseStatus": "accepted"},
                   {"email": OWNER, "displayName": OWNER_NAME, "self": True, "responseStatus": "accepted"}],
        created=datetime(2026, 10, 30, 17, 2, tzinfo=UTC), updated=datetime(2026, 10, 30, 19, 44, 8, tzinfo=UTC),
        location=f"Phone: Simone calls {OWNER_PHONE}")
    items = [("01-phone-screen.gcal.json", ev)]
    lab = label([iv("Calloway Institute", role, start, end, "scheduled", [sim[1]], [sim[1]], "phone_screen")],
                "easy", "positive/gcal-json-phone-screen",
                "Calendar API event only (post-DST, -05:00). The recruiter conducts the screen, so she is the "
                "interviewer.")
    return slug, items, lab


# --------------------------------------------------------------------------- 09
@case
def c09():
    slug = "b196-09-fpib-standalone-ics-group-organizer"
    k = slug
    role = "Program Analyst (Acquisition Policy), GS-0343-13"
    ann = "FPIB-27-0211-MP"
    org = ("FPIB Hiring", "fpib-hiring@fpib.example")
    nadia = ("Nadia Kowalczyk-Reyes", "nadia.kowalczyk@fpib.example")
    ibr = ("Ibrahim Thorsen", "ibrahim.thorsen@fpib.example")
    start, end = T(2026, 11, 12, 10, 0), T(2026, 11, 12, 11, 0)
    wd(start, "Thursday")
    url, tblock = teams_block(k)
    desc = (f"When: {outlook_when(start, end)}\nWhere: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\n"
            f"Federal Procurement Integrity Board (FPIB) - structured interview for {role}, announcement {ann}.\n\n"
            "Panel: Nadia Kowalczyk-Reyes (chair, Deputy Director, Acquisition Policy), Ibrahim Thorsen (Senior "
            "Procurement Analyst) and Consuelo Baptiste-Ward (Office of General Counsel).\n\n"
            "The questions will be shown on screen one at a time. The interview lasts 60 minutes. Please reply to "
            "this mailbox (fpib-hiring@fpib.example) with any questions.\n\n" + tblock)
    stamp = datetime(2026, 11, 3, 15, 10, 0, tzinfo=UTC)
    ics = exchange_ics(method="REQUEST", uid=exchange_uid(k), seq=0, organizer=org,
                       attendees=[(OWNER_NAME, OWNER), nadia, ibr], start=start, end=end,
                       summary=f"Structured Interview - {role} - Eberhart", description=desc,
                       location="Microsoft Teams Meeting", stamp=stamp, teams_url=url)
    items = [("01-structured-interview.ics", ics)]
    lab = label([iv("Federal Procurement Integrity Board", role, start, end, "scheduled", [nadia[1], ibr[1]],
                    [nadia[1], ibr[1]], "onsite")],
                "medium", "positive/standalone-ics-windows-tz",
                "Standalone Exchange .ics with TZID 'Eastern Standard Time'. Organizer is a group hiring mailbox "
                "(not an interviewer, not a follow-up recipient); two of the three panelists have addresses.")
    return slug, items, lab


# --------------------------------------------------------------------------- 10
@case
def c10():
    slug = "b196-10-whitford-in-person-final-round"
    k = slug
    role = "Senior Research Associate, Governance Studies"
    coord = ("Priyanka Solberg-Ames", "psolberg@whitfordcenter.example")
    ele = ("Eleanor Matsuda-Greene", "ematsudagreene@whitfordcenter.example")
    raf = ("Rafael Quintanar-Holt", "rquintanar@whitfordcenter.example")
    aisha = ("Aisha Brennan-Toure", "abrennantoure@whitfordcenter.example")
    gordon = ("Gordon Achterberg", "gachterberg@whitfordcenter.example")
    d = T(2026, 11, 13)
    wd(d, "Friday")
    slots = [((9, 30), (10, 15), "Eleanor Matsuda-Greene, Vice President for Research"),
             ((10, 15), (11, 0), "Panel: Dr. Rafael Quintanar-Holt (Senior Fellow) and Aisha Brennan-Toure (Fellow)"),
             ((11, 0), (11, 45), "Writing exercise debrief with Theo Landgraf, Managing Editor"),
             ((11, 45), (12, 45), "Lunch with the Governance Studies research assistants (informal)"),
             ((12, 45), (13, 30), "Gordon Achterberg, President")]
    rows = "\n".join(f"{t_ampm(T(2026, 11, 13, *a))} - {t_ampm(T(2026, 11, 13, *b))}   {who}" for a, b, who in slots)
    start, end = T(2026, 11, 13, 9, 30), T(2026, 11, 13, 13, 30)
    sent1 = datetime(2026, 11, 5, 15, 40, 0, tzinfo=UTC)
    t1 = f"""Hi Marisol,

We're so glad you'll be joining us in person for your final-round interviews for the {role} position. Your itinerary is below.

{d_long(d)} (all times Eastern)
Whitford Center for Democracy & Governance
1730 Rhode Island Avenue NW, Suite 600, Washington, DC 20036

{rows}

When you arrive, please check in with the front desk on the 6th floor and ask for me. Bring a photo ID for the building's security desk. If anything comes up, reply to this email or call me at (202) 555-0152.

See you on the 13th,
Priyanka

Priyanka Solberg-Ames
People & Culture Coordinator
Whitford Center for Democracy & Governance
"""
    m1 = ats_mail(k + "1", frm=("Priyanka Solberg-Ames", "no-reply@us.greenhouse-mail.io"), reply_to=coord,
                  sent=sent1, subject=f"Your interview itinerary - {role}", text=t1)
    sent2 = datetime(2026, 11, 5, 15, 52, 31, tzinfo=UTC)
    desc = (f"Final-round interviews for {role} (in person). Full itinerary in Priyanka's email.\n"
            "9:30 Eleanor / 10:15 Rafael + Aisha / 11:00 Theo (writing exercise) / 11:45 lunch / 12:45 Gordon")
    m2, _, _ = google_invite(k, organizer=coord, attendees=[coord, (OWNER_NAME, OWNER), ele, raf, aisha, gordon],
                             sent=sent2, title="Marisol Eberhart - final round (onsite)", start=start, end=end,
                             description=desc,
                             location="Whitford Center, 1730 Rhode Island Ave NW, Suite 600, Washington, DC 20036")
    items = [("01-greenhouse-itinerary.eml", m1), ("02-google-invite-final-round.eml", m2)]
    ivs = [ele[1], raf[1], aisha[1], gordon[1]]
    lab = label([iv("Whitford Center for Democracy & Governance", role, start, end, "scheduled", ivs, ivs,
                    "onsite")],
                "medium", "positive/onsite-loop-itinerary",
                "In-person final round with five sessions incl. an informal lunch: ONE onsite 9:30-13:30 EST. "
                "Theo Landgraf interviews but his address never appears; coordinator Priyanka is organizer only.")
    return slug, items, lab


# --------------------------------------------------------------------------- 11
@case
def c11():
    slug = "b196-11-ogoe-forwarded-from-alumni-address"
    k = slug
    role = "Grants Management Specialist (Policy), GS-1109-12"
    ann = "OGOE-27-0003-DE"
    alum = ("Marisol Eberhart", "meberhart@alumni.calderuniversity.example")
    trev = ("Nakashima-Bell, Trevor", "trevor.nakashimabell@ogoe.example")
    ren = ("Ostrowski, Renata", "renata.ostrowski@ogoe.example")
    start, end = T(2026, 10, 20, 14, 0), T(2026, 10, 20, 14, 45)
    wd(start, "Tuesday")
    orig = T(2026, 10, 14, 16, 5)
    wd(orig, "Wednesday")
    sent = T(2026, 10, 14, 19, 22, 10)
    url, tblock = teams_block(k)
    fwd = f"""Forwarding to my main inbox so I don't lose it.

---------- Forwarded message ---------
From: {trev[0]} <{trev[1]}>
Date: Wed, Oct 14, 2026 at {t_g(orig).replace('pm', ' PM')}
Subject: Interview - {role}
To: meberhart@alumni.calderuniversity.example <meberhart@alumni.calderuniversity.example>
Cc: {ren[0]} <{ren[1]}>


Good afternoon Ms. Eberhart,

You have been selected for an interview for the {role} position, announcement {ann}, Office of Grants Oversight and Evaluation. Now that operations have resumed, we are rescheduling interviews that were on hold during the lapse in appropriations.

When: {outlook_when(start, end)}
Where: Microsoft Teams (link below)
Interviewer: Renata Ostrowski, Supervisory Grants Management Specialist (selecting official)

This will be a 45-minute interview with Ms. Ostrowski. She is copied on this message. Please reply to confirm.

Thank you,

Trevor Nakashima-Bell
HR Assistant, Office of Grants Oversight and Evaluation

{tblock}"""
    gm_html = ('<div dir="ltr">Forwarding to my main inbox so I don\'t lose it.<br><br>'
               '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>'
               f'From: <strong class="gmail_sendername" dir="auto">{html.escape(trev[0])}</strong> '
               f'<span dir="auto">&lt;<a href="mailto:{trev[1]}">{trev[1]}</a>&gt;</span><br>'
               f'Date: Wed, Oct 14, 2026 at 4:05 PM<br>Subject: Interview - {html.escape(role)}<br>'
               'To: meberhart@alumni.calderuniversity.example &lt;meberhart@alumni.calderuniversity.example&gt;<br>'
               f'Cc: {html.escape(ren[0])} &lt;<a href="mailto:{ren[1]}">{ren[1]}</a>&gt;<br></div><br><br>'
               + to_html(fwd.split("Cc: " + ren[0] + " <" + ren[1] + ">\n\n\n", 1)[1]).split("<body>", 1)[1]
               .rsplit("</body>", 1)[0] + "</div></div>\n")
    m = gmail_mail(k, frm=alum, to=[(OWNER_NAME, OWNER)], sent=sent, subject=f"Fwd: Interview - {role}",
                   text=fwd, html_text=gm_html)
    items = [("01-fwd-interview-from-alumni-address.eml", m)]
    lab = label([iv("Office of Grants Oversight and Evaluation", role, start, end, "scheduled", [ren[1]], [ren[1]],
                    "hiring_manager")],
                "hard", "positive/forwarded-utc-label-trap",
                "She forwards the HR e-mail from her own alumni address. Outlook-style 'When' line says (UTC-05:00) "
                "but Oct 20 is EDT -> 14:00-04:00. The selecting official interviews alone; the HR assistant and her "
                "own alumni address are not recipients.")
    return slug, items, lab


# --------------------------------------------------------------------------- 12
@case
def c12():
    slug = "b196-12-brightwater-screen-then-panel"
    k = slug
    role = "Research Analyst, Labor Markets"
    owen = ("Owen Castellano-Pryce", "ocastellano@brightwatercenter.example")
    har = ("Harriet Vossberg", "hvossberg@brightwatercenter.example")
    kwa = ("Kwame Adjei-Larsen", "kadjeilarsen@brightwatercenter.example")
    yus = ("Yusra Delgado-Finch", "ydelgadofinch@brightwatercenter.example")
    s1, e1 = T(2026, 10, 27, 11, 0), T(2026, 10, 27, 11, 30)
    s2, e2 = T(2026, 11, 5, 13, 0), T(2026, 11, 5, 14, 30)
    wd(s1, "Tuesday")
    wd(s2, "Thursday")
    sent1 = T(2026, 10, 21, 9, 15, 33)
    wd(sent1, "Wednesday")
    t1 = f"""Hi Marisol,

Thanks for applying to the {role} position at the Brightwater Center for Labor Economics - your paper on sectoral training programs stood out to the team.

Based on the availability you entered, I've booked a 30-minute phone screen for next Tuesday (the 27th) at 11:00 a.m. Eastern to learn more about your background and walk you through the role. I'll call you at {OWNER_PHONE}.

If something comes up, just reply here and we'll find another time.

Best,
Owen

Owen Castellano-Pryce
Senior Recruiter | Brightwater Center for Labor Economics
"""
    m1 = gmail_mail(k, frm=owen, to=[(OWNER_NAME, OWNER)], sent=sent1,
                    subject=f"Phone screen - {role}", text=t1)
    sent2 = datetime(2026, 10, 28, 16, 2, 11, tzinfo=UTC)
    desc = (f"Great talking with you on Tuesday! Next step: panel interview for the {role} role.\n\n"
            "Panel: Harriet Vossberg (Director, Labor Markets), Kwame Adjei-Larsen (Senior Economist), "
            "Yusra Delgado-Finch (Research Fellow).\n\n"
            "Agenda: 10-minute presentation of your writing sample, 60 minutes of questions from the panel, "
            "20 minutes for your questions. Owen will not join.")
    m2, _, _ = google_invite(k, organizer=owen, attendees=[owen, (OWNER_NAME, OWNER), har, kwa, yus], sent=sent2,
                             title=f"Panel interview - Marisol Eberhart ({role})", start=s2, end=e2,
                             description=desc, meet=True)
    items = [("01-recruiter-phone-screen.eml", m1), ("02-google-invite-panel.eml", m2)]
    pan = [har[1], kwa[1], yus[1]]
    lab = label([iv("Brightwater Center for Labor Economics", role, s1, e1, "scheduled", [owen[1]], [owen[1]],
                    "phone_screen"),
                 iv("Brightwater Center for Labor Economics", role, s2, e2, "scheduled", pan, pan, "onsite")],
                "medium", "positive/two-interviews",
                "Two interviews: recruiter phone screen 'next Tuesday (the 27th) at 11' (EDT, resolved from the "
                "Oct 21 message) and a Google Meet panel on Nov 5 (EST; invite in UTC). The recruiter organizes the "
                "panel but does not join.")
    return slug, items, lab


# --------------------------------------------------------------------------- 13
@case
def c13():
    slug = "b196-13-ohsm-email-teams-gcal-dedupe"
    k = slug
    role = "Health Data Policy Analyst, GS-0301-13"
    ann = "OHSM-27-0088-MP"
    hr = ("Pritchard-Okoye, Yolanda", "yolanda.pritchard@ohsm.example")
    jer = ("Featherstonehaugh, Jerome", "jerome.featherstonehaugh@ohsm.example")
    start, end = T(2026, 11, 2, 13, 0), T(2026, 11, 2, 14, 0)
    wd(start, "Monday")
    sent1 = T(2026, 10, 28, 10, 41, 17)
    wd(sent1, "Wednesday")
    t1 = f"""Good morning Ms. Eberhart,

The hiring manager would like to interview you for the {role} position (announcement {ann}).

Your interview is next Monday, November 2, at 1:00 p.m. Eastern (note: that is standard time - the clocks fall back this Sunday). It will last 60 minutes and will be conducted on Microsoft Teams by Jerome Featherstonehaugh, Senior Data Policy Analyst. Mr. Featherstonehaugh will share a short data-governance scenario on screen and ask you to talk through how you would analyze it, so please join from a computer rather than a phone.

Mr. Featherstonehaugh will send the Teams invitation separately. Please accept it to confirm.

V/r,

Yolanda Pritchard-Okoye
Human Resources Specialist
Office of Health Statistics Modernization
"""
    m1 = outlook_mail(k + "1", frm=hr, to=[(OWNER_NAME, OWNER)], sent=sent1,
                      subject=f"Interview - {role} ({ann})", text=t1)
    sent2 = datetime(2026, 10, 28, 15, 3, 44, tzinfo=UTC)
    teams = teams_block(k)
    body = f"""Hi Marisol,

Looking forward to our conversation on Monday. As Yolanda mentioned, I'll walk you through a short data-governance scenario and we'll discuss how you would approach it. No preparation needed beyond a computer with screen-sharing.

Jerome Featherstonehaugh
Senior Data Policy Analyst, OHSM
"""
    m2, uid, turl = exchange_invite(k, organizer=jer, to=[(OWNER_NAME, OWNER)], cc=[hr],
                                    attendees=[(OWNER_NAME, OWNER), (hr[0], hr[1], "OPT-PARTICIPANT")],
                                    sent=sent2, subject=f"Interview: {role} - Eberhart", start=start, end=end,
                                    body=body, location="Microsoft Teams Meeting", teams=teams)
    ev = gcal_event(k, summary=f"Interview: {role} - Eberhart",
                    description=f"Hi Marisol,\n\nLooking forward to our conversation on Monday.\n\nJoin: {turl}",
                    start=start, end=end,
                    organizer={"email": jer[1], "displayName": "Jerome Featherstonehaugh"},
                    attendees=[{"email": jer[1], "displayName": "Jerome Featherstonehaugh", "organizer": True,
                                "responseStatus": "accepted"},
                               {"email": OWNER, "self": True, "responseStatus": "accepted"},
                               {"email": hr[1], "displayName": "Yolanda Pritchard-Okoye", "optional": True,
                                "responseStatus": "needsAction"}],
                    created=datetime(2026, 10, 28, 15, 3, 50, tzinfo=UTC),
                    updated=datetime(2026, 10, 28, 16, 20, 12, tzinfo=UTC), ical_uid=uid,
                    location="Microsoft Teams Meeting")
    items = [("01-hr-email.eml", m1), ("02-teams-invite.eml", m2), ("03-calendar-sync.gcal.json", ev)]
    lab = label([iv("Office of Health Statistics Modernization", role, start, end, "scheduled", [jer[1]], [jer[1]],
                    "technical")],
                "medium", "positive/dedupe-three-channels",
                "Same interview via HR e-mail, Exchange/Teams invite and the synced Calendar API event: ONE interview. "
                "Mon Nov 2 is the day after the fall-back (13:00 EST = 18:00Z) while every message is sent in EDT. "
                "HR specialist is only an optional attendee.")
    return slug, items, lab


# =========================================================================== negatives

# --------------------------------------------------------------------------- 14
@case
def c14():
    slug = "b196-14-background-investigator-subject-interview"
    k = slug
    inv = ("Dale Whitmore-Sykes", "dale.whitmoresykes@keystonebgs.example")
    start, end = T(2026, 11, 19, 9, 0), T(2026, 11, 19, 11, 0)
    wd(start, "Thursday")
    sent = T(2026, 11, 10, 8, 55, 40)
    t = f"""Ms. Eberhart,

My name is Dale Whitmore-Sykes. I am a background investigator with Keystone Background Services, working under contract for the Defense Counterintelligence and Security Agency (DCSA). I have been assigned your Tier 3 background investigation (case #26-448172), which was opened after you submitted your SF-86 for a pending federal appointment.

I need to schedule your Personal Subject Interview. During the interview I will go over your SF-86 with you item by item - residences, employment, education, foreign contacts and travel, finances - and ask you to confirm or update the information. It usually takes 1.5 to 2 hours.

I have you down for {wd(start, 'Thursday')}, November 19 at 9:00 a.m. in a reserved study room at the Martin Luther King Jr. Memorial Library, 901 G Street NW. A calendar file is attached. If that does not work, call or text me at (571) 555-0139.

Please bring:
  - a government-issued photo ID
  - your copy of the SF-86 as submitted
  - addresses and contact information for any references you listed

Thank you,

Dale Whitmore-Sykes
Background Investigator | Keystone Background Services
Contractor to DCSA
"""
    ics = ics_text(["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
                    "METHOD:PUBLISH"] + TZ_WIN +
                   ["BEGIN:VEVENT", f"ORGANIZER;CN=\"{inv[0]}\":mailto:{inv[1]}",
                    f"DESCRIPTION:{esc('Personal Subject Interview (PSI) for Tier 3 background investigation, case #26-448172. Bring photo ID and SF-86 copy.')}",
                    f"DTEND;TZID=\"Eastern Standard Time\":{ics_local(end)}",
                    f"DTSTAMP:{ics_utc(sent)}",
                    f"DTSTART;TZID=\"Eastern Standard Time\":{ics_local(start)}",
                    f"LOCATION:{esc('MLK Jr. Memorial Library, 901 G St NW, Washington, DC - Study Room 3')}",
                    "PRIORITY:5", "SEQUENCE:0",
                    f"SUMMARY;LANGUAGE=en-us:{esc('Subject Interview - Background Investigation (M. Eberhart)')}",
                    "TRANSP:OPAQUE", f"UID:{exchange_uid(k)}", "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
                    "END:VEVENT", "END:VCALENDAR"])
    bnd = f"----=_NextPart_000_{hx(k, 'np', n=4, upper=True)}_01DD{hx(k, 'np2', n=4, upper=True)}.{hx(k, 'np3', n=8, upper=True)}"
    ent = multi("mixed", bnd, [
        leaf('text/plain; charset="us-ascii"', t, "7bit"),
        leaf('text/calendar; method=PUBLISH; name="Subject Interview.ics"', ics, "base64",
             headers=['Content-Disposition: attachment; filename="Subject Interview.ics"']),
    ], preamble="This is a multi-part message in MIME format.")
    m = message([("Delivered-To", OWNER),
                 ("Received", received("mail-ch2nam12on2110.outbound.protection.outlook.com", "40.107.244.110", sent)),
                 ("Return-Path", f"<{inv[1]}>"),
                 ("From", addr(*inv)), ("To", addr(OWNER_NAME, OWNER)),
                 ("Subject", "Subject Interview - Background Investigation (Case #26-448172)"),
                 ("Date", rfc(sent)), ("Message-ID", f"<00{hx(k, 'mid', n=10)}$@keystonebgs.example>".replace("$", "01dd")),
                 ("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", thread_index(k, "ti")),
                 ("Content-Language", "en-us")], ent)
    items = [("01-investigator-schedules-psi.eml", m)]
    lab = label([], "hard", "negative/background-investigation-subject-interview",
                "Security-clearance Personal Subject Interview with a background investigator, with an .ics. It is a "
                "vetting interview about her SF-86, not a job interview in a hiring process.")
    return slug, items, lab


# --------------------------------------------------------------------------- 15
@case
def c15():
    slug = "b196-15-pre-employment-fingerprint-appointment"
    k = slug
    start, end = T(2026, 11, 17, 14, 15), T(2026, 11, 17, 14, 30)
    wd(start, "Tuesday")
    sent = T(2026, 11, 16, 11, 20, 7)
    code = b64id(k, "code", n=8).upper()
    t = f"""APPOINTMENT CONFIRMED

Hello MARISOL EBERHART,

Your appointment has been scheduled. Please keep this confirmation for your records.

Service: Federal Pre-Employment Fingerprinting (Service Code 19KQ7T)
Requesting agency: Federal Housing Finance Review Office - Personnel Security
Date: {d_long(start)}
Time: {t_ampm(start)} Eastern
Location: FedPrint Enrollment Center - Downtown DC
          1225 Eye Street NW, Suite 210, Washington, DC 20005
Confirmation number: {code}

WHAT TO BRING
  - This confirmation number
  - Two forms of identification, one of which must be an unexpired government-issued photo ID
  - Your completed OF-306 (Declaration for Federal Employment), if your agency requested it

WHAT TO EXPECT
Arrive 10 minutes early. An enrollment agent will verify your identity, ask a few brief questions to confirm your biographic information, and capture your fingerprints electronically. Most appointments take about 15 minutes. Results are sent directly to the requesting agency.

Need to change your appointment? Visit https://schedule.fedprint-enroll.example/manage and enter your confirmation number.

This mailbox is not monitored.
"""
    ics = ics_text(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//FedPrint//Scheduler 4.2//EN", "METHOD:PUBLISH",
                    "BEGIN:VEVENT", f"UID:{code.lower()}@fedprint-enroll.example", f"DTSTAMP:{ics_utc(sent)}",
                    f"DTSTART:{ics_utc(start)}", f"DTEND:{ics_utc(end)}",
                    "SUMMARY:Fingerprinting appointment - FedPrint Enrollment Center",
                    f"LOCATION:{esc('1225 Eye Street NW, Suite 210, Washington, DC 20005')}",
                    f"DESCRIPTION:{esc('Federal Pre-Employment Fingerprinting. Confirmation ' + code + '. Bring two forms of ID.')}",
                    "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    b_alt = f"=_alt_{hx(k, 'alt', n=24)}"
    b_mix = f"=_mix_{hx(k, 'mix', n=24)}"
    ent = multi("mixed", b_mix, [
        multi("alternative", b_alt, [
            leaf('text/plain; charset="utf-8"', t, "quoted-printable"),
            leaf('text/html; charset="utf-8"', to_html(t, font="Helvetica,Arial,sans-serif", size="14px"),
                 "quoted-printable")]),
        leaf('text/calendar; charset="utf-8"; name="appointment.ics"', ics, "base64",
             headers=['Content-Disposition: attachment; filename="appointment.ics"'])])
    m = message([("Delivered-To", OWNER),
                 ("Received", received("o7.email.fedprint-enroll.example", "198.51.100.77", sent)),
                 ("Return-Path", "<bounce@email.fedprint-enroll.example>"),
                 ("From", "FedPrint Scheduling <no-reply@fedprint-enroll.example>"),
                 ("To", OWNER),
                 ("Subject", f"Appointment Confirmed: Pre-Employment Fingerprinting - {d_g(start)} {t_ampm(start)}"),
                 ("Date", rfc(sent)),
                 ("Message-ID", f"<{uuidish(k, 'm')}@email.fedprint-enroll.example>")], ent)
    items = [("01-fingerprint-appointment-confirmation.eml", m)]
    lab = label([], "medium", "negative/fingerprint-appointment",
                "Pre-employment fingerprint appointment with an .ics and 'a few brief questions' - onboarding "
                "logistics, not an interview.")
    return slug, items, lab


# --------------------------------------------------------------------------- 16
@case
def c16():
    slug = "b196-16-informational-interview-with-alumna"
    k = slug
    dana = ("Dana Kirkegaard-Moss", "dkirkegaard@pembertonlab.example")
    start, end = T(2026, 10, 9, 12, 30), T(2026, 10, 9, 13, 0)
    wd(start, "Friday")
    sent1 = T(2026, 10, 5, 21, 3, 12)
    her = T(2026, 10, 4, 18, 40)
    her_id = mid_gmail(k, "her")
    t1 = f"""Hi Marisol,

So nice to hear from a fellow Calder MPP! Happy to do an informational interview. To be upfront: I'm not on any hiring committee and we don't have openings on my team at Pemberton right now, so this is really just me sharing how I ended up in education policy and what I'd do differently. Ask me anything.

Would Friday at 12:30 work? I'll send an invite with a Meet link.

Dana

On Sun, Oct 4, 2026 at {t_g(her).replace('pm', ' PM')} Marisol Eberhart <{OWNER}> wrote:
> Dear Ms. Kirkegaard-Moss,
>
> I found your profile through the Calder alumni directory. I'm a 2021 MPP
> graduate working as a policy analyst and am exploring a move into
> education policy research. Would you be open to a 20-30 minute
> informational interview about your path to Pemberton Policy Lab?
>
> Thank you for considering it,
> Marisol Eberhart
"""
    m1 = gmail_mail(k, frm=dana, to=[(OWNER_NAME, OWNER)], sent=sent1,
                    subject="Re: Calder MPP alum - informational interview?", text=t1, in_reply_to=her_id,
                    references=her_id)
    sent2 = datetime(2026, 10, 6, 1, 10, 0, tzinfo=UTC)
    m2, _, _ = google_invite(k, organizer=dana, attendees=[dana, (OWNER_NAME, OWNER)], sent=sent2,
                             title="Informational interview: Marisol Eberhart / Dana Kirkegaard-Moss",
                             start=start, end=end,
                             description="Informal chat about careers in education policy (Calder alumni network).",
                             meet=True)
    items = [("01-alumna-agrees.eml", m1), ("02-google-invite-informational.eml", m2)]
    lab = label([], "hard", "negative/informational-interview",
                "Informational interview she requested with an alumna, explicitly not part of any hiring process "
                "(no openings, not on a hiring committee), despite a calendar invite titled 'interview'.")
    return slug, items, lab


# --------------------------------------------------------------------------- 17
@case
def c17():
    slug = "b196-17-congressional-hearing-on-structured-interviews"
    k = slug
    start, end = T(2026, 11, 18, 10, 0), T(2026, 11, 18, 12, 0)
    wd(start, "Wednesday")
    sent = T(2026, 11, 9, 6, 0, 0)
    wd(sent, "Monday")
    t = f"""FEDERAL WORKFORCE WEEKLY
Week of November 9, 2026

THE HILL THIS WEEK

Senate subcommittee to examine structured interviews in federal hiring
{wd(start, 'Wednesday')}, Nov. 18, 10:00 a.m. ET - Dirksen Senate Office Building, Room 342

The Subcommittee on Government Operations and Border Management will hold a hearing titled "Hiring Experts: Structured Interviews, Subject-Matter-Expert Qualification Assessments, and the Future of Federal Hiring." Witnesses are expected to include a deputy associate director from OPM's hiring policy office, a chief human capital officer, and a researcher who has studied interview panels at three agencies. Expect questions about how agencies train interview panelists and whether structured interviews reduce time-to-hire.

Watch live: https://livestream.fedworkforceweekly.example/hearings/2026-11-18

ALSO THIS WEEK
- Shutdown back pay: agencies finalize payroll corrections for the October lapse.
- Open season for FEHB begins; what changes for 2027 premiums.
- Three agencies pilot pooled hiring for data scientists.

You are receiving this newsletter because you subscribed at fedworkforceweekly.example.
Unsubscribe: https://fedworkforceweekly.example/u/{b64id(k, 'u', n=16)}
"""
    b = f"_----------=_{digits(k, 'nb', n=16)}"
    m = message([("Delivered-To", OWNER),
                 ("Received", received("mail181-12.suw21.mandrillapp.com", "198.2.181.12", sent)),
                 ("Return-Path", f"<bounce-md_{digits(k, 'rp', n=8)}@mandrillapp.com>"),
                 ("From", "Federal Workforce Weekly <newsletter@fedworkforceweekly.example>"),
                 ("To", OWNER),
                 ("Subject", "This week: Senate panel to examine structured interviews in federal hiring"),
                 ("Date", rfc(sent)),
                 ("Message-ID", f"<{hx(k, 'm', n=32)}.{digits(k, 'm2', n=8)}@mandrillapp.com>"),
                 ("List-Unsubscribe", f"<https://fedworkforceweekly.example/u/{b64id(k, 'u', n=16)}>"),
                 ("Precedence", "bulk")],
                multi("alternative", b, [leaf('text/plain; charset="utf-8"', t, "quoted-printable"),
                                         leaf('text/html; charset="utf-8"', to_html(t, font="Georgia,serif"),
                                              "quoted-printable")]))
    ev = gcal_event(k, summary="Watch: Senate hearing on structured interviews in federal hiring (livestream)",
                    description="Hearing: \"Hiring Experts: Structured Interviews, SME Qualification Assessments, and "
                                "the Future of Federal Hiring\"\nLivestream: https://livestream.fedworkforceweekly.example/"
                                "hearings/2026-11-18\nTake notes for the workforce-policy memo.",
                    start=start, end=end, organizer={"email": OWNER, "self": True},
                    creator={"email": OWNER, "self": True}, attendees=None,
                    created=datetime(2026, 11, 9, 13, 12, tzinfo=UTC),
                    updated=datetime(2026, 11, 9, 13, 12, 40, tzinfo=UTC), transparency="transparent")
    items = [("01-newsletter-hearing-notice.eml", m), ("02-watch-hearing.gcal.json", ev)]
    lab = label([], "medium", "negative/hearing-watch",
                "Newsletter about a congressional hearing on structured interviews plus a self-created calendar "
                "block to watch the livestream. She is an observer; no hiring process.")
    return slug, items, lab


# --------------------------------------------------------------------------- 18
@case
def c18():
    slug = "b196-18-podcast-guest-expert"
    k = slug
    prod = ("Teddy Marchbanks", "teddy@zonedoutpod.example")
    host = ("Paloma Greaves", "paloma@zonedoutpod.example")
    start, end = T(2026, 11, 10, 15, 0), T(2026, 11, 10, 16, 0)
    wd(start, "Tuesday")
    sent1 = T(2026, 11, 3, 13, 44, 20)
    riverside = f"https://riverside.fm/studio/zoned-out-{hx(k, 'rs', n=6)}?t={b64id(k, 'rt', n=20)}"
    t1 = f"""Hi Marisol,

Thanks so much for agreeing to come on Zoned Out! As discussed, Paloma will interview you as our guest expert for the episode on accessory dwelling units and why so few get built even after zoning reform.

Recording: {d_long(start)}, {t_gov(start)} ET (plan on about 45 minutes of tape, we block an hour)
Studio: Riverside - {riverside}
Please use headphones and a wired connection if you can.

Paloma will open with a few questions about your background and your brief on ADU permitting, then we'll get into the policy details. We'll send you the episode before it goes live, but we don't share questions in advance.

Calendar invite coming from Paloma.

Cheers,
Teddy
Producer, Zoned Out: A Housing Policy Podcast
"""
    m1 = gmail_mail(k, frm=prod, to=[(OWNER_NAME, OWNER)], cc=[host], sent=sent1,
                    subject="Zoned Out guest interview - recording details", text=t1)
    sent2 = datetime(2026, 11, 3, 19, 5, 0, tzinfo=UTC)
    m2, _, _ = google_invite(k, organizer=host, attendees=[host, (OWNER_NAME, OWNER), prod], sent=sent2,
                             title="Zoned Out podcast interview - recording w/ Marisol Eberhart (guest)",
                             start=start, end=end,
                             description=f"Guest interview recording (ADUs episode).\nStudio link: {riverside}",
                             location=riverside)
    items = [("01-producer-recording-details.eml", m1), ("02-google-invite-recording.eml", m2)]
    lab = label([], "medium", "negative/podcast-guest",
                "Podcast interview where she is the guest expert; calendar invite titled 'interview'. Press/podcast "
                "interviews are not job interviews.")
    return slug, items, lab


# --------------------------------------------------------------------------- 19
@case
def c19():
    slug = "b196-19-usajobs-referred-notice-only"
    k = slug
    role = "Economist, GS-0110-12"
    ann = "BREA-27-0103-DE"
    sent1 = T(2026, 11, 3, 7, 2, 41)
    t1 = f"""Hello Marisol,

The status of an application you submitted has changed.

Economist
Bureau of Regional Economic Analysis
Announcement number: {ann}
Control number: {digits(k, 'ctrl', n=9)}

New status: Referred

What does this mean?
Your application was referred to the hiring official for consideration. The hiring official may contact you for an interview. If you are not selected, your status will be updated when the hiring agency makes a final decision.

Track this application:
https://www.usajobs.gov/applicant/applications/{digits(k, 'app', n=8)}

USAJOBS
Office of Personnel Management
"""
    b1 = f"--=_usajobs_{hx(k, 'uj', n=20)}"
    m1 = message([("Delivered-To", OWNER),
                  ("Received", received("smtp-out-01.usajobs.gov", "143.231.21.35", sent1)),
                  ("Return-Path", "<no-reply@usajobs.gov>"),
                  ("From", "USAJOBS <no-reply@usajobs.gov>"), ("To", OWNER),
                  ("Subject", "Your application status has changed"),
                  ("Date", rfc(sent1)), ("Message-ID", f"<{uuidish(k, 'uj1')}@usajobs.gov>")],
                 multi("alternative", b1, [leaf('text/plain; charset="utf-8"', t1, "quoted-printable"),
                                           leaf('text/html; charset="utf-8"', to_html(t1), "base64")]))
    sent2 = T(2026, 11, 3, 7, 0, 12)
    t2 = f"""Dear Marisol Eberhart,

Announcement: {ann}
Position: {role}
Agency: Bureau of Regional Economic Analysis

Your application has been rated and you were found eligible and qualified for the position at the GS-12 grade level. Your name has been referred to the selecting official.

Selecting officials may choose to interview some, all, or none of the referred applicants. Interviews, if conducted, are scheduled directly by the hiring office; an interview is not guaranteed. You will be notified of the final outcome once a selection has been made.

Please do not reply to this message. Questions may be directed to brea-hr@brea.example.

BREA Human Resources
"""
    m2 = message([("Delivered-To", OWNER),
                  ("Received", received("mta-01.usastaffing.gov", "159.142.200.15", sent2)),
                  ("Return-Path", "<no-reply@usastaffing.gov>"),
                  ("From", "BREA Human Resources <no-reply@usastaffing.gov>"), ("To", OWNER),
                  ("Subject", f"Notice of Referral - {role} ({ann})"),
                  ("Date", rfc(sent2)), ("Message-ID", f"<{uuidish(k, 'usas')}@usastaffing.gov>"),
                  ("Auto-Submitted", "auto-generated")],
                 leaf('text/plain; charset="utf-8"', t2, "quoted-printable"))
    items = [("01-usastaffing-notice-of-referral.eml", m2), ("02-usajobs-status-referred.eml", m1)]
    lab = label([], "medium", "negative/referral-notice",
                "USA Staffing 'Notice of Referral' and USAJOBS status 'Referred' talk about possible interviews and the "
                "selecting official, but nothing is scheduled.")
    return slug, items, lab


# --------------------------------------------------------------------------- 20
@case
def c20():
    slug = "b196-20-selected-for-interview-availability-request"
    k = slug
    role = "Nutrition Policy Analyst, GS-0301-12"
    ann = "ACNP-27-0045-MP"
    hr = ("Oyelowo-Park, Gretchen", "gretchen.oyelowopark@acnp.example")
    d1, d2 = T(2026, 11, 17), T(2026, 11, 18)
    wd(d1, "Tuesday")
    wd(d2, "Wednesday")
    reply_by = T(2026, 11, 13)
    sent0 = T(2026, 11, 12, 7, 4, 2)
    t0 = f"""Hello Marisol,

The status of an application you submitted has changed.

Nutrition Policy Analyst
Administration for Community Nutrition Programs
Announcement number: {ann}

New status: Selected for interview

What does this mean?
The hiring agency has selected you for an interview. The agency will contact you directly with the date, time and format of your interview. USAJOBS does not schedule interviews.

USAJOBS
Office of Personnel Management
"""
    b0 = f"--=_usajobs_{hx(k, 'uj', n=20)}"
    m0 = message([("Delivered-To", OWNER),
                  ("Received", received("smtp-out-02.usajobs.gov", "143.231.21.36", sent0)),
                  ("Return-Path", "<no-reply@usajobs.gov>"),
                  ("From", "USAJOBS <no-reply@usajobs.gov>"), ("To", OWNER),
                  ("Subject", "Your application status has changed"),
                  ("Date", rfc(sent0)), ("Message-ID", f"<{uuidish(k, 'uj0')}@usajobs.gov>")],
                 multi("alternative", b0, [leaf('text/plain; charset="utf-8"', t0, "quoted-printable"),
                                           leaf('text/html; charset="utf-8"', to_html(t0), "base64")]))
    sent1 = T(2026, 11, 12, 14, 36, 55)
    wd(sent1, "Thursday")
    t1 = f"""Good afternoon Ms. Eberhart,

You have been selected for a structured panel interview for the {role} position, announcement {ann}.

Interviews will be conducted via Microsoft Teams on {wd(d1, 'Tuesday')}, November 17 and {wd(d2, 'Wednesday')}, November 18. Each interview is 45 minutes with a panel of three. Please reply with three 45-minute windows on those days between 9:00 a.m. and 4:00 p.m. Eastern that work for you, in order of preference, by close of business {wd(reply_by, 'Friday')}, November 13.

Once we receive your availability, a calendar invitation with the Teams link and the panel members' names will follow. If neither day works, let me know and I will check with the panel.

Respectfully,

Gretchen Oyelowo-Park
Human Resources Specialist
Administration for Community Nutrition Programs
"""
    m1 = outlook_mail(k, frm=hr, to=[(OWNER_NAME, OWNER)], sent=sent1,
                      subject=f"Selected for Interview - {role} - Availability Requested", text=t1)
    items = [("01-usajobs-selected-for-interview.eml", m0), ("02-hr-availability-request.eml", m1)]
    lab = label([], "hard", "negative/availability-request",
                "'Selected for interview' status plus an HR request for availability windows. No time has been "
                "booked in the case, so per the rules there is no interview yet.")
    return slug, items, lab


# --------------------------------------------------------------------------- 21
@case
def c21():
    slug = "b196-21-she-sits-on-fellowship-interview-panel"
    k = slug
    org = ("Hollis Vantongeren", "hvantongeren@calderuniversity.example")
    prof = ("Imogen Szczepanski", "iszczepanski@calderuniversity.example")
    start, end = T(2026, 11, 14, 9, 0), T(2026, 11, 14, 12, 0)
    wd(start, "Saturday")
    sent = datetime(2026, 11, 2, 20, 15, 33, tzinfo=UTC)
    body = f"""Dear Marisol and Imogen,

Thank you for volunteering as interviewers for this year's Calder Public Service Fellowship finalist interviews. You are Panel B.

Panel B will interview four finalists, 30 minutes each with a 10-minute scoring break after each one:
  9:00  Finalist B1
  9:40  Finalist B2
 10:20  Finalist B3
 11:00  Finalist B4
 11:40  Panel calibration and final scores

Finalist files and the scoring rubric are in the shared folder; please do not forward them. Marisol, as the alumni panelist you will lead the questions on public-service motivation; Imogen will lead on the policy memo.

With thanks,
Hollis Vantongeren
Director, Calder Public Service Fellowship
"""
    m, _, _ = exchange_invite(k, organizer=org, to=[(OWNER_NAME, OWNER), prof],
                              attendees=[(OWNER_NAME, OWNER), prof], sent=sent,
                              subject="Finalist Interviews - Public Service Fellowship (Panel B)", start=start,
                              end=end, body=body, location="Calder University, Hartwell Hall 210",
                              teams=None)
    items = [("01-panelist-invite.eml", m)]
    lab = label([], "hard", "negative/user-is-interviewer",
                "Outlook invite titled 'Finalist Interviews' where she is a volunteer panelist interviewing "
                "fellowship finalists - she is the interviewer, not the candidate.")
    return slug, items, lab


# --------------------------------------------------------------------------- 22
@case
def c22():
    slug = "b196-22-mock-federal-structured-interview"
    k = slug
    coach = ("Lorraine Abernathy-Chu", "labernathychu@calderuniversity.example")
    start, end = T(2026, 11, 16, 17, 30), T(2026, 11, 16, 18, 15)
    wd(start, "Monday")
    sent = T(2026, 11, 6, 10, 2, 44)
    zoom = f"https://calderuniversity.zoom.us/j/{digits(k, 'zoom', n=11)}"
    t = f"""Appointment confirmed

Hi Marisol,

Your appointment with Lorraine Abernathy-Chu is confirmed.

Appointment type: Mock Interview - Federal Structured / Behavioral (Alumni)
Date: {d_long(start)}
Time: {t_ampm(start)} - {t_ampm(end)} {start.tzname()}
Medium: Virtual - {zoom}

Notes from your career advisor:
We'll run this like a real agency panel: I'll play the panel chair and read five competency-based questions in order, then we'll debrief on your STAR answers and your USAJOBS resume. Please send the announcement you're practicing for 24 hours in advance.

Need to cancel? Manage your appointments in Handshake.

Calder University Career & Alumni Services
"""
    ics = ics_text(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Handshake//Appointments//EN", "METHOD:PUBLISH",
                    "BEGIN:VEVENT", f"UID:appointment-{digits(k, 'ap', n=8)}@joinhandshake.com",
                    f"DTSTAMP:{ics_utc(sent)}", f"DTSTART:{ics_utc(start)}", f"DTEND:{ics_utc(end)}",
                    "SUMMARY:Mock Interview - Federal Structured / Behavioral (Alumni) with Lorraine Abernathy-Chu",
                    f"DESCRIPTION:{esc('Career services practice session. ' + zoom)}",
                    f"LOCATION:{esc(zoom)}", f"ORGANIZER;CN=Lorraine Abernathy-Chu:mailto:{coach[1]}",
                    att(OWNER_NAME, OWNER, partstat="ACCEPTED", rsvp="FALSE"),
                    "END:VEVENT", "END:VCALENDAR"])
    b_alt = f"--==_mimepart_{hx(k, 'alt', n=13)}_{digits(k, 'a2', n=5)}"
    b_mix = f"--==_mimepart_{hx(k, 'mix', n=13)}_{digits(k, 'm2', n=5)}"
    ent = multi("mixed", b_mix, [
        multi("alternative", b_alt, [
            leaf("text/plain; charset=UTF-8", t, "quoted-printable"),
            leaf("text/html; charset=UTF-8", to_html(t, font="Helvetica,Arial,sans-serif", size="14px"),
                 "quoted-printable")]),
        leaf('text/calendar; charset=UTF-8; filename=appointment.ics', ics, "base64",
             headers=['Content-Disposition: attachment; filename=appointment.ics'])])
    m = message([("Delivered-To", OWNER),
                 ("Received", received("o1.ptr4821.joinhandshake.com", "149.72.131.12", sent)),
                 ("Return-Path", f"<bounces+{digits(k, 'b', n=7)}@em.joinhandshake.com>"),
                 ("From", "Handshake <no-reply@joinhandshake.com>"), ("To", OWNER),
                 ("Subject", "Appointment confirmed: Mock Interview - Federal Structured / Behavioral (Alumni)"),
                 ("Date", rfc(sent)),
                 ("Message-ID", f"<{hx(k, 'm', n=24)}_{digits(k, 'm3', n=6)}@joinhandshake.com.mail>")], ent)
    items = [("01-handshake-mock-interview.eml", m)]
    lab = label([], "medium", "negative/mock-interview",
                "Career-services mock federal structured interview booked in Handshake with an .ics: practice "
                "session, not a hiring process.")
    return slug, items, lab


# =========================================================================== main


def write(path, content, crlf=False):
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(content)


def main():
    for name in sorted(os.listdir(HERE)):
        p = os.path.join(HERE, name)
        if name.startswith("b196-") and os.path.isdir(p):
            shutil.rmtree(p)
    labels = {}
    for fn in CASES:
        slug, items, lab = fn()
        assert slug not in labels, slug
        d = os.path.join(HERE, slug)
        os.makedirs(d)
        names = [n for n, _ in items]
        assert names == sorted(names), names
        for n, content in items:
            assert n.endswith((".eml", ".ics", ".gcal.json")), n
            write(os.path.join(d, n), content)
        labels[slug] = lab
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# blind196 labels - generated by make_cases.py (do not edit by hand)\n")
        yaml.safe_dump(labels, f, sort_keys=False, allow_unicode=True, default_flow_style=None, width=100)
    pos = sum(1 for v in labels.values() if v["interview"])
    n_iv = sum(len(v["interviews"]) for v in labels.values())
    n_c = sum(1 for v in labels.values() for i in v["interviews"] if i["status"] == "cancelled")
    print(f"{len(labels)} cases, {pos} positive, {len(labels) - pos} negative, "
          f"{n_iv} interviews ({n_iv - n_c} scheduled, {n_c} cancelled)")


if __name__ == "__main__":
    main()
