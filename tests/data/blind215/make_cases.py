#!/usr/bin/env python3
"""Regenerate the blind215 evaluation set (interview detection), deterministically.

Theme: a Nairobi-based data scientist (Wanjiru Kamau) applying to Kenyan fintechs/banks and to
remote-first European and US companies, around the 2026 autumn DST changes
(UK/EU: Oct 25, US: Nov 1; Nairobi EAT = UTC+3 all year).

Standard library + PyYAML + zoneinfo only.  Run:  python make_cases.py
Every case folder b215-* and labels.yaml next to this file are rewritten; nothing else is touched.
"""
import base64
import hashlib
import html
import json
import os
import quopri
import shutil
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime, formataddr
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
OWNER = "wanjiru.kamau@example.com"
OWNER_NAME = "Wanjiru Kamau"
EAT = ZoneInfo("Africa/Nairobi")
LON = ZoneInfo("Europe/London")
NYC = ZoneInfo("America/New_York")
AMS = ZoneInfo("Europe/Amsterdam")
LIS = ZoneInfo("Europe/Lisbon")
UTC = timezone.utc

CASES = {}   # case_id -> {filename: bytes}
LABELS = {}  # case_id -> label dict


# ----------------------------------------------------------------------------- time helpers
def T(y, mo, d, h, mi, tz, weekday=None, offset_h=None, s=0):
    dt = datetime(y, mo, d, h, mi, s, tzinfo=tz)
    if weekday is not None:
        assert dt.strftime("%A") == weekday, (dt, weekday)
    if offset_h is not None:
        assert dt.utcoffset() == timedelta(hours=offset_h), (dt, dt.utcoffset(), offset_h)
    return dt


def wd(dt, name):
    assert dt.strftime("%A") == name, (dt, name)
    return dt


def rfc(dt):
    return format_datetime(dt)


def ical_utc(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def ical_local(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


def h12(dt, pad=False, space=False, upper=False):
    """1pm / 1:30pm / 01:30 PM styles."""
    h = dt.hour % 12 or 12
    ap = "am" if dt.hour < 12 else "pm"
    if upper:
        ap = ap.upper()
    sep = " " if space else ""
    if pad:
        return f"{h:02d}:{dt.minute:02d}{sep}{ap}"
    if dt.minute or space:
        return f"{h}:{dt.minute:02d}{sep}{ap}"
    return f"{h}{sep}{ap}"


def gdate(dt):  # "Thu Nov 5, 2026"
    return f"{dt:%a %b} {dt.day}, {dt.year}"


def gdate_long(dt):  # "Thursday Nov 5, 2026"
    return f"{dt:%A %b} {dt.day}, {dt.year}"


def long_us(dt):  # "Thursday, November 5, 2026"
    return f"{dt:%A, %B} {dt.day}, {dt.year}"


def long_uk(dt):  # "Thursday 5 November 2026"
    return f"{dt:%A} {dt.day} {dt:%B %Y}"


def iso(dt):
    return dt.isoformat()


# ----------------------------------------------------------------------------- id helpers
def hx(seed, n=16):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def b32(seed, n=26):
    return base64.b32encode(hashlib.sha256(seed.encode()).digest()).decode().lower().rstrip("=")[:n]


def gboundary(seed):
    return "000000000000" + hx(seed, 12)


def gmail_mid(seed):
    raw = base64.b64encode(hashlib.sha256(seed.encode()).digest()).decode()
    raw = raw.replace("+", "").replace("/", "").replace("=", "")
    return f"<CA{raw[:10]}+{raw[10:22]}-{raw[22:34]}@mail.gmail.com>"


# ----------------------------------------------------------------------------- MIME helpers
def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def enc_header_addr(name, email):
    return formataddr((name, email)) if name else email


def leaf(ctype, body, cte="7bit", extra=()):
    hdr = [f"Content-Type: {ctype}"]
    if cte == "base64":
        payload = b64(body)
    elif cte == "quoted-printable":
        payload = qp(body)
        if not payload.endswith("\n"):
            payload += "\n"
    else:
        payload = body if body.endswith("\n") else body + "\n"
    hdr.append(f"Content-Transfer-Encoding: {cte}")
    hdr.extend(extra)
    return "\n".join(hdr) + "\n\n" + payload


def multipart(subtype, boundary, parts, preamble=""):
    out = f'Content-Type: multipart/{subtype}; boundary="{boundary}"\n\n'
    if preamble:
        out += preamble + "\n"
    for p in parts:
        out += f"--{boundary}\n{p}\n"
    out += f"--{boundary}--\n"
    return out


def message(headers, entity, received=None):
    lines = [f"Delivered-To: {OWNER}"]
    if received:
        lines.extend(received)
    for k, v in headers:
        if v is None:
            continue
        lines.append(f"{k}: {v}")
    lines.append("MIME-Version: 1.0")
    return ("\n".join(lines) + "\n" + entity).encode("utf-8")


def received(host, ip, dt, mx="mx.example.com", seed="x"):
    return [
        f"Received: from {host} ({host} [{ip}])",
        f"        by {mx} with ESMTPS id {hx(seed + host, 12)}",
        f"        for <{OWNER}>",
        f"        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384);",
        f"        {rfc(dt)}",
    ]


def text_to_html(text, font="Arial,Helvetica,sans-serif"):
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        lines = [html.escape(l, quote=False) for l in p.split("\n")]
        if all(l.startswith("&gt;") for l in lines):
            inner = "<br>\n".join(l[4:].lstrip() for l in lines)
            out.append(f'<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">{inner}</blockquote>')
        else:
            out.append("<p>" + "<br>\n".join(lines) + "</p>")
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body><div style="font-family:{font};font-size:14px">\n' + "\n".join(out) + "\n</div></body></html>\n")


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.rstrip("\n").split("\n"))


# ----------------------------------------------------------------------------- iCalendar helpers
def fold(line):
    raw = line.encode("utf-8")
    if len(raw) <= 75:
        return line
    out, cur, limit = [], b"", 75
    for ch in line:
        b = ch.encode("utf-8")
        if len(cur) + len(b) > limit:
            out.append(cur.decode("utf-8"))
            cur, limit = b"", 74
        cur += b
    out.append(cur.decode("utf-8"))
    return "\r\n ".join(out)


def ics(lines):
    return "".join(fold(l) + "\r\n" for l in lines)


def esc(text):
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n"))


VTZ = {
    "Africa/Nairobi": [
        "BEGIN:VTIMEZONE", "TZID:Africa/Nairobi", "X-LIC-LOCATION:Africa/Nairobi",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0300", "TZOFFSETTO:+0300", "TZNAME:EAT",
        "DTSTART:19700101T000000", "END:STANDARD", "END:VTIMEZONE"],
    "Europe/London": [
        "BEGIN:VTIMEZONE", "TZID:Europe/London", "X-LIC-LOCATION:Europe/London",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100", "TZNAME:BST",
        "DTSTART:19700329T010000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "TZNAME:GMT",
        "DTSTART:19701025T020000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
        "END:VTIMEZONE"],
    "America/New_York": [
        "BEGIN:VTIMEZONE", "TZID:America/New_York", "X-LIC-LOCATION:America/New_York",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400", "TZNAME:EDT",
        "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "TZNAME:EST",
        "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
        "END:VTIMEZONE"],
    "E. Africa Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:E. Africa Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T000000", "TZOFFSETFROM:+0300", "TZOFFSETTO:+0300",
        "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T000000", "TZOFFSETFROM:+0300",
        "TZOFFSETTO:+0300", "END:DAYLIGHT", "END:VTIMEZONE"],
    "GMT Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:GMT Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T010000", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"],
}
# IANA zone behind each TZID used above (the checker and the assertions below rely on it)
TZID_ZONE = {"Africa/Nairobi": EAT, "Europe/London": LON, "America/New_York": NYC,
             "E. Africa Standard Time": EAT, "GMT Standard Time": LON}


def att(email, name=None, role="REQ-PARTICIPANT", partstat="NEEDS-ACTION", rsvp=True,
        cutype="INDIVIDUAL", style="google"):
    """ATTENDEE line in the parameter order each vendor uses."""
    cn = name or email
    if style == "google":
        return (f"ATTENDEE;CUTYPE={cutype};ROLE={role};PARTSTAT={partstat};RSVP={'TRUE' if rsvp else 'FALSE'}"
                f";CN={cn};X-NUM-GUESTS=0:mailto:{email}")
    if style == "exchange":
        ct = "" if cutype == "INDIVIDUAL" else f"CUTYPE={cutype};"
        return (f"ATTENDEE;{ct}ROLE={role};PARTSTAT={partstat};RSVP={'TRUE' if rsvp else 'FALSE'}"
                f";CN={cn}:mailto:{email}")
    # generic (ATS / Zoom / Calendly)
    return f"ATTENDEE;CN={cn};ROLE={role};PARTSTAT={partstat};RSVP={'TRUE' if rsvp else 'FALSE'}:mailto:{email}"


def dt_lines(start, end, tzid=None):
    if tzid is None:
        return [f"DTSTART:{ical_utc(start)}", f"DTEND:{ical_utc(end)}"]
    z = TZID_ZONE[tzid]
    s, e = start.astimezone(z), end.astimezone(z)
    return [f"DTSTART;TZID={tzid}:{ical_local(s)}", f"DTEND;TZID={tzid}:{ical_local(e)}"]


# ----------------------------------------------------------------------------- vendor builders
def google_ics(*, method, uid, seq, start, end, stamp, organizer, attendees, summary, description,
               meet=None, location="", status="CONFIRMED", created=None):
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
             "CALSCALE:GREGORIAN", f"METHOD:{method}", "BEGIN:VEVENT"]
    lines += dt_lines(start, end)
    lines += [f"DTSTAMP:{ical_utc(stamp)}", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}",
              f"UID:{uid}"]
    for a in attendees:
        lines.append(att(a[1], a[0], partstat=a[2], cutype=(a[3] if len(a) > 3 else "INDIVIDUAL"),
                         role=(a[4] if len(a) > 4 else "REQ-PARTICIPANT")))
    if meet:
        lines.append(f"X-GOOGLE-CONFERENCE:https://meet.google.com/{meet}")
    desc = description
    if meet:
        desc += ("\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
                 f"Join with Google Meet: https://meet.google.com/{meet}\n\n"
                 "Learn more about Meet at: https://support.google.com/a/users/answer/9282720\n\n"
                 "Please do not edit this section.\n"
                 "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-")
    lines += [f"CREATED:{ical_utc(created or stamp)}", f"DESCRIPTION:{esc(desc)}",
              f"LAST-MODIFIED:{ical_utc(stamp)}", f"LOCATION:{esc(location)}", f"SEQUENCE:{seq}",
              f"STATUS:{status}", f"SUMMARY:{esc(summary)}", "TRANSP:OPAQUE"]
    if method != "CANCEL":
        lines += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder",
                  "TRIGGER:-P0DT0H10M0S", "END:VALARM"]
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return ics(lines)


