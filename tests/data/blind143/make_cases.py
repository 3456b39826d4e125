#!/usr/bin/env python3
"""Regenerate the blind143 evaluation set (Cape Town hotel revenue manager, SAST / GMT-BST).

Deterministic: fixed dates, Message-IDs, MIME boundaries and UIDs, so every run writes the same
bytes.  Standard library + PyYAML only.  Run:  python make_cases.py
"""
import base64
import hashlib
import json
import os
import quopri
import re
import shutil
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr
from html import escape
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "b143-"

SAST = ZoneInfo("Africa/Johannesburg")
LON = ZoneInfo("Europe/London")
UTC = timezone.utc

OWNER = "liezl.jacobs@example.com"
OWNER_NAME = "Liezl Jacobs"
WORK = "liezl.jacobs@signalhillhotel.example"   # her current employer (auto-forwards to OWNER)

AF_DAYS = {"Monday": "Maandag", "Tuesday": "Dinsdag", "Wednesday": "Woensdag", "Thursday": "Donderdag",
           "Friday": "Vrydag", "Saturday": "Saterdag", "Sunday": "Sondag"}
AF_MONTHS = {3: "Maart", 4: "April", 5: "Mei"}


# ----------------------------------------------------------------------------------------- basics
def T(y, mo, d, h=0, mi=0, s=0, tz=SAST):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


def W(dt, name):
    """Assert the weekday we write in the text (English or Afrikaans) is right; return it."""
    en = dt.strftime("%A")
    assert name in (en, AF_DAYS[en]), (dt, name, en)
    return name


def H(seed, n=16, upper=False):
    x = hashlib.sha256(seed.encode()).hexdigest()
    while len(x) < n:
        x += hashlib.sha256(x.encode()).hexdigest()
    return x[:n].upper() if upper else x[:n]


def uuidish(seed):
    h = H(seed, 32)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def rfcdate(dt):
    return format_datetime(dt)


