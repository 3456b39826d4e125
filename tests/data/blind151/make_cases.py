#!/usr/bin/env python3
"""Regenerate the blind151 evaluation set next to this file.

Theme: a Manila-based customer-operations team lead (PH/SG BPO and fintech employers, US and
Australian client accounts).  Writes every b151-* case folder, labels.yaml and README.md.
Deterministic: fixed dates, Message-IDs, UIDs and MIME boundaries (derived with sha256 from
fixed seeds).  Standard library + PyYAML + zoneinfo only.
"""
import base64
import hashlib
import html as htmlmod
import json
import os
import quopri
import shutil
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
OWNER = "tin.villanueva@example.com"
OWNER_NAME = "Maria Cristina Villanueva"

UTC = timezone.utc
MNL = ZoneInfo("Asia/Manila")
SGT = ZoneInfo("Asia/Singapore")
NYC = ZoneInfo("America/New_York")
LAX = ZoneInfo("America/Los_Angeles")
PHX = ZoneInfo("America/Phoenix")
SYD = ZoneInfo("Australia/Sydney")
MEL = ZoneInfo("Australia/Melbourne")


# --------------------------------------------------------------------------- small helpers
def T(tz, y, mo, d, h=0, mi=0, s=0):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


def day(dt, name):
    """Assert that a weekday named in the text is right."""
    assert dt.strftime("%A") == name, (dt.isoformat(), dt.strftime("%A"), name)
    return dt


def hid(*parts, n=16):
    return hashlib.sha256("|".join(str(p) for p in parts).encode()).hexdigest()[:n]


def rfc(dt):
    return format_datetime(dt)


def zstamp(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def lstamp(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


def h12(dt):
    return f"{dt.hour % 12 or 12}:{dt.minute:02d} {'AM' if dt.hour < 12 else 'PM'}"


def gtime(dt):
    h = dt.hour % 12 or 12
    m = f":{dt.minute:02d}" if dt.minute else ""
    return f"{h}{m}{'am' if dt.hour < 12 else 'pm'}"


def addr(name, email):
    return formataddr((name, email))


def hdr(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def iso(dt):
    return dt.isoformat() if dt is not None else None


def quote(text):
    return "\n".join((">" + (" " + l if l and not l.startswith(">") else l)) for l in text.split("\n"))


def gmail_attr(dt, name, email):
    return f"On {dt:%a}, {dt:%b} {dt.day}, {dt.year} at {h12(dt)} {name} <{email}> wrote:"


def outlook_block(dt, frm, to, subject, cc=None):
    lines = ["________________________________", f"From: {frm}",
             f"Sent: {dt:%A}, {dt:%B} {dt.day}, {dt.year} {h12(dt)}", f"To: {to}"]
    if cc:
        lines.append(f"Cc: {cc}")
    lines.append(f"Subject: {subject}")
    return "\n".join(lines)


def teams_block(seed):
    mid = hid(seed, "teams", n=12)
    digits = str(int(hid(seed, "mid", n=10), 16))[:12].ljust(12, "7")
    return (
        "________________________________________________________________________________\n"
        "Microsoft Teams meeting\n"
        "Join on your computer, mobile app or room device\n"
        f"Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0?context=%7b%22Tid%22%3a%22{hid(seed, 'tid', n=8)}%22%7d>\n"
        f"Meeting ID: {digits[0:3]} {digits[3:6]} {digits[6:9]} {digits[9:12]}\n"
        f"Passcode: {hid(seed, 'pc', n=6)}\n"
        "Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | "
        "Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
        "Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>\n"
        "________________________________________________________________________________"
    )


# --------------------------------------------------------------------------- MIME building
class Leaf:
    def __init__(self, ctype, body, cte="7bit", headers=()):
        self.ctype, self.body, self.cte, self.headers = ctype, body, cte, list(headers)

    def render(self):
        data = self.body.encode("utf-8") if isinstance(self.body, str) else self.body
        if self.cte == "base64":
            enc = base64.encodebytes(data).decode("ascii")
        elif self.cte == "quoted-printable":
            enc = quopri.encodestring(data).decode("ascii")
        else:
            enc = data.decode("utf-8")
        if not enc.endswith("\n"):
            enc += "\n"
        lines = [f"Content-Type: {self.ctype}"]
        if self.cte:
            lines.append(f"Content-Transfer-Encoding: {self.cte}")
        lines += self.headers
        return "\n".join(lines) + "\n\n" + enc


class Multi:
    def __init__(self, subtype, boundary, parts):
        self.subtype, self.boundary, self.parts = subtype, boundary, parts

    def render(self):
        out = f'Content-Type: multipart/{self.subtype}; boundary="{self.boundary}"\n\n'
        for p in self.parts:
            out += f"--{self.boundary}\n" + p.render() + "\n"
        return out + f"--{self.boundary}--\n"


def message(headers, root):
    head = "\n".join(f"{k}: {v}" for k, v in headers)
    return head + "\nMIME-Version: 1.0\n" + root.render()


def attachment(ctype, filename, data):
    return Leaf(f'{ctype}; name="{filename}"', data, "base64",
                [f'Content-Disposition: attachment; filename="{filename}"'])


def needs_qp(text):
    try:
        text.encode("ascii")
    except UnicodeEncodeError:
        return True
    return any(len(l) > 76 for l in text.split("\n"))


def to_html(text, font="Arial,Helvetica,sans-serif"):
    out = []
    for para in text.split("\n\n"):
        lines = para.split("\n")
        if lines and all(l.startswith(">") for l in lines if l):
            inner = "<br>\n".join(htmlmod.escape(l[1:].lstrip(" >")) for l in lines)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
                       + inner + "</blockquote>")
        else:
            out.append("<p>" + "<br>\n".join(htmlmod.escape(l) for l in lines) + "</p>")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body><div style="font-family:{font};font-size:11pt">\n' + "\n".join(out)
            + "\n</div></body></html>\n")


def received(date, host, seed):
    ip = f"203.0.113.{int(hid(seed, 'ip', n=2), 16) % 250 + 2}"
    d2 = date + timedelta(seconds=int(hid(seed, 'lag', n=1), 16) % 5 + 1)
    return (f"from {host} ({host} [{ip}])\n        by mx1.example.com (Postfix) with ESMTPS id "
            f"{hid(seed, 'qid', n=10).upper()}\n        for <{OWNER}>; {rfc(d2)}")


def human_mail(seed, *, date, frm, to, subject, text, client="gmail", cc=None, reply_to=None,
               in_reply_to=None, references=None, attachments=(), html=None, extra=(), host=None):
    """A person's e-mail: multipart/alternative (plus multipart/mixed when attachments)."""
    fname, femail = frm
    fdomain = femail.split("@")[1]
    if client == "gmail":
        msgid = f"<CA{base64.b64encode(bytes.fromhex(hid(seed, 'gm', n=40))).decode().replace('/', '_')}@mail.gmail.com>"
        b_alt = "000000000000" + hid(seed, "alt", n=12)
        b_mix = "000000000000" + hid(seed, "mix", n=12)
        host = host or "mail-sor-f41.google.com"
        ct_text, ct_html = 'text/plain; charset="UTF-8"', 'text/html; charset="UTF-8"'
        html = html or to_html(text).replace('<div style="font-family:Arial,Helvetica,sans-serif;font-size:11pt">', '<div dir="ltr">')
        extra_h = []
    elif client == "outlook":
        stem = hid(seed, "ol", n=20).upper()
        msgid = f"<SG2PR06MB{stem}@SG2PR06MB{stem[:4]}.apcprd06.prod.outlook.com>"
        b_alt = f"_000_SG2PR06MB{stem}_"
        b_mix = f"_004_SG2PR06MB{stem}_"
        host = host or "APC01-SG2-obe.outbound.protection.outlook.com"
        ct_text, ct_html = 'text/plain; charset="utf-8"', 'text/html; charset="utf-8"'
        html = html or to_html(text, "Aptos,Calibri,sans-serif")
        topic = subject
        for p in ("RE: ", "Re: ", "FW: ", "Fwd: "):
            if topic.startswith(p):
                topic = topic[len(p):]
        extra_h = [("Thread-Topic", hdr(topic)),
                   ("Thread-Index", base64.b64encode(bytes.fromhex(hid(seed, "ti", n=44))).decode()),
                   ("Accept-Language", "en-US"), ("Content-Language", "en-US"),
                   ("X-MS-Has-Attach", "yes" if attachments else ""), ("X-MS-TNEF-Correlator", "")]
    elif client == "apple":
        u = hid(seed, "ap", n=32).upper()
        msgid = f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:]}@{fdomain}>"
        b_alt = f"Apple-Mail={u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:]}"
        b_mix = f"Apple-Mail={u[20:]}-{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}"
        host = host or f"mail.{fdomain}"
        ct_text, ct_html = "text/plain; charset=utf-8", "text/html; charset=utf-8"
        html = html or to_html(text, "-apple-system,Helvetica,sans-serif")
        extra_h = [("X-Mailer", "iPhone Mail (22D82)")]
    else:  # bulk / system sender
        msgid = f"<{hid(seed, 'esp', n=24)}.{hid(seed, 'esp2', n=8)}@{fdomain}>"
        b_alt = "----=_Part_" + hid(seed, "alt", n=14)
        b_mix = "----=_Part_" + hid(seed, "mix", n=14)
        host = host or f"mta{int(hid(seed, 'm', n=2), 16) % 9 + 1}.{fdomain}"
        ct_text, ct_html = 'text/plain; charset="UTF-8"', 'text/html; charset="UTF-8"'
        html = html or to_html(text)
        extra_h = []
    text_part = Leaf(ct_text, text, "quoted-printable" if needs_qp(text) else "7bit")
    html_part = Leaf(ct_html, html, "base64" if client == "bulk" else "quoted-printable")
    root = Multi("alternative", b_alt, [text_part, html_part])
    if attachments:
        root = Multi("mixed", b_mix, [root] + list(attachments))
    headers = [("Delivered-To", OWNER), ("Received", received(date, host, seed)),
               ("Return-Path", f"<{femail}>")]
    headers += [("From", addr(fname, femail)), ("To", to)]
    if cc:
        headers.append(("Cc", cc))
    if reply_to:
        headers.append(("Reply-To", reply_to))
    headers += [("Subject", hdr(subject)), ("Date", rfc(date)), ("Message-ID", msgid)]
    if in_reply_to:
        headers.append(("In-Reply-To", in_reply_to))
    if references:
        headers.append(("References", references))
    headers += extra_h + list(extra)
    return message(headers, root), msgid


# --------------------------------------------------------------------------- iCalendar
def ics_escape(text):
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n"))


def fold(line):
    raw = line.encode("utf-8")
    if len(raw) <= 75:
        return line
    chunks, cur, limit = [], "", 75
    for ch in line:
        if len((cur + ch).encode("utf-8")) > limit:
            chunks.append(cur)
            cur, limit = " " + ch, 75
        else:
            cur += ch
    chunks.append(cur)
    return "\r\n".join(chunks)


def ics(lines):
    return "".join(fold(l) + "\r\n" for l in lines)


VTZ = {
    "Eastern Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:Eastern Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"],
    "AUS Eastern Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:AUS Eastern Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T030000", "TZOFFSETFROM:+1100", "TZOFFSETTO:+1000",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=4", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+1000", "TZOFFSETTO:+1100",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=10", "END:DAYLIGHT", "END:VTIMEZONE"],
    "Singapore Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:Singapore Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T000000", "TZOFFSETFROM:+0800", "TZOFFSETTO:+0800",
        "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T000000", "TZOFFSETFROM:+0800",
        "TZOFFSETTO:+0800", "END:DAYLIGHT", "END:VTIMEZONE"],
    "Asia/Singapore": [
        "BEGIN:VTIMEZONE", "TZID:Asia/Singapore", "X-LIC-LOCATION:Asia/Singapore",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0800", "TZOFFSETTO:+0800", "TZNAME:+08",
        "DTSTART:19700101T000000", "END:STANDARD", "END:VTIMEZONE"],
    "Asia/Manila": [
        "BEGIN:VTIMEZONE", "TZID:Asia/Manila", "X-LIC-LOCATION:Asia/Manila",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0800", "TZOFFSETTO:+0800", "TZNAME:PST",
        "DTSTART:19700101T000000", "END:STANDARD", "END:VTIMEZONE"],
    "Australia/Melbourne": [
        "BEGIN:VTIMEZONE", "TZID:Australia/Melbourne", "X-LIC-LOCATION:Australia/Melbourne",
        "BEGIN:STANDARD", "TZOFFSETFROM:+1100", "TZOFFSETTO:+1000", "TZNAME:AEST",
        "DTSTART:19700405T030000", "RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU", "END:STANDARD",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:+1000", "TZOFFSETTO:+1100", "TZNAME:AEDT",
        "DTSTART:19701004T020000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=1SU", "END:DAYLIGHT",
        "END:VTIMEZONE"],
}


