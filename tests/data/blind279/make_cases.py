#!/usr/bin/env python3
"""Generate the blind279 evaluation set (Auckland trades & civil engineering), written blind.

Deletes and rewrites every b279-* case folder plus labels.yaml and README.md next to this script.
Output is byte-identical on every run: all dates are fixed and every Message-ID, UID, boundary and
link token is derived from sha256 of a fixed seed. Standard library + PyYAML + zoneinfo only.
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
SEED = "blind279|auckland-trades-civil|2026"
OWNER = "hemi.walker@example.com"
OWNER_NAME = "Hemi Walker"
AKL = ZoneInfo("Pacific/Auckland")
SYD = ZoneInfo("Australia/Sydney")
PER = ZoneInfo("Australia/Perth")
UTC = timezone.utc
WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def h(*parts, n=16):
    return hashlib.sha256("|".join([SEED, *map(str, parts)]).encode("utf-8")).hexdigest()[:n]


def at(tz, y, mo, d, hh, mi, wd, off, ss=0):
    """Aware datetime with asserted weekday and UTC offset (hours)."""
    dt = datetime(y, mo, d, hh, mi, ss, tzinfo=tz)
    assert WD[dt.weekday()] == wd, (dt, WD[dt.weekday()], wd)
    assert dt.utcoffset() == timedelta(hours=off), (dt, dt.utcoffset(), off)
    return dt


def dst_checks():
    def off(tz, *a):
        return datetime(*a, tzinfo=tz).utcoffset()
    hrs = lambda x: timedelta(hours=x)
    # Auckland: NZDT ends Sun 5 Apr 2026 03:00, NZDT starts Sun 27 Sep 2026 02:00
    assert off(AKL, 2026, 4, 5, 1, 0) == hrs(13) and off(AKL, 2026, 4, 5, 4, 0) == hrs(12)
    assert off(AKL, 2026, 9, 27, 1, 59) == hrs(12) and off(AKL, 2026, 9, 27, 3, 0) == hrs(13)
    assert WD[datetime(2026, 9, 27).weekday()] == "Sun" and WD[datetime(2026, 4, 5).weekday()] == "Sun"
    # Sydney: AEST +10 until Sun 4 Oct 2026 02:00, then AEDT +11
    assert off(SYD, 2026, 10, 4, 1, 59) == hrs(10) and off(SYD, 2026, 10, 4, 3, 0) == hrs(11)
    assert off(SYD, 2026, 4, 5, 1, 0) == hrs(11) and off(SYD, 2026, 4, 5, 4, 0) == hrs(10)
    assert WD[datetime(2026, 10, 4).weekday()] == "Sun"
    # Perth: no DST
    for m in range(1, 13):
        assert off(PER, 2026, m, 15, 12, 0) == hrs(8)
    # US / EU-UK 2026 changes (not used by this set's events, asserted for completeness)
    ny, lon = ZoneInfo("America/New_York"), ZoneInfo("Europe/London")
    assert off(ny, 2026, 3, 8, 1, 0) == hrs(-5) and off(ny, 2026, 3, 8, 4, 0) == hrs(-4)
    assert off(ny, 2026, 11, 1, 0, 30) == hrs(-4) and off(ny, 2026, 11, 1, 3, 0) == hrs(-5)
    assert off(lon, 2026, 3, 29, 0, 30) == hrs(0) and off(lon, 2026, 3, 29, 2, 30) == hrs(1)
    assert off(lon, 2026, 10, 25, 0, 30) == hrs(1) and off(lon, 2026, 10, 25, 2, 30) == hrs(0)
    # the Auckland-Perth gap is 4 h before 27 Sep and 5 h after
    a = at(AKL, 2026, 9, 20, 19, 0, "Sun", 12)
    b = at(AKL, 2026, 10, 20, 19, 0, "Tue", 13)
    assert a.astimezone(PER).hour == 15 and b.astimezone(PER).hour == 14


# ----------------------------------------------------------------------------- headers / MIME
def A(name, email):
    return formataddr((name, email), charset="utf-8") if name else email


def S(subject):
    try:
        subject.encode("ascii")
        return subject
    except UnicodeEncodeError:
        return Header(subject, "utf-8").encode()


def t12(dt):
    return dt.strftime("%I:%M %p").lstrip("0")


def hm(dt):
    """7:30am / 9am / 2pm"""
    s = dt.strftime("%I:%M").lstrip("0")
    if s.endswith(":00"):
        s = s[:-3]
    return s + dt.strftime("%p").lower()


def boundary(style, key):
    x = h("boundary", key, n=28)
    if style == "google":
        return "000000000000" + x[:12]
    if style == "outlook":
        return "_000_" + x[:20].upper() + "SY4PR01MB" + x[20:24].upper() + "ausp_"
    return "----=_Part_" + str(int(x[:7], 16)) + "_" + str(int(x[7:14], 16)) + "." + str(int(x[14:24], 16))


def leaf(ctype, text=None, enc="quoted-printable", data=None, disp=None, extra=()):
    return {"t": "leaf", "ctype": ctype, "enc": enc,
            "data": data if data is not None else text.encode("utf-8"), "disp": disp, "extra": list(extra)}


def multi(sub, parts, key, style="part"):
    return {"t": "multi", "sub": sub, "parts": parts, "b": boundary(style, key)}


def plain(text, enc="quoted-printable", flowed=False):
    ct = 'text/plain; charset="UTF-8"' + ("; format=flowed; delsp=yes" if flowed else "")
    return leaf(ct, text, enc)


def htmlpart(doc, enc="quoted-printable"):
    return leaf('text/html; charset="UTF-8"', doc, enc)


def to_html(text, font="Arial,Helvetica,sans-serif", size="14px"):
    paras = []
    for p in text.strip("\n").split("\n\n"):
        paras.append("<p>" + html.escape(p, quote=False).replace("\n", "<br>\n") + "</p>")
    return ('<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            f'</head>\n<body><div style="font-family:{font};font-size:{size};color:#222">\n'
            + "\n".join(paras) + "\n</div></body></html>\n")


def alt(text, key, enc="quoted-printable", html_doc=None, style="part"):
    return multi("alternative", [plain(text, enc), htmlpart(html_doc or to_html(text), enc)], key, style)


def encode_payload(data, enc):
    if enc == "base64":
        return base64.encodebytes(data).decode("ascii").rstrip("\n")
    if enc == "quoted-printable":
        return quopri.encodestring(data).decode("ascii").rstrip("\n")
    return data.decode("utf-8").rstrip("\n")


def render(p):
    if p["t"] == "multi":
        hdr = [f'Content-Type: multipart/{p["sub"]}; boundary="{p["b"]}"']
        out = []
        for c in p["parts"]:
            ch, cb = render(c)
            out += [f'--{p["b"]}', *ch, "", cb]
        out.append(f'--{p["b"]}--')
        return hdr, "\n".join(out)
    hdr = [f'Content-Type: {p["ctype"]}', f'Content-Transfer-Encoding: {p["enc"]}']
    if p["disp"]:
        hdr.append(f'Content-Disposition: {p["disp"]}')
    return hdr + p["extra"], encode_payload(p["data"], p["enc"])


def ics_attachment(ics, name="invite.ics", method="REQUEST", ctype="application/ics"):
    if ctype == "application/ics":
        ct = f'application/ics; name="{name}"'
    else:
        ct = f'text/calendar; charset="UTF-8"; method={method}; name="{name}"'
    return leaf(ct, data=ics.encode("utf-8"), enc="base64", disp=f'attachment; filename="{name}"')


def calpart(ics, method="REQUEST"):
    return leaf(f'text/calendar; charset="UTF-8"; method={method}', data=ics.encode("utf-8"), enc="base64")


class Case:
    def __init__(self, num, slug):
        self.num, self.slug = num, slug
        self.id = f"b279-{num:02d}-{slug}"
        self.dir = OUT / self.id

    def mid(self, item, domain):
        return f"<{h(self.id, item, 'mid', n=24)}@{domain}>"

    def mail(self, fname, *, frm, to, date, subject, body, domain=None, mid=None, cc=None, reply_to=None,
             irt=None, refs=None, sender=None, extra=(), relay="mail"):
        mid = mid or self.mid(fname, domain)
        rid = h(self.id, fname, "rcv", n=12)
        ip = ".".join(str(int(h(self.id, fname, "ip", i, n=2), 16)) for i in range(4))
        lines = [f"Delivered-To: {OWNER}",
                 f"Received: from {relay}.{domain or 'mail.example'} ({relay}.{domain or 'mail.example'} [{ip}])",
                 f"        by mx1.example.com with ESMTPS id {rid}",
                 f"        for <{OWNER}>; {format_datetime(date.astimezone(UTC))}",
                 f"Date: {format_datetime(date)}",
                 f"From: {frm}"]
        if sender:
            lines.append(f"Sender: {sender}")
        if reply_to:
            lines.append(f"Reply-To: {reply_to}")
        lines.append(f"To: {to}")
        if cc:
            lines.append(f"Cc: {cc}")
        lines.append(f"Subject: {S(subject)}")
        lines.append(f"Message-ID: {mid}")
        if irt:
            lines.append(f"In-Reply-To: {irt}")
        if refs:
            lines.append("References: " + "\n ".join(refs))
        lines += list(extra)
        hdr, b = render(body)
        lines += ["MIME-Version: 1.0", *hdr, "", b, ""]
        self.write(fname, "\n".join(lines).encode("utf-8"))
        return mid

    def write(self, fname, data):
        assert fname[:2].isdigit() and fname[2] == "-", fname
        self.dir.mkdir(parents=True, exist_ok=True)
        (self.dir / fname).write_bytes(data)


# ----------------------------------------------------------------------------- iCalendar
def esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line):
    b = line.encode("utf-8")
    out, first = [], True
    while b:
        lim = 75 if first else 74
        if len(b) <= lim:
            out.append(b)
            break
        cut = lim
        while (b[cut] & 0xC0) == 0x80:
            cut -= 1
        out.append(b[:cut])
        b, first = b[cut:], False
    return b"\r\n ".join(out).decode("utf-8")


def ics_text(lines):
    return "".join(fold(l) + "\r\n" for l in lines)


def ut(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def lt(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


def cn(name):
    return f'"{name}"' if any(c in name for c in ',;:') else name


def att(name, email, partstat="NEEDS-ACTION", role="REQ-PARTICIPANT", rsvp="TRUE", google=False):
    if google:
        return (f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP={rsvp};"
                f"CN={cn(name)};X-NUM-GUESTS=0:mailto:{email}")
    return f"ATTENDEE;ROLE={role};PARTSTAT={partstat};RSVP={rsvp};CN={cn(name)}:mailto:{email}"


VTZ_AKL = ["BEGIN:VTIMEZONE", "TZID:Pacific/Auckland", "X-LIC-LOCATION:Pacific/Auckland",
           "BEGIN:DAYLIGHT", "TZOFFSETFROM:+1200", "TZOFFSETTO:+1300", "TZNAME:NZDT",
           "DTSTART:19700927T020000", "RRULE:FREQ=YEARLY;BYMONTH=9;BYDAY=-1SU", "END:DAYLIGHT",
           "BEGIN:STANDARD", "TZOFFSETFROM:+1300", "TZOFFSETTO:+1200", "TZNAME:NZST",
           "DTSTART:19700405T030000", "RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU", "END:STANDARD",
           "END:VTIMEZONE"]
VTZ_WIN_NZ = ["BEGIN:VTIMEZONE", "TZID:New Zealand Standard Time",
              "BEGIN:STANDARD", "DTSTART:16010101T030000", "TZOFFSETFROM:+1300", "TZOFFSETTO:+1200",
              "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=4", "END:STANDARD",
              "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+1200", "TZOFFSETTO:+1300",
              "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=9", "END:DAYLIGHT", "END:VTIMEZONE"]
VTZ_WIN_WA = ["BEGIN:VTIMEZONE", "TZID:W. Australia Standard Time",
              "BEGIN:STANDARD", "DTSTART:16010101T000000", "TZOFFSETFROM:+0800", "TZOFFSETTO:+0800",
              "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T000000", "TZOFFSETFROM:+0800",
              "TZOFFSETTO:+0800", "END:DAYLIGHT", "END:VTIMEZONE"]


def vcal(prodid, method, tz, ev, version_first=False):
    head = ["BEGIN:VCALENDAR"]
    if version_first:
        head += [f"METHOD:{method}"] if method else []
        head += [f"PRODID:{prodid}", "VERSION:2.0"]
    else:
        head += [f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
        head += [f"METHOD:{method}"] if method else []
    return ics_text(head + list(tz) + ["BEGIN:VEVENT"] + list(ev) + ["END:VEVENT", "END:VCALENDAR"])


# ----------------------------------------------------------------------------- Google Calendar invite
def google_when(s, e):
    return f"{s:%A} {s.day} {s:%b} {s.year} \u22c5 {hm(s)} \u2013 {hm(e)}"


def google_invite(c, fname, *, org, guests, summary, start, end, sent, desc, location="", seq=0,
                  meet=True, prefix="Invitation", domain="google.com"):
    """org=(name,email); guests=[(name,email)] incl. the owner (organizer listed first automatically)."""
    uid = h(c.id, fname, "gcal-uid", n=26) + "@google.com"
    meet_code = "-".join([h(c.id, fname, "meet", n=10)[i:j] for i, j in ((0, 3), (3, 7), (7, 10))])
    meet_code = "".join(ch if ch.isalpha() or ch == "-" else chr(ord("a") + int(ch)) for ch in meet_code)
    meet_url = f"https://meet.google.com/{meet_code}"
    full_desc = desc
    if meet:
        full_desc += ("\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
                      f"Join with Google Meet: {meet_url}\n\nLearn more about Meet at: "
                      "https://support.google.com/a/users/answer/9282720\n\nPlease do not edit this section.\n"
                      "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-")
    ev = [f"DTSTART;TZID=Pacific/Auckland:{lt(start)}", f"DTEND;TZID=Pacific/Auckland:{lt(end)}",
          f"DTSTAMP:{ut(sent)}", f"ORGANIZER;CN={cn(org[0])}:mailto:{org[1]}", f"UID:{uid}",
          att(org[0], org[1], "ACCEPTED", rsvp="TRUE", google=True)]
    ev += [att(n, e, google=True) for n, e in guests]
    if meet:
        ev.append(f"X-GOOGLE-CONFERENCE:{meet_url}")
    ev += [f"CREATED:{ut(sent)}", f"DESCRIPTION:{esc(full_desc)}", f"LAST-MODIFIED:{ut(sent)}",
           f"LOCATION:{esc(location)}", f"SEQUENCE:{seq}", "STATUS:CONFIRMED", f"SUMMARY:{esc(summary)}",
           "TRANSP:OPAQUE", "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder",
           "TRIGGER:-P0DT0H30M0S", "END:VALARM"]
    ics = vcal("-//Google Inc//Google Calendar 70.9054//EN", "REQUEST", VTZ_AKL, ev)
    eid = base64.urlsafe_b64encode(f"{uid.split('@')[0]} {OWNER}".encode()).decode().rstrip("=")
    when = google_when(start, end)
    glines = [f"{org[0]} - organiser"] + [n if n else e for n, e in guests]
    txt = [f"{prefix}: {summary}" if prefix != "Invitation" else "You have been invited to the following event.",
           "", summary, when, "New Zealand Time - Auckland", ""]
    if location:
        txt += ["Location", location,
                f"View map: https://www.google.com/maps/search/{location.replace(' ', '+').replace(',', '%2C')}", ""]
    if meet:
        txt += ["Join with Google Meet", meet_url, ""]
    txt += [desc, "", "Organiser", org[0], org[1], "", "Guests"] + glines
    txt += [f"View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid={eid}", "",
            f"Reply for {OWNER}",
            f"Yes https://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=1",
            f"No https://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=2",
            f"Maybe https://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=3", "",
            "Invitation from Google Calendar", "",
            f"You are receiving this email because you are an attendee on the event. To stop receiving future "
            f"updates for this event, decline this event.", "",
            "Forwarding this invitation could allow any recipient to send a response to the organiser, be added "
            "to the guest list, invite others regardless of their own invitation status, or modify your RSVP."]
    text = "\n".join(txt) + "\n"
    e_ = lambda s: html.escape(s, quote=False)
    hdoc = ['<!doctype html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>',
            '<body><div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">',
            f'<h2 style="font-size:22px;font-weight:400">{e_(summary)}</h2>',
            f'<table role="presentation"><tr><td style="color:#70757a;width:90px">When</td><td>{e_(when)} (New Zealand Time - Auckland)</td></tr>']
    if location:
        hdoc.append(f'<tr><td style="color:#70757a">Location</td><td>{e_(location)}</td></tr>')
    if meet:
        hdoc.append(f'<tr><td style="color:#70757a">Meeting link</td><td><a href="{meet_url}">{meet_url[8:]}</a></td></tr>')
    hdoc.append('<tr><td style="color:#70757a;vertical-align:top">Guests</td><td>'
                f'<a href="mailto:{org[1]}">{e_(org[0])}</a> - organiser<br>'
                + "<br>".join(f'<a href="mailto:{e}">{e_(n or e)}</a>' for n, e in guests) + "</td></tr></table>")
    hdoc.append('<div style="white-space:pre-wrap;padding-top:12px">' + e_(desc) + "</div>")
    hdoc.append(f'<p style="font-size:12px;color:#70757a">Reply for <a href="mailto:{OWNER}">{OWNER}</a>: '
                f'<a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid={eid}&amp;rst=1">Yes</a> '
                f'<a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid={eid}&amp;rst=2">No</a> '
                f'<a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid={eid}&amp;rst=3">Maybe</a></p>')
    hdoc.append('<p style="font-size:12px;color:#70757a">Invitation from Google Calendar</p></div></body></html>')
    body = multi("mixed", [
        multi("alternative", [plain(text, "quoted-printable"), htmlpart("\n".join(hdoc) + "\n"), calpart(ics)],
              c.id + fname + "alt", "google"),
        ics_attachment(ics)], c.id + fname + "mixed", "google")
    tzabbr = start.tzname()
    subject = (f"{prefix}: {summary} @ {start:%a} {start.day} {start:%b} {start.year} "
               f"{hm(start)} - {hm(end)} ({tzabbr}) ({OWNER})")
    mid = f"<calendar-{h(c.id, fname, 'gmid', n=8)}-{h(c.id, fname, 'gmid2', n=4)}-{h(c.id, fname, 'g3', n=4)}-" \
          f"{h(c.id, fname, 'g4', n=4)}-{h(c.id, fname, 'g5', n=12)}@google.com>"
    c.mail(fname, frm=A(org[0], org[1]), sender=A("Google Calendar", "calendar-notification@google.com"),
           reply_to=A(org[0], org[1]), to=A(OWNER_NAME, OWNER), date=sent, subject=subject, body=body,
           domain="google.com", mid=mid, relay="mail-sor-f41")
    return uid


# ----------------------------------------------------------------------------- Exchange / Teams invite
def teams_block(c, key):
    mtg = h(c.id, key, "teams", n=40)
    tid, oid = h(c.id, key, "tid", n=32), h(c.id, key, "oid", n=32)
    uuid = lambda x: f"{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:32]}"
    url = (f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mtg}%40thread.v2/0?context="
           f"%7b%22Tid%22%3a%22{uuid(tid)}%22%2c%22Oid%22%3a%22{uuid(oid)}%22%7d")
    num = str(int(h(c.id, key, "mid-num", n=12), 16))[:12]
    pc = h(c.id, key, "pc", n=6)
    text = ("_" * 80 + "\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\n"
            f"Click here to join the meeting<{url}>\nMeeting ID: {num[:3]} {num[3:6]} {num[6:9]} {num[9:12]}\n"
            f"Passcode: {pc}\nDownload Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | "
            "Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n" + "_" * 80)
    return url, text


def teams_invite(c, fname, *, org, required, summary, start, end, sent, body, wintz, vtz, label, seq=0,
                 method="REQUEST", uid_key=None, subject=None, optional=(), domain, cc=None):
    uid = "040000008200E00074C5B7101A82E00800000000" + h(c.id, uid_key or fname, "uid", n=16).upper() + \
          "000000000000000010000000" + h(c.id, uid_key or fname, "uid2", n=32).upper()
    url, tblock = teams_block(c, uid_key or fname)
    when = f"{start:%A}, {start.day} {start:%B} {start.year} {t12(start)}-{t12(end)} {label}."
    cancelled = method == "CANCEL"
    text = f"When: {when}\nWhere: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\n{body}\n"
    if not cancelled:
        text += "\n" + tblock + "\n"
    ev = [f"ORGANIZER;CN={cn(org[0])}:mailto:{org[1]}"]
    ev += [att(n, e, role="REQ-PARTICIPANT") for n, e in required]
    ev += [att(n, e, role="OPT-PARTICIPANT") for n, e in optional]
    ev += [f"DESCRIPTION;LANGUAGE=en-NZ:{esc(text)}", f"UID:{uid}",
           f"SUMMARY;LANGUAGE=en-NZ:{esc(('Canceled: ' if cancelled else '') + summary)}",
           f"DTSTART;TZID={wintz}:{lt(start)}", f"DTEND;TZID={wintz}:{lt(end)}", "CLASS:PUBLIC",
           "PRIORITY:1" if cancelled else "PRIORITY:5", f"DTSTAMP:{ut(sent)}", "TRANSP:OPAQUE",
           "STATUS:CANCELLED" if cancelled else "STATUS:CONFIRMED", f"SEQUENCE:{seq}",
           "LOCATION;LANGUAGE=en-NZ:Microsoft Teams Meeting",
           f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
           f"X-MICROSOFT-CDO-OWNERAPPTID:{-int(h(c.id, uid_key or fname, 'own', n=7), 16)}",
           "X-MICROSOFT-CDO-BUSYSTATUS:FREE" if cancelled else "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
           "X-MICROSOFT-CDO-INTENDEDSTATUS:FREE" if cancelled else "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
           "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:2" if cancelled else
           "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
           f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{url}",
           "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
           "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT", "X-MICROSOFT-LOCATIONDISPLAYNAME:Microsoft Teams Meeting"]
    if not cancelled:
        ev += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM"]
    ics = vcal("Microsoft Exchange Server 2010", method, vtz, ev, version_first=True)
    hdoc = to_html(text, font="Aptos,Calibri,sans-serif", size="11pt")
    body_part = multi("alternative", [plain(text), htmlpart(hdoc), calpart(ics, method)],
                      c.id + fname, "outlook")
    subj = subject or (("Canceled: " if cancelled else "") + summary)
    tix = base64.b64encode(bytes.fromhex(h(c.id, fname, "ti", n=44))).decode()
    host = "SY4PR01MB" + str(int(h(c.id, fname, "host", n=4), 16)).zfill(4)
    mid = f"<{host}{h(c.id, fname, 'omid', n=20).upper()}@{host}.ausprd01.prod.outlook.com>"
    extra = [f"Thread-Topic: {S(summary)}", f"Thread-Index: {tix}", "Accept-Language: en-NZ, en-US",
             "Content-Language: en-NZ", "X-MS-Has-Attach: ", "X-MS-TNEF-Correlator: ",
             "Content-class: urn:content-classes:calendarmessage",
             f"x-ms-exchange-calendar-series-instance-id: BAAAAIIA4AB0xbcQGoLgCAAAAAA{h(c.id, uid_key or fname, 'ser', n=20)}",
             "x-ms-publictraffictype: Email"]
    c.mail(fname, frm=A(org[0], org[1]), to=", ".join(A(n, e) for n, e in required), cc=cc, date=sent,
           subject=subj, body=body_part, domain=domain, mid=mid, extra=extra, relay="mail-sy4aus01on2100.outbound.protection")
    return uid


# ----------------------------------------------------------------------------- labels
LABELS = {}
TZNOTES = []
CASES = []


def iv(company, role, start, end, status, interviewers, followups, kind):
    assert kind in ("phone_screen", "technical", "onsite", "hiring_manager", "other")
    assert status in ("scheduled", "cancelled")
    return {"company": company, "role": role, "start": start.isoformat(),
            "end": end.isoformat() if end else None, "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(followups), "kind": kind}


def label(c, interviews, difficulty, category, notes):
    LABELS[c.id] = {"user": OWNER, "interview": bool(interviews), "interviews": interviews,
                    "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}


def tznote(c, text):
    TZNOTES.append((c.num, text))


def case(slug):
    def deco(fn):
        CASES.append((slug, fn))
        return fn
    return deco


HEMI = (OWNER_NAME, OWNER)


# ============================================================================= CASES
@case("seek-relay-phone-screen-tomorrow")
def c01(c):
    sent = at(AKL, 2026, 9, 15, 16, 42, "Tue", 12, 10)
    start = at(AKL, 2026, 9, 16, 14, 0, "Wed", 12)  # "tomorrow at 2pm"
    end = start + timedelta(minutes=20)
    aroha = "aroha.ngata@kowhaicivil.example"
    thread = h(c.id, "seek-thread", n=10)
    text = f"""SEEK