def hdr(s):
    """Encode a header value as RFC 2047 only when it is not ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8", maxlinelen=76).encode()


def addr(name, email):
    if name is None:
        return email
    try:
        name.encode("ascii")
        return formataddr((name, email))
    except UnicodeEncodeError:
        return formataddr((name, email), charset="utf-8")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def leaf(ctype, text, cte="quoted-printable", extra=()):
    if cte == "quoted-printable":
        body = qp(text)
    elif cte == "base64":
        body = b64(text)
    else:
        body = text
    return ([("Content-Type", ctype), ("Content-Transfer-Encoding", cte)] + list(extra), body)


def multi(subtype, boundary, parts):
    out = []
    for h, b in parts:
        out.append(f"--{boundary}\n" + "".join(f"{k}: {v}\n" for k, v in h) + "\n" + b.rstrip("\n") + "\n")
    out.append(f"--{boundary}--\n")
    return ([("Content-Type", f'multipart/{subtype}; boundary="{boundary}"')], "\n".join(out))


def message(headers, entity):
    h, b = entity
    lines = [(k, v) for k, v in headers if v is not None] + [("MIME-Version", "1.0")] + h
    return "".join(f"{k}: {v}\n" for k, v in lines) + "\n" + b


def received(host, ip, dt, seed):
    return ("from {h} ({h} [{ip}])\n        by mx1.example.com (Postfix) with ESMTPS id {i}\n"
            "        for <{o}>; {d}").format(h=host, ip=ip, i=H(seed, 10, True), o=OWNER,
                                              d=rfcdate(dt.astimezone(SAST)))


def to_html(text, font="Calibri, Arial, sans-serif", size="11pt"):
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        lines = p.split("\n")
        if all(l.startswith(">") for l in lines):
            inner = "<br>\n".join(escape(l.lstrip("> ").rstrip()) for l in lines)
            out.append(f'<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">{inner}</blockquote>')
        else:
            out.append("<p>" + "<br>\n".join(escape(l) for l in lines) + "</p>")
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            f'<body><div style="font-family:{font};font-size:{size}">\n' + "\n".join(out) + "\n</div></body></html>\n")


def alt(seed, text, html=None, cte_text="quoted-printable", font="Calibri, Arial, sans-serif"):
    if html is None:
        html = to_html(text, font)
    return multi("alternative", boundary(seed + "alt"), [
        leaf('text/plain; charset="UTF-8"', text, cte_text),
        leaf('text/html; charset="UTF-8"', html, "quoted-printable"),
    ])


def boundary(seed, style="google"):
    if style == "google":
        return "0000000000" + H(seed, 16)
    if style == "outlook":
        return "_000_" + H(seed, 24, True) + "prodoutlookcom_"
    return "----=_Part_" + str(int(H(seed, 8), 16)) + "_" + str(int(H(seed + "x", 8), 16)) + ".17" + str(int(H(seed + "y", 6), 16))


def gmail_id(seed):
    return "<CA" + base64.b64encode(hashlib.sha256(seed.encode()).digest()[:30]).decode().replace("/", "_").replace("+", "-") + "@mail.gmail.com>"


def outlook_id(seed, pod="AM9PR02"):
    return f"<{pod}MB{H(seed, 4, True)}{H(seed + 'a', 28, True)}@{pod}MB{H(seed, 4, True)}.eurprd02.prod.outlook.com>"


# ------------------------------------------------------------------------------------------- iCal
def fold(line):
    b = line.encode("utf-8")
    parts, first = [], True
    while len(b) > (75 if first else 74):
        cut = 75 if first else 74
        while (b[cut] & 0xC0) == 0x80:
            cut -= 1
        parts.append(b[:cut].decode("utf-8"))
        b = b[cut:]
        first = False
    parts.append(b.decode("utf-8"))
    return "\r\n ".join(parts)


def ics(lines):
    return "\r\n".join(fold(l) for l in lines) + "\r\n"


def esc(text):
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def loc(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


def z(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


VTZ_WIN_SAST = ["BEGIN:VTIMEZONE", "TZID:South Africa Standard Time", "BEGIN:STANDARD", "DTSTART:16010101T000000",
                "TZOFFSETFROM:+0200", "TZOFFSETTO:+0200", "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T000000",
                "TZOFFSETFROM:+0200", "TZOFFSETTO:+0200", "END:DAYLIGHT", "END:VTIMEZONE"]
VTZ_WIN_GMT = ["BEGIN:VTIMEZONE", "TZID:GMT Standard Time", "BEGIN:STANDARD", "DTSTART:16010101T020000",
               "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10",
               "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T010000", "TZOFFSETFROM:+0000",
               "TZOFFSETTO:+0100", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT",
               "END:VTIMEZONE"]
VTZ_OLSON_SAST = ["BEGIN:VTIMEZONE", "TZID:Africa/Johannesburg", "X-LIC-LOCATION:Africa/Johannesburg",
                  "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0200", "TZNAME:SAST",
                  "DTSTART:19700101T000000", "END:STANDARD", "END:VTIMEZONE"]
VTZ_OLSON_LON = ["BEGIN:VTIMEZONE", "TZID:Europe/London", "X-LIC-LOCATION:Europe/London", "BEGIN:DAYLIGHT",
                 "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100", "TZNAME:BST", "DTSTART:19700329T010000",
                 "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT", "BEGIN:STANDARD",
                 "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "TZNAME:GMT", "DTSTART:19701025T020000",
                 "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD", "END:VTIMEZONE"]


def ms_attendee(name, email, role="REQ-PARTICIPANT", partstat="NEEDS-ACTION"):
    return f"ATTENDEE;ROLE={role};PARTSTAT={partstat};RSVP=TRUE;CN={name}:mailto:{email}"


def g_attendee(name, email, partstat="NEEDS-ACTION", role="REQ-PARTICIPANT"):
    return (f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP=TRUE;CN={name or email};"
            f"X-NUM-GUESTS=0:mailto:{email}")


def teams_block(seed, dial_city="South Africa, Cape Town", dial="+27 21 427 1130"):
    mid = " ".join([str(int(H(seed, 6), 16) % 900 + 100), str(int(H(seed + "b", 6), 16) % 900 + 100),
                    str(int(H(seed + "c", 6), 16) % 900 + 100), str(int(H(seed + "d", 6), 16) % 900 + 100)])
    conf = str(int(H(seed + "e", 8), 16) % 900000000 + 100000000)
    thread = base64.b64encode(hashlib.sha256(seed.encode()).digest()).decode()[:40].replace("/", "x").replace("+", "Q")
    url = f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{thread}%40thread.v2/0?context=%7b%22Tid%22%3a%22{uuidish(seed + 't')}%22%2c%22Oid%22%3a%22{uuidish(seed + 'o')}%22%7d"
    text = ("________________________________________________________________________________\n"
            "Microsoft Teams Need help?<https://aka.ms/JoinTeamsMeeting?omkt=en-GB>\n"
            f"Join the meeting now<{url}>\n"
            f"Meeting ID: {mid}\n"
            f"Passcode: {H(seed + 'p', 6)}\n"
            "________________________________\n"
            "Dial in by phone\n"
            f"{dial},,{conf}# {dial_city}\n"
            f"Find a local number<https://dialin.teams.microsoft.com/{uuidish(seed + 'f')}?id={conf}>\n"
            f"Phone conference ID: {conf[:3]} {conf[3:6]} {conf[6:]}#\n"
            f"For organisers: Meeting options<https://teams.microsoft.com/meetingOptions/?organizerId={uuidish(seed + 'o')}&tenantId={uuidish(seed + 't')}&threadId=19_meeting_{thread}@thread.v2&messageId=0&language=en-GB>\n"
            "________________________________________________________________________________\n")
    return text, url


def zoom_block(seed, host_name, topic):
    mid = str(int(H(seed, 10), 16) % 90000000000 + 10000000000)
    pwd = H(seed + "pwd", 6).translate(str.maketrans("abcdef", "472913"))
    url = f"https://us06web.zoom.us/j/{mid}?pwd={base64.urlsafe_b64encode(hashlib.sha256(seed.encode()).digest()[:24]).decode().rstrip('=')}.1"
    spaced = f"{mid[:3]} {mid[3:7]} {mid[7:]}"
    text = (f"{host_name} is inviting you to a scheduled Zoom meeting.\n\n"
            f"Topic: {topic}\n\n"
            f"Join Zoom Meeting\n{url}\n\n"
            f"Meeting ID: {spaced}\nPasscode: {pwd}\n\n---\n\n"
            f"One tap mobile\n+27873217447,,{mid}#,,,,*{pwd}# South Africa\n+27875513950,,{mid}#,,,,*{pwd}# South Africa\n\n"
            f"---\n\nDial by your location\n• +27 87 321 7447 South Africa\n• +44 203 481 5240 United Kingdom\n\n"
            f"Meeting ID: {spaced}\nPasscode: {pwd}\n\n"
            f"Find your local number: https://us06web.zoom.us/u/kd{H(seed + 'u', 8)}\n")
    return text, url, mid


# ---------------------------------------------------------------------------- vendor-style builders
def gtime(dt):
    h = dt.hour % 12 or 12
    suf = "am" if dt.hour < 12 else "pm"
    return f"{h}{suf}" if dt.minute == 0 else f"{h}:{dt.minute:02d}{suf}"


def google_invite(*, seed, organizer, guests, summary, start, end, tzabbr, tzlong, description, sent,
                  to=OWNER, sequence=0, method="REQUEST", prefix="Invitation", forwarded_from=None,
                  meet=True, location=""):
    """Google Calendar invitation e-mail (multipart/mixed: alternative[plain b64, html qp, calendar b64] + invite.ics)."""
    oname, oemail = organizer
    uidstem = H(seed + "uid", 26).translate(str.maketrans("0123456789", "ghijklmnop"))
    uid = f"{uidstem}@google.com"
    eid = base64.urlsafe_b64encode(f"{uidstem} {to}".encode()).decode().rstrip("=")
    code = "-".join([H(seed + "m1", 3).translate(str.maketrans("0123456789", "qrstuvwxyz")),
                     H(seed + "m2", 4).translate(str.maketrans("0123456789", "qrstuvwxyz")),
                     H(seed + "m3", 3).translate(str.maketrans("0123456789", "qrstuvwxyz"))])
    pin = str(int(H(seed + "pin", 8), 16) % 900000000 + 100000000)
    when_subj = f"{start.strftime('%a %b')} {start.day}, {start.year} {gtime(start)} - {gtime(end)} ({tzabbr})"
    subject = f"{prefix}: {summary} @ {when_subj} ({to})"
    view = f"https://calendar.google.com/calendar/event?action=VIEW&eid={eid}"
    guest_lines = []
    for name, email, *_ in guests:
        guest_lines.append(f"{name} - organiser" if email == oemail else name or email)
        if name:
            guest_lines.append(email)
    meet_txt = (f"Join with Google Meet\nhttps://meet.google.com/{code}\n\nJoin by phone\n(ZA) +27 10 823 0411\n"
                f"PIN: {pin[:3]} {pin[3:6]} {pin[6:]}#\n\nMore phone numbers\nhttps://tel.meet/{code}?pin={pin}3\n\n") if meet else ""
    plain = (f"{summary}\n{start.strftime('%A %b')} {start.day}, {start.year} ⋅ {gtime(start)} – {gtime(end)}\n{tzlong}\n\n"
             + (f"Location\n{location}\nView map https://www.google.com/maps/search/{location.replace(' ', '+').replace(',', '%2C')}\n\n" if location else "")
             + meet_txt +
             f"Organiser\n{oname}\n{oemail}\n\nGuests\n" + "\n".join(guest_lines) +
             f"\nView all guest info {view}\n\n{description}\n\n"
             f"Reply for {to} and view more details {view}\n\n"
             "~~//~~\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
             "You are receiving this email because you are an attendee on the event.\n\n"
             "Forwarding this invitation could allow any recipient to send a response to the organiser, be added to "
             "the guest list, invite others regardless of their own invitation status or modify your RSVP. "
             "Learn more https://support.google.com/calendar/answer/37135#forwarding\n")
    html = to_html(plain, font="Roboto, Helvetica, Arial, sans-serif", size="14px")
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
             "CALSCALE:GREGORIAN", f"METHOD:{method}", "BEGIN:VEVENT", f"DTSTART:{z(start)}", f"DTEND:{z(end)}",
             f"DTSTAMP:{z(sent)}", f"ORGANIZER;CN={oname}:mailto:{oemail}", f"UID:{uid}"]
    for name, email, *rest in guests:
        partstat = rest[0] if rest else ("ACCEPTED" if email == oemail else "NEEDS-ACTION")
        role = rest[1] if len(rest) > 1 else "REQ-PARTICIPANT"
        lines.append(g_attendee(name, email, partstat, role))
    if meet:
        lines.append(f"X-GOOGLE-CONFERENCE:https://meet.google.com/{code}")
    created = sent - timedelta(minutes=3)
    lines += [f"CREATED:{z(created)}",
              "DESCRIPTION:" + esc(description + ("\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
                                                  f"Join with Google Meet: https://meet.google.com/{code}\n\nLearn more about Meet at: https://support.google.com/a/users/answer/9282720\n\n"
                                                  "Please do not edit this section.\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-" if meet else "")),
              f"LAST-MODIFIED:{z(sent)}", "LOCATION:" + esc(location), f"SEQUENCE:{sequence}",
              "STATUS:CANCELLED" if method == "CANCEL" else "STATUS:CONFIRMED", f"SUMMARY:{esc(summary)}",
              "TRANSP:OPAQUE", "BEGIN:VALARM", "ACTION:EMAIL", "DESCRIPTION:This is an event reminder",
              "SUMMARY:Alarm notification", "ATTENDEE:mailto:" + to, "TRIGGER:-P0DT0H30M0S", "END:VALARM",
              "END:VEVENT", "END:VCALENDAR"]
    cal = ics(lines)
    inner = multi("alternative", boundary(seed + "inner"), [
        leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', plain, "base64"),
        leaf('text/html; charset="UTF-8"', html, "quoted-printable"),
        leaf(f'text/calendar; charset="UTF-8"; method={method}', cal, "base64"),
    ])
    outer = multi("mixed", boundary(seed + "outer"), [
        inner,
        leaf('application/ics; name="invite.ics"', cal, "base64",
             [("Content-Disposition", 'attachment; filename="invite.ics"')]),
    ])
    headers = [("Delivered-To", OWNER),
               ("Received", received("mail-sor-f73.google.com", "209.85.220.73", sent, seed)),
               ("X-Forwarded-To", OWNER if forwarded_from else None),
               ("X-Forwarded-For", f"{forwarded_from} {OWNER}" if forwarded_from else None),
               ("Return-Path", f"<{H(seed + 'rp', 20)}@calendar-server.bounces.google.com>"),
               ("Reply-To", addr(oname, oemail)),
               ("Sender", "Google Calendar <calendar-notification@google.com>"),
               ("Message-ID", f"<calendar-{uuidish(seed + 'mid')}@google.com>"),
               ("Date", rfcdate(sent.astimezone(UTC))),
               ("Subject", hdr(subject)),
               ("From", addr(oname, oemail)),
               ("To", to)]
    return message(headers, outer)


def outlook_invite(*, seed, organizer, required, optional=(), subject, start, end, tzid, vtz, when_label,
                   body, sent, sequence=0, method="REQUEST", teams=True, location="Microsoft Teams Meeting",
                   when_line=False, to_header=None, delivered_extra=None, date_fmt="{A}, {d} {B} {Y}",
                   pod="AM9PR02", uid=None, importance=None):
    """Exchange/Outlook meeting request or cancellation (multipart/alternative with text/calendar)."""
    oname, oemail = organizer
    uid = uid or ("040000008200E00074C5B7101A82E00800000000" + H(seed + "uid", 16, True) + "01000000000000000010000000" + H(seed + "uid2", 32, True))
    tb, _ = teams_block(seed) if teams else ("", None)
    when = ""
    if when_line:
        ds = date_fmt.format(A=start.strftime("%A"), d=start.day, B=start.strftime("%B"), Y=start.year)
        when = f"When: {ds} {start:%H:%M}-{end:%H:%M} {when_label}.\nWhere: {location}\n\n*~*~*~*~*~*~*~*~*~*\n\n"
    plain = when + body.rstrip("\n") + "\n\n" + tb
    html = to_html(plain, font="Aptos, Calibri, Helvetica, sans-serif")
    lines = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"] + vtz + [
        "BEGIN:VEVENT", f"ORGANIZER;CN={oname}:mailto:{oemail}"]
    for name, email in required:
        lines.append(ms_attendee(name, email))
    for name, email in optional:
        lines.append(ms_attendee(name, email, role="OPT-PARTICIPANT"))
    cancel = method == "CANCEL"
    lines += ["DESCRIPTION;LANGUAGE=en-GB:" + esc(plain),
              f"UID:{uid}",
              f"SUMMARY;LANGUAGE=en-GB:{esc(subject)}",
              f"DTSTART;TZID={tzid}:{loc(start)}", f"DTEND;TZID={tzid}:{loc(end)}",
              "CLASS:PUBLIC", "PRIORITY:1" if cancel else "PRIORITY:5", f"DTSTAMP:{z(sent)}", "TRANSP:OPAQUE",
              "STATUS:CANCELLED" if cancel else "STATUS:CONFIRMED", f"SEQUENCE:{sequence}",
              f"LOCATION;LANGUAGE=en-GB:{esc(location)}",
              f"X-MICROSOFT-CDO-APPT-SEQUENCE:{sequence}",
              "X-MICROSOFT-CDO-OWNERAPPTID:" + str(int(H(seed + "own", 8), 16) % 2000000000 - 1000000000),
              "X-MICROSOFT-CDO-BUSYSTATUS:FREE" if cancel else "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
              "X-MICROSOFT-CDO-INTENDEDSTATUS:FREE" if cancel else "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
              "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:2" if cancel else "X-MICROSOFT-CDO-IMPORTANCE:1",
              "X-MICROSOFT-CDO-INSTTYPE:0", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
              "X-MICROSOFT-DISALLOW-COUNTER:FALSE", "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT",
              "X-MICROSOFT-ISRESPONSEREQUESTED:TRUE"]
    if teams and not cancel:
        lines.append("X-MICROSOFT-SKYPETEAMSMEETINGURL:" + teams_block(seed)[1])
    if not cancel:
        lines += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM"]
    lines += ["END:VEVENT", "END:VCALENDAR"]
    cal = ics(lines)
    ent = multi("alternative", boundary(seed, "outlook"), [
        leaf('text/plain; charset="utf-8"', plain, "quoted-printable"),
        leaf('text/html; charset="utf-8"', html, "quoted-printable"),
        leaf(f'text/calendar; charset="utf-8"; method={method}', cal, "base64"),
    ])
    tlist = to_header or ", ".join(addr(n, e) for n, e in list(required) if e != oemail)
    topic = re.sub(r"^(Canceled|Updated): ", "", subject)
    headers = [("Delivered-To", OWNER),
               ("Received", received(f"{pod.lower()}.outbound.protection.outlook.com", "40.107.22.91", sent, seed))]
    if delivered_extra:
        headers += delivered_extra
    headers += [("From", addr(oname, oemail)), ("To", hdr(tlist) if not tlist.isascii() else tlist),
                ("Cc", ", ".join(addr(n, e) for n, e in optional) or None),
                ("Subject", hdr(subject)), ("Thread-Topic", hdr(topic)),
                ("Thread-Index", base64.b64encode(hashlib.sha256((seed + 'ti').encode()).digest()[:22]).decode()),
                ("Date", rfcdate(sent.astimezone(UTC))), ("Message-ID", outlook_id(seed, pod)),
                ("Accept-Language", "en-ZA, en-GB, en-US"), ("Content-Language", "en-GB"),
                ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
                ("Importance", importance),
                ("Content-class", "urn:content-classes:calendarmessage"),
                ("x-ms-exchange-calendar-series-instance-id", "BAAAAIIA4AB0xbcQGoLgCAAAAAA" + H(seed + "ser", 24, True)),
                ("x-ms-publictraffictype", "Email")]
    return message(headers, ent)


def human_mail(*, seed, frm, to, subject, sent, text, cc=(), reply_to=None, in_reply_to=None, references=None,
               client="gmail", delivered_extra=None, attachments=(), html=None, received_host=None):
    """A person's e-mail from Gmail / Outlook / iPhone (plain+html alternative, optional attachments)."""
    if client == "outlook":
        ent = multi("alternative", boundary(seed, "outlook"), [
            leaf('text/plain; charset="utf-8"', text, "quoted-printable"),
            leaf('text/html; charset="utf-8"', html or to_html(text, "Aptos, Calibri, sans-serif"), "quoted-printable")])
        mid = outlook_id(seed)
        xm = [("X-MS-Has-Attach", "yes" if attachments else ""), ("X-MS-TNEF-Correlator", ""),
              ("Thread-Topic", hdr(re.sub(r"^(RE|Re|FW|Fwd): ", "", subject))),
              ("Thread-Index", base64.b64encode(hashlib.sha256((seed + 'ti').encode()).digest()[:22]).decode()),
              ("Accept-Language", "en-ZA, en-US"), ("Content-Language", "en-ZA")]
        host = received_host or "mail-am9pr02.outbound.protection.outlook.com"
    elif client == "iphone":
        ent = multi("alternative", "Apple-Mail-" + uuidish(seed).upper(), [
            leaf("text/plain; charset=utf-8", text, "quoted-printable"),
            leaf("text/html; charset=utf-8", html or to_html(text, "-apple-system, Helvetica, sans-serif"), "quoted-printable")])
        mid = f"<{uuidish(seed).upper()}@{frm[1].split('@')[1]}>"
        xm = [("X-Mailer", "iPhone Mail (22D72)")]
        host = received_host or f"smtp.{frm[1].split('@')[1]}"
    else:
        ent = multi("alternative", boundary(seed), [
            leaf('text/plain; charset="UTF-8"', text, "quoted-printable"),
            leaf('text/html; charset="UTF-8"', html or to_html(text, "arial, sans-serif", "small"), "quoted-printable")])
        mid = gmail_id(seed)
        xm = []
        host = received_host or "mail-sor-f41.google.com"
    if attachments:
        ent = multi("mixed", boundary(seed + "mix", "outlook" if client == "outlook" else "google"), [ent] + list(attachments))
    headers = [("Delivered-To", OWNER), ("Received", received(host, "209.85.220.41", sent, seed))]
    if delivered_extra:
        headers += delivered_extra
    headers += [("From", addr(*frm)), ("Reply-To", addr(*reply_to) if reply_to else None),
                ("To", ", ".join(addr(*t) for t in to)), ("Cc", ", ".join(addr(*c) for c in cc) or None),
                ("Subject", hdr(subject)), ("Date", rfcdate(sent)), ("Message-ID", mid),
                ("In-Reply-To", in_reply_to), ("References", references)] + xm
    return message(headers, ent), mid