def att(name, email, partstat="NEEDS-ACTION", role="REQ-PARTICIPANT", rsvp=True, google=False):
    cn = name if name else email
    cn = f'"{cn}"' if any(c in cn for c in ",;:") else cn
    extra = ";X-NUM-GUESTS=0" if google else ""
    r = "TRUE" if rsvp else "FALSE"
    return f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP={r};CN={cn}{extra}:mailto:{email}"


def exchange_ics(*, method, tzid, start, end, organizer, attendees, summary, description, location,
                 uid, seq, dtstamp, status="CONFIRMED", prodid="Microsoft Exchange Server 2010"):
    """start/end are aware datetimes in the zone represented by tzid."""
    cancel = method == "CANCEL"
    lines = ["BEGIN:VCALENDAR", f"METHOD:{method}", f"PRODID:{prodid}", "VERSION:2.0"]
    lines += VTZ[tzid]
    lines += ["BEGIN:VEVENT", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    lines += [att(n, e, p, r) for (n, e, p, r) in attendees]
    lines += [f"DESCRIPTION;LANGUAGE=en-US:{ics_escape(description)}",
              f"UID:{uid}",
              f"SUMMARY;LANGUAGE=en-US:{'Canceled: ' if cancel else ''}{ics_escape(summary)}",
              f"DTSTART;TZID={tzid}:{lstamp(start)}", f"DTEND;TZID={tzid}:{lstamp(end)}",
              "CLASS:PUBLIC", "PRIORITY:1" if cancel else "PRIORITY:5", f"DTSTAMP:{zstamp(dtstamp)}",
              "TRANSP:TRANSPARENT" if cancel else "TRANSP:OPAQUE",
              f"STATUS:{'CANCELLED' if cancel else status}", f"SEQUENCE:{seq}",
              f"LOCATION;LANGUAGE=en-US:{ics_escape(location)}",
              f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
              f"X-MICROSOFT-CDO-OWNERAPPTID:-{int(hid(uid, 'oa', n=8), 16) % 2000000000}",
              "X-MICROSOFT-CDO-BUSYSTATUS:FREE" if cancel else "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
              "X-MICROSOFT-CDO-INTENDEDSTATUS:FREE" if cancel else "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
              "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:2" if cancel else "X-MICROSOFT-CDO-IMPORTANCE:1",
              "X-MICROSOFT-CDO-INSTTYPE:0", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
              "X-MICROSOFT-DISALLOW-COUNTER:FALSE", "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT",
              "X-MICROSOFT-ISRESPONSEREQUESTED:TRUE"]
    if not cancel:
        lines += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M",
                  "ACTION:DISPLAY", "END:VALARM"]
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return ics(lines)


def exchange_uid(seed):
    return "040000008200E00074C5B7101A82E00800000000" + hid(seed, "uid", n=48).upper()


def exchange_invite(seed, *, date, organizer, to_list, subject, when_line, note, ics_text, method="REQUEST",
                    location="Microsoft Teams Meeting", teams=True):
    stem = hid(seed, "ex", n=20).upper()
    msgid = f"<SG2PR04MB{stem}@SG2PR04MB{stem[:4]}.apcprd04.prod.outlook.com>"
    b = f"_000_SG2PR04MB{stem}_"
    text = f"When: {when_line}\nWhere: {location}\n\n*~*~*~*~*~*~*~*~*~*\n\n{note}\n"
    if teams:
        text += "\n" + teams_block(seed) + "\n"
    html = to_html(text, "Aptos,Calibri,sans-serif")
    root = Multi("alternative", b, [
        Leaf('text/plain; charset="utf-8"', text, "quoted-printable"),
        Leaf('text/html; charset="utf-8"', html, "quoted-printable"),
        Leaf(f'text/calendar; charset="utf-8"; method={method}', ics_text.encode("utf-8"), "base64"),
    ])
    topic = subject.split(": ", 1)[1] if subject.startswith(("Canceled: ", "Updated: ")) else subject
    headers = [("Delivered-To", OWNER),
               ("Received", received(date, "APC01-TYZ-obe.outbound.protection.outlook.com", seed)),
               ("Return-Path", f"<{organizer[1]}>"),
               ("From", addr(*organizer)), ("To", ", ".join(addr(n, e) for n, e in to_list)),
               ("Subject", hdr(subject)), ("Thread-Topic", hdr(topic)),
               ("Thread-Index", base64.b64encode(bytes.fromhex(hid(seed, "ti", n=44))).decode()),
               ("Date", rfc(date)), ("Message-ID", msgid),
               ("Accept-Language", "en-US"), ("Content-Language", "en-US"),
               ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
               ("Content-class", "urn:content-classes:calendarmessage"),
               ("x-ms-exchange-calendar-series-instance-id", base64.b64encode(bytes.fromhex(hid(seed, 'si', n=40))).decode()),
               ("x-ms-publictraffictype", "Email")]
    return message(headers, root), msgid


