#!/usr/bin/env python3
"""Generate the blind284 evaluation set (Canadian banking & energy hiring, Calgary/Toronto).

Deterministic: every date, Message-ID, UID and MIME boundary is fixed or derived from a
SHA-256 hash of SEED. Re-running deletes and rewrites every b284-* folder, labels.yaml and
README.md next to this script. Standard library + PyYAML + zoneinfo only.
"""
import base64
import hashlib
import json
import quopri
import shutil
from datetime import date, datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

OUT = Path(__file__).resolve().parent
SEED = "blind284-canada-banking-energy"
OWNER = "liam.tremblay@example.com"
OWNER_NAME = "Liam Tremblay"
UTC = timezone.utc

TZ = {
    "edm": ZoneInfo("America/Edmonton"),
    "tor": ZoneInfo("America/Toronto"),
    "van": ZoneInfo("America/Vancouver"),
    "reg": ZoneInfo("America/Regina"),
    "mtl": ZoneInfo("America/Toronto"),  # Montreal follows Eastern time
    "chi": ZoneInfo("America/Chicago"),
    "la": ZoneInfo("America/Los_Angeles"),
}

# ---------------------------------------------------------------- calendar sanity checks
def _check_calendar():
    assert date(2026, 10, 1).strftime("%A") == "Thursday"
    assert date(2026, 11, 1).strftime("%A") == "Sunday"          # US/Canada fall-back day
    assert date(2026, 3, 8).strftime("%A") == "Sunday"           # US/Canada spring-forward day
    assert date(2026, 10, 25).strftime("%A") == "Sunday"         # EU/UK fall-back day
    assert date(2026, 3, 29).strftime("%A") == "Sunday"
    assert date(2026, 10, 12).strftime("%A") == "Monday"         # Canadian Thanksgiving (avoided)
    edm = TZ["edm"]
    assert datetime(2026, 10, 31, 12, tzinfo=edm).utcoffset() == timedelta(hours=-6)
    assert datetime(2026, 11, 1, 12, tzinfo=edm).utcoffset() == timedelta(hours=-7)
    assert datetime(2026, 3, 8, 1, tzinfo=edm).utcoffset() == timedelta(hours=-7)
    assert datetime(2026, 3, 8, 3, tzinfo=edm).utcoffset() == timedelta(hours=-6)
    tor = TZ["tor"]
    assert datetime(2026, 10, 31, 12, tzinfo=tor).utcoffset() == timedelta(hours=-4)
    assert datetime(2026, 11, 2, 12, tzinfo=tor).utcoffset() == timedelta(hours=-5)
    van = TZ["van"]
    assert datetime(2026, 10, 20, 12, tzinfo=van).utcoffset() == timedelta(hours=-7)
    assert datetime(2026, 11, 2, 12, tzinfo=van).utcoffset() == timedelta(hours=-8)
    reg = TZ["reg"]
    for d in (date(2026, 1, 15), date(2026, 7, 15), date(2026, 10, 29), date(2026, 11, 4)):
        assert datetime(d.year, d.month, d.day, 10, tzinfo=reg).utcoffset() == timedelta(hours=-6)
    lon = ZoneInfo("Europe/London")
    assert datetime(2026, 10, 24, 12, tzinfo=lon).utcoffset() == timedelta(hours=1)
    assert datetime(2026, 10, 26, 12, tzinfo=lon).utcoffset() == timedelta(hours=0)


def D(tz, y, m, d, hh=0, mi=0, ss=0, wd=None, off=None):
    """Aware datetime; asserts weekday name and UTC offset ('-06:00') when given."""
    dt = datetime(y, m, d, hh, mi, ss, tzinfo=TZ[tz])
    if wd is not None:
        assert dt.strftime("%A") == wd, (dt, wd)
    if off is not None:
        assert iso(dt)[-6:] == off, (dt, off)
    return dt


def WD(y, m, d, name):
    assert date(y, m, d).strftime("%A") == name, (y, m, d, name)


def iso(dt):
    return dt.isoformat(timespec="seconds")


def same_instant(a, b):
    assert a.astimezone(UTC) == b.astimezone(UTC), (a, b)


def zstamp(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def local_stamp(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


def hx(*parts, n=32):
    return hashlib.sha256("|".join((SEED,) + tuple(str(p) for p in parts)).encode()).hexdigest()[:n]


def b64id(*parts, n=24):
    raw = hashlib.sha256("|".join((SEED,) + tuple(str(p) for p in parts)).encode()).digest()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=").replace("-", "x").replace("_", "Q")[:n]


def digits(*parts, n=10):
    return str(int(hx(*parts, n=20), 16))[:n]


def msgid(case, key, style, domain=None):
    if style == "gmail":
        return f"<CA{b64id(case, key, 'mid', n=30)}@mail.gmail.com>"
    if style == "outlook":
        h = hx(case, key, "mid", n=40).upper()
        return f"<YT{h[:2]}PR01MB{h[2:6]}{h[6:30]}@YT{h[:2]}PR01MB{h[2:6]}.CANPRD01.PROD.OUTLOOK.COM>"
    if style == "owner":
        return f"<{hx(case, key, 'mid', n=16)}.{hx(case, key, 'm2', n=8)}@mail.example.com>"
    return f"<{hx(case, key, 'mid', n=12)}.{hx(case, key, 'm2', n=16)}@{domain}>"


def boundary(case, key, style="generic", i=0):
    h = hx(case, key, "bnd", i, n=28)
    if style == "google":
        return "000000000000" + h[:12]
    if style == "outlook":
        return f"_00{i}_{h[:20].upper()}prodoutlookcom_"
    return f"----=_Part_{int(h[:8], 16) % 900000 + 100000}_{int(h[8:16], 16)}.{int(h[16:26], 16)}"


# ---------------------------------------------------------------- headers
def enc_words(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def addr(name, email):
    if not name:
        return email
    if name.isascii() and any(c in name for c in ',.()@"') and not name.startswith('"'):
        name = '"' + name + '"'
    return f"{enc_words(name)} <{email}>"


def addrs(lst):
    return ", ".join(addr(n, e) for n, e in lst)


# ---------------------------------------------------------------- MIME parts
def leaf(ctype, payload, enc, extra=()):
    data = payload.encode("utf-8") if isinstance(payload, str) else payload
    if enc == "qp":
        body = quopri.encodestring(data).decode("ascii")
        cte = "quoted-printable"
    elif enc == "b64":
        body = base64.encodebytes(data).decode("ascii")
        cte = "base64"
    else:
        body = data.decode("ascii")  # 7bit must be ASCII
        cte = "7bit"
    if not body.endswith("\n"):
        body += "\n"
    return [f"Content-Type: {ctype}", f"Content-Transfer-Encoding: {cte}", *extra], body


def multi(subtype, parts, bnd):
    out = []
    for h, b in parts:
        out.append(f"--{bnd}\n" + "\n".join(h) + "\n\n" + b)
    body = "".join(out) + f"--{bnd}--\n"
    return [f'Content-Type: multipart/{subtype}; boundary="{bnd}"'], body


def email_bytes(*, case, frm, to, date_dt, subject, mid, part, cc=None, reply_to=None,
                irt=None, refs=None, extra=(), sender=None, delivered_to=OWNER, relay="mx.example.com"):
    when = format_datetime(date_dt)
    rcv = format_datetime(date_dt.astimezone(UTC) + timedelta(seconds=3)).replace("-0000", "+0000")
    h = [f"Delivered-To: {delivered_to}",
         f"Received: by 2002:a05:7300:{hx(case, mid, 'rcv', n=4)}:b0:{hx(case, mid, 'rc2', n=3)}:"
         f"{hx(case, mid, 'rc3', n=4)} with SMTP id {b64id(case, mid, 'smtp', n=12)};\n        {rcv}",
         f"Return-Path: <{frm[1] if not sender else sender[1]}>",
         f"From: {addr(*frm)}"]
    if sender:
        h.append(f"Sender: {addr(*sender)}")
    if reply_to:
        h.append(f"Reply-To: {addr(*reply_to)}")
    h.append(f"To: {addrs(to)}")
    if cc:
        h.append(f"Cc: {addrs(cc)}")
    h += [f"Subject: {enc_words(subject)}", f"Date: {when}", f"Message-ID: {mid}"]
    if irt:
        h.append(f"In-Reply-To: {irt}")
    if refs:
        h.append("References: " + "\n ".join(refs))
    h += list(extra)
    h.append("MIME-Version: 1.0")
    ph, pb = part
    text = "\n".join(h + ph) + "\n\n" + pb
    return text.encode("utf-8")


def html_wrap(paras, font="Arial,Helvetica,sans-serif"):
    body = "\n".join(f"<p>{p}</p>" for p in paras)
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body><div style="font-family:{font};font-size:11pt">\n{body}\n</div></body></html>\n')


def esc_html(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#x27;")


def text_to_html(text, font="Arial,Helvetica,sans-serif"):
    paras = [esc_html(p).replace("\n", "<br>") for p in text.strip("\n").split("\n\n")]
    return html_wrap(paras, font)


def plain_and_html(case, key, text, tenc="qp", henc="qp", style="generic"):
    return multi("alternative", [leaf('text/plain; charset="UTF-8"', text, tenc),
                                 leaf('text/html; charset="UTF-8"', text_to_html(text), henc)],
                 boundary(case, key, style, 1))


# ---------------------------------------------------------------- iCalendar
def ical_esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line):
    out, cur, size = [], "", 0
    for ch in line:
        n = len(ch.encode("utf-8"))
        limit = 75 if not out else 74
        if size + n > limit:
            out.append(cur)
            cur, size = "", 0
        cur += ch
        size += n
    out.append(cur)
    return "\r\n ".join(out)


def ics_text(lines):
    return "".join(fold(l) + "\r\n" for l in lines)


OLSON = {  # tzid: (std offset, dst offset or None, std name, dst name)
    "America/Edmonton": ("-0700", "-0600", "MST", "MDT"),
    "America/Toronto": ("-0500", "-0400", "EST", "EDT"),
    "America/Vancouver": ("-0800", "-0700", "PST", "PDT"),
    "America/Regina": ("-0600", None, "CST", None),
}
WINDOWS = {  # Windows TZID: (std, dst or None, display label)
    "Eastern Standard Time": ("-0500", "-0400", "(UTC-05:00) Eastern Time (US & Canada)"),
    "Mountain Standard Time": ("-0700", "-0600", "(UTC-07:00) Mountain Time (US & Canada)"),
    "Canada Central Standard Time": ("-0600", None, "(UTC-06:00) Saskatchewan"),
}
WIN_TO_ZONE = {"Eastern Standard Time": "tor", "Mountain Standard Time": "edm",
               "Canada Central Standard Time": "reg"}


def vtz_olson(tzid):
    std, dst, sn, dn = OLSON[tzid]
    l = ["BEGIN:VTIMEZONE", f"TZID:{tzid}", f"X-LIC-LOCATION:{tzid}"]
    if dst:
        l += ["BEGIN:DAYLIGHT", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}", f"TZNAME:{dn}",
              "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
              "BEGIN:STANDARD", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}", f"TZNAME:{sn}",
              "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD"]
    else:
        l += ["BEGIN:STANDARD", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{std}", f"TZNAME:{sn}",
              "DTSTART:19700101T000000", "END:STANDARD"]
    return l + ["END:VTIMEZONE"]


def vtz_windows(tzid):
    std, dst, _ = WINDOWS[tzid]
    l = ["BEGIN:VTIMEZONE", f"TZID:{tzid}"]
    if dst:
        l += ["BEGIN:STANDARD", "DTSTART:16010101T020000", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}",
              "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11", "END:STANDARD",
              "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}",
              "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT"]
    else:
        l += ["BEGIN:STANDARD", "DTSTART:16010101T000000", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{std}",
              "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T000000", f"TZOFFSETFROM:{std}",
              f"TZOFFSETTO:{std}", "END:DAYLIGHT"]
    return l + ["END:VTIMEZONE"]


