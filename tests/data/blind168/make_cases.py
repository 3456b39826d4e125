#!/usr/bin/env python3
"""Regenerate the blind168 evaluation set (IB / PE analyst candidate, New York + Chicago).

Deterministic: every date, Message-ID, UID and MIME boundary is fixed or derived from a hash of
a fixed seed, so two runs produce identical bytes.  Standard library + PyYAML + zoneinfo only.

    python make_cases.py        # rewrites ./b168-*/ and ./labels.yaml next to this file
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
CHI = ZoneInfo("America/Chicago")
UTC = timezone.utc

OWNER = "theo.marchetti@example.com"
OWNER_NAME = "Theo Marchetti"
OWNER_CELL = "(312) 555-0186"


# --------------------------------------------------------------------------------------------
# small helpers
# --------------------------------------------------------------------------------------------
def at(y, mo, d, h, mi, tz, weekday=None):
    dt = datetime(y, mo, d, h, mi, tzinfo=tz)
    if weekday is not None:
        assert dt.strftime("%A") == weekday, (dt, weekday)
    return dt


def hx(seed, n=32):
    out = ""
    i = 0
    while len(out) < n:
        out += hashlib.sha256(f"{seed}/{i}".encode()).hexdigest()
        i += 1
    return out[:n]


def boundary(seed, style="outlook"):
    h = hx("b:" + seed, 40)
    if style == "outlook":
        return f"_000_{h[:24].upper()}prodoutlookcom_"
    if style == "gmail":
        return "0000000000" + h[:18]
    if style == "apple":
        return "Apple-Mail=_" + "-".join([h[:8], h[8:12], h[12:16], h[16:20], h[20:32]]).upper()
    return "----=_Part_" + str(int(h[:8], 16)) + "_" + str(int(h[8:16], 16)) + "." + str(int(h[16:26], 16))


def outlook_mid(seed):
    h = hx("m:" + seed, 40).upper()
    host = ["BN8PR12MB", "PH0PR11MB", "CH3PR19MB", "MN2PR04MB", "SA1PR17MB"][int(h[0], 16) % 5]
    n = str(int(h[1:5], 16) % 9000 + 1000)
    nam = ["namprd12", "namprd11", "namprd19", "namprd04", "namprd17"][int(h[5], 16) % 5]
    return f"<{host}{n}{h[6:30]}@{host}{n}.{nam}.prod.outlook.com>"


def gmail_mid(seed):
    raw = hashlib.sha256(("g:" + seed).encode()).digest() + hashlib.sha256(("g2:" + seed).encode()).digest()
    s = base64.b64encode(raw).decode().replace("/", "_").replace("=", "")
    return f"<CA{s[:10]}+{s[10:22]}-{s[22:48]}@mail.gmail.com>"


def uuidish(seed):
    h = hx("u:" + seed, 32)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def thread_index(seed):
    return base64.b64encode(hashlib.sha256(("t:" + seed).encode()).digest()[:22]).decode()


def exchange_uid(seed):
    return "040000008200E00074C5B7101A82E00800000000" + hx("x:" + seed, 16).upper() + "000000000000000010000000" + hx("y:" + seed, 32).upper()


def hdate(dt):
    return format_datetime(dt)


def long_date(dt):
    return f"{dt:%A}, {dt:%B} {dt.day}, {dt.year}"


def clock(dt):
    return f"{int(dt.strftime('%I'))}:{dt:%M} {dt:%p}"


def gclock(dt):
    h = int(dt.strftime("%I"))
    m = "" if dt.minute == 0 else f":{dt.minute:02d}"
    return f"{h}{m}{dt.strftime('%p').lower()}"


def gwhen(start, end):
    return f"{start:%a} {start:%b} {start.day}, {start.year} {gclock(start)} - {gclock(end)} ({start.tzname()})"


def ics_local(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


def ics_utc(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line):
    b = line.encode("utf-8")
    parts = []
    limit = 75
    while len(b) > limit:
        cut = limit
        while cut > 0 and (b[cut] & 0xC0) == 0x80:
            cut -= 1
        parts.append(b[:cut])
        b = b[cut:]
        limit = 74
    parts.append(b)
    return "\r\n ".join(p.decode("utf-8") for p in parts)


def ics_join(lines):
    return "\r\n".join(fold(l) for l in lines) + "\r\n"


# --------------------------------------------------------------------------------------------
# MIME writer (hand-rolled so boundaries, header order and encodings are fixed)
# --------------------------------------------------------------------------------------------
class Leaf:
    def __init__(self, ctype, body, cte="7bit", params=None, headers=None):
        self.ctype, self.body, self.cte = ctype, body, cte
        self.params = params or {}
        self.headers = headers or []

    def content_headers(self):
        p = "".join(f'; {k}="{v}"' if k in ("charset", "name", "boundary") else f"; {k}={v}" for k, v in self.params.items())
        return [f"Content-Type: {self.ctype}{p}", f"Content-Transfer-Encoding: {self.cte}"] + list(self.headers)

    def payload(self):
        data = self.body.encode("utf-8") if isinstance(self.body, str) else self.body
        if self.cte == "quoted-printable":
            return quopri.encodestring(data).decode("ascii").rstrip("\n") + "\n"
        if self.cte == "base64":
            return base64.encodebytes(data).decode("ascii")
        text = data.decode("utf-8")
        return text if text.endswith("\n") else text + "\n"


class Multi:
    def __init__(self, subtype, bnd, parts, headers=None, preamble=None):
        self.subtype, self.bnd, self.parts = subtype, bnd, parts
        self.headers = headers or []
        self.preamble = preamble

    def content_headers(self):
        return [f'Content-Type: multipart/{self.subtype};\n boundary="{self.bnd}"'] + list(self.headers)

    def payload(self):
        out = ""
        if self.preamble:
            out += self.preamble + "\n\n"
        for p in self.parts:
            out += f"--{self.bnd}\n" + "\n".join(p.content_headers()) + "\n\n" + p.payload()
            if not out.endswith("\n"):
                out += "\n"
            if isinstance(p, Multi):
                out += "\n"
        out += f"--{self.bnd}--\n"
        return out


def enc(name, value):
    """RFC 2047-encode non-ASCII header values (Subject, Thread-Topic), as mail clients do."""
    if value.isascii():
        return value
    return Header(value, "utf-8", header_name=name).encode()


def message(headers, root):
    hdrs = [f"{k}: {enc(k, v)}" for k, v in headers]
    return "\n".join(hdrs + ["MIME-Version: 1.0"] + root.content_headers()) + "\n\n" + root.payload()


def addr(name, email):
    if name is None:
        return email
    if any(c in name for c in ",.()&"):
        return f'"{name}" <{email}>'
    return f"{name} <{email}>"


def received_outlook(dt, seed):
    h = hx("r:" + seed, 12)
    return ("Received", f"from NAM{int(h[:2],16)%12+2:02d}-BN8-obe.outbound.protection.outlook.com "
            f"(mail-bn8nam{int(h[2:4],16)%12+2:02d}on2{int(h[4:7],16)%900+100}.outbound.protection.outlook.com "
            f"[40.107.{int(h[7:9],16)%200+10}.{int(h[9:11],16)%250+2}])\n        by mx1.example.com (Postfix) with ESMTPS id "
            f"4{h.upper()[:10]}\n        for <{OWNER}>; {hdate((dt + timedelta(seconds=3)).astimezone(UTC))}")


def received_google(dt, seed):
    h = hx("rg:" + seed, 12)
    return ("Received", f"from mail-sor-f{int(h[:2],16)%90+10}.google.com (mail-sor-f{int(h[:2],16)%90+10}.google.com "
            f"[209.85.220.{int(h[2:4],16)%200+20}])\n        by mx1.example.com (Postfix) with ESMTPS id "
            f"4{h.upper()[:10]}\n        for <{OWNER}>; {hdate((dt + timedelta(seconds=2)).astimezone(UTC))}")


# --------------------------------------------------------------------------------------------
# HTML flavours
# --------------------------------------------------------------------------------------------
def paras_html(text, p_open="<p>", p_close="</p>"):
    out = []
    for para in text.strip("\n").split("\n\n"):
        out.append(p_open + html.escape(para, quote=False).replace("\n", "<br>\n") + p_close)
    return "\n".join(out)


def outlook_html(text):
    body = paras_html(text, '<p class="MsoNormal">', "<o:p></o:p></p>")
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
            '@font-face {font-family:"Cambria Math";}\n@font-face {font-family:Calibri;}\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0in;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
            'span.EmailStyle17 {mso-style-type:personal-compose;}\n--></style>\n</head>\n'
            '<body lang="EN-US" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n<div class="WordSection1">\n'
            + body + "\n</div>\n</body>\n</html>\n")


def gmail_html(text, quoted=None):
    lines = []
    for para in text.strip("\n").split("\n\n"):
        lines.append("<div>" + html.escape(para, quote=False).replace("\n", "<br>") + "</div><div><br></div>")
    out = '<div dir="ltr">' + "".join(lines) + "</div>"
    if quoted:
        attr, qtext = quoted
        out += ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
                + html.escape(attr, quote=False) + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                'border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                + paras_html(qtext, "<div>", "</div><br>") + "</blockquote></div>")
    return out + "\n"


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


# --------------------------------------------------------------------------------------------
# Exchange / Outlook calendar messages
# --------------------------------------------------------------------------------------------
WIN_TZ = {
    "America/New_York": ("Eastern Standard Time", "-0500", "-0400", "(UTC-05:00) Eastern Time (US & Canada)"),
    "America/Chicago": ("Central Standard Time", "-0600", "-0500", "(UTC-06:00) Central Time (US & Canada)"),
}


def win_vtimezone(key):
    tzid, std, dst, _ = WIN_TZ[key]
    return ["BEGIN:VTIMEZONE", f"TZID:{tzid}", "BEGIN:STANDARD", "DTSTART:16010101T020000", f"TZOFFSETFROM:{dst}",
            f"TZOFFSETTO:{std}", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11", "END:STANDARD", "BEGIN:DAYLIGHT",
            "DTSTART:16010101T020000", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}",
            "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"]


def when_line(start, end):
    return f"When: {long_date(start)} {clock(start)}-{clock(end)} {WIN_TZ[start.tzinfo.key][3]}."


def exchange_vcal(*, method, uid, summary, start, end, organizer, attendees, description, location, dtstamp,
                  seq=0, prodid="Microsoft Exchange Server 2010", online_url=None):
    cancel = method == "CANCEL"
    tzid = WIN_TZ[start.tzinfo.key][0]
    L = ["BEGIN:VCALENDAR", f"METHOD:{method}", f"PRODID:{prodid}", "VERSION:2.0"] + win_vtimezone(start.tzinfo.key)
    L += ["BEGIN:VEVENT", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    for name, email, role, partstat in attendees:
        cn = f'"{name}"' if "," in name else name
        L.append(f"ATTENDEE;ROLE={role};PARTSTAT={partstat};RSVP=TRUE;CN={cn}:mailto:{email}")
    L.append("DESCRIPTION;LANGUAGE=en-US:" + ics_escape(description))
    L += [f"UID:{uid}", "SUMMARY;LANGUAGE=en-US:" + ics_escape(summary),
          f"DTSTART;TZID={tzid}:{ics_local(start)}", f"DTEND;TZID={tzid}:{ics_local(end)}",
          "CLASS:PUBLIC", f"PRIORITY:{1 if cancel else 5}", f"DTSTAMP:{ics_utc(dtstamp)}", "TRANSP:OPAQUE",
          f"STATUS:{'CANCELLED' if cancel else 'CONFIRMED'}", f"SEQUENCE:{seq}",
          "LOCATION;LANGUAGE=en-US:" + ics_escape(location),
          f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
          f"X-MICROSOFT-CDO-OWNERAPPTID:{-(int(hx('o:' + uid, 8), 16) % 2000000000)}",
          f"X-MICROSOFT-CDO-BUSYSTATUS:{'FREE' if cancel else 'TENTATIVE'}",
          f"X-MICROSOFT-CDO-INTENDEDSTATUS:{'FREE' if cancel else 'BUSY'}",
          "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", f"X-MICROSOFT-CDO-IMPORTANCE:{2 if cancel else 1}",
          "X-MICROSOFT-CDO-INSTTYPE:0"]
    if online_url:
        L.append("X-MICROSOFT-SKYPETEAMSMEETINGURL:" + online_url)
    L += ["X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
          "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT", "X-MICROSOFT-LOCATIONDISPLAYNAME:" + ics_escape(location)]
    if not cancel:
        L += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM"]
    L += ["END:VEVENT", "END:VCALENDAR"]
    return ics_join(L)


def exchange_invite(*, seed, date, organizer, attendees, subject, start, end, location, note, uid, seq=0,
                    method="REQUEST", optional=(), online_url=None, dtstamp=None):
    """attendees: list of (name, email) required attendees incl. the owner; organizer (name, email)."""
    text = f"{when_line(start, end)}\nWhere: {location}\n\n*~*~*~*~*~*~*~*~*~*\n\n{note.strip()}\n"
    att = [(n, e, "REQ-PARTICIPANT", "NEEDS-ACTION") for n, e in attendees]
    att += [(n, e, "OPT-PARTICIPANT", "NEEDS-ACTION") for n, e in optional]
    cal = exchange_vcal(method=method, uid=uid, summary=subject, start=start, end=end, organizer=organizer,
                        attendees=att, description=text, location=location, dtstamp=dtstamp or date, seq=seq,
                        online_url=online_url)
    subj = ("Canceled: " + subject) if method == "CANCEL" else subject
    headers = [("Delivered-To", OWNER), received_outlook(date, seed),
               ("Return-Path", f"<{organizer[1]}>"),
               ("From", addr(*organizer)),
               ("To", ", ".join(addr(n, e) for n, e in attendees if e != organizer[1])),
               ]
    if optional:
        headers.append(("CC", ", ".join(addr(n, e) for n, e in optional)))
    headers += [("Subject", subj), ("Thread-Topic", subject), ("Thread-Index", thread_index(seed)),
                ("Date", hdate(date.astimezone(UTC))), ("Message-ID", outlook_mid(seed))]
    if method == "CANCEL":
        headers.append(("Importance", "high"))
        headers.append(("X-Priority", "1"))
    headers += [("Accept-Language", "en-US"), ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""),
                ("X-MS-TNEF-Correlator", ""), ("Content-class", "urn:content-classes:calendarmessage"),
                ("x-ms-exchange-calendar-series-instance-id", "BAAAAIIA4AB0xbcQGoLgCAAAAA" + hx("s:" + uid, 20)),
                ("x-ms-publictraffictype", "Email")]
    root = Multi("alternative", boundary(seed), [
        Leaf("text/plain", text, "quoted-printable", {"charset": "utf-8"}),
        Leaf("text/html", outlook_html(text), "quoted-printable", {"charset": "utf-8"}),
        Leaf("text/calendar", cal, "base64", {"charset": "utf-8", "method": method}),
    ])
    return message(headers, root)


def outlook_mail(*, seed, date, frm, to, subject, text, cc=(), in_reply_to=None, references=None, importance=None):
    headers = [("Delivered-To", OWNER), received_outlook(date, seed), ("Return-Path", f"<{frm[1]}>"),
               ("From", addr(*frm)), ("To", ", ".join(addr(n, e) for n, e in to))]
    if cc:
        headers.append(("CC", ", ".join(addr(n, e) for n, e in cc)))
    headers += [("Subject", subject), ("Thread-Topic", subject.split(": ", 1)[-1]), ("Thread-Index", thread_index(seed)),
                ("Date", hdate(date.astimezone(UTC))), ("Message-ID", outlook_mid(seed))]
    if references:
        headers.append(("References", references))
    if in_reply_to:
        headers.append(("In-Reply-To", in_reply_to))
    if importance:
        headers.append(("Importance", importance))
    headers += [("Accept-Language", "en-US"), ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""),
                ("X-MS-TNEF-Correlator", ""), ("x-ms-publictraffictype", "Email")]
    root = Multi("alternative", boundary(seed), [
        Leaf("text/plain", text, "quoted-printable", {"charset": "utf-8"}),
        Leaf("text/html", outlook_html(text), "quoted-printable", {"charset": "utf-8"}),
    ])
    return message(headers, root)


def gmail_mail(*, seed, date, frm, to, subject, text, quoted=None, cc=(), in_reply_to=None, references=None,
               html_override=None):
    """quoted: (attribution line, quoted text) appended below the new text."""
    plain = text.strip("\n") + "\n"
    if quoted:
        plain += "\n" + quoted[0] + "\n\n" + quote(quoted[1]) + "\n"
    headers = [("Delivered-To", OWNER), received_google(date, seed), ("Return-Path", f"<{frm[1]}>")]
    headers += [("Date", hdate(date))]
    if references:
        headers.append(("References", references))
    if in_reply_to:
        headers.append(("In-Reply-To", in_reply_to))
    headers += [("Message-ID", gmail_mid(seed)), ("Subject", subject), ("From", addr(*frm)),
                ("To", ", ".join(addr(n, e) for n, e in to))]
    if cc:
        headers.append(("Cc", ", ".join(addr(n, e) for n, e in cc)))
    cte = "7bit" if plain.isascii() else "quoted-printable"
    root = Multi("alternative", boundary(seed, "gmail"), [
        Leaf("text/plain", plain, cte, {"charset": "UTF-8"}),
        Leaf("text/html", html_override or gmail_html(text, quoted), "quoted-printable", {"charset": "UTF-8"}),
    ])
    return message(headers, root)


# --------------------------------------------------------------------------------------------
# Google Calendar invitations and API events
# --------------------------------------------------------------------------------------------
def google_vcal(*, method, uid, title, start, end, organizer, guests, description, location, dtstamp, created,
                seq=0, status="CONFIRMED", rrule=None, tz_local=False):
    L = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
         f"METHOD:{method}"]
    if tz_local:
        key = start.tzinfo.key
        jan = datetime(2026, 1, 15, tzinfo=start.tzinfo).strftime("%z")
        jul = datetime(2026, 7, 15, tzinfo=start.tzinfo).strftime("%z")
        L += ["BEGIN:VTIMEZONE", f"TZID:{key}", f"X-LIC-LOCATION:{key}", "BEGIN:DAYLIGHT", f"TZOFFSETFROM:{jan}",
              f"TZOFFSETTO:{jul}", f"TZNAME:{datetime(2026,7,15,tzinfo=start.tzinfo).tzname()}",
              "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT", "BEGIN:STANDARD",
              f"TZOFFSETFROM:{jul}", f"TZOFFSETTO:{jan}", f"TZNAME:{datetime(2026,1,15,tzinfo=start.tzinfo).tzname()}",
              "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD", "END:VTIMEZONE"]
        L += ["BEGIN:VEVENT", f"DTSTART;TZID={key}:{ics_local(start)}", f"DTEND;TZID={key}:{ics_local(end)}"]
    else:
        L += ["BEGIN:VEVENT", f"DTSTART:{ics_utc(start)}", f"DTEND:{ics_utc(end)}"]
    if rrule:
        L.append("RRULE:" + rrule)
    L += [f"DTSTAMP:{ics_utc(dtstamp)}", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}", f"UID:{uid}"]
    for name, email, partstat in guests:
        L.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={partstat};RSVP=TRUE;CN={name};X-NUM-GUESTS=0:mailto:{email}")
    L += [f"CREATED:{ics_utc(created)}", "DESCRIPTION:" + ics_escape(description),
          f"LAST-MODIFIED:{ics_utc(dtstamp)}", "LOCATION:" + ics_escape(location), f"SEQUENCE:{seq}",
          f"STATUS:{status}", "SUMMARY:" + ics_escape(title), "TRANSP:OPAQUE"]
    if method != "CANCEL":
        L += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder", "TRIGGER:-P0DT0H10M0S", "END:VALARM"]
    L += ["END:VEVENT", "END:VCALENDAR"]
    return ics_join(L)


def google_invite(*, seed, date, kind, organizer, title, start, end, guests, description, location, uid, seq=0,
                  created=None, when_text=None, tz_label=None, note=None, rrule=None):
    """kind: Invitation | Updated invitation | Canceled event.  guests: (name, email, partstat) incl organizer."""
    method = "CANCEL" if kind == "Canceled event" else "REQUEST"
    cal = google_vcal(method=method, uid=uid, title=title, start=start, end=end, organizer=organizer, guests=guests,
                      description=description, location=location, dtstamp=date, created=created or date, seq=seq,
                      status="CANCELLED" if method == "CANCEL" else "CONFIRMED", rrule=rrule, tz_local=bool(rrule))
    eid = base64.b64encode(f"{uid.split('@')[0]} {OWNER}".encode()).decode().rstrip("=")
    when_text = when_text or f"{start:%A} {start:%b} {start.day}, {start.year} \u22c5 {gclock(start)} \u2013 {gclock(end)}"
    tz_label = tz_label or {"America/New_York": "Eastern Time - New York",
                            "America/Chicago": "Central Time - Chicago"}[start.tzinfo.key]
    lines = []
    if method == "CANCEL":
        lines += ["This event has been canceled.", ""]
    if note:
        lines += [note, ""]
    lines += [title, when_text, tz_label, ""]
    if location:
        lines += [location, ""]
    if description:
        lines += [description, ""]
    lines += ["Organizer", organizer[0], organizer[1], "", "Guests"]
    for name, email, _ in guests:
        if email == organizer[1]:
            lines.append(f"{name} - organizer")
        elif email == OWNER:
            lines.append(OWNER)
        else:
            lines.append(name)
    link = f"https://calendar.google.com/calendar/event?action=VIEW&eid={eid}&tok=MjYj{hx('tok'+seed,20)}&ctz={start.tzinfo.key.replace('/', '%2F')}&hl=en&es=0"
    lines += [f"View all guest info {link}", ""]
    if method != "CANCEL":
        lines += [f"Reply for {OWNER} and view more details {link}", "Your attendance is optional.", ""]
    lines += ["~~//~~", "Invitation from Google Calendar: https://calendar.google.com/calendar/", "",
              "You are receiving this email because you are an attendee on the event. To stop receiving future updates "
              "for this event, decline this event.", "",
              "Forwarding this invitation could allow any recipient to send a response to the organizer, be added to "
              "the guest list, invite others regardless of their own invitation status, or modify your RSVP. Learn more "
              "https://support.google.com/calendar/answer/37135#forwarding"]
    text = "\n".join(lines) + "\n"
    htm = ('<!doctype html><html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" '
           'content="text/html; charset=UTF-8"><title></title></head><body style="background-color:#fff">'
           '<div style="font-family:Roboto,Helvetica,Arial,sans-serif"><table role="presentation" width="100%">'
           + "".join(f"<tr><td>{html.escape(l, quote=False)}</td></tr>" for l in lines if l)
           + "</table></div></body></html>\n")
    if rrule:
        subj_when = when_text
    else:
        subj_when = gwhen(start, end)
    subject = f"{kind}: {title} @ {subj_when} ({OWNER})"
    headers = [("Delivered-To", OWNER), received_google(date, seed), ("Return-Path", "<calendar-notification@google.com>"),
               ("Reply-To", addr(*organizer)), ("Sender", "Google Calendar <calendar-notification@google.com>"),
               ("Message-ID", f"<calendar-{uuidish(seed)}@google.com>"), ("Date", hdate(date.astimezone(UTC))),
               ("Subject", subject), ("From", addr(*organizer)), ("To", OWNER)]
    if method == "CANCEL":
        headers.append(("X-Google-Calendar-Content-Display", "cancellation"))
    alt = Multi("alternative", boundary(seed + "alt", "gmail"), [
        Leaf("text/plain", text, "base64", {"charset": "UTF-8", "format": "flowed", "delsp": "yes"}),
        Leaf("text/html", htm, "quoted-printable", {"charset": "UTF-8"}),
        Leaf("text/calendar", cal, "7bit", {"charset": "UTF-8", "method": method}),
    ])
    root = Multi("mixed", boundary(seed, "gmail"), [
        alt,
        Leaf("application/ics", cal.encode("utf-8"), "base64", {"name": "invite.ics"},
             ['Content-Disposition: attachment; filename="invite.ics"']),
    ])
    return message(headers, root)


def gcal_event(*, eid, summary, description, location, start, end, organizer, attendees, created, updated,
               seq=0, status="confirmed", zoom=None, tzname=None):
    ev = {
        "kind": "calendar#event",
        "etag": '"' + str(int(hx("etag" + eid, 12), 16)) + '"',
        "id": eid,
        "status": status,
        "htmlLink": "https://www.google.com/calendar/event?eid=" + base64.b64encode(f"{eid} {OWNER}".encode()).decode().rstrip("="),
        "created": created.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "updated": updated.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{int(hx('ms' + eid, 4), 16) % 1000:03d}Z",
        "summary": summary,
    }
    if description:
        ev["description"] = description
    if location:
        ev["location"] = location
    ev["creator"] = {"email": organizer[1], "displayName": organizer[0]}
    ev["organizer"] = {"email": organizer[1], "displayName": organizer[0]}
    tzname = tzname or start.tzinfo.key
    ev["start"] = {"dateTime": start.isoformat(), "timeZone": tzname}
    ev["end"] = {"dateTime": end.isoformat(), "timeZone": tzname}
    ev["iCalUID"] = f"{eid}@google.com"
    ev["sequence"] = seq
    ev["attendees"] = attendees
    if zoom:
        ev["conferenceData"] = zoom
    ev["reminders"] = {"useDefault": True}
    ev["eventType"] = "default"
    return json.dumps(ev, indent=2, ensure_ascii=False) + "\n"


def zoom_block(meeting_id, pwd_seed, host="us06web.zoom.us"):
    pwd = base64.b64encode(hashlib.sha256(pwd_seed.encode()).digest()).decode()[:32].replace("/", "a").replace("+", "b")
    mid = meeting_id.replace(" ", "")
    passcode = str(int(hx("pc" + pwd_seed, 6), 16) % 900000 + 100000)
    url = f"https://{host}/j/{mid}?pwd={pwd}"
    text = (f"Join Zoom Meeting\n{url}\n\nMeeting ID: {meeting_id}\nPasscode: {passcode}\n\n---\n\nOne tap mobile\n"
            f"+16465588656,,{mid}#,,,,*{passcode}# US (New York)\n+13126266799,,{mid}#,,,,*{passcode}# US (Chicago)\n\n"
            f"Join by phone\n+1 646 558 8656 US (New York)\n+1 312 626 6799 US (Chicago)\nMeeting ID: {meeting_id}\n"
            f"Passcode: {passcode}\nFind your local number: https://us06web.zoom.us/u/k{hx('lc' + pwd_seed, 8)}")
    return url, text


# --------------------------------------------------------------------------------------------
# cases
# --------------------------------------------------------------------------------------------
CASES = []


def case(fn):
    CASES.append(fn)
    return fn


def iv(company, role, start, end, status, interviewers, followups, kind):
    return {"company": company, "role": role, "start": start.isoformat(), "end": end.isoformat() if end else None,
            "status": status, "interviewer_emails": list(interviewers), "followup_recipients": list(followups),
            "kind": kind}


def label(interviews, difficulty, category, notes):
    return {"user": OWNER, "interview": bool(interviews), "interviews": interviews, "difficulty": difficulty,
            "category": category, "notes": notes, "source": "synthetic"}


ME = (OWNER_NAME, OWNER)


# ---- positives -------------------------------------------------------------------------------
@case
def c01():
    slug = "b168-01-outlook-zoom-first-round-dst"
    brianna = ("Brianna Koenig", "bkoenig@halloranwhitney.example")
    ravi = ("Ravi Deshmukh", "rdeshmukh@halloranwhitney.example")
    sent = at(2026, 3, 4, 16, 22, NY, "Wednesday")
    start = at(2026, 3, 10, 8, 0, NY, "Tuesday")
    end = start + timedelta(minutes=45)
    assert sent.utcoffset() == timedelta(hours=-5) and start.utcoffset() == timedelta(hours=-4)
    url, ztext = zoom_block("831 4562 0917", slug)
    note = f"""Hi Theo,

