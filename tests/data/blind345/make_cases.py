#!/usr/bin/env python3
"""Generate the blind345 evaluation set (Apia, Samoa; Samoan English mailbox).

Deletes and rewrites every b345-* case folder, labels.yaml and README.md next to this script.
Standard library + PyYAML + zoneinfo only. Output is byte-identical on every run: all dates,
Message-IDs, UIDs and MIME boundaries are fixed or derived from hashes of a seed.
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
SEED = "blind345-apia-2026"
PREFIX = "b345"
OWNER = "leilani.faleolo@example.com"
OWNER_NAME = "Leilani Faleolo"

APIA = ZoneInfo("Pacific/Apia")
AKL = ZoneInfo("Pacific/Auckland")
FIJI = ZoneInfo("Pacific/Fiji")
HNL = ZoneInfo("Pacific/Honolulu")
UTC = timezone.utc
WD = {"Mon": 0, "Tue": 1, "Wed": 2, "Thu": 3, "Fri": 4, "Sat": 5, "Sun": 6}


# ----------------------------------------------------------------------------- time checks
def at(y, m, d, hh=0, mm=0, ss=0, tz=APIA, wd=None, off=None):
    """Aware datetime; asserts the weekday named in the text and the expected UTC offset."""
    x = datetime(y, m, d, hh, mm, ss, tzinfo=tz)
    if wd is not None:
        assert x.weekday() == WD[wd], (x, wd, x.strftime("%a"))
    if off is not None:
        assert x.strftime("%z") == off, (x, off, x.strftime("%z"))
    return x


def check_zone_facts():
    # Samoa: UTC+13 all year, no DST since 2021.
    d = datetime(2026, 1, 1, 12, tzinfo=APIA)
    while d.year == 2026:
        assert d.utcoffset() == timedelta(hours=13), d
        d += timedelta(days=1)
    for y in (2022, 2023, 2024, 2025):
        assert datetime(y, 1, 15, tzinfo=APIA).utcoffset() == timedelta(hours=13)
        assert datetime(y, 7, 15, tzinfo=APIA).utcoffset() == timedelta(hours=13)
    # New Zealand: NZDT from Sun 27 Sep 2026 (02:00 -> 03:00), NZST from Sun 5 Apr 2026.
    assert at(2026, 9, 27, 1, 30, tz=AKL, wd="Sun").utcoffset() == timedelta(hours=12)
    assert at(2026, 9, 27, 3, 30, tz=AKL, wd="Sun").utcoffset() == timedelta(hours=13)
    assert at(2026, 4, 5, 12, tz=AKL, wd="Sun").utcoffset() == timedelta(hours=12)
    assert at(2026, 4, 4, 12, tz=AKL, wd="Sat").utcoffset() == timedelta(hours=13)
    # Oct-Nov 2026: Auckland on the same clock as Apia; Fiji one hour behind (no DST in 2026);
    # Honolulu UTC-10 (no DST, unchanged across the US change of Sun 1 Nov).
    d = datetime(2026, 10, 1, 12)
    while d.month in (10, 11):
        assert d.replace(tzinfo=AKL).utcoffset() == timedelta(hours=13), d
        assert d.replace(tzinfo=FIJI).utcoffset() == timedelta(hours=12), d
        assert d.replace(tzinfo=HNL).utcoffset() == timedelta(hours=-10), d
        d += timedelta(days=1)
    ny = ZoneInfo("America/New_York")
    assert at(2026, 10, 31, 12, tz=ny, wd="Sat").utcoffset() == timedelta(hours=-4)
    assert at(2026, 11, 2, 12, tz=ny, wd="Mon").utcoffset() == timedelta(hours=-5)
    assert at(2026, 3, 8, 12, tz=ny, wd="Sun").utcoffset() == timedelta(hours=-4)
    lon = ZoneInfo("Europe/London")
    assert at(2026, 10, 25, 12, tz=lon, wd="Sun").utcoffset() == timedelta(0)
    assert at(2026, 10, 24, 12, tz=lon, wd="Sat").utcoffset() == timedelta(hours=1)
    assert at(2026, 3, 29, 12, tz=lon, wd="Sun").utcoffset() == timedelta(hours=1)
    # Theme example: Monday 2pm Hawaii time is Tuesday 1pm in Apia.
    x = at(2026, 11, 2, 14, tz=HNL, wd="Mon", off="-1000").astimezone(APIA)
    assert (x.strftime("%a"), x.hour, x.minute) == ("Tue", 13, 0), x


# ----------------------------------------------------------------------------- ids
def h(*parts):
    return hashlib.sha256("|".join((SEED,) + tuple(str(p) for p in parts)).encode()).hexdigest()


def msgid(key, domain, style="plain"):
    x = h("msgid", key)
    if style == "gmail":
        return f"<CA{base64.b32encode(bytes.fromhex(x[:30])).decode().rstrip('=')}@mail.gmail.com>"
    if style == "google-cal":
        return f"<calendar-{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:32]}@google.com>"
    if style == "outlook":
        u = x.upper()
        return f"<SY4P282MB{u[:4]}{u[4:20]}@SY4P282MB{u[20:24]}.AUSP282.PROD.OUTLOOK.COM>"
    return f"<{x[:12]}.{x[12:20]}@{domain}>"


def boundary(key, style="google"):
    x = h("boundary", key)
    if style == "google":
        return "000000000000" + x[:12]
    if style == "outlook":
        return "_000_" + x[:24].upper() + "prodoutlookcom_"
    return "----=_Part_" + str(int(x[:8], 16)) + "_" + str(int(x[8:16], 16)) + "." + str(int(x[16:26], 16))


def gcal_uid(key):
    return base64.b32encode(bytes.fromhex(h("uid", key)[:30])).decode().lower().rstrip("=")[:26]


def exch_uid(key):
    return "040000008200E00074C5B7101A82E00800000000" + h("exuid", key)[:48].upper()


def meet_code(key):
    x = h("meet", key)
    letters = "".join(chr(ord("a") + int(c, 16) % 26) for c in x[:10])
    return f"{letters[:3]}-{letters[3:7]}-{letters[7:10]}"


# ----------------------------------------------------------------------------- MIME helpers
def hdr(value):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, "utf-8").encode()


def addr(name, email):
    if not name:
        return email
    return formataddr((name, email), charset="utf-8")


def leaf(ctype, body, enc="qp", extra=()):
    data = body.encode("utf-8")
    if enc == "qp":
        payload = quopri.encodestring(data).decode("ascii")
        cte = "quoted-printable"
    elif enc == "b64":
        payload = base64.encodebytes(data).decode("ascii")
        cte = "base64"
    elif enc == "7bit":
        payload = body
        cte = "7bit"
    elif enc == "8bit":
        payload = body
        cte = "8bit"
    else:
        raise ValueError(enc)
    lines = [f"Content-Type: {ctype}"] + list(extra) + [f"Content-Transfer-Encoding: {cte}"]
    return "\n".join(lines) + "\n\n" + payload.rstrip("\n") + "\n"


def attachment(ctype, filename, data_str, disposition="attachment"):
    payload = base64.encodebytes(data_str.encode("utf-8")).decode("ascii")
    return (f'Content-Type: {ctype}; name="{filename}"\n'
            f'Content-Disposition: {disposition}; filename="{filename}"\n'
            f"Content-Transfer-Encoding: base64\n\n{payload}")


def multipart(subtype, bnd, parts):
    s = f'Content-Type: multipart/{subtype}; boundary="{bnd}"\n\n'
    for p in parts:
        s += f"--{bnd}\n{p}\n"
    s += f"--{bnd}--\n"
    return s


def to_html(text, font="Arial,Helvetica,sans-serif"):
    paras = [p for p in text.strip("\n").split("\n\n")]
    body = "\n".join("<p>" + "<br>\n".join(html.escape(l) for l in p.split("\n")) + "</p>" for p in paras)
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            f'<body><div style="font-family:{font};font-size:11pt">\n{body}\n</div></body></html>\n')


def email_msg(*, key, sent, frm, to, subject, body_mime, cc=None, reply_to=None, mid=None,
              in_reply_to=None, references=None, extra=(), sender=None, received_by="mx.example.com"):
    """Assemble a full RFC 5322 message (LF line endings). body_mime starts with Content-Type."""
    dom = frm[1].split("@")[1]
    mid = mid or msgid(key, dom)
    utc_s = format_datetime(sent.astimezone(UTC))
    lines = [f"Delivered-To: {OWNER}",
             f"Received: from {dom} ({dom} [203.0.113.{int(h('ip', key)[:2], 16) % 250 + 2}])",
             f"        by {received_by} with ESMTPS id {h('smtp', key)[:16]}",
             f"        for <{OWNER}>; {utc_s}",
             f"Return-Path: <{sender[1] if sender else frm[1]}>"]
    lines.append("MIME-Version: 1.0")
    lines.append(f"Date: {format_datetime(sent)}")
    lines.append(f"From: {addr(*frm)}")
    if sender:
        lines.append(f"Sender: {addr(*sender)}")
    lines.append("To: " + ", ".join(addr(*t) for t in to))
    if cc:
        lines.append("Cc: " + ", ".join(addr(*c) for c in cc))
    if reply_to:
        lines.append(f"Reply-To: {addr(*reply_to)}")
    lines.append(f"Subject: {hdr(subject)}")
    lines.append(f"Message-ID: {mid}")
    if in_reply_to:
        lines.append(f"In-Reply-To: {in_reply_to}")
    if references:
        lines.append("References: " + "\n ".join(references))
    lines.extend(extra)
    return "\n".join(lines) + "\n" + body_mime


def plain_and_html(key, text, enc_plain="qp", enc_html="qp", font="Arial,Helvetica,sans-serif"):
    return multipart("alternative", boundary(key + "alt"), [
        leaf('text/plain; charset="UTF-8"', text, enc_plain),
        leaf('text/html; charset="UTF-8"', to_html(text, font), enc_html)])


# ----------------------------------------------------------------------------- iCalendar helpers
def ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line):
    b = line.encode("utf-8")
    if len(b) <= 75:
        return line
    out, cur, limit = [], "", 75
    for ch in line:
        if len((cur + ch).encode("utf-8")) > limit:
            out.append(cur)
            cur, limit = ch, 74
        else:
            cur += ch
    out.append(cur)
    return "\r\n ".join(out)


def ics_text(lines):
    return "".join(fold(l) + "\r\n" for l in lines)


def utcstamp(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def local(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


VTZ = {
    "Pacific/Apia": ["BEGIN:VTIMEZONE", "TZID:Pacific/Apia", "X-LIC-LOCATION:Pacific/Apia",
                     "BEGIN:STANDARD", "TZOFFSETFROM:+1300", "TZOFFSETTO:+1300", "TZNAME:+13",
                     "DTSTART:19700101T000000", "END:STANDARD", "END:VTIMEZONE"],
    "Pacific/Auckland": ["BEGIN:VTIMEZONE", "TZID:Pacific/Auckland", "X-LIC-LOCATION:Pacific/Auckland",
                         "BEGIN:DAYLIGHT", "TZOFFSETFROM:+1200", "TZOFFSETTO:+1300", "TZNAME:NZDT",
                         "DTSTART:19700927T020000", "RRULE:FREQ=YEARLY;BYMONTH=9;BYDAY=-1SU",
                         "END:DAYLIGHT", "BEGIN:STANDARD", "TZOFFSETFROM:+1300", "TZOFFSETTO:+1200",
                         "TZNAME:NZST", "DTSTART:19700405T030000", "RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU",
                         "END:STANDARD", "END:VTIMEZONE"],
    "Pacific/Honolulu": ["BEGIN:VTIMEZONE", "TZID:Pacific/Honolulu", "X-LIC-LOCATION:Pacific/Honolulu",
                         "BEGIN:STANDARD", "TZOFFSETFROM:-1000", "TZOFFSETTO:-1000", "TZNAME:HST",
                         "DTSTART:19700101T000000", "END:STANDARD", "END:VTIMEZONE"],
    "Samoa Standard Time": ["BEGIN:VTIMEZONE", "TZID:Samoa Standard Time", "BEGIN:STANDARD",
                            "DTSTART:16010101T000000", "TZOFFSETFROM:+1300", "TZOFFSETTO:+1300",
                            "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T000000",
                            "TZOFFSETFROM:+1300", "TZOFFSETTO:+1300", "END:DAYLIGHT", "END:VTIMEZONE"],
    "Fiji Standard Time": ["BEGIN:VTIMEZONE", "TZID:Fiji Standard Time", "BEGIN:STANDARD",
                           "DTSTART:16010101T000000", "TZOFFSETFROM:+1200", "TZOFFSETTO:+1200",
                           "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T000000",
                           "TZOFFSETFROM:+1200", "TZOFFSETTO:+1200", "END:DAYLIGHT", "END:VTIMEZONE"],
}
# Windows zone names must map to the zones their offsets claim.
WIN = {"Samoa Standard Time": APIA, "Fiji Standard Time": FIJI}


def att_line(name, email, role="REQ-PARTICIPANT", partstat="NEEDS-ACTION", rsvp=True, google=False):
    if google:
        return (f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP={'TRUE' if rsvp else 'FALSE'}"
                f";CN={name or email};X-NUM-GUESTS=0:mailto:{email}")
    return f"ATTENDEE;ROLE={role};PARTSTAT={partstat};RSVP={'TRUE' if rsvp else 'FALSE'};CN={name}:mailto:{email}"


def google_ics(*, uid, seq, start, end, tzid, summary, description, location, organizer, attendees,
               stamp, created, method="REQUEST", status="CONFIRMED", meet=None):
    assert start.tzinfo is not None and str(start.tzinfo) == tzid
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
             "CALSCALE:GREGORIAN", f"METHOD:{method}"] + VTZ[tzid]
    lines += ["BEGIN:VEVENT", f"DTSTART;TZID={tzid}:{local(start)}", f"DTEND;TZID={tzid}:{local(end)}",
              f"DTSTAMP:{utcstamp(stamp)}", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}",
              f"UID:{uid}"]
    for a in attendees:
        lines.append(att_line(a[0], a[1], role=a[2] if len(a) > 2 else "REQ-PARTICIPANT",
                              partstat=a[3] if len(a) > 3 else "NEEDS-ACTION", google=True))
    if meet:
        lines.append(f"X-GOOGLE-CONFERENCE:https://meet.google.com/{meet}")
    desc = description
    if meet:
        desc += f"\n\nJoin with Google Meet: https://meet.google.com/{meet}\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"
    lines += [f"CREATED:{utcstamp(created)}", f"DESCRIPTION:{ics_escape(desc)}",
              f"LAST-MODIFIED:{utcstamp(stamp)}", f"LOCATION:{ics_escape(location)}",
              f"SEQUENCE:{seq}", f"STATUS:{status}", f"SUMMARY:{ics_escape(summary)}", "TRANSP:OPAQUE"]
    if method != "CANCEL":
        lines += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder",
                  "TRIGGER:-P0DT0H30M0S", "END:VALARM"]
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return ics_text(lines)


def exchange_ics(*, uid, seq, start, end, wintz, summary, description, location, organizer, attendees,
                 stamp, method="REQUEST", status="CONFIRMED", busy="TENTATIVE"):
    assert start.utcoffset() == datetime(start.year, start.month, start.day, 12, tzinfo=WIN[wintz]).utcoffset()
    lines = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
    lines += VTZ[wintz]
    lines += ["BEGIN:VEVENT", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    for a in attendees:
        lines.append(att_line(a[0], a[1], role=a[2] if len(a) > 2 else "REQ-PARTICIPANT"))
    lines += [f"DESCRIPTION;LANGUAGE=en-NZ:{ics_escape(description)}", f"UID:{uid}",
              f"SUMMARY;LANGUAGE=en-NZ:{ics_escape(summary)}",
              f"DTSTART;TZID={wintz}:{local(start)}", f"DTEND;TZID={wintz}:{local(end)}",
              "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{utcstamp(stamp)}", "TRANSP:OPAQUE",
              f"STATUS:{status}", f"SEQUENCE:{seq}", f"LOCATION;LANGUAGE=en-NZ:{ics_escape(location)}",
              f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
              f"X-MICROSOFT-CDO-OWNERAPPTID:{int(h('owner', uid)[:7], 16)}",
              f"X-MICROSOFT-CDO-BUSYSTATUS:{busy}", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
              "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1",
              "X-MICROSOFT-CDO-INSTTYPE:0", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
              "X-MICROSOFT-DISALLOW-COUNTER:FALSE", "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT",
              "X-MICROSOFT-ISRESPONSEREQUESTED:TRUE",
              "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY",
              "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    return ics_text(lines)


def gtime(dt):
    s = dt.strftime("%I").lstrip("0")
    if dt.minute:
        s += f":{dt.minute:02d}"
    return s + dt.strftime("%p").lower()


def gdate_long(dt):
    return f"{dt.strftime('%A')} {dt.strftime('%b')} {dt.day}, {dt.year}"


def google_invite(*, key, sent, organizer, to_attendees, uid, seq, start, end, tzid, tzlabel, tzlong,
                  summary, description, location, guests, kind="Invitation", method="REQUEST",
                  status="CONFIRMED", meet=None, created=None, note=None):
    """Google Calendar invitation e-mail: multipart/mixed(alternative(plain, html, calendar), invite.ics)."""
    when = f"{start.strftime('%a')} {start.strftime('%b')} {start.day}, {start.year} {gtime(start)} - {gtime(end)} ({tzlabel})"
    subject = f"{kind}: {summary} @ {when} ({OWNER})"
    ics = google_ics(uid=uid, seq=seq, start=start, end=end, tzid=tzid, summary=summary,
                     description=description, location=location, organizer=organizer,
                     attendees=guests, stamp=sent, created=created or sent, method=method,
                     status=status, meet=meet)
    head = ""
    if note:
        head = f"{organizer[0]} has {'updated' if kind.startswith('Updated') else 'sent'} this event with a note:\n\"{note}\"\n\n"
    if kind.startswith("Canceled"):
        head = f"This event has been canceled{' with a note:' if note else '.'}\n" + (f"\"{note}\"\n\n" if note else "\n")
    gl = "\n".join(f"{g[0] or g[1]}{' - organizer' if g[1] == organizer[1] else ''}" for g in guests)
    plain = (f"{head}{summary}\n{gdate_long(start)} ⋅ {gtime(start)} – {gtime(end)}\n{tzlong}\n\n"
             + (f"Location\n{location}\nhttps://www.google.com/maps/search/{location.replace(' ', '+')}\n\n" if location else "")
             + (f"Join with Google Meet\nhttps://meet.google.com/{meet}\n\n" if meet else "")
             + f"{description}\n\nGuests\n{gl}\nView all guest info\n"
             f"https://calendar.google.com/calendar/event?action=VIEW&eid={h('eid', key)[:40]}\n\n"
             + ("" if kind.startswith("Canceled") else
                f"Reply for {OWNER}\nYes\nNo\nMaybe\nMore options\n"
                f"https://calendar.google.com/calendar/event?action=RESPOND&eid={h('eid', key)[:40]}\n\n")
             + "Invitation from Google Calendar\n\nYou are receiving this email because you are an attendee "
             "on the event. To stop receiving future updates for this event, decline this event.\n\n"
             "Forwarding this invitation could allow any recipient to send a response to the organizer, "
             "be added to the guest list, invite others regardless of their own invitation status, or "
             "modify your RSVP.\n")
    alt = multipart("alternative", boundary(key + "alt"), [
        leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', plain, "b64"),
        leaf('text/html; charset="UTF-8"', to_html(plain, "Roboto,Helvetica,Arial,sans-serif"), "qp"),
        leaf(f'text/calendar; charset="UTF-8"; method={method}', ics.replace("\r\n", "\n"), "7bit")])
    mixed = multipart("mixed", boundary(key + "mix"), [
        alt, attachment("application/ics", "invite.ics", ics)])
    return email_msg(key=key, sent=sent, frm=organizer, to=[(OWNER_NAME, OWNER)], subject=subject,
                     body_mime=mixed, reply_to=organizer, mid=msgid(key, "", "google-cal"),
                     sender=("Google Calendar", "calendar-notification@google.com"),
                     received_by="mx.google.com"), ics


def win_when(start, end, label):
    def t(x):
        return x.strftime("%I:%M %p").lstrip("0")
    return f"{start.strftime('%A')}, {start.day} {start.strftime('%B %Y')} {t(start)}-{t(end)} {label}."


def outlook_invite(*, key, sent, organizer, required, optional=(), uid, seq, start, end, wintz, label,
                   summary, body, location, teams=False, cc=None):
    """Exchange/Outlook meeting request: multipart/alternative(plain, html, calendar base64)."""
    when = win_when(start, end, label)
    teams_txt = ""
    if teams:
        mid_ = int(h("teamsid", key)[:12], 16) % 10 ** 12
        teams_txt = ("\n\n" + "_" * 80 + "\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\n"
                     f"Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{h('teams', key)[:32]}%40thread.v2/0>\n"
                     f"Meeting ID: {str(mid_)[:3]} {str(mid_)[3:6]} {str(mid_)[6:9]} {str(mid_)[9:12]}\n"
                     f"Passcode: {base64.b32encode(bytes.fromhex(h('pc', key)[:10])).decode()[:6]}\n"
                     "Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | "
                     "Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n" + "_" * 80)
    plain = f"When: {when}\nWhere: {location}\n\n*~*~*~*~*~*~*~*~*~*\n\n{body}{teams_txt}\n"
    atts = [(n, e, "REQ-PARTICIPANT") for n, e in required] + [(n, e, "OPT-PARTICIPANT") for n, e in optional]
    ics = exchange_ics(uid=uid, seq=seq, start=start, end=end, wintz=wintz, summary=summary,
                       description=plain, location=location, organizer=organizer, attendees=atts, stamp=sent)
    alt = multipart("alternative", boundary(key, "outlook"), [
        leaf('text/plain; charset="utf-8"', plain, "qp"),
        leaf('text/html; charset="utf-8"', to_html(plain, "Aptos,Calibri,sans-serif"), "qp"),
        leaf('text/calendar; charset="utf-8"; method=REQUEST', ics, "b64")])
    ti = base64.b64encode(bytes.fromhex(h("ti", key)[:44])).decode()
    extra = [f"Thread-Topic: {hdr(summary)}", f"Thread-Index: {ti}", "Accept-Language: en-NZ, en-US",
             "Content-Language: en-NZ", "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:",
             "Content-class: urn:content-classes:calendarmessage", "x-ms-publictraffictype: Email"]
    to = [(OWNER_NAME, OWNER)] + [r for r in required if r[1] != OWNER] + list(optional)
    return email_msg(key=key, sent=sent, frm=organizer, to=to, cc=cc, subject=summary, body_mime=alt,
                     mid=msgid(key, "", "outlook"), extra=extra,
                     received_by="mx.example.com"), ics


def gcal_event(*, key, uid, summary, description, location, start, end, tzname, organizer, attendees,
               created, updated, meet=None, seq=0, status="confirmed"):
    eid = uid.split("@")[0]
    ev = {
        "kind": "calendar#event",
        "etag": f"\"{int(h('etag', key)[:15], 16)}\"",
        "id": eid,
        "status": status,
        "htmlLink": "https://www.google.com/calendar/event?eid="
                    + base64.b64encode(f"{eid} {OWNER}".encode()).decode().rstrip("="),
        "created": created.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "updated": updated.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{int(h('ms', key)[:3], 16) % 1000:03d}Z",
        "summary": summary,
        "description": description,
        "location": location,
        "creator": {"email": organizer[1], "displayName": organizer[0]},
        "organizer": {"email": organizer[1], "displayName": organizer[0]},
        "start": {"dateTime": start.isoformat(), "timeZone": tzname},
        "end": {"dateTime": end.isoformat(), "timeZone": tzname},
        "iCalUID": uid,
        "sequence": seq,
        "attendees": attendees,
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    if not location:
        del ev["location"]
    if meet:
        ev["hangoutLink"] = f"https://meet.google.com/{meet}"
        ev["conferenceData"] = {
            "entryPoints": [{"entryPointType": "video", "uri": f"https://meet.google.com/{meet}",
                             "label": f"meet.google.com/{meet}"}],
            "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet"},
            "conferenceId": meet}
    return json.dumps(ev, indent=2, ensure_ascii=False) + "\n"


def iv(company, role, start, end, status, interviewers, followup, kind):
    return {"company": company, "role": role, "start": start.isoformat(),
            "end": end.isoformat() if end else None, "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(followup), "kind": kind}


def label(interviews, difficulty, category, notes):
    return {"user": OWNER, "interview": bool(interviews), "interviews": interviews,
            "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}


CASES = []  # (slug, items[(filename, str)], label)


def case(slug):
    def deco(fn):
        CASES.append((slug, fn))
        return fn
    return deco


ME = (OWNER_NAME, OWNER)

# ----------------------------------------------------------------------------- people
BANK = "Mulinu'u Savings Bank"
BANK_ROLE = "Senior Finance Officer"
SINA = ("Sina Tuilagi", "sina.tuilagi@mulinuubank.example")
PAUL = ("Paul Ah Chong", "paul.ahchong@mulinuubank.example")
FETU = ("Fetu Lemisio", "fetu.lemisio@mulinuubank.example")
CEO = ("Tofilau Mikaele Aumua", "tofilau.aumua@mulinuubank.example")

RESORT = "Manase Bay Resort"
RESORT_ROLE = "Accounts Supervisor"
MALIA = ("Malia Tuiasosopo", "malia@manasebayresort.example")
IOSEFA = ("Iosefa Tuiasosopo", "iosefa@manasebayresort.example")

PRDS = "Pacific Regional Development Secretariat"
PRDS_ROLE = "Finance Officer (Grants)"
GRACE = ("Grace Tupuola", "grace.tupuola@prds.example")
LOSA = ("Losa Matagi", "losa.matagi@prds.example")
RAVI = ("Ravi Prasad", "ravi.prasad@prds.example")
EMILY = ("Emily Tanaka", "emily.tanaka@prds.example")
TEVITA = ("Tevita Fonoti", "tevita.fonoti@prds.example")
AIONO = ("Dr Aiono Sefo", "aiono.sefo@prds.example")

NGO = "Tautua Pasifika Trust"
NGO_ROLE = "Grants Finance Coordinator"
MERE = ("Mere Havili", "mere.havili@tautuapasifika.example")
DANIEL = ("Daniel Fepulea'i", "daniel.fepuleai@tautuapasifika.example")
ROSA = ("Rosa Leaupepe", "rosa.leaupepe@tautuapasifika.example")

PSAA = "Pacific Shared Audit Agency"
PSAA_ROLE = "Finance & Audit Officer"
LITIA = ("Litia Naivalu", "litia.naivalu@psaa.example")
ARVIND = ("Arvind Chand", "arvind.chand@psaa.example")
SEINI = ("Seini Rokotuiwai", "seini.rokotuiwai@psaa.example")

CU = "Nu'uanu Pacific Federal Credit Union"
CU_ROLE = "Remittance Accountant"
KEONI = ("Keoni Akana", "keoni.akana@nuuanupacificfcu.example")
LORRAINE = ("Lorraine Fonoimoana", "lorraine.fonoimoana@nuuanupacificfcu.example")
BRANDON = ("Brandon Kim", "brandon.kim@nuuanupacificfcu.example")

SINA_SIG = "Sina Tuilagi\nHR Officer | Mulinu'u Savings Bank\nBeach Road, Apia, Samoa | Ph +685 24 310"


def reply_chain(msgs):
    """Return (mid, in_reply_to, references) for each message in a linear thread."""
    out, refs = [], []
    for m in msgs:
        out.append((m, refs[-1] if refs else None, list(refs) if refs else None))
        refs.append(m)
    return out


# ----------------------------------------------------------------------------- cases
@case("bank-phone-screen-taeao")
def c01(n):
    sent = at(2026, 10, 5, 16, 5, 12, wd="Mon", off="+1300")
    start = at(2026, 10, 6, 10, 0, wd="Tue", off="+1300")  # "taeao i le 10 i le taeao" = tomorrow 10am
    assert start.date() == (sent + timedelta(days=1)).date()
    text = f"""Talofa Leilani,