K\u014dwhai Civil Ltd has sent you a message
Site Engineer \u2013 Civil Infrastructure
Manukau & East Auckland, Auckland

Message from Aroha Ngata, Talent Acquisition Lead

Kia ora Hemi,

Great to speak with you briefly this morning, and thanks for getting your CV through so quickly.

As agreed, I've booked you in for a phone screen tomorrow at 2pm. I'll call you on the mobile number on your CV and it should take about 20 minutes. I'd like to hear about the Flat Bush stormwater job you ran, how you've handled ITPs and as-builts, and when you could start.

If anything changes, flick me an email direct at {aroha} rather than replying here \u2013 I don't check SEEK messages every day.

Ng\u0101 mihi,
Aroha Ngata
Talent Acquisition Lead | K\u014dwhai Civil Ltd
M 021 555 0148

View message on SEEK: https://www.seek.co.nz/messages/{thread}

You received this message because you applied for a job on SEEK. Replies are passed on to the hirer.
Privacy: https://www.seek.co.nz/privacy | Help centre: https://help.seek.co.nz
"""
    c.mail("01-seek-message-kowhai-civil.eml",
           frm=A("Aroha Ngata via SEEK", "messages@seek.co.nz"),
           reply_to=A("Aroha Ngata (K\u014dwhai Civil Ltd)", f"hirer-{thread}@reply.seek.co.nz"),
           to=A(OWNER_NAME, OWNER), date=sent, domain="seek.co.nz",
           subject="K\u014dwhai Civil Ltd sent you a message about Site Engineer \u2013 Civil Infrastructure",
           body=alt(text, c.id + "01"), relay="smtp-out3")
    label(c, [iv("K\u014dwhai Civil Ltd", "Site Engineer \u2013 Civil Infrastructure", start, end, "scheduled",
                 [aroha], [aroha], "phone_screen")],
          "medium", "positive/email-body-relative-date",
          "SEEK relay message (Tue 15 Sep, +1200): recruiter booked a phone screen 'tomorrow at 2pm', about 20 "
          "minutes -> Wed 16 Sep 14:00 NZST. Reply-To is a SEEK relay; the recruiter gives her direct address "
          "in the text and conducts the screen herself.")
    tznote(c, "Date header Tue 15 Sep 2026 +1200 (NZST); 'tomorrow at 2pm' = Wed 16 Sep 14:00+12:00.")


@case("seek-job-alert-interviewing-now")
def c02(c):
    sent = at(AKL, 2026, 9, 17, 6, 5, "Thu", 12)
    jobs = [
        ("Site Engineer \u2013 Roading", "Waitemat\u0101 Roading & Surfacing", "North Shore, Auckland",
         "$95,000 \u2013 $110,000 + vehicle", "Interviewing this week \u2013 apply now!"),
        ("Civil Site Engineer (3 Waters)", "Tui Ridge Contractors", "Papakura, Auckland",
         "$100k + ute + phone", "Immediate start. Shortlisted applicants will be invited to a site visit."),
        ("Assistant Project Engineer", "Pukeko Bridges Ltd", "Wiri, Auckland", "Competitive",
         "Grad or 2\u20133 years' experience. Interviews from Monday."),
        ("Site Engineer \u2013 Subdivisions", "Huia Land Development", "Drury, Auckland",
         "$105,000 \u2013 $120,000", "Be on site from day one \u2013 earthworks, drainage, pavements."),
        ("Quantity Surveyor / Site Engineer", "Kahu Civil", "Whang\u0101rei, Northland", "$90k \u2013 $105k",
         "Relocation assistance available."),
    ]
    lines = ["SEEK", "", "9 new jobs for \"site engineer\" in All Auckland", "Thursday 17 September 2026", ""]
    for t, co, loc, pay, blurb in jobs:
        jid = str(int(h(c.id, t, n=8), 16))[:8]
        lines += [t, co, loc, pay, blurb, f"https://www.seek.co.nz/job/{jid}?type=standout&ref=jobmail", ""]
    lines += ["+ 4 more jobs: https://www.seek.co.nz/site-engineer-jobs/in-All-Auckland?daterange=1", "",
              "Tips: Getting ready for an interview? Read our guide to the questions site engineers get asked.",
              "https://www.seek.co.nz/career-advice/article/interview-questions-for-engineers", "",
              "You're receiving this JobMail because you saved a search on SEEK.",
              "Manage JobMail: https://www.seek.co.nz/my-activity/saved-searches | Unsubscribe", ""]
    text = "\n".join(lines)
    rows = "".join(
        f'<tr><td style="padding:12px 0;border-bottom:1px solid #ddd"><a href="https://www.seek.co.nz/job/'
        f'{str(int(h(c.id, t, n=8), 16))[:8]}?type=standout&amp;ref=jobmail" style="font-weight:bold;color:#2e3849">'
        f'{html.escape(t)}</a><br>{html.escape(co)}<br><span style="color:#666">{html.escape(loc)} &middot; '
        f'{html.escape(pay)}</span><br>{html.escape(blurb)}</td></tr>\n' for t, co, loc, pay, blurb in jobs)
    hdoc = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>JobMail</title></head><body '
            'style="font-family:SeekSans,Arial,sans-serif"><table width="600" align="center">\n'
            '<tr><td><img src="https://www.seek.co.nz/content/images/logo-jobmail.png" alt="SEEK"></td></tr>\n'
            '<tr><td><h1 style="font-size:22px">9 new jobs for &quot;site engineer&quot; in All Auckland</h1></td></tr>\n'
            + rows + '<tr><td style="font-size:12px;color:#666;padding-top:16px">Getting ready for an interview? '
            '<a href="https://www.seek.co.nz/career-advice/article/interview-questions-for-engineers">Read our guide'
            '</a>.<br>You&#39;re receiving this JobMail because you saved a search on SEEK.</td></tr></table>'
            '</body></html>\n')
    c.mail("01-seek-jobmail.eml", frm=A("SEEK JobMail", "jobmail@s.seek.co.nz"), to=OWNER, date=sent,
           domain="s.seek.co.nz", subject="9 new site engineer jobs in All Auckland \u2013 some interviewing this week",
           body=multi("alternative", [plain(text, "base64"), htmlpart(hdoc, "base64")], c.id),
           extra=["List-Unsubscribe: <https://www.seek.co.nz/unsubscribe?t=" + h(c.id, "unsub", n=20) + ">",
                  "Precedence: bulk"], relay="mta-14")
    label(c, [], "easy", "negative/job-alert",
          "SEEK JobMail digest; mentions 'interviewing this week', 'site visit' and an interview-tips link but "
          "books nothing.")


@case("auckland-council-panel-teams")
def c03(c):
    sent = at(AKL, 2026, 9, 29, 9, 14, "Tue", 13, 22)
    start = at(AKL, 2026, 10, 7, 10, 0, "Wed", 13)
    end = start + timedelta(hours=1)
    ana = ("Ana Faleolo", "ana.faleolo@aucklandcouncil.example")
    panel = [("R\u0101wiri Paora", "rawiri.paora@aucklandcouncil.example"),
             ("Jessica Liang", "jessica.liang@aucklandcouncil.example"),
             ("Tania Brooker", "tania.brooker@aucklandcouncil.example")]
    body = """T\u0113n\u0101 koe Hemi,

