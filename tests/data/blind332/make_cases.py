#!/usr/bin/env python3
"""Generate the blind332 evaluation set: Denver GIS analyst in US Mountain West public-sector and
hospital hiring. Written blind. Python standard library + PyYAML + zoneinfo only.

Deletes and rewrites every b332-* case folder plus labels.yaml and README.md next to this script.
Output is byte-identical on every run (all ids, boundaries and UIDs are hashes of SEED)."""
import base64
import hashlib
import html
import json
import quopri
import re
import shutil
import textwrap
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

OUT = Path(__file__).resolve().parent
SEED = "blind332/denver-gis-public-sector/v1"
OWNER = "alex.romero@example.com"
OWNER_NAME = "Alex Romero"
DEN, PHX, NYC, BOI = "America/Denver", "America/Phoenix", "America/New_York", "America/Boise"
UTC = timezone.utc
WD = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


# ----------------------------------------------------------------------------------------------
# determinism + time helpers
# ----------------------------------------------------------------------------------------------
def H(*parts, n=32):
    return hashlib.sha256("|".join((SEED,) + tuple(str(p) for p in parts)).encode()).hexdigest()[:n]


def T(s, tz, wd, off):
    """Aware datetime for local time s in tz; asserts weekday and UTC offset."""
    d = datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(tz))
    assert WD[d.weekday()] == wd, f"{s} is a {WD[d.weekday()]}, not {wd}"
    z = d.strftime("%z")
    got = z[:3] + ":" + z[3:]
    assert got == off, f"{s} {tz}: offset {got}, expected {off}"
    assert d.astimezone(UTC).astimezone(ZoneInfo(tz)) == d, f"{s} {tz} is in a gap"
    return d


def check_dst():
    def off(tz, s):
        return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(tz)).utcoffset()

    h = lambda x: timedelta(hours=x)  # noqa: E731
    assert WD[datetime(2026, 3, 8).weekday()] == "Sun" and WD[datetime(2026, 11, 1).weekday()] == "Sun"
    assert WD[datetime(2026, 3, 29).weekday()] == "Sun" and WD[datetime(2026, 10, 25).weekday()] == "Sun"
    for tz in (DEN, BOI):
        assert off(tz, "2026-03-07 12:00") == h(-7) and off(tz, "2026-03-09 12:00") == h(-6)
        assert off(tz, "2026-10-31 12:00") == h(-6) and off(tz, "2026-11-01 12:00") == h(-7)
    assert off(NYC, "2026-03-07 12:00") == h(-5) and off(NYC, "2026-03-09 12:00") == h(-4)
    assert off(NYC, "2026-10-31 12:00") == h(-4) and off(NYC, "2026-11-01 12:00") == h(-5)
    for s in ("2026-01-15 12:00", "2026-07-01 12:00", "2026-10-22 09:00", "2026-11-05 10:00"):
        assert off(PHX, s) == h(-7)
    # Phoenix vs Denver: one hour apart until Nov 1, then the same clock
    assert off(DEN, "2026-10-22 09:00") - off(PHX, "2026-10-22 09:00") == h(1)
    assert off(DEN, "2026-11-05 10:00") == off(PHX, "2026-11-05 10:00")
    # Denver vs New York: always two hours (both observe US DST)
    assert off(DEN, "2026-10-27 10:00") - off(NYC, "2026-10-27 10:00") == h(-2)
    assert off(DEN, "2026-11-03 13:00") - off(NYC, "2026-11-03 13:00") == h(-2)
    L = "Europe/London"
    assert off(L, "2026-03-28 12:00") == h(0) and off(L, "2026-03-29 12:00") == h(1)
    assert off(L, "2026-10-24 12:00") == h(1) and off(L, "2026-10-25 12:00") == h(0)


def iso(d):
    return d.isoformat()


def loc(d):
    return d.strftime("%Y%m%dT%H%M%S")


def zulu(d):
    return d.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def ampm(d):
    return d.strftime("%I:%M %p").lstrip("0")


def longdate(d):
    return f"{d:%A}, {d:%B} {d.day}, {d.year}"


def gclock(d):
    h12 = d.hour % 12 or 12
    return f"{h12}" + (f":{d.minute:02d}" if d.minute else "") + ("am" if d.hour < 12 else "pm")


def P(s):
    return textwrap.dedent(s).strip("\n") + "\n"


# ----------------------------------------------------------------------------------------------
# MIME helpers (LF line endings inside .eml, calendars keep CRLF inside base64)
# ----------------------------------------------------------------------------------------------
def addr(name, email):
    if not name:
        return email
    try:
        name.encode("ascii")
    except UnicodeEncodeError:
        return f"{Header(name, 'utf-8').encode()} <{email}>"
    if re.search(r'[(),.:;<>@\[\]"\\\']', name):
        return f'"{name}" <{email}>'
    return f"{name} <{email}>"


def subj(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8", maxlinelen=76).encode()


def leaf(ctype, text, enc="7bit", extra=()):
    data = text.encode("utf-8")
    if enc == "quoted-printable":
        body = quopri.encodestring(data).decode("ascii")
    elif enc == "base64":
        body = base64.encodebytes(data).decode("ascii")
    else:
        body = text
    if not body.endswith("\n"):
        body += "\n"
    return ([f"Content-Type: {ctype}", *extra, f"Content-Transfer-Encoding: {enc}"], body)


def attachment(ctype, data, filename):
    if isinstance(data, str):
        data = data.encode("utf-8")
    body = base64.encodebytes(data).decode("ascii")
    return ([f'Content-Type: {ctype}; name="{filename}"',
             f'Content-Disposition: attachment; filename="{filename}"',
             "Content-Transfer-Encoding: base64"], body)


def multi(subtype, boundary, parts):
    chunks = [f"--{boundary}\n" + "\n".join(hl) + "\n\n" + body for hl, body in parts]
    return ([f'Content-Type: multipart/{subtype}; boundary="{boundary}"'],
            "\n".join(chunks) + f"\n--{boundary}--\n")


def bare(a):
    m = re.search(r"<([^>]+)>", a)
    return m.group(1) if m else a


def mail(*, frm, to, subject, date, part, msgid, cc=None, reply_to=None, irt=None, refs=None,
         sender=None, extra=(), relay="mail-relay.example.net"):
    rcv = date.astimezone(UTC) + timedelta(seconds=2 + int(H("rcv", msgid, n=2), 16) % 9)
    ip = ".".join(str(int(H("ip", msgid, i, n=2), 16)) for i in range(4))
    hdrs = [
        ("Delivered-To", OWNER),
        ("Received", f"from {relay} ({relay} [{ip}])\n        by mx.example.com with ESMTPS id "
                     f"{H('smtp', msgid, n=12)}\n        for <{OWNER}>;\n        {format_datetime(rcv)}"),
        ("Return-Path", f"<{bare(sender or frm)}>"),
        ("From", frm), ("Sender", sender), ("Reply-To", reply_to), ("To", to), ("Cc", cc),
        ("Subject", subj(subject)), ("Date", format_datetime(date)), ("Message-ID", msgid),
        ("In-Reply-To", irt), ("References", refs), *extra,
    ]
    lines = [f"{k}: {v}" for k, v in hdrs if v is not None]
    lines.append("MIME-Version: 1.0")
    lines += part[0]
    return "\n".join(lines) + "\n\n" + part[1]


def text_to_html(text, font="Arial,Helvetica,sans-serif", size="14px"):
    paras = []
    for block in text.strip("\n").split("\n\n"):
        paras.append("<p>" + "<br>\n".join(html.escape(x, quote=False) for x in block.split("\n")) + "</p>")
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body><div style="font-family:{font};font-size:{size}">\n' + "\n".join(paras)
            + "\n</div></body></html>\n")


def alt(key, text, enc="quoted-printable", html_text=None, prefix="----=_Part_"):
    return multi("alternative", f"{prefix}{H('alt', key, n=20)}", [
        leaf('text/plain; charset="UTF-8"', text, enc),
        leaf('text/html; charset="UTF-8"', html_text or text_to_html(text), enc)])


def gmail_id(key):
    raw = hashlib.sha256(f"{SEED}|gm|{key}".encode()).digest()
    return "<CA" + base64.b64encode(raw[:30]).decode().replace("/", "_")[:46] + "@mail.gmail.com>"


def outlook_id(key, dom="namprd06"):
    h = H("ol", key, n=40).upper()
    return f"<{h[:4]}PR06MB{h[4:8]}{h[8:32]}@{h[:4]}PR06MB{h[4:8]}.{dom}.prod.outlook.com>"


def plain_id(key, domain):
    return f"<{H('mid', key, n=24)}.{H('mid2', key, n=8)}@{domain}>"


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
        out.append(b[:cut].decode("utf-8"))
        b, first = b[cut:], False
    out.append(b.decode("utf-8"))
    return "\r\n ".join(out)


def esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def cn(name):
    return f'"{name}"' if re.search(r"[,;:]", name) else name


def cal(lines):
    return "\r\n".join(fold(x) for x in lines) + "\r\n"


US_RULES = {DEN: ("-0700", "-0600", "MST", "MDT"), BOI: ("-0700", "-0600", "MST", "MDT"),
            NYC: ("-0500", "-0400", "EST", "EDT")}


def vtz(tz):
    if tz == PHX:
        return ["BEGIN:VTIMEZONE", f"TZID:{PHX}", f"X-LIC-LOCATION:{PHX}", "BEGIN:STANDARD",
                "TZOFFSETFROM:-0700", "TZOFFSETTO:-0700", "TZNAME:MST", "DTSTART:19700101T000000",
                "END:STANDARD", "END:VTIMEZONE"]
    std, dst, sn, dn = US_RULES[tz]
    return ["BEGIN:VTIMEZONE", f"TZID:{tz}", f"X-LIC-LOCATION:{tz}",
            "BEGIN:DAYLIGHT", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}", f"TZNAME:{dn}",
            "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
            "BEGIN:STANDARD", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}", f"TZNAME:{sn}",
            "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
            "END:VTIMEZONE"]


WIN_TZ = {"Mountain Standard Time": ("-0700", "-0600"), "Eastern Standard Time": ("-0500", "-0400")}


def vtz_windows(name):
    std, dst = WIN_TZ[name]
    return ["BEGIN:VTIMEZONE", f"TZID:{name}", "BEGIN:STANDARD", "DTSTART:16010101T020000",
            f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11",
            "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", f"TZOFFSETFROM:{std}",
            f"TZOFFSETTO:{dst}", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT",
            "END:VTIMEZONE"]


def att_g(name, email, partstat="NEEDS-ACTION", rsvp=True):
    return (f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={partstat};"
            f"RSVP={'TRUE' if rsvp else 'FALSE'};CN={cn(name)};X-NUM-GUESTS=0:mailto:{email}")


def att_x(name, email, role="REQ-PARTICIPANT"):
    return f"ATTENDEE;ROLE={role};PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={cn(name)}:mailto:{email}"


def simple_ics(*, prodid, method, tz, uid, start, end, summary, organizer, attendees, stamp,
               description="", location="", seq=0, status="CONFIRMED", transp="OPAQUE", extra=()):
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    lines += vtz(tz)
    lines += ["BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{zulu(stamp)}",
              f"DTSTART;TZID={tz}:{loc(start)}", f"DTEND;TZID={tz}:{loc(end)}",
              f"SUMMARY:{esc(summary)}"]
    if organizer:
        lines.append(f"ORGANIZER;CN={cn(organizer[0])}:mailto:{organizer[1]}")
    lines += [att_g(n, e, p, r) for n, e, p, r in attendees]
    if description:
        lines.append(f"DESCRIPTION:{esc(description)}")
    if location:
        lines.append(f"LOCATION:{esc(location)}")
    lines += [f"SEQUENCE:{seq}", f"STATUS:{status}", f"TRANSP:{transp}", *extra, "END:VEVENT", "END:VCALENDAR"]
    return cal(lines)


# ----------------------------------------------------------------------------------------------
# Google Calendar invitation e-mail
# ----------------------------------------------------------------------------------------------
GTZ = {DEN: "Mountain Time - Denver", BOI: "Mountain Time - Boise", NYC: "Eastern Time - New York"}


