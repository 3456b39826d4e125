#!/usr/bin/env python3
"""Generate the blind330 evaluation set (Johannesburg / Durban, written blind).

Deletes and rewrites every b330-* case folder, labels.yaml and README.md next to this
script. Standard library + PyYAML + zoneinfo only. Output is byte-identical on every run:
all dates are fixed and every Message-ID, UID, token and MIME boundary is derived from a
SHA-256 hash of SEED.
"""
import base64
import hashlib
import html
import json
import quopri
import shutil
from datetime import datetime, timezone
from email.header import Header
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

OUT = Path(__file__).resolve().parent
SEED = "blind330|jhb-dbn|sipho"
OWNER = "sipho.dlamini@example.com"
OWNER_NAME = "Sipho Dlamini"
ME = (OWNER_NAME, OWNER)
JHB = "Africa/Johannesburg"
PER = "Australia/Perth"
LON = "Europe/London"
UTC = timezone.utc
LOWER = "abcdefghijklmnopqrstuvwxyz"
DIGITS = "0123456789"
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
UPHEX = "0123456789ABCDEF"


# ----------------------------------------------------------------------------- hashing
def h(tag, n=16):
    return hashlib.sha256(f"{SEED}|{tag}".encode()).hexdigest()[:n]


def hb(tag, n, alphabet):
    d = hashlib.sha256(f"{SEED}|{tag}".encode()).digest()
    while len(d) < n:
        d += hashlib.sha256(d).digest()
    return "".join(alphabet[b % len(alphabet)] for b in d[:n])


def uuid(tag):
    x = h(tag, 32)
    return f"{x[:8]}-{x[8:12]}-4{x[13:16]}-a{x[17:20]}-{x[20:32]}"


# ----------------------------------------------------------------------------- time
def T(y, mo, d, H=0, M=0, tz=JHB, wd=None, off=None, S=0):
    """Aware datetime; asserts the weekday and (optionally) the UTC offset via zoneinfo."""
    x = datetime(y, mo, d, H, M, S, tzinfo=ZoneInfo(tz))
    assert wd is not None, "every date must state its weekday"
    assert x.strftime("%a") == wd, (x, x.strftime("%a"), wd)
    if off is None:
        off = {JHB: "+0200", PER: "+0800"}.get(tz)
    if off is not None:
        assert x.strftime("%z") == off, (x, x.strftime("%z"), off)
    return x


def tz_checks():
    def off(tz, y, m, d, H=12):
        return datetime(y, m, d, H, tzinfo=ZoneInfo(tz)).strftime("%z")
    # UK / EU 2026: last Sunday of March (29) and October (25)
    assert off(LON, 2026, 3, 28) == "+0000" and off(LON, 2026, 3, 29) == "+0100"
    assert off(LON, 2026, 10, 24) == "+0100" and off(LON, 2026, 10, 25) == "+0000"
    assert off(LON, 2026, 10, 25, 0) == "+0100" and off(LON, 2026, 10, 25, 3) == "+0000"
    assert off("Europe/Berlin", 2026, 3, 29) == "+0200" and off("Europe/Berlin", 2026, 10, 25) == "+0100"
    # US 2026: second Sunday of March (8), first Sunday of November (1)
    assert off("America/New_York", 2026, 3, 7) == "-0500" and off("America/New_York", 2026, 3, 8) == "-0400"
    assert off("America/New_York", 2026, 10, 31) == "-0400" and off("America/New_York", 2026, 11, 1) == "-0500"
    # South Africa and Western Australia: no DST at all in 2026
    for m in range(1, 13):
        assert off(JHB, 2026, m, 15) == "+0200", m
        assert off(PER, 2026, m, 15) == "+0800", m
    # the London gap to Johannesburg widens from 1 h to 2 h after Oct 25
    assert T(2026, 10, 22, 14, 0, LON, "Thu", "+0100").astimezone(ZoneInfo(JHB)).hour == 15
    assert T(2026, 10, 27, 10, 0, LON, "Tue", "+0000").astimezone(ZoneInfo(JHB)).hour == 12


def rfc(dt):
    return format_datetime(dt)


def hm(dt):
    return dt.strftime("%H:%M")


def h12(dt):
    return f"{int(dt.strftime('%I'))}:{dt.strftime('%M %p')}"


def long_date(dt):  # Tuesday, 20 October 2026
    return f"{dt.strftime('%A')}, {dt.day} {dt.strftime('%B %Y')}"