Nau mai, haere mai \u2013 thank you for applying for the Site Engineer \u2013 Healthy Waters & Flood Resilience role. We'd like to invite you to a panel interview on Microsoft Teams.

Your panel:
\u2022 R\u0101wiri Paora \u2013 Principal Engineer, Capital Delivery
\u2022 Jessica Liang \u2013 Team Leader, Stormwater Works
\u2022 Tania Brooker \u2013 People & Culture Advisor

The k\u014drero will run for about an hour. Expect a mix of behavioural and technical questions, including a scenario about managing a contractor on a live stormwater upgrade in a residential street. You are welcome to bring a support person or wh\u0101nau member \u2013 just let me know beforehand so I can add them to the invitation.

I'm looking after the logistics only and won't be on the call. Please accept the invitation so we know the time suits.

Ng\u0101 mihi nui,
Ana Faleolo
Recruitment Coordinator | Auckland Council
Te Kaunihera o T\u0101maki Makaurau"""
    teams_invite(c, "01-teams-panel-invite.eml", org=ana, required=[HEMI] + panel,
                 summary="Interview \u2013 Hemi Walker \u2013 Site Engineer, Healthy Waters & Flood Resilience",
                 start=start, end=end, sent=sent, body=body, wintz="New Zealand Standard Time", vtz=VTZ_WIN_NZ,
                 label="(UTC+12:00) Auckland, Wellington", domain="aucklandcouncil.example")
    em = [e for _, e in panel]
    label(c, [iv("Auckland Council", "Site Engineer \u2013 Healthy Waters & Flood Resilience", start, end, "scheduled",
                 em, em, "onsite")],
          "medium", "positive/exchange-teams-panel",
          "Exchange/Teams invite with te reo greeting; three-person panel -> onsite. Windows TZID 'New Zealand "
          "Standard Time' and the '(UTC+12:00)' label, but 7 Oct is NZDT so 10:00 = +13:00. Coordinator "
          "organises only.")
    tznote(c, "Windows TZID 'New Zealand Standard Time' with '(UTC+12:00) Auckland, Wellington' label; Wed 7 Oct "
              "2026 is after NZDT start, so 10:00 local = 10:00+13:00 (21:00Z Tue 6 Oct).")


@case("drug-alcohol-test-booking")
def c04(c):
    sent = at(AKL, 2026, 11, 2, 10, 31, "Mon", 13)
    start = at(AKL, 2026, 11, 4, 7, 45, "Wed", 13)
    end = start + timedelta(minutes=30)
    text = f"""Kia ora Hemi,

Kauri Coast Contracting Ltd has booked a pre-employment drug and alcohol screen for you.

Appointment: Wednesday 4 November 2026, 7:45am
Clinic: TestSafe East T\u0101maki, Unit 4, 88 Harris Road, East T\u0101maki, Auckland 2013
Booking reference: TS-{int(h(c.id, 'ref', n=6), 16) % 900000 + 100000}

What to bring
- Photo ID (NZ driver licence or passport). We can't test you without it.
- A list of any prescription or over-the-counter medication you've taken in the past week.

On the day
- The screen takes 20\u201330 minutes and includes a breath alcohol test and an instant urine test (AS/NZS 4308).
- Please don't drink large amounts of water beforehand.
- Non-negative instant results are sent to a laboratory for confirmation; this can take 2\u20133 working days.

Results are released to the employer only, with your consent. If you need to change your booking, call us on 0800 555 837 at least 24 hours ahead.