Thank you for your interest in the lateral Analyst opening in our Industrials group. As discussed, your first round will be a 45-minute Zoom interview with Ravi Deshmukh, Associate in Industrials. Expect a mix of fit and technical questions (accounting, valuation, walk me through a DCF). No preparation materials are needed.

Please note the invite is in Eastern time – clocks in the US move forward this Sunday, so this is 7:00 AM Central for you in Chicago.

I'm coordinating logistics only and won't be on the call. Please reach out to me with any questions.

Best regards,
Brianna Koenig
Recruiting Coordinator | Experienced Hire Recruiting
Halloran Whitney & Co. | 420 Lexington Avenue, New York, NY 10170
T: (212) 555-0134

{ztext}
"""
    eml = exchange_invite(seed=slug, date=sent, organizer=brianna, attendees=[ME, ravi],
                          subject="Halloran Whitney | First Round Interview | Theo Marchetti (Industrials)",
                          start=start, end=end, location=url, note=note, uid=exchange_uid(slug))
    lab = label([iv("Halloran Whitney & Co.", "Lateral Investment Banking Analyst – Industrials", start, end, "scheduled",
                    [ravi[1]], [ravi[1]], "technical")],
                "medium", "positive/outlook-invite-dst",
                "Exchange invite sent Mar 4 (EST) for Tue Mar 10 8:00 ET, after the Mar 8 DST change: the Windows TZID "
                "'Eastern Standard Time' and the '(UTC-05:00)' display label must resolve to -04:00. Coordinator "
                "organizes only; the Associate conducts the interview.")
    return slug, [("01-halloran-whitney-first-round.eml", eml)], lab


@case
def c02():
    slug = "b168-02-superday-itinerary-four-invites"
    nadia = ("Nadia Olsen", "nadia.olsen@whitcombebros.example")
    ppl = [("Marcus Lee", "mlee@whitcombebros.example", "Vice President"),
           ("Sofia Reyes", "sreyes@whitcombebros.example", "Director"),
           ("Daniel Hirsch", "dhirsch@whitcombebros.example", "Managing Director"),
           ("Grace Tan", "gtan@whitcombebros.example", "Managing Director")]
    day = (2026, 4, 17)
    slots = [at(*day, 9, 0, NY, "Friday"), at(*day, 9, 45, NY), at(*day, 10, 30, NY), at(*day, 12, 0, NY)]
    ends = [s + timedelta(minutes=40) for s in slots]
    sent = at(2026, 4, 9, 11, 5, NY, "Thursday")
    rows = [(f"{clock(s)} – {clock(e)}", f"{p[0]}, {p[2]}") for s, e, p in zip(slots, ends, ppl)]
    rows.insert(3, (f"{clock(ends[2] + timedelta(minutes=5))} – {clock(slots[3])}", "Lunch with members of the Healthcare analyst class (informal)"))
    rows.insert(0, ("8:45 AM", "Check in at the 34th floor reception"))
    table_txt = "\n".join(f"{t:<22}{w}" for t, w in rows)
    text = f"""Hi Theo,

