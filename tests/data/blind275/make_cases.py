#!/usr/bin/env python3
"""Generate the blind275 evaluation set (US federal / state / local government hiring).

Deletes and rewrites every b275-* case folder, labels.yaml and README.md next to this script.
Standard library + PyYAML + zoneinfo only. Output is byte-identical on every run: all dates are
fixed and every Message-ID, UID and MIME boundary is derived from a SHA-256 of a fixed seed.
"""
import base64
import email
import hashlib
import html
import json
import quopri
import shutil
from datetime import date, datetime, timedelta, timezone
from email.utils import format_datetime, parsedate_to_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

ROOT = Path(__file__).resolve().parent
SEED = "blind275|us-public-sector-hiring|2026"
OWNER = "marcus.delgado@example.com"
OWNER_NAME = "Marcus Delgado"
OWNER_ADDR = f"{OWNER_NAME} <{OWNER}>"
OWNER_PHONE = "(303) 555-0148"

DEN = ZoneInfo("America/Denver")
PHX = ZoneInfo("America/Phoenix")
NYC = ZoneInfo("America/New_York")
LON = ZoneInfo("Europe/London")
UTC = timezone.utc


# --------------------------------------------------------------------------- time checks
def _check_dst_2026():
    h = lambda n: timedelta(hours=n)  # noqa: E731
    for d in [date(2026, 3, 8), date(2026, 11, 1), date(2026, 3, 29), date(2026, 10, 25)]:
        assert d.strftime("%a") == "Sun", d
    # US: Mar 8 / Nov 1
    assert datetime(2026, 3, 8, 1, 30, tzinfo=DEN).utcoffset() == h(-7)
    assert datetime(2026, 3, 8, 3, 30, tzinfo=DEN).utcoffset() == h(-6)
    assert datetime(2026, 10, 31, 23, 0, tzinfo=DEN).utcoffset() == h(-6)
    assert datetime(2026, 11, 1, 3, 0, tzinfo=DEN).utcoffset() == h(-7)
    assert datetime(2026, 10, 31, 23, 0, tzinfo=NYC).utcoffset() == h(-4)
    assert datetime(2026, 11, 1, 3, 0, tzinfo=NYC).utcoffset() == h(-5)
    # Arizona: no DST at all
    for m in range(1, 13):
        assert datetime(2026, m, 15, 12, 0, tzinfo=PHX).utcoffset() == h(-7)
    # EU/UK: Mar 29 / Oct 25 (not used for meetings here, asserted for completeness)
    assert datetime(2026, 3, 29, 0, 30, tzinfo=LON).utcoffset() == h(0)
    assert datetime(2026, 3, 29, 2, 30, tzinfo=LON).utcoffset() == h(1)
    assert datetime(2026, 10, 25, 0, 30, tzinfo=LON).utcoffset() == h(1)
    assert datetime(2026, 10, 25, 2, 30, tzinfo=LON).utcoffset() == h(0)


_check_dst_2026()


def at(s, tz, wd, off):
    """Aware datetime from 'YYYY-MM-DD HH:MM[:SS]'; asserts weekday name and UTC offset."""
    fmt = "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M"
    dt = datetime.strptime(s, fmt).replace(tzinfo=tz)
    assert dt.strftime("%a") == wd, (s, dt.strftime("%a"), wd)
    assert dt.strftime("%z") == off, (s, dt.strftime("%z"), off)
    return dt


def iso(dt):
    return dt.isoformat() if dt is not None else None