def ats_mail(*, seed, frm, reply_to, subject, sent, text, html=None, attachments=(), vendor="pageup", extra=()):
    ent = multi("alternative", boundary(seed, "javamail"), [
        leaf("text/plain; charset=UTF-8", text, "quoted-printable"),
        leaf("text/html; charset=UTF-8", html or to_html(text, "Arial, Helvetica, sans-serif", "10pt"), "base64")])
    if attachments:
        ent = multi("mixed", boundary(seed + "mix", "javamail"), [ent] + list(attachments))
    if vendor == "pageup":
        mid = f"<{H(seed, 12)}.{int(H(seed + 'n', 6), 16)}.{H(seed + 'm', 8)}@pageuppeople.com>"
        host, ip = "mail-syd1.pageuppeople.com", "52.62.118.40"
    elif vendor == "smartrecruiters":
        mid = f"<0102018e{H(seed, 24)}-{uuidish(seed + 'ses')}-000000@eu-west-1.amazonses.com>"
        host, ip = "a11-22.smtp-out.eu-west-1.amazonses.com", "54.240.11.22"
    else:
        mid = f"<{H(seed, 20)}@{frm[1].split('@')[1]}>"
        host, ip = "o1.ptr4471.sendgrid.example", "149.72.14.9"
    headers = [("Delivered-To", OWNER), ("Received", received(host, ip, sent, seed)),
               ("Return-Path", f"<bounce-{H(seed + 'b', 12)}@{frm[1].split('@')[1]}>"),
               ("From", addr(*frm)), ("Reply-To", addr(*reply_to) if reply_to else None),
               ("To", addr(OWNER_NAME, OWNER)), ("Subject", hdr(subject)), ("Date", rfcdate(sent)),
               ("Message-ID", mid)] + list(extra)
    return message(headers, ent)


def ics_attachment(cal, filename="invite.ics", method=None):
    ct = f'text/calendar; charset="UTF-8"; name="{filename}"' + (f"; method={method}" if method else "")
    return leaf(ct, cal, "base64", [("Content-Disposition", f'attachment; filename="{filename}"')])


def quote(text, who_line):
    return who_line + "\n" + "\n".join(("> " + l) if l else ">" for l in text.rstrip("\n").split("\n")) + "\n"


def iv(company, role, start, end, status, interviewers, recipients, kind):
    return {"company": company, "role": role, "start": start.isoformat(), "end": end.isoformat() if end else None,
            "status": status, "interviewer_emails": list(interviewers), "followup_recipients": list(recipients),
            "kind": kind}


CASES = []


def case(slug, files, interviews, difficulty, category, notes):
    CASES.append((slug, files, interviews, difficulty, category, notes))


# =========================================================================================== POSITIVES
def c01():
    s = "b143-01"
    annelie = ("Annelie Steyn", "annelie.steyn@karoolodges.example")
    pieter = ("Pieter du Toit", "pieter.dutoit@karoolodges.example")
    me = (OWNER_NAME, OWNER)
    start = T(2026, 3, 10, 14, 0)
    end = start + timedelta(minutes=45)
    sent1 = T(2026, 3, 4, 16, 12, 5)
    reply_at = T(2026, 3, 4, 19, 40, 22)
    sent2 = T(2026, 3, 5, 8, 3, 40)
    subj = "Onderhoud: Inkomstebestuurder (Revenue Manager) – Karoo Lodge Collection"
    t1 = f"""Goeie middag Liezl

Baie dankie vir jou aansoek vir die pos van Inkomstebestuurder (Revenue Manager) by Karoo Lodge Collection. Ons was beïndruk met jou ervaring by Signal Hill Hotel, veral die werk wat jy met groepsbesprekings en dinamiese pryse gedoen het.

Ons wil jou graag uitnooi vir 'n eerste onderhoud met Pieter du Toit, ons Groep Bedryfsdirekteur (hy is in die kopie):

Datum:  {W(start, 'Dinsdag')} {start.day} {AF_MONTHS[start.month]} om {start:%H:%M}
Duur:   ongeveer 45 minute
Waar:   Microsoft Teams – Pieter stuur self die skakel die oggend aan jou

Pieter lei die onderhoud self; ek koördineer net en sal nie inskakel nie. Laat weet asseblief of die tyd vir jou pas.

(In English, for convenience: {W(start, 'Tuesday')} {start.day} March at {start:%H:%M} SAST, about 45 minutes on Teams with Pieter.)

Vriendelike groete
Annelie

--
Annelie Steyn
Menslike Hulpbronbestuurder | Karoo Lodge Collection
Donkinstraat 41, Graaff-Reinet, 6280
T +27 49 892 0417
"""
    m1, id1 = human_mail(seed=s + "m1", frm=annelie, to=[me], cc=[pieter], subject=subj, sent=sent1, text=t1,
                         client="outlook")
    liezl_reply = f"""Goeie aand Annelie

Baie dankie vir die uitnodiging! {W(start, 'Dinsdag')} om {start:%H:%M} pas my perfek. Ek sien uit daarna om met Pieter te gesels.

Groete
Liezl
"""
    reply_id = gmail_id(s + "reply")
    t2 = f"""Dankie Liezl, dan is dit bevestig vir {W(start, 'Dinsdag')} {start.day} {AF_MONTHS[start.month]} om {start:%H:%M}. Pieter het jou e-posadres en stuur die Teams-skakel Dinsdagoggend.

Sterkte!
Annelie

________________________________
Van: Liezl Jacobs <{OWNER}>
Gestuur: {W(reply_at, 'Woensdag')}, {reply_at.day} {AF_MONTHS[reply_at.month]} {reply_at.year} {reply_at:%H:%M}
Aan: Annelie Steyn <{annelie[1]}>
Onderwerp: Re: {subj}

{liezl_reply}"""
    m2, _ = human_mail(seed=s + "m2", frm=annelie, to=[me], cc=[pieter], subject="RE: " + subj, sent=sent2, text=t2,
                       client="outlook", in_reply_to=reply_id, references=f"{id1} {reply_id}")
    case(s + "-afrikaans-onderhoud-body-only",
         [("01-uitnodiging-onderhoud-karoo.eml", m1), ("02-re-onderhoud-bevestig.eml", m2)],
         [iv("Karoo Lodge Collection", "Revenue Manager", start, end, "scheduled", [pieter[1]], [pieter[1]],
             "hiring_manager")],
         "medium", "positive/afrikaans-email-body-only",
         "Afrikaans invitation ('onderhoud', 'Dinsdag 10 Maart om 14:00', 'ongeveer 45 minute'); no invite. "
         "HR manager only coordinates ('sal nie inskakel nie'); Pieter (cc) conducts it.")


def c02():
    s = "b143-02"
    nomvula = ("Nomvula Dlamini", "nomvula.dlamini@fynboshotels.example")
    start = T(2026, 3, 12, 10, 0)
    end = T(2026, 3, 12, 10, 45)
    sent1 = T(2026, 3, 6, 8, 41, 17, UTC)
    sent2 = T(2026, 3, 6, 9, 15, 2)
    role = "Revenue Manager – Fynbos Waterfront Hotel"
    t1 = f"""Dear Liezl

{role} (Job No. FHR1043)

Thank you for your interest in joining Fynbos Hotels & Resorts. We are pleased to invite you to a screening interview for the above position.

Interview type:  Video interview (Microsoft Teams)
Date:            {W(start, 'Thursday')}, {start.day} March 2026
Time:            {start:%H:%M} – {end:%H:%M} (SAST, GMT+2)
Interviewer:     Nomvula Dlamini, Talent Acquisition Partner

Nomvula will send you the Microsoft Teams invitation separately. A calendar file is attached for your convenience.

If you are unable to attend, please reply to this email or contact Nomvula directly on {nomvula[1]}.

Kind regards

Talent Acquisition Team
Fynbos Hotels & Resorts

---
This message was sent to {OWNER} by Fynbos Hotels & Resorts via PageUp.
"""
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//PageUp People//Recruitment Calendar//EN", "METHOD:PUBLISH",
               "BEGIN:VEVENT", f"UID:pageup-interview-{H(s + 'uid', 12)}@pageuppeople.com", f"DTSTAMP:{z(sent1)}",
               f"DTSTART:{z(start)}", f"DTEND:{z(end)}",
               f"SUMMARY:{esc('Interview: ' + role)}",
               "DESCRIPTION:" + esc(f"Screening interview (Microsoft Teams) with Nomvula Dlamini, Talent Acquisition Partner. "
                                    f"The Teams link will be sent separately by Nomvula."),
               "LOCATION:Microsoft Teams (link to follow)", f"ORGANIZER;CN=Nomvula Dlamini:mailto:{nomvula[1]}",
               f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN={OWNER_NAME}:mailto:{OWNER}",
               "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"])
    m1 = ats_mail(seed=s + "m1", frm=("Fynbos Hotels & Resorts Careers", "noreply@pageuppeople.com"), reply_to=nomvula,
                  subject=f"Interview invitation – {role} (FHR1043)", sent=sent1, text=t1,
                  attachments=[ics_attachment(cal, "Interview_FHR1043.ics")])
    body2 = f"""Hi Liezl

As per the PageUp invitation, here is the Teams link for our screening conversation on {W(start, 'Thursday')}. I'll take you through the role, the team at the Waterfront and the package, and I'd love to hear about your current setup at Signal Hill (IDeaS? Duetto? Excel heroics?).

Speak soon
Nomvula

Nomvula Dlamini
Talent Acquisition Partner – Western Cape
Fynbos Hotels & Resorts
+27 21 418 2290
"""
    m2 = outlook_invite(seed=s + "m2", organizer=nomvula, required=[(OWNER_NAME, OWNER)],
                        subject="Screening interview: Revenue Manager (Fynbos Waterfront) – Liezl Jacobs",
                        start=start, end=end, tzid="South Africa Standard Time", vtz=VTZ_WIN_SAST,
                        when_label="(UTC+02:00) Harare, Pretoria", body=body2, sent=sent2)
    case(s + "-pageup-screen-plus-teams-invite",
         [("01-pageup-interview-invitation.eml", m1), ("02-teams-invite-screening.eml", m2)],
         [iv("Fynbos Hotels & Resorts", "Revenue Manager", start, end, "scheduled", [nomvula[1]], [nomvula[1]],
             "phone_screen")],
         "medium", "positive/ats-dedupe-pageup-teams",
         "PageUp mail (noreply sender, Reply-To recruiter) with UTC .ics plus a separate Teams invite in "
         "'South Africa Standard Time' for the same slot: one interview. The TA partner runs the screen.")