Fa'afetai mo lau talosaga mo le tofiga {BANK_ROLE} i le {BANK}.

Ua filifilia oe mo se fa'atalanoaga puupuu i le telefoni. O le a ou valaau atu ia te oe taeao i le 10 i le taeao. E tusa ma le 20 minute le umi.

In English, in case it helps: I will phone you tomorrow at 10 o'clock in the morning for a short screening interview, about 20 minutes. I will mostly ask about your month-end reporting and reconciliation work at Vaitele Trading, and your salary expectations. If 10 does not suit, just reply and we will find another time.

Fa'afetai lava,
{SINA_SIG}
"""
    m = email_msg(key=f"{n}-1", sent=sent, frm=SINA, to=[ME],
                  subject=f"Fa'atalanoaga i le telefoni - {BANK_ROLE}",
                  body_mime=leaf('text/plain; charset="UTF-8"', text, "qp"))
    lab = label([iv(BANK, BANK_ROLE, start, start + timedelta(minutes=20), "scheduled", [SINA[1]], [SINA[1]],
                    "phone_screen")], "hard", "positive/email-body-only",
                "Samoan HR mail: 'taeao i le 10 i le taeao' = tomorrow at 10am, resolved against the Date header "
                "(Mon 5 Oct, +1300); 20 minutes; the HR officer makes the call.")
    return [("01-mulinuu-bank-telefoni.eml", m)], lab


@case("suva-screen-fiji-time-thread")
def c02(n):
    s1 = at(2026, 10, 7, 11, 40, 3, tz=FIJI, wd="Wed", off="+1200")
    s2 = at(2026, 10, 7, 13, 2, 44, wd="Wed", off="+1300")
    s3 = at(2026, 10, 8, 8, 55, 10, tz=FIJI, wd="Thu", off="+1200")
    start = at(2026, 10, 9, 15, 0, tz=FIJI, wd="Fri", off="+1200")
    assert start.astimezone(APIA).hour == 16
    ids = [msgid(f"{n}-1", "psaa.example"), msgid(f"{n}-2", "", "gmail"), msgid(f"{n}-3", "psaa.example")]
    ch = reply_chain(ids)
    subj = f"{PSAA_ROLE} - a short call this week?"
    t1 = f"""Bula Leilani,