def google_invite(*, seed, date, kind, summary, start, end, organizer, attendees, description,
                  meet, uid, seq, created=None, reply_to=None, location=""):
    """Google Calendar invitation e-mail as received by the owner (times shown in EAT,
    the owner's calendar zone).  kind: Invitation | Updated invitation."""
    s, e = start.astimezone(EAT), end.astimezone(EAT)
    subject = f"{kind}: {summary} @ {gdate(s)} {h12(s)} - {h12(e)} (EAT) ({OWNER})"
    eid = base64.urlsafe_b64encode(f"{uid.split('@')[0]} {OWNER}".encode()).decode().rstrip("=")
    view = f"https://calendar.google.com/calendar/event?action=VIEW&eid={eid}"
    pin = str(int(hx(seed + "pin", 8), 16))[:9]
    guests = [f"{organizer[0]} - organizer", organizer[1]]
    for a in attendees:
        if a[1] == organizer[1]:
            continue
        if a[0] and a[0] != a[1]:
            guests.append(a[0])
        guests.append(a[1])
    head = "This event has been updated\nChanged: time\n\n" if kind.startswith("Updated") else ""
    text = (f"{head}{summary}\n{gdate_long(s)} \u22c5 {h12(s)} \u2013 {h12(e)}\nEast Africa Time - Nairobi\n\n"
            + (f"{location}\n\n" if location else "")
            + f"Join with Google Meet\nhttps://meet.google.com/{meet}\n\n"
            f"Join by phone\n(US) +1 347-{pin[:3]}-{pin[3:7]}\nPIN: {pin}\n\n"
            f"Organizer\n{organizer[0]}\n{organizer[1]}\n\nGuests\n" + "\n".join(guests)
            + f"\nView all guest info {view}\n\n{description}\n\n"
            f"Reply for {OWNER} and view more details {view}\n\n\n~~//~~\n"
            "Invitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
            "You are receiving this email because you are an attendee on the event.\n\n"
            "Forwarding this invitation could allow any recipient to send a response to the organizer, "
            "be added to the guest list, invite others regardless of their own invitation status, or "
            "modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding\n")
    cal = google_ics(method="REQUEST", uid=uid, seq=seq, start=start, end=end, stamp=date,
                     organizer=organizer, attendees=attendees, summary=summary, description=description,
                     meet=meet, location=location, created=created)
    alt = multipart("alternative", gboundary(seed + "alt"), [
        leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', text, "base64"),
        leaf('text/html; charset="UTF-8"', text_to_html(text, "Roboto,Helvetica,Arial,sans-serif"),
             "quoted-printable"),
        leaf('text/calendar; charset="UTF-8"; method=REQUEST', cal, "base64"),
    ])
    mixed = multipart("mixed", gboundary(seed + "mix"), [
        alt.rstrip("\n"),
        leaf('application/ics; name="invite.ics"', cal, "base64",
             ['Content-Disposition: attachment; filename="invite.ics"']),
    ])
    hdrs = [
        ("Return-Path", f"<{b32(seed + 'rp', 22)}@calendar-server.bounces.google.com>"),
        ("Reply-To", enc_header_addr(*(reply_to or organizer))),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("Message-ID", f"<calendar-{hx(seed + 'mid', 8)}-{hx(seed + 'm2', 4)}-{hx(seed + 'm3', 4)}-"
                       f"{hx(seed + 'm4', 4)}-{hx(seed + 'm5', 12)}@google.com>"),
        ("Date", rfc(date.astimezone(UTC))),
        ("Subject", subject),
        ("From", enc_header_addr(*organizer)),
        ("To", OWNER),
    ]
    rec = received("mail-sor-f69.google.com", "209.85.220.69", date.astimezone(UTC), seed=seed)
    return message(hdrs, mixed, rec)


def exchange_cal(*, method, tzid, uid, seq, start, end, stamp, organizer, attendees, summary,
                 description, location, status="CONFIRMED", busy="TENTATIVE", extra=()):
    lines = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010",
             "VERSION:2.0"] + VTZ[tzid] + ["BEGIN:VEVENT",
             f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    lines += list(attendees)
    lines += [f"DESCRIPTION;LANGUAGE=en-US:{esc(description)}", f"UID:{uid}",
              f"SUMMARY;LANGUAGE=en-US:{esc(summary)}"]
    lines += dt_lines(start, end, tzid)
    lines += ["CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{ical_utc(stamp)}", "TRANSP:OPAQUE",
              f"STATUS:{status}", f"SEQUENCE:{seq}", f"LOCATION;LANGUAGE=en-US:{esc(location)}",
              f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}", f"X-MICROSOFT-CDO-OWNERAPPTID:{int(hx(uid, 7), 16)}",
              f"X-MICROSOFT-CDO-BUSYSTATUS:{busy}", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
              "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1",
              "X-MICROSOFT-CDO-INSTTYPE:0"] + list(extra) + [
              "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
              f"X-MICROSOFT-LOCATIONDISPLAYNAME:{esc(location)}",
              "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M",
              "ACTION:DISPLAY", "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    return ics(lines)


def exchange_uid(seed):
    return "040000008200E00074C5B7101A82E00800000000" + hx(seed, 16).upper() + "01000000000000000010000000" + hx(seed + "u", 32).upper()


def exchange_invite(*, seed, date, from_, to, cc=None, subject, text, cal, method="REQUEST"):
    b = f"_000_{hx(seed, 8).upper()}{hx(seed + 'b', 24).upper()}namp_"
    alt = multipart("alternative", b, [
        leaf('text/plain; charset="utf-8"', text, "quoted-printable"),
        leaf('text/html; charset="utf-8"', text_to_html(text, "Aptos,Calibri,Arial,sans-serif"),
             "quoted-printable"),
        leaf(f'text/calendar; charset="utf-8"; method={method}', cal, "base64"),
    ])
    idx = base64.b64encode(hashlib.sha256((seed + "ti").encode()).digest()[:22]).decode()
    hdrs = [
        ("From", from_), ("To", ", ".join(to)), ("CC", ", ".join(cc) if cc else None),
        ("Subject", subject), ("Thread-Topic", subject.split(": ", 1)[-1] if subject.startswith(("Canceled", "Updated")) else subject),
        ("Thread-Index", idx), ("Date", rfc(date)),
        ("Message-ID", f"<{hx(seed + 'mid', 40).upper()}@{hx(seed, 6).upper()}PR04MB{int(hx(seed + 'n', 4), 16)}.eurprd04.prod.outlook.com>"),
        ("Accept-Language", "en-US"), ("Content-Language", "en-US"),
        ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
        ("X-MS-Exchange-Organization-SCL", "1"),
    ]
    rec = received(f"{hx(seed, 6)}.outbound.protection.outlook.example", "40.107.22.91", date, seed=seed)
    return message(hdrs, alt, rec)


def plain_mail(*, seed, date, from_, to, subject, text, cc=None, reply_to=None, mid=None,
               in_reply_to=None, references=None, html_part=True, cte="quoted-printable",
               client="gmail", extra_headers=(), attachments=(), inbound=True, sender=None):
    """A human/ATS e-mail: multipart/alternative (plain + html), optionally wrapped in
    multipart/mixed with attachments [(ctype, filename, data)]."""
    if html_part:
        body = multipart("alternative", gboundary(seed + "a") if client == "gmail" else f"----=_Part_{int(hx(seed, 6), 16)}_{int(hx(seed + 'q', 8), 16)}.{int(hx(seed + 'r', 10), 16)}", [
            leaf('text/plain; charset="UTF-8"', text, cte),
            leaf('text/html; charset="UTF-8"', text_to_html(text), "quoted-printable"),
        ])
    else:
        body = leaf('text/plain; charset="UTF-8"; format=flowed', text, cte)
    if attachments:
        parts = [body.rstrip("\n")]
        for ctype, fname, data in attachments:
            parts.append(leaf(f'{ctype}; name="{fname}"', data, "base64",
                              [f'Content-Disposition: attachment; filename="{fname}"']))
        body = multipart("mixed", gboundary(seed + "m") if client == "gmail" else f"----=_Part_{int(hx(seed + 'mx', 6), 16)}_{int(hx(seed + 'mq', 8), 16)}.{int(hx(seed + 'mr', 10), 16)}", parts)
    hdrs = [("From", from_), ("Sender", sender), ("Reply-To", reply_to), ("To", ", ".join(to) if isinstance(to, (list, tuple)) else to),
            ("Cc", ", ".join(cc) if cc else None), ("Date", rfc(date)), ("Subject", subject),
            ("Message-ID", mid or gmail_mid(seed)), ("In-Reply-To", in_reply_to),
            ("References", references)] + list(extra_headers)
    rec = received(f"mail-{hx(seed, 4)}.outbound.example.net", "198.51.100." + str(int(hx(seed, 2), 16) % 250 + 1), date, seed=seed) if inbound else None
    return message(hdrs, body, rec)


def iv(company, role, start, end, interviewers, recipients, kind, status="scheduled"):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end) if end else None,
            "status": status, "interviewer_emails": list(interviewers),
            "followup_recipients": list(recipients), "kind": kind}


def case(cid, files, interviews, difficulty, category, notes):
    assert cid not in CASES
    CASES[cid] = files
    LABELS[cid] = {"user": OWNER, "interview": bool(interviews), "interviews": interviews,
                   "difficulty": difficulty, "category": category, "notes": notes,
                   "source": "synthetic"}


SIG_W = "Wanjiru Kamau\nData Scientist | Nairobi, Kenya\n+254 722 000 318"
W = enc_header_addr(OWNER_NAME, OWNER)


def simple_ics(prodid, method, tzid, vevent, calprops=()):
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN",
             f"METHOD:{method}"] + list(calprops)
    if tzid:
        lines += VTZ[tzid]
    lines += ["BEGIN:VEVENT"] + list(vevent) + ["END:VEVENT", "END:VCALENDAR"]
    return ics(lines)


def gmail_quote_hdr(dt, name, email):
    return f"On {dt:%a}, {dt.day} {dt:%b %Y} at {dt:%H:%M}, {name} <{email}> wrote:"


def outlook_quote_hdr(dt, frm, to, subject, cc=None):
    s = (f"________________________________\nFrom: {frm}\nSent: {dt:%A, %B} {dt.day}, {dt.year} "
         f"{h12(dt, space=True, upper=True)}\nTo: {to}\n")
    if cc:
        s += f"Cc: {cc}\n"
    return s + f"Subject: {subject}\n"


# ============================================================================= POSITIVE CASES
def c01():
    cid = "b215-01-greenhouse-fintech-recruiter-screen"
    rec = ("Achieng Odhiambo", "achieng.odhiambo@mvuapay.example")
    sent = T(2026, 10, 8, 10, 14, EAT, "Thursday", 3, s=37)
    start = T(2026, 10, 13, 11, 30, EAT, "Tuesday", 3)
    end = start + timedelta(minutes=30)
    role = "Senior Data Scientist, Credit Risk"
    meet = "qhx-vbnr-kte"
    text = f"""Hi Wanjiru,

Thanks again for your interest in Mvua Pay! I'm happy to confirm your interview for the {role} role. The details are below and a calendar invitation is attached.

Recruiter Screen
{long_us(start)}
{h12(start, space=True, upper=True)} - {h12(end, space=True, upper=True)} EAT (Africa/Nairobi)
Interviewer: Achieng Odhiambo, Talent Partner
Location: Google Meet - https://meet.google.com/{meet}

This is a conversational call: we'll cover your background, what you're looking for next, and answer any questions you have about Mvua Pay and the Credit Risk team. No preparation needed.

If you need to reschedule, just reply to this email and I'll find another slot.

Best,
Achieng Odhiambo
Talent Partner | Mvua Pay
achieng.odhiambo@mvuapay.example | +254 709 000 184
"""
    desc = (f"Recruiter Screen for {role}\n\nInterviewer: Achieng Odhiambo (Talent Partner)\n"
            f"Join: https://meet.google.com/{meet}\n\nScheduled via Greenhouse")
    cal = simple_ics("-//Greenhouse Software Inc//Greenhouse Scheduler//EN", "REQUEST", "Africa/Nairobi", [
        f"UID:{hx(cid, 24)}@greenhouse.io", "SEQUENCE:0", f"DTSTAMP:{ical_utc(sent)}",
        *dt_lines(start, end, "Africa/Nairobi"),
        f"SUMMARY:{esc('Recruiter Screen: Wanjiru Kamau <> Mvua Pay')}",
        f"DESCRIPTION:{esc(desc)}", f"LOCATION:https://meet.google.com/{meet}",
        f"ORGANIZER;CN={rec[0]}:mailto:{rec[1]}",
        att(rec[1], rec[0], partstat="ACCEPTED", rsvp=False, style="generic"),
        att(OWNER, OWNER_NAME, style="generic"),
        "STATUS:CONFIRMED", "TRANSP:OPAQUE"])
    m = plain_mail(seed=cid, date=sent, from_=enc_header_addr(rec[0], "no-reply@greenhouse.io"),
                   reply_to=enc_header_addr(*rec), to=W,
                   subject=f"Interview Confirmation: Mvua Pay - {role}", text=text, client="ats",
                   mid=f"<{hx(cid + 'gh', 22)}@greenhouse.io>",
                   attachments=[("text/calendar; charset=UTF-8; method=REQUEST", "invite.ics", cal)])
    case(cid, {"01-greenhouse-interview-confirmation.eml": m},
         [iv("Mvua Pay", role, start, end, [rec[1]], [rec[1]], "phone_screen")],
         "easy", "positive/ats-greenhouse-ics",
         "Greenhouse confirmation from no-reply@greenhouse.io with Reply-To the recruiter, who also conducts "
         "the 30-minute screen (EAT, Africa/Nairobi VTIMEZONE).")


