#!/usr/bin/env python3
"""Generate the blind319 evaluation set (Sydney physio -> health management, Oct-Nov 2026).

Deletes and rewrites every b319-* case folder, labels.yaml and README.md next to this script.
Standard library + PyYAML + zoneinfo only; output is byte-identical on every run.
"""
import base64
import hashlib
import html
import json
import quopri
import shutil
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

OUT = Path(__file__).resolve().parent
SEED = "blind319|sydney-physio-health-management|2026"
OWNER = "liam.obrien@example.com"
OWNER_NAME = "Liam O'Brien"
UTC = timezone.utc

TZ = {
    "SYD": ZoneInfo("Australia/Sydney"),
    "BNE": ZoneInfo("Australia/Brisbane"),
    "PER": ZoneInfo("Australia/Perth"),
    "MEL": ZoneInfo("Australia/Melbourne"),
    "AKL": ZoneInfo("Pacific/Auckland"),
    "SIN": ZoneInfo("Asia/Singapore"),
    "UTC": ZoneInfo("UTC"),
}


# --------------------------------------------------------------------------- determinism helpers
def h(tag, n=32):
    return hashlib.sha256(f"{SEED}|{tag}".encode()).hexdigest()[:n]


def hnum(tag, digits):
    return str(int(h(tag, 24), 16))[:digits]


def halpha(tag, n):
    alphabet = "abcdefghijkmnopqrstuvwxyz"
    v = int(h(tag, 40), 16)
    out = ""
    for _ in range(n):
        v, r = divmod(v, len(alphabet))
        out += alphabet[r]
    return out


def ip(tag):
    v = int(h(tag, 4), 16)
    return f"203.0.113.{v % 250 + 3}"