Thank you for applying for the {PSAA_ROLE} position with the {PSAA} here in Suva. Your experience with donor reporting stood out to the team.

I'd like to set up a 30-minute phone conversation so I can tell you more about the role and hear about your background. Would Friday 9 October at 3:00pm Fiji time work? That should be 4:00pm in Apia, since you are an hour ahead of us. If Friday is difficult, Thursday morning is also open.

Vinaka vakalevu,
Litia Naivalu
Human Resources Officer
{PSAA} | Level 4, Tappoo City, Suva, Fiji
"""
    t2 = f"""Bula Litia,

Thank you so much for getting in touch. Friday at 4pm Samoa time (3pm Fiji) suits me well. The best number to reach me on is +685 772 4519.

Kind regards,
Leilani

On Wed, 7 Oct 2026 at 11:40, Litia Naivalu <{LITIA[1]}> wrote:
> Would Friday 9 October at 3:00pm Fiji time work? That should be 4:00pm in
> Apia, since you are an hour ahead of us.
"""
    t3 = """Vinaka Leilani - that's locked in: Friday 9 October, 3pm our time / 4pm yours. I'll ring your mobile, so no link needed.

Sa moce,
Litia
"""
    items = []
    for i, (frm, to, sent, text, enc, (mid, irt, refs)) in enumerate([
            (LITIA, [ME], s1, t1, "qp", ch[0]),
            (ME, [LITIA], s2, t2, "qp", ch[1]),
            (LITIA, [ME], s3, t3, "b64", ch[2])], 1):
        body = (plain_and_html(f"{n}-{i}", text) if frm == LITIA else
                leaf('text/plain; charset="UTF-8"', text, enc))
        items.append((f"0{i}-{'psaa' if frm == LITIA else 'leilani'}-{['call', 're-call', 're-call-confirmed'][i - 1]}.eml",
                      email_msg(key=f"{n}-{i}", sent=sent, frm=frm, to=to, subject=subj if i == 1 else "Re: " + subj,
                                body_mime=body, mid=mid, in_reply_to=irt, references=refs)))
    lab = label([iv(PSAA, PSAA_ROLE, start, start + timedelta(minutes=30), "scheduled", [LITIA[1]], [LITIA[1]],
                    "phone_screen")], "medium", "positive/thread-propose-confirm",
                "Suva recruiter proposes Fri 3pm Fiji time (= 4pm Apia), candidate accepts in Samoa time, recruiter "
                "confirms; Pacific/Fiji is UTC+12 (no DST in 2026), one hour behind Apia.")
    return items, lab


@case("prds-screening-standalone-ics")
def c03(n):
    stamp = at(2026, 10, 9, 14, 12, 0, wd="Fri", off="+1300")
    start = at(2026, 10, 14, 11, 0, wd="Wed", off="+1300")
    end = start + timedelta(minutes=30)
    desc = (f"Initial screening call for the {PRDS_ROLE} position (vacancy PRDS-HR-26-041).\n"
            f"Grace Tupuola (HR Officer) will call you on +685 772 4519. The call covers your eligibility, "
            f"notice period and a few questions about your grants and donor-reporting experience.\n"
            f"If you need to change the time please email {GRACE[1]}.")
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
             "CALSCALE:GREGORIAN", "METHOD:REQUEST"] + VTZ["Pacific/Apia"] + [
        "BEGIN:VEVENT", f"DTSTART;TZID=Pacific/Apia:{local(start)}", f"DTEND;TZID=Pacific/Apia:{local(end)}",
        f"DTSTAMP:{utcstamp(stamp)}", f"ORGANIZER;CN={GRACE[0]}:mailto:{GRACE[1]}",
        f"UID:{gcal_uid(n)}@google.com",
        att_line(GRACE[0], GRACE[1], partstat="ACCEPTED", rsvp=False, google=True),
        att_line(OWNER_NAME, OWNER, google=True),
        f"CREATED:{utcstamp(stamp)}", f"DESCRIPTION:{ics_escape(desc)}", f"LAST-MODIFIED:{utcstamp(stamp)}",
        "LOCATION:Phone call (PRDS will call you)", "SEQUENCE:0", "STATUS:CONFIRMED",
        f"SUMMARY:{ics_escape('Screening call: ' + PRDS_ROLE + ' - Leilani Faleolo')}", "TRANSP:OPAQUE",
        "END:VEVENT", "END:VCALENDAR"]
    lab = label([iv(PRDS, PRDS_ROLE, start, end, "scheduled", [GRACE[1]], [GRACE[1]], "phone_screen")],
                "easy", "positive/standalone-ics",
                "Standalone .ics (TZID=Pacific/Apia); the HR officer who organises also conducts the call.")
    return [("01-prds-screening-call.ics", ics_text(lines))], lab


@case("resort-samoan-propose-confirm")
def c04(n):
    s1 = at(2026, 10, 9, 19, 20, 41, wd="Fri", off="+1300")
    s2 = at(2026, 10, 10, 8, 47, 2, wd="Sat", off="+1300")
    s3 = at(2026, 10, 12, 7, 58, 30, wd="Mon", off="+1300")
    opt1 = at(2026, 10, 13, 14, 0, wd="Tue")
    start = at(2026, 10, 15, 10, 0, wd="Thu", off="+1300")
    assert opt1 < start
    ids = [msgid(f"{n}-1", "", "gmail"), msgid(f"{n}-2", "", "gmail"), msgid(f"{n}-3", "", "gmail")]
    ch = reply_chain(ids)
    subj = f"Tofiga {RESORT_ROLE} - {RESORT}"
    t1 = f"""Talofa Leilani,