def c03():
    s = "b143-03"
    thandeka = ("Thandeka Ngcobo", "thandeka.ngcobo@umhlangashores.example")
    sibusiso = ("Sibusiso Mthembu", "sibusiso.mthembu@umhlangashores.example")
    sr = ("Umhlanga Shores Hospitality", "noreply@smartrecruiters.com")
    role = "Area Revenue Manager – KZN Coast"
    s0, e0 = T(2026, 3, 18, 15, 0), T(2026, 3, 18, 16, 0)
    s1, e1 = T(2026, 3, 20, 9, 30), T(2026, 3, 20, 10, 30)
    sent1 = T(2026, 3, 16, 7, 5, 33, UTC)
    sent2 = T(2026, 3, 17, 13, 20, 8)
    sent3 = T(2026, 3, 17, 12, 2, 51, UTC)
    ztxt, zurl, _ = zoom_block(s + "zoom", "Thandeka Ngcobo", "Interview – " + role)
    uid = f"sr-int-{uuidish(s + 'uid')}@smartrecruiters.com"

    def us(dt):
        return f"{dt.strftime('%A, %B')} {dt.day}, {dt.year}"

    def ampm(dt):
        return dt.strftime("%I:%M %p").lstrip("0")

    def cal(st, en, seq, stamp):
        return ics(["BEGIN:VCALENDAR", "PRODID:-//SmartRecruiters//Interview Scheduler//EN", "VERSION:2.0",
                    "METHOD:REQUEST"] + VTZ_OLSON_SAST + [
            "BEGIN:VEVENT", f"UID:{uid}", f"SEQUENCE:{seq}", f"DTSTAMP:{z(stamp)}",
            f"DTSTART;TZID=Africa/Johannesburg:{loc(st)}", f"DTEND;TZID=Africa/Johannesburg:{loc(en)}",
            f"SUMMARY:{esc('Interview: ' + role + ' – Liezl Jacobs')}",
            "DESCRIPTION:" + esc(f"Interviewer: Sibusiso Mthembu (Director of Revenue)\n\n{ztxt}"),
            f"LOCATION:{zurl}", f"ORGANIZER;CN=Thandeka Ngcobo:mailto:{thandeka[1]}",
            ms_attendee("Sibusiso Mthembu", sibusiso[1], partstat="ACCEPTED"),
            ms_attendee(OWNER_NAME, OWNER), "STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"])

    t1 = f"""Hi Liezl,

Your interview for {role} at Umhlanga Shores Hospitality has been scheduled.

{us(W(s0, 'Wednesday') and s0)}
{ampm(s0)} - {ampm(e0)} (GMT+02:00) Africa/Johannesburg

Interviewer
Sibusiso Mthembu – Director of Revenue

Location
Zoom: {zurl}

A calendar invitation is attached. Need to make changes? Contact Thandeka Ngcobo ({thandeka[1]}).

Good luck!
Umhlanga Shores Hospitality Hiring Team

Powered by SmartRecruiters | Privacy Policy: https://www.smartrecruiters.com/legal/candidate-privacy-policy/
"""
    m1 = ats_mail(seed=s + "m1", frm=sr, reply_to=thandeka, subject=f"Interview scheduled: {role}", sent=sent1,
                  text=t1, vendor="smartrecruiters",
                  attachments=[ics_attachment(cal(s0, e0, 0, sent1), "interview.ics", "REQUEST")])
    t2 = f"""Hi Liezl

Apologies for the late change – Sibusiso has been pulled into a budget review with the owners tomorrow afternoon, so we need to move your interview.

Would {W(s1, 'Friday')} at {s1:%H:%M} work instead? Same Zoom link, still an hour. I'll push the updated invite through SmartRecruiters as soon as you confirm.

Thanks for being flexible!

Thandeka Ngcobo
Talent Acquisition Specialist | Umhlanga Shores Hospitality
Umhlanga Ridge, Durban | +27 31 566 7012
"""
    m2, _ = human_mail(seed=s + "m2", frm=thandeka, to=[(OWNER_NAME, OWNER)], subject=f"Your interview on {W(s0, 'Wednesday')} – {role}",
                       sent=sent2, text=t2, client="outlook")
    t3 = f"""Hi Liezl,

Your interview for {role} at Umhlanga Shores Hospitality has been rescheduled.

New time
{us(W(s1, 'Friday') and s1)}
{ampm(s1)} - {ampm(e1)} (GMT+02:00) Africa/Johannesburg

Previously: {us(s0)}, {ampm(s0)}

Interviewer
Sibusiso Mthembu – Director of Revenue

Location
Zoom: {zurl}

The attached calendar invitation replaces the previous one. Questions? Contact Thandeka Ngcobo ({thandeka[1]}).

Umhlanga Shores Hospitality Hiring Team

Powered by SmartRecruiters
"""
    m3 = ats_mail(seed=s + "m3", frm=sr, reply_to=thandeka, subject=f"Interview rescheduled: {role}", sent=sent3,
                  text=t3, vendor="smartrecruiters",
                  attachments=[ics_attachment(cal(s1, e1, 1, sent3), "interview.ics", "REQUEST")])
    case(s + "-smartrecruiters-zoom-rescheduled",
         [("01-smartrecruiters-interview-scheduled.eml", m1), ("02-thandeka-need-to-move.eml", m2),
          ("03-smartrecruiters-interview-rescheduled.eml", m3)],
         [iv("Umhlanga Shores Hospitality", "Area Revenue Manager", s1, e1, "scheduled", [sibusiso[1]],
             [sibusiso[1]], "hiring_manager")],
         "medium", "positive/reschedule-smartrecruiters",
         "SmartRecruiters invite Wed 18 Mar 15:00, recruiter asks to move, SEQUENCE:1 update to Fri 20 Mar 09:30 "
         "(mail still quotes the previous time). One interview at the final time; Sibusiso conducts.")


def c04():
    s = "b143-04"
    karabo = ("Karabo Mokoena", "karabo.mokoena@highveldleisure.example")
    me = (OWNER_NAME, OWNER)
    sent1 = T(2026, 3, 23, 8, 47, 10)
    reply_at = T(2026, 3, 23, 10, 58, 31)
    sent2 = T(2026, 3, 23, 11, 15, 2)
    start = T(2026, 3, 24, 9, 30)
    end = start + timedelta(minutes=30)
    assert start.date() == (sent2 + timedelta(days=1)).date()
    subj = "Cluster Revenue Manager (Cape & Winelands) – quick chat?"
    t1 = f"""Hi Liezl

I hope you're well. I'm the talent acquisition lead at Highveld Leisure Group – we're based in Rosebank, Joburg, but the Cluster Revenue Manager (Cape & Winelands) role I'm recruiting for sits in Cape Town and looks after our four Western Cape hotels.

Your CV came through on our careers page and I'd love to do a first telephonic interview with you before I put you forward to the hiring manager. It takes about 30 minutes.

I'm free tomorrow at 09:30 or {W(sent1 + timedelta(days=2), 'Wednesday')} any time after 14:00. Let me know what suits?

Kind regards
Karabo

Karabo Mokoena
Talent Acquisition Lead | Highveld Leisure Group
5 Cradock Avenue, Rosebank, Johannesburg
+27 11 447 3390
"""
    id1 = gmail_id(s + "m1")
    reply = f"""Hi Karabo

Thanks so much for reaching out! Tomorrow at 09:30 suits me well. My mobile is 082 614 3307.

Kind regards
Liezl

On {sent1.strftime('%a')}, {sent1.day} {sent1.strftime('%b')} 2026 at {sent1:%H:%M}, Karabo Mokoena <{karabo[1]}> wrote:
""" + "\n".join("> " + l if l else ">" for l in t1.rstrip("\n").split("\n")) + "\n"
    reply_id = gmail_id(s + "reply")
    t2 = f"""Perfect, tomorrow at 09:30 it is – I'll call you on 082 614 3307. Shouldn't take longer than half an hour.

Just a heads-up: we're on Stage 2 in Rosebank tomorrow morning, so if my line drops I'll call you straight back on WhatsApp.

Chat tomorrow
Karabo

On {reply_at.strftime('%a')}, {reply_at.day} {reply_at.strftime('%b')} 2026 at {reply_at:%H:%M}, Liezl Jacobs <{OWNER}> wrote:
""" + "\n".join("> " + l if l else ">" for l in reply.rstrip("\n").split("\n")) + "\n"
    m1, _ = human_mail(seed=s + "m1", frm=karabo, to=[me], subject=subj, sent=sent1, text=t1)
    m2, _ = human_mail(seed=s + "m2", frm=karabo, to=[me], subject="Re: " + subj, sent=sent2, text=t2,
                       in_reply_to=reply_id, references=f"{id1} {reply_id}")
    case(s + "-joburg-recruiter-thread-tomorrow",
         [("01-karabo-quick-chat.eml", m1), ("02-re-quick-chat-confirmed.eml", m2)],
         [iv("Highveld Leisure Group", "Cluster Revenue Manager", start, end, "scheduled", [karabo[1]], [karabo[1]],
             "phone_screen")],
         "medium", "positive/thread-relative-date",
         "Johannesburg in-house recruiter proposes 'tomorrow at 09:30 or Wednesday after 14:00'; confirmation on "
         "Mon 23 Mar picks 'tomorrow at 09:30' -> Tue 24 Mar 09:30 SAST, ~30 min. Recruiter conducts the screen.")


def c05():
    s = "b143-05"
    harriet = ("Harriet Cole", "harriet.cole@meridianatlantic.example")
    james = ("James Whitfield", "james.whitfield@meridianatlantic.example")
    me = (OWNER_NAME, OWNER)
    start = T(2026, 4, 2, 10, 0, tz=LON)
    end = T(2026, 4, 2, 11, 0, tz=LON)
    assert start.utcoffset() == timedelta(hours=1)
    sent1 = T(2026, 3, 26, 15, 40, 11, LON)
    assert sent1.utcoffset() == timedelta(0)
    sent2 = T(2026, 3, 27, 9, 2, 44, LON)
    role = "Regional Revenue Manager – Southern Africa"
    sast = start.astimezone(SAST)
    t1 = f"""Dear Liezl,

Thank you for your application for the {role} position and for completing our online questions so thoroughly.

James Whitfield, our Vice President, Revenue Strategy (EMEA), would like to speak with you as the next step. He has suggested {W(start, 'Thursday')} {start.day} April at {start:%H:%M} London time. Please note that the UK clocks go forward this Sunday (29 March), so that will be {start:%H:%M} BST – {sast:%H:%M} in Cape Town. The conversation will last an hour, and James will send you a Teams invitation directly.

Do let me know if that time is a problem.

Kind regards,
Harriet

Harriet Cole
Group Talent Coordinator
Meridian Atlantic Hotels | 12 Bedford Row, London WC1R 4DU
"""
    m1, _ = human_mail(seed=s + "m1", frm=harriet, to=[me], subject=f"Next steps – {role}", sent=sent1, text=t1,
                       client="outlook")
    body2 = f"""Liezl – looking forward to our conversation about the Southern Africa role. Harriet tells me you've run pricing at Signal Hill through the last two summers; I'd particularly like to hear how you handled the Easter compression and the group displacement decisions.

Best,
James

James Whitfield
VP Revenue Strategy, EMEA | Meridian Atlantic Hotels
"""
    m2 = outlook_invite(seed=s + "m2", organizer=james, required=[(OWNER_NAME, OWNER)], optional=[harriet],
                        subject=f"Meridian Atlantic – {role} – Liezl Jacobs / James Whitfield",
                        start=start, end=end, tzid="GMT Standard Time", vtz=VTZ_WIN_GMT,
                        when_label="(UTC+00:00) Dublin, Edinburgh, Lisbon, London", body=body2, sent=sent2,
                        when_line=True, pod="LO2P265")
    case(s + "-london-teams-bst-utc-label",
         [("01-harriet-next-steps.eml", m1), ("02-teams-invite-james-whitfield.eml", m2)],
         [iv("Meridian Atlantic Hotels", "Regional Revenue Manager", start, end, "scheduled", [james[1]], [james[1]],
             "hiring_manager")],
         "hard", "positive/london-bst-utc-label",
         "London group office. Invite in 'GMT Standard Time' for Thu 2 Apr 10:00, after the UK switch to BST on "
         "29 Mar; Outlook's 'When:' line still says (UTC+00:00). Correct start 10:00+01:00 = 11:00 SAST, as the "
         "coordinator's mail says. Coordinator (optional attendee) does not interview.")


