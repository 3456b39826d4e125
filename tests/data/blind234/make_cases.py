#!/usr/bin/env python3
"""Regenerate the blind234 evaluation set (written blind).

Theme: an Auckland-based veterinarian applying to clinics in New Zealand, Australia and a US
corporate vet group.  Every case folder b234-NN-* and labels.yaml next to this script are rebuilt
deterministically (fixed dates, Message-IDs, UIDs and MIME boundaries).

Standard library + PyYAML only.  Run:  python make_cases.py
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
from email.utils import formataddr, format_datetime
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))

AKL = ZoneInfo("Pacific/Auckland")
MEL = ZoneInfo("Australia/Melbourne")
BNE = ZoneInfo("Australia/Brisbane")
LAX = ZoneInfo("America/Los_Angeles")
UTC = timezone.utc

OWNER = "aroha.whitcombe@example.com"
OWNER_NAME = "Aroha Whitcombe"
OWNER_MOBILE = "021 048 3317"

DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

# --- 2026 DST facts this set relies on (fail loudly if tzdata disagrees) -----------------------
H = lambda n: timedelta(hours=n)  # noqa: E731
assert datetime(2026, 9, 26, 12, tzinfo=AKL).utcoffset() == H(12)   # NZST before 27 Sep
assert datetime(2026, 9, 27, 12, tzinfo=AKL).utcoffset() == H(13)   # NZDT from 27 Sep
assert datetime(2026, 10, 3, 12, tzinfo=MEL).utcoffset() == H(10)   # AEST until 4 Oct
assert datetime(2026, 10, 4, 12, tzinfo=MEL).utcoffset() == H(11)   # AEDT from 4 Oct
assert datetime(2026, 10, 15, 12, tzinfo=BNE).utcoffset() == H(10)  # Brisbane: no DST
assert datetime(2026, 10, 31, 12, tzinfo=LAX).utcoffset() == H(-7)  # PDT until 1 Nov
assert datetime(2026, 11, 2, 12, tzinfo=LAX).utcoffset() == H(-8)   # PST from 1 Nov


def T(tz, y, mo, d, h=0, mi=0, s=0, wd=None):
    """Aware datetime; wd asserts the weekday named in the case text."""
    dt = datetime(y, mo, d, h, mi, s, tzinfo=tz)
    if wd is not None:
        assert DAYS[dt.weekday()] == wd, (dt, wd)
    return dt


def uuidish(seed, upper=False):
    return "-".join(hx(f"{seed}#{i}", n, UPHEX if upper else "0123456789abcdef")
                    for i, n in enumerate((8, 4, 4, 4, 12)))


def hx(seed, n=16, alphabet="0123456789abcdef"):
    """Deterministic pseudo-random token."""
    out = ""
    i = 0
    while len(out) < n:
        dig = hashlib.sha256(f"{seed}/{i}".encode()).digest()
        out += "".join(alphabet[b % len(alphabet)] for b in dig)
        i += 1
    return out[:n]


ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
UPHEX = "0123456789ABCDEF"


def rfc_date(dt):
    return format_datetime(dt)


def addr(name, email):
    return formataddr((name, email))


def subj(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8", maxlinelen=76).encode()


# --- MIME construction ---------------------------------------------------------------------------
def leaf(ctype, text, cte="quoted-printable", extra=()):
    data = text.encode("utf-8")
    if cte == "quoted-printable":
        enc = quopri.encodestring(data).decode("ascii")
    elif cte == "base64":
        enc = base64.encodebytes(data).decode("ascii")
    else:
        enc = text
    hdr = [f"Content-Type: {ctype}", f"Content-Transfer-Encoding: {cte}", *extra]
    return "\n".join(hdr) + "\n\n" + enc.rstrip("\n") + "\n"


def multi(sub, boundary, parts):
    out = [f'Content-Type: multipart/{sub}; boundary="{boundary}"', ""]
    for p in parts:
        out.append(f"--{boundary}")
        out.append(p.rstrip("\n"))
        out.append("")
    out.append(f"--{boundary}--")
    return "\n".join(out) + "\n"


def message(headers, body):
    lines = [f"{k}: {v}" for k, v in headers if v is not None]
    return "\n".join(lines) + "\nMIME-Version: 1.0\n" + body


def received(frm_host, ip, when, seed):
    return (f"from {frm_host} ({frm_host} [{ip}])\n        by mx1.example.com (Postfix) with ESMTPS id "
            f"{hx(seed + 'rcv', 10, UPHEX)}\n        for <{OWNER}>; {rfc_date(when.astimezone(UTC) + timedelta(seconds=3))}")


def to_html(text, font="Calibri, Arial, sans-serif", size="11pt"):
    paras = text.strip("\n").split("\n\n")
    body = []
    for p in paras:
        lines = [htmlmod.escape(x) for x in p.split("\n")]
        if all(x.startswith("&gt;") for x in lines):
            body.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
                        + "<br>\n".join(x[4:].lstrip() for x in lines) + "</blockquote>")
        else:
            body.append("<p>" + "<br>\n".join(lines) + "</p>")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body><div style="font-family:{font};font-size:{size}">\n' + "\n".join(body) + "\n</div></body></html>\n")


def quote(text):
    return "\n".join(("> " + x) if x else ">" for x in text.strip("\n").split("\n"))


def mail(*, frm, to, date, subject, msgid, text, cc=None, reply_to=None, in_reply_to=None, references=None,
         client="outlook", host="mail-out.example.net", ip="203.0.113.25", extra=(), attachments=(), html=None,
         sender=None, delivered=True):
    """A human / system e-mail: multipart/alternative (text + html), optional attachments."""
    seed = msgid
    html = html if html is not None else to_html(text, *(("-apple-system, Helvetica, sans-serif", "12px")
                                                      if client == "apple" else ()))
    if client == "gmail":
        b1, b2 = "000000000000" + hx(seed + "b1", 16), "000000000000" + hx(seed + "b2", 16)
        parts = [leaf('text/plain; charset="UTF-8"', text), leaf('text/html; charset="UTF-8"', html)]
        ua = []
    elif client == "apple":
        b1 = "Apple-Mail=_" + uuidish(seed + "a1", True)
        b2 = "Apple-Mail=_" + uuidish(seed + "a2", True)
        parts = [leaf("text/plain;\n\tcharset=utf-8", text), leaf("text/html;\n\tcharset=utf-8", html)]
        ua = [("X-Mailer", "Apple Mail (2.3826.600.51.1.1)")]
    elif client == "system":
        b1, b2 = "----=_Part_" + hx(seed + "s1", 7, "0123456789") + "_" + hx(seed + "s1b", 9, "0123456789") + \
            "." + hx(seed + "s1c", 13, "0123456789"), "----=_Part_" + hx(seed + "s2", 7, "0123456789") + "_" + \
            hx(seed + "s2b", 9, "0123456789") + "." + hx(seed + "s2c", 13, "0123456789")
        parts = [leaf('text/plain; charset="UTF-8"', text, "base64"), leaf('text/html; charset="UTF-8"', html)]
        ua = []
    else:  # outlook
        b1 = "_000_" + hx(seed + "o1", 40, UPHEX) + "prodoutlookcom_"
        b2 = "_004_" + hx(seed + "o2", 40, UPHEX) + "prodoutlookcom_"
        parts = [leaf('text/plain; charset="utf-8"', text), leaf('text/html; charset="utf-8"', html)]
        ua = [("Thread-Topic", subj(subject.split(": ", 1)[-1] if subject[:4] in ("RE: ", "Re: ", "FW: ") else subject)),
              ("Thread-Index", base64.b64encode(hashlib.sha256(seed.encode()).digest()[:22]).decode()),
              ("Accept-Language", "en-NZ, en-US"), ("Content-Language", "en-NZ"),
              ("X-MS-Has-Attach", "yes" if attachments else ""), ("X-MS-TNEF-Correlator", "")]
    body = multi("alternative", b1, parts)
    if attachments:
        body = multi("mixed", b2, [body] + list(attachments))
    hdrs = []
    if delivered:
        hdrs.append(("Delivered-To", OWNER))
    hdrs += [("Received", received(host, ip, date, seed)), ("Return-Path", f"<{sender or frm[1]}>"),
             ("From", addr(*frm)), ("To", ", ".join(addr(*t) for t in to))]
    if cc:
        hdrs.append(("Cc", ", ".join(addr(*c) for c in cc)))
    if sender:
        hdrs.append(("Sender", sender))
    if reply_to:
        hdrs.append(("Reply-To", addr(*reply_to)))
    hdrs += [("Subject", subj(subject)), ("Date", rfc_date(date)), ("Message-ID", msgid)]
    if in_reply_to:
        hdrs.append(("In-Reply-To", in_reply_to))
    if references:
        hdrs.append(("References", references))
    hdrs += ua + list(extra)
    return message(hdrs, body)


# --- iCalendar -----------------------------------------------------------------------------------
def fold(line):
    chunks, cur, n = [], "", 0
    for ch in line:
        w = len(ch.encode("utf-8"))
        lim = 75 if not chunks else 74
        if n + w > lim:
            chunks.append(cur)
            cur, n = ch, w
        else:
            cur += ch
            n += w
    chunks.append(cur)
    return "\r\n ".join(chunks)


def esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def ics(lines):
    return "".join(fold(x) + "\r\n" for x in lines)


def z(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def loc(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


def att(name, email, partstat="NEEDS-ACTION", role="REQ-PARTICIPANT", rsvp=True, google=False):
    if google:
        return (f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP={'TRUE' if rsvp else 'FALSE'}"
                f";CN={name};X-NUM-GUESTS=0:mailto:{email}")
    return f"ATTENDEE;ROLE={role};PARTSTAT={partstat};RSVP={'TRUE' if rsvp else 'FALSE'};CN={name}:mailto:{email}"


WIN_NZ = ["BEGIN:VTIMEZONE", "TZID:New Zealand Standard Time", "BEGIN:STANDARD", "DTSTART:16010101T030000",
          "TZOFFSETFROM:+1300", "TZOFFSETTO:+1200", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=4",
          "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+1200",
          "TZOFFSETTO:+1300", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=9", "END:DAYLIGHT",
          "END:VTIMEZONE"]
WIN_AUS_E = ["BEGIN:VTIMEZONE", "TZID:AUS Eastern Standard Time", "BEGIN:STANDARD", "DTSTART:16010101T030000",
             "TZOFFSETFROM:+1100", "TZOFFSETTO:+1000", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=4",
             "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+1000",
             "TZOFFSETTO:+1100", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=10", "END:DAYLIGHT",
             "END:VTIMEZONE"]
OLSON_LA = ["BEGIN:VTIMEZONE", "TZID:America/Los_Angeles", "X-LIC-LOCATION:America/Los_Angeles",
            "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0800", "TZOFFSETTO:-0700", "TZNAME:PDT", "DTSTART:19700308T020000",
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT", "BEGIN:STANDARD", "TZOFFSETFROM:-0700",
            "TZOFFSETTO:-0800", "TZNAME:PST", "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU",
            "END:STANDARD", "END:VTIMEZONE"]
OLSON_MEL = ["BEGIN:VTIMEZONE", "TZID:Australia/Melbourne", "X-LIC-LOCATION:Australia/Melbourne",
             "BEGIN:STANDARD", "TZOFFSETFROM:+1100", "TZOFFSETTO:+1000", "TZNAME:AEST", "DTSTART:19700405T030000",
             "RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU", "END:STANDARD", "BEGIN:DAYLIGHT", "TZOFFSETFROM:+1000",
             "TZOFFSETTO:+1100", "TZNAME:AEDT", "DTSTART:19701004T020000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=1SU",
             "END:DAYLIGHT", "END:VTIMEZONE"]
OLSON_AKL = ["BEGIN:VTIMEZONE", "TZID:Pacific/Auckland", "X-LIC-LOCATION:Pacific/Auckland",
             "BEGIN:STANDARD", "TZOFFSETFROM:+1300", "TZOFFSETTO:+1200", "TZNAME:NZST", "DTSTART:19700405T030000",
             "RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU", "END:STANDARD", "BEGIN:DAYLIGHT", "TZOFFSETFROM:+1200",
             "TZOFFSETTO:+1300", "TZNAME:NZDT", "DTSTART:19700927T020000", "RRULE:FREQ=YEARLY;BYMONTH=9;BYDAY=-1SU",
             "END:DAYLIGHT", "END:VTIMEZONE"]


def teams_block(seed):
    tid = uuidish(seed + "tid")
    oid = uuidish(seed + "oid")
    mid = hx(seed + "mid", 48, ALNUM)
    url = (f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0?context=%7b%22Tid%22%3a%22"
           f"{tid}%22%2c%22Oid%22%3a%22{oid}%22%7d")
    num = hx(seed + "num", 12, "0123456789")
    text = ("________________________________________________________________________________\n"
            "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
            f"Click here to join the meeting<{url}>\nMeeting ID: {num[:3]} {num[3:6]} {num[6:9]} {num[9:]}\n"
            f"Passcode: {hx(seed + 'pc', 6, ALNUM)}\n"
            "Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | "
            "Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
            "Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>\n"
            "________________________________________________________________________________")
    return text, url


def outlook_ical(*, method, uid, seq, organizer, attendees, summary, start, end, tzblock, tzid, desc, stamp,
                 location="Microsoft Teams Meeting", teams_url=None, status="CONFIRMED", busy="TENTATIVE"):
    lines = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
    lines += tzblock
    lines += ["BEGIN:VEVENT", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    lines += [att(n, e, p) for n, e, p in attendees]
    lines += [f"DESCRIPTION;LANGUAGE=en-NZ:{esc(desc)}", f"UID:{uid}", f"SUMMARY;LANGUAGE=en-NZ:{esc(summary)}",
              f"DTSTART;TZID={tzid}:{loc(start)}", f"DTEND;TZID={tzid}:{loc(end)}", "CLASS:PUBLIC",
              "PRIORITY:5" if method != "CANCEL" else "PRIORITY:1", f"DTSTAMP:{z(stamp)}", "TRANSP:OPAQUE",
              f"STATUS:{status}", f"SEQUENCE:{seq}", f"LOCATION;LANGUAGE=en-NZ:{esc(location)}",
              f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}", "X-MICROSOFT-CDO-OWNERAPPTID:" + hx(uid + "own", 10, "0123456789"),
              f"X-MICROSOFT-CDO-BUSYSTATUS:{busy}", "X-MICROSOFT-CDO-INTENDEDSTATUS:" + ("FREE" if method == "CANCEL" else "BUSY"),
              "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:" + ("2" if method == "CANCEL" else "1"),
              "X-MICROSOFT-CDO-INSTTYPE:0"]
    if teams_url:
        lines += [f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{teams_url}",
                  'X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}']
    lines += ["X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
              "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT", f"X-MICROSOFT-LOCATIONDISPLAYNAME:{esc(location)}"]
    if method != "CANCEL":
        lines += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM"]
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return ics(lines)


def ampm(dt, dots=False, zero=True):
    h = dt.hour % 12 or 12
    suf = ("a.m." if dt.hour < 12 else "p.m.") if dots else ("AM" if dt.hour < 12 else "PM")
    return f"{h}:{dt.minute:02d} {suf}"


def outlook_invite(*, frm, to, date, subject, msgid, body_text, cal, method="REQUEST", host, ip, cc=None,
                   extra=()):
    seed = msgid
    b = "_000_" + hx(seed + "ob", 40, UPHEX) + "prodoutlookcom_"
    parts = [leaf('text/plain; charset="utf-8"', body_text), leaf('text/html; charset="utf-8"', to_html(body_text)),
             leaf(f'text/calendar; charset="utf-8"; method={method}', cal, "base64")]
    hdrs = [("Delivered-To", OWNER), ("Received", received(host, ip, date, seed)), ("Return-Path", f"<{frm[1]}>"),
            ("From", addr(*frm)), ("To", ", ".join(addr(*t) for t in to))]
    if cc:
        hdrs.append(("Cc", ", ".join(addr(*c) for c in cc)))
    topic = subject.split(": ", 1)[1] if subject.startswith(("Canceled: ", "Updated: ")) else subject
    hdrs += [("Subject", subj(subject)), ("Thread-Topic", subj(topic)),
             ("Thread-Index", base64.b64encode(hashlib.sha256(seed.encode()).digest()[:22]).decode()),
             ("Date", rfc_date(date)), ("Message-ID", msgid), ("Accept-Language", "en-NZ, en-US"),
             ("Content-Language", "en-NZ"), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
             ("Content-class", "urn:content-classes:calendarmessage"),
             ("x-ms-exchange-calendar-series-instance-id", "BAAAAIIA4AB0xbcQGoLgCAAAAAA" + hx(seed + "si", 20, ALNUM)),
             ("x-ms-publictraffictype", "Email")] + list(extra)
    return message(hdrs, multi("alternative", b, parts))


def when_line(start, end, label, dots=True):
    return (f"When: {DAYS[start.weekday()]}, {start.day} {start.strftime('%B %Y')} {ampm(start, dots)}-"
            f"{ampm(end, dots)} {label}.")


def gtime(dt):
    """Google style short time: 10am, 11:30am."""
    h = dt.hour % 12 or 12
    s = f"{h}" if dt.minute == 0 else f"{h}:{dt.minute:02d}"
    return s + ("am" if dt.hour < 12 else "pm")


def google_invite(*, org, guests, date, summary, start, end, tzname, tzabbr, uid, seq, msgid, desc, meet,
                  created, updated=False, host="mail-sor-f41.google.com", ip="209.85.220.41",
                  phone="(AU) +61 2 9051"):
    """Google Calendar invitation e-mail (organiser's own time zone, UTC times in the ics)."""
    seed = msgid
    datestr = f"{start.strftime('%a')} {start.day} {start.strftime('%b %Y')}"
    head = "Updated invitation" if updated else "Invitation"
    subject = f"{head}: {summary} @ {datestr} {gtime(start)} - {gtime(end)} ({tzabbr}) ({OWNER})"
    long_date = f"{DAYS[start.weekday()]} {start.day} {start.strftime('%B %Y')}"
    g_txt = "\n".join(f"{n}{' - ' + role if role else ''}\n{e}" for n, e, role in guests)
    text = ""
    if updated:
        text += "This event has been updated\nChanged: time\n\n"
    text += (f"{summary}\n{long_date} ⋅ {gtime(start)} – {gtime(end)}\n{tzname}\n\n"
             f"Join with Google Meet\nhttps://meet.google.com/{meet}\n\n"
             f"Join by phone\n{phone} {hx(seed + 'ph', 4, '0123456789')}\n"
             f"PIN: {hx(seed + 'pin', 9, '0123456789')}\n\n"
             f"More phone numbers\nhttps://tel.meet/{meet}?pin={hx(seed + 'pin', 13, '0123456789')}\n\n"
             f"{desc}\n\nGuests\n{g_txt}\nView all guest info\n"
             f"https://calendar.google.com/calendar/event?action=VIEW&eid={hx(seed + 'eid', 60, ALNUM)}\n\n"
             f"Reply for {OWNER}\nYes\nNo\nMaybe\nMore options\n"
             f"https://calendar.google.com/calendar/event?action=RESPOND&eid={hx(seed + 'eid', 60, ALNUM)}\n\n"
             "Invitation from Google Calendar\n\nYou are receiving this email because you are an attendee on the "
             "event. To stop receiving future updates for this event, decline this event.\n\nForwarding this "
             "invitation could allow any recipient to send a response to the organiser, be added to the guest "
             "list, invite others regardless of their own invitation status or modify your RSVP.\n")
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
             "CALSCALE:GREGORIAN", "METHOD:REQUEST", "BEGIN:VEVENT", f"DTSTART:{z(start)}", f"DTEND:{z(end)}",
             f"DTSTAMP:{z(date)}", f"ORGANIZER;CN={org[0]}:mailto:{org[1]}", f"UID:{uid}"]
    for n, e, role in guests:
        ps = "ACCEPTED" if role else "NEEDS-ACTION"
        lines.append(att(n, e, ps, google=True))
    lines += [f"X-GOOGLE-CONFERENCE:https://meet.google.com/{meet}", f"CREATED:{z(created)}",
              f"DESCRIPTION:{esc(desc)}\\n\\nJoin with Google Meet: https://meet.google.com/{meet}\\n\\n-::~:~::~:~:~:~"
              ":~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\\nPlease do not edit this "
              "section of the description.",
              f"LAST-MODIFIED:{z(date)}", "LOCATION:", f"SEQUENCE:{seq}", "STATUS:CONFIRMED",
              f"SUMMARY:{esc(summary)}", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    cal = ics(lines)
    html = to_html(text, "Roboto, Arial, sans-serif", "14px")
    b1, b2 = "000000000000" + hx(seed + "g1", 16), "000000000000" + hx(seed + "g2", 16)
    alt = multi("alternative", b2, [
        leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', text, "base64"),
        leaf('text/html; charset="UTF-8"', html),
        leaf('text/calendar; charset="UTF-8"; method=REQUEST', cal, "base64")])
    attach = leaf('application/ics; name="invite.ics"', cal, "base64",
                  ('Content-Disposition: attachment; filename="invite.ics"',))
    body = multi("mixed", b1, [alt, attach])
    hdrs = [("Delivered-To", OWNER), ("Received", received(host, ip, date, seed)),
            ("Return-Path", f"<{org[1]}>"), ("Reply-To", addr(*org)),
            ("Sender", "Google Calendar <calendar-notification@google.com>"),
            ("Subject", subj(subject)), ("From", addr(*org)), ("To", OWNER),
            ("Date", rfc_date(date)), ("Message-ID", msgid), ("Auto-Submitted", "auto-generated")]
    return message(hdrs, body)


def gmail_id(seed):
    return f"<CA+{hx(seed, 44, ALNUM)}@mail.gmail.com>"


def outlook_id(seed, region="SY4P282"):
    return f"<{region}MB{hx(seed, 4, '0123456789')}{hx(seed + 'x', 32, UPHEX)}@{region}MB{hx(seed, 4, '0123456789')}.AUSP282.PROD.OUTLOOK.COM>"


def us_outlook_id(seed):
    return f"<BY5PR19MB{hx(seed, 4, '0123456789')}{hx(seed + 'x', 32, UPHEX)}@BY5PR19MB{hx(seed, 4, '0123456789')}.namprd19.prod.outlook.com>"


def apple_id(seed):
    return "<" + uuidish(seed, True) + "@otautahi-animal.example>"


def google_msgid(seed):
    return f"<calendar-{uuidish(seed)}@google.com>"


def ical_att(cal, name, method="REQUEST"):
    return leaf(f'text/calendar; charset="UTF-8"; method={method}; name="{name}"', cal, "base64",
                (f'Content-Disposition: attachment; filename="{name}"',))


def iv(company, role, start, end, status, interviewers, followup, kind):
    return {"company": company, "role": role, "start": start.isoformat(),
            "end": end.isoformat() if end else None, "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(followup), "kind": kind}


def label(interviews, difficulty, category, notes):
    return {"user": OWNER, "interview": bool(interviews), "interviews": interviews, "difficulty": difficulty,
            "category": category, "notes": notes, "source": "synthetic"}


CASES = []


def case(fn):
    CASES.append(fn)
    return fn


# =================================================================================================
# POSITIVE CASES
# =================================================================================================
ME = (OWNER_NAME, OWNER)


@case
def c01():
    slug = "b234-01-auckland-phone-chat-tomorrow"
    hin = ("Hinemoa Parata", "hinemoa@ponsonbyroadvets.example")
    sent = T(AKL, 2026, 9, 7, 15, 48, 22, wd="Monday")
    call = T(AKL, 2026, 9, 8, 10, 30, wd="Tuesday")  # "tomorrow at 10.30am"
    assert call.utcoffset() == H(12)  # still NZST
    first_id, reply_id, mid = outlook_id("c01a"), outlook_id("c01b"), outlook_id("c01c")
    sig = ("Hinemoa Parata | Practice Manager\nPonsonby Road Vets\n214 Ponsonby Road, Ponsonby, Auckland 1011\n"
           "P 09 376 4410 | www.ponsonbyroadvets.example")
    text = f"""Kia ora Aroha,

Perfect – I've popped you in for a phone chat tomorrow at 10.30am. I'll ring you on {OWNER_MOBILE} (the number on your CV). It's just a get-to-know-you chat about the role, our rosters and what you're looking for next, and it should take about 30 minutes.

If anything comes up at your end, just flick me an email or a text.

Ngā mihi,
Hinemoa

{sig}

From: Aroha Whitcombe <{OWNER}>
Sent: Monday, 7 September 2026 1:05 PM
To: Hinemoa Parata <{hin[1]}>
Subject: Re: Companion Animal Veterinarian – application (VetJobs ref PRV-2291)

Kia ora Hinemoa,

Thanks so much for getting back to me. Tomorrow morning would be great – I'm not rostered on until 1pm. Wednesday is harder as I'm consulting all day.

Ngā mihi,
Aroha

From: Hinemoa Parata <{hin[1]}>
Sent: Monday, 7 September 2026 9:12 AM
To: Aroha Whitcombe <{OWNER}>
Subject: Companion Animal Veterinarian – application (VetJobs ref PRV-2291)

Kia ora Aroha,

Thanks for your application for our Companion Animal Veterinarian role (4 days, no after-hours). We'd love to have a quick chat on the phone before we go any further. Would tomorrow morning or Wednesday afternoon suit?

Ngā mihi,
Hinemoa

{sig}
"""
    m = mail(frm=hin, to=[ME], date=sent,
             subject="RE: Companion Animal Veterinarian – application (VetJobs ref PRV-2291)",
             msgid=mid, in_reply_to=reply_id, references=f"{first_id} {reply_id}", text=text,
             host="mail-sy4aus01on2071.outbound.protection.outlook.com", ip="40.107.107.71")
    lab = label([iv("Ponsonby Road Vets", "Companion Animal Veterinarian", call, call + timedelta(minutes=30),
                    "scheduled", [hin[1]], [hin[1]], "phone_screen")],
                "medium", "positive/email-body-only-relative-date",
                "Practice manager confirms a phone chat 'tomorrow at 10.30am' in an Outlook reply; resolved against "
                "the message Date (Mon 7 Sep 2026, NZST +12) -> Tue 8 Sep 10:30 +12:00, ~30 min. Quoted history "
                "mentions other days (Wednesday) that were not booked. She makes the call -> interviewer.")
    return slug, [("01-re-companion-animal-vet-application.eml", m)], lab


@case
def c02():
    slug = "b234-02-us-vet-group-dateline-two-rounds"
    kay = ("Kayla Brandt", "kayla.brandt@evergreenvetpartners.example")
    marcus = ("Dr. Marcus Lindqvist", "marcus.lindqvist@evergreenvetpartners.example")
    wd_from = ("Evergreen Veterinary Partners", "evergreenvet@myworkday.com")
    role = "Associate Veterinarian - International Relocation Program"
    # Round 1: "Tuesday 3pm Pacific" == Wednesday 11am in Auckland (PDT -7 vs NZDT +13)
    s1 = T(LAX, 2026, 10, 20, 15, 0, wd="Tuesday")
    assert s1.astimezone(AKL) == T(AKL, 2026, 10, 21, 11, 0, wd="Wednesday")
    # Round 2: after US DST ends (1 Nov): Tuesday 1pm PST == Wednesday 10am NZDT
    s2 = T(LAX, 2026, 11, 3, 13, 0, wd="Tuesday")
    assert s2.utcoffset() == H(-8) and s2.astimezone(AKL) == T(AKL, 2026, 11, 4, 10, 0, wd="Wednesday")
    d1 = T(LAX, 2026, 10, 15, 16, 5, 11, wd="Thursday")
    d2 = T(LAX, 2026, 10, 16, 9, 22, 40, wd="Friday")
    d3 = T(LAX, 2026, 10, 28, 14, 31, 7, wd="Wednesday")
    id0 = gmail_id("c02-aroha-0")
    id1, idr, id2 = us_outlook_id("c02-1"), gmail_id("c02-aroha-1"), us_outlook_id("c02-2")
    sig = ("Kayla Brandt\nSenior Talent Acquisition Partner | Veterinary Recruitment\nEvergreen Veterinary Partners\n"
           "Seattle, WA | (206) 555-0148")
    t1 = f"""Hi Aroha,

Thanks for getting back to me so quickly! I'd love to set up a 30-minute intro call to walk through the relocation program, the licensing timeline (NAVLE/PAVE) and what you're looking for.

Would Tuesday 3pm Pacific work? I know that's already Wednesday for you – I think 11am your time in Auckland, but please double-check me, the date line always gets me.

Best,
Kayla

{sig}

From: Aroha Whitcombe <{OWNER}>
Sent: Thursday, October 15, 2026 2:40 PM
To: Kayla Brandt <{kay[1]}>
Subject: Re: {role}

Hi Kayla,

Thanks for reaching out on LinkedIn – the relocation program sounds really interesting. I'm generally free in the mornings NZ time, except Thursdays.

Ngā mihi,
Aroha
"""
    m1 = mail(frm=kay, to=[ME], date=d1, subject=f"RE: {role}", msgid=id1, in_reply_to=id0, references=id0,
              text=t1, host="mail-by5pr19cu001.outbound.protection.outlook.com", ip="40.107.220.94")
    t2 = f"""Hi Aroha,

Great – you're all set for Tuesday, October 20 at 3:00 PM PT, which is Wednesday, October 21 at 11:00 AM for you in Auckland. It'll just be me on this one, 30 minutes, over Zoom:

https://evergreenvetpartners.zoom.us/j/8172204419?pwd=Vm9KdGxQ

Talk soon,
Kayla

{sig}

From: Aroha Whitcombe <{OWNER}>
Sent: Friday, October 16, 2026 1:02 AM
To: Kayla Brandt <{kay[1]}>
Subject: Re: {role}

Hi Kayla,

Wednesday 11am my time is perfect – that's your Tuesday 3pm. Looking forward to it.

Aroha
"""
    m2 = mail(frm=kay, to=[ME], date=d2, subject=f"RE: {role}", msgid=id2, in_reply_to=idr,
              references=f"{id0} {id1} {idr}", text=t2,
              host="mail-by5pr19cu001.outbound.protection.outlook.com", ip="40.107.220.94")
    e2 = s2 + timedelta(hours=1)
    t3 = f"""Hello Aroha,

Thank you for your interest in Evergreen Veterinary Partners. Your interview has been scheduled.

Job Requisition: R-0048213 {role}
Interview Type: Hiring Manager Interview (Video)
Date: Tuesday, November 3, 2026
Time: 1:00 PM - 2:00 PM Pacific Time (US & Canada)
Interviewer: Dr. Marcus Lindqvist, Regional Medical Director
Location: Zoom (link in the attached calendar invitation)

To view your application, sign in to the Candidate Home:
https://wd5.myworkday.com/evergreenvet/d/home.htmld

If you need to reschedule, please contact your recruiter, Kayla Brandt, at {kay[1]}.

Sincerely,
Evergreen Veterinary Partners Talent Acquisition

This is a system-generated email. Please do not reply.
"""
    uid = hx("c02-wd-uid", 32) + "@myworkday.com"
    cal = ics(["BEGIN:VCALENDAR", "PRODID:-//Workday Inc//Workday Recruiting//EN", "VERSION:2.0", "METHOD:REQUEST"]
              + OLSON_LA + ["BEGIN:VEVENT", f"UID:{uid}", "SEQUENCE:0", f"DTSTAMP:{z(d3)}",
                            f"DTSTART;TZID=America/Los_Angeles:{loc(s2)}", f"DTEND;TZID=America/Los_Angeles:{loc(e2)}",
                            f"SUMMARY:{esc('Interview: Aroha Whitcombe - ' + role)}",
                            f"ORGANIZER;CN={wd_from[0]}:mailto:{wd_from[1]}",
                            att(OWNER_NAME, OWNER), att(marcus[0], marcus[1], "ACCEPTED"),
                            "LOCATION:https://evergreenvetpartners.zoom.us/j/8330915562",
                            "DESCRIPTION:" + esc(f"Hiring Manager Interview (Video)\nCandidate: Aroha Whitcombe\n"
                                                 f"Interviewer: Dr. Marcus Lindqvist\nJob Requisition: R-0048213 {role}"),
                            "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    m3 = mail(frm=wd_from, to=[ME], date=d3, subject=f"Interview Scheduled: {role} (R-0048213)",
              msgid=f"<{hx('c02-wd', 20, '0123456789')}.JavaMail.wdprod@wd5-prod-mail-11.myworkday.com>",
              text=t3, client="system", host="mail-out-11.myworkday.com", ip="198.51.100.77",
              attachments=[ical_att(cal, "Interview.ics")])
    lab = label([
        iv("Evergreen Veterinary Partners", role, s1, s1 + timedelta(minutes=30), "scheduled", [kay[1]], [kay[1]],
           "phone_screen"),
        iv("Evergreen Veterinary Partners", role, s2, e2, "scheduled", [marcus[1]], [marcus[1]], "hiring_manager")],
        "hard", "positive/two-interviews-across-dateline",
        "Two rounds with a US corporate group. Round 1: recruiter thread, 'Tuesday 3pm Pacific' = Wed 21 Oct 11:00 "
        "NZDT (PDT -7); recruiter conducts it. Round 2: Workday 'Interview Scheduled' + .ics (America/Los_Angeles "
        "VTIMEZONE) on Tue 3 Nov 1-2pm after US DST ended -> PST -8 = Wed 4 Nov 10:00 NZDT. Interviewer address only "
        "in the .ics ATTENDEE; Workday sender is no-reply.")
    return slug, [("01-re-intro-call-tuesday-pacific.eml", m1), ("02-re-intro-call-confirmed.eml", m2),
                  ("03-workday-interview-scheduled.eml", m3)], lab


@case
def c03():
    slug = "b234-03-melbourne-jobadder-three-hour-gap"
    bri = ("Bridget Nolan", "bridget.nolan@southerncrossvetrecruit.example")
    sent = T(MEL, 2026, 9, 28, 10, 14, 52, wd="Monday")
    start = T(MEL, 2026, 10, 1, 9, 0, wd="Thursday")
    assert start.utcoffset() == H(10) and start.astimezone(AKL).hour == 12  # 3 h gap this week only
    end = start + timedelta(minutes=45)
    role = "Veterinarian (Small Animal)"
    text = f"""Hi Aroha,

Great news – Yarra Bend Animal Hospital would love to meet you! I've locked in your video interview as below:

Client: Yarra Bend Animal Hospital, Fairfield VIC
Role: {role} – full time, visa sponsorship available
Interviewer: Dr Tom Kavanagh, Hospital Director
Date: Thursday 1 October 2026
Time: 9:00am – 9:45am AEST (Melbourne time)
Format: Microsoft Teams – Tom will send the link from his own calendar

Heads up on the time difference: NZ went onto daylight saving yesterday but Victoria doesn't change over until this Sunday (4 October), so this week you're three hours ahead of us – 9:00am Melbourne is 12:00pm (midday) in Auckland.

Tom's keen to hear about your dental and soft tissue surgery experience, and why Melbourne. I'll give you a quick call on Wednesday to prep.

I've attached a calendar invite. Any questions, just reply to this email.

Kind regards,

Bridget Nolan
Senior Consultant – Veterinary
Southern Cross Vet Recruitment
M +61 412 000 318 | {bri[1]}
"""
    html = to_html(text) .replace("</body>", '<img src="https://track.jobadder.com/o/' + hx("c03px", 24, ALNUM) +
                                  '.gif" width="1" height="1" alt=""></body>')
    uid = uuidish("c03uid") + "@jobadder.com"
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//JobAdder//JobAdder Calendar//EN", "METHOD:REQUEST"]
              + OLSON_MEL + ["BEGIN:VEVENT", f"UID:{uid}", "SEQUENCE:0", f"DTSTAMP:{z(sent)}",
                             f"DTSTART;TZID=Australia/Melbourne:{loc(start)}",
                             f"DTEND;TZID=Australia/Melbourne:{loc(end)}",
                             "SUMMARY:" + esc("Interview: Aroha Whitcombe – Yarra Bend Animal Hospital – " + role),
                             "LOCATION:Microsoft Teams (link to follow from Dr Tom Kavanagh)",
                             "DESCRIPTION:" + esc("Video interview with Dr Tom Kavanagh (Hospital Director).\n"
                                                  "Consultant: Bridget Nolan, Southern Cross Vet Recruitment"),
                             f"ORGANIZER;CN={bri[0]}:mailto:{bri[1]}", att(OWNER_NAME, OWNER),
                             "STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"])
    m = mail(frm=bri, to=[ME], date=sent, subject=f"Interview confirmed – Yarra Bend Animal Hospital – {role}",
             msgid=f"<{hx('c03m', 32)}@mail.jobadder.com>", text=text, html=html, client="system",
             host="smtp-out-2.jobadder.com", ip="198.51.100.142",
             extra=[("X-Mailer", "JobAdder"), ("X-JobAdder-Message", hx("c03x", 10, "0123456789"))],
             attachments=[ical_att(cal, "Interview - Yarra Bend Animal Hospital.ics")])
    lab = label([iv("Yarra Bend Animal Hospital", role, start, end, "scheduled", [], [bri[1]], "hiring_manager")],
                "hard", "positive/ats-jobadder-ics-dst-gap",
                "Agency consultant books a video interview via JobAdder (+ .ics with Australia/Melbourne VTIMEZONE). "
                "Thu 1 Oct 2026 9:00 AEST (+10) falls in the week when Auckland is already NZDT but Melbourne is "
                "not yet AEDT (3 h gap, = 12:00 NZDT). Interviewer has no address in the case -> follow-up to the "
                "consultant.")
    return slug, [("01-interview-confirmed-yarra-bend.eml", m)], lab


@case
def c04():
    slug = "b234-04-wellington-teams-panel-utc12-label"
    san = ("Sandra Ellison", "sandra.ellison@tearovets.example")
    raw = ("Dr Rawiri Ngata", "rawiri.ngata@tearovets.example")
    fio = ("Dr Fiona McAllister", "fiona.mcallister@tearovets.example")
    sent = T(AKL, 2026, 10, 8, 9, 31, 5, wd="Thursday")
    start = T(AKL, 2026, 10, 15, 14, 0, wd="Thursday")
    end = start + timedelta(hours=1)
    assert start.utcoffset() == H(13)  # Windows label says (UTC+12:00) but NZDT applies
    role = "Small Animal Veterinarian (4-day week)"
    teams_txt, url = teams_block("c04")
    body = f"""{when_line(start, end, "(UTC+12:00) Auckland, Wellington")}
Where: Microsoft Teams Meeting

*~*~*~*~*~*~*~*~*~*

Kia ora Aroha,

As discussed on the phone, here's the invite for your panel interview for the {role} role with Dr Rawiri Ngata (Clinical Director) and Dr Fiona McAllister (Senior Veterinarian). It'll run for about an hour and includes a couple of clinical scenarios – nothing to prepare.

I'm just sending the invite and won't be on the call, but feel free to come back to me with any questions.

Ngā mihi nui,
Sandra

Sandra Ellison | Practice Manager
Te Aro Veterinary Hospital | 88 Cuba Street, Te Aro, Wellington 6011 | 04 385 2207

{teams_txt}
"""
    uid = "040000008200E00074C5B7101A82E00800000000" + hx("c04uid", 72, UPHEX)
    cal = outlook_ical(method="REQUEST", uid=uid, seq=0, organizer=san,
                       attendees=[(OWNER_NAME, OWNER, "NEEDS-ACTION"), (raw[0], raw[1], "NEEDS-ACTION"),
                                  (fio[0], fio[1], "NEEDS-ACTION")],
                       summary=f"Interview – {role} – Aroha Whitcombe", start=start, end=end, tzblock=WIN_NZ,
                       tzid="New Zealand Standard Time", desc=body.split("*~*~*~*~*~*~*~*~*~*\n\n", 1)[1],
                       stamp=sent, teams_url=url)
    m = outlook_invite(frm=san, to=[ME, raw, fio], date=sent, subject=f"Interview – {role} – Aroha Whitcombe",
                       msgid=outlook_id("c04"), body_text=body, cal=cal,
                       host="mail-sy4aus01on2101.outbound.protection.outlook.com", ip="40.107.107.101")
    lab = label([iv("Te Aro Veterinary Hospital", role, start, end, "scheduled", [raw[1], fio[1]],
                    [raw[1], fio[1]], "onsite")],
                "hard", "positive/outlook-teams-panel-windows-tzid",
                "Teams panel invite with TZID 'New Zealand Standard Time' (Windows VTIMEZONE with DST rules) and the "
                "Outlook display label '(UTC+12:00) Auckland, Wellington'; 15 Oct is after NZ DST start (27 Sep) so the "
                "real offset is +13. Two interviewers -> panel -> onsite. Organizer only sends the invite.")
    return slug, [("01-interview-small-animal-vet.eml", m)], lab


@case
def c05():
    slug = "b234-05-christchurch-working-interview"
    grant = ("Dr Grant Hollis", "grant.hollis@otautahi-animal.example")
    mei = ("Dr Mei Lin Chua", "meilin.chua@otautahi-animal.example")
    d1 = T(AKL, 2026, 11, 3, 19, 40, 12, wd="Tuesday")
    d2 = T(AKL, 2026, 11, 4, 8, 15, 40, wd="Wednesday")
    start = T(AKL, 2026, 11, 13, 8, 0, wd="Friday")
    end = T(AKL, 2026, 11, 13, 17, 30)
    role = "Companion Animal Veterinarian"
    sig = ("Dr Grant Hollis BVSc MANZCVS\nClinical Director & Owner\nŌtautahi Animal Hospital\n"
           "412 Riccarton Road, Upper Riccarton, Christchurch 8041\n03 348 9120")
    t1 = f"""Kia ora Aroha,

Thanks for sending through your CV and referees for the {role} role – both referees spoke really highly of you.

We'd like to invite you down for a working interview: basically a paid trial shift so you can see how we work and we can see you in action. What we're thinking is Friday 13 November (don't worry, we're not superstitious). You'd be consulting alongside Dr Mei Lin Chua, our senior vet, and scrubbing in on whatever surgery is booked that day, and I'll sit down with you at the end of the day for a debrief. We'd pay you our standard locum day rate and cover return flights from Auckland.

Does that work for you? If so I'll get Sarah at reception to book flights.

Ngā mihi,
Grant

{sig}
"""
    id1 = apple_id("c05-1")
    idr = gmail_id("c05-aroha")
    m1 = mail(frm=grant, to=[ME], date=d1, subject=f"Working interview – {role} – Ōtautahi Animal Hospital",
              msgid=id1, text=t1, client="apple", host="mail.otautahi-animal.example", ip="203.0.113.88")
    t2 = f"""Mōrena Aroha,

Fantastic – you're confirmed for your working interview on Friday 13 November. The day runs from 8:00am to about 5:30pm. Please come to main reception at 412 Riccarton Road at 8am; Mei Lin (cc'd) will meet you there. You'll consult with her in the morning and do surgery in the afternoon, and I'll do the debrief with you from 5pm.

Bring scrubs and your VCNZ practising certificate number for our records. Sarah will email your flight details (Air NZ from Auckland on the Thursday evening).

Ngā mihi,
Grant

{sig}

> On 3/11/2026, at 9:58 PM, Aroha Whitcombe <{OWNER}> wrote:
>
> Kia ora Grant,
>
> Thank you so much – Friday 13 November works really well, I've sorted the day off with my clinic. Looking forward to meeting the team.
>
> Ngā mihi,
> Aroha
"""
    m2 = mail(frm=grant, to=[ME], cc=[mei], date=d2,
              subject=f"Re: Working interview – {role} – Ōtautahi Animal Hospital", msgid=apple_id("c05-2"),
              in_reply_to=idr, references=f"{id1} {idr}", text=t2, client="apple",
              host="mail.otautahi-animal.example", ip="203.0.113.88")
    lab = label([iv("Ōtautahi Animal Hospital", role, start, end, "scheduled", [grant[1], mei[1]],
                    [grant[1], mei[1]], "onsite")],
                "hard", "positive/working-interview",
                "Working interview = paid trial shift as an explicit hiring step (in person, full day 8:00-17:30 "
                "NZDT). Consulting with the senior vet + debrief with the owner -> both assess the candidate. "
                "Looks like a locum shift (pay, day rate) but is part of the hiring process.")
    return slug, [("01-working-interview-invite.eml", m1), ("02-re-working-interview-confirmed.eml", m2)], lab


@case
def c06():
    slug = "b234-06-brisbane-google-reschedule"
    chl = ("Chloe Hartigan", "chloe.hartigan@bulimbavets.example")
    ana = ("Dr Anand Pillai", "anand.pillai@bulimbavets.example")
    role = "Associate Veterinarian"
    summary = f"Bulimba Riverside Vets – Interview with Dr Anand Pillai ({role})"
    s0 = T(BNE, 2026, 10, 13, 10, 0, wd="Tuesday")
    s1 = T(BNE, 2026, 10, 15, 11, 30, wd="Thursday")
    assert s1.astimezone(AKL).hour == 14 and s1.astimezone(AKL).minute == 30
    dur = timedelta(minutes=45)
    d1 = T(BNE, 2026, 10, 7, 14, 2, 33, wd="Wednesday")
    d2 = T(BNE, 2026, 10, 9, 16, 45, 10, wd="Friday")
    d3 = T(BNE, 2026, 10, 9, 16, 47, 58)
    uid = hx("c06uid", 26, "abcdefghijklmnopqrstuvwxyz0123456789") + "@google.com"
    meet = "qvb-hkwr-tmz"
    guests = [(chl[0], chl[1], "organiser"), (ana[0], ana[1], None), (OWNER_NAME, OWNER, None)]
    desc0 = (f"Video interview for the {role} role with Dr Anand Pillai, Hospital Director.\n\n"
             "Queensland doesn't do daylight saving – 10am Brisbane is 1pm in Auckland.")
    m1 = google_invite(org=chl, guests=guests, date=d1, summary=summary, start=s0, end=s0 + dur,
                       tzname="Australian Eastern Standard Time - Brisbane", tzabbr="AEST", uid=uid, seq=0,
                       msgid=google_msgid("c06-1"), desc=desc0, meet=meet, created=d1)
    t2 = f"""Hi Aroha,

Sorry for the shuffle – Anand has been pulled onto the surgery roster on Tuesday morning. Could we move your interview to Thursday 15 October at 11:30am Brisbane time instead? That should be 2:30pm for you in Auckland. Same Google Meet link.

I'll send an updated invite now – just accept it if that suits.

Cheers,
Chloe

--
Chloe Hartigan
Practice Manager | Bulimba Riverside Vets
180 Oxford Street, Bulimba QLD 4171 | (07) 3399 0000
"""
    m2 = mail(frm=chl, to=[ME], date=d2, subject="Moving your interview – Bulimba Riverside Vets",
              msgid=gmail_id("c06-2"), text=t2, client="gmail", host="mail-pj1-f45.google.com", ip="209.85.216.45")
    desc1 = (f"Video interview for the {role} role with Dr Anand Pillai, Hospital Director.\n\n"
             "Moved to Thursday – 11:30am Brisbane is 2:30pm in Auckland.")
    m3 = google_invite(org=chl, guests=guests, date=d3, summary=summary, start=s1, end=s1 + dur,
                       tzname="Australian Eastern Standard Time - Brisbane", tzabbr="AEST", uid=uid, seq=1,
                       msgid=google_msgid("c06-3"), desc=desc1, meet=meet, created=d1, updated=True)
    lab = label([iv("Bulimba Riverside Vets", role, s1, s1 + dur, "scheduled", [ana[1]], [ana[1]],
                    "hiring_manager")],
                "medium", "positive/google-reschedule",
                "Google invite (SEQUENCE 0, Tue 13 Oct 10:00 AEST) moved by e-mail and 'Updated invitation' "
                "(SEQUENCE 1, same UID) to Thu 15 Oct 11:30-12:15 AEST (+10, Brisbane has no DST; 14:30 NZDT). "
                "One interview at the final time; organiser only coordinates.")
    return slug, [("01-invitation-interview-anand.eml", m1), ("02-moving-your-interview.eml", m2),
                  ("03-updated-invitation-interview-anand.eml", m3)], lab


@case
def c07():
    slug = "b234-07-auckland-emergency-teams-cancel"
    nik = ("Dr Nikau Henare", "nikau.henare@tamakiemergencyvets.example")
    role = "Emergency Veterinarian (Night Roster)"
    start = T(AKL, 2026, 9, 29, 10, 0, wd="Tuesday")
    end = start + timedelta(minutes=45)
    assert start.utcoffset() == H(13)  # two days after NZ DST start
    d1 = T(AKL, 2026, 9, 18, 11, 20, 44, wd="Friday")
    d2 = T(AKL, 2026, 9, 25, 16, 2, 19, wd="Friday")
    uid = "040000008200E00074C5B7101A82E00800000000" + hx("c07uid", 72, UPHEX)
    teams_txt, url = teams_block("c07")
    sig = ("Dr Nikau Henare BVSc DACVECC\nMedical Director\nTāmaki After Hours Emergency Vets\n"
           "Open 24/7 | 09 520 0000")
    inner1 = f"""Kia ora Aroha,

Thanks for applying for the {role} role. Here's a Teams invite for a 45-minute interview with me – we'll talk through your ECC experience, the night roster and how we support our vets on nights.

Ngā mihi,
Nikau

{sig}

{teams_txt}
"""
    b1 = f"""{when_line(start, end, "(UTC+12:00) Auckland, Wellington")}
Where: Microsoft Teams Meeting

*~*~*~*~*~*~*~*~*~*

{inner1}"""
    summ = f"Interview – {role} – Aroha Whitcombe"
    cal1 = outlook_ical(method="REQUEST", uid=uid, seq=0, organizer=nik,
                        attendees=[(OWNER_NAME, OWNER, "NEEDS-ACTION")], summary=summ, start=start, end=end,
                        tzblock=WIN_NZ, tzid="New Zealand Standard Time", desc=inner1, stamp=d1, teams_url=url)
    m1 = outlook_invite(frm=nik, to=[ME], date=d1, subject=summ, msgid=outlook_id("c07-1"), body_text=b1, cal=cal1,
                        host="mail-sy4aus01on2113.outbound.protection.outlook.com", ip="40.107.107.113")
    inner2 = f"""Kia ora Aroha,

Apologies for the late notice – we've had to put the {role} position on hold while we restructure the overnight roster, so I'm cancelling Tuesday's interview. I'm sorry to mess you around. I'll be in touch if the role reopens.

Ngā mihi,
Nikau

{sig}
"""
    b2 = f"""{when_line(start, end, "(UTC+12:00) Auckland, Wellington")}
Where: Microsoft Teams Meeting

*~*~*~*~*~*~*~*~*~*

{inner2}"""
    cal2 = outlook_ical(method="CANCEL", uid=uid, seq=1, organizer=nik,
                        attendees=[(OWNER_NAME, OWNER, "NEEDS-ACTION")], summary="Canceled: " + summ, start=start,
                        end=end, tzblock=WIN_NZ, tzid="New Zealand Standard Time", desc=inner2, stamp=d2,
                        status="CANCELLED", busy="FREE")
    m2 = outlook_invite(frm=nik, to=[ME], date=d2, subject="Canceled: " + summ, msgid=outlook_id("c07-2"),
                        body_text=b2, cal=cal2, method="CANCEL",
                        host="mail-sy4aus01on2113.outbound.protection.outlook.com", ip="40.107.107.113",
                        extra=[("Importance", "high"), ("X-Priority", "1")])
    lab = label([iv("Tāmaki After Hours Emergency Vets", role, start, end, "cancelled", [nik[1]], [nik[1]],
                    "hiring_manager")],
                "medium", "positive/outlook-method-cancel",
                "Teams invite for Tue 29 Sep 2026 10:00 (TZID 'New Zealand Standard Time'; label '(UTC+12:00)' but "
                "NZDT +13 applies two days after the 27 Sep change), then METHOD:CANCEL / STATUS:CANCELLED "
                "(role on hold). Kept as cancelled at the last scheduled time.")
    return slug, [("01-interview-emergency-vet.eml", m1), ("02-canceled-interview-emergency-vet.eml", m2)], lab


@case
def c08():
    slug = "b234-08-albany-referral-email-plus-gcal"
    jess = ("Jess Tamihana", "jess.tamihana@nsvetspecialists.example")
    hel = ("Dr Helen Ashworth", "helen.ashworth@nsvetspecialists.example")
    ben = ("Dr Ben Kotzé", "ben.kotze@nsvetspecialists.example")
    role = "Primary Care Veterinarian"
    sent = T(AKL, 2026, 10, 20, 11, 8, 31, wd="Tuesday")
    start = T(AKL, 2026, 10, 27, 15, 30, wd="Tuesday")
    end = start + timedelta(hours=1)
    assert T(AKL, 2026, 10, 26, wd="Monday")  # Labour Day (4th Monday of October)
    text = f"""Kia ora Aroha,

Thank you for applying for the {role} position at Northshore Veterinary Specialists. Helen Ashworth (Hospital Director) and Ben Kotzé (Head of Primary Care) would like to meet you in person at our Albany hospital next Tuesday, 27 October, from 3:30pm to 4:30pm. (Monday is Labour Day, so we've steered clear of that!)

I've sent a calendar invite to this address – please accept it so we know you're coming. When you arrive, come to main reception at 17 Rosedale Road and ask for me; I'll take you through to Helen and Ben. Visitor parking is on the left as you come in.

Ngā mihi,
Jess

Jess Tamihana
People & Culture Coordinator
Northshore Veterinary Specialists | 17 Rosedale Road, Albany, Auckland 0632
"""
    m = mail(frm=jess, to=[ME], date=sent, subject=f"Interview – {role} – Northshore Veterinary Specialists",
             msgid=outlook_id("c08"), text=text,
             host="mail-sy4aus01on2092.outbound.protection.outlook.com", ip="40.107.107.92")
    eid = hx("c08eid", 26, "abcdefghijklmnopqrstuv0123456789")
    ev = {
        "kind": "calendar#event",
        "etag": '"' + hx("c08etag", 16, "0123456789") + '"',
        "id": eid,
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=" + hx("c08h", 64, ALNUM),
        "created": "2026-10-19T22:01:12.000Z",
        "updated": "2026-10-19T22:07:40.512Z",
        "summary": f"Interview: Aroha Whitcombe – {role}",
        "description": "In-person interview with Dr Helen Ashworth (Hospital Director) and Dr Ben Kotzé "
                       "(Head of Primary Care). Please report to main reception and ask for Jess.",
        "location": "Northshore Veterinary Specialists, 17 Rosedale Road, Albany, Auckland 0632, New Zealand",
        "creator": {"email": jess[1], "displayName": jess[0]},
        "organizer": {"email": jess[1], "displayName": jess[0]},
        "start": {"dateTime": start.isoformat(), "timeZone": "Pacific/Auckland"},
        "end": {"dateTime": end.isoformat(), "timeZone": "Pacific/Auckland"},
        "iCalUID": eid + "@google.com",
        "sequence": 0,
        "attendees": [
            {"email": jess[1], "displayName": jess[0], "organizer": True, "responseStatus": "accepted"},
            {"email": hel[1], "displayName": hel[0], "responseStatus": "accepted"},
            {"email": ben[1], "displayName": ben[0], "responseStatus": "accepted"},
            {"email": OWNER, "displayName": OWNER_NAME, "self": True, "responseStatus": "accepted"},
        ],
        "guestsCanInviteOthers": False,
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    assert ev["created"] < sent.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S")
    lab = label([iv("Northshore Veterinary Specialists", role, start, end, "scheduled", [hel[1], ben[1]],
                    [hel[1], ben[1]], "onsite")],
                "medium", "positive/dedupe-email-plus-gcal-json",
                "Coordinator e-mail ('next Tuesday, 27 October, 3:30-4:30pm') plus the Calendar API event "
                "(Pacific/Auckland, +13:00) for the same in-person panel -> ONE interview. Interviewer addresses "
                "only in the API attendees; the coordinator only schedules.")
    return slug, [("01-interview-primary-care-vet.eml", m),
                  ("02-interview-aroha-primary-care.gcal.json", json.dumps(ev, indent=2, ensure_ascii=False) + "\n")], lab


@case
def c09():
    slug = "b234-09-melbourne-standalone-ics-aedt"
    oli = ("Dr Olivia Marchetti", "olivia.marchetti@brunswickcatclinic.example")
    role = "Feline Veterinarian"
    start = T(MEL, 2026, 10, 6, 16, 0, wd="Tuesday")
    end = start + timedelta(minutes=45)
    assert start.utcoffset() == H(11) and start.astimezone(AKL).hour == 18  # AEDT from 4 Oct
    stamp = T(UTC, 2026, 9, 30, 3, 12, 9)
    teams_txt, url = teams_block("c09")
    desc = f"""Hi Aroha,

Looking forward to our chat about the {role} role at Brunswick Cat Clinic. I'll run the interview myself over Teams – about 45 minutes, and I'll ask you about a couple of feline cases you've managed.

4pm Melbourne should be 6pm for you in Auckland (we'll both be on daylight saving by then!).

Olivia

{teams_txt}
"""
    uid = "040000008200E00074C5B7101A82E00800000000" + hx("c09uid", 72, UPHEX)
    cal = outlook_ical(method="REQUEST", uid=uid, seq=0, organizer=oli,
                       attendees=[(OWNER_NAME, OWNER, "NEEDS-ACTION")],
                       summary=f"Brunswick Cat Clinic – {role} interview – Aroha Whitcombe", start=start, end=end,
                       tzblock=WIN_AUS_E, tzid="AUS Eastern Standard Time", desc=desc, stamp=stamp, teams_url=url)
    cal = cal.replace("PRODID:Microsoft Exchange Server 2010", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN")
    lab = label([iv("Brunswick Cat Clinic", role, start, end, "scheduled", [oli[1]], [oli[1]], "hiring_manager")],
                "medium", "positive/standalone-ics-windows-tzid",
                "Standalone Outlook .ics with TZID 'AUS Eastern Standard Time' (Windows rules: DST from first Sunday "
                "of October). Tue 6 Oct 2026 16:00 is two days after Melbourne switched to AEDT (+11), = 18:00 NZDT.")
    return slug, [("01-feline-vet-interview.ics", cal)], lab


@case
def c10():
    slug = "b234-10-remuera-onsite-loop-two-invites"
    tan = ("Tania Cooper", "tania.cooper@remueravets.example")
    jam = ("Dr James Whitford", "james.whitford@remueravets.example")
    sam = ("Dr Sam Patel", "sam.patel@remueravets.example")
    luc = ("Dr Lucy Ferris", "lucy.ferris@remueravets.example")
    role = "Associate Veterinarian (Small Animal)"
    day = (2026, 10, 29)
    a = T(AKL, *day, 9, 30, wd="Thursday")
    b = T(AKL, *day, 11, 30)
    c = T(AKL, *day, 12, 15)
    d = T(AKL, *day, 13, 0)
    sent = T(AKL, 2026, 10, 22, 16, 10, 5, wd="Thursday")
    text = f"""Kia ora Aroha,

We're really looking forward to having you in for your visit and interviews next Thursday, 29 October. Here's how the day will run:

9:30am – 10:30am   Clinical interview with Dr James Whitford (Clinical Director)
10:30am – 11:30am  Case-based discussion and hospital walk-through with Dr Sam Patel (Senior Veterinarian)
11:30am – 12:15pm  Lunch with the team (our shout!)
12:15pm – 1:00pm   Final chat with Dr Lucy Ferris (Practice Owner)

I'll send through two calendar invites – one for the morning and one for your chat with Lucy. Parking is available at the back of the building on Clonbern Road. Just ask for me at reception when you arrive.

Ngā mihi,
Tania

Tania Cooper | Practice Manager
Remuera Animal Hospital | 301 Remuera Road, Remuera, Auckland 1050
"""
    m1 = mail(frm=tan, to=[ME], date=sent, subject=f"Your visit to Remuera Animal Hospital – Thursday 29 October",
              msgid=gmail_id("c10-1"), text=text, client="gmail", host="mail-pl1-f171.google.com",
              ip="209.85.214.171")
    d2 = T(AKL, 2026, 10, 22, 16, 14, 21)
    d3 = T(AKL, 2026, 10, 22, 16, 16, 2)
    g1 = google_invite(org=tan, guests=[(tan[0], tan[1], "organiser"), (jam[0], jam[1], None), (sam[0], sam[1], None),
                                        (OWNER_NAME, OWNER, None)],
                       date=d2, summary=f"Interview (part 1) – Aroha Whitcombe – {role}", start=a, end=b,
                       tzname="New Zealand Time", tzabbr="NZDT", uid=hx("c10u1", 26, "abcdefghijklmnopqrstuv0123456789") + "@google.com",
                       seq=0, msgid=google_msgid("c10-2"), meet="fzr-ujqk-wbn", created=d2, phone="(NZ) +64 9 951",
                       desc="In person at Remuera Animal Hospital.\n9:30 Clinical interview – James\n10:30 Case "
                            "discussion + walk-through – Sam\nLunch with the team afterwards.")
    g2 = google_invite(org=tan, guests=[(tan[0], tan[1], "organiser"), (luc[0], luc[1], None), (OWNER_NAME, OWNER, None)],
                       date=d3, summary="Interview (part 2) – Aroha Whitcombe – final chat with Lucy", start=c, end=d,
                       tzname="New Zealand Time", tzabbr="NZDT", uid=hx("c10u2", 26, "abcdefghijklmnopqrstuv0123456789") + "@google.com",
                       seq=0, msgid=google_msgid("c10-3"), meet="hkd-zpna-rqe", created=d3, phone="(NZ) +64 9 951",
                       desc="In person, Lucy's office (upstairs).")
    lab = label([iv("Remuera Animal Hospital", role, a, d, "scheduled", [jam[1], sam[1], luc[1]],
                    [jam[1], sam[1], luc[1]], "onsite")],
                "hard", "positive/onsite-loop-several-invites",
                "Same-day in-person loop (9:30-13:00 NZDT incl. a lunch break) announced by an itinerary e-mail and "
                "two Google invites -> ONE onsite from the first session's start to the last session's end, with "
                "all three interviewers. Practice manager only coordinates.")
    return slug, [("01-your-visit-itinerary.eml", m1), ("02-invitation-interview-part-1.eml", g1),
                  ("03-invitation-interview-part-2.eml", g2)], lab


@case
def c11():
    slug = "b234-11-christchurch-moved-to-friday"
    kir = ("Kirsty Donaldson", "kirsty@halswellvets.example")
    mere = ("Dr Mere Tipene", "mere.tipene@halswellvets.example")
    role = "Veterinarian – Small Animal (0.8 FTE)"
    d1 = T(AKL, 2026, 10, 9, 10, 5, 33, wd="Friday")
    d2 = T(AKL, 2026, 10, 12, 8, 47, 2, wd="Monday")
    d3 = T(AKL, 2026, 10, 12, 13, 20, 16, wd="Monday")
    first = T(AKL, 2026, 10, 14, 13, 0, wd="Wednesday")
    final = T(AKL, 2026, 10, 16, 13, 0, wd="Friday")  # "this Friday at the same time"
    sig = "Kirsty Donaldson\nPractice Manager | Halswell Vets\n341 Halswell Road, Halswell, Christchurch 8025 | 03 322 0000"
    id1, ra, id2, rb, id3 = (outlook_id("c11-1"), gmail_id("c11-a"), outlook_id("c11-2"), gmail_id("c11-b"),
                             outlook_id("c11-3"))
    o1 = f"""Mōrena Aroha,

Thanks for your application for our {role} role. Our Clinical Lead, Dr Mere Tipene (cc'd), would like to meet you over Zoom on Wednesday 14 October at 1pm. She'll walk you through a couple of clinical cases and tell you about the team – allow about 45 minutes.

Can you let me know if that suits?

Ngā mihi,
Kirsty

{sig}
"""
    m1 = mail(frm=kir, to=[ME], cc=[mere], date=d1, subject=f"Interview – {role} – Halswell Vets", msgid=id1,
              text=o1, host="mail-sy4aus01on2130.outbound.protection.outlook.com", ip="40.107.107.130")
    o2 = f"""Mōrena Aroha,

Sorry to do this to you – Mere has been rostered onto surgery on Wednesday afternoon. Could we move your interview to this Friday at the same time (1pm)? Apologies for the change.

Ngā mihi,
Kirsty

{sig}

From: Aroha Whitcombe <{OWNER}>
Sent: Friday, 9 October 2026 12:41 PM
To: Kirsty Donaldson <{kir[1]}>
Cc: Dr Mere Tipene <{mere[1]}>
Subject: Re: Interview – {role} – Halswell Vets

Kia ora Kirsty,

Wednesday at 1pm is perfect, thank you. Looking forward to meeting Mere.

Ngā mihi,
Aroha
"""
    m2 = mail(frm=kir, to=[ME], cc=[mere], date=d2, subject=f"RE: Interview – {role} – Halswell Vets", msgid=id2,
              in_reply_to=ra, references=f"{id1} {ra}", text=o2,
              host="mail-sy4aus01on2130.outbound.protection.outlook.com", ip="40.107.107.130")
    o3 = f"""Ka pai – thanks Aroha. Friday 16 October at 1pm it is. Mere will send you the Zoom link on Friday morning.

Ngā mihi,
Kirsty

{sig}

From: Aroha Whitcombe <{OWNER}>
Sent: Monday, 12 October 2026 11:02 AM
To: Kirsty Donaldson <{kir[1]}>
Cc: Dr Mere Tipene <{mere[1]}>
Subject: Re: Interview – {role} – Halswell Vets

Kia ora Kirsty,

No problem at all – Friday at 1pm works fine for me.

Aroha
"""
    m3 = mail(frm=kir, to=[ME], cc=[mere], date=d3, subject=f"RE: Interview – {role} – Halswell Vets", msgid=id3,
              in_reply_to=rb, references=f"{id1} {ra} {id2} {rb}", text=o3,
              host="mail-sy4aus01on2130.outbound.protection.outlook.com", ip="40.107.107.130")
    assert first < final
    lab = label([iv("Halswell Vets", role, final, final + timedelta(minutes=45), "scheduled", [mere[1]], [mere[1]],
                    "technical")],
                "medium", "positive/reschedule-by-email-thread",
                "Zoom interview proposed for Wed 14 Oct 1pm, accepted, then moved by e-mail to 'this Friday at the "
                "same time' and confirmed as Fri 16 Oct 13:00 NZDT (45 min). Clinical Lead (cc'd) conducts it; the "
                "practice manager only schedules.")
    return slug, [("01-interview-halswell-vets.eml", m1), ("02-re-interview-move-to-friday.eml", m2),
                  ("03-re-interview-friday-confirmed.eml", m3)], lab


@case
def c12():
    slug = "b234-12-job-board-interview-confirmed-utc-ics"
    board = ("VetCareers NZ", "no-reply@vetcareers-nz.example")
    rach = ("Rachel Vaughan", "rachel.vaughan@petonevets.example")
    role = "Veterinarian (new & recent graduates welcome)"
    sent = T(AKL, 2026, 10, 19, 12, 30, 0, wd="Monday")
    start = T(AKL, 2026, 10, 22, 9, 15, wd="Thursday")
    end = start + timedelta(minutes=30)
    assert start.astimezone(UTC).day == 21  # UTC date is the day before
    text = f"""Kia ora Aroha,

Petone Vet Hospital has confirmed your interview time.

Role: {role}
Employer: Petone Vet Hospital, Lower Hutt, Wellington
When: Thu 22 Oct 2026, 9:15am – 9:45am (NZDT)
Type: Phone interview – Rachel will call you on {OWNER_MOBILE}
Interviewer: Rachel Vaughan, Practice Manager

Need to change something? Message Rachel through your VetCareers inbox or email her directly at {rach[1]}.

Good luck!
The VetCareers NZ team

You're receiving this email because you applied for a job on VetCareers NZ.
Manage notifications: https://www.vetcareers-nz.example/account/notifications
"""
    uid = "int-" + hx("c12uid", 12, "0123456789") + "@vetcareers-nz.example"
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//VetCareers NZ//Interview Scheduler 3.2//EN",
               "METHOD:PUBLISH", "BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{z(sent)}", f"DTSTART:{z(start)}",
               f"DTEND:{z(end)}", "SUMMARY:" + esc("Phone interview – Petone Vet Hospital – " + role),
               "DESCRIPTION:" + esc(f"Rachel Vaughan (Practice Manager) will call you on {OWNER_MOBILE}."),
               f"ORGANIZER;CN={board[0]}:mailto:{board[1]}", "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT",
               "END:VCALENDAR"])
    m = mail(frm=board, to=[ME], date=sent, subject=f"Interview confirmed: Petone Vet Hospital – Veterinarian",
             msgid=f"<{hx('c12m', 24, '0123456789abcdef')}.{hx('c12n', 8, '0123456789')}@vetcareers-nz.example>",
             text=text, client="system", host="o7.email.vetcareers-nz.example", ip="198.51.100.203",
             extra=[("List-Unsubscribe", "<https://www.vetcareers-nz.example/account/notifications>"),
                    ("Auto-Submitted", "auto-generated")],
             attachments=[leaf('text/calendar; charset="UTF-8"; method=PUBLISH; name="interview.ics"', cal, "base64",
                               ('Content-Disposition: attachment; filename="interview.ics"',))])
    lab = label([iv("Petone Vet Hospital", role, start, end, "scheduled", [rach[1]], [rach[1]], "phone_screen")],
                "medium", "positive/job-board-notification-ics-utc",
                "Job-board notification from a no-reply sender confirming a phone interview Thu 22 Oct 9:15 NZDT; "
                "the attached .ics uses UTC (DTSTART 20261021T201500Z, the previous UTC day). The practice manager "
                "who calls is the interviewer and her address is in the text.")
    return slug, [("01-interview-confirmed-petone.eml", m)], lab


@case
def c13():
    slug = "b234-13-agency-forwards-clinic-note"
    ng = ("Ngaire Lawson", "ngaire@tuivetrecruitment.example")
    cr = ("Craig Ruddock", "craig@takapunabeachvets.example")
    role = "Senior Companion Animal Veterinarian"
    fwd_date = T(AKL, 2026, 10, 28, 17, 41, wd="Wednesday")
    sent = T(AKL, 2026, 10, 29, 9, 2, 47, wd="Thursday")
    start = T(AKL, 2026, 11, 4, 12, 30, wd="Wednesday")
    text = f"""Kia ora Aroha,

Good news – see Craig's note below about the {role} role at Takapuna Beach Vets. I've confirmed Wednesday 4 November at 12:30pm at the clinic, as you mentioned Wednesdays are your day off. Craig will interview you himself; allow about an hour. Parking is behind the building off Hurstmere Road.

If anything changes, let me know and I'll sort it with Craig.

Ngā mihi,
Ngaire

Ngaire Lawson | Recruitment Consultant
Tūī Vet Recruitment | 022 413 0000

---------- Forwarded message ---------
From: {cr[0]} <{cr[1]}>
Date: Wed, 28 Oct 2026 at 17:41
Subject: Aroha Whitcombe – interview
To: {ng[0]} <{ng[1]}>


Hi Ngaire,

Thanks for sending Aroha's CV through – she looks great. I'd like to meet her in person at the clinic. Could she do next Wednesday (4 Nov) at 12.30? I'll block out an hour. I'm in theatre most mornings so that's the best slot.

Cheers,
Craig

--
Dr Craig Ruddock | Clinical Director
Takapuna Beach Vets | 5 Hurstmere Road, Takapuna, Auckland 0622
"""
    assert fwd_date < sent
    m = mail(frm=ng, to=[ME], date=sent, subject="Fwd: Aroha Whitcombe – interview", msgid=gmail_id("c13"),
             text=text, client="gmail", host="mail-oi1-f178.google.com", ip="209.85.167.178")
    lab = label([iv("Takapuna Beach Vets", role, start, start + timedelta(hours=1), "scheduled", [cr[1]], [cr[1]],
                    "hiring_manager")],
                "medium", "positive/forwarded-agency",
                "Agency consultant forwards the clinic director's note and confirms in-person Wed 4 Nov 12:30 NZDT, "
                "~1 hour. Director conducts it alone; his address is in the forwarded header block -> interviewer "
                "and follow-up recipient.")
    return slug, [("01-fwd-aroha-interview.eml", m)], lab


# =================================================================================================
# NEGATIVE CASES (look-alikes)
# =================================================================================================
@case
def c14():
    slug = "b234-14-client-consult-booking"
    frm = ("Kingsland Village Vets", "bookings@vetbook-online.example")
    sent = T(AKL, 2026, 9, 9, 20, 14, 3, wd="Wednesday")
    start = T(AKL, 2026, 9, 10, 15, 45, wd="Thursday")
    end = start + timedelta(minutes=45)
    text = f"""New online booking

Hi Dr Aroha Whitcombe,

A new appointment has been booked into your column via online booking.

When: Thursday 10 September 2026, 3:45pm – 4:30pm
Appointment type: Behaviour consultation – initial (45 min)
Client: Denise Kumar (new client) – 027 555 0192 – denise.kumar@example.net
Patient: Milo – Cavoodle, 2y, male neutered

Client notes: "Milo has been really anxious since we moved house – barking when we leave and not eating. Happy to fill in a questionnaire or do a full history interview before the consult if that helps."

View the appointment in VetBook: https://app.vetbook-online.example/kingsland/appointments/{hx('c14a', 8, '0123456789')}

Kingsland Village Vets | 452 New North Road, Kingsland, Auckland 1021
This is an automated message from VetBook Online. Please don't reply to this email.
"""
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//VetBook Online//Appointments 5.1//EN", "METHOD:REQUEST"]
              + OLSON_AKL + ["BEGIN:VEVENT", f"UID:appt-{hx('c14u', 10, '0123456789')}@vetbook-online.example",
                             "SEQUENCE:0", f"DTSTAMP:{z(sent)}", f"DTSTART;TZID=Pacific/Auckland:{loc(start)}",
                             f"DTEND;TZID=Pacific/Auckland:{loc(end)}",
                             "SUMMARY:" + esc("Behaviour consult – Milo (Denise Kumar)"),
                             "LOCATION:" + esc("Consult room 2, Kingsland Village Vets"),
                             "DESCRIPTION:" + esc("Behaviour consultation – initial (45 min). New client."),
                             f"ORGANIZER;CN={frm[0]}:mailto:{frm[1]}", att("Dr Aroha Whitcombe", OWNER, "ACCEPTED", rsvp=False),
                             "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    m = mail(frm=frm, to=[ME], date=sent, subject="New booking: Dr Aroha Whitcombe – Thu 10 Sep 3:45pm – Milo",
             msgid=f"<{hx('c14m', 32)}@vetbook-online.example>", text=text, client="system",
             host="smtp.vetbook-online.example", ip="198.51.100.31", extra=[("Auto-Submitted", "auto-generated")],
             attachments=[ical_att(cal, "appointment.ics")])
    lab = label([], "medium", "negative/client-consult-booking",
                "Practice-management booking for a client consult in the owner's own column (calendar invite, "
                "'history interview' in the client's notes). Clinical work, not a hiring process.")
    return slug, [("01-new-booking-behaviour-consult.eml", m)], lab


@case
def c15():
    slug = "b234-15-cpd-webinar-interview-skills"
    frm = ("NZ Companion Animal Vets CPD", "no-reply@zoom.us")
    rt = ("NZ Companion Animal Vets CPD", "cpd@nzcav-cpd.example")
    title = "Landing the job: interview skills & contract negotiation for vets"
    d1 = T(AKL, 2026, 10, 12, 21, 3, 44, wd="Monday")
    d2 = T(AKL, 2026, 10, 21, 18, 30, 0, wd="Wednesday")
    wid = "872 " + hx("c15w", 4, "0123456789") + " " + hx("c15x", 4, "0123456789")
    t1 = f"""Hi Aroha Whitcombe,

Thank you for registering for "{title}".

Please submit any questions to: cpd@nzcav-cpd.example

Date & Time: Oct 21, 2026 07:30 PM Auckland, Wellington

Join from PC, Mac, iPad, or Android:
https://us06web.zoom.us/w/{wid.replace(' ', '')}?tk={hx('c15tk', 40, ALNUM)}
Passcode: {hx('c15pc', 6, '0123456789')}

Add to Calendar: Google Calendar | Outlook Calendar (.ics) | Yahoo Calendar

Description:
Thinking about your next role? A vet recruitment consultant and two clinic owners share what they look for in a first interview, how to handle a working interview or trial shift, and how to negotiate your contract, CPD allowance and after-hours roster. 1 CPD point (NZVA-recognised). Recording available to registrants for 30 days.

Webinar ID: {wid}

You can cancel your registration at any time.
"""
    m1 = mail(frm=frm, to=[ME], reply_to=rt, date=d1, subject=f"{title} Confirmation",
              msgid=f"<{hx('c15m1', 20, ALNUM)}@zoom.us>", text=t1, client="system",
              host="o1.ptr4031.zoom.us", ip="198.51.100.161")
    t2 = f"""Hi Aroha Whitcombe,

This is a reminder that "{title}" will begin in 1 hour on:

Date & Time: Oct 21, 2026 07:30 PM Auckland, Wellington

Join from PC, Mac, iPad, or Android:
https://us06web.zoom.us/w/{wid.replace(' ', '')}?tk={hx('c15tk', 40, ALNUM)}

Webinar ID: {wid}
"""
    m2 = mail(frm=frm, to=[ME], reply_to=rt, date=d2, subject=f"Reminder: {title} starts in 1 hour",
              msgid=f"<{hx('c15m2', 20, ALNUM)}@zoom.us>", text=t2, client="system",
              host="o1.ptr4031.zoom.us", ip="198.51.100.161")
    lab = label([], "medium", "negative/cpd-webinar",
                "Zoom webinar registration + reminder for a CPD session about interview skills (words 'interview', "
                "'working interview', a fixed date/time). Not a hiring conversation for the owner.")
    return slug, [("01-webinar-registration-confirmation.eml", m1), ("02-webinar-reminder.eml", m2)], lab


@case
def c16():
    slug = "b234-16-vcnz-cpd-audit-interview"
    pri = ("Priya Deshmukh", "priya.deshmukh@vetcouncil-nz.example")
    sent = T(AKL, 2026, 10, 5, 10, 12, 50, wd="Monday")
    start = T(AKL, 2026, 10, 14, 12, 30, wd="Wednesday")
    end = start + timedelta(minutes=30)
    teams_txt, url = teams_block("c16")
    inner = f"""Tēnā koe Dr Whitcombe,

As advised in our letter of 28 September, your practising certificate renewal has been selected for this year's CPD audit. This 30-minute interview with a Registration Officer is an opportunity to talk through your CPD record and reflective learning log for the 2025/26 year.

Please have your CPD records to hand. If this time doesn't suit, reply to this email and I'll find another slot.

Ngā mihi,
Priya Deshmukh
Registration Officer
Veterinary Council of New Zealand | Te Kaunihera Rata Kararehe o Aotearoa

{teams_txt}
"""
    body = f"""{when_line(start, end, "(UTC+12:00) Auckland, Wellington")}
Where: Microsoft Teams Meeting

*~*~*~*~*~*~*~*~*~*

{inner}"""
    summ = "VCNZ – CPD audit interview – Dr Aroha Whitcombe (reg. 2817)"
    uid = "040000008200E00074C5B7101A82E00800000000" + hx("c16uid", 72, UPHEX)
    cal = outlook_ical(method="REQUEST", uid=uid, seq=0, organizer=pri,
                       attendees=[("Dr Aroha Whitcombe", OWNER, "NEEDS-ACTION")], summary=summ, start=start, end=end,
                       tzblock=WIN_NZ, tzid="New Zealand Standard Time", desc=inner, stamp=sent, teams_url=url)
    m = outlook_invite(frm=pri, to=[("Dr Aroha Whitcombe", OWNER)], date=sent, subject=summ,
                       msgid=outlook_id("c16"), body_text=body, cal=cal,
                       host="mail-sy4aus01on2085.outbound.protection.outlook.com", ip="40.107.107.85")
    lab = label([], "hard", "negative/regulatory-interview",
                "Teams invite from the veterinary council for a CPD-audit 'interview' (NZ Standard Time TZID, fixed "
                "time). Regulatory/registration call, not a job interview.")
    return slug, [("01-vcnz-cpd-audit-interview.eml", m)], lab


@case
def c17():
    slug = "b234-17-locum-shift-confirmation"
    mia = ("Mia Sutherland", "mia@vetlocums-aotearoa.example")
    sent = T(AKL, 2026, 10, 20, 15, 22, 9, wd="Tuesday")
    start = T(AKL, 2026, 10, 31, 8, 0, wd="Saturday")
    end = T(AKL, 2026, 10, 31, 18, 0)
    text = f"""Kia ora Aroha,

Thanks for picking this one up – you're confirmed for the following locum shift:

Clinic: Island Bay Vets, 142 The Parade, Island Bay, Wellington
Date: Saturday 31 October 2026
Hours: 8:00am – 6:00pm (consults until 12, then surgery and hospital)
Report to: Dr Hamish Reid (Clinical Director)
Rate: $98/hr + travel; flights AKL–WLG Friday 30 Oct 6:05pm, returning Sunday morning

Island Bay are recruiting for a permanent vet at the moment so they're a bit short on weekends – they really appreciate you helping out. Timesheet to me by the Tuesday after please.

Calendar invite attached.

Ngā mihi,
Mia

Mia Sutherland | Locum Coordinator
VetLocums Aotearoa | 0800 838 562
"""
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
               "METHOD:REQUEST"] + OLSON_AKL +
              ["BEGIN:VEVENT", f"UID:{hx('c17u', 32, UPHEX)}", "SEQUENCE:0", f"DTSTAMP:{z(sent)}",
               f"DTSTART;TZID=Pacific/Auckland:{loc(start)}", f"DTEND;TZID=Pacific/Auckland:{loc(end)}",
               "SUMMARY:" + esc("Locum shift – Island Bay Vets (report to Dr Hamish Reid)"),
               "LOCATION:" + esc("Island Bay Vets, 142 The Parade, Island Bay, Wellington"),
               f"ORGANIZER;CN={mia[0]}:mailto:{mia[1]}", att(OWNER_NAME, OWNER), "STATUS:CONFIRMED",
               "END:VEVENT", "END:VCALENDAR"])
    m = mail(frm=mia, to=[ME], date=sent, subject="Shift confirmed – Island Bay Vets, Wellington – Sat 31 Oct",
             msgid=outlook_id("c17"), text=text, host="mail-sy4aus01on2099.outbound.protection.outlook.com",
             ip="40.107.107.99", attachments=[ical_att(cal, "Locum shift - Island Bay Vets.ics")])
    lab = label([], "hard", "negative/locum-shift",
                "Locum agency confirms a paid Saturday shift with report-to vet, hours and an .ics; mentions the clinic "
                "is recruiting. Paid work, not a working interview/hiring step for the owner.")
    return slug, [("01-shift-confirmed-island-bay.eml", m)], lab


