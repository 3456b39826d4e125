#!/usr/bin/env python3
"""Regenerate the blind199 evaluation set (Melbourne ecology postdoc on the academic job market).

Deterministic: fixed dates, Message-IDs, UIDs and MIME boundaries (all derived from fixed seeds).
Standard library + PyYAML + zoneinfo only.  Run:  python make_cases.py
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
from email.utils import format_datetime, formataddr
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "b199"

OWNER = "hannah.vukovic@example.com"
OWNER_NAME = "Hannah Vuković"
OWNER_WORK = "h.vukovic@merri-uni.example"

UTC = timezone.utc
MEL = ZoneInfo("Australia/Melbourne")
SYD = ZoneInfo("Australia/Sydney")
BNE = ZoneInfo("Australia/Brisbane")
ADL = ZoneInfo("Australia/Adelaide")
PER = ZoneInfo("Australia/Perth")
HBA = ZoneInfo("Australia/Hobart")
AKL = ZoneInfo("Pacific/Auckland")
LON = ZoneInfo("Europe/London")


# ---------------------------------------------------------------- time helpers
def at(tz, y, mo, d, h=0, mi=0, s=0, weekday=None):
    dt = datetime(y, mo, d, h, mi, s, tzinfo=tz)
    if weekday is not None:
        assert dt.strftime("%A") == weekday, (dt, dt.strftime("%A"), weekday)
    return dt


def iso(dt):
    return dt.isoformat()


def rfc(dt):
    return format_datetime(dt)


def zstamp(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def local(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


def hm(dt, sep=":", zero_min=True):
    """'10:30am', '2pm' (zero_min=False drops ':00')."""
    h = dt.hour % 12 or 12
    ap = "am" if dt.hour < 12 else "pm"
    if dt.minute == 0 and not zero_min:
        return f"{h}{ap}"
    return f"{h}{sep}{dt.minute:02d}{ap}"


def assert_offset(dt, hours):
    assert dt.utcoffset() == timedelta(hours=hours), (dt, dt.utcoffset(), hours)


def hid(seed, n=16, alphabet="0123456789abcdef"):
    """Deterministic pseudo-random id."""
    out = ""
    i = 0
    while len(out) < n:
        h = hashlib.sha256(f"{seed}/{i}".encode()).digest()
        out += "".join(alphabet[b % len(alphabet)] for b in h)
        i += 1
    return out[:n]


ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"
B64ISH = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


# ---------------------------------------------------------------- headers
def addr(name, email):
    if name is None:
        return email
    return formataddr((name, email), charset="utf-8")


def htext(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode(linesep="\n")


# ---------------------------------------------------------------- MIME
class Leaf:
    def __init__(self, ctype, payload, cte="7bit", extra=()):
        self.ctype = ctype
        self.payload = payload
        self.cte = cte
        self.extra = list(extra)

    def render(self):
        out = f"Content-Type: {self.ctype}\n"
        for k, v in self.extra:
            out += f"{k}: {v}\n"
        if self.cte:
            out += f"Content-Transfer-Encoding: {self.cte}\n"
        data = self.payload if isinstance(self.payload, bytes) else self.payload.encode("utf-8")
        if self.cte == "quoted-printable":
            body = quopri.encodestring(data).decode("ascii")
        elif self.cte == "base64":
            body = base64.encodebytes(data).decode("ascii")
        else:
            body = data.decode("utf-8")
        if not body.endswith("\n"):
            body += "\n"
        return out + "\n" + body


class Multi:
    def __init__(self, subtype, boundary, parts, extra_params=""):
        self.subtype = subtype
        self.boundary = boundary
        self.parts = parts
        self.extra_params = extra_params

    def render(self):
        out = f'Content-Type: multipart/{self.subtype}; boundary="{self.boundary}"{self.extra_params}\n\n'
        for p in self.parts:
            out += f"--{self.boundary}\n" + p.render() + "\n"
        out += f"--{self.boundary}--\n"
        return out


def message(headers, body):
    out = ""
    for k, v in headers:
        if v is None:
            continue
        out += f"{k}: {v}\n"
    return (out + body.render()).encode("utf-8")


def received(from_host, ip, when, msgid_seed, by="mx1.example.com"):
    rid = hid(msgid_seed + "rcv", 12, B64ISH)
    return (
        f"from {from_host} ({from_host} [{ip}])\n"
        f"        by {by} (Postfix) with ESMTPS id 4{rid}\n"
        f"        for <{OWNER}>; {rfc(when + timedelta(seconds=3))}"
    )


def envelope(when, from_host, ip, seed, return_path):
    return [
        ("Delivered-To", OWNER),
        ("Return-Path", f"<{return_path}>"),
        ("Received", received(from_host, ip, when, seed)),
    ]


def text_to_html(text, font="Arial, sans-serif"):
    """Render plain text as a simple mail-client HTML body (quoted lines become blockquotes)."""
    lines = text.rstrip("\n").split("\n")
    out = []
    quote_open = False
    for ln in lines:
        if ln.startswith(">"):
            if not quote_open:
                out.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                           'border-left:1px solid rgb(204,204,204);padding-left:1ex">')
                quote_open = True
            out.append(html.escape(ln.lstrip("> ").rstrip()) + "<br>")
        else:
            if quote_open:
                out.append("</blockquote>")
                quote_open = False
            out.append((html.escape(ln) if ln else "") + "<br>")
    if quote_open:
        out.append("</blockquote>")
    return (f'<div dir="ltr" style="font-family:{font}">' + "\n".join(out) + "</div>\n")


def outlook_html(text):
    paras = []
    for ln in text.rstrip("\n").split("\n"):
        inner = html.escape(ln) if ln.strip() else "&nbsp;"
        paras.append(f'<p class="MsoNormal">{inner}<o:p></o:p></p>')
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n</head>\n'
        '<body lang="EN-AU" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n' + "\n".join(paras) + "\n</div>\n</body>\n</html>\n"
    )


def alt_text_html(seed, text, html_body=None, qp=True, outlook=False):
    if html_body is None:
        html_body = outlook_html(text) if outlook else text_to_html(text)
    cte = "quoted-printable" if qp else "7bit"
    return Multi("alternative", boundary(seed, "alt", outlook), [
        Leaf('text/plain; charset="UTF-8"', text, cte),
        Leaf('text/html; charset="UTF-8"', html_body, "quoted-printable"),
    ])


def boundary(seed, kind="", outlook=False):
    if outlook:
        return "_000_" + hid(seed + kind, 32, "ABCDEF0123456789") + "prodoutlookcom_"
    return "0000000000" + hid(seed + kind, 18, "0123456789abcdef")


def quote(text):
    return "\n".join(("> " + ln) if ln else ">" for ln in text.rstrip("\n").split("\n")) + "\n"


# ---------------------------------------------------------------- iCalendar
def esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line):
    b = line.encode("utf-8")
    if len(b) <= 75:
        return line
    parts = []
    limit = 75
    while len(b) > limit:
        cut = limit
        while cut > 0 and (b[cut] & 0xC0) == 0x80:
            cut -= 1
        parts.append(b[:cut].decode("utf-8"))
        b = b[cut:]
        limit = 74
    parts.append(b.decode("utf-8"))
    return "\r\n ".join(parts)


def ics_text(lines):
    out = []
    for ln in lines:
        if "\n" in ln and ln.startswith("BEGIN:VTIMEZONE"):
            out.extend(ln.split("\n"))
        else:
            out.append(fold(ln))
    return "\r\n".join(out) + "\r\n"


def lf(s):
    return s.replace("\r\n", "\n")


VTZ = {}
VTZ["Australia/Sydney"] = """BEGIN:VTIMEZONE
TZID:Australia/Sydney
X-LIC-LOCATION:Australia/Sydney
BEGIN:STANDARD
TZOFFSETFROM:+1100
TZOFFSETTO:+1000
TZNAME:AEST
DTSTART:19700405T030000
RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU
END:STANDARD
BEGIN:DAYLIGHT
TZOFFSETFROM:+1000
TZOFFSETTO:+1100
TZNAME:AEDT
DTSTART:19701004T020000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=1SU
END:DAYLIGHT
END:VTIMEZONE"""
VTZ["Australia/Hobart"] = VTZ["Australia/Sydney"].replace("Australia/Sydney", "Australia/Hobart")
VTZ["Australia/Adelaide"] = """BEGIN:VTIMEZONE
TZID:Australia/Adelaide
X-LIC-LOCATION:Australia/Adelaide
BEGIN:STANDARD
TZOFFSETFROM:+1030
TZOFFSETTO:+0930
TZNAME:ACST
DTSTART:19700405T030000
RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU
END:STANDARD
BEGIN:DAYLIGHT
TZOFFSETFROM:+0930
TZOFFSETTO:+1030
TZNAME:ACDT
DTSTART:19701004T020000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=1SU
END:DAYLIGHT
END:VTIMEZONE"""
VTZ["Pacific/Auckland"] = """BEGIN:VTIMEZONE
TZID:Pacific/Auckland
X-LIC-LOCATION:Pacific/Auckland
BEGIN:STANDARD
TZOFFSETFROM:+1300
TZOFFSETTO:+1200
TZNAME:NZST
DTSTART:19700405T030000
RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU
END:STANDARD
BEGIN:DAYLIGHT
TZOFFSETFROM:+1200
TZOFFSETTO:+1300
TZNAME:NZDT
DTSTART:19700927T020000
RRULE:FREQ=YEARLY;BYMONTH=9;BYDAY=-1SU
END:DAYLIGHT
END:VTIMEZONE"""
VTZ["Europe/London"] = """BEGIN:VTIMEZONE
TZID:Europe/London
X-LIC-LOCATION:Europe/London
BEGIN:DAYLIGHT
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
TZNAME:BST
DTSTART:19700329T010000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
TZNAME:GMT
DTSTART:19701025T020000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE"""
VTZ["AUS Eastern Standard Time"] = """BEGIN:VTIMEZONE
TZID:AUS Eastern Standard Time
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+1100
TZOFFSETTO:+1000
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=4
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+1000
TZOFFSETTO:+1100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=10
END:DAYLIGHT
END:VTIMEZONE"""
VTZ["GMT Standard Time"] = """BEGIN:VTIMEZONE
TZID:GMT Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T010000
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE"""
VTZ["E. Australia Standard Time"] = """BEGIN:VTIMEZONE
TZID:E. Australia Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:+1000
TZOFFSETTO:+1000
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T000000
TZOFFSETFROM:+1000
TZOFFSETTO:+1000
END:DAYLIGHT
END:VTIMEZONE"""

WIN_TZ = {
    "AUS Eastern Standard Time": SYD,
    "GMT Standard Time": LON,
    "E. Australia Standard Time": BNE,
}


def vtz(tzid):
    return VTZ[tzid].replace("\n", "\r\n")


# ---------------------------------------------------------------- Google Calendar invitation
G_TZ_LONG = {
    "Australia/Sydney": "Australian Eastern Time - Sydney",
    "Australia/Melbourne": "Australian Eastern Time - Melbourne",
    "Pacific/Auckland": "New Zealand Time",
    "Europe/London": "United Kingdom Time",
}


def g_time(dt):
    return hm(dt, zero_min=False)


def google_invite(*, seed, sent, organizer, guests, summary, start, end, tzname, description,
                  seq=0, updated=False, location=None, meet=True, status_line=None,
                  subject_override=None, uid_seed=None):
    """Gmail-style Google Calendar invitation: multipart/mixed(alternative(plain, html, calendar), invite.ics).

    organizer: (name, email); guests: list of (name, email, partstat) including the owner.
    """
    us = uid_seed or seed
    uid = hid(us + "uid", 26, ALNUM) + "@google.com"
    meet_code = f"{hid(us+'m1',3,'abcdefghijkmnopqrstuvwxyz')}-{hid(us+'m2',4,'abcdefghijkmnopqrstuvwxyz')}-{hid(us+'m3',3,'abcdefghijkmnopqrstuvwxyz')}"
    eid = base64.urlsafe_b64encode(f"{uid.split('@')[0]} {OWNER}".encode()).decode().rstrip("=")
    abbr = start.tzname()
    when_subj = f"{start:%a} {start.day} {start:%b %Y} {g_time(start)} - {g_time(end)} ({abbr})"
    verb = "Updated invitation" if updated else "Invitation"
    subject = subject_override or f"{verb}: {summary} @ {when_subj} ({OWNER})"
    when_long = f"{start:%A} {start.day} {start:%b %Y} ⋅ {g_time(start)} – {g_time(end)}"
    tzlong = G_TZ_LONG[tzname]
    org_name, org_email = organizer
    lines = []
    if updated:
        lines += ["This event has been updated", status_line or "Changed: time", ""]
    lines += [summary, when_long, tzlong, ""]
    if meet:
        lines += ["Join with Google Meet", f"https://meet.google.com/{meet_code}", "",
                  "Join by phone", "(AU) +61 2 9051 3815", f"PIN: {hid(seed+'pin',9,'0123456789')}", ""]
    if location:
        lines += ["Location", location, ""]
    lines += ["Organiser", org_name, org_email, "", "Guests"]
    for gname, gmail, _ in guests:
        if gmail == org_email:
            lines.append(f"{gname} - organiser")
        elif gname:
            lines.append(gname)
        lines.append(gmail)
    lines += [f"View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid={eid}", ""]
    lines += [description.rstrip("\n"), ""]
    lines += [f"Reply for {OWNER} and view more details https://calendar.google.com/calendar/event?action=VIEW&eid={eid}",
              "Your attendance is optional.", "", "~~//~~",
              "Invitation from Google Calendar: https://calendar.google.com/calendar/", "",
              "You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.",
              "",
              "Forwarding this invitation could allow any recipient to send a response to the organiser, be added to the guest list, invite others regardless of their own invitation status or modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding",
              ""]
    plain = "\n".join(lines)
    h = ['<!doctype html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>',
         '<div itemscope itemtype="http://schema.org/Event">',
         f'<meta itemprop="name" content="{html.escape(summary)}">',
         f'<meta itemprop="startDate" content="{start.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")}">',
         f'<meta itemprop="endDate" content="{end.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")}">']
    if updated:
        h.append(f'<p style="color:#d93025">This event has been updated<br>{html.escape(status_line or "Changed: time")}</p>')
    h += [f'<h2 style="font-size:22px;font-weight:400">{html.escape(summary)}</h2>',
          f'<p>{html.escape(when_long)}<br>{html.escape(tzlong)}</p>']
    if meet:
        h.append(f'<p><a href="https://meet.google.com/{meet_code}?hs=224">Join with Google Meet</a><br>meet.google.com/{meet_code}</p>')
    h.append(f'<p><b>Organiser</b><br>{html.escape(org_name)}<br><a href="mailto:{org_email}">{org_email}</a></p><p><b>Guests</b><br>')
    for gname, gmail, _ in guests:
        label = html.escape(gname or gmail) + (" - organiser" if gmail == org_email else "")
        h.append(f'<a href="mailto:{gmail}">{label}</a><br>')
    h.append("</p>")
    h.append('<div style="white-space:pre-wrap">' + html.escape(description.rstrip("\n")).replace("\n", "<br>") + "</div>")
    h.append(f'<p style="font-size:11px;color:#70757a">Invitation from <a href="https://calendar.google.com/calendar/">Google Calendar</a><br>'
             f'You are receiving this email because you are an attendee on the event.</p></div></body></html>')
    html_body = "\n".join(h) + "\n"

    created = sent - timedelta(minutes=2) if not updated else sent - timedelta(days=12)
    cal = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
           "CALSCALE:GREGORIAN", "METHOD:REQUEST", "BEGIN:VEVENT",
           f"DTSTART:{zstamp(start)}", f"DTEND:{zstamp(end)}", f"DTSTAMP:{zstamp(sent)}",
           f"ORGANIZER;CN={org_name}:mailto:{org_email}", f"UID:{uid}"]
    for gname, gmail, pst in guests:
        role = "REQ-PARTICIPANT"
        cal.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={pst};RSVP=TRUE;CN={gname or gmail};X-NUM-GUESTS=0:mailto:{gmail}")
    if meet:
        cal.append(f"X-GOOGLE-CONFERENCE:https://meet.google.com/{meet_code}")
    desc = description.rstrip("\n")
    if meet:
        desc += f"\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nJoin with Google Meet: https://meet.google.com/{meet_code}\n\nLearn more about Meet at: https://support.google.com/a/users/answer/9282720\n\nPlease do not edit this section.\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"
    cal += [f"CREATED:{zstamp(created)}", f"DESCRIPTION:{esc(desc)}", f"LAST-MODIFIED:{zstamp(sent)}",
            f"LOCATION:{esc(location or '')}", f"SEQUENCE:{seq}", "STATUS:CONFIRMED",
            f"SUMMARY:{esc(summary)}", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    ics = ics_text(cal)
    plain_b64 = Leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', plain, "base64")
    body = Multi("mixed", boundary(seed, "mix"), [
        Multi("alternative", boundary(seed, "alt"), [
            plain_b64,
            Leaf('text/html; charset="UTF-8"', html_body, "quoted-printable"),
            Leaf('text/calendar; charset="UTF-8"; method=REQUEST', lf(ics), "7bit"),
        ]),
        Leaf('application/ics; name="invite.ics"', ics.encode("utf-8"), "base64",
             [("Content-Disposition", 'attachment; filename="invite.ics"')]),
    ])
    headers = [
        ("Delivered-To", OWNER),
        ("Received", "from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])\n"
                     "        by mx1.example.com (Postfix) with ESMTPS id 4" + hid(seed + "r", 11, B64ISH) + "\n"
                     f"        for <{OWNER}>; {rfc(sent.astimezone(MEL) + timedelta(seconds=2))}"),
        ("Return-Path", f"<{hid(seed+'rp',20,B64ISH)}@calendar-server.bounces.google.com>"),
        ("Reply-To", addr(org_name, org_email)),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("Message-ID", f"<calendar-{hid(seed+'mid',8)}-{hid(seed+'mid2',4)}-{hid(seed+'mid3',4)}-{hid(seed+'mid4',4)}-{hid(seed+'mid5',12)}@google.com>"),
        ("Date", rfc(sent.astimezone(UTC)).replace("-0000", "+0000")),
        ("Subject", htext(subject)),
        ("From", addr(org_name, org_email)),
        ("To", OWNER),
        ("MIME-Version", "1.0"),
    ]
    return message(headers, body), uid


# ---------------------------------------------------------------- Exchange / Outlook invitation
def exchange_invite(*, seed, sent, organizer, required, optional=(), subject, start, end, win_tzid,
                    when_label, body_text, location="Microsoft Teams Meeting", method="REQUEST",
                    seq=0, uid=None, to_owner_addr=OWNER, partstat_org="ACCEPTED", teams=True,
                    lang="en-AU", extra_headers=()):
    org_name, org_email = organizer
    uid = uid or ("040000008200E00074C5B7101A82E00800000000" + hid(seed + "uid", 72, "0123456789ABCDEF"))
    teams_block = ""
    if teams:
        conf = hid(seed + "teams", 32, ALNUM)
        mid = " ".join(hid(seed + "mtg" + str(i), 3, "0123456789") for i in range(4))
        teams_block = (
            "\n________________________________________________________________________________\n"
            "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
            f"Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{conf}%40thread.v2/0>\n"
            f"Meeting ID: {mid}\nPasscode: {hid(seed+'pc',6,B64ISH)}\n"
            "Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | "
            "Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
            "Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>\n"
            "________________________________________________________________________________\n")
    header_block = f"When: {when_label}\nWhere: {location}\n\n*~*~*~*~*~*~*~*~*~*\n\n"
    if method == "CANCEL":
        header_block = f"When: {when_label}\nWhere: {location}\n\n"
    plain = header_block + body_text.rstrip("\n") + "\n" + teams_block
    html_body = outlook_html(plain)
    cal = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
           VTZ[win_tzid], "BEGIN:VEVENT", f"ORGANIZER;CN={org_name}:mailto:{org_email}"]
    for n, e in required:
        cal.append(f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={n}:mailto:{e}")
    for n, e in optional:
        cal.append(f"ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={n}:mailto:{e}")
    cal += [f"DESCRIPTION;LANGUAGE={lang}:{esc(plain)}", f"UID:{uid}",
            f"SUMMARY;LANGUAGE={lang}:{esc(subject if method != 'CANCEL' else subject.replace('Canceled: ', ''))}",
            f"DTSTART;TZID={win_tzid}:{local(start)}", f"DTEND;TZID={win_tzid}:{local(end)}",
            "CLASS:PUBLIC", "PRIORITY:5" if method != "CANCEL" else "PRIORITY:1", f"DTSTAMP:{zstamp(sent)}",
            "TRANSP:OPAQUE", f"STATUS:{'CANCELLED' if method == 'CANCEL' else 'CONFIRMED'}", f"SEQUENCE:{seq}",
            f"LOCATION;LANGUAGE={lang}:{esc(location)}",
            f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}", f"X-MICROSOFT-CDO-OWNERAPPTID:{int(hid(seed+'oa',9,'0123456789'))}",
            f"X-MICROSOFT-CDO-BUSYSTATUS:{'FREE' if method == 'CANCEL' else 'TENTATIVE'}",
            f"X-MICROSOFT-CDO-INTENDEDSTATUS:{'FREE' if method == 'CANCEL' else 'BUSY'}",
            "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
            f"X-MICROSOFT-CDO-IMPORTANCE:{'2' if method == 'CANCEL' else '1'}",
            "X-MICROSOFT-CDO-INSTTYPE:0", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
            "X-MICROSOFT-DISALLOW-COUNTER:FALSE", "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT",
            "X-MICROSOFT-ISRESPONSEREQUESTED:TRUE" if method != "CANCEL" else "X-MICROSOFT-ISRESPONSEREQUESTED:FALSE"]
    if method != "CANCEL":
        cal += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM"]
    cal += ["END:VEVENT", "END:VCALENDAR"]
    ics = ics_text(cal)
    body = Multi("alternative", boundary(seed, "alt", True), [
        Leaf('text/plain; charset="utf-8"', plain, "quoted-printable"),
        Leaf('text/html; charset="utf-8"', html_body, "quoted-printable"),
        Leaf(f'text/calendar; charset="utf-8"; method={method}', ics.encode("utf-8"), "base64"),
    ])
    to_list = ", ".join([addr(n, e) for n, e in required if e != org_email])
    domain = org_email.split("@")[1]
    headers = envelope(sent, f"mail-{hid(seed+'h',6,ALNUM)}.outbound.protection.outlook.com", "40.107.1.93",
                       seed, org_email) + [
        ("From", addr(org_name, org_email)),
        ("To", to_list),
    ]
    if optional:
        headers.append(("CC", ", ".join(addr(n, e) for n, e in optional)))
    headers += [
        ("Subject", htext(subject)),
        ("Thread-Topic", htext(subject.replace("Canceled: ", ""))),
        ("Thread-Index", base64.b64encode(hashlib.sha256((seed + "ti").encode()).digest()[:22]).decode()),
        ("Date", rfc(sent)),
        ("Message-ID", f"<SY4P282MB{hid(seed+'mid',16,'0123456789ABCDEF')}@SY4P282MB{hid(seed+'mid2',4,'0123456789')}.AUSP282.PROD.OUTLOOK.COM>"),
        ("Accept-Language", f"{lang}, en-US"),
        ("Content-Language", lang),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("Content-class", "urn:content-classes:calendarmessage"),
        ("x-ms-exchange-calendar-series-instance-id", "BAAAAIIA4AB0xbcQGoLgCAAAAA" + hid(seed + "si", 26, B64ISH)),
        ("x-ms-publictraffictype", "Email"),
        ("x-originating-domain", domain),
    ] + list(extra_headers) + [("MIME-Version", "1.0")]
    return message(headers, body), uid


# ---------------------------------------------------------------- plain human / system mail
def mail(*, seed, sent, frm, to, subject, text, cc=None, reply_to=None, in_reply_to=None, references=None,
         client="gmail", html_body=None, attachments=(), msgid=None, extra=(), from_host=None, ip="203.0.113.40",
         return_path=None, to_header=None):
    """Build a human or system e-mail. frm/to: (name, email). client: gmail | outlook | apple | system."""
    fname, femail = frm
    dom = femail.split("@")[1]
    if msgid is None:
        if client == "gmail":
            msgid = f"<CA{hid(seed+'mid',12,B64ISH)}+{hid(seed+'mid2',30,B64ISH)}@mail.gmail.com>"
        elif client == "outlook":
            msgid = f"<ME3P282MB{hid(seed+'mid',16,'0123456789ABCDEF')}@ME3P282MB{hid(seed+'mid2',4,'0123456789')}.AUSP282.PROD.OUTLOOK.COM>"
        elif client == "apple":
            msgid = f"<{hid(seed+'mid',8,'0123456789ABCDEF')}-{hid(seed+'mid2',4,'0123456789ABCDEF')}-{hid(seed+'mid3',4,'0123456789ABCDEF')}-{hid(seed+'mid4',4,'0123456789ABCDEF')}-{hid(seed+'mid5',12,'0123456789ABCDEF')}@{dom}>"
        else:
            msgid = f"<{hid(seed+'mid',24,ALNUM)}.{hid(seed+'mid2',6,'0123456789')}@{dom}>"
    if client == "outlook":
        alt = alt_text_html(seed, text, html_body, qp=True, outlook=True)
    elif client == "apple":
        alt = Multi("alternative", "Apple-Mail=_" + hid(seed + "ab", 8, "0123456789ABCDEF") + "-" + hid(seed + "ab2", 4, "0123456789ABCDEF") + "-" + hid(seed + "ab3", 4, "0123456789ABCDEF") + "-" + hid(seed + "ab5", 4, "0123456789ABCDEF") + "-" + hid(seed + "ab4", 12, "0123456789ABCDEF"), [
            Leaf("text/plain;\n\tcharset=utf-8", text, "quoted-printable"),
            Leaf("text/html;\n\tcharset=utf-8", html_body or text_to_html(text, "Helvetica, sans-serif"), "quoted-printable"),
        ])
    else:
        alt = alt_text_html(seed, text, html_body, qp=True)
    if attachments:
        body = Multi("mixed", boundary(seed, "mix", client == "outlook"), [alt] + list(attachments))
    else:
        body = alt
    host = from_host or f"mail.{dom}"
    if client == "gmail":
        host = f"mail-{hid(seed+'gh',2,'abcdefghijklmnopqrstuvwxyz')}1-f{int(hid(seed+'gp',2,'0123456789'))+10}.google.com"
        ip = "209.85.218.41"
    elif client == "outlook":
        host = f"mail-{hid(seed+'oh',6,ALNUM)}.outbound.protection.outlook.com"
        ip = "40.107.108.22"
    headers = envelope(sent, host, ip, seed, return_path or femail)
    headers += [("From", addr(fname, femail))]
    if reply_to:
        headers.append(("Reply-To", addr(*reply_to)))
    headers.append(("To", to_header or ", ".join(addr(n, e) for n, e in ([to] if isinstance(to, tuple) else to))))
    if cc:
        headers.append(("Cc", ", ".join(addr(n, e) for n, e in cc)))
    headers += [("Subject", htext(subject)), ("Date", rfc(sent)), ("Message-ID", msgid)]
    if in_reply_to:
        headers.append(("In-Reply-To", in_reply_to))
    if references:
        headers.append(("References", references))
    if client == "outlook":
        headers += [("Thread-Topic", htext(subject.split(": ", 1)[-1] if subject[:3] in ("RE:", "FW:", "Re:") else subject)),
                    ("Thread-Index", base64.b64encode(hashlib.sha256((seed + "ti").encode()).digest()[:22]).decode()),
                    ("Accept-Language", "en-AU, en-US"), ("Content-Language", "en-AU"),
                    ("X-MS-Has-Attach", "yes" if attachments else ""), ("X-MS-TNEF-Correlator", "")]
    elif client == "apple":
        headers.append(("X-Mailer", "Apple Mail (2.3826.300.87.4.3)"))
    headers += list(extra)
    headers.append(("MIME-Version", "1.0"))
    return message(headers, body), msgid


def attach_ics(ics, filename="invite.ics", method="REQUEST", ctype="text/calendar"):
    params = f'{ctype}; charset="UTF-8"; method={method}; name="{filename}"' if ctype == "text/calendar" \
        else f'{ctype}; name="{filename}"'
    return Leaf(params, ics.encode("utf-8"), "base64",
                [("Content-Disposition", f'attachment; filename="{filename}"')])


def gmail_attr(dt, name, email):
    """Gmail quote attribution line in the en-AU locale."""
    return f"On {dt:%a}, {dt.day} {dt:%b} {dt.year} at {dt:%H:%M}, {name} <{email}> wrote:"


def interview(company, role, start, end, status, interviewers, followup, kind):
    return {
        "company": company,
        "role": role,
        "start": iso(start),
        "end": iso(end) if end is not None else None,
        "status": status,
        "interviewer_emails": list(interviewers),
        "followup_recipients": list(followup),
        "kind": kind,
    }


def label(interviews, difficulty, category, notes):
    return {
        "user": OWNER,
        "interview": bool(interviews),
        "interviews": interviews,
        "difficulty": difficulty,
        "category": category,
        "notes": notes,
        "source": "synthetic",
    }


CASES = []


def case(fn):
    CASES.append(fn)
    return fn


# ============================================================================ cases
# ---------------------------------------------------------------------------- 01
@case
def c01():
    slug = f"{PREFIX}-01-pageup-lecturer-zoom-panel"
    s = slug
    sent = at(SYD, 2026, 3, 30, 16, 42, 10, weekday="Monday")
    assert_offset(sent, 11)
    start = at(SYD, 2026, 4, 14, 10, 0, weekday="Tuesday")
    assert_offset(start, 10)  # after the 5 April 2026 end of daylight saving
    end = start + timedelta(minutes=45)
    confirm_by = at(SYD, 2026, 4, 2, 17, 0, weekday="Thursday")
    dst_end = at(SYD, 2026, 4, 5, 12, 0, weekday="Sunday")
    hr = ("Joanne Tiernan", "j.tiernan@harbourside-uni.example")
    ats = ("Harbourside University Careers", "no-reply@talentquay.example")
    job = "0126-4471"
    token = hid(s + "tok", 40, B64ISH)
    zoom_id = "832 1553 0491"
    zoom_url = f"https://harbourside-uni.zoom.us/j/83215530491?pwd={hid(s+'pwd',32,B64ISH)}.1"
    text = f"""Dear Dr Vuković,