Ng\u0101 mihi,
TestSafe Bookings Team
"""
    ev = [f"UID:{h(c.id, 'uid', n=20)}@testsafe.example", f"DTSTAMP:{ut(sent)}",
          f"DTSTART;TZID=Pacific/Auckland:{lt(start)}", f"DTEND;TZID=Pacific/Auckland:{lt(end)}",
          "SUMMARY:Pre-employment drug & alcohol test \u2013 TestSafe East T\u0101maki",
          "LOCATION:" + esc("Unit 4, 88 Harris Road, East T\u0101maki, Auckland 2013"),
          "DESCRIPTION:" + esc("Pre-employment screen requested by Kauri Coast Contracting Ltd. Bring photo ID."),
          "ORGANIZER;CN=TestSafe Bookings:mailto:bookings@testsafe.example",
          att(OWNER_NAME, OWNER, rsvp="FALSE"), "STATUS:CONFIRMED", "SEQUENCE:0"]
    ics = vcal("-//TestSafe NZ//Booking System 4.2//EN", "REQUEST", VTZ_AKL, ev)
    c.mail("01-testsafe-booking.eml", frm=A("TestSafe Bookings", "bookings@testsafe.example"), to=OWNER,
           date=sent, domain="testsafe.example",
           subject="Booking confirmed: pre-employment drug & alcohol test \u2013 Wed 4 Nov, 7:45am",
           body=multi("mixed", [alt(text, c.id + "alt"), ics_attachment(ics, "appointment.ics", ctype="text/calendar")],
                      c.id + "mixed"))
    label(c, [], "medium", "negative/drug-alcohol-test",
          "Pre-employment drug and alcohol test booked by a testing provider on behalf of a contractor, with an "
          ".ics attachment and the owner as attendee. An appointment, not an interview.")


@case("totara-site-interview-ppe")
def c05(c):
    sent = at(AKL, 2026, 9, 23, 14, 2, "Wed", 12, 41)
    start = at(AKL, 2026, 10, 1, 7, 30, "Thu", 13)
    end = at(AKL, 2026, 10, 1, 9, 0, "Thu", 13)
    craig = ("Craig Henare", "craig.henare@totaraearthworks.example")
    sina = ("Sina Tuiasosopo", "sina.tuiasosopo@totaraearthworks.example")
    desc = """Kia ora Hemi,

Thanks for sending your CV through. Here's the invite for your interview with me and Sina Tuiasosopo (Senior Project Engineer). We'll sit down in the smoko room for the first part, then walk the Stage 3 bulk earthworks with you for the last 40 minutes or so.

PPE: steel-capped boots, long pants and a hi-vis vest. We'll sort you a hard hat and glasses at the gate. Sign in at the site office when you arrive \u2013 the gate opens at 7.

Park on the gravel pad to the left of the gate, not on Quarry Road.

Cheers,
Craig Henare
Project Manager, T\u014dtara Earthworks
021 555 0177"""
    google_invite(c, "01-invitation-site-interview.eml", org=craig, guests=[sina, HEMI],
                  summary="Interview + site walk \u2013 Hemi Walker (Site Engineer)", start=start, end=end, sent=sent,
                  desc=desc, meet=False,
                  location="T\u014dtara Earthworks site office, Drury South Stage 3, 120 Quarry Road, Drury 2579")
    label(c, [iv("T\u014dtara Earthworks", "Site Engineer", start, end, "scheduled",
                 [craig[1], sina[1]], [craig[1], sina[1]], "onsite")],
          "medium", "positive/google-invite-site-visit",
          "Google Calendar invitation for an in-person interview followed by a site walk (PPE note) - one "
          "interview with two interviewers. Invite sent in NZST for an event after the NZDT change.")
    tznote(c, "Invite sent Wed 23 Sep 2026 +1200 (NZST) for Thu 1 Oct 07:30 NZDT (+13:00); VTIMEZONE Pacific/Auckland.")


@case("manukau-weather-reschedule")
def c06(c):
    s1 = at(AKL, 2026, 10, 7, 11, 48, "Wed", 13, 5)
    old = at(AKL, 2026, 10, 13, 9, 0, "Tue", 13)
    s2 = at(AKL, 2026, 10, 12, 15, 20, "Mon", 13, 33)
    s3 = at(AKL, 2026, 10, 12, 16, 5, "Mon", 13, 12)
    new = at(AKL, 2026, 10, 15, 9, 0, "Thu", 13)
    priya = ("Priya Ramanathan", "priya.ramanathan@manukaudrainage.example")
    dave = ("Dave Kereama", "dave.kereama@manukaudrainage.example")
    role = "Site Engineer (Wastewater)"
    uid = f"ja-int-{h(c.id, 'uid', n=12)}@jobadder.com"
    loc = "Wiri Station Rd wastewater upgrade \u2013 site office (container by gate 2), 61 Wiri Station Road, Manukau"

    def ja_ics(start, seq, stamp):
        ev = [f"UID:{uid}", f"SEQUENCE:{seq}", f"DTSTAMP:{ut(stamp)}",
              f"DTSTART;TZID=Pacific/Auckland:{lt(start)}",
              f"DTEND;TZID=Pacific/Auckland:{lt(start + timedelta(hours=1))}",
              f"SUMMARY:{esc('Interview: Hemi Walker - ' + role)}", f"LOCATION:{esc(loc)}",
              "DESCRIPTION:" + esc(f"Interview with {dave[0]}, Site Manager. Steel-capped boots and hi-vis required "
                                   "- site walk after the interview."),
              f"ORGANIZER;CN={priya[0]}:mailto:{priya[1]}", att(dave[0], dave[1], "ACCEPTED"),
              att(OWNER_NAME, OWNER), "STATUS:CONFIRMED"]
        return vcal("-//JobAdder//Interview Scheduler 3.0//EN", "REQUEST", VTZ_AKL, ev)

    footer = "\n--\nSent via JobAdder on behalf of Manukau Drainage & Civil Ltd. Replies go to the sender.\n"
    t1 = f"""Hi Hemi,

Thanks for your interest in the {role} position with Manukau Drainage & Civil. I'm pleased to confirm your interview:

Date: Tuesday 13 October 2026
Time: 9:00am \u2013 10:00am
Location: {loc}
Interviewer: {dave[0]}, Site Manager

Please wear steel-capped boots and bring a hi-vis vest \u2013 after the interview Dave will take you through the trench shoring set-up on the Wiri job. A calendar file is attached.

Kind regards,
Priya Ramanathan
HR & Recruitment Advisor | Manukau Drainage & Civil Ltd
09 555 0142
""" + footer
    m1 = c.mail("01-jobadder-interview-confirmation.eml", frm=A(priya[0] + " via JobAdder", "notifications@jobadder.com"),
                reply_to=A(*priya), to=A(OWNER_NAME, OWNER), date=s1, domain="jobadder.com",
                subject=f"Interview confirmation \u2013 {role} \u2013 Manukau Drainage & Civil",
                body=multi("mixed", [alt(t1, c.id + "a1"), ics_attachment(ja_ics(old, 0, s1), "interview.ics",
                                                                          ctype="text/calendar")], c.id + "m1"))
    t2 = """Gidday Hemi,

Dave from Manukau Drainage here. MetService has put out an orange heavy rain warning for Auckland from tonight through to tomorrow afternoon, and we've stood the crew down on the Wiri job. The trench will be full of water and there's no point dragging you out to stand in the rain.

Can we push it to Thursday the 15th, same time \u2013 9am? Forecast looks clear from Wednesday night. Priya will send you an updated invite.

Sorry for the short notice.

Dave Kereama
Site Manager \u2013 Manukau Drainage & Civil
021 555 0163
"""
    m2 = c.mail("02-dave-weather-change.eml", frm=A(*dave), to=A(OWNER_NAME, OWNER), cc=A(*priya), date=s2,
                domain="manukaudrainage.example", subject="Tomorrow's interview \u2013 weather",
                body=plain(t2, "7bit" if t2.isascii() else "8bit"))
    t3 = f"""Hi Hemi,

Your interview has been rescheduled because of the weather warning. Updated details:

Date: Thursday 15 October 2026
Time: 9:00am \u2013 10:00am
Location: {loc}
Interviewer: {dave[0]}, Site Manager

Same PPE as before (steel caps and hi-vis). The attached calendar update replaces the original booking.

Kind regards,
Priya Ramanathan
HR & Recruitment Advisor | Manukau Drainage & Civil Ltd
""" + footer
    c.mail("03-jobadder-updated-interview.eml", frm=A(priya[0] + " via JobAdder", "notifications@jobadder.com"),
           reply_to=A(*priya), to=A(OWNER_NAME, OWNER), date=s3, domain="jobadder.com",
           subject=f"Updated: Interview confirmation \u2013 {role} \u2013 Manukau Drainage & Civil",
           irt=m1, refs=[m1],
           body=multi("mixed", [alt(t3, c.id + "a3"), ics_attachment(ja_ics(new, 1, s3), "interview.ics",
                                                                     ctype="text/calendar")], c.id + "m3"))
    label(c, [iv("Manukau Drainage & Civil Ltd", role, new, new + timedelta(hours=1), "scheduled",
                 [dave[1]], [dave[1]], "hiring_manager")],
          "medium", "positive/reschedule-weather",
          "JobAdder confirmation (.ics, SEQUENCE 0) for Tue 13 Oct 09:00; site manager moves it to Thu 15 Oct "
          "because of a heavy-rain warning; JobAdder update with the same UID and SEQUENCE 1. One interview at "
          "the final time; PPE/site walk is part of it.")


@case("site-safe-passport-course")
def c07(c):
    sent = at(AKL, 2026, 9, 25, 12, 10, "Fri", 12)
    start = at(AKL, 2026, 10, 10, 8, 0, "Sat", 13)
    end = at(AKL, 2026, 10, 10, 15, 30, "Sat", 13)
    text = """Kia ora Hemi,

You're booked in. Here are the details for your course:

Course: Site Safe Foundation Passport (1 day, face to face)
Date: Saturday 10 October 2026
Time: 8:00am \u2013 3:30pm (please arrive 15 minutes early)
Venue: Site Safe Training Centre, Level 1, 5 Carmont Place, Penrose, Auckland

Please bring:
- Photo ID
- Your lunch (tea and coffee provided)
- A pen

The course covers risk management, hazard identification, working at height and the Health and Safety at Work Act. There's a short assessment at the end of the day, and your Passport card will be posted to you within ten working days.

Need to cancel or transfer? Let us know at least 3 working days before the course or a fee may apply.

Ng\u0101 mihi,
Bookings team
"""
    ev = [f"UID:{h(c.id, 'uid', n=18)}@bookings.sitesafe.example", f"DTSTAMP:{ut(sent)}",
          f"DTSTART;TZID=Pacific/Auckland:{lt(start)}", f"DTEND;TZID=Pacific/Auckland:{lt(end)}",
          "SUMMARY:Site Safe Foundation Passport course", "LOCATION:" + esc("Level 1, 5 Carmont Place, Penrose, Auckland"),
          "DESCRIPTION:" + esc("Bring photo ID, lunch and a pen. Assessment at the end of the day."),
          "ORGANIZER;CN=Site Safe Bookings:mailto:bookings@sitesafe.example", att(OWNER_NAME, OWNER, rsvp="FALSE"),
          "STATUS:CONFIRMED", "SEQUENCE:0"]
    ics = vcal("-//Site Safe//Course Bookings//EN", "REQUEST", VTZ_AKL, ev)
    c.mail("01-site-safe-booking.eml", frm=A("Site Safe Bookings", "bookings@sitesafe.example"), to=OWNER, date=sent,
           domain="sitesafe.example", subject="Course booking confirmed \u2013 Foundation Passport, Sat 10 Oct 2026",
           body=multi("mixed", [alt(text, c.id + "alt", enc="base64"), ics_attachment(ics, "course.ics")], c.id + "mx"))
    label(c, [], "easy", "negative/training-course",
          "Site Safe Foundation Passport course booking with .ics (owner as attendee); a training course with an "
          "assessment, not an interview.")
    tznote(c, "Course Sat 10 Oct 2026 08:00 NZDT (+13:00), booked from a +1200 Date header.")


@case("perth-mining-video-5h-gap")
def c08(c):
    sent = at(PER, 2026, 10, 14, 11, 20, "Wed", 8, 47)
    start = at(PER, 2026, 10, 20, 14, 0, "Tue", 8)
    end = start + timedelta(hours=1)
    assert start.astimezone(AKL).hour == 19 and start.astimezone(AKL).utcoffset() == timedelta(hours=13)
    liam = ("Liam Doyle", "liam.doyle@pilbaraironstone.example")
    bron = ("Bronwyn Hales", "bronwyn.hales@pilbaraironstone.example")
    body = """G'day Hemi,