def c06():
    s = "b143-06"
    sophie = ("Sophie Brennan", "sophie.brennan@albioncape.example")
    daniel = ("Daniel Achterberg", "daniel.achterberg@albioncape.example")
    me = (OWNER_NAME, OWNER)
    role = "Revenue Manager, The Albion Camps Bay"
    a0, a1 = T(2026, 3, 27, 9, 0, tz=LON), T(2026, 3, 27, 9, 30, tz=LON)
    assert a0.utcoffset() == timedelta(0)
    b0, b1 = T(2026, 4, 7, 14, 0, tz=LON), T(2026, 4, 7, 15, 0, tz=LON)
    assert b0.utcoffset() == timedelta(hours=1)
    sent1 = T(2026, 3, 23, 12, 5, 19, LON)
    sent2 = T(2026, 3, 30, 16, 22, 40, LON)
    sent3 = T(2026, 3, 30, 16, 31, 5, LON)
    ztxt, zurl, zmid = zoom_block(s + "zoom", "Sophie Brennan", "Albion & Cape – intro call with Liezl Jacobs")
    zcal = ics(["BEGIN:VCALENDAR", "PRODID:-//zoom.us//iCalendar Event//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
                "METHOD:PUBLISH", "CLASS:PUBLIC"] + VTZ_OLSON_LON + [
        "BEGIN:VEVENT", f"DTSTAMP:{z(sent1)}", f"DTSTART;TZID=Europe/London:{loc(a0)}",
        f"DTEND;TZID=Europe/London:{loc(a1)}", "SUMMARY:Albion & Cape – intro call with Liezl Jacobs",
        f"UID:{loc(a0)}-{zmid}@zoom.us", "TZID:Europe/London", "DESCRIPTION:" + esc(ztxt),
        f"LOCATION:{zurl}", f"ORGANIZER;CN=Sophie Brennan:mailto:{sophie[1]}",
        f"ATTENDEE;CN={OWNER_NAME};RSVP=TRUE:mailto:{OWNER}",
        "BEGIN:VALARM", "TRIGGER:-PT10M", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "END:VALARM", "END:VEVENT",
        "END:VCALENDAR"])
    t1 = f"""Hi Liezl,

Thanks for applying for the {role} role. I look after recruitment for our South African hotels from the London office, and I'd love to have an initial chat with you about your background and what you're looking for.

Would {W(a0, 'Friday')} {a0.day} March at {a0:%H:%M} GMT ({a0.astimezone(SAST):%H:%M} SAST) work for you? It'll be a 30-minute Zoom call – I've attached the invite and the joining details are below. If it doesn't suit, just reply with a couple of alternatives.

Best wishes,
Sophie

Sophie Brennan
Talent Acquisition Manager
Albion & Cape Hotels plc | 40 Great Portland Street, London W1W 7LZ

{ztxt}"""
    att = ics_attachment(zcal, "zoom_meeting.ics")
    m1, id1 = human_mail(seed=s + "m1", frm=sophie, to=[me], subject=f"Albion & Cape – {role} – initial call",
                         sent=sent1, text=t1, client="outlook", attachments=[att])
    t2 = f"""Hi Liezl,

Thank you for Friday – it was a really good conversation, and I've shared my notes with Daniel Achterberg, our Group Director of Revenue.

Daniel would like to interview you on {W(b0, 'Tuesday')} {b0.day} April at {b0:%H:%M} UK time. Now that our clocks have gone forward we're only an hour behind you, so that's {b0.astimezone(SAST):%H:%M} in Cape Town. I'll send a calendar invitation shortly – it'll be an hour on Google Meet, just you and Daniel.

Best wishes,
Sophie

Sophie Brennan
Talent Acquisition Manager
Albion & Cape Hotels plc
"""
    m2, id2 = human_mail(seed=s + "m2", frm=sophie, to=[me], subject=f"RE: Albion & Cape – {role} – initial call",
                         sent=sent2, text=t2, client="outlook", in_reply_to=id1, references=id1)
    m3 = google_invite(seed=s + "m3", organizer=sophie,
                       guests=[(sophie[0], sophie[1]), (daniel[0], daniel[1], "ACCEPTED"), (None, OWNER)],
                       summary=f"Albion & Cape: Interview with Daniel Achterberg – Liezl Jacobs ({role})",
                       start=b0, end=b1, tzabbr="BST", tzlong="United Kingdom Time",
                       description=("Second-stage interview for the Revenue Manager role at The Albion Camps Bay. "
                                    "Daniel will lead the conversation; I won't be on the call.\n\nSophie"),
                       sent=sent3)
    case(s + "-london-two-interviews-across-dst",
         [("01-sophie-initial-call-zoom.eml", m1), ("02-sophie-next-interview-daniel.eml", m2),
          ("03-invitation-interview-daniel.eml", m3)],
         [iv("Albion & Cape Hotels", "Revenue Manager", a0, a1, "scheduled", [sophie[1]], [sophie[1]], "phone_screen"),
          iv("Albion & Cape Hotels", "Revenue Manager", b0, b1, "scheduled", [daniel[1]], [daniel[1]],
             "hiring_manager")],
         "hard", "positive/two-interviews-dst-gap",
         "Two interviews with a London group: Zoom intro call Fri 27 Mar 09:00 GMT (11:00 SAST, Europe/London .ics) "
         "and Google invite Tue 7 Apr 14:00 BST (15:00 SAST). SA-London gap changes from 2h to 1h on 29 Mar.")


def c07():
    s = "b143-07"
    zanele = ("Zanele Khumalo", "zanele.khumalo@lionsheadcollection.example")
    marco = ("Marco Ferreira", "marco.ferreira@lionsheadcollection.example")
    ayesha = ("Ayesha Parker", "ayesha.parker@lionsheadcollection.example")
    rupert = ("Rupert Langley", "rupert.langley@lionsheadcollection.example")
    me = (OWNER_NAME, OWNER)
    role = "Director of Revenue, The Lion's Head Sea Point"
    tour = T(2026, 4, 15, 9, 0)
    panel_s, panel_e = T(2026, 4, 15, 9, 45), T(2026, 4, 15, 10, 45)
    r0, r1 = T(2026, 4, 15, 10, 0, tz=LON), T(2026, 4, 15, 10, 45, tz=LON)
    assert r0.astimezone(SAST).hour == 11 and r1.astimezone(SAST).minute == 45
    sent1 = T(2026, 4, 8, 14, 30, 12)
    sent2 = T(2026, 4, 8, 14, 41, 50)
    sent3 = T(2026, 4, 9, 8, 12, 3, LON)
    rs, re_ = r0.astimezone(SAST), r1.astimezone(SAST)
    t1 = f"""Dear Liezl

Congratulations on making it to the final round for the position of {role}. Please find your itinerary for {W(tour, 'Wednesday')} {tour.day} April below.

Venue: The Lion's Head Sea Point, 3 Beach Road, Sea Point, Cape Town (guest parking is available in the basement – give your name at the boom)

{tour:%H:%M} – {panel_s:%H:%M}   Property tour with Marco Ferreira (General Manager) – meet at main reception
{panel_s:%H:%M} – {panel_e:%H:%M}   Panel interview with Marco Ferreira and Ayesha Parker (Director of Sales & Marketing), boardroom, 1st floor. Please present your 90-day pricing plan (15 minutes, laptop and HDMI provided)
{panel_e:%H:%M} – {rs:%H:%M}   Coffee break
{rs:%H:%M} – {re_:%H:%M}   Teams interview with Rupert Langley, Group Chief Commercial Officer, joining from our London office ({r0:%H:%M} BST)

Marco and Ayesha's calendar invite follows from me; Rupert will send his own Teams invitation.

Please bring your ID for the visitor register. If you need anything before then, I'm on 021 439 5521.

Kind regards

Zanele Khumalo
HR Coordinator | The Lion's Head Collection
"""
    m1, _ = human_mail(seed=s + "m1", frm=zanele, to=[me], cc=[marco, ayesha],
                       subject=f"Final round itinerary – {role} – {W(tour, 'Wednesday')} {tour.day} April",
                       sent=sent1, text=t1, client="outlook")
    m2 = google_invite(seed=s + "m2", organizer=zanele,
                       guests=[(zanele[0], zanele[1]), (marco[0], marco[1], "ACCEPTED"),
                               (ayesha[0], ayesha[1], "ACCEPTED"), (None, OWNER)],
                       summary="Final round: property tour & panel – Liezl Jacobs (Director of Revenue)",
                       start=tour, end=panel_e, tzabbr="SAST", tzlong="South Africa Standard Time",
                       description=(f"{tour:%H:%M} Property tour with Marco (meet at main reception)\n"
                                    f"{panel_s:%H:%M} Panel interview with Marco and Ayesha – boardroom, 1st floor "
                                    "(90-day pricing plan presentation)\n\nRupert joins separately on Teams at "
                                    f"{rs:%H:%M} – his invite comes from London."),
                       sent=sent2, meet=False, location="The Lion's Head Sea Point, 3 Beach Road, Sea Point, Cape Town, 8005")
    body3 = """Liezl, I'm sorry I can't be in Cape Town for your final round. Let's use this slot to talk through the commercial strategy for the Sea Point relaunch and how you'd build the revenue team. Zanele will make sure the boardroom screen is set up.

Kind regards,
Rupert

Rupert Langley
Group Chief Commercial Officer | The Lion's Head Collection
25 Hanover Square, London W1S 1JF
"""
    m3 = outlook_invite(seed=s + "m3", organizer=rupert, required=[(OWNER_NAME, OWNER)], optional=[zanele],
                        subject="Final interview – Liezl Jacobs / Rupert Langley (Director of Revenue, Sea Point)",
                        start=r0, end=r1, tzid="GMT Standard Time", vtz=VTZ_WIN_GMT,
                        when_label="(UTC+00:00) Dublin, Edinburgh, Lisbon, London", body=body3, sent=sent3,
                        when_line=True, pod="LO4P302")
    case(s + "-final-round-property-tour",
         [("01-zanele-final-round-itinerary.eml", m1), ("02-invitation-tour-and-panel.eml", m2),
          ("03-teams-invite-rupert-london.eml", m3)],
         [iv("The Lion's Head Collection", "Director of Revenue", tour, re_, "scheduled",
             [marco[1], ayesha[1], rupert[1]], [marco[1], ayesha[1], rupert[1]], "onsite")],
         "hard", "positive/onsite-property-tour",
         "Final round on Wed 15 Apr: property tour with the GM (09:00) + panel (09:45-10:45) via a Google invite "
         "in SAST, and a Teams session with the London CCO at 10:00 BST (11:00-11:45 SAST, 'GMT Standard Time', "
         "(UTC+00:00) label). Same-day loop = one onsite 09:00-11:45 SAST; the tour is part of the final round. "
         "Coordinator is not an interviewer.")