Lecturer in Ecology (Level B)
School of Life and Environmental Sciences, Faculty of Science
Job No. {job}

Thank you for your application for the above position. I am pleased to advise that the selection committee would like to invite you to an interview.

Date:     {start:%A}, {start.day} {start:%B %Y}
Time:     {hm(start)} - {hm(end)} AEST (Sydney time)
Format:   Zoom video interview

Please note that daylight saving ends in New South Wales and Victoria on {dst_end:%A} {dst_end.day} {dst_end:%B}, so the time above is Australian Eastern Standard Time (AEST, UTC+10).

At the start of the interview you will be asked to give a 10-minute presentation on "Your vision for teaching and research in ecology at Harbourside". You are welcome to share your screen; there is no need to send slides in advance.

The selection committee will comprise:
  Professor Gareth Mbeki, Head of School (Chair)
  Associate Professor Lucía Ferreira-Tan, Discipline Lead, Ecology
  Dr Sam Whitcombe, Senior Lecturer in Ecology
  Ms Ruth Adeyemi, Senior HR Business Partner

Please confirm your attendance by {hm(confirm_by, zero_min=False)} {confirm_by:%A} {confirm_by.day} {confirm_by:%B} using the link below:
https://harbourside.talentquay.example/cw/en/job/{job}/interview/confirm?t={token}