Thanks for your application for the Civil Site Engineer (FIFO 8/6) role at our Mount Edith operation. Bronwyn is keen to get into the technical side with you.

This is a 60-minute technical interview on Teams with Bronwyn Hales, Civil Superintendent. Expect questions on haul road design and maintenance, bulk earthworks QA (compaction testing, NDM, proof rolling) and how you'd manage earthmoving contractors on a remote site.

A note on time zones: the invite is in Perth time (AWST). 2:00pm here is 7:00pm in Auckland \u2013 with NZ on daylight saving you're now five hours ahead of us, not four. Shout out if the evening slot doesn't work.

I'm only organising and won't be joining.

Cheers,
Liam Doyle
Talent Acquisition Partner | Pilbara Ironstone
+61 8 5550 2291"""
    teams_invite(c, "01-teams-technical-interview.eml", org=liam, required=[HEMI, bron],
                 summary="Pilbara Ironstone \u2013 Technical interview \u2013 Civil Site Engineer (FIFO)",
                 start=start, end=end, sent=sent, body=body, wintz="W. Australia Standard Time", vtz=VTZ_WIN_WA,
                 label="(UTC+08:00) Perth", domain="pilbaraironstone.example")
    label(c, [iv("Pilbara Ironstone", "Civil Site Engineer (FIFO 8/6)", start, end, "scheduled",
                 [bron[1]], [bron[1]], "technical")],
          "medium", "positive/exchange-teams-cross-timezone",
          "Teams invite in 'W. Australia Standard Time' (+08:00, no DST): 14:00 AWST = 19:00 NZDT, the "
          "five-hour gap after NZ daylight saving. Recruiter only organises.")
    tznote(c, "Perth (AWST +08:00, no DST) Tue 20 Oct 14:00 = 19:00 NZDT; gap is 5 h after 27 Sep (4 h before). "
              "Date header +0800.")


@case("sydney-propose-confirm-aedt")
def c09(c):
    s1 = at(SYD, 2026, 9, 24, 15, 10, "Thu", 10, 4)
    s2 = at(AKL, 2026, 9, 25, 8, 2, "Fri", 12, 51)
    s3 = at(SYD, 2026, 9, 25, 9, 40, "Fri", 10, 19)
    start = at(SYD, 2026, 10, 6, 10, 0, "Tue", 11)
    end = start + timedelta(minutes=45)
    assert start.astimezone(AKL).hour == 12
    at(SYD, 2026, 10, 2, 10, 0, "Fri", 10)  # the unchosen option, still AEST
    sophie = ("Sophie Marchetti", "sophie.marchetti@harbourline.example")
    greg = ("Greg Walsh", "greg.walsh@harbourline.example")
    subj = "Harbourline \u2013 Site Engineer (Rail Civils) \u2013 next step"
    t1 = """Hi Hemi,

Thanks for applying for the Site Engineer (Rail Civils) role on our Parramatta stabling yard package. Greg Walsh, our Project Director, would like to meet you over a video call \u2013 allow about 45 minutes.

He has two windows:
  - Friday 2 October, 10:00am Sydney time, or
  - Tuesday 6 October, 10:00am Sydney time

Let me know which suits and I'll lock it in. Happy to talk through relocation support on the call as well.

Kind regards,
Sophie Marchetti
Talent Partner | Harbourline Constructors Pty Ltd
+61 2 5550 1842
"""
    m1 = c.mail("01-sophie-proposes-times.eml", frm=A(*sophie), to=A(OWNER_NAME, OWNER), date=s1,
                domain="harbourline.example", subject=subj, body=alt(t1, c.id + "1"))
    quoted = "\n".join("> " + l if l else ">" for l in t1.rstrip("\n").split("\n"))
    t2 = f"""Kia ora Sophie,

Tuesday 6 October at 10am Sydney time works well for me. Looking forward to meeting Greg.

Cheers,
Hemi Walker
021 555 0102

On Thu, 24 Sept 2026 at 5:10\u202fPM Sophie Marchetti <{sophie[1]}> wrote:
{quoted}
"""
    m2 = c.mail("02-hemi-picks-tuesday.eml", frm=A(OWNER_NAME, OWNER), to=A(*sophie), date=s2,
                domain="example.com", subject="Re: " + subj, irt=m1, refs=[m1], body=plain(t2, "quoted-printable"))
    t3 = f"""Hi Hemi,

Great \u2013 you're locked in with Greg for Tuesday 6 October, 10:00\u201310:45am Sydney time. I've copied him in here.

Heads-up as we're both changing clocks: NZ goes forward this Sunday (27th) and NSW moves to daylight saving the Sunday after (4 October), so 10am AEDT on the 6th is 12 noon for you in Auckland. Greg will send a Teams link the day before.

Kind regards,
Sophie
"""
    c.mail("03-sophie-confirms.eml", frm=A(*sophie), to=A(OWNER_NAME, OWNER), cc=A(*greg), date=s3,
           domain="harbourline.example", subject="Re: " + subj, irt=m2, refs=[m1, m2], body=alt(t3, c.id + "3"))
    label(c, [iv("Harbourline Constructors", "Site Engineer (Rail Civils)", start, end, "scheduled",
                 [greg[1]], [greg[1]], "hiring_manager")],
          "hard", "positive/thread-propose-confirm-dst",
          "Recruiter proposes two Sydney-time slots, owner picks Tuesday 6 Oct, recruiter confirms 10:00-10:45 "
          "Sydney time with the Project Director in Cc. Both NZ (27 Sep) and NSW (4 Oct) change clocks between "
          "the mails and the interview: 10:00 AEDT (+11) = 12:00 NZDT.")
    tznote(c, "Mails dated +1000 (AEST) and +1200 (NZST); interview Tue 6 Oct 10:00 AEDT (+11:00) after the 4 Oct "
              "Sydney change = 12:00 NZDT. The unchosen Fri 2 Oct option would have been AEST +10:00.")


@case("owner-sits-on-grad-panel")
def c10(c):
    sent = at(AKL, 2026, 11, 2, 8, 40, "Mon", 13, 2)
    start = at(AKL, 2026, 11, 5, 13, 0, "Thu", 13)
    end = start + timedelta(minutes=45)
    ben = ("Ben Harris", "ben.harris@moanacivil.example")
    desc = """Hemi \u2013 sending this to your personal email as IT still hasn't sorted your work login after the laptop swap.

Can you take the practical questions (TMPs, ITPs, dealing with subbies)? I'll cover the behavioural stuff and the intro. Jack's CV and the question sheet are in the Grad Recruitment folder on SharePoint. He'll be in Meeting Room 2 at Ellerslie; we can both just walk over from the site office.

Ben"""
    google_invite(c, "01-invitation-grad-interview.eml", org=ben,
                  guests=[HEMI, ("Jack Thompson", "jack.thompson@student.example")],
                  summary="Interview: Jack Thompson \u2013 Graduate Site Engineer", start=start, end=end, sent=sent,
                  desc=desc, meet=False, location="Moana Civil \u2013 Meeting Room 2, 40 Hugo Lane, Ellerslie")
    label(c, [], "hard", "negative/user-is-interviewer",
          "Google invite from the owner's current colleague: the owner sits on the panel interviewing a graduate "
          "candidate. Not an interview where the owner is the candidate.")


@case("wellington-screen-then-technical")
def c11(c):
    s1 = at(AKL, 2026, 9, 18, 10, 3, "Fri", 12, 37)
    i1 = at(AKL, 2026, 9, 22, 11, 0, "Tue", 12)
    s2 = at(AKL, 2026, 9, 24, 16, 22, "Thu", 12, 5)
    s3 = at(AKL, 2026, 9, 25, 9, 15, "Fri", 12, 44)
    i2 = at(AKL, 2026, 10, 8, 13, 30, "Thu", 13)
    kirsty = ("Kirsty Bell", "kirsty.bell@wcc.example")
    andrew = ("Andrew Pita", "andrew.pita@wcc.example")
    role = "Site Engineer \u2013 Transport Capital Works"
    t1 = f"""Kia ora Hemi,

Thank you for applying for the {role} role (ref WCC-4471) with Te Kaunihera o P\u014dneke | Wellington City Council.

I'm confirming our phone screen for Tuesday 22 September at 11:00am. I'll call you on 021 555 0102 and we'll need around 30 minutes. We'll cover your experience, what's drawing you to Wellington, and practical things such as salary expectations and relocation.

Ng\u0101 mihi,
Kirsty Bell
Senior Recruitment Advisor | People and Capability
Wellington City Council
"""
    m1 = c.mail("01-kirsty-phone-screen.eml", frm=A(*kirsty), to=A(OWNER_NAME, OWNER), date=s1, domain="wcc.example",
                subject=f"Phone screen \u2013 {role} (WCC-4471)", body=alt(t1, c.id + "1"))
    t2 = f"""Kia ora Hemi,

Thanks for the k\u014drero on Tuesday \u2013 it was great to hear about the Tamaki Drive resurfacing work.

The next step is a technical interview with Andrew Pita, Principal Transport Engineer, on Thursday 8 October from 1:30pm to 2:30pm. It'll be on Google Meet and Andrew will send the calendar invitation himself. Andrew will share a set of drawings on the call, so a laptop is better than a phone.

Any questions in the meantime, just reply here.

Ng\u0101 mihi,
Kirsty
"""
    c.mail("02-kirsty-next-step.eml", frm=A(*kirsty), to=A(OWNER_NAME, OWNER), cc=A(*andrew), date=s2,
           domain="wcc.example", subject=f"Re: Phone screen \u2013 {role} (WCC-4471)", irt=m1, refs=[m1],
           body=alt(t2, c.id + "2", enc="base64"))
    desc = """Kia ora Hemi,

Technical interview for the Site Engineer \u2013 Transport Capital Works role. I'll share drawings for a bus priority and cycleway upgrade and we'll talk through staging, temporary traffic management and quality records. No preparation needed beyond having a laptop handy.

Ng\u0101 mihi,
Andrew Pita
Principal Transport Engineer, Wellington City Council"""
    google_invite(c, "03-invitation-technical-interview.eml", org=andrew, guests=[HEMI],
                  summary="Technical interview \u2013 Hemi Walker \u2013 Site Engineer (Transport)", start=i2,
                  end=i2 + timedelta(hours=1), sent=s3, desc=desc, meet=True)
    label(c, [iv("Wellington City Council", role, i1, i1 + timedelta(minutes=30), "scheduled",
                 [kirsty[1]], [kirsty[1]], "phone_screen"),
              iv("Wellington City Council", role, i2, i2 + timedelta(hours=1), "scheduled",
                 [andrew[1]], [andrew[1]], "technical")],
          "hard", "positive/two-interviews-across-dst",
          "Two interviews in one case: recruiter phone screen Tue 22 Sep 11:00 (NZST, body only) and a technical "
          "interview Thu 8 Oct 13:30-14:30 (NZDT) announced in mail 02 and by Google invite 03 (same interview).")
    tznote(c, "Two interviews either side of the NZ change: Tue 22 Sep 11:00+12:00 and Thu 8 Oct 13:30+13:00 "
              "(invite sent from a +1200 Date header).")


@case("rangitoto-interview-day-loop")
def c12(c):
    s0 = at(AKL, 2026, 10, 20, 13, 5, "Tue", 13, 10)
    day = lambda hh, mm: at(AKL, 2026, 10, 28, hh, mm, "Wed", 13)
    ella = ("Ella McKenzie", "ella.mckenzie@rangitotopipelines.example")
    hamish = ("Hamish Crowe", "hamish.crowe@rangitotopipelines.example")
    losa = ("Losa Fonoti", "losa.fonoti@rangitotopipelines.example")
    role = "Site Engineer \u2013 Watermains"
    t0 = f"""Hi Hemi,