def c02():
    cid = "b215-02-bank-thread-swahili-saa-nne"
    faith = ("Faith Njeri", "faith.njeri@umojabank.example")
    daniel = ("Daniel Mutua", "daniel.mutua@umojabank.example")
    role = "Data Scientist - Retail Analytics"
    d1 = T(2026, 10, 12, 16, 42, EAT, "Monday", 3, s=5)
    d2 = T(2026, 10, 12, 19, 58, EAT, "Monday", 3, s=41)
    d3 = T(2026, 10, 13, 8, 55, EAT, "Tuesday", 3, s=12)
    # "Thursday this week" (Alhamisi) relative to Monday 12 Oct; saa nne asubuhi = 10:00 (Swahili time)
    start = T(2026, 10, 15, 10, 0, EAT, "Thursday", 3)
    end = start + timedelta(hours=1)
    subj = f"Interview invitation - {role}"
    mid1 = f"<DB9PR02MB{hx(cid + '1', 4).upper()}{hx(cid + '1b', 28).upper()}@DB9PR02MB7345.eurprd02.prod.outlook.com>"
    mid2 = gmail_mid(cid + "2")
    mid3 = f"<DB9PR02MB{hx(cid + '3', 4).upper()}{hx(cid + '3b', 28).upper()}@DB9PR02MB7345.eurprd02.prod.outlook.com>"
    t1 = f"""Habari Wanjiru,

Thank you for your application for the position of {role} at Umoja Commercial Bank. I am pleased to inform you that you have been shortlisted.

We would like to invite you for a face-to-face interview with our Head of Retail Analytics, Mr. Daniel Mutua. Would Alhamisi (Thursday) this week, saa nne asubuhi, work for you? The interview will take place at Umoja House, Upper Hill, 5th floor - kindly ask for me at the main reception. Please plan for about an hour.

Kindly confirm your availability at your earliest convenience.

Regards,

Faith Njeri
HR Officer - Talent Acquisition
Umoja Commercial Bank
Umoja House, Upper Hill, Nairobi | Tel: +254 20 555 0142
"""
    t2 = f"""Habari Faith,

Asante sana for the good news! Thursday saa nne asubuhi works well for me, I'll come a few minutes early to sort out the visitor's badge.

Tutakutana Alhamisi.

Wanjiru

{gmail_quote_hdr(d1, *faith)}
{quote(t1)}
"""
    t3 = f"""Dear Wanjiru,

Well received, thank you. I have copied Mr. Mutua for his information.

Kindly carry your national ID (reception will need it for the visitor's badge) and copies of your academic certificates. Saa moja inatosha - one hour should be sufficient, so you will be done well before lunch.

Tutakutana Alhamisi saa nne asubuhi.

Regards,
Faith

{outlook_quote_hdr(d2, W, enc_header_addr(*faith), 'Re: ' + subj)}
{t2}"""
    m1 = plain_mail(seed=cid + "1", date=d1, from_=enc_header_addr(*faith), to=W, subject=subj, text=t1,
                    mid=mid1, client="outlook")
    m2 = plain_mail(seed=cid + "2", date=d2, from_=W, to=enc_header_addr(*faith), subject="Re: " + subj,
                    text=t2, mid=mid2, in_reply_to=mid1, references=mid1, inbound=False)
    m3 = plain_mail(seed=cid + "3", date=d3, from_=enc_header_addr(*faith), to=W,
                    cc=[enc_header_addr(*daniel)], subject="RE: " + subj, text=t3, mid=mid3,
                    in_reply_to=mid2, references=f"{mid1} {mid2}", client="outlook")
    case(cid, {"01-umoja-interview-invitation.eml": m1, "02-re-wanjiru-confirms.eml": m2,
               "03-re-hr-confirms-cc-hiring-manager.eml": m3},
         [iv("Umoja Commercial Bank", role, start, end, [daniel[1]], [daniel[1]], "hiring_manager")],
         "hard", "positive/thread-swahili-time",
         "Thread with no digits for the time: 'Alhamisi (Thursday) this week, saa nne asubuhi' = Thursday "
         "15 Oct 10:00 EAT (Swahili counting, saa nne = 4th hour after 06:00), resolved against Monday 12 Oct. "
         "'Saa moja inatosha' means 'one hour is enough' (duration), not 07:00. HR only coordinates; the "
         "interviewer is the Head of Retail Analytics, copied on the last mail.")


def c03():
    cid = "b215-03-lever-london-technical-bst"
    harriet = ("Harriet Cole", "harriet.cole@ledgerline.example")
    tom = ("Tom Whitaker", "tom.whitaker@ledgerline.example")
    role = "Data Scientist (Fraud)"
    sent = T(2026, 10, 14, 11, 20, LON, "Wednesday", 1, s=7)
    start = T(2026, 10, 22, 14, 0, LON, "Thursday", 1)   # BST, before the UK change on Oct 25
    end = start + timedelta(hours=1)
    se, ee = start.astimezone(EAT), end.astimezone(EAT)
    assert (se.hour, ee.hour) == (16, 17)
    meet = "ywd-kqzp-fan"
    text = f"""Hi Wanjiru,

Your interview for {role} at Ledgerline is confirmed.

Technical interview - fraud modelling
When: {long_us(start)}
Time: {h12(start, space=True)} - {h12(end, space=True)} BST (UK time) / {h12(se, space=True)} - {h12(ee, space=True)} EAT
Where: Google Meet - https://meet.google.com/{meet}

You'll be meeting with:
Tom Whitaker - Senior Data Scientist, Fraud

Tom will walk you through a fraud-detection scenario and talk it through with you - no coding environment is needed, but keep a pen and paper handy.

Please reply to this email if you need to make any changes.

Thanks,
Harriet Cole
Talent Acquisition, Ledgerline

Sent via Lever
"""
    desc = (f"Technical interview for {role}\nInterviewer: Tom Whitaker (Senior Data Scientist)\n"
            f"Google Meet: https://meet.google.com/{meet}")
    cal = simple_ics("-//Lever//Lever Interview Scheduling//EN", "REQUEST", "Europe/London", [
        f"UID:interview-{hx(cid, 8)}-{hx(cid + 'x', 4)}-{hx(cid + 'y', 4)}-{hx(cid + 'z', 12)}@lever.co",
        "SEQUENCE:0", f"DTSTAMP:{ical_utc(sent)}", *dt_lines(start, end, "Europe/London"),
        f"SUMMARY:{esc('Ledgerline | Technical interview - Wanjiru Kamau')}",
        f"DESCRIPTION:{esc(desc)}", f"LOCATION:https://meet.google.com/{meet}",
        f"ORGANIZER;CN={harriet[0]}:mailto:{harriet[1]}",
        att(tom[1], tom[0], partstat="ACCEPTED", style="generic"),
        att(OWNER, OWNER_NAME, style="generic"), "STATUS:CONFIRMED"])
    m = plain_mail(seed=cid, date=sent, from_=enc_header_addr("Harriet Cole", "no-reply@hire.lever.co"),
                   reply_to=enc_header_addr(*harriet), to=W,
                   subject=f"Your interview with Ledgerline is confirmed", text=text, client="ats",
                   mid=f"<{hx(cid + 'lv', 32)}@hire.lever.co>",
                   attachments=[("application/ics", "invite.ics", cal)])
    case(cid, {"01-lever-interview-confirmed.eml": m},
         [iv("Ledgerline", role, start, end, [tom[1]], [tom[1]], "technical")],
         "medium", "positive/ats-lever-ics-london-bst",
         "Lever confirmation (no-reply sender, Reply-To the recruiter) with Europe/London .ics; 14:00 BST on "
         "22 Oct (UTC+1, before the 25 Oct UK change) = 16:00 EAT. Recruiter only schedules.")


def c04():
    cid = "b215-04-london-hm-after-uk-clock-change"
    oliver = ("Oliver Bennett", "oliver.bennett@cobaltclaims.example")
    role = "Senior Data Scientist, Pricing"
    d1 = T(2026, 10, 20, 9, 31, LON, "Tuesday", 1, s=44)
    d2 = T(2026, 10, 20, 12, 7, EAT, "Tuesday", 3, s=19)
    d3 = T(2026, 10, 20, 10, 26, LON, "Tuesday", 1, s=2)
    assert d1 < d2 < d3
    start = T(2026, 10, 27, 15, 0, LON, "Tuesday", 0)   # GMT after the 25 Oct change
    end = start + timedelta(minutes=45)
    assert start.astimezone(EAT).hour == 18
    assert (start - timedelta(days=7)).astimezone(EAT).hour == 17   # same wall time a week earlier (BST)
    subj = f"Cobalt Claims - next step ({role})"
    mid1 = gmail_mid(cid + "1")
    mid2 = gmail_mid(cid + "2")
    t1 = f"""Hi Wanjiru,

Sam passed on her notes from your screen last week and I'd love to have a proper chat about the {role} role - mostly about the claims-severity work you did at Kilimo and how you'd approach our pricing models.

Would Tuesday 27th October at 3pm UK time suit? 45 minutes on Teams. Heads-up: our clocks go back this Sunday (25th), so we'll be on GMT by then rather than BST - if I've got it right that's 6pm for you in Nairobi rather than the 5pm it would be this week.

Best,
Oliver

--
Oliver Bennett
Head of Pricing Analytics | Cobalt Claims
Remote-first | Registered office: London EC2
"""
    t2 = f"""Hi Oliver,

Thanks, that sounds great. Tuesday 27 October at 3pm GMT (6pm EAT) works for me - yes, you've got the conversion right.

Looking forward to it.

Best,
Wanjiru

{gmail_quote_hdr(d1, *oliver)}
{quote(t1)}
"""
    s_eat = start.astimezone(EAT)
    inv_text = f"""Hi Wanjiru - as agreed, Teams link below. Looking forward to it.

Oliver

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{b32(cid + 'teams', 40)}%40thread.v2/0>
Meeting ID: 381 552 904 117
Passcode: Qm7xT2
________________________________________________________________________________
"""
    cal = exchange_cal(method="REQUEST", tzid="GMT Standard Time", uid=exchange_uid(cid), seq=0,
                       start=start, end=end, stamp=d3, organizer=oliver,
                       attendees=[att(OWNER, OWNER_NAME, style="exchange")],
                       summary=f"Cobalt Claims: Wanjiru Kamau / Oliver Bennett - {role}",
                       description=inv_text, location="Microsoft Teams Meeting",
                       extra=[f"X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_{b32(cid + 'teams', 40)}%40thread.v2/0"])
    m1 = plain_mail(seed=cid + "1", date=d1, from_=enc_header_addr(*oliver), to=W, subject=subj, text=t1, mid=mid1)
    m2 = plain_mail(seed=cid + "2", date=d2, from_=W, to=enc_header_addr(*oliver), subject="Re: " + subj,
                    text=t2, mid=mid2, in_reply_to=mid1, references=mid1, inbound=False)
    m3 = exchange_invite(seed=cid + "3", date=d3, from_=enc_header_addr(*oliver), to=[W],
                         subject=f"Cobalt Claims: Wanjiru Kamau / Oliver Bennett - {role}", text=inv_text, cal=cal)
    case(cid, {"01-oliver-proposes-tuesday.eml": m1, "02-re-wanjiru-accepts.eml": m2,
               "03-teams-invite-gmt-standard-time.eml": m3},
         [iv("Cobalt Claims", role, start, end, [oliver[1]], [oliver[1]], "hiring_manager")],
         "medium", "positive/uk-dst-change-thread-plus-teams",
         "Proposed on 20 Oct (BST) for 27 Oct 15:00 UK time, after the 25 Oct change: GMT, = 18:00 EAT (not "
         "17:00). E-mail thread and Teams invite (Windows TZID 'GMT Standard Time') are the same interview.")