# ----------------------------------------------------------------------------- headers / MIME
def ehdr(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8", maxlinelen=76).encode()


def addr(p):
    name, email = p
    if not name:
        return email
    if any(c in name for c in '.,():;@"'):
        name = '"' + name.replace('"', "") + '"'
    return f"{ehdr(name)} <{email}>"


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(data):
    return base64.encodebytes(data).decode("ascii")


def leaf(ctype, text=None, data=None, enc="quoted-printable", extra=()):
    lines = [f"Content-Type: {ctype}", f"Content-Transfer-Encoding: {enc}", *extra]
    if enc == "quoted-printable":
        payload = qp(text)
    elif enc == "base64":
        payload = b64(data if data is not None else text.encode("utf-8"))
    else:
        payload = text
    return "\n".join(lines) + "\n\n" + payload.rstrip("\n") + "\n"


def multi(subtype, boundary, parts):
    s = f'Content-Type: multipart/{subtype};\n boundary="{boundary}"\n\n'
    for p in parts:
        s += f"--{boundary}\n{p}\n"
    return s + f"--{boundary}--\n"


def bnd(tag, style="gmail"):
    if style == "gmail":
        return "0000000000000" + h(tag + "|bnd", 15)
    if style == "outlook":
        return "_000_" + hb(tag + "|bnd", 34, UPHEX) + "prodoutlookcom_"
    if style == "ats":
        return "----=_Part_" + hb(tag + "|bnd", 7, DIGITS) + "_" + hb(tag + "|bnd2", 9, DIGITS) + "." + hb(tag + "|bnd3", 13, DIGITS)
    return "=_" + h(tag + "|bnd", 24)


def to_html(text, font="Arial, Helvetica, sans-serif"):
    paras = text.strip("\n").split("\n\n")
    out = ["<p>" + "<br>\n".join(html.escape(l) for l in p.split("\n")) + "</p>" for p in paras]
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body><div style="font-family:{font};font-size:11pt">\n' + "\n".join(out) + "\n</div></body></html>\n")


def alt(tag, text, html_text=None, html_enc="quoted-printable", style="gmail", text_enc="quoted-printable"):
    html_text = html_text or to_html(text)
    return multi("alternative", bnd(tag + "|alt", style), [
        leaf('text/plain; charset="UTF-8"', text, enc=text_enc),
        leaf('text/html; charset="UTF-8"', html_text, enc=html_enc),
    ])


def attachment(ctype, filename, data):
    return leaf(f'{ctype}; name="{filename}"', data=data, enc="base64",
                extra=[f'Content-Disposition: attachment; filename="{filename}"'])


def mid_gmail(tag):
    return f"<CA{hb(tag + '|mid', 42, ALNUM + '+_-')}@mail.gmail.com>"


def mid_outlook(tag, host):
    return f"<{hb(tag + '|mid', 40, UPHEX)}@{host}.prod.outlook.com>"


def mid_generic(tag, domain):
    return f"<{h(tag + '|mid', 20)}.{hb(tag + '|mid2', 10, DIGITS)}@{domain}>"


RECEIVED_HOSTS = {
    "gmail": ("mail-sor-f41.google.com", "209.85.220.41"),
    "google-cal": ("mail-sor-f73.google.com", "209.85.220.73"),
    "outlook": ("ZAF01-JNB-obe.outbound.protection.outlook.com", "40.107.151.72"),
    "outlook-au": ("AUS01-SY4-obe.outbound.protection.outlook.com", "40.107.108.91"),
    "outlook-uk": ("GBR01-LO2-obe.outbound.protection.outlook.com", "40.107.121.55"),
    "ats": ("o1.ptr4417.mail-relay.net", "149.72.31.118"),
    "workday": ("mx-out-2.myworkday.com", "198.51.100.24"),
    "linkedin": ("mailb-ag.linkedin.com", "108.174.6.185"),
    "calendly": ("o4.email.calendly.com", "167.89.115.38"),
    "pnet": ("mta12.pnet.co.za", "196.22.132.15"),
    "misc": ("smtp-out.webmail.example", "192.0.2.87"),
}


def eml(*, tag, frm, to, subject, date, body, cc=(), reply_to=None, sender=None, irt=None,
        refs=None, mid=None, extra=(), relay="gmail"):
    host, ip = RECEIVED_HOSTS[relay]
    rdate = datetime.fromtimestamp(date.timestamp() + 3, tz=ZoneInfo(JHB))
    hdrs = [
        ("Delivered-To", OWNER),
        ("Received", f"from {host} ({host}. [{ip}])\n        by mx.example.com with ESMTPS id "
                     f"{hb(tag + '|rid', 12, LOWER + DIGITS)}\n        for <{OWNER}>;\n        {rfc(rdate)}"),
        ("Return-Path", f"<{(sender or frm)[1]}>"),
        ("From", addr(frm)),
    ]
    if sender:
        hdrs.append(("Sender", addr(sender)))
    hdrs.append(("To", ", ".join(addr(t) for t in to)))
    if cc:
        hdrs.append(("Cc", ", ".join(addr(c) for c in cc)))
    if reply_to:
        hdrs.append(("Reply-To", addr(reply_to)))
    hdrs += [("Subject", ehdr(subject)), ("Date", rfc(date)), ("Message-ID", mid)]
    if irt:
        hdrs.append(("In-Reply-To", irt))
    if refs:
        hdrs.append(("References", " ".join(refs)))
    hdrs += list(extra)
    hdrs.append(("MIME-Version", "1.0"))
    text = "".join(f"{k}: {v}\n" for k, v in hdrs) + body
    return text.replace("\r\n", "\n").replace("\n", "\r\n").encode("ascii")


# ----------------------------------------------------------------------------- iCalendar
def fold(line):
    b = line.encode("utf-8")
    out, first = [], True
    while b:
        lim = 75 if first else 74
        if len(b) <= lim:
            out.append(b)
            break
        cut = lim
        while cut > 0 and (b[cut] & 0xC0) == 0x80:
            cut -= 1
        out.append(b[:cut])
        b = b[cut:]
        first = False
    return b"\r\n ".join(out).decode("utf-8")


def esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def cn(name):
    return f'"{name}"' if any(c in name for c in ',:;') else name


def ics_join(lines):
    return ("\r\n".join(fold(l) for l in lines) + "\r\n").encode("utf-8")


def loc(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


def zulu(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


VTZ = {
    "Africa/Johannesburg": ["BEGIN:VTIMEZONE", "TZID:Africa/Johannesburg", "X-LIC-LOCATION:Africa/Johannesburg",
                            "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0200", "TZNAME:SAST",
                            "DTSTART:19700101T000000", "END:STANDARD", "END:VTIMEZONE"],
    "Europe/London": ["BEGIN:VTIMEZONE", "TZID:Europe/London", "X-LIC-LOCATION:Europe/London",
                      "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100", "TZNAME:BST",
                      "DTSTART:19700329T010000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
                      "BEGIN:STANDARD", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "TZNAME:GMT",
                      "DTSTART:19701025T020000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
                      "END:VTIMEZONE"],
    "South Africa Standard Time": ["BEGIN:VTIMEZONE", "TZID:South Africa Standard Time", "BEGIN:STANDARD",
                                   "DTSTART:16010101T000000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0200",
                                   "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T000000",
                                   "TZOFFSETFROM:+0200", "TZOFFSETTO:+0200", "END:DAYLIGHT", "END:VTIMEZONE"],
    "W. Australia Standard Time": ["BEGIN:VTIMEZONE", "TZID:W. Australia Standard Time", "BEGIN:STANDARD",
                                   "DTSTART:16010101T000000", "TZOFFSETFROM:+0800", "TZOFFSETTO:+0800",
                                   "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T000000",
                                   "TZOFFSETFROM:+0800", "TZOFFSETTO:+0800", "END:DAYLIGHT", "END:VTIMEZONE"],
    "GMT Standard Time": ["BEGIN:VTIMEZONE", "TZID:GMT Standard Time", "BEGIN:STANDARD",
                          "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000",
                          "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
                          "BEGIN:DAYLIGHT", "DTSTART:16010101T010000", "TZOFFSETFROM:+0000",
                          "TZOFFSETTO:+0100", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3",
                          "END:DAYLIGHT", "END:VTIMEZONE"],
}
WIN2IANA = {"South Africa Standard Time": JHB, "W. Australia Standard Time": PER, "GMT Standard Time": LON}
WINLABEL = {"South Africa Standard Time": "(UTC+02:00) Harare, Pretoria",
            "W. Australia Standard Time": "(UTC+08:00) Perth",
            "GMT Standard Time": "(UTC+00:00) Dublin, Edinburgh, Lisbon, London"}


def att_line(p, role="REQ-PARTICIPANT", partstat="NEEDS-ACTION", rsvp="TRUE", google=False):
    name, email = p
    if google:
        return (f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP={rsvp};"
                f"CN={cn(name or email)};X-NUM-GUESTS=0:mailto:{email}")
    return f"ATTENDEE;ROLE={role};PARTSTAT={partstat};RSVP={rsvp};CN={cn(name)}:mailto:{email}"


def generic_ics(*, prodid, uid, start, end, summary, organizer, attendees, description, location="",
                method="REQUEST", seq=0, status="CONFIRMED", stamp, tzid=None, extra=()):
    """Plain RFC 5545 calendar (ATS attachments, Calendly, standalone files)."""
    L = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        L.append(f"METHOD:{method}")
    if tzid:
        assert start.tzinfo.key == tzid and end.tzinfo.key == tzid
        L += VTZ[tzid]
    L += ["BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{zulu(stamp)}"]
    if tzid:
        L += [f"DTSTART;TZID={tzid}:{loc(start)}", f"DTEND;TZID={tzid}:{loc(end)}"]
    else:
        L += [f"DTSTART:{zulu(start)}", f"DTEND:{zulu(end)}"]
    L += [f"SUMMARY:{esc(summary)}", f"DESCRIPTION:{esc(description)}"]
    if location:
        L.append(f"LOCATION:{esc(location)}")
    L.append(f"ORGANIZER;CN={cn(organizer[0])}:mailto:{organizer[1]}")
    L += [att_line(a) for a in attendees]
    L += [f"SEQUENCE:{seq}", f"STATUS:{status}", "TRANSP:OPAQUE", *extra, "END:VEVENT", "END:VCALENDAR"]
    return ics_join(L)


# ----------------------------------------------------------------------------- Google Calendar
def meet_code(tag):
    return f"{hb(tag + '|m1', 3, LOWER)}-{hb(tag + '|m2', 4, LOWER)}-{hb(tag + '|m3', 3, LOWER)}"


def google_ics(*, uid, start, end, summary, organizer, guests, description, location, seq, stamp,
               created, meet, method="REQUEST", status="CONFIRMED"):
    L = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
         "CALSCALE:GREGORIAN", f"METHOD:{method}", "BEGIN:VEVENT",
         f"DTSTART:{zulu(start)}", f"DTEND:{zulu(end)}", f"DTSTAMP:{zulu(stamp)}",
         f"ORGANIZER;CN={cn(organizer[0])}:mailto:{organizer[1]}", f"UID:{uid}"]
    for g in guests:
        if g[1] == organizer[1]:
            L.append(att_line(g, partstat="ACCEPTED", google=True))
        else:
            L.append(att_line(g, google=True))
    if meet:
        L.append(f"X-GOOGLE-CONFERENCE:https://meet.google.com/{meet}")
    L += [f"CREATED:{zulu(created)}", f"DESCRIPTION:{esc(description)}", f"LAST-MODIFIED:{zulu(stamp)}",
          f"LOCATION:{esc(location)}", f"SEQUENCE:{seq}", f"STATUS:{status}", f"SUMMARY:{esc(summary)}",
          "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    return ics_join(L)


def google_invite(*, tag, organizer, guests, summary, start, end, sent, description, location="",
                  seq=0, uid=None, created=None, meet=True, updated=False, tz_long="South Africa Standard Time",
                  tz_abbr="SAST"):
    uid = uid or f"{hb(tag + '|uid', 26, LOWER + DIGITS)}@google.com"
    code = meet_code(uid) if meet else None
    ics = google_ics(uid=uid, start=start, end=end, summary=summary, organizer=organizer, guests=guests,
                     description=description, location=location, seq=seq, stamp=sent,
                     created=created or sent, meet=code)
    eid = base64.urlsafe_b64encode(f"{uid.split('@')[0]} {OWNER}".encode()).decode().rstrip("=")
    dline = f"{start.strftime('%A')} {start.day} {start.strftime('%b %Y')} \u22c5 {hm(start)} \u2013 {hm(end)}"
    txt = ""
    if updated:
        txt += "This event has been updated\nChanged: date and time\n\n"
    txt += f"{summary}\n{dline}\n{tz_long}\n\n"
    if location:
        txt += f"Location\n{location}\n\n"
    if code:
        pin = hb(uid + "|pin", 9, DIGITS)
        txt += (f"Join with Google Meet\nhttps://meet.google.com/{code}\n\nJoin by phone\n"
                f"(ZA) +27 10 823 {hb(uid + '|ph', 4, DIGITS)} PIN: {pin[:3]} {pin[3:6]} {pin[6:]}#\n\n")
    txt += f"{description}\n\nGuests\n"
    for g in guests:
        nm = g[0] or g[1]
        txt += f"{nm} - organiser\n" if g[1] == organizer[1] else f"{nm}\n"
    txt += (f"View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid={eid}\n\n"
            f"Reply for {OWNER} and view more details https://calendar.google.com/calendar/event?action=VIEW&eid={eid}\n"
            "Your attendance is optional.\n\n~~//~~\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
            "You are receiving this email because you are an attendee on the event. To stop receiving future "
            "updates for this event, decline this event.\n\nForwarding this invitation could allow any recipient "
            "to send a response to the organiser, be added to the guest list, invite others regardless of their "
            "own invitation status or modify your RSVP.\n")
    word = "Updated invitation" if updated else "Invitation"
    subject = (f"{word}: {summary} @ {start.strftime('%a')} {start.day} {start.strftime('%b %Y')} "
               f"{hm(start)} - {hm(end)} ({tz_abbr}) ({OWNER})")
    body = multi("mixed", bnd(tag + "|mixed"), [
        multi("alternative", bnd(tag + "|alt"), [
            leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', txt, enc="quoted-printable"),
            leaf('text/html; charset="UTF-8"', to_html(txt, "Roboto, Arial, sans-serif"), enc="quoted-printable"),
            leaf('text/calendar; charset="UTF-8"; method=REQUEST', ics.decode("utf-8"), enc="7bit"),
        ]),
        attachment("application/ics", "invite.ics", ics),
    ])
    return eml(tag=tag, frm=organizer, to=[ME], subject=subject, date=sent, body=body,
               reply_to=organizer, sender=("Google Calendar", "calendar-notification@google.com"),
               mid=f"<calendar-{uuid(tag + '|gcal')}@google.com>", relay="google-cal")


# ----------------------------------------------------------------------------- Exchange / Teams
def teams_footer(tag):
    thread = hb(tag + "|th", 40, ALNUM)
    url = (f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{thread}%40thread.v2/0?context="
           f"%7b%22Tid%22%3a%22{uuid(tag + '|tid')}%22%2c%22Oid%22%3a%22{uuid(tag + '|oid')}%22%7d")
    mid = hb(tag + "|tmid", 12, DIGITS)
    line = "_" * 80
    return (f"{line}\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\n"
            f"Click here to join the meeting<{url}>\nMeeting ID: {mid[:3]} {mid[3:6]} {mid[6:9]} {mid[9:]}\n"
            f"Passcode: {hb(tag + '|pc', 6, ALNUM)}\n"
            "Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | "
            "Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
            f"Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/"
            f"meetingOptions/?organizerId={uuid(tag + '|oid')}&tenantId={uuid(tag + '|tid')}>\n{line}")


def exchange_invite(*, tag, organizer, required, subject, sent, start, end, wintz, location, body,
                    uid, seq=0, method="REQUEST", teams=True, when_style="24", host="JNBPR01MB4471",
                    relay="outlook", lang="en-ZA", cc=()):
    assert start.tzinfo.key == WIN2IANA[wintz] and end.tzinfo.key == WIN2IANA[wintz]
    if when_style == "24":
        when = f"{long_date(start)} {hm(start)}-{hm(end)} {WINLABEL[wintz]}."
    else:
        when = f"{long_date(start)} {h12(start)}-{h12(end)} {WINLABEL[wintz]}."
    text = f"When: {when}\nWhere: {location}\n\n*~*~*~*~*~*~*~*~*~*\n\n{body.strip()}\n"
    if teams and method == "REQUEST":
        text += "\n" + teams_footer(tag) + "\n"
    cancel = method == "CANCEL"
    L = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
    L += VTZ[wintz]
    L += ["BEGIN:VEVENT", f"ORGANIZER;CN={cn(organizer[0])}:mailto:{organizer[1]}"]
    L += [att_line(a) for a in required]
    L += [f"DESCRIPTION;LANGUAGE={lang}:{esc(text)}", f"UID:{uid}",
          f"SUMMARY;LANGUAGE={lang}:{esc(subject.replace('Canceled: ', ''))}",
          f"DTSTART;TZID={wintz}:{loc(start)}", f"DTEND;TZID={wintz}:{loc(end)}", "CLASS:PUBLIC",
          f"PRIORITY:{1 if cancel else 5}", f"DTSTAMP:{zulu(sent)}", "TRANSP:OPAQUE",
          f"STATUS:{'CANCELLED' if cancel else 'CONFIRMED'}", f"SEQUENCE:{seq}",
          f"LOCATION;LANGUAGE={lang}:{esc(location)}", f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
          f"X-MICROSOFT-CDO-OWNERAPPTID:{hb(uid + '|own', 10, DIGITS)}",
          f"X-MICROSOFT-CDO-BUSYSTATUS:{'FREE' if cancel else 'TENTATIVE'}",
          f"X-MICROSOFT-CDO-INTENDEDSTATUS:{'FREE' if cancel else 'BUSY'}",
          "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", f"X-MICROSOFT-CDO-IMPORTANCE:{2 if cancel else 1}",
          "X-MICROSOFT-CDO-INSTTYPE:0", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
          "X-MICROSOFT-DISALLOW-COUNTER:FALSE", f"X-MICROSOFT-ISRESPONSEREQUESTED:{'FALSE' if cancel else 'TRUE'}"]
    if not cancel:
        L += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM"]
    L += ["END:VEVENT", "END:VCALENDAR"]
    ics = ics_join(L)
    b = bnd(tag, "outlook")
    body_mime = multi("alternative", b, [
        leaf('text/plain; charset="utf-8"', text),
        leaf('text/html; charset="utf-8"', to_html(text, "Aptos, Calibri, sans-serif")),
        leaf(f'text/calendar; charset="utf-8"; method={method}', data=ics, enc="base64"),
    ])
    extra = [("Thread-Topic", ehdr(subject.replace("Canceled: ", ""))),
             ("Thread-Index", base64.b64encode(hashlib.sha256((SEED + uid).encode()).digest()[:22]).decode()),
             ("Accept-Language", lang), ("Content-Language", lang), ("X-MS-Has-Attach", ""),
             ("X-MS-TNEF-Correlator", ""), ("Content-class", "urn:content-classes:calendarmessage"),
             ("x-ms-exchange-calendar-series-instance-id", "BAAAAIIA4AB0xbcQGoLgCAAAAAA" + hb(uid, 24, ALNUM)),
             ("x-ms-publictraffictype", "Email")]
    return eml(tag=tag, frm=organizer, to=required, cc=cc, subject=subject, date=sent, body=body_mime,
               mid=mid_outlook(tag, host), extra=extra, relay=relay)


def exchange_uid(tag):
    return "040000008200E00074C5B7101A82E00800000000" + hb(tag + "|xuid", 72, UPHEX)


# ----------------------------------------------------------------------------- labels
CASES = []


def IV(company, role, start, end, status, interviewers, followups, kind):
    assert status in ("scheduled", "cancelled")
    assert kind in ("phone_screen", "technical", "onsite", "hiring_manager", "other")
    return {"company": company, "role": role, "start": start.isoformat(),
            "end": end.isoformat() if end else None, "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(followups), "kind": kind}


def add_case(num, slug, items, interviews, difficulty, category, notes):
    cid = f"b330-{num:02d}-{slug}"
    assert len(CASES) + 1 == num, (num, len(CASES))
    for i, (name, data) in enumerate(items):
        assert name.startswith(f"{i + 1:02d}-") and name.endswith((".eml", ".ics", ".gcal.json")), name
        assert isinstance(data, bytes)
    CASES.append((cid, items, {
        "user": OWNER, "interview": bool(interviews), "interviews": interviews,
        "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}))


def sig(*lines):
    return "\n".join(lines)


# people ---------------------------------------------------------------------------------
THANDEKA = ("Thandeka Mkhize", "thandeka.mkhize@ubuntutalent.example")
SBU = ("Sibusiso Mthethwa", "sibusiso.mthethwa@umgenibay.example")
PRIYA = ("Priya Govender", "priya.govender@umgenibay.example")
AYANDA = ("Ayanda Cele", "ayanda.cele@umgenibay.example")
RAJESH = ("Rajesh Naidoo", "rajesh.naidoo@umgenibay.example")
JOHAN = ("Johan Pretorius", "johan.pretorius@umgenibay.example")
LERATO = ("Lerato Molefe", "lerato.molefe@marulaplatinum.example")
PIETER = ("Pieter van der Merwe", "pieter.vandermerwe@marulaplatinum.example")
NOMVULA = ("Nomvula Khumalo", "nomvula.khumalo@marulaplatinum.example")
BONGANI = ("Bongani Zulu", "bongani.zulu@marulaplatinum.example")
MPHO = ("Mpho Sekhukhune", "mpho.sekhukhune@marulaplatinum.example")
ZANELE = ("Zanele Ndlovu", "zanele.ndlovu@gridveld.example")
THEMBA = ("Themba Nkosi", "themba.nkosi@gridveld.example")
ANNELIE = ("Annelie Botha", "annelie.botha@gridveld.example")
KAGISO = ("Kagiso Mokoena", "kagiso.mokoena@gridveld.example")
MEGAN = ("Megan Jacobs", "megan.jacobs@kloofwind.example")
FRANCOIS = ("Francois Louw", "francois.louw@kloofwind.example")
YUSUF = ("Yusuf Ebrahim", "yusuf.ebrahim@kloofwind.example")
LINDIWE = ("Lindiwe Sithole", "lindiwe.sithole@kloofwind.example")
KATE = ("Kate Brennan", "kate.brennan@pilbaracrest.example")
LIAM = ("Liam O'Connor", "liam.oconnor@pilbaracrest.example")
OLIVIA = ("Olivia Hartley", "olivia.hartley@harrowgatefenwick.example")
GRAHAM = ("Graham Whitfield", "graham.whitfield@harrowgatefenwick.example")
AISHA = ("Aisha Rahman", "aisha.rahman@harrowgatefenwick.example")
ELEANOR = ("Eleanor Marsh", "eleanor.marsh@harrowgatefenwick.example")

SIPHO_SIG = "Sipho Dlamini\n082 614 4417"


def quote(text, who, when):
    q = "\n".join("> " + l if l else ">" for l in text.strip("\n").split("\n"))
    return f"\n\nOn {when.strftime('%a')}, {when.day} {when.strftime('%b %Y')} at {hm(when)}, {who[0]} <{who[1]}> wrote:\n{q}\n"


def plain(tag, text, style="gmail"):
    """multipart/alternative text+html for human mail."""
    return alt(tag, text, style=style)


# =============================================================================== cases
def c01():
    tag = "c01"
    d1 = T(2026, 10, 5, 16, 42, wd="Mon")
    d2 = T(2026, 10, 5, 17, 20, wd="Mon")
    d3 = T(2026, 10, 5, 18, 2, wd="Mon")
    start = T(2026, 10, 6, 10, 0, wd="Tue")  # kusasa ngo-10 ekuseni, relative to d1
    end = T(2026, 10, 6, 10, 30, wd="Tue")
    subj = "Senior Electrical Engineer (Mining) - Sandton client - telephonic screening"
    t1 = f"""Good day Sipho,

I trust you are well. I came across your CV on PNet and believe you could be a strong fit for a Senior Electrical Engineer (Mining) position I am recruiting for. My client is a JSE-listed PGM producer with its head office in Sandton. The search is confidential at this stage, so I can only share the company name once we have spoken and you are happy for me to present you.

Before I submit your profile I would like to do a short telephonic screening, roughly 30 minutes, to go through your GCC, your shaft and plant reticulation experience, your notice period and your salary expectations.

Are you available kusasa ngo-10 ekuseni (tomorrow at 10:00)? I will call you on the cell number on your CV. Kindly confirm by replying to this mail.

Kind regards / Ngiyabonga
{sig("Thandeka Mkhize", "Senior Consultant: Mining & Engineering", "Ubuntu Talent Partners | Rosebank, Johannesburg", "T: 011 447 2290 | M: 072 518 3306")}
"""
    m1 = mid_generic(tag + "1", "ubuntutalent.example")
    e1 = eml(tag=tag + "1", frm=THANDEKA, to=[ME], subject=subj, date=d1, body=plain(tag + "1", t1), mid=m1,
             relay="outlook", extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    t2 = ("Hi Thandeka,\n\nThanks for reaching out. Tomorrow at 10:00 suits me. I'll be at the office, so please "
          "call my cell. If load-shedding takes the tower down and the call drops, I'll WhatsApp you straight away.\n\n"
          f"Regards,\n{SIPHO_SIG}" + quote(t1, THANDEKA, d1))
    m2 = mid_generic(tag + "2", "mail.example.com")
    e2 = eml(tag=tag + "2", frm=ME, to=[THANDEKA], subject="Re: " + subj, date=d2,
             body=leaf('text/plain; charset="UTF-8"', t2), mid=m2, irt=m1, refs=[m1], relay="misc")
    t3 = ("Lovely, sharp sharp. Speak tomorrow at 10.\n\nThandeka\n\nSent from my Galaxy" + quote(t2, ME, d2))
    m3 = mid_generic(tag + "3", "ubuntutalent.example")
    e3 = eml(tag=tag + "3", frm=THANDEKA, to=[ME], subject="RE: " + subj, date=d3,
             body=leaf('text/plain; charset="UTF-8"', t3), mid=m3, irt=m2, refs=[m1, m2], relay="outlook")
    add_case(1, "agency-screen-kusasa-body-only",
             [("01-ubuntu-talent-telephonic-screening.eml", e1), ("02-reply-tomorrow-suits.eml", e2),
              ("03-ubuntu-sharp-sharp.eml", e3)],
             [IV("Ubuntu Talent Partners", "Senior Electrical Engineer (Mining)", start, end, "scheduled",
                 [THANDEKA[1]], [THANDEKA[1]], "phone_screen")],
             "hard", "positive/email-body-only",
             "Agency recruiter screen for a confidential Sandton client; time only as isiZulu 'kusasa ngo-10 "
             "ekuseni (tomorrow at 10:00)' resolved against the Mon 5 Oct Date header -> Tue 6 Oct 10:00 SAST; "
             "30 minutes stated. Replies say only 'tomorrow'.")


def c02():
    tag = "c02"
    d1 = T(2026, 10, 1, 12, 10, wd="Thu")
    d2 = T(2026, 10, 1, 13, 35, wd="Thu")
    d3 = T(2026, 10, 2, 8, 15, wd="Fri")
    start = T(2026, 10, 5, 15, 0, wd="Mon")
    end = T(2026, 10, 5, 15, 20, wd="Mon")
    subj = "Ingxoxo yomsebenzi - Electrical Engineer: Cranes & Port Equipment"
    t1 = f"""Sawubona Sipho,

Ngiyabonga ngesicelo sakho - thank you for your application for the Electrical Engineer: Cranes & Port Equipment post at Umgeni Bay Terminals in Durban. I am happy to let you know that you have been Shortlisted for a first telephonic interview.

Ngicela ukukushayela ucingo ngoMsombuluko, 5 October, ntambama ngo-3 (Monday afternoon at 15:00). I will phone you from our Maydon Wharf office on 031 360 7712. Kuzothatha imizuzu engama-20, about 20 minutes, mainly on your MV switchgear and variable speed drive experience and whether you would be open to relocating to eThekwini.

Kindly confirm your attendance.

Ngiyabonga,
Sibusiso "Sbu" Mthethwa
Talent Acquisition Partner | Umgeni Bay Terminals
Maydon Wharf, Durban 4001
"""
    m1 = mid_outlook(tag + "1", "DBNPR01MB2290")
    e1 = eml(tag=tag + "1", frm=SBU, to=[ME], subject=subj, date=d1, body=plain(tag + "1", t1, "outlook"),
             mid=m1, relay="outlook")
    t2 = ("Sawubona Sbu,\n\nNgiyabonga kakhulu for the good news. Monday at 15:00 is perfect, ngizotholakala "
          "(I'll be available) on 082 614 4417.\n\nSipho" + quote(t1, SBU, d1))
    m2 = mid_generic(tag + "2", "mail.example.com")
    e2 = eml(tag=tag + "2", frm=ME, to=[SBU], subject="Re: " + subj, date=d2,
             body=leaf('text/plain; charset="UTF-8"', t2), mid=m2, irt=m1, refs=[m1], relay="misc")
    t3 = ("Kuhle kakhulu, Sipho. Confirmed for Monday 2026/10/05 at 15:00 SAST - I'll call you then.\n\nSbu"
          + quote(t2, ME, d2))
    m3 = mid_outlook(tag + "3", "DBNPR01MB2290")
    e3 = eml(tag=tag + "3", frm=SBU, to=[ME], subject="RE: " + subj, date=d3, body=plain(tag + "3", t3, "outlook"),
             mid=m3, irt=m2, refs=[m1, m2], relay="outlook")
    add_case(2, "umgeni-isizulu-phone-screen",
             [("01-umgeni-ingxoxo-yomsebenzi.eml", e1), ("02-reply-ngizotholakala.eml", e2),
              ("03-umgeni-confirmed.eml", e3)],
             [IV("Umgeni Bay Terminals", "Electrical Engineer: Cranes & Port Equipment", start, end, "scheduled",
                 [SBU[1]], [SBU[1]], "phone_screen")],
             "medium", "positive/email-body-only",
             "isiZulu/English phone screen: 'ngoMsombuluko, 5 October, ntambama ngo-3' = Monday 15:00 SAST, "
             "'imizuzu engama-20' = 20 minutes; confirmation uses 2026/10/05. Recruiter conducts the call.")


def c03():
    tag = "c03"
    d1 = T(2026, 10, 7, 9, 31, wd="Wed")
    d2 = T(2026, 10, 7, 9, 40, wd="Wed")
    start = T(2026, 10, 13, 14, 0, wd="Tue")
    end = T(2026, 10, 13, 15, 30, wd="Tue")
    role = "Senior Electrical Engineer: Shaft & Concentrator Infrastructure"
    venue = "Marula House, 11 Fredman Drive, Sandton - Boardroom 4B"
    t1 = f"""Dear Sipho,

Thank you for your interest in Marula Platinum. We are pleased to confirm your technical interview for the position of {role} (Ref: MP-ENG-0931).

Date: {long_date(start)}
Time: 14:00 - 15:30 (SAST)
Venue: {venue}
Interviewers: Pieter van der Merwe (Chief Engineer: Electrical) and Nomvula Khumalo (Senior Engineer: MV Reticulation)

Please bring your ID, a copy of your GCC (Electrical) certificate and your ECSA registration certificate. Visitor parking is in the basement off Fredman Drive; security at the boom will ask for your ID number.

A calendar file is attached for your convenience. If you need to make a change, simply reply to this e-mail and our Talent team will assist.

Kind regards,
Lerato Molefe
Talent Acquisition Specialist, Marula Platinum

Powered by SmartRecruiters | Privacy Policy: https://www.smartrecruiters.com/legal/candidate-privacy-policy/
"""
    sr_ics = generic_ics(prodid="-//SmartRecruiters//Interview Scheduler//EN",
                         uid=f"{uuid(tag + 'sr')}@smartrecruiters.com", start=start, end=end,
                         summary=f"Interview: {role} - Marula Platinum", organizer=LERATO, attendees=[ME],
                         description=f"Technical interview for {role}.\nVenue: {venue}\nBring ID, GCC and ECSA certificates.",
                         location=venue, stamp=d1, tzid=JHB)
    body1 = multi("mixed", bnd(tag + "1mx", "ats"), [
        alt(tag + "1", t1, html_enc="base64", style="ats"),
        attachment("text/calendar", "interview.ics", sr_ics),
    ])
    e1 = eml(tag=tag + "1", frm=("Marula Platinum", "no-reply@smartrecruiters.com"), to=[ME],
             subject=f"Interview invitation - {role}", date=d1, body=body1, reply_to=LERATO,
             mid=mid_generic(tag + "1", "smartrecruiters.com"), relay="ats")
    e2 = google_invite(tag=tag + "2", organizer=LERATO, guests=[LERATO, PIETER, NOMVULA, ME],
                       summary="Technical interview: Sipho Dlamini - Senior Electrical Engineer", start=start, end=end,
                       sent=d2, location=venue, meet=False,
                       description=("Technical interview with Pieter (Chief Engineer: Electrical) and Nomvula "
                                    "(Senior Engineer: MV Reticulation). Candidate to report to Level 1 reception. "
                                    "Pieter - please bring the shaft 2 SLD for the discussion."))
    add_case(3, "marula-technical-smartrecruiters-plus-invite",
             [("01-smartrecruiters-interview-invitation.eml", e1), ("02-invitation-technical-interview.eml", e2)],
             [IV("Marula Platinum", role, start, end, "scheduled", [PIETER[1], NOMVULA[1]],
                 [PIETER[1], NOMVULA[1]], "technical")],
             "medium", "positive/dedupe",
             "SmartRecruiters mail (no-reply sender, Reply-To coordinator) with interview.ics (TZID "
             "Africa/Johannesburg) plus a Google invite in UTC from the coordinator for the same slot -> one "
             "interview. Coordinator does not interview.")


def c04():
    tag = "c04"
    d1 = T(2026, 10, 9, 11, 2, wd="Fri")
    d2 = T(2026, 10, 12, 14, 20, wd="Mon")
    start = T(2026, 10, 21, 9, 0, JHB, wd="Wed")
    end = T(2026, 10, 21, 10, 30, JHB, wd="Wed")
    role = "Senior Engineer (Electrical Distribution)"
    t1 = f"""Good day Sipho Dlamini,

Congratulations! You have been shortlisted for a competency-based interview for the position of {role}, requisition R-10472, Gauteng Operating Unit.

Interview date: 2026/10/21
Time: 09:00 - 10:30 SAST
Format: Virtual panel interview (Microsoft Teams). The panel secretariat will send the meeting link separately.

The interview follows a competency-based (STAR) format and will cover technical leadership, safety leadership under the OHS Act, stakeholder management and the Gridveld values. Please make sure you are in a quiet space with a stable connection; in the event of load-shedding, have backup power or mobile data ready.

Kindly confirm your attendance by signing in to your Candidate Home and completing the "Confirm Interview" task before 2026/10/14.

Gridveld Power SOC Ltd is an equal opportunity employer. Preference will be given to candidates from designated groups in line with our Employment Equity Plan.

This is a system-generated message. Please do not reply to this e-mail.
Candidate Home: https://wd3.myworkdaysite.com/recruiting/gridveld/Gridveld_Careers/userHome
"""
    e1 = eml(tag=tag + "1", frm=("Gridveld Power Careers", "gridveld@myworkday.com"), to=[ME],
             subject=f"Shortlisted - Competency-Based Interview: {role} R-10472", date=d1,
             body=leaf('text/html; charset="UTF-8"', to_html(t1, "Verdana, sans-serif"), enc="base64"),
             mid=mid_generic(tag + "1", "myworkday.com"), relay="workday")
    body2 = f"""Good day Mr Dlamini,

Please find below the Teams link for your competency-based interview for {role} (R-10472). The panel will comprise:

- Dr Themba Nkosi - Senior Manager: Distribution Engineering (Chairperson)
- Annelie Botha - Chief Engineer: Protection & Control
- Kagiso Mokoena - HR Business Partner

I will be attending as panel secretariat only, for minutes and logistics. Please join five minutes early and have your ID document ready for verification on camera.

Regards
Zanele Ndlovu
Recruitment Officer | Gridveld Power SOC Ltd
"""
    e2 = exchange_invite(tag=tag + "2", organizer=ZANELE, required=[ME, THEMBA, ANNELIE, KAGISO],
                         subject=f"Competency-Based Interview: S. Dlamini - {role} R-10472", sent=d2,
                         start=start, end=end, wintz="South Africa Standard Time",
                         location="Microsoft Teams Meeting", body=body2, uid=exchange_uid(tag))
    add_case(4, "gridveld-workday-teams-competency-panel",
             [("01-workday-shortlisted.eml", e1), ("02-teams-invite-panel.eml", e2)],
             [IV("Gridveld Power", role, start, end, "scheduled", [THEMBA[1], ANNELIE[1], KAGISO[1]],
                 [THEMBA[1], ANNELIE[1], KAGISO[1]], "onsite")],
             "medium", "positive/outlook-teams",
             "Workday HTML-only mail (date 2026/10/21) plus Exchange/Teams invite with TZID 'South Africa "
             "Standard Time' and '(UTC+02:00) Harare, Pretoria'. Three-person competency panel -> onsite; the "
             "organizer is secretariat only.")


def c05():
    tag = "c05"
    d1 = T(2026, 10, 13, 8, 5, wd="Tue")
    T(2026, 10, 14, 8, 0, wd="Wed")
    T(2026, 10, 18, 23, 59, wd="Sun")
    candice = ("Candice Pillay", "candice.pillay@khanya-assess.example")
    t1 = f"""Dear Sipho

Gridveld Power has asked Khanya Assessments to administer an online psychometric assessment as part of the selection process for Senior Engineer (Electrical Distribution), R-10472.

Please note: lesi yisivivinyo (this is a test), not an interview. No assessor will be on the line and nobody will phone you.

What you need to complete:
- Verbal reasoning (20 minutes, timed)
- Numerical reasoning (25 minutes, timed)
- Work personality questionnaire (about 35 minutes, untimed)

Your assessment window opens on Wednesday, 14 October 2026 at 08:00 and closes on Sunday, 18 October 2026 at 23:59 SAST. You may complete the sections in one sitting or separately, but a timed section must be finished once you have started it. Use a laptop with a reliable connection and check your area's load-shedding schedule before you begin.

Login: https://portal.khanya-assess.example/c/{h(tag + 'tok', 20)}
Access code: GVP-{hb(tag + 'ac', 6, DIGITS)}

Results are confidential and are shared only with Gridveld's recruitment team in line with POPIA. If you need a reasonable accommodation (for example extra time), reply to this e-mail before the window opens.

Kind regards
Candice Pillay
Psychometrist (Independent Practice) | Khanya Assessments
"""
    e1 = eml(tag=tag, frm=("Khanya Assessments", "noreply@khanya-assess.example"), to=[ME],
             subject="Gridveld Power - online psychometric assessment (isivivinyo) - action required", date=d1,
             body=leaf('text/plain; charset="UTF-8"', t1), reply_to=candice,
             mid=mid_generic(tag, "khanya-assess.example"), relay="misc")
    add_case(5, "gridveld-psychometric-isivivinyo",
             [("01-khanya-psychometric-assessment.eml", e1)], [],
             "medium", "negative/online-assessment",
             "Psychometric test window for the Gridveld process; explicitly 'not an interview', no live "
             "conversation, has opening and closing times.")


def c06():
    tag = "c06"
    d1 = T(2026, 10, 9, 10, 12, wd="Fri")
    d2 = T(2026, 10, 14, 7, 48, wd="Wed")
    d3 = T(2026, 10, 14, 8, 30, wd="Wed")
    d4 = T(2026, 10, 14, 9, 5, wd="Wed")
    s0, e0 = T(2026, 10, 15, 11, 0, wd="Thu"), T(2026, 10, 15, 12, 0, wd="Thu")
    start, end = T(2026, 10, 16, 14, 0, wd="Fri"), T(2026, 10, 16, 15, 0, wd="Fri")
    role = "Electrical Engineer: Cranes & Port Equipment"
    summary = f"Technical interview - Sipho Dlamini ({role})"
    uid = f"{hb(tag + 'uid', 26, LOWER + DIGITS)}@google.com"
    desc = ("Technical interview with Ayanda Cele (Engineering Manager: Cranes & Electrical) and Rajesh Naidoo "
            "(Senior Electrical Engineer). Keep a pen and paper handy - we'll talk through a single-line diagram "
            "of an STS crane supply.")
    guests = [PRIYA, AYANDA, RAJESH, ME]
    e1 = google_invite(tag=tag + "1", organizer=PRIYA, guests=guests, summary=summary, start=s0, end=e0,
                       sent=d1, description=desc, uid=uid)
    t2 = f"""Good morning Sipho,

I'm sorry for the short notice. eThekwini has just published Stage 4 load-shedding for our block tomorrow from 10:00 to 12:30, and the standby generator at Maydon Wharf is out for its quarterly service, so Ayanda and Rajesh won't have reliable power or Wi-Fi during your slot.

Could we move your technical interview to Friday, 16 October at 14:00? Same Google Meet link, same two interviewers, still one hour.

Apologies again - the joys of load-shedding!

Warm regards
Priya Govender
HR Business Partner | Umgeni Bay Terminals
"""
    subj2 = "Tomorrow's technical interview - load-shedding"
    m2 = mid_outlook(tag + "2", "DBNPR01MB3318")
    e2 = eml(tag=tag + "2", frm=PRIYA, to=[ME], cc=[AYANDA, RAJESH], subject=subj2, date=d2,
             body=plain(tag + "2", t2, "outlook"), mid=m2, relay="outlook")
    t3 = ("Hi Priya,\n\nNo problem at all - we all know the struggle. Friday 16 October at 14:00 works for me.\n\n"
          f"Regards,\n{SIPHO_SIG}" + quote(t2, PRIYA, d2))
    m3 = mid_generic(tag + "3", "mail.example.com")
    e3 = eml(tag=tag + "3", frm=ME, to=[PRIYA], cc=[AYANDA, RAJESH], subject="Re: " + subj2, date=d3,
             body=leaf('text/plain; charset="UTF-8"', t3), mid=m3, irt=m2, refs=[m2], relay="misc")
    e4 = google_invite(tag=tag + "4", organizer=PRIYA, guests=guests, summary=summary, start=start, end=end,
                       sent=d4, description=desc, uid=uid, seq=1, created=d1, updated=True)
    add_case(6, "umgeni-loadshedding-reschedule",
             [("01-invitation-technical-interview.eml", e1), ("02-umgeni-load-shedding-move.eml", e2),
              ("03-reply-friday-works.eml", e3), ("04-updated-invitation-friday.eml", e4)],
             [IV("Umgeni Bay Terminals", role, start, end, "scheduled", [AYANDA[1], RAJESH[1]],
                 [AYANDA[1], RAJESH[1]], "technical")],
             "medium", "positive/reschedule",
             "Google invite Thu 15 Oct 11:00 SAST (UTC times in the .ics) moved because of Stage 4 "
             "load-shedding; mail thread agrees Friday 16 Oct 14:00; updated invite same UID SEQUENCE:1.")


def c07():
    tag = "c07"
    d1 = T(2026, 10, 14, 9, 12, PER, wd="Wed")
    d2 = T(2026, 10, 14, 9, 14, PER, wd="Wed")
    start = T(2026, 10, 19, 17, 0, PER, wd="Mon")
    end = T(2026, 10, 19, 17, 45, PER, wd="Mon")
    assert start.astimezone(ZoneInfo(JHB)).hour == 11
    role = "Senior Electrical Engineer (FIFO, Processing)"
    t1 = f"""Hi Sipho,

Thanks for your application for the Senior Electrical Engineer role at our Marra Creek processing hub - your HV and concentrator experience really stood out.

I'd love to have an initial chat over Google Meet. I've popped an invite in your calendar for Monday 19 October at 5:00pm Perth time (AWST), which by my maths is 11:00am in Johannesburg. Allow about 45 minutes. I'll run through the 8/6 FIFO roster, relocation support and the employer-sponsored visa pathway, and I'd like to hear about the shutdowns you've led.

If that time doesn't suit, just reply and we'll find another.

Cheers,
Kate Brennan
Talent Acquisition Partner | Pilbara Crest Resources
Level 9, 88 Mill Street, Perth WA 6000
"""
    e1 = eml(tag=tag, frm=KATE, to=[ME], subject=f"Pilbara Crest - {role} - video interview", date=d1,
             body=plain(tag, t1, "outlook"), mid=mid_outlook(tag, "SY4PR01MB6620"), relay="outlook-au")
    ev_id = hb(tag + "ev", 26, LOWER + DIGITS)
    meet = meet_code(ev_id)
    ev = {
        "kind": "calendar#event",
        "etag": f"\"{hb(tag + 'etag', 16, DIGITS)}\"",
        "id": ev_id,
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid="
                    + base64.urlsafe_b64encode(f"{ev_id} {OWNER}".encode()).decode().rstrip("="),
        "created": d2.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "updated": datetime.fromtimestamp(d2.timestamp() + 41, UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z",
        "summary": f"Pilbara Crest | Video interview - Sipho Dlamini ({role})",
        "description": ("Initial video interview with Kate Brennan (Talent Acquisition). 45 min. Sipho is joining "
                        "from Johannesburg (11:00 SAST). Topics: roster, relocation, visa pathway, shutdown experience."),
        "location": "Google Meet",
        "creator": {"email": KATE[1], "displayName": KATE[0]},
        "organizer": {"email": KATE[1], "displayName": KATE[0]},
        "start": {"dateTime": start.isoformat(), "timeZone": PER},
        "end": {"dateTime": end.isoformat(), "timeZone": PER},
        "iCalUID": f"{ev_id}@google.com",
        "sequence": 0,
        "attendees": [
            {"email": KATE[1], "displayName": KATE[0], "organizer": True, "responseStatus": "accepted"},
            {"email": OWNER, "displayName": OWNER_NAME, "self": True, "responseStatus": "accepted"},
        ],
        "hangoutLink": f"https://meet.google.com/{meet}",
        "conferenceData": {
            "entryPoints": [{"entryPointType": "video", "uri": f"https://meet.google.com/{meet}",
                             "label": f"meet.google.com/{meet}"}],
            "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet"},
            "conferenceId": meet,
        },
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    j = (json.dumps(ev, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    add_case(7, "pilbara-perth-screen-gcal-json",
             [("01-pilbara-video-interview.eml", e1), ("02-pilbara-video-interview.gcal.json", j)],
             [IV("Pilbara Crest Resources", role, start, end, "scheduled", [KATE[1]], [KATE[1]], "phone_screen")],
             "medium", "positive/gcal-json",
             "Perth recruiter (Date +0800) + Calendar API event in Australia/Perth: 17:00 AWST (+08:00, no DST) "
             "= 11:00 SAST. Recruiter conducts the screen.")


def c08():
    tag = "c08"
    d1 = T(2026, 10, 13, 10, 25, wd="Tue")
    d2 = T(2026, 10, 14, 19, 41, wd="Wed")
    d3 = T(2026, 10, 21, 16, 10, wd="Wed")
    d4 = T(2026, 10, 21, 16, 14, wd="Wed")
    s1, e1_ = T(2026, 10, 20, 11, 30, wd="Tue"), T(2026, 10, 20, 12, 0, wd="Tue")
    s2, e2_ = T(2026, 10, 28, 15, 0, wd="Wed"), T(2026, 10, 28, 16, 0, wd="Wed")
    role = "Electrical Engineer - Grid Integration"
    t1 = f"""Hi Sipho

Thanks for applying for our {role} role through Careers24. We're growing the grid team for our Northern Cape wind and solar portfolio, and a mining HV background is an interesting angle for us.

As a first step I'd like to set up a 30-minute intro call. Grab a slot that suits you here: https://calendly.com/megan-jacobs-kloofwind/intro-call

Chat soon,
Megan Jacobs
People & Talent Lead | Kloofwind Renewables
Woodstock, Cape Town
"""
    m1 = mid_gmail(tag + "1")
    e1 = eml(tag=tag + "1", frm=MEGAN, to=[ME], subject=f"Your application: {role} (Careers24)", date=d1,
             body=plain(tag + "1", t1), mid=m1)
    meet1 = meet_code(tag + "cal")
    t2 = f"""Hi Sipho Dlamini,

Your event has been scheduled.

Event Type:
Intro call (30 min)

Invitee:
Sipho Dlamini

Invitee Email:
{OWNER}

Event Date/Time:
11:30am - 12:00pm (South Africa Standard Time) Tuesday, 20 October 2026

Location:
This is a Google Meet web conference. https://meet.google.com/{meet1}

Host:
Megan Jacobs

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/{uuid(tag + 'cx')}
Reschedule: https://calendly.com/reschedulings/{uuid(tag + 'cx')}

Powered by Calendly.com
"""
    cal_ics = generic_ics(prodid="-//Calendly//Calendly Scheduler//EN", uid=f"{uuid(tag + 'cal')}@calendly.com",
                          start=s1, end=e1_, summary="Intro call (30 min) between Megan Jacobs and Sipho Dlamini",
                          organizer=MEGAN, attendees=[ME], description=f"Event Name: Intro call (30 min)\n\nLocation: "
                          f"https://meet.google.com/{meet1}\n\nNeed to make changes to this event?\nReschedule: "
                          f"https://calendly.com/reschedulings/{uuid(tag + 'cx')}",
                          location=f"https://meet.google.com/{meet1}", stamp=d2)
    body2 = multi("mixed", bnd(tag + "2mx", "other"), [
        alt(tag + "2", t2, html_enc="base64", style="other"),
        attachment("text/calendar", "invite.ics", cal_ics),
    ])
    e2 = eml(tag=tag + "2", frm=("Calendly", "notifications@calendly.com"), to=[ME],
             subject="Confirmed: Intro call (30 min) with Megan Jacobs on Tuesday, 20 October 2026", date=d2,
             body=body2, reply_to=MEGAN, mid=mid_generic(tag + "2", "calendly.com"), relay="calendly")
    t3 = f"""Hi Sipho,

Thanks for a great conversation yesterday. I've chatted to Francois and we'd like to take you through to the technical round.

It's a one-hour Google Meet with Dr Francois Louw (Head of Grid Integration) and Yusuf Ebrahim (Lead HV Engineer). Expect questions on grid code compliance, protection coordination at the point of connection, and a short case on a 132 kV substation you've worked on. The calendar invite for Wednesday 28 October, 15:00-16:00, is on its way.

Best,
Megan
"""
    m3 = mid_gmail(tag + "3")
    e3 = eml(tag=tag + "3", frm=MEGAN, to=[ME], cc=[FRANCOIS, YUSUF], subject="Next step: technical interview",
             date=d3, body=plain(tag + "3", t3), mid=m3)
    e4 = google_invite(tag=tag + "4", organizer=MEGAN, guests=[MEGAN, FRANCOIS, YUSUF, ME],
                       summary="Technical interview - Electrical Engineer (Grid Integration) - Sipho Dlamini",
                       start=s2, end=e2_, sent=d4,
                       description="Francois and Yusuf to lead. Case discussion: 132 kV point of connection. Megan will not join.")
    add_case(8, "kloofwind-calendly-screen-then-technical",
             [("01-kloofwind-book-intro-call.eml", e1), ("02-calendly-confirmed.eml", e2),
              ("03-kloofwind-next-step.eml", e3), ("04-invitation-technical.eml", e4)],
             [IV("Kloofwind Renewables", role, s1, e1_, "scheduled", [MEGAN[1]], [MEGAN[1]], "phone_screen"),
              IV("Kloofwind Renewables", role, s2, e2_, "scheduled", [FRANCOIS[1], YUSUF[1]],
                 [FRANCOIS[1], YUSUF[1]], "technical")],
             "medium", "positive/two-interviews",
             "Two interviews: Calendly-booked intro call with the recruiter (Tue 20 Oct 11:30 SAST) and a Google "
             "invite for the technical (Wed 28 Oct 15:00 SAST). Calendly link in mail 01 is not itself a booking.")


def c09():
    tag = "c09"
    d1 = T(2026, 10, 16, 10, 5, wd="Fri")
    d2 = T(2026, 10, 16, 12, 47, wd="Fri")
    d3 = T(2026, 10, 19, 8, 22, wd="Mon")
    T(2026, 10, 29, 8, 30, wd="Thu")  # option 1 (not chosen)
    start, end = T(2026, 10, 30, 14, 0, wd="Fri"), T(2026, 10, 30, 14, 45, wd="Fri")
    role = "Senior Electrical Engineer: Shaft & Concentrator Infrastructure"
    subj = "Final interview with our MD - Senior Electrical Engineer"
    t1 = f"""Good day Sipho,

Thank you for your time with Pieter and Nomvula on Tuesday. The feedback was very positive and I am delighted to let you know that you have been shortlisted for the final round.

The last step is a 45-minute conversation with our Managing Director, Mr Bongani Zulu, at Marula House. His diary is tight, so I can offer the following:

Option 1: Thursday, 29 October 2026 at 08:30
Option 2: Friday, 30 October 2026 at 14:00

Kindly indicate which option suits you and I will lock it in.

Kind regards
Lerato Molefe
Talent Acquisition Specialist | Marula Platinum
"""
    m1 = mid_outlook(tag + "1", "JNBPR01MB5127")
    e1 = eml(tag=tag + "1", frm=LERATO, to=[ME], subject=subj, date=d1, body=plain(tag + "1", t1, "outlook"),
             mid=m1, relay="outlook")
    t2 = ("Good day Lerato,\n\nThank you, that is great news. Option 2 - Friday 30 October at 14:00 - suits me best.\n\n"
          "Regards,\nSipho Dlamini" + quote(t1, LERATO, d1))
    m2 = mid_generic(tag + "2", "mail.example.com")
    e2 = eml(tag=tag + "2", frm=ME, to=[LERATO], subject="Re: " + subj, date=d2,
             body=leaf('text/plain; charset="UTF-8"', t2), mid=m2, irt=m1, refs=[m1], relay="misc")
    t3 = f"""Good morning Sipho,

Confirmed: Friday 2026/10/30 at 14:00 - 14:45 with Mr Zulu in the Executive Suite, 7th floor, Marula House.

Please arrive by 13:45 and sign in at main reception; your parking bay number will follow by SMS. I have copied Mr Zulu and his PA, Mpho Sekhukhune, for their diaries.

All the best,
Lerato
""" + quote(t2, ME, d2)
    m3 = mid_outlook(tag + "3", "JNBPR01MB5127")
    e3 = eml(tag=tag + "3", frm=LERATO, to=[ME], cc=[BONGANI, MPHO], subject="RE: " + subj, date=d3,
             body=plain(tag + "3", t3, "outlook"), mid=m3, irt=m2, refs=[m1, m2], relay="outlook")
    add_case(9, "marula-md-final-propose-confirm",
             [("01-marula-final-two-options.eml", e1), ("02-reply-option-2.eml", e2),
              ("03-marula-confirmed-friday.eml", e3)],
             [IV("Marula Platinum", role, start, end, "scheduled", [BONGANI[1]], [BONGANI[1]], "hiring_manager")],
             "hard", "positive/thread-propose-confirm",
             "Two options offered (Thu 29 Oct 08:30 / Fri 30 Oct 14:00); candidate picks option 2; confirmation "
             "'Friday 2026/10/30 at 14:00 - 14:45' with the MD in Cc. 'Arrive by 13:45' is not the start.")


def c10():
    tag = "c10"
    d1 = T(2026, 10, 19, 10, 20, LON, wd="Mon", off="+0100")
    d2 = T(2026, 10, 19, 12, 2, wd="Mon")
    d3 = T(2026, 10, 22, 16, 5, LON, wd="Thu", off="+0100")
    d4 = T(2026, 10, 23, 9, 40, LON, wd="Fri", off="+0100")
    s1 = T(2026, 10, 22, 14, 0, LON, wd="Thu", off="+0100")  # before UK clocks go back
    e1_ = T(2026, 10, 22, 14, 30, LON, wd="Thu", off="+0100")
    s2 = T(2026, 10, 27, 10, 0, LON, wd="Tue", off="+0000")  # after Oct 25
    e2_ = T(2026, 10, 27, 11, 15, LON, wd="Tue", off="+0000")
    assert s1.astimezone(ZoneInfo(JHB)).hour == 15 and s2.astimezone(ZoneInfo(JHB)).hour == 12
    role = "Senior Electrical Engineer (Mining Power Systems)"
    subj = f"Harrowgate Fenwick - {role} - initial call"
    t1 = f"""Dear Sipho,

Many thanks for applying for the {role} role in our Africa team. The post is London-based with regular travel to client sites in Southern and West Africa.

Would you be free for an initial 30-minute Teams call this Thursday, 22 October, at 14:00 UK time? I make that 15:00 in Johannesburg. If that's no good, do suggest a couple of alternatives.

Kind regards,
Olivia Hartley
Senior Talent Partner | Harrowgate Fenwick Engineering
4 Minories Yard, London EC3N 1BJ
"""
    m1 = mid_outlook(tag + "1", "LO2P265MB6144")
    e1 = eml(tag=tag + "1", frm=OLIVIA, to=[ME], subject=subj, date=d1, body=plain(tag + "1", t1, "outlook"),
             mid=m1, relay="outlook-uk", extra=[("Content-Language", "en-GB")])
    t2 = ("Dear Olivia,\n\nThank you for getting back to me. Thursday 22 October at 14:00 UK / 15:00 SAST is fine; "
          "please send the Teams link when convenient.\n\nKind regards,\nSipho" + quote(t1, OLIVIA, d1))
    m2 = mid_generic(tag + "2", "mail.example.com")
    e2 = eml(tag=tag + "2", frm=ME, to=[OLIVIA], subject="Re: " + subj, date=d2,
             body=leaf('text/plain; charset="UTF-8"', t2), mid=m2, irt=m1, refs=[m1], relay="misc")
    t3 = f"""Hi Sipho,

Thanks for your time this afternoon - I really enjoyed hearing about the 11 kV shaft reticulation upgrade.

I'd like to put you forward for a technical interview with Graham Whitfield (Associate Director, Power Systems) and Aisha Rahman (Principal Electrical Engineer). We've pencilled in Tuesday 27 October, 10:00-11:15 UK time. One thing to flag: UK clocks go back an hour this Sunday (25 October), so the gap to Johannesburg widens to two hours - the interview will be at 12:00 your time, not 11:00.

An Outlook invite will follow from me shortly.

Best wishes,
Olivia
"""
    m3 = mid_outlook(tag + "3", "LO2P265MB6144")
    e3 = eml(tag=tag + "3", frm=OLIVIA, to=[ME], cc=[GRAHAM, AISHA],
             subject="Next step: technical interview on Tuesday 27 October", date=d3,
             body=plain(tag + "3", t3, "outlook"), mid=m3, relay="outlook-uk")
    body4 = f"""Dear Sipho,

As discussed, your technical interview for the {role} position with Graham Whitfield and Aisha Rahman. We'll spend most of the time on power system studies for mine sites (fault levels, harmonics from large VSDs, standby generation) and close with 15 minutes for your questions.

Please note the time above is UK time (GMT). That is 12:00 in Johannesburg.

Kind regards,
Olivia Hartley
Senior Talent Partner | Harrowgate Fenwick Engineering
"""
    e4 = exchange_invite(tag=tag + "4", organizer=OLIVIA, required=[ME, GRAHAM, AISHA],
                         subject=f"Technical Interview - Sipho Dlamini - {role}", sent=d4, start=s2, end=e2_,
                         wintz="GMT Standard Time", location="Microsoft Teams Meeting", body=body4,
                         uid=exchange_uid(tag), host="LO2P265MB6144", relay="outlook-uk", lang="en-GB")
    add_case(10, "harrowgate-london-screen-and-technical-dst",
             [("01-harrowgate-initial-call.eml", e1), ("02-reply-thursday-fine.eml", e2),
              ("03-harrowgate-next-step-technical.eml", e3), ("04-teams-invite-technical.eml", e4)],
             [IV("Harrowgate Fenwick Engineering", role, s1, e1_, "scheduled", [OLIVIA[1]], [OLIVIA[1]],
                 "phone_screen"),
              IV("Harrowgate Fenwick Engineering", role, s2, e2_, "scheduled", [GRAHAM[1], AISHA[1]],
                 [GRAHAM[1], AISHA[1]], "technical")],
             "hard", "positive/timezone-dst",
             "London across the UK DST change: screen Thu 22 Oct 14:00 BST (+01:00) = 15:00 SAST, body only; "
             "technical Tue 27 Oct 10:00 GMT (+00:00) = 12:00 SAST via Exchange 'GMT Standard Time' invite "
             "'(UTC+00:00)'. Mails sent before the change carry +0100.")


def c11():
    tag = "c11"
    d1 = T(2026, 10, 20, 6, 0, wd="Tue")
    jobs = [
        ("Electrical Engineer (GCC) - Shaft Operations", "Rustenburg, North West", "Confidential (via Bakwena Technical Staffing)",
         "Shortlisted candidates will be interviewed in the week of 2 November."),
        ("Senior Electrical Engineer - Collieries", "eMalahleni, Mpumalanga", "Inkomati Coal (Pty) Ltd",
         "GCC Mines essential. Market-related package plus 13th cheque."),
        ("Engineering Manager: Electrical", "Sandton, Gauteng", "Apex Mining Services",
         "Lead a team of 12 engineers and technicians across three operations."),
        ("Plant Electrical Engineer", "Secunda, Mpumalanga", "Highveld Process Solutions",
         "Petrochemical plant, shift stand-by allowance."),
        ("MV Protection Engineer", "Midrand, Gauteng", "Tshela Grid Consulting",
         "Protection settings, relay testing and commissioning."),
        ("Electrical Engineer - Smelter", "Emalahleni, Mpumalanga", "Ferrochrome Alloys SA",
         "Furnace transformers and harmonic filters."),
        ("Electrical Design Engineer (Mining)", "Johannesburg, Gauteng", "Blue Crane EPCM",
         "EPCM consultancy; Pr Eng preferred."),
    ]
    t = "Hi Sipho,\n\n7 new jobs match your job alert 'Electrical Engineer Mining' in Gauteng and surrounds.\n\n"
    for title, place, comp, blurb in jobs:
        t += f"{title}\n{comp} | {place}\n{blurb}\nView job: https://www.pnet.co.za/jobs--{h(title, 8)}.html\n\n"
    t += ("Interview coming up? Read our guide: '10 questions every engineering panel asks' "
          "https://www.pnet.co.za/career-advice/interview-tips\n\n"
          "You are receiving this e-mail because you created a job alert on PNet. Manage alerts: "
          "https://www.pnet.co.za/myaccount/jobalerts\nPNet (Pty) Ltd, Cape Town\n")
    e1 = eml(tag=tag, frm=("PNet Job Alerts", "jobalerts@pnet.co.za"), to=[ME],
             subject="7 new jobs for 'Electrical Engineer Mining' in Gauteng", date=d1,
             body=alt(tag, t, html_enc="base64", style="ats"), mid=mid_generic(tag, "pnet.co.za"), relay="pnet",
             extra=[("List-Unsubscribe", f"<https://www.pnet.co.za/unsubscribe/{h(tag + 'u', 24)}>")])
    add_case(11, "pnet-job-alert",
             [("01-pnet-job-alert.eml", e1)], [],
             "easy", "negative/job-alert",
             "PNet job-alert digest; one listing mentions interviews in the week of 2 November, footer links an "
             "interview-tips article.")


def c12():
    tag = "c12"
    d1 = T(2026, 10, 14, 20, 31, wd="Wed")
    s, e = T(2026, 10, 24, 12, 0, wd="Sat"), T(2026, 10, 24, 17, 0, wd="Sat")
    mandla = ("Mandla Zwane", "mandla.zwane@bfc-church.example")
    e1 = google_invite(tag=tag, organizer=mandla, guests=[mandla, ME, ("Themba Shabalala", "tshabalala@webmail.example"),
                                                          ("Kobus Venter", "kobus.venter@webmail.example")],
                       summary="Men's Fellowship Braai", start=s, end=e, sent=d1, meet=False,
                       location="Bryanston Fellowship Church, back lawn (enter via Grosvenor Road gate)",
                       description=("Bring your own meat and a camp chair. The ladies' ministry is sorting pap, "
                                    "chakalaka and salads. Pastor Dube will share a short word at 14:00. The "
                                    "generator will be on standby in case of load-shedding. Sons welcome!"))
    add_case(12, "church-braai-google-invite",
             [("01-invitation-mens-fellowship-braai.eml", e1)], [],
             "easy", "negative/personal-event",
             "Google Calendar invitation to a church men's fellowship braai on a Saturday.")


def c13():
    tag = "c13"
    d1 = T(2026, 10, 22, 14, 37, wd="Thu")
    t = f"""Riaan Steyn
Director: Mining & Resources at Karoo Search Partners

Hi Sipho, hope you're keeping well. I'm running a retained search for a Senior Electrical Engineer at a PGM operation outside Rustenburg (shaft plus concentrator, reporting to the Engineering Manager). Your profile looks very relevant. Would you be open to a confidential conversation? If so, let me know what suits you this week or next and I'll give you a call.

Reply: https://www.linkedin.com/messaging/thread/{hb(tag + 't', 22, ALNUM)}/
View profile: https://www.linkedin.com/in/riaan-steyn-{h(tag + 'p', 6)}

This email was intended for Sipho Dlamini (Senior Electrical Engineer at Mogale Deep Mining).
Learn why we included this: https://www.linkedin.com/help/linkedin/answer/4788
You are receiving InMail notification emails. Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe
(c) 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
"""
    e1 = eml(tag=tag, frm=("Riaan Steyn via LinkedIn", "inmail-hit-reply@linkedin.com"), to=[ME],
             subject="Riaan Steyn sent you a message: Senior Electrical Engineer - Rustenburg PGM operation",
             date=d1, body=alt(tag, t, html_enc="base64", style="other"),
             mid=f"<{hb(tag + 'li', 22, DIGITS)}.{hb(tag + 'li2', 8, DIGITS)}.JavaMail.app@lor1-app22047.prod.linkedin.com>",
             relay="linkedin", extra=[("X-LinkedIn-Class", "INMAIL"), ("X-LinkedIn-Template", "inmail_notification")])
    add_case(13, "linkedin-inmail-rustenburg",
             [("01-linkedin-inmail.eml", e1)], [],
             "easy", "negative/recruiter-outreach",
             "LinkedIn InMail from a search firm asking when Sipho could take a call; nothing booked.")


def c14():
    tag = "c14"
    d1 = T(2026, 10, 23, 1, 14, "UTC", wd="Fri", off="+0000")
    T(2026, 10, 29, 10, 0, wd="Thu")
    t = f"""Dear Applicant,

We are pleased to inform you that your CV has been SHORTLISTED by PILBARA MINING GROUP AUSTRALIA for the position of Electrical Engineer (Salary AUD 185,000 + accommodation + flights).

Your online interview will hold on Telegram on 2026/10/29 at 10:00 AM with our HR Manager Mr. David Collins (@PilbaraHR_David). Kindly add him before the interview date.

Before the interview you must process your Work Permit and Visa documents through our accredited agent in Johannesburg at a once-off REFUNDABLE fee of R4,850.00. Payment details:
Bank: Capitec
Account name: J Mokoena Travel & Visa
Account no: 15{hb(tag + 'acc', 8, DIGITS)}
Reference: your ID number

Send proof of payment to this email within 48 hours to secure your interview slot. FAILURE TO PAY WILL RESULT IN CANCELLATION OF YOUR INTERVIEW.

Best Regards,
Mrs. Sarah Williams
HR Recruitment Officer
Pilbara Mining Group Australia
"""
    e1 = eml(tag=tag, frm=("Pilbara Mining Careers HR", "pilbaracareers.hr@freemail.example"), to=[ME],
             reply_to=("Recruitment Dept", "recruitment.dept.au@mailbox.example"),
             subject="CONGRATULATIONS: Shortlisted for Interview - Electrical Engineer (Perth, Australia)",
             date=d1, body=leaf('text/plain; charset="UTF-8"', t, enc="7bit"),
             mid=mid_generic(tag, "freemail.example"), relay="misc")
    add_case(14, "scam-perth-telegram-fee",
             [("01-shortlisted-perth-telegram.eml", e1)], [],
             "hard", "negative/scam",
             "Advance-fee scam posing as a Perth mining recruiter: Telegram 'interview' 2026/10/29 10:00 "
             "conditional on paying a visa fee; free-mail sender, different Reply-To.")


def c15():
    tag = "c15"
    d1 = T(2026, 10, 27, 11, 30, wd="Tue")
    sends = [T(2026, 10, 27, 11, 36, wd="Tue"), T(2026, 10, 27, 11, 38, wd="Tue"), T(2026, 10, 27, 11, 41, wd="Tue")]
    d5 = T(2026, 10, 27, 12, 58, wd="Tue")
    day = (2026, 11, 3)
    sess = [
        (T(*day, 9, 0, wd="Tue"), T(*day, 10, 0, wd="Tue"), "Technical deep-dive", [AYANDA, RAJESH],
         "Ayanda and Rajesh: STS crane drives, MV ring main, protection philosophy. Candidate brings no slides."),
        (T(*day, 10, 15, wd="Tue"), T(*day, 11, 0, wd="Tue"), "Engineering leadership", [JOHAN],
         "Johan: maintenance strategy, contractor management, 24/7 port availability targets."),
        (T(*day, 11, 30, wd="Tue"), T(*day, 12, 15, wd="Tue"), "HR & values interview", [PRIYA],
         "Priya: values, relocation to Durban, notice period. Held in the Admin Building, ground floor."),
    ]
    role = "Electrical Engineer: Cranes & Port Equipment"
    t1 = f"""Good day Sipho,

Congratulations - following your technical interview, the panel would like to invite you to our final round in person at Umgeni Bay Terminals, Pier 2, Durban, on Tuesday, 3 November 2026.

Itinerary
08:30  Arrival and port security induction at Gate 4 (bring your ID; the permit office takes about 20 minutes)
09:00 - 10:00  Technical deep-dive with Ayanda Cele and Rajesh Naidoo
10:00 - 10:15  Tea
10:15 - 11:00  Engineering leadership with Johan Pretorius (Port Engineer)
11:00 - 11:30  Walk-about: STS crane electrical house (PPE provided; please wear closed shoes)
11:30 - 12:15  HR and values interview with me
12:15  Lunch in the canteen, then you're free

We will cover your return flights JNB-DUR and a rental car; our travel desk will send e-tickets separately. You'll also receive three calendar invites, one per interview session.

Kindly confirm your attendance.

Warm regards
Priya Govender
HR Business Partner | Umgeni Bay Terminals
"""
    subj = "Final round in Durban - Tuesday, 3 November 2026 - itinerary"
    m1 = mid_outlook(tag + "1", "DBNPR01MB3318")
    e1 = eml(tag=tag + "1", frm=PRIYA, to=[ME], cc=[AYANDA, RAJESH, JOHAN], subject=subj, date=d1,
             body=plain(tag + "1", t1, "outlook"), mid=m1, relay="outlook")
    items = [("01-umgeni-final-round-itinerary.eml", e1)]
    for i, (s, e, name, who, desc) in enumerate(sess):
        inv = google_invite(tag=f"{tag}inv{i}", organizer=PRIYA, guests=[PRIYA, *[w for w in who if w != PRIYA], ME],
                            summary=f"Final round {i + 1}/3: {name} - Sipho Dlamini", start=s, end=e, sent=sends[i],
                            meet=False, location="Umgeni Bay Terminals, Pier 2, Maydon Wharf, Durban",
                            description=desc)
        slug = name.lower().replace(" & ", "-").replace(" ", "-")
        items.append((f"{i + 2:02d}-invitation-{slug}.eml", inv))
    t5 = ("Ngiyabonga Priya,\n\nI confirm my attendance on Tuesday, 3 November. I'll be at Gate 4 by 08:30 with my ID "
          "and closed shoes.\n\nKind regards,\nSipho" + quote(t1, PRIYA, d1))
    e5 = eml(tag=tag + "5", frm=ME, to=[PRIYA], subject="Re: " + subj, date=d5,
             body=leaf('text/plain; charset="UTF-8"', t5), mid=mid_generic(tag + "5", "mail.example.com"),
             irt=m1, refs=[m1], relay="misc")
    items.append(("05-reply-confirm-attendance.eml", e5))
    allwho = [AYANDA[1], RAJESH[1], JOHAN[1], PRIYA[1]]
    add_case(15, "umgeni-durban-onsite-three-invites", items,
             [IV("Umgeni Bay Terminals", role, sess[0][0], sess[-1][1], "scheduled", allwho, allwho, "onsite")],
             "hard", "positive/onsite-loop",
             "In-person final round in Durban sent as an itinerary mail plus three Google invites (09:00-10:00, "
             "10:15-11:00, 11:30-12:15 SAST) -> one onsite 09:00-12:15 with all four interviewers; 08:30 "
             "induction is not the start. The HR partner conducts the last session.")


def c16():
    tag = "c16"
    d1 = T(2026, 10, 23, 15, 20, PER, wd="Fri")
    d2 = T(2026, 11, 3, 8, 55, PER, wd="Tue")
    d3 = T(2026, 11, 3, 9, 2, PER, wd="Tue")
    start, end = T(2026, 11, 5, 16, 0, PER, wd="Thu"), T(2026, 11, 5, 17, 0, PER, wd="Thu")
    assert start.astimezone(ZoneInfo(JHB)).hour == 10
    role = "Senior Electrical Engineer (FIFO, Processing)"
    subj = "Pilbara Crest - Technical Interview - Sipho Dlamini"
    uid = exchange_uid(tag)
    body1 = """Hi Sipho,

As promised, here is your technical interview with Liam O'Connor (Superintendent - Electrical, Processing) and me. For you that's 10:00-11:00 in Johannesburg.

Liam will focus on HV switching, arc-flash studies and how you've managed contractors during shutdowns. No preparation needed beyond your own project examples.

Cheers,
Kate
"""
    e1 = exchange_invite(tag=tag + "1", organizer=KATE, required=[ME, LIAM], subject=subj, sent=d1, start=start,
                         end=end, wintz="W. Australia Standard Time", location="Microsoft Teams Meeting",
                         body=body1, uid=uid, when_style="12", host="SY4PR01MB6620", relay="outlook-au", lang="en-AU")
    t2 = f"""Hi Sipho,

I'm really sorry to be the bearer of this news. Yesterday our board deferred the Stage 2 expansion at Marra Creek, and as a result the {role} requisition has been put on hold.

That means I have to cancel Thursday's technical interview with Liam - you'll get a cancellation notice from Outlook in a moment. I'll keep your details on file and will be in touch if the role reopens in the new year.

Thanks for your patience and for the time you've already given us.

Kind regards,
Kate
"""
    e2 = eml(tag=tag + "2", frm=KATE, to=[ME], cc=[LIAM], subject="Thursday's interview - update", date=d2,
             body=plain(tag + "2", t2, "outlook"), mid=mid_outlook(tag + "2", "SY4PR01MB6620"), relay="outlook-au")
    e3 = exchange_invite(tag=tag + "3", organizer=KATE, required=[ME, LIAM], subject="Canceled: " + subj, sent=d3,
                         start=start, end=end, wintz="W. Australia Standard Time", location="Microsoft Teams Meeting",
                         body="The role has been put on hold. Apologies, Kate", uid=uid, seq=1, method="CANCEL",
                         when_style="12", host="SY4PR01MB6620", relay="outlook-au", lang="en-AU")
    add_case(16, "pilbara-technical-cancelled-outlook",
             [("01-teams-invite-technical.eml", e1), ("02-pilbara-role-on-hold.eml", e2),
              ("03-canceled-technical.eml", e3)],
             [IV("Pilbara Crest Resources", role, start, end, "cancelled", [KATE[1], LIAM[1]], [KATE[1], LIAM[1]],
                 "technical")],
             "medium", "positive/cancellation",
             "Exchange invite TZID 'W. Australia Standard Time' Thu 5 Nov 16:00-17:00 AWST (+08:00) = 10:00 SAST; "
             "role put on hold; METHOD:CANCEL SEQUENCE:1 -> cancelled at the last scheduled time.")


def c17():
    tag = "c17"
    d1 = T(2026, 10, 29, 13, 10, wd="Thu")
    s, e = T(2026, 11, 4, 9, 0, wd="Wed"), T(2026, 11, 4, 10, 0, wd="Wed")
    refilwe = ("Refilwe Masilo", "refilwe.masilo@mogaledeep.example")
    hendrik = ("Hendrik Kruger", "hendrik.kruger@mogaledeep.example")
    body = """Dear Panel Members,

Thank you for agreeing to sit on the interview panel for the Electrician (Artisan) vacancy at Shaft 3.

Candidate: Lwazi Mthembu (trade tested Electrician, 2023)
Chairperson: Hendrik Kruger
Technical panellist: Sipho Dlamini

Sipho, please prepare two practical questions on DOL and star-delta starters and one on lock-out procedures. Scoring sheets and the candidate's CV will be handed out on the day. Panel members must declare any conflict of interest before the interview starts.

(Invite sent to personal addresses while the mailbox migration is in progress.)

Regards
Refilwe Masilo
HR Officer: Recruitment | Mogale Deep Mining
"""
    e1 = exchange_invite(tag=tag, organizer=refilwe, required=[ME, hendrik],
                         subject="Interview Panel: Electrician (Artisan) - Shaft 3 - Candidate: L. Mthembu", sent=d1,
                         start=s, end=e, wintz="South Africa Standard Time",
                         location="Shaft 3 Training Centre, Boardroom 2", body=body, uid=exchange_uid(tag),
                         teams=False, host="JNBPR01MB0917")
    add_case(17, "owner-sits-on-artisan-panel",
             [("01-outlook-interview-panel-artisan.eml", e1)], [],
             "hard", "negative/user-is-interviewer",
             "Sipho's current employer invites him as technical panellist to interview an artisan candidate; "
             "Exchange invite titled 'Interview Panel'.")


def c18():
    tag = "c18"
    d1 = T(2026, 11, 5, 16, 40, wd="Thu")
    T(2026, 11, 16, 8, 0, wd="Mon")
    T(2026, 11, 12, 17, 0, wd="Thu")
    role = "Senior Electrical Engineer: Shaft & Concentrator Infrastructure"
    t = f"""Dear Sipho,

Following your interview with our Managing Director on 30 October 2026, I am delighted to confirm that Marula Platinum would like to offer you the position of {role}, based at our Sandton head office with regular travel to the Rustenburg operations.

Summary of the offer (full details in the attached letter):
- Total guaranteed package: R1 284 000 per annum, plus an annual performance bonus of up to 20%
- Proposed start date: 1 February 2027, subject to your notice period
- Grade: E2 (Paterson)

The offer is conditional on:
- a pre-employment medical at the Sandton occupational health clinic, booked for Monday, 2026/11/16 at 08:00 (please arrive fasting)
- satisfactory criminal, credit and qualification checks

Kindly sign the attached letter and return it by Thursday, 12 November 2026 at 17:00. Feel free to call me if you would like to talk anything through.

Congratulations, and welcome to the Marula family!

Lerato Molefe
Talent Acquisition Specialist | Marula Platinum
"""
    pdf = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Count 0/Kids[]>>endobj\n"
           b"% Offer of Employment - S Dlamini - MP-ENG-0931\ntrailer<</Root 1 0 R>>\n%%EOF\n")
    body = multi("mixed", bnd(tag + "mx", "outlook"), [
        alt(tag, t, style="outlook"),
        attachment("application/pdf", "Offer_of_Employment_S_Dlamini.pdf", pdf),
    ])
    e1 = eml(tag=tag, frm=LERATO, to=[ME], cc=[PIETER], subject=f"Offer of Employment - {role}", date=d1,
             body=body, mid=mid_outlook(tag, "JNBPR01MB5127"), relay="outlook")
    add_case(18, "marula-offer-letter",
             [("01-marula-offer-of-employment.eml", e1)], [],
             "hard", "negative/offer",
             "Offer after the MD interview; refers to the past interview and books a pre-employment medical "
             "(2026/11/16 08:00) and a signing deadline - neither is an interview.")


def c19():
    tag = "c19"
    d1 = T(2026, 11, 1, 19, 22, wd="Sun")
    T(2026, 11, 7, 10, 0, wd="Sat")
    nomsa = ("Nomsa Dube", "nomsa.dube@webmail.example")
    t = """Sanibonani malungu,

Our November meeting is this Saturday, 7 November 2026, at 10:00 at Gogo Dube's house, 14 Mphuthi Street, Orlando West.

Agenda
1. Opening prayer
2. October contributions - R1,500 each; please pay into the Masakhane account before Friday and send proof to Thabo
3. December grocery payout - quotes from Makro and Shoprite
4. Ingxoxo with two prospective members, Zodwa and Sizwe - each will tell us about themselves, then we vote
5. AOB

Sipho, you are on the tea and vetkoek roster this month.

If load-shedding hits at 10 we will just carry on in the yard.

Nomsa (Chairperson)
Masakhane Stokvel
"""
    e1 = eml(tag=tag, frm=nomsa, to=[("Masakhane Stokvel members", "masakhane-members@groups.example")],
             subject="Masakhane Stokvel - meeting Sat 7 Nov and new member interviews", date=d1,
             body=leaf('text/plain; charset="UTF-8"', t), mid=mid_generic(tag, "webmail.example"), relay="misc",
             extra=[("List-Id", "<masakhane-members.groups.example>")])
    add_case(19, "stokvel-meeting-member-interviews",
             [("01-masakhane-stokvel-meeting.eml", e1)], [],
             "medium", "negative/personal-event",
             "Stokvel meeting whose agenda includes 'interviews' of prospective members; not a job process.")


def c20():
    tag = "c20"
    d1 = T(2026, 11, 2, 9, 15, wd="Mon")
    d2 = T(2026, 11, 2, 10, 2, wd="Mon")
    d3 = T(2026, 11, 2, 11, 47, wd="Mon")
    start, end = T(2026, 11, 12, 10, 30, wd="Thu"), T(2026, 11, 12, 12, 0, wd="Thu")
    role = "Electrical Engineer - Grid Integration"
    subj = "Final interview in Cape Town - Thursday, 12 November"
    t1 = f"""Hi Sipho,

Good news - Francois and Yusuf were impressed, and we'd like to invite you to a final interview at our office in Cape Town.

When: {long_date(start)}, 10:30 - 12:00
Where: Kloofwind Renewables, 2nd floor, 21 Albert Road, Woodstock, Cape Town
Panel: Lindiwe Sithole (Chief Operating Officer) and Dr Francois Louw (Head of Grid Integration)
Format: a 20-minute presentation on how you'd approach the 132 kV grid connection for a 140 MW wind farm, followed by questions

We'll fly you down and back on the same day. Provisional flights:
Out: JNB 06:00 -> CPT 08:10
Return: CPT 16:20 -> JNB 18:25

Our office manager will send you an Uber voucher for the airport transfers. Kindly confirm your attendance and I'll ask our travel agent to ticket.

Best,
Megan
"""
    m1 = mid_gmail(tag + "1")
    e1 = eml(tag=tag + "1", frm=MEGAN, to=[ME], cc=[LINDIWE, FRANCOIS], subject=subj, date=d1,
             body=plain(tag + "1", t1), mid=m1)
    t2 = ("Hi Megan,\n\nThank you! I confirm my attendance on Thursday, 12 November. The flights look good, please go "
          "ahead and book.\n\nSipho" + quote(t1, MEGAN, d1))
    m2 = mid_generic(tag + "2", "mail.example.com")
    e2 = eml(tag=tag + "2", frm=ME, to=[MEGAN], cc=[LINDIWE, FRANCOIS], subject="Re: " + subj, date=d2,
             body=leaf('text/plain; charset="UTF-8"', t2), mid=m2, irt=m1, refs=[m1], relay="misc")
    t3 = ("Booked! Your booking reference is K7QW2M - e-tickets will come from our travel agent. Looking forward to "
          "seeing you on the 12th.\n\nMegan" + quote(t2, ME, d2))
    e3 = eml(tag=tag + "3", frm=MEGAN, to=[ME], subject="Re: " + subj, date=d3, body=plain(tag + "3", t3),
             mid=mid_gmail(tag + "3"), irt=m2, refs=[m1, m2])
    add_case(20, "kloofwind-final-cape-town-flights",
             [("01-kloofwind-final-invitation.eml", e1), ("02-reply-confirm-attendance.eml", e2),
              ("03-kloofwind-flights-booked.eml", e3)],
             [IV("Kloofwind Renewables", role, start, end, "scheduled", [LINDIWE[1], FRANCOIS[1]],
                 [LINDIWE[1], FRANCOIS[1]], "onsite")],
             "medium", "positive/email-body-only",
             "In-person two-person panel in Cape Town, Thu 12 Nov 10:30-12:00 SAST, body only; flight times "
             "06:00/08:10/16:20 are distractors.")


def c21():
    tag = "c21"
    d0 = T(2026, 11, 4, 15, 5, LON, wd="Wed", off="+0000")
    start = T(2026, 11, 11, 14, 0, LON, wd="Wed", off="+0000")
    end = T(2026, 11, 11, 15, 0, LON, wd="Wed", off="+0000")
    assert start.astimezone(ZoneInfo(JHB)).hour == 16
    teams = teams_footer(tag)
    ics = generic_ics(prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
                      uid=exchange_uid(tag), start=start, end=end,
                      summary="Final interview: Sipho Dlamini / Eleanor Marsh (Director, Africa Mining)",
                      organizer=OLIVIA, attendees=[ME, ELEANOR],
                      description=("Final interview for Senior Electrical Engineer (Mining Power Systems) with "
                                   "Eleanor Marsh, Director - Africa Mining. 14:00 London (GMT) = 16:00 "
                                   "Johannesburg.\n\n" + teams),
                      location="Microsoft Teams Meeting", stamp=d0, tzid=LON,
                      extra=["X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE"])
    add_case(21, "harrowgate-director-standalone-ics",
             [("01-harrowgate-final-interview.ics", ics)],
             [IV("Harrowgate Fenwick Engineering", "Senior Electrical Engineer (Mining Power Systems)", start, end,
                 "scheduled", [ELEANOR[1]], [ELEANOR[1]], "hiring_manager")],
             "medium", "positive/standalone-ics",
             "Standalone .ics only, TZID Europe/London with VTIMEZONE; Wed 11 Nov 14:00 GMT (+00:00, after the "
             "UK change) = 16:00 SAST. Organizer is the recruiter; the director interviews.")


def c22():
    tag = "c22"
    d1 = T(2026, 11, 9, 11, 0, wd="Mon")
    s, e = T(2026, 11, 17, 8, 30, wd="Tue"), T(2026, 11, 17, 11, 30, wd="Tue")
    cand = hb(tag + "cand", 6, DIGITS)
    t = f"""Dear Mr S Dlamini

Candidate number: GCC-E-{cand}

Your booking for the Government Certificate of Competency (Electrical Engineering) - Mines and Works examination has been confirmed.

Paper: Legislation (Mines)
Date: Tuesday, 17 November 2026
Time: 08:30 - 11:30 (candidates must be seated by 08:15)
Venue: MQEO Examination Centre, 3rd floor, 41 De Korte Street, Braamfontein

Bring your green barcoded ID or smart ID card and this confirmation. Cellphones, smart watches and notes are not allowed in the venue. Candidates who pass both written papers will be notified separately regarding the oral examination.

A calendar reminder is attached.

Mining Qualifications Examination Office (MQEO)
This mailbox is not monitored.
"""
    ics = generic_ics(prodid="-//MQEO//Exam Bookings 2.3//EN", uid=f"exam-{cand}-{h(tag, 8)}@mqeo.example",
                      start=s, end=e, summary="GCC (Electrical) - Legislation (Mines) written examination",
                      organizer=("MQEO Exam Bookings", "bookings@mqeo.example"), attendees=[ME],
                      description=f"Candidate GCC-E-{cand}. Be seated by 08:15. Bring ID.",
                      location="MQEO Examination Centre, 41 De Korte Street, Braamfontein", stamp=d1, tzid=JHB,
                      method="PUBLISH")
    body = multi("mixed", bnd(tag + "mx", "ats"), [
        leaf('text/plain; charset="UTF-8"', t),
        attachment("text/calendar", "GCC_exam_booking.ics", ics),
    ])
    e1 = eml(tag=tag, frm=("MQEO Exam Bookings", "bookings@mqeo.example"), to=[ME],
             subject="Booking confirmed: GCC (Electrical Engineering) - Mines and Works - Legislation paper",
             date=d1, body=body, mid=mid_generic(tag, "mqeo.example"), relay="misc")
    add_case(22, "gcc-exam-booking-with-ics",
             [("01-gcc-exam-booking-confirmed.eml", e1)], [],
             "medium", "negative/exam-booking",
             "Professional certificate exam booking with .ics attachment (Tue 17 Nov 08:30-11:30); mentions a "
             "possible later oral examination, not a job interview.")


def c23():
    tag = "c23"
    d1 = T(2026, 11, 18, 15, 30, wd="Wed")
    t = """Dear Sipho,

Thank you for travelling to Cape Town for your final interview on 12 November, and for the thought you put into your presentation on the 132 kV connection.

We regret to inform you that we have decided to proceed with another candidate whose grid-code compliance experience is closer to what the team needs right now. This was a difficult decision, and the panel asked me to pass on that your protection and shutdown examples were among the strongest we heard.

With your consent we will keep your CV on our database for 12 months in line with POPIA, and I'd be glad to reach out if a suitable role opens up. If you would like more detailed feedback, you are welcome to reply and I'll arrange a short call.

Kind regards,
Megan Jacobs
People & Talent Lead | Kloofwind Renewables
"""
    e1 = eml(tag=tag, frm=MEGAN, to=[ME], subject="Regret - Electrical Engineer - Grid Integration", date=d1,
             body=plain(tag, t), mid=mid_gmail(tag))
    add_case(23, "kloofwind-regret",
             [("01-kloofwind-regret.eml", e1)], [],
             "easy", "negative/rejection",
             "'Regret' e-mail after the Cape Town final; references a past interview date and offers an optional "
             "feedback call that is not booked.")


# =============================================================================== output
README_TMPL = """# blind330: Johannesburg and Durban mining electrical engineer, South African English and isiZulu (written blind)

Mailbox owner: Sipho Dlamini <sipho.dlamini@example.com>, a mining electrical engineer living in Johannesburg
(Africa/Johannesburg, SAST, UTC+02:00, no DST).

This set was written blind: only `/work/shared/eval/README.md` and two dev items (for format) were read;
no tool code, tests or other sets were consulted. Everything is generated by `make_cases.py` (deterministic).

## What it stresses
- South African recruiter wording ("Good day", "Shortlisted", "Kindly confirm your attendance", "Regret",
  SAST, load-shedding) and isiZulu phrases (ingxoxo yomsebenzi, kusasa ngo-10 ekuseni, ntambama ngo-3,
  imizuzu engama-20, isivivinyo), dates like "Tuesday, 20 October 2026" and "2026/10/21".
- Agency screen for a confidential client, competency-based utility panel, MD final, Durban onsite loop.
- Time zones: Perth (+08:00) and London across the UK clock change (gap to SAST grows from 1 h to 2 h).
- Hard negatives: psychometric "isivivinyo", owner on an artisan interview panel, stokvel "interviews" of
  new members, offer with a medical booking, Perth recruitment scam, GCC exam booking.

## Counts
- Cases: {n} ({pos} positive, {neg} negative)
- Labelled interviews: {ni} ({by_status})
- By kind: {by_kind}

## Formats used
Plain and multipart/alternative e-mails (quoted-printable and base64 bodies, HTML-only Workday mail),
human threads with In-Reply-To/References, Google Calendar invitations (multipart/mixed with text/plain,
text/html, text/calendar method=REQUEST and invite.ics; times in UTC), an updated Google invitation (same UID,
SEQUENCE:1), Exchange/Teams invites (Windows TZIDs "South Africa Standard Time", "W. Australia Standard Time",
"GMT Standard Time", X-MICROSOFT-CDO-* properties, "(UTC+..)" labels) including a METHOD:CANCEL,
SmartRecruiters and Calendly mails with .ics attachments, an exam booking with .ics (METHOD:PUBLISH),
one standalone `.ics` (Europe/London VTIMEZONE) and one Calendar API `.gcal.json` event (Australia/Perth).

## Time-zone / DST points
{tzpoints}

## Cases
{caselist}
"""

TZ_POINTS = [
    "01: 'kusasa ngo-10 ekuseni' in a mail dated Mon 5 Oct 2026 +0200 -> Tue 6 Oct 10:00 SAST (+02:00).",
    "02: 'ngoMsombuluko, 5 October, ntambama ngo-3' -> Mon 5 Oct 15:00 SAST; '2026/10/05' in the confirmation.",
    "03, 06, 08, 12, 15: Google invite .ics times are UTC (e.g. 12:00Z = 14:00 SAST); SmartRecruiters .ics uses TZID Africa/Johannesburg.",
    "04, 17: Exchange TZID 'South Africa Standard Time', label '(UTC+02:00) Harare, Pretoria'.",
    "07: Perth sender Date +0800; Calendar API event timeZone Australia/Perth 17:00 AWST (+08:00) = 11:00 SAST.",
    "10: London before/after the UK change on Sun 25 Oct 2026: screen Thu 22 Oct 14:00 BST (+01:00) = 15:00 SAST; "
    "technical Tue 27 Oct 10:00 GMT (+00:00) = 12:00 SAST via 'GMT Standard Time' '(UTC+00:00) Dublin, Edinburgh, Lisbon, London'. "
    "Note: after Oct 25 London is one hour further from Johannesburg (2 h), not closer.",
    "14: scam mail dated +0000; 'interview' 2026/10/29 10:00 (negative).",
    "16: Exchange TZID 'W. Australia Standard Time' Thu 5 Nov 16:00 AWST (+08:00) = 10:00 SAST, then METHOD:CANCEL.",
    "21: standalone .ics TZID Europe/London Wed 11 Nov 14:00 GMT (+00:00) = 16:00 SAST.",
]


def main():
    tz_checks()
    for fn in (c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13, c14, c15, c16, c17, c18, c19,
               c20, c21, c22, c23):
        fn()
    for p in sorted(OUT.glob("b330-*")):
        shutil.rmtree(p)
    labels = {}
    for cid, items, lab in CASES:
        d = OUT / cid
        d.mkdir()
        for name, data in items:
            (d / name).write_bytes(data)
        labels[cid] = lab
    y = "# Labels for blind330 (written blind). Schema: /work/shared/eval/README.md\n"
    y += yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=100, default_flow_style=False)
    (OUT / "labels.yaml").write_bytes(y.encode("utf-8"))

    pos = sum(1 for _, _, l in CASES if l["interview"])
    ivs = [i for _, _, l in CASES for i in l["interviews"]]
    st, kd = {}, {}
    for i in ivs:
        st[i["status"]] = st.get(i["status"], 0) + 1
        kd[i["kind"]] = kd.get(i["kind"], 0) + 1
    caselist = "\n".join(
        f"- {cid}: {'positive' if l['interview'] else 'negative'} ({len(l['interviews'])} interview(s), "
        f"{l['difficulty']}, {l['category']})" for cid, _, l in CASES)
    readme = README_TMPL.format(
        n=len(CASES), pos=pos, neg=len(CASES) - pos, ni=len(ivs),
        by_status=", ".join(f"{k} {v}" for k, v in sorted(st.items())),
        by_kind=", ".join(f"{k} {v}" for k, v in sorted(kd.items())),
        tzpoints="\n".join(f"- {p}" for p in TZ_POINTS), caselist=caselist)
    (OUT / "README.md").write_bytes(readme.encode("utf-8"))
    print(f"wrote {len(CASES)} cases ({pos} positive), {len(ivs)} interviews -> {OUT}")


if __name__ == "__main__":
    main()