def zstamp(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def local_stamp(dt, tz):
    return dt.astimezone(tz).strftime("%Y%m%dT%H%M%S")


def h12(dt):
    return dt.strftime("%I:%M %p").lstrip("0")


def gshort(dt):
    """Google style: 9am, 1:30pm."""
    s = dt.strftime("%I:%M%p").lstrip("0").lower()
    return s.replace(":00", "")


def long_date(dt):
    return f"{dt:%A, %B} {dt.day}, {dt.year}"


def outlook_when(start, end, label):
    return f"{long_date(start)} {h12(start)}-{h12(end)} {label}"


def google_subject_when(start, end, abbr):
    return f"{start:%a %b} {start.day}, {start.year} {gshort(start)} - {gshort(end)} ({abbr})"


# --------------------------------------------------------------------------- ids
def hx(*key, n=32):
    return hashlib.sha256("|".join((SEED,) + key).encode()).hexdigest()[:n]


def b64id(*key, n=40):
    raw = hashlib.sha256("|".join((SEED, "b64") + key).encode()).digest()
    raw += hashlib.sha256(raw).digest()
    return base64.b64encode(raw).decode()[:n].replace("/", "_").replace("+", "-")


def uuid_like(*key):
    h = hx(*key, n=32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}"


def mid_outlook(*key):
    h = hx("mid", *key).upper()
    box = f"SA1PR09MB{int(h[:4], 16) % 9000 + 1000}"
    return f"<{box}{h[4:30]}@{box}.namprd09.prod.outlook.com>"


def mid_gmail(*key):
    return f"<CAH{b64id('gm', *key, n=44)}@mail.gmail.com>"


def mid_gcal(*key):
    return f"<calendar-{uuid_like('gcal', *key)}@google.com>"


def mid_generic(domain, *key):
    return f"<{hx('mid', domain, *key, n=24)}@{domain}>"


def thread_index(*key):
    return base64.b64encode(hashlib.sha256("|".join((SEED, "ti") + key).encode()).digest()[:22]).decode()


def exchange_uid(*key):
    return ("040000008200E00074C5B7101A82E00800000000" + hx("uid", *key, n=16).upper()
            + "000000000000000010000000" + hx("uid2", *key, n=32).upper())


def google_uid(*key):
    return f"{hx('guid', *key, n=26)}@google.com"


def boundary(style, *key):
    h = hx("bnd", style, *key, n=28)
    if style == "google":
        return "000000000000" + h[:16]
    if style == "outlook":
        return f"_000_{h[:24].upper()}namprd09prod_"
    if style == "java":
        return f"----=_Part_{int(h[:6], 16)}_{int(h[6:14], 16)}.{int(h[14:24], 16)}"
    return f"=_{h}"


# --------------------------------------------------------------------------- MIME
def fold_addresses(name, value, width=78):
    line = f"{name}: {value}"
    if len(line) <= width or ", " not in value:
        return line
    parts = value.split(", ")
    out, cur = [], f"{name}: {parts[0]}"
    for p in parts[1:]:
        if len(cur) + 2 + len(p) > width:
            out.append(cur + ",")
            cur = " " + p
        else:
            cur += ", " + p
    out.append(cur)
    return "\n".join(out)


class Leaf:
    def __init__(self, ctype, text, cte="quoted-printable", charset="UTF-8", params="",
                 filename=None, disposition=None, extra=()):
        self.ctype, self.text, self.cte, self.charset = ctype, text, cte, charset
        self.params, self.filename, self.disposition, self.extra = params, filename, disposition, extra

    def head(self):
        ct = self.ctype
        if self.charset:
            ct += f'; charset="{self.charset}"'
        ct += self.params
        if self.filename:
            ct += f'; name="{self.filename}"'
        h = [("Content-Type", ct)]
        if self.disposition:
            h.append(("Content-Disposition", f'{self.disposition}; filename="{self.filename}"'))
        h.append(("Content-Transfer-Encoding", self.cte))
        h.extend(self.extra)
        return h

    def body(self):
        data = self.text.encode("utf-8") if isinstance(self.text, str) else self.text
        if self.cte == "base64":
            return base64.encodebytes(data).decode("ascii")
        if self.cte == "quoted-printable":
            out = quopri.encodestring(data).decode("ascii")
            return out if out.endswith("\n") else out + "\n"
        txt = data.decode("ascii")  # 7bit must be ASCII
        return txt.replace("\r\n", "\n")


class Multi:
    def __init__(self, subtype, parts, bnd, preamble=None):
        self.subtype, self.parts, self.bnd, self.preamble = subtype, parts, bnd, preamble

    def head(self):
        return [("Content-Type", f'multipart/{self.subtype}; boundary="{self.bnd}"')]

    def body(self):
        out = []
        if self.preamble:
            out.append(self.preamble + "\n\n")
        for p in self.parts:
            hdr = "\n".join(f"{k}: {v}" for k, v in p.head())
            out.append(f"--{self.bnd}\n{hdr}\n\n{p.body().rstrip(chr(10))}\n\n")
        out.append(f"--{self.bnd}--\n")
        return "".join(out)


def message(headers, part):
    lines = [fold_addresses(k, v) if k in ("To", "Cc") else f"{k}: {v}" for k, v in headers if v is not None]
    lines.append("MIME-Version: 1.0")
    lines.extend(f"{k}: {v}" for k, v in part.head())
    return ("\n".join(lines) + "\n\n" + part.body()).encode("utf-8")


def envelope(frm_email, date, relay, key):
    """Delivered-To / Received / Return-Path block every e-mail starts with."""
    return [
        ("Delivered-To", OWNER),
        ("Received", f"from {relay}\n        by mx1.example.com with ESMTPS id {hx('rcv', *key, n=14)}\n"
                     f"        for <{OWNER}>; {format_datetime(date + timedelta(seconds=3))}"),
        ("Return-Path", f"<{frm_email}>"),
    ]


def html_doc(paragraphs, font="Calibri,Arial,sans-serif", size="11pt"):
    ps = "\n".join("<p>" + html.escape(p).replace("\n", "<br>\n") + "</p>" for p in paragraphs)
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body><div style="font-family:{font};font-size:{size}">\n{ps}\n</div></body></html>\n')


def paras(text):
    return [p.strip("\n") for p in text.strip("\n").split("\n\n")]


def alt(text, key, style="outlook", cte_plain="quoted-printable", cte_html="quoted-printable", font=None):
    """multipart/alternative text+html from one plain text."""
    h = html_doc(paras(text), font=font) if font else html_doc(paras(text))
    return Multi("alternative", [Leaf("text/plain", text, cte_plain), Leaf("text/html", h, cte_html)],
                 boundary(style, "alt", *key))


# --------------------------------------------------------------------------- iCalendar
def ics_esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold_ics(line):
    if len(line) <= 75:
        return [line]
    out, rest = [line[:75]], line[75:]
    while rest:
        out.append(" " + rest[:74])
        rest = rest[74:]
    return out


def ics_text(lines):
    for ln in lines:
        assert ln.isascii(), ln
    return "\r\n".join(x for ln in lines for x in fold_ics(ln)) + "\r\n"


VTZ = {
    "Mountain Standard Time": (DEN, [
        "BEGIN:VTIMEZONE", "TZID:Mountain Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:-0600", "TZOFFSETTO:-0700",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:-0700", "TZOFFSETTO:-0600",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"]),
    "US Mountain Standard Time": (PHX, [
        "BEGIN:VTIMEZONE", "TZID:US Mountain Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T000000", "TZOFFSETFROM:-0700", "TZOFFSETTO:-0700",
        "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T000000", "TZOFFSETFROM:-0700",
        "TZOFFSETTO:-0700", "END:DAYLIGHT", "END:VTIMEZONE"]),
    "Eastern Standard Time": (NYC, [
        "BEGIN:VTIMEZONE", "TZID:Eastern Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"]),
    "America/Denver": (DEN, [
        "BEGIN:VTIMEZONE", "TZID:America/Denver", "X-LIC-LOCATION:America/Denver",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0700", "TZOFFSETTO:-0600", "TZNAME:MDT",
        "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:-0600", "TZOFFSETTO:-0700", "TZNAME:MST",
        "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
        "END:VTIMEZONE"]),
}

TEAMS_FOOTER = """________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<{url}>
Meeting ID: {mid}
Passcode: {pc}
Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Or call in (audio only)
+1 {dial},,{conf}#   United States, Denver
Phone Conference ID: {conf_fmt}#
Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________"""


def teams(key, dial="720-555-0190"):
    h = hx("teams", *key, n=64)
    url = (f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{b64id('tm', *key, n=40).replace('-', 'x').replace('_', 'Q')}"
           f"%40thread.v2/0?context=%7b%22Tid%22%3a%22{uuid_like('tid', *key)}%22%7d")
    mid = f"{int(h[:6], 16) % 900 + 100} {int(h[6:12], 16) % 900 + 100} {int(h[12:18], 16) % 900 + 100} {int(h[18:22], 16) % 900 + 100}"
    pc = b64id("pc", *key, n=6).replace("-", "k").replace("_", "Z")
    conf = str(int(h[30:40], 16) % 900000000 + 100000000)
    conf_fmt = f"{conf[:3]} {conf[3:6]} {conf[6:]}"
    return url, TEAMS_FOOTER.format(url=url, mid=mid, pc=pc, dial=dial, conf=conf, conf_fmt=conf_fmt)


def outlook_ics(method, uid, seq, summary, start, end, tzid, organizer, attendees, location, desc,
                dtstamp, teams_url=None, status=None, optional=()):
    tz, block = VTZ[tzid]
    cancel = method == "CANCEL"
    L = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
    L += block
    L += ["BEGIN:VEVENT", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    for name, mail in attendees:
        L.append(f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={name}:mailto:{mail}")
    for name, mail in optional:
        L.append(f"ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={name}:mailto:{mail}")
    L += [f"DESCRIPTION;LANGUAGE=en-US:{ics_esc(desc)}",
          f"UID:{uid}",
          f"SUMMARY;LANGUAGE=en-US:{ics_esc(('Canceled: ' if cancel else '') + summary)}",
          f"DTSTART;TZID={tzid}:{local_stamp(start, tz)}",
          f"DTEND;TZID={tzid}:{local_stamp(end, tz)}",
          "CLASS:PUBLIC", f"PRIORITY:{1 if cancel else 5}", f"DTSTAMP:{zstamp(dtstamp)}",
          "TRANSP:TRANSPARENT" if cancel else "TRANSP:OPAQUE",
          f"STATUS:{status or ('CANCELLED' if cancel else 'CONFIRMED')}",
          f"SEQUENCE:{seq}", f"LOCATION;LANGUAGE=en-US:{ics_esc(location)}",
          f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
          f"X-MICROSOFT-CDO-OWNERAPPTID:{-(int(hx('own', uid, n=8), 16) % 2000000000)}",
          f"X-MICROSOFT-CDO-BUSYSTATUS:{'FREE' if cancel else 'TENTATIVE'}",
          f"X-MICROSOFT-CDO-INTENDEDSTATUS:{'FREE' if cancel else 'BUSY'}",
          "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", f"X-MICROSOFT-CDO-IMPORTANCE:{2 if cancel else 1}",
          "X-MICROSOFT-CDO-INSTTYPE:0"]
    if teams_url:
        L += [f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{teams_url}",
              'X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}']
    L += ["X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
          f"X-MICROSOFT-LOCATIONDISPLAYNAME:{ics_esc(location)}"]
    if not cancel:
        L += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM"]
    L += ["END:VEVENT", "END:VCALENDAR"]
    return ics_text(L)


def outlook_invite(key, frm, to, subject, sent, start, end, tzid, when_label, body, location,
                   attendees, uid, seq=0, method="REQUEST", cc=None, teams_key=None, optional=()):
    """Exchange/Teams meeting request: multipart/alternative (plain, html, text/calendar)."""
    url, footer = teams(teams_key or key) if location.startswith("Microsoft Teams") else (None, "")
    when = f"When: {outlook_when(start, end, when_label)}.\nWhere: {location}\n\n*~*~*~*~*~*~*~*~*~*\n\n"
    if method == "CANCEL":
        when = f"When: {outlook_when(start, end, when_label)}.\nWhere: {location}\n\n"
    full = when + body.strip("\n") + ("\n\n" + footer if footer else "") + "\n"
    cal = outlook_ics(method, uid, seq, subject.removeprefix("Canceled: "), start, end, tzid, frm, attendees,
                      location, full, sent, teams_url=url, optional=optional)
    parts = [Leaf("text/plain", full), Leaf("text/html", html_doc(paras(full), font="Aptos,Calibri,sans-serif")),
             Leaf("text/calendar", cal, "base64", params=f"; method={method}")]
    mp = Multi("alternative", parts, boundary("outlook", *key))
    to_hdr = ", ".join(f"{n} <{a}>" for n, a in to)
    hdrs = envelope(frm[1], sent, "GCC02-SA1-obe.outbound.protection.office365.us (GCC02-SA1-obe.outbound.protection.office365.us [52.127.248.14])", key) + [
        ("From", f"{frm[0]} <{frm[1]}>"),
        ("To", to_hdr),
        ("Cc", cc),
        ("Subject", subject),
        ("Thread-Topic", subject.removeprefix("Canceled: ")),
        ("Thread-Index", thread_index(*key)),
        ("Date", format_datetime(sent)),
        ("Message-ID", mid_outlook(*key)),
        ("Accept-Language", "en-US"),
        ("Content-Language", "en-US"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("Content-class", "urn:content-classes:calendarmessage"),
        ("x-ms-exchange-calendar-series-instance-id", "BAAAAIIA4AB0xbcQGoLgCAAAAA" + hx("ser", uid, n=24)),
        ("x-ms-publictraffictype", "Email"),
    ]
    return message(hdrs, mp)


def google_ics(method, uid, seq, summary, start, end, organizer, attendees, desc, location, created,
               stamp, status=None):
    cancel = method == "CANCEL"
    L = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
         "CALSCALE:GREGORIAN", f"METHOD:{method}", "BEGIN:VEVENT",
         f"DTSTART:{zstamp(start)}", f"DTEND:{zstamp(end)}", f"DTSTAMP:{zstamp(stamp)}",
         f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}", f"UID:{uid}"]
    for name, mail, ps in attendees:
        L.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={ps};RSVP=TRUE;CN={name};X-NUM-GUESTS=0:mailto:{mail}")
    L += [f"X-MICROSOFT-CDO-OWNERAPPTID:{int(hx('gown', uid, n=8), 16) % 2000000000}",
          f"CREATED:{zstamp(created)}", f"DESCRIPTION:{ics_esc(desc)}", f"LAST-MODIFIED:{zstamp(stamp)}",
          f"LOCATION:{ics_esc(location)}", f"SEQUENCE:{seq}",
          f"STATUS:{status or ('CANCELLED' if cancel else 'CONFIRMED')}",
          f"SUMMARY:{ics_esc(summary)}", "TRANSP:OPAQUE"]
    if not cancel:
        L += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder",
              "TRIGGER:-P0DT0H30M0S", "END:VALARM"]
    L += ["END:VEVENT", "END:VCALENDAR"]
    return ics_text(L)


def meet(key):
    h = hx("meet", *key, n=40)
    letters = "".join(chr(ord("a") + int(c, 16) % 26) for c in h[:10])
    code = f"{letters[:3]}-{letters[3:7]}-{letters[7:10]}"
    pin = str(int(h[10:20], 16) % 900000000 + 100000000)
    return code, pin


def google_invite(key, organizer, subject_title, sent, start, end, abbr, desc, attendees, uid, created,
                  seq=0, method="REQUEST", location="", note=None, zone_label="Mountain Time - Denver"):
    """Google Calendar invitation e-mail (multipart/mixed: alt(plain, html, calendar) + invite.ics)."""
    code, pin = meet(key)
    meet_url = f"https://meet.google.com/{code}"
    loc = location or meet_url
    prefix = {"REQUEST": "Updated invitation" if seq else "Invitation", "CANCEL": "Canceled event"}[method]
    subj = f"{prefix}: {subject_title} @ {google_subject_when(start, end, abbr)} ({OWNER})"
    when = f"{long_date(start)} \u22c5 {gshort(start)} \u2013 {gshort(end)} ({zone_label})"
    lines = []
    if method == "CANCEL":
        lines.append("This event has been canceled.")
        if note:
            lines += ["", note]
    else:
        if seq:
            lines.append("This event has been updated")
        lines += [desc, ""] if desc else []
    lines += ["", subject_title, when]
    if not location and method != "CANCEL":
        lines += ["", "Google Meet joining info", f"Video call link: {meet_url}",
                  f"Or dial: \u200e(US) +1 720-555-01{int(pin[:2]) % 90 + 10:02d} PIN: \u200e{pin}#"]
    elif location:
        lines += ["", "Location", location]
    guests = "\n".join(f"{n} - organizer" if m == organizer[1] else n for n, m, _ in attendees)
    lines += ["", "Organizer", organizer[0], organizer[1], "", "Guests", guests,
              f"View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid={b64id('eid', *key, n=60)}",
              "", f"Reply for {OWNER}", "",
              "Invitation from Google Calendar: https://calendar.google.com/calendar/",
              "", "You are receiving this email because you are an attendee on the event. To stop receiving future "
              "updates for this event, decline this event.", "",
              "Forwarding this invitation could allow any recipient to send a response to the organizer, be added "
              "to the guest list, invite others regardless of their own invitation status, or modify your RSVP."]
    plain = "\n".join(lines) + "\n"
    cal = google_ics(method, uid, seq, subject_title, start, end, organizer, attendees, desc, loc, created, sent)
    alt_part = Multi("alternative", [
        Leaf("text/plain", plain, "base64", params="; format=flowed; delsp=yes"),
        Leaf("text/html", html_doc(paras(plain), font="Roboto,Helvetica,Arial,sans-serif", size="14px")),
        Leaf("text/calendar", cal, "7bit", params=f"; method={method}"),
    ], boundary("google", "alt", *key))
    mixed = Multi("mixed", [alt_part, Leaf("application/ics", cal, "base64", charset=None, filename="invite.ics",
                                           disposition="attachment")], boundary("google", "mix", *key))
    hdrs = envelope(organizer[1], sent, "mail-sor-f69.google.com (mail-sor-f69.google.com. [209.85.220.69])", key) + [
        ("From", f"{organizer[0]} <{organizer[1]}>"),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("Reply-To", f"{organizer[0]} <{organizer[1]}>"),
        ("To", OWNER),
        ("Subject", subj),
        ("Date", format_datetime(sent)),
        ("Message-ID", mid_gcal(*key)),
    ]
    return message(hdrs, mixed)


def plain_mail(key, frm, to, subject, sent, text, mid, cc=None, reply_to=None, irt=None, refs=None,
               kind="plain", extra=(), relay=None, style="generic", attachments=()):
    """Human or system e-mail. kind: plain | qp | alt | html64 | alt64."""
    if kind == "plain":
        body = Leaf("text/plain", text, "7bit" if text.isascii() else "quoted-printable")
    elif kind == "qp":
        body = Leaf("text/plain", text, "quoted-printable")
    elif kind == "alt":
        body = alt(text, key, style=style)
    elif kind == "alt64":
        body = alt(text, key, style=style, cte_plain="base64", cte_html="base64")
    elif kind == "html64":
        body = Leaf("text/html", html_doc(paras(text), font="Arial,Helvetica,sans-serif", size="14px"), "base64")
    else:
        raise ValueError(kind)
    if attachments:
        body = Multi("mixed", [body] + list(attachments), boundary(style, "mix", *key))
    hdrs = envelope(frm[1], sent, relay or f"{frm[1].split('@')[1]} (mail.{frm[1].split('@')[1]} [192.0.2.{int(hx('ip', *key, n=2), 16) % 250 + 1}])", key)
    hdrs += [("From", f"{frm[0]} <{frm[1]}>" if frm[0] else frm[1]),
             ("To", ", ".join(f"{n} <{a}>" if n else a for n, a in to)),
             ("Cc", cc), ("Reply-To", reply_to), ("Subject", subject), ("Date", format_datetime(sent)),
             ("Message-ID", mid), ("In-Reply-To", irt), ("References", refs)]
    hdrs += list(extra)
    return message(hdrs, body)


def gcal_event(eid, summary, desc, start, end, tzname, organizer, attendees, created, updated, location=None,
               status="confirmed", seq=0, meet_key=None, creator=None):
    ev = {"kind": "calendar#event", "etag": f"\"{int(hx('etag', eid, n=12), 16)}\"", "id": eid,
          "status": status,
          "htmlLink": "https://www.google.com/calendar/event?eid=" + base64.b64encode(f"{eid} {OWNER}".encode()).decode().rstrip("="),
          "created": created.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
          "updated": updated.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{int(hx('ms', eid, n=3), 16) % 1000:03d}Z",
          "summary": summary}
    if desc:
        ev["description"] = desc
    if location:
        ev["location"] = location
    ev["creator"] = {"email": (creator or organizer)[1], "displayName": (creator or organizer)[0]}
    if creator and creator[1] == OWNER:
        ev["creator"]["self"] = True
    ev["organizer"] = {"email": organizer[1], "displayName": organizer[0]}
    if organizer[1] == OWNER:
        ev["organizer"]["self"] = True
    ev["start"] = {"dateTime": start.isoformat(), "timeZone": tzname}
    ev["end"] = {"dateTime": end.isoformat(), "timeZone": tzname}
    ev["iCalUID"] = f"{eid}@google.com"
    ev["sequence"] = seq
    att = []
    for name, mail, rs in attendees:
        a = {"email": mail}
        if name:
            a["displayName"] = name
        if mail == organizer[1]:
            a["organizer"] = True
        if mail == OWNER:
            a["self"] = True
        a["responseStatus"] = rs
        att.append(a)
    ev["attendees"] = att
    if meet_key:
        code, pin = meet(meet_key)
        ev["hangoutLink"] = f"https://meet.google.com/{code}"
        ev["conferenceData"] = {
            "entryPoints": [
                {"entryPointType": "video", "uri": f"https://meet.google.com/{code}", "label": f"meet.google.com/{code}"},
                {"entryPointType": "phone", "uri": "tel:+1-720-555-0177", "label": "+1 720-555-0177", "pin": pin,
                 "regionCode": "US"}],
            "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet"},
            "conferenceId": code}
    ev["reminders"] = {"useDefault": True}
    ev["eventType"] = "default"
    return (json.dumps(ev, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


# --------------------------------------------------------------------------- cases & labels
CASES = []


class Case:
    def __init__(self, num, slug):
        self.num, self.slug = num, slug
        self.folder = f"b275-{num:02d}-{slug}"
        self.items = []
        self.label = None
        CASES.append(self)

    def add(self, name, data):
        n = len(self.items) + 1
        self.items.append((f"{n:02d}-{name}", data if isinstance(data, bytes) else data.encode("utf-8")))

    def key(self, *k):
        return (self.folder,) + k


def iv(company, role, start, end, status, interviewers, followup, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end), "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(followup), "kind": kind}


def set_label(case, interviews, difficulty, category, notes):
    case.label = {"user": OWNER, "interview": bool(interviews), "interviews": interviews,
                  "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}


def att_ics(text, name="invite.ics", method="REQUEST"):
    return Leaf("text/calendar", text, "base64", params=f"; method={method}", filename=name,
                disposition="attachment")


def vcal(prodid, method, ev_lines, tz=None):
    L = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0"] + ([f"METHOD:{method}"] if method else [])
    if tz:
        L += VTZ[tz][1]
    L += ["BEGIN:VEVENT"] + ev_lines + ["END:VEVENT", "END:VCALENDAR"]
    return ics_text(L)


def owner_mail(key, to, subject, sent, text, irt=None, refs=None, cc=None):
    mid = mid_generic("mail.example.com", *key)
    data = plain_mail(key, (OWNER_NAME, OWNER), to, subject, sent, text, mid, cc=cc, irt=irt, refs=refs,
                      relay="mail.example.com (mail.example.com [192.0.2.10])",
                      extra=[("User-Agent", "Mozilla Thunderbird 140.3.0")])
    return mid, data


WIN_MT = "(UTC-07:00) Mountain Time (US & Canada)"
WIN_AZ = "(UTC-07:00) Arizona"


# =========================================================================== cases 01-12
def case01():
    c = Case(1, "usgrs-structured-panel-teams")
    org = "U.S. Geospatial Resources Service"
    kendra = ("Kendra Whitfield", "kendra.whitfield@usgrs.example")
    panel = [("Alan Petrakis", "alan.petrakis@usgrs.example"), ("Rosa Benavides", "rosa.benavides@usgrs.example"),
             ("Theo Landry", "theo.landry@usgrs.example")]
    s = at("2026-09-15 09:00", DEN, "Tue", "-0600")
    e = at("2026-09-15 10:00", DEN, "Tue", "-0600")
    sent = at("2026-09-09 14:22:31", DEN, "Wed", "-0600")
    body = f"""Mr. Delgado,

Thank you for your interest in the Geographic Information Specialist, GS-0150-11 position with the U.S. Geospatial Resources Service, Rocky Mountain Regional Office (Announcement USGRS-RMR-26-1187-MP). You have been selected to participate in a structured interview.

Your interview panel:
- Dr. Alan Petrakis, Supervisory Geographer (Selecting Official)
- Rosa Benavides, Lead GIS Specialist
- Theo Landry, Program Analyst, Office of Budget and Planning

Every candidate is asked the same questions in the same order. Panel members will be taking notes and may not be able to discuss the position until the end of the session. Plan on roughly 60 minutes. You are welcome to keep a copy of your resume and a notepad in front of you.

Please join from a quiet location using the Teams link below; camera use is encouraged but not required. If you have connection trouble on the day, call the HR office at (303) 555-0119 and we will reconnect you by phone.

Kindly accept or decline this meeting request so we can confirm your attendance.

Respectfully,
Kendra Whitfield
Human Resources Assistant
{org} | Denver Federal Center, Bldg. 67, Lakewood, CO"""
    uid = exchange_uid(*c.key("panel"))
    c.add("structured-interview-teams-invite.eml", outlook_invite(
        c.key("inv"), kendra, [(OWNER_NAME, OWNER)] + panel,
        "Structured Interview - Geographic Information Specialist, GS-0150-11 - M. Delgado", sent, s, e,
        "Mountain Standard Time", WIN_MT, body, "Microsoft Teams Meeting", [(OWNER_NAME, OWNER)] + panel, uid))
    mails = [m for _, m in panel]
    set_label(c, [iv(org, "Geographic Information Specialist (GS-0150-11)", s, e, "scheduled", mails, mails, "onsite")],
              "medium", "positive/exchange-teams-panel",
              "Federal structured panel (3 panelists by title) sent as an agency Outlook/Teams invite; TZID "
              "'Mountain Standard Time' and a '(UTC-07:00)' display label, but mid-September is MDT (-06:00). "
              "HR assistant only organizes.")


def case02():
    c = Case(2, "usajobs-saved-search-and-referred-status")
    usaj = ("USAJOBS", "no-reply@usajobs.gov")
    sent1 = at("2026-09-08 06:02:14", NYC, "Tue", "-0400")
    text1 = """USAJOBS Saved Search Notification

Saved search: GIS Denver 50 mi
4 new jobs match your saved search since your last notification.

Geographic Information Specialist (GIS)
U.S. Geospatial Resources Service - Lakewood, CO
Series/Grade: GS-0150-11 | Salary: $84,017 - $109,219 per year
Open 09/04/2026 to 09/18/2026 | Open to: Federal employees, Veterans, Public

Cartographic Technician
Bureau of Western Land Records - Lakewood, CO
Series/Grade: GS-1371-07/09 | Open 09/03/2026 to 09/17/2026 | Open to: Public

Management and Program Analyst
Federal Watershed Management Agency - Denver, CO (remote eligible)
Series/Grade: GS-0343-12 | Open 09/08/2026 to 09/22/2026 | Open to: Career transition (CTAP, ICTAP), Veterans

Physical Scientist (Geospatial Data)
National Wildland Fire Data Center - Golden, CO
Series/Grade: GS-1301-11/12 | Open 09/02/2026 to 09/16/2026 | Open to: Public

Getting ready for the next step? The USAJOBS Help Center explains what happens after you apply, including how agencies rate applications and conduct structured interviews.

To change how often you receive this email, or to stop it, sign in to USAJOBS and update your saved searches.
This is an automated message; replies to this address are not monitored."""
    c.add("usajobs-saved-search.eml", plain_mail(
        c.key("alert"), usaj, [("", OWNER)], "USAJOBS Saved Search: GIS Denver 50 mi - 4 new jobs", sent1, text1,
        mid_generic("usajobs.gov", *c.key("alert")), kind="alt64", style="java",
        relay="mta12.usajobs.gov (mta12.usajobs.gov [198.51.100.42])"))
    sent2 = at("2026-10-02 17:46:03", NYC, "Fri", "-0400")
    text2 = """Marcus Delgado,

The status of your application has changed.

Position: Management and Program Analyst, GS-0343-12
Agency: Federal Watershed Management Agency
Announcement number: FWMA-OPPE-26-0071
Status: Referred

Referred means your application was forwarded to the hiring manager for consideration. Being referred does not mean you have been selected for an interview. If the hiring manager wants to interview you, the hiring agency will contact you directly using the information in your profile.

You can track this and your other applications at any time by signing in to USAJOBS and opening the Applications section of your profile.

Thank you for your interest in federal employment.
USAJOBS"""
    c.add("usajobs-application-status-referred.eml", plain_mail(
        c.key("status"), usaj, [("", OWNER)], "USAJOBS - Your application status has changed", sent2, text2,
        mid_generic("usajobs.gov", *c.key("status")), kind="alt", style="java",
        relay="mta07.usajobs.gov (mta07.usajobs.gov [198.51.100.37])"))
    set_label(c, [], "medium", "negative/job-alert-and-status",
              "USAJOBS saved-search alert plus a 'Referred' status update; neither schedules an interview "
              "('does not mean you have been selected for an interview').")


def case03():
    c = Case(3, "colorado-neogov-interview-confirmation-ics")
    org = "Colorado Division of Land Information"
    hannah = ("Hannah Kowalczyk", "hannah.kowalczyk@state.co.example")
    s = at("2026-09-24 13:30", DEN, "Thu", "-0600")
    e = at("2026-09-24 14:30", DEN, "Thu", "-0600")
    sent = at("2026-09-14 10:41:07", DEN, "Mon", "-0600")
    text = f"""Dear Marcus Delgado,

Thank you for scheduling your interview for the position of GIS Analyst (Physical Sciences Researcher/Scientist II), Recruitment #26-04817, with the {org}. This message confirms the following appointment:

Interview Type: Structured Panel Interview (in person)
Date: Thursday, September 24, 2026
Time: 1:30 PM - 2:30 PM Mountain Time
Location: 1525 Logan Street, 4th Floor, Conference Room 4C, Denver, CO 80203

Reporting Instructions
\u2022 Please arrive 15 minutes before your scheduled time and check in with lobby security. A valid government-issued photo ID is required to enter the building.
\u2022 A member of our staff will escort you to the interview room.
\u2022 Metered street parking and paid lots are available nearby; the agency is unable to validate parking.
\u2022 The panel is made up of three members: the GIS Section Supervisor, a Senior Data Analyst and a representative of the Surface Rights Unit.
\u2022 You may bring copies of your resume or work samples; the panel will not keep them.

If you need a reasonable accommodation to take part in the interview, please contact Hannah Kowalczyk at hannah.kowalczyk@state.co.example or 303-555-0162 at least 48 hours in advance. For questions or to reschedule, please contact Hannah directly; this mailbox is not monitored.

An iCalendar file is attached so you can add this appointment to your calendar.

State of Colorado
Division of Human Resources"""
    ics = vcal("-//NEOGOV//Interview Scheduling 4.2//EN", "REQUEST", [
        f"UID:{hx('neogov', *c.key(), n=20)}-interview@governmentjobs.com", f"DTSTAMP:{zstamp(sent)}",
        f"DTSTART:{zstamp(s)}", f"DTEND:{zstamp(e)}",
        "SUMMARY:Interview - GIS Analyst (Physical Sciences Researcher/Scientist II)",
        "LOCATION:" + ics_esc("1525 Logan Street, 4th Floor, Conference Room 4C, Denver, CO 80203"),
        "DESCRIPTION:" + ics_esc(f"Structured panel interview with the {org}. Recruitment #26-04817. "
                                 "Arrive 15 minutes early with photo ID."),
        "ORGANIZER;CN=State of Colorado:mailto:noreply@governmentjobs.com",
        f"ATTENDEE;CN={OWNER_NAME};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:mailto:{OWNER}",
        "STATUS:CONFIRMED", "SEQUENCE:0", "TRANSP:OPAQUE"])
    c.add("neogov-interview-confirmation.eml", plain_mail(
        c.key("conf"), ("State of Colorado", "noreply@governmentjobs.com"), [(OWNER_NAME, OWNER)],
        "Interview Confirmation - GIS Analyst (Physical Sciences Researcher/Scientist II)", sent, text,
        f"<{int(hx('jm', *c.key(), n=10), 16)}.{int(hx('jm2', *c.key(), n=6), 16)}.JavaMail.neogov@app14.governmentjobs.com>",
        reply_to=f"{hannah[0]} <{hannah[1]}>", kind="alt", style="java",
        relay="smtp-out3.governmentjobs.com (smtp-out3.governmentjobs.com [203.0.113.23])",
        attachments=[att_ics(ics, "Interview.ics")]))
    set_label(c, [iv(org, "GIS Analyst (Physical Sciences Researcher/Scientist II)", s, e, "scheduled", [], [hannah[1]],
                     "onsite")],
              "medium", "positive/ats-email-with-ics",
              "NEOGOV (governmentjobs.com) interview confirmation with reporting instructions and a UTC .ics; panel "
              "members named only by title, so follow-up goes to the HR contact in Reply-To/text.")


def case04():
    c = Case(4, "dmv-appointment-confirmation")
    sent = at("2026-09-25 19:12:40", DEN, "Fri", "-0600")
    s = at("2026-10-02 10:20", DEN, "Fri", "-0600")
    e = at("2026-10-02 10:40", DEN, "Fri", "-0600")
    conf = f"DL{int(hx('dmv', n=8), 16) % 90000000 + 10000000}"
    text = f"""Appointment Confirmation

Hello Marcus Delgado,

Your appointment has been scheduled.

Confirmation number: {conf}
Service: Driver License Renewal - REAL ID
Office: Denver Northwest Driver License Office, 4685 Peoria St., Unit 101
Date: Friday, October 2, 2026
Time: 10:20 AM

What to bring:
- Your current Colorado driver license
- Proof of Social Security number
- Two documents showing your Colorado residential address

Please arrive no more than 10 minutes before your appointment time. Customers who arrive more than 15 minutes late will need to reschedule.

Need to cancel or change this appointment? Use the link in your myDMV account or reply CANCEL to the text message you received.

Colorado Division of Motor Vehicles"""
    ics = vcal("-//Qmatic//Appointment//EN", "PUBLISH", [
        f"UID:{conf}-{hx('dmvuid', n=12)}@dmv.colorado.example", f"DTSTAMP:{zstamp(sent)}",
        f"DTSTART;TZID=America/Denver:{local_stamp(s, DEN)}", f"DTEND;TZID=America/Denver:{local_stamp(e, DEN)}",
        "SUMMARY:DMV Appointment - Driver License Renewal (REAL ID)",
        "LOCATION:" + ics_esc("Denver Northwest Driver License Office, 4685 Peoria St., Unit 101, Denver, CO"),
        "DESCRIPTION:" + ics_esc(f"Confirmation number {conf}. Bring your current license and documents."),
        f"ATTENDEE;CN={OWNER_NAME};ROLE=REQ-PARTICIPANT:mailto:{OWNER}", "STATUS:CONFIRMED"], tz="America/Denver")
    c.add("dmv-appointment-confirmation.eml", plain_mail(
        c.key("dmv"), ("Colorado DMV", "noreply@dmv.colorado.example"), [("", OWNER)],
        "Your DMV appointment is confirmed - Friday, October 2, 2026 10:20 AM", sent, text,
        mid_generic("dmv.colorado.example", *c.key("dmv")), kind="html64",
        attachments=[att_ics(ics, "appointment.ics", "PUBLISH")]))
    set_label(c, [], "easy", "negative/government-appointment",
              "DMV license-renewal appointment with an .ics; a government appointment, not a job interview.")


def case05():
    c = Case(5, "denver-three-part-interview-day")
    org = "City and County of Denver"
    shawna = ("Shawna Pruitt", "shawna.pruitt@denvergov.example")
    omar = ("Omar Haddad", "omar.haddad@denvergov.example")
    beth = ("Beth Lindqvist", "beth.lindqvist@denvergov.example")
    curtis = ("Curtis Yellowhorse", "curtis.yellowhorse@denvergov.example")
    alicia = ("Alicia Ferrand", "alicia.ferrand@denvergov.example")
    loc = "Civic Center Annex, 1450 Cherokee St., Room 4B"
    p1 = (at("2026-10-06 09:00", DEN, "Tue", "-0600"), at("2026-10-06 09:45", DEN, "Tue", "-0600"))
    p2 = (at("2026-10-06 10:00", DEN, "Tue", "-0600"), at("2026-10-06 11:00", DEN, "Tue", "-0600"))
    p3 = (at("2026-10-06 11:15", DEN, "Tue", "-0600"), at("2026-10-06 11:45", DEN, "Tue", "-0600"))
    sent0 = at("2026-09-29 16:05:12", DEN, "Tue", "-0600")
    text = """Hi Marcus,

Congratulations on advancing to the interview stage for the GIS Analyst Senior position (JR-41882) with the Office of Neighborhood Data and Mapping. Your interview is on Tuesday, October 6, and is made up of three back-to-back parts, all in person at the Civic Center Annex, 1450 Cherokee Street, Room 4B:

1. Written exercise, 9:00-9:45 a.m. A short scenario about prioritizing map-layer requests from council offices. You'll work on a City laptop with no internet access and no notes; I'll get you set up and step out.
2. Panel interview, 10:00-11:00 a.m., with Omar Haddad (GIS Manager), Beth Lindqvist (Senior City Planner) and Curtis Yellowhorse (Data Engineer, Technology Services).
3. Conversation with Alicia Ferrand, Deputy Director, 11:15-11:45 a.m.

You'll get three separate calendar invitations, one per part, so don't be surprised by the extra email. The Cultural Center garage on 12th Avenue is the easiest place to park; bring your ticket and we'll validate it. Check in at the first-floor welcome desk and ask for me.

If anything comes up, my direct line is 720-555-0134.

Thank you,
Shawna Pruitt
Talent Acquisition Partner | Office of Human Resources
City and County of Denver"""
    m0 = mid_outlook(*c.key("overview"))
    c.add("interview-day-overview.eml", plain_mail(
        c.key("overview"), shawna, [(OWNER_NAME, OWNER)], "Interview day details - GIS Analyst Senior (JR-41882)",
        sent0, text, m0, kind="alt", style="outlook",
        relay="GCC02-SA1-obe.outbound.protection.office365.us (GCC02-SA1-obe.outbound.protection.office365.us [52.127.248.11])"))
    me = [(OWNER_NAME, OWNER)]
    b1 = """Part 1 of 3. Proctored written exercise on a City laptop. Please arrive by 8:50 so we can get you logged in; I'll walk you over to the panel room afterwards."""
    b2 = """Part 2 of 3. Panel interview with Omar Haddad (GIS Manager), Beth Lindqvist (Senior City Planner) and Curtis Yellowhorse (Data Engineer, Technology Services). The panel uses a standard question set and a scoring rubric; expect about 45 minutes of questions and time for yours at the end."""
    b3 = """Part 3 of 3. Informal conversation with Alicia Ferrand, Deputy Director, about the office's priorities for next year and your questions about the role."""
    subj = "GIS Analyst Senior (JR-41882) - Marcus Delgado"
    c.add("invite-part1-written-exercise.eml", outlook_invite(
        c.key("p1"), shawna, me, f"Written Exercise - {subj}", at("2026-09-29 16:11:02", DEN, "Tue", "-0600"),
        *p1, "Mountain Standard Time", WIN_MT, b1, loc, me, exchange_uid(*c.key("p1"))))
    c.add("invite-part2-panel.eml", outlook_invite(
        c.key("p2"), shawna, me + [omar, beth, curtis], f"Panel Interview - {subj}",
        at("2026-09-29 16:12:37", DEN, "Tue", "-0600"), *p2, "Mountain Standard Time", WIN_MT, b2, loc,
        me + [omar, beth, curtis], exchange_uid(*c.key("p2"))))
    c.add("invite-part3-deputy-director.eml", outlook_invite(
        c.key("p3"), shawna, me + [alicia], f"Conversation with Deputy Director - {subj}",
        at("2026-09-29 16:13:58", DEN, "Tue", "-0600"), *p3, "Mountain Standard Time", WIN_MT, b3, loc,
        me + [alicia], exchange_uid(*c.key("p3"))))
    ivs = [omar[1], beth[1], curtis[1], alicia[1]]
    set_label(c, [iv(org, "GIS Analyst Senior", p1[0], p3[1], "scheduled", ivs, ivs, "onsite")],
              "hard", "positive/onsite-loop-several-invites",
              "One in-person interview day announced as 'three back-to-back parts' (proctored written exercise, "
              "panel, deputy director) in three Outlook invites -> one onsite interview 09:00-11:45 MDT with all four "
              "interviewers; the coordinator who organizes every invite is not an interviewer.")


def case06():
    c = Case(6, "saguaro-county-arizona-teams-panel")
    org = "Saguaro County Flood Control District"
    marisol = ("Marisol Quintero", "marisol.quintero@saguarocountyaz.example")
    panel = [("Dale Henshaw", "dale.henshaw@saguarocountyaz.example"),
             ("Yolanda Begay", "yolanda.begay@saguarocountyaz.example"),
             ("Raul Esparza", "raul.esparza@saguarocountyaz.example"),
             ("Tanya Moffett", "tanya.moffett@saguarocountyaz.example")]
    s = at("2026-10-08 10:00", PHX, "Thu", "-0700")
    e = at("2026-10-08 11:00", PHX, "Thu", "-0700")
    assert s.astimezone(DEN).strftime("%H:%M %z") == "11:00 -0600"
    sent1 = at("2026-10-01 13:26:50", PHX, "Thu", "-0700")
    text1 = """Good afternoon Marcus,

The Flood Control District would like to invite you to a virtual panel interview for the GIS Analyst II position (Job #2026-1142).

Date: Thursday, October 8, 2026
Time: 10:00-11:00 a.m. Arizona time (MST)

Because Arizona stays on standard time all year, 10:00 a.m. here is 11:00 a.m. in Denver until your clocks change in November. I'll follow up with a Microsoft Teams invitation, which should show up in your own time zone.

The panel has four members: our GIS Manager, a Floodplain Management Engineer, a Hydrologist and a Senior IT Systems Analyst. Expect about eight questions, with time for yours at the end. There is no presentation or skills test in this round.

Please reply to confirm that you can attend.

Marisol Quintero
HR Analyst Senior | Saguaro County Human Resources
520-555-0187"""
    m1 = mid_outlook(*c.key("invite-mail"))
    c.add("county-interview-invitation.eml", plain_mail(
        c.key("invite-mail"), marisol, [(OWNER_NAME, OWNER)], "Interview Invitation - GIS Analyst II (Flood Control District)",
        sent1, text1, m1, kind="alt", style="outlook"))
    m2, data = owner_mail(c.key("reply"), [marisol], "RE: Interview Invitation - GIS Analyst II (Flood Control District)",
                          at("2026-10-01 14:42:19", DEN, "Thu", "-0600"),
                          """Hi Marisol,

Confirmed, I'll be there on Thursday, October 8 at 10:00 Arizona time. Thanks for pointing out the time difference; I've put it on my calendar as 11:00 Denver time.

Best,
Marcus Delgado
(303) 555-0148

On Thu, Oct 1, 2026 at 1:26 PM Marisol Quintero wrote:
> The Flood Control District would like to invite you to a virtual panel
> interview for the GIS Analyst II position (Job #2026-1142).""", irt=m1, refs=m1)
    c.add("reply-confirm.eml", data)
    body = """Marcus,

Here is the Teams link for Thursday's panel. Panel: Dale Henshaw (GIS Manager), Yolanda Begay (Floodplain Management Engineer), Raul Esparza (Hydrologist) and Tanya Moffett (Senior IT Systems Analyst).

Please keep your microphone muted until the panel chair introduces everyone.

Marisol"""
    me = [(OWNER_NAME, OWNER)]
    c.add("teams-invite-panel.eml", outlook_invite(
        c.key("inv"), marisol, me + panel, "Panel Interview - GIS Analyst II - M. Delgado",
        at("2026-10-01 14:40:05", PHX, "Thu", "-0700"), s, e, "US Mountain Standard Time", WIN_AZ, body,
        "Microsoft Teams Meeting", me + panel, exchange_uid(*c.key("inv"))))
    mails = [m for _, m in panel]
    set_label(c, [iv("Saguaro County", "GIS Analyst II", s, e, "scheduled", mails, mails, "onsite")],
              "hard", "positive/exchange-teams-arizona",
              "Arizona county panel: TZID 'US Mountain Standard Time', label '(UTC-07:00) Arizona'; Phoenix has no DST "
              "so 10:00 MST = 11:00 in Denver (MDT) in October. Label keeps the Arizona offset -07:00. Company = Saguaro "
              "County (Flood Control District).")


def case07():
    c = Case(7, "workforce-center-panel-interview-workshop")
    sent = at("2026-09-22 10:03:55", DEN, "Tue", "-0600")
    s = at("2026-09-30 12:00", DEN, "Wed", "-0600")
    e = at("2026-09-30 13:00", DEN, "Wed", "-0600")
    wid = f"{int(hx('zoom', n=10), 16) % 90000000000 + 10000000000}"
    text = f"""Hi Marcus Delgado,

Thank you for registering for "Mastering the Government Panel Interview".

Please submit any questions to: workshops@denverworkforce.example

Date Time: Sep 30, 2026 12:00 PM Mountain Time (US and Canada)

Join from PC, Mac, iPad, or Android:
https://denverworkforce.zoom.us/w/{wid}?tk={b64id('tk', n=43)}

Webinar ID: {wid[:3]} {wid[3:7]} {wid[7:]}

Description: Public employers in Colorado rely on structured and panel interviews. In this free one-hour workshop, a former State of Colorado HR manager explains how panels score answers, how to prepare STAR examples for KSAs, and what to expect from a City, County, State or federal interview. The session ends with a live demonstration using volunteer participants; you will not be interviewed.

You can cancel your registration at any time.

Denver Workforce Services"""
    ics = vcal("-//zoom.us//iCalendar Event//EN", "PUBLISH", [
        f"DTSTAMP:{zstamp(sent)}", f"DTSTART:{zstamp(s)}", f"DTEND:{zstamp(e)}",
        "SUMMARY:Mastering the Government Panel Interview",
        f"UID:ZOOM{wid}", "TZID:America/Denver",
        "DESCRIPTION:" + ics_esc("Free workshop hosted by Denver Workforce Services."),
        f"LOCATION:https://denverworkforce.zoom.us/w/{wid}",
        "ORGANIZER;CN=Denver Workforce Services:mailto:workshops@denverworkforce.example",
        f"ATTENDEE;CN={OWNER_NAME};RSVP=TRUE:mailto:{OWNER}"])
    c.add("zoom-webinar-registration.eml", plain_mail(
        c.key("zoom"), ("Denver Workforce Services", "no-reply@zoom.us"), [(OWNER_NAME, OWNER)],
        "Mastering the Government Panel Interview Confirmation", sent, text,
        mid_generic("zoom.us", *c.key("zoom")), reply_to="workshops@denverworkforce.example", kind="alt",
        style="java", relay="zoom.us (mx-out-us02.zoom.us [170.114.10.82])",
        attachments=[att_ics(ics, "Mastering the Government Panel Interview.ics", "PUBLISH")]))
    set_label(c, [], "medium", "negative/webinar-interview-prep",
              "Zoom webinar registration for an interview-prep workshop; 'you will not be interviewed'.")


def case08():
    c = Case(8, "denver-phone-screen-tomorrow-at-2")
    jolene = ("Jolene Marsh", "jolene.marsh@denvergov.example")
    sent = at("2026-09-16 15:41:09", DEN, "Wed", "-0600")
    s = at("2026-09-17 14:00", DEN, "Thu", "-0600")
    e = at("2026-09-17 14:20", DEN, "Thu", "-0600")
    text = """Hi Marcus,

Thanks for calling me back - sorry we kept missing each other. As we discussed on voicemail, I've blocked tomorrow at 2 for your initial phone screen for the Program Analyst (Stormwater Asset Management) role, JR-40977. It's a 20-minute call with me covering your background, salary expectations and your availability for a panel if we move forward.

I'll call you at (303) 555-0148. If that number changes or something comes up, just reply here.

Talk soon,
Jolene Marsh (she/her)
Talent Acquisition Specialist
City and County of Denver | Office of Human Resources
jolene.marsh@denvergov.example"""
    c.add("recruiter-phone-screen.eml", plain_mail(
        c.key("m"), jolene, [(OWNER_NAME, OWNER)], "Phone screen - Program Analyst (Stormwater Asset Management)",
        sent, text, mid_outlook(*c.key("m")), kind="alt", style="outlook"))
    set_label(c, [iv("City and County of Denver", "Program Analyst (Stormwater Asset Management)", s, e, "scheduled",
                     [jolene[1]], [jolene[1]], "phone_screen")],
              "medium", "positive/email-body-relative-date",
              "Time only in the body: 'tomorrow at 2', 20 minutes, resolved against the Wed Sep 16 Date header -> "
              "Thu Sep 17 14:00 MDT. The recruiter conducts the screen.")


def case09():
    c = Case(9, "notification-of-results-eligible-list")
    sent1 = at("2026-10-05 08:31:12", DEN, "Mon", "-0600")
    text1 = """Dear Marcus Delgado,

Notification of Results
Program Management I - Grants and Performance (Recruitment #26-05211)
Colorado Department of Local Infrastructure Grants

Thank you for participating in the comparative analysis process for this position. Your application materials and your responses to the supplemental questions have been scored.

Your score places you in the top group, and your name has been placed on the eligible list and referred to the hiring manager. The hiring manager will contact referred applicants directly if an interview is to be scheduled; not every referred applicant is interviewed. The eligible list will remain active for six months from the date of this notice.

Right to Request a Review
If you believe the action taken in this selection process was arbitrary, capricious or contrary to rule or law, you may request a review by the State Personnel Director. Your request must be received in writing within ten (10) calendar days of the date of this notice.

Questions about this notice may be directed to Oksana Petrenko, Human Resources, at oksana.petrenko@state.co.example.

State of Colorado"""
    c.add("colorado-notification-of-results.eml", plain_mail(
        c.key("nor"), ("State of Colorado", "noreply@governmentjobs.com"), [(OWNER_NAME, OWNER)],
        "Notification of Results - Program Management I - Grants and Performance", sent1, text1,
        f"<{int(hx('jm', *c.key('nor'), n=10), 16)}.{int(hx('jm2', *c.key('nor'), n=6), 16)}.JavaMail.neogov@app11.governmentjobs.com>",
        kind="alt", style="java", relay="smtp-out1.governmentjobs.com (smtp-out1.governmentjobs.com [203.0.113.21])"))
    sent2 = at("2026-10-13 12:04:40", NYC, "Tue", "-0400")
    text2 = """Notice of Results

Applicant: Marcus Delgado
Position: Cartographer, GS-1370-11
Announcement: BWLR-CO-26-0187-DEU
Hiring agency: Bureau of Western Land Records

Your application has been reviewed. Based on your responses to the assessment questionnaire and the supporting documentation you submitted, you were found eligible and qualified for this position. However, you were not among the most highly qualified candidates referred to the selecting official, and you will not receive further consideration under this announcement.

We encourage you to continue applying for positions that match your qualifications.

This notice was sent from an unmonitored mailbox. For questions, contact the HR office listed in the announcement.
USA Staffing"""
    c.add("usa-staffing-notice-of-results.eml", plain_mail(
        c.key("usas"), ("USA Staffing", "no-reply@usastaffing.gov"), [("", OWNER)],
        "Notice of Results - Cartographer, GS-1370-11", sent2, text2, mid_generic("usastaffing.gov", *c.key("usas")),
        kind="qp", relay="mail.usastaffing.gov (mail.usastaffing.gov [198.51.100.88])"))
    set_label(c, [], "medium", "negative/notification-of-results",
              "Colorado 'Notification of Results' (placed on eligible list, hiring manager may contact) and a federal "
              "USA Staffing 'Notice of Results' (not referred). No interview is booked.")


def case10():
    c = Case(10, "colorado-phone-screen-then-panel")
    org = "Colorado State Demography and Planning Office"
    corinne = ("Corinne Beaulieu", "corinne.beaulieu@state.co.example")
    dana = ("Dana Whitlock", "dana.whitlock@state.co.example")
    marco = ("Marco Ruiz", "marco.ruiz@state.co.example")
    aileen = ("Aileen Cho", "aileen.cho@state.co.example")
    s1 = at("2026-09-29 11:00", DEN, "Tue", "-0600")
    e1 = at("2026-09-29 11:20", DEN, "Tue", "-0600")
    s2 = at("2026-10-13 09:30", DEN, "Tue", "-0600")
    e2 = at("2026-10-13 10:30", DEN, "Tue", "-0600")
    sent1 = at("2026-09-23 09:17:26", DEN, "Wed", "-0600")
    title1 = "Phone Screen: Demographic GIS Analyst - Marcus Delgado"
    desc1 = ("Hi Marcus, here is the 20-minute phone screen we talked about. I'll call your cell at the scheduled "
             "time; the Meet link is only a backup. I'll ask a few questions about your GIS experience and confirm "
             "you meet the minimum qualifications for the Statistical Analyst II classification.")
    c.add("invitation-phone-screen.eml", google_invite(
        c.key("screen"), corinne, title1, sent1, s1, e1, "MDT", desc1,
        [(corinne[0], corinne[1], "ACCEPTED"), (OWNER_NAME, OWNER, "NEEDS-ACTION")], google_uid(*c.key("screen")),
        sent1))
    sent2 = at("2026-10-01 15:30:44", DEN, "Thu", "-0600")
    text2 = f"""Hi Marcus,

It was good talking with you on Tuesday. I shared my notes with the hiring manager, and she'd like to move you forward to the structured panel interview.

The panel is Tuesday, October 13 at 9:30 a.m. at our office, 1700 Broadway, Suite 1100, and should take about an hour. You'll meet with Dana Whitlock, Deputy State Demographer; Marco Ruiz, GIS Lead; and Aileen Cho, Senior Demographer. The questions will be handed to you in writing at the start so you can refer back to them.

I'll send a calendar invitation shortly. I won't be in the room, but I'll meet you in the lobby and walk you up.

Corinne

Corinne Beaulieu | HR Specialist
{org}"""
    c.add("next-step-panel.eml", plain_mail(
        c.key("next"), corinne, [(OWNER_NAME, OWNER)], "Next step - panel interview (Demographic GIS Analyst)",
        sent2, text2, mid_gmail(*c.key("next")), kind="alt", style="google",
        relay="mail-sor-f41.google.com (mail-sor-f41.google.com. [209.85.220.41])"))
    sent3 = at("2026-10-01 15:42:10", DEN, "Thu", "-0600")
    desc3 = ("Structured panel interview, Demographic GIS Analyst (Statistical Analyst II). Panel: Dana Whitlock, "
             "Marco Ruiz, Aileen Cho. Please check in at the 11th floor reception desk.")
    c.add("invitation-panel.eml", google_invite(
        c.key("panel"), corinne, "Panel Interview: Demographic GIS Analyst - Marcus Delgado", sent3, s2, e2, "MDT",
        desc3, [(corinne[0], corinne[1], "ACCEPTED"), (dana[0], dana[1], "ACCEPTED"), (marco[0], marco[1], "ACCEPTED"),
                (aileen[0], aileen[1], "NEEDS-ACTION"), (OWNER_NAME, OWNER, "NEEDS-ACTION")],
        google_uid(*c.key("panel")), sent3,
        location="1700 Broadway, Suite 1100, Denver, CO 80290 (Conference Room B)"))
    pm = [dana[1], marco[1], aileen[1]]
    set_label(c, [iv(org, "Demographic GIS Analyst", s1, e1, "scheduled", [corinne[1]], [corinne[1]], "phone_screen"),
                  iv(org, "Demographic GIS Analyst", s2, e2, "scheduled", pm, pm, "onsite")],
              "medium", "positive/two-interviews",
              "Two interviews with the same state office: a Google-invite phone screen conducted by the HR specialist, "
              "then an in-person panel (HR specialist organizes but is not on the panel).")


def case11():
    c = Case(11, "colorado-google-invite-cancelled-hiring-freeze")
    org = "Colorado Mobility Analytics Office"
    fel = ("Felicia Ortega-Mills", "felicia.ortega-mills@state.co.example")
    panel = [("Ramon Ibarra", "ramon.ibarra@state.co.example"), ("Lydia Schultz", "lydia.schultz@state.co.example"),
             ("Victor Adeyemi", "victor.adeyemi@state.co.example")]
    s = at("2026-10-14 13:00", DEN, "Wed", "-0600")
    e = at("2026-10-14 14:00", DEN, "Wed", "-0600")
    sent1 = at("2026-10-07 08:52:03", DEN, "Wed", "-0600")
    title = "Panel Interview - Program Analyst II (Data and Performance) - M. Delgado"
    desc = ("Structured panel interview for Program Analyst II (Data and Performance), Recruitment #26-05340. Panel: "
            "Ramon Ibarra (Performance Manager), Lydia Schultz (Senior Data Analyst), Victor Adeyemi (Budget Analyst "
            "III). The questions will be pasted into the Meet chat when we begin.")
    att = [(fel[0], fel[1], "ACCEPTED")] + [(n, m, "ACCEPTED") for n, m in panel] + [(OWNER_NAME, OWNER, "NEEDS-ACTION")]
    uid = google_uid(*c.key("ev"))
    c.add("invitation-panel.eml", google_invite(c.key("inv"), fel, title, sent1, s, e, "MDT", desc, att, uid, sent1))
    sent2 = at("2026-10-09 16:48:30", DEN, "Fri", "-0600")
    text2 = """Hi Marcus,

I'm sorry for the short notice. Following the statewide hiring freeze announced this week, this position has been placed on hold, and we need to cancel your panel interview scheduled for Wednesday, October 14 at 1:00 p.m. You'll see a cancellation notice from my calendar in a moment.

Your name will stay on the eligible list. If the position is released before the list expires, I'll reach out to set up a new time.

Thank you for your patience and understanding,
Felicia

Felicia Ortega-Mills
HR Partner | Colorado Mobility Analytics Office"""
    c.add("position-on-hold.eml", plain_mail(
        c.key("hold"), fel, [(OWNER_NAME, OWNER)], "Interview on 10/14 - position placed on hold", sent2, text2,
        mid_gmail(*c.key("hold")), kind="alt", style="google",
        relay="mail-sor-f41.google.com (mail-sor-f41.google.com. [209.85.220.41])"))
    sent3 = at("2026-10-09 16:50:12", DEN, "Fri", "-0600")
    c.add("canceled-event.eml", google_invite(
        c.key("cancel"), fel, title, sent3, s, e, "MDT", desc, att, uid, sent1, seq=1, method="CANCEL",
        note="The position has been placed on hold. We'll reach out if it reopens."))
    mails = [m for _, m in panel]
    set_label(c, [iv(org, "Program Analyst II (Data and Performance)", s, e, "cancelled", mails, mails, "onsite")],
              "medium", "positive/cancellation",
              "Google Calendar panel invite, then a hiring-freeze e-mail and a METHOD:CANCEL notice -> one cancelled "
              "interview at its scheduled time.")


def case12():
    c = Case(12, "owner-on-intern-interview-panel")
    denise = ("Denise Albrecht", "denise.albrecht@frcog.example")
    jonah = ("Jonah Feld", "jonah.feld@frcog.example")
    s = at("2026-10-21 13:30", DEN, "Wed", "-0600")
    e = at("2026-10-21 14:15", DEN, "Wed", "-0600")
    sent = at("2026-10-12 11:15:48", DEN, "Mon", "-0600")
    body = """Marcus and Jonah,

Thank you both for agreeing to serve on the interview panel for our GIS Intern opening. In this slot you'll be interviewing Sofia Marquez (candidate 2 of 3).

The structured question set and the rating sheet are in the Intern Hiring folder on SharePoint. Please read the candidate's application packet beforehand, take turns asking the questions as listed, and send me your individual ratings by the end of the day. Please don't discuss candidates outside the panel.

Marcus, would you mind leading the technical question on map projections?

Denise Albrecht
HR Generalist | Front Range Council of Governments"""
    me = [(OWNER_NAME, OWNER), jonah]
    c.add("panelist-invite-intern-interview.eml", outlook_invite(
        c.key("inv"), denise, me, "Interview Panel: GIS Intern - Candidate 2 of 3 (S. Marquez)", sent, s, e,
        "Mountain Standard Time", WIN_MT, body, "Microsoft Teams Meeting", me, exchange_uid(*c.key("inv"))))
    set_label(c, [], "hard", "negative/user-is-interviewer",
              "Teams 'Interview Panel' invite from the owner's current employer: Marcus is a panelist interviewing an "
              "intern candidate, not the candidate.")


# =========================================================================== cases 13-24
def case13():
    c = Case(13, "colorado-written-exercise-then-panel")
    org = "Colorado Office of Performance and Evaluation"
    gwen = ("Gwen Abernathy", "gwen.abernathy@state.co.example")
    panel = [("Leon Fitzgerald", "leon.fitzgerald@state.co.example"), ("Sunita Rao", "sunita.rao@state.co.example"),
             ("Carmen Delacroix", "carmen.delacroix@state.co.example")]
    relay = "mail-sor-f41.google.com (mail-sor-f41.google.com. [209.85.220.41])"
    sent1 = at("2026-10-12 09:05:21", DEN, "Mon", "-0600")
    text1 = """Hello Marcus,

Congratulations! Based on the comparative analysis for Program Analyst III (Performance Evaluation), Recruitment #26-05377, you are invited to the next step of the selection process: a written exercise.

The prompt will be emailed to you on Monday, October 19 at 8:00 a.m., and your response is due by 5:00 p.m. on Wednesday, October 21. It is a take-home exercise: you'll write a two-page memo analyzing a program's performance data. You can work on it whenever you like within that window.

Candidates who score in the top group on the exercise will be invited to a panel interview.

Regards,
Gwen Abernathy
Human Resources Specialist
Colorado Office of Performance and Evaluation"""
    m1 = mid_gmail(*c.key("ex"))
    c.add("written-exercise-notice.eml", plain_mail(
        c.key("ex"), gwen, [(OWNER_NAME, OWNER)], "Written Exercise - Program Analyst III (Recruitment #26-05377)",
        sent1, text1, m1, kind="alt", style="google", relay=relay))
    sent2 = at("2026-10-19 08:00:04", DEN, "Mon", "-0600")
    text2 = """Candidate 0417,

Attached below is your written exercise prompt.

Scenario: The Division of Youth Employment Grants reports that 62% of funded programs met their placement targets in FY2026, down from 71% the previous year, while average cost per participant rose by 14%. Using the summary table below, write a memo of no more than two pages to the division director that (1) explains the most likely drivers of the change, (2) identifies what additional data you would request, and (3) recommends two performance measures for next year.

Program type | Programs | Met target | Cost per participant
Urban classroom | 18 | 12 | $4,210
Rural work-based | 11 | 6 | $5,980
Hybrid | 9 | 6 | $4,770

Submit your memo as a PDF by replying to this email no later than 5:00 p.m. Mountain Time on Wednesday, October 21, 2026. Do not put your name anywhere in the document; use your candidate number instead. Late submissions cannot be scored.

Gwen Abernathy, HR Specialist"""
    m2 = mid_gmail(*c.key("prompt"))
    c.add("written-exercise-prompt.eml", plain_mail(
        c.key("prompt"), gwen, [(OWNER_NAME, OWNER)], "Written Exercise Prompt - Program Analyst III - Candidate 0417",
        sent2, text2, m2, kind="qp", relay=relay))
    sent3 = at("2026-10-23 14:20:37", DEN, "Fri", "-0600")
    text3 = """Hello Marcus,

Good news: you scored in the top group on the written exercise, and we'd like to invite you to a panel interview on Wednesday, October 28 at 2:00 p.m. over Google Meet. Please plan on an hour.

Your panel will be Leon Fitzgerald (Evaluation Manager), Sunita Rao (Senior Performance Analyst) and Carmen Delacroix (Budget and Policy Analyst IV). For the first ten minutes they'll ask you to walk them through your memo, so keep a copy handy. I'll host the Meet and keep time, but I won't be asking questions.

A calendar invitation is on its way.

Gwen"""
    m3 = mid_gmail(*c.key("panelmail"))
    c.add("panel-interview-invitation.eml", plain_mail(
        c.key("panelmail"), gwen, [(OWNER_NAME, OWNER)], "Panel interview invitation - Program Analyst III",
        sent3, text3, m3, kind="alt", style="google", relay=relay))
    s = at("2026-10-28 14:00", DEN, "Wed", "-0600")
    e = at("2026-10-28 15:00", DEN, "Wed", "-0600")
    sent4 = at("2026-10-23 14:31:09", DEN, "Fri", "-0600")
    c.add("invitation-panel.eml", google_invite(
        c.key("inv"), gwen, "Panel Interview - Program Analyst III (Performance Evaluation) - Candidate 0417", sent4, s,
        e, "MDT", "Panel interview following the written exercise. Panel: Leon Fitzgerald, Sunita Rao, Carmen Delacroix. "
                  "Gwen Abernathy (HR) will host.",
        [(gwen[0], gwen[1], "ACCEPTED")] + [(n, m, "ACCEPTED") for n, m in panel] + [(OWNER_NAME, OWNER, "NEEDS-ACTION")],
        google_uid(*c.key("inv")), sent4))
    mails = [m for _, m in panel]
    set_label(c, [iv(org, "Program Analyst III (Performance Evaluation)", s, e, "scheduled", mails, mails, "onsite")],
              "hard", "positive/written-exercise-then-panel",
              "A separate take-home written exercise (prompt Oct 19 08:00, due Oct 21 17:00) is not an interview; only "
              "the later Google Meet panel is. HR host/timekeeper is not an interviewer.")


def case14():
    c = Case(14, "denver-workday-confirmation-and-gcal-event")
    org = "City and County of Denver"
    ivan = ("Ivan Petrossian", "ivan.petrossian@denvergov.example")
    panel = [("Nadia Kowal", "nadia.kowal@denvergov.example"), ("Eduardo Sandoval", "eduardo.sandoval@denvergov.example"),
             ("Grace Thornbury", "grace.thornbury@denvergov.example")]
    s = at("2026-10-20 14:00", DEN, "Tue", "-0600")
    e = at("2026-10-20 15:00", DEN, "Tue", "-0600")
    sent = at("2026-10-13 11:02:45", DEN, "Tue", "-0600")
    loc = "Civic Center Annex, 1450 Cherokee Street, 3rd Floor, Room 3A, Denver, CO 80204"
    text = f"""Hello Marcus,

This confirms your interview for Program Analyst - Capital Planning (JR-41502) with the City and County of Denver, Office of Capital Planning Analytics.

Date: Tuesday, October 20, 2026
Time: 2:00 PM - 3:00 PM MT
Format: In-person panel interview
Location: {loc}

Panel:
Nadia Kowal, Capital Program Manager
Eduardo Sandoval, Senior Financial Analyst
Grace Thornbury, Project Controls Lead

Reporting instructions: Check in at the first-floor security desk 10 minutes before your interview and show a photo ID. Visitors must wear the badge provided at all times. Use the 14th Avenue entrance, which is step-free.

If you need an accommodation or have questions, contact your recruiter, Ivan Petrossian, at ivan.petrossian@denvergov.example.

This is an automated message from Workday. Please do not reply to this email."""
    c.add("workday-interview-confirmation.eml", plain_mail(
        c.key("wd"), (org, "denvergov@myworkday.com"), [("", OWNER)],
        "Interview Confirmation: Program Analyst - Capital Planning (JR-41502)", sent, text,
        mid_generic("myworkday.com", *c.key("wd")), kind="html64",
        relay="wd5-smtp.myworkday.com (wd5-smtp.myworkday.com [198.51.100.150])"))
    eid = hx("evt", *c.key(), n=26)
    c.add("panel-interview.gcal.json", gcal_event(
        eid, "Panel Interview - Marcus Delgado - Program Analyst, Capital Planning",
        "In-person panel for JR-41502 with Nadia Kowal, Eduardo Sandoval and Grace Thornbury. Check in at the "
        "first-floor security desk.", s, e, "America/Denver", ivan,
        [(ivan[0], ivan[1], "accepted")] + [(n, m, "accepted") for n, m in panel] + [(OWNER_NAME, OWNER, "accepted")],
        at("2026-10-13 10:48", DEN, "Tue", "-0600"), at("2026-10-13 11:20", DEN, "Tue", "-0600"), location=loc))
    mails = [m for _, m in panel]
    set_label(c, [iv(org, "Program Analyst - Capital Planning", s, e, "scheduled", mails, mails, "onsite")],
              "medium", "positive/dedupe-email-and-api-event",
              "Workday confirmation (base64 HTML, no-reply sender) and a Calendar API event for the same panel -> one "
              "interview. Recruiter only organizes; the three panelists are the interviewers.")


def case15():
    c = Case(15, "tentative-offer-and-background-subject-interview")
    hr = ("Patrice Landon", "patrice.landon@nwfdc.example")
    sent1 = at("2026-10-06 13:40:22", DEN, "Tue", "-0600")
    text1 = """Dear Mr. Delgado,

On behalf of the National Wildland Fire Data Center, I am pleased to extend a tentative offer of employment for the position of Geographer, GS-0150-11, Step 1, duty station Golden, Colorado.

This offer is contingent on the favorable adjudication of a background investigation (Tier 2). Please complete your electronic questionnaire in eApp by Friday, October 16. An investigator may contact you directly to schedule a personal subject interview as part of that process.

This is not a final offer. Please do not resign from your current position until you receive a final job offer with a confirmed entrance-on-duty date.

Please reply within two business days to accept or decline this tentative offer.

Sincerely,
Patrice Landon
Human Resources Specialist
National Wildland Fire Data Center"""
    c.add("tentative-job-offer.eml", plain_mail(
        c.key("tjo"), hr, [(OWNER_NAME, OWNER)], "Tentative Job Offer - Geographer, GS-0150-11", sent1, text1,
        mid_outlook(*c.key("tjo")), kind="alt", style="outlook"))
    inv = ("Darnell Okonkwo", "darnell.okonkwo@keystoneinvestigative.example")
    sent2 = at("2026-10-21 08:15:03", DEN, "Wed", "-0600")
    s = at("2026-10-27 09:00", DEN, "Tue", "-0600")
    e = at("2026-10-27 10:30", DEN, "Tue", "-0600")
    case_no = f"KIS-{int(hx('bi', n=8), 16) % 9000000 + 1000000}"
    text2 = f"""Mr. Delgado,

I am a contract background investigator assigned to the Tier 2 investigation requested by the National Wildland Fire Data Center (case {case_no}). I need to complete your personal subject interview, and I have scheduled it for Tuesday, October 27 at 9:00 a.m. at the Green Mountain Branch Library, Study Room 2. Please allow 60 to 90 minutes.

Please bring a government-issued photo ID, your passport if you have one, and a copy of the questionnaire you submitted. We will go over your residences, employment history, references, foreign travel and financial record. The interview is a routine part of the investigation and is not part of the hiring panel's evaluation.

A calendar file is attached. If you need to change the appointment, call or text me at 720-555-0116.

Darnell Okonkwo
Background Investigator
Keystone Investigative Services (contractor)"""
    ics = vcal("-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "REQUEST", [
        f"ORGANIZER;CN={inv[0]}:mailto:{inv[1]}",
        f"ATTENDEE;CN={OWNER_NAME};ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{OWNER}",
        f"DTSTART;TZID=America/Denver:{local_stamp(s, DEN)}", f"DTEND;TZID=America/Denver:{local_stamp(e, DEN)}",
        f"DTSTAMP:{zstamp(sent2)}", f"UID:{hx('biuid', n=32)}@keystoneinvestigative.example",
        f"SUMMARY:Subject Interview - {case_no}", "LOCATION:Green Mountain Branch Library\\, Study Room 2",
        "STATUS:CONFIRMED", "SEQUENCE:0"], tz="America/Denver")
    c.add("background-investigation-subject-interview.eml", plain_mail(
        c.key("bi"), inv, [(OWNER_NAME, OWNER)], f"Background Investigation - Subject Interview Scheduling ({case_no})",
        sent2, text2, mid_generic("keystoneinvestigative.example", *c.key("bi")), kind="qp",
        attachments=[att_ics(ics, "SubjectInterview.ics")]))
    set_label(c, [], "hard", "negative/offer-and-background-interview",
              "Tentative federal job offer, then a background investigator's 'personal subject interview' with an .ics: "
              "a security-clearance interview, not a job interview.")


def case16():
    c = Case(16, "fwma-dc-thread-propose-confirm-eastern")
    org = "Federal Watershed Management Agency"
    lor = ("Lorraine Whitaker-Boyd", "lorraine.whitaker-boyd@fwma.example")
    sent1 = at("2026-10-28 11:05:44", NYC, "Wed", "-0400")
    subj = "Interview Selection - Management and Program Analyst, GS-0343-12 (FWMA-OPPE-26-0093)"
    text1 = """Dear Mr. Delgado,

Congratulations, you have been selected for an interview for the Management and Program Analyst, GS-0343-12 position in the Office of Performance and Program Evaluation. Interviews will be conducted virtually over Microsoft Teams (audio only is acceptable) and will last approximately 45 minutes.

The interview panel will include the Branch Chief for Program Evaluation, a Senior Program Analyst, and a Management Analyst from the Office of the Chief Financial Officer. Each candidate will be asked the same questions.

Please tell me which of the following times you prefer. All times are Eastern:
  - Tuesday, November 3, 11:00 a.m.
  - Tuesday, November 3, 1:00 p.m.
  - Wednesday, November 4, 10:00 a.m.

Please reply by close of business Thursday, October 29. Slots are assigned on a first-come, first-served basis.

Sincerely,
Lorraine Whitaker-Boyd
Human Resources Specialist (Staffing)
Federal Watershed Management Agency, Washington, DC
(202) 555-0143"""
    m1 = mid_outlook(*c.key("sel"))
    c.add("interview-selection.eml", plain_mail(c.key("sel"), lor, [(OWNER_NAME, OWNER)], subj, sent1, text1, m1,
                                                kind="alt", style="outlook"))
    sent2 = at("2026-10-28 10:14:02", DEN, "Wed", "-0600")
    m2, data = owner_mail(c.key("rep"), [lor], "RE: " + subj, sent2, """Dear Ms. Whitaker-Boyd,

Thank you for the opportunity. I would like the Tuesday, November 3 slot at 1:00 p.m. Eastern.

Please let me know if you need anything else from me beforehand.

Best regards,
Marcus Delgado
(303) 555-0148""", irt=m1, refs=m1)
    c.add("reply-choose-slot.eml", data)
    sent3 = at("2026-10-29 09:12:30", NYC, "Thu", "-0400")
    text3 = """Good morning Mr. Delgado,

You are confirmed for Tuesday, November 3 at 1:00 p.m. Eastern Time. The panel chair will send the Teams link the day before; if you have not received it by noon Eastern on Monday, please let me know.

Please keep a copy of your resume nearby. The panel may ask you to describe examples using the situation, task, action and result format.

Best,
Lorraine"""
    c.add("confirmation.eml", plain_mail(c.key("conf"), lor, [(OWNER_NAME, OWNER)], "RE: " + subj, sent3, text3,
                                         mid_outlook(*c.key("conf")), irt=m2, refs=f"{m1} {m2}", kind="alt",
                                         style="outlook"))
    s = at("2026-11-03 13:00", NYC, "Tue", "-0500")
    e = at("2026-11-03 13:45", NYC, "Tue", "-0500")
    assert s.astimezone(DEN).strftime("%H:%M %z") == "11:00 -0700"
    set_label(c, [iv(org, "Management and Program Analyst, GS-0343-12", s, e, "scheduled", [], [lor[1]], "onsite")],
              "hard", "positive/thread-propose-confirm",
              "Three slots proposed in Eastern time, owner picks Nov 3 1:00 p.m., HR confirms; time only in bodies. "
              "Mail headers are EDT (-0400) but the interview falls after the Nov 1 change -> -05:00. Panel named by "
              "title only -> follow-up to HR.")


def case17():
    c = Case(17, "colorado-monday-at-9-across-dst")
    org = "Colorado Office of Water Data Services"
    brent = ("Brent Nakamura", "brent.nakamura@state.co.example")
    relay = "mail-sor-f41.google.com (mail-sor-f41.google.com. [209.85.220.41])"
    sent1 = at("2026-10-30 15:47:20", DEN, "Fri", "-0600")
    text1 = """Hi Marcus,

Thanks for applying to the GIS Analyst opening on our water data team. Before we convene the formal panel, I like to have a short conversation with each referred candidate so I can explain the work and hear about your experience with hydrography and parcel data.

Are you free Monday at 9? It'll be about half an hour by phone.

Thanks,
Brent

Brent Nakamura
GIS Program Manager
Colorado Office of Water Data Services
303-555-0175"""
    m1 = mid_gmail(*c.key("ask"))
    c.add("hiring-manager-quick-call.eml", plain_mail(c.key("ask"), brent, [(OWNER_NAME, OWNER)],
                                                      "GIS Analyst - quick call?", sent1, text1, m1, kind="alt",
                                                      style="google", relay=relay))
    sent2 = at("2026-10-30 16:20:05", DEN, "Fri", "-0600")
    m2, data = owner_mail(c.key("yes"), [brent], "Re: GIS Analyst - quick call?", sent2, """Hi Brent,

Monday at 9 works for me. The best number to reach me is (303) 555-0148.

Looking forward to it,
Marcus""", irt=m1, refs=m1)
    c.add("reply-yes.eml", data)
    sent3 = at("2026-10-30 16:34:51", DEN, "Fri", "-0600")
    c.add("hiring-manager-ack.eml", plain_mail(c.key("ack"), brent, [(OWNER_NAME, OWNER)], "Re: GIS Analyst - quick call?",
                                               sent3, "Great, I'll give you a call then. Have a good weekend.\n\nBrent",
                                               mid_gmail(*c.key("ack")), irt=m2, refs=f"{m1} {m2}", relay=relay))
    s = at("2026-11-02 09:00", DEN, "Mon", "-0700")
    e = at("2026-11-02 09:30", DEN, "Mon", "-0700")
    set_label(c, [iv(org, "GIS Analyst", s, e, "scheduled", [brent[1]], [brent[1]], "hiring_manager")],
              "hard", "positive/thread-relative-date-dst",
              "'Monday at 9' proposed and accepted on Fri Oct 30 (Date -0600); that Monday is Nov 2, after US DST ends "
              "Nov 1 -> 09:00-07:00, not the header offset. Hiring manager calls.")


def case18():
    c = Case(18, "bwlr-teams-reschedule-across-dst")
    org = "Bureau of Western Land Records"
    jas = ("Jasmine Oduya", "jasmine.oduya@bwlr.example")
    panel = [("Gregory Halvorsen", "gregory.halvorsen@bwlr.example"),
             ("Nina Castellanos", "nina.castellanos@bwlr.example"), ("Will Tsosie", "will.tsosie@bwlr.example")]
    me = [(OWNER_NAME, OWNER)]
    uid = exchange_uid(*c.key("mtg"))
    subj = "Structured Interview - Program Analyst, GS-0343-12 (BWLR-CO-26-0211-DEU)"
    s0 = at("2026-10-29 10:00", DEN, "Thu", "-0600")
    e0 = at("2026-10-29 11:00", DEN, "Thu", "-0600")
    body0 = """Good morning Mr. Delgado,

You are scheduled for a structured interview for the Program Analyst, GS-0343-12 position with the Bureau of Western Land Records, Colorado State Office.

Panel members:
Gregory Halvorsen, Deputy State Director, Resources
Nina Castellanos, Supervisory Program Analyst
Will Tsosie, Budget Officer

The interview will take about 60 minutes. Please accept this invitation to confirm.

V/r,
Jasmine Oduya
Human Resources Specialist, Bureau of Western Land Records"""
    c.add("teams-invite-original.eml", outlook_invite(
        c.key("inv0"), jas, me + panel, subj, at("2026-10-20 10:30:17", DEN, "Tue", "-0600"), s0, e0,
        "Mountain Standard Time", WIN_MT, body0, "Microsoft Teams Meeting", me + panel, uid, seq=0,
        teams_key=c.key("mtg")))
    sent2 = at("2026-10-26 13:02:49", DEN, "Mon", "-0600")
    text2 = """Mr. Delgado,

One of the panel members has been called out to a field office next week, so we need to move your structured interview currently set for Thursday, October 29 at 10:00 a.m.

We can offer Thursday, November 5 at the same time (10:00 a.m. Mountain) or Friday, November 6 at 1:00 p.m. Please let me know which you prefer and I will update the meeting request. I apologize for the inconvenience.

V/r,
Jasmine Oduya
Human Resources Specialist"""
    m2 = mid_outlook(*c.key("move"))
    c.add("request-to-reschedule.eml", plain_mail(c.key("move"), jas, [(OWNER_NAME, OWNER)],
                                                  "Rescheduling your interview - Program Analyst, GS-0343-12", sent2,
                                                  text2, m2, kind="alt", style="outlook"))
    m3, data = owner_mail(c.key("pick"), [jas], "RE: Rescheduling your interview - Program Analyst, GS-0343-12",
                          at("2026-10-26 14:15:33", DEN, "Mon", "-0600"), """Ms. Oduya,

Thursday, November 5 at 10:00 a.m. works well for me. Thank you for the flexibility.

Marcus Delgado""", irt=m2, refs=m2)
    c.add("reply-pick-nov5.eml", data)
    s1 = at("2026-11-05 10:00", DEN, "Thu", "-0700")
    e1 = at("2026-11-05 11:00", DEN, "Thu", "-0700")
    body1 = body0.replace("You are scheduled for", "Per our email exchange, your interview has been moved. You are now "
                                                    "scheduled for")
    c.add("teams-invite-updated.eml", outlook_invite(
        c.key("inv1"), jas, me + panel, subj, at("2026-10-26 15:03:08", DEN, "Mon", "-0600"), s1, e1,
        "Mountain Standard Time", WIN_MT, body1, "Microsoft Teams Meeting", me + panel, uid, seq=1,
        teams_key=c.key("mtg")))
    mails = [m for _, m in panel]
    set_label(c, [iv(org, "Program Analyst, GS-0343-12", s1, e1, "scheduled", mails, mails, "onsite")],
              "hard", "positive/reschedule-sequence-dst",
              "Teams invite for Oct 29 10:00 MDT, reschedule thread, then the same UID with SEQUENCE:1 for Nov 5 10:00. "
              "Same wall-clock time but the offset changes to -07:00 after Nov 1. One interview at the final time.")


def case19():
    c = Case(19, "veterans-preference-and-availability-request")
    sent1 = at("2026-10-08 15:20:11", NYC, "Thu", "-0400")
    text1 = """Veterans' Preference - Additional Documentation Needed

Announcement: ALIS-26-FC-0452
Position: Geographer, GS-0150-11
Agency: U.S. Agricultural Land Inventory Service

You claimed 10-point preference (CPS) when you applied for this position. We have not received the documentation needed to grant that preference: a completed SF-15 and a VA letter dated 1991 or later showing your service-connected disability rating.

Upload the missing documents in your USAJOBS profile and update your application by 11:59 p.m. Eastern Time on Friday, October 16, 2026. If we do not receive them, you will be considered without veterans' preference.

This message was sent from an unmonitored mailbox. Please contact the HR office listed on the announcement with questions.
USA Staffing"""
    c.add("veterans-preference-notice.eml", plain_mail(
        c.key("vp"), ("USA Staffing", "no-reply@usastaffing.gov"), [("", OWNER)],
        "Action Required: Veterans' Preference Documentation - ALIS-26-FC-0452", sent1, text1,
        mid_generic("usastaffing.gov", *c.key("vp")), kind="alt", style="java",
        relay="mail.usastaffing.gov (mail.usastaffing.gov [198.51.100.88])"))
    tomas = ("Tomas Whitcomb", "tomas.whitcomb@alis.example")
    sent2 = at("2026-10-20 10:10:56", DEN, "Tue", "-0600")
    text2 = """Mr. Delgado,

Your name appears on the certificate issued to the selecting official for the Geographer, GS-0150-11 position (ALIS-26-FC-0452). She plans to interview candidates in mid-November.

To help us build the schedule, please reply with your availability during the weeks of November 9 and November 16, Monday through Friday between 8:00 a.m. and 4:00 p.m. Mountain. Blocks of 45 minutes or longer are most helpful. Once the panel's calendars are set, I'll confirm a specific date and time with you.

Interviews will be held over Microsoft Teams.

Thank you,
Tomas Whitcomb
Human Resources Specialist
U.S. Agricultural Land Inventory Service, Fort Collins, CO"""
    c.add("availability-request.eml", plain_mail(
        c.key("av"), tomas, [(OWNER_NAME, OWNER)], "Interview availability - Geographer, GS-0150-11", sent2, text2,
        mid_outlook(*c.key("av")), kind="alt", style="outlook"))
    set_label(c, [], "hard", "negative/availability-request",
              "Veterans'-preference documentation notice plus an HR request for availability for interviews in "
              "mid-November; no date or time is ever booked.")


def case20():
    c = Case(20, "jury-duty-summons")
    sent = at("2026-10-19 09:00:02", DEN, "Mon", "-0600")
    juror = f"{int(hx('juror', n=8), 16) % 90000000 + 10000000}"
    at("2026-11-16 07:45", DEN, "Mon", "-0700")
    at("2026-11-13 17:30", DEN, "Fri", "-0700")
    text = f"""JUROR SUMMONS - DENVER COUNTY COURT

Marcus Delgado
Juror ID: {juror}

You have been summoned for jury service.

Report date: Monday, November 16, 2026
Report time: 7:45 a.m.
Location: Denver County Court, Jury Assembly Room, First Floor

Before you report:
1. Complete your juror qualification questionnaire online within 7 days of receiving this summons.
2. After 5:30 p.m. on Friday, November 13, check the juror website or call the juror information line to find out whether your group must report.

During jury selection, the judge and the attorneys will ask prospective jurors questions to decide who will serve on a trial. Most jurors serve one day or one trial.

Colorado law protects your job while you serve: employers may not threaten, discharge or penalize an employee for jury service.

Failure to appear may result in penalties as provided by law.

Office of the Jury Commissioner"""
    c.add("juror-summons.eml", plain_mail(
        c.key("jury"), ("Denver Jury Commissioner", "jury.commissioner@denvercourts.example"), [(OWNER_NAME, OWNER)],
        "Juror Summons - Denver County Court - Report Date 11/16/2026", sent, text,
        mid_generic("denvercourts.example", *c.key("jury")), kind="html64"))
    set_label(c, [], "easy", "negative/jury-summons",
              "Jury summons with a report date/time and questioning of prospective jurors; civic duty, not an interview.")


def case21():
    c = Case(21, "scam-federal-recruiter-telegram")
    sent = at("2026-10-16 03:12:47", ZoneInfo("America/Chicago"), "Fri", "-0500")
    text = """Dear Applicant,

Your application for the position of Remote Data Entry / Program Analyst (U.S. Federal Government) has been reviewed and you have been SHORTLISTED for an online interview.

The interview will hold on Monday by 10:00am EST via Telegram text chat with our Hiring Manager Mr. David Cole. Kindly download the Telegram app and add @DavidCole_FedHR to begin. Video is not required.

Position: Remote Data Entry / Program Analyst
Pay: $42.50/hr, weekly payments
Benefits: Federal Health plan, paid training

After the interview, successful candidates will receive a check to purchase work equipment (laptop, printer, software) from our approved federal vendor. You will be reimbursed in your first pay.

Reply with your full name, address, phone number and date of birth to confirm your slot.

Regards,
HR Onboarding Unit
Federal Employment Placement Office"""
    c.add("shortlisted-telegram-interview.eml", plain_mail(
        c.key("scam"), ("Federal Hiring Unit", "hr.onboarding@fedjobs-placement.example"), [("", OWNER)],
        "RE: Your Application For Remote Data Entry/Program Analyst Position (U.S Federal Government)", sent, text,
        mid_generic("fedjobs-placement.example", *c.key("scam")), reply_to="david.cole.hrdept@freemail.example",
        kind="plain", relay="vps-7731.hostingcheap.example (unknown [203.0.113.199])"))
    set_label(c, [], "medium", "negative/scam",
              "Fake 'federal' recruiter: Telegram text-chat interview, equipment check, requests personal data.")


def case22():
    c = Case(22, "usgrs-standalone-ics-selecting-official")
    org = "U.S. Geospatial Resources Service"
    alan = ("Alan Petrakis", "alan.petrakis@usgrs.example")
    s = at("2026-11-10 13:00", DEN, "Tue", "-0700")
    e = at("2026-11-10 13:30", DEN, "Tue", "-0700")
    stamp = at("2026-11-03 16:44:05", DEN, "Tue", "-0700")
    desc = ("Second-round conversation with the selecting official for Geographic Information Specialist, GS-0150-11 "
            "(USGRS-RMR-26-1187-MP). Alan will call you at (303) 555-0148. No preparation needed; this is a chance to "
            "talk about the team's current projects and for you to ask questions about the role.")
    data = outlook_ics("REQUEST", exchange_uid(*c.key("so")), 0,
                       "Follow-up interview - Geographic Information Specialist (M. Delgado)", s, e,
                       "Mountain Standard Time", alan, [(OWNER_NAME, OWNER)], f"Phone call - {OWNER_PHONE}", desc, stamp)
    c.add("selecting-official-interview.ics", data)
    set_label(c, [iv(org, "Geographic Information Specialist (GS-0150-11)", s, e, "scheduled", [alan[1]], [alan[1]],
                     "hiring_manager")],
              "medium", "positive/standalone-ics",
              "Standalone Outlook .ics (TZID 'Mountain Standard Time') for a phone call with the selecting official; "
              "Nov 10 is after the DST change -> -07:00.")


def case23():
    c = Case(23, "town-hall-owner-organizes")
    title = "West Highland Neighbors Town Hall: District 1 Candidate Forum"
    s = at("2026-10-15 18:30", DEN, "Thu", "-0600")
    e = at("2026-10-15 20:00", DEN, "Thu", "-0600")
    renee = ("Renee Ashworth", "renee@ashworthfordenver.example")
    sent = at("2026-10-02 12:14:33", DEN, "Fri", "-0600")
    uid = google_uid(*c.key("th"))
    cal = google_ics("REPLY", uid, 0, title, s, e, (OWNER_NAME, OWNER), [(renee[0], renee[1], "ACCEPTED")], "",
                     "Smiley Branch Library Community Room, 4501 W 46th Ave, Denver", sent, sent)
    plain = (f"Renee Ashworth has accepted this invitation.\n\n{title}\n"
             f"{long_date(s)} \u22c5 {gshort(s)} \u2013 {gshort(e)} (Mountain Time - Denver)\n\n"
             "Location\nSmiley Branch Library Community Room, 4501 W 46th Ave, Denver\n\n"
             "Invitation from Google Calendar: https://calendar.google.com/calendar/\n")
    alt_part = Multi("alternative", [
        Leaf("text/plain", plain, "base64", params="; format=flowed; delsp=yes"),
        Leaf("text/html", html_doc(paras(plain), font="Roboto,Helvetica,Arial,sans-serif", size="14px")),
        Leaf("text/calendar", cal, "7bit", params="; method=REPLY")], boundary("google", "alt", *c.key("rep")))
    mixed = Multi("mixed", [alt_part, Leaf("application/ics", cal, "base64", charset=None, filename="invite.ics",
                                           disposition="attachment")], boundary("google", "mix", *c.key("rep")))
    hdrs = envelope(renee[1], sent, "mail-sor-f69.google.com (mail-sor-f69.google.com. [209.85.220.69])",
                    c.key("rep")) + [
        ("From", f"{renee[0]} <{renee[1]}>"), ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("Reply-To", f"{renee[0]} <{renee[1]}>"), ("To", OWNER),
        ("Subject", f"Accepted: {title} @ {google_subject_when(s, e, 'MDT')} ({OWNER})"),
        ("Date", format_datetime(sent)), ("Message-ID", mid_gcal(*c.key("rep")))]
    c.add("accepted-candidate-forum.eml", message(hdrs, mixed))
    eid = uid.split("@")[0]
    desc = ("Neighborhood town hall organized by Marcus Delgado for West Highland Neighbors. Each District 1 council "
            "candidate gets a 2-minute opening, then Marcus moderates audience questions. Library events staff will "
            "set up the room at 6:00.")
    c.add("town-hall.gcal.json", gcal_event(
        eid, title, desc, s, e, "America/Denver", (OWNER_NAME, OWNER),
        [(OWNER_NAME, OWNER, "accepted"), (renee[0], renee[1], "accepted"),
         ("Tobias Grunwald", "tobias@grunwald4council.example", "tentative"),
         ("Smiley Branch Events", "smiley.events@denverlibrary.example", "accepted"),
         ("Lucia Ferreira", "lucia.ferreira@westhighlandneighbors.example", "accepted")],
        at("2026-09-28 20:05", DEN, "Mon", "-0600"), at("2026-10-02 12:14", DEN, "Fri", "-0600"),
        location="Smiley Branch Library Community Room, 4501 W 46th Ave, Denver", creator=(OWNER_NAME, OWNER)))
    set_label(c, [], "medium", "negative/owner-organized-event",
              "A neighborhood candidate forum the owner organizes and moderates (Google reply + Calendar API event with "
              "the owner as organizer); 'candidate' refers to council candidates.")


def case24():
    c = Case(24, "colorado-withdrawal-cancels-interview")
    org = "Colorado Outdoor Recreation Planning Office"
    ren = ("Renata Sokolov", "renata.sokolov@state.co.example")
    relay = "mail-sor-f41.google.com (mail-sor-f41.google.com. [209.85.220.41])"
    s = at("2026-11-12 10:00", DEN, "Thu", "-0700")
    e = at("2026-11-12 11:00", DEN, "Thu", "-0700")
    sent1 = at("2026-11-05 09:10:33", DEN, "Thu", "-0700")
    subj = "Interview Confirmation - GIS Specialist (Recruitment #26-05581)"
    text1 = f"""Dear Marcus,

This letter confirms your interview for the GIS Specialist position with the {org}.

Date: Thursday, November 12, 2026
Time: 10:00 a.m. (please arrive by 9:45)
Length: approximately one hour
Location: 3500 Kipling Street, Building C, Wheat Ridge, CO 80033

Please check in at the front desk in Building C; visitor parking is in Lot 2 on the east side of the campus. You'll be interviewed by a panel made up of the Trails Program Manager, a Senior GIS Analyst and a Regional Planner. Please bring a list of three professional references.

If you are unable to attend, let me know as soon as possible so we can offer the time to another candidate.

Sincerely,
Renata Sokolov
Human Resources Specialist
{org}"""
    m1 = mid_gmail(*c.key("conf"))
    c.add("interview-confirmation-letter.eml", plain_mail(c.key("conf"), ren, [(OWNER_NAME, OWNER)], subj, sent1, text1,
                                                          m1, kind="alt", style="google", relay=relay))
    m2, data = owner_mail(c.key("wd"), [ren], "Withdrawal from consideration - GIS Specialist (#26-05581)",
                          at("2026-11-09 08:02:41", DEN, "Mon", "-0700"), """Dear Renata,

I have accepted another offer and must respectfully withdraw from the GIS Specialist recruitment. Please cancel my interview on Thursday, November 12.

Thank you, and please pass my thanks to the panel for their time.

Sincerely,
Marcus Delgado""", irt=m1, refs=m1)
    c.add("candidate-withdraws.eml", data)
    c.add("hr-acknowledges.eml", plain_mail(
        c.key("ack"), ren, [(OWNER_NAME, OWNER)], "Re: Withdrawal from consideration - GIS Specialist (#26-05581)",
        at("2026-11-09 10:48:19", DEN, "Mon", "-0700"),
        "Thanks for letting us know, Marcus. I've taken you off Thursday's schedule and withdrawn your application in "
        "the system. Congratulations on the new role, and best of luck.\n\nRenata", mid_gmail(*c.key("ack")), irt=m2,
        refs=f"{m1} {m2}", relay=relay))
    set_label(c, [iv(org, "GIS Specialist", s, e, "cancelled", [], [ren[1]], "onsite")],
              "medium", "positive/cancellation-candidate-withdrawal",
              "Interview confirmation letter (body only, MST -07:00), then the candidate withdraws and HR confirms "
              "removal -> cancelled at the confirmed time. Panel by title only -> follow-up to HR.")


# =========================================================================== output
TZ_POINTS = [
    (1, "Teams invite with TZID 'Mountain Standard Time' and display label '(UTC-07:00) Mountain Time' in September "
        "-> actual offset MDT -06:00."),
    (5, "Three Outlook invites with the same '(UTC-07:00)' label on Oct 6 -> MDT -06:00."),
    (6, "Arizona (America/Phoenix, no DST): TZID 'US Mountain Standard Time', '(UTC-07:00) Arizona'; 10:00 Arizona = "
        "11:00 Denver in October; label keeps -07:00."),
    (8, "'tomorrow at 2' resolved against a Wed Sep 16 -0600 Date header -> Thu Sep 17 14:00-06:00."),
    (16, "Washington DC (Eastern): mails dated EDT -0400 on Oct 28/29; the chosen slot Tue Nov 3 1:00 p.m. ET is after "
         "the Nov 1 change -> -05:00 (11:00 MST in Denver)."),
    (17, "'Monday at 9' written Fri Oct 30 -0600 -> Mon Nov 2 09:00-07:00 (US DST ended Sun Nov 1)."),
    (18, "Reschedule by SEQUENCE from Thu Oct 29 10:00 MDT (-06:00) to Thu Nov 5 10:00 MST (-07:00); same wall clock, "
         "different offset."),
    (22, "Standalone .ics with Windows TZID 'Mountain Standard Time' on Nov 10 -> MST -07:00."),
    (24, "Confirmation letter dated Nov 5 -0700 for Nov 12 10:00 -> -07:00."),
    (20, "Negative: jury report date Nov 16 07:45 MST (not an interview)."),
]


def write_all():
    for fn in [case01, case02, case03, case04, case05, case06, case07, case08, case09, case10, case11, case12,
               case13, case14, case15, case16, case17, case18, case19, case20, case21, case22, case23, case24]:
        fn()
    for old in sorted(ROOT.glob("b275-*")):
        if old.is_dir():
            shutil.rmtree(old)
    labels = {}
    for c in CASES:
        d = ROOT / c.folder
        d.mkdir()
        for name, data in c.items:
            (d / name).write_bytes(data)
        assert c.label is not None, c.folder
        dates = [parsedate_to_datetime(email.message_from_bytes(data).get("Date")) for name, data in c.items
                 if name.endswith(".eml")]
        assert dates == sorted(dates), (c.folder, dates)
        labels[c.folder] = c.label
    header = "# Labels for blind275 (written blind). Schema: /work/shared/eval/README.md\n"
    body = yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=110, default_flow_style=False)
    (ROOT / "labels.yaml").write_text(header + body, encoding="utf-8")
    write_readme(labels)


def write_readme(labels):
    pos = [k for k, v in labels.items() if v["interview"]]
    neg = [k for k, v in labels.items() if not v["interview"]]
    ivs = [i for v in labels.values() for i in v["interviews"]]
    by_status = {}
    by_kind = {}
    for i in ivs:
        by_status[i["status"]] = by_status.get(i["status"], 0) + 1
        by_kind[i["kind"]] = by_kind.get(i["kind"], 0) + 1
    fmt = lambda d: ", ".join(f"{k} {v}" for k, v in sorted(d.items()))  # noqa: E731
    lines = [
        "# blind275: US federal, state and local government hiring (written blind)",
        "",
        f"Mailbox owner: {OWNER_ADDR}, a GIS analyst / program analyst in Denver, Colorado (America/Denver).",
        "",
        "This set was written blind: only the eval README (schema and labelling rules), the head of the dev labels file and two dev "
        "items were read for format; no tool code, tests or other sets were consulted.",
        "",
        "## What it stresses",
        "- Public-sector hiring wording: USAJOBS / USA Staffing notices, NEOGOV (governmentjobs.com) confirmations, "
        "Colorado 'Notification of Results' and eligible lists, Workday at the City and County of Denver, structured "
        "panels with panelists named by title (no addresses) vs. with addresses, interview confirmation letters with "
        "reporting instructions, written exercises (part of an interview day vs. a separate take-home).",
        "- Agency Outlook/Teams invites with Windows TZIDs ('Mountain Standard Time', 'US Mountain Standard Time') and "
        "'(UTC-07:00)' labels that do not match the summer offset; Arizona (no DST); Washington DC Eastern time; the "
        "US DST end on Nov 1 2026 for relative dates, threads and reschedules.",
        "- Hard negatives that use interview vocabulary: referred status, notification of results, background-"
        "investigation subject interview, jury summons (questioning of jurors), DMV appointment, owner-organized "
        "candidate forum, owner on an intern interview panel, interview-prep webinar, availability request, "
        "scam 'federal' recruiter, tentative offer.",
        "",
        "## Counts",
        f"- Cases: {len(labels)} ({len(pos)} positive, {len(neg)} negative)",
        f"- Labelled interviews: {len(ivs)}; by status: {fmt(by_status)}; by kind: {fmt(by_kind)}",
        "",
        "## Formats",
        "- Agency Exchange/Teams meeting requests (multipart/alternative, base64 text/calendar, X-MICROSOFT-CDO-*)",
        "- Google Calendar invitations, a cancellation (METHOD:CANCEL) and a REPLY (multipart/mixed with invite.ics)",
        "- ATS/system mails: NEOGOV with .ics, Workday (base64 HTML), USAJOBS, USA Staffing, Zoom webinar with .ics",
        "- Human threads with In-Reply-To/References (text/plain and HTML, quoted-printable and base64)",
        "- Standalone .ics (case 22) and Calendar API events (.gcal.json, cases 14 and 23)",
        "",
        "## Time-zone / DST points",
    ]
    lines += [f"- Case {n:02d}: {t}" for n, t in sorted(TZ_POINTS)]
    lines += ["", "Regenerate with `python make_cases.py` (deterministic; rewrites all b275-* folders and labels.yaml).",
              ""]
    (ROOT / "README.md").write_text("\n".join(lines), encoding="utf-8")


if __name__ == "__main__":
    write_all()