def c08():
    s = "b143-08"
    riaan = ("Riaan Botha", "riaan.botha@gardenrouteresorts.example")
    me = (OWNER_NAME, OWNER)
    start, end = T(2026, 4, 9, 12, 0), T(2026, 4, 9, 13, 0)
    sent1 = T(2026, 4, 2, 11, 3, 27)
    sent2 = T(2026, 4, 8, 17, 45, 9)
    sent3 = T(2026, 4, 8, 17, 47, 30)
    assert start.date() == (sent2 + timedelta(days=1)).date()
    uid = "040000008200E00074C5B7101A82E00800000000" + H(s + "uid", 16, True) + "01000000000000000010000000" + H(s + "uid2", 32, True)
    subj = "Interview: Revenue Manager – Liezl Jacobs"
    body1 = f"""Hi Liezl

Thanks for your time on the phone with Elmarie last week. As discussed, here's the invite for your interview with me for the Revenue Manager position (based at our George office, covering all six Garden Route Resorts properties).

We'll do it on Teams – please allow an hour.

Regards
Riaan

Riaan Botha
Operations Director | Garden Route Resorts
88 York Street, George, 6529
"""
    m1 = outlook_invite(seed=s + "m1", organizer=riaan, required=[(OWNER_NAME, OWNER)], subject=subj, start=start,
                        end=end, tzid="South Africa Standard Time", vtz=VTZ_WIN_SAST,
                        when_label="(UTC+02:00) Harare, Pretoria", body=body1, sent=sent1, uid=uid, pod="JNAP275")
    t2 = f"""Hi Liezl

I'm really sorry, but I have to cancel tomorrow's interview. Eskom has just announced Stage 6 from 16:00 today, and George is scheduled to be off from 12:00 to 14:30 tomorrow – exactly our slot. Our generator only carries front of house and the kitchens, so the admin block (and my Wi-Fi) will be down.

Rather than trying to do it over a patchy 3G connection, I'd prefer to cancel for now and come back to you with a new date once the schedule settles down. You're still very much in the running!

Apologies again
Riaan

Riaan Botha
Operations Director | Garden Route Resorts
"""
    m2, _ = human_mail(seed=s + "m2", frm=riaan, to=[me], subject="Tomorrow's interview – load-shedding",
                       sent=sent2, text=t2, client="outlook")
    body3 = "Cancelling for now because of Stage 6 load-shedding – I'll send a new invite once Eskom's schedule settles. Apologies, Riaan"
    m3 = outlook_invite(seed=s + "m3", organizer=riaan, required=[(OWNER_NAME, OWNER)], subject="Canceled: " + subj,
                        start=start, end=end, tzid="South Africa Standard Time", vtz=VTZ_WIN_SAST,
                        when_label="(UTC+02:00) Harare, Pretoria", body=body3, sent=sent3, sequence=1,
                        method="CANCEL", teams=False, uid=uid, pod="JNAP275", importance="high", when_line=True)
    case(s + "-cancelled-loadshedding",
         [("01-teams-invite-interview-riaan.eml", m1), ("02-riaan-cancel-loadshedding.eml", m2),
          ("03-canceled-interview.eml", m3)],
         [iv("Garden Route Resorts", "Revenue Manager", start, end, "cancelled", [riaan[1]], [riaan[1]],
             "hiring_manager")],
         "medium", "positive/cancellation-loadshedding",
         "Teams invite for Thu 9 Apr 12:00 SAST, then 'cancel tomorrow's interview' because of Stage 6 "
         "load-shedding and METHOD:CANCEL (SEQUENCE 1). No new date: one cancelled interview. The earlier phone "
         "call with 'Elmarie' is undated and has no address, so it is not labelled.")


def c09():
    s = "b143-09"
    farah = ("Farah Adams", "farah.adams@silverminehotels.example")
    start, end = T(2026, 4, 21, 10, 0), T(2026, 4, 21, 11, 0)
    W(start, "Tuesday")
    created = T(2026, 4, 15, 15, 4, 0, UTC)
    code = "kvt-qmzr-xub"
    ev = {
        "kind": "calendar#event",
        "etag": "\"3431" + str(int(H(s + "etag", 8), 16)) + "\"",
        "id": H(s + "id", 26).translate(str.maketrans("0123456789", "ghijklmnop")),
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=" + base64.urlsafe_b64encode(
            (H(s + "id", 26).translate(str.maketrans("0123456789", "ghijklmnop")) + " " + OWNER).encode()).decode().rstrip("="),
        "created": created.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "updated": (created + timedelta(minutes=6, seconds=12)).strftime("%Y-%m-%dT%H:%M:%S.418Z"),
        "summary": "Silvermine Hotel Group – 2nd interview: pricing case presentation (Liezl Jacobs)",
        "description": ("Hi Liezl – as discussed, for round two you'll present your pricing recommendation for the "
                        "Silvermine Noordhoek case pack (about 20 minutes), followed by Q&A with me on the Group "
                        "Revenue Manager role. Tumi from People & Culture will e-mail you the case pack on Friday.\n\n"
                        "Farah Adams\nDirector of Revenue, Silvermine Hotel Group"),
        "location": "Google Meet",
        "creator": {"email": farah[1], "displayName": farah[0]},
        "organizer": {"email": farah[1], "displayName": farah[0]},
        "start": {"dateTime": start.isoformat(), "timeZone": "Africa/Johannesburg"},
        "end": {"dateTime": end.isoformat(), "timeZone": "Africa/Johannesburg"},
        "iCalUID": H(s + "id", 26).translate(str.maketrans("0123456789", "ghijklmnop")) + "@google.com",
        "sequence": 0,
        "attendees": [
            {"email": farah[1], "displayName": farah[0], "organizer": True, "responseStatus": "accepted"},
            {"email": OWNER, "displayName": OWNER_NAME, "self": True, "responseStatus": "accepted"},
        ],
        "hangoutLink": f"https://meet.google.com/{code}",
        "conferenceData": {
            "entryPoints": [
                {"entryPointType": "video", "uri": f"https://meet.google.com/{code}", "label": f"meet.google.com/{code}"},
                {"entryPointType": "phone", "uri": "tel:+27-10-823-0412", "label": "+27 10 823 0412", "pin": "318440275",
                 "regionCode": "ZA"},
            ],
            "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet",
                                   "iconUri": "https://fonts.gstatic.com/s/i/productlogos/meet_2020q4/v6/web-512dp/logo_meet_2020q4_color_2x_web_512dp.png"},
            "conferenceId": code,
        },
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    case(s + "-gcal-json-case-presentation",
         [("01-silvermine-second-interview.gcal.json", json.dumps(ev, indent=2, ensure_ascii=False) + "\n")],
         [iv("Silvermine Hotel Group", "Group Revenue Manager", start, end, "scheduled", [farah[1]], [farah[1]],
             "technical")],
         "medium", "positive/gcal-json",
         "Calendar API event only: second interview where she presents a pricing case to the Director of Revenue "
         "(live, so an interview, not a take-home). 'Tumi' has no address.")


def c10():
    s = "b143-10"
    bongani = ("Bongani Zulu", "bongani.zulu@amphitheatreresorts.example")
    start, end = T(2026, 4, 28, 11, 15), T(2026, 4, 28, 12, 0)
    W(start, "Tuesday")
    stamp = T(2026, 4, 22, 7, 58, 12, UTC)
    topic = "Amphitheatre Mountain Resorts | Interview: Revenue & Distribution Manager – Liezl Jacobs"
    ztxt, zurl, zmid = zoom_block(s + "zoom", "Bongani Zulu", topic)
    desc = ("Hi Liezl, looking forward to chatting about the Revenue & Distribution Manager role and about life in "
            "the Berg! – Bongani Zulu, General Manager, Amphitheatre Mountain Resorts\n\n" + ztxt)
    cal = ics(["BEGIN:VCALENDAR", "PRODID:-//zoom.us//iCalendar Event//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
               "METHOD:PUBLISH", "CLASS:PUBLIC"] + VTZ_OLSON_SAST + [
        "BEGIN:VEVENT", f"DTSTAMP:{z(stamp)}", f"DTSTART;TZID=Africa/Johannesburg:{loc(start)}",
        f"DTEND;TZID=Africa/Johannesburg:{loc(end)}", f"SUMMARY:{esc(topic)}",
        f"UID:{loc(start)}-{zmid}@zoom.us", "TZID:Africa/Johannesburg", "DESCRIPTION:" + esc(desc),
        f"LOCATION:{zurl}", f"ORGANIZER;CN=Bongani Zulu:mailto:{bongani[1]}",
        f"ATTENDEE;CN={OWNER_NAME};RSVP=TRUE:mailto:{OWNER}",
        "BEGIN:VALARM", "TRIGGER:-PT10M", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "END:VALARM",
        "END:VEVENT", "END:VCALENDAR"])
    case(s + "-standalone-zoom-ics",
         [("01-zoom-interview-amphitheatre.ics", cal)],
         [iv("Amphitheatre Mountain Resorts", "Revenue & Distribution Manager", start, end, "scheduled", [bongani[1]],
             [bongani[1]], "hiring_manager")],
         "easy", "positive/standalone-zoom-ics",
         "Zoom-generated .ics only (TZID Africa/Johannesburg with VTIMEZONE); the GM is organizer and interviewer.")


def c11():
    s = "b143-11"
    megan = ("Megan van Wyk", "megan.vanwyk@kloofstreethotel.example")
    me = (OWNER_NAME, OWNER)
    sent1 = T(2026, 4, 10, 13, 22, 51)
    reply_at = T(2026, 4, 10, 15, 47, 0)
    sent2 = T(2026, 4, 10, 16, 5, 12)
    start, end = T(2026, 4, 13, 8, 0), T(2026, 4, 13, 9, 0)
    W(sent1, "Friday")
    W(start, "Monday")
    assert (start.date() - sent1.date()).days == 3
    subj = "Revenue & Reservations Manager – coffee on Monday?"
    t1 = f"""Hi Liezl

Thanks so much for applying for our Revenue & Reservations Manager role – your CV really stood out.

The first step in our hiring process is always an informal coffee with me (I'm the GM and the role reports to me) before we bring anyone in for the panel interview. Would Monday morning at 08:00 work? We can meet at the coffee bar in our lobby, 112 Kloof Street. Let's block 08:00–09:00.

Cheers
Megan

Megan van Wyk
General Manager | Kloof Street Hotel Co.
+27 21 422 6610
"""
    id1 = f"<{uuidish(s + 'm1').upper()}@kloofstreethotel.example>"
    reply = "Hi Megan\n\nMonday 08:00 is perfect – I'll see you at the coffee bar. Thanks for the quick response!\n\nLiezl"
    reply_id = gmail_id(s + "reply")
    t2 = f"""Lekker! See you Monday at 8 then. Ask for me at reception if I'm not at the coffee bar yet.

Megan

Sent from my iPhone

> On {reply_at.day} Apr 2026, at {reply_at:%H:%M}, Liezl Jacobs <{OWNER}> wrote:
>
""" + "\n".join("> " + l if l else ">" for l in reply.split("\n")) + "\n"
    m1, _ = human_mail(seed=s + "m1", frm=megan, to=[me], subject=subj, sent=sent1, text=t1, client="outlook")
    m2, _ = human_mail(seed=s + "m2", frm=megan, to=[me], subject="Re: " + subj, sent=sent2, text=t2,
                       client="iphone", in_reply_to=reply_id, references=f"{id1} {reply_id}")
    case(s + "-coffee-chat-process-step",
         [("01-megan-coffee-invite.eml", m1), ("02-re-coffee-see-you-monday.eml", m2)],
         [iv("Kloof Street Hotel Co", "Revenue & Reservations Manager", start, end, "scheduled", [megan[1]],
             [megan[1]], "other")],
         "medium", "positive/coffee-chat",
         "Informal coffee with the GM that is explicitly 'the first step in our hiring process'; 'Monday' resolved "
         "from Fri 10 Apr -> Mon 13 Apr 08:00-09:00 SAST.")