Zoom details
Join: {zoom_url}
Meeting ID: {zoom_id}
Passcode: 614207

An interview calendar file is attached for your convenience. If you require any adjustments to participate in the interview, or have any questions, please contact Joanne Tiernan on (02) 5550 4417 or at {hr[1]}.

Kind regards,

Joanne Tiernan
Recruitment Consultant | Talent Acquisition
Human Resources, Harbourside University
Sydney NSW 2006

--
This email was sent on behalf of Harbourside University by TalentQuay. Replies to this address are not monitored.
Harbourside University acknowledges the Gadigal people of the Eora Nation, the traditional custodians of the land on which our campus stands.
"""
    html_body = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Invitation to interview</title></head>
<body style="margin:0;padding:0;background:#f2f2f2">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f2f2f2"><tr><td align="center">
<table role="presentation" width="640" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">
<tr><td style="background:#00305e;padding:18px 24px"><img src="https://harbourside.talentquay.example/assets/hu-logo-white.png" alt="Harbourside University" width="180"></td></tr>
<tr><td style="padding:24px">
<p>Dear Dr Vuković,</p>
<p><strong>Lecturer in Ecology (Level B)</strong><br>School of Life and Environmental Sciences, Faculty of Science<br>Job No. {job}</p>
<p>Thank you for your application for the above position. I am pleased to advise that the selection committee would like to invite you to an interview.</p>
<table cellpadding="4" cellspacing="0" style="border:1px solid #ddd;font-size:14px">
<tr><td><strong>Date</strong></td><td>{start:%A}, {start.day} {start:%B %Y}</td></tr>
<tr><td><strong>Time</strong></td><td>{hm(start)} &ndash; {hm(end)} AEST (Sydney time)</td></tr>
<tr><td><strong>Format</strong></td><td>Zoom video interview</td></tr>
</table>
<p>Please note that daylight saving ends in New South Wales and Victoria on {dst_end:%A} {dst_end.day} {dst_end:%B}, so the time above is Australian Eastern Standard Time (AEST, UTC+10).</p>
<p>At the start of the interview you will be asked to give a 10-minute presentation on &ldquo;Your vision for teaching and research in ecology at Harbourside&rdquo;. You are welcome to share your screen; there is no need to send slides in advance.</p>
<p>The selection committee will comprise:</p>
<ul><li>Professor Gareth Mbeki, Head of School (Chair)</li><li>Associate Professor Lucía Ferreira-Tan, Discipline Lead, Ecology</li><li>Dr Sam Whitcombe, Senior Lecturer in Ecology</li><li>Ms Ruth Adeyemi, Senior HR Business Partner</li></ul>
<p>Please confirm your attendance by {hm(confirm_by, zero_min=False)} {confirm_by:%A} {confirm_by.day} {confirm_by:%B}:</p>
<p><a href="https://harbourside.talentquay.example/cw/en/job/{job}/interview/confirm?t={token}" style="background:#e35205;color:#fff;padding:10px 18px;text-decoration:none;border-radius:3px">Confirm my attendance</a></p>
<p><strong>Zoom details</strong><br><a href="{html.escape(zoom_url)}">Join Zoom meeting</a><br>Meeting ID: {zoom_id}<br>Passcode: 614207</p>
<p>An interview calendar file is attached for your convenience. If you require any adjustments to participate in the interview, or have any questions, please contact Joanne Tiernan on (02) 5550 4417 or at <a href="mailto:{hr[1]}">{hr[1]}</a>.</p>
<p>Kind regards,</p>
<p>Joanne Tiernan<br>Recruitment Consultant | Talent Acquisition<br>Human Resources, Harbourside University<br>Sydney NSW 2006</p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#777;border-top:1px solid #eee">This email was sent on behalf of Harbourside University by TalentQuay. Replies to this address are not monitored.<br>Harbourside University acknowledges the Gadigal people of the Eora Nation, the traditional custodians of the land on which our campus stands.</td></tr>
</table></td></tr></table>
<img src="https://harbourside.talentquay.example/t/o/{hid(s+'px',24,ALNUM)}.gif" width="1" height="1" alt="">
</body></html>
"""
    ics = ics_text([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//TalentQuay//Interview Scheduler 4.2//EN",
        "METHOD:PUBLISH", "CALSCALE:GREGORIAN", VTZ["Australia/Sydney"], "BEGIN:VEVENT",
        f"UID:tq-int-{job}-{hid(s+'iu',10,'0123456789')}@talentquay.example", "SEQUENCE:0",
        f"DTSTAMP:{zstamp(sent)}",
        f"DTSTART;TZID=Australia/Sydney:{local(start)}", f"DTEND;TZID=Australia/Sydney:{local(end)}",
        f"SUMMARY:{esc('Interview – Lecturer in Ecology (Level B) – Job No. ' + job)}",
        f"LOCATION:{esc('Zoom – ' + zoom_url)}",
        f"DESCRIPTION:{esc('Interview with the selection committee for Lecturer in Ecology (Level B)' + chr(10) + 'Zoom: ' + zoom_url + chr(10) + 'Meeting ID: ' + zoom_id + '  Passcode: 614207' + chr(10) + 'Enquiries: Joanne Tiernan ' + hr[1])}",
        f"ORGANIZER;CN=Harbourside University Careers:mailto:{ats[1]}",
        f"ATTENDEE;CN={OWNER_NAME};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:mailto:{OWNER}",
        "STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"])
    m1, _ = mail(seed=s + "1", sent=sent, frm=ats, to=(OWNER_NAME, OWNER), reply_to=hr,
                 subject=f"Invitation to interview – Lecturer in Ecology (Job No. {job})", text=text,
                 html_body=html_body, client="system", from_host="mta-07.talentquay.example", ip="198.51.100.71",
                 return_path="bounce-" + hid(s + "b", 12, ALNUM) + "@mailer.talentquay.example",
                 attachments=[attach_ics(ics, "Interview.ics", "PUBLISH")],
                 extra=[("X-Mailer", "TalentQuay Notify 4.2"), ("Auto-Submitted", "auto-generated"),
                        ("X-TQ-Job", job)])
    sent2 = at(SYD, 2026, 3, 31, 9, 15, 2, weekday="Tuesday")
    text2 = f"""Dear Hannah,

Thank you for confirming your attendance at the following interview:

Position:  Lecturer in Ecology (Level B) - Job No. {job}
Date:      {start:%d/%m/%Y}
Time:      {start:%I:%M %p} - {end:%I:%M %p} (GMT+10:00) Canberra, Melbourne, Sydney
Location:  Zoom (details in your invitation email)

If your circumstances change, please contact {hr[0]} at {hr[1]}.

Harbourside University Careers

This is an automated message. Please do not reply.
"""
    m2, _ = mail(seed=s + "2", sent=sent2, frm=ats, to=(OWNER_NAME, OWNER),
                 subject=f"Interview confirmed – Lecturer in Ecology (Job No. {job})", text=text2,
                 client="system", from_host="mta-03.talentquay.example", ip="198.51.100.73",
                 return_path="bounce-" + hid(s + "b2", 12, ALNUM) + "@mailer.talentquay.example",
                 extra=[("X-Mailer", "TalentQuay Notify 4.2"), ("Auto-Submitted", "auto-generated")])
    items = [("01-harbourside-invitation-to-interview.eml", m1), ("02-harbourside-attendance-confirmed.eml", m2)]
    lab = label([interview("Harbourside University", "Lecturer in Ecology (Level B)", start, end, "scheduled",
                           [], [hr[1]], "onsite")],
                "medium", "positive/ats-university-zoom-panel",
                "Invented PageUp-style HR system (TalentQuay) mail sent 30 March in AEDT (+11) for an interview on "
                "14 April, after daylight saving ends, so +10:00. .ics attached (TZID Australia/Sydney); the "
                "confirmation repeats it as 14/04/2026 (DD/MM). Four-person selection committee -> onsite; no "
                "committee addresses given, so follow-up goes to the human HR consultant in Reply-To, not no-reply.")
    return slug, items, lab


# ---------------------------------------------------------------------------- 02
@case
def c02():
    slug = f"{PREFIX}-02-external-examiner-phd-oral"
    s = slug
    sent = at(AKL, 2026, 7, 29, 11, 6, 40, weekday="Wednesday")
    start = at(AKL, 2026, 8, 20, 12, 0, weekday="Thursday")
    assert_offset(start, 12)
    end = start + timedelta(hours=2)
    mel = start.astimezone(MEL)
    assert mel.hour == 10
    org = ("Mele Vaipulu", "mele.vaipulu@kowhai-uni.example")
    guests = [org + ("ACCEPTED",),
              ("Associate Professor Iain Struthers", "iain.struthers@kowhai-uni.example", "ACCEPTED"),
              ("Dr Kiri Pomare", "kiri.pomare@kowhai-uni.example", "ACCEPTED"),
              ("Tawhiri Ngata", "tnga417@students.kowhai-uni.example", "ACCEPTED"),
              (OWNER_NAME, OWNER, "NEEDS-ACTION")]
    desc = f"""Kia ora koutou,

This is the oral examination for the PhD candidate Tawhiri Ngata, thesis: "Rats, stoats and recovery: predator control and forest bird persistence in the central North Island".

Chair (non-examining): Associate Professor Iain Struthers
External examiner: Dr Hannah Vuković (Merri University, Melbourne) - joining by Zoom at {hm(mel, zero_min=False)} Melbourne time
Internal examiner: Dr Kiri Pomare
Supervisor (observer, may be asked to leave): Dr Pita Heremaia

Programme
12.00 - 12.20  Examiners' pre-meeting (candidate not present)
12.20 - 1.40   Oral examination: the Chair will invite each examiner in turn to question the candidate
1.40 - 2.00    Examiners confer; the candidate is invited back to hear the recommendation

Zoom: https://kowhai-uni.zoom.us/j/88460213377 (passcode 553902)

Examiners: please bring your list of questions and required amendments. Reports already submitted have been shared with the Chair.

Ngā mihi nui,
Mele Vaipulu
Graduate Research School | Te Kura Tāura, Kōwhai University
"""
    m1, _ = google_invite(seed=s + "1", sent=sent, organizer=org, guests=guests,
                          summary="PhD Oral Examination – Tawhiri Ngata (Zoom)", start=start, end=end,
                          tzname="Pacific/Auckland", description=desc, meet=False,
                          location="Zoom: https://kowhai-uni.zoom.us/j/88460213377")
    items = [("01-invitation-phd-oral-examination.eml", m1)]
    lab = label([], "hard", "negative/user-is-examiner",
                "Google Calendar invitation to a PhD oral examination in which the user is the external examiner; "
                "the word 'candidate', a panel and questioning all appear but the user is not the candidate.")
    return slug, items, lab


# ---------------------------------------------------------------------------- 03
@case
def c03():
    slug = f"{PREFIX}-03-nz-zoom-panel-early-melbourne"
    s = slug
    aroha = ("Aroha Tane", "aroha.tane@northcape-uni.example")
    chair = ("Professor Desmond Reid-Kealoha", "d.reid-kealoha@northcape-uni.example")
    mere = ("Dr Mere Tautahi", "m.tautahi@northcape-uni.example")
    oliver = ("Dr Oliver Strand", "o.strand@northcape-uni.example")
    vac = "2026/311"
    sent1 = at(AKL, 2026, 9, 22, 14, 5, 33, weekday="Tuesday")
    assert_offset(sent1, 12)  # NZST, before 27 September
    nzdst = at(AKL, 2026, 9, 27, 12, 0, weekday="Sunday")
    first = at(AKL, 2026, 9, 30, 9, 0, weekday="Wednesday")
    assert_offset(first, 13)
    assert first.astimezone(MEL).hour == 6
    start = at(AKL, 2026, 9, 30, 10, 30, weekday="Wednesday")
    end = start + timedelta(hours=1)
    assert start.astimezone(MEL).strftime("%H:%M") == "07:30"
    t1 = f"""Kia ora Hannah,

Thank you for your application for the position of Lecturer in Freshwater Ecology (Vacancy {vac}) in the School of Environment at Northcape University.

I'm delighted to let you know that the appointment panel would like to interview you. The interview will be held over Zoom and will take about an hour, including a 15-minute teaching demonstration (please pitch it as a second-year lecture on nutrient cycling in streams).

We are proposing {first:%A} {first.day} {first:%B} at 9.00am New Zealand time. Our clocks go forward to daylight time (NZDT) on {nzdst:%A} {nzdst.day} {nzdst:%B}, so by my reckoning that is 6.00am in Melbourne - I appreciate that's an early start! If it doesn't work, let me know and I'll go back to the panel.

The panel will be:
- Professor Desmond Reid-Kealoha, Head of School (Chair)
- Dr Mere Tautahi, Senior Lecturer
- Dr Oliver Strand, Senior Lecturer

Ngā mihi,
Aroha

--
Aroha Tane (she/her)
HR Advisor - Recruitment | Pou Tohutohu Tangata
People & Capability, Northcape University
+64 9 555 0148
"""
    m1, id1 = mail(seed=s + "1", sent=sent1, frm=aroha, to=(OWNER_NAME, OWNER),
                   subject=f"Interview invitation - Lecturer in Freshwater Ecology ({vac})", text=t1, client="gmail")
    sent_h = at(MEL, 2026, 9, 22, 19, 48, 10, weekday="Tuesday")
    id_h = f"<CA{hid(s+'h',12,B64ISH)}+{hid(s+'h2',30,B64ISH)}@mail.gmail.com>"
    th = """Kia ora Aroha,

Thank you so much - I'm really pleased to be shortlisted.

6am is doable if it's the only option, but if the panel could start a little later I'd be very grateful. Anything from 7am Melbourne time onwards would be ideal (daycare doesn't open until 7!).

Ngā mihi,
Hannah
"""
    sent2 = at(AKL, 2026, 9, 23, 10, 12, 40, weekday="Wednesday")
    t2 = f"""Kia ora Hannah,

Good news - the panel can start a little later. We're now confirmed for {start:%A} {start.day} {start:%B} at 10.30am NZDT, which should be 7.30am for you in Melbourne. I'll send a calendar invitation with the Zoom link shortly (it'll come from my calendar).

Ngā mihi,
Aroha

--
Aroha Tane (she/her)
HR Advisor - Recruitment | Pou Tohutohu Tangata
People & Capability, Northcape University
+64 9 555 0148

{gmail_attr(sent_h.astimezone(AKL), OWNER_NAME, OWNER)}
""" + quote(th + "\n" + gmail_attr(sent1.astimezone(MEL), aroha[0], aroha[1]) + "\n" + quote(t1))
    m2, id2 = mail(seed=s + "2", sent=sent2, frm=aroha, to=(OWNER_NAME, OWNER),
                   subject=f"Re: Interview invitation - Lecturer in Freshwater Ecology ({vac})", text=t2,
                   client="gmail", in_reply_to=id_h, references=f"{id1} {id_h}")
    sent3 = at(AKL, 2026, 9, 23, 10, 20, 5, weekday="Wednesday")
    desc = f"""Interview for Lecturer in Freshwater Ecology (Vacancy {vac}), School of Environment.

Panel: Professor Desmond Reid-Kealoha (Chair), Dr Mere Tautahi, Dr Oliver Strand.
I'll open the Zoom room and introduce everyone, then leave you with the panel.

Join Zoom Meeting
https://northcape-uni.zoom.us/j/86120447731?pwd={hid(s+'z',32,B64ISH)}.1
Meeting ID: 861 2044 7731
Passcode: 710364

Aroha Tane, People & Capability
"""
    guests = [aroha + ("ACCEPTED",), chair + ("ACCEPTED",), mere + ("ACCEPTED",), oliver + ("NEEDS-ACTION",),
              (OWNER_NAME, OWNER, "NEEDS-ACTION")]
    m3, _ = google_invite(seed=s + "3", sent=sent3, organizer=aroha, guests=guests,
                          summary="Interview: Lecturer in Freshwater Ecology – Dr Hannah Vuković", start=start,
                          end=end, tzname="Pacific/Auckland", description=desc, meet=False,
                          location="https://northcape-uni.zoom.us/j/86120447731")
    items = [("01-northcape-interview-invitation.eml", m1), ("02-re-northcape-later-start.eml", m2),
             ("03-invitation-northcape-panel.eml", m3)]
    ivs = [chair[1], mere[1], oliver[1]]
    lab = label([interview("Northcape University", "Lecturer in Freshwater Ecology", start, end, "scheduled",
                           ivs, ivs, "onsite")],
                "hard", "positive/thread-nz-dst-gap",
                "Proposed 9.00am NZ time (6am Melbourne) in a mail sent under NZST; after the candidate asks for later "
                "it is confirmed for 10.30am NZDT (+13:00, NZ daylight time from 27 Sep while Melbourne is still AEST, a "
                "3-hour gap). The quoted 9.00am proposal is stale. Google invite (UTC times) carries the three "
                "panel members; the HR advisor organises and leaves, so is not an interviewer.")
    return slug, items, lab