@case
def c18():
    slug = "b234-18-owner-interviews-vet-nurse"
    deb = ("Deb Wallace", "deb.wallace@kingslandvets.example")
    sent = T(AKL, 2026, 11, 2, 9, 40, 18, wd="Monday")
    start = T(AKL, 2026, 11, 5, 13, 30, wd="Thursday")
    end = start + timedelta(minutes=45)
    g = google_invite(org=deb, guests=[(deb[0], deb[1], "organiser"), (OWNER_NAME, OWNER, None)], date=sent,
                      summary="Interview: Kiri Tane – Veterinary Nurse (RVN)", start=start, end=end,
                      tzname="New Zealand Time", tzabbr="NZDT",
                      uid=hx("c18u", 26, "abcdefghijklmnopqrstuv0123456789") + "@google.com", seq=0,
                      msgid=google_msgid("c18"), meet="wcn-pfab-hye", created=sent, phone="(NZ) +64 9 951",
                      desc="Aroha – can you sit on the panel with me for this one and take the clinical questions? "
                           "Kiri's CV and cover letter are in the Recruitment folder on the shared drive, along with "
                           "the scoring sheet. She'll come to reception at 1.25.\n\nIn person – staff room.")
    lab = label([], "hard", "negative/user-is-interviewer",
                "Internal Google invite: the owner sits on the panel interviewing a vet nurse applicant at her "
                "current clinic. The user is the interviewer, not the candidate.")
    return slug, [("01-invitation-interview-kiri-tane.eml", g)], lab