def c12():
    s = "b143-12"
    lerato = ("Lerato Nkosi", "lerato@jacarandatalent.example")
    francois = ("Francois Louw", "francois.louw@wynlandhotels.example")
    me = (OWNER_NAME, OWNER)
    start, end = T(2026, 4, 23, 11, 0), T(2026, 4, 23, 11, 45)
    fwd_at = T(2026, 4, 13, 17, 2, 0)
    sent1 = T(2026, 4, 14, 10, 10, 40)
    sent2 = T(2026, 4, 14, 10, 26, 15)
    t1 = f"""Hi Liezl

Great news – Wynland's GM, Francois Louw, would like to meet you for the Revenue Manager role (see his note below). He's sending you a Google invite himself for {W(start, 'Thursday')} {start.day} April at {start:%H:%M}; it'll be 45 minutes on Google Meet.

Francois is Afrikaans-first, so don't be surprised if he switches languages halfway through! Please give me a ring afterwards for a debrief.

Kind regards
Lerato

Lerato Nkosi
Senior Consultant – Hospitality | Jacaranda Talent Partners
Katherine Street, Sandton, Johannesburg | +27 11 783 4410

---------- Forwarded message ---------
From: Francois Louw <{francois[1]}>
Date: {W(fwd_at, 'Monday')}, {fwd_at.day} Apr 2026 at {fwd_at:%H:%M}
Subject: Re: Kandidaat vir Inkomstebestuurder – Liezl Jacobs
To: Lerato Nkosi <{lerato[1]}>

Lerato, baie dankie vir die CV. Ek wil haar graag ontmoet – {W(start, 'Donderdag')} {start.day} April om {start:%H:%M} werk vir my. Ek stuur self vir haar die uitnodiging.

Groete
Francois
"""
    m1, _ = human_mail(seed=s + "m1", frm=lerato, to=[me], subject="Wynland Hotelgroep – interview with the GM",
                       sent=sent1, text=t1, client="outlook")
    m2 = google_invite(seed=s + "m2", organizer=francois,
                       guests=[(francois[0], francois[1]), (None, OWNER),
                               (lerato[0], lerato[1], "NEEDS-ACTION", "OPT-PARTICIPANT")],
                       summary="Onderhoud / Interview: Inkomstebestuurder (Revenue Manager) – Liezl Jacobs",
                       start=start, end=end, tzabbr="SAST", tzlong="South Africa Standard Time",
                       description=("Hallo Liezl\n\nEk sien uit na ons gesprek oor die Inkomstebestuurder-pos by "
                                    "Wynland Hotelgroep. Ons kan gerus in Engels of Afrikaans gesels – net wat jy "
                                    "verkies.\n\nGroete\nFrancois Louw\nAlgemene Bestuurder, Wynland Hotelgroep"),
                       sent=sent2)
    case(s + "-agency-forward-google-invite",
         [("01-lerato-interview-with-gm.eml", m1), ("02-invitation-onderhoud-francois.eml", m2)],
         [iv("Wynland Hotelgroep", "Revenue Manager", start, end, "scheduled", [francois[1]], [francois[1]],
             "hiring_manager")],
         "medium", "positive/agency-forward-google-invite",
         "Sandton agency consultant forwards the client GM's Afrikaans note ('Donderdag 23 April om 11:00'); GM's "
         "own bilingual Google invite follows. Company = the hiring client, not the agency; agency consultant is an "
         "optional attendee who does not interview.")


def c13():
    s = "b143-13"
    chantal = ("Chantal Pillay", "chantal.pillay@sunbirdcoast.example")
    start, end = T(2026, 4, 22, 11, 0), T(2026, 4, 22, 12, 30)
    sent = T(2026, 4, 16, 7, 30, 0, UTC)
    role = "Revenue Manager – Sunbird Coast Hermanus"
    t = f"""Dear Liezl

{role} (Job No. SCH2291)

Thank you for attending the first interview. We are pleased to invite you to a second, in-person interview for the above position.

Date:    {W(start, 'Wednesday')}, {start.day} April 2026
Time:    {start:%H:%M} – {end:%H:%M}
Venue:   Sunbird Coast Hermanus, 14 Marine Drive, Hermanus – boardroom, ground floor
Panel:   Gareth Williams (General Manager) and Fatima Essop (Financial Controller)

Please bring a copy of your ID and your qualifications. Parking is available at the rear of the hotel.

Should you need to reschedule, please contact Chantal Pillay, HR Officer, at {chantal[1]} or reply to this email.

Kind regards

Recruitment Team
Sunbird Coast Hotels

---
This message was sent by Sunbird Coast Hotels via PageUp.
"""
    m = ats_mail(seed=s + "m1", frm=("Sunbird Coast Hotels Recruitment", "noreply@pageuppeople.com"),
                 reply_to=chantal, subject=f"Second interview – {role}", sent=sent, text=t)
    case(s + "-pageup-inperson-panel-names-only",
         [("01-pageup-second-interview.eml", m)],
         [iv("Sunbird Coast Hotels", "Revenue Manager", start, end, "scheduled", [], [chantal[1]], "onsite")],
         "medium", "positive/ats-body-only-panel",
         "PageUp mail only, in-person panel (two interviewers named without addresses) -> interviewer_emails empty, "
         "follow-up to the HR officer given in Reply-To/text. The first interview is mentioned but undated.")


# =========================================================================================== NEGATIVES
FWD = [("X-Forwarded-To", OWNER), ("X-Forwarded-For", f"{WORK} {OWNER}")]


def n14():
    s = "b143-14"
    sent = T(2026, 3, 8, 18, 0, 4)
    W(sent, "Sunday")
    slots = [(T(2026, 3, 9, 10, 0), T(2026, 3, 9, 12, 30)), (T(2026, 3, 10, 18, 0), T(2026, 3, 10, 20, 30)),
             (T(2026, 3, 11, 2, 0), T(2026, 3, 11, 4, 30)), (T(2026, 3, 11, 16, 0), T(2026, 3, 11, 18, 30)),
             (T(2026, 3, 12, 8, 0), T(2026, 3, 12, 10, 30)), (T(2026, 3, 13, 14, 0), T(2026, 3, 13, 16, 30))]
    rows, last = [], None
    for a, b in slots:
        label = f"{a:%a} {a.day} {a:%b}"
        if label == last:
            rows[-1] += f", {a:%H:%M} – {b:%H:%M}"
        else:
            rows.append(f"{label:<12}{a:%H:%M} – {b:%H:%M}")
        last = label
    t = f"""Hi Liezl,

Eskom has announced Stage 4 load-shedding from Monday 05:00 until further notice. Here is your schedule for Sea Point (City of Cape Town Block 7):

""" + "\n".join(rows) + """

Got an important video call, exam or job interview coming up? Charge your router backup and laptop beforehand, and keep your phone hotspot ready.

A calendar file with all slots is attached – add it so your calendar shows when you'll be off.

Stay powered,
The PowerWatch SA team

You're receiving this because you follow Sea Point (Block 7). Manage your areas: https://powerwatch-sa.example/areas
"""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//PowerWatch SA//Schedules 3.2//EN", "METHOD:PUBLISH",
             "X-WR-CALNAME:Load-shedding – Sea Point (Block 7)", "X-WR-TIMEZONE:Africa/Johannesburg"] + VTZ_OLSON_SAST
    for i, (a, b) in enumerate(slots):
        lines += ["BEGIN:VEVENT", f"UID:pw-blk7-{loc(a)}-{i}@powerwatch-sa.example", f"DTSTAMP:{z(sent)}",
                  f"DTSTART;TZID=Africa/Johannesburg:{loc(a)}", f"DTEND;TZID=Africa/Johannesburg:{loc(b)}",
                  "SUMMARY:Load-shedding Stage 4 (Sea Point\\, Block 7)",
                  "DESCRIPTION:Power off in your area. Times may change at short notice.",
                  "TRANSP:TRANSPARENT", "END:VEVENT"]
    lines.append("END:VCALENDAR")
    m = ats_mail(seed=s, frm=("PowerWatch SA", "alerts@powerwatch-sa.example"), reply_to=None,
                 subject="Stage 4 this week – your schedule for Sea Point (Block 7)", sent=sent, text=t, vendor="other",
                 attachments=[ics_attachment(ics(lines), "loadshedding-sea-point-block7.ics")],
                 extra=[("List-Unsubscribe", "<https://powerwatch-sa.example/unsub?u=" + H(s + "u", 16) + ">")])
    case(s + "-loadshedding-schedule", [("01-powerwatch-stage4-schedule.eml", m)], [], "medium",
         "negative/loadshedding-schedule",
         "Load-shedding alert with six calendar events; mentions 'job interview' only as a tip. No interview.")


def n15():
    s = "b143-15"
    sent = T(2026, 3, 2, 11, 15, 40)
    start, end = T(2026, 3, 14, 11, 0), T(2026, 3, 14, 12, 15)
    t = f"""Dear Liezl,

Thank you for booking with Klipkop Wine Estate, Stellenbosch. We look forward to hosting you!

Experience:   Cellar Master's Reserve Tasting (seated, approx. 75 minutes)
Date:         {W(start, 'Saturday')}, {start.day} March 2026
Time:         {start:%H:%M}
Guests:       2
Your host:    Jacques Marais, Cellar Master
Booking ref:  KKW-26-0314-117

Jacques will take you through six wines from the reserve range, including a barrel sample of the 2025 Chenin Blanc, and will gladly answer your questions about the estate. Please arrive 10 minutes early; the tasting room is at the top of the oak avenue.

Cancellation policy: free cancellation up to 48 hours before your booking. To change your booking, reply to this email or call +27 21 884 0392.

Proost!
The Klipkop team
"""
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Klipkop Wine Estate//Bookings//EN", "METHOD:REQUEST"]
              + VTZ_OLSON_SAST + [
        "BEGIN:VEVENT", f"UID:KKW-26-0314-117@klipkopwines.example", f"DTSTAMP:{z(sent)}", "SEQUENCE:0",
        f"DTSTART;TZID=Africa/Johannesburg:{loc(start)}", f"DTEND;TZID=Africa/Johannesburg:{loc(end)}",
        "SUMMARY:Cellar Master's Reserve Tasting – Klipkop Wine Estate (2 guests)",
        "DESCRIPTION:" + esc("Hosted by Jacques Marais, Cellar Master. Booking ref KKW-26-0314-117."),
        "LOCATION:" + esc("Klipkop Wine Estate, Annandale Road, Stellenbosch"),
        "ORGANIZER;CN=Klipkop Wine Estate:mailto:reservations@klipkopwines.example",
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN={OWNER_NAME}:mailto:{OWNER}",
        "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    m = ats_mail(seed=s, frm=("Klipkop Wine Estate", "reservations@klipkopwines.example"), reply_to=None,
                 subject=f"Booking confirmed: Cellar Master's Reserve Tasting – Sat {start.day} March, {start:%H:%M}",
                 sent=sent, text=t, vendor="other", attachments=[ics_attachment(cal, "booking.ics", "REQUEST")])
    case(s + "-wine-estate-tasting-booking", [("01-klipkop-tasting-confirmed.eml", m)], [], "easy",
         "negative/wine-tasting-booking",
         "Leisure booking with a named host, invite and 'your questions'; not a hiring process.")


def n16():
    s = "b143-16"
    nadia = ("Nadia Hendricks", "nadia.hendricks@signalhillhotel.example")
    guest = ("Pieter Vermeulen", "p.vermeulen@vermeulen-attorneys.example")
    sent = T(2026, 3, 17, 15, 10, 44)
    start, end = T(2026, 3, 18, 10, 0), T(2026, 3, 18, 10, 30)
    body = f"""Hi Liezl

Mr Vermeulen (stayed 12–15 March, Conf. SH48213) has escalated about his rate: he paid R4 850 per night on BAR while a colleague at the same conference was on the corporate rate of R3 200. He has asked to speak to "whoever sets the prices" before he posts his review, so I've set up a Teams call for tomorrow at {start:%H:%M}. I'll join and take notes for the guest file.

Could you please have the rate history and the group block terms for that week ready? The GM has pre-approved a goodwill gesture of up to R1 500.

Thanks
Nadia

Nadia Hendricks
Guest Relations Manager | Signal Hill Hotel
"""
    m = outlook_invite(seed=s, organizer=nadia, required=[("Liezl Jacobs", WORK), guest],
                       subject="Guest call: rate query – Mr P. Vermeulen (Conf. SH48213)", start=start, end=end,
                       tzid="South Africa Standard Time", vtz=VTZ_WIN_SAST, when_label="(UTC+02:00) Harare, Pretoria",
                       body=body, sent=sent, delivered_extra=FWD, pod="JNAP275")
    case(s + "-guest-complaint-call-at-work", [("01-teams-guest-rate-query.eml", m)], [], "hard",
         "negative/guest-complaint-call",
         "Teams invite at her current hotel (forwarded from work address) to handle a guest's rate complaint with "
         "an external person; she is staff, not a candidate.")