def google_invite(seed, *, date, kind, organizer, guests, summary, start, end, tzlabel, tzabbr,
                  description, uid, seq, created, meet=None, location=""):
    """Google Calendar notification e-mail. guests: [(name_or_None, email, partstat)]."""
    prefix = {"invite": "Invitation", "update": "Updated invitation", "cancel": "Canceled event"}[kind]
    when_subj = f"{start:%a %b} {start.day}, {start.year} {gtime(start)} - {gtime(end)} ({tzabbr})"
    subject = f"{prefix}: {summary} @ {when_subj} ({OWNER})"
    when_body = f"{start:%A %b} {start.day}, {start.year} \u22c5 {gtime(start)} \u2013 {gtime(end)}"
    eid = base64.b64encode(f"{uid.split('@')[0]} {OWNER}".encode()).decode().rstrip("=")
    view = f"https://calendar.google.com/calendar/event?action=VIEW&eid={eid}"
    L = []
    if kind == "cancel":
        L += ["This event has been canceled and removed from your calendar.", ""]
    if kind == "update":
        L += ["This event has been updated", "Changed: date and time", ""]
    L += [summary, when_body, tzlabel, ""]
    if meet and kind != "cancel":
        pin = str(int(hid(seed, "pin", n=8), 16))[:9]
        L += ["Join with Google Meet", f"https://meet.google.com/{meet}", "",
              "Join by phone", "(PH) +63 2 8271 9046", f"PIN: {pin[:3]} {pin[3:6]} {pin[6:]}#", "",
              "More phone numbers", f"https://tel.meet/{meet}?pin={pin}", ""]
    if location:
        L += ["Location", location, ""]
    L += ["Organizer", organizer[0], organizer[1], "", "Guests"]
    for n, e, _p in guests:
        if n:
            L.append(n + (" - organizer" if e == organizer[1] else ""))
        L.append(e)
    L += [f"View all guest info {view}", ""]
    if description and kind != "cancel":
        L += [description, ""]
    if kind != "cancel":
        L += [f"Reply for {OWNER} and view more details {view}", ""]
    L += ["~~//~~", "Invitation from Google Calendar: https://calendar.google.com/calendar/", "",
          "You are receiving this email because you are an attendee on the event.", "",
          "Forwarding this invitation could allow any recipient to send a response to the organizer, "
          "be added to the guest list, invite others regardless of their own invitation status, or "
          "modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding"]
    text = "\n".join(L) + "\n"
    html = to_html(text, "Roboto,Helvetica,Arial,sans-serif")
    method = "CANCEL" if kind == "cancel" else "REQUEST"
    cal = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
           "CALSCALE:GREGORIAN", f"METHOD:{method}", "BEGIN:VEVENT",
           f"DTSTART:{zstamp(start)}", f"DTEND:{zstamp(end)}", f"DTSTAMP:{zstamp(date)}",
           f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}", f"UID:{uid}"]
    for n, e, p in guests:
        cal.append(att(n, e, p, google=True))
    if meet:
        cal.append(f"X-GOOGLE-CONFERENCE:https://meet.google.com/{meet}")
    desc = description or ""
    if meet:
        desc += ("\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
                 f"Join with Google Meet: https://meet.google.com/{meet}\n\nPlease do not edit this section.\n"
                 "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-")
    cal += [f"CREATED:{zstamp(created)}", f"DESCRIPTION:{ics_escape(desc)}",
            f"LAST-MODIFIED:{zstamp(date)}", f"LOCATION:{ics_escape(location)}", f"SEQUENCE:{seq}",
            f"STATUS:{'CANCELLED' if kind == 'cancel' else 'CONFIRMED'}", f"SUMMARY:{ics_escape(summary)}",
            "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    cal_text = ics(cal)
    b_mix = "000000000000" + hid(seed, "gmix", n=12)
    b_alt = "000000000000" + hid(seed, "galt", n=12)
    root = Multi("mixed", b_mix, [
        Multi("alternative", b_alt, [
            Leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', text, "base64"),
            Leaf('text/html; charset="UTF-8"', html, "quoted-printable"),
            Leaf(f'text/calendar; charset="UTF-8"; method={method}', cal_text, "base64"),
        ]),
        Leaf('application/ics; name="invite.ics"', cal_text, "base64",
             ['Content-Disposition: attachment; filename="invite.ics"']),
    ])
    msgid = f"<calendar-{hid(seed, 'c1', n=8)}-{hid(seed, 'c2', n=4)}-{hid(seed, 'c3', n=4)}-{hid(seed, 'c4', n=4)}-{hid(seed, 'c5', n=12)}@google.com>"
    headers = [("Delivered-To", OWNER),
               ("Received", received(date, "mail-sor-f73.google.com", seed)),
               ("Return-Path", f"<{hid(seed, 'rp', n=20)}@calendar-server.bounces.google.com>"),
               ("Reply-To", addr(*organizer)),
               ("Sender", "Google Calendar <calendar-notification@google.com>"),
               ("Message-ID", msgid), ("Date", rfc(date)), ("Subject", hdr(subject)),
               ("From", addr(*organizer)), ("To", OWNER)]
    return message(headers, root), msgid


# --------------------------------------------------------------------------- labels
def iv(company, role, start, end, status, interviewers, followups, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end), "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(followups), "kind": kind}


def label(interviews, difficulty, category, notes):
    return {"user": OWNER, "interview": bool(interviews), "interviews": interviews,
            "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}


CASES = []


def case(fn):
    CASES.append(fn)
    return fn


SIG_TIN = "Tin Villanueva\nTeam Lead, Customer Operations\n+63 917 555 0188"


# =========================================================================== cases
@case
def c01():
    slug = "b151-01-bpo-initial-interview-bukas"
    rowena = ("Rowena Dizon", "rowena.dizon@kalinawcx.example")
    sent = day(T(MNL, 2026, 2, 10, 16, 42, 9), "Tuesday")
    start = day(T(MNL, 2026, 2, 11, 14, 0), "Wednesday")  # "bukas po (Wednesday), 2:00 PM"
    role = "Team Leader - Customer Support (Healthcare Account)"
    sig = ("Rowena Dizon\nTalent Acquisition Specialist\nKalinaw Contact Solutions\n"
           "12F Kalinaw Tower, Eastwood Avenue, Bagumbayan, Quezon City\n"
           "rowena.dizon@kalinawcx.example | +63 2 8123 4567")
    t1 = f"""Hi Ms. Tin,

Good afternoon po!

Thank you for your interest in the {role} position here at Kalinaw Contact Solutions. Na-review na po namin ang resume ninyo and we would like to invite you for an initial interview.

Schedule: bukas po (Wednesday), 2:00 PM
Mode: Phone call - I will call your mobile number ending in 0188
Duration: around 30 minutes

Kindly reply to this email to confirm your availability. If hindi po kayo available sa oras na yan, just send me 2-3 alternative schedules within the week.

Thank you and God bless!

{sig}
"""
    m1, id1 = human_mail(slug + "1", date=sent, frm=rowena, to=addr(OWNER_NAME, OWNER),
                         subject=f"Initial Interview - {role}", text=t1, client="outlook")
    tin_reply = day(T(MNL, 2026, 2, 10, 17, 5, 40), "Tuesday")
    tin_text = "Hi Rowena,\n\nConfirming po my availability for the phone interview bukas, 2PM. Thank you!\n\nTin"
    sent2 = T(MNL, 2026, 2, 10, 17, 28, 13)
    t2 = f"""Hi Ms. Tin,

Noted po, thank you for confirming! Talk to you tomorrow at 2PM. Please make sure nasa quiet place po kayo with good signal.

Regards,
Rowena

{outlook_block(tin_reply, f"Tin Villanueva <{OWNER}>", f"Rowena Dizon <{rowena[1]}>", f"RE: Initial Interview - {role}")}

{tin_text}

{outlook_block(sent, f"Rowena Dizon <{rowena[1]}>", f"Maria Cristina Villanueva <{OWNER}>", f"Initial Interview - {role}")}

{t1}"""
    tin_id = "<CAJx7Fq0" + hid(slug, "tinr", n=20) + "@mail.gmail.com>"
    m2, _ = human_mail(slug + "2", date=sent2, frm=rowena, to=addr("Tin Villanueva", OWNER),
                       subject=f"RE: Initial Interview - {role}", text=t2, client="outlook",
                       in_reply_to=tin_id, references=f"{id1} {tin_id}")
    files = {"01-kalinaw-initial-interview.eml": m1, "02-re-initial-interview-noted.eml": m2}
    lab = label([iv("Kalinaw Contact Solutions", role, start, start + timedelta(minutes=30), "scheduled",
                    [rowena[1]], [rowena[1]], "phone_screen")],
                "medium", "positive/body-only-relative-date",
                "Taglish recruiter mail, 'bukas po (Wednesday), 2:00 PM' resolved against Date Tue 10 Feb 2026 "
                "+0800 -> Wed 11 Feb 14:00 PHT; 'around 30 minutes' gives the end. Recruiter conducts the phone "
                "screen, so she is interviewer and follow-up recipient. Second mail is the recruiter's "
                "acknowledgement ('tomorrow at 2PM') of the same interview.")
    return slug, files, lab


@case
def c02():
    slug = "b151-02-walk-in-hiring-day-blast"
    sender = ("Bituin Outsourcing Careers", "careers@bituinbpo.example")
    sent = T(MNL, 2026, 3, 16, 9, 0, 12)
    ev = day(T(MNL, 2026, 3, 21, 8, 0), "Saturday")
    text = f"""Hi Tin!

WALK-IN HIRING DAY this Saturday, March 21, 2026 - 8:00 AM to 3:00 PM
Bituin Outsourcing, Ground Floor Lobby, 2250 Bituin IT Center, Ortigas Center, Pasig City

ON-THE-SPOT initial interview, assessment and JOB OFFER for qualified applicants!

We're hiring:
- Team Leaders (Fintech and Healthcare accounts) - with P8,000 sign-on bonus
- Quality Analysts
- Customer Service Representatives (voice / non-voice)

No appointment needed - first come, first served. Bring 2 copies of your updated resume and 1 valid government ID. Wear smart casual.

Can't make it? Apply online anytime at https://careers.bituinbpo.example/jobs

We've attached a calendar reminder so you don't miss it. See you, ka-Bituin!

Bituin Outsourcing Talent Acquisition
You are receiving this email because you joined the Bituin Talent Community.
Unsubscribe: https://careers.bituinbpo.example/unsubscribe?u={hid(slug, 'u', n=12)}
"""
    cal = ics(["BEGIN:VCALENDAR", "PRODID:-//Bituin Outsourcing//Talent CRM//EN", "VERSION:2.0",
               "METHOD:PUBLISH", *VTZ["Asia/Manila"], "BEGIN:VEVENT",
               f"UID:walkin-{hid(slug, 'uid', n=12)}@bituinbpo.example",
               f"DTSTAMP:{zstamp(sent)}", f"DTSTART;TZID=Asia/Manila:{lstamp(ev)}",
               f"DTEND;TZID=Asia/Manila:{lstamp(ev.replace(hour=15))}",
               "SUMMARY:Bituin Walk-in Hiring Day - On-the-spot interview & job offer",
               "LOCATION:" + ics_escape("Ground Floor Lobby, 2250 Bituin IT Center, Ortigas Center, Pasig City"),
               "DESCRIPTION:" + ics_escape("Walk-in applicants welcome. First come, first served. Bring 2 copies of your resume and 1 valid ID."),
               "ORGANIZER;CN=Bituin Outsourcing Careers:mailto:careers@bituinbpo.example",
               "TRANSP:TRANSPARENT", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    m, _ = human_mail(slug, date=sent, frm=sender, to=addr("Tin", OWNER),
                      subject="WALK-IN HIRING this Saturday! On-the-spot interview + job offer \U0001F31F",
                      text=text, client="bulk", attachments=[attachment("text/calendar", "walk-in-hiring-day.ics", cal.encode())],
                      extra=[("List-Unsubscribe", f"<https://careers.bituinbpo.example/unsubscribe?u={hid(slug, 'u', n=12)}>"),
                             ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")])
    files = {"01-walk-in-hiring-day.eml": m}
    lab = label([], "medium", "negative/walk-in-event-blast",
                "Mass mail from a BPO talent community about an open walk-in hiring day with 'on-the-spot "
                "interview', plus a PUBLISH .ics for the event. Nothing is booked for the user; it is an event "
                "advert (like a career fair), not a scheduled interview.")
    return slug, files, lab


@case
def c03():
    slug = "b151-03-viber-final-interview-forwarded"
    jessa = "jessa.ramos@bayanihanpay.example"
    sent = day(T(MNL, 2026, 3, 2, 16, 31, 55), "Monday")
    start = day(T(MNL, 2026, 3, 5, 10, 0), "Thursday")
    chat = """[3/2/26, 4:02 PM] Jessa Ramos Bayanihan Pay HR: Hi Tin! Good news po, you passed the initial interview \U0001F389
[3/2/26, 4:02 PM] Jessa Ramos Bayanihan Pay HR: Final interview with Sir Paolo Reyes (Head of Customer Experience) is this Thursday 3/5, 10AM
[3/2/26, 4:03 PM] Jessa Ramos Bayanihan Pay HR: Face to face po. 27F Bayanihan Pay HQ, 6789 Ayala Ave, Makati. Look for me at reception
[3/2/26, 4:03 PM] Jessa Ramos Bayanihan Pay HR: Bring 1 valid ID and printed resume po
[3/2/26, 4:10 PM] Tin: Noted po, confirmed! Thank you Jessa \U0001F64F
[3/2/26, 4:11 PM] Jessa Ramos Bayanihan Pay HR: \U0001F44D
[3/2/26, 4:15 PM] Jessa Ramos Bayanihan Pay HR: Pls email your latest payslip + COE to jessa.ramos@bayanihanpay.example before Thurs. Thanks!"""
    t1 = f"""fwd ko lang for my records - Viber convo with Bayanihan Pay HR re: CX Team Lead role

{chat}

--
Sent from my Android phone
"""
    m1, id1 = human_mail(slug + "1", date=sent, frm=("Tin Villanueva", OWNER), to=addr("Tin Villanueva", OWNER),
                         subject="Fwd: Viber - Jessa (Bayanihan Pay HR)", text=t1, client="gmail")
    my = day(T(MNL, 2026, 3, 3, 9, 14, 2), "Tuesday")
    tin_text = ("Hi Jessa,\n\nGood morning! As requested, attached are my latest payslip and COE.\n\n"
                "See you on Thursday.\n\nThank you,\nTin Villanueva\n+63 917 555 0188")
    sent2 = T(MNL, 2026, 3, 3, 10, 2, 47)
    t2 = f"""Hi Tin,

Received po, thank you! See you on Thursday, 10AM. Just tell the guard you're for the final interview, I'll fetch you sa lobby.

Jessa

Jessa Ramos
HR Generalist - Recruitment
Bayanihan Pay
M: +63 917 555 0231

{gmail_attr(my, "Tin Villanueva", OWNER)}

{quote(tin_text)}
"""
    tin_id = "<CAJx7Fq0" + hid(slug, "tinr", n=20) + "@mail.gmail.com>"
    m2, _ = human_mail(slug + "2", date=sent2, frm=("Jessa Ramos", jessa), to=addr("Tin Villanueva", OWNER),
                       subject="Re: Payslip and COE - Maria Cristina Villanueva", text=t2, client="gmail",
                       in_reply_to=tin_id, references=tin_id)
    files = {"01-fwd-viber-jessa.eml": m1, "02-re-payslip-coe.eml": m2}
    lab = label([iv("Bayanihan Pay", "CX Team Lead", start, None, "scheduled", [], [jessa], "hiring_manager")],
                "hard", "positive/chat-forward",
                "Owner forwards a Viber chat to herself: 'Final interview with Sir Paolo Reyes (Head of Customer "
                "Experience) is this Thursday 3/5, 10AM', face to face in Makati. 3/5 is M/D (Thu 5 Mar 2026). No "
                "duration -> end null. Paolo's address never appears -> no interviewer e-mails; follow-up goes to "
                "the HR recruiter whose address is given in the chat. The second mail (payslip receipt, 'See you on "
                "Thursday, 10AM') is the same interview. The earlier 'initial interview' is past and undated.")
    return slug, files, lab


@case
def c04():
    slug = "b151-04-client-interview-us-account-dst"
    kris = ("Kristine Mae Bautista", "kbautista@northpier.example")
    dana = ("Dana Whitcomb", "dana.whitcomb@cascadiahealth.example")
    luis = ("Luis Ortega", "luis.ortega@cascadiahealth.example")
    sent = day(T(UTC, 2026, 3, 5, 10, 14, 22), "Thursday")
    start = day(T(NYC, 2026, 3, 11, 8, 30), "Wednesday")
    end = start + timedelta(hours=1)
    mnl = start.astimezone(MNL)
    assert (mnl.hour, mnl.minute, mnl.strftime("%A")) == (20, 30, "Wednesday")
    role = "Team Manager, Patient Support"
    note = f"""Hi Tin,

As discussed over the phone, here is your final interview with the account - Cascadia Health Partners, our US healthcare client. You will be meeting Dana Whitcomb (Director, Patient Support Operations) and Luis Ortega (Senior Manager, Member Services) for the {role} role.

Heads up lang po: the invite is set in US Eastern time. Sa Manila, that's {h12(mnl)} on Wednesday night. Please join 10 minutes early and make sure naka-wired connection ka po. Camera on, business attire.

I'm only coordinating so I won't be on the call, but message me on Viber (0917 555 0142) if you have connection issues.

Thanks and good luck!
Kristine Mae Bautista
Recruitment Lead - Healthcare Vertical
Northpier Global Services"""
    when = f"{start:%A, %B} {start.day}, {start.year} {h12(start)}-{h12(end)} (UTC-05:00) Eastern Time (US & Canada)."
    uid = exchange_uid(slug)
    summary = f"Client Interview: Tin Villanueva - {role} (Cascadia Health account)"
    desc = f"When: {when}\nWhere: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\n{note}\n\n{teams_block(slug)}"
    cal = exchange_ics(method="REQUEST", tzid="Eastern Standard Time", start=start, end=end, organizer=kris,
                       attendees=[(OWNER_NAME, OWNER, "NEEDS-ACTION", "REQ-PARTICIPANT"),
                                  (dana[0], dana[1], "NEEDS-ACTION", "REQ-PARTICIPANT"),
                                  (luis[0], luis[1], "NEEDS-ACTION", "REQ-PARTICIPANT")],
                       summary=summary, description=desc, location="Microsoft Teams Meeting", uid=uid, seq=0,
                       dtstamp=sent)
    m, _ = exchange_invite(slug, date=sent, organizer=kris, to_list=[(OWNER_NAME, OWNER), dana, luis],
                           subject=summary, when_line=when, note=note, ics_text=cal)
    files = {"01-client-interview-cascadia.eml": m}
    lab = label([iv("Northpier Global Services", role, start, end, "scheduled", [dana[1], luis[1]],
                    [dana[1], luis[1]], "onsite")],
                "hard", "positive/exchange-us-dst",
                "Exchange/Teams invite with TZID 'Eastern Standard Time' and a '(UTC-05:00)' display label, sent Thu "
                "5 Mar (EST) for Wed 11 Mar 08:30, which is after the US DST switch (Mar 8) -> 08:30 EDT = 12:30Z = "
                "20:30 PHT (the note says 8:30 PM Manila). Employer is the BPO (Northpier); the 'final interview with "
                "the account' is run by two client people -> panel -> kind onsite. The recruiter only coordinates.")
    return slug, files, lab


@case
def c05():
    slug = "b151-05-sg-agency-client-shortlist-availability"
    jolene = ("Jolene Teo", "jolene.teo@pinnacletalent.example")
    sent = day(T(SGT, 2026, 3, 18, 11, 47, 5), "Wednesday")
    day(T(SGT, 2026, 3, 23), "Monday")
    day(T(SGT, 2026, 3, 25), "Wednesday")
    text = """Hi Cristina,

Hope you're doing well! Good news - my client, a leading digital bank here in Singapore, has shortlisted your CV for the Customer Operations Lead role (Manila-based, reporting to the SG Head of Service). The hiring manager would like to arrange a first-round interview with you over video.

Could you please send me your availability for next week (Mon 23 - Wed 25 Mar, between 10am and 6pm SGT)? Please give me at least 3 slots. Alternatively you can pick a time directly here and I will block it with the client: https://calendly.com/jolene-pinnacle/client-interview-slot

Once the client confirms, I will send you the calendar invite together with the interview brief. Do also fill in the attached candidate consent form (PDPA) and send it back to me by Friday.

Thanks and speak soon!

Best regards,
Jolene Teo
Senior Consultant, Customer Operations & Contact Centre
Pinnacle Talent Partners Pte Ltd | EA Licence No. 19C9999 | EA Reg No. R1987654
DID: +65 6123 4567 | M: +65 9123 0456
"""
    pdf = b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
    m, _ = human_mail(slug, date=sent, frm=jolene, to=addr(OWNER_NAME, OWNER),
                      subject="Client interview - Customer Operations Lead (Digital Bank, SG) - your availability pls",
                      text=text, client="outlook",
                      attachments=[attachment("application/pdf", "Pinnacle_Candidate_Consent_Form.pdf", pdf)])
    files = {"01-agency-shortlisted-availability.eml": m}
    lab = label([], "medium", "negative/agency-availability-request",
                "Singapore agency says an unnamed client wants to interview the user and asks for availability / "
                "offers an unbooked scheduling link. No interview is booked yet.")
    return slug, files, lab


@case
def c06():
    slug = "b151-06-onsite-hiring-day-reserved-slot"
    group = ("Sampaguita CX Recruitment", "recruitment@sampaguitacx.example")
    carlo = ("Carlo Mendoza", "carlo.mendoza@sampaguitacx.example")
    grace = ("Grace Lim-Tan", "grace.limtan@sampaguitacx.example")
    sent = day(T(MNL, 2026, 3, 10, 18, 5, 31), "Tuesday")
    d = day(T(MNL, 2026, 3, 14, 9, 0), "Saturday")
    s1, e1 = d, d.replace(hour=9, minute=30)
    s2, e2 = e1, d.replace(hour=10, minute=30)
    s3, e3 = e2, d.replace(hour=11, minute=30)
    s4, e4 = e3, d.replace(hour=12, minute=15)
    role = "Team Leader - Fintech Account"
    rows = [(s1, e1, "Initial interview", "Carlo Mendoza, Recruitment"),
            (s2, e2, "Versant English test & typing test", "Assessment Room 2"),
            (s3, e3, "Operations simulation (written case)", "Assessment Room 2"),
            (s4, e4, "Final interview with the account", "Grace Lim-Tan, Account Operations Manager - Fintech")]
    table_txt = "\n".join(f"{h12(a)} - {h12(b)} | {what} | {who}" for a, b, what, who in rows)
    text = f"""Hi Tin,

Congratulations! You passed our phone pre-screening for {role}. Here is your confirmed schedule for our Onsite Hiring Day on Saturday, 14 March 2026:

{table_txt}

Venue: Sampaguita CX Hub, 5F Sampaguita Tower, Eastwood City, Bagumbayan, Quezon City

This is a RESERVED slot - hindi mo na kailangang pumila with the walk-in applicants at the Ground Floor. Present this email at the lobby (Priority Lane B) and look for Carlo. The whole process takes about 3 hours, so kain muna po bago pumunta.

Bring: 1 valid government ID, 2 copies of your resume, and your own pen.

Copying Carlo Mendoza (your recruiter) and Grace Lim-Tan (Account Operations Manager), who will interview you on the day. For questions, reply to this email or contact Carlo directly.

See you on Saturday!

Sampaguita CX Recruitment Team
"""
    rows_html = "".join(
        f"<tr><td style=\"padding:4px 8px;border:1px solid #ddd\">{h12(a)} &ndash; {h12(b)}</td>"
        f"<td style=\"padding:4px 8px;border:1px solid #ddd\">{htmlmod.escape(what)}</td>"
        f"<td style=\"padding:4px 8px;border:1px solid #ddd\">{htmlmod.escape(who)}</td></tr>\n"
        for a, b, what, who in rows)
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">
<p>Hi Tin,</p>
<p>Congratulations! You passed our phone pre-screening for <b>{htmlmod.escape(role)}</b>. Here is your confirmed schedule for our <b>Onsite Hiring Day</b> on <b>Saturday, 14 March 2026</b>:</p>
<table style="border-collapse:collapse">
<tr><th style="padding:4px 8px;border:1px solid #ddd;background:#f3e9f7">Time</th><th style="padding:4px 8px;border:1px solid #ddd;background:#f3e9f7">Activity</th><th style="padding:4px 8px;border:1px solid #ddd;background:#f3e9f7">With / Where</th></tr>
{rows_html}</table>
<p><b>Venue:</b> Sampaguita CX Hub, 5F Sampaguita Tower, Eastwood City, Bagumbayan, Quezon City</p>
<p>This is a <b>RESERVED slot</b> &ndash; hindi mo na kailangang pumila with the walk-in applicants at the Ground Floor. Present this email at the lobby (Priority Lane B) and look for Carlo. The whole process takes about 3 hours, so kain muna po bago pumunta.</p>
<p><b>Bring:</b> 1 valid government ID, 2 copies of your resume, and your own pen.</p>
<p>Copying Carlo Mendoza (your recruiter) and Grace Lim-Tan (Account Operations Manager), who will interview you on the day. For questions, reply to this email or contact Carlo directly.</p>
<p>See you on Saturday!</p>
<p>Sampaguita CX Recruitment Team</p>
</body></html>
"""
    m, _ = human_mail(slug, date=sent, frm=group, to=addr(OWNER_NAME, OWNER),
                      cc=f"{addr(*carlo)}, {addr(*grace)}", reply_to=addr(*carlo),
                      subject=f"Confirmed: Onsite Hiring Day slot - Sat 14 March 2026, 9:00 AM ({role})",
                      text=text, html=html, client="outlook")
    files = {"01-onsite-hiring-day-schedule.eml": m}
    lab = label([iv("Sampaguita CX Hub", role, s1, e4, "scheduled", [carlo[1], grace[1]], [carlo[1], grace[1]],
                    "onsite")],
                "hard", "positive/onsite-loop-walkin-day",
                "Reserved slot on a BPO 'Onsite Hiring Day' (explicitly not the walk-in queue): initial interview "
                "09:00-09:30, tests, case, final interview 11:30-12:15, all on Sat 14 Mar. Same-day loop -> ONE onsite "
                "09:00-12:15 with both interviewers (recruiter doing the initial interview + account ops manager). "
                "Sent from a group mailbox; the interviewers are in Cc and are the follow-up recipients.")
    return slug, files, lab


@case
def c07():
    slug = "b151-07-greenhouse-sg-fintech-ics"
    sh = ("Shermaine Goh", "shermaine.goh@merlionledger.example")
    wj = ("Tan Wei Jie", "weijie.tan@merlionledger.example")
    sent = day(T(UTC, 2026, 2, 13, 3, 5, 44), "Friday")
    start = day(T(SGT, 2026, 2, 19, 15, 0), "Thursday")
    end = start + timedelta(hours=1)
    role = "Customer Operations Lead (Payments Disputes)"
    meet = "rbq-xkad-npe"
    text = f"""Hi Maria Cristina,

Thank you for confirming your availability! Your interview for the {role} role at Merlion Ledger is confirmed. We've attached a calendar invitation for your convenience.

{start:%A, %B} {start.day}, {start.year}
{h12(start)} - {h12(end)} SGT (Singapore Standard Time, GMT+08:00)

Interviewer(s)
Tan Wei Jie - Head of Customer Operations

Location
Google Meet: https://meet.google.com/{meet}

A note from Shermaine:
Hi Cristina, as discussed this session is a conversation with Wei Jie on how you'd run a disputes & chargebacks team across SG and Manila. No prep needed, but do have a think about how you'd clear the backlog after the CNY long weekend. Reach me at shermaine.goh@merlionledger.example if anything comes up.

If you need to reschedule, please reply to this email.

Merlion Ledger Talent Team

Powered by Greenhouse
"""
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Greenhouse Software Inc//Greenhouse Interview Scheduler//EN",
               "METHOD:REQUEST", "CALSCALE:GREGORIAN", *VTZ["Asia/Singapore"], "BEGIN:VEVENT",
               f"UID:gh-interview-{hid(slug, 'uid', n=10)}@greenhouse.io", f"DTSTAMP:{zstamp(sent)}",
               f"DTSTART;TZID=Asia/Singapore:{lstamp(start)}", f"DTEND;TZID=Asia/Singapore:{lstamp(end)}",
               f"SUMMARY:{ics_escape('Interview with Merlion Ledger - ' + role)}",
               f"DESCRIPTION:{ics_escape('Interviewer: Tan Wei Jie (Head of Customer Operations). Join: https://meet.google.com/' + meet)}",
               f"LOCATION:https://meet.google.com/{meet}",
               f"ORGANIZER;CN=Shermaine Goh:mailto:{sh[1]}",
               att(OWNER_NAME, OWNER), att(wj[0], wj[1], "ACCEPTED", rsvp=False),
               "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    m, _ = human_mail(slug, date=sent, frm=("Merlion Ledger", "no-reply@greenhouse.io"), to=OWNER,
                      reply_to=addr(*sh), subject=f"Interview Confirmation: {role} at Merlion Ledger",
                      text=text, client="bulk", host="o1.email.greenhouse.io",
                      attachments=[attachment("text/calendar", "interview.ics", cal.encode())])
    files = {"01-greenhouse-interview-confirmation.eml": m}
    lab = label([iv("Merlion Ledger", role, start, end, "scheduled", [wj[1]], [wj[1]], "hiring_manager")],
                "easy", "positive/ats-greenhouse-ics",
                "Greenhouse confirmation (no-reply sender, Reply-To recruiter) with .ics TZID Asia/Singapore; "
                "Thu 19 Feb 2026 15:00-16:00 SGT with the Head of Customer Operations, whose address is an ATTENDEE.")
    return slug, files, lab


@case
def c08():
    slug = "b151-08-user-is-panel-interviewer-fwd"
    mika = ("Mika Soriano", "mika.soriano@luzonapex.example")
    work = ("Tin Villanueva", "tin.villanueva@luzonapex.example")
    cand = ("Jerome Dela Cruz", "jerome.delacruz@mailbox.example")
    orig = day(T(UTC, 2026, 3, 9, 1, 22, 17), "Monday")
    start = day(T(SGT, 2026, 3, 12, 14, 0), "Thursday")
    end = start + timedelta(hours=1)
    summary = "Final Interview - Jerome Dela Cruz | Team Leader, Retail Banking Account"
    note = """Hi Tin,

You're the panel interviewer for the candidate below (final interview). CV and scorecard are in Workday under Req TL-0412. Please submit your scorecard within 24 hours after the interview.

Candidate: Jerome Dela Cruz (internal referral from Ops)
Position: Team Leader, Retail Banking Account

Thanks!
Mika Soriano
Talent Acquisition | Luzon Apex Outsourcing"""
    when = f"{start:%A, %B} {start.day}, {start.year} {h12(start)}-{h12(end)} (UTC+08:00) Kuala Lumpur, Singapore."
    desc = f"When: {when}\nWhere: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\n{note}"
    cal = exchange_ics(method="REQUEST", tzid="Singapore Standard Time", start=start, end=end, organizer=mika,
                       attendees=[(work[0], work[1], "NEEDS-ACTION", "REQ-PARTICIPANT"),
                                  (cand[0], cand[1], "NEEDS-ACTION", "REQ-PARTICIPANT")],
                       summary=summary, description=desc, location="Microsoft Teams Meeting",
                       uid=exchange_uid(slug), seq=0, dtstamp=orig)
    fwd_date = T(MNL, 2026, 3, 9, 9, 40, 2)
    text = f"""fwd to personal para makita ko sa phone

{outlook_block(orig.astimezone(MNL), f"Mika Soriano <{mika[1]}>", f"Tin Villanueva <{work[1]}>; Jerome Dela Cruz <{cand[1]}>", summary)}
When: {when}
Where: Microsoft Teams Meeting

{note}

{teams_block(slug)}
"""
    stem = hid(slug, "fw", n=20).upper()
    root = Multi("alternative", f"_000_SG2PR06MB{stem}_", [
        Leaf('text/plain; charset="utf-8"', text, "quoted-printable"),
        Leaf('text/html; charset="utf-8"', to_html(text, "Aptos,Calibri,sans-serif"), "quoted-printable"),
        Leaf('text/calendar; charset="utf-8"; method=REQUEST', cal.encode(), "base64"),
    ])
    headers = [("Delivered-To", OWNER),
               ("Received", received(fwd_date, "APC01-SG2-obe.outbound.protection.outlook.com", slug)),
               ("Return-Path", f"<{work[1]}>"), ("From", addr(*work)), ("To", addr("Tin Villanueva", OWNER)),
               ("Subject", hdr("FW: " + summary)), ("Thread-Topic", hdr(summary)),
               ("Date", rfc(fwd_date)), ("Message-ID", f"<SG2PR06MB{stem}@SG2PR06MB{stem[:4]}.apcprd06.prod.outlook.com>"),
               ("Accept-Language", "en-US"), ("Content-Language", "en-US"),
               ("Content-class", "urn:content-classes:calendarmessage"), ("X-MS-Has-Attach", ""),
               ("X-MS-TNEF-Correlator", "")]
    files = {"01-fw-final-interview-panel.eml": message(headers, root)}
    lab = label([], "hard", "negative/user-is-interviewer",
                "The owner's current employer asks her to sit on the panel for a candidate's final interview; "
                "forwarded from her work address with the Exchange invite. She is the interviewer, not the candidate.")
    return slug, files, lab


@case
def c09():
    slug = "b151-09-sg-thread-initial-interview"
    hazel = ("Hazel Koh", "hazel.koh@tembusuwallet.example")
    role = "Customer Support Team Lead (Manila hub)"
    s1 = day(T(SGT, 2026, 2, 23, 10, 12, 31), "Monday")
    o1 = day(T(SGT, 2026, 2, 25, 11, 0), "Wednesday")
    o2 = day(T(SGT, 2026, 2, 26, 14, 30), "Thursday")
    o3 = day(T(SGT, 2026, 2, 27, 16, 0), "Friday")
    sig = "Hazel Koh\nTalent Acquisition Partner | Tembusu Wallet\n1 Paya Lebar Link, #08-01, Singapore"
    t1 = f"""Hi Cristina,

Thanks for applying for the {role} role with Tembusu Wallet! I'd like to arrange an initial interview with you over Zoom - about 30 min, just a chat with me on your experience and expectations.

Would any of these work for you?
- Wed 25 Feb, 11am SGT
- Thu 26 Feb, 2.30pm SGT
- Fri 27 Feb, 4pm SGT

Thanks!

{sig}
"""
    m1, id1 = human_mail(slug + "1", date=s1, frm=hazel, to=addr(OWNER_NAME, OWNER),
                         subject=f"Tembusu Wallet - {role} - initial interview", text=t1, client="gmail")
    tr = day(T(MNL, 2026, 2, 23, 12, 40, 3), "Monday")
    tin = "Hi Hazel,\n\nThank you! Thursday 2.30pm SGT works for me - same time in Manila so no issue.\n\nBest,\nCristina"
    s2 = T(SGT, 2026, 2, 23, 14, 3, 10)
    zid = "845 1209 3377"
    t2 = f"""Hi Cristina,

Great, Thursday 2.30pm it is! Zoom details below. It'll be a 30-min chat with me, mainly on your experience running multi-market support and your notice period.

Join Zoom Meeting
https://tembusuwallet.zoom.us/j/{zid.replace(' ', '')}?pwd={hid(slug, 'pwd', n=22)}
Meeting ID: {zid}
Passcode: 512274

If anything urgent on the day, can WhatsApp me at +65 9123 4567.

Cheers,
Hazel

{gmail_attr(tr, "Maria Cristina Villanueva", OWNER)}

{quote(tin)}

> {gmail_attr(s1, "Hazel Koh", hazel[1])}
>
{quote(quote(t1.rstrip()))}
"""
    tin_id = "<CAJx7Fq0" + hid(slug, "tinr", n=20) + "@mail.gmail.com>"
    m2, _ = human_mail(slug + "2", date=s2, frm=hazel, to=addr(OWNER_NAME, OWNER),
                       subject=f"Re: Tembusu Wallet - {role} - initial interview", text=t2, client="gmail",
                       in_reply_to=tin_id, references=f"{id1} {tin_id}")
    files = {"01-hazel-initial-interview-slots.eml": m1, "02-re-thursday-it-is.eml": m2}
    lab = label([iv("Tembusu Wallet", role, o2, o2 + timedelta(minutes=30), "scheduled", [hazel[1]], [hazel[1]],
                    "phone_screen")],
                "medium", "positive/thread-propose-confirm",
                "Singapore recruiter offers three slots; the owner's quoted reply picks 'Thursday 2.30pm SGT' and the "
                "recruiter confirms -> Thu 26 Feb 2026 14:30-15:00 SGT (+08:00, same as Manila). The other two slots "
                "are not interviews. Recruiter conducts the 30-min screen.")
    return slug, files, lab


@case
def c10():
    slug = "b151-10-job-fair-eventbrite-ticket"
    sent = T(UTC, 2026, 3, 20, 4, 18, 55)
    ev = day(T(MNL, 2026, 4, 11, 9, 0), "Saturday")
    evend = ev.replace(hour=17)
    order = str(int(hid(slug, "o", n=10), 16))[:10]
    text = f"""Trabaho Expo Manila 2026: BPO & Fintech Career Fair

You're going! Order #{order}

Hi Tin, here are your tickets. Show the QR code at the registration booth.

Date and time
{ev:%a, %b} {ev.day}, {ev.year} {h12(ev)} - {h12(evend)} PST

Location
Pasay Convention Hall, Seaside Blvd, Pasay City, Metro Manila

1 x General Admission (Free)

About this event
Meet 60+ hiring companies from the BPO, shared services and fintech industries. On-the-spot interviews and job offers for qualified applicants! Bring at least 10 copies of your resume and dress for success.

Organizer: Trabaho Expo PH (hello@trabahoexpo.example)

Add to calendar: https://www.eventbrite.com/calendar/{order}
View event: https://www.eventbrite.com/e/trabaho-expo-manila-2026-tickets-{order}

This email was sent to {OWNER}
Eventbrite, 95 Third Street, 2nd Floor, San Francisco, CA 94103
"""
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Eventbrite//Eventbrite Calendar//EN", "METHOD:PUBLISH",
               "BEGIN:VEVENT", f"UID:{order}@eventbrite.com", f"DTSTAMP:{zstamp(sent)}",
               f"DTSTART:{zstamp(ev)}", f"DTEND:{zstamp(evend)}",
               "SUMMARY:Trabaho Expo Manila 2026: BPO & Fintech Career Fair",
               "LOCATION:" + ics_escape("Pasay Convention Hall, Seaside Blvd, Pasay City"),
               "DESCRIPTION:" + ics_escape("On-the-spot interviews and job offers. Bring 10 copies of your resume."),
               "END:VEVENT", "END:VCALENDAR"])
    m, _ = human_mail(slug, date=sent, frm=("Eventbrite", "noreply@order.eventbrite.com"), to=OWNER,
                      subject="Your tickets for Trabaho Expo Manila 2026: BPO & Fintech Career Fair", text=text,
                      client="bulk", host="o7.order.eventbrite.com",
                      attachments=[attachment("text/calendar", "event.ics", cal.encode())])
    files = {"01-eventbrite-career-fair-tickets.eml": m}
    lab = label([], "medium", "negative/job-fair",
                "Career-fair ticket (Eventbrite, 'PST' = Philippine Standard Time) promising on-the-spot interviews, "
                "with a PUBLISH .ics. Attending a job fair is not a scheduled interview.")
    return slug, files, lab


@case
def c11():
    slug = "b151-11-google-reschedule-la-dst"
    jenna = ("Jenna Park", "jenna.park@loomwell.example")
    role = "Support Team Lead (APAC)"
    summary = f"Loomwell | {role} - interview with Jenna"
    uid = f"{hid(slug, 'guid', n=26)}@google.com"
    created = T(UTC, 2026, 2, 27, 0, 9, 51)
    s1 = day(T(LAX, 2026, 2, 26, 16, 10, 3), "Thursday").astimezone(UTC)
    a = day(T(LAX, 2026, 3, 3, 17, 0), "Tuesday")
    assert a.astimezone(MNL).strftime("%A %H:%M") == "Wednesday 09:00"
    guests = [(jenna[0], jenna[1], "ACCEPTED"), (None, OWNER, "NEEDS-ACTION")]
    d1 = ("Hi Tin - looking forward to our chat! This is the hiring manager conversation for the Support Team Lead "
          "(APAC) role, based in our Manila hub. I know 5pm my time is early for you (9am Wednesday in Manila) - "
          "hope that works.\n\nJenna Park\nDirector of Customer Support, Loomwell")
    m1, _ = google_invite(slug + "1", date=s1, kind="invite", organizer=jenna, guests=guests, summary=summary,
                          start=a, end=a + timedelta(hours=1), tzlabel="Pacific Time - Los Angeles", tzabbr="PST",
                          description=d1, uid=uid, seq=0, created=created, meet="wfk-tnzq-hue")
    s2 = day(T(LAX, 2026, 3, 2, 19, 45, 20), "Monday").astimezone(UTC)
    b = day(T(LAX, 2026, 3, 12, 18, 0), "Thursday")
    bm = b.astimezone(MNL)
    assert (bm.strftime("%A"), bm.day, bm.hour) == ("Friday", 13, 9)
    d2 = ("Hi Tin - sorry to shuffle this! I got pulled into an offsite on the 3rd, so I've moved us to Thursday the "
          "12th, 6pm Pacific. The US switches to daylight saving on March 8, so this should land at 9am Friday the "
          "13th your time.\n\nJenna Park\nDirector of Customer Support, Loomwell")
    m2, _ = google_invite(slug + "2", date=s2, kind="update", organizer=jenna, guests=guests, summary=summary,
                          start=b, end=b + timedelta(hours=1), tzlabel="Pacific Time - Los Angeles", tzabbr="PDT",
                          description=d2, uid=uid, seq=1, created=created, meet="wfk-tnzq-hue")
    files = {"01-invitation-loomwell.eml": m1, "02-updated-invitation-loomwell.eml": m2}
    lab = label([iv("Loomwell", role, b, b + timedelta(hours=1), "scheduled", [jenna[1]], [jenna[1]],
                    "hiring_manager")],
                "medium", "positive/reschedule-google-sequence",
                "Google invite Tue 3 Mar 17:00 PST (= Wed 09:00 PHT), then 'Updated invitation' SEQUENCE 1 moving it to "
                "Thu 12 Mar 18:00 PDT (after US DST) = Fri 13 Mar 09:00 PHT = 01:00Z. One interview at the final time; "
                "the organizer is the hiring manager who conducts it.")
    return slug, files, lab


@case
def c12():
    slug = "b151-12-google-cancel-phoenix-client"
    pat = ("Pat Lacson", "pat.lacson@islasconnect.example")
    rachel = ("Rachel Nguyen", "rachel.nguyen@saguarohome.example")
    role = "Team Lead, Claims Support"
    summary = f"Client Interview - Saguaro Home Insurance | Tin Villanueva ({role})"
    uid = f"{hid(slug, 'guid', n=26)}@google.com"
    created = T(UTC, 2026, 3, 2, 7, 19, 2)
    start = day(T(PHX, 2026, 3, 10, 16, 0), "Tuesday")
    end = start + timedelta(minutes=45)
    sm = start.astimezone(MNL)
    assert (sm.strftime("%A"), sm.day, sm.hour) == ("Wednesday", 11, 7)
    guests = [(pat[0], pat[1], "ACCEPTED"), (rachel[0], rachel[1], "ACCEPTED"), (None, OWNER, "NEEDS-ACTION")]
    desc = ("Final interview with the account. Rachel is the Claims Support Director of Saguaro Home Insurance "
            "(our Arizona client). That's 7:00 AM Wednesday (Mar 11) Manila time - please be online 10 mins early.\n\n"
            "Pat Lacson | Recruitment, Islas Connect")
    m1, _ = google_invite(slug + "1", date=T(UTC, 2026, 3, 2, 7, 20, 11), kind="invite", organizer=pat,
                          guests=guests, summary=summary, start=start, end=end,
                          tzlabel="Mountain Standard Time - Phoenix", tzabbr="MST", description=desc, uid=uid,
                          seq=0, created=created, meet="cmx-pabq-wvd")
    cancel_date = T(UTC, 2026, 3, 6, 3, 2, 40)
    m2, _ = google_invite(slug + "2", date=cancel_date, kind="cancel", organizer=pat, guests=guests,
                          summary=summary, start=start, end=end, tzlabel="Mountain Standard Time - Phoenix",
                          tzabbr="MST", description=desc, uid=uid, seq=1, created=created, meet="cmx-pabq-wvd")
    t3 = """Hi Tin,

Sorry po, na-cancel yung client interview mo with Saguaro on Wednesday morning - the account put the TL hiring on hold muna pending their Q2 volume forecast. Wala pong issue sa profile mo, promise!

I'll keep your application active and will update you once they reopen the req. Thank you for understanding po.

Pat Lacson
Recruitment Specialist | Islas Connect
pat.lacson@islasconnect.example
"""
    m3, _ = human_mail(slug + "3", date=T(MNL, 2026, 3, 6, 11, 15, 9), frm=pat, to=addr("Tin Villanueva", OWNER),
                       subject="Saguaro client interview - cancelled (hiring on hold)", text=t3, client="gmail")
    files = {"01-invitation-client-interview.eml": m1, "02-canceled-event.eml": m2, "03-pat-hiring-on-hold.eml": m3}
    lab = label([iv("Islas Connect", role, start, end, "cancelled", [rachel[1]], [rachel[1]], "hiring_manager")],
                "hard", "positive/cancellation-google",
                "Google invite for a client interview Tue 10 Mar 16:00-16:45 America/Phoenix (MST, no DST -> -07:00 = "
                "Wed 11 Mar 07:00 PHT), then 'Canceled event' METHOD:CANCEL and a Taglish note that the account put "
                "hiring on hold. Kept as cancelled at its scheduled time. The client director conducts it; the BPO "
                "recruiter only organises. Follow-up recipients follow the interviewer rule even though cancelled.")
    return slug, files, lab


@case
def c13():
    slug = "b151-13-overseas-placement-fee-scam"
    sent = T(MNL, 2026, 3, 25, 22, 14, 37)
    start = day(T(MNL, 2026, 3, 30, 9, 0), "Monday")
    day(T(MNL, 2026, 3, 27), "Friday")
    text = """Dear Applicant MARIA CRISTINA VILLANUEVA,

CONGRATULATIONS!!! We are pleased to inform you that you are SHORTLISTED for the position of CUSTOMER SERVICE SUPERVISOR in Toronto, Canada with monthly salary of CAD 4,800 + FREE accommodation and airfare.

Your FINAL INTERVIEW with the foreign employer is scheduled on Monday, March 30, 2026 at 9:00 AM (Manila time) via Telegram video call.

To SECURE your interview slot, you must pay the Processing & Medical Fee of PHP 8,500 via GCash (0936 555 1234 - R. M. SANTOS) on or before Friday, March 27. Send the screenshot of your payment to our Telegram @GlobalStarHR_Official.

Slots are LIMITED!! Failure to pay means your slot will be given to other applicants.

Note: Our agency license is in process of renewal with DMW. Kindly do not post about this offer on social media.

GlobalStar Manpower International
HR Department
"""
    m, _ = human_mail(slug, date=sent, frm=("GlobalStar Manpower HR", "hr.globalstar.manpower@freemail.example"),
                      to=OWNER, subject="CONGRATULATIONS!!! Final Interview Schedule - Customer Service Supervisor (Canada)",
                      text=text, client="bulk", host="smtp.freemail.example")
    files = {"01-congratulations-final-interview.eml": m}
    lab = label([], "medium", "negative/scam",
                "Illegal-recruiter scam: 'final interview with the foreign employer' on Mon 30 Mar 09:00 via Telegram, "
                "conditional on a GCash 'processing & medical fee', unlicensed agency. Scams are not interviews.")
    return slug, files, lab


@case
def c14():
    slug = "b151-14-sg-remit-two-rounds"
    nurul = ("Nurul Aisyah Rahman", "nurul.rahman@straitsremit.example")
    daryl = ("Daryl Ong", "daryl.ong@straitsremit.example")
    priya = ("Priya Menon", "priya.menon@straitsremit.example")
    ben = ("Benedict Lau", "benedict.lau@straitsremit.example")
    role = "Senior Customer Operations Manager"
    sent = day(T(SGT, 2026, 3, 4, 9, 20, 48), "Wednesday")
    r1 = day(T(SGT, 2026, 3, 9, 10, 0), "Monday")
    r1e = r1 + timedelta(hours=1)
    r2 = day(T(SGT, 2026, 3, 13, 15, 0), "Friday")
    r2e = r2 + timedelta(minutes=45)
    text = f"""Dear Cristina,

Thank you for your time on the phone last week. We are pleased to invite you to the next two rounds for the {role} position:

Round 1 - Operations case interview (online, MS Teams)
{r1:%a}, {r1.day} {r1:%b %Y}, 10:00-11:00am SGT
Panel: Daryl Ong (Head of Payments Operations) and Priya Menon (Compliance Lead)

Round 2 - Final interview (in person)
{r2:%a}, {r2.day} {r2:%b %Y}, 3:00-3:45pm SGT
With our COO, Mr Benedict Lau, at Straits Remit, Level 21, 71 Telok Ayer Street, Singapore 048447

As you are based in Manila, we will reimburse your return flight for Round 2 (economy, up to SGD 450). If travel is not possible, do let me know and we can arrange a video call instead.

Calendar invites for both rounds will follow shortly. Please accept them so we know the timings are fine.

Warm regards,
Nurul Aisyah Rahman
Talent Acquisition Lead
Straits Remit Pte. Ltd.
"""
    m1, _ = human_mail(slug, date=sent, frm=nurul, to=addr(OWNER_NAME, OWNER),
                       subject=f"Straits Remit - {role} - Round 1 & Round 2 interviews", text=text, client="outlook")

    def outlook_ics(seed, start, end, summary, attendees, location, desc):
        return exchange_ics(method="REQUEST", tzid="Singapore Standard Time", start=start, end=end,
                            organizer=nurul, attendees=attendees, summary=summary, description=desc,
                            location=location, uid=exchange_uid(seed), seq=0, dtstamp=T(UTC, 2026, 3, 4, 1, 41, 5),
                            prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN")
    ics1 = outlook_ics(slug + "r1", r1, r1e, f"Straits Remit | Round 1 Operations Case Interview - {OWNER_NAME}",
                       [(OWNER_NAME, OWNER, "NEEDS-ACTION", "REQ-PARTICIPANT"),
                        (daryl[0], daryl[1], "ACCEPTED", "REQ-PARTICIPANT"),
                        (priya[0], priya[1], "ACCEPTED", "REQ-PARTICIPANT")],
                       "Microsoft Teams Meeting",
                       "Round 1 - operations case interview with Daryl Ong and Priya Menon.\n\n" + teams_block(slug + "r1"))
    ics2 = outlook_ics(slug + "r2", r2, r2e, f"Straits Remit | Final Interview with COO - {OWNER_NAME}",
                       [(OWNER_NAME, OWNER, "NEEDS-ACTION", "REQ-PARTICIPANT"),
                        (ben[0], ben[1], "ACCEPTED", "REQ-PARTICIPANT")],
                       "Straits Remit, Level 21, 71 Telok Ayer Street, Singapore 048447 (Meeting Room Merbau)",
                       "Final interview with Benedict Lau (COO). Please register at the Level 21 reception.")
    files = {"01-nurul-round1-round2.eml": m1, "02-round1-operations-case.ics": ics1,
             "03-round2-final-coo.ics": ics2}
    lab = label([
        iv("Straits Remit", role, r1, r1e, "scheduled", [daryl[1], priya[1]], [daryl[1], priya[1]], "onsite"),
        iv("Straits Remit", role, r2, r2e, "scheduled", [ben[1]], [ben[1]], "hiring_manager")],
        "hard", "positive/two-interviews-dedupe",
        "One recruiter mail announcing two rounds on different days plus one Outlook .ics per round "
        "(TZID 'Singapore Standard Time'). Two interviews: Mon 9 Mar 10:00-11:00 SGT panel (two interviewers -> "
        "onsite) and Fri 13 Mar 15:00-15:45 SGT final with the COO. Each round appears in mail + .ics = dedupe.")
    return slug, files, lab


@case
def c15():
    slug = "b151-15-versant-and-one-way-video"
    sent = day(T(MNL, 2026, 3, 19, 9, 31, 20), "Thursday")
    day(T(MNL, 2026, 3, 21), "Saturday")
    text = f"""Hi Tin,

Thank you for applying for Team Leader (E-commerce Account) at Dalisay Support Services!

Before we schedule your initial interview, please complete the following online assessments within 48 hours:

1) Versant 4 Skills Essential English Test (approx. 50 minutes)
   Test link: https://assess.dalisay.example/versant?c={hid(slug, 'v', n=10)}
2) Typing test - minimum 40 WPM, 95% accuracy
   https://assess.dalisay.example/typing?c={hid(slug, 't', n=10)}
3) One-way video interview - record your answers to 3 questions (no live interviewer, 2 minutes per answer). You can do this anytime before Saturday, March 21, 11:59 PM.
   https://assess.dalisay.example/video?c={hid(slug, 'w', n=10)}

Use a laptop with headset, in a quiet room. Once you pass, one of our recruiters will contact you to book your initial interview.

Good luck po!

Dalisay Talent Acquisition
This mailbox is not monitored. For concerns, visit https://careers.dalisay.example/help
"""
    m, _ = human_mail(slug, date=sent, frm=("Dalisay Talent Acquisition", "talent-noreply@dalisay.example"),
                      to=addr(OWNER_NAME, OWNER), subject="Next step: Online Assessment - Team Leader (E-commerce Account)",
                      text=text, client="bulk")
    files = {"01-online-assessment.eml": m}
    lab = label([], "easy", "negative/assessment",
                "Versant/typing tests plus a one-way recorded video interview before any live interview is booked.")
    return slug, files, lab


@case
def c16():
    slug = "b151-16-account-moved-interview-gcal"
    jo = ("Joanna Pascual", "joanna.pascual@ilustradocx.example")
    role = "Team Leader - Telco Account"
    s1 = day(T(MNL, 2026, 3, 16, 14, 8, 55), "Monday")
    a = day(T(MNL, 2026, 3, 18, 21, 0), "Wednesday")
    assert a.astimezone(NYC).hour == 9
    zoom = f"https://ilustradocx.zoom.us/j/93018847216?pwd={hid(slug, 'pwd', n=22)}"
    t1 = f"""Hi Tin,

Congrats on passing the operations interview! Next step na po is your final interview with the account.

Interviewer: Tom Becker, Senior Director - Care Operations (our US telco client)
Date: Wednesday, March 18
Time: 9:00 PM Manila time (9:00 AM ET)
Duration: 45 minutes
Zoom: {zoom}

Tips: prepare your STAR examples on handling escalations and AHT/CSAT improvements. Naka-camera po ito, so business attire.

Please reply to confirm. Thank you!

Joanna Pascual
Recruitment Associate | Ilustrado CX
"""
    m1, id1 = human_mail(slug + "1", date=s1, frm=jo, to=addr("Tin Villanueva", OWNER),
                         subject=f"Final Interview with the Account - {role}", text=t1, client="gmail")
    s2 = day(T(MNL, 2026, 3, 17, 10, 41, 26), "Tuesday")
    b = day(T(MNL, 2026, 3, 20, 21, 0), "Friday")
    assert b.astimezone(NYC).hour == 9
    t2 = f"""Hi Tin,

Pasensya na po - nag-request ang account na i-move yung interview mo. New schedule: this Friday, same time (9:00 PM Manila / 9:00 AM ET). Same Zoom link pa rin po. I've updated the calendar invite.

Thank you for your flexibility!

Joanna

{gmail_attr(s1, "Joanna Pascual", jo[1])}

{quote(t1.rstrip())}
"""
    m2, _ = human_mail(slug + "2", date=s2, frm=jo, to=addr("Tin Villanueva", OWNER),
                       subject=f"Re: Final Interview with the Account - {role}", text=t2, client="gmail",
                       in_reply_to=id1, references=id1)
    eid = hid(slug, "ev", n=26)
    ev = {
        "kind": "calendar#event",
        "etag": f"\"{int(hid(slug, 'etag', n=12), 16)}\"",
        "id": eid,
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=" + base64.b64encode(f"{eid} {OWNER}".encode()).decode().rstrip("="),
        "created": "2026-03-16T06:09:40.000Z",
        "updated": "2026-03-17T02:42:03.518Z",
        "summary": f"Final Interview with the Account - Ilustrado CX ({role})",
        "description": f"Client interview with Tom Becker (US telco account). 45 mins.\nZoom: {zoom}",
        "location": zoom,
        "creator": {"email": jo[1], "displayName": jo[0]},
        "organizer": {"email": jo[1], "displayName": jo[0]},
        "start": {"dateTime": b.isoformat(), "timeZone": "Asia/Manila"},
        "end": {"dateTime": (b + timedelta(minutes=45)).isoformat(), "timeZone": "Asia/Manila"},
        "iCalUID": f"{eid}@google.com",
        "sequence": 1,
        "attendees": [
            {"email": jo[1], "displayName": jo[0], "organizer": True, "responseStatus": "accepted"},
            {"email": OWNER, "self": True, "responseStatus": "accepted"},
        ],
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    files = {"01-final-interview-with-the-account.eml": m1, "02-re-moved-to-friday.eml": m2,
             "03-final-interview-event.gcal.json": json.dumps(ev, indent=2, ensure_ascii=False) + "\n"}
    lab = label([iv("Ilustrado CX", role, b, b + timedelta(minutes=45), "scheduled", [], [jo[1]], "hiring_manager")],
                "hard", "positive/reschedule-email-gcal",
                "Final interview with the account Wed 18 Mar 21:00 PHT (09:00 EDT), moved by Taglish mail to 'this "
                "Friday, same time' (resolved against Tue 17 Mar -> Fri 20 Mar 21:00 PHT), confirmed by the updated "
                "Calendar API event (sequence 1). One interview at the final time. The client interviewer's address "
                "never appears; the recruiter is organizer only -> no interviewer e-mails, follow-up to the recruiter.")
    return slug, files, lab


@case
def c17():
    slug = "b151-17-workday-rejection-after-final"
    sent = T(UTC, 2026, 3, 27, 8, 2, 11)
    text = """Dear Maria Cristina,

Thank you for taking the time to attend your final interview with our Head of Customer Experience last Tuesday, and for your interest in the Customer Care Manager role at Habagat Fintech.

After careful consideration, we have decided to move forward with other candidates whose experience more closely matches our current needs. This was not an easy decision given the strength of the applicant pool.

We will keep your profile in our talent community and may reach out about future interview opportunities that match your background.

We wish you the best in your job search.

Kind regards,
Habagat Fintech Talent Acquisition

This is a system-generated email. Please do not reply.
"""
    m, _ = human_mail(slug, date=sent, frm=("Habagat Fintech", "habagat@myworkday.com"), to=OWNER,
                      subject="Update on your application - Customer Care Manager (R-00871)", text=text, client="bulk",
                      host="mail-out.myworkday.com")
    files = {"01-workday-application-update.eml": m}
    lab = label([], "easy", "negative/rejection",
                "Workday rejection that mentions a past, undated 'final interview ... last Tuesday'. No interview to label.")
    return slug, files, lab


@case
def c18():
    slug = "b151-18-sydney-client-interview-dst-end"
    lou = ("Lou Gatchalian", "lou.gatchalian@reefline.example")
    mitch = ("Mitch Sorensen", "mitch.sorensen@harboursideenergy.example")
    role = "Team Leader, Residential Customer Care"
    s1 = day(T(MNL, 2026, 3, 27, 15, 2, 44), "Friday")
    start = day(T(SYD, 2026, 4, 8, 10, 0), "Wednesday")
    end = start + timedelta(minutes=45)
    assert start.utcoffset() == timedelta(hours=10)  # Sydney DST ended Sun 5 Apr 2026
    assert T(SYD, 2026, 3, 27, 12, 0).utcoffset() == timedelta(hours=11)
    t1 = f"""Hi Tin!

Good news - Harbourside Energy (our AU energy retail client) wants to meet you for the client interview for {role}.

Schedule: Wednesday, 8 April, 10:00 AM Sydney time
Duration: 45 mins via MS Teams
Interviewer: Mitch Sorensen, Head of Customer Operations, Harbourside Energy

I'll send the Teams invite in a bit. After Holy Week na po ito, so please plan your leave accordingly. Aussie clients are very particular with punctuality, so please log in early.

Galingan mo!

Lou Gatchalian
Senior Recruiter - ANZ Accounts | Reefline Outsourcing
"""
    m1, _ = human_mail(slug + "1", date=s1, frm=lou, to=addr("Tin Villanueva", OWNER),
                       subject=f"Client interview with Harbourside Energy - {role}", text=t1, client="outlook")
    s2 = T(UTC, 2026, 3, 27, 7, 20, 9)
    note = f"""Hi Tin and Mitch,

Sending the Teams invite for the client interview for the {role} role.

Thanks,
Lou Gatchalian
Senior Recruiter - ANZ Accounts | Reefline Outsourcing"""
    when = f"{start:%A}, {start.day} {start:%B %Y} {h12(start)}-{h12(end)} (UTC+10:00) Canberra, Melbourne, Sydney."
    summary = f"Harbourside Energy client interview - Tin Villanueva ({role})"
    desc = f"When: {when}\nWhere: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\n{note}\n\n{teams_block(slug)}"
    cal = exchange_ics(method="REQUEST", tzid="AUS Eastern Standard Time", start=start, end=end, organizer=lou,
                       attendees=[(OWNER_NAME, OWNER, "NEEDS-ACTION", "REQ-PARTICIPANT"),
                                  (mitch[0], mitch[1], "NEEDS-ACTION", "REQ-PARTICIPANT")],
                       summary=summary, description=desc, location="Microsoft Teams Meeting", uid=exchange_uid(slug),
                       seq=0, dtstamp=s2)
    m2, _ = exchange_invite(slug, date=s2, organizer=lou, to_list=[(OWNER_NAME, OWNER), mitch], subject=summary,
                            when_line=when, note=note, ics_text=cal)
    files = {"01-lou-client-interview-harbourside.eml": m1, "02-teams-invite-harbourside.eml": m2}
    lab = label([iv("Reefline Outsourcing", role, start, end, "scheduled", [mitch[1]], [mitch[1]], "hiring_manager")],
                "hard", "positive/exchange-au-dst",
                "BPO recruiter mail + Exchange invite (TZID 'AUS Eastern Standard Time') sent Fri 27 Mar while Sydney "
                "is on AEDT (+11) for Wed 8 Apr 10:00 Sydney, after DST ends on Sun 5 Apr -> AEST +10:00 = 00:00Z = "
                "08:00 PHT (not 07:00). Mail and invite are one interview. Employer is the BPO; the client's Head of "
                "Customer Operations conducts it.")
    return slug, files, lab


@case
def c19():
    slug = "b151-19-job-offer-jo-signing-invite"
    karen = ("Karen Soliman", "karen.soliman@anahawpay.example")
    s1 = day(T(MNL, 2026, 3, 31, 17, 40, 18), "Tuesday")
    start = day(T(MNL, 2026, 4, 6, 9, 0), "Monday")
    end = start + timedelta(minutes=90)
    t1 = """Hi Tin,

Congratulations! On behalf of Anahaw Payments, we are pleased to offer you the position of Customer Operations Manager. Please see the attached Job Offer for the details of your compensation and benefits.

We'd like to invite you to our office for the JO signing and pre-employment briefing on Monday, April 6, 9:00 AM (calendar invite to follow). Please bring the following:
- NBI clearance
- SSS E-1 / PhilHealth MDR / Pag-IBIG MID
- BIR Form 2316 from your previous employer
- 2 pcs 2x2 ID photo

Welcome to the team!

Karen Soliman
HR Business Partner | Anahaw Payments
"""
    pdf = b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
    m1, _ = human_mail(slug + "1", date=s1, frm=karen, to=addr("Tin Villanueva", OWNER),
                       subject="Job Offer - Customer Operations Manager - Anahaw Payments", text=t1, client="gmail",
                       attachments=[attachment("application/pdf", "JobOffer_Villanueva_AnahawPayments.pdf", pdf)])
    uid = f"{hid(slug, 'guid', n=26)}@google.com"
    m2, _ = google_invite(slug + "2", date=T(UTC, 2026, 3, 31, 9, 52, 30), kind="invite", organizer=karen,
                          guests=[(karen[0], karen[1], "ACCEPTED"), (None, OWNER, "NEEDS-ACTION")],
                          summary="JO Signing & Pre-employment Briefing - Tin Villanueva", start=start, end=end,
                          tzlabel="Philippine Standard Time", tzabbr="PST",
                          description="JO signing and onboarding requirements briefing with HR. Please proceed to 18F reception.",
                          uid=uid, seq=0, created=T(UTC, 2026, 3, 31, 9, 51, 58),
                          location="Anahaw Payments, 18F One Anahaw Place, BGC, Taguig")
    files = {"01-job-offer.eml": m1, "02-invitation-jo-signing.eml": m2}
    lab = label([], "hard", "negative/offer",
                "Job offer plus a Google invite for JO (job offer) signing and pre-employment briefing. Post-offer "
                "paperwork meeting, not an interview.")
    return slug, files, lab


@case
def c20():
    slug = "b151-20-lever-panel-candidate-withdrew"
    abi = ("Abigail Santos", "abigail.santos@maharlikabank.example")
    ramon = ("Ramon Aquino", "ramon.aquino@maharlikabank.example")
    liza = ("Liza Cruz", "liza.cruz@maharlikabank.example")
    role = "Customer Operations Manager, Digital Banking"
    s1 = T(UTC, 2026, 3, 17, 6, 30, 2)
    start = day(T(MNL, 2026, 3, 24, 13, 30), "Tuesday")
    end = start + timedelta(hours=1)
    text = f"""Hi Maria Cristina,

Your panel interview with Maharlika Digital Bank has been scheduled.

Role: {role}
When: {start:%A, %B} {start.day}, {start.year}, {h12(start)} - {h12(end)} (GMT+08:00) Manila
Where: Microsoft Teams (link in the calendar invite)

Interviewers:
Ramon Aquino - VP, Customer Operations
Liza Cruz - HR Business Partner

If you have questions, reply to this email to reach Abigail Santos.

Sent via Lever
"""
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Lever//Lever Interview//EN", "METHOD:REQUEST",
               *VTZ["Asia/Manila"], "BEGIN:VEVENT", f"UID:{hid(slug, 'uid', n=32)}@hire.lever.co",
               f"DTSTAMP:{zstamp(s1)}", f"DTSTART;TZID=Asia/Manila:{lstamp(start)}",
               f"DTEND;TZID=Asia/Manila:{lstamp(end)}",
               f"SUMMARY:{ics_escape('Panel interview: ' + OWNER_NAME + ' - ' + role)}",
               "LOCATION:Microsoft Teams",
               f"DESCRIPTION:{ics_escape('Panel with Ramon Aquino and Liza Cruz. Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_' + hid(slug, 'tm', n=12) + '%40thread.v2/0')}",
               f"ORGANIZER;CN=Abigail Santos:mailto:{abi[1]}",
               att(OWNER_NAME, OWNER), att(ramon[0], ramon[1], "ACCEPTED", rsvp=False),
               att(liza[0], liza[1], "ACCEPTED", rsvp=False),
               "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    m1, id1 = human_mail(slug + "1", date=s1, frm=("Maharlika Digital Bank", "no-reply@hire.lever.co"), to=OWNER,
                         reply_to=addr(*abi), subject="Your interview with Maharlika Digital Bank is confirmed",
                         text=text, client="bulk", host="mail.hire.lever.co",
                         attachments=[attachment("text/calendar", "invite.ics", cal.encode())])
    tw = day(T(MNL, 2026, 3, 19, 21, 3, 30), "Thursday")
    tin = ("Hi Abigail,\n\nI hope you're well. After much thought, I've decided to withdraw my application - the "
           "5-day onsite setup in Taguig won't work for me right now. Kindly cancel my panel interview on Tuesday, "
           "March 24 at 1:30 PM PST.\n\nThank you so much for the opportunity, and please extend my thanks to Sir "
           "Ramon and Ms. Liza.\n\nBest,\nTin")
    s2 = T(MNL, 2026, 3, 20, 9, 12, 51)
    t2 = f"""Hi Tin,

Thank you for letting us know, and no worries at all. I've cancelled Tuesday's panel interview and informed Ramon and Liza. We'd be happy to reconnect if your situation changes.

Wishing you all the best!

Abigail Santos
Talent Acquisition | Maharlika Digital Bank

{gmail_attr(tw, "Tin Villanueva", OWNER)}

{quote(tin)}
"""
    tin_id = "<CAJx7Fq0" + hid(slug, "tinr", n=20) + "@mail.gmail.com>"
    m2, _ = human_mail(slug + "2", date=s2, frm=abi, to=addr("Tin Villanueva", OWNER),
                       subject="Re: Withdrawal of application - Customer Operations Manager", text=t2, client="gmail",
                       in_reply_to=tin_id, references=tin_id)
    files = {"01-lever-interview-confirmed.eml": m1, "02-re-withdrawal.eml": m2}
    lab = label([iv("Maharlika Digital Bank", role, start, end, "cancelled", [ramon[1], liza[1]],
                    [ramon[1], liza[1]], "onsite")],
                "hard", "positive/candidate-withdrawal",
                "Lever confirmation + .ics (Asia/Manila) for a panel Tue 24 Mar 13:30-14:30; the owner withdraws "
                "('1:30 PM PST' = Philippine Standard Time, not Pacific) and the recruiter confirms the cancellation. "
                "Kept as cancelled. Two panelists -> onsite.")
    return slug, files, lab


@case
def c21():
    slug = "b151-21-us-visa-interview-appointment"
    sent = T(MNL, 2026, 3, 12, 8, 3, 40)
    appt = day(T(MNL, 2026, 4, 15, 7, 45), "Wednesday")
    text = f"""APPOINTMENT CONFIRMATION

Applicant: VILLANUEVA, MARIA CRISTINA
Visa Class: B1/B2 (Business/Tourism)
Confirmation No.: {hid(slug, 'c', n=10).upper()}

Your nonimmigrant visa interview is scheduled:
Consular Section, U.S. Embassy Manila, 1201 Roxas Boulevard, Ermita, Manila
{appt:%A}, {appt:%B} {appt.day}, {appt.year} - {h12(appt)} (Manila)

Please bring: your valid passport, this appointment letter, the DS-160 confirmation page and one 2x2 photo. Arrive no earlier than 15 minutes before your scheduled time. Electronic devices are not allowed inside.

This is an automated message. Please do not reply.
"""
    m, _ = human_mail(slug, date=sent, frm=("US Visa Appointment Service - Philippines", "no-reply@visa-appointments.example"),
                      to=OWNER, subject="Appointment Confirmation - Nonimmigrant Visa Interview", text=text,
                      client="bulk")
    files = {"01-visa-interview-appointment.eml": m}
    lab = label([], "medium", "negative/visa-interview",
                "Embassy visa interview appointment (business trip). Non-job interview.")
    return slug, files, lab


@case
def c22():
    slug = "b151-22-melbourne-lender-standalone-ics"
    sophie = ("Sophie Tran", "sophie.tran@wattlefinch.example")
    role = "Customer Care Team Lead (Manila)"
    start = day(T(MEL, 2026, 3, 25, 11, 30), "Wednesday")
    end = start + timedelta(minutes=45)
    assert start.utcoffset() == timedelta(hours=11)
    zoom = f"https://wattlefinch.zoom.us/j/81274410983?pwd={hid(slug, 'pwd', n=22)}"
    desc = (f"Hi Tin,\n\nThis is your interview for the {role} role with Sophie Tran, Head of Collections & "
            f"Customer Care. 45 minutes. (11:30am Melbourne is 8:30am in Manila.)\n\nJoin Zoom Meeting\n{zoom}\n"
            "Meeting ID: 812 7441 0983\nPasscode: 660214")
    cal = ics(["BEGIN:VCALENDAR", "PRODID:-//zoom.us//iCalendar Event//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
               "METHOD:REQUEST", *VTZ["Australia/Melbourne"], "BEGIN:VEVENT",
               f"DTSTAMP:{zstamp(T(UTC, 2026, 3, 18, 23, 4, 12))}",
               f"DTSTART;TZID=Australia/Melbourne:{lstamp(start)}", f"DTEND;TZID=Australia/Melbourne:{lstamp(end)}",
               f"SUMMARY:{ics_escape('Wattle & Finch Lending | ' + role + ' - interview')}",
               f"UID:{hid(slug, 'uid', n=32)}@zoom.us", f"ORGANIZER;CN=Sophie Tran:mailto:{sophie[1]}",
               att("Tin Villanueva", OWNER, "ACCEPTED"), f"DESCRIPTION:{ics_escape(desc)}", f"LOCATION:{zoom}",
               "SEQUENCE:0", "STATUS:CONFIRMED",
               "BEGIN:VALARM", "TRIGGER:-PT10M", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "END:VALARM",
               "END:VEVENT", "END:VCALENDAR"])
    files = {"01-wattle-finch-interview.ics": cal}
    lab = label([iv("Wattle & Finch Lending", role, start, end, "scheduled", [sophie[1]], [sophie[1]],
                    "hiring_manager")],
                "medium", "positive/standalone-ics-au",
                "Standalone Zoom .ics with a VTIMEZONE for Australia/Melbourne: Wed 25 Mar 11:30 AEDT (+11, before "
                "the 5 Apr change) = 00:30Z = 08:30 PHT. Organizer is the Head of Collections & Customer Care who "
                "conducts it.")
    return slug, files, lab


@case
def c23():
    slug = "b151-23-viber-paid-mock-client-interview"
    sent = day(T(MNL, 2026, 3, 24, 20, 5, 17), "Tuesday")
    day(T(MNL, 2026, 3, 28, 14, 0), "Saturday")
    chat = """[3/24/26, 7:41 PM] Coach Rica CareerReady PH: Hi Tin! Confirmed po your slot for our Mock Client Interview (US Healthcare account simulation) this Saturday 3/28, 2PM via Google Meet \U0001F60A
[3/24/26, 7:41 PM] Coach Rica CareerReady PH: Received na po payment PHP 1,200 via GCash, ref no. 4012 339 871
[3/24/26, 7:42 PM] Coach Rica CareerReady PH: I'll play the client ops director so prepare your STAR stories ha. 1 hour + 15 min feedback
[3/24/26, 7:50 PM] Tin: Thank you Coach! See you Sat \U0001F64F
[3/24/26, 7:52 PM] Coach Rica CareerReady PH: Pls send your resume to rica@careerreadyph.example para ma-tailor ko yung questions"""
    text = f"""note to self - mock interview with Coach Rica, practice for the real client interviews

{chat}

--
Sent from my Android phone
"""
    m, _ = human_mail(slug, date=sent, frm=("Tin Villanueva", OWNER), to=addr("Tin Villanueva", OWNER),
                      subject="Fwd: Viber - Coach Rica (mock client interview)", text=text, client="gmail")
    files = {"01-fwd-viber-coach-rica.eml": m}
    lab = label([], "hard", "negative/mock-interview",
                "Viber chat forwarded to self, same shape as a real confirmation ('Confirmed po your slot ... Saturday "
                "3/28, 2PM'), but it is a paid mock client interview with a career coach.")
    return slug, files, lab


# =========================================================================== output
README = """# blind151: Manila/Singapore customer-ops lead - Taglish & Singapore English, BPO client interviews, walk-ins and chat confirmations (written blind)

Mailbox owner: **Maria Cristina "Tin" Villanueva** (`tin.villanueva@example.com`), a Manila-based customer-operations team
lead applying to Philippine BPOs, Singapore/Philippine fintechs and a US SaaS company, often for roles where the last
step is a "final interview with the account" run by a US or Australian client.

## What the set stresses
- Taglish and Singapore-English wording ("bukas po (Wednesday), 2:00 PM", "Thursday 2.30pm it is", "this Friday, same
  time"), relative dates resolved against the message `Date`, M/D dates in chat ("Thursday 3/5").
- Viber chats pasted/forwarded into e-mail by the owner (one real final interview, one paid mock interview).
- BPO "client interview" / "final interview with the account": the employer is the BPO, the interviewers are client
  people; recruiters who only coordinate are not interviewers.
- SGT/PHT (UTC+8, no DST) against US and Australian client zones across 2026 DST changes.
- Walk-in culture: a booked slot on an onsite hiring day (one onsite loop) versus an open walk-in hiring blast.
- Look-alikes: walk-in blast, career-fair ticket, agency availability request, overseas-placement scam, the owner as
  panel interviewer, Versant + one-way video, Workday rejection, job-offer/JO-signing invite, visa interview, paid mock
  interview.

Written blind: the author did not read the tool's code, tests or other evaluation sets; only the shared evaluation
README and the file formats of two or three dev cases were consulted. Everything is regenerated by `make_cases.py`
(deterministic; standard library + PyYAML).

## Counts
- {n} cases: {pos} positive, {neg} negative
- {ni} labelled interviews: {ns} scheduled, {nc} cancelled (one Google METHOD:CANCEL, one candidate withdrawal)
- One case with two interviews (b151-14), two reschedules (b151-11 Google SEQUENCE, b151-16 e-mail + Calendar API),
  one onsite loop (b151-06); the same interview appears in several items (mail + reply, mail + invite, mail + API
  event) in b151-01, 03, 11, 12, 14, 16, 18, 20.

## Formats
- `.eml`: Outlook/Exchange (multipart/alternative, quoted-printable, text/calendar base64, Windows TZIDs, Thread-Index),
  Gmail (quoted replies with "On ... wrote:"), Google Calendar notifications (multipart/mixed, base64 text,
  text/calendar + invite.ics, UTC DTSTART), Greenhouse and Lever system mails with .ics attachments, Workday, Eventbrite,
  bulk HTML mail with List-Unsubscribe.
- `.ics`: standalone Outlook exports (TZID "Singapore Standard Time") and a Zoom export (Australia/Melbourne VTIMEZONE).
- `.gcal.json`: one Calendar API v3 event (updated, sequence 1).

## Time zones and DST points (2026)
- Asia/Manila and Asia/Singapore: UTC+8, no DST. Note "PST" = Philippine Standard Time in PH usage (b151-10, b151-20).
- US: DST starts Sun 8 Mar. b151-04 (invite sent in EST for 11 Mar 08:30 EDT, "(UTC-05:00)" label), b151-11 (moved
  from 3 Mar PST to 12 Mar PDT; both 09:00 Manila), b151-16 (9:00 AM ET = 9:00 PM Manila after DST).
- America/Phoenix: no DST (b151-12, MST -07:00).
- Sydney/Melbourne: DST ends Sun 5 Apr. b151-22 is before (AEDT +11), b151-18 is after (AEST +10, invite sent during AEDT).
"""


def main():
    for name in sorted(os.listdir(HERE)):
        if name.startswith("b151-") and os.path.isdir(os.path.join(HERE, name)):
            shutil.rmtree(os.path.join(HERE, name))
    labels = {}
    for i, fn in enumerate(CASES, 1):
        slug, files, lab = fn()
        assert slug.startswith(f"b151-{i:02d}-"), slug
        os.makedirs(os.path.join(HERE, slug))
        for fname, content in sorted(files.items()):
            data = content.encode("utf-8") if isinstance(content, str) else content
            with open(os.path.join(HERE, slug, fname), "wb") as fh:
                fh.write(data)
        labels[slug] = lab
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8", newline="\n") as fh:
        yaml.safe_dump(labels, fh, sort_keys=False, allow_unicode=True, width=110)
    ivs = [x for lab in labels.values() for x in lab["interviews"]]
    pos = sum(1 for lab in labels.values() if lab["interview"])
    text = README.format(n=len(labels), pos=pos, neg=len(labels) - pos, ni=len(ivs),
                         ns=sum(x["status"] == "scheduled" for x in ivs), nc=sum(x["status"] == "cancelled" for x in ivs))
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
    print(f"wrote {len(labels)} cases ({pos} positive), {len(ivs)} interviews")


if __name__ == "__main__":
    main()