def check_tz_offset(dt, tzid):
    """The VTIMEZONE offsets we emit must agree with zoneinfo for the event instant."""
    if tzid in OLSON:
        std, dst = OLSON[tzid][:2]
    else:
        std, dst = WINDOWS[tzid][:2]
    o = dt.strftime("%z")
    assert o in (std, dst), (dt, tzid, o)


def attendee(name, email, partstat="NEEDS-ACTION", role="REQ-PARTICIPANT", google=False):
    if google:
        return (f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP=TRUE;"
                f"CN={name or email};X-NUM-GUESTS=0:mailto:{email}")
    return f"ATTENDEE;ROLE={role};PARTSTAT={partstat};RSVP=TRUE;CN={name or email}:mailto:{email}"


# ---------------------------------------------------------------- vendor templates
def teams_block(case, key):
    mid_ = b64id(case, key, "teams", n=44)
    return ("________________________________________________________________________________\n"
            "Microsoft Teams meeting\n"
            "Join on your computer, mobile app or room device\n"
            f"Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid_}%40thread.v2/0>\n"
            f"Meeting ID: {digits(case, key, 'tm', n=3)} {digits(case, key, 'tm2', n=3)} {digits(case, key, 'tm3', n=3)} {digits(case, key, 'tm4', n=3)}\n"
            f"Passcode: {b64id(case, key, 'pc', n=6)}\n"
            "Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | "
            "Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
            "Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>\n"
            "________________________________________________________________________________\n")


def outlook_when(start, end, wintz):
    label = WINDOWS[wintz][2]
    def t(d):
        return d.strftime("%I:%M %p").lstrip("0")
    return f"{start.strftime('%A, %B')} {start.day}, {start.year} {t(start)}-{t(end)} {label}."


def outlook_invite(case, key, *, org, required, sent, subject, body, start, end, wintz, uid, seq=0,
                   location="Microsoft Teams Meeting", teams=True, method="REQUEST", to=None, cc=None,
                   delivered_to=OWNER, extra_headers=(), owner_addr=OWNER, owner_cn=OWNER_NAME):
    check_tz_offset(start, wintz)
    check_tz_offset(end, wintz)
    assert start.tzinfo is TZ[WIN_TO_ZONE[wintz]] or TZ[WIN_TO_ZONE[wintz]].key == start.tzinfo.key
    cancel = method == "CANCEL"
    when = outlook_when(start, end, wintz)
    tb = teams_block(case, key) if teams else ""
    plain = f"When: {when}\nWhere: {location}\n\n*~*~*~*~*~*~*~*~*~*\n\n{body.strip()}\n\n{tb}"
    html = text_to_html(plain, "Aptos,Calibri,sans-serif")
    stamp = sent.astimezone(UTC)
    cal = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
           *vtz_windows(wintz), "BEGIN:VEVENT", f"ORGANIZER;CN={org[0]}:mailto:{org[1]}"]
    for n, e in required:
        cal.append(attendee(n, e))
    cal += [f"DESCRIPTION;LANGUAGE=en-US:{ical_esc(plain)}",
            f"UID:{uid}",
            f"SUMMARY;LANGUAGE=en-US:{ical_esc(subject)}",
            f"DTSTART;TZID={wintz}:{local_stamp(start)}",
            f"DTEND;TZID={wintz}:{local_stamp(end)}",
            "CLASS:PUBLIC", f"PRIORITY:{1 if cancel else 5}", f"DTSTAMP:{zstamp(stamp)}", "TRANSP:OPAQUE",
            f"STATUS:{'CANCELLED' if cancel else 'CONFIRMED'}", f"SEQUENCE:{seq}",
            f"LOCATION;LANGUAGE=en-US:{ical_esc(location)}",
            f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
            f"X-MICROSOFT-CDO-OWNERAPPTID:-{digits(case, uid, 'own', n=10)}",
            f"X-MICROSOFT-CDO-BUSYSTATUS:{'FREE' if cancel else 'TENTATIVE'}",
            f"X-MICROSOFT-CDO-INTENDEDSTATUS:{'FREE' if cancel else 'BUSY'}",
            "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", f"X-MICROSOFT-CDO-IMPORTANCE:{2 if cancel else 1}",
            "X-MICROSOFT-CDO-INSTTYPE:0"]
    if teams:
        cal.append(f"X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_"
                   f"{b64id(case, key, 'teams', n=44)}%40thread.v2/0")
    cal += ["X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
            f"X-MICROSOFT-LOCATIONDISPLAYNAME:{ical_esc(location)}"]
    if not cancel:
        cal += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY",
                "END:VALARM"]
    cal += ["END:VEVENT", "END:VCALENDAR"]
    ics = ics_text(cal)
    bnd = boundary(case, key, "outlook")
    part = multi("alternative", [leaf('text/plain; charset="utf-8"', plain, "qp"),
                                 leaf('text/html; charset="utf-8"', html, "qp"),
                                 leaf(f'text/calendar; charset="utf-8"; method={method}', ics, "b64")], bnd)
    to = to if to is not None else required
    extra = [f"Thread-Topic: {enc_words(subject.split(': ', 1)[-1] if cancel else subject)}",
             f"Thread-Index: {base64.b64encode(bytes.fromhex(hx(case, uid, 'ti', n=44))).decode()}",
             "Accept-Language: en-CA, en-US", "Content-Language: en-US", "X-MS-Has-Attach:",
             "X-MS-TNEF-Correlator:", "Content-class: urn:content-classes:calendarmessage",
             "x-ms-publictraffictype: Email", *extra_headers]
    return email_bytes(case=case, frm=org, to=to, cc=cc, date_dt=sent, subject=subject,
                       mid=msgid(case, key, "outlook"), part=part, extra=extra, delivered_to=delivered_to)


def gtime(dt):
    h = dt.hour % 12 or 12
    return f"{h}{':%02d' % dt.minute if dt.minute else ''}{'am' if dt.hour < 12 else 'pm'}"