Fa'afetai tele mo lau tusi talosaga ma lau CV mo le tofiga {RESORT_ROLE} i le matou resort i Manase.

Ua ma fiafia ma lo'u to'alua o Iosefa e fa'atalanoa ma oe i le telefoni. E lua taimi e avanoa ai i ma'ua:

 - Aso Lua 13 Oketopa, i le 2 i le aoauli
 - Aso Tofi 15 Oketopa, i le 10 i le taeao

Fa'amolemole ta'u mai po o le fea e sili ona lelei mo oe.

Ia manuia le fa'ai'uga o le vaiaso,
Malia Tuiasosopo
{RESORT}, Manase, Savai'i
Ph +685 54 118
"""
    t2 = f"""Talofa Malia,

Fa'afetai lava mo le avanoa. O le Aso Tofi i le 10 i le taeao e sili ona lelei mo a'u. O la'u numera telefoni o le 772 4519.

Ma le fa'aaloalo,
Leilani

On Fri, 9 Oct 2026 at 19:20, Malia Tuiasosopo <{MALIA[1]}> wrote:
> E lua taimi e avanoa ai i ma'ua:
>  - Aso Lua 13 Oketopa, i le 2 i le aoauli
>  - Aso Tofi 15 Oketopa, i le 10 i le taeao
"""
    t3 = """Malo Leilani,

Ua lelei. Aso Tofi 15 Oketopa i le 10 i le taeao. O le a ma telefoni atu ma Iosefa i lau numera. E le umi, pe tusa ma le itula pe itiiti ifo.

Ia manuia,
Malia
"""
    items = []
    specs = [(MALIA, [ME], None, s1, t1, "01-manase-bay-tusi.eml"),
             (ME, [MALIA], None, s2, t2, "02-leilani-tali.eml"),
             (MALIA, [ME], [IOSEFA], s3, t3, "03-manase-bay-ua-lelei.eml")]
    for i, (frm, to, cc, sent, text, fn) in enumerate(specs):
        mid, irt, refs = ch[i]
        items.append((fn, email_msg(key=f"{n}-{i}", sent=sent, frm=frm, to=to, cc=cc,
                                    subject=subj if i == 0 else "Re: " + subj,
                                    body_mime=plain_and_html(f"{n}-{i}", text, "qp", "b64"),
                                    mid=mid, in_reply_to=irt, references=refs, received_by="mx.google.com")))
    lab = label([iv(RESORT, RESORT_ROLE, start, None, "scheduled", [MALIA[1], IOSEFA[1]],
                    [MALIA[1], IOSEFA[1]], "hiring_manager")], "hard", "positive/thread-propose-confirm",
                "All-Samoan thread from the resort owner: two options offered (Aso Lua 2pm, Aso Tofi 10am), the "
                "candidate picks Aso Tofi, the owner confirms; 'less than an hour' is not a duration, end null.")
    return items, lab


@case("bank-excel-test-not-interview")
def c05(n):
    sent = at(2026, 10, 8, 14, 22, 9, wd="Thu", off="+1300")
    test = at(2026, 10, 12, 9, 0, wd="Mon")
    text = f"""Talofa Leilani,

Fa'afetai mo le talanoaga i le telefoni i le Aso Lua.

The next step for shortlisted applicants is a practical Excel test at our Head Office:

Aso Gafua 12 Oketopa, i le 9 i le taeao
Training Room, Ground Floor, {BANK}, Beach Road, Apia
Allow 60 minutes

You will work on your own on a bank laptop: a pivot table from a loan ledger, some XLOOKUP work and a short bank reconciliation. Please note this is a test only, not an interview - there will be no panel and no questions about your experience, just one of our HR team supervising the room. Please bring photo ID; calculators and phones are not allowed.

Those who do well in the test will be invited to an interview with our Chief Financial Officer later in the month.

Fa'afetai lava,
{SINA_SIG}
"""
    assert test.strftime("%a") == "Mon"
    m = email_msg(key=f"{n}-1", sent=sent, frm=SINA, to=[ME],
                  subject=f"Su'ega Excel / Excel practical test - {BANK_ROLE}",
                  body_mime=plain_and_html(f"{n}-1", text, "qp", "b64"))
    lab = label([], "hard", "negative/assessment",
                "Timed, supervised Excel test at the bank with a date, time and place; explicitly not an interview.")
    return [("01-mulinuu-bank-excel-test.eml", m)], lab


@case("family-faalavelave-fono")
def c06(n):
    sent = at(2026, 10, 14, 20, 31, 55, wd="Wed", off="+1300")
    fono = at(2026, 10, 16, 18, 0, wd="Fri")
    text = """Talofa lava i le aiga,

Ma le fa'anoanoa tele ou te fa'ailoa atu ai ua maliu le tatou Tina Matua o Salote i le po anapo i le falema'i i Motootua.

O le a faia le fono a le aiga e fa'atalanoa ai le fa'alavelave - o toga, mea'ai, ma le lisi o sao mai i itu uma o le aiga - i le Aso Faraile 16 Oketopa i le 6 i le afiafi, i le fale i Vaimoso.

Leilani, fa'amolemole aumai le api o tupe ma le lisi o sao mai le fa'alavelave na muamua, aua o oe o le teutupe a le aiga. E fia iloa e matai le aofa'i o tupe o lo'o i ai nei.

Ia fa'amanuia le Atua i le aiga atoa.
Tuaopepe
"""
    m = email_msg(key=f"{n}-1", sent=sent, frm=("Tuaopepe Faleolo", "tuaopepe.f@samoanet.example"),
                  to=[ME, ("Ioana Faleolo", "ioana.faleolo@samoanet.example"),
                      ("Pita Faleolo", "pita.faleolo@example.com")],
                  subject="Fono a le aiga - fa'alavelave o Tina Matua Salote",
                  body_mime=leaf('text/plain; charset="UTF-8"', text, "b64"))
    assert fono.strftime("%a") == "Fri"
    lab = label([], "medium", "negative/personal",
                "Family fa'alavelave (funeral) meeting in Samoan; uses 'fa'atalanoa' (discuss) with a date and time, "
                "but it is not a job interview.")
    return [("01-fono-a-le-aiga.eml", m)], lab


@case("bank-cfo-video-google-invite")
def c07(n):
    s1 = at(2026, 10, 15, 9, 10, 27, wd="Thu", off="+1300")
    s2 = at(2026, 10, 15, 9, 26, 51, wd="Thu", off="+1300")
    start = at(2026, 10, 20, 14, 0, wd="Tue", off="+1300")
    end = start + timedelta(hours=1)
    # The CFO is in Auckland that week: NZDT, the same clock as Apia.
    assert start.astimezone(AKL).hour == 14
    t1 = f"""Talofa Leilani,

Malo lava! Ua e pasi lelei le su'ega Excel.

O le isi la'asaga o se fa'atalanoaga vitio ma lo matou CFO, Paul Ah Chong, i le Aso Lua 20 Oketopa i le 2 i le aoauli. E tusa ma le itula.

Paul is at a conference in Auckland that week, which is why this one is on Google Meet rather than at the office - Auckland is on the same time as us at the moment, so no need to convert anything. I will send the calendar invitation with the Meet link shortly. I'll open the call and hand over to Paul.

Fa'afetai,
{SINA_SIG}
"""
    m1 = email_msg(key=f"{n}-1", sent=s1, frm=SINA, to=[ME], cc=[PAUL],
                   subject=f"Fa'atalanoaga vitio ma le CFO - {BANK_ROLE}",
                   body_mime=plain_and_html(f"{n}-1", t1, "qp", "qp"))
    meet = meet_code(n)
    m2, _ = google_invite(
        key=f"{n}-2", sent=s2, organizer=SINA, to_attendees=None, uid=f"{gcal_uid(n)}@google.com", seq=0,
        start=start, end=end, tzid="Pacific/Apia", tzlabel="GMT+13", tzlong="West Samoa Time - Apia",
        summary=f"Video interview - {BANK_ROLE} (Leilani Faleolo)",
        description=(f"Interview with Paul Ah Chong, Chief Financial Officer, for the {BANK_ROLE} role.\n"
                     "Sina (HR) will open the Meet and leave once you are both connected."),
        location="", meet=meet,
        guests=[(SINA[0], SINA[1], "REQ-PARTICIPANT", "ACCEPTED"), (PAUL[0], PAUL[1]), (OWNER_NAME, OWNER)])
    lab = label([iv(BANK, BANK_ROLE, start, end, "scheduled", [PAUL[1]], [PAUL[1]], "hiring_manager")],
                "medium", "positive/dedupe",
                "Samoan/English HR mail plus Google Calendar invitation (TZID=Pacific/Apia) for the same video "
                "interview: one interview; HR only opens the call, the CFO interviews.")
    return [("01-mulinuu-bank-cfo.eml", m1), ("02-invitation-video-interview.eml", m2)], lab


@case("suva-technical-teams-fiji-tz")
def c08(n):
    sent = at(2026, 10, 15, 10, 5, 33, tz=FIJI, wd="Thu", off="+1200")
    start = at(2026, 10, 21, 13, 30, tz=FIJI, wd="Wed", off="+1200")
    end = start + timedelta(hours=1)
    assert (start.astimezone(APIA).hour, start.astimezone(APIA).minute) == (14, 30)
    body = f"""Bula Leilani,

Thanks again for a good conversation on Friday. I'm pleased to let you know you have been shortlisted for the technical interview for the {PSAA_ROLE} role.

You'll meet Arvind Chand (Audit Manager) and Seini Rokotuiwai (Senior Accountant) on Teams. Expect questions on IPSAS cash-basis reporting and bank reconciliations, and a short walk-through of a donor-funded project budget - we'll share the spreadsheet on screen, nothing to prepare in advance.

Please note the time in this invitation is Fiji time. On your side in Apia it is 2:30pm.