def n17():
    s = "b143-17"
    yusuf = ("Yusuf Salie", "yusuf.salie@capetourismboard.example")
    carla = ("Carla Pretorius", "carla.pretorius@coastandkaroo.example")
    sent = T(2026, 3, 24, 9, 12, 33)
    start, end = T(2026, 3, 31, 10, 30), T(2026, 3, 31, 11, 0)
    W(start, "Tuesday")
    m = google_invite(seed=s, organizer=yusuf,
                      guests=[(yusuf[0], yusuf[1]), (carla[0], carla[1], "ACCEPTED"), (None, WORK)],
                      summary="Media interview: Cape Town winter occupancy outlook – Liezl Jacobs (Signal Hill Hotel)",
                      start=start, end=end, tzabbr="SAST", tzlong="South Africa Standard Time",
                      description=("Hi Liezl, thanks for agreeing to be interviewed for our 'Winter in the Cape' media "
                                   "campaign. Carla Pretorius from Coast & Karoo Travel magazine will ask about winter "
                                   "occupancy, rate strategy and the impact of the new direct flights (about 20 "
                                   "minutes). Quotes will be used in our press release and on the Cape Tourism Board "
                                   "blog – please send a headshot beforehand.\n\nYusuf Salie\nMedia Relations, Cape "
                                   "Tourism Board"),
                      sent=sent, to=WORK, forwarded_from=WORK)
    case(s + "-tourism-board-media-interview", [("01-invitation-media-interview.eml", m)], [], "hard",
         "negative/press-interview",
         "Google invite titled 'Media interview' with a journalist; she is interviewed as a hotel spokesperson.")


def n18():
    s = "b143-18"
    ruan = ("Ruan Smit", "ruan.smit@capecoastalinns.example")
    sent = T(2026, 4, 29, 8, 30, 0, UTC)
    d1, d2 = T(2026, 5, 5), T(2026, 5, 6)
    exp = T(2026, 5, 2)
    t = f"""Hi Liezl,

Good news – the hiring team for Revenue Manager (Cape Coastal Inns, Hermanus & Langebaan) would like to interview you.

Please pick a time that suits you using the link below. Available slots (all times SAST):

{W(d1, 'Tuesday')}, May {d1.day}, 2026: 10:00 AM, 11:00 AM, 2:00 PM
{W(d2, 'Wednesday')}, May {d2.day}, 2026: 9:00 AM, 3:30 PM

Select your interview time: https://www.smartrecruiters.com/candidate/interview-scheduling/{uuidish(s + 'link')}

Slots are offered on a first-come basis and this link expires on May {exp.day}, 2026. Once you pick a slot you will receive a calendar invitation with the video link. Questions? Contact Ruan Smit ({ruan[1]}).

Cape Coastal Inns Hiring Team

Powered by SmartRecruiters
"""
    m = ats_mail(seed=s, frm=("Cape Coastal Inns", "noreply@smartrecruiters.com"), reply_to=ruan,
                 subject="Action required: choose your interview time – Revenue Manager", sent=sent, text=t,
                 vendor="smartrecruiters")
    case(s + "-smartrecruiters-pick-a-slot", [("01-smartrecruiters-choose-time.eml", m)], [], "hard",
         "negative/availability-request",
         "Self-scheduling link with candidate slots; nothing booked in the case.")


def n19():
    s = "b143-19"
    sent = T(2026, 3, 25, 13, 0, 5, UTC)
    past = T(2026, 3, 19, 14, 0)
    t = f"""Dear Liezl

Revenue Manager – The Seaboard Clifton (Job No. ASH0877)

Thank you for taking the time to attend your interview with us on {W(past, 'Thursday')}, {past.day} March 2026 at {past:%H:%M}, and for your interest in joining Atlantic Seaboard Hotels.

After careful consideration, we regret to inform you that we will not be progressing your application further on this occasion. The panel was impressed with your knowledge of the Cape Town market, and the decision was a difficult one.

We would like to keep your details on our talent pool for future revenue roles, and we wish you every success in your career.

Kind regards

Candice Februarie
Talent Acquisition | Atlantic Seaboard Hotels

---
This message was sent by Atlantic Seaboard Hotels via PageUp.
"""
    m = ats_mail(seed=s, frm=("Atlantic Seaboard Hotels Careers", "noreply@pageuppeople.com"), reply_to=None,
                 subject="Your application – Revenue Manager, The Seaboard Clifton (ASH0877)", sent=sent, text=t)
    case(s + "-pageup-regret-after-interview", [("01-pageup-outcome.eml", m)], [], "medium",
         "negative/rejection",
         "PageUp rejection that names the date and time of a past interview; no interview is scheduled in the case.")


def n20():
    s = "b143-20"
    bronwyn = ("Bronwyn Adonis", "bronwyn.adonis@signalhillhotel.example")
    kagiso = ("Kagiso Molefe", "kagiso.molefe@inbox.example")
    sent = T(2026, 3, 30, 10, 5, 27)
    start, end = T(2026, 4, 2, 14, 0), T(2026, 4, 2, 15, 0)
    body = f"""Hi Liezl and Kagiso

Kagiso, thank you for your interest in the Revenue Analyst position at Signal Hill Hotel. This invitation is for your second interview with Liezl Jacobs (Revenue Manager) and myself on {W(start, 'Thursday')} at {start:%H:%M}.

Liezl – Kagiso's CV and the competency scoring sheet are in the HR folder on SharePoint. Please bring the Excel pricing exercise you prepared for the candidates.

Kind regards
Bronwyn

Bronwyn Adonis
HR Manager | Signal Hill Hotel
"""
    m = outlook_invite(seed=s, organizer=bronwyn, required=[("Liezl Jacobs", WORK), kagiso],
                       subject="Interview: Revenue Analyst – Kagiso Molefe", start=start, end=end,
                       tzid="South Africa Standard Time", vtz=VTZ_WIN_SAST, when_label="(UTC+02:00) Harare, Pretoria",
                       body=body, sent=sent, delivered_extra=FWD, pod="JNAP275")
    case(s + "-user-is-interviewer-revenue-analyst", [("01-teams-interview-revenue-analyst.eml", m)], [], "hard",
         "negative/user-is-interviewer",
         "Teams 'Interview' invite at her current hotel where she is on the panel interviewing a candidate.")


def n21():
    s = "b143-21"
    sent = T(2026, 4, 30, 7, 45, 12, UTC)
    deadline = T(2026, 5, 8, 23, 59)
    t = f"""Hi Liezl,

Bushveld Safari Lodges has invited you to complete a one-way video interview for the Revenue Manager role (Hoedspruit).

There is no live interviewer – you'll record answers to 5 questions in your own time. You get 30 seconds to think and up to 2 minutes to answer each question, with one retake.

Deadline: {W(deadline, 'Friday')}, {deadline.day} May 2026 at {deadline:%H:%M} (SAST)
Start your interview: https://app.vidscreen.example/i/{H(s + 'tok', 20)}

Tips: find a quiet spot with good light, and check your load-shedding schedule so your Wi-Fi stays up!

Good luck,
The VidScreen team, on behalf of Bushveld Safari Lodges
"""
    m = ats_mail(seed=s, frm=("Bushveld Safari Lodges via VidScreen", "invitations@vidscreen.example"), reply_to=None,
                 subject="Your video interview for Revenue Manager – Bushveld Safari Lodges", sent=sent, text=t,
                 vendor="other")
    case(s + "-one-way-video-interview", [("01-vidscreen-one-way-video.eml", m)], [], "medium",
         "negative/one-way-video",
         "Asynchronous recorded 'video interview' with a deadline; not a live conversation.")


def n22():
    s = "b143-22"
    dorothea = ("Dorothea Cloete", "bestuur@seepuntmansions.example")
    sent = T(2026, 3, 12, 9, 30, 18)
    start, end = T(2026, 3, 17, 9, 0), T(2026, 3, 17, 13, 0)
    t = f"""Beste inwoners / Dear residents

Geskeduleerde onderhoud aan albei hysbakke vind plaas op {W(start, 'Dinsdag')} {start.day} {AF_MONTHS[start.month]} om {start:%H:%M} tot ongeveer {end:%H:%M}. Die tegnikus van Kaap Hysbakdienste sal ook die batterye vir die noodkrag tydens beurtkrag toets. Gebruik asseblief die trappe gedurende hierdie tyd.

Scheduled maintenance of both lifts will take place on {W(start, 'Tuesday')} {start.day} March from {start:%H:%M} until about {end:%H:%M}. The technician from Kaap Hysbakdienste will also test the load-shedding backup batteries. Please use the stairs during this time.

'n Kalenderlêer is aangeheg. / A calendar file is attached.

Ons vra om verskoning vir die ongerief. / We apologise for the inconvenience.

Dorothea Cloete
Bestuursagent / Managing Agent | Seepunt Mansions
"""
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
               "METHOD:PUBLISH"] + VTZ_WIN_SAST + [
        "BEGIN:VEVENT", f"UID:{H(s + 'uid', 32, True)}", f"DTSTAMP:{z(sent)}",
        f"DTSTART;TZID=South Africa Standard Time:{loc(start)}", f"DTEND;TZID=South Africa Standard Time:{loc(end)}",
        "SUMMARY:Onderhoud: hysbakke buite werking / Lift maintenance",
        "LOCATION:Seepunt Mansions\\, Main Road\\, Sea Point", "CLASS:PUBLIC", "TRANSP:TRANSPARENT",
        "END:VEVENT", "END:VCALENDAR"])
    m, _ = human_mail(seed=s, frm=("Dorothea Cloete (Seepunt Mansions)", dorothea[1]),
                      to=[("Inwoners / Residents", "inwoners@seepuntmansions.example")],
                      subject=f"Geskeduleerde onderhoud: hysbakke / Scheduled lift maintenance – {W(start, 'Dinsdag')} {start.day} {AF_MONTHS[start.month]}",
                      sent=sent, text=t, client="outlook", attachments=[ics_attachment(cal, "onderhoud.ics")])
    case(s + "-afrikaans-onderhoud-maintenance", [("01-onderhoud-hysbakke.eml", m)], [], "hard",
         "negative/afrikaans-maintenance",
         "'Onderhoud' here means maintenance (lift servicing) in a building notice with 'Dinsdag 17 Maart om 09:00' "
         "and an .ics; not an interview.")


# ================================================================================================ main
def main():
    for fn in (c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13,
               n14, n15, n16, n17, n18, n19, n20, n21, n22):
        fn()
    for name in sorted(os.listdir(HERE)):
        if name.startswith(PREFIX) and os.path.isdir(os.path.join(HERE, name)):
            shutil.rmtree(os.path.join(HERE, name))
    labels = {}
    for i, (slug, files, interviews, difficulty, category, notes) in enumerate(CASES, 1):
        assert slug.startswith(f"{PREFIX}{i:02d}-"), slug
        d = os.path.join(HERE, slug)
        os.makedirs(d)
        names = [n for n, _ in files]
        assert names == sorted(names) and len(set(names)) == len(names), names
        for name, content in files:
            assert re.match(r"^\d\d-.+\.(eml|ics|gcal\.json)$", name), name
            with open(os.path.join(d, name), "wb") as fh:
                fh.write(content.encode("utf-8"))
        labels[slug] = {"user": OWNER, "interview": bool(interviews), "interviews": interviews,
                        "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as fh:
        fh.write("# Labels for blind143 (generated by make_cases.py). Schema: /work/shared/eval/README.md\n")
        yaml.safe_dump(labels, fh, sort_keys=False, allow_unicode=True, width=110, default_flow_style=False)
    npos = sum(1 for c in CASES if c[2])
    nint = sum(len(c[2]) for c in CASES)
    ncan = sum(1 for c in CASES for x in c[2] if x["status"] == "cancelled")
    print(f"{len(CASES)} cases, {npos} positive, {len(CASES) - npos} negative, {nint} interviews "
          f"({nint - ncan} scheduled, {ncan} cancelled)")


if __name__ == "__main__":
    main()