@case
def c19():
    slug = "b234-19-rejection-after-interview"
    lyd = ("Lydia Grant", "lydia@sumnervets.example")
    sent = T(AKL, 2026, 10, 23, 15, 10, 27, wd="Friday")
    assert T(AKL, 2026, 10, 20, wd="Tuesday")
    text = """Kia ora Aroha,

Thank you for taking the time to interview with Dr Paul Evans and me on Tuesday 20 October at 2pm – we both really enjoyed our conversation.

After a lot of thought we've decided to offer the Veterinarian position to another candidate whose availability better matches our weekend roster. This was a genuinely difficult decision.

With your permission we'd like to keep your details on file, and we'd be happy to give you feedback over the phone if that would be useful.

All the best with your search.

Ngā mihi,
Lydia

Lydia Grant | Practice Manager
Sumner Seaside Vets | 18 Wakefield Avenue, Sumner, Christchurch 8081
"""
    m = mail(frm=lyd, to=[ME], date=sent, subject="Your application – Veterinarian – Sumner Seaside Vets",
             msgid=gmail_id("c19"), text=text, client="gmail", host="mail-yb1-f180.google.com", ip="209.85.219.180")
    lab = label([], "easy", "negative/rejection-after-interview",
                "Rejection that mentions a past interview date and time; nothing upcoming.")
    return slug, [("01-your-application-sumner.eml", m)], lab