Congratulations again on advancing to our Superday for the lateral Analyst role in the Healthcare group. Below is your itinerary for {long_date(slots[0])}. All interviews are in person at 277 Park Avenue, 34th Floor, New York, NY. Individual calendar holds for each interview will follow from my calendar.

{table_txt}

Each interview is 40 minutes and will cover both fit and technicals; expect at least one interviewer to ask you to walk through a recent transaction. Please bring a government-issued ID for building security.

Travel: please book through our travel portal (link in the separate email from Concur); we will reimburse one night at the hotel. If anything comes up, my direct line is below.

Best,
Nadia

Nadia Olsen
Recruiting Coordinator, Investment Banking
Whitcombe Brothers | 277 Park Avenue | New York, NY 10172
(212) 555-0190
"""
    # HTML version uses a real table, as Outlook would
    pre, post = text.split(table_txt)
    trs = "".join(f'<tr><td style="padding:2pt 8pt;border:solid #BFBFBF 1pt">{html.escape(t)}</td>'
                  f'<td style="padding:2pt 8pt;border:solid #BFBFBF 1pt">{html.escape(w)}</td></tr>' for t, w in rows)
    itinerary_html = outlook_html(pre).replace("</div>\n</body>",
                                              f'<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">{trs}</table>\n'
                                              + paras_html(post, '<p class="MsoNormal">', "<o:p></o:p></p>") + "\n</div>\n</body>")
    seed = slug + "/itin"
    headers = [("Delivered-To", OWNER), received_outlook(sent, seed), ("Return-Path", f"<{nadia[1]}>"),
               ("From", addr(*nadia)), ("To", addr(*ME)),
               ("Subject", "Whitcombe Brothers Superday – Friday, April 17 – Itinerary"),
               ("Thread-Topic", "Whitcombe Brothers Superday – Friday, April 17 – Itinerary"),
               ("Thread-Index", thread_index(seed)), ("Date", hdate(sent.astimezone(UTC))), ("Message-ID", outlook_mid(seed)),
               ("Accept-Language", "en-US"), ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""),
               ("X-MS-TNEF-Correlator", ""), ("x-ms-publictraffictype", "Email")]
    items = [("01-superday-itinerary.eml", message(headers, Multi("alternative", boundary(seed), [
        Leaf("text/plain", text, "quoted-printable", {"charset": "utf-8"}),
        Leaf("text/html", itinerary_html, "quoted-printable", {"charset": "utf-8"})])))]
    for i, (s, e, p) in enumerate(zip(slots, ends, ppl)):
        seed = f"{slug}/inv{i}"
        first = p[0].split()[0]
        note = f"""Hi Theo,

Holding time for your Superday interview with {p[0]} ({p[2]}, Healthcare). Please check in at the 34th floor reception by 8:45 AM; a member of our team will walk you to each room.

