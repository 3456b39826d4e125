#!/usr/bin/env python3
"""Generate the blind313 evaluation set (Chicago PM job search, Oct-Nov 2026).

Deletes and rewrites every b313-* case folder, labels.yaml and README.md next to this file.
Standard library + PyYAML + zoneinfo only. Output is byte-identical on every run: every date,
Message-ID, UID and MIME boundary is fixed or derived from sha256 hashes of SEED.
"""
import base64
import hashlib
import html as htmlmod
import json
import quopri
import re
import shutil
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

OUT = Path(__file__).resolve().parent
SEED = "blind313|chicago-pm-search|2026"
OWNER = "jordan.alvarez@example.com"
OWNER_NAME = "Jordan Alvarez"

CHI = ZoneInfo("America/Chicago")
NYC = ZoneInfo("America/New_York")
LAX = ZoneInfo("America/Los_Angeles")
DEN = ZoneInfo("America/Denver")
LON = ZoneInfo("Europe/London")
UTC = timezone.utc
WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


# ----------------------------------------------------------------------------- helpers
def h(*parts, n=16):
    return hashlib.sha256("|".join([SEED, *map(str, parts)]).encode()).hexdigest()[:n]


def digits(*parts, n=10):
    return "".join(str(int(ch, 16) % 10) for ch in h(*parts, "digits", n=n))


def uuid_of(*parts):
    x = h(*parts, n=32)
    return f"{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:]}"


def T(tz, y, mo, d, hh=0, mi=0, ss=0, *, wd, off):
    """Aware datetime; asserts the weekday and the UTC offset (hours) via zoneinfo."""
    x = datetime(y, mo, d, hh, mi, ss, tzinfo=tz)
    assert WD[x.weekday()] == wd, (x, wd, WD[x.weekday()])
    assert x.utcoffset() == timedelta(hours=off), (x, off, x.utcoffset())
    return x


# 2026 DST facts this set relies on (US: Mar 8 / Nov 1, EU/UK: Mar 29 / Oct 25)
T(CHI, 2026, 3, 7, 12, wd="Sat", off=-6)
T(CHI, 2026, 3, 8, 12, wd="Sun", off=-5)
T(CHI, 2026, 10, 31, 12, wd="Sat", off=-5)
T(CHI, 2026, 11, 1, 0, 30, wd="Sun", off=-5)
T(CHI, 2026, 11, 1, 3, 0, wd="Sun", off=-6)
T(NYC, 2026, 11, 1, 3, 0, wd="Sun", off=-5)
T(LAX, 2026, 11, 1, 3, 0, wd="Sun", off=-8)
T(DEN, 2026, 11, 1, 3, 0, wd="Sun", off=-7)
T(LON, 2026, 3, 29, 0, 30, wd="Sun", off=0)
T(LON, 2026, 3, 29, 3, 0, wd="Sun", off=1)
T(LON, 2026, 10, 25, 0, 30, wd="Sun", off=1)
T(LON, 2026, 10, 25, 3, 0, wd="Sun", off=0)


def rfc(x):
    return format_datetime(x)


def iso(x):
    return x.isoformat()


def zstamp(x):
    return x.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def b64(data):
    s = base64.b64encode(data).decode()
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def hdr_val(v):
    try:
        v.encode("ascii")
        return v
    except UnicodeEncodeError:
        return Header(v, "utf-8").encode(maxlinelen=76)


def A(name, email):
    if not name:
        return email
    try:
        name.encode("ascii")
    except UnicodeEncodeError:
        return f"{Header(name, 'utf-8').encode()} <{email}>"
    if any(ch in name for ch in ',.()<>@;:|"[]'):
        return f'"{name}" <{email}>'
    return f"{name} <{email}>"


def leaf(ctype, content, cte="7bit", extra=()):
    data = content.encode("utf-8") if isinstance(content, str) else content
    if cte == "7bit":
        try:
            data.decode("ascii")
        except UnicodeDecodeError:
            cte = "quoted-printable"
    if cte == "base64":
        body = b64(data)
    elif cte == "quoted-printable":
        body = quopri.encodestring(data).decode("ascii")
    else:
        body = data.decode("ascii")
    lines = [f"Content-Type: {ctype}", f"Content-Transfer-Encoding: {cte}", *extra]
    return "\n".join(lines) + "\n\n" + body.rstrip("\n") + "\n"


def multi(subtype, boundary, parts):
    out = f'Content-Type: multipart/{subtype}; boundary="{boundary}"\n\n'
    for p in parts:
        out += f"--{boundary}\n{p}\n"
    return out + f"--{boundary}--\n"


def plain(text, cte="7bit", flowed=False):
    ct = 'text/plain; charset="UTF-8"' + ("; format=flowed; delsp=yes" if flowed else "")
    return leaf(ct, text, cte)


def htmlpart(markup, cte="quoted-printable"):
    return leaf('text/html; charset="UTF-8"', markup, cte)


URL_RE = re.compile(r"(https?://[^\s<>]+)")


def to_html(text, font="Arial,Helvetica,sans-serif"):
    paras = []
    for block in text.strip("\n").split("\n\n"):
        lines = []
        for line in block.split("\n"):
            esc = htmlmod.escape(line, quote=False)
            esc = URL_RE.sub(lambda m: f'<a href="{m.group(1)}">{m.group(1)}</a>', esc)
            lines.append(esc)
        paras.append("<p>" + "<br>\n".join(lines) + "</p>")
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body><div style="font-family:{font};font-size:14px">\n' + "\n".join(paras) + "\n</div></body></html>\n")


def email_msg(c, *, frm, to, date, subject, body, reply_to=None, cc=None, sender=None, mid,
              in_reply_to=None, references=None, extra=(), relay="mail-sor-f41.google.com"):
    arrive = date + timedelta(seconds=2 + int(h(c.id, subject, "lag", n=2), 16) % 9)
    lines = [
        f"Delivered-To: {OWNER}",
        f"Received: from {relay} ({relay}. [{10 + int(h(c.id, mid, n=2), 16) % 200}.{int(h(c.id, mid, 'o2', n=2), 16)}.7.{int(h(c.id, mid, 'o3', n=2), 16) % 250}])",
        f"        by mx.example.com with ESMTPS id {h(c.id, mid, 'smtp', n=12)}",
        f"        for <{OWNER}>; {rfc(arrive)}",
    ]
    if sender:
        lines.append(f"Sender: {sender}")
    lines += [f"From: {frm}"]
    if reply_to:
        lines.append(f"Reply-To: {reply_to}")
    lines.append(f"To: {to}")
    if cc:
        lines.append(f"Cc: {cc}")
    lines += [f"Subject: {hdr_val(subject)}", f"Date: {rfc(date)}", f"Message-ID: {mid}"]
    if in_reply_to:
        lines.append(f"In-Reply-To: {in_reply_to}")
    if references:
        lines.append(f"References: {references}")
    lines += list(extra)
    lines.append("MIME-Version: 1.0")
    return "\n".join(lines) + "\n" + body


def gmail_mid(c, tag):
    return f"<CA{h(c.id, tag, 'gm', n=10).upper()}+{h(c.id, tag, 'gm2', n=22)}@mail.gmail.com>"


def gboundary(c, tag):
    return "000000000000" + h(c.id, tag, "bnd", n=12)


# ----------------------------------------------------------------------------- iCalendar
def fold(line):
    b = line.encode("utf-8")
    out, first = [], True
    while len(b) > (75 if first else 74):
        cut = 75 if first else 74
        while (b[cut] & 0xC0) == 0x80:
            cut -= 1
        out.append(b[:cut])
        b = b[cut:]
        first = False
    out.append(b)
    return "\r\n ".join(x.decode("utf-8") for x in out)