@case
def c20():
    slug = "b234-20-jobadder-choose-a-time"
    josh = ("Josh Whitaker", "josh.whitaker@baysidevetrecruit.example")
    sent = T(MEL, 2026, 11, 3, 11, 40, 2, wd="Tuesday")
    s1 = T(MEL, 2026, 11, 10, 9, 0, wd="Tuesday")
    s3 = T(MEL, 2026, 11, 11, 14, 0, wd="Wednesday")
    assert s1.utcoffset() == H(11) and (s1.astimezone(AKL).hour - s1.hour) == 2
    text = f"""Hi Aroha,

Moonee Ponds Veterinary Hospital would like to interview you for their Senior Veterinarian role – congratulations!

Please choose a time that suits you using the link below. The first available slots are:

  • Tue 10 Nov – 9:00am or 9:30am
  • Wed 11 Nov – 2:00pm

All times are Melbourne time (AEDT) – add two hours for Auckland. Interviews are 30 minutes over Teams with Dr Claire Donovan (Clinical Director).

Book your interview: https://app.jobadder.com/interviews/book/{hx('c20b', 22, ALNUM)}

Once you've picked a slot you'll receive a calendar invitation. If none of these times work, reply to this email and I'll ask for more options.

Cheers,

Josh Whitaker
Consultant – Veterinary & Animal Health
Bayside Vet Recruitment | +61 3 9000 4417
"""
    html = to_html(text).replace("</body>", '<img src="https://track.jobadder.com/o/' + hx("c20px", 24, ALNUM) +
                                 '.gif" width="1" height="1" alt=""></body>')
    m = mail(frm=josh, to=[ME], date=sent,
             subject="Action required: book your interview – Moonee Ponds Veterinary Hospital",
             msgid=f"<{hx('c20m', 32)}@mail.jobadder.com>", text=text, html=html, client="system",
             host="smtp-out-2.jobadder.com", ip="198.51.100.142",
             extra=[("X-Mailer", "JobAdder"), ("X-JobAdder-Message", hx("c20x", 10, "0123456789"))])
    lab = label([], "hard", "negative/availability-request",
                "JobAdder self-scheduling request listing candidate slots (AEDT) and a booking link; nothing booked "
                "in the case.")
    return slug, [("01-book-your-interview-moonee-ponds.eml", m)], lab