Thanks,
Nadia Olsen
Recruiting Coordinator, Investment Banking | Whitcombe Brothers
"""
        eml = exchange_invite(seed=seed, date=sent + timedelta(minutes=14 + 3 * i), organizer=nadia,
                              attendees=[ME, (p[0], p[1])],
                              subject=f"Superday Interview: Theo Marchetti / {first} {p[0].split()[1]} ({p[2]})",
                              start=s, end=e, location="277 Park Avenue, 34th Floor – Conference Room 34" + "ABCD"[i],
                              note=note, uid=exchange_uid(seed))
        items.append((f"0{i + 2}-superday-hold-{first.lower()}.eml", eml))
    lab = label([iv("Whitcombe Brothers", "Lateral Investment Banking Analyst – Healthcare", slots[0], ends[3], "scheduled",
                    [p[1] for p in ppl], [p[1] for p in ppl], "onsite")],
                "hard", "positive/superday-loop",
                "Superday itinerary plus four separate Exchange holds on the same day (9:00-12:40 ET with a lunch break): "
                "one onsite from the first session's start to the last session's end, all four interviewers. The 8:45 "
                "check-in is not the start; the coordinator and the lunch with analysts are not interviewers.")
    return slug, items, lab


@case
def c03():
    slug = "b168-03-headhunter-thread-calder-ridge"
    lauren = ("Lauren Pike", "lpike@brightwatersearch.example")
    d1 = at(2026, 3, 19, 9, 12, NY, "Thursday")
    d_reply = at(2026, 3, 19, 10, 3, NY)
    d2 = at(2026, 3, 19, 14, 40, NY)
    opt1 = at(2026, 3, 24, 16, 30, NY, "Tuesday")
    opt2 = at(2026, 3, 25, 12, 0, NY, "Wednesday")
    sig = """Lauren Pike
Principal | Brightwater Search Partners
600 Madison Avenue, 19th Floor | New York, NY 10022
m: 917-555-0162"""
    t1 = f"""Hi Theo,

Good news – Calder Ridge Capital Partners would like to meet you for a first round for their 2027 Associate class. They've offered two slots:

- Tue 3/24 at 4:30pm ET
- Wed 3/25 at 12:00pm ET

It would be in person at their office, ~45 minutes, with two members of the deal team. Let me know which works and I'll lock it in. Happy to do a prep call beforehand – they tend to go deep on your deal experience and will likely ask you to walk through a simple paper LBO.

Best,
Lauren

{sig}
"""
    mid1 = gmail_mid(slug + "/1")
    reply_mid = f"<{uuidish(slug + '/theo').upper()}@example.com>"
    e1 = gmail_mail(seed=slug + "/1", date=d1, frm=lauren, to=[ME], subject="Calder Ridge – first round", text=t1)
    reply = """Hi Lauren,

Tuesday at 4:30 works best – I'll fly in Monday night. Thanks for setting this up.

Theo"""
    t2 = f"""Perfect – you're confirmed for Tuesday 3/24 at 4:30pm ET. You'll meet with Jonah Whitaker (Principal) and Erin Bask (Vice President), together. Should run about 45 minutes.

Calder Ridge is at 540 Madison Avenue, 22nd Floor – check in with the front desk in the lobby. Bring a couple of paper copies of your resume.

Give me a call after you're done and we'll debrief.

Lauren

{sig}
"""
    e2 = gmail_mail(seed=slug + "/2", date=d2, frm=lauren, to=[ME], subject="Re: Calder Ridge – first round",
                    text=t2, quoted=(f"On Thu, Mar 19, 2026 at {clock(d_reply)} Theo Marchetti <{OWNER}> wrote:",
                                     reply + "\n\n" + f"On Thu, Mar 19, 2026 at {clock(d1)} Lauren Pike <{lauren[1]}> wrote:\n" + quote(t1)),
                    in_reply_to=reply_mid, references=f"{mid1} {reply_mid}")
    end = opt1 + timedelta(minutes=45)
    lab = label([iv("Calder Ridge Capital Partners", "Private Equity Associate (2027 start)", opt1, end, "scheduled",
                    [], [lauren[1]], "onsite")],
                "medium", "positive/headhunter-thread",
                "Executive-search headhunter proposes two slots, then confirms Tuesday 3/24 4:30pm ET (quoted reply picks "
                "it). Two interviewers meet together (panel -> onsite) but their addresses never appear, so followups go "
                "to the headhunter. The Wednesday slot is not an interview.")
    assert opt2 > opt1  # the slot not chosen
    return slug, [("01-brightwater-calder-ridge-slots.eml", e1), ("02-brightwater-calder-ridge-confirmed.eml", e2)], lab


@case
def c04():
    slug = "b168-04-headhunter-tollgate-two-rounds"
    chris = ("Chris Danforth", "cdanforth@ashgrovetalent.example")
    rachel = ("Rachel Ng", "rng@tollgate-equity.example")
    priya = ("Priya Mallik", "pmallik@tollgate-equity.example")
    d1 = at(2026, 9, 3, 12, 30, CHI, "Thursday")
    r1 = at(2026, 9, 10, 10, 0, CHI, "Thursday")
    r1_end = r1 + timedelta(minutes=30)
    d2 = at(2026, 9, 3, 14, 2, CHI)
    d3 = at(2026, 9, 11, 16, 45, CHI, "Friday")
    r2 = at(2026, 9, 15, 13, 0, CHI, "Tuesday")
    r2_end = at(2026, 9, 15, 14, 30, CHI)
    sig = """Chris Danforth
Managing Director | Ashgrove Talent Advisors
Private Equity & Investment Banking Search
71 S. Wacker Drive, Suite 2200 | Chicago, IL 60606
o: 312-555-0117 | m: 773-555-0148"""
    t1 = f"""Theo,

Tollgate Equity wants to move quickly. They'd like to do a first round over Zoom next Thursday (9/10) at 10am CT with Priya Mallik, one of their VPs. Their EA Rachel Ng will send the calendar invite directly.

It's 30 minutes – mostly a walkthrough of one or two of your deals plus "why PE / why Tollgate". Keep the deal discussion at the level of investment merits and key risks; don't get lost in the model.

{sig}
"""
    mid1 = gmail_mid(slug + "/1")
    e1 = gmail_mail(seed=slug + "/1", date=d1, frm=chris, to=[ME], subject="Tollgate Equity – first round next Thursday", text=t1)
    url, ztext = zoom_block("862 1093 4471", slug + "/r1")
    note = f"""Hi Theo,

Sharing the Zoom details for your first-round conversation with Priya Mallik. Please let me know if you have any trouble connecting.

Rachel Ng
Executive Assistant | Tollgate Equity
150 N. Riverside Plaza, 28th Floor | Chicago, IL 60606

{ztext}
"""
    e2 = exchange_invite(seed=slug + "/2", date=d2, organizer=rachel, attendees=[ME, priya],
                         subject="Tollgate Equity – First Round – Theo Marchetti (Associate)", start=r1, end=r1_end,
                         location=url, note=note, uid=exchange_uid(slug + "/2"))
    t3 = f"""Theo – congrats, Priya gave strong feedback. Next steps from Tollgate:

1) Modeling test: Rachel will email you a 3-hour take-home LBO case tomorrow (Saturday) at 9am CT; it's due back by 12pm CT. Nobody from the team is on a call for that – just build it and send it back.

2) Second round is locked for this Tuesday, 9/15, in person at their office (150 N. Riverside Plaza, 28th floor): 1:00–2:30pm CT, back to back with partners Greg Altman and Hollis Brandt, 45 minutes each. Expect them to pick apart your model.

Call me Monday and we'll prep.

{sig}
"""
    e3 = gmail_mail(seed=slug + "/3", date=d3, frm=chris, to=[ME], subject="Re: Tollgate Equity – first round next Thursday",
                    text=t3, quoted=(f"On Thu, Sep 3, 2026 at {clock(d1)} Chris Danforth <{chris[1]}> wrote:", t1),
                    in_reply_to=mid1, references=mid1)
    lab = label([
        iv("Tollgate Equity", "Private Equity Associate", r1, r1_end, "scheduled", [priya[1]], [priya[1]], "phone_screen"),
        iv("Tollgate Equity", "Private Equity Associate", r2, r2_end, "scheduled", [], [chris[1]], "onsite"),
    ], "hard", "positive/two-interviews",
        "PE on-cycle via a headhunter: Zoom first round Thu 9/10 10am CT (headhunter mail + EA's Exchange invite with "
        "'Central Standard Time' TZID in September -> -05:00, one interview), then an in-person second round Tue 9/15 "
        "1:00-2:30 CT with two partners back to back (one onsite; no partner addresses -> followup to the headhunter). "
        "The take-home modeling test on Saturday is not an interview.")
    return slug, [("01-ashgrove-tollgate-first-round.eml", e1), ("02-tollgate-first-round-invite.eml", e2),
                  ("03-ashgrove-tollgate-second-round.eml", e3)], lab


@case
def c05():
    slug = "b168-05-hirevue-live-vantor-hill"
    sent = at(2026, 5, 27, 10, 15, CHI, "Wednesday")
    start = at(2026, 6, 3, 11, 0, CHI, "Wednesday")
    end = start + timedelta(minutes=30)
    jenna = ("Jenna Albright", "jalbright@vantorhill.example")
    link = f"https://app.hirevue.com/interviews/live/{hx(slug + 'live', 12)}"
    text = f"""Hi Theo,

Your live video interview with Vantor Hill Securities has been scheduled.

Position: Investment Banking Analyst – Financial Sponsors (Chicago)
Date: {long_date(start)}
Time: {clock(start)} - {clock(end)} CDT (America/Chicago)
Interviewer: Kyle Brennan, Vice President
Format: Live video interview (HireVue)

Join your interview:
{link}

Before your interview:
- Test your camera, microphone and browser at https://app.hirevue.com/check
- Join 5 minutes early from a quiet place with a stable internet connection
- This is a live conversation with your interviewer, not a recorded (on-demand) interview

Need to reschedule? Use the link above at least 24 hours in advance.

Questions about the interview? Contact Jenna Albright, Experienced Hire Recruiting, at {jenna[1]}.