def c05():
    cid = "b215-05-nyc-two-rounds-across-us-dst"
    megan = ("Megan Doyle", "megan.doyle@palisadecredit.example")
    jason = ("Jason Park", "jason.park@palisadecredit.example")
    role = "Data Scientist, Underwriting"
    d1 = T(2026, 10, 22, 10, 5, NYC, "Thursday", -4, s=51)
    s1 = T(2026, 10, 29, 9, 0, NYC, "Thursday", -4)     # EDT: 13:00 UTC = 16:00 EAT
    e1 = s1 + timedelta(minutes=30)
    assert s1.astimezone(EAT).hour == 16
    d_inv = T(2026, 10, 29, 15, 38, UTC, "Thursday", s=12)
    d3 = T(2026, 10, 29, 11, 40, NYC, "Thursday", -4, s=3)
    assert d_inv < d3
    s2 = T(2026, 11, 5, 9, 0, NYC, "Thursday", -5)      # EST after 1 Nov: 14:00 UTC = 17:00 EAT
    e2 = s2 + timedelta(hours=1)
    assert s2.astimezone(EAT).hour == 17
    zid = "841 2093 7561"
    zurl = f"https://palisadecredit.zoom.us/j/84120937561?pwd={b32(cid + 'pwd', 32)}.1"
    t1 = f"""Hi Wanjiru,

Thanks for applying to the {role} role at Palisade Credit! As promised, here are the details for our intro call. It'll be me on the other end - 30 minutes, mostly about your background and what you're looking for. If my math is right, 9:00 AM Eastern is 4:00 PM in Nairobi.

Megan Doyle is inviting you to a scheduled Zoom meeting.

Topic: Palisade Credit - Recruiter Screen (Wanjiru Kamau)
Time: {s1:%b} {s1.day}, {s1.year} {h12(s1, pad=True, space=True, upper=True)} Eastern Time (US and Canada)

Join Zoom Meeting
{zurl}

Meeting ID: {zid}
Passcode: 552190

---

Megan Doyle
Senior Technical Recruiter | Palisade Credit
megan.doyle@palisadecredit.example
"""
    zcal = simple_ics("-//zoom.us//iCalendar Event//EN", "REQUEST", "America/New_York", [
        f"DTSTAMP:{ical_utc(d1)}", *dt_lines(s1, e1, "America/New_York"),
        "SUMMARY:Palisade Credit - Recruiter Screen (Wanjiru Kamau)",
        f"UID:ZOOM84120937561{hx(cid, 6)}", "TZID:America/New_York",
        f"DESCRIPTION:{esc('Megan Doyle is inviting you to a scheduled Zoom meeting.' + chr(10) + chr(10) + 'Join Zoom Meeting' + chr(10) + zurl + chr(10) + chr(10) + 'Meeting ID: ' + zid + chr(10) + 'Passcode: 552190')}",
        f"LOCATION:{zurl}", f"ORGANIZER;CN={megan[0]}:mailto:{megan[1]}",
        att(OWNER, OWNER_NAME, style="generic"), "STATUS:CONFIRMED", "SEQUENCE:0"])
    mid1 = gmail_mid(cid + "1")
    m1 = plain_mail(seed=cid + "1", date=d1, from_=enc_header_addr(*megan), to=W,
                    subject="Palisade Credit - Recruiter Screen (Zoom details)", text=t1, mid=mid1,
                    attachments=[("text/calendar; charset=utf-8; method=REQUEST", "zoom_0.ics", zcal)])
    summary2 = "Palisade Credit - Technical Interview (Wanjiru Kamau)"
    desc2 = (f"Technical interview for the {role} role with Jason Park (Lead Data Scientist, Underwriting). "
             "Credit-risk modelling discussion: thin-file features, monitoring, trade-offs.\n\n"
             "Coordinator: Megan Doyle (megan.doyle@palisadecredit.example)")
    m2 = google_invite(seed=cid + "inv", date=d_inv, kind="Invitation", summary=summary2, start=s2, end=e2,
                       organizer=megan, attendees=[(megan[0], megan[1], "ACCEPTED"), (jason[0], jason[1], "ACCEPTED"),
                                                   (OWNER, OWNER, "NEEDS-ACTION")],
                       description=desc2, meet="rbk-tuwz-pqe", uid=f"{b32(cid + 'uid', 26)}@google.com", seq=0)
    t3 = f"""Hi Wanjiru,

Thanks for your time this morning - great conversation! I'm excited to move you forward to a technical interview with Jason Park, Lead Data Scientist on our underwriting team (jason.park@palisadecredit.example).

I've booked {s2:%A}, {s2:%B} {s2.day} at 9:00 AM ET (60 minutes) and just sent the calendar invite. One thing to flag: US clocks fall back this Sunday, November 1, so 9:00 AM ET next week will be 5:00 PM in Nairobi - an hour later for you than today's call.

Jason will work through a credit-risk modelling problem with you; expect questions on feature engineering for thin-file borrowers and on model monitoring.

Best,
Megan

{gmail_quote_hdr(d1, *megan)}
{quote(t1)}
"""
    m3 = plain_mail(seed=cid + "3", date=d3, from_=enc_header_addr(*megan), to=W,
                    subject="Re: Palisade Credit - Recruiter Screen (Zoom details)", text=t3,
                    mid=gmail_mid(cid + "3"), in_reply_to=mid1, references=mid1)
    case(cid, {"01-zoom-recruiter-screen.eml": m1, "02-google-invite-technical.eml": m2,
               "03-megan-next-step-dst-note.eml": m3},
         [iv("Palisade Credit", role, s1, e1, [megan[1]], [megan[1]], "phone_screen"),
          iv("Palisade Credit", role, s2, e2, [jason[1]], [jason[1]], "technical")],
         "hard", "positive/two-interviews-us-dst",
         "Two interviews, same company, either side of the US change on 1 Nov: recruiter Zoom screen Thu 29 Oct "
         "09:00 EDT (=16:00 EAT, 30 min) conducted by the recruiter, and technical Thu 5 Nov 09:00 EST "
         "(=17:00 EAT). The Google invite shows the recipient's zone (5pm EAT); Megan only organizes round 2.")


def c06():
    cid = "b215-06-exchange-panel-dl-and-room"
    mercy = ("Mercy Wambui", "mercy.wambui@kilelebank.example")
    panel = [("Peter Kiprono", "peter.kiprono@kilelebank.example"),
             ("Lucy Auma", "lucy.auma@kilelebank.example"),
             ("Samuel Ndungu", "samuel.ndungu@kilelebank.example")]
    dl = ("Data Science Team", "dl-datascience@kilelebank.example")
    room = ("HQ-7F-Boardroom 3 (12)", "boardroom3.hq@kilelebank.example")
    role = "Lead Data Scientist, Customer Analytics"
    sent = T(2026, 10, 16, 14, 22, EAT, "Friday", 3, s=31)
    start = T(2026, 10, 22, 14, 0, EAT, "Thursday", 3)
    end = T(2026, 10, 22, 15, 30, EAT, "Thursday", 3)
    text = f"""Dear Wanjiru,

Following your successful technical assessment, you are invited to a panel interview for the position of {role}.

Date: Thursday, 22nd October 2026
Time: 2:00 pm - 3:30 pm (EAT)
Venue: Kilele Bank Head Office, Kenyatta Avenue - 7th Floor, Boardroom 3

Interview panel:
- Peter Kiprono, Head of Data Science (Chair)
- Lucy Auma, Senior Data Scientist
- Samuel Ndungu, Manager, Risk Analytics

Please note that the Data Science Team mailing list and the boardroom are on this invitation for calendar purposes only (so that colleagues can see the room is taken); members of the list are not part of the panel.

Kindly carry your original academic and professional certificates and your national ID, and report to the 7th floor reception 15 minutes before the start time.

Regards,
Mercy Wambui
HR Business Partner | Kilele Bank
"""
    assert start.strftime("%A") == "Thursday" and start.day == 22 and h12(start, space=True) == "2:00 pm"
    attendees = [att(OWNER, OWNER_NAME, style="exchange")]
    attendees += [att(p[1], p[0], style="exchange") for p in panel]
    attendees += [att(dl[1], dl[0], role="OPT-PARTICIPANT", cutype="GROUP", style="exchange"),
                  att(room[1], room[0], role="NON-PARTICIPANT", cutype="RESOURCE", partstat="ACCEPTED",
                      rsvp=False, style="exchange")]
    subject = f"Panel Interview: {role} - Wanjiru Kamau"
    cal = exchange_cal(method="REQUEST", tzid="E. Africa Standard Time", uid=exchange_uid(cid), seq=0,
                       start=start, end=end, stamp=sent, organizer=mercy, attendees=attendees,
                       summary=subject, description=text,
                       location="Kilele Bank HQ - 7th Floor Boardroom 3; HQ-7F-Boardroom 3 (12)",
                       busy="BUSY")
    m = exchange_invite(seed=cid, date=sent, from_=enc_header_addr(*mercy),
                        to=[W] + [enc_header_addr(*p) for p in panel] + [enc_header_addr(*dl), enc_header_addr(*room)],
                        subject=subject, text=text, cal=cal)
    ivs = [p[1] for p in panel]
    case(cid, {"01-panel-interview-invite.eml": m},
         [iv("Kilele Bank", role, start, end, ivs, ivs, "onsite")],
         "hard", "positive/panel-dl-and-room",
         "Exchange invite (E. Africa Standard Time) for an in-person panel. Guest list also holds the HR "
         "organizer, a team distribution list (CUTYPE=GROUP) and a boardroom resource; only the three named "
         "panelists conduct it, so only they are interviewers/recipients.")