@case
def c21():
    slug = "b234-21-job-alert-interviewing-now"
    frm = ("VetCareers NZ", "alerts@vetcareers-nz.example")
    sent = T(AKL, 2026, 11, 8, 7, 0, 0, wd="Sunday")
    text = """Kia ora Aroha,

6 new jobs match your saved search "Veterinarian – companion animal – NZ & Australia".

1. Veterinarian – Small Animal | Fernhill Vets, Brisbane QLD
   Interviewing now – interviews from Tue 10 Nov. Relocation support.
2. Associate Veterinarian | Hawthorn East Animal Clinic, Melbourne VIC
   Urgent – employer is interviewing this week.
3. Companion Animal Vet (4-day week) | Johnsonville Vets, Wellington
   Closes Friday 13 November, 5pm.
4. Emergency Veterinarian | Hornby After Hours, Christchurch
   Trial shift available for the right candidate.
5. Graduate/Recent Graduate Vet | Papakura Animal Hospital, Auckland
6. Locum Veterinarian (3 months) | Cambridge Vet Services, Waikato

View all jobs: https://www.vetcareers-nz.example/jobs?alert=8813

Tip: Employers marked "Interviewing now" usually reply within 48 hours.

You're receiving this job alert because you created it on VetCareers NZ. Unsubscribe: https://www.vetcareers-nz.example/alerts/unsubscribe
"""
    m = mail(frm=frm, to=[ME], date=sent, subject="6 new vet jobs for you – 2 employers interviewing this week",
             msgid=f"<{hx('c21m', 24)}.{hx('c21n', 8, '0123456789')}@vetcareers-nz.example>", text=text,
             client="system", host="o7.email.vetcareers-nz.example", ip="198.51.100.203",
             extra=[("List-Unsubscribe", "<https://www.vetcareers-nz.example/alerts/unsubscribe>"),
                    ("Precedence", "bulk")])
    lab = label([], "easy", "negative/job-alert",
                "Job-board alert with 'interviewing now' and dates; no interview for the owner.")
    return slug, [("01-job-alert.eml", m)], lab