This is an automated message sent by HireVue on behalf of Vantor Hill Securities. Replies to this address are not monitored.
"""
    htm = ('<html><body style="margin:0;padding:0;background:#f4f5f7"><table width="100%" cellpadding="0" cellspacing="0">'
           '<tr><td align="center"><table width="600" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;'
           'font-size:14px;color:#1f2933"><tr><td style="padding:24px">'
           + paras_html(text).replace(html.escape(link), f'<a href="{link}">Join interview</a>')
           + '</td></tr></table></td></tr></table></body></html>\n')
    cal = ics_join(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//HireVue//Live Interview//EN", "METHOD:REQUEST",
                    "BEGIN:VEVENT", f"UID:{uuidish(slug)}@hirevue.com", f"DTSTAMP:{ics_utc(sent)}",
                    f"DTSTART:{ics_utc(start)}", f"DTEND:{ics_utc(end)}",
                    "SUMMARY:Live Interview: Vantor Hill Securities - Investment Banking Analyst – Financial Sponsors (Chicago)",
                    "DESCRIPTION:" + ics_escape(f"Live video interview with Kyle Brennan (Vice President).\nJoin: {link}"),
                    "LOCATION:" + link, "ORGANIZER;CN=Vantor Hill Securities:mailto:no-reply@hirevue.com",
                    f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN={OWNER_NAME}:mailto:{OWNER}",
                    "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"])
    sent_utc = sent.astimezone(UTC)
    headers = [("Delivered-To", OWNER),
               ("Received", f"from o1.ptr{int(hx(slug,4),16)%9000}.mail.hirevue.com (o1.ptr{int(hx(slug,4),16)%9000}.mail.hirevue.com [167.89.{int(hx(slug+'ip',2),16)}.{int(hx(slug+'ip2',2),16)}])\n        by mx1.example.com (Postfix) with ESMTPS id 4{hx(slug+'q',10).upper()}\n        for <{OWNER}>; {hdate(sent_utc + timedelta(seconds=4))}"),
               ("Return-Path", f"<bounces+{int(hx(slug+'b',6),16)}@em.hirevue.com>"),
               ("From", "Vantor Hill Securities <no-reply@hirevue.com>"), ("To", OWNER),
               ("Subject", "Your live interview with Vantor Hill Securities is scheduled"),
               ("Date", hdate(sent_utc)), ("Message-ID", f"<{hx(slug + 'mid', 22)}@geopod-ismtpd-{int(hx(slug,2),16)%40}>"),
               ("X-SG-EID", base64.b64encode(hashlib.sha256(slug.encode()).digest()).decode()),
               ("List-Unsubscribe", "<mailto:unsubscribe@hirevue.com>")]
    root = Multi("mixed", boundary(slug, "other"), [
        Multi("alternative", boundary(slug + "alt", "other"), [
            Leaf("text/plain", text, "quoted-printable", {"charset": "utf-8"}),
            Leaf("text/html", htm, "quoted-printable", {"charset": "utf-8"})]),
        Leaf("text/calendar", cal, "base64", {"charset": "utf-8", "method": "REQUEST", "name": "interview.ics"},
             ['Content-Disposition: attachment; filename="interview.ics"']),
    ])
    lab = label([iv("Vantor Hill Securities", "Investment Banking Analyst – Financial Sponsors (Chicago)", start, end,
                    "scheduled", [], [jenna[1]], "phone_screen")],
                "hard", "positive/hirevue-live",
                "HireVue LIVE interview (a scheduled conversation with a named VP), not an on-demand recording; .ics in "
                "UTC, text in CDT. The interviewer's address is not given; no-reply@hirevue.com is excluded, so the "
                "followup goes to the recruiter named in the text.")
    return slug, [("01-hirevue-live-interview-scheduled.eml", message(headers, root))], lab


@case
def c06():
    slug = "b168-06-outlook-reschedule-granary-point"
    tom = ("Tom Beaudry", "tbeaudry@granarypoint.example")
    alana = ("Alana Crest", "acrest@granarypoint.example")
    d1 = at(2026, 2, 26, 9, 40, CHI, "Thursday")
    s1 = at(2026, 3, 5, 15, 0, CHI, "Thursday")
    d2 = at(2026, 3, 3, 17, 20, CHI, "Tuesday")
    s2 = at(2026, 3, 9, 15, 30, CHI, "Monday")
    assert s1.utcoffset() == timedelta(hours=-6) and s2.utcoffset() == timedelta(hours=-5)
    uid = exchange_uid(slug)
    subject = "Granary Point Capital – Theo Marchetti / Alana Crest (Associate role)"
    base = f"""Hi Theo,

Alana Crest, Principal, would like to speak with you about the Associate role on the Granary Point investment team. She leads our associate search and will call you on your cell at {OWNER_CELL} at the time above; the call should take about 30 minutes.

Best,
Tom Beaudry
Executive Assistant | Granary Point Capital
330 N. Wabash Avenue, Suite 3100 | Chicago, IL 60611
312-555-0122
"""
    e1 = exchange_invite(seed=slug + "/1", date=d1, organizer=tom, attendees=[ME, alana], subject=subject, start=s1,
                         end=s1 + timedelta(minutes=30), location=f"Alana to call Theo's cell – {OWNER_CELL}",
                         note=base, uid=uid)
    note2 = ("Hi Theo – Alana is traveling on Thursday, so I have moved your call to Monday afternoon. Same format: "
             "she will call your cell. Apologies for the shuffle.\n\n" + base)
    e2 = exchange_invite(seed=slug + "/2", date=d2, organizer=tom, attendees=[ME, alana], subject=subject, start=s2,
                         end=s2 + timedelta(minutes=30), location=f"Alana to call Theo's cell – {OWNER_CELL}",
                         note=note2, uid=uid, seq=1)
    lab = label([iv("Granary Point Capital", "Private Equity Associate", s2, s2 + timedelta(minutes=30), "scheduled",
                    [alana[1]], [alana[1]], "hiring_manager")],
                "hard", "positive/reschedule",
                "Exchange request (Thu Mar 5 3:00 PM CST) updated with the same UID and SEQUENCE:1 to Mon Mar 9 3:30 PM "
                "'Central Standard Time' - the day after US DST starts, so -05:00 although the body label says "
                "(UTC-06:00). Final time wins; the EA only schedules.")
    return slug, [("01-granary-point-call.eml", e1), ("02-granary-point-call-moved.eml", e2)], lab


@case
def c07():
    slug = "b168-07-outlook-cancel-pemberton-lane"
    hana = ("Hana Sato", "hsato@pembertonlane.example")
    felix = ("Felix Amari", "famari@pembertonlane.example")
    hannah = ("Hannah Zhou", "hzhou@pembertonlane.example")
    d1 = at(2026, 4, 22, 11, 10, NY, "Wednesday")
    s = at(2026, 4, 30, 14, 0, NY, "Thursday")
    e = s + timedelta(hours=1)
    d2 = at(2026, 4, 28, 18, 2, NY, "Tuesday")
    uid = exchange_uid(slug)
    subject = "Second Round Interview – Theo Marchetti – Restructuring Analyst"
    teams = f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{hx(slug + 'tm', 40)}%40thread.v2/0"
    teams_block = f"""________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<{teams}>
Meeting ID: 247 918 305 662
Passcode: Rq7Xk2
Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
________________________________________________________________________________"""
    n1 = f"""Theo,

Thanks for your time in the first round. For the second round you'll meet Felix Amari (Director) and Hannah Zhou (Vice President) together for a 60-minute case-style discussion over Teams. They'll send a short distressed-company case 15 minutes before the start.

Best,
Hana Sato
Recruiting Manager | Pemberton Lane Advisors
1345 Avenue of the Americas, 44th Floor | New York, NY 10105

{teams_block}
"""
    e1 = exchange_invite(seed=slug + "/1", date=d1, organizer=hana, attendees=[ME, felix, hannah], subject=subject,
                         start=s, end=e, location="Microsoft Teams Meeting", note=n1, uid=uid, online_url=teams)
    n2 = """Theo – apologies for the late notice. Felix and Hannah have been pulled onto an active Chapter 11 mandate this week, and we have to cancel Thursday's second round. We'll be in touch once their schedules settle.

Hana"""
    e2 = exchange_invite(seed=slug + "/2", date=d2, organizer=hana, attendees=[ME, felix, hannah], subject=subject,
                         start=s, end=e, location="Microsoft Teams Meeting", note=n2, uid=uid, seq=1, method="CANCEL")
    lab = label([iv("Pemberton Lane Advisors", "Restructuring Analyst", s, e, "cancelled", [felix[1], hannah[1]],
                    [felix[1], hannah[1]], "onsite")],
                "medium", "positive/cancellation",
                "Exchange request then METHOD:CANCEL (same UID, SEQUENCE:1, 'Canceled:' subject). Kept as one cancelled "
                "panel interview at the last scheduled time; panel of two -> onsite. Nothing is re-booked.")
    return slug, [("01-pemberton-second-round.eml", e1), ("02-pemberton-second-round-canceled.eml", e2)], lab


@case
def c08():
    slug = "b168-08-google-cancel-rebook-sable-harbor"
    nora = ("Nora Quinlan", "nora.quinlan@sableharbor.example")
    owen = ("Owen Fairley", "owen.fairley@sableharbor.example")
    d1 = at(2026, 5, 6, 13, 14, NY, "Wednesday")
    s1 = at(2026, 5, 11, 10, 0, NY, "Monday")
    d2 = at(2026, 5, 8, 18, 31, NY, "Friday")
    d3 = at(2026, 5, 8, 18, 36, NY)
    d4 = at(2026, 5, 11, 9, 2, NY, "Monday")
    s2 = at(2026, 5, 14, 16, 0, NY, "Thursday")
    uid1 = f"{hx(slug + 'u1', 26)}@google.com"
    uid2 = f"{hx(slug + 'u2', 26)}@google.com"
    url1, z1 = zoom_block("845 2210 7736", slug + "/z1")
    url2, z2 = zoom_block("871 6604 3129", slug + "/z2")
    title1 = "Sable Harbor Partners – First Round (Theo Marchetti)"
    desc1 = f"First-round conversation with Owen Fairley (Vice President) for the Growth Equity Associate role. Owen will focus on your deal experience and a short market-sizing case.\n\n{z1}"
    guests = [(nora[0], nora[1], "ACCEPTED"), (owen[0], owen[1], "ACCEPTED"), (OWNER, OWNER, "NEEDS-ACTION")]
    e1 = google_invite(seed=slug + "/1", date=d1, kind="Invitation", organizer=nora, title=title1, start=s1,
                       end=s1 + timedelta(minutes=45), guests=guests, description=desc1, location=url1, uid=uid1)
    e2 = google_invite(seed=slug + "/2", date=d2, kind="Canceled event", organizer=nora, title=title1, start=s1,
                       end=s1 + timedelta(minutes=45), guests=guests, description=desc1, location=url1, uid=uid1,
                       seq=1, created=d1)
    t3 = """Hi Theo,

Sorry for the shuffle – Owen now has an investment committee meeting Monday morning, so I've cancelled Monday's invite. Could you do Thursday 5/14 at 4pm ET instead? Same format, 45 minutes on Zoom. I'll send a fresh invite once you confirm.

Thanks,
Nora