# ---------------------------------------------------------------------------- 04
@case
def c04():
    slug = f"{PREFIX}-04-journal-behind-the-paper-interview"
    s = slug
    clara = ("Clara Moretti", "c.moretti@she-journal.example")
    sent1 = at(LON, 2026, 5, 18, 10, 24, 51, weekday="Monday")
    t1 = f"""Dear Dr Vuković,

Congratulations on your recent article in Southern Hemisphere Ecology, "Fire interval and small-mammal persistence in semi-arid mallee: a 14-year occupancy study" (SHE-2025-0912.R2), which has just been published online.

Each month our editors choose a handful of papers for the journal's "Behind the Paper" series, and we would love to interview you about yours. It's a relaxed 30-minute conversation on Zoom about how the study came about, what surprised you, and what it means for fire management. We record the call and turn it into an edited Q&A on the journal blog and a short clip for our podcast feed; you'll be able to check the text before it goes live.

If you're happy to take part, please pick a time that suits you here:
https://calendly.com/she-journal-comms/behind-the-paper

Many thanks, and congratulations again,

Clara Moretti
Communications Editor, Southern Hemisphere Ecology
Tern & Wattle Academic Publishing | Oxford, UK
"""
    m1, id1 = mail(seed=s + "1", sent=sent1, frm=clara, to=(OWNER_NAME, OWNER),
                   subject="Interview request: \"Behind the Paper\" – your article in Southern Hemisphere Ecology",
                   text=t1, client="outlook")
    sent2 = at(MEL, 2026, 5, 19, 21, 3, 17, weekday="Tuesday")
    start = at(MEL, 2026, 5, 27, 9, 0, weekday="Wednesday")
    end = start + timedelta(minutes=30)
    t2 = f"""Hi Hannah Vuković,

A new event has been scheduled.

Event Type:
Behind the Paper - author interview

Invitee:
Hannah Vuković

Invitee Email:
{OWNER}

Event Date/Time:
{hm(start)} - {start:%A}, {start.day} {start:%B %Y} (Australian Eastern Standard Time)

Location:
This is a Zoom web conference.
https://us06web.zoom.us/j/81274406632?pwd={hid(s+'zp',28,B64ISH)}

Questions:
Please share anything you'd like us to know before the interview
Happy to talk about the long-term trapping data and the fire-mapping methods. Co-author Dr Jack Aldous may also join.

View event in Calendly: https://calendly.com/scheduled_events/{hid(s+'ev',36,ALNUM)}/invitee/{hid(s+'inv',36,ALNUM)}

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/{hid(s+'cx',36,ALNUM)}
Reschedule: https://calendly.com/reschedulings/{hid(s+'rs',36,ALNUM)}

Powered by Calendly.com
"""
    ics = ics_text([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Calendly//Calendly//EN", "CALSCALE:GREGORIAN",
        "METHOD:REQUEST", "BEGIN:VEVENT", f"UID:{hid(s+'uid',36,ALNUM)}@calendly.com", f"DTSTAMP:{zstamp(sent2)}",
        f"DTSTART:{zstamp(start)}", f"DTEND:{zstamp(end)}",
        f"SUMMARY:{esc('Behind the Paper - author interview between Clara Moretti and Hannah Vuković')}",
        f"DESCRIPTION:{esc('Event Name: Behind the Paper - author interview' + chr(10) + chr(10) + 'Location: This is a Zoom web conference.' + chr(10) + 'Recorded conversation for the Southern Hemisphere Ecology blog and podcast.')}",
        "LOCATION:https://us06web.zoom.us/j/81274406632",
        f"ORGANIZER;CN=Clara Moretti:mailto:{clara[1]}",
        f"ATTENDEE;CN={OWNER_NAME};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{OWNER}",
        "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    m2, _ = mail(seed=s + "2", sent=sent2, frm=("Calendly", "notifications@calendly.com"), to=(OWNER_NAME, OWNER),
                 reply_to=clara,
                 subject=f"Confirmed: Behind the Paper - author interview with Clara Moretti on {start:%A}, {start.day} {start:%B %Y}",
                 text=t2, client="system", from_host="o1.ptr4471.calendly.com", ip="149.72.133.20",
                 return_path=f"bounces+{hid(s+'rp',8,'0123456789')}@em.calendly.com",
                 attachments=[attach_ics(ics, "invite.ics", "REQUEST")])
    items = [("01-she-journal-interview-request.eml", m1), ("02-calendly-confirmed-behind-the-paper.eml", m2)]
    lab = label([], "hard", "negative/press-interview",
                "A journal's communications editor books a recorded 'Behind the Paper' author interview (Calendly "
                "confirmation + .ics). Media/press interview about a paper, not a hiring process.")
    return slug, items, lab


# ---------------------------------------------------------------------------- 05
@case
def c05():
    slug = f"{PREFIX}-05-uk-teams-panel-bst-before-aedt-ends"
    s = slug
    kirsty = ("Kirsty Hamill", "k.hamill@fenmarsh-uni.example")
    chair = ("Jonathan Pryce-Adams", "j.pryce-adams@fenmarsh-uni.example")
    anjali = ("Anjali Sethi", "a.sethi@fenmarsh-uni.example")
    tomasz = ("Tomasz Wierzbicki", "t.wierzbicki@fenmarsh-uni.example")
    sent = at(LON, 2026, 3, 18, 11, 2, 17, weekday="Wednesday")
    assert_offset(sent, 0)
    start = at(LON, 2026, 4, 2, 10, 0, weekday="Thursday")
    assert_offset(start, 1)
    end = start + timedelta(hours=1)
    mel = start.astimezone(MEL)
    assert (mel.hour, mel.utcoffset()) == (20, timedelta(hours=11))
    bst = at(LON, 2026, 3, 29, 12, 0, weekday="Sunday")
    body = f"""Dear Hannah,

Further to my email last week, please find below the Teams invitation for your interview for the post of Lecturer in Global Change Ecology (ref. FEN-01877).

The interview panel will be:
  Professor Jonathan Pryce-Adams, Head of Department (Chair)
  Dr Anjali Sethi, Reader in Ecology
  Dr Tomasz Wierzbicki, Lecturer in Environmental Data Science

The panel would like you to open with a 10-minute presentation on "How would you build an externally funded research programme at Fenmarsh in your first three years?", followed by around 45 minutes of questions.

As you will be joining from Melbourne: the UK clocks go forward on {bst:%A} {bst.day} {bst:%B}, so 10:00 UK time on {start.day} {start:%B} will be {hm(mel, zero_min=False)} AEDT for you. The time shown in this invitation is UK time.

With best wishes,
Kirsty

Kirsty Hamill
Recruitment Administrator, Faculty of Science
University of Fenmarsh
"""
    m1, _ = exchange_invite(seed=s + "1", sent=sent, organizer=kirsty,
                            required=[(OWNER_NAME, OWNER), chair, anjali, tomasz],
                            subject="Interview - Lecturer in Global Change Ecology (FEN-01877) - Dr Hannah Vuković",
                            start=start, end=end, win_tzid="GMT Standard Time",
                            when_label=f"{start:%d %B %Y} {start:%H:%M}-{end:%H:%M} (UTC+00:00) Dublin, Edinburgh, Lisbon, London.",
                            body_text=body, lang="en-GB")
    items = [("01-fenmarsh-teams-interview.eml", m1)]
    ivs = [chair[1], anjali[1], tomasz[1]]
    lab = label([interview("University of Fenmarsh", "Lecturer in Global Change Ecology", start, end, "scheduled",
                           ivs, ivs, "onsite")],
                "hard", "positive/outlook-teams-uk-dst-window",
                "Exchange/Teams invite with TZID 'GMT Standard Time' and a '(UTC+00:00)' display label, but 2 April "
                "falls in the week when the UK is already on BST (from 29 March) and Melbourne still on AEDT (until 5 "
                "April): 10:00+01:00 = 20:00 AEDT, a 10-hour gap. Mail Date is in GMT (+0000). Three-person panel.")
    return slug, items, lab


# ---------------------------------------------------------------------------- 06
@case
def c06():
    slug = f"{PREFIX}-06-animal-ethics-committee-attendance"
    s = slug
    sec = ("Rhiannon Cole", "aec.secretariat@merri-uni.example")
    sent = at(MEL, 2026, 6, 2, 14, 40, 3, weekday="Tuesday")
    start = at(MEL, 2026, 6, 16, 14, 30, weekday="Tuesday")
    end = start + timedelta(minutes=20)
    body = f"""Dear Dr Vuković,

Application 2026-117: "Live-trapping and radio-tracking of small mammals in post-fire mallee"

The Animal Ethics Committee (AEC) will consider the above application at its meeting on {start:%A} {start.day} {start:%B}. Because the project involves radio-collaring of a threatened species, the Committee has asked that the Chief Investigator attend for a 20-minute slot to answer members' questions about the trapping protocol, collar weights and humane end-points.

This is a routine part of the review process and not an assessment of you as a researcher. Please be ready to join the Teams meeting at {hm(start)}; the Chair may call you in a few minutes late if earlier items run over.

Members attending: Prof. Deborah Ng (Chair), Dr Simon Achebe (veterinarian), Ms Lorraine Tuck (lay member), Mr Paul Zhou (animal welfare member).

Kind regards,
Rhiannon Cole
AEC Secretariat | Research Integrity & Ethics
Merri University
"""
    m1, _ = exchange_invite(seed=s + "1", sent=sent, organizer=sec,
                            required=[("Hannah Vukovic", OWNER_WORK)],
                            subject="AEC Meeting - Applicant attendance: 2026-117 (Vukovic)",
                            start=start, end=end, win_tzid="AUS Eastern Standard Time",
                            when_label=f"{start:%A}, {start.day} {start:%B %Y} {ol(start)}-{ol(end)} (UTC+10:00) Canberra, Melbourne, Sydney.",
                            body_text=body)
    items = [("01-aec-applicant-attendance.eml", m1)]
    lab = label([], "medium", "negative/ethics-committee",
                "Animal Ethics Committee meeting invite (Exchange, sent to the user's work address and delivered to her "
                "mailbox) asking her to attend and answer questions about her own protocol. Committee, questions, "
                "Teams link, but no hiring process.")
    return slug, items, lab


# ---------------------------------------------------------------------------- 07
@case
def c07():
    slug = f"{PREFIX}-07-brisbane-campus-visit-job-talk-onsite"
    s = slug
    mel_ = ("Melissa Hartigan", "m.hartigan@brigalow-uni.example")
    chair = ("Callum Fraser-Nguyen", "c.fraser-nguyen@brigalow-uni.example")
    obi = ("Adaeze Obi", "a.obi@brigalow-uni.example")
    ben = ("Ben Lowrie", "b.lowrie@brigalow-uni.example")
    tania = ("Tania Cho", "t.cho@brigalow-uni.example")
    ref = "496021"
    sent1 = at(BNE, 2026, 5, 5, 15, 21, 8, weekday="Tuesday")
    day = at(BNE, 2026, 5, 21, weekday="Thursday")
    sem_s = at(BNE, 2026, 5, 21, 10, 0)
    sem_e = at(BNE, 2026, 5, 21, 10, 45)
    ecr_s, ecr_e = at(BNE, 2026, 5, 21, 11, 0), at(BNE, 2026, 5, 21, 11, 45)
    lunch_s, lunch_e = at(BNE, 2026, 5, 21, 12, 0), at(BNE, 2026, 5, 21, 13, 0)
    int_s, int_e = at(BNE, 2026, 5, 21, 13, 30), at(BNE, 2026, 5, 21, 15, 0)
    assert sem_s.astimezone(MEL).utcoffset() == sem_s.utcoffset()  # May: Melbourne on AEST too

    def r(a, b):
        return f"{a.hour % 12 or 12}.{a.minute:02d} - {b.hour % 12 or 12}.{b.minute:02d}{'am' if b.hour < 12 else 'pm'}"
    t1 = f"""Dear Hannah,

Thank you for accepting our invitation to visit Brigalow University for the Senior Lecturer in Quantitative Ecology position (Ref. {ref}). I've set out the programme for {day:%A} {day.day} {day:%B} below. All times are Brisbane time (AEST) - Queensland doesn't do daylight saving, but at this time of year that's the same as Melbourne.

Please aim to arrive at Level 3 reception, Goodchild Building (Building 41), by about 9.45am and I'll meet you there.

{day:%A} {day.day} {day:%B %Y}
{r(sem_s, sem_e)}    Research seminar (your "job talk"): 35 minutes + 10 minutes of questions. Room 3.14, also streamed to the School. Chaired by Prof. Adaeze Obi.
{r(ecr_s, ecr_e)}    Meeting with early-career researchers and HDR students (Room 3.20)
{r(lunch_s, lunch_e)}    Lunch with colleagues from the Ecology & Conservation group (informal)
{r(int_s, int_e)}     Selection committee interview (Room 3.02)

The selection committee is Professor Callum Fraser-Nguyen (Head of School, Chair), Professor Adaeze Obi and Dr Ben Lowrie. Tania Cho from HR will sit in as the committee's HR adviser but won't be asking questions.

Separate calendar invitations for the seminar and the committee interview are on their way. The University will reimburse your economy airfare from Melbourne and taxis to and from the airport - please keep your receipts.

Kind regards,
Melissa

Melissa Hartigan
School Manager | School of the Environment
Brigalow University, Brisbane QLD 4072
T +61 7 5550 3391 | {mel_[1]}
"""
    m1, _ = mail(seed=s + "1", sent=sent1, frm=mel_, to=(OWNER_NAME, OWNER), cc=[chair],
                 subject=f"Campus visit programme - Senior Lecturer in Quantitative Ecology ({day:%A} {day.day} {day:%B})",
                 text=t1, client="outlook")
    sent2 = at(BNE, 2026, 5, 5, 15, 34, 40)
    sem_desc = ("Title: Occupancy, fire and the fate of small mammals in a changing mallee\n"
                "Speaker: Dr Hannah Vuković (Merri University)\n\n"
                "This is one of the candidate seminars for the Senior Lecturer in Quantitative Ecology appointment. "
                "All staff and students welcome. Feedback forms at the door will be passed to the selection committee.\n"
                "Chair: Prof. Adaeze Obi")
    ics2 = ics_text([
        "BEGIN:VCALENDAR", "METHOD:PUBLISH", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "VERSION:2.0", VTZ["E. Australia Standard Time"], "BEGIN:VEVENT",
        "ORGANIZER;CN=SEE Seminars:mailto:see.seminars@brigalow-uni.example",
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={OWNER_NAME}:mailto:{OWNER}",
        "ATTENDEE;CUTYPE=GROUP;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=SEE All Staff:mailto:see-allstaff@brigalow-uni.example",
        f"DESCRIPTION;LANGUAGE=en-AU:{esc(sem_desc)}",
        f"UID:040000008200E00074C5B7101A82E00800000000{hid(s+'su',72,'0123456789ABCDEF')}",
        f"SUMMARY;LANGUAGE=en-AU:{esc('SEE Seminar | Candidate seminar – Senior Lecturer in Quantitative Ecology | Dr Hannah Vuković')}",
        f"DTSTART;TZID=E. Australia Standard Time:{local(sem_s)}",
        f"DTEND;TZID=E. Australia Standard Time:{local(sem_e)}",
        "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{zstamp(sent2)}", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", "LOCATION;LANGUAGE=en-AU:Room 3.14 Goodchild Building (41) + Teams stream",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
        "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0", "END:VEVENT", "END:VCALENDAR"])
    sent3 = at(BNE, 2026, 5, 5, 15, 41, 12)
    body3 = f"""Hi Hannah,

Calendar hold for your selection committee interview on {day:%A} {day.day} {day:%B}, straight after lunch. The committee: Professor Callum Fraser-Nguyen (Chair), Professor Adaeze Obi and Dr Ben Lowrie; Tania Cho (HR adviser, observing).

The committee will ask you to speak briefly to your teaching philosophy before general questions. You don't need slides for this part.

Melissa
"""
    m3, _ = exchange_invite(seed=s + "3", sent=sent3, organizer=mel_,
                            required=[(OWNER_NAME, OWNER), chair, obi, ben], optional=[tania],
                            subject="Selection committee interview - Senior Lecturer in Quantitative Ecology (Ref. 496021)",
                            start=int_s, end=int_e, win_tzid="E. Australia Standard Time",
                            when_label=f"{int_s:%A}, {int_s.day} {int_s:%B %Y} {ol(int_s)}-{ol(int_e)} (UTC+10:00) Brisbane.",
                            body_text=body3, location="Room 3.02, Goodchild Building (41)", teams=False)
    items = [("01-brigalow-campus-visit-programme.eml", m1), ("02-see-candidate-seminar.ics", ics2.encode("utf-8")),
             ("03-brigalow-selection-committee-invite.eml", m3)]
    ivs = [chair[1], obi[1], ben[1]]
    lab = label([interview("Brigalow University", "Senior Lecturer in Quantitative Ecology", sem_s, int_e,
                           "scheduled", ivs, ivs, "onsite")],
                "hard", "positive/onsite-job-talk-loop",
                "Same-day campus visit: candidate seminar (job talk) 10:00, ECR meeting, lunch, selection committee "
                "13:30-15:00, sent as an itinerary mail + a standalone seminar .ics + an Exchange invite for the "
                "committee ('E. Australia Standard Time', no DST). ONE onsite 10:00-15:00 +10:00; the 9.45 arrival is "
                "not a session. Interviewers = the three committee members; the HR adviser only observes and the "
                "seminar mailbox is a group address.")
    return slug, items, lab


# ---------------------------------------------------------------------------- 08
@case
def c08():
    slug = f"{PREFIX}-08-fellowship-grant-panel-interview"
    s = slug
    team = ("ASFC Fellowships", "fellowships@asfc.example")
    sent = at(SYD, 2026, 7, 20, 16, 5, 0, weekday="Monday")
    start = at(SYD, 2026, 8, 12, 15, 10, weekday="Wednesday")
    end = at(SYD, 2026, 8, 12, 15, 40)
    app = "DH270100482"
    t = f"""Dear Dr Vuković,

Discovery Horizons Fellowships 2027 (DHF27) - Application {app}
"Predicting small-mammal persistence under novel fire regimes"

I am pleased to advise that your application has progressed to the interview stage of the DHF27 round.

Interviews are conducted by videoconference by a Selection Advisory Committee panel of four to five members drawn from the College of Experts. Your interview has been scheduled for:

  {start:%A} {start.day} {start:%B %Y}, {hm(start)} - {hm(end)} AEST (Canberra time)

The interview runs for 30 minutes: a 3-minute opening statement from you, followed by questions from the panel about your proposed research, its national benefit and your track record relative to opportunity. A calendar file is attached; videoconference details will be sent by the Council's secretariat a week beforehand.

Please note that Discovery Horizons Fellowships are awarded as grants to the Administering Organisation named in the application (Merri University), which remains your employer for the duration of the Fellowship. The interview forms part of the competitive grant assessment process; it is not an employment interview with the Council. Please keep your Research Office informed.

Outcomes are expected to be announced in November 2026.

Yours sincerely,

Dr Priscilla Huang
Program Manager, Fellowships
Australian Science Futures Council
GPO Box 2702, Canberra ACT 2601
Phone: (02) 5550 8812   Email: {team[1]}
"""
    ics = ics_text([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//ASFC//Grants Management System//EN", "METHOD:PUBLISH",
        VTZ["Australia/Sydney"], "BEGIN:VEVENT", f"UID:{app}-INT@gms.asfc.example", f"DTSTAMP:{zstamp(sent)}",
        f"DTSTART;TZID=Australia/Sydney:{local(start)}", f"DTEND;TZID=Australia/Sydney:{local(end)}",
        f"SUMMARY:{esc('DHF27 Selection Advisory Committee interview – ' + app)}",
        "LOCATION:Videoconference (details to follow)",
        f"DESCRIPTION:{esc('Discovery Horizons Fellowships 2027 interview for application ' + app + '. Grant assessment interview.')}",
        f"ORGANIZER;CN=ASFC Fellowships:mailto:{team[1]}",
        f"ATTENDEE;CN={OWNER_NAME};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:mailto:{OWNER}",
        "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"])
    m1, _ = mail(seed=s + "1", sent=sent, frm=team, to=(OWNER_NAME, OWNER),
                 cc=[("Merri University Research Office", "research.grants@merri-uni.example")],
                 subject=f"DHF27 - Invitation to interview - Application {app}", text=t, client="outlook",
                 attachments=[attach_ics(ics, f"DHF27_interview_{app}.ics", "PUBLISH")])
    items = [("01-asfc-dhf27-interview.eml", m1)]
    lab = label([], "hard", "negative/grant-fellowship-panel",
                "Fellowship grant interview before a research council's selection committee. The labelling rule "
                "counts only interviews in a hiring process where the user is the candidate; the mail states the "
                "Fellowship is a grant to her current university (which stays her employer) and the interview is part "
                "of grant assessment, not employment -> non-job interview, negative.")
    return slug, items, lab


# ---------------------------------------------------------------------------- 09
@case
def c09():
    slug = f"{PREFIX}-09-reschedule-across-aedt-end"
    s = slug
    tom = ("Tom Ellery", "tom.ellery@srri.example")
    sent1 = at(SYD, 2026, 3, 19, 10, 31, 55, weekday="Thursday")
    old = at(SYD, 2026, 4, 2, 11, 0, weekday="Thursday")
    assert_offset(old, 11)
    new = at(SYD, 2026, 4, 7, 11, 0, weekday="Tuesday")
    assert_offset(new, 10)
    assert new.astimezone(MEL).hour == 11
    dst_end = at(SYD, 2026, 4, 5, 12, 0, weekday="Sunday")
    summary = "Interview: Research Scientist (Freshwater Ecology) – Hannah Vuković"
    desc = """Hi Hannah,

Looking forward to our conversation about the Research Scientist role in the Wetland Ecology group (ref. SRRI-2026-014). It'll be about an hour, just me: we'll talk through your research, the environmental-flows monitoring program and how you'd see yourself fitting into the group.

Cheers,
Tom

Dr Tom Ellery | Group Leader, Wetland Ecology
Southern Rivers Research Institute, Canberra
"""
    guests = [tom + ("ACCEPTED",), (OWNER_NAME, OWNER, "NEEDS-ACTION")]
    m1, uid = google_invite(seed=s + "1", uid_seed=s, sent=sent1, organizer=tom, guests=guests, summary=summary,
                            start=old, end=old + timedelta(hours=1), tzname="Australia/Sydney", description=desc)
    sent2 = at(SYD, 2026, 3, 30, 8, 47, 12, weekday="Monday")
    t2 = f"""Hi Hannah,

Apologies for the short notice - I've been pulled into a Basin Authority workshop on {old:%A} and can't get out of it. Could we move our interview to {new:%A} {new.day} {new:%B}, same time? That's 11am Canberra time, and since daylight saving finishes on {dst_end:%A} the {dst_end.day}th we'll both be on AEST by then, so it's still 11am for you in Melbourne.

If that works I'll update the calendar invite now. Sorry again!

Tom

--
Dr Tom Ellery
Group Leader, Wetland Ecology
Southern Rivers Research Institute
0491 570 110
"""
    m2, id2 = mail(seed=s + "2", sent=sent2, frm=tom, to=(OWNER_NAME, OWNER),
                   subject=f"Moving our interview to {new:%A} {new.day} {new:%B}?", text=t2, client="gmail")
    sent3 = at(SYD, 2026, 3, 30, 9, 5, 40, weekday="Monday")
    m3, uid3 = google_invite(seed=s + "3", uid_seed=s, sent=sent3, organizer=tom, guests=guests, summary=summary,
                             start=new, end=new + timedelta(hours=1), tzname="Australia/Sydney", description=desc,
                             seq=1, updated=True, status_line="Changed: date")
    assert uid == uid3
    items = [("01-invitation-srri-interview.eml", m1), ("02-srri-moving-our-interview.eml", m2),
             ("03-updated-invitation-srri-interview.eml", m3)]
    lab = label([interview("Southern Rivers Research Institute", "Research Scientist (Freshwater Ecology)", new,
                           new + timedelta(hours=1), "scheduled", [tom[1]], [tom[1]], "hiring_manager")],
                "hard", "positive/reschedule-dst",
                "Google invite for Thu 2 April 11am AEDT (+11), moved by e-mail and an 'Updated invitation' "
                "(same UID, SEQUENCE 1) to Tue 7 April 11am AEST (+10) - the wall-clock time is unchanged but the "
                "offset changes across the 5 April DST end. One interview at the final time; the group leader "
                "conducts it alone.")
    return slug, items, lab


# ---------------------------------------------------------------------------- 10
@case
def c10():
    slug = f"{PREFIX}-10-conference-contributed-talk"
    s = slug
    sent = at(HBA, 2026, 10, 14, 9, 12, 44, weekday="Wednesday")
    talk_s = at(HBA, 2026, 12, 1, 14, 15, weekday="Tuesday")
    assert_offset(talk_s, 11)
    talk_e = talk_s + timedelta(minutes=15)
    lunch = at(HBA, 2026, 12, 2, 12, 30, weekday="Wednesday")
    t = f"""Dear Hannah Vuković,

Your presentation has been scheduled in the APEC 2026 programme.

Abstract ID:   APEC26-0417
Title:         Fire interval, refuges and small-mammal occupancy in semi-arid mallee
Format:        Contributed oral (12-minute talk + 3 minutes of questions)
Session:       Fire Ecology II
Room:          Derwent 2, Hobart Waterfront Convention Centre
Date / time:   {talk_s:%A} {talk_s.day} {talk_s:%B %Y}, {talk_s:%H:%M}-{talk_e:%H:%M} (AEDT, Hobart time)
Session chair: Dr Imogen Tasker

Please upload your slides (16:9, PPTX or PDF) in the speaker-ready room no later than the session before yours. Speakers must be registered by 30 October to remain in the programme.

Early-career researchers: the ECR Careers Lunch on {lunch:%A} {lunch.day} {lunch:%B} ({lunch:%H:%M}, Derwent 1) features a panel discussion, "Nailing the academic job interview", with heads of school from three universities. Places are limited - register through your delegate portal.

A calendar file for your talk is attached.

Austral-Pacific Ecology Congress 2026 Programme Committee
Hobart, 29 November - 3 December 2026

Sent via ConfSuite. Manage your submissions at https://apec2026.confsuite.example/portal
"""
    ics = ics_text([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//ConfSuite//Programme Export 2.1//EN", "METHOD:PUBLISH",
        VTZ["Australia/Hobart"], "BEGIN:VEVENT", f"UID:apec26-0417-{hid(s+'u',8,'0123456789')}@confsuite.example",
        f"DTSTAMP:{zstamp(sent)}", f"DTSTART;TZID=Australia/Hobart:{local(talk_s)}",
        f"DTEND;TZID=Australia/Hobart:{local(talk_e)}",
        f"SUMMARY:{esc('APEC 2026 – Your talk: Fire interval, refuges and small-mammal occupancy in semi-arid mallee')}",
        f"LOCATION:{esc('Derwent 2, Hobart Waterfront Convention Centre')}",
        f"DESCRIPTION:{esc('Session: Fire Ecology II (chair: Dr Imogen Tasker). Contributed oral, 12 + 3 min.')}",
        "ORGANIZER;CN=APEC 2026 Programme Committee:mailto:programme@apec2026.example",
        f"ATTENDEE;CN={OWNER_NAME};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{OWNER}",
        "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"])
    m1, _ = mail(seed=s + "1", sent=sent, frm=("APEC 2026 Programme Committee", "noreply@confsuite.example"),
                 reply_to=("APEC 2026 Programme", "programme@apec2026.example"), to=(OWNER_NAME, OWNER),
                 subject="APEC 2026: your presentation has been scheduled (APEC26-0417)", text=t, client="system",
                 from_host="out-2.confsuite.example", ip="198.51.100.12",
                 attachments=[attach_ics(ics, "APEC26-0417.ics", "PUBLISH")])
    items = [("01-apec2026-presentation-scheduled.eml", m1), ("02-apec2026-your-talk.ics", ics.encode("utf-8"))]
    lab = label([], "medium", "negative/conference-talk",
                "Conference programme notice + .ics for the user's own contributed talk (Hobart, AEDT). Mentions an "
                "ECR lunch panel on 'Nailing the academic job interview' - a talk and a careers panel, no interview.")
    return slug, items, lab


# ---------------------------------------------------------------------------- 11
@case
def c11():
    slug = f"{PREFIX}-11-nz-shortlist-zoom-then-campus-visit"
    s = slug
    sina = ("Sina Faleolo", "s.faleolo@kahurangi-uni.example")
    rawiri = ("Rawiri Mātene", "r.matene@kahurangi-uni.example")
    greta = ("Greta Lindahl", "g.lindahl@kahurangi-uni.example")
    joseph = ("Joseph Amankwah", "j.amankwah@kahurangi-uni.example")
    ref = "KU-26-0457"
    sent1 = at(AKL, 2026, 10, 1, 16, 20, 44, weekday="Thursday")
    sl_s = at(AKL, 2026, 10, 12, 14, 0, weekday="Monday")
    assert_offset(sl_s, 13)
    sl_e = sl_s + timedelta(minutes=30)
    assert sl_s.astimezone(MEL).strftime("%H:%M %z") == "12:00 +1100"
    t1 = f"""Kia ora Hannah,

Thank you for applying for the Lecturer in Conservation Biology role ({ref}) at Kahurangi University. I'm pleased to let you know you've been shortlisted.

The first stage is a 30-minute shortlisting conversation on Zoom with Professor Rawiri Mātene, Head of the School of Natural Sciences (cc'd, {rawiri[1]}). We have you booked for:

  {sl_s:%A} {sl_s.day} {sl_s:%B}, 2.00pm - 2.30pm NZDT

That should be 12.00 noon in Melbourne - both of our countries will have changed their clocks by then. The Zoom invitation is attached. If you are successful at this stage we'll invite you to Nelson for a campus visit in early November.

Ngā mihi,
Sina

Sina Faleolo
People & Culture Advisor | Kahurangi University
Nelson, Aotearoa New Zealand
"""
    zoom_id = "841 2390 5576"
    zdesc = (f"Rawiri Mātene is inviting you to a scheduled Zoom meeting.\n\n"
             f"Topic: Shortlisting conversation - Lecturer in Conservation Biology ({ref})\n\n"
             f"Join Zoom Meeting\nhttps://kahurangi-uni.zoom.us/j/84123905576?pwd={hid(s+'zp',32,B64ISH)}.1\n\n"
             f"Meeting ID: {zoom_id}\nPasscode: 298114\n")
    zics = ics_text([
        "BEGIN:VCALENDAR", "PRODID:-//zoom.us//iCalendar Event//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH", "CLASS:PUBLIC", VTZ["Pacific/Auckland"], "BEGIN:VEVENT",
        f"DTSTAMP:{zstamp(sent1)}", f"DTSTART;TZID=Pacific/Auckland:{local(sl_s)}",
        f"DTEND;TZID=Pacific/Auckland:{local(sl_e)}",
        f"SUMMARY:{esc('Shortlisting conversation - Lecturer in Conservation Biology (' + ref + ')')}",
        "UID:ZOOM84123905576", "TZID:Pacific/Auckland", f"DESCRIPTION:{esc(zdesc)}",
        "LOCATION:https://kahurangi-uni.zoom.us/j/84123905576",
        f"ORGANIZER;CN={rawiri[0]}:mailto:{rawiri[1]}",
        f"ATTENDEE;CN={OWNER_NAME};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:mailto:{OWNER}",
        "BEGIN:VALARM", "TRIGGER:-PT10M", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "END:VALARM",
        "END:VEVENT", "END:VCALENDAR"])
    m1, id1 = mail(seed=s + "1", sent=sent1, frm=sina, to=(OWNER_NAME, OWNER), cc=[rawiri],
                   subject=f"Shortlisted - Lecturer in Conservation Biology ({ref})", text=t1, client="outlook",
                   attachments=[attach_ics(zics, "Zoom Meeting.ics", "PUBLISH")])
    sent2 = at(AKL, 2026, 10, 14, 9, 2, 10, weekday="Wednesday")
    day = at(AKL, 2026, 11, 5, weekday="Thursday")
    sem_s = at(AKL, 2026, 11, 5, 9, 30)
    pan_e = at(AKL, 2026, 11, 5, 14, 30)
    assert_offset(sem_s, 13)
    t2 = f"""Kia ora Hannah,

Thank you for speaking with Rawiri on Monday. We are delighted to invite you to the final stage: a campus visit to Nelson on {day:%A} {day.day} {day:%B %Y}.

Programme (all times NZDT):
  9.30 - 10.30am    Research seminar - 45 minutes plus questions, Tasman Lecture Theatre (open to the School)
  10.45 - 11.30am   Teaching session: a 20-minute mini-lecture to second-year students, then a chat with the teaching team
  11.30am - 12.15pm Meet our postgraduate students
  12.15 - 1.15pm    Lunch with the School
  1.30 - 2.30pm     Interview with the appointment panel, Room B204

The appointment panel: Professor Rawiri Mātene (Chair, {rawiri[1]}), Associate Professor Greta Lindahl ({greta[1]}) and Dr Joseph Amankwah ({joseph[1]}). I'll also be in the room as the People & Culture representative (non-questioning).

We'll book your flights (Melbourne - Nelson via Wellington) arriving the afternoon before, and two nights at the Trafalgar Street hotel. Could you send me your passport name and any dietary requirements?

Ngā mihi,
Sina

Sina Faleolo
People & Culture Advisor | Kahurangi University
"""
    m2, _ = mail(seed=s + "2", sent=sent2, frm=sina, to=(OWNER_NAME, OWNER), cc=[rawiri, greta, joseph],
                 subject=f"Campus visit - Lecturer in Conservation Biology ({ref})", text=t2, client="outlook")
    items = [("01-kahurangi-shortlisted-zoom.eml", m1), ("02-kahurangi-campus-visit.eml", m2)]
    role = "Lecturer in Conservation Biology"
    lab = label([
        interview("Kahurangi University", role, sl_s, sl_e, "scheduled", [rawiri[1]], [rawiri[1]], "hiring_manager"),
        interview("Kahurangi University", role, sem_s, pan_e, "scheduled",
                  [rawiri[1], greta[1], joseph[1]], [rawiri[1], greta[1], joseph[1]], "onsite"),
    ], "hard", "positive/two-interviews-shortlist-then-campus",
        "Two interviews in one case: a 30-min shortlisting Zoom with the Head of School (Zoom .ics, TZID "
        "Pacific/Auckland, NZDT +13 = noon AEDT) and a campus visit on 5 Nov, one same-day loop from the 9.30 "
        "seminar to the end of the 1.30-2.30pm panel (lunch inside). The People & Culture advisor coordinates and "
        "sits in without questioning, so she is not an interviewer.")
    return slug, items, lab


def ol(dt):
    """Outlook-style '2:30 PM'."""
    return f"{dt.hour % 12 or 12}:{dt.minute:02d} {'AM' if dt.hour < 12 else 'PM'}"


def gcal_event(*, seed, created, updated, summary, description, organizer, attendees, start, end, tzname,
               location=None, conference=None, status="confirmed", sequence=0):
    """Google Calendar API v3 Event resource (item of events.list)."""
    eid = hid(seed + "id", 26, "abcdefghijklmnopqrstuv0123456789")
    ev = {
        "kind": "calendar#event",
        "etag": '"' + hid(seed + "etag", 16, "0123456789") + '"',
        "id": eid,
        "status": status,
        "htmlLink": "https://www.google.com/calendar/event?eid=" +
                    base64.urlsafe_b64encode(f"{eid} {OWNER}".encode()).decode().rstrip("="),
        "created": created.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "updated": updated.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + hid(seed + "ms", 3, "0123456789") + "Z",
        "summary": summary,
        "description": description,
    }
    if location:
        ev["location"] = location
    ev["creator"] = {"email": organizer[1], "displayName": organizer[0]}
    ev["organizer"] = {"email": organizer[1], "displayName": organizer[0]}
    ev["start"] = {"dateTime": start.isoformat(), "timeZone": tzname}
    ev["end"] = {"dateTime": end.isoformat(), "timeZone": tzname}
    ev["iCalUID"] = eid + "@google.com"
    ev["sequence"] = sequence
    ev["attendees"] = attendees
    if conference:
        ev["hangoutLink"] = conference
        code = conference.rsplit("/", 1)[1]
        ev["conferenceData"] = {
            "entryPoints": [{"entryPointType": "video", "uri": conference, "label": conference[8:]}],
            "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet",
                                   "iconUri": "https://fonts.gstatic.com/s/i/productlogos/meet_2020q4/v6/web-512dp/logo_meet_2020q4_color_2x_web_512dp.png"},
            "conferenceId": code,
        }
    ev["reminders"] = {"useDefault": True}
    ev["eventType"] = "default"
    return (json.dumps(ev, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


# ---------------------------------------------------------------------------- 12
@case
def c12():
    slug = f"{PREFIX}-12-scholarship-interview-panel-member"
    s = slug
    fatima = ("Fatima Rahman", "f.rahman@merri-uni.example")
    start = at(MEL, 2026, 8, 24, 10, 0, weekday="Monday")
    end = at(MEL, 2026, 8, 24, 11, 30)
    slots = [start + timedelta(minutes=30 * i) for i in range(3)]
    desc = (f"Dean's PhD Scholarship interviews - School of BioSciences\n\n"
            f"Interview panel: Dr Hannah Vuković, Assoc. Prof. Grant Whelan, Dr Yasmin Kaur (chair)\n\n"
            f"Candidates (25 min each + 5 min for panel scoring):\n"
            f"{slots[0]:%H:%M}  Aisha Rahimi (MSc, wetland hydrology)\n"
            f"{slots[1]:%H:%M}  Declan O'Rourke (Honours H1, bat acoustics)\n"
            f"{slots[2]:%H:%M}  Yuna Sato (MRes, soil microbial ecology)\n\n"
            "Panel members: please read the applications in the shared folder and score each candidate against "
            "the rubric (research potential, fit with supervisor, communication). Candidates join the Zoom "
            "waiting room; the chair will admit them.\n\nThanks! Fatima (Graduate Research Coordinator)")
    attendees = [
        {"email": fatima[1], "displayName": fatima[0], "organizer": True, "responseStatus": "accepted"},
        {"email": "yasmin.kaur@merri-uni.example", "displayName": "Yasmin Kaur", "responseStatus": "accepted"},
        {"email": "grant.whelan@merri-uni.example", "displayName": "Grant Whelan", "responseStatus": "tentative"},
        {"email": OWNER, "displayName": OWNER_NAME, "self": True, "responseStatus": "accepted"},
    ]
    ev = gcal_event(seed=s, created=at(MEL, 2026, 8, 5, 13, 2), updated=at(MEL, 2026, 8, 6, 9, 41),
                    summary="Scholarship interviews – BioSciences panel (3 candidates)", description=desc,
                    organizer=fatima, attendees=attendees, start=start, end=end, tzname="Australia/Melbourne",
                    location="Zoom: https://merri-uni.zoom.us/j/89911230457")
    items = [("01-scholarship-interviews-panel.gcal.json", ev)]
    lab = label([], "hard", "negative/user-is-interviewer",
                "Calendar API event: the user sits on a PhD scholarship interview panel (three student candidates). "
                "She interviews others and a scholarship is not a job for her -> negative.")
    return slug, items, lab


# ---------------------------------------------------------------------------- 13
@case
def c13():
    slug = f"{PREFIX}-13-perth-research-fellow-referee-forward"
    s = slug
    kylie = ("Kylie Barnsdale", "k.barnsdale@westerly-uni.example")
    ravi = ("Ravi Menon", "r.menon@westerly-uni.example")
    fiona = ("Fiona Achterberg", "f.achterberg@westerly-uni.example")
    careers = ("Westerly Careers", "careers@westerly-uni.example")
    alan = ("Alan Dwyer", "alan.dwyer@merri-uni.example")
    ref = "614402"
    sent1 = at(PER, 2026, 6, 3, 13, 14, 27, weekday="Wednesday")
    start = at(PER, 2026, 6, 12, 11, 0, weekday="Friday")
    end = start + timedelta(hours=1)
    assert start.astimezone(MEL).strftime("%H:%M") == "13:00"
    t1 = f"""Dear Hannah,

On behalf of the selection panel I'm pleased to invite you to interview for the position of Research Fellow - Fire Ecology (Level B, Ref {ref}) in the Centre for Fire and Biodiversity.

Date: {start:%A} {start.day} {start:%B %Y}
Time: 11.00am - 12.00pm AWST (1.00 - 2.00pm AEST in Melbourne)
Where: Microsoft Teams - the link will come separately from our Talent team

The panel will be me (Chair), Professor Ravi Menon and Dr Fiona Achterberg. We'd like you to open with five minutes on the fire-regime modelling you would bring to the Centre, and then we'll move to questions.

We will be contacting your referees this week, so you may want to give them a heads-up.

Best regards,
Kylie

Dr Kylie Barnsdale
Director, Centre for Fire and Biodiversity
Westerly University | Perth WA 6009
"""
    m1, id1 = mail(seed=s + "1", sent=sent1, frm=kylie, to=(OWNER_NAME, OWNER), cc=[ravi, fiona, careers],
                   subject=f"Interview - Research Fellow, Fire Ecology (Ref {ref})", text=t1, client="outlook")
    fwd_orig = at(PER, 2026, 6, 4, 13, 2, 18, weekday="Thursday")
    due = at(PER, 2026, 6, 10, 17, 0, weekday="Wednesday")
    sent2 = at(MEL, 2026, 6, 4, 17, 30, 2, weekday="Thursday")
    fo = fwd_orig.astimezone(MEL)
    t2 = f"""Hannah - FYI, see below. I'll send mine back to them tomorrow. Good luck for the 12th!

Alan

Begin forwarded message:

From: Westerly University Careers <no-reply@talentquay.example>
Subject: Confidential reference request - Dr Hannah Vuković (Ref {ref})
Date: {fo.day} {fo:%B %Y} at {fo.hour % 12 or 12}:{fo:%M:%S} {'am' if fo.hour < 12 else 'pm'} AEST
To: Alan Dwyer <{alan[1]}>
Reply-To: Westerly Careers <{careers[1]}>

Dear Professor Dwyer,

Dr Hannah Vuković has applied for the position of Research Fellow - Fire Ecology (Ref {ref}) at Westerly University and has nominated you as a referee.

As Dr Vuković has been shortlisted for interview on {start:%d/%m/%Y}, we would be grateful if you could complete the confidential online referee report by 5pm AWST, {due:%A} {due.day} {due:%B}:

https://westerly.talentquay.example/referee/{hid(s+'rr',32,ALNUM)}

The report takes about 15 minutes. Your comments will be seen only by the selection panel.

Kind regards,
Talent Team
Westerly University

--
Professor Alan Dwyer
School of BioSciences, Merri University
"""
    m2, _ = mail(seed=s + "2", sent=sent2, frm=alan, to=(OWNER_NAME, OWNER),
                 subject=f"Fwd: Confidential reference request - Dr Hannah Vuković (Ref {ref})", text=t2,
                 client="apple", from_host="mail.merri-uni.example", ip="203.0.113.88")
    items = [("01-westerly-interview-invitation.eml", m1), ("02-fwd-reference-request-from-referee.eml", m2)]
    ivs = [kylie[1], ravi[1], fiona[1]]
    lab = label([interview("Westerly University", "Research Fellow - Fire Ecology (Level B)", start, end,
                           "scheduled", ivs, ivs, "onsite")],
                "medium", "positive/panel-email-plus-referee-forward",
                "Panel chair invites the candidate (Perth, AWST +08:00, with the Melbourne time given); the panel is "
                "chair + two cc'd members. Her referee later forwards the university's reference request, which "
                "repeats the interview as 12/06/2026 - same interview, not a second one; the referee and the careers "
                "group address are not interviewers or follow-up recipients. A university-employed research "
                "fellowship is a job (contrast with b199-08).")
    return slug, items, lab


# ---------------------------------------------------------------------------- 14
@case
def c14():
    slug = f"{PREFIX}-14-referee-call-for-former-student"
    s = slug
    dani = ("Daniela Ruiz", "d.ruiz@ironbark-eco.example")
    sent1 = at(MEL, 2026, 6, 29, 10, 5, 31, weekday="Monday")
    last_fri = at(MEL, 2026, 6, 26, weekday="Friday")
    call = at(MEL, 2026, 7, 2, 15, 0, weekday="Thursday")
    call_e = call + timedelta(minutes=15)
    t1 = f"""Hi Dr Vuković,

Lachlan Pike has listed you as a referee for our Graduate Ecologist role in the Bendigo office. He interviewed with us last {last_fri:%A} and has progressed to the final stage, so we'd now like to speak with his referees.

Would you have 15 minutes for a reference call on {call:%A} {call.day} {call:%B} at 3pm? I'll send a calendar invite with a Meet link, but happy to just phone you if that's easier. Questions will cover his honours project, fieldwork reliability and report writing.

Thanks so much,

Daniela Ruiz
Talent Partner | Ironbark Ecological Consulting
Level 2, 41 View Street, Bendigo VIC 3550
"""
    m1, id1 = mail(seed=s + "1", sent=sent1, frm=dani, to=(OWNER_NAME, OWNER),
                   subject="Reference check - Lachlan Pike (Graduate Ecologist)", text=t1, client="gmail")
    sent2 = at(MEL, 2026, 6, 29, 14, 22, 9, weekday="Monday")
    desc = ("Reference call for Lachlan Pike, candidate for Graduate Ecologist (Bendigo).\n"
            "Referee: Dr Hannah Vuković (honours supervisor, Merri University)\n"
            "Interviewer notes go into the candidate's file.")
    guests = [dani + ("ACCEPTED",), (OWNER_NAME, OWNER, "NEEDS-ACTION")]
    m2, _ = google_invite(seed=s + "2", sent=sent2, organizer=dani, guests=guests,
                          summary="Reference check call – Lachlan Pike (Graduate Ecologist)", start=call, end=call_e,
                          tzname="Australia/Melbourne", description=desc)
    items = [("01-reference-check-request.eml", m1), ("02-invitation-reference-check-call.eml", m2)]
    lab = label([], "hard", "negative/user-is-referee",
                "A consultancy's talent partner books a reference call with the user about her former student's job "
                "application (Google invite with 'candidate', 'interviewed', 'final stage'). The user is the referee, "
                "not the candidate.")
    return slug, items, lab


# ---------------------------------------------------------------------------- 15
@case
def c15():
    slug = f"{PREFIX}-15-uk-interview-cancelled-post-withdrawn"
    s = slug
    gemma = ("Gemma Stott", "g.stott@wyvern-uni.example")
    ref = "WY-5529"
    sent1 = at(LON, 2026, 5, 22, 9, 44, 10, weekday="Friday")
    start = at(LON, 2026, 6, 10, 13, 30, weekday="Wednesday")
    assert_offset(start, 1)
    end = start + timedelta(hours=1)
    mel = start.astimezone(MEL)
    assert mel.strftime("%H:%M") == "22:30"
    t1 = f"""Dear Dr Vuković,

Lecturer in Ecology and Evolution - Ref: {ref}

Thank you for your interest in the above post. We are pleased to confirm your interview as follows:

Date: {start:%A} {start.day} {start:%B %Y}
Time: {start:%H:%M} - {end:%H:%M} (UK time, BST)
Format: Microsoft Teams (a separate meeting invitation will be sent by the Recruitment Officer)

We note that you are based in Australia; this is {hm(mel)} AEST in Melbourne.

Interview panel:
  Professor Helen Okwu, Head of School of Life Sciences (Chair)
  Dr Rhys Prydderch, Associate Professor in Evolutionary Biology
  Dr Maite Goikoetxea, Lecturer in Ecology

You will be asked to deliver a 10-minute presentation titled "My research and teaching contribution to Wyvern in the next five years".

If you have any questions about your interview, please contact Gemma Stott, Recruitment Officer, at {gemma[1]}.

Wyvern University People Services

This message was sent by Hireline on behalf of Wyvern University. Please do not reply to this email.
"""
    m1, _ = mail(seed=s + "1", sent=sent1, frm=("Wyvern University Jobs", "no-reply@hireline.example"),
                 to=(OWNER_NAME, OWNER), subject=f"Interview confirmation: Lecturer in Ecology and Evolution ({ref})",
                 text=t1, client="system", from_host="smtp-out-4.hireline.example", ip="198.51.100.144",
                 return_path=f"bounce+{hid(s+'rp',10,ALNUM)}@hireline.example",
                 extra=[("Auto-Submitted", "auto-generated"), ("X-Hireline-Vacancy", ref)])
    sent2 = at(LON, 2026, 5, 22, 10, 2, 55, weekday="Friday")
    body2 = f"""Dear Hannah,

Please find the Teams link for your interview for the Lecturer in Ecology and Evolution post ({ref}). The panel members will join from the same meeting; I'll admit you from the lobby.

Kind regards,
Gemma

Gemma Stott
Recruitment Officer | People Services
Wyvern University
"""
    subj = f"Interview - Lecturer in Ecology and Evolution ({ref})"
    wl = f"{start:%d %B %Y} {start:%H:%M}-{end:%H:%M} (UTC+00:00) Dublin, Edinburgh, Lisbon, London."
    m2, uid = exchange_invite(seed=s + "2", sent=sent2, organizer=gemma, required=[(OWNER_NAME, OWNER)],
                              subject=subj, start=start, end=end, win_tzid="GMT Standard Time",
                              when_label=wl, body_text=body2, lang="en-GB")
    sent3 = at(LON, 2026, 6, 1, 16, 18, 40, weekday="Monday")
    body3 = f"""Dear Hannah,

I'm very sorry to have to tell you that the School has withdrawn the Lecturer in Ecology and Evolution post ({ref}) following the University's recruitment pause, which was announced to staff this afternoon. Unfortunately this means we have to cancel your interview on {start:%A} {start.day} {start:%B}.

This is in no way a reflection on your application, which the panel rated very highly. If the post is re-advertised we will let you know directly.

With apologies,
Gemma
"""
    m3, uid3 = exchange_invite(seed=s + "3", sent=sent3, organizer=gemma, required=[(OWNER_NAME, OWNER)],
                               subject="Canceled: " + subj, start=start, end=end, win_tzid="GMT Standard Time",
                               when_label=wl, body_text=body3, method="CANCEL", seq=1, uid=uid, lang="en-GB",
                               teams=False, location="Microsoft Teams Meeting")
    assert uid == uid3
    items = [("01-hireline-interview-confirmation.eml", m1), ("02-wyvern-teams-invite.eml", m2),
             ("03-canceled-wyvern-interview.eml", m3)]
    lab = label([interview("Wyvern University", "Lecturer in Ecology and Evolution", start, end, "cancelled",
                           [], [gemma[1]], "onsite")],
                "medium", "positive/cancellation",
                "UK ATS confirmation (no-reply) + Exchange Teams invite from the recruitment officer, then METHOD:CANCEL "
                "(same UID, SEQUENCE 1, STATUS:CANCELLED) because the post was withdrawn. Kept as cancelled at "
                "13:30 BST (+01:00). Panel named without addresses -> follow-up goes to the recruitment officer.")
    return slug, items, lab


# ---------------------------------------------------------------------------- 16
@case
def c16():
    slug = f"{PREFIX}-16-shortlisted-pick-a-slot-unbooked"
    s = slug
    sent = at(AKL, 2026, 7, 13, 11, 30, 0, weekday="Monday")
    d1 = at(AKL, 2026, 7, 28, 9, 0, weekday="Tuesday")
    d2 = at(AKL, 2026, 7, 29, 9, 0, weekday="Wednesday")
    due = at(AKL, 2026, 7, 17, 17, 0, weekday="Friday")
    assert d1.astimezone(MEL).hour == 7
    t = f"""Dear Dr Vuković,

Lecturer in Plant Ecology - Job 2607-114

Congratulations - the selection panel has shortlisted you for interview.

Interviews will be held by Zoom on {d1:%A} {d1.day} and {d2:%A} {d2.day} {d2:%B} between 9.00am and 1.00pm NZST (7.00 - 11.00am AEST). Please choose a 60-minute interview slot using the link below by 5pm {due:%A} {due.day} {due:%B} (NZST):

https://southernalps.slotpick.example/b/{hid(s+'sp',12,ALNUM)}

Slots are allocated on a first-come basis. Once you have booked, you will receive a confirmation email and a calendar invitation with the Zoom details. If none of the times suit, reply to this email and we will try to find an alternative.

Referee checks are carried out only for candidates who progress after interview.

Ngā mihi,

Hemi Walker
Recruitment Coordinator | Southern Alps University
Ōtautahi Christchurch
"""
    m1, _ = mail(seed=s + "1", sent=sent, frm=("Southern Alps University Recruitment", "recruitment@southernalps-uni.example"),
                 to=(OWNER_NAME, OWNER), subject="Shortlisted - Lecturer in Plant Ecology: please book your interview time",
                 text=t, client="outlook")
    items = [("01-southern-alps-book-interview-slot.eml", m1)]
    lab = label([], "medium", "negative/availability-request",
                "Shortlisting mail asking the candidate to pick a slot over two days through a scheduling link; no "
                "slot is ever booked in the case -> availability request, not an interview.")
    return slug, items, lab


# ---------------------------------------------------------------------------- 17
@case
def c17():
    slug = f"{PREFIX}-17-nz-technical-interview-gcal-api"
    s = slug
    lei = ("Leilani Fonoti", "l.fonoti@putahi-research.example")
    sione = ("Sione Fifita", "s.fifita@putahi-research.example")
    sent1 = at(AKL, 2026, 7, 9, 15, 40, 11, weekday="Thursday")
    start = at(AKL, 2026, 7, 15, 10, 0, weekday="Wednesday")
    assert_offset(start, 12)
    end = start + timedelta(hours=1)
    assert start.astimezone(MEL).hour == 8
    t1 = f"""Kia ora Hannah,

Thanks again for your application for the Quantitative Ecologist (Biodiversity Monitoring) role at Pūtahi Environmental Research.

The next step is a 60-minute technical interview with Dr Sione Fifita, our Principal Statistician. Sione will ask you to walk through an occupancy or abundance analysis you've done (R, Stan or NIMBLE are all fine - share your screen) and then work through a short modelling problem together live. No preparation is needed beyond having your code to hand.

I've put it in the calendar for {start:%A} {start.day} {start:%B} at 10am Wellington time - 8am in Melbourne. You should see the invitation from me in your Google Calendar. I won't be joining the call myself.

Ngā mihi,
Leilani

Leilani Fonoti
Talent Coordinator | Pūtahi Environmental Research
Te Whanganui-a-Tara Wellington
"""
    m1, _ = mail(seed=s + "1", sent=sent1, frm=lei, to=(OWNER_NAME, OWNER), cc=[sione],
                 subject="Technical interview - Quantitative Ecologist", text=t1, client="gmail")
    meet = f"https://meet.google.com/{hid(s+'a',3,'abcdefghijkmnopqrstuvwxyz')}-{hid(s+'b',4,'abcdefghijkmnopqrstuvwxyz')}-{hid(s+'c',3,'abcdefghijkmnopqrstuvwxyz')}"
    attendees = [
        {"email": lei[1], "displayName": lei[0], "organizer": True, "responseStatus": "accepted"},
        {"email": sione[1], "displayName": sione[0], "responseStatus": "accepted"},
        {"email": OWNER, "self": True, "responseStatus": "accepted"},
    ]
    ev = gcal_event(seed=s, created=sent1 - timedelta(minutes=6), updated=sent1 + timedelta(hours=17),
                    summary="Pūtahi – Technical interview (Quantitative Ecologist) – Hannah Vuković",
                    description="Technical interview with Dr Sione Fifita (Principal Statistician): walk-through of a "
                                "past occupancy/abundance analysis + live modelling problem. Leilani (coordinator) "
                                "will not attend.",
                    organizer=lei, attendees=attendees, start=start.astimezone(MEL), end=end.astimezone(MEL),
                    tzname="Pacific/Auckland", conference=meet)
    items = [("01-putahi-technical-interview.eml", m1), ("02-putahi-technical-interview.gcal.json", ev)]
    lab = label([interview("Pūtahi Environmental Research", "Quantitative Ecologist (Biodiversity Monitoring)",
                           start, end, "scheduled", [sione[1]], [sione[1]], "technical")],
                "medium", "positive/gcal-api-dedupe",
                "Coordinator e-mail ('10am Wellington time - 8am in Melbourne') + Calendar API event whose dateTime is "
                "rendered in the user's Melbourne offset (+10:00) while timeZone says Pacific/Auckland; same instant, "
                "one interview. The coordinator organises but does not attend; the statistician is the interviewer.")
    return slug, items, lab


# ---------------------------------------------------------------------------- 18
@case
def c18():
    slug = f"{PREFIX}-18-postdoc-association-mock-panel"
    s = slug
    eliza = ("Eliza Moore", "e.moore@merri-uni.example")
    sent = at(MEL, 2026, 9, 1, 12, 15, 9, weekday="Tuesday")
    start = at(MEL, 2026, 9, 10, 16, 0, weekday="Thursday")
    end = start + timedelta(minutes=45)
    body = f"""Hi Hannah,

Thanks for signing up for the MUPA mock selection panel programme. This is a practice interview only: the two panel members are volunteers from other faculties who are not involved in any of the positions you have applied for, and nothing is reported back to your supervisor or School.

Format: 5-minute "pitch" + 30 minutes of typical lectureship questions (teaching philosophy, first grant, supervision, diversity) + 10 minutes of feedback.

Panel (volunteers): Professor Marcus Feld (Engineering) and Dr Tahnee Rivers (Education).

Please send me the position description of the Lecturer job you are preparing for by Monday so the panel can tailor its questions.

Eliza
Eliza Moore | Careers Officer, Merri University Postdoctoral Association (MUPA)
"""
    m1, _ = exchange_invite(seed=s + "1", sent=sent, organizer=eliza,
                            required=[("Hannah Vukovic", OWNER_WORK), ("Marcus Feld", "m.feld@merri-uni.example"),
                                      ("Tahnee Rivers", "t.rivers@merri-uni.example")],
                            subject="MUPA mock selection panel (practice interview) - Hannah Vukovic",
                            start=start, end=end, win_tzid="AUS Eastern Standard Time",
                            when_label=f"{start:%A}, {start.day} {start:%B %Y} {ol(start)}-{ol(end)} (UTC+10:00) Canberra, Melbourne, Sydney.",
                            body_text=body, location="Room G.07, Postdoc Hub / Teams")
    items = [("01-mupa-mock-selection-panel.eml", m1)]
    lab = label([], "medium", "negative/mock-interview",
                "Postdoc association books a practice 'mock selection panel' with volunteer academics (Exchange "
                "invite to the user's work address). Mock/coaching session -> negative.")
    return slug, items, lab


# ---------------------------------------------------------------------------- 19
@case
def c19():
    slug = f"{PREFIX}-19-canberra-teams-utc10-label-in-aedt"
    s = slug
    bridget = ("Bridget O'Halloran", "bridget.ohalloran@molonglo-uni.example")
    miriam = ("Miriam Lachance", "miriam.lachance@molonglo-uni.example")
    kwame = ("Kwame Asante", "kwame.asante@molonglo-uni.example")
    elspeth = ("Elspeth Rowe", "elspeth.rowe@molonglo-uni.example")
    sent = at(SYD, 2026, 9, 28, 12, 10, 44, weekday="Monday")
    assert_offset(sent, 10)
    start = at(SYD, 2026, 10, 9, 14, 0, weekday="Friday")
    assert_offset(start, 11)
    end = start + timedelta(hours=1)
    body = """Dear Hannah,

Thank you for making yourself available. This invitation is for your interview for the position of Lecturer in Environmental Science (Teaching & Research), reference 2026/0892, Fenner-Hall School of Environment & Society.

The interview panel:
  Professor Miriam Lachance, Director of the School (Chair)
  Dr Kwame Asante, Senior Lecturer
  Dr Elspeth Rowe, Senior Lecturer and Education Lead

The panel will start with a short presentation from you (5 minutes, no slides needed) on how you would contribute to our first-year field-based course. Please join the Teams lobby about five minutes early.

Kind regards,
Bridget O'Halloran
HR Officer (Recruitment) | Molonglo University, Canberra ACT
"""
    m1, _ = exchange_invite(seed=s + "1", sent=sent, organizer=bridget,
                            required=[(OWNER_NAME, OWNER), miriam, kwame, elspeth],
                            subject="Interview: Lecturer in Environmental Science (2026/0892) - Hannah Vuković",
                            start=start, end=end, win_tzid="AUS Eastern Standard Time",
                            when_label=f"{start:%A}, {start.day} {start:%B %Y} {ol(start)}-{ol(end)} (UTC+10:00) Canberra, Melbourne, Sydney.",
                            body_text=body)
    items = [("01-molonglo-teams-interview.eml", m1)]
    ivs = [miriam[1], kwame[1], elspeth[1]]
    lab = label([interview("Molonglo University", "Lecturer in Environmental Science (Teaching & Research)", start,
                           end, "scheduled", ivs, ivs, "onsite")],
                "medium", "positive/outlook-teams-au-dst-label",
                "Exchange/Teams invite sent on 28 Sep under AEST (+1000) for Fri 9 Oct, after daylight saving starts "
                "on 4 Oct; TZID 'AUS Eastern Standard Time' and the '(UTC+10:00) Canberra, Melbourne, Sydney' display "
                "label are static names, the real offset is +11:00. HR officer organises; three-person panel.")
    return slug, items, lab


# ---------------------------------------------------------------------------- 20
@case
def c20():
    slug = f"{PREFIX}-20-uk-pi-zoom-after-clocks-go-back"
    s = slug
    eleanor = ("Eleanor Vass", "e.vass@dunmore-zoology.example")
    sent1 = at(LON, 2026, 10, 21, 17, 12, 30, weekday="Wednesday")
    assert_offset(sent1, 1)
    start = at(LON, 2026, 10, 26, 8, 0, weekday="Monday")
    assert_offset(start, 0)
    end = start + timedelta(minutes=45)
    mel = start.astimezone(MEL)
    assert mel.strftime("%A %H:%M %z") == "Monday 19:00 +1100"
    back = at(LON, 2026, 10, 25, 12, 0, weekday="Sunday")
    t1 = f"""Dear Hannah,

Thank you for your application for the Postdoctoral Research Associate post on our pollinator population dynamics project (ref. DIZ-PRA-26-07). The shortlisting panel enjoyed reading it, and I'd like to invite you to an interview on Zoom. It would be with me (I'm the PI on the grant) and last about 45 minutes; we'll talk about your modelling work and how you'd approach the long-term transect data.

Would {start:%A} {start.day} {start:%B} at 8am UK time work for you? Our clocks go back on {back:%A} {back.day}th, so if I've done my sums right that's 7pm on the {start:%A} evening in Melbourne - do double-check me, I always get this wrong!

Best wishes,
Eleanor

Professor Eleanor Vass
Head of Population Ecology
Dunmore Institute of Zoology, London
"""
    m1, id1 = mail(seed=s + "1", sent=sent1, frm=eleanor, to=(OWNER_NAME, OWNER),
                   subject="Interview - Postdoctoral Research Associate (DIZ-PRA-26-07)", text=t1, client="apple",
                   from_host="smtp.dunmore-zoology.example", ip="203.0.113.140")
    sent_h = at(MEL, 2026, 10, 22, 8, 40, 2, weekday="Thursday")
    id_h = f"<CA{hid(s+'h',12,B64ISH)}+{hid(s+'h2',30,B64ISH)}@mail.gmail.com>"
    th = f"""Dear Eleanor,

Thank you - I'd be delighted. I've checked: 8am GMT on {start:%A} {start.day} {start:%B} is 7pm AEDT here, and that works perfectly.

Best wishes,
Hannah
"""
    sent2 = at(LON, 2026, 10, 22, 9, 3, 51, weekday="Thursday")
    sh = sent_h.astimezone(LON)
    t2 = f"""Dear Hannah,

Wonderful - confirmed for {start:%A} {start.day} {start:%B}, 08:00 GMT (19:00 AEDT for you).

Join Zoom Meeting
https://dunmore-zoology.zoom.us/j/92031884410?pwd={hid(s+'zp',32,B64ISH)}.1
Meeting ID: 920 3188 4410
Passcode: 461190

Speak then,
Eleanor

> On {sh.day} {sh:%b %Y}, at {sh:%H:%M}, {OWNER_NAME} <{OWNER}> wrote:
>
""" + quote(th)
    m2, _ = mail(seed=s + "2", sent=sent2, frm=eleanor, to=(OWNER_NAME, OWNER),
                 subject="Re: Interview - Postdoctoral Research Associate (DIZ-PRA-26-07)", text=t2, client="apple",
                 from_host="smtp.dunmore-zoology.example", ip="203.0.113.140", in_reply_to=id_h,
                 references=f"{id1} {id_h}")
    items = [("01-dunmore-interview-invitation.eml", m1), ("02-re-dunmore-confirmed-zoom.eml", m2)]
    lab = label([interview("Dunmore Institute of Zoology",
                           "Postdoctoral Research Associate (pollinator population dynamics)", start, end,
                           "scheduled", [eleanor[1]], [eleanor[1]], "hiring_manager")],
                "hard", "positive/thread-uk-gmt-after-change",
                "PI proposes 'Monday 26 October at 8am UK time' in a mail dated under BST (+0100); UK clocks go back "
                "on 25 Oct, so the interview is 08:00+00:00 (= 19:00 AEDT). Confirmed in a reply quoting the "
                "candidate. The PI conducts it alone -> hiring_manager.")
    return slug, items, lab


# ---------------------------------------------------------------------------- 21
@case
def c21():
    slug = f"{PREFIX}-21-adelaide-invite-forwarded-from-work"
    s = slug
    carolyn = ("Carolyn Deasey", "carolyn.deasey@mtlofty-uni.example")
    orig = at(ADL, 2026, 2, 24, 16, 17, 5, weekday="Tuesday")
    sent = at(MEL, 2026, 2, 24, 18, 2, 19, weekday="Tuesday")
    start = at(ADL, 2026, 3, 3, 10, 30, weekday="Tuesday")
    assert start.utcoffset() == timedelta(hours=10, minutes=30)
    end = start + timedelta(hours=1)
    assert start.astimezone(MEL).strftime("%H:%M") == "11:00"
    om = orig.astimezone(MEL)
    inner = f"""Dear Dr Vuković,

Lecturer in Plant Ecology (Ref 3307) - School of Biological Sciences

I am pleased to invite you to an interview with the selection panel for the above position:

  {start:%A} {start.day} {start:%B %Y}, 10.30am - 11.30am (Adelaide time, ACDT)
  Via Zoom: https://mtlofty-uni.zoom.us/j/87733019264 (passcode 330712)

The panel comprises Professor Nigel Ashworth (Head of School, Chair), Associate Professor Leonie Haddad and Dr Viktor Sandberg. You will be asked to give a 10-minute presentation titled "Plant ecology for a drying continent: my research and teaching plans" before questions from the panel.

Please reply to confirm that you are able to attend.

Kind regards,

Carolyn Deasey
School Manager, School of Biological Sciences
Mount Lofty University, Adelaide SA 5005
"""
    t = f"""Sending to my personal account so it's in my calendar. 10.30 Adelaide = 11am our time.

H

________________________________
From: Carolyn Deasey <{carolyn[1]}>
Sent: {om:%A}, {om.day} {om:%B %Y} {ol(om)}
To: Hannah Vukovic <{OWNER_WORK}>
Subject: Interview invitation - Lecturer in Plant Ecology (3307)

""" + inner
    m1, _ = mail(seed=s + "1", sent=sent, frm=("Hannah Vukovic", OWNER_WORK), to=(OWNER_NAME, OWNER),
                 subject="FW: Interview invitation - Lecturer in Plant Ecology (3307)", text=t, client="outlook")
    items = [("01-fw-mount-lofty-interview-invitation.eml", m1)]
    lab = label([interview("Mount Lofty University", "Lecturer in Plant Ecology", start, end, "scheduled", [],
                           [carolyn[1]], "onsite")],
                "hard", "positive/forwarded-adelaide-half-hour-offset",
                "The user forwards the invitation from her work address to her personal mailbox (Outlook 'FW:' block). "
                "Adelaide daylight time is +10:30; 10.30am ACDT = 11am AEDT as her note says. The From is her own work "
                "address, so follow-up goes to the school manager in the forwarded block; panel has no addresses.")
    return slug, items, lab


# ---------------------------------------------------------------------------- 22
@case
def c22():
    slug = f"{PREFIX}-22-conservation-trust-phone-screen-tomorrow"
    s = slug
    nicola = ("Nicola Brandt", "nicola.brandt@malleetrust.example")
    sent1 = at(MEL, 2026, 7, 22, 11, 18, 5, weekday="Wednesday")
    start = at(MEL, 2026, 7, 23, 16, 0, weekday="Thursday")
    end = start + timedelta(minutes=20)
    t1 = """Hi Hannah,

Thanks for applying for our Ecologist - Threatened Species Monitoring role. Before we put the interview panel together, I like to have a quick 20-minute phone chat with shortlisted applicants about the role, the fieldwork commitment (around six weeks a year out in the Murray-Sunset) and salary expectations.

Are you free tomorrow at 4pm? I'd call your mobile.

Kind regards,
Nicola

Nicola Brandt
People & Culture Lead
Mallee Conservation Trust | Bendigo VIC
"""
    m1, id1 = mail(seed=s + "1", sent=sent1, frm=nicola, to=(OWNER_NAME, OWNER),
                   subject="Ecologist - Threatened Species Monitoring: quick chat?", text=t1, client="outlook")
    sent_h = at(MEL, 2026, 7, 22, 12, 2, 40, weekday="Wednesday")
    id_h = f"<CA{hid(s+'h',12,B64ISH)}+{hid(s+'h2',30,B64ISH)}@mail.gmail.com>"
    th = """Hi Nicola,

Thanks for getting in touch - tomorrow at 4pm is great. My mobile is 0491 570 156.

Best,
Hannah
"""
    sent2 = at(MEL, 2026, 7, 22, 13, 40, 27, weekday="Wednesday")
    t2 = f"""Perfect - I'll call you on 0491 570 156 tomorrow at 4. Talk then!

Nicola

________________________________
From: {OWNER_NAME} <{OWNER}>
Sent: {sent_h:%A}, {sent_h.day} {sent_h:%B %Y} {ol(sent_h)}
To: Nicola Brandt <{nicola[1]}>
Subject: Re: Ecologist - Threatened Species Monitoring: quick chat?

{th}
________________________________
From: Nicola Brandt <{nicola[1]}>
Sent: {sent1:%A}, {sent1.day} {sent1:%B %Y} {ol(sent1)}
To: {OWNER_NAME} <{OWNER}>
Subject: Ecologist - Threatened Species Monitoring: quick chat?

{t1}"""
    m2, _ = mail(seed=s + "2", sent=sent2, frm=nicola, to=(OWNER_NAME, OWNER),
                 subject="RE: Ecologist - Threatened Species Monitoring: quick chat?", text=t2, client="outlook",
                 in_reply_to=id_h, references=f"{id1} {id_h}")
    items = [("01-mallee-trust-quick-chat.eml", m1), ("02-re-mallee-trust-call-tomorrow.eml", m2)]
    lab = label([interview("Mallee Conservation Trust", "Ecologist - Threatened Species Monitoring", start, end,
                           "scheduled", [nicola[1]], [nicola[1]], "phone_screen")],
                "medium", "positive/relative-date-phone-screen",
                "'Tomorrow at 4pm' in a mail dated Wed 22 July 2026 (+1000) -> Thu 23 July 16:00 AEST; 20-minute "
                "phone screen with shortlisted applicants conducted by the people & culture lead (she is the "
                "interviewer). Confirmed in her reply quoting the candidate.")
    return slug, items, lab


# ============================================================================ main
def main():
    for name in sorted(os.listdir(HERE)):
        p = os.path.join(HERE, name)
        if os.path.isdir(p) and name.startswith(PREFIX + "-"):
            shutil.rmtree(p)
    labels = {}
    for n, fn in enumerate(CASES, 1):
        slug, items, lab = fn()
        assert slug.startswith(f"{PREFIX}-{n:02d}-"), slug
        assert slug not in labels
        names = [x for x, _ in items]
        assert names == sorted(names) and len(set(names)) == len(names), names
        d = os.path.join(HERE, slug)
        os.makedirs(d)
        for fname, data in items:
            assert fname.endswith((".eml", ".ics", ".gcal.json")), fname
            with open(os.path.join(d, fname), "wb") as f:
                f.write(data)
        labels[slug] = lab
    pos = [k for k, v in labels.items() if v["interview"]]
    ivs = [i for v in labels.values() for i in v["interviews"]]
    header = ("# blind199 labels (written blind). Schema: /work/shared/eval/README.md\n"
              f"# {len(labels)} cases: {len(pos)} positive, {len(labels) - len(pos)} negative; "
              f"{len(ivs)} interviews ({sum(i['status'] == 'scheduled' for i in ivs)} scheduled, "
              f"{sum(i['status'] == 'cancelled' for i in ivs)} cancelled). Regenerate with make_cases.py.\n")
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as f:
        f.write(header)
        yaml.safe_dump(labels, f, sort_keys=False, allow_unicode=True, width=110, default_flow_style=False)
    print(f"wrote {len(labels)} cases ({len(pos)} positive, {len(labels) - len(pos)} negative, {len(ivs)} interviews)")


if __name__ == "__main__":
    main()