@case
def c22():
    slug = "b234-22-workday-one-way-video"
    frm = ("Pet Health Australia Group", "pethealthau@myworkday.com")
    sent = T(BNE, 2026, 11, 2, 9, 5, 41, wd="Monday")
    deadline = T(BNE, 2026, 11, 6, 23, 59, wd="Friday")
    text = f"""Hi Aroha,

Thank you for applying for Veterinarian – Brisbane Northside (R-26-10482) with Pet Health Australia Group.

The next step is a recorded video interview. Please complete it by 11:59 PM AEST, {DAYS[deadline.weekday()]} {deadline.day} November 2026.

This is a one-way interview: you'll see five questions on screen and have up to two minutes to record each answer. There is no live interviewer, and you can complete it at any time before the deadline from your laptop or phone.

Start your video interview: https://app.hirevue.com/interviews/{hx('c22h', 20, ALNUM)}

To check the status of your application, sign in to Candidate Home:
https://wd3.myworkday.com/pethealthau/d/home.htmld

Kind regards,
Talent Acquisition
Pet Health Australia Group

This is a system-generated email. Please do not reply.
"""
    m = mail(frm=frm, to=[ME], date=sent,
             subject="Next step: complete your video interview – Veterinarian, Brisbane Northside (R-26-10482)",
             msgid=f"<{hx('c22wd', 20, '0123456789')}.JavaMail.wdprod@wd3-prod-mail-04.myworkday.com>", text=text,
             client="system", host="mail-out-04.myworkday.com", ip="198.51.100.79")
    lab = label([], "medium", "negative/one-way-video-assessment",
                "Workday request to complete a recorded one-way video interview by a deadline; no live conversation.")
    return slug, [("01-complete-your-video-interview.eml", m)], lab