Nora Quinlan
Talent Lead | Sable Harbor Partners
nora.quinlan@sableharbor.example | 646-555-0173
"""
    e3 = gmail_mail(seed=slug + "/3", date=d3, frm=nora, to=[ME], subject="Rescheduling Monday's first round", text=t3)
    title2 = "Sable Harbor Partners – First Round w/ Owen Fairley (Theo Marchetti)"
    desc2 = f"Rescheduled first-round conversation with Owen Fairley (Vice President) – Growth Equity Associate.\n\n{z2}"
    e4 = google_invite(seed=slug + "/4", date=d4, kind="Invitation", organizer=nora, title=title2, start=s2,
                       end=s2 + timedelta(minutes=45), guests=guests, description=desc2, location=url2, uid=uid2)
    lab = label([
        iv("Sable Harbor Partners", "Growth Equity Associate", s1, s1 + timedelta(minutes=45), "cancelled", [owen[1]],
           [owen[1]], "phone_screen"),
        iv("Sable Harbor Partners", "Growth Equity Associate", s2, s2 + timedelta(minutes=45), "scheduled", [owen[1]],
           [owen[1]], "phone_screen"),
    ], "hard", "positive/cancel-then-rebook",
        "Google invite for Mon 5/11 10am ET is cancelled (METHOD:CANCEL), then re-booked as a NEW event (new UID) for "
        "Thu 5/14 4pm ET: two entries, one cancelled and one scheduled. Organizer (talent lead) does not interview.")
    return slug, [("01-invitation-first-round.eml", e1), ("02-canceled-first-round.eml", e2),
                  ("03-nora-rescheduling.eml", e3), ("04-invitation-first-round-rebooked.eml", e4)], lab


@case
def c09():
    slug = "b168-09-gcal-json-process-coffee-foxmere"
    tomg = ("Tom Greer", "tgreer@foxmere.example")
    start = at(2026, 10, 6, 8, 0, NY, "Tuesday")
    end = start + timedelta(minutes=45)
    created = at(2026, 9, 30, 17, 12, NY)
    eid = hx(slug, 26)
    desc = ("Theo – as Chris at Ashgrove mentioned, this coffee is the first step in Foxmere's associate process. "
            "We'll talk through your deals and why middle-market buyouts. If it goes well the next step is a "
            "modeling test and then a superday with the partners.\n\nMy cell if you're running late: 917-555-0109\n– Tom")
    ev = gcal_event(eid=eid, summary="Coffee – Theo Marchetti / Tom Greer (Foxmere associate process, round 1)",
                    description=desc, location="Oddfellow Coffee, 55 E 52nd St, New York, NY 10055", start=start, end=end,
                    organizer=tomg,
                    attendees=[{"email": tomg[1], "displayName": tomg[0], "organizer": True, "responseStatus": "accepted"},
                               {"email": OWNER, "displayName": OWNER_NAME, "self": True, "responseStatus": "accepted"}],
                    created=created, updated=created + timedelta(hours=2, minutes=5))
    lab = label([iv("Foxmere Capital", "Private Equity Associate", start, end, "scheduled", [tomg[1]], [tomg[1]], "other")],
                "medium", "positive/gcal-json-coffee-step",
                "Calendar API event only. A 'coffee' that is explicitly round 1 of the associate process (not networking), "
                "so it is an interview; the organizer is the interviewer.")
    return slug, [("01-foxmere-coffee.gcal.json", ev)], lab


@case
def c10():
    slug = "b168-10-body-only-tomorrow-kinsale-row"
    aaron = ("Aaron Feld", "aaron.feld@kinsalerow.example")
    d1 = at(2026, 1, 21, 18, 47, NY, "Wednesday")
    d_reply = at(2026, 1, 21, 19, 58, CHI)  # Theo replies from Chicago
    d2 = at(2026, 1, 21, 21, 6, NY)
    start = at(2026, 1, 22, 8, 0, NY, "Thursday")
    assert start.date() == (d1 + timedelta(days=1)).date() == (d2 + timedelta(days=1)).date()
    t1 = """Theo –

Mike Donnelly passed along your resume. We have a lateral M&A analyst seat opening up on our team and I'd like to have a quick call with you. Are you free tomorrow at 8am ET before I head into the office? I'll call your cell.

Aaron

Sent from my iPhone"""
    mid1 = f"<{uuidish(slug + '/1').upper()}@kinsalerow.example>"
    reply_mid = f"<{gmail_mid(slug + '/reply')[1:-1]}>"
    t2 = f"""Great – talk at 8 tomorrow. I'll call from 212-555-0147.

Aaron

Aaron Feld
Vice President | Kinsale Row Partners
One Rockefeller Plaza, 11th Floor, New York, NY 10020

Sent from my iPhone

> On Jan 21, 2026, at {clock(d_reply.astimezone(NY))}, Theo Marchetti <{OWNER}> wrote:
>
> Hi Aaron, thanks for reaching out – 8am ET tomorrow works great (7am my time in Chicago). My cell is {OWNER_CELL}.
>
> Best,
> Theo
>
>> On Jan 21, 2026, at {clock(d1)}, Aaron Feld <{aaron[1]}> wrote:
>>
{chr(10).join('>> ' + l if l else '>>' for l in t1.split(chr(10)))}
"""

    def apple(seed, date, subject, text, irt=None, refs=None):
        headers = [("Delivered-To", OWNER),
                   ("Received", f"from mail-east.kinsalerow.example (mail-east.kinsalerow.example [198.51.100.{int(hx(seed,2),16)%200+20}])\n        by mx1.example.com (Postfix) with ESMTPS id 4{hx(seed+'q',10).upper()}\n        for <{OWNER}>; {hdate(date.astimezone(UTC) + timedelta(seconds=5))}"),
                   ("Return-Path", f"<{aaron[1]}>"), ("Content-Type", "text/plain;\n\tcharset=utf-8"),
                   ("Content-Transfer-Encoding", "quoted-printable"), ("From", addr(*aaron)),
                   ("Mime-Version", "1.0 (1.0)"), ("Date", hdate(date)), ("Subject", subject)]
        if refs:
            headers.append(("References", refs))
        if irt:
            headers.append(("In-Reply-To", irt))
        headers += [("To", addr(*ME)), ("Message-Id", f"<{uuidish(seed).upper()}@kinsalerow.example>"),
                    ("X-Mailer", "iPhone Mail (23C71)")]
        body = quopri.encodestring(text.encode("utf-8")).decode("ascii")
        return "\n".join(f"{k}: {enc(k, v)}" for k, v in headers) + "\n\n" + body + ("" if body.endswith("\n") else "\n")

    e1 = apple(slug + "/1", d1, "Kinsale Row – analyst seat", t1)
    e2 = apple(slug + "/2", d2, "Re: Kinsale Row – analyst seat", t2, irt=reply_mid, refs=f"{mid1} {reply_mid}")
    lab = label([iv("Kinsale Row Partners", "M&A Analyst (Lateral)", start, None, "scheduled", [aaron[1]], [aaron[1]],
                    "phone_screen")],
                "medium", "positive/email-body-relative-date",
                "Plain-text iPhone mails only. 'Tomorrow at 8am ET' resolved against the Date header (Wed Jan 21, -0500) "
                "-> Thu Jan 22 08:00 -05:00 (7am in the candidate's Chicago). No duration stated, so end is null. The VP "
                "who calls is the interviewer.")
    return slug, [("01-kinsale-row-quick-call.eml", e1), ("02-kinsale-row-confirmed.eml", e2)], lab


@case
def c11():
    slug = "b168-11-forwarded-fund-confirmation-ironbridge"
    megan = ("Megan Oduya", "moduya@holliscrane.example")
    nathan = ("Nathan Ellery", "nellery@ironbridge-ep.example")
    dana = ("Dana Kowalski", "dkowalski@ironbridge-ep.example")
    d_inner = at(2026, 10, 9, 10, 58, CHI, "Friday")
    d = at(2026, 10, 9, 11, 20, CHI)
    start = at(2026, 10, 15, 14, 0, CHI, "Thursday")
    end = start + timedelta(hours=1)
    inner = """Megan –

We'd like to meet Theo on Thursday (10/15) at 2:00pm CT at our office, 311 S. Wacker Drive, Suite 4000. Dana Kowalski from our team will join me. Please have him check in with reception on 40.

Thanks,
Nathan

Nathan Ellery
Principal | Ironbridge Equity Partners
311 S. Wacker Drive, Suite 4000 | Chicago, IL 60606
312-555-0155"""
    top = """Theo – see below from Nathan. You're confirmed for Thursday 10/15 at 2pm CT at Ironbridge's office for your first round for their 2027 Associate class. Plan on an hour: Nathan and Dana will do a paper LBO with you live as part of it, so bring a calculator.

Call me after.

Megan

Megan Oduya
Partner | Hollis & Crane Executive Search
m: 312-555-0138"""
    fwd_hdr = (f"---------- Forwarded message ---------\nFrom: {nathan[0]} <{nathan[1]}>\n"
               f"Date: Fri, Oct 9, 2026 at {clock(d_inner)}\nSubject: RE: Theo Marchetti – Ironbridge first round\n"
               f"To: {megan[0]} <{megan[1]}>\nCc: {dana[0]} <{dana[1]}>\n")
    plain = top + "\n\n" + fwd_hdr + "\n\n" + inner + "\n"
    htm = ('<div dir="ltr">' + paras_html(top, "<div>", "</div><div><br></div>") +
           '<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>'
           f'From: <strong class="gmail_sendername" dir="auto">{nathan[0]}</strong> <span dir="auto">&lt;<a href="mailto:{nathan[1]}">{nathan[1]}</a>&gt;</span><br>'
           f'Date: Fri, Oct 9, 2026 at {clock(d_inner)}<br>Subject: RE: Theo Marchetti – Ironbridge first round<br>'
           f'To: {megan[0]} &lt;<a href="mailto:{megan[1]}">{megan[1]}</a>&gt;<br>Cc: {dana[0]} &lt;<a href="mailto:{dana[1]}">{dana[1]}</a>&gt;<br></div><br><br>'
           + paras_html(inner, '<p class="MsoNormal">', "</p>") + "</div></div>\n")
    e = gmail_mail(seed=slug, date=d, frm=megan, to=[ME], subject="Fwd: Theo Marchetti – Ironbridge first round",
                   text=plain, html_override=htm)
    lab = label([iv("Ironbridge Equity Partners", "Private Equity Associate (2027 start)", start, end, "scheduled",
                    [nathan[1], dana[1]], [nathan[1], dana[1]], "onsite")],
                "hard", "positive/forwarded-confirmation",
                "Headhunter forwards the fund's confirmation: the interviewers' addresses appear only in the forwarded "
                "From/Cc block. Thursday 10/15 2pm CT (CDT, -05:00), 'plan on an hour'. Two interviewers together, "
                "including a live paper LBO -> onsite; followups to both interviewers, not the headhunter.")
    return slug, [("01-fwd-ironbridge-first-round.eml", e)], lab


@case
def c12():
    slug = "b168-12-standalone-ics-after-fall-back-ashby"
    carla = ("Carla Benitez", "cbenitez@ashbymorrow.example")
    lionel = ("Lionel Park", "lpark@ashbymorrow.example")
    stamp = at(2026, 10, 28, 14, 45, NY, "Wednesday")
    start = at(2026, 11, 3, 9, 30, NY, "Tuesday")
    end = start + timedelta(minutes=45)
    assert stamp.utcoffset() == timedelta(hours=-4) and start.utcoffset() == timedelta(hours=-5)
    desc = f"""{when_line(start, end)}
Where: Ashby Morrow & Co., 375 Hudson Street, 12th Floor – ask for Carla at reception

*~*~*~*~*~*~*~*~*~*

Hi Theo,

Congratulations on advancing to the final round for the Analyst role in our Technology, Media & Telecom group. Your final round is a 45-minute in-person conversation with Lionel Park, Managing Director and Head of TMT.

A reminder that clocks fall back on Sunday, November 1 – the time above is New York time after the change.

Best,
Carla Benitez
Recruiting Coordinator | Ashby Morrow & Co.
212-555-0181
"""
    cal = exchange_vcal(method="REQUEST", uid=exchange_uid(slug),
                        summary="Final Round: Theo Marchetti w/ Lionel Park (Head of TMT)", start=start, end=end,
                        organizer=carla,
                        attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION"),
                                   (lionel[0], lionel[1], "REQ-PARTICIPANT", "ACCEPTED")],
                        description=desc, location="Ashby Morrow & Co., 375 Hudson Street, 12th Floor",
                        dtstamp=stamp, prodid="Microsoft Exchange Server 2010")
    lab = label([iv("Ashby Morrow & Co.", "Investment Banking Analyst – TMT", start, end, "scheduled", [lionel[1]],
                    [lionel[1]], "hiring_manager")],
                "medium", "positive/standalone-ics-dst",
                "Standalone Exchange .ics stamped Oct 28 (EDT) for Tue Nov 3 9:30 'Eastern Standard Time', two days after "
                "the Nov 1 fall-back: -05:00. Coordinator is the organizer; the MD is the interviewer.")
    return slug, [("01-ashby-morrow-final-round.ics", cal)], lab


@case
def c13():
    slug = "b168-13-google-invite-email-api-rowan-street"
    kelsey = ("Kelsey Moore", "kelsey.moore@rowanstreet.example")
    samir = ("Samir Haddad", "samir.haddad@rowanstreet.example")
    d1 = at(2026, 8, 11, 10, 2, NY, "Tuesday")
    d2 = at(2026, 8, 11, 10, 5, NY)
    start = at(2026, 8, 17, 12, 0, NY, "Monday")
    end = start + timedelta(minutes=45)
    url, ztext = zoom_block("815 7720 0394", slug)
    t1 = f"""Hi Theo,

