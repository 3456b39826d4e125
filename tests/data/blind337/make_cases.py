#!/usr/bin/env python3
"""Generate the blind337 evaluation set: a Suva (Fiji) job seeker's mailbox, Oct-Nov 2026.

Standard library + PyYAML + zoneinfo only. Output is byte-identical on every run: all dates,
Message-IDs, UIDs and MIME boundaries are fixed or derived from hashes of SEED.
Deletes and rewrites every b337-* case folder, labels.yaml and README.md next to this script.
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
SEED = "blind337|suva-fiji|2026"
OWNER = "mereani.tuilagi@example.com"
OWNER_NAME = "Mereani Tuilagi"
OWNER_MOBILE = "+679 927 4416"

FJ = ZoneInfo("Pacific/Fiji")
AKL = ZoneInfo("Pacific/Auckland")
BNE = ZoneInfo("Australia/Brisbane")
HNL = ZoneInfo("Pacific/Honolulu")
UTC = timezone.utc
# Expected UTC offsets (hours) for every date used in Oct-Nov 2026.
EXPECTED = {"Pacific/Fiji": 12, "Pacific/Auckland": 13, "Australia/Brisbane": 10, "Pacific/Honolulu": -10}


# ----------------------------------------------------------------------------------------------
# time helpers (every date is checked: weekday and offset)
# ----------------------------------------------------------------------------------------------
def T(y, mo, d, hh=0, mi=0, tz=FJ, wd=None, s=0):
    dt = datetime(y, mo, d, hh, mi, s, tzinfo=tz)
    if wd is not None:
        assert dt.strftime("%a") == wd, (dt, wd)
    key = getattr(tz, "key", None)
    if key in EXPECTED:
        assert dt.utcoffset() == timedelta(hours=EXPECTED[key]), (dt, dt.utcoffset())
    return dt


def check_zones():
    """Assert the 2026 offsets and DST transitions this set relies on."""
    def off(zone, *a):
        return datetime(*a, tzinfo=ZoneInfo(zone)).utcoffset()
    hrs = lambda n: timedelta(hours=n)
    # Fiji: UTC+12 all year, no DST in 2026
    for m in range(1, 13):
        assert off("Pacific/Fiji", 2026, m, 15, 12) == hrs(12), m
    # Auckland: NZDT ends Apr 5, starts Sep 27 2026
    assert off("Pacific/Auckland", 2026, 4, 4, 12) == hrs(13)
    assert off("Pacific/Auckland", 2026, 4, 6, 12) == hrs(12)
    assert off("Pacific/Auckland", 2026, 9, 26, 12) == hrs(12)
    assert off("Pacific/Auckland", 2026, 9, 28, 12) == hrs(13)
    assert off("Pacific/Auckland", 2026, 11, 30, 12) == hrs(13)
    # Brisbane and Honolulu: no DST
    for m in (1, 4, 7, 10, 11):
        assert off("Australia/Brisbane", 2026, m, 15, 12) == hrs(10)
        assert off("Pacific/Honolulu", 2026, m, 15, 12) == hrs(-10)
    # US (Mar 8 / Nov 1) and EU/UK (Mar 29 / Oct 25) 2026 changes
    assert off("America/New_York", 2026, 3, 7, 12) == hrs(-5)
    assert off("America/New_York", 2026, 3, 9, 12) == hrs(-4)
    assert off("America/New_York", 2026, 10, 31, 12) == hrs(-4)
    assert off("America/New_York", 2026, 11, 2, 12) == hrs(-5)
    assert off("America/Los_Angeles", 2026, 11, 2, 12) == hrs(-8)
    assert off("Europe/London", 2026, 3, 28, 12) == hrs(0)
    assert off("Europe/London", 2026, 3, 30, 12) == hrs(1)
    assert off("Europe/London", 2026, 10, 24, 12) == hrs(1)
    assert off("Europe/London", 2026, 10, 26, 12) == hrs(0)
    assert off("Europe/Berlin", 2026, 10, 26, 12) == hrs(1)
    # "Tuesday 9am Hawaii time" is Wednesday 7am in Suva
    t = T(2026, 10, 13, 9, 0, HNL, "Tue").astimezone(FJ)
    assert (t.strftime("%a"), t.hour) == ("Wed", 7)
    # Auckland is one hour ahead of Suva, Brisbane two hours behind (Oct-Nov 2026)
    assert T(2026, 10, 15, 9, 30, AKL).astimezone(FJ).hour == 8
    assert T(2026, 10, 20, 10, 0, BNE).astimezone(FJ).hour == 12


def rfc(dt):
    return format_datetime(dt)


def zstamp(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def local_stamp(dt, tz):
    return dt.astimezone(tz).strftime("%Y%m%dT%H%M%S")


# ----------------------------------------------------------------------------------------------
# deterministic ids
# ----------------------------------------------------------------------------------------------
def h(*parts):
    return hashlib.sha256((SEED + "|" + "|".join(parts)).encode()).hexdigest()


def mid(seed, domain):
    x = h("mid", seed)
    return f"<{x[:12].upper()}.{x[12:20]}@{domain}>"


def gmail_mid(seed):
    x = h("gmid", seed)
    return f"<CA+{base64.b64encode(bytes.fromhex(x[:36])).decode().replace('/', 'q')}@mail.gmail.com>"


def outlook_mid(seed, region="SY4P282"):
    x = h("omid", seed).upper()
    return f"<{region}MB{x[:4]}{x[4:14]}{x[14:20]}@{region}MB{x[20:24]}.AUSP282.PROD.OUTLOOK.COM>"


def bnd(seed, style="gmail"):
    x = h("bnd", seed)
    if style == "gmail":
        return "0000000000" + x[:14]
    if style == "outlook":
        return f"_000_{x[:8].upper()}{x[8:20].upper()}_"
    return f"----=_Part_{int(x[:6], 16)}_{int(x[6:14], 16)}.{int(x[14:24], 16)}"


def meet_code(seed):
    x = h("meet", seed)
    s = "".join(chr(97 + int(x[i:i + 2], 16) % 26) for i in range(0, 20, 2))
    return f"{s[:3]}-{s[3:7]}-{s[7:10]}"


def g_uid(seed):
    x = h("guid", seed)
    s = "".join("0123456789abcdefghijklmnopqrstuv"[int(x[i:i + 2], 16) % 32] for i in range(0, 52, 2))
    return s + "@google.com"


def ex_uid(seed):
    x = h("exuid", seed).upper()
    return ("040000008200E00074C5B7101A82E00800000000" + x[:16] + "000000000000000010000000" + x[16:48])


# ----------------------------------------------------------------------------------------------
# MIME helpers (messages are assembled as text so every byte is under our control)
# ----------------------------------------------------------------------------------------------
def hdr(text):
    """Encode a header value only when it is not ASCII."""
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        return Header(text, "utf-8").encode()


def addr(name, email):
    return formataddr((name, email)) if name else email


def enc(data, cte):
    if cte == "base64":
        return base64.encodebytes(data).decode("ascii")
    if cte == "quoted-printable":
        out = quopri.encodestring(data).decode("ascii")
        return out if out.endswith("\n") else out + "\n"
    out = data.decode("utf-8")
    return out if out.endswith("\n") else out + "\n"


def part(ctype, content, cte="7bit", extra=()):
    data = content.encode("utf-8") if isinstance(content, str) else content
    if cte == "7bit":
        try:
            data.decode("ascii")
        except UnicodeDecodeError:
            cte = "8bit"
    lines = [f"Content-Type: {ctype}"] + list(extra) + [f"Content-Transfer-Encoding: {cte}"]
    return "\n".join(lines) + "\n\n" + enc(data, cte)


def multipart(subtype, parts, boundary):
    out = f'Content-Type: multipart/{subtype}; boundary="{boundary}"\n\n'
    for p in parts:
        out += f"--{boundary}\n{p}\n"
    return out + f"--{boundary}--\n"


def to_html(text, style="font-family:Arial,Helvetica,sans-serif;font-size:14px"):
    paras = [p for p in text.strip("\n").split("\n\n")]
    body = "\n".join("<p>" + "<br>\n".join(html.escape(l) for l in p.split("\n")) + "</p>" for p in paras)
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            f'<body><div style="{style}">\n{body}\n</div></body></html>\n')


def received(sender_domain, date, seed):
    x = h("rcv", seed)
    ip = f"203.0.113.{int(x[:2], 16) % 200 + 20}"
    rdate = rfc((date + timedelta(seconds=int(x[2:4], 16) % 50 + 2)).astimezone(UTC))
    return (f"from mail-{x[4:8]}.{sender_domain} (mail-{x[4:8]}.{sender_domain} [{ip}])\n"
            f"        by mx.example.com with ESMTPS id {x[8:20]}\n"
            f"        for <{OWNER}>;\n        {rdate}")


def mail(*, frm, to, subject, date, msgid, body, cc=None, reply_to=None, in_reply_to=None,
         references=None, extra=(), sender=None, return_path=None, to_owner_delivered=True):
    sender_domain = (sender or frm).split("@")[-1].rstrip(">")
    hs = []
    if to_owner_delivered:
        hs.append(("Delivered-To", OWNER))
    hs.append(("Received", received(sender_domain, date, msgid)))
    hs.append(("Return-Path", f"<{return_path or frm.split('<')[-1].rstrip('>')}>"))
    if sender:
        hs.append(("Sender", sender))
    hs.append(("From", frm))
    hs.append(("To", to))
    if cc:
        hs.append(("Cc", cc))
    if reply_to:
        hs.append(("Reply-To", reply_to))
    hs.append(("Subject", hdr(subject)))
    hs.append(("Date", rfc(date)))
    hs.append(("Message-ID", msgid))
    if in_reply_to:
        hs.append(("In-Reply-To", in_reply_to))
    if references:
        hs.append(("References", references))
    hs.extend(extra)
    hs.append(("MIME-Version", "1.0"))
    return "\n".join(f"{k}: {v}" for k, v in hs) + "\n" + body


def alt(seed, plain, html_text=None, plain_cte="quoted-printable", html_cte="quoted-printable", style="gmail"):
    p = part('text/plain; charset="UTF-8"', plain, plain_cte)
    q = part('text/html; charset="UTF-8"', html_text or to_html(plain), html_cte)
    return multipart("alternative", [p, q], bnd(seed + "/alt", style))


# ----------------------------------------------------------------------------------------------
# iCalendar helpers
# ----------------------------------------------------------------------------------------------
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


def ics_text(lines):
    return "\r\n".join(fold(l) for l in lines) + "\r\n"


def esc(text):
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n"))


VTZ = {
    "Fiji Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:Fiji Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T000000", "TZOFFSETFROM:+1200", "TZOFFSETTO:+1200", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T000000", "TZOFFSETFROM:+1200", "TZOFFSETTO:+1200", "END:DAYLIGHT",
        "END:VTIMEZONE"],
    "E. Australia Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:E. Australia Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T000000", "TZOFFSETFROM:+1000", "TZOFFSETTO:+1000", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T000000", "TZOFFSETFROM:+1000", "TZOFFSETTO:+1000", "END:DAYLIGHT",
        "END:VTIMEZONE"],
    "New Zealand Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:New Zealand Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T030000", "TZOFFSETFROM:+1300", "TZOFFSETTO:+1200",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=4", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+1200", "TZOFFSETTO:+1300",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=9", "END:DAYLIGHT",
        "END:VTIMEZONE"],
    "Pacific/Honolulu": [
        "BEGIN:VTIMEZONE", "TZID:Pacific/Honolulu", "X-LIC-LOCATION:Pacific/Honolulu",
        "BEGIN:STANDARD", "DTSTART:19700101T000000", "TZOFFSETFROM:-1000", "TZOFFSETTO:-1000", "TZNAME:HST",
        "END:STANDARD", "END:VTIMEZONE"],
    "Pacific/Fiji": [
        "BEGIN:VTIMEZONE", "TZID:Pacific/Fiji", "X-LIC-LOCATION:Pacific/Fiji",
        "BEGIN:STANDARD", "DTSTART:19700101T000000", "TZOFFSETFROM:+1200", "TZOFFSETTO:+1200", "TZNAME:+12",
        "END:STANDARD", "END:VTIMEZONE"],
}
WIN_ZONE = {"Fiji Standard Time": FJ, "E. Australia Standard Time": BNE, "New Zealand Standard Time": AKL,
            "Pacific/Honolulu": HNL, "Pacific/Fiji": FJ}


def dtline(name, dt, tzid=None):
    if tzid:
        return f"{name};TZID={tzid}:{local_stamp(dt, WIN_ZONE[tzid])}"
    return f"{name}:{zstamp(dt)}"


def attendee(name, email, partstat="NEEDS-ACTION", role="REQ-PARTICIPANT", google=False):
    if google:
        return (f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP=TRUE;CN={name or email};"
                f"X-NUM-GUESTS=0:mailto:{email}")
    return f"ATTENDEE;ROLE={role};PARTSTAT={partstat};RSVP=TRUE;CN={name or email}:mailto:{email}"


# ----------------------------------------------------------------------------------------------
# Google Calendar invitation (multipart/mixed: plain, html, text/calendar + invite.ics)
# ----------------------------------------------------------------------------------------------
def gtime(dt):
    h12 = dt.hour % 12 or 12
    return f"{h12}{':%02d' % dt.minute if dt.minute else ''}{'am' if dt.hour < 12 else 'pm'}"


def google_invite(*, seed, organizer, guests, summary, start, end, tz, tz_abbr, tz_long, sent,
                  description, location="", seq=0, updated=False, method="REQUEST", meet=True,
                  owner_partstat="NEEDS-ACTION"):
    ls, le = start.astimezone(tz), end.astimezone(tz)
    when_subj = f"{ls.strftime('%a')} {ls.day} {ls.strftime('%b %Y')} {gtime(ls)} - {gtime(le)} ({tz_abbr})"
    prefix = "Updated invitation" if updated else "Invitation"
    subject = f"{prefix}: {summary} @ {when_subj} ({OWNER})"
    code = meet_code(seed)
    uid = g_uid(seed)
    eid = base64.b64encode(f"{uid.split('@')[0]} {OWNER}".encode()).decode().rstrip("=")
    view = f"https://calendar.google.com/calendar/event?action=VIEW&eid={eid}"
    when_body = f"{ls.strftime('%A')} {ls.day} {ls.strftime('%b %Y')} \u22c5 {gtime(ls)} \u2013 {gtime(le)}"
    lines = []
    if updated:
        lines += ["This event has been updated", "Changed: time", ""]
    lines += [summary, when_body, tz_long, ""]
    if location:
        lines += ["Location", location, ""]
    if meet:
        lines += ["Join with Google Meet", f"https://meet.google.com/{code}", ""]
    lines += ["Organiser", organizer[0], organizer[1], "", "Guests",
              f"{organizer[0]} - organiser", organizer[1]]
    for n, e in guests:
        lines += [n, e] if n else [e]
    lines += [f"View all guest info {view}", "", description, "",
              f"Reply for {OWNER} and view more details {view}", "", "", "~~//~~",
              "Invitation from Google Calendar: https://calendar.google.com/calendar/", "",
              "You are receiving this email because you are an attendee on the event.", "",
              "Forwarding this invitation could allow any recipient to send a response to the organiser, "
              "be added to the guest list, invite others regardless of their own invitation status or "
              "modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding"]
    plain = "\n".join(lines) + "\n"
    htm = to_html(plain, "font-family:Roboto,Helvetica,Arial,sans-serif")
    created = sent - timedelta(minutes=3 + int(h("cr", seed)[:2], 16) % 40)
    desc = description
    if meet:
        desc += ("\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
                 f"Join with Google Meet: https://meet.google.com/{code}\n\nPlease do not edit this section.\n"
                 "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-")
    ev = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
          "CALSCALE:GREGORIAN", f"METHOD:{method}", "BEGIN:VEVENT",
          dtline("DTSTART", start), dtline("DTEND", end), f"DTSTAMP:{zstamp(sent)}",
          f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}", f"UID:{uid}",
          attendee(organizer[0], organizer[1], "ACCEPTED", google=True)]
    for n, e in guests:
        ps = owner_partstat if e == OWNER else "ACCEPTED"
        ev.append(attendee(n or e, e, ps, google=True))
    if meet:
        ev.append(f"X-GOOGLE-CONFERENCE:https://meet.google.com/{code}")
    ev += [f"CREATED:{zstamp(created)}", f"DESCRIPTION:{esc(desc)}", f"LAST-MODIFIED:{zstamp(sent)}",
           f"LOCATION:{esc(location)}", f"SEQUENCE:{seq}",
           "STATUS:CANCELLED" if method == "CANCEL" else "STATUS:CONFIRMED",
           f"SUMMARY:{esc(summary)}", "TRANSP:OPAQUE",
           "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder", "TRIGGER:-P0DT0H30M0S",
           "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    cal = ics_text(ev)
    alt_part = multipart("alternative", [
        part('text/plain; charset="UTF-8"; format=flowed; delsp=yes', plain, "base64"),
        part('text/html; charset="UTF-8"', htm, "quoted-printable"),
        part(f'text/calendar; charset="UTF-8"; method={method}', cal, "base64"),
    ], bnd(seed + "/galt"))
    att = part('application/ics; name="invite.ics"', cal, "base64",
               ['Content-Disposition: attachment; filename="invite.ics"'])
    body = multipart("mixed", [alt_part, att], bnd(seed + "/gmix"))
    x = h("gcal", seed)
    return mail(frm=addr(organizer[0], organizer[1]), to=OWNER, subject=subject, date=sent.astimezone(UTC),
                msgid=f"<calendar-{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:32]}@google.com>",
                reply_to=addr(organizer[0], organizer[1]), body=body,
                sender="Google Calendar <calendar-notification@google.com>",
                return_path=f"{x[32:52]}@calendar-server.bounces.google.com")


# ----------------------------------------------------------------------------------------------
# Exchange / Outlook / Teams invitation (multipart/alternative with text/calendar)
# ----------------------------------------------------------------------------------------------
TEAMS_FOOTER = """________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{code}%40thread.v2/0>
Meeting ID: {mid} 
Passcode: {pc}
Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________
"""


def teams_footer(seed):
    x = h("teams", seed)
    m = str(int(x[:12], 16))[:12]
    return TEAMS_FOOTER.format(code=x[12:40], mid=f"{m[:3]} {m[3:6]} {m[6:9]} {m[9:12]}",
                               pc="".join(chr(65 + int(c, 16)) for c in x[40:46]))


def exchange_invite(*, seed, organizer, attendees, summary, start, end, tzid, when_label, location,
                    text, sent, msgid, seq=0, cancel=False, teams=False, region="SY4P282",
                    optional=()):
    tz = WIN_ZONE[tzid]
    ls, le = start.astimezone(tz), end.astimezone(tz)
    def ampm(d):
        return d.strftime("%I:%M %p").lstrip("0")
    when = f"{ls.strftime('%A')}, {ls.day} {ls.strftime('%B %Y')} {ampm(ls)}-{ampm(le)}. {when_label}"
    body_text = f"When: {when}\nWhere: {location}\n\n" + text
    if teams:
        body_text += "\n\n" + teams_footer(seed)
    method = "CANCEL" if cancel else "REQUEST"
    ev = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
    ev += VTZ[tzid]
    ev += ["BEGIN:VEVENT", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    for n, e in attendees:
        ev.append(attendee(n, e))
    for n, e in optional:
        ev.append(attendee(n, e, role="OPT-PARTICIPANT"))
    ev += [f"DESCRIPTION;LANGUAGE=en-US:{esc(body_text)}", f"UID:{ex_uid(seed)}",
           f"SUMMARY;LANGUAGE=en-US:{esc(('Canceled: ' if cancel else '') + summary)}",
           dtline("DTSTART", start, tzid), dtline("DTEND", end, tzid), "CLASS:PUBLIC",
           f"PRIORITY:{1 if cancel else 5}", f"DTSTAMP:{zstamp(sent)}", "TRANSP:OPAQUE",
           f"STATUS:{'CANCELLED' if cancel else 'CONFIRMED'}", f"SEQUENCE:{seq}",
           f"LOCATION;LANGUAGE=en-US:{esc(location)}",
           f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
           f"X-MICROSOFT-CDO-OWNERAPPTID:{int(h('own', seed)[:7], 16)}",
           f"X-MICROSOFT-CDO-BUSYSTATUS:{'FREE' if cancel else 'TENTATIVE'}",
           f"X-MICROSOFT-CDO-INTENDEDSTATUS:{'FREE' if cancel else 'BUSY'}",
           "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", f"X-MICROSOFT-CDO-IMPORTANCE:{2 if cancel else 1}",
           "X-MICROSOFT-CDO-INSTTYPE:0", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
           "X-MICROSOFT-DISALLOW-COUNTER:FALSE", "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT",
           "X-MICROSOFT-ISRESPONSEREQUESTED:TRUE"]
    if teams:
        x = h("teams", seed)
        ev.append(f"X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_{x[12:40]}%40thread.v2/0")
        ev.append("X-MICROSOFT-ONLINEMEETINGINFORMATION:{\"OnlineMeetingChannelId\":null\\,\"OnlineMeetingProvider\":3}")
    if not cancel:
        ev += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM"]
    ev += ["END:VEVENT", "END:VCALENDAR"]
    cal = ics_text(ev)
    subject = ("Canceled: " if cancel else "") + summary
    body = multipart("alternative", [
        part('text/plain; charset="utf-8"', body_text, "quoted-printable"),
        part('text/html; charset="utf-8"', to_html(body_text, "font-family:Calibri,Arial,sans-serif;font-size:11pt"),
             "quoted-printable"),
        part(f'text/calendar; charset="utf-8"; method={method}', cal, "base64"),
    ], bnd(seed + "/ex", "outlook"))
    thread_index = base64.b64encode(bytes.fromhex(h("ti", seed)[:44])).decode()
    to = ", ".join(addr(n, e) for n, e in attendees)
    cc = ", ".join(addr(n, e) for n, e in optional) or None
    extra = [("Thread-Topic", hdr(summary)), ("Thread-Index", thread_index), ("Accept-Language", "en-US"),
             ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
             ("X-MS-Exchange-Organization-SCL", "-1"),
             ("X-MS-Exchange-Calendar-Series-Instance-Id", base64.b64encode(bytes.fromhex(h("si", seed)[:32])).decode())]
    return mail(frm=addr(organizer[0], organizer[1]), to=to, cc=cc, subject=subject, date=sent, msgid=msgid,
                body=body, extra=extra)


def ats_with_ics(*, seed, frm, reply_to, subject, sent, msgid, plain, html_text, cal, ics_name="invite.ics",
                 cc=None, sender=None, return_path=None, mime_style="gmail", cal_ctype="text/calendar"):
    a = alt(seed, plain, html_text, style=mime_style)
    att = part(f'{cal_ctype}; charset="UTF-8"; method=REQUEST; name="{ics_name}"', cal, "base64",
               [f'Content-Disposition: attachment; filename="{ics_name}"'])
    body = multipart("mixed", [a, att], bnd(seed + "/mix", mime_style))
    return mail(frm=frm, to=OWNER, cc=cc, reply_to=reply_to, subject=subject, date=sent, msgid=msgid, body=body,
                sender=sender, return_path=return_path)


def iv(company, role, start, end, status, interviewers, followups, kind):
    return {"company": company, "role": role, "start": start.isoformat(),
            "end": end.isoformat() if end else None, "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(followups), "kind": kind}


def case(slug, items, interviews, difficulty, category, notes, tz_points=()):
    return {"slug": slug, "items": items, "interviews": interviews, "difficulty": difficulty,
            "category": category, "notes": notes, "tz_points": list(tz_points)}


CASES = []


def register(fn):
    CASES.append(fn)
    return fn


ME = addr(OWNER_NAME, OWNER)

# people -------------------------------------------------------------------------------------
SALOTE = ("Salote Waqanivalu", "salote.waqanivalu@kaivatatel.example")
RAJESH = ("Rajesh Chand", "rajesh.chand@kaivatatel.example")
SHALINI = ("Shalini Devi", "shalini.devi@kaivatatel.example")
LITIA = ("Litia Naivalu", "litia.naivalu@pitc.example")
AKANISI = ("Akanisi Tabua", "akanisi.tabua@pitc.example")
JOELI = ("Joeli Baleiwai", "joeli.baleiwai@pitc.example")
SANJAY = ("Sanjay Kumar", "sanjay.kumar@pitc.example")
TEVITA = ("Tevita Koroi", "tevita.koroi@pitc.example")
HAMISH = ("Hamish Doyle", "hamish.doyle@coralcoastjourneys.example")
BRONWYN = ("Bronwyn Kelly", "bronwyn.kelly@coralcoastjourneys.example")
LEILANI = ("Leilani Kahananui", "leilani.kahananui@moanaair.example")
KAINOA = ("Kainoa Akana", "kainoa.akana@moanaair.example")
MALIA = ("Malia Keawe", "malia.keawe@moanaair.example")
AROHA = ("Aroha Whaanga", "aroha.whaanga@aoteatourism.example")
HEMI = ("Hemi Walker", "hemi.walker@aoteatourism.example")
RAWIRI = ("Rawiri Parata", "rawiri.parata@aoteatourism.example")
ANA = ("Ana Rokotuiloma", "ana.rokotuiloma@sabetobay.example")
VIKASH = ("Vikash Naidu", "vikash.naidu@sabetobay.example")
JOSEFA = ("Ratu Josefa Nawalu", "josefa.nawalu@sabetobay.example")
KARALAINI = ("Karalaini Vula", "karalaini.vula@sabetobay.example")

KAIVATA, KAIVATA_ROLE = "Kaivata Telecom", "Marketing Communications Officer"
PITC, PITC_ROLE = "Pacific Islands Tourism Council", "Tourism Marketing & Communications Officer"
CORAL, CORAL_ROLE = "Coral Coast Journeys", "Digital Marketing Specialist - Pacific Islands"
MOANA, MOANA_ROLE = "Moana Air", "Regional Marketing Specialist, South Pacific"
AOTEA, AOTEA_ROLE = "Aotea Tourism Board", "Marketing Executive - Pacific Markets"
SABETO, SABETO_ROLE = "Sabeto Bay Resorts Group", "Marketing Officer"


def quote(text, who, when):
    return f"\nOn {when}, {who} wrote:\n" + "".join("> " + l + "\n" if l else ">\n" for l in text.strip("\n").split("\n"))


# ==============================================================================================
@register
def c01():
    sent = T(2026, 10, 2, 6, 0, FJ, "Fri", 12)
    for d, w in ((9, "Fri"), (11, "Sun"), (7, "Wed"), (12, "Mon"), (16, "Fri")):
        T(2026, 10, d, wd=w)
    jobs = [
        ("Marketing Officer", "Sabeto Bay Resorts Group", "Nadi, Fiji", "Closes Fri 9 Oct"),
        ("Digital Marketing Specialist - Pacific Islands", "Coral Coast Journeys", "Brisbane / remote (Pacific)", "Closes Sun 11 Oct"),
        ("Tourism Marketing & Communications Officer", "Pacific Islands Tourism Council", "Suva, Fiji", "Closes Wed 7 Oct"),
        ("Sales & Marketing Coordinator", "Denarau Island hotel (confidential)", "Nadi, Fiji", "Closes Mon 12 Oct"),
        ("Communications Assistant", "Regional fisheries agency", "Honiara, Solomon Islands", "Closes Fri 16 Oct"),
    ]
    plain = ("Bula Mereani,\n\nHere are this week's Pacific jobs that match your alert \"marketing - Fiji & Pacific\".\n\n"
             + "\n\n".join(f"{t}\n{c} - {l}\n{d}\nView job: https://www.pasifikajobs.example/jobs/{h('job', t)[:7]}" for t, c, l, d in jobs)
             + "\n\nEMPLOYERS ARE INTERVIEWING NOW\nSeveral of these employers plan to interview shortlisted candidates "
               "within two weeks of closing. Make sure your profile and CV are up to date.\n\n"
               "CAREER TIP OF THE WEEK: How to prepare for a panel interview in the Pacific public sector - "
               "read the STAR method guide on our blog.\n\n"
               "You are receiving this because you created a job alert on PasifikaJobs.\n"
               "Manage alerts: https://www.pasifikajobs.example/alerts | Unsubscribe: https://www.pasifikajobs.example/u/"
               + h("unsub")[:10] + "\nPasifikaJobs Ltd, Level 1, Garden City Business Park, Raiwai, Suva\n")
    rows = "\n".join(
        f'<tr><td style="padding:10px;border-bottom:1px solid #dde"><a href="https://www.pasifikajobs.example/jobs/{h("job", t)[:7]}" '
        f'style="color:#0a6e8a;font-weight:bold">{html.escape(t)}</a><br>{html.escape(c)} &middot; {html.escape(l)}<br>'
        f'<span style="color:#777">{d}</span></td></tr>' for t, c, l, d in jobs)
    htm = (f'<html><body style="font-family:Arial,sans-serif;background:#f2f6f7"><table width="600" align="center" '
           f'style="background:#fff"><tr><td style="background:#0a6e8a;color:#fff;padding:14px;font-size:20px">'
           f'PasifikaJobs &mdash; your weekly job alert</td></tr>\n<tr><td style="padding:10px">Bula Mereani, here are '
           f'this week&#39;s Pacific jobs that match <b>marketing - Fiji &amp; Pacific</b>.</td></tr>\n{rows}\n'
           f'<tr><td style="padding:10px;background:#fff7e0"><b>Employers are interviewing now.</b> Several of these '
           f'employers plan to interview shortlisted candidates within two weeks of closing.</td></tr>\n'
           f'<tr><td style="padding:10px">Career tip of the week: <a href="https://www.pasifikajobs.example/blog/panel-'
           f'interview">How to prepare for a panel interview in the Pacific public sector</a></td></tr>\n'
           f'<tr><td style="padding:10px;font-size:11px;color:#888">PasifikaJobs Ltd, Raiwai, Suva. '
           f'<a href="https://www.pasifikajobs.example/alerts">Manage alerts</a></td></tr></table></body></html>\n')
    body = alt("c01", plain, htm, "quoted-printable", "base64", "java")
    m = mail(frm="PasifikaJobs Alerts <alerts@pasifikajobs.example>", to=OWNER,
             subject="5 new marketing jobs in Fiji & the Pacific - employers interviewing now",
             date=sent, msgid=mid("c01", "mailer.pasifikajobs.example"), body=body,
             return_path="bounce-7731@mailer.pasifikajobs.example",
             extra=[("List-Unsubscribe", f"<https://www.pasifikajobs.example/u/{h('unsub')[:10]}>"),
                    ("Precedence", "bulk")])
    return case("pasifikajobs-weekly-alert", [("pasifikajobs-alert.eml", m, sent)], [], "easy", "negative/job-alert",
                "Weekly job blast from a Pacific jobs site listing the very employers of this set and "
                "'employers are interviewing now' wording; no interview for the user.")


@register
def c02():
    d1 = T(2026, 10, 5, 14, 20, FJ, "Mon", 31)
    d2 = T(2026, 10, 5, 15, 2, FJ, "Mon", 8)
    start, end = T(2026, 10, 6, 10, 0, FJ, "Tue"), T(2026, 10, 6, 10, 30, FJ, "Tue")
    t1 = ("Bula Mereani,\n\n"
          "Vinaka vakalevu for your application for the Marketing Communications Officer position here at "
          "Kaivata Telecom.\n\n"
          "O sa digitaki ki na i matai ni veitarogi. We would like to do a short phone veitarogi with you "
          "nimataka ena 10 na mataka. E rauta ni 30 na miniti - mostly about your work at Kula Holidays and "
          "why you want to move into telco marketing.\n\n"
          "I will ring you on the mobile number on your CV. If the time does not suit, reply to this email and "
          "we will find another slot this week.\n\n"
          "Vinaka,\nSalote Waqanivalu\nHR Officer | Kaivata Telecom Fiji\nKaivata House, Victoria Parade, Suva\n"
          "Ph: +679 330 2184\n")
    m1id = mid("c02-1", "kaivatatel.example")
    m1 = mail(frm=addr(*SALOTE), to=ME, subject="Marketing Communications Officer - phone veitarogi",
              date=d1, msgid=m1id, body=part('text/plain; charset="utf-8"', t1, "quoted-printable"))
    t2 = (f"Bula Salote,\n\nVinaka vakalevu! Nimataka at 10 is fine with me. Best number is {OWNER_MOBILE}.\n\n"
          "Talk then,\nMereani\n" + quote(t1, f"{SALOTE[0]} <{SALOTE[1]}>", "Mon, 5 Oct 2026 at 2:20 PM"))
    m2 = mail(frm=ME, to=addr(*SALOTE), subject="Re: Marketing Communications Officer - phone veitarogi",
              date=d2, msgid=gmail_mid("c02-2"), in_reply_to=m1id, references=m1id,
              body=part('text/plain; charset="UTF-8"', t2, "quoted-printable"))
    return case("kaivata-phone-veitarogi-nimataka",
                [("salote-phone-veitarogi.eml", m1, d1), ("re-phone-veitarogi.eml", m2, d2)],
                [iv(KAIVATA, KAIVATA_ROLE, start, end, "scheduled", [SALOTE[1]], [SALOTE[1]], "phone_screen")],
                "medium", "positive/email-body-only-fijian",
                "Time only in Fijian body text: 'nimataka ena 10 na mataka' (tomorrow at 10 am) against a Monday "
                "5 Oct Date header -> Tue 6 Oct 10:00 FJT; '30 na miniti' gives the end. HR officer does the call.",
                ["Relative Fijian date 'nimataka' resolved against Date: Mon 5 Oct 2026 +1200"])


@register
def c03():
    d1 = T(2026, 10, 6, 9, 5, FJ, "Tue", 14)
    d2 = T(2026, 10, 6, 11, 40, FJ, "Tue", 2)
    d3 = T(2026, 10, 6, 13, 12, FJ, "Tue", 50)
    start, end = T(2026, 10, 8, 15, 0, FJ, "Thu"), T(2026, 10, 8, 15, 20, FJ, "Thu")
    t1 = ("Bula Mereani,\n\n"
          "Thank you for applying for the position of Tourism Marketing & Communications Officer "
          "(Ref: PITC/2026/14) with the Pacific Islands Tourism Council.\n\n"
          "I am pleased to advise that you have been shortlisted for a short telephone interview. "
          "Au na qiri vei iko ena siga Lotulevu ena 3 na yakavi. The call should take about 20 minutes and "
          "covers eligibility, availability and salary expectations. The technical panel comes later for "
          "candidates who progress.\n\n"
          "Kindly confirm by return email, and let me know if there is a better number than the one on your "
          "application form.\n\n"
          "Vinaka saka,\n\nLitia Naivalu\nHR & Administration Officer\nPacific Islands Tourism Council\n"
          "Private Mail Bag, Nasese, Suva, Fiji | T: +679 331 5570\n\n"
          "CONFIDENTIALITY: This email and any attachments are intended only for the addressee.\n")
    m1id = outlook_mid("c03-1")
    m1 = mail(frm=addr(*LITIA), to=OWNER, subject="PITC/2026/14 - Shortlisted for telephone interview",
              date=d1, msgid=m1id, body=alt("c03-1", t1, style="outlook"),
              extra=[("Thread-Topic", "PITC/2026/14 - Shortlisted for telephone interview"),
                     ("Content-Language", "en-FJ")])
    t2 = ("Bula Litia,\n\nVinaka vakalevu for the good news. Lotulevu at 3pm suits me and the number on my form "
          f"({OWNER_MOBILE}) is the right one.\n\nVinaka,\nMereani Tuilagi\n"
          + quote(t1, "Litia Naivalu", "Tue, 6 Oct 2026 at 9:05 AM"))
    m2id = gmail_mid("c03-2")
    m2 = mail(frm=ME, to=addr(*LITIA), subject="Re: PITC/2026/14 - Shortlisted for telephone interview",
              date=d2, msgid=m2id, in_reply_to=m1id, references=m1id,
              body=part('text/plain; charset="UTF-8"', t2, "quoted-printable"))
    t3 = "Vinaka Mereani, noted. Talk to you on Thursday.\n\nLitia\n"
    m3 = mail(frm=addr(*LITIA), to=ME, subject="RE: PITC/2026/14 - Shortlisted for telephone interview",
              date=d3, msgid=outlook_mid("c03-3"), in_reply_to=m2id, references=f"{m1id} {m2id}",
              body=alt("c03-3", t3, style="outlook"))
    return case("pitc-phone-interview-lotulevu",
                [("litia-shortlisted.eml", m1, d1), ("re-shortlisted.eml", m2, d2), ("re-noted.eml", m3, d3)],
                [iv(PITC, PITC_ROLE, start, end, "scheduled", [LITIA[1]], [LITIA[1]], "phone_screen")],
                "hard", "positive/email-body-only-fijian",
                "Weekday only in Fijian: 'ena siga Lotulevu ena 3 na yakavi' (Thursday at 3 pm) in a mail dated "
                "Tue 6 Oct -> Thu 8 Oct 15:00 FJT, about 20 minutes. Mentions a later panel without a time.",
                ["Fijian weekday 'Lotulevu' resolved against Date: Tue 6 Oct 2026 +1200"])


@register
def c04():
    sent = T(2026, 10, 7, 10, 14, FJ, "Wed", 9)
    start, end = T(2026, 10, 9, 13, 0, FJ, "Fri"), T(2026, 10, 9, 13, 30, FJ, "Fri")
    assert start.astimezone(BNE).hour == 11
    plain = ("Hi Mereani Tuilagi,\n\nA new event has been scheduled.\n\n"
             "Event Type:\nPhone screen - Coral Coast Journeys (Digital Marketing Specialist, Pacific Islands)\n\n"
             f"Invitee:\n{OWNER_NAME}\n{OWNER}\n\n"
             "Host:\nHamish Doyle\nhamish.doyle@coralcoastjourneys.example\n\n"
             "Event Date/Time:\n1:00pm - Friday, 9 October 2026 (Fiji Time)\n\n"
             f"Location:\nHamish Doyle will call you on {OWNER_MOBILE}\n\n"
             "Description:\nA relaxed 30-minute yarn about your background in Pacific tourism marketing, what "
             "you're after next, and how our Brisbane team works with partners in Fiji, Samoa and Vanuatu.\n\n"
             "Questions:\nAnything you'd like Hamish to know beforehand?\n"
             "I currently lead campaigns for Kula Holidays' domestic market - happy to talk through results.\n\n"
             "Need to make changes to this event?\nCancel: https://calendly.com/cancellations/" + h("cly", "c")[:20] +
             "\nReschedule: https://calendly.com/reschedulings/" + h("cly", "r")[:20] +
             "\n\nPowered by Calendly.com\n")
    uid = h("cly", "uid")[:32]
    cal = ics_text([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Calendly//EN", "CALSCALE:GREGORIAN", "METHOD:REQUEST",
        "BEGIN:VEVENT", f"DTSTAMP:{zstamp(sent)}", f"UID:{uid}@calendly.com",
        dtline("DTSTART", start), dtline("DTEND", end),
        "SUMMARY:Phone screen - Coral Coast Journeys between Hamish Doyle and Mereani Tuilagi",
        f"DESCRIPTION:{esc('Event Name: Phone screen - Coral Coast Journeys' + chr(10) + 'Location: Hamish Doyle will call you on ' + OWNER_MOBILE)}",
        f"LOCATION:{esc('Phone call: ' + OWNER_MOBILE)}",
        f"ORGANIZER;CN=Hamish Doyle:mailto:{HAMISH[1]}",
        attendee(OWNER_NAME, OWNER, "ACCEPTED"), attendee(HAMISH[0], HAMISH[1], "ACCEPTED"),
        "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    m = ats_with_ics(seed="c04", frm="Calendly <notifications@calendly.com>", reply_to=addr(*HAMISH),
                     subject="New Event: Hamish Doyle - 01:00pm Fri, 9 Oct 2026 - Phone screen - Coral Coast Journeys",
                     sent=sent.astimezone(UTC), msgid=mid("c04", "calendly.com"), plain=plain,
                     html_text=to_html(plain), cal=cal, return_path="bounces+2294581@em.calendly.com",
                     cal_ctype="application/ics")
    return case("coralcoast-calendly-phone-screen", [("calendly-confirmed.eml", m, sent)],
                [iv(CORAL, CORAL_ROLE, start, end, "scheduled", [HAMISH[1]], [HAMISH[1]], "phone_screen")],
                "medium", "positive/calendly",
                "Calendly booking shown in the invitee's zone (1:00pm Fiji Time = 11:00 Brisbane); .ics in UTC. "
                "The Brisbane talent partner runs the screen himself.",
                ["Calendly shows Fiji Time while the host is in Brisbane (UTC+10, no DST, 2 h behind Suva)"])


@register
def c05():
    sent = T(2026, 10, 8, 19, 30, FJ, "Thu", 41)
    T(2026, 10, 11, wd="Sun"), T(2026, 10, 10, wd="Sat"), T(2026, 10, 14, wd="Wed")
    t = ("Bula vinaka na lewe ni Tabacakacaka,\n\n"
         "Na i tukutuku me baleta na noda soli ni vula:\n\n"
         "1. Na soli ena vakayacori ena Sigatabu 11 Okotova, ni oti na lotu ni mataka, ena vale ni soqo "
         "ni lotu e Nabua. Target ni matavuvale yadua: $150.\n"
         "2. Ena Vakarauwai 10 Okotova ena 4 na yakavi e na vakayacori kina na veitarogi ni Ivola Tabu "
         "(Bible quiz) vei ira na gone ni Sigatabu. Mereani - keimami kerei iko mo dua vei ira na "
         "dauveilewai (judges), vinaka?\n"
         "3. Bose ni komiti ena Vukelulu 14 Okotova ena 6 na yakavi, ena vale ni Talatala.\n\n"
         "Please bring the soli envelopes on Sunday, and the youth will sell lovo parcels after the service "
         "($15 each) - order through Mere Vunisea by Friday.\n\n"
         "Kalougata,\nViliame Rokobuli\nVunivola, Nabua Wesele Congregation\n")
    m = mail(frm=addr("Viliame Rokobuli", "vili.rokobuli@mailbox.example"),
             to="nabua-wesele-members@groups.mailbox.example", cc=None,
             subject="Soli ni Vula - Sigatabu 11 Okotova + veitarogi ni Ivola Tabu", date=sent,
             msgid=mid("c05", "mailbox.example"), body=part('text/plain; charset="utf-8"', t, "8bit"),
             extra=[("List-Id", "Nabua Wesele members <nabua-wesele-members.groups.mailbox.example>")])
    return case("soli-church-fundraiser", [("soli-ni-vula.eml", m, sent)], [], "medium",
                "negative/community-event",
                "Church fundraiser (soli) notice in Fijian with dates and times and the word 'veitarogi' "
                "(here: a Bible quiz the user judges) - not a job interview.")


@register
def c06():
    d1 = T(2026, 10, 8, 10, 12, HNL, "Thu", 44)
    d2 = T(2026, 10, 9, 8, 47, FJ, "Fri", 3)
    d3 = T(2026, 10, 8, 12, 3, HNL, "Thu", 19)
    d4 = T(2026, 10, 14, 9, 20, HNL, "Wed", 51)
    d5 = T(2026, 10, 15, 8, 15, FJ, "Thu", 27)
    d6 = T(2026, 10, 14, 11, 2, HNL, "Wed", 36)
    s1, e1 = T(2026, 10, 13, 13, 0, HNL, "Tue"), T(2026, 10, 13, 13, 30, HNL, "Tue")
    s2, e2 = T(2026, 10, 26, 15, 0, HNL, "Mon"), T(2026, 10, 26, 15, 45, HNL, "Mon")
    assert s1.astimezone(FJ).strftime("%a %d %H") == "Wed 14 11"
    assert s2.astimezone(FJ).strftime("%a %d %H") == "Tue 27 13"
    subj = "Moana Air - Regional Marketing Specialist, South Pacific"
    sig = ("Leilani Kahananui | Talent Acquisition Partner\nMoana Air | 300 Rodgers Blvd, Honolulu, HI 96819\n"
           "moanaair.example/careers")
    t1 = ("Aloha Mereani,\n\n"
          "Thank you for applying for our Regional Marketing Specialist, South Pacific role - your work on "
          "Kula Holidays' domestic campaigns caught our eye, especially with our new Nadi route launching next year.\n\n"
          "I'd like to set up a 30-minute phone screen. Would Tuesday, October 13 at 1:00 p.m. Hawaii time work? "
          "I believe that lands on Wednesday for you in Suva since you're almost a full day ahead of us - please "
          "double-check on your end.\n\nMahalo,\n" + sig + "\n")
    m1id = mid("c06-1", "moanaair.example")
    m1 = mail(frm=addr(*LEILANI), to=OWNER, subject=subj, date=d1, msgid=m1id, body=alt("c06-1", t1))
    t2 = ("Aloha Leilani,\n\nVinaka vakalevu (thank you!). Yes, that works - by my count 1pm Tuesday in Honolulu "
          f"is 11am on Wednesday 14 October here in Fiji. My mobile is {OWNER_MOBILE}.\n\nKind regards,\nMereani\n"
          + quote(t1, "Leilani Kahananui", "Fri, 9 Oct 2026 at 8:12 AM"))
    m2id = gmail_mid("c06-2")
    m2 = mail(frm=ME, to=addr(*LEILANI), subject="Re: " + subj, date=d2, msgid=m2id, in_reply_to=m1id,
              references=m1id, body=part('text/plain; charset="UTF-8"', t2, "quoted-printable"))
    t3 = ("Perfect, you've got it right - 11 a.m. Wednesday your time. We're locked in for Tue 10/13, "
          "1:00-1:30 p.m. HST, and I'll call your mobile.\n\nTalk soon,\nLeilani\n")
    m3id = mid("c06-3", "moanaair.example")
    m3 = mail(frm=addr(*LEILANI), to=ME, subject="Re: " + subj, date=d3, msgid=m3id, in_reply_to=m2id,
              references=f"{m1id} {m2id}", body=alt("c06-3", t3))
    t4 = ("Hi Mereani,\n\nMahalo for the great conversation yesterday! I've shared my notes with Kainoa Akana, "
          "our Director of Marketing (cc'd), and he'd like to meet you for a 45-minute interview over Teams.\n\n"
          "He's offered Monday, October 26 at 3:00 p.m. HST. Let us know if that works and Kainoa will send the "
          "link.\n\nMahalo,\n" + sig + "\n")
    m4id = mid("c06-4", "moanaair.example")
    m4 = mail(frm=addr(*LEILANI), to=ME, cc=addr(*KAINOA), subject="Re: " + subj, date=d4, msgid=m4id,
              in_reply_to=m3id, references=f"{m1id} {m2id} {m3id}", body=alt("c06-4", t4))
    t5 = ("Hi Leilani and Kainoa,\n\nThank you - that's Tuesday 27 October at 1pm for me in Suva, which works "
          "perfectly. Looking forward to it.\n\nMereani\n" + quote(t4, "Leilani Kahananui", "Thu, 15 Oct 2026 at 7:20 AM"))
    m5id = gmail_mid("c06-5")
    m5 = mail(frm=ME, to=addr(*LEILANI), cc=addr(*KAINOA), subject="Re: " + subj, date=d5, msgid=m5id,
              in_reply_to=m4id, references=f"{m1id} {m2id} {m3id} {m4id}",
              body=part('text/plain; charset="UTF-8"', t5, "quoted-printable"))
    t6 = ("Aloha Mereani,\n\nGreat - see you Monday the 26th at 3 p.m. our time. I'll drop the Teams link in here "
          "the morning of. Come ready to talk about how you'd market Hawai'i to Fijian and Tongan travellers.\n\n"
          "Kainoa Akana\nDirector of Marketing, Moana Air\n")
    m6 = mail(frm=addr(*KAINOA), to=ME, cc=addr(*LEILANI), subject="Re: " + subj, date=d6,
              msgid=mid("c06-6", "moanaair.example"), in_reply_to=m5id,
              references=f"{m1id} {m2id} {m3id} {m4id} {m5id}",
              body=part('text/plain; charset="utf-8"', t6, "quoted-printable"))
    items = [("leilani-phone-screen.eml", m1, d1), ("re-phone-screen.eml", m2, d2), ("re-locked-in.eml", m3, d3),
             ("re-next-step-kainoa.eml", m4, d4), ("re-tuesday-1pm-suva.eml", m5, d5), ("re-see-you-monday.eml", m6, d6)]
    return case("moanaair-screen-then-hm-honolulu", items, [
        iv(MOANA, MOANA_ROLE, s1, e1, "scheduled", [LEILANI[1]], [LEILANI[1]], "phone_screen"),
        iv(MOANA, MOANA_ROLE, s2, e2, "scheduled", [KAINOA[1]], [KAINOA[1]], "hiring_manager"),
    ], "hard", "positive/two-interviews-timezone",
        "Two interviews in one thread with Honolulu (UTC-10, 22 h behind Suva): screen Tue 13 Oct 1 pm HST "
        "(= Wed 14 Oct 11 am FJT) and hiring-manager call Mon 26 Oct 3 pm HST (= Tue 27 Oct 1 pm FJT). The "
        "candidate's replies quote the Suva date, which differs from the Honolulu date.",
        ["Honolulu date differs from Suva date (HST 22 h behind FJT), both interviews"])


@register
def c07():
    sent = T(2026, 10, 9, 15, 31, AKL, "Fri", 6)
    start, end = T(2026, 10, 15, 9, 30, AKL, "Thu"), T(2026, 10, 15, 10, 0, AKL, "Thu")
    assert start.astimezone(FJ).hour == 8
    desc = ("Kia ora Mereani,\n\nLooking forward to our chat about the Marketing Executive - Pacific Markets role. "
            "It's an informal 30-minute screen with me - your background, right to work, and timing. Video is "
            "optional; a phone call is fine too.\n\nHeads up: New Zealand went onto daylight time on 27 September, "
            "so we're an hour ahead of Fiji at the moment.\n\nNga mihi,\nAroha Whaanga\nTalent Advisor, Aotea Tourism Board")
    m = google_invite(seed="c07", organizer=AROHA, guests=[(None, OWNER)],
                      summary="Aotea Tourism Board - phone screen (Mereani Tuilagi)", start=start, end=end, tz=AKL,
                      tz_abbr="NZDT", tz_long="New Zealand Time - Auckland", sent=sent, description=desc)
    return case("aotea-google-invite-screen-nzdt", [("invitation-phone-screen.eml", m, sent)],
                [iv(AOTEA, AOTEA_ROLE, start, end, "scheduled", [AROHA[1]], [AROHA[1]], "phone_screen")],
                "medium", "positive/google-invite",
                "Google Calendar invitation from an Auckland recruiter: Thu 15 Oct 9:30-10:00 NZDT (UTC+13 since "
                "27 Sep) = 8:30 FJT. The recruiter runs the screen.",
                ["Auckland NZDT (UTC+13 from 27 Sep 2026), one hour ahead of Suva"])


@register
def c08():
    d1 = T(2026, 10, 12, 11, 2, FJ, "Mon", 17)
    d2 = T(2026, 10, 12, 13, 40, FJ, "Mon", 55)
    d3 = T(2026, 10, 12, 15, 5, FJ, "Mon", 30)
    T(2026, 10, 15, wd="Thu")
    start, end = T(2026, 10, 16, 9, 30, FJ, "Fri"), T(2026, 10, 16, 10, 15, FJ, "Fri")
    subj = "Marketing Officer - video interview"
    sig = ("Ana Rokotuiloma\nHR Coordinator | Sabeto Bay Resorts Group\nQueens Road, Namaka, Nadi | +679 672 4410")
    t1 = ("Bula Mereani,\n\nThank you for your interest in the Marketing Officer role with Sabeto Bay Resorts Group. "
          "Vikash Naidu, our Marketing Manager, would like to meet you by video (Zoom, about 45 minutes).\n\n"
          "Could you do either of these (Fiji time)?\n"
          "  - Thursday 15 October, 2.00pm\n  - Friday 16 October, 9.30am\n\n"
          "Just reply with the one that suits and I will send the link.\n\nVinaka,\n" + sig + "\n")
    m1id = mid("c08-1", "sabetobay.example")
    m1 = mail(frm=addr(*ANA), to=OWNER, subject=subj, date=d1, msgid=m1id, body=alt("c08-1", t1, plain_cte="8bit"))
    t2 = ("Bula Ana,\n\nVinaka for the invitation. Friday 16 October at 9.30am would be best for me, as I have a "
          "campaign launch on Thursday afternoon.\n\nVinaka vakalevu,\nMereani\n"
          + quote(t1, "Ana Rokotuiloma", "Mon, 12 Oct 2026 at 11:02 AM"))
    m2id = gmail_mid("c08-2")
    m2 = mail(frm=ME, to=addr(*ANA), subject="Re: " + subj, date=d2, msgid=m2id, in_reply_to=m1id, references=m1id,
              body=part('text/plain; charset="UTF-8"', t2, "quoted-printable"))
    z = str(int(h("zoom", "c08")[:10], 16))[:11]
    t3 = ("Vinaka Mereani - confirmed for Friday 16 October at 9.30am (FJT) with Vikash, who is copied here.\n\n"
          f"Join Zoom Meeting\nhttps://sabetobay.zoom.us/j/{z}\nMeeting ID: {z[:3]} {z[3:7]} {z[7:]}\nPasscode: bula26\n\n"
          "Vikash will want to hear about a campaign you ran for the Australian and NZ markets.\n\n"
          "Vinaka,\n" + sig + "\n")
    m3 = mail(frm=addr(*ANA), to=ME, cc=addr(*VIKASH), subject="Re: " + subj, date=d3,
              msgid=mid("c08-3", "sabetobay.example"), in_reply_to=m2id, references=f"{m1id} {m2id}",
              body=alt("c08-3", t3))
    return case("sabeto-video-interview-propose-confirm",
                [("ana-video-interview-options.eml", m1, d1), ("re-friday-930.eml", m2, d2),
                 ("re-confirmed-zoom.eml", m3, d3)],
                [iv(SABETO, SABETO_ROLE, start, end, "scheduled", [VIKASH[1]], [VIKASH[1]], "hiring_manager")],
                "medium", "positive/thread-propose-confirm",
                "Coordinator offers two slots, candidate picks Friday 9.30am, coordinator confirms with Zoom and "
                "copies the marketing manager (the interviewer). Thursday 2pm is a rejected option.")


@register
def c09():
    d1 = T(2026, 10, 12, 16, 20, BNE, "Mon", 12)
    d2 = T(2026, 10, 16, 9, 14, BNE, "Fri", 40)
    d3 = T(2026, 10, 16, 9, 31, BNE, "Fri", 5)
    start, end = T(2026, 10, 20, 10, 0, BNE, "Tue"), T(2026, 10, 20, 11, 0, BNE, "Tue")
    summary = "Video interview - Digital Marketing Specialist (Pacific Islands) - Mereani Tuilagi"
    text = ("Hi Mereani,\n\nThanks for making time to chat with Hamish last week - he was full of good things to say. "
            "This is a 60-minute interview with me over Teams. We'll cover your campaign work, ask you to walk us "
            "through one Pacific campaign you're proud of, and talk about how you'd work with our partner operators "
            "in Fiji.\n\nThe time above is Brisbane time (AEST).\n\nCheers,\nBronwyn Kelly\nMarketing Manager, "
            "Coral Coast Journeys\nLevel 9, 120 Edward Street, Brisbane QLD 4000")
    common = dict(organizer=BRONWYN, attendees=[(OWNER_NAME, OWNER)], optional=[HAMISH], summary=summary,
                  start=start, end=end, tzid="E. Australia Standard Time", when_label="(UTC+10:00) Brisbane",
                  location="Microsoft Teams Meeting", teams=True)
    m1 = exchange_invite(seed="c09", text=text, sent=d1, msgid=outlook_mid("c09-1", "SY6P282"), **common)
    t2 = ("Hi Mereani,\n\nI'm sorry to be the bearer of bad news. Following a restructure of our Pacific team, "
          "the Digital Marketing Specialist role has been put on hold until at least the new financial year, so "
          "Bronwyn will be cancelling Tuesday's interview this morning.\n\n"
          "This has nothing to do with you - we really enjoyed meeting you. If the role reopens I'll come straight "
          "back to you.\n\nKind regards,\nHamish Doyle\nTalent Partner | Coral Coast Journeys\n")
    m2 = mail(frm=addr(*HAMISH), to=OWNER, cc=addr(*BRONWYN),
              subject="Update on the Digital Marketing Specialist role", date=d2,
              msgid=outlook_mid("c09-2", "SY6P282"), body=alt("c09-2", t2, style="outlook"))
    t3 = ("Hi Mereani - cancelling as Hamish explained. Sorry again, and all the best.\nBronwyn")
    m3 = exchange_invite(seed="c09", text=t3, sent=d3, msgid=outlook_mid("c09-3", "SY6P282"), seq=1, cancel=True,
                         **common)
    return case("coralcoast-teams-interview-cancelled",
                [("invite-video-interview.eml", m1, d1), ("hamish-role-on-hold.eml", m2, d2),
                 ("canceled-video-interview.eml", m3, d3)],
                [iv(CORAL, CORAL_ROLE, start, end, "cancelled", [BRONWYN[1]], [BRONWYN[1]], "hiring_manager")],
                "medium", "positive/cancellation",
                "Exchange/Teams invite (E. Australia Standard Time, '(UTC+10:00) Brisbane'; 10:00 AEST = 12:00 FJT), "
                "then the role goes on hold and METHOD:CANCEL with SEQUENCE 1 -> cancelled at the last time.",
                ["Windows TZID 'E. Australia Standard Time' (Brisbane UTC+10, no DST), 2 h behind Suva"])


@register
def c10():
    sent = T(2026, 10, 13, 20, 5, FJ, "Tue", 48)
    start, end = T(2026, 10, 17, 10, 0, FJ, "Sat"), T(2026, 10, 17, 15, 0, FJ, "Sat")
    cousin = ("Sainimili Tuilagi", "sainimili.tuilagi@mailbox.example")
    desc = ("Bula kemuni na matavuvale!\n\nNa soqo ni dolavi ni vale ni soqo vou ni koro ena Vakarauwai. Sevusevu "
            "ena 10 na mataka, qai muri na yaqona vakaturaga kei na kana vata.\n\n"
            "Mereani - plz bring 2kg waka from the Suva market, I'll fix you up after. Sulu jaba for the ladies. "
            "Carrier to the koro leaves Nausori bus stand 7.30.\n\nVinaka, Mili")
    m = google_invite(seed="c10", organizer=cousin,
                      guests=[(None, OWNER), (None, "joeli.tuilagi@mailbox.example"), (None, "ana.tuilagi@mailbox.example")],
                      summary="Sevusevu & yaqona - dolavi ni vale ni soqo, Nakorovou", start=start, end=end, tz=FJ,
                      tz_abbr="GMT+12", tz_long="Fiji Standard Time - Fiji", sent=sent, description=desc,
                      location="Nakorovou village, Tailevu", meet=False)
    return case("kava-ceremony-village-function", [("invitation-sevusevu.eml", m, sent)], [], "easy",
                "negative/community-event",
                "Google Calendar invitation for a kava (yaqona) ceremony at a village function - a calendar event "
                "with the user as guest, not an interview.")


@register
def c11():
    d1 = T(2026, 10, 14, 10, 45, FJ, "Wed", 22)
    d2 = T(2026, 10, 18, 16, 10, FJ, "Sun", 3)
    start, end = T(2026, 10, 19, 10, 0, FJ, "Mon"), T(2026, 10, 19, 11, 0, FJ, "Mon")
    text = ("Bula Mereani,\n\nVinaka for your time on the phone last week. You are invited to the next interview for "
            "the Marketing Communications Officer role. You will meet Rajesh Chand, our Head of Marketing, for about "
            "an hour. Please bring two copies of your CV and any campaign samples you would like to show.\n\n"
            "Please sign in at the ground floor reception.\n\nVinaka,\nSalote Waqanivalu\nHR Officer, Kaivata Telecom Fiji")
    m1 = exchange_invite(seed="c11", organizer=SALOTE, attendees=[(OWNER_NAME, OWNER), RAJESH],
                         summary="Kaivata Telecom - Interview: Marketing Communications Officer (Mereani Tuilagi)",
                         start=start, end=end, tzid="Fiji Standard Time", when_label="(UTC+12:00) Fiji",
                         location="Level 4 Boardroom, Kaivata House, Victoria Parade, Suva", text=text, sent=d1,
                         msgid=outlook_mid("c11-1"))
    t2 = ("Namaste Mereani,\n\nShalini here from Kaivata HR - Salote is on leave tomorrow so I am sending the "
          "reminder. Tumhar interview kal subah 10 baje hai, Level 4 boardroom, Kaivata House. Reception will sign "
          "you in, just show your voter ID or FNPF card.\n\nRajesh sir will take the interview. Any problem, call me "
          "on 330 2190.\n\nDhanyavaad,\nShalini Devi\nHR Assistant | Kaivata Telecom Fiji\n")
    m2 = mail(frm=addr(*SHALINI), to=OWNER, subject="Reminder - interview kal", date=d2,
              msgid=outlook_mid("c11-2"), body=part('text/plain; charset="utf-8"', t2, "7bit"),
              extra=[("X-Mailer", "Microsoft Outlook for Android")])
    return case("kaivata-outlook-invite-hindi-reminder",
                [("invite-second-interview.eml", m1, d1), ("reminder-interview-kal.eml", m2, d2)],
                [iv(KAIVATA, KAIVATA_ROLE, start, end, "scheduled", [RAJESH[1]], [RAJESH[1]], "hiring_manager")],
                "medium", "positive/dedupe-invite-and-reminder",
                "Outlook invite (TZID 'Fiji Standard Time', '(UTC+12:00) Fiji') plus a Fiji Hindi reminder "
                "'interview kal subah 10 baje' sent Sunday 18 Oct -> same Mon 19 Oct 10:00 interview, counted once. "
                "HR organises; the Head of Marketing interviews.",
                ["Windows TZID 'Fiji Standard Time'; Fiji Hindi 'kal' (tomorrow) resolved against Sun 18 Oct"])


@register
def c12():
    created = datetime(2026, 10, 16, 1, 12, 0, tzinfo=UTC)
    updated = datetime(2026, 10, 16, 1, 14, 27, 318000, tzinfo=UTC)
    assert created.astimezone(AKL).strftime("%a %H") == "Fri 14"
    start, end = T(2026, 10, 22, 14, 0, AKL, "Thu"), T(2026, 10, 22, 15, 0, AKL, "Thu")
    assert start.astimezone(FJ).hour == 13
    eid = h("gcal", "c12")
    code = meet_code("c12")
    ev = {
        "kind": "calendar#event",
        "etag": f"\"{int(eid[:13], 16)}\"",
        "id": g_uid("c12").split("@")[0],
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=" +
                    base64.b64encode(f"{g_uid('c12').split('@')[0]} {OWNER}".encode()).decode().rstrip("="),
        "created": created.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "updated": updated.strftime("%Y-%m-%dT%H:%M:%S.") + "318Z",
        "summary": "Aotea Tourism Board | Interview with Hemi Walker (Mereani Tuilagi)",
        "description": ("Kia ora Mereani - this is your interview with Hemi Walker, our Head of Marketing, for the "
                        "Marketing Executive - Pacific Markets role. Hemi will ask you to talk through a campaign you "
                        "led end to end; no slides needed.\n\n2pm Auckland is 1pm in Suva.\n\nAroha"),
        "creator": {"email": AROHA[1], "displayName": AROHA[0]},
        "organizer": {"email": AROHA[1], "displayName": AROHA[0]},
        "start": {"dateTime": start.isoformat(), "timeZone": "Pacific/Auckland"},
        "end": {"dateTime": end.isoformat(), "timeZone": "Pacific/Auckland"},
        "iCalUID": g_uid("c12"),
        "sequence": 0,
        "attendees": [
            {"email": AROHA[1], "displayName": AROHA[0], "organizer": True, "responseStatus": "accepted"},
            {"email": HEMI[1], "displayName": HEMI[0], "responseStatus": "accepted"},
            {"email": OWNER, "self": True, "responseStatus": "accepted"},
        ],
        "hangoutLink": f"https://meet.google.com/{code}",
        "conferenceData": {
            "entryPoints": [{"entryPointType": "video", "uri": f"https://meet.google.com/{code}",
                             "label": f"meet.google.com/{code}"}],
            "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet"},
            "conferenceId": code,
        },
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    return case("aotea-gcal-api-video-interview",
                [("aotea-interview-hemi.gcal.json", json.dumps(ev, indent=2, ensure_ascii=False) + "\n", updated)],
                [iv(AOTEA, AOTEA_ROLE, start, end, "scheduled", [HEMI[1]], [HEMI[1]], "hiring_manager")],
                "medium", "positive/gcal-json",
                "Calendar API event only: 14:00-15:00 Pacific/Auckland (+13:00, NZDT) = 13:00 FJT; the Head of "
                "Marketing is the interviewer, the recruiter organises.",
                ["Calendar API dateTime in +13:00 (NZDT) for an Auckland interview"])


@register
def c13():
    sent = T(2026, 10, 19, 9, 30, FJ, "Mon", 4)
    T(2026, 10, 16, wd="Fri")
    due = T(2026, 10, 30, 17, 0, FJ, "Fri")
    plain = ("Bula Mereani,\n\n"
             "Vinaka for your time with Vikash on Vakaraubuka - he enjoyed hearing about your Kula Holidays campaigns.\n\n"
             "The next step is a short written exercise. Please prepare a 12-month marketing plan for our Sabeto Bay "
             "Denarau property (max 6 pages or 12 slides), covering:\n"
             "  1. Target markets (Australia, NZ, domestic) and the reasoning behind the split\n"
             "  2. Channel mix and an indicative budget of FJ$250,000\n"
             "  3. Two campaign ideas for the low season (February-March)\n"
             "  4. How you would measure success\n\n"
             "Please email it to me by 5pm Fiji time on Vakaraubuka 30 October. There is no interview or "
             "presentation for this step - Vikash and our General Manager will review the plans and we will contact "
             "shortlisted candidates about a final meeting.\n\n"
             "Vinaka vakalevu,\nAna Rokotuiloma\nHR Coordinator | Sabeto Bay Resorts Group\n")
    assert due.strftime("%A") == "Friday"
    htm = to_html(plain, "font-family:Georgia,serif;font-size:14px;color:#1b3a4b")
    m = mail(frm=addr(*ANA), to=OWNER, cc=addr(*VIKASH), subject="Marketing Officer - next step: marketing plan exercise",
             date=sent, msgid=mid("c13", "sabetobay.example"), body=alt("c13", plain, htm, "quoted-printable", "base64"))
    return case("sabeto-takehome-marketing-plan", [("ana-marketing-plan-exercise.eml", m, sent)], [], "medium",
                "negative/take-home",
                "Take-home marketing plan with a 5pm deadline on a named day; explicitly no interview at this step.")


@register
def c14():
    sent = T(2026, 10, 19, 14, 15, FJ, "Mon", 22)
    start, end = T(2026, 10, 22, 7, 40, FJ, "Thu"), T(2026, 10, 22, 7, 55, FJ, "Thu")
    amelia = ("Amelia Seru", "amelia.seru@wasawasafm.example")
    losana = ("Losana Tikoduadua", "losana.tikoduadua@kulaholidays.example")
    plain = ("Bula Mereani,\n\nThanks to Losana for putting us in touch. We'd love to interview you live on the Bula "
             "Breakfast show this Thursday, 22 October, at 7.40am, about Kula Holidays' new 'Staycation Viti' "
             "campaign for local families.\n\n"
             "It's a relaxed 10-15 minute chat with Sera and Tomasi in studio - please arrive by 7.20am at our "
             "studio on Gordon Street. We'll ask about the deals, how locals can book, and why domestic tourism "
             "matters for the economy. I've attached a calendar hold.\n\n"
             "Vinaka vakalevu,\nAmelia Seru\nProducer, Bula Breakfast | Wasawasa FM 98.6\n")
    cal = ics_text([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Apple Inc.//macOS 15.6//EN", "CALSCALE:GREGORIAN",
        "METHOD:REQUEST", *VTZ["Pacific/Fiji"], "BEGIN:VEVENT", f"CREATED:{zstamp(sent)}",
        f"DTSTAMP:{zstamp(sent)}", dtline("DTSTART", start, "Pacific/Fiji"), dtline("DTEND", end, "Pacific/Fiji"),
        f"UID:{h('c14', 'uid')[:8].upper()}-{h('c14', 'uid')[8:12].upper()}-4D1E-9A2B-{h('c14', 'uid')[12:24].upper()}",
        "SUMMARY:LIVE interview - Bula Breakfast (Wasawasa FM): Kula Holidays Staycation Viti",
        "LOCATION:Wasawasa FM studio\\, Gordon Street\\, Suva",
        f"DESCRIPTION:{esc('Guest: Mereani Tuilagi, Marketing Officer, Kula Holidays. Arrive 7.20am.')}",
        f"ORGANIZER;CN={amelia[0]}:mailto:{amelia[1]}",
        attendee(OWNER_NAME, OWNER), attendee(losana[0], losana[1], role="OPT-PARTICIPANT"),
        "SEQUENCE:0", "STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"])
    m = ats_with_ics(seed="c14", frm=addr(*amelia), reply_to=None, cc=addr(*losana),
                     subject="Bula Breakfast interview - Kula Holidays 'Staycation Viti', Thu 22 Oct 7.40am",
                     sent=sent, msgid=mid("c14", "wasawasafm.example"), plain=plain, html_text=to_html(plain),
                     cal=cal, ics_name="Bula Breakfast interview.ics")
    return case("radio-interview-for-employer", [("wasawasa-fm-interview.eml", m, sent)], [], "hard",
                "negative/press-interview",
                "Live radio interview the user gives about her current employer's campaign, with an .ics hold "
                "listing her as attendee - a media interview, not a job interview.")


@register
def c15():
    d0 = T(2026, 10, 20, 10, 10, FJ, "Tue", 37)
    sends = [T(2026, 10, 20, 10, 22, FJ, "Tue", 5), T(2026, 10, 20, 10, 24, FJ, "Tue", 41),
             T(2026, 10, 20, 10, 27, FJ, "Tue", 13)]
    day = (2026, 10, 28)
    s1, e1 = T(*day, 9, 30, FJ, "Wed"), T(*day, 10, 30, FJ, "Wed")
    s2, e2 = T(*day, 10, 45, FJ, "Wed"), T(*day, 11, 15, FJ, "Wed")
    s3, e3 = T(*day, 11, 30, FJ, "Wed"), T(*day, 12, 0, FJ, "Wed")
    t0 = ("Bula Mereani,\n\n"
          "Congratulations - following your telephone interview you have been shortlisted for the panel stage for "
          "the post of Tourism Marketing & Communications Officer (PITC/2026/14).\n\n"
          "The panel will be held on Vukelulu 28 October at the PITC Secretariat, Conference Room 2, Nasese. "
          "The programme for the morning is:\n\n"
          "  9.30 - 10.30am   Panel interview - Ms Akanisi Tabua (Director, Tourism Development), Mr Joeli Baleiwai "
          "(Communications Manager) and Mr Sanjay Kumar (Finance & Operations Manager)\n"
          "  10.45 - 11.15am  Presentation to the panel: 'Marketing the Blue Pacific to long-haul visitors' "
          "(10 minutes + questions; a projector is available)\n"
          "  11.30am - 12.00  Conversation with Mr Tevita Koroi, Deputy Director-General\n\n"
          "I will send three separate calendar invitations for your diary. Please bring your original academic "
          "certificates and a photo ID, and report to reception by 9.15am.\n\n"
          "Vinaka saka vakalevu,\n\nLitia Naivalu\nHR & Administration Officer\nPacific Islands Tourism Council\n")
    m0 = mail(frm=addr(*LITIA), to=OWNER, cc="recruitment@pitc.example",
              subject="PITC/2026/14 - Invitation to panel interview, Wednesday 28 October",
              date=d0, msgid=outlook_mid("c15-0"), body=alt("c15-0", t0, style="outlook"),
              extra=[("Content-Language", "en-FJ")])
    loc = "PITC Secretariat, Conference Room 2, Nasese, Suva"
    panel = [(OWNER_NAME, OWNER), AKANISI, JOELI, SANJAY]
    specs = [
        ("PITC/2026/14 Panel interview - Mereani Tuilagi", s1, e1, panel,
         "Panel interview for the Tourism Marketing & Communications Officer post.\n\nPanel: Akanisi Tabua (Chair), "
         "Joeli Baleiwai, Sanjay Kumar.\n\nLitia Naivalu, HR"),
        ("PITC/2026/14 Candidate presentation - Mereani Tuilagi", s2, e2, panel,
         "Candidate presentation: 'Marketing the Blue Pacific to long-haul visitors' - 10 minutes, then questions "
         "from the panel. Please bring your slides on a USB stick.\n\nLitia Naivalu, HR"),
        ("PITC/2026/14 Meeting with Deputy Director-General - Mereani Tuilagi", s3, e3, [(OWNER_NAME, OWNER), TEVITA],
         "Short conversation with Mr Tevita Koroi, Deputy Director-General, to close the panel morning.\n\n"
         "Litia Naivalu, HR"),
    ]
    items = [("litia-panel-programme.eml", m0, d0)]
    names = ["invite-panel-interview.eml", "invite-presentation.eml", "invite-ddg-conversation.eml"]
    for i, ((summary, s, e, att, text), sent) in enumerate(zip(specs, sends)):
        m = exchange_invite(seed=f"c15-{i}", organizer=LITIA, attendees=att, summary=summary, start=s, end=e,
                            tzid="Fiji Standard Time", when_label="(UTC+12:00) Fiji", location=loc, text=text,
                            sent=sent, msgid=outlook_mid(f"c15-inv{i}"))
        items.append((names[i], m, sent))
    ivs = [AKANISI[1], JOELI[1], SANJAY[1], TEVITA[1]]
    return case("pitc-panel-morning-three-invites", items,
                [iv(PITC, PITC_ROLE, s1, e3, "scheduled", ivs, ivs, "onsite")],
                "hard", "positive/onsite-several-invites",
                "Panel morning in Suva sent as a programme e-mail plus three Outlook invites (panel, presentation, "
                "DDG conversation) on Wed 28 Oct -> one onsite 9:30-12:00 FJT with all four interviewers; the HR "
                "organiser is not an interviewer.",
                ["Windows TZID 'Fiji Standard Time' ('(UTC+12:00) Fiji') on three invites"])


@register
def c16():
    sent = T(2026, 10, 21, 11, 2, FJ, "Wed", 56)
    start, end = T(2026, 10, 26, 8, 30, FJ, "Mon"), T(2026, 10, 26, 9, 0, FJ, "Mon")
    ref = "FJP-26-" + str(int(h("pass")[:6], 16) % 900000 + 100000)
    plain = (f"Dear MEREANI TUILAGI,\n\nYour appointment has been confirmed.\n\n"
             f"Service: Passport Renewal (Adult, 32 pages)\nReference: {ref}\n"
             "Date: Monday, 26 October 2026\nTime: 8:30 AM (Fiji Time)\n"
             "Venue: Passport Office, Immigration Department, Government Buildings, Suva - Counter 3\n\n"
             "At your appointment an officer will conduct a short interview to verify your identity and "
             "capture your photograph and fingerprints.\n\n"
             "Please bring: your current passport, original birth certificate, a certified copy of your voter ID or "
             "TIN letter, and the renewal fee. Arrive 15 minutes early. Late arrivals may need to rebook.\n\n"
             "This is an automated message. Please do not reply.\n"
             "Immigration Department - Passport Services\n")
    cal = ics_text([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Qmatic//Appointment Booking 7.3//EN", "METHOD:REQUEST",
        *VTZ["Pacific/Fiji"], "BEGIN:VEVENT", f"UID:{ref}@bookings.immigration-fiji.example",
        f"DTSTAMP:{zstamp(sent)}", dtline("DTSTART", start, "Pacific/Fiji"), dtline("DTEND", end, "Pacific/Fiji"),
        f"SUMMARY:Passport Renewal appointment ({ref})",
        "LOCATION:Passport Office\\, Government Buildings\\, Suva - Counter 3",
        "DESCRIPTION:Identity interview and biometrics. Bring current passport and birth certificate.",
        "ORGANIZER;CN=Passport Services:mailto:no-reply@bookings.immigration-fiji.example",
        attendee(OWNER_NAME, OWNER), "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"])
    m = ats_with_ics(seed="c16", frm="Passport Services <no-reply@bookings.immigration-fiji.example>", reply_to=None,
                     subject=f"Appointment Confirmation - Passport Renewal ({ref})", sent=sent,
                     msgid=mid("c16", "bookings.immigration-fiji.example"), plain=plain,
                     html_text=to_html(plain), cal=cal, ics_name="appointment.ics", mime_style="java")
    return case("passport-office-appointment", [("passport-appointment.eml", m, sent)], [], "medium",
                "negative/government-appointment",
                "Government passport renewal booking with an 'identity interview' and .ics - not a job interview.")


@register
def c17():
    lon = ZoneInfo("Europe/London")
    sent = T(2026, 10, 22, 10, 47, lon, "Thu", 13)
    assert sent.utcoffset() == timedelta(hours=1)  # BST until 25 Oct 2026
    plain = ("Dear Mereani Tuilagi,\n\nCONGRATULATIONS!!! Your CV has been shortlisted by PACIFIC SKYWAYS AIRLINES for "
             "the position of Marketing & Cabin Service Officer (Nadi/Dubai base). Salary US$6,500 per month TAX FREE "
             "plus free accommodation.\n\n"
             "Your online interview is scheduled for tomorrow at 10:00AM Fiji time via WhatsApp video with our HR "
             "Director Mr. Daniel Roberts (+44 7700 900412).\n\n"
             "IMPORTANT: Before the interview you must pay the Work Permit and Visa processing fee of FJ$380 via "
             "M-PAiSA to +679 838 1274 (Agent: T. Singh) and send the receipt to this email. Candidates who do not "
             "pay will not be interviewed. This fee is fully REFUNDABLE on your first salary.\n\n"
             "Yours faithfully,\nRecruitment Department\nPacific Skyways Airlines Ltd\n")
    m = mail(frm="PACIFIC SKYWAYS AIRLINES HR <pacificskyways.hrdept@freemail.example>", to=OWNER,
             reply_to="recruitment.pacificskyways@quickmail.example",
             subject="CONGRATULATIONS - Interview Invitation - Pacific Skyways Airlines",
             date=sent, msgid=mid("c17", "freemail.example"), body=alt("c17", plain, plain_cte="8bit", style="java"))
    return case("scam-airline-recruiter-fee", [("pacific-skyways-interview.eml", m, sent)], [], "medium",
                "negative/scam",
                "Fake airline recruiter: free-mail sender, different Reply-To, WhatsApp 'interview tomorrow at 10' "
                "conditional on an M-PAiSA fee - a scam, not an interview.")


@register
def c18():
    sent = T(2026, 10, 27, 14, 5, FJ, "Tue", 29)
    T(2026, 10, 19, wd="Mon")
    plain = ("Bula Mereani,\n\nVinaka vakalevu for attending the interview with Rajesh on Moniti 19 October, and for "
             "your interest in joining Kaivata Telecom.\n\nAfter careful consideration we have decided to proceed "
             "with another candidate whose experience more closely matches the technical side of the role. This was "
             "a difficult decision - Rajesh asked me to pass on that your campaign samples were excellent.\n\n"
             "With your permission we will keep your CV on file for six months in case a suitable vacancy comes up.\n\n"
             "Vinaka, ka kalougata,\nSalote Waqanivalu\nHR Officer | Kaivata Telecom Fiji\n")
    m = mail(frm=addr(*SALOTE), to=OWNER, subject="Marketing Communications Officer - outcome of your interview",
             date=sent, msgid=outlook_mid("c18"), body=alt("c18", plain, style="outlook"))
    return case("kaivata-rejection", [("salote-outcome.eml", m, sent)], [], "easy", "negative/rejection",
                "Rejection that names the past interview date; no new interview.")


@register
def c19():
    d1 = T(2026, 10, 28, 9, 40, FJ, "Wed", 2)
    d2 = T(2026, 10, 31, 18, 22, FJ, "Sat", 45)
    d3 = T(2026, 10, 31, 18, 50, FJ, "Sat", 11)
    d4 = T(2026, 10, 31, 19, 5, FJ, "Sat", 33)
    s0, e0 = T(2026, 11, 3, 10, 0, FJ, "Tue"), T(2026, 11, 3, 11, 0, FJ, "Tue")
    s1, e1 = T(2026, 11, 5, 14, 0, FJ, "Thu"), T(2026, 11, 5, 15, 0, FJ, "Thu")
    summary = "Final interview - Mereani Tuilagi with Ratu Josefa (GM)"
    loc = "Sabeto Bay Resorts Group head office, Queens Road, Namaka, Nadi"
    desc0 = ("Bula Mereani,\n\nRatu Josefa would like to meet you for a final interview for the Marketing Officer role, "
             "in person at our head office in Namaka. He will go through your marketing plan with you - about one hour.\n\n"
             "If you are coming from Suva, allow four hours on the Queens Road.\n\n"
             "Vinaka,\nKaralaini Vula\nExecutive Assistant to the General Manager")
    common = dict(seed="c19", organizer=KARALAINI, guests=[JOSEFA, (None, OWNER)], summary=summary, tz=FJ,
                  tz_abbr="GMT+12", tz_long="Fiji Standard Time - Fiji", location=loc, meet=False)
    m1 = google_invite(start=s0, end=e0, sent=d1, description=desc0, **common)
    t2 = ("Bula vinaka Mereani,\n\nRatu Josefa here. Au kerea na veivosoti - there is a reguregu in my koro at Sabeto "
          "and I have to be there ena siga Tusiti, so I cannot do our veitarogi ena 10 na mataka.\n\n"
          "Can we do it ena siga Lotulevu (5 Nov) ena 2 na yakavi instead? Same place, our office in Namaka. "
          "Karalaini will move the invite.\n\n"
          "I read your marketing plan last night - vinaka, some very good ideas for the Australian market. We "
          "will talk about it on Lotulevu.\n\nSa moce,\nRatu Josefa Nawalu\nGeneral Manager, Sabeto Bay Resorts Group\n\n"
          "Sent from my iPhone\n")
    m2id = mid("c19-2", "sabetobay.example")
    m2 = mail(frm=addr(*JOSEFA), to=OWNER, cc=addr(*KARALAINI), subject="Our meeting on Tusiti",
              date=d2, msgid=m2id, body=part('text/plain; charset=utf-8; format=flowed', t2, "quoted-printable"),
              extra=[("X-Mailer", "iPhone Mail (22A3354)")])
    t3 = ("Bula Ratu,\n\nVinaka for letting me know, and I am sorry for your family's loss. Lotulevu 5 November at "
          "2pm in Namaka is fine with me.\n\nVinaka vakalevu,\nMereani\n"
          + quote(t2, "Ratu Josefa Nawalu", "Sat, 31 Oct 2026 at 6:22 PM"))
    m3 = mail(frm=ME, to=addr(*JOSEFA), cc=addr(*KARALAINI), subject="Re: Our meeting on Tusiti", date=d3,
              msgid=gmail_mid("c19-3"), in_reply_to=m2id, references=m2id,
              body=part('text/plain; charset="UTF-8"', t3, "quoted-printable"))
    desc1 = desc0.replace("about one hour.", "about one hour.\n\nMoved to Lotulevu 5 November, 2pm, at Ratu Josefa's "
                                             "request. Same venue.")
    m4 = google_invite(start=s1, end=e1, sent=d4, description=desc1, seq=1, updated=True, **common)
    return case("sabeto-gm-final-rescheduled",
                [("invitation-final-gm.eml", m1, d1), ("ratu-josefa-reguregu.eml", m2, d2),
                 ("re-lotulevu-2pm.eml", m3, d3), ("updated-invitation-final-gm.eml", m4, d4)],
                [iv(SABETO, SABETO_ROLE, s1, e1, "scheduled", [JOSEFA[1]], [JOSEFA[1]], "hiring_manager")],
                "hard", "positive/reschedule",
                "Final in-person interview with the GM (a village-based resort owner) first set for Tue 3 Nov 10:00; "
                "his Fijian mail moves it to 'Lotulevu ena 2 na yakavi' and the Google invite is updated with the same "
                "UID and SEQUENCE 1 -> one interview Thu 5 Nov 14:00-15:00 FJT. The EA only schedules.",
                ["Fijian weekday/time 'ena siga Lotulevu ena 2 na yakavi' (Thu 5 Nov 14:00 FJT)"])


@register
def c20():
    sent = T(2026, 10, 28, 13, 5, HNL, "Wed", 26)
    start, end = T(2026, 11, 2, 8, 0, HNL, "Mon"), T(2026, 11, 2, 9, 0, HNL, "Mon")
    assert start.astimezone(FJ).strftime("%a %d %H") == "Tue 03 06"
    x = h("teams", "c20")
    link = f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{x[:28]}%40thread.v2/0"
    plain = ("Hi Mereani,\n\nThank you for your continued interest in Moana Air. Your final interview is confirmed:\n\n"
             "Regional Marketing Specialist, South Pacific - Final Interview\n"
             "Monday, November 2, 2026\n8:00 AM - 9:00 AM HST (Pacific/Honolulu)\n\n"
             "Interviewer:\nMalia Keawe - VP, Marketing & Brand\n\n"
             f"Location: Microsoft Teams - {link}\n\n"
             "A note on time zones: the US mainland ends daylight saving time on Sunday, November 1, but Hawai'i does "
             "not observe DST, so this time does not change on our side. For you in Suva it will be early the "
             "following morning.\n\n"
             "A calendar invitation is attached. If you need to reschedule, just reply to this email.\n\n"
             "Mahalo,\nLeilani Kahananui\nTalent Acquisition, Moana Air\n")
    htm = to_html(plain, "font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222")
    cal = ics_text([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Greenhouse Software Inc//Greenhouse Scheduling//EN",
        "METHOD:REQUEST", *VTZ["Pacific/Honolulu"], "BEGIN:VEVENT",
        f"UID:{h('gh', 'c20')[:24]}@greenhouse.io", f"DTSTAMP:{zstamp(sent)}",
        dtline("DTSTART", start, "Pacific/Honolulu"), dtline("DTEND", end, "Pacific/Honolulu"),
        "SUMMARY:Final Interview - Regional Marketing Specialist\\, South Pacific (Moana Air)",
        f"LOCATION:{esc(link)}",
        f"DESCRIPTION:{esc('Interviewer: Malia Keawe, VP Marketing & Brand. Join on Microsoft Teams: ' + link)}",
        f"ORGANIZER;CN={LEILANI[0]}:mailto:{LEILANI[1]}",
        attendee(OWNER_NAME, OWNER), attendee(MALIA[0], MALIA[1], "ACCEPTED"),
        "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    m = ats_with_ics(seed="c20", frm=addr(LEILANI[0], "no-reply@us.greenhouse-mail.io"), reply_to=addr(*LEILANI),
                     subject="Interview Confirmation: Regional Marketing Specialist, South Pacific at Moana Air",
                     sent=sent, msgid=mid("c20", "us.greenhouse-mail.io"), plain=plain, html_text=htm, cal=cal,
                     return_path="bounces+8841207-mereani.tuilagi=example.com@us.greenhouse-mail.io")
    return case("moanaair-greenhouse-final-hst", [("greenhouse-final-interview.eml", m, sent)],
                [iv(MOANA, MOANA_ROLE, start, end, "scheduled", [MALIA[1]], [MALIA[1]], "hiring_manager")],
                "hard", "positive/ats-email-with-ics",
                "Greenhouse confirmation from a no-reply sender (Reply-To recruiter) with an .ics in TZID "
                "Pacific/Honolulu: Mon 2 Nov 8:00 HST = Tue 3 Nov 6:00 FJT; mentions the US DST end on 1 Nov, which "
                "Hawaii does not observe. The VP is the interviewer.",
                ["Honolulu Mon 2 Nov 08:00 HST = Tue 3 Nov 06:00 FJT; US DST ends 1 Nov 2026 but HST unchanged"])


@register
def c21():
    d1 = T(2026, 10, 29, 14, 15, AKL, "Thu", 48)
    stamp = T(2026, 10, 29, 14, 18, AKL, "Thu", 2)
    assert d1.astimezone(FJ).strftime("%a %H:%M") == "Thu 13:15"
    start, end = T(2026, 11, 4, 11, 0, AKL, "Wed"), T(2026, 11, 4, 12, 0, AKL, "Wed")
    assert start.astimezone(FJ).hour == 10 and start.utcoffset() == timedelta(hours=13)
    t1 = ("Kia ora Mereani,\n\nGreat news - Hemi was really impressed, and our Chief Executive, Rawiri Parata, would "
          "like a final conversation with you before we make a decision. It's booked for Wednesday 4 November at "
          "11am NZ time on Teams, for up to an hour.\n\n"
          "I've sent the Outlook invite separately - let me know if it doesn't come through.\n\n"
          "Ng\u0101 mihi,\nAroha Whaanga\nTalent Advisor | Aotea Tourism Board\nAuckland, New Zealand\n")
    m1 = mail(frm=addr(*AROHA), to=OWNER, subject="Final step - conversation with Rawiri",
              date=d1, msgid=outlook_mid("c21-1", "SY5P282"), body=alt("c21-1", t1, style="outlook"))
    text = ("When: Wednesday, 4 November 2026 11:00 AM-12:00 PM. (UTC+12:00) Auckland, Wellington\n"
            "Where: Microsoft Teams Meeting\n\n"
            "Final interview - Marketing Executive, Pacific Markets. Rawiri Parata (Chief Executive) with Mereani "
            "Tuilagi.\n\n" + teams_footer("c21"))
    uid = ex_uid("c21")
    cal = ics_text([
        "BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        *VTZ["New Zealand Standard Time"], "BEGIN:VEVENT",
        f"ORGANIZER;CN={AROHA[0]}:mailto:{AROHA[1]}",
        attendee(RAWIRI[0], RAWIRI[1]), attendee(OWNER_NAME, OWNER),
        f"DESCRIPTION;LANGUAGE=en-NZ:{esc(text)}", f"UID:{uid}",
        "SUMMARY;LANGUAGE=en-NZ:Aotea Tourism - final interview (Mereani Tuilagi / Rawiri Parata)",
        dtline("DTSTART", start, "New Zealand Standard Time"), dtline("DTEND", end, "New Zealand Standard Time"),
        "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{zstamp(stamp)}", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", "LOCATION;LANGUAGE=en-NZ:Microsoft Teams Meeting",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:0", f"X-MICROSOFT-CDO-OWNERAPPTID:{int(h('own', 'c21')[:7], 16)}",
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
        "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
        "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM",
        "END:VEVENT", "END:VCALENDAR"])
    return case("aotea-final-ceo-standalone-ics",
                [("aroha-final-step.eml", m1, d1), ("final-interview-rawiri.ics", cal, stamp)],
                [iv(AOTEA, AOTEA_ROLE, start, end, "scheduled", [RAWIRI[1]], [RAWIRI[1]], "hiring_manager")],
                "hard", "positive/standalone-ics-windows-tzid",
                "Standalone Outlook .ics with TZID 'New Zealand Standard Time' and the display label '(UTC+12:00) "
                "Auckland, Wellington', but on 4 Nov NZ is on daylight time: 11:00 NZDT = +13:00 = 10:00 FJT. "
                "Reading the label as +12 gives a time one hour late.",
                ["Windows TZID 'New Zealand Standard Time' / '(UTC+12:00) Auckland, Wellington' label while NZDT (+13) applies"])


@register
def c22():
    sent = T(2026, 11, 9, 10, 20, FJ, "Mon", 14)
    T(2026, 11, 11, wd="Wed"), T(2026, 11, 13, wd="Fri"), T(2026, 11, 30, wd="Mon")
    plain = ("Bula Mereani,\n\nOn behalf of Ratu Josefa Nawalu and the team at Sabeto Bay Resorts Group, I am delighted "
             "to offer you the position of Marketing Officer, based at our Namaka head office.\n\n"
             "Salary: FJ$38,500 per annum, plus staff accommodation rates and FNPF contributions as per the "
             "Employment Relations Act.\nStart date: Moniti 30 November 2026.\n\n"
             "Your letter of offer is attached. Please come to sign your contract ena siga Vukelulu, 11 November, "
             "ena 10 na mataka at the Namaka office - or, if the drive from Suva is difficult, let me know and we "
             "will courier it to you.\n\nKindly confirm your acceptance by Friday 13 November.\n\n"
             "Vinaka vakalevu, and welcome to the Sabeto Bay family!\n\nAna Rokotuiloma\nHR Coordinator | Sabeto Bay "
             "Resorts Group\n")
    a = alt("c22", plain, to_html(plain, "font-family:Verdana,sans-serif;font-size:13px"))
    pdf = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Count 0/Kids[]>>endobj\n"
           b"trailer<</Root 1 0 R>>\n%%EOF\n")
    att = part('application/pdf; name="Letter of Offer - M Tuilagi.pdf"', pdf, "base64",
               ['Content-Disposition: attachment; filename="Letter of Offer - M Tuilagi.pdf"'])
    m = mail(frm=addr(*ANA), to=OWNER, cc=addr(*JOSEFA), subject="Letter of Offer - Marketing Officer",
             date=sent, msgid=mid("c22", "sabetobay.example"), body=multipart("mixed", [a, att], bnd("c22/mix")))
    return case("sabeto-offer-contract-signing", [("ana-letter-of-offer.eml", m, sent)], [], "medium",
                "negative/offer",
                "Offer letter with a contract-signing appointment 'ena siga Vukelulu ena 10 na mataka' - an offer, "
                "not an interview.")


# ==============================================================================================
def main():
    check_zones()
    for p in sorted(OUT.glob("b337-*")):
        shutil.rmtree(p)
    labels, meta = {}, []
    prev_first = None
    for n, fn in enumerate(CASES, 1):
        c = fn()
        folder = OUT / f"b337-{n:02d}-{c['slug']}"
        folder.mkdir()
        last = None
        for j, (name, content, arrived) in enumerate(c["items"], 1):
            assert last is None or arrived >= last, (folder.name, name)
            last = arrived
            data = content.encode("utf-8") if isinstance(content, str) else content
            (folder / f"{j:02d}-{name}").write_bytes(data)
        first = c["items"][0][2]
        assert prev_first is None or first >= prev_first, folder.name
        prev_first = first
        labels[folder.name] = {
            "user": OWNER, "interview": bool(c["interviews"]), "interviews": c["interviews"],
            "difficulty": c["difficulty"], "category": c["category"], "notes": c["notes"], "source": "synthetic"}
        meta.append((n, folder.name, c))
    text = yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=110, default_flow_style=False)
    (OUT / "labels.yaml").write_text(
        "# Labels for blind337 (written blind). Schema: /work/shared/eval/README.md\n" + text, encoding="utf-8")
    write_readme(meta)


def write_readme(meta):
    ivs = [i for _, _, c in meta for i in c["interviews"]]
    pos = sum(1 for _, _, c in meta if c["interviews"])
    neg = len(meta) - pos
    by_status, by_kind = {}, {}
    for i in ivs:
        by_status[i["status"]] = by_status.get(i["status"], 0) + 1
        by_kind[i["kind"]] = by_kind.get(i["kind"], 0) + 1
    assert 20 <= len(meta) <= 24 and 0.55 <= pos / len(meta) <= 0.60, (len(meta), pos)
    lines = [
        "# blind337: Suva, Fiji - Fijian/Fiji Hindi mailbox across Pacific time zones (written blind)", "",
        f"Mailbox owner: {OWNER_NAME} <{OWNER}>, a tourism marketing officer living in Suva "
        "(Pacific/Fiji, UTC+12, no DST in 2026 - asserted with zoneinfo).", "",
        "This set was written blind: only the eval README (label schema and rules) and two dev files were read "
        "for format; no tool code, tests or other sets were consulted. `make_cases.py` regenerates every file "
        "byte-identically.", "",
        "## What it stresses",
        "- Times given only in Fijian (`nimataka ena 10 na mataka`, `ena siga Lotulevu ena 3 na yakavi`) or Fiji "
        "Hindi (`interview kal subah 10 baje`), resolved against the Date header.",
        "- Cross-zone scheduling from Suva: Auckland (NZDT, +13 since 27 Sep, one hour ahead), Brisbane (+10, two "
        "hours behind) and Honolulu (-10, 22 hours behind, so the calendar date differs).",
        "- Windows TZIDs (`Fiji Standard Time`, `E. Australia Standard Time`, `New Zealand Standard Time` whose "
        "'(UTC+12:00)' label is wrong during NZ daylight time).",
        "- A panel morning sent as three invites, a reschedule (Fijian mail + Google SEQUENCE 1), a Teams "
        "cancellation, two interviews in one thread, propose-then-confirm.",
        "- Hard negatives that use 'interview'/'veitarogi' or carry calendar invites: radio interview for her "
        "employer, passport 'identity interview', Bible quiz (veitarogi) at a church soli, kava ceremony invite, "
        "take-home plan, rejection, offer with contract signing, recruiter scam, job blast.", "",
        "## Counts",
        f"- Cases: {len(meta)} ({pos} positive, {neg} negative)",
        f"- Labelled interviews: {len(ivs)} - by status: " + ", ".join(f"{k} {v}" for k, v in sorted(by_status.items()))
        + "; by kind: " + ", ".join(f"{k} {v}" for k, v in sorted(by_kind.items())), "",
        "## Formats used",
        "- Plain human threads (In-Reply-To/References), text/plain and HTML, quoted-printable, base64 and 8bit bodies",
        "- Google Calendar invitations (multipart/mixed with text/plain, text/html, text/calendar;method=REQUEST and "
        "invite.ics), incl. an 'Updated invitation' with SEQUENCE 1",
        "- Exchange/Teams invites (Windows TZIDs, X-MICROSOFT-CDO-* properties, '(UTC+hh:mm) ...' labels), incl. "
        "METHOD:CANCEL",
        "- Calendly and Greenhouse (greenhouse-mail.io) confirmations with .ics attachments; booking/radio .ics "
        "attachments on negatives",
        "- One standalone Outlook `.ics` and one Calendar API `.gcal.json` event (`\"self\": true`)", "",
        "## Cases",
    ]
    for n, name, c in meta:
        tag = "+" if c["interviews"] else "-"
        lines.append(f"- {n:02d} [{tag}] `{name}` ({c['category']}, {c['difficulty']})")
    lines += ["", "## Time-zone / DST points"]
    for n, name, c in meta:
        for p in c["tz_points"]:
            lines.append(f"- Case {n:02d}: {p}")
    lines += ["- All: 2026 US (Mar 8 / Nov 1), EU/UK (Mar 29 / Oct 25) and Auckland (Apr 5 / Sep 27) changes "
              "and every weekday are asserted in `make_cases.py`; case 17's sender uses London BST (+01:00) "
              "three days before the UK change.", ""]
    (OUT / "README.md").write_text("\n".join(lines), encoding="utf-8")


if __name__ == "__main__":
    main()