Vinaka,
Litia Naivalu
Human Resources Officer, {PSAA}"""
    m, _ = outlook_invite(key=f"{n}-1", sent=sent, organizer=LITIA, required=[ME, ARVIND, SEINI],
                          uid=exch_uid(n), seq=0, start=start, end=end, wintz="Fiji Standard Time",
                          label="(UTC+12:00) Fiji",
                          summary=f"Technical interview - {PSAA_ROLE} - Leilani Faleolo",
                          body=body, location="Microsoft Teams Meeting", teams=True)
    lab = label([iv(PSAA, PSAA_ROLE, start, end, "scheduled", [ARVIND[1], SEINI[1]], [ARVIND[1], SEINI[1]],
                    "technical")], "medium", "positive/outlook-teams",
                "Exchange/Teams invite with Windows TZID 'Fiji Standard Time' and '(UTC+12:00) Fiji' label; "
                "1:30pm Fiji = 2:30pm Apia.")
    return [("01-teams-technical-interview.eml", m)], lab


@case("auckland-video-invite-gcal-dedupe")
def c09(n):
    s1 = at(2026, 10, 19, 10, 14, 2, tz=AKL, wd="Mon", off="+1300")
    s2 = at(2026, 10, 19, 10, 21, 40, tz=AKL, wd="Mon", off="+1300")
    start = at(2026, 10, 22, 10, 0, tz=AKL, wd="Thu", off="+1300")
    end = start + timedelta(hours=1)
    assert start.astimezone(APIA).strftime("%H:%M %a") == "10:00 Thu"
    t1 = f"""Kia ora Leilani, and talofa lava,

Thanks for your application for the {NGO_ROLE} role. Daniel Fepulea'i (our Finance & Operations Manager) and I would love to talk with you by video.

Are you able to meet on Thursday 22 October at 10:00am Auckland time? Our daylight saving started on 27 September, so until April Auckland and Apia are on the same clock - it will be 10am for you too. We'll need about an hour.

I've sent a Google Calendar invitation with the Meet link. Please accept it if the time works, or let me know and we'll find another slot.

Ngā mihi,
Mere Havili
Talent & People Advisor
{NGO} | Ōtāhuhu, Auckland
"""
    mail = email_msg(key=f"{n}-1", sent=s1, frm=MERE, to=[ME],
                     subject=f"{NGO_ROLE} - video interview on Thursday",
                     body_mime=plain_and_html(f"{n}-1", t1, "qp", "qp"), received_by="mx.google.com")
    uid = f"{gcal_uid(n)}@google.com"
    meet = meet_code(n)
    summary = f"Interview: {NGO_ROLE} - Leilani Faleolo"
    desc = (f"Video interview with Daniel Fepulea'i (Finance & Operations Manager) and Mere Havili (Talent & People).\n"
            "Times are Auckland time (NZDT), which is the same as Apia time until April.")
    guests = [(MERE[0], MERE[1], "REQ-PARTICIPANT", "ACCEPTED"), (DANIEL[0], DANIEL[1], "REQ-PARTICIPANT", "ACCEPTED"),
              (OWNER_NAME, OWNER)]
    inv, _ = google_invite(key=f"{n}-2", sent=s2, organizer=MERE, to_attendees=None, uid=uid, seq=0,
                           start=start, end=end, tzid="Pacific/Auckland", tzlabel="NZDT",
                           tzlong="New Zealand Time - Auckland", summary=summary, description=desc,
                           location="", meet=meet, guests=guests)
    ev = gcal_event(key=n, uid=uid, summary=summary, description=desc, location="", start=start, end=end,
                    tzname="Pacific/Auckland", organizer=MERE,
                    attendees=[{"email": MERE[1], "displayName": MERE[0], "organizer": True, "responseStatus": "accepted"},
                               {"email": DANIEL[1], "displayName": DANIEL[0], "responseStatus": "accepted"},
                               {"email": OWNER, "displayName": OWNER_NAME, "self": True, "responseStatus": "accepted"}],
                    created=s2, updated=at(2026, 10, 19, 11, 2, 17, tz=AKL), meet=meet)
    lab = label([iv(NGO, NGO_ROLE, start, end, "scheduled", [DANIEL[1], MERE[1]], [DANIEL[1], MERE[1]],
                    "hiring_manager")], "medium", "positive/dedupe",
                "Recruiter mail + Google invite (TZID=Pacific/Auckland) + Calendar API event for the same interview; "
                "NZDT (+13) since 27 Sep, the same clock as Apia. Recruiter also interviews.")
    return [("01-tautua-pasifika-video.eml", mail), ("02-invitation-interview.eml", inv),
            ("03-interview-tautua.gcal.json", ev)], lab


@case("church-faamanatu-service")
def c10(n):
    sent = at(2026, 10, 19, 18, 0, 44, wd="Mon", off="+1300")
    start = at(2026, 10, 25, 10, 0, wd="Sun", off="+1300")
    end = start + timedelta(minutes=90)
    frm = ("Failautusi o le Aulotu EFKS Lepea", "failautusi@efks-lepea.example")
    text = """Talofa lava Leilani,

Ua fa'atulaga e le Aulotu le sauniga fa'amanatu mo le tausaga muamua talu ona maliu lou tama matua, le tiakono toea'ina Faleolo Iakopo.

Aso Sa 25 Oketopa, i le 10 i le taeao
Falesa o le EFKS Lepea

O le a mulimuli ai le to'ona'i i le maota o le faifeau. Fa'amolemole fa'ailoa atu i le aiga atoa, ma ta'u mai po o le a le aofa'i o le aiga o le a auai ina ia saunia lelei nofoa.

Ua fa'apipi'i atu le valaaulia mo lau kalena.

Ia fa'amanuia tele le Atua,
Failautusi o le Aulotu
"""
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
             "CALSCALE:GREGORIAN", "METHOD:PUBLISH"] + VTZ["Pacific/Apia"] + [
        "BEGIN:VEVENT", f"DTSTART;TZID=Pacific/Apia:{local(start)}", f"DTEND;TZID=Pacific/Apia:{local(end)}",
        f"DTSTAMP:{utcstamp(sent)}", f"UID:{gcal_uid(n)}@google.com",
        f"ORGANIZER;CN={frm[0]}:mailto:{frm[1]}", att_line(OWNER_NAME, OWNER, google=True),
        f"DESCRIPTION:{ics_escape('Sauniga fa’amanatu - tausaga muamua. To’ona’i i le maota o le faifeau.')}",
        "LOCATION:Falesa EFKS Lepea\\, Apia", "SEQUENCE:0", "STATUS:CONFIRMED",
        f"SUMMARY:{ics_escape('Fa’amanatu - Faleolo Iakopo')}", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    ics = ics_text(lines)
    body = multipart("mixed", boundary(f"{n}-mix"), [
        leaf('text/plain; charset="UTF-8"', text, "qp"),
        attachment("text/calendar; charset=UTF-8; method=PUBLISH", "faamanatu.ics", ics)])
    m = email_msg(key=f"{n}-1", sent=sent, frm=frm, to=[ME], subject="Fa'amanatu - Aso Sa 25 Oketopa",
                  body_mime=body)
    lab = label([], "medium", "negative/personal",
                "Church memorial service (fa'amanatu) in Samoan with an .ics attachment listing the owner as "
                "attendee; not a job interview.")
    return [("01-efks-faamanatu.eml", m)], lab


@case("prds-panel-day-three-invites")
def c11(n):
    sent = [at(2026, 10, 20, 15, 2, 11, wd="Tue", off="+1300"), at(2026, 10, 20, 15, 6, 48, wd="Tue"),
            at(2026, 10, 20, 15, 9, 30, wd="Tue")]
    d = (2026, 10, 27)
    sessions = [
        (at(*d, 9, 0, wd="Tue", off="+1300"), at(*d, 10, 0), [LOSA, RAVI, EMILY],
         f"PRDS Interview Panel - {PRDS_ROLE} - L. Faleolo", "Conference Room 2, PRDS Campus, Vailima",
         f"""Dear Ms Faleolo,

I am pleased to confirm your interview for the position of {PRDS_ROLE} (vacancy PRDS-HR-26-041).

The interview panel will be:
- Ms Losa Matagi, Director Corporate Services (Chair)
- Mr Ravi Prasad, Finance Manager
- Ms Emily Tanaka, Grants Adviser

Please arrive at the PRDS main reception 15 minutes before the start and bring your original academic certificates and a photo ID. Two further short sessions follow the panel on the same morning; separate invitations are on their way.

Kind regards,
Grace Tupuola
HR Officer | {PRDS}
Vailima, Apia, Samoa"""),
        (at(*d, 10, 15), at(*d, 10, 45), [TEVITA],
         "Meeting with Deputy Director-General - L. Faleolo (Finance Officer interview)", "DDG Office, Level 2, PRDS Campus, Vailima",
         """Dear Ms Faleolo,

After the panel, the Deputy Director-General, Mr Tevita Fonoti, would like to spend half an hour with you. This forms part of the interview for the role.

Regards,
Grace"""),
        (at(*d, 11, 0), at(*d, 11, 30), [RAVI],
         "Finance team conversation - L. Faleolo (interview day)", "Finance Unit, Block B, PRDS Campus, Vailima",
         """Dear Ms Faleolo,

The last session of your interview morning is a less formal conversation with Ravi Prasad in the Finance Unit, where you will also meet the team you would be working with. You should be finished by 11:30am.

Regards,
Grace"""),
    ]
    items = []
    for i, (st, en, who, summ, loc, body) in enumerate(sessions):
        m, _ = outlook_invite(key=f"{n}-{i}", sent=sent[i], organizer=GRACE, required=[ME] + who,
                              uid=exch_uid(f"{n}-{i}"), seq=0, start=st, end=en, wintz="Samoa Standard Time",
                              label="(UTC+13:00) Samoa", summary=summ, body=body, location=loc)
        items.append((f"0{i + 1}-{['panel', 'ddg', 'finance-team'][i]}-invite.eml", m))
    first, last = sessions[0][0], sessions[-1][1]
    ints = [LOSA[1], RAVI[1], EMILY[1], TEVITA[1]]
    lab = label([iv(PRDS, PRDS_ROLE, first, last, "scheduled", ints, ints, "onsite")], "hard",
                "positive/onsite-loop",
                "Interview morning sent as three Exchange invites (Windows TZID 'Samoa Standard Time', "
                "'(UTC+13:00) Samoa'): one onsite interview 09:00-11:30 with all four interviewers; HR only schedules.")
    return items, lab


@case("resort-visit-cancelled")
def c12(n):
    s1 = at(2026, 10, 20, 21, 5, 19, wd="Tue", off="+1300")
    s2 = at(2026, 10, 27, 7, 41, 3, wd="Tue", off="+1300")
    s3 = at(2026, 10, 27, 7, 44, 56, wd="Tue", off="+1300")
    start = at(2026, 10, 30, 11, 0, wd="Fri", off="+1300")
    end = start + timedelta(minutes=90)
    uid = f"{gcal_uid(n)}@google.com"
    summary = f"Fa'atalanoaga - Leilani Faleolo ({RESORT_ROLE})"
    desc = ("Fa'atalanoaga ma Malia ma Iosefa i le resort, ma o le a ma fa'aali atu foi le ofisa o tupe.\n"
            "Ferry from Mulifanua at 8am - we will pick you up at Salelologa wharf.")
    loc = f"{RESORT}, Manase, Savai'i"
    guests = [(MALIA[0], MALIA[1], "REQ-PARTICIPANT", "ACCEPTED"), (IOSEFA[0], IOSEFA[1]), (OWNER_NAME, OWNER)]
    inv, _ = google_invite(key=f"{n}-1", sent=s1, organizer=MALIA, to_attendees=None, uid=uid, seq=0,
                           start=start, end=end, tzid="Pacific/Apia", tzlabel="GMT+13",
                           tzlong="West Samoa Time - Apia", summary=summary, description=desc, location=loc,
                           guests=guests)
    t2 = """Talofa Leilani,