Thank you for applying to the Financial Sponsors Analyst role at Rowan Street Partners. We'd like to invite you to a first-round Zoom interview with Samir Haddad, Vice President, on Monday, August 17 at 12:00pm ET (11:00am CT).

The interview is 45 minutes and will cover your deal experience and technical questions (LBO mechanics, accounting, valuation). You'll receive a calendar invitation from me shortly with the Zoom link.

Best,
Kelsey

Kelsey Moore
Campus & Lateral Recruiting | Rowan Street Partners
500 Fifth Avenue, 30th Floor | New York, NY 10110
"""
    e1 = gmail_mail(seed=slug + "/1", date=d1, frm=kelsey, to=[ME], subject="Rowan Street Partners – First Round Interview",
                    text=t1)
    uid = f"{hx(slug + 'uid', 26)}@google.com"
    title = "Rowan Street Partners – First Round Interview (Theo Marchetti)"
    desc = f"First-round interview with Samir Haddad (VP, Financial Sponsors).\n\n{ztext}"
    guests = [(kelsey[0], kelsey[1], "ACCEPTED"), (samir[0], samir[1], "ACCEPTED"), (OWNER, OWNER, "NEEDS-ACTION")]
    e2 = google_invite(seed=slug + "/2", date=d2, kind="Invitation", organizer=kelsey, title=title, start=start, end=end,
                       guests=guests, description=desc, location=url, uid=uid)
    ev = gcal_event(eid=uid.split("@")[0], summary=title, description=desc, location=url, start=start, end=end,
                    organizer=kelsey,
                    attendees=[{"email": kelsey[1], "displayName": kelsey[0], "organizer": True, "responseStatus": "accepted"},
                               {"email": samir[1], "displayName": samir[0], "responseStatus": "accepted"},
                               {"email": OWNER, "self": True, "responseStatus": "accepted"}],
                    created=d2, updated=at(2026, 8, 11, 12, 41, NY))
    lab = label([iv("Rowan Street Partners", "Financial Sponsors Analyst", start, end, "scheduled", [samir[1]], [samir[1]],
                    "technical")],
                "easy", "positive/dedupe-email-invite-api",
                "Recruiter e-mail + Google invitation (UTC times in the .ics) + Calendar API event for the same Zoom "
                "first round: ONE interview. Recruiter organizes; the VP interviews.")
    return slug, [("01-rowan-street-first-round.eml", e1), ("02-invitation-first-round.eml", e2),
                  ("03-rowan-street-first-round.gcal.json", ev)], lab


# ---- negatives (look-alikes) -------------------------------------------------------------------
@case
def c14():
    slug = "b168-14-alumni-coffee-chat-outlook"
    jenna = ("Jenna Ruiz", "jruiz@larkfieldcap.example")
    d = at(2026, 2, 2, 20, 15, CHI, "Monday")
    start = at(2026, 2, 12, 8, 15, CHI, "Thursday")
    note = """Hi Theo,

Great to connect through the Lakeshore alumni network – thanks for reaching out. Happy to grab coffee and share how I made the move from banking to the buy side, what on-cycle recruiting actually looked like, and what I'd do differently.

Just so expectations are clear: Larkfield isn't running an associate process right now, so this is purely an informal networking chat and not an interview. No need to prepare anything.

See you Thursday!
Jenna

Jenna Ruiz
Senior Associate | Larkfield Capital
"""
    e = exchange_invite(seed=slug, date=d, organizer=jenna, attendees=[ME], subject="Coffee chat – Jenna Ruiz / Theo Marchetti (Lakeshore '19)",
                        start=start, end=start + timedelta(minutes=30), location="Ardent Coffee, 209 W Jackson Blvd, Chicago",
                        note=note, uid=exchange_uid(slug))
    return slug, [("01-coffee-chat-jenna-ruiz.eml", e)], label(
        [], "hard", "negative/alumni-coffee-chat",
        "Outlook invite from a PE professional for a coffee chat; explicitly networking via the alumni network, 'not an "
        "interview', firm not hiring.")


@case
def c15():
    slug = "b168-15-info-session-webinar-zoom"
    d = at(2026, 6, 16, 13, 40, NY, "Tuesday")
    start = at(2026, 6, 24, 12, 0, NY, "Wednesday")
    end = start + timedelta(hours=1)
    wid = "862 4471 9023"
    link = f"https://us06web.zoom.us/w/{wid.replace(' ', '')}?tk={hx(slug + 'tk', 40)}"
    title = "Whitcombe Brothers Experienced Hire Info Session: Inside Our Interview Process"
    text = f"""Hi Theo Marchetti,

Thank you for registering for "{title}".

Please submit any questions to: lateralrecruiting@whitcombebros.example

Date Time: Jun 24, 2026 12:00 PM Eastern Time (US and Canada)

Join from PC, Mac, iPad, or Android:
{link}

Passcode: 512907

Description: Hear from Whitcombe Brothers bankers about life as a lateral analyst, how our experienced-hire interview process works (from first rounds to Superday), and what our groups look for. The session is a live webinar with Q&A; attendance is optional and is not part of any candidate's evaluation.

Add to Calendar(.ics) | Add to Google Calendar | Add to Yahoo Calendar

You can cancel your registration at any time.

Thank you!
"""
    cal = ics_join(["BEGIN:VCALENDAR", "PRODID:-//zoom.us//iCalendar Event//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
                    "METHOD:PUBLISH", "BEGIN:VEVENT", f"DTSTAMP:{ics_utc(d)}", f"DTSTART:{ics_utc(start)}",
                    f"DTEND:{ics_utc(end)}", "SUMMARY:" + ics_escape(title), f"UID:{ics_utc(d)}-{wid.replace(' ', '')}@zoom.us",
                    "TZID:America/New_York", "DESCRIPTION:" + ics_escape(f"Join from PC, Mac, iPad, or Android:\n{link}\n\nPasscode: 512907"),
                    "LOCATION:" + link, "BEGIN:VALARM", "TRIGGER:-PT10M", "ACTION:DISPLAY", "DESCRIPTION:Reminder",
                    "END:VALARM", "END:VEVENT", "END:VCALENDAR"])
    headers = [("Delivered-To", OWNER),
               ("Received", f"from mail7.zoom.us (mail7.zoom.us [170.114.{int(hx(slug,2),16)%200}.{int(hx(slug+'a',2),16)%200}])\n        by mx1.example.com (Postfix) with ESMTPS id 4{hx(slug+'q',10).upper()}\n        for <{OWNER}>; {hdate(d.astimezone(UTC) + timedelta(seconds=3))}"),
               ("Return-Path", "<bounce@zoom.us>"), ("Date", hdate(d.astimezone(UTC))),
               ("From", '"Whitcombe Brothers Lateral Recruiting" <no-reply@zoom.us>'),
               ("Reply-To", "lateralrecruiting@whitcombebros.example"), ("To", OWNER),
               ("Message-ID", f"<{hx(slug + 'mid', 24)}.{int(hx(slug + 'n', 8), 16)}@zoom.us>"),
               ("Subject", f"{title} Confirmation")]
    root = Multi("mixed", boundary(slug, "other"), [
        Multi("alternative", boundary(slug + "alt", "other"), [
            Leaf("text/plain", text, "quoted-printable", {"charset": "UTF-8"}),
            Leaf("text/html", '<html><body style="font-family:Lato,Helvetica,Arial,sans-serif">' + paras_html(text) + "</body></html>\n",
                 "quoted-printable", {"charset": "UTF-8"})]),
        Leaf("text/calendar", cal, "base64", {"charset": "UTF-8", "name": "ics.ics"},
             ['Content-Disposition: attachment; filename="ics.ics"']),
    ])
    return slug, [("01-zoom-webinar-registration.eml", message(headers, root))], label(
        [], "medium", "negative/recruiting-webinar",
        "Zoom webinar registration for a bank's recruiting info session about its interview process; the candidate only "
        "attends a webinar. Group reply-to, no-reply sender.")


@case
def c16():
    slug = "b168-16-diversity-event-ashby-morrow"
    org = ("Ashby Morrow Diversity Recruiting", "diversityrecruiting@ashbymorrow.example")
    d = at(2026, 9, 14, 9, 30, NY, "Monday")
    start = at(2026, 9, 29, 18, 0, NY, "Tuesday")
    end = at(2026, 9, 29, 20, 30, NY)
    note = """Dear Theo,

Thank you for RSVPing to the Ashby Morrow Pathways Evening for first-generation professionals in finance. The evening includes:

6:00 PM  Welcome remarks
6:15 PM  Panel: "From Analyst to MD" with bankers from our M&A, Leveraged Finance and TMT groups
7:00 PM  Breakout sessions: resume review and interview-prep tips
7:45 PM  Networking reception

Please note that this event is not part of the interview process and attendance does not affect candidacy. Professionals interested in our lateral Analyst and Associate openings should apply through our careers site.

Business attire. Please bring a photo ID for building security.

Ashby Morrow Diversity & Inclusion Recruiting
375 Hudson Street, New York, NY 10014
"""
    e = exchange_invite(seed=slug, date=d, organizer=org, attendees=[ME],
                        subject="Ashby Morrow Pathways Evening – First-Generation Professionals in Finance",
                        start=start, end=end, location="Ashby Morrow & Co., 375 Hudson Street – 12th Floor Forum",
                        note=note, uid=exchange_uid(slug))
    return slug, [("01-pathways-evening.eml", e)], label(
        [], "medium", "negative/diversity-event",
        "Firm's diversity recruiting evening (panel, interview-prep breakout, reception) sent as an Exchange invite from a "
        "group mailbox; explicitly not part of the interview process.")


@case
def c17():
    slug = "b168-17-cfa-study-group-gcal"
    kevin = ("Kevin Ahn", "kevin.ahn@mailbox.example")
    d = at(2026, 2, 23, 21, 10, CHI, "Monday")
    start = at(2026, 3, 1, 10, 0, CHI, "Sunday")
    end = start + timedelta(hours=3)
    desc = ("CFA Level II study group – weekly until the exam.\n\nWeek 1: FRA (pensions, intercorporate investments) and "
            "Equity Valuation residual income. Bring the Schweser QBank sets.\n\nLast 30 min: I'd like to run mock "
            "interview questions for my superday next month – come with your best 'walk me through a DCF'.\n\n"
            "Room 3B, Harold Washington Library (reserved under Kevin Ahn).")
    guests = [(kevin[0], kevin[1], "ACCEPTED"), ("Maria Costa", "maria.costa@mailbox.example", "ACCEPTED"),
              (OWNER, OWNER, "NEEDS-ACTION")]
    e = google_invite(seed=slug, date=d, kind="Invitation", organizer=kevin,
                      title="CFA L2 Study Group – FRA & Equity (weekly)", start=start, end=end, guests=guests,
                      description=desc, location="Harold Washington Library Center, 400 S State St, Chicago, IL",
                      uid=f"{hx(slug, 26)}@google.com", rrule="FREQ=WEEKLY;WKST=SU;UNTIL=20260517T150000Z;BYDAY=SU",
                      when_text="Weekly from 10am to 1pm on Sunday from Sun Mar 1 to Sun May 17")
    return slug, [("01-invitation-cfa-study-group.eml", e)], label(
        [], "medium", "negative/study-group",
        "Recurring Google invite for a CFA study group; mentions a friend's superday and mock interview questions, but "
        "the user has no interview.")


@case
def c18():
    slug = "b168-18-modeling-test-only-northbeam"
    sasha = ("Sasha Lindqvist", "slindqvist@northbeamcap.example")
    d = at(2026, 9, 16, 15, 5, NY, "Wednesday")
    start = at(2026, 9, 19, 10, 0, NY, "Saturday")
    end = at(2026, 9, 19, 13, 0, NY)
    url, ztext = zoom_block("879 3318 2256", slug)
    note = f"""Hi Theo,