def google_invite(*, key, organizer, guests, title, start, end, tz, description, sent, uid,
                  location="", meet=None, seq=0, mode="new", created=None):
    """guests: list of (name, email, partstat). organizer is also listed first as accepted."""
    on, oe = organizer
    method = "CANCEL" if mode == "canceled" else "REQUEST"
    when = f"{start:%A} {start:%b} {start.day}, {start.year} \u22c5 {gclock(start)} \u2013 {gclock(end)}"
    subj_when = f"{start:%a} {start:%b} {start.day}, {start.year} {gclock(start)} - {gclock(end)} ({start.tzname()})"
    prefix = {"new": "Invitation", "updated": "Updated invitation", "canceled": "Canceled event"}[mode]
    subject = f"{prefix}: {title} @ {subj_when} ({OWNER})"
    eid = base64.b64encode(f"{uid.split('@')[0]} {OWNER}".encode()).decode().rstrip("=")
    t = []
    if mode == "canceled":
        t += ["This event has been canceled.", ""]
    elif mode == "updated":
        t += ["This event has been updated", ""]
    t += [title, when, GTZ[tz], ""]
    if meet and mode != "canceled":
        t += ["Join with Google Meet", f"https://meet.google.com/{meet}", "",
              "Join by phone", f"(US) +1 720-555-0{int(H('pin', key, n=3), 16) % 900 + 100}",
              f"PIN: {int(H('pin2', key, n=8), 16) % 10**9:09d}", ""]
    if location:
        t += ["Location", location, ""]
    t += [description.strip(), "", "Organizer", on, oe, "", "Guests", f"{on} - organizer", oe]
    for gn, ge, _ in guests:
        t += [gn, ge]
    t += [f"View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid={eid}", ""]
    if mode != "canceled":
        t += [f"Reply for {OWNER} and view more details https://calendar.google.com/calendar/event?action=VIEW&eid={eid}",
              "Your attendance is optional.", ""]
    t += ["~~//~~", "Invitation from Google Calendar: https://calendar.google.com/calendar/", "",
          f"You are receiving this email because you are an attendee on the event. To stop receiving "
          f"future updates for this event, decline this event.", "",
          "Forwarding this invitation could allow any recipient to send a response to the organizer, "
          "be added to the guest list, invite others regardless of their own invitation status, or "
          "modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding"]
    text = "\n".join(t) + "\n"
    guest_html = "".join(f"<li>{html.escape(g[0])} &lt;{html.escape(g[1])}&gt;</li>" for g in guests)
    h = (f'<!doctype html><html><head><meta charset="UTF-8"></head><body>'
         f'<div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">'
         + ("<p><b>This event has been canceled.</b></p>" if mode == "canceled" else "")
         + ("<p><b>This event has been updated</b></p>" if mode == "updated" else "")
         + f'<h2 style="font-weight:400">{html.escape(title)}</h2>'
         f"<p>{html.escape(when)}<br>{html.escape(GTZ[tz])}</p>"
         + (f'<p><a href="https://meet.google.com/{meet}">Join with Google Meet</a> meet.google.com/{meet}</p>'
            if meet and mode != "canceled" else "")
         + (f"<p>Location<br>{html.escape(location)}</p>" if location else "")
         + "<p>" + html.escape(description.strip()).replace("\n", "<br>") + "</p>"
         f"<p>Organizer<br>{html.escape(on)} {html.escape(oe)}</p>"
         f"<p>Guests</p><ul><li>{html.escape(on)} - organizer</li>{guest_html}</ul>"
         f'<p style="font-size:11px;color:#70757a">Invitation from Google Calendar</p></div></body></html>\n')
    created = created or sent
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
             "CALSCALE:GREGORIAN", f"METHOD:{method}"] + vtz(tz) + [
        "BEGIN:VEVENT", f"DTSTART;TZID={tz}:{loc(start)}", f"DTEND;TZID={tz}:{loc(end)}",
        f"DTSTAMP:{zulu(sent)}", f"ORGANIZER;CN={cn(on)}:mailto:{oe}", f"UID:{uid}",
        att_g(on, oe, "ACCEPTED", False)]
    lines += [att_g(gn, ge, ps, ps == "NEEDS-ACTION") for gn, ge, ps in guests]
    if meet:
        lines.append(f"X-GOOGLE-CONFERENCE:https://meet.google.com/{meet}")
    desc = description.strip()
    if meet:
        desc += f"\n\nJoin with Google Meet: https://meet.google.com/{meet}"
    lines += [f"CREATED:{zulu(created)}", f"DESCRIPTION:{esc(desc)}", f"LAST-MODIFIED:{zulu(sent)}",
              f"LOCATION:{esc(location)}", f"SEQUENCE:{seq}",
              f"STATUS:{'CANCELLED' if mode == 'canceled' else 'CONFIRMED'}", f"SUMMARY:{esc(title)}",
              "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    ics = cal(lines)
    b = H("gb", key, n=12)
    inner = multi("alternative", f"000000000000{b}a1", [
        leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', text, "quoted-printable"),
        leaf('text/html; charset="UTF-8"', h, "quoted-printable"),
        leaf(f'text/calendar; charset="UTF-8"; method={method}', ics, "base64")])
    whole = multi("mixed", f"000000000000{b}a3", [
        inner, attachment(f"application/ics", ics, "invite.ics" if mode != "canceled" else "invite.ics")])
    return mail(frm=addr(on, oe), sender=None, reply_to=addr(on, oe), to=OWNER, subject=subject, date=sent,
                part=whole, msgid=f"<calendar-{H('gcal', key, n=8)}-{H('gcal2', key, n=4)}-"
                                  f"{H('gcal3', key, n=4)}-{H('gcal4', key, n=12)}@google.com>",
                relay="mail-sor-f69.google.com",
                extra=[("X-Google-Calendar-Content-Display", "1")])


# ----------------------------------------------------------------------------------------------
# Exchange / Outlook meeting request
# ----------------------------------------------------------------------------------------------
UTC_LABEL = {"Mountain Standard Time": "(UTC-07:00) Mountain Time (US & Canada)",
             "Eastern Standard Time": "(UTC-05:00) Eastern Time (US & Canada)"}


def teams_block(key):
    mid = " ".join(str(int(H("tm", key, i, n=4), 16) % 900 + 100) for i in range(4))
    pc = H("tpc", key, n=6)
    return (f"________________________________________________________________________________\n"
            f"Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
            f"Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_"
            f"{H('tml', key, n=40)}%40thread.v2/0>\nMeeting ID: {mid}\nPasscode: {pc}\n"
            f"Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | "
            f"Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
            f"________________________________________________________________________________\n")


def exchange_invite(*, key, organizer, required, title, start, end, wtz, body, location, sent, uid,
                    seq=0, teams=False, optional=(), to=None, cc=None, subject=None, dom="namprd06"):
    on, oe = organizer
    when = (f"When: {longdate(start)} {ampm(start)}-{ampm(end)} {UTC_LABEL[wtz]}.\n"
            f"Where: {location}\n\n*~*~*~*~*~*~*~*~*~*\n\n")
    text = when + body.strip("\n") + "\n\n" + (teams_block(key) if teams else "")
    html_body = text_to_html(text, font="Aptos,Calibri,sans-serif", size="11pt")
    desc = text
    lines = ["BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
    lines += vtz_windows(wtz)
    lines += ["BEGIN:VEVENT", f"ORGANIZER;CN={cn(on)}:mailto:{oe}"]
    lines += [att_x(n, e) for n, e in required] + [att_x(n, e, "OPT-PARTICIPANT") for n, e in optional]
    lines += [f"DESCRIPTION;LANGUAGE=en-US:{esc(desc)}", f"UID:{uid}",
              f"SUMMARY;LANGUAGE=en-US:{esc(title)}", f"DTSTART;TZID={wtz}:{loc(start)}",
              f"DTEND;TZID={wtz}:{loc(end)}", "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{zulu(sent)}",
              "TRANSP:OPAQUE", "STATUS:CONFIRMED", f"SEQUENCE:{seq}", f"LOCATION;LANGUAGE=en-US:{esc(location)}",
              f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
              f"X-MICROSOFT-CDO-OWNERAPPTID:-{int(H('own', uid, n=8), 16) % 2000000000}",
              "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
              "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1",
              "X-MICROSOFT-CDO-INSTTYPE:0"]
    if teams:
        lines += ["X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_"
                  f"{H('tml', key, n=40)}%40thread.v2/0",
                  "X-MICROSOFT-SKYPETEAMSPROPERTIES:{\"cid\":\"19:meeting_" + H('tml', key, n=40) + "@thread.v2\"}",
                  "X-MICROSOFT-ONLINEMEETINGINFORMATION:{\"OnlineMeetingChannelId\":null\\,\"OnlineMeetingProvider\":3}"]
    lines += ["X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
              "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT", "X-MICROSOFT-ISRESPONSEREQUESTED:TRUE",
              f"X-MICROSOFT-LOCATIONS:[{{\"DisplayName\":\"{esc(location)}\"\\,\"LocationAnnotation\":\"\"\\,"
              f"\"LocationSource\":0\\,\"Unresolved\":false\\,\"LocationUri\":\"\"}}]",
              "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY",
              "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    ics = cal(lines)
    b = f"_000_{H('xb', key, n=28).upper()}prodoutlookcom_"
    part = multi("alternative", b, [
        leaf('text/plain; charset="us-ascii"' if text.isascii() else 'text/plain; charset="utf-8"', text,
             "quoted-printable"),
        leaf('text/html; charset="utf-8"', html_body, "quoted-printable"),
        leaf('text/calendar; charset="utf-8"; method=REQUEST', ics, "base64")])
    subject = subject or title
    tindex = base64.b64encode(hashlib.sha256(f"{SEED}|ti|{uid}".encode()).digest()[:22]).decode()
    extra = [("Thread-Topic", subject), ("Thread-Index", tindex), ("Accept-Language", "en-US"),
             ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
             ("Content-class", "urn:content-classes:calendarmessage"),
             ("x-ms-exchange-calendar-series-instance-id", base64.b64encode(("BAAAAIIA4AB0xbcQGoLgCAAAAA" + H('si', uid, n=20)).encode()).decode()[:48]),
             ("x-ms-publictraffictype", "Email")]
    return mail(frm=addr(on, oe), to=to or ", ".join(addr(n, e) for n, e in required), cc=cc, subject=subject,
                date=sent, part=part, msgid=outlook_id(key, dom), extra=extra,
                relay=f"NAM{int(H('nam', key, n=2), 16) % 12 + 1:02d}-BN8-obe.outbound.protection.outlook.com")


def exch_uid(key):
    return "040000008200E00074C5B7101A82E00800000000" + H("xuid", key, n=48).upper()


def IV(company, role, start, end, status, interviewers, followups, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end) if end else None,
            "status": status, "interviewer_emails": list(interviewers),
            "followup_recipients": list(followups), "kind": kind}


def LABEL(interviews, difficulty, category, notes):
    return {"user": OWNER, "interview": bool(interviews), "interviews": interviews,
            "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}


CASES = []


def case(fn):
    CASES.append(fn)
    return fn


# ==============================================================================================
# People
# ==============================================================================================
ME = addr(OWNER_NAME, OWNER)
CCD = "City and County of Denver"
CCD_ROLE = "GIS Analyst II"
DANA = ("Dana Whitfield", "dana.whitfield@denvergov.example")
MARISOL = ("Marisol Ortega", "marisol.ortega@denvergov.example")
TERESA = ("Teresa Gallegos", "teresa.gallegos@denvergov.example")
MBELL = ("Marcus Bell", "marcus.bell@denvergov.example")
RUTH = ("Ruth Ann Navarro", "ruthann.navarro@denvergov.example")
KENJI = ("Kenji Hargrove", "kenji.hargrove@denvergov.example")
LUCIA = ("Lucia Alvarez", "lucia.alvarez@denvergov.example")
NEOGOV = "noreply@governmentjobs.com"

OLIM = "Colorado Office of Land Information & Mapping"
OLIM_ROLE = "GIS Specialist III"
JENNA = ("Jenna Whitlock", "jenna.whitlock@state.co.example")
OWEN = ("Owen Trujillo", "owen.trujillo@state.co.example")
BETH = ("Bethany Crane", "bethany.crane@state.co.example")
LUIS = ("Luis Maestas", "luis.maestas@state.co.example")

TIMP = "Timpanogos County"
KAYLEE = ("Kaylee Christiansen", "kchristiansen@timpanogoscounty.example")
TYLER = ("Tyler Nielsen", "tnielsen@timpanogoscounty.example")

SVWA = "Salt Verde Water Authority"
SVWA_ROLE = "GIS Analyst - Water Resources"
RENATA = ("Renata Qui\u00f1ones", "renata.quinones@saltverdewater.example")
HECTOR = ("Hector Villalobos", "hector.villalobos@saltverdewater.example")
AMANDA = ("Amanda Reyes-Tso", "amanda.reyestso@saltverdewater.example")
DWAYNE = ("Dwayne Pickett", "dwayne.pickett@saltverdewater.example")


# ==============================================================================================
# Cases 01-12
# ==============================================================================================
@case
def c01():
    sent1 = T("2026-10-01 09:14", DEN, "Thu", "-06:00")
    sent2 = T("2026-10-02 13:47", DEN, "Fri", "-06:00")
    start = T("2026-10-06 10:00", DEN, "Tue", "-06:00")
    end = start + timedelta(minutes=30)
    tok = H("neotok", 1, n=24)
    t1 = P(f"""
        Dear Alex Romero,

        Thank you for your interest in the GIS Analyst II position with the City and County of Denver,
        Department of Transportation & Infrastructure (DOTI). Based on a review of your application and
        supplemental questionnaire, you are invited to schedule a phone interview.

        Please sign in to your GovernmentJobs.com account using the link below and choose one of the
        available time slots. Slots are offered on a first-come, first-served basis. This scheduling link
        expires Monday, October 5, 2026 at 11:59 PM Mountain Time.

        Schedule your interview:
        https://www.governmentjobs.com/Applications/Interview/Schedule?token={tok}

        Phone interviews last approximately 30 minutes and are conducted by a member of the Office of
        Human Resources.

        If you need a reasonable accommodation for any part of the selection process, contact Dana
        Whitfield, HR Analyst, at dana.whitfield@denvergov.example.

        Job Number: 0011482 | Job Title: GIS Analyst II | Department: Transportation & Infrastructure

        This message was sent from GovernmentJobs.com on behalf of the City and County of Denver.
        Please do not reply to noreply@governmentjobs.com.
        """)
    e1 = mail(frm=addr(CCD, NEOGOV), reply_to=addr(*DANA), to=ME,
              subject="Interview Invitation - GIS Analyst II", date=sent1,
              part=alt("c01a", t1, "base64", prefix="--==NEOGOV_"), msgid=plain_id("c01a", "governmentjobs.com"),
              relay="o1.ptr4410.governmentjobs.com")
    t2 = P("""
        Dear Alex Romero,

        This message confirms your interview for the position below.

        Job Title: GIS Analyst II
        Job Number: 0011482
        Interview Type: Phone Interview
        Date: Tuesday, October 6, 2026
        Time: 10:00 AM - 10:30 AM (Mountain Time)
        Interviewer: Dana Whitfield, HR Analyst
        Location: Dana will call you at the primary phone number on your application, (720) 555-0148.

        An interview calendar file (Interview.ics) is attached. To select a different slot, sign in to
        GovernmentJobs.com before Monday, October 5 at 5:00 PM MT; changes are subject to availability.

        Veterans' preference: if you claimed preference on your application, you do not need to bring
        documentation to this interview. Your DD-214 will be requested at the conditional offer stage.

        City and County of Denver | Office of Human Resources
        """)
    ics = simple_ics(prodid="-//NEOGOV//Insight Interview Scheduler//EN", method="REQUEST", tz=DEN,
                     uid=f"{H('c01uid', n=20)}@governmentjobs.com", start=start, end=end,
                     summary="Phone Interview - GIS Analyst II (City and County of Denver)",
                     organizer=(CCD, NEOGOV),
                     attendees=[(OWNER_NAME, OWNER, "NEEDS-ACTION", True), (*DANA, "ACCEPTED", False)],
                     stamp=sent2, location="Phone - interviewer will call (720) 555-0148",
                     description="Phone interview with Dana Whitfield, HR Analyst. Job Number 0011482.")
    inner = alt("c01b", t2, "quoted-printable", prefix="--==NEOGOV_")
    part = multi("mixed", f"--==NEOGOV_MIX_{H('c01mix', n=16)}", [inner, attachment("text/calendar", ics, "Interview.ics")])
    e2 = mail(frm=addr(CCD, NEOGOV), reply_to=addr(*DANA), to=ME,
              subject="Interview Confirmation - GIS Analyst II", date=sent2, part=part,
              msgid=plain_id("c01b", "governmentjobs.com"), relay="o1.ptr4410.governmentjobs.com")
    lab = LABEL([IV(CCD, CCD_ROLE, start, end, "scheduled", [DANA[1]], [DANA[1]], "phone_screen")],
                "easy", "positive/ats-email-with-ics",
                "NEOGOV self-scheduling invitation (no time) followed by a confirmation with Interview.ics; "
                "HR analyst conducts the phone screen, so she is the interviewer. One interview.")
    return "b332-01-neogov-denver-phone-screen", [("01-interview-invitation.eml", e1),
                                                  ("02-interview-confirmation.eml", e2)], lab


@case
def c02():
    sent = T("2026-10-07 15:30", DEN, "Wed", "-06:00")
    ws = T("2026-10-13 08:00", DEN, "Tue", "-06:00")
    we = T("2026-10-14 17:00", DEN, "Wed", "-06:00")
    t = P(f"""
        Dear Alex Romero,

        Congratulations! You have advanced to the skills assessment phase of the selection process for
        GIS Analyst II (Job Number 0011482).

        About the GIS Practical Exercise
        - This is a timed, unproctored online exercise. It is not an interview and no one from the City
          will be on a call with you.
        - When you open the exercise you will receive a data package (a file geodatabase with street
          centerlines, parcels and three years of crash records) and written instructions.
        - You will have 2 hours from the moment you open the package to upload a map product (PDF) and a
          one-page description of your methodology.
        - The exercise is available from 8:00 AM MT on Tuesday, October 13 until 5:00 PM MT on Wednesday,
          October 14. Submissions received after the window closes cannot be scored.

        Exercises are scored anonymously by subject-matter experts using a standardized rubric. Candidates
        with the highest scores will be invited to a structured panel interview.

        Start the exercise: https://www.governmentjobs.com/Applications/Assessment/Start?token={H('c02tok', n=24)}

        A calendar hold for the availability window is attached. For technical problems during the
        exercise only, contact Dana Whitfield at dana.whitfield@denvergov.example.

        City and County of Denver | Office of Human Resources
        """)
    ics = simple_ics(prodid="-//NEOGOV//Insight Assessments//EN", method="PUBLISH", tz=DEN,
                     uid=f"{H('c02uid', n=20)}@governmentjobs.com", start=ws, end=we,
                     summary="GIS Practical Exercise window (timed, 2 hours) - GIS Analyst II",
                     organizer=(CCD, NEOGOV), attendees=[(OWNER_NAME, OWNER, "NEEDS-ACTION", False)],
                     stamp=sent, location="Online - GovernmentJobs.com",
                     description="Self-paced timed exercise. Open any time in the window; 2 hours once started.",
                     transp="TRANSPARENT")
    part = multi("mixed", f"--==NEOGOV_MIX_{H('c02mix', n=16)}",
                 [alt("c02", t, "base64", prefix="--==NEOGOV_"), attachment("text/calendar", ics, "GIS_Exercise_Window.ics")])
    e = mail(frm=addr(CCD, NEOGOV), reply_to=addr(*DANA), to=ME,
             subject="Next Step: Online GIS Skills Exercise - GIS Analyst II", date=sent, part=part,
             msgid=plain_id("c02", "governmentjobs.com"), relay="o1.ptr4410.governmentjobs.com")
    lab = LABEL([], "hard", "negative/timed-assessment",
                "Timed, unproctored GIS practical exercise with a two-day .ics window; explicitly not an "
                "interview (take-home style assessment).")
    return "b332-02-denver-gis-skills-exercise", [("01-skills-exercise-notice.eml", e)], lab


@case
def c03():
    sent1 = T("2026-10-16 10:22", DEN, "Fri", "-06:00")
    sent2 = T("2026-10-16 10:40", DEN, "Fri", "-06:00")
    start = T("2026-10-20 13:00", DEN, "Tue", "-06:00")
    end = T("2026-10-20 14:00", DEN, "Tue", "-06:00")
    t1 = P("""
        Hi Alex,

        Good news: your GIS practical exercise placed you in the group we're inviting to the structured
        panel interview for GIS Analyst II (DOTI). I'll send a calendar invitation from my Outlook shortly.

        A few things to know ahead of time:

        - It's in person at the Civic Center Municipal Building, 1801 Civic Center Plaza, Room 712.
          Please arrive 15 minutes early; you'll get a printed copy of the questions to read over before
          you go in.
        - The panel is three people: Teresa Gallegos (GIS Supervisor, DOTI), Marcus Bell (Senior Engineer,
          Wastewater Management) and Ruth Ann Navarro (Asset Management Analyst). Every candidate gets the
          same questions in the same order and each panelist rates the answers on their own score sheet,
          so don't be thrown off if they're writing more than talking.
        - Plan on about an hour. Bring a photo ID for the security desk. We can't validate parking; the
          Civic Center light rail stop is a block away.

        If you need an accommodation, just let me know.

        Marisol Ortega
        HR Analyst | Talent Acquisition
        City and County of Denver | Office of Human Resources
        marisol.ortega@denvergov.example | 720-555-0172
        """)
    e1 = mail(frm=addr(*MARISOL), to=ME, subject="GIS Analyst II - panel interview next Tuesday", date=sent1,
              part=alt("c03a", t1, prefix="_000_"), msgid=outlook_id("c03a"),
              relay="NAM04-DM6-obe.outbound.protection.outlook.com")
    body = P("""
        Alex,

        Confirming your structured panel interview for GIS Analyst II. Please check in with building
        security on the first floor by 12:45 PM and someone from HR will bring you up to Room 712.

        Panel: Teresa Gallegos, Marcus Bell, Ruth Ann Navarro.

        Marisol
        """)
    e2 = exchange_invite(key="c03b", organizer=MARISOL, required=[(OWNER_NAME, OWNER), TERESA, MBELL, RUTH],
                         title="Panel Interview - GIS Analyst II - Alex Romero", start=start, end=end,
                         wtz="Mountain Standard Time", body=body, sent=sent2, uid=exch_uid("c03"),
                         location="Civic Center Municipal Building, 1801 Civic Center Plaza, Room 712")
    ivs = [TERESA[1], MBELL[1], RUTH[1]]
    lab = LABEL([IV(CCD, CCD_ROLE, start, end, "scheduled", ivs, ivs, "onsite")],
                "medium", "positive/outlook-panel-utc-label",
                "HR e-mail plus Exchange invite (TZID 'Mountain Standard Time', label '(UTC-07:00)') for Oct 20, "
                "which is MDT (-06:00). Three-person structured panel -> onsite; coordinator is not an interviewer.")
    return "b332-03-denver-structured-panel-outlook", [("01-panel-interview-notice.eml", e1),
                                                       ("02-outlook-panel-invite.eml", e2)], lab


@case
def c04():
    sent1 = T("2026-10-22 16:03", DEN, "Thu", "-06:00")
    sent2 = T("2026-10-26 08:12", DEN, "Mon", "-06:00")
    s1 = T("2026-10-28 14:00", DEN, "Wed", "-06:00")
    s2 = T("2026-11-04 09:30", DEN, "Wed", "-07:00")
    uid = exch_uid("c04")
    b1 = P("""
        Alex,

        Congratulations on getting through the panel. This second conversation is with me as the hiring
        manager and is much less structured. I'd like to hear about your ArcGIS Pro and Enterprise work and
        talk through the Vision Zero crash-mapping backlog the team is working on.

        Camera on if you're comfortable. Looking forward to it.

        Kenji Hargrove, GISP
        GIS Program Manager | Department of Transportation & Infrastructure
        """)
    e1 = exchange_invite(key="c04a", organizer=KENJI, required=[(OWNER_NAME, OWNER)],
                         title="Second Interview: GIS Analyst II (Alex Romero / Kenji Hargrove)", start=s1,
                         end=s1 + timedelta(hours=1), wtz="Mountain Standard Time", body=b1, sent=sent1, uid=uid,
                         location="Microsoft Teams Meeting", teams=True)
    b2 = P("""
        Alex,

        I have to move our conversation, sorry. City Council put the DOTI budget hearing on Wednesday
        afternoon and I'm required to be there. New time is the following Wednesday, November 4, 9:30 to
        10:30 AM. Same Teams link.

        Heads up that clocks fall back this Sunday (Nov 1), so go by Mountain Time on your calendar.

        Kenji
        """)
    e2 = exchange_invite(key="c04a", organizer=KENJI, required=[(OWNER_NAME, OWNER)],
                         title="Second Interview: GIS Analyst II (Alex Romero / Kenji Hargrove)", start=s2,
                         end=s2 + timedelta(hours=1), wtz="Mountain Standard Time", body=b2, sent=sent2, uid=uid,
                         seq=1, location="Microsoft Teams Meeting", teams=True)
    # distinct Message-ID for the update
    e2 = e2.replace(outlook_id("c04a"), outlook_id("c04b"), 1)
    lab = LABEL([IV(CCD, CCD_ROLE, s2, s2 + timedelta(hours=1), "scheduled", [KENJI[1]], [KENJI[1]],
                    "hiring_manager")],
                "hard", "positive/reschedule-sequence-dst",
                "Teams invite for Oct 28 14:00 MDT re-sent with the same UID and SEQUENCE:1 for Nov 4 09:30, after "
                "the Nov 1 fall-back (-07:00). Final time only.")
    return "b332-04-denver-hm-reschedule-across-dst", [("01-second-interview-invite.eml", e1),
                                                       ("02-second-interview-moved.eml", e2)], lab


@case
def c05():
    d1 = T("2026-11-09 16:05", DEN, "Mon", "-07:00")
    d2 = T("2026-11-09 16:31", DEN, "Mon", "-07:00")
    d3 = T("2026-11-09 16:44", DEN, "Mon", "-07:00")
    start = T("2026-11-10 14:00", DEN, "Tue", "-07:00")
    end = start + timedelta(minutes=45)
    m1, m2, m3 = outlook_id("c05a"), gmail_id("c05b"), outlook_id("c05c")
    subj1 = "Final conversation with Director Alvarez"
    t1 = P("""
        Alex,

        Thanks again for last Wednesday. I've shared my notes with Lucia Alvarez, our Director of
        Transportation Planning & Data, and she'd like to meet you before we finalize a recommendation. This
        is the last step in our process.

        Her calendar just opened up: could you come in tomorrow at 2? She's set aside 45 minutes. It'll be
        in her office on the 7th floor of the Civic Center Municipal Building (1801 Civic Center Plaza). I'll
        meet you in the lobby and walk you up, but it will be just the two of you.

        I know this is short notice. If tomorrow doesn't work, say so and we'll find something later in the
        week.

        Kenji

        Kenji Hargrove, GISP
        GIS Program Manager | Department of Transportation & Infrastructure
        City and County of Denver
        """)
    e1 = mail(frm=addr(*KENJI), to=ME, cc=addr(*LUCIA), subject=subj1, date=d1,
              part=alt("c05a", t1, prefix="_000_"), msgid=m1, relay="NAM04-DM6-obe.outbound.protection.outlook.com")
    t2 = P(f"""
        Hi Kenji,

        Tomorrow at 2 works great. I'll be in the lobby a few minutes early.

        Lucia, I look forward to meeting you.

        Best,
        Alex

        On Mon, Nov 9, 2026 at 4:05 PM Kenji Hargrove <{KENJI[1]}> wrote:
        > Alex,
        >
        > Thanks again for last Wednesday. I've shared my notes with Lucia Alvarez, our Director of
        > Transportation Planning & Data, and she'd like to meet you before we finalize a recommendation.
        >
        > Her calendar just opened up: could you come in tomorrow at 2? She's set aside 45 minutes.
        """)
    e2 = mail(frm=ME, to=addr(*KENJI), cc=addr(*LUCIA), subject="Re: " + subj1, date=d2,
              part=leaf('text/plain; charset="UTF-8"', t2, "7bit"), msgid=m2, irt=m1, refs=m1,
              relay="mail-sor-f41.google.com")
    t3 = P("""
        Perfect. Lucia has it on her calendar. See you tomorrow.

        K
        """)
    e3 = mail(frm=addr(*KENJI), to=ME, cc=addr(*LUCIA), subject="RE: " + subj1, date=d3,
              part=alt("c05c", t3, prefix="_000_"), msgid=m3, irt=m2, refs=f"{m1} {m2}",
              relay="NAM04-DM6-obe.outbound.protection.outlook.com")
    lab = LABEL([IV(CCD, CCD_ROLE, start, end, "scheduled", [LUCIA[1]], [LUCIA[1]], "other")],
                "hard", "positive/email-body-only-relative",
                "Time exists only as 'tomorrow at 2' (Date: Mon Nov 9, -0700) -> Tue Nov 10 14:00 MST, 45 min. "
                "Director is the sole interviewer (cc'd); the hiring manager only escorts.")
    return "b332-05-denver-director-final-tomorrow-at-2", [("01-kenji-final-step.eml", e1),
                                                           ("02-alex-confirms.eml", e2),
                                                           ("03-kenji-see-you.eml", e3)], lab


@case
def c06():
    sent = T("2026-10-09 14:20", DEN, "Fri", "-06:00")
    start = T("2026-10-15 11:00", DEN, "Thu", "-06:00")
    end = start + timedelta(minutes=30)
    desc = P("""
        Hi Alex - this is the 30-minute screening call we talked about. I'll phone you at 720-555-0148 at
        the scheduled time; the Meet link is only a backup if the call drops.

        We'll go over the minimum qualifications, the salary range ($74,616 - $97,008 annually) and the
        hybrid schedule (three days in the office).

        Jenna Whitlock
        HR Specialist, Colorado Office of Land Information & Mapping
        """)
    e = google_invite(key="c06", organizer=JENNA, guests=[(OWNER_NAME, OWNER, "NEEDS-ACTION")],
                      title="Phone screen - GIS Specialist III (Alex Romero)", start=start, end=end, tz=DEN,
                      description=desc, sent=sent, uid=f"{H('c06uid', n=26)}@google.com", meet="qfe-rmtw-kzd")
    lab = LABEL([IV(OLIM, OLIM_ROLE, start, end, "scheduled", [JENNA[1]], [JENNA[1]], "phone_screen")],
                "easy", "positive/google-invite",
                "Google Calendar invitation from the state HR specialist who runs the screen herself.")
    return "b332-06-colorado-state-phone-screen-google", [("01-invitation-phone-screen.eml", e)], lab


@case
def c07():
    sent1 = T("2026-10-19 11:05", DEN, "Mon", "-06:00")
    sent2 = T("2026-10-23 15:41", DEN, "Fri", "-06:00")
    sent3 = T("2026-10-23 15:48", DEN, "Fri", "-06:00")
    start = T("2026-10-27 09:00", DEN, "Tue", "-06:00")
    end = T("2026-10-27 10:15", DEN, "Tue", "-06:00")
    uid = f"{H('c07uid', n=26)}@google.com"
    title = "Structured Panel Interview - GIS Specialist III - Alex Romero"
    loc_ = "Colorado Office of Land Information & Mapping, 1620 Broadway, Suite 410, Denver, CO 80202"
    desc = P("""
        Panel:
        Owen Trujillo - GIS Section Manager
        Bethany Crane - Cadastral Program Lead
        Luis Maestas - Spatial Database Administrator

        Please arrive 15 minutes early and check in at the 4th-floor reception desk. The panel asks every
        candidate the same set of questions and scores responses against a rating guide; you'll have time
        at the end for your own questions.
        """)
    guests = [(OWNER_NAME, OWNER, "NEEDS-ACTION"), (*OWEN, "ACCEPTED"), (*BETH, "ACCEPTED"), (*LUIS, "NEEDS-ACTION")]
    e1 = google_invite(key="c07a", organizer=JENNA, guests=guests, title=title, start=start, end=end, tz=DEN,
                       description=desc, sent=sent1, uid=uid, location=loc_)
    t2 = P("""
        Alex,

        I'm sorry to be writing with this. This afternoon our department was directed to pause all
        non-essential hiring while the state works through the revenue shortfall, and the GIS Specialist III
        recruitment is on the list. That means we have to cancel your panel interview on Tuesday, October 27.
        You'll see a cancellation notice from my calendar in a minute.

        Your application stays active and the eligible list remains open for six months. If the position is
        released, you'll be the first person I call to reschedule.

        Jenna Whitlock
        HR Specialist | Colorado Office of Land Information & Mapping
        """)
    e2 = mail(frm=addr(*JENNA), to=ME, subject="Tuesday's panel interview - GIS Specialist III", date=sent2,
              part=alt("c07b", t2, prefix="00000000000099"), msgid=gmail_id("c07b"), relay="mail-sor-f69.google.com")
    e3 = google_invite(key="c07c", organizer=JENNA, guests=guests, title=title, start=start, end=end, tz=DEN,
                       description=desc, sent=sent3, uid=uid, location=loc_, seq=1, mode="canceled", created=sent1)
    ivs = [OWEN[1], BETH[1], LUIS[1]]
    lab = LABEL([IV(OLIM, OLIM_ROLE, start, end, "cancelled", ivs, ivs, "onsite")],
                "medium", "positive/cancellation",
                "Panel invite, human e-mail about a hiring pause, then Google 'Canceled event' (METHOD:CANCEL, "
                "same UID). Kept as one cancelled interview at its last time.")
    return "b332-07-colorado-state-panel-cancelled", [("01-invitation-panel.eml", e1),
                                                      ("02-jenna-hiring-pause.eml", e2),
                                                      ("03-canceled-event-panel.eml", e3)], lab


@case
def c08():
    sent = T("2026-10-14 09:00", DEN, "Wed", "-06:00")
    start = T("2026-10-24 08:30", DEN, "Sat", "-06:00")
    end = T("2026-10-24 11:30", DEN, "Sat", "-06:00")
    t = P("""
        EXAM SEAT CONFIRMATION

        Candidate: Alex Romero
        Recruitment: Engineering Technician III (GIS) - Open Competitive, #26-1907
        Examination: Written Merit Examination (multiple choice, 75 items)
        Date: Saturday, October 24, 2026
        Check-in: 8:00 AM; testing begins 8:30 AM sharp and ends by 11:30 AM (Mountain Time)
        Location: Timpanogos County Administration Building, Room 1400
                  480 North Civic Drive, Orem, UT 84057
        Seat: 27

        Please arrive 15 minutes early. Bring a government-issued photo ID; phones, smart watches and
        reference materials are not permitted in the testing room. Calculators are provided.

        Candidates who pass the examination are placed on the eligible register in score order. Departments
        may contact candidates on the register to interview during the life of the register (12 months).

        Veterans' preference: eligible veterans receive 5 or 10 points added to a passing score only. Upload
        your DD-214 to your application before the exam date.

        Timpanogos County Human Resources - Merit Examinations Unit
        meritexams@timpanogoscounty.example | 801-555-0190
        """)
    ics = simple_ics(prodid="-//Timpanogos County//Merit Exams//EN", method="PUBLISH", tz=DEN,
                     uid=f"exam-{H('c08uid', n=16)}@timpanogoscounty.example", start=start, end=end,
                     summary="Written Merit Exam - Engineering Technician III (GIS) - Seat 27",
                     organizer=("Merit Examinations Unit", "meritexams@timpanogoscounty.example"),
                     attendees=[(OWNER_NAME, OWNER, "NEEDS-ACTION", False)], stamp=sent,
                     location="Timpanogos County Administration Building, Room 1400, 480 North Civic Drive, Orem, UT",
                     description="Check-in 8:00 AM. Bring photo ID.")
    part = multi("mixed", f"=_exam_{H('c08mix', n=20)}",
                 [alt("c08", t, "quoted-printable", prefix="=_examalt_"), attachment("text/calendar", ics, "ExamSeat.ics")])
    e = mail(frm=addr("Timpanogos County Merit Exams", "meritexams@timpanogoscounty.example"), to=ME,
             subject="Exam Seat Confirmation: Engineering Technician III (GIS) - Written Examination",
             date=sent, part=part, msgid=plain_id("c08", "timpanogoscounty.example"), relay="smtp.timpanogoscounty.example")
    lab = LABEL([], "medium", "negative/civil-service-exam-seat",
                "Civil-service written exam seat booking with .ics, 'arrive 15 minutes early' and veterans' "
                "preference text; an exam, not an interview.")
    return "b332-08-county-merit-exam-seat", [("01-exam-seat-confirmation.eml", e)], lab


@case
def c09():
    sent = T("2026-10-01 11:30", DEN, "Thu", "-06:00")
    start = T("2026-10-07 15:00", DEN, "Wed", "-06:00")
    end = start + timedelta(minutes=30)
    t = P("""
        Hi Alex,

        Thanks for picking up my call this morning. As we discussed, I've set up your phone screen for the
        GIS Analyst II position for next Wednesday afternoon. We'll use Webex so you can join by phone or
        video, whichever you prefer; the time and link are in the meeting file I'm sending you separately.

        I'll be the one asking the questions. It takes about half an hour and covers your background, the
        minimum qualifications and the pay range ($31.42 - $40.85/hr, DOQ). If you move forward, the next
        step is an interview with our GIS Manager in Public Works.

        Kaylee Christiansen
        HR Analyst | Timpanogos County Human Resources
        801-555-0136
        """)
    e = mail(frm=addr(*KAYLEE), to=ME, subject="Phone screen - GIS Analyst II - Timpanogos County", date=sent,
             part=leaf('text/plain; charset="UTF-8"', t, "quoted-printable"),
             msgid=plain_id("c09", "timpanogoscounty.example"), relay="smtp.timpanogoscounty.example")
    site = "https://timpanogoscounty.webex.com/meet/kchristiansen"
    ics = simple_ics(prodid="-//Cisco Systems//Webex Meetings//EN", method="REQUEST", tz=DEN,
                     uid=f"{H('c09uid', n=32).upper()}@webex.com", start=start, end=end,
                     summary="Phone Screen - GIS Analyst II (Alex Romero)", organizer=KAYLEE,
                     attendees=[(OWNER_NAME, OWNER, "NEEDS-ACTION", True)], stamp=sent, location=site,
                     description=f"Join Webex meeting: {site}\nJoin by phone: +1-408-555-0107 United States Toll\n"
                                 f"Access code: {int(H('c09ac', n=8), 16) % 10**9}\n\nTimpanogos County phone screen "
                                 f"with Kaylee Christiansen, HR Analyst.")
    lab = LABEL([IV(TIMP, "GIS Analyst II", start, end, "scheduled", [KAYLEE[1]], [KAYLEE[1]], "phone_screen")],
                "medium", "positive/standalone-ics",
                "E-mail says only 'next Wednesday afternoon'; exact time (15:00 MDT, Utah on Mountain Time) comes "
                "from the standalone Webex .ics. HR analyst asks the questions.")
    return "b332-09-utah-county-webex-phone-screen", [("01-kaylee-phone-screen.eml", e),
                                                      ("02-webex-phone-screen.ics", ics)], lab


@case
def c10():
    d1 = T("2026-10-09 09:12", DEN, "Fri", "-06:00")
    d2 = T("2026-10-09 12:40", DEN, "Fri", "-06:00")
    d3 = T("2026-10-09 14:02", DEN, "Fri", "-06:00")
    start = T("2026-10-16 13:30", DEN, "Fri", "-06:00")
    T("2026-10-15 10:00", DEN, "Thu", "-06:00")  # the option not chosen
    end = start + timedelta(hours=1)
    m1, m2, m3 = plain_id("c10a", "timpanogoscounty.example"), gmail_id("c10b"), plain_id("c10c", "timpanogoscounty.example")
    s = "GIS Analyst II - next interview with the GIS Division"
    t1 = P("""
        Alex,

        Kaylee passed along her notes from your phone screen and I'd like to set up the next interview. This
        one is with me (I'm the hiring manager for the position) and runs about an hour over Webex. We'll
        spend part of it on a screen share of a project you're proud of, so have something ready to show.

        I have two openings next week: Thursday the 15th at 10:00 AM or Friday the 16th at 1:30 PM. Both
        are Mountain Time; we're on the same clock as Denver. Which works better?

        Tyler Nielsen, GISP
        GIS Manager | Timpanogos County Public Works
        """)
    e1 = mail(frm=addr(*TYLER), to=ME, subject=s, date=d1, part=leaf('text/plain; charset="UTF-8"', t1, "7bit"),
              msgid=m1, relay="smtp.timpanogoscounty.example")
    t2 = P(f"""
        Hi Tyler,

        Thanks for moving me forward. Friday at 1:30 works best for me. I'll plan to walk through the
        stormwater inlet inventory I built in Field Maps last year.

        Best,
        Alex

        On Fri, Oct 9, 2026 at 9:12 AM Tyler Nielsen <{TYLER[1]}> wrote:
        > I have two openings next week: Thursday the 15th at 10:00 AM or Friday the 16th at 1:30 PM. Both
        > are Mountain Time; we're on the same clock as Denver. Which works better?
        """)
    e2 = mail(frm=ME, to=addr(*TYLER), subject="Re: " + s, date=d2, part=leaf('text/plain; charset="UTF-8"', t2, "7bit"),
              msgid=m2, irt=m1, refs=m1, relay="mail-sor-f41.google.com")
    t3 = P("""
        Great, you're on my calendar for Friday 10/16 from 1:30 to 2:30 PM MT.

        Webex: https://timpanogoscounty.webex.com/meet/tnielsen
        Dial-in if you need it: +1-408-555-0107, access code 2487 113 905

        Inlet inventory sounds perfect. Talk then.

        Tyler
        """)
    e3 = mail(frm=addr(*TYLER), to=ME, subject="Re: " + s, date=d3,
              part=alt("c10c", t3, "quoted-printable", prefix="=_tc_"), msgid=m3, irt=m2, refs=f"{m1} {m2}",
              relay="smtp.timpanogoscounty.example")
    lab = LABEL([IV(TIMP, "GIS Analyst II", start, end, "scheduled", [TYLER[1]], [TYLER[1]], "hiring_manager")],
                "medium", "positive/thread-propose-confirm",
                "Hiring manager offers Thu 10:00 or Fri 13:30; candidate picks Friday; confirmed 1:30-2:30 PM MT "
                "(Utah county, America/Denver, MDT). The unchosen slot must not be reported.")
    return "b332-10-utah-county-hm-propose-confirm", [("01-tyler-two-options.eml", e1),
                                                      ("02-alex-picks-friday.eml", e2),
                                                      ("03-tyler-confirms.eml", e3)], lab


@case
def c11():
    sent = T("2026-11-02 10:15", DEN, "Mon", "-07:00")
    T("2026-11-09 08:15", DEN, "Mon", "-07:00")
    T("2026-11-06 17:00", DEN, "Fri", "-07:00")
    T("2026-11-30 08:00", DEN, "Mon", "-07:00")
    t = P("""
        Dear Alex,

        On behalf of Timpanogos County, I am pleased to extend a conditional offer of employment for the
        position of GIS Analyst II in the Public Works Department, following your interviews with Human
        Resources and with Tyler Nielsen.

        Starting wage: $36.10/hour (Grade 27, Step 4), full-time, benefits-eligible
        Supervisor: Tyler Nielsen, GIS Manager
        Tentative start date: Monday, November 30, 2026

        This offer is contingent on the successful completion of:
        1. A criminal background check, including fingerprinting
        2. A pre-employment drug screen
        3. A motor vehicle record check (the position drives a county vehicle)
        4. Verification of your degree

        Your fingerprinting appointment is scheduled for Monday, November 9 at 8:15 AM at the Sheriff's Office
        Records Unit, 3400 North 200 West. Please bring two forms of identification. The drug screen must be
        completed within 48 hours of accepting this offer at any WorkWell Occupational Health location; the
        authorization form is attached to your onboarding tasks.

        Please reply to accept by 5:00 PM on Friday, November 6. Once all contingencies clear, I will
        confirm your start date and new-employee orientation.

        Congratulations!

        Kaylee Christiansen
        HR Analyst | Timpanogos County Human Resources
        """)
    e = mail(frm=addr(*KAYLEE), to=ME, cc=addr(*TYLER), subject="Conditional Offer of Employment - GIS Analyst II",
             date=sent, part=alt("c11", t, "base64", prefix="=_offer_"),
             msgid=plain_id("c11", "timpanogoscounty.example"), relay="smtp.timpanogoscounty.example")
    lab = LABEL([], "medium", "negative/conditional-offer",
                "Conditional offer with background check; mentions past interviews and a fingerprinting "
                "appointment with a date and time. Not an interview.")
    return "b332-11-utah-county-conditional-offer", [("01-conditional-offer.eml", e)], lab


@case
def c12():
    sent1 = T("2026-10-19 10:02", PHX, "Mon", "-07:00")
    sent2 = T("2026-10-26 15:30", PHX, "Mon", "-07:00")
    sent3 = T("2026-10-27 08:45", PHX, "Tue", "-07:00")
    s1 = T("2026-10-22 09:00", PHX, "Thu", "-07:00")
    e1_ = s1 + timedelta(minutes=30)
    assert s1.astimezone(ZoneInfo(DEN)).hour == 10  # 10:00 MDT in Denver
    s2 = T("2026-11-05 10:00", PHX, "Thu", "-07:00")
    e2_ = s2 + timedelta(minutes=90)
    assert s2.astimezone(ZoneInfo(DEN)).hour == 10  # also 10:00 MST in Denver
    icims = "saltverdewater+autoreply@talent.icims.com"
    h1 = P(f"""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
        <table width="600" cellpadding="0" cellspacing="0"><tr><td style="background:#0b5f8a;color:#fff;padding:12px 16px">
        <b>Salt Verde Water Authority</b> | Careers</td></tr><tr><td style="padding:16px">
        <p>Hello Alex,</p>
        <p>Thank you for your interest in Salt Verde Water Authority. Your phone interview has been scheduled.</p>
        <table cellpadding="4">
        <tr><td><b>Position</b></td><td>GIS Analyst - Water Resources (Requisition 2026-0417)</td></tr>
        <tr><td><b>Date</b></td><td>Thursday, October 22, 2026</td></tr>
        <tr><td><b>Time</b></td><td>9:00 AM - 9:30 AM Arizona Time (MST)</td></tr>
        <tr><td><b>Interviewer</b></td><td>Renata Qui&ntilde;ones, Senior Talent Acquisition Specialist</td></tr>
        <tr><td><b>Format</b></td><td>Phone. Renata will call you at (720) 555-0148.</td></tr>
        </table>
        <p><i>Please note: Arizona does not observe daylight saving time. For candidates on Mountain Daylight
        Time (for example, Denver), this interview is at 10:00 AM your local time.</i></p>
        <p>A calendar file is attached. To request a change, reply to this message and your recruiter will
        follow up.</p>
        <p style="font-size:11px;color:#777">Salt Verde Water Authority is an Equal Opportunity Employer.
        This e-mail was sent by iCIMS on behalf of Salt Verde Water Authority.</p>
        </td></tr></table></body></html>
        """)
    ics1 = simple_ics(prodid="-//iCIMS//iCIMS Talent Platform//EN", method="REQUEST", tz=PHX,
                      uid=f"icims-{H('c12u1', n=20)}@talent.icims.com", start=s1, end=e1_,
                      summary="Phone Interview: GIS Analyst - Water Resources (2026-0417)",
                      organizer=RENATA, attendees=[(OWNER_NAME, OWNER, "NEEDS-ACTION", True)], stamp=sent1,
                      location="Phone - (720) 555-0148",
                      description="Phone interview with Renata Qui\u00f1ones, Salt Verde Water Authority. "
                                  "9:00 AM Arizona time (10:00 AM Mountain Daylight Time).")
    p1 = multi("mixed", f"----=_iCIMS_{H('c12m1', n=20)}", [
        multi("alternative", f"----=_iCIMSalt_{H('c12a1', n=20)}", [
            leaf('text/plain; charset="UTF-8"', re.sub(r"<[^>]+>", "", h1.replace("&ntilde;", "\u00f1")), "quoted-printable"),
            leaf('text/html; charset="UTF-8"', h1, "base64")]),
        attachment("text/calendar", ics1, "interview.ics")])
    e1 = mail(frm=addr("Salt Verde Water Authority Careers", icims), reply_to=addr(*RENATA), to=ME,
              subject="Interview Confirmation: GIS Analyst - Water Resources (2026-0417)", date=sent1, part=p1,
              msgid=plain_id("c12a", "talent.icims.com"), relay="mta-11.talent.icims.com")
    t2 = P("""
        Hi Alex,

        Thanks for a great conversation on Thursday. The hiring team would like to move you forward to a
        panel interview on Zoom with:

          - Hector Villalobos, GIS & Asset Management Supervisor
          - Amanda Reyes-Tso, Senior Hydrologist
          - Dwayne Pickett, Field Operations Superintendent

        I've booked Thursday, November 5 from 10:00 to 11:30 AM Arizona time. Since Colorado falls back on
        November 1, that will also be 10:00 AM for you in Denver, so no conversion this time.

        The panel will open with a short scenario about mapping main breaks; there's nothing to prepare in
        advance. You'll get a formal confirmation from iCIMS with the Zoom link shortly.

        Renata Qui\u00f1ones
        Senior Talent Acquisition Specialist | Salt Verde Water Authority
        602-555-0119
        """)
    e2 = mail(frm=addr(*RENATA), to=ME, subject="Next step: panel interview - GIS Analyst, Water Resources",
              date=sent2, part=alt("c12b", t2, "quoted-printable", prefix="_000_"), msgid=outlook_id("c12b", "namprd03"),
              relay="NAM10-MW2-obe.outbound.protection.outlook.com")
    zoom = f"https://saltverdewater.zoom.us/j/8{int(H('c12z', n=10), 16) % 10**9:09d}"
    h3 = P(f"""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
        <p>Hello Alex,</p>
        <p>Your interview for <b>GIS Analyst - Water Resources (2026-0417)</b> has been scheduled.</p>
        <p><b>Panel Interview</b><br>Thursday, November 5, 2026<br>10:00 AM - 11:30 AM Arizona Time (MST)</p>
        <p>Panel: Hector Villalobos, Amanda Reyes-Tso, Dwayne Pickett</p>
        <p>Join Zoom Meeting: <a href="{zoom}">{zoom}</a></p>
        <p>Please join a few minutes early to test your audio and video.</p>
        <p style="font-size:11px;color:#777">This e-mail was sent by iCIMS on behalf of Salt Verde Water Authority.</p>
        </body></html>
        """)
    ics3 = simple_ics(prodid="-//iCIMS//iCIMS Talent Platform//EN", method="REQUEST", tz=PHX,
                      uid=f"icims-{H('c12u3', n=20)}@talent.icims.com", start=s2, end=e2_,
                      summary="Panel Interview: GIS Analyst - Water Resources (2026-0417)",
                      organizer=RENATA, attendees=[(OWNER_NAME, OWNER, "NEEDS-ACTION", True),
                                                   (*HECTOR, "ACCEPTED", False), (*AMANDA, "ACCEPTED", False),
                                                   (*DWAYNE, "NEEDS-ACTION", False)],
                      stamp=sent3, location=zoom, description=f"Zoom: {zoom}")
    p3 = multi("mixed", f"----=_iCIMS_{H('c12m3', n=20)}", [
        leaf('text/html; charset="UTF-8"', h3, "base64"), attachment("text/calendar", ics3, "interview.ics")])
    e3 = mail(frm=addr("Salt Verde Water Authority Careers", icims), reply_to=addr(*RENATA), to=ME,
              subject="Interview Confirmation: GIS Analyst - Water Resources (2026-0417)", date=sent3, part=p3,
              msgid=plain_id("c12c", "talent.icims.com"), relay="mta-11.talent.icims.com")
    panel = [HECTOR[1], AMANDA[1], DWAYNE[1]]
    lab = LABEL([IV(SVWA, SVWA_ROLE, s1, e1_, "scheduled", [RENATA[1]], [RENATA[1]], "phone_screen"),
                 IV(SVWA, SVWA_ROLE, s2, e2_, "scheduled", panel, panel, "onsite")],
                "hard", "positive/two-interviews-phoenix-no-dst",
                "Two interviews in America/Phoenix (no DST): Oct 22 09:00 MST = 10:00 Denver MDT; Nov 5 10:00 "
                "MST = 10:00 Denver MST after fall-back. iCIMS mails with .ics; panel of three -> onsite.")
    return "b332-12-phoenix-water-screen-and-panel", [("01-icims-phone-interview.eml", e1),
                                                      ("02-renata-panel-next-step.eml", e2),
                                                      ("03-icims-panel-interview.eml", e3)], lab


# ==============================================================================================
# Cases 13-23
# ==============================================================================================
FRMC = "Foothills Regional Medical Center"
FRMC_ROLE = "GIS Analyst - Facilities Planning"
BRYNN = ("Brynn McAllister", "brynn.mcallister@foothillsregional.example")
SHAUNA = ("Shauna Petty", "shauna.petty@foothillsregional.example")
GAVIN = ("Gavin Ruiz", "gavin.ruiz@foothillsregional.example")
NOELLE = ("Noelle Baptiste", "noelle.baptiste@foothillsregional.example")
CHRIS = ("Chris Oyama", "chris.oyama@foothillsregional.example")
FARRAH = ("Farrah Quist", "farrah.quist@foothillsregional.example")
RAMON = ("Ramon Echeverria", "ramon.echeverria@foothillsregional.example")

NHMS = "National Hazard Mapping Service"
NHMS_ROLE = "Geographer (GIS), GS-0150-12"
LATRICE = ("Latrice Boone", "latrice.boone@nhms.example")
COLLEEN = ("Colleen Fairbanks", "colleen.fairbanks@nhms.example")
ODOM = ("Marcus Odom", "marcus.odom@nhms.example")
YVETTE = ("Yvette Tran", "yvette.tran@nhms.example")
RAYMOND = ("Raymond Kealoha", "raymond.kealoha@nhms.example")

CORD = "cordillerageo.example"


@case
def c13():
    sent1 = T("2026-10-07 12:01", BOI, "Wed", "-06:00")
    sent2 = T("2026-10-08 09:10", BOI, "Thu", "-06:00")
    start = T("2026-10-14 10:30", BOI, "Wed", "-06:00")
    end = start + timedelta(minutes=30)
    wd = "foothillsregional@myworkday.com"
    h1 = P("""
        <html><body style="font-family:'Segoe UI',Arial,sans-serif;font-size:14px">
        <div style="border-top:4px solid #005a70;padding:16px">
        <p>Hi Alex,</p>
        <p>Your interview has been scheduled.</p>
        <p><b>Job Requisition:</b> R-0048821 GIS Analyst - Facilities Planning (Open)<br>
        <b>Interview:</b> Recruiter Phone Screen<br>
        <b>Date:</b> 10/14/2026<br>
        <b>Time:</b> 10:30 AM - 11:00 AM MDT<br>
        <b>Interviewer:</b> Brynn McAllister<br>
        <b>Location:</b> Zoom (your recruiter will send the link)</p>
        <p><a href="https://wd5.myworkday.com/foothillsregional/d/inst/15$158872/9925$4411.htmld">View in Workday</a></p>
        <p style="color:#666;font-size:12px">This is a system-generated notification from Foothills Regional
        Medical Center. Please do not reply to this message.</p>
        </div></body></html>
        """)
    t1 = re.sub(r"<[^>]+>", "", h1)
    p1 = multi("alternative", f"----=_Part_{int(H('c13a', n=8), 16)}_{int(H('c13b', n=8), 16)}", [
        leaf('text/plain; charset="UTF-8"', t1, "quoted-printable"), leaf('text/html; charset="UTF-8"', h1, "base64")])
    e1 = mail(frm=addr(FRMC, wd), to=ME, subject="Interview Scheduled: GIS Analyst - Facilities Planning (R-0048821)",
              date=sent1, part=p1, msgid=plain_id("c13a", "myworkday.com"), relay="smtp-out-12.myworkday.com")
    zid = f"8{int(H('c13z', n=10), 16) % 10**9:09d}"
    zurl = f"https://foothillsregional.zoom.us/j/{zid}?pwd={H('c13pwd', n=22)}"
    t2 = P(f"""
        Hi Alex!

        Looking forward to our chat on Wednesday at 10:30 Mountain. Here's the Zoom:

        {zurl}
        Meeting ID: {zid[:3]} {zid[3:6]} {zid[6:]}
        Passcode: 672114
        One tap mobile: +16695559171,,{zid}#

        Our facilities team is in Boise, which is on Mountain Time like Denver, so no time math needed. I've
        attached a calendar file in case the Workday one didn't land on your calendar.

        Brynn McAllister
        Talent Acquisition Partner | Foothills Regional Medical Center
        208-555-0164
        """)
    ics = simple_ics(prodid="-//zoom.us//iCalendar Event//EN", method="REQUEST", tz=BOI,
                     uid=f"ZOOM{zid}@zoom.us", start=start, end=end,
                     summary="Phone Screen: Alex Romero / Brynn McAllister (GIS Analyst - Facilities Planning)",
                     organizer=BRYNN, attendees=[(OWNER_NAME, OWNER, "NEEDS-ACTION", True)], stamp=sent2,
                     location=zurl, description=f"Join Zoom Meeting\n{zurl}\n\nMeeting ID: {zid}\nPasscode: 672114")
    p2 = multi("mixed", f"_mixed_{H('c13mix', n=24)}", [
        leaf('text/plain; charset="UTF-8"', t2, "quoted-printable"), attachment("text/calendar", ics, "zoom_0.ics")])
    e2 = mail(frm=addr(*BRYNN), to=ME, subject="Zoom link for Wednesday's phone screen", date=sent2, part=p2,
              msgid=outlook_id("c13b", "namprd11"), relay="NAM11-CO1-obe.outbound.protection.outlook.com")
    lab = LABEL([IV(FRMC, FRMC_ROLE, start, end, "scheduled", [BRYNN[1]], [BRYNN[1]], "phone_screen")],
                "medium", "positive/workday-zoom-dedupe",
                "Workday 'Interview Scheduled' (no-reply, MDT) plus recruiter e-mail with Zoom .ics in America/Boise; "
                "one interview. Follow-up goes to the recruiter, never the myworkday.com sender.")
    return "b332-13-boise-hospital-workday-phone-screen", [("01-workday-interview-scheduled.eml", e1),
                                                           ("02-brynn-zoom-link.eml", e2)], lab


@case
def c14():
    sent0 = T("2026-10-21 16:20", BOI, "Wed", "-06:00")
    sessions = [
        ("Onsite Interview (1 of 3): Panel - GIS Analyst, Facilities Planning", "2026-10-29 08:30", "2026-10-29 09:30",
         [GAVIN, NOELLE, CHRIS],
         "Panel interview with Gavin Ruiz (Facilities Planning Manager), Noelle Baptiste (Director of Clinical "
         "Space Planning) and Chris Oyama (Capital Projects Engineer). Structured questions; each panelist "
         "completes a rating form.", "Administration Building, Conference Room C"),
        ("Onsite Interview (2 of 3): Technical discussion with Farrah Quist", "2026-10-29 09:45", "2026-10-29 10:30",
         [FARRAH], "Technical conversation with Farrah Quist, Enterprise GIS Lead: campus floor-plan data, "
         "indoor mapping and ArcGIS Indoors.", "Plant Operations, GIS Lab (B-112)"),
        ("Onsite Interview (3 of 3): Ramon Echeverria, Director", "2026-10-29 10:45", "2026-10-29 11:30",
         [RAMON], "Final conversation with Ramon Echeverria, Director of Facilities & Real Estate.",
         "Administration Building, 3rd floor, Director's office"),
    ]
    rows = "".join(
        f"<tr><td style='padding:4px 10px'>{ampm(T(s, BOI, 'Thu', '-06:00'))} - {ampm(T(e, BOI, 'Thu', '-06:00'))}</td>"
        f"<td style='padding:4px 10px'>{html.escape(d)}</td><td style='padding:4px 10px'>{html.escape(l)}</td></tr>"
        for _, s, e, _p, d, l in sessions)
    h0 = P(f"""
        <html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
        <p>Hi Alex,</p>
        <p>We're excited to host you in Boise on <b>Thursday, October 29</b>. Here is your itinerary. All times
        are Mountain Time; Boise is on the same time zone as Denver.</p>
        <table border="1" cellspacing="0" style="border-collapse:collapse">
        <tr><th>Time</th><th>Session</th><th>Where</th></tr>{rows}
        </table>
        <p>Please arrive 15 minutes early and check in at the Main Lobby information desk, Foothills Regional
        Medical Center, 1200 N. Foothill Dr., Boise, ID 83702. Visitor parking is in Lot B; I'll validate.</p>
        <p>Travel: you're booked on the Wednesday evening flight DEN to BOI, with a hotel confirmation to follow
        from our travel desk. You'll get three calendar invitations from me, one per session.</p>
        <p>Shauna Petty<br>Recruitment Coordinator | Talent Acquisition<br>Foothills Regional Medical Center<br>
        208-555-0171</p>
        </body></html>
        """)
    t0 = re.sub(r"<[^>]+>", " ", h0).replace("&amp;", "&")
    t0 = "\n".join(x.strip() for x in t0.splitlines() if x.strip()) + "\n"
    e0 = mail(frm=addr(*SHAUNA), to=ME, subject="Your onsite interview itinerary - Thursday, October 29", date=sent0,
              part=multi("alternative", f"000000000000{H('c14alt', n=12)}05",
                         [leaf('text/plain; charset="UTF-8"', t0, "quoted-printable"),
                          leaf('text/html; charset="UTF-8"', h0, "quoted-printable")]),
              msgid=gmail_id("c14a"), relay="mail-sor-f69.google.com")
    items = [("01-onsite-itinerary.eml", e0)]
    everyone = []
    for i, (title, s, e, people, desc, where) in enumerate(sessions, 1):
        st, en = T(s, BOI, "Thu", "-06:00"), T(e, BOI, "Thu", "-06:00")
        guests = [(OWNER_NAME, OWNER, "NEEDS-ACTION")] + [(n, m, "ACCEPTED") for n, m in people]
        everyone += [m for _, m in people]
        items.append((f"{i + 1:02d}-invitation-session-{i}.eml",
                      google_invite(key=f"c14s{i}", organizer=SHAUNA, guests=guests, title=title, start=st, end=en,
                                    tz=BOI, description=desc + "\n\nPlease arrive 15 minutes early.",
                                    sent=sent0 + timedelta(minutes=4 + i),
                                    uid=f"{H('c14uid', i, n=26)}@google.com",
                                    location=f"Foothills Regional Medical Center - {where}, 1200 N Foothill Dr, Boise, ID 83702")))
    start, end = T("2026-10-29 08:30", BOI, "Thu", "-06:00"), T("2026-10-29 11:30", BOI, "Thu", "-06:00")
    lab = LABEL([IV(FRMC, FRMC_ROLE, start, end, "scheduled", everyone, everyone, "onsite")],
                "hard", "positive/onsite-loop-several-invites",
                "In-person loop in Boise (America/Boise, MDT) sent as an itinerary plus three Google invites; one "
                "onsite interview from 08:30 to 11:30 with all five interviewers; coordinator excluded.")
    return "b332-14-boise-hospital-onsite-loop", items, lab


@case
def c15():
    sent1 = T("2026-10-20 07:02", NYC, "Tue", "-04:00")
    sent2 = T("2026-10-27 10:14", NYC, "Tue", "-04:00")
    sent3 = T("2026-10-27 10:21", NYC, "Tue", "-04:00")
    start = T("2026-11-03 13:00", NYC, "Tue", "-05:00")
    end = start + timedelta(hours=1)
    assert start.astimezone(ZoneInfo(DEN)).strftime("%H:%M %z") == "11:00 -0700"
    t1 = P("""
        Dear Alex Romero,

        The status of your application for the following job has changed:

        Geographer (GIS)
        National Hazard Mapping Service
        Announcement number: NHMS-27-0114-MP
        Series and grade: GS-0150-12

        New status: Referred

        Your application has been referred to the hiring manager for further consideration. Being referred
        does not mean you will be contacted for an interview; the hiring manager may select from among all
        referred applicants.

        Veterans' preference: You did not claim veterans' preference. If you believe this is an error,
        contact the agency using the information in the announcement.

        Sign in to USAJOBS to track your application: https://www.usajobs.gov/applications

        This is an automated message. Please do not reply.
        """)
    e1 = mail(frm=addr("USAJOBS", "no-reply@usajobs.gov"), to=ME, subject="Your application status has been updated",
              date=sent1, part=alt("c15a", t1, "quoted-printable", prefix="=_usaj_"),
              msgid=plain_id("c15a", "usajobs.gov"), relay="smtp1.usajobs.gov")
    t2 = P("""
        Dear Mr. Romero,

        The selecting official has asked me to schedule you for a structured interview for Geographer (GIS),
        GS-0150-12, announcement NHMS-27-0114-MP.

        Date: Tuesday, November 3, 2026
        Time: 1:00 PM - 2:00 PM Eastern Time (11:00 AM - 12:00 PM Mountain Time)
        Format: Microsoft Teams video (meeting invitation to follow)
        Panel: Colleen Fairbanks, Supervisory Geographer; Marcus Odom, Physical Scientist; Yvette Tran,
        IT Specialist (GIS)

        Each candidate is asked the same questions, and each panel member rates responses independently
        against predetermined benchmarks. Please have a copy of your resume available.

        Panel members cannot answer questions about eligibility or veterans' preference adjudication; please
        direct those to me. Kindly reply to confirm your attendance.

        Respectfully,

        Latrice Boone
        HR Specialist (Recruitment & Placement)
        Office of Human Capital, National Hazard Mapping Service
        Washington, DC | 202-555-0183
        """)
    e2 = mail(frm=addr(*LATRICE), to=ME, subject="Interview invitation - Geographer (GIS), GS-0150-12, NHMS-27-0114-MP",
              date=sent2, part=alt("c15b", t2, prefix="_000_"), msgid=outlook_id("c15b", "gcc02"),
              relay="GCC02-DM3-obe.outbound.protection.office365.us")
    body = P("""
        Structured interview - Geographer (GIS), GS-0150-12 (NHMS-27-0114-MP).

        Candidate: Alex Romero
        Panel: Colleen Fairbanks (chair), Marcus Odom, Yvette Tran

        Panel members: rating sheets and benchmarks are in the shared folder; please do not forward this
        invitation.
        """)
    e3 = exchange_invite(key="c15c", organizer=LATRICE, required=[(OWNER_NAME, OWNER), COLLEEN, ODOM, YVETTE],
                         title="Structured Interview - Geographer (GIS) GS-0150-12 - A. Romero", start=start, end=end,
                         wtz="Eastern Standard Time", body=body, sent=sent3, uid=exch_uid("c15"),
                         location="Microsoft Teams Meeting", teams=True, dom="gcc02")
    panel = [COLLEEN[1], ODOM[1], YVETTE[1]]
    lab = LABEL([IV(NHMS, NHMS_ROLE, start, end, "scheduled", panel, panel, "onsite")],
                "hard", "positive/federal-eastern-dst",
                "USAJOBS 'Referred' notice (not an interview) + HR e-mail + Exchange invite (Eastern Standard Time). "
                "Sent in EDT (-0400) for Nov 3, which is EST: 13:00-05:00 = 11:00 MST. Panel of three -> onsite.")
    return "b332-15-federal-usajobs-structured-panel", [("01-usajobs-status-referred.eml", e1),
                                                        ("02-latrice-interview-invitation.eml", e2),
                                                        ("03-teams-structured-interview.eml", e3)], lab


@case
def c16():
    start = T("2026-11-12 15:30", NYC, "Thu", "-05:00")
    end = start + timedelta(minutes=45)
    T("2026-11-11 12:00", NYC, "Wed", "-05:00")  # Veterans Day
    den_s, den_e = start.astimezone(ZoneInfo(DEN)), end.astimezone(ZoneInfo(DEN))
    assert den_s.strftime("%H:%M %z") == "13:30 -0700"
    eid = H("c16id", n=26)
    ev = {
        "kind": "calendar#event",
        "etag": f"\"{int(H('c16etag', n=13), 16)}\"",
        "id": eid,
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid="
                    + base64.b64encode(f"{eid} {OWNER}".encode()).decode().rstrip("="),
        "created": "2026-11-06T19:12:04.000Z",
        "updated": "2026-11-06T19:40:51.322Z",
        "summary": "Follow-up interview: Geographer (GIS), GS-0150-12 - NHMS",
        "description": "Alex - this is the second interview, with the selecting official, Raymond Kealoha "
                       "(Chief, Geospatial Risk Branch). Plan on 45 minutes. Our offices are closed Wednesday "
                       "11/11 for Veterans Day, so this is the next afternoon.\n\nLatrice Boone\nHR Specialist, "
                       "Office of Human Capital",
        "location": "Microsoft Teams Meeting",
        "creator": {"email": LATRICE[1], "displayName": LATRICE[0]},
        "organizer": {"email": LATRICE[1], "displayName": LATRICE[0]},
        "start": {"dateTime": den_s.isoformat(), "timeZone": NYC},
        "end": {"dateTime": den_e.isoformat(), "timeZone": NYC},
        "iCalUID": exch_uid("c16"),
        "sequence": 0,
        "attendees": [
            {"email": LATRICE[1], "displayName": LATRICE[0], "organizer": True, "responseStatus": "accepted"},
            {"email": RAYMOND[1], "displayName": RAYMOND[0], "responseStatus": "accepted"},
            {"email": OWNER, "displayName": OWNER_NAME, "self": True, "responseStatus": "accepted"},
        ],
        "guestsCanInviteOthers": False,
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    lab = LABEL([IV(NHMS, NHMS_ROLE, start, end, "scheduled", [RAYMOND[1]], [RAYMOND[1]], "hiring_manager")],
                "medium", "positive/gcal-json",
                "Calendar API event only: dateTime rendered in the owner's zone (13:30-07:00) while timeZone is "
                "America/New_York (15:30 EST); same instant. Organizer is HR; the selecting official interviews.")
    return "b332-16-federal-hm-gcal-json", [("01-follow-up-interview.gcal.json",
                                             json.dumps(ev, indent=2, ensure_ascii=False) + "\n")], lab


@case
def c17():
    sent = T("2026-10-12 06:00", DEN, "Mon", "-06:00")
    jobs = [
        ("GIS Technician II", "Poudre Valley County, CO", "$58,240 - $72,800 Annually", "10/26/2026 11:59 PM Mountain",
         "Oral board interviews are tentatively scheduled for the week of November 16, 2026."),
        ("GIS Analyst", "City of Red Rocks, CO", "$71,011 - $92,314 Annually", "Continuous",
         "Applications are reviewed weekly; qualified candidates may be invited to interview at any time."),
        ("Senior GIS Analyst - Utilities", "Town of Castle Mesa, CO", "$84,500 - $105,600 Annually",
         "11/02/2026 5:00 PM Mountain",
         "Selection process: supplemental questions, skills exercise, and a panel interview."),
        ("Cartographer / GIS Specialist", "State of Wyoming - Geological Programs", "$27.14 - $33.92 Hourly",
         "10/30/2026 11:59 PM Mountain", "Veterans' preference applies to this recruitment."),
    ]
    cards = "".join(
        f"<tr><td style='padding:12px 0;border-bottom:1px solid #ddd'><a href='https://www.governmentjobs.com/jobs/"
        f"{int(H('job', i, n=6), 16) % 9000000 + 1000000}' style='font-size:16px;color:#1a5ea8'>{html.escape(t)}</a><br>"
        f"{html.escape(org)}<br>{html.escape(pay)} | Closing: {html.escape(close)}<br>"
        f"<span style='color:#555'>{html.escape(note)}</span></td></tr>"
        for i, (t, org, pay, close, note) in enumerate(jobs))
    h = P(f"""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <table width="620" align="center"><tr><td><img src="https://www.governmentjobs.com/Content/Images/gj_logo.png" alt="GovernmentJobs"></td></tr>
        <tr><td><h2 style="font-weight:normal">4 new jobs match your Job Interest Card: "GIS"</h2>
        <p>Hi Alex, here are the newest public-sector jobs that match your interests.</p></td></tr>
        {cards}
        <tr><td style="font-size:11px;color:#888;padding-top:16px">You are receiving this email because you
        created a Job Interest Card on GovernmentJobs.com. <a href="https://www.governmentjobs.com/jobs/notifications">Manage
        notifications</a> | <a href="https://www.governmentjobs.com/unsubscribe?u={H('unsub', n=16)}">Unsubscribe</a><br>
        NEOGOV, 2120 Park Place, Suite 100, El Segundo, CA 90245</td></tr></table></body></html>
        """)
    t = "\n\n".join(f"{a}\n{b}\n{c} | Closing: {d}\n{e}" for a, b, c, d, e in jobs)
    t = f'4 new jobs match your Job Interest Card: "GIS"\n\n{t}\n\nManage notifications: https://www.governmentjobs.com/jobs/notifications\n'
    e = mail(frm=addr("GovernmentJobs", "noreply@governmentjobs.com"), to=ME,
             subject='New jobs matching your Job Interest Card: "GIS"', date=sent,
             part=multi("alternative", f"--==GJALERT_{H('c17b', n=18)}",
                        [leaf('text/plain; charset="UTF-8"', t, "quoted-printable"),
                         leaf('text/html; charset="UTF-8"', h, "base64")]),
             msgid=plain_id("c17", "governmentjobs.com"), relay="o2.ptr7712.governmentjobs.com",
             extra=[("List-Unsubscribe", f"<https://www.governmentjobs.com/unsubscribe?u={H('unsub', n=16)}>")])
    lab = LABEL([], "easy", "negative/job-alert",
                "GovernmentJobs job alert; listings mention oral board and panel interviews and veterans' preference.")
    return "b332-17-governmentjobs-job-alert", [("01-job-interest-card-alert.eml", e)], lab


@case
def c18():
    sent = T("2026-10-08 20:14", DEN, "Thu", "-06:00")
    start = T("2026-10-13 18:30", DEN, "Tue", "-06:00")
    end = T("2026-10-13 20:00", DEN, "Tue", "-06:00")
    meg = ("Meg Castellano", "secretary@sunnysideneighbors.example")
    desc = P("""
        Sunnyside United Neighbors - October general meeting. All residents welcome.

        Agenda
        6:30  Welcome; Denver Police District 1 update
        6:45  Board vacancy: members will interview the two candidates for Treasurer (5 minutes each), then vote
        7:15  Proposed 44th Avenue bike lanes - Alex Romero will present the crash and traffic-count maps
        7:45  Zoning and liquor license notices
        8:00  Adjourn

        Coffee and pan dulce courtesy of the Tejon Street bakery.
        """)
    guests = [(OWNER_NAME, OWNER, "NEEDS-ACTION"), ("Rafael Duran", "rduran@sunnysideneighbors.example", "ACCEPTED"),
              ("Beverly Okoro", "bokoro@sunnysideneighbors.example", "NEEDS-ACTION")]
    e = google_invite(key="c18", organizer=meg, guests=guests, title="SUN October General Meeting", start=start,
                      end=end, tz=DEN, description=desc, sent=sent, uid=f"{H('c18uid', n=26)}@google.com",
                      location="Sunnyside Branch Library, Community Room, 4405 Navajo St, Denver, CO 80211")
    lab = LABEL([], "medium", "negative/community-meeting",
                "Registered neighborhood organization meeting invite; agenda has board-candidate interviews and the "
                "owner presenting maps. No job interview.")
    return "b332-18-neighborhood-org-meeting", [("01-invitation-sun-meeting.eml", e)], lab


@case
def c19():
    sent = T("2026-10-26 09:00", DEN, "Mon", "-06:00")
    start = T("2026-11-04 12:00", DEN, "Wed", "-07:00")
    heather = ("Heather Lindqvist", f"heather.lindqvist@{CORD}")
    body = P("""
        Hi everyone,

        Open enrollment for 2027 benefits runs Monday, November 2 through Monday, November 16. Our broker,
        Summit Benefits Group, will walk through the medical plan changes, the new HSA employer contribution
        and the switch to a new vision carrier. Bring your questions; the session will be recorded and posted
        on the intranet.

        If you don't make any changes, your current elections roll over, except the FSA, which you must
        re-elect every year.

        Heather Lindqvist
        HR Generalist | Cordillera Geospatial, Inc.
        """)
    e = exchange_invite(key="c19", organizer=heather, required=[("All Staff", f"allstaff@{CORD}")],
                        optional=[(OWNER_NAME, OWNER)],
                        title="2027 Open Enrollment: Live Benefits Webinar (optional)", start=start,
                        end=start + timedelta(hours=1), wtz="Mountain Standard Time", body=body, sent=sent,
                        uid=exch_uid("c19"), location="Microsoft Teams Meeting", teams=True,
                        to=addr("All Staff", f"allstaff@{CORD}"), dom="namprd19")
    lab = LABEL([], "easy", "negative/internal-webinar",
                "Benefits open-enrollment webinar at the owner's current employer (Teams, Nov 4 after fall-back).")
    return "b332-19-current-job-open-enrollment-webinar", [("01-open-enrollment-webinar.eml", e)], lab


@case
def c20():
    sent = T("2026-10-15 13:22", DEN, "Thu", "-06:00")
    start = T("2026-10-21 10:00", DEN, "Wed", "-06:00")
    nadia = ("Nadia Fontaine", f"nadia.fontaine@{CORD}")
    stefan = ("Stefan Kowalczyk", f"stefan.kowalczyk@{CORD}")
    body = P("""
        Hi Alex and Stefan,

        Priyanka Deshmukh is one of three finalists for the Spring 2027 GIS internship. She's a junior in
        Geography at Front Range State University and has done volunteer mapping with the county food bank.

        Her resume and the structured question guide are attached to the requisition in Workday. Alex, please
        take the technical questions (4 through 7); Stefan will open and cover the behavioral ones. Please
        each submit your scorecard by end of day Thursday so we can make an offer before the holidays.

        Thanks,
        Nadia Fontaine
        HR Coordinator | Cordillera Geospatial, Inc.
        """)
    e = exchange_invite(key="c20", organizer=nadia, required=[(OWNER_NAME, OWNER), stefan],
                        title="Interview: Spring 2027 GIS Intern - Priyanka Deshmukh", start=start,
                        end=start + timedelta(minutes=45), wtz="Mountain Standard Time", body=body, sent=sent,
                        uid=exch_uid("c20"), location="Pikes Peak conference room / Microsoft Teams Meeting",
                        teams=True, dom="namprd19")
    lab = LABEL([], "hard", "negative/user-is-interviewer",
                "Internal Teams invite: the owner is on the interview panel for an intern candidate at his current job.")
    return "b332-20-owner-interviews-intern-candidate", [("01-intern-interview-panel.eml", e)], lab


@case
def c21():
    sent = T("2026-10-19 17:45", DEN, "Mon", "-06:00")
    T("2026-10-08 12:00", DEN, "Thu", "-06:00")
    h = P("""
        <html><body style="font-family:Verdana,Arial,sans-serif;font-size:12px">
        <p>Dear Alex Romero,</p>
        <p>Thank you for your interest in the <b>GIS Data Analyst</b> position (Requisition 26-0389) with the
        Front Range Regional Transit District and for the time you spent interviewing with our panel on
        October 8.</p>
        <p>After careful consideration, you were not selected for this position. The selection process was
        highly competitive, and we received applications from many well-qualified candidates.</p>
        <p>Your profile will remain in our candidate database, and we encourage you to apply for future
        openings that match your experience. You can review your application status at any time in the
        FRRTD Career Section.</p>
        <p>Sincerely,<br>Human Resources - Talent Acquisition<br>Front Range Regional Transit District</p>
        <p style="font-size:10px;color:#777">This message was sent from an unmonitored mailbox. Powered by Oracle Taleo.</p>
        </body></html>
        """)
    t = re.sub(r"<[^>]+>", "", h)
    e = mail(frm=addr("Front Range Regional Transit District", "frrtd@taleo.net"), to=ME,
             subject="Regarding your application: GIS Data Analyst (Req 26-0389)", date=sent,
             part=multi("alternative", f"----=_Part_{int(H('c21', n=8), 16)}.{int(H('c21b', n=10), 16)}",
                        [leaf('text/plain; charset="UTF-8"', t, "quoted-printable"),
                         leaf('text/html; charset="UTF-8"', h, "quoted-printable")]),
             msgid=plain_id("c21", "taleo.net"), relay="mail.taleo.net")
    lab = LABEL([], "easy", "negative/rejection",
                "Taleo 'not selected' rejection that mentions a past panel interview.")
    return "b332-21-transit-district-not-selected", [("01-not-selected.eml", e)], lab


@case
def c22():
    sent = T("2026-11-10 11:05", DEN, "Tue", "-07:00")
    T("2026-11-16 12:00", DEN, "Mon", "-07:00")
    T("2026-11-20 12:00", DEN, "Fri", "-07:00")
    corinne = ("Corinne Vasquez", "cvasquez@afprd.example")
    t = P("""
        Hello Alex,

        Thank you for applying for the GIS Analyst position with the Arapahoe Foothills Parks & Recreation
        District. The hiring team would like to schedule a 30-minute phone interview with our Planning
        Manager, Darnell Price.

        Could you reply with two or three windows that would work for you next week, Monday 11/16 through
        Friday 11/20? Our office hours are 8:00 AM to 4:30 PM Mountain. Once I hear back I'll send a
        confirmation with the call details.

        Kind regards,
        Corinne Vasquez
        HR Generalist | Arapahoe Foothills Parks & Recreation District
        303-555-0129
        """)
    e = mail(frm=addr(*corinne), to=ME, subject="GIS Analyst - phone interview availability", date=sent,
             part=alt("c22", t, prefix="_000_"), msgid=outlook_id("c22", "namprd17"),
             relay="NAM02-SN1-obe.outbound.protection.outlook.com")
    lab = LABEL([], "medium", "negative/availability-request",
                "Request for availability windows for a phone interview; nothing is booked yet.")
    return "b332-22-parks-district-availability-request", [("01-availability-request.eml", e)], lab


@case
def c23():
    sent = T("2026-10-23 06:41", NYC, "Fri", "-04:00")
    T("2026-10-24 10:00", NYC, "Sat", "-04:00")
    t = P("""
        Dear Applicant,

        Your resume was reviewed from USAJOBS and you have been SHORTLISTED for the position of REMOTE GIS
        ANALYST (GS-11) with the U.S. Federal Land Mapping Bureau.

        Your online interview is scheduled for tomorrow at 10:00 AM EST with Mr. Richard Hale, Senior Hiring
        Officer. The interview is conducted by TEXT CHAT on Telegram. Download the Telegram app and add
        @RHale_FedHiring at least 15 minutes before.

        Pay: $48.00/hr, fully remote, flexible hours. Once you pass the interview you will receive a check
        to purchase your ArcGIS license and work laptop from our approved vendor.

        To confirm your interview, reply with your full name, cell phone number and date of birth.

        Federal Hiring Desk
        Onboarding Division
        """)
    e = mail(frm=addr("Federal Hiring Desk", "onboarding.desk@usa-jobsportal.example"),
             reply_to="rhale.fedhiring@freemail.example", to=ME,
             subject="SHORTLISTED: Remote GIS Analyst (GS-11) - Interview Tomorrow", date=sent,
             part=leaf('text/plain; charset="UTF-8"', t, "7bit"), msgid=plain_id("c23", "usa-jobsportal.example"),
             relay="vps-31877.hosting.example")
    lab = LABEL([], "medium", "negative/scam",
                "Fake federal recruiter: Telegram text-chat 'interview', check for equipment, asks for DOB.")
    return "b332-23-fake-federal-recruiter-telegram", [("01-shortlisted-telegram-interview.eml", e)], lab


# ==============================================================================================
# writer
# ==============================================================================================
TZ_POINTS = [
    "03: Exchange invite with TZID 'Mountain Standard Time' and label '(UTC-07:00) Mountain Time' for Tue Oct 20, "
    "which is MDT: 13:00-06:00.",
    "04: reschedule across the US fall-back (Sun Nov 1): Wed Oct 28 14:00-06:00 -> Wed Nov 4 09:30-07:00 "
    "(same UID, SEQUENCE 1).",
    "05: 'tomorrow at 2' resolved against Date: Mon, 09 Nov 2026 16:05 -0700 -> Tue Nov 10 14:00-07:00.",
    "06, 07, 09, 10: Colorado state and the Utah county are on America/Denver (MDT, -06:00, in October).",
    "12: America/Phoenix has no DST: Thu Oct 22 09:00-07:00 is 10:00 in Denver (MDT); Thu Nov 5 10:00-07:00 is "
    "also 10:00 in Denver (MST).",
    "13, 14: America/Boise, MDT -06:00 (Oct 14, Oct 29).",
    "15: mails sent in EDT (-0400) for Tue Nov 3 13:00 Eastern, which is EST: 13:00-05:00 = 11:00 MST.",
    "16: Calendar API event with dateTime 13:30-07:00 (owner's zone) and timeZone America/New_York "
    "(15:30-05:00, Thu Nov 12, day after Veterans Day).",
    "19: negative Teams webinar Wed Nov 4 12:00-07:00 after fall-back; 23: scam says 'EST' in October (really EDT).",
]


def write_readme(labels):
    pos = [k for k, v in labels.items() if v["interview"]]
    ivs = [i for v in labels.values() for i in v["interviews"]]
    by_status, by_kind = {}, {}
    for i in ivs:
        by_status[i["status"]] = by_status.get(i["status"], 0) + 1
        by_kind[i["kind"]] = by_kind.get(i["kind"], 0) + 1
    lines = [
        "# blind332: Denver GIS analyst in Mountain West public-sector and hospital hiring (written blind)", "",
        f"Mailbox owner: {OWNER_NAME} <{OWNER}>, a GIS analyst living in Denver (America/Denver).", "",
        "This set was written blind: only the eval README and two dev files were read for format; no tool code, "
        "tests or other sets were consulted.", "",
        "## What it stresses",
        "- Government/hospital hiring vocabulary: NEOGOV/GovernmentJobs interview invitations and confirmations, "
        "USAJOBS status notices, iCIMS, Workday, Taleo, Webex, Zoom, Teams; structured panels with rating sheets, "
        "'please arrive 15 minutes early', veterans' preference notes.",
        "- Mountain Time edge cases: Windows 'Mountain Standard Time' label during MDT, a reschedule across the "
        "Nov 1 fall-back, Phoenix (no DST) one hour apart then equal, Washington DC panel sent in EDT for an EST date, "
        "a Calendar API event whose dateTime is in a different zone than its timeZone.",
        "- Hard negatives from the same employers: timed GIS skills exercise, civil-service exam seat, conditional "
        "offer with fingerprint appointment, USAJOBS 'Referred' notice inside a positive case, RNO meeting that "
        "'interviews' board candidates, the owner interviewing an intern, a Telegram recruiter scam.",
        "- One reschedule (04), one cancellation (07), two interviews in one case (12), a loop sent as several "
        "invites (14), a body-only relative time (05), propose-then-confirm (10).", "",
        "## Counts",
        f"- Cases: {len(labels)}; positive: {len(pos)}; negative: {len(labels) - len(pos)}",
        f"- Labelled interviews: {len(ivs)}; by status: "
        + ", ".join(f"{k} {v}" for k, v in sorted(by_status.items()))
        + "; by kind: " + ", ".join(f"{k} {v}" for k, v in sorted(by_kind.items())), "",
        "## Formats",
        "- Plain and HTML e-mails (7bit, quoted-printable, base64), threads with In-Reply-To/References.",
        "- Google Calendar invitations (multipart/mixed: text/plain, text/html, text/calendar;method=REQUEST/CANCEL, "
        "invite.ics): 06, 07, 14, 18.",
        "- Exchange/Teams meeting requests (Windows TZIDs, X-MICROSOFT-CDO-*): 03, 04, 15, 19, 20.",
        "- ATS/vendor mails with .ics attachments: NEOGOV (01, 02), county exam unit (08), iCIMS (12), Zoom (13).",
        "- Standalone .ics (Webex): 09. Calendar API .gcal.json: 16.", "",
        "## Time-zone / DST points",
    ] + [f"- {x}" for x in TZ_POINTS] + [
        "", "Regenerate with `python make_cases.py` (deterministic; deletes and rewrites b332-* folders).", ""]
    (OUT / "README.md").write_text("\n".join(lines), encoding="utf-8", newline="\n")


def main():
    check_dst()
    for p in sorted(OUT.glob("b332-*")):
        shutil.rmtree(p)
    labels = {}
    for n, fn in enumerate(CASES, 1):
        slug, items, lab = fn()
        assert slug.startswith(f"b332-{n:02d}-"), slug
        d = OUT / slug
        d.mkdir()
        for k, (name, content) in enumerate(items, 1):
            assert name.startswith(f"{k:02d}-"), name
            assert name.endswith((".eml", ".ics", ".gcal.json")), name
            data = content.encode("utf-8")
            if name.endswith(".eml"):
                assert content.isascii(), name
            (d / name).write_bytes(data)
        labels[slug] = lab
    body = yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=100, default_flow_style=False)
    (OUT / "labels.yaml").write_text(
        "# Labels for blind332 (written blind). Schema: /work/shared/eval/README.md\n" + body,
        encoding="utf-8", newline="\n")
    write_readme(labels)
    print(f"wrote {len(labels)} cases to {OUT}")


if __name__ == "__main__":
    main()