Ou te fa'amalulu atu, ae ua tatau ona fa'aleaogaina le fa'atalanoaga i le Aso Faraile 30 Oketopa. Ua iai se fa'alavelave fa'afuase'i i lo ma aiga i Vaisala ma o le a ma o i ai i le vaiaso atoa.

Fa'amolemole aua le malaga mai i le Aso Faraile. O le a ou toe fa'afeso'ota'i atu pe a ma toe fo'i mai.

Fa'afetai mo lou onosa'i,
Malia
"""
    m2 = email_msg(key=f"{n}-2", sent=s2, frm=MALIA, to=[ME], cc=[IOSEFA],
                   subject="Fa'atalanoaga Aso Faraile", body_mime=leaf('text/plain; charset="UTF-8"', t2, "qp"),
                   mid=msgid(f"{n}-2", "", "gmail"), received_by="mx.google.com")
    cancel, _ = google_invite(key=f"{n}-3", sent=s3, organizer=MALIA, to_attendees=None, uid=uid, seq=1,
                              start=start, end=end, tzid="Pacific/Apia", tzlabel="GMT+13",
                              tzlong="West Samoa Time - Apia", summary=summary, description=desc, location=loc,
                              guests=guests, kind="Canceled event", method="CANCEL", status="CANCELLED")
    lab = label([iv(RESORT, RESORT_ROLE, start, end, "cancelled", [MALIA[1], IOSEFA[1]], [MALIA[1], IOSEFA[1]],
                    "onsite")], "hard", "positive/cancellation",
                "In-person interview at the Savai'i resort (Google invite), cancelled in Samoan because of a family "
                "fa'alavelave, then METHOD:CANCEL with the same UID (SEQUENCE 1): one cancelled interview.")
    return [("01-invitation-faatalanoaga.eml", inv), ("02-malia-faaleaogaina.eml", m2),
            ("03-canceled-event.eml", cancel)], lab


@case("passport-office-appointment")
def c13(n):
    sent = at(2026, 10, 21, 12, 3, 17, wd="Wed", off="+1300")
    appt = at(2026, 10, 29, 9, 30, wd="Thu")
    text = f"""Talofa Leilani Faleolo,

Your appointment with the Passport Office has been confirmed.

Reference: PA-2026-18823
Service: Passport renewal (adult, 32 pages)
Date: Aso Tofi / Thursday 29 October 2026
Time: 9:30am
Place: Immigration Division, Ministry of the Prime Minister and Cabinet, Government Building, Level 1, Apia

At your appointment an immigration officer will interview you briefly to confirm your identity and will take your photograph and signature. Please bring your current passport, your original birth certificate, one other photo ID and the receipt for the WST 150 fee.

If you cannot attend, cancel at least 24 hours before through the booking page. Late arrivals (more than 15 minutes) will need to rebook.

Fa'afetai,
Passport Office - Immigration Division
This is an automated message. Please do not reply.
"""
    assert appt.strftime("%a") == "Thu"
    m = email_msg(key=f"{n}-1", sent=sent, frm=("Samoa Passport Office", "no-reply@bookings.mpmc-immigration.example"),
                  to=[ME], subject="Appointment confirmed - Passport renewal (Ref PA-2026-18823)",
                  body_mime=plain_and_html(f"{n}-1", text, "qp", "b64"))
    lab = label([], "medium", "negative/government-appointment",
                "Passport renewal appointment with 'an immigration officer will interview you'; not a job interview.")
    return [("01-passport-appointment.eml", m)], lab


@case("auckland-second-round-resequenced")
def c14(n):
    s1 = at(2026, 10, 27, 15, 30, 12, tz=AKL, wd="Tue", off="+1300")
    s2 = at(2026, 10, 30, 9, 48, 40, tz=AKL, wd="Fri", off="+1300")
    old = at(2026, 11, 3, 14, 0, tz=AKL, wd="Tue", off="+1300")
    start = at(2026, 11, 4, 15, 30, tz=AKL, wd="Wed", off="+1300")
    end = start + timedelta(hours=1)
    uid = f"{gcal_uid(n)}@google.com"
    summary = f"Second interview - {NGO_ROLE} (Leilani Faleolo)"
    desc = (f"Second-round interview with Rosa Leaupepe (CEO) and Daniel Fepulea'i (Finance & Operations Manager).\n"
            "Please prepare a 10-minute talk: how would you set up grant reporting for a new Pacific donor?\n"
            "Mere is coordinating and will not join.")
    guests = [(MERE[0], MERE[1], "REQ-PARTICIPANT", "ACCEPTED"), (ROSA[0], ROSA[1], "REQ-PARTICIPANT", "ACCEPTED"),
              (DANIEL[0], DANIEL[1], "REQ-PARTICIPANT", "ACCEPTED"), (OWNER_NAME, OWNER)]
    meet = meet_code(n)
    a, _ = google_invite(key=f"{n}-1", sent=s1, organizer=MERE, to_attendees=None, uid=uid, seq=0, start=old,
                         end=old + timedelta(hours=1), tzid="Pacific/Auckland", tzlabel="NZDT",
                         tzlong="New Zealand Time - Auckland", summary=summary, description=desc, location="",
                         meet=meet, guests=guests,
                         note="Great news Leilani - Rosa and Daniel would like to meet you again.")
    b, _ = google_invite(key=f"{n}-2", sent=s2, organizer=MERE, to_attendees=None, uid=uid, seq=1, start=start,
                         end=end, tzid="Pacific/Auckland", tzlabel="NZDT", tzlong="New Zealand Time - Auckland",
                         summary=summary, description=desc, location="", meet=meet, guests=guests,
                         kind="Updated invitation", created=s1,
                         note="Rosa has been pulled into a board meeting on Tuesday afternoon, so we've moved "
                              "this to Wednesday at 3:30pm. Still the same clock as Apia. Sorry for the shuffle!")
    lab = label([iv(NGO, NGO_ROLE, start, end, "scheduled", [ROSA[1], DANIEL[1]], [ROSA[1], DANIEL[1]], "onsite")],
                "medium", "positive/reschedule",
                "Google invite (Pacific/Auckland, NZDT = Apia clock) re-sent as 'Updated invitation' with the same UID "
                "and SEQUENCE 1: Tue 3 Nov 2pm -> Wed 4 Nov 3:30pm; two-person panel with the CEO.")
    return [("01-invitation-second-interview.eml", a), ("02-updated-invitation.eml", b)], lab


@case("linkedin-job-alert-apia")
def c15(n):
    sent = at(2026, 10, 22, 5, 17, 40, tz=ZoneInfo("America/Los_Angeles"), wd="Thu", off="-0700")
    jobs = [(BANK_ROLE, BANK, "Apia, Samoa", "2 weeks ago", "Be an early applicant"),
            (PRDS_ROLE, PRDS, "Apia, Samoa (On-site)", "3 weeks ago", "Actively recruiting"),
            ("Accountant", "Apia Harbour Authority", "Apia, Samoa", "5 days ago", "Easy Apply"),
            ("Finance Manager", "Le Vasa Lodge", "Savai'i, Samoa", "1 week ago", "12 applicants"),
            ("Grants Accountant (remote Pacific)", "Moana Futures Fund", "Auckland, New Zealand (Remote)",
             "1 day ago", "Interviewing now"),
            ("Finance Officer", "Samoa Cocoa Exporters", "Apia, Samoa", "4 days ago", "Easy Apply")]
    plain = "Your job alert for finance officer in Apia, Samoa\n6 new jobs match your preferences.\n\n"
    for t, c, l, age, tag in jobs:
        plain += f"{t}\n{c}\n{l}\n{tag} · {age}\nView job: https://www.linkedin.com/comm/jobs/view/{int(h('job', t)[:9], 16)}/\n\n"
    plain += ("Prepare for your interviews with LinkedIn Learning: 'Ace your finance interview' (free this week)\n\n"
              "See all jobs https://www.linkedin.com/comm/jobs/search/?keywords=finance%20officer&location=Apia\n\n"
              "You are receiving Job Alert emails. Unsubscribe: https://www.linkedin.com/comm/jobs/alerts\n"
              "© 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.\n")
    body = plain_and_html(f"{n}-1", plain, "qp", "b64")
    m = email_msg(key=f"{n}-1", sent=sent, frm=("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com"), to=[ME],
                  subject="“finance officer”: Mulinu'u Savings Bank - Senior Finance Officer and more",
                  body_mime=body, mid=f"<{h('li', n)[:18]}.{int(h('li2', n)[:8], 16)}@email.linkedin.com>")
    lab = label([], "easy", "negative/job-alert",
                "LinkedIn job alert listing employers from this mailbox and an 'interviews' course teaser.")
    return [("01-linkedin-job-alert.eml", m)], lab


@case("owner-interviews-intern")
def c16(n):
    sent = at(2026, 10, 22, 11, 15, 6, wd="Thu", off="+1300")
    start = at(2026, 10, 26, 10, 0, wd="Mon", off="+1300")
    end = start + timedelta(minutes=30)
    hr = ("Fa'amanu Leota", "faamanu.leota@vaiteletrading.example")
    sione = ("Sione Tauiliili", "sione.tauiliili@nus-student.example")
    body = """Hi Leilani,

As agreed at Tuesday's managers' meeting, could you please lead the interview for our finance intern applicant, Sione Tauiliili (NUS, Bachelor of Commerce, year 3)? His CV and transcript are in the shared HR folder.

I'll sit in and take notes. Please use the standard intern question sheet, and we'll score him together afterwards.

Fa'afetai,
Fa'amanu Leota
HR & Administration | Vaitele Trading Co. Ltd"""
    m, _ = outlook_invite(key=f"{n}-1", sent=sent, organizer=hr, required=[ME, sione], uid=exch_uid(n), seq=0,
                          start=start, end=end, wintz="Samoa Standard Time", label="(UTC+13:00) Samoa",
                          summary="Intern interview - Sione Tauiliili (Finance Intern)", body=body,
                          location="Boardroom, Vaitele Trading, Vaitele")
    lab = label([], "hard", "negative/user-is-interviewer",
                "Exchange invite from the owner's current employer: the owner leads an intern's interview.")
    return [("01-intern-interview-invite.eml", m)], lab


@case("honolulu-two-interviews-day-ahead")
def c17(n):
    s1 = at(2026, 10, 28, 9, 12, 55, tz=HNL, wd="Wed", off="-1000")
    s2 = at(2026, 10, 28, 20, 31, 7, tz=UTC, wd="Wed")
    s3 = at(2026, 11, 10, 14, 20, 38, tz=HNL, wd="Tue", off="-1000")
    a_start = at(2026, 11, 2, 14, 0, tz=HNL, wd="Mon", off="-1000")
    a_end = a_start + timedelta(minutes=30)
    a_apia = a_start.astimezone(APIA)
    assert (a_apia.strftime("%a %d"), a_apia.hour) == ("Tue 03", 13)
    b_start = at(2026, 11, 12, 15, 0, tz=HNL, wd="Thu", off="-1000")
    b_end = b_start + timedelta(hours=1)
    assert b_start.astimezone(APIA).strftime("%a %d %H:%M") == "Fri 13 14:00"
    t1 = f"""Aloha Leilani,

Thanks for applying for our {CU_ROLE} role - the position supports our members' remittances to Samoa, Tonga and American Samoa, so your background is a great fit.

I'd like to set up a 30-minute phone screen. How about Monday, November 2 at 2:00 pm Hawaii time? If my math is right, that's Tuesday, November 3 at 1:00 pm for you in Apia - you're 23 hours ahead of us. (Our mainland colleagues just changed their clocks on Nov 1, but Hawaii never does, so that gap stays put.)