As discussed with your recruiter, the next step in the Northbeam associate process is a 3-hour LBO modeling test.

At 10:00 AM ET you will receive the case materials by email. Please build the model in Excel and return it by 1:00 PM ET. The Zoom below is for proctoring only – keep your camera on; there is no discussion with the deal team during the session and no interview component to this step. Once the team has reviewed your model, I'll follow up about scheduling interviews.

Good luck!
Sasha Lindqvist
Recruiting & Operations | Northbeam Capital Partners
9 West 57th Street, 36th Floor | New York, NY 10019

{ztext}
"""
    e = exchange_invite(seed=slug, date=d, organizer=sasha, attendees=[ME],
                        subject="Northbeam Capital – LBO Modeling Test (proctored) – Theo Marchetti",
                        start=start, end=end, location=url, note=note, uid=exchange_uid(slug))
    return slug, [("01-northbeam-modeling-test.eml", e)], label(
        [], "hard", "negative/modeling-test-only",
        "Calendar invite for a proctored 3-hour modeling test: an assessment, explicitly with no interview component; "
        "interviews only to be scheduled later.")


@case
def c19():
    slug = "b168-19-offer-call-halloran-whitney"
    brianna = ("Brianna Koenig", "bkoenig@halloranwhitney.example")
    peter = ("Peter Vance", "pvance@halloranwhitney.example")
    d1 = at(2026, 5, 1, 16, 48, NY, "Friday")
    d2 = at(2026, 5, 1, 17, 3, NY)
    start = at(2026, 5, 4, 17, 30, NY, "Monday")
    t1 = """Hi Theo,

Congratulations! I'm delighted to let you know that the Industrials team would like to extend you an offer to join Halloran Whitney & Co. as a lateral Analyst.

Peter Vance, Managing Director, would like to call you on Monday at 5:30 PM ET to walk you through the offer and answer any questions. I'll send a calendar hold shortly. Your written offer letter will follow from HR after the call.

Congratulations again,
Brianna

Brianna Koenig
Recruiting Coordinator | Experienced Hire Recruiting
Halloran Whitney & Co. | 420 Lexington Avenue, New York, NY 10170
"""
    e1 = outlook_mail(seed=slug + "/1", date=d1, frm=brianna, to=[ME], subject="Halloran Whitney – Great news", text=t1)
    note = f"""Hi Theo,

Holding time for Peter to call you and walk through your offer (compensation, start date, group placement). Peter will call your cell at {OWNER_CELL}.

Best,
Brianna
"""
    e2 = exchange_invite(seed=slug + "/2", date=d2, organizer=brianna, attendees=[ME, peter],
                         subject="Offer Call – Theo Marchetti / Peter Vance", start=start,
                         end=start + timedelta(minutes=30), location=f"Peter to call Theo – {OWNER_CELL}", note=note,
                         uid=exchange_uid(slug))
    return slug, [("01-halloran-great-news.eml", e1), ("02-offer-call-hold.eml", e2)], label(
        [], "medium", "negative/offer-call",
        "Offer e-mail plus an Exchange hold for an MD call to walk through the offer: an offer, not an interview.")


@case
def c20():
    slug = "b168-20-hirevue-on-demand-one-way"
    d = at(2026, 1, 30, 10, 0, NY, "Friday")
    due = at(2026, 2, 6, 23, 59, NY, "Friday")
    link = f"https://app.hirevue.com/i/{hx(slug, 18)}"
    text = f"""Dear Theo,

Thank you for your interest in Caldwell Pryce. We are pleased to invite you to complete a first-round video interview for the Investment Banking Analyst – Leveraged Finance (Lateral) position.

This is an on-demand (one-way) video interview: there is no live interviewer. You will answer 5 pre-recorded questions – you'll have 30 seconds to prepare and up to 2 minutes to record each answer. Your recorded responses will be reviewed by our recruiting team.

Please complete your interview by {long_date(due)} at 11:59 PM ET:
{link}

Tips: find a quiet, well-lit space and use the practice questions to get comfortable with the format. The interview takes about 20 minutes.

Best of luck,
Caldwell Pryce Recruiting

This message was sent by HireVue on behalf of Caldwell Pryce. Please do not reply to this email.
"""
    headers = [("Delivered-To", OWNER),
               ("Received", f"from o2.ptr{int(hx(slug,4),16)%9000}.mail.hirevue.com (o2.ptr{int(hx(slug,4),16)%9000}.mail.hirevue.com [167.89.{int(hx(slug+'ip',2),16)}.{int(hx(slug+'ip2',2),16)}])\n        by mx1.example.com (Postfix) with ESMTPS id 4{hx(slug+'q',10).upper()}\n        for <{OWNER}>; {hdate(d.astimezone(UTC) + timedelta(seconds=4))}"),
               ("Return-Path", f"<bounces+{int(hx(slug+'b',6),16)}@em.hirevue.com>"),
               ("From", "Caldwell Pryce Recruiting <no-reply@hirevue.com>"), ("To", OWNER),
               ("Subject", "Caldwell Pryce – Invitation to your First-Round Video Interview"),
               ("Date", hdate(d.astimezone(UTC))), ("Message-ID", f"<{hx(slug + 'mid', 22)}@geopod-ismtpd-{int(hx(slug,2),16)%40}>"),
               ("List-Unsubscribe", "<mailto:unsubscribe@hirevue.com>")]
    root = Multi("alternative", boundary(slug, "other"), [
        Leaf("text/plain", text, "quoted-printable", {"charset": "utf-8"}),
        Leaf("text/html", '<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">'
             + paras_html(text).replace(html.escape(link), f'<a href="{link}">Start Interview</a>') + "</body></html>\n",
             "quoted-printable", {"charset": "utf-8"})])
    return slug, [("01-hirevue-on-demand-invitation.eml", message(headers, root))], label(
        [], "hard", "negative/one-way-video",
        "HireVue on-demand 'first-round video interview' with a completion deadline: a one-way recorded assessment, not "
        "a live conversation.")


@case
def c21():
    slug = "b168-21-headhunter-availability-oncycle"
    ben = ("Ben Alvarez", "balvarez@strattonkellogg.example")
    d = at(2026, 9, 25, 17, 40, NY, "Friday")
    mon = at(2026, 9, 28, 0, 0, NY, "Monday")
    t = f"""Theo,

Heads up – on-cycle is kicking off. We expect Foxmere, Calder Ridge and Northbeam to start first-round interviews as soon as Monday {mon.month}/{mon.day}.

Please send me your availability for Mon–Wed next week (blocks of 2+ hours are most helpful) and keep your phone on you all weekend – first-round invites can come with only a few hours' notice. Nothing is scheduled yet; I'll confirm times as soon as the funds come back to me.

If you want to do a 15-minute prep call before then, grab a slot here: https://calendly.com/ben-alvarez-sks/15min

Ben

Ben Alvarez
Principal | Stratton Kellogg Search
One Vanderbilt Avenue, 52nd Floor | New York, NY 10017
m: 646-555-0191
"""
    e = gmail_mail(seed=slug, date=d, frm=ben, to=[ME], subject="On-cycle update – please send availability", text=t)
    return slug, [("01-stratton-kellogg-availability.eml", e)], label(
        [], "hard", "negative/availability-request",
        "Headhunter announces on-cycle and asks for availability plus an unbooked Calendly prep link; nothing is "
        "scheduled.")


@case
def c22():
    slug = "b168-22-mock-superday-user-as-interviewer"
    dana = ("Dana Whitlock", "dwhitlock@careers.lakeshore.example")
    d = at(2026, 10, 13, 11, 25, CHI, "Tuesday")
    start = at(2026, 10, 24, 9, 0, CHI, "Saturday")
    end = at(2026, 10, 24, 11, 15, CHI)
    desc = ("Thank you for volunteering as an alumni interviewer for the Lakeshore Investment Banking Club's Mock Superday!\n\n"
            "You will interview three students back to back in Room 214, Kessler Hall:\n"
            "9:00 – Alexis Romero ('28)\n9:45 – Jamal Price ('28)\n10:30 – Hannah Ortiz ('27)\n\n"
            "Each mock interview is 30 minutes followed by 15 minutes of feedback. Please fill out the scoring form "
            "for each student (link in the volunteer packet). Coffee and bagels in the lounge from 8:30.\n\n"
            "Dana Whitlock, Associate Director, Finance Career Programs, Lakeshore University Career Center")
    guests = [(dana[0], dana[1], "ACCEPTED"), (OWNER, OWNER, "NEEDS-ACTION")]
    e = google_invite(seed=slug, date=d, kind="Invitation", organizer=dana,
                      title="Mock Superday – Alumni Interviewer: Theo Marchetti (Room 214)", start=start, end=end,
                      guests=guests, description=desc, location="Kessler Hall, Room 214, Lakeshore University",
                      uid=f"{hx(slug, 26)}@google.com")
    return slug, [("01-invitation-mock-superday-volunteer.eml", e)], label(
        [], "medium", "negative/user-is-interviewer",
        "The user volunteers as the interviewer in a university club's mock superday: he interviews students; mock, not "
        "a hiring process for him.")


# --------------------------------------------------------------------------------------------
def main():
    for name in sorted(os.listdir(HERE)):
        p = os.path.join(HERE, name)
        if name.startswith("b168-") and os.path.isdir(p):
            shutil.rmtree(p)
    labels = {}
    for i, fn in enumerate(CASES, 1):
        slug, items, lab = fn()
        assert slug.startswith(f"b168-{i:02d}-"), slug
        names = [n for n, _ in items]
        assert names == sorted(names) and len(set(names)) == len(names), names
        os.makedirs(os.path.join(HERE, slug))
        for n, content in items:
            assert n[:2].isdigit() and n.endswith((".eml", ".ics", ".gcal.json")), n
            with open(os.path.join(HERE, slug, n), "w", encoding="utf-8", newline="") as f:
                f.write(content)
        labels[slug] = lab
    hdr = "# blind168 labels (written blind). Schema: /work/shared/eval/README.md\n"
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8", newline="") as f:
        f.write(hdr + yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, default_flow_style=False, width=120))
    pos = sum(1 for l in labels.values() if l["interview"])
    ivs = [x for l in labels.values() for x in l["interviews"]]
    print(f"{len(labels)} cases, {pos} positive, {len(labels) - pos} negative, {len(ivs)} interviews "
          f"({sum(x['status'] == 'scheduled' for x in ivs)} scheduled, {sum(x['status'] == 'cancelled' for x in ivs)} cancelled)")


if __name__ == "__main__":
    main()