def ical_text(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def vcal(lines):
    return "\r\n".join(fold(l) for l in lines) + "\r\n"


def vtz_iana(tzid):
    std, dst, so, do = {
        "America/Chicago": ("CST", "CDT", "-0600", "-0500"),
        "America/New_York": ("EST", "EDT", "-0500", "-0400"),
        "America/Los_Angeles": ("PST", "PDT", "-0800", "-0700"),
        "America/Denver": ("MST", "MDT", "-0700", "-0600"),
    }[tzid]
    return ["BEGIN:VTIMEZONE", f"TZID:{tzid}", f"X-LIC-LOCATION:{tzid}",
            "BEGIN:DAYLIGHT", f"TZOFFSETFROM:{so}", f"TZOFFSETTO:{do}", f"TZNAME:{dst}",
            "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
            "BEGIN:STANDARD", f"TZOFFSETFROM:{do}", f"TZOFFSETTO:{so}", f"TZNAME:{std}",
            "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
            "END:VTIMEZONE"]


WINTZ = {
    "GMT Standard Time": (LON, "(UTC+00:00) Dublin, Edinburgh, Lisbon, London", [
        "BEGIN:VTIMEZONE", "TZID:GMT Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T010000", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"]),
    "Central Standard Time": (CHI, "(UTC-06:00) Central Time (US & Canada)", [
        "BEGIN:VTIMEZONE", "TZID:Central Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0600",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:-0600", "TZOFFSETTO:-0500",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"]),
}


def dtprop(name, x, tzid=None, zone=None):
    if tzid is None:
        return f"{name}:{zstamp(x)}"
    return f"{name};TZID={tzid}:{x.astimezone(zone).strftime('%Y%m%dT%H%M%S')}"


def att(name, email, partstat="NEEDS-ACTION", role="REQ-PARTICIPANT"):
    return (f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP=TRUE;"
            f"CN={name};X-NUM-GUESTS=0:mailto:{email}")


def ats_ics(*, prodid, method, uid, start, end, stamp, summary, description, location, organizer,
            attendees, tzid=None, seq=0, status="CONFIRMED", extra=()):
    lines = [f"BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN", f"METHOD:{method}"]
    zone = None
    if tzid:
        lines += vtz_iana(tzid)
        zone = ZoneInfo(tzid)
    lines += ["BEGIN:VEVENT", dtprop("DTSTART", start, tzid, zone), dtprop("DTEND", end, tzid, zone),
              f"DTSTAMP:{zstamp(stamp)}", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}", f"UID:{uid}"]
    lines += [att(*a) for a in attendees]
    lines += [f"CREATED:{zstamp(stamp)}", f"DESCRIPTION:{ical_text(description)}",
              f"LAST-MODIFIED:{zstamp(stamp)}", f"LOCATION:{ical_text(location)}", f"SEQUENCE:{seq}",
              f"STATUS:{status}", f"SUMMARY:{ical_text(summary)}", "TRANSP:OPAQUE", *extra,
              "END:VEVENT", "END:VCALENDAR"]
    return vcal(lines)


def mail_with_ics(c, *, text, html, ics, ics_name, method="REQUEST", text_cte="quoted-printable",
                  html_cte="quoted-printable", cal_inline=False, tag="ics"):
    alt_parts = [plain(text, text_cte), htmlpart(html, html_cte)]
    if cal_inline:
        alt_parts.append(leaf(f'text/calendar; charset="UTF-8"; method={method}', ics, "base64"))
    alt = multi("alternative", "alt_" + h(c.id, tag, "alt", n=20), alt_parts)
    attach = leaf(f'application/ics; name="{ics_name}"', ics, "base64",
                  [f'Content-Disposition: attachment; filename="{ics_name}"'])
    return multi("mixed", "mix_" + h(c.id, tag, "mix", n=20), [alt, attach])


# ----------------------------------------------------------------------------- Google Calendar invitation
GTZ = {"America/Chicago": "Central Time - Chicago", "America/Los_Angeles": "Pacific Time - Los Angeles",
       "America/Denver": "Mountain Time - Denver", "America/New_York": "Eastern Time - New York"}


def gtime(x):
    s = str(x.hour % 12 or 12)
    if x.minute:
        s += f":{x.minute:02d}"
    return s + ("am" if x.hour < 12 else "pm")


def google_invite(c, tag, *, org, guests, start, end, tzname, summary, desc, date, seq=0, uid=None):
    """org = (name, email); guests = [(name, email)] excluding the owner. Returns an .eml string."""
    zone = ZoneInfo(tzname)
    ls, le = start.astimezone(zone), end.astimezone(zone)
    subj = (f"Invitation: {summary} @ {ls:%a %b} {ls.day}, {ls.year} {gtime(ls)} - {gtime(le)} "
            f"({ls.tzname()}) ({OWNER})")
    meet = f"{h(c.id, tag, 'm1', n=3)}-{h(c.id, tag, 'm2', n=4)}-{h(c.id, tag, 'm3', n=3)}"
    meet = "".join(chr(97 + int(ch, 16) % 26) if ch != "-" else "-" for ch in meet)
    pin = digits(c.id, tag, "pin", n=9)
    phone = f"+1 {digits(c.id, tag, 'ph', n=3)}-{digits(c.id, tag, 'ph2', n=3)}-{digits(c.id, tag, 'ph3', n=4)}"
    uid = uid or f"{h(c.id, tag, 'uid', n=26)}@google.com"
    eid = base64.b64encode(f"{uid.split('@')[0]} {OWNER}".encode()).decode().rstrip("=")
    link = f"https://calendar.google.com/calendar/event?action=VIEW&eid={eid}"
    guest_lines = "\n".join([f"{org[0]} - organizer", org[1]] + [g[1] for g in guests] + [OWNER])
    text = (f"{summary}\n{ls:%A %b} {ls.day}, {ls.year} \u22c5 {gtime(ls)} \u2013 {gtime(le)}\n{GTZ[tzname]}\n\n"
            f"Join with Google Meet\nhttps://meet.google.com/{meet}\n\nJoin by phone\n(US) {phone}\nPIN: {pin}\n\n"
            f"Organizer\n{org[0]}\n{org[1]}\n\nGuests\n{guest_lines}\nView all guest info {link}\n\n"
            f"{desc}\n\nReply for {OWNER} and view more details {link}\n\n~~//~~\n"
            "Invitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
            "You are receiving this email because you are an attendee on the event.\n\n"
            "Forwarding this invitation could allow any recipient to send a response to the organizer, be added "
            "to the guest list, invite others regardless of their own invitation status, or modify your RSVP. "
            "Learn more https://support.google.com/calendar/answer/37135#forwarding\n")
    markup = to_html(text, font="Roboto,Helvetica,Arial,sans-serif")
    ics_desc = (f"{desc}\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
                f"Join with Google Meet: https://meet.google.com/{meet}\nOr dial: (US) {phone} PIN: {pin}#\n\n"
                "Please do not edit this section.\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-")
    stamp = date.astimezone(UTC)
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
             "CALSCALE:GREGORIAN", "METHOD:REQUEST", "BEGIN:VEVENT", f"DTSTART:{zstamp(start)}",
             f"DTEND:{zstamp(end)}", f"DTSTAMP:{zstamp(stamp)}", f"ORGANIZER;CN={org[0]}:mailto:{org[1]}",
             f"UID:{uid}", att(org[0], org[1], "ACCEPTED")]
    lines += [att(g[0], g[1]) for g in guests] + [att(OWNER, OWNER)]
    lines += [f"X-GOOGLE-CONFERENCE:https://meet.google.com/{meet}", f"CREATED:{zstamp(stamp)}",
              f"DESCRIPTION:{ical_text(ics_desc)}", f"LAST-MODIFIED:{zstamp(stamp)}", "LOCATION:",
              f"SEQUENCE:{seq}", "STATUS:CONFIRMED", f"SUMMARY:{ical_text(summary)}", "TRANSP:OPAQUE",
              "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder", "TRIGGER:-P0DT0H10M0S",
              "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    ics = vcal(lines)
    alt = multi("alternative", gboundary(c, tag + "alt"), [
        leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', text, "base64"),
        htmlpart(markup, "quoted-printable"),
        leaf('text/calendar; charset="UTF-8"; method=REQUEST', ics, "base64")])
    body = multi("mixed", gboundary(c, tag + "mix"), [
        alt, leaf('application/ics; name="invite.ics"', ics, "base64",
                  ['Content-Disposition: attachment; filename="invite.ics"'])])
    return email_msg(c, frm=A(*org), reply_to=A(*org), sender="Google Calendar <calendar-notification@google.com>",
                     to=OWNER, date=date, subject=subj, body=body,
                     mid=f"<calendar-{uuid_of(c.id, tag, 'mid')}@google.com>", relay="mail-sor-f73.google.com")


# ----------------------------------------------------------------------------- Exchange / Teams invitation
def teams_block(c, tag, lang="en-US"):
    mid = digits(c.id, tag, "tmid", n=12)
    pc = h(c.id, tag, "tpc", n=6)
    url = (f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{h(c.id, tag, 'tm', n=40)}%40thread.v2/0"
           f"?context=%7b%22Tid%22%3a%22{uuid_of(c.id, 'tenant')}%22%7d")
    text = ("________________________________________________________________________________\n"
            f"Microsoft Teams Need help? <https://aka.ms/JoinTeamsMeeting?omkt={lang}>\n"
            f"Join the meeting now <{url}>\n"
            f"Meeting ID: {mid[:3]} {mid[3:6]} {mid[6:9]} {mid[9:]}\nPasscode: {pc}\n"
            "________________________________\n"
            f"For organizers: Meeting options <https://teams.microsoft.com/meetingOptions/?meetingId={h(c.id, tag, 'mo', n=20)}>\n"
            "________________________________________________________________________________\n")
    return text, url


def teams_invite(c, tag, *, org, required, optional=(), start, end, wintz, summary, note, date, uid,
                 seq=0, cancel=False, uk=False, exch_prefix="CH0PR11MB5457"):
    zone, label, vtz = WINTZ[wintz]
    ls, le = start.astimezone(zone), end.astimezone(zone)
    lang = "en-GB" if uk else "en-US"
    if uk:
        when = f"{ls:%A}, {ls.day} {ls:%B %Y} {ls:%H:%M}-{le:%H:%M} {label}."
    else:
        when = (f"{ls:%A, %B} {ls.day}, {ls.year} {ls.hour % 12 or 12}:{ls.minute:02d} {'AM' if ls.hour < 12 else 'PM'}-"
                f"{le.hour % 12 or 12}:{le.minute:02d} {'AM' if le.hour < 12 else 'PM'} {label}.")
    tb, url = teams_block(c, tag, lang)
    text = f"{note}\n\n{tb}" if not cancel else f"{note}\n"
    text = (f"When: {when}\nWhere: Microsoft Teams Meeting\n\n"
            "*~*~*~*~*~*~*~*~*~*\n\n" + text)
    markup = to_html(text, font="Aptos,Calibri,Helvetica,sans-serif")
    stamp = date.astimezone(UTC)
    lines = ["BEGIN:VCALENDAR", f"METHOD:{'CANCEL' if cancel else 'REQUEST'}",
             "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0", *vtz, "BEGIN:VEVENT",
             f"ORGANIZER;CN={org[0]}:mailto:{org[1]}"]
    for n, e in required:
        lines.append(f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={n}:mailto:{e}")
    for n, e in optional:
        lines.append(f"ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={n}:mailto:{e}")
    lines += [f"DESCRIPTION;LANGUAGE={lang}:{ical_text(text)}",
              f"UID:{uid}", f"SUMMARY;LANGUAGE={lang}:{'Canceled: ' if cancel else ''}{ical_text(summary)}",
              dtprop("DTSTART", start, wintz, zone), dtprop("DTEND", end, wintz, zone),
              "CLASS:PUBLIC", f"PRIORITY:{1 if cancel else 5}", f"DTSTAMP:{zstamp(stamp)}", "TRANSP:OPAQUE",
              f"STATUS:{'CANCELLED' if cancel else 'CONFIRMED'}", f"SEQUENCE:{seq}",
              f"LOCATION;LANGUAGE={lang}:Microsoft Teams Meeting",
              f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
              f"X-MICROSOFT-CDO-OWNERAPPTID:{int(h(uid, 'own', n=7), 16)}",
              f"X-MICROSOFT-CDO-BUSYSTATUS:{'FREE' if cancel else 'TENTATIVE'}",
              f"X-MICROSOFT-CDO-INTENDEDSTATUS:{'FREE' if cancel else 'BUSY'}",
              "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", f"X-MICROSOFT-CDO-IMPORTANCE:{2 if cancel else 1}",
              "X-MICROSOFT-CDO-INSTTYPE:0", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
              "X-MICROSOFT-DISALLOW-COUNTER:FALSE", "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT",
              "X-MICROSOFT-ISRESPONSEREQUESTED:TRUE",
              f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{url}",
              "X-MICROSOFT-LOCATIONDISPLAYNAME:Microsoft Teams Meeting",
              "X-MICROSOFT-LOCATIONSOURCE:None",
              "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY",
              "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    ics = vcal(lines)
    bnd = f"_000_{exch_prefix}{h(c.id, tag, 'xb', n=8).upper()}namp_"
    body = multi("alternative", bnd, [
        leaf('text/plain; charset="utf-8"', text, "quoted-printable"),
        leaf('text/html; charset="utf-8"', markup, "quoted-printable"),
        leaf(f'text/calendar; charset="utf-8"; method={"CANCEL" if cancel else "REQUEST"}', ics, "base64")])
    subj = ("Canceled: " if cancel else "") + summary
    to = ", ".join(A(n, e) for n, e in required)
    cc = ", ".join(A(n, e) for n, e in optional) or None
    idx = base64.b64encode(bytes.fromhex(h(c.id, tag, "tidx", n=44))).decode()
    extra = [f"Thread-Topic: {summary}", f"Thread-Index: {idx}", "X-MS-Has-Attach:",
             "X-MS-TNEF-Correlator:", f"Content-Language: {lang}", "X-MS-Exchange-Organization-SCL: -1",
             f"x-ms-exchange-calendar-series-instance-id: BAAAAIIA4AB0xbcQGoLgCAAAAAA{h(uid, 'sid', n=16)}"]
    return email_msg(c, frm=A(*org), to=to, cc=cc, date=date, subject=subj, body=body,
                     mid=f"<{exch_prefix}{h(c.id, tag, 'xm', n=12).upper()}@{exch_prefix}.namprd11.prod.outlook.com>",
                     extra=extra, relay=f"{exch_prefix.lower()}.namprd11.prod.outlook.com")


def exch_uid(*parts):
    return "040000008200E00074C5B7101A82E00800000000" + h(*parts, "exuid", n=72).upper()


# ----------------------------------------------------------------------------- Calendly
def calendly_mail(c, tag, *, event, host, host_email, start, end, desc, location, date, answer):
    ls, le = start.astimezone(CHI), end.astimezone(CHI)
    day = f"{ls:%A, %B} {ls.day}, {ls.year}"
    span = f"{ls.hour % 12 or 12}:{ls.minute:02d}{ls:%p}".lower() + " - " + \
           f"{le.hour % 12 or 12}:{le.minute:02d}{le:%p}".lower() + " (Central Time - US & Canada)"
    tok = h(c.id, tag, "cal", n=24)
    text = (f"Hi {OWNER_NAME},\n\nYour {event} with {host} at {span} on {day} is scheduled.\n\n"
            f"Event Type:\n{event}\n\nInvitee:\n{OWNER_NAME}\n\nInvitee Email:\n{OWNER}\n\n"
            f"Event Date/Time:\n{span} on {day}\n\nLocation:\n{location}\n\nDescription:\n{desc}\n\n"
            f"Questions:\nPlease share anything that will help prepare for our meeting.\n{answer}\n\n"
            f"Need to make changes to this event?\nCancel: https://calendly.com/cancellations/{tok}\n"
            f"Reschedule: https://calendly.com/reschedulings/{tok}\n\nPowered by Calendly.com\n")
    body = multi("alternative", f"--=_calendly_{h(c.id, tag, 'cb', n=18)}", [
        plain(text, "quoted-printable"), htmlpart(to_html(text), "base64")])
    return email_msg(c, frm=A("Calendly", "notifications@calendly.com"), reply_to=A(host, host_email), to=A(OWNER_NAME, OWNER),
                     date=date, subject=f"Confirmed: {event} with {host} on {day}", body=body,
                     mid=f"<{uuid_of(c.id, tag, 'cm')}@calendly.com>", relay="o1.email.calendly.com")


# ----------------------------------------------------------------------------- case registry
class Case:
    def __init__(self, num, slug):
        self.num, self.slug = num, slug
        self.id = f"b313-{num:02d}-{slug}"
        self.items = []

    def add(self, name, data):
        self.items.append((f"{len(self.items) + 1:02d}-{name}", data.encode("utf-8") if isinstance(data, str) else data))


CASES = []


def case(slug):
    def deco(fn):
        CASES.append((slug, fn))
        return fn
    return deco


def iv(company, role, start, end, interviewers, followups, kind, status="scheduled"):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end) if end else None,
            "status": status, "interviewer_emails": list(interviewers),
            "followup_recipients": list(followups), "kind": kind}


def label(interviews, difficulty, category, notes):
    return {"user": OWNER, "interview": bool(interviews), "interviews": interviews,
            "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}


# ----------------------------------------------------------------------------- people
LL = "Lakeshore Ledger"
LL_ROLE = "Senior Product Manager, Payments"
TESSA = ("Tessa Brennan", "tessa.brennan@lakeshoreledger.example")
MARCUS = ("Marcus Oyelaran", "marcus.oyelaran@lakeshoreledger.example")
ANJALI = ("Anjali Rao", "anjali.rao@lakeshoreledger.example")
DENISE = ("Denise Harlow", "denise.harlow@lakeshoreledger.example")

CB = "Carebridge Health"
CB_ROLE = "Product Manager, Patient Experience"
DANA = ("Dana Lindqvist", "dana.lindqvist@carebridgehealth.example")
NADIA = ("Nadia Feldman", "nadia.feldman@carebridgehealth.example")
OMAR = ("Omar Haddad", "omar.haddad@carebridgehealth.example")
GRACE = ("Grace Liu", "grace.liu@carebridgehealth.example")

SW = "Switchback Labs"
SW_ROLE = "Founding Product Manager"
KELSEY = ("Kelsey Park", "kelsey@switchbacklabs.example")
CALEB = ("Caleb Moreau", "caleb@switchbacklabs.example")
REGGIE = ("Reggie Tran", "reggie@switchbacklabs.example")

TW = "Tidewell"
TW_ROLE = "Senior Product Manager, Platform"
HANNAH = ("Hannah Szabo", "hannah.szabo@tidewell.example")
LUIS = ("Luis Carmona", "luis.carmona@tidewell.example")
FIONA = ("Fiona Gallagher", "fiona.gallagher@tidewell.example")
DEVIN = ("Devin Shah", "devin.shah@tidewell.example")
MARISOL = ("Marisol Vega", "marisol.vega@tidewell.example")
PETER = ("Peter Nakamura", "peter.nakamura@tidewell.example")

HL = "Harborlight"
HL_ROLE = "Product Manager, Growth"
IMOGEN = ("Imogen Clarke", "imogen.clarke@harborlight.example")
RHYS = ("Rhys Penhaligon", "rhys.penhaligon@harborlight.example")
TOMASZ = ("Tomasz Wilk", "tomasz.wilk@harborlight.example")
AISHA = ("Aisha Bello", "aisha.bello@harborlight.example")
OLIVER = ("Oliver Grant", "oliver.grant@harborlight.example")

ME = (OWNER_NAME, OWNER)


# ============================================================================= cases 01-11
@case("linkedin-job-alert")
def c01(c):
    d = T(UTC, 2026, 10, 1, 12, 3, 41, wd="Thu", off=0)
    jobs = [("Senior Product Manager, Payments", "Lakeshore Ledger", "Chicago, IL (Hybrid)", "Actively recruiting"),
            ("Product Manager, Patient Experience", "Carebridge Health", "United States (Remote)", "Be an early applicant"),
            ("Senior Product Manager - Risk", "Quarry Analytics", "Chicago, IL (On-site)", "3 connections work here"),
            ("Product Lead, Merchant Tools", "Nimbletrail", "Evanston, IL (Hybrid)", "Actively recruiting")]
    text = "Your job alert for Senior Product Manager in Chicago, Illinois, United States\n\n4 new jobs match your preferences.\n\n"
    for t, co, loc, badge in jobs:
        text += f"{t}\n{co}\n{loc}\n{badge}\nView job: https://www.linkedin.com/comm/jobs/view/{digits(c.id, t, n=10)}/\n\n"
    text += ("Stand out to recruiters who are interviewing now: try Premium free for 1 month.\n"
             "Prep with AI-powered interview practice questions for product managers.\n\n"
             "See all jobs on LinkedIn: https://www.linkedin.com/comm/jobs/search/?keywords=Senior%20Product%20Manager\n\n"
             "This email was intended for Jordan Alvarez (Senior Product Manager at Prairie Goods Co.)\n"
             "You are receiving Job Alert emails. Unsubscribe: https://www.linkedin.com/comm/jobs/alerts\n"
             "\u00a9 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.\n")
    body = multi("alternative", f"----=_Part_{digits(c.id, 'p', n=7)}_{digits(c.id, 'q', n=9)}.{digits(c.id, 'r', n=13)}",
                 [plain(text, "quoted-printable"), htmlpart(to_html(text), "quoted-printable")])
    c.add("linkedin-job-alert.eml", email_msg(
        c, frm=A("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com"), to=A(OWNER_NAME, OWNER), date=d,
        subject="\u201cSenior Product Manager\u201d in Chicago: Lakeshore Ledger - Senior Product Manager, Payments and more",
        body=body, mid=f"<{digits(c.id, 'm', n=12)}.{digits(c.id, 'n', n=5)}.{digits(c.id, 'k', n=13)}@ltx1-app{digits(c.id, 'a', n=4)}.prod.linkedin.com>",
        relay="mailb-ea.linkedin.com", extra=["List-Unsubscribe: <https://www.linkedin.com/comm/jobs/alerts/unsubscribe>"]))
    return label([], "easy", "negative/job-alert",
                 "LinkedIn job-alert digest listing companies the owner later interviews with; 'recruiting'/'interview' "
                 "wording but no interview.")


@case("lakeshore-greenhouse-recruiter-screen")
def c02(c):
    d = T(CHI, 2026, 10, 2, 14, 37, 9, wd="Fri", off=-5)
    s = T(CHI, 2026, 10, 6, 10, 0, wd="Tue", off=-5)
    e = s + timedelta(minutes=30)
    zoom = f"https://lakeshoreledger.zoom.us/j/{digits(c.id, 'z', n=10)}?pwd={h(c.id, 'zp', n=22)}"
    portal = f"https://my.greenhouse.io/interviews/{h(c.id, 'portal', n=20)}"
    text = ("Hi Jordan,\n\nThanks for making time to chat! Here are the details for your phone screen with Lakeshore Ledger.\n\n"
            f"Role: {LL_ROLE}\nInterview: Recruiter Phone Screen\nDate: Tuesday, October 6, 2026\n"
            "Time: 10:00 AM - 10:30 AM CDT (Central Time)\nInterviewer: Tessa Brennan, Senior Technical Recruiter\n"
            f"Location: Zoom - {zoom}\n\n"
            "This one is pretty casual. I'll tell you more about the Payments team and where this role fits, "
            "and I'd love to hear what you're looking for in your next move. No prep needed.\n\n"
            f"View your interview schedule anytime: {portal}\n\n"
            "A calendar invite is attached. If you need to reschedule, just reply to this email.\n\nBest,\nTessa\n\n"
            "Tessa Brennan | Senior Technical Recruiter | Lakeshore Ledger\n311 S Wacker Dr, Chicago, IL\n")
    ics = ats_ics(prodid="-//Greenhouse Software//Greenhouse//EN", method="REQUEST",
                  uid=f"gh-{h(c.id, 'uid', n=20)}@greenhouse.io", start=s, end=e, stamp=d,
                  summary="Recruiter Phone Screen - Jordan Alvarez (Lakeshore Ledger)",
                  description=f"Phone screen with Tessa Brennan for the {LL_ROLE} role.\nZoom: {zoom}",
                  location=zoom, organizer=TESSA, attendees=[(OWNER_NAME, OWNER)], tzid="America/Chicago")
    body = mail_with_ics(c, text=text, html=to_html(text), ics=ics, ics_name="invite.ics")
    c.add("greenhouse-interview-confirmation.eml", email_msg(
        c, frm=A("Tessa Brennan", "no-reply@us.greenhouse-mail.io"), reply_to=A(*TESSA), to=OWNER, date=d,
        subject=f"Interview Confirmation: Lakeshore Ledger - {LL_ROLE}", body=body,
        mid=f"<{h(c.id, 'mid', n=24)}.{digits(c.id, 'mid2', n=6)}@us.greenhouse-mail.io>", relay="o7.us.greenhouse-mail.io"))
    return label([iv(LL, LL_ROLE, s, e, [TESSA[1]], [TESSA[1]], "phone_screen")], "easy", "positive/ats-ics",
                 "Greenhouse confirmation from no-reply sender with Reply-To recruiter and an .ics (TZID America/Chicago). "
                 "The recruiter conducts the screen, so she is the interviewer.")


@case("carebridge-thread-propose-confirm")
def c03(c):
    d1 = T(NYC, 2026, 10, 5, 10, 12, 55, wd="Mon", off=-4)
    d2 = T(CHI, 2026, 10, 5, 11, 40, 18, wd="Mon", off=-5)
    d3 = T(NYC, 2026, 10, 5, 13, 5, 2, wd="Mon", off=-4)
    s = T(NYC, 2026, 10, 8, 14, 0, wd="Thu", off=-4)
    e = s + timedelta(minutes=30)
    m1, m2, m3 = gmail_mid(c, 1), gmail_mid(c, 2), gmail_mid(c, 3)
    t1 = ("Hi Jordan!\n\nThanks so much for applying to the Product Manager, Patient Experience role here at Carebridge. "
          "Your background in consumer payments caught our eye - a lot of what we're building right now is around "
          "scheduling and billing for patients, so there's real overlap.\n\n"
          "I'd love to set up a quick 30 minute intro call. Does Thursday at 2pm ET work? If not, Friday at 11am ET "
          "is also open on my end.\n\nLooking forward to chatting!\nDana\n\n"
          "Dana Lindqvist | Senior Recruiter\nCarebridge Health | New York, NY\nhttps://carebridgehealth.example/careers\n")
    subj = "Carebridge Health - Product Manager, Patient Experience"
    c.add("dana-intro-call.eml", email_msg(c, frm=A(*DANA), to=A(OWNER_NAME, OWNER), date=d1, subject=subj,
                                           body=plain(t1), mid=m1))
    quoted = "\n".join("> " + l if l else ">" for l in t1.rstrip("\n").split("\n"))
    t2 = ("Hi Dana,\n\nThanks for reaching out! Thursday at 2pm ET (1pm for me in Chicago) works great. "
          "Best number to reach me is 312-555-0148.\n\nJordan\n\n"
          f"On Mon, Oct 5, 2026 at 9:12\u202fAM Dana Lindqvist <{DANA[1]}> wrote:\n{quoted}\n")
    c.add("re-jordan-thursday-works.eml", email_msg(c, frm=A(*ME), to=A(*DANA), date=d2, subject="Re: " + subj,
                                                    body=plain(t2, "quoted-printable", flowed=False), mid=m2,
                                                    in_reply_to=m1, references=m1))
    t3 = ("Perfect - you're all set for Thursday 10/8 at 2:00pm ET. I'll give you a call at 312-555-0148.\n\n"
          "Talk soon!\nDana\n\n"
          f"On Mon, Oct 5, 2026 at 12:40 PM Jordan Alvarez <{OWNER}> wrote:\n> Thursday at 2pm ET (1pm for me in Chicago) works great.\n")
    body3 = multi("alternative", gboundary(c, "t3"), [plain(t3, "quoted-printable"), htmlpart(to_html(t3))])
    c.add("re-dana-confirmed.eml", email_msg(c, frm=A(*DANA), to=A(OWNER_NAME, OWNER), date=d3, subject="Re: " + subj,
                                             body=body3, mid=m3, in_reply_to=m2, references=f"{m1} {m2}"))
    return label([iv(CB, CB_ROLE, s, e, [DANA[1]], [DANA[1]], "phone_screen")], "medium",
                 "positive/thread-propose-confirm",
                 "Recruiter proposes Thu 2pm ET or Fri 11am ET (Mon Oct 5), owner picks Thursday, recruiter confirms 10/8 "
                 "2:00pm ET by phone. Body only; 30 minutes from the first message; owner's reply mentions 1pm Chicago.")


@case("switchback-calendly-intro")
def c04(c):
    d = T(UTC, 2026, 10, 6, 16, 21, 37, wd="Tue", off=0)
    s = T(CHI, 2026, 10, 9, 11, 0, wd="Fri", off=-5)
    e = s + timedelta(minutes=30)
    meet = "https://meet.google.com/rvk-qtbn-hzw"
    c.add("calendly-confirmed-intro-call.eml", calendly_mail(
        c, "a", event="Switchback Labs Intro Call", host=KELSEY[0], host_email=KELSEY[1], start=s, end=e,
        desc=("Quick intro about the Founding Product Manager role at Switchback Labs: who we are, what we're building "
              "for independent outdoor retailers, and what you're looking for. - Kelsey (Head of Talent)"),
        location=f"This is a Google Meet web conference. {meet}", date=d,
        answer="Excited to learn more about the Founding PM role - I've been following Switchback since the seed announcement."))
    return label([iv(SW, SW_ROLE, s, e, [KELSEY[1]], [KELSEY[1]], "phone_screen")], "easy", "positive/calendly",
                 "Calendly invitee confirmation (notifications@calendly.com, Reply-To the host). Time shown in Central Time; "
                 "the host (Head of Talent) runs the intro screen.")


@case("tidewell-ashby-screen-zoom")
def c05(c):
    d = T(LAX, 2026, 10, 7, 12, 8, 44, wd="Wed", off=-7)
    s = T(CHI, 2026, 10, 12, 11, 30, wd="Mon", off=-5)
    e = s + timedelta(minutes=30)
    assert s.astimezone(LAX).hour == 9
    zoom = f"https://tidewell.zoom.us/j/{digits(c.id, 'z', n=11)}"
    text = ("Hi Jordan,\n\n"
            f"You're confirmed for a Recruiter Screen for the {TW_ROLE} role at Tidewell.\n\n"
            "When: Monday, October 12, 2026, 11:30 AM - 12:00 PM CDT\n"
            f"Where: Zoom - {zoom}\nWith: Hannah Szabo (Recruiter)\n\n"
            "Hannah will walk you through the role and the Platform team, and leave plenty of room for your questions "
            "about Tidewell. Plan on about 30 minutes.\n\n"
            "Need to make a change? Reply to this email and we'll sort it out.\n\n- Tidewell Recruiting\n\n"
            "Sent with Ashby\n")
    ics = ats_ics(prodid="-//Ashby//Ashby Scheduling//EN", method="REQUEST", uid=f"{uuid_of(c.id, 'uid')}@ashbyhq.com",
                  start=s, end=e, stamp=d, summary="Tidewell | Recruiter Screen with Jordan Alvarez",
                  description=f"Recruiter Screen for {TW_ROLE}.\nJoin Zoom: {zoom}", location=zoom,
                  organizer=HANNAH, attendees=[(OWNER_NAME, OWNER)])
    body = mail_with_ics(c, text=text, html=to_html(text), ics=ics, ics_name="Tidewell-Recruiter-Screen.ics",
                         html_cte="base64", text_cte="7bit")
    c.add("ashby-interview-confirmed.eml", email_msg(
        c, frm=A("Tidewell Recruiting", "no-reply@ashbyhq.com"), reply_to=A(*HANNAH), to=A(OWNER_NAME, OWNER), date=d,
        subject="Your interview with Tidewell is confirmed", body=body,
        mid=f"<{uuid_of(c.id, 'mid')}@ashbyhq.com>", relay="o3.ptr8121.ashbyhq.com"))
    return label([iv(TW, TW_ROLE, s, e, [HANNAH[1]], [HANNAH[1]], "phone_screen")], "easy", "positive/ats-ics",
                 "Ashby confirmation shown in CDT, .ics in UTC (16:30Z); company is in Pacific time (9:30am PT).")


@case("lakeshore-hm-and-product-sense")
def c06(c):
    d1 = T(CHI, 2026, 10, 8, 9, 47, 12, wd="Thu", off=-5)
    d2 = T(UTC, 2026, 10, 8, 14, 49, 30, wd="Thu", off=0)
    d3 = T(UTC, 2026, 10, 8, 14, 51, 4, wd="Thu", off=0)
    s1 = T(CHI, 2026, 10, 13, 13, 0, wd="Tue", off=-5)
    e1 = s1 + timedelta(minutes=45)
    s2 = T(CHI, 2026, 10, 16, 10, 0, wd="Fri", off=-5)
    e2 = s2 + timedelta(hours=1)
    t1 = ("Hi Jordan,\n\nGreat chatting on Tuesday! The team was excited to hear how it went, and we'd like to move "
          "you forward to the next two conversations:\n\n"
          "1) Hiring manager call with Marcus Oyelaran (Director of Product, Payments) - Tuesday 10/13, 1:00-1:45pm CT\n"
          "2) Product sense case with Anjali Rao (Group PM) - Friday 10/16, 10:00-11:00am CT\n\n"
          "For the case, Anjali will give you a prompt live, so there's nothing to prepare ahead of time. Think "
          "whiteboard-style conversation: how you'd frame the problem, who the users are, what you'd build first "
          "and how you'd know it worked.\n\n"
          "I've sent over calendar invites for both. Shout if either time doesn't work!\n\nThanks,\nTessa\n")
    c.add("tessa-next-steps.eml", email_msg(c, frm=A(*TESSA), to=A(OWNER_NAME, OWNER), date=d1,
                                            subject="Next steps with Lakeshore Ledger", body=plain(t1), mid=gmail_mid(c, 1)))
    c.add("invitation-hiring-manager-marcus.eml", google_invite(
        c, "hm", org=TESSA, guests=[MARCUS], start=s1, end=e1, tzname="America/Chicago", date=d2,
        summary="Lakeshore Ledger: Jordan Alvarez <> Marcus Oyelaran (Hiring Manager)",
        desc=(f"Hiring manager conversation for the {LL_ROLE} role. Marcus leads Payments product; expect a "
              "walk through your background and the problems his team is tackling in merchant payouts.")))
    c.add("invitation-product-sense-anjali.eml", google_invite(
        c, "ps", org=TESSA, guests=[ANJALI], start=s2, end=e2, tzname="America/Chicago", date=d3,
        summary="Lakeshore Ledger: Product Sense Case - Jordan Alvarez / Anjali Rao",
        desc=(f"Product sense case interview ({LL_ROLE}). Anjali will share a prompt at the start - no prep "
              "needed. Feel free to use a notepad or a shared doc.")))
    return label([iv(LL, LL_ROLE, s1, e1, [MARCUS[1]], [MARCUS[1]], "hiring_manager"),
                  iv(LL, LL_ROLE, s2, e2, [ANJALI[1]], [ANJALI[1]], "technical")], "medium",
                 "positive/two-interviews",
                 "Recruiter mail + two Google Calendar invitations for two different days: hiring-manager call and "
                 "a product-sense case interview (kind technical). Organizer Tessa only schedules.")


@case("carebridge-goodtime-reschedule")
def c07(c):
    d1 = T(NYC, 2026, 10, 8, 15, 30, 10, wd="Thu", off=-4)
    d2 = T(NYC, 2026, 10, 9, 10, 2, 45, wd="Fri", off=-4)
    d3 = T(NYC, 2026, 10, 9, 10, 6, 19, wd="Fri", off=-4)
    s0 = T(NYC, 2026, 10, 13, 12, 0, wd="Tue", off=-4)
    s = T(NYC, 2026, 10, 15, 15, 30, wd="Thu", off=-4)
    e = s + timedelta(minutes=45)
    uid = f"goodtime-{h(c.id, 'uid', n=24)}@goodtime.io"
    zoom = f"https://carebridgehealth.zoom.us/j/{digits(c.id, 'z', n=11)}"
    gt_from = A("Carebridge Health Talent via GoodTime", "notifications@goodtime.io")
    subj = f"Interview Confirmed: {CB_ROLE} - Carebridge Health"
    t1 = ("Hi Jordan,\n\nYour interview with Carebridge Health has been scheduled. The details are below and a "
          "calendar invitation is attached.\n\nHiring Manager Interview\nTuesday, October 13, 2026\n"
          "12:00 PM - 12:45 PM EDT (11:00 AM - 11:45 AM CDT)\nInterviewer: Nadia Feldman, Director of Product\n"
          f"Zoom: {zoom}\n\nQuestions? Contact Dana Lindqvist at {DANA[1]}.\n\nPowered by GoodTime\n")
    ics1 = ats_ics(prodid="-//GoodTime.io//GoodTime Hire//EN", method="REQUEST", uid=uid, start=s0,
                   end=s0 + timedelta(minutes=45), stamp=d1,
                   summary="Carebridge Health - Hiring Manager Interview - Jordan Alvarez",
                   description=f"{CB_ROLE}\nInterviewer: Nadia Feldman\nZoom: {zoom}", location=zoom,
                   organizer=DANA, attendees=[NADIA, (OWNER_NAME, OWNER)], tzid="America/New_York", seq=0)
    c.add("goodtime-interview-confirmed.eml", email_msg(
        c, frm=gt_from, reply_to=A(*DANA), to=OWNER, date=d1, subject=subj,
        body=mail_with_ics(c, text=t1, html=to_html(t1), ics=ics1, ics_name="interview.ics", tag="i1"),
        mid=f"<{h(c.id, 'm1', n=28)}@goodtime.io>", relay="o12.sg.goodtime.io"))
    t2 = ("Hi Jordan,\n\nApologies for the shuffle! Nadia has a board prep session that just landed on Tuesday, so we "
          "need to move your conversation. Could you do Thursday 10/15 at 3:30pm ET instead? I went ahead and held "
          "it so we don't lose the slot, and GoodTime will send you an updated invite in a minute.\n\n"
          "If that doesn't work, let me know and I'll find another time.\n\nThanks for being flexible,\nDana\n")
    c.add("dana-need-to-move-tuesday.eml", email_msg(
        c, frm=A(*DANA), to=A(OWNER_NAME, OWNER), date=d2, subject="Moving your call with Nadia",
        body=multi("alternative", gboundary(c, "t2"), [plain(t2), htmlpart(to_html(t2), "quoted-printable")]),
        mid=gmail_mid(c, 2)))
    t3 = ("Hi Jordan,\n\nYour interview with Carebridge Health has been rescheduled. An updated calendar invitation "
          "is attached.\n\nHiring Manager Interview\nNEW TIME: Thursday, October 15, 2026, 3:30 PM - 4:15 PM EDT "
          "(2:30 PM - 3:15 PM CDT)\nPreviously: Tuesday, October 13, 2026, 12:00 PM EDT\n"
          f"Interviewer: Nadia Feldman, Director of Product\nZoom: {zoom}\n\n"
          f"Questions? Contact Dana Lindqvist at {DANA[1]}.\n\nPowered by GoodTime\n")
    ics3 = ats_ics(prodid="-//GoodTime.io//GoodTime Hire//EN", method="REQUEST", uid=uid, start=s, end=e, stamp=d3,
                   summary="Carebridge Health - Hiring Manager Interview - Jordan Alvarez",
                   description=f"{CB_ROLE}\nInterviewer: Nadia Feldman\nZoom: {zoom}", location=zoom,
                   organizer=DANA, attendees=[NADIA, (OWNER_NAME, OWNER)], tzid="America/New_York", seq=1)
    c.add("goodtime-interview-rescheduled.eml", email_msg(
        c, frm=gt_from, reply_to=A(*DANA), to=OWNER, date=d3,
        subject=f"Interview Rescheduled: {CB_ROLE} - Carebridge Health",
        body=mail_with_ics(c, text=t3, html=to_html(t3), ics=ics3, ics_name="interview.ics", tag="i3",
                           text_cte="base64"),
        mid=f"<{h(c.id, 'm3', n=28)}@goodtime.io>", relay="o12.sg.goodtime.io"))
    return label([iv(CB, CB_ROLE, s, e, [NADIA[1]], [NADIA[1]], "hiring_manager")], "medium", "positive/reschedule",
                 "GoodTime invite Tue 10/13 12:00 EDT (SEQUENCE 0), recruiter mail, then updated invite with the same UID "
                 "and SEQUENCE 1 for Thu 10/15 3:30-4:15pm EDT. One interview at the final time.")


@case("pm-interview-webinar")
def c08(c):
    d = T(UTC, 2026, 10, 9, 17, 15, 0, wd="Fri", off=0)
    s = T(CHI, 2026, 10, 15, 12, 0, wd="Thu", off=-5)
    e = s + timedelta(hours=1)
    wid = digits(c.id, "w", n=11)
    url = f"https://us06web.zoom.us/w/{wid}?tk={h(c.id, 'tk', n=30)}"
    title = "Cracking the Product Sense Interview (Live Q&A)"
    text = (f"Hi Jordan,\n\nThank you for registering for {title}.\n\n"
            "Join a former Big Tech hiring manager as she runs a live mock product sense interview with a volunteer "
            "and answers audience questions about case frameworks, metrics and follow-ups.\n\n"
            "Date Time: Oct 15, 2026 12:00 PM Central Time (US and Canada)\n\n"
            f"Join from PC, Mac, iPad, or Android:\n{url}\n\nWebinar ID: {wid[:3]} {wid[3:7]} {wid[7:]}\n"
            f"Passcode: {digits(c.id, 'pc', n=6)}\n\n"
            "Add to calendar: the attached .ics works with Google Calendar, Outlook and Apple Calendar.\n\n"
            "You can cancel your registration at any time.\n\n- The Product Ladder team\n")
    ics = ats_ics(prodid="-//zoom.us//iCalendar Event//EN", method="PUBLISH", uid=f"ZOOM{wid}@zoom.us",
                  start=s, end=e, stamp=d, summary=f"Product Ladder: {title}",
                  description=f"Webinar. Please click the link below to join: {url}", location=url,
                  organizer=("Product Ladder", "events@productladder.example"), attendees=[(OWNER_NAME, OWNER)],
                  tzid="America/Chicago")
    c.add("zoom-webinar-registration.eml", email_msg(
        c, frm=A("Product Ladder", "no-reply@zoom.us"), reply_to=A("Product Ladder Events", "events@productladder.example"),
        to=A(OWNER_NAME, OWNER), date=d, subject=f"Product Ladder: {title} Confirmation",
        body=mail_with_ics(c, text=text, html=to_html(text), ics=ics, ics_name="webinar.ics"),
        mid=f"<{h(c.id, 'mid', n=20)}.{digits(c.id, 'mid2', n=8)}@zoom.us>", relay="mail6.zoom.us"))
    return label([], "medium", "negative/webinar",
                 "Zoom webinar registration about interview prep (with .ics and 'mock interview'); not a job interview.")


@case("switchback-founder-tomorrow-late-night")
def c09(c):
    d1 = T(DEN, 2026, 10, 13, 21, 48, 10, wd="Tue", off=-6)
    assert d1.astimezone(UTC).day == 14  # already Wednesday in UTC
    d2 = T(CHI, 2026, 10, 14, 7, 12, 33, wd="Wed", off=-5)
    s = T(CHI, 2026, 10, 14, 14, 0, wd="Wed", off=-5)
    e = s + timedelta(minutes=45)
    m1, m2 = gmail_mid(c, 1), gmail_mid(c, 2)
    t1 = ("Hey Jordan,\n\nKelsey passed along her notes from your chat on Friday - sounds like it went really well. "
          "I'm the co-founder/CEO and the Founding PM would report to me, so I'd love to get to know you a bit "
          "before the rest of the team jumps in.\n\n"
          "Any chance you're free tomorrow at 2 your time (1pm here in Denver)? Should take about 45 min. "
          "I'll send a Meet link first thing in the morning.\n\n"
          "Sorry for the late-night note \u2014 catching up on email after a long day of customer calls.\n\nCaleb\n\n"
          "--\nCaleb Moreau\nCo-founder & CEO, Switchback Labs\nDenver, CO\n")
    c.add("caleb-quick-chat.eml", email_msg(c, frm=A(*CALEB), to=A(OWNER_NAME, OWNER), cc=A(*KELSEY), date=d1,
                                            subject="Switchback <> Jordan", body=plain(t1, "quoted-printable"), mid=m1))
    quoted = "\n".join("> " + l if l else ">" for l in t1.rstrip("\n").split("\n")[:8])
    t2 = ("Hi Caleb,\n\n2pm CT today works great for me. Looking forward to it!\n\nJordan\n\n"
          f"On Tue, Oct 13, 2026 at 10:48\u202fPM Caleb Moreau <{CALEB[1]}> wrote:\n{quoted}\n")
    c.add("re-jordan-works-today.eml", email_msg(c, frm=A(*ME), to=A(*CALEB), cc=A(*KELSEY), date=d2,
                                                 subject="Re: Switchback <> Jordan", body=plain(t2, "base64"), mid=m2,
                                                 in_reply_to=m1, references=m1))
    return label([iv(SW, SW_ROLE, s, e, [CALEB[1]], [CALEB[1]], "hiring_manager")], "hard",
                 "positive/relative-date-body-only",
                 "Founder writes Tue 9:48pm MDT (-0600; already Wed in UTC) 'tomorrow at 2 your time (1pm here in "
                 "Denver)', so Wed Oct 14 2:00pm CDT; owner replies Wed morning '2pm CT today'. No invite; 45 min.")


@case("linkedin-message-forwarded")
def c10(c):
    d = T(CHI, 2026, 10, 14, 19, 25, 33, wd="Wed", off=-5)
    mia = ("Mia Chen", "mia.chen@mailbox.example")
    text = ("Hey Jordan! This guy reached out to me on LinkedIn but I'm happy where I am. Sounds like it could be "
            "right up your alley though, so I told him I'd pass it along. Want me to intro you?\n\nMia\n\n"
            "---------- Forwarded message ---------\n"
            "From: Oliver Grant via LinkedIn <messaging-digest-noreply@linkedin.com>\n"
            "Date: Wed, Oct 14, 2026 at 11:02\u202fAM\nSubject: Oliver sent you a new message\n"
            f"To: Mia Chen <{mia[1]}>\n\n\n"
            "Oliver Grant\nTalent Partner at Harborlight | Remote-first | Hiring across Product & Eng\n\n"
            "Hi Mia - I came across your profile and think you'd be a great fit for our Product Manager, Growth role "
            "(fully remote, US time zones welcome). We're kicking off interviews next week and moving quickly. Would "
            "you be open to a 30-minute interview with our Head of Product? Happy to work around your schedule - "
            "just send a few times that work.\n\nBest,\nOliver\n\n"
            "Reply: https://www.linkedin.com/messaging/thread/2-" + h(c.id, "thread", n=28) + "\n"
            "View profile: https://www.linkedin.com/in/oliver-grant-talent\n\n"
            "This email was intended for Mia Chen. You are receiving LinkedIn notification emails.\n")
    body = multi("alternative", gboundary(c, "fw"), [plain(text, "quoted-printable"), htmlpart(to_html(text))])
    c.add("fwd-linkedin-harborlight.eml", email_msg(c, frm=A(*mia), to=A(OWNER_NAME, OWNER), date=d,
                                                    subject="Fwd: Oliver sent you a new message", body=body,
                                                    mid=gmail_mid(c, 1)))
    return label([], "medium", "negative/linkedin-forwarded",
                 "A friend forwards a LinkedIn InMail she received (addressed to her) asking for availability; no "
                 "interview is booked for the owner.")


@case("switchback-team-coffee-chat")
def c11(c):
    d1 = T(DEN, 2026, 10, 15, 11, 20, 4, wd="Thu", off=-6)
    s = T(DEN, 2026, 10, 19, 15, 0, wd="Mon", off=-6)
    e = s + timedelta(minutes=30)
    assert s.astimezone(CHI).hour == 16
    t1 = ("Hi Jordan!\n\nCaleb really enjoyed your conversation yesterday, and we'd love to keep things moving.\n\n"
          "The next step in our interview process is a coffee chat with Reggie Tran, one of our senior engineers. "
          "It's casual - no case, no whiteboard - but it is part of the loop, and Reggie will share his feedback "
          "with Caleb and me afterward. Mostly he wants a feel for how you work with engineers day to day.\n\n"
          "I put it on the calendar for Monday, Oct 19 at 3:00pm Mountain (4:00pm Central), 30 min on Google Meet. "
          "Let me know if that doesn't work!\n\nKelsey\n\nKelsey Park\nHead of Talent, Switchback Labs\n")
    body = multi("alternative", gboundary(c, "k"), [plain(t1), htmlpart(to_html(t1))])
    c.add("kelsey-next-step-coffee-chat.eml", email_msg(c, frm=A(*KELSEY), to=A(OWNER_NAME, OWNER), date=d1,
                                                       subject="Next step: coffee chat with Reggie", body=body,
                                                       mid=gmail_mid(c, 1)))
    eid = h(c.id, "eid", n=26)
    meet = "ubx-mkwe-tfa"
    ev = {
        "kind": "calendar#event", "etag": f"\"{digits(c.id, 'etag', n=16)}\"", "id": eid, "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=" +
                    base64.b64encode(f"{eid} {OWNER}".encode()).decode().rstrip("="),
        "created": "2026-10-15T17:22:41.000Z", "updated": "2026-10-15T17:22:41.871Z",
        "summary": "Coffee chat: Jordan Alvarez + Reggie (Switchback Labs)",
        "description": ("Part of the Switchback Labs interview process for the Founding Product Manager role. "
                        "Casual 30 minutes with Reggie Tran (Senior Engineer) about how you partner with engineering."),
        "creator": {"email": KELSEY[1], "displayName": KELSEY[0]},
        "organizer": {"email": KELSEY[1], "displayName": KELSEY[0]},
        "start": {"dateTime": iso(s), "timeZone": "America/Denver"},
        "end": {"dateTime": iso(e), "timeZone": "America/Denver"},
        "iCalUID": f"{eid}@google.com", "sequence": 0,
        "attendees": [
            {"email": KELSEY[1], "displayName": KELSEY[0], "organizer": True, "responseStatus": "accepted"},
            {"email": REGGIE[1], "displayName": REGGIE[0], "responseStatus": "accepted"},
            {"email": OWNER, "displayName": OWNER_NAME, "self": True, "responseStatus": "accepted"}],
        "hangoutLink": f"https://meet.google.com/{meet}",
        "conferenceData": {
            "entryPoints": [{"entryPointType": "video", "uri": f"https://meet.google.com/{meet}",
                             "label": f"meet.google.com/{meet}"}],
            "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet"},
            "conferenceId": meet},
        "reminders": {"useDefault": True}, "eventType": "default"}
    c.add("coffee-chat-reggie.gcal.json", json.dumps(ev, indent=2, ensure_ascii=False) + "\n")
    return label([iv(SW, SW_ROLE, s, e, [REGGIE[1]], [REGGIE[1]], "other")], "medium", "positive/coffee-chat",
                 "Coffee chat explicitly framed as part of the interview loop. Mail gives 3pm Mountain / 4pm Central; "
                 "Calendar API event in America/Denver (-06:00, MDT) with self=true. Organizer Kelsey only schedules.")


# ============================================================================= cases 12-22
@case("carebridge-take-home-deadline")
def c12(c):
    d = T(NYC, 2026, 10, 16, 9, 31, 50, wd="Fri", off=-4)
    due = T(NYC, 2026, 10, 19, 9, 0, wd="Mon", off=-4)
    assert due.weekday() == 0
    link = f"https://jobs.lever.co/carebridgehealth/{uuid_of(c.id, 'post')}/exercise/{h(c.id, 'ex', n=16)}"
    text = ("Hi Jordan,\n\nThanks again for your time with Nadia yesterday - she really enjoyed the conversation. "
            "Next up is a short take-home exercise.\n\n"
            "You'll write a one-page PRD for improving how patients reschedule appointments in the Carebridge app. "
            "Please don't spend more than 3-4 hours on it; we care much more about your thinking than polish.\n\n"
            "Deadline: Monday, October 19 by 9:00am ET\n"
            f"Prompt and submission link: {link}\n\n"
            "There's no call for this step. Once the team has reviewed your doc we'll reach out about next steps - "
            "if it moves forward, you'd walk a small panel through it in a separate interview later on.\n\n"
            "Good luck, you've got this!\nDana\n")
    body = multi("alternative", f"b1_{h(c.id, 'lv', n=32)}", [plain(text, "base64"), htmlpart(to_html(text), "base64")])
    c.add("lever-take-home-exercise.eml", email_msg(
        c, frm=A("Dana Lindqvist", "no-reply@hire.lever.co"), reply_to=A(*DANA), to=A(OWNER_NAME, OWNER), date=d,
        subject=f"Carebridge Health: take-home exercise for {CB_ROLE}", body=body,
        mid=f"<{uuid_of(c.id, 'mid')}@hire.lever.co>", relay="mail-a.hire.lever.co"))
    return label([], "medium", "negative/take-home",
                 "Lever mail with a take-home deadline (Mon 10/19 9:00am ET) and explicitly no call; a later panel is "
                 "only mentioned, not booked.")


@case("windy-city-product-mixer")
def c13(c):
    d = T(CHI, 2026, 10, 16, 15, 4, 12, wd="Fri", off=-5)
    s = T(CHI, 2026, 10, 21, 18, 0, wd="Wed", off=-5)
    e = s + timedelta(hours=2, minutes=30)
    org = ("Windy City Product Collective", "events@windycityproduct.example")
    text = ("Hi Jordan,\n\nYou're in! Thanks for registering for the Fall Product Mixer, hosted this time by our friends "
            "at Lakeshore Ledger in the West Loop.\n\n"
            "When: Wednesday, October 21, 6:00-8:30pm CT\nWhere: Lakeshore Ledger, 311 S Wacker Dr, 9th floor "
            "(check in with security in the lobby)\n\n"
            "Expect drinks, snacks and three lightning talks from product folks at Lakeshore Ledger, Switchback Labs "
            "and a couple of other local teams. A few companies are hiring, so bring your curiosity (resumes optional!). "
            "This is a community meetup and isn't part of any company's hiring process.\n\n"
            "A calendar file is attached so you don't forget.\n\nSee you there,\nThe Windy City Product crew\n")
    ics = ats_ics(prodid="-//Windy City Product Collective//Events//EN", method="REQUEST",
                  uid=f"wcp-fall-mixer-{h(c.id, 'u', n=10)}@windycityproduct.example", start=s, end=e, stamp=d,
                  summary="Fall Product Mixer @ Lakeshore Ledger",
                  description="Windy City Product Collective community mixer. Drinks, snacks and lightning talks.",
                  location="Lakeshore Ledger, 311 S Wacker Dr, 9th floor, Chicago, IL", organizer=org,
                  attendees=[(OWNER_NAME, OWNER)], tzid="America/Chicago")
    c.add("youre-in-fall-product-mixer.eml", email_msg(
        c, frm=A(*org), to=A(OWNER_NAME, OWNER), date=d,
        subject="You're in! Fall Product Mixer @ Lakeshore Ledger - Wed, Oct 21",
        body=mail_with_ics(c, text=text, html=to_html(text), ics=ics, ics_name="fall-product-mixer.ics",
                           html_cte="base64"),
        mid=f"<{h(c.id, 'mid', n=24)}@windycityproduct.example>", relay="smtp.windycityproduct.example"))
    return label([], "hard", "negative/networking-mixer",
                 "Community networking mixer hosted at a company the owner is interviewing with, with an .ics invite "
                 "and 'hiring' wording; explicitly not part of a hiring process.")


@case("tidewell-virtual-onsite-modernloop")
def c14(c):
    d1 = T(LAX, 2026, 10, 16, 13, 42, 27, wd="Fri", off=-7)
    first = T(CHI, 2026, 10, 22, 11, 0, wd="Thu", off=-5)
    assert first.astimezone(LAX).hour == 9
    sessions = [("Product Strategy", FIONA, "Director of Product (hiring manager)"),
                ("Technical Collaboration", DEVIN, "Staff Engineer"),
                ("Design Partnership", MARISOL, "Design Manager"),
                ("Execution & Metrics", PETER, "Group Product Manager")]
    slots = [(first + timedelta(minutes=45 * i), first + timedelta(minutes=45 * (i + 1))) for i in range(4)]
    last = slots[-1][1]

    def ct(x):
        x = x.astimezone(CHI)
        return f"{x.hour % 12 or 12}:{x.minute:02d} {'AM' if x.hour < 12 else 'PM'}"

    portal = f"https://app.modernloop.io/candidate/{h(c.id, 'portal', n=24)}"
    rows_txt = "\n".join(f"{ct(a)} - {ct(b)} CT | {n} | {p[0]}, {r}" for (n, p, r), (a, b) in zip(sessions, slots))
    text = ("Hi Jordan,\n\nWe're excited to host you for your Tidewell virtual onsite for the Senior Product Manager, "
            "Platform role! Here's your schedule for Thursday, October 22, 2026. All times are Central Time "
            "(9:00 AM - 12:00 PM Pacific for the team).\n\n" + rows_txt + "\n\n"
            "The sessions run back to back. Each one has its own Zoom link in the calendar invites Luis is sending "
            "separately, so keep an eye out for four invites.\n\n"
            f"View your interview schedule: {portal}\n\n"
            "If anything comes up, reply to this email and Luis Carmona (Recruiting Coordinator) will help.\n\n"
            "Good luck!\nTidewell Recruiting\n")
    rows_html = "".join(
        f"<tr><td style=\"padding:6px 12px\">{ct(a)} &ndash; {ct(b)} CT</td><td style=\"padding:6px 12px\">"
        f"{htmlmod.escape(n)}</td><td style=\"padding:6px 12px\">{p[0]}<br><span style=\"color:#666\">{r}</span></td></tr>"
        for (n, p, r), (a, b) in zip(sessions, slots))
    markup = ("<html><body style=\"font-family:Inter,Arial,sans-serif;font-size:14px\">"
              "<p>Hi Jordan,</p><p>We're excited to host you for your <b>Tidewell virtual onsite</b> for the Senior "
              "Product Manager, Platform role! Here's your schedule for <b>Thursday, October 22, 2026</b>. All times "
              "are Central Time (9:00 AM &ndash; 12:00 PM Pacific for the team).</p>"
              "<table style=\"border-collapse:collapse;border:1px solid #ddd\"><tr style=\"background:#f4f4f6\">"
              "<th style=\"padding:6px 12px;text-align:left\">Time</th><th style=\"padding:6px 12px;text-align:left\">"
              "Session</th><th style=\"padding:6px 12px;text-align:left\">Interviewer</th></tr>" + rows_html +
              "</table><p>The sessions run back to back. Each one has its own Zoom link in the calendar invites Luis is "
              "sending separately, so keep an eye out for four invites.</p>"
              f"<p><a href=\"{portal}\" style=\"background:#4b3bff;color:#fff;padding:10px 16px;border-radius:6px;"
              "text-decoration:none\">View your interview schedule</a></p>"
              "<p>If anything comes up, reply to this email and Luis Carmona (Recruiting Coordinator) will help.</p>"
              "<p>Good luck!<br>Tidewell Recruiting</p><p style=\"color:#999;font-size:11px\">Scheduled with "
              "ModernLoop</p></body></html>\n")
    body = multi("alternative", f"ml-{h(c.id, 'mlb', n=24)}", [plain(text, "quoted-printable"), htmlpart(markup, "base64")])
    c.add("modernloop-virtual-onsite-schedule.eml", email_msg(
        c, frm=A("Tidewell Recruiting", "scheduling@modernloop.io"), reply_to=A(*LUIS), to=A(OWNER_NAME, OWNER),
        date=d1, subject="Your Tidewell virtual onsite - Thursday, October 22", body=body,
        mid=f"<{uuid_of(c.id, 'mlmid')}@modernloop.io>", relay="o2.email.modernloop.io"))
    for i, ((n, p, r), (a, b)) in enumerate(zip(sessions, slots)):
        zoom = f"https://tidewell.zoom.us/j/{digits(c.id, 'z', i, n=11)}"
        c.add(f"invitation-onsite-{i + 1}-{n.split()[0].lower()}.eml", google_invite(
            c, f"s{i}", org=LUIS, guests=[p], start=a, end=b, tzname="America/Los_Angeles",
            date=T(UTC, 2026, 10, 16, 20, 44 + i, 10 + 7 * i, wd="Fri", off=0),
            summary=f"Tidewell Virtual Onsite: {n} (Jordan Alvarez)",
            desc=(f"Virtual onsite session {i + 1} of 4 for {TW_ROLE}: {n} with {p[0]}, {r}.\n"
                  f"Zoom: {zoom}")))
    return label([iv(TW, TW_ROLE, first, last, [FIONA[1], DEVIN[1], MARISOL[1], PETER[1]],
                     [FIONA[1], DEVIN[1], MARISOL[1], PETER[1]], "onsite")], "hard", "positive/onsite-loop",
                 "ModernLoop schedule e-mail with a four-row table (CT) plus four separate Google Calendar invitations "
                 "(Pacific, 9:00-9:45 ... 11:15-12:00 PDT). ONE onsite 11:00-14:00 CDT with all four interviewers; "
                 "coordinator Luis only schedules.")


@case("harborlight-gem-availability-request")
def c15(c):
    d = T(LON, 2026, 10, 19, 10, 15, 3, wd="Mon", off=1)
    link = "https://gem.com/s/harborlight/imogen-clarke/pm-growth-hm-45"
    text = ("Hi Jordan,\n\nOliver on our talent team mentioned you might be open to a conversation about our Product "
            "Manager, Growth role - thanks for getting back to him! I coordinate interviews here at Harborlight and "
            "sit in our London office, though the team is spread across the UK and US.\n\n"
            "The first step would be a 45-minute video interview with Rhys Penhaligon, our Head of Product. Could you "
            "grab a slot that suits you using the link below? Times will show in your own time zone.\n\n"
            f"{link}\n\n"
            "If nothing there works, just reply with a few windows over the next week or so and I'll sort it.\n\n"
            "Cheers,\nImogen\n\nImogen Clarke\nTalent Coordinator | Harborlight (remote-first)\n")
    body = multi("alternative", gboundary(c, "gem"), [plain(text), htmlpart(to_html(text))])
    c.add("imogen-pick-a-time.eml", email_msg(
        c, frm=A(*IMOGEN), to=A(OWNER_NAME, OWNER), date=d,
        subject="Harborlight - Product Manager, Growth: let's find a time", body=body, mid=gmail_mid(c, 1),
        extra=[f"X-Gem-Sequence-Id: {h(c.id, 'gem', n=20)}",
               f"List-Unsubscribe: <https://gem.com/unsubscribe/{h(c.id, 'unsub', n=24)}>"]))
    return label([], "medium", "negative/availability-request",
                 "Coordinator (London, sent via Gem) asks the owner to pick a slot from a scheduling link; nothing booked.")


@case("harborlight-teams-hm-uk-dst-gap")
def c16(c):
    d1 = T(LON, 2026, 10, 21, 16, 20, 48, wd="Wed", off=1)
    d2 = T(LON, 2026, 10, 21, 16, 24, 10, wd="Wed", off=1)
    s = T(LON, 2026, 10, 27, 16, 0, wd="Tue", off=0)
    e = s + timedelta(minutes=45)
    assert s.astimezone(CHI).hour == 11 and s.astimezone(CHI).utcoffset() == timedelta(hours=-5)
    prev = f"<CA{h(c.id, 'prev', n=10).upper()}+{h(c.id, 'prev2', n=22)}@mail.gmail.com>"
    t1 = ("Hi Jordan,\n\nThanks for sending your windows over. You're booked in with Rhys for Tuesday 27 October at "
          "4pm UK time, which is 11am for you in Chicago.\n\n"
          "Quick heads-up, because it catches people out every year: our clocks go back this Sunday (25 Oct) and yours "
          "don't change until 1 November, so for that one week we're only five hours apart rather than six. The Teams "
          "invite should land on your calendar correctly, but do double-check it says 11am Central.\n\n"
          "Rhys will spend most of the 45 minutes on your past growth work, with time at the end for your questions.\n\n"
          "Cheers,\nImogen\n")
    c.add("imogen-booked-with-rhys.eml", email_msg(
        c, frm=A(*IMOGEN), to=A(OWNER_NAME, OWNER), date=d1,
        subject="Re: Harborlight - Product Manager, Growth: let's find a time", body=plain(t1),
        mid=gmail_mid(c, 1), in_reply_to=prev, references=prev))
    note = ("Hi Jordan,\n\nHere's the Teams link for your interview with Rhys Penhaligon (Head of Product) for the "
            "Product Manager, Growth role. 4pm UK / 11am Central.\n\nBest,\nImogen")
    c.add("teams-invite-hiring-manager.eml", teams_invite(
        c, "hm", org=IMOGEN, required=[ME, RHYS], start=s, end=e, wintz="GMT Standard Time",
        summary="Harborlight | Hiring Manager Interview - Jordan Alvarez / Rhys Penhaligon", note=note, date=d2,
        uid=exch_uid(c.id, "hm"), uk=True, exch_prefix="LO4P265MB6021"))
    return label([iv(HL, HL_ROLE, s, e, [RHYS[1]], [RHYS[1]], "hiring_manager")], "hard", "positive/teams-dst-gap",
                 "London coordinator; interview Tue Oct 27 16:00 GMT (UK already off BST since Oct 25) = 11:00 CDT "
                 "(US still on DST until Nov 1): 5-hour gap. Teams invite with TZID 'GMT Standard Time'; mails sent at +0100.")


@case("carebridge-panel-standalone-ics")
def c17(c):
    stamp = T(NYC, 2026, 10, 22, 14, 18, 0, wd="Thu", off=-4)
    s = T(NYC, 2026, 10, 28, 11, 0, wd="Wed", off=-4)
    e = s + timedelta(hours=1)
    zoom = f"https://carebridgehealth.zoom.us/j/{digits(c.id, 'z', n=11)}"
    desc = (f"{CB_ROLE} - panel interview (take-home review).\n\n"
            "You'll have about 20 minutes to walk Omar Haddad (Engineering Lead) and Grace Liu (Design Lead) through "
            "your PRD, followed by Q&A with both of them.\n\n"
            f"Zoom: {zoom}\n\nQuestions? {DANA[1]}")
    ics = ats_ics(prodid="-//GoodTime.io//GoodTime Hire//EN", method="REQUEST",
                  uid=f"goodtime-{h(c.id, 'uid', n=24)}@goodtime.io", start=s, end=e, stamp=stamp,
                  summary="Carebridge Health - Panel Interview (Take-home Review) - Jordan Alvarez",
                  description=desc, location=zoom, organizer=DANA,
                  attendees=[OMAR, GRACE, (OWNER_NAME, OWNER)], tzid="America/New_York")
    c.add("carebridge-panel-interview.ics", ics)
    return label([iv(CB, CB_ROLE, s, e, [OMAR[1], GRACE[1]], [OMAR[1], GRACE[1]], "onsite")], "medium",
                 "positive/standalone-ics",
                 "Standalone GoodTime .ics (TZID America/New_York, 11:00-12:00 EDT); two-person panel -> kind onsite; "
                 "organizer/recruiter is not an interviewer.")


@case("harborlight-panel-cancelled")
def c18(c):
    d1 = T(LON, 2026, 10, 23, 11, 5, 33, wd="Fri", off=1)
    d2 = T(LON, 2026, 10, 27, 18, 40, 12, wd="Tue", off=0)
    s = T(LON, 2026, 10, 29, 15, 0, wd="Thu", off=0)
    e = s + timedelta(hours=1)
    assert s.astimezone(CHI).hour == 10
    uid = exch_uid(c.id, "panel")
    summary = "Harborlight | Panel Interview - Jordan Alvarez"
    note1 = ("Hi Jordan,\n\nAs promised, here's your panel with Tomasz Wilk (Engineering Manager) and Aisha Bello "
             "(Senior Product Designer) for the Product Manager, Growth role. That's 3pm UK / 10am Chicago on "
             "Thursday the 29th. It's an hour, split roughly evenly between them.\n\nThanks,\nImogen")
    c.add("teams-invite-panel.eml", teams_invite(
        c, "p1", org=IMOGEN, required=[ME, TOMASZ, AISHA], start=s, end=e, wintz="GMT Standard Time",
        summary=summary, note=note1, date=d1, uid=uid, uk=True, exch_prefix="LO4P265MB6021"))
    note2 = ("Hi Jordan,\n\nI'm really sorry to do this, but we need to cancel Thursday's panel. The Growth PM role has "
             "been put on hold following a planning review this afternoon, so we're pausing all interviews for it "
             "for now. Rhys will be in touch personally - he really enjoyed your chat today.\n\nApologies again,\nImogen")
    c.add("canceled-panel.eml", teams_invite(
        c, "p2", org=IMOGEN, required=[ME, TOMASZ, AISHA], start=s, end=e, wintz="GMT Standard Time",
        summary=summary, note=note2, date=d2, uid=uid, seq=1, cancel=True, uk=True, exch_prefix="LO4P265MB6021"))
    return label([iv(HL, HL_ROLE, s, e, [TOMASZ[1], AISHA[1]], [TOMASZ[1], AISHA[1]], "onsite", "cancelled")],
                 "medium", "positive/cancellation",
                 "Teams panel Thu Oct 29 15:00 GMT (= 10:00 CDT, UK/US DST gap week) booked Fri (+0100), then "
                 "METHOD:CANCEL with the same UID, SEQUENCE 1 (sent +0000). Kept as cancelled at its last time.")


@case("lakeshore-final-vp-teams-after-dst")
def c19(c):
    d1 = T(CHI, 2026, 10, 28, 16, 12, 40, wd="Wed", off=-5)
    d2 = T(CHI, 2026, 10, 28, 16, 30, 5, wd="Wed", off=-5)
    s = T(CHI, 2026, 11, 2, 9, 0, wd="Mon", off=-6)
    e = s + timedelta(hours=1)
    t1 = ("Hi Jordan,\n\nFantastic feedback from Marcus and Anjali - congrats! The last step is a 60-minute "
          "conversation with Denise Harlow, our VP of Product.\n\n"
          "Denise had Monday, Nov 2 at 9am CT open, so I grabbed it before it disappeared. She'll send a Teams invite "
          "from her calendar. One small thing: clocks fall back this Sunday, so if anything on your calendar looks "
          "off, 9am Central on Monday is the time.\n\n"
          "This one is mostly about how you think about strategy and building teams, and it's a great chance to ask "
          "her anything about where Lakeshore is headed.\n\nTalk soon,\nTessa\n")
    c.add("tessa-final-round.eml", email_msg(
        c, frm=A(*TESSA), to=A(OWNER_NAME, OWNER), date=d1, subject="Final round: Denise Harlow (VP of Product)",
        body=plain(t1, "quoted-printable"), mid=gmail_mid(c, 1)))
    note = (f"Hi Jordan - looking forward to meeting you. We'll talk through the {LL_ROLE} role, how you approach "
            "product strategy, and whatever questions you have for me.\n\nDenise")
    c.add("teams-invite-final-denise.eml", teams_invite(
        c, "vp", org=DENISE, required=[ME], optional=[TESSA], start=s, end=e, wintz="Central Standard Time",
        summary="Final Interview: Jordan Alvarez / Denise Harlow (Lakeshore Ledger)", note=note, date=d2,
        uid=exch_uid(c.id, "vp"), uk=False, exch_prefix="CH0PR11MB5457"))
    return label([iv(LL, LL_ROLE, s, e, [DENISE[1]], [DENISE[1]], "other")], "medium",
                 "positive/teams-after-us-dst",
                 "Final with the VP on Mon Nov 2 9:00 CST (-06:00, day after US DST ends); mails sent Oct 28 at -0500. "
                 "Teams invite with TZID 'Central Standard Time'; recruiter is an optional attendee only.")


@case("tidewell-rejection")
def c20(c):
    d = T(LAX, 2026, 10, 30, 10, 48, 19, wd="Fri", off=-7)
    text = ("Hi Jordan,\n\nThank you for spending so much time with the team during last week's virtual onsite. "
            "Everyone enjoyed meeting you, and I know it was a long morning.\n\n"
            "After a lot of discussion, we've decided to move forward with another candidate whose background is a "
            "closer match for the infrastructure side of the Platform work. I know this isn't the news you were "
            "hoping for.\n\n"
            "If feedback would be helpful, I'm happy to share some - just reply here. And we'd genuinely love to stay "
            "in touch as new roles open up.\n\nAll the best,\nHannah\n\nHannah Szabo | Recruiter, Tidewell\n")
    body = multi("alternative", f"ashby_{h(c.id, 'ab', n=24)}", [plain(text), htmlpart(to_html(text), "base64")])
    c.add("ashby-update-on-application.eml", email_msg(
        c, frm=A("Hannah Szabo", "no-reply@ashbyhq.com"), reply_to=A(*HANNAH), to=A(OWNER_NAME, OWNER), date=d,
        subject="Update on your application to Tidewell", body=body, mid=f"<{uuid_of(c.id, 'mid')}@ashbyhq.com>",
        relay="o3.ptr8121.ashbyhq.com"))
    return label([], "easy", "negative/rejection", "Post-onsite rejection from Ashby; mentions the past onsite only.")


@case("benefits-enrollment-calendly")
def c21(c):
    d = T(UTC, 2026, 11, 2, 15, 3, 55, wd="Mon", off=0)
    s = T(CHI, 2026, 11, 5, 12, 30, wd="Thu", off=-6)
    e = s + timedelta(minutes=30)
    c.add("calendly-confirmed-benefits-call.eml", calendly_mail(
        c, "b", event="2027 Benefits Enrollment Call", host="Lorena Diaz",
        host_email="lorena.diaz@bluestembenefits.example", start=s, end=e,
        desc=("One-on-one open enrollment review for Prairie Goods Co. employees: medical, dental, HSA and 401(k) "
              "elections for 2027. Please have your dependents' info handy."),
        location="Phone call. Lorena will call you at 312-555-0148.", date=d,
        answer="Want to compare the HDHP vs PPO for a family of three."))
    return label([], "medium", "negative/benefits-call",
                 "Calendly confirmation for an open-enrollment call at the owner's current employer (same template "
                 "as the Switchback intro); not a job interview.")


@case("lakeshore-offer-call")
def c22(c):
    d1 = T(CHI, 2026, 11, 4, 11, 26, 31, wd="Wed", off=-6)
    d2 = T(UTC, 2026, 11, 4, 17, 29, 2, wd="Wed", off=0)
    s = T(CHI, 2026, 11, 5, 16, 0, wd="Thu", off=-6)
    e = s + timedelta(minutes=30)
    t1 = ("Hi Jordan!\n\nI'm so excited to share that the team would like to extend you an offer for the Senior Product "
          "Manager, Payments role! Denise loved your conversation on Monday, and Marcus has been lobbying for you "
          "since week one.\n\n"
          "Let's hop on a call to discuss the offer - are you free tomorrow at 4pm CT? I'll walk you through comp, "
          "equity and start date, and Marcus may pop in to say hi. I've sent over a calendar invite; feel free to "
          "move it if needed.\n\nCongrats!!\nTessa\n")
    c.add("tessa-great-news.eml", email_msg(
        c, frm=A(*TESSA), to=A(OWNER_NAME, OWNER), date=d1, subject="Great news from Lakeshore Ledger!",
        body=multi("alternative", gboundary(c, "o"), [plain(t1), htmlpart(to_html(t1))]), mid=gmail_mid(c, 1)))
    c.add("invitation-offer-discussion.eml", google_invite(
        c, "offer", org=TESSA, guests=[MARCUS], start=s, end=e, tzname="America/Chicago", date=d2,
        summary="Lakeshore Ledger offer discussion - Jordan Alvarez",
        desc="Walking through your offer for the Senior Product Manager, Payments role. Congrats!"))
    return label([], "hard", "negative/offer-call",
                 "Offer e-mail with 'tomorrow at 4pm CT' and a Google invite for the offer call (Thu Nov 5, CST); an offer "
                 "discussion is not an interview.")


# ============================================================================= write everything
README_DST = [
    ("03", "Recruiter in New York (EDT, -04:00) proposes 'Thursday at 2pm ET'; owner in Chicago replies at -0500 ('1pm for me')."),
    ("05", "Ashby mail shows 11:30 AM CDT, the .ics is in UTC (16:30Z); company is in Pacific time (9:30 PDT)."),
    ("07", "GoodTime invites in TZID America/New_York (EDT) with the CDT equivalent in the body."),
    ("09", "Founder writes Tue Oct 13 21:48 MDT (-0600), already Wed in UTC; 'tomorrow at 2 your time' = Wed Oct 14 14:00 CDT."),
    ("11", "Coffee chat 3pm Mountain (MDT, -06:00) = 4pm Central; Calendar API event in America/Denver."),
    ("14", "Virtual onsite table in CT (11:00-14:00 CDT), the four Google invites are in Pacific (09:00-12:00 PDT)."),
    ("15", "London coordinator mail sent at +0100 (BST)."),
    ("16", "UK/US DST gap: Tue Oct 27 16:00 GMT (UK changed Oct 25) = 11:00 CDT (US changes Nov 1), 5 hours apart; "
           "mails sent at +0100, Teams TZID 'GMT Standard Time'."),
    ("17", "Standalone .ics in TZID America/New_York (EDT, -04:00)."),
    ("18", "Panel Thu Oct 29 15:00 GMT = 10:00 CDT (same gap week); invite sent at +0100, cancellation sent at +0000."),
    ("19", "Final on Mon Nov 2 09:00 CST (-06:00), the day after US DST ends; mails sent Oct 28 at -0500; Teams TZID "
           "'Central Standard Time'."),
    ("20", "Rejection sent Fri Oct 30 at -0700 (PDT)."),
    ("21", "Benefits call Thu Nov 5 12:30 CST (-06:00), after the US change."),
    ("22", "Offer mail Wed Nov 4 at -0600 with 'tomorrow at 4pm CT' and a Google invite in CST."),
]


def main():
    for p in sorted(OUT.glob("b313-*")):
        if p.is_dir():
            shutil.rmtree(p)
    labels = {}
    for num, (slug, fn) in enumerate(CASES, start=1):
        c = Case(num, slug)
        lab = fn(c)
        assert c.items, c.id
        folder = OUT / c.id
        folder.mkdir()
        for name, data in c.items:
            (folder / name).write_bytes(data)
        labels[c.id] = lab
    n = len(labels)
    pos = sum(1 for v in labels.values() if v["interview"])
    assert 20 <= n <= 24 and 0.54 <= pos / n <= 0.61, (n, pos)
    text = ("# Labels for blind313 (written blind). Schema: /work/shared/eval/README.md\n" +
            yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=110))
    (OUT / "labels.yaml").write_text(text, encoding="utf-8")

    ivs = [i for v in labels.values() for i in v["interviews"]]
    by_status, by_kind = {}, {}
    for i in ivs:
        by_status[i["status"]] = by_status.get(i["status"], 0) + 1
        by_kind[i["kind"]] = by_kind.get(i["kind"], 0) + 1
    fmt = lambda d: ", ".join(f"{k} {v}" for k, v in sorted(d.items()))
    exts = {}
    for p in OUT.glob("b313-*/*"):
        ext = ".gcal.json" if p.name.endswith(".gcal.json") else p.suffix
        exts[ext] = exts.get(ext, 0) + 1
    readme = [
        "# blind313: Chicago product manager job search, Oct-Nov 2026 (written blind)", "",
        f"Mailbox owner: {OWNER_NAME} <{OWNER}>, a product manager living in Chicago (America/Chicago).", "",
        "This set was written blind: only /work/shared/eval/README.md and two dev files were read for the format; "
        "no tool code, tests or other sets were consulted.", "",
        "Companies: Lakeshore Ledger (Chicago fintech, Greenhouse, Google Workspace + Teams), Carebridge Health "
        "(New York health-tech, Lever + GoodTime), Tidewell (San Francisco SaaS, Ashby + ModernLoop), Switchback Labs "
        "(Denver startup, Calendly + Google Meet), Harborlight (remote-first, London coordinator, Gem + Microsoft Teams).", "",
        "## What it stresses",
        "- US recruiter/ATS wording with ET/CT/Pacific/Mountain labels, relative dates ('tomorrow at 2 your time', "
        "'today') resolved against the sender's Date header, a propose-then-confirm thread.",
        "- Mountain, Pacific, Eastern and London senders; the UK/US DST gap week (Oct 25 - Nov 1) and the first days "
        "after US DST ends.",
        "- Reschedule (same UID, SEQUENCE 1), Teams METHOD:CANCEL, two interviews in one case, a four-session virtual "
        "onsite sent as a table plus four invites, a coffee chat framed as a process step.",
        "- Hard negatives that look like interviews: take-home deadline, PM-interview webinar with .ics, networking mixer "
        "at a hiring company with .ics, benefits-enrollment call via Calendly, offer call with a Google invite, "
        "forwarded LinkedIn message, unbooked Gem availability request, rejection, job alert.", "",
        "## Counts",
        f"- Cases: {n} ({pos} positive, {n - pos} negative)",
        f"- Labelled interviews: {len(ivs)} (status: {fmt(by_status)}; kind: {fmt(by_kind)})",
        f"- Items: {sum(exts.values())} ({fmt(exts)})", "",
        "## Formats",
        "Plain-text and HTML e-mails (7bit, quoted-printable, base64); Google Calendar invitations (multipart/mixed "
        "with text/plain, text/html, text/calendar;method=REQUEST and invite.ics); Exchange/Teams invitations "
        "(multipart/alternative, Windows TZIDs 'GMT Standard Time' / 'Central Standard Time', X-MICROSOFT-CDO-* "
        "properties, '(UTC+00:00)'/'(UTC-06:00)' labels, one METHOD:CANCEL); ATS mails with .ics attachments "
        "(Greenhouse, Ashby, GoodTime, Zoom webinar); Calendly confirmations; ModernLoop schedule with an HTML table "
        "and candidate-portal link; one standalone .ics (case 17); one Calendar API .gcal.json event (case 11).", "",
        "## Time-zone / DST points",
    ] + [f"- Case {k}: {v}" for k, v in README_DST] + [""]
    (OUT / "README.md").write_text("\n".join(readme), encoding="utf-8")
    print(f"wrote {n} cases ({pos} positive), {len(ivs)} interviews to {OUT}")


if __name__ == "__main__":
    main()