If that works, please grab it through my Calendly link so it lands on both calendars:
https://calendly.com/keoni-akana-npfcu/phone-screen

Mahalo,
Keoni Akana
Talent Acquisition Partner
{CU} | Honolulu, HI
"""
    m1 = email_msg(key=f"{n}-1", sent=s1, frm=KEONI, to=[ME], subject=f"{CU_ROLE} - phone screen",
                   body_mime=plain_and_html(f"{n}-1", t1, "qp", "qp"))
    cal_ics = ics_text([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Calendly//EN", "METHOD:REQUEST", "BEGIN:VEVENT",
        f"UID:{h('calendly', n)[:32]}@calendly.com", f"DTSTAMP:{utcstamp(s2)}",
        f"DTSTART:{utcstamp(a_start)}", f"DTEND:{utcstamp(a_end)}",
        f"SUMMARY:Phone Screen - {CU_ROLE} (Keoni Akana and Leilani Faleolo)",
        f"ORGANIZER;CN={KEONI[0]}:mailto:{KEONI[1]}",
        att_line(OWNER_NAME, OWNER, partstat="ACCEPTED", rsvp=False),
        att_line(KEONI[0], KEONI[1], partstat="ACCEPTED", rsvp=False),
        "LOCATION:Keoni will call you at +685 772 4519",
        f"DESCRIPTION:{ics_escape('Event Name: Phone Screen - ' + CU_ROLE + chr(10) + 'Need to make changes? https://calendly.com/cancellations/' + h('cx', n)[:24])}",
        "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"])
    t2 = f"""Hi Leilani Faleolo,

A new event has been scheduled.

Event Type: Phone Screen - {CU_ROLE}
Invitee: Leilani Faleolo
Host: Keoni Akana
Event Date/Time: 1:00pm - 1:30pm (Samoa Time) on Tuesday, November 3, 2026
Location: Keoni will call you at +685 772 4519

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/{h('cx', n)[:24]}
Reschedule: https://calendly.com/reschedulings/{h('cx', n)[:24]}

Powered by Calendly.com
"""
    body2 = multipart("mixed", boundary(f"{n}-2mix", "java"), [
        plain_and_html(f"{n}-2", t2, "qp", "qp"), attachment("text/calendar; charset=UTF-8; method=REQUEST", "invite.ics", cal_ics)])
    m2 = email_msg(key=f"{n}-2", sent=s2, frm=("Calendly", "notifications@calendly.com"), to=[ME], reply_to=KEONI,
                   subject=f"Confirmed: Phone Screen - {CU_ROLE} with Keoni Akana on Tuesday, November 3, 2026",
                   body_mime=body2)
    wd_ics = ics_text(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Workday Inc.//Recruiting//EN", "METHOD:REQUEST"]
                      + VTZ["Pacific/Honolulu"] + [
        "BEGIN:VEVENT", f"UID:{h('workday', n)[:40]}@myworkday.com", f"DTSTAMP:{utcstamp(s3)}",
        f"DTSTART;TZID=Pacific/Honolulu:{local(b_start)}", f"DTEND;TZID=Pacific/Honolulu:{local(b_end)}",
        f"SUMMARY:Interview - {CU_ROLE} (R-2026-0417) - Leilani Faleolo",
        f"ORGANIZER;CN={KEONI[0]}:mailto:{KEONI[1]}",
        att_line(LORRAINE[0], LORRAINE[1]), att_line(BRANDON[0], BRANDON[1]), att_line(OWNER_NAME, OWNER),
        "LOCATION:Microsoft Teams (link in the invitation e-mail)",
        f"DESCRIPTION:{ics_escape('Video interview with Lorraine Fonoimoana (VP Finance) and Brandon Kim (Controller).')}",
        "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"])
    t3 = f"""Aloha Leilani,

Your interview for {CU_ROLE} (R-2026-0417) has been scheduled.

Date: Thursday, November 12, 2026
Time: 3:00 PM - 4:00 PM HST (Hawaii Standard Time)
Format: Microsoft Teams video interview
Interviewers: Lorraine Fonoimoana, VP Finance; Brandon Kim, Controller

A calendar file is attached. If you have any questions, please contact Keoni Akana at {KEONI[1]}.

Good luck!
{CU} Talent Acquisition

This email was sent from an unmonitored mailbox. Please do not reply.
"""
    body3 = multipart("mixed", boundary(f"{n}-3mix", "java"), [
        plain_and_html(f"{n}-3", t3, "qp", "qp"), attachment("text/calendar; charset=UTF-8; method=REQUEST", "Interview.ics", wd_ics)])
    m3 = email_msg(key=f"{n}-3", sent=s3, frm=(CU, "nuuanupacificfcu@myworkday.com"), to=[ME],
                   subject=f"Interview Scheduled: {CU_ROLE} (R-2026-0417)", body_mime=body3)
    lab = label([
        iv(CU, CU_ROLE, a_start, a_end, "scheduled", [KEONI[1]], [KEONI[1]], "phone_screen"),
        iv(CU, CU_ROLE, b_start, b_end, "scheduled", [LORRAINE[1], BRANDON[1]], [LORRAINE[1], BRANDON[1]], "onsite")],
        "hard", "positive/two-interviews",
        "Honolulu (UTC-10, no DST) is 23 h behind Apia: Mon 2 Nov 2pm HST = Tue 3 Nov 1pm Apia (recruiter mail + "
        "Calendly confirmation with a UTC .ics, same phone screen); Workday .ics (TZID=Pacific/Honolulu) for Thu 12 Nov "
        "3pm HST = Fri 13 Nov 2pm Apia with two interviewers.")
    return [("01-npfcu-phone-screen.eml", m1), ("02-calendly-confirmed.eml", m2),
            ("03-workday-interview-scheduled.eml", m3)], lab


@case("bank-ceo-final-moved-by-mail")
def c18(n):
    s = [at(2026, 11, 2, 10, 2, 15, wd="Mon", off="+1300"), at(2026, 11, 2, 11, 30, 40, wd="Mon"),
         at(2026, 11, 3, 16, 48, 2, wd="Tue"), at(2026, 11, 3, 17, 20, 9, wd="Tue"),
         at(2026, 11, 4, 8, 15, 33, wd="Wed")]
    old = at(2026, 11, 4, 14, 0, wd="Wed", off="+1300")
    start = at(2026, 11, 6, 10, 0, wd="Fri", off="+1300")
    assert old < start
    subj = f"Final interview with the CEO - {BANK_ROLE}"
    fetu_sig = f"Fetu Lemisio\nExecutive Assistant to the CEO\n{BANK} | Beach Road, Apia"
    texts = [
        f"""Talofa Leilani,

Our Chief Executive Officer, Tofilau Mikaele Aumua, would like to meet you for the final interview for the {BANK_ROLE} position.

Aso Lulu 4 Novema, 2:00pm
CEO's office, Level 3, Head Office, Beach Road
Please allow 45 minutes.

Kindly confirm that this time suits you.

Fa'afetai,
{fetu_sig}
""",
        """Talofa Fetu,

Fa'afetai lava. I confirm Wednesday 4 November at 2pm - I will be there a little early.

Leilani
""",
        f"""Talofa Leilani,

Ou te fa'amalulu atu. Tofilau has been called to a board meeting in Savai'i on Wednesday, so we need to move your interview.

Would you be able to come on Aso Faraile 6 Novema i le 10 i le taeao instead? Same place, and still 45 minutes.

Fa'afetai,
{fetu_sig}
""",
        """Hi Fetu,

No problem at all - Friday at 10am suits me. See you then.

Leilani
""",
        """Fa'afetai Leilani, ua fa'amau - Aso Faraile i le 10 i le taeao. Tofilau has it in his diary.

Fetu
""",
    ]
    frms = [FETU, ME, FETU, ME, FETU]
    ids = [msgid(f"{n}-{i}", "mulinuubank.example", "outlook") if frms[i] == FETU else msgid(f"{n}-{i}", "", "gmail")
           for i in range(5)]
    ch = reply_chain(ids)
    items = []
    for i in range(5):
        mid, irt, refs = ch[i]
        to = [ME] if frms[i] == FETU else [FETU]
        body = (plain_and_html(f"{n}-{i}", texts[i], "qp", "qp") if frms[i] == FETU
                else leaf('text/plain; charset="UTF-8"', texts[i], "qp"))
        items.append((f"0{i + 1}-{['fetu-final', 're-leilani', 're-fetu-moved', 're-leilani-ok', 're-fetu-confirmed'][i]}.eml",
                      email_msg(key=f"{n}-{i}", sent=s[i], frm=frms[i], to=to, cc=[CEO, SINA],
                                subject=subj if i == 0 else ("RE: " if frms[i] == FETU else "Re: ") + subj,
                                body_mime=body, mid=mid, in_reply_to=irt, references=refs)))
    lab = label([iv(BANK, BANK_ROLE, start, start + timedelta(minutes=45), "scheduled", [CEO[1]], [CEO[1]],
                    "hiring_manager")], "medium", "positive/reschedule",
                "Final interview with the CEO set for Wed 4 Nov 2pm, moved by mail (Samoan/English) to Aso Faraile "
                "6 Nov 10am; one interview at the final time, 45 min; the EA only schedules, the CEO is in Cc.")
    return items, lab


@case("prds-final-dg-gcal-json")
def c19(n):
    created = at(2026, 10, 29, 16, 40, 0, wd="Thu", off="+1300")
    updated = at(2026, 10, 30, 9, 3, 12, wd="Fri")
    start = at(2026, 11, 5, 15, 0, wd="Thu", off="+1300")
    end = start + timedelta(minutes=45)
    uid = f"{gcal_uid(n)}@google.com"
    ev = gcal_event(key=n, uid=uid, summary=f"Final interview - {PRDS_ROLE} - Leilani Faleolo / Director-General",
                    description=("Final-round conversation with the Director-General, Dr Aiono Sefo, for the "
                                 f"{PRDS_ROLE} position. Grace Tupuola (HR) is coordinating and will meet you at "
                                 "reception."),
                    location="Director-General's Office, Level 2, PRDS Campus, Vailima, Apia",
                    start=start, end=end, tzname="Pacific/Apia", organizer=GRACE,
                    attendees=[{"email": GRACE[1], "displayName": GRACE[0], "organizer": True, "responseStatus": "accepted"},
                               {"email": AIONO[1], "displayName": AIONO[0], "responseStatus": "accepted"},
                               {"email": OWNER, "displayName": OWNER_NAME, "self": True, "responseStatus": "accepted"}],
                    created=created, updated=updated)
    lab = label([iv(PRDS, PRDS_ROLE, start, end, "scheduled", [AIONO[1]], [AIONO[1]], "hiring_manager")],
                "medium", "positive/gcal-json",
                "Calendar API event only (timeZone Pacific/Apia, +13:00); the DG interviews, HR organises.")
    return [("01-final-interview-dg.gcal.json", ev)], lab


@case("harbour-availability-request")
def c20(n):
    sent = at(2026, 10, 29, 13, 40, 21, wd="Thu", off="+1300")
    at(2026, 11, 2, wd="Mon")
    at(2026, 11, 5, wd="Thu")
    text = """Talofa Leilani,

Thank you for applying for the Accountant vacancy with the Apia Harbour Authority. The selection committee has reviewed the applications and would like to interview you.

Could you please send me two or three times that suit you next week, from Aso Gafua to Aso Tofi (2 to 5 November), between 9am and 3pm? Once I hear back I will confirm a time and send you the details of the panel and the venue.