We're looking forward to having you in for the interview day for the {role} role on Wednesday 28 October. Here's how the morning will run:

 9:00 \u2013 9:45am     Interview with Hamish Crowe, Construction Manager (Albany office, 12 Tawa Drive)
 10:00 \u2013 10:45am   Technical session with Losa Fonoti, Senior Project Engineer (same room)
 11:00am \u2013 12:00pm Site walk with Hamish \u2013 Hobsonville Road watermain renewal (about 10 minutes away; Hamish will drive you in the ute)

PPE for the site walk: steel-capped boots, long trousers and long sleeves. We'll supply the hi-vis, hard hat and glasses. If you don't have boots, let me know your size by Monday and we'll have a pair ready.

You'll get a separate calendar invitation from me for each session. Feel free to bring examples of your work \u2013 Losa is particularly interested in as-built and QA documentation.

Kind regards,
Ella McKenzie
People Coordinator | Rangitoto Pipelines
09 555 0120
"""
    c.mail("01-ella-interview-day-itinerary.eml", frm=A(*ella), to=A(OWNER_NAME, OWNER), date=s0,
           domain="rangitotopipelines.example", subject="Your interview day at Rangitoto Pipelines \u2013 Wed 28 Oct",
           body=alt(t0, c.id + "0"))
    sessions = [
        ("02-invitation-hamish-interview.eml", "Interview day 1/3: Hemi Walker with Hamish Crowe", day(9, 0),
         day(9, 45), [hamish, HEMI], "Rangitoto Pipelines, 12 Tawa Drive, Albany, Auckland 0632",
         "First session of your interview day \u2013 a conversation with Hamish about your experience and the "
         "watermain renewal programme."),
        ("03-invitation-losa-technical.eml", "Interview day 2/3: Technical session with Losa Fonoti", day(10, 0),
         day(10, 45), [losa, HEMI], "Rangitoto Pipelines, 12 Tawa Drive, Albany, Auckland 0632",
         "Technical session: pressure testing, disinfection and tie-ins, ITPs and as-builts. Bring examples if "
         "you have them."),
        ("04-invitation-site-walk.eml", "Interview day 3/3: Site walk \u2013 Hobsonville Rd watermain", day(11, 0),
         day(12, 0), [hamish, HEMI], "Hobsonville Road watermain renewal \u2013 site compound opposite 310 Hobsonville Road",
         "Site walk with Hamish to finish the interview day. PPE: steel caps, long trousers, long sleeves. "
         "Hi-vis, hard hat and glasses supplied. Hamish will drive you from the Albany office."),
    ]
    for i, (fn, summ, st, en, guests, loc, desc) in enumerate(sessions):
        google_invite(c, fn, org=ella, guests=guests, summary=summ, start=st, end=en,
                      sent=s0 + timedelta(minutes=5 + i, seconds=13 * i), desc=desc, meet=False, location=loc)
    em = [hamish[1], losa[1]]
    label(c, [iv("Rangitoto Pipelines", role, day(9, 0), day(12, 0), "scheduled", em, em, "onsite")],
          "hard", "positive/onsite-loop-several-invites",
          "Itinerary e-mail plus three Google invites (interview, technical session, site walk with PPE) on one "
          "day -> one onsite interview 09:00-12:00 with both interviewers; the coordinator organises only.")


@case("scam-fifo-telegram-interview")
def c13(c):
    sent = at(PER, 2026, 10, 31, 2, 14, "Sat", 8, 9)
    text = """Dear Candidate,

CONGRATULATIONS!! Your CV on SEEK has been shortlisted for the position of FIFO Civil Site Engineer with Oceania Resources Group, Western Australia.

Package: AUD $185,000 per annum + return flights + free camp accommodation
Roster: 2 weeks on / 1 week off

Your online interview will be conducted by text chat on the Telegram app with our Hiring Manager Mr. Daniel Wong on Monday 2 November at 10:00am (Perth time). Kindly add him on Telegram: @OceaniaHR_DanielWong and send the message "FIFO-CSE-2291" to start.

IMPORTANT: all successful candidates must pay NZD $480 for Australian work visa processing and site medical before the induction. This is fully refunded in your first pay. Payment details will be given after the interview.

Positions are filling very quickly, please respond within 24 hours to secure your interview slot.

Best Regards,
Recruitment Department
Oceania Resources Group Pty Ltd
"""
    c.mail("01-urgent-fifo-interview-selection.eml",
           frm=A("Oceania Resources Recruitment", "oceania.resources.hr@freemail.example"),
           reply_to="daniel.wong.recruit@freemail.example", to=OWNER, date=sent, domain="freemail.example",
           subject="URGENT: FIFO Civil Site Engineer \u2013 AUD $185,000 + flights \u2013 Interview Selection",
           body=plain(text, "7bit"))
    label(c, [], "hard", "negative/scam",
          "Recruitment scam: free-mail sender, Telegram 'text chat interview' with a stated time, upfront visa "
          "fee. Not a real interview even though a time is given.")


@case("christchurch-panel-cancelled")
def c14(c):
    s1 = at(AKL, 2026, 10, 22, 14, 30, "Thu", 13, 18)
    s2 = at(AKL, 2026, 10, 30, 11, 5, "Fri", 13, 40)
    start = at(AKL, 2026, 11, 3, 10, 0, "Tue", 13)
    end = start + timedelta(hours=1)
    nikki = ("Nikki Shaw", "nikki.shaw@ccc.example")
    paul = ("Paul Rennie", "paul.rennie@ccc.example")
    mei = ("Mei Chen", "mei.chen@ccc.example")
    summ = "Panel interview \u2013 Site Engineer, Three Waters \u2013 Hemi Walker"
    b1 = """Kia ora Hemi,

Thank you for your application for the Site Engineer \u2013 Three Waters role with \u014ctautahi Christchurch City Council. We'd like to invite you to a panel interview with Paul Rennie (Head of Three Waters Delivery) and Mei Chen (Senior Engineer, Wastewater).

The interview will be on Teams and will take about an hour. The panel will send through a short written scenario ten minutes before the start \u2013 there's nothing to prepare in advance.

Please accept this invitation to confirm. If the time doesn't work, reply and I'll find another.

Ng\u0101 mihi,
Nikki Shaw
Talent Acquisition Advisor | Christchurch City Council"""
    teams_invite(c, "01-teams-panel-invite.eml", org=nikki, required=[HEMI, paul, mei], summary=summ, start=start,
                 end=end, sent=s1, body=b1, wintz="New Zealand Standard Time", vtz=VTZ_WIN_NZ,
                 label="(UTC+12:00) Auckland, Wellington", domain="ccc.example", uid_key="panel")
    b2 = """Kia ora Hemi,

I'm sorry to let you know we need to cancel Tuesday's interview. The Site Engineer \u2013 Three Waters role has been put on hold while the Council finalises its Annual Plan budget, so we're pausing recruitment for now.

We'll be in touch if the role is re-released. Thanks for your patience, and apologies for the inconvenience.

Ng\u0101 mihi,
Nikki"""
    teams_invite(c, "02-teams-cancellation.eml", org=nikki, required=[HEMI, paul, mei], summary=summ, start=start,
                 end=end, sent=s2, body=b2, wintz="New Zealand Standard Time", vtz=VTZ_WIN_NZ,
                 label="(UTC+12:00) Auckland, Wellington", domain="ccc.example", uid_key="panel", seq=1,
                 method="CANCEL")
    em = [paul[1], mei[1]]
    label(c, [iv("Christchurch City Council", "Site Engineer \u2013 Three Waters", start, end, "cancelled", em, em,
                 "onsite")],
          "medium", "positive/cancellation",
          "Teams panel invite for Tue 3 Nov 10:00 NZDT, then METHOD:CANCEL (same UID, SEQUENCE 1) because the role "
          "is on hold. Kept as one cancelled panel interview.")
    tznote(c, "Windows 'New Zealand Standard Time' / '(UTC+12:00)' label; Tue 3 Nov 10:00 is NZDT (+13:00).")


@case("tasman-roading-email-and-gcal-json")
def c15(c):
    s1 = at(AKL, 2026, 9, 18, 15, 47, "Fri", 12, 30)
    start = at(AKL, 2026, 9, 29, 15, 0, "Tue", 13)
    end = start + timedelta(minutes=45)
    grace = ("Grace Whitehead", "grace.whitehead@tasmanroading.example")
    steve = ("Steve Moriarty", "steve.moriarty@tasmanroading.example")
    t1 = f"""Hi Hemi,

Thanks for applying for the Site Engineer (Roading & Surfacing) role. Steve Moriarty, our Operations Manager, would like to meet you in person at our Penrose office, 18 Kiln Street, on Tuesday 29 September at 3pm. Allow about 45 minutes.

I've put it in the calendar so you should see an invite from me shortly. Please bring your driver licence \u2013 some of our site roles need a class 2. Reception will give me a call when you arrive and I'll bring you through to Steve.

Regards,
Grace Whitehead
HR Advisor | Tasman Roading Ltd
09 555 0188
"""
    c.mail("01-grace-interview-details.eml", frm=A(*grace), to=A(OWNER_NAME, OWNER), date=s1,
           domain="tasmanroading.example", subject="Interview \u2013 Site Engineer (Roading & Surfacing)",
           body=alt(t1, c.id + "1"))
    eid = h(c.id, "event", n=26)
    created = s1 + timedelta(minutes=3)
    ev = {
        "kind": "calendar#event",
        "etag": f"\"{int(h(c.id, 'etag', n=12), 16)}\"",
        "id": eid,
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid="
                    + base64.urlsafe_b64encode(f"{eid} {OWNER}".encode()).decode().rstrip("="),
        "created": created.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "updated": (created + timedelta(minutes=41)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + "412Z",
        "summary": "Interview \u2013 Hemi Walker / Steve Moriarty (Site Engineer)",
        "description": "In-person interview with Steve Moriarty, Operations Manager. Bring driver licence. "
                       "Ask for Grace at reception.",
        "location": "Tasman Roading Ltd, 18 Kiln Street, Penrose, Auckland 1061",
        "creator": {"email": grace[1], "displayName": grace[0]},
        "organizer": {"email": grace[1], "displayName": grace[0]},
        "start": {"dateTime": start.isoformat(), "timeZone": "Pacific/Auckland"},
        "end": {"dateTime": end.isoformat(), "timeZone": "Pacific/Auckland"},
        "iCalUID": f"{eid}@google.com",
        "sequence": 0,
        "attendees": [
            {"email": grace[1], "displayName": grace[0], "organizer": True, "responseStatus": "accepted"},
            {"email": steve[1], "displayName": steve[0], "responseStatus": "accepted"},
            {"email": OWNER, "displayName": OWNER_NAME, "self": True, "responseStatus": "accepted"},
        ],
        "guestsCanInviteOthers": False,
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    c.write("02-interview-tasman-roading.gcal.json",
            (json.dumps(ev, indent=2, ensure_ascii=False) + "\n").encode("utf-8"))
    label(c, [iv("Tasman Roading Ltd", "Site Engineer (Roading & Surfacing)", start, end, "scheduled",
                 [steve[1]], [steve[1]], "hiring_manager")],
          "medium", "positive/dedupe-email-and-gcal-json",
          "HR e-mail (sent in NZST) plus a Calendar API event for the same in-person interview on Tue 29 Sep, the "
          "first weekday after the NZDT change -> one interview at 15:00+13:00. HR only greets.")
    tznote(c, "Mail Fri 18 Sep +1200; event Tue 29 Sep 15:00 (2 days after NZDT start) = 15:00+13:00 in the "
              "Calendar API JSON.")


@case("jobadder-availability-link")
def c16(c):
    sent = at(AKL, 2026, 10, 26, 9, 12, "Mon", 13, 55)
    tom = ("Tom Eruera", "tom.eruera@kererucivil.example")
    tok = h(c.id, "book", n=22)
    text = f"""Kia ora Hemi,