def google_invite(case, key, *, org, guests, sent, title, start, end, tzid, tzlabel, description, uid,
                  seq=0, meet=True, location="", prefix="Invitation", owner_status="NEEDS-ACTION"):
    check_tz_offset(start, tzid)
    check_tz_offset(end, tzid)
    assert start.tzinfo.key == tzid
    abbr = start.tzname()
    gd = f"{start.strftime('%a %b')} {start.day}, {start.year} {gtime(start)} - {gtime(end)} ({abbr})"
    subject = f"{prefix}: {title} @ {gd} ({OWNER})"
    meet_code = f"{b64id(case, uid, 'm1', n=3).lower()}-{b64id(case, uid, 'm2', n=4).lower()}-{b64id(case, uid, 'm3', n=3).lower()}"
    meet_code = "".join(c if c.isalpha() else "k" for c in meet_code.replace("-", "_")).replace("_", "-")
    long_date = f"{start.strftime('%A %b')} {start.day}, {start.year} \u22c5 {gtime(start)} \u2013 {gtime(end)}"
    lines = [title, long_date, tzlabel, ""]
    if location:
        lines += ["Location", location, ""]
    if meet:
        lines += ["Join with Google Meet", f"https://meet.google.com/{meet_code}", "",
                  "Join by phone", f"(CA) +1 647-{digits(case, uid, 'ph', n=3)}-{digits(case, uid, 'ph2', n=4)} "
                  f"PIN: {digits(case, uid, 'pin', n=9)}#", ""]
    lines += ["Guests", f"{org[0]} - organizer"]
    lines += [n or e for n, e in guests if e != org[1]]
    lines += [f"View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid={b64id(case, uid, 'eid', n=40)}",
              "", description.strip(), "",
              f"Reply for {OWNER}", "", "Invitation from Google Calendar",
              f"You are receiving this email because you are an attendee on the event. To stop receiving future "
              f"updates for this event, decline this event.", ""]
    plain = "\n".join(lines)
    html = text_to_html(plain, "Roboto,Helvetica,Arial,sans-serif")
    cal = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
           "CALSCALE:GREGORIAN", "METHOD:REQUEST", *vtz_olson(tzid), "BEGIN:VEVENT",
           f"DTSTART;TZID={tzid}:{local_stamp(start)}", f"DTEND;TZID={tzid}:{local_stamp(end)}",
           f"DTSTAMP:{zstamp(sent)}", f"ORGANIZER;CN={org[0]}:mailto:{org[1]}", f"UID:{uid}"]
    for n, e in guests:
        ps = "ACCEPTED" if e == org[1] else (owner_status if e == OWNER else "NEEDS-ACTION")
        cal.append(attendee(n if e != OWNER else OWNER, e, ps, google=True))
    if meet:
        cal.append(f"X-GOOGLE-CONFERENCE:https://meet.google.com/{meet_code}")
    cal += [f"CREATED:{zstamp(sent - timedelta(minutes=6))}",
            f"DESCRIPTION:{ical_esc(description.strip())}",
            f"LAST-MODIFIED:{zstamp(sent)}", f"LOCATION:{ical_esc(location)}", f"SEQUENCE:{seq}",
            "STATUS:CONFIRMED", f"SUMMARY:{ical_esc(title)}", "TRANSP:OPAQUE",
            "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder",
            "TRIGGER:-P0DT0H10M0S", "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    ics = ics_text(cal)
    alt = multi("alternative", [leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', plain, "b64"),
                                leaf('text/html; charset="UTF-8"', html, "qp"),
                                leaf('text/calendar; charset="UTF-8"; method=REQUEST', ics, "7bit"
                                     if all(ord(c) < 128 for c in ics) else "b64")],
                boundary(case, key, "google", 2))
    att = leaf('application/ics; name="invite.ics"', ics, "b64",
               ['Content-Disposition: attachment; filename="invite.ics"'])
    part = multi("mixed", [alt, att], boundary(case, key, "google", 1))
    return email_bytes(case=case, frm=org, to=[(None, OWNER)], date_dt=sent, subject=subject,
                       mid=f"<calendar-{hx(case, uid, 'gm', n=8)}-{hx(case, uid, 'gm2', n=4)}-"
                           f"{hx(case, uid, 'gm3', n=4)}-{hx(case, uid, 'gm4', n=12)}@google.com>",
                       part=part, reply_to=org, sender=("Google Calendar", "calendar-notification@google.com"))


def simple_ics(*, prodid, method, tzid, start, end, uid, summary, description, organizer, attendees,
               location="", seq=0, stamp, utc=False, status="CONFIRMED", extra=()):
    if not utc:
        check_tz_offset(start, tzid)
        check_tz_offset(end, tzid)
    cal = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN", f"METHOD:{method}"]
    if not utc:
        cal += vtz_olson(tzid)
    cal += ["BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{zstamp(stamp)}"]
    if utc:
        cal += [f"DTSTART:{zstamp(start)}", f"DTEND:{zstamp(end)}"]
    else:
        cal += [f"DTSTART;TZID={tzid}:{local_stamp(start)}", f"DTEND;TZID={tzid}:{local_stamp(end)}"]
    cal += [f"SUMMARY:{ical_esc(summary)}", f"DESCRIPTION:{ical_esc(description.strip())}",
            f"LOCATION:{ical_esc(location)}", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    for n, e in attendees:
        cal.append(attendee(n, e))
    cal += [f"SEQUENCE:{seq}", f"STATUS:{status}", *extra, "END:VEVENT", "END:VCALENDAR"]
    return ics_text(cal)


def interview(company, role, start, end, status, interviewers, followup, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end) if end else None,
            "status": status, "interviewer_emails": list(interviewers),
            "followup_recipients": list(followup), "kind": kind}


def label(interviews, difficulty, category, notes):
    return {"user": OWNER, "interview": bool(interviews), "interviews": interviews,
            "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}


LIAM = (OWNER_NAME, OWNER)
CASES = []


def case(fn):
    CASES.append(fn)
    return fn


def exch_uid(case, key):
    return "040000008200E00074C5B7101A82E00800000000" + hx(case, key, "exuid", n=56).upper()


def quote(text, who, when):
    q = "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))
    return f"\n\nOn {when}, {who} wrote:\n{q}\n"


# ================================================================ positive cases
@case
def c_bowridge():
    slug = "bowridge-workday-phone-screen"
    sent = D("la", 2026, 10, 2, 9, 14, 22, wd="Friday", off="-07:00")
    start = D("edm", 2026, 10, 6, 10, 0, wd="Tuesday", off="-06:00")
    end = start + timedelta(minutes=30)
    jenna = ("Jenna Kowalski", "jenna.kowalski@bowridgeenergy.example")
    text = """Hi Liam,

Thank you for your interest in the Financial Analyst, Corporate Planning position (R-24817) at Bowridge Energy. We are pleased to confirm your phone interview.

Interview Type: Phone Screen
Date: Tuesday, October 6, 2026
Time: 10:00 AM - 10:30 AM Mountain Daylight Time (Calgary)
Interviewer: Jenna Kowalski, Talent Acquisition Partner
Format: Jenna will call you at the mobile number on your candidate profile (ending in 0147).

A calendar file is attached for your convenience. To review your application, sign in to your candidate home: https://wd3.myworkday.com/bowridge/d/home.htmld

If you need to reschedule, please contact Jenna directly at jenna.kowalski@bowridgeenergy.example rather than replying to this message; this mailbox is not monitored.

Regards,
Bowridge Energy Talent Acquisition
"""
    ics = simple_ics(prodid="-//Workday, Inc.//Workday Recruiting//EN", method="REQUEST",
                     tzid="America/Edmonton", start=start, end=end,
                     uid=f"wd-rec-{hx(slug, 'uid', n=20)}@myworkday.com",
                     summary="Phone Screen - Financial Analyst, Corporate Planning (R-24817) - Bowridge Energy",
                     description="Phone screen with Jenna Kowalski (Talent Acquisition Partner). "
                                 "Jenna will call your mobile number.",
                     organizer=("Bowridge Energy", "bowridgeenergy@myworkday.com"),
                     attendees=[LIAM, jenna], location="Phone call", stamp=sent)
    alt = multi("alternative", [leaf('text/plain; charset="UTF-8"', text, "qp"),
                                leaf('text/html; charset="UTF-8"', text_to_html(text), "b64")],
                boundary(slug, "m1", "generic", 2))
    att = leaf('text/calendar; charset="UTF-8"; method=REQUEST; name="Interview_Bowridge_Energy.ics"', ics,
               "b64", ['Content-Disposition: attachment; filename="Interview_Bowridge_Energy.ics"'])
    m1 = email_bytes(case=slug, frm=("Bowridge Energy", "bowridgeenergy@myworkday.com"), to=[LIAM], date_dt=sent,
                     subject="Interview Scheduled: Financial Analyst, Corporate Planning (R-24817)",
                     mid=msgid(slug, "m1", "x", "myworkday.com"), part=multi("mixed", [alt, att], boundary(slug, "m1")),
                     extra=["X-Mailer: Workday Notification Service"])
    lab = label([interview("Bowridge Energy", "Financial Analyst, Corporate Planning", start, end, "scheduled",
                           [jenna[1]], [jenna[1]], "phone_screen")],
                "easy", "positive/workday-ats-ics",
                "Workday notification with .ics attachment; recruiter Jenna does the phone screen (MDT, -06:00). "
                "Sender is a no-reply Workday address; follow-up goes to Jenna.")
    return slug, [("01-workday-interview-scheduled.eml", m1)], lab


@case
def c_harbourfront():
    slug = "harbourfront-teams-panel-edt"
    sent = D("tor", 2026, 10, 8, 10, 3, 11, wd="Thursday", off="-04:00")
    start = D("tor", 2026, 10, 14, 11, 0, wd="Wednesday", off="-04:00")
    end = start + timedelta(hours=1)
    same_instant(start, D("edm", 2026, 10, 14, 9, 0, off="-06:00"))
    org = ("Rebecca Okonkwo", "rebecca.okonkwo@harbourfrontbank.example")
    daniel = ("Daniel Fortin", "daniel.fortin@harbourfrontbank.example")
    sunita = ("Sunita Rampersad", "sunita.rampersad@harbourfrontbank.example")
    body = """Hello Liam,

Following your conversation with our recruiting team, we'd like to invite you to a panel interview for the Senior Financial Analyst, Commercial Banking Finance role (Req. 118452).

Your panel:
- Daniel Fortin, Director, Commercial Banking Finance
- Sunita Rampersad, Senior Manager, FP&A

The panel runs 60 minutes: roughly 40 minutes of behavioural and technical questions (variance analysis, forecasting, a little IFRS 9 provisioning) and time for your questions at the end. Since you're joining from Calgary, this is 9:00 a.m. your time.

I'm only coordinating and won't be on the call, but please reach out to me if anything changes.

Rebecca Okonkwo
Talent Acquisition Coordinator | Harbourfront Bank of Canada
416-555-0193"""
    m1 = outlook_invite(slug, "m1", org=org, required=[LIAM, daniel, sunita], sent=sent,
                        subject="Panel Interview: Liam Tremblay - Senior Financial Analyst, Commercial Banking Finance",
                        body=body, start=start, end=end, wintz="Eastern Standard Time", uid=exch_uid(slug, "u1"))
    lab = label([interview("Harbourfront Bank of Canada", "Senior Financial Analyst, Commercial Banking Finance",
                           start, end, "scheduled", [daniel[1], sunita[1]], [daniel[1], sunita[1]], "onsite")],
                "medium", "positive/exchange-teams-panel",
                "Teams invite with Windows TZID 'Eastern Standard Time'; the display label says (UTC-05:00) but "
                "Oct 14 is EDT, so 11:00 = -04:00 (09:00 MDT in Calgary). Coordinator is not on the panel.")
    return slug, [("01-teams-invite-panel.eml", m1)], lab


@case
def c_chinook():
    slug = "chinook-thread-propose-confirm"
    WD(2026, 10, 15, "Thursday")
    WD(2026, 10, 16, "Friday")
    trevor = ("Trevor Nakamura", "tnakamura@chinookmidstream.example")
    carla = ("Carla Ruiz", "carla.ruiz@chinookmidstream.example")
    subj = "Financial Analyst, Commercial Finance - meeting this week?"
    t1 = D("edm", 2026, 10, 13, 8, 47, 5, wd="Tuesday", off="-06:00")
    b1 = """Hi Liam,

Carla passed along your resume for the Financial Analyst opening on my team in Commercial Finance. Your background in gas marketing settlements lines up well with what we need, and I'd like to get together for an interview before the week is out.

Would either of these work?
  - Thursday, Oct 15 at 1:30 pm
  - Friday, Oct 16 at 9:00 am

We're at Suite 1800, 421 7 Ave SW. It would be in person, and it's just me this round.

Thanks,
Trevor Nakamura
Manager, Commercial Finance
Chinook Midstream Partners
403-555-0162
"""
    id1 = msgid(slug, "m1", "outlook")
    m1 = email_bytes(case=slug, frm=trevor, to=[LIAM], cc=[carla], date_dt=t1, subject=subj, mid=id1,
                     part=leaf('text/plain; charset="us-ascii"', b1, "7bit"))
    t2 = D("edm", 2026, 10, 13, 10, 5, 40, off="-06:00")
    b2 = ("Hi Trevor,\n\nThanks for reaching out. Friday the 16th at 9:00 works best for me; Thursday afternoon "
          "I'm tied up with month-end close.\n\nLooking forward to it.\n\nLiam"
          + quote(b1, "Trevor Nakamura <tnakamura@chinookmidstream.example>", "Tue, Oct 13, 2026 at 8:47 AM"))
    id2 = msgid(slug, "m2", "owner")
    m2 = email_bytes(case=slug, frm=LIAM, to=[trevor], cc=[carla], date_dt=t2, subject="Re: " + subj, mid=id2,
                     irt=id1, refs=[id1], part=leaf('text/plain; charset="UTF-8"', b2, "qp"))
    t3 = D("edm", 2026, 10, 13, 11, 20, 18, off="-06:00")
    b3 = ("Perfect, Friday at 9 it is. Block off 45 minutes. Carla will meet you at the security desk on the "
          "main floor and sign you in, then bring you up to 18. Bring a photo ID.\n\nTrevor\n\n"
          "-----Original Message-----\nFrom: Liam Tremblay <liam.tremblay@example.com>\n"
          "Sent: Tuesday, October 13, 2026 10:05 AM\nTo: Trevor Nakamura <tnakamura@chinookmidstream.example>\n"
          "Cc: Carla Ruiz <carla.ruiz@chinookmidstream.example>\nSubject: Re: " + subj + "\n\n"
          "Hi Trevor,\n\nThanks for reaching out. Friday the 16th at 9:00 works best for me; Thursday afternoon "
          "I'm tied up with month-end close.\n")
    m3 = email_bytes(case=slug, frm=trevor, to=[LIAM], cc=[carla], date_dt=t3, subject="RE: " + subj,
                     mid=msgid(slug, "m3", "outlook"), irt=id2, refs=[id1, id2],
                     part=leaf('text/plain; charset="us-ascii"', b3, "7bit"))
    start = D("edm", 2026, 10, 16, 9, 0, wd="Friday", off="-06:00")
    lab = label([interview("Chinook Midstream Partners", "Financial Analyst, Commercial Finance", start,
                           start + timedelta(minutes=45), "scheduled", [trevor[1]], [trevor[1]], "hiring_manager")],
                "medium", "positive/thread-propose-confirm",
                "Hiring manager proposes Thu 1:30 or Fri 9:00; Liam picks Friday; manager confirms 45 minutes. "
                "Carla (HR, cc) only signs him in.")
    return slug, [("01-trevor-proposes-times.eml", m1), ("02-liam-picks-friday.eml", m2),
                  ("03-trevor-confirms.eml", m3)], lab


@case
def c_cascadia():
    slug = "cascadia-google-invite-pacific"
    sent = D("van", 2026, 10, 14, 15, 22, 9, wd="Wednesday", off="-07:00")
    start = D("van", 2026, 10, 20, 10, 0, wd="Tuesday", off="-07:00")
    end = start + timedelta(hours=1)
    same_instant(start, D("edm", 2026, 10, 20, 11, 0, off="-06:00"))
    marcus = ("Marcus Leung", "marcus.leung@cascadiaridge.example")
    priyanka = ("Priyanka Dhillon", "priyanka.dhillon@cascadiaridge.example")
    desc = ("Hi Liam, this is your technical interview with Priyanka Dhillon, Portfolio Manager on our Energy "
            "Transition Infrastructure team. Expect questions on DCF and project-level IRR, plus a 20-minute "
            "exercise in a shared Excel file (Priyanka will paste the link at the start of the call).\n\n"
            "I set up the invite but won't be joining.\n\n"
            "Marcus Leung\nTalent Acquisition, Cascadia Ridge Capital (Vancouver)")
    m1 = google_invite(slug, "m1", org=marcus, guests=[marcus, priyanka, (None, OWNER)], sent=sent,
                       title="Technical Interview \u2013 Liam Tremblay (Investment Analyst, Energy Transition Infrastructure)",
                       start=start, end=end, tzid="America/Vancouver", tzlabel="Pacific Time - Vancouver",
                       description=desc, uid=f"{hx(slug, 'uid', n=26)}@google.com")
    lab = label([interview("Cascadia Ridge Capital", "Investment Analyst, Energy Transition Infrastructure",
                           start, end, "scheduled", [priyanka[1]], [priyanka[1]], "technical")],
                "medium", "positive/google-invite",
                "Google Calendar invitation in Pacific time (PDT -07:00 = 11:00 MDT in Calgary). Organizer is a "
                "recruiter who will not attend; the interviewer is the portfolio manager.")
    return slug, [("01-invitation-technical-interview.eml", m1)], lab


@case
def c_montroyal():
    slug = "mont-royal-entrevue-francais"
    sent = D("mtl", 2026, 10, 26, 13, 32, 44, wd="Monday", off="-04:00")
    start = D("mtl", 2026, 11, 3, 10, 0, wd="Tuesday", off="-05:00")
    end = start + timedelta(minutes=45)
    same_instant(start, D("edm", 2026, 11, 3, 8, 0, off="-07:00"))
    elise = ("\u00c9lise Gagnon", "elise.gagnon@assurancemontroyal.example")
    sophie = ("Sophie Lavall\u00e9e", "sophie.lavallee@assurancemontroyal.example")
    subj = "Entrevue \u2013 Analyste financier principal, Finances corporatives"
    b1 = f"""Bonjour Liam,

Merci de l'intérêt que vous portez à Assurance Mont-Royal. À la suite de notre appel de la semaine dernière, Sophie Lavallée, directrice, Finances corporatives, aimerait vous rencontrer en entrevue le mardi 3 novembre à 10 h (heure de l'Est) pour le poste d'analyste financier principal (poste hybride, bureau de Calgary).

Date : mardi 3 novembre 2026
Heure : 10 h à 10 h 45 (heure de l'Est)
Format : Microsoft Teams
Lien : https://teams.microsoft.com/l/meetup-join/19%3ameeting_{b64id(slug, 'teams', n=40)}%40thread.v2/0

Petit rappel : nous passons à l'heure normale le dimanche 1er novembre, tout comme l'Alberta. L'entrevue aura donc lieu à 8 h, heure de Calgary.

L'entretien se déroulera en français et en anglais; prévoyez environ 45 minutes. Vous pouvez écrire directement à Sophie (sophie.lavallee@assurancemontroyal.example) si vous avez des questions sur le poste.

Merci de me confirmer votre disponibilité.

Au plaisir,

Élise Gagnon
Conseillère principale, Acquisition de talents
Assurance Mont-Royal | 1250, boul. René-Lévesque Ouest, Montréal (Québec)
"""
    id1 = msgid(slug, "m1", "outlook")
    m1 = email_bytes(case=slug, frm=elise, to=[LIAM], date_dt=sent, subject=subj, mid=id1,
                     part=multi("alternative", [leaf('text/plain; charset="utf-8"', b1, "qp"),
                                                leaf('text/html; charset="utf-8"', text_to_html(b1), "b64")],
                                boundary(slug, "m1", "outlook")),
                     extra=["Content-Language: fr-CA"])
    t2 = D("edm", 2026, 10, 26, 12, 10, 2, wd="Monday", off="-06:00")
    b2 = ("Bonjour Élise,\n\nJe confirme ma présence à l'entrevue du mardi 3 novembre à 10 h, heure de l'Est "
          "(8 h à Calgary). Merci beaucoup et au plaisir de rencontrer Mme Lavallée.\n\nLiam Tremblay"
          + quote(b1, "Élise Gagnon <elise.gagnon@assurancemontroyal.example>", "lun. 26 oct. 2026 à 13 h 32"))
    m2 = email_bytes(case=slug, frm=LIAM, to=[elise], date_dt=t2, subject="Re: " + subj,
                     mid=msgid(slug, "m2", "owner"), irt=id1, refs=[id1],
                     part=leaf('text/plain; charset="UTF-8"', b2, "qp"))
    lab = label([interview("Assurance Mont-Royal", "Analyste financier principal", start, end, "scheduled",
                           [sophie[1]], [sophie[1]], "hiring_manager")],
                "hard", "positive/french-body-only",
                "French e-mail: 'entrevue le mardi 3 novembre à 10 h (heure de l'Est)'. Nov 3 is after the Nov 1 "
                "fall-back, so EST -05:00 (= 08:00 MST Calgary). No calendar file.")
    return slug, [("01-elise-entrevue.eml", m1), ("02-liam-confirme.eml", m2)], lab


@case
def c_dominion():
    slug = "dominion-superday-three-invites"
    WD(2026, 11, 4, "Wednesday")
    sent = D("tor", 2026, 10, 26, 16, 45, 0, wd="Monday", off="-04:00")
    jas = ("Jasmine Kaur", "jasmine.kaur@dominionlakeshore.example")
    amira = ("Amira Haddad", "amira.haddad@dominionlakeshore.example")
    colin = ("Colin MacLeod", "colin.macleod@dominionlakeshore.example")
    nat = ("Natasha Ivanova", "natasha.ivanova@dominionlakeshore.example")
    s1 = D("tor", 2026, 11, 5, 9, 0, wd="Thursday", off="-05:00")
    s2 = D("tor", 2026, 11, 5, 10, 0, off="-05:00")
    s3 = D("tor", 2026, 11, 5, 12, 0, off="-05:00")
    e3 = s3 + timedelta(minutes=45)
    text = """Hi Liam,

Congratulations on moving through to our superday for the Associate, Energy & Power Investment Banking role. Below is your itinerary for Thursday, November 5 at our Toronto office (Dominion Lakeshore Bank, 200 Bay Street, 31st floor). All times are Eastern.

 9:00 - 9:45    Amira Haddad, Vice President (technical: accounting, valuation)
10:00 - 10:45   Colin MacLeod, Director (case discussion: a midstream acquisition)
11:00 - 12:00   Lunch with two analysts from the group (informal)
12:00 - 12:45   Natasha Ivanova, Managing Director, Head of Energy & Power

You'll get a separate calendar invitation for each of the three interview sessions. Our travel team will book your flight from Calgary on Wednesday the 4th and a hotel on Front Street for that night; expect an e-mail from Dominion Travel tomorrow.

Please check in at the 31st floor reception by 8:45.

Best,
Jasmine Kaur
Campus & Lateral Recruitment Coordinator
Dominion Lakeshore Bank
"""
    m1 = email_bytes(case=slug, frm=jas, to=[LIAM], date_dt=sent,
                     subject="Superday itinerary \u2013 Thursday, November 5 \u2013 Energy & Power Investment Banking",
                     mid=msgid(slug, "m1", "outlook"), part=plain_and_html(slug, "m1", text, "qp", "qp", "outlook"))
    loc = "200 Bay Street, 31st Floor - Room Huron"
    sessions = [
        (s1, s1 + timedelta(minutes=45), amira, "Session 1 (Amira Haddad)",
         "Liam - first session of your superday with Amira Haddad (VP). Expect accounting and valuation "
         "questions: walk the three statements, EV vs equity value, a quick DCF sanity check.\n\nJasmine"),
        (s2, s2 + timedelta(minutes=45), colin, "Session 2 (Colin MacLeod)",
         "Case discussion with Colin MacLeod (Director). Colin will hand you a two-page summary of a "
         "midstream acquisition in the room; no prep required.\n\nJasmine"),
        (s3, e3, nat, "Session 3 (Natasha Ivanova)",
         "Final session of the day with Natasha Ivanova, Managing Director and Head of Energy & Power. "
         "This follows lunch with the analysts; someone will walk you over to Natasha's office.\n\nJasmine"),
    ]
    items = [("01-superday-itinerary.eml", m1)]
    for i, (a, b, who, tag, body) in enumerate(sessions, start=2):
        items.append((f"0{i}-invite-session-{i - 1}.eml", outlook_invite(
            slug, f"m{i}", org=jas, required=[LIAM, who], sent=sent + timedelta(minutes=5 + 2 * i),
            subject=f"Superday - Liam Tremblay - {tag}", body=body, start=a, end=b,
            wintz="Eastern Standard Time", uid=exch_uid(slug, f"u{i}"), location=loc, teams=False)))
    lab = label([interview("Dominion Lakeshore Bank", "Associate, Energy & Power Investment Banking", s1, e3,
                           "scheduled", [amira[1], colin[1], nat[1]], [amira[1], colin[1], nat[1]], "onsite")],
                "hard", "positive/onsite-multiple-invites",
                "Superday in Toronto: itinerary mail plus three Exchange invites (EST -05:00 after Nov 1) -> one "
                "onsite 09:00-12:45 with all three interviewers; the lunch with analysts has no invite.")
    return slug, items, lab


@case
def c_elbowriver():
    slug = "elbow-river-agency-tomorrow-at-2"
    shauna = ("Shauna Pelletier", "shauna.pelletier@keystonestaffing.example")
    t1 = D("edm", 2026, 10, 21, 16, 12, 40, wd="Wednesday", off="-06:00")
    subj = "Elbow River Resources - interview tomorrow"
    b1 = """Hi Liam,

Good news - my client, Elbow River Resources, reviewed your profile this afternoon and would like to meet you tomorrow at 2:00 pm for the Senior Financial Analyst contract-to-hire role (6 months, then conversion).

You'll be sitting down with Gord Halvorsen, their Controller. It's in person at their office, Suite 900, 605 5 Ave SW; plan on about an hour. Gord is big on reconciliations and joint venture billing, so be ready to walk through a JV example from your current role.

As usual with our placements, please keep all communication with the client through me - don't reach out to Gord directly. Call or text me at 403-555-0128 if anything comes up.

Shauna Pelletier
Senior Recruiter, Accounting & Finance
Keystone Financial Staffing | Calgary
"""
    id1 = msgid(slug, "m1", "outlook")
    m1 = email_bytes(case=slug, frm=shauna, to=[LIAM], date_dt=t1, subject=subj, mid=id1,
                     part=leaf('text/plain; charset="us-ascii"', b1, "7bit"))
    t2 = D("edm", 2026, 10, 21, 16, 31, 2, off="-06:00")
    b2 = ("Hi Shauna,\n\nThat works. I'll be at Elbow River's office a few minutes before 2 tomorrow. "
          "Thanks for setting it up!\n\nLiam" + quote(b1, "Shauna Pelletier <shauna.pelletier@keystonestaffing.example>",
                                                   "Wed, Oct 21, 2026 at 4:12 PM"))
    id2 = msgid(slug, "m2", "owner")
    m2 = email_bytes(case=slug, frm=LIAM, to=[shauna], date_dt=t2, subject="Re: " + subj, mid=id2, irt=id1,
                     refs=[id1], part=leaf('text/plain; charset="UTF-8"', b2, "qp"))
    t3 = D("edm", 2026, 10, 22, 7, 58, 10, wd="Thursday", off="-06:00")
    b3 = ("Morning Liam,\n\nQuick reminder about your 2 o'clock with Gord today. Visitor parking is on the north "
          "side of the building, and reception is on the main floor. Give me a call afterwards and let me know "
          "how it went!\n\nShauna")
    m3 = email_bytes(case=slug, frm=shauna, to=[LIAM], date_dt=t3, subject="RE: " + subj,
                     mid=msgid(slug, "m3", "outlook"), irt=id2, refs=[id1, id2],
                     part=leaf('text/plain; charset="us-ascii"', b3, "7bit"))
    start = D("edm", 2026, 10, 22, 14, 0, wd="Thursday", off="-06:00")
    lab = label([interview("Elbow River Resources", "Senior Financial Analyst", start, start + timedelta(hours=1),
                           "scheduled", [], [shauna[1]], "hiring_manager")],
                "hard", "positive/agency-relative-date",
                "Agency recruiter (Keystone Financial Staffing) books 'tomorrow at 2:00 pm' with the client's "
                "Controller; resolved against the Wed Oct 21 Date header -> Thu Oct 22 14:00 MDT. Company is the "
                "client; Gord has no address, so follow-up goes to the agency recruiter.")
    return slug, [("01-shauna-interview-tomorrow.eml", m1), ("02-liam-confirms.eml", m2),
                  ("03-shauna-reminder.eml", m3)], lab


@case
def c_wascana():
    slug = "wascana-regina-reschedule-across-dst"
    darren = ("Darren Kozak", "dkozak@wascanapower.example")
    priya = ("Priya Natarajan", "pnatarajan@wascanapower.example")
    kelsey = ("Kelsey Wiebe", "kwiebe@wascanapower.example")
    t1 = D("reg", 2026, 10, 16, 11, 5, 33, wd="Friday", off="-06:00")
    a0 = D("reg", 2026, 10, 29, 10, 0, wd="Thursday", off="-06:00")
    a1 = D("reg", 2026, 11, 4, 10, 0, wd="Wednesday", off="-06:00")
    same_instant(a0, D("edm", 2026, 10, 29, 10, 0, off="-06:00"))
    same_instant(a1, D("edm", 2026, 11, 4, 9, 0, off="-07:00"))
    b1 = """Dear Liam Tremblay,

Thank you for applying for the position of Financial Analyst III, Treasury (Requisition 2600431) with Wascana Power Corporation.

We are pleased to invite you to a panel interview:

Date: Thursday, October 29, 2026
Time: 10:00 a.m. - 11:00 a.m. Saskatchewan time (CST)
Location: Virtual - Microsoft Teams (a meeting invitation will be sent by the panel chair)

The panel will consist of the hiring manager, a senior member of the Treasury team and a Human Resources representative. Please have government-issued photo ID available at the start of the interview.

If you require an accommodation at any stage of the selection process, please contact Kelsey Wiebe, HR Business Partner, at kwiebe@wascanapower.example or 306-555-0175.

Wascana Power Corporation is committed to a diverse and inclusive workforce.

This is an automated message. Please do not reply.
"""
    m1 = email_bytes(case=slug, frm=("Wascana Power Corporation", "wascanapower@taleo.net"), to=[LIAM], date_dt=t1,
                     subject="Interview Invitation - Financial Analyst III, Treasury (2600431)",
                     mid=msgid(slug, "m1", "x", "taleo.net"),
                     part=plain_and_html(slug, "m1", b1, "qp", "b64"), extra=["X-Mailer: Oracle Taleo"])
    uid = exch_uid(slug, "panel")
    subj = "Panel Interview - Financial Analyst III, Treasury - Liam Tremblay"
    b2 = ("Hi Liam,\n\nHere is the Teams invite for your panel interview. Panel members: Darren Kozak (Manager, "
          "Treasury - chair), Priya Natarajan (Senior Treasury Analyst) and Kelsey Wiebe (HR Business Partner). "
          "We'll each take a block of questions and leave ten minutes for yours at the end.\n\nDarren")
    m2 = outlook_invite(slug, "m2", org=darren, required=[LIAM, priya, kelsey], sent=D("reg", 2026, 10, 16, 14, 40, 12),
                        subject=subj, body=b2, start=a0, end=a0 + timedelta(hours=1),
                        wintz="Canada Central Standard Time", uid=uid, seq=0)
    t3 = D("reg", 2026, 10, 27, 9, 18, 0, wd="Tuesday", off="-06:00")
    b3 = """Good morning Liam,

Unfortunately Darren has been called into a rate review hearing on Thursday, so we need to move your panel interview. Would Wednesday, November 4 at 10:00 a.m. Saskatchewan time work? Same panel, same Teams format, one hour.

A heads-up on the time: Saskatchewan doesn't change its clocks, but Alberta falls back on Sunday, November 1. The original slot was 10:00 for you in Calgary too; the new one will be 9:00 a.m. Calgary time.

Darren will send an updated invitation once you confirm.

Kelsey Wiebe
HR Business Partner | Wascana Power Corporation
Regina, SK
"""
    id3 = msgid(slug, "m3", "outlook")
    m3 = email_bytes(case=slug, frm=kelsey, to=[LIAM], cc=[darren], date_dt=t3,
                     subject="Wascana Power - moving your panel interview", mid=id3,
                     part=leaf('text/plain; charset="us-ascii"', b3, "7bit"))
    t4 = D("edm", 2026, 10, 27, 9, 52, 0, off="-06:00")
    b4 = ("Hi Kelsey,\n\nNo problem at all. Wednesday, November 4 at 10:00 Saskatchewan time (9:00 my time) "
          "works for me.\n\nThanks,\nLiam" + quote(b3, "Kelsey Wiebe <kwiebe@wascanapower.example>",
                                                  "Tue, Oct 27, 2026 at 9:18 AM"))
    id4 = msgid(slug, "m4", "owner")
    m4 = email_bytes(case=slug, frm=LIAM, to=[kelsey], cc=[darren], date_dt=t4,
                     subject="Re: Wascana Power - moving your panel interview", mid=id4, irt=id3, refs=[id3],
                     part=leaf('text/plain; charset="UTF-8"', b4, "qp"))
    b5 = ("Liam - updated to Wednesday, November 4, same time Saskatchewan and same panel. Thanks for your "
          "flexibility.\n\nDarren")
    m5 = outlook_invite(slug, "m5", org=darren, required=[LIAM, priya, kelsey], sent=D("reg", 2026, 10, 27, 11, 2, 0),
                        subject=subj, body=b5, start=a1, end=a1 + timedelta(hours=1),
                        wintz="Canada Central Standard Time", uid=uid, seq=1)
    lab = label([interview("Wascana Power Corporation", "Financial Analyst III, Treasury", a1, a1 + timedelta(hours=1),
                           "scheduled", [darren[1], priya[1], kelsey[1]], [darren[1], priya[1], kelsey[1]], "onsite")],
                "hard", "positive/reschedule-sequence-dst",
                "Regina crown corporation (CST all year, Windows TZID 'Canada Central Standard Time'). Taleo notice + "
                "invite SEQUENCE 0 for Oct 29, moved by e-mail and invite SEQUENCE 1 (same UID) to Wed Nov 4 10:00 "
                "-06:00, which is 09:00 MST in Calgary after the Alberta fall-back.")
    return slug, [("01-taleo-interview-invitation.eml", m1), ("02-teams-invite-panel.eml", m2),
                  ("03-kelsey-moving-interview.eml", m3), ("04-liam-ok.eml", m4),
                  ("05-teams-invite-updated.eml", m5)], lab


@case
def c_bayadelaide():
    slug = "bay-adelaide-case-study-cancelled-on-hold"
    megan = ("Megan Fraser", "megan.fraser@bayadelaidetrust.example")
    hannah = ("Hannah Brooks", "hannah.brooks@bayadelaidetrust.example")
    victor = ("Victor Osei", "victor.osei@bayadelaidetrust.example")
    t1 = D("tor", 2026, 10, 20, 14, 12, 55, wd="Tuesday", off="-04:00")
    start = D("tor", 2026, 10, 27, 13, 0, wd="Tuesday", off="-04:00")
    end = start + timedelta(minutes=90)
    same_instant(start, D("edm", 2026, 10, 27, 11, 0, off="-06:00"))
    b1 = """Dear Liam,

Your interview for Senior Analyst, Treasury & Capital Planning (Job Req ID 30719) has been confirmed.

Interview type: Case study interview (video)
Date: Tuesday, October 27, 2026
Time: 1:00 PM - 2:30 PM Eastern Time (11:00 AM - 12:30 PM Mountain Time)
Interviewers: Hannah Brooks, Director, Capital Planning (hannah.brooks@bayadelaidetrust.example); Victor Osei, Senior Manager, Liquidity Risk (victor.osei@bayadelaidetrust.example)

About the case study: 48 hours before your interview you will receive a short case pack (a simplified bank balance sheet and three stress scenarios). You will present your analysis for 30 minutes, followed by questions from the interviewers. No slides are required; a one-page summary is fine.

Please add the attached calendar file to your calendar. For questions, contact your recruiter, Megan Fraser, at megan.fraser@bayadelaidetrust.example.

Bay Adelaide Trust - Talent Acquisition
Powered by SAP SuccessFactors
"""
    uid = f"SF-INT-{hx(slug, 'uid', n=12).upper()}@successfactors.com"
    common = dict(prodid="-//SAP SuccessFactors//Interview Scheduling//EN", tzid="America/Toronto", start=start,
                  end=end, uid=uid,
                  summary="Case Study Interview - Senior Analyst, Treasury & Capital Planning - Bay Adelaide Trust",
                  description="Case study presentation to Hannah Brooks and Victor Osei. Video link to follow with "
                              "the case pack.", organizer=megan, attendees=[LIAM, hannah, victor], location="Video call")
    ics1 = simple_ics(method="REQUEST", stamp=t1, **common)
    alt = plain_and_html(slug, "m1", b1, "qp", "qp")
    att = leaf('text/calendar; charset="UTF-8"; method=REQUEST; name="Interview.ics"', ics1, "b64",
               ['Content-Disposition: attachment; filename="Interview.ics"'])
    m1 = email_bytes(case=slug, frm=("Bay Adelaide Trust Careers", "careers-noreply@successfactors.com"),
                     reply_to=megan, to=[LIAM], date_dt=t1,
                     subject="Interview Confirmation - Senior Analyst, Treasury & Capital Planning",
                     mid=msgid(slug, "m1", "x", "successfactors.com"),
                     part=multi("mixed", [alt, att], boundary(slug, "m1")))
    t2 = D("tor", 2026, 10, 23, 9, 41, 7, wd="Friday", off="-04:00")
    b2 = """Hi Liam,

I wanted to let you know personally before the system notice goes out: the Senior Analyst, Treasury & Capital Planning requisition has been put on hold as part of our 2027 budget review. As a result we have to cancel Tuesday's case study interview with Hannah and Victor, and the case pack will not be sent.

I'm sorry for the short notice, especially after the effort you've already put in. If the role reopens in the new year you'll be the first person I call, and I'd be glad to keep you in mind for other Treasury openings in the meantime.

Kind regards,
Megan Fraser
Senior Talent Acquisition Partner | Bay Adelaide Trust
647-555-0134
"""
    ics2 = simple_ics(method="CANCEL", stamp=t2, seq=1, status="CANCELLED", **common)
    part2 = multi("mixed", [leaf('text/plain; charset="us-ascii"', b2, "7bit"),
                            leaf('text/calendar; charset="UTF-8"; method=CANCEL; name="Cancelled_Interview.ics"',
                                 ics2, "b64", ['Content-Disposition: attachment; filename="Cancelled_Interview.ics"'])],
                  boundary(slug, "m2"))
    m2 = email_bytes(case=slug, frm=megan, to=[LIAM], date_dt=t2,
                     subject="Update on the Senior Analyst, Treasury & Capital Planning role",
                     mid=msgid(slug, "m2", "outlook"), part=part2)
    lab = label([interview("Bay Adelaide Trust", "Senior Analyst, Treasury & Capital Planning", start, end,
                           "cancelled", [hannah[1], victor[1]], [hannah[1], victor[1]], "technical")],
                "medium", "positive/cancelled-role-on-hold",
                "SuccessFactors confirmation with .ics for a live case study presentation (Oct 27 13:00 EDT); the "
                "recruiter cancels because the requisition is on hold, with METHOD:CANCEL .ics (same UID). "
                "The case pack is pre-read for a live interview, not a take-home.")
    return slug, [("01-successfactors-confirmation.eml", m1), ("02-megan-role-on-hold.eml", m2)], lab


@case
def c_sundre():
    slug = "sundre-calendly-screen-then-technical"
    nadia = ("Nadia Qureshi", "nadia.qureshi@sundrerenewables.example")
    owen = ("Owen Price", "owen.price@sundrerenewables.example")
    t1 = datetime(2026, 10, 29, 21, 4, 17, tzinfo=UTC)
    WD(2026, 10, 29, "Thursday")
    p0 = D("edm", 2026, 11, 2, 9, 0, wd="Monday", off="-07:00")
    p1 = p0 + timedelta(minutes=30)
    inv = hx(slug, "calinv", n=32)
    uuid = f"{inv[:8]}-{inv[8:12]}-{inv[12:16]}-{inv[16:20]}-{inv[20:32]}"
    b1 = f"""Hi Liam,

Your event has been scheduled.

Event Type:
Phone Screen (30 min)

Invitee:
Liam Tremblay
liam.tremblay@example.com

Event Date/Time:
09:00am - 09:30am (Mountain Time - US & Canada) on Monday, November 2, 2026

Location:
Nadia will call you at +1 403-555-0147

Description:
A quick introductory call about the Financial Analyst, Project Finance opening at Sundre Renewables: your background, what you're looking for, and how our process works.

Organizer:
Nadia Qureshi, Talent Acquisition Lead, Sundre Renewables

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/{uuid}
Reschedule: https://calendly.com/reschedulings/{uuid}

Powered by Calendly.com
"""
    ics = simple_ics(prodid="-//Calendly//Calendly Scheduling//EN", method="REQUEST", tzid="UTC", utc=True,
                     start=p0, end=p1, uid=f"{uuid}@calendly.com",
                     summary="Phone Screen (30 min) between Nadia Qureshi and Liam Tremblay",
                     description="Nadia will call you at +1 403-555-0147.", organizer=nadia,
                     attendees=[LIAM], location="+1 403-555-0147", stamp=t1)
    alt = plain_and_html(slug, "m1", b1, "qp", "b64")
    att = leaf('text/calendar; charset="UTF-8"; method=REQUEST; name="invite.ics"', ics, "b64",
               ['Content-Disposition: attachment; filename="invite.ics"'])
    m1 = email_bytes(case=slug, frm=("Calendly", "notifications@calendly.com"), reply_to=nadia, to=[LIAM],
                     date_dt=t1, subject="Confirmed: Phone Screen (30 min) with Nadia Qureshi on Monday, November 2, 2026",
                     mid=msgid(slug, "m1", "x", "calendly.com"), part=multi("mixed", [alt, att], boundary(slug, "m1")))
    t2 = D("edm", 2026, 11, 2, 11, 41, 30, wd="Monday", off="-07:00")
    q0 = D("edm", 2026, 11, 10, 13, 0, wd="Tuesday", off="-07:00")
    q1 = q0 + timedelta(hours=1)
    desc = ("Thanks for the great chat this morning, Liam. Next step is a technical interview with Owen Price, our "
            "Project Finance Lead. Owen will share a simplified wind-farm model (debt sizing, DSCR, sculpted "
            "repayments) and ask you to walk through it and suggest changes. Just bring a laptop.\n\nNadia")
    m2 = google_invite(slug, "m2", org=nadia, guests=[nadia, owen, (None, OWNER)], sent=t2,
                       title="Sundre Renewables \u2013 Technical Interview (Financial Analyst, Project Finance)",
                       start=q0, end=q1, tzid="America/Edmonton", tzlabel="Mountain Time - Edmonton",
                       description=desc, uid=f"{hx(slug, 'uid2', n=26)}@google.com")
    role = "Financial Analyst, Project Finance"
    lab = label([interview("Sundre Renewables", role, p0, p1, "scheduled", [nadia[1]], [nadia[1]], "phone_screen"),
                 interview("Sundre Renewables", role, q0, q1, "scheduled", [owen[1]], [owen[1]], "technical")],
                "medium", "positive/two-interviews-calendly-google",
                "Calendly booking made on Oct 29 (MDT) for Mon Nov 2 09:00 'Mountain Time', the first weekday after "
                "the fall-back (MST -07:00; .ics in UTC 16:00Z), then a Google invite for a technical round Nov 10.")
    return slug, [("01-calendly-phone-screen.eml", m1), ("02-invitation-technical-interview.eml", m2)], lab


@case
def c_queensway():
    slug = "queensway-final-email-and-gcal-event"
    tyler = ("Tyler Brennan", "tyler.brennan@queenswaybank.example")
    rachel = ("Rachel Sousa", "rachel.sousa@queenswaybank.example")
    t1 = D("tor", 2026, 11, 12, 10, 26, 0, wd="Thursday", off="-05:00")
    start = D("tor", 2026, 11, 17, 15, 0, wd="Tuesday", off="-05:00")
    end = start + timedelta(minutes=45)
    same_instant(start, D("edm", 2026, 11, 17, 13, 0, off="-07:00"))
    b1 = """Hi Liam,

Great news: the team enjoyed meeting you last week, and Rachel Sousa, Managing Director, Energy Lending, would like a final conversation with you before we move to references.

I've booked Tuesday, November 17 from 3:00 to 3:45 pm Eastern (1:00 to 1:45 pm in Calgary) on Google Meet and sent the calendar invite to your personal email. Rachel will want to hear how you'd approach credit on an intermediate E&P borrower in a low-price environment, and she'll give you a sense of how the Calgary desk works with Toronto.

If the time doesn't work, let me know and I'll find another slot.

Tyler Brennan
Talent Acquisition Partner, Wholesale Banking
Queensway Bank | 181 Wellington St W, Toronto
"""
    m1 = email_bytes(case=slug, frm=tyler, to=[LIAM], date_dt=t1,
                     subject="Final conversation with Rachel Sousa - Tuesday, Nov 17",
                     mid=msgid(slug, "m1", "gmail"), part=plain_and_html(slug, "m1", b1, "qp", "qp"))
    eid = hx(slug, "eid", n=26)
    code = "".join("abcdefghijklmnopqrstuvwxyz"[int(c, 16) + 3] for c in hx(slug, "meet", n=10))
    meet = f"{code[:3]}-{code[3:7]}-{code[7:10]}"
    ev = {
        "kind": "calendar#event",
        "etag": f"\"{digits(slug, 'etag', n=16)}\"",
        "id": eid,
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=" + base64.b64encode(f"{eid} {OWNER}".encode()).decode().rstrip("="),
        "created": "2026-11-12T15:20:41.000Z",
        "updated": "2026-11-12T15:22:03.118Z",
        "summary": "Queensway Bank \u2013 Final Interview: Liam Tremblay / Rachel Sousa (Senior Credit Analyst, Energy Lending)",
        "description": "Final conversation with Rachel Sousa, MD Energy Lending. Tyler (Talent Acquisition) set this up "
                       "and will not join.",
        "creator": {"email": tyler[1], "displayName": tyler[0]},
        "organizer": {"email": tyler[1], "displayName": tyler[0]},
        "start": {"dateTime": iso(start), "timeZone": "America/Toronto"},
        "end": {"dateTime": iso(end), "timeZone": "America/Toronto"},
        "iCalUID": f"{eid}@google.com",
        "sequence": 0,
        "attendees": [
            {"email": tyler[1], "displayName": tyler[0], "organizer": True, "responseStatus": "accepted"},
            {"email": rachel[1], "displayName": rachel[0], "responseStatus": "accepted"},
            {"email": OWNER, "displayName": OWNER_NAME, "self": True, "responseStatus": "needsAction"},
        ],
        "hangoutLink": f"https://meet.google.com/{meet}",
        "conferenceData": {
            "entryPoints": [{"entryPointType": "video", "uri": f"https://meet.google.com/{meet}", "label": f"meet.google.com/{meet}"}],
            "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet"},
            "conferenceId": meet,
        },
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    m2 = (json.dumps(ev, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    lab = label([interview("Queensway Bank", "Senior Credit Analyst, Energy Lending", start, end, "scheduled",
                           [rachel[1]], [rachel[1]], "hiring_manager")],
                "medium", "positive/dedupe-email-gcal-json",
                "Recruiter e-mail and a Calendar API event for the same final interview (EST -05:00 = 13:00 MST). "
                "One interview; organizer Tyler is not an interviewer.")
    return slug, [("01-tyler-final-conversation.eml", m1), ("02-final-interview.gcal.json", m2)], lab


@case
def c_glenmore():
    slug = "glenmore-standalone-zoom-ics"
    ben = ("Ben Arsenault", "ben.arsenault@glenmoreenergy.example")
    farah = ("Farah Siddiqui", "farah.siddiqui@glenmoreenergy.example")
    start = D("edm", 2026, 10, 23, 9, 0, wd="Friday", off="-06:00")
    end = start + timedelta(hours=1)
    mtg = digits(slug, "zoom", n=11)
    desc = f"""Ben Arsenault is inviting you to a scheduled Zoom meeting.

Topic: Technical interview - Liam Tremblay (Commodity Risk Analyst)
Interviewers: Farah Siddiqui (Manager, Market Risk) and Ben Arsenault (Senior Analyst, Gas Trading)
Format: 60 minutes. VaR and mark-to-market questions, then a short exercise on an AECO / Henry Hub basis position.

Join Zoom Meeting
https://glenmoreenergy.zoom.us/j/{mtg}?pwd={b64id(slug, 'pwd', n=32)}

Meeting ID: {mtg[:3]} {mtg[3:7]} {mtg[7:]}
Passcode: {digits(slug, 'pc', n=6)}
"""
    ics = simple_ics(prodid="-//zoom.us//iCalendar Event//EN", method="PUBLISH", tzid="America/Edmonton",
                     start=start, end=end, uid=f"ZOOM{mtg}@zoom.us",
                     summary="Glenmore Energy Marketing | Technical Interview - Commodity Risk Analyst",
                     description=desc, organizer=ben, attendees=[LIAM, farah],
                     location=f"https://glenmoreenergy.zoom.us/j/{mtg}",
                     stamp=D("edm", 2026, 10, 19, 13, 37, 0, wd="Monday"))
    lab = label([interview("Glenmore Energy Marketing", "Commodity Risk Analyst", start, end, "scheduled",
                           [farah[1], ben[1]], [farah[1], ben[1]], "technical")],
                "easy", "positive/standalone-ics-zoom",
                "Standalone Zoom .ics (TZID America/Edmonton, MDT); organizer Ben is also one of the two interviewers.")
    return slug, [("01-glenmore-technical-interview.ics", ics.encode("utf-8"))], lab


@case
def c_nosehill():
    slug = "nose-hill-indeed-video-interview"
    dana = ("Dana Whitford", "dana.whitford@nosehillenergy.example")
    t1 = D("chi", 2026, 11, 9, 10, 2, 14, wd="Monday", off="-06:00")
    start = D("edm", 2026, 11, 19, 11, 0, wd="Thursday", off="-07:00")
    end = start + timedelta(minutes=30)
    b1 = f"""Your interview is confirmed

Nose Hill Energy Services
Financial Analyst - Calgary, AB

When: Thursday, November 19, 2026, 11:00 AM - 11:30 AM MST
Where: Video call on Indeed (join from this email or your Indeed account 5 minutes before the start time)
Interviewer: Dana Whitford, Finance Manager

Message from Dana:
"Hi Liam - looking forward to chatting about the role. We'll cover your month-end experience and how you've supported field operations with cost reporting. If anything comes up, email me at dana.whitford@nosehillenergy.example."

Join interview: https://www.indeed.com/interviews/join/{hx(slug, 'join', n=24)}
Add to calendar: Google | Outlook | Apple

Need to reschedule? Let the employer know through your Indeed account.

Indeed - 6433 Champion Grandview Way, Building 1, Austin, TX 78750
"""
    m1 = email_bytes(case=slug, frm=("Indeed", "donotreply@indeed.com"), to=[LIAM], date_dt=t1,
                     subject="Interview confirmed: Financial Analyst at Nose Hill Energy Services",
                     mid=msgid(slug, "m1", "x", "indeed.com"), part=plain_and_html(slug, "m1", b1, "qp", "b64"))
    lab = label([interview("Nose Hill Energy Services", "Financial Analyst", start, end, "scheduled",
                           [dana[1]], [dana[1]], "hiring_manager")],
                "medium", "positive/indeed-interview",
                "Indeed interview confirmation (Date header in US Central); time given as 11:00 AM MST on Nov 19 "
                "(after the fall-back, -07:00). The finance manager's address is in her quoted message.")
    return slug, [("01-indeed-interview-confirmed.eml", m1)], lab


# ================================================================ negative cases
@case
def n_linkedin():
    slug = "linkedin-job-alert-calgary"
    t1 = datetime(2026, 10, 5, 13, 30, 12, tzinfo=UTC)
    b1 = """Your job alert for financial analyst in Calgary, Alberta, Canada
12 new jobs match your preferences.

Senior Financial Analyst
Bowridge Energy - Calgary, AB (Hybrid)
Actively recruiting - 3 days ago

Financial Analyst III, Treasury
Wascana Power Corporation - Regina, SK (Hybrid)
Be an early applicant

FP&A Analyst
Chinook Midstream Partners - Calgary, AB (On-site)
2 connections work here

Analyst, Energy Lending
Queensway Bank - Toronto, ON
Promoted - Easy Apply

See all jobs: https://www.linkedin.com/comm/jobs/search/?keywords=financial%20analyst&location=Calgary

Stand out in your next interview: see how you compare to other applicants with Premium.

You are receiving Job Alert emails. Unsubscribe: https://www.linkedin.com/comm/jobs/alerts
This email was intended for Liam Tremblay (Financial Analyst at Prairie Meridian Advisory).
LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
"""
    m1 = email_bytes(case=slug, frm=("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com"), to=[LIAM], date_dt=t1,
                     subject="\u201cfinancial analyst\u201d: 12 new jobs in Calgary, Alberta, Canada",
                     mid=msgid(slug, "m1", "x", "linkedin.com"), part=plain_and_html(slug, "m1", b1, "qp", "qp"))
    return slug, [("01-linkedin-job-alert.eml", m1)], label(
        [], "easy", "negative/job-alert",
        "LinkedIn job alert listing companies that appear elsewhere in the set; 'Actively recruiting' and "
        "'next interview' wording only.")


@case
def n_psychometric():
    slug = "harbourfront-psychometric-test"
    WD(2026, 10, 9, "Friday")
    t1 = D("tor", 2026, 10, 6, 8, 15, 0, wd="Tuesday", off="-04:00")
    b1 = f"""Dear Liam,

As part of your application for Analyst, Enterprise Risk (Req. 117903) at Harbourfront Bank of Canada, you are invited to complete an online psychometric assessment.

The assessment has three parts:
  1. Numerical reasoning (approx. 18 minutes, timed)
  2. Verbal reasoning (approx. 15 minutes, timed)
  3. Work-style questionnaire (untimed, about 20 minutes)

Please complete all three parts by Friday, October 9, 2026 at 11:59 PM Eastern Time. You can start whenever suits you; we recommend a quiet place, a calculator and scrap paper.

Start your assessment: https://candidate.aptivo.example/a/{hx(slug, 'tok', n=20)}

Your results are shared with the Harbourfront Bank talent acquisition team, who will be in touch about next steps, which may include an interview.

Technical questions? support@aptivo.example

Good luck!
Aptivo Talent Measurement, on behalf of Harbourfront Bank of Canada
"""
    m1 = email_bytes(case=slug, frm=("Harbourfront Bank of Canada Talent Acquisition", "assessments@aptivo.example"),
                     to=[LIAM], date_dt=t1,
                     subject="Action required: complete your online assessment for Harbourfront Bank of Canada",
                     mid=msgid(slug, "m1", "x", "aptivo.example"), part=plain_and_html(slug, "m1", b1, "qp", "b64"))
    return slug, [("01-online-assessment.eml", m1)], label(
        [], "medium", "negative/psychometric-assessment",
        "Self-paced psychometric test with a deadline (Fri Oct 9 23:59 ET); no live conversation.")


@case
def n_reference():
    slug = "reference-call-for-former-colleague"
    steph = ("Stephanie Moreau", "stephanie.moreau@bowvalleyutilities.example")
    t1 = D("edm", 2026, 10, 26, 14, 5, 0, wd="Monday", off="-06:00")
    start = D("edm", 2026, 10, 28, 12, 0, wd="Wednesday", off="-06:00")
    desc = ("Hi Liam, thank you for agreeing to be a reference for Aisha Karim, who is a finalist for our FP&A "
            "Manager role. I'll call you at the number Aisha provided. It's about eight questions on your time "
            "working together at Prairie Meridian and should take 15 to 20 minutes.\n\n"
            "Stephanie Moreau\nSenior Talent Advisor, Bow Valley Utilities")
    m1 = google_invite(slug, "m1", org=steph, guests=[steph, (None, OWNER)], sent=t1,
                       title="Reference call \u2013 Aisha Karim (FP&A Manager candidate)", start=start,
                       end=start + timedelta(minutes=20), tzid="America/Edmonton", tzlabel="Mountain Time - Edmonton",
                       description=desc, uid=f"{hx(slug, 'uid', n=26)}@google.com", meet=False,
                       location="Phone - Stephanie will call Liam")
    return slug, [("01-invitation-reference-call.eml", m1)], label(
        [], "hard", "negative/reference-check-call",
        "Google invite for a reference check where Liam is the referee for another candidate; looks like a "
        "recruiter phone screen but he is not the candidate.")


@case
def n_webinar():
    slug = "prairie-sky-info-session-webinar"
    t1 = datetime(2026, 10, 7, 19, 48, 3, tzinfo=UTC)
    WD(2026, 10, 7, "Wednesday")
    start = D("edm", 2026, 10, 15, 12, 0, wd="Thursday", off="-06:00")
    wid = digits(slug, "web", n=11)
    b1 = f"""Hi Liam,

Thank you for registering for "Finance Careers at Prairie Sky Energy: Info Session & Interview Tips".

Date & Time: Oct 15, 2026 12:00 PM Mountain Time (US and Canada)

Join from PC, Mac, iPad, or Android: https://prairiesky.zoom.us/w/{wid}?tk={b64id(slug, 'tk', n=30)}
Webinar ID: {wid[:3]} {wid[3:7]} {wid[7:]}
Passcode: {digits(slug, 'pc', n=6)}

What to expect: analysts and managers from Corporate Planning, Marketing and Treasury talk about their work for 45 minutes, then our talent acquisition team spends 15 minutes on how we interview (STAR answers, short case questions) and takes questions in the Q&A box. Attendee cameras and microphones stay off.

You can cancel your registration at any time.
"""
    ics = simple_ics(prodid="-//zoom.us//iCalendar Event//EN", method="PUBLISH", tzid="America/Edmonton",
                     start=start, end=start + timedelta(hours=1), uid=f"ZOOMW{wid}@zoom.us",
                     summary="Finance Careers at Prairie Sky Energy: Info Session & Interview Tips",
                     description="Zoom webinar. Join: https://prairiesky.zoom.us/w/" + wid,
                     organizer=("Prairie Sky Energy Early Careers", "earlycareers@prairiesky.example"),
                     attendees=[LIAM], location="https://prairiesky.zoom.us/w/" + wid, stamp=t1)
    alt = plain_and_html(slug, "m1", b1, "qp", "qp")
    att = leaf('text/calendar; charset="UTF-8"; name="webinar.ics"', ics, "b64",
               ['Content-Disposition: attachment; filename="webinar.ics"'])
    m1 = email_bytes(case=slug, frm=("Prairie Sky Energy Early Careers", "no-reply@zoom.us"),
                     reply_to=("Prairie Sky Energy Early Careers", "earlycareers@prairiesky.example"), to=[LIAM],
                     date_dt=t1,
                     subject="Prairie Sky Energy: Finance Careers Info Session & Interview Tips Confirmation",
                     mid=msgid(slug, "m1", "x", "zoom.us"), part=multi("mixed", [alt, att], boundary(slug, "m1")))
    return slug, [("01-webinar-registration.eml", m1)], label(
        [], "medium", "negative/webinar-info-session",
        "Zoom webinar registration with .ics for an employer info session that includes interview tips.")


@case
def n_rejection():
    slug = "tamarack-rejection-after-interview"
    WD(2026, 10, 7, "Wednesday")
    t1 = D("la", 2026, 10, 16, 15, 40, 2, wd="Friday", off="-07:00")
    b1 = """Dear Liam,

Thank you for taking the time to interview with our Operations Finance team on October 7 for the Senior Financial Analyst role. We appreciated the chance to learn about your experience with capital project reporting.

After careful consideration, we have decided to move forward with another candidate whose experience more closely matches the current needs of the team. This was a difficult decision given the strength of the candidate pool.

We encourage you to keep an eye on our careers site and apply for future opportunities that match your skills. Your profile will remain in our talent community.

Sincerely,
Talent Acquisition
Tamarack Oil Sands Ltd.
"""
    m1 = email_bytes(case=slug, frm=("Tamarack Oil Sands", "tamarackoilsands@myworkday.com"), to=[LIAM], date_dt=t1,
                     subject="Update on your application: Senior Financial Analyst, Operations Finance",
                     mid=msgid(slug, "m1", "x", "myworkday.com"), part=plain_and_html(slug, "m1", b1, "qp", "b64"))
    return slug, [("01-workday-application-update.eml", m1)], label(
        [], "medium", "negative/rejection",
        "Workday rejection that mentions a past interview date (Oct 7) but schedules nothing.")


@case
def n_interviewer():
    slug = "liam-on-coop-hiring-panel"
    grace = ("Grace Lindqvist", "glindqvist@prairiemeridian.example")
    liam_work = ("Liam Tremblay", "ltremblay@prairiemeridian.example")
    omar = ("Omar Bakr", "obakr@prairiemeridian.example")
    maya = ("Maya Chen", "maya.chen@bowriveru.example")
    start = D("edm", 2026, 10, 29, 13, 30, wd="Thursday", off="-06:00")
    body = ("Hi Liam and Omar,\n\nThanks for agreeing to sit on the interview panel for our Winter 2027 co-op. The "
            "candidate is Maya Chen, a third-year BComm student at Bow River University (resume is in the FP&A "
            "Teams channel).\n\nPlan: I'll open with behavioural questions, Liam takes the Excel/modelling "
            "question (the lease-vs-buy one we used last term), and Omar covers accounting basics. Let's meet in "
            "Boardroom 2 ten minutes early to compare notes; Maya joins on Teams.\n\nGrace")
    m1 = outlook_invite(slug, "m1", org=grace, required=[liam_work, omar, maya],
                        sent=D("edm", 2026, 10, 22, 10, 12, 44, wd="Thursday"),
                        subject="Interview: Maya Chen - Financial Analyst Co-op (Winter 2027)", body=body,
                        start=start, end=start + timedelta(minutes=45), wintz="Mountain Standard Time",
                        uid=exch_uid(slug, "u1"), location="Boardroom 2 / Microsoft Teams Meeting",
                        extra_headers=["X-Forwarded-To: liam.tremblay@example.com",
                                       "X-Forwarded-For: ltremblay@prairiemeridian.example liam.tremblay@example.com"])
    return slug, [("01-teams-invite-coop-panel.eml", m1)], label(
        [], "hard", "negative/user-is-interviewer",
        "Work invite auto-forwarded to the personal mailbox: Liam sits on the panel interviewing a co-op "
        "student. Windows TZID 'Mountain Standard Time' with a (UTC-07:00) label in MDT season.")


@case
def n_scam():
    slug = "nexa-petroleum-telegram-scam"
    TZ["lag"] = ZoneInfo("Africa/Lagos")
    t1 = D("lag", 2026, 10, 30, 3, 12, 45, wd="Friday", off="+01:00")
    WD(2026, 11, 2, "Monday")
    b1 = """Dear Liam Tremblay,

We got your resume from Indeed and we are pleased to inform you that you have been shortlisted for the position of Remote Financial Analyst/ Accounts Payable Officer with Nexa Petroleum Canada Ltd. Pay rate $48/hr, 100% remote.

Your online interview has been scheduled for Monday, November 2, 2026 at 10:00 AM with our Hiring Manager Mr. Richard Coleman. The interview will be conducted via text chat on Telegram. Kindly add him: @RichardColeman_NexaHR and be online 10 minutes before.

Please have the following ready: full name, home address, phone number, a copy of your driver's licence (front and back) and your banking details for payroll set up.

After the interview, successful candidates will receive a cheque to purchase home office equipment from our approved vendor.

Regards,
Mrs. Linda Harper
HR Department
Nexa Petroleum Canada Ltd.
"""
    m1 = email_bytes(case=slug, frm=("Nexa Petroleum Canada HR", "hr.department@nexa-petroleum-careers.example"),
                     reply_to=("Linda Harper", "recruitment.nexapetro@freemail.example"), to=[LIAM], date_dt=t1,
                     subject="Congratulations!!! Remote Financial Analyst Position - Online Interview Scheduled",
                     mid=msgid(slug, "m1", "x", "nexa-petroleum-careers.example"),
                     part=leaf('text/plain; charset="us-ascii"', b1, "7bit"))
    return slug, [("01-congratulations-online-interview.eml", m1)], label(
        [], "medium", "negative/scam",
        "Fake energy-company recruiter: Telegram text-chat 'interview', asks for ID and banking details, cheque "
        "for equipment.")


@case
def n_oneway():
    slug = "yorkville-hirevue-one-way-video"
    WD(2026, 10, 18, "Sunday")
    t1 = datetime(2026, 10, 13, 17, 2, 51, tzinfo=UTC)
    b1 = f"""Hi Liam,

Thank you for applying to the Financial Analyst, Wealth Management Finance role at Yorkville Trust & Savings. The next step is an on-demand digital interview on HireVue.

- 5 questions, recorded on your own time
- Up to 3 minutes per answer, with 30 seconds to think before each one
- There is no live interviewer; our recruiting team reviews recordings after the deadline

Please complete your interview by Sunday, October 18, 2026 at 11:59 PM ET.

Start interview: https://app.hirevue.com/interviews/{hx(slug, 'hv', n=20)}

Tips: use Chrome or Firefox, find a quiet, well-lit space, and try the practice question first.

Yorkville Trust & Savings Talent Acquisition
"""
    m1 = email_bytes(case=slug, frm=("Yorkville Trust & Savings", "noreply@hirevue.com"), to=[LIAM], date_dt=t1,
                     subject="Yorkville Trust & Savings: complete your digital interview",
                     mid=msgid(slug, "m1", "x", "hirevue.com"), part=plain_and_html(slug, "m1", b1, "qp", "qp"))
    return slug, [("01-hirevue-digital-interview.eml", m1)], label(
        [], "medium", "negative/one-way-video",
        "HireVue one-way recorded interview with a deadline; explicitly no live interviewer.")


@case
def n_availability():
    slug = "borealis-linkedin-availability-request"
    t1 = datetime(2026, 11, 10, 16, 47, 20, tzinfo=UTC)
    b1 = f"""Kirsten Maddox
Talent Acquisition Manager at Borealis Pipeline Corp.

Hi Liam - I came across your profile and think you'd be a strong fit for a Senior Financial Analyst, Regulatory & Tolling role we're opening on our Calgary team. Would you be open to a 20-minute intro call sometime next week? If so, grab any slot that suits you here: calendly.com/kmaddox-borealis/20min - or send me a couple of times that work and I'll make it happen.

Thanks,
Kirsten

Reply: https://www.linkedin.com/messaging/thread/{hx(slug, 'thr', n=22)}/

You are receiving InMail notification emails.
This email was intended for Liam Tremblay (Financial Analyst at Prairie Meridian Advisory).
LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
"""
    m1 = email_bytes(case=slug, frm=("Kirsten Maddox via LinkedIn", "messages-noreply@linkedin.com"), to=[LIAM],
                     date_dt=t1, subject="Kirsten sent you a new message",
                     mid=msgid(slug, "m1", "x", "linkedin.com"), part=plain_and_html(slug, "m1", b1, "qp", "qp"))
    return slug, [("01-linkedin-inmail.eml", m1)], label(
        [], "medium", "negative/availability-request",
        "LinkedIn InMail asking for an intro call 'sometime next week' with an unbooked Calendly link.")


@case
def n_mock():
    slug = "alumni-mock-case-interview"
    hollis = ("Hollis Grant", "hgrant@bowriveru.example")
    t1 = datetime(2026, 10, 2, 22, 15, 9, tzinfo=UTC)
    start = D("edm", 2026, 10, 8, 16, 0, wd="Thursday", off="-06:00")
    end = start + timedelta(hours=1)
    inv = hx(slug, "calinv", n=32)
    uuid = f"{inv[:8]}-{inv[8:12]}-{inv[12:16]}-{inv[16:20]}-{inv[20:32]}"
    b1 = f"""Hi Liam,

Your event has been scheduled.

Event Type:
Mock Case Interview (Energy & Finance) - Alumni Career Services

Invitee:
Liam Tremblay
liam.tremblay@example.com

Event Date/Time:
04:00pm - 05:00pm (Mountain Time - US & Canada) on Thursday, October 8, 2026

Location:
Zoom (link in calendar invite)

Description:
Practise a 45-minute finance case interview with a career coach, followed by 15 minutes of feedback. Free for Bow River University alumni. Bring the job posting you're targeting.

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/{uuid}
Reschedule: https://calendly.com/reschedulings/{uuid}

Powered by Calendly.com
"""
    ics = simple_ics(prodid="-//Calendly//Calendly Scheduling//EN", method="REQUEST", tzid="UTC", utc=True,
                     start=start, end=end, uid=f"{uuid}@calendly.com",
                     summary="Mock Case Interview (Energy & Finance) between Hollis Grant and Liam Tremblay",
                     description="Alumni Career Services practice interview with feedback.", organizer=hollis,
                     attendees=[LIAM], location="Zoom", stamp=t1)
    alt = plain_and_html(slug, "m1", b1, "qp", "qp")
    att = leaf('text/calendar; charset="UTF-8"; method=REQUEST; name="invite.ics"', ics, "b64",
               ['Content-Disposition: attachment; filename="invite.ics"'])
    m1 = email_bytes(case=slug, frm=("Calendly", "notifications@calendly.com"), reply_to=hollis, to=[LIAM],
                     date_dt=t1,
                     subject="Confirmed: Mock Case Interview (Energy & Finance) with Hollis Grant on Thursday, October 8, 2026",
                     mid=msgid(slug, "m1", "x", "calendly.com"), part=multi("mixed", [alt, att], boundary(slug, "m1")))
    return slug, [("01-calendly-mock-interview.eml", m1)], label(
        [], "medium", "negative/mock-interview",
        "Calendly booking of an alumni career-centre mock case interview (coaching, not a hiring process).")


# ================================================================ output
DST_NOTES = {
    "harbourfront-teams-panel-edt": "Windows 'Eastern Standard Time' invite whose display label reads (UTC-05:00) "
                                    "while Oct 14 is EDT (-04:00) = 09:00 MDT Calgary.",
    "cascadia-google-invite-pacific": "Vancouver PDT (-07:00) on Oct 20 = 11:00 MDT Calgary.",
    "mont-royal-entrevue-francais": "Mail sent Oct 26 in EDT (-04:00); 'mardi 3 novembre à 10 h (heure de l'Est)' "
                                    "is EST (-05:00) after the Nov 1 fall-back = 08:00 MST.",
    "dominion-superday-three-invites": "Invites sent Oct 26 (EDT) for Nov 5 sessions in EST (-05:00).",
    "elbow-river-agency-tomorrow-at-2": "'tomorrow at 2:00 pm' resolved against Wed Oct 21 -0600 -> Thu Oct 22 14:00 MDT.",
    "wascana-regina-reschedule-across-dst": "America/Regina / 'Canada Central Standard Time' is -06:00 all year; the "
                                            "reschedule from Oct 29 to Nov 4 crosses Alberta's fall-back (10:00 CST = "
                                            "10:00 MDT before, 09:00 MST after).",
    "bay-adelaide-case-study-cancelled-on-hold": "Cancelled slot Oct 27 13:00 EDT (-04:00) = 11:00 MDT.",
    "sundre-calendly-screen-then-technical": "Booked Oct 29 (MDT) for Mon Nov 2 09:00 'Mountain Time' = MST (-07:00), "
                                             "the first weekday after the fall-back; Calendly .ics in UTC (16:00Z).",
    "queensway-final-email-and-gcal-event": "Nov 17 15:00 EST (-05:00) = 13:00 MST.",
    "nose-hill-indeed-video-interview": "Indeed Date header in US Central (-06:00); interview 11:00 MST (-07:00).",
    "liam-on-coop-hiring-panel": "(negative) Windows 'Mountain Standard Time' with (UTC-07:00) label on an MDT date.",
}


def main():
    _check_calendar()
    for p in sorted(OUT.glob("b284-*")):
        shutil.rmtree(p)
    labels = {}
    num = {}
    for i, fn in enumerate(CASES, start=1):
        slug, items, lab = fn()
        cid = f"b284-{i:02d}-{slug}"
        num[slug] = i
        d = OUT / cid
        d.mkdir()
        names = [n for n, _ in items]
        assert names == sorted(names) and len(set(names)) == len(names)
        for j, (name, data) in enumerate(items, start=1):
            assert name.startswith(f"{j:02d}-"), name
            assert name.endswith((".eml", ".ics", ".gcal.json")), name
            (d / name).write_bytes(data)
        labels[cid] = lab
    hdr = "# Labels for blind284 (written blind). Schema: /work/shared/eval/README.md\n"
    (OUT / "labels.yaml").write_text(hdr + yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=110),
                                     encoding="utf-8")
    n = len(labels)
    pos = sum(1 for l in labels.values() if l["interview"])
    ivs = [iv for l in labels.values() for iv in l["interviews"]]
    by_status = {s: sum(1 for iv in ivs if iv["status"] == s) for s in ("scheduled", "cancelled")}
    kinds = {}
    for iv in ivs:
        kinds[iv["kind"]] = kinds.get(iv["kind"], 0) + 1
    kind_txt = ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
    dst_lines = "\n".join(f"- Case {num[s]:02d} (`{s}`): {t}" for s, t in sorted(DST_NOTES.items(), key=lambda x: num[x[0]]))
    readme = f"""# blind284: Canadian banking and energy hiring in Calgary and Toronto (written blind)

Mailbox owner: Liam Tremblay <{OWNER}>, a financial analyst in Calgary, Alberta (America/Edmonton: MDT -06:00
until Sun Nov 1 2026, MST -07:00 after).

This set was written blind: only the eval README (label schema and rules) and a few dev files for format
were read; no tool code, tests or other sets.

## What it stresses
Energy employers in Calgary (Mountain), banks in Toronto (Eastern), a Vancouver firm (Pacific), a Montreal
insurer writing in French ("entrevue", "mardi 3 novembre à 10 h", "heure de l'Est") and a Regina crown
corporation (America/Regina, CST all year). Dates fall in Oct-Nov 2026, around the Nov 1 fall-back, so the
same wall-clock time maps to different offsets before and after. Vendors: Workday, Taleo, SuccessFactors,
Indeed, LinkedIn, HireVue, Teams/Exchange (Windows TZIDs 'Mountain Standard Time', 'Canada Central Standard
Time', 'Eastern Standard Time'), Google Calendar, Zoom, Calendly. Positives include panels, a superday sent as
three invites, a case study cancelled because the role went on hold, an agency recruiter (company = the
client), a relative "tomorrow at 2", a propose/confirm thread, a reschedule across the DST change and two
interviews in one case. Hard negatives: job alert, psychometric test, reference check call where Liam is the
referee, info session webinar, rejection, Liam on a hiring panel, scam, one-way video, availability request,
mock interview.

## Counts
- Cases: {n} ({pos} positive, {n - pos} negative)
- Labelled interviews: {len(ivs)} (scheduled {by_status['scheduled']}, cancelled {by_status['cancelled']})
- By kind: {kind_txt}

## Formats
.eml (text/plain and HTML, quoted-printable / base64 / 7bit; Google Calendar invitations with text/calendar
and invite.ics; Exchange/Teams multipart/alternative invites with X-MICROSOFT-CDO-* properties; ATS mails with
.ics attachments incl. METHOD:CANCEL), one standalone .ics (Zoom) and one Calendar API `.gcal.json` event.

## Time-zone / DST points
{dst_lines}

Regenerate with `python make_cases.py` (deterministic; rewrites every b284-* folder, labels.yaml and this file).
"""
    (OUT / "README.md").write_text(readme, encoding="utf-8")
    print(f"{n} cases, {pos} positive, {n - pos} negative, {len(ivs)} interviews {by_status} {kinds}")


if __name__ == "__main__":
    main()