Fa'afetai,
Tina Ioane
Human Resources
Apia Harbour Authority | Matautu, Apia
"""
    m = email_msg(key=f"{n}-1", sent=sent, frm=("Tina Ioane", "tina.ioane@apiaharbour.example"), to=[ME],
                  subject="Accountant vacancy - interview availability",
                  body_mime=plain_and_html(f"{n}-1", text, "qp", "qp"))
    lab = label([], "medium", "negative/availability-request",
                "Asks for availability for an interview next week; nothing is booked.")
    return [("01-harbour-availability.eml", m)], lab


@case("cruise-recruiter-scam")
def c21(n):
    sent = at(2026, 10, 30, 2, 13, 50, tz=ZoneInfo("Asia/Manila"), wd="Fri", off="+0800")
    slot = at(2026, 11, 5, 15, 0, wd="Thu")
    text = """Dear Leilani Faleolo,

CONGRATULATIONS!! Your CV has been shortlisted by the Oceanic Star Cruises Recruitment Board for the position of ONBOARD FINANCE OFFICER (Salary USD 6,800/month, free accommodation and flights).

Your online interview is scheduled on Thursday 5 November 2026 at 3:00pm Samoa time via Telegram chat with our Hiring Manager Mr. Richard Collins (Telegram: @OSC_Richard_HR). No video is needed.

Before the interview you MUST pay the refundable Work Permit Processing Fee of USD 350 by Western Union to our accredited agent in Manila (details attached after you confirm). Candidates who do not pay within 48 hours will lose their interview slot.

Reply with your full name, passport number and date of birth to confirm.

Best Regards,
HR Department
Oceanic Star Cruises International
"""
    assert slot.strftime("%a") == "Thu"
    m = email_msg(key=f"{n}-1", sent=sent, frm=("Oceanic Star Cruises HR", "oceanicstar.hr.dept@freemail.example"),
                  to=[ME], reply_to=("Recruitment Board", "osc.recruitment.board@quickmail.example"),
                  subject="URGENT: Online Interview Invitation - Onboard Finance Officer (USD 6,800/month)",
                  body_mime=leaf('text/plain; charset="UTF-8"', text, "b64"))
    lab = label([], "hard", "negative/scam",
                "Recruitment scam with a concrete 'interview' time in Samoa time, Telegram chat and an upfront fee.")
    return [("01-oceanic-star-interview.eml", m)], lab


@case("suva-rejection")
def c22(n):
    sent = at(2026, 11, 9, 15, 5, 48, tz=FIJI, wd="Mon", off="+1200")
    at(2026, 10, 21, wd="Wed")
    text = f"""Bula Leilani,

Thank you for the time you gave us at the technical interview on Wednesday 21 October with Arvind and Seini, and for your patience while we completed the process.

After careful consideration, the panel has decided to offer the {PSAA_ROLE} position to another candidate whose audit experience more closely matches our immediate needs. This was a close decision and the panel spoke highly of your donor-reporting work.

With your permission we will keep your application on file for 12 months and contact you if a suitable vacancy comes up.

Vinaka vakalevu and all the best,
Litia Naivalu
Human Resources Officer, {PSAA}
"""
    m = email_msg(key=f"{n}-1", sent=sent, frm=LITIA, to=[ME], subject=f"{PSAA_ROLE} - outcome of your application",
                  body_mime=plain_and_html(f"{n}-1", text, "qp", "qp"))
    lab = label([], "easy", "negative/rejection",
                "Rejection after the technical interview; mentions the past interview date only.")
    return [("01-psaa-outcome.eml", m)], lab


@case("bank-offer-contract-signing")
def c23(n):
    sent = at(2026, 11, 13, 11, 30, 5, wd="Fri", off="+1300")
    sign = at(2026, 11, 17, 9, 0, wd="Tue")
    first_day = at(2026, 12, 7, wd="Mon")
    text = f"""Talofa Leilani,

Malo lava! On behalf of {BANK}, I am delighted to offer you the position of {BANK_ROLE}, reporting to our Chief Financial Officer, Paul Ah Chong.

- Salary: WST 58,000 per annum, plus the bank's staff superannuation contribution
- Start date: Aso Gafua 7 Tesema 2026
- Probation: six months

Please come to Head Office on Aso Lua 17 Novema i le 9 i le taeao to sign your employment contract with HR and complete the new-staff forms (bring your SNPF number, IRD number and bank details). It should take about 30 minutes.

Tofilau and Paul were very impressed with you, and we look forward to welcoming you to the team.

Fa'afetai lava,
{SINA_SIG}
"""
    assert sign.strftime("%a") == "Tue" and first_day.strftime("%a") == "Mon"
    m = email_msg(key=f"{n}-1", sent=sent, frm=SINA, to=[ME], cc=[PAUL],
                  subject=f"Letter of Offer - {BANK_ROLE}", body_mime=plain_and_html(f"{n}-1", text, "qp", "b64"))
    lab = label([], "medium", "negative/offer",
                "Offer with a contract-signing appointment (Aso Lua 17 Nov 9am) and a start date; not an interview.")
    return [("01-letter-of-offer.eml", m)], lab


# ----------------------------------------------------------------------------- output
def write_readme(case_ids, labels):
    num = {cid.split("-", 2)[2]: cid.split("-")[1] for cid in case_ids}
    pos = [c for c in case_ids if labels[c]["interview"]]
    neg = [c for c in case_ids if not labels[c]["interview"]]
    ivs = [i for c in case_ids for i in labels[c]["interviews"]]
    by_status = {s: sum(1 for i in ivs if i["status"] == s) for s in ("scheduled", "cancelled")}
    kinds = {}
    for i in ivs:
        kinds[i["kind"]] = kinds.get(i["kind"], 0) + 1
    kinds_s = ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))

    def c(slug):
        return num[slug]

    tz_points = [
        f"- Case {c('bank-phone-screen-taeao')}: Samoan 'taeao i le 10 i le taeao' (tomorrow at 10am) resolved against the Date header (Mon 5 Oct 2026, +1300) -> Tue 6 Oct 10:00+13:00.",
        "- All cases: Pacific/Apia is UTC+13 all year with no DST since 2021 (asserted with zoneinfo for every day of 2026).",
        f"- Case {c('suva-screen-fiji-time-thread')}: Suva proposes 3pm Fiji time = 4pm Apia; Pacific/Fiji is UTC+12 with no DST in 2026 (one hour behind Apia).",
        f"- Case {c('suva-technical-teams-fiji-tz')}: Windows TZID 'Fiji Standard Time', label '(UTC+12:00) Fiji'; 1:30pm Fiji = 2:30pm Apia.",
        f"- Cases {c('prds-panel-day-three-invites')} and {c('owner-interviews-intern')}: Windows TZID 'Samoa Standard Time', label '(UTC+13:00) Samoa'.",
        f"- Cases {c('auckland-video-invite-gcal-dedupe')} and {c('auckland-second-round-resequenced')}: TZID Pacific/Auckland; NZ DST began Sun 27 Sep 2026, so NZDT (+13) is the same clock as Apia through both interviews.",
        f"- Case {c('bank-cfo-video-google-invite')}: CFO in Auckland, invite in Pacific/Apia; same clock, no conversion.",
        f"- Case {c('honolulu-two-interviews-day-ahead')}: Pacific/Honolulu UTC-10, no DST (the US change of Sun 1 Nov 2026 does not apply): Mon 2 Nov 2pm HST = Tue 3 Nov 1pm Apia (Calendly .ics in UTC), Thu 12 Nov 3pm HST = Fri 13 Nov 2pm Apia (Workday .ics, TZID Pacific/Honolulu).",
        f"- Case {c('linkedin-job-alert-apia')}: Date header in -0700 (US Pacific daylight time before 1 Nov); Case {c('cruise-recruiter-scam')}: Date header +0800 (Manila) with a 'Samoa time' slot.",
    ]
    text = f"""# blind345: Apia, Samoa job search in Samoan English (written blind)

Mailbox owner: Leilani Faleolo <{OWNER}>, a finance officer living in Apia (Pacific/Apia, UTC+13).

This set was written blind: only /work/shared/eval/README.md and, to check formats, two dev cases and the top of the dev labels.yaml were read;
no tool code, tests or other sets were consulted. `make_cases.py` regenerates everything byte-identically.

## What it stresses
- Samoan-language scheduling lines (fa'atalanoaga, taeao, "i le 10 i le taeao", "i le 2 i le aoauli", Aso Gafua ... Aso Sa, Oketopa/Novema) mixed with English.
- Pacific time zones around Apia: Auckland (NZDT = Apia clock), Suva (one hour behind), Honolulu (23 hours behind, the day differs).
- One hiring process per employer with several steps: phone screen, Excel test (not an interview), video interview, panel sent as several invites, final with the CEO / Director-General.
- Samoan hard negatives that use interview-like words: a family fa'alavelave fono ("fa'atalanoa"), a church fa'amanatu with an .ics, a passport-office "interview", the owner interviewing an intern, an Excel test with a time and place.

## Counts
- Cases: {len(case_ids)} ({len(pos)} positive, {len(neg)} negative)
- Labelled interviews: {len(ivs)} (scheduled {by_status['scheduled']}, cancelled {by_status['cancelled']})
- By kind: {kinds_s}

## Formats used
Plain-text and HTML e-mails (quoted-printable and base64), Gmail-style threads with In-Reply-To/References,
Google Calendar invitations (multipart/mixed with text/plain, text/html, text/calendar;method=REQUEST and invite.ics;
"Updated invitation" with a higher SEQUENCE; "Canceled event" with METHOD:CANCEL), Exchange/Teams meeting requests
(Windows TZIDs, X-MICROSOFT-CDO-* properties, "(UTC+hh:mm)" labels), a Calendly confirmation with a UTC .ics,
a Workday "Interview Scheduled" mail with an .ics attachment, a church mail with an .ics attachment (METHOD:PUBLISH),
a standalone .ics, and Calendar API v3 `.gcal.json` events (one duplicate of an invite, one standalone).

## Time-zone / DST points
{chr(10).join(tz_points)}

## Cases
""" + "\n".join(f"- `{cid}`: {'positive' if labels[cid]['interview'] else 'negative'} - {labels[cid]['notes']}"
                for cid in case_ids) + "\n"
    (OUT / "README.md").write_text(text, encoding="utf-8")


def main():
    check_zone_facts()
    for p in sorted(OUT.glob(f"{PREFIX}-*")):
        if p.is_dir():
            shutil.rmtree(p)
    labels, case_ids = {}, []
    for idx, (slug, fn) in enumerate(CASES, 1):
        cid = f"{PREFIX}-{idx:02d}-{slug}"
        items, lab = fn(f"{PREFIX}-{idx:02d}")
        d = OUT / cid
        d.mkdir()
        names = [fname for fname, _ in items]
        assert names == sorted(names) and len(set(names)) == len(names), names
        for i, (fname, content) in enumerate(items, 1):
            assert fname.startswith(f"{i:02d}-") and fname.endswith((".eml", ".ics", ".gcal.json")), fname
            if fname.endswith(".ics"):
                assert content.startswith("BEGIN:VCALENDAR\r\n") and content.endswith("END:VCALENDAR\r\n")
            (d / fname).write_bytes(content.encode("utf-8"))
        labels[cid] = lab
        case_ids.append(cid)
    assert 20 <= len(case_ids) <= 24
    header = "# Labels for blind345 (written blind). Schema: /work/shared/eval/README.md\n"
    body = yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=110, default_flow_style=False)
    (OUT / "labels.yaml").write_text(header + body, encoding="utf-8")
    write_readme(case_ids, labels)
    npos = sum(1 for c in case_ids if labels[c]["interview"])
    print(f"wrote {len(case_ids)} cases ({npos} positive) to {OUT}")


if __name__ == "__main__":
    main()