# =================================================================================================
def main():
    for name in sorted(os.listdir(HERE)):
        if name.startswith("b234-") and os.path.isdir(os.path.join(HERE, name)):
            shutil.rmtree(os.path.join(HERE, name))
    labels = {}
    seen = set()
    for n, fn in enumerate(CASES, 1):
        slug, files, lab = fn()
        assert slug.startswith(f"b234-{n:02d}-") and slug not in seen, slug
        seen.add(slug)
        os.makedirs(os.path.join(HERE, slug))
        names = [f for f, _ in files]
        assert names == sorted(names)
        for fname, content in files:
            assert fname.endswith((".eml", ".ics", ".gcal.json")), fname
            data = content.encode("utf-8")
            if fname.endswith(".eml"):
                assert all(b < 128 for b in data), f"non-ASCII byte in {slug}/{fname}"
            with open(os.path.join(HERE, slug, fname), "wb") as fh:
                fh.write(data)
        labels[slug] = lab
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("# Labels for blind234 (written blind). Schema: /work/shared/eval/README.md\n")
        fh.write(yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=110))
    pos = sum(1 for v in labels.values() if v["interview"])
    ivs = [i for v in labels.values() for i in v["interviews"]]
    print(f"{len(labels)} cases, {pos} positive, {len(labels) - pos} negative, {len(ivs)} interviews "
          f"({sum(i['status'] == 'scheduled' for i in ivs)} scheduled, {sum(i['status'] == 'cancelled' for i in ivs)} cancelled)")


if __name__ == "__main__":
    main()