# --------------------------------------------------------------------------- time helpers
def off_str(t):
    o = t.utcoffset()
    mins = int(o.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    return f"{sign}{mins // 60:02d}:{mins % 60:02d}"


def at(zone, y, mo, d, hh, mi, wd, off, ss=0):
    """Aware datetime; asserts weekday (Mon..Sun) and UTC offset (+HH:MM) with zoneinfo."""
    t = datetime(y, mo, d, hh, mi, ss, tzinfo=TZ[zone])
    assert t.strftime("%a") == wd, (y, mo, d, wd, t.strftime("%a"))
    assert off_str(t) == off, (zone, t, off, off_str(t))
    return t


def check_dst_2026():
    def o(zone, y, mo, d, hh=12):
        return off_str(datetime(y, mo, d, hh, 0, tzinfo=ZoneInfo(zone)))
    # Sydney / Melbourne: AEST ends Apr 5, AEDT starts Oct 4 2026
    assert o("Australia/Sydney", 2026, 4, 4) == "+11:00" and o("Australia/Sydney", 2026, 4, 6) == "+10:00"
    assert o("Australia/Sydney", 2026, 10, 3) == "+10:00" and o("Australia/Sydney", 2026, 10, 5) == "+11:00"
    assert o("Australia/Melbourne", 2026, 10, 3) == "+10:00" and o("Australia/Melbourne", 2026, 10, 5) == "+11:00"
    # Brisbane, Perth, Singapore: no DST
    for m in (1, 4, 7, 10, 11):
        assert o("Australia/Brisbane", 2026, m, 15) == "+10:00"
        assert o("Australia/Perth", 2026, m, 15) == "+08:00"
        assert o("Asia/Singapore", 2026, m, 15) == "+08:00"
    # Auckland: NZST from Apr 5, NZDT from Sep 27 2026
    assert o("Pacific/Auckland", 2026, 4, 6) == "+12:00"
    assert o("Pacific/Auckland", 2026, 9, 26) == "+12:00" and o("Pacific/Auckland", 2026, 9, 28) == "+13:00"
    # US / EU-UK 2026 changes (reference points from the schema)
    assert o("America/New_York", 2026, 3, 7) == "-05:00" and o("America/New_York", 2026, 3, 9) == "-04:00"
    assert o("America/New_York", 2026, 10, 31) == "-04:00" and o("America/New_York", 2026, 11, 2) == "-05:00"
    assert o("Europe/London", 2026, 3, 28) == "+00:00" and o("Europe/London", 2026, 3, 30) == "+01:00"
    assert o("Europe/Berlin", 2026, 10, 24) == "+02:00" and o("Europe/Berlin", 2026, 10, 26) == "+01:00"
    # first Sunday of October / April 2026 (Windows VTIMEZONE rules below)
    assert datetime(2026, 10, 4).strftime("%a") == "Sun" and datetime(2026, 4, 5).strftime("%a") == "Sun"
    assert datetime(2026, 9, 27).strftime("%a") == "Sun"


def rfc(t):
    return format_datetime(t)


def ics_local(t):
    return t.strftime("%Y%m%dT%H%M%S")


def ics_utc(t):
    return t.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def ampm(t, upper=False, dot=False, pad=False):
    hr = t.hour % 12 or 12
    s = f"{hr:02d}" if pad else f"{hr}"
    if dot:
        s += f".{t.minute:02d}"
    else:
        s += f":{t.minute:02d}"
    suf = "am" if t.hour < 12 else "pm"
    return s + (" " + suf.upper() if upper else suf)


def gtime(t):
    hr = t.hour % 12 or 12
    s = f"{hr}" if t.minute == 0 else f"{hr}:{t.minute:02d}"
    return s + ("am" if t.hour < 12 else "pm")


# --------------------------------------------------------------------------- MIME helpers
def addr(name, email):
    return formataddr((name, email), charset="utf-8")


def hv(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def leaf(ctype, text, cte="quoted-printable", params='charset="UTF-8"', extra=()):
    return ("leaf", ctype, params, cte, text, list(extra))


def multi(sub, tag, *parts):
    return ("multi", sub, "00000000000" + h("boundary|" + tag, 17), list(parts))


def encode_body(text, cte):
    data = text.encode("utf-8") if isinstance(text, str) else text
    if cte == "base64":
        return base64.encodebytes(data).decode("ascii")
    if cte == "quoted-printable":
        return quopri.encodestring(data).decode("ascii")
    if cte == "7bit":
        data.decode("ascii")
        return data.decode("ascii")
    if cte == "8bit":
        return data.decode("utf-8")
    raise ValueError(cte)


def ser(part):
    if part[0] == "leaf":
        _, ctype, params, cte, text, extra = part
        lines = [f"Content-Type: {ctype}" + (f"; {params}" if params else "")]
        lines += extra
        lines.append(f"Content-Transfer-Encoding: {cte}")
        body = encode_body(text, cte)
        if not body.endswith("\n"):
            body += "\n"
        return "\n".join(lines) + "\n\n" + body
    _, sub, bnd, parts = part
    out = f'Content-Type: multipart/{sub}; boundary="{bnd}"\n\n'
    for p in parts:
        out += f"--{bnd}\n" + ser(p) + "\n"
    out += f"--{bnd}--\n"
    return out


def received(tag, host, arrival):
    return ("Received", f"from {host} ({host} [{ip(tag)}])\n        by mx.example.com with ESMTPS id "
            f"{h('rcv|' + tag, 12)}\n        for <{OWNER}>\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384);\n"
            f"        {rfc(arrival)}")


def eml(tag, *, frm, to, subject, date, body, cc=None, reply_to=None, msgid=None, in_reply_to=None,
        references=None, host="mail.example.net", return_path=None, extra=(), sender=None):
    arrival = (date + timedelta(seconds=2 + int(h('delay|' + tag, 2), 16) % 9)).astimezone(TZ["SYD"])
    hdr = [("Delivered-To", OWNER), received(tag, host, arrival)]
    hdr.append(("Return-Path", f"<{return_path or _email_of(frm)}>"))
    hdr += list(extra)
    if sender:
        hdr.append(("Sender", sender))
    hdr += [("Date", rfc(date)), ("From", frm), ("To", to)]
    if cc:
        hdr.append(("Cc", cc))
    if reply_to:
        hdr.append(("Reply-To", reply_to))
    hdr.append(("Subject", hv(subject)))
    hdr.append(("Message-ID", msgid or f"<{h('mid|' + tag, 20)}@mail.example.net>"))
    if in_reply_to:
        hdr.append(("In-Reply-To", in_reply_to))
    if references:
        hdr.append(("References", references))
    out = "".join(f"{k}: {v}\n" for k, v in hdr) + "MIME-Version: 1.0\n" + ser(body)
    return out.encode("utf-8")


def _email_of(frm):
    return frm.split("<")[-1].rstrip(">").strip()


def html_doc(text, font="Arial,Helvetica,sans-serif", size="14px"):
    paras = text.strip("\n").split("\n\n")
    body = "\n".join("<p>" + html.escape(p, quote=False).replace("\n", "<br>\n") + "</p>" for p in paras)
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            f'<body><div style="font-family:{font};font-size:{size};color:#222222">\n{body}\n</div></body></html>\n')


def alt(tag, text, html_cte="quoted-printable", text_cte="quoted-printable", font="Arial,Helvetica,sans-serif"):
    return multi("alternative", tag, leaf("text/plain", text, text_cte),
                 leaf("text/html", html_doc(text, font), html_cte))


def gmail_id(tag):
    raw = base64.b64encode(bytes.fromhex(h("gm|" + tag, 40))).decode().replace("/", "_").rstrip("=")
    return f"<CAK{raw}@mail.gmail.com>"


def outlook_id(tag, prefix="SY4P282MB"):
    x = h("ol|" + tag, 12).upper()
    return f"<{prefix}{x}{h('ol2|' + tag, 8).upper()}@{prefix}{x}.AUSP282.PROD.OUTLOOK.COM>"


def thread_index(tag):
    return base64.b64encode(bytes.fromhex(h("ti|" + tag, 44))).decode()


def quote_gmail(text, when, who):
    q = "\n".join(("> " + ln) if ln else ">" for ln in text.strip("\n").split("\n"))
    return f"\n\nOn {when:%a}, {when.day} {when:%b} {when.year} at {when:%H:%M}, {who} wrote:\n{q}\n"


def quote_outlook(text, when, frm, to, subject):
    return (f"\n\n________________________________\nFrom: {frm}\nSent: {when:%A}, {when.day} {when:%B} {when.year} "
            f"{ampm(when, upper=True)}\nTo: {to}\nSubject: {subject}\n\n{text.strip()}\n")


# --------------------------------------------------------------------------- iCalendar helpers
def fold(line):
    b = line.encode("utf-8")
    parts = []
    limit = 75
    while len(b) > limit:
        cut = limit
        while (b[cut] & 0xC0) == 0x80:
            cut -= 1
        parts.append(b[:cut])
        b = b[cut:]
        limit = 74
    parts.append(b)
    return "\r\n ".join(p.decode("utf-8") for p in parts)


def ical(lines):
    return "\r\n".join(fold(ln) for ln in lines) + "\r\n"


def esc(t):
    return t.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def cn(name):
    return f'"{name}"' if any(c in name for c in ",;:") else name


WINTZ = {
    "AUS Eastern Standard Time": {
        "iana": ("Australia/Sydney", "Australia/Melbourne"),
        "label": "(UTC+10:00) Canberra, Melbourne, Sydney",
        "std": "+1000", "dst": "+1100", "dst_start": (10, "03:00"), "dst_end": (4, "03:00"),
        "lines": ["BEGIN:VTIMEZONE", "TZID:AUS Eastern Standard Time", "BEGIN:STANDARD",
                  "DTSTART:16010101T030000", "TZOFFSETFROM:+1100", "TZOFFSETTO:+1000",
                  "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=4", "END:STANDARD", "BEGIN:DAYLIGHT",
                  "DTSTART:16010101T020000", "TZOFFSETFROM:+1000", "TZOFFSETTO:+1100",
                  "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=10", "END:DAYLIGHT", "END:VTIMEZONE"],
    },
    "E. Australia Standard Time": {
        "iana": ("Australia/Brisbane",), "label": "(UTC+10:00) Brisbane", "std": "+1000", "dst": None,
        "lines": ["BEGIN:VTIMEZONE", "TZID:E. Australia Standard Time", "BEGIN:STANDARD",
                  "DTSTART:16010101T000000", "TZOFFSETFROM:+1000", "TZOFFSETTO:+1000", "END:STANDARD",
                  "END:VTIMEZONE"],
    },
    "Singapore Standard Time": {
        "iana": ("Asia/Singapore",), "label": "(UTC+08:00) Kuala Lumpur, Singapore", "std": "+0800", "dst": None,
        "lines": ["BEGIN:VTIMEZONE", "TZID:Singapore Standard Time", "BEGIN:STANDARD",
                  "DTSTART:16010101T000000", "TZOFFSETFROM:+0800", "TZOFFSETTO:+0800", "END:STANDARD",
                  "END:VTIMEZONE"],
    },
}


def first_sunday(y, m):
    d = datetime(y, m, 1)
    return d + timedelta(days=(6 - d.weekday()) % 7)


def win_offset(wintz, t):
    """Offset the Windows VTIMEZONE rules give for local time t; used to assert against zoneinfo."""
    z = WINTZ[wintz]
    if not z["dst"]:
        return z["std"]
    naive = t.replace(tzinfo=None)
    dst_on = first_sunday(naive.year, 10) + timedelta(hours=2)
    dst_off = first_sunday(naive.year, 4) + timedelta(hours=3)
    return z["dst"] if (naive >= dst_on or naive < dst_off) else z["std"]


def check_win(wintz, t):
    z = WINTZ[wintz]
    assert t.tzinfo.key in z["iana"], (wintz, t.tzinfo.key)
    assert win_offset(wintz, t) == off_str(t).replace(":", ""), (wintz, t)


VTZ_PERTH = ["BEGIN:VTIMEZONE", "TZID:Australia/Perth", "X-LIC-LOCATION:Australia/Perth", "BEGIN:STANDARD",
             "TZOFFSETFROM:+0800", "TZOFFSETTO:+0800", "TZNAME:AWST", "DTSTART:19700101T000000",
             "END:STANDARD", "END:VTIMEZONE"]
VTZ_SYDNEY = ["BEGIN:VTIMEZONE", "TZID:Australia/Sydney", "X-LIC-LOCATION:Australia/Sydney",
              "BEGIN:STANDARD", "TZOFFSETFROM:+1100", "TZOFFSETTO:+1000", "TZNAME:AEST",
              "DTSTART:19700405T030000", "RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU", "END:STANDARD",
              "BEGIN:DAYLIGHT", "TZOFFSETFROM:+1000", "TZOFFSETTO:+1100", "TZNAME:AEDT",
              "DTSTART:19701004T020000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=1SU", "END:DAYLIGHT",
              "END:VTIMEZONE"]
VTZ_MELB = [ln.replace("Australia/Sydney", "Australia/Melbourne") for ln in VTZ_SYDNEY]


def attendee(name, email, partstat="NEEDS-ACTION", role="REQ-PARTICIPANT", rsvp="TRUE", google=False):
    if google:
        return (f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP={rsvp};CN={cn(name)};"
                f"X-NUM-GUESTS=0:mailto:{email}")
    return f"ATTENDEE;ROLE={role};PARTSTAT={partstat};RSVP={rsvp};CN={cn(name)}:mailto:{email}"


def teams_block(tag):
    mid = " ".join([hnum("tm1|" + tag, 3), hnum("tm2|" + tag, 3), hnum("tm3|" + tag, 3), hnum("tm4|" + tag, 3)])
    pc = h("pc|" + tag, 6)
    url = (f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{h('tu|' + tag, 40)}%40thread.v2/0"
           f"?context=%7b%22Tid%22%3a%22{h('tid|' + tag, 8)}%22%7d")
    text = ("________________________________________________________________________________\n"
            "Microsoft Teams meeting\n"
            "Join on your computer, mobile app or room device\n"
            f"Click here to join the meeting<{url}>\n"
            f"Meeting ID: {mid}\nPasscode: {pc}\n"
            "Download Teams<https://www.microsoft.com/en-au/microsoft-teams/download-app> | "
            "Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
            "Learn More<https://aka.ms/JoinTeamsMeeting> | "
            f"Meeting options<https://teams.microsoft.com/meetingOptions/?organizerId={h('oid|' + tag, 8)}>\n"
            "________________________________________________________________________________")
    return text, url


def outlook_invite(tag, *, sent, organizer, required, summary, start, end, wintz, location, body_text,
                   uid_tag, sequence=0, method="REQUEST", subject=None, optional=(), teams=True,
                   msgid_prefix="SY4P282MB", to_extra=None, host="mail-sy4aus01on2041.outbound.protection.outlook.com"):
    check_win(wintz, start)
    check_win(wintz, end)
    z = WINTZ[wintz]
    when = (f"When: {start:%A}, {start.day} {start:%B} {start.year} {ampm(start, upper=True)}-"
            f"{ampm(end, upper=True)}. {z['label']}")
    url = None
    plain = f"{when}\nWhere: {location}\n\n*~*~*~*~*~*~*~*~*~*\n\n{body_text.strip()}\n"
    if teams:
        block, url = teams_block(uid_tag)
        plain += "\n" + block + "\n"
    uid = ("040000008200E00074C5B7101A82E00800000000" + h("uidA|" + uid_tag, 16).upper() +
           "01000000000000000010000000" + h("uidB|" + uid_tag, 32).upper())
    cancel = method == "CANCEL"
    lines = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
    lines += z["lines"]
    lines += ["BEGIN:VEVENT", f"ORGANIZER;CN={cn(organizer[0])}:mailto:{organizer[1]}"]
    for n, e in required:
        lines.append(attendee(n, e))
    for n, e in optional:
        lines.append(attendee(n, e, role="OPT-PARTICIPANT"))
    lines += [f"DESCRIPTION;LANGUAGE=en-AU:{esc(plain)}", f"UID:{uid}",
              f"SUMMARY;LANGUAGE=en-AU:{esc(('Canceled: ' if cancel else '') + summary)}",
              f"DTSTART;TZID={wintz}:{ics_local(start)}", f"DTEND;TZID={wintz}:{ics_local(end)}",
              "CLASS:PUBLIC", f"PRIORITY:{1 if cancel else 5}", f"DTSTAMP:{ics_utc(sent)}", "TRANSP:OPAQUE",
              f"STATUS:{'CANCELLED' if cancel else 'CONFIRMED'}", f"SEQUENCE:{sequence}",
              f"LOCATION;LANGUAGE=en-AU:{esc(location)}",
              f"X-MICROSOFT-CDO-APPT-SEQUENCE:{sequence}",
              f"X-MICROSOFT-CDO-OWNERAPPTID:{int(h('own|' + uid_tag, 7), 16)}",
              f"X-MICROSOFT-CDO-BUSYSTATUS:{'FREE' if cancel else 'TENTATIVE'}",
              "X-MICROSOFT-CDO-INTENDEDSTATUS:" + ("FREE" if cancel else "BUSY"),
              "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", f"X-MICROSOFT-CDO-IMPORTANCE:{2 if cancel else 1}",
              "X-MICROSOFT-CDO-INSTTYPE:0"]
    if url:
        lines.append(f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{url}")
        lines.append("X-MICROSOFT-ONLINEMEETINGCONFLINK:" + url.split("?")[0])
    lines += ["X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
              "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT", "X-MICROSOFT-ISRESPONSEREQUESTED:TRUE",
              "X-MICROSOFT-LOCATIONDISPLAYNAME:" + esc(location)]
    if not cancel:
        lines += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY",
                  "END:VALARM"]
    lines += ["END:VEVENT", "END:VCALENDAR"]
    cal = ical(lines)
    subj = subject or (("Canceled: " if cancel else "") + summary)
    to_list = ", ".join(addr(n, e) for n, e in required if e != organizer[1])
    body = multi("alternative", tag,
                 leaf("text/plain", plain, "quoted-printable"),
                 leaf("text/html", html_doc(plain, "Aptos,Calibri,Arial,sans-serif"), "quoted-printable"),
                 leaf("text/calendar", cal, "base64", params=f'charset="utf-8"; method={method}'))
    extra = [("Thread-Topic", hv(summary)), ("Thread-Index", thread_index(tag)),
             ("Accept-Language", "en-AU, en-US"), ("Content-Language", "en-AU"),
             ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")]
    opt = ", ".join(addr(n, e) for n, e in optional)
    return eml(tag, frm=addr(*organizer), to=to_list, cc=opt or None, subject=subj, date=sent, body=body,
               msgid=outlook_id(tag, msgid_prefix), host=host, extra=extra)


def google_invite(tag, *, sent, organizer, guests, summary, start, end, tz_label, tz_abbr, description,
                  uid_tag, sequence=0, location="", reply_to=True):
    """Google Calendar invitation: multipart/mixed(alternative(plain, html, calendar), invite.ics)."""
    meet = f"{halpha('m1|' + uid_tag, 3)}-{halpha('m2|' + uid_tag, 4)}-{halpha('m3|' + uid_tag, 3)}"
    pin = hnum("pin|" + uid_tag, 9)
    phone = f"+61 2 9051 {hnum('ph|' + uid_tag, 4)}"
    eid = base64.b64encode(f"{h('eid|' + uid_tag, 26)} {OWNER}".encode()).decode().rstrip("=")
    view = f"https://calendar.google.com/calendar/event?action=VIEW&eid={eid}"
    uid = f"{h('guid|' + uid_tag, 26)}@google.com"
    when_line = f"{start:%A} {start.day} {start:%b} {start.year} \u22c5 {gtime(start)} \u2013 {gtime(end)}"
    guest_lines = [f"{organizer[0]} - organiser", organizer[1]]
    for n, e in guests:
        if e == organizer[1]:
            continue
        guest_lines += [n, e] if n != e else [e]
    plain = (f"{summary}\n{when_line}\n{tz_label}\n\n"
             + (f"Location\n{location}\n\n" if location else "")
             + f"Join with Google Meet\nhttps://meet.google.com/{meet}\n\nJoin by phone\n(AU) {phone}\nPIN: {pin}\n\n"
             f"Organiser\n{organizer[0]}\n{organizer[1]}\n\nGuests\n" + "\n".join(guest_lines)
             + f"\nView all guest info {view}\n\n{description.strip()}\n\n"
             f"Reply for {OWNER} and view more details {view}\n\n~~//~~\n"
             "Invitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
             "You are receiving this email because you are an attendee on the event.\n\n"
             "Forwarding this invitation could allow any recipient to send a response to the organiser, be added "
             "to the guest list, invite others regardless of their own invitation status or modify your RSVP. "
             "Learn more https://support.google.com/calendar/answer/37135#forwarding\n")
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
             "CALSCALE:GREGORIAN", "METHOD:REQUEST", "BEGIN:VEVENT", f"DTSTART:{ics_utc(start)}",
             f"DTEND:{ics_utc(end)}", f"DTSTAMP:{ics_utc(sent)}",
             f"ORGANIZER;CN={cn(organizer[0])}:mailto:{organizer[1]}", f"UID:{uid}"]
    lines.append(attendee(organizer[0], organizer[1], "ACCEPTED", google=True))
    for n, e in guests:
        if e != organizer[1]:
            lines.append(attendee(n, e, "NEEDS-ACTION", google=True))
    desc = (description.strip() + "\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
            f"Join with Google Meet: https://meet.google.com/{meet}\nOr dial: (AU) {phone} PIN: {pin}#\n\n"
            "Please do not edit this section.\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-")
    lines += [f"X-GOOGLE-CONFERENCE:https://meet.google.com/{meet}", f"CREATED:{ics_utc(sent - timedelta(minutes=3))}",
              f"DESCRIPTION:{esc(desc)}", f"LAST-MODIFIED:{ics_utc(sent)}", f"LOCATION:{esc(location)}",
              f"SEQUENCE:{sequence}", "STATUS:CONFIRMED", f"SUMMARY:{esc(summary)}", "TRANSP:OPAQUE",
              "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder",
              "TRIGGER:-P0DT0H30M0S", "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    cal = ical(lines)
    subj = (f"Invitation: {summary} @ {start:%a} {start.day} {start:%b} {start.year} {gtime(start)} - "
            f"{gtime(end)} ({tz_abbr}) ({OWNER})")
    body = multi("mixed", tag + "|mixed",
                 multi("alternative", tag + "|alt",
                       leaf("text/plain", plain, "base64", params='charset="UTF-8"; format=flowed; delsp=yes'),
                       leaf("text/html", html_doc(plain, "Roboto,Helvetica,Arial,sans-serif"), "quoted-printable"),
                       leaf("text/calendar", cal, "base64", params='charset="UTF-8"; method=REQUEST')),
                 leaf("application/ics", cal, "base64", params='name="invite.ics"',
                      extra=['Content-Disposition: attachment; filename="invite.ics"']))
    frm = addr(*organizer)
    return eml(tag, frm=frm, to=OWNER, subject=subj, date=sent, body=body,
               msgid=f"<calendar-{h('gc1|' + tag, 8)}-{h('gc2|' + tag, 4)}-{h('gc3|' + tag, 4)}-"
                     f"{h('gc4|' + tag, 4)}-{h('gc5|' + tag, 12)}@google.com>",
               reply_to=frm if reply_to else None, host="mail-sor-f69.google.com",
               return_path=f"{h('rp|' + tag, 22)}@calendar-server.bounces.google.com",
               sender="Google Calendar <calendar-notification@google.com>")


def ats_ics(prodid, uid, sent, start, end, summary, organizer, attendees, description, location,
            vtz=None, method="REQUEST", sequence=0, status="CONFIRMED"):
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{prodid}", "CALSCALE:GREGORIAN", f"METHOD:{method}"]
    if vtz:
        lines += vtz
    lines += ["BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{ics_utc(sent)}"]
    if vtz:
        tzid = vtz[1].split(":", 1)[1]
        lines += [f"DTSTART;TZID={tzid}:{ics_local(start)}", f"DTEND;TZID={tzid}:{ics_local(end)}"]
    else:
        lines += [f"DTSTART:{ics_utc(start)}", f"DTEND:{ics_utc(end)}"]
    lines += [f"SUMMARY:{esc(summary)}", f"DESCRIPTION:{esc(description)}", f"LOCATION:{esc(location)}"]
    if organizer:
        lines.append(f"ORGANIZER;CN={cn(organizer[0])}:mailto:{organizer[1]}")
    for n, e in attendees:
        lines.append(attendee(n, e, "ACCEPTED" if e != OWNER else "NEEDS-ACTION"))
    lines += [f"SEQUENCE:{sequence}", f"STATUS:{status}", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    return ical(lines)


# --------------------------------------------------------------------------- labels
def iv(company, role, start, end, status, interviewers, followups, kind):
    return {"company": company, "role": role, "start": start.isoformat(),
            "end": end.isoformat() if end else None, "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(followups), "kind": kind}


def lab(interviews, difficulty, category, notes):
    return {"user": OWNER, "interview": bool(interviews), "interviews": interviews, "difficulty": difficulty,
            "category": category, "notes": notes, "source": "synthetic"}


CASES = []  # (slug, [(filename, bytes)], label, tz_notes)


def case(slug, items, label, tz_note=None):
    CASES.append((slug, items, label, tz_note))


LIAM_SIG = "Liam O'Brien\nSenior Physiotherapist | Bondi Junction Sports Physio\nM 0412 558 903"


# =========================================================================== POSITIVE CASES
SCH = "St Columba's Hospital Sydney"
SCH_ROLE = "Physiotherapy Manager"
KIRSTEN = ("Kirsten Doyle", "kirsten.doyle@stcolumbas.example")
KIRSTEN_SIG = ("Kirsten Doyle | Talent Acquisition Partner - Allied Health & Corporate\n"
               "St Columba's Hospital Sydney\nLevel 2, 112 Burton Street, Darlinghurst NSW 2010\n"
               "P 02 9361 7720 | kirsten.doyle@stcolumbas.example\n\n"
               "St Columba's acknowledges the Gadigal people of the Eora Nation, the Traditional Custodians "
               "of the land on which we work.")


def c01():
    sent = at("SYD", 2026, 10, 12, 16, 47, "Mon", "+11:00", 9)
    start = at("SYD", 2026, 10, 13, 14, 30, "Tue", "+11:00")
    end = start + timedelta(minutes=20)
    text = f"""Hi Liam,

Thanks for picking up earlier - sorry it was such a rushed call, I was running between two meetings.

As promised, I'll ring you back tomorrow arvo at 2.30 for a proper phone screen about the Physiotherapy Manager role (Allied Health, req SCH-4471). Set aside about 20 minutes. I'll mostly ask about the size of the team you supervise at Bondi Junction, any rostering or budget responsibility you've picked up, and what your notice period looks like.

I've got your mobile as 0412 558 903 - flick me a text if that's changed.

Kind regards,
Kirsten

{KIRSTEN_SIG}
"""
    items = [("01-kirsten-phone-screen.eml",
              eml("01-01", frm=addr(*KIRSTEN), to=addr(OWNER_NAME, OWNER), date=sent,
                  subject="Following up on our call - Physiotherapy Manager",
                  body=leaf("text/plain", text, "quoted-printable"), msgid=outlook_id("01-01"),
                  host="mail-sy4aus01on2061.outbound.protection.outlook.com",
                  extra=[("Thread-Topic", "Following up on our call - Physiotherapy Manager"),
                         ("Thread-Index", thread_index("01-01")), ("Content-Language", "en-AU")]))]
    case("b319-01-stcolumbas-phone-screen-tomorrow-arvo", items,
         lab([iv(SCH, SCH_ROLE, start, end, "scheduled", [KIRSTEN[1]], [KIRSTEN[1]], "phone_screen")],
             "medium", "positive/email-body-relative-date",
             "Recruiter confirms a call-back 'tomorrow arvo at 2.30' (20 min); only the body has the time, "
             "resolved against the Monday 12 Oct Date header (AEDT +11:00)."),
         "01: 'tomorrow arvo at 2.30' resolved against Date Mon 12 Oct 2026 +1100 -> Tue 13 Oct 14:30 AEDT (+11:00).")


def c02():
    pg_sent = at("SYD", 2026, 10, 14, 11, 2, "Wed", "+11:00", 36)
    inv_sent = at("SYD", 2026, 10, 14, 11, 19, "Wed", "+11:00", 50)
    start = at("SYD", 2026, 10, 22, 10, 0, "Thu", "+11:00")
    end = at("SYD", 2026, 10, 22, 11, 0, "Thu", "+11:00")
    panel = [("Dr Andrew Pham", "andrew.pham@stcolumbas.example"),
             ("Megan Fitzgerald", "megan.fitzgerald@stcolumbas.example"),
             ("Rohan Mehta", "rohan.mehta@stcolumbas.example")]
    text = f"""Dear Liam,

Thank you for your application for the position of Physiotherapy Manager (Job No. SCH-4471). I am pleased to advise that you have been shortlisted, and we would like to invite you to attend an interview.

Date: Thursday 22 October 2026
Time: 10.00am - 11.00am (AEDT)
Format: Microsoft Teams - a meeting invitation will be sent to you separately

Selection panel:
Dr Andrew Pham - Director of Allied Health (Chair)
Megan Fitzgerald - Nurse Unit Manager, Orthopaedics & Rehabilitation
Rohan Mehta - HR Business Partner

The interview will be behavioural and structured around the key selection criteria in the position description. Panel members will ask for specific examples from your own practice, so we suggest reviewing each criterion beforehand and thinking about situations that demonstrate it. At the end of the interview you will be asked to nominate two referees, one of whom should be a current or recent line manager.

If you require any adjustments to participate in the interview, please let us know by replying to this email.

Kind regards,

Kirsten Doyle
Talent Acquisition Partner
St Columba's Hospital Sydney

This message was sent from our recruitment system (PageUp). Replies will be directed to the recruitment team.
"""
    m1 = eml("02-01", frm=addr("St Columba's Health Careers", "noreply@pageuppeople.com"),
             to=addr(OWNER_NAME, OWNER), reply_to=addr(*KIRSTEN), date=pg_sent,
             subject="Invitation to interview - Physiotherapy Manager (SCH-4471)",
             body=alt("02-01", text, html_cte="base64"), msgid=f"<{h('pu|02', 24)}@pageuppeople.com>",
             host="smtp-out4.pageuppeople.com", return_path=f"bounce-{h('bpu|02', 10)}@pageuppeople.com")
    body = """Hi Liam,

Teams link for Thursday's panel is below. Please join a few minutes early so we can sort out any audio or camera issues before the panel comes in - I'll be in the lobby to admit you.

Kirsten"""
    m2 = outlook_invite("02-02", sent=inv_sent, organizer=KIRSTEN,
                        required=[(OWNER_NAME, OWNER)] + panel,
                        summary="Interview - Physiotherapy Manager - Liam O'Brien", start=start, end=end,
                        wintz="AUS Eastern Standard Time", location="Microsoft Teams Meeting", body_text=body,
                        uid_tag="02-panel")
    case("b319-02-stcolumbas-panel-teams-utc10-label",
         [("01-pageup-invitation-to-interview.eml", m1), ("02-teams-invite-panel.eml", m2)],
         lab([iv(SCH, SCH_ROLE, start, end, "scheduled", [e for _, e in panel], [e for _, e in panel], "onsite")],
             "hard", "positive/exchange-teams-panel-dedupe",
             "PageUp invitation plus Outlook/Teams invite for the same selection-criteria panel (3 panel members; "
             "Kirsten only organises). Windows TZID 'AUS Eastern Standard Time' and display label '(UTC+10:00) "
             "Canberra, Melbourne, Sydney', but 22 Oct is in AEDT so the offset is +11:00. One interview."),
         "02: Windows TZID 'AUS Eastern Standard Time' with '(UTC+10:00)' label; 22 Oct 2026 is AEDT -> +11:00.")


def c03():
    sent1 = at("SYD", 2026, 10, 27, 9, 14, "Tue", "+11:00", 22)
    sent2 = at("SYD", 2026, 11, 2, 8, 31, "Mon", "+11:00", 5)
    sent3 = at("SYD", 2026, 11, 2, 8, 39, "Mon", "+11:00", 48)
    old_s = at("SYD", 2026, 11, 4, 9, 0, "Wed", "+11:00")
    new_s = at("SYD", 2026, 11, 6, 13, 30, "Fri", "+11:00")
    new_e = new_s + timedelta(minutes=45)
    cath = ("Catherine Walsh", "catherine.walsh@stcolumbas.example")
    loc = "Executive Suite, Level 4, Burton Wing - St Columba's Hospital"
    b1 = """Hi Liam,

Congratulations on making it through to the final stage for the Physiotherapy Manager position.

This is a 45-minute conversation with Catherine Walsh, our Executive Director of Operations. It's less structured than the panel - Catherine likes to talk through how you'd handle the operational side of the role (budget, activity targets, working with the nursing and medical streams) and where you see the department in two or three years.

Please come to main reception on Burton Street about ten minutes early and ask for the Executive Suite. Visitor parking is on Level B2.

Kirsten"""
    m1 = outlook_invite("03-01", sent=sent1, organizer=KIRSTEN, required=[(OWNER_NAME, OWNER), cath],
                        summary="Final interview - Physiotherapy Manager (Liam O'Brien / Catherine Walsh)",
                        start=old_s, end=old_s + timedelta(minutes=45), wintz="AUS Eastern Standard Time",
                        location=loc, body_text=b1, uid_tag="03-final", teams=False)
    t2 = f"""Hi Liam,

Thanks for being so flexible on the phone just now.

As discussed, Catherine has been called into an accreditation meeting on Wednesday morning that she can't get out of, so we've moved your final interview to Friday 6 November, 1.30pm to 2.15pm. Same place - Executive Suite, Level 4 of the Burton Wing.

I'll send through an updated calendar invite in the next few minutes, which will replace the Wednesday one.

Apologies again for the shuffle.

Kirsten

{KIRSTEN_SIG}
"""
    m2 = eml("03-02", frm=addr(*KIRSTEN), to=addr(OWNER_NAME, OWNER), date=sent2,
             subject="Change of time - your final interview with Catherine",
             body=alt("03-02", t2, font="Aptos,Calibri,Arial,sans-serif"), msgid=outlook_id("03-02"),
             host="mail-sy4aus01on2061.outbound.protection.outlook.com",
             extra=[("Thread-Topic", "Change of time - your final interview with Catherine"),
                    ("Thread-Index", thread_index("03-02")), ("Content-Language", "en-AU")])
    b3 = """Hi Liam,

Updated to Friday afternoon as we discussed - please disregard the Wednesday 4 November time.

Kirsten"""
    m3 = outlook_invite("03-03", sent=sent3, organizer=KIRSTEN, required=[(OWNER_NAME, OWNER), cath],
                        summary="Final interview - Physiotherapy Manager (Liam O'Brien / Catherine Walsh)",
                        start=new_s, end=new_e, wintz="AUS Eastern Standard Time", location=loc, body_text=b3,
                        uid_tag="03-final", sequence=1, teams=False)
    case("b319-03-stcolumbas-final-rescheduled-sequence",
         [("01-invite-final-wednesday.eml", m1), ("02-kirsten-change-of-time.eml", m2),
          ("03-invite-final-updated-friday.eml", m3)],
         lab([iv(SCH, SCH_ROLE, new_s, new_e, "scheduled", [cath[1]], [cath[1]], "hiring_manager")],
             "medium", "positive/reschedule-sequence",
             "Final with the Executive Director booked Wed 4 Nov 9:00, moved by e-mail and by an Outlook "
             "update (same UID, SEQUENCE 1) to Fri 6 Nov 13:30-14:15 AEDT. One interview at the final time."),
         "03: reschedule Wed 4 Nov 09:00 -> Fri 6 Nov 13:30 AEDT (+11:00), Outlook SEQUENCE 0 -> 1.")


MC = "Moreton Coast Hospital and Health Service"
MC_ROLE = "Allied Health Manager - Physiotherapy (HP6)"
JODIE = ("Jodie Kowalski", "jodie.kowalski@moretoncoast-hhs.example")
JODIE_SIG = ("Jodie Kowalski\nRecruitment Advisor | Workforce Services\nMoreton Coast Hospital and Health Service\n"
             "Ph (07) 3049 2218 | jodie.kowalski@moretoncoast-hhs.example\n"
             "Anzac Avenue, Redcliffe QLD 4020")


def c04():
    s1 = at("BNE", 2026, 10, 8, 9, 12, "Thu", "+10:00", 40)
    s2 = at("SYD", 2026, 10, 8, 12, 40, "Thu", "+11:00", 3)
    s3 = at("BNE", 2026, 10, 8, 14, 5, "Thu", "+10:00", 51)
    start = at("BNE", 2026, 10, 14, 11, 0, "Wed", "+10:00")
    end = start + timedelta(minutes=30)
    subj = "Allied Health Manager - Physiotherapy (HP6) - phone screen"
    t1 = f"""G'day Liam,

Thanks for your application for the Allied Health Manager - Physiotherapy (HP6) role (QLD/MCHHS-1182/26). You've made the shortlist, and before we convene the selection panel I'd like to have a quick phone screen with you - roughly half an hour, covering your registration, whether you'd be able to relocate to Redcliffe, and the management responsibilities you hold now.

I can do Wednesday 14 October at either 9.30am or 11.00am. Both of those are Queensland time - we don't do daylight saving up here, so we're an hour behind Sydney at the moment.

Let me know which suits and I'll lock it in.

Cheers,
Jodie

{JODIE_SIG}
"""
    id1 = outlook_id("04-01", "ME3P282MB")
    m1 = eml("04-01", frm=addr(*JODIE), to=addr(OWNER_NAME, OWNER), date=s1, subject=subj,
             body=alt("04-01", t1, font="Calibri,Arial,sans-serif"), msgid=id1,
             host="mail-me3aus01on2071.outbound.protection.outlook.com",
             extra=[("Thread-Topic", subj), ("Thread-Index", thread_index("04-01"))])
    t2 = f"""Hi Jodie,

Thanks for getting in touch - great news. 11.00am Queensland time on Wednesday would be best for me (that's 12 noon here, which fits nicely between my clinic lists).

Best number is 0412 558 903.

Regards,
{LIAM_SIG}""" + quote_gmail(t1, s1, addr(*JODIE))
    id2 = gmail_id("04-02")
    m2 = eml("04-02", frm=addr(OWNER_NAME, OWNER), to=addr(*JODIE), date=s2, subject="Re: " + subj,
             body=leaf("text/plain", t2, "quoted-printable"), msgid=id2, in_reply_to=id1, references=id1,
             host="mail-sor-f41.google.com")
    t3 = f"""No worries Liam, you're locked in for 11am AEST (Qld time) on Wednesday 14 October. I'll call you on 0412 558 903.

Chat then,
Jodie

{JODIE_SIG}""" + quote_outlook(t2.split("\n\nOn ")[0], s2, addr(OWNER_NAME, OWNER), addr(*JODIE), "Re: " + subj)
    m3 = eml("04-03", frm=addr(*JODIE), to=addr(OWNER_NAME, OWNER), date=s3, subject="RE: " + subj,
             body=alt("04-03", t3, font="Calibri,Arial,sans-serif"), msgid=outlook_id("04-03", "ME3P282MB"),
             in_reply_to=id2, references=f"{id1} {id2}",
             host="mail-me3aus01on2071.outbound.protection.outlook.com",
             extra=[("Thread-Topic", subj), ("Thread-Index", thread_index("04-03"))])
    case("b319-04-moretoncoast-phone-screen-propose-confirm-aest",
         [("01-jodie-proposes-two-times.eml", m1), ("02-liam-picks-11am-qld.eml", m2),
          ("03-jodie-confirms.eml", m3)],
         lab([iv(MC, MC_ROLE, start, end, "scheduled", [JODIE[1]], [JODIE[1]], "phone_screen")],
             "medium", "positive/thread-propose-confirm",
             "Recruiter offers 9.30 or 11.00 Queensland time; Liam picks 11.00 Qld (noon in Sydney); recruiter "
             "confirms 11am AEST. Brisbane has no DST, so +10:00 while Sydney is +11:00."),
         "04: Brisbane (no DST, +10:00) vs Sydney AEDT (+11:00); '11.00am Queensland time (12 noon here)'.")


def c05():
    s1 = at("BNE", 2026, 10, 16, 15, 22, "Fri", "+10:00", 8)
    s2 = at("BNE", 2026, 10, 23, 10, 48, "Fri", "+10:00", 31)
    start = at("BNE", 2026, 10, 27, 13, 0, "Tue", "+10:00")
    end = at("BNE", 2026, 10, 27, 14, 0, "Tue", "+10:00")
    panel = [("Dr Sarah Nguyen", "sarah.nguyen@moretoncoast-hhs.example"),
             ("Brendan Kelly", "brendan.kelly@moretoncoast-hhs.example"),
             ("Leanne Tupou", "leanne.tupou@moretoncoast-hhs.example")]
    summ = "Selection panel interview - Allied Health Manager - Physiotherapy (HP6) - Liam O'Brien"
    b1 = """Hi Liam,

Please find below the Teams details for your panel interview.

Your panel will be Dr Sarah Nguyen (Executive Director, Allied Health), Brendan Kelly (Director of Physiotherapy, Redcliffe) and Leanne Tupou (Senior HR Business Partner). Questions are based on the key capabilities in the role description - leadership and team management, clinical governance, financial and resource management, and stakeholder engagement - and we'll finish with a short work-sample scenario that you'll be given at the start of the interview.

Heads up that the time in this invite is Brisbane time (AEST), which is 2.00pm in Sydney.

Kind regards,
Jodie"""
    m1 = outlook_invite("05-01", sent=s1, organizer=JODIE, required=[(OWNER_NAME, OWNER)] + panel,
                        summary=summ, start=start, end=end, wintz="E. Australia Standard Time",
                        location="Microsoft Teams Meeting", body_text=b1, uid_tag="05-panel",
                        msgid_prefix="ME3P282MB", host="mail-me3aus01on2071.outbound.protection.outlook.com")
    b2 = """Hi Liam,

I'm really sorry to be the bearer of this news. The HHS has placed recruitment for the Allied Health Manager - Physiotherapy (HP6) position on hold while the Allied Health directorate restructure is finalised, so Tuesday's panel won't be going ahead.

Your application will stay active in the system and I'll contact you directly if the role is re-advertised. Thanks for your patience, and apologies for the inconvenience.

Jodie"""
    m2 = outlook_invite("05-02", sent=s2, organizer=JODIE, required=[(OWNER_NAME, OWNER)] + panel,
                        summary=summ, start=start, end=end, wintz="E. Australia Standard Time",
                        location="Microsoft Teams Meeting", body_text=b2, uid_tag="05-panel", sequence=1,
                        method="CANCEL", msgid_prefix="ME3P282MB",
                        host="mail-me3aus01on2071.outbound.protection.outlook.com")
    case("b319-05-moretoncoast-panel-cancelled-brisbane",
         [("01-invite-selection-panel.eml", m1), ("02-canceled-selection-panel.eml", m2)],
         lab([iv(MC, MC_ROLE, start, end, "cancelled", [e for _, e in panel], [e for _, e in panel], "onsite")],
             "medium", "positive/cancellation",
             "Panel interview invite (Windows TZID 'E. Australia Standard Time', '(UTC+10:00) Brisbane') later "
             "cancelled with METHOD:CANCEL because the recruitment is on hold. Kept as cancelled at the last time."),
         "05: Windows TZID 'E. Australia Standard Time' (Brisbane, no DST) 13:00 +10:00 = 14:00 in Sydney; cancelled.")


SR = "Swan River Rehab Group"
SR_ROLE = "Clinical Operations Manager"
TAHNEE = ("Tahnee Collins", "tahnee.collins@swanriverrehab.example")


def c06():
    sent = at("PER", 2026, 10, 15, 10, 41, "Thu", "+08:00", 22)
    start = at("PER", 2026, 10, 21, 12, 0, "Wed", "+08:00")
    end = start + timedelta(minutes=45)
    zoom = f"https://us06web.zoom.us/j/{hnum('zm|06', 11)}?pwd={h('zp|06', 22)}"
    text = f"""Hi Liam,

Tahnee Collins from Swan River Rehab Group has scheduled an interview with you.

Role: Clinical Operations Manager
Date: Wednesday, 21 October 2026
Time: 12:00 pm - 12:45 pm AWST (Australia/Perth)
Location: Video call - {zoom}
Interviewer: Tahnee Collins, Head of Clinical Services

Message from Tahnee:
"Hi Liam - looking forward to chatting. Heads up that we're three hours behind you now that daylight saving has kicked in over east, so this is 3pm your time. I'll run through the role and our eleven clinics across Perth and the South West, then ask about how you've handled service growth and staff supervision. Cheers, Tahnee"

The calendar invitation is attached (interview.ics) so you can add it to your calendar.

Need to reschedule? Reply to this email and Tahnee will be in touch.

Employment Hero Pty Ltd - sent on behalf of Swan River Rehab Group
"""
    cal = ats_ics("-//Employment Hero//ATS Interview Scheduler//EN", f"{h('eh|06', 24)}@employmenthero.com",
                  sent, start, end, "Interview: Clinical Operations Manager - Swan River Rehab Group", TAHNEE,
                  [TAHNEE, (OWNER_NAME, OWNER)],
                  f"Video interview with Tahnee Collins (Head of Clinical Services).\nJoin: {zoom}", zoom,
                  vtz=VTZ_PERTH)
    body = multi("mixed", "06-01", alt("06-01a", text),
                 leaf("text/calendar", cal, "base64", params='charset="UTF-8"; method=REQUEST; name="interview.ics"',
                      extra=['Content-Disposition: attachment; filename="interview.ics"']))
    m = eml("06-01", frm=addr("Swan River Rehab Group via Employment Hero", "no-reply@employmenthero.com"),
            to=addr(OWNER_NAME, OWNER), reply_to=addr(*TAHNEE), date=sent,
            subject="Interview invitation: Clinical Operations Manager at Swan River Rehab Group", body=body,
            msgid=f"<{h('ehm|06', 28)}@employmenthero.com>", host="o12.email.employmenthero.com",
            return_path=f"bounces+{hnum('ehb|06', 7)}@email.employmenthero.com")
    case("b319-06-swanriver-employmenthero-awst-ics",
         [("01-employmenthero-interview-invitation.eml", m)],
         lab([iv(SR, SR_ROLE, start, end, "scheduled", [TAHNEE[1]], [TAHNEE[1]], "hiring_manager")],
             "easy", "positive/ats-email-with-ics",
             "Employment Hero interview invitation with .ics (TZID Australia/Perth). Head of Clinical Services is "
             "the hiring manager; 12:00 AWST (+08:00) = 3pm AEDT."),
         "06: Perth AWST +08:00 (3 h behind Sydney AEDT); .ics uses TZID=Australia/Perth.")


def c07():
    s1 = at("PER", 2026, 10, 23, 16, 20, "Fri", "+08:00", 14)
    s2 = at("SYD", 2026, 10, 26, 8, 5, "Mon", "+11:00", 40)
    p_s = at("PER", 2026, 11, 3, 9, 0, "Tue", "+08:00")
    p_e = at("PER", 2026, 11, 3, 10, 0, "Tue", "+08:00")
    f_s = at("PER", 2026, 11, 12, 14, 30, "Thu", "+08:00")
    f_e = at("PER", 2026, 11, 12, 15, 0, "Thu", "+08:00")
    assert p_s.astimezone(TZ["SYD"]).hour == 12 and f_s.astimezone(TZ["SYD"]).strftime("%H:%M") == "17:30"
    grant = ("Grant Hollis", "grant.hollis@swanriverrehab.example")
    fiona = ("Fiona Strachan", "fiona.strachan@swanriverrehab.example")
    subj = "Next steps - Clinical Operations Manager"
    t1 = """Hi Liam,

Thanks again for Wednesday - Grant and I both really enjoyed the conversation, and we'd love to take you through to the final stages. There are two parts:

1. Presentation - Tuesday 3 November, 9.00am to 10.00am AWST (12.00pm to 1.00pm AEDT)
Please prepare a 20-minute presentation on how you'd bring down wait times for outpatient rehab across our WA clinics in your first six months. You'll present to me and Grant Hollis, our Operations Director, over Zoom, followed by around half an hour of questions. Slides are fine but not essential.

2. Final interview - Thursday 12 November, 2.30pm to 3.00pm AWST (5.30pm to 6.00pm AEDT)
A half-hour conversation with our Managing Director, Fiona Strachan. It's more about values and fit than anything technical, so there's nothing to prepare.

I've copied Grant and Fiona in so they have your details. Zoom links will come through closer to each date.

Have a great weekend,
Tahnee

Tahnee Collins
Head of Clinical Services | Swan River Rehab Group
Level 1, 22 Riverside Drive, East Perth WA 6004
0438 112 907"""
    id1 = f"<{h('sr1|07', 18)}@swanriverrehab.example>"
    m1 = eml("07-01", frm=addr(*TAHNEE), to=addr(OWNER_NAME, OWNER), cc=f"{addr(*grant)}, {addr(*fiona)}",
             date=s1, subject=subj, body=alt("07-01", t1, html_cte="base64"), msgid=id1,
             host="mail-pf1.swanriverrehab.example")
    t2 = f"""Hi Tahnee,

Thanks so much - that's great to hear. Both times work for me: the presentation at 9am your time on Tuesday 3 November and the chat with Fiona on Thursday 12 November at 2.30pm AWST.

I'll have the slides ready the day before in case you'd like a copy ahead of time.

Regards,
{LIAM_SIG}""" + quote_gmail(t1, s1, addr(*TAHNEE))
    m2 = eml("07-02", frm=addr(OWNER_NAME, OWNER), to=addr(*TAHNEE), cc=f"{addr(*grant)}, {addr(*fiona)}",
             date=s2, subject="Re: " + subj, body=leaf("text/plain", t2, "quoted-printable"),
             msgid=gmail_id("07-02"), in_reply_to=id1, references=id1, host="mail-sor-f41.google.com")
    ints = [iv(SR, SR_ROLE, p_s, p_e, "scheduled", [TAHNEE[1], grant[1]], [TAHNEE[1], grant[1]], "onsite"),
            iv(SR, SR_ROLE, f_s, f_e, "scheduled", [fiona[1]], [fiona[1]], "hiring_manager")]
    case("b319-07-swanriver-presentation-and-md-final",
         [("01-tahnee-next-steps.eml", m1), ("02-liam-confirms-both.eml", m2)],
         lab(ints, "hard", "positive/two-interviews-body-only",
             "One e-mail books two stages: a presentation to two panel members (Tue 3 Nov 09:00-10:00 AWST) and a "
             "final with the Managing Director (Thu 12 Nov 14:30-15:00 AWST). Times given in AWST with AEDT in "
             "brackets; both use +08:00."),
         "07: two Perth-time interviews (+08:00) with AEDT equivalents in brackets (+11:00, 3 h ahead).")


YB = "Yarra Bend University"
YB_ROLE = "Manager, Clinical Education (Allied Health)"
SIOBHAN = ("Siobhan Reilly", "siobhan.reilly@yarrabend.example")


def c08():
    s0 = at("MEL", 2026, 10, 19, 13, 5, "Mon", "+11:00", 40)
    okoro = ("Associate Professor James Okoro", "james.okoro@yarrabend.example")
    tran = ("Dr Lucy Tran", "lucy.tran@yarrabend.example")
    brennan = ("Mark Brennan", "mark.brennan@yarrabend.example")
    marsh = ("Professor Helen Marsh", "helen.marsh@yarrabend.example")
    staff = ("School of Health Sciences - All Staff", "shs-allstaff@yarrabend.example")
    slots = [
        (at("MEL", 2026, 10, 30, 9, 30, "Fri", "+11:00"), at("MEL", 2026, 10, 30, 10, 0, "Fri", "+11:00")),
        (at("MEL", 2026, 10, 30, 10, 15, "Fri", "+11:00"), at("MEL", 2026, 10, 30, 11, 15, "Fri", "+11:00")),
        (at("MEL", 2026, 10, 30, 11, 30, "Fri", "+11:00"), at("MEL", 2026, 10, 30, 12, 0, "Fri", "+11:00")),
    ]
    text = """Dear Liam,

Thank you for your interest in the position of Manager, Clinical Education (Allied Health) within the School of Health Sciences (Job Ref 0926541).

The selection committee has assessed your application against the key selection criteria and would like to invite you to an on-campus interview on Friday 30 October 2026 at our Abbotsford campus, Building H, Level 3.

Your schedule (Melbourne time, AEDT):

9.30am - 10.00am - Presentation to School staff (15 minutes plus questions). Topic: "Building a sustainable clinical placement model across public and private partners"
10.15am - 11.15am - Selection committee interview
11.30am - 12.00pm - Meeting with the Head of School, Professor Helen Marsh

Selection committee: Associate Professor James Okoro (Chair), Dr Lucy Tran and Mark Brennan (Senior HR Advisor).

Separate calendar invitations will follow for each session. The University will reimburse economy airfares from Sydney and a taxi to campus; please keep your receipts and email them to me after the day.

If you have any accessibility requirements, please let me know and we will make the necessary arrangements.

Kind regards,

Siobhan Reilly
Recruitment Coordinator, People & Culture
Yarra Bend University
"""
    m0 = eml("08-01", frm=addr("Yarra Bend University Careers", "noreply@pageuppeople.com"),
             to=addr(OWNER_NAME, OWNER), reply_to=addr(*SIOBHAN), date=s0,
             subject="Interview schedule - Manager, Clinical Education (Allied Health) - Job Ref 0926541",
             body=alt("08-01", text, html_cte="quoted-printable", text_cte="base64"),
             msgid=f"<{h('pu|08', 24)}@pageuppeople.com>", host="smtp-out2.pageuppeople.com",
             return_path=f"bounce-{h('bpu|08', 10)}@pageuppeople.com")
    specs = [
        ("Presentation - Manager, Clinical Education (Allied Health) candidate: Liam O'Brien",
         "Building H, Room H3.14 (Abbotsford campus)", [okoro, tran], [staff],
         """Hi Liam,

Your 15-minute presentation to School staff, followed by questions. The room has a lectern PC and HDMI; please bring your slides on a USB as a backup.

Siobhan"""),
        ("Selection committee interview - Manager, Clinical Education (Allied Health) - Liam O'Brien",
         "Building H, Room H3.22 (Abbotsford campus)", [okoro, tran, brennan], [],
         """Hi Liam,

Selection committee interview. Questions will map to the key selection criteria in the position description.

Siobhan"""),
        ("Meeting with Head of School - Liam O'Brien", "Head of School's office, H3.01 (Abbotsford campus)",
         [marsh], [],
         """Hi Liam,

An informal 30 minutes with Professor Marsh to finish the day.

Siobhan"""),
    ]
    items = [("01-pageup-interview-schedule.eml", m0)]
    for i, ((st, en), (summ, loc, req, opt, body)) in enumerate(zip(slots, specs)):
        sent = s0 + timedelta(minutes=14 + 2 * i, seconds=7 * i)
        m = outlook_invite(f"08-0{i + 2}", sent=sent, organizer=SIOBHAN, required=[(OWNER_NAME, OWNER)] + req,
                           optional=opt, summary=summ, start=st, end=en, wintz="AUS Eastern Standard Time",
                           location=loc, body_text=body, uid_tag=f"08-slot{i}", teams=False,
                           msgid_prefix="ME2P282MB", host="mail-me2aus01on2080.outbound.protection.outlook.com")
        items.append((f"0{i + 2}-invite-{['presentation', 'selection-committee', 'head-of-school'][i]}.eml", m))
    ivs = [okoro[1], tran[1], brennan[1], marsh[1]]
    case("b319-08-yarrabend-campus-loop-three-invites", items,
         lab([iv(YB, YB_ROLE, slots[0][0], slots[-1][1], "scheduled", ivs, ivs, "onsite")],
             "hard", "positive/onsite-loop-multi-invite",
             "PageUp schedule plus three separate Outlook invites (presentation, selection committee, Head of "
             "School) on Fri 30 Oct in Melbourne (AEDT +11:00). One onsite from 09:30 to 12:00 with all four "
             "interviewers; the all-staff list and the coordinator are not interviewers."),
         "08: Melbourne (Australia/Melbourne, AEDT +11:00) via Windows TZID 'AUS Eastern Standard Time'.")


TA = "T\u0101maki Allied Health"
TA_ROLE = "Regional Practice Manager"
MERE = ("Mere Tipene", "mere.tipene@tamakiallied.example")


def c09():
    s1 = at("AKL", 2026, 10, 13, 14, 18, "Tue", "+13:00", 52)
    s2 = at("AKL", 2026, 10, 13, 14, 20, "Tue", "+13:00", 7)
    start = at("AKL", 2026, 10, 20, 10, 0, "Tue", "+13:00")
    end = at("AKL", 2026, 10, 20, 10, 45, "Tue", "+13:00")
    assert start.astimezone(UTC).day == 19 and start.astimezone(TZ["SYD"]).hour == 8
    hamish = ("Hamish Clarke", "hamish.clarke@tamakiallied.example")
    text = f"""Kia ora Liam,

Your interview for Regional Practice Manager with {TA} is confirmed.

When: Tuesday 20 October 2026, 10:00am - 10:45am NZDT (Auckland)
Your local time: 8:00am - 8:45am AEDT (Sydney)
Where: Google Meet - the link is in your calendar invitation
Who: Hamish Clarke, General Manager Operations

A calendar invitation has been sent separately from Mere Tipene's calendar.

Need to make a change? Reply to this email to reach Mere directly.

Ng\u0101 mihi,
LiveHire on behalf of {TA}

You're receiving this because you're connected to the {TA} Talent Community on LiveHire.
"""
    m1 = eml("09-01", frm=addr(f"{TA} via LiveHire", "notifications@livehire.com"), to=addr(OWNER_NAME, OWNER),
             reply_to=addr(*MERE), date=s1, subject="Interview confirmed - Regional Practice Manager",
             body=alt("09-01", text, html_cte="base64"), msgid=f"<{h('lh|09', 30)}@livehire.com>",
             host="mta-112.livehire.com", return_path=f"bounce+{h('lhb|09', 12)}@mail.livehire.com")
    desc = """Kia ora Liam,

Hamish will be running this one - I'm just sending the link through. He'll spend most of the time on how you'd lead our four clinic managers and lift utilisation across the region, so have a think about a time you turned around a team's numbers.

Ng\u0101 mihi,
Mere"""
    m2 = google_invite("09-02", sent=s2, organizer=MERE, guests=[MERE, hamish, (OWNER, OWNER)],
                       summary="Interview - Regional Practice Manager (Liam O'Brien)", start=start, end=end,
                       tz_label="New Zealand Time - Auckland", tz_abbr="NZDT", description=desc, uid_tag="09-iv")
    case("b319-09-tamaki-livehire-google-invite-nzdt",
         [("01-livehire-interview-confirmed.eml", m1), ("02-google-invitation.eml", m2)],
         lab([iv(TA, TA_ROLE, start, end, "scheduled", [hamish[1]], [hamish[1]], "hiring_manager")],
             "medium", "positive/google-invite-dedupe",
             "LiveHire confirmation and a Google invite for the same interview. 10:00 NZDT (+13:00) is 21:00Z on "
             "Monday 19 Oct and 8am AEDT; the organiser only sends the link, the GM Operations interviews."),
         "09: Auckland NZDT (+13:00, DST since 27 Sep); DTSTART 20261019T210000Z is the previous UTC day; 8am AEDT.")


def c10():
    start = at("AKL", 2026, 11, 4, 14, 0, "Wed", "+13:00")
    end = at("AKL", 2026, 11, 4, 14, 45, "Wed", "+13:00")
    created = at("AKL", 2026, 10, 27, 11, 2, "Tue", "+13:00")
    aroha = ("Dr Aroha Ngata", "aroha.ngata@tamakiallied.example")
    meet = f"{halpha('mm1|10', 3)}-{halpha('mm2|10', 4)}-{halpha('mm3|10', 3)}"
    eid = base64.b64encode(f"{h('ev|10', 26)} {OWNER}".encode()).decode().rstrip("=")
    ev = {
        "kind": "calendar#event",
        "etag": f"\"{hnum('etag|10', 16)}\"",
        "id": h("ev|10", 26),
        "status": "confirmed",
        "htmlLink": f"https://www.google.com/calendar/event?eid={eid}",
        "created": created.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "updated": (created + timedelta(minutes=6, seconds=41)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.512Z"),
        "summary": "Final interview - Liam O'Brien / Dr Aroha Ngata (Regional Practice Manager)",
        "description": ("Final-stage conversation with Aroha Ngata, Clinical Director. 45 mins on Google Meet.\n"
                        "Mere will pop in at the start for introductions and then drop off."),
        "creator": {"email": MERE[1], "displayName": MERE[0]},
        "organizer": {"email": MERE[1], "displayName": MERE[0]},
        "start": {"dateTime": start.isoformat(), "timeZone": "Pacific/Auckland"},
        "end": {"dateTime": end.isoformat(), "timeZone": "Pacific/Auckland"},
        "iCalUID": f"{h('ev|10', 26)}@google.com",
        "sequence": 0,
        "attendees": [
            {"email": MERE[1], "displayName": MERE[0], "organizer": True, "responseStatus": "accepted"},
            {"email": aroha[1], "displayName": aroha[0], "responseStatus": "accepted"},
            {"email": OWNER, "displayName": OWNER_NAME, "self": True, "responseStatus": "accepted"},
        ],
        "hangoutLink": f"https://meet.google.com/{meet}",
        "conferenceData": {
            "entryPoints": [
                {"entryPointType": "video", "uri": f"https://meet.google.com/{meet}", "label": f"meet.google.com/{meet}"},
                {"entryPointType": "phone", "uri": f"tel:+64-9-887-{hnum('tel|10', 4)}",
                 "label": f"+64 9 887 {hnum('tel|10', 4)}", "pin": hnum("pin|10", 9), "regionCode": "NZ"},
            ],
            "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet"},
            "conferenceId": meet,
        },
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    data = (json.dumps(ev, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    case("b319-10-tamaki-final-gcal-json-nzdt", [("01-final-interview-aroha.gcal.json", data)],
         lab([iv(TA, TA_ROLE, start, end, "scheduled", [aroha[1]], [aroha[1]], "hiring_manager")],
             "medium", "positive/gcal-json",
             "Calendar API event only (self: true). Final with the Clinical Director; organiser Mere only joins "
             "for introductions. 14:00 NZDT (+13:00) = noon AEDT."),
         "10: Calendar API event with timeZone Pacific/Auckland, +13:00 (NZDT).")


MER = "Meridia Care Asia Pacific"
MER_ROLE = "Regional Clinical Services Lead, APAC"
WEILING = ("Wei Ling Chua", "weiling.chua@meridiacare.example")


def c11():
    s1 = at("SIN", 2026, 10, 9, 11, 3, "Fri", "+08:00", 17)
    s2 = at("SIN", 2026, 10, 9, 11, 10, "Fri", "+08:00", 44)
    start = at("SIN", 2026, 10, 15, 9, 0, "Thu", "+08:00")
    end = start + timedelta(minutes=30)
    assert start.astimezone(TZ["SYD"]).hour == 12
    text = """Hi Liam,

Your interview has been scheduled for the following job:

Job Requisition: R-20417 Regional Clinical Services Lead, APAC
Interview: Talent Acquisition Screen
Date: Thursday, 15 October 2026
Time: 9:00 AM - 9:30 AM (GMT+08:00) Singapore Standard Time
Interviewer: Wei Ling Chua
Location: Microsoft Teams (details to follow from the interviewer)

You can review your interview details at any time in the Candidate Home section of our careers site.

This is a system-generated message from Meridia Care. Please do not reply to this email.
"""
    m1 = eml("11-01", frm=addr("Meridia Care Careers", "meridiacare@myworkday.com"), to=OWNER, date=s1,
             subject="Interview Scheduled: Regional Clinical Services Lead, APAC (R-20417)",
             body=alt("11-01", text), msgid=f"<{h('wd|11', 20)}.JavaMail.wdprod@wd5-prod-ssv.myworkday.com>",
             host="wd5-smtp-out11.myworkday.com", return_path="bounce@myworkday.com")
    body = """Hi Liam,

Looking forward to our chat on Thursday. Just a note that this is 9am Singapore time, which is 12 noon in Sydney.

I'll walk you through how the regional office is set up (we support rehab and aged care sites in Singapore, Malaysia and Australia) and ask a few questions about your background and what you're looking for.

Best regards,
Wei Ling"""
    m2 = outlook_invite("11-02", sent=s2, organizer=WEILING, required=[(OWNER_NAME, OWNER)],
                        summary="Meridia Care | Regional Clinical Services Lead, APAC - TA screen (Liam O'Brien)",
                        start=start, end=end, wintz="Singapore Standard Time", location="Microsoft Teams Meeting",
                        body_text=body, uid_tag="11-screen", msgid_prefix="SI2PR06MB",
                        host="mail-sgaapc01on2102.outbound.protection.outlook.com")
    case("b319-11-meridia-workday-teams-singapore",
         [("01-workday-interview-scheduled.eml", m1), ("02-teams-invite-ta-screen.eml", m2)],
         lab([iv(MER, MER_ROLE, start, end, "scheduled", [WEILING[1]], [WEILING[1]], "phone_screen")],
             "medium", "positive/workday-teams-dedupe",
             "Workday 'Interview Scheduled' (GMT+08:00) plus Teams invite (TZID 'Singapore Standard Time', "
             "'(UTC+08:00) Kuala Lumpur, Singapore') for one TA screen; the recruiter conducts it."),
         "11: Singapore +08:00 via Windows TZID 'Singapore Standard Time'; 9am SGT = noon AEDT.")


def c12():
    sent = at("SIN", 2026, 10, 22, 17, 45, "Thu", "+08:00", 2)
    start = at("SIN", 2026, 10, 28, 13, 0, "Wed", "+08:00")
    end = start + timedelta(minutes=45)
    assert start.astimezone(TZ["SYD"]).hour == 16
    daniel = ("Daniel Tan", "daniel.tan@meridiacare.example")
    zoom = f"https://meridiacare.zoom.us/j/{hnum('zm|12', 11)}?pwd={h('zp|12', 22)}"
    text = f"""Hi Liam,

Thank you for your time last week. I'm pleased to let you know that Daniel Tan, our Regional Director - Clinical Services, would like to meet you for the next round.

I've booked it in for Wednesday 28 October at 4.00pm Sydney time (1.00pm here in Singapore). It will run for 45 minutes on Zoom:
{zoom}
Meeting ID: {hnum('zm|12', 11)}

Daniel is keen to hear how you'd approach standardising rehab pathways across sites in three countries, so a couple of concrete examples from your current role would be great. I've copied Daniel here for visibility.

Best regards,
Wei Ling

Wei Ling Chua
Talent Acquisition Lead, APAC
Meridia Care Asia Pacific Pte Ltd
1 Marina Boulevard, #21-05, Singapore 018989
"""
    m = eml("12-01", frm=addr(*WEILING), to=addr(OWNER_NAME, OWNER), cc=addr(*daniel), date=sent,
            subject="Next round - interview with Daniel Tan (Regional Director, Clinical Services)",
            body=alt("12-01", text, html_cte="base64", text_cte="quoted-printable"),
            msgid=outlook_id("12-01", "SI2PR06MB"), host="mail-sgaapc01on2102.outbound.protection.outlook.com",
            extra=[("Thread-Topic", "Next round - interview with Daniel Tan (Regional Director, Clinical Services)"),
                   ("Thread-Index", thread_index("12-01")), ("Content-Language", "en-GB")])
    case("b319-12-meridia-regional-director-zoom-body-only", [("01-weiling-next-round.eml", m)],
         lab([iv(MER, MER_ROLE, start, end, "scheduled", [daniel[1]], [daniel[1]], "hiring_manager")],
             "medium", "positive/email-body-only",
             "Body-only booking: '4.00pm Sydney time (1.00pm here in Singapore)', 45 minutes, Zoom. Regional "
             "Director is Cc'd and is the interviewer. 16:00+11:00 == 13:00+08:00."),
         "12: body gives 4.00pm Sydney (AEDT +11:00) = 1.00pm Singapore (+08:00); label in +08:00 (same instant).")


GL = "Greenleaf Pharmacy & Health"
GL_ROLE = "Health Services Manager - NSW Retail Clinics"


def c13():
    sent = at("SYD", 2026, 10, 14, 9, 26, "Wed", "+11:00", 33)
    start = at("SYD", 2026, 10, 19, 11, 0, "Mon", "+11:00")
    end = start + timedelta(minutes=30)
    assert start.astimezone(UTC).strftime("%d %H:%M") == "19 00:00"
    bianca = ("Bianca Russo", "bianca.russo@greenleafhealth.example")
    text = """Hi Liam,

Thanks for booking a time. Here are the details of your phone interview for Health Services Manager - NSW Retail Clinics at Greenleaf Pharmacy & Health.

Monday, October 19, 2026
11:00 AM - 11:30 AM (GMT+11:00) Australia/Sydney
Phone interview with Bianca Russo, Talent Acquisition Specialist

Bianca will call you on +61 412 558 903 at the scheduled time.

Message from Bianca:
Hi Liam, thanks for grabbing a spot! I'll keep it fairly relaxed - a bit about your background, why retail health appeals, and what you'd need to make the move. The role looks after our in-store physio and health check clinics across 38 stores in NSW and the ACT. Speak Monday, Bianca

A calendar invitation is attached. If you can no longer make this time, use the link in your candidate portal to pick a new slot.

Powered by SmartRecruiters
"""
    cal = ats_ics("-//SmartRecruiters//Interview Scheduler//EN", f"{h('sr|13', 32)}@smartrecruiters.com",
                  sent, start, end, "Phone interview - Health Services Manager - NSW Retail Clinics (Greenleaf)",
                  bianca, [bianca, (OWNER_NAME, OWNER)],
                  "Phone interview with Bianca Russo. Bianca will call you on +61 412 558 903.", "Phone call")
    body = multi("mixed", "13-01", alt("13-01a", text),
                 leaf("text/calendar", cal, "base64", params='charset="UTF-8"; method=REQUEST; name="invite.ics"',
                      extra=['Content-Disposition: attachment; filename="invite.ics"']))
    m = eml("13-01", frm=addr("Greenleaf Pharmacy & Health", "noreply@smartrecruiters.com"),
            to=addr(OWNER_NAME, OWNER), reply_to=addr(*bianca), date=sent,
            subject="Your phone interview with Greenleaf Pharmacy & Health is confirmed", body=body,
            msgid=f"<{h('smr|13', 26)}@smartrecruiters.com>", host="mail-out7.smartrecruiters.com",
            return_path=f"bounce-{h('srb|13', 14)}@smartrecruiters.com")
    case("b319-13-greenleaf-retail-smartrecruiters-phone",
         [("01-smartrecruiters-phone-interview-confirmed.eml", m)],
         lab([iv(GL, GL_ROLE, start, end, "scheduled", [bianca[1]], [bianca[1]], "phone_screen")],
             "easy", "positive/ats-email-with-ics",
             "SmartRecruiters self-scheduled phone interview with .ics (UTC times: 20261019T000000Z = 11am AEDT). "
             "The recruiter calls and is the interviewer."),
         "13: .ics in UTC (00:00Z Mon 19 Oct) = 11:00 AEDT (+11:00).")


# =========================================================================== NEGATIVE CASES
def c14():
    sent = at("SYD", 2026, 10, 6, 10, 15, "Tue", "+11:00", 48)
    start = at("SYD", 2026, 10, 24, 9, 0, "Sat", "+11:00")
    end = at("SYD", 2026, 10, 24, 13, 0, "Sat", "+11:00")
    order = f"AHLC-{hnum('ord|14', 6)}"
    text = f"""Hi Liam,

You're booked in - thanks for registering!

Recruiting Well: behavioural interviewing for new allied health managers
Saturday 24 October 2026, 9.00am - 1.00pm (AEDT)
Level 3, 60 Harrington Street, The Rocks NSW 2000

What to expect
Our facilitator, Dr Claire Whitfield (former Director of Allied Health and now an independent workforce consultant), will take you through writing questions that genuinely test the selection criteria, running a fair panel and scoring candidates consistently. In the second half you'll rotate through mock panel interviews in small groups - sometimes on the panel, sometimes in the candidate's chair - so come ready to play both roles.

CPD: 4 hours. A certificate of attendance will be emailed to you after the session for your CPD log.
Morning tea is provided. Please reply to this email with any dietary requirements.

Ticket: Member - $245.00 (incl. GST)
Order: {order}

We've attached a calendar file so you can pop it straight into your diary.

See you there,
The AHLC Events Team
Allied Health Leadership Collective
"""
    org = ("AHLC Events", "events@ahlc.example")
    cal = ats_ics("-//Allied Health Leadership Collective//Events//EN", f"{order}-{h('u|14', 10)}@ahlc.example",
                  sent, start, end, "AHLC CPD workshop: Recruiting Well - behavioural interviewing", org,
                  [(OWNER_NAME, OWNER)], f"Order {order}. 4 CPD hours. Bring a pen - lots of role plays.",
                  "Level 3, 60 Harrington Street, The Rocks NSW 2000", vtz=VTZ_SYDNEY, method="PUBLISH")
    body = multi("mixed", "14-01", alt("14-01a", text),
                 leaf("text/calendar", cal, "base64", params='charset="UTF-8"; method=PUBLISH; name="recruiting-well.ics"',
                      extra=['Content-Disposition: attachment; filename="recruiting-well.ics"']))
    m = eml("14-01", frm=addr("Allied Health Leadership Collective", org[1]), to=addr(OWNER_NAME, OWNER), date=sent,
            subject="Booking confirmed: Recruiting Well - behavioural interviewing for new allied health managers",
            body=body, msgid=f"<{h('m|14', 24)}@ahlc.example>", host="mail.ahlc.example")
    case("b319-14-cpd-workshop-behavioural-interviewing", [("01-ahlc-booking-confirmed.eml", m)],
         lab([], "medium", "negative/cpd-workshop",
             "CPD workshop on behavioural interviewing with mock panel interviews and a calendar file; the owner "
             "is a workshop attendee, not a candidate."))


def c15():
    sent = at("MEL", 2026, 10, 1, 10, 30, "Thu", "+10:00", 11)
    d1s = at("MEL", 2026, 11, 10, 8, 30, "Tue", "+11:00")
    d1e = at("MEL", 2026, 11, 10, 17, 30, "Tue", "+11:00")
    conf = f"HMLS26-{hnum('conf|15', 5)}"
    text = f"""Dear Liam,

Thank you for registering for the Health Management Leaders Summit 2026. Your two-day delegate pass is confirmed.

Dates: Tuesday 10 - Wednesday 11 November 2026
Venue: Southbank Convention Centre, 1 Riverside Quay, Southbank VIC 3006
Registration type: Early bird - Emerging Leader
Confirmation number: {conf}

Programme highlights
- Opening keynote: "Funding the next decade of allied health"
- In conversation: a live interview with the Chief Executive of a metropolitan health service on leading through workforce shortages
- Breakout streams on clinical governance, rostering and digital health
- Career Clinic: book a 20-minute CV review or practice interview with our executive search partners at the registration desk (places are limited)

Registration opens at 7.45am on Day 1. Please bring photo ID to collect your lanyard.

A calendar file for Day 1 is available from your delegate portal.

Warm regards,
Summit Registrations Team
Health Management Leaders Summit 2026
"""
    m = eml("15-01", frm=addr("HMLS 2026 Registrations", "registrations@hmls2026.example"), to=OWNER, date=sent,
            subject="Your registration is confirmed - Health Management Leaders Summit 2026",
            body=alt("15-01", text), msgid=f"<{h('m|15', 24)}@hmls2026.example>", host="mailer.hmls2026.example")
    cal = ats_ics("-//HMLS 2026//Delegate Portal//EN", f"{conf}-day1@hmls2026.example", sent, d1s, d1e,
                  "Health Management Leaders Summit 2026 - Day 1",
                  ("HMLS 2026 Registrations", "registrations@hmls2026.example"), [(OWNER_NAME, OWNER)],
                  "Day 1 of the summit. Keynote 9.00am, In conversation session 11.15am, Career Clinic open 12-2pm.",
                  "Southbank Convention Centre, 1 Riverside Quay, Southbank VIC 3006", vtz=VTZ_MELB, method="PUBLISH")
    case("b319-15-health-management-summit-conference",
         [("01-hmls-registration-confirmed.eml", m), ("02-hmls2026-day1.ics", cal.encode("utf-8"))],
         lab([], "medium", "negative/conference",
             "Conference registration and a standalone Day 1 .ics; mentions a 'live interview' session and "
             "'practice interview' clinic, none of which is a job interview for the owner."),
         "15: Date Thu 1 Oct 2026 +1000 (before the 4 Oct DST start); Day 1 on 10 Nov is AEDT +11:00 in Melbourne.")


def c16():
    sent = at("MEL", 2026, 11, 2, 7, 0, "Mon", "+11:00", 12)
    text = """Dear Mr O'Brien,

Registration number: PHY0002718455
Profession: Physiotherapist
Registration type: General

Your registration with the Physiotherapy Board of Australia is due for renewal by 30 November 2026.

You can renew online now through your Ahpra portal account. When you renew, you will be asked to make declarations about your recency of practice, continuing professional development, professional indemnity insurance arrangements and criminal history.

If you do not renew by 30 November 2026, you can still apply within one month after that date, but a late payment fee will apply. If you do not renew within that month, your registration will lapse and your name will be removed from the national Register of practitioners.

Most online renewals are finalised within 24 hours, so there is no need to call us unless you have been asked to provide further information.

This is an automatically generated email. Please do not reply.

Australian Health Practitioner Regulation Agency
on behalf of the Physiotherapy Board of Australia
"""
    m = eml("16-01", frm=addr("Ahpra", "noreply@ahpra.example"), to=OWNER, date=sent,
            subject="Reminder: your registration renewal is due by 30 November 2026",
            body=leaf("text/plain", text, "7bit", params='charset="us-ascii"'),
            msgid=f"<{h('m|16', 24)}@ahpra.example>", host="smtp2.ahpra.example")
    case("b319-16-ahpra-registration-renewal", [("01-ahpra-renewal-reminder.eml", m)],
         lab([], "easy", "negative/government-reminder",
             "Registration renewal reminder from the national regulator; a deadline, no interview."))


def c17():
    sent = at("SYD", 2026, 10, 16, 15, 33, "Fri", "+11:00", 27)
    text = """Dear Liam,

Re: Physiotherapy Team Leader - Lismore Base (Job Ref NRH-2291)

Thank you for your interest in the Physiotherapy Team Leader position with Northern Rivers Health and for the time you put into addressing the selection criteria.

The selection panel has now completed shortlisting. Unfortunately, on this occasion your application has not been shortlisted for interview. Interviews will be held over the next fortnight with a small number of applicants whose experience most closely matched the requirements of the role.

We appreciate this news is disappointing. If you would like feedback on your application, please contact the recruitment team at recruitment@northernrivershealth.example.

We encourage you to keep an eye on our careers page and to set up a job alert for future opportunities.

Yours sincerely,

Recruitment Services
Northern Rivers Health
"""
    m = eml("17-01", frm=addr("Northern Rivers Health Careers", "noreply@pageuppeople.com"),
            to=addr(OWNER_NAME, OWNER), reply_to="recruitment@northernrivershealth.example", date=sent,
            subject="Outcome of your application - Physiotherapy Team Leader (NRH-2291)",
            body=alt("17-01", text, html_cte="base64"), msgid=f"<{h('pu|17', 24)}@pageuppeople.com>",
            host="smtp-out4.pageuppeople.com", return_path=f"bounce-{h('bpu|17', 10)}@pageuppeople.com")
    case("b319-17-northern-rivers-rejection", [("01-pageup-outcome-of-application.eml", m)],
         lab([], "easy", "negative/rejection",
             "PageUp rejection at shortlisting that mentions interviews being held for other applicants."))


def c18():
    sent = at("PER", 2026, 11, 13, 15, 10, "Fri", "+08:00", 45)
    call = at("PER", 2026, 11, 16, 10, 0, "Mon", "+08:00")
    assert call.astimezone(TZ["SYD"]).hour == 13
    text = """Hi Liam,

Congratulations! Swan River Rehab Group has sent you an employment offer.

Position: Clinical Operations Manager
Employment type: Full-time, permanent
Proposed start date: Monday 18 January 2027
Location: East Perth WA (head office), with regular travel to our South West clinics

Please review and sign your offer in Employment Hero before Friday 20 November 2026.

Message from Tahnee:
"Liam - Fiona and I were thrilled after Thursday and we'd love to have you on board. I'll give you a ring on Monday at 10am Perth time (1pm yours) to walk you through the package and the relocation support, and to answer any questions before you sign. Tahnee"

Employment Hero Pty Ltd - sent on behalf of Swan River Rehab Group
"""
    m = eml("18-01", frm=addr("Swan River Rehab Group via Employment Hero", "no-reply@employmenthero.com"),
            to=addr(OWNER_NAME, OWNER), reply_to=addr(*TAHNEE), date=sent,
            subject="Your offer from Swan River Rehab Group", body=alt("18-01", text),
            msgid=f"<{h('ehm|18', 28)}@employmenthero.com>", host="o12.email.employmenthero.com",
            return_path=f"bounces+{hnum('ehb|18', 7)}@email.employmenthero.com")
    case("b319-18-swanriver-offer-with-call", [("01-employmenthero-offer.eml", m)],
         lab([], "hard", "negative/offer",
             "Offer via Employment Hero; the promised Monday 10am AWST call is an offer walkthrough, not an "
             "interview."),
         "18: offer call 'Monday at 10am Perth time (1pm yours)' = 16 Nov 10:00 +08:00 (not an interview).")


def c19():
    s1 = at("SYD", 2026, 10, 18, 19, 2, "Sun", "+11:00", 33)
    s2 = at("SYD", 2026, 10, 19, 16, 2, "Mon", "+11:00", 14)
    start = at("SYD", 2026, 10, 22, 15, 0, "Thu", "+11:00")
    end = at("SYD", 2026, 10, 22, 15, 20, "Thu", "+11:00")
    priya = ("Priya Raman", "priya.raman.physio@mailbox.example")
    nathan = ("Nathan Briggs", "nathan.briggs@harbourcityphysio.example")
    t1 = """Hi Liam,

Hope you're well and the new grads aren't running you ragged!

Quick heads up - I had my interview with Harbour City Physio on Friday for the senior role at their Mosman clinic and it went really well. They've asked for referees, so I've put you down as my clinical referee (hope that's still OK - you said it would be back in August). Their practice principal, Nathan Briggs, will probably be in touch this week to set up a call.

Thanks so much, I owe you a coffee.

Priya"""
    m1 = eml("19-01", frm=addr(*priya), to=addr(OWNER_NAME, OWNER), date=s1,
             subject="Heads up - reference check", body=leaf("text/plain", t1, "quoted-printable"),
             msgid=gmail_id("19-01"), host="mail.mailbox.example")
    desc = """Hi Liam,

Thanks for agreeing to be a referee for Priya Raman, who has applied for our Senior Physiotherapist position at the Mosman clinic. This is a short phone reference check - I'll call you on the number Priya gave us. I'll ask about her clinical reasoning, how she works with the rest of the team, and her reliability.

Cheers,
Nathan Briggs
Practice Principal, Harbour City Physio Group"""
    m2 = google_invite("19-02", sent=s2, organizer=nathan, guests=[nathan, (OWNER, OWNER)],
                       summary="Reference check - Priya Raman (Senior Physiotherapist)", start=start, end=end,
                       tz_label="Australian Eastern Time - Sydney", tz_abbr="AEDT", description=desc,
                       uid_tag="19-ref")
    case("b319-19-reference-check-call-for-colleague",
         [("01-priya-heads-up.eml", m1), ("02-google-invitation-reference-check.eml", m2)],
         lab([], "hard", "negative/reference-check",
             "Google invite for a reference-check call in which the owner is the referee for a former colleague; "
             "the colleague's own interview is mentioned but it is not the owner's."),
         "19: Google invite DTSTART 20261022T040000Z = 3pm AEDT (+11:00); not an interview.")


def c20():
    sent = at("UTC", 2026, 10, 20, 8, 42, "Tue", "+00:00", 10)
    ev = at("SYD", 2026, 10, 27, 12, 30, "Tue", "+11:00")
    uuid = h("cal|20", 16).upper()
    text = f"""Hi Liam O'Brien,

A new event has been scheduled.

Event Type:
Graduate Physiotherapist Interview

Invitee:
Jess Nguyen

Invitee Email:
jess.nguyen.physio@mailbox.example

Event Date/Time:
12:30pm - 01:00pm (Australian Eastern Daylight Time) on Tuesday, 27 October 2026

Location:
Bondi Junction Sports Physio, Level 1, 214 Oxford Street, Bondi Junction NSW 2022

Invitee Time Zone:
Australian Eastern Time

Questions:
Anything you'd like us to know before we meet?
I'm finishing my final placement at a hospital in Westmead, so I'm free from 12 most days. Looking forward to meeting you!

View event in Calendly: https://calendly.com/events/{uuid}/

Pro Tip! Take Calendly anywhere you go with the Calendly mobile app.

Sent from Calendly
"""
    assert ev.strftime("%A, %d %B %Y") == "Tuesday, 27 October 2026"
    m = eml("20-01", frm=addr("Calendly", "notifications@calendly.com"), to=OWNER, date=sent,
            subject="New Event: Jess Nguyen - 12:30pm Tue, 27 Oct 2026 - Graduate Physiotherapist Interview",
            body=alt("20-01", text, html_cte="quoted-printable"), reply_to=addr("Jess Nguyen", "jess.nguyen.physio@mailbox.example"),
            msgid=f"<{h('cm|20', 24)}@calendly.com>", host="o1.email.calendly.com",
            return_path=f"bounces+{hnum('cb|20', 8)}@email.calendly.com")
    case("b319-20-liam-interviews-graduate-calendly", [("01-calendly-new-event.eml", m)],
         lab([], "medium", "negative/user-is-interviewer",
             "Calendly host notification: a graduate books an interview with the owner, who is the interviewer."))


def c21():
    sent = at("UTC", 2026, 10, 17, 3, 14, "Sat", "+00:00", 27)
    text = """Dear Liam O'brien,

We came across your resume on SEEK and are pleased to inform you that you have been shortlisted for the position of Remote Health Operations Manager with our client, a leading Australian healthcare company.

Position: Remote Health Operations Manager (Part-time/Full-time)
Pay rate: AUD $68 per hour
Training: Paid, 100% online

Your interview will be conducted online via Telegram text chat with our Hiring Manager, Mr. David Wilson, on Monday by 10:00am. Please download the Telegram app and add @AHTS_DWilson_HR, then send him the code AHTS-90213 to begin your interview.

Kindly note that after the interview successful candidates will receive a cheque to purchase home-office equipment from our approved vendor, so please have your banking details ready.

Please confirm your availability by replying to this email as soon as possible as spots are limited.

Regards,
HR Recruitment Department
Australian Health Talent Solutions
"""
    m = eml("21-01", frm=addr("Australian Health Talent Solutions", "ahts.hiringteam@freemail.example"),
            to=OWNER, reply_to=addr("David Wilson", "d.wilson.ahts@freemail.example"), date=sent,
            subject="Interview Invitation - Remote Health Operations Manager (AUD $68/hr, work from home)",
            body=leaf("text/plain", text, "7bit", params='charset="us-ascii"'),
            msgid=f"<{h('m|21', 22)}@freemail.example>", host="smtp.freemail.example")
    case("b319-21-recruiter-scam-telegram", [("01-scam-interview-invitation.eml", m)],
         lab([], "medium", "negative/scam",
             "Recruiter scam: Telegram text-chat 'interview', cheque for equipment, free-mail addresses."))


def c22():
    sent = at("SYD", 2026, 10, 20, 9, 0, "Tue", "+11:00", 4)
    due = at("SYD", 2026, 10, 25, 23, 59, "Sun", "+11:00")
    text = f"""Hi Liam,

Thanks for applying for the Wellbeing & Injury Management Lead role at our Store Support Centre in Homebush.

We'd like to learn a bit more about you, so the next step is a short on-demand video interview. You'll be asked five questions and will have up to three minutes to record each answer, with a practice question first. Nobody will be on the call with you - you can record it whenever suits, from any device with a camera.

Please complete your video interview by 11:59pm AEDT on {due:%A} {due.day} {due:%B} {due.year}.

Start your video interview: https://banksiaretail.wd3.myworkday.com/banksia/d/task/{h('wdt|22', 12)}.htmld

Tips: find a quiet spot with good lighting, check your internet connection, and have a glass of water handy.

If you have any questions, contact our Talent team at talent@banksiaretail.example.

Good luck!
Banksia Retail Group Talent Acquisition
"""
    m = eml("22-01", frm=addr("Banksia Retail Group Careers", "banksiaretail@myworkday.com"), to=OWNER, date=sent,
            subject="Action required: complete your video interview - Wellbeing & Injury Management Lead",
            body=alt("22-01", text), msgid=f"<{h('wd|22', 20)}.JavaMail.wdprod@wd3-prod-ssv.myworkday.com>",
            host="wd3-smtp-out04.myworkday.com", return_path="bounce@myworkday.com")
    case("b319-22-banksia-retail-one-way-video", [("01-workday-on-demand-video-interview.eml", m)],
         lab([], "medium", "negative/one-way-video",
             "Retail employer's on-demand (one-way) video interview with a deadline; no live conversation."))


def c23():
    sent = at("SYD", 2026, 10, 7, 6, 31, "Wed", "+11:00", 2)
    text = """Hi Liam,

Here are the latest jobs matching your saved search: allied health manager in All Sydney NSW.

Allied Health Manager
Kurri Valley Private Hospital - Westmead NSW
$140,000 - $155,000 + super
Lead a multidisciplinary team of 30 clinicians. Interviews will be held the week of 19 October.
Listed 1d ago

Physiotherapy Department Head
Harbourview Rehabilitation - Ryde NSW
Immediate interviews available for the right candidate.
Listed 2d ago

Clinic Manager - Physiotherapy
MoveWell Physio Group - Parramatta NSW
Salary package + car allowance
Listed 3d ago

Operations Manager, Community Health
Inner West Community Health Network - Marrickville NSW
Listed 4d ago

View all 12 jobs: https://www.seek.com.au/allied-health-manager-jobs/in-All-Sydney-NSW

You're receiving this email because you created a saved search on SEEK. Manage or unsubscribe from your saved searches in your SEEK profile.
"""
    m = eml("23-01", frm=addr("SEEK", "noreply@s.seek.com.au"), to=OWNER, date=sent,
            subject="12 new jobs for allied health manager in All Sydney NSW", body=alt("23-01", text),
            msgid=f"<{h('sk|23', 24)}@s.seek.com.au>", host="mta-05.s.seek.com.au",
            return_path=f"bounce-{h('skb|23', 10)}@s.seek.com.au")
    case("b319-23-seek-job-alert", [("01-seek-saved-search-alert.eml", m)],
         lab([], "easy", "negative/job-alert", "SEEK saved-search alert; job ads mention interviews."))


# =========================================================================== output
BUILDERS = [c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13,
            c14, c15, c16, c17, c18, c19, c20, c21, c22, c23]


def readme(labels):
    pos = [k for k, v in labels.items() if v["interview"]]
    neg = [k for k, v in labels.items() if not v["interview"]]
    ivs = [i for v in labels.values() for i in v["interviews"]]
    by_status, by_kind = {}, {}
    for i in ivs:
        by_status[i["status"]] = by_status.get(i["status"], 0) + 1
        by_kind[i["kind"]] = by_kind.get(i["kind"], 0) + 1
    fmt = lambda d: ", ".join(f"{k} {v}" for k, v in sorted(d.items()))
    tz_lines = "\n".join(f"- {note}" for _, _, _, note in CASES if note)
    return f"""# blind319: Sydney physio moving into health management, AU/NZ/SG time zones (written blind)

Mailbox owner: Liam O'Brien <{OWNER}>, a physiotherapist in Sydney (Australia/Sydney; AEDT +11:00 since
4 Oct 2026) moving into health management.

This set was written blind: only the eval README (schema and labelling rules) and three dev files (one .eml,
one .gcal.json and the dev labels.yaml) were read for format; no tool code, tests or other sets were consulted.

## What it stresses
- Australian English from hospitals, a Queensland health service, a university, a Perth rehab group, an
  Auckland employer, a Singapore regional office and retail health ("arvo", "2.30pm", "Tuesday 20 October").
- Time zones around the Australian DST switch: Sydney/Melbourne AEDT +11:00, Brisbane +10:00 (no DST),
  Perth and Singapore +08:00, Auckland NZDT +13:00; Windows TZIDs whose display label says UTC+10:00.
- Steps: phone screens, selection-criteria panels, a presentation, finals with directors; one reschedule
  (Outlook SEQUENCE 0 -> 1), one cancellation (METHOD:CANCEL), a case with two interviews, an on-campus loop
  sent as three invites, relative-date body-only booking, and a propose/confirm thread.
- Hard negatives: CPD workshop with mock panel interviews, conference with a "live interview" session,
  Ahpra renewal reminder, rejection, offer with a follow-up call, reference-check call (owner is referee),
  owner interviewing a graduate (Calendly), Telegram recruiter scam, one-way video interview, SEEK alert.

## Counts
- Cases: {len(labels)} ({len(pos)} positive, {len(neg)} negative)
- Labelled interviews: {len(ivs)} - by status: {fmt(by_status)}; by kind: {fmt(by_kind)}

## Formats used
- .eml: plain text (7bit / quoted-printable), HTML alternatives (quoted-printable and base64), human threads
  with In-Reply-To/References (Gmail- and Outlook-style quoting).
- Google Calendar invitations (multipart/mixed: text/plain, text/html, text/calendar;method=REQUEST,
  invite.ics) - cases 09, 19.
- Exchange/Teams invites (multipart/alternative with text/calendar; Windows TZIDs 'AUS Eastern Standard Time',
  'E. Australia Standard Time', 'Singapore Standard Time'; X-MICROSOFT-CDO-*; "(UTC+10:00) ..." labels) -
  cases 02, 03, 05, 08, 11.
- ATS mails: PageUp (02, 08, 17), Employment Hero with .ics (06, 18), SmartRecruiters with .ics (13),
  Workday (11, 22), LiveHire (09), Calendly (20); event booking with .ics (14).
- Standalone .ics (15) and a Calendar API event `.gcal.json` (10).

## Time-zone / DST points
{tz_lines}
"""


def main():
    check_dst_2026()
    CASES.clear()
    for b in BUILDERS:
        b()
    slugs = [c[0] for c in CASES]
    assert len(slugs) == len(set(slugs))
    for i, s in enumerate(slugs, 1):
        assert s.startswith(f"b319-{i:02d}-"), s
    for old in sorted(OUT.glob("b319-*")):
        shutil.rmtree(old)
    labels = {}
    for slug, items, label, _ in CASES:
        d = OUT / slug
        d.mkdir()
        for n, (fn, data) in enumerate(items, 1):
            assert fn.startswith(f"{n:02d}-"), fn
            (d / fn).write_bytes(data)
        labels[slug] = label
    head = "# Labels for blind319 (written blind). Schema: /work/shared/eval/README.md\n"
    (OUT / "labels.yaml").write_text(
        head + yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=100), encoding="utf-8")
    (OUT / "README.md").write_text(readme(labels), encoding="utf-8")
    print(f"wrote {len(CASES)} cases to {OUT}")


if __name__ == "__main__":
    main()