Thanks for applying for the Site Engineer role with Ker\u0113r\u016b Civil. We'd like to set up an interview with our Civil Works Manager, Mike Sutton.

Please pick a time that suits you using the link below. Slots are 45 minutes and available between Tuesday 3 and Thursday 5 November, 9am to 4pm.

Book your interview: https://app.jobadder.com/interviews/book/{tok}

If none of those times work, reply with two or three options and I'll see what I can do. Once you've booked you'll get a calendar invitation with the address and parking details.

Ng\u0101 mihi,
Tom Eruera
Recruitment Consultant | Ker\u0113r\u016b Civil
"""
    c.mail("01-jobadder-book-a-time.eml", frm=A(tom[0] + " via JobAdder", "notifications@jobadder.com"),
           reply_to=A(*tom), to=A(OWNER_NAME, OWNER), date=sent, domain="jobadder.com",
           subject="Ker\u0113r\u016b Civil \u2013 book a time for your Site Engineer interview",
           body=alt(text, c.id))
    label(c, [], "medium", "negative/availability-request",
          "JobAdder self-scheduling link with a window of slots; nothing is booked yet.")


@case("employment-hero-utc-ics")
def c17(c):
    sent = at(AKL, 2026, 11, 3, 10, 30, "Tue", 13, 3)
    start = at(AKL, 2026, 11, 9, 8, 30, "Mon", 13)
    end = start + timedelta(minutes=45)
    assert ut(start) == "20261108T193000Z"
    mel = ("Mel Tapsell", "mel.tapsell@pohutukawabuilders.example")
    nate = ("Nate Ruawai", "nate.ruawai@pohutukawabuilders.example")
    role = "Site Engineer \u2013 Residential & Light Commercial"
    text = f"""Hi Hemi,

P\u014dhutukawa Builders has invited you to an interview for {role}.

When: Monday, 9 November 2026, 8:30 AM \u2013 9:15 AM (Pacific/Auckland)
Where: P\u014dhutukawa Builders site office, 7 Matipo Lane, Hobsonville Point, Auckland
Interviewer: {nate[0]}, Construction Manager ({nate[1]})

You'll be on an active site, so boots and a hi-vis are required \u2013 the office is the first portacom inside the gate.

Add this interview to your calendar using the attached file. If you need to change the time, contact {mel[0]} at {mel[1]}.

Good luck!
The Employment Hero team on behalf of P\u014dhutukawa Builders

This email was sent from a notification-only address. Please don't reply directly.
"""
    hdoc = ('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="background:#f4f4f7;'
            'font-family:Helvetica,Arial,sans-serif"><table width="560" align="center" style="background:#fff;'
            'padding:24px"><tr><td><img src="https://cdn.employmenthero.com/email/eh-logo.png" alt="Employment Hero" '
            'height="28"></td></tr><tr><td>' + "".join(
                "<p>" + html.escape(p, quote=False).replace("\n", "<br>") + "</p>"
                for p in text.strip().split("\n\n")) + "</td></tr></table></body></html>\n")
    ev = [f"UID:eh-interview-{h(c.id, 'uid', n=20)}@employmenthero.com", f"DTSTAMP:{ut(sent)}",
          f"DTSTART:{ut(start)}", f"DTEND:{ut(end)}",
          f"SUMMARY:{esc('Interview: ' + role + ' - Pōhutukawa Builders')}",
          f"LOCATION:{esc('7 Matipo Lane, Hobsonville Point, Auckland')}",
          f"DESCRIPTION:{esc('Interview with ' + nate[0] + ', Construction Manager. Boots and hi-vis required on site.')}",
          f"ORGANIZER;CN={mel[0]}:mailto:{mel[1]}", att(nate[0], nate[1], "ACCEPTED"), att(OWNER_NAME, OWNER),
          "STATUS:CONFIRMED", "SEQUENCE:0"]
    ics = vcal("-//Employment Hero//Hiring//EN", "REQUEST", [], ev)
    c.mail("01-employment-hero-interview-invite.eml",
           frm=A("P\u014dhutukawa Builders via Employment Hero", "no-reply@employmenthero.com"), to=OWNER, date=sent,
           domain="employmenthero.com", subject=f"Interview invitation: {role}",
           body=multi("mixed", [multi("alternative", [plain(text, "base64"), htmlpart(hdoc, "base64")], c.id + "alt"),
                                ics_attachment(ics, "interview.ics", ctype="text/calendar")], c.id + "mx"))
    label(c, [iv("P\u014dhutukawa Builders", role, start, end, "scheduled", [nate[1]], [nate[1]], "hiring_manager")],
          "medium", "positive/ats-email-with-utc-ics",
          "Employment Hero invitation (base64 HTML) from a no-reply address with a UTC .ics "
          "(DTSTART 20261108T193000Z = Mon 9 Nov 08:30 NZDT, the day differs in UTC). Interviewer address given.")
    tznote(c, ".ics in UTC: 2026-11-08T19:30Z = Mon 9 Nov 08:30+13:00 (UTC date is the previous day).")


@case("trade-me-thursday-arvo")
def c18(c):
    s1 = at(AKL, 2026, 10, 19, 12, 34, "Mon", 13, 20)
    s2 = at(AKL, 2026, 10, 19, 19, 10, "Mon", 13, 2)
    s3 = at(AKL, 2026, 10, 19, 20, 2, "Mon", 13, 47)
    start = at(AKL, 2026, 10, 22, 15, 0, "Thu", 13)  # "Thursday arvo, say 3"
    jono = ("Jono Tipene", "jono@mataidrainage.example")
    lid = str(int(h(c.id, "listing", n=10), 16))[:10]
    t1 = f"""Hi Hemi,

You've got a new message about your application.