def c07():
    cid = "b215-07-gcal-api-panel-group-resource"
    sanne = ("Sanne de Vries", "sanne.devries@nordhaven.example")
    joost = ("Joost Bakker", "joost.bakker@nordhaven.example")
    ines = ("Ines Carvalho", "ines.carvalho@nordhaven.example")
    group = ("ML Hiring Panel", "ml-hiring-panel@nordhaven.example")
    room = ("AMS-Keizersgracht-4.02 (6) [Google Meet]",
            "c_188a3f6b2d0e4c1a9b7e5d3f1a2c4e6b@resource.calendar.google.com")
    role = "Machine Learning Scientist, Risk"
    d1 = T(2026, 10, 27, 10, 48, AMS, "Tuesday", 1, s=20)     # CET already (EU change 25 Oct)
    start = T(2026, 11, 3, 15, 0, AMS, "Tuesday", 1)
    end = start + timedelta(hours=1)
    se, ee = start.astimezone(EAT), end.astimezone(EAT)
    assert (se.hour, ee.hour) == (17, 18)
    t1 = f"""Hi Wanjiru,

Great news - the team would like to invite you to the panel interview for the {role} role!

I've put it in your calendar for Tuesday 3 November, 15:00-16:00 CET ({se:%H:%M}-{ee:%H:%M} in Nairobi). Your panel will be Joost Bakker (Head of Risk ML) and Ines Carvalho (Senior ML Scientist). Expect a deep dive into one of your past projects, followed by a discussion of how you'd design a transaction-risk model for us.

You'll also see our ML Hiring Panel group and a meeting room on the invite. That's only so the rest of the hiring group can see the slot and so Joost and Ines have a room in the office - the panel itself is just the two of them. I won't be joining, but I'm here if you have any questions beforehand.

Groetjes,
Sanne de Vries
Talent Partner | Nordhaven Payments
"""
    m1 = plain_mail(seed=cid + "1", date=d1, from_=enc_header_addr(*sanne), to=W,
                    subject=f"Nordhaven Payments - panel interview ({role})", text=t1,
                    mid=gmail_mid(cid + "1"))
    evid = b32(cid + "ev", 26)
    ev = {
        "kind": "calendar#event",
        "etag": f"\"{int(hx(cid + 'etag', 13), 16)}\"",
        "id": evid,
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=" + base64.urlsafe_b64encode(f"{evid} {OWNER}".encode()).decode().rstrip("="),
        "created": "2026-10-27T09:41:07.000Z",
        "updated": "2026-10-27T09:46:52.118Z",
        "summary": f"Nordhaven Payments | Panel interview - {role} (Wanjiru Kamau)",
        "description": ("Panel interview with Joost Bakker (Head of Risk ML) and Ines Carvalho (Senior ML Scientist).\n"
                        "Part 1: past project deep dive (25 min). Part 2: design discussion - transaction risk (30 min). "
                        "Part 3: your questions.\n\n"
                        "The ML Hiring Panel group is on this invite for visibility only; the room is for the interviewers."),
        "location": room[0],
        "creator": {"email": sanne[1], "displayName": sanne[0]},
        "organizer": {"email": sanne[1], "displayName": sanne[0]},
        "start": {"dateTime": se.isoformat(), "timeZone": "Europe/Amsterdam"},
        "end": {"dateTime": ee.isoformat(), "timeZone": "Europe/Amsterdam"},
        "iCalUID": f"{evid}@google.com",
        "sequence": 0,
        "attendees": [
            {"email": sanne[1], "displayName": sanne[0], "organizer": True, "responseStatus": "accepted"},
            {"email": joost[1], "displayName": joost[0], "responseStatus": "accepted"},
            {"email": ines[1], "displayName": ines[0], "responseStatus": "tentative"},
            {"email": group[1], "displayName": group[0], "responseStatus": "needsAction"},
            {"email": room[1], "displayName": room[0], "resource": True, "responseStatus": "accepted"},
            {"email": OWNER, "self": True, "responseStatus": "accepted"},
        ],
        "hangoutLink": "https://meet.google.com/nzv-gqpa-wmr",
        "conferenceData": {
            "entryPoints": [
                {"entryPointType": "video", "uri": "https://meet.google.com/nzv-gqpa-wmr",
                 "label": "meet.google.com/nzv-gqpa-wmr"},
                {"entryPointType": "phone", "uri": "tel:+31-20-808-0412", "label": "+31 20 808 0412",
                 "pin": "612048937", "regionCode": "NL"}],
            "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet",
                                   "iconUri": "https://fonts.gstatic.com/s/i/productlogos/meet_2020q4/v6/web-512dp/logo_meet_2020q4_color_2x_web_512dp.png"},
            "conferenceId": "nzv-gqpa-wmr"},
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    j = (json.dumps(ev, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    ivs = [joost[1], ines[1]]
    case(cid, {"01-sanne-panel-details.eml": m1, "02-panel-interview.gcal.json": j},
         [iv("Nordhaven Payments", role, start, end, ivs, ivs, "onsite")],
         "hard", "positive/gcal-api-panel-group-resource",
         "Amsterdam panel (CET after 25 Oct) 15:00-16:00 = 17:00-18:00 EAT; e-mail plus Calendar API event "
         "(dateTime rendered in the owner's +03:00 zone) are one interview. Guest list includes a Google group "
         "and a room resource; the recruiter-organizer does not join. Two-person panel -> onsite.")


def c08():
    cid = "b215-08-google-invite-rescheduled"
    kevin = ("Kevin Otieno", "kevin.otieno@safariledger.example")
    role = "Data Scientist, Growth"
    summary = "Safari Ledger - Hiring Manager Interview (Wanjiru Kamau)"
    uid = f"{b32(cid + 'uid', 26)}@google.com"
    d1 = T(2026, 10, 19, 12, 10, UTC, "Monday", s=44)
    s1 = T(2026, 10, 21, 11, 0, EAT, "Wednesday", 3)
    d2 = T(2026, 10, 20, 15, 47, UTC, "Tuesday", s=2)
    s2 = T(2026, 10, 23, 14, 30, EAT, "Friday", 3)
    e2 = s2 + timedelta(minutes=45)
    desc1 = (f"Hi Wanjiru - looking forward to talking about the {role} role. We'll go through your churn and "
             "uplift modelling work, and I'll tell you more about how the growth team works.\n\nKevin")
    desc2 = ("Update: sorry for the shuffle - our board meeting moved to Wednesday morning, so I've pushed us to "
             "Friday afternoon. Same link.\n\n" + desc1)
    atts = [(kevin[0], kevin[1], "ACCEPTED"), (OWNER, OWNER, "NEEDS-ACTION")]
    m1 = google_invite(seed=cid + "1", date=d1, kind="Invitation", summary=summary, start=s1,
                       end=s1 + timedelta(minutes=45), organizer=kevin, attendees=atts, description=desc1,
                       meet="hfe-xqmo-tad", uid=uid, seq=0)
    m2 = google_invite(seed=cid + "2", date=d2, kind="Updated invitation", summary=summary, start=s2, end=e2,
                       organizer=kevin, attendees=atts, description=desc2, meet="hfe-xqmo-tad", uid=uid, seq=1,
                       created=d1)
    case(cid, {"01-invitation-wed-oct-21.eml": m1, "02-updated-invitation-fri-oct-23.eml": m2},
         [iv("Safari Ledger", role, s2, e2, [kevin[1]], [kevin[1]], "hiring_manager")],
         "medium", "positive/reschedule-google-sequence",
         "Google invite for Wed 21 Oct 11:00 EAT, then 'Updated invitation' (same UID, SEQUENCE 1) moving it "
         "to Fri 23 Oct 14:30-15:15 EAT. One interview at the final time.")


def c09():
    cid = "b215-09-workable-interview-cancelled"
    brenda = ("Brenda Chebet", "brenda.chebet@juapower.example")
    collins = ("Collins Kiptoo", "collins.kiptoo@juapower.example")
    role = "Data Scientist - Credit & Collections"
    d1 = T(2026, 10, 21, 6, 30, UTC, "Wednesday", s=12)
    d2 = T(2026, 10, 23, 14, 55, UTC, "Friday", s=40)
    start = T(2026, 10, 26, 15, 0, EAT, "Monday", 3)
    end = start + timedelta(hours=1)
    zurl = "https://juapower.zoom.us/j/93017742218"
    uid = f"{hx(cid, 8)}-{hx(cid + 'a', 4)}-{hx(cid + 'b', 4)}-{hx(cid + 'c', 4)}-{hx(cid + 'd', 12)}@workable.com"
    when = f"{long_us(start)}"
    t1 = f"""Hi Wanjiru,

Thank you for applying for the {role} position at Jua Power. We'd like to invite you to a video interview with the hiring manager.

Interview with: Collins Kiptoo, Head of Credit Analytics
Date: {when}
Time: {h12(start, space=True, upper=True)} - {h12(end, space=True, upper=True)} (GMT+03:00) Africa/Nairobi
Location: Zoom - {zurl}

A calendar invitation is attached to this email. If you have any questions, reply to this email or contact me at brenda.chebet@juapower.example.

Best regards,
Brenda Chebet
People & Culture, Jua Power

--
Powered by Workable
"""
    t2 = f"""Hi Wanjiru,

We're sorry to let you know that your interview with Collins Kiptoo on {when} at {h12(start, space=True, upper=True)} (GMT+03:00) Africa/Nairobi has been cancelled.

The {role} role has been put on hold following a change in our hiring plan for Q4, so we won't be rescheduling at this time. We'll keep your application on file and get in touch if the role reopens.

Apologies for the inconvenience, and thank you for your interest in Jua Power.

Brenda Chebet
People & Culture, Jua Power

--
Powered by Workable
"""
    common = [f"UID:{uid}", *dt_lines(start, end, "Africa/Nairobi"),
              f"SUMMARY:{esc('Interview: Wanjiru Kamau - ' + role + ' (Jua Power)')}",
              f"LOCATION:{zurl}", f"ORGANIZER;CN={brenda[0]}:mailto:{brenda[1]}",
              att(collins[1], collins[0], partstat="ACCEPTED", style="generic"),
              att(OWNER, OWNER_NAME, style="generic")]
    cal1 = simple_ics("-//Workable//Workable Calendar//EN", "REQUEST", "Africa/Nairobi",
                      common + [f"DTSTAMP:{ical_utc(d1)}", "SEQUENCE:0", "STATUS:CONFIRMED",
                                f"DESCRIPTION:{esc('Video interview with Collins Kiptoo (Head of Credit Analytics). Zoom: ' + zurl)}"])
    cal2 = simple_ics("-//Workable//Workable Calendar//EN", "CANCEL", "Africa/Nairobi",
                      common + [f"DTSTAMP:{ical_utc(d2)}", "SEQUENCE:1", "STATUS:CANCELLED",
                                f"DESCRIPTION:{esc('This interview has been cancelled.')}"])
    frm = enc_header_addr("Jua Power", "noreply@workablemail.com")
    rto = enc_header_addr(*brenda)
    m1 = plain_mail(seed=cid + "1", date=d1, from_=frm, reply_to=rto, to=W, client="ats",
                    subject=f"Interview invitation: {role} at Jua Power", text=t1,
                    mid=f"<{hx(cid + '1m', 24)}@workablemail.com>",
                    attachments=[("text/calendar; charset=UTF-8; method=REQUEST", "interview.ics", cal1)])
    m2 = plain_mail(seed=cid + "2", date=d2, from_=frm, reply_to=rto, to=W, client="ats",
                    subject=f"Interview cancelled: {role} at Jua Power", text=t2,
                    mid=f"<{hx(cid + '2m', 24)}@workablemail.com>",
                    attachments=[("text/calendar; charset=UTF-8; method=CANCEL", "interview.ics", cal2)])
    case(cid, {"01-workable-interview-invitation.eml": m1, "02-workable-interview-cancelled.eml": m2},
         [iv("Jua Power", role, start, end, [collins[1]], [collins[1]], "hiring_manager", status="cancelled")],
         "medium", "positive/cancellation-workable",
         "Workable invitation (Africa/Nairobi .ics) then cancellation mail with METHOD:CANCEL/STATUS:CANCELLED "
         "(role on hold, not rebooked) -> one cancelled interview at Mon 26 Oct 15:00 EAT.")


def c10():
    cid = "b215-10-take-home-then-live-review"
    grace = ("Grace Wairimu", "grace.wairimu@shambacredit.example")
    moses = ("Moses Kariuki", "moses.kariuki@shambacredit.example")
    role = "Data Scientist (Agri-lending)"
    d1 = T(2026, 11, 2, 10, 12, EAT, "Monday", 3, s=9)
    due = T(2026, 11, 6, 17, 0, EAT, "Friday", 3)
    d2 = T(2026, 11, 6, 14, 48, EAT, "Friday", 3, s=30)
    d3 = T(2026, 11, 9, 9, 20, EAT, "Monday", 3, s=55)
    d4 = T(2026, 11, 9, 6, 31, UTC, "Monday", s=10)
    start = T(2026, 11, 11, 14, 0, EAT, "Wednesday", 3)   # "kesho kutwa" (day after tomorrow) from Monday
    assert start.date() - d3.date() == timedelta(days=2)
    end = start + timedelta(hours=1)
    subj = f"Shamba Credit - take-home assignment ({role})"
    mid1, mid2, mid3 = gmail_mid(cid + "1"), gmail_mid(cid + "2"), gmail_mid(cid + "3")
    t1 = f"""Habari Wanjiru,

Thank you for the great conversation last week. As the next step for the {role} role, we'd like you to complete a short take-home assignment.

The brief and the dataset (loan repayment histories for smallholder farmers, anonymised) are here:
https://drive.example.com/shamba-credit/take-home-ds-2026

Please submit your notebook and a one-page summary by Friday 6 November, 5:00 pm EAT. It should take about 4-5 hours; please don't spend more than that.

Once the team has reviewed your submission we'll set up a live session to walk through it together.

Kind regards,
Grace Wairimu
Talent Lead | Shamba Credit
"""
    t2 = f"""Habari Grace,

Please find my submission here: https://github.example.com/wkamau/shamba-take-home (notebook + summary.pdf in the repo root). Thanks for a fun problem - I enjoyed the seasonality angle.

Best,
Wanjiru

{gmail_quote_hdr(d1, *grace)}
{quote(t1)}
"""
    t3 = f"""Hi Wanjiru,

Thanks - the team really enjoyed your submission! Let's do the live walkthrough kesho kutwa: Wednesday 11 November at 2pm EAT on Google Meet, 60 minutes, with Moses Kariuki (Lead Data Scientist, copied here). He'll ask you to present your notebook and then dig into your modelling choices.

I'll send a calendar invite shortly.

Grace

{gmail_quote_hdr(d2, OWNER_NAME, OWNER)}
{quote(t2)}
"""
    assert "Friday 6 November" in t1 and due.strftime("%A") == "Friday"
    m1 = plain_mail(seed=cid + "1", date=d1, from_=enc_header_addr(*grace), to=W, subject=subj, text=t1, mid=mid1)
    m2 = plain_mail(seed=cid + "2", date=d2, from_=W, to=enc_header_addr(*grace), subject="Re: " + subj, text=t2,
                    mid=mid2, in_reply_to=mid1, references=mid1, inbound=False)
    m3 = plain_mail(seed=cid + "3", date=d3, from_=enc_header_addr(*grace), to=W, cc=[enc_header_addr(*moses)],
                    subject="Re: " + subj, text=t3, mid=mid3, in_reply_to=mid2, references=f"{mid1} {mid2}")
    m4 = google_invite(seed=cid + "4", date=d4, kind="Invitation",
                       summary="Shamba Credit - Take-home review with Moses Kariuki (Wanjiru Kamau)",
                       start=start, end=end, organizer=grace,
                       attendees=[(grace[0], grace[1], "ACCEPTED"), (moses[0], moses[1], "ACCEPTED"),
                                  (OWNER, OWNER, "NEEDS-ACTION")],
                       description="Live walkthrough of your take-home: 15 min presentation, 45 min discussion with Moses.",
                       meet="kcu-pyer-sgo", uid=f"{b32(cid + 'uid', 26)}@google.com", seq=0)
    case(cid, {"01-take-home-assignment.eml": m1, "02-re-submission.eml": m2, "03-re-live-review-kesho-kutwa.eml": m3,
               "04-invitation-take-home-review.eml": m4},
         [iv("Shamba Credit", role, start, end, [moses[1]], [moses[1]], "technical")],
         "medium", "positive/take-home-then-live-review",
         "Take-home deadline (Fri 6 Nov 17:00 EAT) is not an interview; the live review 'kesho kutwa' (day "
         "after tomorrow) from Monday 9 Nov = Wed 11 Nov 14:00-15:00 EAT with Moses, confirmed by a Google "
         "invite organized by the recruiter.")


def c11():
    cid = "b215-11-founder-final-chat-calendly"
    rui = ("Rui Almeida", "rui@tidewell.example")
    role = "Founding Data Scientist"
    d1 = T(2026, 11, 3, 18, 5, LIS, "Tuesday", 0, s=10)
    d2 = T(2026, 11, 4, 5, 12, UTC, "Wednesday", s=33)
    start = T(2026, 11, 6, 12, 0, EAT, "Friday", 3)
    end = start + timedelta(minutes=30)
    mid1 = gmail_mid(cid + "1")
    t1 = f"""Olá Wanjiru,

Thanks for the sessions with Marta and the team last week - they came away very impressed. The last step for the {role} role is a conversation with me: less about technical depth, more about how you'd like to work, what you'd build first and whether Tidewell is the right place for you.

Please grab whichever slot suits you on my calendar: https://calendly.com/rui-tidewell/final-conversation (30 min, Google Meet).

Abraço,
Rui

--
Rui Almeida
Co-founder & CEO, Tidewell
rui@tidewell.example
"""
    ev_type = "Final conversation with Rui (Tidewell)"
    meet = "wsh-fmdo-xka"
    t2 = f"""Hi Wanjiru Kamau,

Your {ev_type} with Rui Almeida at {h12(start, space=True)} (East Africa Time) on {long_us(start)} is scheduled.

Event Type:
{ev_type}

Event Date/Time:
{h12(start, space=True)} - {h12(end, space=True)}, {long_us(start)} (East Africa Time)

Location:
This is a Google Meet web conference.
Join now: https://meet.google.com/{meet}

Invitee Time Zone:
East Africa Time

Questions:
Anything you'd like Rui to know beforehand?
Looking forward to it - happy to talk through the roadmap for the risk-scoring product.

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/{hx(cid + 'c', 8)}-{hx(cid + 'c2', 4)}-{hx(cid + 'c3', 4)}-{hx(cid + 'c4', 4)}-{hx(cid + 'c5', 12)}
Reschedule: https://calendly.com/reschedulings/{hx(cid + 'c', 8)}-{hx(cid + 'c2', 4)}-{hx(cid + 'c3', 4)}-{hx(cid + 'c4', 4)}-{hx(cid + 'c5', 12)}

Powered by Calendly.com
"""
    cal = simple_ics("-//Calendly//EN", "REQUEST", None, [
        f"DTSTAMP:{ical_utc(d2)}", *dt_lines(start, end), f"SUMMARY:{esc(ev_type + ' between Rui Almeida and Wanjiru Kamau')}",
        f"UID:{hx(cid + 'uid', 8)}-{hx(cid + 'u2', 4)}-{hx(cid + 'u3', 4)}-{hx(cid + 'u4', 4)}-{hx(cid + 'u5', 12)}@calendly.com",
        f"DESCRIPTION:{esc('Event Name: ' + ev_type + chr(10) + chr(10) + 'Location: This is a Google Meet web conference. https://meet.google.com/' + meet)}",
        f"LOCATION:https://meet.google.com/{meet}", f"ORGANIZER;CN={rui[0]}:mailto:{rui[1]}",
        att(rui[1], rui[0], partstat="ACCEPTED", style="generic"),
        att(OWNER, OWNER_NAME, partstat="ACCEPTED", rsvp=False, style="generic"),
        "SEQUENCE:0", "STATUS:CONFIRMED"])
    m1 = plain_mail(seed=cid + "1", date=d1, from_=enc_header_addr(*rui), to=W,
                    subject="Tidewell - last step", text=t1, mid=mid1)
    subj2 = (f"Confirmed: {ev_type} between Rui Almeida and Wanjiru Kamau @ {start:%a %b} {start.day}, {start.year} "
             f"{h12(start, space=True)} - {h12(end, space=True)} (EAT)")
    m2 = plain_mail(seed=cid + "2", date=d2, from_=enc_header_addr("Calendly", "notifications@calendly.com"),
                    reply_to=enc_header_addr(*rui), to=W, subject=subj2, text=t2, client="ats",
                    mid=f"<{hx(cid + '2m', 32)}@calendly.com>",
                    attachments=[("text/calendar; charset=UTF-8; method=REQUEST", "invite.ics", cal)])
    case(cid, {"01-founder-scheduling-link.eml": m1, "02-calendly-confirmed.eml": m2},
         [iv("Tidewell", role, start, end, [rui[1]], [rui[1]], "hiring_manager")],
         "medium", "positive/founder-chat-calendly",
         "Founder/CEO final conversation: an unbooked Calendly link from the founder, then the Calendly "
         "confirmation (times in the invitee's EAT) for Fri 6 Nov 12:00-12:30. Founder conducts it.")


def c12():
    cid = "b215-12-nairobi-onsite-loop-three-ics"
    janet = ("Janet Mwikali", "janet.mwikali@baobabpay.example")
    aisha = ("Aisha Hassan", "aisha.hassan@baobabpay.example")
    brian = ("Brian Omondi", "brian.omondi@baobabpay.example")
    ken = ("Ken Mugo", "ken.mugo@baobabpay.example")
    naomi = ("Naomi Wekesa", "naomi.wekesa@baobabpay.example")
    role = "Senior Data Scientist, Fraud"
    d1 = T(2026, 11, 5, 16, 30, EAT, "Thursday", 3, s=18)
    day = (2026, 11, 10)
    s1, e1 = T(*day, 9, 0, EAT, "Tuesday", 3), T(*day, 9, 45, EAT)
    s2, e2 = T(*day, 10, 0, EAT), T(*day, 11, 0, EAT)
    s3, e3 = T(*day, 12, 0, EAT), T(*day, 12, 45, EAT)
    t1 = f"""Hi Wanjiru,

Congratulations on making it to the final stage for the {role} role! Your onsite will be on Tuesday 10 November at our office: Baobab Pay, The Oval, 9th floor, Ring Road Parklands, Westlands.

Agenda (all times EAT):
09:00 - 09:45  Product & analytics sense - Aisha Hassan, Head of Product Analytics
10:00 - 11:00  ML deep dive - Brian Omondi (Staff Data Scientist) and Ken Mugo (ML Engineer)
11:00 - 12:00  Lunch with the fraud team (informal, not assessed)
12:00 - 12:45  Conversation with our CTO, Naomi Wekesa

You'll receive a separate calendar invitation for each session. Please bring your ID for building security and arrive by 08:45 - I'll meet you at reception.

Karibu sana,
Janet Mwikali
Recruiting Coordinator | Baobab Pay
"""
    m1 = plain_mail(seed=cid + "1", date=d1, from_=enc_header_addr(*janet), to=W,
                    subject=f"Your onsite at Baobab Pay - Tuesday 10 November", text=t1, mid=gmail_mid(cid + "1"))
    files = {"01-onsite-agenda.eml": m1}
    loc = "Baobab Pay - The Oval, 9th floor, Westlands"
    sessions = [
        ("02-onsite-1-product-sense.ics", "Onsite 1/3: Product & analytics sense - Wanjiru Kamau", s1, e1, [aisha],
         "Session 1 of your Baobab Pay onsite with Aisha Hassan (Head of Product Analytics)."),
        ("03-onsite-2-ml-deep-dive.ics", "Onsite 2/3: ML deep dive - Wanjiru Kamau", s2, e2, [brian, ken],
         "Session 2 of your Baobab Pay onsite with Brian Omondi and Ken Mugo. Lunch with the fraud team follows (11:00-12:00)."),
        ("04-onsite-3-cto-conversation.ics", "Onsite 3/3: Conversation with the CTO - Wanjiru Kamau", s3, e3, [naomi],
         "Final session of your Baobab Pay onsite with Naomi Wekesa (CTO)."),
    ]
    for i, (fname, summ, s, e, people, desc) in enumerate(sessions):
        attendees = [att(OWNER, OWNER_NAME, style="exchange")] + [att(p[1], p[0], partstat="ACCEPTED", style="exchange") for p in people]
        cal = exchange_cal(method="REQUEST", tzid="E. Africa Standard Time", uid=exchange_uid(cid + str(i)), seq=0,
                           start=s, end=e, stamp=d1 + timedelta(minutes=4 + i), organizer=janet,
                           attendees=attendees, summary=summ, description=desc, location=loc, busy="BUSY")
        files[fname] = cal.encode("utf-8")
    ivs = [aisha[1], brian[1], ken[1], naomi[1]]
    case(cid, files, [iv("Baobab Pay", role, s1, e3, ivs, ivs, "onsite")],
         "hard", "positive/onsite-loop-several-ics",
         "Same-day in-person loop sent as an agenda e-mail plus three standalone Outlook .ics files (E. Africa "
         "Standard Time): one onsite 09:00-12:45 EAT with all four interviewers; lunch is not a session; the "
         "coordinator is not an interviewer.")


def c13():
    cid = "b215-13-nyc-hm-thread-after-us-dst"
    dana = ("Dana Whitfield", "dana.whitfield@quillfield.example")
    role = "Senior Data Scientist, Experimentation"
    d1 = T(2026, 10, 28, 13, 15, NYC, "Wednesday", -4, s=22)
    d2 = T(2026, 10, 28, 21, 40, EAT, "Wednesday", 3, s=5)
    d3 = T(2026, 10, 28, 15, 2, NYC, "Wednesday", -4, s=48)
    assert d1 < d2 < d3
    start = T(2026, 11, 2, 11, 0, NYC, "Monday", -5)
    end = start + timedelta(minutes=45)
    assert start.astimezone(EAT).hour == 19 and (start - timedelta(days=7)).astimezone(EAT).hour == 18
    subj = "Quillfield - chat about the experimentation role"
    mid1, mid2, mid3 = gmail_mid(cid + "1"), gmail_mid(cid + "2"), gmail_mid(cid + "3")
    t1 = f"""Hi Wanjiru,

Thanks for sending over the writeup on your pricing experiments - really thoughtful. I'm the hiring manager for the {role} role and would love to talk.

Could we do Monday, November 2 at 11am ET? I want to be careful with time zones: our clocks fall back on Sunday Nov 1, so by Monday 11am ET should be 7pm for you in Nairobi (it would be 6pm this week). If that's too late in your evening, Tuesday same time works too.

Dana

Dana Whitfield
Director of Data Science, Quillfield
"""
    t2 = f"""Hi Dana,

Thank you! Monday 2 November at 11am ET (7pm EAT) is perfect - evenings are fine for me.

Best,
Wanjiru

{gmail_quote_hdr(d1, *dana)}
{quote(t1)}
"""
    t3 = f"""Great - Monday it is. We'll have 45 minutes. Here's my Zoom:
https://quillfield.zoom.us/j/96637104528?pwd={b32(cid + 'pwd', 32)}.1

Talk then,
Dana

{gmail_quote_hdr(d2, OWNER_NAME, OWNER)}
{quote(t2)}
"""
    m1 = plain_mail(seed=cid + "1", date=d1, from_=enc_header_addr(*dana), to=W, subject=subj, text=t1, mid=mid1)
    m2 = plain_mail(seed=cid + "2", date=d2, from_=W, to=enc_header_addr(*dana), subject="Re: " + subj, text=t2,
                    mid=mid2, in_reply_to=mid1, references=mid1, inbound=False)
    m3 = plain_mail(seed=cid + "3", date=d3, from_=enc_header_addr(*dana), to=W, subject="Re: " + subj, text=t3,
                    mid=mid3, in_reply_to=mid2, references=f"{mid1} {mid2}")
    case(cid, {"01-dana-proposes-monday.eml": m1, "02-re-wanjiru-confirms.eml": m2, "03-re-zoom-link.eml": m3},
         [iv("Quillfield", role, start, end, [dana[1]], [dana[1]], "hiring_manager")],
         "medium", "positive/thread-us-dst-body-only",
         "Body-only thread: Mon 2 Nov 11:00 ET is after the US change (EST, UTC-5) = 19:00 EAT; 45 minutes "
         "from the last message. Proposed while New York was still on EDT.")


# ============================================================================= NEGATIVE CASES
def c14():
    cid = "b215-14-hackathon-judging-panel"
    lilian = ("Lilian Wafula", "lilian.wafula@pesahack.example")
    sent = T(2026, 10, 26, 8, 14, UTC, "Monday", s=29)
    start = T(2026, 10, 31, 13, 0, EAT, "Saturday", 3)
    end = T(2026, 10, 31, 18, 0, EAT)
    desc = ("Hi judges - thank you so much for volunteering for the PesaHack 2026 finals!\n\n"
            "Run of show (EAT):\n13:00 Judges' briefing and lunch\n14:00-17:00 Finalist pitches: each of the 12 "
            "shortlisted teams gets 7 minutes to pitch and 5 minutes of interview-style Q&A from the judging panel\n"
            "17:00 Deliberation (judges only)\n17:45 Winners announced\n\n"
            "Before Saturday please skim the finalists' submissions and the scoring rubric: "
            "https://pesahack.example/judges/2026\n\nVenue: Ngong Road Tech Hub, 4th floor.\n\nAsante!\nLilian")
    m = google_invite(seed=cid, date=sent, kind="Invitation", summary="PesaHack 2026 Finals - Judging Panel",
                      start=start, end=end, organizer=lilian,
                      attendees=[(lilian[0], lilian[1], "ACCEPTED"), (OWNER, OWNER, "NEEDS-ACTION"),
                                 ("Otieno Were", "otieno.were@jengalabs.example", "ACCEPTED"),
                                 ("Amina Yusuf", "amina.yusuf@umeme-analytics.example", "TENTATIVE")],
                      description=desc, meet="pzr-hwbn-jyk", uid=f"{b32(cid + 'uid', 26)}@google.com", seq=0,
                      location="Ngong Road Tech Hub, 4th floor, Nairobi")
    case(cid, {"01-invitation-judging-panel.eml": m}, [], "medium", "negative/hackathon-judge",
         "Google invite to judge a fintech hackathon: 'panel', 'shortlisted', 'interview-style Q&A', but the "
         "user is a judge, not a candidate.")


def c15():
    cid = "b215-15-data-meetup-talk-and-newsletter"
    hassan = ("Hassan Abdi", "hassan.abdi@nbodatameetup.example")
    joy = ("Joy Kendi", "joy.kendi@nbodatameetup.example")
    d1 = T(2026, 11, 2, 11, 3, EAT, "Monday", 3, s=40)
    talk = T(2026, 11, 12, 18, 30, EAT, "Thursday", 3)
    d2 = T(2026, 11, 2, 9, 12, UTC, "Monday", s=7)
    news = T(2026, 11, 10, 17, 0, EAT, "Tuesday", 3)
    t1 = f"""Hi Wanjiru,

You're confirmed as our main speaker for the November Nairobi Data Science Meetup!

Talk: "Top 3% on a Kaggle tabular competition - what actually moved the leaderboard"
When: Thursday 12 November, 18:30-19:00 EAT (doors open 18:00)
Where: Ngong Road Tech Hub, 4th floor

One more thing: Joy from our comms team would love to do a short 15-20 minute interview with you for the newsletter that goes out before the event (how you got into data science, your Kaggle journey, advice for juniors). She'll send you an invite for Tuesday evening - shout if the time doesn't work.

Thanks for doing this!
Hassan Abdi
Organizer, Nairobi Data Science Meetup
"""
    m1 = plain_mail(seed=cid + "1", date=d1, from_=enc_header_addr(*hassan), to=W,
                    subject="Speaker confirmed: Nairobi Data Science Meetup (Nov) + quick newsletter interview",
                    text=t1, mid=gmail_mid(cid + "1"))
    m2 = google_invite(seed=cid + "2", date=d2, kind="Invitation",
                       summary="Newsletter interview: Wanjiru Kamau (November speaker)", start=news,
                       end=news + timedelta(minutes=20), organizer=joy,
                       attendees=[(joy[0], joy[1], "ACCEPTED"), (OWNER, OWNER, "NEEDS-ACTION")],
                       description=("Short interview for the Nairobi Data Science Meetup newsletter ahead of your "
                                    "talk on Thursday. Questions: your path into data science, the Kaggle "
                                    "competition, one tip for people starting out. Joy"),
                       meet="dqa-mtrk-yuf", uid=f"{b32(cid + 'uid', 26)}@google.com", seq=0)
    case(cid, {"01-speaker-confirmation.eml": m1, "02-invitation-newsletter-interview.eml": m2}, [],
         "hard", "negative/meetup-talk-press-interview",
         "Meetup talk confirmation and a Google invite literally titled 'Newsletter interview': a press-style "
         "interview of the user as speaker, no hiring process.")


def c16():
    cid = "b215-16-mobile-money-user-research"
    esther = ("Esther Nyambura", "esther.nyambura@lipaharaka.example")
    sent = T(2026, 10, 29, 10, 20, EAT, "Thursday", 3, s=45)
    start = T(2026, 11, 5, 11, 0, EAT, "Thursday", 3)
    end = start + timedelta(hours=1)
    zurl = "https://lipaharaka.zoom.us/j/81554019273"
    t1 = f"""Habari Wanjiru,

Thank you for signing up through the in-app survey! You're confirmed for a research interview with the Lipa Haraka product team:

When: Thursday 5 November, 11:00-12:00 EAT
Where: Zoom - {zurl} (calendar invite attached)
Thank-you: KES 3,500 sent to your M-Pesa number within 24 hours of the session

We'll ask about how you send money, pay bills and use Lipa Haraka day to day, and show you a few early designs for our new savings feature. There are no right or wrong answers - we want to learn from your experience. With your permission we'll record the session for our internal research notes only.

Asante sana,
Esther Nyambura
Senior UX Researcher | Lipa Haraka
"""
    cal = simple_ics("-//zoom.us//iCalendar Event//EN", "REQUEST", "Africa/Nairobi", [
        f"DTSTAMP:{ical_utc(sent)}", *dt_lines(start, end, "Africa/Nairobi"),
        "SUMMARY:Lipa Haraka research interview (paid) - Wanjiru K.", f"UID:ZOOM81554019273{hx(cid, 6)}",
        "TZID:Africa/Nairobi", f"DESCRIPTION:{esc('Research session with Esther Nyambura (UX Research). Join Zoom: ' + zurl)}",
        f"LOCATION:{zurl}", f"ORGANIZER;CN={esther[0]}:mailto:{esther[1]}",
        att(OWNER, OWNER_NAME, style="generic"), "STATUS:CONFIRMED", "SEQUENCE:0"])
    m = plain_mail(seed=cid, date=sent, from_=enc_header_addr(*esther), to=W,
                   subject="Confirmed: Lipa Haraka research interview - Thu 5 Nov, 11:00 EAT", text=t1,
                   mid=gmail_mid(cid), attachments=[("text/calendar; charset=utf-8; method=REQUEST", "zoom_0.ics", cal)])
    case(cid, {"01-research-interview-confirmed.eml": m}, [], "medium", "negative/user-research-paid",
         "Paid user-research session about a mobile-money app, called a 'research interview', with a Zoom .ics.")


def c17():
    cid = "b215-17-bank-branch-appointment"
    ken = ("Kennedy Ochieng", "kennedy.ochieng@taifabank.example")
    sent = T(2026, 10, 30, 11, 2, EAT, "Friday", 3, s=16)
    start = T(2026, 11, 4, 10, 0, EAT, "Wednesday", 3)
    end = start + timedelta(hours=1)
    text = """Dear Ms. Kamau,

Thank you for your interest in the Taifa Home Loan. Your appointment with your Relationship Manager is confirmed:

Date: Wednesday, 4 November 2026
Time: 10:00 am - 11:00 am
Venue: Taifa Bank Westlands Branch, Ground Floor (Priority Banking lounge), Woodvale Grove

During this short pre-qualification interview we will go through your income, current employment details and the property you are considering, so that we can give you an indicative loan amount.

Kindly bring: original national ID, KRA PIN certificate, your last 6 months' payslips, 12 months' bank statements and a letter from your employer.

Warm regards,
Kennedy Ochieng
Relationship Manager, Priority Banking
Taifa Bank Kenya | Westlands Branch
"""
    subject = "Appointment confirmation: Home Loan pre-qualification interview - Westlands Branch"
    cal = exchange_cal(method="REQUEST", tzid="E. Africa Standard Time", uid=exchange_uid(cid), seq=0,
                       start=start, end=end, stamp=sent, organizer=ken,
                       attendees=[att(OWNER, OWNER_NAME, style="exchange")], summary=subject,
                       description=text, location="Taifa Bank Westlands Branch - Priority Banking lounge", busy="BUSY")
    m = exchange_invite(seed=cid, date=sent, from_=enc_header_addr(*ken), to=[W], subject=subject, text=text, cal=cal)
    case(cid, {"01-branch-appointment-invite.eml": m}, [], "hard", "negative/bank-appointment",
         "Exchange invite for a bank branch home-loan appointment described as a 'pre-qualification interview' "
         "that asks about employment; not a job interview.")


def c18():
    cid = "b215-18-user-interviews-intern-candidate"
    work = ("Wanjiru Kamau", "w.kamau@kilimoinsights.example")
    ruth = ("Ruth Chege", "ruth.chege@kilimoinsights.example")
    joseph = ("Joseph Maina", "joseph.maina@kilimoinsights.example")
    cand = ("Brian Otieno", "brian.otieno@mail.example")
    d_orig = T(2026, 11, 4, 17, 47, EAT, "Wednesday", 3, s=3)
    d_fwd = T(2026, 11, 4, 18, 22, EAT, "Wednesday", 3, s=51)
    start = T(2026, 11, 9, 10, 0, EAT, "Monday", 3)
    end = start + timedelta(minutes=45)
    summary = "Interview - Data Science Intern (Brian Otieno)"
    desc = ("Hi Wanjiru and Joseph, thank you for agreeing to interview Brian for the Data Science internship on "
            "the Analytics team. Wanjiru, please lead the technical part (pandas and SQL basics, 25 min); Joseph "
            "will cover motivation and team fit. Brian's CV is in Greenhouse - please submit your scorecards by end "
            "of day Monday.\n\nRuth")
    cal = google_ics(method="REQUEST", uid=f"{b32(cid + 'uid', 26)}@google.com", seq=0, start=start, end=end,
                     stamp=d_orig, organizer=ruth,
                     attendees=[(ruth[0], ruth[1], "ACCEPTED"), (work[0], work[1], "NEEDS-ACTION"),
                                (joseph[0], joseph[1], "ACCEPTED"), (cand[0], cand[1], "ACCEPTED")],
                     summary=summary, description=desc, meet="ofw-ynbe-zmc")
    s = start
    text = f"""putting this on my personal calendar so I don't miss it - I'm in Kisumu for the field visit until Sunday.

---------- Forwarded message ---------
From: {ruth[0]} <{ruth[1]}>
Date: {d_orig:%a}, {d_orig:%b} {d_orig.day}, {d_orig.year} at {h12(d_orig, space=True, upper=True)}
Subject: Invitation: {summary} @ {gdate(s)} {h12(s)} - {h12(end)} (EAT) ({work[1]})
To: <{work[1]}>, <{joseph[1]}>


{summary}
{gdate_long(s)} \u22c5 {h12(s)} \u2013 {h12(end)}
East Africa Time - Nairobi

Join with Google Meet
https://meet.google.com/ofw-ynbe-zmc

Organizer
{ruth[0]}
{ruth[1]}

Guests
{ruth[0]} - organizer
{work[0]}
{work[1]}
{joseph[0]}
{joseph[1]}
{cand[0]}
{cand[1]}

{desc}

Invitation from Google Calendar: https://calendar.google.com/calendar/
"""
    m = plain_mail(seed=cid, date=d_fwd, from_=enc_header_addr(*work), to=W,
                   subject=f"Fwd: Invitation: {summary} @ {gdate(s)} {h12(s)} - {h12(end)} (EAT) ({work[1]})",
                   text=text, mid=gmail_mid(cid),
                   attachments=[("application/ics", "invite.ics", cal)])
    case(cid, {"01-fwd-intern-interview-invite.eml": m}, [], "hard", "negative/user-is-interviewer",
         "The user forwards from her work address an invite where she interviews an intern candidate for her "
         "current team (she leads the technical part); she is the interviewer, not the candidate.")


def c19():
    cid = "b215-19-take-home-deadline-own-reminder"
    isla = ("Isla Murray", "isla.murray@oakridgeremit.example")
    role = "Data Scientist, Payments"
    sent = T(2026, 11, 3, 10, 2, LON, "Tuesday", 0, s=58)
    due = T(2026, 11, 9, 9, 0, LON, "Monday", 0)
    assert due.astimezone(EAT).hour == 12
    text = f"""Hi Wanjiru,

Thanks for your time with Callum last week! The next step for the {role} role is a take-home exercise.

Use the link below to access the brief and the dataset. You have until Monday 9 November 2026, 09:00 GMT (12:00 noon in Nairobi) to submit. We expect it to take around 3 hours; please don't spend more than 4.

Start your take-home: https://app.greenhouse.io/tests/{hx(cid + 'test', 32)}

Once you submit, the hiring team will review your work and, if successful, we'll invite you to a technical interview to walk through your solution.

Best of luck,
Isla Murray
Recruiter, Oakridge Remit
"""
    m = plain_mail(seed=cid, date=sent, from_=enc_header_addr("Oakridge Remit", "no-reply@greenhouse.io"),
                   reply_to=enc_header_addr(*isla), to=W, subject=f"Oakridge Remit - take-home exercise ({role})",
                   text=text, client="ats", mid=f"<{hx(cid + 'gh', 22)}@greenhouse.io>")
    evid = b32(cid + "ev", 26)
    s, e = (due - timedelta(hours=1)).astimezone(EAT), due.astimezone(EAT)
    ev = {
        "kind": "calendar#event",
        "etag": f"\"{int(hx(cid + 'etag', 13), 16)}\"",
        "id": evid,
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=" + base64.urlsafe_b64encode(f"{evid} {OWNER}".encode()).decode().rstrip("="),
        "created": "2026-11-03T10:31:12.000Z",
        "updated": "2026-11-03T10:31:12.402Z",
        "summary": "\u23f0 Oakridge take-home DUE 12:00 (technical interview stage comes after)",
        "description": "Submit via the Greenhouse link before 09:00 GMT = 12:00 EAT. Clean up notebook + write summary.",
        "creator": {"email": OWNER, "self": True},
        "organizer": {"email": OWNER, "self": True},
        "start": {"dateTime": s.isoformat(), "timeZone": "Africa/Nairobi"},
        "end": {"dateTime": e.isoformat(), "timeZone": "Africa/Nairobi"},
        "iCalUID": f"{evid}@google.com",
        "sequence": 0,
        "reminders": {"useDefault": False, "overrides": [{"method": "popup", "minutes": 180}]},
        "eventType": "default",
    }
    j = (json.dumps(ev, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    case(cid, {"01-greenhouse-take-home.eml": m, "02-own-deadline-reminder.gcal.json": j}, [],
         "medium", "negative/take-home-deadline",
         "Greenhouse take-home with a deadline (Mon 9 Nov 09:00 GMT = 12:00 EAT) plus the user's own calendar "
         "reminder mentioning the later 'technical interview stage'; no interview is booked.")


def c20():
    cid = "b215-20-lever-availability-request"
    carlos = ("Carlos Mendez", "carlos.mendez@fieldstone.example")
    role = "Senior Data Scientist"
    d1 = T(2026, 11, 5, 15, 21, UTC, "Thursday", s=36)
    d2 = T(2026, 11, 5, 19, 5, EAT, "Thursday", 3, s=14)
    assert T(2026, 11, 10, 9, 0, NYC, "Tuesday", -5).astimezone(EAT).hour == 17
    t1 = f"""Hi Wanjiru,

We'd love to set up your technical interview (60 minutes, Zoom) with our analytics team for the {role} position at Fieldstone Analytics.

Please use the link below to let us know when you're available over the next two weeks. Our interviewers are based in New York, so we've opened times between 9:00 AM and 1:00 PM Eastern (5:00 PM - 9:00 PM in Nairobi).

Share your availability: https://hire.lever.co/candidate-availability/{hx(cid + 'av', 8)}-{hx(cid + 'av2', 4)}-{hx(cid + 'av3', 4)}-{hx(cid + 'av4', 12)}

Once you submit, we'll send a calendar invitation confirming the final time.

Thanks,
Carlos Mendez
Recruiting, Fieldstone Analytics
"""
    mid1 = f"<{hx(cid + 'lv', 32)}@hire.lever.co>"
    t2 = f"""Hi Carlos,

Thanks! I've submitted my availability through the link - Tuesday 10th or Wednesday 11th between 9 and 11am ET (5-7pm my time) would be ideal.

Best,
Wanjiru

{gmail_quote_hdr(d1.astimezone(EAT), 'Fieldstone Analytics', 'no-reply@hire.lever.co')}
{quote(t1)}
"""
    m1 = plain_mail(seed=cid + "1", date=d1, from_=enc_header_addr("Fieldstone Analytics", "no-reply@hire.lever.co"),
                    reply_to=enc_header_addr(*carlos), to=W, client="ats",
                    subject="Fieldstone Analytics - please share your interview availability", text=t1, mid=mid1)
    m2 = plain_mail(seed=cid + "2", date=d2, from_=W, to=enc_header_addr(*carlos),
                    subject="Re: Fieldstone Analytics - please share your interview availability", text=t2,
                    mid=gmail_mid(cid + "2"), in_reply_to=mid1, references=mid1, inbound=False)
    case(cid, {"01-lever-availability-request.eml": m1, "02-re-availability-submitted.eml": m2}, [],
         "medium", "negative/availability-request",
         "Lever availability request and the user's reply naming preferred days; nothing is booked yet.")


def c21():
    cid = "b215-21-one-way-video-interview"
    sent = T(2026, 11, 6, 7, 0, UTC, "Friday", s=4)
    due = T(2026, 11, 15, 23, 59, EAT, "Sunday", 3)
    role = "Data Scientist (Actuarial Analytics)"
    text = f"""Habari Wanjiru,

Thank you for your application for the {role} role at Ndovu Insurance. The next stage of our process is an on-demand video interview.

- 5 pre-recorded questions; you'll have 1 minute to prepare and up to 3 minutes to record each answer
- Complete it any time before Sunday, 15 November 2026, 11:59 PM (EAT)
- There is no live interviewer: record whenever suits you, from a laptop or phone with a camera

Start your video interview: https://apply.hirestream.example/i/{hx(cid + 'iv', 20)}

We've attached a calendar reminder for the deadline.

Kind regards,
Ndovu Insurance Talent Team
"""
    cal = simple_ics("-//Hirestream//Candidate Reminder//EN", "PUBLISH", "Africa/Nairobi", [
        f"UID:{hx(cid + 'uid', 20)}@hirestream.example", f"DTSTAMP:{ical_utc(sent)}",
        *dt_lines(due - timedelta(minutes=59), due, "Africa/Nairobi"),
        "SUMMARY:Video interview deadline - Ndovu Insurance",
        f"DESCRIPTION:{esc('Complete your on-demand video interview before 11:59 PM EAT: https://apply.hirestream.example/i/' + hx(cid + 'iv', 20))}",
        "STATUS:CONFIRMED", "TRANSP:TRANSPARENT"])
    m = plain_mail(seed=cid, date=sent, from_=enc_header_addr("Ndovu Insurance via Hirestream", "no-reply@hirestream.example"),
                   to=W, subject=f"Action required: complete your video interview - {role}", text=text, client="ats",
                   mid=f"<{hx(cid + 'hs', 28)}@mail.hirestream.example>",
                   attachments=[("text/calendar; charset=UTF-8; method=PUBLISH", "video-interview-deadline.ics", cal)])
    case(cid, {"01-video-interview-invitation.eml": m}, [], "medium", "negative/one-way-video",
         "One-way (asynchronous) video interview with a deadline and a calendar reminder .ics; no live "
         "conversation.")


def c22():
    cid = "b215-22-rejection-offers-feedback-call"
    eleanor = ("Eleanor Price", "eleanor.price@granitepay.example")
    sent = T(2026, 11, 9, 16, 44, LON, "Monday", 0, s=27)
    text = """Hi Wanjiru,

Thank you for taking the time to interview with Marcus and Leah last Tuesday, and for all the effort you put into the process. The team enjoyed speaking with you, particularly about your work on repayment-risk models.

After a lot of discussion we've decided to move forward with another candidate whose experience in card-fraud systems was a closer match for what the team needs right now. I'm sorry this isn't better news.

If it would be useful, I'm happy to set up a 15-minute call to share the team's feedback - just reply with a couple of times that suit you. We'd also love to keep in touch about future data roles at Granite Pay.

All the best,
Eleanor Price
Talent Partner | Granite Pay
"""
    m = plain_mail(seed=cid, date=sent, from_=enc_header_addr(*eleanor), to=W,
                   subject="Your application to Granite Pay - Data Scientist", text=text, mid=gmail_mid(cid))
    case(cid, {"01-rejection-after-interview.eml": m}, [], "medium", "negative/rejection",
         "Rejection after a past interview ('last Tuesday'), offering an unbooked feedback call.")


# ============================================================================= main
def main():
    for fn in (c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13,
               c14, c15, c16, c17, c18, c19, c20, c21, c22):
        fn()
    for i, cid in enumerate(CASES, 1):
        assert cid.startswith(f"b215-{i:02d}-"), cid
        names = sorted(CASES[cid])
        for j, n in enumerate(names, 1):
            assert n.startswith(f"{j:02d}-") and n.endswith((".eml", ".ics", ".gcal.json")), (cid, n)
    for name in sorted(os.listdir(HERE)):
        if name.startswith("b215-") and os.path.isdir(os.path.join(HERE, name)):
            shutil.rmtree(os.path.join(HERE, name))
    for cid, files in CASES.items():
        d = os.path.join(HERE, cid)
        os.makedirs(d)
        for name, data in sorted(files.items()):
            with open(os.path.join(d, name), "wb") as f:
                f.write(data)
    header = ("# blind215 labels (written blind). Schema: /work/shared/eval/README.md\n"
              "# Regenerate with: python make_cases.py\n")
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8", newline="\n") as f:
        f.write(header)
        yaml.safe_dump(LABELS, f, sort_keys=False, allow_unicode=True, width=100, default_flow_style=False)
    pos = sum(1 for l in LABELS.values() if l["interview"])
    n_iv = [i for l in LABELS.values() for i in l["interviews"]]
    print(f"{len(CASES)} cases, {pos} positive, {len(CASES) - pos} negative, "
          f"{sum(i['status'] == 'scheduled' for i in n_iv)} scheduled + "
          f"{sum(i['status'] == 'cancelled' for i in n_iv)} cancelled interviews")


if __name__ == "__main__":
    main()