Listing: Site Engineer \u2013 Drainage & Civil (#{lid})
From: Jono Tipene, M\u0101tai Drainage & Excavation

"Kia ora Hemi, saw your application come through \u2013 good to see someone who's done a bit of drainlaying before going to uni. Keen to have a yarn. You free Thursday arvo, say 3? Come down to the yard, 14 Springs Road, East T\u0101maki. Give us a bell on 021 555 0190 or flick me an email at {jono[1]}. Cheers, Jono"

Reply on Trade Me: https://www.trademe.co.nz/a/jobs/applications/{lid}/messages

Trade Me Jobs
Please don't reply to this email \u2013 replies aren't monitored.
"""
    c.mail("01-trademe-message.eml", frm=A("Trade Me Jobs", "noreply@trademe.co.nz"), to=A(OWNER_NAME, OWNER),
           date=s1, domain="trademe.co.nz",
           subject="New message about your application: Site Engineer \u2013 Drainage & Civil",
           body=alt(t1, c.id + "1"))
    t2 = """Kia ora Jono,

Thanks for getting in touch. Thursday at 3 is sweet as \u2013 I'll see you at the yard on Springs Road.

Cheers,
Hemi Walker
021 555 0102
"""
    m2 = c.mail("02-hemi-to-jono.eml", frm=A(OWNER_NAME, OWNER), to=A(*jono), date=s2, domain="example.com",
                subject="Thursday arvo \u2013 Site Engineer role", body=plain(t2, "quoted-printable"))
    t3 = """Good as gold Hemi. Wear your boots, we'll have a wander round the yard and maybe out to the Ormiston job if there's time. Ask for me at the office, it's the blue portacom.

Jono

Sent from my iPhone
"""
    c.mail("03-jono-confirms.eml", frm=A(*jono), to=A(OWNER_NAME, OWNER), date=s3, domain="mataidrainage.example",
           subject="Re: Thursday arvo \u2013 Site Engineer role", irt=m2, refs=[m2], body=plain(t3, "7bit"))
    label(c, [iv("M\u0101tai Drainage & Excavation", "Site Engineer \u2013 Drainage & Civil", start, None, "scheduled",
                 [jono[1]], [jono[1]], "hiring_manager")],
          "hard", "positive/relay-propose-confirm-relative",
          "Trade Me relay (no-reply) carries the employer's 'Thursday arvo, say 3?'; the owner confirms directly and "
          "the employer confirms. Mon 19 Oct -> Thu 22 Oct 15:00 NZDT, no duration stated.")
    tznote(c, "'Thursday arvo, say 3' against Mon 19 Oct 2026 +1300 -> Thu 22 Oct 15:00+13:00.")


@case("cpeng-assessment-interview")
def c19(c):
    sent = at(AKL, 2026, 11, 4, 14, 15, "Wed", 13, 26)
    start = at(AKL, 2026, 11, 18, 9, 30, "Wed", 13)
    end = at(AKL, 2026, 11, 18, 11, 30, "Wed", 13)
    text = """T\u0113n\u0101 koe Hemi,

Your Chartered Professional Engineer (CPEng) assessment interview has been scheduled.

Date: Wednesday 18 November 2026
Time: 9:30am \u2013 11:30am
Format: Online via Microsoft Teams (link to follow from your assessment panel)
Assessors: Dr Helen Marsh CPEng (Lead Assessor) and Wiremu Kingi CPEng (Practice Area Assessor)

The interview is a professional review of your competence against the twelve elements of the competence standard, using the work samples and self-review you submitted. Please have photo ID ready to show at the start of the call, along with your original work samples.

If you cannot attend, contact the Registration team at least 10 working days beforehand. Late changes may incur a rescheduling fee.

Ng\u0101 mihi,
Registration Team
Engineering New Zealand Te Ao Rangahau
"""
    ev = [f"UID:{h(c.id, 'uid', n=20)}@engineeringnz.example", f"DTSTAMP:{ut(sent)}",
          f"DTSTART;TZID=Pacific/Auckland:{lt(start)}", f"DTEND;TZID=Pacific/Auckland:{lt(end)}",
          "SUMMARY:CPEng assessment interview \u2013 Hemi Walker", "LOCATION:Microsoft Teams (link to follow)",
          "DESCRIPTION:" + esc("Professional competence assessment interview for CPEng registration. Have photo ID "
                               "and original work samples ready."),
          "ORGANIZER;CN=Engineering New Zealand Registration:mailto:registration@engineeringnz.example",
          att(OWNER_NAME, OWNER), "STATUS:CONFIRMED", "SEQUENCE:0"]
    ics = vcal("-//Engineering New Zealand//Registration//EN", "REQUEST", VTZ_AKL, ev)
    c.mail("01-cpeng-assessment-scheduled.eml",
           frm=A("Engineering New Zealand Registration", "registration@engineeringnz.example"),
           to=A(OWNER_NAME, OWNER), date=sent, domain="engineeringnz.example",
           subject="Your CPEng assessment interview \u2013 Wed 18 November 2026",
           body=multi("mixed", [alt(text, c.id), ics_attachment(ics, "cpeng-interview.ics")], c.id + "mx"))
    label(c, [], "hard", "negative/non-job-interview",
          "Professional registration (CPEng) assessment interview with a time, assessors and .ics - a non-job "
          "interview like visa/admissions interviews.")


@case("rejection-after-interview")
def c20(c):
    sent = at(AKL, 2026, 11, 6, 16, 45, "Fri", 13, 11)
    olivia = ("Olivia Grant", "olivia.grant@tuatarainfra.example")
    text = """Hi Hemi,

Thank you for coming in to meet Marcus and me on Monday, and for the time you put into preparing. We enjoyed hearing about the culvert replacements you delivered on SH16.

After a lot of discussion we've decided to progress with a candidate who has more bridge and structures experience, which is a big part of the Northern Corridor package over the next two years. This was a close call, and it's no reflection on your site experience.

We'd like to keep your details on file for upcoming civil roles, and I'd encourage you to apply again when our Drury roading works are advertised early next year.

All the best with your search.

Kind regards,
Olivia Grant
Talent Manager | Tuatara Infrastructure
"""
    c.mail("01-tuatara-outcome.eml", frm=A(*olivia), to=A(OWNER_NAME, OWNER), date=sent, domain="tuatarainfra.example",
           subject="Your interview for Site Engineer \u2013 Northern Corridor", body=alt(text, c.id, enc="base64"))
    label(c, [], "medium", "negative/rejection",
          "Rejection that refers to a past interview ('on Monday') without booking anything.")


@case("whenua-geotech-standalone-ics")
def c21(c):
    stamp = at(AKL, 2026, 11, 5, 11, 2, "Thu", 13, 40)
    start = at(AKL, 2026, 11, 12, 13, 0, "Thu", 13)
    end = start + timedelta(hours=1)
    reb = ("Rebecca Moore", "rebecca.moore@whenuageotech.example")
    kiri = ("Kiri Hohaia", "kiri.hohaia@whenuageotech.example")
    desc = ("Technical interview \u2013 Site Engineer (Geotechnical).\n\nRebecca Moore (Principal Geotechnical "
            "Engineer) and Kiri Hohaia (Senior Engineering Geologist) will run through a retaining wall and ground "
            "improvement scenario, then talk about your site testing experience (scala penetrometer, shear vane, "
            "plate load tests).\n\nLevel 2, 30 Normanby Road, Mt Eden. Visitor parking behind the building.")
    ev = [f"DTSTART;TZID=Pacific/Auckland:{lt(start)}", f"DTEND;TZID=Pacific/Auckland:{lt(end)}",
          f"DTSTAMP:{ut(stamp)}", f"ORGANIZER;CN={reb[0]}:mailto:{reb[1]}",
          f"UID:{h(c.id, 'uid', n=26)}@google.com",
          att(reb[0], reb[1], "ACCEPTED", google=True), att(kiri[0], kiri[1], "ACCEPTED", google=True),
          att(OWNER_NAME, OWNER, "ACCEPTED", google=True),
          f"CREATED:{ut(stamp)}", f"DESCRIPTION:{esc(desc)}", f"LAST-MODIFIED:{ut(stamp + timedelta(hours=2))}",
          "LOCATION:" + esc("Whenua Geotech, Level 2, 30 Normanby Road, Mt Eden, Auckland 1024"), "SEQUENCE:0",
          "STATUS:CONFIRMED", "SUMMARY:" + esc("Whenua Geotech \u2013 technical interview (Hemi Walker)"),
          "TRANSP:OPAQUE"]
    c.write("01-whenua-geotech-interview.ics",
            vcal("-//Google Inc//Google Calendar 70.9054//EN", "REQUEST", VTZ_AKL, ev).encode("utf-8"))
    em = [reb[1], kiri[1]]
    label(c, [iv("Whenua Geotech", "Site Engineer (Geotechnical)", start, end, "scheduled", em, em, "technical")],
          "easy", "positive/standalone-ics",
          "Standalone .ics (TZID Pacific/Auckland with VTIMEZONE) for a technical interview with two interviewers.")
    tznote(c, "Standalone .ics, TZID Pacific/Auckland, Thu 12 Nov 13:00 = +13:00 (00:00Z).")


@case("offer-with-site-induction")
def c22(c):
    sent = at(AKL, 2026, 11, 10, 17, 20, "Tue", 13, 15)
    lisa = ("Lisa Norton", "lisa.norton@kauricoast.example")
    text = """Kia ora Hemi,

Great news \u2013 following your interviews and a clear drug and alcohol result, we're delighted to offer you the role of Site Engineer with Kauri Coast Contracting.

The key terms:
- Salary: $102,000 per annum, plus company ute, fuel card and phone
- Start date: Monday 16 November 2026
- Reporting to: Grant Ellis, Project Manager \u2013 Silverdale Interchange

Your first morning is the site induction at our Silverdale yard at 6:45am with our Health & Safety Advisor. Please bring your own steel-capped boots and your Site Safe Passport; we'll issue your hi-vis, hard hat, glasses and gloves on the day.

The formal letter of offer and employment agreement are on their way via DocuSign. You're welcome to seek independent advice before signing \u2013 we'd appreciate an answer by Friday 13 November.

Sweet as, and welcome aboard (we hope!).

Ng\u0101 mihi,
Lisa Norton
General Manager \u2013 People | Kauri Coast Contracting Ltd
"""
    c.mail("01-kauri-coast-offer.eml", frm=A(*lisa), to=A(OWNER_NAME, OWNER), date=sent, domain="kauricoast.example",
           subject="Offer of employment \u2013 Site Engineer \u2013 Kauri Coast Contracting",
           body=alt(text, c.id))
    label(c, [], "medium", "negative/offer-with-induction",
          "Job offer with a first-day site induction time and PPE note; neither the offer nor the induction is "
          "an interview.")


@case("perth-one-way-video")
def c23(c):
    sent = at(PER, 2026, 11, 12, 9, 0, "Thu", 8, 4)
    deadline = at(PER, 2026, 11, 16, 23, 59, "Mon", 8)
    assert deadline.astimezone(AKL).strftime("%a %d %H:%M") == "Tue 17 04:59"
    tok = h(c.id, "tok", n=24)
    text = f"""Hi Hemi,

Goldfields Haulage would like you to complete a one-way video interview for the Civil Engineer \u2013 Haul Roads (Kalgoorlie, FIFO) role.

- 5 questions, up to 2 minutes to answer each
- 30 seconds thinking time per question, one re-record allowed
- No one from Goldfields Haulage will be on the call; your recorded answers are reviewed by the hiring team afterwards

Please complete it by Monday 16 November, 11:59pm AWST (Perth time) \u2013 that's 4:59am Tuesday in New Zealand.

Start your video interview: https://app.clipscreen.example/i/{tok}

Tips: find a quiet spot, check your camera and microphone first, and use Chrome or Safari.

The Clipscreen team, on behalf of Goldfields Haulage
"""
    c.mail("01-clipscreen-video-interview.eml", frm=A("Goldfields Haulage via Clipscreen", "no-reply@clipscreen.example"),
           to=OWNER, date=sent, domain="clipscreen.example",
           subject="Action required: your video interview for Goldfields Haulage", body=alt(text, c.id, enc="base64"))
    label(c, [], "medium", "negative/one-way-video",
          "One-way recorded video interview with a deadline (Perth time); no live conversation.")
    tznote(c, "Deadline Mon 16 Nov 23:59 AWST (+08:00) = Tue 17 Nov 04:59 NZDT; not an event.")


# ============================================================================= main
def write_readme():
    pos = [k for k, v in LABELS.items() if v["interview"]]
    neg = [k for k, v in LABELS.items() if not v["interview"]]
    ivs = [i for v in LABELS.values() for i in v["interviews"]]
    by_status = {s: sum(1 for i in ivs if i["status"] == s) for s in ("scheduled", "cancelled")}
    by_kind = {k: sum(1 for i in ivs if i["kind"] == k) for k in
               ("phone_screen", "technical", "onsite", "hiring_manager", "other")}
    fmt = {"eml": 0, "ics": 0, "gcal.json": 0}
    for d in sorted(OUT.glob("b279-*")):
        for f in d.iterdir():
            for ext in fmt:
                if f.name.endswith("." + ext):
                    fmt[ext] += 1
    lines = [
        "# blind279: Auckland trades & civil engineering job search (written blind)", "",
        f"Mailbox owner: {OWNER_NAME} <{OWNER}>, a civil site engineer in Auckland (Pacific/Auckland; NZST +12:00 "
        "until 27 Sep 2026, NZDT +13:00 after), applying to Auckland contractors, Auckland / Wellington / "
        "Christchurch councils, a Sydney contractor and a Perth mining company.", "",
        "This set was written blind: only /work/shared/eval/README.md, two dev items and the top of dev/labels.yaml were read; no tool code, "
        "tests or other sets. All people and companies are invented (.example domains); vendor system senders "
        "(seek.co.nz, trademe.co.nz, jobadder.com, employmenthero.com, google.com, Teams/Exchange) keep their "
        "product domains. Regenerate with `python make_cases.py` (byte-identical output).", "",
        "## What it stresses",
        "- Relative and body-only times ('tomorrow at 2pm', 'Thursday arvo, say 3') against the Date header.",
        "- Times around the 2026 NZ (27 Sep) and Sydney (4 Oct) DST starts, Perth with no DST, Windows TZIDs whose "
        "'(UTC+12:00)' label hides NZDT, and a UTC-only .ics.",
        "- Site visits with PPE notes that are part of an interview versus site inductions, Site Safe courses and "
        "drug & alcohol tests that are not.",
        "- Relays and no-reply senders (SEEK, Trade Me, JobAdder, Employment Hero) where the follow-up address is a "
        "human named in the text.",
        "- Reschedule for weather (mail + JobAdder .ics SEQUENCE 1), a Teams METHOD:CANCEL, a one-day interview "
        "loop sent as three invites, two interviews in one case, propose-then-confirm threads, mail + Calendar "
        "API dedupe.",
        "- Hard negatives: SEEK JobMail, drug & alcohol test, Site Safe course, owner interviewing a graduate, "
        "FIFO Telegram scam, JobAdder booking link, CPEng assessment interview, rejection, offer with induction, "
        "one-way video.", "",
        "## Counts",
        f"- Cases: {len(LABELS)} ({len(pos)} positive, {len(neg)} negative)",
        f"- Labelled interviews: {len(ivs)} (scheduled {by_status['scheduled']}, cancelled {by_status['cancelled']})",
        "- By kind: " + ", ".join(f"{k} {v}" for k, v in by_kind.items() if v),
        f"- Items: {fmt['eml']} .eml, {fmt['ics']} standalone .ics, {fmt['gcal.json']} .gcal.json", "",
        "## Formats used",
        "- text/plain (7bit, 8bit, quoted-printable, base64) and multipart/alternative with HTML (QP and base64)",
        "- Google Calendar invitations (multipart/mixed: text/plain, text/html, text/calendar;method=REQUEST, "
        "invite.ics) - cases 05, 10, 11, 12",
        "- Exchange/Teams invites (Windows TZIDs 'New Zealand Standard Time', 'W. Australia Standard Time', "
        "X-MICROSOFT-CDO-*, '(UTC+hh:mm)' labels), incl. METHOD:CANCEL - cases 03, 08, 14",
        "- ATS / vendor mails with .ics attachments: JobAdder (06), Employment Hero with UTC times (17), TestSafe "
        "(04), Site Safe (07), Engineering NZ (19); relays: SEEK (01, 02), Trade Me (18), JobAdder link (16)",
        "- Standalone .ics (21) and a Calendar API v3 event .gcal.json with \"self\": true (15)", "",
        "## Time-zone / DST points",
    ]
    lines += [f"- Case {n:02d}: {t}" for n, t in sorted(TZNOTES)]
    lines.append("")
    (OUT / "README.md").write_text("\n".join(lines), encoding="utf-8")


def main():
    dst_checks()
    for d in sorted(OUT.glob("b279-*")):
        if d.is_dir():
            shutil.rmtree(d)
    for n, (slug, fn) in enumerate(CASES, 1):
        fn(Case(n, slug))
    assert len(LABELS) == len(CASES)
    header = "# Labels for blind279 (written blind). Schema: /work/shared/eval/README.md\n"
    body = yaml.safe_dump(LABELS, sort_keys=False, allow_unicode=True, width=110, default_flow_style=False)
    (OUT / "labels.yaml").write_text(header + body, encoding="utf-8")
    write_readme()
    print(f"wrote {len(CASES)} cases to {OUT}")


if __name__ == "__main__":
    main()
